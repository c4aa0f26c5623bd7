"""The JSON API of a running `thidua serve --demo`, checked from outside.

The OpenAPI document is validated by openapi-spec-validator, an independent reader of OpenAPI 3.
"""

import json
import urllib.error
import urllib.request

from openapi_spec_validator import validate


def fetch(url, data=None, token=None, method=None):
    req = urllib.request.Request(url, data=None if data is None else json.dumps(data).encode(), method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=20) as resp:
            body = resp.read()
            return resp.status, json.loads(body) if body else None
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def test_openapi_document_is_valid_openapi_3(server):
    status, doc = fetch(server + "/api/v1/openapi.json")
    assert status == 200
    assert doc["openapi"].startswith("3.")
    validate(doc)  # raises on any violation of the OpenAPI 3 schema
    assert "/people/{personID}" in doc["paths"]


def test_admin_token_lists_units_and_finds_people_without_diacritics(server):
    status, login = fetch(server + "/api/v1/auth/login", {"username": "admin", "password": "demo"})
    assert status == 200
    token = login["token"]
    status, units = fetch(server + "/api/v1/units?per=100", token=token)
    assert status == 200
    assert "Quỹ Phát triển Hợp tác xã" in [u["name"] for u in units["items"]]
    status, people = fetch(server + "/api/v1/people?q=nguyen%20van%20hoa", token=token)
    names = [row["person"]["fullName"] for row in people["items"]]
    assert "Nguyễn Văn Hoà" in names and "Nguyễn Văn Hòa" in names


def test_unit_officer_gets_nothing_of_another_unit(server):
    _, admin = fetch(server + "/api/v1/auth/login", {"username": "admin", "password": "demo"})
    _, units = fetch(server + "/api/v1/units?q=DV02", token=admin["token"])
    dv02 = units["items"][0]["id"]
    _, people = fetch(server + "/api/v1/people?unit=" + dv02, token=admin["token"])
    stranger = people["items"][0]["person"]

    _, officer = fetch(server + "/api/v1/auth/login", {"username": "canbo01", "password": "demo"})
    status, body = fetch(server + "/api/v1/people/" + stranger["id"], token=officer["token"])
    assert status in (403, 404)
    assert stranger["fullName"] not in json.dumps(body, ensure_ascii=False)
    change = {"fullName": "Tên Bị Đổi", "gender": "male", "version": stranger["version"]}
    status, _ = fetch(server + "/api/v1/people/" + stranger["id"], change, token=officer["token"], method="PUT")
    assert status in (403, 404)
    _, after = fetch(server + "/api/v1/people/" + stranger["id"], token=admin["token"])
    assert after["person"]["fullName"] == stranger["fullName"]
