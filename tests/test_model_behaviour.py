"""Behavioural tests of the shipped model: invariance and direction.

They run the real artefact on screens written for the tests (tests/screens.py),
in all four languages, so a regression in the converter, the features or the
model shows up here.
"""

import json
from pathlib import Path

import pytest

from consentlens.snapshot.from_html import snapshot_from_html
from screens import alone, banner, page_of_its_own

LANGS = ("en", "de", "nl", "fr")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def analyze(analyzer):
    return lambda html: analyzer.analyze(snapshot_from_html(html, "https://www.northwind-daily.example/"))


def ids(result):
    return sorted(p["id"] for p in result["patterns"])


@pytest.mark.parametrize("lang", LANGS)
def test_a_fair_banner_is_fair_in_every_language(analyze, lang):
    result = analyze(banner(lang))
    assert result["consent_screen"] is True
    assert ids(result) == []


@pytest.mark.parametrize("lang", LANGS)
def test_renaming_the_brand_keeps_the_verdict(analyze, lang):
    for reject in ("button", "faint", None):
        a = analyze(banner(lang, brand="Northwind Daily", reject=reject))
        b = analyze(banner(lang, brand="Zephyr Courant", reject=reject))
        assert ids(a) == ids(b), reject


@pytest.mark.parametrize("lang", LANGS)
def test_removing_the_reject_button_adds_no_reject(analyze, lang):
    assert "no_reject" not in ids(analyze(banner(lang)))
    assert "no_reject" in ids(analyze(banner(lang, reject=None)))


@pytest.mark.parametrize("lang", LANGS)
def test_a_banner_on_an_otherwise_empty_page_is_judged_as_on_an_article(analyze, lang):
    # a bar fixed over a page that happens to have no text is no page of its own
    for reject in ("button", "faint", None):
        assert ids(analyze(alone(banner(lang, reject=reject)))) == ids(analyze(banner(lang, reject=reject))), reject


@pytest.mark.parametrize("lang", LANGS)
def test_a_consent_page_of_its_own_without_a_refusal_is_a_wall(analyze, lang):
    # nothing else on the page, only accept and a settings route: a wall that also offers
    # settings in place of a refusal (TAXONOMY: + no_reject); with a refusal it is fair
    assert ids(analyze(page_of_its_own(banner(lang, reject=None)))) == ["consent_wall", "no_reject"]
    assert ids(analyze(page_of_its_own(banner(lang)))) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_faint_10px_reject_link_adds_buried_opt_out(analyze, lang):
    result = analyze(banner(lang, reject="faint"))
    assert "buried_opt_out" in ids(result)
    assert "no_reject" not in ids(result)
    finding = next(p for p in result["patterns"] if p["id"] == "buried_opt_out")
    evidence = finding["evidence"]
    assert result["elements"][evidence["element"]]["role"] == "reject"
    assert evidence["measures"]["size_ratio"] > 2


def test_translating_a_fair_banner_keeps_it_fair(analyze):
    verdicts = {lang: ids(analyze(banner(lang))) for lang in LANGS}
    assert set(map(tuple, verdicts.values())) == {()}


def test_roles_of_the_fair_banner(analyze):
    result = analyze(banner("de"))
    roles = {e["text"]: e["role"] for e in result["elements"]}
    assert roles["Alle akzeptieren"] == "accept"
    assert roles["Alle ablehnen"] == "reject"
    assert roles["Optionen verwalten"] == "settings"
    assert roles["Datenschutzerklärung"] == "other"


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.html")))
def test_the_bundled_examples(analyzer, name):
    from consentlens.inputs import load_input

    expected = json.loads((EXAMPLES / "EXPECTED.json").read_text(encoding="utf-8"))[name]
    result = analyzer.analyze(load_input(EXAMPLES / name))
    assert result["consent_screen"] == expected["consent_screen"]
    assert ids(result) == sorted(expected["patterns"])
