# Oefenmodus: the checker's messages (shared by the app and meldwijzer-oefen) and the oefenmodus screens.
# The texts of an oefencasus itself are in the case file, not here (content/training/README.md).

## Problems in a case file. Location (file, line, column) is printed before the message.
training-error-read = Dit bestand kan niet worden gelezen. Bestaat het, en mag je het openen?
training-error-too-large = Het bestand is te groot: een oefencasus is hoogstens { $max } KB.
training-error-not-utf8 = Hier staat een teken dat geen UTF-8 is. Sla het bestand op als UTF-8.
training-error-empty-file = Het bestand is leeg.
training-error-too-deep = Hier zijn lijsten, tabellen of sleutels te diep genest (meer dan { $max } niveaus).
training-error-syntax = De TOML klopt hier niet: { $detail }
training-error-unknown-key = Onbekende sleutel `{ $key }`. Controleer de spelling; het formaat staat in content/training/README.md.
training-error-missing-key = De sleutel `{ $key }` ontbreekt.
training-error-duplicate-key = Deze sleutel staat hier twee keer.
training-error-wrong-type = Verkeerd soort waarde: hier hoort { $expected ->
    [text] tekst tussen aanhalingstekens
    [list] een lijst [ … ]
    [bool] true of false
    [number] een heel getal
   *[table] een tabel
  }.
training-error-format = Dit is geen oefencasus: `format` moet "{ $expected }" zijn, niet "{ $found }".
training-error-version = Formaatversie { $found } kan deze Meldwijzer niet lezen; hij leest versie { $supported }.
training-error-id = Het id mag alleen kleine letters, cijfers en streepjes hebben, en hoogstens { $max } tekens.
training-error-text-empty = Deze tekst is leeg.
training-error-text-too-long = Deze tekst is te lang: hoogstens { $max } tekens.
training-error-list-empty = Deze lijst is leeg; zet er minstens één regel in.
training-error-list-too-long = Deze lijst is te lang: hoogstens { $max } regels.
training-error-en-count = De Engelse lijst heeft { $en } regels en de Nederlandse { $nl }; dat moet gelijk zijn.
training-error-unknown-ref = { $kind ->
    [field] Onbekend werkveld
    [subject] Onbekende betrokkene
    [suspect] Onbekende vermoedelijke pleger
    [source] Onbekend bron-id
    [step] Onbekend stap-id
    [question] Onbekende afweging
    [form] Onbekende vorm van geweld
    [acute] Onbekende acute situatie
    [red-flag] Onbekend escalatiesignaal
    [consultation] Onbekende soort consultatie
    [kindcheck-trigger] Onbekend oudersignaal
    [kindcheck-variant] Onbekende Kindcheck-variant
    [kindcheck-question] Onbekende Kindcheck-vraag
    [profile] Onbekend gezinsprofiel
    [profile-indicator] Onbekend kenmerk van een gezinsprofiel
   *[other] Onbekend id
  }: `{ $id }`. Gebruik een id uit content/ (zie content/training/README.md).
training-error-duplicate = `{ $id }` staat twee keer in de lijst.
training-error-no-fields = Noem minstens één werkveld in `fields`.
training-error-no-rounds = Er zijn geen rondes. Een oefencasus heeft minstens één [[round]].
training-error-too-many-rounds = Te veel rondes: hoogstens { $max }.
training-error-step-order = De rondes volgen de vijf stappen: stap `{ $step }` kan niet na stap `{ $previous }` komen.
training-error-field-not-in-case = Werkveld `{ $field }` staat niet in `fields` van deze casus.
training-error-answer-value = Het antwoord op `{ $question }` moet ja, nee of weet-niet zijn, niet `{ $value }`.
training-error-hypothesis-value = Een hypothese is confirmed of rejected, niet `{ $value }`.
training-error-nothing-expected = Geen enkele ronde zegt wat de route moet laten zien. Zet minstens één [round.expect] in de casus.
training-error-record = In werkveld `{ $field }` weigert Meldwijzer wat deze ronde vastlegt: { $detail }
training-error-expect = In werkveld `{ $field }` klopt de verwachting na ronde { $round } niet: `{ $key }` moet `{ $expected }` zijn, maar Meldwijzer komt uit op `{ $actual }`.
training-problem-at = { $file }:{ $line }:{ $col }: { $message }
training-problem-file = { $file }: { $message }
training-check-ok = { $file }: in orde ({ $rounds } rondes, werkvelden: { $fields }).
training-check-usage = Gebruik: meldwijzer-oefen check [--lang nl|en] BESTAND...
training-error-id-taken = Er is al een ingebouwde oefencasus met id `{ $id }`. Geef je casus een ander id.
training-marking = OEFENCASUS — fictief
training-route-open = nog open

