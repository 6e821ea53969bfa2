"""Texts for the synthetic consent-banner corpus (banners.py).

Everything in this file was written for ConsentLens (GPL-3.0-or-later).
Real button labels from the shared data are loaded by banners.py, not copied
here. Placeholders: {site} site name, {n} partner count, {price} a price,
{privacy} / {reject} / {object} / {settings} / {vendors} / {learn} mark
where an inline link of that kind sits in a sentence.
"""

LANGS = ("en", "de", "nl", "fr")

# --------------------------------------------------------------------------
# The surrounding page
# --------------------------------------------------------------------------

TLDS = {
    "en": ["com", "co.uk", "ie", "org", "net", "org.uk"],
    "de": ["de", "de", "at", "ch", "com"],
    "nl": ["nl", "nl", "be", "com"],
    "fr": ["fr", "fr", "be", "ch", "com"],
}

SITE_WORDS = {
    "en": ["harbour", "daily", "green", "kitchen", "river", "city", "bike", "home", "garden", "local",
           "north", "tech", "market", "travel", "review", "coast", "fresh", "bright", "story", "pixel"],
    "de": ["stadt", "kurier", "rad", "kueche", "garten", "blatt", "markt", "reise", "technik", "heim",
           "nord", "bote", "sport", "welt", "zeitung", "fluss", "buch", "berg", "haus", "netz"],
    "nl": ["stad", "krant", "fiets", "keuken", "tuin", "markt", "reis", "techniek", "thuis", "noord",
           "dagblad", "polder", "haven", "sport", "nieuws", "boek", "duin", "wonen", "gids", "net"],
    "fr": ["ville", "journal", "velo", "cuisine", "jardin", "marche", "voyage", "tech", "maison", "nord",
           "quotidien", "riviere", "sport", "monde", "livre", "mer", "montagne", "gazette", "info", "net"],
}

NAV = {
    "en": ["Home", "News", "Sport", "Culture", "Travel", "Food", "Opinion", "Shop", "Contact", "About us"],
    "de": ["Startseite", "Nachrichten", "Sport", "Kultur", "Reisen", "Essen", "Meinung", "Shop", "Kontakt", "Über uns"],
    "nl": ["Home", "Nieuws", "Sport", "Cultuur", "Reizen", "Eten", "Opinie", "Winkel", "Contact", "Over ons"],
    "fr": ["Accueil", "Actualités", "Sport", "Culture", "Voyages", "Cuisine", "Opinions", "Boutique", "Contact", "À propos"],
}

FOOTER = {
    "en": {"privacy": ["Privacy", "Privacy policy", "Privacy notice"], "other": ["Terms of use", "Imprint", "Accessibility", "Cookie policy", "Careers", "Advertise with us"]},
    "de": {"privacy": ["Datenschutz", "Datenschutzerklärung", "Datenschutzhinweise"], "other": ["Impressum", "AGB", "Barrierefreiheit", "Kontakt", "Jobs", "Mediadaten"]},
    "nl": {"privacy": ["Privacy", "Privacyverklaring", "Privacybeleid"], "other": ["Algemene voorwaarden", "Colofon", "Toegankelijkheid", "Cookiebeleid", "Vacatures", "Adverteren"]},
    "fr": {"privacy": ["Confidentialité", "Politique de confidentialité", "Données personnelles"], "other": ["Mentions légales", "CGU", "Accessibilité", "Gestion des cookies", "Recrutement", "Publicité"]},
}

PRIVACY_PATHS = {
    "en": ["/privacy", "/privacy-policy", "/legal/privacy", "/cookie-policy"],
    "de": ["/datenschutz", "/datenschutzerklaerung", "/rechtliches/datenschutz", "/cookie-richtlinie"],
    "nl": ["/privacy", "/privacyverklaring", "/privacybeleid", "/cookiebeleid"],
    "fr": ["/confidentialite", "/politique-de-confidentialite", "/donnees-personnelles", "/cookies"],
}

HEADLINES = {
    "en": [
        "New cycle lanes open along the river this spring",
        "Five easy weeknight dinners with seasonal vegetables",
        "Council approves plans for a second library branch",
        "How to choose a laptop for university without overspending",
        "Local club wins regional final after penalty shoot-out",
        "A slow weekend in the lake district: where to stay and eat",
        "Train timetable changes: what commuters need to know",
        "Review: the compact camera that fits in any pocket",
        "Community garden doubles in size thanks to volunteers",
        "Ten tips to cut your energy bill this winter",
    ],
    "de": [
        "Neue Radwege am Flussufer werden im Frühjahr eröffnet",
        "Fünf schnelle Abendessen mit saisonalem Gemüse",
        "Stadtrat beschließt zweite Bibliotheksfiliale",
        "So finden Sie den passenden Laptop fürs Studium",
        "Heimischer Verein gewinnt Regionalfinale im Elfmeterschießen",
        "Ein ruhiges Wochenende an der Ostsee: Tipps für Unterkunft und Essen",
        "Fahrplanwechsel: Das müssen Pendler jetzt wissen",
        "Im Test: Die Kompaktkamera für jede Jackentasche",
        "Gemeinschaftsgarten wächst dank vieler Freiwilliger",
        "Zehn Tipps, wie Sie im Winter Heizkosten sparen",
    ],
    "nl": [
        "Nieuwe fietspaden langs de rivier gaan dit voorjaar open",
        "Vijf snelle doordeweekse recepten met seizoensgroenten",
        "Gemeenteraad stemt in met tweede bibliotheekvestiging",
        "Zo kies je een laptop voor je studie zonder te veel te betalen",
        "Plaatselijke club wint regiofinale na strafschoppen",
        "Een rustig weekend aan de Zeeuwse kust: slapen en eten",
        "Nieuwe dienstregeling: dit moeten forenzen weten",
        "Getest: de compacte camera die in elke jaszak past",
        "Buurtmoestuin verdubbelt dankzij vrijwilligers",
        "Tien tips om deze winter te besparen op je energierekening",
    ],
    "fr": [
        "De nouvelles pistes cyclables ouvrent le long du fleuve ce printemps",
        "Cinq dîners rapides avec des légumes de saison",
        "Le conseil municipal approuve une deuxième médiathèque",
        "Bien choisir son ordinateur portable pour les études",
        "Le club local remporte la finale régionale aux tirs au but",
        "Un week-end tranquille en Bretagne : où dormir et manger",
        "Nouveaux horaires de train : ce que les usagers doivent savoir",
        "Test : l'appareil photo compact qui tient dans la poche",
        "Le jardin partagé double de surface grâce aux bénévoles",
        "Dix astuces pour réduire sa facture d'énergie cet hiver",
    ],
}

