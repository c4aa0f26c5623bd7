#!/usr/bin/env bash
# Benchmark of issue 4: the eligibility sweep of every subject against every code of the catalogue for 2024,
# in Swift (`EligibilitySweep.counts` over compact in-memory histories) against the same check written as ONE
# SQL query on PostgreSQL (aggregates over the same rows), in the same run. Both must give the same count for
# every code and outcome (eligible / manualCheck / notEligible), or the script fails: that is the proof that
# the query is the same check. Prints both times and the ratio (SQL time / Swift time; goal ≥ 10).
#
# Loading is timed apart and is not part of the ratio: the Swift side reads the CSVs and builds one
# CompactHistory per subject; PostgreSQL \copy-es them into schema bench_eligibility, builds keyed tables with
# indexes and runs VACUUM ANALYZE. The Swift sweep runs 3 times and the SQL query twice; the best of each counts.
#
#   bash Benchmarks/eligibility_sweep.sh [N_PEOPLE] [N_COLLECTIVES]     (defaults 1000000 50000)
#   BENCH_DATABASE_URL=postgres://user:pass@host:5432/db                (default: the test database)
#   ELIGIBILITY_BENCH_BIN=path/to/EligibilityBenchmark                  (skips the build)
#   BENCH_DATA_DIR=dir                                                  (reuses or keeps the generated CSVs)
#   BENCH_PG_SETTINGS='SET jit = off;'                                  (planner settings for the query; the
#                                                                        default is the server's, work_mem 256MB)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
N_PEOPLE="${1:-1000000}"
N_COLLECTIVES="${2:-50000}"
DB="${BENCH_DATABASE_URL:-postgres://thidua:thidua@127.0.0.1:5432/thidua_test}"
YEAR=2024

BIN="${ELIGIBILITY_BENCH_BIN:-}"
if [ -z "$BIN" ]; then
  echo "==> building EligibilityBenchmark (release; the first build takes a while)"
  swift build -c release --product EligibilityBenchmark --scratch-path .build-release
  BIN=.build-release/release/EligibilityBenchmark
fi
command -v psql >/dev/null || { echo "==> installing the PostgreSQL client (apt)"; apt-get install -y -q postgresql-client; }
psql "$DB" -X -q -c 'SELECT 1' >/dev/null || { echo "error: PostgreSQL is not reachable at $DB (set BENCH_DATABASE_URL)" >&2; exit 1; }

