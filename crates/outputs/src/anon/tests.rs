//! The anonymisation warning measured on a fixed set: sentences that hold personal data (each
//! must be flagged with the right kind) and sentences that do not (each must stay silent).
//! `cargo test -p meldwijzer-outputs anon -- --nocapture` prints both rates.

use chrono::NaiveDate;

use super::{scan, FindingKind};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

use FindingKind::*;

/// Sentences with personal data, and what must be found in each.
const POSITIVES: &[(&str, FindingKind, &str)] = &[
    // Names, with and without tussenvoegsels.
    ("Ik sprak met Jan van der Berg over de situatie.", Name, "Jan van der Berg"),
    ("Moeder heet Fatima el Amrani en werkt in de zorg.", Name, "Fatima el Amrani"),
    ("De leerling zit naast Anna van 't Hof in de klas.", Name, "Anna van 't Hof"),
    ("Vader, Piet de Vries, was erbij.", Name, "Piet de Vries"),
    ("Gesprek gehad met mevrouw Jansen over het verzuim.", Name, "Jansen"),
    ("Dhr. Bakker belde om half negen.", Name, "Bakker"),
    ("Juf Sanne zag de blauwe plek als eerste.", Name, "Sanne"),
    ("Het kind vertelde dat Mohammed hem sloeg.", Name, "Mohammed"),
    ("Oma gaf aan dat Kevin vaak bij haar slaapt.", Name, "Kevin"),
    ("De moeder en meneer Van Dijk kwamen samen.", Name, "Van Dijk"),
    ("Zij woont bij De Boer in huis.", Name, "De Boer"),
    ("Sem Jansen zit in groep 5.", Name, "Sem Jansen"),
    ("Navraag bij mw. de Groot leverde niets op.", Name, "de Groot"),
    ("We hebben overlegd met dokter Visser.", Name, "Visser"),
    ("Het broertje gaat naar basisschool De Regenboog in Almere.", Name, "Almere"),
    ("Hij zegt dat Lisa van den Heuvel zijn vriendin is.", Name, "Lisa van den Heuvel"),
    ("Tijdens de les zei Noah dat hij niet naar huis wil.", Name, "Noah"),
    ("Van der Meer, de stiefvader, was boos.", Name, "Van der Meer"),
    ("De tante, Yasmina Bouzid, haalt haar op.", Name, "Yasmina Bouzid"),
    ("Gebeld met opa Hendriks.", Name, "Hendriks"),
    // Phone numbers.
    ("Moeder is bereikbaar op 06-12345678.", Phone, "06-12345678"),
    ("Het nummer van vader is 06 1234 5678.", Phone, "06 1234 5678"),
    ("Bel de school via 020-1234567 als er iets is.", Phone, "020-1234567"),
    ("Haar mobiele nummer: +31 6 12345678.", Phone, "+31 6 12345678"),
    ("Opa belde vanaf 0031612345678.", Phone, "0031612345678"),
    ("Het vaste nummer is 0201234567.", Phone, "0201234567"),
    ("Bereikbaar op 010 123 45 67 na vijf uur.", Phone, "010 123 45 67"),
    // Postcodes and addresses.
    ("Het gezin woont in 1234 AB, vlak bij school.", Postcode, "1234 AB"),
    ("Postcode 3511AB staat in het systeem.", Postcode, "3511AB"),
    ("Ze verhuizen naar de Kerkstraat 12 in maart.", Address, "Kerkstraat 12"),
    ("Het adres is Dorpsweg 4a.", Address, "Dorpsweg 4a"),
    ("Vader woont sinds kort op de Lange Nieuwstraat 131.", Address, "Nieuwstraat 131"),
    ("Zij logeert op de Parklaan 7 bij een vriendin.", Address, "Parklaan 7"),
    ("Het huis aan de Prinsengracht 263 is van de oom.", Address, "Prinsengracht 263"),
    // BSN-like numbers (11-proef).
    ("Het BSN van de jongen is 123456782.", Bsn, "123456782"),
    ("Burgerservicenummer 111222333 staat op het formulier.", Bsn, "111222333"),
    ("BSN: 123.456.782 (van moeder).", Bsn, "123.456.782"),
    // E-mail addresses.
    ("Mail moeder op fatima.elamrani@gmail.com voor een afspraak.", Email, "fatima.elamrani@gmail.com"),
    ("Vader schreef vanaf p.devries@hotmail.nl een boze mail.", Email, "p.devries@hotmail.nl"),
    ("Contact via zorg-coordinator@school.example.nl loopt.", Email, "zorg-coordinator@school.example.nl"),
    // Dates of birth.
    ("Het meisje is geboren op 12-03-2015.", BirthDate, "12-03-2015"),
    ("geb. 3 maart 2012, woont bij moeder", BirthDate, "3 maart 2012"),
    ("Geboortedatum: 01/02/2019.", BirthDate, "01/02/2019"),
    ("De jongste (14-07-2020) gaat naar de opvang.", BirthDate, "14-07-2020"),
    ("Born on 5 March 2014, lives with the father.", BirthDate, "5 March 2014"),
    ("Het kind is van 2014-06-30 en zit in groep 7.", BirthDate, "2014-06-30"),
    // Known misses, kept in the set so the rate stays honest: a first name that opens the
    // sentence, and a name typed without a capital.
    ("Mohammed zei dat hij bang is.", Name, "Mohammed"),
    ("Ik hoorde van sanne dat het thuis slecht gaat.", Name, "sanne"),
];

