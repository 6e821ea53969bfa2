"""News and site walls: pay-or-consent (PUR, contentpass, "reject and subscribe")
and plain cookie walls, in the styles of German, English, French and Dutch publishers.

Writes training_data/screens/walls.jsonl.gz:

    /tmp/venv/bin/python training_data/generate/walls.py

Site names and domains are fictional; the designs imitate the layouts publishers
use (Sourcepoint-style centred wall, contentpass wall, two-column PUR choice,
"Yes, I'm happy" / "Reject and subscribe", Dutch "Akkoord" walls). Texts are our
own, written from wording seen on such walls.

Labels (../../../shared/TAXONOMY.md, "Where patterns meet"):
- accept + pay, no free refusal                         -> pay_or_consent
- accept only, page blocked                             -> consent_wall
- either wall that also offers a settings route in place of a refusal -> + no_reject
- a consent page of its own with accept and an equal refusal ("wall-interstitial", fair) -> no pattern

The "wall-interstitial" designs are the whole page: no article behind them, no
backdrop, not fixed (the page is blocked because there is nothing else on it).
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, also when loaded by file path
from common import count_table, report, screen_record, write_jsonl_gz  # noqa: E402

SEED = 20261124
SOURCE = "training_data/generate/walls.py"
LICENSE = "GPL-3.0-or-later"
OUT = Path(__file__).resolve().parents[1] / "screens" / "walls.jsonl.gz"
PATTERN_ORDER = ("pay_or_consent", "consent_wall", "no_reject", "buried_opt_out", "preselected",
                 "confirmshaming", "misleading_wording")

E = html.escape

# ---------------------------------------------------------------------------
# Surrounding page: a news front or article in the page's language.

NEWS = {
    "de": {
        "sections": ["Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Netzwelt", "Wissenschaft", "Reise"],
        "heads": ["Stadtrat beschließt neues Radwegenetz für die Innenstadt",
                  "Energiepreise: Was Mieter jetzt über die Nebenkosten wissen müssen",
                  "Hitzesommer setzt Obstbauern im Alten Land zu",
                  "Bahn kündigt Sanierung der Strecke zwischen Hamburg und Berlin an",
                  "Forscher entdecken neue Käferart im Schwarzwald",
                  "Wie gut sind Wärmepumpen im Altbau wirklich?"],
        "paras": ["Nach monatelangen Debatten hat sich die Mehrheit im Ausschuss auf einen Kompromiss geeinigt. Kritiker bemängeln, dass die Finanzierung noch offen sei.",
                  "Die Verbraucherzentrale rät, Abrechnungen genau zu prüfen und Fristen für Widersprüche einzuhalten. Viele Fehler fielen erst beim zweiten Blick auf.",
                  "Experten gehen davon aus, dass sich die Lage in den kommenden Wochen kaum entspannen wird. Betroffene sollten sich frühzeitig informieren.",
                  "Die Arbeiten sollen im Frühjahr beginnen und rund ein Jahr dauern. Reisende müssen sich in dieser Zeit auf Umleitungen einstellen.",
                  "Vor Ort zeigte sich die Bürgermeisterin zufrieden: Man habe lange für dieses Ergebnis gekämpft, sagte sie am Dienstagabend."],
        "by": "Von", "authors": ["Katrin Albers", "Jan Hoffmeister", "Miriam Okafor", "Stefan Lorenz"],
        "read": "Lesezeit", "min": "Min.",
    },
    "en": {
        "sections": ["News", "World", "Business", "Opinion", "Sport", "Culture", "Lifestyle", "Technology"],
        "heads": ["Council approves new cycle network for the city centre",
                  "Energy bills: what renters need to know about service charges",
                  "Heatwave takes its toll on orchard growers in Kent",
                  "Rail operator announces year-long upgrade of northern line",
                  "Scientists discover new beetle species in Scottish forest",
                  "Do heat pumps really work in older homes?"],
        "paras": ["After months of debate, a majority on the committee agreed a compromise. Critics say the funding has still not been settled.",
                  "Consumer groups advise checking every bill carefully and keeping to the deadlines for complaints. Many mistakes only show up on a second look.",
                  "Experts expect little change in the coming weeks, and those affected are being urged to seek advice early.",
                  "Work is due to start in spring and take about a year. Passengers should expect diversions throughout that time.",
                  "The mayor said she was pleased with the outcome, telling reporters on Tuesday evening that it had been a long fight."],
        "by": "By", "authors": ["Rachel Dunne", "Tom Ashworth", "Priya Nair", "Owen Gallagher"],
        "read": "Reading time", "min": "min",
    },
    "fr": {
        "sections": ["International", "Politique", "Économie", "Société", "Sport", "Culture", "Sciences", "Idées"],
        "heads": ["Le conseil municipal adopte un nouveau réseau de pistes cyclables",
                  "Factures d'énergie : ce que les locataires doivent savoir sur les charges",
                  "La canicule pèse sur les arboriculteurs de la vallée du Rhône",
                  "La SNCF annonce un an de travaux sur la ligne Paris-Lyon",
                  "Des chercheurs découvrent une nouvelle espèce de coléoptère dans les Vosges",
                  "Les pompes à chaleur sont-elles vraiment efficaces dans l'ancien ?"],
        "paras": ["Après des mois de débats, la majorité de la commission s'est accordée sur un compromis. Les opposants regrettent que le financement reste flou.",
                  "Les associations de consommateurs conseillent de vérifier chaque facture et de respecter les délais de contestation. Beaucoup d'erreurs n'apparaissent qu'au second regard.",
                  "Les experts ne s'attendent pas à une amélioration dans les prochaines semaines. Les personnes concernées sont invitées à se renseigner rapidement.",
                  "Les travaux doivent commencer au printemps et durer environ un an. Les voyageurs devront s'attendre à des détours pendant cette période.",
                  "La maire s'est dite satisfaite mardi soir : « Nous nous sommes longtemps battus pour ce résultat », a-t-elle déclaré."],
        "by": "Par", "authors": ["Claire Vasseur", "Julien Marchand", "Amina Benali", "Pierre Lacombe"],
        "read": "Temps de lecture", "min": "min",
    },
    "nl": {
        "sections": ["Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Tech", "Wetenschap", "Opinie"],
        "heads": ["Gemeenteraad stemt in met nieuw fietsnetwerk voor de binnenstad",
                  "Energierekening: wat huurders moeten weten over servicekosten",
                  "Hittegolf treft fruittelers in de Betuwe",
                  "ProRail kondigt jaar lang werk aan spoor tussen Utrecht en Arnhem aan",
                  "Onderzoekers ontdekken nieuwe keversoort op de Veluwe",
                  "Werkt een warmtepomp echt in een oud huis?"],
        "paras": ["Na maanden van discussie is een meerderheid in de commissie akkoord gegaan met een compromis. Critici zeggen dat de financiering nog niet rond is.",
                  "De Consumentenbond raadt aan elke rekening goed te controleren en de termijnen voor bezwaar in de gaten te houden. Veel fouten vallen pas bij tweede lezing op.",
                  "Deskundigen verwachten de komende weken weinig verandering. Betrokkenen wordt aangeraden zich op tijd te laten informeren.",
                  "De werkzaamheden beginnen in het voorjaar en duren ongeveer een jaar. Reizigers moeten in die periode rekening houden met omleidingen.",
                  "De burgemeester toonde zich dinsdagavond tevreden: 'We hebben lang voor dit resultaat gevochten,' zei ze."],
        "by": "Door", "authors": ["Marloes de Wit", "Pieter van Dam", "Yara El Amrani", "Koen Hendriks"],
        "read": "Leestijd", "min": "min",
    },
}

PAGE_CSS = """
*{box-sizing:border-box}body{margin:0;font-family:%(font)s;color:#1a1a1a;background:#fff}
.site-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:%(rule)s}
.site-logo{font-family:%(logo_font)s;font-size:30px;font-weight:800;letter-spacing:-.5px;color:%(brand)s;text-decoration:none}
.site-nav a{color:#1a1a1a;text-decoration:none;font-size:15px;margin-right:18px;font-weight:600}
.site-main{max-width:1080px;margin:0 auto;padding:24px}
.teaser{display:grid;grid-template-columns:2fr 1fr;gap:24px;margin-bottom:32px}
.teaser img,.teaser .img{width:100%%;height:260px;background:#d9d9d9}
.kicker{color:%(brand)s;font-size:14px;font-weight:700;text-transform:uppercase}
h1.headline{font-size:34px;line-height:1.15;margin:6px 0 12px}
h2.headline{font-size:22px;line-height:1.2;margin:6px 0}
.byline{color:#6b6b6b;font-size:14px}
.article p{font-size:19px;line-height:1.6;font-family:Georgia,serif}
.site-footer{border-top:1px solid #ddd;padding:24px;color:#6b6b6b;font-size:13px}
"""


def news_page(rng: random.Random, lang: str, site: dict, article: bool) -> tuple[str, str, str]:
    """Returns (title, css, body html) of the publisher page behind the wall."""
    n = NEWS[lang]
    heads = rng.sample(n["heads"], k=4)
    sections = rng.sample(n["sections"], k=6)
    nav = "".join(f'<a href="/{E(s.lower())}/">{E(s)}</a>' for s in sections)
    if article:
        paras = "".join(f"<p>{E(p)}</p>" for p in rng.sample(n["paras"], k=4))
        main = (f'<article class="article"><div class="kicker">{E(sections[0])}</div>'
                f'<h1 class="headline">{E(heads[0])}</h1><div class="byline">{E(n["by"])} {E(rng.choice(n["authors"]))} · '
                f'{E(n["read"])} {rng.randint(3, 9)} {E(n["min"])}</div><div class="img" role="img" aria-label=""></div>{paras}</article>')
        title = f"{heads[0]} - {site['name']}"
    else:
        cards = "".join(
            f'<div><div class="img"></div><div class="kicker">{E(s)}</div><h2 class="headline"><a href="/{E(s.lower())}/{rng.randrange(10**5, 10**6)}.html">{E(h)}</a></h2>'
            f'<p class="byline">{E(rng.choice(n["paras"])[:120])}…</p></div>'
            for s, h in zip(sections[1:4], heads[1:4]))
        main = (f'<section class="teaser"><div><div class="img"></div><div class="kicker">{E(sections[0])}</div>'
                f'<h1 class="headline">{E(heads[0])}</h1><p class="byline">{E(n["paras"][0])}</p></div><div>{cards}</div></section>')
        title = f"{site['name']} – {site['claim']}"
    css = PAGE_CSS % {"font": site["font"], "logo_font": site["logo_font"], "brand": site["brand"],
                      "rule": site.get("rule", "1px solid #e5e5e5")}
    body = (f'<header class="site-header"><a class="site-logo" href="/">{E(site["name"])}</a>'
            f'<nav class="site-nav">{nav}</nav></header><main class="site-main">{main}</main>'
            f'<footer class="site-footer">© 2026 {E(site["name"])} · {E(site["footer"])}</footer>')
    return title, css, body


def document(lang: str, title: str, css: str, body: str, wall: str, body_class: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title>'
            f'<style>{css}</style></head><body class="{body_class}">'
            f'<div id="page" aria-hidden="true">{body}</div>{wall}</body></html>')


def btn(label: str, role: str, cls: str, tag: str = "button", href: str = "") -> str:
    if tag == "a":
        return f'<a href="{E(href)}" class="{cls}" data-cl-role="{role}">{E(label)}</a>'
    return f'<button type="button" class="{cls}" data-cl-role="{role}">{E(label)}</button>'


def link(label: str, role: str, href: str, cls: str = "wl-link") -> str:
    return f'<a href="{E(href)}" class="{cls}" data-cl-role="{role}">{E(label)}</a>'


# ---------------------------------------------------------------------------
# Designs. Each returns (css, wall html, provenance note) and says whether the
# design is pay-or-consent or a plain consent wall.

def d_de_pur_centre(rng, lang, site, settings):
    """Sourcepoint-style centred wall of a big news site: accept vs PUR subscription."""
    price = rng.choice(["4,99", "3,99", "5,99"])
    partners = rng.randint(98, 260)
    css = """
.sp-wall{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483647;background:rgba(0,0,0,.72);display:flex;align-items:center;justify-content:center}
.sp-box{background:#fff;width:720px;max-width:94vw;max-height:92vh;overflow:auto;padding:32px 36px;border-radius:4px;font-family:%(font)s}
.sp-box h2{font-size:26px;margin:0 0 8px;color:#111}.sp-lead{font-size:16px;line-height:1.5;color:#222}
.sp-cols{display:flex;gap:20px;margin-top:20px}.sp-col{flex:1;border:1px solid #ddd;padding:18px}
.sp-col h3{font-size:18px;margin:0 0 6px}.sp-col p{font-size:14px;line-height:1.45;color:#444}
.sp-accept{display:block;width:100%%;padding:14px;font-size:17px;font-weight:700;background:%(brand)s;color:#fff;border:0;border-radius:3px;cursor:pointer}
.sp-pay{display:block;width:100%%;padding:14px;font-size:17px;font-weight:700;background:#fff;color:%(brand)s;border:2px solid %(brand)s;border-radius:3px;cursor:pointer}
.sp-small{font-size:12px;color:#666;line-height:1.45;margin-top:16px}.wl-link{color:#666;font-size:12px;text-decoration:underline;margin-right:12px}
.sp-login{color:%(brand)s;font-size:14px;text-decoration:underline}
""" % site
    t = {
        "h": rng.choice([f"Willkommen bei {site['name']}", f"{site['name']} lesen: Sie haben die Wahl",
                         "Mit Werbung oder werbefrei lesen?"]),
        "lead": (f"Wir finanzieren unseren Journalismus über Werbung und Abonnements. Lesen Sie {site['name']} "
                 "wie gewohnt mit Werbung und Tracking, oder entscheiden Sie sich für das PUR-Abo ohne Werbung "
                 "und ohne Tracking."),
        "acc_h": "Mit Werbung weiterlesen",
        "acc_p": (f"Für die Nutzung mit Werbung setzen wir und unsere {partners} Partner Cookies und ähnliche "
                  "Technologien ein, um personalisierte Anzeigen und Inhalte auszuspielen, Reichweite zu messen "
                  "und Profile zu bilden. Details finden Sie in den Einstellungen und der Datenschutzerklärung."),
        "acc_b": rng.choice(["Zustimmen und weiter", "Akzeptieren und weiter", "Einverstanden"]),
        "pay_h": "PUR-Abo",
        "pay_p": f"Alle Artikel ohne Werbung und ohne Werbetracking für {price} € im Monat. Jederzeit kündbar.",
        "pay_b": rng.choice([f"PUR-Abo für {price} €/Monat", "Jetzt PUR-Abo abschließen", "PUR abonnieren"]),
        "login": "Sie haben bereits ein PUR-Abo? Hier anmelden",
        "small": ("Ihre Einwilligung gilt für diese Website und kann jederzeit über den Link "
                  "„Privatsphäre“ am Seitenende widerrufen werden. Ohne Einwilligung können Sie die "
                  "Website nur mit einem PUR-Abo nutzen."),
    }
    extra = ""
    if settings:
        extra = link(rng.choice(["Einstellungen", "Datenschutz-Einstellungen", "Cookie-Einstellungen anpassen"]),
                     "settings", "#privacy-manager")
    wall = (f'<div class="sp-wall" id="sp_message_container_{rng.randrange(10**5, 10**6)}">'
            f'<div class="sp-box" role="dialog" aria-modal="true" aria-labelledby="sp-h" data-cl-dialog="1">'
            f'<h2 id="sp-h">{E(t["h"])}</h2><p class="sp-lead">{E(t["lead"])}</p><div class="sp-cols">'
            f'<div class="sp-col"><h3>{E(t["acc_h"])}</h3><p>{E(t["acc_p"])}</p>{btn(t["acc_b"], "accept", "sp-accept")}</div>'
            f'<div class="sp-col"><h3>{E(t["pay_h"])}</h3><p>{E(t["pay_p"])}</p>{btn(t["pay_b"], "pay", "sp-pay")}'
            f'<p>{link(t["login"], "other", "/pur/login", "sp-login")}</p></div></div>'
            f'<p class="sp-small">{E(t["small"])}</p><div>{extra}'
            f'{link("Datenschutzerklärung", "other", "/datenschutz")}{link("Impressum", "other", "/impressum")}</div></div></div>')
    return css, wall, f"Sourcepoint-style PUR wall (accept vs PUR-Abo {price} €), two columns"


def d_de_contentpass(rng, lang, site, settings):
    """contentpass wall: accept, or read ad-free with a contentpass account."""
    price = rng.choice(["3,99", "2,99", "4,99"])
    css = """
.cp-wall{position:fixed;top:0;left:0;width:100%%;height:100%%;z-index:99999;background:rgba(255,255,255,.92);backdrop-filter:blur(4px)}
.cp-dialog{position:absolute;top:50%%;left:50%%;transform:translate(-50%%,-50%%);width:560px;max-width:94vw;background:#fff;box-shadow:0 8px 40px rgba(0,0,0,.25);padding:28px;font-family:%(font)s}
.cp-logo{font-weight:800;font-size:22px;color:%(brand)s}.cp-dialog h2{font-size:22px;margin:12px 0}
.cp-dialog p{font-size:15px;line-height:1.5;color:#333}
.cp-primary{width:100%%;padding:13px;margin-top:12px;background:%(brand)s;color:#fff;font-size:16px;font-weight:700;border:0;border-radius:24px;cursor:pointer}
.cp-secondary{width:100%%;padding:13px;margin-top:12px;background:#1d1d1b;color:#fff;font-size:16px;font-weight:700;border:0;border-radius:24px;cursor:pointer}
.cp-or{text-align:center;color:#888;font-size:13px;margin-top:14px}.wl-link{color:#555;font-size:13px;margin-right:10px}
.cp-meta{margin-top:16px;font-size:12px;color:#777}
""" % site
    accept = rng.choice(["Zustimmen und weiter", "Akzeptieren und weiterlesen", "Mit Werbung weiterlesen"])
    pay = rng.choice(["Jetzt mit contentpass werbefrei lesen", f"Werbefrei lesen mit contentpass – {price} €/Monat",
                      "contentpass abonnieren"])
    login_label = rng.choice(["Ich habe bereits contentpass – Login", "contentpass-Login"])
    lead = (f"Besuchen Sie {site['name']} wie gewohnt mit Werbung und Tracking. Dafür verarbeiten wir und "
            "unsere Partner Ihre Daten, um Anzeigen und Inhalte zu personalisieren und zu messen, "
            "und speichern Informationen auf Ihrem Gerät.")
    alt = (f"Oder nutzen Sie {site['name']} und viele weitere Websites ohne Werbung und ohne Werbetracking mit "
           f"contentpass für {price} € im Monat. Jederzeit monatlich kündbar.")
    order = [btn(accept, "accept", "cp-primary"), f'<div class="cp-or">{E("oder")}</div><p>{E(alt)}</p>',
             btn(pay, "pay", "cp-secondary")]
    settings_html = link(rng.choice(["Einstellungen", "Weitere Einstellungen"]), "settings", "#cmp-settings") if settings else ""
    wall = (f'<div class="cp-wall"><div class="cp-dialog" role="dialog" aria-modal="true" aria-label="{E("Datenschutz")}" data-cl-dialog="1">'
            f'<div class="cp-logo">{E(site["name"])}</div><h2>{E(rng.choice(["Werbefrei lesen oder mit Werbung?", "Ihre Wahl für " + site["name"]]))}</h2>'
            f'<p>{E(lead)}</p>{"".join(order)}<p>{link(login_label, "other", "https://www.contentpass.net/login")}</p>'
            f'<div class="cp-meta">{settings_html}{link("Datenschutz", "other", "/datenschutz")}{link("Impressum", "other", "/impressum")}</div></div></div>')
    return css, wall, f"contentpass-style wall (accept vs contentpass {price} €)"


def d_de_tech_cards(rng, lang, site, settings):
    """Tech-news style: two cards side by side, 'mit Werbung' vs 'Pur-Abo'."""
    price = rng.choice(["4,95", "3,95", "2,95"])
    css = """
.tc-wall{position:fixed;top:0;right:0;bottom:0;left:0;z-index:10000;background:rgba(20,20,20,.8);overflow:auto}
.tc-panel{max-width:860px;margin:60px auto;background:#f4f4f4;padding:28px 32px;font-family:%(font)s;border-top:6px solid %(brand)s}
.tc-panel h2{margin:0 0 10px;font-size:24px}.tc-intro{font-size:15px;line-height:1.5}
.tc-grid{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-top:18px}
.tc-card{background:#fff;padding:20px;border:1px solid #ccc}.tc-card h3{font-size:19px;margin:0 0 8px}
.tc-card ul{padding-left:18px;font-size:14px;line-height:1.5;color:#333}
.tc-btn{display:block;text-align:center;width:100%%;padding:12px 0;font-size:16px;font-weight:700;border:0;cursor:pointer;border-radius:2px;text-decoration:none}
.tc-accept{background:%(brand)s;color:#fff}.tc-pay{background:#222;color:#fff}
.tc-foot{font-size:12px;color:#555;margin-top:16px;line-height:1.5}.wl-link{color:#333;font-size:12px;margin-right:10px}
""" % site
    acc = rng.choice(["Zustimmen", "Mit Werbung weiterlesen", "Akzeptieren"])
    pay = rng.choice([f"Pur-Abo abschließen ({price} €/Monat)", "Jetzt Pur-Abo abschließen", f"Pur für {price} €/Monat"])
    wall = (f'<div class="tc-wall"><div class="tc-panel" role="dialog" aria-modal="true" aria-labelledby="tc-h" data-cl-dialog="1">'
            f'<h2 id="tc-h">{E(rng.choice(["Wählen Sie, wie Sie " + site["name"] + " lesen möchten", "Mit Werbung oder Pur?"]))}</h2>'
            f'<p class="tc-intro">{E("Unsere Artikel bleiben frei zugänglich, wenn Sie der Verarbeitung Ihrer Daten für Werbung, Reichweitenmessung und Personalisierung zustimmen. Ohne Werbung und Tracking lesen Sie mit dem Pur-Abo.")}</p>'
            f'<div class="tc-grid"><div class="tc-card"><h3>{E("Mit Werbung")}</h3><ul><li>{E("kostenlos lesen")}</li><li>{E("personalisierte Werbung und Tracking durch uns und Drittanbieter")}</li><li>{E("Einwilligung jederzeit widerrufbar")}</li></ul>'
            f'{btn(acc, "accept", "tc-btn tc-accept")}</div><div class="tc-card"><h3>{E("Pur-Abo")}</h3><ul><li>{E("keine Werbebanner")}</li><li>{E("kein Werbetracking")}</li><li>{E(f"{price} € pro Monat, monatlich kündbar")}</li></ul>'
            f'{btn(pay, "pay", "tc-btn tc-pay", tag="a", href="/pur/bestellen")}<p>{link("Bereits Pur-Abonnent? Anmelden", "other", "/sso/login")}</p></div></div>'
            f'<p class="tc-foot">{E("Mit Ihrer Zustimmung werden auch Daten an Partner außerhalb der EU übermittelt.")} '
            + (link(rng.choice(["Einstellungen verwalten", "Anpassen"]), "settings", "#cmp") if settings else "")
            + f'{link("Datenschutzhinweise", "other", "/datenschutz/")}{link("Impressum", "other", "/impressum/")}</p></div></div>')
    return css, wall, f"tech-news style Pur wall, two cards (accept vs Pur-Abo {price} €)"


def d_de_portal(rng, lang, site, settings):
    """Big web portal: dense text, accept button and 'werbefrei' subscription."""
    price = rng.choice(["2,99", "1,99", "3,49"])
    partners = rng.randint(150, 320)
    css = """
.po-wall{position:fixed;top:0;right:0;bottom:0;left:0;z-index:999999;background:rgba(0,0,0,.55)}
.po-box{position:fixed;bottom:0;left:0;right:0;max-height:85vh;overflow:auto;background:#fff;padding:24px 10%%;font-family:%(font)s;box-shadow:0 -6px 24px rgba(0,0,0,.3)}
.po-box h2{font-size:20px;margin:0 0 10px}.po-text{font-size:14px;line-height:1.5;color:#222;columns:2;column-gap:32px}
.po-actions{display:flex;gap:14px;margin-top:18px;align-items:center}
.po-accept{padding:14px 36px;font-size:16px;font-weight:700;background:%(brand)s;color:#fff;border:0;border-radius:6px;cursor:pointer}
.po-pay{padding:14px 28px;font-size:16px;font-weight:700;background:#ffd400;color:#111;border:0;border-radius:6px;cursor:pointer}
.wl-link{color:#444;font-size:13px;margin-left:12px}
""" % site
    text = (f"Wir und unsere {partners} Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, "
            "zum Beispiel Cookies und eindeutige Kennungen, und verarbeiten personenbezogene Daten wie IP-Adressen "
            "für personalisierte Anzeigen und Inhalte, Anzeigen- und Inhaltsmessungen, Erkenntnisse über "
            "Zielgruppen und Produktentwicklungen. "
            f"Sie können {site['name']} kostenlos mit Werbung nutzen, wenn Sie zustimmen, oder ohne Werbung und "
            f"ohne Tracking für {price} € im Monat. Ihre Zustimmung können Sie jederzeit über „Datenschutz“ im "
            "Seitenfuß widerrufen.")
    acc = rng.choice(["Akzeptieren und weiter", "Alle akzeptieren und weiter", "Zustimmen"])
    pay = rng.choice([f"Werbefrei für {price} €/Monat", "Werbefrei-Abo abschließen"])
    wall = (f'<div class="po-wall"><div class="po-box" role="dialog" aria-modal="true" aria-label="Datenschutzhinweis" data-cl-dialog="1">'
            f'<h2>{E("Ihre Privatsphäre ist uns wichtig")}</h2><div class="po-text">{E(text)}</div><div class="po-actions">'
            f'{btn(acc, "accept", "po-accept")}{btn(pay, "pay", "po-pay")}'
            + (link(rng.choice(["Einstellungen", "Zwecke anzeigen"]), "settings", "#purposes") if settings else "")
            + f'{link("Datenschutz", "other", "/datenschutz/")}</div></div></div>')
    return css, wall, f"portal-style bottom wall with page scroll lock (accept vs werbefrei {price} €)"


def d_en_happy(rng, lang, site, settings):
    """'Yes, I'm happy' / 'Reject and subscribe' wall (guardian-like)."""
    price = rng.choice(["£5", "£4.99", "€5.99"])
    css = """
.gu-wall{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1000;background:rgba(5,41,98,.85);display:flex;align-items:flex-end;justify-content:center}
.gu-box{background:#fff;width:100%%;max-width:980px;padding:24px 32px 28px;font-family:%(font)s}
.gu-box h2{font-family:Georgia,serif;font-size:28px;margin:0 0 8px;color:%(brand)s}
.gu-box p{font-size:16px;line-height:1.45}.gu-row{display:flex;gap:16px;flex-wrap:wrap;margin-top:14px}
.gu-yes{background:%(brand)s;color:#fff;font-size:17px;font-weight:700;padding:12px 26px;border:0;border-radius:24px;cursor:pointer}
.gu-sub{background:#fff;color:%(brand)s;font-size:17px;font-weight:700;padding:12px 26px;border:1px solid %(brand)s;border-radius:24px;cursor:pointer}
.wl-link{color:%(brand)s;font-size:15px;text-decoration:underline;margin-right:14px}
""" % site
    yes = rng.choice(["Yes, I'm happy", "Yes, I'm happy to continue", "Accept and continue"])
    sub = rng.choice(["Reject and subscribe", "Reject all and subscribe", f"Subscribe for ad-free access – {price}/month"])
    lead = (f"{site['name']} is funded by advertising and by our readers. To read for free, you agree that we "
            "and our partners use cookies and similar technologies to show you personalised advertising and "
            "to measure how you use the site.")
    alt = (f"If you'd rather not be tracked for advertising, you can reject all and subscribe to {site['name']} "
           f"ad-free for {price} a month. Cancel any time.")
    wall = (f'<div class="gu-wall"><div class="gu-box" role="dialog" aria-modal="true" aria-labelledby="gu-h" data-cl-dialog="1">'
            f'<h2 id="gu-h">{E(rng.choice(["Your privacy, your choice", "Before you continue", "Help us keep our journalism free"]))}</h2>'
            f'<p>{E(lead)}</p><p>{E(alt)}</p><div class="gu-row">{btn(yes, "accept", "gu-yes")}{btn(sub, "pay", "gu-sub")}</div>'
            f'<p>{link("Already a subscriber? Sign in", "other", "/signin")}'
            + (link(rng.choice(["Manage my cookies", "Privacy settings", "Options"]), "settings", "#privacy-settings") if settings else "")
            + f'{link("Privacy policy", "other", "/info/privacy")}</p></div></div>')
    return css, wall, f"'Yes, I'm happy' vs 'reject and subscribe' wall ({price}/month)"


def d_en_ledger(rng, lang, site, settings):
    """Generic English news wall: accept and continue vs ad-free subscription."""
    price = rng.choice(["€2.99", "£3", "€4.99", "€1 for the first month, then €3.99"])
    css = """
.dl-overlay{position:fixed;top:0;right:0;bottom:0;left:0;background:rgba(0,0,0,.6);z-index:9000}
.dl-modal{position:fixed;top:12vh;left:50%%;margin-left:-260px;width:520px;background:#fffdf7;border:1px solid #c9c2b0;padding:30px;font-family:%(font)s;z-index:9001;text-align:center}
.dl-modal h2{font-family:Georgia,serif;font-size:25px;margin:0 0 12px}.dl-modal p{font-size:15px;line-height:1.5;text-align:left}
.dl-accept{display:block;width:100%%;padding:13px;font-size:16px;font-weight:700;background:%(brand)s;color:#fff;border:0;margin-top:10px;cursor:pointer}
.dl-pay{display:block;width:100%%;padding:13px;font-size:16px;font-weight:700;background:#e8e2d0;color:#111;border:0;margin-top:10px;cursor:pointer}
.wl-link{font-size:13px;color:#555;margin:0 6px}
""" % site
    acc = rng.choice(["Accept and continue", "Accept cookies and continue", "Agree and read for free"])
    pay = rng.choice(["Subscribe for ad-free access", f"Go ad-free – {price}", "Subscribe without ads"])
    wall = (f'<div class="dl-overlay"></div><div class="dl-modal" role="dialog" aria-modal="true" aria-labelledby="dl-h" data-cl-dialog="1">'
            f'<h2 id="dl-h">{E(rng.choice(["Choose how to read " + site["name"], "Free with ads, or ad-free?"]))}</h2>'
            f'<p>{E("Keep reading for free by allowing us and our advertising partners to store cookies and use your data for personalised ads and measurement.")}</p>'
            f'<p>{E(f"Or subscribe and read without ads or ad tracking: {price} a month.")}</p>'
            f'{btn(acc, "accept", "dl-accept")}{btn(pay, "pay", "dl-pay")}<p style="text-align:center">'
            + (link(rng.choice(["Cookie settings", "Customise", "Manage options"]), "settings", "#cmp-settings") if settings else "")
            + f'{link("Log in", "other", "/login")}{link("Privacy notice", "other", "/privacy")}</p></div>')
    return css, wall, f"centred English pay-or-accept modal ({price})"


def d_fr_quotidien(rng, lang, site, settings):
    """Le Monde-like: 'Accepter et continuer' vs 's'abonner'."""
    price = rng.choice(["1 €", "2 €", "1 € le premier mois"])
    css = """
.lq-wall{position:fixed;top:0;right:0;bottom:0;left:0;z-index:100000;background:rgba(255,255,255,.75);display:flex;align-items:center;justify-content:center}
.lq-box{width:640px;max-width:94vw;background:#fff;border:1px solid #2a303b;padding:32px;font-family:%(font)s;box-shadow:0 2px 24px rgba(0,0,0,.2)}
.lq-box h2{font-family:Georgia,serif;font-size:26px;font-weight:400;margin:0 0 12px}.lq-box p{font-size:15px;line-height:1.5;color:#2a303b}
.lq-actions{display:flex;gap:12px;margin-top:18px}
.lq-accept{flex:1;padding:14px;background:%(brand)s;color:#fff;border:0;font-size:15px;font-weight:700;cursor:pointer}
.lq-sub{flex:1;padding:14px;background:#ffc700;color:#2a303b;border:0;font-size:15px;font-weight:700;cursor:pointer}
.wl-link{font-size:13px;color:#2a303b;margin-right:12px}
""" % site
    acc = rng.choice(["Accepter et continuer", "Accepter", "J'accepte"])
    sub = rng.choice([f"S'abonner pour {price}", "Refuser et s'abonner", "S'abonner sans publicité"])
    lead = (f"{site['name']} et ses partenaires utilisent des cookies pour mesurer l'audience, vous proposer "
            "des publicités personnalisées et des contenus adaptés. Votre consentement permet de financer "
            "notre rédaction.")
    alt = (f"Vous pouvez aussi refuser les cookies publicitaires en vous abonnant : accès à tous nos articles, "
           f"sans publicité ciblée, pour {price}.")
    wall = (f'<div class="lq-wall"><div class="lq-box" role="dialog" aria-modal="true" aria-labelledby="lq-h" data-cl-dialog="1">'
            f'<h2 id="lq-h">{E(rng.choice(["Votre choix concernant les cookies", "Bienvenue sur " + site["name"], "Continuer avec ou sans publicité ?"]))}</h2>'
            f'<p>{E(lead)}</p><p>{E(alt)}</p><div class="lq-actions">{btn(acc, "accept", "lq-accept")}{btn(sub, "pay", "lq-sub")}</div>'
            f'<p>{link("Déjà abonné ? Se connecter", "other", "/connexion")}'
            + (link(rng.choice(["Paramétrer les cookies", "Personnaliser mes choix", "Gérer mes préférences"]), "settings", "#privacy") if settings else "")
            + f'{link("Politique de confidentialité", "other", "/confidentialite/")}</p></div></div>')
    return css, wall, f"Le-Monde-like accept vs subscribe ({price}) wall"


def d_fr_matin(rng, lang, site, settings):
    """Le Figaro-like bottom wall: 'Accepter et fermer' vs subscribe offer."""
    price = rng.choice(["1 € par mois", "0,99 € le premier mois", "3,99 € par mois"])
    css = """
.lm-wall{position:fixed;top:0;right:0;bottom:0;left:0;z-index:99999;background:rgba(0,0,0,.5)}
.lm-panel{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:28px 12%%;font-family:%(font)s;border-top:4px solid %(brand)s}
.lm-panel h2{font-size:22px;margin:0 0 8px}.lm-panel p{font-size:15px;line-height:1.5}
.lm-grid{display:flex;gap:18px;align-items:center;flex-wrap:wrap;margin-top:12px}
.lm-accept{padding:13px 34px;font-size:16px;font-weight:700;background:%(brand)s;color:#fff;border:0;border-radius:4px;cursor:pointer}
.lm-sub{padding:13px 34px;font-size:16px;font-weight:700;background:#fff;color:%(brand)s;border:2px solid %(brand)s;border-radius:4px;cursor:pointer}
.wl-link{font-size:13px;color:#333;text-decoration:underline;margin-right:12px}
""" % site
    acc = rng.choice(["Accepter et fermer", "Accepter et continuer", "Tout accepter"])
    sub = rng.choice(["Continuer sans accepter : s'abonner", f"S'abonner – {price}", "Je m'abonne"])
    wall = (f'<div class="lm-wall"><div class="lm-panel" role="dialog" aria-modal="true" aria-label="Consentement" data-cl-dialog="1">'
            f'<h2>{E(rng.choice(["Accédez à " + site["name"] + " gratuitement", "Nous respectons votre vie privée"]))}</h2>'
            f'<p>{E("Pour lire gratuitement, acceptez le dépôt de cookies et l’utilisation de vos données par nos partenaires à des fins de publicité personnalisée et de mesure d’audience.")}</p>'
            f'<p>{E(f"Pour continuer sans accepter, abonnez-vous : {price}, sans engagement, sans publicité personnalisée.")}</p>'
            f'<div class="lm-grid">{btn(acc, "accept", "lm-accept")}{btn(sub, "pay", "lm-sub")}'
            + (link(rng.choice(["Paramétrer", "Personnaliser"]), "settings", "#parametres") if settings else "")
            + f'{link("Déjà abonné ? Connexion", "other", "/connexion")}{link("Mentions légales", "other", "/mentions-legales")}</div></div></div>')
    return css, wall, f"Figaro-like bottom wall: accept vs 'continue without accepting: subscribe' ({price})"


def d_nl_dagblad(rng, lang, site, settings):
    """Dutch newspaper pay-or-consent wall."""
    price = rng.choice(["€ 2,50", "€ 1,99", "€ 3,95"])
    css = """
.nd-wall{position:fixed;top:0;right:0;bottom:0;left:0;z-index:5000;background:rgba(0,40,80,.7);display:flex;align-items:center;justify-content:center}
.nd-box{width:600px;max-width:94vw;background:#fff;border-radius:8px;padding:28px;font-family:%(font)s}
.nd-box h2{font-size:23px;margin:0 0 10px;color:%(brand)s}.nd-box p{font-size:15px;line-height:1.5}
.nd-accept{display:block;width:100%%;padding:14px;background:%(brand)s;color:#fff;font-size:16px;font-weight:700;border:0;border-radius:6px;margin-top:10px;cursor:pointer}
.nd-pay{display:block;width:100%%;padding:14px;background:#ff7f00;color:#fff;font-size:16px;font-weight:700;border:0;border-radius:6px;margin-top:10px;cursor:pointer}
.wl-link{font-size:13px;color:#333;margin-right:12px}
""" % site
    acc = rng.choice(["Akkoord en doorgaan", "Akkoord", "Accepteren en verder lezen"])
    pay = rng.choice(["Abonneer en lees zonder advertenties", f"Zonder advertenties lezen voor {price} per maand", "Neem een abonnement"])
    wall = (f'<div class="nd-wall"><div class="nd-box" role="dialog" aria-modal="true" aria-labelledby="nd-h" data-cl-dialog="1">'
            f'<h2 id="nd-h">{E(rng.choice(["Lees gratis met advertenties", "Welkom bij " + site["name"], "Maak een keuze"]))}</h2>'
            f'<p>{E(site["name"] + " en onze partners gebruiken cookies en vergelijkbare technieken om advertenties en content op jou af te stemmen en om het gebruik van de site te meten. Ga je akkoord, dan lees je gratis verder.")}</p>'
            f'<p>{E(f"Wil je geen gepersonaliseerde advertenties? Neem dan een abonnement en lees zonder advertenties voor {price} per maand.")}</p>'
            f'{btn(acc, "accept", "nd-accept")}{btn(pay, "pay", "nd-pay")}<p>'
            + (link(rng.choice(["Instellingen", "Instellingen aanpassen", "Voorkeuren beheren"]), "settings", "#instellingen") if settings else "")
            + f'{link("Al abonnee? Inloggen", "other", "/login")}{link("Privacyverklaring", "other", "/privacy")}</p></div></div>')
    return css, wall, f"Dutch newspaper wall: 'Akkoord' vs subscription without ads ({price})"


def d_nl_cookiewall(rng, lang, site, settings):
    """Plain Dutch cookie wall: accept is the only way in."""
    css = """
.nc-wall{position:fixed;top:0;left:0;width:100%%;height:100%%;z-index:2000;background:#f2f2f2;overflow:auto}
.nc-inner{max-width:560px;margin:12vh auto;background:#fff;padding:32px;border:1px solid #ddd;font-family:%(font)s;text-align:center}
.nc-inner h2{font-size:22px;margin:0 0 12px}.nc-inner p{font-size:15px;line-height:1.55;text-align:left}
.nc-accept{padding:14px 48px;background:%(brand)s;color:#fff;font-size:16px;font-weight:700;border:0;border-radius:4px;cursor:pointer;margin-top:12px}
.wl-link{display:inline-block;font-size:13px;color:#555;margin:14px 8px 0}
""" % site
    acc = rng.choice(["Cookies accepteren", "Akkoord", "Ja, ik accepteer cookies", "Accepteren en doorgaan"])
    head = rng.choice(["Cookies op " + site["name"], "Even dit: cookies", "Wij gebruiken cookies"])
    text = rng.choice([
        "Om deze site te gebruiken moet je cookies accepteren. Met deze cookies verzamelen wij en derde partijen informatie over je surfgedrag, zodat we advertenties kunnen tonen die passen bij je interesses en kunnen meten hoe de site wordt gebruikt.",
        f"{site['name']} is alleen toegankelijk als je akkoord gaat met het plaatsen van cookies. Wij en onze partners gebruiken cookies voor analyse, social media en gepersonaliseerde advertenties, ook op andere websites.",
    ])
    wall = (f'<div class="nc-wall"><div class="nc-inner" role="dialog" aria-modal="true" aria-labelledby="nc-h" data-cl-dialog="1">'
            f'<h2 id="nc-h">{E(head)}</h2><p>{E(text)}</p><p>{E("Je kunt je toestemming later altijd weer intrekken via de link Cookie-instellingen onderaan elke pagina.")}</p>'
            f'{btn(acc, "accept", "nc-accept")}<div>'
            + (link(rng.choice(["Instellingen", "Cookie-instellingen wijzigen", "Zelf kiezen"]), "settings", "#instellingen") if settings else "")
            + f'{link("Meer informatie over cookies", "other", "/cookiebeleid")}{link("Privacyverklaring", "other", "/privacy")}</div></div></div>')
    return css, wall, "plain Dutch cookie wall ('Om deze site te gebruiken moet je cookies accepteren'), accept only"


GENERIC_WALL = {
    "en": {"h": ["Please accept cookies to continue", "Cookies are required to use this site"],
           "p": "To use {site} you have to accept cookies. We and our partners use them to personalise advertising, analyse traffic and provide social media features. Without your consent the site cannot be used.",
           "acc": ["Accept and continue", "I accept", "Accept cookies"],
           "set": ["Settings", "Cookie preferences"], "more": "Cookie policy"},
    "de": {"h": ["Bitte akzeptieren Sie Cookies, um fortzufahren", "Ohne Cookies geht es hier nicht weiter"],
           "p": "Um {site} zu nutzen, müssen Sie Cookies akzeptieren. Wir und unsere Partner verwenden sie, um Werbung zu personalisieren, Zugriffe zu analysieren und Social-Media-Funktionen anzubieten. Ohne Ihre Einwilligung ist die Nutzung nicht möglich.",
           "acc": ["Akzeptieren und fortfahren", "Ich stimme zu", "Cookies akzeptieren"],
           "set": ["Einstellungen", "Cookie-Einstellungen"], "more": "Cookie-Richtlinie"},
    "fr": {"h": ["Acceptez les cookies pour continuer", "Les cookies sont nécessaires pour accéder au site"],
           "p": "Pour utiliser {site}, vous devez accepter les cookies. Nos partenaires et nous-mêmes les utilisons pour personnaliser la publicité, analyser le trafic et proposer des fonctions de réseaux sociaux. Sans votre consentement, le site n'est pas accessible.",
           "acc": ["Accepter et continuer", "J'accepte", "Accepter les cookies"],
           "set": ["Paramètres", "Préférences cookies"], "more": "Politique cookies"},
}


def d_generic_accept_only(rng, lang, site, settings):
    """Blocking cookie wall with a single accept path (en/de/fr)."""
    t = GENERIC_WALL[lang]
    css = """
.ga-back{position:fixed;top:0;right:0;bottom:0;left:0;background:rgba(0,0,0,.8);z-index:99998}
.ga-wall{position:fixed;top:50%%;left:50%%;transform:translate(-50%%,-50%%);width:480px;max-width:92vw;background:#fff;border-radius:10px;padding:26px;z-index:99999;font-family:%(font)s}
.ga-wall h2{font-size:20px;margin:0 0 10px}.ga-wall p{font-size:14px;line-height:1.5;color:#333}
.ga-accept{width:100%%;padding:13px;background:%(brand)s;color:#fff;font-weight:700;font-size:16px;border:0;border-radius:6px;cursor:pointer}
.wl-link{font-size:12px;color:#666;margin-right:10px}
""" % site
    wall = (f'<div class="ga-back"></div><div class="ga-wall" role="dialog" aria-modal="true" aria-labelledby="ga-h" data-cl-dialog="1">'
            f'<h2 id="ga-h">{E(rng.choice(t["h"]))}</h2><p>{E(t["p"].format(site=site["name"]))}</p>'
            f'{btn(rng.choice(t["acc"]), "accept", "ga-accept")}<p>'
            + (link(rng.choice(t["set"]), "settings", "#settings") if settings else "")
            + f'{link(t["more"], "other", "/cookies")}</p></div>')
    return css, wall, "generic blocking cookie wall, accept is the only way in"


INTERSTITIAL = {
    "en": {"h": ["Before you continue to {site}", "Your choice about cookies on {site}", "Welcome to {site}"],
           "p": ["{site} and our partners use cookies to show you personalised advertising and to measure how the site is used.",
                 "We and {n} partners store and access information on your device to personalise ads and content and to measure audiences."],
           "wall": "You can use {site} once you have agreed. You can withdraw your consent at any time in the privacy settings.",
           "pay": "Read {site} for free with advertising and tracking, or subscribe to read without tracking for {price} a month.",
           "fair": "You can accept or refuse. Refusing does not limit what you can read.",
           "acc": ["Agree and continue", "Accept all", "I agree", "Continue with ads"],
           "rej": ["Reject all", "Refuse", "Continue without agreeing"],
           "pay_btn": ["Subscribe without tracking", "Subscribe for {price}/month", "Read ad-free"],
           "set": ["Manage options", "Settings"], "more": "Privacy policy", "login": "Already a subscriber? Log in"},
    "de": {"h": ["Bevor Sie zu {site} weitergehen", "Ihre Wahl zu Cookies bei {site}", "Willkommen bei {site}"],
           "p": ["{site} und unsere Partner verwenden Cookies, um Ihnen personalisierte Werbung anzuzeigen und die Nutzung zu messen.",
                 "Wir und {n} Partner speichern und lesen Informationen auf Ihrem Gerät, um Werbung und Inhalte zu personalisieren und Reichweite zu messen."],
           "wall": "Sie können {site} nutzen, sobald Sie zugestimmt haben. Ihre Einwilligung können Sie jederzeit in den Datenschutzeinstellungen widerrufen.",
           "pay": "Lesen Sie {site} kostenlos mit Werbung und Tracking, oder nutzen Sie das Pur-Abo ohne Tracking für {price} im Monat.",
           "fair": "Sie können zustimmen oder ablehnen. Eine Ablehnung schränkt Ihr Angebot nicht ein.",
           "acc": ["Zustimmen und weiter", "Alle akzeptieren", "Einverstanden", "Mit Werbung weiterlesen"],
           "rej": ["Alle ablehnen", "Ablehnen", "Ohne Zustimmung fortfahren"],
           "pay_btn": ["Jetzt Pur-Abo abschließen", "Für {price}/Monat abonnieren", "Werbefrei lesen"],
           "set": ["Einstellungen", "Optionen verwalten"], "more": "Datenschutzerklärung", "login": "Schon Abonnent? Anmelden"},
    "fr": {"h": ["Avant de continuer sur {site}", "Vos choix sur les cookies de {site}", "Bienvenue sur {site}"],
           "p": ["{site} et ses partenaires utilisent des cookies pour vous montrer des publicités personnalisées et mesurer l'audience.",
                 "Nous et nos {n} partenaires stockons et consultons des informations sur votre appareil pour personnaliser les publicités et les contenus et mesurer l'audience."],
           "wall": "Vous pourrez utiliser {site} après avoir donné votre accord. Vous pouvez retirer votre consentement à tout moment dans les paramètres.",
           "pay": "Lisez {site} gratuitement avec publicité et traceurs, ou abonnez-vous pour lire sans traceurs pour {price} par mois.",
           "fair": "Vous pouvez accepter ou refuser. Refuser ne limite pas votre accès.",
           "acc": ["Accepter et continuer", "Tout accepter", "J'accepte", "Continuer avec la publicité"],
           "rej": ["Tout refuser", "Refuser", "Continuer sans accepter"],
           "pay_btn": ["M'abonner sans traceurs", "S'abonner pour {price}/mois", "Lire sans publicité"],
           "set": ["Paramétrer", "Gérer mes choix"], "more": "Politique de confidentialité", "login": "Déjà abonné ? Se connecter"},
    "nl": {"h": ["Voordat je verdergaat naar {site}", "Jouw keuze over cookies op {site}", "Welkom bij {site}"],
           "p": ["{site} en onze partners gebruiken cookies om je gepersonaliseerde advertenties te tonen en het gebruik te meten.",
                 "Wij en {n} partners slaan informatie op je apparaat op en lezen die uit om advertenties en inhoud te personaliseren en bereik te meten."],
           "wall": "Je kunt {site} gebruiken zodra je akkoord bent gegaan. Je kunt je toestemming altijd intrekken via de privacy-instellingen.",
           "pay": "Lees {site} gratis met advertenties en tracking, of neem een abonnement zonder tracking voor {price} per maand.",
           "fair": "Je kunt accepteren of weigeren. Weigeren beperkt niet wat je kunt lezen.",
           "acc": ["Akkoord en doorgaan", "Alles accepteren", "Akkoord", "Doorgaan met advertenties"],
           "rej": ["Alles weigeren", "Weigeren", "Doorgaan zonder akkoord"],
           "pay_btn": ["Abonnement zonder tracking", "Abonneer voor {price}/maand", "Advertentievrij lezen"],
           "set": ["Instellingen", "Opties beheren"], "more": "Privacyverklaring", "login": "Al abonnee? Inloggen"},
}
INTERSTITIAL_KINDS = ("wall", "pay", "wall", "fair", "pay")


def d_interstitial(rng, lang, site, settings, kind):
    """A consent page of its own: the site shows nothing but the question (no article behind it,
    no backdrop, not fixed), the way some publishers and platforms put consent before the site."""
    t = INTERSTITIAL[lang]
    price = rng.choice(["€2.99", "€3.99", "€4.99", "€1.99"])
    centred = rng.random() < 0.6
    css = """
.ci-page{min-height:100vh;background:%(bg)s;font-family:%(font)s;color:#1a1a1a;padding:%(pad)s}
.ci-card{max-width:%(width)spx;%(place)s;background:#fff;padding:28px 32px;%(frame)s}
.ci-logo{font-family:%(logo_font)s;font-size:28px;font-weight:800;color:%(brand)s;margin-bottom:18px}
.ci-card h1{font-size:24px;line-height:1.25;margin:0 0 12px}.ci-card p{font-size:15px;line-height:1.55}
.ci-row{display:flex;%(row)s;gap:12px;margin-top:18px}
.ci-main{padding:13px 24px;background:%(brand)s;color:#fff;font-size:16px;font-weight:700;border:0;border-radius:6px;cursor:pointer}
.ci-alt{padding:13px 24px;background:#fff;color:%(brand)s;font-size:16px;font-weight:700;border:2px solid %(brand)s;border-radius:6px;cursor:pointer}
.wl-link{display:inline-block;font-size:13px;color:#555;margin:14px 12px 0 0}
""" % dict(site, bg=rng.choice(["#f4f4f4", "#ffffff", "#eef1f5"]), pad=rng.choice(["48px 16px", "8vh 24px", "24px"]),
           width=rng.choice([520, 600, 680]), place="margin:0 auto" if centred else "margin:0",
           frame=rng.choice(["border:1px solid #ddd", "border-radius:12px;box-shadow:0 2px 10px rgba(0,0,0,.08)", ""]),
           row=rng.choice(["flex-direction:column", "flex-wrap:wrap"]))
    name = site["name"]
    acc = btn(rng.choice(t["acc"]), "accept", "ci-main")
    if kind == "pay":
        other = btn(rng.choice(t["pay_btn"]).format(price=price), "pay", "ci-alt")
        lead = t["pay"].format(site=name, price=price)
    elif kind == "fair":
        other = btn(rng.choice(t["rej"]), "reject", rng.choice(["ci-main", "ci-alt"]))
        lead = t["fair"]
    else:
        other, lead = "", t["wall"].format(site=name)
    buttons = [acc, other] if rng.random() < 0.7 else [other, acc]
    links = ([link(rng.choice(t["set"]), "settings", "#settings")] if settings else []) + [
        link(t["more"], "other", "/privacy")]
    if kind == "pay" and rng.random() < 0.6:
        links.insert(0, link(t["login"], "other", "/login"))
    attrs = (' role="dialog" aria-modal="true" aria-labelledby="ci-h"' if rng.random() < 0.5 else "")
    tag = rng.choice(["div", "main", "section"])
    wall = (f'<div class="ci-page"><{tag} class="ci-card"{attrs} data-cl-dialog="1">'
            f'<div class="ci-logo">{E(name)}</div><h1 id="ci-h">{E(rng.choice(t["h"]).format(site=name))}</h1>'
            f'<p>{E(rng.choice(t["p"]).format(site=name, n=rng.randint(90, 840)))}</p><p>{E(lead)}</p>'
            f'<div class="ci-row">{"".join(buttons)}</div><div>{"".join(links)}</div></{tag}></div>')
    return css, wall, f"consent page of its own ('{kind}'), nothing of the site shown until answered"


# (group, design function, kind, languages, sites, count, share with a settings route)
DESIGNS = (
    ("wall-de-pur-centre", d_de_pur_centre, "pay", ("de",),
     [{"name": "Der Tagesblick", "domain": "tagesblick-online.de", "brand": "#e64415"},
      {"name": "Nordkurier Rundschau", "domain": "nordrundschau-news.de", "brand": "#003e7e"}], 34, 0.35),
    ("wall-de-contentpass", d_de_contentpass, "pay", ("de",),
     [{"name": "Zeitpunkt", "domain": "zeitpunkt-magazin.de", "brand": "#252525"},
      {"name": "Rheinblatt", "domain": "rheinblatt-aktuell.de", "brand": "#0070b8"}], 30, 0.3),
    ("wall-de-tech-cards", d_de_tech_cards, "pay", ("de",),
     [{"name": "Technikticker", "domain": "technikticker-news.de", "brand": "#c4001a"}], 24, 0.35),
    ("wall-de-portal", d_de_portal, "pay", ("de",),
     [{"name": "Netzportal24", "domain": "netzportal24-online.de", "brand": "#9e0031"}], 22, 0.4),
    ("wall-en-happy", d_en_happy, "pay", ("en",),
     [{"name": "The Morning Herald", "domain": "morningherald-news.co.uk", "brand": "#052962"}], 26, 0.4),
    ("wall-en-ledger", d_en_ledger, "pay", ("en",),
     [{"name": "The Daily Ledger", "domain": "dailyledger-news.ie", "brand": "#1b4332"}], 22, 0.35),
    ("wall-fr-quotidien", d_fr_quotidien, "pay", ("fr",),
     [{"name": "Le Quotidien du Soir", "domain": "quotidiendusoir-info.fr", "brand": "#1a4b8c"}], 26, 0.35),
    ("wall-fr-matin", d_fr_matin, "pay", ("fr",),
     [{"name": "Le Matin National", "domain": "lematin-national.fr", "brand": "#163860"}], 22, 0.35),
    ("wall-nl-dagblad", d_nl_dagblad, "pay", ("nl",),
     [{"name": "Het Avondblad", "domain": "hetavondblad-nieuws.nl", "brand": "#00467f"},
      {"name": "Dagblad De Polder", "domain": "dagbladdepolder.nl", "brand": "#b3001b"}], 26, 0.35),
    ("wall-nl-cookiewall", d_nl_cookiewall, "wall", ("nl",),
     [{"name": "Recepten Rijk", "domain": "receptenrijk-online.nl", "brand": "#2e7d32"},
      {"name": "Weerplaza Noord", "domain": "weerplaza-noord.nl", "brand": "#0277bd"},
      {"name": "Autoforum NL", "domain": "autoforum-nederland.nl", "brand": "#d84315"}], 30, 0.35),
    ("wall-generic-accept-only", d_generic_accept_only, "wall", ("en", "de", "fr"),
     [{"name": "Puzzle Planet", "domain": "puzzleplanet-games.com", "brand": "#6a1b9a"},
      {"name": "Forum Motorrad", "domain": "forum-motorrad-treff.de", "brand": "#37474f"},
      {"name": "Jardin Facile", "domain": "jardinfacile-conseils.fr", "brand": "#558b2f"}], 24, 0.35),
    # whole-page consent: kind rotates over INTERSTITIAL_KINDS (wall, pay, fair)
    ("wall-interstitial", d_interstitial, "page", ("en", "de", "fr", "nl"),
     [{"name": "Harbour Times", "domain": "harbourtimes-online.com", "brand": "#37306b"},
      {"name": "Stadtmagazin Süd", "domain": "stadtmagazin-sued.de", "brand": "#0b5394"},
      {"name": "Le Courrier Digital", "domain": "lecourrier-digital.fr", "brand": "#8e1b1b"},
      {"name": "Het Weekblad", "domain": "hetweekblad-online.nl", "brand": "#1d6b45"}], 60, 0.3),
)

FONTS = ["Helvetica Neue,Arial,sans-serif", "Source Sans Pro,Arial,sans-serif", "Roboto,Arial,sans-serif",
         "Open Sans,Arial,sans-serif"]
LOGO_FONTS = ["Georgia,serif", "Times New Roman,serif", "Arial Black,Arial,sans-serif", "Helvetica Neue,Arial,sans-serif"]
CLAIMS = {"de": "Nachrichten aus Deutschland und der Welt", "en": "News, opinion and analysis",
          "fr": "Actualités et analyses", "nl": "Nieuws en achtergronden"}
FOOTERS = {"de": "Impressum · Datenschutz · Privatsphäre", "en": "Privacy · Terms · Cookie settings",
           "fr": "Mentions légales · Confidentialité · Cookies", "nl": "Colofon · Privacy · Cookie-instellingen"}


def build_records(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for group, design, kind, langs, sites, count, settings_share in DESIGNS:
        for i in range(count):
            lang = langs[i % len(langs)]
            site = dict(sites[i % len(sites)])
            site.update(font=rng.choice(FONTS), logo_font=rng.choice(LOGO_FONTS), claim=CLAIMS[lang],
                        footer=FOOTERS[lang])
            if group == "wall-generic-accept-only":
                site = dict(sites[langs.index(lang)], font=site["font"], logo_font=site["logo_font"],
                            claim=CLAIMS[lang], footer=FOOTERS[lang])
            settings = rng.random() < settings_share
            label = kind
            if kind == "page":  # the consent screen is the whole page: no article, no backdrop
                label = INTERSTITIAL_KINDS[i % len(INTERSTITIAL_KINDS)]
                settings = settings and label != "fair"
                css, wall, note = design(rng, lang, site, settings, label)
                article = False
                title = site["name"]
                body_class = rng.choice(["", "", "no-scroll"])
                lock_css = f"body.{body_class}{{overflow:hidden;height:100%}}" if body_class else ""
                doc = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
                       f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title>'
                       f'<style>*{{box-sizing:border-box}}body{{margin:0}}{css}{lock_css}</style></head>'
                       f'<body class="{body_class}">{wall}</body></html>')
            else:
                css, wall, note = design(rng, lang, site, settings)
                article = rng.random() < 0.6
                title, page_css, body = news_page(rng, lang, site, article)
                body_class = rng.choice(["sp-message-open", "no-scroll", "modal-open", "cmp-locked"])
                lock_css = f"body.{body_class}{{overflow:hidden;height:100%}}"
                doc = document(lang, title, page_css + css + lock_css, body, wall, body_class)
            patterns = {"pay": ["pay_or_consent"], "wall": ["consent_wall"], "fair": []}[label]
            if settings:
                patterns.append("no_reject")
            path = (f"/{rng.choice(['politik', 'wirtschaft', 'panorama', 'news', 'article', 'actualite', 'nieuws'])}/"
                    f"{rng.randrange(10**6, 10**7)}.html") if article else "/"
            prov = (f"Our own imitation of a {note} on a fictional site ({site['name']}); texts written by us "
                    "from wording seen on such walls." + (" Offers a settings route instead of a refusal -> no_reject." if settings else ""))
            records.append(screen_record(
                id=f"{group}-{lang}-{i // len(langs):03d}", group=group, family="walls", lang=lang,
                url=f"https://www.{site['domain']}{path}", html=doc, consent_screen=True,
                patterns=sorted(patterns, key=PATTERN_ORDER.index), source=SOURCE, license=LICENSE, provenance=prov))
    return records


def summarise(records: list[dict]) -> str:
    return count_table(records, lambda r: (r["group"], "+".join(r["patterns"]), r["lang"]), "  {:26} {:26} {} {}")


def main() -> None:
    records = build_records()
    report(OUT, write_jsonl_gz(records, OUT), summarise(records))


if __name__ == "__main__":
    main()
