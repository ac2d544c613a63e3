//! The anonymisation warning: free text that looks like it holds a name, a phone number, an
//! address or postcode, a BSN (11-proef), an e-mail address or a date of birth.
//!
//! Heuristics, not a guarantee: the professional reads the adviesvraag before using it. A
//! finding points at the field and the span (UTF-16 offsets, as the UI's strings count) so the
//! UI can show it and let the professional fix it. Capitalised words at the start of a
//! sentence, all-capital abbreviations and the meldcode's own capitalised terms ("Veilig
//! Thuis", "Kindcheck") and brand names stay silent, except a known first name or Dutch place
//! name (the lists in `anon/first_names.txt` and `anon/places.txt`, with their sources and
//! licences), which is flagged wherever it stands, a first name also in lower case. A name that
//! is also an ordinary word ("Roos", "Best") is flagged at a sentence start only with a sign
//! that it is a name. `tests` measure both rates on a fixed set.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use meldwijzer_protocol::case::Case;
use serde::Serialize;

/// What a finding looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A person's name (or a place or school name: a proper noun mid-sentence).
    Name,
    /// A phone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A postcode.
    Postcode,
    /// A street and house number.
    Address,
    /// A nine-digit number that passes the 11-proef.
    Bsn,
    /// A full date that reads as a date of birth.
    BirthDate,
}

impl FindingKind {
    /// Its id (`name`, `phone`, ...).
    pub fn id(self) -> &'static str {
        match self {
            FindingKind::Name => "name",
            FindingKind::Phone => "phone",
            FindingKind::Email => "email",
            FindingKind::Postcode => "postcode",
            FindingKind::Address => "address",
            FindingKind::Bsn => "bsn",
            FindingKind::BirthDate => "birth-date",
        }
    }
}

/// A span of text that looks identifying.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What it looks like.
    pub kind: FindingKind,
    /// Start, in UTF-16 code units (as JavaScript counts).
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The text of the span.
    pub excerpt: String,
}

/// Where a warned text lives in the case, so the UI can offer to fix it there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FieldRef {
    /// Which part of the case: `adviesvraag`, `observation`, `quote`,
    /// `consultation`, `conversation`, `gesprek`, `safety-plan`, `answer`, `kindcheck`.
    pub place: &'static str,
    /// The item: an id, an index or a key; none for a single field.
    pub item: Option<String>,
    /// Which text of it (`fact`, `interpretation`, `question`, ...).
    pub part: &'static str,
}

/// A field whose text holds findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Where.
    pub field: FieldRef,
    /// The whole text of the field.
    pub text: String,
    /// What looks identifying in it, in order.
    pub findings: Vec<Finding>,
}

