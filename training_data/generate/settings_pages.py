"""Hard negatives: settings pages about privacy, ads and tracking, with toggles.

Writes training_data/screens/settings_pages.jsonl.gz:

    /tmp/venv/bin/python training_data/generate/settings_pages.py

A screen is a consent, blocking or notice *dialog* (../../../shared/TAXONOMY.md);
a settings page the user navigated to is not one, however much it talks about
consent, cookies or personalised ads and however many of its switches are on.
Every page here is such a page: header, side or tab navigation, footer, the
settings in the main column, all in the page flow (no overlay, no role=dialog,
no aria-modal, no fixed or sticky box, no scroll lock), so consent_screen is
false and there are no patterns. The CMP documentation group shows an example
banner as a captioned article figure, a picture of a banner and not a banner:
its "buttons" are drawn spans, nothing in it can be clicked.

Roles: every interactive element carries data-cl-role. Toggles, checkboxes,
radios, selects, text fields, Save / Cancel and navigation are `other`; a
"Cookie settings" link in a footer is `settings` (it reopens the site's
consent tool, as in a banner).
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, also when loaded by file path
from common import count_table, report, screen_record, write_jsonl_gz  # noqa: E402

SEED = 20261207
LANGS = ("en", "de", "nl", "fr")
SOURCE = "training_data/generate/settings_pages.py"
LICENSE = "GPL-3.0-or-later"
OUT = Path(__file__).resolve().parents[1] / "screens" / "settings_pages.jsonl.gz"

E = html.escape

FONTS = ["Helvetica Neue,Arial,sans-serif", "Inter,Arial,sans-serif", "Roboto,Arial,sans-serif",
         "Source Sans Pro,Arial,sans-serif", "system-ui,sans-serif", "Georgia,serif"]
BRANDS = ["#0b5fff", "#c2185b", "#00796b", "#ef6c00", "#37474f", "#5e35b1", "#2e7d32", "#b71c1c", "#1a73e8", "#00838f"]
PEOPLE = {"en": ["Anna", "James", "Priya", "Tom"], "de": ["Lena", "Jonas", "Aylin", "Markus"],
          "nl": ["Sanne", "Daan", "Fleur", "Bram"], "fr": ["Camille", "Lucas", "Inès", "Hugo"]}


def pick(rng, value):
    return rng.choice(value) if isinstance(value, (list, tuple)) else value


def date_text(rng, lang) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = rng.choice([2025, 2026])
    if lang == "en":
        names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]
        return f"{day} {names[month - 1]} {year}"
    sep = {"de": ".", "nl": "-", "fr": "/"}[lang]
    return f"{day:02d}{sep}{month:02d}{sep}{year}"


# ---------------------------------------------------------------------------
# Words every page shares

UI = {
    "en": {"save": ["Save", "Save changes", "Save preferences"], "cancel": ["Cancel", "Discard changes"],
           "home": "Home", "account": ["My account", "Your account"], "logout": "Sign out", "hello": "Hello, {n}",
           "imprint": "Legal notice", "policy": "Privacy policy", "terms": "Terms of use", "contact": "Contact", "help": "Help",
           "cookies": ["Cookie settings", "Manage cookies"], "on": "On", "off": "Off", "yes": "Yes", "no": "No",
           "always": "Always on", "reset": "Reset to defaults"},
    "de": {"save": ["Speichern", "Änderungen speichern", "Einstellungen speichern"], "cancel": ["Abbrechen", "Änderungen verwerfen"],
           "home": "Startseite", "account": ["Mein Konto", "Ihr Konto"], "logout": "Abmelden", "hello": "Hallo, {n}",
           "imprint": "Impressum", "policy": "Datenschutzerklärung", "terms": "Nutzungsbedingungen", "contact": "Kontakt", "help": "Hilfe",
           "cookies": ["Cookie-Einstellungen", "Privatsphäre-Einstellungen"], "on": "An", "off": "Aus", "yes": "Ja", "no": "Nein",
           "always": "Immer aktiv", "reset": "Auf Standard zurücksetzen"},
    "nl": {"save": ["Opslaan", "Wijzigingen opslaan", "Voorkeuren opslaan"], "cancel": ["Annuleren", "Wijzigingen ongedaan maken"],
           "home": "Home", "account": ["Mijn account", "Mijn gegevens"], "logout": "Uitloggen", "hello": "Hallo {n}",
           "imprint": "Colofon", "policy": "Privacyverklaring", "terms": "Algemene voorwaarden", "contact": "Contact", "help": "Klantenservice",
           "cookies": ["Cookie-instellingen", "Cookies beheren"], "on": "Aan", "off": "Uit", "yes": "Ja", "no": "Nee",
           "always": "Altijd aan", "reset": "Standaardinstellingen herstellen"},
    "fr": {"save": ["Enregistrer", "Enregistrer les modifications", "Enregistrer mes préférences"], "cancel": ["Annuler", "Annuler les modifications"],
           "home": "Accueil", "account": ["Mon compte", "Votre compte"], "logout": "Se déconnecter", "hello": "Bonjour {n}",
           "imprint": "Mentions légales", "policy": "Politique de confidentialité", "terms": "Conditions générales", "contact": "Contact", "help": "Aide",
           "cookies": ["Gestion des cookies", "Paramètres des cookies"], "on": "Activé", "off": "Désactivé", "yes": "Oui", "no": "Non",
           "always": "Toujours actif", "reset": "Rétablir les réglages par défaut"},
}

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font-family:%(font)s;color:%(fg)s;background:%(bg)s;font-size:15px;line-height:1.5}
a{color:%(brand)s}
.site-header{display:flex;align-items:center;justify-content:space-between;padding:14px 32px;border-bottom:1px solid %(line)s;background:%(head)s}
.site-header .logo{font-size:22px;font-weight:800;color:%(brand)s;text-decoration:none}
.site-header nav a{margin-left:20px;color:%(fg)s;text-decoration:none;font-size:14px}
.layout{display:flex;gap:32px;max-width:1140px;margin:0 auto;padding:28px 32px}
.layout.side-right{flex-direction:row-reverse}.layout.tabs-top{display:block;max-width:860px}
.sidenav{width:240px;flex-shrink:0}
.sidenav a{display:block;padding:9px 12px;color:%(fg)s;text-decoration:none;border-radius:6px}
.sidenav a[aria-current]{background:%(soft)s;font-weight:700;color:%(brand)s}
.tabs{display:flex;flex-wrap:wrap;gap:6px;border-bottom:1px solid %(line)s;margin-bottom:20px}
.tabs a{padding:10px 14px;text-decoration:none;color:%(fg)s}.tabs a[aria-current]{border-bottom:3px solid %(brand)s;font-weight:700}
.content{flex:1;min-width:0;max-width:760px}.content h1{font-size:28px;margin:0 0 8px}
.crumbs{font-size:13px;color:%(muted)s;margin-bottom:10px}.crumbs a{color:%(muted)s}
.intro{color:%(muted)s;margin:0 0 20px}
.section{margin:0 0 24px;%(section)s}.section h2{font-size:18px;margin:0 0 6px}
.row{display:flex;align-items:flex-start;justify-content:space-between;gap:16px;padding:14px 0;border-bottom:1px solid %(line)s}
.row.left{justify-content:flex-start}.row .txt{flex:1}
.lbl{font-weight:600;display:block}.desc{margin:2px 0 0;font-size:13px;color:%(muted)s}
.sw{position:relative;display:inline-block;width:44px;height:24px;flex-shrink:0}
.sw input{opacity:0;width:0;height:0}
.sl{position:absolute;top:0;left:0;right:0;bottom:0;border-radius:12px;background:#c4c7cc}
.sw input:checked + .sl{background:%(brand)s}
.pill{width:44px;height:24px;border-radius:12px;border:0;background:#c4c7cc;flex-shrink:0;cursor:pointer}
.pill[aria-checked="true"]{background:%(brand)s}
.actions{display:flex;flex-wrap:wrap;gap:12px;margin:24px 0}
.btn{padding:11px 26px;font-size:15px;font-weight:700;border-radius:%(radius)spx;cursor:pointer;border:1px solid %(brand)s}
.btn-primary{background:%(brand)s;color:#fff}.btn-secondary{background:transparent;color:%(brand)s}
.btn-plain{background:transparent;border:0;color:%(brand)s;text-decoration:underline;cursor:pointer;font-size:14px}
.note{font-size:13px;color:%(muted)s}
.site-footer{border-top:1px solid %(line)s;padding:22px 32px;font-size:13px;color:%(muted)s;display:flex;flex-wrap:wrap;gap:18px}
.site-footer a{color:%(muted)s}
"""

THEMES = {
    "light": {"bg": "#ffffff", "fg": "#1f2328", "muted": "#5f6670", "line": "#e3e5e8", "head": "#ffffff", "soft": "#eef3ff"},
    "grey": {"bg": "#f5f6f8", "fg": "#1d2125", "muted": "#5c636b", "line": "#dcdfe3", "head": "#ffffff", "soft": "#e4e9f2"},
    "dark": {"bg": "#141414", "fg": "#e8e8e8", "muted": "#a3a3a3", "line": "#333333", "head": "#000000", "soft": "#262626"},
}


def base_css(rng, brand, theme="light") -> str:
    values = dict(THEMES[theme])
    card = "#1f1f1f" if theme == "dark" else "#ffffff"
    values.update(font=rng.choice(FONTS), brand=brand, radius=rng.choice([4, 6, 8, 20]),
                  section=rng.choice(["", f"background:{card};padding:4px 20px;border-radius:10px;border:1px solid {values['line']}"]))
    return BASE_CSS % values


class Page:
    """One page under construction: unique ids and role-annotated controls."""

    def __init__(self, rng, lang, brand):
        self.rng, self.lang, self.brand = rng, lang, brand
        self.ui = UI[lang]
        self.count = 0

    def uid(self, stem: str) -> str:
        self.count += 1
        return f"{stem}-{self.count}"

    def word(self, key: str) -> str:
        return pick(self.rng, self.ui[key])


def link(label, href, role="other", cls="", current=False, aria=""):
    attrs = f' class="{cls}"' if cls else ""
    attrs += ' aria-current="page"' if current else ""
    attrs += f' aria-label="{E(aria)}"' if aria else ""
    return f'<a href="{E(href)}"{attrs} data-cl-role="{role}">{E(label)}</a>'


def button(label, cls="btn btn-secondary", typ="button", role="other", aria=""):
    extra = f' aria-label="{E(aria)}"' if aria else ""
    return f'<button type="{typ}" class="{cls}"{extra} data-cl-role="{role}">{E(label)}</button>'


def document(lang, title, css, body, body_class="") -> str:
    cls = f' class="{body_class}"' if body_class else ""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title>'
            f'<style>{css}</style></head><body{cls}>{body}</body></html>')


# ---------------------------------------------------------------------------
# Controls. A setting is a row: its label and description, and one control.

TOGGLE_STYLES = ("checkbox", "switch_input", "switch_button", "switch_div")


def setting_row(pg: Page, style: str, label: str, desc: str, checked: bool, disabled: bool = False) -> str:
    ident = pg.uid("opt")
    on = " checked" if checked else ""
    off = " disabled" if disabled else ""
    state = "true" if checked else "false"
    text = (f'<span class="lbl" id="l-{ident}">{E(label)}</span>' if style.startswith("switch_b") or style == "switch_div"
            else f'<label class="lbl" for="{ident}">{E(label)}</label>')
    text += f'<p class="desc">{E(desc)}</p>' if desc else ""
    if style == "checkbox":
        control = f'<input type="checkbox" id="{ident}" name="{ident}"{on}{off} data-cl-role="other">'
        return f'<div class="row left">{control}<div class="txt">{text}</div></div>'
    if style == "switch_input":
        control = (f'<span class="sw"><input type="checkbox" role="switch" id="{ident}" name="{ident}"{on}{off} data-cl-role="other">'
                   f'<span class="sl" aria-hidden="true"></span></span>')
    elif style == "switch_button":
        control = (f'<button type="button" role="switch" class="pill" aria-checked="{state}" aria-labelledby="l-{ident}"'
                   f'{off} data-cl-role="other"></button>')
    else:
        dis = ' aria-disabled="true"' if disabled else ""
        control = (f'<div role="switch" tabindex="0" class="pill" aria-checked="{state}" aria-labelledby="l-{ident}"{dis}'
                   f' data-cl-role="other"></div>')
    return f'<div class="row"><div class="txt">{text}</div>{control}</div>'


