"""The fitted models, compiled for one screen at a time, as plain arrays.

scikit-learn's predict path is built for tables: every call re-validates its
input, builds sparse matrices and walks each of the 480 boosted trees through
its own Cython call. Serving judges one screen per call, so those fixed costs
were most of the time (issue 3 profile: 8 calibrated boosters ~13 ms, role
n-grams ~10 ms of a 26 ms analysis). The classes here hold the fitted
parameters as numpy arrays and compute the same numbers with a few numpy
operations:

- `CompiledText`: a (char or char_wb) TfidfVectorizer followed by a linear
  model, as one weight row per known n-gram; a text's scores are the tf-idf
  weighted sum of its n-grams' rows. The n-grams are cut exactly as
  scikit-learn's char / char_wb analyzers cut them (lower case, runs of
  white space as one space, words padded with a space).
- `CompiledRoles`: the role pipeline (n-grams + scaled structure -> a linear
  model with a one-vs-rest logistic link, as SGDClassifier(log_loss), or a
  softmax, as a multiclass LogisticRegression; the link is part of the data).
- `CompiledForest` / `CompiledCalibrated`: every tree of a boosted model as
  flat arrays, traversed for all trees at once; Platt scaling on top
  (`CompiledMultiLabel` walks the trees of all labels and folds in one pass).
- `CompiledModel`: all of them, plus the names of the features the models were
  trained on.

Each class is built either from the fitted scikit-learn objects
(`from_fitted`, reading their attributes: training and `consentlens train
--compile-only`) or from the arrays it saved (`to_arrays` / `from_arrays`:
model/artefact.py keeps them in compiled.npz), so serving needs neither
scikit-learn nor scipy; this module imports only numpy and the feature code.
`tests/test_compiled.py` checks that they give sklearn's probabilities (to
float32 rounding) and the same verdicts on realistic screens. Only what the
shipped pipelines use is supported; anything else raises `NotCompilable`.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

import numpy as np

from consentlens.model.features import STRUCTURE_NAMES, role_text, structure_matrix

__all__ = ["NotCompilable", "CompiledText", "CompiledTextClassifier", "CompiledRoles", "CompiledForest",
           "CompiledCalibrated", "CompiledMultiLabel", "CompiledModel"]

FORMAT = 1


class NotCompilable(TypeError):
    """The fitted model uses something these compiled forms do not cover."""


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise NotCompilable(what)


def _under(prefix: str, arrays: dict) -> dict:
    """The arrays saved under `prefix.` (without it)."""
    start = prefix + "."
    return {name[len(start):]: value for name, value in arrays.items() if name.startswith(start)}


def _prefixed(prefix: str, arrays: dict) -> dict:
    return {f"{prefix}.{name}": value for name, value in arrays.items()}


def expit(x: np.ndarray) -> np.ndarray:
    """The logistic function (scipy.special.expit), without overflow warnings."""
    x = np.asarray(x, dtype=np.float64)
    out = np.empty_like(x)
    positive = x >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-x[positive]))
    e = np.exp(x[~positive])
    out[~positive] = e / (1.0 + e)
    return out


def _one_vs_rest_proba(decision: np.ndarray) -> np.ndarray:
    """sklearn's `_predict_proba_lr`: logistic per class, normalised when multiclass."""
    prob = expit(decision)
    if prob.shape[1] == 1:
        return np.hstack([1 - prob, prob])
    total = prob.sum(axis=1)
    all_zero = total == 0
    prob[all_zero, :] = 1  # as sklearn: uniform where every class says 0
    total[all_zero] = prob.shape[1]
    return prob / total[:, None]


def _softmax_proba(decision: np.ndarray) -> np.ndarray:
    """sklearn's multiclass LogisticRegression.predict_proba (utils.extmath.softmax)."""
    x = decision - decision.max(axis=1, keepdims=True)
    np.exp(x, out=x)
    return x / x.sum(axis=1, keepdims=True)


LINKS = {"one_vs_rest": _one_vs_rest_proba, "softmax": _softmax_proba}


