"""What a user reads about a finding, in English, German, Dutch and French.

For each pattern: a title, a severity, a one-line message built from the
evidence (naming the element: "The 'Ablehnen' option is a faint link 3.8x
smaller than 'Alle akzeptieren'.") and a one-paragraph explanation ending in
the legal anchor from consentlens.taxonomy. The tone is informative: what the
screen does, why regulators care, never a promise of legal advice.

Severity is how much a pattern can cost the user's choice, not how sure the
model is (that is `confidence`):
- high: pay_or_consent, consent_wall (refusing costs money or the service) and
  buried_opt_out (a right exists but is easy to miss, so most people never use
  it: Meta's AI-training objection link is the case in point);
- medium: no_reject, preselected (refusing takes extra clicks or unticking,
  but stays possible on the screen);
- low: confirmshaming, misleading_wording (pressure through wording; the
  choice itself is there).
"""

from __future__ import annotations

from consentlens.taxonomy import LANGUAGES, LEGAL_ANCHORS, PATTERNS

SEVERITY = {
    "pay_or_consent": "high",
    "consent_wall": "high",
    "buried_opt_out": "high",
    "no_reject": "medium",
    "preselected": "medium",
    "confirmshaming": "low",
    "misleading_wording": "low",
}

TITLES = {
    "pay_or_consent": {"en": "Pay or consent", "de": "Bezahlen oder zustimmen",
                       "nl": "Betalen of toestemmen", "fr": "Payer ou consentir"},
    "consent_wall": {"en": "Consent wall", "de": "Zustimmungswand",
                     "nl": "Toestemmingsmuur", "fr": "Mur de consentement"},
    "no_reject": {"en": "No option to refuse", "de": "Keine Ablehnen-Option",
                  "nl": "Geen optie om te weigeren", "fr": "Pas d'option de refus"},
    "buried_opt_out": {"en": "Hidden way to refuse", "de": "Versteckte Ablehnung",
                       "nl": "Verstopte weigeroptie", "fr": "Refus caché"},
    "preselected": {"en": "Pre-ticked choices", "de": "Vorausgewählte Optionen",
                    "nl": "Vooraf aangevinkte keuzes", "fr": "Choix pré-cochés"},
    "confirmshaming": {"en": "Guilt-tripping wording", "de": "Beschämende Formulierung",
                       "nl": "Schuldgevoel bij weigeren", "fr": "Formulation culpabilisante"},
    "misleading_wording": {"en": "Misleading wording", "de": "Irreführende Formulierung",
                           "nl": "Misleidende bewoording", "fr": "Formulation trompeuse"},
}

_QUOTES = {"en": ("'", "'"), "de": ("„", "“"), "nl": ("‘", "’"), "fr": ("« ", " »")}
_DECIMAL = {"en": ".", "de": ",", "nl": ",", "fr": ","}

# Subjects and objects used when the evidence carries no element text.
_UNNAMED = {
    "refuse": {"en": "the option to refuse", "de": "die Option zum Ablehnen",
               "nl": "de optie om te weigeren", "fr": "l'option pour refuser"},
    "accept": {"en": "the option to accept", "de": "die Option zum Zustimmen",
               "nl": "de optie om te accepteren", "fr": "l'option pour accepter"},
    "pay": {"en": "the paid option", "de": "die Bezahl-Option",
            "nl": "de betaalde optie", "fr": "l'option payante"},
    "settings": {"en": "the settings", "de": "die Einstellungen",
                 "nl": "de instellingen", "fr": "les paramètres"},
    "purpose": {"en": "a non-essential purpose", "de": "ein nicht notwendiger Zweck",
                "nl": "een niet-noodzakelijk doel", "fr": "une finalité non essentielle"},
}

# The element is named as "{named}" when it has a text, else as an _UNNAMED phrase.
_OPTION = {"en": "the {q} option", "de": "die Option {q}", "nl": "de optie {q}", "fr": "l'option {q}"}

_TEXTS = {
    "pay_or_consent.pay_alternative.price": {
        "en": "Using the service without tracking costs money ({element}, {price}); the free way in, {reference}, means agreeing to tracking.",
        "de": "Ohne Tracking gibt es den Dienst nur gegen Geld ({element}, {price}); der kostenlose Weg, {reference}, bedeutet Zustimmung zum Tracking.",
        "nl": "Zonder tracking kost de dienst geld ({element}, {price}); de gratis weg, {reference}, betekent instemmen met tracking.",
        "fr": "Sans pistage, le service est payant ({element}, {price}) ; l'accès gratuit, {reference}, implique d'accepter le pistage.",
    },
    "pay_or_consent.pay_alternative": {
        "en": "Using the service without tracking costs money ({element}); the free way in, {reference}, means agreeing to tracking.",
        "de": "Ohne Tracking gibt es den Dienst nur gegen Geld ({element}); der kostenlose Weg, {reference}, bedeutet Zustimmung zum Tracking.",
        "nl": "Zonder tracking kost de dienst geld ({element}); de gratis weg, {reference}, betekent instemmen met tracking.",
        "fr": "Sans pistage, le service est payant ({element}) ; l'accès gratuit, {reference}, implique d'accepter le pistage.",
    },
    "consent_wall.only_accept.coverage": {
        "en": "This screen covers {coverage}% of the page and only {element} lets you through; there is no way to refuse.",
        "de": "Dieses Fenster verdeckt {coverage} % der Seite und nur {element} lässt Sie weiter; ablehnen ist nicht möglich.",
        "nl": "Dit venster bedekt {coverage}% van de pagina en alleen {element} laat je door; weigeren kan niet.",
        "fr": "Cette fenêtre couvre {coverage} % de la page et seul {element} permet de continuer ; impossible de refuser.",
    },
    "consent_wall.only_accept.whole_page": {
        "en": "This screen is all the page shows, and only {element} lets you through; there is no way to refuse.",
        "de": "Diese Seite zeigt nur dieses Fenster, und nur {element} lässt Sie weiter; ablehnen ist nicht möglich.",
        "nl": "De pagina toont alleen dit venster, en alleen {element} laat je door; weigeren kan niet.",
        "fr": "La page n'affiche que cette fenêtre, et seul {element} permet de continuer ; impossible de refuser.",
    },
    "consent_wall.only_accept": {
        "en": "The page stays blocked until you choose {element}; there is no way to refuse.",
        "de": "Die Seite bleibt gesperrt, bis Sie {element} wählen; ablehnen ist nicht möglich.",
        "nl": "De pagina blijft geblokkeerd tot je {element} kiest; weigeren kan niet.",
        "fr": "La page reste bloquée tant que vous ne choisissez pas {element} ; impossible de refuser.",
    },
    "no_reject.no_reject_first_layer.settings": {
        "en": "There is no option to refuse next to {element}: refusing means going through {reference} first.",
        "de": "Neben {element} gibt es keine Option zum Ablehnen: Wer ablehnen will, muss erst über {reference} gehen.",
        "nl": "Naast {element} staat geen optie om te weigeren: wie wil weigeren, moet eerst via {reference}.",
        "fr": "Aucune option de refus à côté de {element} : pour refuser, il faut d'abord passer par {reference}.",
    },
    "no_reject.no_reject_first_layer": {
        "en": "{Element} is the only choice offered; there is no option to refuse on this screen.",
        "de": "{Element} ist die einzige angebotene Wahl; auf diesem Fenster gibt es keine Option zum Ablehnen.",
        "nl": "{Element} is de enige keuze; op dit venster staat geen optie om te weigeren.",
        "fr": "{Element} est le seul choix proposé ; cette fenêtre n'offre aucune option de refus.",
    },
    "buried_opt_out.de_emphasised.ratio": {
        "en": "{Element} is {looks} {ratio}x smaller than {reference}.",
        "de": "{Element} ist {looks}, {ratio}-mal kleiner als {reference}.",
        "nl": "{Element} is {looks}, {ratio} keer kleiner dan {reference}.",
        "fr": "{Element} est {looks} {ratio} fois plus petit que {reference}.",
    },
    "buried_opt_out.de_emphasised": {
        "en": "{Element} is {looks}, far less visible than {reference}.",
        "de": "{Element} ist {looks}, viel unauffälliger als {reference}.",
        "nl": "{Element} is {looks}, veel minder zichtbaar dan {reference}.",
        "fr": "{Element} est {looks}, bien moins visible que {reference}.",
    },
    "buried_opt_out.in_text": {
        "en": "{Element} is a link tucked into the running text, not a button beside {reference}.",
        "de": "{Element} steckt als Link im Fließtext, während {reference} als Schaltfläche erscheint.",
        "nl": "{Element} is een link verstopt in de lopende tekst, geen knop naast {reference}.",
        "fr": "{Element} est un lien glissé dans le texte, et non un bouton à côté de {reference}.",
    },
    "buried_opt_out.in_text.alone": {
        "en": "{Element} is a link tucked into the running text, not a button.",
        "de": "{Element} steckt als Link im Fließtext, nicht als Schaltfläche.",
        "nl": "{Element} is een link verstopt in de lopende tekst, geen knop.",
        "fr": "{Element} est un lien glissé dans le texte, et non un bouton.",
    },
    "buried_opt_out.de_emphasised.alone": {
        "en": "{Element} is {looks} that is easy to overlook.",
        "de": "{Element} ist {looks} und leicht zu übersehen.",
        "nl": "{Element} is {looks} die makkelijk over het hoofd wordt gezien.",
        "fr": "{Element} est {looks} facile à manquer.",
    },
    "preselected.prechecked.many": {
        "en": "{count} non-essential purposes are switched on before you choose, starting with {element}.",
        "de": "{count} nicht notwendige Zwecke sind schon vor Ihrer Wahl eingeschaltet, zuerst {element}.",
        "nl": "{count} niet-noodzakelijke doelen staan al aan voordat je kiest, te beginnen met {element}.",
        "fr": "{count} finalités non essentielles sont activées avant votre choix, à commencer par {element}.",
    },
    "preselected.prechecked": {
        "en": "{Element} is switched on before you choose.",
        "de": "{Element} ist schon vor Ihrer Wahl eingeschaltet.",
        "nl": "{Element} staat al aan voordat je kiest.",
        "fr": "{Element} est activé avant votre choix.",
    },
    "confirmshaming.guilt_wording": {
        "en": "The option to refuse is worded to make you feel bad: {element}.",
        "de": "Die Option zum Ablehnen ist so formuliert, dass Sie sich schlecht fühlen sollen: {element}.",
        "nl": "De optie om te weigeren is zo verwoord dat je je er slecht bij moet voelen: {element}.",
        "fr": "L'option de refus est formulée pour vous culpabiliser : {element}.",
    },
    "misleading_wording.legitimate_interest": {
        "en": "Separate 'legitimate interest' switches let some processing go on even if you refuse consent{phrase}.",
        "de": "Eigene Schalter für „berechtigtes Interesse“ lassen manche Verarbeitung weiterlaufen, auch wenn Sie die Einwilligung verweigern{phrase}.",
        "nl": "Aparte schakelaars voor ‘gerechtvaardigd belang’ laten sommige verwerking doorgaan, ook als je toestemming weigert{phrase}.",
        "fr": "Des réglages séparés d'« intérêt légitime » laissent certains traitements continuer même si vous refusez le consentement{phrase}.",
    },
    "misleading_wording.accept_saves_choices": {
        "en": "{Element} is labelled as accepting but saves your choices, so it is unclear what a click does.",
        "de": "{Element} klingt nach Zustimmen, speichert aber Ihre Auswahl; was ein Klick bewirkt, bleibt unklar.",
        "nl": "{Element} klinkt als accepteren maar slaat je keuzes op; wat een klik doet, is onduidelijk.",
        "fr": "{Element} ressemble à une acceptation mais enregistre vos choix ; on ne sait pas ce que fait un clic.",
    },
    "misleading_wording.euphemism": {
        "en": "Tracking is described in soft terms{phrase}, which hides what you are agreeing to.",
        "de": "Tracking wird beschönigend beschrieben{phrase}; so bleibt unklar, wozu Sie zustimmen.",
        "nl": "Tracking wordt verhullend omschreven{phrase}; zo blijft onduidelijk waarmee je instemt.",
        "fr": "Le pistage est décrit en termes flatteurs{phrase}, ce qui masque ce que vous acceptez.",
    },
    "generic": {
        "en": "This screen shows a known deceptive pattern: {title}.",
        "de": "Dieses Fenster zeigt ein bekanntes täuschendes Muster: {title}.",
        "nl": "Dit venster toont een bekend misleidend patroon: {title}.",
        "fr": "Cette fenêtre présente un procédé trompeur connu : {title}.",
    },
}

# How a de-emphasised refuse option looks: (is a link, is faint) -> phrase.
_LOOKS = {
    (True, True): {"en": "a faint link", "de": "ein blasser Link", "nl": "een vage link", "fr": "un lien pâle"},
    (True, False): {"en": "a text link", "de": "ein Textlink", "nl": "een tekstlink", "fr": "un simple lien"},
    (False, True): {"en": "a faint button", "de": "eine blasse Schaltfläche", "nl": "een vage knop", "fr": "un bouton pâle"},
    (False, False): {"en": "a button", "de": "eine Schaltfläche", "nl": "een knop", "fr": "un bouton"},
}

_EXPLANATIONS = {
    "pay_or_consent": {
        "en": "This screen lets you use the service without tracking only if you pay. European data protection authorities take the view that on large platforms a bare choice between paying and agreeing to tracking will often not give freely given consent, and that a free option with less tracking should be considered.",
        "de": "Dieses Fenster lässt Sie den Dienst ohne Tracking nur gegen Bezahlung nutzen. Die europäischen Datenschutzbehörden meinen, dass auf großen Plattformen die bloße Wahl zwischen Bezahlen und Tracking-Zustimmung oft keine freiwillige Einwilligung ergibt und eine kostenlose Variante mit weniger Tracking geprüft werden sollte.",
        "nl": "Met dit venster kun je de dienst alleen zonder tracking gebruiken als je betaalt. Europese privacytoezichthouders vinden dat op grote platforms een kale keuze tussen betalen en instemmen met tracking vaak geen vrij gegeven toestemming oplevert, en dat een gratis optie met minder tracking overwogen moet worden.",
        "fr": "Cette fenêtre ne permet d'utiliser le service sans pistage qu'en payant. Les autorités européennes de protection des données estiment que, sur les grandes plateformes, un simple choix entre payer et accepter le pistage ne donne souvent pas un consentement libre, et qu'une option gratuite avec moins de pistage devrait être envisagée.",
    },
    "consent_wall": {
        "en": "The content stays blocked until you agree. Consent is meant to be a free choice: when access depends on agreeing to processing the service does not need, that consent may not be valid.",
        "de": "Der Inhalt bleibt gesperrt, bis Sie zustimmen. Eine Einwilligung soll freiwillig sein: Hängt der Zugang von einer Verarbeitung ab, die der Dienst gar nicht braucht, ist die Einwilligung womöglich nicht wirksam.",
        "nl": "De inhoud blijft geblokkeerd tot je instemt. Toestemming hoort een vrije keuze te zijn: als toegang afhangt van verwerking die de dienst niet nodig heeft, is die toestemming mogelijk niet geldig.",
        "fr": "Le contenu reste bloqué tant que vous n'acceptez pas. Le consentement doit être un choix libre : lorsque l'accès dépend d'un traitement dont le service n'a pas besoin, ce consentement peut ne pas être valable.",
    },
    "no_reject": {
        "en": "The first screen lets you accept with one click but offers no equally easy way to refuse. Regulators expect refusing to be as easy as accepting, and consent to be an unambiguous, free choice.",
        "de": "Das erste Fenster erlaubt Zustimmung mit einem Klick, bietet aber keinen ebenso einfachen Weg zum Ablehnen. Die Aufsichtsbehörden erwarten, dass Ablehnen so einfach ist wie Zustimmen und die Einwilligung eine eindeutige, freie Wahl bleibt.",
        "nl": "Het eerste venster laat je met één klik accepteren, maar biedt geen even makkelijke manier om te weigeren. Toezichthouders verwachten dat weigeren net zo makkelijk is als accepteren en dat toestemming een ondubbelzinnige, vrije keuze is.",
        "fr": "Le premier écran permet d'accepter en un clic mais n'offre aucun moyen aussi simple de refuser. Les autorités attendent que refuser soit aussi facile qu'accepter et que le consentement reste un choix libre et sans ambiguïté.",
    },
    "buried_opt_out": {
        "en": "A way to refuse or object exists, but it is easy to miss: smaller, fainter or tucked into the text. The right to object has to be presented clearly and separately, and privacy choices should not be hidden by design.",
        "de": "Es gibt einen Weg zum Ablehnen oder Widersprechen, aber er ist leicht zu übersehen: kleiner, blasser oder im Text versteckt. Das Widerspruchsrecht muss klar und getrennt dargestellt werden, und Datenschutz-Entscheidungen sollten nicht durch die Gestaltung versteckt werden.",
        "nl": "Er is een manier om te weigeren of bezwaar te maken, maar die valt nauwelijks op: kleiner, vager of verstopt in de tekst. Het recht van bezwaar moet duidelijk en apart worden getoond, en privacykeuzes horen niet door het ontwerp verstopt te worden.",
        "fr": "Un moyen de refuser ou de s'opposer existe, mais il passe facilement inaperçu : plus petit, plus pâle ou glissé dans le texte. Le droit d'opposition doit être présenté clairement et séparément, et les choix de confidentialité ne devraient pas être cachés par la conception.",
    },
    "preselected": {
        "en": "Some non-essential purposes are switched on before you choose. A pre-ticked box is not consent: for consent to count, you have to switch such purposes on yourself.",
        "de": "Einige nicht notwendige Zwecke sind eingeschaltet, bevor Sie wählen. Ein vorab angekreuztes Kästchen ist keine Einwilligung: Damit sie zählt, müssen Sie solche Zwecke selbst einschalten.",
        "nl": "Sommige niet-noodzakelijke doelen staan al aan voordat je kiest. Een vooraf aangevinkt vakje is geen toestemming: die telt pas als je zulke doelen zelf aanzet.",
        "fr": "Certaines finalités non essentielles sont activées avant votre choix. Une case pré-cochée n'est pas un consentement : pour qu'il compte, c'est à vous de les activer.",
    },
    "confirmshaming": {
        "en": "The option to refuse is phrased to make you feel guilty or foolish. Emotional steering like this is a recognised deceptive design pattern that nudges people towards the choice that suits the service.",
        "de": "Die Option zum Ablehnen ist so formuliert, dass Sie sich schuldig oder dumm fühlen sollen. Solche emotionale Steuerung ist ein bekanntes täuschendes Designmuster, das Menschen zu der Wahl drängt, die dem Dienst nützt.",
        "nl": "De optie om te weigeren is zo geformuleerd dat je je schuldig of dom moet voelen. Zulke emotionele sturing is een bekend misleidend ontwerppatroon dat mensen naar de keuze duwt die de dienst goed uitkomt.",
        "fr": "L'option de refus est formulée pour vous faire sentir coupable ou ridicule. Ce pilotage émotionnel est un procédé de conception trompeur reconnu, qui pousse vers le choix qui arrange le service.",
    },
    "misleading_wording": {
        "en": "The wording makes it unclear what you agree to or how to refuse, for example separate 'legitimate interest' switches or an 'Accept' label on a button that saves your choices. Choices should be described plainly.",
        "de": "Die Formulierung macht unklar, wozu Sie zustimmen oder wie Sie ablehnen, etwa durch eigene Schalter für „berechtigtes Interesse“ oder eine „Akzeptieren“-Schaltfläche, die Ihre Auswahl speichert. Wahlmöglichkeiten sollten klar beschrieben sein.",
        "nl": "De bewoording maakt onduidelijk waarmee je instemt of hoe je weigert, bijvoorbeeld met aparte schakelaars voor ‘gerechtvaardigd belang’ of een knop ‘Accepteren’ die je keuzes opslaat. Keuzes horen helder beschreven te zijn.",
        "fr": "La formulation rend flou ce que vous acceptez ou comment refuser, par exemple avec des réglages séparés d'« intérêt légitime » ou un bouton « Accepter » qui enregistre vos choix. Les choix devraient être décrits simplement.",
    },
}

