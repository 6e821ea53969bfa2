"""Where the repository's folders are (the package is installed editable from it)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(os.environ.get("CONSENTLENS_REPO", Path(__file__).resolve().parents[1]))
TRAINING_DATA = REPO_ROOT / "training_data"
MODEL_DIR = Path(os.environ.get("CONSENTLENS_MODEL_DIR", REPO_ROOT / "model" / "artefacts"))
EXTENSION_DIR = REPO_ROOT / "extension"
SHARED_DIR = Path(os.environ.get("CONSENTLENS_SHARED", REPO_ROOT.parent / "shared"))