/// The texts of a case that go into the adviesvraag's anonymous part, with where they live.
/// The professional's own details (Over jou) are identified on purpose and not checked; nor is
/// the alias, a pseudonym the professional chose for this purpose ("Casus Zonnebloem" would
/// read as a name to every rule here).
fn adviesvraag_texts(case: &Case) -> Vec<(FieldRef, &str)> {
    let f = |place, item: Option<String>, part| FieldRef { place, item, part };
    let a = &case.adviesvraag;
    let mut out: Vec<(FieldRef, &str)> = Vec::new();
    for (i, m) in a.household.iter().enumerate() {
        out.push((f("adviesvraag", Some(i.to_string()), "household-role"), &m.role));
    }
    out.push((f("adviesvraag", None, "household-note"), &a.household_note));
    for (i, c) in a.concerns.iter().enumerate() {
        out.push((f("adviesvraag", Some(i.to_string()), "concern"), c));
    }
    out.push((f("adviesvraag", None, "own-possibilities"), &a.own_possibilities));
    out.push((f("adviesvraag", None, "question"), &a.question));
    for o in &case.observations {
        out.push((f("observation", Some(o.id.clone()), "fact"), &o.fact));
        out.push((f("observation", Some(o.id.clone()), "interpretation"), &o.interpretation));
        if let meldwijzer_protocol::case::InfoSource::Told { by } = &o.source {
            out.push((f("observation", Some(o.id.clone()), "by"), by));
        }
    }
    for q in &case.quotes {
        out.push((f("quote", Some(q.id.clone()), "words"), &q.words));
        out.push((f("quote", Some(q.id.clone()), "who"), &q.who));
    }
    for c in &case.consultations {
        out.push((f("consultation", Some(c.id.clone()), "outcome"), &c.outcome));
    }
    for c in &case.conversations {
        out.push((f("conversation", Some(c.id.clone()), "with-whom"), &c.with_whom));
        out.push((f("conversation", Some(c.id.clone()), "their-view"), &c.their_view));
        out.push((f("conversation", Some(c.id.clone()), "agreements"), &c.agreements));
    }
    match &case.gesprek {
        meldwijzer_protocol::case::GesprekStatus::Skipped { note, .. }
        | meldwijzer_protocol::case::GesprekStatus::Postponed { note, .. } => {
            out.push((f("gesprek", None, "note"), note));
        }
        meldwijzer_protocol::case::GesprekStatus::Planned => {}
    }
    for (q, a) in &case.answers {
        out.push((f("answer", Some(q.clone()), "reason"), &a.reason));
    }
    for (i, s) in case.safety_plan.unsafe_situations.iter().enumerate() {
        out.push((f("safety-plan", Some(i.to_string()), "unsafe-situation"), s));
    }
    for (k, t) in &case.safety_plan.texts {
        out.push((f("safety-plan", Some(k.clone()), "text"), t));
    }
    if let Some(c) = case.kindcheck.as_ref().and_then(|k| k.closed.as_ref()) {
        out.push((f("kindcheck", None, "note"), &c.note));
    }
    out
}

/// The warnings for the adviesvraag: every text of its anonymous part that holds findings.
pub fn adviesvraag_warnings(case: &Case, today: NaiveDate) -> Vec<Warning> {
    adviesvraag_texts(case)
        .into_iter()
        .filter_map(|(field, text)| {
            let findings = scan(text, today);
            (!findings.is_empty()).then(|| Warning { field, text: text.to_string(), findings })
        })
        .collect()
}

// ---------- The scanner ----------

/// Tussenvoegsels in Dutch surnames ("van der", "de", "van 't").
const TUSSENVOEGSELS: &[&str] = &[
    "van", "der", "den", "de", "het", "'t", "te", "ten", "ter", "in", "op", "la", "le", "du", "da", "el", "al", "von",
    "zu", "d'",
];

/// Words before a name: forms of address.
const TITLES: &[&str] = &[
    "mevrouw", "mevr", "mw", "meneer", "dhr", "heer", "juf", "juffrouw", "meester", "dokter", "dr", "mr", "mrs", "ms",
    "miss", "mister", "zuster", "broeder", "opa", "oma", "tante", "oom", "neef", "nicht",
];

/// Capitalised words that are no personal data: the meldcode's terms, institutions, the
/// names of languages and peoples, feasts, and the English days and months.
const ALLOWED: &[&str] = &[
    "veilig",
    "thuis",
    "kindcheck",
    "meldcode",
    "raad",
    "kinderbescherming",
    "signs",
    "safety",
    "top3",
    "lirik",
    "soep",
    "his",
    "parnassys",
    "magister",
    "jeugdgezondheidszorg",
    "wmo",
    "jeugdwet",
    "knmg",
    "augeo",
    "movisie",
    "pharos",
    "vlaggensysteem",
    "handle",
    "care",
    "zorg",
    "veiligheidshuis",
    "politie",
    "openbaar",
    "ministerie",
    "jeugdbescherming",
    "vertrouwensarts",
    "vertrouwensinspecteur",
    "inspectie",
    "onderwijs",
    "ggd",
    "jgz",
    "vgv",
    "nederland",
    "nederlands",
    "nederlandse",
    "engels",
    "engelse",
    "english",
    "dutch",
    "arabisch",
    "turks",
    "turkse",
    "marokkaans",
    "marokkaanse",
    "pools",
    "poolse",
    "syrisch",
    "syrische",
    "eritrees",
    "eritrese",
    "somalisch",
    "surinaams",
    "surinaamse",
    "god",
    "allah",
    "kerst",
    "kerstmis",
    "pasen",
    "ramadan",
    "suikerfeest",
    "offerfeest",
    "sinterklaas",
    "koningsdag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "i",
    "whatsapp",
    "instagram",
    "tiktok",
    "snapchat",
    "facebook",
    "youtube",
    "internet",
    "google",
    "ok",
    "oké",
    // Brands and games a text about a child's days names without naming anyone.
    "fortnite",
    "minecraft",
    "roblox",
    "netflix",
    "playstation",
    "xbox",
    "nintendo",
    "jumbo",
    "lidl",
    "aldi",
    "hema",
    "kruidvat",
    "action",
    "primark",
    "ikea",
    "mcdonald's",
    "discord",
];

