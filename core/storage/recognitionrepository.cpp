#include "recognitionrepository.h"

#include "sqlquery.h"

namespace {

const QString kColumns = QStringLiteral("id, unit_id, year, level, decision_number, decision_date, signer, "
                                        "carried_from_id, note");

QList<RecognitionDecision> readAll(SqlQuery &q)
{
    q.exec();
    QList<RecognitionDecision> result;
    while (q.next()) {
        RecognitionDecision d;
        d.id = q.number(0);
        d.unitId = q.number(1);
        d.year = int(q.number(2));
        d.level = int(q.number(3));
        d.number = q.text(4);
        d.date = q.date(5);
        d.signer = q.text(6);
        d.carriedFromId = q.number(7);
        d.note = q.text(8);
        result.append(d);
    }
    return result;
}

} // namespace

QList<RecognitionDecision> RecognitionRepository::decisions(qint64 unitId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM recognition_decision ") +
                               (unitId > 0 ? QStringLiteral("WHERE unit_id = ? ") : QString()) +
                               QStringLiteral("ORDER BY unit_id, year, id"));
    if (unitId > 0)
        q.bind(unitId);
    return readAll(q);
}

std::optional<RecognitionDecision> RecognitionRepository::decision(qint64 id) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM recognition_decision WHERE id = ?"));
    q.bind(id);
    const QList<RecognitionDecision> found = readAll(q);
    return found.isEmpty() ? std::nullopt : std::optional<RecognitionDecision>(found.first());
}

qint64 RecognitionRepository::idFor(qint64 unitId, int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id FROM recognition_decision WHERE unit_id = ? AND year = ?"));
    q.bind(unitId).bind(year);
    q.exec();
    return q.next() ? q.number(0) : 0;
}

qint64 RecognitionRepository::insert(const RecognitionDecision &d)
{
    const QString columns = QStringLiteral("unit_id, year, level, decision_number, decision_date, signer, "
                                           "carried_from_id, note");
    SqlQuery q(m_database, d.id > 0 ? QStringLiteral("INSERT INTO recognition_decision (id, ") + columns +
                                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                    : QStringLiteral("INSERT INTO recognition_decision (") + columns +
                                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (d.id > 0)
        q.bind(d.id);
    q.bind(d.unitId).bind(d.year).bind(d.level).bind(d.number).bind(d.date).bind(d.signer);
    q.bindId(d.carriedFromId).bind(d.note);
    q.exec();
    return d.id > 0 ? d.id : q.lastInsertId();
}

void RecognitionRepository::update(const RecognitionDecision &d)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE recognition_decision SET unit_id = ?, year = ?, level = ?, "
                                          "decision_number = ?, decision_date = ?, signer = ?, carried_from_id = ?, "
                                          "note = ? WHERE id = ?"));
    q.bind(d.unitId).bind(d.year).bind(d.level).bind(d.number).bind(d.date).bind(d.signer);
    q.bindId(d.carriedFromId).bind(d.note).bind(d.id);
    q.exec();
}

void RecognitionRepository::remove(qint64 id)
{
    SqlQuery q(m_database, QStringLiteral("DELETE FROM recognition_decision WHERE id = ?"));
    q.bind(id);
    q.exec();
}

QHash<qint64, QDate> RecognitionRepository::dossiersSent(int year) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT unit_id, sent_on FROM recognition_dossier WHERE year = ?"));
    q.bind(year);
    q.exec();
    QHash<qint64, QDate> result;
    while (q.next())
        result.insert(q.number(0), q.date(1));
    return result;
}

std::pair<qint64, QDate> RecognitionRepository::dossierSent(qint64 unitId, int year) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT id, sent_on FROM recognition_dossier WHERE unit_id = ? AND year = ?"));
    q.bind(unitId).bind(year);
    q.exec();
    if (!q.next())
        return {0, QDate()};
    return {q.number(0), q.date(1)};
}

qint64 RecognitionRepository::insertDossierSent(qint64 unitId, int year, QDate sentOn)
{
    SqlQuery q(m_database, QStringLiteral("INSERT INTO recognition_dossier (unit_id, year, sent_on) VALUES (?, ?, ?)"));
    q.bind(unitId).bind(year).bind(sentOn);
    q.exec();
    return q.lastInsertId();
}

void RecognitionRepository::updateDossierSent(qint64 id, QDate sentOn)
{
    SqlQuery q(m_database, QStringLiteral("UPDATE recognition_dossier SET sent_on = ? WHERE id = ?"));
    q.bind(sentOn).bind(id);
    q.exec();
}

void RecognitionRepository::removeDossierSent(qint64 id)
{
    SqlQuery q(m_database, QStringLiteral("DELETE FROM recognition_dossier WHERE id = ?"));
    q.bind(id);
    q.exec();
}
