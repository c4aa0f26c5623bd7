"""Machinery shared by the fuzz tests (test_fuzz_routes.py, test_schemathesis.py).

Each fuzz test module starts its own `thidua serve --demo` (FuzzServer) with its own fresh
THIDUA_DATA_DIR and port: fuzzing changes and deactivates demo data, so the session-wide `server`
fixture of conftest.py, which the browser tests share, is never fuzzed.

The server is started with
  * THIDUA_SESSION_SECRET set, so that sign-in sessions survive a restart after a crash;
  * THIDUA_TRUSTED_PROXIES=127.0.0.1, so that the sign-in fuzzing can send each failed attempt from
    its own X-Forwarded-For address: the app stops an address after 20 failed sign-ins in 15 minutes,
    and without this the fuzzer could no longer sign in again after fuzzing the sign-in forms.

When the process exits (a Swift trap, say) the failure is recorded with the `Fatal error` lines of its
log, and the server is started again on the same data directory (`serve --demo` keeps a database that
already has data), so the remaining routes are still fuzzed.
"""

import collections
import html
import json
import os
import pathlib
import re
import subprocess
import time
import urllib.parse
import uuid
from html.parser import HTMLParser

import requests

from conftest import _free_port, _log_tail, _stop, _thidua_bin

STARTUP_TIMEOUT_S = 120
PROBE_TIMEOUT_S = 10
REQUEST_TIMEOUT_S = (5, 30)  # connect, read
DEMO_PASSWORD = "demo"

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _session():
    s = requests.Session()
    s.trust_env = False  # loopback only, never through a proxy the environment may name
    return s


# --- the server -------------------------------------------------------------------------------------


class FuzzServer:
    """A private `thidua serve --demo`, restartable on the same data directory."""

    def __init__(self, work_dir):
        self.binary = _thidua_bin()
        self.work_dir = pathlib.Path(work_dir)
        self.data_dir = self.work_dir / "data"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.port = _free_port()
        self.proc = None
        self.incarnation = 0
        self.log_path = None
        self.env = dict(os.environ)
        self.env.pop("DATABASE_URL", None)
        self.env["THIDUA_DATA_DIR"] = str(self.data_dir)
        self.env["THIDUA_SESSION_SECRET"] = "fuzz-session-secret-" + "0123456789abcdef" * 3
        self.env["THIDUA_TRUSTED_PROXIES"] = "127.0.0.1"
        # Only the crashed thread's frames, with file:line, and no interactive prompt.
        self.env.setdefault("SWIFT_BACKTRACE", "enable=yes,interactive=no,threads=crashed,registers=none,"
                                               "images=none,limit=60")
        self._probe = _session()

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.incarnation += 1
        self.log_path = self.work_dir / f"server-{self.incarnation}.log"
        cmd = [self.binary, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(self.port)]
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                cmd, cwd=str(self.work_dir), env=self.env, stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        last = "no answer yet"
        while True:
            code = self.proc.poll()
            if code is not None:
                raise RuntimeError(
                    f"thidua exited with code {code} before answering.\ncommand: {' '.join(cmd)}\n"
                    f"--- {self.log_path} (tail) ---\n{_log_tail(self.log_path)}")
            try:
                r = self._probe.get(self.base_url + "/dang-nhap", timeout=5)
                if r.status_code == 200:
                    return
                last = f"HTTP {r.status_code}"
            except requests.RequestException as e:
                last = str(e)
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"thidua did not answer GET /dang-nhap within {STARTUP_TIMEOUT_S} s ({last}).\n"
                    f"--- {self.log_path} (tail) ---\n{_log_tail(self.log_path)}")
            time.sleep(0.2)

    def stop(self):
        if self.proc is not None:
            _stop(self.proc)

    def restart(self):
        self.stop()
        try:
            self.start()
        except RuntimeError:
            # The old port may still be held; take another one.
            self.stop()
            self.port = _free_port()
            self.start()

    def exited(self):
        return self.proc is None or self.proc.poll() is not None

    def probe(self):
        """None when the process runs and answers GET /dang-nhap with 200, else why not."""
        if self.exited():
            return f"process exited with code {self.proc.returncode}"
        try:
            r = self._probe.get(self.base_url + "/dang-nhap", timeout=PROBE_TIMEOUT_S)
        except requests.RequestException as e:
            return f"GET /dang-nhap failed: {type(e).__name__}"
        if r.status_code != 200:
            return f"GET /dang-nhap answered {r.status_code}"
        return None

    def log_size(self):
        try:
            return os.path.getsize(self.log_path)
        except OSError:
            return 0

    def log_since(self, offset, max_chars=4000):
        try:
            with open(self.log_path, "rb") as f:
                f.seek(offset)
                return f.read(max_chars * 4).decode("utf-8", "replace")
        except OSError:
            return ""

    def routes(self):
        """The route table from `thidua routes --json` (run with its own scratch data directory)."""
        scratch = self.work_dir / "routes-scratch"
        scratch.mkdir(exist_ok=True)
        env = dict(self.env, THIDUA_DATA_DIR=str(scratch))
        out = subprocess.run([self.binary, "routes", "--json"], env=env, cwd=str(scratch),
                             stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"`thidua routes --json` exited with {out.returncode}:\n"
                               f"{out.stderr.decode('utf-8', 'replace')[-3000:]}")
        table = json.loads(out.stdout)
        return [Route(r["method"].upper(), r["path"]) for r in table]


