"""Evidence: which element a finding is about and the measured reason.

Built from the same `Measures` the pattern model saw, so the explanation
cannot disagree with the features. The shapes are documented in
docs/FINDINGS.md; `summary` is plain English, the service localises.
"""

from __future__ import annotations

import math

from consentlens import vocabulary as vocab
from consentlens.model.features import Measures, element_text


def _text(snapshot: dict, index: int | None) -> str:
    if index is None:
        return ""
    return element_text(snapshot["elements"][index])[:120]


def _evidence(kind: str, snapshot: dict, element, reference=None, summary: str = "", **measures) -> dict:
    return {
        "kind": kind,
        "element": element,
        "element_text": _text(snapshot, element),
        "reference": reference,
        "reference_text": _text(snapshot, reference),
        "measures": measures,
        "summary": summary,
    }


def _quote(text: str) -> str:
    return f"'{text}'" if text else "an unlabelled control"


def _price(snapshot: dict, pay: int | None) -> str:
    texts = [_text(snapshot, pay), (snapshot.get("dialog") or {}).get("text") or ""]
    for text in texts:
        match = vocab.PRICE.search(text)
        if match:
            tail = text[match.end():match.end() + 14]
            period = vocab.PERIOD.search(tail.lower())
            return (match.group(0) + (tail[:period.end()] if period and period.start() < 3 else "")).strip()
    return ""


def pay_or_consent(snapshot: dict, m: Measures) -> dict:
    price = _price(snapshot, m.pay)
    pay, accept = _text(snapshot, m.pay), _text(snapshot, m.accept)
    summary = (f"The screen lets you in only by paying ({_quote(pay)}{', ' + price if price else ''}) "
               f"or by accepting tracking ({_quote(accept)}); there is no free option without tracking.")
    return _evidence("pay_alternative", snapshot, m.pay, m.accept, summary, price=price)


def consent_wall(snapshot: dict, m: Measures) -> dict:
    coverage = round(m.values["overlay_coverage"], 2)
    locked = bool(m.values["scroll_locked"])
    whole_page = bool(m.values["page_is_dialog"])
    accept = _text(snapshot, m.accept)
    how = ("is all the page shows" if whole_page
           else f"blocks the page ({round(coverage * 100)} % covered{', scrolling locked' if locked else ''})")
    summary = f"The screen {how} and offers only {_quote(accept)}: the only other way out is to leave."
    return _evidence("only_accept", snapshot, m.accept, None, summary,
                     overlay_coverage=coverage, scroll_locked=locked, whole_page=whole_page)


def no_reject(snapshot: dict, m: Measures) -> dict:
    accept, settings = _text(snapshot, m.accept), _text(snapshot, m.settings)
    route = f" and {_quote(settings)}" if settings else ""
    summary = f"The first screen offers {_quote(accept)}{route}, but no option to refuse that is as easy."
    return _evidence("no_reject_first_layer", snapshot, m.accept, m.settings, summary)


def buried_opt_out(snapshot: dict, m: Measures) -> dict:
    v = m.values
    refuse = m.refuse
    element = snapshot["elements"][refuse] if refuse is not None else {}
    in_text = bool(element.get("in_text"))
    measured = m.reference is not None and refuse is not None
    size_ratio = round(math.exp(v["size_ratio"]), 1) if measured else None
    contrast_ratio = round(math.exp(v["contrast_ratio"]), 1) if measured else None
    is_link = not (element.get("own_background") or element.get("border"))
    what, reference = _text(snapshot, refuse), _text(snapshot, m.reference)
    if in_text:
        summary = f"The {_quote(what)} option is a link hidden in the running text"
        summary += f", while {_quote(reference)} is a button." if reference and v["accept_button_refuse_not"] else "."
        kind = "in_text"
    else:
        parts = []
        if is_link:
            parts.append("a plain text link")
        if size_ratio and size_ratio >= 1.5:
            parts.append(f"{size_ratio}x smaller")
        if contrast_ratio and contrast_ratio >= 1.5:
            parts.append(f"{contrast_ratio}x fainter")
        detail = ", ".join(parts) or "much less visible"
        summary = f"The {_quote(what)} option is {detail} than {_quote(reference)}." if reference else \
            f"The {_quote(what)} option is {detail}."
        kind = "de_emphasised"
    return _evidence(kind, snapshot, refuse, m.reference, summary, size_ratio=size_ratio,
                     contrast_ratio=contrast_ratio, is_link=is_link, in_text=in_text)


def preselected(snapshot: dict, m: Measures) -> dict:
    toggles = m.prechecked or [i for i in m.li_toggles if snapshot["elements"][i].get("checked")]
    first = toggles[0] if toggles else None
    names = ", ".join(_quote(_text(snapshot, i)) for i in toggles[:3])
    summary = (f"{len(toggles)} non-essential purpose{'s are' if len(toggles) != 1 else ' is'} switched on "
               f"before you choose ({names})." if toggles else
               "Non-essential purposes appear to be switched on by default.")
    return _evidence("prechecked", snapshot, first, None, summary, count=len(toggles))


def confirmshaming(snapshot: dict, m: Measures, guilt_scores: dict) -> dict:
    element = max(guilt_scores, key=guilt_scores.get) if guilt_scores else m.refuse
    summary = f"The way to refuse is worded to make you feel bad about it: {_quote(_text(snapshot, element))}."
    return _evidence("guilt_wording", snapshot, element, None, summary,
                     score=round(float(guilt_scores.get(element, 0.0)), 2) if element is not None else None)


def misleading_wording(snapshot: dict, m: Measures) -> dict:
    v = m.values
    text = (snapshot.get("dialog") or {}).get("text") or ""
    if m.li_toggles or v["legitimate_interest"]:
        match = vocab.LEGITIMATE_INTEREST.search(text)
        phrase = match.group(0) if match else "legitimate interest"
        element = m.li_toggles[0] if m.li_toggles else None
        summary = (f"Some processing is switched on as {_quote(phrase)}, separate from the consent switches, "
                   "so refusing consent does not stop it.")
        return _evidence("legitimate_interest", snapshot, element, None, summary, phrase=phrase)
    elements = snapshot.get("elements") or []
    if m.accept_saves:  # found by measure(): a shown button worded as consent that saves choices
        i = m.accept_saves[0]
        summary = f"{_quote(element_text(elements[i]))} is labelled like consent but saves your choices."
        return _evidence("accept_saves_choices", snapshot, i, None, summary, phrase=element_text(elements[i]))
    match = vocab.DOUBLE_NEGATIVE.search(text) or next(
        (vocab.DOUBLE_NEGATIVE.search(element_text(e)) for e in elements if vocab.DOUBLE_NEGATIVE.search(element_text(e))), None)
    phrase = match.group(0) if match else ""
    summary = (f"The wording makes refusing ambiguous ({_quote(phrase)})." if phrase else
               "The wording makes it unclear what accepting or refusing does.")
    return _evidence("euphemism", snapshot, None, None, summary, phrase=phrase)


BUILDERS = {
    "pay_or_consent": pay_or_consent,
    "consent_wall": consent_wall,
    "no_reject": no_reject,
    "buried_opt_out": buried_opt_out,
    "preselected": preselected,
    "misleading_wording": misleading_wording,
}
