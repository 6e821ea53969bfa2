"""Training: every model from training_data/, seeded, written with metadata.

    consentlens train            # ~1 minute on 2 cores once snapshots are cached

The role model learns from the shared labelled element texts plus the
elements of the labelled screens. The screen model learns from the screens
with *out-of-fold* roles (predicted by role models that never saw that
screen's template family), so it is trained on the kind of roles it will
get in use, mistakes included.
"""

from __future__ import annotations

import json
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import sklearn
from sklearn.model_selection import StratifiedGroupKFold

from consentlens.paths import MODEL_DIR, TRAINING_DATA
from consentlens.taxonomy import PATTERNS, ROLES
from consentlens.model import artefact
from consentlens.model.data import (LABELS, data_sha256, load_dark_pattern_texts, load_element_texts,
                                    load_screens)
from consentlens.model.features import role_inputs
from consentlens.model.models import group_params, guilt_examples, role_pipeline, screen_pipeline

FOLDS = 5
SEED = 42  # of the grouped folds: the reported figures and the fixed held-out groups


def element_rows(screens, texts=()) -> tuple:
    """(element dicts, roles) for the role model: screen elements + labelled texts."""
    X, y = [], []
    for t in texts:
        X.append({"text": t.text, "structured": False})
        y.append(t.role)
    for screen in screens:
        for e in role_inputs(screen.snapshot or {}):
            if e.get("label_role") in ROLES:
                X.append(e)
                y.append(e["label_role"])
    return X, y


def out_of_fold_roles(screens, texts, folds: int = FOLDS, log=print, seed: int = SEED) -> tuple:
    """Roles of every screen's elements from a model that did not see its group.

    Returns (roles per screen, probabilities per screen, role models per fold, fold per screen).
    """
    roles: list = [None] * len(screens)
    probs: list = [None] * len(screens)
    fold_of = np.zeros(len(screens), dtype=int)
    models = []
    for k, (train, test) in enumerate(grouped_folds(screens, folds, seed)):
        t0 = time.time()
        X, y = element_rows([screens[i] for i in train], texts)
        model = role_pipeline().fit(X, y)
        order = [list(model.classes_).index(r) for r in ROLES]
        for i in test:
            fold_of[i] = k
            elements = role_inputs(screens[i].snapshot or {})
            if elements:
                p = model.predict_proba(elements)[:, order]
                probs[i] = p
                roles[i] = [ROLES[j] for j in np.argmax(p, axis=1)]
            else:
                probs[i], roles[i] = np.zeros((0, len(ROLES))), []
        models.append(model)
        log(f"  role fold {k + 1}/{folds}: {len(X)} elements, {time.time() - t0:.1f}s")
    return roles, probs, models, fold_of


# rarer patterns first: a screen is stratified by the rarest pattern it carries
_STRATA = ("pay_or_consent", "consent_wall", "confirmshaming", "misleading_wording", "preselected",
           "buried_opt_out", "no_reject")


def stratum(screen) -> str:
    if not screen.consent_screen:
        return "none"
    return next((p for p in _STRATA if p in screen.patterns), "fair")


def grouped_folds(screens, folds: int = FOLDS, seed: int = SEED) -> list:
    """Folds of whole groups, balanced over patterns (StratifiedGroupKFold, seeded)."""
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    return list(splitter.split(screens, [stratum(s) for s in screens], [s.group for s in screens]))


def fixed_holdout(screens) -> tuple:
    """(train indexes, held-out indexes): the first seeded grouped fold, fixed for comparing models.

    Retraining with new labels (consentlens train --with-labels) is judged on these
    held-out groups, so before/after figures compare like with like.
    """
    train_idx, test_idx = grouped_folds(screens, FOLDS)[0]
    return list(train_idx), list(test_idx)


def screen_items(screens, roles, probs) -> list:
    return [{"snapshot": s.snapshot, "roles": r, "role_probs": p} for s, r, p in zip(screens, roles, probs)]


def usable(screens) -> list:
    return [s for s in screens if s.snapshot is not None]


def train(out_dir: Path = MODEL_DIR, data_dir: Path = TRAINING_DATA, log=print) -> dict:
    started = time.time()
    log("loading training data ...")
    all_screens = load_screens(data_dir)
    screens = usable(all_screens)
    texts = load_element_texts(data_dir)
    guilt = guilt_examples(load_dark_pattern_texts(data_dir))
    log(f"  {len(screens)} screens with a snapshot ({len(all_screens) - len(screens)} pages without a "
        f"dialog), {len(texts)} labelled element texts")
    log("out-of-fold roles for the screen model ...")
    roles, probs, _, _ = out_of_fold_roles(screens, texts, log=log)
    log("role model on everything ...")
    X, y = element_rows(screens, texts)
    role_model = role_pipeline().fit(X, y)
    log("screen model ...")
    Y = np.array([s.labels for s in screens])
    screen_model = screen_pipeline(extra_guilt=guilt)
    screen_model.fit(screen_items(screens, roles, probs), Y, **group_params([s.group for s in screens]))
    metadata = {
        "trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sklearn_version": sklearn.__version__,
        "python_version": platform.python_version(),
        "training_data_sha256": data_sha256(data_dir),
        "labels": list(LABELS),
        "patterns": list(PATTERNS),
        "roles": list(ROLES),
        "n_screens": len(screens),
        "n_pages_without_dialog": len(all_screens) - len(screens),
        "n_element_texts": len(texts),
        "n_role_rows": len(X),
        "seed": SEED,
        "metrics": _last_metrics(out_dir),
    }
    metadata = artefact.save(out_dir, {"roles.skops": role_model, "screens.skops": screen_model}, metadata)
    log(f"wrote {out_dir} (model {metadata['model_version']}) in {time.time() - started:.0f}s")
    return metadata


def _last_metrics(out_dir: Path) -> dict:
    """Headline figures of the last `consentlens evaluate`, if it ran."""
    path = Path(out_dir).parent / "report.json"
    if not path.exists():
        return {}
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return report.get("headline", {})
