"""Screens written by hand for this test, in designs no training generator makes
(tests/pages/independent/; the Meta ones are in test_meta_screens.py): the
shipped model must name each one's pattern and that one only, call the fair
ones fair and the newsletter and login pop-ups no consent screen at all, from
the saved page alone, as `consentlens classify` sees it."""

from pathlib import Path

import pytest

from consentlens.inputs import load_input

PAGES = Path(__file__).resolve().parent / "pages" / "independent"

# page -> (patterns the model must find, the element the first finding must name);
# None in place of the patterns: no consent screen at all
EXPECTED = {
    "de_fair_notwendig.html": ([], None),
    "fr_fair_modal.html": ([], None),
    "en_confirmshaming.html": (["confirmshaming"], "No thanks, I prefer irrelevant ads"),
    "nl_newsletter.html": (None, None),
    "de_login.html": (None, None),
    "nl_poc.html": (["pay_or_consent"], "Puur-abonnement nemen"),
    "de_buried_object.html": (["buried_opt_out"], "zu widersprechen"),
    "fr_misleading.html": (["misleading_wording"], None),
    # AI-training notices of other platforms: the objection link is in the text, the button dismisses
    "de_ai_notice_other.html": (["buried_opt_out"], "hier widersprechen"),
    "en_ai_notice_other.html": (["buried_opt_out"], "opt out in your data privacy settings"),
    "de_no_reject.html": (["no_reject"], "Alles klar, akzeptieren"),
    "nl_wall.html": (["consent_wall"], "Ja, ik ga akkoord"),
    "en_poc.html": (["pay_or_consent"], "Subscribe now"),
    "fr_buried.html": (["buried_opt_out"], "Refuser"),
    "fr_preselected.html": (["preselected"], None),
    # written after training_data/generate/notices.py, in markup it does not make
    "nl_ai_notice_other.html": (["buried_opt_out"], "bezwaar maken tegen deze verwerking"),
    "fr_notice_fair.html": ([], None),
    # the other side of "a big OK dismisses a notice": on a cookie strip, OK is consent
    "en_cookie_ok_only.html": (["no_reject"], "OK"),
    "de_dialog_wall.html": (["consent_wall"], "Zustimmen und weiterlesen"),
    # six more common screens, written as probes after the model, passed without changes
    "de_misleading_li.html": (["misleading_wording", "preselected"], None),
    "de_preselected.html": (["preselected"], None),
    "en_buried_second_click.html": (["buried_opt_out"], "Decline non-essential"),
    "fr_poc.html": (["pay_or_consent"], "Je m'abonne"),
    "nl_confirmshaming.html": (["confirmshaming"], "Nee, ik wil het forum liever niet steunen"),
    "nl_no_reject.html": (["no_reject"], "Akkoord"),
    # and four pop-ups that ask for no consent, also probes that passed unchanged
    "en_paywall.html": (None, None),
    "fr_agegate.html": (None, None),
    "nl_app.html": (None, None),
    "de_chat.html": (None, None),
}


def test_every_independent_page_is_listed():
    assert {path.name for path in PAGES.glob("*.html")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_independent_page(name, analyzer):
    snapshot = load_input(str(PAGES / name))
    result = analyzer.analyze(snapshot)
    patterns, element = EXPECTED[name]
    if patterns is None:
        assert result["consent_screen"] is False and result["patterns"] == [], analyzer.probabilities(snapshot)
        return
    assert result["consent_screen"] is True
    assert sorted(p["id"] for p in result["patterns"]) == sorted(patterns), analyzer.probabilities(snapshot)
    if element is not None:
        named = result["patterns"][0]["evidence"]["element"]
        assert snapshot["elements"][named]["text"] == element
