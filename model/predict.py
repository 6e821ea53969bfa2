"""The analyzer: snapshot -> roles -> patterns -> findings with evidence.

One object per process; `analyze()` is the hot path of `classify`, the
service and batch runs. Contract: docs/FINDINGS.md.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import sklearn

from consentlens import vocabulary as vocab
from consentlens.paths import MODEL_DIR
from consentlens.taxonomy import PATTERNS, ROLES
from consentlens.model import artefact, evidence
from consentlens.model.artefact import ArtefactError
from consentlens.model.compiled import (CompiledMultiLabel, CompiledRoles, CompiledTextClassifier,
                                        NotCompilable)
from consentlens.model.features import element_text, measure, role_inputs

THRESHOLD = 0.5
CONSENT_THRESHOLD = 0.5

__all__ = ["Analyzer", "ArtefactError", "load_analyzer", "NOT_A_SCREEN"]


def NOT_A_SCREEN(version: str, lang: str = "") -> dict:
    return {"consent_screen": False, "consent_confidence": 0.0, "lang": lang, "patterns": [],
            "elements": [], "model_version": version}


class Analyzer:
    def __init__(self, role_model, screen_model, metadata: dict, compiled: bool = True):
        self.role_model = role_model
        self.screen_model = screen_model
        self.metadata = metadata
        self.version = metadata.get("model_version", "unversioned")
        classes = list(role_model.classes_)
        self._role_order = [classes.index(r) for r in ROLES]
        self._features = screen_model.named_steps["measure"]
        self._classify = screen_model.named_steps["classify"]
        # the same models compiled for one screen per call (model/compiled.py); sklearn's
        # own path stays for anything they do not cover, and for `compiled=False`
        self._role_proba = role_model.predict_proba
        self._screen_proba = self._classify.predict_proba
        self._guilt = lambda texts: self._features.guilt_.predict_proba(texts)[:, 1]
        self._consent = lambda texts: self._features.consent_.predict_proba(texts)[:, 1]
        self._texts = ()
        if compiled:
            try:
                fast_roles = CompiledRoles(role_model)
                fast_guilt = CompiledTextClassifier(self._features.guilt_)
                fast_consent = CompiledTextClassifier(self._features.consent_)
                self._screen_proba = CompiledMultiLabel(self._classify).predict_proba
            except NotCompilable:
                pass
            else:
                self._role_proba, self._guilt, self._consent = (
                    fast_roles.predict_proba, fast_guilt.positive, fast_consent.positive)
                self._texts = (fast_roles.text, fast_guilt.text, fast_consent.text)

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
        # inputs are validated at the edge (schema) and built here: skip sklearn's re-checks on the hot path
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            return self._analyze(snapshot)

    def _score(self, snapshot: dict) -> tuple:
        """(roles, role probabilities, measures, label probabilities) of one snapshot."""
        roles, probs = self.roles(snapshot)
        item = {"snapshot": snapshot, "roles": roles, "role_probs": probs}
        m = measure(snapshot, roles, probs)
        features = self._features.transform([item], measures=[m], guilt=self._guilt, consent=self._consent)
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
            # the labelling rules: no_reject and buried_opt_out never together
            if scores["no_reject"] >= THRESHOLD and scores["buried_opt_out"] >= THRESHOLD:
                loser = "no_reject" if scores["buried_opt_out"] >= scores["no_reject"] else "buried_opt_out"
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
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
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
        return list(self._features.get_feature_names_out())


_lock = threading.Lock()
_cache: dict = {}


def load_analyzer(directory: Path | str | None = None) -> Analyzer:
    """The analyzer for the artefacts in `directory` (default: the shipped model)."""
    directory = Path(directory) if directory else MODEL_DIR
    key = str(directory.resolve())
    with _lock:
        if key not in _cache:
            models, metadata = artefact.load(directory)
            _cache[key] = Analyzer(models["roles.skops"], models["screens.skops"], metadata)
        return _cache[key]
