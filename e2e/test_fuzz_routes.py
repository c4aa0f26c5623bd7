"""Fuzz every route of `thidua routes --json` with extreme and malformed values (issue 9, item 2).

No value of any parameter may stop the server or make it answer 5xx: page and per-page numbers, years,
ids, lengths and sizes, in the query, the path, a form or a JSON body. The test starts its own
`thidua serve --demo` (fuzz_support.FuzzServer: its own data directory and port, never the shared
`server` fixture), signs in as admin (and as canbo01, a unit officer, for a subset), harvests real ids,
GET parameter names and POST forms from the pages, and then sends, route by route:

  * path parameters: real ids, ids of another kind, non-UUIDs, 60 000 characters, %00, ..%2f, %ff%fe,
    INT64_MAX, -1, U+202E;
  * query parameters (the names the pages and the OpenAPI document use, one at a time, and the names
    the app commonly reads, all at once): INT64_MIN/MAX and beyond, 10^23, -1, 0, 1e309, NaN, '',
    60 000 characters, control characters, invalid UTF-8 escapes, U+202E, impossible dates;
  * every harvested HTML form (with a valid _csrf): all fields at once, then the numeric ones one at a
    time, repeated fields, missing fields; the import form with hostile CSV and .xlsx files;
  * every JSON API operation that takes a body: each property with extreme values of its type and of
    other types, and malformed JSON;
  * the sign-in forms, cookies, bearer tokens and X-Forwarded-For; sign-out last.

After each request it checks that the answer is below 500 and that the process still runs and answers
GET /dang-nhap; a process that died is started again on the same data, so one trap does not hide the
next. All failures are reported at the end, grouped, with the server log's `Fatal error` lines.

Bounded: about 5 800 requests, ~5 minutes on a debug build when no request stops the server (each
stop costs ~12 s: the Swift backtracer symbolicates before the process exits); hard limits
THIDUA_FUZZ_MAX_REQUESTS (default 8000) and THIDUA_FUZZ_TIME_BUDGET_S (default 900 s), past which
the rest is not sent and a warning says so. The grouped report is also written to fuzz-report.txt in
the test's temporary directory.

Run alone: THIDUA_BIN=.build/debug/thidua python3 -m pytest -q -p no:cacheprovider e2e/test_fuzz_routes.py
"""

import collections
import html
import json
import os
import re
import time
import urllib.parse
import warnings

import pytest
import urllib3

from fuzz_support import (
    ALL_VALUES, FIELD_VALUES, HV, INT64_MAX, INT64_MIN, LONG_BODY, NUMERIC_VALUES, UUID_RE,
    Client, Form, Field, Fuzzer, FuzzServer, match_route, parse_page, path_values,
)

MAX_REQUESTS = int(os.environ.get("THIDUA_FUZZ_MAX_REQUESTS", "8000"))
TIME_BUDGET_S = float(os.environ.get("THIDUA_FUZZ_TIME_BUDGET_S", "900"))

# Query names the app commonly reads (see the issue), sent all at once on every GET route.
COMMON_QUERY = ["page", "trang", "per", "q", "tim", "nam", "year", "ma", "unit", "don_vi", "don-vi", "bloc", "khoi", "kind",
                "next", "quay-ve", "status", "trang-thai", "pham-vi", "loai", "entity", "actor", "nguoi-thuc-hien",
                "dinh-dang", "code",
                "scope", "activeOnly", "from", "to"]
# With ~25 names in one URL, a long value must stay well under NIO's 80 KiB limit for a request head.
COMBINED_VALUES = [v for v in ALL_VALUES if v.label in ("INT64_MAX", "INT64_MIN", "10^23", "-1", "1e309", "empty",
                                                        "control-chars", "%ff%fe", "RTL-override")] \
    + [HV("long2k", "A" * 2000)]
# One query parameter at a time.
QUERY_VALUES = NUMERIC_VALUES + [v for v in ALL_VALUES if v.label in (
    "empty", "long60k", "control-chars", "%00", "%ff%fe", "RTL-override", "date-99999-12-31", "date-2024-02-30")]
# All fields of a form at once.
FORM_VALUES = [v for v in ALL_VALUES if v.label in (
    "INT64_MAX", "INT64_MIN", "INT64_MAX+1", "10^23", "-1", "0", "1e309", "NaN", "empty", "long60k",
    "control-chars", "%ff%fe", "RTL-override", "date-99999-12-31", "date-2024-02-30")]
ANON_VALUES = [HV("INT64_MAX", INT64_MAX), HV("long2k", "\u202e" + "A" * 2000)]
OFFICER_VALUES = [NUMERIC_VALUES[i] for i in (0, 1, 3, 4)] + [HV("long2k", "A" * 2000)]
PATH_VALUES_NON_GET = ("non-uuid", "long60k", "%00", "INT64_MAX", "-1", "id-of-another-kind", "%ff%fe")

# A field worth fuzzing on its own with numbers: its type, or its name says it holds a number or a date.
NUMERIC_FIELD = re.compile(r"(^|[^a-z])(version|year|nam|from|to|on|day|month|percent|birth|page|per|so|"
                           r"thang|ngay)|Year|Day|Month|Percent|Date|From|To$", re.I)
DESTRUCTIVE = re.compile(r"(ngung-hoat-dong|giai-the|/xoa$|/rut$|khoi-phuc|ngung-theo-doi|chuyen-don-vi|trang-thai|"
                         r"deactivate|/withdraw$|/restore$|/move$|/status$|khoa-dang-nhap)")