def _linear_link(classifier) -> str:
    """How a fitted linear classifier turns decision values into probabilities."""
    kind = type(classifier).__name__
    if kind == "SGDClassifier":
        _require(classifier.loss == "log_loss", "SGDClassifier with log_loss expected")
        return "one_vs_rest"
    _require(kind == "LogisticRegression", f"linear classifier {kind} not supported")
    # scikit-learn 1.9: binary -> logistic of the one decision value, else softmax
    return "one_vs_rest" if len(classifier.classes_) <= 2 else "softmax"


# -- n-gram text models ----------------------------------------------------------

_WHITE_SPACES = re.compile(r"\s\s+")  # sklearn's VectorizerMixin._white_spaces


def char_ngrams(text: str, low: int, high: int) -> list:
    """sklearn's `_char_ngrams` (after lower-casing)."""
    text = _WHITE_SPACES.sub(" ", text)
    length = len(text)
    grams = []
    for n in range(low, min(high + 1, length + 1)):
        grams.extend(text[i:i + n] for i in range(length - n + 1))
    return grams


def word_ngrams(word: str, low: int, high: int) -> list:
    """sklearn's `_char_wb_ngrams` of one word (no white space in it): padded with a space each side."""
    padded = f" {word} "
    length = len(padded)
    grams = []
    for n in range(low, high + 1):
        grams.extend(padded[i:i + n] for i in range(max(length - n + 1, 1)))
        if length <= n:  # a short word counts once, whatever the longer n
            break
    return grams


class CompiledText:
    """tf-idf n-grams of a text times a linear model's coefficients.

    `scores(texts)` returns the decision values (n_texts, n_outputs) without
    the intercept of the linear model: callers add what else goes into it.
    The known n-grams of a text (char) or of a word (char_wb) are remembered,
    up to `cache_size` of them: button labels and the words of consent
    dialogs recur from one screen to the next.
    """

    def __init__(self, terms: np.ndarray, idf: np.ndarray, weights: np.ndarray, analyzer: str,
                 ngram_range: tuple, lowercase: bool, sublinear: bool, dtype, cache_size: int = 20_000):
        _require(analyzer in ("char", "char_wb"), "char or char_wb n-grams expected")
        self.terms = np.asarray(terms)
        # n-gram -> column (the terms are stored in column order)
        self.index = dict(zip(self.terms.tolist(), range(len(self.terms))))
        self.idf = np.asarray(idf, dtype=np.float64)
        self.weights = np.ascontiguousarray(weights, dtype=np.float64)  # (n_ngrams, n_outputs)
        _require(len(self.index) == len(self.idf) == len(self.weights), "one idf and weight row per n-gram expected")
        self.analyzer = analyzer
        self.by_word = analyzer == "char_wb"
        self.low, self.high = (int(n) for n in ngram_range)
        self.lowercase = bool(lowercase)
        self.sublinear = bool(sublinear)
        self.dtype = np.dtype(dtype)
        self.n_outputs = self.weights.shape[1]
        self.cache_size = cache_size
        self._cache: dict = {}

    @classmethod
    def from_fitted(cls, vectorizer, coef: np.ndarray) -> CompiledText:
        """A fitted TfidfVectorizer and the coefficient rows (n_outputs, n_ngrams) of the model after it."""
        _require(vectorizer.norm == "l2" and vectorizer.use_idf, "tf-idf with l2 norm and idf expected")
        _require(vectorizer.binary is False, "binary tf not supported")
        _require(vectorizer.analyzer in ("char", "char_wb") and vectorizer.preprocessor is None
                 and not vectorizer.strip_accents and vectorizer.input == "content",
                 "plain char or char_wb n-grams expected")
        terms = [None] * len(vectorizer.vocabulary_)
        for term, column in vectorizer.vocabulary_.items():
            terms[column] = term
        stored = np.array(terms, dtype=str)
        # numpy drops trailing NULs from its strings: such an n-gram would come back as another one
        _require(stored.tolist() == terms, "n-grams that a numpy string array cannot hold")
        coef = np.asarray(coef, dtype=np.float64)
        return cls(stored, vectorizer.idf_, coef.T, vectorizer.analyzer, vectorizer.ngram_range,
                   vectorizer.lowercase, vectorizer.sublinear_tf, vectorizer.dtype)

    def to_arrays(self) -> dict:
        return {"terms": self.terms, "idf": self.idf, "weights": self.weights, "analyzer": np.array(self.analyzer),
                "ngram_range": np.array([self.low, self.high]), "lowercase": np.array(self.lowercase),
                "sublinear": np.array(self.sublinear), "dtype": np.array(self.dtype.name)}

    @classmethod
    def from_arrays(cls, arrays: dict) -> CompiledText:
        return cls(arrays["terms"], arrays["idf"], arrays["weights"], str(arrays["analyzer"]),
                   tuple(arrays["ngram_range"]), bool(arrays["lowercase"]), bool(arrays["sublinear"]),
                   str(arrays["dtype"]))

    def ngrams(self, text: str) -> list:
        """The n-grams scikit-learn's analyzer gives for `text`."""
        text = text.lower() if self.lowercase else text
        if self.by_word:
            return [gram for word in text.split() for gram in word_ngrams(word, self.low, self.high)]
        return char_ngrams(text, self.low, self.high)

    def _known(self, grams: list) -> np.ndarray:
        """Rows of the known n-grams (unknown ones are not features: sklearn drops them too)."""
        rows = np.fromiter(map(self.index.get, grams, repeat(-1, len(grams))), dtype=np.intp, count=len(grams))
        return rows[rows >= 0]

    def _rows(self, text: str) -> tuple:
        """(rows, multiplicities) of a text's known n-grams, with repeats."""
        cache = self._cache
        if self.by_word:
            # char_wb n-grams never cross a word, so a text's are the sum of its words'
            words = Counter((text.lower() if self.lowercase else text).split())
            parts = []
            for word in words:
                rows = cache.get(word)
                if rows is None:
                    rows = self._remember(word, self._known(word_ngrams(word, self.low, self.high)))
                parts.append(rows)
            sizes = [len(p) for p in parts]
            return (np.concatenate(parts) if parts else np.empty(0, np.intp),
                    np.repeat(np.fromiter(words.values(), dtype=np.float64, count=len(words)), sizes))
        rows = cache.get(text)
        if rows is None:
            rows = self._remember(text, self._known(self.ngrams(text)))
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


