#include "tablereader.h"

#include "csvreader.h"
#include "odsreader.h"
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

bool isCsv(const QString &path, TableReadResult *unsupported)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
    if (!csv && suffix != QLatin1String("xlsx") && suffix != QLatin1String("xls") && suffix != QLatin1String("ods"))
        unsupported->error = QCoreApplication::translate(
            "TableReader", "The file type is not supported; use a .csv, .xlsx, .xls or .ods file.");
    return csv;
}

// A workbook by its extension: .xls, .ods or .xlsx; .ods and .xlsx from `content` when
// it was read already (libfreexl reads only from the file).
TableReadResult readWorkbook(const QString &path, const QByteArray *content, const XlsxReader::Accept &accept,
                             const XlsxReader::Stop &stop = {})
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xls"))
        return XlsReader::read(path, accept);
    if (!content)
        return suffix == QLatin1String("ods") ? OdsReader::read(path, accept) : XlsxReader::read(path, accept);
    QByteArray bytes = *content; // shared, not copied
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return suffix == QLatin1String("ods") ? OdsReader::read(buffer, accept) : XlsxReader::read(buffer, accept, stop);
}

} // namespace

TableReadResult TableReader::read(const QString &path)
{
    TableReadResult unsupported;
    const bool csv = isCsv(path, &unsupported);
    if (!unsupported.error.isEmpty())
        return unsupported;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TableReadResult result;
        result.error = QCoreApplication::translate("TableReader", "The file %1 cannot be opened: %2.")
                           .arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    if (csv)
        return CsvReader::read(file.readAll());
    file.close();
    return readWorkbook(path, nullptr, {});
}

TableReadResult TableReader::read(const QString &path, const QByteArray &content, const XlsxReader::Accept &accept,
                                  const XlsxReader::Stop &stop)
{
    TableReadResult unsupported;
    const bool csv = isCsv(path, &unsupported);
    if (!unsupported.error.isEmpty())
        return unsupported;
    return csv ? CsvReader::read(content) : readWorkbook(path, &content, accept, stop);
}
