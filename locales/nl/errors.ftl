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
error-kindcheck-not-started = Start eerst de Kindcheck.
error-kindcheck-not-closable = Je kunt de Kindcheck alleen afsluiten als de uitkomst is dat er geen zorg is over kinderen. Volg anders de stappen van de meldcode.
error-no-acute-route = Er is geen acute situatie om te bevestigen.
error-drafts-out-of-range = Je concepten konden niet worden bewaard. Voeg eerst toe wat je hebt getypt.
error-safety-plan-out-of-range = Je kunt hoogstens drie onveilige situaties vastleggen. Een veiligheidsschaal loopt van 0 tot 10.
error-case-not-found = Deze casus is niet gevonden. Misschien is hij verwijderd. Ga terug naar het overzicht van je casussen.
# Variables:
#   $language (String) - de gevraagde taalcode
error-language-unknown = De taal ‘{ $language }’ is niet beschikbaar. Kies Nederlands of English.
error-settings-write = Meldwijzer kon je instelling niet onthouden. De app werkt gewoon verder; bij de volgende start stel je het misschien opnieuw in.
error-storage = Opslaan is niet gelukt. Wat je hebt ingevuld, staat nog op het scherm. Probeer het opnieuw.
error-content = De ingebouwde meldcode-inhoud van Meldwijzer is beschadigd. Installeer Meldwijzer opnieuw.

# ---- De kluis ----

