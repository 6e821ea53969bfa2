"""The screen model's input vector, without scikit-learn.

One row per screen: the measured features (model.features.measure), the
rule baseline's verdicts, then the two stacked text scores (guilt wording of
the ways out, consent-ness of the dialog text) computed by whatever scorer
the caller passes. `models.ScreenFeatures` (training, the sklearn path)
and the compiled analyzer (serving) both build their rows here, so the two
cannot drift.
"""

from __future__ import annotations

import numpy as np

from consentlens.model.baseline import RULE_NAMES, rule_labels
from consentlens.model.features import FEATURE_NAMES, measure, refuse_texts

MEASURED = tuple(FEATURE_NAMES) + tuple(f"rule_{name}" for name in RULE_NAMES)
STACKED = ("guilt_score", "consent_text_score")
NAMES = MEASURED + STACKED


def measured(items: list, measures: list | None = None) -> np.ndarray:
    """The measured columns; `items` are {"snapshot", "roles", "role_probs"}, `measures`
    their Measures when the caller has them already."""
    rows = []
    for k, item in enumerate(items):
        m = measures[k] if measures is not None else measure(item["snapshot"], item["roles"], item.get("role_probs"))
        rules = rule_labels(m)
        rows.append([float(m.values[name]) for name in FEATURE_NAMES] + [float(rules[n]) for n in RULE_NAMES])
    return np.array(rows, dtype=float).reshape(len(items), len(MEASURED))


def guilt_docs(items: list) -> list:
    """What the guilt scorer reads: the texts of a screen's ways to refuse or leave."""
    return [" | ".join(refuse_texts(item["snapshot"], item["roles"])) or "∅" for item in items]


def dialog_docs(items: list) -> list:
    """What the consent scorer reads: the start of the dialog's text."""
    return [((item["snapshot"].get("dialog") or {}).get("text") or "")[:3000] or "∅" for item in items]


def vector(items: list, guilt, consent, measures: list | None = None) -> np.ndarray:
    """All NAMES columns; `guilt`, `consent`: texts -> P(positive)."""
    base = measured(items, measures)
    return np.hstack([base, np.asarray(guilt(guilt_docs(items)))[:, None],
                      np.asarray(consent(dialog_docs(items)))[:, None]])
