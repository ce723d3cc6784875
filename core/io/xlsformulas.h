#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// The values an Excel 97-2003 workbook (.xls) keeps for its formula cells, which
// libfreexl does not give: the Workbook stream is found in the file's compound document
// (CFB) and its FORMULA records read, with the STRING record after a text result. Only
// numbers, booleans and text are kept (errors are left empty). A damaged or hostile file
// gives what could be read safely: every offset and sector chain is checked against the
// file's size, and a chain that loops ends.
class XlsFormulas
{
public:
    // (row << 16 | column) → the value as text.
    using Sheet = QHash<quint32, QString>;

    // Each worksheet's formula values, by the sheet's name.
    static QHash<QString, Sheet> read(const QByteArray &file);
    // Whether the file is a compound document whose directory entries' names fit them,
    // whose Workbook stream (the one libfreexl picks) starts with a BOF record, and whose
    // records, each within the stream, run to its end: checked before libfreexl reads the
    // file (libfreexl 1.0.6 misreads malformed files; see lsan.supp).
    static bool wellFormed(const QByteArray &file);
    static quint32 key(quint32 row, quint32 column) { return row << 16 | (column & 0xFFFF); }
};
