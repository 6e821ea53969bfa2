"""The fitted models, compiled for one screen at a time.

scikit-learn's predict path is built for tables: every call re-validates its
input, builds sparse matrices and walks each of the 480 boosted trees through
its own Cython call. Serving judges one screen per call, so those fixed costs
were most of the time (issue 3 profile: 8 calibrated boosters ~13 ms, role
n-grams ~10 ms of a 26 ms analysis). The classes here read the fitted
parameters once, at load time, and compute the same numbers with a few numpy
operations:

- `CompiledText`: a (char or char_wb) TfidfVectorizer followed by a linear
  model, as one weight row per known n-gram; a text's scores are the tf-idf
  weighted sum of its n-grams' rows. The n-grams come from the vectoriser's
  own analyzer, so tokenisation cannot drift.
- `CompiledRoles`: the role pipeline (n-grams + scaled structure -> SGD).
- `CompiledForest` / `CompiledCalibrated`: every tree of a boosted model as
  flat arrays, traversed for all trees at once; Platt scaling on top.

Nothing is refitted and the artefacts are unchanged: `tests/test_compiled.py`
checks that these give sklearn's probabilities (to float32 rounding) and the
same verdicts on realistic screens. Only what the shipped pipelines use is
supported; anything else raises `NotCompilable` and the analyzer keeps
sklearn's path.
"""

from __future__ import annotations

from collections import Counter
from itertools import repeat

import numpy as np
from scipy.special import expit

__all__ = ["NotCompilable", "CompiledText", "CompiledRoles", "CompiledForest", "CompiledCalibrated",
           "CompiledMultiLabel"]


class NotCompilable(TypeError):
    """The fitted model uses something these compiled forms do not cover."""


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise NotCompilable(what)


# -- n-gram text models ----------------------------------------------------------


class CompiledText:
    """tf-idf n-grams of a text times a linear model's coefficients.

    `scores(texts)` returns the decision values (n_texts, n_outputs) without
    the intercept of the linear model: callers add what else goes into it.
    The known n-grams of a text (char) or of a word (char_wb) are remembered,
    up to `cache_size` of them: button labels and the words of consent
    dialogs recur from one screen to the next.
    """

    def __init__(self, vectorizer, coef: np.ndarray, cache_size: int = 20_000):
        _require(vectorizer.norm == "l2" and vectorizer.use_idf, "tf-idf with l2 norm and idf expected")
        _require(vectorizer.binary is False, "binary tf not supported")
        _require(vectorizer.analyzer in ("char", "char_wb") and vectorizer.preprocessor is None
                 and not vectorizer.strip_accents and vectorizer.input == "content",
                 "plain char or char_wb n-grams expected")
        self.analyze = vectorizer.build_analyzer()
        self.by_word = vectorizer.analyzer == "char_wb"
        self.cache_size = cache_size
        self._cache: dict = {}
        self.sublinear = bool(vectorizer.sublinear_tf)
        self.dtype = np.dtype(vectorizer.dtype)
        # n-gram -> column: the vectoriser's own mapping (no copy: it is the largest part of the model)
        self.index = vectorizer.vocabulary_
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.weights = np.ascontiguousarray(np.asarray(coef, dtype=np.float64).T)  # (n_ngrams, n_outputs)
        self.n_outputs = coef.shape[0]

    def _known(self, grams: list) -> np.ndarray:
        """Rows of the known n-grams (unknown ones are not features: sklearn drops them too)."""
        rows = np.fromiter(map(self.index.get, grams, repeat(-1, len(grams))), dtype=np.intp, count=len(grams))
        return rows[rows >= 0]

    def _rows(self, text: str) -> tuple:
        """(rows, multiplicities) of a text's known n-grams, with repeats."""
        cache = self._cache
        if self.by_word:
            # char_wb n-grams never cross a word, so a text's are the sum of its words'
            words = Counter(text.lower().split())
            parts = []
            for word in words:
                rows = cache.get(word)
                if rows is None:
                    rows = self._remember(word, self._known(self.analyze(word)))
                parts.append(rows)
            sizes = [len(p) for p in parts]
            return (np.concatenate(parts) if parts else np.empty(0, np.intp),
                    np.repeat(np.fromiter(words.values(), dtype=np.float64, count=len(words)), sizes))
        rows = cache.get(text)
        if rows is None:
            rows = self._remember(text, self._known(self.analyze(text)))
        return rows, np.ones(len(rows))

    def _remember(self, key: str, rows: np.ndarray) -> np.ndarray:
        if len(self._cache) >= self.cache_size:
            self._cache.clear()  # bounded memory; the common words come back at once
        self._cache[key] = rows
        return rows

    def clear_cache(self) -> None:
        self._cache.clear()

    def scores(self, texts: list) -> np.ndarray:
        distinct: dict = {}
        owner = [distinct.setdefault(text, len(distinct)) for text in texts]
        parts = [self._rows(text) for text in distinct]
        rows = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, np.intp)
        weight = np.concatenate([p[1] for p in parts]) if parts else np.empty(0)
        text_of = np.repeat(np.arange(len(distinct)), [len(p[0]) for p in parts])
        # term frequencies per (text, n-gram); then sklearn's tf-idf steps in its float32
        keys, inverse = np.unique(text_of * len(self.idf) + rows, return_inverse=True)
        tf = np.bincount(inverse, weights=weight).astype(self.dtype)
        text_of, rows = keys // len(self.idf), keys % len(self.idf)
        if self.sublinear:
            tf = np.log(tf) + self.dtype.type(1)
        values = (tf * self.idf[rows]).astype(self.dtype)
        norms = np.sqrt(np.bincount(text_of, weights=values * values, minlength=len(distinct))).astype(self.dtype)
        norms[norms == 0] = 1
        values = (values / norms[text_of]).astype(np.float64)
        out = np.zeros((len(distinct), self.n_outputs))
        np.add.at(out, text_of, values[:, None] * self.weights[rows])
        return out[owner]