def fatal_excerpt(log_text, max_lines=14):
    """(signature, excerpt) of a crash log. The signature names the trap and the first frame in our
    sources, e.g. `arithmetic overflow at Sources/ThiDuaWeb/Views/Blocs/BlocShow.swift:91:81` or the
    Swift `…swift:40: Fatal error: …` line; the excerpt adds the frames that name our sources."""
    lines = log_text.splitlines()
    message = None
    for line in lines:
        m = re.search(r"(\S+\.swift:\d+: )?Fatal error: .*", line)
        if m:
            message = m.group(0).strip()
            break
        m = re.search(r"Swift runtime failure: ([^\n]*?) in \S+ at", line)
        if m:
            message = m.group(1).strip()
            break
    frames = []
    for line in lines:
        m = re.search(r"(Sources/(?:ThiDua|thidua)\w*/[^ ]*\.swift:\d+(?::\d+)?)", line)
        if m and "/.build/" not in line:
            func = re.sub(r"^\s*\d+\s+(\[\w+\]\s+)*(\[\w+\]\s+)?0x[0-9a-f]+\s+", "", line).split(" in ")[0]
            frames.append(f"{m.group(1)}  ({func.strip()[:120]})")
    if message is None:
        m = next((x for x in lines if "Signal" in x or "Illegal instruction" in x or "panic" in x.lower()), None)
        message = m.strip() if m else "process exited (no Fatal error line in the log)"
    signature = message
    if frames and "Fatal error" not in message.split(":")[0:3] and not re.match(r"\S+\.swift:\d+", message):
        signature = f"{message} at {frames[0].split('  ')[0]}"
    seen = []
    for f in frames:
        if f not in seen:
            seen.append(f)
    excerpt = [message] + ["  " + f for f in seen[: max_lines - 1]]
    if not frames:
        excerpt += [x.strip()[:300] for x in lines[-6:]]
    return signature, "\n".join(x[:400] for x in excerpt)


# --- routes -------------------------------------------------------------------------------------------


class Route:
    def __init__(self, method, path):
        self.method = method
        self.path = path
        self.segments = [s for s in path.split("/") if s]
        self.params = [s[1:] for s in self.segments if s.startswith(":")]
        pattern = ""
        for s in self.segments:
            if s.startswith(":"):
                pattern += "/([^/?#]+)"
            elif s in ("*", "**"):
                pattern += "/(?:.*)"
            else:
                pattern += "/" + re.escape(s)
        self.regex = re.compile("^" + (pattern or "/") + "$")

    @property
    def is_api(self):
        return self.path.startswith("/api/")

    def match(self, path):
        m = self.regex.match(path)
        if not m:
            return None
        return dict(zip(self.params, (urllib.parse.unquote(v) for v in m.groups())))

    def fill(self, values):
        """The path with each :param replaced by values[param] (already percent-encoded)."""
        out = []
        for s in self.segments:
            out.append(values[s[1:]] if s.startswith(":") else s)
        return "/" + "/".join(out)

    def openapi_path(self):
        return re.sub(r":(\w+)", r"{\1}", self.path[len("/api/v1"):]) if self.is_api else None

    def __repr__(self):
        return f"{self.method} {self.path}"


