"""Consent screens in the markup of the big commercial CMPs, on realistic static pages.

Writes training_data/screens/cmp_markup.jsonl.gz:

    /tmp/venv/bin/python training_data/generate/cmp_markup.py

One CV group per consent management platform (OneTrust, Cookiebot, Didomi,
Usercentrics, Quantcast/InMobi Choice, Sourcepoint, TrustArc, Borlabs,
Complianz, CookieYes, iubenda, Axeptio, consentmanager.net, Sirdata), each in
en/de/nl/fr and eight configurations, plus pages of the same sites where the
CMP has already been dismissed (negatives). Every page is a whole static page
(header, text, images as divs, footer) with the consent screen as the CMP puts
it into the DOM: its container ids and class names, its way of styling
(id-scoped sheets with !important, inline styles, CSS custom properties,
hashed CSS-in-JS classes, declarative shadow DOM), and its layers (a second
layer that is not open is in the DOM with display:none).

Ids and class names are facts taken from the selectors in ../../../shared/data
(DuckDuckGo autoconsent rules, Mozilla cookie-banner rules, Cookie Dialog
Monster, Consent-O-Matic, EasyList Cookie). All markup, CSS and texts are
written here; no CMP code or style sheet is copied. Sites are fictional.
Some button labels are real labels from training_data/external/element_roles.csv.gz
and keep their licence, named in the record.

Labels by construction (../../../shared/TAXONOMY.md, "Where patterns meet"):
- fair            accept and reject on the first layer with the same size and weight -> []
- no_reject       accept + settings (or accept alone), no overlay blocking the page; a reject only in
                  the hidden second layer -> no_reject
- buried          reject as a small faint link, inside the text, or a tiny "continue without
                  accepting" in a corner -> buried_opt_out
- preselected     pre-ticked non-essential purposes on the first layer or on the open second layer,
                  reject as prominent as accept -> preselected
- li              TCF purposes layer open: consent switches off, legitimate-interest switches on
                  -> misleading_wording + preselected (any visible legitimate-interest switch beside
                  the consent switches is misleading_wording; a save button worded "Allow selection" too)
- shame           reject as prominent as accept, worded to make the user feel guilty -> confirmshaming
- wall            modal over the page, scroll locked, accept only (wall wording or the CMP's own)
                  -> consent_wall
- pay             accept or a priced subscription, no free refusal -> pay_or_consent
A wall that offers a settings route in place of a refusal also gets no_reject.
Elements hidden with CSS do not count.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # banners.py and common.py, also when loaded by file path
from banners import load_external_labels  # noqa: E402
from common import report, screen_record, write_jsonl_gz  # noqa: E402

SEED = 20261203
SOURCE = "training_data/generate/cmp_markup.py"
LICENSE = "GPL-3.0-or-later"
OUT = HERE.parent / "screens" / "cmp_markup.jsonl.gz"
EXTERNAL = HERE.parent / "external" / "element_roles.csv.gz"
LANGS = ("en", "de", "nl", "fr")
PATTERN_ORDER = ("pay_or_consent", "consent_wall", "no_reject", "buried_opt_out", "preselected",
                 "confirmshaming", "misleading_wording")
CONFIGS = ("fair", "no_reject", "buried", "preselected", "li", "shame", "wall", "pay")
NEGATIVES_PER_CMP = 3

E = html.escape


# ---------------------------------------------------------------------------
# Texts shared by all CMPs, per language (our own wording).

L = {
    "en": {
        "simple": [
            "We use cookies and similar technologies to run this website, to understand how it is used and to show you content and advertising that match your interests. Some of these tools are provided by third parties.",
            "{site} uses cookies. Besides the cookies the site needs to work, we would like to set optional cookies for statistics and marketing. They are only used if you agree.",
            "With your permission, we and selected partners use cookies to count visits, remember your preferences and personalise ads, including on other websites.",
        ],
        "tcf": [
            "We and our {n} partners store and access information on your device, such as cookies and unique identifiers, and process personal data such as browsing data to show personalised ads and content, measure ads and content, understand our audience and develop our services.",
            "With your agreement, we and our {n} vendors use cookies or similar technologies to store, access and process personal data like your visit to this website, IP addresses and cookie identifiers. Some partners do not ask for your consent and rely on their legitimate interest instead.",
            "To fund our free content, {site} and {n} advertising partners process data about your device and your browsing, for example to choose and measure ads and to build a profile of your interests.",
        ],
        "change": "You can change your choice at any time via the \"Cookie settings\" link at the bottom of the page.",
        "inline": ["You can also {a}; only strictly necessary cookies will then be used.",
                   "If you do not agree, you can {a} at any time.",
                   "Otherwise you may {a} and keep browsing."],
        "inline_a": ["reject all optional cookies", "decline non-essential cookies", "refuse them here",
                     "continue with necessary cookies only"],
        "link_reject": ["Reject all", "Only necessary cookies", "Decline", "Reject optional cookies"],
        "corner": ["Continue without accepting →", "Continue without agreeing", "Continue without accepting"],
        "shame": ["No thanks, I don't want a better experience", "No, I'd rather see irrelevant ads",
                  "I don't want to support free content", "Reject and miss out on personalised offers",
                  "No thanks, I prefer a worse website"],
        "shame_body": "Cookies help us keep {site} free for everyone.",
        "privacy": "Privacy Policy", "cookie_policy": "Cookie Policy", "imprint": "Legal notice",
        "vendors": "List of partners (vendors)", "close": "Close", "back": "Back", "save": "Save settings",
        "accept_all": "Accept all", "reject_all": "Reject all", "learn": "Learn more",
        "essential": ["Strictly Necessary Cookies", "Necessary", "Essential cookies"],
        "optional": ["Performance Cookies", "Functional Cookies", "Targeting Cookies", "Social Media Cookies",
                     "Statistics", "Marketing", "Preferences", "Analytics", "Advertising", "Personalisation"],
        "desc": ["Help us count visits and see which pages are popular.",
                 "Used by advertising partners to show ads that match your interests.",
                 "Remember choices such as language or region.",
                 "Let you share pages on social networks and show embedded posts."],
        "tcf_purposes": [("Store and/or access information on a device", False),
                         ("Use limited data to select advertising", True),
                         ("Create profiles for personalised advertising", False),
                         ("Use profiles to select personalised advertising", False),
                         ("Create profiles to personalise content", False),
                         ("Measure advertising performance", True),
                         ("Measure content performance", True),
                         ("Understand audiences through statistics or combinations of data from different sources", True),
                         ("Develop and improve services", True)],
        "li": "Legitimate interest", "consent": "Consent", "always": "Always active",
        "pc_desc": "Websites can store or read information in your browser, mostly in the form of cookies. You decide which categories you allow. Switching some of them off may change how the site works for you.",
        "li_note": "Some of our partners process data on the basis of legitimate interest and do not ask for your consent. You can object to this processing below.",
        "notice_ok": ["OK, I accept", "Accept", "I agree"],
        "wall_title": ["Cookies are required to use {site}", "Please accept cookies to continue", "Before you continue"],
        "wall_body": ["To use {site} you need to accept cookies and similar technologies. We and our partners use them to show personalised advertising, measure traffic and offer social media features. Without your consent the site cannot be accessed.",
                      "Access to {site} is only possible with cookies. By accepting, you agree that we and {n} partners process your data for advertising and analytics."],
        "wall_accept": ["Accept and continue", "I agree", "Accept cookies"],
        "pay_title": ["Choose how you want to read {site}", "Read {site} for free with ads, or ad-free", "Support {site}: your choice"],
        "pay_body": ["Our journalism is funded by advertising. To read for free, agree to cookies and personalised advertising from us and our {n} partners. Alternatively, subscribe to read without tracking or personalised ads for {price}.",
                     "You can use {site} for free if you accept cookies and tracking for advertising. If you do not want this, you can choose our ad-free subscription for {price}. You can cancel at any time."],
        "pay_accept": ["Accept and continue", "Continue with ads", "Accept cookies and read for free"],
        "pay_btn": ["Subscribe for {price}", "Go ad-free for {price}", "Subscribe without ads"],
        "login": ["Already a subscriber? Log in", "Log in"],
        "prices": ["€2.99/month", "€3.99 per month", "£2.99 a month", "€1.99/month", "€4.99 per month"],
    },
    "de": {
        "simple": [
            "Wir verwenden Cookies und ähnliche Technologien, um diese Website zu betreiben, ihre Nutzung zu verstehen und Ihnen passende Inhalte und Werbung anzuzeigen. Einige dieser Dienste stammen von Drittanbietern.",
            "{site} setzt Cookies ein. Neben den für den Betrieb notwendigen Cookies möchten wir optionale Cookies für Statistik und Marketing verwenden. Diese werden nur mit Ihrer Einwilligung gesetzt.",
            "Mit Ihrer Zustimmung nutzen wir und ausgewählte Partner Cookies, um Besuche zu zählen, Ihre Einstellungen zu speichern und Werbung zu personalisieren – auch auf anderen Websites.",
        ],
        "tcf": [
            "Wir und unsere {n} Partner speichern Informationen wie Cookies und eindeutige Kennungen auf Ihrem Gerät und greifen darauf zu. Wir verarbeiten personenbezogene Daten wie Nutzungsdaten, um Anzeigen und Inhalte zu personalisieren, ihre Wirkung zu messen, Erkenntnisse über Zielgruppen zu gewinnen und unsere Dienste weiterzuentwickeln.",
            "Mit Ihrer Zustimmung verwenden wir und unsere {n} Anbieter Cookies oder ähnliche Technologien, um personenbezogene Daten wie Ihren Besuch auf dieser Website, IP-Adressen und Cookie-Kennungen zu speichern, abzurufen und zu verarbeiten. Einige Partner fragen nicht nach Ihrer Einwilligung, sondern berufen sich auf ein berechtigtes Interesse.",
            "Um unsere kostenlosen Inhalte zu finanzieren, verarbeiten {site} und {n} Werbepartner Daten über Ihr Gerät und Ihr Surfverhalten, etwa um Anzeigen auszuwählen und zu messen und ein Profil Ihrer Interessen zu erstellen.",
        ],
        "change": "Sie können Ihre Auswahl jederzeit über den Link „Cookie-Einstellungen“ am Seitenende ändern.",
        "inline": ["Sie können auch {a}; dann verwenden wir nur technisch notwendige Cookies.",
                   "Wenn Sie nicht einverstanden sind, können Sie jederzeit {a}.",
                   "Andernfalls können Sie {a} und weitersurfen."],
        "inline_a": ["alle optionalen Cookies ablehnen", "nicht notwendige Cookies ablehnen", "hier ablehnen",
                     "nur mit notwendigen Cookies fortfahren"],
        "link_reject": ["Alle ablehnen", "Nur notwendige Cookies", "Ablehnen", "Optionale Cookies ablehnen"],
        "corner": ["Weiter ohne Einwilligung →", "Ohne Zustimmung fortfahren", "Weiter ohne Zustimmung"],
        "shame": ["Nein danke, ich verzichte auf ein besseres Erlebnis", "Nein, ich sehe lieber irrelevante Werbung",
                  "Ich möchte kostenlose Inhalte nicht unterstützen", "Ablehnen und auf Angebote verzichten",
                  "Nein, mir ist guter Journalismus egal"],
        "shame_body": "Cookies helfen uns, {site} für alle kostenlos zu halten.",
        "privacy": "Datenschutzerklärung", "cookie_policy": "Cookie-Richtlinie", "imprint": "Impressum",
        "vendors": "Liste der Partner (Anbieter)", "close": "Schließen", "back": "Zurück", "save": "Einstellungen speichern",
        "accept_all": "Alle akzeptieren", "reject_all": "Alle ablehnen", "learn": "Mehr erfahren",
        "essential": ["Unbedingt erforderliche Cookies", "Notwendig", "Essenzielle Cookies"],
        "optional": ["Leistungs-Cookies", "Funktionelle Cookies", "Cookies für Marketingzwecke", "Social-Media-Cookies",
                     "Statistik", "Marketing", "Präferenzen", "Analyse", "Werbung", "Personalisierung"],
        "desc": ["Helfen uns, Besuche zu zählen und beliebte Seiten zu erkennen.",
                 "Werden von Werbepartnern genutzt, um Anzeigen passend zu Ihren Interessen zu zeigen.",
                 "Speichern Einstellungen wie Sprache oder Region.",
                 "Ermöglichen das Teilen in sozialen Netzwerken und eingebettete Beiträge."],
        "tcf_purposes": [("Informationen auf einem Gerät speichern und/oder abrufen", False),
                         ("Begrenzte Daten zur Auswahl der Werbung verwenden", True),
                         ("Profile für personalisierte Werbung erstellen", False),
                         ("Profile zur Auswahl personalisierter Werbung verwenden", False),
                         ("Profile zur Personalisierung von Inhalten erstellen", False),
                         ("Werbeleistung messen", True),
                         ("Leistung von Inhalten messen", True),
                         ("Zielgruppen durch Statistiken oder Kombinationen von Daten aus verschiedenen Quellen verstehen", True),
                         ("Dienste entwickeln und verbessern", True)],
        "li": "Berechtigtes Interesse", "consent": "Einwilligung", "always": "Immer aktiv",
        "pc_desc": "Websites können Informationen in Ihrem Browser speichern oder abrufen, meist in Form von Cookies. Sie entscheiden, welche Kategorien Sie zulassen. Wenn Sie einige davon deaktivieren, kann sich die Nutzung der Website verändern.",
        "li_note": "Einige unserer Partner verarbeiten Daten auf Grundlage eines berechtigten Interesses und fragen nicht nach Ihrer Einwilligung. Dieser Verarbeitung können Sie unten widersprechen.",
        "notice_ok": ["OK, einverstanden", "Akzeptieren", "Einverstanden"],
        "wall_title": ["Ohne Cookies kann {site} nicht genutzt werden", "Bitte akzeptieren Sie Cookies, um fortzufahren", "Bevor Sie weiterlesen"],
        "wall_body": ["Um {site} zu nutzen, müssen Sie Cookies und ähnlichen Technologien zustimmen. Wir und unsere Partner verwenden sie für personalisierte Werbung, Reichweitenmessung und Social-Media-Funktionen. Ohne Ihre Einwilligung ist kein Zugriff möglich.",
                      "Der Zugang zu {site} ist nur mit Cookies möglich. Mit Ihrer Zustimmung verarbeiten wir und {n} Partner Ihre Daten für Werbung und Analyse."],
        "wall_accept": ["Akzeptieren und fortfahren", "Ich stimme zu", "Cookies akzeptieren"],
        "pay_title": ["Lesen Sie {site} mit Werbung oder werbefrei", "Ihre Wahl: Werbung oder Abo", "Willkommen bei {site}"],
        "pay_body": ["Wir finanzieren unsere Inhalte über Werbung. Um kostenlos weiterzulesen, willigen Sie in Cookies und personalisierte Werbung durch uns und unsere {n} Partner ein. Alternativ lesen Sie ohne Tracking und ohne personalisierte Werbung mit unserem Abo für {price}.",
                     "Sie können {site} kostenlos nutzen, wenn Sie Cookies und Tracking zu Werbezwecken zustimmen. Möchten Sie das nicht, wählen Sie unser werbefreies Abo für {price}, jederzeit kündbar."],
        "pay_accept": ["Akzeptieren und weiter", "Mit Werbung weiterlesen", "Zustimmen und kostenlos lesen"],
        "pay_btn": ["Abo für {price} abschließen", "Werbefrei lesen für {price}", "Jetzt werbefrei abonnieren"],
        "login": ["Schon Abonnent? Anmelden", "Anmelden"],
        "prices": ["2,99 €/Monat", "3,99 € pro Monat", "4,99 € im Monat", "1,99 €/Monat"],
    },
    "nl": {
        "simple": [
            "Wij gebruiken cookies en vergelijkbare technieken om deze website te laten werken, om te begrijpen hoe ze wordt gebruikt en om je inhoud en advertenties te tonen die bij je interesses passen. Sommige hiervan worden door derden geleverd.",
            "{site} gebruikt cookies. Naast de cookies die nodig zijn om de site te laten werken, willen we optionele cookies plaatsen voor statistieken en marketing. Die gebruiken we alleen als je daarmee instemt.",
            "Met jouw toestemming gebruiken wij en geselecteerde partners cookies om bezoeken te tellen, je voorkeuren te onthouden en advertenties te personaliseren, ook op andere websites.",
        ],
        "tcf": [
            "Wij en onze {n} partners slaan informatie zoals cookies en unieke ID's op je apparaat op en lezen die uit. We verwerken persoonsgegevens zoals surfgedrag om advertenties en content te personaliseren, advertenties en content te meten, inzicht in ons publiek te krijgen en onze diensten te ontwikkelen.",
            "Met jouw toestemming gebruiken wij en onze {n} leveranciers cookies of vergelijkbare technieken om persoonsgegevens zoals je bezoek aan deze website, IP-adressen en cookie-ID's op te slaan, te openen en te verwerken. Sommige partners vragen geen toestemming maar beroepen zich op hun gerechtvaardigd belang.",
            "Om onze gratis content te betalen, verwerken {site} en {n} advertentiepartners gegevens over je apparaat en je surfgedrag, bijvoorbeeld om advertenties te kiezen en te meten en een profiel van je interesses op te bouwen.",
        ],
        "change": "Je kunt je keuze altijd wijzigen via de link ‘Cookie-instellingen’ onderaan de pagina.",
        "inline": ["Je kunt ook {a}; dan gebruiken we alleen strikt noodzakelijke cookies.",
                   "Ga je niet akkoord, dan kun je altijd {a}.",
                   "Anders kun je {a} en verder surfen."],
        "inline_a": ["alle optionele cookies weigeren", "niet-noodzakelijke cookies weigeren", "hier weigeren",
                     "doorgaan met alleen noodzakelijke cookies"],
        "link_reject": ["Alles weigeren", "Alleen noodzakelijke cookies", "Weigeren", "Optionele cookies weigeren"],
        "corner": ["Doorgaan zonder te accepteren →", "Verder zonder akkoord", "Doorgaan zonder te accepteren"],
        "shame": ["Nee bedankt, ik wil geen betere ervaring", "Nee, ik zie liever irrelevante advertenties",
                  "Ik wil gratis content niet steunen", "Weigeren en aanbiedingen mislopen",
                  "Nee, goede journalistiek kan me niet schelen"],
        "shame_body": "Cookies helpen ons om {site} voor iedereen gratis te houden.",
        "privacy": "Privacyverklaring", "cookie_policy": "Cookiebeleid", "imprint": "Colofon",
        "vendors": "Lijst met partners (leveranciers)", "close": "Sluiten", "back": "Terug", "save": "Instellingen opslaan",
        "accept_all": "Alles accepteren", "reject_all": "Alles weigeren", "learn": "Meer informatie",
        "essential": ["Strikt noodzakelijke cookies", "Noodzakelijk", "Essentiële cookies"],
        "optional": ["Prestatiecookies", "Functionele cookies", "Targetingcookies", "Socialemediacookies",
                     "Statistieken", "Marketing", "Voorkeuren", "Analyse", "Advertenties", "Personalisatie"],
        "desc": ["Helpen ons bezoeken te tellen en te zien welke pagina's populair zijn.",
                 "Worden door advertentiepartners gebruikt om advertenties te tonen die bij je passen.",
                 "Onthouden keuzes zoals taal of regio.",
                 "Maken delen op sociale netwerken en ingesloten berichten mogelijk."],
        "tcf_purposes": [("Informatie op een apparaat opslaan en/of openen", False),
                         ("Beperkte gegevens gebruiken om advertenties te selecteren", True),
                         ("Profielen maken voor gepersonaliseerde advertenties", False),
                         ("Profielen gebruiken om gepersonaliseerde advertenties te selecteren", False),
                         ("Profielen maken om content te personaliseren", False),
                         ("Advertentieprestaties meten", True),
                         ("Contentprestaties meten", True),
                         ("Doelgroepen begrijpen door middel van statistieken of combinaties van gegevens uit verschillende bronnen", True),
                         ("Diensten ontwikkelen en verbeteren", True)],
        "li": "Gerechtvaardigd belang", "consent": "Toestemming", "always": "Altijd actief",
        "pc_desc": "Websites kunnen informatie in je browser opslaan of uitlezen, meestal in de vorm van cookies. Jij bepaalt welke categorieën je toestaat. Als je sommige uitzet, kan de website anders werken.",
        "li_note": "Sommige partners verwerken gegevens op basis van gerechtvaardigd belang en vragen niet om je toestemming. Je kunt hieronder bezwaar maken tegen deze verwerking.",
        "notice_ok": ["Oké, akkoord", "Accepteren", "Akkoord"],
        "wall_title": ["Cookies zijn nodig om {site} te gebruiken", "Accepteer cookies om verder te gaan", "Voordat je verdergaat"],
        "wall_body": ["Om {site} te gebruiken moet je cookies en vergelijkbare technieken accepteren. Wij en onze partners gebruiken ze voor gepersonaliseerde advertenties, bezoekersmetingen en socialemediafuncties. Zonder jouw toestemming is de site niet toegankelijk.",
                      "Toegang tot {site} is alleen mogelijk met cookies. Door te accepteren ga je ermee akkoord dat wij en {n} partners je gegevens verwerken voor advertenties en analyse."],
        "wall_accept": ["Accepteren en doorgaan", "Ik ga akkoord", "Cookies accepteren"],
        "pay_title": ["Lees {site} gratis met advertenties of zonder", "Jouw keuze: advertenties of abonnement", "Welkom bij {site}"],
        "pay_body": ["Onze journalistiek wordt betaald met advertenties. Wil je gratis lezen, ga dan akkoord met cookies en gepersonaliseerde advertenties van ons en onze {n} partners. Je kunt ook zonder tracking en gepersonaliseerde advertenties lezen met een abonnement van {price}.",
                     "Je kunt {site} gratis gebruiken als je akkoord gaat met cookies en tracking voor advertenties. Wil je dat niet, kies dan ons advertentievrije abonnement voor {price}. Maandelijks opzegbaar."],
        "pay_accept": ["Akkoord en doorgaan", "Verder met advertenties", "Accepteren en gratis lezen"],
        "pay_btn": ["Abonneer voor {price}", "Advertentievrij lezen voor {price}", "Neem een abonnement zonder advertenties"],
        "login": ["Al abonnee? Inloggen", "Inloggen"],
        "prices": ["€ 2,99 per maand", "€ 1,99 per maand", "€ 3,49/maand", "€ 4,99 per maand"],
    },
    "fr": {
        "simple": [
            "Nous utilisons des cookies et des technologies similaires pour faire fonctionner ce site, comprendre son utilisation et vous proposer des contenus et des publicités adaptés à vos centres d'intérêt. Certains de ces outils sont fournis par des tiers.",
            "{site} utilise des cookies. En plus des cookies nécessaires au fonctionnement du site, nous souhaitons déposer des cookies facultatifs de mesure d'audience et de marketing. Ils ne sont utilisés qu'avec votre accord.",
            "Avec votre accord, nos partenaires et nous-mêmes utilisons des cookies pour mesurer la fréquentation, mémoriser vos préférences et personnaliser les publicités, y compris sur d'autres sites.",
        ],
        "tcf": [
            "Nos {n} partenaires et nous-mêmes stockons et accédons à des informations sur votre appareil, comme des cookies et des identifiants uniques, et traitons des données personnelles comme vos données de navigation pour personnaliser les publicités et les contenus, les mesurer, comprendre notre audience et développer nos services.",
            "Avec votre accord, nos {n} fournisseurs et nous-mêmes utilisons des cookies ou technologies similaires pour stocker, consulter et traiter des données personnelles telles que votre visite sur ce site, votre adresse IP et vos identifiants de cookies. Certains partenaires ne vous demandent pas votre consentement et se fondent sur leur intérêt légitime.",
            "Pour financer nos contenus gratuits, {site} et {n} partenaires publicitaires traitent des données sur votre appareil et votre navigation, par exemple pour choisir et mesurer les publicités et établir un profil de vos centres d'intérêt.",
        ],
        "change": "Vous pouvez modifier votre choix à tout moment via le lien « Paramètres des cookies » en bas de page.",
        "inline": ["Vous pouvez aussi {a} ; seuls les cookies strictement nécessaires seront alors utilisés.",
                   "Si vous n'êtes pas d'accord, vous pouvez {a} à tout moment.",
                   "Sinon, vous pouvez {a} et poursuivre votre navigation."],
        "inline_a": ["refuser tous les cookies facultatifs", "refuser les cookies non essentiels", "refuser ici",
                     "continuer avec les cookies nécessaires uniquement"],
        "link_reject": ["Tout refuser", "Cookies nécessaires uniquement", "Refuser", "Refuser les cookies facultatifs"],
        "corner": ["Continuer sans accepter →", "Continuer sans accepter", "Continuer sans accepter ✕"],
        "shame": ["Non merci, je ne veux pas d'une meilleure expérience", "Non, je préfère des publicités sans intérêt",
                  "Je ne souhaite pas soutenir les contenus gratuits", "Refuser et passer à côté des offres",
                  "Non, le journalisme de qualité m'est égal"],
        "shame_body": "Les cookies nous aident à garder {site} gratuit pour tous.",
        "privacy": "Politique de confidentialité", "cookie_policy": "Politique cookies", "imprint": "Mentions légales",
        "vendors": "Liste des partenaires (fournisseurs)", "close": "Fermer", "back": "Retour", "save": "Enregistrer",
        "accept_all": "Tout accepter", "reject_all": "Tout refuser", "learn": "En savoir plus",
        "essential": ["Cookies strictement nécessaires", "Nécessaires", "Cookies essentiels"],
        "optional": ["Cookies de performance", "Cookies fonctionnels", "Cookies de ciblage", "Cookies de réseaux sociaux",
                     "Statistiques", "Marketing", "Préférences", "Mesure d'audience", "Publicité", "Personnalisation"],
        "desc": ["Nous aident à compter les visites et à repérer les pages populaires.",
                 "Utilisés par nos partenaires publicitaires pour afficher des annonces adaptées à vos intérêts.",
                 "Mémorisent vos choix comme la langue ou la région.",
                 "Permettent le partage sur les réseaux sociaux et l'affichage de publications intégrées."],
        "tcf_purposes": [("Stocker et/ou accéder à des informations sur un appareil", False),
                         ("Utiliser des données limitées pour sélectionner la publicité", True),
                         ("Créer des profils pour la publicité personnalisée", False),
                         ("Utiliser des profils pour sélectionner des publicités personnalisées", False),
                         ("Créer des profils pour personnaliser les contenus", False),
                         ("Mesurer la performance des publicités", True),
                         ("Mesurer la performance des contenus", True),
                         ("Comprendre les publics grâce à des statistiques ou à des combinaisons de données provenant de différentes sources", True),
                         ("Développer et améliorer les services", True)],
        "li": "Intérêt légitime", "consent": "Consentement", "always": "Toujours actif",
        "pc_desc": "Les sites web peuvent stocker ou lire des informations dans votre navigateur, le plus souvent sous forme de cookies. Vous choisissez les catégories que vous autorisez. En désactiver certaines peut modifier votre expérience du site.",
        "li_note": "Certains de nos partenaires traitent des données sur la base de leur intérêt légitime et ne demandent pas votre consentement. Vous pouvez vous y opposer ci-dessous.",
        "notice_ok": ["OK, j'accepte", "Accepter", "J'ai compris et j'accepte"],
        "wall_title": ["Les cookies sont nécessaires pour utiliser {site}", "Acceptez les cookies pour continuer", "Avant de continuer"],
        "wall_body": ["Pour utiliser {site}, vous devez accepter les cookies et technologies similaires. Nos partenaires et nous-mêmes les utilisons pour la publicité personnalisée, la mesure d'audience et les fonctions de réseaux sociaux. Sans votre consentement, le site n'est pas accessible.",
                      "L'accès à {site} n'est possible qu'avec des cookies. En acceptant, vous autorisez le traitement de vos données par nous et {n} partenaires à des fins de publicité et de statistiques."],
        "wall_accept": ["Accepter et continuer", "J'accepte", "Accepter les cookies"],
        "pay_title": ["Lire {site} gratuitement avec publicité ou sans", "Votre choix : publicité ou abonnement", "Bienvenue sur {site}"],
        "pay_body": ["Notre journalisme est financé par la publicité. Pour lire gratuitement, acceptez les cookies et la publicité personnalisée de notre part et de nos {n} partenaires. Vous pouvez aussi lire sans suivi ni publicité personnalisée en vous abonnant pour {price}.",
                     "Vous pouvez utiliser {site} gratuitement si vous acceptez les cookies et le suivi publicitaire. Si vous refusez, vous pouvez choisir notre abonnement sans publicité pour {price}, sans engagement."],
        "pay_accept": ["Accepter et continuer", "Continuer avec publicité", "Accepter et lire gratuitement"],
        "pay_btn": ["S'abonner pour {price}", "Refuser et s'abonner", "Lire sans publicité pour {price}"],
        "login": ["Déjà abonné ? Se connecter", "Se connecter"],
        "prices": ["2,99 €/mois", "1 € par mois", "3,99 € par mois", "4,99 €/mois"],
    },
}


# ---------------------------------------------------------------------------
# Each CMP's own voice: titles, button labels, layer names, body style.
# body: "tcf" (IAB TCF publishers) or "simple"; own: a body in the CMP's default style.

VOICE = {
    "onetrust": {"body": "tcf", "en": {
        "title": ["We value your privacy", "Your Privacy", "Cookie Notice", "This site uses cookies"],
        "accept": ["Accept All Cookies", "Accept All", "Accept Cookies", "I Accept"],
        "reject": ["Reject All", "Reject All Cookies", "Necessary Cookies Only", "Decline All"],
        "settings": ["Cookies Settings", "Cookie Settings", "Manage Preferences", "Customise Settings"],
        "save": "Confirm My Choices", "pc_title": "Privacy Preference Center", "allow_all": "Allow All",
        "corner": "Continue without Accepting",
        "own": "Select \"Accept All Cookies\" to let us store cookies on your device. We use them to make the site easier to navigate, to see which pages are used and to support our marketing."},
        "de": {"title": ["Wir respektieren Ihre Privatsphäre", "Ihre Privatsphäre", "Cookie-Hinweis"],
               "accept": ["Alle Cookies akzeptieren", "Alle akzeptieren", "Cookies akzeptieren"],
               "reject": ["Alle ablehnen", "Nur notwendige Cookies", "Alle Cookies ablehnen"],
               "settings": ["Cookie-Einstellungen", "Einstellungen verwalten", "Cookies anpassen"],
               "save": "Meine Auswahl bestätigen", "pc_title": "Datenschutz-Präferenz-Center", "allow_all": "Alle zulassen",
               "corner": "Weiter ohne Zustimmung",
               "own": "Mit „Alle Cookies akzeptieren“ erlauben Sie uns, Cookies auf Ihrem Gerät zu speichern. Wir nutzen sie, damit die Navigation leichter fällt, um zu sehen, welche Seiten genutzt werden, und für unser Marketing."},
        "nl": {"title": ["Wij hechten waarde aan je privacy", "Jouw privacy", "Cookiemelding"],
               "accept": ["Alle cookies accepteren", "Alles accepteren", "Cookies accepteren"],
               "reject": ["Alles weigeren", "Alle cookies weigeren", "Alleen noodzakelijke cookies"],
               "settings": ["Cookie-instellingen", "Voorkeuren beheren", "Instellingen aanpassen"],
               "save": "Mijn keuzes bevestigen", "pc_title": "Voorkeurscentrum voor privacy", "allow_all": "Alles toestaan",
               "corner": "Doorgaan zonder te accepteren",
               "own": "Kies ‘Alle cookies accepteren’ om ons cookies op je apparaat te laten opslaan. We gebruiken ze om de navigatie makkelijker te maken, te zien welke pagina's worden bezocht en voor onze marketing."},
        "fr": {"title": ["Nous respectons votre vie privée", "Votre vie privée", "Avis sur les cookies"],
               "accept": ["Tout accepter", "Accepter tous les cookies", "J'accepte"],
               "reject": ["Tout refuser", "Refuser tous les cookies", "Cookies nécessaires uniquement"],
               "settings": ["Paramètres des cookies", "Gérer les préférences", "Personnaliser"],
               "save": "Confirmer mes choix", "pc_title": "Centre de préférences de confidentialité", "allow_all": "Tout autoriser",
               "corner": "Continuer sans accepter",
               "own": "Choisissez « Tout accepter » pour nous permettre d'enregistrer des cookies sur votre appareil. Nous les utilisons pour faciliter la navigation, voir quelles pages sont consultées et soutenir notre marketing."}},
    "cookiebot": {"body": "simple", "en": {
        "title": ["This website uses cookies", "We use cookies", "Cookie consent"],
        "accept": ["Allow all", "Allow all cookies", "Accept all"],
        "reject": ["Deny", "Use necessary cookies only", "Decline"],
        "settings": ["Customize", "Show details"], "save": "Allow selection",
        "tabs": ["Consent", "Details", "About"], "cats": ["Preferences", "Statistics", "Marketing"], "ess": "Necessary",
        "own": "Cookies help us tailor content and ads, offer social media features and analyse visits. We also pass information about your use of the site to partners for social media, advertising and analytics, who may combine it with other data they hold about you."},
        "de": {"title": ["Diese Webseite verwendet Cookies", "Wir verwenden Cookies"],
               "accept": ["Alle zulassen", "Alle Cookies zulassen"], "reject": ["Ablehnen", "Nur notwendige Cookies verwenden"],
               "settings": ["Anpassen", "Details zeigen"], "save": "Auswahl erlauben",
               "tabs": ["Zustimmung", "Details", "Über Cookies"], "cats": ["Präferenzen", "Statistiken", "Marketing"], "ess": "Notwendig",
               "own": "Cookies helfen uns, Inhalte und Anzeigen anzupassen, Funktionen für soziale Medien anzubieten und Besuche auszuwerten. Angaben zu Ihrer Nutzung der Website geben wir auch an Partner für soziale Medien, Werbung und Analyse weiter, die sie mit anderen Daten über Sie verknüpfen können."},
        "nl": {"title": ["Deze website gebruikt cookies", "Wij gebruiken cookies"],
               "accept": ["Alle toestaan", "Alle cookies toestaan"], "reject": ["Weigeren", "Alleen noodzakelijke cookies gebruiken"],
               "settings": ["Aanpassen", "Details tonen"], "save": "Selectie toestaan",
               "tabs": ["Toestemming", "Details", "Over"], "cats": ["Voorkeuren", "Statistieken", "Marketing"], "ess": "Noodzakelijk",
               "own": "Met cookies stemmen we content en advertenties af, bieden we socialemediafuncties en analyseren we bezoeken. Gegevens over je gebruik van de site geven we ook door aan partners voor social media, advertenties en analyse, die ze kunnen koppelen aan andere gegevens die ze over je hebben."},
        "fr": {"title": ["Ce site utilise des cookies", "Nous utilisons des cookies"],
               "accept": ["Autoriser tous les cookies", "Tout autoriser"], "reject": ["Refuser", "Utiliser uniquement les cookies nécessaires"],
               "settings": ["Personnaliser", "Afficher les détails"], "save": "Autoriser la sélection",
               "tabs": ["Consentement", "Détails", "À propos"], "cats": ["Préférences", "Statistiques", "Marketing"], "ess": "Nécessaires",
               "own": "Les cookies nous servent à adapter contenus et publicités, à proposer des fonctions de réseaux sociaux et à analyser les visites. Nous transmettons aussi des informations sur votre utilisation du site à des partenaires de réseaux sociaux, de publicité et d'analyse, qui peuvent les croiser avec d'autres données vous concernant."}},
    "didomi": {"body": "tcf", "en": {
        "title": ["We care about your privacy", "Welcome to {site}", "Your privacy matters"],
        "accept": ["Agree and close", "Accept & Close", "Agree"], "reject": ["Disagree and close", "Decline", "Refuse all"],
        "settings": ["Learn more →", "Manage options", "Set preferences"], "save": "Save",
        "corner": "Continue without agreeing →", "pc_title": "Manage your preferences", "vendors_link": "View our partners",
        "agree": "Agree", "disagree": "Disagree",
        "own": "{site} and our partners use cookies and similar tools to store and access information on your device. With your agreement, we use them for personalised ads and content, measurement and audience insights."},
        "de": {"title": ["Ihre Privatsphäre ist uns wichtig", "Willkommen bei {site}"],
               "accept": ["Zustimmen und schließen", "Akzeptieren & Schließen", "Zustimmen"], "reject": ["Ablehnen und schließen", "Ablehnen"],
               "settings": ["Mehr erfahren →", "Optionen verwalten", "Einstellungen"], "save": "Speichern",
               "corner": "Weiter ohne Zustimmung →", "pc_title": "Ihre Einstellungen verwalten", "vendors_link": "Unsere Partner anzeigen",
               "agree": "Zustimmen", "disagree": "Ablehnen",
               "own": "{site} und unsere Partner verwenden Cookies und ähnliche Werkzeuge, um Informationen auf Ihrem Gerät zu speichern und abzurufen. Mit Ihrer Zustimmung nutzen wir sie für personalisierte Anzeigen und Inhalte, Messungen und Zielgruppenanalysen."},
        "nl": {"title": ["Wij geven om je privacy", "Welkom bij {site}"],
               "accept": ["Akkoord en sluiten", "Akkoord", "Accepteren en sluiten"], "reject": ["Niet akkoord en sluiten", "Weigeren"],
               "settings": ["Meer informatie →", "Opties beheren", "Instellingen"], "save": "Opslaan",
               "corner": "Doorgaan zonder akkoord →", "pc_title": "Je voorkeuren beheren", "vendors_link": "Bekijk onze partners",
               "agree": "Akkoord", "disagree": "Niet akkoord",
               "own": "{site} en onze partners gebruiken cookies en vergelijkbare tools om informatie op je apparaat op te slaan en te lezen. Met je toestemming gebruiken we ze voor gepersonaliseerde advertenties en content, metingen en inzicht in ons publiek."},
        "fr": {"title": ["Nous respectons votre vie privée", "Bienvenue sur {site}", "Vos données, votre choix"],
               "accept": ["Accepter & Fermer", "J'accepte", "Tout accepter"], "reject": ["Refuser et fermer", "Refuser", "Je refuse"],
               "settings": ["En savoir plus →", "Paramétrer", "Personnaliser mes choix"], "save": "Enregistrer",
               "corner": "Continuer sans accepter →", "pc_title": "Gérer vos préférences", "vendors_link": "Voir nos partenaires",
               "agree": "Accepter", "disagree": "Refuser",
               "own": "{site} et ses partenaires utilisent des cookies et outils similaires pour stocker et consulter des informations sur votre appareil. Avec votre accord, nous les utilisons pour la publicité et les contenus personnalisés, la mesure et l'analyse d'audience."}},
    "usercentrics": {"body": "simple", "en": {
        "title": ["Privacy Settings", "We use cookies", "Your privacy is important to us"],
        "accept": ["Accept All", "Accept all", "OK"], "reject": ["Deny", "Deny all", "Reject"],
        "settings": ["More Information", "Settings", "Customize"], "save": "Save Settings",
        "cats": ["Functional", "Marketing", "Analytics"], "ess": "Essential",
        "own": "On this site we work with tracking technologies from other companies. They help us run and improve our services and show you advertising based on your interests. You can withdraw or change your consent at any time for the future."},
        "de": {"title": ["Datenschutz-Einstellungen", "Wir verwenden Cookies", "Privatsphäre-Einstellungen"],
               "accept": ["Alle akzeptieren", "Akzeptieren"], "reject": ["Ablehnen", "Alle ablehnen", "Verweigern"],
               "settings": ["Mehr Informationen", "Einstellungen", "Anpassen"], "save": "Einstellungen speichern",
               "cats": ["Funktional", "Marketing", "Analyse"], "ess": "Essenziell",
               "own": "Auf dieser Website arbeiten wir mit Tracking-Technologien anderer Unternehmen. Sie helfen uns, unsere Dienste zu betreiben und zu verbessern und Ihnen Werbung nach Ihren Interessen zu zeigen. Ihre Einwilligung können Sie jederzeit für die Zukunft widerrufen oder ändern."},
        "nl": {"title": ["Privacy-instellingen", "Wij gebruiken cookies"],
               "accept": ["Alles accepteren", "Accepteren"], "reject": ["Weigeren", "Alles weigeren"],
               "settings": ["Meer informatie", "Instellingen"], "save": "Instellingen opslaan",
               "cats": ["Functioneel", "Marketing", "Analyse"], "ess": "Essentieel",
               "own": "Op deze site werken we met trackingtechnieken van andere bedrijven. Ze helpen ons onze diensten te leveren en te verbeteren en je advertenties te tonen die bij je interesses passen. Je kunt je toestemming altijd voor de toekomst intrekken of wijzigen."},
        "fr": {"title": ["Paramètres de confidentialité", "Nous utilisons des cookies"],
               "accept": ["Tout accepter", "Accepter"], "reject": ["Refuser", "Tout refuser"],
               "settings": ["Plus d'informations", "Paramètres", "Personnaliser"], "save": "Enregistrer les paramètres",
               "cats": ["Fonctionnels", "Marketing", "Analyse"], "ess": "Essentiels",
               "own": "Sur ce site, nous utilisons des technologies de suivi d'autres entreprises. Elles nous aident à fournir et améliorer nos services et à vous montrer des publicités selon vos centres d'intérêt. Vous pouvez retirer ou modifier votre consentement à tout moment pour l'avenir."}},
    "quantcast": {"body": "tcf", "upper": True, "en": {
        "title": ["We value your privacy"], "accept": ["AGREE", "I ACCEPT", "ACCEPT ALL"],
        "reject": ["DISAGREE", "I DO NOT ACCEPT", "REJECT ALL"], "settings": ["MORE OPTIONS", "MANAGE OPTIONS"],
        "save": "SAVE & EXIT", "partners": "PARTNERS", "purposes": "PURPOSES", "object_all": "OBJECT ALL",
        "own": "We and our partners store and/or access information on a device, such as cookies, and process personal data such as unique identifiers for personalised ads and content, measurement and audience research. You can accept, or manage your choices, including your right to object where legitimate interest is used."},
        "de": {"title": ["Wir respektieren Ihre Privatsphäre"], "accept": ["ZUSTIMMEN", "AKZEPTIEREN", "ALLE AKZEPTIEREN"],
               "reject": ["ABLEHNEN", "NICHT ZUSTIMMEN", "ALLE ABLEHNEN"], "settings": ["WEITERE OPTIONEN", "OPTIONEN VERWALTEN"],
               "save": "SPEICHERN & VERLASSEN", "partners": "PARTNER", "purposes": "ZWECKE", "object_all": "ALLEN WIDERSPRECHEN",
               "own": "Wir und unsere Partner speichern Informationen auf einem Gerät, etwa Cookies, oder greifen darauf zu und verarbeiten personenbezogene Daten wie eindeutige Kennungen für personalisierte Anzeigen und Inhalte, Messungen und Zielgruppenforschung. Sie können zustimmen oder Ihre Auswahl verwalten, einschließlich Ihres Widerspruchsrechts bei berechtigtem Interesse."},
        "nl": {"title": ["Wij waarderen je privacy"], "accept": ["AKKOORD", "IK GA AKKOORD", "ALLES ACCEPTEREN"],
               "reject": ["NIET AKKOORD", "ALLES WEIGEREN", "ALLE VERWERPEN"], "settings": ["MEER OPTIES", "OPTIES BEHEREN"],
               "save": "OPSLAAN EN AFSLUITEN", "partners": "PARTNERS", "purposes": "DOELEINDEN", "object_all": "BEZWAAR TEGEN ALLES",
               "own": "Wij en onze partners slaan informatie op een apparaat op of lezen die uit, zoals cookies, en verwerken persoonsgegevens zoals unieke ID's voor gepersonaliseerde advertenties en content, metingen en publieksonderzoek. Je kunt akkoord gaan of je keuzes beheren, inclusief je recht van bezwaar bij gerechtvaardigd belang."},
        "fr": {"title": ["Le respect de votre vie privée est notre priorité", "Nous respectons votre vie privée"],
               "accept": ["J'ACCEPTE", "ACCEPTER", "TOUT ACCEPTER"], "reject": ["JE REFUSE", "REFUSER", "TOUT REFUSER"],
               "settings": ["PLUS D'OPTIONS", "PARAMÉTRER LES COOKIES"], "save": "ENREGISTRER ET QUITTER",
               "partners": "PARTENAIRES", "purposes": "FINALITÉS", "object_all": "S'OPPOSER À TOUT",
               "own": "Nos partenaires et nous-mêmes stockons et/ou accédons à des informations sur un appareil, comme des cookies, et traitons des données personnelles comme des identifiants uniques pour la publicité et les contenus personnalisés, la mesure et les études d'audience. Vous pouvez accepter ou gérer vos choix, y compris votre droit d'opposition lorsque l'intérêt légitime est invoqué."}},
    "sourcepoint": {"body": "tcf", "en": {
        "title": ["We care about your privacy", "Your choice on cookies", "Privacy notice"],
        "accept": ["Accept", "Accept all", "Yes, I'm happy"], "reject": ["Reject", "Reject all", "No, thanks"],
        "settings": ["Settings", "Options", "Manage preferences"], "save": "Save & Exit", "pc_title": "Privacy Manager",
        "own": "We and our partners use cookies and other technologies to store and access personal data on your device, such as browsing data or unique identifiers, to personalise ads and content, measure them and improve our products."},
        "de": {"title": ["Wir respektieren Ihre Privatsphäre", "Ihre Wahl zu Cookies"],
               "accept": ["Akzeptieren", "Alle akzeptieren", "Zustimmen"], "reject": ["Ablehnen", "Alle ablehnen"],
               "settings": ["Einstellungen", "Optionen", "Auswahl verwalten"], "save": "Speichern & schließen", "pc_title": "Datenschutz-Manager",
               "own": "Wir und unsere Partner verwenden Cookies und andere Technologien, um personenbezogene Daten wie Nutzungsdaten oder eindeutige Kennungen auf Ihrem Gerät zu speichern und abzurufen, um Anzeigen und Inhalte zu personalisieren, sie zu messen und unsere Produkte zu verbessern."},
        "nl": {"title": ["Wij respecteren je privacy", "Jouw keuze over cookies"],
               "accept": ["Accepteren", "Alles accepteren", "Akkoord"], "reject": ["Weigeren", "Alles weigeren"],
               "settings": ["Opties", "Voorkeuren beheren"], "save": "Opslaan en sluiten", "pc_title": "Privacybeheer",
               "own": "Wij en onze partners gebruiken cookies en andere technologieën om persoonsgegevens op je apparaat op te slaan en te lezen, zoals surfgegevens of unieke ID's, om advertenties en content te personaliseren, te meten en onze producten te verbeteren."},
        "fr": {"title": ["Nous respectons votre vie privée", "Vos choix en matière de cookies"],
               "accept": ["Accepter", "Tout accepter", "J'accepte"], "reject": ["Refuser", "Tout refuser"],
               "settings": ["Paramétrer", "Gérer les options", "Options"], "save": "Enregistrer et fermer", "pc_title": "Gestionnaire de confidentialité",
               "own": "Nos partenaires et nous utilisons des cookies et d'autres technologies pour stocker et consulter des données personnelles sur votre appareil, comme des données de navigation ou des identifiants uniques, afin de personnaliser et mesurer les publicités et les contenus et d'améliorer nos produits."}},
    "trustarc": {"body": "simple", "en": {
        "title": ["How we use cookies", "Cookie Preferences", "This site uses cookies"],
        "accept": ["Agree and Proceed", "Accept All", "Accept Cookies"], "reject": ["Required Only", "Decline All", "Reject All"],
        "settings": ["Cookie Preferences", "More Information", "Manage Preferences"], "save": "Submit Preferences",
        "cats": ["Functional Cookies", "Advertising Cookies"], "ess": "Required Cookies",
        "own": "We and our partners use cookies and similar tools to keep this site running, to analyse traffic, to improve your visit and for advertising. Details are in our privacy statement. Agree to all of them, or choose which ones you allow."},
        "de": {"title": ["Wie wir Cookies verwenden", "Cookie-Präferenzen"],
               "accept": ["Zustimmen und fortfahren", "Alle akzeptieren"], "reject": ["Nur erforderliche", "Alle ablehnen"],
               "settings": ["Cookie-Präferenzen", "Weitere Informationen"], "save": "Präferenzen übermitteln",
               "cats": ["Funktionale Cookies", "Werbe-Cookies"], "ess": "Erforderliche Cookies",
               "own": "Wir und unsere Partner nutzen Cookies und ähnliche Werkzeuge, um diese Website zu betreiben, Zugriffe zu analysieren, Ihren Besuch zu verbessern und für Werbung. Details finden Sie in unserer Datenschutzerklärung. Stimmen Sie allen zu oder wählen Sie selbst aus."},
        "nl": {"title": ["Hoe wij cookies gebruiken", "Cookievoorkeuren"],
               "accept": ["Akkoord en doorgaan", "Alles accepteren"], "reject": ["Alleen vereiste", "Alles weigeren"],
               "settings": ["Cookievoorkeuren", "Meer informatie"], "save": "Voorkeuren opslaan",
               "cats": ["Functionele cookies", "Advertentiecookies"], "ess": "Vereiste cookies",
               "own": "Wij en onze partners gebruiken cookies en vergelijkbare tools om deze site te laten werken, het verkeer te analyseren, je bezoek te verbeteren en voor advertenties. Details staan in onze privacyverklaring. Ga met alles akkoord of kies zelf wat je toestaat."},
        "fr": {"title": ["Comment nous utilisons les cookies", "Préférences en matière de cookies"],
               "accept": ["Accepter et continuer", "Tout accepter"], "reject": ["Uniquement les cookies requis", "Tout refuser"],
               "settings": ["Préférences de cookies", "Plus d'informations"], "save": "Envoyer les préférences",
               "cats": ["Cookies fonctionnels", "Cookies publicitaires"], "ess": "Cookies requis",
               "own": "Nos partenaires et nous utilisons des cookies et outils similaires pour faire fonctionner ce site, analyser le trafic, améliorer votre visite et pour la publicité. Les détails figurent dans notre déclaration de confidentialité. Acceptez-les tous ou choisissez ceux que vous autorisez."}},
    "borlabs": {"body": "simple", "en": {
        "title": ["Privacy Preference", "Cookie preferences"], "accept": ["Accept all", "I accept"],
        "reject": ["Accept only essential cookies", "Only essential", "Reject"],
        "settings": ["Individual Privacy Preferences", "Individual settings"], "save": "Save",
        "cats": ["Statistics", "Marketing", "External Media"], "ess": "Essential",
        "legal": ["Cookie Details", "Privacy Policy", "Imprint"],
        "own": "Before you carry on, we need your consent. Under 16? Then please ask a parent or guardian before agreeing to optional services. We use cookies and other technologies: some are essential for the site, others help us make the site and your visit better."},
        "de": {"title": ["Datenschutzeinstellungen", "Privatsphäre-Einstellungen"], "accept": ["Alle akzeptieren", "Ich akzeptiere"],
               "reject": ["Nur essenzielle Cookies akzeptieren", "Nur essenzielle Cookies", "Ablehnen"],
               "settings": ["Individuelle Datenschutzeinstellungen", "Individuelle Einstellungen"], "save": "Speichern",
               "cats": ["Statistiken", "Marketing", "Externe Medien"], "ess": "Essenziell",
               "legal": ["Cookie-Details", "Datenschutzerklärung", "Impressum"],
               "own": "Bevor Sie weitersurfen, benötigen wir Ihre Einwilligung. Sie sind unter 16? Dann fragen Sie bitte Ihre Eltern, bevor Sie optionalen Diensten zustimmen. Wir setzen Cookies und andere Technologien ein: Einige sind für die Website unverzichtbar, andere helfen uns, die Website und Ihren Besuch zu verbessern."},
        "nl": {"title": ["Privacyvoorkeur", "Privacy-instellingen"], "accept": ["Alles accepteren", "Ik accepteer"],
               "reject": ["Alleen essentiële cookies accepteren", "Alleen essentiële cookies"],
               "settings": ["Individuele privacyvoorkeuren", "Individuele instellingen"], "save": "Opslaan",
               "cats": ["Statistieken", "Marketing", "Externe media"], "ess": "Essentieel",
               "legal": ["Cookiedetails", "Privacyverklaring", "Colofon"],
               "own": "Voordat je verdergaat, hebben we je toestemming nodig. Ben je jonger dan 16? Vraag dan eerst je ouders voordat je instemt met optionele diensten. We gebruiken cookies en andere technieken: sommige zijn onmisbaar voor de site, andere helpen ons de site en je bezoek te verbeteren."},
        "fr": {"title": ["Préférences de confidentialité"], "accept": ["Tout accepter", "J'accepte"],
               "reject": ["N'accepter que les cookies essentiels", "Cookies essentiels uniquement"],
               "settings": ["Préférences de confidentialité individuelles", "Réglages individuels"], "save": "Enregistrer",
               "cats": ["Statistiques", "Marketing", "Médias externes"], "ess": "Essentiels",
               "legal": ["Détails des cookies", "Politique de confidentialité", "Mentions légales"],
               "own": "Avant de continuer, nous avons besoin de votre consentement. Vous avez moins de 16 ans ? Demandez d'abord à vos parents avant d'accepter des services facultatifs. Nous utilisons des cookies et d'autres technologies : certains sont indispensables au site, d'autres nous aident à améliorer le site et votre visite."}},
    "complianz": {"body": "simple", "en": {
        "title": ["Manage Cookie Consent", "Manage consent"], "accept": ["Accept", "Accept cookies"], "reject": ["Deny", "Decline"],
        "settings": ["View preferences", "Preferences"], "save": "Save preferences",
        "cats": ["Preferences", "Statistics", "Marketing"], "ess": "Functional",
        "own": "We use cookies and similar technologies to store and read information on your device. With your consent we can process data such as your browsing behaviour on this site. If you do not consent, or withdraw it later, some features may not work as intended."},
        "de": {"title": ["Cookie-Zustimmung verwalten", "Zustimmung verwalten"], "accept": ["Akzeptieren", "Cookies akzeptieren"],
               "reject": ["Ablehnen", "Verweigern"], "settings": ["Einstellungen ansehen", "Präferenzen"], "save": "Einstellungen speichern",
               "cats": ["Vorlieben", "Statistiken", "Marketing"], "ess": "Funktional",
               "own": "Wir verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und auszulesen. Mit Ihrer Zustimmung können wir Daten wie Ihr Surfverhalten auf dieser Website verarbeiten. Ohne Zustimmung oder nach einem Widerruf funktionieren manche Funktionen womöglich nicht wie vorgesehen."},
        "nl": {"title": ["Beheer cookietoestemming", "Toestemming beheren"], "accept": ["Accepteren", "Cookies accepteren"],
               "reject": ["Weigeren", "Afwijzen"], "settings": ["Voorkeuren bekijken", "Voorkeuren"], "save": "Voorkeuren opslaan",
               "cats": ["Voorkeuren", "Statistieken", "Marketing"], "ess": "Functioneel",
               "own": "We gebruiken cookies en vergelijkbare technieken om informatie op je apparaat op te slaan en te lezen. Met je toestemming kunnen we gegevens zoals je surfgedrag op deze site verwerken. Geef je geen toestemming of trek je die later in, dan werken sommige functies mogelijk niet zoals bedoeld."},
        "fr": {"title": ["Gérer le consentement aux cookies", "Gérer le consentement"], "accept": ["Accepter", "Accepter les cookies"],
               "reject": ["Refuser", "Je refuse"], "settings": ["Voir les préférences", "Préférences"], "save": "Enregistrer les préférences",
               "cats": ["Préférences", "Statistiques", "Marketing"], "ess": "Fonctionnel",
               "own": "Nous utilisons des cookies et technologies similaires pour enregistrer et lire des informations sur votre appareil. Avec votre accord, nous pouvons traiter des données comme votre navigation sur ce site. Sans accord, ou après un retrait, certaines fonctions peuvent ne pas marcher comme prévu."}},
    "cookieyes": {"body": "simple", "en": {
        "title": ["We value your privacy", "Cookie consent"], "accept": ["Accept All", "Accept"], "reject": ["Reject All", "Reject"],
        "settings": ["Customise", "Customize", "Cookie Settings"], "save": "Save My Preferences",
        "pc_title": "Customise Consent Preferences", "cats": ["Functional", "Analytics", "Performance", "Advertisement"], "ess": "Necessary",
        "own": "This site uses cookies to make browsing smoother, to personalise ads and content and to understand our traffic. Choose \"Accept All\" to allow all of them."},
        "de": {"title": ["Wir respektieren Ihre Privatsphäre", "Cookie-Zustimmung"], "accept": ["Alle akzeptieren", "Akzeptieren"],
               "reject": ["Alle ablehnen", "Ablehnen"], "settings": ["Anpassen", "Cookie-Einstellungen"], "save": "Meine Einstellungen speichern",
               "pc_title": "Zustimmungseinstellungen anpassen", "cats": ["Funktional", "Analyse", "Leistung", "Werbung"], "ess": "Notwendig",
               "own": "Diese Website nutzt Cookies, um das Surfen angenehmer zu machen, Werbung und Inhalte zu personalisieren und unsere Zugriffe zu verstehen. Wählen Sie „Alle akzeptieren“, um alle zu erlauben."},
        "nl": {"title": ["Wij waarderen uw privacy", "Cookietoestemming"], "accept": ["Alles accepteren", "Accepteren"],
               "reject": ["Alles weigeren", "Weigeren"], "settings": ["Aanpassen", "Cookie-instellingen"], "save": "Mijn voorkeuren opslaan",
               "pc_title": "Toestemmingsvoorkeuren aanpassen", "cats": ["Functioneel", "Analytisch", "Prestaties", "Advertentie"], "ess": "Noodzakelijk",
               "own": "Deze site gebruikt cookies om het surfen prettiger te maken, advertenties en content te personaliseren en ons verkeer te begrijpen. Kies ‘Alles accepteren’ om ze allemaal toe te staan."},
        "fr": {"title": ["Nous respectons votre vie privée", "Consentement aux cookies"], "accept": ["Tout accepter", "Accepter"],
               "reject": ["Tout refuser", "Refuser"], "settings": ["Personnaliser", "Paramètres des cookies"], "save": "Enregistrer mes préférences",
               "pc_title": "Personnaliser les préférences de consentement", "cats": ["Fonctionnel", "Analytique", "Performance", "Publicité"], "ess": "Nécessaire",
               "own": "Ce site utilise des cookies pour rendre la navigation plus fluide, personnaliser publicités et contenus et comprendre notre trafic. Choisissez « Tout accepter » pour tous les autoriser."}},
    "iubenda": {"body": "simple", "en": {
        "title": ["Notice", "Cookie notice"], "accept": ["Accept", "Accept all"], "reject": ["Reject", "Reject all"],
        "settings": ["Learn more and customise", "Customise"], "save": "Save and continue", "pc_title": "Your consent preferences",
        "cats": ["Experience enhancement", "Measurement", "Targeting & Advertising"], "ess": "Strictly necessary",
        "own": "Besides technical cookies, we and some third parties would like to use cookies for further purposes described in our cookie policy, but only with your consent. If you refuse, some related features may not be available."},
        "de": {"title": ["Hinweis", "Cookie-Hinweis"], "accept": ["Akzeptieren", "Alle akzeptieren"], "reject": ["Ablehnen", "Alle ablehnen"],
               "settings": ["Mehr erfahren und anpassen", "Anpassen"], "save": "Speichern und fortfahren", "pc_title": "Ihre Einwilligungseinstellungen",
               "cats": ["Verbesserung der Nutzererfahrung", "Messung", "Targeting und Werbung"], "ess": "Unbedingt erforderlich",
               "own": "Neben technischen Cookies möchten wir und einige Dritte Cookies für weitere Zwecke verwenden, die in unserer Cookie-Richtlinie beschrieben sind, aber nur mit Ihrer Einwilligung. Wenn Sie ablehnen, sind manche damit verbundenen Funktionen eventuell nicht verfügbar."},
        "nl": {"title": ["Mededeling", "Cookiemelding"], "accept": ["Accepteren", "Alles accepteren"], "reject": ["Weigeren", "Alles weigeren"],
               "settings": ["Meer informatie en aanpassen", "Aanpassen"], "save": "Opslaan en doorgaan", "pc_title": "Je toestemmingsvoorkeuren",
               "cats": ["Verbetering van de ervaring", "Meting", "Targeting en advertenties"], "ess": "Strikt noodzakelijk",
               "own": "Naast technische cookies willen wij en enkele derden cookies gebruiken voor andere doeleinden die in ons cookiebeleid staan, maar alleen met je toestemming. Als je weigert, zijn sommige functies misschien niet beschikbaar."},
        "fr": {"title": ["Avis", "Information cookies"], "accept": ["Accepter", "Tout accepter"], "reject": ["Refuser", "Tout refuser"],
               "settings": ["En savoir plus et personnaliser", "Personnaliser"], "save": "Enregistrer et continuer", "pc_title": "Vos préférences de consentement",
               "cats": ["Amélioration de l'expérience", "Mesure", "Ciblage et publicité"], "ess": "Strictement nécessaires",
               "own": "En plus des cookies techniques, nous et certains tiers souhaitons utiliser des cookies pour d'autres finalités décrites dans notre politique cookies, mais uniquement avec votre accord. En cas de refus, certaines fonctions associées pourraient ne pas être disponibles."}},
    "axeptio": {"body": "simple", "en": {
        "title": ["Hi there, we use cookies 🍪", "Can we offer you a few cookies?", "Cookies, yes or no?"], "sub": "You decide.",
        "accept": ["OK for me", "Accept all", "Sounds good"], "reject": ["No thanks", "Refuse all"],
        "settings": ["I choose", "Let me choose"], "save": "Save my choices", "corner": "Continue without accepting →",
        "cats": ["Audience measurement", "Advertising", "Videos and social networks"],
        "own": "We'd like to use cookies to understand how you use our site and to show you our products on other sites. They are only set with your consent, and you can change your mind at any time."},
        "de": {"title": ["Hallo, wir verwenden Cookies 🍪", "Dürfen wir Ihnen Cookies anbieten?"], "sub": "Sie entscheiden.",
               "accept": ["Für mich OK", "Alle akzeptieren"], "reject": ["Nein danke", "Alle ablehnen"],
               "settings": ["Ich wähle selbst", "Auswählen"], "save": "Auswahl speichern", "corner": "Weiter ohne Zustimmung →",
               "cats": ["Reichweitenmessung", "Werbung", "Videos und soziale Netzwerke"],
               "own": "Wir möchten Cookies verwenden, um zu verstehen, wie Sie unsere Website nutzen, und Ihnen unsere Produkte auf anderen Websites zu zeigen. Sie werden nur mit Ihrer Zustimmung gesetzt, und Sie können Ihre Meinung jederzeit ändern."},
        "nl": {"title": ["Hallo, wij gebruiken cookies 🍪", "Mogen we je een paar cookies aanbieden?"], "sub": "Jij beslist.",
               "accept": ["Prima voor mij", "Alles accepteren"], "reject": ["Nee bedankt", "Alles weigeren"],
               "settings": ["Ik kies zelf", "Zelf kiezen"], "save": "Keuze opslaan", "corner": "Doorgaan zonder te accepteren →",
               "cats": ["Bezoekersmeting", "Advertenties", "Video's en sociale netwerken"],
               "own": "We willen cookies gebruiken om te begrijpen hoe je onze site gebruikt en om je onze producten op andere sites te laten zien. Ze worden alleen geplaatst met jouw toestemming, en je kunt je keuze altijd wijzigen."},
        "fr": {"title": ["Un petit cookie ? 🍪", "Ce site utilise des cookies"], "sub": "C'est vous qui décidez.",
               "accept": ["OK pour moi", "Tout accepter"], "reject": ["Non merci", "Tout refuser"],
               "settings": ["Je choisis", "Personnaliser"], "save": "Valider mes choix", "corner": "Continuer sans accepter →",
               "cats": ["Mesure d'audience", "Publicité", "Vidéos et réseaux sociaux"],
               "own": "Nous aimerions utiliser des cookies pour comprendre comment vous utilisez notre site et vous montrer nos produits sur d'autres sites. Ils ne sont déposés qu'avec votre accord, et vous pouvez changer d'avis à tout moment."}},
    "consentmanager": {"body": "tcf", "en": {
        "title": ["We need your consent", "We respect your privacy"], "accept": ["Accept all", "Accept"], "reject": ["Reject all", "Reject"],
        "settings": ["Settings", "Customize"], "save": "Save + exit", "more": "more",
        "own": "We and our partners use cookies and similar technologies on this website to store and/or access information on your device and to process personal data. Some partners use your data on the basis of legitimate interest. You can change or withdraw your consent at any time."},
        "de": {"title": ["Wir benötigen Ihre Zustimmung", "Wir respektieren Ihre Privatsphäre"], "accept": ["Alle akzeptieren", "Akzeptieren"],
               "reject": ["Alle ablehnen", "Ablehnen"], "settings": ["Einstellungen", "Auswahl anpassen", "Einstellungen oder ablehnen"],
               "save": "Speichern + Verlassen", "more": "mehr",
               "own": "Wir und unsere Partner verwenden auf dieser Website Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und/oder abzurufen und personenbezogene Daten zu verarbeiten. Einige Partner nutzen Ihre Daten auf Grundlage eines berechtigten Interesses. Sie können Ihre Einwilligung jederzeit ändern oder widerrufen."},
        "nl": {"title": ["Wij hebben uw toestemming nodig", "Wij respecteren uw privacy"], "accept": ["Alles accepteren", "Accepteren"],
               "reject": ["Alles weigeren", "Weigeren"], "settings": ["Instellingen", "Uw keuze aanpassen"], "save": "Opslaan + afsluiten", "more": "meer",
               "own": "Wij en onze partners gebruiken op deze website cookies en vergelijkbare technieken om informatie op uw apparaat op te slaan en/of te lezen en persoonsgegevens te verwerken. Sommige partners gebruiken uw gegevens op basis van gerechtvaardigd belang. U kunt uw toestemming altijd wijzigen of intrekken."},
        "fr": {"title": ["Nous avons besoin de votre consentement", "Nous respectons votre vie privée"], "accept": ["Tout accepter", "Accepter"],
               "reject": ["Tout refuser", "Refuser"], "settings": ["Paramètres", "Personnaliser votre choix"], "save": "Enregistrer + quitter", "more": "plus",
               "own": "Nos partenaires et nous utilisons sur ce site des cookies et technologies similaires pour stocker et/ou consulter des informations sur votre appareil et traiter des données personnelles. Certains partenaires utilisent vos données sur la base de leur intérêt légitime. Vous pouvez modifier ou retirer votre consentement à tout moment."}},
    "sirdata": {"body": "tcf", "en": {
        "title": ["We respect your privacy", "Your privacy, your choice"], "accept": ["Accept all", "Accept and close"],
        "reject": ["Refuse all", "Do not accept"], "settings": ["Customise", "My choices"], "save": "Save my choices",
        "corner": "Continue without accepting",
        "own": "{site} and its {n} partners use cookies and other trackers to store and read information on your device, to measure audience and to show you personalised advertising and content."},
        "de": {"title": ["Wir respektieren Ihre Privatsphäre", "Ihre Daten, Ihre Wahl"], "accept": ["Alle akzeptieren", "Akzeptieren und schließen"],
               "reject": ["Alle ablehnen", "Nicht akzeptieren"], "settings": ["Auswahl festlegen", "Anpassen"], "save": "Auswahl speichern",
               "corner": "Ohne Zustimmung fortfahren",
               "own": "{site} und seine {n} Partner verwenden Cookies und andere Tracker, um Informationen auf Ihrem Gerät zu speichern und auszulesen, die Reichweite zu messen und Ihnen personalisierte Werbung und Inhalte anzuzeigen."},
        "nl": {"title": ["Wij respecteren je privacy", "Jouw gegevens, jouw keuze"], "accept": ["Alles accepteren", "Accepteren en sluiten"],
               "reject": ["Alles weigeren", "Niet accepteren"], "settings": ["Keuzes instellen", "Aanpassen"], "save": "Keuzes opslaan",
               "corner": "Doorgaan zonder te accepteren",
               "own": "{site} en zijn {n} partners gebruiken cookies en andere trackers om informatie op je apparaat op te slaan en te lezen, het bereik te meten en je gepersonaliseerde advertenties en content te tonen."},
        "fr": {"title": ["Nous respectons votre vie privée", "Vos données, vos choix"], "accept": ["Tout accepter", "Accepter et fermer"],
               "reject": ["Tout refuser", "Ne pas accepter"], "settings": ["Personnaliser", "Mes choix"], "save": "Enregistrer mes choix",
               "corner": "Continuer sans accepter",
               "own": "{site} et ses {n} partenaires utilisent des cookies et d'autres traceurs pour stocker et lire des informations sur votre appareil, mesurer l'audience et vous proposer des publicités et contenus personnalisés."}},
}

# Consent-O-Matic rule names whose real labels (in element_roles.csv) belong to one of our CMPs.
COM_RULES = {"quantcast2b": "quantcast", "sourcepoint_frame_2022": "sourcepoint", "consentmanager.net": "consentmanager",
             "Sirdata": "sirdata", "cookiebot": "cookiebot"}

# Where the ids and class names come from (../../../shared/data/sources/...).
SELECTOR_SOURCES = {
    "onetrust": "Mozilla cookie-banner rules, Cookie Dialog Monster, Consent-O-Matic (onetrust*), EasyList Cookie",
    "cookiebot": "Mozilla cookie-banner rules, Consent-O-Matic (cookiebot), Cookie Dialog Monster",
    "didomi": "DuckDuckGo autoconsent (didomi), Mozilla cookie-banner rules, Consent-O-Matic (didomi.io)",
    "usercentrics": "DuckDuckGo autoconsent (usercentrics-api, usercentrics-button), Cookie Dialog Monster",
    "quantcast": "DuckDuckGo autoconsent (quantcast), Mozilla cookie-banner rules, Cookie Dialog Monster",
    "sourcepoint": "Consent-O-Matic (sourcepoint*), EasyList Cookie (sp_message_container_)",
    "trustarc": "Mozilla cookie-banner rules, DuckDuckGo autoconsent (trustarc-newcm), Cookie Dialog Monster",
    "borlabs": "DuckDuckGo autoconsent (borlabs), Consent-O-Matic (borlabs), Cookie Dialog Monster",
    "complianz": "DuckDuckGo autoconsent (complianz-*), Consent-O-Matic (complianz.io), EasyList Cookie",
    "cookieyes": "DuckDuckGo autoconsent (cookieyes), Mozilla cookie-banner rules, Cookie Dialog Monster",
    "iubenda": "DuckDuckGo autoconsent (iubenda), Mozilla cookie-banner rules, Cookie Dialog Monster",
    "axeptio": "DuckDuckGo autoconsent (axeptio), Cookie Dialog Monster",
    "consentmanager": "Consent-O-Matic (consentmanager.net), Mozilla cookie-banner rules, Cookie Dialog Monster, EasyList Cookie",
    "sirdata": "DuckDuckGo autoconsent (sirdata), Consent-O-Matic (sirdata), Mozilla cookie-banner rules",
}


# ---------------------------------------------------------------------------
# The sites behind the screens: fictional names, five kinds of page.

SITE_WORDS = {
    "en": {
        "news": (["Northfield", "Harbour", "Riverside", "Westmoor", "Kingsbridge", "Ashdown", "Greyford", "Lakeview", "Marlow", "Dunmore"],
                 ["Gazette", "Chronicle", "Post", "Observer", "Herald", "Courier", "Dispatch", "Sentinel"]),
        "shop": (["Oak", "Bright", "Nordic", "Trail", "Pixel", "Fern", "Copper", "Urban", "Maple", "Harbour"],
                 ["& Ember", "Basket", "Nest Home", "Supply Co.", "Parts", "& Field", "Kettle", "Loom", "Outfitters", "Goods"]),
        "blog": (["Crumbs", "Weekend", "Slow", "Little", "Wild", "Cosy", "Green", "Simple"],
                 ["Kitchen", "Garden Diary", "Bakes", "Table", "Makers", "Stitches", "Plates", "Cook"]),
        "travel": (["Coastal", "Highland", "Island", "Harbourside", "Old Town", "Meadow", "Cliffside", "Riverbank"],
                   ["Stays", "Escapes", "Lodges", "Holidays", "Cottages", "Retreats"]),
        "service": (["Clearpath", "Brightline", "Northstar", "Evergreen", "Bluewater", "Keystone", "Silverleaf", "Redwood"],
                    ["Insurance", "Energy", "Broadband", "Bank", "Mobile", "Analytics"]),
    },
    "de": {
        "news": (["Havel", "Weser", "Allgäuer", "Spree", "Mosel", "Harz", "Elbtal", "Ostsee", "Neckar", "Taunus"],
                 ["Kurier", "Bote", "Anzeiger", "Rundschau", "Zeitung", "Nachrichten", "Tagblatt", "Echo"]),
        "shop": (["Holz", "Garten", "Küchen", "Rad", "Wander", "Wohn", "Technik", "Papier", "Tee", "Woll"],
                 ["werk", "liebe", "kontor", "laden", "haus", "zeit", "welt", "stube", "markt", "manufaktur"]),
        "blog": (["Backstube", "Gartenglück", "Kochzeit", "Nähkästchen", "Landküche", "Feierabend", "Grünzeug", "Ofenfrisch"],
                 ["Blog", "Journal", "Magazin", "Notizen"]),
        "travel": (["Seeblick", "Bergidyll", "Hafenhotel", "Landgasthof", "Dünenhaus", "Waldhof", "Alpenrose", "Fährhaus"],
                   ["Ferien", "Hotel", "Urlaub", "Resort"]),
        "service": (["Stadtwerke", "Nordstrom", "Klarsicht", "Sicher", "Weitblick", "Rheintal", "Netz", "Kontor"],
                    ["Versicherung", "Energie", "Bank", "Mobilfunk", "Direkt"]),
    },
    "nl": {
        "news": (["Dagblad", "Nieuwsblad", "Courant", "Stadskrant", "Nieuwsbode"],
                 ["van het Noorden", "Westland", "Veluwe", "IJssel", "Maasland", "Kennemerland", "Drenthe", "Zeeland"]),
        "shop": (["Fiets", "Tuin", "Keuken", "Wonen", "Thee", "Boeken", "Speelgoed", "Wol"],
                 ["hoek", "winkel", "huis", "plein", "paleis", "markt", "kelder", "zolder"]),
        "blog": (["Smulhuis", "Moestuin", "Bakdag", "Kookschrift", "Groen", "Haakwerk", "Lekker", "Stoof"],
                 ["Blog", "Dagboek", "Keuken", "Recepten"]),
        "travel": (["Duinzicht", "Strandhuys", "Waddenhof", "Polderlodge", "Boshuis", "Havenlicht", "Dijkhuis", "Heidezicht"],
                   ["Vakanties", "Hotel", "Verblijven", "Resort"]),
        "service": (["Helder", "Polder", "Kustlijn", "Zeker", "Oranje", "Noorder", "Stroom", "Delta"],
                    ["Verzekeringen", "Energie", "Bank", "Mobiel", "Direct"]),
    },
    "fr": {
        "news": (["Le Courrier", "L'Écho", "La Dépêche", "Le Journal", "La Gazette", "Le Progrès", "L'Éclaireur", "La Voix"],
                 ["de Loire", "des Alpes", "du Midi", "de Bretagne", "d'Alsace", "du Rhône", "de l'Ouest", "des Landes"]),
        "shop": (["Maison", "Atelier", "Jardin", "Boutique", "Comptoir", "Cuisine", "Épicerie", "Papeterie"],
                 ["Lumière", "du Lin", "Verdure", "Céleste", "des Arts", "Gourmande", "Fine", "Bleue"]),
        "blog": (["Carnet", "Petits Plats", "Jardin", "Tricot", "Cuisine", "Balade"],
                 ["Gourmand", "de Julie", "du Dimanche", "Malin", "Facile", "en Famille"]),
        "travel": (["Villa", "Domaine", "Hôtel", "Gîtes", "Les Terrasses", "Le Mas"],
                   ["des Pins", "Azur", "du Lac", "des Vignes", "du Port", "des Oliviers"]),
        "service": (["Assur", "Énergie", "Banque", "Mutuelle", "Télécom", "Crédit"],
                    ["Plus", "Direct", "Horizon", "Azur", "Confiance", "Avenir"]),
    },
}
TLDS = {"en": ["co.uk", "com", "ie", "co.uk"], "de": ["de", "de", "at", "de"], "nl": ["nl", "nl", "be", "nl"],
        "fr": ["fr", "fr", "be", "fr"]}

PAGE = {
    "en": {
        "nav": {"news": ["News", "World", "Business", "Sport", "Culture", "Opinion"],
                "shop": ["New in", "Home", "Kitchen", "Garden", "Sale", "Gift ideas"],
                "blog": ["Recipes", "Baking", "Garden", "About me", "Shop"],
                "travel": ["Rooms", "Offers", "Spa", "Restaurant", "Location", "Book now"],
                "service": ["Products", "Prices", "Help", "Business", "Log in"]},
        "news": (["Council backs plan for car-free high street", "Flood defences finished a year early",
                  "Local bakery wins national award", "Rail fares to rise again in spring", "School meals: what changes in autumn"],
                 ["Traders had been divided over the proposal, but a narrow majority voted in favour on Tuesday night.",
                  "Work on the riverside wall began three years ago and cost less than first planned, officials said.",
                  "The judges praised the sourdough and the long queue that forms outside every Saturday morning.",
                  "Passenger groups said the increase would hit commuters hardest and called for a fares freeze."]),
        "shop": (["Linen tea towel", "Stoneware mug", "Wool throw", "Oak chopping board", "Glass carafe", "Herb planter", "Enamel jug"],
                 "Add to basket", "Free delivery over €50"),
        "blog": (["The easiest lemon cake you will ever bake", "What I planted in the vegetable patch this month",
                  "A slow Sunday stew for cold evenings"],
                 ["This cake has been a family favourite for years and needs nothing more than one bowl and a whisk.",
                  "Start with soft butter and good eggs; the rest is patience and a warm oven.",
                  "Leave it to cool completely before you add the glaze, or it will run straight off."]),
        "travel": (["Sea-view rooms from €89", "Spring break for two", "Our restaurant by the harbour"],
                   ["Wake up to the sound of the waves and enjoy breakfast on the terrace.",
                    "All rooms have been renovated and come with a private balcony."]),
        "service": (["Switch in five minutes", "Simple prices, no surprises", "Help when you need it"],
                    ["Compare our plans and find the one that fits your home.",
                     "Our customer team is available seven days a week by phone and chat."]),
        "footer": ["About us", "Contact", "Terms", "Privacy", "Accessibility"],
        "rights": "All rights reserved", "cookie_link": ["Cookie settings", "Privacy settings", "Manage cookies"],
    },
    "de": {
        "nav": {"news": ["Politik", "Wirtschaft", "Sport", "Kultur", "Region", "Meinung"],
                "shop": ["Neuheiten", "Wohnen", "Küche", "Garten", "Sale", "Geschenkideen"],
                "blog": ["Rezepte", "Backen", "Garten", "Über mich", "Shop"],
                "travel": ["Zimmer", "Angebote", "Wellness", "Restaurant", "Anreise", "Buchen"],
                "service": ["Tarife", "Preise", "Hilfe", "Geschäftskunden", "Anmelden"]},
        "news": (["Stadtrat stimmt für autofreie Innenstadt", "Hochwasserschutz ein Jahr früher fertig",
                  "Bäckerei aus der Altstadt gewinnt Bundespreis", "Bahnpreise steigen im Frühjahr erneut", "Schulessen: Das ändert sich im Herbst"],
                 ["Die Händler waren uneins, am Dienstagabend stimmte aber eine knappe Mehrheit für den Vorschlag.",
                  "Die Arbeiten an der Ufermauer begannen vor drei Jahren und kosteten weniger als geplant, hieß es aus dem Rathaus.",
                  "Die Jury lobte das Sauerteigbrot und die lange Schlange, die sich jeden Samstagmorgen bildet.",
                  "Fahrgastverbände kritisierten, die Erhöhung treffe vor allem Pendler, und forderten einen Preisstopp."]),
        "shop": (["Geschirrtuch aus Leinen", "Steingutbecher", "Wolldecke", "Schneidebrett aus Eiche", "Glaskaraffe", "Kräutertopf", "Emaillekanne"],
                 "In den Warenkorb", "Versandkostenfrei ab 50 €"),
        "blog": (["Der einfachste Zitronenkuchen der Welt", "Was ich diesen Monat ins Gemüsebeet gesetzt habe",
                  "Ein langsamer Sonntagseintopf für kalte Abende"],
                 ["Dieser Kuchen ist seit Jahren ein Familienliebling und braucht nur eine Schüssel und einen Schneebesen.",
                  "Beginnen Sie mit weicher Butter und guten Eiern, der Rest ist Geduld und ein warmer Ofen.",
                  "Lassen Sie ihn vollständig abkühlen, bevor die Glasur darauf kommt, sonst läuft sie herunter."]),
        "travel": (["Zimmer mit Seeblick ab 89 €", "Frühlingsauszeit für zwei", "Unser Restaurant am Hafen"],
                   ["Wachen Sie mit dem Rauschen der Wellen auf und frühstücken Sie auf der Terrasse.",
                    "Alle Zimmer wurden renoviert und haben einen eigenen Balkon."]),
        "service": (["In fünf Minuten wechseln", "Einfache Preise, keine Überraschungen", "Hilfe, wenn Sie sie brauchen"],
                    ["Vergleichen Sie unsere Tarife und finden Sie den passenden für Ihr Zuhause.",
                     "Unser Kundenservice ist sieben Tage die Woche per Telefon und Chat erreichbar."]),
        "footer": ["Über uns", "Kontakt", "AGB", "Datenschutz", "Impressum"],
        "rights": "Alle Rechte vorbehalten", "cookie_link": ["Cookie-Einstellungen", "Datenschutz-Einstellungen", "Privatsphäre"],
    },
    "nl": {
        "nav": {"news": ["Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Regio"],
                "shop": ["Nieuw", "Wonen", "Keuken", "Tuin", "Sale", "Cadeaus"],
                "blog": ["Recepten", "Bakken", "Moestuin", "Over mij", "Winkel"],
                "travel": ["Kamers", "Aanbiedingen", "Wellness", "Restaurant", "Route", "Boeken"],
                "service": ["Producten", "Prijzen", "Klantenservice", "Zakelijk", "Inloggen"]},
        "news": (["Gemeenteraad kiest voor autovrije binnenstad", "Dijkversterking een jaar eerder klaar",
                  "Bakkerij uit het centrum wint landelijke prijs", "Treinkaartje in het voorjaar weer duurder", "Schoollunch: dit verandert na de zomer"],
                 ["Ondernemers waren verdeeld, maar dinsdagavond stemde een kleine meerderheid voor het voorstel.",
                  "Het werk aan de dijk begon drie jaar geleden en kostte minder dan gepland, aldus de gemeente.",
                  "De jury prees het zuurdesembrood en de lange rij die zich elke zaterdagochtend vormt.",
                  "Reizigersorganisaties zeggen dat vooral forenzen de klos zijn en vragen om een prijsstop."]),
        "shop": (["Linnen theedoek", "Stenen mok", "Wollen plaid", "Eikenhouten snijplank", "Glazen karaf", "Kruidenpot", "Emaille kan"],
                 "In winkelmand", "Gratis verzending vanaf € 50"),
        "blog": (["De makkelijkste citroencake ooit", "Wat ik deze maand in de moestuin heb gezet",
                  "Een trage zondagse stoofpot voor koude avonden"],
                 ["Deze cake is al jaren een favoriet in ons gezin en je hebt alleen een kom en een garde nodig.",
                  "Begin met zachte boter en goede eieren; de rest is geduld en een warme oven.",
                  "Laat hem helemaal afkoelen voordat je het glazuur erop doet, anders loopt het eraf."]),
        "travel": (["Kamers met zeezicht vanaf € 89", "Voorjaarsuitje voor twee", "Ons restaurant aan de haven"],
                   ["Word wakker met het geluid van de golven en ontbijt op het terras.",
                    "Alle kamers zijn vernieuwd en hebben een eigen balkon."]),
        "service": (["In vijf minuten overstappen", "Simpele prijzen, geen verrassingen", "Hulp wanneer je die nodig hebt"],
                    ["Vergelijk onze pakketten en kies wat bij jouw huis past.",
                     "Onze klantenservice is zeven dagen per week bereikbaar via telefoon en chat."]),
        "footer": ["Over ons", "Contact", "Voorwaarden", "Privacy", "Toegankelijkheid"],
        "rights": "Alle rechten voorbehouden", "cookie_link": ["Cookie-instellingen", "Privacy-instellingen", "Cookies beheren"],
    },
    "fr": {
        "nav": {"news": ["France", "International", "Économie", "Sport", "Culture", "Région"],
                "shop": ["Nouveautés", "Maison", "Cuisine", "Jardin", "Soldes", "Idées cadeaux"],
                "blog": ["Recettes", "Pâtisserie", "Potager", "À propos", "Boutique"],
                "travel": ["Chambres", "Offres", "Spa", "Restaurant", "Accès", "Réserver"],
                "service": ["Offres", "Tarifs", "Aide", "Professionnels", "Espace client"]},
        "news": (["Le conseil municipal vote un centre-ville sans voitures", "Les digues achevées avec un an d'avance",
                  "Une boulangerie du centre primée au concours national", "Les billets de train encore plus chers au printemps",
                  "Cantine scolaire : ce qui change à la rentrée"],
                 ["Les commerçants étaient partagés, mais une courte majorité a voté pour le projet mardi soir.",
                  "Les travaux sur la digue ont commencé il y a trois ans et ont coûté moins que prévu, selon la mairie.",
                  "Le jury a salué le pain au levain et la longue file d'attente qui se forme chaque samedi matin.",
                  "Les associations d'usagers estiment que les navetteurs seront les plus touchés et réclament un gel des prix."]),
        "shop": (["Torchon en lin", "Mug en grès", "Plaid en laine", "Planche à découper en chêne", "Carafe en verre", "Jardinière d'herbes", "Pichet émaillé"],
                 "Ajouter au panier", "Livraison offerte dès 50 €"),
        "blog": (["Le gâteau au citron le plus simple du monde", "Ce que j'ai planté au potager ce mois-ci",
                  "Un ragoût du dimanche pour les soirs d'hiver"],
                 ["Ce gâteau est un classique de la famille depuis des années : un saladier et un fouet suffisent.",
                  "Commencez avec du beurre mou et de bons œufs, le reste n'est que patience et four chaud.",
                  "Laissez-le refroidir complètement avant de le glacer, sinon le glaçage coule."]),
        "travel": (["Chambres vue mer dès 89 €", "Escapade de printemps à deux", "Notre restaurant sur le port"],
                   ["Réveillez-vous au bruit des vagues et prenez le petit-déjeuner en terrasse.",
                    "Toutes les chambres ont été rénovées et disposent d'un balcon privé."]),
        "service": (["Changez en cinq minutes", "Des prix simples, sans surprise", "De l'aide quand vous en avez besoin"],
                    ["Comparez nos offres et trouvez celle qui convient à votre foyer.",
                     "Notre service client répond sept jours sur sept par téléphone et par chat."]),
        "footer": ["Qui sommes-nous", "Contact", "CGV", "Confidentialité", "Accessibilité"],
        "rights": "Tous droits réservés", "cookie_link": ["Gestion des cookies", "Paramètres de confidentialité", "Gérer mes cookies"],
    },
}

# The kinds of site each CMP is typically found on (the first kind hosts the news-style walls).
CMP_SITE_KINDS = {
    "onetrust": ("news", "shop", "service"), "cookiebot": ("blog", "shop", "service"),
    "didomi": ("news", "shop"), "usercentrics": ("news", "shop", "travel"),
    "quantcast": ("news", "blog"), "sourcepoint": ("news",), "trustarc": ("news", "service", "shop"),
    "borlabs": ("blog", "travel", "shop"), "complianz": ("blog", "travel"), "cookieyes": ("blog", "shop"),
    "iubenda": ("news", "shop", "travel"), "axeptio": ("blog", "shop", "service"),
    "consentmanager": ("news", "shop"), "sirdata": ("news", "blog"),
}

FONTS = ["Helvetica Neue, Arial, sans-serif", "Georgia, 'Times New Roman', serif", "Roboto, Arial, sans-serif",
         "'Open Sans', Arial, sans-serif", "Lato, Helvetica, sans-serif", "system-ui, -apple-system, sans-serif",
         "Merriweather, Georgia, serif", "Inter, Arial, sans-serif", "Montserrat, Arial, sans-serif"]
BRANDS = ["#0b5cad", "#c8102e", "#1b4332", "#6a1b9a", "#e65100", "#00695c", "#283593", "#ad1457", "#2e7d32",
          "#37474f", "#b71c1c", "#004d40", "#0d47a1", "#5d4037", "#f9a825", "#00838f"]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def make_site(rng: random.Random, lang: str, kind: str, used: set) -> dict:
    first, second = SITE_WORDS[lang][kind]
    for _ in range(200):
        a, b = rng.choice(first), rng.choice(second)
        name = a + b if kind == "shop" and lang in ("de", "nl") else f"{a} {b}"
        if name not in used:
            used.add(name)
            break
    tld = rng.choice(TLDS[lang])
    domain = slug(name).replace("-", rng.choice(["", "-"])) + "." + tld
    return {"name": name, "domain": domain, "kind": kind, "brand": rng.choice(BRANDS), "font": rng.choice(FONTS),
            "layout": rng.choice(["wide", "boxed", "split"])}


def page_path(rng: random.Random, site: dict, lang: str) -> str:
    kind = site["kind"]
    if kind == "news":
        head = rng.choice(PAGE[lang]["news"][0])
        return rng.choice([f"/{slug(head)}", f"/{rng.choice(['region', 'news', 'article', 'lokales'])}/{slug(head)}-{rng.randrange(10**5, 10**6)}.html", "/"])
    if kind == "shop":
        return rng.choice(["/", f"/{slug(rng.choice(PAGE[lang]['nav']['shop']))}/", f"/p/{slug(rng.choice(PAGE[lang]['shop'][0]))}"])
    if kind == "blog":
        return rng.choice(["/", f"/{slug(rng.choice(PAGE[lang]['blog'][0]))}/"])
    return rng.choice(["/", f"/{slug(rng.choice(PAGE[lang]['nav'][kind]))}"])


def page_body(rng: random.Random, site: dict, lang: str, footer_extra: str = "") -> tuple[str, str, str]:
    """(title, css, body html) of the page behind the consent screen."""
    p = PAGE[lang]
    kind = site["kind"]
    nav = "".join(f'<a href="/{slug(n)}/">{E(n)}</a>' for n in p["nav"][kind])
    if kind == "news":
        heads, paras = p["news"]
        hs = rng.sample(heads, 4)
        main = (f'<article class="story"><p class="kicker">{E(p["nav"]["news"][rng.randrange(6)])}</p><h1>{E(hs[0])}</h1>'
                f'<div class="hero" role="img" aria-label=""></div>'
                + "".join(f"<p>{E(t)}</p>" for t in rng.sample(paras, 3))
                + '</article><aside class="more">'
                + "".join(f'<div class="teaser"><div class="thumb"></div><a href="/{slug(h)}">{E(h)}</a></div>' for h in hs[1:])
                + "</aside>")
        title = f"{hs[0]} | {site['name']}"
    elif kind == "shop":
        names, add, ship = p["shop"]
        items = rng.sample(names, 6)
        main = (f'<div class="promo">{E(ship)}</div><section class="grid">'
                + "".join(f'<div class="product"><div class="thumb"></div><h3>{E(n)}</h3><p class="price">{rng.randint(9, 89)},{rng.choice(["00", "50", "90", "95"])} €</p>'
                          f'<button type="button" class="add">{E(add)}</button></div>' for n in items)
                + "</section>")
        title = f"{site['name']} – {p['nav']['shop'][rng.randrange(6)]}"
    elif kind == "blog":
        heads, paras = p["blog"]
        h = rng.choice(heads)
        main = (f'<article class="post"><h1>{E(h)}</h1><div class="hero" role="img" aria-label=""></div>'
                + "".join(f"<p>{E(t)}</p>" for t in paras) + "</article>")
        title = f"{h} – {site['name']}"
    else:
        heads, paras = p[kind]
        main = ('<section class="hero-band"><div class="hero" role="img" aria-label=""></div>'
                f'<h1>{E(heads[0])}</h1><p>{E(paras[0])}</p></section><section class="cards">'
                + "".join(f'<div class="card"><div class="thumb"></div><h3>{E(hd)}</h3><p>{E(paras[-1])}</p></div>' for hd in heads[1:])
                + "</section>")
        title = f"{site['name']} – {heads[0]}"
    foot = "".join(f'<a href="/{slug(f)}">{E(f)}</a>' for f in p["footer"])
    body = (f'<header class="site-header"><a class="logo" href="/">{E(site["name"])}</a><nav class="site-nav">{nav}</nav></header>'
            f'<main class="site-main {site["layout"]}">{main}</main>'
            f'<footer class="site-footer"><div class="foot-links">{foot}{footer_extra}</div>'
            f'<p>© 2026 {E(site["name"])} · {E(p["rights"])}</p></footer>')
    width = {"wide": "1200px", "boxed": "980px", "split": "1100px"}[site["layout"]]
    css = (f"*{{box-sizing:border-box}}body{{margin:0;font-family:{site['font']};color:#1d1d1f;background:#fff;line-height:1.5}}"
           f".site-header{{display:flex;align-items:center;justify-content:space-between;padding:14px 28px;border-bottom:3px solid {site['brand']}}}"
           f".logo{{font-size:26px;font-weight:800;color:{site['brand']};text-decoration:none}}"
           ".site-nav a{margin-left:18px;color:#333;text-decoration:none;font-size:15px}"
           f".site-main{{max-width:{width};margin:0 auto;padding:24px}}"
           ".site-main.split{display:grid;grid-template-columns:2fr 1fr;gap:32px}"
           ".hero{height:320px;background:#d8dde3;margin:16px 0}.thumb{height:150px;background:#e4e7eb}"
           ".story h1,.post h1{font-size:36px;line-height:1.15}.story p,.post p{font-size:18px}"
           f".kicker{{color:{site['brand']};font-weight:700;text-transform:uppercase;font-size:13px}}"
           ".teaser{margin-bottom:18px}.teaser a{color:#1d1d1f;font-weight:700;text-decoration:none}"
           ".grid{display:grid;grid-template-columns:repeat(3,1fr);gap:20px}.product h3{font-size:16px}"
           f".price{{font-weight:700}}.add{{background:{site['brand']};color:#fff;border:0;padding:10px 14px;border-radius:4px}}"
           f".promo{{background:#f3f4f6;padding:10px;text-align:center;font-size:14px}}"
           ".cards{display:grid;grid-template-columns:1fr 1fr;gap:20px}.card{border:1px solid #e5e7eb;padding:12px}"
           ".site-footer{background:#222;color:#ccc;padding:28px;font-size:13px;margin-top:40px}"
           ".foot-links a{color:#ddd;margin-right:16px;text-decoration:none}")
    return title, css, body


# ---------------------------------------------------------------------------
# What a screen shows, independent of the CMP's markup.

@dataclass
class Ctl:
    """An interactive element. look: primary | equal | outline | grey | pay | settings_btn |
    settings_link | buried | corner | inline | link | close."""
    role: str
    text: str
    key: str
    look: str = "primary"
    href: str = ""
    aria: str = ""


@dataclass
class Tog:
    name: str
    kind: str                 # essential | optional | tcf
    checked: bool
    desc: str = ""
    li: bool | None = None    # TCF purposes: state of the legitimate-interest switch, None if the purpose has none


@dataclass
class Layer2:
    title: str
    desc: str
    toggles: list
    buttons: list
    tcf: bool = False
    note: str = ""


@dataclass
class Screen:
    cmp: str
    lang: str
    config: str
    patterns: list
    rng: random.Random
    site: dict
    t: dict                   # L[lang] merged with the CMP's voice
    n: int
    title: str | None = None
    paras: list = field(default_factory=list)
    buttons: list = field(default_factory=list)
    inline: Ctl | None = None
    corner: Ctl | None = None
    links: list = field(default_factory=list)
    close: Ctl | None = None
    toggles: list = field(default_factory=list)
    layer2: Layer2 | None = None
    shown: int = 1
    lock: bool = False
    backdrop: bool = False
    position: str = "bottom"
    th: dict = field(default_factory=dict)
    sources: set = field(default_factory=set)
    price: str | None = None
    notes: list = field(default_factory=list)

    def para(self, text: str, inline=None) -> str:
        """One paragraph's inner HTML; the inline refusal replaces its {a} placeholder."""
        if "{a}" not in text or self.inline is None:
            return E(text)
        before, after = text.split("{a}", 1)
        link = inline(self.inline) if inline else ctl_html(self.inline, "a", f' style="{look_style("inline", self.th)}"')
        return f"{E(before)}{link}{E(after)}"

    def paras_html(self, tag: str = "p", attrs: str = "", inline=None) -> str:
        return "".join(f"<{tag}{attrs}>{self.para(text, inline)}</{tag}>" for text in self.paras)


