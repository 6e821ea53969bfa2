"""`consentlens train` and `consentlens evaluate`."""

from __future__ import annotations

import sys
from pathlib import Path


def register(subparsers) -> None:
    train = subparsers.add_parser("train", help="retrain every model from training_data/ (seeded)")
    train.add_argument("--out", default=None, help="artefact folder (default: model/artefacts)")
    train.add_argument("--data", default=None, help="training data folder (default: training_data)")
    train.set_defaults(func=run_train)
    evaluate = subparsers.add_parser("evaluate", help="grouped cross-validation; writes model/REPORT.md")
    evaluate.add_argument("--data", default=None, help="training data folder (default: training_data)")
    evaluate.add_argument("--out", default=None, help="report folder (default: model)")
    evaluate.set_defaults(func=run_evaluate)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_train(args) -> int:
    from consentlens.paths import MODEL_DIR, TRAINING_DATA
    from consentlens.model.train import train

    train(Path(args.out) if args.out else MODEL_DIR, Path(args.data) if args.data else TRAINING_DATA, log=_log)
    return 0


def run_evaluate(args) -> int:
    from consentlens.paths import REPO_ROOT, TRAINING_DATA
    from consentlens.model.evaluate import evaluate

    evaluate(Path(args.data) if args.data else TRAINING_DATA, Path(args.out) if args.out else REPO_ROOT / "model",
             log=_log)
    return 0