error-vault-locked = Je kluis is vergrendeld. Ontgrendel hem eerst met je wachtwoord.
error-vault-not-found = Meldwijzer vindt je kluis niet. Er is niets veranderd.
error-vault-exists = Er is al een kluis. Ontgrendel die met je wachtwoord.
error-wrong-passphrase = Dit wachtwoord klopt niet. Er is niets veranderd.
error-wrong-recovery-key = Deze herstelsleutel klopt niet. Er is niets veranderd.
error-recovery-key-malformed = Deze herstelsleutel is niet goed overgetypt. Kijk elk teken na.
error-no-recovery-key = Voor deze kluis is geen herstelsleutel gemaakt.
# Variables:
#   $min (Number) - het kleinste aantal tekens
error-passphrase-too-short = Dit wachtwoord is te kort. Gebruik minstens { $min } tekens.
error-passphrase-weak = Dit wachtwoord is te makkelijk te raden. { $hint }
passphrase-hint-repeated = Herhaal niet steeds hetzelfde teken of stukje.
passphrase-hint-keyboard = Een rij toetsen naast elkaar is makkelijk te raden.
passphrase-hint-common = Dit wachtwoord gebruiken veel mensen.
passphrase-hint-sequence = Een reeks als abc of 6543 is makkelijk te raden.
passphrase-hint-dates = Jaartallen en datums zijn makkelijk te raden.
passphrase-hint-names = Namen zijn makkelijk te raden.
passphrase-hint-tricks = Hoofdletters of een cijfer in plaats van een letter maken het niet veel sterker.
passphrase-hint-more-words = Gebruik een paar woorden die niet vaak samen voorkomen, bijvoorbeeld een korte zin die alleen jij kent.
# Variables:
#   $seconds (Number) - hoeveel seconden je moet wachten
error-too-many-attempts = Te veel pogingen na elkaar. Wacht { $seconds } seconden en probeer het dan opnieuw.
error-vault-newer = Deze kluis is gemaakt met een nieuwere Meldwijzer. Deze oudere versie kan hem niet openen. Er is niets veranderd.
error-vault-already-open = Meldwijzer is al open op deze computer. Gebruik dat venster.
error-vault-corrupt = Een deel van je kluis is beschadigd en kan niet worden gelezen. Er is niets veranderd.
error-disk-full = De schijf is vol. Wat je hebt ingevuld, staat nog op het scherm. Maak ruimte vrij en probeer het opnieuw.
error-read-only = Meldwijzer kan niet schrijven op deze schijf. Wat je hebt ingevuld, staat nog op het scherm.
error-idle-minutes-range = Kies een tijd van { $min } tot { $max } minuten.
error-retention-days-range = Kies een termijn van { $min } tot { $max } dagen.
error-follow-up-open = Deze casus heeft nog een vervolgmoment op { $date }. Vernietigen kan pas daarna.
error-import-file = Dit bestand kan Meldwijzer niet lezen: het is geen casusbestand of het is beschadigd. Er is niets ingelezen.
error-import-passphrase = Dit wachtwoord past niet bij dit bestand. Er is niets ingelezen.
error-import-format = Dit bestand bevat geen casus die Meldwijzer kent. Er is niets ingelezen.
error-import-newer = Dit bestand komt uit een nieuwere Meldwijzer. Werk Meldwijzer bij en probeer het opnieuw. Er is niets ingelezen.
error-import-work = Dit bestand vraagt te veel rekenwerk om te openen en is geweigerd. Er is niets ingelezen.
error-import-exists = Deze casus staat al in je kluis. Er is niets ingelezen.
error-export-write = Meldwijzer kon het bestand niet opslaan. Kies een andere plek en probeer het opnieuw.
error-training-off = Oefenmodus staat niet aan. Open oefenmodus opnieuw vanaf het startscherm.
error-training-case-not-found = Deze oefencasus bestaat niet (meer) in deze oefensessie.
error-adviesvraag-out-of-range = Noem hoogstens { $max } zorgen, hoogstens 20 gezinsleden en leeftijden tot 120 jaar.
error-output-language = Die taal kent Meldwijzer niet voor uitvoer.
error-summary-off = De samenvatting in eenvoudige taal staat uit. Zet haar aan als je haar samen met de cliënt schrijft.
error-summary-unsafe = Geen samenvatting in eenvoudige taal, omdat dit is vastgelegd: { $recorded }. Een papier dat thuis gevonden wordt, kan de cliënt dan in gevaar brengen.
error-output-inzage = { $file } kan worden ingezien door { $readers }. Deze notitie wordt daarom niet gemaakt: { $reasons }. Je kunt een beperkte notitie maken met alleen wat veilig is; het volledige verslag leg je vast waar de vermoedelijke pleger het niet kan lezen.
error-output-not-for-field = Deze notitie is er alleen voor: { $fields }.
error-clipboard = Kopiëren lukte niet: het klembord is niet bereikbaar. Selecteer de tekst en kopieer zelf.
error-pdf-folder = Die map bestaat niet (meer). Kies een andere plek. Er is niets opgeslagen.
error-pdf-write = Meldwijzer kon de PDF niet opslaan. Kies een andere plek en probeer het opnieuw. Er is niets opgeslagen.
error-pdf-render = Meldwijzer kon de PDF niet maken. Kopieer de tekst zolang naar je eigen systeem. Er is niets opgeslagen.
error-pdf-too-long = Deze tekst wordt { $pages } pagina’s, meer dan de { $max } die een PDF mag hebben. Maak de tekst korter of kopieer hem. Er is niets opgeslagen.
error-output-not-for-case = Deze uitvoer hoort niet bij dit soort casus. Bij een informatieverzoek maak je alleen de vastlegging voor het dossier.
error-not-an-info-request = Deze casus is niet gestart als informatieverzoek.

error-separate-talk-required = Leg eerst in stap 3 een gesprek vast dat je apart met iemand voerde. Pas na aparte gesprekken kun je vastleggen dat dwingende controle is uitgesloten.
error-adult-only = Eigen wensen en wilsbekwaamheid leg je vast bij een volwassen cliënt.
error-file-token = Kies het bestand opnieuw. Meldwijzer gebruikt alleen een bestand dat je net zelf hebt gekozen. Er is niets gelezen of geschreven.
error-file-app-folder = Kies een andere map. In de map van Meldwijzer zelf bewaart Meldwijzer niets en leest het niets in.
error-overdracht-not-offered = Bij een informatieverzoek leg je geen overdracht door Veilig Thuis vast.
error-overdracht-out-of-range = Leg hooguit { $max } veiligheidsvoorwaarden en afspraken vast.
error-pack-refused = Dit pakket is geweigerd ({ $count } { $count ->
    [one] probleem
   *[other] problemen
  }):
    { $detail }
error-pack-unsigned = Dit pakket is niet ondertekend. Je kunt het alleen inlezen als je uitdrukkelijk zegt dat je het toch vertrouwt.
error-pack-none-pending = Er is geen pakket gekozen. Kies eerst een pakketbestand.
error-pack-not-found = Dit pakket is niet (meer) ingelezen.
