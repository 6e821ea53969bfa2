"""The site's own privacy links in a dialog: policy, privacy contact, data protection officer.

A consent screen often links the site's privacy policy ("Datenschutzerklärung",
"Privacyverklaring", "Politique de confidentialité") or names a privacy mailbox
or data protection officer. That is where a user objects or asks first, so a
warning offers it as a route (consentlens.forms). Only what the screen itself
links is taken, and only in a form that carries nothing about the user:

- links among the dialog's elements (`a`/`area` with `href`), never the page;
- `https:` URLs without query string, fragment or user info (no tracking
  parameters, no session ids); `http:`, `javascript:`, `data:` and the rest are
  ignored;
- `mailto:` only for a role mailbox (privacy@, dpo@, datenschutz@, ...: a
  function, never a person), without `?subject=` and the like;
- a link to another site only when it shows on the first layer (a vendor
  list behind "Settings" links a hundred other companies' policies);
- at most one link per kind (policy, contact, dpo), in document order.

extension/content/snapshot.js carries the same rules and vocabulary
(PRIVACY_LINK_*); tests/test_privacy_links.py checks that both producers agree.
Matching is on lower-cased text; word edges are written as `(?<![a-z0-9])` so
that Python and JavaScript regular expressions mean the same.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urljoin, urlsplit

KINDS = ("policy", "contact", "dpo")
MAX_LINKS = len(KINDS)
MAX_TEXT = 200
MAX_URL = 2048

# A data protection officer (also as a mailbox name: dpo@, dsb@, fg@).
DPO = re.compile(
    r"(?<![a-z0-9])(?:dpo|dpd|dsb)(?![a-z0-9])|data[ -]protection[ -]officer|datenschutz-?beauftragte|"
    r"functionaris (?:voor (?:de )?)?gegevensbescherming|"
    r"d[ée]l[ée]gu[ée]e? (?:[àa] la )?protection des donn[ée]es"
)
# Privacy as a subject: what a policy or a privacy contact is about.
PRIVACY = re.compile(
    r"privacy|privacidad|datenschutz|data[ -]protection|personal[ -]data|personenbezogen|"
    r"gegevensbescherming|persoonsgegevens|confidentialit|vie[ -]priv[ée]e|"
    r"donn[ée]es[ -]personnelles|protection[ -]des[ -]donn[ée]es"
)
CONTACT = re.compile(
    r"contact|kontakt|e-?mail|write to|schreiben sie|schrijf|[ée]crivez|neem contact"
)
# Controls that change choices are not documents: "Privacy settings",
# "Datenschutz-Einstellungen", "Privacy-instellingen", "Paramètres de confidentialité".
SETTINGS = re.compile(
    r"setting|einstellung|instelling|param[èe]tre|pr[ée]f[ée]rence|voorkeur|präferenz|"
    r"manage|verwalten|beheren|g[ée]rer|anpassen|aanpassen|personnaliser|customi[sz]e|"
    r"choice|choix|keuze|auswahl|option|opties"
)
# Consent actions: a link that accepts or refuses is not a route, whatever its URL.
ACTION = re.compile(
    r"accept|akzept|akkoord|agree|zustimm|einverstanden|allow|erlauben|toestaan|autoriser|"
    r"reject|ablehn|weiger|refus|decline|deny|continu(?:e|er)(?![a-z0-9])|doorgaan|"
    r"(?<![a-z0-9])(?:ok|weiter)(?![a-z0-9])"
)
# Role mailboxes (separators . _ - removed): a function, never a person.
ROLE_MAILBOXES = frozenset({
    "privacy", "privacyoffice", "privacyteam", "privacydesk", "dataprivacy", "dataprotection",
    "gdpr", "dsgvo", "rgpd", "avg", "dpo", "dpd", "dsb", "datenschutz", "datenschutzbeauftragter",
    "datenschutzbeauftragte", "gegevensbescherming", "fg", "privacyofficer", "donneespersonnelles",
    "protectiondesdonnees", "vieprivee", "confidentialite",
})
_DPO_MAILBOXES = frozenset({"dpo", "dpd", "dsb", "fg", "datenschutzbeauftragter", "datenschutzbeauftragte",
                            "privacyofficer"})
_MAILBOX = re.compile(r"^([a-z0-9._+-]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$")
# What the URL Standard percent-encodes in a path (besides controls and non-ASCII).
_PATH_SAFE = "!$%&'()*+,-./:;=@[]^_|~"


def kind_of_text(text: str) -> str | None:
    """policy, contact or dpo for a link labelled `text`, or None."""
    text = (text or "").lower()
    if DPO.search(text):
        return "dpo"
    if SETTINGS.search(text) or not PRIVACY.search(text):
        return None
    return "contact" if CONTACT.search(text) else "policy"


def mailbox(url: str) -> str | None:
    """The role mailbox of a `mailto:` URL (no query, lower case), or None."""
    if not url.lower().startswith("mailto:"):
        return None
    address = unquote(url[len("mailto:"):].split("?", 1)[0]).strip().lower()
    match = _MAILBOX.match(address)
    if not match or re.sub(r"[._-]", "", match.group(1)) not in ROLE_MAILBOXES:
        return None
    return f"mailto:{address}"


def clean_url(href: str | None, base: str) -> str | None:
    """The https or role-mailbox form of a link target, or None.

    Resolves like a browser (the URL Standard): relative to `base`, host in
    lower-case ASCII, default port and dot segments dropped, path
    percent-encoded; then keeps scheme, host and path only.
    """
    if href is None:
        return None
    href = href.strip()
    if href.lower().startswith("mailto:"):
        return mailbox(href)
    try:
        parts = urlsplit(urljoin(base, href.replace("\\", "/")) if base else href)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or not parts.hostname:
        return None
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    netloc = host if port in (None, 443) else f"{host}:{port}"
    path = quote(_without_dot_segments(parts.path) or "/", safe=_PATH_SAFE)
    url = f"https://{netloc}{path}"
    return url if len(url) <= MAX_URL else None


def _without_dot_segments(path: str) -> str:
    out: list[str] = []
    segments = path.split("/")
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        if segment == ".":
            if last:
                out.append("")
        elif segment == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    return "/".join(out)


def kind_of_link(text: str, url: str) -> str | None:
    """The kind of a link by its text, else (for a neutral text such as
    "here" or "Learn more") by its URL path or mailbox."""
    kind = kind_of_text(text)
    if kind:
        return kind
    lowered = (text or "").lower()
    if SETTINGS.search(lowered) or ACTION.search(lowered):
        return None
    if url.startswith("mailto:"):
        local = re.sub(r"[._-]", "", url[len("mailto:"):].split("@", 1)[0])
        return "dpo" if local in _DPO_MAILBOXES else "contact"
    path = unquote(urlsplit(url).path).lower()
    return kind_of_text(re.sub(r"[-_/.]+", " ", path))


def site_of(host: str) -> str:
    """Registrable domain, approximated as in snapshot.js: last two labels,
    three under a two-letter country code with a short second level (co.uk)."""
    parts = (host or "").lower().removeprefix("www.").split(".")
    if len(parts) <= 2:
        return ".".join(parts)
    n = 3 if len(parts[-1]) == 2 and len(parts[-2]) <= 3 else 2
    return ".".join(parts[-n:])


def select(links, page_url: str, base_url: str | None = None) -> list[dict]:
    """The privacy links of a dialog.

    `links`: (href, element) pairs of the dialog's link elements in document
    order, `element` being the snapshot element (its masked `text`, `name`
    and `visible`). `page_url` decides what is the same site; `base_url`
    (default `page_url`) resolves relative links.
    """
    base = page_url if base_url is None else base_url
    try:
        page_host = urlsplit(page_url).hostname if page_url else None
    except ValueError:
        page_host = None
    page_site = site_of(page_host) if page_host else None
    chosen: dict[str, dict] = {}
    for href, element in links:
        url = clean_url(href, base)
        if url is None:
            continue
        text = " ".join(f"{element.get('text') or ''} {element.get('name') or ''}".split())
        kind = kind_of_link(text, url)
        if kind is None or kind in chosen:
            continue
        host = urlsplit(url).hostname if url.startswith("https:") else url.rsplit("@", 1)[-1]
        same_site = page_site is not None and site_of(host) == page_site
        if not (same_site or element.get("visible") is True):
            continue
        label = " ".join((element.get("text") or element.get("name") or "").split())
        chosen[kind] = {"kind": kind, "text": label[:MAX_TEXT], "url": url}
    return list(chosen.values())


def is_safe_url(url: object) -> bool:
    """True for what `clean_url` can produce: an https URL without query or
    fragment, or a role mailbox. The service checks links again with it."""
    if not isinstance(url, str) or len(url) > MAX_URL:
        return False
    if url.startswith("mailto:"):
        return mailbox(url) == url
    return clean_url(url, "") == url
