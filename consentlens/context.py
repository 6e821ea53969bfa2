"""What a screen is about, beyond its patterns: platform, topic and language.

These pick the forms and the message language for a warning. They read only
the snapshot's URL host and dialog text, never the page.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from consentlens.taxonomy import LANGUAGES

# Host (a registrable domain; subdomains match too) -> platform id of the forms catalogue.
PLATFORM_HOSTS = {
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "messenger.com": "facebook",
    "instagram.com": "instagram",
    "whatsapp.com": "whatsapp",
    "threads.net": "meta",
    "threads.com": "meta",
    "meta.com": "meta",
    "meta.ai": "meta",
    "x.com": "x",
    "twitter.com": "x",
    "tiktok.com": "tiktok",
    "linkedin.com": "linkedin",
}

# A platform's parent: its parent's forms apply too, after its own.
PLATFORM_PARENT = {"facebook": "meta", "instagram": "meta", "whatsapp": "meta"}

# Short acronyms are matched case-sensitively ("AI", "KI", "IA") so that words
# like "ai" in other languages or "ki" inside names do not count.
_AI_ACRONYMS = re.compile(r"(?<![\w-])(AI|A\.I\.|KI|K\.I\.|IA|I\.A\.|LLMs?|GenAI)(?![\w-])")
# The word patterns are lower case and searched in the lower-cased text: about
# 3x faster than re.IGNORECASE over a large dialog (this runs on every request).
_AI_WORDS = re.compile(
    r"artificial intelligence|künstliche[rn]? intelligenz|kunstmatige intelligentie|"
    r"intelligence artificielle|machine learning|generative ai|llama|"
    r"(?:ai|ki|ia)[- ](?:training|model|modell|modèle|features|funktionen|functies)|"
    r"train(?:ing|ieren|en|er)? (?:our |unsere |onze |nos )?(?:ai|ki|ia|models?|modelle|modellen|modèles)",
)
_COOKIE_WORDS = re.compile(r"cookie|traceur|tracker|local storage")
_ADS_WORDS = re.compile(
    r"personali[sz]ed ads|advertis|personalisierte werbung|werbung|gepersonaliseerde advertenties|"
    r"advertenties|publicités? personnalisées?|publicité|subscri|abonnement|abo\b",
)


def detect_platform(url: str | None) -> str | None:
    """The catalogue platform of a page URL, or None for any other site."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    while host:
        if host in PLATFORM_HOSTS:
            return PLATFORM_HOSTS[host]
        _, _, host = host.partition(".")
    return None


def detect_topic(text: str | None) -> str | None:
    """The catalogue topic a dialog is about: ai_training, cookies, ads_personalisation or None.

    AI wins over cookies: Meta's AI-training notice also mentions cookies in its
    footer, while a cookie banner rarely talks about training AI.
    """
    if not text:
        return None
    lower = text.lower()
    if _AI_ACRONYMS.search(text) or _AI_WORDS.search(lower):
        return "ai_training"
    if _COOKIE_WORDS.search(lower):
        return "cookies"
    if _ADS_WORDS.search(lower):
        return "ads_personalisation"
    return None


def _primary_language(tag: str | None) -> str | None:
    if not tag:
        return None
    primary = tag.strip().split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else None


def _accept_language(header: str | None) -> list[str]:
    """Language tags of an Accept-Language header, best first (q=0 dropped)."""
    ranked = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip()))
    return [tag for _, _, tag in sorted(ranked)]


def choose_language(snapshot_lang: str | None, accept_language: str | None = None,
                    detected: str | None = None) -> str:
    """Message language: the snapshot's, else the reader's Accept-Language, else
    the one the classifier guessed from the text, else English (supported only)."""
    for tag in (snapshot_lang, *_accept_language(accept_language), detected):
        lang = _primary_language(tag)
        if lang:
            return lang
    return "en"


def normalise_country(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code in upper case, or None when empty.

    Raises ValueError for anything else, so the edge can say what is wrong.
    Countries outside taxonomy.COUNTRIES are accepted: they get the forms that
    serve everyone, just no national authority.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value):
        raise ValueError("country must be a two-letter ISO 3166-1 code such as NL or DE")
    return value.upper()

