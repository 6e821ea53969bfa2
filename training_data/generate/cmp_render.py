"""Render real consent-management libraries into labelled training screens.

Five open-source consent libraries, installed from npm at exact versions
(training_data/generate/cmp/package.json), are loaded from node_modules into
local pages served on loopback, configured FAIR and DECEPTIVE in en, de, nl and
fr with varied texts, colours, positions and CSS overrides, and measured in
Chromium by extension/content/snapshot.js (producer "scan"):

    library                npm package               version  licence
    klaro                  klaro                     0.7.22   BSD-3-Clause
    vanilla_cookieconsent  vanilla-cookieconsent     3.1.0    MIT
    cookieconsent          cookieconsent (Osano)     3.1.1    MIT
    tarteaucitron          tarteaucitronjs           1.34.0   MIT
    orejime                orejime                   3.2.1    BSD-3-Clause

Patterns (labels follow ../shared/TAXONOMY.md, "Where patterns meet"):
- fair: accept and reject on the first layer with equal weight, nothing on.
- no_reject: the decline button removed by a library option
  (klaro hideDeclineAll, tarteaucitron DenyAllCta:false, vanilla-cookieconsent
  without acceptNecessaryBtn, Osano type "info") or by CSS display:none;
  settings stay where the library has them.
- buried_opt_out: the decline button made a tiny, faint text link by CSS, or
  moved into the description text as a link (vanilla-cookieconsent's
  data-cc="accept-necessary").
- preselected: purposes on by default in a first layer that shows them
  (klaro mustConsent modal, orejime forceModal).
- confirmshaming: the decline label replaced with guilt wording.
- misleading_wording: an "Accept selection" label on the button that saves
  choices (klaro, orejime modal), sometimes with a "legitimate interest"
  purpose switched on, which also makes it preselected.

Roles are annotated on the library's own elements (data-cl-role) before the
snapshot; every interactive element of the dialog gets one. A screen whose
measured roles contradict its label (e.g. a fair screen without a visible
reject) is not written, and the script says so.

Run from the repository root (see training_data/generate/cmp/README.md):

    (cd training_data/generate/cmp && npm ci --ignore-scripts)
    python training_data/generate/cmp_render.py

SPDX-License-Identifier: GPL-3.0-or-later
"""

from __future__ import annotations

import argparse
import http.server
import json
import random
import sys
import threading
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]  # consentlens, and common.py

from common import screen_record, write_jsonl_gz  # noqa: E402
from consentlens.scan import browser_context, take_snapshot  # noqa: E402

CMP_DIR = HERE / "cmp"
OUT = REPO / "training_data" / "screens" / "cmp_rendered.jsonl.gz"
SOURCE = "training_data/generate/cmp_render.py"
SEED = 20261123
VARIANTS_PER_CELL = 4
CAPTURED_AT = "2026-01-01T00:00:00Z"  # fixed, so a rerun writes the same bytes
LANGS = ("en", "de", "nl", "fr")

LIBRARIES = {
    "klaro": ("klaro", "0.7.22", "BSD-3-Clause"),
    "vanilla_cookieconsent": ("vanilla-cookieconsent", "3.1.0", "MIT"),
    "cookieconsent": ("cookieconsent", "3.1.1", "MIT"),
    "tarteaucitron": ("tarteaucitronjs", "1.34.0", "MIT"),
    "orejime": ("orejime", "3.2.1", "BSD-3-Clause"),
}

PATTERNS_BY_LIBRARY = {
    "klaro": ("fair", "no_reject", "buried_opt_out", "preselected", "confirmshaming", "misleading_wording"),
    "orejime": ("fair", "no_reject", "buried_opt_out", "preselected", "confirmshaming", "misleading_wording"),
    "vanilla_cookieconsent": ("fair", "no_reject", "buried_opt_out", "confirmshaming"),
    "cookieconsent": ("fair", "no_reject", "buried_opt_out", "confirmshaming"),
    "tarteaucitron": ("fair", "no_reject", "buried_opt_out", "confirmshaming"),
}

SITES = {
    "en": ("https://www.dailyharbour.co.uk/", "https://shop.greenkettle.com/", "https://www.citytransit-news.org/"),
    "de": ("https://www.stadtanzeiger-nord.de/", "https://shop.bergsport-huber.de/", "https://www.reiseportal-alpen.at/"),
    "nl": ("https://www.dagbladvandekust.nl/", "https://winkel.fietsenbakker.nl/", "https://www.reisgids-vlaanderen.be/"),
    "fr": ("https://www.quotidien-du-sud.fr/", "https://boutique.cafe-lumiere.fr/", "https://www.voyages-romandie.ch/"),
}

