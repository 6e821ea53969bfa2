"""Data-use notices of other online services: the user is told, not asked, and may object.

Writes training_data/screens/notices.jsonl.gz:

    /tmp/venv/bin/python training_data/generate/notices.py

Meta is not the only service that announces a new use of people's data in a
notice whose big button only dismisses it, with the right to object somewhere
in the copy. These are such notices of invented services (a photo community,
a forum, a professional network, a messenger, a recipe site, a video
platform), in our own words, about three kinds of processing: training AI
models on users' content, sharing data with partner companies, and
personalised advertising under "legitimate interests". None of it copies
Meta's wording or markup (that is meta.py); the point is that a big "Close" /
"Schließen" / "Sluiten" / "Fermer" or "Got it" on a notice dismisses it (role
`close`), whatever its size, and that the way to object is judged by how it is
shown. The wording avoids words that mean something else elsewhere: no
"Abmelden" / "Afmelden" / "désinscrire" (log out, unsubscribe) for objecting,
no "Continue" / "Alles klar" / "Prima" (a way on, or an accept on cookie
banners) for dismissing.

Labels (../../../shared/TAXONOMY.md):
- objection link woven into the running text           -> buried_opt_out
- objection as a small faint link under the big button  -> buried_opt_out
- objection as a button as large as the dismiss button  -> consent screen, fair
Roles: the dismiss button and an x are `close`, the objection link or button
`object`, "learn more" and policy links `other`.

Two groups by layout family, so that grouped evaluation holds one family out:
`notice-overlay` (centred modal, bottom sheet, full-page interstitial) and
`notice-inline` (bar across the top, card in a corner, card in the feed).

A third group, `notice-help-page`, is the hard negative beside them: the same
services' help-centre articles on how to object, with the same objection
links in their running text, are pages, not screens (consent_screen false).
The objection links keep role `object`; the rest of the page is `other`.
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, also when loaded by file path
from common import count_table, report, screen_record, write_jsonl_gz  # noqa: E402

SEED = 20261126
LANGS = ("en", "de", "nl", "fr")
PER_CELL = 36  # records per (group x language)
SOURCE = "training_data/generate/notices.py"
LICENSE = "GPL-3.0-or-later"
OUT = Path(__file__).resolve().parents[1] / "screens" / "notices.jsonl.gz"

E = html.escape

SERVICES = [  # (name, host)
    ("Pictora", "pictora-photos.example"),
    ("Threadline", "threadline-forum.example"),
    ("Workhub", "workhub-network.example"),
    ("Chatterly", "chatterly-app.example"),
    ("Kookboek", "kookboek-recepten.example"),
    ("Clipstream", "clipstream-video.example"),
]

# Per language: what the notice is about (three kinds), how to object (link and button wordings),
# the dismiss buttons, and the small print. {svc} is the service, {date} a date.
TEXT = {
    "en": {
        "topics": {
            "ai": {"title": ["An update on how {svc} uses your content", "We're training {svc}'s AI on public content",
                             "New: AI features built on what you share"],
                   "body": ["From {date}, {svc} will use public content you share, such as captions, comments and profile details, to train the AI models behind our new features.",
                            "Starting {date}, the things you post publicly on {svc} may be used to develop and improve our generative AI tools. We rely on our legitimate interests for this."]},
            "share": {"title": ["We're changing how we share data with partners", "Your data and our partner companies"],
                      "body": ["From {date}, {svc} will share information about how you use the app with selected partner companies, so that they can measure and improve their services.",
                               "We are updating our privacy policy: starting {date}, some of your usage data will be passed to companies that work with {svc}."]},
            "ads": {"title": ["Ads on {svc} are changing", "How we choose the ads you see"],
                    "body": ["From {date}, the ads you see on {svc} will be based on your activity, such as the pages you visit and what you like. We do this on the basis of our legitimate interests.",
                             "Starting {date}, {svc} will use what you do in the app to show you ads that match your interests."]},
        },
        "in_text": ["You can {link} at any time, and we will stop from then on.",
                    "If you don't want this, you have the right to {link}.",
                    "You may {link}; your choice applies from the moment you send it."],
        "link": ["object to this use", "opt out", "object using this form", "say no to this"],
        "faint": ["Object to this use of my data", "Opt out", "I don't want this", "Object"],
        "button": ["Object", "Opt out", "Don't use my data"],
        "dismiss": ["Close", "OK", "Got it", "Understood", "Dismiss", "Back to feed"],
        "more": ["Learn more", "Read the details"], "policy": "Privacy policy", "x": "Close",
        "dates": ["1 March 2026", "15 June 2026", "next month"],
    },
    "de": {
        "topics": {
            "ai": {"title": ["Neuigkeiten dazu, wie {svc} deine Inhalte nutzt", "Wir trainieren die KI von {svc} mit öffentlichen Inhalten",
                             "Neu: KI-Funktionen auf Grundlage deiner Beiträge"],
                   "body": ["Ab dem {date} verwendet {svc} öffentliche Inhalte, die du teilst, etwa Bildunterschriften, Kommentare und Profilangaben, um die KI-Modelle hinter unseren neuen Funktionen zu trainieren.",
                            "Ab dem {date} können deine öffentlichen Beiträge auf {svc} genutzt werden, um unsere generativen KI-Werkzeuge zu entwickeln und zu verbessern. Wir stützen uns dabei auf unser berechtigtes Interesse."]},
            "share": {"title": ["Wir ändern, wie wir Daten mit Partnern teilen", "Deine Daten und unsere Partnerunternehmen"],
                      "body": ["Ab dem {date} gibt {svc} Informationen darüber, wie du die App nutzt, an ausgewählte Partnerunternehmen weiter, damit diese ihre Dienste messen und verbessern können.",
                               "Wir aktualisieren unsere Datenschutzerklärung: Ab dem {date} werden einige deiner Nutzungsdaten an Unternehmen übermittelt, die mit {svc} zusammenarbeiten."]},
            "ads": {"title": ["Die Werbung auf {svc} ändert sich", "So wählen wir die Werbung aus, die du siehst"],
                    "body": ["Ab dem {date} richtet sich die Werbung auf {svc} nach deinen Aktivitäten, etwa den Seiten, die du besuchst, und dem, was dir gefällt. Grundlage ist unser berechtigtes Interesse.",
                             "Ab dem {date} nutzt {svc} deine Aktivitäten in der App, um dir Anzeigen zu zeigen, die zu deinen Interessen passen."]},
        },
        "in_text": ["Du kannst jederzeit {link}; ab dann hören wir damit auf.",
                    "Wenn du das nicht möchtest, kannst du {link}.",
                    "Du hast das Recht, {link}. Deine Entscheidung gilt ab dem Moment, in dem du sie abschickst."],
        "link": ["dieser Nutzung widersprechen", "hier widersprechen", "über dieses Formular Widerspruch einlegen", "der Verarbeitung widersprechen"],
        "faint": ["Dieser Nutzung meiner Daten widersprechen", "Widersprechen", "Das möchte ich nicht", "Nicht mit meinen Daten"],
        "button": ["Widersprechen", "Meine Daten nicht verwenden", "Widerspruch einlegen"],
        "dismiss": ["Schließen", "OK", "Verstanden", "Zurück zum Feed", "Ausblenden", "Hinweis schließen"],
        "more": ["Mehr erfahren", "Details lesen"], "policy": "Datenschutzerklärung", "x": "Schließen",
        "dates": ["1. März 2026", "15. Juni 2026", "nächsten Monat"],
    },
    "nl": {
        "topics": {
            "ai": {"title": ["Een update over hoe {svc} je content gebruikt", "We trainen de AI van {svc} met openbare content",
                             "Nieuw: AI-functies op basis van wat je deelt"],
                   "body": ["Vanaf {date} gebruikt {svc} openbare content die je deelt, zoals bijschriften, reacties en profielgegevens, om de AI-modellen achter onze nieuwe functies te trainen.",
                            "Vanaf {date} kunnen je openbare berichten op {svc} worden gebruikt om onze generatieve AI-tools te ontwikkelen en te verbeteren. We doen dit op basis van ons gerechtvaardigd belang."]},
            "share": {"title": ["We veranderen hoe we gegevens delen met partners", "Je gegevens en onze partnerbedrijven"],
                      "body": ["Vanaf {date} deelt {svc} informatie over hoe je de app gebruikt met geselecteerde partnerbedrijven, zodat zij hun diensten kunnen meten en verbeteren.",
                               "We passen ons privacybeleid aan: vanaf {date} worden sommige gebruiksgegevens doorgegeven aan bedrijven die met {svc} samenwerken."]},
            "ads": {"title": ["Advertenties op {svc} veranderen", "Zo kiezen we de advertenties die je ziet"],
                    "body": ["Vanaf {date} zijn de advertenties op {svc} gebaseerd op je activiteit, zoals de pagina's die je bezoekt en wat je leuk vindt. We doen dit op basis van ons gerechtvaardigd belang.",
                             "Vanaf {date} gebruikt {svc} wat je in de app doet om je advertenties te tonen die bij je interesses passen."]},
        },
        "in_text": ["Je kunt op elk moment {link}; vanaf dat moment stoppen we ermee.",
                    "Wil je dit niet, dan kun je {link}.",
                    "Je hebt het recht om {link}. Je keuze geldt vanaf het moment dat je die verstuurt."],
        "link": ["bezwaar maken tegen dit gebruik", "je hiertegen verzetten", "via dit formulier bezwaar maken", "hier bezwaar maken"],
        "faint": ["Bezwaar maken tegen dit gebruik van mijn gegevens", "Niet met mijn gegevens", "Dit wil ik niet", "Bezwaar maken"],
        "button": ["Bezwaar maken", "Mijn gegevens niet gebruiken", "Bezwaar indienen"],
        "dismiss": ["Sluiten", "OK", "Begrepen", "Ik snap het", "Terug naar je feed", "Melding sluiten"],
        "more": ["Meer informatie", "Lees de details"], "policy": "Privacybeleid", "x": "Sluiten",
        "dates": ["1 maart 2026", "15 juni 2026", "volgende maand"],
    },
    "fr": {
        "topics": {
            "ai": {"title": ["Du nouveau sur l'utilisation de vos contenus par {svc}", "Nous entraînons l'IA de {svc} avec les contenus publics",
                             "Nouveau : des fonctions d'IA fondées sur ce que vous partagez"],
                   "body": ["À partir du {date}, {svc} utilisera les contenus publics que vous partagez, comme les légendes, les commentaires et les informations de profil, pour entraîner les modèles d'IA de nos nouvelles fonctions.",
                            "À partir du {date}, vos publications publiques sur {svc} pourront servir à développer et améliorer nos outils d'IA générative. Nous nous fondons pour cela sur notre intérêt légitime."]},
            "share": {"title": ["Nous changeons notre façon de partager les données avec nos partenaires", "Vos données et nos sociétés partenaires"],
                      "body": ["À partir du {date}, {svc} partagera des informations sur votre utilisation de l'application avec des sociétés partenaires choisies, afin qu'elles puissent mesurer et améliorer leurs services.",
                               "Nous mettons à jour notre politique de confidentialité : à partir du {date}, certaines de vos données d'utilisation seront transmises à des entreprises qui travaillent avec {svc}."]},
            "ads": {"title": ["Les publicités sur {svc} évoluent", "Comment nous choisissons les publicités que vous voyez"],
                    "body": ["À partir du {date}, les publicités sur {svc} s'appuieront sur votre activité, comme les pages que vous consultez et ce que vous aimez. Nous le faisons sur la base de notre intérêt légitime.",
                             "À partir du {date}, {svc} utilisera votre activité dans l'application pour vous montrer des publicités adaptées à vos centres d'intérêt."]},
        },
        "in_text": ["Vous pouvez {link} à tout moment ; nous arrêterons à partir de ce moment-là.",
                    "Si vous ne le souhaitez pas, vous pouvez {link}.",
                    "Vous avez le droit de {link}. Votre choix s'applique dès que vous l'envoyez."],
        "link": ["vous opposer à cette utilisation", "exercer votre droit d'opposition", "vous y opposer via ce formulaire", "refuser cette utilisation"],
        "faint": ["M'opposer à cette utilisation de mes données", "Pas avec mes données", "Je ne veux pas", "M'opposer"],
        "button": ["M'opposer", "Ne pas utiliser mes données", "Refuser cette utilisation"],
        "dismiss": ["Fermer", "OK", "Compris", "C'est noté", "Retour au fil", "Masquer"],
        "more": ["En savoir plus", "Lire les détails"], "policy": "Politique de confidentialité", "x": "Fermer",
        "dates": ["1er mars 2026", "15 juin 2026", "mois prochain"],
    },
}

# What the page behind the notice says (a feed or forum page: text outside the notice).
FEED = {
    "en": ["Sunset over the harbour last night", "Anyone tried the new trail along the river?", "My sourdough finally rose!",
           "Looking for a second-hand bike in good condition", "Photos from the weekend market"],
    "de": ["Sonnenuntergang am Hafen gestern Abend", "Kennt jemand den neuen Weg am Fluss?", "Mein Sauerteig ist endlich aufgegangen!",
           "Suche ein gebrauchtes Fahrrad in gutem Zustand", "Fotos vom Wochenmarkt"],
    "nl": ["Zonsondergang bij de haven gisteravond", "Iemand al het nieuwe pad langs de rivier gelopen?", "Mijn zuurdesem is eindelijk gerezen!",
           "Op zoek naar een tweedehands fiets in goede staat", "Foto's van de weekmarkt"],
    "fr": ["Coucher de soleil sur le port hier soir", "Quelqu'un a testé le nouveau sentier le long de la rivière ?", "Mon levain a enfin levé !",
           "Je cherche un vélo d'occasion en bon état", "Photos du marché du week-end"],
}

ACCENTS = ["#1a73e8", "#d81b60", "#00897b", "#6d4c41", "#5e35b1", "#f4511e", "#0277bd", "#2e7d32"]
FONTS = ["system-ui,sans-serif", "Roboto,Arial,sans-serif", "Nunito,Arial,sans-serif", "Georgia,serif", "Verdana,sans-serif"]

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font-family:%(font)s;color:#1c1c1c;background:#f4f5f7}
.nav{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#fff;border-bottom:1px solid #e3e3e3}
.nav .brand{font-size:22px;font-weight:800;color:%(accent)s;text-decoration:none}.nav a{color:#444;margin-left:16px;text-decoration:none}
.feed{max-width:640px;margin:20px auto;padding:0 12px}.post{background:#fff;border-radius:8px;padding:16px;margin-bottom:14px}
.post h3{margin:0 0 8px;font-size:16px}.post .img{height:220px;background:#dde1e6;border-radius:6px}
.post .meta{font-size:13px;color:#777;margin-top:8px}
"""

