"""The snapshot schema compiled into plain Python functions for the request path.

jsonschema interprets the schema afresh for every value it checks: about
12 ms for a 50 KB snapshot, more than everything else a request costs
outside the model. `compile_schema()` turns the same schema.json, once, into
one small closure per schema node:

- `check(document) -> bool`. Never looser than jsonschema, and stricter in
  one harmless way: types are exact, so 1.0 is no integer here (JSON Schema
  says it is). validation.py therefore asks jsonschema whenever the answer
  is no; it names the bad field (the 422 answer is word for word
  jsonschema's) or, rarely, accepts the document after all.
- `prune(document)`: the copy the analyzer sees, with only the properties
  the schema names (at every level) and numbers clamped to +-MAX_NUMBER.
  It expects a valid document.

Only the keywords in _KEYWORDS and _ANNOTATIONS are understood; any other
makes compile_schema() raise, so a schema change cannot silently weaken the
check (add the keyword here; tests/test_server_validation.py compares the
answers with jsonschema's on many documents).
"""

from __future__ import annotations

import math
import re
from typing import Callable

# Numbers beyond this magnitude are no CSS pixel, z-index or ratio (the largest
# z-index in use is 2^31 - 1); clamped so that no product of two measures
# overflows in the feature pipeline.
MAX_NUMBER = 1e10

_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples",
                          "format", "deprecated", "readOnly", "writeOnly"})  # format: annotation only in 2020-12
_KEYWORDS = frozenset({"$ref", "type", "const", "enum", "required", "properties", "items", "minItems", "maxItems",
                       "minLength", "maxLength", "minimum", "maximum", "pattern"})
# JSON type -> the Python types json.loads makes for it (exact: bool is no number)
_PYTHON_TYPES = {"object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,),
                 "null": (type(None),), "number": (int, float), "integer": (int,)}
_NUMBERS = frozenset({int, float})
_SCALARS = frozenset({str, int, float, bool, type(None)})
_DROP = object()

Check = Callable[[object], bool]


def _clamp(value):
    if type(value) in _NUMBERS and abs(value) > MAX_NUMBER:
        return type(value)(math.copysign(MAX_NUMBER, value))
    return value


class CompiledSchema:
    def __init__(self, check: Check, prune: Callable[[object], object]):
        self.check, self.prune = check, prune


def compile_schema(schema: dict) -> CompiledSchema:
    """`schema` (draft 2020-12, the keywords above) as a CompiledSchema; ValueError for anything else."""
    definitions = schema.get("$defs", {})
    compiled: dict[str, tuple | None] = {}

    def node(part: dict, where: str) -> tuple:
        """(check, prune) of one schema node; prune is None where values are kept as they are."""
        if not isinstance(part, dict):
            raise ValueError(f"{where}: boolean schemas are not supported")
        unknown = set(part) - _KEYWORDS - _ANNOTATIONS
        if unknown:
            raise ValueError(f"{where}: the keyword(s) {', '.join(sorted(unknown))} are not supported by "
                             "server/compiled_schema.py; add them there")
        if "$ref" in part:
            if set(part) - _ANNOTATIONS - {"$ref"}:
                raise ValueError(f"{where}: $ref beside other keywords is not supported")
            return reference(part["$ref"], where)
        return _node(part, where, node)

    def reference(ref: str, where: str) -> tuple:
        name = ref[len("#/$defs/"):] if ref.startswith("#/$defs/") else None
        if name not in definitions or "/" in name:
            raise ValueError(f"{where}: only references to #/$defs/NAME are supported, not {ref!r}")
        if ref not in compiled:
            compiled[ref] = None
            compiled[ref] = node(definitions[name], ref)
        if compiled[ref] is None:
            raise ValueError(f"{where}: recursive references are not supported ({ref})")
        return compiled[ref]

    check, prune = node(schema, "#")
    return CompiledSchema(check, prune or (lambda value: value))


