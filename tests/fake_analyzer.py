"""A small stand-in for consentlens.model.predict's analyzer, for service tests.

It returns findings shaped as docs/FINDINGS.md says, decided by simple rules
on `label_role` (or the element text), so tests can say what they expect
without a trained model.
"""

from __future__ import annotations

import time

_ROLE_WORDS = {
    "accept": ("accept", "akzeptieren", "accepteren", "accepter", "agree", "zustimmen"),
    "reject": ("reject", "ablehnen", "weigeren", "refuser", "decline"),
    "settings": ("settings", "einstellungen", "instellingen", "paramètres", "options"),
    "pay": ("subscribe", "abo", "abonneren", "s'abonner"),
    "object": ("object", "widerspruch", "bezwaar", "opposer"),
}


def _role(element: dict) -> str:
    if element.get("label_role"):
        return element["label_role"]
    text = (element.get("text") or element.get("name") or "").lower()
    for role, words in _ROLE_WORDS.items():
        if any(word in text for word in words):
            return role
    return "other"


def _evidence(kind, elements, element, reference=None, **measures):
    def text(i):
        return elements[i]["text"] if i is not None else ""
    return {"kind": kind, "element": element, "element_text": text(element), "reference": reference,
            "reference_text": text(reference), "measures": measures, "summary": ""}


class FakeAnalyzer:
    version = "0000.00.00-fake0000"
    metadata = {"labels": ["consent_screen", "buried_opt_out"], "trained_at": "2026-11-23T00:00:00Z"}

    def __init__(self, delay: float = 0.0, fail: Exception | None = None):
        self.delay, self.fail, self.seen = delay, fail, []

    def analyze(self, snapshot: dict) -> dict:
        self.seen.append(snapshot)
        if self.delay:
            time.sleep(self.delay)
        if self.fail:
            raise self.fail
        elements = snapshot["elements"]
        roles = [_role(e) for e in elements]
        shown = [i for i, e in enumerate(elements) if e.get("visible", True) and e.get("layer", 1) == 1]
        first = {roles[i]: i for i in reversed(shown)}
        patterns = []
        accept, refuse = first.get("accept"), first.get("reject", first.get("object"))
        if "pay" in first and accept is not None:
            patterns.append(("pay_or_consent", 0.9, _evidence("pay_alternative", elements, first["pay"], accept,
                                                              price="€4.99/month")))
        elif accept is not None and refuse is None:
            patterns.append(("no_reject", 0.8, _evidence("no_reject_first_layer", elements, accept,
                                                         first.get("settings"))))
        elif accept is not None and refuse is not None:
            r, a = elements[refuse], elements[accept]
            size = (a.get("bbox", {}).get("w", 1) * a.get("bbox", {}).get("h", 1)) / max(
                1, r.get("bbox", {}).get("w", 1) * r.get("bbox", {}).get("h", 1))
            if r.get("in_text"):
                patterns.append(("buried_opt_out", 0.93, _evidence("in_text", elements, refuse, accept,
                                                                   in_text=True, is_link=True)))
            elif size >= 2:
                patterns.append(("buried_opt_out", 0.91, _evidence(
                    "de_emphasised", elements, refuse, accept, size_ratio=round(size, 1),
                    contrast_ratio=2.1, is_link=not r.get("own_background", False), in_text=False)))
        checked = [i for i in shown if elements[i].get("checked") is True]
        if checked:
            patterns.append(("preselected", 0.7, _evidence("prechecked", elements, checked[0], count=len(checked))))
        return {
            "consent_screen": bool(shown),
            "consent_confidence": 0.95 if shown else 0.05,
            "lang": "",
            "patterns": [{"id": p, "confidence": c, "evidence": e} for p, c, e in patterns] if shown else [],
            "elements": [{"index": i, "text": e["text"], "role": roles[i], "role_confidence": 0.9,
                          "prominence": 1.0, "visible": e.get("visible", True), "layer": e.get("layer", 1)}
                         for i, e in enumerate(elements)],
            "model_version": self.version,
        }