# How the dismiss button, the objection (as a button of equal weight, or faint) and links look.
CONTROL_CSS = """
.nt .go{display:%(go_display)s;padding:%(pad)spx 22px;font-size:%(font)spx;font-weight:%(weight)s;border-radius:%(radius)spx;cursor:pointer;%(go_fill)s}
.nt .obj{display:%(go_display)s;padding:%(pad)spx 22px;font-size:%(font)spx;font-weight:%(weight)s;border-radius:%(radius)spx;cursor:pointer;%(obj_fill)s}
.nt .faint{display:block;margin-top:10px;font-size:%(faint_size)spx;color:%(faint_colour)s;text-decoration:%(faint_deco)s;background:none;border:0;padding:0;cursor:pointer}
.nt .row{display:flex;gap:10px;margin-top:16px;flex-wrap:wrap}.nt .row > *{flex:1}
.nt p{font-size:%(text)spx;line-height:1.5;margin:0 0 10px}.nt h2{font-size:%(title)spx;margin:0 0 10px}
.nt p a{color:%(link_colour)s;text-decoration:%(link_deco)s}.nt .more{font-size:13px;color:#555}
.nt .x{position:absolute;top:10px;right:10px;width:30px;height:30px;border:0;background:transparent;font-size:20px;color:#666;cursor:pointer}
"""

