# Meldwijzer — teksten bij de meldcode-inhoud (content/*.toml). Referentietaal.
# Alle teksten zijn in eigen woorden, behalve de vijf afwegingen (afweging-*-text): die volgen
# letterlijk de officiële formulering van het basisdocument afwegingskader.
# Telefoonnummers staan nooit letterlijk in dit bestand; ze komen uit content/contacts.toml
# als variabelen: $noodnummer, $veilig-thuis, $vertrouwensinspecteur.


# ---- De vijf stappen (content/steps.toml) ----

step-signalen-title = Signalen in kaart brengen
step-signalen-summary = Je brengt de signalen in kaart die je zorg bevestigen of juist ontkrachten, volgens het protocol van je organisatie en zo nodig met een signalenlijst. Heb je een volwassen cliënt, doe dan ook de Kindcheck: zorgt deze cliënt voor minderjarige kinderen? Is er direct gevaar, handel dan meteen.
step-signalen-record = Leg de signalen zo feitelijk mogelijk vast, het liefst wat je zelf zag of hoorde. Komt iets van een ander, noteer dan van wie. Houd je eigen interpretaties apart en noem ze ook zo. Leg ook de contra-indicaties vast: wat het vermoeden tegenspreekt. Bij letsel noteer je de plek en de aard ervan.

step-consultatie-title = Collegiale consultatie en zo nodig Veilig Thuis raadplegen
step-consultatie-summary = Je bespreekt de signalen met een deskundige collega of met de aandachtsfunctionaris. Zo nodig vraag je advies aan Veilig Thuis; dat kan zonder de cliënt bij naam te noemen. Bij letsel kun je een deskundige op het gebied van letselduiding raadplegen, zoals een vertrouwensarts.
step-consultatie-record = Leg vast met wie je overlegde, wanneer, en wat de uitkomst was. Vroeg je advies aan Veilig Thuis, noteer dan dat je dat anoniem deed en wat het advies was.

step-gesprek-title = Gesprek met de betrokkene(n)
step-gesprek-summary = Je bespreekt je zorgen met de betrokkene(n): welke signalen je ziet, hoe zij ertegen aankijken, wat ze zelf al hebben gedaan en of ze hulp willen. Bereid het gesprek voor en blijf bij feiten, niet bij oordelen. Gaat het om een kind, dan spreek je meestal met het kind en met de ouders, en zo mogelijk één keer met het kind alleen.
step-gesprek-record = Maak een verslag van het gesprek: wat je besprak, hoe de betrokkenen reageerden en welke afspraken jullie maakten. Sla je het gesprek over of stel je het uit, leg dan vast waarom. Is het vermoeden weggenomen, noteer dan dat je de meldcode hier afsluit.

step-wegen-title = Wegen van het geweld of de kindermishandeling
step-wegen-summary = Je weegt het risico, de aard en de ernst van het geweld, op basis van wat je in stap 1 tot en met 3 hebt verzameld. Daarvoor gebruik je het afwegingskader van je beroepsgroep. Twijfel je over de volgende stap, raadpleeg dan Veilig Thuis.
step-wegen-record = Leg vast hoe je hebt gewogen en waarop je dat baseert: je antwoord op elke afweging en de feiten en adviezen waar dat antwoord op rust.

step-beslissen-title = Beslissen: melden en/of hulp organiseren
step-beslissen-summary = Je neemt twee beslissingen, in deze volgorde: is melden bij Veilig Thuis noodzakelijk, en is hulp bieden of organiseren (ook) mogelijk? Ga je melden, vertel dat dan vooraf aan de betrokkene(n); je vraagt geen toestemming, je informeert. Is dat niet veilig, overleg dan eerst met Veilig Thuis.
step-beslissen-record = Leg beide beslissingen vast en waarom je zo besliste, en wat je daarna hebt gedaan. Noteer wie je over de melding hebt geïnformeerd, hoe die reageerde en of je aan bezwaren tegemoet kon komen. Kon je iemand niet bereiken, noteer dan je pogingen. Leg ook de afspraken vast die je met Veilig Thuis en met de betrokkenen maakte.


# ---- De vijf afwegingen (content/afwegingskader.toml) ----
# -text: officiële formulering van het basisdocument, letterlijk. Niet herschrijven.
# -label: de korte namen die de KNMG gebruikt.
# -help: eigen woorden.

afweging-vermoeden-label = Vermoeden
afweging-vermoeden-text = Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?
afweging-vermoeden-help = Kijk naar alles wat je in de eerdere stappen hebt verzameld: de signalen, de uitkomst van de consultatie en het gesprek. Heb je daarna nog steeds een vermoeden van huiselijk geweld of kindermishandeling, of van een dreiging daarvan? Is het vermoeden weggenomen, dan sluit je af en leg je vast waarom. Twijfel je? Raadpleeg Veilig Thuis.

afweging-veiligheid-label = Veiligheid
afweging-veiligheid-text = Schat ik op basis van de stappen 1 tot en met 4 van de meldcode in dat er sprake is van acute onveiligheid en/of structurele onveiligheid?
afweging-veiligheid-help = Acute onveiligheid: iemand is nu in direct gevaar en zijn of haar veiligheid is voor de komende uren of dagen niet te garanderen. Daaronder valt ook een kind of afhankelijke volwassene die de meest basale zorg mist, en een onthulling: iemand vertelt je zelf over het geweld. Structurele onveiligheid: onveilige situaties of geweld houden aan of keren steeds terug, en bedreigen de gezondheid, het welzijn of de ontwikkeling. Twijfel je? Raadpleeg Veilig Thuis.

afweging-hulp-label = Hulp
afweging-hulp-text = Ben ik in staat effectieve hulp te bieden of organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?
afweging-hulp-help = Het gaat erom of jij, alleen of samen met anderen, hulp kunt bieden of regelen die het geweld echt stopt. Vraag je af: kun je iemand zo nodig in veiligheid brengen, kun je heldere veiligheidsafspraken maken met de betrokkenen en andere professionals, en heb je genoeg zicht op wat er is gebeurd? Voel je je hiervoor bekwaam? Twijfel je? Raadpleeg Veilig Thuis.

afweging-aanvaarden-label = Acceptatie
afweging-aanvaarden-text = Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?
afweging-aanvaarden-help = Het gaat erom of de betrokkenen de hulp aannemen én zelf willen meewerken om het geweld te stoppen. Denk terug aan het gesprek in stap 3: hoe reageerden ze op je zorgen en op het aanbod van hulp? Twijfel je? Raadpleeg Veilig Thuis.

afweging-resultaat-label = Resultaat
afweging-resultaat-text = Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?
afweging-resultaat-help = Deze vraag beantwoord je later, als de hulp een tijd loopt: plan daar een moment voor. Kijk dan of het geweld binnen de afgesproken tijd is gestopt, of de problemen ernstiger blijken dan gedacht, of doelen op tijd worden gehaald, of het veiligheidsplan vastloopt en of er specialistische hulp nodig is. Twijfel je? Raadpleeg Veilig Thuis.


# ---- Waar de route naar wijst (outcomes) ----
# Getoond naast de beslissingen van stap 5. Nooit een oordeel: zeg waar het afwegingskader op wijst.

outcome-afsluiten = Het afwegingskader wijst op afsluiten: je hebt geen vermoeden (meer). Leg in het dossier vast wat je hebt afgewogen en waarom je afsluit.
outcome-raadpleeg-veilig-thuis = Bij twijfel wijst het afwegingskader op overleg: raadpleeg Veilig Thuis en beantwoord de vraag daarna opnieuw.
outcome-melden-onveilig = Bij acute of structurele onveiligheid wijst het afwegingskader op melden bij Veilig Thuis. De afwegingen 3 tot en met 5 doorloop je daarna samen met Veilig Thuis.
outcome-melden-geen-hulp = Kun je zelf geen effectieve hulp bieden of organiseren, dan wijst het afwegingskader op melden bij Veilig Thuis.
outcome-melden-hulp-niet-aanvaard = Aanvaarden de betrokkenen de hulp niet, of zetten ze zich er niet voor in, dan wijst het afwegingskader op melden bij Veilig Thuis.
outcome-hulp-bieden = Het afwegingskader wijst op hulp bieden of organiseren. Afweging 5 volgt later: plan een moment om te kijken of de hulp tot veiligheid leidt.
outcome-hulp-afsluiten = Leidt de hulp tot veiligheid, dan wijst het afwegingskader op het afsluiten van de hulp. Maak met de betrokkenen en samenwerkingspartners afspraken over hoe jullie de (on)veiligheid in de toekomst blijven volgen.
outcome-opnieuw-melden = Leidt de hulp niet tot veiligheid, dan wijst het afwegingskader op (opnieuw) melden bij Veilig Thuis.


