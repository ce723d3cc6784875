#pragma once

#include "documentmargins.h"

#include <QFont>
#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

// Where the next thing goes on the pages of a document, in device pixels measured from
// the paper's top-left corner whatever margins the device keeps itself. Starts pages,
// switches their orientation per part and prints the page numbers: Arabic, centred
// horizontally on the paper and vertically in the top margin, from 2 on in each part
// (the main part and each appendix are numbered from 1; their first page shows none).
// Used by DocumentRenderer only.
class PageCursor
{
public:
    // The painter is active on the device, on the first page.
    PageCursor(QPainter &painter, QPagedPaintDevice &device, const DocumentMargins &margins,
               const QFont &pageNumberFont);

    // A new page that starts a new part (an appendix), numbered from 1 again.
    void startPart(bool landscape);
    void newPage();
    // Starts a new page unless height fits above the bottom margin or the page is still empty.
    void ensure(double height);
    bool fits(double height) const { return m_y + height <= bottom() + 0.01; }

    double fromMm(double mm) const { return mm * m_dpi / 25.4; }
    double fromPt(double pt) const { return pt * m_dpi / 72.0; }
    double left() const { return fromMm(m_margins.left); }
    double right() const { return m_paper.width() - fromMm(m_margins.right); }
    double top() const { return fromMm(m_margins.top); }
    double bottom() const { return m_paper.height() - fromMm(m_margins.bottom); }
    double width() const { return right() - left(); }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    bool pageEmpty() const { return m_y <= top(); }

    QPainter &painter() const { return m_painter; }
    QPagedPaintDevice &device() const { return m_device; }
    int pageCount() const { return m_pages; }
    bool failed() const { return m_failed; }

private:
    void setUpPage();

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    DocumentMargins m_margins;
    QFont m_pageNumberFont;
    double m_dpi;
    QSizeF m_paper;
    double m_y = 0;
    int m_pages = 1;
    int m_pageInPart = 1;
    bool m_failed = false;
};