class CompiledTextClassifier:
    """Pipeline([('ngrams', TfidfVectorizer), ('classify', LogisticRegression)]) for one binary label."""

    def __init__(self, text: CompiledText, intercept: np.ndarray):
        self.text = text
        self.intercept = np.asarray(intercept, dtype=np.float64).reshape(-1)

    @classmethod
    def from_fitted(cls, pipeline) -> CompiledTextClassifier:
        vectorizer, classifier = pipeline.named_steps["ngrams"], pipeline.named_steps["classify"]
        _require(len(classifier.classes_) == 2 and _linear_link(classifier) == "one_vs_rest",
                 "binary logistic text classifier expected")
        return cls(CompiledText.from_fitted(vectorizer, classifier.coef_), classifier.intercept_)

    def to_arrays(self) -> dict:
        return {**_prefixed("text", self.text.to_arrays()), "intercept": self.intercept}

    @classmethod
    def from_arrays(cls, arrays: dict) -> CompiledTextClassifier:
        return cls(CompiledText.from_arrays(_under("text", arrays)), arrays["intercept"])

    def positive(self, texts: list) -> np.ndarray:
        return expit(self.text.scores(texts)[:, 0] + self.intercept[0])


def _columns_by_name(wanted, available, what: str) -> np.ndarray:
    """Where each of the names a model was trained on sits among the ones the code computes now."""
    position = {name: i for i, name in enumerate(available)}
    missing = [name for name in wanted if name not in position]
    _require(not missing, f"the model was trained on {what} the code no longer computes "
                          f"({', '.join(missing)}); retrain with `consentlens train`")
    return np.array([position[name] for name in wanted], dtype=np.intp)


