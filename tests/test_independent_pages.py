"""Screens written by hand for this test, in designs no training generator makes
(tests/pages/independent/; the Meta ones are in test_meta_screens.py): the
shipped model must name each one's pattern, and that one only, from the saved
page alone, as `consentlens classify` sees it."""

from pathlib import Path

import pytest

from consentlens.inputs import load_input

PAGES = Path(__file__).resolve().parent / "pages" / "independent"

# page -> (patterns the model must find, the element each finding must name)
EXPECTED = {
    "de_no_reject.html": (["no_reject"], "Alles klar, akzeptieren"),
    "nl_wall.html": (["consent_wall"], "Ja, ik ga akkoord"),
    "en_poc.html": (["pay_or_consent"], "Subscribe now"),
    "fr_buried.html": (["buried_opt_out"], "Refuser"),
    "fr_preselected.html": (["preselected"], None),
}


def test_every_independent_page_is_listed():
    assert {path.name for path in PAGES.glob("*.html")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_independent_page(name, analyzer):
    snapshot = load_input(str(PAGES / name))
    result = analyzer.analyze(snapshot)
    patterns, element = EXPECTED[name]
    assert result["consent_screen"] is True
    assert [p["id"] for p in result["patterns"]] == patterns, analyzer.probabilities(snapshot)
    if element is not None:
        named = result["patterns"][0]["evidence"]["element"]
        assert snapshot["elements"][named]["text"] == element
