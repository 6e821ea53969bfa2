#!/usr/bin/env python3
"""Synthetic consent-banner corpus: whole pages, each with one labelled consent dialog.

    python training_data/generate/banners.py [--seed 7] [--out PATH] [--scale 1.0]

Writes training_data/screens/banners.jsonl.gz (format: training_data/FORMAT.md).
Every record is built from a *configuration* (which patterns it carries, by
construction, following shared/TAXONOMY.md) rendered by one of ~20 design
*families* (the CV group). Families differ in markup and in where their CSS
lives (style block, inline, hashed CSS-in-JS classes, utility classes, custom
properties, @media rules, declarative shadow DOM), so that the classifier has
to learn from roles and prominence, not from one template.

Labels are checked while generating: equal-weight screens must have equal
accept/reject boxes, buried ones a clearly weaker refusal (see _validate).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))  # banner_texts.py and common.py, also when loaded by file path
import banner_texts as T  # noqa: E402
from common import screen_record, write_jsonl_gz  # noqa: E402

EXTERNAL = ROOT / "training_data" / "external"
DEFAULT_OUT = ROOT / "training_data" / "screens" / "banners.jsonl.gz"
SOURCE = "training_data/generate/banners.py"

# --------------------------------------------------------------------------
# Real labels and purpose names from the shared data
# --------------------------------------------------------------------------

# Rows of element_roles.csv that are not what their role says (or not the language).
_EXT_BLOCK_ANY = {
    "close", "got it", "confirm my choices", "auswahl bestätigen", "do not sell or share my personal information",
    "do not sell my personal information", "only analytics", "reject analytics cookies", "i refuse analytics cookies",
    "webanalyse ablehnen", "neka cookies", "functioneel", "essentiële cookies", "boshqa variantlar", "meer opsies",
    "here", "choices", "purposes", "cookie and privacy statement", "learn more", "meer info", "hier weigeren",
}
_EXT_BLOCK_LANG = {("de", "weiger"), ("de", "alles weigeren"), ("fr", "nur essentielle"), ("fr", "refuse")}
_EXT_SKIP_FINE = {"contextual_accept_always", "contextual_accept_once", "allow_service", "deny_service"}

_ESSENTIALISH = re.compile(
    r"necess|nécess|notwendig|erforderlich|noodzakelijk|strictly|strikt|essenti|secur|sécur|sicherheit|fraud|betrug|"
    r"recaptcha|tag manager|power bi|new relic|funktion|function|fonction|functione|store and/or|stocker|opslaan|"
    r"speichern|account|^contact$|unclassified|virginia|nyp|cookie di|prestanda|performance-technologien|"
    r"cookies de performance|performance-cookies|marketing e targeting|identif|scan|link different|relier|"
    r"paiement|gestion des|^personalisation$|préférence|vidéo|ces identifiants", re.I)


def load_external_labels(path: Path = EXTERNAL / "element_roles.csv.gz") -> dict:
    """(lang, role) -> sorted list of (text, source, licence), raw real labels only."""
    out: dict = {}
    seen = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lang, role = row["lang"], row["role"]
            if row["text_form"] != "raw" or lang not in T.LANGS or role not in ("accept", "reject", "settings"):
                continue
            if row["fine_label"] in _EXT_SKIP_FINE:
                continue
            text = " ".join(row["text"].split())
            low = text.lower()
            if not 2 <= len(text) <= 42 or low in _EXT_BLOCK_ANY or (lang, low) in _EXT_BLOCK_LANG:
                continue
            key = (lang, role, text, row["source"])
            if key in seen:
                continue
            seen.add(key)
            out.setdefault((lang, role), []).append((text, row["source"], row["license"]))
    return {k: sorted(v) for k, v in sorted(out.items())}


# Lexicon names that are not a non-essential purpose (UI text, other languages, or ambiguous).
_PURPOSE_BLOCK = {
    "Manage your cookie preferences", "Google & IAB TCF 2 Purposes of Processing", "Other Partners", "Recommended Cookies",
    "Non-personalized advertising", "Third party privacy-enhanced content", "Third-party privacy enhanced cookies",
    "Marketing-Technologien", "Reklame- og Targetingcookies", "CONTENT PERSONALISATION", "Communications", "Évaluation",
    "Contenus cartographiques et infographiques", "Affichage des contenus", "Contenus interactifs proposés par des tiers",
    "Personnalisation de votre service", "Site monitoring cookies", "Personalization", "Personnalisation", "Personalisatie",
}


def load_lexicon_purposes(path: Path = EXTERNAL / "lexicons.csv.gz") -> dict:
    """lang -> sorted non-essential purpose names (Consent-O-Matic categories B, E, F, X)."""
    out: dict = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            use = row["use"]
            if not use.startswith("purpose:") or row["lang"] not in T.LANGS:
                continue
            cat = use.split(":")[1]
            name = " ".join(row["pattern"].split())
            if cat not in "BEFX" or not 4 <= len(name) <= 60 or _ESSENTIALISH.search(name) or name in _PURPOSE_BLOCK:
                continue
            out.setdefault(row["lang"], set()).add((name, row["source"], row["license"]))
    return {k: sorted(v) for k, v in sorted(out.items())}


# --------------------------------------------------------------------------
# Colours
# --------------------------------------------------------------------------

def _rgb(h):
    h = h.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def _hex(rgb):
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def luminance(h):
    def ch(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = _rgb(h)
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a, b, t):
    ra, rb = _rgb(a), _rgb(b)
    return _hex([x + (y - x) * t for x, y in zip(ra, rb)])


def toward_contrast(fg, bg, target):
    """Colour between fg and bg whose contrast with bg is about `target`."""
    lo, hi = 0.0, 1.0
    for _ in range(30):
        mid = (lo + hi) / 2
        if contrast(mix(fg, bg, mid), bg) > target:
            lo = mid
        else:
            hi = mid
    return mix(fg, bg, lo)


_HEX6 = re.compile(r"#([0-9a-fA-F]{6})\b")


def fmt_colors(value, style):
    if style == "hex":
        return value
    def sub(m):
        h = m.group(1).lower()
        if style == "short" and h[0] == h[1] and h[2] == h[3] and h[4] == h[5]:
            return "#" + h[0] + h[2] + h[4]
        if style == "rgb":
            return "rgb(%d, %d, %d)" % _rgb(h)
        if style == "upper":
            return "#" + h.upper()
        return "#" + h
    return _HEX6.sub(sub, value)


BRANDS = ["#1a73e8", "#0b57d0", "#2563eb", "#1d4ed8", "#0f62fe", "#e4002b", "#c8102e", "#d6001c", "#00a86b",
          "#15803d", "#16a34a", "#0f766e", "#0d9488", "#6d28d9", "#7c3aed", "#db2777", "#be185d", "#ea580c",
          "#ff5a00", "#111827", "#1f2937", "#000000", "#005ea5", "#003d7a", "#f59e0b", "#facc15", "#14b8a6",
          "#0070f3", "#b91c1c", "#4f46e5", "#ff3366", "#2e7d32", "#8a2be2", "#ffb400", "#e30613", "#00857c"]
LIGHT_BG = ["#ffffff", "#ffffff", "#ffffff", "#fafafa", "#f8f9fa", "#f5f5f0", "#fffdf7", "#f3f4f6", "#eef2f7"]
LIGHT_FG = ["#1f2937", "#222222", "#111111", "#333333", "#2d3748", "#0f172a", "#3c4043"]
DARK_BG = ["#111827", "#1f2937", "#0f172a", "#18181b", "#222222", "#2b2b2b", "#121212", "#1e293b"]
DARK_FG = ["#f9fafb", "#e5e7eb", "#ffffff", "#eeeeee", "#f1f5f9"]
FONTS = ["system-ui, sans-serif", "Arial, Helvetica, sans-serif", '"Helvetica Neue", Arial, sans-serif',
         "Georgia, serif", "Inter, sans-serif", "Roboto, Arial, sans-serif", "Verdana, sans-serif",
         '"Open Sans", sans-serif', '-apple-system, "Segoe UI", Roboto, sans-serif', "Lato, sans-serif"]


def make_theme(rng):
    dark = rng.random() < 0.27
    bg = rng.choice(DARK_BG if dark else LIGHT_BG)
    fg = rng.choice(DARK_FG if dark else LIGHT_FG)
    accent = rng.choice([b for b in BRANDS if contrast(b, bg) >= 2.2])
    accent_fg = "#ffffff" if contrast("#ffffff", accent) >= 3.0 else "#111111"
    sec_style = rng.choices(["same", "grey", "outline", "inverse"], [3, 4, 3, 1])[0]
    if sec_style == "grey":
        sec_bg = rng.choice(["#374151", "#3f3f46", "#4b5563"] if dark else ["#e5e7eb", "#eeeeee", "#f1f3f4", "#dfe3e8"])
        sec_fg = "#ffffff" if dark else fg
    elif sec_style == "inverse":
        sec_bg, sec_fg = fg, bg
    else:
        sec_bg, sec_fg = accent, accent_fg
    link = accent if contrast(accent, bg) >= 4.5 else fg
    btn_fs = rng.choice([13, 14, 14, 15, 15, 16, 16, 17, 18])
    return {
        "dark": dark, "bg": bg, "fg": fg, "accent": accent, "accent_fg": accent_fg,
        "sec_style": sec_style, "sec_bg": sec_bg, "sec_fg": sec_fg,
        "outline_fg": accent if contrast(accent, bg) >= 4.5 else fg,
        "link": link,
        "muted": toward_contrast(fg, bg, rng.uniform(4.6, 7.0)),
        "faint": toward_contrast(fg, bg, rng.uniform(1.55, 2.25)),
        "border": toward_contrast(fg, bg, 1.35),
        "font": rng.choice(FONTS),
        "body_fs": rng.choice([12, 13, 13, 14, 14, 14, 15, 15, 16, 16, 17, 18]),
        "btn_fs": btn_fs,
        "btn_weight": rng.choice([400, 500, 600, 600, 700, 700]),
        "pad_y": rng.choice([8, 9, 10, 10, 12, 12, 14, 16]),
        "pad_x": rng.choice([14, 16, 18, 20, 24, 24, 28, 32]),
        "radius": rng.choice([0, 2, 3, 4, 4, 6, 8, 8, 12, 999]),
        "dlg_radius": rng.choice([0, 4, 6, 8, 12, 16]),
        "upper": rng.random() < 0.18,
        "shadow": rng.choice(["0 2px 12px rgba(0, 0, 0, 0.15)", "0 -2px 8px rgba(0, 0, 0, 0.1)",
                              "0 10px 40px rgba(0, 0, 0, 0.3)", "none"]),
        "tiny_fs": rng.choice([10, 10, 11, 11]),
        "late_fs": rng.choice([11, 12, 12, 13]),
    }


# --------------------------------------------------------------------------
# Screen spec: content and roles, independent of markup
# --------------------------------------------------------------------------

@dataclass
class Ctl:
    role: str
    text: str
    kind: str            # primary secondary tertiary tiny late inline link close
    href: str = ""
    action: str = ""     # short machine name used in markup (accept, deny, prefs, ...)
    sub: str = ""        # second line (price, features) for pay cards


@dataclass
class Tog:
    name: str
    checked: bool
    disabled: bool = False
    essential: bool = False
    desc: str = ""
    note: str = ""


@dataclass
class Spec:
    lang: str
    site: str
    host: str
    config: str
    variant: str
    patterns: tuple
    title: str | None = None
    paras: list = field(default_factory=list)        # strings with {token} placeholders
    inline: dict = field(default_factory=dict)       # token -> Ctl
    toggles: list = field(default_factory=list)
    toggle_head: str | None = None
    li_toggles: list = field(default_factory=list)
    li_head: str | None = None
    li_note: str | None = None
    buttons: list = field(default_factory=list)      # the action row, in display order
    post_paras: list = field(default_factory=list)   # text after the action row
    after: list = field(default_factory=list)        # small links after everything
    close: Ctl | None = None
    layer2: dict | None = None
    backdrop: bool = False
    scroll_lock: bool = False
    wall: bool = False
    pay_cards: bool = False
    equal: bool = False            # accept and reject must have equal weight
    sources: set = field(default_factory=set)        # (source, licence) of real labels used
    purpose_sources: set = field(default_factory=set)


CONFIGS = [
    # name, patterns, count at scale 1, needs
    ("fair", (), 680, ()),
    ("no_reject", ("no_reject",), 260, ("no_overlay",)),
    ("no_reject+pre", ("no_reject", "preselected"), 60, ("toggles", "no_overlay")),
    ("buried", ("buried_opt_out",), 240, ()),
    ("buried+shame", ("buried_opt_out", "confirmshaming"), 90, ()),
    ("buried+pre", ("buried_opt_out", "preselected"), 40, ("toggles",)),
    ("pre", ("preselected",), 100, ("toggles",)),
    ("shame", ("confirmshaming",), 100, ()),
    ("shame+pre", ("confirmshaming", "preselected"), 15, ("toggles",)),
    ("mis-li", ("misleading_wording", "preselected"), 90, ("toggles",)),
    ("mis-accsel", ("misleading_wording",), 45, ("toggles",)),
    ("mis-accsel+nr", ("misleading_wording", "no_reject"), 35, ("toggles", "no_overlay")),
    ("mis-dneg", ("misleading_wording",), 25, ()),
    ("mis-euph", ("misleading_wording",), 20, ()),
    ("wall", ("consent_wall",), 80, ("wall",)),
    ("wall+nr", ("consent_wall", "no_reject"), 25, ("wall",)),
    ("pay", ("pay_or_consent",), 65, ("wall",)),
    ("pay+nr", ("no_reject", "pay_or_consent"), 15, ("wall",)),
]


class SpecBuilder:
    # share of labels taken from real data (few real accept strings exist, so less often)
    P_EXT = {"accept": 0.2, "reject": 0.45, "settings": 0.4}

    def __init__(self, lang, rng, ext, lex):
        self.lang, self.rng, self.ext, self.lex = lang, rng, ext, lex

    def pick(self, table):
        return self.rng.choice(table[self.lang])

    def label(self, spec, role, own):
        pool = self.ext.get((self.lang, role), [])
        if pool and self.rng.random() < self.P_EXT[role]:
            text, src, lic = self.rng.choice(pool)
            spec.sources.add((src, lic))
            return text
        return self.rng.choice(own[self.lang])

    def ctl(self, spec, role, kind, own=None, text=None, action=""):
        if text is None:
            text = self.label(spec, role, own)
        href = ""
        if kind in ("link", "inline") or (kind in ("tiny", "late") and self.rng.random() < 0.6):
            href = self.rng.choice(["#", "#", "javascript:void(0)", "#cookies"]) if role != "other" else ""
        return Ctl(role, text, kind, href=href, action=action or role)

    def privacy(self, spec, site_path):
        return Ctl("other", self.pick(T.PRIVACY_LINK), "inline", href=site_path, action="privacy")

    # ---- text blocks ------------------------------------------------------
    def fill(self, s, spec, n):
        return s.replace("{site}", spec.site).replace("{n}", str(n))

    def body(self, spec, parts, n, single=False):
        """parts: list of sentence pools; returns 1-2 paragraphs."""
        sents = [self.fill(self.rng.choice(p[self.lang]), spec, n) for p in parts if p]
        if not single and len(sents) > 2 and self.rng.random() < 0.45:
            cut = self.rng.randint(1, len(sents) - 1)
            return [" ".join(sents[:cut]), " ".join(sents[cut:])]
        return [" ".join(sents)]

    # ---- toggles ----------------------------------------------------------
    def purposes(self, spec, k):
        own = list(T.PURPOSE_OPTIONAL[self.lang])
        lex = self.lex.get(self.lang, [])
        names = []
        while len(names) < k:
            if lex and self.rng.random() < 0.35:
                name, src, lic = self.rng.choice(lex)
                if name in names:
                    continue
                spec.purpose_sources.add((src, lic))
            else:
                name = self.rng.choice(own)
                if name in names:
                    continue
            names.append(name)
        return names

    def toggle_set(self, spec, mode, k=None):
        """mode: none (all optional off), all (all optional on), some (at least one on)."""
        rng = self.rng
        k = k or rng.choice([2, 3, 3, 4, 4, 5])
        togs = []
        if rng.random() < 0.85:
            togs.append(Tog(self.pick(T.PURPOSE_ESSENTIAL), True, True, True, note=T.ALWAYS_ON[self.lang]))
        names = self.purposes(spec, k)
        states = [mode == "all" or (mode == "some" and rng.random() < 0.6) for _ in names]
        if mode == "some" and not any(states):
            states[rng.randrange(len(states))] = True
        if mode == "some" and all(states) and len(states) > 2:
            states[rng.randrange(len(states))] = False
        for name, on in zip(names, states):
            desc = self.pick(T.PURPOSE_DESC) if rng.random() < 0.25 else ""
            togs.append(Tog(name, on, desc=desc))
        return togs

    def hidden_layer(self, spec, preselected=False, with_reject=True):
        rng = self.rng
        togs = self.toggle_set(spec, "all" if preselected else "none")
        btns = [self.ctl(spec, "other", "secondary", T.SAVE, action="save")]
        if with_reject:
            btns.append(self.ctl(spec, "reject", "secondary", T.REJECT, action="reject-all"))
        if rng.random() < 0.6:
            btns.append(self.ctl(spec, "accept", "primary", T.ACCEPT, action="accept-all"))
        rng.shuffle(btns)
        return {"title": self.pick(T.SETTINGS), "toggles": togs, "buttons": btns,
                "hide": rng.choice(["attr", "style", "class", "visibility", "aria"])}

    # ---- the configurations ----------------------------------------------
    def build(self, spec, caps, site_path):
        rng, lang = self.rng, self.lang
        cfg = spec.config
        n = rng.choice([12, 24, 38, 61, 95, 147, 212, 312, 466, 587, 742, 842, 916])
        spec.title = self.fill(self.pick(T.TITLES), spec, n) if rng.random() < 0.7 else None
        priv = self.privacy(spec, site_path)
        privacy_inline = rng.random() < 0.7

        def std_body(refuse=False, purposes=True, change=True):
            parts = [T.INTRO, rng.choice([T.PARTNERS, T.PURPOSES_TEXT]) if purposes else None]
            if purposes and rng.random() < 0.4:
                parts.append(T.PURPOSES_TEXT if parts[1] is T.PARTNERS else T.PARTNERS)
            if refuse and rng.random() < 0.35:
                parts.append(T.CHOICE_REFUSE)
            if change and rng.random() < 0.6:
                parts.append(T.CHANGE)
            return parts

        def finish_body(parts, single=False):
            paras = self.body(spec, parts, n, single)
            if "{vendors}" in " ".join(paras):
                spec.inline["vendors"] = Ctl("other", self.pick(T.VENDORS_LINK), "inline", href="#vendors", action="vendors")
            if privacy_inline:
                paras[-1] += " " + self.pick(T.PRIVACY_SENT)
                spec.inline["privacy"] = priv
            else:
                spec.after.append(Ctl("other", priv.text[:1].upper() + priv.text[1:], "link", href=site_path, action="privacy"))
            spec.paras = paras

        def accept(kind="primary", own=T.ACCEPT):
            return self.ctl(spec, "accept", kind, own, action="accept")

        def reject(kind="secondary", text=None):
            return self.ctl(spec, "reject", kind, T.REJECT, text=text, action="reject")

        def settings(kind=None):
            kind = kind or rng.choice(["secondary", "tertiary", "tertiary", "link"])
            return self.ctl(spec, "settings", kind, T.SETTINGS, action="settings")

        def order(btns):
            # accept first or last; the rest keep their relative order
            acc = [b for b in btns if b.role == "accept"]
            rest = [b for b in btns if b.role != "accept"]
            if rng.random() < 0.3:
                rng.shuffle(rest)
            return acc + rest if rng.random() < 0.45 else rest + acc

        def maybe_settings_layer(pre=False, with_reject=True):
            s = settings()
            if rng.random() < 0.55:
                spec.layer2 = self.hidden_layer(spec, preselected=pre, with_reject=with_reject)
            return s

        def equal_pair(reject_text=None, pre_mode=None, save_label=T.SAVE, with_settings=None):
            """accept + reject with equal weight; optional toggles and settings."""
            spec.equal = True
            sec = rng.random() < 0.75
            btns = [accept(), reject("secondary" if sec else "primary", reject_text)]
            if pre_mode:
                spec.toggles = self.toggle_set(spec, pre_mode)
                spec.toggle_head = self.pick(T.CONSENT_HEAD) if rng.random() < 0.3 else None
                btns.append(self.ctl(spec, "other", rng.choice(["secondary", "tertiary"]), save_label, action="save"))
            if with_settings if with_settings is not None else rng.random() < 0.55:
                btns.append(maybe_settings_layer(pre=pre_mode in ("all", "some")))
            spec.buttons = order(btns)

        if cfg == "fair":
            spec.variant = "equal"
            toggles = "toggles" in caps and rng.random() < 0.28
            finish_body(std_body(refuse=True))
            equal_pair(pre_mode="none" if toggles else None)
            if rng.random() < 0.12:
                spec.close = Ctl("close", self.pick(T.CLOSE_LABEL), "close", action="close")
            if toggles and rng.random() < 0.5:
                spec.paras.append(self.pick(T.ESSENTIAL_NOTE))

        elif cfg == "no_reject":
            v = rng.choices(["settings", "learn", "alone", "close", "settings-close"], [45, 15, 20, 15, 5])[0]
            spec.variant = "nr-" + v
            if v == "alone" and rng.random() < 0.6:
                finish_body([T.NOTICE_TEXT])
                acc = self.ctl(spec, "accept", "primary", text=rng.choice(["OK", "Ok", "OK!", self.pick(T.ACCEPT)]))
            else:
                finish_body(std_body())
                acc = accept()
            btns = [acc]
            if v in ("settings", "settings-close"):
                btns.append(maybe_settings_layer())
            if v == "learn":
                btns.append(Ctl("other", self.pick(T.LEARN_MORE), rng.choice(["tertiary", "link"]), href=site_path, action="learn"))
            if v in ("close", "settings-close"):
                spec.close = Ctl("close", self.pick(T.CLOSE_LABEL), "close", action="close")
            spec.buttons = order(btns)

        elif cfg == "no_reject+pre":
            spec.variant = "nr-prechecked"
            finish_body(std_body())
            spec.toggles = self.toggle_set(spec, rng.choice(["all", "some"]))
            btns = [accept(), self.ctl(spec, "other", rng.choice(["secondary", "tertiary"]), T.SAVE, action="save")]
            if rng.random() < 0.3:
                btns.append(maybe_settings_layer(pre=True, with_reject=True))
            spec.buttons = order(btns)

        elif cfg.startswith("buried"):
            self.build_buried(spec, n, site_path, std_body, finish_body, accept, order, maybe_settings_layer)

        elif cfg in ("pre", "shame", "shame+pre"):
            shame = cfg.startswith("shame")
            pre = cfg in ("pre", "shame+pre")
            spec.variant = ("shame" if shame else "") + ("-prechecked" if pre else "")
            finish_body(std_body(refuse=not shame))
            rtext = self.pick(T.CONFIRMSHAME) if shame else None
            equal_pair(reject_text=rtext, pre_mode=rng.choice(["all", "some"]) if pre else None)
            if shame and rng.random() < 0.4:
                for b in spec.buttons:
                    if b.role == "accept":
                        b.text = self.pick(T.ACCEPT_EMOTIVE)

        elif cfg == "mis-li":
            v = rng.choices(["li", "dneg-toggle"], [75, 25])[0]
            spec.variant = "mis-" + v
            finish_body(std_body(refuse=True))
            if v == "li":
                spec.toggles = self.toggle_set(spec, "none")
                spec.toggle_head = self.pick(T.CONSENT_HEAD)
                spec.li_toggles = [Tog(name, True) for name in self.purposes(spec, rng.choice([2, 3, 4]))]
                spec.li_head = self.pick(T.LI_HEAD)
                spec.li_note = self.pick(T.LI_NOTE) if rng.random() < 0.6 else None
            else:
                spec.toggles = self.toggle_set(spec, "none", k=rng.choice([2, 3]))
                spec.toggles.insert(rng.randint(1, len(spec.toggles)), Tog(self.pick(T.DNEG_TOGGLE), True))
            spec.equal = True
            btns = [accept(), reject(rng.choice(["secondary", "primary"])),
                    self.ctl(spec, "other", rng.choice(["secondary", "tertiary"]), T.SAVE, action="save")]
            spec.buttons = order(btns)

        elif cfg in ("mis-accsel", "mis-accsel+nr"):
            with_reject = cfg == "mis-accsel"
            spec.variant = "mis-accept-selection" + ("" if with_reject else "-noreject")
            finish_body(std_body(refuse=with_reject))
            spec.toggles = self.toggle_set(spec, "none")
            btns = [accept(), self.ctl(spec, "other", rng.choice(["secondary", "primary"]), T.ACCEPT_SELECTION, action="save")]
            if with_reject:
                spec.equal = True
                btns.append(reject("secondary"))
            spec.buttons = order(btns)

        elif cfg == "mis-dneg":
            spec.variant = "mis-double-negative"
            finish_body([T.INTRO, T.PURPOSES_TEXT])
            spec.paras.append(self.pick(T.DNEG_QUESTION))
            spec.equal = True
            yes = self.ctl(spec, "accept", "primary", text=self.pick(T.DNEG_YES), action="yes")
            no = self.ctl(spec, "reject", rng.choice(["secondary", "primary"]), text=self.pick(T.DNEG_NO), action="no")
            spec.buttons = [yes, no] if rng.random() < 0.7 else [no, yes]

        elif cfg == "mis-euph":
            spec.variant = "mis-euphemism"
            spec.title = rng.choice([None, spec.title])
            parts = [T.EUPH_TEXT]
            if rng.random() < 0.5:
                parts.append(T.CHANGE)
            finish_body(parts)
            spec.equal = True
            btns = [accept(own=T.EUPH_ACCEPT), reject(rng.choice(["secondary", "primary"]), text=self.pick(T.EUPH_REJECT))]
            spec.buttons = order(btns)

        elif cfg in ("wall", "wall+nr"):
            spec.variant = "wall" + ("-settings" if cfg == "wall+nr" else "")
            spec.wall = spec.backdrop = True
            spec.scroll_lock = rng.random() < 0.85
            spec.title = self.fill(self.pick(T.WALL_TITLE), spec, n) if rng.random() < 0.8 else spec.title
            finish_body([T.WALL_TEXT] + ([T.PURPOSES_TEXT] if rng.random() < 0.3 else []))
            btns = [self.ctl(spec, "accept", "primary", T.WALL_ACCEPT, action="accept")]
            if cfg == "wall+nr":
                btns.append(maybe_settings_layer(with_reject=rng.random() < 0.5))
            spec.buttons = order(btns)

        elif cfg in ("pay", "pay+nr"):
            spec.variant = "pay" + ("-settings" if cfg == "pay+nr" else "")
            spec.wall = True
            spec.backdrop = rng.random() < 0.85
            spec.scroll_lock = spec.backdrop and rng.random() < 0.8
            price = self.pick(T.PRICES)
            spec.title = self.fill(self.pick(T.PAY_TITLE), spec, n) if rng.random() < 0.85 else None
            finish_body([T.PAY_TEXT])
            spec.paras = [p.replace("{price}", price) for p in spec.paras]
            spec.pay_cards = rng.random() < 0.5
            acc = self.ctl(spec, "accept", "primary" if rng.random() < 0.6 else "secondary", T.PAY_ACCEPT, action="accept")
            pay = Ctl("pay", self.pick(T.PAY_BUTTON).replace("{price}", price), "primary" if acc.kind == "secondary" else rng.choice(["primary", "secondary"]), action="subscribe")
            if spec.pay_cards:
                acc.sub, pay.sub = T.PAY_FEATURES[lang][0], T.PAY_FEATURES[lang][1]
            btns = [acc, pay]
            if rng.random() < 0.5:
                btns.reverse()
            if cfg == "pay+nr":
                btns.append(settings(rng.choice(["tertiary", "link"])))
            spec.buttons = btns
            spec.after.append(Ctl("other", self.pick(T.PAY_LOGIN), "link", href="/login", action="login"))
        else:
            raise ValueError(cfg)

        # modal extras for non-walls: a backdrop and scroll lock do not make a wall when a refusal exists
        if not spec.wall and "modal" in caps and any(b.role in ("reject", "object") for b in self.first_layer(spec)):
            if rng.random() < 0.35:
                spec.backdrop = True
                spec.scroll_lock = rng.random() < 0.6

    @staticmethod
    def first_layer(spec):
        return list(spec.buttons) + list(spec.after) + list(spec.inline.values())

    def build_buried(self, spec, n, site_path, std_body, finish_body, accept, order, maybe_settings_layer):
        rng = self.rng
        cfg = spec.config
        shame = cfg == "buried+shame"
        pre = cfg == "buried+pre"
        choices = ["inline", "tiny", "late", "object"] if not shame else ["tiny", "late", "inline"]
        weights = [30, 35, 20, 15] if not shame else [55, 30, 15]
        v = rng.choices(choices, weights)[0]
        spec.variant = "buried-" + v
        rtext = self.pick(T.CONFIRMSHAME) if shame else None
        btns = [accept()]
        if v == "inline":
            parts = std_body(change=False)
            if not shame:
                parts.append(T.BURIED_SENT)
            finish_body(parts, single=True)
            if shame:
                # the guilt-worded link closes the running text of the paragraph
                spec.paras[-1] += " {reject}"
            spec.inline["reject"] = Ctl("reject", rtext or self.pick(T.BURIED_INLINE), "inline", href="#", action="decline")
        elif v == "object":
            parts = std_body(change=rng.random() < 0.5)
            parts.append(T.OBJECT_SENT)
            finish_body(parts, single=True)
            spec.inline["object"] = Ctl("object", self.pick(T.OBJECT_INLINE), "inline", href=rng.choice(["#object", "/objection", "#"]), action="object")
        elif v == "tiny":
            finish_body(std_body())
            btns.append(self.ctl(spec, "reject", "tiny", T.REJECT, text=rtext, action="decline"))
        elif v == "late":
            spec.paras = self.body(spec, [T.INTRO, T.PURPOSES_TEXT], n)
            post = [self.fill(rng.choice(p[self.lang]), spec, n) for p in (T.PARTNERS, T.CHANGE, T.ESSENTIAL_NOTE)]
            if "{vendors}" in " ".join(post):
                spec.inline["vendors"] = Ctl("other", self.pick(T.VENDORS_LINK), "inline", href="#vendors", action="vendors")
            post.append(self.pick(T.PRIVACY_SENT))
            spec.inline["privacy"] = self.privacy(spec, site_path)
            spec.post_paras = [" ".join(post[:2]), " ".join(post[2:])]
            spec.after.insert(0, self.ctl(spec, "reject", "late", T.REJECT, text=rtext, action="decline"))
        if pre:
            spec.toggles = self.toggle_set(spec, rng.choice(["all", "some"]))
            btns.append(self.ctl(spec, "other", rng.choice(["secondary", "tertiary"]), T.SAVE, action="save"))
        if rng.random() < 0.55:
            btns.append(maybe_settings_layer(pre=pre))
        if v == "tiny":
            # the faint refusal sits at the end or the start of the row, never between big buttons
            tiny = [b for b in btns if b.kind == "tiny"]
            big = order([b for b in btns if b.kind != "tiny"])
            spec.buttons = big + tiny if rng.random() < 0.7 else tiny + big
        else:
            spec.buttons = order(btns)


# --------------------------------------------------------------------------
# CSS emission
# --------------------------------------------------------------------------

def _h(s, n=6):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


_VAR_PROPS = {"color", "background", "background-color", "border-color", "font-size", "padding", "border-radius",
              "font-family", "font-weight", "accent-color"}
_TW_FS = {12: "text-xs", 14: "text-sm", 16: "text-base", 18: "text-lg", 20: "text-xl", 24: "text-2xl"}
_TW_FW = {400: "font-normal", 500: "font-medium", 600: "font-semibold", 700: "font-bold"}
_TW_RADIUS = {"0": "rounded-none", "2px": "rounded-sm", "4px": "rounded", "6px": "rounded-md", "8px": "rounded-lg",
              "12px": "rounded-xl", "16px": "rounded-2xl", "999px": "rounded-full"}


class Styler:
    """Turns (key, declarations) into class/style attributes plus a stylesheet.

    mode: block (named classes), hashed (css-in-js), utility (atomic classes),
    inline (style attributes), vars (custom properties), media (mobile-first
    base rules with the desktop values in @media (min-width) blocks).
    """

    def __init__(self, mode, rng, namer=None, scope="", colorfmt="hex", varmap=None, var_host=":root",
                 breakpoint=768, pretty=False, color_names=None):
        self.mode, self.rng, self.namer = mode, rng, namer or (lambda k: k)
        self.scope, self.colorfmt, self.varmap = scope, colorfmt, varmap or {}
        self.var_host, self.breakpoint, self.pretty = var_host, breakpoint, pretty
        self.color_names = color_names or {}
        self.rules: dict = {}
        self.raw: list = []
        self.used_vars: dict = {}
        self.sc = rng.random() < 0.5   # styled-components vs emotion naming in hashed mode

    # -- values ---------------------------------------------------------
    def _val(self, prop, value):
        value = str(value)
        if self.mode == "vars" and value in self.varmap and prop in _VAR_PROPS:
            name = self.varmap[value]
            self.used_vars[name] = value
            fb = int(_h(name + prop, 2), 16) % 4 == 0
            return f"var({name}, {value})" if fb else f"var({name})"
        return fmt_colors(value, self.colorfmt)

    def _decls(self, decls):
        return {p: self._val(p, v) for p, v in decls.items()}

    def rule(self, selector, decls):
        decls = self._decls(decls)
        old = self.rules.get(selector)
        if old is not None and old != decls:
            raise ValueError(f"conflicting rule for {selector}: {old} vs {decls}")
        self.rules[selector] = decls

    def add_raw(self, css):
        self.raw.append(css)

    # -- attributes -----------------------------------------------------
    def attr(self, *parts, inline=None):
        classes, attrs, style = [], [], {}
        for key, decls in parts:
            if key.startswith("@"):
                name, _, value = key[1:].partition("=")
                attrs.append(f'{name}="{value}"')
                if self.mode == "inline":
                    style.update(decls)
                elif decls:
                    self.rule(f'{self.scope} [{name}="{value}"]'.strip(), decls)
                continue
            if self.mode == "inline":
                style.update(decls)
            elif self.mode == "hashed":
                if not decls:
                    continue
                body = json.dumps(decls, sort_keys=True)
                if self.sc:
                    c = "sc-" + _h(key + "sc", 6)
                    h = _h(body, 6)
                    h = "".join(ch if ch.isalpha() else "abcdefghij"[int(ch)] for ch in h)
                    classes += [c, h]
                    self.rule("." + h, decls)
                else:
                    c = "css-" + _h(body, 6)
                    classes.append(c)
                    self.rule("." + c, decls)
            elif self.mode == "utility":
                for cls, d in self._utilities(decls):
                    classes.append(cls)
                    self.rule("." + cls.replace(":", "\\:").replace("/", "\\/"), d)
            else:
                cls = self.namer(key)
                classes.append(cls)
                if decls:
                    self.rule(f"{self.scope} .{cls}".strip(), decls)
        if inline:
            style.update(inline)
        out = ""
        if classes:
            out += ' class="' + " ".join(dict.fromkeys(classes)) + '"'
        if style:
            out += ' style="' + "; ".join(f"{p}: {self._val(p, v)}" for p, v in style.items()) + '"'
        if attrs:
            out += " " + " ".join(attrs)
        return out

    def _utilities(self, decls):
        out = []
        for p, v in decls.items():
            v = str(v)
            name = None
            if p == "font-size":
                name = _TW_FS.get(int(float(v[:-2]))) if v.endswith("px") else None
                name = name or "text-" + v.replace(".", "_")
            elif p == "font-weight":
                name = _TW_FW.get(int(v))
            elif p in ("padding", "margin"):
                bits = v.split()
                pre = p[0]
                if len(bits) == 1:
                    out.append(self._space(pre, bits[0], [p]))
                    continue
                if len(bits) == 2:
                    out.append(self._space(pre + "y", bits[0], [p + "-top", p + "-bottom"]))
                    out.append(self._space(pre + "x", bits[1], [p + "-left", p + "-right"]))
                    continue
            elif p == "border-radius":
                name = _TW_RADIUS.get(v)
            elif p in ("background", "background-color", "color", "border-color"):
                cname = self.color_names.get(v)
                prefix = {"background": "bg", "background-color": "bg", "color": "text", "border-color": "border"}[p]
                if cname:
                    name = f"{prefix}-{cname}"
                elif v in ("transparent", "none"):
                    name = "bg-transparent" if prefix == "bg" else None
            elif (p, v) in _TW_SIMPLE:
                name = _TW_SIMPLE[(p, v)]
            elif p in ("gap", "width", "max-width", "min-width", "z-index", "line-height", "height") and re.fullmatch(r"[\d.]+(px|%)?", v):
                short = {"gap": "gap", "width": "w", "max-width": "max-w", "min-width": "min-w", "z-index": "z",
                         "line-height": "leading", "height": "h"}[p]
                name = f"{short}-" + ("full" if v == "100%" else v.replace(".", "_").replace("%", "pc"))
            if not name:
                name = "u-" + _h(p + ":" + v, 5)
            out.append((name, {p: v}))
        return out

    @staticmethod
    def _space(pre, v, props):
        px = float(v[:-2]) if v.endswith("px") else 0.0
        name = f"{pre}-{int(px // 4)}" if v.endswith("px") and px % 4 == 0 else f"{pre}-{v.replace('.', '_')}"
        if v == "0":
            name = f"{pre}-0"
        return name, {p: v for p in props}

    # -- stylesheet -----------------------------------------------------
    _RESP = ("font-size", "padding", "flex-direction", "width", "max-width", "gap", "min-width", "margin")

    def css(self):
        nl, ind, sp = ("\n", "  ", " ") if self.pretty else ("", "", "")

        def block(sel, decls, indent=""):
            if self.pretty:
                body = "".join(f"{indent}{ind}{p}: {v};\n" for p, v in decls.items())
                return f"{indent}{sel} {{\n{body}{indent}}}\n"
            return sel + "{" + ";".join(f"{p}:{v}" for p, v in decls.items()) + "}"

        out = []
        if self.used_vars:
            out.append(block(self.var_host, {n: fmt_colors(v, self.colorfmt) for n, v in self.used_vars.items()}))
        if self.mode == "media":
            desktop = []
            for sel, decls in self.rules.items():
                base = {p: self._mobile(p, v) for p, v in decls.items()}
                out.append(block(sel, base))
                changed = {p: v for p, v in decls.items() if base[p] != v}
                if changed:
                    desktop.append(block(sel, changed, ind))
            if desktop:
                out.append(f"@media (min-width:{sp}{self.breakpoint}px){sp}{{{nl}" + "".join(desktop) + "}" + nl)
        else:
            out += [block(sel, d) for sel, d in self.rules.items()]
        out += self.raw
        return "".join(out)

    @staticmethod
    def _mobile(prop, v):
        if prop == "flex-direction" and v == "row":
            return "column"
        if prop in ("width", "max-width") and v.endswith("px") and float(v[:-2]) > 400:
            return "100%"
        if prop == "font-size" and v.endswith("px") and float(v[:-2]) >= 14:
            return f"{int(float(v[:-2])) - 1}px"
        if prop == "padding" and v.endswith("px"):
            bits = v.split()
            if all(b.endswith("px") for b in bits):
                return " ".join(f"{max(2, int(float(b[:-2]) * 0.75))}px" for b in bits)
        return v


_TW_SIMPLE = {
    ("display", "flex"): "flex", ("display", "block"): "block", ("display", "none"): "hidden",
    ("display", "inline-block"): "inline-block", ("display", "grid"): "grid", ("display", "inline-flex"): "inline-flex",
    ("flex-direction", "column"): "flex-col", ("flex-direction", "row"): "flex-row", ("flex-wrap", "wrap"): "flex-wrap",
    ("align-items", "center"): "items-center", ("justify-content", "flex-end"): "justify-end",
    ("justify-content", "space-between"): "justify-between", ("justify-content", "center"): "justify-center",
    ("justify-content", "flex-start"): "justify-start",
    ("position", "fixed"): "fixed", ("position", "absolute"): "absolute", ("position", "relative"): "relative",
    ("bottom", "0"): "bottom-0", ("left", "0"): "left-0", ("right", "0"): "right-0", ("top", "0"): "top-0",
    ("text-transform", "uppercase"): "uppercase", ("text-decoration", "underline"): "underline",
    ("text-decoration", "none"): "no-underline", ("cursor", "pointer"): "cursor-pointer", ("border", "0"): "border-0",
    ("border", "none"): "border-none", ("text-align", "center"): "text-center", ("text-align", "left"): "text-left",
    ("margin", "0"): "m-0", ("flex", "1"): "flex-1", ("visibility", "hidden"): "invisible",
    ("font-family", "inherit"): "font-inherit", ("box-sizing", "border-box"): "box-border",
}


# --------------------------------------------------------------------------
# Rendering: a base renderer and the design families
# --------------------------------------------------------------------------

ICON_CHECK = '<svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><path d="M6 11.2 2.8 8l-1 1L6 13.2l8-8-1-1z" fill="currentColor"/></svg>'
ICON_X = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2"/></svg>'
ICON_COOKIE = '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="#c8935a"/><circle cx="8" cy="9" r="1.5" fill="#6b4423"/><circle cx="14" cy="14" r="1.5" fill="#6b4423"/><circle cx="15" cy="8" r="1" fill="#6b4423"/></svg>'


def bem(block):
    """BEM class names: block, block__element, block__element--modifier."""
    def name(k):
        if k == "root":
            return block
        head, _, mod = k.partition("-")
        if mod and head in ("btn", "tiny", "late", "link", "switch", "tab", "tog"):
            return f"{block}__{head}--{mod}"
        return f"{block}__{k}"
    return name


def _num(v, base=16.0):
    v = str(v).strip()
    try:
        if v.endswith("px"):
            return float(v[:-2])
        if v.endswith("rem"):
            return float(v[:-3]) * 16
        if v.endswith("em"):
            return float(v[:-2]) * base
        return float(v)
    except ValueError:
        return 0.0


class Base:
    fid = "banner-base"
    walls = True
    toggles = True
    modal = True          # can show a backdrop
    overlay = False       # the design itself covers the viewport
    mode = "block"
    units = "px"
    root_tag = "div"
    root_sel = None       # '#id' / '.class' when the root is styled by that selector
    root_more = ""

    def __init__(self, spec: Spec, th: dict, rng: random.Random):
        self.sp, self.th, self.rng = spec, th, rng
        self.lang = spec.lang
        self.uid = _h(spec.host + spec.config + str(rng.random()), 4)
        self.prefix = rng.choice(self.prefixes())
        self.st = self.make_styler()
        self.metrics: dict = {}
        self.btn_tag = self.choose_btn_tag()
        self.layout = self.choose_layout()
        self.toggle_kind = self.choose_toggle_kind()
        self.page_css: list = []          # rules that must live in the page (outside shadow roots)
        self.own_backdrop = False
        self.root_extra: dict = {}
        self.p_margin = f"0 0 {rng.choice([8, 10, 12])}px 0"
        self.inline_d = {"color": th["link"] if rng.random() < 0.7 else "inherit", "text-decoration": "underline"}
        self.tiny_deco = rng.choice(["underline", "none"])
        self.need_accept_w = self._buried_min_width()

    # ---- hooks families override -----------------------------------------
    def prefixes(self):
        return ["cc", "cookie", "consent", "gdpr", "cb", "privacy", "cmp", "cky"]

    def make_styler(self):
        sep = self.rng.choice(["-", "-", "_"])
        return Styler(self.mode, self.rng, namer=lambda k, p=self.prefix, s=sep: f"{p}{s}{k}",
                      colorfmt=self.rng.choice(["hex", "hex", "short", "rgb", "upper"]), pretty=self.rng.random() < 0.3)

    def choose_btn_tag(self):
        return self.rng.choices(["button", "a", "div", "input"], [70, 15, 8, 7])[0]

    def choose_layout(self):
        return self.rng.choice(["bottom", "center", "corner"]) if not self.sp.wall else "center"

    def choose_toggle_kind(self):
        return self.rng.choice(["checkbox", "checkbox-for", "switch-button", "switch-div"])

    def _buried_min_width(self):
        """Width that makes the accept button about 3x the area of a tiny/late refusal."""
        th = self.th
        for c in self.sp.buttons + self.sp.after:
            if c.role == "reject" and c.kind in ("tiny", "late"):
                fs = th["tiny_fs"] if c.kind == "tiny" else th["late_fs"]
                area = len(c.text) * fs * 0.55 * fs * 1.25
                h = th["btn_fs"] * 1.25 + 2 * th["pad_y"]
                return int(2.9 * area / h) + 1
        return 0

    # ---- small helpers ----------------------------------------------------
    def px(self, v):
        if self.units == "rem" and v not in (0, 999):
            return f"{v / 16:g}rem"
        return f"{v}px" if v else "0"

    def esc(self, s):
        return escape(s, quote=True)

    def role_attr(self, ctl):
        return f' data-cl-role="{ctl.role}"'

    # ---- declarations -----------------------------------------------------
    def d_root(self):
        th = self.th
        d = {"background": th["bg"], "color": th["fg"], "font-family": th["font"], "font-size": self.px(th["body_fs"]),
             "line-height": self.rng.choice(["1.4", "1.5", "1.6"]), "box-sizing": "border-box"}
        d.update(self.d_position())
        return d

    def d_position(self):
        th, lay = self.th, self.layout
        z = str(self.rng.choice([999, 9999, 10000, 2147483647, 100000]))
        if lay == "bottom":
            return {"position": "fixed", "bottom": "0", "left": "0", "right": "0", "z-index": z,
                    "padding": f"{self.rng.choice([12, 16, 20, 24])}px {self.rng.choice([16, 24, 32, 48])}px",
                    "box-shadow": th["shadow"]}
        if lay == "top":
            return {"position": "fixed", "top": "0", "left": "0", "right": "0", "z-index": z,
                    "padding": f"{self.rng.choice([8, 10, 12, 16])}px {self.rng.choice([16, 24, 32])}px"}
        if lay == "corner":
            side = self.rng.choice(["left", "right"])
            off = self.rng.choice(["16px", "20px", "24px"])
            return {"position": "fixed", "bottom": off, side: off, "z-index": z,
                    "max-width": f"{self.rng.choice([320, 340, 360, 380, 400, 420])}px",
                    "padding": f"{self.rng.choice([16, 20, 24])}px", "border-radius": f"{th['dlg_radius']}px",
                    "box-shadow": th["shadow"] if th["shadow"] != "none" else "0 4px 16px rgba(0, 0, 0, 0.2)"}
        if lay == "static":
            return {"position": "relative", "padding": f"{self.rng.choice([12, 16, 20])}px {self.rng.choice([16, 24])}px",
                    "border-bottom": f"1px solid {th['border']}"}
        # center
        w = self.rng.choice([480, 520, 560, 600, 640, 680, 720])
        if self.rng.random() < 0.5:
            pos = {"position": "fixed", "top": "50%", "left": "50%", "transform": "translate(-50%, -50%)",
                   "width": f"{w}px", "max-width": "90vw"}
        else:
            pos = {"position": "fixed", "top": f"{self.rng.choice([10, 12, 15, 20])}%", "left": "0", "right": "0",
                   "margin": "0 auto", "width": f"{w}px", "max-width": "calc(100% - 32px)"}
        pos.update({"z-index": z, "padding": f"{self.rng.choice([20, 24, 28, 32])}px",
                    "border-radius": f"{self.th['dlg_radius']}px",
                    "box-shadow": "0 10px 40px rgba(0, 0, 0, 0.3)"})
        return pos

    def d_btn_base(self):
        th = self.th
        d = {"font-size": self.px(th["btn_fs"]), "font-weight": str(th["btn_weight"]),
             "padding": f"{self.px(th['pad_y'])} {self.px(th['pad_x'])}", "border-radius": f"{th['radius']}px" if th["radius"] else "0",
             "cursor": "pointer", "font-family": "inherit", "line-height": "1.2", "text-align": "center"}
        if th["upper"]:
            d["text-transform"] = "uppercase"
        if self.btn_tag in ("a", "div"):
            d["display"] = "inline-block"
            d["text-decoration"] = "none"
        return d

    def d_kind(self, kind):
        th = self.th
        if kind == "primary":
            return {"background": th["accent"], "color": th["accent_fg"], "border": f"2px solid {th['accent']}"}
        if kind == "secondary":
            s = th["sec_style"]
            if s == "outline":
                return {"background": "transparent", "color": th["outline_fg"], "border": f"2px solid {th['outline_fg']}"}
            return {"background": th["sec_bg"], "color": th["sec_fg"], "border": f"2px solid {th['sec_bg']}"}
        if kind == "tertiary":
            return {"background": "transparent", "color": th["link"], "border": "2px solid transparent",
                    "text-decoration": "underline"}
        raise ValueError(kind)

    def d_tiny(self):
        th = self.th
        return {"font-size": self.px(th["tiny_fs"]), "color": th["faint"], "background": "transparent", "border": "0",
                "padding": "0", "font-weight": "400", "cursor": "pointer", "text-decoration": self.tiny_deco}

    def d_late(self):
        th = self.th
        return {"font-size": self.px(th["late_fs"]), "color": th["muted"], "background": "transparent", "border": "0",
                "padding": "0", "font-weight": "400", "text-decoration": "underline", "cursor": "pointer"}

    def d_link(self):
        th = self.th
        return {"font-size": self.px(max(11, th["body_fs"] - 1)), "color": th["link"], "text-decoration": "underline"}

    def d_inline(self):
        return dict(self.inline_d)

    # ---- metrics (label checks) ------------------------------------------
    def record(self, ctl, tag, decls_list, inline=None):
        eff = {}
        for _, d in decls_list:
            eff.update(d)
        if inline:
            eff.update(inline)
        fs = _num(eff.get("font-size", self.px(self.th["body_fs"])))
        pad = [_num(x) for x in str(eff.get("padding", "0")).split()] or [0]
        py, px_ = (pad[0], pad[0]) if len(pad) == 1 else (pad[0], pad[1])
        upper = eff.get("text-transform") == "uppercase"
        w = len(ctl.text) * fs * (0.62 if upper else 0.55) + 2 * px_
        minw = _num(eff.get("min-width", "0"))
        if eff.get("width") == "100%":
            w = max(w, 300)
        w = max(w, minw)
        h = fs * 1.25 + 2 * py
        color = eff.get("color", self.th["fg"])
        bg = eff.get("background", "transparent")
        self.metrics[id(ctl)] = {"tag": tag, "fs": fs, "weight": str(eff.get("font-weight", "400")), "py": py, "px": px_,
                                 "area": w * h, "color": color, "bg": bg, "kind": ctl.kind}

    # ---- parts ------------------------------------------------------------
    def text_with_links(self, s):
        out = []
        for part in re.split(r"(\{(?:privacy|reject|object|vendors)\})", s):
            m = re.fullmatch(r"\{(\w+)\}", part)
            if m and m.group(1) in self.sp.inline:
                out.append(self.inline_link(self.sp.inline[m.group(1)]))
            else:
                out.append(self.esc(part))
        return "".join(out)

    def inline_link(self, ctl):
        d = self.d_inline()
        href = ctl.href or "#"
        a = self.st.attr(("link-inline", d)) if ctl.role == "other" else self.st.attr((f"link-{ctl.action}", d))
        self.record(ctl, "a", [("", {"font-size": self.px(self.th["body_fs"])}), ("", d)])
        return f'<a href="{self.esc(href)}"{a}{self.role_attr(ctl)}>{self.esc(ctl.text)}</a>'

    def title_html(self):
        if not self.sp.title:
            return ""
        tag = self.rng.choice(["h2", "h2", "h3", "p", "div", "strong"])
        d = {"font-size": self.px(self.th["body_fs"] + self.rng.choice([2, 3, 4, 6])), "font-weight": "700",
             "margin": f"0 0 {self.rng.choice([6, 8, 10, 12])}px 0"}
        if tag == "strong":
            d["display"] = "block"
        return f'<{tag} id="{self.prefix}-title-{self.uid}"{self.st.attr(("title", d))}>{self.esc(self.sp.title)}</{tag}>'

    def paras_html(self, paras, key="text"):
        d = {"margin": self.p_margin}
        return "".join(f"<p{self.st.attr((key, d))}>{self.text_with_links(p)}</p>" for p in paras)

    def button(self, ctl, extra=None, tag=None):
        """One control of the action row."""
        tag = tag or self.btn_tag
        kind = ctl.kind
        if kind in ("tiny", "late", "link"):
            d = {"tiny": self.d_tiny, "late": self.d_late, "link": self.d_link}[kind]()
            parts = [(f"{kind}-{ctl.action}" if kind != "link" else "link", d)]
            ltag = "a" if (ctl.href or kind == "link") else ("button" if tag == "input" else tag)
            self.record(ctl, ltag, parts)
            return self._ctl_markup(ctl, ltag, self.st.attr(*parts))
        parts = [("btn", self.d_btn_base()), self.kind_part(kind)]
        if extra:
            parts.append(extra)
        self.record(ctl, tag, parts, self.equal_inline)
        return self._ctl_markup(ctl, tag, self.st.attr(*parts, inline=self.equal_inline))

    equal_inline = None

    def kind_part(self, kind):
        return (f"btn-{kind}", self.d_kind(kind))

    def _ctl_markup(self, ctl, tag, attrs):
        t = self.esc(ctl.text)
        r = self.role_attr(ctl)
        act = f' data-action="{ctl.action}"' if self.rng.random() < 0.3 else ""
        if tag == "button":
            inner = t if self.rng.random() < 0.75 else f"<span>{t}</span>"
            return f'<button type="button"{attrs}{act}{r}>{inner}</button>'
        if tag == "a":
            href = ctl.href or self.rng.choice(["#", "#", "javascript:void(0)"])
            role = ' role="button"' if ctl.kind in ("primary", "secondary", "tertiary") and self.rng.random() < 0.6 else ""
            return f'<a href="{self.esc(href)}"{role}{attrs}{act}{r}>{t}</a>'
        if tag == "div":
            return f'<div role="button" tabindex="0"{attrs}{act}{r}>{t}</div>'
        if tag == "span":
            return f'<span role="button" tabindex="0"{attrs}{act}{r}>{t}</span>'
        if tag == "input":
            typ = self.rng.choice(["button", "button", "submit"])
            return f'<input type="{typ}" value="{t}"{attrs}{act}{r}>'
        raise ValueError(tag)

    def actions_html(self, buttons, key="actions"):
        if not buttons:
            return ""
        lay = self.rng.choice(["row", "row", "row-end", "stack", "row-between"]) if self.layout != "corner" else self.rng.choice(["stack", "row", "stack"])
        d = {"display": "flex", "gap": f"{self.rng.choice([8, 10, 12, 16])}px", "margin-top": f"{self.rng.choice([8, 12, 16])}px"}
        if lay == "stack":
            d["flex-direction"] = "column"
        else:
            d["flex-wrap"] = "wrap"
            d["align-items"] = "center"
            if lay == "row-end":
                d["justify-content"] = "flex-end"
            elif lay == "row-between":
                d["justify-content"] = "space-between"
        self.set_equal(buttons, lay)
        inner = "".join(self.button(b) for b in buttons)
        return f"<div{self.st.attr((key, d))}>{inner}</div>"

    def set_equal(self, buttons, lay):
        """Equal-weight screens: buttons of one size (min-width) when labels differ a lot in length."""
        self.equal_inline = None
        big = [b for b in buttons if b.kind in ("primary", "secondary")]
        if self.need_accept_w and any(b.role == "accept" for b in buttons):
            # a clearly bigger accept: wider, and taller where the container is narrow
            th = self.th
            cap = 260 if (lay == "stack" or self.layout in ("corner", "side")) else 380
            w = min(self.need_accept_w, cap)
            self.equal_inline = {"min-width": f"{w}px"}
            if self.need_accept_w > cap:
                h_acc = th["btn_fs"] * 1.25 + 2 * th["pad_y"]
                h_needed = self.need_accept_w * h_acc / cap
                pad_y = int((h_needed - th["btn_fs"] * 1.25) / 2) + 1
                self.equal_inline["padding"] = f"{self.px(pad_y)} {self.px(th['pad_x'])}"
            if lay == "stack" and self.rng.random() < 0.5:
                self.equal_inline["width"] = "100%"
            return
        if lay == "stack":
            self.equal_inline = {"width": "100%"} if self.rng.random() < 0.5 else None
            if self.equal_inline is None and self.sp.equal and len(big) > 1:
                self.equal_inline = {"width": "100%"}
            return
        if not self.sp.equal or len(big) < 2:
            return
        th = self.th
        f = 0.62 if th["upper"] else 0.55
        ws = [len(b.text) * th["btn_fs"] * f + 2 * th["pad_x"] for b in big]
        if max(ws) / min(ws) > 1.5 or self.rng.random() < 0.2:
            self.equal_inline = {"min-width": f"{int(max(ws)) + 4}px"}

    def close_html(self):
        c = self.sp.close
        if not c:
            return ""
        d = {"position": "absolute", "top": "8px", "right": "8px", "background": "transparent", "border": "0",
             "font-size": "22px", "line-height": "1", "color": self.th["muted"], "cursor": "pointer", "padding": "4px"}
        self.record(c, "button", [("", d)])
        inner = self.rng.choice(["&times;", "×", ICON_X, "✕"])
        if self.btn_tag == "div":
            return f'<div role="button" tabindex="0" aria-label="{self.esc(c.text)}"{self.st.attr(("close", d))} data-cl-role="close">{inner}</div>'
        return f'<button type="button" aria-label="{self.esc(c.text)}"{self.st.attr(("close", d))} data-cl-role="close">{inner}</button>'

    def after_html(self, ctls):
        if not ctls:
            return ""
        d = {"margin-top": f"{self.rng.choice([8, 10, 12, 14])}px", "display": "flex", "gap": "12px", "flex-wrap": "wrap"}
        if any(c.kind == "late" for c in ctls):
            d["justify-content"] = self.rng.choice(["flex-start", "flex-end", "center"])
        return f"<div{self.st.attr(('links', d))}>" + "".join(self.button(c) for c in ctls) + "</div>"

    # toggles
    def toggle_html(self, t: Tog, idx):
        th, rng = self.th, self.rng
        tid = f"{self.prefix}-p{idx}-{self.uid}"
        name = self.esc(t.name)
        note = f' <small{self.st.attr(("tog-note", {"color": th["muted"], "font-size": self.px(max(11, th["body_fs"] - 2))}))}>{self.esc(t.note)}</small>' if t.note and rng.random() < 0.7 else ""
        desc = f'<div{self.st.attr(("tog-desc", {"color": th["muted"], "font-size": self.px(max(11, th["body_fs"] - 2))}))}>{self.esc(t.desc)}</div>' if t.desc else ""
        row = {"display": "flex", "align-items": "center", "justify-content": "space-between", "gap": "12px",
               "padding": "6px 0", "border-bottom": f"1px solid {th['border']}"}
        kind = self.toggle_kind
        dis = " disabled" if t.disabled else ""
        chk = " checked" if t.checked else ""
        if kind in ("checkbox", "checkbox-for"):
            box = {"width": "16px", "height": "16px", "accent-color": th["accent"], "margin": "0 8px 0 0"}
            inp = f'<input type="checkbox" name="p{idx}" id="{tid}"{chk}{dis}{self.st.attr(("check", box))} data-cl-role="other">'
            if kind == "checkbox":
                return f'<div{self.st.attr(("tog-row", row))}><label>{inp}{name}{note}</label>{desc}</div>'
            return f'<div{self.st.attr(("tog-row", row))}>{inp}<label for="{tid}">{name}</label>{note}{desc}</div>'
        on = {"background": th["accent"], "border-radius": "999px", "width": "40px", "height": "22px", "border": "0",
              "position": "relative", "flex-shrink": "0"}
        off = {"background": toward_contrast(th["fg"], th["bg"], 2.0), "border-radius": "999px", "width": "40px",
               "height": "22px", "border": "0", "position": "relative", "flex-shrink": "0"}
        sw = self.st.attr(("switch", {}), ("switch-on" if t.checked else "switch-off", on if t.checked else off))
        aria = f'aria-checked="{"true" if t.checked else "false"}"' + (' aria-disabled="true"' if t.disabled else "")
        lab = f'<span id="{tid}-l">{name}</span>{note}'
        if kind == "switch-button":
            ctrl = f'<button type="button" role="switch" {aria} aria-labelledby="{tid}-l"{dis}{sw} data-cl-role="other"></button>'
        else:
            ctrl = f'<div role="switch" tabindex="0" {aria} aria-labelledby="{tid}-l"{sw} data-cl-role="other"></div>'
        return f'<div{self.st.attr(("tog-row", row))}><div>{lab}{desc}</div>{ctrl}</div>'

    def toggles_html(self, toggles, head=None, start=0, note=None, key="purposes"):
        if not toggles:
            return ""
        h = ""
        if head:
            h = f'<div{self.st.attr(("tog-head", {"font-weight": "700", "margin": "10px 0 4px 0"}))}>{self.esc(head)}</div>'
        if note:
            h += f'<p{self.st.attr(("tog-expl", {"font-size": self.px(max(11, self.th["body_fs"] - 1)), "color": self.th["muted"], "margin": "0 0 4px 0"}))}>{self.esc(note)}</p>'
        rows = "".join(self.toggle_html(t, start + i) for i, t in enumerate(toggles))
        return f'<div{self.st.attr((key, {"margin": "8px 0"}))}>{h}{rows}</div>'

    def first_toggles_html(self):
        sp = self.sp
        out = self.toggles_html(sp.toggles, sp.toggle_head)
        if sp.li_toggles:
            out += self.toggles_html(sp.li_toggles, sp.li_head, start=50, note=sp.li_note, key="li-purposes")
        return out

    def layer2_html(self):
        l2 = self.sp.layer2
        if not l2:
            return ""
        hide = l2["hide"]
        attrs = ' data-cl-layer="2"'
        inline = None
        parts = [("prefs", {"margin-top": "12px", "padding-top": "12px", "border-top": f"1px solid {self.th['border']}"})]
        if hide == "attr":
            attrs += " hidden"
        elif hide == "style" or (hide == "class" and self.st.mode == "inline"):
            inline = {"display": "none"}
        elif hide == "class":
            parts.append(("is-hidden", {"display": "none"}))
        elif hide == "visibility":
            inline = {"visibility": "hidden", "height": "0", "overflow": "hidden"}
        else:
            attrs += ' aria-hidden="true"'
            inline = {"display": "none"}
        saved = self.equal_inline
        title = f'<div{self.st.attr(("prefs-title", {"font-weight": "700"}))}>{self.esc(l2["title"])}</div>'
        body = title + self.toggles_html(l2["toggles"], start=100, key="prefs-list") + self.actions_html(l2["buttons"], key="prefs-actions")
        self.equal_inline = saved
        return f'<div id="{self.prefix}-prefs-{self.uid}"{self.st.attr(*parts, inline=inline)}{attrs}>{body}</div>'

    def pay_cards_html(self, buttons):
        th = self.th
        card = {"flex": "1", "border": f"1px solid {th['border']}", "border-radius": f"{max(4, th['dlg_radius'])}px",
                "padding": "16px", "display": "flex", "flex-direction": "column", "gap": "8px"}
        cards = []
        self.set_equal([b for b in buttons if b.role in ("accept", "pay")], "row")
        for b in buttons:
            if b.role not in ("accept", "pay"):
                continue
            feats = "".join(f"<li>{self.esc(f)}</li>" for f in b.sub)
            cards.append(f'<div{self.st.attr(("plan", card))}><ul{self.st.attr(("plan-feats", {"margin": "0", "padding-left": "18px"}))}>{feats}</ul>{self.button(b)}</div>')
        rest = [b for b in buttons if b.role not in ("accept", "pay")]
        grid = {"display": "flex", "gap": "16px", "margin-top": "12px"}
        if self.layout in ("corner", "side"):
            grid["flex-direction"] = "column"
        out = f'<div{self.st.attr(("plans", grid))}>{"".join(cards)}</div>'
        if rest:
            out += self.actions_html(rest, key="extra-actions")
        return out

    def buttons_html(self):
        if self.sp.pay_cards:
            return self.pay_cards_html(self.sp.buttons)
        return self.actions_html(self.sp.buttons)

    # ---- skeleton ---------------------------------------------------------
    def root_attrs(self, with_id=True):
        sp, rng = self.sp, self.rng
        a = [f'id="{self.prefix}-{rng.choice(["banner", "notice", "consent", "dialog", "popup", "bar"])}-{self.uid}"'] if with_id else []
        if rng.random() < 0.75:
            a.append('role="dialog"' if rng.random() < 0.8 else 'role="region"')
        if sp.wall or (sp.backdrop and rng.random() < 0.7):
            a.append('aria-modal="true"')
        if sp.title and rng.random() < 0.6:
            a.append(f'aria-labelledby="{self.prefix}-title-{self.uid}"')
        elif rng.random() < 0.5:
            a.append(f'aria-label="{self.esc(self.rng.choice(T.TITLES[self.lang]).replace("{site}", sp.site))}"')
        if rng.random() < 0.35:
            a.append(f'lang="{self.lang}"')
        a.append("data-cl-dialog")
        return " " + " ".join(a)

    def inner_html(self):
        sp = self.sp
        body = self.title_html() + self.paras_html(sp.paras) + self.first_toggles_html() + self.buttons_html()
        body += self.paras_html(sp.post_paras, key="more-text") + self.after_html(sp.after) + self.layer2_html()
        return body

    def render(self):
        root_d = self.d_root()
        root_d.update(self.root_extra)
        inner = self.close_html() + self.inner_html()
        tag, sel = self.root_tag, self.root_sel
        if sel and self.st.mode != "inline":
            self.st.rule(sel, root_d)
            if sel[0] == "#":
                open_ = f'<{tag} id="{sel[1:]}"{self.root_attrs(with_id=False)}{self.root_more}>'
            else:
                open_ = f'<{tag} class="{sel[1:]}"{self.root_attrs()}{self.root_more}>'
        else:
            open_ = f"<{tag}{self.root_attrs()}{self.root_more}{self.st.attr(('root', root_d))}>"
        return f"{open_}{inner}</{tag}>", self.st.css()


# ---- 1. bottom bar -----------------------------------------------------------
class BottomBar(Base):
    fid = "banner-bottom-bar"
    walls = False

    def choose_layout(self):
        return "bottom"

    def inner_html(self):
        sp = self.sp
        if self.rng.random() < 0.55 and not sp.toggles and not sp.post_paras:
            # text left, buttons right
            txt = self.title_html() + self.paras_html(sp.paras)
            left = f"<div{self.st.attr(('msg', {'flex': '1', 'min-width': '280px'}))}>{txt}</div>"
            right = f"<div{self.st.attr(('side', {'flex-shrink': '0'}))}>{self.buttons_html()}</div>"
            wrap = {"display": "flex", "align-items": "center", "gap": "24px", "max-width": f"{self.rng.choice([1100, 1200, 1280])}px",
                    "margin": "0 auto", "flex-direction": "row"}
            return f"<div{self.st.attr(('inner', wrap))}>{left}{right}</div>" + self.after_html(sp.after) + self.layer2_html()
        return super().inner_html()


# ---- 2. top bar ----------------------------------------------------------------
class TopBar(Base):
    fid = "banner-top-bar"
    walls = False
    toggles = False
    modal = False

    def prefixes(self):
        return ["notice-bar", "cookie-bar", "top-notice", "privacy-bar"]

    def make_styler(self):
        return Styler("block", self.rng, namer=bem(self.prefix), colorfmt=self.rng.choice(["hex", "short"]),
                      pretty=self.rng.random() < 0.4)

    def choose_btn_tag(self):
        return self.rng.choice(["a", "a", "button", "span"])

    def choose_layout(self):
        return "top"

    def title_html(self):
        return ""

    def d_position(self):
        d = super().d_position()
        if self.rng.random() < 0.3:
            d["position"] = "sticky"
        return d

    def inner_html(self):
        sp = self.sp
        paras = list(sp.paras)
        if sp.title and self.rng.random() < 0.5:
            sep = " " if sp.title.endswith("?") else ". "
            paras[0] = sp.title + sep + paras[0]
        wrap = {"display": "flex", "align-items": "center", "gap": "16px", "flex-wrap": "wrap", "justify-content": "center"}
        copy = {"flex": "1", "min-width": "50%"}
        return (f"<div{self.st.attr(('wrap', wrap))}><div{self.st.attr(('copy', copy))}>{self.paras_html(paras)}</div>"
                + self.buttons_html() + "</div>" + self.paras_html(sp.post_paras, key="more")
                + self.after_html(sp.after) + self.layer2_html())


# ---- 3. centre modal (descendant selectors scoped by id) ---------------------
class CenterModal(Base):
    fid = "banner-center-modal"

    def choose_layout(self):
        return "center"

    def make_styler(self):
        self.root_sel = f"#{self.rng.choice(['cmp-modal', 'consent-modal', 'privacy-modal', 'cookie-modal'])}-{self.uid}"
        return Styler("block", self.rng, namer=lambda k: k.replace("btn-", "btn--") if k.startswith("btn-") else k,
                      scope=self.root_sel, colorfmt=self.rng.choice(["hex", "rgb"]), pretty=self.rng.random() < 0.5)

    def title_html(self):
        if not self.sp.title:
            return ""
        d = {"font-size": self.px(self.th["body_fs"] + 6), "margin": "0 0 12px 0", "font-weight": "700"}
        self.st.rule(f"{self.root_sel} h2", d)
        return f'<h2 id="{self.prefix}-title-{self.uid}">{self.esc(self.sp.title)}</h2>'


# ---- 4. corner card ------------------------------------------------------------
class CornerCard(Base):
    fid = "banner-corner-card"
    walls = False
    modal = False

    def choose_layout(self):
        return "corner"

    def inner_html(self):
        icon = ICON_COOKIE if self.rng.random() < 0.4 else ""
        return icon + super().inner_html()

    def close_html(self):
        c = self.sp.close
        if not c:
            return ""
        d = {"position": "absolute", "top": "10px", "right": "10px", "width": "28px", "height": "28px",
             "background": "transparent", "border": "0", "color": self.th["muted"], "padding": "6px"}
        self.record(c, "button", [("", d)])
        return f'<button type="button" aria-label="{self.esc(c.text)}" title="{self.esc(c.text)}"{self.st.attr(("x", d))} data-cl-role="close">{ICON_X}</button>'


# ---- 5. TCF-style purposes dialog ---------------------------------------------
class TcfPurposes(Base):
    fid = "banner-tcf-purposes"
    walls = False

    def prefixes(self):
        return ["fc", "tcf", "qc-cmp", "sp-cmp", "iab"]

    def make_styler(self):
        b = self.prefix + "-consent"
        scoped = self.rng.random() < 0.5
        self.root_sel = f".{b}-root" if scoped else None
        return Styler("block", self.rng, namer=bem(b), scope=self.root_sel or "", colorfmt="hex", pretty=self.rng.random() < 0.3)

    def choose_layout(self):
        return self.rng.choice(["center", "center", "bottom"])

    def choose_toggle_kind(self):
        return self.rng.choice(["checkbox", "switch-button"])

    def inner_html(self):
        sp = self.sp
        logo = ""
        if self.rng.random() < 0.6:
            d = {"font-weight": "700", "font-size": self.px(self.th["body_fs"] + 2), "margin-bottom": "8px"}
            logo = f'<div{self.st.attr(("logo", d))}>{self.esc(sp.site)}</div>'
        body = logo + self.title_html() + self.paras_html(sp.paras)
        if sp.toggles or sp.li_toggles:
            box = {"max-height": "220px", "overflow-y": "auto", "margin": "8px 0"}
            body += f"<div{self.st.attr(('purposes-box', box))}>{self.first_toggles_html()}</div>"
        if "vendors" not in sp.inline and self.rng.random() < 0.5:
            sp.after.append(Ctl("other", self.rng.choice(T.VENDORS_LINK[self.lang]).capitalize(), "link", href="#vendors", action="vendors"))
        return body + self.buttons_html() + self.paras_html(sp.post_paras, key="more") + self.after_html(sp.after) + self.layer2_html()


# ---- 6. utility classes (tailwind-like) ----------------------------------------
class AtomicUtility(Base):
    fid = "banner-atomic-utility"
    mode = "utility"

    def make_styler(self):
        th = self.th
        names = {th["accent"]: "brand-600", th["accent_fg"]: "white" if th["accent_fg"] == "#ffffff" else "gray-900",
                 th["bg"]: "surface", th["fg"]: "ink", th["muted"]: "gray-500", th["faint"]: "gray-300",
                 th["sec_bg"]: "neutral-200", th["sec_fg"]: "neutral-900", th["link"]: "link", th["border"]: "gray-200",
                 th["outline_fg"]: "brand-700"}
        return Styler("utility", self.rng, colorfmt=self.rng.choice(["hex", "rgb"]), color_names=names)


# ---- 7. CSS-in-JS hashed classes -----------------------------------------------
class CssInJs(Base):
    fid = "banner-cssinjs-hashed"
    mode = "hashed"

    def make_styler(self):
        return Styler("hashed", self.rng, colorfmt=self.rng.choice(["hex", "rgb"]), pretty=False)

    def choose_btn_tag(self):
        return self.rng.choice(["button", "button", "div"])


# ---- 8. inline styles ----------------------------------------------------------
class InlineStyles(Base):
    fid = "banner-inline-styles"
    mode = "inline"

    def make_styler(self):
        return Styler("inline", self.rng, colorfmt=self.rng.choice(["hex", "rgb", "short"]))

    def choose_btn_tag(self):
        return self.rng.choice(["a", "a", "button", "span"])

    def root_attrs(self):
        a = super().root_attrs()
        return a.replace(f'id="{self.prefix}-', f'id="{self.rng.choice(["cookie-law-info-bar", "cookie-notice", "eu-cookie"])}-', 1)


# ---- 9. declarative shadow DOM -----------------------------------------------------
class ShadowDom(Base):
    fid = "banner-shadow-dom"

    def make_styler(self):
        return Styler("block", self.rng, namer=lambda k: k, colorfmt="hex", pretty=self.rng.random() < 0.3)

    def render(self):
        inner, css = super().render()
        host = self.rng.choice(["privacy-prompt", "consent-banner", "cookie-consent-ui", "div"])
        hid = f'id="{self.rng.choice(["cmp-host", "consent-root", "usercentrics-like-root"])}"'
        host_css = self.rng.choice(["", ":host{all:initial;display:block}", ":host{display:contents}"])
        tpl = f'<template shadowrootmode="open"><style>{host_css}{css}</style>{inner}</template>'
        return f"<{host} {hid}>{tpl}</{host}>", ""


# ---- 10. side panel with attribute selectors ------------------------------------
class Sidebar(Base):
    fid = "banner-sidebar"
    root_tag = "aside"

    def choose_layout(self):
        return "side"

    def d_position(self):
        side = self.rng.choice(["right", "left", "right"])
        return {"position": "fixed", "top": "0", "bottom": "0", side: "0", "width": f"{self.rng.choice([340, 360, 380, 420])}px",
                "z-index": "99999", "padding": "24px", "overflow-y": "auto", "box-shadow": "0 0 24px rgba(0, 0, 0, 0.25)"}

    def make_styler(self):
        self.root_sel = f".{self.prefix}-panel"
        return Styler("block", self.rng, namer=lambda k, p=self.prefix: f"{p}-{k}", scope=self.root_sel,
                      colorfmt=self.rng.choice(["hex", "rgb"]), pretty=self.rng.random() < 0.4)

    def kind_part(self, kind):
        # button variants are styled through attribute selectors
        return (f"@data-variant={kind}", self.d_kind(kind))

    def actions_html(self, buttons, key="actions"):
        self.layout = "corner"   # stacked buttons
        return super().actions_html(buttons, key)


# ---- 11. two columns (grid) ---------------------------------------------------------
class TwoColumn(Base):
    fid = "banner-two-column"

    def choose_layout(self):
        return "center" if self.sp.wall or self.rng.random() < 0.5 else "bottom"

    def d_position(self):
        d = super().d_position()
        if self.layout == "center":
            d["width"] = f"{self.rng.choice([780, 840, 900, 960])}px"
        return d

    def inner_html(self):
        sp = self.sp
        left = self.title_html() + self.paras_html(sp.paras) + self.first_toggles_html() + self.paras_html(sp.post_paras, key="more")
        self.layout = "corner"  # stacked buttons in the right column
        right = self.buttons_html() + self.after_html(sp.after)
        grid = {"display": "grid", "grid-template-columns": self.rng.choice(["2fr 1fr", "3fr 2fr", "1fr 280px"]), "gap": "24px", "align-items": "center"}
        return f"<div{self.st.attr(('grid', grid))}><div>{left}</div><div>{right}</div></div>" + self.layer2_html()


# ---- 12. bootstrap-like ---------------------------------------------------------------
class BootstrapLike(Base):
    fid = "banner-bootstrap-like"
    units = "rem"

    def make_styler(self):
        return Styler("block", self.rng, namer=lambda k: k, colorfmt="hex", pretty=self.rng.random() < 0.5)

    def choose_btn_tag(self):
        return self.rng.choice(["button", "button", "a"])

    def choose_toggle_kind(self):
        return "checkbox-for"

    def render(self):
        sp, th, st = self.sp, self.th, self.st
        self.modal_style = sp.wall or sp.backdrop or self.rng.random() < 0.5
        names = {"primary": "btn-primary", "secondary": self.rng.choice(["btn-secondary", "btn-outline-primary", "btn-light"]) if th["sec_style"] != "same" else "btn-primary"}
        self.bs_names = names
        inner = self.title_html() + self.paras_html(sp.paras) + self.first_toggles_html()
        foot = self.buttons_html() + self.paras_html(sp.post_paras, key="small-text") + self.after_html(sp.after) + self.layer2_html()
        close = self.close_html()
        if self.modal_style:
            st.rule(".modal", {"position": "fixed", "top": "0", "left": "0", "width": "100%", "height": "100%", "z-index": "1055", "overflow-y": "auto"})
            st.rule(".d-block", {"display": "block"})
            st.rule(".modal-dialog", {"max-width": f"{self.rng.choice([500, 560, 620])}px", "margin": "1.75rem auto", "position": "relative"})
            st.rule(".modal-content", {"background-color": th["bg"], "color": th["fg"], "border": f"1px solid {th['border']}",
                                       "border-radius": "0.5rem", "font-size": self.px(th["body_fs"]), "font-family": th["font"], "position": "relative"})
            st.rule(".modal-body", {"padding": "1rem"})
            st.rule(".modal-footer", {"padding": "0.75rem 1rem", "border-top": f"1px solid {th['border']}"})
            attrs = self.root_attrs()
            h = (f'<div class="modal d-block" tabindex="-1"><div class="modal-dialog modal-dialog-centered">'
                 f'<div class="modal-content"{attrs}>{close}<div class="modal-body">{inner}</div>'
                 f'<div class="modal-footer">{foot}</div></div></div></div>')
        else:
            st.rule(".fixed-bottom", {"position": "fixed", "right": "0", "bottom": "0", "left": "0", "z-index": "1030"})
            bgc = "bg-dark" if th["dark"] else "bg-light"
            st.rule("." + bgc, {"background-color": th["bg"], "color": th["fg"]})
            st.rule(".p-3", {"padding": "1rem"})
            st.rule(".shadow", {"box-shadow": "0 0.5rem 1rem rgba(0, 0, 0, 0.15)"})
            st.rule(".cookie-alert", {"font-size": self.px(th["body_fs"]), "font-family": th["font"]})
            h = f'<div class="fixed-bottom {bgc} p-3 shadow cookie-alert"{self.root_attrs()}>{close}<div class="container">{inner}{foot}</div></div>'
        return h, st.css()

    def d_btn_base(self):
        d = super().d_btn_base()
        d["display"] = "inline-block"
        d["border"] = "1px solid transparent"
        return d

    def button(self, ctl, extra=None, tag=None):
        if ctl.kind in ("primary", "secondary", "tertiary"):
            tag = tag or self.btn_tag
            base = self.d_btn_base()
            if ctl.kind == "tertiary":
                mod_name, mod = "btn-link", {"color": self.th["link"], "text-decoration": "underline", "background-color": "transparent"}
            else:
                mod_name = self.bs_names[ctl.kind]
                mod = self.d_kind(ctl.kind)
                if mod_name == "btn-primary":
                    mod = self.d_kind("primary")
                mod = {"background-color" if k == "background" else k: v for k, v in mod.items()}
            parts = [("btn", base), (mod_name, mod)]
            self.record(ctl, tag, [(k, {kk.replace("background-color", "background"): vv for kk, vv in d.items()}) for k, d in parts], self.equal_inline)
            return self._ctl_markup(ctl, tag, self.st.attr(*parts, inline=self.equal_inline))
        if ctl.kind in ("tiny", "late"):
            d = self.d_tiny() if ctl.kind == "tiny" else self.d_late()
            name = "cookie-decline" if ctl.kind == "tiny" else "link-secondary"
            parts = [(name, d)]
            self.record(ctl, "a", parts)
            extra_cls = " small" if self.rng.random() < 0.5 else ""
            attrs = self.st.attr(*parts).replace('class="', f'class="{"text-muted" if ctl.kind == "late" else ""}{extra_cls} '.lstrip(), 1)
            return self._ctl_markup(ctl, "a", attrs)
        return super().button(ctl, extra, tag)

    def toggle_html(self, t, idx):
        th = self.th
        tid = f"cc-{idx}-{self.uid}"
        self.st.rule(".form-check", {"display": "block", "min-height": "1.5rem", "padding-left": "2.5em", "margin-bottom": "0.125rem"})
        self.st.rule(".form-check-input", {"width": "2em", "height": "1em", "margin-left": "-2.5em", "accent-color": th["accent"]})
        chk = " checked" if t.checked else ""
        dis = " disabled" if t.disabled else ""
        sw = ' role="switch"' if self.rng.random() < 0.6 else ""
        return (f'<div class="form-check form-switch"><input class="form-check-input" type="checkbox"{sw} id="{tid}"{chk}{dis} data-cl-role="other">'
                f'<label class="form-check-label" for="{tid}">{self.esc(t.name)}</label></div>')

    def close_html(self):
        c = self.sp.close
        if not c:
            return ""
        d = {"position": "absolute", "top": "0.75rem", "right": "0.75rem", "width": "1em", "height": "1em", "padding": "0.25em",
             "background": "transparent", "border": "0", "opacity": "0.5"}
        self.st.rule(".btn-close", d)
        self.record(c, "button", [("", d)])
        return f'<button type="button" class="btn-close" aria-label="{self.esc(c.text)}" data-cl-role="close">{ICON_X}</button>'


# ---- 13. minimal text notice ------------------------------------------------------
class MinimalText(Base):
    fid = "banner-minimal-text"
    walls = False
    toggles = False
    modal = False

    def make_styler(self):
        self.root_sel = "#" + self.rng.choice(["cookie-notice", "cookies", "cookie-msg", "cn"]) + "-" + self.uid
        return Styler("block", self.rng, namer=lambda k: k, scope=self.root_sel, colorfmt=self.rng.choice(["hex", "short"]), pretty=False)

    def choose_btn_tag(self):
        return self.rng.choice(["a", "button"])

    def choose_layout(self):
        return self.rng.choice(["bottom", "corner", "top"])

    def title_html(self):
        return ""

    def d_root(self):
        d = super().d_root()
        d["font-size"] = self.px(self.rng.choice([12, 13, 14]))
        return d

    def root_attrs(self, with_id=True):
        return ' role="dialog" data-cl-dialog' if self.rng.random() < 0.4 else " data-cl-dialog"


# ---- 14. full-screen overlay ----------------------------------------------------------
class FullscreenWall(Base):
    fid = "banner-fullscreen-wall"
    overlay = True

    def choose_layout(self):
        return "full"

    def render(self):
        th, sp = self.th, self.sp
        self.own_backdrop = True
        over = {"position": "fixed", "top": "0", "left": "0", "width": "100%", "height": "100%", "z-index": "2147483000",
                "display": "flex", "align-items": "center", "justify-content": "center", "font-family": th["font"],
                "font-size": self.px(th["body_fs"])}
        over["background"] = self.rng.choice(["rgba(0, 0, 0, 0.85)", "rgba(15, 23, 42, 0.7)", th["bg"], "rgba(255, 255, 255, 0.96)"])
        if self.rng.random() < 0.3:
            over["backdrop-filter"] = "blur(6px)"
        box = {"background": th["bg"], "color": th["fg"], "max-width": f"{self.rng.choice([560, 640, 720, 800])}px",
               "width": "100%", "padding": f"{self.rng.choice([28, 32, 40, 48])}px", "border-radius": f"{th['dlg_radius']}px",
               "position": "relative"}
        inner = self.close_html() + self.inner_html()
        logo = f'<div{self.st.attr(("brand", {"font-size": "22px", "font-weight": "800", "margin-bottom": "12px", "color": th["accent"] if contrast(th["accent"], th["bg"]) > 3 else th["fg"]}))}>{self.esc(sp.site)}</div>' if self.rng.random() < 0.6 else ""
        a = self.root_attrs()
        if self.rng.random() < 0.5:   # the overlay is the dialog
            return f'<div{a}{self.st.attr(("overlay", over))}><div{self.st.attr(("box", box))}>{logo}{inner}</div></div>', self.st.css()
        return f'<div{self.st.attr(("overlay", over))}><div{a}{self.st.attr(("box", box))}>{logo}{inner}</div></div>', self.st.css()


# ---- 15. in-flow notice (not fixed) ------------------------------------------------------
class InFlowNotice(Base):
    fid = "banner-in-flow-notice"
    walls = False
    modal = False

    def choose_layout(self):
        self.root_tag = self.rng.choice(["section", "div", "aside"])
        return "static"


# ---- 16. CSS custom properties ---------------------------------------------------------
class CssVariables(Base):
    fid = "banner-css-variables"
    mode = "vars"

    def make_styler(self):
        th, p = self.th, self.rng.choice(["--cc", "--cmp", "--consent", "--ck", "--pc"])
        pairs = [("accent", th["accent"]), ("on-accent", th["accent_fg"]), ("bg", th["bg"]), ("text", th["fg"]),
                 ("muted", th["muted"]), ("faint", th["faint"]), ("secondary-bg", th["sec_bg"]), ("secondary-text", th["sec_fg"]),
                 ("link", th["link"]), ("border", th["border"]), ("font", th["font"]),
                 ("font-size", f"{th['body_fs']}px"), ("btn-font-size", f"{th['btn_fs']}px"),
                 ("btn-padding", f"{th['pad_y']}px {th['pad_x']}px"), ("radius", f"{th['radius']}px" if th["radius"] else "0"),
                 ("tiny-size", f"{th['tiny_fs']}px"), ("small-size", f"{th['late_fs']}px"), ("weight", str(th["btn_weight"]))]
        varmap = {}
        for name, val in pairs:
            varmap.setdefault(val, f"{p}-{name}")
        host = ":root" if self.rng.random() < 0.5 else "__ROOT__"
        pre = self.prefix
        return Styler("vars", self.rng, namer=lambda k, pre=pre: f"{pre}-{k}", varmap=varmap, var_host=host,
                      colorfmt=self.rng.choice(["hex", "rgb"]), pretty=self.rng.random() < 0.5)

    def render(self):
        h, css = super().render()
        if self.st.var_host == "__ROOT__":
            css = css.replace("__ROOT__", f".{self.prefix}-root", 1)
        return h, css


# ---- 17. mobile-first with @media min-width -------------------------------------------------
class MediaQueries(Base):
    fid = "banner-media-queries"
    mode = "media"

    def make_styler(self):
        sep = self.rng.choice(["-", "_"])
        return Styler("media", self.rng, namer=lambda k, p=self.prefix, s=sep: f"{p}{s}{k}", breakpoint=self.rng.choice([600, 640, 768, 992, 1024, 1200]),
                      colorfmt=self.rng.choice(["hex", "short"]), pretty=self.rng.random() < 0.5)

    def render(self):
        h, css = super().render()
        if self.rng.random() < 0.4:   # a rule that never applies at 1280px and changes nothing that matters
            css += f"@media (max-width: 480px){{.{self.prefix}-root{{left:0;right:0}}}}"
        if self.rng.random() < 0.3:
            css += f"@media (prefers-reduced-motion: reduce){{.{self.prefix}-root{{transition:none}}}}"
        return h, css


# ---- 18. legacy form with input buttons ------------------------------------------------------
class LegacyForm(Base):
    fid = "banner-legacy-form"
    root_tag = "form"
    root_more = ' action="/cookies" method="post"'

    def prefixes(self):
        return ["cookieform", "cookie_form", "frmCookies", "consentForm"]

    def make_styler(self):
        self.root_sel = f"#{self.prefix}{self.uid}"
        return Styler("block", self.rng, namer=lambda k: k.replace("-", "_"), scope=self.root_sel,
                      colorfmt=self.rng.choice(["hex", "upper"]), pretty=False)

    def choose_btn_tag(self):
        return "input"

    def choose_toggle_kind(self):
        return "checkbox-for"

    def toggles_html(self, toggles, head=None, start=0, note=None, key="purposes"):
        if not toggles:
            return ""
        rows = []
        for i, t in enumerate(toggles):
            tid = f"chk{start + i}_{self.uid}"
            chk = ' checked="checked"' if t.checked else ""
            dis = ' disabled="disabled"' if t.disabled else ""
            rows.append(f'<tr><td><input type="checkbox" name="c{start + i}" id="{tid}"{chk}{dis} data-cl-role="other"></td>'
                        f'<td><label for="{tid}">{self.esc(t.name)}</label></td></tr>')
        h = f"<caption>{self.esc(head)}</caption>" if head else ""
        n = f"<p>{self.esc(note)}</p>" if note else ""
        return f'{n}<table{self.st.attr((key, {"border-collapse": "collapse", "margin": "6px 0"}))}>{h}{"".join(rows)}</table>'


# ---- 19. ARIA divs with icons ---------------------------------------------------------------
class AriaDivs(Base):
    fid = "banner-aria-divs"

    def choose_btn_tag(self):
        return "div"

    def choose_toggle_kind(self):
        return "switch-div"

    def make_styler(self):
        return Styler(self.rng.choice(["block", "hashed"]), self.rng, namer=lambda k, p=self.prefix: f"{p}-{k}", colorfmt="hex",
                      pretty=self.rng.random() < 0.3)

    def _ctl_markup(self, ctl, tag, attrs):
        if tag != "div" or ctl.kind not in ("primary", "secondary", "tertiary"):
            return super()._ctl_markup(ctl, tag, attrs)
        icon = ICON_CHECK if ctl.role == "accept" and self.rng.random() < 0.6 else ""
        t = self.esc(ctl.text)
        return f'<div role="button" tabindex="0"{attrs} data-cl-role="{ctl.role}"><span class="{self.prefix}-lbl">{icon}<span>{t}</span></span></div>'


# ---- 20. tabbed dialog -----------------------------------------------------------------------
class TabbedDialog(Base):
    fid = "banner-tabbed-dialog"
    walls = False

    TABS = {"en": ["Consent", "Details", "About"], "de": ["Zustimmung", "Details", "Über Cookies"],
            "nl": ["Toestemming", "Details", "Over cookies"], "fr": ["Consentement", "Détails", "À propos"]}
    ABOUT = {"en": "Cookies are small text files that websites store on your device.",
             "de": "Cookies sind kleine Textdateien, die Websites auf Ihrem Gerät speichern.",
             "nl": "Cookies zijn kleine tekstbestanden die websites op je apparaat opslaan.",
             "fr": "Les cookies sont de petits fichiers texte que les sites enregistrent sur votre appareil."}

    def choose_layout(self):
        return self.rng.choice(["center", "bottom"])

    def choose_toggle_kind(self):
        return self.rng.choice(["switch-button", "checkbox"])

    def inner_html(self):
        sp, st = self.sp, self.st
        tabs = self.TABS[self.lang]
        tabd = {"background": "transparent", "border": "0", "padding": "10px 14px", "font-weight": "600", "color": self.th["fg"],
                "border-bottom": f"2px solid {self.th['accent']}"}
        tabd_off = {"background": "transparent", "border": "0", "padding": "10px 14px", "color": self.th["muted"]}
        bar = "".join(
            f'<button type="button" role="tab" aria-selected="{"true" if i == 0 else "false"}"{st.attr(("tab-on" if i == 0 else "tab", tabd if i == 0 else tabd_off))} data-cl-role="other">{self.esc(t)}</button>'
            for i, t in enumerate(tabs))
        tablist = f'<div role="tablist"{st.attr(("tabs", {"display": "flex", "border-bottom": "1px solid " + self.th["border"], "margin-bottom": "12px"}))}>{bar}</div>'
        panel1 = f'<div role="tabpanel">{self.title_html()}{self.paras_html(sp.paras)}</div>'
        hide_mode = self.rng.choice(["attr", "style"])
        hid = ' hidden' if hide_mode == "attr" else ' style="display:none"'
        details_togs = self.toggles_html(self.sp.layer2["toggles"], start=200) if sp.layer2 else ""
        panel2 = f'<div role="tabpanel"{hid} data-cl-layer="2">{details_togs or self.paras_html([self.ABOUT[self.lang]])}</div>'
        panel3 = f'<div role="tabpanel"{hid} data-cl-layer="2">{self.paras_html([self.ABOUT[self.lang]])}</div>'
        togs = ""
        if sp.toggles or sp.li_toggles:
            self.toggle_kind = self.rng.choice(["switch-button", "checkbox"])
            togs = self.first_toggles_html()
        foot = self.buttons_html() + self.paras_html(sp.post_paras, key="more") + self.after_html(sp.after)
        return tablist + panel1 + panel2 + panel3 + togs + foot

    def layer2_html(self):
        return ""


FAMILIES = [BottomBar, TopBar, CenterModal, CornerCard, TcfPurposes, AtomicUtility, CssInJs, InlineStyles, ShadowDom,
            Sidebar, TwoColumn, BootstrapLike, MinimalText, FullscreenWall, InFlowNotice, CssVariables, MediaQueries,
            LegacyForm, AriaDivs, TabbedDialog]


def caps_of(fam):
    c = set()
    if fam.walls:
        c.add("wall")
    if fam.toggles:
        c.add("toggles")
    if fam.modal:
        c.add("modal")
    if not fam.overlay:
        c.add("no_overlay")
    return c


# --------------------------------------------------------------------------
# Label checks (cheap, by construction; raise on a generator bug)
# --------------------------------------------------------------------------

def _validate(spec: Spec, r: Base):
    m = r.metrics
    first = [c for c in spec.buttons + spec.after + list(spec.inline.values())]
    roles = {c.role for c in first}
    pats = set(spec.patterns)
    refuse = [c for c in first if c.role in ("reject", "object")]
    accepts = [c for c in first if c.role == "accept"]
    assert accepts, "every screen has an accept path"
    if "no_reject" in pats or spec.wall:
        assert not refuse, "no_reject / wall: no refusal on the first layer"
    if not ({"no_reject", "pay_or_consent", "consent_wall"} & pats):
        assert refuse, "a refusal is present unless no_reject or a wall"
    if "pay_or_consent" in pats:
        assert "pay" in roles
    if "buried_opt_out" in pats:
        acc = m[id(accepts[0])]
        for c in refuse:
            rm = m[id(c)]
            if c.kind in ("tiny", "late"):
                ratio = acc["area"] / max(rm["area"], 1)
                low_contrast = contrast(_solid(rm["color"], spec, r), r.th["bg"]) < 2.5
                assert ratio >= 2.5 or (low_contrast and ratio >= 1.8), (spec.variant, ratio, rm, acc)
            else:
                assert c.kind == "inline", c.kind
    elif spec.equal:
        acc = m[id(accepts[0])]
        rej = m[id([c for c in refuse if c.role == "reject"][0])]
        for k in ("tag", "fs", "weight", "py", "px"):
            assert acc[k] == rej[k], (k, acc, rej)
        assert acc["area"] / rej["area"] <= 2.0, (acc, rej)
    checked_opt = [t for t in spec.toggles + spec.li_toggles if t.checked and not t.essential]
    assert bool(checked_opt) == ("preselected" in pats), (spec.config, checked_opt)


def _solid(color, spec, r):
    return color if color.startswith("#") else r.th["fg"]


# --------------------------------------------------------------------------
# The page around the dialog
# --------------------------------------------------------------------------

def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60]


def page_html(spec: Spec, th: dict, r: Base, dialog: str, css: str, rng: random.Random, headline: str):
    lang = spec.lang
    pfont = rng.choice(FONTS)
    pbg = rng.choice(["#ffffff", "#fafafa", "#f7f7f5", "#ffffff"])
    pfg = rng.choice(["#222222", "#1a1a1a", "#333333"])
    head_accent = rng.choice(BRANDS)
    page_css = (f"body{{margin:0;font-family:{pfont};background:{pbg};color:{pfg};line-height:1.6}}"
                f".site-header{{display:flex;justify-content:space-between;align-items:center;padding:14px 32px;border-bottom:3px solid {head_accent}}}"
                f".site-header nav a{{margin-left:18px;color:{pfg};text-decoration:none;font-size:15px}}"
                ".logo{font-weight:800;font-size:22px;text-decoration:none;color:inherit}"
                "main{max-width:760px;margin:32px auto;padding:0 20px}h1{font-size:34px;line-height:1.2}"
                ".meta{color:#666;font-size:13px}.site-footer{padding:24px 32px;background:#f0f0f0;font-size:13px}"
                ".site-footer a{margin-right:16px;color:#444}")
    extra_css = ""
    body_attr = ""
    if spec.scroll_lock:
        how = rng.choice(["style", "no-scroll", "noscroll", "modal-open", "overflow-hidden", "html-rule", "body-rule"])
        if how == "style":
            body_attr = ' style="overflow: hidden"'
        elif how == "html-rule":
            extra_css += "html{overflow:hidden}"
        elif how == "body-rule":
            extra_css += "body{overflow:hidden;height:100%}"
        else:
            body_attr = f' class="{how}"'
            extra_css += f".{how}{{overflow:hidden}}" if rng.random() < 0.5 else f"body.{how}{{overflow:hidden}}"
    backdrop = ""
    if spec.backdrop and not r.own_backdrop:
        bcls = rng.choice(["cmp-backdrop", "cc-overlay", "consent-overlay", "modal-backdrop", "privacy-dim"])
        alpha = rng.choice([0.4, 0.5, 0.6, 0.7, 0.8]) if not spec.wall or rng.random() < 0.8 else 1.0
        bg = f"rgba(0, 0, 0, {alpha})" if alpha < 1 else rng.choice(["#ffffff", "#111111"])
        rule = {"position": "fixed", "top": "0", "left": "0", "right": "0", "bottom": "0", "background": bg, "z-index": "998"}
        if rng.random() < 0.3:
            rule = {"position": "fixed", "inset": "0", "background": bg, "z-index": "998"}
        if rng.random() < 0.25:
            rule["backdrop-filter"] = "blur(4px)"
        decl = ";".join(f"{k}:{v}" for k, v in rule.items())
        if rng.random() < 0.5:
            extra_css += f".{bcls}{{{decl}}}"
            backdrop = f'<div class="{bcls}"></div>'
        else:
            backdrop = f'<div class="{bcls}" style="{decl}"></div>'
    site_path = "/"
    nav = "".join(f'<a href="/{slug(x)}">{escape(x)}</a>' for x in rng.sample(T.NAV[lang], rng.randint(3, 6)))
    paras = "".join(f"<p>{escape(p)}</p>" for p in rng.sample(T.ARTICLE[lang], rng.randint(3, 5)))
    priv_label = rng.choice(T.FOOTER[lang]["privacy"])
    foot_links = [f'<a href="{rng.choice(T.PRIVACY_PATHS[lang])}">{escape(priv_label)}</a>']
    foot_links += [f'<a href="/{slug(x)}">{escape(x)}</a>' for x in rng.sample(T.FOOTER[lang]["other"], 3)]
    rng.shuffle(foot_links)
    promo = ""
    if rng.random() < 0.04:
        promo = (f'<aside class="promo" style="border:1px solid #ddd;padding:16px;margin:24px 0"><p>{escape(rng.choice(T.PROMO[lang]))}</p>'
                 f'<a class="promo-btn" href="/abo" style="background:#c00;color:#fff;padding:8px 16px;text-decoration:none">{escape(rng.choice(T.PROMO_BTN[lang]))}</a></aside>')
    widget = ""
    if rng.random() < 0.04:
        widget = (f'<div class="chat-launcher" style="position:fixed;right:20px;bottom:20px;z-index:50">'
                  f'<button type="button" aria-label="{escape(rng.choice(T.CHAT[lang]))}" style="width:56px;height:56px;border-radius:50%;background:{head_accent};color:#fff;border:0">💬</button></div>')
    elif rng.random() < 0.03:
        widget = '<a href="#top" class="to-top" style="position:fixed;right:16px;bottom:90px">↑</a>'
    header = f'<header class="site-header"><a class="logo" href="{site_path}">{escape(spec.site)}</a><nav>{nav}</nav></header>'
    main = (f'<main><article><h1>{escape(headline)}</h1><p class="meta">{escape(rng.choice(T.BYLINE[lang]))}</p>{paras}</article>{promo}</main>')
    footer = f'<footer class="site-footer">{"".join(foot_links)}<p>© 2026 {escape(spec.site)}</p></footer>'
    wrapped = dialog
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        wrapped = f'<div {rng.choice(["id", "class"])}="{rng.choice(["cmp-app", "consent-root", "cc-wrapper", "app-overlays", "portal"])}">{wrapped}</div>'
    at_start = rng.random() < 0.45 or isinstance(r, InFlowNotice)
    parts = [wrapped, backdrop] if rng.random() < 0.5 else [backdrop, wrapped]
    dlg_block = "".join(parts)
    body = (dlg_block + header + main + footer + widget) if at_start else (header + main + footer + widget + dlg_block)
    css_block = f"<style>{css}</style>" if css else ""
    if css and rng.random() < 0.2 and r.st.mode == "hashed":
        css_block = f'<style data-emotion="css" data-s="">{css}</style>'
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(headline)} | {escape(spec.site)}</title><style>{page_css}{extra_css}</style>{css_block}</head>"
            f"<body{body_attr}>{body}</body></html>")


# --------------------------------------------------------------------------
# Plan and records
# --------------------------------------------------------------------------

def plan(seed, scale=1.0):
    """(config, patterns, lang, family) for every record.

    Each configuration is dealt round-robin over the families that can draw it
    and over the four languages, so every family carries about the same mix of
    labels (a family never predicts a pattern) and every language is balanced.
    """
    rng = random.Random(seed)
    out = []
    for ci, (name, pats, count, needs) in enumerate(CONFIGS):
        k = max(1, round(count * scale))
        compat = [f for f in FAMILIES if set(needs) <= caps_of(f)]
        rng.shuffle(compat)
        start = rng.randrange(len(compat))
        for j in range(k):
            out.append((name, pats, T.LANGS[(j + ci) % 4], compat[(start + j) % len(compat)]))
    rng.shuffle(out)
    return out


def license_for(spec):
    lic = "GPL-3.0-or-later"
    if spec.sources:
        srcs = ", ".join(f"{l} {s}" for s, l in sorted(spec.sources, key=lambda x: (x[0], x[1])))
        lic += f"; button labels from element_roles.csv ({srcs})"
    if spec.purpose_sources:
        srcs = ", ".join(f"{l} {s}" for s, l in sorted(spec.purpose_sources))
        lic += f"; purpose names from lexicons.csv ({srcs})"
    return lic


def make_record(i, seed, cfg, pats, lang, fam, ext, lex):
    rng = random.Random(f"{seed}:{i}")
    words = rng.sample(T.SITE_WORDS[lang], 2)
    tld = rng.choice(T.TLDS[lang])
    host = f"www.{words[0]}-{words[1]}.{tld}"
    site = rng.choice([f"{words[0].capitalize()} {words[1].capitalize()}", f"{words[0].capitalize()}{words[1].capitalize()}",
                       f"{words[0]}-{words[1]}.{tld}", f"{words[0].capitalize()}-{words[1].capitalize()}"])
    headline = rng.choice(T.HEADLINES[lang])
    path = rng.choice(["/", f"/{slug(headline)}", f"/news/{slug(headline)}", f"/2026/11/{slug(headline)}.html"])
    spec = Spec(lang=lang, site=site, host=host, config=cfg, variant="", patterns=tuple(sorted(pats)))
    caps = caps_of(fam)
    SpecBuilder(lang, rng, ext, lex).build(spec, caps, rng.choice(T.PRIVACY_PATHS[lang]))
    th = make_theme(rng)
    r = fam(spec, th, rng)
    dialog, css = r.render()
    _validate(spec, r)
    html_ = page_html(spec, th, r, dialog, css, rng, headline)
    return screen_record(
        id=f"banners-{fam.fid[len('banner-'):]}-{lang}-{i:04d}", group=fam.fid, family="banners", lang=lang,
        url=f"https://{host}{path}", html=html_, consent_screen=True, patterns=sorted(pats), source=SOURCE,
        license=license_for(spec),
        provenance=(f"synthetic page and consent dialog written by banners.py (seed {seed}); design family {fam.fid}, "
                    f"configuration {cfg}/{spec.variant}; labels by construction per shared/TAXONOMY.md"))


def generate(seed=7, scale=1.0):
    ext = load_external_labels()
    lex = load_lexicon_purposes()
    return [make_record(i, seed, *p, ext, lex) for i, p in enumerate(plan(seed, scale))]


def summary(records):
    pats = ["fair"] + ["pay_or_consent", "consent_wall", "no_reject", "buried_opt_out", "preselected", "confirmshaming", "misleading_wording"]
    short = {"fair": "fair", "pay_or_consent": "pay", "consent_wall": "wall", "no_reject": "norej", "buried_opt_out": "buried",
             "preselected": "presel", "confirmshaming": "shame", "misleading_wording": "mislead"}
    lines = []
    fams = sorted({r["group"] for r in records})
    head = f"{'family':<28}{'n':>5}" + "".join(f"{short[p]:>8}" for p in pats)
    lines.append(head)
    lines.append("-" * len(head))

    def row(name, rs):
        c = Counter()
        for r in rs:
            if not r["patterns"]:
                c["fair"] += 1
            for p in r["patterns"]:
                c[p] += 1
        return f"{name:<28}{len(rs):>5}" + "".join(f"{c[p]:>8}" for p in pats)

    for f in fams:
        lines.append(row(f, [r for r in records if r["group"] == f]))
    lines.append("-" * len(head))
    for lang in T.LANGS:
        lines.append(row("lang=" + lang, [r for r in records if r["lang"] == lang]))
    lines.append(row("TOTAL", records))
    combos = Counter("+".join(r["patterns"]) or "fair" for r in records)
    lines.append("")
    lines.append("label sets: " + ", ".join(f"{k} {v}" for k, v in sorted(combos.items(), key=lambda kv: -kv[1])))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the full corpus (for quick looks)")
    args = ap.parse_args(argv)
    records = generate(args.seed, args.scale)
    size = write_jsonl_gz(records, args.out)
    print(summary(records))
    print(f"\nwrote {len(records)} records to {args.out} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
