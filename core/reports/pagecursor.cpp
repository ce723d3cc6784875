#include "pagecursor.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

PageCursor::PageCursor(QPainter &painter, QPagedPaintDevice &device, const DocumentMargins &margins,
                       const QFont &pageNumberFont)
    : m_painter(painter), m_device(device), m_margins(margins), m_pageNumberFont(pageNumberFont),
      m_dpi(device.logicalDpiY())
{
    setUpPage();
}

void PageCursor::startPart(bool landscape)
{
    const auto orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (m_device.pageLayout().orientation() != orientation)
        m_device.setPageOrientation(orientation);
    m_pageInPart = 0;
    newPage();
}

void PageCursor::newPage()
{
    if (!m_device.newPage())
        m_failed = true;
    ++m_pages;
    ++m_pageInPart;
    setUpPage();
}

void PageCursor::ensure(double height)
{
    if (!fits(height) && !pageEmpty())
        newPage();
}

void PageCursor::setUpPage()
{
    // The painter's origin is the top-left corner of the device's paint rectangle: the
    // paper's corner on a PDF writer with no margins, the printable area's on a printer
    // that keeps its own. Move it to the paper's corner either way.
    const QPageLayout layout = m_device.pageLayout();
    m_paper = layout.fullRectPixels(int(m_dpi)).size();
    const QRect paint = layout.paintRectPixels(int(m_dpi));
    m_painter.resetTransform();
    m_painter.translate(-paint.left(), -paint.top());
    m_painter.setPen(Qt::black);
    m_y = top();
    if (m_pageInPart < 2)
        return;
    const QFontMetricsF metrics(m_pageNumberFont, &m_device);
    const QString number = QString::number(m_pageInPart);
    const double x = (m_paper.width() - metrics.horizontalAdvance(number)) / 2;
    const double baseline = (top() + metrics.ascent() - metrics.descent()) / 2;
    m_painter.setFont(m_pageNumberFont);
    m_painter.drawText(QPointF(x, baseline), number);
}