WORK="$(mktemp -d)"
cleanup() {
  psql "$DB" -X -q -c 'DROP SCHEMA IF EXISTS bench_eligibility CASCADE' >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
now() { python3 -c 'import time; print(time.perf_counter())'; }

DATA="${BENCH_DATA_DIR:-$WORK/data}"
if [ -f "$DATA/subjects.csv" ] && [ -f "$DATA/.generated-$N_PEOPLE-$N_COLLECTIVES" ]; then
  echo "==> reusing the histories in $DATA ($N_PEOPLE people, $N_COLLECTIVES collectives)"
else
  echo "==> generating $N_PEOPLE people and $N_COLLECTIVES collectives, 2015–2024, into $DATA"
  mkdir -p "$DATA"
  rm -f "$DATA"/.generated-*
  g0=$(now)
  python3 Benchmarks/generate_histories.py "$N_PEOPLE" "$N_COLLECTIVES" "$DATA"
  g1=$(now)
  touch "$DATA/.generated-$N_PEOPLE-$N_COLLECTIVES"
  python3 -c "import sys; print(f'  generated in {float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" "$g0" "$g1"
fi
(cd "$DATA" && wc -l ./*.csv && du -sh .)

echo "==> Swift: load the CSVs into compact histories, then the sweep (3 runs)"
"$BIN" "$DATA" "$YEAR" >"$WORK/swift.txt"

echo "==> PostgreSQL: load the CSVs into schema bench_eligibility (\\copy, indexes, VACUUM ANALYZE)"
l0=$(now)
(cd "$DATA" && psql "$DB" -X -q -v load=1 -v query=0 -f "$ROOT/Benchmarks/eligibility_sweep.sql")
l1=$(now)

echo "==> PostgreSQL: the sweep as one query (2 runs)"
(cd "$DATA" && psql "$DB" -X -q -v load=0 -v query=1 -v settings="${BENCH_PG_SETTINGS:-}" -f "$ROOT/Benchmarks/eligibility_sweep.sql") >"$WORK/sql.txt"

PG_VERSION="$(psql "$DB" -X -A -t -c 'SHOW server_version')"
python3 - "$WORK/swift.txt" "$WORK/sql.txt" "$l0" "$l1" "$PG_VERSION" "${BENCH_PG_SETTINGS:-}" <<'PY'
import os, re, sys
swift_path, sql_path, l0, l1, pg_version, pg_settings = sys.argv[1:]

swift, facts = {}, {}
for line in open(swift_path):
    f = line.split()
    if f and f[0] == "COUNT":
        swift[(f[1], f[2])] = int(f[3])
    elif len(f) >= 2:
        facts.setdefault(f[0], []).append(f[1:])

runs, current, times = [], None, []
for line in open(sql_path):
    f = line.split()
    if f and f[0] == "COUNT":
        if current is None:
            current = {}
        current[(f[1], f[2])] = int(f[3])
    elif line.startswith("Time:"):
        times.append(float(re.match(r"Time: ([0-9.]+) ms", line).group(1)) / 1000)
        runs.append(current or {})
        current = None
if len(runs) != 2 or len(times) != 2:
    sys.exit(f"error: expected 2 runs of the query with their times in {sql_path}")

codes = sorted({code for code, _ in swift})
outcomes = ["eligible", "manualCheck", "notEligible"]
mismatches = []
for k, run in enumerate(runs, 1):
    for key in sorted(set(run) - set(swift)):
        mismatches.append(f"SQL run {k} has {key} = {run[key]}, the Swift sweep has no such code or outcome")
    for code in codes:
        for outcome in outcomes:
            a, b = swift.get((code, outcome), 0), run.get((code, outcome), 0)
            if a != b:
                mismatches.append(f"SQL run {k}: {code} {outcome}: Swift {a}, SQL {b}")

print()
print(f"{'code':8} {'eligible':>10} {'manualCheck':>12} {'notEligible':>12}")
for code in codes:
    print(f"{code:8} " + " ".join(f"{swift.get((code, o), 0):>{w}}" for o, w in zip(outcomes, (10, 12, 12))))
if mismatches:
    print("\nFAIL: the SQL query and the Swift sweep disagree:")
    for m in mismatches:
        print("  " + m)
    sys.exit(1)
print(f"\ncounts: identical for all {len(codes)} codes × 3 outcomes (both SQL runs)")

people = int(facts["SUBJECTS"][0][1]) if facts["SUBJECTS"][0][0] == "person" else 0
subjects = sum(int(v[1]) for v in facts["SUBJECTS"])
swift_load = float(facts["LOAD_SECONDS"][0][0])
swift_time = float(facts["SWEEP_SECONDS"][0][0])
swift_runs = ", ".join(f"{float(v[0]):.3f}" for v in facts["RUN_SECONDS"])
sql_time = min(times)
ratio = sql_time / swift_time
print(f"subjects             : {subjects:,} ({people:,} people, {subjects - people:,} collectives)")
print(f"Swift load           : {swift_load:8.2f} s  (CSV → compact histories; peak memory {facts['MAX_RSS_MB'][0][0]} MB)")
print(f"PostgreSQL load      : {float(l1) - float(l0):8.2f} s  (\\copy, keyed tables, indexes, VACUUM ANALYZE)")
print(f"Swift sweep          : {swift_time:8.3f} s  (best of {swift_runs} s)")
print(f"SQL query            : {sql_time:8.3f} s  (best of {', '.join(f'{t:.3f}' for t in times)} s)")
print(f"machine              : {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min) at the end")
print(f"PostgreSQL           : {pg_version}, work_mem 256MB{', ' + pg_settings if pg_settings else ', server settings otherwise'}")
print(f"ratio: SQL time / Swift time = {ratio:.1f}× (goal: ≥ 10×) — goal {'met' if ratio >= 10 else 'NOT met'}")
PY
