"""The launch plan of a movement as .docx (Decree 30/2020 layout): downloaded from the running demo, opened by
python-docx and converted to PDF by LibreOffice, whose text must hold the state header, the number/symbol and the
date in the decree's form."""

import http.cookiejar
import re
import urllib.parse
import urllib.request

from check_docx import check


def signed_in_opener(base_url, username):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base_url + "/dang-nhap", timeout=10).read().decode("utf-8")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page) or re.search(r'name="_csrf" value="([^"]+)"', page)
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
    fields.update({"username": username, "password": "demo"})
    opener.open(base_url + "/dang-nhap", data=urllib.parse.urlencode(fields).encode(), timeout=10).read()
    return opener


def test_the_2023_launch_plan_converts_to_pdf_with_the_decree_header(server, tmp_path):
    opener = signed_in_opener(server, "thuky")
    listing = opener.open(server + "/phong-trao?nam=2023", timeout=10).read().decode("utf-8")
    link = re.search(r'href="(/phong-trao/[0-9a-f-]{36})">Phong trào thi đua năm 2023', listing)
    assert link, "the demo's 2023 movement is not listed"
    response = opener.open(server + link.group(1) + "/ke-hoach.docx", timeout=30)
    assert "wordprocessingml" in response.headers["Content-Type"]
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(response.read())
    problems = check(str(path), [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/KH-KTĐ",
        "Hà Nội, ngày 06 tháng 01 năm 2023",
        "KẾ HOẠCH",
        "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí",
    ])
    assert problems == [], problems
