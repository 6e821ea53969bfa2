"""A snapshot's dialog markup made safe to look at, with its elements numbered.

The labelling page shows `dialog.html` in an iframe with `sandbox=""` (no
scripts, opaque origin, no forms, no navigation of the parent) and `srcdoc`,
whose first element is a CSP of `default-src 'none'; style-src
'unsafe-inline'; img-src data:`. Those two already stop scripts and network.
This module is the third, independent layer, so a mistake in one layer is not
enough: the markup is rebuilt from an allow-list of tags and attributes,
links lose their targets, forms become plain boxes, and CSS keeps only
declarations free of `url()`, `@import`, `@font-face` and other functions
that can fetch.

The preview cannot run scripts, so clicks inside it cannot be mapped to
elements; instead every snapshot element found again in the markup gets
`data-cl-index="<n>"` and a small numbered badge, and the page lists the
elements beside the frame (see docs/LABELLING.md for why).
"""

from __future__ import annotations

import re

import lxml.html
import tinycss2
from lxml import etree

PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

# Dropped with everything inside them.
DROP = {"script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "link", "meta", "base",
        "title", "head", "audio", "video", "source", "track", "canvas", "math", "portal", "param", "xml", "xmp",
        "plaintext", "noembed", "noframes", "foreignobject", "image", "use", "feimage", "animate", "set",
        "animatemotion", "animatetransform", "script", "handler", "listener", "mpath", "a:link"}
ALLOWED = {
    "div", "span", "p", "a", "button", "b", "strong", "i", "em", "u", "small", "s", "sub", "sup", "br", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "label", "input", "select",
    "option", "optgroup", "textarea", "fieldset", "legend", "details", "summary", "section", "article",
    "header", "footer", "nav", "aside", "main", "dialog", "figure", "figcaption", "img", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col", "blockquote", "pre", "code", "abbr",
    "mark", "time", "style", "center", "font", "q", "cite", "del", "ins", "kbd", "var", "wbr", "slot",
    "svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "defs", "lineargradient",
    "radialgradient", "stop", "clippath", "symbol", "text", "tspan",
}
# Replaced by a <div> (keeps the box, loses the behaviour).
AS_DIV = {"form", "body", "html"}
CUSTOM_ELEMENT = re.compile(r"[a-z][a-z0-9]*-[a-z0-9._-]*")
GLOBAL_ATTRIBUTES = {"class", "id", "style", "role", "title", "lang", "dir", "hidden", "alt", "width", "height",
                     "colspan", "rowspan", "type", "checked", "disabled", "selected", "open", "for", "placeholder",
                     "align", "valign", "color", "size", "face", "bgcolor", "border", "cellpadding", "cellspacing",
                     "multiple", "readonly", "span"}
SVG_ATTRIBUTES = {"viewbox", "d", "fill", "stroke", "stroke-width", "cx", "cy", "r", "rx", "ry", "x", "y", "x1",
                  "x2", "y1", "y2", "points", "transform", "fill-rule", "clip-rule", "stroke-linecap",
                  "stroke-linejoin", "opacity", "fill-opacity", "stroke-opacity", "offset", "stop-color",
                  "stop-opacity", "preserveaspectratio", "xmlns", "focusable", "gradientunits",
                  "gradienttransform", "text-anchor", "font-size", "font-weight", "dx", "dy"}
DATA_IMAGE = re.compile(r"data:image/(png|gif|jpe?g|webp|bmp|avif);base64,[a-z0-9+/=\s]*", re.I)
# CSS functions that compute a value; anything else (url, image-set, image, cross-fade, element, paint,
# src, -webkit-image-set, expression ...) could fetch or run something, so its declaration is dropped.
CSS_FUNCTIONS = {
    "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix", "calc", "min",
    "max", "clamp", "var", "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient",
    "repeating-radial-gradient", "repeating-conic-gradient", "-webkit-linear-gradient", "translate",
    "translatex", "translatey", "translatez", "translate3d", "rotate", "rotatex", "rotatey", "rotatez",
    "rotate3d", "scale", "scalex", "scaley", "scalez", "scale3d", "skew", "skewx", "skewy", "matrix",
    "matrix3d", "perspective", "cubic-bezier", "steps", "counter", "counters", "rect", "inset", "circle",
    "ellipse", "polygon", "minmax", "repeat", "fit-content", "blur", "brightness", "contrast", "drop-shadow",
    "grayscale", "hue-rotate", "invert", "opacity", "saturate", "sepia", "attr", "not", "is", "where", "has",
    "nth-child", "nth-of-type", "nth-last-child", "nth-last-of-type", "lang", "dir",
}
BAD_PROPERTIES = {"behavior", "-moz-binding", "src"}
NESTED_AT_RULES = {"media", "supports", "container", "layer", "keyframes", "-webkit-keyframes"}
INTERACTIVE_ROLES = {"button", "link", "checkbox", "switch", "menuitem", "tab"}
TOGGLE_TYPES = {"checkbox", "radio"}


