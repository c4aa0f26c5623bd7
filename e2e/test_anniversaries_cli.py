"""`thidua anniversaries --year Y --json`: the seed article's 2022 events, computed for any year."""

import json
import os
import subprocess

from conftest import _thidua_bin


def anniversaries(year, data_dir):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["THIDUA_DATA_DIR"] = str(data_dir)
    env["LOG_LEVEL"] = "warning"
    out = subprocess.run([_thidua_bin(), "anniversaries", "--year", str(year), "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_2022_reads_as_in_the_seed_article(tmp_path):
    rows = anniversaries(2022, tmp_path)
    by_label = {r["label"]: r for r in rows}
    expected = {
        "Kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)": 92,
        "Kỷ niệm 47 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975-30/4/2022)": 47,
        "Kỷ niệm 28 năm Ngày thành lập Liên minh Hợp tác xã Việt Nam (11/4/1994-11/4/2022)": 28,
        "Kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2022)": 132,
        "Kỷ niệm 77 năm Ngày Cách mạng tháng Tám thành công (19/8/1945-19/8/2022)": 77,
        "Kỷ niệm 77 năm Ngày Quốc khánh (02/9/1945-02/9/2022)": 77,
    }
    for label, years in expected.items():
        assert label in by_label, f"missing: {label}"
        assert by_label[label]["years"] == years
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    for r in rows:
        assert set(r) == {"name", "originDate", "date", "years", "round", "label"}
        assert r["round"] == (r["years"] % 5 == 0)


def test_any_other_year_is_computed(tmp_path):
    rows = {r["name"]: r for r in anniversaries(2030, tmp_path)}
    assert rows["Ngày Giải phóng miền Nam, thống nhất đất nước"]["years"] == 55 and rows["Ngày Giải phóng miền Nam, thống nhất đất nước"]["round"]
    assert rows["Ngày Quốc khánh"]["date"] == "2030-09-02" and rows["Ngày Quốc khánh"]["years"] == 85