/// Sentences without personal data: none may be flagged.
const NEGATIVES: &[&str] = &[
    "Ik heb advies gevraagd aan Veilig Thuis.",
    "Veilig Thuis gaf aan dat een melding past.",
    "De Kindcheck is gedaan en afgesloten.",
    "Na de Kindcheck bleef mijn zorg over de kinderen.",
    "Moeder vertelde dat het thuis onrustig is.",
    "Vader was boos en schreeuwde tegen de leerling.",
    "Blauwe plek op de linkerbovenarm, ongeveer drie centimeter groot.",
    "De leerling kwam drie keer te laat deze week.",
    "Tijdens de gymles trok zij haar mouw snel omlaag.",
    "Hij zegt dat hij niet naar huis wil.",
    "Overleg gehad met de aandachtsfunctionaris over de signalen.",
    "De jeugdarts van de GGD heeft het kind gezien.",
    "Het gezin krijgt hulp van het wijkteam.",
    "We hebben een veiligheidsplan gemaakt volgens Signs of Safety.",
    "Ik twijfel of er sprake is van acute onveiligheid.",
    "De Raad voor de Kinderbescherming is niet betrokken.",
    "Op 12-11-2026 zag ik een schaafwond op de knie.",
    "Sinds 3 oktober 2026 is het kind vaker ziek.",
    "Ze kwam om 08:45 binnen, zonder jas.",
    "Het gesprek duurde 45 minuten.",
    "De leerling zit in groep 5 en is 8 jaar.",
    "Moeder (34) en de kinderen (7 en 10) wonen samen.",
    "Er zijn 3 broertjes en 1 zusje.",
    "Veilig Thuis is bereikbaar via 0800-2000.",
    "Bij direct gevaar bel je 112.",
    "Het kind sprak Nederlands met mij en Arabisch met moeder.",
    "Na de Ramadan is het kind vaker moe.",
    "Wat ik zelf kan doen: wekelijks een gesprek op school.",
    "Mijn vraag: is een melding nodig of kan ik hulp organiseren?",
    "De intern begeleider en de mentor zijn op de hoogte.",
    "Signalen: angstig, schrikachtig, eet slecht.",
    "Zij zegt: \"Papa wordt boos als ik huil.\"",
    "„Mama slaapt veel,” zei de leerling.",
    "Het gesprek met beide ouders is uitgesteld tot na het advies.",
    "Afspraak: over twee weken evalueren we de hulp.",
    "De huisarts heeft geen letsel gezien.",
    "Ook de kinderopvang ziet dat het kind stil is.",
    "I asked Veilig Thuis for advice about the family.",
    "The pupil said she is afraid to go home on Friday.",
    "Mother told me that the father drinks in the evening.",
    "Een oudere buurman zegt dat hij vaak geschreeuw hoort.",
    "Top3: de drie meest onveilige situaties in de woorden van het gezin.",
    "Het kind woont op een woonboot aan de rand van het dorp.",
    "Het dossier staat in ParnasSys.",
    "De verpleegkundige heeft het afwegingskader doorlopen.",
    "Volgens de LIRIK is het risico hoog.",
    "In de klas is hij onrustig, op het plein juist stil.",
    "Hij woont afwisselend een week bij vader en een week bij moeder.",
    "De vorige school meldde geen bijzonderheden.",
    "Op maandag en dinsdag is het kind vaak afwezig.",
    // Known false alarms, kept in the set: brand and game names mid-sentence read as names.
    "Boodschappen doet moeder bij de Albert Heijn.",
    "Hij speelt tot diep in de nacht Fortnite.",
];

