"""The probe's hostile uploads (issue 9, item 4), sent to a running thidua as a unit officer: how long each
takes to be refused, what the page says, and the server's resident memory before and after.

    THIDUA_BIN=.build/debug/thidua python3 Benchmarks/hostile_uploads.py

It starts its own `serve --demo` in a temporary folder. The figures go to standard output; nothing is asserted
(the refusals themselves are tested in Tests/ThiDuaDocumentsTests and Tests/ThiDuaWebTests).
"""

import html
import io
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import zipfile

BIN = os.environ.get("THIDUA_BIN", ".build/debug/thidua")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def xlsx(sheet_xml_parts):
    """A minimal workbook whose first sheet's XML is streamed from the given byte chunks."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            for part in sheet_xml_parts:
                f.write(part)
    return buf.getvalue()


def many_cells():
    yield b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    row = b"<row>" + b'<c t="inlineStr"><is><t>a</t></is></c>' * 90 + b"</row>"
    for _ in range(100_000):  # 9 M cells
        yield row
    yield b"</sheetData></worksheet>"


def whitespace():
    yield b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row>'
    chunk = b" " * (1 << 20)
    for _ in range(6 * 1024):  # 6 GB of spaces, about 6 MB compressed
        yield chunk
    yield b"</row></sheetData></worksheet>"


def lying(data, part=b"xl/worksheets/sheet1.xml", size=1000):
    """The same workbook with the part's declared uncompressed size cut to `size`: only the running count while
    inflating can stop it."""
    data = bytearray(data)
    for sig, offset, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        i = data.find(sig)
        while i >= 0:
            if data[i + name_at:i + name_at + len(part)] == part:
                data[i + offset:i + offset + 4] = size.to_bytes(4, "little")
            i = data.find(sig, i + 4)
    return bytes(data)


def multipart(fields, name, data):
    boundary = "----thidua-probe"
    out = io.BytesIO()
    for k, v in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode())
    out.write(data)
    out.write(f"\r\n--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def main():
    cells = xlsx(many_cells())
    files = [
        ("9M-cells.xlsx", cells, "people"),
        ("9M-cells-lying-header.xlsx", lying(cells), "people"),
        ("whitespace.xlsx", xlsx(whitespace()), "people"),
        ("commas.csv", b"," * (19 * 1024 * 1024), "people"),
    ]
    eligibility = b'{"year":2024,"codes":["LDTT"],"subjects":[' + b",".join(
        b'{"id":"p%d","kind":"person","gender":"male","ratings":{"2024":"excellent"},"titles":[],"awards":[],"initiatives":[],"discipline":[],"pending":[],"members":null}' % i
        for i in range(60_000)) + b"]}"
    data_dir = tempfile.mkdtemp()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["THIDUA_DATA_DIR"] = data_dir
    log = open(os.path.join(data_dir, "server.log"), "wb")
    proc = subprocess.Popen([BIN, "serve", "--demo", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor())
    try:
        for _ in range(600):
            try:
                opener.open(base + "/dang-nhap", timeout=2)
                break
            except Exception:
                time.sleep(0.5)
        page = opener.open(base + "/dang-nhap").read().decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        opener.open(base + "/dang-nhap", data=urllib.parse.urlencode({"username": "canbo01", "password": "demo", "_csrf": csrf}).encode())
        csrf = re.search(r'name="_csrf" value="([^"]+)"', opener.open(base + "/").read().decode()).group(1)
        print(f"server RSS at start: {rss_mb(proc.pid):.0f} MB")
        for name, data, kind in files:
            body, ctype = multipart({"_csrf": csrf, "kind": kind, "dryRun": "true"}, name, data)
            start = time.perf_counter()
            req = urllib.request.Request(base + "/nhap-du-lieu", data=body, headers={"Content-Type": ctype})
            try:
                text = opener.open(req, timeout=600).read().decode()
            except urllib.error.HTTPError as e:
                text = e.read().decode()
            took = time.perf_counter() - start
            said = re.findall(r'>([^<>]*(?:vượt giới hạn|quá lớn|không hợp lệ)[^<>]*)<', text)
            print(f"{name}: {len(data) / 1e6:.1f} MB sent, refused in {took:.2f} s, RSS {rss_mb(proc.pid):.0f} MB: "
                  f"{html.unescape(said[0]) if said else text[-300:]}")
        token = __import__("json").loads(opener.open(urllib.request.Request(
            base + "/api/v1/auth/login", data=b'{"username":"canbo01","password":"demo"}', headers={"Content-Type": "application/json"})).read())["token"]
        start = time.perf_counter()
        try:
            opener.open(urllib.request.Request(base + "/api/v1/eligibility", data=eligibility,
                                               headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"}), timeout=600)
            answer = "accepted"
        except urllib.error.HTTPError as e:
            answer = f"{e.code} {e.read().decode()}"
        print(f"eligibility JSON {len(eligibility) / 1e6:.1f} MB: {time.perf_counter() - start:.2f} s, RSS {rss_mb(proc.pid):.0f} MB: {answer}")
        print("server still answers:", opener.open(base + "/dang-nhap").status == 200)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