# Pages not crawled for links (downloads), though fuzzed like any route.
NOT_CRAWLED = re.compile(r"(\.xlsx|\.docx|\.css|\.xml)$|^/xuat-du-lieu/|^/tep-mau/|^/api/")

# Forms that the demo data does not show (no open registration, no pending bulletin, no sign-in lock,
# no pact to sign): their fields, from the views, so that the routes are still fuzzed with real names.
FALLBACK_FORMS = {
    "/phong-trao/:movementID/dang-ky": [("version", "hidden", "0"), ("unitID", "hidden", "@unitID"),
                                        ("collective", "checkbox", "TTLDTT"), ("p-@personID", "checkbox", "LDTT")],
    "/khoi-thi-dua/:blocID/giao-uoc/ky": [("year", "hidden", "2026"), ("unitID", "hidden", "@unitID"),
                                          ("signedBy", "text", "Nguyễn Văn Fuzz")],
    "/phong-trao/:movementID/duyet-ban-tin": [("version", "hidden", "1")],
    "/cai-dat/khoa-dang-nhap": [("username", "hidden", "fuzz-nobody")],
}
GENERIC_FIELDS = ["version", "year", "nam", "on", "status", "unitID", "code", "name"]


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    srv = FuzzServer(tmp_path_factory.mktemp("fuzz-routes"))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


# --- harvesting ---------------------------------------------------------------------------------


class Harvest:
    """What the pages of one account show: real parameter values, GET parameter names, POST forms."""

    def __init__(self):
        self.values = collections.defaultdict(list)   # param name -> real values, in the order found
        self.instances = {}                           # route path -> a real param dict for it
        self.combos = []                              # every real param dict found
        self.query_names = collections.defaultdict(set)
        self.forms = {}                               # Form.key() -> Form
        self.fallback = None                          # another Harvest, for the routes this one lacks

    def add_params(self, route, params):
        for k, v in params.items():
            if v not in self.values[k]:
                self.values[k].append(v)
        if params:
            self.instances.setdefault(route.path, params)
            if params not in self.combos:
                self.combos.append(params)

    def real(self, route):
        """Real values for every parameter of route, consistent with each other where possible."""
        if self.fallback is not None and not (route.path in self.instances
                                              or any(set(route.params) <= set(c) for c in self.combos)):
            return self.fallback.real(route)
        if route.path in self.instances:
            return dict(self.instances[route.path])
        for combo in self.combos:
            if set(route.params) <= set(combo):
                return {p: combo[p] for p in route.params}
        out = {}
        for p in route.params:
            vals = self.values.get(p)
            out[p] = vals[0] if vals else "00000000-0000-4000-8000-000000000000"
        return out

    def other_kind(self, param):
        for k, vals in self.values.items():
            if k != param and vals and UUID_RE.match(vals[0]):
                return vals[0]
        return None


def crawl(client, routes, harvest, max_pages=220, per_route=3):
    base = client.server.base_url
    html_get = [r for r in routes if r.method == "GET" and not r.is_api]
    queue = collections.deque(r.path for r in html_get if not r.params and not NOT_CRAWLED.search(r.path))
    seen_routes = collections.Counter()
    visited = set()
    while queue and len(visited) < max_pages:
        path = queue.popleft()
        if path in visited:
            continue
        m = match_route(routes, "GET", path)
        if not m or seen_routes[m[0].path] >= per_route or NOT_CRAWLED.search(path):
            continue
        seen_routes[m[0].path] += 1
        visited.add(path)
        r = client.http.get(base + path, timeout=30, allow_redirects=False)
        if r.status_code != 200 or "html" not in r.headers.get("content-type", ""):
            continue
        links, forms = parse_page(r.text)
        for link in links:
            u = urllib.parse.urlsplit(html_unescape(link))
            if u.netloc or not u.path.startswith("/"):
                continue
            mm = match_route(routes, "GET", u.path)
            if not mm:
                continue
            harvest.add_params(mm[0], mm[1])
            for k, _ in urllib.parse.parse_qsl(u.query, keep_blank_values=True):
                harvest.query_names[mm[0].path].add(k)
            queue.append(u.path)
        for f in forms:
            action = urllib.parse.urlsplit(html_unescape(f.action) or path).path
            mm = match_route(routes, f.method, action)
            if not mm:
                continue
            f.route, f.action, f.page = mm[0], action, path
            harvest.add_params(mm[0], mm[1])
            if f.method == "GET":
                harvest.query_names[mm[0].path].update(n for n in f.names() if n != "_csrf")
            else:
                harvest.forms.setdefault(f.key(), f)
    return len(visited)


def html_unescape(s):
    return html.unescape(s or "")


def harvest_api(client, harvest, routes):
    """Ids the pages may not show (history entries, memberships) from the API."""
    for path, key, param in (("/units?per=100", "items", "unitID"), ("/people?per=100", "items", "personID"),
                             ("/blocs?per=100", "items", "blocID"), ("/movements", None, "movementID")):
        status, body = client.api_get(path)
        if status != 200 or body is None:
            continue
        items = body[key] if key else body
        for it in items[:30]:
            ident = (it.get("person") or it).get("id")
            if ident and ident not in harvest.values[param]:
                harvest.values[param].append(ident)


# --- building requests -----------------------------------------------------------------------------


def real_encoded(harvest, route):
    return {k: urllib.parse.quote(v, safe="") for k, v in harvest.real(route).items()}


