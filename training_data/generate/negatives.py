"""Hard negatives: pages and modals that look like consent screens but are not.

Writes training_data/screens/negatives.jsonl.gz:

    /tmp/venv/bin/python training_data/generate/negatives.py

Every modal uses the same markup as a consent dialog (role=dialog, aria-modal,
fixed backdrop, scroll lock), so a detector has to rely on what the screen says
and which roles its elements have, not on its shape. Labels:
- paywall, newsletter, login, age gate, app interstitial, shop promo, chat,
  article about cookies -> consent_screen false, no patterns
- a fair cookie banner next to a premium-subscription promo -> consent_screen
  true, no patterns ("a subscription offer for premium content next to an
  ordinary banner is not pay_or_consent", ../../../shared/TAXONOMY.md)

Roles inside non-consent modals: `pay` for a paywall's subscribe button, `close`
for dismiss controls ("No thanks", X, "Continue in browser"), `other` for the rest.
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, also when loaded by file path
from common import count_table, report, screen_record, write_jsonl_gz  # noqa: E402

SEED = 20261125
LANGS = ("en", "de", "nl", "fr")
SOURCE = "training_data/generate/negatives.py"
LICENSE = "GPL-3.0-or-later"
OUT = Path(__file__).resolve().parents[1] / "screens" / "negatives.jsonl.gz"

E = html.escape

SITES = {
    "en": [("The Evening Courier", "eveningcourier-news.co.uk"), ("Greenway Home & Garden", "greenwayhome-shop.ie"),
           ("Byte Weekly", "byteweekly-mag.com"), ("Trailhead Outdoor", "trailhead-outdoor-store.com")],
    "de": [("Morgenpost Süd", "morgenpost-sued-news.de"), ("Wohnglück Shop", "wohnglueck-shop.de"),
           ("Rechnerwelt", "rechnerwelt-magazin.de"), ("Bergsport Huber", "bergsport-huber-shop.de")],
    "nl": [("De Stadskrant", "destadskrant-nieuws.nl"), ("Huis & Tuin Winkel", "huisentuin-winkel.nl"),
           ("Techblad", "techblad-online.nl"), ("Buitensport Dijkstra", "buitensport-dijkstra.nl")],
    "fr": [("La Gazette du Centre", "gazetteducentre-info.fr"), ("Maison Douce", "maisondouce-boutique.fr"),
           ("Octet Mag", "octetmag-tech.fr"), ("Montagne Équipement", "montagne-equipement.fr")],
}

ARTICLE = {
    "en": {"heads": ["How the new bus timetable changes your commute", "Five budget recipes for a week of dinners",
                     "Local library reopens after two-year refurbishment", "What the rate rise means for first-time buyers"],
           "paras": ["The changes come into force next month and affect most routes in the north of the city.",
                     "Residents had campaigned for years, and the council finally found the money in its spring budget.",
                     "Analysts say the effect on household budgets will be felt most by younger families.",
                     "Staff say the new reading room is already the busiest part of the building."]},
    "de": {"heads": ["Was der neue Busfahrplan für Pendler ändert", "Fünf günstige Rezepte für eine ganze Woche",
                     "Stadtbibliothek öffnet nach zwei Jahren Umbau", "Was die Zinserhöhung für Hauskäufer bedeutet"],
           "paras": ["Die Änderungen gelten ab dem kommenden Monat und betreffen die meisten Linien im Norden der Stadt.",
                     "Anwohner hatten jahrelang dafür gekämpft, im Frühjahrshaushalt fand sich endlich das Geld.",
                     "Fachleute erwarten, dass vor allem junge Familien die Folgen im Geldbeutel spüren.",
                     "Der neue Lesesaal ist nach Angaben der Mitarbeiter schon jetzt der beliebteste Raum im Haus."]},
    "nl": {"heads": ["Wat de nieuwe busdienstregeling betekent voor forenzen", "Vijf goedkope recepten voor een hele week",
                     "Bibliotheek weer open na twee jaar verbouwing", "Wat de renteverhoging betekent voor starters"],
           "paras": ["De wijzigingen gaan volgende maand in en gelden voor de meeste lijnen in het noorden van de stad.",
                     "Bewoners voerden jarenlang actie; in de voorjaarsnota vond de gemeente eindelijk het geld.",
                     "Economen verwachten dat vooral jonge gezinnen de gevolgen merken.",
                     "Volgens medewerkers is de nieuwe leeszaal nu al de drukste plek van het gebouw."]},
    "fr": {"heads": ["Ce que les nouveaux horaires de bus changent pour vous", "Cinq recettes économiques pour la semaine",
                     "La médiathèque rouvre après deux ans de travaux", "Ce que la hausse des taux change pour les primo-accédants"],
           "paras": ["Les changements entrent en vigueur le mois prochain et concernent la plupart des lignes du nord de la ville.",
                     "Les habitants se mobilisaient depuis des années ; la mairie a enfin trouvé les fonds au printemps.",
                     "Selon les économistes, les jeunes familles seront les plus touchées.",
                     "D'après le personnel, la nouvelle salle de lecture est déjà l'endroit le plus fréquenté."]},
}

PRODUCTS = {
    "en": ["Linen cushion cover", "Ceramic plant pot", "Merino hiking socks", "Insulated water bottle", "Oak serving board", "Rain jacket"],
    "de": ["Kissenhülle aus Leinen", "Keramik-Blumentopf", "Merino-Wandersocken", "Isolierflasche", "Servierbrett aus Eiche", "Regenjacke"],
    "nl": ["Linnen kussenhoes", "Keramische bloempot", "Merino wandelsokken", "Thermosfles", "Eikenhouten serveerplank", "Regenjas"],
    "fr": ["Housse de coussin en lin", "Pot en céramique", "Chaussettes de randonnée en mérinos", "Gourde isotherme", "Planche de service en chêne", "Veste de pluie"],
}

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font-family:%(font)s;color:#222;background:#fff}
header.top{display:flex;justify-content:space-between;align-items:center;padding:14px 28px;border-bottom:1px solid #e6e6e6}
header.top .logo{font-size:26px;font-weight:800;color:%(brand)s;text-decoration:none}
header.top nav a{margin-left:18px;color:#333;text-decoration:none;font-size:15px}
main.content{max-width:1000px;margin:0 auto;padding:28px}
main.content h1{font-size:32px;line-height:1.2}main.content p{font-size:18px;line-height:1.6}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}.card .img{height:180px;background:#eee}
.price{font-weight:700}footer.bottom{padding:24px 28px;border-top:1px solid #e6e6e6;color:#777;font-size:13px}
"""

