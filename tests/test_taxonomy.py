"""The project speaks exactly the labels of ../shared/TAXONOMY.md."""

import re

import pytest

from consentlens.paths import SHARED_DIR
from consentlens.taxonomy import LANGUAGES, LEGAL_ANCHORS, PATTERNS, ROLES

TAXONOMY = SHARED_DIR / "TAXONOMY.md"


@pytest.fixture(scope="module")
def taxonomy_text():
    if not TAXONOMY.exists():
        pytest.skip(f"shared taxonomy not found at {TAXONOMY} (CI has ../shared beside the clone)")
    return TAXONOMY.read_text(encoding="utf-8")


def test_pattern_ids_match_the_shared_table(taxonomy_text):
    table_ids = re.findall(r"^\| `([a-z_]+)` \|", taxonomy_text, flags=re.M)
    assert tuple(table_ids) == PATTERNS


def test_roles_match_the_shared_list(taxonomy_text):
    section = taxonomy_text.split("## Element roles", 1)[1].split("##", 1)[0]
    listed = re.findall(r"`([a-z]+)`", section)
    assert tuple(listed[: len(ROLES)]) == ROLES


def test_every_pattern_has_its_legal_anchor(taxonomy_text):
    for pattern in PATTERNS:
        row = next(line for line in taxonomy_text.splitlines() if line.startswith(f"| `{pattern}` |"))
        assert row.rstrip(" |").endswith(LEGAL_ANCHORS[pattern]), pattern


def test_the_four_languages_are_named(taxonomy_text):
    assert LANGUAGES == ("en", "de", "nl", "fr")
    for name in ("English", "German", "Dutch", "French"):
        assert name in taxonomy_text
