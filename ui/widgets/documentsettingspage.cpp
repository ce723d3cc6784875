#include "documentsettingspage.h"

#include "services/organisationservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

namespace {

const QString kErrorStyle = QStringLiteral("QLineEdit { border: 1px solid #b00020; }");

// The forms of signing of Nghị định 30/2020 (Điều 13), as printed before the head's title.
const QStringList kForms = {QStringLiteral("KT."), QStringLiteral("TL."), QStringLiteral("TUQ."), QStringLiteral("TM."),
                            QStringLiteral("Q.")};

} // namespace

DocumentSettingsPage::DocumentSettingsPage(const OrganisationSettings &settings, QWidget *parent)
    : QWidget(parent), m_original(settings)
{
    setObjectName(QStringLiteral("documentSettingsPage"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("documentSettingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *left = new QVBoxLayout;
    left->addWidget(buildOrganisation());
    left->addWidget(buildSigner());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildRecipients(), 1);
    right->addWidget(buildSymbols());
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    check();
}

QLineEdit *DocumentSettingsPage::addLine(const QString &key, const QString &text, const QString &placeholder)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::textChanged, this, &DocumentSettingsPage::check);
    return edit;
}

QWidget *DocumentSettingsPage::buildOrganisation()
{
    auto *box = new QGroupBox(tr("Issuing body"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Governing body:"),
                 addLine(QStringLiteral("parent_body"), m_original.parentBody, QStringLiteral("UBND TỈNH TÂY NINH")));
    form->addRow(tr("&Department:"), addLine(QStringLiteral("department"), m_original.department,
                                             QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")));
    form->addRow(tr("S&hort name:"),
                 addLine(QStringLiteral("department_short"), m_original.departmentShort, QStringLiteral("SVHTTDL")));
    form->addRow(tr("Drafting &unit:"),
                 addLine(QStringLiteral("drafting_unit"), m_original.draftingUnit, QStringLiteral("QLVHGD")));
    form->addRow(tr("&Place:"), addLine(QStringLiteral("place"), m_original.place, QStringLiteral("Tây Ninh")));
    return box;
}

QWidget *DocumentSettingsPage::buildSigner()
{
    auto *box = new QGroupBox(tr("Signer"), this);
    m_form = new QComboBox(box);
    m_form->setObjectName(QStringLiteral("signingForm"));
    m_form->addItem(tr("The head, in person"), QString());
    m_form->addItem(tr("KT. (a deputy, on behalf of the head)"), kForms.at(0));
    m_form->addItem(tr("TL. (by order of the head)"), kForms.at(1));
    m_form->addItem(tr("TUQ. (by authorisation)"), kForms.at(2));
    m_form->addItem(tr("TM. (on behalf of a collective body)"), kForms.at(3));
    m_form->addItem(tr("Q. (acting head)"), kForms.at(4));
    m_headTitle = new QLineEdit(box);
    m_headTitle->setObjectName(QStringLiteral("headTitle"));
    m_headTitle->setPlaceholderText(QStringLiteral("GIÁM ĐỐC"));

    // "KT. GIÁM ĐỐC": the form, then the head's title.
    const QString authority = m_original.signerAuthority.simplified();
    const QString first = authority.section(QLatin1Char(' '), 0, 0);
    if (kForms.contains(first)) {
        m_form->setCurrentIndex(m_form->findData(first));
        m_headTitle->setText(authority.section(QLatin1Char(' '), 1));
    } else {
        m_headTitle->setText(authority);
    }
    connect(m_form, &QComboBox::currentIndexChanged, this, &DocumentSettingsPage::check);
    connect(m_headTitle, &QLineEdit::textChanged, this, &DocumentSettingsPage::check);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Signs as:"), m_form);
    form->addRow(tr("Head's &title:"), m_headTitle);
    form->addRow(tr("Signer's tit&le:"),
                 addLine(QStringLiteral("signer_title"), m_original.signerTitle, QStringLiteral("PHÓ GIÁM ĐỐC")));
    form->addRow(tr("Signer's &name:"), addLine(QStringLiteral("signer_name"), m_original.signerName));
    return box;
}

QWidget *DocumentSettingsPage::buildRecipients()
{
    auto *box = new QGroupBox(tr("Recipients"), this);
    m_recipients = new QPlainTextEdit(m_original.recipients.join(QLatin1Char('\n')), box);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setToolTip(tr("One recipient a line, as printed after “- ”; the last one is the archive, such as "
                                "“Lưu: VT, QLVHGD.”"));
    connect(m_recipients, &QPlainTextEdit::textChanged, this, &DocumentSettingsPage::check);
    auto *label = new QLabel(tr("The usual “Nơi nhận” (one a &line):"), box);
    label->setBuddy(m_recipients);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Reports go to:"), addLine(QStringLiteral("report_recipient"), m_original.reportRecipient,
                                                QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Tây Ninh")));
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(label);
    layout->addWidget(m_recipients, 1);
    return box;
}

QWidget *DocumentSettingsPage::buildSymbols()
{
    auto *box = new QGroupBox(tr("Document symbols (empty: the default shown)"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const DocumentKind::Kind kind : DocumentKind::all()) {
        auto *edit = new QLineEdit(m_original.symbols.value(kind), box);
        edit->setObjectName(QStringLiteral("symbol_") + DocumentKind::key(kind));
        m_symbols.insert(kind, edit);
        connect(edit, &QLineEdit::textChanged, this, &DocumentSettingsPage::check);
        form->addRow(DocumentKind::label(kind) + QLatin1Char(':'), edit);
    }
    return box;
}

OrganisationSettings DocumentSettingsPage::settings() const
{
    OrganisationSettings s = m_original;
    s.parentBody = m_fields.value(QStringLiteral("parent_body"))->text();
    s.department = m_fields.value(QStringLiteral("department"))->text();
    s.departmentShort = m_fields.value(QStringLiteral("department_short"))->text();
    s.draftingUnit = m_fields.value(QStringLiteral("drafting_unit"))->text();
    s.place = m_fields.value(QStringLiteral("place"))->text();
    const QString form = m_form->currentData().toString();
    const QString head = m_headTitle->text().simplified();
    // The head signing in person prints the title only (the signer's title, GIÁM ĐỐC).
    s.signerAuthority = form.isEmpty() ? QString() : head.isEmpty() ? form : QString(form + QLatin1Char(' ') + head);
    s.signerTitle = m_fields.value(QStringLiteral("signer_title"))->text();
    s.signerName = m_fields.value(QStringLiteral("signer_name"))->text();
    s.reportRecipient = m_fields.value(QStringLiteral("report_recipient"))->text();
    s.recipients = m_recipients->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.symbols.clear();
    for (auto it = m_symbols.cbegin(); it != m_symbols.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            s.symbols.insert(it.key(), it.value()->text().trimmed());
    return s;
}

void DocumentSettingsPage::check()
{
    if (m_recipients == nullptr || m_symbols.size() < DocumentKind::all().size())
        return; // still being built
    const OrganisationSettings s = settings();
    // With the head signing in person the head's title is the signer's: no separate line.
    m_headTitle->setEnabled(!m_form->currentData().toString().isEmpty());
    for (auto it = m_symbols.cbegin(); it != m_symbols.cend(); ++it)
        it.value()->setPlaceholderText(s.defaultSymbol(it.key()));

    QSet<QString> wrong;
    m_problems.clear();
    for (const ValidationIssue &issue : OrganisationService::validate(s)) {
        wrong.insert(issue.field);
        m_problems.append(issue.message);
    }
    if (!m_form->currentData().toString().isEmpty() && m_headTitle->text().trimmed().isEmpty()) {
        wrong.insert(QStringLiteral("head_title"));
        m_problems.append(
            tr("Signing as %1 needs the head's title, such as GIÁM ĐỐC.").arg(m_form->currentData().toString()));
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setStyleSheet(wrong.contains(it.key()) ? kErrorStyle : QString());
    for (auto it = m_symbols.cbegin(); it != m_symbols.cend(); ++it)
        it.value()->setStyleSheet(wrong.contains(QStringLiteral("symbol:") + DocumentKind::key(it.key())) ? kErrorStyle
                                                                                                          : QString());
    m_headTitle->setStyleSheet(wrong.contains(QStringLiteral("head_title")) ? kErrorStyle : QString());
    m_message->setText(m_problems.join(QLatin1Char('\n')));
    m_message->setVisible(!m_problems.isEmpty());
    Q_EMIT edited();
}
