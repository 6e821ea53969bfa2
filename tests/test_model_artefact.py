"""The shipped model artefact: verified before use, described by its metadata."""

import hashlib
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


# -- compiled.npz: the arrays serving loads instead of the skops files --------------------


def test_the_compiled_model_belongs_to_the_skops_files_and_keeps_the_version():
    metadata = json.loads((MODEL_DIR / "metadata.json").read_text(encoding="utf-8"))
    assert artefact.COMPILED in metadata["artefacts"]
    # the version comes from the skops files alone: adding compiled.npz does not change it
    skops = [metadata["artefacts"][name] for name in sorted(artefact.ARTEFACTS)]
    combined = hashlib.sha256("".join(skops).encode()).hexdigest()
    assert metadata["artefact_sha256"] == combined and metadata["model_version"].endswith(combined[:8])
    arrays, _ = artefact.load_compiled(MODEL_DIR)
    assert "format" in arrays and all(a.dtype != object for a in arrays.values())


def test_a_tampered_compiled_model_is_refused(copy_of_model):
    from consentlens.model.predict import load_analyzer

    path = copy_of_model / artefact.COMPILED
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ArtefactError, match="compiled.npz does not match its sha256"):
        artefact.load_compiled(copy_of_model)
    with pytest.raises(ArtefactError, match="does not match its sha256"):
        load_analyzer(copy_of_model)


def test_a_missing_compiled_model_is_refused(copy_of_model):
    from consentlens.model.predict import load_analyzer

    (copy_of_model / artefact.COMPILED).unlink()
    with pytest.raises(ArtefactError, match="compiled.npz is missing"):
        load_analyzer(copy_of_model)


def _rewrite_compiled(directory, arrays, source_sha256):
    meta_path = directory / "metadata.json"
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    metadata["artefacts"][artefact.COMPILED] = artefact.write_compiled(directory / artefact.COMPILED, arrays,
                                                                       source_sha256)
    meta_path.write_text(json.dumps(metadata), encoding="utf-8")


def test_a_compiled_model_of_other_skops_files_is_refused(copy_of_model):
    arrays, _ = artefact.load_compiled(copy_of_model)
    _rewrite_compiled(copy_of_model, arrays, "0" * 64)
    with pytest.raises(ArtefactError, match="compiled from other model files.*--compile-only"):
        artefact.load_compiled(copy_of_model)


def test_an_incomplete_compiled_model_is_refused(copy_of_model):
    from consentlens.model.predict import load_analyzer

    arrays, metadata = artefact.load_compiled(copy_of_model)
    del arrays["roles.intercept"]
    _rewrite_compiled(copy_of_model, arrays, metadata["artefact_sha256"])
    with pytest.raises(ArtefactError, match="incomplete or damaged"):
        load_analyzer(copy_of_model)


def test_a_model_without_compiled_file_is_served_by_scikit_learn(copy_of_model):
    from consentlens.model.predict import load_analyzer

    meta_path = copy_of_model / "metadata.json"
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    del metadata["artefacts"][artefact.COMPILED]
    meta_path.write_text(json.dumps(metadata), encoding="utf-8")
    (copy_of_model / artefact.COMPILED).unlink()
    analyzer = load_analyzer(copy_of_model)
    assert analyzer.role_model is not None and analyzer.version == metadata["model_version"]


def test_compile_only_writes_the_same_compiled_model(copy_of_model):
    before = json.loads((copy_of_model / "metadata.json").read_text(encoding="utf-8"))
    (copy_of_model / artefact.COMPILED).unlink()
    after = artefact.compile_artefacts(copy_of_model)
    assert after == before  # same bytes (fixed dates in the zip), version and everything else unchanged
    assert artefact.sha256_file(copy_of_model / artefact.COMPILED) == before["artefacts"][artefact.COMPILED]
