"""Reproductions of Meta's consent, blocking and notice screens (Facebook, Instagram web).

Writes training_data/screens/meta.jsonl.gz. Run from anywhere:

    /tmp/venv/bin/python training_data/generate/meta.py

Screens are written from the wording Meta used on its EU screens as far as it is
publicly reported (press quotes, help-centre pages, users' posts), paraphrased in
our own words where the exact text is not known; each record's `provenance` says
which. Markup imitates Meta's style: atomic class names, one declaration per
class, `role="dialog"` modals with `div role="button"` controls.

Labels follow ../../../shared/TAXONOMY.md:
- 2023 "subscribe or use for free with ads" screen      -> pay_or_consent
- 2024 screen with a third "less personalised ads" row -> pay_or_consent
  (the third row still processes personal data for ads: role `accept`)
- login blocking screen forcing agreement to new terms -> consent_wall
- AI-training notice with the objection link in the copy -> buried_opt_out
- fair cookie dialog (equal allow / decline buttons)   -> consent screen, no patterns
- feed page, ad-preferences page                        -> no consent screen
"""

from __future__ import annotations

import hashlib
import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, also when loaded by file path
from common import count_table, report, screen_record, write_jsonl_gz  # noqa: E402

SEED = 20261123
PER_CELL = 48  # records per (screen type x language), facebook and instagram mixed
LANGS = ("en", "de", "nl", "fr")
PLATFORMS = ("facebook", "instagram")
SOURCE = "training_data/generate/meta.py"
LICENSE = "GPL-3.0-or-later"
OUT = Path(__file__).resolve().parents[1] / "screens" / "meta.jsonl.gz"

E = html.escape


# ---------------------------------------------------------------------------
# Atomic CSS: every class carries one declaration, names look like Meta's.

