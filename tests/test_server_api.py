"""The HTTP API through Flask's test client, with a fake analyzer."""

from __future__ import annotations

import json
import logging
import re

import pytest
from fake_analyzer import FakeAnalyzer
from sample_snapshots import cookie_banner, meta_ai_notice, with_changes

from consentlens.server import StartupError, create_app, load_default_analyzer
from consentlens.server.openapi import openapi_document
from consentlens.taxonomy import LANGUAGES, LEGAL_ANCHORS

ANALYZE = "/api/v1/analyze"
EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


@pytest.fixture
def analyzer():
    return FakeAnalyzer()


@pytest.fixture
def app(analyzer):
    return create_app({"ANALYZER": analyzer, "TESTING": True, "CORS_ORIGINS": ("https://dashboard.example",)})


@pytest.fixture
def client(app):
    return app.test_client()


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert error["status"] == status and error["code"] and error["message"]
    return error


# -- success --------------------------------------------------------------

def test_analyze_returns_findings_with_messages_and_forms(client):
    response = client.post(ANALYZE, json=cookie_banner("de"))
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) == {"consent_screen", "patterns", "elements", "model_version", "lang", "context"}
    assert body["consent_screen"] is True and body["lang"] == "de"
    assert body["model_version"] == FakeAnalyzer.version
    [pattern] = body["patterns"]
    assert {"id", "confidence", "severity", "message", "evidence", "forms", "legal"} <= set(pattern)
    assert pattern["id"] == "buried_opt_out" and pattern["severity"] == "high"
    assert pattern["legal"] == LEGAL_ANCHORS["buried_opt_out"]
    assert "„Ablehnen“" in pattern["message"] and "„Alle akzeptieren“" in pattern["message"]
    for form in pattern["forms"]:
        assert {"id", "title", "url", "verification"} <= set(form)
        assert ("caveat" in form) == (form["verification"] != "verified")
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_come_in_the_snapshot_language(client, lang):
    body = client.post(ANALYZE, json=cookie_banner(lang)).get_json()
    assert body["lang"] == lang
    message = body["patterns"][0]["message"]
    assert cookie_banner(lang)["elements"][1]["text"] in message
    assert body["patterns"][0]["title"]


def test_four_languages_give_four_different_messages(client):
    messages = {client.post(ANALYZE, json=cookie_banner(lang)).get_json()["patterns"][0]["message"]
                for lang in LANGUAGES}
    assert len(messages) == 4


def test_accept_language_is_used_when_the_snapshot_has_no_language(client):
    snapshot = with_changes(cookie_banner("en"), lang="")
    body = client.post(ANALYZE, json=snapshot, headers={"Accept-Language": "fr-BE,fr;q=0.9,en;q=0.5"}).get_json()
    assert body["lang"] == "fr" and "L'option" in body["patterns"][0]["message"]
    assert client.post(ANALYZE, json=snapshot).get_json()["lang"] == "en"


def test_meta_ai_notice_on_instagram_in_nl_links_the_instagram_objection_form_then_the_dutch_dpa(client):
    response = client.post(ANALYZE + "?country=NL", json=meta_ai_notice("https://www.instagram.com/", "nl"))
    body = response.get_json()
    assert body["context"] == {"platform": "instagram", "topic": "ai_training", "country": "NL"}
    [pattern] = body["patterns"]
    assert pattern["id"] == "buried_opt_out" and pattern["evidence"]["kind"] == "in_text"
    ids = [form["id"] for form in pattern["forms"]]
    assert ids[:2] == ["meta-ai-objection-instagram", "dpa-nl-ap-complaint"]
    assert pattern["forms"][0]["url"] == "https://help.instagram.com/contact/767264225370182"
    assert pattern["forms"][0]["caveat"]
    assert "‘recht om bezwaar te maken’" in pattern["message"]


def test_country_from_the_snapshot_body(client):
    body = client.post(ANALYZE, json=with_changes(meta_ai_notice(), country="de")).get_json()
    assert body["context"]["country"] == "DE"
    assert "dpa-de-bw-complaint" in [f["id"] for f in body["patterns"][0]["forms"]]


def test_without_country_no_national_authority_is_offered(client):
    body = client.post(ANALYZE, json=meta_ai_notice()).get_json()
    assert not any(f["id"].startswith("dpa-") for f in body["patterns"][0]["forms"])