def ctl_html(c: Ctl, tag: str = "button", attrs: str = "", inner: str | None = None) -> str:
    """One interactive element with its role annotation (stripped by the producers)."""
    aria = f' aria-label="{E(c.aria)}"' if c.aria else ""
    body = E(c.text) if inner is None else inner
    if tag == "a":
        href = "" if " href=" in attrs else f' href="{E(c.href or "#")}"'
        return f'<a{href}{attrs}{aria} data-cl-role="{c.role}">{body}</a>'
    if tag == "summary":
        return f'<summary{attrs}{aria} data-cl-role="{c.role}">{body}</summary>'
    if tag in ("div", "span"):
        return f'<{tag} role="button" tabindex="0"{attrs}{aria} data-cl-role="{c.role}">{body}</{tag}>'
    return f'<button type="button"{attrs}{aria} data-cl-role="{c.role}">{body}</button>'


CMP_COLOURS = {
    "onetrust": ["#68b631", "#1f5fa8", "#004f9f", "#222222"], "cookiebot": ["#1032cf", "#141414", "#2b7a78"],
    "didomi": ["#05687b", "#0057a3", "#e4002b", "#1a1a1a"], "usercentrics": ["#0045a5", "#1a1a1a", "#335b8f"],
    "quantcast": ["#206dc5", "#1a73e8", "#0b3d91"], "sourcepoint": ["#1c6ec6", "#111111", "#0a7c42"],
    "trustarc": ["#0055a5", "#00a0dc", "#2d2d2d"], "borlabs": ["#f7a600", "#1d6b2f", "#0063a6"],
    "complianz": ["#1e73be", "#333333", "#5a8f29"], "cookieyes": ["#1863dc", "#0a0a0a", "#2f6f3e"],
    "iubenda": ["#0073ce", "#1cc691", "#30365c"], "axeptio": ["#ffcc00", "#1c1c1c", "#3a4bd8"],
    "consentmanager": ["#3c8f2d", "#27a0d8", "#184079"], "sirdata": ["#2d5ff5", "#00a37a", "#262b3d"],
}


