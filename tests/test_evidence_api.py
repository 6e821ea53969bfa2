"""The auditors' API through Flask's test client: tokens, ownership, limits, bad input."""

from __future__ import annotations

import io
import json

import pytest
from evidence_helpers import bearer, evidence_app, jpeg, metadata, multipart, new_auditor, png

CAPTURES = "/api/v1/captures"


@pytest.fixture
def app(tmp_path):
    return evidence_app(tmp_path / "data", IMAGE_MAX_BYTES=200_000, CAPTURE_MAX_BYTES=1_000_000)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def token(app):
    return new_auditor(app, "Anna")


def error_of(response, status, code=None):
    assert response.status_code == status, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["status"] == status and error["message"]
    if code:
        assert error["code"] == code, error
    return error


def upload(client, token, meta=None, screenshot=None, **kwargs):
    return client.post(CAPTURES, headers=bearer(token),
                       data=multipart(meta or metadata(), png() if screenshot is None else screenshot, **kwargs))


def test_a_capture_is_stored_chained_signed_and_listed(client, token):
    first = upload(client, token)
    assert first.status_code == 201
    receipt = first.get_json()
    assert receipt["seq"] == 1 and receipt["prev_hash"] == "0" * 64 and len(receipt["signature"]) == 128
    assert first.headers["Location"].endswith(f"/api/v1/cases/{receipt['case']['id']}")
    second = upload(client, token, screenshot=jpeg()).get_json()
    assert second["seq"] == 2 and second["prev_hash"] == receipt["entry_hash"]
    [case] = client.get("/api/v1/cases", headers=bearer(token)).get_json()["cases"]
    assert case["name"] == "Cookie walls 2026" and case["captures"] == 2 and case["head_hash"] == second["entry_hash"]
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=bearer(token)).get_json()
    assert [c["seq"] for c in detail["captures"]] == [1, 2]
    assert detail["captures"][0]["patterns"] == ["buried_opt_out"]
    assert detail["captures"][1]["files"]["screenshot"]["type"] == "image/jpeg"
    assert detail["captures"][0]["site"] == "example.org"
    key = client.get("/api/v1/evidence/public-key").get_json()
    assert key["algorithm"] == "Ed25519" and key["key_id"] == receipt["key_id"]
    assert "BEGIN PUBLIC KEY" in key["public_key_pem"]


def test_a_capture_without_a_dialog_or_a_verdict_is_still_evidence(client, token):
    meta = metadata()
    meta.update(snapshot=None, verdict=None)
    answer = upload(client, token, meta)
    assert answer.status_code == 201, answer.get_json()


def test_the_metadata_part_may_be_a_json_file_part(client, token):
    data = {"metadata": (io.BytesIO(json.dumps(metadata()).encode()), "blob", "application/json"),
            "screenshot": (io.BytesIO(png()), "blob", "image/png")}
    assert client.post(CAPTURES, headers=bearer(token), data=data).status_code == 201


def test_exports_download_for_the_owner(client, token):
    case_id = upload(client, token).get_json()["case"]["id"]
    archive = client.get(f"/api/v1/cases/{case_id}/export.zip", headers=bearer(token))
    assert archive.status_code == 200 and archive.mimetype == "application/zip" and archive.data[:2] == b"PK"
    assert f"case-{case_id}.zip" in archive.headers["Content-Disposition"]
    pdf = client.get(f"/api/v1/cases/{case_id}/report.pdf", headers=bearer(token))
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")


# -- tokens and ownership ------------------------------------------------------------------

@pytest.mark.parametrize("header", [None, "Bearer", "Bearer wrong", "Basic YW5uYTpzZWNyZXQ=", "Bearer " + "x" * 500])
def test_a_missing_or_bad_token_is_401(client, token, header):
    headers = {"Authorization": header} if header else {}
    for method, path in (("post", CAPTURES), ("get", "/api/v1/cases")):
        response = getattr(client, method)(path, headers=headers, data=multipart(metadata(), png()))
        error_of(response, 401, "unauthorized")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_no_token_works_before_any_auditor_exists_and_nothing_is_stored(tmp_path):
    app = evidence_app(tmp_path / "empty")
    client = app.test_client()
    error_of(client.post(CAPTURES, headers=bearer("clt_guess"), data=multipart(metadata(), png())), 401)
    error_of(client.get("/api/v1/evidence/public-key"), 404, "no_signing_key")
    client.post("/api/v1/analyze", json=metadata()["snapshot"])
    client.get("/gallery/login")
    assert not (tmp_path / "empty").exists(), "nothing is stored until there is an auditor"