ARTICLE = {
    "en": [
        "The project has been discussed for almost two years, and residents were invited to three public meetings before the final design was agreed.",
        "Work is expected to take around eight weeks. During that time some roads will be closed at night, and buses will follow a short diversion.",
        "Start with what you already have in the cupboard: a tin of tomatoes, an onion and a handful of herbs go a long way on a busy evening.",
        "Prices have risen over the past year, but comparing a few models side by side still saves money, especially if you do not need the newest chip.",
        "Volunteers meet every Saturday morning. Anyone can join, no experience is needed, and gloves and tools are provided at the gate.",
        "The match was level for most of the second half before the visitors scored, only for the home side to equalise deep into stoppage time.",
        "Booking early is the best way to find a quiet room, and many small guesthouses offer a discount for stays of three nights or more.",
        "According to the operator, the new timetable adds two early trains on weekdays and a later service on Friday and Saturday nights.",
        "In our tests the battery lasted a full day of shooting, although the small screen is hard to read in bright sunlight.",
        "Turning the thermostat down by a single degree can reduce heating costs noticeably, and sealing draughty windows helps even more.",
        "Local businesses welcomed the decision, saying that more visitors on foot and by bike would help the high street.",
        "Readers sent us dozens of suggestions; the most popular ones are collected below, with a few of our own favourites.",
    ],
    "de": [
        "Über das Vorhaben wurde fast zwei Jahre lang diskutiert, und die Anwohner konnten sich bei drei Bürgerversammlungen einbringen.",
        "Die Arbeiten sollen etwa acht Wochen dauern. In dieser Zeit werden einige Straßen nachts gesperrt, die Busse fahren eine kurze Umleitung.",
        "Beginnen Sie mit dem, was ohnehin im Vorratsschrank steht: Eine Dose Tomaten, eine Zwiebel und ein paar Kräuter reichen für einen schnellen Abend.",
        "Die Preise sind im vergangenen Jahr gestiegen, doch wer mehrere Modelle vergleicht, spart weiterhin Geld, vor allem ohne den neuesten Prozessor.",
        "Die Freiwilligen treffen sich jeden Samstagvormittag. Mitmachen kann jeder, Vorkenntnisse sind nicht nötig, Handschuhe und Werkzeug liegen bereit.",
        "Lange stand es in der zweiten Halbzeit unentschieden, dann gingen die Gäste in Führung, doch die Gastgeber glichen in der Nachspielzeit aus.",
        "Wer früh bucht, findet leichter ein ruhiges Zimmer, und viele kleine Pensionen geben ab drei Nächten einen Rabatt.",
        "Laut Betreiber bringt der neue Fahrplan werktags zwei zusätzliche Frühzüge und freitags und samstags eine spätere Verbindung.",
        "In unserem Test hielt der Akku einen ganzen Fototag durch, allerdings ist das kleine Display bei Sonne schwer abzulesen.",
        "Schon ein Grad weniger am Thermostat senkt die Heizkosten spürbar, und abgedichtete Fenster helfen noch mehr.",
        "Die Geschäftsleute in der Innenstadt begrüßten die Entscheidung, weil mehr Fußgänger und Radfahrer auch mehr Kundschaft bedeuten.",
        "Unsere Leserinnen und Leser haben uns zahlreiche Vorschläge geschickt; die beliebtesten haben wir hier zusammengestellt.",
    ],
    "nl": [
        "Over het plan is bijna twee jaar gesproken en bewoners konden tijdens drie inloopavonden hun mening geven over het ontwerp.",
        "De werkzaamheden duren naar verwachting acht weken. In die periode zijn sommige wegen 's nachts afgesloten en rijden bussen een korte omleiding.",
        "Begin met wat je al in huis hebt: een blik tomaten, een ui en een handje kruiden zijn genoeg voor een drukke avond.",
        "De prijzen zijn het afgelopen jaar gestegen, maar wie een paar modellen naast elkaar legt, bespaart nog steeds geld.",
        "De vrijwilligers komen elke zaterdagochtend bij elkaar. Iedereen kan meedoen, ervaring is niet nodig en handschoenen liggen klaar bij het hek.",
        "Lang stond het gelijk in de tweede helft, tot de bezoekers scoorden en de thuisploeg diep in de blessuretijd nog langszij kwam.",
        "Wie vroeg boekt, vindt makkelijker een rustige kamer, en veel kleine pensions geven korting vanaf drie nachten.",
        "Volgens de vervoerder rijden er op werkdagen twee extra vroege treinen en op vrijdag- en zaterdagavond een latere verbinding.",
        "In onze test hield de accu een hele dag fotograferen vol, al is het kleine scherm in fel zonlicht lastig af te lezen.",
        "Eén graad lager op de thermostaat scheelt al merkbaar in de stookkosten, en tochtstrips bij de ramen helpen nog meer.",
        "Ondernemers in het centrum zijn blij met het besluit, omdat meer voetgangers en fietsers ook meer klanten betekenen.",
        "Lezers stuurden ons tientallen tips; de populairste hebben we hieronder op een rij gezet.",
    ],
    "fr": [
        "Le projet est en discussion depuis près de deux ans et les habitants ont été invités à trois réunions publiques avant la validation du tracé.",
        "Les travaux devraient durer environ huit semaines. Pendant cette période, certaines rues seront fermées la nuit et les bus feront un court détour.",
        "Commencez par ce que vous avez déjà dans le placard : une boîte de tomates, un oignon et quelques herbes suffisent pour un soir pressé.",
        "Les prix ont augmenté cette année, mais comparer plusieurs modèles permet encore d'économiser, surtout si l'on n'a pas besoin du dernier processeur.",
        "Les bénévoles se retrouvent chaque samedi matin. Tout le monde peut participer, sans expérience, et les gants sont fournis à l'entrée.",
        "Le score est resté nul pendant presque toute la seconde période avant que les visiteurs ne marquent, puis que l'équipe locale égalise dans les arrêts de jeu.",
        "Réserver tôt reste le meilleur moyen de trouver une chambre calme, et beaucoup de petites maisons d'hôtes font une remise dès trois nuits.",
        "Selon l'exploitant, les nouveaux horaires ajoutent deux trains tôt le matin en semaine et un départ plus tardif le vendredi et le samedi soir.",
        "Lors de notre test, la batterie a tenu une journée entière de prises de vue, même si le petit écran est difficile à lire en plein soleil.",
        "Baisser le thermostat d'un seul degré réduit déjà sensiblement la facture, et calfeutrer les fenêtres aide encore davantage.",
        "Les commerçants du centre saluent la décision : davantage de piétons et de cyclistes, c'est aussi davantage de clients.",
        "Nos lecteurs nous ont envoyé des dizaines de suggestions ; voici les plus populaires, avec quelques-unes de nos préférées.",
    ],
}

BYLINE = {
    "en": ["By our local desk", "Updated 2 hours ago", "5 min read", "By the editorial team"],
    "de": ["Von unserer Lokalredaktion", "Aktualisiert vor 2 Stunden", "Lesezeit 5 Minuten", "Von der Redaktion"],
    "nl": ["Door onze redactie", "2 uur geleden bijgewerkt", "Leestijd 5 minuten", "Door de stadsredactie"],
    "fr": ["Par notre rédaction", "Mis à jour il y a 2 heures", "Lecture 5 min", "Par la rédaction locale"],
}

CHAT = {
    "en": ["Chat with us", "Need help?", "Questions? We're online"],
    "de": ["Chatten Sie mit uns", "Brauchen Sie Hilfe?", "Fragen? Wir sind online"],
    "nl": ["Chat met ons", "Hulp nodig?", "Vragen? We zijn online"],
    "fr": ["Discutez avec nous", "Besoin d'aide ?", "Une question ? Nous sommes en ligne"],
}

PROMO = {  # a premium-content offer on the page, outside the consent dialog
    "en": ["Get unlimited access to all articles for £4.99 a month.", "Become a member and read our weekly long reads first."],
    "de": ["Alle Artikel unbegrenzt lesen – für 4,99 € im Monat.", "Werden Sie Mitglied und lesen Sie unsere Reportagen zuerst."],
    "nl": ["Onbeperkt alle artikelen lezen voor € 4,99 per maand.", "Word lid en lees onze achtergrondverhalen als eerste."],
    "fr": ["Accès illimité à tous les articles pour 4,99 € par mois.", "Devenez abonné et lisez nos grands formats en avant-première."],
}
PROMO_BTN = {"en": ["Subscribe", "Join now"], "de": ["Jetzt abonnieren", "Mitglied werden"],
             "nl": ["Abonneer nu", "Word lid"], "fr": ["Je m'abonne", "S'abonner"]}

# --------------------------------------------------------------------------
# Banner copy
# --------------------------------------------------------------------------

