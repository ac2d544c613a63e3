# Uitvoer: de adviesvraag, het verslag, de SOEP-regel, de notitie voor het leerlingdossier,
# de overdracht en de eenvoudige samenvatting. Opgebouwd door crates/outputs.

out-date-format = %d-%m-%Y
out-marking = Vertrouwelijk
pdf-page-of = Pagina { $page } van { $pages }
out-subtitle = Casus { $alias } · { $date }
out-date-line = { $date }
out-not-recorded = Niet vastgelegd.
out-no-date = datum onbekend
out-for-the-call = (vertel ik in het gesprek)

out-kind-adviesvraag = Adviesvraag voor Veilig Thuis
out-kind-verslag = Verslag voor het dossier
out-kind-soep = Journaalregel (SOEP) voor het HIS
out-kind-leerlingdossier = Notitie voor het leerlingdossier
out-kind-overdracht = Overdracht in twee minuten
out-kind-eenvoudig = Samenvatting in eenvoudige taal

out-adviesvraag-title = Adviesvraag voor Veilig Thuis
out-verslag-title = Verslag meldcode voor het dossier
out-soep-title = Journaalregel meldcode (SOEP)
out-leerlingdossier-title = Notitie leerlingdossier
out-overdracht-title = Overdracht
out-eenvoudig-title = Wat we samen hebben besproken

# Adviesvraag
out-part-asker = Deel 1 – Over jou
out-asker-note = Veilig Thuis vraagt wie je bent. Over de cliënt blijft je vraag anoniem.
out-asker-name = Naam
out-asker-organisation = Organisatie
out-asker-role = Functie
out-asker-field = Werkveld
out-asker-relation = Relatie tot de cliënt
out-asker-reach = Bereikbaar via
out-part-situation = Deel 2 – Over de situatie
out-situation-note = Anoniem: alleen een schuilnaam en leeftijden. Geen namen, adressen, geboortedata of namen van school of praktijk.
out-alias = Casus
out-subject = Over wie de zorg gaat
out-suspect = Vermoedelijke pleger
out-forms = Vormen waar je aan denkt
out-household = Gezinssamenstelling
out-member-age = { $role }, { $age } jaar
out-signals = Signalen (feiten)
out-observation = { $fact } ({ $source })
out-source-own = eigen waarneming
out-source-told = verteld door { $by }
out-quote = Letterlijk: "{ $words }" ({ $who }, { $date })
out-interpretations = Interpretaties (apart van de feiten)
out-interpretations-note = Dit zijn interpretaties, geen vastgestelde feiten.
out-interpretation = Interpretatie: { $text }
out-counter = Contra-indicaties (wat de zorg afzwakt)
out-done = Wat al gedaan is
out-outcome = Uitkomst: { $outcome }
out-conversation = { $date }: gesprek met { $with }.
out-conversation-separately = Apart gesproken.
out-conversation-interpreter = Met een professionele tolk.
out-their-view = Hun kijk: { $view }
out-agreements = Afspraken: { $agreements }
out-gesprek-skipped = Gesprek niet gevoerd: { $reason }. Toelichting: { $note }
out-gesprek-postponed = Gesprek uitgesteld: { $until }. Toelichting: { $note }
out-no-conversation-yet = Nog geen gesprek met de betrokkenen gevoerd.
out-kindcheck-outcome = Kindcheck: { $outcome }
out-kindcheck-handover = Overdracht (Kindcheck)
out-kindcheck-open = Kindcheck: nog niet afgerond.
out-kindcheck-closed = Afgesloten op { $date }: { $note }
out-safety = Huidige veiligheid
out-acute = Acute situatie
out-red-flags = Escalatiesignalen
out-answers = Afwegingen tot nu toe
out-answer = Afweging { $number } ({ $label }): { $answer }.
out-reason = Reden: { $reason }
out-unsafe-situations = Onveilige situaties, in de woorden van het gezin
out-concerns = Mijn drie grootste zorgen
out-own-possibilities = Wat ik zelf kan doen
out-profiles = Gezinsprofielen (hypothesen)
out-profiles-note = Dit zijn hypothesen, geen conclusies. Profielen kunnen overlappen.
out-profile-open = { $profile } (hypothese)
out-profile-confirmed = { $profile } (hypothese; past volgens mij)
out-profile-rejected = { $profile } (hypothese; verworpen)
out-question = Mijn vraag aan Veilig Thuis
out-call-heading = Bellen
out-call-vt = Veilig Thuis: { $veilig-thuis } (gratis, dag en nacht). Bij direct gevaar: { $noodnummer }.

