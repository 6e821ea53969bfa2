"""Messages, explanations and the screen context (platform, topic, language)."""

from __future__ import annotations

import pytest

from consentlens import messages
from consentlens.context import choose_language, detect_platform, detect_topic, normalise_country
from consentlens.taxonomy import LANGUAGES, LEGAL_ANCHORS, PATTERNS

EVIDENCE = {
    "pay_or_consent": {"kind": "pay_alternative", "element": 2, "element_text": "PUR-Abo", "reference": 0,
                       "reference_text": "Mit Werbung weiterlesen", "measures": {"price": "€2.99/Monat"}},
    "consent_wall": {"kind": "only_accept", "element": 0, "element_text": "Agree and continue",
                     "measures": {"overlay_coverage": 1.0, "scroll_locked": True}},
    "no_reject": {"kind": "no_reject_first_layer", "element": 0, "element_text": "Accept all", "reference": 1,
                  "reference_text": "More options", "measures": {}},
    "buried_opt_out": {"kind": "de_emphasised", "element": 3, "element_text": "Ablehnen", "reference": 1,
                       "reference_text": "Alle akzeptieren",
                       "measures": {"size_ratio": 3.8, "contrast_ratio": 2.1, "is_link": True, "in_text": False}},
    "preselected": {"kind": "prechecked", "element": 4, "element_text": "Measure ad performance",
                    "measures": {"count": 3}},
    "confirmshaming": {"kind": "guilt_wording", "element": 2, "element_text": "No thanks, I like paying more",
                       "measures": {}},
    "misleading_wording": {"kind": "accept_saves_choices", "element": 5, "element_text": "Accept selection",
                           "measures": {"phrase": "Accept selection"}},
}


def test_every_pattern_has_a_severity_title_message_and_explanation_in_every_language():
    for pattern in PATTERNS:
        assert messages.severity(pattern) in ("high", "medium", "low")
        for lang in LANGUAGES:
            assert messages.title(pattern, lang)
            assert messages.message(pattern, EVIDENCE[pattern], lang)
            assert LEGAL_ANCHORS[pattern] in messages.explanation(pattern, lang)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_messages_name_the_element_in_every_language(pattern):
    named = EVIDENCE[pattern]["element_text"]
    texts = {lang: messages.message(pattern, EVIDENCE[pattern], lang) for lang in LANGUAGES}
    assert all(named in text for text in texts.values()), texts
    assert len(set(texts.values())) == len(LANGUAGES), "each language has its own wording"


def test_buried_opt_out_message_reads_as_documented():
    assert messages.message("buried_opt_out", EVIDENCE["buried_opt_out"], "en") == \
        "The 'Ablehnen' option is a faint link 3.8x smaller than 'Alle akzeptieren'."
    assert "3,8-mal kleiner" in messages.message("buried_opt_out", EVIDENCE["buried_opt_out"], "de")
    assert "3,8 fois plus petit" in messages.message("buried_opt_out", EVIDENCE["buried_opt_out"], "fr")


def test_in_text_objection_link():
    evidence = {"kind": "in_text", "element": 0, "element_text": "right to object", "reference": None,
                "reference_text": "", "measures": {"in_text": True, "is_link": True}}
    text = messages.message("buried_opt_out", evidence, "en")
    assert "'right to object'" in text and "running text" in text


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("evidence", [None, {}, {"kind": "unknown"}, {"kind": 3, "measures": "x"},
                                      {"element_text": None, "measures": {"size_ratio": float("nan"), "count": True}}])
def test_messages_survive_thin_or_odd_evidence(pattern, evidence):
    for lang in LANGUAGES:
        assert messages.message(pattern, evidence, lang)


def test_long_element_text_is_shortened():
    evidence = dict(EVIDENCE["confirmshaming"], element_text="No " * 200)
    assert len(messages.message("confirmshaming", evidence, "en")) < 200


def test_unsupported_language_falls_back_to_english():
    assert messages.message("no_reject", EVIDENCE["no_reject"], "es") == \
        messages.message("no_reject", EVIDENCE["no_reject"], "en")


def test_explanations_promise_no_legal_advice():
    for pattern in PATTERNS:
        assert "not legal advice" in messages.explanation(pattern, "en")
        assert "keine Rechtsberatung" in messages.explanation(pattern, "de")


def test_caveats():
    assert messages.caveat("verified", "en") is None
    for lang in LANGUAGES:
        assert messages.caveat("partly", lang) and messages.caveat("unverified", lang)


