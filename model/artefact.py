"""Saving and loading the model artefacts safely.

Three files beside metadata.json:

- roles.skops, screens.skops: the fitted scikit-learn pipelines, stored with
  skops (no blind unpickling): loading accepts only the types on TRUSTED
  beyond skops' own scikit-learn/numpy defaults. Training, evaluation and the
  tests load these (`load`).
- compiled.npz: the same models as plain numpy arrays (model/compiled.py),
  written from the fitted models by `save` (or from existing skops files by
  `compile_artefacts`, `consentlens train --compile-only`). Serving and
  `classify` load only this (`load_compiled`), so they never import
  scikit-learn, scipy or skops. It is read with allow_pickle=False and names
  the skops files it was compiled from (their combined sha256).

Every file is checked against the sha256 recorded in metadata.json first. The
model version is derived from the skops files' hashes only, so compiling an
existing model does not change its version. A missing, altered or
incompatible artefact raises ArtefactError with a message that says what to do.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import numpy as np

ARTEFACTS = ("roles.skops", "screens.skops")
COMPILED = "compiled.npz"

# Our own estimator classes and the few library types skops asks about.
TRUSTED = {
    "consentlens.model.features.ElementText",
    "consentlens.model.features.ElementStructure",
    "consentlens.model.models.ScreenFeatures",
    "consentlens.model.models.MultiLabelCalibrated",
    "consentlens.model.models.ColumnWeights",
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
    from sklearn.base import BaseEstimator

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


def _compile(models: dict):
    from consentlens.model.compiled import CompiledModel, NotCompilable
    from consentlens.model.screen_features import NAMES

    try:
        return CompiledModel.from_fitted(models["roles.skops"], models["screens.skops"], NAMES)
    except NotCompilable as exc:
        raise ArtefactError(f"the models cannot be compiled for serving: {exc}") from None


def _write_metadata(directory: Path, metadata: dict) -> None:
    (directory / "metadata.json").write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def save(directory: Path, models: dict, metadata: dict) -> dict:
    """Write the skops files, compiled.npz and metadata.json of freshly fitted models."""
    from skops import io as skio

    compiled = _compile(models)  # before anything is written: a model that cannot be served is not saved
    directory.mkdir(parents=True, exist_ok=True)
    hashes = {}
    for name, model in models.items():
        _drop_introspection(model)
        path = directory / name
        skio.dump(model, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
        hashes[name] = sha256_file(path)
    metadata = dict(metadata, artefacts=hashes)
    combined = hashlib.sha256("".join(hashes[k] for k in sorted(ARTEFACTS)).encode()).hexdigest()
    metadata["artefact_sha256"] = combined
    metadata["model_version"] = f"{metadata['trained_at'][:10].replace('-', '.')}-{combined[:8]}"
    hashes[COMPILED] = write_compiled(directory / COMPILED, compiled.to_arrays(), combined)
    _write_metadata(directory, metadata)
    return metadata


def compile_artefacts(directory: Path) -> dict:
    """Write compiled.npz for the (verified) skops files in `directory`, and its hash into
    metadata.json; nothing else in the metadata changes. Returns the metadata."""
    models, metadata = load(directory)
    compiled = _compile(models)
    metadata = dict(metadata, artefacts=dict(metadata["artefacts"]))
    metadata["artefacts"][COMPILED] = write_compiled(directory / COMPILED, compiled.to_arrays(),
                                                     metadata["artefact_sha256"])
    _write_metadata(directory, metadata)
    return metadata


def write_compiled(path: Path, arrays: dict, source_sha256: str) -> str:
    """Write the arrays as an .npz (a zip of .npy files, as numpy.savez_compressed; with fixed
    dates, so the same model gives the same bytes) and return its sha256."""
    arrays = dict(arrays, source_sha256=np.array(source_sha256))
    temporary = path.with_name(f".{path.name}.tmp")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as handle:
                np.lib.format.write_array(handle, np.asarray(arrays[name]), allow_pickle=False)
    os.replace(temporary, path)
    return sha256_file(path)


def read_metadata(directory: Path) -> dict:
    meta_path = directory / "metadata.json"
    if not meta_path.exists():
        raise ArtefactError(f"no model metadata at {meta_path}; run `consentlens train` to build the model")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ArtefactError(f"model metadata {meta_path} is unreadable ({exc}); retrain with `consentlens train`") from exc
    return metadata


def has_compiled(metadata: dict) -> bool:
    """Whether the artefact has a compiled.npz (models trained before it existed have not)."""
    return COMPILED in (metadata.get("artefacts") or {})


def _verified(directory: Path, name: str, metadata: dict) -> Path:
    expected = metadata.get("artefacts") or {}
    path = directory / name
    if not path.exists():
        raise ArtefactError(f"model artefact {path} is missing; run `consentlens train`")
    actual = sha256_file(path)
    if expected.get(name) != actual:
        raise ArtefactError(
            f"model artefact {path} does not match its sha256 in metadata.json "
            f"(expected {str(expected.get(name))[:12]}…, found {actual[:12]}…): it was altered or "
            "damaged; restore it from the repository or retrain with `consentlens train`")
    return path


def load_compiled(directory: Path) -> tuple:
    """(compiled arrays by name, metadata) after checking the hashes; never imports scikit-learn.

    The skops files are hashed too (not loaded): an altered model folder is refused as a whole."""
    metadata = read_metadata(directory)
    if not has_compiled(metadata):
        raise ArtefactError(f"the model in {directory} has no {COMPILED}; run `consentlens train --compile-only`")
    for name in ARTEFACTS:
        _verified(directory, name, metadata)
    path = _verified(directory, COMPILED, metadata)
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise ArtefactError(f"model artefact {path} cannot be read ({exc}); run `consentlens train --compile-only`") \
            from exc
    source = str(arrays.pop("source_sha256", ""))
    if source != metadata.get("artefact_sha256"):
        raise ArtefactError(f"model artefact {path} was compiled from other model files than those in "
                            f"metadata.json; run `consentlens train --compile-only`")
    return arrays, metadata


def load(directory: Path) -> tuple:
    """(fitted models by file name, metadata) after checking hashes and versions (imports scikit-learn)."""
    import sklearn
    from skops import io as skio

    metadata = read_metadata(directory)
    models = {}
    for name in ARTEFACTS:
        path = _verified(directory, name, metadata)
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