# Our own wording (GPL-3.0-or-later), several per language so texts vary.
TEXTS = {
    "en": {
        "title": ["We value your privacy", "Cookies on this site", "Your choice about cookies"],
        "description": [
            "We and our partners use cookies and similar technologies to measure our audience, personalise content and show you relevant ads. You can accept or refuse, and change your mind at any time.",
            "This website uses cookies. Some are needed for the site to work; others help us understand how you use it and let our advertising partners show personalised ads.",
            "With your consent we store and read information on your device to analyse traffic and to personalise advertising with our partners.",
        ],
        "accept": ["Accept all", "Accept", "Allow all cookies", "I agree"],
        "reject": ["Reject all", "Decline", "Refuse", "Only necessary cookies"],
        "settings": ["Manage preferences", "Settings", "Customise"],
        "save": ["Save my choices", "Confirm choices"],
        "shame": ["No thanks, I don't care about my experience", "I prefer a worse website",
                  "No, I don't want to support free journalism", "I'm fine with irrelevant content"],
        "misleading": ["Accept selection", "Accept", "Accept and continue"],
        "buried_link": "continue without accepting",
        "legit": ["Legitimate interest", "Measure and improve your experience (legitimate interest)"],
        "analytics": "Audience measurement", "ads": "Personalised advertising", "social": "Social media",
        "got_it": ["Got it!", "OK"],
        "privacy": "privacy policy",
    },
    "de": {
        "title": ["Wir respektieren Ihre Privatsphäre", "Cookies auf dieser Website", "Ihre Wahl zu Cookies"],
        "description": [
            "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um die Reichweite zu messen, Inhalte zu personalisieren und passende Werbung anzuzeigen. Sie können zustimmen oder ablehnen und Ihre Einwilligung jederzeit widerrufen.",
            "Diese Website verwendet Cookies. Einige sind für den Betrieb notwendig, andere helfen uns zu verstehen, wie Sie die Seite nutzen, und ermöglichen unseren Werbepartnern personalisierte Anzeigen.",
            "Mit Ihrer Einwilligung speichern wir Informationen auf Ihrem Gerät und lesen sie aus, um Zugriffe zu analysieren und Werbung mit unseren Partnern zu personalisieren.",
        ],
        "accept": ["Alle akzeptieren", "Akzeptieren", "Alle Cookies erlauben", "Zustimmen"],
        "reject": ["Alle ablehnen", "Ablehnen", "Nur notwendige Cookies", "Weiter ohne Einwilligung"],
        "settings": ["Einstellungen", "Präferenzen verwalten", "Anpassen"],
        "save": ["Auswahl speichern", "Meine Auswahl bestätigen"],
        "shame": ["Nein danke, mir ist mein Erlebnis egal", "Ich will eine schlechtere Website",
                  "Nein, ich will keinen freien Journalismus unterstützen", "Mir sind unpassende Inhalte lieber"],
        "misleading": ["Auswahl akzeptieren", "Akzeptieren", "Akzeptieren und weiter"],
        "buried_link": "ohne Zustimmung fortfahren",
        "legit": ["Berechtigtes Interesse", "Ihr Erlebnis messen und verbessern (berechtigtes Interesse)"],
        "analytics": "Reichweitenmessung", "ads": "Personalisierte Werbung", "social": "Soziale Medien",
        "got_it": ["Verstanden!", "OK"],
        "privacy": "Datenschutzerklärung",
    },
    "nl": {
        "title": ["Wij respecteren uw privacy", "Cookies op deze website", "Uw keuze over cookies"],
        "description": [
            "Wij en onze partners gebruiken cookies en vergelijkbare technieken om ons bereik te meten, inhoud te personaliseren en relevante advertenties te tonen. U kunt accepteren of weigeren en uw toestemming altijd intrekken.",
            "Deze website gebruikt cookies. Sommige zijn nodig om de site te laten werken, andere helpen ons te begrijpen hoe u de site gebruikt en laten onze advertentiepartners gepersonaliseerde advertenties tonen.",
            "Met uw toestemming slaan wij informatie op uw apparaat op en lezen die uit om bezoeken te analyseren en advertenties met onze partners te personaliseren.",
        ],
        "accept": ["Alles accepteren", "Accepteren", "Alle cookies toestaan", "Akkoord"],
        "reject": ["Alles weigeren", "Weigeren", "Alleen noodzakelijke cookies", "Doorgaan zonder te accepteren"],
        "settings": ["Instellingen", "Voorkeuren beheren", "Aanpassen"],
        "save": ["Keuze opslaan", "Mijn keuzes bevestigen"],
        "shame": ["Nee bedankt, mijn ervaring maakt me niet uit", "Ik wil liever een slechtere website",
                  "Nee, ik steun geen gratis journalistiek", "Ik zie liever irrelevante inhoud"],
        "misleading": ["Selectie accepteren", "Accepteren", "Accepteren en doorgaan"],
        "buried_link": "doorgaan zonder te accepteren",
        "legit": ["Gerechtvaardigd belang", "Uw ervaring meten en verbeteren (gerechtvaardigd belang)"],
        "analytics": "Bereikmeting", "ads": "Gepersonaliseerde advertenties", "social": "Sociale media",
        "got_it": ["Begrepen!", "OK"],
        "privacy": "privacyverklaring",
    },
    "fr": {
        "title": ["Nous respectons votre vie privée", "Les cookies sur ce site", "Votre choix sur les cookies"],
        "description": [
            "Nos partenaires et nous utilisons des cookies et technologies similaires pour mesurer notre audience, personnaliser le contenu et afficher des publicités pertinentes. Vous pouvez accepter ou refuser et changer d'avis à tout moment.",
            "Ce site utilise des cookies. Certains sont nécessaires à son fonctionnement, d'autres nous aident à comprendre votre utilisation et permettent à nos partenaires publicitaires d'afficher des publicités personnalisées.",
            "Avec votre consentement, nous stockons et lisons des informations sur votre appareil pour analyser la fréquentation et personnaliser la publicité avec nos partenaires.",
        ],
        "accept": ["Tout accepter", "Accepter", "Autoriser tous les cookies", "J'accepte"],
        "reject": ["Tout refuser", "Refuser", "Cookies nécessaires uniquement", "Continuer sans accepter"],
        "settings": ["Paramètres", "Gérer mes préférences", "Personnaliser"],
        "save": ["Enregistrer mes choix", "Confirmer mes choix"],
        "shame": ["Non merci, mon expérience m'est égale", "Je préfère un site moins bien",
                  "Non, je ne veux pas soutenir le journalisme gratuit", "Je préfère des contenus sans intérêt"],
        "misleading": ["Accepter la sélection", "Accepter", "Accepter et continuer"],
        "buried_link": "continuer sans accepter",
        "legit": ["Intérêt légitime", "Mesurer et améliorer votre expérience (intérêt légitime)"],
        "analytics": "Mesure d'audience", "ads": "Publicité personnalisée", "social": "Réseaux sociaux",
        "got_it": ["Compris !", "OK"],
        "privacy": "politique de confidentialité",
    },
}