/// Brand names of more than one word, as written (lower case); their words stay silent.
const ALLOWED_PHRASES: &[&str] = &["albert heijn", "coop", "burger king", "grand theft auto", "call of duty"];

/// Street-name endings; a word with one, followed by a house number, is an address.
const STREET_ENDINGS: &[&str] = &[
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "hof",
    "pad",
    "steeg",
    "dreef",
    "park",
    "ring",
    "baan",
    "markt",
    "plantsoen",
    "erf",
    "wal",
    "haven",
    "veld",
    "straatweg",
    "boulevard",
    "street",
    "road",
    "avenue",
    "lane",
];

/// Words that mark a nearby date as a date of birth.
const BIRTH_CUES: &[&str] = &["geboren", "geb.", "geboortedatum", "geb ", "born", "birth", "dob", "d.o.b"];

const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("april", 4),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("augustus", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mrt", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("october", 10),
    ("mar", 3),
    ("oct", 10),
];

/// A span in bytes, before it is turned into a [`Finding`].
#[derive(Debug, Clone, Copy)]
struct Span {
    kind: FindingKind,
    start: usize,
    end: usize,
}

/// A word: letters (and an inner apostrophe), with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(b, c)) in chars.iter().enumerate() {
        let next_is_letter = chars.get(i + 1).is_some_and(|(_, n)| n.is_alphabetic());
        // "'t" and "d'" belong to the word; an apostrophe between letters too.
        let part = c.is_alphanumeric() || ((c == '\'' || c == '’') && (next_is_letter || start.is_some()));
        match (part, start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                out.push(Word { text: &text[s..b], start: s, end: b });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { text: &text[s..], start: s, end: text.len() });
    }
    // An apostrophe at the end belongs to a word only in "d'".
    out.into_iter()
        .map(|w| {
            let t = w.text.trim_end_matches(['\'', '’']);
            if t.len() < w.text.len() && t.to_lowercase() != "d" {
                Word { text: t, start: w.start, end: w.start + t.len() }
            } else {
                w
            }
        })
        .filter(|w| !w.text.is_empty())
        .collect()
}

fn is_capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(|c| c.is_uppercase())
        && w.chars().any(|c| c.is_lowercase())
        && !w.chars().any(|c| c.is_ascii_digit())
}

fn is_allowed(w: &str) -> bool {
    let l = w.to_lowercase();
    ALLOWED.contains(&l.as_str())
}

