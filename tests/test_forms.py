"""The forms catalogue: schema, coverage, matching order, drift, the `forms` command."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from consentlens import cli
from consentlens.forms import (CatalogueError, drift, form_link, load_catalogue, match_forms,
                               shipped_catalogue, validate_catalogue)
from consentlens.taxonomy import COUNTRIES, LANGUAGES, PATTERNS

DATA = Path(__file__).resolve().parents[1] / "consentlens" / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "forms" / "catalogue.json"


def test_shipped_catalogue_is_valid_against_its_schema():
    catalogue = json.loads((DATA / "forms.json").read_text(encoding="utf-8"))
    schema = json.loads((DATA / "forms.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(catalogue)
    assert validate_catalogue(catalogue) == []


def test_schema_patterns_are_the_taxonomy():
    schema = json.loads((DATA / "forms.schema.json").read_text(encoding="utf-8"))
    assert tuple(schema["$defs"]["form"]["properties"]["patterns"]["items"]["enum"]) == PATTERNS


@pytest.mark.parametrize("change, problem", [
    (lambda f: f.update(url="http://example.org/form"), "url"),
    (lambda f: f.pop("source"), "source"),
    (lambda f: f.update(patterns=["not_a_pattern"]), "patterns"),
    (lambda f: f.update(languages=["en", "de"], title={"en": "Only English"}), "title"),
])
def test_invalid_entries_are_rejected(change, problem):
    catalogue = copy.deepcopy(shipped_catalogue())
    change(catalogue["forms"][0])
    problems = validate_catalogue(catalogue)
    assert problems and any(problem in p for p in problems), problems


def test_duplicate_ids_are_rejected(tmp_path):
    catalogue = copy.deepcopy(shipped_catalogue())
    catalogue["forms"].append(copy.deepcopy(catalogue["forms"][0]))
    path = tmp_path / "forms.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    with pytest.raises(CatalogueError, match="duplicate id"):
        load_catalogue(path)


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_pattern_and_country_has_a_route(pattern, country):
    forms = match_forms(pattern, country=country)
    assert forms, f"no form for {pattern} in {country}"
    assert any(country in f["countries"] for f in forms), f"no national route for {pattern} in {country}"


def test_meta_ai_notice_on_instagram_in_nl_starts_with_the_objection_form_then_the_dutch_dpa():
    forms = match_forms("buried_opt_out", platform="instagram", country="NL", lang="nl", topic="ai_training")
    assert [f["id"] for f in forms[:2]] == ["meta-ai-objection-instagram", "dpa-nl-ap-complaint"]
    assert all(f["platform"] in ("instagram", "meta", "any") for f in forms)


def test_order_is_platform_form_then_help_then_dpa_then_collective_then_guidance():
    forms = match_forms("pay_or_consent", platform="meta", country="DE", lang="de", topic="ads_personalisation",
                        limit=None)
    kinds = [(f["platform"], f["kind"]) for f in forms]
    ids = [f["id"] for f in forms]
    assert kinds[0] == ("meta", "objection_form")
    assert ids.index("meta-no-ads-subscription-cancel") < ids.index("dpa-de-bw-complaint")
    assert ids.index("dpa-de-bw-complaint") < ids.index("vz-nrw-v-meta-pay-or-consent") < ids.index("noyb-article-77-guide")


@pytest.mark.parametrize("platform", ["facebook", "instagram"])
@pytest.mark.parametrize("country, authority", [("NL", "dpa-nl-ap-complaint"), ("DE", "dpa-de-bw-complaint"),
                                                ("FR", "dpa-fr-cnil-complaint")])
def test_pay_or_consent_on_meta_lists_metas_help_then_the_dpa_then_collective_actions(platform, country, authority):
    forms = match_forms("pay_or_consent", platform=platform, country=country, topic="ads_personalisation", limit=None)
    ids = [f["id"] for f in forms]
    meta_help = ["meta-no-ads-subscription-cancel", "meta-free-with-ads-consent", "meta-less-personalised-ads"]
    assert ids[:4] == meta_help + [authority]
    collective = [i for i, f in enumerate(forms) if f["kind"] == "collective_action"]
    assert all(ids.index(authority) < i for i in collective)
    assert ids[-1] == "noyb-article-77-guide"


def test_metas_own_help_pages_come_first_only_for_pay_or_consent():
    # an AI notice still goes objection form, then authority; Meta's explainer after it
    ids = [f["id"] for f in match_forms("buried_opt_out", platform="instagram", country="NL", topic="ai_training",
                                        limit=None)]
    assert ids.index("dpa-nl-ap-complaint") < ids.index("meta-genai-privacy-info")
    # a consumer group's page about Meta is not Meta's own page
    ids = [f["id"] for f in match_forms("pay_or_consent", platform="facebook", country="DE", limit=None)]
    assert ids.index("dpa-de-bw-complaint") < ids.index("vz-nrw-v-meta-pay-or-consent")


def test_forms_command_shows_metas_help_before_the_dutch_dpa_for_pay_or_consent(capsys):
    assert cli.main(["forms", "--platform", "facebook", "--pattern", "pay_or_consent", "--country", "NL"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line[:1].isdigit()]
    assert [line.split("  [")[0].split(". ", 1)[1] for line in lines[:4]] == [
        "Cancel Meta's 'no ads' subscription", "What 'use for free with ads' means on Facebook and Instagram",
        "Choose less-personalised ads on Facebook and Instagram",
        "Netherlands: file a tip or complaint with the Dutch DPA (AP)"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ai_objection_forms_say_what_objecting_covers(lang):
    catalogue = {entry["id"]: entry for entry in shipped_catalogue()["forms"]}
    for form_id in ("meta-ai-objection-facebook", "meta-ai-objection-instagram"):
        link = form_link(catalogue[form_id], lang)
        platform = form_id.rsplit("-", 1)[1].capitalize()
        assert platform in link["covers"] and "Meta AI" in link["covers"]
        assert "27" in link["covers"] and "26" in link["covers"] and "2025" in link["covers"]
    assert "covers" not in form_link(catalogue["dpa-nl-ap-complaint"], lang)


def test_forms_command_prints_what_objecting_covers(capsys):
    assert cli.main(["forms", "--platform", "instagram", "--pattern", "buried_opt_out", "--topic", "ai_training",
                     "--lang", "de", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "covers: Der Widerspruch betrifft" in out and "nicht rückgängig" in out


def test_facebook_ai_form_precedes_its_legacy_fallback_and_other_platforms_stay_out():
    forms = match_forms("buried_opt_out", platform="facebook", topic="ai_training", limit=None)
    ids = [f["id"] for f in forms]
    assert ids[:2] == ["meta-ai-objection-facebook", "meta-ai-objection-facebook-legacy"]
    assert not any(f["platform"] in ("instagram", "x", "tiktok", "linkedin", "whatsapp") for f in forms)


def test_without_platform_only_forms_for_any_site_are_offered():
    forms = match_forms("no_reject", country="FR", limit=None)
    assert forms[0]["id"] == "dpa-fr-cnil-complaint"
    assert {f["platform"] for f in forms} == {"any"}


def test_ai_forms_are_not_offered_for_a_cookie_banner():
    forms = match_forms("buried_opt_out", platform="facebook", country="NL", topic="cookies", limit=None)
    assert not any("ai_training" in f["topics"] and "data_rights" not in f["topics"] for f in forms)


def test_language_preference_orders_belgian_authorities():
    assert match_forms("no_reject", country="BE", lang="nl")[0]["id"] == "dpa-be-gba-complaint-nl"
    assert match_forms("no_reject", country="BE", lang="fr")[0]["id"] == "dpa-be-apd-complaint-fr"


def test_limit():
    assert len(match_forms("buried_opt_out", platform="instagram", country="DE", limit=2)) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_form_link_has_a_title_and_a_caveat_unless_verified(lang):
    for entry in shipped_catalogue()["forms"]:
        link = form_link(entry, lang)
        assert link["title"] and link["url"].startswith("https://")
        assert ("caveat" in link) == (entry["verification"] != "verified")
        assert link["source"] == "catalogue"


def test_no_drift_between_identical_catalogues():
    catalogue = shipped_catalogue()
    assert drift(catalogue, copy.deepcopy(catalogue)) == []


def test_drift_detects_a_changed_url_and_added_and_removed_entries():
    project = shipped_catalogue()
    shared = copy.deepcopy(project)
    shared["forms"][0]["url"] = "https://www.facebook.com/help/contact/1"
    removed = shared["forms"].pop()
    shared["forms"].append(dict(copy.deepcopy(project["forms"][1]), id="new-entry"))
    differences = drift(project, shared)
    assert {"id": project["forms"][0]["id"], "change": "changed", "field": "url",
            "project": project["forms"][0]["url"], "shared": "https://www.facebook.com/help/contact/1"} in differences
    assert any(d["id"] == removed["id"] and d["change"] == "removed" for d in differences)
    assert any(d["id"] == "new-entry" and d["change"] == "added" for d in differences)


@pytest.mark.skipif(not SHARED.exists(), reason="shared/forms/catalogue.json is not beside the repository")
def test_shipped_catalogue_matches_the_shared_one():
    assert drift(shipped_catalogue(), json.loads(SHARED.read_text(encoding="utf-8"))) == []


def test_forms_command_lists_matches_as_json(capsys):
    code = cli.main(["forms", "--platform", "instagram", "--pattern", "buried_opt_out", "--country", "NL",
                     "--lang", "nl", "--topic", "ai_training", "--format", "json"])
    links = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [link["id"] for link in links[:2]] == ["meta-ai-objection-instagram", "dpa-nl-ap-complaint"]
    assert links[0]["caveat"]


def test_forms_command_rejects_a_bad_country(capsys):
    assert cli.main(["forms", "--country", "Netherlands"]) == 2
    assert "two-letter" in capsys.readouterr().err


def test_forms_command_check_drift_exit_codes(tmp_path, capsys):
    shared = copy.deepcopy(shipped_catalogue())
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(shared), encoding="utf-8")
    assert cli.main(["forms", "--check-drift", "--shared", str(path)]) == 0
    shared["forms"][2]["url"] = "https://help.instagram.com/contact/0"
    path.write_text(json.dumps(shared), encoding="utf-8")
    assert cli.main(["forms", "--check-drift", "--shared", str(path)]) == 1
    out = capsys.readouterr().out
    assert "changed meta-ai-objection-instagram.url" in out