MODAL_CSS = """
.ov{position:fixed;top:0;right:0;bottom:0;left:0;background:rgba(0,0,0,%(dim)s);z-index:%(z)s;display:flex;align-items:center;justify-content:center}
.md{position:relative;background:#fff;width:%(w)spx;max-width:92vw;border-radius:%(r)spx;padding:28px;box-shadow:0 10px 40px rgba(0,0,0,.25)}
.md h2{margin:0 0 10px;font-size:22px}.md p{font-size:15px;line-height:1.5;color:#333}
.md .x{position:absolute;top:12px;right:12px;width:32px;height:32px;border:0;background:transparent;font-size:22px;cursor:pointer;color:#555}
.md .primary{display:block;width:100%%;padding:13px;font-size:16px;font-weight:700;color:#fff;background:%(brand)s;border:0;border-radius:6px;cursor:pointer;margin-top:10px}
.md .secondary{display:block;width:100%%;padding:13px;font-size:16px;font-weight:700;color:#222;background:#eee;border:0;border-radius:6px;cursor:pointer;margin-top:10px}
.md .quiet{display:block;margin:12px auto 0;background:none;border:0;color:#666;font-size:14px;text-decoration:underline;cursor:pointer}
.md input[type=email],.md input[type=text],.md input[type=password]{display:block;width:100%%;padding:12px;font-size:16px;border:1px solid #bbb;border-radius:6px;margin-top:8px}
.md .small{font-size:12px;color:#777}.md a{color:%(brand)s}
body.%(lock)s{overflow:hidden}
"""

FONTS = ["Helvetica Neue,Arial,sans-serif", "Inter,Arial,sans-serif", "Lato,Arial,sans-serif", "Georgia,serif"]
BRANDS = ["#0b5fff", "#c2185b", "#00796b", "#ef6c00", "#37474f", "#5e35b1", "#2e7d32", "#b71c1c"]


def site_page(rng, lang, site, kind):
    """(title, body) of the page behind a modal: article, shop or magazine front."""
    name, _ = site
    a = ARTICLE[lang]
    nav = "".join(f'<a href="/{i}/">{E(w)}</a>' for i, w in enumerate(rng.sample(a["heads"], 3)))
    if kind == "shop":
        cards = "".join(f'<div class="card"><div class="img"></div><h3>{E(p)}</h3><div class="price">{rng.randint(9, 89)},{rng.choice(["00", "95", "99"])} €</div>'
                        f'<a href="/p/{rng.randrange(10**4, 10**5)}">{E(p)}</a></div>' for p in rng.sample(PRODUCTS[lang], 6))
        main = f'<h1>{E(name)}</h1><div class="grid">{cards}</div>'
        title = name
    else:
        head = rng.choice(a["heads"])
        main = f'<h1>{E(head)}</h1>' + "".join(f"<p>{E(p)}</p>" for p in rng.sample(a["paras"], 4))
        title = f"{head} | {name}"
    body = (f'<header class="top"><a class="logo" href="/">{E(name)}</a><nav>{nav}</nav></header>'
            f'<main class="content">{main}</main><footer class="bottom">© 2026 {E(name)}</footer>')
    return title, body


def doc(lang, title, css, body, extra="", body_class=""):
    cls = f' class="{body_class}"' if body_class else ""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{E(title)}</title><style>{css}</style></head><body{cls}><div id="app">{body}</div>{extra}</body></html>')


def b(label, role, cls, typ="button"):
    return f'<button type="{typ}" class="{cls}" data-cl-role="{role}">{E(label)}</button>'