# ---- Meldnormen ----

meldnorm-acuut-structureel = Is er sprake van acute en/of structurele onveiligheid, dan meld je altijd bij Veilig Thuis.
meldnorm-geen-effectieve-hulp = In alle andere gevallen meld je als je, gezien je eigen deskundigheid, verantwoordelijkheid en professionele grenzen, geen effectieve hulp kunt bieden of organiseren.
meldnorm-onveiligheid-stopt-niet = Bied je hulp en zie je dat de onveiligheid niet stopt of terugkomt, dan meld je alsnog.


# ---- Beslissingen van stap 5 ----

decision-melden-text = Beslissing 1: Is melden noodzakelijk?
decision-hulp-text = Beslissing 2: Is hulp bieden of organiseren (ook) mogelijk? Hulp komt naast een melding, nooit in plaats van een melding die nodig is.


# ---- Afwegingskaders per beroepsgroep ----

kader-onderwijs-label = Afwegingskader onderwijs en leerplicht
kader-onderwijs-note = Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument, omdat de precieze formulering van het afwegingskader onderwijs en leerplicht niet in Meldwijzer is opgenomen. Raadpleeg bij twijfel het afwegingskader van je eigen beroepsgroep.

kader-knmg-label = KNMG-meldcode (artsen)
kader-knmg-note = Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument, omdat de precieze formulering van de KNMG niet in Meldwijzer is opgenomen. Als arts vraag je in stap 2 advies aan Veilig Thuis; sinds 2023 overleg je daarnaast met een collega. Artsen hebben een meldrecht, geen meldplicht.

kader-jeugd-sociaal-label = Afwegingskader jeugd- en gezinsprofessionals en sociaal werkers (NVO, NIP, BPSW)
kader-jeugd-sociaal-note = Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument, omdat de precieze formulering van dit afwegingskader niet in Meldwijzer is opgenomen. Raadpleeg bij twijfel het afwegingskader van je eigen beroepsgroep.

kader-kinderopvang-label = Afwegingskader kinderopvang
kader-kinderopvang-note = Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument, omdat de precieze formulering van het afwegingskader kinderopvang niet in Meldwijzer is opgenomen. Raadpleeg bij twijfel het afwegingskader van je eigen beroepsgroep.
kader-vvn-label = Afwegingskader verpleging en verzorging (V&VN)
kader-vvn-note = De eigen formulering van dit afwegingskader is nog niet gecontroleerd en niet in Meldwijzer opgenomen. Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument. Raadpleeg het afwegingskader van je eigen beroepsgroep.
kader-ggz-label = Afwegingskader ggz
kader-ggz-note = De eigen formulering van dit afwegingskader is nog niet gecontroleerd en niet in Meldwijzer opgenomen. Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument. Raadpleeg het afwegingskader van je eigen beroepsgroep.
kader-knov-label = Afwegingskader verloskunde (KNOV)
kader-knov-note = De eigen formulering van dit afwegingskader is nog niet gecontroleerd en niet in Meldwijzer opgenomen. Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument. Raadpleeg het afwegingskader van je eigen beroepsgroep.
kader-jgz-label = Afwegingskader jeugdgezondheidszorg (JGZ)
kader-jgz-note = De eigen formulering van dit afwegingskader is nog niet gecontroleerd en niet in Meldwijzer opgenomen. Meldwijzer toont de vijf afwegingen in de woorden van het basisdocument. Raadpleeg het afwegingskader van je eigen beroepsgroep. Een JGZ-arts volgt daarnaast de KNMG-meldcode.


# ---- Werkveld ----

field-onderwijs = Onderwijs
field-arts = Arts of huisarts
field-sociaal-werk = Sociaal werk of wijkteam
field-kinderopvang = Kinderopvang
field-jeugdhulp = Jeugdhulp
field-verpleging-verzorging = Verpleging en verzorging (ouderenzorg, thuiszorg)
field-ggz = Geestelijke gezondheidszorg (ggz)
field-verloskunde = Verloskunde
field-jgz = Jeugdgezondheidszorg (JGZ)
field-huisartsenpost = Huisartsenpost of spoedpost (arts)


# ---- Over wie gaat je zorg ----

subject-baby = Baby of jong kind (0–4 jaar)
subject-kind = Kind (4–12 jaar)
subject-jongere = Jongere (12–18 jaar)
subject-ouder-van-kinderen = Volwassene die voor kinderen zorgt of zwanger is
subject-volwassene = Volwassene
subject-oudere = Oudere


# ---- Wie vermoed je ----

suspect-huiselijke-kring = Iemand uit het gezin, de familie of het netwerk
suspect-huiselijke-kring-note = Ook een broer of zus hoort bij de huiselijke kring.
suspect-afhankelijk-buiten-gezin = Iemand buiten het gezin van wie het kind afhankelijk is, zoals een trainer, oppas of uitbuiter
suspect-medewerker = Een medewerker, stagiair of vrijwilliger van je eigen organisatie
suspect-ander-kind = Een ander kind of een andere leerling


# ---- Stap 2: met wie je overlegt ----

consultation-collega = Een deskundige collega
consultation-aandachtsfunctionaris = De aandachtsfunctionaris
consultation-veilig-thuis-advies = Veilig Thuis (advies, anoniem)
consultation-veilig-thuis-advies-note = Het advies is anoniem over de cliënt: je noemt geen naam of andere gegevens waaraan iemand te herkennen is. Veilig Thuis vraagt wel wie jij bent. Leg in het dossier vast dat je advies hebt gevraagd.
consultation-letselduiding = Deskundige letselduiding (vertrouwensarts of forensisch arts)


# ---- Stap 3: redenen om het gesprek over te slaan ----

skip-gevaar-client = Het gesprek brengt de cliënt of anderen ernstig in gevaar
skip-gevaar-zelf = Het gesprek brengt jou of je collega's in gevaar
skip-geen-contact = Er is geen contact gelukt, ondanks redelijke pogingen


# ---- Stap 3: gesprek uitstellen tot ----

postpone-veilig-thuis = Tot je Veilig Thuis hebt geraadpleegd
postpone-politie = Tot je de politie hebt geraadpleegd


# ---- Wie zei de letterlijke woorden (stap 1) ----

speaker-betrokkene = Het kind of het mogelijke slachtoffer zelf
speaker-ouder = Een ouder of verzorger
speaker-vermoedelijke-pleger = De vermoedelijke pleger
speaker-ander = Iemand anders (een broer of zus, buur, collega)


# ---- Vormen van geweld ----

form-lichamelijk = Lichamelijke mishandeling
form-verwaarlozing = Verwaarlozing
form-psychisch = Psychische of emotionele mishandeling
form-getuige-partnergeweld = Getuige van partnergeweld
form-partnergeweld = Partnergeweld
form-intieme-terreur = Intieme terreur (dwingende controle)
form-ouderenmishandeling = Ouderenmishandeling
form-seksueel-misbruik = Seksueel misbruik
form-eergerelateerd-geweld = Eergerelateerd geweld
form-huwelijksdwang = Huwelijksdwang
form-achterlating = Achterlating
form-vgv = Vrouwelijke genitale verminking (VGV)
form-kindhuwelijk = Kindhuwelijk (een huwelijk met een minderjarige)
form-mensenhandel = Mensenhandel en loverboyproblematiek
form-stalking = Stalking


# ---- Acuut ----

