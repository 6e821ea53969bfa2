"""The shipped model artefact: verified before use, described by its metadata."""

import json
import shutil

import pytest

from consentlens.model import artefact
from consentlens.model.artefact import ArtefactError
from consentlens.paths import MODEL_DIR
from consentlens.taxonomy import PATTERNS, ROLES


def test_metadata_describes_the_artefact():
    metadata = json.loads((MODEL_DIR / "metadata.json").read_text(encoding="utf-8"))
    for key in ("trained_at", "sklearn_version", "training_data_sha256", "labels", "artefacts", "model_version"):
        assert key in metadata, key
    assert metadata["patterns"] == list(PATTERNS) and metadata["roles"] == list(ROLES)
    for name, digest in metadata["artefacts"].items():
        assert artefact.sha256_file(MODEL_DIR / name) == digest
        assert (MODEL_DIR / name).stat().st_size < 20_000_000


def test_training_data_hash_matches_the_committed_data():
    from consentlens.model.data import data_sha256

    metadata = json.loads((MODEL_DIR / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["training_data_sha256"] == data_sha256(), "retrain: training_data/ changed since the model was built"


@pytest.fixture
def copy_of_model(tmp_path):
    target = tmp_path / "model"
    shutil.copytree(MODEL_DIR, target)
    return target


def test_a_tampered_artefact_is_refused(copy_of_model):
    path = copy_of_model / "screens.skops"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ArtefactError, match="does not match its sha256"):
        artefact.load(copy_of_model)


def test_a_missing_artefact_or_metadata_is_refused(copy_of_model):
    (copy_of_model / "roles.skops").unlink()
    with pytest.raises(ArtefactError, match="missing"):
        artefact.load(copy_of_model)
    (copy_of_model / "metadata.json").unlink()
    with pytest.raises(ArtefactError, match="run `consentlens train`"):
        artefact.load(copy_of_model)


def test_an_incompatible_scikit_learn_is_refused(copy_of_model):
    meta_path = copy_of_model / "metadata.json"
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    metadata["sklearn_version"] = "0.1.0"
    meta_path.write_text(json.dumps(metadata), encoding="utf-8")
    with pytest.raises(ArtefactError, match="scikit-learn 0.1.0"):
        artefact.load(copy_of_model)