def match_route(routes, method, path):
    """The most specific route (fewest parameters) of that method that matches path, with its values."""
    best = None
    for r in routes:
        if r.method != method:
            continue
        values = r.match(path)
        if values is not None and (best is None or len(r.params) < len(best[0].params)):
            best = (r, values)
    return best


# --- hostile values -----------------------------------------------------------------------------------


class HV:
    """A hostile value: `text` for JSON (None when it is not text, e.g. invalid UTF-8), `enc` for a URL
    or a form body, already percent-encoded (so invalid UTF-8 escapes reach the server as they are)."""

    def __init__(self, label, text=None, enc=None):
        self.label = label
        self.text = text
        self.enc = enc if enc is not None else urllib.parse.quote(text, safe="")

    def __repr__(self):
        return self.label


LONG_URL = 60_000    # reaches the app: NIO's HTTP parser drops a request whose head passes 80 KiB
LONG_BODY = 100_000

INT64_MAX = "9223372036854775807"
INT64_MIN = "-9223372036854775808"

NUMERIC_VALUES = [
    HV("INT64_MAX", INT64_MAX),
    HV("INT64_MIN", INT64_MIN),
    HV("INT64_MAX+1", "9223372036854775808"),
    HV("10^23", "99999999999999999999999"),
    HV("-1", "-1"),
    HV("0", "0"),
    HV("INT32_MAX+1", "2147483648"),
    HV("1e309", "1e309"),
    HV("NaN", "NaN"),
]

TEXT_VALUES = [
    HV("empty", ""),
    HV("long60k", "A" * LONG_URL),
    HV("control-chars", "\x01\x07\x08\x1b[2J\r\n\t\x7f"),
    HV("%00", "\x00"),
    HV("%ff%fe", None, "%ff%fe"),
    HV("overlong-utf8 %c0%af", None, "%c0%af"),
    HV("lone-surrogate %ed%a0%80", None, "%ed%a0%80"),
    HV("RTL-override", "\u202eabc\u202c"),
    HV("combining", "e\u0301\u0302\u0303\u0323" * 50 + "\u200b\ufeff"),
    HV("..%2f", "../../../etc/passwd"),
    HV("sql", "' OR '1'='1'; --"),
    HV("html", "<script>alert(1)</script>"),
    HV("date-2024-02-30", "2024-02-30"),
    HV("date-99999-12-31", "99999-12-31"),
    HV("bool-true", "true"),
]

# Values for query parameters, forms (all fields at once) and path parameters.
ALL_VALUES = NUMERIC_VALUES + TEXT_VALUES
# Numbers only: for one field at a time (number, year, date, hidden and select fields).
FIELD_VALUES = [NUMERIC_VALUES[i] for i in (0, 1, 3, 4)] + [HV("long60k", "9" * LONG_URL)]


def path_values(real, other_kind):
    """Hostile values for one path parameter (percent-encoded single segments)."""
    out = [
        HV("non-uuid", "not-a-uuid"),
        HV("long60k", "A" * LONG_URL),
        HV("%00", "\x00"),
        HV("..%2f", "..%2f..%2fetc%2fpasswd", "..%2f..%2fetc%2fpasswd"),
        HV("%2e%2e", None, "%2e%2e"),
        HV("INT64_MAX", INT64_MAX),
        HV("-1", "-1"),
        HV("%ff%fe", None, "%ff%fe"),
        HV("RTL-override", "\u202eabc"),
        HV("nil-uuid", "00000000-0000-0000-0000-000000000000"),
        HV("unknown-uuid", str(uuid.UUID(int=0x1234_5678_9abc_4def_8123_456789abcdef))),
    ]
    if real:
        out.append(HV("uppercase-real-id", real.upper()))
        out.append(HV("real-id+%0a", real + "\n"))
    if other_kind:
        out.append(HV("id-of-another-kind", other_kind))
    return out


# --- HTML harvesting ----------------------------------------------------------------------------------