# Variables:
#   $noodnummer (String) - het alarmnummer, uit content/contacts.toml
acute-direct-gevaar = Direct gevaar? Bel { $noodnummer }.
# Variables:
#   $veilig-thuis (String) - het landelijke nummer van Veilig Thuis, uit content/contacts.toml
acute-veilig-thuis = Veilig Thuis: { $veilig-thuis }, gratis, dag en nacht.
# Variables:
#   $centrum-seksueel-geweld (String) - uit content/contacts.toml
acute-seksueel-geweld = Seksueel geweld, minder dan een week geleden? Centrum Seksueel Geweld: { $centrum-seksueel-geweld }, gratis, dag en nacht. Voor medische, forensische en psychische hulp. Hoe eerder, hoe beter.
# Variables:
#   $politie-geen-spoed (String) - uit content/contacts.toml
acute-zedenpolitie = Vermoeden van een zedendelict, zonder spoed? Via de politie ({ $politie-geen-spoed }) kun je de zedenpolitie raadplegen. Bij direct gevaar bel je { $noodnummer }.


# ---- Als iemand je iets vertelt (onthulling) ----

disclosure-guidance-letterlijk = Schrijf letterlijk op wat het kind of de volwassene zei, in zijn of haar eigen woorden. Noteer ook wat jij vlak daarvoor vroeg of zei.
disclosure-guidance-niet-sturen = Stel geen sturende vragen en vul niets voor de ander in. Luister rustig en laat het verhaal bij de ander.
disclosure-guidance-geen-geheim = Beloof nooit dat je het geheimhoudt. Vertel eerlijk wat je hierna gaat doen, en dat jullie samen hulp gaan zoeken.
# Variables:
#   $veilig-thuis (String) - het landelijke nummer van Veilig Thuis
#   $noodnummer (String) - het alarmnummer
disclosure-guidance-volgende-stap = Overleg daarna met je aandachtsfunctionaris of met Veilig Thuis ({ $veilig-thuis }). Is er direct gevaar, bel dan { $noodnummer }.


# ---- Routes buiten de vijf stappen (content/routes.toml) ----

route-medewerker-onderwijs-title = Vermoeden tegen een medewerker van de school
route-medewerker-onderwijs-intro = De meldcode gaat over geweld in de huiselijke kring. Gaat je vermoeden over een medewerker, stagiair of vrijwilliger van de school, dan geldt een eigen route. Bij een zedendelict tegen een minderjarige leerling heb je in het po, vo en mbo een meldplicht. Vermoed je daarnaast ook geweld of mishandeling thuis, doorloop dan ook de vijf stappen.
route-medewerker-onderwijs-1 = Vermoed je een zedendelict tegen een minderjarige leerling? Licht dan zelf direct het bevoegd gezag (het schoolbestuur) in. Die plicht heeft iedere medewerker, niet alleen de directie.
# Variables:
#   $vertrouwensinspecteur (String) - het nummer van de vertrouwensinspecteur
route-medewerker-onderwijs-2 = Het bevoegd gezag overlegt direct met de vertrouwensinspecteur ({ $vertrouwensinspecteur }, op werkdagen tijdens kantooruren). Is er een redelijk vermoeden, dan doet het bevoegd gezag aangifte bij de politie en licht het de ouders in.
route-medewerker-onderwijs-3 = Gaat het om ander geweld dan een zedendelict, volg dan het eigen protocol van de school.

route-medewerker-kinderopvang-title = Vermoeden tegen een medewerker van de kinderopvang
route-medewerker-kinderopvang-intro = De meldcode gaat over geweld in de huiselijke kring. Vermoed je dat iemand die in de kinderopvang werkt een geweld- of zedendelict pleegt tegen een kind, dan geldt de meld-, overleg- en aangifteplicht. Dat geldt voor iedereen die er werkt: ook een stagiair of vrijwilliger, en bij een gastouder ook een huisgenoot. Vermoed je daarnaast ook geweld of mishandeling thuis, doorloop dan ook de vijf stappen.
route-medewerker-kinderopvang-1 = Meld je vermoeden direct bij de houder.
# Variables:
#   $vertrouwensinspecteur (String) - het nummer van de vertrouwensinspecteur
route-medewerker-kinderopvang-2 = De houder overlegt met de vertrouwensinspecteur ({ $vertrouwensinspecteur }) en doet aangifte bij de politie als dat het advies is.
route-medewerker-kinderopvang-3 = Vermoed je de houder zelf? Ga dan zelf naar de politie.

route-medewerker-zorg-title = Vermoeden tegen een medewerker van je eigen organisatie
route-medewerker-zorg-intro = De meldcode gaat over geweld in de huiselijke kring. Vermoed je geweld tegen een cliënt door iemand die voor je eigen organisatie werkt, dan meldt de organisatie dat bij de inspectie of de toezichthouder. Vermoed je daarnaast ook geweld of mishandeling thuis, doorloop dan ook de vijf stappen.
route-medewerker-zorg-1 = Vertel het eerst aan je leidinggevende of aan het bestuur van je organisatie.
route-medewerker-zorg-2 = De organisatie meldt het zonder uitstel: in de zorg bij de IGJ (Wkkgz), in de jeugdhulp bij de inspectie (Jeugdwet), bij Wmo-ondersteuning bij de toezichthouder van de gemeente, vaak de GGD.
route-medewerker-zorg-3 = Volg de eigen procedure van je organisatie en leg vast wat je zag en aan wie je het hebt verteld.

route-ander-kind-title = Geweld of seksueel gedrag tussen kinderen
route-ander-kind-intro = De meldcode gaat over geweld in de huiselijke kring. Seksueel gedrag tussen kinderen, of geweld door een ander kind, pak je aan via de eigen route van je organisatie. Vermoed je dat er thuis geweld of mishandeling achter het gedrag zit, doorloop dan ook de vijf stappen.
route-ander-kind-1 = Beschrijf het gedrag feitelijk. Gaat het om seksueel gedrag, beoordeel het dan bijvoorbeeld met het Vlaggensysteem.
route-ander-kind-2 = Volg de route die je organisatie hiervoor heeft.
route-ander-kind-3 = Bespreek het met je aandachtsfunctionaris, ook de vraag of er thuis iets speelt.
route-ander-kind-4 = Licht de ouders van beide kinderen in. Vermoed je dat er thuis geweld achter het gedrag zit, overleg dan eerst met je aandachtsfunctionaris. Een school of kinderopvang kan de vertrouwensinspecteur ({ $vertrouwensinspecteur }) om advies vragen.


# ---- Bijzondere vormen: wat je eerst doet (content/case.toml, form.note) ----

form-seksueel-misbruik-note = Overleg eerst met Veilig Thuis of de politie, voordat je met het kind of de ouders praat. Een gesprek kan het kind in gevaar brengen of een strafrechtelijk onderzoek hinderen. Ook online gedrag telt: sinds 1 juli 2024 zijn bijvoorbeeld grooming en sexchatting met een minderjarige strafbaar (Wet seksuele misdrijven).
form-eergerelateerd-geweld-note = Overleg eerst met Veilig Thuis of met de aandachtsfunctionaris eergerelateerd geweld van de politie, voordat je met betrokkenen praat. Een gesprek kan het slachtoffer in gevaar brengen. Spreek familieleden apart.
form-huwelijksdwang-note = Overleg eerst met Veilig Thuis of met de aandachtsfunctionaris eergerelateerd geweld van de politie, voordat je met betrokkenen praat. Een gesprek kan het slachtoffer in gevaar brengen. Spreek familieleden apart. Huwelijksdwang treft meisjes en jongens.
form-achterlating-note = Overleg eerst met Veilig Thuis of met de aandachtsfunctionaris eergerelateerd geweld van de politie, voordat je met betrokkenen praat. Achterlating treft meisjes en jongens, en gebeurt vaak rond de zomervakantie: let op een reis die op komst is.
form-kindhuwelijk-note = Een huwelijk met een minderjarige is in Nederland niet toegestaan, ook niet als het religieus of in het buitenland gesloten is. Overleg eerst met Veilig Thuis of met de aandachtsfunctionaris eergerelateerd geweld van de politie, voordat je met betrokkenen praat.
form-mensenhandel-note = Bij mensenhandel en loverboyproblematiek wordt iemand onder dwang uitgebuit, bijvoorbeeld seksueel of crimineel. De uitbuiter is vaak geen familie: ook dan volg je de vijf stappen. Overleg eerst met Veilig Thuis of de politie, voordat je met betrokkenen praat.
form-stalking-note = Stalking begint vaak na een scheiding en is een escalatiesignaal bij intieme terreur. Leg elk voorval gedateerd vast.
form-vgv-note = Bij VGV is het uitgangspunt van de ketenaanpak: altijd melden, tenzij. Overleg met de aandachtsfunctionaris VGV van Veilig Thuis of de GGD. Is het risico acuut, bijvoorbeeld omdat een meisje deze week naar het buitenland gaat? Neem dan direct contact op met Veilig Thuis én de politie, en doorloop de stappen versneld, zo mogelijk binnen een uur.


