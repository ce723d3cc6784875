#include "tablereader.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

TableReadResult TableReader::read(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
    if (!csv && suffix != QLatin1String("xlsx")) {
        TableReadResult result;
        result.error =
            QCoreApplication::translate("TableReader", "The file type is not supported; use a .csv or .xlsx file.");
        return result;
    }
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
