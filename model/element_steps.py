"""The role pipeline's first steps as scikit-learn transformers: element dicts -> text, structure.

They only wrap model.features.role_text / structure_matrix, which serving
calls directly (model/compiled.py), so the service never imports
scikit-learn. The saved artefacts name these classes
`consentlens.model.features.ElementText` / `.ElementStructure` (artefact.TRUSTED;
model.features hands them out from there), and so do newly saved ones: the
artefacts' type names do not depend on which file defines the class.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from consentlens.model.features import STRUCTURE_NAMES, role_text, structure_matrix

__all__ = ["ElementText", "ElementStructure"]

ARTEFACT_MODULE = "consentlens.model.features"


class ElementText(BaseEstimator, TransformerMixin):
    """element dicts -> normalised text (for a character n-gram vectoriser)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [role_text(e) for e in X]


class ElementStructure(BaseEstimator, TransformerMixin):
    """element dicts -> structural feature matrix."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return structure_matrix(X)

    def get_feature_names_out(self, input_features=None):
        return np.array(STRUCTURE_NAMES, dtype=object)


ElementText.__module__ = ElementStructure.__module__ = ARTEFACT_MODULE
