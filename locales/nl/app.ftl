# Meldwijzer — de teksten die de interface (ui/) zelf toont.
# Alleen de globale variabelen { $veilig-thuis }, { $noodnummer } en { $vertrouwensinspecteur };
# typ nooit zelf een telefoonnummer. Elke id hier wordt in ui/ gebruikt (data-l10n-id of t()).
# Schrijf zoals professionals praten: je-vorm, korte zinnen, de woorden van de meldcode.
# De app zegt alleen ‘Opgeslagen’ nadat de kluis een opslag heeft bevestigd.


# ---- App ----

app-name = Meldwijzer
app-tagline = Hulp bij de meldcode huiselijk geweld en kindermishandeling
app-not-saved-title = Niet bewaard
app-not-saved-body = — sluit je de app, dan is deze casus weg.
app-saved = Opgeslagen
app-save-pending = Nog niet opgeslagen…
app-saving = Opslaan…
app-save-failed = Niet opgeslagen; je tekst staat er nog.
app-save-draft = Concept bewaard, nog niet toegevoegd
app-case-field = Werkveld
app-case-subject = Zorg over
app-case-suspect = Vermoeden over
app-case-updated = Laatst gewijzigd
app-case-edit-profile = Gegevens wijzigen
app-case-profile-title = Gegevens van de casus wijzigen
app-case-profile-hint = Je werkveld bepaalt welk afwegingskader je ziet. Van wie je het geweld vermoedt, bepaalt of je de vijf stappen volgt of een andere route.
app-case-profile-submit = Wijzigingen vastleggen
app-case-profile-changed = Gegevens gewijzigd
app-step-record-title = Wat leg je vast?
app-step-done = Stap afronden
app-step-reopen = Stap heropenen
app-step-date-label = Afgerond op
app-step-date-hint = De datum waarop je deze stap afrondde. Vul je later in, pas de datum dan aan.
app-step-done-announce = Stap afgerond
app-step-reopened = Stap heropend
app-remove-title = Verwijderen?
app-remove-body = Je haalt dit uit de casus. Dit kun je niet ongedaan maken.
app-remove-confirm = Verwijderen


# ---- Navigatie ----

nav-label = Hoofdmenu
nav-cases = Casussen
nav-back-to-cases = Terug naar je casussen
# The window title: the screen and the step, never the case's alias.
window-title-step = Stap
window-title-kindcheck = Kindcheck
window-title-case = Casus

# A date field: typed day first in both languages, whatever the system's locale.
date-input-format = dd-mm-jjjj
date-input-error = Schrijf de datum als dag-maand-jaar, bijvoorbeeld 20-11-2026.
time-input-format = uu:mm
time-input-error = Schrijf de tijd als uren:minuten, bijvoorbeeld 15:30.

nav-steps = De vijf stappen


# ---- Acuut ----

acute-panel-button = Acuut
acute-panel-title = Acuut
acute-panel-close = Sluiten
acute-panel-disclosure-title = Vertelt een kind je iets?
acute-panel-disclosure-body = Schrijf de woorden van het kind of de volwassene zo snel mogelijk letterlijk op, met wat je ervoor vroeg of zei. Beloof geen geheimhouding.
acute-panel-disclosure = Een kind vertelt iets
acute-panel-disclosure-locked = Om de woorden vast te leggen in Meldwijzer, ontgrendel eerst je kluis. Schrijf ze tot die tijd op papier.


# ---- De kluis ----

vault-lock-button = Vergrendelen
vault-lock-title = Vergrendelen en alles verbergen (Ctrl+Shift+L)
vault-locked = Vergrendeld
vault-unlocked = Ontgrendeld
vault-setup-title = Je kluis instellen
vault-setup-intro = Meldwijzer bewaart je casussen versleuteld op deze computer. Alleen met je wachtwoord kun je ze openen.
vault-setup-passphrase-label = Kies een wachtwoord
vault-setup-passphrase-hint = Een zin van een paar woorden is sterk en goed te onthouden.
vault-setup-min-label = Minimaal aantal tekens:
vault-setup-count-label = Getypt:
vault-setup-strength-short = nog te kort
vault-setup-strength-ok = lang genoeg; langer is sterker
vault-setup-strength-good = sterk door de lengte
vault-setup-again-label = Typ het wachtwoord nog een keer
vault-setup-mismatch = De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.
vault-setup-warning = Vergeet je dit wachtwoord, dan zijn je casussen weg. Niemand kan ze terughalen.
vault-setup-recovery-label = Maak ook een herstelsleutel
vault-setup-recovery-hint = Daarmee open je de kluis als je je wachtwoord vergeet. Je ziet hem één keer.
vault-setup-submit = Kluis instellen
vault-setup-busy = Even geduld, je kluis wordt ingesteld…
vault-setup-done = Je kluis is klaar
vault-setup-acute = Is er nu direct gevaar? Kies Acuut, bovenaan het scherm. Dat kan altijd, ook zonder kluis.
vault-recovery-title = Je herstelsleutel
vault-recovery-body = Schrijf dit op en bewaar het apart, niet bij je computer.
vault-recovery-once = Je ziet deze sleutel maar één keer.
vault-recovery-done = Ik heb hem opgeschreven
vault-unlock-title = Meldwijzer is vergrendeld
vault-unlock-intro = Typ je wachtwoord om je casussen te openen.
vault-unlock-passphrase-label = Wachtwoord
vault-unlock-submit = Ontgrendelen
vault-unlock-busy = Even geduld, je kluis gaat open…


# ---- Een kind vertelt iets ----

disclosure-form-title = Een kind vertelt iets
disclosure-form-edit-title = Letterlijke woorden wijzigen
disclosure-form-close = Sluiten
disclosure-form-in-case = Je legt dit vast bij stap 1 van casus
disclosure-form-new-case = Nieuwe casus
disclosure-form-new-case-hint = Er is geen casus open. Meldwijzer start een nieuwe casus met deze woorden bij stap 1.
disclosure-form-age-legend = Leeftijd van het kind
disclosure-form-words-label = Letterlijke woorden (citaat)
disclosure-form-words-hint = Schrijf precies op wat er gezegd werd, in de eigen woorden van wie het zei. Ook spreektaal en fouten.
disclosure-form-speaker-legend = Wie zei deze woorden?
disclosure-form-speaker-hint = Alleen de eigen woorden van het kind of het mogelijke slachtoffer zijn een onthulling; die tonen de acute route. De uitleg van een ouder of de woorden van de vermoedelijke pleger leg je ook letterlijk vast, maar die openen niets.
disclosure-form-speaker-unstated = Bij deze woorden staat nog niet wie ze zei. Ze zijn vastgelegd voordat Meldwijzer daarnaar vroeg. Tot je het kiest, tellen ze als een mogelijke onthulling en blijft de acute route zichtbaar.
disclosure-form-speaker-required = Kies wie deze woorden zei.
disclosure-form-question-label = Wat werd er vlak daarvoor gevraagd of gezegd?
disclosure-form-question-hint = Ook letterlijk. Zo blijft te zien of iemand uit zichzelf vertelde.
disclosure-form-date-label = Datum
disclosure-form-time-label = Tijd
disclosure-form-when-required = Vul de datum en de tijd in.
disclosure-form-who-label = Rol van wie het zei
disclosure-form-who-hint = Een rol, geen naam. Bijvoorbeeld: de leerling, de moeder.
disclosure-form-context-label = Waar en in welke situatie?
disclosure-form-submit = Woorden vastleggen
disclosure-form-save = Wijziging vastleggen
disclosure-form-cancel = Annuleren
disclosure-form-guidance-title = Zo leg je het vast
disclosure-form-recorded = De woorden staan bij stap 1.
disclosure-form-saved = Wijziging vastgelegd