/// Whether the word at `start` begins a sentence (or a line, a list item, a quote, a label's value).
fn sentence_start(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n' || "\"'„“”‘’«(".contains(c));
    match before.chars().last() {
        None => true,
        Some(c) => ".!?:;\n•*-–—>".contains(c),
    }
}

fn is_tussenvoegsel(w: &str) -> bool {
    let l = w.to_lowercase().replace('’', "'");
    TUSSENVOEGSELS.contains(&l.as_str())
}

fn name_spans(text: &str, ws: &[Word<'_>]) -> Vec<Span> {
    let adjacent = |a: &Word<'_>, b: &Word<'_>| {
        let gap = &text[a.end..b.start];
        !gap.is_empty() && gap.len() <= 2 && gap.chars().all(|c| c == ' ' || c == '.')
    };
    let brands = allowed_phrase_ranges(text);
    let cap = |w: &Word<'_>| {
        is_capitalised(w.text) && !is_allowed(w.text) && !brands.iter().any(|(s, e)| w.start >= *s && w.end <= *e)
    };
    let upper_first = |w: &Word<'_>| w.text.chars().next().is_some_and(char::is_uppercase);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let title =
            TITLES.contains(&ws[i].text.to_lowercase().as_str()) && ws.get(i + 1).is_some_and(|n| adjacent(&ws[i], n));
        let first = if title { i + 1 } else { i };
        // A run of tussenvoegsels and capitalised words: "Jan van der Berg", "De Vries".
        let (mut j, mut caps, mut last_cap) = (first, 0, None);
        while j < ws.len() && (j == first || adjacent(&ws[j - 1], &ws[j])) {
            if cap(&ws[j]) && !is_tussenvoegsel(ws[j].text) {
                caps += 1;
                last_cap = Some(j);
            } else if !is_tussenvoegsel(ws[j].text) {
                break;
            }
            j += 1;
        }
        let Some(last) = last_cap else {
            i += 1;
            continue;
        };
        // The span starts at the first capitalised word, or at the title's tussenvoegsel.
        let start = if title { first } else { (first..=last).find(|k| upper_first(&ws[*k])).unwrap_or(last) };
        let opens = sentence_start(text, ws[start].start);
        let flagged = title
            || caps >= 2
            || if is_tussenvoegsel(ws[start].text) {
                // "Van Dijk", "De Vries": a surname, unless "De" opens a sentence.
                !opens || ws[start].text.eq_ignore_ascii_case("van")
            } else {
                // One capitalised word mid-sentence: a proper noun (a person, a place, a school).
                !opens
            };
        if flagged {
            out.push(Span { kind: FindingKind::Name, start: ws[start].start, end: ws[last].end });
        }
        i = last + 1;
    }
    out
}

/// Byte ranges of the brand names in [`ALLOWED_PHRASES`].
fn allowed_phrase_ranges(text: &str) -> Vec<(usize, usize)> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        // Lower-casing changed byte lengths (rare letters): no ranges rather than wrong ones.
        return Vec::new();
    }
    ALLOWED_PHRASES
        .iter()
        .flat_map(|phrase| lower.match_indices(phrase).map(|(at, p)| (at, at + p.len())).collect::<Vec<_>>())
        .collect()
}

/// A name list: each name in lower case, with whether it is also an ordinary word (` *`).
type NameList = HashMap<String, bool>;

fn parse_list(text: &str) -> NameList {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| match line.strip_suffix(" *") {
            Some(name) => (name.trim().to_lowercase(), true),
            None => (line.to_lowercase(), false),
        })
        .collect()
}

/// Common first names (`anon/first_names.txt`).
fn first_names() -> &'static NameList {
    static LIST: OnceLock<NameList> = OnceLock::new();
    LIST.get_or_init(|| parse_list(include_str!("anon/first_names.txt")))
}

/// Dutch places and municipalities (`anon/places.txt`).
fn places() -> &'static NameList {
    static LIST: OnceLock<NameList> = OnceLock::new();
    LIST.get_or_init(|| parse_list(include_str!("anon/places.txt")))
}

/// The most words a place name in the list has ("Nuenen, Gerwen en Nederwetten").
const LONGEST_PLACE: usize = 5;

/// Words after a first name that show it is used as a name ("Roos zei", "Mark woont").
const NAME_CONTEXT: &[&str] = &[
    "zei", "zegt", "vertelde", "vertelt", "vroeg", "vraagt", "is", "was", "heeft", "had", "woont", "woonde", "komt",
    "kwam", "gaat", "ging", "wil", "wilde", "huilde", "huilt", "speelt", "speelde", "zit", "zat", "kreeg", "krijgt",
    "slaapt", "sliep", "durft", "mag", "moet", "kan", "zag", "ziet", "said", "says", "told", "lives", "has", "cried",
];

