"""The compiled models (model/compiled.py) judge exactly as scikit-learn's own path."""

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from consentlens.inputs import load_input
from consentlens.model import artefact, compiled, screen_features
from consentlens.model.features import role_inputs
from consentlens.model.predict import Analyzer
from consentlens.paths import MODEL_DIR
from consentlens.snapshot.from_html import snapshot_from_html
from consentlens.taxonomy import ROLES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def analyzers():
    models, metadata = artefact.load(MODEL_DIR)
    fast = Analyzer(models["roles.skops"], models["screens.skops"], metadata)
    slow = Analyzer(models["roles.skops"], models["screens.skops"], metadata, compiled=False)
    assert isinstance(fast._role_proba.__self__, compiled.CompiledRoles)
    return fast, slow


def _sample_snapshots(every: int = 25) -> list:
    """Every 25th training screen of every source (~170 screens, all families and languages),
    plus the bundled examples."""
    out = [load_input(path) for path in sorted((ROOT / "examples").glob("*.html"))]
    for path in sorted((ROOT / "training_data" / "screens").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n % every:
                    continue
                record = json.loads(line)
                snapshot = record.get("snapshot") or snapshot_from_html(record["html"], record.get("url") or "")
                out.append(snapshot)
    return [s for s in out if s is not None]


@pytest.fixture(scope="module")
def snapshots():
    return _sample_snapshots()


def test_role_probabilities_match_sklearn(analyzers, snapshots):
    fast, slow = analyzers
    for snapshot in snapshots[::3]:
        elements = role_inputs(snapshot)
        if elements:
            np.testing.assert_allclose(fast._role_proba(elements), slow._role_proba(elements), rtol=0, atol=1e-7)


def test_text_scores_and_label_probabilities_match_sklearn(analyzers, snapshots):
    fast, slow = analyzers
    docs = [((s.get("dialog") or {}).get("text") or "")[:3000] or "∅" for s in snapshots]
    # tf-idf is computed in float32, as sklearn does, but summed in another order: 1e-5 apart at most
    np.testing.assert_allclose(fast._consent(docs), slow._consent(docs), rtol=0, atol=1e-5)
    np.testing.assert_allclose(fast._guilt(["No thanks, I prefer to pay more", "Reject all", "∅"]),
                               slow._guilt(["No thanks, I prefer to pay more", "Reject all", "∅"]), atol=1e-6)
    for snapshot in snapshots[::4]:
        a, b = fast.probabilities(snapshot), slow.probabilities(snapshot)
        assert a.keys() == b.keys()
        for label in a:
            assert a[label] == pytest.approx(b[label], abs=1e-6), label


def test_the_same_verdicts_evidence_and_elements(analyzers, snapshots):
    fast, slow = analyzers
    patterns_seen = set()
    for snapshot in snapshots:
        a, b = fast.analyze(snapshot), slow.analyze(snapshot)
        assert a["consent_screen"] == b["consent_screen"]
        assert [p["id"] for p in a["patterns"]] == [p["id"] for p in b["patterns"]]
        assert [p["evidence"] for p in a["patterns"]] == [p["evidence"] for p in b["patterns"]]
        assert [(e["role"], e["prominence"]) for e in a["elements"]] == [(e["role"], e["prominence"]) for e in b["elements"]]
        for x, y in zip(a["patterns"], b["patterns"]):
            assert x["confidence"] == pytest.approx(y["confidence"], abs=0.0011)
        patterns_seen.update(p["id"] for p in a["patterns"])
    # the sample exercises every pattern, so every compiled label model was compared
    assert len(patterns_seen) >= 7, patterns_seen


def test_a_forest_that_meets_missing_values_goes_where_sklearn_goes(analyzers):
    _, slow = analyzers
    calibrated = next(e for e in slow._classify.estimators_ if not isinstance(e, float))
    forest = compiled.CompiledForest.from_fitted(calibrated.calibrated_classifiers_[0].estimator)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(64, forest.n_features)) * 3
    X[rng.random(X.shape) < 0.2] = np.nan
    expected = calibrated.calibrated_classifiers_[0].estimator.decision_function(X)
    np.testing.assert_allclose(forest.decision_function(X), expected, rtol=0, atol=1e-12)


def test_probabilities_of_the_real_analyzer(analyzers, snapshots):
    # the labelling queue's suggestions call this on the shipped analyzer
    fast, _ = analyzers
    p = fast.probabilities(snapshots[0])
    assert set(p) >= {"consent_screen", "pay_or_consent", "buried_opt_out"}
    assert all(0.0 <= v <= 1.0 for v in p.values())


