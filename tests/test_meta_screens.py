"""Meta's screens, recognised exactly by the shipped model (issue 6).

Fresh variants of the reproductions in training_data/generate/meta.py (another
seed: other names, posts, layout choices and text variants than the committed
training file), in en, de, nl and fr, on facebook.com and instagram.com; the
feed, the fair cookie dialog and the ad-settings page must stay quiet.
"""

import importlib.util
from collections import defaultdict

import pytest

from consentlens.paths import TRAINING_DATA
from consentlens.snapshot.from_html import snapshot_from_html


@pytest.fixture(scope="module")
def fresh_records():
    spec = importlib.util.spec_from_file_location("generate_meta_fresh", TRAINING_DATA / "generate" / "meta.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records = module.build_records(seed=4242, per_cell=1)
    committed = {r["html"] for r in _committed()}
    return [r for r in records if r["html"] not in committed]


def _committed():
    import gzip
    import json

    with gzip.open(TRAINING_DATA / "screens" / "meta.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_every_meta_screen_in_every_language_is_judged_as_labelled(fresh_records, analyzer):
    assert len(fresh_records) >= 7 * 4  # every screen type in every language
    wrong = defaultdict(list)
    for record in fresh_records:
        result = analyzer.analyze(snapshot_from_html(record["html"], record["url"]))
        got = (result["consent_screen"], sorted(p["id"] for p in result["patterns"]))
        if got != (record["consent_screen"], sorted(record["patterns"])):
            wrong[record["group"]].append((record["id"], got))
    assert not wrong, dict(wrong)


def test_the_ai_notice_points_at_its_objection_link_and_form(fresh_records, analyzer):
    from consentlens.explain import explain

    notices = [r for r in fresh_records if r["group"] == "meta-ai-notice"]
    assert {r["lang"] for r in notices} == {"en", "de", "nl", "fr"}
    for record in notices:
        snapshot = snapshot_from_html(record["html"], record["url"])
        result = analyzer.analyze(snapshot)
        finding = next(p for p in result["patterns"] if p["id"] == "buried_opt_out")
        element = snapshot["elements"][finding["evidence"]["element"]]
        assert element.get("label_role") == "object", (record["id"], element["text"])
        assert element["in_text"] is True
        # the warning the service sends: the platform's own objection form first, then the DPA
        warning = explain(snapshot, result, country="NL")["patterns"][0]
        platform = "instagram" if "instagram.com" in record["url"] else "facebook"
        assert warning["forms"][0]["id"] == f"meta-ai-objection-{platform}", (record["id"], warning["forms"][:2])
        assert "dpa-nl-ap-complaint" in [f["id"] for f in warning["forms"]]