def default_value(field, counter):
    """A plausible value for a field, so that only the fuzzed field is wrong."""
    name = field.name
    if field.value:
        return field.value
    if field.kind in ("select", "checkbox", "radio"):
        opts = [o for o in field.options if o]
        return opts[0] if opts else ""
    if field.kind == "date":
        return "2026-01-15"
    if re.search(r"year|nam|from|to", name, re.I) and field.kind in ("number", "text", "hidden"):
        return "1990" if "birth" in name.lower() else "2026"
    if field.kind == "number":
        return "10"
    if re.search(r"date|On$|^on$", name):
        return "15/01/2026"
    if name.lower() in ("code", "ma"):
        return f"FZ{counter:04d}"
    if field.kind == "textarea":
        return "Nội dung thử"
    return "Giá trị thử"


def form_body(pairs):
    """x-www-form-urlencoded body from (name, already encoded value) pairs."""
    return "&".join(f"{urllib.parse.quote(n, safe='')}={v}" for n, v in pairs).encode("ascii")


class RawJSON:
    """A JSON literal sent as it is (numbers beyond Int64 or Double, malformed text)."""

    def __init__(self, text):
        self.text = text


def dump_json(obj):
    raws = []

    def walk(o):
        if isinstance(o, RawJSON):
            raws.append(o.text)
            return f"\u0000RAW{len(raws) - 1}\u0000"
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v) for v in o]
        return o

    text = json.dumps(walk(obj), ensure_ascii=False)
    for i, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\u0000RAW{i}\u0000"), raw)
    return text.encode("utf-8")


def resolve(doc, schema):
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        ref = schema["$ref"].lstrip("#/").split("/")
        schema = doc
        for part in ref:
            schema = schema[part]
        seen += 1
    return schema or {}


ID_PARAM_FOR_PROPERTY = {
    "unitID": "unitID", "parentID": "unitID", "toUnitID": "unitID", "personID": "personID",
    "blocID": "blocID", "scopeID": "blocID", "anniversaryID": "anniversaryID", "movementID": "movementID",
}


def example(doc, schema, harvest, name="", depth=0):
    """A plausible JSON value for schema (the property called name)."""
    schema = resolve(doc, schema)
    if depth > 6:
        return None
    if "enum" in schema:
        return schema["enum"][0]
    t = schema.get("type")
    fmt = schema.get("format")
    if t == "object" or "properties" in schema:
        return {k: example(doc, s, harvest, k, depth + 1) for k, s in schema.get("properties", {}).items()}
    if t == "array":
        return [example(doc, schema.get("items", {}), harvest, name, depth + 1)]
    if t == "integer":
        low = name.lower()
        if "year" in low:
            return 1990 if "birth" in low else 2026
        if "month" in low:
            return 12
        if "day" in low:
            return 31
        if "percent" in low:
            return 15
        return 1
    if t == "number":
        return 1.5
    if t == "boolean":
        return False
    if fmt == "uuid" or name in ID_PARAM_FOR_PROPERTY:
        vals = harvest.values.get(ID_PARAM_FOR_PROPERTY.get(name, ""), [])
        return vals[0] if vals else "00000000-0000-4000-8000-000000000000"
    if fmt == "date":
        return "2026-01-15"
    if name.lower() == "code":
        return "FZJ01"
    return "Giá trị thử"


def json_values_for(doc, schema, harvest, name):
    """Hostile replacements for one JSON property, by the type the schema gives it."""
    schema = resolve(doc, schema)
    t = schema.get("type")
    fmt = schema.get("format")
    long_text = "Ệ" * LONG_BODY
    if "enum" in schema:
        return [("bogus-enum", "khong-co"), ("long100k", long_text), ("number", 1)]
    if t == "integer" or t == "number":
        return [("INT64_MAX", RawJSON(INT64_MAX)), ("INT64_MIN", RawJSON(INT64_MIN)),
                ("INT64_MAX+1", RawJSON("9223372036854775808")), ("1e308", RawJSON("1e308")),
                ("-1", -1), ("0", 0), ("1e400", RawJSON("1e400")), ("string", INT64_MAX), ("null", None)]
    if t == "boolean":
        return [("string", "true"), ("number", 2), ("null", None)]
    if t == "array":
        item = example(doc, schema.get("items", {}), harvest, name)
        return [("empty", []), ("10000-items", [item] * 10000), ("nested-500", RawJSON("[" * 500 + "]" * 500)),
                ("string", "x"), ("null", None), ("object", {})]
    if t == "object" or "properties" in schema:
        return [("array", []), ("string", "x"), ("empty-object", {}), ("null", None)]
    if fmt == "uuid" or name in ID_PARAM_FOR_PROPERTY:
        return [("non-uuid", "not-a-uuid"), ("nil-uuid", "00000000-0000-0000-0000-000000000000"),
                ("id-of-another-kind", (harvest.values.get("movementID") or ["x"])[0]),
                ("INT64_MAX", RawJSON(INT64_MAX)), ("long100k", long_text)]
    if fmt == "date":
        return [("99999-12-31", "99999-12-31"), ("0000-00-00", "0000-00-00"), ("2024-02-30", "2024-02-30"),
                ("-9999-01-01", "-9999-01-01"), ("INT64_MAX", RawJSON(INT64_MAX)), ("long100k", long_text)]
    return [("long100k", long_text), ("empty", ""), ("control+RTL", "\x00\x01\x1b\u202e\ud7ff\r\n"),
            ("number", RawJSON(INT64_MAX)), ("null", None), ("array", [])]