class CompiledRoles:
    """The role pipeline: FeatureUnion(text n-grams, scaled structure) -> a linear model.

    `link` is "one_vs_rest" (SGDClassifier on the log loss: logistic per class,
    normalised) or "softmax" (multiclass LogisticRegression)."""

    def __init__(self, text: CompiledText, mean: np.ndarray, scale: np.ndarray, structure_coef: np.ndarray,
                 intercept: np.ndarray, classes: np.ndarray, link: str, structure_names=STRUCTURE_NAMES):
        _require(link in LINKS, f"unknown link {link!r}")
        self.text = text
        self.mean = np.asarray(mean, dtype=np.float64)
        self.scale = np.asarray(scale, dtype=np.float64)
        self.structure_coef = np.ascontiguousarray(structure_coef, dtype=np.float64)  # (n_structure, n_classes)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.classes_ = np.asarray(classes)
        self.link = link
        self._proba = LINKS[link]
        self.structure_names = tuple(str(name) for name in structure_names)
        # the structure columns by name, so an added structural fact cannot shift the others
        self._structure_columns = _columns_by_name(self.structure_names, STRUCTURE_NAMES, "structural facts")

    @classmethod
    def from_fitted(cls, pipeline) -> CompiledRoles:
        union = pipeline.named_steps["features"]
        classifier = pipeline.named_steps["classify"]
        link = _linear_link(classifier)
        parts = dict(union.transformer_list)
        _require(set(parts) == {"text", "structure"} and union.transformer_weights is None,
                 "features = text + structure expected")
        text, structure = parts["text"], parts["structure"]
        _require(type(text.named_steps["select"]).__name__ == "ElementText"
                 and type(structure.named_steps["select"]).__name__ == "ElementStructure",
                 "ElementText and ElementStructure inputs expected")
        vectorizer = text.named_steps["ngrams"]
        width = len(vectorizer.vocabulary_)
        coef = np.array(classifier.coef_, dtype=np.float64)
        if "weigh" in structure.named_steps:  # ColumnWeights after scaling: folded into the coefficients
            coef[:, width:] *= np.asarray(structure.named_steps["weigh"].weights, dtype=np.float64)
        intercept = np.asarray(classifier.intercept_, dtype=np.float64)
        # binary models have one row (the link expands it), others one per class
        _require(coef.shape[0] in (1, len(classifier.classes_)), "one coefficient row per class expected")
        scaler = structure.named_steps["scale"]
        n_structure = coef.shape[1] - width
        names = structure.named_steps["select"].get_feature_names_out()
        _require(len(names) == n_structure, "the structure step's names do not match the model's width")
        mean = np.zeros(n_structure) if scaler.mean_ is None else np.asarray(scaler.mean_)
        scale = np.ones(n_structure) if scaler.scale_ is None else np.asarray(scaler.scale_)
        return cls(CompiledText.from_fitted(vectorizer, coef[:, :width]), mean, scale, coef[:, width:].T, intercept,
                   classifier.classes_, link, [str(n) for n in names])

    def to_arrays(self) -> dict:
        return {**_prefixed("text", self.text.to_arrays()), "mean": self.mean, "scale": self.scale,
                "structure_coef": self.structure_coef, "intercept": self.intercept,
                "classes": np.array([str(c) for c in self.classes_]), "link": np.array(self.link),
                "structure_names": np.array(self.structure_names)}

    @classmethod
    def from_arrays(cls, arrays: dict) -> CompiledRoles:
        return cls(CompiledText.from_arrays(_under("text", arrays)), arrays["mean"], arrays["scale"],
                   arrays["structure_coef"], arrays["intercept"], arrays["classes"], str(arrays["link"]),
                   arrays["structure_names"].tolist())

    def decision_function(self, elements: list) -> np.ndarray:
        texts = [role_text(e) for e in elements]
        structure = (structure_matrix(elements)[:, self._structure_columns] - self.mean) / self.scale
        return self.text.scores(texts) + structure @ self.structure_coef + self.intercept

    def predict_proba(self, elements: list) -> np.ndarray:
        return self._proba(self.decision_function(elements))


# -- boosted trees -----------------------------------------------------------------

FOREST_ARRAYS = ("roots", "feature", "threshold", "missing_left", "left", "right", "value")


