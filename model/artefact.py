"""Saving and loading the model artefacts safely.

Models are stored with skops (no blind unpickling): loading accepts only the
types on TRUSTED beyond skops' own scikit-learn/numpy defaults, and every
file is checked against the sha256 recorded in metadata.json first. A
missing, altered or incompatible artefact raises ArtefactError with a
message that says what to do.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import sklearn
from sklearn.base import BaseEstimator
from skops import io as skio

ARTEFACTS = ("roles.skops", "screens.skops")

# Our own estimator classes and the few library types skops asks about.
TRUSTED = {
    "consentlens.model.features.ElementText",
    "consentlens.model.features.ElementStructure",
    "consentlens.model.models.ScreenFeatures",
    "consentlens.model.models.MultiLabelCalibrated",
    "builtins.float",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "sklearn._loss.link.Interval",
    "sklearn._loss.link.LogitLink",
    "sklearn._loss.link.MultinomialLogit",
    "sklearn._loss.loss.HalfBinomialLoss",
    "sklearn._loss.loss.HalfMultinomialLoss",
    "sklearn._loss._loss.CyHalfBinomialLoss",
    "sklearn._loss._loss.CyHalfMultinomialLoss",
    "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
    "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.model_selection._split.StratifiedKFold",
    "sklearn.calibration._SigmoidCalibration",
    "collections.OrderedDict",
    "collections.defaultdict",
}


class ArtefactError(RuntimeError):
    """The model artefact cannot be used; the message says why and what to do."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _drop_introspection(obj, seen=None) -> None:
    """Vectorisers keep every discarded term in `stop_words_` (megabytes, unused)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, (list, tuple)):
        for item in obj:
            _drop_introspection(item, seen)
    elif isinstance(obj, dict):
        for item in obj.values():
            _drop_introspection(item, seen)
    elif isinstance(obj, BaseEstimator):
        if getattr(obj, "stop_words_", None) is not None:
            obj.stop_words_ = None
        if isinstance(getattr(obj, "vocabulary_", None), dict):
            # plain ints: skops would store every numpy scalar as a file of its own
            obj.vocabulary_ = {term: int(i) for term, i in obj.vocabulary_.items()}
        for item in vars(obj).values():
            _drop_introspection(item, seen)


def save(directory: Path, models: dict, metadata: dict) -> dict:
    directory.mkdir(parents=True, exist_ok=True)
    hashes = {}
    for name, model in models.items():
        _drop_introspection(model)
        path = directory / name
        skio.dump(model, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
        hashes[name] = sha256_file(path)
    metadata = dict(metadata, artefacts=hashes)
    combined = hashlib.sha256("".join(hashes[k] for k in sorted(hashes)).encode()).hexdigest()
    metadata["artefact_sha256"] = combined
    metadata["model_version"] = f"{metadata['trained_at'][:10].replace('-', '.')}-{combined[:8]}"
    (directory / "metadata.json").write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return metadata


def load(directory: Path) -> tuple:
    """(models by file name, metadata) after checking hashes and versions."""
    meta_path = directory / "metadata.json"
    if not meta_path.exists():
        raise ArtefactError(f"no model metadata at {meta_path}; run `consentlens train` to build the model")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ArtefactError(f"model metadata {meta_path} is unreadable ({exc}); retrain with `consentlens train`") from exc
    expected = metadata.get("artefacts") or {}
    models = {}
    for name in ARTEFACTS:
        path = directory / name
        if not path.exists():
            raise ArtefactError(f"model artefact {path} is missing; run `consentlens train`")
        actual = sha256_file(path)
        if expected.get(name) != actual:
            raise ArtefactError(
                f"model artefact {path} does not match its sha256 in metadata.json "
                f"(expected {str(expected.get(name))[:12]}…, found {actual[:12]}…): it was altered or "
                "damaged; restore it from the repository or retrain with `consentlens train`")
        major_minor = ".".join(sklearn.__version__.split(".")[:2])
        trained = ".".join(str(metadata.get("sklearn_version", "")).split(".")[:2])
        if trained != major_minor:
            raise ArtefactError(
                f"model was trained with scikit-learn {metadata.get('sklearn_version')} but "
                f"{sklearn.__version__} is installed; install the version from pyproject.toml or retrain")
        untrusted = set(skio.get_untrusted_types(file=path))
        unknown = sorted(untrusted - TRUSTED)
        if unknown:
            raise ArtefactError(f"model artefact {path} contains types that are not trusted: {', '.join(unknown)}")
        try:
            models[name] = skio.load(path, trusted=sorted(untrusted))
        except Exception as exc:  # skops raises many types on damaged files
            raise ArtefactError(f"model artefact {path} cannot be loaded ({exc}); retrain with `consentlens train`") from exc
    return models, metadata
