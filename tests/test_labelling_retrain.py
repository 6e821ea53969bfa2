"""`consentlens train --with-labels`: labels become training records, the fixed evaluation decides promotion."""

from __future__ import annotations

import csv
import gzip
import io
import json

import pytest
from labelling_helpers import banner, csrf_of, labelling_app, login, project_with_screens, researcher, save, store_of

from consentlens.cli import main
from consentlens.model import retrain
from consentlens.paths import MODEL_DIR
from consentlens.taxonomy import PATTERNS


def scores(macro: float, **f1) -> dict:
    per = {p: {"precision": 0.9, "recall": 0.9, "f1": f1.get(p, 0.9), "support": 5, "predicted": 5}
           for p in PATTERNS}
    per = {"consent_screen": {"precision": 1, "recall": 1, "f1": 1, "support": 9, "predicted": 9}, **per}
    return {"per_label": per, "macro_f1": macro, "exact_match": 0.8,
            "per_language": {"de": {"macro_f1": macro, "exact_match": 0.8, "n": 10, "patterns_present": 3},
                             "en": {"macro_f1": macro - 0.01, "exact_match": 0.7, "n": 12, "patterns_present": 4}}}


@pytest.mark.parametrize("before, after, worse", [
    (scores(0.90), scores(0.92), False),
    (scores(0.90), scores(0.896), False),                      # -0.004: within tolerance
    (scores(0.90), scores(0.894), True),                       # -0.006 macro
    (scores(0.90), scores(0.90, no_reject=0.881), False),      # -0.019 on one pattern
    (scores(0.90), scores(0.91, no_reject=0.879), True),       # -0.021 on one pattern, even with a better macro
])
def test_promotion_rule(before, after, worse):
    decision = retrain.decide(before, after)
    assert decision["worse"] is worse and decision["promote"] is (not worse)
    assert bool(decision["reasons"]) is worse
    forced = retrain.decide(before, after, force=True)
    assert forced["promote"] and forced["forced"] is worse


def _tiny_training_data(root):
    """Ten groups of three screens with snapshots, plus the two external files the loaders read."""
    (root / "screens").mkdir(parents=True)
    (root / "external").mkdir()
    with gzip.open(root / "screens" / "tiny.jsonl.gz", "wt", encoding="utf-8") as handle:
        for g in range(10):
            for k in range(3):
                n = 100 + g * 3 + k
                handle.write(json.dumps({"id": f"t-{n}", "group": f"family-{g}", "family": "tiny", "lang": "en",
                                         "url": "", "html": None, "snapshot": banner(n), "consent_screen": True,
                                         "patterns": ["buried_opt_out"] if g % 2 else [], "license": "x"}) + "\n")
    for name, header, row in (("element_roles.csv.gz", ["text", "role", "lang", "source"], ["Accept", "accept", "en", "t"]),
                              ("dark_pattern_texts.csv.gz", ["text", "is_dark", "pattern"], ["No thanks", "1", "x"])):
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(header)
        writer.writerow(row)
        with gzip.open(root / "external" / name, "wt", encoding="utf-8") as handle:
            handle.write(text.getvalue())
    return root


@pytest.fixture
def adjudicated(tmp_path):
    app = labelling_app(tmp_path / "service")
    project = project_with_screens(app, 3, name="Field study")
    ada = login(app, researcher(app, "Ada", admin=True))
    csrf = csrf_of(ada, project["id"])
    save(ada, csrf, project["id"], 1, "final-000001", kind="final", patterns=["buried_opt_out"],
         roles={"1": "accept", "2": "reject"})
    save(ada, csrf, project["id"], 2, "final-000002", kind="final", consent_screen=False)
    return store_of(app), project


def test_labelled_records_follow_the_training_data_format(adjudicated):
    store, project = adjudicated
    records = retrain.labelled_records(store, project)
    assert len(records) == 2  # screen 3 has no final label
    first = records[0]
    assert first["group"] == "labels:Field study:site0.example" and first["family"] == "labels"
    assert first["patterns"] == ["buried_opt_out"] and first["consent_screen"] is True
    assert [e.get("label_role") for e in first["snapshot"]["elements"]] == [None, "accept", "reject"]
    assert records[1]["consent_screen"] is False and records[1]["patterns"] == []


class FakeTraining:
    """Stands in for the minutes-long fits: scores chosen by whether labelled screens were in the training set."""

    def __init__(self, before, after):
        self.before, self.after, self.calls = before, after, []

    def fit_and_score(self, train, test, texts, guilt, log=print):
        with_labels = any(s.group.startswith("labels:") for s in train)
        self.calls.append((len(train), len(test), with_labels))
        assert not any(s.group.startswith("labels:") for s in test)
        return self.after if with_labels else self.before

    def train_candidate(self, out_dir, data_dir, log=print):
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in ("roles.skops", "screens.skops"):
            (out_dir / name).write_text(f"candidate {name}")
        (out_dir / "metadata.json").write_text('{"model_version": "2026.11.23-cafe0000"}')
        return {"model_version": "2026.11.23-cafe0000"}