# ---- Acute situaties bij kinderen (content/acute.toml, situation) ----

situation-baby-letsel = Een baby die nog niet kruipt of loopt, heeft blauwe plekken of ander letsel
situation-baby-letsel-note = Wie niet loopt, kan niet stoten: blauwe plekken bij een baby die zich nog niet zelf verplaatst, zijn een sterk signaal. Laat het letsel duiden door de vertrouwensarts van Veilig Thuis of door een forensisch kinderarts.
situation-bang-naar-huis = Een kind is bang om naar huis te gaan, of zegt dat het thuis pijn wordt gedaan
situation-vertrek-buitenland = Een kind of jongere gaat binnenkort naar het buitenland, vaak voor de zomervakantie, en er zijn signalen van VGV, huwelijksdwang, een kindhuwelijk of achterlating
situation-vertrek-buitenland-note = Neem direct contact op met Veilig Thuis en met de politie. Huwelijksdwang en achterlating treffen meisjes en jongens. Gaat het om VGV en vertrekt het meisje binnenkort, doorloop de stappen dan versneld, zo mogelijk binnen een uur.
situation-onthulling = Een kind of een afhankelijke volwassene vertelt je over geweld (onthulling)
situation-onthulling-note = Een onthulling wijst vaak op een acute crisis en op angst om de eigen veiligheid. Leg de woorden letterlijk vast en beloof geen geheimhouding.


# ---- Escalatiesignalen bij partnergeweld (content/acute.toml, red_flag) ----

red-flag-wurging = (Poging tot) wurging of verstikking
red-flag-wurging-note = Adviseer medisch en forensisch onderzoek, ook als er geen letsel te zien is: letsel door wurging is vaak niet zichtbaar. Ging het samen met seksueel geweld, verwijs dan naar het Centrum Seksueel Geweld ({ $centrum-seksueel-geweld }).
red-flag-gedwongen-seks = Gedwongen seks door de (ex-)partner
red-flag-gedwongen-seks-note = Adviseer medische en forensische hulp via het Centrum Seksueel Geweld ({ $centrum-seksueel-geweld }), het liefst binnen een week.
red-flag-doodsbedreiging = Bedreiging met de dood: van de partner, de kinderen, of dreigen met zelfdoding
red-flag-wapens = Wapens: bezit, dreigen of gebruik
red-flag-scheiding = Een recente of geplande scheiding
red-flag-scheiding-note = Een scheiding is een moment met een hoog risico. Het geweld gaat na een scheiding vaak door, bijvoorbeeld met stalking.
red-flag-stalking = Stalking: achtervolgen, controleren, lastigvallen
red-flag-zwangerschap = Geweld tijdens de zwangerschap
red-flag-zwangerschap-note = In de zwangerschap begint partnergeweld vaak, of het escaleert.
red-flag-toename = Het geweld komt vaker voor of wordt ernstiger
red-flag-extreme-angst = Het slachtoffer is extreem bang


# ---- Notities per stap, per werkveld of voor volwassenen (content/notes.toml) ----

note-arts-consultatie = Als arts vraag je in stap 2 advies aan Veilig Thuis, anoniem over de patiënt. Sinds de herziening van 2023 overleg je daarnaast met een collega. Doe je een van beide niet, leg dan vast waarom.
note-arts-meldrecht = Als arts heb je een meldrecht, geen meldplicht. Je mag melden zonder toestemming van de patiënt en daarvoor je beroepsgeheim doorbreken (Wmo 2015, artikel 5.2.6). Vertel de patiënt vooraf dat je gaat melden, als dat kan, en leg de reactie vast.
note-arts-gesprek = Als arts bespreek je je zorg in stap 3 met de patiënt. Gaat het om een kind, dan spreek je in principe met beide ouders die het gezag hebben, en met het kind zelf als de leeftijd en de situatie dat toelaten.
note-verloskunde-zwangerschap = Een zwangerschap is een periode waarin partnergeweld vaak begint of erger wordt. Vraag ernaar als je de zwangere alleen spreekt, zonder partner of familie erbij.
note-onderwijs-handle-with-care = Handle with Care: heeft de politie thuis bij een leerling moeten ingrijpen bij huiselijk geweld, dan krijgt de school dat de volgende schooldag te horen. De school krijgt alleen de naam en geboortedatum van de leerling en het codewoord, geen details. Het is een signaal om de leerling in de klas extra steun te geven, geen beslissing in stap 5. Leg het vast bij de signalen. Het werkt niet in elke regio: ga na of jouw gemeente meedoet.
note-onderwijs-geen-geheim = Vertelt een leerling je iets, beloof dan nooit geheimhouding. Zeg eerlijk wat je gaat doen, en dat jullie samen hulp zoeken.
note-kinderopvang-medewerker = Vermoed je een geweld- of zedendelict door iemand die in de kinderopvang werkt (ook een stagiair, vrijwilliger of een huisgenoot van de gastouder)? Dan volg je niet de vijf stappen, maar de meld-, overleg- en aangifteplicht via de houder. Pas daarvoor bij de gegevens van de casus aan wie je vermoedt.
note-wijkteam-wegen = Weeg met het risicotaxatie-instrument van je organisatie, als je dat hebt en ervoor geschoold bent, of telefonisch met Veilig Thuis. Doe het samen met een gedragswetenschapper, je teamleider of de aandachtsfunctionaris.
note-meldrecht = Iedere professional met een beroepsgeheim mag zonder toestemming melden bij Veilig Thuis (Wmo 2015, artikel 5.2.6). Dat is een meldrecht. Zonder toestemming betekent niet buiten medeweten: je vertelt het vooraf. Melden bij acute of structurele onveiligheid is een beroepsnorm uit de afwegingskaders, geen wettelijke meldplicht. Lag melden voor de hand en deed je het niet, dan moet je kunnen uitleggen waarom.
note-volwassene-wensen = Is je cliënt volwassen, vraag dan naar zijn of haar eigen wensen en leg die vast. Wilsbekwaamheid beoordeel je ter zake: voor deze beslissing, op dit moment. Twijfel je, bijvoorbeeld bij dementie, een verstandelijke beperking of een acute crisis? Leg dan vast waarover het oordeel gaat, wie het gaf en wanneer. Is je cliënt niet wilsbekwaam ter zake, betrek dan de vertegenwoordiger, tenzij die de vermoedelijke pleger is.
note-volwassene-melden-zonder-toestemming = Bij een wilsbekwame volwassene wegen diens eigen wensen zwaar. Melden tegen die wensen in weeg je samen met Veilig Thuis. Dat is gerechtvaardigd bij ernstig gevaar voor de cliënt of voor anderen, als er kinderen in het gezin zijn, of als de cliënt zich in een afhankelijke relatie niet kan beschermen, zoals bij ouderenmishandeling door een mantelzorger. Leg je afweging vast. Je meldrecht blijft: je mag melden zonder toestemming, maar in principe niet zonder dat je cliënt het weet.


# ---- Kindcheck (content/kindcheck.toml) ----

