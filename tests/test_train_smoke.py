"""`consentlens train` end to end on a slice of the data: it runs, writes a
verifiable artefact, and is deterministic (same data, same seed, same model)."""

import gzip
import json
from collections import defaultdict

import numpy as np
import pytest

from consentlens.paths import TRAINING_DATA

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def small_data(tmp_path_factory):
    root = tmp_path_factory.mktemp("training_data")
    (root / "screens").mkdir()
    (root / "external").symlink_to(TRAINING_DATA / "external", target_is_directory=True)
    for path in sorted((TRAINING_DATA / "screens").glob("*.jsonl.gz")):
        per_group = defaultdict(int)
        kept = []
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if per_group[record["group"]] < 6:
                    per_group[record["group"]] += 1
                    kept.append(line)
        with gzip.open(root / "screens" / path.name, "wt", encoding="utf-8") as handle:
            handle.writelines(kept)
    return root


def test_training_is_deterministic_and_verifiable(small_data, tmp_path):
    from consentlens.model.data import load_screens
    from consentlens.model.predict import load_analyzer
    from consentlens.model.train import train

    first = train(tmp_path / "a", small_data, log=lambda *_: None)
    second = train(tmp_path / "b", small_data, log=lambda *_: None)
    assert first["training_data_sha256"] == second["training_data_sha256"]
    screens = [s for s in load_screens(small_data) if s.snapshot][:40]
    a, b = load_analyzer(tmp_path / "a"), load_analyzer(tmp_path / "b")
    # training writes the compiled model too, and serving loads that, not the skops files
    assert "compiled.npz" in first["artefacts"] and a.role_model is None
    for screen in screens:
        ra, rb = a.analyze(screen.snapshot), b.analyze(screen.snapshot)
        assert ra["consent_confidence"] == rb["consent_confidence"]
        assert [(p["id"], p["confidence"]) for p in ra["patterns"]] == [(p["id"], p["confidence"]) for p in rb["patterns"]]
        assert np.allclose([e["role_confidence"] for e in ra["elements"]], [e["role_confidence"] for e in rb["elements"]])
