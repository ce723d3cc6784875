#include "timeline.h"

#include "domain/isodate.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace {

// A due rule's date in a year: 29/02 falls on 28/02 outside leap years.
QDate dueIn(int year, int month, int day)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

QString phaseName(const Timeline &timeline, int number)
{
    const Phase *phase = timeline.phase(number);
    return phase ? phase->name : QString();
}

QString kindName(Timeline::Deadline::Kind kind)
{
    switch (kind) {
    case Timeline::Deadline::Kind::Unit:
        return QStringLiteral("unit");
    case Timeline::Deadline::Kind::Report:
        return QStringLiteral("report");
    case Timeline::Deadline::Kind::Recognition:
        return QStringLiteral("recognition");
    case Timeline::Deadline::Kind::Task:
        break;
    }
    return QStringLiteral("task");
}

} // namespace

Timeline Timeline::build(const Plan &plan, const QList<Phase> &phases, const QList<YearSettings> &settings,
                         const QList<Task> &tasks, QDate today, const QList<int> &levelsYears)
{
    Timeline t;
    t.m_today = today;
    t.m_phases = phases;
    std::sort(t.m_phases.begin(), t.m_phases.end(), [](const Phase &a, const Phase &b) { return a.number < b.number; });
    t.m_firstYear = plan.periodFrom;
    t.m_lastYear = plan.periodTo;
    if (t.m_firstYear <= 0 || t.m_lastYear < t.m_firstYear) {
        t.m_firstYear = t.m_lastYear = 0;
        for (const Phase &p : std::as_const(t.m_phases)) {
            t.m_firstYear = t.m_firstYear == 0 ? p.yearFrom : std::min(t.m_firstYear, p.yearFrom);
            t.m_lastYear = std::max(t.m_lastYear, p.yearTo);
        }
    }
    if (t.m_firstYear <= 0 || t.m_lastYear < t.m_firstYear)
        return t;

    QHash<int, YearSettings> byYear;
    for (const YearSettings &s : settings)
        byYear.insert(s.year, s);

    for (int y = t.m_firstYear; y <= t.m_lastYear; ++y) {
        Year year;
        year.year = y;
        for (const Phase &p : std::as_const(t.m_phases)) {
            if (p.contains(y) && year.phaseNumber == 0)
                year.phaseNumber = p.number;
            if (p.reviewYear == y && year.reviewName.isEmpty()) {
                year.reviewKind = p.reviewKind;
                year.reviewName = p.reviewName;
            }
        }
        if (const auto s = byYear.constFind(y); s != byYear.constEnd()) {
            year.hasSettings = true;
            year.locked = s->locked;
            if (s->unitDeadline.isValid())
                year.deadlines.append({Deadline::Kind::Unit, s->unitDeadline, {}, {}});
            if (s->reportDeadline.isValid())
                year.deadlines.append({Deadline::Kind::Report, s->reportDeadline, {}, {}});
        }
        for (const Task &task : tasks) {
            if (!task.hasDueDate())
                continue;
            bool falls = task.recurrence == QLatin1String("yearly");
            if (task.recurrence == QLatin1String("review")) {
                const Phase *p = t.phase(task.phaseNumber);
                falls = p && p->reviewYear == y;
            }
            const QDate date = dueIn(y, task.dueMonth, task.dueDay);
            if (falls && date.isValid())
                year.deadlines.append({Deadline::Kind::Task, date, task.code, task.title});
        }
        if (levelsYears.contains(y))
            year.deadlines.append({Deadline::Kind::Recognition, QDate(y + 1, 1, 15), {}, {}});
        for (Deadline &d : year.deadlines)
            if (d.kind != Deadline::Kind::Task)
                d.label = deadlineLabel(d);
        // Stable: unit and report deadlines keep their place before tasks of the same day.
        std::stable_sort(year.deadlines.begin(), year.deadlines.end(), [](const Deadline &a, const Deadline &b) {
            if (a.date != b.date)
                return a.date < b.date;
            if (a.kind != b.kind)
                return int(a.kind) < int(b.kind);
            return a.taskCode < b.taskCode;
        });
        t.m_years.append(year);
    }
    return t;
}

std::optional<Timeline::Year> Timeline::year(int year) const
{
    if (m_years.isEmpty() || year < m_firstYear || year > m_lastYear)
        return std::nullopt;
    return m_years.at(year - m_firstYear);
}

const Phase *Timeline::phase(int number) const
{
    for (const Phase &p : m_phases)
        if (p.number == number)
            return &p;
    return nullptr;
}

int Timeline::currentYear() const
{
    const int y = m_today.isValid() ? m_today.year() : 0;
    return !m_years.isEmpty() && y >= m_firstYear && y <= m_lastYear ? y : 0;
}

