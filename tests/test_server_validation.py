"""The compiled snapshot schema (server/compiled_schema.py) against jsonschema, the reference.

The compiled check may never accept what jsonschema refuses; validate_snapshot
(compiled check, jsonschema when it says no) must give jsonschema's verdict on
every document; prune must keep exactly what the schema names.
"""

from __future__ import annotations

import copy
import json
import math

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample_snapshots import cookie_banner, json_paths, meta_ai_notice

from consentlens.server.compiled_schema import MAX_NUMBER, compile_schema
from consentlens.server.errors import ApiError
from consentlens.server.validation import bound_snapshot, compiled_snapshot_schema, snapshot_schema, validate_snapshot

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
REFERENCE = jsonschema.Draft202012Validator(snapshot_schema())
BASES = [cookie_banner("de"), cookie_banner("fr"), meta_ai_notice()]
BASES[0]["dialog"]["privacy_links"] = [{"kind": "policy", "url": "https://www.example.org/privacy", "text": "Privacy"}]


PATHS = sorted({(b, p) for b, base in enumerate(BASES) for p in json_paths(base) if p}, key=str)
# one path per place in the schema (every element is checked alike)
FIELDS = list({tuple(0 if isinstance(k, int) else k for k in path): (b, path) for b, path in PATHS}.values())
# values near the schema's edges: bools where numbers go, 1.0 for an integer, too long, colours, enums
EDGES = [None, True, False, 0, 1, 2, -1, 3, 1001, 2 ** 31, 1.0, 2.0, -0.5, 0.5, 1.5, 1e12, -1e12, "", "#aabbcc",
         "#AABBCC\n", "#abc", "x" * 36, "x" * 65, "x" * 201, "x" * 2001, "x" * 4097, "button", "policy", "dpo",
         "https://a.example/p", "mailto:dpo@a.example", "accept", "static", "fixed", "external", [], {}]
scalars = (st.sampled_from(EDGES) | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
           | st.text(max_size=5))
json_values = scalars | st.recursive(scalars, lambda children: st.lists(children, max_size=3) | st.dictionaries(
    st.sampled_from(["x", "y", "w", "h", "kind", "url", "text", "tag"]), children, max_size=4), max_leaves=8)


def _set(document, path, value):
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value


def _verdict(document) -> bool:
    try:
        validate_snapshot(document)
    except ApiError as error:
        assert error.status == 422
        return False
    return True


@SETTINGS
@given(target=st.sampled_from(PATHS), value=json_values, extra=st.sampled_from([None, "elements", "dialog"]))
def test_the_compiled_check_is_never_looser_and_the_service_gives_jsonschemas_verdict(target, value, extra):
    base, path = target
    document = copy.deepcopy(BASES[base])
    _set(document, path, value)
    if extra == "elements" and isinstance(document.get("elements"), list) and document["elements"]:
        document["elements"].append(copy.deepcopy(document["elements"][0]))
    elif extra == "dialog" and isinstance(document.get("dialog"), dict):
        document["dialog"].pop("text", None)
    valid = REFERENCE.is_valid(document)
    if compiled_snapshot_schema().check(document):
        assert valid, f"compiled accepted what jsonschema refuses: {path} = {value!r}"
    assert _verdict(document) == valid


def test_every_edge_value_in_every_field_gets_jsonschemas_verdict():
    for base, path in FIELDS:
        for value in EDGES:
            document = copy.deepcopy(BASES[base])
            _set(document, path, value)
            valid = REFERENCE.is_valid(document)
            if compiled_snapshot_schema().check(document):
                assert valid, (path, value)
            elif valid:
                assert _verdict(document), (path, value)


@pytest.mark.parametrize("change", [
    lambda s: s["elements"][0].update(index=1.0),            # JSON Schema: 1.0 is an integer
    lambda s: s["elements"][0].update(layer=1.0),            # and equal to 1 in an enum
    lambda s: s.update(schema_version=1.0),
])
def test_what_only_the_compiled_check_refuses_is_accepted_through_jsonschema(change):
    snapshot = cookie_banner("en")
    change(snapshot)
    assert not compiled_snapshot_schema().check(snapshot)
    assert validate_snapshot(snapshot) is snapshot