# (dialog background, text, primary button, primary text, secondary button, secondary text)
PALETTES = [
    ("#ffffff", "#222222", "#1a73e8", "#ffffff", "#1a73e8", "#ffffff"),
    ("#1f2933", "#f5f7fa", "#f0b429", "#1f2933", "#f0b429", "#1f2933"),
    ("#fdf6e3", "#333333", "#2e7d32", "#ffffff", "#2e7d32", "#ffffff"),
    ("#ffffff", "#333333", "#c2185b", "#ffffff", "#c2185b", "#ffffff"),
    ("#eef2f7", "#102a43", "#243b53", "#ffffff", "#243b53", "#ffffff"),
]
FONTS = ["Arial, sans-serif", "Georgia, serif", "Verdana, sans-serif", "'DejaVu Sans', sans-serif"]

# The same tiny, faint look for every buried decline (CSS override).
BURIED_CSS = (
    "background:transparent!important;color:{faint}!important;font-size:10px!important;"
    "padding:0!important;border:0!important;box-shadow:none!important;min-width:0!important;"
    "min-height:0!important;height:auto!important;width:auto!important;text-decoration:underline!important;"
    "font-weight:400!important;"
)

ARTICLE = {
    "en": "Local news, weather and the stories of the day.",
    "de": "Lokale Nachrichten, Wetter und die Geschichten des Tages.",
    "nl": "Lokaal nieuws, het weer en de verhalen van de dag.",
    "fr": "Actualités locales, météo et les histoires du jour.",
}


