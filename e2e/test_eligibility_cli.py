"""`thidua eligibility --input`: the stable JSON contract on the command line, and `thidua catalogue`."""

import json
import pathlib
import subprocess

from conftest import _thidua_bin

EXAMPLE = {
    "year": 2024,
    "subjects": [
        {"id": "p1", "kind": "person", "gender": "female",
         "ratings": {"2020": "good", "2021": "excellent", "2022": "excellent", "2023": "good", "2024": "excellent"},
         "titles": [{"code": "CSTDCS", "year": 2022}, {"code": "LDTT", "year": 2024}],
         "awards": [{"code": "BK_BO", "year": 2019, "type": "regular"}],
         "initiatives": [{"year": 2024, "scope": "grassroots"}],
         "discipline": [{"from": "2021-03-01", "to": "2021-09-01"}],
         "pending": [],
         "members": None},
        {"id": "c1", "kind": "collective",
         "ratings": {"2024": "excellent"},
         "members": {"total": 40, "completed": 40, "LDTT": 30, "CSTDCS": 2, "disciplined": 0}},
    ],
    "codes": ["LDTT", "CSTDCS", "CSTD_BO", "BK_TTG"],
}

ALL_CODES = ["LDTT", "CSTDCS", "CSTD_BO", "CSTD_TQ", "TTLDTT", "TTLDXS", "CO_BO", "CO_CP", "GK", "BK_BO", "BK_TTG", "HCLD3", "HCLD2", "HCLD1"]


def run(args, stdin=None):
    return subprocess.run([_thidua_bin(), *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_the_issue_example_answers_with_reasons_and_a_basis(tmp_path):
    path = tmp_path / "input.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    out = run(["eligibility", "--input", str(path)])
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)["results"]
    person = {r["code"]: r for r in results if r["subject"] == "p1"}
    assert person["LDTT"]["outcome"] == "eligible"
    assert person["CSTDCS"]["outcome"] == "eligible"
    assert person["CSTD_BO"]["outcome"] == "notEligible"
    assert person["BK_TTG"]["outcome"] == "notEligible"
    assert person["LDTT"]["regime"] == "law2022"
    for r in results:
        assert r["reasons"], r
        for reason in r["reasons"]:
            assert reason["text"] and reason["basis"]
            assert reason["holds"] in (True, False, None)
    # A person-only title asked of a collective says so.
    collective = {r["code"]: r for r in results if r["subject"] == "c1"}
    assert collective["LDTT"]["outcome"] == "notEligible"


def test_every_code_answers_for_people_and_collectives(tmp_path):
    request = dict(EXAMPLE, codes=ALL_CODES)
    out = run(["eligibility", "--input", "-"], stdin=json.dumps(request))
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)["results"]
    assert len(results) == 2 * len(ALL_CODES)
    assert {r["outcome"] for r in results} == {"eligible", "notEligible", "manualCheck"}
    assert all(r["reasons"] for r in results)


def test_an_unknown_code_or_a_bad_history_exits_2_naming_the_field(tmp_path):
    bad_code = dict(EXAMPLE, codes=["LDTT", "NOPE"])
    out = run(["eligibility", "--input", "-"], stdin=json.dumps(bad_code))
    assert out.returncode == 2
    assert "codes[1]" in out.stderr and out.stdout == ""

    bad_history = json.loads(json.dumps(EXAMPLE))
    bad_history["subjects"][0]["discipline"][0]["from"] = "01/03/2021"
    out = run(["eligibility", "--input", "-"], stdin=json.dumps(bad_history))
    assert out.returncode == 2
    assert "subjects[0].discipline[0].from" in out.stderr

    out = run(["eligibility", "--input", "-"], stdin="{not json")
    assert out.returncode == 2


def test_the_catalogue_command_prints_docs_legal_md():
    out = run(["catalogue"])
    assert out.returncode == 0, out.stderr
    legal = pathlib.Path(__file__).resolve().parent.parent / "docs" / "LEGAL.md"
    assert out.stdout == legal.read_text(encoding="utf-8")
