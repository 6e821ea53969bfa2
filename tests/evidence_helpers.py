"""Shared by the evidence tests: images, capture metadata, uploads."""

from __future__ import annotations

import io
import json

from PIL import Image, ImageDraw, ImageFont
from fake_analyzer import FakeAnalyzer
from sample_snapshots import cookie_banner

from consentlens.server import create_app
from consentlens.server.evidence.auditors import add_auditor


def png(width=1280, height=800, color="white", draw_snapshot=None) -> bytes:
    """A PNG; with draw_snapshot, the snapshot's elements painted where its boxes say (scaled to the image)."""
    image = Image.new("RGB", (width, height), color)
    if draw_snapshot:
        scale = width / draw_snapshot["viewport"]["width"]
        draw = ImageDraw.Draw(image)
        font = ImageFont.load_default(size=12 * scale)
        box = draw_snapshot["dialog"]["bbox"]
        draw.rectangle([box["x"] * scale, box["y"] * scale, (box["x"] + box["w"]) * scale,
                        (box["y"] + box["h"]) * scale], fill="#f1f3f4", outline="#888888")
        for element in draw_snapshot["elements"]:
            b = element["bbox"]
            left, top = b["x"] * scale, b["y"] * scale
            draw.rectangle([left, top, left + b["w"] * scale, top + b["h"] * scale],
                           fill=element["background"] if element["own_background"] else None)
            draw.text((left + 4 * scale, top + 2 * scale), element["text"], font=font,
                      fill=element["color"] if element["own_background"] else "#555555")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def jpeg(width=640, height=400) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(out, "JPEG")
    return out.getvalue()


def metadata(case="Cookie walls 2026", snapshot=None, verdict=None, **changes) -> dict:
    snapshot = snapshot if snapshot is not None else cookie_banner("en")
    if verdict is None:
        verdict = FakeAnalyzer().analyze(snapshot)
    body = {"case": case, "url": snapshot.get("url") or "https://www.example.org/", "browser": "Chromium 156",
            "captured_at": "2026-11-23T14:00:00.000Z", "extension_version": "0.1.0",
            "snapshot": snapshot, "verdict": verdict}
    body.update(changes)
    return body


def multipart(meta: dict, screenshot: bytes | None = None, full_page: bytes | None = None) -> dict:
    """Form data for Flask's test client."""
    data = {"metadata": json.dumps(meta)}
    if screenshot is not None:
        data["screenshot"] = (io.BytesIO(screenshot), "screenshot.png", "image/png")
    if full_page is not None:
        data["full_page"] = (io.BytesIO(full_page), "full.png", "image/png")
    return data


def evidence_app(data_dir, **config):
    return create_app({"ANALYZER": FakeAnalyzer(), "TESTING": True, "DATA_DIR": str(data_dir), **config})


def new_auditor(app, name="Anna"):
    return add_auditor(app.extensions["consentlens_evidence"], name)[1]


def bearer(token):
    return {"Authorization": f"Bearer {token}"}
