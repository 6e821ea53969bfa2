"""The analyzer: snapshot -> roles -> patterns -> findings with evidence.

One object per process; `analyze()` is the hot path of `classify`, the
service and batch runs. Contract: docs/FINDINGS.md.

`load_analyzer()` builds it from the artefact's compiled.npz alone
(model/compiled.py): numpy arrays, no scikit-learn, scipy or skops in the
process. `Analyzer(role_model, screen_model, metadata)` takes fitted
scikit-learn pipelines (training, evaluation, tests; `load_analyzer(...,
sklearn=True)` loads them from the skops files) and compiles them the same
way, keeping scikit-learn's own predict path for `compiled=False` and for
models the compiled forms do not cover.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

import numpy as np

from consentlens import vocabulary as vocab
from consentlens.paths import MODEL_DIR
from consentlens.taxonomy import EXCLUSIVE_PAIRS, PATTERNS, ROLES
from consentlens.model import artefact, evidence, screen_features
from consentlens.model.artefact import ArtefactError
from consentlens.model.compiled import CompiledModel, NotCompilable
from consentlens.model.features import element_text, measure, role_inputs

THRESHOLD = 0.5
CONSENT_THRESHOLD = 0.5

__all__ = ["Analyzer", "ArtefactError", "load_analyzer", "NOT_A_SCREEN"]


def NOT_A_SCREEN(version: str, lang: str = "") -> dict:
    return {"consent_screen": False, "consent_confidence": 0.0, "lang": lang, "patterns": [],
            "elements": [], "model_version": version}


log = logging.getLogger(__name__)


def _sklearn_unchecked():
    """Inputs are validated at the edge (schema) and built here: skip sklearn's re-checks."""
    import sklearn

    return sklearn.config_context(assume_finite=True, skip_parameter_validation=True)