@pytest.mark.parametrize("change", [
    lambda s: s.update(schema_version=True),                 # true is not 1
    lambda s: s["elements"][0].update(layer=True),
    lambda s: s["dialog"].update(z_index=False),             # a boolean is no number
    lambda s: s["elements"][0].update(index=-1),
    lambda s: s["elements"][0].update(opacity=1.5),
    lambda s: s["elements"][0].update(color="#aabbc"),
    lambda s: s["dialog"].update(cmp="x" * 65),
    lambda s: s["dialog"].update(privacy_links=[{"kind": "policy", "url": "http://plain.example/"}]),
    lambda s: s["dialog"].update(privacy_links=[{"kind": "dpo", "url": "mailto:a@b.example"}] * 4),
    lambda s: s["elements"][1].pop("text"),
    lambda s: s.update(elements={"0": {}}),
])
def test_invalid_snapshots_are_refused_by_both(change):
    snapshot = cookie_banner("en")
    change(snapshot)
    assert not REFERENCE.is_valid(snapshot)
    assert not compiled_snapshot_schema().check(snapshot)
    assert not _verdict(snapshot)


def _reference_prune(value, node, defs):
    """The schema-walking pruner the compiled one replaced."""
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    if isinstance(value, dict):
        known = node.get("properties", {})
        return {key: _reference_prune(item, known[key], defs) for key, item in value.items() if key in known}
    if isinstance(value, list):
        return [_reference_prune(item, node.get("items", {}), defs) for item in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        return type(value)(math.copysign(MAX_NUMBER, value))
    return value


@SETTINGS
@given(target=st.sampled_from(PATHS), value=json_values, junk=st.sampled_from(["", "extra", "nested"]))
def test_prune_keeps_what_the_schema_names_and_clamps_numbers(target, value, junk):
    base, path = target
    document = copy.deepcopy(BASES[base])
    _set(document, path, value)
    if not REFERENCE.is_valid(document):
        return
    if junk == "extra":
        document["extra"] = {"deep": ["ignored"]}
    elif junk == "nested" and document["elements"] and "bbox" in document["dialog"]:
        document["elements"][0]["unknown"] = 1e300
        document["dialog"]["bbox"]["z"] = 3
    schema = snapshot_schema()
    before = json.dumps(document)
    pruned = compiled_snapshot_schema().prune(document)
    assert pruned == _reference_prune(document, schema, schema["$defs"])
    assert json.dumps(document) == before, "prune copies, it never changes its input"


def test_bound_snapshot_clamps_huge_numbers_and_keeps_the_types():
    snapshot = cookie_banner("en")
    snapshot["dialog"]["z_index"] = 10 ** 30
    snapshot["elements"][0]["bbox"]["x"] = -1e300
    bounded, _ = bound_snapshot(snapshot, max_elements=400, max_text=20_000, max_element_text=300)
    assert bounded["dialog"]["z_index"] == 10 ** 10 and isinstance(bounded["dialog"]["z_index"], int)
    assert bounded["elements"][0]["bbox"]["x"] == -1e10


@pytest.mark.parametrize("schema, complaint", [
    ({"type": "object", "additionalProperties": False}, "additionalProperties"),
    ({"type": "object", "properties": {"a": {"$ref": "https://elsewhere.example/s.json"}}}, "only references"),
    ({"$defs": {"a": {"type": "array", "items": {"$ref": "#/$defs/a"}}}, "$ref": "#/$defs/a"}, "recursive"),
    ({"type": ["string", "number"]}, "type list"),
    ({"enum": ["a"], "maxLength": 3}, "enum or const"),
    ({"anyOf": [{"type": "string"}]}, "anyOf"),
])
def test_keywords_the_compiler_does_not_know_are_refused_not_ignored(schema, complaint):
    with pytest.raises(ValueError, match=complaint):
        compile_schema(schema)


def test_the_shipped_schema_compiles():
    compiled = compile_schema(snapshot_schema())
    assert compiled.check(cookie_banner("de")) and compiled.check(meta_ai_notice())
    assert not compiled.check({"schema_version": 1})