@dataclass
class Screen:
    id: str
    library: str
    pattern: str
    lang: str
    n: int
    url: str
    patterns: list
    head: str = ""
    body: str = ""
    roles: list = field(default_factory=list)  # [(selector, role)], first match wins
    notes: str = ""


def _page(screen: Screen) -> str:
    return (
        f'<!doctype html><html lang="{screen.lang}"><head><meta charset="utf-8"><title>{screen.id}</title>'
        "<style>*,*::before,*::after{transition:none!important;animation:none!important}"
        f"body{{margin:0;font-family:sans-serif}}main{{padding:40px}}</style>{screen.head}</head>"
        f"<body><main><h1>{screen.url}</h1><p>{ARTICLE[screen.lang]}</p></main>{screen.body}</body></html>"
    )


def _js(value) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---- library builders: each fills head/body/roles/patterns for one screen --


def build_klaro(s: Screen, rng: random.Random, t: dict) -> None:
    pal = rng.choice(PALETTES)
    modal = s.pattern in ("preselected", "misleading_wording") or (s.pattern == "fair" and s.n % 2 == 1)
    legit = s.pattern == "misleading_wording" and s.n % 2 == 1
    services = [
        {"name": "analytics", "title": t["analytics"], "purposes": ["analytics"], "default": s.pattern == "preselected"},
        {"name": "ads", "title": t["ads"], "purposes": ["advertising"], "default": s.pattern == "preselected"},
    ]
    if s.n % 3 == 2:
        services.append({"name": "social", "title": t["social"], "purposes": ["marketing"], "default": s.pattern == "preselected"})
    if legit:
        services.append({"name": "measure", "title": rng.choice(t["legit"]), "purposes": ["performance"], "default": True})
        s.patterns = ["misleading_wording", "preselected"]
    decline = rng.choice(t["shame"]) if s.pattern == "confirmshaming" else rng.choice(t["reject"][:3])
    save = rng.choice(t["misleading"]) if s.pattern == "misleading_wording" else rng.choice(t["save"])
    translations = {
        "consentNotice": {"description": rng.choice(t["description"]) + " {privacyPolicy}", "learnMore": rng.choice(t["settings"]),
                          "title": rng.choice(t["title"])},
        "consentModal": {"title": rng.choice(t["title"]), "description": rng.choice(t["description"])},
        "privacyPolicy": {"name": t["privacy"], "text": "{privacyPolicy}."},
        "ok": rng.choice(t["accept"]), "acceptAll": rng.choice(t["accept"][:3]), "decline": decline,
        "acceptSelected": save, "save": save,
        "purposes": {"analytics": {"title": t["analytics"]}, "advertising": {"title": t["ads"]},
                     "marketing": {"title": t["social"]}, "performance": {"title": services[-1]["title"]}},
    }
    config = {
        "lang": s.lang, "privacyPolicy": "/privacy", "storageMethod": "localStorage",
        "mustConsent": modal, "acceptAll": True, "hideDeclineAll": s.pattern == "no_reject",
        "hideLearnMore": False, "translations": {s.lang: translations}, "services": services,
        "styling": {"theme": [rng.choice(["light", "dark"]), rng.choice(["top", "bottom"]), rng.choice(["wide", "left", "right"])]},
    }
    css = [f".klaro .cookie-notice,.klaro .cm-modal{{font-family:{rng.choice(FONTS)}!important}}",
           f".klaro .cm-btn-success,.klaro .cm-btn-accept-all{{background:{pal[2]}!important;color:{pal[3]}!important}}"]
    if s.pattern == "buried_opt_out":
        css.append(".klaro .cn-decline{" + BURIED_CSS.format(faint="#a8a8a8") + "}")
    elif s.pattern == "no_reject" and s.n % 2 == 1:
        config["hideDeclineAll"] = False
        css.append(".klaro .cn-decline{display:none!important}")
    s.head = f"<style>{''.join(css)}</style>"
    s.body = (f"<script>window.klaroConfig={_js(config)};</script>"
              '<script src="/node_modules/klaro/dist/klaro.js"></script>')
    s.roles = [(".cn-decline, .cm-btn-decline", "reject"), (".cm-btn-accept-all", "accept"),
               (".cm-btn-accept", "other"), (".cookie-notice .cm-btn-success", "accept"),
               (".cn-learn-more", "settings"), (".cm-caret a", "settings"), (".hide", "close")]
    s.notes = "klaro " + ("consent modal (mustConsent)" if modal else "notice")