def test_unsupported_models_are_refused_not_misread():
    from sklearn.ensemble import HistGradientBoostingClassifier

    X = np.array([[0, 1], [1, 0], [0, 0], [1, 1]] * 10, dtype=float)
    y = np.array([0, 1, 2, 1] * 10)
    multiclass = HistGradientBoostingClassifier(max_iter=3).fit(X, y)
    with pytest.raises(compiled.NotCompilable):
        compiled.CompiledForest.from_fitted(multiclass)


# -- the compiled model as plain arrays (compiled.npz: what serving loads) ---------------


@pytest.fixture(scope="module")
def served():
    """What load_analyzer() serves: the analyzer rebuilt from compiled.npz alone."""
    arrays, metadata = artefact.load_compiled(MODEL_DIR)
    return Analyzer.from_compiled(compiled.CompiledModel.from_arrays(arrays, screen_features.NAMES), metadata)


def test_the_analyzer_from_compiled_npz_judges_as_sklearn(analyzers, served, snapshots):
    _, slow = analyzers
    assert served.role_model is None and served.version == slow.version
    for snapshot in snapshots:
        a, b = served.probabilities(snapshot), slow.probabilities(snapshot)
        for label in b:
            assert a[label] == pytest.approx(b[label], abs=1e-5), label
        a, b = served.analyze(snapshot), slow.analyze(snapshot)
        assert a["consent_screen"] == b["consent_screen"]
        assert [p["id"] for p in a["patterns"]] == [p["id"] for p in b["patterns"]]
        assert [p["evidence"] for p in a["patterns"]] == [p["evidence"] for p in b["patterns"]]
        assert [(e["role"], e["prominence"], e["text"]) for e in a["elements"]] == \
            [(e["role"], e["prominence"], e["text"]) for e in b["elements"]]
        for x, y in zip(a["elements"], b["elements"]):
            assert x["role_confidence"] == pytest.approx(y["role_confidence"], abs=0.0011)


def test_arrays_give_back_the_same_model(analyzers):
    fast, _ = analyzers
    arrays = fast.compiled.to_arrays()
    again = compiled.CompiledModel.from_arrays(arrays, screen_features.NAMES).to_arrays()
    assert arrays.keys() == again.keys()
    for name in arrays:
        np.testing.assert_array_equal(arrays[name], again[name], err_msg=name)
        assert arrays[name].dtype != object, name  # loadable with allow_pickle=False


def test_ngrams_are_cut_as_sklearn_cuts_them():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["Alle  akzeptieren\t\n", "a", " x ", "İstanbul ÉTÉ", "✓ ok 🍪", "", "ab  c   d", "Nein,\u00a0danke"]
    for analyzer in ("char", "char_wb"):
        for ngram_range in ((1, 3), (2, 5)):
            vectorizer = TfidfVectorizer(analyzer=analyzer, ngram_range=ngram_range).fit(texts)
            text = compiled.CompiledText.from_fitted(vectorizer, np.zeros((1, len(vectorizer.vocabulary_))))
            cut = vectorizer.build_analyzer()
            for t in texts:
                assert text.ngrams(t) == cut(t), (analyzer, ngram_range, t)


@pytest.mark.parametrize("link", ["one_vs_rest", "softmax"])
def test_role_models_with_either_link_survive_the_arrays(snapshots, link):
    """SGDClassifier(log_loss) is one-vs-rest, a multiclass LogisticRegression softmax: both compile."""
    from sklearn.linear_model import LogisticRegression, SGDClassifier

    from consentlens.model.models import role_pipeline

    X = [e for s in snapshots for e in role_inputs(s) if e.get("label_role") in ROLES]
    y = [e["label_role"] for e in X]
    assert len(set(y)) >= 5, "the sample must hold most roles"
    classifier = (SGDClassifier(loss="log_loss", max_iter=10, tol=None, random_state=0) if link == "one_vs_rest"
                  else LogisticRegression(C=5.0, max_iter=300))
    pipeline = role_pipeline().set_params(classify=classifier).fit(X, y)
    roles = compiled.CompiledRoles.from_arrays(compiled.CompiledRoles.from_fitted(pipeline).to_arrays())
    assert roles.link == link
    assert list(roles.classes_) == list(pipeline.classes_)
    np.testing.assert_allclose(roles.predict_proba(X[:400]), pipeline.predict_proba(X[:400]), rtol=0, atol=1e-7)