TITLES = {
    "en": ["We value your privacy", "Cookies on {site}", "Your privacy choices", "This site uses cookies",
           "Cookie settings", "About cookies on this site", "Privacy at {site}", "Can we use cookies?",
           "Your data, your choice", "Before you continue"],
    "de": ["Wir respektieren Ihre Privatsphäre", "Cookies auf {site}", "Ihre Datenschutz-Einstellungen",
           "Diese Website verwendet Cookies", "Cookie-Einstellungen", "Datenschutz bei {site}",
           "Dürfen wir Cookies verwenden?", "Ihre Daten, Ihre Wahl", "Bevor es weitergeht", "Cookies & Datenschutz"],
    "nl": ["Wij respecteren je privacy", "Cookies op {site}", "Jouw privacykeuzes", "Deze website gebruikt cookies",
           "Cookie-instellingen", "Privacy bij {site}", "Mogen wij cookies gebruiken?", "Jouw gegevens, jouw keuze",
           "Voordat je verdergaat", "Over cookies op deze site"],
    "fr": ["Nous respectons votre vie privée", "Les cookies sur {site}", "Vos choix de confidentialité",
           "Ce site utilise des cookies", "Paramètres des cookies", "Confidentialité chez {site}",
           "Pouvons-nous utiliser des cookies ?", "Vos données, votre choix", "Avant de continuer", "Gestion des cookies"],
}

INTRO = {
    "en": [
        "We use cookies and similar technologies on {site}.",
        "{site} uses cookies to run this website and, if you agree, for further purposes.",
        "Like most websites, we use cookies and similar tools.",
        "We would like to use cookies and comparable technologies.",
        "To run this site we store small text files on your device.",
        "This website uses cookies and pixels from us and from selected partners.",
        "Hello! We and our partners use cookies.",
        "Cookies help us run {site}.",
    ],
    "de": [
        "Wir verwenden auf {site} Cookies und ähnliche Technologien.",
        "{site} nutzt Cookies, um diese Website zu betreiben und, wenn Sie zustimmen, für weitere Zwecke.",
        "Wie die meisten Websites verwenden wir Cookies und ähnliche Werkzeuge.",
        "Wir möchten Cookies und vergleichbare Technologien einsetzen.",
        "Für den Betrieb dieser Seite speichern wir kleine Textdateien auf Ihrem Gerät.",
        "Diese Website verwendet Cookies und Pixel von uns und ausgewählten Partnern.",
        "Hallo! Wir und unsere Partner setzen Cookies ein.",
        "Cookies helfen uns, {site} zu betreiben.",
    ],
    "nl": [
        "Wij gebruiken cookies en vergelijkbare technieken op {site}.",
        "{site} gebruikt cookies om deze website te laten werken en, als je akkoord gaat, voor andere doelen.",
        "Zoals de meeste websites gebruiken wij cookies en soortgelijke hulpmiddelen.",
        "Wij willen graag cookies en vergelijkbare technieken gebruiken.",
        "Om deze site te laten werken, slaan we kleine tekstbestanden op je apparaat op.",
        "Deze website gebruikt cookies en pixels van ons en van geselecteerde partners.",
        "Hallo! Wij en onze partners gebruiken cookies.",
        "Cookies helpen ons om {site} te laten werken.",
    ],
    "fr": [
        "Nous utilisons des cookies et des technologies similaires sur {site}.",
        "{site} utilise des cookies pour faire fonctionner ce site et, avec votre accord, à d'autres fins.",
        "Comme la plupart des sites, nous utilisons des cookies et des outils similaires.",
        "Nous souhaitons utiliser des cookies et des technologies comparables.",
        "Pour faire fonctionner ce site, nous enregistrons de petits fichiers texte sur votre appareil.",
        "Ce site utilise des cookies et des pixels déposés par nous et par des partenaires sélectionnés.",
        "Bonjour ! Nos partenaires et nous utilisons des cookies.",
        "Les cookies nous aident à faire fonctionner {site}.",
    ],
}

PARTNERS = {
    "en": [
        "We and our {n} partners store and access information on your device, such as cookies and unique identifiers, and process personal data such as IP addresses and browsing data.",
        "With your permission, we and our {n} {vendors} use precise location data and information collected from your device.",
        "Our {n} advertising and analytics partners may combine this information with other data you have given them.",
        "Some of our {n} partners are located outside the European Economic Area.",
    ],
    "de": [
        "Wir und unsere {n} Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, etwa Cookies und eindeutige Kennungen, und verarbeiten personenbezogene Daten wie IP-Adressen und Surfdaten.",
        "Mit Ihrer Erlaubnis verwenden wir und unsere {n} {vendors} genaue Standortdaten und Informationen von Ihrem Gerät.",
        "Unsere {n} Werbe- und Analysepartner führen diese Informationen möglicherweise mit weiteren Daten zusammen, die Sie ihnen bereitgestellt haben.",
        "Einige unserer {n} Partner haben ihren Sitz außerhalb des Europäischen Wirtschaftsraums.",
    ],
    "nl": [
        "Wij en onze {n} partners slaan informatie op je apparaat op en lezen die uit, zoals cookies en unieke ID's, en verwerken persoonsgegevens zoals IP-adressen en surfgedrag.",
        "Met je toestemming gebruiken wij en onze {n} {vendors} precieze locatiegegevens en informatie van je apparaat.",
        "Onze {n} advertentie- en analysepartners kunnen deze informatie combineren met andere gegevens die je aan hen hebt gegeven.",
        "Een deel van onze {n} partners is gevestigd buiten de Europese Economische Ruimte.",
    ],
    "fr": [
        "Nos {n} partenaires et nous stockons et accédons à des informations sur votre appareil, comme les cookies et identifiants uniques, et traitons des données personnelles comme l'adresse IP et les données de navigation.",
        "Avec votre permission, nos {n} {vendors} et nous utilisons des données de géolocalisation précises et des informations issues de votre appareil.",
        "Nos {n} partenaires publicitaires et d'analyse peuvent combiner ces informations avec d'autres données que vous leur avez fournies.",
        "Certains de nos {n} partenaires sont établis en dehors de l'Espace économique européen.",
    ],
}

VENDORS_LINK = {
    "en": ["partners", "vendors", "third-party vendors"],
    "de": ["Partner", "Drittanbieter", "Werbepartner"],
    "nl": ["partners", "leveranciers", "externe partijen"],
    "fr": ["partenaires", "fournisseurs", "partenaires tiers"],
}

PURPOSES_TEXT = {
    "en": [
        "With your consent we use this data for personalised ads and content, ad and content measurement, audience research and product development.",
        "Analytics cookies tell us how visitors use our pages; marketing cookies let advertising partners show you ads on other websites.",
        "We would like to measure visits to our site and show you advertising based on your interests.",
        "Optional cookies are used for statistics, social media features and personalised advertising.",
        "If you agree, we will also use cookies to build a profile of your interests for targeted advertising.",
    ],
    "de": [
        "Mit Ihrer Einwilligung nutzen wir diese Daten für personalisierte Anzeigen und Inhalte, Anzeigen- und Inhaltsmessung, Zielgruppenforschung und Produktentwicklung.",
        "Statistik-Cookies zeigen uns, wie Besucher unsere Seiten nutzen; Marketing-Cookies ermöglichen es Werbepartnern, Ihnen auf anderen Websites Anzeigen zu zeigen.",
        "Wir möchten Besuche auf unserer Website messen und Ihnen Werbung auf Grundlage Ihrer Interessen anzeigen.",
        "Optionale Cookies verwenden wir für Statistiken, Social-Media-Funktionen und personalisierte Werbung.",
        "Wenn Sie zustimmen, erstellen wir mithilfe von Cookies außerdem ein Interessenprofil für zielgerichtete Werbung.",
    ],
    "nl": [
        "Met je toestemming gebruiken we deze gegevens voor gepersonaliseerde advertenties en content, advertentie- en contentmeting, doelgroeponderzoek en productontwikkeling.",
        "Analytische cookies laten ons zien hoe bezoekers onze pagina's gebruiken; marketingcookies laten adverteerders je advertenties tonen op andere websites.",
        "We willen bezoeken aan onze site meten en je advertenties laten zien op basis van je interesses.",
        "Optionele cookies gebruiken we voor statistieken, socialemediafuncties en gepersonaliseerde advertenties.",
        "Als je akkoord gaat, maken we met cookies ook een profiel van je interesses voor gerichte advertenties.",
    ],
    "fr": [
        "Avec votre consentement, nous utilisons ces données pour des publicités et contenus personnalisés, la mesure de performance, des études d'audience et le développement de produits.",
        "Les cookies de mesure d'audience nous indiquent comment les visiteurs utilisent nos pages ; les cookies marketing permettent à nos partenaires de vous montrer des publicités sur d'autres sites.",
        "Nous souhaitons mesurer la fréquentation de notre site et vous proposer des publicités adaptées à vos centres d'intérêt.",
        "Les cookies optionnels servent aux statistiques, aux fonctionnalités de réseaux sociaux et à la publicité personnalisée.",
        "Si vous l'acceptez, nous utiliserons aussi des cookies pour établir un profil de vos centres d'intérêt à des fins publicitaires.",
    ],
}