class CompiledForest:
    """A fitted binary HistGradientBoostingClassifier on numeric features: decision_function.

    Every tree's nodes in flat arrays; a leaf points at itself, so a finished
    tree stays put while deeper ones go on."""

    def __init__(self, roots, feature, threshold, missing_left, left, right, value, depth: int, baseline: float,
                 n_features: int):
        self.roots = np.asarray(roots, dtype=np.intp)
        self.feature = np.asarray(feature, dtype=np.intp)
        self.threshold = np.asarray(threshold, dtype=np.float64)
        self.missing_left = np.asarray(missing_left, dtype=bool)
        self.left = np.asarray(left, dtype=np.intp)
        self.right = np.asarray(right, dtype=np.intp)
        self.value = np.asarray(value, dtype=np.float64)
        self.depth = int(depth)
        self.baseline = float(baseline)
        self.n_features = int(n_features)

    @classmethod
    def from_fitted(cls, model) -> CompiledForest:
        _require(type(model).__name__ == "HistGradientBoostingClassifier", "HistGradientBoostingClassifier expected")
        _require(getattr(model, "_preprocessor", None) is None and model.is_categorical_ is None,
                 "categorical features not supported")
        _require(model.n_trees_per_iteration_ == 1, "binary boosting expected")
        trees = [iteration[0].nodes for iteration in model._predictors]
        sizes = [len(t) for t in trees]
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
        nodes = np.concatenate(trees)
        shift = np.repeat(offsets, sizes)
        leaf = nodes["is_leaf"].astype(bool)
        index = np.arange(len(nodes))
        return cls(
            roots=offsets, feature=nodes["feature_idx"], threshold=nodes["num_threshold"],
            missing_left=nodes["missing_go_to_left"],
            left=np.where(leaf, index, nodes["left"].astype(np.intp) + shift),
            right=np.where(leaf, index, nodes["right"].astype(np.intp) + shift),
            value=nodes["value"], depth=int(nodes["depth"].max()) if len(nodes) else 0,
            baseline=float(np.asarray(model._baseline_prediction).ravel()[0]), n_features=model.n_features_in_)

    def to_arrays(self) -> dict:
        return {**{name: getattr(self, name) for name in FOREST_ARRAYS}, "depth": np.array(self.depth),
                "baseline": np.array(self.baseline), "n_features": np.array(self.n_features)}

    @classmethod
    def from_arrays(cls, arrays: dict) -> CompiledForest:
        return cls(*(arrays[name] for name in FOREST_ARRAYS), depth=int(arrays["depth"]),
                   baseline=float(arrays["baseline"]), n_features=int(arrays["n_features"]))

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        node = _leaves(self, X)
        # the trees' values added one after another from the baseline, as sklearn does
        values = np.hstack([np.full((len(X), 1), self.baseline), self.value[node]])
        return np.cumsum(values, axis=1)[:, -1]


def _leaves(forest, X: np.ndarray) -> np.ndarray:
    """The leaf each row of X reaches in each tree of `forest` (flat node arrays, a leaf
    pointing at itself): one numpy step per depth level for all trees at once."""
    rows = np.arange(len(X))[:, None]
    node = np.broadcast_to(forest.roots, (len(X), len(forest.roots))).copy()
    for _ in range(forest.depth):
        x = X[rows, forest.feature[node]]
        go_left = np.where(np.isnan(x), forest.missing_left[node], x <= forest.threshold[node])
        node = np.where(go_left, forest.left[node], forest.right[node])
    return node