class Atomic:
    """Hands out stable atomic class names and writes the page's stylesheet."""

    FILLER = (
        "align-items:center", "align-items:stretch", "align-self:flex-start",
        "box-sizing:border-box", "flex-direction:column", "flex-direction:row",
        "flex-grow:1", "flex-shrink:0", "flex-shrink:1", "flex-wrap:wrap",
        "justify-content:space-between", "justify-content:center", "min-width:0",
        "min-height:0", "outline:none", "list-style:none", "margin:0", "padding:0",
        "text-align:inherit", "-webkit-tap-highlight-color:transparent",
        "touch-action:manipulation", "overflow-wrap:break-word", "word-break:break-word",
        "white-space:pre-wrap", "user-select:none", "cursor:pointer", "z-index:0",
        "position:relative", "border-top-style:solid", "border-bottom-style:solid",
        "border-left-style:solid", "border-right-style:solid", "border-top-width:0",
        "border-bottom-width:0", "border-left-width:0", "border-right-width:0",
        "text-decoration:none", "line-height:1.3333", "line-height:1.2308",
        "font-family:var(--font-family-segoe)", "max-width:100%", "vertical-align:middle",
        "transition-property:opacity", "transition-duration:.1s", "pointer-events:none",
        "object-fit:cover", "border-radius:50%", "border-radius:8px", "overflow-x:hidden",
        "overflow-y:auto", "height:100%", "width:100%", "display:inline-flex",
        "display:block", "display:flex", "display:inline", "display:inline-block",
        "-webkit-box-orient:vertical", "-webkit-line-clamp:2", "text-overflow:ellipsis",
        "fill:currentColor", "color:#65676b", "color:#050505", "background-color:#ffffff",
        "background-color:#f0f2f5", "background-color:#e4e6eb", "font-size:.9375rem",
        "font-size:.8125rem", "font-weight:600", "font-weight:400", "margin-top:4px",
        "margin-bottom:8px", "padding-left:16px", "padding-right:16px", "padding-top:12px",
        "padding-bottom:12px", "gap:8px", "gap:12px", "row-gap:4px", "column-gap:8px",
    )

    def __init__(self) -> None:
        self.used: dict[str, str] = {}

    @staticmethod
    def name(decl: str) -> str:
        digits = int(hashlib.sha1(decl.encode()).hexdigest()[:12], 16)
        alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
        out = ""
        while len(out) < 7:
            digits, r = divmod(digits, 36)
            out += alphabet[r]
        return "x" + out

    def __call__(self, *decls: str) -> str:
        names = []
        for d in decls:
            n = self.name(d)
            self.used[d] = n
            names.append(n)
        return " ".join(names)

    def stylesheet(self, rng: random.Random) -> str:
        decls = set(self.used) | set(rng.sample(self.FILLER, k=len(self.FILLER) * 3 // 4))
        rules = sorted((self.name(d), d) for d in decls)
        return "".join(f".{n}{{{d}}}" for n, d in rules)


# ---------------------------------------------------------------------------
# Page-level building blocks

BRAND = {
    "facebook": {"blue": "#0866ff", "text": "#050505", "muted": "#65676b", "grey": "#e4e6eb",
                 "bg": "#f0f2f5", "host": "https://www.facebook.com", "name": "Facebook"},
    "instagram": {"blue": "#0095f6", "text": "#000000", "muted": "#737373", "grey": "#efefef",
                  "bg": "#ffffff", "host": "https://www.instagram.com", "name": "Instagram"},
}

PEOPLE = {
    "en": ["Emma Walsh", "Liam Byrne", "Aoife Kelly", "Sean Murphy", "Chloe Ryan", "Jack Doyle",
           "Niamh O'Brien", "Oliver Grant", "Grace Lynch", "Daniel Foley"],
    "de": ["Anna Schneider", "Lukas Weber", "Mia Hoffmann", "Jonas Becker", "Lea Wagner",
           "Felix Richter", "Sophie Klein", "Paul Wolf", "Hannah Schröder", "Tim Neumann"],
    "nl": ["Sanne de Vries", "Daan Jansen", "Lotte Bakker", "Bram Visser", "Fleur Smit",
           "Thijs Meijer", "Eva de Boer", "Ruben Mulder", "Noor Bos", "Jesse Vos"],
    "fr": ["Camille Martin", "Lucas Bernard", "Léa Dubois", "Hugo Thomas", "Chloé Robert",
           "Louis Richard", "Manon Petit", "Jules Durand", "Inès Leroy", "Nathan Moreau"],
}

POSTS = {
    "en": ["Finally finished the garden shed. Only took three weekends and one broken thumb.",
           "Does anyone know a good plumber in Rathmines? Asking for a very wet kitchen.",
           "Throwback to the sea swim at Forty Foot this morning. Freezing but worth it!",
           "Our little one turned two today. Where did the time go?",
           "Book club this month: we're reading something with dragons, apparently.",
           "Lost: grey cat with a white paw near the park. Answers to 'Biscuit'.",
           "New recipe night - lentil curry with far too much coriander.",
           "Who else is going to the match on Saturday? Need a lift from Galway.",
           "Sunset from the bus stop. Sometimes waiting pays off.",
           "Selling a barely used road bike, message me if interested."],
    "de": ["Endlich ist das Hochbeet fertig. Jetzt fehlen nur noch die Tomaten.",
           "Kennt jemand eine gute Fahrradwerkstatt in Ehrenfeld?",
           "Heute morgen am See: 8 Grad Wasser, aber herrlich!",
           "Unser Kleiner ist heute zwei geworden. Wie schnell die Zeit vergeht.",
           "Flohmarkt am Sonntag auf dem Schulhof, kommt vorbei!",
           "Katze entlaufen: grau mit weißer Pfote, hört auf 'Keks'.",
           "Neues Rezept ausprobiert: Linsencurry mit viel zu viel Koriander.",
           "Wer fährt Samstag mit zum Spiel? Suche noch eine Mitfahrgelegenheit.",
           "Sonnenuntergang an der Bushaltestelle. Warten lohnt sich manchmal.",
           "Verkaufe kaum genutztes Rennrad, bei Interesse PN."],
    "nl": ["Eindelijk is de moestuinbak af. Nu nog de tomaten.",
           "Weet iemand een goede fietsenmaker in Utrecht-Oost?",
           "Vanochtend gezwommen in de Noordzee. Koud, maar heerlijk!",
           "Onze kleine is vandaag twee geworden. Waar blijft de tijd?",
           "Rommelmarkt zondag op het schoolplein, kom langs!",
           "Kat vermist: grijs met een witte poot, luistert naar 'Koekje'.",
           "Nieuw recept geprobeerd: linzencurry met veel te veel koriander.",
           "Wie gaat zaterdag mee naar de wedstrijd? Zoek nog een lift.",
           "Zonsondergang bij de bushalte. Wachten loont soms.",
           "Te koop: nauwelijks gebruikte racefiets, stuur me een bericht."],
    "fr": ["Le potager surélevé est enfin terminé. Plus qu'à planter les tomates.",
           "Quelqu'un connaît un bon réparateur de vélos vers Croix-Rousse ?",
           "Baignade ce matin à 14 degrés. Froid, mais quel bonheur !",
           "Notre petit a eu deux ans aujourd'hui. Le temps file.",
           "Vide-grenier dimanche dans la cour de l'école, venez nombreux !",
           "Chat perdu : gris avec une patte blanche, répond au nom de 'Biscotte'.",
           "Nouvelle recette testée : curry de lentilles avec beaucoup trop de coriandre.",
           "Qui vient au match samedi ? Je cherche un covoiturage.",
           "Coucher de soleil à l'arrêt de bus. Attendre a parfois du bon.",
           "Vends vélo de route presque neuf, écrivez-moi si intéressé."],
}

UI = {
    "en": {"home": "Home", "search": "Search Facebook", "ig_search": "Search", "like": "Like",
           "comment": "Comment", "share": "Share", "mind": "What's on your mind, {first}?",
           "stories": "Stories", "create_story": "Create story", "contacts": "Contacts",
           "sponsored": "Sponsored", "friends": "Friends", "groups": "Groups",
           "marketplace": "Marketplace", "watch": "Video", "memories": "Memories",
           "saved": "Saved", "messenger": "Messenger", "notifications": "Notifications",
           "ago": ["2 h", "5 h", "Yesterday at 18:04", "3 d", "12 min"],
           "liked_by": "Liked by {a} and {n} others", "suggested": "Suggested for you",
           "follow": "Follow", "explore": "Explore", "reels": "Reels", "messages": "Messages",
           "create": "Create", "profile": "Profile", "more": "More",
           "chat_write": "Aa", "birthdays": "Birthdays", "bday": "{a}'s birthday is today.",
           "email": "Email address or phone number", "password": "Password", "login": "Log in",
           "forgot": "Forgotten password?", "create_acc": "Create new account",
           "tagline": "Facebook helps you connect and share with the people in your life."},
    "de": {"home": "Startseite", "search": "Durchsuche Facebook", "ig_search": "Suchen",
           "like": "Gefällt mir", "comment": "Kommentieren", "share": "Teilen",
           "mind": "Was machst du gerade, {first}?", "stories": "Stories",
           "create_story": "Story erstellen", "contacts": "Kontakte", "sponsored": "Gesponsert",
           "friends": "Freunde", "groups": "Gruppen", "marketplace": "Marketplace",
           "watch": "Video", "memories": "Erinnerungen", "saved": "Gespeichert",
           "messenger": "Messenger", "notifications": "Benachrichtigungen",
           "ago": ["2 Std.", "5 Std.", "Gestern um 18:04", "3 T.", "12 Min."],
           "liked_by": "Gefällt {a} und {n} weiteren Personen", "suggested": "Vorschläge für dich",
           "follow": "Folgen", "explore": "Entdecken", "reels": "Reels", "messages": "Nachrichten",
           "create": "Erstellen", "profile": "Profil", "more": "Mehr", "chat_write": "Aa",
           "birthdays": "Geburtstage", "bday": "{a} hat heute Geburtstag.",
           "email": "E-Mail-Adresse oder Telefonnummer", "password": "Passwort",
           "login": "Anmelden", "forgot": "Passwort vergessen?",
           "create_acc": "Neues Konto erstellen",
           "tagline": "Facebook ermöglicht es dir, mit den Menschen in deinem Leben in Verbindung zu bleiben."},
    "nl": {"home": "Startpagina", "search": "Zoeken op Facebook", "ig_search": "Zoeken",
           "like": "Vind ik leuk", "comment": "Reageren", "share": "Delen",
           "mind": "Wat wil je delen, {first}?", "stories": "Verhalen",
           "create_story": "Verhaal maken", "contacts": "Contactpersonen",
           "sponsored": "Gesponsord", "friends": "Vrienden", "groups": "Groepen",
           "marketplace": "Marketplace", "watch": "Video", "memories": "Herinneringen",
           "saved": "Opgeslagen", "messenger": "Messenger", "notifications": "Meldingen",
           "ago": ["2 u", "5 u", "Gisteren om 18:04", "3 d", "12 min"],
           "liked_by": "{a} en {n} anderen vinden dit leuk", "suggested": "Voorgesteld voor jou",
           "follow": "Volgen", "explore": "Ontdekken", "reels": "Reels", "messages": "Berichten",
           "create": "Maken", "profile": "Profiel", "more": "Meer", "chat_write": "Aa",
           "birthdays": "Verjaardagen", "bday": "{a} is vandaag jarig.",
           "email": "E-mailadres of telefoonnummer", "password": "Wachtwoord",
           "login": "Aanmelden", "forgot": "Wachtwoord vergeten?",
           "create_acc": "Nieuw account maken",
           "tagline": "Met Facebook kun je contact houden met de mensen in je leven."},
    "fr": {"home": "Accueil", "search": "Rechercher sur Facebook", "ig_search": "Recherche",
           "like": "J'aime", "comment": "Commenter", "share": "Partager",
           "mind": "Quoi de neuf, {first} ?", "stories": "Stories",
           "create_story": "Créer une story", "contacts": "Contacts",
           "sponsored": "Sponsorisé", "friends": "Amis", "groups": "Groupes",
           "marketplace": "Marketplace", "watch": "Vidéo", "memories": "Souvenirs",
           "saved": "Enregistrements", "messenger": "Messenger",
           "notifications": "Notifications",
           "ago": ["2 h", "5 h", "Hier à 18:04", "3 j", "12 min"],
           "liked_by": "Aimé par {a} et {n} autres personnes", "suggested": "Suggestions pour vous",
           "follow": "Suivre", "explore": "Découvrir", "reels": "Reels", "messages": "Messages",
           "create": "Créer", "profile": "Profil", "more": "Plus", "chat_write": "Aa",
           "birthdays": "Anniversaires", "bday": "C'est l'anniversaire de {a} aujourd'hui.",
           "email": "Adresse e-mail ou numéro de mobile", "password": "Mot de passe",
           "login": "Se connecter", "forgot": "Mot de passe oublié ?",
           "create_acc": "Créer nouveau compte",
           "tagline": "Avec Facebook, partagez et restez en contact avec votre entourage."},
}

ICON_PATHS = (
    "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6z",
    "M4 4h16v12H5.2L4 17.2V4zm2 3v2h12V7H6zm0 4v2h9v-2H6z",
    "M12 3 2 12h3v8h5v-5h4v5h5v-8h3L12 3z",
    "M12 21s-7-4.4-9.3-8.6C1 9.3 2.9 5.5 6.4 5.5c2 0 3.3 1 5.6 3.2 2.3-2.2 3.6-3.2 5.6-3.2 "
    "3.5 0 5.4 3.8 3.7 6.9C19 16.6 12 21 12 21z",
    "M3 11h8V3h2v8h8v2h-8v8h-2v-8H3z",
    "M10 4a6 6 0 1 0 3.7 10.7l5.3 5.3 1.4-1.4-5.3-5.3A6 6 0 0 0 10 4zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8z",
)
CLOSE_PATH = "M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7 2.9 18.3 9.2 12 2.9 5.7 4.3 4.3l6.3 6.3 6.3-6.3z"


def svg(ax: Atomic, path: str, size: int = 20, label: str = "") -> str:
    aria = f' aria-label="{E(label)}" role="img"' if label else ' aria-hidden="true"'
    return (f'<svg viewBox="0 0 24 24" width="{size}" height="{size}" fill="currentColor"'
            f' class="{ax("display:block", "flex-shrink:0")}"{aria}><path d="{path}"></path></svg>')


def logo(ax: Atomic, platform: str, size: int = 40) -> str:
    b = BRAND[platform]
    if platform == "facebook":
        return (f'<svg viewBox="0 0 36 36" width="{size}" height="{size}" class="{ax("display:block")}"'
                f' aria-label="Facebook" role="img"><circle cx="18" cy="18" r="18" fill="{b["blue"]}"></circle>'
                '<path d="M20.5 29V19.8h3l.5-3.6h-3.5v-2.3c0-1 .3-1.8 1.8-1.8H24V9a24 24 0 0 0-2.8-.1'
                'c-2.8 0-4.6 1.7-4.6 4.8v2.5h-3v3.6h3V29z" fill="#ffffff"></path></svg>')
    return (f'<svg viewBox="0 0 36 36" width="{size}" height="{size}" class="{ax("display:block")}"'
            ' aria-label="Instagram" role="img"><rect x="3" y="3" width="30" height="30" rx="9"'
            ' fill="none" stroke="#262626" stroke-width="3"></rect><circle cx="18" cy="18" r="7"'
            ' fill="none" stroke="#262626" stroke-width="3"></circle><circle cx="26.5" cy="9.5" r="2"'
            ' fill="#262626"></circle></svg>')


def avatar(ax: Atomic, rng: random.Random, size: int = 40) -> str:
    hue = rng.choice(["#c9d6ff", "#ffd8be", "#d5f5e3", "#f5d5e8", "#e8e0c9", "#cfe8f3"])
    return (f'<svg viewBox="0 0 40 40" width="{size}" height="{size}" class="{ax("border-radius:50%", "flex-shrink:0")}"'
            f' aria-hidden="true"><circle cx="20" cy="20" r="20" fill="{hue}"></circle>'
            '<circle cx="20" cy="16" r="7" fill="#ffffff"></circle>'
            '<path d="M7 34a13 11 0 0 1 26 0z" fill="#ffffff"></path></svg>')


def span_text(ax: Atomic, text: str, size: str = ".9375rem", weight: str = "400",
              color: str = "#050505") -> str:
    cls = ax("display:block", f"font-size:{size}", f"font-weight:{weight}", f"color:{color}",
             "line-height:1.3333", "overflow-wrap:break-word")
    return f'<span class="{cls}" dir="auto">{E(text)}</span>'


def meta_button(ax: Atomic, label: str, role: str, *, bg: str, color: str, width: str = "auto",
                height: int = 36, size: str = "15px", weight: int = 600, border: str = "",
                aria: str = "") -> str:
    """A Meta-style `div role=button` with nested spans."""
    decls = ["display:flex", "align-items:center", "justify-content:center", "cursor:pointer",
             f"background-color:{bg}", "border-radius:6px", f"height:{height}px",
             "padding-left:16px", "padding-right:16px", f"width:{width}", "position:relative",
             "box-sizing:border-box", "outline:none"]
    if border:
        decls.append(f"border:{border}")
    label_cls = ax(f"font-size:{size}", f"font-weight:{weight}", f"color:{color}",
                   "line-height:1.3333", "white-space:nowrap", "text-overflow:ellipsis")
    aria_attr = f' aria-label="{E(aria)}"' if aria else ""
    return (f'<div role="button" tabindex="0" data-cl-role="{role}" class="{ax(*decls)}"{aria_attr}>'
            f'<div class="{ax("display:flex", "align-items:center", "min-width:0")}">'
            f'<span class="{ax("display:block", "min-width:0")}"><span class="{label_cls}">{E(label)}</span></span>'
            f'</div></div>')


def text_link(ax: Atomic, label: str, role: str, href: str, *, color: str, size: str = ".8125rem",
              weight: str = "400", underline: bool = False) -> str:
    decls = [f"color:{color}", f"font-size:{size}", f"font-weight:{weight}", "cursor:pointer",
             "text-decoration:underline" if underline else "text-decoration:none"]
    return (f'<a href="{E(href)}" role="link" tabindex="0" data-cl-role="{role}"'
            f' class="{ax(*decls)}" target="_blank" rel="noreferrer">{E(label)}</a>')


def close_x(ax: Atomic, label: str) -> str:
    cls = ax("display:flex", "align-items:center", "justify-content:center", "width:36px",
             "height:36px", "border-radius:50%", "background-color:#e4e6eb", "cursor:pointer",
             "color:#606770")
    return (f'<div role="button" tabindex="0" aria-label="{E(label)}" data-cl-role="close"'
            f' class="{cls}">{svg(ax, CLOSE_PATH, 20)}</div>')


def fb_feed(ax: Atomic, rng: random.Random, lang: str, user: str, n_posts: int,
            chat: bool) -> str:
    """Facebook's logged-in home feed (header, left nav, stories, posts, contacts)."""
    u = UI[lang]
    first = user.split()[0]
    people = [p for p in PEOPLE[lang] if p != user]
    rng.shuffle(people)
    nav = "".join(
        f'<li class="{ax("list-style:none", "display:flex", "align-items:center", "gap:12px", "padding-top:8px", "padding-bottom:8px")}">'
        f'{svg(ax, rng.choice(ICON_PATHS), 28)}<a href="/{k}/" class="{ax("color:#050505", "font-size:.9375rem", "font-weight:500", "text-decoration:none")}">{E(u[k])}</a></li>'
        for k in ("friends", "memories", "saved", "groups", "watch", "marketplace"))
    stories = "".join(
        f'<div class="{ax("width:112px", "height:200px", "border-radius:8px", "background-color:#e4e6eb", "flex-shrink:0", "position:relative")}">'
        f'<a href="/stories/{i}/" aria-label="{E(p)}" class="{ax("display:block", "height:100%")}">{avatar(ax, rng, 36)}'
        f'<span class="{ax("font-size:.8125rem", "font-weight:600", "color:#ffffff")}">{E(p)}</span></a></div>'
        for i, p in enumerate(people[:4]))
    posts = []
    for i in range(n_posts):
        author = people[i % len(people)]
        sponsored = i == 2
        meta_line = u["sponsored"] if sponsored else rng.choice(u["ago"])
        posts.append(
            f'<div class="{ax("background-color:#ffffff", "border-radius:8px", "margin-bottom:16px", "box-shadow:0 1px 2px rgba(0,0,0,.2)")}" aria-posinset="{i + 1}" role="article">'
            f'<div class="{ax("display:flex", "gap:8px", "padding-left:16px", "padding-right:16px", "padding-top:12px")}">{avatar(ax, rng)}'
            f'<div><a href="/profile.php?id={rng.randrange(10**8, 10**9)}" class="{ax("font-weight:600", "color:#050505", "font-size:.9375rem", "text-decoration:none")}">{E(author)}</a>'
            f'<div class="{ax("color:#65676b", "font-size:.8125rem")}">{E(meta_line)}</div></div></div>'
            f'<div class="{ax("padding-left:16px", "padding-right:16px", "padding-top:4px", "padding-bottom:12px", "font-size:.9375rem", "color:#050505")}" dir="auto">{E(rng.choice(POSTS[lang]))}</div>'
            f'<div class="{ax("height:280px", "background-color:#d8dadf")}"></div>'
            f'<div class="{ax("display:flex", "justify-content:space-between", "padding-left:16px", "padding-right:16px", "padding-top:4px", "padding-bottom:4px")}">'
            + "".join(f'<div role="button" tabindex="0" class="{ax("display:flex", "align-items:center", "gap:8px", "color:#65676b", "font-weight:600", "font-size:.9375rem", "cursor:pointer")}">'
                      f'{svg(ax, rng.choice(ICON_PATHS), 20)}<span>{E(u[k])}</span></div>' for k in ("like", "comment", "share"))
            + '</div></div>')
    contacts = "".join(
        f'<li class="{ax("list-style:none", "display:flex", "align-items:center", "gap:12px", "padding-top:8px")}">{avatar(ax, rng, 36)}'
        f'<a href="/messages/t/{rng.randrange(10**9, 10**10)}/" class="{ax("color:#050505", "font-size:.9375rem", "text-decoration:none")}">{E(p)}</a></li>'
        for p in people[4:9])
    chat_html = ""
    if chat:
        friend = people[5]
        chat_html = (
            f'<div class="{ax("position:fixed", "bottom:0", "right:80px", "width:328px", "height:455px", "background-color:#ffffff", "box-shadow:0 12px 28px rgba(0,0,0,.2)", "border-radius:8px")}" aria-label="{E(friend)}">'
            f'<div class="{ax("display:flex", "align-items:center", "gap:8px", "padding-left:8px", "padding-top:8px")}">{avatar(ax, rng, 32)}<span class="{ax("font-weight:600", "font-size:.9375rem")}">{E(friend)}</span></div>'
            f'<div class="{ax("height:340px", "overflow-y:auto")}"><div class="{ax("background-color:#e4e6eb", "border-radius:18px", "padding-left:12px", "padding-right:12px", "margin:8px")}">{E(rng.choice(POSTS[lang]))}</div></div>'
            f'<div contenteditable="true" role="textbox" aria-label="{E(u["chat_write"])}" class="{ax("background-color:#f0f2f5", "border-radius:20px", "margin:8px")}"></div></div>')
    return (
        f'<div role="banner" class="{ax("position:fixed", "top:0", "left:0", "width:100%", "height:56px", "background-color:#ffffff", "display:flex", "align-items:center", "justify-content:space-between", "z-index:3", "box-shadow:0 1px 2px rgba(0,0,0,.1)")}">'
        f'<div class="{ax("display:flex", "align-items:center", "gap:8px", "padding-left:16px")}"><a href="/" aria-label="Facebook">{logo(ax, "facebook", 40)}</a>'
        f'<input type="search" placeholder="{E(u["search"])}" aria-label="{E(u["search"])}" class="{ax("background-color:#f0f2f5", "border-radius:50px", "height:40px", "border-top-width:0", "padding-left:16px")}"></div>'
        f'<div role="navigation" class="{ax("display:flex", "gap:8px")}"><a href="/" aria-label="{E(u["home"])}">{svg(ax, ICON_PATHS[2], 24)}</a><a href="/watch/" aria-label="{E(u["watch"])}">{svg(ax, ICON_PATHS[0], 24)}</a><a href="/marketplace/" aria-label="{E(u["marketplace"])}">{svg(ax, ICON_PATHS[1], 24)}</a></div>'
        f'<div class="{ax("display:flex", "gap:8px", "padding-right:16px")}"><a href="/messages/" aria-label="{E(u["messenger"])}">{svg(ax, ICON_PATHS[1], 20)}</a><a href="/notifications/" aria-label="{E(u["notifications"])}">{svg(ax, ICON_PATHS[3], 20)}</a>{avatar(ax, rng, 40)}</div></div>'
        f'<div class="{ax("display:flex", "justify-content:space-between", "padding-top:56px")}">'
        f'<div role="navigation" class="{ax("width:280px", "padding-left:8px", "padding-top:16px")}"><ul class="{ax("margin:0", "padding:0")}">'
        f'<li class="{ax("list-style:none", "display:flex", "align-items:center", "gap:12px")}">{avatar(ax, rng, 28)}<a href="/me/" class="{ax("color:#050505", "font-weight:500", "text-decoration:none")}">{E(user)}</a></li>{nav}</ul></div>'
        f'<div role="main" class="{ax("width:590px", "padding-top:24px")}">'
        f'<div class="{ax("display:flex", "gap:8px", "margin-bottom:16px")}" aria-label="{E(u["stories"])}">'
        f'<div class="{ax("width:112px", "height:200px", "border-radius:8px", "background-color:#ffffff")}"><a href="/stories/create/" class="{ax("font-size:.8125rem", "font-weight:600", "color:#050505")}">{E(u["create_story"])}</a></div>{stories}</div>'
        f'<div class="{ax("background-color:#ffffff", "border-radius:8px", "padding-left:16px", "padding-right:16px", "padding-top:12px", "padding-bottom:12px", "margin-bottom:16px")}">'
        f'<div role="button" tabindex="0" class="{ax("background-color:#f0f2f5", "border-radius:20px", "padding-left:12px", "color:#65676b", "font-size:1.0625rem", "cursor:pointer")}">{E(u["mind"].format(first=first))}</div></div>'
        f'<div role="feed">{"".join(posts)}</div></div>'
        f'<div role="complementary" class="{ax("width:280px", "padding-top:16px", "padding-right:8px")}">'
        f'<h3 class="{ax("color:#65676b", "font-size:1.0625rem", "font-weight:600")}">{E(u["birthdays"])}</h3><p class="{ax("font-size:.9375rem", "color:#050505")}">{E(u["bday"].format(a=people[3]))}</p>'
        f'<h3 class="{ax("color:#65676b", "font-size:1.0625rem", "font-weight:600")}">{E(u["contacts"])}</h3><ul class="{ax("margin:0", "padding:0")}">{contacts}</ul></div></div>'
        + chat_html)


def ig_feed(ax: Atomic, rng: random.Random, lang: str, user: str, n_posts: int) -> str:
    """Instagram's logged-in web home (side nav, stories tray, posts, suggestions)."""
    u = UI[lang]
    people = [p for p in PEOPLE[lang] if p != user]
    rng.shuffle(people)
    handle = lambda p: p.lower().replace(" ", "_").replace("'", "").replace("é", "e").replace("è", "e").replace("ö", "oe")  # noqa: E731
    nav = "".join(
        f'<a href="/{k}/" class="{ax("display:flex", "align-items:center", "gap:16px", "padding-top:12px", "padding-bottom:12px", "color:#000000", "font-size:1rem", "text-decoration:none")}">'
        f'{svg(ax, rng.choice(ICON_PATHS), 24)}<span>{E(u[k])}</span></a>'
        for k in ("home", "explore", "reels", "messages", "notifications", "create", "profile"))
    tray = "".join(
        f'<li class="{ax("list-style:none", "display:flex", "flex-direction:column", "align-items:center", "width:80px")}"><a href="/stories/{handle(p)}/" aria-label="{E(p)}">{avatar(ax, rng, 56)}</a>'
        f'<span class="{ax("font-size:12px", "color:#262626", "text-overflow:ellipsis")}">{E(handle(p)[:10])}</span></li>'
        for p in people[:6])
    posts = []
    for i in range(n_posts):
        p = people[i % len(people)]
        posts.append(
            f'<article class="{ax("margin-bottom:16px", "border-bottom:1px solid #dbdbdb", "width:470px")}">'
            f'<div class="{ax("display:flex", "align-items:center", "gap:8px", "padding-top:8px")}">{avatar(ax, rng, 32)}'
            f'<a href="/{handle(p)}/" class="{ax("font-weight:600", "font-size:14px", "color:#000000", "text-decoration:none")}">{E(handle(p))}</a>'
            f'<span class="{ax("color:#737373", "font-size:14px")}">• {E(rng.choice(u["ago"]))}</span></div>'
            f'<div class="{ax("height:470px", "background-color:#efefef", "border-radius:4px")}"></div>'
            f'<section class="{ax("display:flex", "gap:12px", "padding-top:8px")}">'
            f'<div role="button" tabindex="0" aria-label="{E(u["like"])}">{svg(ax, ICON_PATHS[3], 24)}</div>'
            f'<div role="button" tabindex="0" aria-label="{E(u["comment"])}">{svg(ax, ICON_PATHS[1], 24)}</div>'
            f'<div role="button" tabindex="0" aria-label="{E(u["share"])}">{svg(ax, ICON_PATHS[4], 24)}</div></section>'
            f'<div class="{ax("font-size:14px", "font-weight:600", "color:#000000")}">{E(u["liked_by"].format(a=handle(people[(i + 3) % len(people)]), n=rng.randrange(12, 900)))}</div>'
            f'<div class="{ax("font-size:14px", "color:#000000")}"><b>{E(handle(p))}</b> {E(rng.choice(POSTS[lang]))}</div></article>')
    sugg = "".join(
        f'<div class="{ax("display:flex", "align-items:center", "justify-content:space-between", "padding-top:8px")}">'
        f'<div class="{ax("display:flex", "gap:12px", "align-items:center")}">{avatar(ax, rng, 44)}<span class="{ax("font-size:14px", "font-weight:600")}">{E(handle(p))}</span></div>'
        f'<div role="button" tabindex="0" class="{ax("color:#0095f6", "font-size:12px", "font-weight:600", "cursor:pointer")}">{E(u["follow"])}</div></div>'
        for p in people[6:9])
    return (
        f'<div class="{ax("display:flex")}"><div role="navigation" class="{ax("position:fixed", "top:0", "left:0", "height:100%", "width:244px", "border-right:1px solid #dbdbdb", "padding-left:12px", "padding-top:24px", "background-color:#ffffff")}">'
        f'<a href="/" aria-label="Instagram">{logo(ax, "instagram", 32)}</a>{nav}'
        f'<a href="/accounts/edit/" class="{ax("display:flex", "gap:16px", "color:#000000", "text-decoration:none")}">{svg(ax, ICON_PATHS[5], 24)}<span>{E(u["more"])}</span></a></div>'
        f'<main role="main" class="{ax("margin-left:244px", "display:flex", "justify-content:center", "gap:64px", "padding-top:24px", "width:100%")}">'
        f'<div><ul class="{ax("display:flex", "gap:8px", "margin:0", "padding:0")}">{tray}</ul><div>{"".join(posts)}</div></div>'
        f'<div class="{ax("width:320px")}"><div class="{ax("display:flex", "gap:12px", "align-items:center")}">{avatar(ax, rng, 44)}<span class="{ax("font-size:14px", "font-weight:600")}">{E(handle(user))}</span></div>'
        f'<div class="{ax("color:#737373", "font-size:14px", "font-weight:600", "padding-top:24px")}">{E(u["suggested"])}</div>{sugg}</div></main></div>')


def fb_login(ax: Atomic, lang: str) -> str:
    u = UI[lang]
    field = ax("display:block", "width:100%", "height:52px", "font-size:17px", "padding-left:16px",
               "border:1px solid #dddfe2", "border-radius:6px", "margin-bottom:12px", "box-sizing:border-box")
    return (
        f'<div class="{ax("display:flex", "justify-content:center", "align-items:center", "gap:64px", "padding-top:72px", "background-color:#f0f2f5", "min-height:600px")}">'
        f'<div class="{ax("width:500px")}">{logo(ax, "facebook", 60)}<h2 class="{ax("font-size:28px", "font-weight:400", "color:#1c1e21", "line-height:32px")}">{E(u["tagline"])}</h2></div>'
        f'<div class="{ax("width:396px", "background-color:#ffffff", "border-radius:8px", "padding-left:16px", "padding-right:16px", "padding-top:12px", "padding-bottom:24px", "box-shadow:0 2px 4px rgba(0,0,0,.1)")}">'
        f'<form method="post" action="/login/"><input type="text" name="email" class="{field}" placeholder="{E(u["email"])}" aria-label="{E(u["email"])}">'
        f'<input type="password" name="pass" class="{field}" placeholder="{E(u["password"])}" aria-label="{E(u["password"])}">'
        f'<button type="submit" name="login" class="{ax("width:100%", "height:48px", "background-color:#0866ff", "color:#ffffff", "font-size:20px", "font-weight:700", "border-radius:6px", "border-top-width:0")}">{E(u["login"])}</button></form>'
        f'<a href="/recover/initiate/" class="{ax("color:#0866ff", "font-size:14px", "display:block", "text-align:center", "padding-top:16px")}">{E(u["forgot"])}</a>'
        f'<a href="/r.php" role="button" class="{ax("display:block", "background-color:#42b72a", "color:#ffffff", "font-size:17px", "font-weight:700", "border-radius:6px", "padding-top:12px", "padding-bottom:12px", "text-align:center", "margin-top:16px")}">{E(u["create_acc"])}</a></div></div>')


def ig_login(ax: Atomic, lang: str) -> str:
    u = UI[lang]
    field = ax("display:block", "width:268px", "height:36px", "font-size:12px", "padding-left:8px",
               "border:1px solid #dbdbdb", "border-radius:3px", "margin-bottom:6px", "background-color:#fafafa")
    return (
        f'<main class="{ax("display:flex", "justify-content:center", "padding-top:48px")}"><div class="{ax("width:350px", "border:1px solid #dbdbdb", "padding-top:32px", "padding-bottom:24px", "display:flex", "flex-direction:column", "align-items:center")}">'
        f'{logo(ax, "instagram", 56)}<form method="post" action="/accounts/login/"><input type="text" class="{field}" aria-label="{E(u["email"])}">'
        f'<input type="password" class="{field}" aria-label="{E(u["password"])}"><button type="submit" class="{ax("width:268px", "height:32px", "background-color:#0095f6", "color:#ffffff", "font-weight:600", "font-size:14px", "border-radius:8px", "border-top-width:0")}">{E(u["login"])}</button></form>'
        f'<a href="/accounts/password/reset/" class="{ax("color:#00376b", "font-size:12px", "padding-top:16px")}">{E(u["forgot"])}</a></div></main>')


def page(ax: Atomic, rng: random.Random, lang: str, platform: str, title: str, body: str,
         *, locked: bool, overlay: str = "") -> str:
    body_decls = ["margin:0", "font-family:Segoe UI Historic,Segoe UI,Helvetica,Arial,sans-serif",
                  f"background-color:{BRAND[platform]['bg']}", "color:#050505"]
    if locked:
        body_decls.append("overflow:hidden")
    body_cls = ax(*body_decls)
    mount = f"mount_0_0_{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.choice('abcdefghijkmnpqrstuvwxyz')}"
    hidden = ' aria-hidden="true"' if overlay else ""
    html_id = platform
    return (
        f'<!DOCTYPE html><html id="{html_id}" class="{ax("overflow-x:hidden")}" lang="{lang}" dir="ltr">'
        f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{E(title)}</title><meta name="referrer" content="origin-when-crossorigin">'
        f'<link rel="manifest" href="/data/manifest/"><style nonce="{rng.randrange(10**7, 10**8)}">'
        f':root{{--font-family-segoe:Segoe UI Historic,Segoe UI,Helvetica,Arial,sans-serif;--primary-button-background:{BRAND[platform]["blue"]}}}'
        f'{ax.stylesheet(rng)}</style></head>'
        f'<body class="{body_cls}" dir="ltr"><div id="{mount}"><div class="{ax("position:relative", "z-index:0")}"{hidden}>{body}</div>'
        f'{overlay}</div></body></html>')


# ---------------------------------------------------------------------------
# Texts of the screens. Short button labels follow the labels Meta used; longer
# copy is our own paraphrase of the reported wording.

def price(lang: str, amount: str) -> str:
    a = amount
    return {"en": f"€{a}/month", "de": f"{a.replace('.', ',')} €/Monat",
            "nl": f"€ {a.replace('.', ',')} per maand", "fr": f"{a.replace('.', ',')} €/mois"}[lang]


POC = {
    "en": {
        "title": ["Make a choice about ads", "Choose how you want to use {p}",
                  "A new choice about ads"],
        "intro": ["Because laws are changing in your region, you can now subscribe to use {p} and Instagram without ads, or keep using them for free with ads. We've updated our Terms and Privacy Policy to include this choice.",
                  "Laws in your region are changing, so we're giving you a choice: subscribe so that your info isn't used for ads, or keep using our Products free of charge with ads. Your experience with ads stays the same as it is today."],
        "pay_h": "Subscribe to use without ads",
        "pay_d": "From {web} (incl. tax) on the web, {app} in the app. While you're subscribed, we won't use your info for ads.",
        "free_h": "Use for free with ads",
        "free_d": "Discover products and brands through personalised ads, and keep using your accounts free of charge. We'll use your info for ads.",
        "lpa_h": "Use for free with less personalised ads",
        "lpa_d": "We'll use less of your info: ads are based on what you view during your current session, plus your age, location and gender. Some ads are ad breaks you can't skip for a few seconds.",
        "accounts_lpa": "Your choice applies to all accounts in your Accounts Centre. Each additional account costs {extra}.",
        "accounts": "Your choice applies to all accounts in your Accounts Centre. Until 1 March 2024 one subscription covers them all; after that, each extra account costs {extra}.",
        "change": "You can change your choice or adjust your settings at any time.",
        "pay_btn": ["Subscribe", "Subscribe to use without ads"],
        "free_btn": ["Use for free with ads", "Use free of charge with ads"],
        "lpa_btn": ["Use with less personalised ads", "Less personalised ads"],
        "continue": "Continue", "learn": "Learn more", "privacy": "Privacy Policy",
        "terms": "Terms", "compare": "Compare options", "close": "Close",
    },
    "de": {
        "title": ["Triff eine Auswahl zum Thema Werbung", "Wähle aus, wie du {p} nutzen möchtest",
                  "Eine neue Auswahl zum Thema Werbung"],
        "intro": ["Aufgrund sich ändernder Gesetze in deiner Region kannst du jetzt ein Abo abschließen, um {p} und Instagram ohne Werbung zu nutzen, oder beide weiterhin kostenlos mit Werbung verwenden. Wir haben unsere Nutzungsbedingungen und unsere Datenschutzrichtlinie um diese Auswahl ergänzt.",
                  "Die Gesetze in deiner Region ändern sich. Deshalb kannst du wählen: Schließe ein Abo ab, damit deine Informationen nicht für Werbung verwendet werden, oder nutze unsere Produkte weiter kostenlos mit Werbung. Mit Werbung bleibt für dich alles wie bisher."],
        "pay_h": "Abo für die Nutzung ohne Werbung",
        "pay_d": "Ab {web} (inkl. Steuern) im Web, {app} in der App. Solange dein Abo läuft, verwenden wir deine Informationen nicht für Werbung.",
        "free_h": "Kostenlos mit Werbung nutzen",
        "free_d": "Entdecke über personalisierte Werbung neue Produkte und Marken und nutze deine Konten weiterhin kostenlos. Wir verwenden deine Informationen, um dir Werbung zu zeigen.",
        "lpa_h": "Kostenlos mit weniger personalisierter Werbung nutzen",
        "lpa_d": "Wir verwenden weniger Informationen: Die Werbung richtet sich nach dem, was du in der aktuellen Sitzung ansiehst, sowie nach Alter, Standort und Geschlecht. Manche Werbung erscheint als Werbepause, die du einige Sekunden lang nicht überspringen kannst.",
        "accounts_lpa": "Deine Auswahl gilt für alle Konten in deiner Kontenübersicht. Jedes weitere Konto kostet {extra}.",
        "accounts": "Deine Auswahl gilt für alle Konten in deiner Kontenübersicht. Bis zum 1. März 2024 deckt ein Abo alle ab, danach kostet jedes weitere Konto {extra}.",
        "change": "Du kannst deine Auswahl jederzeit ändern oder deine Einstellungen anpassen.",
        "pay_btn": ["Abonnieren", "Abo abschließen"],
        "free_btn": ["Kostenlos mit Werbung nutzen", "Kostenfrei mit Werbung nutzen"],
        "lpa_btn": ["Mit weniger personalisierter Werbung nutzen", "Weniger personalisierte Werbung"],
        "continue": "Weiter", "learn": "Mehr dazu", "privacy": "Datenschutzrichtlinie",
        "terms": "Nutzungsbedingungen", "compare": "Optionen vergleichen", "close": "Schließen",
    },
    "nl": {
        "title": ["Maak een keuze over advertenties", "Kies hoe je {p} wilt gebruiken",
                  "Een nieuwe keuze over advertenties"],
        "intro": ["Omdat de wetgeving in jouw regio verandert, kun je je nu abonneren om {p} en Instagram zonder advertenties te gebruiken, of ze gratis blijven gebruiken met advertenties. We hebben onze Voorwaarden en ons Privacybeleid aangevuld met deze keuze.",
                  "De wetten in jouw regio veranderen, daarom kun je kiezen: neem een abonnement zodat je gegevens niet voor advertenties worden gebruikt, of blijf onze producten gratis gebruiken met advertenties. Met advertenties blijft alles zoals het nu is."],
        "pay_h": "Abonneren om zonder advertenties te gebruiken",
        "pay_d": "Vanaf {web} (incl. btw) op het web, {app} in de app. Zolang je geabonneerd bent, gebruiken we je gegevens niet voor advertenties.",
        "free_h": "Gratis gebruiken met advertenties",
        "free_d": "Ontdek producten en merken via gepersonaliseerde advertenties en blijf je accounts gratis gebruiken. We gebruiken je gegevens voor advertenties.",
        "lpa_h": "Gratis gebruiken met minder gepersonaliseerde advertenties",
        "lpa_d": "We gebruiken minder van je gegevens: advertenties zijn gebaseerd op wat je tijdens je huidige sessie bekijkt en op je leeftijd, locatie en geslacht. Sommige advertenties zijn reclameonderbrekingen die je een paar seconden niet kunt overslaan.",
        "accounts_lpa": "Je keuze geldt voor alle accounts in je Accountcentrum. Elk extra account kost {extra}.",
        "accounts": "Je keuze geldt voor alle accounts in je Accountcentrum. Tot 1 maart 2024 dekt één abonnement ze allemaal, daarna kost elk extra account {extra}.",
        "change": "Je kunt je keuze of je instellingen op elk moment aanpassen.",
        "pay_btn": ["Abonneren", "Abonnement nemen"],
        "free_btn": ["Gratis gebruiken met advertenties", "Gratis met advertenties"],
        "lpa_btn": ["Gebruiken met minder gepersonaliseerde advertenties", "Minder gepersonaliseerde advertenties"],
        "continue": "Doorgaan", "learn": "Meer informatie", "privacy": "Privacybeleid",
        "terms": "Voorwaarden", "compare": "Opties vergelijken", "close": "Sluiten",
    },
    "fr": {
        "title": ["Faites un choix concernant les publicités", "Choisissez comment utiliser {p}",
                  "Un nouveau choix concernant les publicités"],
        "intro": ["En raison de l'évolution de la législation dans votre région, vous pouvez désormais vous abonner pour utiliser {p} et Instagram sans publicité, ou continuer à les utiliser gratuitement avec des publicités. Nous avons mis à jour nos Conditions et notre Politique de confidentialité pour inclure ce choix.",
                  "La législation change dans votre région : vous pouvez donc choisir de vous abonner pour que vos informations ne soient pas utilisées à des fins publicitaires, ou de continuer à utiliser nos Produits gratuitement avec des publicités. Avec les publicités, rien ne change pour vous."],
        "pay_h": "S'abonner pour utiliser sans publicité",
        "pay_d": "À partir de {web} (TTC) sur le Web, {app} dans l'application. Tant que vous êtes abonné, nous n'utilisons pas vos informations pour les publicités.",
        "free_h": "Utiliser gratuitement avec des publicités",
        "free_d": "Découvrez des produits et des marques grâce aux publicités personnalisées et continuez à utiliser vos comptes gratuitement. Nous utiliserons vos informations pour les publicités.",
        "lpa_h": "Utiliser gratuitement avec des publicités moins personnalisées",
        "lpa_d": "Nous utilisons moins d'informations : les publicités dépendent de ce que vous consultez pendant la session en cours, ainsi que de votre âge, de votre localisation et de votre genre. Certaines publicités sont des pauses publicitaires impossibles à passer pendant quelques secondes.",
        "accounts_lpa": "Votre choix s'applique à tous les comptes de votre Espace Comptes. Chaque compte supplémentaire coûte {extra}.",
        "accounts": "Votre choix s'applique à tous les comptes de votre Espace Comptes. Jusqu'au 1er mars 2024, un abonnement les couvre tous ; ensuite, chaque compte supplémentaire coûte {extra}.",
        "change": "Vous pouvez modifier votre choix ou vos paramètres à tout moment.",
        "pay_btn": ["S'abonner", "S'abonner maintenant"],
        "free_btn": ["Utiliser gratuitement avec des publicités", "Utiliser gratuitement avec pubs"],
        "lpa_btn": ["Utiliser avec des publicités moins personnalisées", "Publicités moins personnalisées"],
        "continue": "Continuer", "learn": "En savoir plus", "privacy": "Politique de confidentialité",
        "terms": "Conditions", "compare": "Comparer les options", "close": "Fermer",
    },
}

BLOCK = {
    "en": {"title": ["We've updated our Terms", "Review and agree to our updated Terms",
                     "Please agree to our updated Terms to continue"],
           "body": "To keep using {p}, you need to agree to our updated Terms of Use. Our Privacy Policy explains how we collect and use your information, including for ads, across Meta Products.",
           "bullets": ["How we use your information to personalise ads and content",
                       "How we share information between {p} and other Meta Products",
                       "Which choices you have about your information"],
           "note": "If you don't agree, you won't be able to use {p}. You can download your information or delete your account.",
           "agree": ["Agree", "I agree", "Agree and continue"], "logout": "Log out",
           "terms": "Review the Terms", "privacy": "Privacy Policy", "download": "Download your information",
           "whats_new": "See what's changed"},
    "de": {"title": ["Wir haben unsere Nutzungsbedingungen aktualisiert",
                     "Bitte stimme unseren aktualisierten Nutzungsbedingungen zu",
                     "Überprüfe unsere aktualisierten Nutzungsbedingungen"],
           "body": "Um {p} weiterhin zu nutzen, musst du unseren aktualisierten Nutzungsbedingungen zustimmen. In unserer Datenschutzrichtlinie erfährst du, wie wir deine Informationen in den Meta-Produkten erheben und verwenden, auch für Werbung.",
           "bullets": ["Wie wir deine Informationen verwenden, um Werbung und Inhalte zu personalisieren",
                       "Wie wir Informationen zwischen {p} und anderen Meta-Produkten teilen",
                       "Welche Wahlmöglichkeiten du bei deinen Informationen hast"],
           "note": "Wenn du nicht zustimmst, kannst du {p} nicht mehr nutzen. Du kannst deine Informationen herunterladen oder dein Konto löschen.",
           "agree": ["Ich stimme zu", "Zustimmen", "Zustimmen und fortfahren"], "logout": "Abmelden",
           "terms": "Nutzungsbedingungen ansehen", "privacy": "Datenschutzrichtlinie",
           "download": "Deine Informationen herunterladen", "whats_new": "Was sich geändert hat"},
    "nl": {"title": ["We hebben onze Voorwaarden bijgewerkt",
                     "Ga akkoord met onze bijgewerkte Voorwaarden",
                     "Bekijk onze bijgewerkte Voorwaarden om door te gaan"],
           "body": "Als je {p} wilt blijven gebruiken, moet je akkoord gaan met onze bijgewerkte Gebruiksvoorwaarden. In ons Privacybeleid lees je hoe we je gegevens verzamelen en gebruiken binnen de Meta-producten, ook voor advertenties.",
           "bullets": ["Hoe we je gegevens gebruiken om advertenties en content te personaliseren",
                       "Hoe we gegevens delen tussen {p} en andere Meta-producten",
                       "Welke keuzes je hebt over je gegevens"],
           "note": "Als je niet akkoord gaat, kun je {p} niet meer gebruiken. Je kunt je gegevens downloaden of je account verwijderen.",
           "agree": ["Akkoord", "Ik ga akkoord", "Akkoord en doorgaan"], "logout": "Uitloggen",
           "terms": "Voorwaarden bekijken", "privacy": "Privacybeleid",
           "download": "Je gegevens downloaden", "whats_new": "Bekijk wat er is veranderd"},
    "fr": {"title": ["Nous avons mis à jour nos Conditions",
                     "Acceptez nos Conditions mises à jour",
                     "Consultez nos Conditions mises à jour pour continuer"],
           "body": "Pour continuer à utiliser {p}, vous devez accepter nos Conditions d'utilisation mises à jour. Notre Politique de confidentialité explique comment nous recueillons et utilisons vos informations dans les Produits Meta, y compris pour les publicités.",
           "bullets": ["Comment nous utilisons vos informations pour personnaliser les publicités et les contenus",
                       "Comment nous partageons des informations entre {p} et les autres Produits Meta",
                       "Les choix dont vous disposez concernant vos informations"],
           "note": "Si vous n'acceptez pas, vous ne pourrez plus utiliser {p}. Vous pouvez télécharger vos informations ou supprimer votre compte.",
           "agree": ["J'accepte", "Accepter", "Accepter et continuer"], "logout": "Se déconnecter",
           "terms": "Consulter les Conditions", "privacy": "Politique de confidentialité",
           "download": "Télécharger vos informations", "whats_new": "Voir ce qui a changé"},
}

AI = {
    "en": {"title": ["We're planning to use your information to develop and improve AI at Meta",
                     "Learn how we'll use your information as we expand AI at Meta",
                     "We're getting ready to expand AI at Meta in your region"],
           "hi": "Hi {first},",
           "p1": "We're getting ready to bring AI at Meta, our collection of generative AI features and experiences such as Meta AI and AI creative tools, to people in your region{when}.",
           "p2": ["To help bring these experiences to you, we'll rely on the legal basis called legitimate interests for using your information, such as public posts and comments from accounts of people aged 18 or over, to develop and improve AI at Meta. This means that you have the ", "{link}", " to how your information is used for these purposes. If your objection is honoured, it will be applied from then on."],
           "link": ["right to object", "right to object"],
           "p3": "We won't use private messages with friends and family to train our AI models. You can find more about how we use your information in our ",
           "privacy": "Privacy Policy", "when": [" from 26 June 2024", " from 27 May 2025", ""],
           "btn": ["Close", "OK", "Got it", "Continue"], "xlabel": "Close"},
    "de": {"title": ["Wir möchten deine Informationen nutzen, um KI bei Meta zu entwickeln und zu verbessern",
                     "Erfahre, wie wir deine Informationen nutzen, wenn wir KI bei Meta ausbauen",
                     "Wir bereiten KI bei Meta für deine Region vor"],
           "hi": "Hallo {first},",
           "p1": "wir bereiten uns darauf vor, KI bei Meta, unsere generativen KI-Funktionen und -Erlebnisse wie Meta AI und KI-Kreativtools, für Menschen in deiner Region verfügbar zu machen{when}.",
           "p2": ["Dafür stützen wir uns auf die Rechtsgrundlage der berechtigten Interessen, um deine Informationen, etwa öffentliche Beiträge und Kommentare von Konten von Personen ab 18 Jahren, zur Entwicklung und Verbesserung von KI bei Meta zu verwenden. Du hast das ", "{link}", ", wenn du nicht möchtest, dass deine Informationen für diese Zwecke verwendet werden. Wenn deinem Widerspruch stattgegeben wird, gilt er ab diesem Zeitpunkt."],
           "link": ["Recht auf Widerspruch", "Recht, Widerspruch einzulegen"],
           "p3": "Private Nachrichten mit Freunden und Familie verwenden wir nicht zum Trainieren unserer KI-Modelle. Mehr dazu, wie wir deine Informationen verwenden, findest du in unserer ",
           "privacy": "Datenschutzrichtlinie", "when": [" (ab dem 26. Juni 2024)", " (ab dem 27. Mai 2025)", ""],
           "btn": ["Schließen", "OK", "Verstanden", "Weiter"], "xlabel": "Schließen"},
    "nl": {"title": ["We zijn van plan je gegevens te gebruiken om AI bij Meta te ontwikkelen en te verbeteren",
                     "Lees hoe we je gegevens gebruiken nu we AI bij Meta uitbreiden",
                     "We bereiden AI bij Meta voor in jouw regio"],
           "hi": "Hallo {first},",
           "p1": "we maken ons klaar om AI bij Meta, onze verzameling generatieve AI-functies en -ervaringen zoals Meta AI en creatieve AI-tools, beschikbaar te maken voor mensen in jouw regio{when}.",
           "p2": ["Om je deze ervaringen te bieden, baseren we ons op de rechtsgrond gerechtvaardigd belang om je gegevens, zoals openbare berichten en reacties van accounts van mensen van 18 jaar of ouder, te gebruiken om AI bij Meta te ontwikkelen en te verbeteren. Dit betekent dat je het ", "{link}", " tegen de manier waarop je gegevens voor deze doeleinden worden gebruikt. Als je bezwaar wordt gehonoreerd, geldt het vanaf dat moment."],
           "link": ["recht hebt om bezwaar te maken", "recht hebt om bezwaar te maken"],
           "p3": "We gebruiken privéberichten met vrienden en familie niet om onze AI-modellen te trainen. Meer over hoe we je gegevens gebruiken lees je in ons ",
           "privacy": "Privacybeleid", "when": [" (vanaf 26 juni 2024)", " (vanaf 27 mei 2025)", ""],
           "btn": ["Sluiten", "OK", "Begrepen", "Doorgaan"], "xlabel": "Sluiten"},
    "fr": {"title": ["Nous prévoyons d'utiliser vos informations pour développer et améliorer l'IA chez Meta",
                     "Découvrez comment nous utiliserons vos informations en développant l'IA chez Meta",
                     "Nous nous préparons à étendre l'IA chez Meta dans votre région"],
           "hi": "Bonjour {first},",
           "p1": "nous nous préparons à proposer l'IA chez Meta, notre ensemble de fonctionnalités et d'expériences d'IA générative comme Meta AI et les outils créatifs d'IA, aux personnes de votre région{when}.",
           "p2": ["Pour vous offrir ces expériences, nous nous appuierons sur la base légale des intérêts légitimes pour utiliser vos informations, comme les publications et commentaires publics des comptes de personnes de 18 ans ou plus, afin de développer et d'améliorer l'IA chez Meta. Cela signifie que vous avez le ", "{link}", " à la manière dont vos informations sont utilisées à ces fins. Si votre opposition est acceptée, elle s'appliquera à partir de ce moment."],
           "link": ["droit de vous opposer", "droit de vous opposer"],
           "p3": "Nous n'utilisons pas les messages privés avec vos amis et votre famille pour entraîner nos modèles d'IA. Pour en savoir plus sur l'utilisation de vos informations, consultez notre ",
           "privacy": "Politique de confidentialité", "when": [" à partir du 26 juin 2024", " à partir du 27 mai 2025", ""],
           "btn": ["Fermer", "OK", "J'ai compris", "Continuer"], "xlabel": "Fermer"},
}

OBJECT_URL = {"facebook": "https://www.facebook.com/help/contact/712876720715583",
              "instagram": "https://help.instagram.com/contact/767264225370182"}

COOKIE = {
    "en": {"title": "Allow the use of cookies from {p} on this browser?",
           "body": "We use cookies and similar technologies to help provide and improve content on Meta Products. We also use them to provide a safer experience by using information we receive from cookies on and off {p}, and to provide and improve Meta Products for people who have an account.",
           "essential": "Essential cookies: these cookies are required to use Meta Products. They're necessary for these sites to work as intended.",
           "optional": "Optional cookies: cookies from other companies, which help show you ads and measure their performance, and Meta cookies on other apps and websites. You can choose whether to allow them.",
           "review": "You can review or change your choices at any time in your cookie settings.",
           "allow": "Allow all cookies", "decline": "Decline optional cookies",
           "manage": ["Manage cookies", "Cookie settings"], "policy": "Cookie Policy",
           "learn": "Learn more about cookies", "other_cos": "Cookies from other companies",
           "meta_other": "Meta cookies on other apps and websites", "save": "Save choices"},
    "de": {"title": "Erlaubst du die Verwendung von Cookies von {p} in diesem Browser?",
           "body": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte in den Meta-Produkten bereitzustellen und zu verbessern. Außerdem verwenden wir sie, um mithilfe von Informationen aus Cookies auf und außerhalb von {p} ein sichereres Erlebnis zu bieten und die Meta-Produkte für Personen mit einem Konto bereitzustellen und zu verbessern.",
           "essential": "Erforderliche Cookies: Diese Cookies sind für die Nutzung der Meta-Produkte notwendig, damit die Websites wie vorgesehen funktionieren.",
           "optional": "Optionale Cookies: Cookies von anderen Unternehmen, die helfen, dir Werbung zu zeigen und deren Leistung zu messen, sowie Meta-Cookies in anderen Apps und auf anderen Websites. Du entscheidest, ob du sie erlaubst.",
           "review": "Du kannst deine Auswahl jederzeit in deinen Cookie-Einstellungen überprüfen oder ändern.",
           "allow": "Alle Cookies erlauben", "decline": "Optionale Cookies ablehnen",
           "manage": ["Cookies verwalten", "Cookie-Einstellungen"], "policy": "Cookie-Richtlinie",
           "learn": "Mehr über Cookies", "other_cos": "Cookies von anderen Unternehmen",
           "meta_other": "Meta-Cookies in anderen Apps und auf anderen Websites", "save": "Auswahl speichern"},
    "nl": {"title": "Het gebruik van cookies van {p} in deze browser toestaan?",
           "body": "We gebruiken cookies en vergelijkbare technologieën om content in de Meta-producten te leveren en te verbeteren. We gebruiken ze ook om een veiligere ervaring te bieden met informatie uit cookies op en buiten {p}, en om de Meta-producten te leveren en te verbeteren voor mensen met een account.",
           "essential": "Essentiële cookies: deze cookies zijn nodig om de Meta-producten te gebruiken en zorgen ervoor dat de sites werken zoals bedoeld.",
           "optional": "Optionele cookies: cookies van andere bedrijven, die helpen advertenties te tonen en te meten hoe ze presteren, en Meta-cookies in andere apps en op andere websites. Jij kiest of je ze toestaat.",
           "review": "Je kunt je keuzes op elk moment bekijken of wijzigen in je cookie-instellingen.",
           "allow": "Alle cookies toestaan", "decline": "Optionele cookies weigeren",
           "manage": ["Cookies beheren", "Cookie-instellingen"], "policy": "Cookiebeleid",
           "learn": "Meer informatie over cookies", "other_cos": "Cookies van andere bedrijven",
           "meta_other": "Meta-cookies in andere apps en op andere websites", "save": "Keuzes opslaan"},
    "fr": {"title": "Autoriser l'utilisation des cookies de {p} sur ce navigateur ?",
           "body": "Nous utilisons des cookies et des technologies similaires pour fournir et améliorer le contenu des Produits Meta. Nous les utilisons aussi pour offrir une expérience plus sûre grâce aux informations reçues via les cookies sur {p} et en dehors, et pour fournir et améliorer les Produits Meta pour les personnes qui ont un compte.",
           "essential": "Cookies essentiels : ces cookies sont nécessaires pour utiliser les Produits Meta et pour que les sites fonctionnent comme prévu.",
           "optional": "Cookies optionnels : cookies d'autres entreprises, qui aident à afficher des publicités et à en mesurer les performances, et cookies Meta sur d'autres applications et sites web. Vous choisissez de les autoriser ou non.",
           "review": "Vous pouvez consulter ou modifier vos choix à tout moment dans vos paramètres de cookies.",
           "allow": "Autoriser tous les cookies", "decline": "Refuser les cookies optionnels",
           "manage": ["Gérer les cookies", "Paramètres des cookies"], "policy": "Politique d'utilisation des cookies",
           "learn": "En savoir plus sur les cookies", "other_cos": "Cookies d'autres entreprises",
           "meta_other": "Cookies Meta sur d'autres applications et sites web", "save": "Enregistrer les choix"},
}

ADS = {
    "en": {"title": "Ad preferences", "centre": "Accounts Centre", "topics": "Ad topics",
           "advertisers": "Advertisers you've seen", "settings": "Ad settings",
           "partners": "Activity information from ad partners", "partners_d": "Choose whether we can use info about your activity from ad partners to show you ads.",
           "outside": "Ads shown outside of Meta", "experience": "Ad experience",
           "personal": "Personalised ads", "less": "Less personalised ads",
           "experience_d": "Choose whether you see personalised or less personalised ads while you use our Products for free.",
           "sub": "Subscription", "sub_d": "Subscribe to use your accounts without ads. Your info won't be used for ads.",
           "sub_link": "See subscription options", "side": ["Personal details", "Password and security", "Your information and permissions", "Ad preferences", "Payments", "Meta Verified"],
           "partners_state": ["On", "Off"], "manage": "Manage"},
    "de": {"title": "Werbepräferenzen", "centre": "Kontenübersicht", "topics": "Werbethemen",
           "advertisers": "Werbetreibende, die du gesehen hast", "settings": "Werbeeinstellungen",
           "partners": "Aktivitätsinformationen von Werbepartnern", "partners_d": "Lege fest, ob wir Informationen über deine Aktivitäten von Werbepartnern verwenden dürfen, um dir Werbung zu zeigen.",
           "outside": "Werbung außerhalb von Meta", "experience": "Werbeerlebnis",
           "personal": "Personalisierte Werbung", "less": "Weniger personalisierte Werbung",
           "experience_d": "Lege fest, ob du personalisierte oder weniger personalisierte Werbung siehst, während du unsere Produkte kostenlos nutzt.",
           "sub": "Abo", "sub_d": "Schließe ein Abo ab, um deine Konten ohne Werbung zu nutzen. Deine Informationen werden dann nicht für Werbung verwendet.",
           "sub_link": "Abo-Optionen ansehen", "side": ["Persönliche Daten", "Passwort und Sicherheit", "Deine Informationen und Berechtigungen", "Werbepräferenzen", "Zahlungen", "Meta Verified"],
           "partners_state": ["An", "Aus"], "manage": "Verwalten"},
    "nl": {"title": "Advertentievoorkeuren", "centre": "Accountcentrum", "topics": "Advertentieonderwerpen",
           "advertisers": "Adverteerders die je hebt gezien", "settings": "Advertentie-instellingen",
           "partners": "Activiteitsgegevens van advertentiepartners", "partners_d": "Kies of we gegevens over je activiteit van advertentiepartners mogen gebruiken om je advertenties te tonen.",
           "outside": "Advertenties buiten Meta", "experience": "Advertentie-ervaring",
           "personal": "Gepersonaliseerde advertenties", "less": "Minder gepersonaliseerde advertenties",
           "experience_d": "Kies of je gepersonaliseerde of minder gepersonaliseerde advertenties ziet terwijl je onze producten gratis gebruikt.",
           "sub": "Abonnement", "sub_d": "Neem een abonnement om je accounts zonder advertenties te gebruiken. Je gegevens worden dan niet voor advertenties gebruikt.",
           "sub_link": "Abonnementsopties bekijken", "side": ["Persoonlijke gegevens", "Wachtwoord en beveiliging", "Je gegevens en toestemmingen", "Advertentievoorkeuren", "Betalingen", "Meta Verified"],
           "partners_state": ["Aan", "Uit"], "manage": "Beheren"},
    "fr": {"title": "Préférences publicitaires", "centre": "Espace Comptes", "topics": "Sujets publicitaires",
           "advertisers": "Annonceurs que vous avez vus", "settings": "Paramètres publicitaires",
           "partners": "Informations sur l'activité provenant des partenaires publicitaires", "partners_d": "Choisissez si nous pouvons utiliser les informations sur votre activité transmises par nos partenaires publicitaires pour vous montrer des publicités.",
           "outside": "Publicités affichées en dehors de Meta", "experience": "Expérience publicitaire",
           "personal": "Publicités personnalisées", "less": "Publicités moins personnalisées",
           "experience_d": "Choisissez de voir des publicités personnalisées ou moins personnalisées lorsque vous utilisez nos Produits gratuitement.",
           "sub": "Abonnement", "sub_d": "Abonnez-vous pour utiliser vos comptes sans publicité. Vos informations ne seront pas utilisées pour les publicités.",
           "sub_link": "Voir les options d'abonnement", "side": ["Informations personnelles", "Mot de passe et sécurité", "Vos informations et autorisations", "Préférences publicitaires", "Paiements", "Meta Verified"],
           "partners_state": ["Activé", "Désactivé"], "manage": "Gérer"},
}


# ---------------------------------------------------------------------------
# Dialog shells

def overlay(ax: Atomic, rng: random.Random, platform: str, label: str, inner: str, *,
            width: int, full_page: bool = False, dim: str | None = None) -> str:
    """Backdrop plus `role=dialog` root (the root carries data-cl-dialog)."""
    if dim is None:
        dim = rng.choice(["rgba(0,0,0,.6)", "rgba(244,244,244,.8)", "rgba(255,255,255,.8)", "rgba(0,0,0,.65)"])
    if full_page:
        dialog_cls = ax("position:fixed", "top:0", "left:0", "width:100%", "height:100%",
                        "background-color:#ffffff", "overflow-y:auto", "z-index:400",
                        "display:flex", "justify-content:center")
        return (f'<div role="dialog" aria-modal="true" aria-label="{E(label)}" tabindex="-1" data-cl-dialog="1" class="{dialog_cls}">'
                f'<div class="{ax(f"max-width:{width}px", "width:100%", "padding-top:48px", "padding-bottom:48px", "padding-left:16px", "padding-right:16px")}">{inner}</div></div>')
    backdrop_cls = ax("position:fixed", "top:0", "right:0", "bottom:0", "left:0",
                      f"background-color:{dim}", "z-index:400", "display:flex",
                      "align-items:center", "justify-content:center")
    radius = "8px" if platform == "facebook" else "12px"
    dialog_cls = ax("position:relative", f"width:{width}px", "max-width:calc(100vw - 32px)",
                    "max-height:calc(100vh - 64px)", "overflow-y:auto", "background-color:#ffffff",
                    f"border-radius:{radius}", "box-shadow:0 12px 28px 0 rgba(0,0,0,.2),0 2px 4px 0 rgba(0,0,0,.1)")
    return (f'<div class="{backdrop_cls}"><div role="dialog" aria-modal="true" aria-label="{E(label)}"'
            f' tabindex="-1" data-cl-dialog="1" class="{dialog_cls}">{inner}</div></div>')


def heading(ax: Atomic, text: str, size: str = "20px", align: str = "left") -> str:
    return (f'<h2 class="{ax("margin:0", f"font-size:{size}", "font-weight:700", "color:#050505", "line-height:1.2", f"text-align:{align}")}"'
            f' dir="auto">{E(text)}</h2>')


def para(ax: Atomic, content: str, color: str = "#050505", size: str = ".9375rem") -> str:
    """`content` is already escaped markup."""
    return (f'<div class="{ax("margin-top:8px", "margin-bottom:8px", f"color:{color}", f"font-size:{size}", "line-height:1.3333")}"'
            f' dir="auto">{content}</div>')


def background(ax: Atomic, rng: random.Random, lang: str, platform: str, user: str) -> str:
    if platform == "facebook":
        return fb_feed(ax, rng, lang, user, rng.randint(2, 4), chat=False)
    return ig_feed(ax, rng, lang, user, rng.randint(2, 3))


def blurred(ax: Atomic, inner: str, blur: bool) -> str:
    if not blur:
        return inner
    return f'<div class="{ax("filter:blur(6px)", "pointer-events:none")}">{inner}</div>'


# ---------------------------------------------------------------------------
# Screen templates. Each returns (url, title, body, overlay_html, provenance, layout).

def poc_screen(ax, rng, lang, platform, user, *, lpa: bool):
    t = POC[lang]
    b = BRAND[platform]
    pname = b["name"]
    web, app = ("5.99", "7.99") if lpa else ("9.99", "12.99")
    extra_txt = {"en": f"{price(lang, '6' if not lpa else '4')} on the web",
                 "de": f"{price(lang, '6' if not lpa else '4')} im Web",
                 "nl": f"{price(lang, '6' if not lpa else '4')} op het web",
                 "fr": f"{price(lang, '6' if not lpa else '4')} sur le Web"}[lang]
    title = rng.choice(t["title"]).format(p=pname)
    intro = rng.choice(t["intro"]).format(p=pname if platform == "facebook" else "Facebook")
    pay_d = t["pay_d"].format(web=price(lang, web), app=price(lang, app))
    pay_btn = rng.choice(t["pay_btn"])
    free_btn = rng.choice(t["free_btn"])
    lpa_btn = rng.choice(t["lpa_btn"])
    layout = rng.choice(["stacked", "cards", "radio"])
    blue, grey = b["blue"], b["grey"]
    # Which option gets the filled blue button differs between screenshots and years.
    primary_idx = 0 if rng.random() < 0.5 else 1
    options = [("pay", t["pay_h"], pay_d, pay_btn), ("accept", t["free_h"], t["free_d"], free_btn)]
    if lpa:
        options.append(("accept", t["lpa_h"], t["lpa_d"], lpa_btn))
    links = [text_link(ax, t["learn"], "other", f"{b['host']}/help/3496859437253995", color=blue),
             text_link(ax, t["privacy"], "other", f"{b['host']}/privacy/policy/", color=blue)]
    if rng.random() < 0.5:
        links.append(text_link(ax, t["terms"], "other", f"{b['host']}/legal/terms/", color=blue))
    footer = (f'<div class="{ax("display:flex", "gap:12px", "flex-wrap:wrap", "margin-top:12px")}">'
              + "".join(links) + "</div>")
    notes = para(ax, E(t["accounts_lpa" if lpa else "accounts"].format(extra=extra_txt)), color=b["muted"], size=".8125rem")
    if rng.random() < 0.6:
        notes += para(ax, E(t["change"]), color=b["muted"], size=".8125rem")

    def btn_for(role, label, primary):
        return meta_button(ax, label, role, bg=blue if primary else grey,
                           color="#ffffff" if primary else "#050505", width="100%", height=40)

    if layout == "stacked":
        rows = "".join(
            f'<div class="{ax("display:flex", "gap:12px", "padding-top:12px", "padding-bottom:12px", "border-bottom:1px solid #dadde1")}">'
            f'{svg(ax, ICON_PATHS[i % len(ICON_PATHS)], 24)}<div>{span_text(ax, h, weight="600")}{span_text(ax, d, size=".8125rem", color=b["muted"])}</div></div>'
            for i, (_, h, d, _) in enumerate(options))
        buttons = "".join(
            f'<div class="{ax("margin-top:8px")}">{btn_for(role, label, k == primary_idx)}</div>'
            for k, (role, _, _, label) in enumerate(options))
        inner = (f'<div class="{ax("padding-left:16px", "padding-right:16px", "padding-top:20px", "padding-bottom:16px")}">'
                 f'{logo(ax, platform, 40)}{heading(ax, title)}{para(ax, E(intro))}{rows}{notes}{buttons}{footer}</div>')
        width = 500
    elif layout == "cards":
        cards = "".join(
            f'<div class="{ax("flex-grow:1", "flex-basis:0", "border:1px solid #dadde1", "border-radius:8px", "padding-left:16px", "padding-right:16px", "padding-top:16px", "padding-bottom:16px", "display:flex", "flex-direction:column", "justify-content:space-between")}">'
            f'<div>{span_text(ax, h, size="1.0625rem", weight="700")}{span_text(ax, d, size=".875rem", color=b["muted"])}</div>'
            f'<div class="{ax("margin-top:16px")}">{btn_for(role, label, k == primary_idx)}</div></div>'
            for k, (role, h, d, label) in enumerate(options))
        inner = (f'<div class="{ax("padding-left:24px", "padding-right:24px", "padding-top:24px", "padding-bottom:20px")}">'
                 f'<div class="{ax("display:flex", "justify-content:center")}">{logo(ax, platform, 48)}</div>{heading(ax, title, "24px", "center")}'
                 f'{para(ax, E(intro))}<div class="{ax("display:flex", "gap:12px", "margin-top:16px")}">{cards}</div>{notes}{footer}</div>')
        width = 720 if not lpa else 920
    else:
        name = f"ad_choice_{rng.randrange(1000, 9999)}"
        radios = "".join(
            f'<label class="{ax("display:flex", "gap:12px", "align-items:flex-start", "padding-top:12px", "padding-bottom:12px", "border-bottom:1px solid #dadde1", "cursor:pointer")}">'
            f'<div>{span_text(ax, h, weight="600")}{span_text(ax, d, size=".8125rem", color=b["muted"])}</div>'
            f'<input type="radio" name="{name}" value="{k}" data-cl-role="{role}" aria-label="{E(h)}" class="{ax("width:20px", "height:20px", "flex-shrink:0", "margin-top:4px")}"></label>'
            for k, (role, h, d, _) in enumerate(options))
        inner = (f'<div class="{ax("padding-left:16px", "padding-right:16px", "padding-top:20px", "padding-bottom:16px")}">'
                 f'{logo(ax, platform, 40)}{heading(ax, title)}{para(ax, E(intro))}<div role="radiogroup">{radios}</div>{notes}'
                 f'<div class="{ax("margin-top:12px")}">{meta_button(ax, t["continue"], "other", bg=blue, color="#ffffff", width="100%", height=40)}</div>{footer}</div>')
        width = 520
    full = rng.random() < 0.25
    dlg = overlay(ax, rng, platform, title, inner, width=width, full_page=full)
    bg = background(ax, rng, lang, platform, user)
    body = blurred(ax, bg, rng.random() < 0.3)
    path = rng.choice(["/", "/?sk=h_chr", "/consent/ads/", "/privacy/consent/ads/"]) if platform == "facebook" \
        else rng.choice(["/", "/accounts/ads_consent/", "/?hl=" + lang])
    year = "2024-11 EU 'less personalised ads' choice screen" if lpa else "2023-11 EU 'subscription for no ads' choice screen"
    prov = (f"Written from Meta's {year} ({pname} web): button labels as reported in press and help-centre "
            f"pages; body copy paraphrased from reported wording; prices {price('en', web)} web / "
            f"{price('en', app)} app. Layout '{layout}'" + (" (full page)" if full else "") + " is our imitation.")
    if lpa:
        prov += " The 'less personalised ads' row still processes personal data for ads and is labelled role accept."
    if layout == "radio":
        prov += " Options are radio inputs (pay/accept) committed by a 'Continue' button (role other)."
    return path, title, body, dlg, prov, layout


def blocking_screen(ax, rng, lang, platform, user):
    t = BLOCK[lang]
    b = BRAND[platform]
    pname = b["name"]
    title = rng.choice(t["title"])
    agree = rng.choice(t["agree"])
    layout = rng.choice(["checkpoint", "modal", "compact", "page"])
    bullets = "".join(
        f'<li class="{ax("display:flex", "gap:12px", "padding-top:8px", "padding-bottom:8px")}">{svg(ax, rng.choice(ICON_PATHS), 24)}{span_text(ax, s.format(p=pname))}</li>'
        for s in rng.sample(t["bullets"], k=rng.randint(2, 3)))
    links = [text_link(ax, t["terms"], "other", f"{b['host']}/legal/terms/update/", color=b["blue"])]
    if rng.random() < 0.7:
        links.append(text_link(ax, t["privacy"], "other", f"{b['host']}/privacy/policy/", color=b["blue"]))
    if rng.random() < 0.4:
        links.append(text_link(ax, t["download"], "other", f"{b['host']}/dyi/", color=b["blue"]))
    agree_btn = meta_button(ax, agree, "accept", bg=b["blue"], color="#ffffff", width="100%", height=44, size="17px")
    show_logout = rng.random() < 0.8
    logout_style = rng.choice(["link", "button"])
    if not show_logout:
        logout = ""
    elif logout_style == "link":
        logout = (f'<div class="{ax("display:flex", "justify-content:center", "margin-top:12px")}">'
                  + text_link(ax, t["logout"], "other", f"{b['host']}/logout.php", color=b["muted"], size=".9375rem") + "</div>")
    else:
        logout = f'<div class="{ax("margin-top:8px")}">' + meta_button(ax, t["logout"], "other", bg=b["grey"], color="#050505", width="100%", height=44, size="17px") + "</div>"
    details = ""
    if rng.random() < 0.35:
        details = (f'<details class="{ax("margin-top:8px")}"><summary data-cl-role="other" class="{ax("cursor:pointer", "color:#0866ff", "font-weight:600", "font-size:.9375rem")}">{E(t["whats_new"])}</summary>'
                   f'{para(ax, E(t["note"].format(p=pname)), color=b["muted"])}</details>')
        note = ""
    else:
        note = para(ax, E(t["note"].format(p=pname)), color=b["muted"], size=".8125rem")
    inner = (f'<div class="{ax("padding-left:24px", "padding-right:24px", "padding-top:24px", "padding-bottom:24px")}">'
             f'{logo(ax, platform, 48 if layout != "compact" else 36)}{heading(ax, title, "24px" if layout != "compact" else "20px")}'
             f'{para(ax, E(t["body"].format(p=pname)))}<ul class="{ax("margin:0", "padding:0", "list-style:none")}">{bullets}</ul>{note}{details}'
             f'<div class="{ax("display:flex", "gap:12px", "flex-wrap:wrap", "margin-top:8px", "margin-bottom:16px")}">{"".join(links)}</div>'
             f'{agree_btn}{logout}</div>')
    if layout == "checkpoint":
        dlg = overlay(ax, rng, platform, title, inner, width=560, full_page=True)
        body = ""
    elif layout == "page":
        # the screen is the page itself: a card in the normal flow, nothing else shown,
        # no backdrop and nothing fixed (the page is blocked because there is nothing behind it)
        modal = ' role="dialog" aria-modal="true"' if rng.random() < 0.6 else ""
        card = ax("width:100%", f"max-width:{rng.choice([350, 396, 432])}px", "background-color:#ffffff",
                  rng.choice(["border:1px solid #dbdbdb", "border-radius:8px", "box-shadow:0 2px 4px rgba(0,0,0,.1)"]))
        wrap = ax("display:flex", "flex-direction:column", "align-items:center", "justify-content:center",
                  "min-height:100vh", rng.choice(["padding-top:24px", "padding-top:48px"]))
        body = (f'<div class="{wrap}"><div{modal} aria-label="{E(title)}" data-cl-dialog="1" class="{card}">'
                f'{inner}</div></div>')
        dlg = ""
    else:
        dlg = overlay(ax, rng, platform, title, inner, width=560 if layout == "modal" else 420)
        body = blurred(ax, background(ax, rng, lang, platform, user), rng.random() < 0.5)
    path = rng.choice(["/checkpoint/", "/terms/update/", "/", "/consent/terms/"]) if platform == "facebook" \
        else rng.choice(["/", "/terms/accept/", "/challenge/"])
    prov = (f"Written from reports of Meta's login 'blocking screen' that requires agreeing to updated "
            f"terms before {pname} can be used again; wording paraphrased (exact text not known). "
            f"Layout '{layout}', 'Log out' " + (logout_style if show_logout else "absent") + " (role other).")
    return path, title, body, dlg, prov, layout


def ai_notice_screen(ax, rng, lang, platform, user):
    t = AI[lang]
    b = BRAND[platform]
    first = user.split()[0]
    title = rng.choice(t["title"])
    when = rng.choice(t["when"])
    link_text = rng.choice(t["link"])
    btn = rng.choice(t["btn"])
    layout = rng.choice(["modal", "notification_page", "sheet"])
    link_colour = rng.choice([b["blue"], b["blue"], "#050505", b["muted"]])
    underline = link_colour != b["blue"] or rng.random() < 0.3
    obj = text_link(ax, link_text, "object", OBJECT_URL[platform], color=link_colour, size=".9375rem",
                    underline=underline)
    p2 = E(t["p2"][0]) + obj + E(t["p2"][2])
    privacy = text_link(ax, t["privacy"], "other", f"{b['host']}/privacy/policy/", color=b["blue"], size=".9375rem")
    body_copy = (para(ax, E(t["hi"].format(first=first))) + para(ax, E(t["p1"].format(when=when))) + para(ax, p2)
                 + para(ax, E(t["p3"]) + privacy + "."))
    ok = meta_button(ax, btn, "close", bg=b["blue"], color="#ffffff", width="100%", height=44, size="17px")
    xbtn = close_x(ax, t["xlabel"]) if rng.random() < 0.6 else ""
    header = (f'<div class="{ax("display:flex", "justify-content:space-between", "align-items:flex-start", "gap:12px")}">'
              f'{heading(ax, title, "20px")}{xbtn}</div>')
    if layout == "modal":
        inner = (f'<div class="{ax("padding-left:20px", "padding-right:20px", "padding-top:20px", "padding-bottom:20px")}">'
                 f'{header}<div class="{ax("max-height:360px", "overflow-y:auto", "margin-top:8px")}">{body_copy}</div>'
                 f'<div class="{ax("margin-top:16px")}">{ok}</div></div>')
        dlg = overlay(ax, rng, platform, title, inner, width=548)
        body = background(ax, rng, lang, platform, user)
    elif layout == "notification_page":
        inner = (f'{logo(ax, platform, 40)}{header}{body_copy}<div class="{ax("margin-top:24px", "position:sticky", "bottom:0", "background-color:#ffffff", "padding-top:12px")}">{ok}</div>')
        dlg = overlay(ax, rng, platform, title, inner, width=600, full_page=True)
        body = background(ax, rng, lang, platform, user)
    else:
        sheet_cls = ax("position:fixed", "left:0", "right:0", "bottom:0", "background-color:#ffffff",
                       "border-top-left-radius:16px", "border-top-right-radius:16px", "z-index:400",
                       "max-height:80vh", "overflow-y:auto", "padding-left:20px", "padding-right:20px",
                       "padding-top:16px", "padding-bottom:20px", "box-shadow:0 -4px 16px rgba(0,0,0,.15)")
        backdrop_cls = ax("position:fixed", "top:0", "right:0", "bottom:0", "left:0",
                          "background-color:rgba(0,0,0,.5)", "z-index:399")
        dlg = (f'<div class="{backdrop_cls}"></div><div role="dialog" aria-modal="true" aria-label="{E(title)}" data-cl-dialog="1" class="{sheet_cls}">'
               f'<div class="{ax("width:40px", "height:4px", "border-radius:2px", "background-color:#ccd0d5", "margin:0 auto 12px")}"></div>'
               f'{header}{body_copy}<div class="{ax("margin-top:16px")}">{ok}</div></div>')
        body = background(ax, rng, lang, platform, user)
    path = rng.choice(["/notifications/", "/", "/privacy/genai/notice/"]) if platform == "facebook" \
        else rng.choice(["/", "/notifications/", "/accounts/privacy_notice/"])
    prov = ("Written from Meta's 2024/2025 in-app notice on using public content for AI training "
            "(legitimate interests, right to object); wording paraphrased from notification text "
            "quoted by users and press. The objection link sits inside the running text (role object), "
            f"the prominent '{btn}' button has role close. Layout '{layout}'.")
    return path, title, body, dlg, prov, layout


def cookie_fair_screen(ax, rng, lang, platform, user):
    t = COOKIE[lang]
    b = BRAND[platform]
    pname = b["name"]
    title = t["title"].format(p=pname)
    layout = rng.choice(["side_by_side", "stacked", "with_panel"])
    # Equal buttons: same size, weight and position; only the fill colour may differ.
    allow_bg, decline_bg = rng.choice([(b["blue"], b["blue"]), (b["blue"], b["grey"]), (b["grey"], b["grey"])])
    colour = lambda bg: "#ffffff" if bg == b["blue"] else "#050505"  # noqa: E731
    width = "100%" if layout != "side_by_side" else "220px"
    decline_first = rng.random() < 0.5
    allow = meta_button(ax, t["allow"], "accept", bg=allow_bg, color=colour(allow_bg), width=width, height=40)
    decline = meta_button(ax, t["decline"], "reject", bg=decline_bg, color=colour(decline_bg), width=width, height=40)
    pair = [decline, allow] if decline_first else [allow, decline]
    direction = "flex-direction:row" if layout == "side_by_side" else "flex-direction:column"
    buttons = (f'<div class="{ax("display:flex", direction, "gap:8px", "justify-content:flex-end", "margin-top:16px")}">'
               + "".join(pair) + "</div>")
    manage_label = rng.choice(t["manage"])
    settings = text_link(ax, manage_label, "settings", f"{b['host']}/privacy/consent/cookies/", color=b["blue"], size=".9375rem")
    policy = text_link(ax, t["policy"], "other", f"{b['host']}/policies/cookies/", color=b["blue"], size=".9375rem")
    panel = ""
    if layout == "with_panel":
        rows = "".join(
            f'<div class="{ax("display:flex", "justify-content:space-between", "align-items:center", "padding-top:12px")}">'
            f'{span_text(ax, label, weight="600")}<div role="switch" tabindex="0" aria-checked="false" aria-label="{E(label)}" data-cl-role="other"'
            f' class="{ax("width:44px", "height:24px", "border-radius:12px", "background-color:#bec3c9", "cursor:pointer")}"></div></div>'
            for label in (t["other_cos"], t["meta_other"]))
        panel = (f'<div class="{ax("display:none")}" data-cl-layer="2">{rows}<div class="{ax("margin-top:12px")}">'
                 + meta_button(ax, t["save"], "other", bg=b["blue"], color="#ffffff", width="100%", height=40) + "</div></div>")
    copy = para(ax, E(t["body"].format(p=pname)))
    if rng.random() < 0.7:
        copy += para(ax, E(t["essential"])) + para(ax, E(t["optional"]))
    copy += para(ax, E(t["review"]) + " " + settings + " · " + policy)
    inner = (f'<div class="{ax("padding-left:20px", "padding-right:20px", "padding-top:20px", "padding-bottom:20px")}">'
             f'{heading(ax, title)}<div class="{ax("max-height:400px", "overflow-y:auto")}">{copy}</div>{panel}{buttons}</div>')
    dlg = overlay(ax, rng, platform, title, inner, width=600 if layout == "side_by_side" else 480)
    logged_out = rng.random() < 0.6
    if logged_out:
        body = fb_login(ax, lang) if platform == "facebook" else ig_login(ax, lang)
    else:
        body = background(ax, rng, lang, platform, user)
    path = "/" if logged_out else rng.choice(["/", "/?locale=" + lang])
    prov = (f"Written from Meta's web cookie dialog ('Allow all cookies' / 'Decline optional cookies' "
            f"of equal size, cookie settings link); copy paraphrased. Layout '{layout}'. Fair: "
            "buttons differ at most in fill colour.")
    return path, title, body, dlg, prov, layout


def feed_screen(ax, rng, lang, platform, user):
    u = UI[lang]
    if platform == "facebook":
        chat = rng.random() < 0.35
        body = fb_feed(ax, rng, lang, user, rng.randint(3, 5), chat=chat)
        title = "Facebook"
        layout = "feed_chat" if chat else "feed"
    else:
        body = ig_feed(ax, rng, lang, user, rng.randint(3, 5))
        title = "Instagram"
        layout = "feed"
    path = rng.choice(["/", "/?sk=h_chr", "/home.php"]) if platform == "facebook" else rng.choice(["/", "/?hl=" + lang])
    prov = (f"Imitation of the logged-in {title} home feed ({u['stories']}, posts, contacts); no "
            "consent screen. Posts and names are fictional, our own writing.")
    if layout == "feed_chat":
        prov += " A docked chat window (not a dialog) is open."
    return path, title, body, "", prov, layout


def ads_settings_screen(ax, rng, lang, platform, user):
    t = ADS[lang]
    partners_on = rng.random() < 0.5
    less = rng.random() < 0.4
    side = "".join(
        f'<a href="/{i}/" class="{ax("display:block", "padding-top:8px", "padding-bottom:8px", "color:#1c2b33", "font-size:.9375rem", "text-decoration:none")}"'
        + (' aria-current="page"' if s == t["title"] else "") + f'>{E(s)}</a>'
        for i, s in enumerate(t["side"]))

    def row(label, desc, control):
        return (f'<div class="{ax("display:flex", "justify-content:space-between", "align-items:center", "gap:12px", "padding-top:16px", "padding-bottom:16px", "border-bottom:1px solid #dadde1")}">'
                f'<div>{span_text(ax, label, weight="600", color="#1c2b33")}{span_text(ax, desc, size=".8125rem", color="#465a69")}</div>{control}</div>')

    switch = (f'<div role="switch" tabindex="0" aria-checked="{"true" if partners_on else "false"}" aria-label="{E(t["partners"])}"'
              f' class="{ax("width:44px", "height:24px", "border-radius:12px", "background-color:" + ("#0064e0" if partners_on else "#bec3c9"), "cursor:pointer", "flex-shrink:0")}"></div>')
    radios = "".join(
        f'<label class="{ax("display:flex", "gap:8px", "align-items:center", "padding-top:4px")}"><input type="radio" name="ad_experience" value="{v}"'
        + (" checked" if (v == "less") == less else "") + f'>{E(lbl)}</label>'
        for v, lbl in (("personalised", t["personal"]), ("less", t["less"])))
    manage = lambda href: f'<a href="{href}" class="{ax("color:#0064e0", "font-weight:600", "font-size:.9375rem")}">{E(t["manage"])}</a>'  # noqa: E731
    content = (
        f'<h1 class="{ax("font-size:24px", "font-weight:700", "color:#1c2b33")}">{E(t["title"])}</h1>'
        + row(t["topics"], "", manage("/adpreferences/ad_topics/"))
        + row(t["advertisers"], "", manage("/adpreferences/advertisers/"))
        + f'<h2 class="{ax("font-size:17px", "font-weight:700", "margin-top:24px")}">{E(t["settings"])}</h2>'
        + row(t["partners"], t["partners_d"], switch)
        + row(t["outside"], "", manage("/adpreferences/ad_settings/outside/"))
        + row(t["experience"], t["experience_d"], f'<div role="radiogroup">{radios}</div>')
        + row(t["sub"], t["sub_d"], f'<a href="/accounts_center/meta_verified/subscription/" class="{ax("color:#0064e0", "font-weight:600", "font-size:.9375rem")}">{E(t["sub_link"])}</a>'))
    body = (f'<div class="{ax("display:flex", "min-height:100vh", "background-color:#ffffff")}">'
            f'<nav class="{ax("width:320px", "padding-left:24px", "padding-top:24px", "border-right:1px solid #dadde1")}">'
            f'<div class="{ax("display:flex", "gap:8px", "align-items:center")}">{svg(ax, ICON_PATHS[0], 24)}<span class="{ax("font-weight:700", "font-size:17px")}">{E(t["centre"])}</span></div>{side}</nav>'
            f'<main class="{ax("flex-grow:1", "max-width:680px", "padding-left:48px", "padding-top:24px")}">{content}</main></div>')
    title = f"{t['title']} | {t['centre']}"
    url_host = "https://accountscenter.facebook.com" if platform == "facebook" else "https://accountscenter.instagram.com"
    prov = ("Imitation of the Accounts Centre ad-preferences page (toggle, ad-experience radios, "
            "subscription link) as page content, not a dialog; labels paraphrased.")
    return (url_host, "/adpreferences/"), title, body, "", prov, ("partners_on" if partners_on else "partners_off")


SCREENS = (
    # (group, id stem, template, consent_screen, patterns)
    ("meta-poc-2023", "poc2023", lambda *a: poc_screen(*a, lpa=False), True, ["pay_or_consent"]),
    ("meta-poc-2024-lpa", "poc2024", lambda *a: poc_screen(*a, lpa=True), True, ["pay_or_consent"]),
    ("meta-blocking", "blocking", blocking_screen, True, ["consent_wall"]),
    ("meta-ai-notice", "ainotice", ai_notice_screen, True, ["buried_opt_out"]),
    ("meta-cookie-fair", "cookiefair", cookie_fair_screen, True, []),
    ("meta-feed", "feed", feed_screen, False, []),
    ("meta-ads-settings", "adsettings", ads_settings_screen, False, []),
)


def build_records(seed: int = SEED, per_cell: int = PER_CELL) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for group, stem, template, consent_screen, patterns in SCREENS:
        for lang in LANGS:
            for i in range(per_cell):
                platform = PLATFORMS[i % 2]
                ax = Atomic()
                user = rng.choice(PEOPLE[lang])
                path, title, body, dlg, prov, _layout = template(ax, rng, lang, platform, user)
                host = BRAND[platform]["host"]
                if isinstance(path, tuple):
                    host, path = path
                locked = bool(dlg) and "aria-modal" in dlg or (_layout == "page" and rng.random() < 0.5)
                doc = page(ax, rng, lang, platform, title, body, locked=locked, overlay=dlg)
                records.append(screen_record(
                    id=f"meta-{stem}-{platform}-{lang}-{i // 2:03d}", group=group, family="meta", lang=lang,
                    url=host + path, html=doc, consent_screen=consent_screen, patterns=list(patterns),
                    source=SOURCE, license=LICENSE, provenance=prov))
    return records


def summarise(records: list[dict]) -> str:
    def key(r: dict) -> tuple:
        return r["group"], "+".join(r["patterns"]) or ("fair" if r["consent_screen"] else "none"), r["lang"]

    return count_table(records, key, "  {:22} {:16} {} {}")


def main() -> None:
    records = build_records()
    report(OUT, write_jsonl_gz(records, OUT), summarise(records))


if __name__ == "__main__":
    main()