def radio_pair(pg: Page, label: str, yes: bool, desc: str = "") -> str:
    name = pg.uid("r")
    opts = "".join(
        f'<label style="margin-left:14px"><input type="radio" name="{name}" value="{v}"'
        + (" checked" if (v == "yes") == yes else "") + f' data-cl-role="other"> {E(pg.ui[v])}</label>'
        for v in ("yes", "no"))
    text = f'<p class="desc">{E(desc)}</p>' if desc else ""
    return (f'<fieldset class="row" style="border:0;margin:0"><div class="txt"><legend class="lbl">{E(label)}</legend>{text}</div>'
            f'<div>{opts}</div></fieldset>')


def choose_states(rng, n: int, p_on: float) -> list:
    """Random on/off states with at least one switch on and, for three or more, one off."""
    states = [rng.random() < p_on for _ in range(n)]
    if not any(states):
        states[rng.randrange(n)] = True
    if n >= 3 and all(states):
        states[rng.randrange(n)] = False
    return states


def actions(pg: Page, extra: str = "") -> str:
    save = button(pg.word("save"), "btn btn-primary", "submit")
    cancel = button(pg.word("cancel"), "btn btn-secondary")
    order = save + cancel if pg.rng.random() < 0.7 else cancel + save
    return f'<div class="actions">{order}{extra}</div>'


# ---------------------------------------------------------------------------
# Page chrome

def site_header(pg: Page, name: str, nav: list, account: bool = True, user: str = "") -> str:
    links = "".join(link(t, f"/{i}/") for i, t in enumerate(nav))
    if account:
        links += link(pg.word("account"), "/account/")
        if user and pg.rng.random() < 0.5:
            links += f'<span style="margin-left:20px;font-size:14px">{E(pg.ui["hello"].format(n=user))}</span>'
        links += link(pg.ui["logout"], "/logout")
    return f'<header class="site-header">{link(name, "/", cls="logo")}<nav>{links}</nav></header>'


def site_footer(pg: Page, name: str) -> str:
    ui = pg.ui
    items = [link(ui["imprint"], "/imprint"), link(ui["policy"], "/privacy"), link(ui["terms"], "/terms"),
             link(ui["contact"], "/contact")]
    if pg.rng.random() < 0.6:
        items.append(link(pg.word("cookies"), "#cookie-settings", role="settings"))
    return f'<footer class="site-footer">{"".join(items)}<span>© 2026 {E(name)}</span></footer>'


def side_nav(items: list, current: int, base: str) -> str:
    links = "".join(link(t, f"{base}{i}/", current=(i == current)) for i, t in enumerate(items))
    return f'<nav class="sidenav">{links}</nav>'


def tab_nav(items: list, current: int, base: str) -> str:
    links = "".join(link(t, f"{base}{i}/", current=(i == current)) for i, t in enumerate(items))
    return f'<nav class="tabs">{links}</nav>'


def account_layout(pg: Page, nav_items: list, current: int, main: str, layout: str) -> str:
    """Side navigation left or right, or tabs above the content."""
    if layout == "tabs":
        return f'<div class="layout tabs-top">{tab_nav(nav_items, current, "/account/")}<main class="content">{main}</main></div>'
    cls = "layout side-right" if layout == "side_right" else "layout"
    return f'<div class="{cls}">{side_nav(nav_items, current, "/account/")}<main class="content">{main}</main></div>'


def with_current(rng, items: list, title: str) -> tuple:
    """The side-navigation items with the current page inserted, and its index."""
    at = rng.randint(max(1, len(items) - 3), len(items))
    return items[:at] + [title] + items[at:], at


def form_wrap(pg: Page, inner: str) -> str:
    cls = pg.rng.choice(["settings-form", "privacy-settings", "prefs", "account-form"])
    return f'<form class="{cls}" method="post" action="">{inner}</form>'


# ---------------------------------------------------------------------------
# Group 1: a web shop's "My account -> Privacy & communication"

SHOP = {
    "en": {"sites": [("Harbour & Pine", "harbourandpine-shop.co.uk"), ("Kettle & Co", "kettleandco-store.com")],
           "nav": ["New in", "Home", "Kitchen", "Garden", "Sale"],
           "title": ["Privacy & communication", "Communication and privacy"],
           "side": ["Overview", "Orders", "Returns", "Addresses", "Payment methods", "Wish list"],
           "intro": ["Choose how we keep in touch and how we use your shopping activity. You can change these settings at any time.",
                     "Decide which messages you receive from us and whether we tailor our shop to you."],
           "comm_h": "How we contact you",
           "comm": [("Newsletter", "Our weekly e-mail with new arrivals and offers."),
                    ("Marketing e-mails", "Occasional e-mails about sales and events."),
                    ("Text message offers", "Offers by SMS to your mobile number, at most twice a month."),
                    ("Printed catalogue", "Our seasonal catalogue by post."),
                    ("Basket reminders", "An e-mail if you leave items in your basket."),
                    ("Product reviews", "A request to review items you bought.")],
           "pers_h": "Personalisation",
           "pers": [("Personalised recommendations", "Suggestions on our website based on your orders and the products you viewed."),
                    ("Personalised advertising on other sites", "We share an encrypted version of your e-mail address with advertising partners to show you our products on social media."),
                    ("Customer surveys", "Invitations to short surveys about our service.")],
           "data_h": "Your data", "data": ["Download my data", "Delete my account", "Read our privacy policy"]},
    "de": {"sites": [("Kaufhaus Lindner", "kaufhaus-lindner-shop.de"), ("Gartenzeit Versand", "gartenzeit-versand.de")],
           "nav": ["Neuheiten", "Wohnen", "Küche", "Garten", "Sale"],
           "title": ["Datenschutz & Kommunikation", "Kommunikation und Datenschutz"],
           "side": ["Übersicht", "Bestellungen", "Retouren", "Adressen", "Zahlungsarten", "Merkzettel"],
           "intro": ["Legen Sie fest, wie wir Sie kontaktieren und wie wir Ihre Einkäufe nutzen. Sie können diese Einstellungen jederzeit ändern.",
                     "Entscheiden Sie, welche Nachrichten Sie von uns erhalten und ob wir unseren Shop auf Sie zuschneiden."],
           "comm_h": "So erreichen wir Sie",
           "comm": [("Newsletter", "Unser wöchentlicher Newsletter mit Neuheiten und Angeboten."),
                    ("Werbe-E-Mails", "Gelegentliche E-Mails zu Sale-Aktionen und Veranstaltungen."),
                    ("Angebote per SMS", "Angebote per SMS an Ihre Mobilnummer, höchstens zweimal im Monat."),
                    ("Gedruckter Katalog", "Unser Saisonkatalog per Post."),
                    ("Warenkorb-Erinnerung", "Eine E-Mail, wenn Artikel in Ihrem Warenkorb liegen bleiben."),
                    ("Produktbewertungen", "Eine Bitte, gekaufte Artikel zu bewerten.")],
           "pers_h": "Personalisierung",
           "pers": [("Persönliche Empfehlungen", "Vorschläge in unserem Shop auf Grundlage Ihrer Bestellungen und angesehenen Produkte."),
                    ("Personalisierte Werbung auf anderen Websites", "Wir übermitteln eine verschlüsselte Form Ihrer E-Mail-Adresse an Werbepartner, um Ihnen unsere Produkte in sozialen Netzwerken zu zeigen."),
                    ("Kundenbefragungen", "Einladungen zu kurzen Umfragen über unseren Service.")],
           "data_h": "Ihre Daten", "data": ["Meine Daten herunterladen", "Konto löschen", "Datenschutzerklärung lesen"]},
    "nl": {"sites": [("Huiskamer Online", "huiskamer-online-winkel.nl"), ("Fietsenpakhuis", "fietsenpakhuis-shop.nl")],
           "nav": ["Nieuw", "Wonen", "Keuken", "Tuin", "Sale"],
           "title": ["Privacy & communicatie", "Communicatie en privacy"],
           "side": ["Overzicht", "Bestellingen", "Retouren", "Adressen", "Betaalmethoden", "Verlanglijst"],
           "intro": ["Kies hoe we contact met je houden en hoe we je aankopen gebruiken. Je kunt deze instellingen altijd wijzigen.",
                     "Bepaal welke berichten je van ons krijgt en of we onze winkel op jou afstemmen."],
           "comm_h": "Hoe we contact met je opnemen",
           "comm": [("Nieuwsbrief", "Onze wekelijkse e-mail met nieuwe producten en aanbiedingen."),
                    ("Marketing-e-mails", "Af en toe een e-mail over uitverkoop en evenementen."),
                    ("Aanbiedingen per sms", "Aanbiedingen per sms op je mobiele nummer, hoogstens twee keer per maand."),
                    ("Gedrukte catalogus", "Onze seizoenscatalogus per post."),
                    ("Herinnering winkelmandje", "Een e-mail als er nog artikelen in je winkelmandje liggen."),
                    ("Productbeoordelingen", "Een verzoek om gekochte artikelen te beoordelen.")],
           "pers_h": "Personalisatie",
           "pers": [("Persoonlijke aanbevelingen", "Suggesties in onze webwinkel op basis van je bestellingen en bekeken producten."),
                    ("Gepersonaliseerde advertenties op andere sites", "We delen een versleutelde versie van je e-mailadres met advertentiepartners om je onze producten op sociale media te tonen."),
                    ("Klantonderzoek", "Uitnodigingen voor korte enquêtes over onze service.")],
           "data_h": "Jouw gegevens", "data": ["Mijn gegevens downloaden", "Account verwijderen", "Lees onze privacyverklaring"]},
    "fr": {"sites": [("Atelier Lumière", "atelier-lumiere-boutique.fr"), ("Le Grenier Malin", "legreniermalin-shop.fr")],
           "nav": ["Nouveautés", "Maison", "Cuisine", "Jardin", "Soldes"],
           "title": ["Confidentialité et communication", "Communication et vie privée"],
           "side": ["Vue d'ensemble", "Commandes", "Retours", "Adresses", "Moyens de paiement", "Liste d'envies"],
           "intro": ["Choisissez comment nous vous contactons et comment nous utilisons vos achats. Vous pouvez modifier ces réglages à tout moment.",
                     "Décidez quels messages vous recevez de notre part et si nous adaptons la boutique à vos goûts."],
           "comm_h": "Comment nous vous contactons",
           "comm": [("Newsletter", "Notre e-mail hebdomadaire avec les nouveautés et les offres."),
                    ("E-mails promotionnels", "Des e-mails ponctuels sur les soldes et les événements."),
                    ("Offres par SMS", "Des offres par SMS sur votre mobile, deux fois par mois au plus."),
                    ("Catalogue papier", "Notre catalogue de saison par courrier."),
                    ("Rappel de panier", "Un e-mail si des articles restent dans votre panier."),
                    ("Avis produits", "Une invitation à noter les articles achetés.")],
           "pers_h": "Personnalisation",
           "pers": [("Recommandations personnalisées", "Des suggestions sur notre site selon vos commandes et les produits consultés."),
                    ("Publicité personnalisée sur d'autres sites", "Nous transmettons une version chiffrée de votre adresse e-mail à nos partenaires publicitaires pour vous montrer nos produits sur les réseaux sociaux."),
                    ("Enquêtes clients", "Des invitations à de courtes enquêtes sur notre service.")],
           "data_h": "Vos données", "data": ["Télécharger mes données", "Supprimer mon compte", "Lire notre politique de confidentialité"]},
}


def sorted_sample(rng, items: list, k: int) -> list:
    chosen = sorted(rng.sample(range(len(items)), k))
    return [items[i] for i in chosen]


def settings_section(pg: Page, heading: str, items: list, style: str, p_on: float) -> str:
    """A titled list of settings (no title when heading is empty), some switched on."""
    states = choose_states(pg.rng, len(items), p_on)
    rows = "".join(setting_row(pg, style, label, desc if pg.rng.random() < 0.85 else "", on)
                   for (label, desc), on in zip(items, states))
    title = f"<h2>{E(heading)}</h2>" if heading else ""
    return f'<section class="section">{title}{rows}</section>'


