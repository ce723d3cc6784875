#include "organisationservice.h"

#include "storage/auditrepository.h"
#include "storage/organisationrepository.h"
#include "storage/transaction.h"

#include <QRegularExpression>

#include <utility>

namespace {

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

OrganisationSettings normalised(OrganisationSettings s)
{
    for (QString *field : {&s.parentBody, &s.department, &s.departmentShort, &s.place, &s.draftingUnit,
                           &s.signerAuthority, &s.signerTitle, &s.signerName, &s.reportRecipient})
        *field = nfc(field->simplified());
    QStringList recipients;
    for (const QString &line : std::as_const(s.recipients))
        if (!line.trimmed().isEmpty())
            recipients.append(nfc(line.simplified()));
    s.recipients = recipients;
    for (auto it = s.symbols.begin(); it != s.symbols.end();)
        if (it.value().trimmed().isEmpty()) {
            it = s.symbols.erase(it);
        } else {
            *it = nfc(it.value().trimmed());
            ++it;
        }
    return s;
}

// Each field as the audit names it, with its text.
QList<std::pair<QString, QString>> fields(const OrganisationSettings &s)
{
    QList<std::pair<QString, QString>> result = {
        {QStringLiteral("parent_body"), s.parentBody},
        {QStringLiteral("department"), s.department},
        {QStringLiteral("department_short"), s.departmentShort},
        {QStringLiteral("place"), s.place},
        {QStringLiteral("drafting_unit"), s.draftingUnit},
        {QStringLiteral("signer_authority"), s.signerAuthority},
        {QStringLiteral("signer_title"), s.signerTitle},
        {QStringLiteral("signer_name"), s.signerName},
        {QStringLiteral("report_recipient"), s.reportRecipient},
        {QStringLiteral("recipients"), s.recipients.join(QLatin1Char('\n'))},
    };
    for (const DocumentKind::Kind kind : DocumentKind::all())
        result.append({QStringLiteral("symbol:") + DocumentKind::key(kind), s.symbols.value(kind)});
    return result;
}

} // namespace

OrganisationService::OrganisationService(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

OrganisationSettings OrganisationService::settings() const
{
    return OrganisationRepository(m_database).load();
}

bool OrganisationService::isSymbol(const QString &text)
{
    static const QRegularExpression symbol(QStringLiteral("^[\\p{Lu}\\d]+(-[\\p{Lu}\\d]+)*$"));
    return symbol.match(nfc(text)).hasMatch();
}

QList<ValidationIssue> OrganisationService::validate(const OrganisationSettings &settings)
{
    const OrganisationSettings s = normalised(settings);
    QList<ValidationIssue> issues;
    if (s.department.isEmpty())
        issues.append({QStringLiteral("department"), tr("The department's name is needed: it heads every document.")});
    if (s.departmentShort.isEmpty())
        issues.append({QStringLiteral("department_short"),
                       tr("The department's short name is needed: it ends every document's symbol.")});
    else if (!isSymbol(s.departmentShort))
        issues.append({QStringLiteral("department_short"),
                       tr("The department's short name is written in capitals and digits, without spaces "
                          "(such as SVHTTDL).")});
    if (s.place.isEmpty())
        issues.append({QStringLiteral("place"), tr("The place is needed: it comes before each document's date.")});
    if (!s.draftingUnit.isEmpty() && !isSymbol(s.draftingUnit))
        issues.append({QStringLiteral("drafting_unit"),
                       tr("The drafting unit's short name is written in capitals and digits, without spaces "
                          "(such as QLVHGD).")});
    for (auto it = s.symbols.cbegin(); it != s.symbols.cend(); ++it)
        if (!isSymbol(it.value()))
            issues.append({QStringLiteral("symbol:") + DocumentKind::key(it.key()),
                           tr("The symbol of the %1 is written in capitals and digits joined by \"-\", without "
                              "spaces (such as BC-SVHTTDL), not \"%2\".")
                               .arg(DocumentKind::label(it.key()).toLower(), it.value())});
    return issues;
}

void OrganisationService::save(const OrganisationSettings &settings)
{
    if (const QList<ValidationIssue> issues = validate(settings); !issues.isEmpty())
        throw ValidationError(issues);
    OrganisationSettings next = normalised(settings);
    Transaction transaction(m_database);
    OrganisationRepository repository(m_database);
    const OrganisationSettings before = repository.load();
    next.rankingRules = before.rankingRules;
    if (next == before)
        return;
    const QList<std::pair<QString, QString>> oldValues = fields(before);
    const QList<std::pair<QString, QString>> newValues = fields(next);
    QList<AuditEntry> entries;
    for (qsizetype i = 0; i < newValues.size(); ++i) {
        if (oldValues.at(i).second == newValues.at(i).second)
            continue;
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("organisation");
        entry.field = newValues.at(i).first;
        entry.oldValue = oldValues.at(i).second;
        entry.newValue = newValues.at(i).second;
        entries.append(entry);
    }
    repository.save(next);
    AuditRepository(m_database).record(entries);
    transaction.commit();
    Q_EMIT organisationChanged();
}

void OrganisationService::saveSigner(const QString &authority, const QString &title, const QString &name)
{
    OrganisationSettings s = settings();
    s.signerAuthority = authority;
    s.signerTitle = title;
    s.signerName = name;
    save(s);
}