def make_theme(rng: random.Random, cmp: str, site: dict) -> dict:
    dark = rng.random() < 0.18
    brand = rng.choice(CMP_COLOURS[cmp] + [site["brand"]])
    light_text = brand in ("#ffcc00", "#f7a600", "#f9a825")
    if dark:
        th = {"bg": rng.choice(["#1f2329", "#111827", "#23272f", "#262626"]), "fg": "#f3f4f6", "muted": "#c7cbd1",
              "faint": rng.choice(["#5f6670", "#666b73", "#575c63"]), "grey": "#3b4048", "line": "#3a3f47"}
        if brand in ("#222222", "#141414", "#1a1a1a", "#111111", "#0a0a0a", "#1c1c1c", "#2d2d2d", "#333333", "#262b3d", "#37474f"):
            brand = "#4f8ef7"
    else:
        th = {"bg": rng.choice(["#ffffff", "#ffffff", "#fafafa", "#f7f7f5", "#ffffff"]),
              "fg": rng.choice(["#1f1f1f", "#333333", "#222831", "#2b2b2b"]), "muted": "#555555",
              "faint": rng.choice(["#a3a3a3", "#b0b0b0", "#9e9e9e", "#bdbdbd"]), "grey": "#e6e6e6", "line": "#e2e2e2"}
    th.update(
        dark=dark, brand=brand, brand_fg="#1a1a1a" if light_text else "#ffffff",
        pay=rng.choice(["#ffd200", "#111111", "#e4003a", "#0a7c42"]) if not dark else "#ffd200",
        font=rng.choice([site["font"], "Arial, Helvetica, sans-serif", "inherit", "'Source Sans Pro', Arial, sans-serif"]),
        btn_fs=rng.choice([14, 15, 16]), btn_w=rng.choice([600, 700]),
        btn_pad=rng.choice(["10px 22px", "12px 24px", "11px 28px", "14px 20px"]),
        radius=rng.choice(["0", "3px", "4px", "6px", "8px", "24px"]),
        text_fs=rng.choice([13, 14, 15]), title_fs=rng.choice([17, 18, 20, 22]), tiny_fs=rng.choice([10, 11, 11, 12]),
        link=brand if not dark else "#9cc3ff",
    )
    th["pay_fg"] = "#111111" if th["pay"] == "#ffd200" else "#ffffff"
    return th