def make_shop(pg: Page, user: str) -> dict:
    rng, t = pg.rng, SHOP[pg.lang]
    name, host = rng.choice(t["sites"])
    title = pick(rng, t["title"])
    style = rng.choice(TOGGLE_STYLES)
    layout = rng.choice(["side_left", "side_left", "side_right", "tabs"])
    comm = settings_section(pg, t["comm_h"], sorted_sample(rng, t["comm"], rng.randint(3, 5)), style, 0.45)
    pers = settings_section(pg, t["pers_h"], sorted_sample(rng, t["pers"], rng.randint(2, 3)), style, 0.5)
    data = "".join(f"<li>{link(w, f'/account/data/{i}')}</li>" for i, w in enumerate(t["data"]))
    main = (f'<div class="crumbs">{link(pg.ui["home"], "/")} › {link(pg.word("account"), "/account/")} › {E(title)}</div>'
            f'<h1>{E(title)}</h1><p class="intro">{E(pick(rng, t["intro"]))}</p>'
            + form_wrap(pg, comm + pers + actions(pg))
            + f'<section class="section"><h2>{E(t["data_h"])}</h2><ul>{data}</ul></section>')
    side, current = with_current(rng, t["side"], title)
    body = (site_header(pg, name, t["nav"], user=user) + account_layout(pg, side, current, main, layout)
            + site_footer(pg, name))
    return {"host": host, "path": rng.choice(["/account/privacy", "/my-account/communication", "/account/preferences"]),
            "title": f"{title} | {name}", "body": body, "css": "", "layout": f"{layout}/{style}", "theme": "light"}


# ---------------------------------------------------------------------------
# Group 2: a news site's "Account -> Privacy settings" with consent already chosen

NEWS = {
    "en": {"sites": [("The Northern Ledger", "northernledger-news.co.uk"), ("Daily Meridian", "dailymeridian-online.com")],
           "nav": ["News", "Politics", "Business", "Culture", "Sport"],
           "title": ["Privacy settings", "Your privacy choices"],
           "side": ["Profile", "Subscription", "Newsletters", "Saved articles", "Devices"],
           "intro": ["These are the choices you made about cookies and similar technologies on our website. They apply when you are signed in, on every device.",
                     "Review or change the consent choices you made on our website. We store them with your account."],
           "saved": "Your choices were saved on {d}.",
           "necessary": ("Strictly necessary", "Needed for sign-in, security and your subscription. Always active."),
           "purposes": [("Audience measurement", "Counting visits and page views so that we know which articles are read."),
                        ("Personalised advertising", "Ads chosen on the basis of your reading on our site and information from our partners."),
                        ("Social media and video embeds", "Posts and videos from other platforms inside articles; these platforms may set their own cookies."),
                        ("Personalised article recommendations", "Suggestions of articles based on what you have read."),
                        ("Ad performance measurement", "Measuring whether ads are seen and clicked."),
                        ("Product development", "Using reading statistics to improve our apps and website.")],
           "purposes_h": "Purposes", "partners_h": "Advertising partners",
           "partners": "{n} partners process data for the purposes you allowed.", "partners_link": "View partners",
           "legal": "You can withdraw your consent at any time for the future by switching off a purpose and saving."},
    "de": {"sites": [("Rheinischer Bote", "rheinischer-bote-online.de"), ("Abendblatt Nord", "abendblatt-nord-news.de")],
           "nav": ["Nachrichten", "Politik", "Wirtschaft", "Kultur", "Sport"],
           "title": ["Datenschutzeinstellungen", "Ihre Datenschutz-Auswahl"],
           "side": ["Profil", "Abonnement", "Newsletter", "Gespeicherte Artikel", "Geräte"],
           "intro": ["Hier sehen Sie Ihre Auswahl zu Cookies und ähnlichen Technologien auf unserer Website. Sie gilt, wenn Sie angemeldet sind, auf allen Geräten.",
                     "Prüfen oder ändern Sie die Einwilligungen, die Sie auf unserer Website gegeben haben. Wir speichern sie in Ihrem Konto."],
           "saved": "Ihre Auswahl wurde am {d} gespeichert.",
           "necessary": ("Technisch notwendig", "Erforderlich für Anmeldung, Sicherheit und Ihr Abonnement. Immer aktiv."),
           "purposes": [("Reichweitenmessung", "Zählung von Besuchen und Seitenaufrufen, damit wir wissen, welche Artikel gelesen werden."),
                        ("Personalisierte Werbung", "Anzeigen auf Grundlage Ihrer Lektüre bei uns und Informationen unserer Partner."),
                        ("Inhalte aus sozialen Netzwerken und Videos", "Beiträge und Videos anderer Plattformen in Artikeln; diese Plattformen können eigene Cookies setzen."),
                        ("Persönliche Artikelempfehlungen", "Artikelvorschläge auf Grundlage dessen, was Sie gelesen haben."),
                        ("Messung der Werbewirkung", "Messung, ob Anzeigen gesehen und angeklickt werden."),
                        ("Produktentwicklung", "Nutzung von Lesestatistiken zur Verbesserung unserer Apps und Website.")],
           "purposes_h": "Zwecke", "partners_h": "Werbepartner",
           "partners": "{n} Partner verarbeiten Daten für die Zwecke, die Sie erlaubt haben.", "partners_link": "Partner anzeigen",
           "legal": "Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen, indem Sie einen Zweck ausschalten und speichern."},
    "nl": {"sites": [("Het Dagblad Oost", "dagblad-oost-nieuws.nl"), ("De Vrije Koerier", "vrijekoerier-online.nl")],
           "nav": ["Nieuws", "Politiek", "Economie", "Cultuur", "Sport"],
           "title": ["Privacy-instellingen", "Jouw privacykeuzes"],
           "side": ["Profiel", "Abonnement", "Nieuwsbrieven", "Bewaarde artikelen", "Apparaten"],
           "intro": ["Dit zijn de keuzes die je hebt gemaakt over cookies en vergelijkbare technieken op onze website. Ze gelden als je bent ingelogd, op al je apparaten.",
                     "Bekijk of wijzig de toestemming die je op onze website hebt gegeven. We bewaren je keuzes bij je account."],
           "saved": "Je keuzes zijn opgeslagen op {d}.",
           "necessary": ("Strikt noodzakelijk", "Nodig voor inloggen, beveiliging en je abonnement. Altijd actief."),
           "purposes": [("Bezoekersmetingen", "Het tellen van bezoeken en paginaweergaven, zodat we weten welke artikelen gelezen worden."),
                        ("Gepersonaliseerde advertenties", "Advertenties op basis van wat je bij ons leest en informatie van onze partners."),
                        ("Sociale media en video's", "Berichten en video's van andere platforms in artikelen; die platforms kunnen eigen cookies plaatsen."),
                        ("Persoonlijke leestips", "Artikelsuggesties op basis van wat je hebt gelezen."),
                        ("Meten van advertentieresultaten", "Meten of advertenties gezien en aangeklikt worden."),
                        ("Productontwikkeling", "Leesstatistieken gebruiken om onze apps en website te verbeteren.")],
           "purposes_h": "Doelen", "partners_h": "Advertentiepartners",
           "partners": "{n} partners verwerken gegevens voor de doelen die je hebt toegestaan.", "partners_link": "Partners bekijken",
           "legal": "Je kunt je toestemming altijd intrekken door een doel uit te zetten en op te slaan."},
    "fr": {"sites": [("L'Écho des Vallées", "echodesvallees-info.fr"), ("Le Journal des Trois Rives", "journal-trois-rives.fr")],
           "nav": ["Actualité", "Politique", "Économie", "Culture", "Sport"],
           "title": ["Paramètres de confidentialité", "Vos choix de confidentialité"],
           "side": ["Profil", "Abonnement", "Newsletters", "Articles sauvegardés", "Appareils"],
           "intro": ["Voici les choix que vous avez faits concernant les cookies et technologies similaires sur notre site. Ils s'appliquent lorsque vous êtes connecté, sur tous vos appareils.",
                     "Consultez ou modifiez les consentements donnés sur notre site. Nous les enregistrons dans votre compte."],
           "saved": "Vos choix ont été enregistrés le {d}.",
           "necessary": ("Strictement nécessaires", "Indispensables à la connexion, à la sécurité et à votre abonnement. Toujours actifs."),
           "purposes": [("Mesure d'audience", "Compter les visites et les pages vues pour savoir quels articles sont lus."),
                        ("Publicité personnalisée", "Des publicités choisies selon vos lectures sur notre site et les informations de nos partenaires."),
                        ("Réseaux sociaux et vidéos", "Des publications et vidéos d'autres plateformes dans les articles ; ces plateformes peuvent déposer leurs propres cookies."),
                        ("Recommandations d'articles personnalisées", "Des suggestions d'articles selon ce que vous avez lu."),
                        ("Mesure de la performance publicitaire", "Mesurer si les publicités sont vues et cliquées."),
                        ("Amélioration de nos services", "Utiliser les statistiques de lecture pour améliorer nos applications et notre site.")],
           "purposes_h": "Finalités", "partners_h": "Partenaires publicitaires",
           "partners": "{n} partenaires traitent des données pour les finalités que vous avez acceptées.", "partners_link": "Voir les partenaires",
           "legal": "Vous pouvez retirer votre consentement à tout moment en désactivant une finalité puis en enregistrant."},
}


def make_news(pg: Page, user: str) -> dict:
    rng, t = pg.rng, NEWS[pg.lang]
    name, host = rng.choice(t["sites"])
    title = pick(rng, t["title"])
    style = rng.choice(TOGGLE_STYLES)
    layout = rng.choice(["side_left", "side_right", "tabs", "tabs"])
    purposes = sorted_sample(rng, t["purposes"], rng.randint(3, 6))
    states = choose_states(rng, len(purposes), 0.55)
    necessary = setting_row(pg, style, t["necessary"][0], t["necessary"][1], True, disabled=True)
    rows = "".join(setting_row(pg, style, label, desc, on) for (label, desc), on in zip(purposes, states))
    partners = (f'<section class="section"><h2>{E(t["partners_h"])}</h2><p>{E(t["partners"].format(n=rng.randint(60, 240)))} '
                f'{link(t["partners_link"], "/account/privacy/partners")}</p></section>')
    saved = f'<p class="note">{E(t["saved"].format(d=date_text(rng, pg.lang)))}</p>'
    reset = button(pg.ui["reset"], "btn-plain") if rng.random() < 0.3 else ""
    form = form_wrap(pg, f'<section class="section"><h2>{E(t["purposes_h"])}</h2>{necessary}{rows}</section>'
                     + partners + f'<p class="note">{E(t["legal"])}</p>' + actions(pg, reset))
    main = (f'<div class="crumbs">{link(pick(rng, pg.ui["account"]), "/account/")} › {E(title)}</div>'
            f'<h1>{E(title)}</h1><p class="intro">{E(pick(rng, t["intro"]))}</p>{saved}{form}')
    side, current = with_current(rng, t["side"], title)
    body = site_header(pg, name, t["nav"], user=user) + account_layout(pg, side, current, main, layout) + site_footer(pg, name)
    return {"host": host, "path": rng.choice(["/account/privacy", "/account/privacy-settings", "/profile/privacy"]),
            "title": f"{title} – {name}", "body": body, "css": "", "layout": f"{layout}/{style}",
            "theme": rng.choice(["light", "grey"])}


# ---------------------------------------------------------------------------
# Group 3: an ad platform's "My Ad Center / Ad settings" page