def build_orejime(s: Screen, rng: random.Random, t: dict) -> None:
    pal = rng.choice(PALETTES)
    modal = s.pattern in ("preselected", "misleading_wording")
    legit = s.pattern == "misleading_wording" and s.n % 2 == 1
    purposes = [
        {"id": "analytics", "title": t["analytics"], "cookies": ["_ga"], "default": s.pattern == "preselected"},
        {"id": "ads", "title": t["ads"], "cookies": ["ads"], "default": s.pattern == "preselected"},
    ]
    if s.n % 3 == 2:
        purposes.append({"id": "social", "title": t["social"], "cookies": ["sm"], "default": s.pattern == "preselected"})
    if legit:
        purposes.append({"id": "measure", "title": rng.choice(t["legit"]), "cookies": ["li"], "default": True})
        s.patterns = ["misleading_wording", "preselected"]
    decline = rng.choice(t["shame"]) if s.pattern == "confirmshaming" else rng.choice(t["reject"][:3])
    save = rng.choice(t["misleading"]) if s.pattern == "misleading_wording" else rng.choice(t["save"])
    config = {
        "privacyPolicyUrl": "/privacy", "forceModal": modal, "purposes": purposes,
        "translations": {
            "banner": {"title": rng.choice(t["title"]), "description": rng.choice(t["description"]) + " {privacyPolicy}.",
                       "privacyPolicyLabel": t["privacy"], "accept": rng.choice(t["accept"]), "decline": decline,
                       "configure": rng.choice(t["settings"])},
            "modal": {"title": rng.choice(t["title"]), "description": rng.choice(t["description"]),
                      "acceptAll": rng.choice(t["accept"][:3]), "declineAll": rng.choice(t["reject"][:3]), "save": save},
        },
    }
    css = [f".orejime-Env{{--orejime-font-family:{rng.choice(FONTS)};--orejime-color-background:{pal[0]};"
           f"--orejime-color-text:{pal[1]};--orejime-color-interactive:{pal[2]};--orejime-color-on-interactive:{pal[3]}}}"]
    if s.pattern == "buried_opt_out":
        css.append(".orejime-Banner-declineButton{" + BURIED_CSS.format(faint="#b0b0b0") + "}")
    elif s.pattern == "no_reject":
        css.append(".orejime-Banner-actionItem--decline{display:none!important}")
    s.head = f'<link rel="stylesheet" href="/node_modules/orejime/dist/orejime-standard.css"><style>{"".join(css)}</style>'
    s.body = (f"<script>window.orejimeConfig={_js(config)};</script>"
              f'<script src="/node_modules/orejime/dist/orejime-standard-{s.lang}.js"></script>')
    s.roles = [(".orejime-Banner-saveButton", "accept"), (".orejime-Banner-declineButton", "reject"),
               (".orejime-Banner-learnMoreButton", "settings"), (".orejime-PurposeToggles-enableAll", "accept"),
               (".orejime-PurposeToggles-disableAll", "reject"), (".orejime-Modal-saveButton", "other"),
               (".orejime-Modal-closeButton", "close")]
    s.notes = "orejime " + ("modal (forceModal)" if modal else "banner")