def _run(monkeypatch, tmp_path, adjudicated, before, after, force=False):
    store, _ = adjudicated
    fake = FakeTraining(before, after)
    monkeypatch.setattr(retrain, "fit_and_score", fake.fit_and_score)
    monkeypatch.setattr(retrain, "train_candidate", fake.train_candidate)
    monkeypatch.setenv("CONSENTLENS_CACHE", str(tmp_path / "cache"))
    out_dir = tmp_path / "artefacts"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "metadata.json").write_text('{"model_version": "shipped"}')
    card = retrain.retrain("Field study", data_dir=_tiny_training_data(tmp_path / "training_data"),
                           out_dir=out_dir, candidate_dir=tmp_path / "candidate", card_dir=tmp_path / "model",
                           force=force, store=store, log=lambda *_: None)
    return card, fake, out_dir


def test_worse_model_is_refused_and_left_in_the_candidate_folder(monkeypatch, tmp_path, adjudicated):
    card, fake, out_dir = _run(monkeypatch, tmp_path, adjudicated, scores(0.90), scores(0.90, consent_wall=0.85))
    assert [c[2] for c in fake.calls] == [False, True]
    assert fake.calls[0][1] == fake.calls[1][1]  # both judged on the same held-out screens
    assert not card["decision"]["promote"] and "consent_wall" in card["decision"]["reasons"][0]
    assert json.loads((out_dir / "metadata.json").read_text())["model_version"] == "shipped"
    assert (tmp_path / "candidate" / "MODEL_CARD.md").exists()
    assert not (tmp_path / "model" / "MODEL_CARD.md").exists()
    text = (tmp_path / "candidate" / "MODEL_CARD.md").read_text()
    assert "NOT PROMOTED" in text and "| consent_wall | 0.9 | 0.9 | 0.9 | 0.9 | 0.9 | 0.85 | -0.0500 |" in text
    assert "## Limitations" in text and "| en |" in text


def test_force_promotes_a_worse_model_and_says_so(monkeypatch, tmp_path, adjudicated):
    card, _, out_dir = _run(monkeypatch, tmp_path, adjudicated, scores(0.90), scores(0.80), force=True)
    assert card["decision"]["forced"]
    assert json.loads((out_dir / "metadata.json").read_text())["model_version"] == "2026.11.23-cafe0000"
    assert "--force despite being worse" in (tmp_path / "model" / "MODEL_CARD.md").read_text()


def test_better_model_is_promoted_with_its_card(monkeypatch, tmp_path, adjudicated):
    card, _, out_dir = _run(monkeypatch, tmp_path, adjudicated, scores(0.90), scores(0.93))
    assert card["decision"]["promote"] and not card["decision"]["forced"]
    assert (out_dir / "roles.skops").read_text() == "candidate roles.skops"
    saved = json.loads((tmp_path / "model" / "model_card.json").read_text())
    assert saved["data"]["labelled_screens"] == 2 and saved["data"]["labelled_not_consent"] == 1
    assert saved["before"]["macro_f1"] == 0.90 and saved["after"]["macro_f1"] == 0.93


def test_labelled_copies_of_held_out_screens_are_dropped(monkeypatch, tmp_path):
    from consentlens.model.data import load_screens
    from consentlens.model.train import fixed_holdout, usable
    from consentlens.server.labelling import importing
    from consentlens.server.labelling.projects import create_project

    data = _tiny_training_data(tmp_path / "training_data")
    monkeypatch.setenv("CONSENTLENS_CACHE", str(tmp_path / "cache"))
    base = usable(load_screens(data))
    held = base[fixed_holdout(base)[1][0]]
    app = labelling_app(tmp_path / "service")
    store = store_of(app)
    project = create_project(store, "Copies")
    importing.apply(store, project, [{"snapshot": held.snapshot, "source": "copy"}])
    ada = login(app, researcher(app, "Ada", admin=True))
    save(ada, csrf_of(ada, project["id"]), project["id"], 1, "final-copy01", kind="final", patterns=[])
    fake = FakeTraining(scores(0.9), scores(0.9))
    monkeypatch.setattr(retrain, "fit_and_score", fake.fit_and_score)
    monkeypatch.setattr(retrain, "train_candidate", fake.train_candidate)
    card = retrain.retrain("Copies", data_dir=data, out_dir=tmp_path / "artefacts", candidate_dir=tmp_path / "c",
                           card_dir=tmp_path / "m", store=store, log=lambda *_: None)
    assert card["data"]["dropped_duplicates"] == 1 and card["data"]["labelled_screens"] == 0


def test_cli_without_final_labels_says_what_to_do(tmp_path, capsys):
    app = labelling_app(tmp_path / "service")
    project_with_screens(app, 1, name="Empty")
    code = main(["train", "--with-labels", "Empty", "--data-dir", str(store_of(app).data_dir)])
    assert code == 2 and "no screen with a final label" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.skipif(not (MODEL_DIR / "metadata.json").exists(),
                    reason="no trained model yet (model/artefacts/metadata.json): run `consentlens train` first")
def test_real_retrain_end_to_end(tmp_path, adjudicated):
    store, _ = adjudicated
    card = retrain.retrain("Field study", out_dir=tmp_path / "artefacts", candidate_dir=tmp_path / "candidate",
                           card_dir=tmp_path / "model", store=store, log=print)
    assert set(card["before"]["per_label"]) == set(card["after"]["per_label"])
    assert (tmp_path / "candidate" / "metadata.json").exists()
    assert card["decision"]["promote"] in (True, False)
