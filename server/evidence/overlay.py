"""Where the flagged elements sit on a screenshot: the verdict's evidence indexes
looked up in the snapshot's element boxes, scaled from viewport CSS pixels to
screenshot pixels. Shared by the gallery, the HTML report and the PDF.
"""

from __future__ import annotations

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def _number(value) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _element_boxes(snapshot) -> dict:
    boxes = {}
    elements = snapshot.get("elements") if isinstance(snapshot, dict) else None
    for position, element in enumerate(elements if isinstance(elements, list) else []):
        if not isinstance(element, dict) or not isinstance(element.get("bbox"), dict):
            continue
        index = element.get("index") if isinstance(element.get("index"), int) else position
        box = [_number(element["bbox"].get(k)) for k in ("x", "y", "w", "h")]
        if None not in box:
            boxes[index] = (box, element.get("visible", True) is not False,
                            str(element.get("text") or element.get("name") or "")[:80])
    return boxes


def scale_of(snapshot, image_width: int) -> float:
    """Screenshot pixels per CSS pixel: the screenshot is the viewport at the device pixel ratio."""
    viewport = snapshot.get("viewport") if isinstance(snapshot, dict) else None
    width = _number(viewport.get("width")) if isinstance(viewport, dict) else None
    return image_width / width if width and width > 0 else 1.0


def findings(verdict) -> list[dict]:
    """The verdict's patterns, most severe first, each with a number used on the outlines."""
    patterns = verdict.get("patterns") if isinstance(verdict, dict) else None
    result = []
    for pattern in patterns if isinstance(patterns, list) else []:
        if isinstance(pattern, dict) and isinstance(pattern.get("id"), str):
            result.append(pattern)
    result.sort(key=lambda p: SEVERITY_ORDER.get(p.get("severity"), 3))
    return [{**p, "number": n} for n, p in enumerate(result, start=1)]


def outlines(snapshot, verdict, image_width: int, image_height: int) -> list[dict]:
    """One box per flagged element (evidence.element) and per reference element
    (evidence.reference, e.g. the 'Accept all' a hidden 'Reject' is compared with).
    Boxes are in screenshot pixels and in percent of the screenshot."""
    boxes = _element_boxes(snapshot)
    scale = scale_of(snapshot, image_width)
    result = []
    for finding in findings(verdict):
        evidence = finding.get("evidence") if isinstance(finding.get("evidence"), dict) else {}
        for kind in ("element", "reference"):
            index = evidence.get(kind)
            if not isinstance(index, int) or index not in boxes:
                continue
            (x, y, w, h), visible, text = boxes[index]
            left, top = max(0.0, x * scale), max(0.0, y * scale)
            right, bottom = min(image_width, (x + w) * scale), min(image_height, (y + h) * scale)
            on_screen = visible and right > left and bottom > top
            result.append({
                "number": finding["number"], "pattern": finding["id"], "kind": kind, "index": index, "text": text,
                "on_screen": on_screen, "x": left, "y": top, "w": max(0.0, right - left), "h": max(0.0, bottom - top),
                "left_pct": 100 * left / image_width, "top_pct": 100 * top / image_height,
                "width_pct": 100 * max(0.0, right - left) / image_width,
                "height_pct": 100 * max(0.0, bottom - top) / image_height,
            })
    return result
