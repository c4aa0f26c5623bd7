"""A bounded Schemathesis run on /api/v1/openapi.json (issue 9, item 2): no 5xx, no server exit.

Schemathesis (https://schemathesis.readthedocs.io, pip package `schemathesis`) generates requests from
the OpenAPI document: the examples, boundary values of every parameter (coverage phase), random valid
and invalid data (fuzzing phase), and chains of calls (stateful phase). The test starts its own
`thidua serve --demo` (fuzz_support.FuzzServer, never the shared `server` fixture), signs in as admin
for a bearer token and runs the `schemathesis run` command with the `not_a_server_error` check, with:

  * a fixed seed, one worker and no example database, so that a run is repeatable;
  * at most THIDUA_SCHEMATHESIS_MAX_EXAMPLES (default 25) examples per operation and phase;
  * real ids (units, people, blocs, movements, memberships, history entries) for most path
    parameters and id properties, so that requests reach the handlers rather than a 404, and
    extreme integers and strings mixed into every generated integer and string;
  * X-Forwarded-For: 198.18.0.1 on every request (the server trusts 127.0.0.1 as a proxy), so that
    the fuzzed POST /auth/login fails from that address and never locks out the test's own sign-in;
  * POST /auth/logout excluded: it would revoke the token.

The operations are run in groups (units, people, blocs, ...). After each group the test checks that
the process still runs; when it died, the crash is recorded with the `Fatal error` lines of the log,
the server is started again and the group is run again without the operation that stopped it, so one
trap does not hide the others. The test fails with every 5xx and every exit, grouped by operation,
with the error lines of the server log; the report is also written to schemathesis-report.txt in the
test's temporary directory. About 80 s on a debug build.

Run alone: THIDUA_BIN=.build/debug/thidua python3 -m pytest -q -p no:cacheprovider e2e/test_schemathesis.py
"""

import collections
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest

from fuzz_support import Client, FuzzServer, fatal_excerpt

MAX_EXAMPLES = int(os.environ.get("THIDUA_SCHEMATHESIS_MAX_EXAMPLES", "25"))
SEED = int(os.environ.get("THIDUA_SCHEMATHESIS_SEED", "20261203"))
GROUP_TIMEOUT_S = float(os.environ.get("THIDUA_SCHEMATHESIS_GROUP_TIMEOUT_S", "300"))
TIME_BUDGET_S = float(os.environ.get("THIDUA_SCHEMATHESIS_TIME_BUDGET_S", "600"))
FORWARDED_FOR = "198.18.0.1"

EXTREME_INTEGERS = [9223372036854775807, -9223372036854775808, 2147483648, -2147483649, -1, 0,
                    99999, 10000, 1, 12, 31, 32, 13]
EXTREME_STRINGS = ["9223372036854775807", "-9223372036854775808", "99999999999999999999999", "-1", "0",
                   "1e309", "NaN", "2024-02-30", "99999-12-31", "0000-00-00", "\u202eabc", "A" * 60_000,
                   "../../etc/passwd", "00000000-0000-0000-0000-000000000000"]
ID_PARAMETERS = {  # path parameter or property -> dictionary of real ids
    "unitID": "units", "parentID": "units", "toUnitID": "units", "personID": "people", "blocID": "blocs",
    "movementID": "movements", "membershipID": "memberships", "entryID": "entries", "scopeID": "blocs",
}


@pytest.fixture(scope="module")
def st_server(tmp_path_factory):
    srv = FuzzServer(tmp_path_factory.mktemp("schemathesis"))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def _schemathesis_command():
    exe = shutil.which("schemathesis", path=os.pathsep.join([str(pathlib.Path(sys.executable).parent),
                                                             os.environ.get("PATH", "")]))
    if exe:
        return [exe]
    return [sys.executable, "-c", "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())"]


def _toml_string(s):
    out = []
    for ch in s:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_list(values):
    return "[" + ", ".join(_toml_string(v) if isinstance(v, str) else str(v) for v in values) + "]"