def test_other_auditors_cases_are_404_exactly_like_missing_ones(app, client, token):
    case_id = upload(client, token).get_json()["case"]["id"]
    other = new_auditor(app, "Bob")
    assert client.get("/api/v1/cases", headers=bearer(other)).get_json() == {"cases": []}
    for suffix in ("", "/export.zip", "/report.pdf"):
        theirs = error_of(client.get(f"/api/v1/cases/{case_id}{suffix}", headers=bearer(other)), 404, "case_not_found")
        missing = error_of(client.get(f"/api/v1/cases/0000000000000000{suffix}", headers=bearer(other)), 404)
        assert theirs["message"].replace(case_id, "X") == missing["message"].replace("0000000000000000", "X")


def test_the_same_case_name_for_two_auditors_makes_two_cases(app, client, token):
    other = new_auditor(app, "Bob")
    mine = upload(client, token).get_json()["case"]["id"]
    theirs = upload(client, other).get_json()
    assert theirs["case"]["id"] != mine and theirs["seq"] == 1


# -- limits and bad input ------------------------------------------------------------------

def test_an_oversized_screenshot_is_413(client, token):
    big = png(2000, 2000, color="white")
    noisy = big + b"\0" * 200_001  # still starts like a PNG; too many bytes
    error = error_of(upload(client, token, screenshot=noisy), 413, "image_too_large")
    assert error["path"] == "screenshot"


def test_an_oversized_body_is_413(client, token):
    body = upload(client, token, screenshot=b"\x89PNG\r\n\x1a\n" + b"\0" * 1_100_000)
    error = error_of(body, 413)
    assert "capture" in error["message"]


def test_an_image_too_many_pixels_is_413(client, token):
    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (40_000, 100)).save(out, "PNG")
    error_of(upload(client, token, screenshot=out.getvalue()), 413, "image_too_large")


@pytest.mark.parametrize("content", [b"GIF89a" + b"\0" * 40, b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                                     b"%PDF-1.4", b"", b"data:image/png;base64,iVBORw0KGgo="])
def test_a_screenshot_that_is_not_png_or_jpeg_is_refused(client, token, content):
    response = upload(client, token, screenshot=content)
    if content == b"":
        error_of(response, 422)
    else:
        assert error_of(response, 415, "unsupported_image_type")["path"] == "screenshot"


def test_a_truncated_png_is_422(client, token):
    error_of(upload(client, token, screenshot=png()[:60]), 422, "invalid_image")


def test_a_bad_full_page_image_is_named(client, token):
    assert error_of(upload(client, token, full_page=b"GIF89a...."), 415)["path"] == "full_page"


@pytest.mark.parametrize("name", ["../../etc/passwd", "..\\..\\windows", "cases/../other", "/etc", ".", "..",
                                  "", "a\0b", "x" * 101, 42, None])
def test_case_names_that_are_paths_or_not_names_are_422(client, token, name):
    error = error_of(upload(client, token, metadata(case=name)), 422, "invalid_capture")
    assert error["path"] == "metadata.case"


def test_nothing_is_written_for_a_refused_capture(app, client, token):
    store = app.extensions["consentlens_evidence"]
    upload(client, token, metadata(case="../escape"))
    assert not store.files.root.exists() or not any(store.files.root.rglob("*"))
    assert not (store.data_dir.parent / "escape").exists()


def test_a_json_body_is_415(client, token):
    error_of(client.post(CAPTURES, headers=bearer(token), json=metadata()), 415, "unsupported_media_type")


@pytest.mark.parametrize("field, value, path", [
    ("captured_at", "yesterday", "metadata.captured_at"),
    ("captured_at", "2026-11-23T14:00:00", "metadata.captured_at"),  # no zone
    ("url", "", "metadata.url"),
    ("url", "https://a.example/" + "x" * 5000, "metadata.url"),
    ("browser", 7, "metadata.browser"),
    ("verdict", {"patterns": [{"id": "DROP TABLE"}]}, "metadata.verdict.patterns[0].id"),
    ("verdict", [1, 2], "metadata.verdict"),
])
def test_bad_metadata_fields_are_422_with_their_path(client, token, field, value, path):
    assert error_of(upload(client, token, metadata(**{field: value})), 422)["path"] == path


def test_an_invalid_snapshot_is_422_with_its_path(client, token):
    meta = metadata()
    meta["snapshot"]["elements"][0]["bbox"] = "big"
    assert error_of(upload(client, token, meta), 422)["path"].startswith("metadata.snapshot.elements[0].bbox")


