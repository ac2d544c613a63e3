# Packs (organisatie- en regiopakketten): the checker's messages (shared by the app and meldwijzer-pack)
# and the pack screens. The texts of a pack itself are in the pack file (content/packs/README.md).

## Problems in a pack. Location (file, line, column) is printed before the message.
pack-error-read = Dit bestand kan niet worden gelezen. Bestaat het, en mag je het openen?
pack-error-too-large = Het bestand is te groot: een pakket is hoogstens { $max } KB.
pack-error-not-utf8 = Hier staat een teken dat geen UTF-8 is. Sla het bestand op als UTF-8.
pack-error-empty-file = Het bestand is leeg.
pack-error-control-char = Hier staat een onzichtbaar stuurteken. Haal het weg.
pack-error-too-deep = Hier zijn lijsten, tabellen of sleutels te diep genest (meer dan { $max } niveaus).
pack-error-syntax = De TOML klopt hier niet: { $detail }
pack-error-unknown-key = Onbekende sleutel `{ $key }`. Controleer de spelling; het formaat staat in content/packs/README.md.
pack-error-protected = Een pakket mag `{ $key }` niet bevatten: het afwegingskader, de meldnormen en de landelijke nummers komen uit de landelijke meldcode en veranderen niet per organisatie of regio.
pack-error-missing-key = De sleutel `{ $key }` ontbreekt.
pack-error-duplicate-key = Deze sleutel staat hier twee keer.
pack-error-wrong-type = Verkeerd soort waarde: hier hoort { $expected ->
    [text] tekst tussen aanhalingstekens
    [list] een lijst [ … ]
    [bool] true of false
    [number] een heel getal
   *[table] een tabel
  }.