_LEGAL = {
    "en": "Legal background: {anchor}. This is general information, not legal advice.",
    "de": "Rechtlicher Hintergrund: {anchor}. Dies ist eine allgemeine Information, keine Rechtsberatung.",
    "nl": "Juridische achtergrond: {anchor}. Dit is algemene informatie, geen juridisch advies.",
    "fr": "Contexte juridique : {anchor}. Il s'agit d'une information générale, pas d'un conseil juridique.",
}

_CAVEATS = {
    "partly": {
        "en": "We found this link only in secondary sources; check that it is the right page before using it.",
        "de": "Diesen Link haben wir nur in Sekundärquellen gefunden; prüfen Sie vor der Nutzung, ob es die richtige Seite ist.",
        "nl": "Deze link vonden we alleen in secundaire bronnen; controleer vóór gebruik of het de juiste pagina is.",
        "fr": "Nous n'avons trouvé ce lien que dans des sources secondaires ; vérifiez que c'est la bonne page avant de l'utiliser.",
    },
    "unverified": {
        "en": "We could not confirm this link in any source; check it before using it.",
        "de": "Diesen Link konnten wir in keiner Quelle bestätigen; prüfen Sie ihn vor der Nutzung.",
        "nl": "Deze link konden we in geen enkele bron bevestigen; controleer hem vóór gebruik.",
        "fr": "Nous n'avons pu confirmer ce lien dans aucune source ; vérifiez-le avant de l'utiliser.",
    },
}