# Sentences that mention that refusing is possible: only used when a reject element is shown.
CHOICE_REFUSE = {
    "en": ["You can accept all cookies, refuse them or choose which purposes you allow.",
           "You are free to refuse; the site works either way.",
           "Choose 'Accept' or 'Reject', or set your preferences."],
    "de": ["Sie können alle Cookies akzeptieren, sie ablehnen oder einzelne Zwecke auswählen.",
           "Sie können frei ablehnen; die Website funktioniert trotzdem.",
           "Wählen Sie „Akzeptieren“ oder „Ablehnen“ oder legen Sie Ihre Einstellungen fest."],
    "nl": ["Je kunt alle cookies accepteren, ze weigeren of zelf kiezen voor welke doelen je toestemming geeft.",
           "Je mag gerust weigeren; de site werkt hoe dan ook.",
           "Kies 'Accepteren' of 'Weigeren', of stel je voorkeuren in."],
    "fr": ["Vous pouvez accepter tous les cookies, les refuser ou choisir les finalités que vous autorisez.",
           "Vous êtes libre de refuser ; le site fonctionne dans tous les cas.",
           "Choisissez « Accepter » ou « Refuser », ou paramétrez vos préférences."],
}

CHANGE = {
    "en": ["You can change or withdraw your consent at any time via the 'Cookie settings' link at the bottom of every page.",
           "You can change your choice at any time.",
           "Your choice is saved for 6 months and can be changed whenever you like."],
    "de": ["Sie können Ihre Einwilligung jederzeit über den Link „Cookie-Einstellungen“ am Seitenende ändern oder widerrufen.",
           "Ihre Auswahl können Sie jederzeit ändern.",
           "Ihre Auswahl wird 6 Monate gespeichert und lässt sich jederzeit anpassen."],
    "nl": ["Je kunt je toestemming altijd wijzigen of intrekken via de link 'Cookie-instellingen' onderaan elke pagina.",
           "Je kunt je keuze op elk moment aanpassen.",
           "Je keuze wordt 6 maanden bewaard en kan altijd worden gewijzigd."],
    "fr": ["Vous pouvez modifier ou retirer votre consentement à tout moment via le lien « Paramètres des cookies » en bas de chaque page.",
           "Vous pouvez modifier votre choix à tout moment.",
           "Votre choix est conservé 6 mois et peut être modifié quand vous le souhaitez."],
}

PRIVACY_SENT = {
    "en": ["More information is available in our {privacy}.", "Read our {privacy} for details.",
           "See the {privacy} to learn how we handle your data.", "Details: {privacy}."],
    "de": ["Weitere Informationen finden Sie in unserer {privacy}.", "Einzelheiten lesen Sie in der {privacy}.",
           "Wie wir mit Ihren Daten umgehen, erklärt unsere {privacy}.", "Mehr dazu: {privacy}."],
    "nl": ["Meer informatie vind je in ons {privacy}.", "Lees ons {privacy} voor alle details.",
           "In ons {privacy} lees je hoe we met je gegevens omgaan.", "Meer weten: {privacy}."],
    "fr": ["Plus d'informations dans notre {privacy}.", "Consultez notre {privacy} pour en savoir plus.",
           "Notre {privacy} explique comment nous traitons vos données.", "En savoir plus : {privacy}."],
}

PRIVACY_LINK = {
    "en": ["privacy policy", "Privacy Policy", "cookie policy", "privacy notice"],
    "de": ["Datenschutzerklärung", "Cookie-Richtlinie", "Datenschutzrichtlinie", "Datenschutzinformation"],
    "nl": ["privacybeleid", "cookiebeleid", "privacystatement", "cookiestatement"],
    "fr": ["politique de confidentialité", "politique cookies", "charte de confidentialité", "notice d'information"],
}

ESSENTIAL_NOTE = {
    "en": ["Strictly necessary cookies are always active because the site cannot work without them.",
           "Essential cookies are needed for security and to remember your choice."],
    "de": ["Technisch notwendige Cookies sind immer aktiv, da die Website ohne sie nicht funktioniert.",
           "Essenzielle Cookies brauchen wir für die Sicherheit und um Ihre Auswahl zu speichern."],
    "nl": ["Strikt noodzakelijke cookies staan altijd aan, omdat de site zonder deze cookies niet werkt.",
           "Essentiële cookies zijn nodig voor de beveiliging en om je keuze te onthouden."],
    "fr": ["Les cookies strictement nécessaires sont toujours actifs car le site ne peut pas fonctionner sans eux.",
           "Les cookies essentiels servent à la sécurité et à mémoriser votre choix."],
}

# Notice-style copy for banners with only an accept / OK (no refusal offered).
NOTICE_TEXT = {
    "en": ["By continuing to browse this site you agree to our use of cookies for analytics and advertising.",
           "This website uses cookies to show you personalised ads and to analyse traffic. By using the site you accept this.",
           "We use cookies for statistics and marketing. Click 'OK' to continue."],
    "de": ["Wenn Sie diese Website weiter nutzen, stimmen Sie der Verwendung von Cookies für Statistik und Werbung zu.",
           "Diese Website nutzt Cookies für personalisierte Werbung und Reichweitenmessung. Mit der Nutzung der Seite erklären Sie sich damit einverstanden.",
           "Wir verwenden Cookies für Statistik und Marketing. Klicken Sie auf „OK“, um fortzufahren."],
    "nl": ["Door verder te surfen op deze site ga je akkoord met het gebruik van cookies voor statistieken en advertenties.",
           "Deze website gebruikt cookies om gepersonaliseerde advertenties te tonen en het verkeer te analyseren. Door de site te gebruiken, ga je hiermee akkoord.",
           "Wij gebruiken cookies voor statistieken en marketing. Klik op 'OK' om verder te gaan."],
    "fr": ["En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies à des fins de statistiques et de publicité.",
           "Ce site utilise des cookies pour afficher des publicités personnalisées et analyser le trafic. En utilisant le site, vous l'acceptez.",
           "Nous utilisons des cookies pour les statistiques et le marketing. Cliquez sur « OK » pour continuer."],
}

