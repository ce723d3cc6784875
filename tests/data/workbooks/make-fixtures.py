#!/usr/bin/python3
# Made the committed fixtures once, by hand (not run by the tests or CI): a small
# returned workbook written by openpyxl, then converted by LibreOffice itself to .ods
# and .xls:
#   /usr/bin/python3 make-fixtures.py
#   soffice --headless --convert-to ods tra-ve-2025.xlsx
#   soffice --headless --convert-to xls tra-ve-2025.xlsx
#   rm tra-ve-2025.xlsx
# The values they hold are spelled out in tests/core/tst_workbookformats.cpp.
import datetime
import openpyxl

wb = openpyxl.Workbook()
help = wb.active
help.title = "Hướng dẫn"
help["A1"] = "Điền vào trang “Số liệu” [...]"
ws = wb.create_sheet("Số liệu")
ws["A1"] = "BÁO CÁO SỐ LIỆU XÂY DỰNG XÃ HỘI HỌC TẬP NĂM 2025"
ws.merge_cells("A1:G1")
ws.append([])
ws.append(["Năm [year]", "Mã đơn vị [unit_code]", "Ngày nhận [received_date]", "Tin, bài [ind:TT-TIN-BAI]",
           "Tỷ lệ (%) [ind:BD-HT-PCT]", "Có kế hoạch [ind:KH-HOC-TAP]", "Mô hình [ind:MO-HINH]"])
ws.append([2025, "VP", datetime.date(2025, 11, 25), 12, "=90+2.5", "có", "Câu lạc bộ đọc sách “Sách hay”"])
ws.append([])
ws.append([2025, "TV", datetime.date(2025, 12, 2), "7", 80, "không", "Thư viện số – đọc sách điện tử"])
for row in (4, 6):
    ws.cell(row=row, column=3).number_format = "DD/MM/YYYY"
wb.save("tra-ve-2025.xlsx")