ADS = {
    "en": {"product": ["My Ad Center", "Ad settings"],
           "side": ["Home", "Customise ads", "Manage privacy", "Sensitive topics", "Brands", "Help"],
           "pa_h": "Personalised ads",
           "pa_on": "Personalised ads are on. We use your activity, such as searches and videos you watched, and your account information to choose the ads you see.",
           "pa_off": "Personalised ads are off. The ads you see are based on general factors such as the time of day, your approximate location or the page you are viewing.",
           "topics_h": "Your recent ad topics", "topics_p": "Topics we think you are interested in, based on your activity.",
           "topics": ["Travel", "Running shoes", "Home improvement", "Cooking", "Mobile phones", "Photography", "Gardening",
                      "Electric cars", "Board games", "Camping"],
           "more": "Show more ads about {t}", "fewer": "Show fewer ads about {t}",
           "sensitive_h": "Sensitive topics", "sensitive_p": "Choose to see fewer ads about these topics.",
           "sensitive": ["Alcohol", "Gambling", "Dating", "Weight loss", "Pregnancy and parenting"],
           "allowed": "Allowed", "limited": "See fewer",
           "activity_h": "Information used for ads",
           "activity": [("Activity on partner websites and apps", "Include information from websites and apps that work with us to show ads."),
                        ("Age and gender", "Use the age and gender in your account to choose ads."),
                        ("Location history", "Use places you have been to choose ads.")],
           "links": ["Delete your activity", "Learn how ads are chosen"], "auto": "Changes are saved automatically."},
    "de": {"product": ["Mein Werbecenter", "Werbeeinstellungen"],
           "side": ["Startseite", "Werbung anpassen", "Datenschutz verwalten", "Sensible Themen", "Marken", "Hilfe"],
           "pa_h": "Personalisierte Werbung",
           "pa_on": "Personalisierte Werbung ist aktiviert. Wir verwenden Ihre Aktivitäten, etwa Suchanfragen und angesehene Videos, und Ihre Kontoinformationen, um die angezeigten Anzeigen auszuwählen.",
           "pa_off": "Personalisierte Werbung ist deaktiviert. Die Anzeigen richten sich nach allgemeinen Faktoren wie Tageszeit, ungefährem Standort oder der aufgerufenen Seite.",
           "topics_h": "Ihre aktuellen Werbethemen", "topics_p": "Themen, die Sie unserer Einschätzung nach interessieren, auf Grundlage Ihrer Aktivitäten.",
           "topics": ["Reisen", "Laufschuhe", "Heimwerken", "Kochen", "Smartphones", "Fotografie", "Garten", "Elektroautos",
                      "Brettspiele", "Camping"],
           "more": "Mehr Werbung zu {t} anzeigen", "fewer": "Weniger Werbung zu {t} anzeigen",
           "sensitive_h": "Sensible Themen", "sensitive_p": "Legen Sie fest, ob Sie zu diesen Themen weniger Werbung sehen möchten.",
           "sensitive": ["Alkohol", "Glücksspiel", "Dating", "Gewichtsabnahme", "Schwangerschaft und Elternschaft"],
           "allowed": "Zulässig", "limited": "Weniger anzeigen",
           "activity_h": "Für Werbung verwendete Informationen",
           "activity": [("Aktivitäten auf Partner-Websites und -Apps", "Informationen von Websites und Apps einbeziehen, die mit uns für Werbung zusammenarbeiten."),
                        ("Alter und Geschlecht", "Alter und Geschlecht aus Ihrem Konto zur Auswahl von Anzeigen verwenden."),
                        ("Standortverlauf", "Besuchte Orte zur Auswahl von Anzeigen verwenden.")],
           "links": ["Aktivitäten löschen", "So werden Anzeigen ausgewählt"], "auto": "Änderungen werden automatisch gespeichert."},
    "nl": {"product": ["Mijn advertentiecentrum", "Advertentie-instellingen"],
           "side": ["Start", "Advertenties aanpassen", "Privacy beheren", "Gevoelige onderwerpen", "Merken", "Help"],
           "pa_h": "Gepersonaliseerde advertenties",
           "pa_on": "Gepersonaliseerde advertenties staan aan. We gebruiken je activiteit, zoals zoekopdrachten en bekeken video's, en je accountgegevens om advertenties te kiezen.",
           "pa_off": "Gepersonaliseerde advertenties staan uit. De advertenties die je ziet, zijn gebaseerd op algemene factoren zoals het tijdstip, je globale locatie of de pagina die je bekijkt.",
           "topics_h": "Je recente advertentieonderwerpen", "topics_p": "Onderwerpen waarin je volgens ons geïnteresseerd bent, op basis van je activiteit.",
           "topics": ["Reizen", "Hardloopschoenen", "Klussen", "Koken", "Mobiele telefoons", "Fotografie", "Tuinieren",
                      "Elektrische auto's", "Bordspellen", "Kamperen"],
           "more": "Meer advertenties over {t} tonen", "fewer": "Minder advertenties over {t} tonen",
           "sensitive_h": "Gevoelige onderwerpen", "sensitive_p": "Kies of je minder advertenties over deze onderwerpen wilt zien.",
           "sensitive": ["Alcohol", "Gokken", "Daten", "Afvallen", "Zwangerschap en ouderschap"],
           "allowed": "Toegestaan", "limited": "Minder tonen",
           "activity_h": "Informatie die we voor advertenties gebruiken",
           "activity": [("Activiteit op partnersites en -apps", "Informatie meenemen van websites en apps die met ons samenwerken voor advertenties."),
                        ("Leeftijd en geslacht", "De leeftijd en het geslacht in je account gebruiken om advertenties te kiezen."),
                        ("Locatiegeschiedenis", "Plaatsen waar je bent geweest gebruiken om advertenties te kiezen.")],
           "links": ["Je activiteit verwijderen", "Zo kiezen we advertenties"], "auto": "Wijzigingen worden automatisch opgeslagen."},
    "fr": {"product": ["Mon centre de publicités", "Paramètres des annonces"],
           "side": ["Accueil", "Personnaliser les annonces", "Gérer la confidentialité", "Sujets sensibles", "Marques", "Aide"],
           "pa_h": "Annonces personnalisées",
           "pa_on": "Les annonces personnalisées sont activées. Nous utilisons votre activité, comme vos recherches et les vidéos regardées, ainsi que les informations de votre compte pour choisir les annonces.",
           "pa_off": "Les annonces personnalisées sont désactivées. Les annonces dépendent de facteurs généraux comme l'heure, votre position approximative ou la page consultée.",
           "topics_h": "Vos sujets d'annonces récents", "topics_p": "Les sujets qui vous intéressent selon nous, d'après votre activité.",
           "topics": ["Voyages", "Chaussures de course", "Bricolage", "Cuisine", "Téléphones mobiles", "Photographie", "Jardinage",
                      "Voitures électriques", "Jeux de société", "Camping"],
           "more": "Afficher plus d'annonces sur {t}", "fewer": "Afficher moins d'annonces sur {t}",
           "sensitive_h": "Sujets sensibles", "sensitive_p": "Choisissez de voir moins d'annonces sur ces sujets.",
           "sensitive": ["Alcool", "Jeux d'argent", "Rencontres", "Perte de poids", "Grossesse et parentalité"],
           "allowed": "Autorisé", "limited": "En voir moins",
           "activity_h": "Informations utilisées pour les annonces",
           "activity": [("Activité sur les sites et applis partenaires", "Inclure les informations des sites et applications qui travaillent avec nous pour la publicité."),
                        ("Âge et sexe", "Utiliser l'âge et le sexe de votre compte pour choisir les annonces."),
                        ("Historique des positions", "Utiliser les lieux où vous êtes allé pour choisir les annonces.")],
           "links": ["Supprimer votre activité", "Comment les annonces sont choisies"], "auto": "Les modifications sont enregistrées automatiquement."},
}
AD_PLATFORMS = [("Nimbus", "adcenter.nimbus-account.com"), ("Quokka", "myads.quokka-id.com"), ("Vireo", "account.vireo-mail.eu")]

ADS_CSS = """
.card{background:%(card)s;border:1px solid %(line)s;border-radius:14px;padding:20px 24px;margin-bottom:20px}
.topics{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(2,1fr);gap:10px}
.topics li{display:flex;align-items:center;justify-content:space-between;border:1px solid %(line)s;border-radius:10px;padding:10px 12px}
.round{width:32px;height:32px;border-radius:50%%;border:1px solid %(line)s;background:transparent;cursor:pointer;margin-left:6px}
"""


def topic_item(pg: Page, topic: str, style: str) -> str:
    t = ADS[pg.lang]
    if style == "plusminus":
        controls = (button("+", "round", aria=t["more"].format(t=topic))
                    + button("−", "round", aria=t["fewer"].format(t=topic)))
    else:
        ident = pg.uid("topic")
        on = " checked" if pg.rng.random() < 0.8 else ""
        controls = (f'<span class="sw"><input type="checkbox" role="switch" id="{ident}" aria-label="{E(topic)}"{on} data-cl-role="other">'
                    f'<span class="sl" aria-hidden="true"></span></span>')
    return f"<li><span>{E(topic)}</span><span>{controls}</span></li>"


def sensitive_row(pg: Page, topic: str) -> str:
    t = ADS[pg.lang]
    ident = pg.uid("sens")
    limited = pg.rng.random() < 0.3
    opts = (f'<option value="allow"{"" if limited else " selected"}>{E(t["allowed"])}</option>'
            f'<option value="fewer"{" selected" if limited else ""}>{E(t["limited"])}</option>')
    return (f'<div class="row"><label class="lbl" for="{ident}">{E(topic)}</label>'
            f'<select id="{ident}" name="{ident}" data-cl-role="other">{opts}</select></div>')


def make_ads(pg: Page, user: str) -> dict:
    rng, t = pg.rng, ADS[pg.lang]
    brand_name, host = rng.choice(AD_PLATFORMS)
    product = pick(rng, t["product"])
    personal = rng.random() < 0.7
    style = rng.choice(["switch_button", "switch_input", "switch_div"])
    topic_style = rng.choice(["plusminus", "toggles"])
    big = setting_row(pg, style, t["pa_h"], t["pa_on"] if personal else t["pa_off"], personal)
    cards = [f'<div class="card">{big}</div>']
    if personal:
        topics = "".join(topic_item(pg, x, topic_style) for x in rng.sample(t["topics"], rng.randint(4, 8)))
        cards.append(f'<div class="card"><h2>{E(t["topics_h"])}</h2><p class="note">{E(t["topics_p"])}</p>'
                     f'<ul class="topics">{topics}</ul></div>')
    if rng.random() < 0.6:
        rows = "".join(sensitive_row(pg, x) for x in sorted_sample(rng, t["sensitive"], rng.randint(3, 5)))
        cards.append(f'<div class="card"><h2>{E(t["sensitive_h"])}</h2><p class="note">{E(t["sensitive_p"])}</p>{rows}</div>')
    activity = settings_section(pg, t["activity_h"], sorted_sample(rng, t["activity"], rng.randint(2, 3)), style, 0.6)
    cards.append(f'<div class="card">{activity}</div>')
    links = " · ".join(link(w, f"/activity/{i}") for i, w in enumerate(t["links"]))
    autosave = rng.random() < 0.5
    tail = f'<p class="note">{E(t["auto"])}</p>' if autosave else actions(pg)
    main = f'<h1>{E(product)}</h1>' + "".join(cards) + f'<p class="note">{links}</p>{tail}'
    title = f"{product} – {brand_name}"
    current = 1
    nav = [link(w, f"/{i}/", current=(i == current)) for i, w in enumerate(t["side"])]
    header = (f'<header class="site-header">{link(brand_name + " " + product, "/", cls="logo")}'
              f'<nav>{link(pg.ui["help"], "/help")}{link(user, "/account/", aria=pg.word("account"))}</nav></header>')
    body = (header + f'<div class="layout"><nav class="sidenav">{"".join(nav)}</nav><main class="content">{main}</main></div>'
            + f'<footer class="site-footer">{link(pg.ui["policy"], "/privacy")}{link(pg.ui["terms"], "/terms")}'
              f'<span>© 2026 {E(brand_name)}</span></footer>')
    css = ADS_CSS % {"card": "#ffffff", "line": "#dadce0"}
    layout = f"{'personal_on' if personal else 'personal_off'}/{topic_style}/{'autosave' if autosave else 'save_button'}"
    return {"host": host, "path": f"/ads/customise?hl={pg.lang}", "title": title, "body": body, "css": css,
            "layout": layout, "theme": rng.choice(["light", "grey"])}


# ---------------------------------------------------------------------------
# Group 4: a streaming service's "Data & privacy" settings

