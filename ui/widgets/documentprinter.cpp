#include "documentprinter.h"

#include "reports/documentrenderer.h"
#include "savefiledialog.h"
#include "screenfit.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

QString DocumentPrinter::documentsFolderKey()
{
    return QStringLiteral("documents/lastDirectory");
}

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
    ScreenFit::resize(&dialog, QSize(1000, 800)); // never taller than a laptop's screen
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Cannot print"), error);
}

QString DocumentPrinter::exportPdf(const OfficialDocument &document, const QString &suggestedName, QWidget *parent)
{
    const QString path = SaveFileDialog::ask(parent, tr("Export to PDF"), documentsFolderKey(), suggestedName,
                                             {{tr("PDF documents (*.pdf)"), QStringLiteral(".pdf")}});
    if (path.isEmpty())
        return {};
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = DocumentRenderer::writePdf(document, path);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export failed"), error);
        return {};
    }
    return path;
}