class CompiledCalibrated:
    """CalibratedClassifierCV(HistGradientBoosting, method='sigmoid'): P(positive)."""

    def __init__(self, parts: list):
        self.parts = [(forest, float(a), float(b)) for forest, a, b in parts]

    @classmethod
    def from_fitted(cls, model) -> CompiledCalibrated:
        _require(model.method == "sigmoid", "sigmoid calibration expected")
        parts = []
        for calibrated in model.calibrated_classifiers_:
            _require(len(calibrated.calibrators) == 1, "binary calibration expected")
            calibrator = calibrated.calibrators[0]
            parts.append((CompiledForest.from_fitted(calibrated.estimator), calibrator.a_, calibrator.b_))
        return cls(parts)

    def to_arrays(self) -> dict:
        out = {"a": np.array([a for _, a, _ in self.parts]), "b": np.array([b for _, _, b in self.parts])}
        for j, (forest, _, _) in enumerate(self.parts):
            out.update(_prefixed(f"forest{j}", forest.to_arrays()))
        return out

    @classmethod
    def from_arrays(cls, arrays: dict) -> CompiledCalibrated:
        return cls([(CompiledForest.from_arrays(_under(f"forest{j}", arrays)), a, b)
                    for j, (a, b) in enumerate(zip(arrays["a"], arrays["b"]))])


class CompiledMultiLabel:
    """model.models.MultiLabelCalibrated: one probability per label column.

    `labels[k]` is a constant (a label that was always or never true in training)
    or (CompiledCalibrated, the feature columns it reads)."""

    def __init__(self, labels: list):
        self.labels = labels

    @classmethod
    def from_fitted(cls, model) -> CompiledMultiLabel:
        labels = []
        for column, estimator in enumerate(model.estimators_):
            if isinstance(estimator, float):
                labels.append(estimator)
                continue
            columns = np.asarray(model._columns(column, np.zeros((1, model_width(model)))), dtype=np.intp)
            labels.append((CompiledCalibrated.from_fitted(estimator), columns))
        return cls(labels)

    def to_arrays(self) -> dict:
        out = {"n_labels": np.array(len(self.labels))}
        for k, label in enumerate(self.labels):
            if isinstance(label, float):
                out[f"label{k}.constant"] = np.array(label)
            else:
                calibrated, columns = label
                out[f"label{k}.columns"] = columns
                out.update(_prefixed(f"label{k}.calibrated", calibrated.to_arrays()))
        return out

    @classmethod
    def from_arrays(cls, arrays: dict) -> CompiledMultiLabel:
        labels = []
        for k in range(int(arrays["n_labels"])):
            if f"label{k}.constant" in arrays:
                labels.append(float(arrays[f"label{k}.constant"]))
            else:
                labels.append((CompiledCalibrated.from_arrays(_under(f"label{k}.calibrated", arrays)),
                               np.asarray(arrays[f"label{k}.columns"], dtype=np.intp)))
        return cls(labels)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        out = np.zeros((len(X), len(self.labels)))
        for k, label in enumerate(self.labels):
            if isinstance(label, float):
                out[:, k] = label
        if self._merged is None:
            self._merged = _MergedForests(self.labels)
        if self._merged.labels.size:
            out[:, self._merged.labels] = self._merged.positive(X)
        return out

    _merged = None


class _MergedForests:
    """Every tree of every label's calibrated forests as one flat forest over the full
    feature row, walked in one pass (not one pass per label and fold): P(positive) of
    each label, the mean over its folds of sigmoid(-(a * decision + b)), as
    CalibratedClassifierCV averages them."""

    def __init__(self, labels: list):
        arrays = {name: [] for name in FOREST_ARRAYS}
        owner, depths, fold_sizes, baseline, a, b = [], [], [], [], [], []
        offset = 0
        for k, label in enumerate(labels):
            if isinstance(label, float):
                continue
            calibrated, columns = label
            for forest, fold_a, fold_b in calibrated.parts:
                owner.append(k)
                depths.append(forest.depth)
                fold_sizes.append(len(forest.roots))
                baseline.append(forest.baseline)
                a.append(fold_a)
                b.append(fold_b)
                arrays["roots"].append(forest.roots + offset)
                arrays["left"].append(forest.left + offset)
                arrays["right"].append(forest.right + offset)
                # a label's forests read its own columns of the full feature row
                arrays["feature"].append(np.asarray(columns, dtype=np.intp)[forest.feature])
                for name in ("threshold", "missing_left", "value"):
                    arrays[name].append(getattr(forest, name))
                offset += len(forest.value)
        self.depth = max(depths, default=0)
        for name, parts in arrays.items():
            setattr(self, name, np.concatenate(parts) if parts else np.zeros(0, dtype=np.intp))
        owner = np.asarray(owner, dtype=np.intp)
        self.labels = np.unique(owner)
        # the trees of one fold are contiguous, and so are the folds of one label
        self.fold_starts = np.cumsum([0] + fold_sizes[:-1]).astype(np.intp)
        self.label_starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if len(owner) else owner
        self.label_sizes = np.diff(np.r_[self.label_starts, len(owner)])
        self.baseline, self.a, self.b = np.array(baseline), np.array(a), np.array(b)

    def positive(self, X: np.ndarray) -> np.ndarray:
        decision = np.add.reduceat(self.value[_leaves(self, X)], self.fold_starts, axis=1) + self.baseline
        p = expit(-(self.a * decision + self.b))
        return np.add.reduceat(p, self.label_starts, axis=1) / self.label_sizes