# Buried refusal woven into body copy: {reject} is an inline link (role reject).
BURIED_SENT = {
    "en": ["If you do not agree, you can {reject} and we will only set the cookies needed to run the site.",
           "Of course you may also {reject}, in which case only essential cookies are stored.",
           "By clicking 'Accept' you agree to all of this; alternatively you can {reject} or change your settings later.",
           "Prefer not to? Then {reject} — some features may not work as intended."],
    "de": ["Wenn Sie nicht einverstanden sind, können Sie {reject}; dann setzen wir nur die für den Betrieb nötigen Cookies.",
           "Natürlich können Sie auch {reject}, dann werden nur notwendige Cookies gespeichert.",
           "Mit Klick auf „Akzeptieren“ stimmen Sie all dem zu; alternativ können Sie {reject} oder Ihre Einstellungen später ändern.",
           "Lieber nicht? Dann können Sie {reject} – einige Funktionen stehen dann eventuell nicht zur Verfügung."],
    "nl": ["Ga je niet akkoord, dan kun je {reject}; we plaatsen dan alleen de cookies die nodig zijn voor de site.",
           "Je kunt natuurlijk ook {reject}, dan slaan we alleen noodzakelijke cookies op.",
           "Door op 'Accepteren' te klikken ga je met dit alles akkoord; je kunt ook {reject} of later je instellingen wijzigen.",
           "Liever niet? Dan kun je {reject} — sommige functies werken dan mogelijk niet zoals bedoeld."],
    "fr": ["Si vous n'êtes pas d'accord, vous pouvez {reject} et nous ne déposerons que les cookies nécessaires au fonctionnement du site.",
           "Vous pouvez bien sûr aussi {reject} ; seuls les cookies essentiels seront alors enregistrés.",
           "En cliquant sur « Accepter », vous consentez à tout cela ; vous pouvez aussi {reject} ou modifier vos réglages plus tard.",
           "Vous préférez pas ? Vous pouvez alors {reject} ; certaines fonctionnalités risquent de ne pas fonctionner."],
}
BURIED_INLINE = {
    "en": ["continue without accepting", "decline here", "refuse non-essential cookies", "use only necessary cookies", "reject all"],
    "de": ["ohne Zustimmung fortfahren", "hier ablehnen", "nicht notwendige Cookies ablehnen", "nur notwendige Cookies zulassen", "alle ablehnen"],
    "nl": ["doorgaan zonder te accepteren", "hier weigeren", "niet-noodzakelijke cookies weigeren", "alleen noodzakelijke cookies toestaan", "alles weigeren"],
    "fr": ["continuer sans accepter", "refuser ici", "refuser les cookies non essentiels", "n'utiliser que les cookies nécessaires", "tout refuser"],
}

# Right-to-object links woven into the text: {object} is an inline link (role object).
OBJECT_SENT = {
    "en": ["Some partners process your data on the basis of legitimate interest. You have the right to object to this processing at any time: {object}.",
           "We also use your activity to train and improve our recommendation models. If you do not want this, you can {object}.",
           "Where we rely on legitimate interest, you may {object} without giving reasons."],
    "de": ["Einige Partner verarbeiten Ihre Daten auf Grundlage eines berechtigten Interesses. Dieser Verarbeitung können Sie jederzeit widersprechen: {object}.",
           "Wir nutzen Ihre Aktivitäten außerdem, um unsere Empfehlungsmodelle zu trainieren. Wenn Sie das nicht möchten, können Sie {object}.",
           "Soweit wir uns auf berechtigtes Interesse stützen, können Sie ohne Angabe von Gründen {object}."],
    "nl": ["Sommige partners verwerken je gegevens op basis van gerechtvaardigd belang. Je hebt altijd het recht hiertegen bezwaar te maken: {object}.",
           "We gebruiken je activiteit ook om onze aanbevelingsmodellen te trainen. Wil je dat niet, dan kun je {object}.",
           "Waar wij ons op gerechtvaardigd belang baseren, kun je zonder opgave van redenen {object}."],
    "fr": ["Certains partenaires traitent vos données sur la base de l'intérêt légitime. Vous pouvez vous opposer à ce traitement à tout moment : {object}.",
           "Nous utilisons aussi votre activité pour entraîner nos modèles de recommandation. Si vous ne le souhaitez pas, vous pouvez {object}.",
           "Lorsque nous nous fondons sur l'intérêt légitime, vous pouvez {object} sans avoir à vous justifier."],
}
OBJECT_INLINE = {
    "en": ["object here", "exercise your right to object", "object to this use", "use this form to object"],
    "de": ["Widerspruch einlegen", "hier widersprechen", "von Ihrem Widerspruchsrecht Gebrauch machen", "über dieses Formular widersprechen"],
    "nl": ["bezwaar maken", "hier bezwaar maken", "gebruikmaken van je recht van bezwaar", "via dit formulier bezwaar maken"],
    "fr": ["vous y opposer ici", "exercer votre droit d'opposition", "vous opposer à cet usage", "utiliser ce formulaire d'opposition"],
}

# --------------------------------------------------------------------------
# Buttons and links (own lists; real labels from element_roles.csv are mixed in)
# --------------------------------------------------------------------------

ACCEPT = {
    "en": ["Accept", "Accept all", "Accept all cookies", "I agree", "Agree", "Allow all", "OK", "Got it",
           "Accept and close", "Yes, I accept", "Allow cookies", "Agree and continue"],
    "de": ["Akzeptieren", "Alle akzeptieren", "Alle Cookies akzeptieren", "Zustimmen", "Einverstanden",
           "Alle zulassen", "OK", "Akzeptieren und schließen", "Ja, ich stimme zu", "Cookies erlauben",
           "Zustimmen und weiter", "Alles klar"],
    "nl": ["Accepteren", "Alles accepteren", "Alle cookies accepteren", "Akkoord", "Ik ga akkoord",
           "Alles toestaan", "OK", "Accepteren en sluiten", "Ja, ik accepteer", "Cookies toestaan",
           "Akkoord en doorgaan", "Prima"],
    "fr": ["Accepter", "Tout accepter", "Accepter tous les cookies", "J'accepte", "D'accord",
           "Tout autoriser", "OK", "Accepter et fermer", "Oui, j'accepte", "Autoriser les cookies",
           "Accepter et continuer", "C'est compris"],
}

REJECT = {
    "en": ["Reject", "Reject all", "Decline", "Refuse all", "Necessary only", "Only essential cookies",
           "Deny", "I decline", "Reject optional cookies", "Continue without accepting", "No, thanks", "Decline all"],
    "de": ["Ablehnen", "Alle ablehnen", "Nur notwendige", "Nur essenzielle Cookies", "Verweigern",
           "Optionale Cookies ablehnen", "Weiter ohne Einwilligung", "Nein, danke", "Ich lehne ab",
           "Nur erforderliche Cookies", "Alles ablehnen", "Nicht zustimmen"],
    "nl": ["Weigeren", "Alles weigeren", "Afwijzen", "Alleen noodzakelijk", "Alleen essentiële cookies",
           "Niet akkoord", "Doorgaan zonder te accepteren", "Nee, bedankt", "Ik weiger",
           "Optionele cookies weigeren", "Alles afwijzen", "Alleen functionele cookies"],
    "fr": ["Refuser", "Tout refuser", "Continuer sans accepter", "Uniquement les cookies nécessaires",
           "Je refuse", "Refuser les cookies optionnels", "Non merci", "Rejeter", "Tout rejeter",
           "Cookies essentiels uniquement", "Refuser et fermer", "Ne pas accepter"],
}

SETTINGS = {
    "en": ["Settings", "Cookie settings", "Manage preferences", "Customise", "More options", "Manage choices",
           "Set preferences", "Privacy settings", "Show purposes", "Let me choose"],
    "de": ["Einstellungen", "Cookie-Einstellungen", "Einstellungen verwalten", "Anpassen", "Weitere Optionen",
           "Auswahl treffen", "Individuell einstellen", "Datenschutz-Einstellungen", "Zwecke anzeigen", "Details & Einstellungen"],
    "nl": ["Instellingen", "Cookie-instellingen", "Voorkeuren beheren", "Aanpassen", "Meer opties",
           "Keuzes beheren", "Zelf instellen", "Privacy-instellingen", "Doelen bekijken", "Zelf kiezen"],
    "fr": ["Paramètres", "Paramétrer les cookies", "Gérer mes préférences", "Personnaliser", "Plus d'options",
           "Gérer mes choix", "Je choisis", "Réglages de confidentialité", "Voir les finalités", "Choisir"],
}

