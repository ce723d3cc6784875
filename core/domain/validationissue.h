#pragma once

#include <QList>
#include <QString>

#include <exception>

// A problem with one field of an edit or of an imported row. `field` is the field's key
// as the import template names it: document_number, document_date, received_date,
// status, note, unit_code, unit_name, year, ind:CODE, self:CODE, evidence.
struct ValidationIssue
{
    QString field;
    QString message; // translated, names the field
};

// Thrown by a service when an edit is refused; nothing was changed.
class ValidationError : public std::exception
{
public:
    explicit ValidationError(QList<ValidationIssue> issues) : m_issues(std::move(issues))
    {
        m_utf8 = message().toUtf8();
    }
    const QList<ValidationIssue> &issues() const { return m_issues; }
    QString message() const
    {
        QStringList lines;
        for (const ValidationIssue &issue : m_issues)
            lines.append(issue.message);
        return lines.join(QLatin1Char('\n'));
    }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QList<ValidationIssue> m_issues;
    QByteArray m_utf8;
};