def look_decls(look: str, th: dict) -> list:
    """CSS declarations for one look of an element (same size and weight for primary, equal,
    outline, grey and pay: only colours differ)."""
    base = [("font-size", f"{th['btn_fs']}px"), ("font-weight", str(th["btn_w"])), ("padding", th["btn_pad"]),
            ("border-radius", th["radius"]), ("font-family", "inherit"), ("cursor", "pointer"), ("line-height", "1.2")]
    if look in ("primary", "equal"):
        return [("background-color", th["brand"]), ("color", th["brand_fg"]), ("border", f"2px solid {th['brand']}")] + base
    if look == "outline":
        return [("background-color", "transparent"), ("color", th["link"]), ("border", f"2px solid {th['link']}")] + base
    if look == "grey":
        return [("background-color", th["grey"]), ("color", th["fg"]), ("border", f"2px solid {th['grey']}")] + base
    if look == "pay":
        return [("background-color", th["pay"]), ("color", th["pay_fg"]), ("border", f"2px solid {th['pay']}")] + base
    if look == "settings_btn":
        return [("background-color", "transparent"), ("color", th["fg"]), ("border", f"1px solid {th['muted']}")] + base
    if look in ("settings_link", "link"):
        return [("background", "none"), ("border", "0"), ("color", th["link"]), ("font-size", f"{th['text_fs']}px"),
                ("text-decoration", "underline"), ("padding", "4px 0"), ("cursor", "pointer"), ("font-weight", "400")]
    if look == "buried":
        return [("background", "none"), ("border", "0"), ("color", th["faint"]), ("font-size", f"{th['tiny_fs']}px"),
                ("font-weight", "400"), ("padding", "0"), ("text-decoration", "underline"), ("cursor", "pointer")]
    if look == "corner":
        return [("background", "none"), ("border", "0"), ("color", th["faint"]), ("font-size", f"{th['tiny_fs']}px"),
                ("font-weight", "400"), ("padding", "0"), ("position", "absolute"), ("top", "10px"), ("right", "14px"),
                ("cursor", "pointer")]
    if look == "inline":
        return [("color", "inherit"), ("text-decoration", "underline"), ("font-weight", "400")]
    if look == "close":
        return [("background", "none"), ("border", "0"), ("color", th["muted"]), ("font-size", "20px"),
                ("padding", "4px 8px"), ("position", "absolute"), ("top", "6px"), ("right", "8px"), ("cursor", "pointer")]
    raise ValueError(look)


def look_css(selector: str, look: str, th: dict, important: bool = False) -> str:
    imp = "!important" if important else ""
    return selector + "{" + ";".join(f"{k}:{v}{imp}" for k, v in look_decls(look, th)) + "}"


def look_style(look: str, th: dict) -> str:
    return ";".join(f"{k}:{v}" for k, v in look_decls(look, th))


def hashed(seed: str, prefix: str = "", n: int = 6) -> str:
    """A CSS-in-JS style class name, stable for one design variant."""
    digest = hashlib.sha1(seed.encode()).hexdigest()
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return prefix + "".join(letters[int(digest[i:i + 2], 16) % len(letters)] for i in range(0, 2 * n, 2))


# ---------------------------------------------------------------------------
# Planning one screen: which elements, texts and toggles it has (labels follow from this).

BASE_PATTERNS = {
    "fair": [], "no_reject": ["no_reject"], "buried": ["buried_opt_out"], "preselected": ["preselected"],
    "li": ["preselected", "misleading_wording"], "shame": ["confirmshaming"], "wall": ["consent_wall"],
    "pay": ["pay_or_consent"],
}
# positions the CMP offers, how it can bury a refusal, whether its first layer can carry purpose toggles
CAPS = {
    "onetrust": {"positions": ["bottom", "center", "corner"], "buried": ["corner", "link", "inline"], "first": False},
    "cookiebot": {"positions": ["bottom", "center"], "buried": ["link", "inline"], "first": True},
    "didomi": {"positions": ["bottom", "center"], "buried": ["corner", "link"], "first": False},
    "usercentrics": {"positions": ["bottom", "center", "corner"], "buried": ["link", "inline"], "first": True},
    "quantcast": {"positions": ["center", "bottom"], "buried": ["link", "inline"], "first": False},
    "sourcepoint": {"positions": ["center", "bottom"], "buried": ["link", "inline", "corner"], "first": False},
    "trustarc": {"positions": ["bottom", "center"], "buried": ["link", "inline"], "first": False},
    "borlabs": {"positions": ["center", "bottom", "corner"], "buried": ["link"], "first": True},
    "complianz": {"positions": ["corner", "bottom", "center"], "buried": ["link", "inline"], "first": True},
    "cookieyes": {"positions": ["bottom", "corner", "center"], "buried": ["link", "corner"], "first": True},
    "iubenda": {"positions": ["bottom", "center", "top"], "buried": ["corner", "inline"], "first": False},
    "axeptio": {"positions": ["corner", "center"], "buried": ["corner", "link"], "first": False},
    "consentmanager": {"positions": ["center", "bottom"], "buried": ["link", "inline"], "first": True},
    "sirdata": {"positions": ["center", "bottom"], "buried": ["corner", "link"], "first": False},
}
ALWAYS_TITLED = {"borlabs", "complianz", "iubenda", "axeptio", "sirdata", "trustarc"}
PC_TITLE = {"en": "Privacy settings", "de": "Datenschutzeinstellungen", "nl": "Privacy-instellingen",
            "fr": "Paramètres de confidentialité"}
PARTNERS = [12, 38, 64, 97, 143, 211, 348, 512, 788, 931]
ACCEPT_WORDED = re.compile(r"\b(allow|accept|erlauben|akzeptier|toestaan|accepte|autoriser)", re.IGNORECASE)


def load_labels(path: Path = EXTERNAL) -> tuple[dict, dict]:
    """(generic real labels by (lang, role), CMP-specific real labels by (cmp, lang, role))."""
    import csv
    ext = load_external_labels(path)
    ext = {k: [x for x in v if len(x[0]) <= 32] for k, v in ext.items()}
    allowed = {(lang, role, text) for (lang, role), rows in ext.items() for text, _, _ in rows}
    real: dict = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cmp = COM_RULES.get(row["context"].removeprefix("cmp="))
            text = " ".join(row["text"].split())
            if cmp and row["source"] == "consent_o_matic" and (row["lang"], row["role"], text) in allowed:
                real.setdefault((cmp, row["lang"], row["role"]), []).append((text, row["source"], row["license"]))
    return ext, {k: sorted(set(v)) for k, v in sorted(real.items())}


def plan_screen(cmp: str, lang: str, config: str, rng: random.Random, site: dict, labels: tuple) -> Screen:
    ext, real = labels
    voice = VOICE[cmp]
    vt = voice[lang]
    t = {**L[lang], **vt}
    caps = CAPS[cmp]
    upper = voice.get("upper", False)
    s = Screen(cmp=cmp, lang=lang, config=config, patterns=list(BASE_PATTERNS[config]), rng=rng, site=site, t=t,
               n=rng.choice(PARTNERS))
    s.th = make_theme(rng, cmp, site)

    def fill(text: str) -> str:
        return text.replace("{site}", site["name"]).replace("{n}", str(s.n)).replace("{price}", s.price or "")

    def up(text: str) -> str:
        return text.upper() if upper else text

    def label(role: str, own: list, p_real: float = 0.0) -> str:
        pool = real.get((cmp, lang, role), []) if role == "settings" else ext.get((lang, role), [])
        if pool and rng.random() < p_real:
            text, source, licence = rng.choice(pool)
            s.sources.add((source, licence))
            return up(text)
        return up(fill(rng.choice(own)))

    wall = config in ("wall", "pay")
    settings_route = wall and rng.random() < 0.3
    if settings_route:
        s.patterns.append("no_reject")
    # -- texts
    if config == "wall" and rng.random() < 0.6:
        s.title = fill(rng.choice(t["wall_title"]))
        s.paras = [fill(rng.choice(t["wall_body"]))]
    elif config == "wall":  # a blocking screen in the CMP's ordinary wording is a wall all the same
        s.title = fill(rng.choice(vt["title"]))
        s.paras = [fill(vt["own"] if rng.random() < 0.5 else rng.choice(L[lang][voice["body"]]))]
        s.notes.append("wall in the CMP's ordinary wording")
    elif config == "pay":
        s.price = rng.choice(t["prices"])
        s.title = fill(rng.choice(t["pay_title"]))
        s.paras = [fill(rng.choice(t["pay_body"]))]
    else:
        s.title = fill(rng.choice(vt["title"])) if rng.random() < 0.85 or cmp in ALWAYS_TITLED else None
        body = vt["own"] if rng.random() < 0.5 else rng.choice(L[lang][voice["body"]])
        s.paras = [fill(body)]
        if rng.random() < 0.35:
            s.paras.append(t["change"])
        if config == "shame" and rng.random() < 0.6:
            s.paras.append(fill(t["shame_body"]))
    # -- the first layer's controls
    accept = Ctl("accept", label("accept", vt["accept"], 0.08), "accept", "primary")
    if config == "wall" and rng.random() < 0.6:
        accept.text = up(rng.choice(t["wall_accept"]))
    if config == "pay":
        accept.text = up(rng.choice(t["pay_accept"]))
    buttons = [accept]
    reject = None
    same_size = rng.choice(["equal", "outline", "grey"])
    if config in ("fair", "preselected", "li"):
        reject = Ctl("reject", label("reject", vt["reject"], 0.2), "reject", same_size)
    elif config == "shame":
        reject = Ctl("reject", up(rng.choice(t["shame"])), "reject", same_size)
    elif config == "buried":
        shame = rng.random() < 0.15
        modes = [m for m in caps["buried"] if not (shame and m == "inline")]
        mode = rng.choice(modes)
        if shame:
            s.patterns.append("confirmshaming")
        if mode == "corner":
            text = rng.choice(t["shame"]) if shame else (vt.get("corner") if rng.random() < 0.6 and vt.get("corner") else rng.choice(L[lang]["corner"]))
            s.corner = Ctl("reject", up(text), "reject", "corner")
        elif mode == "inline":
            s.inline = Ctl("reject", rng.choice(t["inline_a"]), "reject", "inline", href=rng.choice(["#", "#reject", "javascript:void(0)"]))
            s.paras[-1] = s.paras[-1] + " " + rng.choice(t["inline"])
        else:
            text = rng.choice(t["shame"]) if shame else label("reject", t["link_reject"], 0.25)
            reject = Ctl("reject", up(text), "reject", "buried")
        s.notes.append(f"refusal buried as {mode}")
    if reject is not None:
        buttons.append(reject)
    with_settings = {"fair": 0.8, "buried": 0.75, "shame": 0.75, "preselected": 0.9, "li": 1.0, "no_reject": 0.85,
                     "wall": 0.0, "pay": 0.0}[config] > rng.random() or settings_route
    if with_settings:
        look = rng.choice(["settings_btn", "settings_link", "outline", "settings_btn"])
        buttons.append(Ctl("settings", label("settings", vt["settings"], 0.4), "settings", look))
    elif config == "no_reject" and rng.random() < 0.5:
        accept.text = up(rng.choice(t["notice_ok"]))
    if config == "pay":
        buttons.append(Ctl("pay", up(fill(rng.choice(t["pay_btn"]))), "pay", "pay"))
    order = rng.choice(["accept_last", "accept_last", "accept_first", "shuffle"])
    rest = [b for b in buttons if b is not accept]
    if order == "shuffle":
        rng.shuffle(rest)
        buttons = rest[:1] + [accept] + rest[1:]
    elif order == "accept_first":
        buttons = [accept] + rest
    else:
        buttons = rest + [accept]
    s.buttons = buttons
    # -- links and close
    if rng.random() < 0.7:
        s.links.append(Ctl("other", rng.choice([t["privacy"], t["cookie_policy"]]), "policy", "link",
                           href=rng.choice(["/privacy", "/datenschutz", "/cookie-policy", "/privacy-policy", "/cookies"])))
    if voice["body"] == "tcf" and rng.random() < 0.4:
        s.links.append(Ctl("other", vt.get("vendors_link", t["vendors"]), "vendors", "link", href="#vendors"))
    if config == "pay":
        s.links.append(Ctl("other", rng.choice(t["login"]), "login", "link", href="/login"))
    if config in ("fair", "buried", "shame", "preselected") and s.corner is None and rng.random() < 0.2:
        s.close = Ctl("close", "×", "close", "close", aria=t["close"])
    # -- toggles and the second layer
    first_toggles = caps["first"] and ((config == "preselected" and rng.random() < 0.6)
                                       or (config in ("fair", "buried", "shame") and rng.random() < 0.3))
    if first_toggles:
        s.toggles = optional_toggles(rng, s, "on" if config == "preselected" else "off")
        save = Ctl("other", up(vt.get("save", t["save"])), "save", rng.choice(["settings_btn", "outline"]))
        s.buttons.insert(len(s.buttons) - 1 if s.buttons[-1] is accept else len(s.buttons), save)
    s.shown = 2 if config == "li" or (config == "preselected" and not first_toggles) else 1
    tcf2 = config == "li" or (voice["body"] == "tcf" and rng.random() < 0.5)
    if config == "li":
        togs = tcf_toggles(rng, s, consent_on=False, li_on=True)
    elif tcf2:
        togs = tcf_toggles(rng, s, consent_on=config == "preselected",
                           li_on=rng.random() < 0.6 if s.shown == 1 else config == "preselected" and rng.random() < 0.5,
                           with_li=s.shown == 1 or rng.random() < 0.5)
    else:
        togs = optional_toggles(rng, s, "on" if config == "preselected" else rng.choice(["off", "off", "some"]))
    if s.shown == 1 and rng.random() < 0.3 and not tcf2:
        togs = optional_toggles(rng, s, "some")  # in the closed layer: does not count
    r_look = rng.choice(["equal", "outline", "grey"]) if s.shown == 2 else "outline"
    b2 = [Ctl("reject", label("reject", [t["reject_all"]] + vt["reject"][:1], 0.15), "reject_all", r_look),
          Ctl("other", up(vt.get("save", t["save"])), "save", rng.choice(["settings_btn", "outline"])),
          Ctl("accept", up(vt.get("allow_all", t["accept_all"])), "accept_all", "primary")]
    if rng.random() < 0.5:
        b2 = [b2[1], b2[0], b2[2]]
    if config == "li" and cmp in ("quantcast", "sourcepoint", "onetrust") and rng.random() < 0.4:
        b2.insert(0, Ctl("object", up(vt.get("object_all", t["reject_all"])), "object_all", "settings_btn"))
    s.layer2 = Layer2(title=up(vt.get("pc_title", PC_TITLE[lang])), desc=t["pc_desc"], toggles=togs, buttons=b2,
                      tcf=tcf2, note=t["li_note"] if tcf2 else "")
    if s.shown == 2:
        s.notes.append("second layer open")
    # -- placement
    if wall:
        s.position, s.backdrop, s.lock = "center", True, True
    elif s.shown == 2:
        s.position, s.backdrop, s.lock = "center", rng.random() < 0.8, rng.random() < 0.4
    elif config == "no_reject":  # an overlay that blocks the page would make it a wall (TAXONOMY.md)
        s.position = "bottom" if cmp == "quantcast" else rng.choice(caps["positions"])
        s.backdrop = s.lock = False
    else:
        s.position = rng.choice(caps["positions"])
        s.backdrop = s.position == "center" and rng.random() < 0.7
        s.lock = s.backdrop and rng.random() < 0.5
    # legitimate-interest switches beside the consent switches frame refusing ambiguously (TAXONOMY.md)
    shown_togs = s.toggles if s.shown == 1 else s.layer2.toggles
    if any(tg.li is not None for tg in shown_togs):
        s.patterns.append("misleading_wording")
        s.notes.append("legitimate-interest switches shown")
    # a button that saves the selection but is worded as consent ("Allow selection") is misleading
    shown = s.buttons if s.shown == 1 else s.layer2.buttons
    if any(c.key == "save" and ACCEPT_WORDED.search(c.text) for c in shown):
        s.patterns.append("misleading_wording")
        s.notes.append("save button worded as consent")
    s.patterns = sorted(set(s.patterns), key=PATTERN_ORDER.index)
    return s


def optional_toggles(rng: random.Random, s: Screen, mode: str) -> list:
    """Essential + non-essential categories; mode on (all on), off (all off), some (some on)."""
    cats = s.t.get("cats") or rng.sample(s.t["optional"], rng.choice([2, 3, 4]))
    ess = s.t.get("ess") or rng.choice(s.t["essential"])
    out = [Tog(ess, "essential", True, rng.choice(s.t["desc"]) if rng.random() < 0.3 else "")]
    states = [mode == "on" or (mode == "some" and rng.random() < 0.5) for _ in cats]
    if mode == "some" and not any(states):
        states[0] = True
    if mode == "on" and len(states) > 2 and rng.random() < 0.3:
        states[-1] = False  # pre-ticked does not mean every one
    for name, on in zip(cats, states):
        out.append(Tog(name, "optional", on, rng.choice(s.t["desc"]) if rng.random() < 0.4 else ""))
    return out


def tcf_toggles(rng: random.Random, s: Screen, consent_on: bool, li_on: bool, with_li: bool = True) -> list:
    """IAB TCF purposes: a consent switch each, and a legitimate-interest switch where TCF allows one."""
    purposes = s.t["tcf_purposes"]
    k = rng.choice([5, 6, 7, 9])
    chosen = purposes[:1] + rng.sample(purposes[1:], k - 1)
    chosen.sort(key=purposes.index)
    return [Tog(name, "tcf", consent_on, "", li_on if li_ok and with_li else None) for name, li_ok in chosen]


def first_layer_ok(s: Screen) -> None:
    """Labels by construction: check the plan against the taxonomy's rules (a generator bug raises)."""
    pats = set(s.patterns)
    first = s.buttons + [c for c in (s.inline, s.corner) if c is not None]
    shown = first if s.shown == 1 else s.layer2.buttons
    roles = {c.role for c in shown}
    refusal = [c for c in shown if c.role in ("reject", "object")]
    assert "accept" in roles
    if pats & {"no_reject", "consent_wall", "pay_or_consent"}:
        assert not refusal, s.config
    else:
        assert refusal, s.config
    if "buried_opt_out" in pats:
        assert all(c.look in ("buried", "corner", "inline") for c in refusal)
    elif refusal:
        assert all(c.look in ("equal", "outline", "grey", "settings_btn") for c in refusal)
    if "no_reject" in pats and not (pats & {"consent_wall", "pay_or_consent"}):
        assert "settings" in roles or roles == {"accept"} | ({"other"} & roles)
    if "pay_or_consent" in pats:
        assert "pay" in roles
    togs = s.toggles if s.shown == 1 else s.layer2.toggles
    pre = any(tg.checked and tg.kind != "essential" for tg in togs) or any(tg.li for tg in togs)
    assert pre == ("preselected" in pats), (s.cmp, s.config)
    li_shown = any(tg.li is not None for tg in togs)
    worded = any(c.key == "save" and ACCEPT_WORDED.search(c.text) for c in shown)
    assert ("misleading_wording" in pats) == (li_shown or worded), (s.cmp, s.config)
    if s.config == "li":
        assert any(tg.li for tg in togs) and not any(tg.checked for tg in togs if tg.kind == "tcf")
    if "no_reject" in pats and not pats & {"consent_wall", "pay_or_consent"}:
        assert not (s.backdrop or s.lock)


# ---------------------------------------------------------------------------
# Renderers: one per CMP. Each returns the CMP's CSS, its markup (visible screen marked
# data-cl-dialog, layers that are not open marked data-cl-layer="2"), the class that locks
# the page's scrolling, and whether the CMP puts its markup at the start of <body>.

@dataclass
class Rendered:
    css: str
    markup: str
    body_class: str = ""
    at_start: bool = False


def at(**attrs) -> str:
    """Attributes as markup: at(id="x", cls="a b", aria_selected="true") -> ' id="x" class="a b" aria-selected="true"'."""
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = "class" if key == "cls" else key.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{E(str(value))}"')
    return "".join(out)


def off(s: Screen, layer: int) -> str:
    """Marks a layer that is not open (only for our tests; stripped from snapshots)."""
    return "" if s.shown == layer else ' data-cl-layer="2"'


def chk(id_: str, checked: bool, cls: str = "", extra: str = "", disabled: bool = False, aria: str = "") -> str:
    """A checkbox toggle (aria-checked kept in step with checked, as the CMPs do)."""
    a = f' aria-label="{E(aria)}"' if aria else ""
    return (f'<input type="checkbox" id="{id_}"{at(cls=cls or None)}'
            f'{" checked" if checked else ""}{" disabled" if disabled else ""} aria-checked="{str(checked).lower()}"'
            f'{a}{extra} data-cl-role="other">')


def switch(checked: bool, cls: str, aria: str = "", extra: str = "", inner: str = "") -> str:
    a = f' aria-label="{E(aria)}"' if aria else ""
    return (f'<button type="button" role="switch" aria-checked="{str(checked).lower()}" class="{cls}"{a}{extra}'
            f' data-cl-role="other">{inner}</button>')


def dialog_marks(s: Screen, layer: int) -> str:
    """data-cl-dialog on the open layer, data-cl-layer=2 on the closed one."""
    return ' data-cl-dialog="1"' if s.shown == layer else ' data-cl-layer="2"'


def closed(s: Screen, layer: int, style: str = "display:none") -> str:
    return "" if s.shown == layer else f' style="{style}"'


def lock(s: Screen, cls: str, css_target: str = "body") -> tuple[str, str]:
    if not s.lock:
        return "", ""
    return cls, f"{css_target}.{cls}{{overflow:hidden!important;height:100%}}"


def li_label(s: Screen) -> str:
    return s.t["li"]


# -- OneTrust ---------------------------------------------------------------

def r_onetrust(s: Screen) -> Rendered:
    th, t = s.th, s.t
    pos = {"bottom": "otFlat", "center": "otCenterRounded", "corner": "otFloatingRoundedCorner"}[s.position]
    ids = {"accept": "onetrust-accept-btn-handler", "reject": "onetrust-reject-all-handler",
           "settings": "onetrust-pc-btn-handler", "pay": "ot-sub-btn-handler", "save": "ot-save-btn-handler"}
    btns = []
    for c in s.buttons:
        cls = {"settings_link": ' class="cookie-setting-link"', "buried": ' class="ot-link-btn"'}.get(c.look, "")
        btns.append(ctl_html(c, "button", f' id="{ids[c.key]}"{cls}'))
    links = "".join(" " + ctl_html(c, "a", ' class="ot-cookie-policy-link" aria-label="' + E(c.text) + '"') for c in s.links)
    inline = lambda c: ctl_html(c, "a", ' class="ot-text-reject-link"')
    top = ""
    if s.corner:
        inner = ctl_html(s.corner, "button", ' class="onetrust-close-btn-handler banner-close-button ot-close-link"')
        top = f'<div id="onetrust-close-btn-container">{inner}</div>'
    elif s.close:
        inner = ctl_html(s.close, "button", ' class="onetrust-close-btn-handler onetrust-close-btn-ui banner-close-button ot-close-icon"', inner="")
        top = f'<div id="onetrust-close-btn-container">{inner}</div>'
    title = f'<h2 id="onetrust-policy-title">{E(s.title)}</h2>' if s.title else ""
    addl = "".join(f'<div class="ot-b-addl-desc">{s.para(p, inline)}</div>' for p in s.paras[1:])
    banner = (f'<div id="onetrust-banner-sdk" class="{pos}{" ot-wo-title" if not s.title else ""}" tabindex="0" role="region" aria-label="Cookie banner"{closed(s, 1)}{dialog_marks(s, 1)}>'
              f'<div role="dialog" aria-label="{E(s.title or t["privacy"])}"><div class="ot-sdk-container"><div class="ot-sdk-row">'
              f'<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div>'
              f'<div id="onetrust-policy">{title}<div id="onetrust-policy-text">{s.para(s.paras[0], inline)}{links}</div>{addl}</div></div>'
              f'<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">{"".join(btns)}</div></div>'
              f'{top}</div></div></div></div>')
    # the preference centre
    l2 = s.layer2
    rows = []
    for i, tg in enumerate(l2.toggles):
        gid = f"IABV2_{i + 1}" if tg.kind == "tcf" else f"C000{i + 1}"
        head = f'<h4 class="ot-cat-header" id="ot-header-id-{gid}">{E(tg.name)}</h4>'
        if tg.kind == "essential":
            ctrl = f'<div class="ot-always-active">{E(t["always"])}</div>'
        else:
            name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
            box = chk(f"ot-group-id-{gid}", tg.checked, "category-switch-handler",
                      f' name="ot-group-id-{gid}" data-optanongroupid="{gid}"', aria=name)
            knob = (f'<label class="ot-switch" for="ot-group-id-{gid}"><span class="ot-switch-nob"></span>'
                    f'<span class="ot-label-txt">{E(tg.name)}</span></label>')
            if tg.li is None:
                ctrl = f'<div class="ot-tgl">{box}{knob}</div>'
            else:
                leg = chk(f"ot-group-id-{gid}-leg-out", tg.li, "category-switch-handler", aria=f"{tg.name} – {li_label(s)}")
                ctrl = (f'<div class="ot-tgl-cntr"><div class="ot-leg-tgl ot-tgl"><span class="ot-label-status">{E(li_label(s))}</span>{leg}'
                        f'<label class="ot-switch" for="ot-group-id-{gid}-leg-out"><span class="ot-switch-nob"></span></label></div>'
                        f'<div class="ot-tgl"><span class="ot-label-status">{E(t["consent"])}</span>{box}{knob}</div></div>')
        desc = f'<div class="ot-acc-grpcntr ot-acc-txt"><p class="ot-acc-grpdesc ot-category-desc">{E(tg.desc)}</p></div>' if tg.desc else ""
        rows.append(f'<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="{gid}"><div class="ot-acc-hdr">{head}{ctrl}</div>{desc}</div>')
    b2 = {"reject_all": "ot-pc-refuse-all-handler", "save": "save-preference-btn-handler onetrust-close-btn-handler",
          "accept_all": "accept-recommended-btn-handler", "object_all": "ot-obj-leg-btn-handler"}
    foot = "".join(ctl_html(c, "button", f' class="{b2[c.key]}"') for c in l2.buttons)
    note = f'<p class="ot-li-note">{E(l2.note)}</p>' if l2.note else ""
    x = ctl_html(Ctl("close", "", "close", "close", aria=t["close"]), "button", ' id="close-pc-btn-handler" class="ot-close-icon"')
    pc = (f'<div id="onetrust-pc-sdk" class="otPcCenter ot-fade-in{"" if s.shown == 2 else " ot-hide"}" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title" lang="{s.lang}"{dialog_marks(s, 2)}>'
          f'<div class="ot-pc-header"><div class="ot-pc-logo" role="img" aria-label="Logo"></div>{x}</div>'
          f'<div id="ot-pc-content" class="ot-pc-scrollbar"><h2 id="ot-pc-title">{E(l2.title)}</h2><div id="ot-pc-desc">{E(l2.desc)}</div>{note}'
          f'<section class="ot-sdk-row ot-cat-grp">{"".join(rows)}</section></div>'
          f'<div class="ot-pc-footer"><div class="ot-btn-container">{foot}</div></div></div>')
    filt = '<div class="onetrust-pc-dark-filter ot-fade-in"></div>' if s.backdrop else ""
    body_cls, lock_css = lock(s, "ot-overflow-hidden")
    css = [f"#onetrust-consent-sdk{{font-family:{th['font']};-webkit-font-smoothing:antialiased}}",
           f"#onetrust-banner-sdk{{position:fixed;z-index:2147483645;background-color:{th['bg']};color:{th['fg']};font-size:{th['text_fs']}px;box-shadow:0 0 18px rgba(0,0,0,.2)}}",
           "#onetrust-banner-sdk.otFlat{bottom:0;left:0;right:0;padding:18px 24px;max-height:90%;overflow-y:auto}",
           "#onetrust-banner-sdk.otCenterRounded{top:50%;left:50%;width:560px;max-width:92vw;transform:translate(-50%,-50%);border-radius:10px;padding:26px}",
           "#onetrust-banner-sdk.otFloatingRoundedCorner{bottom:1em;left:1em;width:400px;max-width:90vw;border-radius:8px;padding:22px}",
           "#onetrust-banner-sdk .ot-sdk-container{max-width:1180px;margin:0 auto}#onetrust-banner-sdk .ot-sdk-row{position:relative}",
           "#onetrust-banner-sdk.otFlat .ot-sdk-row{display:flex;align-items:center;gap:24px}#onetrust-banner-sdk.otFlat .ot-sdk-eight{width:64%}",
           f"#onetrust-policy-title{{font-size:{th['title_fs']}px;font-weight:700;margin:0 0 8px}}#onetrust-policy-text{{line-height:1.5}}#onetrust-policy-text p{{margin:0 0 6px}}",
           f"#onetrust-banner-sdk a.ot-cookie-policy-link{{color:{th['link']};text-decoration:underline;margin-left:4px}}",
           ".ot-b-addl-desc{margin-top:6px;line-height:1.5}#onetrust-banner-sdk a.ot-text-reject-link{color:inherit;text-decoration:underline}",
           "#onetrust-button-group{display:flex;flex-wrap:wrap;gap:10px;margin-top:12px}",
           look_css("#onetrust-banner-sdk #onetrust-accept-btn-handler", "primary", th, True),
           "#onetrust-close-btn-container{position:absolute;top:0;right:0}",
           look_css("#onetrust-banner-sdk .ot-close-icon", "close", th, True),
           look_css("#onetrust-banner-sdk .ot-close-link", "corner", th, True),
           "#onetrust-consent-sdk .ot-hide{display:none!important}.onetrust-pc-dark-filter{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.5);z-index:2147483644}",
           f"#onetrust-pc-sdk{{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);width:660px;max-width:94vw;max-height:86vh;overflow:auto;background:{th['bg']};color:{th['fg']};z-index:2147483647;border-radius:6px;font-size:14px}}",
           f"#onetrust-pc-sdk .ot-pc-header{{height:56px;border-bottom:1px solid {th['line']};position:relative}}#ot-pc-content{{padding:18px 24px}}",
           "#ot-pc-title{font-size:20px;margin:0 0 10px}#ot-pc-desc,.ot-li-note{line-height:1.5;margin-bottom:12px}",
           f".ot-cat-item{{border:1px solid {th['line']};margin-top:-1px}}.ot-acc-hdr{{display:flex;align-items:center;justify-content:space-between;padding:12px 14px}}",
           f".ot-cat-header{{font-size:15px;margin:0;flex:1}}.ot-always-active{{color:{th['brand']};font-weight:700;font-size:13px}}.ot-acc-grpcntr{{display:none}}",
           ".ot-tgl{position:relative;display:inline-flex;align-items:center;gap:6px;margin-left:12px}.ot-tgl input{position:absolute;opacity:0;width:1px;height:1px}",
           ".ot-switch{display:inline-block;width:45px;height:25px;background:#7d7d7d;border-radius:20px}.ot-label-txt{display:none}.ot-label-status{font-size:12px}",
           look_css("#onetrust-pc-sdk .ot-close-icon", "close", th),
           f"#onetrust-pc-sdk .ot-pc-footer{{border-top:1px solid {th['line']};padding:14px 24px}}.ot-btn-container{{display:flex;flex-wrap:wrap;gap:10px;justify-content:flex-end}}",
           lock_css]
    for c in s.buttons:
        if c.key != "accept":
            css.append(look_css(f"#onetrust-banner-sdk #{ids[c.key]}", c.look, th, True))
    for c in l2.buttons:
        css.append(look_css(f"#onetrust-pc-sdk .{b2[c.key].split()[0]}", c.look, th, True))
    markup = f'<div id="onetrust-consent-sdk">{filt}{banner}{pc}</div>'
    return Rendered("".join(css), markup, body_cls)


