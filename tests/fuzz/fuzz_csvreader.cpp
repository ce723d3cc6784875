// libFuzzer target: CsvReader::read on any bytes. Built by `make fuzz` with clang
// (-fsanitize=fuzzer,address), and replayed over the committed corpus by the ctest
// fuzz_replay_csvreader (g++, tests/fuzz/replay.cpp).
#include "io/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const TableReadResult result =
        CsvReader::read(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    // Walk what was read, so that every stored cell is touched.
    qsizetype cells = 0;
    for (qsizetype r = 0; r < result.rowCount(); ++r) {
        const TableRow row = result.row(r);
        for (qsizetype i = 0; i < row.size(); ++i)
            cells += row.textAt(i).size() + row.columnAt(i);
        cells += row.cell(row.size()).size();
    }
    return cells < 0 ? -1 : 0;
}
