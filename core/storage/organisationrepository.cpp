#include "organisationrepository.h"

#include "sqlquery.h"

#include <QHash>

namespace {
// Recipients are one per line in the stored value.
const QLatin1Char kRecipientSeparator('\n');

QString symbolKey(DocumentKind::Kind kind)
{
    return QStringLiteral("symbol_") + DocumentKind::key(kind);
}
} // namespace

OrganisationSettings OrganisationRepository::load() const
{
    SqlQuery q(m_database, QStringLiteral("SELECT key, value FROM org_setting"));
    q.exec();
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.text(0), q.text(1));
    OrganisationSettings s;
    s.parentBody = values.value(QStringLiteral("parent_body"));
    s.department = values.value(QStringLiteral("department"));
    s.departmentShort = values.value(QStringLiteral("department_short"));
    s.place = values.value(QStringLiteral("place"));
    s.draftingUnit = values.value(QStringLiteral("drafting_unit"));
    s.signerAuthority = values.value(QStringLiteral("signer_authority"));
    s.signerTitle = values.value(QStringLiteral("signer_title"));
    s.signerName = values.value(QStringLiteral("signer_name"));
    s.reportRecipient = values.value(QStringLiteral("report_recipient"));
    s.rankingRules = values.value(QStringLiteral("ranking_rules"));
    const QString recipients = values.value(QStringLiteral("recipients"));
    if (!recipients.isEmpty())
        s.recipients = recipients.split(kRecipientSeparator);
    for (const DocumentKind::Kind kind : DocumentKind::all())
        if (const QString symbol = values.value(symbolKey(kind)); !symbol.isEmpty())
            s.symbols.insert(kind, symbol);
    return s;
}

void OrganisationRepository::save(const OrganisationSettings &s)
{
    QList<std::pair<QString, QString>> values = {
        {QStringLiteral("parent_body"), s.parentBody},
        {QStringLiteral("department"), s.department},
        {QStringLiteral("department_short"), s.departmentShort},
        {QStringLiteral("place"), s.place},
        {QStringLiteral("drafting_unit"), s.draftingUnit},
        {QStringLiteral("signer_authority"), s.signerAuthority},
        {QStringLiteral("signer_title"), s.signerTitle},
        {QStringLiteral("signer_name"), s.signerName},
        {QStringLiteral("report_recipient"), s.reportRecipient},
        {QStringLiteral("recipients"), s.recipients.join(kRecipientSeparator)},
        {QStringLiteral("ranking_rules"), s.rankingRules},
    };
    for (const DocumentKind::Kind kind : DocumentKind::all())
        values.append({symbolKey(kind), s.symbols.value(kind).trimmed()});
    SqlQuery remove(m_database, QStringLiteral("DELETE FROM org_setting WHERE key = ?"));
    SqlQuery insert(m_database, QStringLiteral("INSERT INTO org_setting (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : values) {
        remove.bind(key);
        remove.exec();
        insert.bind(key).bind(value.isNull() ? QStringLiteral("") : value);
        insert.exec();
    }
}
