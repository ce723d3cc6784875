#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QCommandLineParser;
struct OrganisationSettings;

// The options of the commands that write an official document: the document's date
// (--date, default today), number (--number, default blank for the paper copy) and
// signer (--signer, default the one set in Settings; not saved).
class DocumentOptions
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOptions)

public:
    static void add(QCommandLineParser &parser);
    // Reads the options; returns the usage message when one is not valid.
    QString read(const QCommandLineParser &parser);
    // Warns on standard error when the settings name no signer: the document is still
    // written, with the space under the signature empty.
    static void warnIfNoSigner(const OrganisationSettings &organisation);
    // The saved document settings with the options' signer, when one was given.
    OrganisationSettings organisation(const OrganisationSettings &saved) const;

    QDate date = QDate::currentDate();
    int number = 0;
    QString signer;
};