def build_vanilla(s: Screen, rng: random.Random, t: dict) -> None:
    pal = rng.choice(PALETTES)
    description = rng.choice(t["description"])
    modal = {"title": rng.choice(t["title"]), "acceptAllBtn": rng.choice(t["accept"]),
             "showPreferencesBtn": rng.choice(t["settings"]),
             "footer": f'<a href="/privacy">{t["privacy"]}</a>'}
    if s.pattern in ("fair", "buried_opt_out"):
        modal["acceptNecessaryBtn"] = rng.choice(t["reject"])
    elif s.pattern == "confirmshaming":
        modal["acceptNecessaryBtn"] = rng.choice(t["shame"])
    buried_in_text = s.pattern == "buried_opt_out" and s.n % 2 == 0
    if buried_in_text:
        del modal["acceptNecessaryBtn"]
        description += f' <a href="#" data-cc="accept-necessary">{t["buried_link"]}</a>, ' + ARTICLE[s.lang].lower()
    modal["description"] = description
    translations = {s.lang: {"consentModal": modal, "preferencesModal": {
        "title": rng.choice(t["settings"]), "acceptAllBtn": modal["acceptAllBtn"], "acceptNecessaryBtn": rng.choice(t["reject"]),
        "savePreferencesBtn": rng.choice(t["save"]), "closeIconLabel": "Close",
        "sections": [{"title": t["analytics"], "linkedCategory": "analytics"}, {"title": t["ads"], "linkedCategory": "ads"}]}}}
    layout = rng.choice([("box", "bottom right"), ("box", "middle center"), ("cloud", "bottom center"),
                         ("bar", "bottom"), ("bar inline", "bottom")])
    config = {"hideFromBots": False, "disablePageInteraction": layout[1] == "middle center",
              "guiOptions": {"consentModal": {"layout": layout[0], "position": layout[1], "equalWeightButtons": True,
                                              "flipButtons": rng.random() < 0.5}},
              "categories": {"necessary": {"enabled": True, "readOnly": True}, "analytics": {}, "ads": {}},
              "language": {"default": s.lang, "translations": translations}}
    css = [f"#cc-main{{--cc-font-family:{rng.choice(FONTS)};--cc-bg:{pal[0]};--cc-primary-color:{pal[1]};"
           f"--cc-secondary-color:{pal[1]};--cc-btn-primary-bg:{pal[2]};--cc-btn-primary-color:{pal[3]};"
           f"--cc-btn-primary-border-color:{pal[2]}}}"]
    if s.pattern == "buried_opt_out" and not buried_in_text:
        css.append('#cc-main .cm__btn[data-role="necessary"]{' + BURIED_CSS.format(faint="#9aa0a6") + "}")
    s.head = (f'<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">'
              f"<style>{''.join(css)}</style>")
    s.body = ('<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>'
              f"<script>CookieConsent.run({_js(config)});</script>")
    s.roles = [('[data-role="all"]', "accept"), ('[data-role="necessary"]', "reject"), ('[data-cc="accept-necessary"]', "reject"),
               ('[data-role="show"]', "settings"), (".cm__btn--close", "close")]
    s.notes = f"vanilla-cookieconsent {layout[0]} {layout[1]}" + (", decline as a link in the text" if buried_in_text else "")


def build_osano(s: Screen, rng: random.Random, t: dict) -> None:
    pal = rng.choice(PALETTES)
    info = s.pattern == "no_reject" and s.n % 2 == 0
    deny = rng.choice(t["shame"]) if s.pattern == "confirmshaming" else rng.choice(t["reject"])
    config = {
        "type": "info" if info else "opt-in",
        "content": {"header": rng.choice(t["title"]), "message": rng.choice(t["description"]),
                    "allow": rng.choice(t["accept"]), "deny": deny, "dismiss": rng.choice(t["got_it"]),
                    "link": t["privacy"], "href": "/privacy"},
        "palette": {"popup": {"background": pal[0], "text": pal[1]},
                    "button": {"background": pal[2], "text": pal[3]}},
        "theme": rng.choice(["block", "edgeless", "classic"]),
        "position": rng.choice(["bottom", "top", "bottom-left", "bottom-right"]),
        "revokable": False,
    }
    css = [f".cc-window{{font-family:{rng.choice(FONTS)}!important}}",
           # Same weight for both buttons (the library outlines decline by default).
           f".cc-window .cc-btn.cc-deny{{background:{pal[4]}!important;color:{pal[5]}!important;border-color:{pal[4]}!important}}"]
    if s.pattern == "buried_opt_out":
        css[1] = ".cc-window .cc-btn.cc-deny{" + BURIED_CSS.format(faint="#9e9e9e") + "}"
    elif s.pattern == "no_reject" and not info:
        css.append(".cc-window .cc-deny{display:none!important}")
    s.head = (f'<link rel="stylesheet" href="/node_modules/cookieconsent/build/cookieconsent.min.css">'
              f"<style>{''.join(css)}</style>")
    s.body = ('<script src="/node_modules/cookieconsent/build/cookieconsent.min.js"></script>'
              f"<script>window.cookieconsent.initialise({_js(config)});</script>")
    s.roles = [(".cc-allow", "accept"), (".cc-dismiss", "accept"), (".cc-deny", "reject"), (".cc-close", "close")]
    s.notes = f"cookieconsent type {config['type']}, theme {config['theme']}, {config['position']}"