# ---- Startscherm: je casussen ----

caselist-title = Je casussen
caselist-intro = Een casus volgt één zorg door de vijf stappen van de meldcode. Gebruik een schuilnaam, nooit een echte naam.
caselist-new = Nieuwe casus
caselist-empty-title = Nog geen casussen
caselist-empty-body = Meldwijzer helpt je de vijf stappen van de meldcode te doorlopen: signalen in kaart brengen, collegiale consultatie, het gesprek, wegen met het afwegingskader en beslissen. Jij weegt en beslist; Meldwijzer zet de stappen op een rij, legt vast wat je doet en laat de bronnen zien.
caselist-empty-acute = Is er nu direct gevaar, of vertelt een kind je iets? Kies dan Acuut, bovenaan het scherm.
caselist-status = Stand
caselist-updated = Laatst gewijzigd
caselist-damaged-title = Deze casus is beschadigd
caselist-damaged-status = Meldwijzer kon de lijstgegevens van deze casus niet controleren. Open de casus: die kan zelf nog in orde zijn. Lukt dat, exporteer hem dan. Lukt het niet, verwijder hem.
caselist-damaged-created = Aangemaakt op { $date }
caselist-damaged-label = Controle
caselist-damaged-notice-one = Bij het openen van je kluis bleek één casus beschadigd. Hij staat bovenaan je lijst. Open hem om te zien wat nog leesbaar is.
caselist-damaged-notice-many = Bij het openen van je kluis bleken { $count } casussen beschadigd. Ze staan bovenaan je lijst. Open ze om te zien wat nog leesbaar is.
caselist-open = Openen
caselist-rename = Naam wijzigen
caselist-delete = Verwijderen
caselist-rename-title = Naam van de casus wijzigen
caselist-rename-label = Schuilnaam
caselist-rename-submit = Naam wijzigen
caselist-renamed = Naam gewijzigd
caselist-cancel = Annuleren
caselist-delete-title = Deze casus verwijderen?
caselist-delete-body = Alles wat je in deze casus hebt vastgelegd, verdwijnt. Dit kun je niet ongedaan maken.
caselist-delete-confirm = Casus verwijderen
caselist-deleted = Casus verwijderd


# ---- Nieuwe casus ----

newcase-title = Nieuwe casus
newcase-intro = Een schuilnaam en drie vragen. Daarna zie je de stappen die bij jouw situatie horen.
newcase-alias-label = Schuilnaam voor deze casus
newcase-alias-hint = Meldwijzer heeft nooit een echte naam nodig. Kies een schuilnaam, bijvoorbeeld ‘Leerling groep 6’ of ‘Casus maart’.
newcase-field-legend = In welk werkveld werk je?
newcase-field-hint = Je werkveld bepaalt welk afwegingskader je ziet.
newcase-field-required = Kies je werkveld.
newcase-subject-legend = Over wie maak je je zorgen?
newcase-subject-required = Kies over wie je je zorgen maakt.
newcase-suspect-legend = Van wie vermoed je het geweld?
newcase-suspect-hint = Dit bepaalt of je de vijf stappen van de meldcode volgt of een andere route.
newcase-suspect-required = Kies van wie je het geweld vermoedt.
newcase-submit = Casus starten
newcase-cancel = Annuleren
newcase-created = Casus gestart


# ---- Stap 1: signalen in kaart brengen ----

step1-forms-title = Aan welke vormen van geweld denk je?
step1-forms-hint = Kies wat bij je zorg past. Je kunt dit later aanpassen.
step1-suspect-relation-title = Wie is de vermoedelijke pleger voor degene om wie het gaat?
step1-suspect-relation-hint = Een ouder kan het leerlingdossier en het dossier van een minderjarige patiënt inzien. Meldwijzer houdt daar rekening mee bij de notities.
step1-suspect-relation-none = Niet vastgelegd
step1-observations-title = Signalen en contra-indicaties
step1-observations-hint = Leg ook vast wat je zorg tegenspreekt. Houd het feit apart van hoe jij het uitlegt.
step1-observations-empty = Nog geen signalen vastgelegd.
step1-kind-legend = Soort
step1-kind-signal = Signaal
step1-kind-counter = Contra-indicatie
step1-fact-label = Wat zag of hoorde je?
step1-fact-hint = Zo feitelijk mogelijk: wat, waar, hoe vaak. Bij letsel: de plek en de soort.
step1-date-label = Datum
step1-source-legend = Van wie komt dit?
step1-source-own = Eigen waarneming
step1-source-told = Verteld door iemand anders
step1-source-told-by = Verteld door:
step1-source-by-label = Door wie?
step1-source-by-hint = Een rol, geen naam. Bijvoorbeeld: de moeder, de gymdocent.
step1-interpretation-input-label = Jouw interpretatie (apart van het feit)
step1-interpretation-hint = Niet verplicht. Een vermoeden of verklaring schrijf je hier, niet bij het feit.
step1-interpretation-label = Jouw interpretatie
step1-observation-add-title = Waarneming toevoegen
step1-observation-edit-title = Waarneming wijzigen
step1-observation-add = Waarneming toevoegen
step1-observation-save = Wijziging vastleggen
step1-observation-added = Waarneming toegevoegd
step1-observation-saved = Waarneming gewijzigd
step1-observation-removed = Waarneming verwijderd
step1-cancel-edit = Annuleren
step1-edit = Wijzigen
step1-remove = Verwijderen
step1-quotes-title = Letterlijke woorden
step1-quotes-hint = Wat iemand zelf zei, letterlijk: het kind of de volwassen cliënt, een ouder of een ander. Met wie het zei en wat eraan voorafging.
step1-quotes-empty = Nog geen letterlijke woorden vastgelegd.
step1-quote-before-label = Daarvoor gevraagd of gezegd
step1-quote-context-label = Situatie:
step1-quote-add = Letterlijke woorden toevoegen
step1-quote-removed = Letterlijke woorden verwijderd
step1-quotes-unstated = Bij letterlijke woorden hieronder staat nog niet wie ze zei. Kies het bij die woorden. Tot dan tellen ze als een mogelijke onthulling van het kind en blijft de acute route zichtbaar.
step1-quote-speaker-unstated = Niet vastgelegd wie dit zei
step1-quote-speaker-ask = Kies wie dit zei