# -- CSS -------------------------------------------------------------------------------

def _tokens_safe(tokens) -> bool:
    for token in tokens:
        kind = token.type
        if kind == "url":
            return False
        if kind == "function":
            if token.lower_name not in CSS_FUNCTIONS or not _tokens_safe(token.arguments):
                return False
        elif kind in ("() block", "[] block", "{} block"):
            if not _tokens_safe(token.content):
                return False
        elif kind == "at-keyword":
            return False
    return True


def _escape_css(text: str) -> str:
    # Markup can never end inside our CSS: "<" becomes the CSS escape \3c .
    return text.replace("<", "\\3c ").replace(">", "\\3e ")


def clean_declarations(text: str) -> str:
    """A style attribute or rule body keeping only declarations that cannot fetch or run anything."""
    out = []
    for item in tinycss2.parse_blocks_contents(text, skip_comments=True, skip_whitespace=True):
        if item.type != "declaration":
            continue
        if item.lower_name in BAD_PROPERTIES or not _tokens_safe(item.value):
            continue
        value = tinycss2.serialize(item.value).strip()
        out.append(f"{item.name}: {value}{' !important' if item.important else ''}")
    return _escape_css("; ".join(out))


def _clean_rules(rules) -> list[str]:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            if not _tokens_safe(rule.prelude):
                continue
            body = clean_declarations(tinycss2.serialize(rule.content))
            out.append(f"{_escape_css(tinycss2.serialize(rule.prelude).strip())} {{{body}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED_AT_RULES and rule.content is not None:
            if not _tokens_safe(rule.prelude):
                continue
            inner = _clean_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
            out.append(f"@{rule.lower_at_keyword} {_escape_css(tinycss2.serialize(rule.prelude).strip())} "
                       f"{{{' '.join(inner)}}}")
    return out


def clean_stylesheet(text: str) -> str:
    """A stylesheet without @import, @font-face, url() or any other way to fetch."""
    rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
    return "\n".join(_clean_rules(rules))


# -- markup ----------------------------------------------------------------------------

def _flatten_shadow_roots(root) -> None:
    """<template shadowrootmode> content becomes ordinary children (one document, one stylesheet)."""
    for template in list(root.iter("template")):
        parent = template.getparent()
        if parent is None:
            continue
        position = parent.index(template)
        content = list(template)
        if template.text and template.text.strip():
            span = etree.Element("span")
            span.text = template.text
            content.insert(0, span)
        for offset, child in enumerate(content):
            parent.insert(position + offset, child)
        template.tail = (template.tail or "")
        _remove(template, keep_tail=True)


def _remove(el, keep_tail: bool = True) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if keep_tail and el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _unwrap(el) -> None:
    """Keep an element's content, drop the element."""
    parent = el.getparent()
    if parent is None:
        return
    position = parent.index(el)
    previous = el.getprevious()
    if el.text:
        if previous is not None:
            previous.tail = (previous.tail or "") + el.text
        else:
            parent.text = (parent.text or "") + el.text
    children = list(el)
    for offset, child in enumerate(children):
        parent.insert(position + offset, child)
    if el.tail:
        last = children[-1] if children else el.getprevious()
        if last is not None and last is not el:
            last.tail = (last.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _clean_attributes(el, tag: str) -> None:
    for name in list(el.attrib):
        low = name.lower()
        value = el.attrib[name]
        keep = (low in GLOBAL_ATTRIBUTES or low.startswith("aria-")
                or (not low.startswith("data-cl-") and re.fullmatch(r"data-[a-z0-9_.-]+", low))
                or (low in SVG_ATTRIBUTES and tag in ALLOWED and tag not in ("img", "a", "input")))
        if tag == "img" and low == "src" and DATA_IMAGE.fullmatch(value.strip()):
            keep = True
        del el.attrib[name]
        if not keep:
            continue
        if low == "style":
            value = clean_declarations(value)
            if not value:
                continue
        if low == "type" and value.strip().lower() in ("image", "file", "password", "hidden"):
            value = "button" if value.strip().lower() == "image" else "text"
        el.set(low, value)


def _clean(root) -> None:
    for el in list(root.iter()):
        if el.getparent() is None and el is not root:
            continue  # already removed with an ancestor
        if not isinstance(el.tag, str):  # comments, processing instructions
            _remove(el)
            continue
        tag = el.tag.lower().split("}")[-1]
        if tag in DROP:
            _remove(el)
            continue
        if tag in AS_DIV:
            el.tag = "div"
            tag = "div"
        elif tag not in ALLOWED:
            if CUSTOM_ELEMENT.fullmatch(tag):
                el.tag = tag
            else:
                _unwrap(el)
                continue
        else:
            el.tag = tag
        if tag == "style":
            el.text = clean_stylesheet("".join(el.itertext()))
            for child in list(el):
                el.remove(child)
            el.attrib.clear()
            continue
        _clean_attributes(el, tag)


# -- numbering the elements -------------------------------------------------------------

def _collapsed(text: str) -> str:
    return " ".join((text or "").split()).lower()


def _is_interactive(el) -> bool:
    tag = el.tag
    role = (el.get("role") or "").lower()
    if role in INTERACTIVE_ROLES:
        return True
    if tag == "input":
        return (el.get("type") or "").lower() in TOGGLE_TYPES | {"submit", "button"}
    return tag in ("button", "a", "select", "summary")


def _candidates(root) -> list:
    """Interactive elements, outermost first in document order, plus toggles nested in them."""
    out = []

    def walk(el, inside: bool):
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if _is_interactive(child) and (not inside or child.tag == "input"):
                out.append(child)
                walk(child, True)
            else:
                walk(child, inside)

    walk(root, False)
    return out


def _matches(el, element: dict) -> bool:
    wanted = _collapsed(element.get("text") or "")
    tag = element.get("tag") or ""
    if not wanted:
        return el.tag == tag or (tag == "input" and el.tag == "input")
    found = _collapsed(el.text_content())
    if not found:
        return False
    return found.startswith(wanted[:30]) or wanted.startswith(found[:30])


def _align(root, elements: list) -> dict:
    """{element index: markup element}: each snapshot element found again, in order."""
    candidates = _candidates(root)
    found, position = {}, 0
    for element in elements:
        for offset in range(position, min(len(candidates), position + 40)):
            if _matches(candidates[offset], element):
                found[element.get("index", len(found))] = candidates[offset]
                position = offset + 1
                break
    return found


def _badge(index: int):
    badge = etree.Element("span")
    badge.set("data-cl-badge", str(index))
    badge.text = str(index)
    return badge


def _number(found: dict) -> None:
    for index, el in found.items():
        el.set("data-cl-index", str(index))
        badge = _badge(index)
        if el.tag in ("input", "select", "textarea", "img", "br", "hr"):
            badge.tail = el.tail
            el.tail = None
            el.addnext(badge)
        else:
            badge.tail = el.text
            el.text = None
            el.insert(0, badge)


# -- entry point ------------------------------------------------------------------------

# Void in HTML, but libxml2 lets them swallow what follows: close them explicitly before parsing.
_LIBXML_UNCLOSED_VOIDS = re.compile(r"<(embed|source|track|keygen|bgsound|image|wbr)\b([^>]*)>", re.I)


def preview(snapshot: dict) -> dict:
    """{"html": safe markup of the dialog with numbered elements, "located": [element indexes found]}."""
    dialog = (snapshot or {}).get("dialog") or {}
    html = dialog.get("html") or ""
    elements = [e for e in (snapshot or {}).get("elements") or [] if isinstance(e, dict)]
    if not isinstance(html, str) or not html.strip():
        return {"html": "", "located": []}
    try:
        html = _LIBXML_UNCLOSED_VOIDS.sub(lambda m: f"<{m.group(1)}{m.group(2)}></{m.group(1)}>", html)
        container = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return {"html": "", "located": []}
    _flatten_shadow_roots(container)
    _clean(container)
    found = _align(container, elements)
    _number(found)
    markup = "".join(lxml.html.tostring(child, encoding="unicode", method="html") for child in container)
    return {"html": (container.text and _escape_text(container.text) or "") + markup, "located": sorted(found)}


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