# What using an AI-training objection route does and does not cover, per
# catalogue id (consentlens/data/forms.json). Written from the catalogue's
# notes and shared/forms/SOURCES.md ("Key dates"); facts only, no promise of
# an outcome. {platform} is the platform's name.
_META_AI_OBJECTION = {
    "en": "Objecting covers Meta's use of your public {platform} content (posts, photos, comments) to train its AI from the time you object, and the accounts in the same Accounts Centre. It does not undo training already done: training began on 27 May 2025, and only objections made by 26 May 2025 kept earlier posts out. Your chats with Meta AI are not covered. You need to be logged in; giving a reason is optional.",
    "de": "Der Widerspruch betrifft die Nutzung Ihrer öffentlichen {platform}-Inhalte (Beiträge, Fotos, Kommentare) für Metas KI-Training ab dem Zeitpunkt des Widerspruchs, auch für die Konten in derselben Kontenübersicht. Bereits erfolgtes Training macht er nicht rückgängig: Das Training begann am 27. Mai 2025; nur ein Widerspruch bis zum 26. Mai 2025 hielt ältere Beiträge heraus. Ihre Chats mit Meta AI sind nicht erfasst. Sie müssen angemeldet sein; eine Begründung ist freiwillig.",
    "nl": "Bezwaar geldt voor het gebruik van je openbare {platform}-content (berichten, foto's, reacties) voor de AI-training van Meta vanaf het moment dat je bezwaar maakt, ook voor de accounts in hetzelfde Accountcentrum. Training die al is gebeurd, wordt niet teruggedraaid: de training begon op 27 mei 2025 en alleen bezwaar tot en met 26 mei 2025 hield eerdere berichten erbuiten. Je chats met Meta AI vallen er niet onder. Je moet ingelogd zijn; een reden opgeven is niet verplicht.",
    "fr": "L'opposition porte sur l'utilisation de vos contenus publics {platform} (publications, photos, commentaires) pour entraîner l'IA de Meta à partir du moment où vous vous opposez, y compris pour les comptes du même Espace Comptes. Elle n'annule pas l'entraînement déjà effectué : il a commencé le 27 mai 2025, et seule une opposition faite au plus tard le 26 mai 2025 a tenu les publications antérieures à l'écart. Vos conversations avec Meta AI ne sont pas concernées. Il faut être connecté ; indiquer un motif est facultatif.",
}
_LEGACY_LINK = {
    "en": " This is the older link: use it only if the main form does not open.",
    "de": " Dies ist der ältere Link: Nutzen Sie ihn nur, wenn sich das Hauptformular nicht öffnet.",
    "nl": " Dit is de oudere link: gebruik hem alleen als het hoofdformulier niet opent.",
    "fr": " C'est l'ancien lien : ne l'utilisez que si le formulaire principal ne s'ouvre pas.",
}
_WHATSAPP_AI = {
    "en": "WhatsApp offers no separate objection to AI training: according to German consumer centres, only chats with Meta AI are used. What you can object to here is WhatsApp's processing based on legitimate interests, such as analytics and product improvement.",
    "de": "WhatsApp bietet keinen eigenen Widerspruch gegen KI-Training: Nach Angaben der Verbraucherzentralen werden nur Chats mit Meta AI genutzt. Widersprechen können Sie hier der Verarbeitung, die WhatsApp auf berechtigte Interessen stützt, etwa Analysen und Produktverbesserung.",
    "nl": "WhatsApp biedt geen apart bezwaar tegen AI-training: volgens de Duitse consumentenorganisaties worden alleen chats met Meta AI gebruikt. Hier kun je bezwaar maken tegen verwerking die WhatsApp baseert op gerechtvaardigd belang, zoals analyses en productverbetering.",
    "fr": "WhatsApp ne propose pas d'opposition distincte à l'entraînement de l'IA : selon les centres de consommateurs allemands, seules les conversations avec Meta AI sont utilisées. Vous pouvez ici vous opposer aux traitements que WhatsApp fonde sur l'intérêt légitime, comme les analyses et l'amélioration des produits.",
}
_COVERS = {
    "meta-ai-objection-facebook": {lang: text.format(platform="Facebook") for lang, text in _META_AI_OBJECTION.items()},
    "meta-ai-objection-instagram": {lang: text.format(platform="Instagram") for lang, text in _META_AI_OBJECTION.items()},
    "meta-ai-objection-facebook-legacy": {lang: text.format(platform="Facebook") + _LEGACY_LINK[lang]
                                          for lang, text in _META_AI_OBJECTION.items()},
    "meta-ai-third-party-data-request": {
        "en": "For people, with or without an account, whose personal data reached Meta's AI from other sources, such as the open web or licensed data sets. It is a request, not an automatic opt-out: Meta reviews each one under local law and asks for evidence, such as a prompt and the answer that shows your data.",
        "de": "Für Personen mit oder ohne Konto, deren personenbezogene Daten aus anderen Quellen, etwa dem offenen Web oder lizenzierten Datensätzen, in Metas KI gelangt sind. Es ist ein Antrag, kein automatischer Widerspruch: Meta prüft jeden Antrag nach örtlichem Recht und verlangt Belege, etwa eine Eingabe (Prompt) und die Antwort, die Ihre Daten zeigt.",
        "nl": "Voor mensen met of zonder account van wie persoonsgegevens via andere bronnen, zoals het open web of gelicentieerde datasets, in de AI van Meta terecht zijn gekomen. Het is een verzoek, geen automatisch bezwaar: Meta beoordeelt elk verzoek volgens de lokale wetgeving en vraagt om bewijs, zoals een prompt en het antwoord waarin je gegevens staan.",
        "fr": "Pour les personnes, avec ou sans compte, dont des données personnelles sont parvenues à l'IA de Meta par d'autres sources, comme le web ouvert ou des jeux de données sous licence. C'est une demande, pas une opposition automatique : Meta examine chaque demande selon le droit local et demande des preuves, par exemple une requête (prompt) et la réponse qui montre vos données.",
    },
    "whatsapp-objection-faq": _WHATSAPP_AI,
    "whatsapp-objection-form": _WHATSAPP_AI,
    "x-grok-training-setting": {
        "en": "Unticking the box affects only future training; it does not undo what was already used. The box was ticked by default when it appeared in July 2024.",
        "de": "Das Abwählen wirkt nur für künftiges Training; bereits Verwendetes macht es nicht rückgängig. Das Kästchen war angekreuzt, als es im Juli 2024 erschien.",
        "nl": "Het vinkje weghalen geldt alleen voor toekomstige training; wat al is gebruikt, wordt niet teruggedraaid. Het vakje stond aangevinkt toen het in juli 2024 verscheen.",
        "fr": "Décocher la case ne vaut que pour les entraînements futurs ; cela n'annule pas ce qui a déjà été utilisé. La case était cochée par défaut lors de son apparition en juillet 2024.",
    },
    "linkedin-ai-training-setting": {
        "en": "Switching the setting off stops future use of your data for training AI; it does not undo earlier training. It is on by default; LinkedIn announced training on EU, EEA and Swiss members' data from 3 November 2025.",
        "de": "Das Ausschalten beendet die künftige Nutzung Ihrer Daten für KI-Training; früheres Training macht es nicht rückgängig. Die Einstellung ist standardmäßig an; LinkedIn kündigte Training mit Daten von Mitgliedern aus EU, EWR und der Schweiz ab dem 3. November 2025 an.",
        "nl": "De instelling uitzetten stopt toekomstig gebruik van je gegevens voor AI-training; eerdere training wordt niet teruggedraaid. De instelling staat standaard aan; LinkedIn kondigde training met gegevens van leden uit de EU, de EER en Zwitserland aan vanaf 3 november 2025.",
        "fr": "Désactiver le réglage arrête l'utilisation future de vos données pour entraîner l'IA ; cela n'annule pas l'entraînement antérieur. Il est activé par défaut ; LinkedIn a annoncé l'entraînement sur les données des membres de l'UE, de l'EEE et de Suisse à partir du 3 novembre 2025.",
    },
}

