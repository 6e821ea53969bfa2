"""Retraining with researchers' labels, judged on the fixed held-out groups.

    consentlens train --with-labels PROJECT [--force] [--candidate DIR]

1. The project's adjudicated screens (those with a final label) become
   training_data records (training_data/FORMAT.md) in the group
   "labels:<project>:<site>", element roles copied into `label_role`.
2. The fixed held-out groups of the shipped training data
   (model.train.fixed_holdout) are set aside. Labelled screens that are exact
   copies of a held-out screen are dropped, so the evaluation stays unseen.
3. "Before": the model trained on the other groups alone. "After": the same
   plus the labelled screens. Both are scored on the held-out groups, per
   pattern and per language (model.evaluate._scores), by the same procedure.
4. The full candidate (training data + labels, model.train.train) is written
   to a candidate folder with a model card (MODEL_CARD.md + model_card.json).
5. It is promoted (copied into model/artefacts, card to model/MODEL_CARD.md)
   only if it is not worse on the fixed evaluation: macro-F1 may not drop by
   more than 0.005 and no pattern's F1 by more than 0.02. `--force` promotes
   anyway and says so in the card.
"""

from __future__ import annotations

import copy
import gzip
import json
import os
import re
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from consentlens.paths import MODEL_DIR, REPO_ROOT, TRAINING_DATA
from consentlens.taxonomy import PATTERNS, ROLES

MACRO_TOLERANCE = 0.005
PATTERN_TOLERANCE = 0.02
CARD_MD, CARD_JSON = "MODEL_CARD.md", "model_card.json"


class RetrainError(RuntimeError):
    """Retraining cannot go ahead; the message says why and what to do."""


# -- 1. the labels as training records ------------------------------------------------------

def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "project"


def labelled_records(store, project: dict) -> list[dict]:
    """The project's adjudicated screens as training_data records."""
    from consentlens.server.labelling.formats import project_records

    out = []
    for record in project_records(store, project):
        final = record["labels"]["final"]
        if not final:
            continue
        snapshot = copy.deepcopy(record["snapshot"])
        for i, element in enumerate(snapshot.get("elements") or []):
            element.pop("label_role", None)
            role = final["roles"].get(str(i))
            if role in ROLES:
                element["label_role"] = role
        out.append({
            "id": f"labels-{_slug(project['name'])}-{record['id'][:16]}",
            "group": f"labels:{project['name']}:{record['labels']['site']}",
            "family": "labels", "lang": record["lang"], "url": record["url"], "html": None, "snapshot": snapshot,
            "consent_screen": final["consent_screen"], "patterns": final["patterns"],
            "source": f"labelling project {project['name']!r} ({record['source']})",
            "license": record["license"] or "labels: project's own",
            "provenance": f"adjudicated in ConsentLens labelling ({final['method']}, {final['decided_at']})",
        })
    return out