LEARN_MORE = {
    "en": ["Learn more", "More information", "Find out more", "Read more"],
    "de": ["Mehr erfahren", "Weitere Informationen", "Mehr Infos", "Details"],
    "nl": ["Meer informatie", "Lees meer", "Meer weten", "Details"],
    "fr": ["En savoir plus", "Plus d'informations", "Lire la suite", "Détails"],
}

SAVE = {
    "en": ["Save settings", "Save my choices", "Confirm my choices", "Save preferences", "Confirm selection"],
    "de": ["Einstellungen speichern", "Auswahl speichern", "Meine Auswahl bestätigen", "Speichern", "Auswahl übernehmen"],
    "nl": ["Instellingen opslaan", "Keuze opslaan", "Mijn keuzes bevestigen", "Opslaan", "Selectie bevestigen"],
    "fr": ["Enregistrer", "Enregistrer mes choix", "Confirmer mes choix", "Valider la sélection", "Sauvegarder"],
}

# 'Accept' wording on a button that only saves the current selection (misleading_wording).
ACCEPT_SELECTION = {
    "en": ["Accept selection", "Accept", "Accept selected", "Accept my choices", "Allow selection", "Accept settings", "Accept current selection"],
    "de": ["Auswahl akzeptieren", "Ausgewählte akzeptieren", "Auswahl erlauben", "Einstellungen akzeptieren", "Akzeptieren", "Aktuelle Auswahl akzeptieren"],
    "nl": ["Selectie accepteren", "Geselecteerde accepteren", "Selectie toestaan", "Instellingen accepteren", "Accepteren", "Huidige keuze accepteren"],
    "fr": ["Accepter la sélection", "Accepter mes choix", "Autoriser la sélection", "Accepter les réglages", "Accepter", "Accepter la sélection actuelle"],
}

CLOSE_LABEL = {
    "en": ["Close", "Close banner", "Dismiss"],
    "de": ["Schließen", "Banner schließen", "Hinweis schließen"],
    "nl": ["Sluiten", "Banner sluiten", "Melding sluiten"],
    "fr": ["Fermer", "Fermer le bandeau", "Fermer la fenêtre"],
}

# Guilt / self-deprecating refusals (confirmshaming).
CONFIRMSHAME = {
    "en": [
        "No thanks, I don't want to support independent journalism",
        "No, I prefer irrelevant ads",
        "I don't care about a better experience",
        "No thanks, I'll miss out on the best deals",
        "Reject and accept a worse website",
        "No, I don't want to help keep this site free",
        "I'm fine with a broken experience",
        "No thanks, I like seeing random ads",
        "Decline (and make our work harder)",
        "No, I don't value quality content",
        "Reject — I don't need personalised recommendations",
        "No thanks, I'd rather not help us improve",
        "I'll pass on features that actually work",
        "Refuse and let the small team down",
        "No, I don't mind if this site has to close",
        "Nope, I enjoy boring content",
        "No, keep my experience generic",
    ],
    "de": [
        "Nein danke, ich verzichte auf passende Inhalte",
        "Nein, ich möchte keinen unabhängigen Journalismus unterstützen",
        "Lieber irrelevante Werbung sehen",
        "Ablehnen und auf die besten Angebote verzichten",
        "Nein, mir ist ein gutes Nutzererlebnis egal",
        "Ich will diese Seite nicht unterstützen",
        "Ablehnen – mir sind kaputte Funktionen lieber",
        "Nein danke, ich mag zufällige Werbung",
        "Nein, gute Inhalte sind mir nichts wert",
        "Ablehnen und uns die Arbeit schwerer machen",
        "Nein, ich brauche keine Empfehlungen",
        "Ich helfe lieber nicht, die Seite zu verbessern",
        "Nein, soll die Redaktion doch schließen",
        "Nein danke, ich surfe lieber mit Einschränkungen",
        "Ablehnen und das kleine Team im Stich lassen",
        "Ich verzichte auf ein besseres Erlebnis",
        "Nein, langweilige Inhalte reichen mir",
    ],
    "nl": [
        "Nee, ik mis liever de beste aanbiedingen",
        "Nee bedankt, ik steun geen onafhankelijke journalistiek",
        "Liever irrelevante advertenties",
        "Weigeren en genoegen nemen met een slechtere site",
        "Nee, een goede ervaring interesseert me niet",
        "Ik wil deze site niet helpen gratis te blijven",
        "Weigeren, ik heb liever haperende functies",
        "Nee bedankt, ik zie graag willekeurige reclame",
        "Nee, kwaliteit is mij niets waard",
        "Weigeren en ons werk moeilijker maken",
        "Nee, ik heb geen aanbevelingen nodig",
        "Ik help liever niet om de site te verbeteren",
        "Nee, laat de redactie maar stoppen",
        "Nee bedankt, ik surf liever met beperkingen",
        "Weigeren en het kleine team in de steek laten",
        "Ik zie af van een betere ervaring",
        "Nee, saaie content is prima voor mij",
    ],
    "fr": [
        "Non merci, je préfère une expérience dégradée",
        "Non, je ne veux pas soutenir le journalisme indépendant",
        "Je préfère des publicités sans intérêt",
        "Refuser et passer à côté des meilleures offres",
        "Non, une bonne expérience ne m'intéresse pas",
        "Je ne veux pas aider ce site à rester gratuit",
        "Refuser, je préfère un site qui fonctionne mal",
        "Non merci, j'aime les publicités au hasard",
        "Non, la qualité ne vaut rien pour moi",
        "Refuser et compliquer notre travail",
        "Non, je n'ai pas besoin de recommandations",
        "Je préfère ne pas aider à améliorer le site",
        "Non, tant pis si la rédaction ferme",
        "Non merci, je navigue avec des limitations",
        "Refuser et laisser tomber la petite équipe",
        "Je renonce à une meilleure expérience",
        "Non, les contenus ennuyeux me suffisent",
    ],
}

# Emotive accept labels that may accompany confirmshaming.
ACCEPT_EMOTIVE = {
    "en": ["Yes, I'm in!", "Sure, support the team", "Yes, give me the best experience", "Happy to help"],
    "de": ["Ja, ich bin dabei!", "Klar, ich unterstütze euch", "Ja, bestes Erlebnis bitte", "Gerne helfen"],
    "nl": ["Ja, ik doe mee!", "Tuurlijk, ik steun jullie", "Ja, geef mij de beste ervaring", "Graag geholpen"],
    "fr": ["Oui, je suis partant !", "Bien sûr, je vous soutiens", "Oui, la meilleure expérience", "Avec plaisir"],
}

# --------------------------------------------------------------------------
# Purposes (own names; more come from lexicons.csv)
# --------------------------------------------------------------------------

PURPOSE_ESSENTIAL = {
    "en": ["Strictly necessary", "Essential cookies", "Necessary", "Security and login", "Technically required"],
    "de": ["Technisch notwendig", "Essenziell", "Notwendige Cookies", "Sicherheit und Anmeldung", "Erforderlich"],
    "nl": ["Strikt noodzakelijk", "Essentieel", "Noodzakelijke cookies", "Beveiliging en inloggen", "Functioneel noodzakelijk"],
    "fr": ["Strictement nécessaires", "Cookies essentiels", "Nécessaires", "Sécurité et connexion", "Indispensables au fonctionnement"],
}
ALWAYS_ON = {"en": "Always active", "de": "Immer aktiv", "nl": "Altijd actief", "fr": "Toujours actifs"}

