"""A case as a PDF report (reportlab): a cover page, then one page per capture with
the screenshot, the flagged elements outlined and numbered, the findings, and
the capture's hashes and signature. The ZIP export is the evidence; this is
the document to attach to a complaint.
"""

from __future__ import annotations

import io
import os
import tempfile

import reportlab
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ..accounts import utc_now
from .export import capture_details

MARGIN = 40
FLAG, REFERENCE, GREY = HexColor("#d93025"), HexColor("#e37400"), HexColor("#5f6368")
# Bitstream Vera ships with reportlab and covers the typographic quotes of
# German and French messages, which the built-in PDF fonts do not.
_FONTS = os.path.join(os.path.dirname(reportlab.__file__), "fonts")


def _register_fonts() -> tuple[str, str]:
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", os.path.join(_FONTS, "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("VeraBd", os.path.join(_FONTS, "VeraBd.ttf")))
    return "Vera", "VeraBd"


def _wrap(value: str, font: str, size: float, width: float) -> list[str]:
    """Lines that fit `width`; words longer than a line (URLs, hashes) are cut."""
    lines = []
    for line in simpleSplit(value, font, size, width) or [""]:
        while pdfmetrics.stringWidth(line, font, size) > width:
            cut = len(line)
            while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


class _Writer:
    def __init__(self, out):
        self.regular, self.bold = _register_fonts()
        self.pdf = canvas.Canvas(out, pagesize=A4)
        self.width, self.height = A4
        self.y = self.height - MARGIN

    def text(self, value: str, size: float = 9, bold: bool = False, color=None, gap: float = 2):
        font = self.bold if bold else self.regular
        self.pdf.setFillColor(color or HexColor("#202124"))
        for line in _wrap(str(value), font, size, self.width - 2 * MARGIN):
            if self.y < MARGIN + size:
                self.new_page()
            self.pdf.setFont(font, size)
            self.pdf.drawString(MARGIN, self.y - size, line)
            self.y -= size + gap
        self.pdf.setFillColor(HexColor("#202124"))

    def space(self, points: float):
        self.y -= points

    def new_page(self):
        self.pdf.showPage()
        self.y = self.height - MARGIN

    def screenshot(self, data: bytes, capture: dict, max_height: float):
        width_px, height_px = capture["screenshot_width"], capture["screenshot_height"]
        scale = min((self.width - 2 * MARGIN) / width_px, max_height / height_px)
        width, height = width_px * scale, height_px * scale
        top = self.y
        self.pdf.drawImage(ImageReader(io.BytesIO(data)), MARGIN, top - height, width, height)
        for box in capture["outlines"]:
            if not box["on_screen"]:
                continue
            color = FLAG if box["kind"] == "element" else REFERENCE
            self.pdf.setStrokeColor(color)
            self.pdf.setLineWidth(2)
            self.pdf.setDash(4, 2) if box["kind"] == "reference" else self.pdf.setDash()
            x, y = MARGIN + box["x"] * scale, top - (box["y"] + box["h"]) * scale
            self.pdf.rect(x, y, box["w"] * scale, box["h"] * scale, stroke=1, fill=0)
            self.pdf.setDash()
            self.pdf.setFillColor(color)
            self.pdf.rect(x, y + box["h"] * scale, 14, 11, stroke=0, fill=1)
            self.pdf.setFillColor(HexColor("#ffffff"))
            self.pdf.setFont(self.bold, 8)
            self.pdf.drawCentredString(x + 7, y + box["h"] * scale + 2.5, str(box["number"]))
        self.pdf.setFillColor(HexColor("#202124"))
        self.y = top - height - 8


def _finding_line(finding: dict) -> str:
    confidence = finding.get("confidence")
    share = f", {round(confidence * 100)} %" if isinstance(confidence, (int, float)) else ""
    title = finding.get("title") or finding["id"]
    message = finding.get("message") or (finding.get("evidence") or {}).get("summary") or ""
    return f"{finding['number']}. {title} ({finding['id']}, {finding.get('severity', 'n/a')}{share}): {message}"


def build_pdf(store, case: dict, auditor_name: str, chain: list[dict]):
    out = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024)
    writer = _Writer(out)
    signer = store.existing_signer()
    writer.text("ConsentLens evidence report", 18, bold=True, gap=8)
    writer.text(f"Case: {case['name']}  (id {case['id']})", 11, bold=True)
    writer.text(f"Auditor: {auditor_name}    Case opened: {case['created_at']}    Report made: {utc_now()}")
    writer.text(f"Captures: {len(chain)}    Chain head: {case['head_hash'] or '-'}")
    writer.text(f"Signing key (Ed25519) id: {signer.key_id if signer else '-'}")
    writer.space(6)
    writer.text("Each capture below is an entry in a SHA-256 hash chain signed by the service. The ZIP export of this "
                "case holds the files, the chain and the signatures; `consentlens evidence verify case.zip` checks "
                "them. Red outlines mark the element a finding is about; dashed orange ones the element it is "
                "compared with.", 9, color=GREY)
    for capture in chain:
        details = capture_details(store, capture)
        writer.new_page()
        writer.text(f"Capture {capture['seq']} — {capture['site'] or capture['url']}", 13, bold=True, gap=4)
        writer.text(f"URL: {capture['url']}")
        writer.text(f"Captured (browser clock): {capture['captured_at']}    "
                    f"Received (server): {capture['received_at']}")
        writer.text(f"Browser: {capture['browser'] or '-'}    Extension: {capture['extension_version'] or '-'}    "
                    f"Model: {capture['model_version'] or '-'}")
        writer.space(4)
        try:
            image = store.files.read(capture["screenshot_sha256"])
        except (OSError, ValueError):
            writer.text("The screenshot file is missing from the evidence store.", 10, bold=True, color=FLAG)
        else:
            writer.screenshot(image, details, max_height=writer.y - MARGIN - 200)
        writer.text("Findings", 11, bold=True)
        if not details["findings"]:
            writer.text("No deceptive pattern was found on this screen.")
        for finding in details["findings"]:
            writer.text(_finding_line(finding))
            if finding.get("legal"):
                writer.text(f"Legal background: {finding['legal']}", 8, color=GREY)
        writer.space(4)
        writer.text(f"Entry hash: {capture['entry_hash']}", 7, color=GREY)
        writer.text(f"Previous: {capture['prev_hash']}", 7, color=GREY)
        writer.text(f"Screenshot SHA-256: {capture['screenshot_sha256']}", 7, color=GREY)
        writer.text(f"Signature: {capture['signature']}", 7, color=GREY)
    writer.pdf.save()
    out.seek(0)
    return out
