# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an XLSX workbook with openpyxl (Debian's python3-openpyxl, an independent reader) and prints, per sheet,
a line "sheet|<name>|freeze=<cell>|filter=<range>|widths=<w,...>", then each row's cells joined by '|', each cell
tagged by its type: s:<text>, n:<number>, d:<yyyy-mm-dd>, or empty."""
import datetime
import sys

import openpyxl


def tagged(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return "d:" + value.date().isoformat()
    if isinstance(value, datetime.date):
        return "d:" + value.isoformat()
    if isinstance(value, bool):
        return "b:" + str(value)
    if isinstance(value, (int, float)):
        return "n:" + repr(value)
    return "s:" + str(value).replace("\n", "\\n")


workbook = openpyxl.load_workbook(sys.argv[1])
for sheet in workbook.worksheets:
    widths = [str(round(sheet.column_dimensions[letter].width or 0))
              for letter in sorted(sheet.column_dimensions.keys())]
    print("sheet|%s|freeze=%s|filter=%s|widths=%s" % (sheet.title, sheet.freeze_panes, sheet.auto_filter.ref,
                                                      ",".join(widths)))
    for row in sheet.iter_rows(values_only=True):
        print("|".join(tagged(value) for value in row))
