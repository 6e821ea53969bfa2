"""Features: from a snapshot to what the models see.

Two levels, each used unchanged by training and by serving:

- element level (role model): the element's text, normalised so that
  "Alle akzeptieren", "ALLE AKZEPTIEREN" and Consent Observatory's
  "alleakzeptieren" look the same, plus a few structural facts;
- screen level (pattern model): `measure()` turns a snapshot whose elements
  carry roles into named numbers (role counts, prominence ratios of accept
  vs reject/object, wall and price cues, pre-ticked purposes, wording cues)
  and keeps pointers to the elements behind them, so that every finding can
  name its element and the measured reason.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from consentlens import vocabulary as vocab
from consentlens.taxonomy import ROLES

TOGGLE_TYPES = {"checkbox", "radio"}
TOGGLE_ROLES = {"checkbox", "switch", "menuitemcheckbox", "radio", "menuitemradio"}


# -- element level -------------------------------------------------------------


def element_text(element: dict) -> str:
    """The words that name an element: its text, else its accessible name."""
    text = (element.get("text") or "").strip()
    if not text or is_toggle(element):
        text = (element.get("name") or text or "").strip()
    return text[:200]


def is_toggle(element: dict) -> bool:
    return (element.get("type") or "") in TOGGLE_TYPES or (element.get("role_attr") or "") in TOGGLE_ROLES \
        or element.get("checked") is not None


STRUCTURE_NAMES = (
    "structured", "toggle", "link", "button_like", "in_text", "empty_text", "short_text",
    "long_text", "has_price", "symbol_only", "most_prominent", "mentioned", "tab",
)


def element_structure(element: dict) -> list:
    """Structural facts of an element; all zero for bare labelled texts."""
    if not element.get("structured", True):
        return [0.0] * len(STRUCTURE_NAMES)
    text = element_text(element)
    words = len(text.split())
    toggle = is_toggle(element)
    link = element.get("tag") == "a" or element.get("role_attr") == "link"
    button_like = bool(element.get("own_background") or element.get("border"))
    return [
        1.0,
        float(toggle),
        float(link and not button_like),
        float(button_like),
        float(bool(element.get("in_text"))),
        float(not text),
        float(0 < words <= 3),
        float(words > 8),
        float(bool(vocab.PRICE.search(text))),
        float(bool(text) and not any(ch.isalpha() for ch in text)),
        float(bool(element.get("ctx_top"))),
        float(bool(element.get("ctx_mentioned"))),
        # a tab of a tabbed dialog ("Consent | Details | About") navigates, it decides nothing
        float((element.get("role_attr") or "") in ("tab", "menuitem")),
    ]


def role_inputs(snapshot: dict) -> list:
    """The snapshot's elements with the little screen context the role model uses:
    whether an element is the most prominent control shown, and whether the
    dialog's prose mentions its label ('By clicking "Sounds good" you agree')."""
    elements = snapshot.get("elements") or []
    dialog = snapshot.get("dialog") or {}
    background = dialog.get("background") or "#ffffff"
    prose = vocab.normalise((dialog.get("text") or "")[:20000])
    shown = [i for i, e in enumerate(elements)
             if e.get("visible", True) and e.get("layer", 1) == 1 and not is_toggle(e)]
    top = max(shown, key=lambda i: prominence(elements[i], background)) if shown else None
    out = []
    for i, e in enumerate(elements):
        label = vocab.normalise(element_text(e))
        mentioned = len(label) >= 2 and prose.count(label) >= 2
        out.append(dict(e, ctx_top=(i == top), ctx_mentioned=mentioned))
    return out


def role_text(element: dict) -> str:
    """An element's label as the role model's n-grams see it."""
    label = element_text(element)
    if not any(ch.isalpha() for ch in label):
        # a symbol ("×", "✓") names itself through its accessible name, if it has one
        label = (element.get("name") or "").strip()[:200] or label
    text = vocab.normalise(label)
    if not text:
        return "∅"
    return f"^{text[:120]}$"


