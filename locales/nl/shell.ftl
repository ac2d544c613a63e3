# Meldwijzer — vaste teksten die de Rust-code zelf gebruikt (crates/app/src/view.rs).

# ---- Antwoorden op een afweging ----

answer-ja = Ja
answer-nee = Nee
answer-weet-niet = Weet ik niet


# ---- Stand van een casus ----

case-status-all-done = Alle stappen afgerond
case-status-closed = Afgesloten
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
caselist-follow-up-today = Vervolgmoment vandaag
# Variables:
#   $date (String) - sinds wanneer het vervolgmoment open staat
caselist-follow-up-overdue = Vervolgmoment verlopen sinds { $date }
