//! Fictitious documents shared by the tests and the benchmark: a typical adviesvraag of two
//! to three pages and a long step report.

use meldwijzer_document::{Block, Document, Field, Section};

fn section(heading: &str, blocks: Vec<Block>) -> Section {
    Section { heading: heading.to_owned(), blocks }
}

fn para(text: &str) -> Block {
    Block::Paragraph(text.to_owned())
}

/// A typical adviesvraag for Veilig Thuis (fictitious), about two and a half pages.
pub fn adviesvraag() -> Document {
    Document {
        lang: "nl".into(),
        title: "Adviesvraag voor Veilig Thuis".into(),
        subtitle: "Casus Zonnebloem · 12 november 2026".into(),
        marking: "Vertrouwelijk".into(),
        sections: vec![
            section(
                "Over jou",
                vec![Block::Fields(vec![
                    Field::new("Naam", "Anouk de Vries-van ’t Hoff"),
                    Field::new("Organisatie", "Basisschool De Regenboog"),
                    Field::new("Functie", "Intern begeleider"),
                    Field::new("Relatie tot de cliënt", "Leerkracht van groep 4 sinds augustus"),
                    Field::new("Bereikbaar", "Maandag, dinsdag en donderdag tussen 8.00 en 16.30 uur via de administratie"),
                ])],
            ),
            section(
                "Gezinssamenstelling",
                vec![
                    Block::Bullets(vec![
                        "Meisje, 7 jaar, groep 4".into(),
                        "Broertje, 3 jaar, gaat naar de peuteropvang".into(),
                        "Moeder, ongeveer 35 jaar; vader woont sinds de zomer elders en haalt de kinderen op vrijdag op".into(),
                    ]),
                    para("Het gezin is sinds anderhalf jaar bij ons op school. Er is contact met de schoolmaatschappelijk werker over de scheiding."),
                ],
            ),
            section(
                "Signalen",
                vec![
                    Block::Bullets(vec![
                        "3 november 2026, eigen waarneming: blauwe plekken op de bovenarm links; de leerling trok de mouw snel omlaag toen ik ernaar keek.".into(),
                        "5 november 2026, eigen waarneming: ze vertelde spontaan „papa werd heel boos, toen viel ik” en wilde daarna niet verder praten.".into(),
                        "7 november 2026, collega (gymdocent): ze wilde zich niet omkleden en bleef bij de deur staan.".into(),
                        "10 november 2026, eigen waarneming: ze was drie keer te laat, moe en stil; de lunch ontbrak twee keer.".into(),
                    ]),
                    Block::Note("Interpretatie, apart van de feiten: de verwondingen passen bij vastpakken; dat is een hypothese, geen vaststelling.".into()),
                ],
            ),
            section(
                "Contra-indicaties",
                vec![para("Ze speelt in de pauze met vriendinnen en haar resultaten zijn stabiel. Moeder reageerde bezorgd en open toen ik de blauwe plekken benoemde.")],
            ),
            section(
                "Wat is er al gedaan",
                vec![
                    Block::Fields(vec![
                        Field::new("Collegiale consultatie", "6 november 2026 met de aandachtsfunctionaris; advies: signalen vastleggen en Veilig Thuis raadplegen."),
                        Field::new("Gesprek met moeder", "8 november 2026; moeder zegt dat de plekken van het klimrek komen."),
                        Field::new("Kindcheck", "Niet van toepassing (signalen bij het kind zelf)."),
                    ]),
                    para("Moeder is geïnformeerd over één ‘wijkteamgesprek’ en over de “eigen bijdrage” van € 25 — die is geregeld."),
                    para("Ik heb de observaties in het leerlingdossier gezet zonder interpretaties. De schoolmaatschappelijk werker is op de hoogte; zij kent het gezin uit eerdere gesprekken over de scheiding en de omgangsregeling. Zij heeft geen nieuwe zorgen gehoord, maar ziet ook dat het meisje stiller is dan voor de zomer."),
                ],
            ),
            section(
                "Veiligheid nu",
                vec![
                    para("Acuut onveilig: nee, voor zover ik kan overzien. Structureel onveilig: dat weet ik niet; de signalen stapelen zich op sinds de zomer."),
                    Block::Bullets(vec![
                        "Geen rode vlaggen bij de escalatiesignalen aangevinkt.".into(),
                        "Wel: herhaalde verwondingen in korte tijd en een uitspraak van het kind zelf.".into(),
                    ]),
                ],
            ),
            section(
                "Mijn top 3 zorgen",
                vec![Block::Bullets(vec![
                    "Herhaalde blauwe plekken op plaatsen die niet passen bij een val.".into(),
                    "Het meisje zegt zelf dat vader heel boos werd.".into(),
                    "Ze wordt stiller en eet minder op school.".into(),
                ])],
            ),
            section(
                "Wat kan ik zelf doen",
                vec![para("Ik zie haar dagelijks in de klas en kan signalen blijven vastleggen. Met moeder is er een goede verstandhouding; een tweede gesprek is gepland. Samen met de schoolmaatschappelijk werker kan ik het gezin vragen om mee te werken aan hulp via het wijkteam, als Veilig Thuis dat passend vindt. Ik wil de omgang met vader daarbij niet zelf ter sprake brengen zonder advies.")],
            ),
            section(
                "Mijn vraag aan Veilig Thuis",
                vec![
                    para("Zijn deze signalen reden om een melding te doen, of kan ik met hulp binnen school en het wijkteam verder? Hoe bespreek ik de uitspraak van het kind met moeder zonder dat het meisje in de knel komt?"),
                    Block::Note("Veilig Thuis: 0800-2000, gratis en dag en nacht bereikbaar.".into()),
                ],
            ),
            section(
                "Bronnen",
                vec![Block::Bullets(vec![
                    "Meldcode huiselijk geweld en kindermishandeling, basisdocument: https://www.rijksoverheid.nl/documenten/brochures/2018/01/01/basisdocument-meldcode-huiselijk-geweld-en-kindermishandeling".into(),
                    "Afwegingskader onderwijs, leerplicht en kinderopvang (2019), afweging 1 tot en met 5.".into(),
                ])],
            ),
        ],
    }
}

/// A long step report: 40 sections of paragraphs, bullets, fields and notes.
pub fn long_report(sections: usize) -> Document {
    let text = "Tijdens de gymles zag ik blauwe plekken op de bovenarm; de leerling trok de mouw snel omlaag. \
Ik heb dat dezelfde dag vastgelegd, zonder interpretatie, en besproken met de aandachtsfunctionaris. ";
    Document {
        lang: "nl".into(),
        title: "Verslag voor het dossier".into(),
        subtitle: "Casus Regenboog".into(),
        marking: "Vertrouwelijk".into(),
        sections: (1..=sections)
            .map(|n| {
                section(
                    &format!("Stap {n}: signalen in kaart brengen"),
                    vec![
                        Block::Fields(vec![
                            Field::new("Datum", format!("{n} maart 2026")),
                            Field::new("Vastgelegd door", "A. de Vries"),
                        ]),
                        para(&text.repeat(3)),
                        Block::Bullets((1..=4).map(|i| format!("Signaal {i}: {}", &text[..90])).collect()),
                        Block::Note(format!("Afweging {n}: ja, omdat de signalen zich herhalen.")),
                    ],
                )
            })
            .collect(),
    }
}