PURPOSE_OPTIONAL = {
    "en": ["Marketing", "Personalised advertising", "Analytics", "Statistics", "Social media", "Personalised content",
           "Audience measurement", "AI personalisation", "Retargeting", "Partner advertising"],
    "de": ["Marketing", "Personalisierte Werbung", "Statistik", "Analyse", "Soziale Medien", "Personalisierte Inhalte",
           "Reichweitenmessung", "KI-Personalisierung", "Retargeting", "Werbung von Partnern"],
    "nl": ["Marketing", "Gepersonaliseerde advertenties", "Analytisch", "Statistieken", "Social media", "Gepersonaliseerde content",
           "Bezoekersmeting", "AI-personalisatie", "Retargeting", "Advertenties van partners"],
    "fr": ["Marketing", "Publicité personnalisée", "Mesure d'audience", "Statistiques", "Réseaux sociaux", "Contenu personnalisé",
           "Analyse de fréquentation", "Personnalisation par IA", "Reciblage publicitaire", "Publicité des partenaires"],
}

PURPOSE_DESC = {
    "en": ["Used by our partners to show ads based on your interests.", "Helps us count visits and see which pages are popular.",
           "Lets you share content on social networks.", "Used to recommend articles you might like."],
    "de": ["Damit zeigen unsere Partner Werbung passend zu Ihren Interessen.", "Hilft uns, Besuche zu zählen und beliebte Seiten zu erkennen.",
           "Ermöglicht das Teilen von Inhalten in sozialen Netzwerken.", "Damit empfehlen wir Ihnen passende Artikel."],
    "nl": ["Hiermee tonen onze partners advertenties op basis van je interesses.", "Helpt ons bezoeken te tellen en populaire pagina's te zien.",
           "Hiermee kun je content delen op sociale netwerken.", "Hiermee raden we artikelen aan die je misschien leuk vindt."],
    "fr": ["Permet à nos partenaires d'afficher des publicités selon vos centres d'intérêt.", "Nous aide à compter les visites et à repérer les pages populaires.",
           "Permet de partager des contenus sur les réseaux sociaux.", "Sert à vous recommander des articles."],
}

# --------------------------------------------------------------------------
# misleading_wording material
# --------------------------------------------------------------------------

LI_HEAD = {
    "en": ["Legitimate interest", "Based on legitimate interest", "Legitimate interests of our partners"],
    "de": ["Berechtigtes Interesse", "Auf Grundlage berechtigter Interessen", "Berechtigte Interessen unserer Partner"],
    "nl": ["Gerechtvaardigd belang", "Op basis van gerechtvaardigd belang", "Gerechtvaardigde belangen van onze partners"],
    "fr": ["Intérêt légitime", "Sur la base de l'intérêt légitime", "Intérêts légitimes de nos partenaires"],
}
LI_NOTE = {
    "en": ["Some partners do not ask for consent but use your data on the basis of their legitimate interest."],
    "de": ["Einige Partner fragen nicht nach Einwilligung, sondern nutzen Ihre Daten auf Grundlage ihres berechtigten Interesses."],
    "nl": ["Sommige partners vragen geen toestemming, maar gebruiken je gegevens op basis van hun gerechtvaardigd belang."],
    "fr": ["Certains partenaires ne demandent pas votre consentement mais utilisent vos données sur la base de leur intérêt légitime."],
}
CONSENT_HEAD = {"en": ["Consent", "Purposes requiring consent"], "de": ["Einwilligung", "Zwecke mit Einwilligung"],
                "nl": ["Toestemming", "Doelen met toestemming"], "fr": ["Consentement", "Finalités soumises au consentement"]}

DNEG_QUESTION = {
    "en": ["Do you not want to opt out of personalised advertising?", "Don't you want to stop us from not personalising your ads?",
           "Would you prefer not to disable tracking cookies?"],
    "de": ["Möchten Sie der personalisierten Werbung nicht widersprechen?", "Wollen Sie die Deaktivierung der Tracking-Cookies nicht verhindern?",
           "Möchten Sie Tracking-Cookies lieber nicht deaktivieren?"],
    "nl": ["Wil je je niet afmelden voor gepersonaliseerde advertenties?", "Wil je niet voorkomen dat we je advertenties niet personaliseren?",
           "Wil je trackingcookies liever niet uitschakelen?"],
    "fr": ["Vous ne souhaitez pas refuser la publicité personnalisée ?", "Ne voulez-vous pas empêcher la non-personnalisation de vos publicités ?",
           "Préférez-vous ne pas désactiver les cookies de suivi ?"],
}
DNEG_YES = {"en": ["Yes", "Yes, continue"], "de": ["Ja", "Ja, weiter"], "nl": ["Ja", "Ja, doorgaan"], "fr": ["Oui", "Oui, continuer"]}
DNEG_NO = {"en": ["No", "No, change"], "de": ["Nein", "Nein, ändern"], "nl": ["Nee", "Nee, wijzigen"], "fr": ["Non", "Non, modifier"]}
DNEG_TOGGLE = {
    "en": ["Don't disable personalised ads", "Do not turn off partner tracking", "Don't opt out of audience measurement"],
    "de": ["Personalisierte Werbung nicht deaktivieren", "Partner-Tracking nicht ausschalten", "Reichweitenmessung nicht abwählen"],
    "nl": ["Gepersonaliseerde advertenties niet uitschakelen", "Tracking door partners niet uitzetten", "Bezoekersmeting niet afmelden"],
    "fr": ["Ne pas désactiver les publicités personnalisées", "Ne pas couper le suivi des partenaires", "Ne pas refuser la mesure d'audience"],
}

EUPH_TEXT = {
    "en": ["We only use cookies to improve your experience. They help us and our {n} trusted partners make the site better for you.",
           "To give you the smoothest possible experience, we share a few details about your visit with our partners."],
    "de": ["Wir verwenden Cookies nur, um Ihr Erlebnis zu verbessern. Sie helfen uns und unseren {n} vertrauenswürdigen Partnern, die Seite für Sie besser zu machen.",
           "Damit Ihr Besuch so angenehm wie möglich wird, teilen wir einige Angaben zu Ihrem Besuch mit unseren Partnern."],
    "nl": ["We gebruiken cookies alleen om je ervaring te verbeteren. Ze helpen ons en onze {n} vertrouwde partners de site beter voor je te maken.",
           "Om je bezoek zo prettig mogelijk te maken, delen we enkele gegevens over je bezoek met onze partners."],
    "fr": ["Nous utilisons des cookies uniquement pour améliorer votre expérience. Ils aident nos {n} partenaires de confiance et nous à rendre le site meilleur pour vous.",
           "Pour vous offrir une expérience aussi fluide que possible, nous partageons quelques informations sur votre visite avec nos partenaires."],
}
EUPH_ACCEPT = {
    "en": ["Improve my experience", "Yes, make it better", "Enable the best experience"],
    "de": ["Mein Erlebnis verbessern", "Ja, besseres Erlebnis", "Bestes Erlebnis aktivieren"],
    "nl": ["Mijn ervaring verbeteren", "Ja, maak het beter", "Beste ervaring inschakelen"],
    "fr": ["Améliorer mon expérience", "Oui, rendez-la meilleure", "Activer la meilleure expérience"],
}
EUPH_REJECT = {
    "en": ["Use the basic version", "Basic experience"],
    "de": ["Basisversion nutzen", "Einfaches Erlebnis"],
    "nl": ["Basisversie gebruiken", "Eenvoudige ervaring"],
    "fr": ["Utiliser la version basique", "Expérience simple"],
}

# --------------------------------------------------------------------------
# Walls
# --------------------------------------------------------------------------

