"""A plain rule baseline on the same measurements, reported beside the model.

Hand-set thresholds on the features of model.features.measure. It shows how
much the learnt models add; it is never used to answer users.
"""

from __future__ import annotations

from consentlens.taxonomy import PATTERNS
from consentlens.model.features import Measures


RULE_NAMES = ("consent_screen",) + PATTERNS


def rule_labels(m: Measures) -> dict:
    v = m.values
    consent = v["consent_words"] >= 2 and (v["has_accept"] or v["n_toggles"] > 0)
    pay = bool(v["has_pay"] and v["has_accept"] and (v["price"] or v["pay_subscribe"]))
    wall = bool(not pay and v["has_accept"] and not v["has_refuse"] and not v["has_close"]
                and v["visual_block"])
    buried = bool(v["has_refuse"] and v["has_reference"] and (
        v["size_ratio"] >= 0.9 or v["refuse_in_text"] or v["refuse_contrast"] < 2.5
        or (v["accept_button_refuse_not"] and v["refuse_font_size"] <= 11)))
    no_reject = bool(v["has_accept"] and not v["has_refuse"] and not pay and not wall)
    return {
        "consent_screen": consent,
        "pay_or_consent": pay,
        "consent_wall": wall,
        "no_reject": no_reject,
        "buried_opt_out": buried and not no_reject,
        "preselected": v["n_prechecked"] > 0 or v["n_li_checked"] > 0,
        "confirmshaming": False,
        "misleading_wording": bool(v["n_li_toggles"] or v["legitimate_interest"] or v["accept_saves"]
                                   or v["double_negative"]),
    }


def rule_vector(m: Measures) -> list:
    labels = rule_labels(m)
    consent = labels["consent_screen"]
    return [int(consent)] + [int(consent and labels[p]) for p in PATTERNS]
