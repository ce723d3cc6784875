// libFuzzer target: OdsReader::read on any bytes, as a spreadsheet in memory.
#include "io/odsreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const TableReadResult result = OdsReader::read(buffer);
    qsizetype cells = 0;
    for (qsizetype r = 0; r < result.rowCount(); ++r)
        cells += result.row(r).size();
    return cells < 0 ? -1 : 0;
}
