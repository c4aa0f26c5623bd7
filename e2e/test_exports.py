"""Our .xlsx exports, read by two independent readers (openpyxl and LibreOffice), and the command-line
round trip: export from the demo, import into a fresh database, the same people come back."""

import csv
import io
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from conftest import REPO_ROOT, _thidua_bin

DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")


def thidua(args, data_dir):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["THIDUA_DATA_DIR"] = str(data_dir)
    out = subprocess.run([_thidua_bin(), *args], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return out


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("demo")
    thidua(["demo"], d)
    return d


def expected_rows(csv_path):
    """The CSV export as the officer reads it: dates become YYYY-MM-DD, the formula guard is undone."""
    text = open(csv_path, encoding="utf-8-sig").read()
    rows = []
    for row in csv.reader(io.StringIO(text)):
        cells = []
        for cell in row:
            if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@":
                cell = cell[1:]
            m = DATE.match(cell)
            cells.append(f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else cell)
        rows.append(cells)
    return rows


@pytest.mark.parametrize("kind", ["units", "people"])
def test_xlsx_export_reads_the_same_in_openpyxl_and_libreoffice(demo_dir, tmp_path, kind):
    thidua(["export", kind, str(tmp_path / f"{kind}.xlsx")], demo_dir)
    thidua(["export", kind, str(tmp_path / f"{kind}.csv")], demo_dir)
    expected = tmp_path / f"{kind}.json"
    import json
    rows = expected_rows(tmp_path / f"{kind}.csv")
    assert len(rows) > 10
    expected.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    check = subprocess.run([sys.executable, str(REPO_ROOT / "e2e" / "check_xlsx.py"), str(tmp_path / f"{kind}.xlsx"), str(expected)],
                           capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr


def people(db):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute(
            "select p.id, p.full_name, u.code, p.birth_year, p.position, p.status "
            "from people p join org_units u on u.id = p.unit_id").fetchall())
    finally:
        con.close()


def test_export_then_import_into_a_fresh_database_gives_the_same_people(demo_dir, tmp_path):
    thidua(["export", "units", str(tmp_path / "units.xlsx")], demo_dir)
    thidua(["export", "people", str(tmp_path / "people.xlsx")], demo_dir)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    thidua(["import", "units", str(tmp_path / "units.xlsx")], fresh)
    first = thidua(["import", "people", str(tmp_path / "people.xlsx")], fresh)
    again = thidua(["import", "people", str(tmp_path / "people.xlsx")], fresh)
    assert "thêm 369" in first.stdout
    assert "thêm 0, sửa 0, không đổi 369" in again.stdout
    assert people(fresh / "thidua.sqlite") == people(demo_dir / "thidua.sqlite")
    verify = thidua(["audit", "verify"], fresh)
    assert verify.stdout.startswith("OK")


def test_audit_verify_catches_an_altered_row(demo_dir, tmp_path):
    import shutil
    copy = tmp_path / "copy"
    copy.mkdir()
    thidua(["audit", "verify"], demo_dir)
    shutil.copy(demo_dir / "thidua.sqlite", copy / "thidua.sqlite")
    for suffix in ("-wal", "-shm"):
        if (demo_dir / f"thidua.sqlite{suffix}").exists():
            shutil.copy(demo_dir / f"thidua.sqlite{suffix}", copy / f"thidua.sqlite{suffix}")
    con = sqlite3.connect(copy / "thidua.sqlite")
    con.execute("update audit_events set actor = 'ke-gia-mao' where seq = 7")
    con.commit()
    con.close()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["THIDUA_DATA_DIR"] = str(copy)
    out = subprocess.run([_thidua_bin(), "audit", "verify"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode != 0
    assert "sự kiện số 7" in out.stderr
