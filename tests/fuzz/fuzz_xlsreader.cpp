// libFuzzer target: XlsReader::read on any bytes. libfreexl reads only from a named
// file, so the bytes go through one temporary file per process.
#include "io/xlsreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.xls"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    const TableReadResult result = XlsReader::read(path);
    qsizetype cells = 0;
    for (qsizetype r = 0; r < result.rowCount(); ++r)
        cells += result.row(r).size();
    return cells < 0 ? -1 : 0;
}