LAYOUT_CSS = {
    "modal": ".veil{position:fixed;inset:0;background:rgba(0,0,0,%(dim)s);z-index:900;display:flex;align-items:center;justify-content:center}"
             ".nt{position:relative;background:#fff;width:%(width)spx;max-width:94vw;border-radius:14px;padding:26px}",
    "sheet": ".veil{position:fixed;inset:0;background:rgba(0,0,0,%(dim)s);z-index:900}"
             ".nt{position:fixed;left:0;right:0;bottom:0;background:#fff;border-radius:18px 18px 0 0;padding:22px 24px 28px;z-index:901;max-height:85vh;overflow-y:auto}",
    "fullpage": ".nt{position:fixed;inset:0;background:#fff;z-index:900;padding:48px max(24px,calc(50vw - 300px));overflow-y:auto}",
    "topbar": ".nt{position:fixed;top:0;left:0;right:0;background:%(tint)s;border-bottom:1px solid #d0d4da;padding:14px 56px 14px 24px;z-index:800}"
              ".nt .row{max-width:480px}",
    "corner": ".nt{position:fixed;right:20px;bottom:20px;width:%(width)spx;max-width:92vw;background:#fff;border-radius:10px;"
              "box-shadow:0 6px 28px rgba(0,0,0,.2);padding:20px;z-index:800}",
    "infeed": ".nt{position:relative;background:#fff;border:1px solid %(accent)s;border-radius:8px;padding:18px;margin-bottom:14px}",
}

