"""Case and auditor names are labels a person reads, never paths: checked at the edge."""

from __future__ import annotations

import re

MAX_NAME = 100
_NAME = re.compile(r"[^\W_][\w .,:()#&'+-]*")


def check_name(value, what: str = "name") -> str:
    """The name with outer spaces removed, or ValueError saying what is allowed."""
    if not isinstance(value, str):
        raise ValueError(f"the {what} must be a string")
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value):
        raise ValueError(f"the {what} holds control characters")
    name = " ".join(value.split())
    if not name:
        raise ValueError(f"the {what} is empty")
    if len(name) > MAX_NAME:
        raise ValueError(f"the {what} is longer than {MAX_NAME} characters")
    if ".." in name or not _NAME.fullmatch(name):
        raise ValueError(f"the {what} {value[:60]!r} may hold letters, digits, spaces and . , : ( ) # & ' + - _ "
                         "(starting with a letter or digit, no '..', no slashes): it is a label, not a path")
    return name
