"""The two scikit-learn models, each one Pipeline from raw input to prediction.

- `role_pipeline()`: element dict -> role (accept, reject, settings, pay,
  object, close, other). Character n-grams of the normalised text (language
  agnostic: no word lists per language) plus structural facts, into a
  multinomial logistic regression.
- `screen_pipeline()`: {"snapshot", "roles", "role_probs"} -> probability of
  consent_screen and of each pattern. `ScreenFeatures` measures the screen
  (model.features.measure) and adds two stacked text scores learnt from the
  labels (guilt wording of the ways out; consent-ness of the dialog text),
  computed out-of-fold while training so the next step cannot over-trust
  them; `MultiLabelCalibrated` is one calibrated gradient-boosting classifier
  per label.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import GroupKFold, KFold, StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import ThreadpoolController

from consentlens.model import screen_features
from consentlens.model.element_steps import ElementStructure, ElementText
from consentlens.model.features import STRUCTURE_NAMES
from consentlens.taxonomy import ROLES

SEED = 42
# found once: inspecting the loaded libraries costs milliseconds, too much per request
_THREADS = ThreadpoolController()


# How much each structural fact of an element may count beside its words, after scaling.
# Whether it is a toggle decides a lot; how it looks (a link, a button, the most prominent,
# short) half as much: at full weight a big primary "Close" or "Fermer" was read as accept,
# because that is how the training accepts look. Grouped CV (role accuracy / pattern macro-F1,
# measured with the 128-row role lexicon): every fact at 1.0: 0.950 / 0.954; looks at 0.5:
# 0.953 / 0.956; at 0.2: 0.954 / 0.945; all facts (toggles too) at 0.1: 0.960 / 0.937, as the
# toggles of settings pages then read as accepts. Below 0.5 the roles gain little and the
# patterns lose.
STRUCTURE_WEIGHTS = tuple(1.0 if name in ("structured", "toggle") else 0.5 for name in STRUCTURE_NAMES)


class ColumnWeights(BaseEstimator, TransformerMixin):
    """Multiplies each column by a fixed weight."""

    def __init__(self, weights=()):
        self.weights = weights

    def fit(self, X, y=None):
        self.n_features_in_ = np.shape(X)[1]
        if len(self.weights) != self.n_features_in_:
            raise ValueError(f"{len(self.weights)} weights for {self.n_features_in_} columns")
        return self

    def transform(self, X):
        return np.asarray(X, dtype=np.float64) * np.asarray(self.weights, dtype=np.float64)


def role_pipeline() -> Pipeline:
    return Pipeline([
        ("features", FeatureUnion([
            ("text", Pipeline([
                ("select", ElementText()),
                ("ngrams", TfidfVectorizer(analyzer="char", ngram_range=(2, 5), min_df=2,
                                           sublinear_tf=True, max_features=60_000, dtype=np.float32)),
            ])),
            ("structure", Pipeline([
                ("select", ElementStructure()),
                ("scale", StandardScaler()),
                ("weigh", ColumnWeights(STRUCTURE_WEIGHTS)),
            ])),
        ])),
        # SGD on the log loss: the same model as a logistic regression, ~8x faster to fit here
        ("classify", SGDClassifier(loss="log_loss", alpha=2e-6, max_iter=30, tol=None,
                                   class_weight="balanced", random_state=SEED)),
    ])


def text_scorer() -> Pipeline:
    """Character n-grams of a text (lower-cased) into a logistic regression."""
    return Pipeline([
        ("ngrams", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                   max_features=30_000, dtype=np.float32)),
        ("classify", LogisticRegression(C=2.0, max_iter=2000, class_weight="balanced")),
    ])


class ScreenFeatures(BaseEstimator, TransformerMixin):
    """Screens -> measured features + stacked text scores.

    `extra_guilt` is a list of (text, is_guilt) pairs always added to the
    guilt scorer's training set (labelled confirmshaming wording from
    outside the screens).
    """

    STACKED = screen_features.STACKED
    NAMES = screen_features.MEASURED

    def __init__(self, folds: int = 4, extra_guilt=None, guilt_label: int = 6, consent_label: int = 0):
        self.folds = folds
        self.extra_guilt = extra_guilt
        self.guilt_label = guilt_label
        self.consent_label = consent_label

    # the columns themselves are computed in screen_features.py, which serving shares
    def _base(self, X, measures=None):
        return screen_features.measured(X, measures)

    _guilt_docs = staticmethod(screen_features.guilt_docs)
    _dialog_docs = staticmethod(screen_features.dialog_docs)

    def fit(self, X, y, groups=None):
        self.fit_transform(X, y, groups=groups)
        return self

    def fit_transform(self, X, y, groups=None):
        y = np.asarray(y)
        base = self._base(X)
        guilt_docs, dialog_docs = self._guilt_docs(X), self._dialog_docs(X)
        extra = list(self.extra_guilt or [])
        extra_docs = [t for t, _ in extra]
        extra_y = [int(v) for _, v in extra]
        y_guilt = y[:, self.guilt_label]
        y_consent = y[:, self.consent_label]
        oof_guilt = np.zeros(len(X))
        oof_consent = np.zeros(len(X))
        if groups is not None and len(set(groups)) >= self.folds:
            splits = GroupKFold(n_splits=self.folds).split(base, y_guilt, groups)
        else:
            splits = KFold(n_splits=self.folds, shuffle=True, random_state=SEED).split(base)
        for train, test in splits:
            oof_guilt[test] = self._fit_scorer([guilt_docs[i] for i in train] + extra_docs,
                                               list(y_guilt[train]) + extra_y,
                                               [guilt_docs[i] for i in test])
            oof_consent[test] = self._fit_scorer([dialog_docs[i] for i in train], list(y_consent[train]),
                                                 [dialog_docs[i] for i in test])
        self.guilt_ = text_scorer().fit(guilt_docs + extra_docs, list(y_guilt) + extra_y)
        self.consent_ = text_scorer().fit(dialog_docs, list(y_consent))
        self.n_features_in_ = len(self.NAMES)
        return np.hstack([base, oof_guilt[:, None], oof_consent[:, None]])

    @staticmethod
    def _fit_scorer(docs, labels, test_docs):
        if len(set(labels)) < 2:
            return np.full(len(test_docs), float(labels[0]) if labels else 0.0)
        return text_scorer().fit(docs, labels).predict_proba(test_docs)[:, 1]

    def transform(self, X, measures=None, guilt=None, consent=None):
        """`measures`: the screens' Measures when the caller has them already (the analyzer does);
        `guilt`, `consent`: texts -> P(positive) in place of the fitted scorers' own predict_proba
        (the analyzer passes their compiled forms)."""
        return screen_features.vector(X, guilt or (lambda docs: self.guilt_.predict_proba(docs)[:, 1]),
                                      consent or (lambda docs: self.consent_.predict_proba(docs)[:, 1]), measures)

    def get_feature_names_out(self, input_features=None):
        return np.array(list(self.NAMES) + list(self.STACKED), dtype=object)


class MultiLabelCalibrated(BaseEstimator, ClassifierMixin):
    """One calibrated gradient-boosting classifier per label column.

    `columns[k]` lists the feature columns label k may look at: each pattern
    is judged only from its own kind of evidence (TAXONOMY.md, "typical
    evidence"), so a tree cannot latch on to a quirk of the training designs
    (a count of links, a text length) that happens to separate them.
    """

    def __init__(self, columns=None, monotonic=None, max_iter: int = 60, learning_rate: float = 0.15,
                 max_leaf_nodes: int = 15, l2_regularization: float = 1.0, calibration_folds: int = 3):
        self.columns = columns
        self.monotonic = monotonic
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.max_leaf_nodes = max_leaf_nodes
        self.l2_regularization = l2_regularization
        self.calibration_folds = calibration_folds

    def fit(self, X, y):
        # One OpenMP thread: on small tables the threads cost more than they give, and
        # on a busy 2-core machine they oversubscribe (a 30x slowdown was measured).
        with _THREADS.limit(limits=1, user_api="openmp"):
            return self._fit(X, y)

    def _fit(self, X, y):
        y = np.asarray(y)
        base = HistGradientBoostingClassifier(
            max_iter=self.max_iter, learning_rate=self.learning_rate, max_leaf_nodes=self.max_leaf_nodes,
            l2_regularization=self.l2_regularization, random_state=SEED, min_samples_leaf=10,
        )
        self.estimators_ = []
        X = np.asarray(X)
        for column in range(y.shape[1]):
            target = y[:, column]
            if target.min() == target.max():
                self.estimators_.append(float(target[0]))
                continue
            estimator = clone(base)
            if self.monotonic is not None and any(self.monotonic[column]):
                estimator.set_params(monotonic_cst=list(self.monotonic[column]))
            folds = int(min(self.calibration_folds, max(2, min(np.bincount(target.astype(int))))))
            # shuffled: unshuffled folds follow the data's order, i.e. its design families, and
            # left whole kinds of screens out of the fit (walls came out at p 0.3 on their own designs)
            splits = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
            model = CalibratedClassifierCV(estimator, method="sigmoid", cv=splits, ensemble=False)
            self.estimators_.append(model.fit(X[:, self._columns(column, X)], target))
        self.n_labels_ = y.shape[1]
        return self

    def _columns(self, label: int, X) -> list:
        if self.columns is None:
            return list(range(X.shape[1]))
        return list(self.columns[label])

    def predict_proba(self, X):
        X = np.asarray(X)
        out = np.zeros((len(X), self.n_labels_))
        with _THREADS.limit(limits=1, user_api="openmp"):
            for column, model in enumerate(self.estimators_):
                if isinstance(model, float):
                    out[:, column] = model
                else:
                    out[:, column] = model.predict_proba(X[:, self._columns(column, X)])[:, 1]
        return out

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(int)


ROLE_FEATURES = tuple(f"{kind}_{role}" for kind in ("n", "soft") for role in ROLES)
# the ways in and out of a screen (links to policies and the like left out on purpose)
WAYS = tuple(f"n_{role}" for role in ROLES if role != "other")
PRESENCE = ("has_accept", "has_refuse", "has_pay", "has_settings", "has_close", "refuse_only_hidden",
            "refuse_is_object")
PAGE = ("overlay_coverage", "dialog_coverage", "scroll_locked", "backdrop", "aria_modal", "role_dialog", "fixed")
PRICE = ("price", "period", "subscribe_words", "free_with_ads", "pay_has_price", "pay_subscribe",
         "accept_free_with_ads", "pay_prominence")
PROMINENCE = ("has_reference", "size_ratio", "font_ratio", "weight_diff", "contrast_ratio", "refuse_contrast",
              "prominence_ratio", "accept_button_refuse_not", "refuse_is_link", "refuse_in_text",
              "refuse_opacity", "refuse_after_accept", "refuse_font_size", "refuse_prominence",
              "accept_prominence")
TOGGLES = ("n_toggles", "n_checked", "n_checked_essential", "n_prechecked", "n_li_toggles", "n_li_checked",
           "n_unchecked", "repeated_purposes")
WORDING = ("legitimate_interest", "accept_saves", "accept_saves_any", "double_negative", "euphemism")

# The evidence each label is judged from (order: consent_screen, then PATTERNS).
LABEL_FEATURES = {
    "consent_screen": ROLE_FEATURES + PRESENCE + PAGE + TOGGLES + (
        "consent_words", "other_words", "known_cmp", "text_len", "n_words", "n_shown", "price",
        "subscribe_words", "consent_text_score", "rule_consent_screen", "dialog_cues"),
    # the offer and the ways in and out, not how many links a design has (role counts overfit designs)
    # (and not the wording around the offer either: "/month", "free with ads" vary by language and design)
    "pay_or_consent": PRESENCE + ("price", "subscribe_words", "pay_has_price", "pay_subscribe", "pay_prominence",
                                  "soft_pay", "soft_accept", "rule_pay_or_consent"),
    # a wall is judged from how much the page is blocked, never from which way it is blocked
    # (all training walls of a design share their cues; a new design has other ones)
    "consent_wall": WAYS + PRESENCE + ("visual_block", "overlay_coverage", "scroll_locked", "page_is_dialog",
                                       "rule_consent_wall"),
    "no_reject": WAYS + PRESENCE + ("blocking_cues", "visual_block", "page_is_dialog", "hidden_reject",
                                    "hidden_object", "rule_no_reject", "rule_consent_wall", "rule_pay_or_consent"),
    "buried_opt_out": ("n_reject", "n_object", "soft_reject", "soft_object", "refuse_by_words", "object_words",
                       ) + PRESENCE + PROMINENCE + ("rule_buried_opt_out",),
    "preselected": TOGGLES + ("rule_preselected",),
    "confirmshaming": ("n_reject", "n_close", "n_object", "soft_reject", "has_refuse", "has_close",
                       "refuse_words", "guilt_score"),
    "misleading_wording": WORDING + TOGGLES + ("has_refuse", "has_accept", "n_other",
                                               "rule_misleading_wording"),
}


# Domain knowledge as monotonic constraints (+1: more of it never lowers the
# probability, -1: never raises it), so trees cannot learn an odd threshold such
# as "white text on blue looks buried" from the quirks of the training designs.
MONOTONE = {
    "pay_or_consent": {"has_pay": 1, "price": 1, "pay_has_price": 1, "pay_subscribe": 1, "has_refuse": -1,
                       "soft_pay": 1, "rule_pay_or_consent": 1},
    "consent_wall": {"overlay_coverage": 1, "scroll_locked": 1, "visual_block": 1, "page_is_dialog": 1,
                     "has_refuse": -1, "has_pay": -1, "has_close": -1, "n_reject": -1, "n_close": -1,
                     "rule_consent_wall": 1},
    "no_reject": {"has_refuse": -1, "n_reject": -1, "rule_no_reject": 1},
    "buried_opt_out": {"size_ratio": 1, "font_ratio": 1, "weight_diff": 1, "contrast_ratio": 1,
                       "prominence_ratio": 1, "accept_button_refuse_not": 1, "refuse_is_link": 1,
                       "refuse_in_text": 1, "refuse_contrast": -1, "refuse_opacity": -1, "refuse_font_size": -1,
                       "refuse_prominence": -1, "rule_buried_opt_out": 1},
    "preselected": {"n_prechecked": 1, "n_li_checked": 1, "rule_preselected": 1},
    "confirmshaming": {"guilt_score": 1},
    "misleading_wording": {"accept_saves": 1, "double_negative": 1, "n_li_toggles": 1,
                           "rule_misleading_wording": 1},
}


def monotone_constraints() -> list:
    from consentlens.model.data import LABELS

    return [[MONOTONE.get(label, {}).get(f, 0) for f in LABEL_FEATURES[label]] for label in LABELS]


def label_columns(names) -> list:
    from consentlens.model.data import LABELS

    index = {name: i for i, name in enumerate(names)}
    return [[index[f] for f in LABEL_FEATURES[label]] for label in LABELS]


def group_params(groups) -> dict:
    """fit() parameters of the screen pipeline: the design group of every training screen
    (the stacked text scores are learnt out of group)."""
    return {"measure__groups": groups}


def screen_pipeline(extra_guilt=None) -> Pipeline:
    features = ScreenFeatures(extra_guilt=extra_guilt)
    return Pipeline([
        ("measure", features),
        ("classify", MultiLabelCalibrated(columns=label_columns(features.get_feature_names_out()),
                                          monotonic=monotone_constraints())),
    ])


def guilt_examples(dark_texts) -> list:
    """Confirmshaming wording from Mathur/Yada as positives, a sample of plain texts as negatives."""
    positives = [(t, 1) for t, dark, pattern in dark_texts if dark and pattern == "confirmshaming"]
    negatives = [(t, 0) for t, dark, _ in dark_texts if not dark and len(t) < 80][: 3 * len(positives)]
    return positives + negatives