GROUPS = {"notice-overlay": ("modal", "sheet", "fullpage"), "notice-inline": ("topbar", "corner", "infeed")}
OBJECTIONS = ("in_text", "in_text", "in_text", "faint", "faint", "equal", "equal")


def control_css(rng: random.Random, accent: str, layout: str) -> str:
    go_fill = rng.choice([f"background:{accent};color:#fff;border:0", f"background:{accent};color:#fff;border:0",
                          "background:#1c1c1c;color:#fff;border:0", f"background:#fff;color:{accent};border:2px solid {accent}"])
    # an objection button of equal weight: the same fill, or the same size and type in another colour
    obj_fill = go_fill if rng.random() < 0.5 else rng.choice(["background:#e8eaed;color:#1c1c1c;border:0",
                                                              f"background:#fff;color:{accent};border:2px solid {accent}"])
    return CONTROL_CSS % {
        "go_display": "block" if layout not in ("topbar",) else "inline-block",
        "pad": rng.choice([10, 12, 14]), "font": rng.choice([15, 16, 17]), "weight": rng.choice([600, 700]),
        "radius": rng.choice([4, 8, 22]), "go_fill": go_fill, "obj_fill": obj_fill,
        "faint_size": rng.choice([11, 12]), "faint_colour": rng.choice(["#9aa0a6", "#b0b0b0", "#a3a3a3"]),
        "faint_deco": rng.choice(["none", "underline"]), "text": rng.choice([14, 15, 16]), "title": rng.choice([18, 20, 22]),
        "link_colour": rng.choice([accent, "#1c1c1c", "#555"]), "link_deco": rng.choice(["underline", "none"]),
    }