/// Known first names and places (see the lists' headers): a place anywhere it is capitalised,
/// except a one-word place that is also a word at a sentence start; a first name anywhere it is
/// capitalised, except one that is also a word at a sentence start without a sign that it is a
/// name after it (an age in brackets, a verb such as "zei"); a first name in lower case (four
/// letters or more) when it is no word.
///
/// Returns the spans, each with whether it is a place of more than one word (those go before
/// the other name rules, so "Alphen aan den Rijn" wins over "Rijn").
fn listed_name_spans(text: &str, ws: &[Word<'_>]) -> Vec<(Span, bool)> {
    let brands = allowed_phrase_ranges(text);
    let in_brand = |w: &Word<'_>| brands.iter().any(|(s, e)| w.start >= *s && w.end <= *e);
    let mut out = Vec::new();
    let mut i = 0;
    'words: while i < ws.len() {
        let w = ws[i];
        if is_allowed(w.text) || in_brand(&w) {
            i += 1;
            continue;
        }
        let opens = sentence_start(text, w.start);
        // Places, the longest match first; written with a capital (or "'s-", "'t").
        if w.text.starts_with(|c: char| c.is_uppercase() || c == '\'' || c == '’') {
            for n in (1..=LONGEST_PLACE.min(ws.len() - i)).rev() {
                let last = ws[i + n - 1];
                let joined = (i..i + n - 1).all(|k| {
                    let gap = &text[ws[k].end..ws[k + 1].start];
                    !gap.is_empty() && gap.len() <= 2 && gap.chars().all(|c| c == ' ' || c == '-' || c == ',')
                });
                if !joined {
                    continue;
                }
                let Some(&also_a_word) = places().get(&text[w.start..last.end].to_lowercase()) else {
                    continue;
                };
                if n == 1 && also_a_word && opens {
                    continue;
                }
                out.push((Span { kind: FindingKind::Name, start: w.start, end: last.end }, n > 1));
                i += n;
                continue 'words;
            }
        }
        // First names.
        if let Some(&also_a_word) = first_names().get(&w.text.to_lowercase()) {
            let flagged = if is_capitalised(w.text) {
                !opens || !also_a_word || {
                    let next = ws.get(i + 1);
                    let gap = next.map(|n| &text[w.end..n.start]).unwrap_or("");
                    let age =
                        gap.trim() == "(" && next.is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
                    let verb =
                        gap == " " && next.is_some_and(|n| NAME_CONTEXT.contains(&n.text.to_lowercase().as_str()));
                    // "Kees, de opa van moederskant, ...": a name and who it is.
                    let apposition =
                        gap == ", " && next.is_some_and(|n| ["de", "het", "mijn", "haar", "zijn"].contains(&n.text));
                    age || verb || apposition
                }
            } else {
                !also_a_word
                    && w.text.chars().all(char::is_lowercase)
                    && w.text.chars().count() >= 4
                    && !is_tussenvoegsel(w.text)
            };
            if flagged {
                out.push((Span { kind: FindingKind::Name, start: w.start, end: w.end }, false));
            }
        }
        i += 1;
    }
    out
}

