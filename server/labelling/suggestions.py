"""The model's suggestions for a screen, and how unsure the model is (for the active-learning queue).

A suggestion is what the analyzer (model/predict.py) answered at import time,
kept with the screen so the queue can be ordered without running the model
again: the consent-screen confidence, each pattern's probability, and each
element's role with its confidence. Annotators see it pre-filled but marked as
suggestions until they confirm it (docs/LABELLING.md).

Uncertainty = 0.5 - the smallest distance of any label's probability to the
decision threshold 0.5 (over consent_screen and the seven patterns): 0.5 means
the model is on the fence about at least one label, 0 means it is sure of all.
"""

from __future__ import annotations

from consentlens.taxonomy import PATTERNS, ROLES

THRESHOLD = 0.5


def suggest(analyzer, snapshot: dict) -> dict | None:
    """The analyzer's suggestion for a snapshot, or None when there is no analyzer or it fails."""
    if analyzer is None:
        return None
    try:
        result = analyzer.analyze(snapshot)
        probabilities = analyzer.probabilities(snapshot) if hasattr(analyzer, "probabilities") else None
    except Exception:  # a suggestion is a help, never a reason to refuse an import
        return None
    if probabilities is None:
        # Without the calibrated probabilities, a pattern that was not reported counts as 0.
        found = {p["id"]: float(p["confidence"]) for p in result.get("patterns", [])}
        probabilities = {"consent_screen": float(result.get("consent_confidence", 0.0)),
                         **{pattern: found.get(pattern, 0.0) for pattern in PATTERNS}}
    roles = {}
    for element in result.get("elements", []):
        if element.get("role") in ROLES:
            roles[str(element["index"])] = {"role": element["role"],
                                            "confidence": round(float(element.get("role_confidence", 0.0)), 3)}
    return {
        "model_version": str(result.get("model_version", "")),
        "consent_screen": bool(result.get("consent_screen")),
        "patterns": [p["id"] for p in result.get("patterns", []) if p.get("id") in PATTERNS],
        "probabilities": {label: round(float(value), 4) for label, value in probabilities.items()},
        "roles": roles,
    }


def uncertainty(suggestion: dict | None) -> float | None:
    if not suggestion or not suggestion.get("probabilities"):
        return None
    margins = [abs(float(p) - THRESHOLD) for p in suggestion["probabilities"].values()]
    return round(THRESHOLD - min(margins), 4) if margins else None