def data_with_labels(data_dir: Path, records: list[dict], into: Path) -> Path:
    """A training data folder: the shipped files (linked, not copied) plus screens/labels-<project>.jsonl.gz."""
    (into / "screens").mkdir(parents=True)
    for path in sorted((data_dir / "screens").glob("*.jsonl.gz")):
        os.symlink(path.resolve(), into / "screens" / path.name)
    os.symlink((data_dir / "external").resolve(), into / "external")
    if (data_dir / "lexicon").exists():
        os.symlink((data_dir / "lexicon").resolve(), into / "lexicon")
    with gzip.open(into / "screens" / "zz-labels.jsonl.gz", "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return into


# -- 3. before / after on the fixed held-out groups --------------------------------------------

def fit_and_score(train_screens: list, test_screens: list, texts: list, guilt, log=print) -> dict:
    """Train role + screen models on `train_screens` as model.train does; scores on `test_screens`."""
    from consentlens.model.evaluate import _decide, _scores
    from consentlens.model.models import group_params, role_pipeline, screen_pipeline
    from consentlens.model.train import element_rows, out_of_fold_roles, screen_items

    roles, probs, _, _ = out_of_fold_roles(train_screens, texts, log=log)
    X, y = element_rows(train_screens, texts)
    role_model = role_pipeline().fit(X, y)
    screen_model = screen_pipeline(extra_guilt=guilt)
    screen_model.fit(screen_items(train_screens, roles, probs), np.array([s.labels for s in train_screens]),
                     **group_params([s.group for s in train_screens]))
    order = [list(role_model.classes_).index(r) for r in ROLES]
    test_roles, test_probs = [], []
    for screen in test_screens:
        elements = screen.snapshot.get("elements") or []
        p = role_model.predict_proba(elements)[:, order] if elements else np.zeros((0, len(ROLES)))
        test_probs.append(p)
        test_roles.append([ROLES[j] for j in np.argmax(p, axis=1)] if elements else [])
    predicted = _decide(screen_model.predict_proba(screen_items(test_screens, test_roles, test_probs)))
    return _scores(np.array([s.labels for s in test_screens]), predicted, [s.lang for s in test_screens])


def train_candidate(out_dir: Path, data_dir: Path, log=print) -> dict:
    from consentlens.model.train import train

    return train(out_dir, data_dir, log=log)


def decide(before: dict, after: dict, force: bool = False) -> dict:
    """Promote or refuse: worse = macro-F1 down by > 0.005 or any pattern's F1 down by > 0.02."""
    reasons = []
    drop = before["macro_f1"] - after["macro_f1"]
    if drop > MACRO_TOLERANCE + 1e-12:
        reasons.append(f"macro-F1 fell from {before['macro_f1']:.4f} to {after['macro_f1']:.4f} "
                       f"(more than {MACRO_TOLERANCE})")
    for pattern in PATTERNS:
        f_before = before["per_label"][pattern]["f1"]
        f_after = after["per_label"][pattern]["f1"]
        if f_before - f_after > PATTERN_TOLERANCE + 1e-12:
            reasons.append(f"{pattern} F1 fell from {f_before:.4f} to {f_after:.4f} (more than {PATTERN_TOLERANCE})")
    worse = bool(reasons)
    return {"worse": worse, "reasons": reasons, "forced": force and worse, "promote": not worse or force}


# -- 4./5. card and promotion ---------------------------------------------------------------------

def _delta_rows(before: dict, after: dict) -> list[str]:
    rows = ["| label | precision before | after | recall before | after | F1 before | F1 after | change | support |",
            "|---|---|---|---|---|---|---|---|---|"]
    for label, b in before["per_label"].items():
        a = after["per_label"][label]
        rows.append(f"| {label} | {b['precision']} | {a['precision']} | {b['recall']} | {a['recall']} | {b['f1']} | "
                    f"{a['f1']} | {a['f1'] - b['f1']:+.4f} | {b['support']} |")
    rows.append(f"| **macro-F1 (patterns)** | | | | | {before['macro_f1']} | {after['macro_f1']} | "
                f"{after['macro_f1'] - before['macro_f1']:+.4f} | |")
    return rows


def render_card(card: dict) -> str:
    d, data = card["decision"], card["data"]
    status = ("PROMOTED" if d["promote"] and not d["forced"] else "PROMOTED WITH --force despite being worse"
              if d["forced"] else "NOT PROMOTED (worse on the fixed evaluation)")
    command = f"consentlens train --with-labels {card['project']!r}"
    out = ["# Model card", "", f"Written by `{command}` on {card['created_at']}.",
           "", f"**Decision: {status}.** Candidate: `{card['candidate_dir']}`; model version "
           f"{card.get('model_version') or 'n/a'}.", ""]
    if d["reasons"]:
        out += ["Why it is worse:", ""] + [f"- {r}" for r in d["reasons"]] + [""]
    out += ["## Data", "",
            f"- Shipped training data: {data['base_screens']} screens with a dialog in {data['base_groups']} groups "
            f"(sha256 {data['base_sha256'][:16]}…).",
            f"- Added from project {card['project']!r}: {data['labelled_screens']} adjudicated screens in "
            f"{data['labelled_groups']} groups (group = labels:<project>:<site>); "
            f"{data['dropped_duplicates']} dropped as exact copies of held-out screens.",
            f"- Labelled screens per pattern: {json.dumps(data['labelled_per_pattern'], sort_keys=True)}; "
            f"per language: {json.dumps(data['labelled_per_language'], sort_keys=True)}; "
            f"not a consent screen: {data['labelled_not_consent']}, fair: {data['labelled_fair']}.",
            f"- Fixed evaluation: the held-out groups of model.train.fixed_holdout ({data['heldout_screens']} screens, "
            f"{data['heldout_groups']} groups), never trained on by either model.", "",
            "## Fixed evaluation: before (shipped data only) and after (with the labels)", ""]
    out += _delta_rows(card["before"], card["after"])
    out += ["", "### Per language (macro-F1 over the patterns present)", "",
            "| language | before | after | change | screens |", "|---|---|---|---|---|"]
    for lang, b in card["before"]["per_language"].items():
        a = card["after"]["per_language"].get(lang, {"macro_f1": 0.0})
        out.append(f"| {lang} | {b['macro_f1']} | {a['macro_f1']} | {a['macro_f1'] - b['macro_f1']:+.4f} | {b['n']} |")
    out += ["", "## Limitations", ""] + [f"- {line}" for line in card["limitations"]] + [""]
    return "\n".join(out)


LIMITATIONS = [
    "The held-out groups are generated or rendered reproductions (training_data/README.md), not a sample of "
    "the web: a gain on them is not a measured gain in the wild.",
    "The comparison trains both models on the shipped data minus the held-out groups; the promoted candidate "
    "is then retrained on everything, so its own figures are not measured here.",
    "Labels come from the project's adjudicated screens only; their quality is bounded by the annotators' "
    "agreement (see the project's agreement page).",
    "Labelled screens from one site share a group, but screens of the same consent platform on different "
    "sites do not, so similar designs can still sit on both sides of other splits.",
    f"Tolerances: macro-F1 may drop by at most {MACRO_TOLERANCE}, each pattern's F1 by at most "
    f"{PATTERN_TOLERANCE}; with few held-out examples of a pattern, one screen can move its F1 more than that.",
]


def promote(candidate_dir: Path, out_dir: Path) -> None:
    """Copy the artefacts over (each file atomically; metadata.json last, so a half-done copy fails verification)."""
    from consentlens.model.artefact import ARTEFACTS, COMPILED

    out_dir.mkdir(parents=True, exist_ok=True)
    for name in list(ARTEFACTS) + [COMPILED, "metadata.json"]:
        if not (candidate_dir / name).exists() and name == COMPILED:
            (out_dir / name).unlink(missing_ok=True)  # its metadata will not list one: no stale file beside it
            continue
        temporary = out_dir / f".{name}.tmp"
        shutil.copyfile(candidate_dir / name, temporary)
        os.replace(temporary, out_dir / name)


def retrain(project_name: str, *, data_dir: Path = TRAINING_DATA, out_dir: Path = MODEL_DIR,
            candidate_dir: Path | None = None, card_dir: Path | None = None, force: bool = False,
            store=None, log=print) -> dict:
    from consentlens.model.data import data_sha256, load_dark_pattern_texts, load_element_texts, load_screens
    from consentlens.model.models import guilt_examples
    from consentlens.model.train import fixed_holdout, usable
    from consentlens.server.labelling.projects import get_project, snapshot_uid
    from consentlens.server.labelling.store import store_from_environment

    started = time.time()
    store = store or store_from_environment()
    project = get_project(store, project_name)
    if project is None:
        raise RetrainError(f"no labelling project {project_name!r} (consentlens labels list)")
    records = labelled_records(store, project)
    if not records:
        raise RetrainError(f"project {project_name!r} has no screen with a final label yet: settle the "
                           "disagreements (or set the final labels of unanimous screens) in the app first")
    candidate_dir = Path(candidate_dir or REPO_ROOT / "model" / "candidates" / _slug(project_name))
    card_dir = Path(card_dir or REPO_ROOT / "model")
    log(f"{len(records)} adjudicated screen(s) from {project_name!r}")

    base = usable(load_screens(data_dir))
    train_idx, test_idx = fixed_holdout(base)
    heldout = [base[i] for i in test_idx]
    heldout_uids = {snapshot_uid(_without_label_roles(s.snapshot)) for s in heldout}
    with tempfile.TemporaryDirectory(prefix="consentlens-retrain-") as tmp:
        combined_dir = data_with_labels(data_dir, records, Path(tmp) / "data")
        every = load_screens(combined_dir)
        labelled = [s for s in usable(every) if s.group.startswith("labels:")]
        kept = [s for s in labelled if snapshot_uid(_without_label_roles(s.snapshot)) not in heldout_uids]
        texts = load_element_texts(data_dir)
        guilt = guilt_examples(load_dark_pattern_texts(data_dir))
        train_part = [base[i] for i in train_idx]
        log(f"before: training on {len(train_part)} screens, scoring {len(heldout)} held-out screens ...")
        before = fit_and_score(train_part, heldout, texts, guilt, log=log)
        log(f"after: adding {len(kept)} labelled screen(s) ...")
        after = fit_and_score(train_part + kept, heldout, texts, guilt, log=log)
        decision = decide(before, after, force)
        log("candidate: every screen plus the labels ...")
        if candidate_dir.exists():
            shutil.rmtree(candidate_dir)
        metadata = train_candidate(candidate_dir, combined_dir, log=log)
    card = {
        "format": "consentlens-model-card/1",
        "project": project_name,
        "created_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "candidate_dir": str(candidate_dir),
        "model_version": metadata.get("model_version"),
        "data": {
            "base_screens": len(base), "base_groups": len({s.group for s in base}),
            "base_sha256": data_sha256(data_dir),
            "labelled_screens": len(kept), "labelled_groups": len({s.group for s in kept}),
            "dropped_duplicates": len(labelled) - len(kept),
            "labelled_per_pattern": {p: sum(1 for s in kept if p in s.patterns) for p in PATTERNS},
            "labelled_per_language": _count(s.lang or "?" for s in kept),
            "labelled_not_consent": sum(1 for s in kept if not s.consent_screen),
            "labelled_fair": sum(1 for s in kept if s.consent_screen and not s.patterns),
            "heldout_screens": len(heldout), "heldout_groups": len({s.group for s in heldout}),
        },
        "before": before, "after": after, "decision": decision,
        "tolerances": {"macro_f1": MACRO_TOLERANCE, "pattern_f1": PATTERN_TOLERANCE},
        "limitations": LIMITATIONS,
        "seconds": round(time.time() - started, 1),
    }
    write_card(card, candidate_dir)
    if decision["promote"]:
        promote(candidate_dir, Path(out_dir))
        write_card(card, card_dir)
        log(f"promoted to {out_dir}" + (" (forced: it is worse on the fixed evaluation)" if decision["forced"] else ""))
    else:
        log("NOT promoted: " + "; ".join(decision["reasons"]) + f". The candidate and its card are in {candidate_dir}; "
            "promote it anyway with --force.")
    return card


def _without_label_roles(snapshot: dict) -> dict:
    clean = copy.deepcopy(snapshot)
    for element in clean.get("elements") or []:
        element.pop("label_role", None)
    return clean


def _count(values) -> dict:
    out: dict = {}
    for value in values:
        out[value] = out.get(value, 0) + 1
    return dict(sorted(out.items()))


def write_card(card: dict, directory: Path) -> None:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / CARD_JSON).write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (directory / CARD_MD).write_text(render_card(card), encoding="utf-8")