STREAM = {
    "en": {"top": ["Home", "Series", "Films", "New & popular", "My list"],
           "tabs": ["Membership", "Profiles", "Playback", "Devices"], "title": ["Data & privacy", "Privacy and data settings"],
           "intro": "Settings for the profile {p}. Some apply to every profile on this account.",
           "items": [("Personalised recommendations", "Use what you watch and rate to suggest series and films."),
                     ("Personalised ads", "On plans with ads: choose ads based on your viewing activity."),
                     ("Share viewing data with advertising partners", "Lets partners measure whether their ads reached you."),
                     ("Take part in tests", "Try new features before they are released; we analyse how you use them."),
                     ("E-mails about new releases", "Tell me when new seasons of my series are available."),
                     ("Autoplay previews", "Play trailers while browsing.")],
           "data_h": "Your data", "data": ["Download your data", "Clear viewing history"]},
    "de": {"top": ["Start", "Serien", "Filme", "Neu und beliebt", "Meine Liste"],
           "tabs": ["Mitgliedschaft", "Profile", "Wiedergabe", "Geräte"], "title": ["Daten & Datenschutz", "Datenschutz- und Dateneinstellungen"],
           "intro": "Einstellungen für das Profil {p}. Einige gelten für alle Profile dieses Kontos.",
           "items": [("Persönliche Empfehlungen", "Verwendet, was Sie ansehen und bewerten, um Serien und Filme vorzuschlagen."),
                     ("Personalisierte Werbung", "In Abos mit Werbung: Anzeigen auf Grundlage Ihres Sehverhaltens auswählen."),
                     ("Sehdaten mit Werbepartnern teilen", "Partner können messen, ob ihre Werbung Sie erreicht hat."),
                     ("An Tests teilnehmen", "Neue Funktionen vorab ausprobieren; wir werten aus, wie Sie sie nutzen."),
                     ("E-Mails zu Neuerscheinungen", "Benachrichtigen, wenn neue Staffeln meiner Serien verfügbar sind."),
                     ("Vorschauen automatisch abspielen", "Trailer beim Stöbern abspielen.")],
           "data_h": "Ihre Daten", "data": ["Daten herunterladen", "Wiedergabeverlauf löschen"]},
    "nl": {"top": ["Home", "Series", "Films", "Nieuw en populair", "Mijn lijst"],
           "tabs": ["Lidmaatschap", "Profielen", "Afspelen", "Apparaten"], "title": ["Gegevens & privacy", "Privacy- en gegevensinstellingen"],
           "intro": "Instellingen voor het profiel {p}. Sommige gelden voor alle profielen van dit account.",
           "items": [("Persoonlijke aanbevelingen", "Gebruik wat je kijkt en beoordeelt om series en films voor te stellen."),
                     ("Gepersonaliseerde advertenties", "Bij abonnementen met reclame: advertenties kiezen op basis van je kijkgedrag."),
                     ("Kijkgegevens delen met advertentiepartners", "Partners kunnen meten of hun advertenties je bereikt hebben."),
                     ("Meedoen aan tests", "Nieuwe functies vooraf uitproberen; we analyseren hoe je ze gebruikt."),
                     ("E-mails over nieuwe titels", "Laat me weten wanneer nieuwe seizoenen van mijn series beschikbaar zijn."),
                     ("Previews automatisch afspelen", "Trailers afspelen tijdens het bladeren.")],
           "data_h": "Jouw gegevens", "data": ["Je gegevens downloaden", "Kijkgeschiedenis wissen"]},
    "fr": {"top": ["Accueil", "Séries", "Films", "Nouveautés", "Ma liste"],
           "tabs": ["Abonnement", "Profils", "Lecture", "Appareils"], "title": ["Données et confidentialité", "Paramètres de données et de confidentialité"],
           "intro": "Réglages du profil {p}. Certains s'appliquent à tous les profils de ce compte.",
           "items": [("Recommandations personnalisées", "Utiliser ce que vous regardez et notez pour vous proposer des séries et des films."),
                     ("Publicités personnalisées", "Avec les offres avec pub : choisir les publicités selon votre activité de visionnage."),
                     ("Partager les données de visionnage avec les partenaires publicitaires", "Permet aux partenaires de mesurer si leurs publicités vous ont atteint."),
                     ("Participer aux tests", "Essayer de nouvelles fonctions en avant-première ; nous analysons votre utilisation."),
                     ("E-mails sur les nouveautés", "Me prévenir quand de nouvelles saisons de mes séries sont disponibles."),
                     ("Lecture automatique des bandes-annonces", "Lire les bandes-annonces pendant la navigation.")],
           "data_h": "Vos données", "data": ["Télécharger vos données", "Effacer l'historique de visionnage"]},
}
STREAMERS = [("Streamora", "www.streamora.tv"), ("Filmhaven", "www.filmhaven-stream.com"), ("Kinolux Play", "play.kinolux-play.eu")]


def make_stream(pg: Page, user: str) -> dict:
    rng, t = pg.rng, STREAM[pg.lang]
    name, host = rng.choice(STREAMERS)
    title = pick(rng, t["title"])
    style = rng.choice(TOGGLE_STYLES)
    layout = rng.choice(["tabs", "tabs", "side_left"])
    items = sorted_sample(rng, t["items"], rng.randint(4, 6))
    section = settings_section(pg, "", items, style, 0.6)
    data = "".join(button(w, "btn btn-secondary") for w in t["data"])
    main = (f'<h1>{E(title)}</h1><p class="intro">{E(t["intro"].format(p=user))}</p>'
            + form_wrap(pg, section + actions(pg))
            + f'<section class="section"><h2>{E(t["data_h"])}</h2><div class="actions">{data}</div></section>')
    tabs, current = with_current(rng, t["tabs"], title)
    body = (site_header(pg, name, t["top"], user=user) + account_layout(pg, tabs, current, main, layout)
            + site_footer(pg, name))
    theme = "dark" if rng.random() < 0.7 else "light"
    return {"host": host, "path": rng.choice(["/account/privacy", "/settings/data-privacy"]), "title": f"{title} – {name}",
            "body": body, "css": "", "layout": f"{layout}/{style}/{theme}", "theme": theme}


# ---------------------------------------------------------------------------
# Group 5: an app-like "Notification and privacy preferences" page

APP = {
    "en": {"back": "Settings", "title": ["Notification and privacy preferences", "Notifications & privacy"],
           "notif_h": "Notifications",
           "notif": [("Order updates", "When your order is confirmed, on its way or delivered."),
                     ("Offers and discounts", "Deals from restaurants and shops near you."),
                     ("Reminders", "A nudge if you haven't finished an order."),
                     ("Weekly summary by e-mail", "Your activity of the week."),
                     ("News about the app", "New features and tips.")],
           "quiet": "Quiet hours", "quiet_opts": ["Off", "22:00–07:00", "23:00–08:00"],
           "priv_h": "Privacy",
           "priv": [("Location access", "Use your location while you use the app to show nearby options."),
                    ("Personalised offers", "Tailor offers to your orders and searches."),
                    ("Usage analytics", "Send data about how you use the app so we can improve it."),
                    ("Crash reports", "Send a report automatically when the app crashes."),
                    ("Ads from partners", "Show ads from our partners based on your activity in the app.")],
           "tabbar": ["Home", "Search", "Orders", "Account"], "done": "Done"},
    "de": {"back": "Einstellungen", "title": ["Benachrichtigungs- und Datenschutzeinstellungen", "Mitteilungen & Datenschutz"],
           "notif_h": "Mitteilungen",
           "notif": [("Bestellstatus", "Wenn Ihre Bestellung bestätigt, unterwegs oder zugestellt ist."),
                     ("Angebote und Rabatte", "Aktionen von Restaurants und Geschäften in Ihrer Nähe."),
                     ("Erinnerungen", "Ein Hinweis, wenn Sie eine Bestellung nicht abgeschlossen haben."),
                     ("Wochenrückblick per E-Mail", "Ihre Aktivitäten der Woche."),
                     ("Neuigkeiten zur App", "Neue Funktionen und Tipps.")],
           "quiet": "Ruhezeiten", "quiet_opts": ["Aus", "22:00–07:00", "23:00–08:00"],
           "priv_h": "Datenschutz",
           "priv": [("Standortzugriff", "Ihren Standort während der Nutzung der App verwenden, um Angebote in der Nähe zu zeigen."),
                    ("Personalisierte Angebote", "Angebote auf Ihre Bestellungen und Suchen zuschneiden."),
                    ("Nutzungsanalyse", "Daten zur Nutzung der App senden, damit wir sie verbessern können."),
                    ("Absturzberichte", "Bei einem Absturz automatisch einen Bericht senden."),
                    ("Werbung von Partnern", "Werbung unserer Partner auf Grundlage Ihrer Aktivität in der App anzeigen.")],
           "tabbar": ["Start", "Suche", "Bestellungen", "Konto"], "done": "Fertig"},
    "nl": {"back": "Instellingen", "title": ["Voorkeuren voor meldingen en privacy", "Meldingen & privacy"],
           "notif_h": "Meldingen",
           "notif": [("Bestelupdates", "Als je bestelling is bevestigd, onderweg is of is bezorgd."),
                     ("Aanbiedingen en kortingen", "Acties van restaurants en winkels bij jou in de buurt."),
                     ("Herinneringen", "Een seintje als je een bestelling niet hebt afgerond."),
                     ("Wekelijks overzicht per e-mail", "Je activiteit van de week."),
                     ("Nieuws over de app", "Nieuwe functies en tips.")],
           "quiet": "Stille uren", "quiet_opts": ["Uit", "22:00–07:00", "23:00–08:00"],
           "priv_h": "Privacy",
           "priv": [("Locatietoegang", "Je locatie gebruiken terwijl je de app gebruikt om opties in de buurt te tonen."),
                    ("Persoonlijke aanbiedingen", "Aanbiedingen afstemmen op je bestellingen en zoekopdrachten."),
                    ("Gebruiksanalyse", "Gegevens over je gebruik van de app versturen zodat we hem kunnen verbeteren."),
                    ("Crashrapporten", "Automatisch een rapport versturen als de app crasht."),
                    ("Advertenties van partners", "Advertenties van onze partners tonen op basis van je activiteit in de app.")],
           "tabbar": ["Home", "Zoeken", "Bestellingen", "Account"], "done": "Klaar"},
    "fr": {"back": "Réglages", "title": ["Préférences de notifications et de confidentialité", "Notifications et confidentialité"],
           "notif_h": "Notifications",
           "notif": [("Suivi de commande", "Quand votre commande est confirmée, en route ou livrée."),
                     ("Offres et réductions", "Les promotions des restaurants et magasins près de chez vous."),
                     ("Rappels", "Un rappel si vous n'avez pas terminé une commande."),
                     ("Résumé hebdomadaire par e-mail", "Votre activité de la semaine."),
                     ("Actualités de l'appli", "Nouvelles fonctions et astuces.")],
           "quiet": "Heures calmes", "quiet_opts": ["Désactivé", "22:00–07:00", "23:00–08:00"],
           "priv_h": "Confidentialité",
           "priv": [("Accès à la position", "Utiliser votre position pendant l'utilisation de l'appli pour afficher les options à proximité."),
                    ("Offres personnalisées", "Adapter les offres à vos commandes et recherches."),
                    ("Statistiques d'utilisation", "Envoyer des données sur votre utilisation de l'appli pour l'améliorer."),
                    ("Rapports de plantage", "Envoyer automatiquement un rapport en cas de plantage."),
                    ("Publicités des partenaires", "Afficher des publicités de nos partenaires selon votre activité dans l'appli.")],
           "tabbar": ["Accueil", "Recherche", "Commandes", "Compte"], "done": "Terminé"},
}
APPS = [("Bitebox", "app.bitebox-delivery.com"), ("Parcelo", "web.parcelo-app.com"), ("Marktkorb", "app.marktkorb.eu")]

APP_CSS = """
.phone{max-width:480px;margin:0 auto;min-height:100vh;background:%(card)s}
.appbar{display:flex;align-items:center;gap:12px;padding:14px 16px;border-bottom:1px solid %(line)s}
.appbar h1{font-size:18px;margin:0}.appbar a{text-decoration:none;font-size:15px}
.group{margin:18px 16px;background:%(card)s;border-radius:12px;border:1px solid %(line)s;padding:0 14px}
.group h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:%(muted)s;margin:14px 0 0}
.group .row:last-child{border-bottom:0}
.appfoot{display:flex;gap:10px;padding:16px}
.appfoot .btn{flex:1}
.tabbar{display:flex;justify-content:space-around;border-top:1px solid %(line)s;padding:10px 0;font-size:12px}
.tabbar a{text-decoration:none;color:%(muted)s}
"""


def make_app(pg: Page, user: str) -> dict:
    rng, t = pg.rng, APP[pg.lang]
    name, host = rng.choice(APPS)
    title = pick(rng, t["title"])
    style = rng.choice(["switch_input", "switch_button", "switch_div"])
    groups = []
    for heading, key, p_on in ((t["notif_h"], "notif", 0.6), (t["priv_h"], "priv", 0.45)):
        items = sorted_sample(rng, t[key], rng.randint(3, 5))
        states = choose_states(rng, len(items), p_on)
        rows = "".join(setting_row(pg, style, label, desc if rng.random() < 0.7 else "", on)
                       for (label, desc), on in zip(items, states))
        if key == "notif" and rng.random() < 0.5:
            ident = pg.uid("quiet")
            opts = "".join(f"<option>{E(o)}</option>" for o in t["quiet_opts"])
            rows += (f'<div class="row"><label class="lbl" for="{ident}">{E(t["quiet"])}</label>'
                     f'<select id="{ident}" data-cl-role="other">{opts}</select></div>')
        groups.append(f'<section class="group"><h2>{E(heading)}</h2>{rows}</section>')
    if rng.random() < 0.5:
        groups.reverse()
    finish = rng.choice(["save_cancel", "done"])
    if finish == "done":
        foot = f'<div class="appfoot">{button(t["done"], "btn btn-primary", "submit")}</div>'
    else:
        foot = f'<div class="appfoot">{button(pg.word("cancel"), "btn btn-secondary")}{button(pg.word("save"), "btn btn-primary", "submit")}</div>'
    tabbar = "".join(link(w, f"/{i}") for i, w in enumerate(t["tabbar"]))
    body = (f'<div class="phone"><header class="appbar">{link("‹ " + t["back"], "/settings", aria=t["back"])}<h1>{E(title)}</h1></header>'
            f'<main>{form_wrap(pg, "".join(groups) + foot)}</main><nav class="tabbar">{tabbar}</nav></div>')
    theme = rng.choice(["light", "grey", "dark"])
    css = APP_CSS % {"card": "#1f1f1f" if theme == "dark" else "#ffffff", "line": THEMES[theme]["line"],
                     "muted": THEMES[theme]["muted"]}
    return {"host": host, "path": "/settings/notifications-privacy", "title": f"{title} · {name}", "body": body,
            "css": css, "layout": f"{finish}/{style}/{theme}", "theme": theme}


