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
out-suspect-relation = { $suspect }: { $relation }
out-author = Opgesteld door (functie)
out-kc-children = Uit de Kindcheck:
out-kc-number = Aantal minderjarige kinderen: { $number }
out-kc-ages = Leeftijden: { $ages }
out-kc-carers = Wie voor de kinderen zorgt: { $carers }
out-kc-partner-children = Kinderen van een (ex-)partner: { $children }
out-kc-pregnant = Zwanger (cliënt of partner): { $answer }
out-protective-factors = Beschermende factoren
out-other-professionals = Andere professionals betrokken
out-objections-met = Bezwaren en hoe je daarop inging
out-informed-line-yes = Vooraf geïnformeerd: { $whom }, op { $date }.
out-informed-line-no = Niet vooraf geïnformeerd. Reden: { $reason }
out-status-melding = Melding gedaan op { $date }.
out-melding-heading = Melding
out-kindcheck-handover-line = Overdracht (Kindcheck): { $handover }
out-forms = Vormen waar je aan denkt
out-household = Gezinssamenstelling
out-member-age = { $role }, { $age } jaar
out-signals = Signalen (feiten)
out-observation = { $fact } ({ $source })
out-source-own = eigen waarneming
out-source-told = verteld door { $by }
out-source-told-unnamed = verteld; wie het vertelde staat in het volledige verslag
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
out-kindcheck-outcome = Kindcheck ({ $date }): { $outcome }
out-kindcheck-check-back = Nagaan of de overdracht is opgepakt: op { $date }.
out-kindcheck-handover = Overdracht (Kindcheck)
out-kindcheck-open = Kindcheck: nog niet afgerond.
out-kindcheck-closed = Afgesloten op { $date }: { $note }
out-safety = Huidige veiligheid
out-acute = Acute situatie
out-red-flags = Escalatiesignalen
out-acute-suggested = Voorgesteld door Meldwijzer
out-acute-suggested-value = { $situations } (suggestie uit vastgelegde woorden; niet bevestigd door de professional)
out-answers = Afwegingen tot nu toe
out-answer = Afweging { $number } ({ $label }): { $answer }.
out-reason = Reden: { $reason }
out-gate-postponed = het gesprek met de betrokkenen (stap 3) is uitgesteld
out-gate-skipped = het gesprek met de betrokkenen (stap 3) is niet gevoerd, omdat het iemand in gevaar brengt
out-gate-forms = er is vastgelegd: { $forms }
out-gate-coercive = er zijn tekenen van dwingende controle vastgelegd
out-gate-parent = de vermoedelijke pleger is een ouder of verzorger, die dit dossier kan inzien
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
out-follow-up-kindcheck = Nagaan of de overdracht uit de Kindcheck is opgepakt
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
out-soep-shield-heading = Let op bij het vastleggen
out-soep-shield = Scherm deze regel af voor online inzage (het patiëntenportaal), als je HIS dat kan. Leg gegevens over anderen (partner, ouders, kinderen) alleen vast voor zover de zorg voor de patiënt ze nodig heeft (KNMG-meldcode; art. 7:456 BW).

# Leerlingdossier
out-seen = Wat is gezien of gehoord
out-also-seen = Wat ook is gezien
out-steps-taken = Genomen stappen
out-next-moment = Volgend moment: { $date }.
out-shielded-heading = Afgeschermd
out-shielded-leerlingdossier = Zet deze notitie in het afgeschermde deel van het leerlingdossier, dat ouders niet online zien. Ouders kunnen het leerlingdossier wel opvragen (AVG art. 15).

# Beperkte notitie (alleen wat veilig is waar anderen kunnen lezen)
out-reduced-heading = Beperkte notitie
out-reduced-left-out = Weggelaten: { $what }. Wat is vastgelegd, staat in het volledige verslag; deze notitie noemt het niet, omdat anderen dit dossier kunnen lezen.
out-reduced-what-leerlingdossier = wat gezien, gehoord of verteld is, overleg, gesprekken, afwegingen en besluiten
out-reduced-what-soep = wat verteld is, overleg, gesprekken, afwegingen en besluiten
out-reduced-what-soep-all = eigen waarnemingen, wat verteld is, overleg, gesprekken, afwegingen en besluiten
out-reduced-leerlingdossier-title = Notitie leerlingdossier (beperkt)
out-reduced-soep-title = Journaalregel (beperkt)
out-reduced-what-other = de inhoud van de meldcode
out-reduced-where-leerlingdossier = Het volledige verslag staat afgeschermd bij de aandachtsfunctionaris.
out-reduced-where-soep = Het volledige verslag hoort in een afgeschermd deel van het dossier, dat niet in het patiëntenportaal verschijnt.
out-reduced-where-other = Het volledige verslag staat afgeschermd in het dossier.

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

## Na de overdracht door Veilig Thuis (monitoring)
out-monitoring-heading = Na de overdracht door Veilig Thuis
out-monitoring-received = Overgedragen op
out-monitoring-asks = Wat Veilig Thuis van ons vraagt
out-monitoring-call-back = Terugbellen bij Veilig Thuis
out-monitoring-phase = Fase nu
out-monitoring-conditions = Veiligheidsvoorwaarden en afspraken:
out-monitoring-condition = { $what } — bewaakt door: { $who } · { $phase } · volgende keer kijken: { $date } · { $state }
out-monitoring-condition-closed = { $what } — bewaakt door: { $who } · { $phase } · { $state }
out-condition-running = loopt
out-condition-met = gehaald
out-condition-not-met = niet gehaald
out-monitoring-back-to-vt = Een voorwaarde is niet gehaald. Ga terug naar Veilig Thuis: bespreek wat er nu moet gebeuren.
out-phase = fase { $number }: { $label }
out-no-phase = geen fase
out-follow-up-condition = Veiligheidsvoorwaarde bekijken ({ $phase })
