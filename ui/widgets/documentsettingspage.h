#pragma once

#include "domain/organisationsettings.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The department's document details as Settings edits them (Nghị định 30/2020): the
// organisation lines and the place; the signer with the form of signing (in person,
// KT., TL., TUQ., TM., Q.) and the head's title; who the reports go to and the usual
// "Nơi nhận"; the số ký hiệu of each kind of document (empty: the default, shown as
// the placeholder). Checked as typed: a field in error turns red and the message says why.
class DocumentSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSettingsPage)

public:
    explicit DocumentSettingsPage(const OrganisationSettings &settings, QWidget *parent = nullptr);

    // The settings as edited (the tie rules as given to the constructor).
    OrganisationSettings settings() const;
    // The problems of the settings as edited, translated; empty when they can be saved.
    QStringList problems() const { return m_problems; }

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QComboBox *formBox() const { return m_form; }
    QLineEdit *headTitleEdit() const { return m_headTitle; }
    QPlainTextEdit *recipientsEdit() const { return m_recipients; }
    QLineEdit *symbolEdit(DocumentKind::Kind kind) const { return m_symbols.value(kind); }

Q_SIGNALS:
    // The settings as edited changed; problems() is up to date.
    void edited();

private:
    QLineEdit *addLine(const QString &key, const QString &text, const QString &placeholder = {});
    QWidget *buildOrganisation();
    QWidget *buildSigner();
    QWidget *buildRecipients();
    QWidget *buildSymbols();
    void check();

    OrganisationSettings m_original;
    QMap<QString, QLineEdit *> m_fields;
    QComboBox *m_form = nullptr;
    QLineEdit *m_headTitle = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QMap<DocumentKind::Kind, QLineEdit *> m_symbols;
    QLabel *m_message = nullptr;
    QStringList m_problems;
};
