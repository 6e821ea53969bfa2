"""Hand-made snapshots (docs/SNAPSHOT.md) for service and forms tests."""

from __future__ import annotations

import copy


def _element(index, text, *, tag="button", bbox=(0, 0, 180, 44), own_background=True, in_text=False,
             font_size=16, color="#ffffff", background="#1a73e8", **extra):
    x, y, w, h = bbox
    element = {
        "index": index, "tag": tag, "role_attr": "", "type": "", "text": text, "name": text,
        "href": "none" if tag == "button" else "internal",
        "bbox": {"x": x, "y": y, "w": w, "h": h}, "font_size": font_size, "font_weight": 700 if own_background else 400,
        "color": color, "background": background, "own_background": own_background, "border": False,
        "underline": not own_background, "opacity": 1.0, "visible": True, "layer": 1, "checked": None,
        "disabled": False, "in_text": in_text, "text_before": 0.8,
    }
    element.update(extra)
    return element


def cookie_banner(lang: str = "de") -> dict:
    """A cookie banner whose reject option is a small text link (buried_opt_out)."""
    words = {
        "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren.", "Alle akzeptieren", "Ablehnen"),
        "en": ("We use cookies to personalise content.", "Accept all", "Reject"),
        "nl": ("Wij gebruiken cookies om inhoud te personaliseren.", "Alles accepteren", "Weigeren"),
        "fr": ("Nous utilisons des cookies pour personnaliser le contenu.", "Tout accepter", "Refuser"),
    }[lang]
    return {
        "schema_version": 1, "producer": "extension", "url": "https://www.example.org/artikel", "lang": lang,
        "captured_at": "2026-11-23T14:00:00Z", "viewport": {"width": 1280, "height": 800},
        "page": {"overlay_coverage": 0.3, "scroll_locked": False, "backdrop": False},
        "dialog": {"html": "<div>…</div>", "text": f"{words[0]} {words[1]} {words[2]}",
                   "bbox": {"x": 0, "y": 560, "w": 1280, "h": 240}, "position": "fixed", "z_index": 9999,
                   "aria_modal": False, "role": "dialog", "background": "#ffffff", "font_size": 14, "cmp": None},
        "elements": [
            _element(0, words[1], bbox=(900, 700, 180, 44), label_role="accept"),
            _element(1, words[2], tag="a", bbox=(700, 712, 60, 16), own_background=False, font_size=11,
                     color="#999999", background="#ffffff", label_role="reject"),
        ],
    }


def meta_ai_notice(url: str = "https://www.instagram.com/", lang: str = "nl") -> dict:
    """Meta's AI-training notice: the objection link sits inside the running text."""
    text = ("We gaan je informatie gebruiken om AI bij Meta te ontwikkelen en te verbeteren. "
            "Je hebt het recht om bezwaar te maken tegen hoe je informatie hiervoor wordt gebruikt. Sluiten")
    return {
        "schema_version": 1, "producer": "extension", "url": url, "lang": lang,
        "captured_at": "2026-11-23T14:00:00Z", "viewport": {"width": 1280, "height": 800},
        "page": {"overlay_coverage": 1.0, "scroll_locked": True, "backdrop": True},
        "dialog": {"text": text, "bbox": {"x": 340, "y": 100, "w": 600, "h": 500}, "position": "fixed",
                   "z_index": 100, "aria_modal": True, "role": "dialog", "background": "#ffffff", "font_size": 14},
        "elements": [
            _element(0, "recht om bezwaar te maken", tag="a", bbox=(400, 300, 190, 18), own_background=False,
                     in_text=True, font_size=14, color="#0064d1", background="#ffffff", label_role="object"),
            _element(1, "Sluiten", bbox=(400, 520, 480, 44), label_role="accept"),
        ],
    }


def with_changes(snapshot: dict, **changes) -> dict:
    changed = copy.deepcopy(snapshot)
    changed.update(changes)
    return changed


def json_paths(value, prefix=()):
    """Every path (a tuple of keys and indexes) to a value inside a JSON document."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from json_paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from json_paths(item, prefix + (index,))