/// Digit runs with the separators `sep` between digits: (byte start, byte end, digits).
fn digit_runs(text: &str, sep: &[char]) -> Vec<(usize, usize, String)> {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let (b, c) = cs[i];
        let prev_alnum = i > 0 && (cs[i - 1].1.is_alphanumeric());
        let plus = c == '+' && cs.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        if (c.is_ascii_digit() || plus) && !prev_alnum {
            let mut j = i + 1;
            let mut digits = String::new();
            if c.is_ascii_digit() {
                digits.push(c);
            }
            let mut end = b + c.len_utf8();
            while j < cs.len() {
                let (bj, cj) = cs[j];
                if cj.is_ascii_digit() {
                    digits.push(cj);
                    end = bj + 1;
                    j += 1;
                } else if (sep.contains(&cj) && cs.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit() || *n == '('))
                    || ((cj == '(' || cj == ')') && cs.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit() || *n == ' '))
                {
                    // A separator between digits, or brackets around an area code.
                    j += 1;
                } else {
                    break;
                }
            }
            let next_alnum = cs.get(j).is_some_and(|(_, n)| n.is_alphanumeric());
            if !next_alnum {
                out.push((b, end, digits));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn elfproef(d: &str) -> bool {
    let v: Vec<u32> = d.chars().filter_map(|c| c.to_digit(10)).collect();
    if v.len() != 9 || v.iter().all(|x| *x == 0) {
        return false;
    }
    let sum: i64 =
        v[..8].iter().enumerate().map(|(i, x)| i64::from(*x) * (9 - i as i64)).sum::<i64>() - i64::from(v[8]);
    sum % 11 == 0
}

fn number_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (s, e, digits) in digit_runs(text, &[' ', '-', '.']) {
        let raw = &text[s..e];
        let intl = raw.starts_with('+') || digits.starts_with("0031");
        if (intl && (11..=13).contains(&digits.len()))
            || (digits.starts_with('0') && !digits.starts_with("00") && digits.len() == 10 && !raw.contains('.'))
        {
            out.push(Span { kind: FindingKind::Phone, start: s, end: e });
        } else if digits.len() == 9 && elfproef(&digits) {
            out.push(Span { kind: FindingKind::Bsn, start: s, end: e });
        }
    }
    out
}

fn postcode_spans(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for i in 0..b.len() {
        if i > 0 && (b[i - 1].is_ascii_alphanumeric()) {
            continue;
        }
        if b.len() < i + 6 || !(b'1'..=b'9').contains(&b[i]) || !b[i + 1..i + 4].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let j = if b[i + 4] == b' ' { i + 5 } else { i + 4 };
        if b.len() < j + 2 || !b[j].is_ascii_uppercase() || !b[j + 1].is_ascii_uppercase() {
            continue;
        }
        if b.get(j + 2).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let letters = &text[j..j + 2];
        if ["SA", "SD", "SS"].contains(&letters) {
            continue;
        }
        out.push(Span { kind: FindingKind::Postcode, start: i, end: j + 2 });
    }
    out
}

fn address_spans(text: &str, ws: &[Word<'_>]) -> Vec<Span> {
    let mut out = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let l = w.text.to_lowercase();
        let street = STREET_ENDINGS.iter().any(|e| l.ends_with(e) && l.len() > e.len() + 1)
            || (is_capitalised(w.text) && STREET_ENDINGS.contains(&l.as_str()) && k > 0);
        if !street {
            continue;
        }
        let Some(n) = ws.get(k + 1) else { continue };
        let gap = &text[w.end..n.start];
        let num = n.text.chars().next().is_some_and(|c| c.is_ascii_digit())
            && n.text.chars().take_while(char::is_ascii_digit).count() <= 4;
        if gap.trim().is_empty() && gap.len() <= 2 && num {
            let start = if k > 0
                && is_capitalised(ws[k - 1].text)
                && text[ws[k - 1].end..w.start].trim().is_empty()
                && !is_capitalised(w.text)
            {
                ws[k - 1].start
            } else {
                w.start
            };
            out.push(Span { kind: FindingKind::Address, start, end: n.end });
        }
    }
    out
}

