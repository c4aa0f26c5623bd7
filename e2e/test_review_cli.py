"""`thidua review results` and `thidua ballot verify` on the demo: the JSON contract, and a tampered ballot caught."""

import json
import sqlite3

import check_docx
from test_cli import run


def test_review_results_json_and_ballot_verify_catch_a_changed_ballot(tmp_path):
    loaded = run(["demo"], tmp_path)
    assert loaded.returncode == 0, loaded.stderr

    out = run(["review", "results", "--bloc", "KTD-SNDN", "--year", "2022", "--json"], tmp_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) == {"bloc", "year", "maxScore", "units", "ballots"}
    assert doc["bloc"] == "KTD-SNDN" and doc["year"] == 2022 and doc["maxScore"] == 100
    assert len(doc["units"]) == 15
    assert set(doc["units"][0]) >= {"code", "name", "selfScore", "finalScore", "rank", "band"}
    assert [u["rank"] for u in doc["units"]] == sorted(u["rank"] for u in doc["units"])
    first = doc["ballots"][0]
    assert set(first) == {"id", "question", "electorate", "cast", "quorumMet", "threshold", "candidates"}
    assert first["electorate"] == 15 and first["cast"] == 15 and first["quorumMet"]
    assert set(first["candidates"][0]) == {"code", "name", "votes", "share", "elected"}
    assert sum(c["votes"] for c in first["candidates"]) == 15
    leader = [c for c in first["candidates"] if c["elected"]]
    assert [c["code"] for c in leader] == [doc["units"][0]["code"]]

    ok = run(["ballot", "verify", "--id", first["id"]], tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "OK"

    # Someone with the database file moves one ballot from the leader to another candidate.
    other = next(c for c in first["candidates"] if not c["elected"])
    ids = {c["code"]: c for c in first["candidates"]}
    db = sqlite3.connect(tmp_path / "thidua.sqlite")
    units = dict(db.execute("SELECT code, lower(id) FROM org_units").fetchall())
    leader_id, other_id = units[leader[0]["code"]], units[other["code"]]
    changed = db.execute(
        "UPDATE ballot_papers SET choices = ? WHERE rowid = (SELECT rowid FROM ballot_papers WHERE lower(ballot_id) = ? AND choices = ? LIMIT 1)",
        (other_id, first["id"].lower(), leader_id),
    ).rowcount
    db.commit()
    db.close()
    assert changed == 1 and ids

    caught = run(["ballot", "verify", "--id", first["id"]], tmp_path)
    assert caught.returncode == 1
    assert "Mã băm tập phiếu" in caught.stdout
    assert f"{leader[0]['name']}: đã ghi {leader[0]['votes']} phiếu, đếm lại {leader[0]['votes'] - 1}" in caught.stdout
    assert "không khớp" in caught.stderr

    missing = run(["review", "results", "--bloc", "KHONG-CO", "--year", "2022"], tmp_path)
    assert missing.returncode == 1 and "Không có khối thi đua mã “KHONG-CO”" in missing.stderr


def test_review_minutes_docx_of_the_demo_meeting(tmp_path):
    assert run(["demo"], tmp_path).returncode == 0
    out = tmp_path / "bien-ban.docx"
    written = run(["review", "minutes", "--bloc", "KTD-SNDN", "--year", "2022", "--output", str(out)], tmp_path)
    assert written.returncode == 0, written.stderr
    results = json.loads(run(["review", "results", "--bloc", "KTD-SNDN", "--year", "2022", "--json"], tmp_path).stdout)
    leading = results["ballots"][0]
    expected = [
        "BIÊN BẢN", "Họp bình xét, suy tôn thi đua năm 2022", "ngày 06 tháng 01 năm 2023",
        "Chủ trì: Phạm Công Bằng", "Lê Văn Nghị", "có mặt 15 đơn vị, vắng mặt 0 đơn vị",
        "KẾT QUẢ CHẤM ĐIỂM", results["units"][0]["name"], leading["question"],
        "Số người có quyền biểu quyết: 15; số phiếu thu về: 15",
        "Ban kiểm phiếu:", "Trưởng khối năm 2023: Trường Cao đẳng Kinh tế - Kỹ thuật Trung ương",
        "THƯ KÝ", "CHỦ TRÌ", "Nguyễn Thu Hà",
    ]
    assert check_docx.check(str(out), expected) == []


ARTICLE_LABELS = [
    "92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930-03/02/2022)",
    "47 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975-30/4/2022)",
    "28 năm Ngày thành lập Liên minh Hợp tác xã Việt Nam (11/4/1994-11/4/2022)",
    "132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2022)",
    "77 năm Ngày Cách mạng tháng Tám thành công (19/8/1945-19/8/2022)",
    "Ngày Quốc khánh (02/9/1945-02/9/2022)",
]


def test_review_report_docx_holds_the_article(tmp_path):
    assert run(["demo"], tmp_path).returncode == 0
    out = tmp_path / "bao-cao.docx"
    written = run(["review", "report", "--bloc", "KTD-SNDN", "--year", "2022", "--output", str(out)], tmp_path)
    assert written.returncode == 0, written.stderr
    # The labels hold a date range "(03/02/1930-03/02/2022)" that a PDF line may break at its hyphen, which the
    # PDF's text then drops: they are read from the .docx itself.
    assert check_docx.check(str(out), ARTICLE_LABELS, libreoffice=False) == []
    expected = [
        "BÁO CÁO", "Tổng kết công tác thi đua, khen thưởng năm 2022", "phương hướng, nhiệm vụ năm 2023",
        "ĐẶC ĐIỂM TÌNH HÌNH", "dịch bệnh Covid-19", "15/15 đơn vị đã ký giao ước thi đua năm 2022",
        "Kết quả xếp loại", "ĐÁNH GIÁ CHUNG", "PHẦN THỨ HAI", "Trong năm 2023, Khối thi đua sẽ tiếp tục",
        "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại", "Trưởng khối năm 2023",
        "KIẾN NGHỊ, ĐỀ XUẤT", "Lao động tiên tiến", "TRƯỞNG KHỐI", "Phạm Công Bằng",
    ]
    assert check_docx.check(str(out), expected) == []