# -- Cookiebot ----------------------------------------------------------------

CB_LEVEL = {0: "Necessary", 1: "Preferences", 2: "Statistics", 3: "Marketing"}


def cb_levels(s: Screen, togs: list, suffix: str) -> str:
    """Cookiebot's category sliders: a label and a checkbox over a slider span."""
    out = []
    for i, tg in enumerate(togs):
        if tg.kind == "tcf":
            k = i + 1
            box = chk(f"CybotCookiebotDialogBodyLevelButtonIABPurpose{k}{suffix}", tg.checked,
                      "CybotCookiebotDialogBodyLevelButton", aria=f"{tg.name} – {s.t['consent']}")
            li = ""
            if tg.li is not None:
                li = (f'<div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper">'
                      f'{chk(f"CybotCookiebotDialogBodyLevelButtonIABPurposeLegitimateInterest{k}{suffix}", tg.li, "CybotCookiebotDialogBodyLevelButton", aria=f"{tg.name} – {li_label(s)}")}'
                      f'<span class="CybotCookiebotDialogBodyLevelButtonSlider"></span></div>')
            out.append(f'<div class="CybotCookiebotDialogBodyLevelButtonWrapper CybotCookiebotDialogIAB">'
                       f'<strong class="CybotCookiebotDialogBodyLevelButtonDescription">{E(tg.name)}</strong>'
                       f'<div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper">{box}<span class="CybotCookiebotDialogBodyLevelButtonSlider"></span></div>{li}</div>')
            continue
        level = CB_LEVEL.get(i, f"Custom{i}")
        bid = f"CybotCookiebotDialogBodyLevelButton{level}{suffix}"
        dis = tg.kind == "essential"
        box = chk(bid, tg.checked, "CybotCookiebotDialogBodyLevelButton" + (" CybotCookiebotDialogBodyLevelButtonDisabled" if dis else ""),
                  f' name="{level.lower()}"', disabled=dis)
        out.append(f'<div class="CybotCookiebotDialogBodyLevelButtonWrapper"><label for="{bid}" class="CybotCookiebotDialogBodyLevelButtonLabel">'
                   f'<strong class="CybotCookiebotDialogBodyLevelButtonDescription">{E(tg.name)}</strong></label>'
                   f'<div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper{" CybotCookiebotDialogBodyLevelButtonSliderWrapperDisabled" if dis else ""}">'
                   f'{box}<span class="CybotCookiebotDialogBodyLevelButtonSlider"></span></div></div>')
    return "".join(out)


def r_cookiebot(s: Screen) -> Rendered:
    th, t = s.th, s.t
    ids = {"accept": "CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll", "reject": "CybotCookiebotDialogBodyButtonDecline",
           "settings": "CybotCookiebotDialogBodyLevelButtonCustomize", "save": "CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection",
           "pay": "CybotCookiebotDialogBodyButtonSubscribe", "accept_all": "CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll",
           "reject_all": "CybotCookiebotDialogBodyButtonDecline"}
    popup = s.position == "center"
    tabs = t.get("tabs", ["Consent", "Details", "About"])
    nav = "".join(
        f'<li class="CybotCookiebotDialogNavItem">{ctl_html(Ctl("other", name, "tab", "link", href="#"), "a", at(id="CybotCookiebotDialogNav" + key, cls="CybotCookiebotDialogNavItemLink" + cls, role="tab", aria_selected=sel))}</li>'
        for name, key, cls, sel in ((tabs[0], "Declaration", " CybotCookiebotDialogActive" if s.shown == 1 else "", str(s.shown == 1).lower()),
                                    (tabs[1], "Details", " CybotCookiebotDialogActive" if s.shown == 2 else "", str(s.shown == 2).lower()),
                                    (tabs[2], "About", "", "false")))
    shown_buttons = s.buttons if s.shown == 1 else s.layer2.buttons
    footer_btns, below = [], []
    for c in shown_buttons:
        if c.look == "buried":
            below.append(ctl_html(c, "a", f' id="{ids[c.key]}" class="CybotCookiebotDialogBodyLink"'))
        else:
            footer_btns.append(ctl_html(c, "button", f' id="{ids[c.key]}" class="CybotCookiebotDialogBodyButton"'))
    inline = lambda c: ctl_html(c, "a", ' class="CybotCookiebotDialogBodyLink" id="CybotCookiebotDialogBodyContentDeclineLink"')
    title = f'<h2 id="CybotCookiebotDialogBodyContentTitle" lang="{s.lang}">{E(s.title)}</h2>' if s.title else ""
    links = "".join(ctl_html(c, "a", ' class="CybotCookiebotDialogBodyLink" target="_blank"') for c in s.links)
    first_levels = ""
    if s.toggles:
        first_levels = (f'<div id="CybotCookiebotDialogBodyLevelWrapper"><form><fieldset id="CybotCookiebotDialogBodyLevelButtonsSelectPane">'
                        f'<legend class="visuallyhidden">Consent selection</legend>{cb_levels(s, s.toggles, "")}</fieldset></form></div>')
    consent_tab = (f'<div id="CybotCookiebotDialogTabContentDeclaration" class="CybotCookiebotDialogTabPanel"{closed(s, 1)}{off(s, 1)}>'
                   f'<div id="CybotCookiebotDialogBody"><div id="CybotCookiebotDialogBodyContent">{title}'
                   f'<div id="CybotCookiebotDialogBodyContentText" lang="{s.lang}">{s.paras_html("p", inline=inline)}{links}</div></div>'
                   f'{"".join(below)}</div>{first_levels}</div>')
    l2 = s.layer2
    details = (f'<div id="CybotCookiebotDialogTabContentDetails" class="CybotCookiebotDialogTabPanel"{closed(s, 2)}{off(s, 2)}>'
               f'<div id="CybotCookiebotDialogDetailBody"><p class="CybotCookiebotDialogDetailBodyContentText">{E(l2.desc)}</p>'
               f'{"<p>" + E(l2.note) + "</p>" if l2.note else ""}'
               f'<div class="CybotCookiebotDialogDetailBodyContentCookieContainerTypes">{cb_levels(s, l2.toggles, "Inline")}</div></div></div>')
    about = (f'<div id="CybotCookiebotDialogTabContentAbout" class="CybotCookiebotDialogTabPanel" style="display:none" data-cl-layer="2">'
             f'<p>{E(t["pc_desc"])}</p></div>')
    close = ctl_html(s.close, "button", ' id="CybotCookiebotDialogBodyButtonClose" class="CybotCookiebotDialogBodyButtonClose"', inner="×") if s.close else ""
    corner = ""
    underlay = '<div id="CybotCookiebotDialogBodyUnderlay"></div>' if s.backdrop else ""
    logo = ctl_html(Ctl("other", "", "brand", "link", href="https://www.cookiebot.com/", aria="Cookiebot"), "a",
                    ' id="CybotCookiebotDialogPoweredbyCybot" target="_blank" rel="noopener"', inner="")
    cls = "CybotEdge CybotCookiebotDialogActive " + ("CybotCookiebotDialogPopup" if popup else "CybotCookiebotDialogSlideUp CybotCookiebotDialogBanner")
    dialog = (f'<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="{str(s.backdrop).lower()}" '
              f'aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="{s.lang}" class="{cls}" data-cl-dialog="1">'
              f'<div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogPoweredbyLink">{logo}</div>{close}{corner}</div>'
              f'<div id="CybotCookiebotDialogNav" role="tablist"><ul class="CybotCookiebotDialogNavItems">{nav}</ul></div>'
              f'<div id="CybotCookiebotDialogTabContent">{consent_tab}{details}{about}</div>'
              f'<div id="CybotCookiebotDialogFooter"><div id="CybotCookiebotDialogBodyButtonsWrapper">{"".join(footer_btns)}</div></div></div></div>')
    body_cls, lock_css = lock(s, "CybotCookiebotDialogActive")
    width = "min(900px,94vw)" if popup else "100%"
    css = [(f"#CybotCookiebotDialog{{font-family:{th['font']};font-size:{th['text_fs']}px;letter-spacing:.1px;line-height:24px;"
           f"background:{th['bg']};color:{th['fg']};position:fixed;z-index:2147483631;box-shadow:0 30px 70px rgba(0,0,0,.3)}}"),
           f"#CybotCookiebotDialog.CybotCookiebotDialogPopup{{top:50%;left:50%;transform:translate(-50%,-50%);width:{width};max-width:900px;max-height:calc(100% - 32px);border-radius:8px;overflow:hidden}}",
           "#CybotCookiebotDialog.CybotCookiebotDialogBanner{bottom:0;left:0;right:0;width:100%;max-height:70vh}",
           f"#CybotCookiebotDialogHeader{{display:flex;align-items:center;justify-content:space-between;padding:.5em 1.5em;border-bottom:1px solid {th['line']};position:relative}}",
           "#CybotCookiebotDialogPoweredbyCybot{display:inline-block;width:90px;height:24px;background:#d6d6d6}",
           f"#CybotCookiebotDialogNav{{border-bottom:1px solid {th['line']}}}.CybotCookiebotDialogNavItems{{display:flex;list-style:none;margin:0;padding:0}}",
           f".CybotCookiebotDialogNavItemLink{{display:block;padding:.8em 1.5em;color:{th['fg']};text-decoration:none;font-weight:600;border-bottom:3px solid transparent}}",
           f".CybotCookiebotDialogNavItemLink.CybotCookiebotDialogActive{{border-bottom-color:{th['brand']};color:{th['brand'] if not th['dark'] else th['fg']}}}",
           "#CybotCookiebotDialogTabContent{padding:1em 1.5em;overflow:auto;max-height:50vh}",
           f"#CybotCookiebotDialogBodyContentTitle{{font-size:{th['title_fs'] - 2}px;font-weight:700;margin:0 0 .5em}}",
           f".CybotCookiebotDialogBodyLink{{color:{th['link']};font-weight:600}}",
           f"#CybotCookiebotDialogBodyLevelButtonsSelectPane{{display:flex;border:1px solid {th['line']};border-radius:4px;margin:1em 0 0;padding:0}}",
           "#CybotCookiebotDialogBodyLevelButtonsSelectPane legend.visuallyhidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
           f".CybotCookiebotDialogBodyLevelButtonWrapper{{flex:1;display:flex;flex-direction:column;align-items:center;padding:.5em;border-right:1px solid {th['line']}}}",
           ".CybotCookiebotDialogDetailBodyContentCookieContainerTypes .CybotCookiebotDialogBodyLevelButtonWrapper{flex-direction:row;justify-content:space-between;border-right:0;border-bottom:1px solid #ddd}",
           ".CybotCookiebotDialogBodyLevelButtonDescription{font-weight:700}",
           ".CybotCookiebotDialogBodyLevelButtonSliderWrapper{position:relative;display:inline-block;width:57px;height:32px}",
           "input.CybotCookiebotDialogBodyLevelButton{position:absolute;opacity:0;width:0;height:0}",
           ".CybotCookiebotDialogBodyLevelButtonSlider{position:absolute;top:0;left:0;right:0;bottom:0;background:#d6d6d6;border-radius:32px}",
           f"#CybotCookiebotDialogFooter{{padding:1em 1.5em;border-top:1px solid {th['line']}}}#CybotCookiebotDialogBodyButtonsWrapper{{display:flex;gap:.5em;justify-content:flex-end;flex-wrap:wrap}}",
           "#CybotCookiebotDialogBodyUnderlay{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.6);z-index:2147483630}",
           look_css("#CybotCookiebotDialog .CybotCookiebotDialogBodyButtonClose", "close", th), lock_css]
    for c in shown_buttons:
        sel = f"#CybotCookiebotDialog #{ids[c.key]}"
        css.append(look_css(sel, c.look, th))
        if c.look not in ("buried",):
            css.append(f"{sel}{{min-width:160px}}")
    return Rendered("".join(css), underlay + dialog, body_cls)


# -- Didomi -------------------------------------------------------------------