# ---------------------------------------------------------------------------
# Group 6: a CMP vendor's documentation page with an example banner as a figure

DOCS = {
    "en": {"top": ["Product", "Pricing", "Docs", "Blog"], "signin": "Sign in", "search": "Search the docs",
           "side": ["Getting started", "Install the script", "Choose a banner layout", "Texts and translations", "Styling",
                    "Consent Mode", "JavaScript API", "Changelog"],
           "articles": [
               ("Choose a banner layout",
                ["The banner is the first thing visitors see. You can show it as a bar at the bottom of the page, as a box in a corner or as a centred window.",
                 "Whatever layout you choose, keep the first layer short: say what you use cookies for, name your partners and give visitors an equal way to accept or refuse.",
                 "Set the layout in the dashboard under Banner → Layout, or pass it in the configuration object as shown below."],
                "Example: the bottom bar layout with 'Accept all' and 'Reject all' buttons of equal size."),
               ("Texts and translations",
                ["Every text in the banner can be changed and translated. The script picks the visitor's language from the page's lang attribute.",
                 "Keep the button labels plain. 'Accept all' and 'Reject all' are understood everywhere; avoid labels that hide what a button does.",
                 "Translations are stored per language in the dashboard or passed in the configuration."],
                "Example: the default English texts in the centred window layout."),
               ("Make refusing as easy as accepting",
                ["Data protection authorities expect a refuse option on the first layer with the same prominence as the accept option.",
                 "Our default theme gives both buttons the same size, colour and position. If you change the styling, keep them equal.",
                 "Pre-ticked purposes on the second layer are not allowed: every optional purpose starts switched off."],
                "Example: a compliant first layer, where 'Reject all' looks exactly like 'Accept all'.")],
           "mock_h": ["We use cookies", "Your privacy matters"],
           "mock_p": "We and our partners use cookies to measure traffic and show personalised ads. You can accept or refuse, or choose per purpose.",
           "mock_acc": "Accept all", "mock_rej": "Reject all", "mock_set": "Customise",
           "shot": "Screenshot of an example consent banner", "code_h": "Configuration", "copy": "Copy",
           "helpful": "Was this page helpful?", "edit": "Edit this page", "prev": "Previous", "next": "Next", "toc": "On this page"},
    "de": {"top": ["Produkt", "Preise", "Dokumentation", "Blog"], "signin": "Anmelden", "search": "Dokumentation durchsuchen",
           "side": ["Erste Schritte", "Skript einbinden", "Banner-Layout wählen", "Texte und Übersetzungen", "Gestaltung",
                    "Consent Mode", "JavaScript-API", "Änderungsprotokoll"],
           "articles": [
               ("Banner-Layout wählen",
                ["Das Banner ist das Erste, was Besucher sehen. Sie können es als Leiste am unteren Seitenrand, als Box in einer Ecke oder als zentriertes Fenster anzeigen.",
                 "Welches Layout Sie auch wählen: Halten Sie die erste Ebene kurz, nennen Sie die Zwecke und Partner und bieten Sie Zustimmen und Ablehnen gleichwertig an.",
                 "Das Layout legen Sie im Dashboard unter Banner → Layout fest oder übergeben es im Konfigurationsobjekt wie unten gezeigt."],
                "Beispiel: das Layout als Leiste am unteren Rand mit gleich großen Schaltflächen „Alle akzeptieren“ und „Alle ablehnen“."),
               ("Texte und Übersetzungen",
                ["Jeder Text im Banner lässt sich ändern und übersetzen. Das Skript erkennt die Sprache am lang-Attribut der Seite.",
                 "Formulieren Sie die Schaltflächen klar. „Alle akzeptieren“ und „Alle ablehnen“ versteht jeder; vermeiden Sie Beschriftungen, die verschleiern, was eine Schaltfläche tut.",
                 "Übersetzungen werden je Sprache im Dashboard gespeichert oder in der Konfiguration übergeben."],
                "Beispiel: die deutschen Standardtexte im zentrierten Fenster."),
               ("Ablehnen so einfach wie Zustimmen",
                ["Die Datenschutzbehörden erwarten auf der ersten Ebene eine Ablehnungsmöglichkeit, die genauso sichtbar ist wie die Zustimmung.",
                 "Unser Standard-Theme gibt beiden Schaltflächen dieselbe Größe, Farbe und Position. Wenn Sie das Design ändern, lassen Sie sie gleichwertig.",
                 "Vorausgewählte Zwecke auf der zweiten Ebene sind nicht erlaubt: Jeder optionale Zweck ist zunächst ausgeschaltet."],
                "Beispiel: eine rechtskonforme erste Ebene, auf der „Alle ablehnen“ genauso aussieht wie „Alle akzeptieren“.")],
           "mock_h": ["Wir verwenden Cookies", "Ihre Privatsphäre ist uns wichtig"],
           "mock_p": "Wir und unsere Partner verwenden Cookies, um die Reichweite zu messen und personalisierte Werbung anzuzeigen. Sie können zustimmen, ablehnen oder je Zweck wählen.",
           "mock_acc": "Alle akzeptieren", "mock_rej": "Alle ablehnen", "mock_set": "Einstellungen",
           "shot": "Bildschirmfoto eines Beispiel-Cookie-Banners", "code_h": "Konfiguration", "copy": "Kopieren",
           "helpful": "War diese Seite hilfreich?", "edit": "Diese Seite bearbeiten", "prev": "Zurück", "next": "Weiter", "toc": "Auf dieser Seite"},
    "nl": {"top": ["Product", "Prijzen", "Documentatie", "Blog"], "signin": "Inloggen", "search": "Zoeken in de documentatie",
           "side": ["Aan de slag", "Script installeren", "Bannerindeling kiezen", "Teksten en vertalingen", "Opmaak",
                    "Consent Mode", "JavaScript-API", "Wijzigingen"],
           "articles": [
               ("Bannerindeling kiezen",
                ["De banner is het eerste wat bezoekers zien. Je kunt hem tonen als balk onderaan de pagina, als blok in een hoek of als venster in het midden.",
                 "Welke indeling je ook kiest: houd de eerste laag kort, noem de doelen en partners en laat bezoekers even makkelijk accepteren als weigeren.",
                 "Je stelt de indeling in het dashboard in onder Banner → Indeling, of geeft haar mee in het configuratieobject zoals hieronder."],
                "Voorbeeld: de balk onderaan met even grote knoppen 'Alles accepteren' en 'Alles weigeren'."),
               ("Teksten en vertalingen",
                ["Elke tekst in de banner kun je aanpassen en vertalen. Het script haalt de taal van de bezoeker uit het lang-attribuut van de pagina.",
                 "Houd de knopteksten eenvoudig. 'Alles accepteren' en 'Alles weigeren' begrijpt iedereen; vermijd teksten die verhullen wat een knop doet.",
                 "Vertalingen worden per taal in het dashboard bewaard of in de configuratie meegegeven."],
                "Voorbeeld: de Nederlandse standaardteksten in het venster in het midden."),
               ("Weigeren even makkelijk als accepteren",
                ["Toezichthouders verwachten in de eerste laag een weigeroptie die net zo zichtbaar is als de accepteeroptie.",
                 "Ons standaardthema geeft beide knoppen dezelfde grootte, kleur en plaats. Pas je de opmaak aan, houd ze dan gelijk.",
                 "Vooraf aangevinkte doelen in de tweede laag zijn niet toegestaan: elk optioneel doel staat eerst uit."],
                "Voorbeeld: een eerste laag die aan de regels voldoet, waarin 'Alles weigeren' er precies zo uitziet als 'Alles accepteren'.")],
           "mock_h": ["Wij gebruiken cookies", "Jouw privacy is belangrijk"],
           "mock_p": "Wij en onze partners gebruiken cookies om bezoek te meten en gepersonaliseerde advertenties te tonen. Je kunt accepteren, weigeren of per doel kiezen.",
           "mock_acc": "Alles accepteren", "mock_rej": "Alles weigeren", "mock_set": "Instellingen",
           "shot": "Schermafbeelding van een voorbeeld-cookiebanner", "code_h": "Configuratie", "copy": "Kopiëren",
           "helpful": "Was deze pagina nuttig?", "edit": "Deze pagina bewerken", "prev": "Vorige", "next": "Volgende", "toc": "Op deze pagina"},
    "fr": {"top": ["Produit", "Tarifs", "Documentation", "Blog"], "signin": "Se connecter", "search": "Rechercher dans la documentation",
           "side": ["Bien démarrer", "Installer le script", "Choisir la mise en page du bandeau", "Textes et traductions", "Apparence",
                    "Consent Mode", "API JavaScript", "Journal des modifications"],
           "articles": [
               ("Choisir la mise en page du bandeau",
                ["Le bandeau est la première chose que voient les visiteurs. Vous pouvez l'afficher en barre en bas de page, en encart dans un coin ou en fenêtre centrée.",
                 "Quelle que soit la mise en page, gardez un premier niveau court : indiquez les finalités et les partenaires et proposez d'accepter ou de refuser de façon équivalente.",
                 "Choisissez la mise en page dans le tableau de bord, rubrique Bandeau → Mise en page, ou passez-la dans l'objet de configuration ci-dessous."],
                "Exemple : la barre en bas de page avec des boutons « Tout accepter » et « Tout refuser » de même taille."),
               ("Textes et traductions",
                ["Chaque texte du bandeau peut être modifié et traduit. Le script détecte la langue du visiteur grâce à l'attribut lang de la page.",
                 "Restez simple pour les boutons : « Tout accepter » et « Tout refuser » sont compris de tous ; évitez les libellés qui masquent l'effet d'un bouton.",
                 "Les traductions sont enregistrées par langue dans le tableau de bord ou passées dans la configuration."],
                "Exemple : les textes français par défaut dans la fenêtre centrée."),
               ("Refuser aussi facilement qu'accepter",
                ["Les autorités de protection des données attendent au premier niveau une option de refus aussi visible que l'option d'acceptation.",
                 "Notre thème par défaut donne aux deux boutons la même taille, la même couleur et la même place. Si vous modifiez le style, gardez-les équivalents.",
                 "Les finalités pré-cochées au second niveau ne sont pas autorisées : chaque finalité facultative est d'abord désactivée."],
                "Exemple : un premier niveau conforme, où « Tout refuser » ressemble exactement à « Tout accepter ».")],
           "mock_h": ["Nous utilisons des cookies", "Votre vie privée compte"],
           "mock_p": "Nos partenaires et nous utilisons des cookies pour mesurer l'audience et afficher des publicités personnalisées. Vous pouvez accepter, refuser ou choisir par finalité.",
           "mock_acc": "Tout accepter", "mock_rej": "Tout refuser", "mock_set": "Personnaliser",
           "shot": "Capture d'écran d'un exemple de bandeau cookies", "code_h": "Configuration", "copy": "Copier",
           "helpful": "Cette page vous a-t-elle été utile ?", "edit": "Modifier cette page", "prev": "Précédent", "next": "Suivant", "toc": "Sur cette page"},
}
VENDORS = [("Consentory", "docs.consentory.io"), ("Bannerly", "help.bannerly-cmp.com"), ("Optinio", "docs.optinio.eu")]

