# Meldwijzer — foutmeldingen. Eén bericht per code in crates/app/src/error.rs (CODES).
# Helder en vriendelijk: zeg wat er aan de hand is en wat je kunt doen. Nooit verwijtend.
# Er komt nooit tekst uit een casus in een foutmelding.

error-alias-empty = Geef de casus een korte naam of code. Gebruik niet de echte naam van de cliënt.
# Variables:
#   $max (Number) - het grootste aantal tekens
error-alias-too-long = Deze naam is te lang. Gebruik hoogstens { $max } tekens.
# Variables:
#   $max (Number) - het grootste aantal tekens
error-text-too-long = Deze tekst is te lang. Kort hem in tot hoogstens { $max } tekens.
# Variables:
#   $what (String) - welk veld leeg is: fact, told-by of words
error-required =
    { $what ->
        [fact] Beschrijf wat je zag of hoorde.
        [told-by] Vul in wie het vertelde.
        [words] Schrijf de letterlijke woorden op.
       *[other] Vul dit veld in.
    }
# Variables:
#   $kind (String) - soort keuze (intern, niet getoond)
#   $id (String) - de onbekende keuze (intern, niet getoond)
error-unknown-id = Deze keuze kent Meldwijzer niet. Kies een van de mogelijkheden uit de lijst.
error-no-such-item = Dit onderdeel staat niet (meer) in de casus. Open de casus opnieuw en probeer het nog eens.
error-reason-required = Je beslissing wijkt af van de route van het afwegingskader. Dat kan; schrijf op waarom je zo beslist.
error-case-closed = Deze casus is afgesloten. Heropen hem eerst als je iets wilt wijzigen.
error-postpone-not-offered = Het gesprek uitstellen kan alleen bij vormen van geweld waarbij je eerst Veilig Thuis of de politie raadpleegt, zoals seksueel misbruik of huwelijksdwang. Leg zo'n vorm vast in stap 1, of kies een andere mogelijkheid voor het gesprek.
error-reason-empty = Schrijf kort op waarom. Die reden hoort in je verslaglegging.
error-case-not-found = Deze casus is niet gevonden. Misschien is hij verwijderd. Ga terug naar het overzicht van je casussen.
# Variables:
#   $language (String) - de gevraagde taalcode
error-language-unknown = De taal ‘{ $language }’ is niet beschikbaar. Kies Nederlands of English.
error-settings-write = Meldwijzer kon je taalkeuze niet onthouden. De app werkt gewoon verder; bij de volgende start kies je de taal misschien opnieuw.
error-storage = Opslaan is niet gelukt. Wat je hebt ingevuld, staat nog op het scherm. Probeer het opnieuw.
error-content = De ingebouwde meldcode-inhoud van Meldwijzer is beschadigd. Installeer Meldwijzer opnieuw.