# ---- Stap 2: collegiale consultatie en zo nodig Veilig Thuis raadplegen ----

step2-title = Consultaties
step2-hint = Bespreek je zorg met een deskundige collega of de aandachtsfunctionaris. Twijfel je? Vraag advies aan Veilig Thuis ({ $veilig-thuis }).
step2-empty = Nog geen consultaties vastgelegd.
step2-add-title = Consultatie toevoegen
step2-edit-title = Consultatie wijzigen
step2-kind-legend = Met wie heb je overlegd?
step2-kind-required = Kies met wie je hebt overlegd.
step2-with-label = Naam of functie
step2-with-hint = Van je collega of contactpersoon, niet van de cliënt.
step2-date-label = Datum
step2-outcome-label = Uitkomst
step2-outcome-hint = Wat kwam eruit? Welke afspraken maakte je?
step2-add = Consultatie toevoegen
step2-save = Wijziging vastleggen
step2-added = Consultatie toegevoegd
step2-saved = Consultatie gewijzigd
step2-removed = Consultatie verwijderd
step2-cancel-edit = Annuleren
step2-edit = Wijzigen
step2-remove = Verwijderen


# ---- Stap 3: gesprek met de betrokkene(n) ----

step3-status-title = Voer je het gesprek?
step3-status-legend = Het gesprek met de betrokkenen
step3-status-planned = Ja, ik voer het gesprek (of heb het gevoerd)
step3-status-skipped = Nee, ik voer het gesprek niet (nu)
step3-status-postponed = Uitstellen tot na overleg met Veilig Thuis of politie
step3-skip-reason-legend = Waarom niet?
step3-skip-reason-hint = Alleen om een van deze redenen sla je het gesprek over. Zoek later een moment om de betrokkenen te informeren.
step3-skip-reason-required = Kies waarom je het gesprek niet voert.
step3-skip-note-label = Toelichting
step3-skip-note-hint = Wat maakt het gesprek nu onveilig of onmogelijk? Welke pogingen deed je?
step3-postpone-explain = Je hebt iets vastgelegd waarbij een gesprek het slachtoffer in gevaar kan brengen of een onderzoek kan schaden:
step3-postpone-explain-after = Overleg dan eerst met Veilig Thuis of de politie. Daarna bepaal je of en wanneer je het gesprek voert.
step3-postpone-until-legend = Eerst overleggen met
step3-postpone-until-required = Kies met wie je eerst overlegt.
step3-postpone-note-label = Toelichting
step3-status-submit = Vastleggen
step3-status-saved = Vastgelegd
step3-conversations-title = Gesprekken
step3-conversations-hint = Vertel welke signalen je zorgen baren, luister naar hun kant en vraag of ze hulp willen. Praat over feiten, niet over oordelen.
step3-conversations-empty = Nog geen gesprekken vastgelegd.
step3-add-title = Gesprek toevoegen
step3-edit-title = Gesprek wijzigen
step3-date-label = Datum
step3-with-label = Met wie?
step3-with-hint = Rollen, geen namen. Bijvoorbeeld: moeder, het kind, de partner.
step3-separately-label = Apart gesproken
step3-separately-hint = Spreek gezinsleden apart als dat veiliger is, en een kind zo mogelijk een keer zonder de ouders.
step3-interpreter-label = Met een professionele tolk
step3-interpreter-hint = Nooit een kind, een familielid of iemand uit de gemeenschap van het gezin als tolk.
step3-view-label = Hun kant van het verhaal
step3-view-hint = Wat zeggen zij over de signalen? Wat deden ze er al aan?
step3-agreements-label = Afspraken
step3-add = Gesprek toevoegen
step3-save = Wijziging vastleggen
step3-added = Gesprek toegevoegd
step3-saved = Gesprek gewijzigd
step3-conversation-removed = Gesprek verwijderd
step3-cancel-edit = Annuleren
step3-edit = Wijzigen
step3-remove = Verwijderen
step3-separately-badge = Apart gesproken
step3-interpreter-badge = Met tolk
step3-ruled-out-title = Dwingende controle uitgesloten?
step3-ruled-out-hint = Je hebt vastgelegd dat het geweld van beide kanten komt. Dat kan verzet zijn van een slachtoffer van dwingende controle. Een gezamenlijke aanpak past pas als aparte gesprekken dwingende controle hebben uitgesloten. Leg dat hier vast, met de datum.
step3-ruled-out-label = In aparte gesprekken is dwingende controle uitgesloten
step3-ruled-out-date = Op welke datum leg je dit vast?
step3-ruled-out-recorded = Vastgelegd: dwingende controle is in aparte gesprekken uitgesloten.
step3-ruled-out-unrecorded = Niet meer vastgelegd dat dwingende controle is uitgesloten.
step3-ruled-out-still = Je hebt ook dwingende controle vastgelegd. Zolang die er staat, stelt Meldwijzer geen gezamenlijke aanpak voor.


# ---- Stap 4: wegen met het afwegingskader ----

step4-kader-title = Afwegingskader
step4-route-title = Waar staat je route?
step4-afweging = Afweging
step4-official-label = Officiële tekst
step4-answer-legend = Jouw antwoord
step4-answer-later-legend = Jouw antwoord, later (bij het vervolgmoment)
step4-reason-label = Waarom? Kort.
step4-answer-clear = Antwoord wissen
step4-answer-saved = Antwoord vastgelegd
step4-answer-cleared = Antwoord gewist
step4-chip-next = Volgende afweging
step4-chip-follow-up = Later: vervolgmoment
step4-chip-advice = Eerst Veilig Thuis raadplegen
step4-chip-on-route = Op je route
step4-chip-with-veilig-thuis = Samen met Veilig Thuis
step4-off-route = Deze afweging ligt (nog) niet op je route. Een antwoord hier telt niet mee.
step4-outcome-label = Uitkomst
step4-advice-label = Advies
step4-follow-up-title = Vervolgmoment
step4-follow-up-hint = Deze afweging beantwoord je later, als de hulp een tijd loopt. Plan nu wanneer je kijkt.
step4-follow-up-due-label = Wanneer kijk je of de hulp tot veiligheid leidt?
step4-follow-up-due-required = Kies een datum.
step4-follow-up-note-label = Waar let je dan op?
step4-follow-up-submit = Vervolgmoment vastleggen
step4-follow-up-clear = Vervolgmoment wissen
step4-follow-up-saved = Vervolgmoment vastgelegd
step4-follow-up-cleared = Vervolgmoment gewist


# ---- Stap 5: beslissen ----