DOCS_CSS = """
.doc-figure{margin:28px 0;padding:0}
.shot{border:1px solid #cfd4da;border-radius:8px;background:#f4f5f7;max-width:640px}
.shot-chrome{display:flex;gap:6px;align-items:center;padding:8px 10px;border-bottom:1px solid #cfd4da;font-size:11px;color:#777}
.shot-chrome i{display:inline-block;width:9px;height:9px;border-radius:50%%;background:#c9cdd2}
.shot-page{padding:14px;min-height:150px}
.shot-line{height:8px;background:#dde1e6;border-radius:4px;margin:0 0 8px}
.example-banner{background:#fff;border:1px solid #d5d9de;padding:12px 14px;font-size:11px;color:#333;border-radius:%(r)spx}
.example-banner.center{max-width:300px;margin:10px auto}.example-banner.corner{max-width:260px;margin:10px 0 0 auto}
.example-banner p{margin:4px 0 8px;line-height:1.4}
.mock-btn{display:inline-block;padding:5px 12px;margin-right:6px;border-radius:4px;background:%(brand)s;color:#fff;font-weight:700}
.mock-link{text-decoration:underline;color:%(brand)s}
.doc-figure figcaption{font-size:13px;color:#5f6670;margin-top:8px;font-style:italic}
pre{background:#1e1e1e;color:#e6e6e6;padding:14px;border-radius:8px;font-size:13px;overflow-x:auto}
.codehead{display:flex;justify-content:space-between;align-items:center}
.toc{width:200px;flex-shrink:0;font-size:13px}.toc a{display:block;padding:4px 0}
.search{padding:7px 10px;border:1px solid #cfd4da;border-radius:6px;margin-left:20px}
"""


def mock_banner(rng, t: dict, kind: str, with_settings: bool) -> str:
    """A drawn banner inside a screenshot: spans, not controls."""
    buttons = f'<span class="mock-btn">{E(t["mock_acc"])}</span><span class="mock-btn">{E(t["mock_rej"])}</span>'
    if with_settings:
        buttons += f'<span class="mock-link">{E(t["mock_set"])}</span>'
    return (f'<div class="example-banner {kind}"><strong>{E(pick(rng, t["mock_h"]))}</strong>'
            f'<p>{E(t["mock_p"])}</p><div>{buttons}</div></div>')


def doc_figure(pg: Page, t: dict, caption: str) -> tuple:
    rng = pg.rng
    kind = rng.choice(["bar", "center", "corner"])
    lines = "".join(f'<div class="shot-line" style="width:{w}%"></div>' for w in rng.sample([92, 85, 70, 64, 55, 40], 4))
    form = rng.choice(["drawn", "drawn", "image"])
    if form == "image":
        shot = (f'<img src="/img/examples/banner-{kind}-{pg.lang}.png" width="640" height="360" '
                f'alt="{E(t["shot"])}: {E(t["mock_acc"])} / {E(t["mock_rej"])}" class="shot">')
    else:
        page = lines + mock_banner(rng, t, kind, rng.random() < 0.6) if kind == "bar" else mock_banner(rng, t, kind, rng.random() < 0.6) + lines
        shot = (f'<div class="shot" role="img" aria-label="{E(t["shot"])}"><div class="shot-chrome"><i></i><i></i><i></i>'
                f'<span>https://www.example.com/</span></div><div class="shot-page">{page}</div></div>')
    return f'<figure class="doc-figure">{shot}<figcaption>{E(caption)}</figcaption></figure>', f"{form}/{kind}"


def code_block(pg: Page, t: dict, vendor: str, kind: str) -> str:
    layout = {"bar": "bar", "center": "box", "corner": "corner"}.get(kind.split("/")[-1], "bar")
    code = (f'{vendor.lower()}.init({{\n  layout: "{layout}",\n  buttons: ["accept", "reject", "settings"],\n'
            f'  language: "{pg.lang}",\n  equalButtons: true\n}});')
    return (f'<div class="codehead"><h2>{E(t["code_h"])}</h2>{button(t["copy"], "btn-plain")}</div>'
            f'<pre><code>{E(code)}</code></pre>')


def make_docs(pg: Page, user: str) -> dict:
    rng, t = pg.rng, DOCS[pg.lang]
    vendor, host = rng.choice(VENDORS)
    art = rng.randrange(len(t["articles"]))
    head, paras, caption = t["articles"][art]
    figure, figure_kind = doc_figure(pg, t, caption)
    where = rng.randint(1, 2)
    blocks = [f"<p>{E(p)}</p>" for p in paras]
    blocks.insert(where, figure)
    feedback = (f'<div class="section"><p>{E(t["helpful"])} {button(pg.ui["yes"], "btn btn-secondary")} '
                f'{button(pg.ui["no"], "btn btn-secondary")}</p><p>{link(t["edit"], "https://git.example.org/docs/edit")}</p></div>')
    side_index = t["side"].index(head) if head in t["side"] else 2
    pager = (f'<p>{link("← " + t["prev"], "/docs/" + str(max(side_index - 1, 0)))} · '
             f'{link(t["next"] + " →", "/docs/" + str(side_index + 1))}</p>')
    article = (f'<article><h1>{E(head)}</h1>{"".join(blocks)}{code_block(pg, t, vendor, figure_kind)}</article>'
               + feedback + pager)
    toc = ""
    if rng.random() < 0.6:
        toc = (f'<aside class="toc"><strong>{E(t["toc"])}</strong>{link(head, "#top")}{link(t["code_h"], "#configuration")}</aside>')
    search = f'<input type="search" class="search" placeholder="{E(t["search"])}" aria-label="{E(t["search"])}" data-cl-role="other">'
    top = "".join(link(w, f"/{i}/") for i, w in enumerate(t["top"]))
    header = (f'<header class="site-header">{link(vendor + " Docs", "/", cls="logo")}<nav>{top}{search}'
              f'{link(t["signin"], "/login")}</nav></header>')
    side = side_nav(t["side"], side_index, "/docs/")
    body = (header + f'<div class="layout">{side}<main class="content">{article}</main>{toc}</div>'
            + f'<footer class="site-footer">{link(pg.ui["imprint"], "/imprint")}{link(pg.ui["policy"], "/privacy")}'
              f'<span>© 2026 {E(vendor)}</span></footer>')
    css = DOCS_CSS % {"brand": pg.brand, "r": rng.choice([0, 6, 10])}
    slug = ["layout", "translations", "equal-buttons"][art]
    return {"host": host, "path": f"/{pg.lang}/banner/{slug}", "title": f"{head} – {vendor} Docs", "body": body,
            "css": css, "layout": f"{figure_kind}/{'toc' if toc else 'no_toc'}", "theme": "light"}


# ---------------------------------------------------------------------------
# Group 7: a browser extension's "Options" page

EXT = {
    "en": {"title": "Options", "side": ["General", "Allowed sites", "Privacy", "About"],
           "general_h": "Blocking",
           "general": [("Block third-party trackers", "Stop known trackers from loading on the pages you visit."),
                       ("Block ads", "Hide advertisements on websites."),
                       ("Hide cookie banners", "Close consent pop-ups automatically and refuse optional cookies where possible."),
                       ("Send Global Privacy Control signal", "Tell websites you do not want your data sold or shared."),
                       ("Show the number of blocked trackers on the icon", ""),
                       ("Update block lists daily", "")],
           "privacy_h": "Privacy",
           "privacy": [("Send anonymous usage statistics", "Helps us understand which features are used. No browsing history is sent."),
                       ("Send error reports", "")],
           "allowed_h": "Allowed sites", "allowed_p": "Trackers and ads are not blocked on these sites.",
           "add": "Add", "remove": "Remove", "remove_aria": "Remove {s}", "export": "Export settings",
           "version": "Version {v}", "source": "Source code", "report": "Report a problem"},
    "de": {"title": "Optionen", "side": ["Allgemein", "Erlaubte Websites", "Datenschutz", "Über"],
           "general_h": "Blockieren",
           "general": [("Tracker von Drittanbietern blockieren", "Bekannte Tracker auf den besuchten Seiten nicht laden."),
                       ("Werbung blockieren", "Anzeigen auf Websites ausblenden."),
                       ("Cookie-Banner ausblenden", "Einwilligungs-Pop-ups automatisch schließen und optionale Cookies nach Möglichkeit ablehnen."),
                       ("Global Privacy Control senden", "Websites mitteilen, dass Ihre Daten nicht verkauft oder weitergegeben werden sollen."),
                       ("Anzahl blockierter Tracker am Symbol anzeigen", ""),
                       ("Sperrlisten täglich aktualisieren", "")],
           "privacy_h": "Datenschutz",
           "privacy": [("Anonyme Nutzungsstatistiken senden", "Hilft uns zu verstehen, welche Funktionen genutzt werden. Es wird kein Browserverlauf übertragen."),
                       ("Fehlerberichte senden", "")],
           "allowed_h": "Erlaubte Websites", "allowed_p": "Auf diesen Websites werden Tracker und Werbung nicht blockiert.",
           "add": "Hinzufügen", "remove": "Entfernen", "remove_aria": "{s} entfernen", "export": "Einstellungen exportieren",
           "version": "Version {v}", "source": "Quellcode", "report": "Problem melden"},
    "nl": {"title": "Opties", "side": ["Algemeen", "Toegestane sites", "Privacy", "Over"],
           "general_h": "Blokkeren",
           "general": [("Trackers van derden blokkeren", "Bekende trackers niet laden op de pagina's die je bezoekt."),
                       ("Advertenties blokkeren", "Advertenties op websites verbergen."),
                       ("Cookiebanners verbergen", "Toestemmingspop-ups automatisch sluiten en optionele cookies waar mogelijk weigeren."),
                       ("Global Privacy Control-signaal sturen", "Websites laten weten dat je niet wilt dat je gegevens worden verkocht of gedeeld."),
                       ("Aantal geblokkeerde trackers op het pictogram tonen", ""),
                       ("Blokkeerlijsten dagelijks bijwerken", "")],
           "privacy_h": "Privacy",
           "privacy": [("Anonieme gebruiksstatistieken versturen", "Helpt ons te begrijpen welke functies worden gebruikt. Er wordt geen browsegeschiedenis verstuurd."),
                       ("Foutrapporten versturen", "")],
           "allowed_h": "Toegestane sites", "allowed_p": "Op deze sites worden trackers en advertenties niet geblokkeerd.",
           "add": "Toevoegen", "remove": "Verwijderen", "remove_aria": "{s} verwijderen", "export": "Instellingen exporteren",
           "version": "Versie {v}", "source": "Broncode", "report": "Probleem melden"},
    "fr": {"title": "Options", "side": ["Général", "Sites autorisés", "Confidentialité", "À propos"],
           "general_h": "Blocage",
           "general": [("Bloquer les traceurs tiers", "Empêcher le chargement des traceurs connus sur les pages visitées."),
                       ("Bloquer les publicités", "Masquer les publicités sur les sites web."),
                       ("Masquer les bandeaux cookies", "Fermer automatiquement les fenêtres de consentement et refuser les cookies facultatifs si possible."),
                       ("Envoyer le signal Global Privacy Control", "Indiquer aux sites que vous ne voulez pas que vos données soient vendues ou partagées."),
                       ("Afficher le nombre de traceurs bloqués sur l'icône", ""),
                       ("Mettre à jour les listes de blocage chaque jour", "")],
           "privacy_h": "Confidentialité",
           "privacy": [("Envoyer des statistiques d'utilisation anonymes", "Nous aide à savoir quelles fonctions sont utilisées. Aucun historique de navigation n'est envoyé."),
                       ("Envoyer les rapports d'erreur", "")],
           "allowed_h": "Sites autorisés", "allowed_p": "Les traceurs et publicités ne sont pas bloqués sur ces sites.",
           "add": "Ajouter", "remove": "Retirer", "remove_aria": "Retirer {s}", "export": "Exporter les réglages",
           "version": "Version {v}", "source": "Code source", "report": "Signaler un problème"},
}
EXTENSIONS = ["TrackShield", "QuietWeb", "Lantern Privacy", "Blinders"]
ALLOWED_SITES = ["bank.example", "intranet.example.org", "school-portal.example", "maps.example.com", "video.example.net"]


def extension_url(rng) -> str:
    if rng.random() < 0.6:
        return "chrome-extension://" + "".join(rng.choice("abcdefghijklmnop") for _ in range(32)) + "/options.html"
    uuid = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return f"moz-extension://{uuid}/options/options.html"


