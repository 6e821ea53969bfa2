"""Agreement statistics against textbook values and scikit-learn."""

import math
import random

import pytest
from sklearn.metrics import cohen_kappa_score

from consentlens.server.labelling.agreement import (cohen_kappa, fleiss_kappa, krippendorff_alpha,
                                                    observed_agreement, report)


def test_cohen_kappa_matches_sklearn_on_random_ratings():
    rng = random.Random(7)
    for _ in range(50):
        a = [rng.choice("abcd") for _ in range(rng.randint(5, 60))]
        b = [x if rng.random() < 0.6 else rng.choice("abcd") for x in a]
        if len(set(a) | set(b)) < 2:
            continue
        assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b), abs=1e-12)


def test_cohen_kappa_textbook():
    # Wikipedia's example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> kappa 0.4
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_cohen_kappa_is_undefined_when_everything_is_one_category():
    assert math.isnan(cohen_kappa([1, 1, 1], [1, 1, 1]))


def test_fleiss_kappa_wikipedia_example():
    # Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories -> 0.210
    table = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
             [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    assert fleiss_kappa(table) == pytest.approx(0.20993, abs=1e-4)


def test_fleiss_kappa_with_two_raters_is_close_to_scotts_pi():
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    table = [[(x == "y") + (y == "y"), (x == "n") + (y == "n")] for x, y in zip(a, b)]
    # Scott's pi for this table: p_o = .7, p_e = .55^2 + .45^2 = .505 -> .3939
    assert fleiss_kappa(table) == pytest.approx((0.7 - 0.505) / (1 - 0.505), abs=1e-9)


def test_fleiss_kappa_refuses_unequal_rater_counts():
    with pytest.raises(ValueError):
        fleiss_kappa([[2, 0], [1, 2]])


def test_krippendorff_alpha_textbook_example_with_missing_values():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", 4 observers x 12 units, nominal: 0.743
    A = [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None]
    B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3]
    C = [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None]
    D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]
    units = [[v for v in column if v is not None] for column in zip(A, B, C, D)]
    assert krippendorff_alpha(units) == pytest.approx(0.743, abs=5e-4)


def test_krippendorff_alpha_of_perfect_agreement_is_one():
    assert krippendorff_alpha([[1, 1], [0, 0, 0], [1, 1]]) == pytest.approx(1.0)
    assert observed_agreement([[1, 1], [0, 0, 0]]) == 1.0


def _label(who, patterns, consent=True, roles=None):
    return {"annotator": who, "consent_screen": consent, "patterns": patterns, "roles": roles or {}}


def test_project_report_per_pattern_overall_and_pairs():
    labelled = {
        1: [_label("Ada", ["no_reject"], roles={"0": "accept"}), _label("Bob", ["no_reject"], roles={"0": "accept"})],
        2: [_label("Ada", ["buried_opt_out"]), _label("Bob", [])],
        3: [_label("Ada", []), _label("Bob", []), _label("Cy", ["preselected"])],
        4: [_label("Ada", [], consent=False), _label("Bob", [], consent=False)],
    }
    result = report(labelled)
    assert result["per_label"]["no_reject"]["screens"] == 4
    assert result["per_label"]["no_reject"]["observed"] == 1.0
    # buried_opt_out: one disagreement among four screens
    assert result["per_label"]["buried_opt_out"]["observed"] < 1.0
    assert result["per_label"]["buried_opt_out"]["fleiss"]["annotators"] == 2
    pair = next(p for p in result["pairs"] if p["annotators"] == ["Ada", "Bob"])
    assert pair["screens"] == 4
    decisions_ada = [1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    decisions_bob = list(decisions_ada)
    decisions_bob[8 + 4] = 0  # screen 2, buried_opt_out
    assert pair["kappa"] == pytest.approx(round(cohen_kappa_score(decisions_ada, decisions_bob), 4))
    assert result["roles"]["screens"] == 1 and result["roles"]["observed"] == 1.0