def rgb(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return f"rgb({int(h[0:2], 16)}, {int(h[2:4], 16)}, {int(h[4:6], 16)})"


def didomi_style(look: str, th: dict) -> str:
    """Didomi writes the site's colours inline on its buttons."""
    d = dict(look_decls(look, th))
    out = []
    for k in ("color", "background-color", "border", "border-radius", "font-size", "padding", "font-weight"):
        if k in d:
            v = d[k]
            if k in ("color", "background-color") and v.startswith("#"):
                v = rgb(v)
            out.append(f"{k}: {v}")
    return "; ".join(out) + ";"


def r_didomi(s: Screen) -> Rendered:
    th, t, rng = s.th, s.t, s.rng
    ids = {"accept": "didomi-notice-agree-button", "reject": "didomi-notice-disagree-button",
           "settings": "didomi-notice-learn-more-button", "pay": "didomi-notice-subscribe-button", "save": "didomi-notice-save-button"}
    cls = {"accept": "didomi-components-button didomi-button didomi-button-highlight highlight-button",
           "reject": "didomi-components-button didomi-button didomi-dismiss-button didomi-button-standard standard-button",
           "settings": "didomi-components-button didomi-button didomi-dismiss-button didomi-components-button--color didomi-button-standard standard-button",
           "pay": "didomi-components-button didomi-button didomi-button-highlight", "save": "didomi-components-button didomi-button"}
    btns, below = [], []
    for c in s.buttons:
        if c.look == "buried":
            below.append(ctl_html(c, "span", f' id="{ids[c.key]}" class="didomi-notice-disagree-link" style="{didomi_style(c.look, th)}"'))
        else:
            btns.append(ctl_html(c, "button", f' id="{ids[c.key]}" class="{cls[c.key]}" aria-label="{E(c.text)}" style="{didomi_style(c.look, th)}"',
                                 inner=f"<span>{E(c.text)}</span>"))
    links = "".join(ctl_html(c, "a", ' role="button" class="didomi-notice-view-partners-link-in-text"' if c.key == "vendors" else ' class="didomi-no-link-style"')
                    for c in s.links)
    corner = ""
    if s.corner:
        corner = ctl_html(s.corner, "span", ' class="didomi-continue-without-agreeing"', inner=E(s.corner.text))
    x = ctl_html(s.close, "button", ' id="didomi-notice-x-button" class="didomi-notice-x-button"', inner="×") if s.close else ""
    text = s.paras_html("p", inline=lambda c: ctl_html(c, "a", ' class="didomi-notice-disagree-link-in-text"'))
    head_cls = "didomi-popup-notice-title" if s.position == "center" else "didomi-notice-title"
    head = f'<h1{at(cls=head_cls, id="didomi-notice-title")}>{E(s.title)}</h1>' if s.title else ""
    if s.position == "center":
        look = "display:none" if s.shown != 1 else ("" if s.backdrop else "background:transparent")
        notice = (f'<div class="didomi-popup-backdrop didomi-notice-popup didomi-popup__backdrop"{at(style=look or None)}>'
                  f'<div class="didomi-popup-container didomi-popup-notice didomi-popup-notice-with-data-processing" role="dialog" aria-modal="true" aria-labelledby="didomi-notice-title"{dialog_marks(s, 1)}>'
                  f'{corner}{x}<div class="didomi-popup-notice-logo-container"><div class="didomi-popup-notice-logo" role="img" aria-label="{E(s.site["name"])}"></div></div>'
                  f'<div class="didomi-popup-notice-text" id="didomi-notice-text">{head}'
                  f'{text}<p>{links}</p></div>'
                  f'<div class="didomi-popup-notice-buttons didomi-buttons">{"".join(btns)}</div>{"".join(below)}</div></div>')
    else:
        notice = (f'<div id="didomi-notice" class="didomi-notice-banner didomi-regular-notice shape-rounded didomi-notice-v2 bottom" role="region" aria-label="Cookie banner"{closed(s, 1)}{dialog_marks(s, 1)}>'
                  f'{corner}{x}<div class="didomi-notice__interior-border"><div class="didomi-notice-text" id="didomi-notice-text">'
                  f'{head}{text}<p>{links}</p></div>'
                  f'<div class="didomi-notice__buttons didomi-buttons">{"".join(btns)}{"".join(below)}</div></div></div>')
    # the preferences popup
    l2 = s.layer2
    radio = not l2.tcf and rng.random() < 0.5
    rows = []
    for i, tg in enumerate(l2.toggles):
        title = f'<div class="didomi-consent-popup-data-processing__title" role="heading" aria-level="2">{E(tg.name)}</div>'
        if tg.kind == "essential":
            ctrl = f'<div class="didomi-consent-popup-data-processing__essential">{E(t["always"])}</div>'
        elif radio:
            agree = Ctl("other", t.get("agree", "Agree"), "agree", "link", aria=f'{t.get("agree", "Agree")}: {tg.name}')
            disagree = Ctl("other", t.get("disagree", "Disagree"), "disagree", "link", aria=f'{t.get("disagree", "Disagree")}: {tg.name}')
            ctrl = (f'<div class="didomi-consent-popup-data-processing__buttons"><div class="didomi-components-radio">'
                    f'{ctl_html(disagree, "button", at(cls="didomi-components-radio__option", aria_pressed="false"))}'
                    f'{ctl_html(agree, "button", at(cls="didomi-components-radio__option", aria_pressed=str(tg.checked).lower()))}</div></div>')
        else:
            sw = chk(f"didomi-purpose-{i}", tg.checked, "didomi-checkbox", ' role="switch"', aria=tg.name + (" – " + t["consent"] if tg.kind == "tcf" else ""))
            ctrl = f'<div class="didomi-switch">{sw}<span class="didomi-switch__track"></span></div>'
            if tg.li is not None:
                lsw = chk(f"didomi-purpose-{i}-li", tg.li, "didomi-checkbox", ' role="switch"', aria=f"{tg.name} – {li_label(s)}")
                ctrl = (f'<div class="didomi-consent-popup-data-processing__switches"><span>{E(t["consent"])}</span>{ctrl}'
                        f'<span>{E(li_label(s))}</span><div class="didomi-switch">{lsw}<span class="didomi-switch__track"></span></div></div>')
        rows.append(f'<div class="didomi-consent-popup-data-processing" data-purpose-id="p{i}"><div class="didomi-consent-popup-data-processing__header">{title}{ctrl}</div></div>')
    pcls = {"reject_all": "didomi-components-button didomi-button didomi-button-standard standard-button",
            "save": "didomi-components-button didomi-button didomi-button-standard",
            "accept_all": "didomi-components-button didomi-button didomi-button-highlight highlight-button",
            "object_all": "didomi-components-button didomi-button"}
    acts = "".join(ctl_html(c, "button", f' class="{pcls[c.key]}" style="{didomi_style(c.look, th)}"') for c in l2.buttons)
    hx = ctl_html(Ctl("close", "", "close", "close", aria=t["close"]), "button", ' class="didomi-consent-popup-header-close"', inner="×")
    popup = (f'<div class="didomi-popup-backdrop didomi-consent-popup-backdrop"{closed(s, 2)}>'
             f'<div id="didomi-consent-popup" class="didomi-popup-container didomi-consent-popup-preferences didomi-consent-popup-preferences-purposes" role="dialog" aria-modal="true" aria-labelledby="didomi-consent-popup-title"{dialog_marks(s, 2)}>'
             f'<div class="didomi-consent-popup-header"><div class="didomi-consent-popup-title" id="didomi-consent-popup-title" role="heading" aria-level="1">{E(l2.title)}</div>{hx}</div>'
             f'<div class="didomi-consent-popup-body"><div class="didomi-consent-popup-body__explanation">{E(l2.desc)}{" " + E(l2.note) if l2.note else ""}</div>'
             f'<div class="didomi-consent-popup-body__section">{"".join(rows)}</div></div>'
             f'<div class="didomi-consent-popup-footer didomi-popup-footer"><div class="didomi-consent-popup-actions didomi-buttons didomi-buttons-inline">{acts}</div></div></div></div>')
    body_cls, lock_css = lock(s, "didomi-popup-open")
    css = [f"#didomi-host{{font-family:{th['font']};color:{th['fg']};font-size:{th['text_fs']}px}}",
           "#didomi-host .didomi-popup-backdrop{position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647;background-color:rgba(0,0,0,.55);display:flex;align-items:center;justify-content:center}",
           f"#didomi-host .didomi-popup-container{{background-color:{th['bg']};max-width:640px;width:92%;border-radius:6px;padding:28px 32px;position:relative;max-height:90vh;overflow:auto}}",
           "#didomi-host .didomi-popup-notice-logo{width:120px;height:36px;background:#dfe3e8;margin:0 auto 14px}",
           f"#didomi-host .didomi-popup-notice-title,#didomi-host .didomi-notice-title{{font-size:{th['title_fs']}px;font-weight:700;margin:0 0 10px}}",
           "#didomi-host .didomi-popup-notice-text p,#didomi-host .didomi-notice-text p{margin:0 0 8px;line-height:1.5}",
           "#didomi-host .didomi-popup-notice-buttons{display:flex;flex-direction:column;gap:10px;margin-top:16px}",
           f"#didomi-host .didomi-notice-banner{{position:fixed;bottom:0;left:0;right:0;background-color:{th['bg']};z-index:2147483647;box-shadow:0 -2px 14px rgba(0,0,0,.2)}}",
           "#didomi-host .didomi-notice__interior-border{display:flex;align-items:center;gap:24px;padding:18px 28px;max-width:1200px;margin:0 auto}",
           "#didomi-host .didomi-notice__buttons{display:flex;gap:10px;flex-wrap:wrap;align-items:center}",
           f"#didomi-host a{{color:{th['link']}}}#didomi-host .didomi-button{{font-family:inherit;cursor:pointer}}",
           look_css("#didomi-host .didomi-continue-without-agreeing", "corner", th, True),
           look_css("#didomi-host .didomi-notice-x-button", "close", th, True),
           look_css("#didomi-host .didomi-consent-popup-header-close", "close", th, True),
           f"#didomi-host .didomi-consent-popup-header{{position:relative;border-bottom:1px solid {th['line']};padding-bottom:10px}}",
           "#didomi-host .didomi-consent-popup-title{font-size:20px;font-weight:700}#didomi-host .didomi-consent-popup-body__explanation{margin:12px 0;line-height:1.5}",
           f"#didomi-host .didomi-consent-popup-data-processing__header{{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-bottom:1px solid {th['line']}}}",
           "#didomi-host .didomi-components-radio__option{font-size:13px;padding:6px 12px;border:1px solid #999;background:#fff;color:#333;margin-left:6px;border-radius:16px}",
           "#didomi-host .didomi-switch{display:inline-block;position:relative;width:40px;height:22px}#didomi-host .didomi-switch input{position:absolute;opacity:0;width:1px;height:1px}",
           "#didomi-host .didomi-switch__track{display:block;width:40px;height:22px;border-radius:11px;background:#c4c4c4}",
           "#didomi-host .didomi-consent-popup-actions{display:flex;gap:10px;justify-content:flex-end;padding-top:14px}",
           lock_css]
    markup = f'<div id="didomi-host" data-nosnippet="true" aria-hidden="false">{notice}{popup}</div>'
    return Rendered("".join(css), markup, body_cls, at_start=rng.random() < 0.5)


# -- Usercentrics (declarative shadow DOM, styled-components classes) -----------

def r_usercentrics(s: Screen) -> Rendered:
    th, t, rng = s.th, s.t, s.rng
    key = f"{s.site['domain']}:{s.lang}:{s.config}"
    sc = {name: hashed(key + name, "sc-", 6) for name in
          ("app", "overlay", "box", "title", "msg", "btns", "btn", "acc", "rej", "more", "link", "bur", "row", "sw", "foot", "pay", "save", "l2", "x")}
    testid = {"accept": "uc-accept-all-button", "reject": "uc-deny-all-button", "settings": "uc-more-button",
              "pay": "uc-subscribe-button", "save": "uc-save-button"}
    cls = {"accept": sc["acc"], "reject": sc["rej"], "settings": sc["more"], "pay": sc["pay"], "save": sc["save"]}
    btns, links = [], []
    for c in s.buttons:
        if c.look in ("buried", "settings_link"):
            links.append(ctl_html(c, "button", at(role="button", data_testid=testid[c.key], cls=f"{sc['bur' if c.look == 'buried' else 'link']}")))
        else:
            btns.append(ctl_html(c, "button", at(role="button", data_testid=testid[c.key], cls=f"{sc['btn']} {cls[c.key]}")))

    def rows(togs, prefix):
        out = []
        for i, tg in enumerate(togs):
            name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
            sw = switch(tg.checked, sc["sw"], aria=name, extra=at(data_testid=f"uc-{prefix}-toggle-{i}", disabled=tg.kind == "essential"))
            li = ""
            if tg.li is not None:
                li = switch(tg.li, sc["sw"], aria=f"{tg.name} – {li_label(s)}", extra=at(data_testid=f"uc-{prefix}-li-toggle-{i}"))
            out.append(f'<div class="{sc["row"]}" data-testid="uc-category-row"><span id="uc-{prefix}-cat-{i}">{E(tg.name)}</span>{sw}{li}</div>')
        return "".join(out)

    cats = f'<div data-testid="uc-category-list">{rows(s.toggles, "first")}</div>' if s.toggles else ""
    inline = lambda c: ctl_html(c, "a", at(href="#", data_testid="uc-deny-link", cls=sc["link"]))
    policy = "".join(ctl_html(c, "a", at(cls=sc["link"], data_testid="uc-privacy-policy-link" if c.key == "policy" else None)) for c in s.links)
    x = ctl_html(s.close, "button", at(cls=sc["x"], data_testid="uc-close-button"), inner="×") if s.close else ""
    kind = "uc-default-wall" if s.lock else "uc-default-banner"
    heading = f'<h2{at(id="uc-heading-title", data_testid="uc-heading-title", cls=sc["title"])}>{E(s.title)}</h2>' if s.title else ""
    pos = {"bottom": "bottom", "center": "center", "corner": "left"}[s.position]
    first = (f'<div id="uc-center-container" class="{sc["box"]} {pos}" role="dialog" aria-modal="{str(s.backdrop).lower()}" aria-labelledby="uc-heading-title" data-testid="{kind}"{closed(s, 1)}{dialog_marks(s, 1)}>'
             f'{x}{heading}'
             f'<div data-testid="uc-message-container" class="{sc["msg"]}">{s.paras_html("p", inline=inline)}</div>{cats}'
             f'<div data-testid="uc-buttons-container" class="{sc["btns"]}">{"".join(btns)}</div>'
             f'<div class="{sc["foot"]}" data-testid="uc-footer">{"".join(links)}{policy}</div></div>')
    l2 = s.layer2
    b2 = {"reject_all": "uc-deny-all-button", "save": "uc-save-button", "accept_all": "uc-accept-all-button", "object_all": "uc-object-button"}
    second = (f'<div id="uc-second-layer" class="{sc["l2"]}" role="dialog" aria-modal="true" aria-labelledby="uc-sl-title" data-testid="uc-second-layer"{closed(s, 2)}{dialog_marks(s, 2)}>'
              f'<h2 id="uc-sl-title" class="{sc["title"]}">{E(l2.title)}</h2><div class="{sc["msg"]}"><p>{E(l2.desc)}</p>{"<p>" + E(l2.note) + "</p>" if l2.note else ""}</div>'
              f'<div data-testid="uc-category-list">{rows(l2.toggles, "sl")}</div>'
              f'<div data-testid="uc-buttons-container" class="{sc["btns"]}">'
              + "".join(ctl_html(c, "button", at(role="button", data_testid=b2[c.key], cls=f"{sc['btn']} {sc['rej'] if c.key == 'reject_all' else sc['acc'] if c.key == 'accept_all' else sc['save']}")) for c in l2.buttons)
              + "</div></div>")
    overlay = f'<div class="{sc["overlay"]}" data-testid="uc-overlay"></div>' if s.backdrop else ""
    box_pos = {"bottom": "left:0;right:0;bottom:0;border-radius:0", "center": "top:50%;left:50%;transform:translate(-50%,-50%);width:600px;max-width:92vw;border-radius:8px",
               "left": "left:20px;bottom:20px;width:380px;border-radius:8px"}
    rej = {c.key: c.look for c in s.buttons + l2.buttons}
    inner_css = [f".{sc['app']}{{font-family:{th['font']};color:{th['fg']};font-size:{th['text_fs']}px}}",
                 f".{sc['overlay']}{{position:fixed;top:0;left:0;right:0;bottom:0;background:rgba(0,0,0,.5);z-index:2147483646}}",
                 f".{sc['box']},.{sc['l2']}{{position:fixed;background:{th['bg']};padding:24px;z-index:2147483647;box-shadow:0 -4px 24px rgba(0,0,0,.15)}}",
                 f".{sc['box']}.bottom{{{box_pos['bottom']}}}.{sc['box']}.center{{{box_pos['center']}}}.{sc['box']}.left{{{box_pos['left']}}}",
                 f".{sc['l2']}{{{box_pos['center']};max-height:85vh;overflow:auto}}",
                 f".{sc['title']}{{font-size:{th['title_fs']}px;font-weight:700;margin:0 0 10px}}.{sc['msg']} p{{margin:0 0 8px;line-height:1.5}}",
                 f".{sc['btns']}{{display:flex;flex-wrap:wrap;gap:8px;margin-top:14px}}",
                 f".{sc['row']}{{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:8px 0;border-bottom:1px solid {th['line']}}}",
                 f".{sc['sw']}{{width:44px;height:24px;border-radius:12px;border:0;background:#aaa;padding:0}}",
                 f".{sc['foot']}{{margin-top:10px;display:flex;gap:14px;flex-wrap:wrap}}",
                 f".{sc['link']}{{color:{th['link']};font-size:{th['text_fs'] - 1}px;text-decoration:underline;background:none;border:0;padding:0}}",
                 look_css(f".{sc['x']}", "close", th),
                 look_css(f".{sc['btn']}", "primary", th),
                 look_css(f".{sc['btn']}.{sc['rej']}", rej.get("reject", rej.get("reject_all", "equal")), th),
                 look_css(f".{sc['btn']}.{sc['more']}", rej.get("settings", "settings_btn"), th),
                 look_css(f".{sc['btn']}.{sc['save']}", rej.get("save", "settings_btn"), th),
                 look_css(f".{sc['btn']}.{sc['pay']}", "pay", th),
                 look_css(f".{sc['bur']}", "buried", th),
                 ":host{all:initial}"]
    if s.shown == 2:
        inner_css.append(look_css(f".{sc['l2']} .{sc['btn']}.{sc['rej']}", rej.get("reject_all", "equal"), th))
    host = (f'<div id="usercentrics-root" data-created-at="{rng.randrange(10**12, 10**13)}"><template shadowrootmode="open">'
            f'<style>{"".join(inner_css)}</style><div data-testid="uc-app-container" class="{sc["app"]}">{overlay}{first}{second}</div></template></div>')
    body_cls, lock_css = lock(s, "overflowHidden")
    return Rendered(lock_css, host, body_cls)


# -- Quantcast / InMobi Choice ----------------------------------------------------

def r_quantcast(s: Screen) -> Rendered:
    th, t = s.th, s.t
    key = f"{s.site['domain']}:{s.lang}:{s.config}"
    em = {name: hashed(key + name, "css-", 6).lower() for name in ("ui", "title", "info", "btn", "pl", "list", "tgl", "head", "x")}
    mode = {"primary": "primary", "equal": "primary", "outline": "secondary", "grey": "secondary", "settings_btn": "secondary",
            "settings_link": "link", "buried": "link", "pay": "primary"}
    btns = "".join(ctl_html(c, "button", at(mode=mode[c.look], size="large" if c.look != "buried" else "small",
                                            cls=f" {em['btn']} qc-{c.key}")) for c in s.buttons)
    inline = lambda c: ctl_html(c, "a", at(cls="qc-cmp2-link-inline", href="#"))
    links = "".join(ctl_html(c, "a", at(cls="qc-cmp2-link-inline")) for c in s.links)
    title = f'<h2 class="{em["title"]}">{E(s.title)}</h2>' if s.title else ""
    close = ctl_html(s.close, "button", at(cls=f"qc-cmp2-close-icon {em['x']}"), inner="×") if s.close else ""
    summary = (f'<div class="qc-cmp2-summary-section"{closed(s, 1)}{off(s, 1)}>{close}'
               f'<div class="qc-cmp2-publisher-logo-container"><div class="qc-cmp2-logo-container" role="img" aria-label="{E(s.site["name"])}"></div>{title}'
               f'<div class="qc-cmp2-summary-info {em["info"]}">{s.paras_html("p", inline=inline)}<p>{links}</p></div></div>'
               f'<div class="qc-cmp2-footer qc-cmp2-footer-overlay qc-cmp2-footer-scrolled"><div class="qc-cmp2-summary-buttons">{btns}</div></div></div>')
    l2 = s.layer2
    items = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        ctrl = "" if tg.kind == "essential" else (
            f'<div class="qc-cmp2-toggle-switch">{switch(tg.checked, "qc-cmp2-toggle " + em["tgl"], aria=name)}</div>')
        if tg.li is not None:
            ctrl += (f'<div class="qc-cmp2-toggle-switch qc-cmp2-li"><span>{E(li_label(s).upper())}</span>'
                     f'{switch(tg.li, "qc-cmp2-toggle " + em["tgl"], aria=f"{tg.name} – {li_label(s)}")}</div>')
        items.append(f'<div class="qc-cmp2-list-item qc-cmp2-expandable-info"><div class="qc-cmp2-list-item-header {em["head"]}">'
                     f'<p class="qc-cmp2-list-item-title">{E(tg.name)}</p>{ctrl}</div></div>')
    head_links = [c for c in l2.buttons if c.key in ("reject_all", "accept_all", "object_all")]
    save = [c for c in l2.buttons if c.key == "save"]
    details = (f'<div class="qc-cmp2-consent-info"{closed(s, 2)}{off(s, 2)}><h2 class="{em["title"]}">{E(l2.title)}</h2>'
               f'<p class="qc-cmp2-consent-info-text">{E(l2.desc)}{" " + E(l2.note) if l2.note else ""}</p>'
               f'<div class="qc-cmp2-header-links">' + "".join(ctl_html(c, "button", at(mode="link", size="small", cls=f"{em['pl']} qc-head-{c.key}")) for c in head_links)
               + f'</div><div class="qc-cmp2-scrollable-section"><div class="qc-cmp2-list {em["list"]}">{"".join(items)}</div></div>'
               f'<div class="qc-cmp2-footer"><div class="qc-cmp2-buttons-desktop">'
               + "".join(ctl_html(c, "button", at(mode="primary", size="large", cls=f" {em['btn']} qc-save")) for c in save) + "</div></div></div>")
    wide = s.position == "bottom" and s.shown == 1
    ui = (f'<div class="qc-cmp-cleanslate {em["ui"]}"><div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui" aria-modal="true" tabindex="0" class="{"qc-bottom" if wide else "qc-center"}" data-cl-dialog="1">'
          f'{summary}{details}</div></div>')
    backdrop = s.backdrop or not wide
    css = [f"#qc-cmp2-container{{font-family:{th['font']}}}",
           f".qc-cmp-cleanslate{{position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647;display:flex;align-items:{'flex-end' if wide else 'center'};justify-content:center;background-color:{'rgba(33,41,52,.66)' if backdrop else 'transparent'}}}",
           f"#qc-cmp2-ui{{background:{th['bg']};color:{th['fg']};font-size:{th['text_fs']}px;border-radius:{'0' if wide else '5px'};max-width:{'100%' if wide else '770px'};width:{'100%' if wide else '92%'};max-height:90%;overflow:auto;position:relative;padding:20px 28px}}",
           f".qc-cmp2-logo-container{{width:140px;height:40px;background:#e3e6ea;margin:0 auto 12px}}.{em['title']}{{font-size:{th['title_fs']}px;font-weight:600;text-align:center;margin:0 0 12px}}",
           f".qc-cmp2-summary-info p{{line-height:1.55;margin:0 0 8px}}.qc-cmp2-link-inline{{color:{th['link']};font-weight:600;text-decoration:underline}}",
           ".qc-cmp2-summary-buttons{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:10px;margin-top:12px}",
           f".qc-cmp2-list-item-header{{display:flex;align-items:center;justify-content:space-between;padding:10px 0;border-bottom:1px solid {th['line']}}}",
           ".qc-cmp2-list-item-title{margin:0;font-weight:600}.qc-cmp2-toggle-switch{display:flex;align-items:center;gap:6px;margin-left:10px;font-size:11px}",
           ".qc-cmp2-toggle{width:44px;height:22px;border-radius:11px;border:0;background:#c6c6c6;padding:0}",
           ".qc-cmp2-header-links{display:flex;justify-content:flex-end;gap:16px;margin:6px 0}",
           f".qc-cmp2-header-links button[mode=link]{{background:none;border:0;color:{th['link']};font-weight:700;font-size:13px;letter-spacing:.5px;padding:4px 0;cursor:pointer}}",
           ".qc-cmp2-buttons-desktop{display:flex;justify-content:flex-end;margin-top:14px}",
           look_css(f".{em['x']}", "close", th),
           look_css('#qc-cmp2-ui button[mode="primary"]', "primary", th)]
    for c in s.buttons:
        if c.look not in ("primary",):
            css.append(look_css(f"#qc-cmp2-ui .qc-cmp2-summary-buttons button.qc-{c.key}", c.look, th))
    css.append("#qc-cmp2-ui button[size=large]{letter-spacing:.6px}")
    body_cls, lock_css = lock(s, "qc-cmp-ui-showing")
    css.append(lock_css)
    return Rendered("".join(css), f'<div id="qc-cmp2-container" data-nosnippet="">{ui}</div>', body_cls)


# -- Sourcepoint (same-document message; the real one sits in an iframe) ----------

SP_CHOICE = {"accept": 11, "reject": 13, "settings": 12, "pay": 9, "save": 1}


def r_sourcepoint(s: Screen) -> Rendered:
    th, t, rng = s.th, s.t, s.rng
    mid = rng.randrange(10**5, 10**7)

    def btn(c: Ctl) -> str:
        choice = SP_CHOICE.get(c.key, c.key.upper())
        style = look_style(c.look, th)
        return ctl_html(c, "button", at(title=c.text, cls=f"message-component message-button no-children focusable sp_choice_type_{choice}", style=style))

    row_style = "display:flex;flex-wrap:wrap;gap:10px;justify-content:center;margin:14px 0 0"
    text_style = f"font-size:{th['text_fs']}px;line-height:1.55;color:{th['fg']};margin:0 0 10px"
    inline = lambda c: ctl_html(c, "a", at(cls="message-link", href="#", style="color:inherit;text-decoration:underline"))
    title = (f'<p class="message-component message-text" style="font-size:{th["title_fs"]}px;font-weight:700;color:{th["fg"]};margin:0 0 10px">{E(s.title)}</p>'
             if s.title else "")
    links = "".join(ctl_html(c, "a", at(cls="message-component message-link", style=f"color:{th['link']};font-size:13px;margin-right:14px")) for c in s.links)
    corner = ctl_html(s.corner, "button", at(cls="message-component message-button sp_choice_type_13", style=look_style("corner", th))) if s.corner else ""
    x = ctl_html(s.close, "button", at(cls="message-component message-button sp_choice_type_15", aria_label=t["close"], style=look_style("close", th)), inner="×") if s.close else ""
    main = [c for c in s.buttons if c.look != "buried"]
    buried = [c for c in s.buttons if c.look == "buried"]
    box_style = (f"position:relative;background-color:{th['bg']};padding:28px 32px;font-family:{th['font']};border-radius:{th['radius']};"
                 + ("width:680px;max-width:94vw;margin:auto" if s.position == "center" else "width:100%;max-width:none"))
    if s.shown != 1:
        box_style += ";display:none"
    notice = (f'<div id="notice" class="message type-{"modal" if s.position == "center" else "bottom"}" role="dialog" aria-modal="true" aria-label="{E(s.title or t["privacy"])}" style="{box_style}"'
              f'{dialog_marks(s, 1)}>'
              f'{corner}{x}<div class="message-component message-row" style="display:block">{title}'
              + "".join(f'<p class="message-component message-text" style="{text_style}">{s.para(p, inline)}</p>' for p in s.paras)
              + f'</div><div class="message-component message-row" style="{row_style}">{"".join(btn(c) for c in main)}</div>'
              + (f'<div class="message-component message-row" style="text-align:center;margin-top:8px">{"".join(btn(c) for c in buried)}</div>' if buried else "")
              + f'<div class="message-component message-row" style="margin-top:12px">{links}</div></div>')
    l2 = s.layer2
    stacks = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        sw = "" if tg.kind == "essential" else (
            f'<label class="pm-switch">{chk(f"sp-pur-{i}", tg.checked, "pm-switch-input", aria=name)}<span class="slider"></span></label>')
        if tg.li is not None:
            sw += (f'<label class="pm-switch pm-switch-li"><span class="pm-li-label">{E(li_label(s))}</span>'
                   f'{chk(f"sp-pur-{i}-li", tg.li, "pm-switch-input", aria=f"{tg.name} – {li_label(s)}")}<span class="slider"></span></label>')
        stacks.append(f'<div class="tcfv2-stack"><div class="stack-header"><div class="pur-name">{E(tg.name)}</div>{sw}</div></div>')
    b2 = {"reject_all": "REJECT_ALL", "save": "SAVE_AND_EXIT", "accept_all": "ACCEPT_ALL", "object_all": "OBJECT_ALL"}
    pm_buttons = "".join(ctl_html(c, "button", at(cls=f"pm-button sp_choice_type_{b2[c.key]}", style=look_style(c.look, th))) for c in l2.buttons)
    pm = (f'<div class="message-container pm" id="pm-{mid}"{closed(s, 2)}>'
          f'<div id="pm-main" class="pm-main" role="dialog" aria-modal="true" aria-label="{E(l2.title)}" style="background:{th["bg"]};width:760px;max-width:94vw;max-height:86vh;overflow:auto;padding:24px;margin:4vh auto;font-family:{th["font"]}"{dialog_marks(s, 2)}>'
          f'<p class="pm-title" style="font-size:20px;font-weight:700;margin:0 0 8px">{E(l2.title)}</p>'
          f'<p class="pm-text" style="{text_style}">{E(l2.desc)}{" " + E(l2.note) if l2.note else ""}</p>'
          f'<div class="pm-features">{"".join(stacks)}</div><div class="pm-footer" style="{row_style}">{pm_buttons}</div></div></div>')
    veil = f'position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647;background:{"rgba(0,0,0,.6)" if s.backdrop else "transparent"};display:flex;align-items:{"center" if s.position == "center" else "flex-end"};justify-content:center'
    outer = (f'<div id="sp_message_container_{mid}" class="sp_message_container" style="{veil}">'
             f'<div class="message-container">{notice}</div>{pm}</div>')
    css = [".tcfv2-stack{border-bottom:1px solid #ddd;padding:10px 0}.stack-header{display:flex;justify-content:space-between;align-items:center;gap:8px}",
           ".pm-switch{position:relative;display:inline-flex;align-items:center;gap:6px;font-size:12px}.pm-switch-input{position:absolute;opacity:0;width:1px;height:1px}",
           ".pm-switch .slider{display:inline-block;width:42px;height:22px;border-radius:11px;background:#b8b8b8}",
           "body{font-size:16px}"]
    body_cls, lock_css = lock(s, "sp-message-open")
    css.append(lock_css)
    return Rendered("".join(css), outer, body_cls)


# -- TrustArc ----------------------------------------------------------------------

def r_trustarc(s: Screen) -> Rendered:
    th, t = s.th, s.t
    l2 = s.layer2
    css = [f".truste-font{{font-family:{th['font']}}}"]
    inline = lambda c: ctl_html(c, "a", at(cls="truste-inline-link", href="#"))
    links = " ".join(ctl_html(c, "a", at(cls="truste-link")) for c in s.links)
    if s.position == "bottom" and s.shown == 1:
        ids = {"accept": "truste-consent-button", "reject": "truste-consent-required", "settings": "truste-show-consent",
               "pay": "truste-subscribe-button", "save": "truste-consent-save"}
        btns = "".join(ctl_html(c, "button", at(id=ids[c.key], cls="truste-button1" if c.key == "accept" else "truste-button2", type_=None))
                       for c in s.buttons if c.look != "buried")
        buried = "".join(ctl_html(c, "a", at(id=ids[c.key], cls="truste-link-required")) for c in s.buttons if c.look == "buried")
        x = ctl_html(s.close, "button", at(id="truste-consent-close", cls="truste-close"), inner="×") if s.close else ""
        strong = f'<strong class="truste-title">{E(s.title)}</strong> ' if s.title else ""
        first = (f'<div id="consent_blackbar" class="truste-font"><div id="truste-consent-track" class="truste-consent-track" role="region" aria-label="{E(s.title or t["privacy"])}" data-cl-dialog="1">'
                 f'<div id="truste-consent-content" class="truste-consent-content">{x}'
                 f'<div id="truste-consent-text">{strong}'
                 f'{s.paras_html("span", inline=inline)} {links} {buried}</div>'
                 f'<div id="truste-consent-buttons" class="truste-consent-buttons">{btns}</div></div></div></div>')
        css += [f"#truste-consent-track{{position:fixed;bottom:0;left:0;right:0;z-index:2147483640;background-color:{th['bg']};color:{th['fg']};font-size:{th['text_fs']}px;border-top:1px solid {th['line']};box-shadow:0 -3px 10px rgba(0,0,0,.12)}}",
                "#truste-consent-content{display:flex;align-items:center;gap:28px;padding:16px 32px;max-width:1280px;margin:0 auto;position:relative}",
                "#truste-consent-text{flex:1;line-height:1.5}#truste-consent-text span{display:block;margin-bottom:4px}.truste-title{display:block;font-size:16px;margin-bottom:4px}",
                f".truste-link,.truste-inline-link{{color:{th['link']};text-decoration:underline}}",
                "#truste-consent-buttons{display:flex;gap:10px;flex-wrap:wrap}",
                look_css("#truste-consent-close", "close", th)]
        for c in s.buttons:
            css.append(look_css(f"#truste-consent-track #{ids[c.key]}", c.look, th))
        pref_hidden = True
    else:
        cls = {"accept": "call", "reject": "required", "settings": "shp", "pay": "subscribe", "save": "submit"}
        dyn = "".join(ctl_html(c, "a", at(cls=f"{cls[c.key]}", role="button", tabindex="0")) for c in s.buttons if c.look != "buried")
        buried = "".join(ctl_html(c, "a", at(cls=f"{cls[c.key]} truste-required-link", role="button", tabindex="0")) for c in s.buttons if c.look == "buried")
        x = ctl_html(s.close, "a", at(cls="close", role="button", tabindex="0", href="#"), inner="×") if s.close else ""
        first = (f'<div class="truste_overlay"{"" if s.backdrop else at(style="background:transparent")}></div>'
                 f'<div class="truste_box_overlay"><div class="truste_box_overlay_inner">'
                 f'<div class="truste_popframe trustarc_newcm_container truste-font" role="dialog" aria-modal="true" aria-labelledby="truste-title"{closed(s, 1)}{dialog_marks(s, 1)}>'
                 f'<div class="mainContent">{x}<h2 id="truste-title">{E(s.title or t["privacy"])}</h2>'
                 f'<div class="trustarc-text">{s.paras_html("p", inline=inline)}<p>{links}</p></div>'
                 f'<div class="pdynamicbutton">{dyn}</div>{buried}</div></div></div></div>')
        css += [".truste_overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.55);z-index:2147483640}",
                ".truste_box_overlay{position:fixed;top:0;left:0;width:100%;height:100%;z-index:2147483641;display:flex;align-items:center;justify-content:center}",
                f".truste_popframe{{background:{th['bg']};color:{th['fg']};width:640px;max-width:92vw;border-radius:{th['radius']};padding:28px 30px;font-size:{th['text_fs']}px;position:relative}}",
                f"#truste-title{{font-size:{th['title_fs']}px;margin:0 0 12px}}.trustarc-text p{{line-height:1.55;margin:0 0 8px}}",
                f".truste-link,.truste-inline-link{{color:{th['link']}}}.pdynamicbutton{{display:flex;flex-wrap:wrap;gap:10px;margin-top:16px}}",
                ".pdynamicbutton a{display:inline-block;text-align:center;text-decoration:none}",
                look_css(".truste_popframe a.close", "close", th)]
        for c in s.buttons:
            sel = f".truste_popframe a.{cls[c.key]}"
            css.append(look_css(sel if c.look != "buried" else sel + ".truste-required-link", c.look, th))
        pref_hidden = s.shown != 2
    # the preference panel
    rows = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        ctrl = (f'<span class="truste-always">{E(t["always"])}</span>' if tg.kind == "essential" else
                f'<label class="switch">{chk(f"truste-cat-{i}", tg.checked, "cat-toggle", aria=name)}<span class="slider"></span></label>')
        if tg.li is not None:
            ctrl += (f'<span class="truste-li">{E(li_label(s))}</span><label class="switch">'
                     f'{chk(f"truste-cat-{i}-li", tg.li, "cat-toggle", aria=f"{tg.name} – {li_label(s)}")}<span class="slider"></span></label>')
        rows.append(f'<div class="cookiecat"><span class="cat-name">{E(tg.name)}</span>{ctrl}</div>')
    pcls = {"reject_all": "rejectAll", "save": "submit", "accept_all": "acceptAll", "object_all": "objectAll"}
    pb = "".join(ctl_html(c, "a", at(cls=f"pref-btn {pcls[c.key]}", role="button", tabindex="0")) for c in l2.buttons)
    hide = ' style="display:none"' if pref_hidden else ""
    pref = (f'<div id="trustarc-prefs-overlay" class="truste_box_overlay"{hide}><div id="prefPanel" class="trustarc-prefs truste-font" role="dialog" aria-modal="true" aria-labelledby="pref-title"'
            f'{at(data_cl_layer="2") if pref_hidden else at(data_cl_dialog="1")}>'
            f'<h2 id="pref-title">{E(l2.title)}</h2><p>{E(l2.desc)}</p>{"<p>" + E(l2.note) + "</p>" if l2.note else ""}'
            f'<div class="cookiecats">{"".join(rows)}</div><div class="pref-buttons">{pb}</div></div></div>')
    css += [f".trustarc-prefs{{background:{th['bg']};color:{th['fg']};width:700px;max-width:94vw;max-height:86vh;overflow:auto;padding:26px;border-radius:6px;font-size:14px}}",
            f".cookiecat{{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:10px 0;border-bottom:1px solid {th['line']}}}",
            ".cookiecat .switch{position:relative;display:inline-block;width:46px;height:24px}.cookiecat .cat-toggle{position:absolute;opacity:0;width:1px;height:1px}",
            ".cookiecat .slider{display:block;width:46px;height:24px;border-radius:12px;background:#9aa0a6}.cat-name{flex:1;font-weight:600}",
            ".pref-buttons{display:flex;gap:10px;justify-content:flex-end;margin-top:16px}.pref-buttons a{text-decoration:none;text-align:center}"]
    for c in l2.buttons:
        css.append(look_css(f"#prefPanel a.{pcls[c.key]}", c.look, th))
    body_cls, lock_css = lock(s, "truste-modal-open")
    css.append(lock_css)
    return Rendered("".join(css), first + pref, body_cls)


# -- Borlabs Cookie (version 2 markup or version 3 markup) ----------------------------

def r_borlabs(s: Screen) -> Rendered:
    return (r_borlabs3 if s.rng.random() < 0.5 else r_borlabs2)(s)


def r_borlabs2(s: Screen) -> Rendered:
    th, t = s.th, s.t
    legal = t.get("legal", [t["cookie_policy"], t["privacy"], t["imprint"]])
    wrap = {"center": "middle-center", "bottom": "bottom-center", "corner": "bottom-right"}[s.position]
    boxwrap = "_brlbs-bar-wrap" if s.position == "bottom" else "_brlbs-box-wrap"
    box = "_brlbs-bar _brlbs-bar-advanced" if s.position == "bottom" else "_brlbs-box _brlbs-box-advanced"
    checks = ""
    if s.toggles:
        items = []
        for i, tg in enumerate(s.toggles):
            key = slug(tg.name) or f"group-{i}"
            box_in = chk(f"checkbox-{key}", tg.checked, "", f' name="cookieGroup[]" value="{key}" data-borlabs-cookie-checkbox="" tabindex="0"',
                         disabled=tg.kind == "essential")
            items.append(f'<li><label class="_brlbs-checkbox">{E(tg.name)}{box_in}<span class="_brlbs-checkbox-indicator"></span></label></li>')
        checks = f'<fieldset><legend class="sr-only">{E(s.title or t["privacy"])}</legend><ul>{"".join(items)}</ul></fieldset>'
    parts = []
    for c in s.buttons:
        if c.key == "accept":
            parts.append(f'<p class="_brlbs-accept">{ctl_html(c, "a", at(href="#", tabindex="0", role="button", cls="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor", data_cookie_accept_all=""))}</p>')
        elif c.key == "save":
            parts.append(f'<p class="_brlbs-accept">{ctl_html(c, "a", at(href="#", tabindex="0", role="button", cls="_brlbs-btn _brlbs-cursor", data_cookie_accept=""))}</p>')
        elif c.key == "reject":
            if c.look == "buried":
                parts.append(f'<p class="_brlbs-refuse">{ctl_html(c, "a", at(href="#", tabindex="0", role="button", cls="_brlbs-cursor", data_cookie_refuse=""))}</p>')
            else:
                parts.append(f'<p class="_brlbs-refuse-btn">{ctl_html(c, "a", at(href="#", tabindex="0", role="button", cls="_brlbs-btn _brlbs-cursor", data_cookie_refuse=""))}</p>')
        elif c.key == "settings":
            btn_like = c.look != "settings_link"
            parts.append(f'<p class="{"_brlbs-manage-btn" if btn_like else "_brlbs-manage"}">{ctl_html(c, "a", at(href="#", tabindex="0", role="button", cls="_brlbs-cursor" + (" _brlbs-btn" if btn_like else ""), data_cookie_individual=""))}</p>')
        else:
            parts.append(f'<p class="_brlbs-accept">{ctl_html(c, "a", at(href="/abo", tabindex="0", role="button", cls="_brlbs-btn _brlbs-btn-subscribe _brlbs-cursor"))}</p>')
    legal_links = [ctl_html(Ctl("settings", legal[0], "details", "link"), "a", at(href="#", cls="_brlbs-cursor", tabindex="0", data_cookie_individual=""))] \
        if any(c.key == "settings" for c in s.buttons) else []
    legal_links += [ctl_html(c, "a", at(tabindex="0")) for c in s.links]
    sep = '<span class="_brlbs-separator"></span>'
    inline = lambda c: ctl_html(c, "a", at(cls="_brlbs-cursor", href="#", data_cookie_refuse=""))
    x = ctl_html(s.close, "a", at(cls="_brlbs-close", href="#", tabindex="0"), inner="×") if s.close else ""
    first = (f'<div class="cookie-box"{closed(s, 1)}{off(s, 1)}><div class="container"><div class="row"><div class="col-12">{x}'
             f'<div class="_brlbs-flex-center"><div class="cookie-logo" role="img" aria-label="{E(s.site["name"])}"></div>'
             f'<span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">{E(s.title or t["privacy"])}</span></div>'
             f'<div id="CookieBoxTextDescription">{s.paras_html("p", inline=inline)}</div>{checks}{"".join(parts)}'
             f'<p class="_brlbs-legal">{sep.join(legal_links)}</p></div></div></div></div>')
    l2 = s.layer2
    groups = []
    for i, tg in enumerate(l2.toggles):
        key = slug(tg.name)[:24] or f"g{i}"
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        sw = (f'<label class="_brlbs-btn-switch">{chk(f"borlabs-cookie-group-{key}", tg.checked, "", at(name="cookieGroup[]", data_borlabs_cookie_switch=""), disabled=tg.kind == "essential", aria=name)}'
              f'<span class="_brlbs-slider"></span><span class="_brlbs-btn-switch-status" data-active="On" data-inactive="Off"></span></label>')
        if tg.li is not None:
            sw += (f'<span class="_brlbs-li">{E(li_label(s))}</span><label class="_brlbs-btn-switch">'
                   f'{chk(f"borlabs-cookie-li-{key}", tg.li, "", aria=f"{tg.name} – {li_label(s)}")}<span class="_brlbs-slider"></span></label>')
        groups.append(f'<div class="cookie-group"><h3>{E(tg.name)}</h3>{sw}</div>')
    ids = {"reject_all": ' data-cookie-refuse=""', "save": ' id="CookiePrefSave"', "accept_all": ' data-cookie-accept-all=""', "object_all": ""}
    pbtns = "".join(f'<p class="_brlbs-pref-btn">{ctl_html(c, "a", at(href="#", tabindex="0", role="button", cls="_brlbs-btn _brlbs-cursor pref-" + c.key) + ids[c.key])}</p>' for c in l2.buttons)
    pref = (f'<div class="cookie-preference" aria-hidden="{str(s.shown != 2).lower()}" role="dialog" aria-labelledby="CookiePrefHeadline"{closed(s, 2)}{off(s, 2)}>'
            f'<div class="container"><span role="heading" aria-level="3" class="_brlbs-h3" id="CookiePrefHeadline">{E(l2.title)}</span>'
            f'<p id="CookiePrefDescription">{E(l2.desc)}{" " + E(l2.note) if l2.note else ""}</p><div class="cookie-groups">{"".join(groups)}</div>'
            f'<div class="_brlbs-pref-buttons">{pbtns}</div></div></div>')
    markup = (f'<div data-nosnippet=""><div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-describedby="CookieBoxTextDescription" aria-modal="true" data-cl-dialog="1">'
              f'<div class="{wrap}" style="display:flex"><div class="{boxwrap}"><div class="{box}">{first}{pref}</div></div></div></div></div>')
    shade = "rgba(0,0,0,.6)" if s.backdrop else "transparent"
    pos_css = {"middle-center": "align-items:center;justify-content:center", "bottom-center": "align-items:flex-end;justify-content:center",
               "bottom-right": "align-items:flex-end;justify-content:flex-end"}[wrap]
    css = [f"#BorlabsCookieBox{{font-family:{th['font']};font-size:{th['text_fs']}px}}",
           f"#BorlabsCookieBox > div{{position:fixed;top:0;left:0;width:100%;height:100%;z-index:999999;background:{shade};{pos_css}}}",
           f"#BorlabsCookieBox ._brlbs-box,#BorlabsCookieBox ._brlbs-bar{{background:{th['bg']};color:{th['fg']};padding:24px;border-radius:{th['radius']};box-shadow:0 4px 20px rgba(0,0,0,.25)}}",
           "#BorlabsCookieBox ._brlbs-box{width:560px;max-width:92vw;margin:16px}#BorlabsCookieBox ._brlbs-bar{width:100%}",
           f"#BorlabsCookieBox ._brlbs-h3{{font-size:{th['title_fs']}px;font-weight:700;display:block;margin-bottom:8px}}",
           "#BorlabsCookieBox .cookie-logo{width:40px;height:40px;background:#e2e2e2;border-radius:50%;margin-right:10px}",
           "#BorlabsCookieBox ._brlbs-flex-center{display:flex;align-items:center}#BorlabsCookieBox p{margin:0 0 8px;line-height:1.5}",
           "#BorlabsCookieBox fieldset{border:0;padding:0}#BorlabsCookieBox ul{display:flex;flex-wrap:wrap;gap:14px;list-style:none;padding:0}",
           ".sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}",
           "#BorlabsCookieBox ._brlbs-checkbox{position:relative;padding-left:26px}#BorlabsCookieBox ._brlbs-checkbox input{position:absolute;opacity:0;width:1px;height:1px}",
           "#BorlabsCookieBox ._brlbs-checkbox-indicator{position:absolute;left:0;top:2px;width:18px;height:18px;border:2px solid #999;border-radius:3px}",
           "#BorlabsCookieBox ._brlbs-accept,#BorlabsCookieBox ._brlbs-refuse-btn,#BorlabsCookieBox ._brlbs-manage-btn{text-align:center}",
           "#BorlabsCookieBox a._brlbs-btn{display:inline-block;width:100%;text-align:center;text-decoration:none}",
           f"#BorlabsCookieBox ._brlbs-legal{{font-size:12px;text-align:center}}#BorlabsCookieBox ._brlbs-legal a{{color:{th['muted'] if not th['dark'] else th['fg']}}}",
           "#BorlabsCookieBox ._brlbs-separator::before{content:'|';margin:0 6px}",
           f"#BorlabsCookieBox ._brlbs-refuse,#BorlabsCookieBox ._brlbs-manage{{text-align:center}}#BorlabsCookieBox ._brlbs-manage a{{color:{th['link']};font-size:{th['text_fs']}px}}",
           look_css("#BorlabsCookieBox ._brlbs-close", "close", th),
           look_css("#BorlabsCookieBox ._brlbs-refuse a", "buried", th),
           f"#BorlabsCookieBox .cookie-group{{display:flex;align-items:center;justify-content:space-between;gap:8px;border-bottom:1px solid {th['line']}}}",
           "#BorlabsCookieBox .cookie-group h3{font-size:15px;flex:1}#BorlabsCookieBox ._brlbs-btn-switch{position:relative;display:inline-block;width:50px;height:26px}",
           "#BorlabsCookieBox ._brlbs-btn-switch input{position:absolute;opacity:0;width:1px;height:1px}#BorlabsCookieBox ._brlbs-slider{display:block;width:50px;height:26px;border-radius:13px;background:#bdc1c8}",
           "#BorlabsCookieBox ._brlbs-pref-buttons{display:flex;gap:10px}#BorlabsCookieBox ._brlbs-pref-buttons p{flex:1}"]
    for c in s.buttons:
        sel = {"accept": "._brlbs-btn-accept-all", "save": "a[data-cookie-accept]", "reject": "._brlbs-refuse-btn a",
               "settings": "._brlbs-manage-btn a", "pay": "._brlbs-btn-subscribe"}[c.key]
        if c.look not in ("buried", "settings_link"):
            css.append(look_css(f"#BorlabsCookieBox .cookie-box {sel}", c.look, th))
    for c in l2.buttons:
        css.append(look_css(f"#BorlabsCookieBox .cookie-preference a.pref-{c.key}", c.look, th))
    body_cls, lock_css = lock(s, "borlabs-position-fix")
    css.append(lock_css)
    return Rendered("".join(css), markup, body_cls)


def r_borlabs3(s: Screen) -> Rendered:
    """Borlabs Cookie 3: .brlbs-cmpnt-* components styled through --brlbs-* custom properties."""
    th, t = s.th, s.t
    cls = {"accept": "brlbs-btn-accept-all", "reject": "brlbs-btn-accept-only-essential", "settings": "brlbs-btn-preferences",
           "save": "brlbs-btn-save", "pay": "brlbs-btn-subscribe"}
    btns, below = [], []
    for c in s.buttons:
        if c.look in ("buried", "settings_link"):
            below.append(ctl_html(c, "a", at(href="#", cls=f"brlbs-cmpnt-link {cls[c.key]}", data_borlabs_cookie_actions=c.key)))
        else:
            btns.append(ctl_html(c, "button", at(cls=f"brlbs-btn {cls[c.key]} look-{c.look}", data_borlabs_cookie_actions=c.key)))
    checks = "".join(
        f'<label class="brlbs-cmpnt-checkbox">{chk(f"brlbs-cb-{i}", tg.checked, "brlbs-checkbox", disabled=tg.kind == "essential")}'
        f'<span>{E(tg.name)}</span></label>' for i, tg in enumerate(s.toggles))
    if checks:
        checks = f'<div class="brlbs-cmpnt-checkboxes">{checks}</div>'
    inline = lambda c: ctl_html(c, "a", at(href="#", cls="brlbs-cmpnt-link", data_borlabs_cookie_actions="reject"))
    x = ctl_html(s.close, "button", at(cls="brlbs-cmpnt-close-button", data_borlabs_cookie_actions="close-button"), inner="×") if s.close else ""
    links = "".join(ctl_html(c, "a", at(cls="brlbs-cmpnt-link")) for c in s.links)
    posc = {"center": "brlbs-position-middle-center", "bottom": "brlbs-position-bottom-center", "corner": "brlbs-position-bottom-right"}[s.position]
    dialog = (f'<div class="brlbs-cmpnt-dialog brlbs-cmpnt-dialog-box {posc}" role="dialog" aria-modal="true" aria-labelledby="brlbs-cmpnt-dialog-headline"{closed(s, 1)}{dialog_marks(s, 1)}>'
              f'{x}<h2 id="brlbs-cmpnt-dialog-headline" class="brlbs-cmpnt-dialog-headline">{E(s.title or t["privacy"])}</h2>'
              f'<div class="brlbs-cmpnt-dialog-description">{s.paras_html("p", inline=inline)}</div>'
              f'{checks}'
              f'<div class="brlbs-cmpnt-buttons">{"".join(btns)}</div><div class="brlbs-cmpnt-links">{"".join(below)}{links}</div></div>')
    l2 = s.layer2
    rows = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        sw = switch(tg.checked, "brlbs-cmpnt-switch", aria=name, extra=at(disabled=tg.kind == "essential"))
        if tg.li is not None:
            sw += switch(tg.li, "brlbs-cmpnt-switch brlbs-li", aria=f"{tg.name} – {li_label(s)}")
        rows.append(f'<div class="brlbs-cmpnt-service-group"><span class="brlbs-cmpnt-service-group-name">{E(tg.name)}</span>{sw}</div>')
    pcls = {"reject_all": "brlbs-btn-accept-only-essential", "save": "brlbs-btn-save", "accept_all": "brlbs-btn-accept-all", "object_all": "brlbs-btn-object"}
    pref = (f'<div class="brlbs-cmpnt-dialog brlbs-cmpnt-preferences brlbs-position-middle-center" role="dialog" aria-modal="true" aria-labelledby="brlbs-pref-headline"{closed(s, 2)}{dialog_marks(s, 2)}>'
            f'<h2 id="brlbs-pref-headline" class="brlbs-cmpnt-dialog-headline">{E(l2.title)}</h2><p>{E(l2.desc)}{" " + E(l2.note) if l2.note else ""}</p>'
            f'<div class="brlbs-cmpnt-service-groups">{"".join(rows)}</div>'
            f'<div class="brlbs-cmpnt-buttons">{"".join(ctl_html(c, "button", at(cls=f"brlbs-btn {pcls[c.key]} look-{c.look}")) for c in l2.buttons)}</div></div>')
    vars_ = {"--brlbs-dialog-bg": th["bg"], "--brlbs-dialog-text": th["fg"], "--brlbs-btn-accept-bg": th["brand"],
             "--brlbs-btn-accept-text": th["brand_fg"], "--brlbs-btn-fs": f"{th['btn_fs']}px", "--brlbs-btn-pad": th["btn_pad"],
             "--brlbs-btn-radius": th["radius"], "--brlbs-link": th["link"]}
    css = [f"#BorlabsCookieBox{{{';'.join(f'{k}:{v}' for k, v in vars_.items())};font-family:{th['font']};font-size:{th['text_fs']}px}}",
           f".brlbs-cmpnt-container{{position:fixed;top:0;left:0;width:100%;height:100%;z-index:999999;background:{'rgba(0,0,0,.5)' if s.backdrop else 'transparent'}}}",
           ".brlbs-cmpnt-dialog{position:fixed;background:var(--brlbs-dialog-bg);color:var(--brlbs-dialog-text);padding:26px;border-radius:8px;box-shadow:0 6px 30px rgba(0,0,0,.2)}",
           ".brlbs-position-middle-center{top:50%;left:50%;transform:translate(-50%,-50%);width:600px;max-width:92vw}",
           ".brlbs-position-bottom-center{left:0;right:0;bottom:0;border-radius:0}.brlbs-position-bottom-right{right:20px;bottom:20px;width:420px}",
           ".brlbs-cmpnt-preferences{max-height:86vh;overflow:auto}",
           f".brlbs-cmpnt-dialog-headline{{font-size:{th['title_fs']}px;margin:0 0 10px}}.brlbs-cmpnt-dialog p{{line-height:1.5;margin:0 0 8px}}",
           ".brlbs-cmpnt-buttons{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}.brlbs-cmpnt-links{display:flex;gap:14px;margin-top:10px;font-size:12px}",
           ".brlbs-cmpnt-link{color:var(--brlbs-link)}.brlbs-cmpnt-checkboxes{display:flex;gap:16px;flex-wrap:wrap;margin-top:10px}",
           ".brlbs-cmpnt-service-group{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:8px 0;border-bottom:1px solid #ddd}",
           ".brlbs-cmpnt-switch{width:46px;height:24px;border-radius:12px;border:0;background:#bbb;padding:0}",
           ".brlbs-btn{font-size:var(--brlbs-btn-fs);padding:var(--brlbs-btn-pad);border-radius:var(--brlbs-btn-radius);font-weight:600;cursor:pointer}",
           ".brlbs-btn.look-primary,.brlbs-btn.look-equal{background:var(--brlbs-btn-accept-bg);color:var(--brlbs-btn-accept-text);border:2px solid var(--brlbs-btn-accept-bg)}",
           look_css(".brlbs-cmpnt-close-button", "close", th)]
    for look in ("outline", "grey", "pay", "settings_btn"):
        decls = [d for d in look_decls(look, th) if d[0] in ("background-color", "color", "border")]
        css.append(f".brlbs-btn.look-{look}{{{';'.join(f'{k}:{v}' for k, v in decls)}}}")
    css.append(look_css(".brlbs-cmpnt-link.brlbs-btn-accept-only-essential", "buried", th))
    css.append(look_css(".brlbs-cmpnt-link.brlbs-btn-preferences", "settings_link", th))
    body_cls, lock_css = lock(s, "brlbs-overflow-hidden")
    css.append(lock_css)
    markup = f'<div id="BorlabsCookieBox" class="brlbs-cmpnt-container" data-nosnippet="">{dialog}{pref}</div>'
    return Rendered("".join(css), markup, body_cls)


# -- Complianz (WordPress; colours through --cmplz_* custom properties) ----------------

def r_complianz(s: Screen) -> Rendered:
    th, t = s.th, s.t
    pos = {"corner": "bottom-right", "bottom": "bottom", "center": "center"}[s.position if s.shown == 1 else "center"]
    cls = {"accept": "cmplz-accept", "reject": "cmplz-deny", "settings": "cmplz-view-preferences", "save": "cmplz-save-preferences",
           "pay": "cmplz-subscribe"}
    shown_togs = s.toggles if s.shown == 1 else s.layer2.toggles
    cats_visible = bool(shown_togs) and (s.shown == 2 or bool(s.toggles))
    togs = shown_togs if cats_visible else s.layer2.toggles
    cats = []
    for i, tg in enumerate(togs):
        key = ["functional", "preferences", "statistics", "marketing"][i] if i < 4 and tg.kind != "tcf" else f"purpose-{i}"
        if tg.kind == "essential":
            ctrl = (f'<span class="cmplz-always-active"><label class="cmplz-banner-checkbox">'
                    f'{chk(f"cmplz-{key}-optin", True, f"cmplz-consent-checkbox cmplz-{key}", at(data_category=f"cmplz_{key}"), disabled=True)}'
                    f'<label class="cmplz-label" for="cmplz-{key}-optin"><span class="screen-reader-text">{E(tg.name)}</span></label></label>{E(t["always"])}</span>')
        else:
            name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
            ctrl = (f'<span class="cmplz-banner-checkbox">{chk(f"cmplz-{key}-optin", tg.checked, f"cmplz-consent-checkbox cmplz-{key}", at(data_category=f"cmplz_{key}"), aria=name)}'
                    f'<label class="cmplz-label" for="cmplz-{key}-optin"><span class="screen-reader-text">{E(tg.name)}</span></label></span>')
            if tg.li is not None:
                ctrl += (f'<span class="cmplz-li">{E(li_label(s))}</span><span class="cmplz-banner-checkbox">'
                         f'{chk(f"cmplz-{key}-li", tg.li, "cmplz-consent-checkbox", aria=f"{tg.name} – {li_label(s)}")}'
                         f'<label class="cmplz-label" for="cmplz-{key}-li"></label></span>')
        summary = ctl_html(Ctl("other", "", "summary", "link"), "summary", "",
                           inner=f'<span class="cmplz-category-header"><span class="cmplz-category-title">{E(tg.name)}</span>{ctrl}<span class="cmplz-icon cmplz-open"></span></span>')
        desc = f'<div class="cmplz-description"><span class="cmplz-description-{key}">{E(tg.desc or t["desc"][i % len(t["desc"])])}</span></div>'
        cats.append(f'<details class="cmplz-category cmplz-{key}">{summary}{desc}</details>')
    cat_block = (f'<div class="cmplz-categories"{"" if cats_visible else at(style="display:none")}{"" if cats_visible else at(data_cl_layer="2")}>'
                 f'{"<p>" + E(s.layer2.note) + "</p>" if s.shown == 2 and s.layer2.note else ""}{"".join(cats)}</div>')
    shown_btns = s.buttons if s.shown == 1 else [Ctl(c.role, c.text, {"reject_all": "reject", "accept_all": "accept"}.get(c.key, c.key), c.look)
                                                 for c in s.layer2.buttons if c.key != "object_all"]
    btns, below = [], []
    for c in shown_btns:
        if c.look in ("buried", "settings_link"):
            below.append(ctl_html(c, "a", at(href="#", cls=f"cmplz-link {cls[c.key]}")))
        else:
            btns.append(ctl_html(c, "button", at(cls=f"cmplz-btn {cls[c.key]}")))
    inline = lambda c: ctl_html(c, "a", at(href="#", cls="cmplz-link cmplz-deny"))
    x = ctl_html(s.close, "div", at(cls="cmplz-close", aria_label=t["close"]), inner="×") if s.close else ""
    docs = "".join(f'<li>{ctl_html(c, "a", at(cls="cmplz-link cookie-statement"))}</li>' for c in s.links)
    banner = (f'<div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-{pos} cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" '
              f'role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin" data-cl-dialog="1">'
              f'<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">{E(s.title or t["privacy"])}</div>{x}</div>'
              f'<div class="cmplz-divider cmplz-divider-header"></div>'
              f'<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">{s.paras_html("p", inline=inline)}</div>{cat_block}</div>'
              f'<div class="cmplz-links cmplz-information">{"".join(below)}</div><div class="cmplz-divider cmplz-footer"></div>'
              f'<div class="cmplz-buttons">{"".join(btns)}</div>'
              f'<div class="cmplz-documents cmplz-links"><ul>{docs}</ul></div></div>')
    wall = '<div class="cmplz-soft-cookiewall"></div>' if s.backdrop else ""
    v = {"--cmplz_banner_background_color": th["bg"], "--cmplz_text_color": th["fg"], "--cmplz_hyperlink_color": th["link"],
         "--cmplz_banner_width": "526px", "--cmplz_banner_border_radius": th["radius"], "--cmplz_text_font_size": f"{th['text_fs']}px",
         "--cmplz_button_accept_background_color": th["brand"], "--cmplz_button_accept_text_color": th["brand_fg"],
         "--cmplz_button_font_size": f"{th['btn_fs']}px", "--cmplz_button_border_radius": th["radius"]}
    posc = {"bottom-right": "right:20px;bottom:20px;width:var(--cmplz_banner_width)", "bottom": "left:0;right:0;bottom:0;border-radius:0",
            "center": "top:50%;left:50%;transform:translate(-50%,-50%);width:var(--cmplz_banner_width);max-width:92vw"}[pos]
    css = [f".cmplz-cookiebanner{{{';'.join(f'{k}:{val}' for k, val in v.items())}}}",
           (f".cmplz-cookiebanner{{position:fixed;z-index:99999;{posc};background:var(--cmplz_banner_background_color);color:var(--cmplz_text_color);"
           f"font-size:var(--cmplz_text_font_size);font-family:{th['font']};border-radius:var(--cmplz_banner_border_radius);padding:19px 20px 15px;box-shadow:0 0 10px rgba(0,0,0,.2);max-height:90vh;overflow:auto}}"),
           ".cmplz-cookiebanner .cmplz-header{display:flex;align-items:center;justify-content:space-between;position:relative}",
           ".cmplz-cookiebanner .cmplz-title{font-weight:700;font-size:15px}.cmplz-cookiebanner .cmplz-message p{line-height:1.5;margin:8px 0}",
           ".cmplz-cookiebanner .cmplz-category{border-radius:5px;background:rgba(127,127,127,.1);margin:6px 0}.cmplz-cookiebanner summary{display:block;padding:8px 10px;list-style:none}",
           ".cmplz-category-header{display:flex;align-items:center;justify-content:space-between;gap:6px}.cmplz-category-title{font-weight:600;flex:1}",
           ".cmplz-cookiebanner .cmplz-description{display:none}.screen-reader-text{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}",
           ".cmplz-banner-checkbox{position:relative;display:inline-flex;align-items:center}.cmplz-consent-checkbox{position:absolute;opacity:0;width:1px;height:1px}",
           ".cmplz-label{display:inline-block;width:40px;height:20px;border-radius:10px;background:#d0d0d0}.cmplz-always-active{color:var(--cmplz_hyperlink_color);font-size:12px;display:inline-flex;gap:6px}",
           ".cmplz-cookiebanner .cmplz-buttons{display:flex;flex-wrap:wrap;gap:10px;margin-top:10px}.cmplz-cookiebanner .cmplz-buttons .cmplz-btn{flex:1}",
           ".cmplz-cookiebanner .cmplz-btn{font-size:var(--cmplz_button_font_size);border-radius:var(--cmplz_button_border_radius);cursor:pointer}",
           ".cmplz-cookiebanner .cmplz-links{display:flex;justify-content:center;gap:14px;margin-top:6px}.cmplz-documents ul{display:flex;gap:14px;list-style:none;padding:0;margin:8px 0 0;justify-content:center}",
           ".cmplz-link{color:var(--cmplz_hyperlink_color);font-size:12px}",
           look_css(".cmplz-cookiebanner .cmplz-close", "close", th),
           ".cmplz-soft-cookiewall{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.6);z-index:99998}"]
    for c in shown_btns:
        if c.look in ("buried", "settings_link"):
            css.append(look_css(f".cmplz-cookiebanner a.{cls[c.key]}", c.look, th))
        else:
            decls = [d for d in look_decls(c.look, th) if d[0] != "border-radius" and d[0] != "font-size"]
            if c.look in ("primary", "equal"):
                decls = [("background-color", "var(--cmplz_button_accept_background_color)"), ("color", "var(--cmplz_button_accept_text_color)")] + decls[2:]
            css.append(f".cmplz-cookiebanner .cmplz-btn.{cls[c.key]}{{{';'.join(f'{k}:{val}' for k, val in decls)}}}")
    body_cls, lock_css = lock(s, "cmplz-soft-cookiewall-active")
    css.append(lock_css)
    markup = f'<div id="cmplz-cookiebanner-container">{banner}</div>{wall}'
    return Rendered("".join(css), markup, body_cls)


# -- CookieYes (inline colours on every button, data-cky-tag hooks) ---------------------

def r_cookieyes(s: Screen) -> Rendered:
    th, t = s.th, s.t
    layout = {"bottom": "cky-classic-bottom" if s.toggles else "cky-banner-bottom", "corner": "cky-box-bottom-left", "center": "cky-popup-center"}[s.position]
    tags = {"accept": "accept-button", "reject": "reject-button", "settings": "settings-button", "save": "detail-save-button", "pay": "subscribe-button"}
    cls = {"accept": "cky-btn cky-btn-accept", "reject": "cky-btn cky-btn-reject", "settings": "cky-btn cky-btn-customize",
           "save": "cky-btn cky-btn-preferences", "pay": "cky-btn cky-btn-subscribe"}

    def inline_colours(look: str) -> str:
        d = dict(look_decls(look, th))
        keep = ("color", "background-color", "border", "background", "font-size", "text-decoration", "padding", "font-weight")
        return ";".join(f"{k}:{d[k]}" for k in keep if k in d)

    btns = []
    for c in s.buttons:
        btns.append(ctl_html(c, "button", at(cls=cls[c.key] + (" cky-btn-link" if c.look in ("buried", "settings_link") else ""), aria_label=c.text,
                                             data_cky_tag=tags[c.key], style=inline_colours(c.look))))
    corner = ctl_html(s.corner, "button", at(cls="cky-banner-btn-close cky-continue-without", data_cky_tag="close-button", style=inline_colours("corner"))) if s.corner else ""
    x = ctl_html(s.close, "button", at(cls="cky-banner-btn-close", aria_label=t["close"], data_cky_tag="close-button"), inner="×") if s.close else ""
    inline = lambda c: ctl_html(c, "a", at(href="#", cls="cky-reject-link", data_cky_tag="reject-link"))
    links = "".join(ctl_html(c, "a", at(cls="cky-policy", data_cky_tag="readmore-button")) for c in s.links)
    expand = ""
    if s.toggles:
        items = "".join(
            f'<div class="cky-accordion-header-wrapper"><label for="ckyCheckbox{i}">{E(tg.name)}</label>'
            f'{chk(f"ckyCheckbox{i}", tg.checked, "cky-checkbox", disabled=tg.kind == "essential")}</div>' for i, tg in enumerate(s.toggles))
        expand = f'<div class="cky-consent-bar-expand" data-cky-tag="detail-categories">{items}</div>'
    heading = f'<p{at(cls="cky-title", role="heading", aria_level="1", data_cky_tag="title")}>{E(s.title)}</p>' if s.title else ""
    bar = (f'<div class="cky-consent-container {layout}" tabindex="0" role="region" aria-label="{E(s.title or t["privacy"])}"{closed(s, 1)}{dialog_marks(s, 1)}>'
           f'<div class="cky-consent-bar" data-cky-tag="notice" style="border-color:{th["line"]};background-color:{th["bg"]}">{corner}{x}'
           f'<div class="cky-notice">{heading}'
           f'<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description" style="color:{th["fg"]}">{s.paras_html("p", inline=inline)}<p>{links}</p></div>'
           f'<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">{"".join(btns)}</div></div></div>{expand}</div></div>')
    l2 = s.layer2
    acc = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        if tg.kind == "essential":
            ctrl = f'<span class="cky-always-active">{E(t["always"])}</span>'
        else:
            ctrl = f'<div class="cky-switch" data-cky-tag="detail-category-toggle">{chk(f"ckySwitch{i}", tg.checked, "", aria=name)}</div>'
            if tg.li is not None:
                ctrl += f'<span class="cky-li">{E(li_label(s))}</span><div class="cky-switch">{chk(f"ckySwitchLi{i}", tg.li, "", aria=f"{tg.name} – {li_label(s)}")}</div>'
        title_btn = ctl_html(Ctl("other", tg.name, "expand", "link"), "button", at(cls="cky-accordion-btn", data_cky_tag="detail-category-title"))
        acc.append(f'<div class="cky-accordion" id="ckyDetailCategory{i}"><div class="cky-accordion-item"><div class="cky-accordion-chevron"><i class="cky-chevron-right"></i></div>'
                   f'<div class="cky-accordion-header-wrapper"><div class="cky-accordion-header">{title_btn}{ctrl}</div></div></div></div>')
    ptags = {"reject_all": ("cky-btn cky-btn-reject", "detail-reject-button"), "save": ("cky-btn cky-btn-preferences", "detail-save-button"),
             "accept_all": ("cky-btn cky-btn-accept", "detail-accept-button"), "object_all": ("cky-btn cky-btn-object", "detail-object-button")}
    pbtns = "".join(ctl_html(c, "button", at(cls=ptags[c.key][0], data_cky_tag=ptags[c.key][1], style=inline_colours(c.look))) for c in l2.buttons)
    px = ctl_html(Ctl("close", "×", "close", "close", aria=t["close"]), "button", at(cls="cky-btn-close", data_cky_tag="detail-close"))
    modal = (f'<div class="cky-modal{" cky-modal-open" if s.shown == 2 else " cky-hide"}">'
             f'<div class="cky-preference-center" role="dialog" aria-modal="true" aria-labelledby="ckyPrefTitle" data-cky-tag="detail"{dialog_marks(s, 2)}>'
             f'<div class="cky-preference-header"><span class="cky-preference-title" id="ckyPrefTitle" role="heading" aria-level="1" data-cky-tag="detail-title">{E(l2.title)}</span>{px}</div>'
             f'<div class="cky-preference-body-wrapper"><div class="cky-preference-content-wrapper" data-cky-tag="detail-description"><p>{E(l2.desc)}</p>{"<p>" + E(l2.note) + "</p>" if l2.note else ""}</div>'
             f'<div class="cky-accordion-wrapper" data-cky-tag="detail-categories">{"".join(acc)}</div></div>'
             f'<div class="cky-footer-wrapper"><span class="cky-footer-shadow"></span><div class="cky-prefrence-btn-wrapper" data-cky-tag="detail-buttons">{pbtns}</div></div></div></div>')
    overlay = f'<div class="cky-overlay{"" if s.backdrop else " cky-hide"}"></div>'
    posc = {"cky-banner-bottom": "left:0;right:0;bottom:0", "cky-classic-bottom": "left:0;right:0;bottom:0",
            "cky-box-bottom-left": "left:40px;bottom:40px;width:440px", "cky-popup-center": "top:50%;left:50%;transform:translate(-50%,-50%);width:560px;max-width:92vw"}[layout]
    css = [f".cky-consent-container{{position:fixed;{posc};z-index:9999999;font-family:{th['font']}}}",
           f".cky-consent-bar{{padding:20px 26px;border:1px solid;border-radius:{'0' if 'bottom' in layout and 'box' not in layout else '6px'};box-shadow:0 -1px 10px rgba(172,171,171,.3);position:relative}}",
           f".cky-title{{font-size:{th['title_fs'] - 2}px;font-weight:700;margin:0 0 10px;color:{th['fg']}}}.cky-notice-des p{{font-size:{th['text_fs']}px;line-height:1.5;margin:0 0 6px}}",
           ".cky-notice-group{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:14px}",
           ".cky-notice-btn-wrapper{display:flex;flex-wrap:wrap;gap:8px;align-items:center}.cky-btn{cursor:pointer;line-height:24px}",
           f".cky-btn{{font-size:{th['btn_fs']}px;padding:{th['btn_pad']};border-radius:{th['radius']};font-weight:{th['btn_w']};font-family:inherit}}",
           ".cky-btn.cky-btn-link{font-weight:400;line-height:1.2}",
           f".cky-policy,.cky-reject-link{{color:{th['link']};text-decoration:underline}}",
           ".cky-consent-bar-expand{display:flex;gap:18px;padding:10px 26px;flex-wrap:wrap}",
           look_css(".cky-banner-btn-close", "close", th),
           ".cky-banner-btn-close.cky-continue-without{position:absolute;top:10px;right:14px}",
           ".cky-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:#000;opacity:.45;z-index:9999998}.cky-hide{display:none}",
           f".cky-modal{{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);width:845px;max-width:96vw;max-height:82vh;overflow:auto;background:{th['bg']};color:{th['fg']};z-index:99999999;border-radius:6px;font-family:{th['font']}}}",
           f".cky-preference-header{{display:flex;justify-content:space-between;align-items:center;padding:22px 24px;border-bottom:1px solid {th['line']};position:relative}}",
           ".cky-preference-title{font-size:18px;font-weight:700}.cky-preference-body-wrapper{padding:0 24px}.cky-preference-content-wrapper p{font-size:14px;line-height:1.5}",
           f".cky-accordion-header{{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:12px 0;border-bottom:1px solid {th['line']}}}",
           f".cky-accordion-btn{{background:none;border:0;font-size:16px;font-weight:700;color:{th['fg']};flex:1;text-align:left;padding:0}}",
           ".cky-always-active{color:#008000;font-size:14px;font-weight:600}.cky-switch input{width:44px;height:24px}",
           ".cky-footer-wrapper{padding:22px 24px}.cky-prefrence-btn-wrapper{display:flex;flex-wrap:wrap;gap:8px;justify-content:center}",
           look_css(".cky-btn-close", "close", th)]
    body_cls, lock_css = lock(s, "cky-modal-open")
    css.append(lock_css)
    return Rendered("".join(css), bar + modal + overlay, body_cls)


# -- iubenda -------------------------------------------------------------------------

def r_iubenda(s: Screen) -> Rendered:
    th, t = s.th, s.t
    pos = {"bottom": "iubenda-cs-bottom", "center": "iubenda-cs-center", "top": "iubenda-cs-top"}[s.position]
    cls = {"accept": "iubenda-cs-accept-btn iubenda-cs-btn-primary", "reject": "iubenda-cs-reject-btn iubenda-cs-btn-primary",
           "settings": "iubenda-cs-customize-btn", "pay": "iubenda-cs-subscribe-btn iubenda-cs-btn-primary", "save": "iubenda-cs-save-btn"}
    custom = [c for c in s.buttons if c.key == "settings"]
    consent = [c for c in s.buttons if c.key != "settings" and c.look != "buried"]
    buried = [c for c in s.buttons if c.look == "buried"]
    group = ('<div class="iubenda-cs-opt-group"><div class="iubenda-cs-opt-group-custom">'
             + "".join(ctl_html(c, "button", at(cls=cls[c.key], tabindex="0")) for c in custom)
             + '</div><div class="iubenda-cs-opt-group-consent">'
             + "".join(ctl_html(c, "button", at(cls=cls[c.key], tabindex="0")) for c in consent) + "</div></div>")
    if s.corner:
        top = ctl_html(s.corner, "button", at(cls="iubenda-cs-close-btn iubenda-cs-close-text", tabindex="0"))
    elif s.close:
        top = ctl_html(s.close, "button", at(cls="iubenda-cs-close-btn", tabindex="0"), inner="×")
    else:
        top = ""
    policy = "".join(" " + ctl_html(c, "a", at(cls="iubenda-cs-cookie-policy-lnk", target="_blank", rel="noopener")) for c in s.links)
    inline = lambda c: ctl_html(c, "a", at(href="#", cls="iubenda-cs-reject-btn iubenda-cs-reject-link"))
    paras = "".join(f'<p class="iub-p">{s.para(p, inline)}{policy if i == len(s.paras) - 1 else ""}</p>' for i, p in enumerate(s.paras))
    extra = "".join(ctl_html(c, "a", at(href="#", cls=cls[c.key] + " iubenda-cs-link-btn")) for c in buried)
    overlay = " iubenda-cs-overlay" if s.backdrop else ""
    banner = (f'<div id="iubenda-cs-banner" class="iubenda-cs-default {pos}{overlay} iubenda-cs-slidein iubenda-cs-visible" role="alertdialog" '
              f'aria-labelledby="iubenda-cs-title" aria-describedby="iubenda-cs-paragraph"{closed(s, 1)}{dialog_marks(s, 1)}>'
              f'<div class="iubenda-cs-container"><div class="iubenda-cs-content"><div class="iubenda-cs-rationale">{top}'
              f'<div class="iubenda-banner-content" role="document"><div id="iubenda-cs-title">{E(s.title or t["privacy"])}</div>'
              f'<div id="iubenda-cs-paragraph">{paras}</div></div>{group}{extra}</div></div></div></div>')
    l2 = s.layer2
    items = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        if tg.kind == "essential":
            ctrl = f'<span class="purposes-item-status">{E(t["always"])}</span>'
        else:
            ctrl = f'<span class="purposes-item-status">{chk(f"iub-purpose-{i}", tg.checked, "style-switch", at(role="switch"), aria=name)}</span>'
            if tg.li is not None:
                ctrl += (f'<span class="purposes-item-status purposes-li"><span>{E(li_label(s))}</span>'
                         f'{chk(f"iub-purpose-{i}-li", tg.li, "style-switch", at(role="switch"), aria=f"{tg.name} – {li_label(s)}")}</span>')
        items.append(f'<div class="purposes-item"><div class="purposes-item-header"><div class="purposes-item-title">'
                     f'<label for="iub-purpose-{i}">{E(tg.name)}</label></div>{ctrl}</div></div>')
    pcls = {"reject_all": "purposes-btn iub-btn-reject", "accept_all": "purposes-btn iub-btn-consent", "object_all": "purposes-btn iub-btn-object"}
    head_btns = "".join(ctl_html(c, "button", at(cls=pcls[c.key])) for c in l2.buttons if c.key != "save")
    save = "".join(ctl_html(c, "button", at(id="iubFooterBtn", cls="iubenda-cs-btn-primary iub-save")) for c in l2.buttons if c.key == "save")
    pref = (f'<div id="iubenda-iframe" class="iubenda-iframe-visible"{closed(s, 2)}><div id="iubenda-iframe-popup" role="dialog" aria-modal="true" aria-labelledby="iub-pref-title"{dialog_marks(s, 2)}>'
            f'<div id="iubenda-iframe-content"><div class="purposes-header"><div class="purposes-header-title" id="iub-pref-title">{E(l2.title)}</div>'
            f'<div class="purposes-header-text">{E(l2.desc)}{" " + E(l2.note) if l2.note else ""}</div><div class="purposes-header-right">{head_btns}</div></div>'
            f'<div class="purposes-items">{"".join(items)}</div></div><div id="iubenda-iframe-footer">{save}</div></div></div>')
    posc = {"iubenda-cs-bottom": "left:0;right:0;bottom:0", "iubenda-cs-top": "left:0;right:0;top:0",
            "iubenda-cs-center": "top:0;left:0;right:0;bottom:0;display:flex;align-items:center;justify-content:center"}[pos]
    css = [f"#iubenda-cs-banner{{position:fixed!important;{posc};z-index:99999998!important;font-family:{th['font']}!important;font-size:{th['text_fs']}px!important}}",
           "#iubenda-cs-banner.iubenda-cs-overlay{background-color:rgba(0,0,0,.5)!important}",
           f"#iubenda-cs-banner .iubenda-cs-container{{background:{th['bg']}!important;color:{th['fg']}!important;{'width:680px;max-width:92vw;border-radius:4px' if pos == 'iubenda-cs-center' else 'width:100%'}}}",
           "#iubenda-cs-banner .iubenda-cs-content{padding:20px 28px!important;position:relative}#iubenda-cs-banner .iubenda-cs-rationale{position:relative}",
           f"#iubenda-cs-title{{font-weight:700!important;font-size:{th['title_fs'] - 2}px!important;margin-bottom:8px}}#iubenda-cs-paragraph .iub-p{{line-height:1.5!important;margin:0 0 8px!important}}",
           f"#iubenda-cs-banner a{{color:{th['link']}!important;text-decoration:underline!important}}",
           "#iubenda-cs-banner .iubenda-cs-opt-group{display:flex!important;justify-content:space-between;align-items:center;gap:10px;margin-top:12px;flex-wrap:wrap}",
           "#iubenda-cs-banner .iubenda-cs-opt-group-consent{display:flex;gap:10px}",
           look_css("#iubenda-cs-banner .iubenda-cs-close-btn", "close", th, True),
           look_css("#iubenda-cs-banner .iubenda-cs-close-btn.iubenda-cs-close-text", "corner", th, True),
           look_css("#iubenda-cs-banner a.iubenda-cs-link-btn", "buried", th, True),
           "#iubenda-iframe{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.5);z-index:99999999;display:flex;align-items:center;justify-content:center}",
           f"#iubenda-iframe-popup{{background:{th['bg']};color:{th['fg']};width:760px;max-width:94vw;max-height:86vh;overflow:auto;border-radius:6px;font-family:{th['font']}}}",
           "#iubenda-iframe-content{padding:24px}.purposes-header-title{font-size:20px;font-weight:700}.purposes-header-text{margin:8px 0;line-height:1.5;font-size:14px}",
           ".purposes-header-right{display:flex;gap:10px;justify-content:flex-end}",
           f".purposes-item-header{{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:10px 0;border-bottom:1px solid {th['line']}}}",
           ".purposes-item-title{flex:1;font-weight:600}.style-switch{width:40px;height:22px}.purposes-li{font-size:12px;display:inline-flex;gap:4px;align-items:center}",
           "#iubenda-iframe-footer{padding:16px 24px;text-align:right}"]
    for c in consent + custom:
        css.append(look_css(f"#iubenda-cs-banner button.{cls[c.key].split()[0]}", c.look, th, True))
    for c in l2.buttons:
        sel = "#iubFooterBtn" if c.key == "save" else f"#iubenda-iframe .{pcls[c.key].split()[1]}"
        css.append(look_css(sel, c.look, th))
    body_cls, lock_css = lock(s, "iub-body-noscroll")
    css.append(lock_css)
    return Rendered("".join(css), banner + pref, body_cls)


# -- Axeptio (CSS-in-JS classes, a card in the corner) -----------------------------

def r_axeptio(s: Screen) -> Rendered:
    th, t = s.th, s.t
    key = f"{s.site['domain']}:{s.lang}:{s.config}"
    sc = {name: hashed(key + name, "sc-", 7) for name in ("card", "ill", "title", "sub", "text", "btns", "btn", "acc", "dis", "cfg", "brand", "step", "row", "sw", "corner", "pay", "save", "x")}
    ids = {"accept": "axeptio_btn_acceptAll", "reject": "axeptio_btn_dismiss", "settings": "axeptio_btn_configure",
           "pay": "axeptio_btn_subscribe", "save": "axeptio_btn_save"}
    which = {"accept": "acc", "reject": "dis", "settings": "cfg", "pay": "pay", "save": "save"}
    btns = "".join(ctl_html(c, "button", at(id=ids[c.key], cls=f"needsclick {sc['btn']} {sc[which[c.key]]}" + (" ax-discardButton" if c.key == "reject" else "")))
                   for c in s.buttons if c.look != "buried")
    below = "".join(ctl_html(c, "button", at(id=ids[c.key], cls=f"needsclick ax-discardButton {sc['dis']}")) for c in s.buttons if c.look == "buried")
    corner = ctl_html(s.corner, "button", at(id="axeptio_btn_dismiss", cls=f"needsclick ax-discardButton {sc['corner']}")) if s.corner else ""
    x = ctl_html(s.close, "button", at(cls=f"needsclick {sc['x']}", id="axeptio_btn_close"), inner="×") if s.close else ""
    inline = lambda c: ctl_html(c, "a", at(href="#", cls="needsclick ax-discardLink"))
    links = "".join(ctl_html(c, "a", at(cls="needsclick ax-link")) for c in s.links)
    brand = ctl_html(Ctl("other", "Axeptio", "brand", "link", href="https://www.axeptio.eu/"), "a", at(cls=sc["brand"], target="_blank", rel="noopener"))
    sub = t.get("sub", "")
    subtitle = f'<span class="{sc["sub"]}">{E(sub)}</span>' if sub and s.config not in ("wall", "pay") else ""
    card = (f'<div class="{sc["card"]}"{closed(s, 1)}{off(s, 1)}>{corner}{x}<div class="{sc["ill"]}" role="img" aria-label="cookie"></div>'
            f'<h2 id="axeptio_main_title" class="{sc["title"]}">{E(s.title or t["privacy"])}{subtitle}</h2>'
            f'<div id="axeptio_main_text" class="{sc["text"]}">{s.paras_html("p", inline=inline)}<p>{links}</p></div>'
            f'<div class="{sc["btns"]}">{btns}</div>{below}<div class="ax-brand-line">{brand}</div></div>')
    l2 = s.layer2
    rows = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        sw = "" if tg.kind == "essential" else chk(f"axeptio_vendor_{i}", tg.checked, f"needsclick {sc['sw']}", at(role="switch"), aria=name)
        if tg.li is not None:
            sw += f'<span class="ax-li">{E(li_label(s))}</span>' + chk(f"axeptio_vendor_{i}_li", tg.li, f"needsclick {sc['sw']}", at(role="switch"), aria=f"{tg.name} – {li_label(s)}")
        rows.append(f'<label class="{sc["row"]}" for="axeptio_vendor_{i}"><span>{E(tg.name)}</span>{sw}</label>')
    pid = {"reject_all": "axeptio_btn_dismiss_all", "save": "axeptio_btn_next", "accept_all": "axeptio_btn_acceptAll_step", "object_all": "axeptio_btn_object"}
    pwhich = {"reject_all": "dis", "save": "save", "accept_all": "acc", "object_all": "cfg"}
    step_btns = "".join(ctl_html(c, "button", at(id=pid[c.key], cls=f"needsclick {sc['btn']} {sc[pwhich[c.key]]}")) for c in l2.buttons)
    step = (f'<div class="{sc["step"]} axeptio-step" data-step="cookies"{closed(s, 2)}{off(s, 2)}>'
            f'<h2 class="{sc["title"]}">{E(l2.title)}</h2><div class="{sc["text"]}"><p>{E(l2.desc)}</p>{"<p>" + E(l2.note) + "</p>" if l2.note else ""}</div>'
            f'<div class="ax-rows">{"".join(rows)}</div>'
            f'<div class="{sc["btns"]}">{step_btns}</div></div>')
    center = s.position == "center" or s.shown == 2
    widget = (f'<div class="axeptio_widget axeptio-widget--open" role="dialog" aria-modal="{str(s.backdrop).lower()}" aria-labelledby="axeptio_main_title" data-cl-dialog="1">'
              f'{card}{step}</div>')
    overlay = '<div id="axeptio_overlay" class="axeptio_overlay"></div>' if s.backdrop else ""
    d = dict(look_decls("primary", th))
    css = [f".axeptio_mount{{--ax-main:{th['brand']};--ax-main-text:{th['brand_fg']};--ax-bg:{th['bg']};--ax-text:{th['fg']};font-family:{th['font']}}}",
           "#axeptio_overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.5);z-index:2147483640}",
           f".axeptio_widget{{position:fixed;z-index:2147483645;{'top:50%;left:50%;transform:translate(-50%,-50%)' if center else 'left:24px;bottom:24px'};width:{'520px' if center else '380px'};max-width:92vw}}",
           f".{sc['card']},.{sc['step']}{{background:var(--ax-bg);color:var(--ax-text);border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.25);padding:24px;position:relative;font-size:{th['text_fs']}px}}",
           f".{sc['step']}{{max-height:80vh;overflow:auto}}",
           f".{sc['ill']}{{width:64px;height:64px;border-radius:50%;background:#f5d28a;margin-bottom:10px}}",
           f".{sc['title']}{{font-size:{th['title_fs']}px;font-weight:800;margin:0 0 8px;line-height:1.2}}.{sc['sub']}{{display:block;font-size:14px;font-weight:400;opacity:.8}}",
           f".{sc['text']} p{{margin:0 0 8px;line-height:1.5}}.ax-link,.ax-discardLink{{color:var(--ax-text);text-decoration:underline}}",
           f".{sc['btns']}{{display:flex;flex-wrap:wrap;gap:8px;margin-top:14px}}.{sc['btn']}{{flex:1}}",
           f".{sc['row']}{{display:flex;justify-content:space-between;align-items:center;padding:8px 0;border-bottom:1px solid {th['line']}}}.{sc['sw']}{{width:42px;height:22px}}",
           f".ax-brand-line{{text-align:center;margin-top:10px}}.{sc['brand']}{{font-size:11px;color:{th['muted']}}}",
           look_css(f".{sc['corner']}", "corner", th), look_css(f".{sc['x']}", "close", th),
           f".{sc['btn']}.{sc['acc']}{{background-color:var(--ax-main);color:var(--ax-main-text);border:2px solid var(--ax-main);font-size:{d['font-size']};font-weight:{d['font-weight']};padding:{d['padding']};border-radius:{th['radius']}}}"]
    for c in s.buttons + l2.buttons:
        w = {"accept": "acc", "accept_all": "acc"}.get(c.key)
        if w:
            continue
        part = {"reject": "dis", "reject_all": "dis", "settings": "cfg", "object_all": "cfg", "pay": "pay", "save": "save"}[c.key]
        sel = f"button.ax-discardButton.{sc['dis']}" if c.look == "buried" else f".{sc['btn']}.{sc[part]}"
        css.append(look_css(sel, c.look, th))
    body_cls, lock_css = lock(s, "axeptio-open")
    css.append(lock_css)
    return Rendered("".join(css), f'<div class="axeptio_mount">{overlay}{widget}</div>', body_cls)


# -- consentmanager.net (#cmpbox; newer versions render into a shadow root on #cmpwrapper) --

def r_consentmanager(s: Screen) -> Rendered:
    th, t, rng = s.th, s.t, s.rng
    cls = {"accept": "cmpboxbtn cmpboxbtnyes cmptxt_btn_yes", "reject": "cmpboxbtn cmpboxbtnno cmptxt_btn_no",
           "settings": "cmpboxbtn cmpboxbtncustom cmptxt_btn_custom", "save": "cmpboxbtn cmpboxbtnsave cmptxt_btn_save",
           "pay": "cmpboxbtn cmpboxbtnpur cmptxt_btn_pur"}
    btns, below = [], []
    for c in s.buttons:
        if c.look in ("buried", "settings_link"):
            below.append(ctl_html(c, "a", at(href="#", cls=("cmpboxbtnno cmptxt_btn_no" if c.key == "reject" else "cmpboxbtncustom cmptxt_btn_custom") + " cmplinkbtn", role="button")))
        else:
            btns.append(ctl_html(c, "a", at(href="#", cls=cls[c.key], role="button")))

    def as_link(button: str) -> str:
        """consentmanager draws its switches as links with role=switch."""
        return button.replace('<button type="button"', '<a href="#"', 1).replace("</button>", "</a>")

    def table(togs, prefix):
        rows = []
        for i, tg in enumerate(togs):
            name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
            if tg.kind == "essential":
                ctrl = f'<span class="cmpalwayson">{E(t["always"])}</span>'
            else:
                ctrl = switch(tg.checked, "cmpimgyesno cmptogglespan", aria=name, extra=at(id=f"{prefix}{i}"),
                              inner=f'<span class="cmponofftext">{"ON" if tg.checked else "OFF"}</span>')
                ctrl = as_link(ctrl)
            li = ""
            if tg.li is not None:
                li = switch(tg.li, "cmpimgyesno cmptogglespan", aria=f"{tg.name} – {li_label(s)}",
                            inner=f'<span class="cmponofftext">{"ON" if tg.li else "OFF"}</span>')
                li = f'<td class="cmptdchoice cmptdli">{as_link(li)}</td>'
            rows.append(f'<tr class="cmppurpose"><td class="cmptdname">{E(tg.name)}</td><td class="cmptdchoice">{ctrl}</td>{li}</tr>')
        return f'<table class="cmptbl"><tbody>{"".join(rows)}</tbody></table>'

    inline = lambda c: ctl_html(c, "a", at(href="#", cls="cmptxt_link cmpboxbtnno"))
    links = "".join(ctl_html(c, "a", at(cls="cmpmorelink" if c.key == "vendors" else "cmplink")) for c in s.links)
    x = ctl_html(s.close, "a", at(href="#", cls="cmpclose", role="button"), inner="×") if s.close else ""
    heading = f'<h2 class="cmpboxhl" id="cmpboxheadline">{E(s.title)}</h2>' if s.title else ""
    purposes = f'<div class="cmpboxpurposes">{table(s.toggles, "cmpfirst")}</div>' if s.toggles else ""
    welcome = (f'<div class="cmpboxinner cmpboxwelcome"{closed(s, 1)}{off(s, 1)}><div class="cmpboxcontent">{x}'
               f'<div class="cmpboxtxt cmptxt_txt" id="cmpboxcontent">'
               f'{heading}{s.paras_html("p", inline=inline)}<p>{links}</p></div>{purposes}'
               f'<div class="cmpboxbtns">{"".join(btns)}</div><div class="cmpboxlinks">{"".join(below)}</div></div></div>')
    l2 = s.layer2
    pcls = {"reject_all": "cmpboxbtn cmpboxbtnno", "save": "cmpboxbtn cmpboxbtnsave", "accept_all": "cmpboxbtn cmpboxbtnyes", "object_all": "cmpboxbtn cmpboxbtnobject"}
    custom = (f'<div class="cmpboxinner cmpboxcustom"{closed(s, 2)}{off(s, 2)}><div class="cmpboxcontent"><h2 class="cmpboxhl">{E(l2.title)}</h2>'
              f'<p>{E(l2.desc)}</p>{"<p>" + E(l2.note) + "</p>" if l2.note else ""}{table(l2.toggles, "cmpcustom")}'
              f'<div class="cmpboxbtns">{"".join(ctl_html(c, "a", at(href="#", cls=pcls[c.key], role="button")) for c in l2.buttons)}</div></div></div>')
    pos = "cmpboxWelcomeGDPR cmpBoxWelcomeOptIn" + (" cmpboxbottom" if s.position == "bottom" and s.shown == 1 else " cmpboxcenter")
    box = (f'<div id="cmpbox" class="cmpbox cmpstyleroot {pos} cmpfadeIn" role="dialog" aria-modal="true" aria-labelledby="cmpboxheadline" data-cl-dialog="1">'
           f'{welcome}{custom}</div>')
    dimmer = '<div id="cmpbox2" class="cmpbox2"></div>' if s.backdrop else ""
    css = [f"#cmpbox{{position:fixed!important;z-index:2147483647;background-color:{th['bg']}!important;color:{th['fg']}!important;font-family:{th['font']};font-size:{th['text_fs']}px;box-shadow:0 0 20px rgba(0,0,0,.3)}}",
           "#cmpbox.cmpboxcenter{top:50%;left:50%;transform:translate(-50%,-50%);width:640px;max-width:94vw;max-height:86vh;overflow:auto;border-radius:6px}",
           "#cmpbox.cmpboxbottom{left:0;right:0;bottom:0}",
           "#cmpbox .cmpboxinner{padding:22px 26px}#cmpbox .cmpboxcontent{position:relative}",
           f"#cmpbox .cmpboxhl{{font-size:{th['title_fs']}px;margin:0 0 10px;font-weight:700}}#cmpbox .cmpboxtxt p{{line-height:1.5;margin:0 0 8px}}",
           f"#cmpbox a.cmplink,#cmpbox a.cmpmorelink,#cmpbox a.cmptxt_link{{color:{th['link']}!important}}",
           "#cmpbox .cmpboxbtns{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}#cmpbox .cmpboxbtn{display:inline-block;text-align:center;text-decoration:none!important}",
           "#cmpbox .cmpboxlinks{margin-top:8px}",
           f"#cmpbox .cmptbl{{width:100%;border-collapse:collapse}}#cmpbox .cmptbl td{{padding:6px 0;border-bottom:1px solid {th['line']}}}",
           "#cmpbox .cmptogglespan{display:inline-block;min-width:52px;padding:3px 8px;border-radius:12px;background:#ccc;color:#fff;font-size:11px;text-align:center;text-decoration:none;border:0}",
           "#cmpbox .cmpalwayson{font-size:12px;color:#3c8f2d}",
           look_css("#cmpbox .cmpclose", "close", th, True),
           "#cmpbox2{position:fixed;top:0;left:0;width:100%;height:100%;background-color:rgba(0,0,0,.55);z-index:2147483646}"]
    for c in s.buttons:
        if c.look in ("buried", "settings_link"):
            sel = "#cmpbox .cmpboxlinks a." + ("cmpboxbtnno" if c.key == "reject" else "cmpboxbtncustom")
        else:
            sel = "#cmpbox .cmpboxwelcome a." + cls[c.key].split()[1]
        css.append(look_css(sel, c.look, th, True))
    for c in l2.buttons:
        css.append(look_css("#cmpbox .cmpboxcustom a." + pcls[c.key].split()[1], c.look, th, True))
    body_cls, lock_css = lock(s, "cmpboxshown")
    if rng.random() < 0.4:  # the newer script renders into a shadow root
        markup = (f'<div id="cmpwrapper" class="cmpwrapper"><template shadowrootmode="open"><style>{"".join(css)}</style>'
                  f'{dimmer}{box}</template></div>')
        return Rendered(lock_css, markup, body_cls)
    return Rendered("".join(css) + lock_css, dimmer + box, body_cls)


# -- Sirdata (obfuscated sd-cmp-* class names) ----------------------------------------

def r_sirdata(s: Screen) -> Rendered:
    th, t = s.th, s.t
    key = f"{s.site['domain']}:{s.lang}:{s.config}"
    h = {name: hashed(key + name, "sd-cmp-", 5) for name in ("veil", "pop", "head", "logo", "title", "text", "foot", "btn", "acc", "rej", "cfg", "lbl", "corner", "row", "sw", "pay", "save", "link", "x", "bur")}
    which = {"accept": "acc", "reject": "rej", "settings": "cfg", "pay": "pay", "save": "save"}
    btns, below = [], []
    for c in s.buttons:
        if c.look == "buried":
            below.append(ctl_html(c, "button", at(cls=f"{h['bur']}"), inner=f'<span class="{h["lbl"]}">{E(c.text)}</span>'))
        else:
            btns.append(ctl_html(c, "button", at(cls=f"{h['btn']} {h[which[c.key]]}"), inner=f'<span class="{h["lbl"]}">{E(c.text)}</span>'))
    corner = ctl_html(s.corner, "button", at(cls=h["corner"]), inner=f"<span>{E(s.corner.text)}</span>") if s.corner else ""
    x = ctl_html(s.close, "button", at(cls=h["x"], aria_label=t["close"]), inner="×") if s.close else ""
    inline = lambda c: ctl_html(c, "a", at(href="#", cls=h["link"]))
    links = "".join(ctl_html(c, "a", at(cls=h["link"])) for c in s.links)
    first = (f'<div class="{h["pop"]}" role="dialog" aria-modal="true" aria-labelledby="sd-cmp-title"{closed(s, 1)}{dialog_marks(s, 1)}>{corner}{x}'
             f'<div class="{h["head"]}"><div class="{h["logo"]}" role="img" aria-label="{E(s.site["name"])}"></div></div>'
             f'<h2 id="sd-cmp-title" class="{h["title"]}">{E(s.title or t["privacy"])}</h2><div class="{h["text"]}">{s.paras_html("p", inline=inline)}<p>{links}</p></div>'
             f'<div class="{h["foot"]}">{"".join(btns)}</div>{"".join(below)}</div>')
    l2 = s.layer2
    rows = []
    for i, tg in enumerate(l2.toggles):
        name = tg.name + (" – " + t["consent"] if tg.kind == "tcf" else "")
        sw = "" if tg.kind == "essential" else switch(tg.checked, h["sw"], aria=name)
        if tg.li is not None:
            sw += f'<span class="{h["lbl"]}">{E(li_label(s))}</span>' + switch(tg.li, h["sw"], aria=f"{tg.name} – {li_label(s)}")
        rows.append(f'<div class="{h["row"]}"><span>{E(tg.name)}</span>{sw}</div>')
    pw = {"reject_all": "rej", "save": "save", "accept_all": "acc", "object_all": "cfg"}
    second = (f'<div class="{h["pop"]} sd-cmp-layer2" role="dialog" aria-modal="true" aria-labelledby="sd-cmp-l2-title"{closed(s, 2)}{dialog_marks(s, 2)}>'
              f'<h2 id="sd-cmp-l2-title" class="{h["title"]}">{E(l2.title)}</h2><div class="{h["text"]}"><p>{E(l2.desc)}</p>{"<p>" + E(l2.note) + "</p>" if l2.note else ""}</div>'
              f'<div>{"".join(rows)}</div><div class="{h["foot"]}">'
              + "".join(ctl_html(c, "button", at(cls=f"{h['btn']} {h[pw[c.key]]}"), inner=f'<span class="{h["lbl"]}">{E(c.text)}</span>') for c in l2.buttons)
              + "</div></div>")
    center = s.position == "center" or s.shown == 2
    css = [f"#sd-cmp{{font-family:{th['font']};font-size:{th['text_fs']}px}}",
           f".{h['veil']}{{position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647;background:{'rgba(0,0,0,.5)' if s.backdrop else 'transparent'};display:flex;align-items:{'center' if center else 'flex-end'};justify-content:center}}",
           f".{h['pop']}{{background:{th['bg']};color:{th['fg']};position:relative;padding:30px 32px 22px;{'width:600px;max-width:92vw;border-radius:10px' if center else 'width:100%'};max-height:88vh;overflow:auto}}",
           f".{h['logo']}{{width:110px;height:34px;background:#e0e4ea}}.{h['title']}{{font-size:{th['title_fs']}px;font-weight:700;margin:12px 0 8px}}",
           f".{h['text']} p{{margin:0 0 8px;line-height:1.5}}.{h['link']}{{color:{th['link']}}}",
           f".{h['foot']}{{display:flex;flex-wrap:wrap;gap:10px;justify-content:flex-end;margin-top:14px}}",
           f".{h['row']}{{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:9px 0;border-bottom:1px solid {th['line']}}}.{h['sw']}{{width:42px;height:22px;border-radius:11px;border:0;background:#b5b5b5;padding:0}}",
           look_css(f".{h['corner']}", "corner", th), look_css(f".{h['x']}", "close", th), look_css(f".{h['bur']}", "buried", th),
           look_css(f".{h['btn']}", "primary", th)]
    for c in s.buttons + l2.buttons:
        part = {"reject": "rej", "reject_all": "rej", "settings": "cfg", "object_all": "cfg", "pay": "pay", "save": "save",
                "accept": "acc", "accept_all": "acc"}[c.key]
        if c.look != "buried":
            css.append(look_css(f".{h['btn']}.{h[part]}", c.look, th))
    body_cls, lock_css = lock(s, "sd-cmp-open")
    css.append(lock_css)
    return Rendered("".join(css), f'<div id="sd-cmp"><div class="{h["veil"]}">{first}{second}</div></div>', body_cls)


# ---------------------------------------------------------------------------
# Negatives: the same sites after the CMP was dismissed (only a way back to the settings).

def recall_markup(cmp: str, lang: str, rng: random.Random) -> tuple[str, str]:
    """(floating 'cookie settings' control the CMP leaves behind, its CSS)."""
    label = rng.choice(PAGE[lang]["cookie_link"])
    fixed = f"position:fixed;{rng.choice(['left', 'right'])}:18px;bottom:18px;z-index:99999"
    c = Ctl("settings", label, "recall", "link", href="#", aria=label)
    if cmp == "onetrust":
        return ((f'<div id="ot-sdk-btn-floating" class="ot-floating-button" title="{E(label)}">'
                f'{ctl_html(c, "button", at(cls="ot-floating-button__front"), inner="")}</div>'),
                f"#ot-sdk-btn-floating{{{fixed};width:52px;height:52px}}#ot-sdk-btn-floating button{{width:52px;height:52px;border-radius:50%;border:0;background:#6b7280}}")
    if cmp == "usercentrics":
        btn = ctl_html(c, "button", ' data-testid="uc-privacy-button" class="privacy-button"', inner="<svg width=\"24\" height=\"24\" aria-hidden=\"true\"></svg>")
        return ((f'<div id="usercentrics-root"><template shadowrootmode="open"><style>.privacy-button{{{fixed};width:48px;height:48px;'
                f'border-radius:50%;border:0;background:#0045a5}}</style>{btn}</template></div>'), "")
    if cmp == "quantcast":
        return ctl_html(Ctl("settings", "PRIVACY", "recall", "link"), "button", ' class="qc-cmp2-persistent-link"'), \
            ".qc-cmp2-persistent-link{position:fixed;right:0;bottom:0;background:#368bd6;color:#fff;border:0;font-size:12px;padding:4px 10px}"
    if cmp == "complianz":
        return (f'<div id="cmplz-manage-consent" data-nosnippet="true">{ctl_html(c, "button", at(cls="cmplz-btn cmplz-manage-consent manage-consent-1 cmplz-show"))}</div>',
                f".cmplz-manage-consent{{{fixed};background:#fff;border:1px solid #ccc;border-radius:5px 5px 0 0;font-size:13px;padding:8px 12px}}")
    if cmp == "cookieyes":
        return ((f'<div class="cky-btn-revisit-wrapper cky-revisit-bottom-left" data-tooltip="{E(label)}">'
                f'{ctl_html(c, "button", at(cls="cky-btn-revisit"), inner="")}</div>'),
                f".cky-btn-revisit-wrapper{{{fixed};width:45px;height:45px;border-radius:50%;background:#0056a7}}.cky-btn-revisit{{width:45px;height:45px;border:0;background:none}}")
    if cmp == "iubenda":
        return (ctl_html(c, "button", ' class="iubenda-tp-btn iubenda-cs-preferences-link" data-tp-float="bottom-right"', inner=""),
                f".iubenda-tp-btn{{{fixed};width:40px;height:40px;border-radius:50%;border:0;background:#fff;box-shadow:0 0 6px rgba(0,0,0,.3)}}")
    if cmp == "axeptio":
        return (f'<div class="axeptio_mount"><div class="axeptio_widget">{ctl_html(c, "button", at(cls="needsclick"), inner="🍪")}</div></div>',
                f".axeptio_widget button{{{fixed};width:56px;height:56px;border-radius:50%;border:0;background:#ffcc00;font-size:26px}}")
    if cmp == "consentmanager":
        return (ctl_html(c, "div", ' id="cmpboxrecall" class="cmpboxrecall"', inner=""),
                f"#cmpboxrecall{{{fixed};width:40px;height:40px;border-radius:50%;background:#3c8f2d}}")
    if cmp == "borlabs":
        return ((f'<div data-borlabs-cookie-wrap="true"><div id="BorlabsCookieBoxWidget" class="brlbs-cmpnt-widget">'
                f'{ctl_html(c, "button", at(cls="brlbs-cmpnt-widget-btn"), inner="")}</div></div>'),
                f"#BorlabsCookieBoxWidget{{{fixed}}}.brlbs-cmpnt-widget-btn{{width:48px;height:48px;border-radius:50%;border:0;background:#0063a6}}")
    if cmp == "cookiebot":
        return (f'<div id="CookiebotWidget" class="CookiebotWidget-LTR">{ctl_html(c, "button", at(cls="CookiebotWidget-logo"), inner="")}</div>',
                f"#CookiebotWidget{{{fixed}}}.CookiebotWidget-logo{{width:48px;height:48px;border-radius:50%;border:0;background:#1032cf}}")
    return "", ""


def footer_cookie_link(cmp: str, lang: str, rng: random.Random) -> str:
    label = rng.choice(PAGE[lang]["cookie_link"])
    how = {"onetrust": ' id="ot-sdk-btn" class="ot-sdk-show-settings"', "cookiebot": ' href="javascript:Cookiebot.renew()"',
           "didomi": ' href="javascript:Didomi.preferences.show()"', "trustarc": ' id="teconsent-link"',
           "sourcepoint": ' href="javascript:void(0)" class="sp-pm-link"', "sirdata": ' href="javascript:void(0)" class="sd-cmp-open"'}
    attrs = how.get(cmp, ' href="#" class="cookie-settings-link"')
    if cmp == "onetrust":
        return f' <button type="button"{attrs} data-cl-role="settings">{E(label)}</button>'
    if "href" not in attrs:
        attrs = ' href="#"' + attrs
    return f" <a{attrs} data-cl-role=\"settings\">{E(label)}</a>"


def dismissed(markup: str) -> str:
    """The CMP's markup after the user chose: the screen is hidden (still in the DOM)."""
    return markup.replace(' data-cl-dialog="1"', ' data-cl-layer="2" hidden', 1)


# ---------------------------------------------------------------------------
# Records

RENDERERS = {"onetrust": r_onetrust, "cookiebot": r_cookiebot, "didomi": r_didomi, "usercentrics": r_usercentrics,
             "quantcast": r_quantcast, "sourcepoint": r_sourcepoint, "trustarc": r_trustarc, "borlabs": r_borlabs,
             "complianz": r_complianz, "cookieyes": r_cookieyes, "iubenda": r_iubenda, "axeptio": r_axeptio,
             "consentmanager": r_consentmanager, "sirdata": r_sirdata}
STYLE_IDS = {"onetrust": "onetrust-style", "cookiebot": "CybotCookiebotDialogStyle", "didomi": "didomi-css",
             "usercentrics": "", "quantcast": "qc-cmp2-css", "sourcepoint": "sp-message-css", "trustarc": "truste-css",
             "borlabs": "borlabs-cookie-css", "complianz": "cmplz-cookiebanner-css", "cookieyes": "cky-style",
             "iubenda": "iubenda-cs-css", "axeptio": "axeptio-css", "consentmanager": "cmp-css", "sirdata": "sd-cmp-css"}


def document(lang: str, title: str, page_css: str, body: str, r: Rendered, cmp: str) -> str:
    sid = STYLE_IDS.get(cmp, "")
    style = f'<style id="{sid}">{r.css}</style>' if r.css and sid else (f"<style>{r.css}</style>" if r.css else "")
    cls = f' class="{r.body_class}"' if r.body_class else ""
    inner = r.markup + body if r.at_start else body + r.markup
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title>'
            f"<style>{page_css}</style>{style}</head><body{cls}>{inner}</body></html>")


