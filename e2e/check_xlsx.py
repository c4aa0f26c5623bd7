#!/usr/bin/env python3
"""Check an .xlsx export with two independent readers: openpyxl and LibreOffice.

    python3 e2e/check_xlsx.py export.xlsx expected.json

`expected.json` holds the rows of the FIRST sheet as a JSON list of lists of strings, header
first, the way an officer reads them:

    [["Họ và tên", "Ngày sinh", "Điểm", "Đảng viên"],
     ["Nguyễn Thị Hồng Nhung", "2024-02-29", "9.75", "TRUE"]]

- A string of the form YYYY-MM-DD means "a date cell": openpyxl must give a datetime for it,
  and LibreOffice must show it as dd/mm/yyyy (the format the app writes).
- Numbers are compared as numbers ("2.5" matches 2.5, "12" matches 12.0, "1e+20" matches 1E+20).
- Booleans are "TRUE" / "FALSE"; an empty cell is "".
- Trailing empty cells of a row and trailing empty rows are ignored on both sides.
- A formula anywhere in the first sheet is an error: exports must hold values only.

Known LibreOffice quirk: it does not reproduce Excel's phantom 29/02/1900, so it shows dates
from 01/01/1900 to 28/02/1900 one day early. Such a cell is accepted with a note.

Exit status: 0 when both readers agree with the expected rows, 1 on any mismatch or when a
reader cannot open the file (each problem is printed), 2 when the arguments or the environment
are unusable (no such file, bad JSON, a reader not installed). Needs `openpyxl` (pip) and
`libreoffice` (apt: libreoffice-calc-nogui); --skip-libreoffice runs the openpyxl half only.
"""

import argparse
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# UTF-8 (76), comma, double quote, first line 1, cells "as shown" (so dates keep their format).
LO_CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
PHANTOM_LEAP_DAY_END = datetime.date(1900, 3, 1)


class Usage(Exception):
    """The input or the environment is unusable (exit 2)."""


class Unreadable(Exception):
    """A reader cannot open the file at all: the export is broken (exit 1)."""