step5-route-title = De route uit stap 4
step5-outcomes-title = Uitkomsten
step5-no-outcome = Nog geen uitkomst. Beantwoord eerst de afwegingen in stap 4.
step5-meldnormen-title = Meldnormen die gelden (een beroepsnorm, geen wettelijke meldplicht)
step5-route-note = De route helpt je wegen. Jij beslist.
step5-to-step4 = Naar stap 4: wegen
step5-decision-legend = Jouw beslissing
step5-departs = Je wijkt af van de route: geef je reden.
step5-departs-after-change = Je beslissing wijkt nu af van de route, omdat je antwoorden in stap 4 zijn veranderd. Schrijf op waarom je bij deze beslissing blijft, of neem een nieuwe beslissing.
step5-reason-label = Je reden
step5-reason-hint = Waarom beslis je zo? Verplicht als je afwijkt van de route.
step5-decision-date-label = Besloten op
step5-decision-date-hint = De datum waarop je dit besloot. Vul je later in, pas de datum dan aan; de tijdlijn houdt ook het moment van vastleggen.
step5-decision-clear = Beslissing wissen
step5-decision-saved = Beslissing vastgelegd
step5-decision-cleared = Beslissing gewist
step5-actions-title = Wat heb je gedaan?
step5-melding-on-label = Melding gedaan bij Veilig Thuis op
step5-melding-on-hint = Laat leeg als je (nog) niet hebt gemeld.
step5-help-label = Welke hulp heb je geboden of georganiseerd?
step5-help-hint = Hulp komt erbij. Hulp vervangt nooit een melding die nodig is.
step5-informed-legend = Heb je de betrokkenen vooraf verteld dat je meldt?
step5-informed-hint = Je meldt in principe open: je vertelt het vooraf, tenzij dat de veiligheid van je cliënt, een kind, jezelf of een ander in gevaar brengt.
step5-informed-unknown = Nog niet vastgelegd
step5-informed-yes = Ja
step5-informed-no = Nee
step5-informed-date-label = Wanneer?
step5-informed-reaction-label = Hoe reageerden ze? Kon je bezwaren wegnemen?
step5-informed-reason-label = Waarom niet?
step5-informed-reason-hint = Bijvoorbeeld: het brengt iemands veiligheid in gevaar, of je kreeg geen contact. Noem dan je pogingen.
step5-actions-submit = Vastleggen
step5-actions-saved = Vastgelegd


# ---- Een andere route dan de vijf stappen ----

route-first-actions = Wat doe je eerst?
route-also-applies = Deze route geldt ook:
route-also-at-home = Er is ook een vermoeden van geweld thuis
route-also-at-home-hint = Dan volg je ook de vijf stappen van de meldcode.
route-also-at-home-on = De vijf stappen staan nu ook klaar.
route-also-at-home-off = De vijf stappen zijn verborgen.


# ---- Bronnen ----

sources-toggle = Bron
sources-heading = Bronnen
sources-valid-from = Geldig vanaf


# ---- Casus afsluiten en heropenen ----

close-case = Casus afsluiten
close-case-hint = Klaar met deze casus?
close-title = Casus afsluiten
close-body = Je kunt de casus later heropenen.
close-kind-legend = Waarom sluit je de casus af?
close-reason-label = Toelichting
close-reason-hint = In je eigen woorden, voor je verslaglegging. Kies je hierboven geen reden, dan is dit nodig.
close-submit = Casus afsluiten
close-cancel = Annuleren
close-in-dossier-label = Het verslag van de stappen staat in het dossier van de cliënt
close-in-dossier-hint = Het dossier is de plek waar je verslag bewaard blijft, niet Meldwijzer.
close-retention-hint = Een afgesloten casus wordt na de bewaartermijn vernietigd, behalve zolang er een vervolgmoment openstaat.
close-closed-dossier = Verslag in het dossier
close-closed-dossier-yes = Ja
close-closed-dossier-no = Nog niet bevestigd
caselist-retention = Bewaartermijn
close-closed = Casus afgesloten
close-closed-badge = Afgesloten
close-closed-title = Deze casus is afgesloten
close-closed-at = Afgesloten op
close-closed-step = Bij stap
close-closed-reason = Reden
close-closed-body = Je kunt alles nog lezen, maar niets wijzigen. Komen er nieuwe signalen? Heropen de casus.
close-reopen = Heropenen
close-reopened = Casus heropend


# ---- Taal ----

lang-label = Taal
lang-changed = Taal gewijzigd


# ---- Toegankelijkheid ----

a11y-skip-to-content = Naar de inhoud


# ---- Fouten die de interface zelf ziet ----

error-unexpected = Er ging iets mis. Probeer het nog eens; wat je hebt ingevuld, staat er nog.


# ---- Acute situaties en de acute route in een casus ----

step1-situations-title = Is er een acute situatie?
step1-situations-hint = Vink aan wat je ziet of hoort. Meldwijzer toont dan meteen wat je nu doet. Je kunt het later aanpassen.
step1-situation-via-quote = Voorgesteld, omdat je de eigen woorden van het kind of het mogelijke slachtoffer hebt vastgelegd, of woorden waarbij nog niet staat wie ze zei. De acute route staat open. Vink aan als je dit bevestigt; tot dan staat het in het verslag als suggestie, niet als feit.
step1-situation-recorded = Acute situatie vastgelegd
step1-situation-unrecorded = Acute situatie niet meer vastgelegd
acute-route-title = Acute situatie: handel nu
acute-route-intro = Je legde een acute situatie of een escalatiesignaal vast. Wacht niet tot je alle stappen hebt doorlopen.
acute-route-recorded = Vastgelegd
acute-route-attention = In stap 4 staat de afweging gemarkeerd die hierbij hoort.
step4-chip-attention = Let op
step4-attention-note = Je legde in stap 1 een acute situatie of een escalatiesignaal vast. Weeg hier of er sprake is van acute onveiligheid.
step1-red-flags-title = Escalatiesignalen bij partnergeweld
step1-red-flags-hint = Deze signalen wijzen op een hoger risico op ernstig geweld. Ze zijn geen bewijs, en hun afwezigheid ook niet. Vink aan wat je ziet of hoort.
step1-red-flag-recorded = Escalatiesignaal vastgelegd
step1-red-flag-unrecorded = Escalatiesignaal niet meer vastgelegd
acute-route-red-flags = Escalatiesignalen
acute-ack-legend = Wat heb je gedaan?
acute-ack-hint = Bevestig wat je deed. De route klapt dan in tot één regel bovenaan. Komt er een nieuwe acute situatie bij, dan staat de route weer open.
acute-ack-submit = Bevestigen
acute-ack-required = Kies wat je hebt gedaan.
acute-ack-saved = Bevestigd. De acute route staat ingeklapt bovenaan.
acute-ack-folded-title = Acute situatie
acute-ack-folded = bevestigd op
acute-ack-folded-closed = bij deze casus vastgelegd. Open om te lezen.

# ---- Notities per stap en wat je beroepsgroep in stap 2 verwacht ----

