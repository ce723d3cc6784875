#include "tablereader.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

bool isCsv(const QString &path, TableReadResult *unsupported)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
    if (!csv && suffix != QLatin1String("xlsx"))
        unsupported->error =
            QCoreApplication::translate("TableReader", "The file type is not supported; use a .csv or .xlsx file.");
    return csv;
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
    return XlsxReader::read(path);
}

TableReadResult TableReader::read(const QString &path, const QByteArray &content)
{
    TableReadResult unsupported;
    const bool csv = isCsv(path, &unsupported);
    if (!unsupported.error.isEmpty())
        return unsupported;
    return csv ? CsvReader::read(content) : XlsxReader::read(path);
}