MALFORMED_JSON = [
    ("empty-body", b""), ("open-brace", b"{"), ("truncated", b'{"version":'), ("array", b"[]"), ("null", b"null"),
    ("string", b'"x"'), ("number-1e999", b"1e999"), ("invalid-utf8", b'{"name":"\xff\xfe\xc0\xaf"}'),
    ("nested-100k", b"[" * 100_000 + b"]" * 100_000), ("nested-objects-20k", b'{"a":' * 20_000 + b"1" + b"}" * 20_000),
    ("duplicate-keys", b'{"version":1,"version":9223372036854775807,"year":1,"year":-9223372036854775808}'),
    ("NaN", b'{"version":NaN,"year":Infinity}'),
]


# --- the test ------------------------------------------------------------------------------------------


class Run:
    def __init__(self, server, routes, openapi):
        self.server = server
        self.routes = routes
        self.openapi = openapi
        self.admin = Client(server, "admin")
        self.officer = Client(server, "canbo01")
        self.clients = {"admin": self.admin, "canbo01": self.officer}
        self.fz = Fuzzer(server, self.clients, MAX_REQUESTS, TIME_BUDGET_S)
        self.harvest = {"admin": Harvest(), "canbo01": Harvest()}
        self.harvest["canbo01"].fallback = self.harvest["admin"]
        self.counter = 0
        self.reductions_left = 400

    # -- sending with reduction: all names at once, then one at a time when that failed --

    def send_set(self, names, value, send_one):
        """send_one(assigned_names) -> None. Sends all names = value; when that fails, each name alone."""
        before = len(self.fz.failures)
        send_one(names)
        if len(self.fz.failures) == before or len(names) <= 1 or self.reductions_left <= 0:
            return
        combined = self.fz.failures[before:]
        mark = len(self.fz.failures)
        for n in names:
            if self.reductions_left <= 0:
                break
            self.reductions_left -= 1
            send_one([n])
        if len(self.fz.failures) > mark:
            # The single-name requests explain it: drop the all-at-once record.
            for rec in combined:
                self.fz.failures.remove(rec)

    # -- requests --

    def auth_for(self, route, who):
        if who is None:
            return "none"
        return "token" if route.is_api else "session"

    def get(self, who, route, path_values, query, detail, **kw):
        path = route.fill(path_values)
        return self.fz.send(who, route.method, f"{route.method} {route.path}", path, query=query,
                            auth=self.auth_for(route, who), detail=detail, **kw)

    # -- phases --

    def phase_path(self, methods, destructive):
        for route in self.routes:
            if route.method not in methods or not route.params:
                continue
            if bool(DESTRUCTIVE.search(route.path) or route.method == "DELETE") != destructive:
                continue
            if route.path in ("/api/v1/auth/logout",):
                continue
            h = self.harvest["admin"]
            real = real_encoded(h, route)
            for p in route.params:
                values = path_values(h.real(route).get(p), h.other_kind(p))
                if route.method != "GET":
                    values = [v for v in values if v.label in PATH_VALUES_NON_GET]
                for v in values:
                    pv = dict(real, **{p: v.enc})
                    self.send_route(route, "admin", pv, detail=f"path {p}={v.label}")

    def send_route(self, route, who, path_values, detail, query=None):
        """One request on route with the body a plain request of that method needs."""
        if route.method == "GET":
            return self.get(who, route, path_values, query, detail)
        client = self.clients[who]
        path = route.fill(path_values)
        if route.is_api:
            body = dump_json(self.json_base(route, who) or {})
            return self.fz.send(who, route.method, f"{route.method} {route.path}", path, query=query, body=body,
                                content_type="application/json", auth="token", detail=detail)
        form = self.form_for(route, who)
        pairs = [("_csrf", urllib.parse.quote(client.csrf, safe=""))]
        if form:
            pairs += [(f.name, urllib.parse.quote(default_value(f, self.counter), safe="")) for f in form.fields
                      if f.name != "_csrf" and f.kind != "file"]
        return self.fz.send(who, "POST", f"POST {route.path}", path, query=query, body=form_body(pairs),
                            content_type="application/x-www-form-urlencoded", detail=detail)

    def phase_query(self, who, values_for_common, individual=True):
        h = self.harvest[who]
        for route in self.routes:
            if route.method != "GET" or route.path == "/api/v1/openapi.json" and who != "admin":
                continue
            real = real_encoded(h, route)
            names = set(h.query_names.get(route.path, ()))
            if route.is_api:
                op = self.operation(route)
                names |= {p["name"] for p in (op or {}).get("parameters", []) if p.get("in") == "query"}
            if individual:
                for name in sorted(names):
                    for v in QUERY_VALUES:
                        self.get(who, route, real, [(name, v.enc)], f"query {name}={v.label}")
            all_names = sorted(names | set(COMMON_QUERY))
            for v in values_for_common:
                self.send_set(all_names, v, lambda ns, v=v, route=route, real=real: self.get(
                    who, route, real, [(n, v.enc) for n in ns],
                    f"query {'+'.join(ns) if len(ns) < 4 else 'all %d names' % len(ns)}={v.label}"))

    def phase_forms(self, who, destructive, all_values, field_values, extras=True, fallback=True):
        h = self.harvest[who]
        forms = list(h.forms.values())
        covered = {f.route.path for f in forms}
        for route in self.routes:
            if fallback and route.method == "POST" and not route.is_api and route.path not in covered \
                    and route.path not in ("/dang-nhap", "/dang-xuat"):
                forms.append(self.fallback_form(route, who))
        for form in forms:
            route = form.route
            if route.path in ("/dang-nhap", "/dang-xuat"):
                continue
            if bool(DESTRUCTIVE.search(route.path)) != destructive:
                continue
            if form.enctype.startswith("multipart/"):
                self.fuzz_import(who, form)
                continue
            self.fuzz_form(who, form, all_values, field_values, extras)

    def form_for(self, route, who):
        for f in self.harvest[who].forms.values():
            if f.route.path == route.path:
                return f
        return self.fallback_form(route, who)

    def fallback_form(self, route, who):
        h = self.harvest[who]
        real = h.real(route)
        f = Form("POST", route.fill({k: urllib.parse.quote(v, safe="") for k, v in real.items()}),
                 "application/x-www-form-urlencoded", None)
        f.route = route
        spec = FALLBACK_FORMS.get(route.path) or [(n, "text", "") for n in GENERIC_FIELDS]
        for name, kind, value in spec:
            for param in ("unitID", "personID"):
                vals = h.values.get(param) or ["00000000-0000-4000-8000-000000000000"]
                name = name.replace("@" + param, vals[0])
                value = value.replace("@" + param, vals[0])
            f.fields.append(Field(name, kind, value))
        return f

    def fuzz_form(self, who, form, all_values, field_values, extras):
        route = form.route
        client = self.clients[who]
        fields = [f for f in form.fields if f.name != "_csrf" and f.kind != "file"]
        names = [f.name for f in fields]
        rkey = f"POST {route.path}"

        def send(assign, detail, extra_pairs=(), csrf=None):
            self.counter += 1
            pairs = [("_csrf", csrf if csrf is not None else urllib.parse.quote(client.csrf, safe=""))]
            for f in fields:
                if f.name in assign:
                    pairs.append((f.name, assign[f.name]))
                else:
                    pairs.append((f.name, urllib.parse.quote(default_value(f, self.counter), safe="")))
            pairs += list(extra_pairs)
            return self.fz.send(who, "POST", rkey, form.action, body=form_body(pairs),
                                content_type="application/x-www-form-urlencoded", detail=detail)

        send({}, "form as shown (defaults filled in)")
        for v in all_values:
            self.send_set(names, v, lambda ns, v=v: send({n: v.enc for n in ns},
                                                          f"form {'+'.join(ns) if len(ns) < 4 else 'all fields'}={v.label}"))
        for f in fields:
            if f.kind in ("number", "hidden", "date", "select", "checkbox", "radio") or NUMERIC_FIELD.search(f.name):
                for v in field_values:
                    send({f.name: v.enc}, f"form {f.name}={v.label}")
        if extras and fields:
            repeated = [(f.name, urllib.parse.quote(x, safe="")) for f in fields for x in (INT64_MAX, "-1", "")]
            send({}, "form: every field repeated (INT64_MAX, -1, '')", extra_pairs=repeated)
            self.fz.send(who, "POST", rkey, form.action, detail="form: only _csrf",
                         body=form_body([("_csrf", urllib.parse.quote(client.csrf, safe=""))]),
                         content_type="application/x-www-form-urlencoded")
            send({}, "form: _csrf of 60 000 characters", csrf="A" * 60_000)
            raw = ("_csrf=" + urllib.parse.quote(client.csrf, safe="") + "&%ff%fe=%ff&=&&==&%=%%&" +
                   "&".join(f"{urllib.parse.quote(f.name, safe='')}[]=%00" for f in fields)).encode("ascii")
            self.fz.send(who, "POST", rkey, form.action, body=raw, content_type="application/x-www-form-urlencoded",
                         detail="form: malformed names and escapes (%ff%fe=, =, %%, name[]=%00)")

    def fuzz_import(self, who, form):
        client = self.clients[who]
        kinds = next((f.options for f in form.fields if f.name == "kind"), []) or ["people"]
        base = self.server.base_url
        rkey = f"POST {form.route.path}"
        for kind in kinds:
            r = client.http.get(f"{base}/tep-mau/{urllib.parse.quote(kind)}?dinh-dang=csv", timeout=30)
            header = r.content if r.status_code == 200 else b"a,b,c\r\n"
            ncols = max(1, header.count(b",") + 1)
            xr = client.http.get(f"{base}/tep-mau/{urllib.parse.quote(kind)}?dinh-dang=xlsx", timeout=30)
            xlsx = xr.content if xr.status_code == 200 else b"PK\x03\x04"

            def row(cell):
                return b",".join([cell] * ncols) + b"\r\n"

            files = [
                ("csv all cells INT64_MAX", "a.csv", header + row(INT64_MAX.encode())),
                ("csv all cells INT64_MIN", "a.csv", header + row(INT64_MIN.encode())),
                ("csv all cells 10^23", "a.csv", header + row(b"99999999999999999999999")),
                ("csv all cells -1", "a.csv", header + row(b"-1")),
                ("csv all cells 1e309", "a.csv", header + row(b"1e309")),
                ("csv all cells 99999-12-31", "a.csv", header + row(b"99999-12-31")),
                ("csv all cells 100k chars", "a.csv", header + row(b'"' + b"A" * LONG_BODY + b'"')),
                ("csv control chars + RTL", "a.csv", header + row("\x01\x1b\u202e=cmd|' /C calc'!A0".encode())),
                ("csv invalid UTF-8", "a.csv", header + row(b"\xff\xfe\xc0\xaf")),
                ("csv unbalanced quote", "a.csv", header + b'"abc,def\r\n'),
                ("csv 20000 columns", "a.csv", header + b",".join([b"1"] * 20000) + b"\r\n"),
                ("csv 5000 rows INT64_MAX", "a.csv", header + row(INT64_MAX.encode()) * 5000),
                ("csv empty", "a.csv", b""),
                ("csv BOM only", "a.csv", b"\xef\xbb\xbf"),
                ("csv NUL bytes", "a.csv", b"\x00" * 1000),
                ("xlsx template as is", "a.xlsx", xlsx),
                ("xlsx truncated", "a.xlsx", xlsx[: len(xlsx) // 2]),
                ("xlsx zip header only", "a.xlsx", b"PK\x03\x04" + b"\x00" * 100),
                ("csv named .xlsx", "a.xlsx", header + row(INT64_MAX.encode())),
            ]
            for label, filename, content in files:
                for dry in (("true",), ()) if label.endswith("INT64_MAX") and "5000" not in label else (("true",),):
                    fields = [("_csrf", client.csrf), ("kind", kind), ("file", (filename, content, "application/octet-stream"))]
                    fields += [("dryRun", d) for d in dry]
                    body, ctype = urllib3.encode_multipart_formdata(fields)
                    self.fz.send(who, "POST", rkey, form.action, body=body, content_type=ctype,
                                 detail=f"import kind={kind}: {label}" + (" (dry run)" if dry else ""))
        # Hostile values in the other fields.
        for v in (HV("INT64_MAX", INT64_MAX), HV("long60k", "A" * 60_000), HV("%ff%fe", None, "%ff%fe")):
            text = v.text if v.text is not None else "\udcff"
            fields = [("_csrf", client.csrf), ("kind", text.encode("utf-8", "surrogateescape")),
                      ("file", ("a.csv", b"x\r\n", "text/csv")), ("dryRun", text.encode("utf-8", "surrogateescape"))]
            body, ctype = urllib3.encode_multipart_formdata(fields)
            self.fz.send(who, "POST", rkey, form.action, body=body, content_type=ctype,
                         detail=f"import kind=dryRun={v.label}")
        self.fz.send(who, "POST", rkey, form.action, body=b"--x\r\nbroken", detail="import: broken multipart",
                     content_type="multipart/form-data; boundary=x")
        self.fz.send(who, "POST", rkey, form.action, body=b"_csrf=" + client.csrf.encode(),
                     detail="import: url-encoded body", content_type="application/x-www-form-urlencoded")

    # -- JSON API --

    def operation(self, route):
        path = route.openapi_path()
        if not path:
            return None
        return self.openapi.get("paths", {}).get(path, {}).get(route.method.lower())

    def json_schema(self, route):
        op = self.operation(route) or {}
        schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        return resolve(self.openapi, schema) if schema else None

    def json_base(self, route, who):
        schema = self.json_schema(route)
        if not schema:
            return None
        body = example(self.openapi, schema, self.harvest[who])
        if isinstance(body, dict) and "version" in body:
            version = self.current_version(route, who)
            if version is not None:
                body["version"] = version
        return body

    def current_version(self, route, who):
        """The version of the resource a PUT or POST acts on, read with GET (the path, then its parent)."""
        client = self.clients[who]
        path = route.fill(real_encoded(self.harvest[who], route))[len("/api/v1"):]
        for candidate in (path, path.rsplit("/", 1)[0]):
            try:
                status, body = client.api_get(candidate)
            except Exception:  # noqa: BLE001
                continue
            if status == 200 and isinstance(body, dict):
                for obj in [body] + [v for v in body.values() if isinstance(v, dict)]:
                    if isinstance(obj.get("version"), int):
                        return obj["version"]
        return None

    def phase_json(self, who, destructive, full=True):
        for route in self.routes:
            if not route.is_api or route.method not in ("POST", "PUT", "DELETE"):
                continue
            if route.path in ("/api/v1/auth/login", "/api/v1/auth/logout"):
                continue
            if bool(DESTRUCTIVE.search(route.path) or route.method == "DELETE") != destructive:
                continue
            self.fuzz_json(who, route, full)

    def fuzz_json(self, who, route, full):
        path = route.fill(real_encoded(self.harvest[who], route))
        rkey = f"{route.method} {route.path}"
        schema = self.json_schema(route)

        def send(body_bytes, detail):
            status = self.fz.send(who, route.method, rkey, path, body=body_bytes, content_type="application/json",
                                  auth="token", detail=detail)
            return status

        base = self.json_base(route, who)
        if base is not None:
            status = send(dump_json(base), "json: plausible body")
        if full:
            for label, raw in MALFORMED_JSON:
                send(raw, f"json: {label}")
            send(b"version=1&year=2026", "json: form body with a JSON content type")
        if not isinstance(base, dict) or not schema:
            return
        # Each property (and each property of an object property) in turn.
        targets = []
        for name, sub in resolve(self.openapi, schema).get("properties", {}).items():
            targets.append(((name,), sub))
            sub_r = resolve(self.openapi, sub)
            if sub_r.get("type") == "object" or "properties" in sub_r:
                for name2, sub2 in sub_r.get("properties", {}).items():
                    targets.append(((name, name2), sub2))
        for keys, sub in targets:
            values = json_values_for(self.openapi, sub, self.harvest[who], keys[-1])
            if not full:
                values = [v for v in values if v[0] in ("INT64_MAX", "INT64_MIN", "-1", "long100k", "10000-items")]
            for label, value in values:
                body = json.loads(json.dumps(base))
                target = body
                for k in keys[:-1]:
                    if not isinstance(target.get(k), dict):
                        target[k] = {}
                    target = target[k]
                target[keys[-1]] = value
                status = send(dump_json(body), f"json .{'.'.join(keys)}={label}")
                if status is not None and 200 <= status < 300 and "version" in base:
                    # The resource changed: a later request needs its new version.
                    v = self.current_version(route, who)
                    if v is not None:
                        base["version"] = v

    def phase_anonymous(self):
        h = self.harvest["admin"]
        for route in self.routes:
            if route.method == "GET":
                real = real_encoded(h, route)
                for v in ANON_VALUES:
                    self.fz.send(None, "GET", f"GET {route.path}", route.fill(real), auth="none",
                                 query=[(n, v.enc) for n in COMMON_QUERY], detail=f"not signed in, query all={v.label}")

    # -- sign-in, cookies, tokens, sign-out --

    def phase_sign_in(self):
        fz = self.fz
        base = self.server.base_url
        anon = fz.anon
        r = anon.get(base + "/dang-nhap", timeout=30)
        csrf = re.search(r'name="_csrf" value="([^"]*)"', r.text).group(1)
        csrf_enc = urllib.parse.quote(csrf, safe="")
        route = "POST /dang-nhap"
        # Each failed sign-in costs a bcrypt check (~0.3 s on a debug build): all three fields at once,
        # and the password alone for the values a hash could mind.
        for v in ALL_VALUES + [HV("long100k", "A" * LONG_BODY)]:
            for fields in (("username", "password", "next"),) + ((("password",),) if v.label.startswith("long") or
                                                                  v.text is None or v.label == "%00" else ()):
                pairs = [("_csrf", csrf_enc), ("username", "fuzz-nobody"), ("password", "sai")]
                pairs = [(n, x) for n, x in pairs if n not in fields] + [(n, v.enc) for n in fields]
                fz.send(None, "POST", route, "/dang-nhap", body=form_body(pairs), auth="none",
                        content_type="application/x-www-form-urlencoded",
                        headers={"X-Forwarded-For": fz.next_forwarded_for()},
                        detail=f"sign-in {'+'.join(fields)}={v.label}")
        for v in NUMERIC_VALUES[:5] + [HV("long2k", "/" + "A" * 2000), HV("//evil", "//evil.example/x"),
                                       HV("%ff%fe", None, "%ff%fe")]:
            fz.send(None, "GET", "GET /dang-nhap", "/dang-nhap", query=[("quay-ve", v.enc)], auth="none",
                    detail=f"query quay-ve={v.label}")
        route = "POST /api/v1/auth/login"
        bodies = [(label, raw) for label, raw in MALFORMED_JSON]
        for v in ALL_VALUES:
            if v.text is None:
                continue
            bodies.append((f"username+password={v.label}", dump_json({"username": v.text, "password": v.text})))
        bodies += [("username=INT64_MAX number", dump_json({"username": RawJSON(INT64_MAX), "password": "x"})),
                   ("password=100k", dump_json({"username": "fuzz-nobody", "password": "A" * LONG_BODY})),
                   ("username=array", dump_json({"username": ["a"] * 10000, "password": "x"}))]
        for label, body in bodies:
            fz.send(None, "POST", route, "/api/v1/auth/login", body=body, content_type="application/json",
                    auth="none", headers={"X-Forwarded-For": fz.next_forwarded_for()}, detail=f"json {label}")
        # X-Forwarded-For itself, session cookies, bearer tokens.
        for label, xff in (("long60k", "1" * 60_000), ("many hops", ",".join(["10.0.0.1"] * 3000)),
                           ("control", "\x01\x1b[2J"), ("RTL", "\u202e1.2.3.4"), ("INT64_MAX", INT64_MAX),
                           ("empty", ""), ("ipv6 garbage", "::::::::ffff:zz")):
            # A control character makes the header invalid HTTP: NIO's parser closes the connection
            # without an answer. That is not the app's doing, so only the server's survival is checked.
            drop = label == "control"
            try:
                xff.encode("latin-1")
            except UnicodeEncodeError:
                xff = xff.encode("utf-8").decode("latin-1")
            fz.send(None, "POST", route, "/api/v1/auth/login", auth="none", content_type="application/json",
                    body=dump_json({"username": "fuzz-nobody", "password": "sai"}),
                    headers={"X-Forwarded-For": xff}, detail=f"header X-Forwarded-For={label}", expect_drop=drop)
        for label, cookie in (("long4k", "A" * 4000), ("INT64_MAX", INT64_MAX), ("dot", "."), ("dots", "a.b.c"),
                              ("control", "\x01\x7f"), ("empty", ""), ("base64 junk", "////.////")):
            fz.send(None, "GET", "GET /", "/", auth="none", headers={"Cookie": "thidua_session=" + cookie},
                    detail=f"cookie thidua_session={label}", expect_drop=label == "control")
        for label, token in (("long8k", "A" * 8000), ("INT64_MAX", INT64_MAX), ("empty", ""), ("control", "\x01"),
                             ("spaces", "a b c"), ("percent", "%ff%fe")):
            fz.send(None, "GET", "GET /api/v1/me", "/api/v1/me", auth="none",
                    headers={"Authorization": "Bearer " + token}, detail=f"header Authorization=Bearer {label}",
                    expect_drop=label == "control")

    def phase_sign_out(self):
        """Last: sign-out and token revocation end the sessions."""
        fz = self.fz
        for v in [NUMERIC_VALUES[0], NUMERIC_VALUES[4], HV("long60k", "A" * 60_000), HV("%ff%fe", None, "%ff%fe")]:
            for who in ("canbo01", "admin"):
                c = self.clients[who]
                fz.send(who, "POST", "POST /dang-xuat", "/dang-xuat", content_type="application/x-www-form-urlencoded",
                        body=form_body([("_csrf", urllib.parse.quote(c.csrf, safe="")), ("next", v.enc), ("x", v.enc)]),
                        detail=f"sign-out next=x={v.label}")
                fz._resign(c)
        route = "POST /api/v1/auth/logout"
        for label, raw in MALFORMED_JSON[:6]:
            fz.send("admin", "POST", route, "/api/v1/auth/logout", body=raw, content_type="application/json",
                    auth="token", detail=f"json {label}")
            fz._resign(self.admin)


def test_no_value_of_any_parameter_stops_the_server_or_answers_5xx(fuzz_server):
    started = time.monotonic()
    routes = fuzz_server.routes()
    assert len(routes) > 50, f"`thidua routes --json` listed only {len(routes)} routes"
    kinds = {(r.method, r.is_api) for r in routes}
    assert ("GET", True) in kinds and ("POST", False) in kinds, kinds

    probe = Client(fuzz_server, "admin")
    probe.sign_in()
    openapi = probe.http.get(fuzz_server.base_url + "/api/v1/openapi.json", timeout=30).json()

    run = Run(fuzz_server, routes, openapi)
    run.admin.sign_in()
    run.officer.sign_in()
    pages = {who: crawl(run.clients[who], routes, run.harvest[who]) for who in ("admin", "canbo01")}
    harvest_api(run.admin, run.harvest["admin"], routes)
    h = run.harvest["admin"]
    for param in ("unitID", "personID", "blocID", "movementID"):
        assert h.values.get(param), f"no real {param} harvested from the pages"
    assert h.forms, "no POST form harvested"

    phases = []

    def phase(name, fn, *args, **kwargs):
        t0, n0 = time.monotonic(), run.fz.requests
        fn(*args, **kwargs)
        phases.append(f"{name}: {run.fz.requests - n0} in {time.monotonic() - t0:.0f} s")

    # Most useful first, so that a slow machine that runs out of budget drops the least.
    phase("query (admin)", run.phase_query, "admin", COMBINED_VALUES)
    phase("path GET", run.phase_path, {"GET"}, destructive=False)
    phase("json (admin)", run.phase_json, "admin", destructive=False)
    phase("forms (admin)", run.phase_forms, "admin", destructive=False, all_values=FORM_VALUES,
          field_values=FIELD_VALUES)
    phase("path POST/PUT", run.phase_path, {"POST", "PUT"}, destructive=False)
    # A unit officer: fewer values, the forms and ids his own pages show.
    phase("query (canbo01)", run.phase_query, "canbo01", OFFICER_VALUES, individual=False)
    phase("forms (canbo01)", run.phase_forms, "canbo01", destructive=False, all_values=OFFICER_VALUES,
          field_values=OFFICER_VALUES[:2], extras=False, fallback=False)
    phase("json (canbo01)", run.phase_json, "canbo01", destructive=False, full=False)
    phase("not signed in", run.phase_anonymous)
    # Then what deactivates, deletes and changes status; then sign-in; sign-out last.
    phase("destructive forms", run.phase_forms, "admin", destructive=True, all_values=FORM_VALUES,
          field_values=FIELD_VALUES)
    phase("destructive json", run.phase_json, "admin", destructive=True)
    phase("destructive path", run.phase_path, {"POST", "PUT", "DELETE"}, destructive=True)
    phase("sign-in, cookies, tokens", run.phase_sign_in)
    phase("sign-out", run.phase_sign_out)

    fz = run.fz
    elapsed = time.monotonic() - started
    summary = (f"{fz.requests} fuzz requests in {elapsed:.0f} s on {len(routes)} routes "
               f"(crawled {pages['admin']} pages as admin, {pages['canbo01']} as canbo01; "
               f"{len(h.forms)} admin forms); server restarts: {fz.restarts}; not sent: {fz.skipped} "
               f"(budget), {fz.skipped_known} (parameter already crashed the server twice)\n"
               f"answers: {dict(sorted(fz.status_counts.items()))}\nphases: {'; '.join(phases)}")
    report = fz.report()
    report_path = fuzz_server.work_dir / "fuzz-report.txt"
    report_path.write_text(summary + "\n\n" + report + "\n", encoding="utf-8")
    print("\n" + summary + f"\nreport: {report_path}")
    if fz.skipped:
        warnings.warn(f"fuzz budget spent: {fz.skipped} requests not sent "
                      f"(THIDUA_FUZZ_MAX_REQUESTS={MAX_REQUESTS}, THIDUA_FUZZ_TIME_BUDGET_S={TIME_BUDGET_S})")
    if fz.failures:
        pytest.fail(f"{len(fz.failures)} failing request(s): server exits, 5xx, hangs or requests without an answer.\n"
                    f"{summary}\n(full report: {report_path})\n\n{report}", pytrace=False)