step-notices-label = Voor jouw situatie
step2-expected-title = Wat je beroepsgroep in deze stap verwacht
step2-expected-recorded = vastgelegd
step2-expected-missing = nog niet vastgelegd
step2-no-consultation-reason-label = Niet gedaan? Leg vast waarom
step2-no-consultation-reason-hint = Dit is geen voorwaarde om verder te gaan. Het hoort wel in je dossier.
step2-no-consultation-reason-save = Reden vastleggen
step2-no-consultation-reason-saved = Reden vastgelegd

# ---- Instellingen ----

settings-title = Beveiliging
settings-idle-label = Vergrendelen na (minuten zonder iets te doen)
settings-idle-hint = Van 1 tot 60 minuten. Met Ctrl+Shift+L vergrendel je meteen.
settings-retention-label = Afgesloten casus bewaren (dagen)
settings-retention-hint = Daarna vernietigt Meldwijzer de casus, behalve als er nog een vervolgmoment openstaat.
settings-submit = Instellingen opslaan
settings-saved = Instellingen opgeslagen

# ---- Kindcheck in stap 1 ----
step1-kindcheck-title = Kindcheck
step1-kindcheck-hint = Heeft je cliënt problemen die kinderen kunnen schaden? Ga dan na of er kinderen zijn en wie voor ze zorgt. Je doet de Kindcheck bij de intake, bij een evaluatie en als er nieuwe zorgen zijn.
step1-kindcheck-offered = Je hebt een oudersignaal vastgelegd bij een volwassen cliënt of een jongere. Doe nu de Kindcheck.
step1-kindcheck-triggers-title = Oudersignalen
step1-kindcheck-triggers-hint = Vink aan wat je bij je cliënt ziet of hoort.
step1-kindcheck-trigger-from-form = Vastgelegd: een vorm hierboven is een oudersignaal.
step1-kindcheck-started = Kindcheck gestart.
step1-kindcheck-remove = Kindcheck verwijderen
step1-kindcheck-removed = Kindcheck verwijderd.
step1-kindcheck-not-proof = Oudersignalen zijn geen bewijs van kindermishandeling. Dat je ze niet ziet, is ook geen bewijs dat kinderen veilig zijn.
step1-kindcheck-children-title = De kinderen
step1-kindcheck-number = Aantal minderjarige kinderen
step1-kindcheck-ages = Leeftijden
step1-kindcheck-partner-children = Kinderen van een (ex-)partner die de cliënt ziet, en hoe vaak
step1-kindcheck-pregnant = Is de cliënt zwanger?
step1-kindcheck-yes = Ja
step1-kindcheck-no = Nee
step1-kindcheck-unknown = Weet ik niet
step1-kindcheck-carers = Wie zorgt er voor de kinderen?
step1-kindcheck-carers-hint = Deelt de cliënt de zorg met een partner of iemand anders? Waar zijn de kinderen overdag?
step1-kindcheck-children-save = Kinderen opslaan
step1-kindcheck-children-saved = Kinderen opgeslagen.
step1-kindcheck-close-title = Kindcheck afsluiten
step1-kindcheck-handover-title = Overdracht vastleggen
step1-kindcheck-handover-label = Aan wie heb je je zorg overgedragen of doorgegeven?
step1-kindcheck-handover-hint = Schrijf op aan wie (functie en organisatie), wanneer, en wat jullie hebben afgesproken. Bijvoorbeeld: wie neemt contact op met de ouder, en wanneer hoor je terug?
step1-kindcheck-handover-save = Overdracht bewaren
step1-kindcheck-check-back-label = Nagaan op
step1-kindcheck-check-back-hint = Wanneer ga je na of de andere professional de zorg heeft opgepakt? Dit komt bij de vervolgmomenten.
step1-kindcheck-handover-saved = Overdracht bewaard
step1-kindcheck-note = Notitie voor het dossier
step1-kindcheck-note-hint = Schrijf kort op wat je hebt nagevraagd en waarom er geen zorg is over kinderen. De datum komt er vanzelf bij.
step1-kindcheck-close = Afsluiten met deze notitie
step1-kindcheck-closed = Kindcheck afgesloten.
step1-kindcheck-reopen = Kindcheck heropenen

# ---- Alleen Kindcheck (startscherm) ----
caselist-kindcheck-only = Alleen Kindcheck
newkindcheck-title = Kindcheck
newkindcheck-intro = Behandel je volwassenen? Doe dan de Kindcheck. Je ziet de vijf stappen van de meldcode pas als de uitkomst is dat je de meldcode volgt.
newkindcheck-submit = Kindcheck starten
kindcheck-only-intro = Deze casus is een Kindcheck. Volgt uit de Kindcheck dat je de meldcode volgt, dan verschijnen hier de vijf stappen.

# ---- Signalenlijsten in stap 1 ----
step1-signal-lists-title = Signalenlijsten
step1-signal-lists-hint = Per leeftijd, en per vorm van ouderenmishandeling. Kies een signaal dat je ziet. Het komt dan in het formulier hieronder. Vul het aan als feit: wanneer, en wie het zag of hoorde.
step1-signal-lists-not-proof = Een signaal is geen bewijs. Zie je geen signalen, dan is dat ook geen bewijs dat er niets aan de hand is. Signalen krijgen pas betekenis in hun samenhang.
step1-signal-forms = Kan wijzen op:
step1-jump-label = Naar een onderdeel van stap 1
step1-quotes-jump = Letterlijke woorden
step1-kindcheck-jump = Kindcheck
step1-signal-lists-others = Lijsten voor een andere leeftijd
step1-signal-pick = In formulier zetten
step1-signal-picked = Het signaal staat in het formulier. Vul het aan als feit en sla het op.

# ---- Gezinsprofielen in stap 4 (op verzoek) ----
step4-profiles-title = Gezinsprofielen
step4-profiles-show = Gezinsprofielen bekijken
step4-profiles-hide = Gezinsprofielen verbergen
step4-profiles-intro = Onderzoek naar gezinnen die bij Veilig Thuis zijn gemeld, vond vijf patronen van geweld. Vink aan wat je ziet. Meldwijzer laat zien op welke profielen het beeld lijkt, en waarom. Een profiel is een hypothese, geen oordeel. Een gezin kan op meer profielen lijken. Jij bevestigt of verwerpt elke hypothese.
step4-profiles-indicators = Wat zie je in dit gezin?
step4-profiles-coercive-sign = signaal van dwingende controle
step4-profiles-indicator-ticked = Aangevinkt.
step4-profiles-indicator-unticked = Niet meer aangevinkt.
step4-profiles-coercive-note = Je hebt een signaal van dwingende controle vastgelegd, hier, of als vorm of escalatiesignaal in stap 1. Zolang dat zo is, stelt Meldwijzer geen gezamenlijk gesprek, geen mediation, geen relatietherapie en geen gezamenlijke opvoedondersteuning voor. Het gaat om:
step4-profiles-matches = Het beeld lijkt op
step4-profiles-matches-hint = Dit zijn hypotheses. Ze kunnen overlappen. Bevestig of verwerp ze op grond van wat je weet.
step4-profiles-none = Het beeld lijkt nog op geen enkel profiel. Vink aan wat je ziet.
step4-profiles-why = Omdat je aanvinkte:
step4-profiles-confirm = Past bij dit gezin
step4-profiles-reject = Past niet
step4-profiles-reopen = Weer open
step4-profiles-confirmed = Hypothese bevestigd.
step4-profiles-rejected = Hypothese verworpen.
step4-profiles-reset = Hypothese staat weer open.
step4-profiles-status-open = hypothese, nog niet beoordeeld
step4-profiles-status-confirmed = hypothese, door jou bevestigd
step4-profiles-status-rejected = hypothese, door jou verworpen
step4-profiles-shown-in = Dit staat ook bij stap:
profile-notice-kicker = Gezinsprofiel (hypothese):