def licence_of(sources: set) -> str:
    if not sources:
        return LICENSE
    names = ", ".join(f"{lic} {src}" for src, lic in sorted(sources))
    return f"{LICENSE}; button labels from training_data/external/element_roles.csv.gz ({names})"


def provenance(cmp: str, s: Screen | None, negative: str = "") -> str:
    base = (f"Our own reproduction of the {CMP_NAMES[cmp]} consent markup (ids and class names as listed in "
            f"{SELECTOR_SOURCES[cmp]}, ../shared/data); markup, CSS and texts written by cmp_markup.py on a fictional site.")
    if negative:
        return base + f" No consent screen: {negative}."
    extra = f" ({'; '.join(s.notes)})" if s.notes else ""
    return base + f" Configuration {s.config}{extra}; labels by construction per shared/TAXONOMY.md."


CMP_NAMES = {"onetrust": "OneTrust", "cookiebot": "Cookiebot", "didomi": "Didomi", "usercentrics": "Usercentrics",
             "quantcast": "Quantcast / InMobi Choice", "sourcepoint": "Sourcepoint (same-document variant)",
             "trustarc": "TrustArc", "borlabs": "Borlabs Cookie", "complianz": "Complianz", "cookieyes": "CookieYes",
             "iubenda": "iubenda", "axeptio": "Axeptio", "consentmanager": "consentmanager.net", "sirdata": "Sirdata"}