def _node(part: dict, where: str, node) -> tuple:
    types = part.get("type")
    names = [types] if isinstance(types, str) else types
    nullable = names is not None and "null" in names and len(names) > 1
    if nullable:
        names = [name for name in names if name != "null"]
    if names is not None and len(names) != 1:
        raise ValueError(f"{where}: a type list other than [TYPE, \"null\"] is not supported")
    name = names[0] if names else None
    if "enum" in part or "const" in part:
        check, prune = _choice(part, where, name)
    elif name is None:
        raise ValueError(f"{where}: a node without type, enum or const is not supported")
    elif name == "string":
        check, prune = _string(part), None
    elif name in ("number", "integer"):
        check, prune = _number(part, _PYTHON_TYPES[name]), _clamp
    elif name == "boolean":
        check, prune = (lambda value: type(value) is bool), None
    elif name == "null":
        check, prune = (lambda value: value is None), None
    elif name == "array":
        check, prune = _array(part, where, node)
    else:
        check, prune = _object(part, where, node)
    if nullable:
        inner, inner_prune = check, prune
        check = lambda value: value is None or inner(value)  # noqa: E731
        prune = None if inner_prune is None else (lambda value: value if value is None else inner_prune(value))
    return check, prune


def _choice(part: dict, where: str, name: str | None) -> tuple:
    if len(set(part) & _KEYWORDS - {"type"}) != 1:
        raise ValueError(f"{where}: enum or const beside keywords other than type are not supported")
    options = part["enum"] if "enum" in part else [part["const"]]
    if any(isinstance(option, (dict, list)) for option in options):
        raise ValueError(f"{where}: enum and const of objects or arrays are not supported")
    allowed = frozenset((type(option), option) for option in options
                        if name is None or type(option) in _PYTHON_TYPES[name])

    def check(value) -> bool:  # the type too: true is not 1
        return type(value) in _SCALARS and (type(value), value) in allowed

    numeric = any(type(option) in _NUMBERS for option in options)
    return check, (_clamp if numeric else None)


def _string(part: dict) -> Check:
    low, high = part.get("minLength", 0), part.get("maxLength", math.inf)
    if "pattern" not in part:
        return lambda value: type(value) is str and low <= len(value) <= high
    search = re.compile(part["pattern"]).search
    return lambda value: type(value) is str and low <= len(value) <= high and search(value) is not None


def _number(part: dict, python_types: tuple) -> Check:
    allowed = frozenset(python_types)
    low, high = part.get("minimum", -math.inf), part.get("maximum", math.inf)
    return lambda value: type(value) in allowed and low <= value <= high


def _array(part: dict, where: str, node) -> tuple:
    low, high = part.get("minItems", 0), part.get("maxItems", math.inf)
    if "items" not in part:
        raise ValueError(f"{where}: an array without items is not supported")
    item_check, item_prune = node(part["items"], where + "/items")

    def check(value) -> bool:
        return type(value) is list and low <= len(value) <= high and all(map(item_check, value))

    def prune(value):
        return list(value) if item_prune is None else [item_prune(item) for item in value]

    return check, prune


def _object(part: dict, where: str, node) -> tuple:
    required = tuple(part.get("required", ()))
    children = {key: node(sub, f"{where}/properties/{key}") for key, sub in part.get("properties", {}).items()}
    checks = {key: check for key, (check, _) in children.items()}
    prunes = {key: prune for key, (_, prune) in children.items()}

    def check(value) -> bool:
        if type(value) is not dict:
            return False
        for key in required:
            if key not in value:
                return False
        for key, item in value.items():
            test = checks.get(key)
            if test is not None and not test(item):
                return False
        return True

    def prune(value):
        out = {}
        for key, item in value.items():
            function = prunes.get(key, _DROP)
            if function is None:
                out[key] = item
            elif function is not _DROP:
                out[key] = function(item)
        return out

    return check, prune
