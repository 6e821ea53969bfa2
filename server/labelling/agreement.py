"""Agreement between annotators: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha (nominal).

Written out with numpy (no extra dependency), checked against textbook values
and scikit-learn in tests/test_labelling_agreement.py:
  - Cohen (1960): kappa = (p_o - p_e) / (1 - p_e) for two annotators.
  - Fleiss (1971): kappa for a fixed number of annotators per screen
    (Wikipedia's worked example: 10 subjects, 14 raters -> 0.210).
  - Krippendorff (2011), nominal alpha from the coincidence matrix; allows any
    number of annotators per screen and missing labels
    (his worked example, 4 observers x 12 units -> 0.743).

How the labels become ratings: each (screen, pattern) is a yes/no decision;
"overall" pools every decision of consent_screen and the seven patterns; roles
are nominal ratings per (screen, element) by the annotators who set one.
Kappa and alpha are undefined (NaN) when every rating falls into one
category; the report then shows the observed agreement alone.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import combinations

import numpy as np

from consentlens.taxonomy import PATTERNS


def cohen_kappa(a, b) -> float:
    a, b = list(a), list(b)
    if len(a) != len(b) or not a:
        raise ValueError("Cohen's kappa needs two equally long, non-empty lists of ratings")
    categories = sorted(set(a) | set(b), key=str)
    index = {c: i for i, c in enumerate(categories)}
    table = np.zeros((len(categories), len(categories)))
    for x, y in zip(a, b):
        table[index[x], index[y]] += 1
    n = table.sum()
    observed = np.trace(table) / n
    expected = float((table.sum(axis=1) * table.sum(axis=0)).sum() / n ** 2)
    if math.isclose(expected, 1.0):
        return float("nan")
    return float((observed - expected) / (1 - expected))


def fleiss_kappa(counts) -> float:
    """counts[i][j]: how many annotators put subject i in category j; every row has the same sum."""
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 2 or counts.shape[0] == 0:
        raise ValueError("Fleiss' kappa needs a subjects x categories table")
    raters = counts.sum(axis=1)
    if not np.allclose(raters, raters[0]) or raters[0] < 2:
        raise ValueError("Fleiss' kappa needs the same number (>= 2) of annotators for every subject")
    n = raters[0]
    per_subject = ((counts ** 2).sum(axis=1) - n) / (n * (n - 1))
    p_bar = per_subject.mean()
    shares = counts.sum(axis=0) / counts.sum()
    p_e = float((shares ** 2).sum())
    if math.isclose(p_e, 1.0):
        return float("nan")
    return float((p_bar - p_e) / (1 - p_e))


def krippendorff_alpha(units) -> float:
    """Nominal alpha; units: one list of ratings per unit (missing ratings simply left out)."""
    values = sorted({v for unit in units for v in unit}, key=str)
    index = {v: i for i, v in enumerate(values)}
    coincidence = np.zeros((len(values), len(values)))
    for unit in units:
        m = len(unit)
        if m < 2:
            continue  # a unit rated once says nothing about agreement
        counts = np.zeros(len(values))
        for v in unit:
            counts[index[v]] += 1
        coincidence += (np.outer(counts, counts) - np.diag(counts)) / (m - 1)
    totals = coincidence.sum(axis=1)
    n = totals.sum()
    if n <= 1:
        return float("nan")
    disagree_observed = coincidence.sum() - np.trace(coincidence)
    disagree_expected = (np.outer(totals, totals).sum() - (totals ** 2).sum()) / (n - 1)
    if math.isclose(disagree_expected, 0.0):
        return float("nan")
    return float(1 - disagree_observed / disagree_expected)


def observed_agreement(units) -> float:
    """Share of agreeing pairs of ratings within units (what kappa and alpha correct for chance)."""
    agree = pairs = 0
    for unit in units:
        for x, y in combinations(unit, 2):
            pairs += 1
            agree += x == y
    return agree / pairs if pairs else float("nan")


# -- a project's report ------------------------------------------------------------------

def _decisions(label: dict) -> dict:
    out = {"consent_screen": int(label["consent_screen"])}
    for pattern in PATTERNS:
        out[pattern] = int(pattern in label["patterns"])
    return out


def _summary(units: list) -> dict:
    rated = [u for u in units if len(u) >= 2]
    sizes = Counter(len(u) for u in rated)
    fleiss = None
    if sizes:
        m = max(sizes, key=lambda k: (sizes[k], k))
        same = [u for u in rated if len(u) == m]
        categories = sorted({v for u in same for v in u}, key=str)
        table = [[u.count(c) for c in categories] for u in same]
        fleiss = {"kappa": _round(fleiss_kappa(table)) if len(categories) > 1 else None,
                  "annotators": m, "screens": len(same)}
    return {"screens": len(rated), "observed": _round(observed_agreement(rated)),
            "alpha": _round(krippendorff_alpha(rated)) if rated else None, "fleiss": fleiss}


def _round(value: float):
    return None if value is None or math.isnan(value) else round(value, 4)


def report(labelled: dict) -> dict:
    """labelled: {screen id: [annotation dicts with annotator, consent_screen, patterns, roles]} (not skipped)."""
    per_label = {label: [] for label in ("consent_screen",) + PATTERNS}
    pooled, roles = [], []
    for screen_labels in labelled.values():
        decisions = [_decisions(a) for a in screen_labels]
        for label in per_label:
            per_label[label].append([d[label] for d in decisions])
            pooled.append([d[label] for d in decisions])
        elements = sorted({int(k) for a in screen_labels for k in a["roles"]})
        for index in elements:
            roles.append([a["roles"][str(index)] for a in screen_labels if str(index) in a["roles"]])
    pairs = []
    names = sorted({a["annotator"] for screen_labels in labelled.values() for a in screen_labels})
    for first, second in combinations(names, 2):
        both = [(next(a for a in s if a["annotator"] == first), next(a for a in s if a["annotator"] == second))
                for s in labelled.values()
                if any(a["annotator"] == first for a in s) and any(a["annotator"] == second for a in s)]
        if not both:
            continue
        row = {"annotators": [first, second], "screens": len(both), "per_pattern": {}}
        left = [_decisions(x) for x, _ in both]
        right = [_decisions(y) for _, y in both]
        row["kappa"] = _round(cohen_kappa([d[k] for d in left for k in d], [d[k] for d in right for k in d]))
        for label in per_label:
            row["per_pattern"][label] = _round(cohen_kappa([d[label] for d in left], [d[label] for d in right]))
        pairs.append(row)
    return {"per_label": {label: _summary(units) for label, units in per_label.items()},
            "overall": _summary(pooled), "roles": _summary(roles), "pairs": pairs}
