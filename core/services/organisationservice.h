#pragma once

#include "domain/organisationsettings.h"
#include "domain/validationissue.h"

#include <QList>
#include <QObject>

class Database;

// The department's document details (Nghị định 30/2020: header, số ký hiệu, signature,
// "Nơi nhận"), as Settings edits them and every official document uses them. A save is
// one transaction with one audit entry per changed field, then organisationChanged.
class OrganisationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationService)

public:
    explicit OrganisationService(const Database &database, QObject *parent = nullptr);

    OrganisationSettings settings() const; // throws StorageError
    // Checks the settings, then writes them (the tie rules are kept as stored). Throws
    // ValidationError with every problem found (nothing written), or StorageError.
    void save(const OrganisationSettings &settings);
    // Sets the signer only (the first export with no signer's name asks for it).
    void saveSigner(const QString &authority, const QString &title, const QString &name);

    // What is wrong with the settings, field by field ("department", "place",
    // "symbol:summary_report", ...), translated; empty when they can be saved.
    static QList<ValidationIssue> validate(const OrganisationSettings &settings);
    // A số ký hiệu as the decree writes it: upper-case letters (Vietnamese ones too) and
    // digits, groups joined by "-", no spaces ("BC-SVHTTDL").
    static bool isSymbol(const QString &text);

Q_SIGNALS:
    void organisationChanged();

private:
    const Database &m_database;
};