## The trainer-notes window (second screen)
training-notes-heading = Trainersnotities
training-notes-round = Ronde { $round } van { $rounds } · { $step }
training-notes-revealed = De feiten staan op het scherm.
training-notes-hidden = De feiten zijn nog verborgen.
training-notes-notes = Wat de meldcode hier vraagt
training-notes-mistakes = Veelgemaakte fouten
training-notes-questions = Gespreksvragen
training-notes-waiting = Open een oefencasus in de presentatie; de notities van de ronde verschijnen hier.
training-notes-off = Oefenmodus staat uit. Sluit dit venster.

## Oefenmodus screens
training-entry-title = Oefenmodus
training-entry-body = Oefen met verzonnen casussen, bijvoorbeeld in een teamtraining. Je hebt geen wachtwoord nodig en er wordt niets bewaard.
training-entry-button = Oefenmodus openen
training-entered = Oefenmodus staat aan. Alles is verzonnen en wordt niet bewaard.
training-left = Oefenmodus is gesloten. Alles uit de oefensessie is weg.
training-home-title = Oefenmodus
training-home-intro = Verzonnen casussen voor een meldcodetraining. Zolang je oefent, blijft je kluis vergrendeld. Niets wordt bewaard: als je oefenmodus verlaat, is alles weg.
training-leave = Oefenmodus verlaten
training-cases-title = Oefencasussen
training-case-fields-label = Werkvelden
training-case-rounds-label = Rondes
training-case-builtin = Meegeleverd
training-case-imported = Eigen bestand
training-case-dutch-only = Alleen in het Nederlands
training-present = Presenteren
training-compare = Werkvelden naast elkaar
training-import-title = Eigen casusbestand openen
training-import-warning = Een casusbestand mag nooit echte cliëntgegevens bevatten. Gebruik alleen verzonnen namen, plaatsen en details.
training-import-hint = Het formaat staat in content/training/README.md. Controleer een bestand vooraf met meldwijzer-oefen check.
training-import-choose = Kies een casusbestand…
training-import-problems = Dit bestand kan niet worden geopend. Wat er mis is:
training-import-done = Casus geopend. Je vindt hem onderaan de lijst.

## Presenter view
training-controls-label = Bediening van de presentatie
training-round-label = Ronde
training-step-label = Stap
training-facts-title = Wat je nu weet
training-facts-hidden = De feiten van deze ronde zijn nog verborgen. Druk op O of kies Onthullen.
training-questions-title = Bespreek
training-prev = Vorige ronde
training-next = Volgende ronde
training-reveal = Onthullen
training-hide = Verbergen
training-reset = Opnieuw beginnen
training-smaller = Tekst kleiner
training-larger = Tekst groter
training-fullscreen = Volledig scherm
training-notes-open = Trainersnotities
training-close-presenter = Sluiten
training-keys = Toetsen: → volgende · ← vorige · O onthullen · Home opnieuw · Ctrl + / Ctrl − tekstgrootte · F volledig scherm · Esc sluiten
training-source-notes-title = Over deze casus
training-sources-title = Bronnen

## Side-by-side fields
training-compare-title = Werkvelden naast elkaar
training-compare-intro = Dezelfde casus, elk werkveld met zijn eigen afwegingskader. Meldwijzer berekent elke route; waar de routes verschillen, staat ≠.
training-compare-after-round = Na ronde
training-compare-kader = Afwegingskader
training-compare-other-route = Route buiten de vijf stappen
training-compare-next = Hierna
training-compare-melden = Beslissing 1: melden?
training-compare-hulp = Beslissing 2: hulp bieden of organiseren?
training-compare-meldnormen = Meldnormen
training-compare-missing = Nog niet gedaan in stap 2
training-compare-differs = verschilt
training-compare-no-answers = Nog geen afweging beantwoord.
training-back-to-presenter = Naar de presentatie
training-back = Terug naar de oefencasussen