kindcheck-trigger-psychiatrisch = Ernstige of acute psychische problemen, zoals een zware depressie, manie of psychose
kindcheck-trigger-suicidaal = Ernstige suïcidale gedachten of een suïcidepoging
kindcheck-trigger-agressie = Structurele agressie of ernstig agressief gedrag
kindcheck-trigger-huiselijk-geweld = Slachtoffer of pleger van huiselijk geweld
kindcheck-trigger-verslaving = Een ernstige verslaving aan alcohol, drugs of iets anders
kindcheck-trigger-crisis = Een crisis, zoals problematische schulden of (dreigende) huisuitzetting
kindcheck-trigger-huisvesting = Geen vaste woonplek, ernstige zelfverwaarlozing of een onveilige, vervuilde woning
kindcheck-trigger-lichamelijk-ziek = Een ernstige, chronische lichamelijke ziekte
kindcheck-trigger-verstandelijke-beperking = Een verstandelijke beperking
kindcheck-trigger-eergerelateerd = Angst voor eergerelateerd geweld
kindcheck-trigger-detentie = Aangehouden of vastgezet door politie of justitie

kindcheck-variant-volledig = Volledige Kindcheck
kindcheck-variant-volledig-hint = Voor als je de cliënt vaker ziet: bij de intake, een evaluatie of een MDO, en als er nieuwe zorgen zijn.
kindcheck-variant-kort = Korte Kindcheck
kindcheck-variant-kort-hint = Voor een kort contact, zoals op de huisartsenpost, de spoedeisende hulp, in de ambulance of bij de crisisdienst.

kindcheck-option-ja = Ja
kindcheck-option-nee = Nee
kindcheck-option-nee-twijfel = Nee, of ik twijfel
kindcheck-option-open = Open antwoord, de cliënt ziet het risico
kindcheck-option-ontwijkend = Ontwijkend of onjuist antwoord, of de cliënt ziet het risico niet
kindcheck-option-geen-professional = Nee, er is geen andere professional
kindcheck-option-neemt-over = Ja, en die neemt de zorg over
kindcheck-option-neemt-niet-over = Ja, maar die neemt de zorg niet over

kindcheck-q-oudersignalen = Zie je bij de cliënt problemen die een gevaar kunnen zijn voor kinderen?
kindcheck-q-oudersignalen-help = Denk aan huiselijk geweld, een verslaving, ernstige psychische problemen of een verstandelijke beperking. Zie je die niet, dan sluit je de Kindcheck af en leg je dat vast.
kindcheck-q-zorgt-voor-kinderen = Zorgt de cliënt voor minderjarige kinderen, of is de cliënt zwanger?
kindcheck-q-zorgt-voor-kinderen-help = Vraag of er kinderen thuis wonen en waar ze overdag zijn. Vraag of de cliënt de zorg deelt met een andere volwassene, en of hij of zij kinderen van een (ex-)partner ziet. Is de cliënt een jongere, vraag dan naar jongere broers en zussen in huis. Leg het aantal kinderen en hun leeftijden vast.
kindcheck-q-antwoord = Hoe antwoordt de cliënt op je vragen over de kinderen?
kindcheck-q-antwoord-help = Vraag wat de kinderen merken van de situatie, of het lukt hun genoeg zorg en veiligheid te geven, en of de cliënt hulp heeft of wil.
kindcheck-q-zorg-weggenomen = Heeft de cliënt je zorg over de kinderen overtuigend weggenomen?
kindcheck-q-zorg-weggenomen-help = Twijfel je, overleg dan met een collega of vraag advies aan Veilig Thuis.
kindcheck-q-andere-professional = Is er een andere professional betrokken die de situatie van de kinderen kan beoordelen?
kindcheck-q-andere-professional-help = Denk aan de huisarts, het consultatiebureau, de school of een wijkteam. Vraag de cliënt ernaar.
kindcheck-q-kort-zorgt-voor-kinderen = Zorgt de cliënt voor minderjarige kinderen?
kindcheck-q-kort-zorgt-voor-kinderen-help = Bij een kort contact vraag je dit in elk geval. Vraag ook wie nu voor de kinderen zorgt.

kindcheck-outcome-geen-oudersignalen = Er zijn geen problemen bij de cliënt die een gevaar kunnen zijn voor kinderen. Sluit de Kindcheck af en leg dat vast.
kindcheck-outcome-geen-kinderen = De cliënt zorgt niet voor minderjarige kinderen en is niet zwanger. Sluit de Kindcheck af en leg dat vast.
kindcheck-outcome-kort-geen-kinderen = De cliënt zorgt niet voor minderjarige kinderen. Vraag bij een volgend contact ook of de cliënt (of de partner) zwanger is. Sluit de Kindcheck af en leg dat vast.
kindcheck-record-geen-oudersignalen = Geen problemen bij de cliënt gevonden die een gevaar kunnen zijn voor kinderen.
kindcheck-record-geen-kinderen = De cliënt zorgt niet voor minderjarige kinderen en is niet zwanger.
kindcheck-record-kort-geen-kinderen = De cliënt zorgt niet voor minderjarige kinderen (korte Kindcheck; niet gevraagd naar een zwangerschap).
kindcheck-record-zorg-weggenomen = De cliënt heeft de zorg over de kinderen overtuigend weggenomen.
kindcheck-record-zorg-blijft = De zorg over de kinderen bleef; verder met de stappen van de meldcode.
kindcheck-record-meldcode-volgen = Geen andere professional die de situatie van de kinderen kan beoordelen; verder met de stappen van de meldcode.
kindcheck-record-overdragen = Zorg over de kinderen overgedragen aan een andere professional.
kindcheck-record-meldcode-voortzetten = De andere professional nam de zorg niet over; verder met de stappen van de meldcode.
kindcheck-record-kort-doorgeven = De cliënt zorgt voor minderjarige kinderen; de zorg is gedeeld en doorgegeven, of er is advies gevraagd.
kindcheck-outcome-zorg-weggenomen = De cliënt heeft je zorg over de kinderen overtuigend weggenomen. Sluit de Kindcheck af en leg dat vast.
kindcheck-outcome-zorg-blijft = Je zorg over de kinderen blijft. Volg de stappen van de meldcode.
kindcheck-outcome-meldcode-volgen = Niemand anders kan de situatie van de kinderen beoordelen. Volg de stappen van de meldcode.
kindcheck-outcome-overdragen = Een andere professional neemt de zorg over de kinderen over. Draag je zorg over en leg vast aan wie.
kindcheck-outcome-meldcode-voortzetten = De andere professional neemt de zorg niet over. Ga zelf verder met de stappen van de meldcode.
kindcheck-outcome-kort-doorgeven = De cliënt zorgt voor minderjarige kinderen. Deel je zorg en geef die door, of vraag advies.

kindcheck-action-collega-of-vt = Overleg met een collega of vraag advies aan Veilig Thuis.
kindcheck-action-hulp-netwerk = Bekijk of professionele hulp of steun uit het netwerk van de cliënt kan helpen.
kindcheck-action-vt-uitleggen = Blijft je zorg, vertel de cliënt dan dat je Veilig Thuis inschakelt voor onderzoek, en dat het gezin (extra) hulp kan krijgen.
kindcheck-action-client-meldcode = Vertel de cliënt dat je de meldcode volgt.
kindcheck-action-vt-advies = Vraag advies aan Veilig Thuis.
kindcheck-action-overdragen = Draag je zorg over aan de andere professional, en leg vast wat jullie afspreken.
kindcheck-action-uitleggen-voortzetten = Leg de cliënt en de andere professional uit dat je de stappen van de meldcode voortzet.
kindcheck-action-zorg-delen = Vertel de cliënt dat je je zorgen maakt over de kinderen.
kindcheck-action-doorgeven = Geef je zorg door aan de huisarts of behandelaar, of vraag advies aan Veilig Thuis.


# ---- Signalenlijsten (content/signals.toml) ----

signal-group-leeftijd-0-4 = 0 tot 4 jaar
signal-blauwe-plekken = Blauwe plekken, brandwonden, botbreuken, snij- of bijtwonden
signal-rode-plekken-ogen = Rode vlekjes rond de ogen van een baby
signal-groei = Groeit slecht, heeft voedingsproblemen of is vaak hongerig
signal-hygiene = Herhaaldelijk ernstige luieruitslag, slechte tanden of vieze kleren, ook nadat je het met de ouders hebt besproken (niet opgepakt)
signal-ontwikkeling = Loopt achter in motoriek of taal
signal-passief = Passief, lusteloos, speelt niet of toont geen pijn
signal-bevriezen = Verstijft bij optillen, of is waakzaam en bang bij een ouder
signal-angst-onderzoek = Bang om zich uit te kleden of onderzocht te worden
signal-group-letsel-jonge-kinderen = Letsel bij baby's en jonge kinderen
signal-letsel-niet-mobiel = Een blauwe plek bij een baby die nog niet mobiel is (nog niet kruipt, zich optrekt of loopt)
signal-letsel-ten4 = Een blauwe plek op romp, oor of hals, op kaakrand, wang, ooglid of oogwit, aan het tongriempje, of een blauwe plek bij een baby jonger dan 4 maanden (TEN-4-FACESp)
signal-letsel-patroon = Een blauwe plek of wond met een vorm of patroon (vingers, hand, riem, beet)
signal-letsel-uitleg-past-niet = De uitleg past niet bij het letsel of bij wat het kind al kan, of verandert
signal-letsel-laat-hulp = Bij letsel is laat of geen medische hulp gezocht
signal-letsel-hoofd = Onverklaarde sufheid, braken, toevallen of een bolle fontanel bij een baby (denk aan hersenletsel door geweld, zoals schudden)
signal-group-oudersignalen-kind = Wat je bij de ouders ziet
signal-ouder-psychisch = Een ouder is verward, somber of zegt dat het niet meer gaat
signal-ouder-middelen = Een ouder ruikt naar alcohol of lijkt onder invloed bij het brengen of halen
signal-ouder-boos-kind = Een ouder scheldt het kind uit, kleineert het of pakt het hard vast waar je bij bent
signal-ouder-geen-afspraken = Een ouder komt afspraken over het kind herhaaldelijk niet na (ziek kind niet gehaald, controles gemist)
signal-ouder-ruzie = Je hoort of ziet ruzie of dreiging tussen de ouders, of het kind vertelt erover
signal-ouder-letsel = Een ouder heeft zichtbaar letsel of is bang voor de partner
signal-group-partnergeweld = Partnergeweld en dwingende controle
signal-partner-letsel = Letsel waarvan de uitleg niet past, of letsel in verschillende stadia van genezing
signal-partner-voert-woord = De partner komt steeds mee, voert het woord of laat de cliënt niet alleen met jou spreken
signal-partner-controle = De cliënt vertelt dat de partner de telefoon, berichten of waar hij of zij is controleert
signal-partner-geld = De cliënt heeft geen eigen geld of geen toegang tot de bankrekening
signal-partner-isolatie = De cliënt ziet familie of vrienden niet meer, of mag dat niet
signal-partner-angst = De cliënt is bang in het bijzijn van de partner, of zegt dat het thuis op eieren lopen is
signal-partner-afspraken = Afspraken worden vaak op het laatste moment afgezegd, of de partner zegt ze af
signal-group-leeftijd-4-12 = 4 tot 12 jaar
signal-angstig = Angstig, teruggetrokken of somber
signal-plotselinge-verandering = Verandert plotseling: stiller of juist agressiever
signal-leeftijdgenoten = Problemen met leeftijdgenoten: gepest worden of pesten
signal-lichamelijke-klachten = Lichamelijke klachten zoals buikpijn, of blauwe plekken
signal-seksueel-gedrag = Seksueel getint of grensoverschrijdend gedrag
signal-verzuim = Vaak afwezig of te laat
signal-group-leeftijd-12-18 = 12 tot 18 jaar
signal-spijbelen = Spijbelt, of de schoolresultaten gaan achteruit
signal-faalangst = Faalangst
signal-gewicht = Te mager of te zwaar, of eetproblemen
signal-suicidaal = Suïcidale uitspraken of suïcidaal gedrag
signal-middelen = Gebruikt drugs of alcohol
signal-weglopen = Loopt weg of beschadigt zichzelf
signal-group-ouderen-lichamelijk = Ouderen: lichamelijke mishandeling
signal-ouderen-blauwe-plekken = Blauwe plekken op ongewone plaatsen
signal-ouderen-schrikachtig = Schrikt of wordt stil zodra de verzorger erbij is, of doet alleen wat die zegt
signal-group-ouderen-psychisch = Ouderen: psychische mishandeling
signal-ouderen-kleineren = Je hoort dat iemand de oudere kleineert, bedreigt of ergens van beschuldigt
signal-ouderen-bezoek = Bezoekers worden weggestuurd, of post komt niet bij de oudere aan
signal-group-ouderen-verwaarlozing = Ouderen: verwaarlozing
signal-ouderen-ondervoeding = Ondervoeding, uitdroging of doorliggen
signal-ouderen-hygiene = Herhaaldelijk onverzorgd of ruikt naar urine, ook nadat het met de verzorger is besproken (niet opgepakt)
signal-ouderen-hulpmiddelen = Mist (medische) hulpmiddelen
signal-group-ouderen-seksueel = Ouderen: seksueel misbruik
signal-ouderen-seksueel-letsel = Letsel of klachten in de schaamstreek, of angst bij verzorging
signal-group-ouderen-financieel = Ouderen: financieel misbruik
signal-ouderen-schulden = Onverklaarbare schulden, of geld of spullen die ontbreken
signal-ouderen-machtiging = Geldopnames, betalingen of pgb-uitgaven die de oudere niet kan uitleggen of niet wilde
signal-ouderen-testament = Testament, volmacht of hypotheek is onverwacht gewijzigd, terwijl een ander erbij was of erop aandrong
signal-ouderen-krap = Heeft geen geld voor eten of zorg terwijl het inkomen dat toelaat, of er zijn aankopen of leningen op zijn of haar naam die de oudere niet kent
signal-group-ouderen-rechten = Ouderen: schending van rechten
signal-ouderen-beslissen = Een ander beslist over zorg, wonen of geld, ook waar de oudere dat zelf kan en wil

# ---- Gezinsprofielen (content/profiles.toml) ----

profile-intieme-terreur = Intieme terreur (dwingende controle)
profile-intieme-terreur-picture = Een partner heeft de macht en houdt de ander en de kinderen onder controle. Dat gaat via isolatie, beperking van vrijheid en vaak ernstig geweld, ook seksueel. Wie slachtoffer is en de kinderen voelen zich steeds bedreigd.
profile-gezin-in-de-stress = Gezin in de stress
profile-gezin-in-de-stress-picture = De draaglast is groter dan de draagkracht. Stress stapelt zich op, bijvoorbeeld door schulden, verlies of werkloosheid. Ruzies lopen dan steeds weer uit de hand. Geweld kan van beide kanten komen, vaak speelt alcohol mee. Kinderen zijn slachtoffer en getuige.
profile-langdurige-zorg = Langdurige zorg
profile-langdurige-zorg-picture = Een of beide ouders hebben langdurig zorg nodig, door een beperking of psychische problemen. Daardoor is de opvoeding onveilig. Verwaarlozing komt vaak voor. Ook partnergeweld kan meespelen.
profile-kindgedrag-en-opvoedstress = Kindgedrag en opvoedstress
profile-kindgedrag-en-opvoedstress-picture = Ernstig probleemgedrag van een kind leidt tot spanning en geweld, tussen ouders of tussen ouder en kind. Het gedrag kan een reactie zijn op geweld thuis, of komt door bijvoorbeeld autisme, ADHD of een chronische ziekte. Geweld van een kind tegen een ouder komt vooral hier voor.
profile-complexe-scheiding = Complexe (conflict)scheiding
profile-complexe-scheiding-picture = De problemen draaien om omgang en gezag na een scheiding. Er is vooral psychisch geweld en strijd via de rechter over de kinderen. Kinderen lijden onder het conflict en komen klem te zitten tussen hun ouders.