def model_width(model) -> int:
    """The number of feature columns a MultiLabelCalibrated was fitted on."""
    if model.columns is None:
        for estimator in model.estimators_:
            if not isinstance(estimator, float):
                return estimator.n_features_in_
        return 0
    return 1 + max(max(cols) for cols in model.columns if len(cols))


# -- the whole model -----------------------------------------------------------------


class CompiledModel:
    """Both models of an artefact: roles, the two stacked text scorers, the label models.

    `feature_names` are the screen features the label models were trained on, in
    their column order; `screen_proba` takes rows of the features the code
    computes now (`current_names`, model/screen_features.NAMES) and picks those
    columns by name, so a feature added since training is ignored instead of
    shifting the others."""

    def __init__(self, roles: CompiledRoles, guilt: CompiledTextClassifier, consent: CompiledTextClassifier,
                 labels: CompiledMultiLabel, feature_names, current_names):
        self.roles, self.guilt, self.consent, self.labels = roles, guilt, consent, labels
        self.feature_names = tuple(str(name) for name in feature_names)
        self.current_names = tuple(current_names)
        columns = _columns_by_name(self.feature_names, self.current_names, "screen features")
        self._columns = None if self.feature_names == self.current_names else columns

    @classmethod
    def from_fitted(cls, role_model, screen_model, current_names) -> CompiledModel:
        features = screen_model.named_steps["measure"]
        names = [str(n) for n in features.get_feature_names_out()]
        # the feature code has changed since the model was fitted: which columns it saw is unknown
        _require(getattr(features, "n_features_in_", len(names) - 2) == len(names) - 2,
                 f"the screen model was fitted on {features.n_features_in_ + 2} features, the code computes "
                 f"{len(names)}; retrain with `consentlens train`")
        return cls(CompiledRoles.from_fitted(role_model), CompiledTextClassifier.from_fitted(features.guilt_),
                   CompiledTextClassifier.from_fitted(features.consent_),
                   CompiledMultiLabel.from_fitted(screen_model.named_steps["classify"]), names, current_names)

    def to_arrays(self) -> dict:
        return {"format": np.array(FORMAT), "feature_names": np.array(self.feature_names),
                **_prefixed("roles", self.roles.to_arrays()), **_prefixed("guilt", self.guilt.to_arrays()),
                **_prefixed("consent", self.consent.to_arrays()), **_prefixed("labels", self.labels.to_arrays())}

    @classmethod
    def from_arrays(cls, arrays: dict, current_names) -> CompiledModel:
        _require(int(arrays["format"]) == FORMAT, f"compiled model format {int(arrays['format'])}, expected {FORMAT}")
        return cls(CompiledRoles.from_arrays(_under("roles", arrays)),
                   CompiledTextClassifier.from_arrays(_under("guilt", arrays)),
                   CompiledTextClassifier.from_arrays(_under("consent", arrays)),
                   CompiledMultiLabel.from_arrays(_under("labels", arrays)),
                   arrays["feature_names"].tolist(), current_names)

    def screen_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        return self.labels.predict_proba(X if self._columns is None else X[:, self._columns])

    def texts(self) -> tuple:
        """The n-gram models (their caches)."""
        return self.roles.text, self.guilt.text, self.consent.text
