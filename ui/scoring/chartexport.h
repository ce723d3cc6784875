#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

class QChartView;

// Saving a chart as a picture: rendered at twice its size on screen (sharp when printed
// or zoomed), written through a temporary file so that a failed export never leaves a
// partial or damaged file behind.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // The chart of `view`, `size` large (the view's own size while it is shown; any
    // size when it is hidden), drawn at `scale` times that size on white.
    static QImage render(QChartView *view, const QSizeF &size, qreal scale = 2.0);
    // Writes `image` as PNG to `path` (the whole file, or nothing). Returns false and
    // sets *error (when given) to the reason on failure.
    static bool savePng(const QImage &image, const QString &path, QString *error);
};