# ---- Top3-veiligheidsvragen in stap 4 ----
safety-title = Veiligheidsvragen naar de Top 3-methodiek: concept-veiligheidsplan
safety-intro = De Top 3-methodiek hoort bij gefaseerd samenwerken aan veiligheid: eerst directe veiligheid, dan stabiele veiligheid, dan herstel. Meldwijzer kent de vragenset van de Top 3-methodiek niet. Deze vragen zijn de eigen opbouw van Meldwijzer, op basis van wat een veiligheidsplan volgens de bronnen bevat. De veiligheidsschaal komt uit Signs of Safety. Het plan blijft een concept bij de casus. Met wie je het maakt, staat hierboven.
safety-situation-label = Onveilige situatie
safety-agreement-who = Wie
safety-agreement-what = Doet wat
safety-agreement-by-when = Wanneer uiterlijk
safety-monitor-label = Wie houdt het in de gaten
safety-evaluate-on-label = Evalueren op
safety-scale-person = Wie (een rol, geen naam)
safety-scale-score = Cijfer van 0 tot 10
safety-scale-none = Geen cijfer
safety-submit = Veiligheidsplan opslaan
safety-saved = Concept-veiligheidsplan opgeslagen.

## Native file dialogs (titles and filters) and moving a case (export, import)

file-dialog-export-title = Casus exporteren
file-dialog-import-title = Casusbestand kiezen
file-dialog-pdf-title = PDF opslaan
file-filter-case = Versleutelde casus (.age)
file-filter-pdf = PDF-document
file-filter-training = Casusbestand voor oefenmodus (TOML)
file-dialog-training-title = Casusbestand openen
file-filter-pack = Pakket van je organisatie of regio (TOML)
file-dialog-pack-title = Pakket inlezen

## Forgotten passphrase (recovery key) and changing the passphrase