class Field:
    def __init__(self, name, kind, value="", options=None):
        self.name = name
        self.kind = kind          # input type, "select" or "textarea"
        self.value = value or ""
        self.options = options or []

    def __repr__(self):
        return f"{self.name}:{self.kind}"


class Form:
    def __init__(self, method, action, enctype, page):
        self.method = method
        self.action = action
        self.enctype = enctype
        self.page = page
        self.fields = []
        self.route = None

    def names(self):
        return [f.name for f in self.fields]

    def key(self):
        return (self.method, self.route.path if self.route else self.action, tuple(sorted(set(self.names()))))


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = Form((a.get("method") or "get").upper(), a.get("action") or "",
                              (a.get("enctype") or "application/x-www-form-urlencoded").lower(), None)
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                # Radio buttons of one name: keep one field, with every value as an option.
                for f in self._form.fields:
                    if f.name == a["name"] and f.kind == kind:
                        f.options.append(a.get("value") or "on")
                        if "checked" in a:
                            f.value = a.get("value") or "on"
                        return
                self._form.fields.append(Field(a["name"], kind, (a.get("value") or "on") if "checked" in a else "",
                                               [a.get("value") or "on"]))
            elif kind not in ("submit", "button", "reset", "image"):
                self._form.fields.append(Field(a["name"], kind, a.get("value") or ""))
        elif tag == "select" and a.get("name"):
            self._select = Field(a["name"], "select")
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            v = a.get("value")
            self._select.options.append(v if v is not None else "")
            if "selected" in a:
                self._select.value = v or ""
        elif tag == "textarea" and a.get("name"):
            self._textarea = Field(a["name"], "textarea")
            self._form.fields.append(self._textarea)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data


def parse_page(text):
    p = _PageParser()
    p.feed(text)
    return p.links, p.forms


def csrf_of(text):
    m = re.search(r'name="_csrf" value="([^"]*)"', text)
    return html.unescape(m.group(1)) if m else None


# --- clients ----------------------------------------------------------------------------------------


class Client:
    """One demo account: a browser-like session (cookie and _csrf) and an API bearer token."""

    def __init__(self, server, username):
        self.server = server
        self.username = username
        self.http = _session()
        self.csrf = None
        self.token = None

    def sign_in(self):
        base = self.server.base_url
        self.http.cookies.clear()
        r = self.http.get(base + "/dang-nhap", timeout=REQUEST_TIMEOUT_S)
        csrf = csrf_of(r.text)
        r = self.http.post(base + "/dang-nhap", timeout=REQUEST_TIMEOUT_S, allow_redirects=False,
                           data={"username": self.username, "password": DEMO_PASSWORD, "_csrf": csrf})
        if r.status_code not in (302, 303):
            raise RuntimeError(f"sign-in of {self.username} answered {r.status_code}: {r.text[:300]}")
        r = self.http.get(base + "/", timeout=REQUEST_TIMEOUT_S)
        self.csrf = csrf_of(r.text)
        if not self.csrf:
            raise RuntimeError(f"no _csrf on / after the sign-in of {self.username}")
        r = self.http.post(base + "/api/v1/auth/login", json={"username": self.username, "password": DEMO_PASSWORD},
                           timeout=REQUEST_TIMEOUT_S)
        if r.status_code != 200:
            raise RuntimeError(f"API sign-in of {self.username} answered {r.status_code}: {r.text[:300]}")
        self.token = r.json()["token"]

    def signed_in(self):
        """True when the session still opens / (not sent to /dang-nhap) and the token still works."""
        base = self.server.base_url
        try:
            r = self.http.get(base + "/", timeout=REQUEST_TIMEOUT_S, allow_redirects=False)
            if r.status_code != 200:
                return False
            r = self.http.get(base + "/api/v1/me", headers={"Authorization": "Bearer " + self.token},
                              timeout=REQUEST_TIMEOUT_S)
            return r.status_code == 200
        except requests.RequestException:
            return False

    def api_get(self, path):
        r = self.http.get(self.server.base_url + "/api/v1" + path, timeout=REQUEST_TIMEOUT_S,
                          headers={"Authorization": "Bearer " + self.token})
        return r.status_code, (r.json() if r.content and "json" in r.headers.get("content-type", "") else None)