def test_no_consent_screen(client):
    body = client.post(ANALYZE, json=with_changes(cookie_banner("en"), elements=[])).get_json()
    assert body["consent_screen"] is False and body["patterns"] == []


def test_health_version_and_openapi(client):
    assert client.get("/api/v1/health").get_json() == {"status": "ok", "model_version": FakeAnalyzer.version}
    version = client.get("/api/v1/version").get_json()
    assert version["api"] == "v1" and version["model_version"] == FakeAnalyzer.version
    assert version["model"]["labels"]
    assert client.get("/api/v1/openapi.json").get_json()["openapi"].startswith("3.1")


def test_openapi_paths_are_the_app_routes(app):
    document = openapi_document()
    served = {}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue  # the gallery's HTML pages (/gallery) are not part of the API
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        served.setdefault(path, set()).update(m.lower() for m in rule.methods - {"HEAD", "OPTIONS"})
    documented = {path: set(item) for path, item in document["paths"].items()}
    assert served == documented


def test_openapi_request_schema_is_the_snapshot_schema():
    document = openapi_document()
    snapshot = document["components"]["schemas"]["Snapshot"]
    assert snapshot["required"] == ["schema_version", "dialog", "elements"]
    assert snapshot["properties"]["elements"]["items"] == {"$ref": "#/components/schemas/Snapshot_element"}
    assert "$defs" not in json.dumps(document)


# -- errors -----------------------------------------------------------------

def test_400_malformed_json(client):
    error = error_of(client.post(ANALYZE, data=b'{"schema_version": 1,', content_type="application/json"), 400)
    assert error["code"] == "malformed_json" and "line 1" in error["message"]


@pytest.mark.parametrize("body", [b"", b"\xff\xfe{}", b'{"a": NaN}', b'{"a": 1e999}', b"[" * 100_000,
                                  b'{"a": ' + b"9" * 5000 + b"}"])
def test_400_for_unreadable_bodies(client, body):
    assert error_of(client.post(ANALYZE, data=body, content_type="application/json"), 400)["code"] == "malformed_json"


def test_413_over_the_size_limit(analyzer):
    small = create_app({"ANALYZER": analyzer, "MAX_CONTENT_LENGTH": 1000}).test_client()
    snapshot = with_changes(cookie_banner("en"), dialog={"text": "x" * 2000})
    error = error_of(small.post(ANALYZE, json=snapshot), 413)
    assert error["code"] == "payload_too_large" and "1000" in error["message"]


def test_413_default_is_4_mb(client):
    assert error_of(client.post(ANALYZE, data=b" " * (4 * 1024 * 1024 + 1), content_type="application/json"), 413)


def test_max_bytes_from_the_environment(monkeypatch, analyzer):
    monkeypatch.setenv("CONSENTLENS_MAX_BYTES", "2048")
    assert create_app({"ANALYZER": analyzer}).config["MAX_CONTENT_LENGTH"] == 2048
    monkeypatch.setenv("CONSENTLENS_MAX_BYTES", "lots")
    with pytest.raises(StartupError, match="CONSENTLENS_MAX_BYTES"):
        create_app({"ANALYZER": analyzer})


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "application/json; charset=latin-1"])
def test_415_wrong_content_type(client, content_type):
    data = json.dumps(cookie_banner("en")).encode()
    response = client.post(ANALYZE, data=data, content_type=content_type) if content_type else \
        client.post(ANALYZE, data=data)
    assert error_of(response, 415)["code"] == "unsupported_media_type"


def test_json_with_charset_and_suffix_types_are_accepted(client):
    data = json.dumps(cookie_banner("en")).encode()
    assert client.post(ANALYZE, data=data, content_type="application/json; charset=UTF-8").status_code == 200
    assert client.post(ANALYZE, data=data, content_type="application/snapshot+json").status_code == 200