vault-unlock-forgot = Wachtwoord vergeten? Gebruik je herstelsleutel
vault-recover-title = Kluis openen met je herstelsleutel
vault-recover-intro = Typ de herstelsleutel die je bij het instellen hebt opgeschreven. Daarna kies je een nieuw wachtwoord. Je oude wachtwoord werkt dan niet meer.
vault-recover-key-label = Herstelsleutel
vault-recover-key-hint = Zes groepjes van vijf tekens. Hoofdletters, kleine letters en streepjes maken niet uit.
vault-new-passphrase-label = Nieuw wachtwoord
vault-recover-submit = Kluis openen en nieuw wachtwoord instellen
vault-recover-back = Terug naar wachtwoord
vault-recover-done = Je kluis is open. Vanaf nu gebruik je je nieuwe wachtwoord.
vault-change-title = Wachtwoord wijzigen
vault-change-intro = Je casussen blijven zoals ze zijn. Alleen het wachtwoord waarmee je de kluis opent, verandert. Je herstelsleutel blijft werken.
vault-change-current-label = Huidig wachtwoord
vault-change-submit = Wachtwoord wijzigen
vault-change-busy = Even geduld, je wachtwoord wordt gewijzigd…
vault-change-done = Je wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.
caselist-export = Exporteren
caselist-import = Casus inlezen
export-title = Casus exporteren
export-body = Je maakt één versleuteld bestand met deze hele casus, om over te dragen aan een collega of mee te nemen naar een andere computer.
export-warning = Het bestand staat buiten je kluis: alleen dit wachtwoord beschermt het. Geef het wachtwoord apart door, niet in dezelfde mail. Verwijder het bestand na de overdracht.
export-passphrase-label = Wachtwoord voor dit bestand
export-passphrase-hint = Een ander wachtwoord dan dat van je kluis, minstens even lang.
export-submit = Bestand kiezen en opslaan
export-cancelled = Je hebt geen plek gekozen. Er is niets opgeslagen.
export-busy = Even geduld, het bestand wordt versleuteld…
export-done = Casus geëxporteerd naar
import-title = Casus inlezen
import-body = Kies een casusbestand (.age) dat met Meldwijzer is geëxporteerd. Typ daarna het wachtwoord dat je erbij hebt gekregen.
import-choose = Bestand kiezen
import-no-file = Nog geen bestand gekozen.
import-no-file-error = Kies eerst een bestand.
import-chosen = Gekozen bestand:
import-passphrase-label = Wachtwoord van het bestand
import-submit = Inlezen
import-busy = Even geduld, het bestand wordt gecontroleerd…
import-done = Casus ingelezen
caselist-more = Meer casussen tonen
## Uitvoer, tijdlijn en vervolgmomenten
nav-more = Uit de casus
nav-outputs = Uitvoer
nav-timeline = Tijdlijn en vervolgmomenten
nav-due-attention = Aandacht
outputs-title = Uitvoer
outputs-intro = Maak van wat je hebt vastgelegd een tekst voor Veilig Thuis, het dossier, het HIS of het leerlingdossier. Niets hoef je over te typen. Lees de tekst na voordat je hem gebruikt: jij bent verantwoordelijk voor wat je deelt.
outputs-kind-label = Welke tekst?
outputs-lang-label = Taal van de tekst
outputs-lang-hint = Mag anders zijn dan de taal van Meldwijzer.
outputs-reduced-label = Beperkte notitie: alleen wat veilig is
outputs-reduced-hint = De volledige notitie wordt niet gemaakt, omdat anderen dit dossier kunnen lezen. De beperkte notitie zegt wat is weggelaten en waar het volledige verslag staat.
outputs-reduced-on = Beperkte notitie gekozen.
outputs-reduced-off = Volledige notitie gekozen; die wordt niet gemaakt zolang dit is vastgelegd.
outputs-preview-title = Zo wordt de tekst gekopieerd
outputs-copy = Kopiëren
outputs-copied = Gekopieerd. Over 30 seconden haalt Meldwijzer de tekst weer van het klembord.
outputs-pdf = PDF opslaan
pdf-warning-title = Deze PDF is niet versleuteld
pdf-warning-body = De PDF komt buiten je kluis te staan, zonder wachtwoord. Iedereen die bij deze map kan, kan hem lezen: collega's op een gedeelde schijf, een back-up, of een clouddienst die de map bijhoudt.
pdf-warning-where = Hier komt het bestand:
pdf-warning-advice = Zet de PDF in het dossier van de cliënt en verwijder daarna dit bestand.
pdf-save = Opslaan als PDF
pdf-busy = Even geduld, de PDF wordt gemaakt…
pdf-saved = PDF opgeslagen:
anon-title = Mogelijk herkenbaar
anon-intro = Een adviesvraag is anoniem over de cliënt. In deze teksten staat misschien iets waaraan iemand te herkennen is. Pas het aan, of laat het staan als je zeker weet dat het niet herkenbaar is.
anon-scope = Meldwijzer controleert deze teksten op wat iemand herkenbaar maakt: namen en voornamen (ook zonder hoofdletter), plaatsen en gemeenten, namen van scholen, adressen, postcodes, telefoonnummers, e-mailadressen, BSN's en geboortedatums.
anon-limits = De controle ziet niet alles. Een zeldzame naam aan het begin van een zin, een bijnaam of een beschrijving als ‘de enige tweeling in de klas’ glipt erdoor. Lees je adviesvraag daarom altijd zelf na.
anon-fix-label = Tekst aanpassen
anon-fix-submit = Aanpassing opslaan
anon-fixed = Aanpassing opgeslagen
av-title = Wat je zelf invult voor de adviesvraag
av-asker-title = Over jou
av-asker-hint = Veilig Thuis vraagt wie je bent. Laat een veld leeg als je het liever in het gesprek vertelt.
av-name = Je naam
av-organisation = Organisatie
av-role = Functie
av-relation = Je relatie tot de cliënt
av-reach = Hoe ben je bereikbaar?
av-situation-title = Over de situatie
av-situation-hint = Anoniem: gebruik rollen en leeftijden, geen namen, adressen of geboortedata. Signalen, overleg, gesprek, Kindcheck en veiligheid haalt Meldwijzer uit de stappen.
av-household-title = Gezinssamenstelling
av-member-role = Rol (bijvoorbeeld moeder, broertje)
av-member-age = Leeftijd
av-age-invalid = Vul een leeftijd in jaren in, van 0 tot 120.
av-household-note = Wie zorgt er voor de kinderen? Wat is er verder over het gezin te zeggen?
av-concerns-title = Je drie grootste zorgen, de grootste eerst
av-concern = Zorg
av-own = Wat kun je zelf doen om te helpen?
av-protective = Beschermende factoren
av-protective-hint = Wat gaat goed? Wie helpt het gezin of de cliënt?
av-others = Andere professionals betrokken
av-others-hint = Rollen en organisaties, geen namen.
av-question = Je vraag aan Veilig Thuis
av-question-hint = Zo concreet mogelijk. Bijvoorbeeld: is een melding nodig, of kan ik met hulp verder?
av-profiles = Gezinsprofielen meesturen, als hypothesen
av-profiles-hint = Alleen profielen die je niet hebt verworpen. Ze staan in de tekst als hypothese, niet als conclusie.
av-submit = Opslaan
av-saved = Adviesvraag opgeslagen
plain-title = Samenvatting in eenvoudige taal
plain-hint = Schrijf dit samen met de cliënt, in korte zinnen en gewone woorden. Alleen feiten, geen interpretaties. Staat uit tot je hem aanzet.
plain-enabled = Samenvatting aanzetten, samen met de cliënt
plain-worries = Waar maken we ons zorgen over?
plain-going-well = Wat gaat goed?
plain-next = Wat gebeurt er nu?
plain-contact = Wie kan de cliënt bellen, en wanneer?
plain-submit = Opslaan
plain-saved = Samenvatting opgeslagen
timeline-title = Tijdlijn en vervolgmomenten
timeline-log-title = Wat er gebeurde
timeline-intro = Elke stap, elk antwoord, elke beslissing en elke kopie, met datum en tijd (in je eigen tijdzone).
due-title = Vervolgmomenten
due-empty = Er zijn geen vervolgmomenten gepland.
caselist-due-title = Vervolgmomenten die aandacht vragen
caselist-due = Vervolgmoment
step5-informed-whom-label = Wie heb je geïnformeerd?
step5-informed-whom-hint = Een rol, geen naam. Bijvoorbeeld: beide ouders, de cliënt.
step5-record-title = Rond de melding
step5-record-hint = De KNMG-meldcode vraagt dit vast te leggen. Een afspraak met Veilig Thuis met een datum wordt een vervolgmoment.
step5-attempts-title = Pogingen om de betrokkenen te bereiken
step5-attempt-date = Datum
step5-attempt-how = Hoe, en met welk resultaat
step5-vt-title = Afspraken met Veilig Thuis
step5-vt-what = Wat is afgesproken?
step5-vt-due = Wanneer?
step5-vt-due-hint = Datum om op terug te komen.
step5-record-submit = Opslaan
step5-objections-label = Bezwaren van de cliënt en hoe je daarop inging
step5-objections-hint = Wat zei de cliënt tegen de melding, en wat heb je gedaan of uitgelegd?
step5-record-saved = Opgeslagen

# ---- Informatieverzoek ----
newcase-inforeq-offer = Vraagt Veilig Thuis, de Raad voor de Kinderbescherming, een gecertificeerde instelling of de politie jou om informatie? Dan volg je niet de vijf stappen, maar een eigen stappenplan.
newcase-inforeq-button = Ik krijg een informatieverzoek
newinforeq-title = Ik krijg een informatieverzoek
newinforeq-intro = Je wordt gevraagd om informatie over een patiënt of cliënt. Meldwijzer helpt je wegen wat je geeft, en legt vast wat gevraagd, gewogen en gegeven is. Gebruik een schuilnaam.
newinforeq-requester-legend = Wie vraagt om informatie?
newinforeq-requester-required = Kies wie om informatie vraagt.
newinforeq-subject-legend = Over wie gaat het verzoek?
newinforeq-submit = Start het informatieverzoek
inforeq-requester = Verzoek van
inforeq-unconfirmed = Niet gecontroleerd: Meldwijzer kent voor jouw werkveld geen eigen stappenplan voor informatieverzoeken. Deze stappen komen uit de KNMG-meldcode.
inforeq-part-recorded = Vastgelegd
inforeq-part-open = Nog niet vastgelegd
inforeq-save = Opslaan
inforeq-received-on-label = Datum van het verzoek
inforeq-who-label = Wie vraagt, en hoe heb je dat gecontroleerd?
inforeq-who-hint = Naam, functie en organisatie. Bijvoorbeeld: teruggebeld via het algemene nummer.
inforeq-basis-label = Op welke grond wordt gevraagd?
inforeq-basis-hint = Zoals de vrager die noemde: een wetsartikel, een onderzoek na een melding, een ondertoezichtstelling.
inforeq-concern-given-legend = Noemde de vrager zelf de aard en ernst van de zorg?
inforeq-concern-given-yes = Ja
inforeq-concern-given-no = Nee, ik heb ernaar gevraagd
inforeq-concern-label = Aard, ernst en inhoud van de zorg
inforeq-asked-label = Welke informatie wordt gevraagd?
inforeq-relevant-label = Welke informatie is relevant en noodzakelijk, en waarom?
inforeq-relevant-hint = Noteer ook wat je niet geeft, en waarom niet.
inforeq-informed-legend = Heb je je patiënt of cliënt vooraf geïnformeerd?
inforeq-informed-yes = Ja
inforeq-informed-no = Nee
inforeq-informed-note-label = Reactie, of waarom niet
inforeq-informed-note-hint = Bij ja: de reactie en of er toestemming is. Bij nee: waarom informeren onveilig was.
inforeq-given-how-legend = Hoe heb je de informatie gegeven?
inforeq-given-how-schriftelijk = Schriftelijk
inforeq-given-how-mondeling = Mondeling, met een verslag ter controle
inforeq-given-how-niet = Niet gegeven, met de reden aan de vrager
inforeq-given-on-label = Datum
inforeq-given-label = Wat heb je gegeven?
inforeq-given-hint = Feiten en gebeurtenissen. Geef aan wat van anderen komt. Gaf je niets, noteer dan de reden.