def _linear_proba(decision: np.ndarray) -> np.ndarray:
    """sklearn's `_predict_proba_lr`: logistic per class, normalised when multiclass."""
    prob = expit(decision)
    if prob.shape[1] == 1:
        return np.hstack([1 - prob, prob])
    total = prob.sum(axis=1, keepdims=True)
    total[total == 0] = 1.0
    return prob / total


class CompiledTextClassifier:
    """Pipeline([('ngrams', TfidfVectorizer), ('classify', LogisticRegression)]) for one binary label."""

    def __init__(self, pipeline):
        vectorizer, classifier = pipeline.named_steps["ngrams"], pipeline.named_steps["classify"]
        _require(len(classifier.classes_) == 2, "binary text classifier expected")
        self.text = CompiledText(vectorizer, classifier.coef_)
        self.intercept = np.asarray(classifier.intercept_, dtype=np.float64)

    def positive(self, texts: list) -> np.ndarray:
        return expit(self.text.scores(texts)[:, 0] + self.intercept[0])


class CompiledRoles:
    """The role pipeline: FeatureUnion(text n-grams, scaled structure) -> SGD (log loss)."""

    def __init__(self, pipeline):
        union = pipeline.named_steps["features"]
        classifier = pipeline.named_steps["classify"]
        _require(getattr(classifier, "loss", None) == "log_loss", "log-loss linear classifier expected")
        parts = dict(union.transformer_list)
        _require(set(parts) == {"text", "structure"} and union.transformer_weights is None,
                 "features = text + structure expected")
        text, structure = parts["text"], parts["structure"]
        vectorizer = text.named_steps["ngrams"]
        width = len(vectorizer.vocabulary_)
        coef = np.asarray(classifier.coef_, dtype=np.float64)
        self.select_text = text.named_steps["select"]
        self.select_structure = structure.named_steps["select"]
        self.text = CompiledText(vectorizer, coef[:, :width])
        scaler = structure.named_steps["scale"]
        mean = np.zeros(coef.shape[1] - width) if scaler.mean_ is None else np.asarray(scaler.mean_)
        scale = np.ones(coef.shape[1] - width) if scaler.scale_ is None else np.asarray(scaler.scale_)
        self.mean, self.scale = mean, scale
        self.structure_coef = np.ascontiguousarray(coef[:, width:].T)
        self.intercept = np.asarray(classifier.intercept_, dtype=np.float64)
        self.classes_ = classifier.classes_

    def predict_proba(self, elements: list) -> np.ndarray:
        texts = self.select_text.transform(elements)
        structure = (self.select_structure.transform(elements) - self.mean) / self.scale
        decision = self.text.scores(texts) + structure @ self.structure_coef + self.intercept
        return _linear_proba(decision)


