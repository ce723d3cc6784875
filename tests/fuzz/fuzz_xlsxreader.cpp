// libFuzzer target: XlsxReader::read on any bytes, as a workbook in memory.
#include "io/xlsxreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const TableReadResult result = XlsxReader::read(buffer);
    qsizetype cells = 0;
    for (qsizetype r = 0; r < result.rowCount(); ++r)
        cells += result.row(r).toList().size() > 0 ? result.row(r).size() : 0;
    return cells < 0 ? -1 : 0;
}