# ---- Volwassen cliënt: eigen wensen en wilsbekwaamheid (stap 3 en 4) ----
adult-title = Eigen wensen en wilsbekwaamheid
adult-intro = Bij een volwassene weegt de eigen wens zwaar, als die wilsbekwaam is ter zake. Leg vast wat je cliënt wil, en hoe je de wilsbekwaamheid beoordeelde.
adult-wishes-label = Wat wil je cliënt zelf?
adult-wishes-hint = Over hulp en over een melding, zo veel mogelijk in de eigen woorden.
adult-capacity-legend = Is je cliënt wilsbekwaam ter zake?
adult-capacity-wilsbekwaam = Ja, wilsbekwaam ter zake
adult-capacity-wilsonbekwaam = Nee, niet wilsbekwaam ter zake
adult-capacity-twijfel = Ik twijfel
adult-capacity-about-label = Ter zake van welke beslissing?
adult-capacity-about-hint = Bijvoorbeeld: hulp bij de geldzaken aanvaarden, of een melding bij Veilig Thuis.
adult-capacity-on-label = Datum van de beoordeling
adult-capacity-by-label = Beoordeeld door
adult-capacity-by-hint = Een rol, zoals huisarts of specialist ouderengeneeskunde.
adult-representative-label = Vertegenwoordiger
adult-representative-hint = Wie vertegenwoordigt je cliënt, en hoe is die betrokken? Is de vertegenwoordiger de vermoedelijke pleger, betrek die dan niet en noteer dat.
adult-submit = Wensen en wilsbekwaamheid opslaan
adult-summary-title = Eigen wensen en wilsbekwaamheid (uit stap 3)


# ---- Over Meldwijzer ----

about-button = Over
about-open = Over Meldwijzer: versie, bronnen, privacy en licenties
about-title = Over Meldwijzer
about-close = Sluiten
about-intro = Meldwijzer helpt je de vijf stappen van de Meldcode huiselijk geweld en kindermishandeling te doorlopen. Jij weegt en beslist.
about-version = Versie
about-licence = Licentie
about-content-version = Versie van de meldcode-inhoud
about-content-valid-from = Inhoud geldig vanaf
about-privacy-heading = Privacy
about-privacy-stored = Wat je over een casus vastlegt, staat alleen op deze computer: versleuteld in je kluis, in je eigen gebruikersmap. Zonder je wachtwoord of herstelsleutel kan niemand het lezen.
about-privacy-settings = Je instellingen (taal, wanneer de kluis vergrendelt, hoe lang een afgesloten casus blijft) staan onversleuteld in je gebruikersmap. Daar staat niets over een casus in.
about-privacy-never = Nooit bewaard: je wachtwoord, en niets uit de oefenmodus. Een afgesloten casus wordt na de bewaartermijn vernietigd.
about-privacy-leaves = Meldwijzer maakt geen verbinding met internet. Er gaat alleen iets van deze computer af als jij het kopieert, als pdf opslaat of exporteert. Een export is versleuteld, een pdf niet. Wat je kopieert, haalt Meldwijzer na 30 seconden weer van het klembord.
about-sources-heading = Bronnen
about-sources-intro = De inhoud volgt deze bronnen. Bij elke vraag en elk advies zie je onder "Bron" welke.
about-licences-heading = Licenties
about-licences-intro = Meldwijzer valt onder de EUPL-1.2 en is gemaakt met open-source-onderdelen, elk met een eigen licentie. Aantal onderdelen:
about-licences-show = Alle onderdelen en hun licentie
about-col-name = Onderdeel
about-col-version = Versie
about-col-licence = Licentie

help-button = Hulp
help-guide = Handleiding
help-close = Sluiten

## Stap 5: na de overdracht door Veilig Thuis
overdracht-title = Na de overdracht door Veilig Thuis
overdracht-hint = Heeft Veilig Thuis het gezin aan jou of je team overgedragen? Of vroeg Veilig Thuis na een advies om te monitoren? Leg vast wat Veilig Thuis vraagt en volg de veiligheidsvoorwaarden met je lokale partners.
overdracht-received-label = Overgedragen op
overdracht-asks-label = Wat vraagt Veilig Thuis van jou of je team?
overdracht-call-back-label = Wie bel je terug bij Veilig Thuis?
overdracht-call-back-hint = Alleen de functie, geen naam. Bijvoorbeeld: casusregisseur.
overdracht-phase-label = In welke fase zit het gezin nu?
overdracht-phase-none = Nog niet gekozen
overdracht-conditions-title = Veiligheidsvoorwaarden en afspraken
overdracht-conditions-hint = Per voorwaarde: wie let erop, wanneer kijk je weer, en loopt hij nog? Een datum wordt een vervolgmoment op je casuslijst. Niet gehaald? Dan ga je terug naar Veilig Thuis.
overdracht-condition-legend = Voorwaarde
overdracht-condition-what = Voorwaarde of afspraak
overdracht-condition-who = Wie let erop?
overdracht-condition-phase = Fase
overdracht-condition-due = Volgende keer kijken
overdracht-condition-state = Stand
overdracht-state-running = Loopt
overdracht-state-met = Gehaald
overdracht-state-not-met = Niet gehaald
overdracht-back-to-vt = Een voorwaarde is niet gehaald. Ga terug naar Veilig Thuis en bespreek wat er nu moet gebeuren.
overdracht-submit = Overdracht opslaan
overdracht-saved = Overdracht opgeslagen
caselist-monitoring = Na de overdracht
