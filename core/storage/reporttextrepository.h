#pragma once

#include <QHash>
#include <QString>

class Database;

// The written sections of a year's summary report, as the clerk saved them.
class ReportTextRepository
{
public:
    explicit ReportTextRepository(const Database &database) : m_database(database) {}

    QHash<QString, QString> forYear(int year) const; // section key -> text
    void save(int year, const QString &section, const QString &text, const QString &actor);
    void remove(int year, const QString &section);

private:
    const Database &m_database;
};
