// libFuzzer target: the header matcher (ImportHeader) on a CSV file's header.
#include "imports/importheader.h"
#include "io/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const TableReadResult table =
        CsvReader::read(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (table.isEmpty())
        return 0;
    const TableRow header = table.row(0);
    qsizetype total = 0;
    for (qsizetype i = 0; i < header.size(); ++i)
        total += ImportHeader::keyOf(header.textAt(i)).size() + ImportHeader::columnLetter(header.columnAt(i)).size();
    for (const auto &[column, row] : ImportHeader::columnsWithoutHeader(table))
        total += ImportHeader::columnLetter(column).size() + row;
    // Finding the header below title rows, by a key in brackets.
    total +=
        ImportHeader::findHeaderRow(table, [](const QString &key) { return key.startsWith(QLatin1String("ind:")); });
    return total < 0 ? -1 : 0;
}