# Verslag
out-basics = Gegevens
out-started = Casus gestart
out-status = Stand
out-case-open = Loopt nog.
out-case-closed = Afgesloten op { $date }, in stap { $step }.
out-step-heading = Stap { $number }: { $title }
out-step-status = Status
out-step-done = Afgerond op { $date }
out-step-in-progress = Bezig
out-step-not-started = Niet gestart
out-step-closed = Casus in deze stap afgesloten op { $date }
out-quotes = Letterlijke woorden
out-question-before = Vraag of opmerking vooraf: "{ $question }"
out-quote-context = Situatie: { $context }
out-with-whom = Met: { $with }
out-no-consultation-reason = Waarom een verwacht overleg niet is gevoerd
out-kader = Afwegingskader
out-route = Wat het afwegingskader aangeeft
out-follow-ups = Vervolgmomenten
out-follow-up-question = Vervolgmoment afweging { $label }
out-follow-up-vt = Afspraak met Veilig Thuis
out-overdue = te laat
out-safety-agreements = Veiligheidsafspraken
out-safety-agreement = { $who }: { $what } (uiterlijk { $date })
out-decision = { $decision } { $answer } (op { $date }).
out-decision-open = { $decision } Nog niet genomen.
out-melding-on = Melding gedaan op
out-help = Hulp geboden of georganiseerd
out-informed = Vooraf geïnformeerd
out-informed-yes = Ja: { $whom }, op { $date }
out-informed-reaction = Hun reactie
out-informed-why-not = Waarom niet
out-attempts = Pogingen om de betrokkenen te bereiken
out-vt-agreements = Afspraken met Veilig Thuis
out-vt-agreement-due = { $what } (uiterlijk { $date })
out-closure = Afsluiting
out-reason-label = Reden
out-in-dossier = Verslag in het dossier

# SOEP
out-soep-s = S – Subjectief
out-soep-o = O – Objectief
out-soep-e = E – Evaluatie
out-soep-p = P – Plan
out-soep-view = { $date }, gesprek met { $with }: { $view }
out-soep-suspicion = Vermoeden van: { $forms }
out-soep-melding = Melding gedaan bij Veilig Thuis op { $date }.
out-soep-help = Hulp: { $help }

# Leerlingdossier
out-seen = Wat is gezien of gehoord
out-also-seen = Wat ook is gezien
out-steps-taken = Genomen stappen
out-next-moment = Volgend moment: { $date }.

# Overdracht
out-now-at-step = Nu in stap { $number }: { $title }
out-all-steps-done = Alle stappen afgerond.
out-main-worries = Belangrijkste zorgen
out-coercive-control = Let op: er zijn tekenen van dwingende controle. Geen gezamenlijke gesprekken met de partners; spreek ieder apart.
out-next = Wat er nu moet gebeuren

# Eenvoudige samenvatting
out-plain-worries = Waar maken we ons zorgen over?
out-plain-going-well = Wat gaat goed?
out-plain-next = Wat gebeurt er nu?
out-plain-who = Wie kun je bellen?
out-plain-empty = Dit vullen we samen nog in.
out-plain-call = Veilig Thuis: { $veilig-thuis }. Bellen is gratis. Je kunt dag en nacht bellen. Is het nu gevaarlijk? Bel { $noodnummer }.

# Informatieverzoek: de vastlegging voor het dossier
out-kind-informatieverzoek = Vastlegging informatieverzoek voor het dossier
out-inforeq-title = Informatieverzoek: vastlegging voor het dossier
out-inforeq-title-soep = Journaalregel informatieverzoek (SOEP)
out-inforeq-part-request = Het verzoek
out-inforeq-part-asked = Wat gevraagd is
out-inforeq-part-weighed = Afweging
out-inforeq-part-given = Wat gegeven is
out-inforeq-part-file = Voor het dossier
out-inforeq-requester = Verzoek van
out-inforeq-received = Ontvangen op
out-inforeq-who = Vrager en controle
out-inforeq-basis = Grond
out-inforeq-concern = Aard en ernst van de zorg
out-inforeq-concern-given = { $concern } (door de vrager gegeven)
out-inforeq-concern-asked = { $concern } (door mij nagevraagd)
out-inforeq-asked = Gevraagde informatie
out-inforeq-relevant = Relevant en noodzakelijk
out-inforeq-informed = Vooraf geïnformeerd
out-inforeq-informed-yes = Ja. Reactie: { $note }
out-inforeq-informed-no = Nee. Reden: { $note }
out-inforeq-given-how = Hoe
out-inforeq-given-schriftelijk = Schriftelijk
out-inforeq-given-mondeling = Mondeling, met een verslag ter controle
out-inforeq-given-niet = Niet gegeven; de reden is aan de vrager gemeld
out-inforeq-given-on = Datum
out-inforeq-given = Gegeven
out-inforeq-file-note = Alleen wat gevraagd, gewogen en gegeven is. Anderen kunnen het dossier inzien: scherm deze regel af waar je systeem dat toelaat.

# Volwassene: eigen wensen en wilsbekwaamheid
out-adult-wishes = Eigen wensen van de cliënt
out-adult-capacity = Wilsbekwaamheid
out-adult-representative = Vertegenwoordiger
out-capacity-wilsbekwaam = Wilsbekwaam
out-capacity-wilsonbekwaam = Niet wilsbekwaam
out-capacity-twijfel = Twijfel over de wilsbekwaamheid
out-capacity-line = { $capacity } ter zake van: { $about }. Beoordeeld door { $by } op { $date }.
out-soep-adult-wishes = Eigen wensen: { $wishes }
