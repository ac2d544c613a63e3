# Meldwijzer — vaste teksten die de Rust-code zelf gebruikt (crates/app/src/view.rs).

# ---- Antwoorden op een afweging ----

answer-ja = Ja
answer-nee = Nee
answer-weet-niet = Weet ik niet


# ---- Stand van een casus ----

case-status-all-done = Alle stappen afgerond
case-status-closed = Afgesloten
case-status-closed-as = Afgesloten: { $reason }
case-status-decision = Beslissing { $number }: { $answer }
# Variables:
#   $number (Number) - het nummer van de stap waar de casus staat
#   $title (String) - de titel van die stap
case-status-kindcheck = Alleen Kindcheck
case-status-step = Stap { $number }: { $title }


# ---- Datum en tijd ----

# Een chrono-strftime-patroon, geen tekst voor de gebruiker.
datetime-format = %d-%m-%Y %H:%M


# ---- Talen (in elke taal in de eigen taal geschreven) ----

language-en = English
language-nl = Nederlands


# ---- De route door het afwegingskader in één zin ----

# Variables:
#   $number (Number) - het nummer van de afweging
#   $label (String) - de korte naam van de afweging, zoals "Veiligheid"
route-summary-advice = Je antwoordde ‘weet ik niet’ bij afweging { $number } ({ $label }). Raadpleeg Veilig Thuis en beantwoord de vraag daarna opnieuw.
route-summary-complete = De route door het afwegingskader is compleet. Neem je beslissingen in stap 5.
# Variables:
#   $number (Number) - het nummer van de afweging
#   $label (String) - de korte naam van de afweging, zoals "Resultaat"
route-summary-follow-up = Afweging { $number } ({ $label }) gaat over een later moment. Plan wanneer je kijkt of de hulp tot veiligheid leidt.
# Variables:
#   $number (Number) - het nummer van de volgende afweging
#   $label (String) - de korte naam van die afweging, zoals "Hulp"
route-summary-question = Volgende: afweging { $number }, { $label }.
route-summary-start = Begin met afweging 1.


# ---- Stappenbalk ----

stepper-state-closed-early = Afgesloten
stepper-state-done = Afgerond
stepper-state-in-progress = Bezig
stepper-state-not-started = Nog niet begonnen


# ---- Bewaartermijn van een afgesloten casus ----

# Variables:
#   $days (Number) - over hoeveel dagen (2 of meer)
case-retention-days = Wordt over { $days } dagen vernietigd
case-retention-tomorrow = Wordt morgen vernietigd
case-retention-today = Wordt vandaag vernietigd
# Variables:
#   $date (String) - de datum van het laatste open vervolgmoment
case-retention-held = Blijft bewaard tot na het vervolgmoment van { $date }

# Kindcheck summary in step 1
kindcheck-summary-closed = Je hebt de Kindcheck afgesloten op { $date }, met de notitie hieronder.
kindcheck-summary-open = De Kindcheck loopt nog. Beantwoord de volgende vraag.
# Variables:
#   $date (String) - sinds wanneer het vervolgmoment open staat

