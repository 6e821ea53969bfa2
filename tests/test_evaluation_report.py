"""The committed evaluation report (model/report.json, model/REPORT.md) and its spread over fold draws."""

import json

import pytest

from consentlens.model.evaluate import TARGETS, _spread, render_markdown
from consentlens.paths import REPO_ROOT

REPORT = REPO_ROOT / "model" / "report.json"


def test_spread_gives_mean_min_max_per_measure():
    spread = _spread({42: {"macro_f1": 0.95, "language_gap": 0.02, "yada_accuracy": None},
                      7: {"macro_f1": 0.91, "language_gap": 0.06, "yada_accuracy": None}})
    assert spread["macro_f1"] == {"mean": 0.93, "min": 0.91, "max": 0.95, "per_seed": {"42": 0.95, "7": 0.91}}
    assert spread["language_gap"]["max"] == 0.06
    assert "yada_accuracy" not in spread  # nothing measured, nothing claimed


def test_report_counts_how_many_draws_meet_each_target():
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    report["seeds"] = {"seeds": [42, 7], "headline": _spread({
        42: {"macro_f1": 0.95, "language_gap": 0.02}, 7: {"macro_f1": 0.89, "language_gap": 0.06}})}
    text = render_markdown(report)
    assert "## The same over 2 draws of the folds (seeds 42, 7)" in text
    assert "| macro_f1 | 0.92 | 0.89 | 0.95 | 1 of 2 |" in text
    assert "| language_gap | 0.04 | 0.02 | 0.06 | 1 of 2 |" in text


@pytest.mark.skipif(not REPORT.exists(), reason="no evaluation report yet (consentlens evaluate)")
def test_committed_report_and_its_seeds_agree():
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    text = (REPO_ROOT / "model" / "REPORT.md").read_text(encoding="utf-8")
    for name, value in report["headline"].items():
        assert f"| {name} | {value} |" in text, name
    if "seeds" in report:
        first = str(report["seeds"]["seeds"][0])
        for name, value in report["headline"].items():
            if name in report["seeds"]["headline"]:
                spread = report["seeds"]["headline"][name]
                assert spread["per_seed"][first] == value
                assert spread["min"] <= spread["mean"] <= spread["max"]
    assert set(TARGETS) <= set(report["headline"])