# Routes the screen itself links (consentlens.snapshot.privacy_links), by kind.
_PAGE_ROUTE_TITLES = {
    "policy": {"en": "Privacy policy linked on this screen", "de": "In diesem Fenster verlinkte Datenschutzerklärung",
               "nl": "Privacyverklaring gelinkt in dit venster", "fr": "Politique de confidentialité indiquée dans cette fenêtre"},
    "contact": {"en": "Privacy contact given on this screen", "de": "In diesem Fenster genannter Datenschutz-Kontakt",
                "nl": "Privacycontact genoemd in dit venster", "fr": "Contact protection des données indiqué dans cette fenêtre"},
    "dpo": {"en": "Data protection officer named on this screen", "de": "In diesem Fenster genannter Kontakt zum Datenschutzbeauftragten",
            "nl": "Functionaris gegevensbescherming genoemd in dit venster", "fr": "Délégué à la protection des données indiqué dans cette fenêtre"},
}
_PAGE_ROUTE_CAVEAT = {
    "en": "Linked by the page itself, so you can ask or object there first; ConsentLens has not checked where it leads.",
    "de": "Von der Seite selbst verlinkt: Dort können Sie zuerst nachfragen oder widersprechen; ConsentLens hat nicht geprüft, wohin der Link führt.",
    "nl": "Gelinkt door de pagina zelf: daar kun je eerst vragen stellen of bezwaar maken; ConsentLens heeft niet gecontroleerd waar de link naartoe gaat.",
    "fr": "Lien fourni par la page elle-même : vous pouvez d'abord y poser vos questions ou vous opposer ; ConsentLens n'a pas vérifié où il mène.",
}

