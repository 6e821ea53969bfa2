"""Fresh consent screens for behavioural tests (written for the tests, not from
the training generators): one configurable banner in four languages."""

TEXTS = {
    "en": {
        "title": "Your privacy at {brand}",
        "body": "{brand} and our 86 advertising partners store and read cookies on your device to measure "
                "traffic, personalise ads and content, and understand our audience. You can change your "
                "decision at any time in the privacy settings at the bottom of every page.",
        "accept": "Accept all", "reject": "Reject all", "settings": "Manage options", "policy": "Privacy policy",
    },
    "de": {
        "title": "Ihre Privatsphäre bei {brand}",
        "body": "{brand} und unsere 86 Werbepartner speichern und lesen Cookies auf Ihrem Gerät, um Besuche zu "
                "messen, Anzeigen und Inhalte zu personalisieren und unser Publikum zu verstehen. Sie können "
                "Ihre Entscheidung jederzeit in den Datenschutz-Einstellungen am Seitenende ändern.",
        "accept": "Alle akzeptieren", "reject": "Alle ablehnen", "settings": "Optionen verwalten",
        "policy": "Datenschutzerklärung",
    },
    "nl": {
        "title": "Je privacy bij {brand}",
        "body": "{brand} en onze 86 advertentiepartners plaatsen en lezen cookies op je apparaat om bezoek te "
                "meten, advertenties en inhoud te personaliseren en ons publiek te begrijpen. Je kunt je keuze "
                "altijd wijzigen via de privacy-instellingen onderaan elke pagina.",
        "accept": "Alles accepteren", "reject": "Alles weigeren", "settings": "Opties beheren",
        "policy": "Privacyverklaring",
    },
    "fr": {
        "title": "Votre vie privée chez {brand}",
        "body": "{brand} et nos 86 partenaires publicitaires déposent et lisent des cookies sur votre appareil "
                "pour mesurer l'audience, personnaliser les publicités et le contenu et comprendre notre public. "
                "Vous pouvez modifier votre choix à tout moment dans les paramètres de confidentialité.",
        "accept": "Tout accepter", "reject": "Tout refuser", "settings": "Gérer les options",
        "policy": "Politique de confidentialité",
    },
}

BUTTON = "padding:12px 22px;font-size:15px;font-weight:600;border-radius:6px;border:0;cursor:pointer;"
FAINT_LINK = "font-size:10px;color:#c4c4c4;background:none;border:0;padding:0;text-decoration:none;"


def banner(lang="en", brand="Northwind Daily", reject="button", settings=True) -> str:
    """reject: 'button' (equal weight), 'faint' (10px light-grey link), or None (absent)."""
    t = TEXTS[lang]
    buttons = [f'<button class="cl-accept" style="{BUTTON}background:#1b5e20;color:#ffffff">{t["accept"]}</button>']
    if reject == "button":
        buttons.append(f'<button class="cl-reject" style="{BUTTON}background:#1b5e20;color:#ffffff">{t["reject"]}</button>')
    elif reject == "faint":
        buttons.append(f'<a href="#" class="cl-reject" style="{FAINT_LINK}">{t["reject"]}</a>')
    if settings:
        buttons.append(f'<button class="cl-settings" style="{BUTTON}background:#ffffff;color:#1b5e20;'
                       f'border:1px solid #1b5e20">{t["settings"]}</button>')
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{brand}</title>
<style>
  body {{ font-family: Georgia, serif; margin: 0; }}
  .masthead {{ padding: 16px 32px; border-bottom: 1px solid #ddd; }}
  .story {{ max-width: 720px; margin: 24px auto; line-height: 1.6; }}
  .consent {{ position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483000; background: #fafafa;
             box-shadow: 0 -2px 12px rgba(0,0,0,.2); padding: 20px 32px; font: 14px/1.5 Arial, sans-serif; }}
  .consent h2 {{ font-size: 18px; margin: 0 0 8px; }}
  .consent .row {{ display: flex; gap: 12px; align-items: center; margin-top: 12px; }}
</style></head>
<body>
<header class="masthead"><a href="/">{brand}</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main class="story"><h1>Harbour reopens after storm repairs</h1>
<p>The harbour reopened on Monday after three weeks of repairs to the breakwater, the port authority said.</p></main>
<section class="consent" role="dialog" aria-label="{t['title'].format(brand=brand)}">
  <h2>{t['title'].format(brand=brand)}</h2>
  <p>{t['body'].format(brand=brand)} <a href="/privacy">{t['policy']}</a></p>
  <div class="row">{''.join(buttons)}</div>
</section>
</body></html>"""


def alone(html: str) -> str:
    """The same page with the article and masthead removed: the banner is all that is left."""
    start, end = html.index('<header class="masthead">'), html.index("</main>") + len("</main>")
    return html[:start] + html[end:]


def page_of_its_own(html: str) -> str:
    """The banner as a consent page of its own: nothing else on the page, and the dialog a card
    centred in the normal flow instead of a bar fixed to the bottom of the window."""
    fixed = "position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483000;"
    assert fixed in html
    return alone(html).replace(fixed, "max-width: 520px; margin: 12vh auto; border: 1px solid #ddd;")
