"""A small CSS cascade for saved pages: enough to measure a consent dialog.

A saved HTML page has no layout engine behind it, so the static converter
asks this module what the browser would have computed for the few properties
that decide how prominent an element is: display, visibility, opacity,
position, z-index, font size and weight, colours, borders, padding, width,
height, underline and overflow. It applies `<style>` sheets (with `@media`
rules evaluated at a desktop viewport), inline styles, specificity,
`!important`, inheritance and custom properties (`var()`), and keeps the
style scopes of declarative shadow roots (`<template shadowrootmode>`) apart.

Hostile input is bounded: at most MAX_SELECTORS selectors and
MAX_DECLARATIONS declarations are read, and `var()` chains stop at depth 8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tinycss2
from cssselect import HTMLTranslator, SelectorError, parse as parse_selector
from lxml import etree
from tinycss2 import color3

MAX_SELECTORS = 6000
MAX_DECLARATIONS = 40000
VIEWPORT_WIDTH = 1280
VIEWPORT_HEIGHT = 800
ROOT_FONT_SIZE = 16.0

INHERITED = {
    "color", "font-size", "font-weight", "visibility", "line-height",
    "text-transform", "font-style", "cursor",
}

# What a browser's default style sheet would give (only what we measure).
UA_STYLES = {
    "button": {"background-color": "#efefef", "border-style": "solid", "border-width": "2px",
               "border-color": "#767676", "padding-top": "1px", "padding-bottom": "1px",
               "padding-left": "6px", "padding-right": "6px", "font-size": "13.333px",
               "display": "inline-block", "color": "#000000"},
    "input": {"background-color": "#efefef", "border-style": "solid", "border-width": "2px",
              "border-color": "#767676", "font-size": "13.333px", "display": "inline-block",
              "padding-left": "6px", "padding-right": "6px", "color": "#000000"},
    "select": {"font-size": "13.333px", "display": "inline-block", "border-style": "solid",
               "border-width": "1px", "border-color": "#767676"},
    "a": {"color": "#0000ee", "text-decoration-line": "underline", "display": "inline"},
    "b": {"font-weight": "700"}, "strong": {"font-weight": "700"},
    "h1": {"font-size": "2em", "font-weight": "700", "display": "block"},
    "h2": {"font-size": "1.5em", "font-weight": "700", "display": "block"},
    "h3": {"font-size": "1.17em", "font-weight": "700", "display": "block"},
    "h4": {"font-weight": "700", "display": "block"},
    "h5": {"font-size": "0.83em", "font-weight": "700", "display": "block"},
    "h6": {"font-size": "0.67em", "font-weight": "700", "display": "block"},
    "small": {"font-size": "smaller"}, "sub": {"font-size": "smaller"}, "sup": {"font-size": "smaller"},
    "u": {"text-decoration-line": "underline"}, "ins": {"text-decoration-line": "underline"},
    "th": {"font-weight": "700"},
    "summary": {"display": "block"},
    "dialog": {"position": "absolute", "background-color": "#ffffff", "display": "none",
               "padding-top": "1em", "padding-bottom": "1em"},
    "head": {"display": "none"}, "script": {"display": "none"}, "style": {"display": "none"},
    "noscript": {"display": "none"}, "template": {"display": "none"}, "title": {"display": "none"},
    "meta": {"display": "none"}, "link": {"display": "none"},
}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "ul", "summary", "td", "th", "tr",
}

FONT_KEYWORDS = {
    "xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
    "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0,
}
WEIGHT_KEYWORDS = {"normal": 400, "bold": 700, "lighter": 300, "bolder": 700}
_NUMBER_UNIT = re.compile(r"(-?\d*\.?\d+)(px|em|rem|%|pt|vw|vh|vmin|vmax|ch|ex)?", re.I)
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)")
_TRANSLATOR = HTMLTranslator()


def _is_template_root(el) -> bool:
    return el.tag == "template" and el.get("shadowrootmode") is not None


@dataclass(frozen=True)
class _Rule:
    xpath: etree.XPath
    specificity: tuple
    order: int
    declarations: tuple  # of (name, value, important)


class StyleResolver:
    """Computed styles for elements of one lxml document."""

    def __init__(self, root, viewport_width: int = VIEWPORT_WIDTH):
        self.root = root
        self.viewport_width = viewport_width
        self._cascaded: dict = {}
        self._computed: dict = {}
        self._selectors = 0
        self._declarations = 0
        self._collect()

    # -- cascade -----------------------------------------------------------

    def _collect(self) -> None:
        order = 0
        matched: dict = {}
        for style_el in self.root.iter("style"):
            scope = self._scope_of(style_el)
            css = style_el.text or ""
            if not css.strip():
                continue
            for rule in self._rules(css, order):
                order = rule.order + 1
                try:
                    hits = rule.xpath(scope)
                except etree.XPathError:
                    continue
                for el in hits:
                    if not isinstance(el.tag, str):
                        continue
                    if scope is self.root and self._in_shadow(el):
                        continue
                    matched.setdefault(el, []).append(rule)
        for el, rules in matched.items():
            rules.sort(key=lambda r: (r.specificity, r.order))
            self._cascaded[el] = rules

    def _scope_of(self, style_el):
        for anc in style_el.iterancestors():
            if _is_template_root(anc):
                return anc
        return self.root

    @staticmethod
    def _in_shadow(el) -> bool:
        return any(_is_template_root(a) for a in el.iterancestors())

    def _rules(self, css: str, order: int):
        rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
        yield from self._walk_rules(rules, order)

    def _walk_rules(self, rules, order):
        for rule in rules:
            if self._selectors >= MAX_SELECTORS or self._declarations >= MAX_DECLARATIONS:
                return
            if rule.type == "at-rule":
                keyword = rule.lower_at_keyword
                if keyword in ("media", "supports", "layer", "container") and rule.content is not None:
                    if keyword == "media" and not self._media_applies(tinycss2.serialize(rule.prelude)):
                        continue
                    inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
                    for r in self._walk_rules(inner, order):
                        order = r.order + 1
                        yield r
                continue
            if rule.type != "qualified-rule":
                continue
            declarations = tuple(self._declarations_of(rule.content))
            if not declarations:
                continue
            prelude = tinycss2.serialize(rule.prelude).strip()
            for selector_text in _split_selectors(prelude):
                compiled = self._compile(selector_text)
                if compiled is None:
                    continue
                xpath, specificity = compiled
                self._selectors += 1
                yield _Rule(xpath, specificity, order, declarations)
                order += 1

    def _declarations_of(self, tokens):
        for decl in tinycss2.parse_declaration_list(tokens, skip_comments=True, skip_whitespace=True):
            if decl.type != "declaration":
                continue
            self._declarations += 1
            if self._declarations > MAX_DECLARATIONS:
                return
            value = tinycss2.serialize(decl.value).strip()
            name = decl.name if decl.name.startswith("--") else decl.lower_name
            yield from _expand(name, value, decl.important)

    def _media_applies(self, query: str) -> bool:
        q = query.lower()
        if "print" in q and "screen" not in q:
            return False
        for kind, value, unit in re.findall(r"(min|max)-width\s*:\s*([\d.]+)(px|em|rem)?", q):
            px = float(value) * (ROOT_FONT_SIZE if unit in ("em", "rem") else 1.0)
            if kind == "min" and self.viewport_width < px:
                return False
            if kind == "max" and self.viewport_width > px:
                return False
        if "prefers-color-scheme: dark" in q.replace("  ", " "):
            return False
        return True

    @staticmethod
    def _compile(selector_text: str):
        if "::" in selector_text or ":before" in selector_text or ":after" in selector_text:
            return None
        if ":host" in selector_text:
            return None
        try:
            parsed = parse_selector(selector_text)
            if len(parsed) != 1:
                return None
            xpath = _TRANSLATOR.selector_to_xpath(parsed[0])
            return etree.XPath(xpath), parsed[0].specificity()
        except (SelectorError, etree.XPathSyntaxError, NotImplementedError, ValueError, TypeError):
            return None

    # -- computed values -----------------------------------------------------

    def declared(self, el) -> dict:
        """Cascaded (not inherited) declarations of an element, as raw strings."""
        tag = el.tag if isinstance(el.tag, str) else ""
        values: dict = dict(UA_STYLES.get(tag, {}))
        if tag in BLOCK_TAGS and "display" not in values:
            values["display"] = "block"
        if tag == "input" and (el.get("type") or "").lower() in ("checkbox", "radio", "hidden"):
            values.pop("background-color", None)
        if tag == "template" and el.get("shadowrootmode") is not None:
            values["display"] = "contents"
        if tag == "dialog" and el.get("open") is not None:
            values["display"] = "block"
        if tag == "a" and el.get("href") is None:
            values.pop("color", None)
            values.pop("text-decoration-line", None)
        important: dict = {}
        for rule in self._cascaded.get(el, ()):
            for name, value, imp in rule.declarations:
                (important if imp else values)[name] = value
        inline = el.get("style")
        if inline:
            for name, value, imp in _parse_inline(inline):
                if imp:
                    important[name] = value
                elif name not in important:
                    values[name] = value
        values.update(important)
        if el.get("hidden") is not None and "display" not in important:
            values["display"] = "none"
        return values

    def computed(self, el) -> dict:
        cached = self._computed.get(el)
        if cached is not None:
            return cached
        parent = _parent(el)
        parent_style = self.computed(parent) if parent is not None else _ROOT_STYLE
        declared = self.declared(el)
        style: dict = {}
        # custom properties inherit as they are
        for name, value in parent_style.items():
            if name.startswith("--"):
                style[name] = value
        for name, value in declared.items():
            if name.startswith("--"):
                style[name] = value
        for name in INHERITED:
            style[name] = parent_style.get(name)
        style["text-decoration-line"] = parent_style.get("text-decoration-line", "none")
        style["opacity"] = parent_style.get("opacity", 1.0)
        style["parent_font_size"] = parent_style["font-size"]
        for name, raw in declared.items():
            if name.startswith("--"):
                continue
            value = self._resolve_vars(raw, style)
            if value in ("inherit", "unset") and name in INHERITED:
                continue
            if value == "inherit":
                style[name] = parent_style.get(name)
                continue
            if value in ("initial", "unset", "revert"):
                style.pop(name, None)
                continue
            if name == "font-size":
                style[name] = self._font_size(value, parent_style["font-size"])
            elif name == "font-weight":
                style[name] = _font_weight(value, parent_style["font-weight"])
            elif name == "opacity":
                style[name] = parent_style.get("opacity", 1.0) * _number(value, 1.0)
            elif name == "text-decoration-line":
                if "underline" in value:
                    style[name] = "underline"
                elif "none" in value and parent_style.get("text-decoration-line") != "underline":
                    style[name] = "none"
                elif "none" in value:
                    style[name] = "none"
            elif name in ("color",):
                rgba = parse_colour(value, parent_style.get("color"))
                if rgba is not None:
                    style[name] = rgba
            else:
                style[name] = value
        self._computed[el] = style
        return style

    def _resolve_vars(self, value: str, style: dict, depth: int = 0) -> str:
        if "var(" not in value or depth > 8:
            return value

        def substitute(match):
            name, fallback = match.group(1), match.group(2)
            found = style.get(name)
            if found is None:
                return fallback.strip() if fallback else ""
            return self._resolve_vars(str(found), style, depth + 1)

        return self._resolve_vars(_VAR.sub(substitute, value), style, depth + 1)

    def _font_size(self, value: str, parent: float) -> float:
        value = value.strip().lower()
        if value in FONT_KEYWORDS:
            return FONT_KEYWORDS[value]
        if value == "smaller":
            return parent / 1.2
        if value == "larger":
            return parent * 1.2
        px = self.length(value, parent, percent_of=parent)
        return max(px, 0.0) if px is not None else parent

    def length(self, value: str | None, font_size: float, percent_of: float | None = None):
        """A CSS length in px, or None when it cannot be known statically."""
        if value is None:
            return None
        value = value.strip().lower()
        if value in ("0", "0px"):
            return 0.0
        if value.startswith(("calc(", "clamp(", "min(", "max(")):
            numbers = [self.length(m.group(0), font_size, percent_of)
                       for m in _NUMBER_UNIT.finditer(value)]
            numbers = [n for n in numbers if n is not None]
            if not numbers:
                return None
            if value.startswith("min("):
                return min(numbers)
            if value.startswith("max("):
                return max(numbers)
            if value.startswith("clamp(") and len(numbers) >= 3:
                return numbers[1] if numbers[0] <= numbers[1] <= numbers[2] else numbers[0]
            return numbers[-1] if value.startswith("clamp(") else numbers[0]
        match = _NUMBER_UNIT.fullmatch(value)
        if not match:
            return None
        number, unit = float(match.group(1)), (match.group(2) or "").lower()
        if unit in ("px", ""):
            return number
        if unit == "em":
            return number * font_size
        if unit == "rem":
            return number * ROOT_FONT_SIZE
        if unit == "pt":
            return number * 4 / 3
        if unit == "vw":
            return number * self.viewport_width / 100
        if unit == "vh":
            return number * VIEWPORT_HEIGHT / 100
        if unit in ("vmin", "vmax"):
            return number * (VIEWPORT_HEIGHT if unit == "vmin" else self.viewport_width) / 100
        if unit in ("ch", "ex"):
            return number * font_size * 0.5
        if unit == "%":
            return number * percent_of / 100 if percent_of is not None else None
        return None


_ROOT_STYLE = {
    "color": (0.0, 0.0, 0.0, 1.0), "font-size": ROOT_FONT_SIZE, "font-weight": 400,
    "visibility": "visible", "line-height": None, "text-transform": None, "font-style": None,
    "cursor": None, "text-decoration-line": "none", "opacity": 1.0,
}


def _parent(el):
    parent = el.getparent()
    while parent is not None and not isinstance(parent.tag, str):
        parent = parent.getparent()
    return parent


def _split_selectors(prelude: str):
    depth, start = 0, 0
    for i, ch in enumerate(prelude):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            yield prelude[start:i].strip()
            start = i + 1
    last = prelude[start:].strip()
    if last:
        yield last


def _parse_inline(style: str):
    if len(style) > 20000:
        style = style[:20000]
    try:
        decls = tinycss2.parse_blocks_contents(style, skip_comments=True, skip_whitespace=True)
    except Exception:  # tinycss2 never raises on text, this guards odd inputs
        return
    for decl in decls:
        if decl.type != "declaration":
            continue
        value = tinycss2.serialize(decl.value).strip()
        name = decl.name if decl.name.startswith("--") else decl.lower_name
        yield from _expand(name, value, decl.important)


_SIDES = ("top", "right", "bottom", "left")


def _expand(name: str, value: str, important: bool):
    """Expand the shorthands we measure into longhands."""
    if name in ("padding", "margin"):
        parts = _split_top_level(value)
        if 1 <= len(parts) <= 4:
            top = parts[0]
            right = parts[1] if len(parts) > 1 else top
            bottom = parts[2] if len(parts) > 2 else top
            left = parts[3] if len(parts) > 3 else right
            for side, part in zip(_SIDES, (top, right, bottom, left)):
                yield f"{name}-{side}", part, important
        return
    if name == "padding-inline" or name == "padding-block":
        parts = _split_top_level(value) or [value]
        sides = ("left", "right") if name.endswith("inline") else ("top", "bottom")
        yield f"padding-{sides[0]}", parts[0], important
        yield f"padding-{sides[1]}", parts[-1], important
        return
    if name == "background":
        colour = _colour_in(value)
        yield "background-color", colour or ("transparent" if "none" in value or "url(" in value else value), important
        return
    if name in ("border", "border-top", "border-bottom", "border-left", "border-right"):
        if value.strip().lower() in ("none", "0", "0px", "hidden"):
            yield "border-width", "0", important
            return
        width = "medium"
        style = None
        for part in _split_top_level(value):
            low = part.lower()
            if low in ("solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset"):
                style = low
            elif low in ("none", "hidden"):
                style = "none"
            elif _NUMBER_UNIT.fullmatch(low) or low in ("thin", "medium", "thick"):
                width = low
        colour = _colour_in(value)
        if name == "border" or style is not None:
            yield "border-style", style or "none", important
            yield "border-width", width, important
            if colour:
                yield "border-color", colour, important
        return
    if name == "text-decoration":
        yield "text-decoration-line", value, important
        return
    if name == "font":
        parts = _split_top_level(value.split("/")[0])
        for part in parts:
            low = part.lower()
            if low in WEIGHT_KEYWORDS or re.fullmatch(r"[1-9]00", low):
                yield "font-weight", low, important
            elif _NUMBER_UNIT.fullmatch(low) and not re.fullmatch(r"\d+", low):
                yield "font-size", low, important
            elif low in FONT_KEYWORDS:
                yield "font-size", low, important
        return
    if name == "inset":
        parts = _split_top_level(value)
        if parts:
            for side, part in zip(_SIDES, (parts * 4)[:4]):
                yield side, part, important
        return
    if name == "overflow":
        yield "overflow-y", value.split()[-1] if value.split() else value, important
        yield "overflow-x", value.split()[0] if value.split() else value, important
        return
    yield name, value, important


def _split_top_level(value: str) -> list:
    parts, depth, current = [], 0, []
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch.isspace() and depth == 0:
            if current:
                parts.append("".join(current))
                current = []
        else:
            current.append(ch)
    if current:
        parts.append("".join(current))
    return parts


_COLOUR_TOKEN = re.compile(r"#[0-9a-fA-F]{3,8}\b|(?:rgba?|hsla?)\([^)]*\)|\b[a-zA-Z]+\b")


def _colour_in(value: str):
    for match in _COLOUR_TOKEN.finditer(value):
        token = match.group(0)
        if token.lower() in ("linear", "radial", "url", "none", "no", "repeat", "center", "top",
                             "bottom", "left", "right", "fixed", "scroll", "cover", "contain"):
            continue
        if parse_colour(token) is not None:
            return token
    return None


def parse_colour(value, current=None):
    """RGBA tuple (0..1 floats) or None when the value is not a colour."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return value
    value = value.strip()
    if value.lower() == "currentcolor":
        return current
    try:
        parsed = color3.parse_color(value)
    except Exception:
        return None
    if parsed is None:
        return None
    if parsed == "currentColor":
        return current
    return (parsed.red, parsed.green, parsed.blue, parsed.alpha)


def _number(value: str, default: float) -> float:
    value = value.strip()
    try:
        if value.endswith("%"):
            return max(0.0, min(1.0, float(value[:-1]) / 100))
        return max(0.0, min(1.0, float(value)))
    except ValueError:
        return default


def _font_weight(value: str, parent: float) -> float:
    value = value.strip().lower()
    if value == "bolder":
        return 700 if parent < 600 else 900
    if value == "lighter":
        return 100 if parent < 600 else 400
    if value in WEIGHT_KEYWORDS:
        return WEIGHT_KEYWORDS[value]
    try:
        return max(1.0, min(1000.0, float(value)))
    except ValueError:
        return parent