# evidence.measures.size_ratio / contrast_ratio compare the accept option with
# the refuse option (accept's size or text contrast over refuse's): from 1.5x
# the difference is worth naming (the same threshold as the model's summaries).
_NOTABLE_RATIO = 1.5
_MAX_QUOTED = 80


def _lang(lang: str | None) -> str:
    return lang if lang in LANGUAGES else "en"


def _quote(text: object, lang: str) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    text = " ".join(text.split())
    if len(text) > _MAX_QUOTED:
        text = text[: _MAX_QUOTED - 1].rstrip() + "…"
    opening, closing = _QUOTES[lang]
    return f"{opening}{text}{closing}"


def _named(text: object, fallback: str, lang: str, *, as_option: bool = False) -> str:
    quoted = _quote(text, lang)
    if quoted is None:
        return _UNNAMED[fallback][lang]
    return _OPTION[lang].format(q=quoted) if as_option else quoted


def _number(value: float, lang: str) -> str:
    return f"{value:.1f}".replace(".", _DECIMAL[lang])


def _as_float(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if value == value and abs(value) != float("inf") else None


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _choose(pattern: str, kind: str, evidence: dict, lang: str) -> tuple[str, dict]:
    """The template key for a finding and the values that fill it."""
    measures = evidence.get("measures") if isinstance(evidence.get("measures"), dict) else {}
    element_text, reference_text = evidence.get("element_text"), evidence.get("reference_text")
    values: dict = {}
    if pattern == "pay_or_consent":
        values = {"element": _named(element_text, "pay", lang),
                  "reference": _named(reference_text, "accept", lang)}
        price = measures.get("price")
        if isinstance(price, str) and price.strip():
            values["price"] = " ".join(price.split())[:40]
            return "pay_or_consent.pay_alternative.price", values
        return "pay_or_consent.pay_alternative", values
    if pattern == "consent_wall":
        values = {"element": _named(element_text, "accept", lang)}
        coverage = _as_float(measures.get("overlay_coverage"))
        if measures.get("whole_page") is True:
            return "consent_wall.only_accept.whole_page", values
        if coverage is not None and 0 < coverage <= 1:
            values["coverage"] = round(coverage * 100)
            return "consent_wall.only_accept.coverage", values
        return "consent_wall.only_accept", values
    if pattern == "no_reject":
        values = {"element": _named(element_text, "accept", lang)}
        if evidence.get("reference") is not None or reference_text:
            values["reference"] = _named(reference_text, "settings", lang)
            return "no_reject.no_reject_first_layer.settings", values
        return "no_reject.no_reject_first_layer", values
    if pattern == "buried_opt_out":
        values = {"element": _named(element_text, "refuse", lang, as_option=True),
                  "reference": _named(reference_text, "accept", lang)}
        # Without an accept option to compare with, say nothing about one.
        alone = ".alone" if evidence.get("reference") is None and not _quote(reference_text, lang) else ""
        if kind == "in_text" or (kind != "de_emphasised" and measures.get("in_text") is True):
            return "buried_opt_out.in_text" + alone, values
        contrast = _as_float(measures.get("contrast_ratio"))
        faint = contrast is not None and contrast >= _NOTABLE_RATIO
        values["looks"] = _LOOKS[(measures.get("is_link") is True, faint)][lang]
        ratio = _as_float(measures.get("size_ratio"))
        if ratio is not None and ratio >= _NOTABLE_RATIO and not alone:
            values["ratio"] = _number(ratio, lang)
            return "buried_opt_out.de_emphasised.ratio", values
        return "buried_opt_out.de_emphasised" + alone, values
    if pattern == "preselected":
        values = {"element": _named(element_text, "purpose", lang)}
        count = measures.get("count")
        if isinstance(count, int) and not isinstance(count, bool) and count > 1:
            values["count"] = count
            return "preselected.prechecked.many", values
        return "preselected.prechecked", values
    if pattern == "confirmshaming":
        quoted = _quote(element_text, lang)
        if quoted:
            return "confirmshaming.guilt_wording", {"element": quoted}
        return "generic", {}
    if pattern == "misleading_wording":
        phrase = _quote(measures.get("phrase"), lang)
        values = {"phrase": f" ({phrase})" if phrase else ""}
        if kind == "accept_saves_choices":
            values["element"] = _named(element_text, "accept", lang)
            return "misleading_wording.accept_saves_choices", values
        if kind == "legitimate_interest":
            return "misleading_wording.legitimate_interest", values
        return "misleading_wording.euphemism", values
    return "generic", {}


def message(pattern: str, evidence: dict | None, lang: str = "en") -> str:
    """One plain sentence about a finding that names the element it is about."""
    lang = _lang(lang)
    evidence = evidence if isinstance(evidence, dict) else {}
    kind = evidence.get("kind") if isinstance(evidence.get("kind"), str) else ""
    if pattern not in TITLES:
        raise ValueError(f"unknown pattern {pattern!r}; expected one of {', '.join(PATTERNS)}")
    key, values = _choose(pattern, kind, evidence, lang)
    values["title"] = TITLES[pattern][lang]
    if "element" in values:
        values["Element"] = _capitalise(values["element"])
    return _TEXTS[key][lang].format(**values)


def explanation(pattern: str, lang: str = "en") -> str:
    """One paragraph: what the pattern is, why it matters, its legal anchor."""
    lang = _lang(lang)
    return f"{_EXPLANATIONS[pattern][lang]} {_LEGAL[lang].format(anchor=LEGAL_ANCHORS[pattern])}"


def title(pattern: str, lang: str = "en") -> str:
    return TITLES[pattern][_lang(lang)]


def severity(pattern: str) -> str:
    return SEVERITY[pattern]


def caveat(verification: str, lang: str = "en") -> str | None:
    """The warning shown beside a form link that is not verified (None when verified)."""
    texts = _CAVEATS.get(verification)
    return texts[_lang(lang)] if texts else None


def form_covers(form_id: str, lang: str = "en") -> str | None:
    """What using a route does and does not cover (AI-training objections), or None."""
    texts = _COVERS.get(form_id)
    return texts[_lang(lang)] if texts else None


def covered_form_ids() -> tuple[str, ...]:
    return tuple(_COVERS)


def page_route_title(kind: str, lang: str = "en") -> str:
    """Title of a route the screen itself links: its privacy policy, contact or DPO."""
    return _PAGE_ROUTE_TITLES[kind][_lang(lang)]


def page_route_caveat(lang: str = "en") -> str:
    return _PAGE_ROUTE_CAVEAT[_lang(lang)]