QString Timeline::deadlineLabel(const Deadline &deadline)
{
    switch (deadline.kind) {
    case Deadline::Kind::Unit:
        return QStringLiteral("Đơn vị gửi báo cáo");
    case Deadline::Kind::Report:
        return QStringLiteral("Báo cáo gửi Sở GD&ĐT");
    case Deadline::Kind::Recognition:
        return QStringLiteral("Hồ sơ công nhận gửi Sở GD&ĐT trước");
    case Deadline::Kind::Task:
        break;
    }
    return deadline.taskCode;
}

QString Timeline::dayMonth(QDate date)
{
    return QStringLiteral("%1/%2").arg(date.day(), 2, 10, QLatin1Char('0')).arg(date.month(), 2, 10, QLatin1Char('0'));
}

QString Timeline::fullDate(QDate date)
{
    return dayMonth(date) + QLatin1Char('/') + QString::number(date.year());
}

QString Timeline::title(int from, int to)
{
    return QStringLiteral("TIẾN ĐỘ KẾ HOẠCH %1 - %2").arg(from).arg(to);
}

QString Timeline::toText() const
{
    QString out = title(m_firstYear, m_lastYear) + QLatin1Char('\n');
    for (const Phase &p : m_phases) {
        out += QStringLiteral("%1: %2 - %3").arg(p.name).arg(p.yearFrom).arg(p.yearTo);
        if (p.reviewYear > 0)
            out += QStringLiteral("; %1: năm %2").arg(p.reviewName).arg(p.reviewYear);
        out += QLatin1Char('\n');
    }
    const int current = currentYear();
    if (m_today.isValid()) {
        out += QStringLiteral("Hôm nay: ") + fullDate(m_today);
        if (current == 0)
            out += QStringLiteral(" (ngoài thời gian kế hoạch)");
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    for (const Year &y : m_years) {
        QStringList cells;
        cells.append(QString::number(y.year));
        const QString phase = phaseName(*this, y.phaseNumber);
        cells.append(phase.isEmpty() ? QStringLiteral("-") : phase);
        if (!y.hasSettings)
            cells.append(QStringLiteral("chưa có thiết lập năm"));
        for (const Deadline &d : y.deadlines)
            cells.append(deadlineLabel(d) + QStringLiteral(": ") + fullDate(d.date));
        if (!y.reviewName.isEmpty())
            cells.append(y.reviewName);
        if (y.locked)
            cells.append(QStringLiteral("Đã khóa"));
        if (y.year == current)
            cells.append(QStringLiteral("Hôm nay: ") + fullDate(m_today));
        out += (y.year == current ? QStringLiteral("> ") : QStringLiteral("  ")) + cells.join(QStringLiteral(" | ")) +
               QLatin1Char('\n');
    }
    return out;
}

QJsonObject Timeline::toJson() const
{
    QJsonArray phases;
    for (const Phase &p : m_phases) {
        phases.append(QJsonObject{{QStringLiteral("number"), p.number},
                                  {QStringLiteral("name"), p.name},
                                  {QStringLiteral("year_from"), p.yearFrom},
                                  {QStringLiteral("year_to"), p.yearTo},
                                  {QStringLiteral("review_kind"), p.reviewKind},
                                  {QStringLiteral("review_year"), p.reviewYear},
                                  {QStringLiteral("review_name"), p.reviewName}});
    }
    const int current = currentYear();
    QJsonArray years;
    for (const Year &y : m_years) {
        QJsonArray deadlines;
        for (const Deadline &d : y.deadlines) {
            deadlines.append(QJsonObject{{QStringLiteral("kind"), kindName(d.kind)},
                                         {QStringLiteral("task"), d.taskCode},
                                         {QStringLiteral("label"), d.label},
                                         {QStringLiteral("date"), IsoDate::format(d.date)}});
        }
        years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                 {QStringLiteral("phase"), y.phaseNumber},
                                 {QStringLiteral("locked"), y.locked},
                                 {QStringLiteral("has_settings"), y.hasSettings},
                                 {QStringLiteral("current"), y.year == current},
                                 {QStringLiteral("review_kind"), y.reviewKind},
                                 {QStringLiteral("review_name"), y.reviewName},
                                 {QStringLiteral("deadlines"), deadlines}});
    }
    return QJsonObject{{QStringLiteral("period_from"), m_firstYear},
                       {QStringLiteral("period_to"), m_lastYear},
                       {QStringLiteral("today"), IsoDate::format(m_today)},
                       {QStringLiteral("phases"), phases},
                       {QStringLiteral("years"), years}};
}
