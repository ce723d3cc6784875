#include "documentprinter.h"

#include "reports/documentrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kLastDirectoryKey = QStringLiteral("documents/lastDirectory");

} // namespace

void DocumentPrinter::preview(const OfficialDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(document.pdfTitle.isEmpty() ? document.typeName : document.pdfTitle);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &error](QPrinter *p) {
        DocumentRenderer renderer(document);
        if (renderer.render(p) < 0)
            error = renderer.error();
    });
    dialog.resize(1000, 800);
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Cannot print"), error);
}

QString DocumentPrinter::exportPdf(const OfficialDocument &document, const QString &suggestedName, QWidget *parent)
{
    QSettings settings;
    const QString folder =
        settings.value(kLastDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export to PDF"), QDir(folder).filePath(suggestedName),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    settings.setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = DocumentRenderer::writePdf(document, path);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export failed"), error);
        return {};
    }
    return path;
}
