#!/usr/bin/env bash
# Benchmark: `thidua import people` of N generated people (CSV), against sqlite3's `.import` of the same
# file into a bare table, in the same run. thidua's time includes reading the CSV, checking every row,
# NFC normalisation, search and sort keys, the natural-key lookups, one transaction, and an audit event
# per person. Prints both times and the ratio.
#
# A third figure is the storage floor: sqlite3 itself copying the rows that thidua wrote (people, their
# assignments, the audit events) into a fresh copy of the same database, in one transaction, with no
# parsing, checking or hashing. No importer that keeps this schema can be faster than that.
#
#   bash Benchmarks/import_people.sh [N]        (N defaults to 100000)
#   THIDUA_BIN=path/to/thidua bash Benchmarks/import_people.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N="${1:-100000}"

BIN="${THIDUA_BIN:-}"
if [ -z "$BIN" ]; then
  echo "==> building thidua (release; the first build takes a while)"
  swift build -c release --product thidua --scratch-path .build-release
  BIN=.build-release/release/thidua
fi
command -v sqlite3 >/dev/null || { echo "==> installing sqlite3 (apt)"; apt-get install -y -q sqlite3; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
now() { python3 -c 'import time; print(time.perf_counter())'; }

echo "==> generating $N people"
python3 Benchmarks/generate_people.py "$N" "$WORK/people.csv"

echo "==> loading the demo data (the units the file refers to)"
THIDUA_DATA_DIR="$WORK/app" "$BIN" demo >/dev/null 2>&1
cp -r "$WORK/app" "$WORK/floor"

echo "==> thidua import people ($N rows)"
t0=$(now)
THIDUA_DATA_DIR="$WORK/app" LOG_LEVEL=warning "$BIN" import people "$WORK/people.csv"
t1=$(now)

echo "==> sqlite3 .import of the same file into a bare table"
sqlite3 "$WORK/bare.sqlite" "CREATE TABLE people(full_name TEXT, gender TEXT, birth_year INTEGER, unit TEXT, position TEXT, status TEXT);"
s0=$(now)
sqlite3 "$WORK/bare.sqlite" -cmd ".mode csv" ".import --skip 1 $WORK/people.csv people"
s1=$(now)

echo "==> storage floor: sqlite3 copies the rows thidua wrote into a fresh copy of the database"
f0=$(now)
sqlite3 "$WORK/floor/thidua.sqlite" <<SQL
ATTACH '$WORK/app/thidua.sqlite' AS done;
BEGIN;
INSERT INTO main.people SELECT * FROM done.people WHERE id NOT IN (SELECT id FROM main.people);
INSERT INTO main.person_assignments SELECT * FROM done.person_assignments WHERE id NOT IN (SELECT id FROM main.person_assignments);
INSERT INTO main.audit_events SELECT * FROM done.audit_events WHERE seq > (SELECT max(seq) FROM main.audit_events);
COMMIT;
SQL
f1=$(now)

python3 - "$t0" "$t1" "$s0" "$s1" "$f0" "$f1" "$N" <<'PY'
import sys
t0, t1, s0, s1, f0, f1, n = map(float, sys.argv[1:])
thidua, sqlite, floor = t1 - t0, s1 - s0, f1 - f0
print(f"thidua import        : {thidua:8.2f} s  ({n / thidua:10.0f} rows/s)")
print(f"sqlite3 .import      : {sqlite:8.2f} s  ({n / sqlite:10.0f} rows/s)")
print(f"sqlite3 storage floor: {floor:8.2f} s  ({n / floor:10.0f} rows/s)")
print(f"ratio: thidua runs at {100 * sqlite / thidua:.1f}% of sqlite3 .import's speed (goal: 50%)")
print(f"       the storage floor alone runs at {100 * sqlite / floor:.1f}% of it; thidua at {100 * floor / thidua:.1f}% of the floor")
PY
