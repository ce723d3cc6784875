#!/usr/bin/env python3
"""Writes the hostile import files of issue 17 and, for each, the same data plainly.

Usage: tools/hostile-inputs.py TEMPLATE.csv OUT_DIR [--small]

TEMPLATE.csv is an import template written by `xhht import template --year Y --filled
-o TEMPLATE.csv` (its header and rows are used, cycling through the rows). OUT_DIR receives, for the
measurements of tools/bench-hostile.sh:

  wide.csv        a 16,384-column header (the template's, then empty columns) and
                  50,000 short rows; plain: narrow.csv (the same rows, the header alone)
  xfd.xlsx        the template's header with a stray cell at XFD1, then 100,000 rows;
                  plain: plain.xlsx (the same without XFD1)
  bomb.xlsx       a sheet that unpacks to 1.5 GB (--small: 20 MB)
  w1258.csv       10,000 rows with long Vietnamese notes in Windows-1258;
                  plain: utf8.csv (the same text in UTF-8)
  random1.csv, random2.csv   1 MB and 2 MB of random bytes

With --small every file is a few kilobytes (a few rows), for the fuzzing regression
corpus, except bomb.xlsx, which must unpack past the reader's cap.
"""

import csv
import io
import os
import random
import sys
import unicodedata
import zipfile

NOTE = ("Đơn vị đã tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức; "
        "phối hợp với thư viện tỉnh mở rộng không gian đọc, xây dựng tủ sách pháp luật ở ấp, khu phố; "
        "duy trì sinh hoạt câu lạc bộ và phong trào học tập suốt đời.")


def read_template(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def column_letter(index):
    letters = ""
    n = index + 1
    while n > 0:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("A") + r) + letters
    return letters


def cp1258(text):
    """Windows-1258 bytes of NFC text: letters it lacks as a base letter and a combining tone mark."""
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        letter = "".join(m for m in d[1:] if m in "\u0302\u0306\u031b")
        tones = "".join(m for m in d[1:] if m not in "\u0302\u0306\u031b")
        out += unicodedata.normalize("NFC", d[0] + letter).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def csv_text(rows):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def data_rows(header, units, count, note=None):
    keys = [h[h.rfind("[") + 1:-1] if h.endswith("]") else h for h in header]
    rows = []
    for i in range(count):
        unit = units[i % len(units)]
        row = (list(unit) + [""] * len(keys))[:len(keys)]
        if note is not None and "note" in keys:
            row[keys.index("note")] = note
        rows.append(row)
    return rows


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_xlsx(path, sheet_rows):
    """A minimal workbook; sheet_rows yields the <row> elements as text."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
                        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            chunk = []
            size = 0
            for row in sheet_rows:
                chunk.append(row)
                size += len(row)
                if size > 1 << 20:
                    sheet.write("".join(chunk).encode("utf-8"))
                    chunk, size = [], 0
            sheet.write("".join(chunk).encode("utf-8"))
            sheet.write(b"</sheetData></worksheet>")


def xlsx_row(number, cells):
    inner = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (column_letter(c), number, xml_escape(v))
                    for c, v in cells if v)
    return '<row r="%d">%s</row>' % (number, inner)


def template_rows(header, units, count, stray):
    first = list(enumerate(header))
    if stray:
        first.append((16383, "stray"))
    yield xlsx_row(1, first)
    for i, row in enumerate(data_rows(header, units, count)):
        yield xlsx_row(i + 2, enumerate(row[:2]))


def bomb_rows(size):
    row = '<row><c t="inlineStr"><is><t>%s</t></is></c></row>' % ("A" * 4000)
    for _ in range(size // len(row) + 1):
        yield row


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    header, units = read_template(sys.argv[1])
    out = sys.argv[2]
    small = "--small" in sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(17)

    def put(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)

    rows = data_rows(header, units, 20 if small else 50000)
    short = [row[:2] for row in rows]
    wide_header = header + [""] * (16384 - len(header))
    put("wide.csv", csv_text([wide_header] + short).encode("utf-8"))
    if not small:
        put("narrow.csv", csv_text([header] + short).encode("utf-8"))

    count = 20 if small else 100000
    write_xlsx(os.path.join(out, "xfd.xlsx"), template_rows(header, units, count, True))
    if not small:
        write_xlsx(os.path.join(out, "plain.xlsx"), template_rows(header, units, count, False))
    write_xlsx(os.path.join(out, "bomb.xlsx"), bomb_rows((20 if small else 1536) << 20))

    noted = csv_text([header] + data_rows(header, units, 20 if small else 10000, NOTE))
    put("w1258.csv", cp1258(noted))
    if not small:
        put("utf8.csv", noted.encode("utf-8"))

    for megabytes in (1, 2):
        size = 4096 * megabytes if small else megabytes << 20
        put("random%d.csv" % megabytes, bytes(rng.getrandbits(8) for _ in range(size)))


if __name__ == "__main__":
    main()
