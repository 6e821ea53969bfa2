"""Multilingual word stems used to find consent screens and to describe them.

Written for ConsentLens (GPL-3.0-or-later) from the vocabulary of real
screens in English, German, Dutch and French, with a few stems of other EU
languages. These are *cues* turned into features; the models learn how much
each one counts. Matching is on lower-cased text with accents kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice


_STEMS: dict = {}


def _rx(*stems: str) -> re.Pattern:
    pattern = re.compile("|".join(stems), re.IGNORECASE)
    _STEMS[pattern] = stems
    return pattern


def _lead_with_literal(stem: str) -> str:
    r"""'\bans\b' -> 'a(?<=\ba)ns\b': the same match, but led by a literal."""
    match = re.match(r"\\b([^\\()\[\]{}|.*+?^$])", stem)
    if not match:
        return stem
    first = match.group(1)
    return f"{first}(?<=\\b{first}){stem[3:]}"


@lru_cache(maxsize=None)
def for_lower(pattern: re.Pattern) -> re.Pattern:
    """The cue compiled for text that is lower-cased already: case-sensitive, with every
    stem led by a literal. re then skips ahead to the stems' first letters instead of
    trying every alternative at every position (5-10x faster on a long dialog text)."""
    stems = _STEMS.get(pattern)
    if stems is None:
        return pattern
    return re.compile("|".join(_lead_with_literal(stem) for stem in stems))


# Text that signals a consent / privacy screen.
CONSENT = _rx(
    r"cooki", r"consent", r"einwillig", r"zustimm", r"toestemming", r"consentement",
    r"datenschutz", r"privacy", r"privatsph", r"confidentialit", r"vie priv",
    r"tracking", r"tracker", r"traceur", r"partner", r"partenaire", r"vendor", r"anbieter",
    r"personali[sz]", r"personnalis", r"gepersonaliseerd", r"personalisiert",
    r"advertis", r"werbung", r"advertentie", r"publicit", r"\bads?\b", r"anzeigen",
    r"legitimate interest", r"berechtigte", r"gerechtvaardigd belang", r"intérêt légitime",
    r"gdpr", r"dsgvo", r"rgpd", r"avg\b", r"your data", r"ihre daten", r"je gegevens",
    r"uw gegevens", r"vos données", r"use (?:of )?(?:your )?(?:info|data)",
)

# A screen that is about something else (what hard negatives talk about).
NOT_CONSENT = _rx(
    r"newsletter", r"e-?mail", r"passwor", r"wachtwoord", r"mot de passe", r"log ?in\b",
    r"sign ?in", r"anmelden", r"inloggen", r"connexion", r"se connecter", r"registr",
    r"\b1[68]\+?\b", r"years? old", r"jahre alt", r"jaar of ouder", r"\bans\b", r"\bâge\b", r"\balter\b",
    r"leeftijd", r"age verification", r"download", r"app store", r"google play",
    r"\bapp\b", r"rabatt", r"discount", r"korting", r"réduction", r"gutschein", r"coupon",
    r"promo", r"chat", r"help you", r"helfen", r"helpen", r"aider",
)

PRICE = re.compile(
    r"(?:[€$£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|eur\b|euro|\$|£|chf|usd))",
    re.IGNORECASE,
)
PERIOD = _rx(
    r"/\s?(?:month|mo|monat|mnd|maand|mois|jahr|year|jaar|an|week|woche)\b", r"per month",
    r"a month", r"monthly", r"pro monat", r"im monat", r"monatlich", r"per maand",
    r"maandelijks", r"par mois", r"mensuel", r"per year", r"pro jahr", r"per jaar", r"par an",
)
SUBSCRIBE = _rx(
    r"subscri", r"abonn", r"\babo\b", r"-abo\b", r"\bpur\b", r"contentpass", r"ad-?free",
    r"werbefrei", r"ohne werbung", r"reklamefrei", r"advertentievrij", r"zonder advertenties",
    r"sans pub", r"without ads", r"no ads", r"geen advertenties", r"keine werbung",
    r"premium", r"\bplus\b", r"pay\b", r"bezahl", r"betalen", r"payer", r"payant",
)
FREE_WITH_ADS = _rx(
    r"for free", r"free with ads", r"kostenlos", r"gratis", r"gratuit", r"mit werbung",
    r"met advertenties", r"avec (?:de la |des )?pub", r"with ads",
)
LEGITIMATE_INTEREST = _rx(
    r"legitimate interest", r"berechtigte[sn]? interesse", r"gerechtvaardigd(?:e)? belang",
    r"intérêts? légitimes?", r"interesse legittimo", r"interés legítimo",
)
ESSENTIAL = _rx(
    r"necessar", r"essential", r"strictly", r"required", r"notwendig", r"erforderlich",
    r"essenziell", r"essentiell", r"technisch", r"noodzakelijk", r"essentieel", r"strikt",
    r"functionee?l", r"nécessaire", r"essentiel", r"indispensable", r"strictement",
    r"fonctionnel", r"funktional", r"always active", r"immer aktiv", r"altijd actief",
    r"toujours actif",
)
AI_TRAINING = _rx(
    r"\bai\b", r"\bki\b", r"\bia\b", r"artificial intelligence", r"künstliche intelligenz",
    r"kunstmatige intelligentie", r"intelligence artificielle", r"llama", r"generative",
    r"generatieve", r"générative",
)
OBJECT = _rx(
    r"object", r"widersp", r"bezwaar", r"opposition", r"opposer", r"opt[- ]?out",
    r"right to", r"recht op", r"recht auf", r"droit d",
)
DOUBLE_NEGATIVE = _rx(
    r"(?:don'?t|do not|not) (?:(?:want|wish|like) to )?(?:disable|deactivate|refuse|opt out|turn off|switch off|block|stop|object)",
    r"nicht (?:mehr )?(?:deaktivieren|ablehnen|widersprechen|abschalten|ausschalten|blockieren|abmelden)",
    r"niet (?:meer )?(?:uitschakelen|weigeren|deactiveren|uitzetten|blokkeren|afmelden|bezwaar)",
    r"ne pas (?:désactiver|refuser|couper|bloquer|arrêter|vous opposer)",
    r"(?:voulez|souhaitez)[- ]vous pas (?:désactiver|refuser|vous opposer|vous désinscrire)",
)
# tracking presented as a favour to the user
EUPHEMISM = _rx(
    r"improve (?:your|my) (?:browsing |user )?experience", r"better experience", r"best (?:possible )?experience",
    r"smooth(?:est)? (?:possible )?experience", r"(?:nutzer|benutzer|surf)?erlebnis (?:zu )?verbessern", r"bessere[sn]? (?:nutzer)?erlebnis",
    r"optimale[sn]? (?:nutzer)?erlebnis", r"ervaring (?:te )?verbeteren", r"betere (?:gebruikers)?ervaring",
    r"optimale (?:gebruikers)?ervaring", r"beste (?:gebruikers)?ervaring", r"améliorer votre expérience", r"meilleure expérience",
    r"expérience optimale",
)
SAVE_CHOICES = _rx(
    r"selection", r"selected", r"auswahl", r"ausgewählt", r"selectie", r"geselecteerd",
    r"sélection", r"choices", r"choix", r"keuze", r"speichern", r"opslaan", r"enregistrer",
    r"save", r"bestätigen", r"confirm", r"bevestig", r"settings", r"einstellungen", r"instellingen",
    r"paramètres", r"preferences", r"préférences", r"voorkeuren", r"präferenzen",
)
ACCEPT_WORD = _rx(
    r"accept", r"akzept", r"akkoord", r"agree", r"zustimm", r"einverstanden", r"allow",
    r"erlauben", r"zulassen", r"toestaan", r"autoriser", r"j'accepte", r"d'accord", r"ok\b",
)
SCROLL_LOCK_CLASS = re.compile(
    r"no-?scroll|noscroll|scroll-?lock|overflow-?hidden|modal-?open|is-?locked|body--locked|"
    r"has-?modal|stop-?scroll|disable-?scroll",
    re.IGNORECASE,
)
CONTAINER_HINT = re.compile(
    r"cooki|consent|gdpr|cmp|privacy|banner|notice|modal|dialog|popup|pop-up|overlay|"
    r"wall|paywall|qc-|onetrust|cybot|didomi|usercentrics|sp_message|truste|klaro|"
    r"tarteaucitron|orejime|borlabs|cmplz|iubenda|cky-|termly|osano|cc-window|cc_banner|"
    r"cm-|gdpr|rgpd|dsgvo|avg",
    re.IGNORECASE,
)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DIGITS = re.compile(r"\d[\d \-./]{4,}\d")


def mask(text: str) -> str:
    """Mask e-mail addresses and runs of 6+ digits (privacy of the snapshot)."""
    text = EMAIL.sub("[email]", text)
    return DIGITS.sub(lambda m: "[digits]" if sum(c.isdigit() for c in m.group(0)) >= 6 else m.group(0), text)


_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower-case, strip accents, drop everything but letters and digits."""
    # [\W_] is exactly "not isalnum()"; combining marks are never alphanumeric (checked
    # over every code point in tests/test_vocabulary.py)
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", text.lower()))