def column_name(index):
    """0 -> A, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def trimmed(rows):
    rows = [list(row) for row in rows]
    for row in rows:
        while row and row[-1] == "":
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def as_number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if value == value else None  # no NaN


def load_expected(path):
    try:
        with open(path, encoding="utf-8") as f:
            rows = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        raise Usage(f"cannot read the expected rows from {path}: {e}")
    if not isinstance(rows, list) or not all(
        isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in rows
    ):
        raise Usage(f"{path} must be a JSON list of lists of strings")
    return trimmed(rows)


# ---------------------------------------------------------------------------------- openpyxl


def openpyxl_rows(path):
    try:
        import openpyxl
    except ImportError:
        raise Usage("openpyxl is not installed: python3 -m pip install openpyxl")
    try:
        workbook = openpyxl.load_workbook(path, data_only=False)
    except Exception as e:  # openpyxl raises many kinds for a broken file
        raise Unreadable(f"openpyxl cannot open {path}: {type(e).__name__}: {e}")
    sheet = workbook.worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            if cell.data_type == "f":
                cells.append(("formula", cell.value))
            else:
                cells.append(("value", cell.value))
        rows.append(cells)
    return sheet.title, rows


def openpyxl_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (datetime.time, datetime.timedelta)):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def check_openpyxl(path, expected):
    try:
        title, raw = openpyxl_rows(path)
    except Unreadable as e:
        return "(unreadable)", [str(e)]
    problems = []
    texts = []
    for r, row in enumerate(raw):
        line = []
        for c, (kind, value) in enumerate(row):
            ref = f"{column_name(c)}{r + 1}"
            if kind == "formula":
                problems.append(f"openpyxl: {ref} holds a formula ({value!r}); exports must hold values only")
            line.append(openpyxl_text(value))
        texts.append(line)
    actual = trimmed(texts)

    for r in range(max(len(expected), len(actual))):
        want_row = expected[r] if r < len(expected) else []
        got_row = actual[r] if r < len(actual) else []
        for c in range(max(len(want_row), len(got_row))):
            want = want_row[c] if c < len(want_row) else ""
            got = got_row[c] if c < len(got_row) else ""
            value = raw[r][c][1] if r < len(raw) and c < len(raw[r]) else None
            ref = f"{column_name(c)}{r + 1}"
            if ISO_DATE.match(want):
                if not isinstance(value, (datetime.datetime, datetime.date)):
                    problems.append(
                        f"openpyxl: {ref} should be a date cell {want}, got {type(value).__name__} {got!r}"
                    )
                elif got != want:
                    problems.append(f"openpyxl: {ref} expected date {want}, got {got}")
            elif not same(want, got):
                problems.append(f"openpyxl: {ref} expected {want!r}, got {got!r}")
    return title, problems


def same(want, got):
    if want == got:
        return True
    a, b = as_number(want), as_number(got)
    if a is not None and b is not None:
        return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    return False


# ------------------------------------------------------------------------------ LibreOffice


def libreoffice_rows(path):
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if not binary:
        raise Usage(
            "libreoffice is not installed: DEBIAN_FRONTEND=noninteractive "
            "apt-get install -y -q libreoffice-calc-nogui (or pass --skip-libreoffice)"
        )
    with tempfile.TemporaryDirectory(prefix="check_xlsx_") as tmp:
        # A private profile, so that a running LibreOffice (or a parallel CI job) cannot interfere.
        profile = "file://" + os.path.join(tmp, "profile")
        out = os.path.join(tmp, "out")
        command = [binary, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", LO_CSV_FILTER, "--outdir", out, os.path.abspath(path)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=180)
        except subprocess.TimeoutExpired:
            raise Usage("libreoffice did not finish the conversion within 180 s")
        name = os.path.splitext(os.path.basename(path))[0] + ".csv"
        csv_path = os.path.join(out, name)
        if done.returncode != 0 or not os.path.exists(csv_path):
            return None, [
                f"LibreOffice could not convert {path} (exit {done.returncode}): "
                f"{(done.stdout + done.stderr).strip()[-500:]}"
            ]
        with open(csv_path, encoding="utf-8", newline="") as f:
            return list(csv.reader(f)), []


def check_libreoffice(path, expected):
    rows, problems = libreoffice_rows(path)
    if rows is None:
        return problems
    actual = trimmed(rows)
    for r in range(max(len(expected), len(actual))):
        want_row = expected[r] if r < len(expected) else []
        got_row = actual[r] if r < len(actual) else []
        for c in range(max(len(want_row), len(got_row))):
            want = want_row[c] if c < len(want_row) else ""
            got = got_row[c] if c < len(got_row) else ""
            ref = f"{column_name(c)}{r + 1}"
            if ISO_DATE.match(want):
                day = datetime.date.fromisoformat(want)
                shown = day.strftime("%d/%m/%Y")
                if got == shown:
                    continue
                early = (day - datetime.timedelta(days=1)).strftime("%d/%m/%Y")
                if day < PHANTOM_LEAP_DAY_END and got == early:
                    print(f"note: LibreOffice shows {ref} as {got}, one day before {shown}: its known "
                          "1900 difference from Excel, accepted")
                    continue
                problems.append(f"LibreOffice: {ref} expected the date {shown}, shown as {got!r}")
            elif not same(want, got):
                problems.append(f"LibreOffice: {ref} expected {want!r}, got {got!r}")
    return problems


def main():
    parser = argparse.ArgumentParser(
        description="Check the first sheet of an .xlsx with openpyxl and LibreOffice against expected rows."
    )
    parser.add_argument("xlsx", help="the .xlsx file to check")
    parser.add_argument("expected", help="JSON list of rows (lists of strings); dates as YYYY-MM-DD")
    parser.add_argument("--skip-libreoffice", action="store_true", help="check with openpyxl only")
    args = parser.parse_args()

    try:
        if not os.path.isfile(args.xlsx):
            raise Usage(f"no such file: {args.xlsx}")
        expected = load_expected(args.expected)
        title, problems = check_openpyxl(args.xlsx, expected)
        readers = ["openpyxl"]
        if not args.skip_libreoffice:
            problems += check_libreoffice(args.xlsx, expected)
            readers.append("LibreOffice")
    except Usage as e:
        print(f"check_xlsx: {e}", file=sys.stderr)
        return 2

    if problems:
        print(f"check_xlsx: {args.xlsx} (first sheet “{title}”) does not match {args.expected}:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"check_xlsx: {args.xlsx} OK with {' and '.join(readers)}: "
          f"first sheet “{title}”, {len(expected)} rows as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