# Vervolgmomenten, tijdlijn en anonimiseringswaarschuwing (crates/app/src/view.rs)
date-format = %d-%m-%Y
due-overdue = Te laat
due-today = Vandaag
due-soon = Binnenkort
due-later = Gepland
due-question = Afweging { $number }: { $label }
due-vt-agreement = Afspraak met Veilig Thuis
due-kindcheck-check-back = Nagaan of de overdracht uit de Kindcheck is opgepakt
log-created = Casus gestart
log-step-done = Stap { $number } afgerond: { $title }
log-step-reopened = Stap { $number } weer open: { $title }
log-answer = Afweging { $number } ({ $label }): { $answer }
log-answer-cleared = Antwoord op afweging { $number } ({ $label }) gewist
log-decision = Beslissing { $number }: { $answer }
log-decision-cleared = Beslissing { $number } gewist
log-follow-up = Vervolgmoment afweging { $number } ({ $label }) op { $date }
log-follow-up-cleared = Vervolgmoment afweging { $number } ({ $label }) gewist
log-gesprek-planned = Gesprek met de betrokkenen: gepland
log-ruled-out = Stap 3: in aparte gesprekken is dwingende controle uitgesloten (datum { $date })
log-ruled-out-cleared = Stap 3: niet meer vastgelegd dat dwingende controle is uitgesloten
log-gesprek-skipped = Gesprek met de betrokkenen: niet gevoerd
log-gesprek-postponed = Gesprek met de betrokkenen: uitgesteld
log-melding = Melding vastgelegd, gedaan op { $date }
log-melding-cleared = Datum van de melding gewist
log-kindcheck-closed = Kindcheck afgesloten
log-acute-acknowledged = Acute situatie bevestigd. Gedaan: { $actions }
log-closed = Casus afgesloten in stap { $number }
log-reopened = Casus heropend
log-output-copied = Gekopieerd: { $output } ({ $lang })
log-output-saved = Opgeslagen als pdf: { $output } ({ $lang })
log-exported = Casus geëxporteerd naar een versleuteld bestand
log-output-reduced = Beperkte notitie gekozen: { $output }
log-output-full = Volledige notitie gekozen: { $output }
log-dated = Datum van { $what }: { $date }
log-dated-cleared = Datum van { $what } gewist; de dag van vastleggen telt
log-dated-decision = beslissing { $number }
log-dated-step = stap { $number }
date-warning-decision = Beslissing { $number } is gedateerd op { $decided }, vóór { $consultation } op { $consulted }. Klopt die volgorde? Pas zo nodig de datum aan.
date-warning-step = Stap { $number } staat afgerond op { $done }, maar wat in die stap is vastgelegd loopt tot { $last }. Pas zo nodig de datum aan.
date-warning-melding = De melding is gedateerd op { $melding }, vóór de beslissing om te melden ({ $decided }). Pas zo nodig een datum aan.
finding-name = Lijkt op een naam (persoon, plaats of school)
finding-phone = Lijkt op een telefoonnummer
finding-email = Lijkt op een e-mailadres
finding-postcode = Lijkt op een postcode
finding-address = Lijkt op een adres
finding-bsn = Lijkt op een BSN
finding-birth-date = Lijkt op een geboortedatum
where-household-role = Gezinssamenstelling
where-household-note = Over het gezin
where-concern = Grootste zorgen
where-own-possibilities = Wat ik zelf kan doen
where-question = Mijn vraag aan Veilig Thuis
where-observation-fact = Stap 1, signaal of contra-indicatie
where-observation-interpretation = Stap 1, interpretatie
where-observation-by = Stap 1, wie het vertelde
where-quote = Stap 1, letterlijke woorden
where-consultation = Stap 2, uitkomst van overleg
where-conversation = Stap 3, gesprek
where-gesprek = Stap 3, toelichting
where-answer = Stap 4, reden bij een afweging
where-safety-plan = Stap 4, veiligheidsplan
where-kindcheck = Stap 1, Kindcheck
log-info-given = Informatieverzoek: { $how }, op { $date }
log-info-given-schriftelijk = schriftelijk gegeven
log-info-given-mondeling = mondeling gegeven, met verslag
log-info-given-niet = geen informatie gegeven
log-info-given-open = nog niet vastgelegd
log-no-date = datum onbekend


joint-withheld-coercive-control = Een gezamenlijke aanpak wordt hier niet voorgesteld, omdat je dwingende controle hebt vastgelegd (als vorm, escalatiesignaal of signaal). Een gezamenlijk gesprek, mediation, relatietherapie of gezamenlijke opvoedondersteuning werkt dan in het voordeel van wie controleert.
joint-withheld-not-ruled-out = Een gezamenlijke aanpak wordt hier nog niet voorgesteld. Geweld van beide kanten kan verzet zijn van een slachtoffer van dwingende controle. Voer eerst aparte gesprekken, en leg in stap 3 vast als die dwingende controle hebben uitgesloten.

## Na de overdracht door Veilig Thuis
due-condition = Veiligheidsvoorwaarde bekijken
due-condition-phase = Veiligheidsvoorwaarde bekijken (fase { $number }: { $label })
case-monitoring = Monitoring
case-monitoring-phase = fase { $number }
case-monitoring-next = volgende: { $date }
case-monitoring-back-to-vt = voorwaarde niet gehaald: terug naar Veilig Thuis
log-overdracht = Overdracht door Veilig Thuis vastgelegd ({ $date }), fase { $phase }: { $running } lopen, { $met } gehaald, { $notmet } niet gehaald
log-overdracht-cleared = Overdracht door Veilig Thuis verwijderd