indicator-isolatie = Een partner houdt de ander weg bij familie en vrienden
indicator-financiele-controle = Een partner houdt het geld in handen en bepaalt wat de ander mag uitgeven
indicator-controle-verblijf = Een partner controleert steeds waar de ander is en met wie
indicator-angst-voor-partner = De ander is bang als de partner erbij is en past zich voortdurend aan
indicator-kinderen-overmatig-waakzaam = De kinderen zijn overmatig waakzaam of doen alles om het goed te doen
indicator-stapeling-stress = Er stapelen zich zorgen op: schulden, verlies, werkloosheid, een plotselinge gebeurtenis
indicator-escalatie-bij-spanning = Ruzies lopen uit de hand op momenten van veel spanning
indicator-geweld-over-en-weer = Het geweld komt van beide kanten
indicator-alcoholmisbruik = Een partner drinkt te veel
indicator-psychische-problemen-ouder = Een ouder heeft langdurige psychische problemen
indicator-beperking-ouder = Een ouder heeft een (licht) verstandelijke beperking
indicator-verslaving-ouder = Een ouder is verslaafd
indicator-langdurige-verwaarlozing = De kinderen laten al lang signalen van verwaarlozing zien
indicator-gedragsproblemen-kind = Een kind heeft ernstige gedragsproblemen
indicator-aandoening-kind = Een kind heeft bijvoorbeeld autisme, ADHD of een chronische ziekte
indicator-geweld-kind-tegen-ouder = Een kind gebruikt geweld tegen een ouder
indicator-opvoedstress = De ouders ervaren veel opvoedstress en zijn het oneens over steun of grenzen
indicator-strijd-omgang-gezag = De ouders strijden over omgang of gezag, ook via de rechter
indicator-kind-klem-tussen-ouders = Een kind zit klem tussen de ouders (loyaliteitsconflict)
indicator-destructieve-communicatie = De ouders praten op een kwetsende of vijandige manier met elkaar
indicator-controle-tijdens-relatie = Tijdens de relatie hield een ouder de ander onder controle

consequence-intieme-terreur-niet-samen = Voer geen gezamenlijke gesprekken met de partners, en kies geen mediation of gezamenlijke opvoedondersteuning. Dat werkt in het voordeel van wie controleert. Spreek ieder gezinslid apart.
consequence-intieme-terreur-bescherming-eerst = Bescherming en veiligheid gaan voor. Betrek partners die kennis hebben van intieme terreur. Het geweld gaat na een scheiding vaak door, bijvoorbeeld via stalking of juridische procedures.
consequence-stress-gezamenlijke-aanpak = Als de directe veiligheid geregeld is, kan een gezamenlijke, systeemgerichte aanpak passen, zoals relatietherapie om escalaties te stoppen.
consequence-stress-draaglast = Werk aan het verminderen van de stress: schulden, werk, huisvesting, verlies. Hoe meer risicofactoren, hoe groter het risico.
consequence-langdurige-zorg-verwaarlozing = Let op: langdurige verwaarlozing wordt vaak onderschat. Weeg die mee, ook als er geen acuut incident is.
consequence-langdurige-zorg-lange-steun = Dit vraagt om langdurige steun en zorg voor het gezin. De Kindcheck is een belangrijke ingang bij ouders met problemen.
consequence-kindgedrag-achter-het-gedrag = Kijk achter het gedrag van het kind: kan het een reactie zijn op geweld of trauma thuis?
consequence-kindgedrag-traumagericht = Denk aan traumagerichte behandeling voor het kind en steun bij de opvoeding voor de ouders.
consequence-scheiding-kind-centraal = Houd het kind en zijn belang centraal, ook als de strijd tussen de ouders alle aandacht vraagt.
consequence-scheiding-let-op-controle = Let op: intieme terreur kan na een scheiding doorgaan in de vorm van strijd. Is dat zo, dan is mediation niet geschikt.

# ---- Top3-veiligheidsvragen in stap 4 (content/safety.toml) ----

safety-q-onveilige-situaties = Wat zijn de drie meest onveilige situaties?
safety-q-onveilige-situaties-help = Schrijf ze op in de woorden van het gezin zelf. Begin met de meest onveilige. Maak ze samen met het gezin.
safety-q-wat-gaat-goed = Wat gaat goed, en wat beschermt?
safety-q-wat-gaat-goed-help = Denk aan momenten waarop het wel veilig bleef, en aan mensen die helpen. Daar bouw je de afspraken op.
safety-q-veiligheidsvoorwaarden = Wat moet er minimaal gebeuren? (veiligheidsvoorwaarden)
safety-q-veiligheidsvoorwaarden-help = Het minimum dat nodig is om het geweld te stoppen en de veiligheid te herstellen.
safety-q-veiligheidsafspraken = Welke afspraken maak je? (veiligheidsafspraken)
safety-q-veiligheidsafspraken-help = Wie doet wat, en wanneer? Maak ze concreet en haalbaar in het dagelijks leven. Eerst voor de directe veiligheid.
safety-q-monitoring = Wie houdt de afspraken in de gaten, en wanneer evalueer je?
safety-q-monitoring-help = Spreek af wie de regie heeft, wie meekijkt uit het netwerk, en wanneer je samen kijkt of het werkt.
safety-q-veiligheidsschaal = Veiligheidsschaal (optioneel)
safety-q-veiligheidsschaal-help = Uit Signs of Safety: ieder geeft een cijfer van 0 tot 10. Een 0 betekent dat niets het kind nu veilig houdt. Een 10 betekent dat het kind veilig genoeg is om de zorg af te sluiten. Gebruik een rol, geen naam.

# ---- Informatieverzoeken (content/informatieverzoek.toml) ----