@pytest.mark.parametrize("change, path", [
    (lambda s: s.pop("dialog"), "$.dialog"),
    (lambda s: s.update(schema_version=2), "$.schema_version"),
    (lambda s: s["elements"][1].update(tag=7), "$.elements[1].tag"),
    (lambda s: s["elements"][0]["bbox"].update(w=-1), "$.elements[0].bbox.w"),
    (lambda s: s["elements"][0].update(label_role="boss"), "$.elements[0].label_role"),
    (lambda s: s["dialog"].update(text="x" * 100_001), "$.dialog.text"),
    (lambda s: s["elements"][0].update(color="red"), "$.elements[0].color"),
    (lambda s: s.update(elements=[{"tag": "a", "text": ""}] * 2001), "$.elements"),
])
def test_422_names_the_bad_field(client, change, path):
    snapshot = cookie_banner("en")
    change(snapshot)
    error = error_of(client.post(ANALYZE, json=snapshot), 422)
    assert error["code"] == "invalid_snapshot" and error["path"] == path
    assert path in error["message"]
    assert "x" * 100 not in error["message"], "messages do not echo the input"


@pytest.mark.parametrize("body", [b"[]", b'"snapshot"', b"3", b"null"])
def test_422_for_json_that_is_not_an_object(client, body):
    assert error_of(client.post(ANALYZE, data=body, content_type="application/json"), 422)["path"] == "$"


def test_422_bad_country(client):
    assert error_of(client.post(ANALYZE + "?country=Netherlands", json=cookie_banner("en")), 422)["path"] == "?country"
    assert error_of(client.post(ANALYZE, json=with_changes(cookie_banner("en"), country=31)), 422)["path"] == "$.country"
    # the query wins, but a bad body country is still an error, not silently ignored
    bad_body = with_changes(cookie_banner("en"), country="Nederland")
    assert error_of(client.post(ANALYZE + "?country=NL", json=bad_body), 422)["path"] == "$.country"


def test_404_and_405_are_json(client):
    assert error_of(client.get("/api/v1/nothing"), 404)["code"] == "not_found"
    assert error_of(client.get("/"), 404)
    response = client.get(ANALYZE)
    assert error_of(response, 405)["code"] == "method_not_allowed"
    assert "POST" in response.headers["Allow"]
    assert error_of(client.delete("/api/v1/health"), 405)


def test_503_when_the_time_budget_runs_out():
    slow = create_app({"ANALYZER": FakeAnalyzer(delay=0.5), "TIME_BUDGET_MS": 50}).test_client()
    response = slow.post(ANALYZE, json=cookie_banner("en"))
    assert error_of(response, 503)["code"] == "time_budget_exceeded"
    assert response.headers["Retry-After"] == "1"


def test_server_timing_gives_the_models_share_of_the_request():
    slow = create_app({"ANALYZER": FakeAnalyzer(delay=0.05)}).test_client()
    timing = slow.post(ANALYZE, json=cookie_banner("en")).headers["Server-Timing"]
    match = re.fullmatch(r"analyze;dur=(\d+\.\d\d)", timing)
    assert match and float(match.group(1)) >= 50, timing


def test_500_from_an_analyzer_bug_is_json_and_logs_no_snapshot_content(caplog):
    broken = create_app({"ANALYZER": FakeAnalyzer(fail=ValueError("secret dialog text"))}).test_client()
    with caplog.at_level(logging.INFO, logger="consentlens.server"):
        response = broken.post(ANALYZE, json=cookie_banner("en"))
    assert error_of(response, 500)["code"] == "internal_error"
    assert "secret dialog text" not in response.get_data(as_text=True)
    assert "ValueError" in caplog.text and "secret dialog text" not in caplog.text


def test_logs_carry_no_snapshot_content(client, caplog):
    snapshot = with_changes(cookie_banner("en"), url="https://private.example/inbox?user=alice")
    snapshot["dialog"]["text"] = "Alice's private dialog text"
    with caplog.at_level(logging.DEBUG):
        client.post(ANALYZE + "?country=NL", json=snapshot)
        client.post(ANALYZE, json=with_changes(snapshot, schema_version=9))
    assert "POST /api/v1/analyze 200" in caplog.text
    for secret in ("Alice", "private.example", "country=NL"):
        assert secret not in caplog.text


# -- bounds -----------------------------------------------------------------