def notice(rng: random.Random, lang: str, service: tuple, layout: str, objection: str) -> tuple[str, str, str]:
    """(notice markup, title, what the notice says about itself for the provenance)."""
    t = TEXT[lang]
    name, host = service
    topic = rng.choice(sorted(t["topics"]))
    words = t["topics"][topic]
    date = rng.choice(t["dates"])
    title = rng.choice(words["title"]).format(svc=name)
    body = rng.choice(words["body"]).format(svc=name, date=date)
    dismiss = rng.choice(t["dismiss"])
    form = f"https://{host}/privacy/objection"
    paragraphs = [f"<p>{E(body)}</p>"]
    controls = f'<button type="button" class="go" data-cl-role="close">{E(dismiss)}</button>'
    if objection == "in_text":
        sentence = rng.choice(t["in_text"])
        before, after = sentence.split("{link}")
        link = f'<a href="{form}" data-cl-role="object">{E(rng.choice(t["link"]))}</a>'
        paragraphs.append(f"<p>{E(before)}{link}{E(after)}</p>")
    elif objection == "faint":
        controls += f'<a class="faint" href="{form}" data-cl-role="object">{E(rng.choice(t["faint"]))}</a>'
    else:
        obj = f'<button type="button" class="obj" data-cl-role="object">{E(rng.choice(t["button"]))}</button>'
        pair = [obj, controls] if rng.random() < 0.5 else [controls, obj]
        controls = f'<div class="row">{"".join(pair)}</div>'
    if rng.random() < 0.6:
        paragraphs.append(f'<p class="more"><a href="https://{host}/privacy" data-cl-role="other">{E(t["policy"])}</a>'
                          + (f' · <a href="https://{host}/help/data" data-cl-role="other">{E(rng.choice(t["more"]))}</a>'
                             if rng.random() < 0.5 else "") + "</p>")
    x = (f'<button type="button" class="x" aria-label="{E(t["x"])}" data-cl-role="close">×</button>'
         if layout != "infeed" and rng.random() < 0.5 else "")
    role = ' role="dialog" aria-modal="true"' if layout in ("modal", "sheet", "fullpage") else \
        rng.choice([' role="dialog"', ' role="region"', ""])
    cls = rng.choice(["nt", "nt privacy-update", "nt data-notice", "nt announcement"])
    markup = (f'<div class="{cls}"{role} aria-label="{E(title)}" data-cl-dialog="1">{x}<h2>{E(title)}</h2>'
              f'{"".join(paragraphs)}{controls}</div>')
    if layout in ("modal", "sheet"):
        markup = f'<div class="veil">{markup}</div>' if layout == "modal" else f'<div class="veil"></div>{markup}'
    return markup, title, f"{topic} notice, objection {objection}, dismiss '{dismiss}'"


