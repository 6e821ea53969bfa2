"""Static converter: a saved HTML page -> a snapshot (docs/SNAPSHOT.md).

The browser measures boxes and computed styles; here we estimate them from
the markup and its CSS (consentlens.snapshot.css). The output has the same
fields as the extension's snapshot, with `producer: "static"`, so one
feature pipeline serves both.

How the dialog is found: elements that look like a dialog (role=dialog,
aria-modal, <dialog open>, fixed/sticky positioning, container names of
consent platforms) and, for notices that sit in the page flow, the smallest
block around a button that talks about consent. Candidates are scored on
those signals plus consent vocabulary; the best one is the screen.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from consentlens import vocabulary as vocab
from consentlens.snapshot import privacy_links
from consentlens.snapshot.css import VIEWPORT_HEIGHT, VIEWPORT_WIDTH, StyleResolver, parse_colour

MAX_HTML_BYTES = 8_000_000
MAX_ELEMENTS = 400
MAX_DIALOG_TEXT = 20_000
MAX_DIALOG_HTML = 300_000

INTERACTIVE_TAGS = {"button", "a", "input", "select", "summary"}
INTERACTIVE_ROLES = {
    "button", "link", "checkbox", "switch", "menuitem", "tab", "menuitemcheckbox",
    "radio", "menuitemradio", "option",
}
INPUT_TYPES = {"checkbox", "radio", "submit", "button", "reset", "image"}
TOGGLE_ROLES = {"checkbox", "switch", "menuitemcheckbox", "radio", "menuitemradio"}
SKIP_TAGS = {"script", "style", "noscript", "head", "title", "meta", "link", "template"}
DROP_FROM_HTML = {"script", "style", "noscript", "iframe", "object", "embed", "link", "meta", "base", "frame"}
# Known consent-management platforms, found by the tag, id and classes of the
# dialog or one of its ancestors, written "tag #id .class ..."; the same
# platforms as CMPS in extension/content/snapshot.js (a test compares the
# lists). Sources: the container selectors in ../shared/data
# (cookie_dialog_monster, mozilla_cookie_banner_rules, duckduckgo_autoconsent).
_END = r"(?![\w-])"
CMP_MARKERS = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
    ("onetrust", r"onetrust|optanon"),
    ("cookiebot", r"cybotcookiebot|cookiebot"),
    ("didomi", r"didomi"),
    ("usercentrics", r"usercentrics|uc-banner"),
    ("quantcast", r"qc-cmp"),
    ("sourcepoint", r"sp_message|sp-message"),
    ("trustarc", r"truste|trustarc|#consent_blackbar" + _END),
    ("klaro", r"[#.]klaro" + _END),
    ("vanilla_cookieconsent", r"#cc--?main" + _END),
    ("cookieconsent", r"\.cc-(?:window|banner)" + _END + r"|\.cc_banner"),
    ("tarteaucitron", r"tarteaucitron"),
    ("orejime", r"orejime"),
    ("borlabs", r"borlabs|brlbs"),
    ("complianz", r"cmplz"),
    ("iubenda", r"iubenda"),
    ("cookieyes", r"[#.]cky-|#cookie-law-info-bar" + _END),
    ("termly", r"termly"),
    ("osano", r"osano"),
    ("consentmanager", r"[#.]cmp(?:box|wrapper)" + _END),
    ("sirdata", r"[#.]sd-cmp(?!\w)"),
    ("axeptio", r"axeptio"),
    ("cookiefirst", r"cookiefirst"),
    ("cookiescript", r"cookiescript_"),
    ("cookieinformation", r"[#.]coi(?:consentbanner|overlay)" + _END),
    ("cookiehub", r"\.ch2-(?:dialog|container)" + _END),
    ("civic", r"#ccc-(?:notify|overlay|module)" + _END),
    ("hubspot", r"hs-eu-cookie"),
    ("shopify", r"shopify-pc__"),
    ("piwikpro", r"ppms_cm_"),
    ("tealium", r"__tealiumgdpr"),
    ("evidon", r"_evidon|#_evh-"),
    ("ensighten", r"ensnotifybanner"),
    ("commandersact", r"tc[_-]privacy"),
    ("google_fc", r"fc-consent-root"),
    ("ezoic", r"ez-cookie-dialog"),
    ("termsfeed", r"termsfeed"),
    ("moove_gdpr", r"moove_gdpr"),
    ("cookie_notice", r"#cookie-notice" + _END),
    ("truendo", r"truendo"),
    ("ketch", r"#lanyard_root" + _END),
    ("oil", r"\.as-oil" + _END),
    ("microsoft_wcp", r"wcpconsentbanner"),
    ("contentpass", r"contentpass"),
    ("fides", r"[#.]fides-(?:banner|modal|overlay)"),
    ("transcend", r"transcend-consent-manager"),
    ("pubtech", r"pubtech-cmp"),
    ("clickio", r"[#.]cl-consent" + _END),
    ("sibbo", r"sibbo-(?:cmp-)?layout"),
    ("pandectes", r"pandectes-banner"),
    ("cassie", r"cassie-pre-banner"),
    ("appconsent", r"#appconsent" + _END),
    ("datagrail", r"dg-consent-banner"),
))
_WS = re.compile(r"\s+")
_CLIP_LENGTH = r"(-?[\d.]+(?:px|em|rem)?)"
_CLIP_RECT = re.compile(r"rect\(\s*" + r"\s*,?\s*".join([_CLIP_LENGTH] * 4) + r"\s*\)")
_CLIPPED_AWAY = re.compile(r"inset\(\s*(?:[5-9]\d|100)(?:\.\d+)?%|circle\(\s*0(?:px|%)?(?![\d.])")
_WORDS = re.compile(r"\w+", re.UNICODE)
HIDDEN_OFFSET = -900.0
# Visible text outside the dialog is counted up to this many characters (snapshot
# page.outside_text_chars); textarea and option text is form content, never counted.
OUTSIDE_TEXT_CAP = 2000
OUTSIDE_SKIP_TAGS = SKIP_TAGS | {"textarea", "option", "optgroup", "datalist", "consentlens-warning"}
LAYER_DEPTH = 6
CMP_DEPTH = 6  # the dialog and its ancestors up to five levels


class SnapshotError(ValueError):
    """The input cannot be turned into a snapshot (not HTML, too big, ...)."""


def snapshot_from_html(html, url: str = "", *, captured_at: str | None = None) -> dict | None:
    """The snapshot of the most likely consent/blocking screen, or None."""
    root = parse_html(html)
    return _Converter(root, url, captured_at).snapshot()



def parse_html(html) -> etree._Element:
    if isinstance(html, str):
        data = html.encode("utf-8", "surrogatepass")
    elif isinstance(html, (bytes, bytearray)):
        data = bytes(html)
    else:
        raise SnapshotError(f"expected HTML text, got {type(html).__name__}")
    if len(data) > MAX_HTML_BYTES:
        raise SnapshotError(f"page is {len(data)} bytes, over the limit of {MAX_HTML_BYTES}")
    head = data[:2048].lstrip().lower()
    if b"\x00" in data[:4096] and not head.startswith(b"\xff\xfe") and not head.startswith(b"\xfe\xff"):
        raise SnapshotError("input looks binary, not HTML")
    if not data.strip():
        raise SnapshotError("input is empty")
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=False)
        root = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SnapshotError(f"cannot parse as HTML: {exc}") from exc
    if root is None:
        raise SnapshotError("cannot parse as HTML")
    # libxml2 itself stops nesting at 256 levels, which bounds every recursion here
    return root


def clean_text(text: str) -> str:
    return _WS.sub(" ", text).strip()


class _Converter:
    def __init__(self, root, url: str, captured_at: str | None):
        self.root = root
        self.url = url or ""
        self.captured_at = captured_at or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.css = StyleResolver(root)
        self._hidden: dict = {}
        self._layers: dict = {}
        self._text: dict = {}
        body = root.find("body")
        self.body = body if body is not None else root

    # -- visibility ------------------------------------------------------------

    def own_hidden(self, el, *, spoken: bool = False) -> bool:
        """Hidden by its own style. spoken: visually hidden text (read by screen
        readers, so part of an accessible name) counts as shown."""
        style = self.css.computed(el)
        display = str(style.get("display", "")).strip().lower()
        if display == "none":
            return True
        if el.tag == "input" and (el.get("type") or "").lower() == "hidden":
            return True
        if style.get("opacity", 1.0) < 0.05:
            return True
        if style.get("font-size", 16) <= 0.5 and el.tag not in ("input", "select"):
            if not any(isinstance(c.tag, str) and c.tag in ("img", "svg") for c in el.iter()):
                return True
        fs = style.get("font-size", 16)
        width = self.css.length(style.get("width"), fs)
        height = self.css.length(style.get("height"), fs)
        overflow = str(style.get("overflow-x", "")) + str(style.get("overflow-y", ""))
        if (width == 0 or height == 0) and ("hidden" in overflow or el.tag in ("button", "a")):
            return True
        if not spoken and self.visually_hidden(style, width, height, overflow):
            return True
        position = str(style.get("position", "static"))
        if position in ("absolute", "fixed"):
            for side in ("left", "top", "right"):
                offset = self.css.length(style.get(side), fs)
                if offset is not None and offset <= HIDDEN_OFFSET:
                    return True
        transform = str(style.get("transform", ""))
        if re.search(r"scale\(\s*0(\.0+)?\s*\)|translate[xy]?\(\s*-?(?:100|[2-9]\d\d)\s*(?:vw|vh|%)", transform):
            return True
        return False

    def visually_hidden(self, style, width, height, overflow: str) -> bool:
        """The screen-reader-only pattern (.sr-only, .screen-reader-text,
        .visually-hidden): a box of at most 1px that hides its overflow, an
        absolutely positioned box clipped to at most 1px, or a clip-path that
        leaves nothing. Mirrors visuallyHidden in extension/content/snapshot.js."""
        tiny = width is not None and height is not None and width <= 1 and height <= 1
        if tiny and ("hidden" in overflow or "clip" in overflow):
            return True
        if _CLIPPED_AWAY.search(str(style.get("clip-path", ""))):
            return True
        if str(style.get("position", "static")) not in ("absolute", "fixed"):
            return False  # clip applies to absolutely positioned boxes only
        match = _CLIP_RECT.fullmatch(str(style.get("clip", "")).strip().lower())
        if not match:
            return False
        fs = style.get("font-size", 16)
        top, right, bottom, left = (self.css.length(v, fs) for v in match.groups())
        if None in (top, right, bottom, left):
            return False
        return right - left <= 1 or bottom - top <= 1

    def hidden(self, el) -> bool:
        cached = self._hidden.get(el)
        if cached is not None:
            return cached
        result = False
        if isinstance(el.tag, str):
            if el.tag in SKIP_TAGS and not (el.tag == "template" and el.get("shadowrootmode")):
                result = True
            elif self.own_hidden(el):
                result = True
            else:
                visibility = str(self.css.computed(el).get("visibility") or "visible")
                result = visibility in ("hidden", "collapse")
        if not result:
            parent = el.getparent()
            if parent is not None:
                result = self.hidden(parent)
        self._hidden[el] = result
        return result

    def hidden_below(self, el, top) -> bool:
        """Hidden by something between `el` and `top` (inclusive of el)."""
        node = el
        while node is not None and node is not top:
            if isinstance(node.tag, str) and (
                (node.tag in SKIP_TAGS and not node.get("shadowrootmode")) or self.own_hidden(node)
            ):
                return True
            node = node.getparent()
        visibility = str(self.css.computed(el).get("visibility") or "visible")
        return visibility in ("hidden", "collapse")

    def hides_subtree(self, el, *, spoken: bool = False) -> bool:
        """The text walks' test: hidden by its own style or with visibility hidden (they do not
        look inside; see own_hidden for `spoken`)."""
        return self.own_hidden(el, spoken=spoken) \
            or str(self.css.computed(el).get("visibility")) in ("hidden", "collapse")

    # -- text ----------------------------------------------------------------

    def text_of(self, el, *, spoken: bool = False) -> str:
        """Visible text of an element's subtree, whitespace collapsed. spoken:
        with visually hidden text, as a screen reader reads it (for names)."""
        cached = self._text.get((el, spoken))
        if cached is not None:
            return cached
        parts: list = []

        def walk(node):
            if not isinstance(node.tag, str) or (node.tag in SKIP_TAGS and not node.get("shadowrootmode")):
                return
            if self.hides_subtree(node, spoken=spoken):
                return
            if node.text:
                parts.append(node.text)
            if node.tag == "input" and (node.get("type") or "").lower() in ("submit", "button", "reset"):
                parts.append(node.get("value") or "")
            for child in node:
                walk(child)
                if child.tail:
                    parts.append(child.tail)

        walk(el)
        text = clean_text(" ".join(parts))
        self._text[(el, spoken)] = text
        return text

    # -- candidates ----------------------------------------------------------

    def candidates(self) -> list:
        found: dict = {}
        for el in self.body.iter():
            if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
                continue
            score = self._structure_score(el)
            if score > 0:
                found[el] = score
        for el in self.body.iter():
            if isinstance(el.tag, str) and self._is_interactive(el):
                block = self._consent_block_around(el)
                if block is not None:
                    found.setdefault(block, 0.5)
        scored = []
        for el, structure in found.items():
            if self.hidden(el):
                continue
            text = self.text_of(el)
            if len(text) < 15:
                continue
            n_interactive = sum(1 for _ in self._interactive_in(el))
            if n_interactive == 0 or n_interactive > MAX_ELEMENTS:
                continue
            consent_hits = vocab.count(vocab.CONSENT, text[:6000])
            other_hits = vocab.count(vocab.NOT_CONSENT, text[:6000])
            score = structure + min(consent_hits, 8) * 0.8 + min(other_hits, 4) * 0.3
            if len(text) > 6000:
                score -= 4
            if el.tag in ("body", "html", "main", "article"):
                score -= 5
            scored.append((score, el, len(text)))
        scored.sort(key=lambda item: -item[0])
        return self._prefer_inner(scored)

    def _prefer_inner(self, scored: list) -> list:
        """Of a wrapper and the box inside it with (nearly) the same text, keep the box."""
        if not scored:
            return []
        best_score, best, best_len = scored[0]
        for score, el, length in scored[1:]:
            if score < best_score - 1.0:
                continue
            inside = any(a is best for a in el.iterancestors())
            if inside and length >= 0.85 * best_len:
                best, best_len = el, length
        ordered = [best] + [el for _, el, _ in scored if el is not best]
        return ordered

    def _structure_score(self, el) -> float:
        score = 0.0
        role = (el.get("role") or "").lower()
        if role in ("dialog", "alertdialog"):
            score += 3
        if (el.get("aria-modal") or "").lower() == "true":
            score += 2
        if el.tag == "dialog":
            score += 3
        position = str(self.css.computed(el).get("position", "static")).lower()
        if position in ("fixed", "sticky"):
            score += 2
        names = " ".join(filter(None, (el.get("id"), el.get("class"), el.get("aria-label"))))
        if names and vocab.CONTAINER_HINT.search(names):
            score += 1.5
        return score

    def _consent_block_around(self, el):
        text = self.text_of(el) if len(el) < 50 else ""
        if not text or len(text) > 80:
            return None
        node = el.getparent()
        depth = 0
        while node is not None and node is not self.body and depth < 8:
            if isinstance(node.tag, str) and node.tag not in SKIP_TAGS:
                block_text = self.text_of(node)
                if len(block_text) > 4000:
                    return None
                if len(block_text) >= 60 and vocab.count(vocab.CONSENT, block_text) >= 2:
                    return node
            node = node.getparent()
            depth += 1
        return None

    def _is_interactive(self, el) -> bool:
        tag = el.tag
        role = (el.get("role") or "").lower()
        if role in INTERACTIVE_ROLES:
            return True
        if tag == "a":
            return el.get("href") is not None or el.get("onclick") is not None or el.get("tabindex") is not None
        if tag == "input":
            return (el.get("type") or "text").lower() in INPUT_TYPES
        if tag in ("button", "select", "summary"):
            return True
        return el.get("onclick") is not None

    def _interactive_in(self, root):
        """Interactive elements under root, outermost only, in document order."""
        stack = list(reversed(root))
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or (el.tag in SKIP_TAGS and not el.get("shadowrootmode")):
                continue
            if self._is_interactive(el):
                yield el
                # a toggle nested in a clickable row is an element of its own
                stack.extend(reversed([c for c in el.iter("input") if c is not el and self._is_interactive(c)]))
            else:
                stack.extend(reversed(el))

    # -- the snapshot ----------------------------------------------------------

    def snapshot(self) -> dict | None:
        candidates = self.candidates()
        if not candidates:
            return None
        dialog = candidates[0]
        return self._build(dialog)

    def _build(self, dialog) -> dict:
        css = self.css
        dstyle = css.computed(dialog)
        lang = vocab.primary_lang(self._lang_of(dialog))
        text_runs = self._text_runs(dialog)
        dialog_text = clean_text(" ".join(t for t, _ in text_runs))
        if not lang:
            lang = vocab.guess_lang(dialog_text)
        offsets = self._offsets(text_runs)
        total = max(len(dialog_text), 1)
        dialog_bg = self.effective_background(dialog)
        dialog_box = self._dialog_box(self._box_element(dialog))
        elements, hrefs = [], []
        for index, el in enumerate(self._interactive_in(dialog)):
            if index >= MAX_ELEMENTS:
                break
            elements.append(self._element(el, index, dialog, dialog_bg, dialog_box, offsets, total))
            hrefs.append(el.get("href") if el.tag in ("a", "area") else None)
        overlay, backdrop = self._overlay(dialog, dialog_box)
        position = self._position(dialog)
        snapshot = {
            "schema_version": 1,
            "producer": "static",
            "url": _strip_query(self.url),
            "lang": lang,
            "captured_at": self.captured_at,
            "viewport": {"width": VIEWPORT_WIDTH, "height": VIEWPORT_HEIGHT},
            "page": {
                "overlay_coverage": round(overlay, 3),
                "scroll_locked": self._scroll_locked(),
                "backdrop": backdrop,
                "outside_text_chars": self._outside_text_chars(dialog),
            },
            "dialog": {
                "html": self._sanitised_html(dialog),
                "text": vocab.mask(dialog_text)[:MAX_DIALOG_TEXT],
                "bbox": dialog_box,
                "position": position,
                "z_index": self._z_index(dialog),
                "aria_modal": (dialog.get("aria-modal") or "").lower() == "true",
                "role": (dialog.get("role") or ("dialog" if dialog.tag == "dialog" else "")).lower()[:64],
                "background": _hex(dialog_bg),
                "font_size": round(float(dstyle.get("font-size", 16)), 2),
                "cmp": self._cmp(dialog),
            },
            "elements": elements,
        }
        links = privacy_links.select([(href, element) for href, element in zip(hrefs, elements) if href is not None],
                                     self.url, self._base_url())
        if links:
            snapshot["dialog"]["privacy_links"] = links
        return snapshot

    def _base_url(self) -> str:
        """What relative links resolve against: <base href>, else the page URL."""
        base = self.root.find(".//base[@href]")
        if base is None or not self.url:
            return self.url
        try:
            return urljoin(self.url, base.get("href").strip())
        except ValueError:
            return self.url

    def _lang_of(self, el) -> str:
        node = el
        while node is not None:
            if isinstance(node.tag, str) and node.get("lang"):
                return node.get("lang")
            node = node.getparent()
        return ""

    def _text_runs(self, dialog) -> list:
        """(text, element) pairs of visible text in document order."""
        runs: list = []

        def walk(el):
            if not isinstance(el.tag, str) or (el.tag in SKIP_TAGS and not el.get("shadowrootmode")):
                return
            if self.hidden_below(el, dialog.getparent()):
                return
            if el.text and el.text.strip():
                runs.append((el.text, el))
            if el.tag == "input" and (el.get("type") or "").lower() in ("submit", "button", "reset"):
                runs.append((el.get("value") or "", el))
            for child in el:
                walk(child)
                if child.tail and child.tail.strip():
                    runs.append((child.tail, el))

        walk(dialog)
        return runs

    def _offsets(self, runs: list) -> dict:
        offsets: dict = {}
        position = 0
        for text, el in runs:
            offsets.setdefault(el, position)
            position += len(clean_text(text)) + 1
        return offsets

    def _element(self, el, index, dialog, dialog_bg, dialog_box, offsets, total) -> dict:
        css = self.css
        style = css.computed(el)
        tag = el.tag
        etype = (el.get("type") or "").lower() if tag in ("input", "button") else ""
        role_attr = (el.get("role") or "").lower()[:64]
        is_toggle = etype in ("checkbox", "radio") or role_attr in TOGGLE_ROLES or el.get("aria-pressed") is not None
        # custom switches hide the real checkbox and draw a slider beside it
        visibility_el = el.getparent() if (etype in ("checkbox", "radio") and self.own_hidden(el)) else el
        hidden_inside = self.hidden_below(visibility_el, dialog.getparent()) if visibility_el is not None else True
        visible = not hidden_inside
        text = self.text_of(el) if tag != "input" else (el.get("value") or "" if etype in ("submit", "button", "reset") else "")
        if is_toggle and (tag == "input" or role_attr in ("checkbox", "switch", "radio")):
            text = ""  # a switch's "ON"/"OFF" is its state, not its name (as snapshot.js)
        name = self._accessible_name(el, text, is_toggle)
        # the text's own look: a label often sits in a nested span with its own style
        carrier = self._text_carrier(el)
        text_style = css.computed(carrier)
        fs = float(text_style.get("font-size", 16))
        weight = float(text_style.get("font-weight", 400))
        colour = text_style.get("color") or (0, 0, 0, 1)
        background = self.effective_background(carrier)
        own_bg = self._own_background(el, dialog_bg)
        border = self._has_border(el)
        underline = "underline" in (style.get("text-decoration-line"), text_style.get("text-decoration-line"))
        opacity = float(style.get("opacity", 1.0))
        bbox = self._element_box(el, text or name, style, fs, dialog_box, offsets, total, is_toggle)
        checked = self._checked(el) if is_toggle else None
        in_text = self._in_text(el, text)
        first = offsets.get(el)
        if first is None:
            first = self._first_offset(el, offsets)
        href = _href_kind(el.get("href"), self.url) if tag == "a" or el.get("href") is not None else "none"
        element = {
            "index": index,
            "tag": tag[:64],
            "role_attr": role_attr,
            "type": etype[:64],
            "text": vocab.mask(text)[:300],
            "name": vocab.mask(name)[:300],
            "href": href,
            "bbox": bbox,
            "font_size": round(fs, 2),
            "font_weight": round(weight),
            "color": _hex(_blend(colour, background)),
            "background": _hex(background),
            "own_background": own_bg,
            "border": border,
            "underline": underline,
            "opacity": round(min(max(opacity, 0.0), 1.0), 3),
            "visible": visible,
            "layer": 1 if visible else 2,
            "checked": checked,
            "disabled": el.get("disabled") is not None or (el.get("aria-disabled") or "").lower() == "true",
            "in_text": in_text,
            "text_before": round(min(max(first / total, 0.0), 1.0), 4) if first is not None else 0.0,
        }
        label = el.get("data-cl-role")
        if label:
            element["label_role"] = label
        return element

    def _text_carrier(self, el):
        """The first visible element inside `el` that holds text itself."""
        for node in el.iter():
            if not isinstance(node.tag, str) or node.tag in SKIP_TAGS:
                continue
            if node.text and node.text.strip() and not self.hidden_below(node, el.getparent()):
                return node
        return el

    def _first_offset(self, el, offsets):
        for node in el.iter():
            if node in offsets:
                return offsets[node]
        for node in el.iterancestors():
            if node in offsets:
                return offsets[node]
        return None

    def _accessible_name(self, el, text: str, is_toggle: bool) -> str:
        label = el.get("aria-label")
        if label and label.strip():
            return clean_text(label)
        labelled = el.get("aria-labelledby")
        if labelled:
            parts = []
            for ident in labelled.split()[:5]:
                found = self.root.xpath("//*[@id=$i]", i=ident)
                if found:
                    parts.append(self.text_of(found[0], spoken=True))
            if any(parts):
                return clean_text(" ".join(parts))
        if is_toggle:
            # a label names its control also with the text only screen readers get
            ident = el.get("id")
            if ident:
                found = self.root.xpath("//label[@for=$i]", i=ident)
                if found and self.text_of(found[0], spoken=True):
                    return self.text_of(found[0], spoken=True)
            for anc in el.iterancestors():
                if anc.tag == "label" and self.text_of(anc, spoken=True):
                    return self.text_of(anc, spoken=True)
                anc_text = self.text_of(anc)
                if anc_text:
                    return anc_text[:120]
                if anc.tag in ("li", "tr", "fieldset", "section"):
                    break
        if text:
            return text
        for attr in ("title", "alt", "value"):
            if el.get(attr):
                return clean_text(el.get(attr))
        img = next((i for i in el.iter("img") if i.get("alt")), None)
        return clean_text(img.get("alt")) if img is not None else ""

    def _checked(self, el):
        for attr in ("aria-checked", "aria-pressed"):
            value = el.get(attr)
            if value is not None:
                return value.lower() == "true"
        return el.get("checked") is not None

    def _in_text(self, el, text: str) -> bool:
        """Inside running text: the inline text around it has 12+ other words."""
        own_words = len(_WORDS.findall(text))
        for anc in el.iterancestors():
            if not isinstance(anc.tag, str):
                continue
            if self._is_inline(anc):
                continue
            return len(_WORDS.findall(self._inline_text(anc))) - own_words >= 12
        return False

    def _is_inline(self, el) -> bool:
        display = str(self.css.computed(el).get("display", "inline"))
        return display in ("inline", "contents") or (display.startswith("inline") and el.tag in ("span", "a", "b", "strong", "em", "i", "u", "small", "label", "font", "mark", "abbr"))

    def _inline_text(self, block) -> str:
        """Text of a block that is not inside nested block-level elements."""
        parts: list = []

        def walk(node):
            if node.text:
                parts.append(node.text)
            for child in node:
                if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and self._is_inline(child) \
                        and not self.own_hidden(child):
                    walk(child)
                if child.tail:
                    parts.append(child.tail)

        walk(block)
        return " ".join(parts)

    def effective_background(self, el):
        layers = []
        node = el
        while node is not None:
            if isinstance(node.tag, str):
                colour = parse_colour(str(self.css.computed(node).get("background-color", "transparent")))
                if colour is not None and colour[3] > 0:
                    layers.append(colour)
                    if colour[3] >= 0.99:
                        break
            node = node.getparent()
        result = (1.0, 1.0, 1.0, 1.0)
        for colour in reversed(layers):
            result = _blend(colour, result)
        return result

    def _own_background(self, el, dialog_bg) -> bool:
        colour = parse_colour(str(self.css.computed(el).get("background-color", "transparent")))
        if colour is None or colour[3] < 0.1:
            # a background painted by a child that fills the button (span inside a div role=button)
            children = [c for c in el if isinstance(c.tag, str)]
            if len(children) == 1 and children[0].tag in ("span", "div"):
                colour = parse_colour(str(self.css.computed(children[0]).get("background-color", "transparent")))
                if colour is None or colour[3] < 0.1:
                    return False
            else:
                return False
        painted = _blend(colour, dialog_bg)
        return _distance(painted, dialog_bg) > 0.06

    def _has_border(self, el) -> bool:
        style = self.css.computed(el)
        border_style = str(style.get("border-style", "none")).split()[0] if style.get("border-style") else "none"
        if border_style in ("none", "hidden"):
            return False
        width = str(style.get("border-width", "medium")).split()[0]
        px = {"thin": 1.0, "medium": 3.0, "thick": 5.0}.get(width)
        if px is None:
            px = self.css.length(width, float(style.get("font-size", 16))) or 0.0
        if px < 0.5:
            return False
        colour = parse_colour(str(style.get("border-color", "")), style.get("color"))
        return colour is None or colour[3] > 0.1

    def _element_box(self, el, text, style, fs, dialog_box, offsets, total, is_toggle) -> dict:
        length = self.css.length
        pad = {side: (length(style.get(f"padding-{side}"), fs, percent_of=dialog_box["w"]) or 0.0)
               for side in ("top", "right", "bottom", "left")}
        border = 2.0 if self._has_border(el) else 0.0
        upper = str(style.get("text-transform", "")) == "uppercase"
        char_w = fs * (0.62 if upper else 0.52)
        text_w = min(len(text), 60) * char_w
        width = length(style.get("width"), fs, percent_of=dialog_box["w"] - 32)
        min_width = length(style.get("min-width"), fs, percent_of=dialog_box["w"] - 32) or 0.0
        display = str(style.get("display", "inline"))
        if is_toggle:
            w = width or 36.0
            h = length(style.get("height"), fs) or 20.0
        else:
            w = width if width is not None else text_w + pad["left"] + pad["right"] + border
            if width is None and (display in ("block", "flex", "grid") and el.tag in ("button", "a", "div")
                                  and str(style.get("flex", "")) not in ("", "none", "0")):
                w = max(w, (dialog_box["w"] - 64) / 2)
            if str(style.get("flex", "")).startswith("1") or str(style.get("flex-grow", "0")) not in ("0", ""):
                w = max(w, (dialog_box["w"] - 64) / 3)
            w = max(w, min_width)
            lines = max(1, int(text_w // max(w - pad["left"] - pad["right"], 40)) + 1) if len(text) > 40 else 1
            line_h = length(style.get("line-height"), fs, percent_of=fs) if style.get("line-height") not in (None, "normal") else None
            if line_h is not None and line_h < 4:  # a unitless multiplier
                line_h *= fs
            h = length(style.get("height"), fs) or (lines * (line_h or fs * 1.25) + pad["top"] + pad["bottom"] + border)
            h = max(h, length(style.get("min-height"), fs) or 0.0)
        first = offsets.get(el, 0)
        y = dialog_box["y"] + dialog_box["h"] * min(first / total, 1.0)
        return {"x": round(dialog_box["x"], 1), "y": round(y, 1), "w": round(max(w, 0.0), 1), "h": round(max(h, 0.0), 1)}

    def _dialog_box(self, dialog) -> dict:
        style = self.css.computed(dialog)
        fs = float(style.get("font-size", 16))
        length = self.css.length
        vw, vh = VIEWPORT_WIDTH, VIEWPORT_HEIGHT
        node, width, max_width = dialog, None, None
        for _ in range(4):
            if node is None or not isinstance(node.tag, str):
                break
            s = self.css.computed(node)
            width = width if width is not None else length(s.get("width"), fs, percent_of=vw)
            max_width = max_width if max_width is not None else length(s.get("max-width"), fs, percent_of=vw)
            if width is not None:
                break
            node = node.getparent()
        left = length(style.get("left"), fs, percent_of=vw)
        right = length(style.get("right"), fs, percent_of=vw)
        if width is None and left is not None and right is not None:
            width = vw - left - right
        if width is None:
            width = max_width if max_width is not None else (vw if self._position(dialog) in ("fixed", "sticky") and not (left or right) else 560.0)
        if max_width is not None:
            width = min(width, max_width)
        width = max(min(width, vw), 120.0)
        text = self.text_of(dialog)
        buttons = sum(1 for _ in self._interactive_in(dialog))
        chars_per_line = max(width / (fs * 0.5), 20)
        height = length(style.get("height"), fs, percent_of=vh)
        if height is None:
            height = (len(text) / chars_per_line) * fs * 1.5 + min(buttons, 8) * 22 + 48
        height = max(min(height, vh), 40.0)
        top = length(style.get("top"), fs, percent_of=vh)
        bottom = length(style.get("bottom"), fs, percent_of=vh)
        if top is not None:
            y = top
        elif bottom is not None:
            y = vh - bottom - height
        else:
            y = (vh - height) / 2
        x = left if left is not None else (vw - width) / 2
        return {"x": round(max(x, 0), 1), "y": round(max(y, 0), 1), "w": round(width, 1), "h": round(height, 1)}

    def _position(self, dialog) -> str:
        """Position of the dialog or its nearest positioned ancestor; for a
        static dialog, that of the fixed or sticky layer inside that draws it."""
        own = self._own_position(dialog)
        frame = self._layer(dialog)["frame"] if own == "static" else None
        return self._css_position(frame) if frame is not None else own

    def _own_position(self, dialog) -> str:
        node = dialog
        while node is not None and node is not self.body:
            if isinstance(node.tag, str):
                pos = self._css_position(node)
                if pos in ("fixed", "sticky", "absolute"):
                    return pos
            node = node.getparent()
        return "static"

    def _css_position(self, el) -> str:
        return str(self.css.computed(el).get("position", "static")).lower()

    # -- the layer that draws the dialog ---------------------------------------

    def _layer(self, dialog) -> dict:
        """How the dialog element relates to what the user sees. Consent
        platforms may put role=dialog on a container that is not the layer:
        Borlabs' static #BorlabsCookieBox holds a fixed, full-screen shade that
        holds the box. Followed down through the one child that holds all of
        the content (text or controls), at most LAYER_DEPTH levels:
        path: those children, outermost first; beside: the content-free
        children met on the way (an empty shade next to the box); frame: the
        first fixed or sticky element of the path; box: the box the user reads
        when the dialog element is only a layer, from the frame down (a dialog
        that nothing places) or from the dialog down (a full-viewport dialog):
        the first element that paints a background and is not a full-viewport
        layer, else the last one. The same rules as dialogLayer in
        extension/content/snapshot.js."""
        cached = self._layers.get(dialog)
        if cached is not None:
            return cached
        path, beside = [], []
        node = dialog
        for _ in range(LAYER_DEPTH):
            if (node.text or "").strip() or any((c.tail or "").strip() for c in node):
                break  # text of its own beside the children
            holders = []
            for child in node:
                if not isinstance(child.tag, str) or (child.tag in SKIP_TAGS and not child.get("shadowrootmode")) \
                        or self.hidden(child):
                    continue
                (holders if self._holds_content(child) else beside).append(child)
            if len(holders) != 1:
                break
            node = holders[0]
            path.append(node)
        frame = next((n for n in path if self._css_position(n) in ("fixed", "sticky")), None)
        if frame is not None and self._own_position(dialog) == "static":
            below = path[path.index(frame):]
        elif self._covers_viewport(dialog):
            below = [dialog] + path
        else:
            below = []
        box = next((n for n in below if self._paints(n) and not self._covers_viewport(n)), below[-1] if below else None)
        layer = {"path": path, "beside": beside, "frame": frame, "box": box}
        self._layers[dialog] = layer
        return layer

    def _holds_content(self, el) -> bool:
        return bool(self.text_of(el)) or self._is_interactive(el) or next(self._interactive_in(el), None) is not None

    def _paints(self, el) -> bool:
        colour = parse_colour(str(self.css.computed(el).get("background-color", "transparent")))
        return colour is not None and colour[3] > 0.05

    def _box_element(self, dialog):
        """The element whose box is the dialog's: the dialog, or the box the
        user reads when the dialog element is only a layer (see _layer)."""
        box = self._layer(dialog)["box"]
        return box if box is not None else dialog

    def _z_index(self, dialog) -> float:
        best = 0.0
        node = dialog
        while node is not None:
            if isinstance(node.tag, str):
                try:
                    best = max(best, float(str(self.css.computed(node).get("z-index", "0"))))
                except ValueError:
                    pass
            node = node.getparent()
        return min(best, 2**31)

    def _overlay(self, dialog, box) -> tuple:
        coverage = (box["w"] * box["h"]) / (VIEWPORT_WIDTH * VIEWPORT_HEIGHT)
        backdrop = False
        chain = [dialog] + [a for a in dialog.iterancestors() if a is not self.body and a.tag != "html"]
        siblings = []
        for node in chain:
            parent = node.getparent()
            if parent is not None:
                siblings.extend(s for s in parent if s is not node and isinstance(s.tag, str))
        layer = self._layer(dialog)  # a shade can also sit inside the dialog element
        for node in chain + siblings[:60] + layer["path"] + layer["beside"]:
            if not isinstance(node.tag, str) or node.tag in SKIP_TAGS or self.hidden(node):
                continue
            if self._covers_viewport(node):
                colour = parse_colour(str(self.css.computed(node).get("background-color", "transparent")))
                blur = "blur" in str(self.css.computed(node).get("backdrop-filter", ""))
                if (colour is not None and colour[3] >= 0.2) or blur:
                    backdrop = True
                    coverage = 1.0
        return min(coverage, 1.0), backdrop

    def _covers_viewport(self, node) -> bool:
        style = self.css.computed(node)
        if str(style.get("position", "")) not in ("fixed", "absolute"):
            return False
        fs = float(style.get("font-size", 16))
        length = self.css.length
        w = length(style.get("width"), fs, percent_of=VIEWPORT_WIDTH)
        h = length(style.get("height"), fs, percent_of=VIEWPORT_HEIGHT)
        sides = [length(style.get(s), fs, percent_of=VIEWPORT_WIDTH) for s in ("top", "right", "bottom", "left")]
        if all(s is not None and s <= 8 for s in sides):
            return True
        wide = (w is not None and w >= 0.9 * VIEWPORT_WIDTH) or (sides[1] is not None and sides[3] is not None and sides[1] <= 8 and sides[3] <= 8)
        tall = (h is not None and h >= 0.9 * VIEWPORT_HEIGHT) or (sides[0] is not None and sides[2] is not None and sides[0] <= 8 and sides[2] <= 8)
        return wide and tall

    def _outside_text_chars(self, dialog) -> int:
        """Non-blank characters of visible text outside the dialog, up to
        OUTSIDE_TEXT_CAP: 0 when the screen is the whole page. Shadow roots
        are not entered (nor are they by the browser's tree walk). Mirrors
        outsideTextChars in extension/content/snapshot.js."""
        count = 0
        stack = [self.body]
        while stack and count < OUTSIDE_TEXT_CAP:
            node = stack.pop()
            if isinstance(node, str):  # a tail, queued after its element's subtree
                count += len(_WS.sub("", node))
                continue
            if not isinstance(node.tag, str):
                if node.tail:
                    stack.append(node.tail)
                continue
            if node.tail:
                stack.append(node.tail)
            if node is dialog or node.tag in OUTSIDE_SKIP_TAGS or self.hides_subtree(node):
                continue
            if node.text:
                count += len(_WS.sub("", node.text))
            stack.extend(reversed(node))
        return min(count, OUTSIDE_TEXT_CAP)

    def _scroll_locked(self) -> bool:
        for node in (self.root, self.body):
            if node is None or not isinstance(node.tag, str):
                continue
            style = self.css.computed(node)
            if "hidden" in str(style.get("overflow-y", "")) or "clip" in str(style.get("overflow-y", "")):
                return True
            if vocab.SCROLL_LOCK_CLASS.search(node.get("class") or ""):
                return True
        return False

    def _cmp(self, dialog):
        node = dialog
        for _ in range(CMP_DEPTH):
            if node is None or not isinstance(node.tag, str):
                break
            names = " ".join([node.tag] + [f"#{i}" for i in (node.get("id") or "").split()[:1]]
                             + [f".{c}" for c in (node.get("class") or "").split()])
            for name, marker in CMP_MARKERS:
                if marker.search(names):
                    return name
            node = node.getparent()
        return None

    def _sanitised_html(self, dialog) -> str:
        clone = copy.deepcopy(dialog)
        clone.tail = None
        for el in list(clone.iter()):
            if not isinstance(el.tag, str):
                continue
            if el.tag in DROP_FROM_HTML:
                parent = el.getparent()
                if parent is not None:
                    parent.remove(el)
                continue
            for attr in list(el.attrib):
                low = attr.lower()
                value = el.attrib[attr]
                if low.startswith("on") or low.startswith("data-cl-") or low in ("value", "srcdoc", "formaction", "action"):
                    del el.attrib[attr]
                elif low in ("href", "src", "xlink:href", "poster") and value.strip().lower().startswith(("javascript:", "data:text", "vbscript:")):
                    el.attrib[attr] = "#"
        html = lxml.html.tostring(clone, encoding="unicode")
        return vocab.mask(html)[:MAX_DIALOG_HTML]


def _strip_query(url: str) -> str:
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme in ("http", "https"):
        return f"{parts.scheme}://{parts.netloc}{parts.path}"[:4096]
    return url[:4096] if parts.scheme in ("file", "") else ""


def _href_kind(href, page_url: str) -> str:
    if href is None:
        return "none"
    href = href.strip()
    if not href or href.startswith("#"):
        return "same-page"
    if href.lower().startswith(("javascript:", "vbscript:")):
        return "script"
    try:
        target = urlsplit(href)
        base = urlsplit(page_url) if page_url else None
    except ValueError:
        return "external"
    if not target.netloc:
        return "internal"
    if base is not None and base.netloc and _site(target.netloc) == _site(base.netloc):
        return "internal"
    return "external"


def _site(netloc: str) -> str:
    host = netloc.lower().split(":")[0]
    parts = host.split(".")
    return ".".join(parts[-2:])


def _blend(top, bottom):
    alpha = top[3]
    return tuple(top[i] * alpha + bottom[i] * (1 - alpha) for i in range(3)) + (1.0,)


def _distance(a, b) -> float:
    return max(abs(a[i] - b[i]) for i in range(3))


def _hex(colour) -> str:
    if colour is None:
        return None
    return "#" + "".join(f"{max(0, min(255, round(c * 255))):02x}" for c in colour[:3])