fn date_spans(text: &str, ws: &[Word<'_>], today: NaiveDate) -> Vec<Span> {
    let mut dates: Vec<(usize, usize, Option<NaiveDate>)> = Vec::new();
    // Numeric: d-m-yyyy, d/m/yy, d.m.yyyy.
    for (s, e, _) in digit_runs(text, &['-', '/', '.']) {
        let parts: Vec<&str> = text[s..e].split(['-', '/', '.']).collect();
        if parts.len() == 3
            && parts[0].len() <= 2
            && parts[1].len() <= 2
            && (parts[2].len() == 4 || parts[2].len() == 2)
        {
            let d = parts[0].parse().ok();
            let m = parts[1].parse().ok();
            let y: Option<i32> = parts[2].parse().ok().map(|y: i32| {
                if y < 100 {
                    if y + 2000 > today.year() {
                        y + 1900
                    } else {
                        y + 2000
                    }
                } else {
                    y
                }
            });
            if let (Some(d), Some(m), Some(y)) = (d, m, y) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    dates.push((s, e, Some(date)));
                }
            }
        } else if parts.len() == 3 && parts[0].len() == 4 {
            // ISO: yyyy-mm-dd.
            if let (Ok(y), Ok(m), Ok(d)) = (parts[0].parse(), parts[1].parse(), parts[2].parse()) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    dates.push((s, e, Some(date)));
                }
            }
        }
    }
    // Written: "3 maart 2015", "3 mrt. 2015".
    for k in 0..ws.len().saturating_sub(2) {
        let (d, m, y) = (ws[k], ws[k + 1], ws[k + 2]);
        let month = MONTHS.iter().find(|(n, _)| m.text.eq_ignore_ascii_case(n)).map(|(_, x)| *x);
        if let (Ok(day), Some(month), Ok(year)) = (d.text.parse::<u32>(), month, y.text.parse::<i32>()) {
            if y.text.len() == 4 && text[d.end..m.start].len() <= 2 && text[m.end..y.start].len() <= 3 {
                dates.push((d.start, y.end, NaiveDate::from_ymd_opt(year, month, day)));
            }
        }
    }
    let lower = text.to_lowercase();
    dates
        .into_iter()
        .filter(|(s, _, date)| {
            let from = lower[..*s].char_indices().rev().nth(30).map(|(i, _)| i).unwrap_or(0);
            let cue = BIRTH_CUES.iter().any(|c| lower[from..*s].contains(c));
            // Without a cue, a date more than two years back reads as a birth date rather than
            // something seen recently.
            let old = date.is_some_and(|d| (today - d).num_days() > 2 * 365);
            cue || old
        })
        .map(|(s, e, _)| Span { kind: FindingKind::BirthDate, start: s, end: e })
        .collect()
}

fn email_spans(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let local = |c: u8| c.is_ascii_alphanumeric() || b"._%+-".contains(&c);
    let domain = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'-';
    let mut out = Vec::new();
    for (at, _) in text.match_indices('@') {
        let mut s = at;
        while s > 0 && local(b[s - 1]) {
            s -= 1;
        }
        let mut e = at + 1;
        while e < b.len() && domain(b[e]) {
            e += 1;
        }
        while e > at + 1 && b[e - 1] == b'.' {
            e -= 1;
        }
        let dom = &text[at + 1..e];
        if s < at
            && dom.contains('.')
            && dom.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        {
            out.push(Span { kind: FindingKind::Email, start: s, end: e });
        }
    }
    out
}

/// Everything in `text` that looks identifying, in order, without overlaps. `today` tells a
/// date of birth from a date something was seen.
pub fn scan(text: &str, today: NaiveDate) -> Vec<Finding> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let ws = words(text);
    // Earlier detectors win an overlap: an e-mail over the name in it, a date over a phone.
    let mut spans: Vec<Span> = Vec::new();
    let mut add = |new: Vec<Span>| {
        for n in new {
            if !spans.iter().any(|s| n.start < s.end && s.start < n.end) {
                spans.push(n);
            }
        }
    };
    add(email_spans(text));
    add(date_spans(text, &ws, today));
    add(postcode_spans(text));
    add(number_spans(text));
    add(address_spans(text, &ws));
    let (places, listed): (Vec<_>, Vec<_>) = listed_name_spans(text, &ws).into_iter().partition(|(_, multi)| *multi);
    add(places.into_iter().map(|(span, _)| span).collect());
    add(name_spans(text, &ws));
    add(listed.into_iter().map(|(span, _)| span).collect());
    spans.sort_by_key(|s| s.start);
    let utf16 = |b: usize| text[..b].encode_utf16().count();
    spans
        .into_iter()
        .map(|s| Finding {
            kind: s.kind,
            start: utf16(s.start),
            end: utf16(s.end),
            excerpt: text[s.start..s.end].to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests;