# -- boosted trees -----------------------------------------------------------------


class CompiledForest:
    """A fitted binary HistGradientBoostingClassifier on numeric features: decision_function."""

    def __init__(self, model):
        _require(getattr(model, "_preprocessor", None) is None and model.is_categorical_ is None,
                 "categorical features not supported")
        _require(model.n_trees_per_iteration_ == 1, "binary boosting expected")
        trees = [iteration[0].nodes for iteration in model._predictors]
        sizes = [len(t) for t in trees]
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
        nodes = np.concatenate(trees)
        shift = np.repeat(offsets, sizes)
        self.roots = offsets
        self.feature = nodes["feature_idx"].astype(np.intp)
        self.threshold = nodes["num_threshold"].astype(np.float64)
        self.missing_left = nodes["missing_go_to_left"].astype(bool)
        self.leaf = nodes["is_leaf"].astype(bool)
        # a leaf points at itself, so a finished tree stays put while deeper ones go on
        index = np.arange(len(nodes))
        self.left = np.where(self.leaf, index, nodes["left"].astype(np.intp) + shift)
        self.right = np.where(self.leaf, index, nodes["right"].astype(np.intp) + shift)
        self.value = nodes["value"].astype(np.float64)
        self.depth = int(nodes["depth"].max()) if len(nodes) else 0
        self.baseline = float(np.asarray(model._baseline_prediction).ravel()[0])
        self.n_features = model.n_features_in_

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        rows = np.arange(len(X))[:, None]
        node = np.broadcast_to(self.roots, (len(X), len(self.roots))).copy()
        for _ in range(self.depth):
            x = X[rows, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_left[node], x <= self.threshold[node])
            node = np.where(go_left, self.left[node], self.right[node])
        # the trees' values added one after another from the baseline, as sklearn does
        values = np.hstack([np.full((len(X), 1), self.baseline), self.value[node]])
        return np.cumsum(values, axis=1)[:, -1]


class CompiledCalibrated:
    """CalibratedClassifierCV(HistGradientBoosting, method='sigmoid'): P(positive)."""

    def __init__(self, model):
        _require(model.method == "sigmoid", "sigmoid calibration expected")
        self.parts = []
        for calibrated in model.calibrated_classifiers_:
            _require(len(calibrated.calibrators) == 1, "binary calibration expected")
            calibrator = calibrated.calibrators[0]
            self.parts.append((CompiledForest(calibrated.estimator), float(calibrator.a_), float(calibrator.b_)))

    def positive(self, X: np.ndarray) -> np.ndarray:
        total = np.zeros(len(X))
        for forest, a, b in self.parts:
            total += expit(-(a * forest.decision_function(X) + b))
        return total / len(self.parts)


class CompiledMultiLabel:
    """model.models.MultiLabelCalibrated: one probability per label column."""

    def __init__(self, model):
        self.labels = []
        for column, estimator in enumerate(model.estimators_):
            columns = np.asarray(model._columns(column, np.zeros((1, model_width(model)))), dtype=np.intp)
            self.labels.append(estimator if isinstance(estimator, float) else (CompiledCalibrated(estimator), columns))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        out = np.zeros((len(X), len(self.labels)))
        for k, label in enumerate(self.labels):
            if isinstance(label, float):
                out[:, k] = label
            else:
                calibrated, columns = label
                out[:, k] = calibrated.positive(X[:, columns])
        return out


def model_width(model) -> int:
    """The number of feature columns a MultiLabelCalibrated was fitted on."""
    if model.columns is None:
        for estimator in model.estimators_:
            if not isinstance(estimator, float):
                return estimator.n_features_in_
        return 0
    return 1 + max(max(cols) for cols in model.columns if len(cols))
