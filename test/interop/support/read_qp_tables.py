"""Reads every Excel table named QP_* of a workbook with openpyxl and prints them as JSON:
{table: {"sheet": ..., "headers": [...], "rows": [[...], ...]}}. Numbers are printed
with repr() (shortest text that reads back as the same double), dates as ISO text.
Usage: /usr/bin/python3 read_qp_tables.py WORKBOOK.xlsx"""
import datetime
import json
import sys
import warnings

import openpyxl


def cell(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return {"number": repr(value)}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return {"date": value.date().isoformat() if isinstance(value, datetime.datetime) else value.isoformat()}
    return value


def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(sys.argv[1])
    tables = {}
    for sheet in workbook.worksheets:
        for table in sheet.tables.values():
            if not table.displayName.startswith("QP_"):
                continue
            rows = [[cell(c.value) for c in row] for row in sheet[table.ref]]
            tables[table.displayName] = {"sheet": sheet.title, "headers": rows[0], "rows": rows[1:]}
    json.dump({"warnings": [str(w.message) for w in caught], "tables": tables}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
