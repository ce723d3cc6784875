#include "timelineview.h"

#include "reports/documentfonts.h"
#include "timelinepainter.h"

#include <QDir>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QToolTip>

#include <cmath>

namespace {

constexpr int kPdfResolution = 300;
constexpr qreal kLogicalDpi = 96.0;

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Timeline of the plan"));
}

void TimelineView::setTimeline(const Timeline &timeline)
{
    m_timeline = timeline;
    int year = m_selectedYear;
    if (!m_timeline.year(year))
        year = m_timeline.currentYear() != 0 ? m_timeline.currentYear() : m_timeline.firstYear();
    if (m_timeline.isEmpty())
        year = 0;
    const bool changed = year != m_selectedYear;
    m_selectedYear = year;
    updateGeometry();
    updateAccessibleDescription();
    update();
    if (changed)
        Q_EMIT selectedYearChanged(m_selectedYear);
}

void TimelineView::setSelectedYear(int year)
{
    if (year == m_selectedYear || !m_timeline.year(year))
        return;
    m_selectedYear = year;
    updateAccessibleDescription();
    update();
    Q_EMIT selectedYearChanged(year);
}

QRectF TimelineView::drawingArea() const
{
    return QRectF(rect()).adjusted(0, 4, 0, -4);
}

int TimelineView::yearAt(const QPoint &point) const
{
    return TimelinePainter(m_timeline, TimelinePainter::baseFont(font()), drawingArea()).yearAt(point);
}

QRect TimelineView::yearRect(int year) const
{
    return TimelinePainter(m_timeline, TimelinePainter::baseFont(font()), drawingArea()).yearCell(year).toAlignedRect();
}

QSize TimelineView::sizeHint() const
{
    const int height = int(TimelinePainter::preferredHeight(m_timeline, font())) + 8;
    return {std::max(980, minimumSizeHint().width()), height};
}

QSize TimelineView::minimumSizeHint() const
{
    const int years = std::max<int>(1, int(m_timeline.years().size()));
    const int column = int(std::lround(QFontMetricsF(font()).horizontalAdvance(QStringLiteral("Report 10/12")) * 1.3));
    return {years * column + 2 * TimelinePainter::baseFont(font()).pixelSize(),
            int(TimelinePainter::preferredHeight(m_timeline, font())) + 8};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelinePainter::Options options;
    options.selectedYear = m_selectedYear;
    options.focus = hasFocus();
    TimelinePainter(m_timeline, TimelinePainter::baseFont(font()), drawingArea()).draw(painter, options);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int year = yearAt(event->position().toPoint());
    if (year == 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setSelectedYear(year);
    Q_EMIT yearActivated(year);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_timeline.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        setSelectedYear(std::max(m_timeline.firstYear(), m_selectedYear - 1));
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        setSelectedYear(std::min(m_timeline.lastYear(), m_selectedYear + 1));
        break;
    case Qt::Key_Home:
        setSelectedYear(m_timeline.firstYear());
        break;
    case Qt::Key_End:
        setSelectedYear(m_timeline.lastYear());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_selectedYear != 0)
            Q_EMIT yearActivated(m_selectedYear);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int year = yearAt(help->pos());
        if (year == 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), TimelinePainter::toolTip(m_timeline, year), this,
                               TimelinePainter(m_timeline, TimelinePainter::baseFont(font()), drawingArea())
                                   .yearColumn(year)
                                   .toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::updateAccessibleDescription()
{
    const auto year = m_timeline.year(m_selectedYear);
    setAccessibleDescription(year ? QStringLiteral("%1: %2")
                                        .arg(m_selectedYear)
                                        .arg(TimelinePainter::yearLines(*year).join(QStringLiteral(", ")))
                                  : QString());
}

qreal TimelineView::titleHeight(const QFont &font) const
{
    return std::ceil(font.pixelSize() * 1.45) * 2.6;
}

void TimelineView::paintTitle(QPainter &painter, const QRectF &area, const QFont &font) const
{
    const qreal line = std::ceil(font.pixelSize() * 1.45);
    QFont title = font;
    title.setBold(true);
    title.setPixelSize(int(std::lround(font.pixelSize() * 1.3)));
    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(title);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.3), Qt::AlignCenter,
                     Timeline::title(m_timeline.firstYear(), m_timeline.lastYear()));
    if (m_timeline.today().isValid()) {
        QFont italic = font;
        italic.setItalic(true);
        painter.setFont(italic);
        painter.drawText(QRectF(area.left(), area.top() + line * 1.3, area.width(), line), Qt::AlignCenter,
                         QStringLiteral("Tính đến ngày %1").arg(Timeline::fullDate(m_timeline.today())));
    }
    painter.restore();
}

QImage TimelineView::toImage(QSize size, qreal scale) const
{
    const QFont base = TimelinePainter::baseFont(font());
    const qreal top = titleHeight(base);
    if (size.isEmpty()) {
        const QSize hint = sizeHint();
        size = QSize(std::max(width(), hint.width()), int(std::ceil(top + hint.height())));
    }
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    paintTitle(painter, area.adjusted(0, 6, 0, 0), base);
    TimelinePainter(m_timeline, base, area.adjusted(0, top, 0, 0)).draw(painter, {});
    painter.end();
    return image;
}

bool TimelineView::exportPng(const QString &path, QString *error) const
{
    const QImage image = toImage();
    QSaveFile file(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(error, tr("Cannot write %1: the picture could not be encoded.").arg(where));
    }
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    return true;
}

bool TimelineView::exportPdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setTitle(Timeline::title(m_timeline.firstYear(), m_timeline.lastYear()));
        writer.setCreator(QStringLiteral("xhht"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(error, tr("Cannot write %1: the PDF could not be started.").arg(where));
        }
        // Draw in 96-dpi units, as on screen, with the documents' font.
        const qreal scale = kPdfResolution / kLogicalDpi;
        painter.scale(scale, scale);
        QFont base = DocumentFonts::font(DocumentFonts::family(), 11);
        base.setPixelSize(17);
        const QRectF page(0, 0, writer.width() / scale, writer.height() / scale);
        paintTitle(painter, page, base);
        const qreal top = titleHeight(base);
        TimelinePainter(m_timeline, base, page.adjusted(0, top, 0, 0)).draw(painter, {});
        painter.end();
    }
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(where, file.errorString()));
    return true;
}