def build_records(seed: int = SEED, cmps: tuple | None = None) -> list[dict]:
    labels = load_labels()
    used: set = set()
    records = []
    for ci, cmp in enumerate(cmps or tuple(RENDERERS)):
        sites = {}
        for lang in LANGS:
            srng = random.Random(f"{seed}:sites:{cmp}:{lang}")
            sites[lang] = [make_site(srng, lang, kind, used) for kind in CMP_SITE_KINDS[cmp][:3]]
            for config in CONFIGS:
                rng = random.Random(f"{seed}:{cmp}:{lang}:{config}")
                site = sites[lang][0] if config in ("wall", "pay") else rng.choice(sites[lang])
                s = plan_screen(cmp, lang, config, rng, site, labels)
                first_layer_ok(s)
                r = RENDERERS[cmp](s)
                title, page_css, body = page_body(rng, site, lang)
                records.append(record(f"cmpx-{cmp}-{lang}-{config}", cmp, lang, site, rng,
                                      document(lang, title, page_css, body, r, cmp), True, s.patterns,
                                      licence_of(s.sources), provenance(cmp, s)))
        for j in range(NEGATIVES_PER_CMP):
            lang = LANGS[(ci + j) % len(LANGS)]
            rng = random.Random(f"{seed}:{cmp}:{lang}:negative:{j}")
            site = rng.choice(sites[lang])
            recall, recall_css = recall_markup(cmp, lang, rng)
            footer = footer_cookie_link(cmp, lang, rng)
            title, page_css, body = page_body(rng, site, lang, footer_extra=footer)
            if j == 0:
                s = plan_screen(cmp, lang, "fair", rng, site, labels)
                s.backdrop = s.lock = False
                r = RENDERERS[cmp](s)
                r = Rendered(r.css + recall_css, dismissed(r.markup) + recall, "", r.at_start)
                why = "the CMP was dismissed; its dialog is still in the DOM but hidden, a floating settings button remains"
            elif j == 1 and recall:
                r = Rendered(recall_css, recall)
                why = "the CMP was dismissed and removed; only its floating settings button remains"
            else:
                r = Rendered("", "")
                why = "the CMP was dismissed; only the footer link to the privacy settings remains"
            records.append(record(f"cmpx-{cmp}-{lang}-negative-{j}", cmp, lang, site, rng,
                                  document(lang, title, page_css, body, r, cmp), False, [], LICENSE,
                                  provenance(cmp, None, why)))
    return records


def record(rid: str, cmp: str, lang: str, site: dict, rng: random.Random, page: str, consent: bool,
           patterns: list, licence: str, prov: str) -> dict:
    return screen_record(id=rid, group=f"cmpx-{cmp}", family="cmp_markup", lang=lang,
                         url=f"https://www.{site['domain']}{page_path(rng, site, lang)}", html=page,
                         consent_screen=consent, patterns=list(patterns), source=SOURCE, license=licence,
                         provenance=prov)


def summarise(records: list[dict]) -> str:
    counts = Counter((r["group"], "+".join(r["patterns"]) if r["consent_screen"] else "(no screen)") for r in records)
    langs = Counter((r["group"], r["lang"]) for r in records)
    lines = [f"{len(records)} records, {len({r['group'] for r in records})} groups"]
    for (group, pats), n in sorted(counts.items()):
        lines.append(f"  {group:22} {pats or '(fair)':48} {n}")
    for group in sorted({g for g, _ in langs}):
        lines.append(f"  {group:22} " + " ".join(f"{lang}={langs[(group, lang)]}" for lang in LANGS))
    return "\n".join(lines)


def main() -> None:
    records = build_records()
    report(OUT, write_jsonl_gz(records, OUT), summarise(records))


if __name__ == "__main__":
    main()