class Analyzer:
    def __init__(self, role_model, screen_model, metadata: dict, compiled: bool = True):
        """From fitted scikit-learn pipelines; `compiled=False` keeps scikit-learn's own predict path."""
        self.role_model = role_model
        self.screen_model = screen_model
        self._features = screen_model.named_steps["measure"]
        self._classify = screen_model.named_steps["classify"]
        model = None
        if compiled:
            try:
                model = CompiledModel.from_fitted(role_model, screen_model, screen_features.NAMES)
            except NotCompilable:
                pass
        if model is not None:
            self._use_compiled(model, metadata)
            return
        self._setup(metadata, role_model.classes_)
        self._role_proba = role_model.predict_proba
        self._screen_proba = self._classify.predict_proba
        self._guilt = lambda texts: self._features.guilt_.predict_proba(texts)[:, 1]
        self._consent = lambda texts: self._features.consent_.predict_proba(texts)[:, 1]
        self._vector = self._features.transform
        self._context = _sklearn_unchecked

    @classmethod
    def from_compiled(cls, model: CompiledModel, metadata: dict) -> Analyzer:
        """From the compiled model alone (what load_analyzer serves): no scikit-learn."""
        analyzer = cls.__new__(cls)
        analyzer.role_model = analyzer.screen_model = None
        analyzer._use_compiled(model, metadata)
        return analyzer

    def _setup(self, metadata: dict, role_classes) -> None:
        self.metadata = metadata
        self.version = metadata.get("model_version", "unversioned")
        classes = [str(c) for c in role_classes]
        self._role_order = [classes.index(r) for r in ROLES]
        self._texts = ()

    def _use_compiled(self, model: CompiledModel, metadata: dict) -> None:
        self._setup(metadata, model.roles.classes_)
        self.compiled = model
        self._role_proba = model.roles.predict_proba
        self._screen_proba = model.screen_proba
        self._guilt, self._consent = model.guilt.positive, model.consent.positive
        self._vector = lambda items, measures, guilt, consent: screen_features.vector(items, guilt, consent, measures)
        self._texts = model.texts()
        self._context = contextlib.nullcontext

    def clear_caches(self) -> None:
        """Forget the remembered n-grams of labels and words (benchmarks measure cold calls)."""
        for text in self._texts:
            text.clear_cache()

    # -- steps -----------------------------------------------------------------

    def roles(self, snapshot: dict) -> tuple:
        """(roles, probabilities in ROLES order) of a snapshot's elements."""
        elements = role_inputs(snapshot)
        if not elements:
            return [], np.zeros((0, len(ROLES)))
        probs = self._role_proba(elements)[:, self._role_order]
        return [ROLES[i] for i in np.argmax(probs, axis=1)], probs

    def analyze(self, snapshot: dict | None) -> dict:
        if snapshot is None:
            return NOT_A_SCREEN(self.version)
        with self._context():
            return self._analyze(snapshot)

    def _score(self, snapshot: dict) -> tuple:
        """(roles, role probabilities, measures, label probabilities) of one snapshot."""
        roles, probs = self.roles(snapshot)
        item = {"snapshot": snapshot, "roles": roles, "role_probs": probs}
        m = measure(snapshot, roles, probs)
        features = self._vector([item], measures=[m], guilt=self._guilt, consent=self._consent)
        return roles, probs, m, self._screen_proba(features)[0]

    def _analyze(self, snapshot: dict) -> dict:
        elements = snapshot.get("elements") or []
        dialog = snapshot.get("dialog") or {}
        lang = vocab.primary_lang(snapshot.get("lang") or "") or vocab.guess_lang(dialog.get("text") or "", "en")
        roles, probs, m, p = self._score(snapshot)
        consent_p = float(p[0])
        consent = consent_p >= CONSENT_THRESHOLD
        patterns = []
        if consent:
            scores = {pattern: float(p[k + 1]) for k, pattern in enumerate(PATTERNS)}
            # the labelling rules: patterns that never go together (the stronger one wins)
            for a, b in EXCLUSIVE_PAIRS:
                if scores[a] >= THRESHOLD and scores[b] >= THRESHOLD:
                    loser = a if scores[b] >= scores[a] else b
                    scores[loser] = min(scores[loser], THRESHOLD - 0.01)
            for pattern in PATTERNS:
                if scores[pattern] >= THRESHOLD:
                    patterns.append({
                        "id": pattern,
                        "confidence": round(scores[pattern], 3),
                        "evidence": self._evidence(pattern, snapshot, m, roles),
                    })
            patterns.sort(key=lambda f: -f["confidence"])
        return {
            "consent_screen": consent,
            "consent_confidence": round(consent_p, 3),
            "lang": lang,
            "patterns": patterns,
            "elements": [
                {
                    "index": i,
                    "text": element_text(e)[:200],
                    "role": roles[i],
                    "role_confidence": round(float(probs[i].max()), 3),
                    "prominence": round(float(m.prominence[i]), 3),
                    "visible": bool(e.get("visible", True)),
                    "layer": int(e.get("layer", 1)),
                }
                for i, e in enumerate(elements)
            ],
            "model_version": self.version,
        }

    def probabilities(self, snapshot: dict) -> dict:
        """{label: calibrated probability} for consent_screen and every pattern, before any decision
        (the labelling queue orders screens by how close these are to the threshold)."""
        with self._context():
            p = self._score(snapshot)[3]
        return {"consent_screen": float(p[0]), **{pattern: float(p[k + 1]) for k, pattern in enumerate(PATTERNS)}}

    def _evidence(self, pattern: str, snapshot: dict, m, roles: list) -> dict:
        if pattern == "confirmshaming":
            ways_out = [i for i, e in enumerate(snapshot.get("elements") or [])
                        if roles[i] in ("reject", "object", "close") and e.get("visible", True)
                        and element_text(e)]
            scores = {}
            if ways_out:
                texts = [element_text(snapshot["elements"][i]) for i in ways_out]
                scores = dict(zip(ways_out, self._guilt(texts)))
            return evidence.confirmshaming(snapshot, m, scores)
        return evidence.BUILDERS[pattern](snapshot, m)

    def feature_names(self) -> list:
        """The screen features the code computes (the label models read them by name)."""
        return list(screen_features.NAMES)


_lock = threading.Lock()
_cache: dict = {}


def load_analyzer(directory: Path | str | None = None, sklearn: bool = False) -> Analyzer:
    """The analyzer for the artefacts in `directory` (default: the shipped model), from its
    compiled.npz; `sklearn=True` loads the fitted pipelines from the skops files instead.
    Artefacts made before compiled.npz existed are loaded with scikit-learn (and a warning)."""
    directory = Path(directory) if directory else MODEL_DIR
    key = (str(directory.resolve()), sklearn)
    with _lock:
        if key not in _cache:
            _cache[key] = _load(directory, sklearn)
        return _cache[key]


def _load(directory: Path, sklearn: bool) -> Analyzer:
    if not sklearn:
        metadata = artefact.read_metadata(directory)
        if artefact.has_compiled(metadata):
            arrays, metadata = artefact.load_compiled(directory)
            try:
                model = CompiledModel.from_arrays(arrays, screen_features.NAMES)
            except NotCompilable as exc:
                raise ArtefactError(f"{directory / artefact.COMPILED}: {exc}") from None
            except (KeyError, ValueError, TypeError, IndexError) as exc:
                raise ArtefactError(f"model artefact {directory / artefact.COMPILED} is incomplete or damaged "
                                    f"({type(exc).__name__}: {exc}); run `consentlens train --compile-only`") from None
            return Analyzer.from_compiled(model, metadata)
        log.warning("%s has no %s: loading the model with scikit-learn (run `consentlens train --compile-only` "
                    "to serve without it)", directory, artefact.COMPILED)
    models, metadata = artefact.load(directory)
    return Analyzer(models["roles.skops"], models["screens.skops"], metadata)