def a(label, role, href, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{E(href)}"{c} data-cl-role="{role}">{E(label)}</a>'


def x_button(lang):
    label = {"en": "Close", "de": "Schließen", "nl": "Sluiten", "fr": "Fermer"}[lang]
    return f'<button type="button" class="x" aria-label="{label}" data-cl-role="close">×</button>'


def modal(rng, label, inner, *, modal_flag=True):
    aria = ' aria-modal="true"' if modal_flag else ""
    return (f'<div class="ov"><div class="md" role="dialog"{aria} aria-label="{E(label)}" data-cl-dialog="1">{inner}</div></div>')


def modal_css(rng, brand, lock):
    return MODAL_CSS % {"dim": rng.choice([".5", ".6", ".7", ".45"]), "z": rng.choice(["1000", "9999", "100000"]),
                        "w": rng.choice([420, 460, 520, 560]), "r": rng.choice([4, 8, 12]), "brand": brand, "lock": lock}


# ---------------------------------------------------------------------------
# Groups. Each maker returns (page kind, dialog markup or "", extra css, locked,
# consent_screen, provenance).

PAYWALL = {
    "en": {"h": ["You've reached your free article limit", "Subscribe to keep reading", "This article is for subscribers"],
           "p": "Get unlimited access to all our journalism, the daily e-paper and the puzzle section. Cancel any time.",
           "offer": ["€1 for the first month", "€7.99 a month", "£1 a week for 12 weeks"],
           "sub": ["Subscribe now", "Start subscription", "See subscription options"], "login": "Already a subscriber? Log in"},
    "de": {"h": ["Sie haben Ihr Kontingent an freien Artikeln erreicht", "Weiterlesen mit Abo", "Dieser Artikel ist exklusiv für Abonnenten"],
           "p": "Unbegrenzter Zugang zu allen Artikeln, dem E-Paper und dem Rätselteil. Monatlich kündbar.",
           "offer": ["1 € im ersten Monat", "9,99 € im Monat", "4 Wochen gratis testen"],
           "sub": ["Jetzt abonnieren", "Abo abschließen", "Angebote ansehen"], "login": "Bereits Abonnent? Anmelden"},
    "nl": {"h": ["Je hebt je gratis artikelen voor deze maand gelezen", "Lees verder met een abonnement", "Dit artikel is alleen voor abonnees"],
           "p": "Onbeperkt toegang tot al onze artikelen, de digitale krant en de puzzels. Maandelijks opzegbaar.",
           "offer": ["€ 1 de eerste maand", "€ 8,50 per maand", "3 maanden voor € 5"],
           "sub": ["Neem een abonnement", "Nu abonneren", "Bekijk abonnementen"], "login": "Al abonnee? Log in"},
    "fr": {"h": ["Vous avez atteint votre limite d'articles gratuits", "Abonnez-vous pour lire la suite", "Cet article est réservé aux abonnés"],
           "p": "Accès illimité à tous nos articles, au journal numérique et aux jeux. Sans engagement.",
           "offer": ["1 € le premier mois", "7,99 € par mois", "1 € par semaine pendant 3 mois"],
           "sub": ["Je m'abonne", "S'abonner", "Voir les offres"], "login": "Déjà abonné ? Se connecter"},
}


def make_paywall(rng, lang, brand):
    t = PAYWALL[lang]
    offer = rng.choice(t["offer"])
    inner = (f'<h2>{E(rng.choice(t["h"]))}</h2><p>{E(t["p"])}</p><p><strong>{E(offer)}</strong></p>'
             f'{b(rng.choice(t["sub"]), "pay", "primary")}<p class="small">{a(t["login"], "other", "/login")}</p>')
    style = rng.choice(["modal", "inline"])
    if style == "modal":
        dlg = modal(rng, rng.choice(t["h"]), inner)
        return "article", dlg, "", True, style
    css = (".pw{position:relative;margin:-120px auto 40px;max-width:640px;background:#fff;border-top:4px solid %s;padding:28px;"
           "box-shadow:0 -40px 60px 20px #fff}.pw h2{font-size:24px}.pw .primary{padding:14px 40px;font-size:17px;font-weight:700;"
           "color:#fff;background:%s;border:0;border-radius:4px;cursor:pointer}.pw .small{font-size:13px}" % (brand, brand))
    dlg = f'<section class="pw" role="dialog" aria-label="{E(t["h"][0])}" data-cl-dialog="1">{inner}</section>'
    return "article_inline", dlg, css, False, style


NEWSLETTER = {
    "en": {"h": ["Get our best stories in your inbox", "Never miss a deal", "Join 40,000 readers"],
           "p": "Sign up to our weekly newsletter: the week's most-read articles, tips and offers. You can unsubscribe at any time with one click.",
           "email": "Your email address", "btn": ["Subscribe", "Sign me up", "Join now"], "no": ["No thanks", "Maybe later"],
           "small": "We'll only use your address to send the newsletter. See our privacy policy."},
    "de": {"h": ["Die besten Geschichten direkt ins Postfach", "Kein Angebot mehr verpassen", "Jetzt Newsletter abonnieren"],
           "p": "Melden Sie sich für unseren wöchentlichen Newsletter an: die meistgelesenen Artikel, Tipps und Angebote. Abmeldung jederzeit mit einem Klick.",
           "email": "Ihre E-Mail-Adresse", "btn": ["Abonnieren", "Jetzt anmelden", "Newsletter bestellen"], "no": ["Nein, danke", "Später"],
           "small": "Wir verwenden Ihre Adresse nur für den Versand des Newsletters. Mehr in der Datenschutzerklärung."},
    "nl": {"h": ["Ontvang onze beste verhalen in je inbox", "Mis nooit meer een aanbieding", "Schrijf je in voor de nieuwsbrief"],
           "p": "Meld je aan voor onze wekelijkse nieuwsbrief: de best gelezen artikelen, tips en aanbiedingen. Afmelden kan altijd met één klik.",
           "email": "Je e-mailadres", "btn": ["Inschrijven", "Aanmelden", "Ja, ik doe mee"], "no": ["Nee, bedankt", "Later"],
           "small": "We gebruiken je adres alleen om de nieuwsbrief te versturen. Zie onze privacyverklaring."},
    "fr": {"h": ["Nos meilleurs articles dans votre boîte mail", "Ne manquez plus aucune offre", "Inscrivez-vous à la newsletter"],
           "p": "Inscrivez-vous à notre newsletter hebdomadaire : les articles les plus lus, des conseils et des offres. Désinscription possible à tout moment en un clic.",
           "email": "Votre adresse e-mail", "btn": ["S'inscrire", "Je m'inscris", "Valider"], "no": ["Non merci", "Plus tard"],
           "small": "Votre adresse sert uniquement à l'envoi de la newsletter. Voir notre politique de confidentialité."},
}


def make_newsletter(rng, lang, brand):
    t = NEWSLETTER[lang]
    inner = (f'{x_button(lang)}<h2>{E(rng.choice(t["h"]))}</h2><p>{E(t["p"])}</p><form action="/newsletter" method="post">'
             f'<input type="email" name="email" placeholder="{E(t["email"])}" aria-label="{E(t["email"])}" data-cl-role="other">'
             f'{b(rng.choice(t["btn"]), "other", "primary", "submit")}</form>{b(rng.choice(t["no"]), "close", "quiet")}'
             f'<p class="small">{E(t["small"])}</p>')
    return rng.choice(["article", "shop"]), modal(rng, t["h"][0], inner), "", True, "modal"


LOGIN = {
    "en": {"h": ["Log in to continue", "Welcome back", "Create your free account"], "email": "Email", "pw": "Password",
           "login": "Log in", "google": "Continue with Google", "apple": "Continue with Apple", "register": "Create account",
           "forgot": "Forgot password?", "p": "Save articles, follow topics and comment on stories."},
    "de": {"h": ["Zum Fortfahren anmelden", "Willkommen zurück", "Kostenloses Konto erstellen"], "email": "E-Mail", "pw": "Passwort",
           "login": "Anmelden", "google": "Weiter mit Google", "apple": "Weiter mit Apple", "register": "Konto erstellen",
           "forgot": "Passwort vergessen?", "p": "Artikel merken, Themen folgen und mitdiskutieren."},
    "nl": {"h": ["Log in om verder te gaan", "Welkom terug", "Maak een gratis account aan"], "email": "E-mailadres", "pw": "Wachtwoord",
           "login": "Inloggen", "google": "Doorgaan met Google", "apple": "Doorgaan met Apple", "register": "Account aanmaken",
           "forgot": "Wachtwoord vergeten?", "p": "Bewaar artikelen, volg onderwerpen en praat mee."},
    "fr": {"h": ["Connectez-vous pour continuer", "Bon retour parmi nous", "Créez votre compte gratuit"], "email": "E-mail", "pw": "Mot de passe",
           "login": "Se connecter", "google": "Continuer avec Google", "apple": "Continuer avec Apple", "register": "Créer un compte",
           "forgot": "Mot de passe oublié ?", "p": "Enregistrez des articles, suivez des thèmes et participez aux débats."},
}


def make_login(rng, lang, brand):
    t = LOGIN[lang]
    social = b(t["google"], "other", "secondary") + (b(t["apple"], "other", "secondary") if rng.random() < 0.5 else "")
    inner = (f'{x_button(lang)}<h2>{E(rng.choice(t["h"]))}</h2><p>{E(t["p"])}</p>{social}<form action="/login" method="post">'
             f'<input type="email" aria-label="{E(t["email"])}" placeholder="{E(t["email"])}" data-cl-role="other">'
             f'<input type="password" aria-label="{E(t["pw"])}" placeholder="{E(t["pw"])}" data-cl-role="other">'
             f'{b(t["login"], "other", "primary", "submit")}</form><p class="small">{a(t["forgot"], "other", "/reset")} · {a(t["register"], "other", "/register")}</p>')
    return rng.choice(["article", "shop"]), modal(rng, t["h"][0], inner), "", True, "modal"


AGE = {
    "en": {"h": ["Are you 18 or older?", "Please confirm your age"], "p": "This site sells wine and spirits. You must be of legal drinking age to enter.",
           "yes": ["Yes, I'm 18 or older", "I am over 18"], "no": ["No, I'm under 18", "Leave"], "dob": "Date of birth"},
    "de": {"h": ["Bist du mindestens 18 Jahre alt?", "Bitte bestätige dein Alter"], "p": "Auf dieser Seite verkaufen wir Wein und Spirituosen. Der Zutritt ist erst ab 18 Jahren erlaubt.",
           "yes": ["Ja, ich bin über 18", "Ich bin volljährig"], "no": ["Nein, ich bin jünger", "Seite verlassen"], "dob": "Geburtsdatum"},
    "nl": {"h": ["Ben je 18 jaar of ouder?", "Bevestig je leeftijd"], "p": "Op deze site verkopen we wijn en sterke drank. Je moet 18 jaar of ouder zijn om verder te gaan. Geen 18, geen alcohol.",
           "yes": ["Ja, ik ben 18+", "Ik ben 18 of ouder"], "no": ["Nee, ik ben jonger", "Verlaten"], "dob": "Geboortedatum"},
    "fr": {"h": ["Avez-vous 18 ans ou plus ?", "Veuillez confirmer votre âge"], "p": "Ce site vend des vins et spiritueux. Vous devez être majeur pour y accéder. L'abus d'alcool est dangereux pour la santé.",
           "yes": ["Oui, j'ai plus de 18 ans", "Je suis majeur"], "no": ["Non", "Quitter le site"], "dob": "Date de naissance"},
}


def make_agegate(rng, lang, brand):
    t = AGE[lang]
    if rng.random() < 0.35:
        fields = (f'<label>{E(t["dob"])}<input type="text" inputmode="numeric" placeholder="DD/MM/YYYY" data-cl-role="other"></label>'
                  f'{b(rng.choice(t["yes"]), "other", "primary", "submit")}')
    else:
        fields = b(rng.choice(t["yes"]), "other", "primary") + b(rng.choice(t["no"]), "other", "secondary")
    inner = f'<h2>{E(rng.choice(t["h"]))}</h2><p>{E(t["p"])}</p>{fields}'
    css = ".ov{background:rgba(20,10,10,.92)!important}"
    return "shop", modal(rng, t["h"][0], inner), css, True, "full_overlay"


APP = {
    "en": {"h": ["See more in the app", "Open in the app for the best experience", "Get our app"],
           "p": "Faster loading, offline reading and breaking-news alerts. Free on iOS and Android.",
           "open": ["Open in app", "Get the app", "Download the app"], "stay": ["Continue in browser", "Not now", "Stay on the website"]},
    "de": {"h": ["Mehr in der App", "In der App öffnen", "Hol dir unsere App"],
           "p": "Schneller laden, offline lesen und Eilmeldungen erhalten. Kostenlos für iOS und Android.",
           "open": ["In der App öffnen", "App laden", "Zur App"], "stay": ["Im Browser bleiben", "Nicht jetzt", "Weiter im Browser"]},
    "nl": {"h": ["Bekijk meer in de app", "Open in de app", "Download onze app"],
           "p": "Sneller laden, offline lezen en meldingen bij breaking news. Gratis voor iOS en Android.",
           "open": ["Openen in app", "Download de app", "Naar de app"], "stay": ["Verder in browser", "Niet nu", "Op de website blijven"]},
    "fr": {"h": ["Plus de contenu dans l'application", "Ouvrir dans l'application", "Téléchargez notre appli"],
           "p": "Chargement plus rapide, lecture hors ligne et alertes info. Gratuit sur iOS et Android.",
           "open": ["Ouvrir dans l'appli", "Télécharger l'appli", "Utiliser l'application"], "stay": ["Continuer sur le navigateur", "Pas maintenant", "Rester sur le site"]},
}


def make_appinstall(rng, lang, brand):
    t = APP[lang]
    css = (".sheet{position:fixed;left:0;right:0;bottom:0;background:#fff;border-radius:16px 16px 0 0;padding:24px;z-index:5000;"
           "box-shadow:0 -4px 20px rgba(0,0,0,.2);text-align:center}.sheet .primary{display:block;width:100%%;padding:14px;font-size:17px;"
           "font-weight:700;color:#fff;background:%s;border:0;border-radius:24px}.sheet .quiet{margin-top:12px;background:none;border:0;"
           "font-size:15px;color:#444;text-decoration:underline}.sheet-back{position:fixed;top:0;right:0;bottom:0;left:0;background:rgba(0,0,0,.5);z-index:4999}" % brand).replace("%%", "%")
    icon = f'<svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true"><rect width="64" height="64" rx="14" fill="{brand}"></rect></svg>'
    open_el = a(rng.choice(t["open"]), "other", "https://apps.example-store.com/app/id" + str(rng.randrange(10**8, 10**9)), "primary")
    inner = f'{icon}<h2>{E(rng.choice(t["h"]))}</h2><p>{E(t["p"])}</p>{open_el}{b(rng.choice(t["stay"]), "close", "quiet")}'
    dlg = (f'<div class="sheet-back"></div><div class="sheet" role="dialog" aria-modal="true" aria-label="{E(t["h"][0])}" data-cl-dialog="1">{inner}</div>')
    return "article", dlg, css, True, "bottom_sheet"


ABOUT_COOKIES = {
    "en": {"h": ["Why every website now asks about cookies", "Cookie banners explained: what 'Accept all' really means",
                 "Pay or consent: the debate over ad-free subscriptions"],
           "paras": ["Since the GDPR and the ePrivacy rules, websites must ask for your consent before placing tracking cookies. That is why almost every site now shows a banner with buttons such as 'Accept all', 'Reject all' or 'Manage preferences'.",
                     "Regulators have repeatedly said that refusing should be as easy as accepting. A 'Reject all' button on the first layer, with the same size and colour as 'Accept all', is considered good practice.",
                     "Some publishers offer a choice between accepting personalised advertising and paying for a subscription. Data protection authorities are still debating whether this 'pay or consent' model leads to freely given consent.",
                     "Pre-ticked boxes do not count as consent, the Court of Justice ruled in the Planet49 case. Users must actively opt in.",
                     "If you change your mind, you can withdraw your consent at any time, usually through a 'Privacy settings' link at the bottom of the page."],
           "more": "Read more", "related": "Related articles"},
    "de": {"h": ["Warum jede Website nach Cookies fragt", "Cookie-Banner erklärt: Was „Alle akzeptieren“ wirklich bedeutet",
                 "Pur-Abo oder Zustimmung: Der Streit um das Bezahlmodell"],
           "paras": ["Seit DSGVO und TTDSG müssen Websites vor dem Setzen von Tracking-Cookies Ihre Einwilligung einholen. Deshalb zeigen fast alle Seiten ein Banner mit Schaltflächen wie „Alle akzeptieren“, „Alle ablehnen“ oder „Einstellungen“.",
                     "Die Aufsichtsbehörden betonen, dass das Ablehnen so einfach sein muss wie das Zustimmen. Ein gleich großer „Ablehnen“-Button auf der ersten Ebene gilt als gute Praxis.",
                     "Viele Verlage bieten die Wahl zwischen Zustimmung zu personalisierter Werbung und einem kostenpflichtigen Pur-Abo. Ob eine solche Einwilligung freiwillig ist, wird unter Datenschützern weiter diskutiert.",
                     "Vorangekreuzte Kästchen sind keine wirksame Einwilligung, entschied der EuGH im Fall Planet49. Nutzer müssen aktiv zustimmen.",
                     "Wer es sich anders überlegt, kann seine Einwilligung jederzeit widerrufen, meist über einen Link „Privatsphäre-Einstellungen“ am Seitenende."],
           "more": "Weiterlesen", "related": "Mehr zum Thema"},
    "nl": {"h": ["Waarom elke website naar cookies vraagt", "Cookiebanners uitgelegd: wat 'Alles accepteren' echt betekent",
                 "Betalen of toestemming geven: de discussie over cookiemuren"],
           "paras": ["Sinds de AVG en de Telecommunicatiewet moeten websites toestemming vragen voordat ze trackingcookies plaatsen. Daarom toont bijna elke site een banner met knoppen als 'Alles accepteren', 'Alles weigeren' of 'Instellingen'.",
                     "De Autoriteit Persoonsgegevens zegt al jaren dat weigeren net zo makkelijk moet zijn als accepteren. Een even grote knop 'Weigeren' in de eerste laag geldt als goede praktijk.",
                     "Sommige uitgevers laten je kiezen tussen toestemming voor gepersonaliseerde advertenties en een betaald abonnement. Toezichthouders discussiëren nog of zo'n keuze vrije toestemming oplevert.",
                     "Vooraf aangevinkte vakjes zijn geen geldige toestemming, oordeelde het Hof van Justitie in de zaak Planet49.",
                     "Bedenk je je, dan kun je je toestemming altijd intrekken, meestal via een link 'Cookie-instellingen' onderaan de pagina."],
           "more": "Lees verder", "related": "Gerelateerd"},
    "fr": {"h": ["Pourquoi tous les sites vous parlent de cookies", "Bannières cookies : ce que « Tout accepter » veut vraiment dire",
                 "Payer ou consentir : le débat sur les « cookie walls »"],
           "paras": ["Depuis le RGPD et les règles ePrivacy, les sites doivent recueillir votre consentement avant de déposer des cookies de suivi. D'où les bannières avec les boutons « Tout accepter », « Tout refuser » ou « Personnaliser ».",
                     "La CNIL rappelle que refuser doit être aussi simple qu'accepter. Un bouton « Tout refuser » au premier niveau, de même taille que « Tout accepter », est considéré comme une bonne pratique.",
                     "Certains éditeurs proposent de choisir entre accepter la publicité personnalisée et payer un abonnement. Les autorités débattent encore de la validité de ce consentement.",
                     "Les cases pré-cochées ne valent pas consentement, a jugé la Cour de justice dans l'affaire Planet49.",
                     "Si vous changez d'avis, vous pouvez retirer votre consentement à tout moment, souvent via un lien « Paramètres de confidentialité » en bas de page."],
           "more": "Lire la suite", "related": "À lire aussi"},
}


def make_about_cookies(rng, lang, brand):
    return "about_cookies", "", "", False, "article"


PROMO = {
    "en": {"h": ["Welcome! Here's 10% off", "Your first order: 15% off", "Spring sale - extra 20% off"],
           "p": "Use the code below at checkout. Valid for 7 days on full-price items.", "code": ["WELCOME10", "HELLO15", "SPRING20"],
           "copy": "Copy code", "shop": ["Shop now", "Start shopping"], "no": ["No thanks", "Continue without discount"]},
    "de": {"h": ["Willkommen! 10 % Rabatt für dich", "Deine erste Bestellung: 15 % Rabatt", "Frühlingsaktion: 20 % extra"],
           "p": "Gib den Code an der Kasse ein. 7 Tage gültig auf nicht reduzierte Artikel.", "code": ["WILLKOMMEN10", "HALLO15", "FRUEHLING20"],
           "copy": "Code kopieren", "shop": ["Jetzt shoppen", "Zum Shop"], "no": ["Nein, danke", "Ohne Rabatt weiter"]},
    "nl": {"h": ["Welkom! 10% korting voor jou", "Je eerste bestelling: 15% korting", "Voorjaarsactie: 20% extra korting"],
           "p": "Vul de code in bij het afrekenen. 7 dagen geldig op niet-afgeprijsde artikelen.", "code": ["WELKOM10", "HALLO15", "LENTE20"],
           "copy": "Code kopiëren", "shop": ["Nu shoppen", "Naar de winkel"], "no": ["Nee, bedankt", "Verder zonder korting"]},
    "fr": {"h": ["Bienvenue ! -10 % pour vous", "Votre première commande : -15 %", "Soldes de printemps : -20 % en plus"],
           "p": "Saisissez le code lors du paiement. Valable 7 jours sur les articles non soldés.", "code": ["BIENVENUE10", "BONJOUR15", "PRINTEMPS20"],
           "copy": "Copier le code", "shop": ["J'en profite", "Voir la boutique"], "no": ["Non merci", "Continuer sans réduction"]},
}


def make_promo(rng, lang, brand):
    t = PROMO[lang]
    k = rng.randrange(3)
    inner = (f'{x_button(lang)}<h2>{E(t["h"][k])}</h2><p>{E(t["p"])}</p><p style="font-size:26px;font-weight:800;letter-spacing:2px;border:2px dashed #999;padding:10px;text-align:center">{E(t["code"][k])}</p>'
             f'{b(t["copy"], "other", "secondary")}{a(rng.choice(t["shop"]), "other", "/sale", "primary")}{b(rng.choice(t["no"]), "close", "quiet")}')
    return "shop", modal(rng, t["h"][k], inner), "", True, "modal"


CHAT = {
    "en": {"h": "Chat with us", "hi": ["Hi there! 👋 How can we help you today?", "Hello! Questions about your order? We're here."],
           "opts": ["Track my order", "Returns and refunds", "Talk to a person"], "ph": "Type your message…", "send": "Send", "min": "Minimise chat"},
    "de": {"h": "Chatte mit uns", "hi": ["Hallo! 👋 Wie können wir dir helfen?", "Hi! Fragen zu deiner Bestellung? Wir sind da."],
           "opts": ["Bestellung verfolgen", "Rücksendung und Erstattung", "Mit einem Menschen sprechen"], "ph": "Nachricht eingeben…", "send": "Senden", "min": "Chat minimieren"},
    "nl": {"h": "Chat met ons", "hi": ["Hoi! 👋 Waarmee kunnen we je helpen?", "Hallo! Vragen over je bestelling? We helpen je graag."],
           "opts": ["Bestelling volgen", "Retourneren en terugbetalen", "Met een medewerker praten"], "ph": "Typ je bericht…", "send": "Versturen", "min": "Chat minimaliseren"},
    "fr": {"h": "Discutons", "hi": ["Bonjour ! 👋 Comment pouvons-nous vous aider ?", "Bonjour ! Une question sur votre commande ?"],
           "opts": ["Suivre ma commande", "Retours et remboursements", "Parler à un conseiller"], "ph": "Écrivez votre message…", "send": "Envoyer", "min": "Réduire le chat"},
}


def make_chat(rng, lang, brand):
    t = CHAT[lang]
    css = (".chat{position:fixed;right:20px;bottom:90px;width:360px;height:480px;background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.25);"
           "z-index:2147483000;display:flex;flex-direction:column;overflow:hidden}.chat header{background:%s;color:#fff;padding:16px;font-weight:700;"
           "display:flex;justify-content:space-between}.chat .msgs{flex:1;padding:14px;font-size:14px}.chat .bubble{background:#f1f1f1;border-radius:12px;"
           "padding:10px;margin-bottom:8px}.chat .opt{display:block;margin:6px 0;padding:8px 12px;border:1px solid %s;border-radius:16px;background:#fff;"
           "color:%s;cursor:pointer}.chat form{display:flex;border-top:1px solid #eee}.chat input{flex:1;border:0;padding:12px}"
           ".chat .send{border:0;background:none;color:%s;font-weight:700;padding:0 14px}.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;"
           "border-radius:50%%;background:%s;border:0;z-index:2147483000}" % (brand, brand, brand, brand, brand)).replace("%%", "%")
    opts = "".join(b(o, "other", "opt") for o in t["opts"])
    dlg = (f'<div class="chat" role="dialog" aria-label="{E(t["h"])}" data-cl-dialog="1"><header><span>{E(t["h"])}</span>'
           f'<button type="button" aria-label="{E(t["min"])}" data-cl-role="close" style="background:none;border:0;color:#fff">—</button></header>'
           f'<div class="msgs"><div class="bubble">{E(rng.choice(t["hi"]))}</div>{opts}</div>'
           f'<form><input type="text" aria-label="{E(t["ph"])}" placeholder="{E(t["ph"])}" data-cl-role="other">{b(t["send"], "other", "send", "submit")}</form></div>'
           f'<button type="button" class="launcher" aria-label="{E(t["h"])}"></button>')
    return rng.choice(["shop", "article"]), dlg, css, False, "chat"


FAIR = {
    "en": {"h": ["We value your privacy", "Cookies on this site"], "p": "We use cookies to make the site work and, with your permission, to measure traffic and show personalised ads. You can accept or reject optional cookies, or choose per purpose.",
           "acc": ["Accept all", "Accept all cookies"], "rej": ["Reject all", "Reject optional cookies"], "set": ["Manage preferences", "Cookie settings"],
           "promo_h": ["Go Premium", "Support independent journalism"], "promo_p": "Premium members get exclusive long reads, the weekend edition and an ad-free app.",
           "promo_b": ["Subscribe from €4.99/month", "Become a member"], "inside": "Premium: ad-free reading from €4.99"},
    "de": {"h": ["Wir respektieren Ihre Privatsphäre", "Cookies auf dieser Website"], "p": "Wir verwenden Cookies für den Betrieb der Website und, mit Ihrer Einwilligung, für Reichweitenmessung und personalisierte Werbung. Sie können optionale Cookies akzeptieren oder ablehnen oder einzeln auswählen.",
           "acc": ["Alle akzeptieren", "Akzeptieren"], "rej": ["Alle ablehnen", "Nur notwendige"], "set": ["Einstellungen", "Individuell anpassen"],
           "promo_h": ["Jetzt Plus lesen", "Unterstützen Sie unabhängigen Journalismus"], "promo_p": "Mit Plus lesen Sie exklusive Reportagen, die Wochenendausgabe und nutzen die App ohne Werbung.",
           "promo_b": ["Plus ab 4,99 €/Monat", "Plus abonnieren"], "inside": "Plus: werbefrei lesen ab 4,99 €"},
    "nl": {"h": ["Wij respecteren je privacy", "Cookies op deze site"], "p": "We gebruiken cookies om de site te laten werken en, met jouw toestemming, om bezoek te meten en gepersonaliseerde advertenties te tonen. Je kunt optionele cookies accepteren of weigeren, of per doel kiezen.",
           "acc": ["Alles accepteren", "Accepteren"], "rej": ["Alles weigeren", "Weigeren"], "set": ["Voorkeuren beheren", "Instellingen"],
           "promo_h": ["Word Premium-lid", "Steun onafhankelijke journalistiek"], "promo_p": "Premium-leden lezen exclusieve verhalen, de weekendeditie en gebruiken de app zonder advertenties.",
           "promo_b": ["Premium vanaf € 4,99 per maand", "Word lid"], "inside": "Premium: zonder advertenties vanaf € 4,99"},
    "fr": {"h": ["Nous respectons votre vie privée", "Les cookies sur ce site"], "p": "Nous utilisons des cookies pour faire fonctionner le site et, avec votre accord, pour mesurer l'audience et afficher des publicités personnalisées. Vous pouvez accepter ou refuser les cookies optionnels, ou choisir par finalité.",
           "acc": ["Tout accepter", "Accepter"], "rej": ["Tout refuser", "Refuser"], "set": ["Personnaliser", "Paramètres des cookies"],
           "promo_h": ["Passez à Premium", "Soutenez un journalisme indépendant"], "promo_p": "Les abonnés Premium lisent des grands formats exclusifs, l'édition du week-end et l'appli sans publicité.",
           "promo_b": ["Premium dès 4,99 €/mois", "Devenir membre"], "inside": "Premium : lecture sans pub dès 4,99 €"},
}


def make_fair_premium(rng, lang, brand):
    """Fair banner (equal accept/reject) plus a premium promo outside the banner,
    sometimes also a small premium link inside it: not pay_or_consent."""
    t = FAIR[lang]
    # Reject is filled like accept or a same-size outline: they differ in colour only.
    rej_style = rng.choice([f"background:{brand};color:#fff", f"background:#fff;color:{brand}"])
    css = (".cb{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:1px solid #ccc;box-shadow:0 -4px 16px rgba(0,0,0,.12);"
           "padding:20px 8%;z-index:9999}.cb h2{font-size:18px;margin:0 0 6px}.cb p{font-size:14px;line-height:1.5;margin:0 0 12px}"
           ".cb .row{display:flex;gap:12px;flex-wrap:wrap;align-items:center}"
           f".cb .btn{{padding:12px 28px;font-size:15px;font-weight:700;border-radius:4px;border:2px solid {brand};cursor:pointer;min-width:180px}}"
           f".cb .btn-a{{background:{brand};color:#fff}}.cb .btn-r{{{rej_style}}}"
           f".cb .lnk{{font-size:14px;color:{brand};text-decoration:underline;background:none;border:0;cursor:pointer}}"
           f".promo{{border:2px solid {brand};padding:24px;margin:32px 0;background:#fafafa}}.promo h3{{margin:0 0 8px;font-size:22px}}"
           f".promo .buy{{display:inline-block;padding:12px 24px;background:{brand};color:#fff;font-weight:700;text-decoration:none;border-radius:4px}}")
    acc = b(rng.choice(t["acc"]), "accept", "btn btn-a")
    rej = b(rng.choice(t["rej"]), "reject", "btn btn-r")
    pair = acc + rej if rng.random() < 0.5 else rej + acc
    inside = ""
    if rng.random() < 0.35:
        inside = a(t["inside"], "pay", "/premium", "lnk")
    dlg = (f'<div class="cb" role="dialog" aria-label="{E(t["h"][0])}" data-cl-dialog="1"><h2>{E(rng.choice(t["h"]))}</h2><p>{E(t["p"])} '
           f'{a({"en": "Privacy policy", "de": "Datenschutz", "nl": "Privacyverklaring", "fr": "Confidentialité"}[lang], "other", "/privacy", "lnk")}</p>'
           f'<div class="row">{pair}{b(rng.choice(t["set"]), "settings", "lnk")}{inside}</div></div>')
    return "article_promo", dlg, css, False, "banner_inside_link" if inside else "banner"


GROUPS = (
    # (group, maker, consent_screen, count)
    ("neg-paywall", make_paywall, False, 36),
    ("neg-newsletter", make_newsletter, False, 36),
    ("neg-login", make_login, False, 32),
    ("neg-agegate", make_agegate, False, 32),
    ("neg-app-install", make_appinstall, False, 32),
    ("neg-article-about-cookies", make_about_cookies, False, 32),
    ("neg-shop-promo", make_promo, False, 32),
    ("neg-chat-widget", make_chat, False, 32),
    ("neg-fair-banner-premium", make_fair_premium, True, 40),
)

PROVENANCE = {
    "neg-paywall": "Our own subscription paywall (metered/subscriber-only) with no tracking choice; the subscribe button is role pay.",
    "neg-newsletter": "Our own newsletter sign-up modal; 'Subscribe' here signs up for e-mail (role other), not payment.",
    "neg-login": "Our own login/registration modal with social sign-in buttons.",
    "neg-agegate": "Our own age gate for an alcohol shop, blocking overlay; yes/no are role other (not consent).",
    "neg-app-install": "Our own 'open in app' interstitial (bottom sheet); dismiss is role close.",
    "neg-article-about-cookies": "Our own article about cookie banners and consent law; consent vocabulary in page text, no dialog.",
    "neg-shop-promo": "Our own shop discount pop-up with a code; dismiss is role close.",
    "neg-chat-widget": "Our own customer-support chat panel (non-modal dialog).",
    "neg-fair-banner-premium": "Our own fair cookie banner (equal accept/reject, settings) next to a premium subscription promo; paying is not presented as the alternative to consent.",
}


def page_for(rng, lang, site, kind, brand):
    if kind == "about_cookies":
        t = ABOUT_COOKIES[lang]
        head = rng.choice(t["h"])
        paras = "".join(f"<p>{E(p)}</p>" for p in rng.sample(t["paras"], k=rng.randint(4, 5)))
        related = "".join(f'<li><a href="/{i}/">{E(h)}</a></li>' for i, h in enumerate(t["h"]) if h != head)
        body = (f'<header class="top"><a class="logo" href="/">{E(site[0])}</a><nav><a href="/tech/">Tech</a><a href="/">{E(t["more"])}</a></nav></header>'
                f'<main class="content"><article><h1>{E(head)}</h1>{paras}</article><aside><h3>{E(t["related"])}</h3><ul>{related}</ul></aside></main>'
                f'<footer class="bottom">© 2026 {E(site[0])}</footer>')
        return f"{head} | {site[0]}", body
    if kind == "article_promo":
        t = FAIR[lang]
        title, body = site_page(rng, lang, site, "article")
        promo = (f'<aside class="promo"><h3>{E(rng.choice(t["promo_h"]))}</h3><p>{E(t["promo_p"])}</p>'
                 f'<a class="buy" href="/premium/">{E(rng.choice(t["promo_b"]))}</a></aside>')
        body = body.replace("</main>", promo + "</main>")
        return title, body
    return site_page(rng, lang, site, "shop" if kind == "shop" else "article")


def build_records(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for group, maker, consent_screen, count in GROUPS:
        for i in range(count):
            lang = LANGS[i % len(LANGS)]
            brand = rng.choice(BRANDS)
            kind, dlg, extra_css, locked, layout = maker(rng, lang, brand)
            site = SITES[lang][rng.choice([1, 3] if kind == "shop" else [0, 2])]
            title, body = page_for(rng, lang, site, kind, brand)
            if kind == "article_inline":  # the paywall box sits in the article, where the text fades out
                body, dlg = body.replace("</main>", dlg + "</main>"), ""
            lock = rng.choice(["modal-open", "no-scroll", "overflow-hidden"])
            css = BASE_CSS % {"font": rng.choice(FONTS), "brand": brand}
            if 'class="md"' in dlg:
                css += modal_css(rng, brand, lock)
            elif locked:
                css += f"body.{lock}{{overflow:hidden}}"
            css += extra_css
            html_doc = doc(lang, title, css, body, dlg, lock if locked else "")
            path = "/" if kind == "shop" else f"/{rng.choice(['news', 'artikel', 'nieuws', 'actu', 'story'])}/{rng.randrange(10**5, 10**6)}"
            records.append(screen_record(
                id=f"{group}-{lang}-{i // len(LANGS):03d}", group=group, family="negatives", lang=lang,
                url=f"https://www.{site[1]}{path}", html=html_doc, consent_screen=consent_screen, patterns=[],
                source=SOURCE, license=LICENSE, provenance=PROVENANCE[group] + f" Layout '{layout}'."))
    return records


def summarise(records: list[dict]) -> str:
    return count_table(records, lambda r: (r["group"], "fair" if r["consent_screen"] else "none", r["lang"]),
                       "  {:28} {:5} {} {}")


def main() -> None:
    records = build_records()
    report(OUT, write_jsonl_gz(records, OUT), summarise(records))


if __name__ == "__main__":
    main()