def harvest_ids(client):
    ids = {name: [] for name in set(ID_PARAMETERS.values())}
    for path, key in (("/units?per=100", "units"), ("/people?per=100", "people"), ("/blocs?per=100", "blocs")):
        status, body = client.api_get(path)
        if status == 200:
            for it in body["items"][:20]:
                ids[key].append((it.get("person") or it)["id"])
    status, body = client.api_get("/movements")
    if status == 200:
        ids["movements"] = [m["id"] for m in body[:20]]
    for bloc in ids["blocs"][:3]:
        status, body = client.api_get(f"/blocs/{bloc}/memberships")
        if status == 200:
            ids["memberships"] += [m["membership"]["id"] for m in body[:10]]
    for person in ids["people"][:10]:
        status, body = client.api_get(f"/people/{person}/history")
        if status == 200:
            ids["entries"] += [e["id"] for e in body.get("entries", [])[:5]]
    return {k: v for k, v in ids.items() if v}


def write_config(path, ids):
    lines = ["[dictionaries.extreme-integers]", f"values = {_toml_list(EXTREME_INTEGERS)}",
             "[dictionaries.extreme-strings]", f"values = {_toml_list(EXTREME_STRINGS)}"]
    for name, values in sorted(ids.items()):
        lines += [f"[dictionaries.{name}]", f"values = {_toml_list(values)}"]
    lines += ["[generation.dictionaries]",
              'integer = { dictionary = "extreme-integers", probability = 0.25 }',
              'string = { dictionary = "extreme-strings", probability = 0.1 }',
              "[parameters]"]
    for param, dictionary in sorted(ID_PARAMETERS.items()):
        if dictionary not in ids:
            continue
        if param in ("unitID", "personID", "blocID", "movementID", "membershipID", "entryID"):
            lines.append(f'"path.{param}" = {{ dictionary = "{dictionary}", probability = 0.8 }}')
        lines.append(f'"body.{param}" = {{ dictionary = "{dictionary}", probability = 0.5 }}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def operation_groups(openapi):
    groups = {}
    for p in openapi["paths"]:
        seg = p.strip("/").split("/")[0]
        groups.setdefault(seg, []).append(p)
    return sorted(groups)


def parse_junit(xml_path):
    """[(operation, kind, text)] for each failing or erroring test case of the JUnit report."""
    out = []
    if not xml_path.exists():
        return out
    root = ET.parse(xml_path).getroot()
    for case in root.iter("testcase"):
        for child in case:
            if child.tag in ("failure", "error"):
                text = child.text or child.get("message") or ""
                out.append((case.get("name"), child.tag, text))
    return out


def _shorten(text, limit=1500):
    text = re.sub(r"([A-Za-z0-9%])\1{80,}", lambda m: m.group(1) * 20 + f"…(×{len(m.group(0))})", text)
    lines = [ln if len(ln) <= 400 else ln[:400] + "…" for ln in text.splitlines()]
    text = "\n".join(lines)
    return text if len(text) <= limit else text[:limit] + "…"


def test_schemathesis_finds_no_5xx_and_no_server_exit(st_server):
    started = time.monotonic()
    admin = Client(st_server, "admin")
    admin.sign_in()
    openapi = admin.http.get(st_server.base_url + "/api/v1/openapi.json", timeout=30).json()
    ids = harvest_ids(admin)
    assert {"units", "people", "blocs"} <= set(ids), f"too few real ids harvested: {sorted(ids)}"

    work = st_server.work_dir
    config = work / "schemathesis.toml"
    write_config(config, ids)
    command = _schemathesis_command()

    failures = []        # (operation, text)
    server_errors = collections.Counter()  # error lines of the server log
    crashes = []         # (group, operations that failed to answer, signature, excerpt, log file)
    runs = []
    for group in operation_groups(openapi):
        excluded = ["POST /auth/logout"]
        for attempt in range(4):
            if time.monotonic() - started > TIME_BUDGET_S:
                runs.append(f"{group}: not run (time budget spent)")
                break
            report_dir = work / f"report-{group}-{attempt}"
            junit = report_dir / "junit.xml"
            args = command + [
                "--config-file", str(config), "run", st_server.base_url + "/api/v1/openapi.json",
                "--include-path-regex", f"^/{re.escape(group)}(/|$)",
                "--checks", "not_a_server_error",
                "-H", f"Authorization: Bearer {admin.token}", "-H", f"X-Forwarded-For: {FORWARDED_FOR}",
                "--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED), "--workers", "1", "--no-shrink",
                "--generation-database", "none", "--request-timeout", "30", "--no-color",
                "--report", "junit", "--report-dir", str(report_dir), "--report-junit-path", str(junit),
                "--output-truncate", "true", "--warnings", "off",
            ]
            for name in excluded:
                args += ["--exclude-name", name]
            log_offset = st_server.log_size()
            t0 = time.monotonic()
            try:
                proc = subprocess.run(args, cwd=str(work), stdin=subprocess.DEVNULL, capture_output=True,
                                      timeout=GROUP_TIMEOUT_S, env=dict(os.environ, NO_COLOR="1"))
                out = proc.stdout.decode("utf-8", "replace")
                code = proc.returncode
            except subprocess.TimeoutExpired as e:
                out = (e.stdout or b"").decode("utf-8", "replace")
                code = "timeout"
            cases = re.search(r"(\d+) generated", out)
            runs.append(f"{group}: exit {code}, {cases.group(1) if cases else '?'} cases, "
                        f"{time.monotonic() - t0:.0f} s" + (f", without {excluded[1:]}" if len(excluded) > 1 else ""))
            results = parse_junit(junit)
            if code not in (0, 1) and not results:
                failures.append((f"group {group}", f"schemathesis exited with {code}:\n{_shorten(out[-3000:])}"))
            for line in st_server.log_since(log_offset, 2_000_000).splitlines():
                if " error " in line or "Fatal error" in line:
                    server_errors[re.sub(r"^\S+ \w+ [\w.]+: (request-id=\S+ )?", "", line.strip())[:300]] += 1
            problem = st_server.probe()
            if problem is None:
                failures += [(op, text) for op, kind, text in results]
                break
            # The server died (or hangs): find the operation that stopped it, report, restart, go on without it.
            for _ in range(300):
                if st_server.exited():
                    break
                time.sleep(0.1)
            if not st_server.exited():
                st_server.stop()
            signature, excerpt = fatal_excerpt(st_server.log_since(log_offset, 200_000))
            dead = [op for op, kind, text in results if kind == "error" or "Connection" in text]
            first = dead[0] if dead else None
            crashes.append((group, dead, signature, excerpt, str(st_server.log_path),
                            _shorten(next((t for op, k, t in results if op == first), ""), 1200)))
            failures += [(op, text) for op, kind, text in results
                         if kind == "failure" and "Connection" not in text]
            st_server.restart()
            if not admin.signed_in():
                admin.sign_in()
            if first is None or first in excluded:
                break
            excluded.append(first)

    elapsed = time.monotonic() - started
    summary = f"schemathesis {MAX_EXAMPLES} examples/operation, seed {SEED}, {elapsed:.0f} s: " + "; ".join(runs)
    print("\n" + summary)
    lines = []
    for n, (group, dead, signature, excerpt, log_file, text) in enumerate(crashes, 1):
        lines.append(f"{n}. [server exit] while testing {dead[0] if dead else 'group ' + group}: {signature}")
        if len(dead) > 1:
            lines.append(f"   (then unanswered: {', '.join(dead[1:])})")
        lines.append("   log: " + excerpt.replace("\n", "\n        "))
        lines.append(f"   log file: {log_file}")
        if text:
            lines.append("   schemathesis: " + text.replace("\n", "\n        "))
    seen = set()
    for op, text in failures:
        key = (op, text[:200])
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"{len(crashes) + len(seen)}. [5xx or error] {op}")
        lines.append("   " + _shorten(text).replace("\n", "\n   "))
    report = "\n".join(lines)
    if server_errors:
        report += "\n\nserver log, errors during the run (deduplicated):\n" + "\n".join(
            f"   {n}× {line}" for line, n in server_errors.most_common(40))
    (work / "schemathesis-report.txt").write_text(summary + "\n\n" + report + "\n", encoding="utf-8")
    if crashes or failures:
        pytest.fail(f"Schemathesis found {len(crashes)} server exit(s) and {len(seen)} failing operation(s) "
                    f"(not_a_server_error).\n{summary}\n(report: {work / 'schemathesis-report.txt'})\n\n{report}",
                    pytrace=False)