def build_tarteaucitron(s: Screen, rng: random.Random, t: dict) -> None:
    pal = rng.choice(PALETTES)
    custom = {"alertBigPrivacy": rng.choice(t["description"]), "acceptAll": rng.choice(t["accept"]),
              "denyAll": rng.choice(t["shame"]) if s.pattern == "confirmshaming" else rng.choice(t["reject"]),
              "personalize": rng.choice(t["settings"]), "privacyUrl": t["privacy"]}
    orientation = rng.choice(["middle", "bottom", "top", "popup"])
    config = {"privacyUrl": "/privacy", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron",
              "orientation": orientation, "groupServices": False, "showAlertSmall": False, "cookieslist": False,
              "showIcon": False, "DenyAllCta": s.pattern != "no_reject", "AcceptAllCta": True, "highPrivacy": True,
              "handleBrowserDNTRequest": False, "removeCredit": True, "moreInfoLink": True,
              "useExternalCss": False, "mandatory": True, "closePopup": False}
    css = [f"#tarteaucitronRoot #tarteaucitronAlertBig{{background:{pal[0]}!important;color:{pal[1]}!important;"
           f"font-family:{rng.choice(FONTS)}!important}}",
           f"#tarteaucitronRoot #tarteaucitronDisclaimerAlert{{color:{pal[1]}!important}}",
           f"#tarteaucitronRoot #tarteaucitronAlertBig .tarteaucitronCTAButton{{background:{pal[2]}!important;color:{pal[3]}!important}}"]
    if s.pattern == "buried_opt_out":
        css.append("#tarteaucitronRoot #tarteaucitronAlertBig #tarteaucitronAllDenied2{" + BURIED_CSS.format(faint="#9e9e9e") + "}")
    s.head = f"<style>{''.join(css)}</style>"
    s.body = (f"<script>var tarteaucitronForceLanguage={_js(s.lang)};var tarteaucitronCustomText={_js(custom)};</script>"
              '<script src="/node_modules/tarteaucitronjs/tarteaucitron.js"></script>'
              f"<script>tarteaucitron.init({_js(config)});(tarteaucitron.job=tarteaucitron.job||[]).push('gtag');</script>")
    s.roles = [("#tarteaucitronPersonalize2", "accept"), ("#tarteaucitronAllDenied2", "reject"),
               ("#tarteaucitronCloseAlert", "settings"), ("#tarteaucitronCloseCross", "close")]
    s.notes = f"tarteaucitron orientation {orientation}"


BUILDERS = {
    "klaro": build_klaro,
    "orejime": build_orejime,
    "vanilla_cookieconsent": build_vanilla,
    "cookieconsent": build_osano,
    "tarteaucitron": build_tarteaucitron,
}


def plan(variants: int = VARIANTS_PER_CELL) -> list[Screen]:
    screens = []
    for library in sorted(PATTERNS_BY_LIBRARY):
        for pattern in PATTERNS_BY_LIBRARY[library]:
            for lang in LANGS:
                for n in range(variants):
                    rng = random.Random(f"{SEED}:{library}:{pattern}:{lang}:{n}")
                    s = Screen(
                        id=f"cmp-{library}-{pattern}-{lang}-{n:02d}", library=library, pattern=pattern, lang=lang, n=n,
                        url=rng.choice(SITES[lang]), patterns=[] if pattern == "fair" else [pattern],
                    )
                    BUILDERS[library](s, rng, TEXTS[lang])
                    screens.append(s)
    return screens


# ---- rendering ---------------------------------------------------------------

ANNOTATE_JS = """([rules]) => {
  const api = globalThis.ConsentLensSnapshot;
  const dialog = api.findCandidates()[0];
  if (!dialog) return null;
  const all = [];
  (function scan(root) {
    for (const e of root.querySelectorAll('*')) { all.push(e); if (e.shadowRoot) scan(e.shadowRoot); }
  })(dialog.shadowRoot || dialog);
  for (const [selector, role] of rules) {
    for (const e of all) if (!e.hasAttribute('data-cl-role') && e.matches(selector)) e.setAttribute('data-cl-role', role);
  }
  let other = 0;
  for (const e of all) {
    if (e.matches(api.interactiveSelector) && !e.closest('[data-cl-role]')) { e.setAttribute('data-cl-role', 'other'); other++; }
  }
  return other;
}"""


class _Handler(http.server.SimpleHTTPRequestHandler):
    pages: dict = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/page/"):
            body = self.pages.get(self.path[len("/page/"):].split("?")[0])
            if body is None:
                self.send_error(404)
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if self.path.startswith("/privacy"):
            self.send_error(404)
            return
        super().do_GET()