def make_extension(pg: Page, user: str) -> dict:
    rng, t = pg.rng, EXT[pg.lang]
    name = rng.choice(EXTENSIONS)
    style = rng.choice(TOGGLE_STYLES)
    general = sorted_sample(rng, t["general"], rng.randint(4, 6))
    blocking = settings_section(pg, t["general_h"], general, style, 0.65)
    privacy = settings_section(pg, t["privacy_h"], t["privacy"], style, 0.35)
    sites = rng.sample(ALLOWED_SITES, rng.randint(1, 3))
    rows = "".join(f'<li>{E(s)} {button(t["remove"], "btn-plain", aria=t["remove_aria"].format(s=s))}</li>' for s in sites)
    ident = pg.uid("site")
    allowed = (f'<section class="section"><h2>{E(t["allowed_h"])}</h2><p class="note">{E(t["allowed_p"])}</p><ul>{rows}</ul>'
               f'<label for="{ident}" class="lbl">{E(t["allowed_h"])}</label>'
               f'<input type="text" id="{ident}" placeholder="example.com" data-cl-role="other"> {button(t["add"], "btn btn-secondary")}</section>')
    sections = [blocking, allowed, privacy] if rng.random() < 0.5 else [blocking, privacy, allowed]
    extra = button(pg.ui["reset"], "btn-plain") + (button(t["export"], "btn-plain") if rng.random() < 0.5 else "")
    version = f"{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    about = (f'<p class="note">{E(name)} · {E(t["version"].format(v=version))} · {link(t["source"], "https://git.example.org/" + name.lower().replace(" ", "-"))}'
             f' · {link(t["report"], "https://git.example.org/" + name.lower().replace(" ", "-") + "/issues")}</p>')
    main = f'<h1>{E(name)} – {E(t["title"])}</h1>' + form_wrap(pg, "".join(sections) + actions(pg, extra)) + about
    layout = rng.choice(["side_left", "single"])
    header = f'<header class="site-header"><span class="logo">{E(name)}</span><span>{E(t["title"])}</span></header>'
    if layout == "single":
        body = header + f'<div class="layout tabs-top"><main class="content">{main}</main></div>'
    else:
        body = header + f'<div class="layout">{side_nav(t["side"], 0, "#")}<main class="content">{main}</main></div>'
    return {"url": extension_url(rng), "title": f"{name} – {t['title']}", "body": body, "css": "",
            "layout": f"{layout}/{style}", "theme": rng.choice(["light", "grey", "dark"])}


# ---------------------------------------------------------------------------
# Group 8: a bank's or telecom's "Consents and contact preferences" page

BANK = {
    "en": {"sites": [("Fernbridge Bank", "online.fernbridgebank.co.uk"), ("Velto Mobile", "my.velto-mobile.ie")],
           "nav": ["Accounts", "Payments", "Cards", "Documents"], "crumbs": "Profile",
           "title": ["Consents and contact preferences", "Marketing permissions"],
           "side": ["Personal details", "Security", "Notifications", "Statements"],
           "intro": "Tell us whether and how we may contact you about products and offers. Your choices do not affect your contract or service messages.",
           "channels_h": "May we contact you about offers?",
           "channels": ["By e-mail", "By phone", "By text message", "By post", "In online banking and the app"],
           "data_h": "Use of your data",
           "data": [("Personalised offers", "We analyse your account and card transactions to suggest suitable products."),
                    ("Group companies", "We share your contact details with our insurance and leasing subsidiaries for their offers."),
                    ("Market research", "We may invite you to customer surveys.")],
           "legal": "You can withdraw your consent at any time with effect for the future, here or by contacting us.",
           "changed": "Last changed: {d}", "print": "Print overview"},
    "de": {"sites": [("Nordmark Bank", "banking.nordmarkbank.de"), ("Funkwerk Mobil", "kundencenter.funkwerk-mobil.de")],
           "nav": ["Konten", "Zahlungsverkehr", "Karten", "Postfach"], "crumbs": "Profil",
           "title": ["Einwilligungen und Werbeeinstellungen", "Werbeeinwilligungen"],
           "side": ["Persönliche Daten", "Sicherheit", "Benachrichtigungen", "Kontoauszüge"],
           "intro": "Teilen Sie uns mit, ob und wie wir Sie über Produkte und Angebote informieren dürfen. Ihre Auswahl hat keinen Einfluss auf Ihren Vertrag oder Servicemitteilungen.",
           "channels_h": "Dürfen wir Sie über Angebote informieren?",
           "channels": ["per E-Mail", "per Telefon", "per SMS", "per Post", "im Online-Banking und in der App"],
           "data_h": "Nutzung Ihrer Daten",
           "data": [("Persönliche Angebote", "Wir werten Ihre Konto- und Kartenumsätze aus, um Ihnen passende Produkte vorzuschlagen."),
                    ("Unternehmen der Gruppe", "Wir geben Ihre Kontaktdaten an unsere Versicherungs- und Leasingtöchter für deren Angebote weiter."),
                    ("Marktforschung", "Wir dürfen Sie zu Kundenbefragungen einladen.")],
           "legal": "Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen, hier oder über unseren Kundenservice.",
           "changed": "Zuletzt geändert: {d}", "print": "Übersicht drucken"},
    "nl": {"sites": [("Polderbank", "mijn.polderbank.nl"), ("Kustlijn Telecom", "mijn.kustlijn-telecom.nl")],
           "nav": ["Rekeningen", "Betalen", "Passen", "Documenten"], "crumbs": "Profiel",
           "title": ["Toestemmingen en contactvoorkeuren", "Marketingtoestemmingen"],
           "side": ["Persoonlijke gegevens", "Beveiliging", "Meldingen", "Afschriften"],
           "intro": "Laat ons weten of en hoe we je mogen benaderen over producten en aanbiedingen. Je keuze heeft geen invloed op je contract of serviceberichten.",
           "channels_h": "Mogen we je benaderen met aanbiedingen?",
           "channels": ["Per e-mail", "Per telefoon", "Per sms", "Per post", "In Internetbankieren en de app"],
           "data_h": "Gebruik van je gegevens",
           "data": [("Persoonlijke aanbiedingen", "We analyseren je rekening- en kaarttransacties om passende producten voor te stellen."),
                    ("Groepsmaatschappijen", "We delen je contactgegevens met onze verzekerings- en leasedochters voor hun aanbiedingen."),
                    ("Marktonderzoek", "We mogen je uitnodigen voor klantonderzoek.")],
           "legal": "Je kunt je toestemming altijd intrekken, hier of via onze klantenservice.",
           "changed": "Laatst gewijzigd: {d}", "print": "Overzicht afdrukken"},
    "fr": {"sites": [("Banque Aurore", "clients.banque-aurore.fr"), ("Opale Mobile", "espace-client.opale-mobile.fr")],
           "nav": ["Comptes", "Virements", "Cartes", "Documents"], "crumbs": "Profil",
           "title": ["Consentements et préférences de contact", "Autorisations marketing"],
           "side": ["Informations personnelles", "Sécurité", "Alertes", "Relevés"],
           "intro": "Indiquez-nous si et comment nous pouvons vous contacter au sujet de nos produits et offres. Vos choix n'ont aucun effet sur votre contrat ni sur les messages de service.",
           "channels_h": "Pouvons-nous vous contacter pour des offres ?",
           "channels": ["Par e-mail", "Par téléphone", "Par SMS", "Par courrier", "Dans l'espace client et l'application"],
           "data_h": "Utilisation de vos données",
           "data": [("Offres personnalisées", "Nous analysons les opérations de vos comptes et cartes pour vous proposer des produits adaptés."),
                    ("Sociétés du groupe", "Nous transmettons vos coordonnées à nos filiales d'assurance et de leasing pour leurs offres."),
                    ("Études de marché", "Nous pouvons vous inviter à des enquêtes de satisfaction.")],
           "legal": "Vous pouvez retirer votre consentement à tout moment pour l'avenir, ici ou auprès de notre service client.",
           "changed": "Dernière modification : {d}", "print": "Imprimer le récapitulatif"},
}


def make_bank(pg: Page, user: str) -> dict:
    rng, t = pg.rng, BANK[pg.lang]
    name, host = rng.choice(t["sites"])
    title = pick(rng, t["title"])
    control = rng.choice(["radios", "checkbox", "switch_input"])
    channels = sorted_sample(rng, t["channels"], rng.randint(3, 5))
    states = choose_states(rng, len(channels), 0.4)
    if control == "radios":
        rows = "".join(radio_pair(pg, c, on) for c, on in zip(channels, states))
        data = "".join(radio_pair(pg, label, on, desc)
                       for (label, desc), on in zip(t["data"], choose_states(rng, len(t["data"]), 0.4)))
        data_section = f'<section class="section"><h2>{E(t["data_h"])}</h2>{data}</section>'
    else:
        rows = "".join(setting_row(pg, control, c, "", on) for c, on in zip(channels, states))
        data_section = settings_section(pg, t["data_h"], t["data"], control, 0.4)
    channels_section = f'<section class="section"><h2>{E(t["channels_h"])}</h2>{rows}</section>'
    changed = f'<p class="note">{E(t["changed"].format(d=date_text(rng, pg.lang)))} · {link(t["print"], "/profile/consents/print")}</p>'
    form = form_wrap(pg, channels_section + data_section + f'<p class="note">{E(t["legal"])}</p>' + actions(pg))
    main = (f'<div class="crumbs">{link(t["crumbs"], "/profile/")} › {E(title)}</div><h1>{E(title)}</h1>'
            f'<p class="intro">{E(t["intro"])}</p>{form}{changed}')
    side, current = with_current(rng, t["side"], title)
    layout = rng.choice(["side_left", "side_left", "tabs"])
    body = (site_header(pg, name, t["nav"], user=user) + account_layout(pg, side, current, main, layout)
            + site_footer(pg, name))
    return {"host": host, "path": rng.choice(["/profile/consents", "/settings/marketing-permissions"]),
            "title": f"{title} | {name}", "body": body, "css": "", "layout": f"{layout}/{control}",
            "theme": rng.choice(["light", "grey"])}


# ---------------------------------------------------------------------------

GROUPS = (
    # (group, maker, count): count a multiple of 4, one per language in turn
    ("settings-shop-account", make_shop, 28),
    ("settings-news-privacy", make_news, 28),
    ("settings-ad-center", make_ads, 24),
    ("settings-streaming-privacy", make_stream, 24),
    ("settings-app-preferences", make_app, 24),
    ("settings-cmp-docs-figure", make_docs, 24),
    ("settings-extension-options", make_extension, 24),
    ("settings-bank-permissions", make_bank, 24),
)

PROVENANCE = {
    "settings-shop-account": "Our own web shop account page 'Privacy & communication' (newsletter, marketing e-mail, SMS, personalised recommendations and ads toggles, some on, Save/Cancel) in the page flow; not a dialog.",
    "settings-news-privacy": "Our own news-site account page 'Privacy settings' listing consent purposes already chosen (some on), a partner link and Save; a settings page in the page flow, not a consent dialog.",
    "settings-ad-center": "Our own ad-platform settings page in the manner of 'My Ad Center' / ad-settings pages (personalised ads switch, ad topics, sensitive topics, activity used for ads); fictional brands, our own wording; page content, not a dialog.",
    "settings-streaming-privacy": "Our own streaming-service account page 'Data & privacy' (recommendations, personalised ads, partner sharing toggles, data download) in the page flow; not a dialog.",
    "settings-app-preferences": "Our own app-like web page 'Notification and privacy preferences' (notification and privacy switches, Save/Done) in the page flow; not a dialog.",
    "settings-cmp-docs-figure": "Our own consent-platform documentation article that shows an example banner as a captioned figure (a drawn screenshot or an image, no controls, in the text flow); an illustration, not a consent screen.",
    "settings-extension-options": "Our own browser-extension Options page (tracker and ad blocking, hide cookie banners, usage statistics toggles, allowed sites, Save/Cancel); not a dialog.",
    "settings-bank-permissions": "Our own online-banking / telecom customer page 'Consents and contact preferences' (yes/no per channel, data use for offers, Save/Cancel) in the page flow; not a dialog.",
}


def build_records(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for group, maker, count in GROUPS:
        for i in range(count):
            lang = LANGS[i % len(LANGS)]
            pg = Page(rng, lang, rng.choice(BRANDS))
            user = rng.choice(PEOPLE[lang])
            made = maker(pg, user)
            css = base_css(rng, pg.brand, made["theme"]) + made["css"]
            url = made.get("url") or f"https://{made['host']}{made['path']}"
            records.append(screen_record(
                id=f"{group}-{lang}-{i // len(LANGS):03d}", group=group, family="settings_pages", lang=lang,
                url=url, html=document(lang, made["title"], css, made["body"]), consent_screen=False, patterns=[],
                source=SOURCE, license=LICENSE, provenance=PROVENANCE[group] + f" Layout '{made['layout']}'."))
    return records


def summarise(records: list[dict]) -> str:
    return count_table(records, lambda r: (r["group"], r["lang"]), "  {:28} {} {}",
                       heading=f"{len(records)} records, all consent_screen false, no patterns")


def main() -> None:
    records = build_records()
    report(OUT, write_jsonl_gz(records, OUT), summarise(records))


if __name__ == "__main__":
    main()