inforeq-requester-veilig-thuis = Veilig Thuis
inforeq-requester-raad = Raad voor de Kinderbescherming
inforeq-requester-gi = Gecertificeerde instelling (jeugdbeschermer)
inforeq-requester-politie-justitie = Politie of justitie
inforeq-basis-veilig-thuis = Grond: het meldrecht van artikel 5.2.6 Wmo 2015. Je mag informatie geven zonder toestemming, als dat nodig is om huiselijk geweld of kindermishandeling te stoppen of een redelijk vermoeden te onderzoeken. Het is een recht, geen plicht.
inforeq-basis-raad = Grond: het meldrecht van artikel 1:240 BW. Je mag informatie geven die nodig is voor de taak van de Raad. Gaat het verzoek niet over mogelijke kindermishandeling, dan valt het buiten de meldcode.
inforeq-basis-gi = Grond: bij een ondertoezichtstelling (OTS) artikel 7.3.11 lid 4 Jeugdwet. Ga na in welke rol de jeugdbeschermer vraagt: alleen bij een OTS geldt deze grond.
inforeq-basis-politie-justitie = Tegenover politie en justitie geldt je beroepsgeheim gewoon. Een verzoek van de politie verplicht je niet om informatie te geven.
inforeq-step-wie-vraagt = Ga na wie vraagt en op welke grond
inforeq-step-wie-vraagt-help = Noteer naam, functie en organisatie van de vrager en de datum van het verzoek. Twijfel je wie er belt? Bel terug via het algemene nummer van de organisatie. Vraag op welke wettelijke grond het verzoek rust.
inforeq-step-aard-en-ernst = Vraag naar de aard en ernst van de zorg
inforeq-step-aard-en-ernst-help = Zonder de aard, ernst en inhoud van de zorg kun je niet wegen wat je geeft. Gaf de vrager die niet, vraag er dan zelf naar. Een huisarts die dat naliet, kreeg een waarschuwing van de tuchtrechter. Noteer ook welke informatie precies gevraagd wordt.
inforeq-step-relevant-en-noodzakelijk = Weeg welke informatie relevant en noodzakelijk is
inforeq-step-relevant-en-noodzakelijk-help = Geef alleen wat nodig is om het geweld te stoppen of het vermoeden te onderzoeken. Houd je aan feiten en gebeurtenissen. Zeg erbij wat je van anderen hebt gehoord. Weigert een volwassen slachtoffer weloverwogen en in vrijheid toestemming, geef dan alleen informatie bij ernstig gevaar. Je kunt afzien van informatie geven om gewichtige redenen in het belang van je patiënt. Laat de vrager dan weten waarom.
inforeq-step-vooraf-informeren = Informeer je patiënt of cliënt vooraf
inforeq-step-vooraf-informeren-help = Vertel vooraf dat je informatie geeft en welke, en vraag waar mogelijk om toestemming. Noteer de reactie. Laat dit alleen achterwege als het de veiligheid van je patiënt, een kind, anderen of jezelf in gevaar brengt. Noteer dan waarom.
inforeq-step-verstrekken = Geef alleen die informatie en leg vast wat je gaf
inforeq-step-verstrekken-help = Geef de informatie bij voorkeur schriftelijk. Geef je die mondeling, vraag dan om het verslag van het gesprek om te controleren, en leg zelf vast wat je zei. Noteer in het dossier wat gevraagd, gewogen en gegeven is.
inforeq-step-wie-vraagt-politie = Ga na wie vraagt en met welk doel
inforeq-step-wie-vraagt-politie-help = Noteer naam, functie en dienst van de vrager en de datum. Vraag waar het verzoek over gaat en op welke grond het rust. Je beroepsgeheim geldt ook tegenover de politie. Twijfel je, overleg dan met een jurist of de KNMG-artsenadviespraktijk.
inforeq-step-toestemming-politie = Vraag je patiënt om toestemming
inforeq-step-toestemming-politie-help = Zonder toestemming geef je in principe niets. Alleen als je met zwijgen ernstige schade voor je patiënt of anderen niet kunt voorkomen (conflict van plichten), kun je zonder toestemming spreken. Dreigt geen acuut gevaar, dan ligt een melding bij Veilig Thuis meer voor de hand. Noteer de reactie, of waarom je het niet vroeg.
inforeq-step-noodzakelijk-politie = Beslis of, en welke, informatie nodig is
inforeq-step-noodzakelijk-politie-help = Weeg of informatie geven nodig is, en of je aan de normen van dit stappenplan voldoet. Geef alleen relevante feiten. Zeg erbij wat je van anderen hebt gehoord.
inforeq-route-vt-raad-gi-title = Informatieverzoek van Veilig Thuis, de Raad of een gecertificeerde instelling
inforeq-route-vt-raad-gi-intro = Je wordt gevraagd om informatie te geven over een patiënt of cliënt. Dit zijn geen vijf meldcodestappen: je meldt niet zelf, je weegt wat je geeft. Volg deze stappen en leg vast wat gevraagd, gewogen en gegeven is.
inforeq-route-politie-justitie-title = Informatieverzoek van politie of justitie
inforeq-route-politie-justitie-intro = De politie of justitie vraagt je om informatie over een patiënt of cliënt. Je beroepsgeheim blijft gelden. Volg deze stappen en leg vast wat gevraagd, gewogen en gegeven is.
inforeq-route-overig-intro = Je wordt gevraagd om informatie te geven over een cliënt of leerling. Meldwijzer kent voor jouw werkveld nog geen eigen stappenplan. Deze stappen komen uit de KNMG-meldcode voor artsen. Controleer ze met je aandachtsfunctionaris of de meldcode van je organisatie.
# Wie de vermoedelijke pleger is voor degene om wie de zorg gaat (case.toml suspect_relation).
suspect-relation-ouder = Ouder of verzorger
suspect-relation-partner = Partner
suspect-relation-ex-partner = Ex-partner
suspect-relation-broer-zus = Broer of zus
suspect-relation-familielid = Ander familielid
suspect-relation-mantelzorger = Mantelzorger
suspect-relation-anders = Iemand anders uit het netwerk

# Wie het dossier kan lezen waar een uitvoer in komt (outputs.toml).
reader-veilig-thuis = Veilig Thuis
reader-collega = collega's met een beroepsgeheim
reader-ouders = de ouders
reader-patient = de patiënt
reader-ouders-minderjarige = de ouders met gezag van een minderjarige patiënt
reader-client = de cliënt
output-file-adviesvraag = De adviesvraag
output-file-verslag = Het dossier (afgeschermd deel)
output-file-soep = Het patiëntendossier
output-file-leerlingdossier = Het leerlingdossier
output-file-overdracht = De overdracht aan een collega
output-file-eenvoudig = Het papier voor de cliënt

# ---- Dwingende controle, waar het ook is vastgelegd ----

form-intieme-terreur-note = Dit is dwingende controle. Spreek ieder gezinslid apart, nooit samen met de vermoedelijke pleger. Raadpleeg eerst Veilig Thuis ({ $veilig-thuis }). Stel geen gezamenlijk gesprek, mediation, relatietherapie of gezamenlijke opvoedondersteuning voor: dat werkt in het voordeel van wie controleert.
note-dwingende-controle-gesprek = Je hebt dwingende controle vastgelegd. Spreek daarom ieder gezinslid apart: het slachtoffer, de kinderen op hun niveau en de vermoedelijke pleger, nooit samen. Raadpleeg eerst Veilig Thuis ({ $veilig-thuis }) voordat je het gesprek voert. Een gezamenlijk gesprek of mediation werkt in het voordeel van wie controleert en kan het slachtoffer in gevaar brengen.
note-dwingende-controle-beslissen = Je hebt dwingende controle vastgelegd. Kies geen gezamenlijke hulp: geen relatietherapie, geen mediation en geen gezamenlijke opvoedondersteuning. Veiligheid en bescherming gaan voor. Na een scheiding gaat het geweld vaak door.
safety-framing-met-het-gezin = Je maakt dit plan samen met het gezin en hun netwerk. Begin bij de directe veiligheid.
safety-framing-met-het-slachtoffer = Er is dwingende controle vastgelegd. Maak dit plan daarom met het slachtoffer, en met de kinderen op hun niveau. Maak het apart, nooit samen met de vermoedelijke pleger. Die mag het plan niet zien en er niet van weten. Geef het slachtoffer niets op papier mee dat thuis gevonden kan worden.
safety-q-onveilige-situaties-help-coercive = Schrijf ze op in de woorden van het slachtoffer zelf, en met de kinderen op hun niveau. Begin met de meest onveilige. Maak ze apart met het slachtoffer, niet met het hele gezin.
safety-q-veiligheidsafspraken-help-coercive = Wie doet wat als het weer onveilig wordt? Denk aan een veilig adres, belangrijke telefoonnummers en wie het slachtoffer kan bellen. Maak de afspraken met het slachtoffer, niet met de vermoedelijke pleger.
safety-q-monitoring-help-coercive = Spreek met het slachtoffer af wie meekijkt en hoe jullie veilig contact houden. Evalueer apart met het slachtoffer, nooit samen met de vermoedelijke pleger.
safety-q-veiligheidsschaal-help-coercive = Uit Signs of Safety: vraag het slachtoffer en de kinderen apart om een cijfer van 0 tot 10. Een 0 betekent dat niets hen nu veilig houdt. Gebruik een rol, geen naam.

## Gefaseerd samenwerken aan veiligheid (monitoring.toml)
monitoring-phase-directe-veiligheid = Directe veiligheid
monitoring-phase-directe-veiligheid-note = Eerst het geweld stoppen en de slachtoffers beschermen. Pas daarna is er ruimte voor verandering.
monitoring-phase-stabiele-veiligheid = Stabiele veiligheid
monitoring-phase-stabiele-veiligheid-note = Risicogestuurde zorg: pak de belangrijkste risicofactoren aan die het geweld in stand houden.
monitoring-phase-herstel = Herstel
monitoring-phase-herstel-note = Herstelgerichte zorg voor ieder gezinslid, ook voor trauma. Blijf letten op de veiligheid.

## What the professional did about the acute route (acknowledging it)
acute-action-noodnummer-gebeld = Ik heb { $noodnummer } gebeld.
acute-action-veilig-thuis-gebeld = Ik heb Veilig Thuis gebeld (advies of melding).
acute-action-kind-veilig = Het kind is nu veilig: opgevangen, niet alleen naar huis.
acute-action-overlegd = Ik heb overlegd met de aandachtsfunctionaris of een collega.
acute-action-geen-direct-gevaar = Afgewogen: nu geen direct gevaar. Ik volg de stappen.

## Why a case is closed (case.toml [[close_reason]])
close-reason-gemeld = Gemeld bij Veilig Thuis; Veilig Thuis neemt het over
close-reason-overgedragen = Overgedragen aan een andere professional of organisatie
close-reason-hulp-gevolgd = Hulp loopt en wordt gevolgd
close-reason-vermoeden-weggenomen = Vermoeden weggenomen
