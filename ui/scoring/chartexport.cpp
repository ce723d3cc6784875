#include "chartexport.h"

#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

QImage ChartExport::render(QChartView *view, const QSizeF &size, qreal scale)
{
    QChart *chart = view->chart();
    // A hidden view does not lay its chart out: give the chart the size to draw at.
    if (!view->isVisible() && chart->size() != size)
        chart->resize(size);
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area(QPointF(0, 0), size);
    view->scene()->render(&painter, area, chart->mapRectToScene(QRectF(QPointF(0, 0), size)));
    painter.end();
    return image;
}

bool ChartExport::savePng(const QImage &image, const QString &path, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (image.isNull())
        return fail(tr("There is no chart to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(tr("Cannot write %1: the picture could not be encoded.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}