pack-error-format = Dit is geen pakket: `format` moet "{ $expected }" zijn, niet "{ $found }".
pack-error-version = Formaatversie { $found } kan deze Meldwijzer niet lezen; hij leest versie { $supported }.
pack-error-kind = Onbekende soort pakket "{ $found }": kies "organisation" of "region".
pack-error-wrong-part = Een pakket van soort "{ $kind }" heeft geen `[{ $key }]`.
pack-error-id = Het id mag alleen kleine letters, cijfers en streepjes hebben, en hoogstens { $max } tekens.
pack-error-text-empty = Deze tekst is leeg.
pack-error-text-too-long = Deze tekst is te lang: hoogstens { $max } tekens.
pack-error-list-empty = Deze lijst is leeg; zet er minstens één regel in.
pack-error-list-too-long = Deze lijst is te lang: hoogstens { $max } regels.
pack-error-date = `{ $key }` moet een datum zijn als "2026-12-31", niet "{ $value }".
pack-error-source = Bron "{ $value }" is geen webadres (https://…) en geen document (document:…).
pack-error-web = Webadres "{ $value }" moet met https:// beginnen.
pack-error-email = "{ $value }" is geen e-mailadres.
pack-error-national-number = Dit is het landelijke nummer ({ $contact }). Dat staat al in Meldwijzer; een pakket zet er geen eigen versie van.
pack-error-national-consultation = Consultatie "{ $id }" bestaat al landelijk. Geef je eigen consultatie een eigen id.
pack-error-duplicate = "{ $id }" staat hier twee keer.
pack-error-unknown-ref = { $kind ->
    [field] Onbekend werkveld
    [step] Onbekend stap-id
    [partner] Onbekende soort partner
   *[other] Onbekend id
  } "{ $id }".
pack-error-no-reach = Zeg hoe de aandachtsfunctionaris te bereiken is: `phone`, `email` of `address` (werkgegevens, nooit die van een cliënt).
pack-error-region-code = "{ $value }" is geen code van een Veilig Thuis-regio (zoals "VT03").
pack-error-no-veilig-thuis = Een regiopakket noemt de Veilig Thuis-organisatie van de regio (een partner met kind = "veilig-thuis").
pack-error-review-before = De herzieningsdatum ligt niet na `valid_from`.
pack-error-review-far = De herzieningsdatum ligt te ver weg: hoogstens { $years } jaar na `valid_from`.
pack-error-review-past = De herzieningsdatum ({ $date }) is voorbij. Laat het pakket eerst nakijken en opnieuw ondertekenen.
pack-error-signature-bad = De handtekening klopt niet: het pakket is na het ondertekenen veranderd, of de handtekening hoort bij een ander bestand.
pack-error-signature-malformed = Deze handtekeningregel is onleesbaar, of staat niet als laatste regel in het bestand.

## meldwijzer-pack
pack-problem-at = { $file }:{ $line }:{ $col }: { $message }
pack-problem-file = { $file }: { $message }
pack-check-ok = { $file }: in orde ({ $kind ->
    [organisation] organisatiepakket
   *[region] regiopakket
  } "{ $name }", te herzien vóór { $review }{ $unconfirmed ->
    [0] {""}
   *[other] , { $unconfirmed } niet bevestigd
  }).
pack-check-signed = { $file }: ondertekend met sleutel { $fingerprint }{ $dev ->
    [yes] {" "}(ontwikkelsleutel, alleen voor tests)
   *[no] {""}
  }.
pack-check-unsigned = { $file }: niet ondertekend. Onderteken het met: meldwijzer-pack sign { $file } --key SLEUTEL
pack-check-usage = Gebruik: meldwijzer-pack check [--lang nl|en] BESTAND...  |  meldwijzer-pack sign BESTAND --key SLEUTEL  |  meldwijzer-pack keygen SLEUTEL
pack-sign-ok = { $file }: ondertekend met sleutel { $fingerprint }.
pack-sign-bad-key = { $file }: dit is geen sleutelbestand van meldwijzer-pack keygen.
pack-sign-write = { $file }: kan niet worden geschreven.
pack-keygen-ok = Nieuwe sleutel in { $file }, vingerafdruk { $fingerprint }. Houd dit bestand geheim; deel alleen de vingerafdruk.
pack-keygen-exists = { $file } bestaat al; kies een andere naam.

## The app
pack-line = Pakket: { $organisation } · { $region }

## The packs screens (ui/src/views/packs.js)
packs-title = Pakketten van je organisatie en regio
packs-body = Een pakket voegt de meldcode van je eigen organisatie of de partners in je regio toe: wie je aandachtsfunctionaris is, wie je belt, wat er na een melding gebeurt. Het verandert niets aan het afwegingskader of de meldnormen. Je aandachtsfunctionaris geeft het je, ondertekend.
packs-empty = Nog geen pakket ingelezen.
packs-import = Pakket inlezen…
packs-close = Sluiten
packs-remove = Verwijderen
packs-removed = Pakket verwijderd.
packs-imported = Ingelezen:
packs-open = Pakketten
packs-none = Geen pakket van je organisatie of regio.
packs-kind-region = Regio
packs-kind-organisation = Organisatie
packs-publisher = Gemaakt door:
packs-fingerprint = Ondertekend met sleutel
packs-dev-key = ontwikkelsleutel, alleen voor tests
packs-unsigned = Niet ondertekend
packs-review-by = Te herzien vóór
packs-unconfirmed-count = niet bevestigd:
packs-past-review = Verlopen: herzieningsdatum voorbij
packs-preview-title = Controleer voor je inleest:
packs-unsigned-warning = Dit pakket is niet ondertekend. Je kunt niet nagaan wie het maakte of of iemand het veranderde. Lees het alleen in als je zeker weet waar het vandaan komt.
packs-dev-key-warning = Dit pakket is ondertekend met de ontwikkelsleutel van Meldwijzer. Die sleutel is openbaar en bewijst niet wie het maakte: alleen voor tests en voorbeelden.
packs-accept-unsigned = Ik weet waar dit pakket vandaan komt en lees het toch in, zonder handtekening.
packs-confirm = Inlezen
packs-replaces = Dit vervangt het pakket:
packs-not-confirmed = niet bevestigd
packs-phone = Tel.:
packs-email = E-mail:
packs-stale = Let op: de herzieningsdatum van dit pakket is voorbij. Controleer de gegevens bij je aandachtsfunctionaris:
packs-inform = Informeer:
packs-dossier = Dossier:
packs-step2-title = Overleg met je aandachtsfunctionaris
packs-local-title = In jouw organisatie en regio
packs-af-title = Je aandachtsfunctionaris
packs-consultations-title = Overleg in je organisatie
packs-vt-title = Veilig Thuis in je regio
packs-next-title = Wat er daarna gebeurt in
packs-partners-title = Partners in je regio
packs-route-title = De route in je organisatie
packs-notes-title = Uit de meldcode van je organisatie
packs-acute-title = Centrum Seksueel Geweld in
av-organisation-from-pack = Vul in uit je pakket:
