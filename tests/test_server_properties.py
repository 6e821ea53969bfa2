"""Property tests: whatever a client sends, the API answers with JSON and never a 5xx.

Hypothesis throws random bytes, random JSON and snapshots with wrong types at
POST /api/v1/analyze; schemathesis generates requests from the API's own
OpenAPI document and checks every answer against it (status codes, content
types, response schemas). Both run against the fake analyzer, and again
against the real model once model/artefacts/metadata.json exists.
"""

from __future__ import annotations

import json

import pytest
from fake_analyzer import FakeAnalyzer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample_snapshots import cookie_banner, json_paths, meta_ai_notice

from consentlens.paths import MODEL_DIR
from consentlens.server import create_app, load_default_analyzer

ANALYZE = "/api/v1/analyze"
ARTEFACT = MODEL_DIR / "metadata.json"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def client():
    return create_app({"ANALYZER": FakeAnalyzer(), "MAX_CONTENT_LENGTH": 64 * 1024}).test_client()


def assert_answered(response):
    assert response.status_code < 500, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    if response.status_code >= 400:
        assert body["error"]["status"] == response.status_code
        assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@SETTINGS
@given(body=st.binary(max_size=2000), content_type=st.sampled_from(
    ["application/json", "text/plain", "", "application/json; charset=utf-16", "application/x+json"]))
def test_random_bytes_never_give_a_server_error(client, body, content_type):
    assert_answered(client.post(ANALYZE, data=body, content_type=content_type))


@SETTINGS
@given(document=json_values)
def test_random_json_never_gives_a_server_error(client, document):
    assert_answered(client.post(ANALYZE, data=json.dumps(document), content_type="application/json"))


BASES = [cookie_banner("de"), cookie_banner("fr"), meta_ai_notice()]
PATHS = sorted({(b, p) for b, base in enumerate(BASES) for p in json_paths(base) if p}, key=str)


@SETTINGS
@given(target=st.sampled_from(PATHS), value=json_values, query=st.sampled_from(["", "?country=NL", "?country=x1"]))
def test_a_wrong_value_anywhere_in_a_snapshot_never_gives_a_server_error(client, target, value, query):
    base, path = target
    snapshot = json.loads(json.dumps(BASES[base]))
    parent = snapshot
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    body = assert_answered(client.post(ANALYZE + query, json=snapshot))
    if "error" not in body:
        assert set(body) >= {"consent_screen", "patterns", "elements", "model_version", "lang"}


@pytest.fixture(scope="module", params=["fake", "real"])
def app(request):
    """The service with the fake analyzer, then with the real model (skipped until it is trained)."""
    if request.param == "fake":
        return create_app({"ANALYZER": FakeAnalyzer()})
    if not ARTEFACT.exists():
        pytest.skip("no trained model yet (model/artefacts/metadata.json); run `consentlens train`")
    # A generous budget: these tests are about input, not speed on a busy machine.
    return create_app({"ANALYZER": load_default_analyzer(), "TIME_BUDGET_MS": 30_000})


@SETTINGS
@given(target=st.sampled_from(PATHS), value=json_values)
def test_wrong_values_never_give_a_server_error_with_either_analyzer(app, target, value):
    base, path = target
    snapshot = json.loads(json.dumps(BASES[base]))
    parent = snapshot
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    assert_answered(app.test_client().post(ANALYZE, json=snapshot))


try:
    import schemathesis
except ImportError:  # an optional test dependency: pip install -e .[test]
    schemathesis = None

if schemathesis is not None:
    from consentlens.server.openapi import openapi_document

    schema = schemathesis.openapi.from_dict(openapi_document())

    @schema.parametrize()
    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    def test_answers_conform_to_the_openapi_document(app, case):
        case.call_and_validate(app=app)
