"""`consentlens train` and `consentlens evaluate`."""

from __future__ import annotations

import sys
from pathlib import Path


def register(subparsers) -> None:
    train = subparsers.add_parser("train", help="retrain every model from training_data/ (seeded)")
    train.add_argument("--out", default=None, help="artefact folder (default: model/artefacts)")
    train.add_argument("--data", default=None, help="training data folder (default: training_data)")
    train.add_argument("--with-labels", metavar="PROJECT", default=None,
                       help="add a labelling project's adjudicated screens, compare before/after on the fixed "
                            "held-out groups, write a model card; promote only if not worse (model/retrain.py)")
    train.add_argument("--force", action="store_true", help="with --with-labels: promote even if worse")
    train.add_argument("--candidate", default=None, help="with --with-labels: candidate folder "
                                                         "(default: model/candidates/<project>)")
    train.add_argument("--data-dir", default=None, help="with --with-labels: the service's data dir holding the labels")
    train.add_argument("--compile-only", action="store_true",
                       help="retrain nothing: write compiled.npz (what serving loads, without scikit-learn) "
                            "for the model already in --out")
    train.set_defaults(func=run_train)
    evaluate = subparsers.add_parser("evaluate", help="grouped cross-validation; writes model/REPORT.md")
    evaluate.add_argument("--data", default=None, help="training data folder (default: training_data)")
    evaluate.add_argument("--out", default=None, help="report folder (default: model)")
    evaluate.add_argument("--seeds", type=int, nargs="+", default=None, metavar="SEED",
                          help="draws of the grouped folds: the report is the first one's, plus the headline's "
                               "spread over all (default: 42 only; each more seed costs a whole evaluation)")
    evaluate.set_defaults(func=run_evaluate)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_train(args) -> int:
    from consentlens.paths import MODEL_DIR, TRAINING_DATA

    if args.with_labels:
        return run_train_with_labels(args)
    if args.compile_only:
        return run_compile(Path(args.out) if args.out else MODEL_DIR)
    from consentlens.model.train import train

    train(Path(args.out) if args.out else MODEL_DIR, Path(args.data) if args.data else TRAINING_DATA, log=_log)
    return 0


def run_compile(directory: Path) -> int:
    from consentlens.model.artefact import COMPILED, ArtefactError, compile_artefacts

    try:
        metadata = compile_artefacts(directory)
    except ArtefactError as exc:
        print(f"consentlens train --compile-only: {exc}", file=sys.stderr)
        return 1
    _log(f"wrote {directory / COMPILED} (model {metadata['model_version']}, unchanged)")
    return 0


def run_evaluate(args) -> int:
    from consentlens.paths import REPO_ROOT, TRAINING_DATA
    from consentlens.model.evaluate import evaluate

    from consentlens.model.train import SEED

    evaluate(Path(args.data) if args.data else TRAINING_DATA, Path(args.out) if args.out else REPO_ROOT / "model",
             log=_log, seeds=tuple(dict.fromkeys(args.seeds or [SEED])))
    return 0


def run_train_with_labels(args) -> int:
    from consentlens.paths import MODEL_DIR, TRAINING_DATA
    from consentlens.model.retrain import RetrainError, retrain
    from consentlens.server.labelling.store import store_from_environment

    try:
        card = retrain(args.with_labels, data_dir=Path(args.data) if args.data else TRAINING_DATA,
                       out_dir=Path(args.out) if args.out else MODEL_DIR,
                       candidate_dir=Path(args.candidate) if args.candidate else None, force=args.force,
                       store=store_from_environment(args.data_dir), log=_log)
    except RetrainError as exc:
        print(f"consentlens train: {exc}", file=sys.stderr)
        return 2
    return 0 if card["decision"]["promote"] else 1