WALL_TITLE = {
    "en": ["Accept cookies to continue", "Please accept to read on", "Consent required", "Welcome to {site}"],
    "de": ["Bitte stimmen Sie zu, um fortzufahren", "Zustimmung erforderlich", "Weiterlesen nur mit Cookies", "Willkommen bei {site}"],
    "nl": ["Accepteer cookies om verder te gaan", "Toestemming vereist", "Verder lezen met cookies", "Welkom bij {site}"],
    "fr": ["Acceptez les cookies pour continuer", "Consentement requis", "Poursuivre la lecture", "Bienvenue sur {site}"],
}
WALL_TEXT = {
    "en": ["To access {site} you need to accept the use of cookies and similar technologies by us and our {n} partners for advertising and analytics.",
           "Our content is financed by advertising. You can only use this website if you agree to cookies for personalised ads and measurement.",
           "Access to this page is only possible after you consent to the storage of cookies and the processing of your data for marketing purposes."],
    "de": ["Um {site} zu nutzen, müssen Sie der Verwendung von Cookies und ähnlichen Technologien durch uns und unsere {n} Partner für Werbung und Analyse zustimmen.",
           "Unsere Inhalte werden durch Werbung finanziert. Sie können diese Website nur nutzen, wenn Sie Cookies für personalisierte Werbung und Messung zustimmen.",
           "Der Zugriff auf diese Seite ist nur möglich, nachdem Sie in das Speichern von Cookies und die Verarbeitung Ihrer Daten zu Marketingzwecken eingewilligt haben."],
    "nl": ["Om {site} te gebruiken, moet je akkoord gaan met het gebruik van cookies en vergelijkbare technieken door ons en onze {n} partners voor advertenties en analyse.",
           "Onze content wordt betaald uit advertenties. Je kunt deze website alleen gebruiken als je instemt met cookies voor gepersonaliseerde advertenties en metingen.",
           "Toegang tot deze pagina is alleen mogelijk nadat je toestemming hebt gegeven voor het plaatsen van cookies en het verwerken van je gegevens voor marketing."],
    "fr": ["Pour accéder à {site}, vous devez accepter l'utilisation de cookies et de technologies similaires par nos {n} partenaires et nous, à des fins de publicité et de mesure.",
           "Nos contenus sont financés par la publicité. Vous ne pouvez utiliser ce site que si vous acceptez les cookies de publicité personnalisée et de mesure.",
           "L'accès à cette page n'est possible qu'après avoir consenti au dépôt de cookies et au traitement de vos données à des fins marketing."],
}
WALL_ACCEPT = {
    "en": ["Accept and continue", "Agree and access the site", "Accept cookies and continue", "I accept", "Continue"],
    "de": ["Akzeptieren und weiter", "Zustimmen und Seite nutzen", "Cookies akzeptieren und weiterlesen", "Ich stimme zu", "Weiter"],
    "nl": ["Accepteren en doorgaan", "Akkoord en naar de site", "Cookies accepteren en verder lezen", "Ik ga akkoord", "Doorgaan"],
    "fr": ["Accepter et continuer", "Accepter et accéder au site", "Accepter les cookies et poursuivre", "J'accepte", "Continuer"],
}

PAY_TITLE = {
    "en": ["Use {site} with ads or ad-free", "Two ways to read {site}", "Choose how you want to use {site}"],
    "de": ["{site} mit Werbung oder werbefrei nutzen", "Zwei Wege, {site} zu lesen", "Wie möchten Sie {site} nutzen?"],
    "nl": ["{site} met of zonder advertenties", "Twee manieren om {site} te lezen", "Kies hoe je {site} wilt gebruiken"],
    "fr": ["{site} avec publicité ou sans publicité", "Deux façons de lire {site}", "Choisissez comment utiliser {site}"],
}
PAY_TEXT = {
    "en": ["Use our site for free with personalised advertising and tracking, or subscribe to read without ads and without tracking for {price}.",
           "Our journalism is financed by advertising. Accept cookies for ads and measurement by us and {n} partners, or choose our ad-free subscription for {price}."],
    "de": ["Nutzen Sie unser Angebot kostenlos mit personalisierter Werbung und Tracking, oder lesen Sie werbefrei und ohne Tracking für {price}.",
           "Unser Journalismus wird durch Werbung finanziert. Stimmen Sie Cookies für Werbung und Messung durch uns und {n} Partner zu oder wählen Sie das werbefreie Abo für {price}."],
    "nl": ["Gebruik onze site gratis met gepersonaliseerde advertenties en tracking, of lees zonder advertenties en zonder tracking voor {price}.",
           "Onze journalistiek wordt betaald uit advertenties. Accepteer cookies voor advertenties en metingen door ons en {n} partners, of kies ons advertentievrije abonnement voor {price}."],
    "fr": ["Utilisez notre site gratuitement avec publicité personnalisée et traçage, ou abonnez-vous pour lire sans publicité ni traçage pour {price}.",
           "Notre journalisme est financé par la publicité. Acceptez les cookies publicitaires et de mesure de nos {n} partenaires et de nous-mêmes, ou choisissez l'abonnement sans publicité à {price}."],
}
PAY_ACCEPT = {
    "en": ["Accept and continue for free", "Continue with ads", "Use for free with ads", "Accept cookies and read for free"],
    "de": ["Mit Werbung weiterlesen", "Akzeptieren und kostenlos weiterlesen", "Kostenlos mit Werbung nutzen", "Zustimmen und weiter"],
    "nl": ["Accepteren en gratis verder", "Verder met advertenties", "Gratis gebruiken met advertenties", "Akkoord en gratis lezen"],
    "fr": ["Accepter et continuer gratuitement", "Continuer avec la publicité", "Utiliser gratuitement avec publicité", "Accepter et lire gratuitement"],
}
PAY_BUTTON = {
    "en": ["Subscribe ad-free for {price}", "Go ad-free – {price}", "Subscribe now", "Read without ads for {price}"],
    "de": ["Abonnieren für {price}", "Werbefrei lesen für {price}", "Jetzt abonnieren", "Pur-Abo für {price}"],
    "nl": ["Abonneer voor {price}", "Advertentievrij voor {price}", "Nu abonneren", "Zonder advertenties lezen voor {price}"],
    "fr": ["S'abonner pour {price}", "Sans publicité pour {price}", "Je m'abonne", "Lire sans publicité pour {price}"],
}
PRICES = {
    "en": ["£2.99 per month", "€2.99/month", "£3.99 a month", "€1.99 per month", "£4.99/month"],
    "de": ["2,99 €/Monat", "3,99 € im Monat", "1,99 € pro Monat", "4,99 €/Monat", "2,49 € monatlich"],
    "nl": ["€ 3,49 per maand", "€ 2,99 per maand", "€ 1,99/maand", "€ 4,49 per maand", "€ 2,49 per maand"],
    "fr": ["2,99 €/mois", "3,99 € par mois", "1,99 € par mois", "4,99 €/mois", "2,49 € par mois"],
}
PAY_LOGIN = {
    "en": ["Already a subscriber? Log in", "Log in", "I already have a subscription"],
    "de": ["Bereits Abonnent? Anmelden", "Anmelden", "Ich habe schon ein Abo"],
    "nl": ["Al abonnee? Inloggen", "Inloggen", "Ik heb al een abonnement"],
    "fr": ["Déjà abonné ? Se connecter", "Se connecter", "J'ai déjà un abonnement"],
}
PAY_FEATURES = {
    "en": [["Free access", "Personalised ads", "Tracking by partners"], ["No ads", "No tracking", "Cancel monthly"]],
    "de": [["Kostenloser Zugang", "Personalisierte Werbung", "Tracking durch Partner"], ["Keine Werbung", "Kein Tracking", "Monatlich kündbar"]],
    "nl": [["Gratis toegang", "Gepersonaliseerde advertenties", "Tracking door partners"], ["Geen advertenties", "Geen tracking", "Maandelijks opzegbaar"]],
    "fr": [["Accès gratuit", "Publicité personnalisée", "Traçage par les partenaires"], ["Sans publicité", "Sans traçage", "Résiliable chaque mois"]],
}