def count(pattern: re.Pattern, text: str, limit: int | None = None, lowered: bool = False) -> int:
    """Matches of `pattern` in `text`, counting no further than `limit`
    (`lowered`: the text is lower-cased already, which allows a faster match)."""
    if lowered:
        pattern = for_lower(pattern)
    return sum(1 for _ in islice(pattern.finditer(text), limit))


_STOPWORDS = {
    "en": {"the", "and", "you", "your", "we", "our", "to", "of", "for", "with", "this", "use", "can", "is", "are", "or", "on", "by"},
    "de": {"und", "die", "der", "das", "sie", "wir", "ihre", "mit", "für", "zu", "von", "auf", "ist", "oder", "nicht", "ein", "eine", "den", "dem", "können"},
    "nl": {"de", "het", "en", "een", "je", "jouw", "uw", "wij", "we", "van", "voor", "met", "op", "te", "is", "zijn", "niet", "of", "kunt", "deze"},
    "fr": {"le", "la", "les", "et", "vous", "votre", "vos", "nous", "des", "de", "du", "pour", "avec", "sur", "est", "sont", "ou", "pas", "une", "un"},
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_lang(text: str, default: str = "") -> str:
    """Best of en/de/nl/fr by stop-word hits; `default` when too little text."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 3:
        return default
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else default


def primary_lang(tag: str) -> str:
    """'de-AT' -> 'de'; '' stays ''."""
    return (tag or "").split("-")[0].split("_")[0].lower()[:8]
