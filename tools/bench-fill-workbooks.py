#!/usr/bin/python3
# Fills in every unit workbook of a folder as a unit would (tools/bench.sh, issue 20):
# a document number and dates, every indicator by its kind, every self-score 0, then
# saves it. Reads the kinds from the workbook itself (its input messages).
# Usage: tools/bench-fill-workbooks.py FOLDER
import datetime
import os
import sys

import openpyxl

folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if not name.endswith(".xlsx"):
        continue
    path = os.path.join(folder, name)
    wb = openpyxl.load_workbook(path)
    ws = wb["Số liệu"]
    header = [c.value or "" for c in ws[3]]
    kinds = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            kinds[rng.min_col] = (dv.type, dv.formula1)
    for col, title in enumerate(header, start=1):
        key = title[title.rfind("[") + 1:-1] if title.endswith("]") else ""
        cell = ws.cell(row=4, column=col)
        kind, formula = kinds.get(col, (None, None))
        if key == "document_number":
            cell.value = "12/BC"
        elif key in ("document_date", "received_date"):
            cell.value = datetime.date(2025, 11, 20)
        elif key.startswith("self:"):
            cell.value = 0
        elif kind == "whole":
            cell.value = 7
        elif kind == "decimal":
            cell.value = 62.5
        elif kind == "list":
            cell.value = formula.strip('"').split(",")[0]
        elif key.startswith("ind:"):
            cell.value = "Mô hình học tập của đơn vị"
    wb.save(path)