def document(lang: str, title: str, css: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


def feed(rng: random.Random, lang: str, service: tuple, inner: str = "") -> str:
    name, host = service
    posts = "".join(f'<div class="post"><h3>{E(p)}</h3><div class="img"></div><div class="meta">{rng.randint(2, 300)} ♥</div></div>'
                    for p in rng.sample(FEED[lang], 3))
    return (f'<div class="nav"><a class="brand" href="https://{host}/">{E(name)}</a>'
            f'<span><a href="/explore">⌕</a><a href="/inbox">✉</a></span></div>'
            f'<main class="feed">{inner}{posts}</main>')


HELP = {
    "en": {"h1": ["How to object to the use of your information", "Your right to object, explained", "Choosing how {svc} uses your data"],
           "intro": "This article explains what changes and how you can say no.",
           "steps": ["Open the form linked above.", "Tell us which use you object to.", "We confirm by e-mail within a few days."],
           "side": ["Account and login", "Privacy and safety", "Ads and data", "Report a problem", "Community rules"],
           "was": "Was this article helpful?", "yes": "Yes", "no": "No", "search": "Search help articles"},
    "de": {"h1": ["So widersprichst du der Nutzung deiner Informationen", "Dein Widerspruchsrecht, einfach erklärt", "Wie {svc} deine Daten nutzt: deine Wahl"],
           "intro": "Dieser Artikel erklärt, was sich ändert und wie du Nein sagen kannst.",
           "steps": ["Öffne das oben verlinkte Formular.", "Gib an, welcher Nutzung du widersprichst.", "Wir bestätigen per E-Mail innerhalb weniger Tage."],
           "side": ["Konto und Anmeldung", "Privatsphäre und Sicherheit", "Werbung und Daten", "Problem melden", "Gemeinschaftsregeln"],
           "was": "War dieser Artikel hilfreich?", "yes": "Ja", "no": "Nein", "search": "Hilfeartikel durchsuchen"},
    "nl": {"h1": ["Zo maak je bezwaar tegen het gebruik van je gegevens", "Je recht van bezwaar, uitgelegd", "Kiezen hoe {svc} je gegevens gebruikt"],
           "intro": "In dit artikel lees je wat er verandert en hoe je nee kunt zeggen.",
           "steps": ["Open het formulier hierboven.", "Geef aan tegen welk gebruik je bezwaar maakt.", "We bevestigen binnen een paar dagen per e-mail."],
           "side": ["Account en inloggen", "Privacy en veiligheid", "Advertenties en gegevens", "Probleem melden", "Communityregels"],
           "was": "Was dit artikel nuttig?", "yes": "Ja", "no": "Nee", "search": "Zoek in de help"},
    "fr": {"h1": ["Comment vous opposer à l'utilisation de vos informations", "Votre droit d'opposition expliqué", "Choisir comment {svc} utilise vos données"],
           "intro": "Cet article explique ce qui change et comment dire non.",
           "steps": ["Ouvrez le formulaire indiqué ci-dessus.", "Indiquez à quelle utilisation vous vous opposez.", "Nous confirmons par e-mail sous quelques jours."],
           "side": ["Compte et connexion", "Confidentialité et sécurité", "Publicités et données", "Signaler un problème", "Règles de la communauté"],
           "was": "Cet article vous a-t-il été utile ?", "yes": "Oui", "no": "Non", "search": "Rechercher dans l'aide"},
}

HELP_CSS = """
.help{display:flex;gap:32px;max-width:%(width)spx;margin:24px auto;padding:0 20px}.help aside{width:220px;flex:none}
.help aside a{display:block;padding:8px 0;color:#333;text-decoration:none;font-size:15px}.help article{flex:1;background:#fff;padding:28px;border-radius:8px}
.help h1{font-size:28px;margin:0 0 14px}.help p,.help li{font-size:16px;line-height:1.6}.help a{color:%(accent)s}
.help .vote button{margin-right:8px;padding:6px 14px;border:1px solid #ccc;background:#fff;border-radius:4px;cursor:pointer}
.search{display:block;margin:0 auto;max-width:480px;width:90%%;padding:10px;border:1px solid #ccc;border-radius:20px}
"""


def help_page(rng: random.Random, lang: str, service: tuple) -> tuple[str, str]:
    """(body, title) of a help-centre article on objecting: the notice's words, in a page."""
    t, h = TEXT[lang], HELP[lang]
    name, host = service
    topic = t["topics"][rng.choice(sorted(t["topics"]))]
    title = rng.choice(h["h1"]).format(svc=name)
    form = f"https://{host}/privacy/objection"
    before, after = rng.choice(t["in_text"]).split("{link}")
    link = f'<a href="{form}" data-cl-role="object">{E(rng.choice(t["link"]))}</a>'
    steps = "".join(f"<li>{E(step)}</li>" for step in h["steps"])
    side = "".join(f'<a href="/help/{i}" data-cl-role="other">{E(topic_name)}</a>' for i, topic_name in enumerate(h["side"]))
    article = (f'<article><h1>{E(title)}</h1><p>{E(h["intro"])}</p>'
               f'<p>{E(rng.choice(topic["body"]).format(svc=name, date=rng.choice(t["dates"])))}</p>'
               f'<p>{E(before)}{link}{E(after)}</p><ol>{steps}</ol>'
               f'<p><a href="https://{host}/privacy" data-cl-role="other">{E(t["policy"])}</a></p>'
               f'<div class="vote">{E(h["was"])} <button type="button" data-cl-role="other">{E(h["yes"])}</button>'
               f'<button type="button" data-cl-role="other">{E(h["no"])}</button></div></article>')
    body = (f'<div class="nav"><a class="brand" href="https://{host}/">{E(name)}</a><span><a href="/help">Help</a></span></div>'
            f'<input class="search" type="search" aria-label="{E(h["search"])}" placeholder="{E(h["search"])}">'
            f'<main class="help"><aside>{side}</aside>{article}</main>')
    return body, title


def help_records(rng: random.Random, per_cell: int) -> list[dict]:
    records = []
    for lang in LANGS:
        for i in range(per_cell):
            service = SERVICES[rng.randrange(len(SERVICES))]
            accent = rng.choice(ACCENTS)
            body, title = help_page(rng, lang, service)
            css = (BASE_CSS % {"font": rng.choice(FONTS), "accent": accent}
                   + HELP_CSS % {"width": rng.choice([900, 1040, 1180]), "accent": accent})
            doc = document(lang, f"{title} | {service[0]}", css, body)
            records.append(screen_record(
                id=f"notice-help-page-{lang}-{i:03d}", group="notice-help-page", family="notices", lang=lang,
                url=f"https://{service[1]}/help/privacy/{rng.randrange(10**4, 10**5)}", html=doc,
                consent_screen=False, patterns=[], source=SOURCE, license=LICENSE,
                provenance=f"Our own wording and markup: a help-centre article of an invented service ({service[0]}) "
                           f"on objecting, with an objection link in its text; a page, not a screen. Title: {title}"))
    return records


def build_records(seed: int = SEED, per_cell: int = PER_CELL) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for group, layouts in GROUPS.items():
        for lang in LANGS:
            for i in range(per_cell):
                service = SERVICES[rng.randrange(len(SERVICES))]
                layout = layouts[i % len(layouts)]
                objection = OBJECTIONS[rng.randrange(len(OBJECTIONS))]
                accent = rng.choice(ACCENTS)
                markup, title, about = notice(rng, lang, service, layout, objection)
                css = (BASE_CSS % {"font": rng.choice(FONTS), "accent": accent}
                       + control_css(rng, accent, layout)
                       + LAYOUT_CSS[layout] % {"dim": rng.choice([".4", ".55", ".7"]), "width": rng.choice([380, 440, 520]),
                                               "tint": rng.choice(["#fff8e1", "#e8f0fe", "#ffffff"]), "accent": accent})
                if layout == "infeed":
                    body = feed(rng, lang, service, inner=markup)
                elif layout == "fullpage":
                    body = markup  # an interstitial of its own: the feed loads after it
                else:
                    body = feed(rng, lang, service) + markup
                locked = layout in ("modal", "sheet", "fullpage")
                doc = document(lang, service[0], css + ("body{overflow:hidden}" if locked else ""), body)
                buried = objection != "equal"
                records.append(screen_record(
                    id=f"{group}-{lang}-{i:03d}", group=group, family="notices", lang=lang,
                    url=f"https://{service[1]}/{rng.choice(['', 'home', 'feed', 'notifications'])}", html=doc,
                    consent_screen=True, patterns=["buried_opt_out"] if buried else [], source=SOURCE, license=LICENSE,
                    provenance=f"Our own wording and markup: a data-use notice of an invented service ({service[0]}), "
                               f"{about}, layout '{layout}'. Title: {title}"))
    return records + help_records(rng, per_cell // 3)


def summarise(records: list[dict]) -> str:
    return count_table(records, lambda r: (r["group"], "+".join(r["patterns"])
                                           or ("fair" if r["consent_screen"] else "none"), r["lang"]),
                       "  {:16} {:16} {} {}")


def main() -> None:
    records = build_records()
    report(OUT, write_jsonl_gz(records, OUT), summarise(records))


if __name__ == "__main__":
    main()