def serve(pages: dict):
    handler = type("Handler", (_Handler,), {"pages": pages})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(CMP_DIR)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def check(screen: Screen, snap: dict) -> str | None:
    """Why the measured screen contradicts its label, or None."""
    first = [e for e in snap["elements"] if e["visible"] and e["layer"] == 1]
    accept = [e for e in first if e.get("label_role") == "accept"]
    reject = [e for e in first if e.get("label_role") == "reject"]
    if not accept:
        return "no visible accept on the first layer"
    if "no_reject" in screen.patterns and reject:
        return "a visible reject on a no_reject screen"
    if screen.pattern in ("fair", "buried_opt_out", "confirmshaming") and not reject:
        return "no visible reject on the first layer"
    if screen.pattern == "buried_opt_out":
        r, a = reject[0], accept[0]
        smaller = r["font_size"] <= 0.85 * a["font_size"] or r["bbox"]["h"] <= 0.6 * a["bbox"]["h"]
        plainer = a["own_background"] and not r["own_background"]
        if not (r["in_text"] or (smaller and plainer)):
            return "the buried reject is not de-emphasised against accept"
    checked = [e for e in first if e["checked"]]
    if "preselected" in screen.patterns and not checked:
        return "nothing pre-checked on a preselected screen"
    if "preselected" not in screen.patterns and checked:
        return "a pre-checked toggle on a screen not labelled preselected"
    return None


def render(screens: list[Screen], settle_ms: int = 4000) -> list[dict]:
    pages = {s.id: _page(s) for s in screens}
    server = serve(pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    records = []
    try:
        with browser_context() as context:
            browser = context.browser
            for i, s in enumerate(screens):
                ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale=s.lang)
                ctx.add_init_script(path=str(REPO / "extension" / "content" / "snapshot.js"))
                page = ctx.new_page()
                try:
                    page.goto(f"{base}/page/{s.id}", wait_until="load")
                    take_snapshot(page, settle_ms=settle_ms)  # waits for the banner to appear
                    page.wait_for_timeout(300)
                    others = page.evaluate(ANNOTATE_JS, [s.roles])
                    snap = page.evaluate("() => globalThis.ConsentLensSnapshot.takeSnapshot({producer: 'scan'})")
                finally:
                    ctx.close()
                if snap is None or others is None:
                    print(f"skip {s.id}: no dialog found", file=sys.stderr)
                    continue
                problem = check(s, snap)
                if problem:
                    print(f"skip {s.id}: {problem}", file=sys.stderr)
                    continue
                snap["url"] = s.url
                snap["captured_at"] = CAPTURED_AT
                records.append(_record(s, snap))
                if (i + 1) % 50 == 0:
                    print(f"{i + 1}/{len(screens)} rendered", file=sys.stderr)
    finally:
        server.shutdown()
    return records


def _record(s: Screen, snap: dict) -> dict:
    package, version, licence = LIBRARIES[s.library]
    return screen_record(
        id=s.id, group=s.library, family="cmp_rendered", lang=s.lang, url=s.url, html=None, snapshot=snap,
        consent_screen=True, patterns=s.patterns, source=SOURCE,
        license=f"GPL-3.0-or-later (configuration); rendered UI of {package} {version} ({licence})",
        provenance=f"{package}@{version} from npm, {s.notes}, configured {s.pattern}; rendered in Chromium")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", type=int, default=VARIANTS_PER_CELL, help="screens per library x pattern x language")
    parser.add_argument("--only", help="render only ids containing this text (for a look; does not write)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (CMP_DIR / "node_modules").is_dir():
        print("node_modules missing: run `npm ci --ignore-scripts` in training_data/generate/cmp", file=sys.stderr)
        return 2
    screens = plan(args.variants)
    if args.only:
        screens = [s for s in screens if args.only in s.id]
    records = render(screens)
    if args.only:
        for r in records:
            print(json.dumps({"id": r["id"], "patterns": r["patterns"], "text": r["snapshot"]["dialog"]["text"][:200],
                              "elements": [(e.get("label_role"), e["text"][:40], e["visible"], e["layer"], e["checked"])
                                           for e in r["snapshot"]["elements"]]}, ensure_ascii=False))
        return 0
    write_jsonl_gz(records, args.out)
    counts: dict = {}
    for r in records:
        key = (r["group"], "+".join(r["patterns"]) or "fair")
        counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        print(f"{key[0]:24s} {key[1]:32s} {counts[key]}")
    print(f"{len(records)} of {len(screens)} screens written to {args.out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