def test_missing_parts_are_422(client, token):
    response = client.post(CAPTURES, headers=bearer(token), data={"metadata": json.dumps(metadata())},
                           content_type="multipart/form-data")
    assert error_of(response, 422)["path"] == "screenshot"
    response = client.post(CAPTURES, headers=bearer(token), data={"screenshot": (io.BytesIO(png()), "s.png")})
    assert error_of(response, 422)["path"] == "metadata"
    response = client.post(CAPTURES, headers=bearer(token), data={"metadata": "{not json",
                                                                 "screenshot": (io.BytesIO(png()), "s.png")})
    error_of(response, 400, "malformed_json")


def test_captured_at_is_stored_in_utc(client, token):
    case_id = upload(client, token, metadata(captured_at="2026-11-23T15:30:00+01:00")).get_json()["case"]["id"]
    [capture] = client.get(f"/api/v1/cases/{case_id}", headers=bearer(token)).get_json()["captures"]
    assert capture["captured_at"] == "2026-11-23T14:30:00.000Z"


def test_the_extension_origin_may_send_the_token(client):
    preflight = client.options(CAPTURES, headers={"Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
                                                  "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": "authorization"})
    assert preflight.status_code == 204
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]


def test_the_api_sets_no_cookie(client, token):
    assert "Set-Cookie" not in upload(client, token).headers
    assert "Set-Cookie" not in client.get("/api/v1/cases", headers=bearer(token)).headers


# -- gallery (server side; the browser test is test_evidence_gallery.py) ----------------------

def test_gallery_login_cookie_is_strict_and_scoped(app, client, token):
    upload(client, token)
    assert client.get("/gallery/cases").status_code == 302
    refused = client.post("/gallery/login", data={"token": "clt_wrong"})
    assert refused.status_code == 401 and "Set-Cookie" not in refused.headers
    answer = client.post("/gallery/login", data={"token": token})
    cookie = answer.headers["Set-Cookie"]
    assert answer.status_code == 302 and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/gallery" in cookie and "Secure" not in cookie
    assert client.get("/gallery/cases").status_code == 200
    assert client.get("/gallery/cases/0000000000000000").status_code == 404


def test_gallery_cookie_secure_flag_is_configurable(tmp_path):
    app = evidence_app(tmp_path / "data", COOKIE_SECURE=True)
    token = new_auditor(app)
    assert "Secure" in app.test_client().post("/gallery/login", data={"token": token}).headers["Set-Cookie"]


def test_gallery_hides_other_auditors_cases(app, client, token):
    case_id = upload(client, token).get_json()["case"]["id"]
    other = new_auditor(app, "Bob")
    client.post("/gallery/login", data={"token": other})
    for path in (f"/gallery/cases/{case_id}", f"/gallery/cases/{case_id}/captures/1",
                 f"/gallery/cases/{case_id}/captures/1/screenshot", f"/gallery/cases/{case_id}/export.zip",
                 f"/gallery/cases/{case_id}/verify"):
        assert client.get(path).status_code == 404, path
    assert b"Cookie walls" not in client.get("/gallery/captures").data


def test_a_replaced_token_ends_gallery_sessions(app, client, token):
    from consentlens.server.evidence.auditors import replace_token

    client.post("/gallery/login", data={"token": token})
    assert client.get("/gallery/cases").status_code == 200
    replace_token(app.extensions["consentlens_evidence"], "Anna")
    assert client.get("/gallery/cases").status_code == 302


def test_gallery_login_redirects_only_within_the_gallery(client, token):
    answer = client.post("/gallery/login?next=//evil.example/x", data={"token": token})
    assert answer.headers["Location"] == "/gallery/cases"


def test_gallery_filters_by_pattern_site_and_date(client, token):
    from sample_snapshots import meta_ai_notice

    upload(client, token)
    upload(client, token, metadata(snapshot=meta_ai_notice(), captured_at="2026-10-01T10:00:00Z"))
    client.post("/gallery/login", data={"token": token})
    page = client.get("/gallery/captures").get_data(as_text=True)
    assert "2 of 2 captures" in page
    assert "1 of 2" in client.get("/gallery/captures?site=instagram").get_data(as_text=True)
    assert "1 of 2" in client.get("/gallery/captures?pattern=buried_opt_out&to=2026-10-31").get_data(as_text=True)
    assert "0 of 2" in client.get("/gallery/captures?from=2026-12-01").get_data(as_text=True)
    assert "2 of 2" in client.get("/gallery/captures?from=not-a-date").get_data(as_text=True)