@pytest.mark.parametrize("url, platform", [
    ("https://www.instagram.com/", "instagram"),
    ("https://m.facebook.com/privacy/consent", "facebook"),
    ("https://www.facebook.com.evil.example/", None),
    ("https://notfacebook.com/", None),
    ("https://x.com/home", "x"),
    ("https://twitter.com/", "x"),
    ("https://www.linkedin.com/feed/", "linkedin"),
    ("https://www.tiktok.com/@someone", "tiktok"),
    ("https://web.whatsapp.com/", "whatsapp"),
    ("https://www.threads.net/", "meta"),
    ("https://www.spiegel.de/", None),
    ("", None),
    ("http://[::1", None),
])
def test_detect_platform(url, platform):
    assert detect_platform(url) == platform


@pytest.mark.parametrize("text, topic", [
    ("We'll use your information to develop and improve AI at Meta.", "ai_training"),
    ("Meta möchte deine Daten für KI bei Meta verwenden.", "ai_training"),
    ("Meta gebruikt je gegevens voor AI bij Meta.", "ai_training"),
    ("Meta utilisera vos informations pour développer l'IA chez Meta.", "ai_training"),
    ("Wir verwenden Cookies und ähnliche Technologien.", "cookies"),
    ("Abonnieren Sie PUR oder lesen Sie mit Werbung weiter.", "ads_personalisation"),
    ("Please confirm your email address.", None),
    ("Die Kirche und der Kiosk", None),
])
def test_detect_topic(text, topic):
    assert detect_topic(text) == topic


def test_choose_language_order():
    assert choose_language("de-AT", "fr-FR,fr;q=0.9") == "de"
    assert choose_language("", "fr-FR,fr;q=0.9,en;q=0.5") == "fr"
    assert choose_language("es", "nl;q=0.3, en;q=0.8") == "en"
    assert choose_language("", None, detected="nl") == "nl"
    assert choose_language("es", "es, pt;q=0.5") == "en"
    assert choose_language(None, "fr;q=0, de") == "de"
    assert choose_language(None, "garbage;q=x") == "en"


def test_normalise_country():
    assert normalise_country("nl") == "NL"
    assert normalise_country("") is None
    with pytest.raises(ValueError):
        normalise_country("NLD")


@pytest.mark.parametrize("kind", ["in_text", "de_emphasised"])
def test_buried_opt_out_without_an_accept_option_does_not_invent_one(kind):
    evidence = {"kind": kind, "element": 0, "element_text": "Recht auf Widerspruch", "reference": None,
                "reference_text": "", "measures": {"is_link": True, "size_ratio": None}}
    assert messages.message("buried_opt_out", evidence, "en").endswith(("not a button.", "easy to overlook."))
    assert "Zustimmen" not in messages.message("buried_opt_out", evidence, "de")


def test_every_covers_text_belongs_to_an_ai_training_route_of_the_catalogue_in_every_language():
    from consentlens.forms import shipped_catalogue

    catalogue = {entry["id"]: entry for entry in shipped_catalogue()["forms"]}
    assert {"meta-ai-objection-facebook", "meta-ai-objection-instagram",
            "meta-ai-third-party-data-request"} <= set(messages.covered_form_ids())
    for form_id in messages.covered_form_ids():
        assert "ai_training" in catalogue[form_id]["topics"], form_id
        texts = {lang: messages.form_covers(form_id, lang) for lang in LANGUAGES}
        assert all(texts.values()) and len(set(texts.values())) == len(LANGUAGES), form_id
    assert messages.form_covers("dpa-nl-ap-complaint", "en") is None


def test_meta_objection_covers_what_it_does_and_does_not():
    en = messages.form_covers("meta-ai-objection-instagram", "en")
    assert "public Instagram content" in en and "from the time you object" in en
    assert "does not undo training already done" in en and "27 May 2025" in en and "26 May 2025" in en
    assert "chats with Meta AI are not covered" in en
    assert "nicht rückgängig" in messages.form_covers("meta-ai-objection-facebook", "de")
    assert "niet teruggedraaid" in messages.form_covers("meta-ai-objection-facebook", "nl")
    assert "n'annule pas" in messages.form_covers("meta-ai-objection-instagram", "fr")
    assert "older link" in messages.form_covers("meta-ai-objection-facebook-legacy", "en")
    third_party = messages.form_covers("meta-ai-third-party-data-request", "en")
    assert "not an automatic opt-out" in third_party and "evidence" in third_party


@pytest.mark.parametrize("kind", ["policy", "contact", "dpo"])
def test_page_route_titles_in_every_language(kind):
    titles = {lang: messages.page_route_title(kind, lang) for lang in LANGUAGES}
    assert len(set(titles.values())) == len(LANGUAGES)
    assert messages.page_route_title(kind, "es") == titles["en"]
    assert len({messages.page_route_caveat(lang) for lang in LANGUAGES}) == len(LANGUAGES)
