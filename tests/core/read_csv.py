# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a CSV file the way Swedish Excel writes it (UTF-8 with BOM, ';', CRLF) with Python's own csv module,
an independent parser, and prints each row's fields joined by '|' (a line break inside a field as '\\n')."""
import csv
import sys

with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    for row in csv.reader(handle, delimiter=";", quotechar='"', strict=True):
        print("|".join(field.replace("\n", "\\n") for field in row))