def structure_matrix(elements: list) -> np.ndarray:
    """element_structure() of each element, one row each."""
    return np.array([element_structure(e) for e in elements], dtype=float).reshape(len(elements), len(STRUCTURE_NAMES))


def __getattr__(name: str):
    # The role pipeline's scikit-learn steps live in element_steps.py, so that serving
    # (which needs only the functions above) never imports scikit-learn; the saved
    # artefacts name them by this module (artefact.TRUSTED), so they stay reachable here.
    if name in ("ElementText", "ElementStructure"):
        from consentlens.model import element_steps

        return getattr(element_steps, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- screen level ----------------------------------------------------------------


@lru_cache(maxsize=4096)
def luminance(hex_colour: str | None) -> float:
    if not hex_colour or len(hex_colour) != 7:
        return 1.0
    channels = []
    for i in (1, 3, 5):
        c = int(hex_colour[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast(a: str | None, b: str | None) -> float:
    """WCAG contrast ratio (1..21) of two #rrggbb colours."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def area(element: dict) -> float:
    box = element.get("bbox") or {}
    return max(float(box.get("w", 0)) * float(box.get("h", 0)), 1.0)


def prominence(element: dict, dialog_background: str | None) -> float:
    """Visual weight: size, a painted background or border, text legibility, boldness."""
    surface = element.get("background") if element.get("own_background") else dialog_background
    # a painted or framed control weighs more than bare text; *which* colour it is
    # does not count ("one blue and one grey, same size, is fair")
    fill = 1.5 if element.get("own_background") else 1.3 if element.get("border") else 1.0
    text_contrast = min(contrast(element.get("color"), surface), 10) / 10
    weight = float(element.get("font_weight") or 400) / 400
    opacity = float(element.get("opacity", 1.0) if element.get("opacity") is not None else 1.0)
    return math.sqrt(area(element)) * fill * (0.4 + 0.6 * text_contrast) * (0.8 + 0.2 * weight) * opacity


@dataclass
class Measures:
    """Named screen features plus the elements they point at."""

    values: dict
    roles: list
    accept: int | None = None
    reference: int | None = None
    refuse: int | None = None
    pay: int | None = None
    settings: int | None = None
    prechecked: list = field(default_factory=list)
    li_toggles: list = field(default_factory=list)
    prominence: list = field(default_factory=list)
    accept_saves: list = field(default_factory=list)  # shown buttons worded as consent that save choices


NEUTRAL_RATIO = 0.0
# Fewer visible characters than this outside the dialog (snapshot page.outside_text_chars):
# the screen is the page. A real page's navigation or footer alone says more.
WHOLE_PAGE_CHARS = 40


def measure(snapshot: dict, roles: list, role_probs: np.ndarray | None = None) -> Measures:
    """Screen features of a snapshot whose elements have the given roles."""
    elements = snapshot.get("elements") or []
    dialog = snapshot.get("dialog") or {}
    page = snapshot.get("page") or {}
    viewport = snapshot.get("viewport") or {}
    text = (dialog.get("text") or "")[:20000]
    text_lower = text.lower()
    dialog_bg = dialog.get("background") or "#ffffff"

    shown = [i for i, e in enumerate(elements) if e.get("visible", True) and e.get("layer", 1) == 1]
    shown_set = set(shown)
    hidden = [i for i in range(len(elements)) if i not in shown_set]
    weights = [prominence(e, dialog_bg) for e in elements]
    top_weight = max((weights[i] for i in shown), default=1.0) or 1.0
    rel = [w / top_weight for w in weights]

    def best(role_names, among=shown):
        candidates = [i for i in among if roles[i] in role_names]
        return max(candidates, key=lambda i: weights[i]) if candidates else None

    v: dict = {}
    for role in ROLES:
        v[f"n_{role}"] = sum(1 for i in shown if roles[i] == role)
        v[f"hidden_{role}"] = sum(1 for i in hidden if roles[i] == role)
    if role_probs is not None and len(elements):
        for k, role in enumerate(ROLES):
            column = [role_probs[i][k] for i in shown]
            # two decimals: differences like 1e-13 vs 1e-40 are noise a tree must not split on
            v[f"soft_{role}"] = round(float(max(column, default=0.0)), 2)
    else:
        for role in ROLES:
            v[f"soft_{role}"] = float(v[f"n_{role}"] > 0)
    v["n_shown"] = len(shown)
    v["n_hidden"] = len(hidden)

    accept = best({"accept"})
    if accept is None and role_probs is not None and len(role_probs):
        # an unusual way in ("Sounds good") the role model half-recognised
        k = ROLES.index("accept")
        likely = [i for i in shown if not is_toggle(elements[i]) and role_probs[i][k] >= 0.25]
        accept = max(likely, key=lambda i: role_probs[i][k]) if likely else None
    # what the way out is measured against: the way in, else the way to dismiss
    reference = accept if accept is not None else best({"close"})
    refuse = best({"reject", "object"})
    refuse_by_words = False
    if refuse is None:
        # an objection link the role model missed: a link whose words say "object"/"opt out"
        worded = [i for i in shown if not is_toggle(elements[i]) and roles[i] == "other"
                  and vocab.OBJECT.search(element_text(elements[i]).lower())]
        if worded:
            refuse = max(worded, key=lambda i: weights[i])
            refuse_by_words = True
    refuse_reject_only = best({"reject"})
    pay = best({"pay"})
    settings = best({"settings"})
    v["has_accept"] = float(accept is not None)
    v["has_refuse"] = float(refuse is not None)
    v["refuse_by_words"] = float(refuse_by_words)
    v["refuse_is_object"] = float(refuse is not None and roles[refuse] != "reject" and refuse_reject_only is None)
    v["refuse_only_hidden"] = float(refuse is None and any(roles[i] in ("reject", "object") for i in hidden))
    v["has_pay"] = float(pay is not None)
    v["has_settings"] = float(settings is not None)
    v["has_close"] = float(v["n_close"] > 0)

    # prominence of the way out against the way in
    v["has_reference"] = float(reference is not None)
    if reference is not None and refuse is not None:
        a, r = elements[reference], elements[refuse]
        a_surface = a.get("background") if a.get("own_background") else dialog_bg
        r_surface = r.get("background") if r.get("own_background") else dialog_bg
        v["size_ratio"] = math.log(area(a) / area(r))
        v["font_ratio"] = math.log(max(float(a.get("font_size") or 14), 1) / max(float(r.get("font_size") or 14), 1))
        v["weight_diff"] = (float(a.get("font_weight") or 400) - float(r.get("font_weight") or 400)) / 100
        v["contrast_ratio"] = math.log(contrast(a.get("color"), a_surface) / contrast(r.get("color"), r_surface))
        v["refuse_contrast"] = contrast(r.get("color"), r_surface)
        v["prominence_ratio"] = math.log(max(weights[reference], 1e-3) / max(weights[refuse], 1e-3))
        v["accept_button_refuse_not"] = float(bool(a.get("own_background") or a.get("border"))
                                              and not (r.get("own_background") or r.get("border")))
        v["refuse_is_link"] = float(not (r.get("own_background") or r.get("border")))
        v["refuse_in_text"] = float(bool(r.get("in_text")))
        v["refuse_opacity"] = float(r.get("opacity", 1.0) if r.get("opacity") is not None else 1.0)
        v["refuse_after_accept"] = float(r.get("text_before") or 0) - float(a.get("text_before") or 0)
        v["refuse_font_size"] = float(r.get("font_size") or 14)
    else:
        for name in ("size_ratio", "font_ratio", "weight_diff", "contrast_ratio", "prominence_ratio",
                     "refuse_after_accept"):
            v[name] = NEUTRAL_RATIO
        v["refuse_contrast"] = 21.0 if refuse is None else contrast(elements[refuse].get("color"), dialog_bg)
        v["accept_button_refuse_not"] = 0.0
        v["refuse_is_link"] = 0.0
        v["refuse_in_text"] = float(refuse is not None and bool(elements[refuse].get("in_text")))
        v["refuse_opacity"] = 1.0
        v["refuse_font_size"] = float(elements[refuse].get("font_size") or 14) if refuse is not None else 14.0
    v["refuse_prominence"] = rel[refuse] if refuse is not None else 0.0
    v["accept_prominence"] = rel[accept] if accept is not None else 0.0
    v["pay_prominence"] = rel[pay] if pay is not None else 0.0

    # toggles: what is switched on before the user chose
    prechecked, li_toggles = [], []
    n_toggles = n_checked = n_checked_essential = 0
    for i in shown:
        e = elements[i]
        if not is_toggle(e) or roles[i] != "other":
            continue
        n_toggles += 1
        name = (e.get("name") or "")[:200]
        li = bool(vocab.LEGITIMATE_INTEREST.search(name))
        if li:
            li_toggles.append(i)
        if e.get("checked"):
            n_checked += 1
            if e.get("disabled") or (vocab.ESSENTIAL.search(name) and not li):
                n_checked_essential += 1
            else:
                prechecked.append(i)
    v["n_toggles"] = n_toggles
    v["n_checked"] = n_checked
    v["n_checked_essential"] = n_checked_essential
    v["n_prechecked"] = len(prechecked)
    v["n_li_toggles"] = len(li_toggles)
    v["n_li_checked"] = sum(1 for i in li_toggles if elements[i].get("checked"))
    v["n_unchecked"] = n_toggles - n_checked
    # the same purpose switched twice (once under consent, once under "legitimate interest")
    names = [vocab.normalise(elements[i].get("name") or "")[:40] for i in shown if is_toggle(elements[i])]
    v["repeated_purposes"] = float(sum(n > 1 for n in Counter(filter(None, names)).values()))

    # the page around the dialog
    box = dialog.get("bbox") or {}
    vw = float(viewport.get("width") or 1280) or 1280
    vh = float(viewport.get("height") or 800) or 800
    v["overlay_coverage"] = float(page.get("overlay_coverage") or 0.0)
    v["dialog_coverage"] = min(float(box.get("w", 0)) * float(box.get("h", 0)) / (vw * vh), 1.0)
    v["scroll_locked"] = float(bool(page.get("scroll_locked")))
    v["backdrop"] = float(bool(page.get("backdrop")))
    v["aria_modal"] = float(bool(dialog.get("aria_modal")))
    v["role_dialog"] = float((dialog.get("role") or "") in ("dialog", "alertdialog"))
    v["fixed"] = float((dialog.get("position") or "") in ("fixed", "sticky"))
    v["known_cmp"] = float(bool(dialog.get("cmp")))
    # how strongly the page says "you cannot go on without answering" (each cue 0/1) ...
    v["blocking_cues"] = (float(v["overlay_coverage"] >= 0.6) + v["scroll_locked"] + v["backdrop"]
                          + v["aria_modal"] + float(v["dialog_coverage"] >= 0.6))
    # the page visibly covered: a backdrop over most of the viewport (the strongest of those cues)
    v["visual_block"] = float(v["overlay_coverage"] >= 0.6 and bool(v["backdrop"]))
    # the screen is the whole page: (almost) no visible text outside it, so nothing can be used
    # without answering, and it is laid out as a page of its own: a card centred in the normal
    # flow, not a bar or box fixed over a page that merely happens to be empty (snapshots
    # without the count: unknown, taken as no)
    outside = page.get("outside_text_chars")
    width, left = float(box.get("w", 0)), float(box.get("x", 0))
    centred_card = 0 < width <= 0.8 * vw and abs(left + width / 2 - vw / 2) <= 0.1 * vw
    v["page_is_dialog"] = float(isinstance(outside, (int, float)) and not isinstance(outside, bool)
                                and outside < WHOLE_PAGE_CHARS and not v["fixed"] and centred_card)
    # ... and that this is a dialog at all, not a part of the page
    v["dialog_cues"] = (v["fixed"] + v["role_dialog"] + v["aria_modal"] + v["backdrop"] + v["known_cmp"]
                        + float(v["overlay_coverage"] >= 0.6))
    v["text_len"] = math.log1p(len(text))
    v["n_words"] = math.log1p(len(text.split()))

    # wording
    v["consent_words"] = vocab.count(vocab.CONSENT, text_lower, 30, lowered=True)
    v["other_words"] = vocab.count(vocab.NOT_CONSENT, text_lower, 30, lowered=True)
    v["price"] = vocab.count(vocab.PRICE, text, 10)
    v["period"] = vocab.count(vocab.PERIOD, text_lower, 10, lowered=True)
    v["subscribe_words"] = vocab.count(vocab.SUBSCRIBE, text_lower, 10, lowered=True)
    v["free_with_ads"] = vocab.count(vocab.FREE_WITH_ADS, text_lower, 10, lowered=True)
    v["legitimate_interest"] = vocab.count(vocab.LEGITIMATE_INTEREST, text_lower, 10, lowered=True)
    v["ai_words"] = vocab.count(vocab.AI_TRAINING, text_lower, 10, lowered=True)
    v["object_words"] = vocab.count(vocab.OBJECT, text_lower, 10, lowered=True)
    shown_texts = [element_text(elements[i]).lower() for i in shown]
    euphemism, double_negative = vocab.for_lower(vocab.EUPHEMISM), vocab.for_lower(vocab.DOUBLE_NEGATIVE)
    accept_word, save_choices = vocab.for_lower(vocab.ACCEPT_WORD), vocab.for_lower(vocab.SAVE_CHOICES)
    v["euphemism"] = float(bool(euphemism.search(text_lower)))
    v["double_negative"] = float(any(double_negative.search(t) for t in shown_texts)
                                 or bool(double_negative.search(text_lower)))
    accept_saves = [i for k, i in enumerate(shown) if not is_toggle(elements[i])
                    and accept_word.search(shown_texts[k]) and save_choices.search(shown_texts[k])]
    v["accept_saves"] = float(bool(accept_saves) and n_toggles > 0)
    v["accept_saves_any"] = float(bool(accept_saves))
    pay_text = element_text(elements[pay]).lower() if pay is not None else ""
    v["pay_has_price"] = float(bool(vocab.PRICE.search(pay_text)))
    v["pay_subscribe"] = float(bool(vocab.SUBSCRIBE.search(pay_text)))
    accept_text = element_text(elements[accept]).lower() if accept is not None else ""
    v["accept_free_with_ads"] = float(bool(vocab.FREE_WITH_ADS.search(accept_text)))
    v["refuse_words"] = float(len(element_text(elements[refuse]).split())) if refuse is not None else 0.0

    return Measures(
        values=v, roles=list(roles), accept=accept, reference=reference, refuse=refuse, pay=pay, settings=settings,
        prechecked=prechecked, li_toggles=li_toggles, prominence=rel, accept_saves=accept_saves,
    )


def refuse_texts(snapshot: dict, roles: list) -> list:
    """Texts of the shown ways to refuse or leave (where guilt wording sits)."""
    out = []
    for e, role in zip(snapshot.get("elements") or [], roles):
        if role in ("reject", "object", "close") and e.get("visible", True) and e.get("layer", 1) == 1:
            text = element_text(e)
            if text:
                out.append(text)
    return out


FEATURE_NAMES = tuple(sorted(measure(
    {"elements": [], "dialog": {"text": ""}, "page": {}}, [], None).values))