#[test]
fn anonymisation_rates_on_the_fixed_set() {
    let mut missed = Vec::new();
    for (text, kind, excerpt) in POSITIVES {
        let found = scan(text, today());
        if !found.iter().any(|f| f.kind == *kind && f.excerpt.contains(excerpt)) {
            missed.push(format!("{text:?}: wanted {kind:?} {excerpt:?}, found {found:?}"));
        }
    }
    let mut noisy = Vec::new();
    for text in NEGATIVES {
        let found = scan(text, today());
        if !found.is_empty() {
            noisy.push(format!("{text:?}: {found:?}"));
        }
    }
    let detection = 1.0 - missed.len() as f64 / POSITIVES.len() as f64;
    let false_positive = noisy.len() as f64 / NEGATIVES.len() as f64;
    println!(
        "anonymisation: detection {:.1}% ({} of {} positives), false positives {:.1}% ({} of {} negatives)",
        detection * 100.0,
        POSITIVES.len() - missed.len(),
        POSITIVES.len(),
        false_positive * 100.0,
        noisy.len(),
        NEGATIVES.len()
    );
    for m in &missed {
        println!("  missed: {m}");
    }
    for n in &noisy {
        println!("  false positive: {n}");
    }
    assert!(detection >= 0.9, "detection {detection:.3} below 0.90:\n{}", missed.join("\n"));
    assert!(false_positive <= 0.05, "false positives {false_positive:.3} above 0.05:\n{}", noisy.join("\n"));
}

#[test]
fn the_required_kinds_are_each_found_in_isolation() {
    // The list: names with tussenvoegsels, phone numbers, postcodes, e-mail, dates, BSN.
    for (text, kind) in [
        ("met Jan van der Berg", Name),
        ("06-12345678", Phone),
        ("1234 AB", Postcode),
        ("a.b@c.nl", Email),
        ("geboren 01-01-2015", BirthDate),
        ("123456782", Bsn),
    ] {
        assert!(scan(text, today()).iter().any(|f| f.kind == kind), "{text:?} should be flagged as {kind:?}");
    }
}

#[test]
fn a_nine_digit_number_failing_the_elfproef_is_not_a_bsn() {
    assert!(scan("Dossiernummer 123456789.", today()).iter().all(|f| f.kind != Bsn));
    assert!(super::elfproef("123456782") && super::elfproef("111222333") && !super::elfproef("123456789"));
}

#[test]
fn spans_count_utf16_units_and_point_at_the_text() {
    let text = "Één keer zei Zoë dat ze bang is.";
    let f = scan(text, today());
    assert_eq!(f.len(), 1, "{f:?}");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[f[0].start..f[0].end]).unwrap(), "Zoë");
}

#[test]
fn a_recent_date_is_an_observation_date_and_an_old_one_a_birth_date() {
    assert!(scan("Op 20-11-2026 zag ik het.", today()).is_empty());
    assert_eq!(scan("Op 20-11-2016 zag ik het.", today())[0].kind, BirthDate);
}