def test_text_is_truncated_and_elements_capped_before_analysis(analyzer):
    app = create_app({"ANALYZER": analyzer, "MAX_ELEMENTS": 5, "MAX_TEXT_CHARS": 100,
                      "MAX_ELEMENT_TEXT_CHARS": 10})
    snapshot = cookie_banner("en")
    hidden = dict(snapshot["elements"][0], visible=False, text="hidden", label_role="other")
    snapshot["elements"] = [hidden] * 10 + snapshot["elements"] + [dict(snapshot["elements"][0], text="y" * 50)]
    snapshot["dialog"]["text"] = "z" * 5000
    snapshot["dialog"]["html"] = "<div>" * 1000
    snapshot["extra"] = {"deep": ["ignored"]}
    body = app.test_client().post(ANALYZE, json=snapshot).get_json()
    seen = analyzer.seen[-1]
    assert len(seen["dialog"]["text"]) == 100 and "html" not in seen["dialog"] and "extra" not in seen
    assert len(seen["elements"]) == 5
    assert [e["text"] for e in seen["elements"][-3:]] == ["Accept all", "Reject", "y" * 10]
    # indexes in the answer point into the client's element list, not the trimmed one
    evidence = body["patterns"][0]["evidence"]
    assert (evidence["element"], evidence["reference"]) == (11, 10)


# -- CORS -------------------------------------------------------------------

@pytest.mark.parametrize("origin", [EXTENSION, "moz-extension://0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
                                    "https://dashboard.example"])
def test_cors_allows_extensions_and_configured_origins(client, origin):
    preflight = client.options(ANALYZE, headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                 "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == origin
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]
    response = client.post(ANALYZE, json=cookie_banner("en"), headers={"Origin": origin})
    assert response.headers["Access-Control-Allow-Origin"] == origin
    assert "Origin" in response.headers["Vary"]
    assert "Access-Control-Allow-Credentials" not in response.headers
    error = client.post(ANALYZE, data=b"{", content_type="application/json", headers={"Origin": origin})
    assert error.status_code == 400 and error.headers["Access-Control-Allow-Origin"] == origin


@pytest.mark.parametrize("origin", ["https://evil.example", "null", "chrome-extension://", "https://dashboard.example.evil",
                                    "http://dashboard.example"])
def test_cors_denies_other_origins(client, origin):
    preflight = client.options(ANALYZE, headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
    assert error_of(preflight, 403)["code"] == "origin_not_allowed"
    assert "Access-Control-Allow-Origin" not in preflight.headers
    response = client.post(ANALYZE, json=cookie_banner("en"), headers={"Origin": origin})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_origins_from_the_environment(monkeypatch, analyzer):
    monkeypatch.setenv("CONSENTLENS_CORS_ORIGINS", "https://a.example, http://localhost:3000")
    assert create_app({"ANALYZER": analyzer}).config["CORS_ORIGINS"] == ("https://a.example", "http://localhost:3000")
    monkeypatch.setenv("CONSENTLENS_CORS_ORIGINS", "*")
    with pytest.raises(StartupError, match="CONSENTLENS_CORS_ORIGINS"):
        create_app({"ANALYZER": analyzer})


# -- start-up -----------------------------------------------------------------

def test_start_up_fails_clearly_when_the_model_cannot_be_loaded(tmp_path):
    with pytest.raises(StartupError) as failure:
        load_default_analyzer(str(tmp_path / "no-model-here"))
    assert "model" in str(failure.value)


# -- with the real model ----------------------------------------------------------

@pytest.fixture(scope="module")
def real_client():
    from consentlens.paths import MODEL_DIR

    if not (MODEL_DIR / "metadata.json").exists():
        pytest.skip("no trained model yet (model/artefacts/metadata.json); run `consentlens train`")
    return create_app().test_client()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_real_model_answers_in_the_documented_shape(real_client, lang):
    response = real_client.post(ANALYZE + "?country=NL", json=cookie_banner(lang))
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["lang"] == lang and body["model_version"] == real_client.get("/api/v1/health").get_json()["model_version"]
    assert len(body["elements"]) == 2 and {e["role"] for e in body["elements"]} <= {
        "accept", "reject", "settings", "pay", "object", "close", "other"}
    for pattern in body["patterns"]:
        assert pattern["message"] and pattern["legal"] == LEGAL_ANCHORS[pattern["id"]]
        assert all(form["url"].startswith("https://") for form in pattern["forms"])


def test_real_model_meta_ai_notice_on_instagram(real_client):
    body = real_client.post(ANALYZE + "?country=NL", json=meta_ai_notice()).get_json()
    assert body["context"] == {"platform": "instagram", "topic": "ai_training", "country": "NL"}
    for pattern in body["patterns"]:
        if pattern["id"] == "buried_opt_out":
            assert [f["id"] for f in pattern["forms"][:2]] == ["meta-ai-objection-instagram", "dpa-nl-ap-complaint"]