# --- the fuzzer ------------------------------------------------------------------------------------


def _short(value, limit=120):
    s = value if isinstance(value, str) else repr(value)
    if len(s) > limit:
        s = s[:limit] + f"…({len(s)} chars)"
    return s


class Fuzzer:
    """Sends requests, checks after each one that the server answered below 500 and still runs and answers
    GET /dang-nhap, records every failure, and restarts a server that died.

    A crash costs ~12 s on a debug build (the Swift backtracer symbolicates before the process exits), so
    a request whose (route, parameter) has already crashed the server twice is not sent again: the other
    values of that parameter would only repeat the finding."""

    CRASHES_PER_KEY = 2
    CRASHES_PER_ROUTE = 6

    def __init__(self, server, clients, max_requests, time_budget_s, max_restarts=60):
        self.server = server
        self.clients = clients        # name -> Client, signed in again after a restart when needed
        self.max_requests = max_requests
        self.deadline = time.monotonic() + time_budget_s
        self.max_restarts = max_restarts
        self.requests = 0
        self.restarts = 0
        self.failures = []
        self.skipped = 0              # not sent: budget spent
        self.skipped_known = 0        # not sent: that parameter of that route already crashed the server
        self.crash_counts = collections.Counter()
        self.failed = set()           # (who, route, detail, path) of the failures: not sent twice
        self.status_counts = collections.Counter()
        self.anon = _session()
        self.xff_counter = 0

    def budget_left(self):
        return self.requests < self.max_requests and time.monotonic() < self.deadline \
            and self.restarts < self.max_restarts

    def next_forwarded_for(self):
        self.xff_counter += 1
        n = self.xff_counter
        return f"198.18.{(n // 250) % 250}.{n % 250 + 1}"

    def send(self, who, method, route, path, *, query=None, body=None, content_type=None, headers=None,
             auth="session", detail="", expect_drop=False):
        """Send one request and check the server. `path` is percent-encoded; `query` is a list of
        (name, encoded value); `body` bytes. Returns the status, or None when there was no answer."""
        crash_key = (route, detail.rsplit("=", 1)[0])
        if self.crash_counts[crash_key] >= self.CRASHES_PER_KEY or \
                self.crash_counts[(route, None)] >= self.CRASHES_PER_ROUTE or \
                (who, route, detail, _short(path, 160)) in self.failed:
            self.skipped_known += 1
            return None
        if not self.budget_left():
            self.skipped += 1
            return None
        client = self.clients.get(who) if who else None
        session = client.http if (client and auth == "session") else self.anon
        hdrs = dict(headers or {})
        if content_type:
            hdrs["Content-Type"] = content_type
        if auth == "token" and client:
            hdrs["Authorization"] = "Bearer " + client.token
        url = self.server.base_url + path
        if query:
            url += "?" + "&".join(f"{urllib.parse.quote(k, safe='')}={v}" for k, v in query)
        log_offset = self.server.log_size()
        self.requests += 1
        status, text, error, location = None, "", None, ""
        try:
            r = session.request(method, url, data=body, headers=hdrs, timeout=REQUEST_TIMEOUT_S,
                                allow_redirects=False)
            status = r.status_code
            text = r.text[:300]
            location = r.headers.get("Location", "")
        except requests.Timeout:
            error = "timeout"
        except requests.RequestException as e:
            error = f"no answer ({type(e).__name__})"
        self.status_counts[str(status or error.split(" ")[0])] += 1

        record = dict(who=who or "not signed in", method=method, route=route, url=_short(path, 160), detail=detail,
                      query=_short("&".join(f"{k}={v}" for k, v in (query or [])), 200),
                      body=_short(body.decode("utf-8", "replace") if isinstance(body, bytes) else (body or ""), 200),
                      status=status, text=text)
        n_failures = len(self.failures)
        try:
            return self._check(record, client, auth, status, error, location, log_offset, crash_key, expect_drop)
        finally:
            if len(self.failures) > n_failures:
                self.failed.add((who, route, detail, _short(path, 160)))

    def _check(self, record, client, auth, status, error, location, log_offset, crash_key, expect_drop):
        route = record["route"]
        problem = self.server.probe()
        if problem is not None:
            # Give a dying process time to exit (the backtracer runs first), so a crash is told from a hang.
            for _ in range(300):
                if self.server.exited():
                    break
                time.sleep(0.1)
            problem = self.server.probe()
        if problem is not None or error == "timeout":
            kind = "crash" if self.server.exited() else ("timeout" if error == "timeout" else "hang")
            if kind != "crash":
                self.server.stop()  # frees the CPU a runaway handler holds, and writes the log
            signature, excerpt = fatal_excerpt(self.server.log_since(log_offset, 200_000))
            if kind != "crash":
                signature, excerpt = f"{kind} ({problem or error})", excerpt
            record.update(kind=kind, status=status or error, problem=problem, signature=signature,
                          log=excerpt, log_file=str(self.server.log_path))
            self.failures.append(record)
            self.crash_counts[crash_key] += 1
            self.crash_counts[(route, None)] += 1
            self._recover()
            return status
        if error is not None and not expect_drop:
            record.update(kind="no-answer", status=error, signature=error,
                          log=self.server.log_since(log_offset)[:600])
            self.failures.append(record)
        elif status is not None and status >= 500:
            log = self.server.log_since(log_offset)
            err = next((x for x in log.splitlines() if " error " in x or "Error" in x), log[:300])
            err = re.sub(r"^\S+ \w+ [\w.]+: (request-id=\S+ )?", "", err.strip())
            record.update(kind="5xx", signature=f"{status}: {err[:300]}", log=err[:600])
            self.failures.append(record)
        elif client and auth == "session" and status in (302, 303) and "/dang-nhap" in location \
                and route != "POST /dang-xuat":
            # The session was lost (signed out, or the account deactivated): sign in again.
            self._resign(client)
        return status

    def _recover(self):
        self.restarts += 1
        self.server.restart()
        for c in self.clients.values():
            if c.token is not None and not c.signed_in():
                self._resign(c)

    def _resign(self, client):
        try:
            client.sign_in()
        except Exception as e:  # noqa: BLE001 (reported, not fatal)
            self.failures.append(dict(kind="sign-in-again", who=client.username, method="POST",
                                      route="POST /dang-nhap", url="/dang-nhap", detail=str(e)[:300],
                                      signature="could not sign in again", query="", body="", status=None,
                                      text="", log=""))

    def report(self, max_requests_per_group=12):
        """All failures, grouped: crashes by their trap (file:line), 5xx by route and error."""
        groups = collections.OrderedDict()
        order = {"crash": 0, "hang": 1, "timeout": 2, "no-answer": 3, "5xx": 4}
        for f in sorted(self.failures, key=lambda f: (order.get(f["kind"], 9), f.get("signature", ""), f["route"])):
            key = (f["kind"], f.get("signature", "")) if f["kind"] == "crash" else \
                (f["kind"], f["route"], f.get("signature", ""))
            groups.setdefault(key, []).append(f)
        out = []
        for n, (key, fs) in enumerate(groups.items(), 1):
            f = fs[0]
            if f["kind"] == "crash":
                routes = sorted({g["route"] for g in fs})
                out.append(f"{n}. [server exit] {f['signature']}")
                out.append(f"   {len(fs)} request(s) on {len(routes)} route(s): {', '.join(routes)}")
            else:
                out.append(f"{n}. [{f['kind']}] {f['route']} -> {f['status']}: {f.get('signature', '')}")
                out.append(f"   {len(fs)} request(s)")
            for g in fs[:max_requests_per_group]:
                where = g["url"] + (("?" + g["query"]) if g["query"] else "")
                line = f"   - {g['route']} as {g['who']}: {g['detail']}  [{_short(where, 140)}]"
                if g["body"] and not g["query"]:
                    line += f" body={_short(g['body'], 160)}"
                out.append(line)
            if len(fs) > max_requests_per_group:
                out.append(f"   - … and {len(fs) - max_requests_per_group} more")
            if f.get("text") and f["kind"] != "crash":
                out.append(f"   answer: {_short(f['text'].strip(), 300)}")
            if f.get("log"):
                out.append("   log: " + f["log"].strip().replace("\n", "\n        ")[:1800])
            if f.get("log_file"):
                out.append(f"   log file: {f['log_file']}")
        return "\n".join(out)
