//! Packs: an organisation's own meldcode (its aandachtsfunctionaris, internal route, extra
//! consultations and notes) and a region's partners (Veilig Thuis, Centrum Seksueel Geweld,
//! Zorg- en Veiligheidshuis, opvang, lokale teams, initiatives), as versioned TOML files an
//! aandachtsfunctionaris writes, checks and signs. The format is documented in
//! `content/packs/README.md`.
//!
//! A pack adds to the national content; it can never change it. Keys that would (the
//! afwegingskader, meldnormen, the national contacts, routing) are unknown keys with their own
//! message, and a pack cannot list a national number as one of its own.
//!
//! Like an oefencasus a pack carries its own texts (its authors do not write Fluent); they are
//! in the pack's language (Dutch). Everything around them is Fluent.
//!
//! Invariants: no IO, no clock (today arrives as an argument), no Fluent, no randomness except
//! [`sig::new_key_file`]'s, which takes its generator. Every problem is a [`Problem`] with a line,
//! a column and a code that is a Fluent id in `locales/*/packs.ftl`. Input is capped (size,
//! nesting, counts, text lengths) before and while it is parsed; no input panics.
#![deny(missing_docs)]

pub mod sig;

use chrono::NaiveDate;
use meldwijzer_protocol::content::line_col;
use meldwijzer_protocol::Protocol;
use serde::Deserialize;
use toml::Spanned;

pub use sig::Signature;

/// The value of the `format` key every pack starts with.
pub const FORMAT: &str = "meldwijzer-pack";
/// The format version this build reads.
pub const VERSION: i64 = 1;
/// Largest pack accepted, in bytes.
pub const MAX_BYTES: usize = 64 * 1024;
/// Deepest nesting of arrays, tables and dotted keys accepted.
pub const MAX_DEPTH: usize = 4;
/// Most items in one list.
pub const MAX_ITEMS: usize = 60;
/// Longest text, in characters.
pub const MAX_TEXT: usize = 1000;
/// Longest id, in characters.
pub const MAX_ID: usize = 64;
/// A review date at most this many days after `valid_from`.
pub const MAX_REVIEW_DAYS: i64 = 3 * 366;

/// Keys a pack may never use: they would change the national meldcode. Each is refused with
/// `pack-error-protected` where it appears.
pub const PROTECTED_KEYS: &[&str] = &[
    "afwegingskader",
    "afweging",
    "afwegingen",
    "kader",
    "question",
    "questions",
    "meldnorm",
    "meldnormen",
    "outcome",
    "outcomes",
    "routing",
    "leads_to",
    "decision",
    "decisions",
    "contact",
    "contacts",
    "national",
    "noodnummer",
    "veilig-thuis-nummer",
    "steps",
];

/// Marks a string literal as a Fluent message id, so the locale checks can find it.
pub const fn ftl(id: &'static str) -> &'static str {
    id
}

/// One problem in a pack: where, and what (a Fluent id with its arguments).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line (0: the file as a whole).
    pub line: usize,
    /// 1-based column in characters (0: the file as a whole).
    pub col: usize,
    /// Fluent id in `locales/*/packs.ftl`.
    pub code: &'static str,
    /// The message's variables.
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    fn at(text: &str, offset: usize, code: &'static str, args: Vec<(&'static str, String)>) -> Problem {
        let (line, col) = line_col(text, offset);
        Problem { line, col, code, args }
    }

    fn whole(code: &'static str, args: Vec<(&'static str, String)>) -> Problem {
        Problem { line: 0, col: 0, code, args }
    }
}

/// The two kinds of pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An organisation's own meldcode.
    Organisation,
    /// A region's partners.
    Region,
}

impl Kind {
    /// `organisation` or `region`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Organisation => "organisation",
            Kind::Region => "region",
        }
    }
}

/// How to reach a person or an organisation, and where the entry comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Who or what.
    pub name: String,
    /// A partner's kind (`veilig-thuis`, `csg`, `zorg-en-veiligheidshuis`, `opvang`,
    /// `lokaal-team`, `initiatief`, `overig`); for a person, their role.
    #[serde(default)]
    pub kind: Option<String>,
    /// A role in the organisation (the aandachtsfunctionaris).
    #[serde(default)]
    pub role: Option<String>,
    /// A work number, never a client's.
    #[serde(default)]
    pub phone: Option<String>,
    /// A work e-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// A web address (https).
    #[serde(default)]
    pub web: Option<String>,
    /// A visiting or postal address, or a place.
    #[serde(default)]
    pub address: Option<String>,
    /// Municipalities served (a lokaal team, an initiative that runs in some).
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// What they do.
    #[serde(default)]
    pub what: Option<String>,
    /// When to involve them.
    #[serde(default)]
    pub when: Option<String>,
    /// Where this comes from (a web address or a document).
    pub source: String,
    /// Since when it holds (`YYYY-MM-DD`).
    pub valid_from: String,
    /// Whether the author could confirm it from the source.
    pub confirmed: bool,
}

/// A text for one step (the internal route, a note, what happens next).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    /// Step id (`steps.toml`), or `na-melding` for after a melding.
    pub step: String,
    /// Who to inform (internal route).
    #[serde(default)]
    pub inform: Option<String>,
    /// Where the dossier lives (internal route).
    #[serde(default)]
    pub dossier: Option<String>,
    /// The text.
    #[serde(default)]
    pub text: Option<String>,
    /// Where this comes from.
    pub source: String,
    /// Since when it holds (`YYYY-MM-DD`).
    pub valid_from: String,
    /// Whether the author could confirm it.
    pub confirmed: bool,
}

/// An extra consultation kind for step 2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// Stable id (not one of the national consultation kinds).
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it is for.
    pub what: String,
    /// Where this comes from.
    pub source: String,
    /// Since when it holds.
    pub valid_from: String,
    /// Whether the author could confirm it.
    pub confirmed: bool,
}

/// An organisation's own meldcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// Field id (`case.toml`).
    pub field: String,
    /// The region pack's id it works with, if named.
    pub region: Option<String>,
    /// The aandachtsfunctionaris.
    pub aandachtsfunctionaris: Entry,
    /// The internal route, per step.
    pub route: Vec<StepText>,
    /// Extra consultation kinds for step 2.
    pub consultations: Vec<Consultation>,
    /// Extra guidance per step.
    pub notes: Vec<StepText>,
}

/// A region's partners.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The CBS Veilig Thuis-regio code (`VT03`).
    pub code: String,
    /// The municipalities in the region.
    pub municipalities: Vec<String>,
    /// The partners.
    pub partners: Vec<Entry>,
    /// What happens next in this region, per step (`beslissen`, `na-melding`).
    pub next: Vec<StepText>,
}

/// A checked pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// Stable id.
    pub id: String,
    /// Organisation or region.
    pub kind: Kind,
    /// The organisation's or region's name.
    pub name: String,
    /// Who wrote and signs it.
    pub publisher: String,
    /// Since when it holds.
    pub valid_from: NaiveDate,
    /// When it must be reviewed; after that it is shown as out of date.
    pub review_by: NaiveDate,
    /// Where `review_by` is (line, column).
    pub review_by_at: (usize, usize),
    /// For an organisation pack.
    pub organisation: Option<Organisation>,
    /// For a region pack.
    pub region: Option<Region>,
    /// The signature found.
    pub signature: Signature,
}

impl Pack {
    /// Every entry and step text's `confirmed = false` count.
    pub fn unconfirmed(&self) -> usize {
        let mut n = 0;
        if let Some(o) = &self.organisation {
            n += usize::from(!o.aandachtsfunctionaris.confirmed);
            n += o.route.iter().chain(&o.notes).filter(|s| !s.confirmed).count();
            n += o.consultations.iter().filter(|c| !c.confirmed).count();
        }
        if let Some(r) = &self.region {
            n += r.partners.iter().filter(|e| !e.confirmed).count();
            n += r.next.iter().filter(|s| !s.confirmed).count();
        }
        n
    }

    /// Whether the review date has passed on `today`.
    pub fn past_review(&self, today: NaiveDate) -> bool {
        today > self.review_by
    }
}

#[derive(Deserialize)]
struct Header {
    format: Option<Spanned<toml::Value>>,
    version: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    kind: Spanned<String>,
    id: Spanned<String>,
    name: Spanned<String>,
    publisher: Spanned<String>,
    valid_from: Spanned<String>,
    review_by: Spanned<String>,
    organisation: Option<Spanned<RawOrganisation>>,
    region: Option<Spanned<RawRegion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    field: Spanned<String>,
    #[serde(default)]
    region: Option<Spanned<String>>,
    aandachtsfunctionaris: Spanned<Entry>,
    #[serde(default)]
    route: Vec<Spanned<StepText>>,
    #[serde(default)]
    consultation: Vec<Spanned<Consultation>>,
    #[serde(default)]
    note: Vec<Spanned<StepText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    code: Spanned<String>,
    municipalities: Spanned<Vec<String>>,
    #[serde(default)]
    partner: Vec<Spanned<Entry>>,
    #[serde(default)]
    next: Vec<Spanned<StepText>>,
}

/// Where nesting of arrays, inline tables, table headers and dotted keys first goes deeper
/// than [`MAX_DEPTH`], if it does. A small TOML lexer: brackets inside strings and comments do
/// not count.
fn too_deep(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') => {
                let close: &[u8] = if q == b'"' { b"\"\"\"" } else { b"'''" };
                let triple = b[i..].starts_with(close);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if q == b'"' && b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if b[i..].starts_with(close) {
                            i += 2;
                            break;
                        }
                    } else if b[i] == q || b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'.' => {
                let mut dots = 0;
                let mut j = i;
                while j < b.len() && !matches!(b[j], b'\n' | b'#' | b'=' | b'"' | b'\'' | b']' | b',' | b'}') {
                    if b[j] == b'.' {
                        dots += 1;
                    }
                    j += 1;
                }
                if dots >= MAX_DEPTH {
                    return Some(i);
                }
                i = j.max(i + 1);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn between(m: &str, open: &str) -> Option<String> {
    let start = m.find(open)? + open.len();
    let end = m[start..].find('`')?;
    Some(m[start..start + end].to_string())
}

/// Turns a TOML or serde message into a problem code; the span gives the place.
fn toml_problem(text: &str, e: &toml::de::Error) -> Problem {
    let msg = e.message();
    let offset = e.span().map_or(0, |s| s.start);
    let (code, args) = if msg.starts_with("unknown field") {
        let key = between(msg, "`").unwrap_or_default();
        if PROTECTED_KEYS.contains(&key.as_str()) {
            (ftl("pack-error-protected"), vec![("key", key)])
        } else {
            (ftl("pack-error-unknown-key"), vec![("key", key)])
        }
    } else if msg.starts_with("missing field") {
        (ftl("pack-error-missing-key"), vec![("key", between(msg, "`").unwrap_or_default())])
    } else if msg.contains("duplicate key") {
        (ftl("pack-error-duplicate-key"), vec![])
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let expected = rest.split("expected ").nth(1).unwrap_or("");
        let kind = if expected.contains("string") {
            "text"
        } else if expected.contains("sequence") {
            "list"
        } else if expected.contains("bool") {
            "bool"
        } else if expected.contains("i64") || expected.contains("integer") {
            "number"
        } else {
            "table"
        };
        (ftl("pack-error-wrong-type"), vec![("expected", kind.to_string())])
    } else if msg.starts_with("invalid value") || msg.contains("out of range") {
        (ftl("pack-error-wrong-type"), vec![("expected", "number".to_string())])
    } else {
        let detail: String = msg.trim().replace('\n', " ").chars().take(200).collect();
        (ftl("pack-error-syntax"), vec![("detail", detail)])
    };
    match e.span() {
        Some(_) => Problem::at(text, offset, code, args),
        None => Problem::whole(code, args),
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// The digits of a phone number, to compare numbers written differently.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

const PARTNER_KINDS: &[&str] =
    &["veilig-thuis", "csg", "zorg-en-veiligheidshuis", "opvang", "lokaal-team", "initiatief", "politie", "overig"];
/// Steps a region's "what happens next" may name besides the meldcode's own.
const AFTER_MELDING: &str = "na-melding";

struct Check<'a> {
    text: &'a str,
    protocol: &'a Protocol,
    problems: Vec<Problem>,
    national: Vec<(String, String)>,
}

impl Check<'_> {
    fn add(&mut self, offset: usize, code: &'static str, args: Vec<(&'static str, String)>) {
        self.problems.push(Problem::at(self.text, offset, code, args));
    }

    fn string(&mut self, at: usize, s: &str) {
        if s.trim().is_empty() {
            self.add(at, ftl("pack-error-text-empty"), vec![]);
        } else if s.chars().count() > MAX_TEXT {
            self.add(at, ftl("pack-error-text-too-long"), vec![("max", MAX_TEXT.to_string())]);
        } else if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            self.add(at, ftl("pack-error-control-char"), vec![]);
        }
    }

    fn opt(&mut self, at: usize, s: &Option<String>) {
        if let Some(s) = s {
            self.string(at, s);
        }
    }

    fn date(&mut self, at: usize, key: &str, s: &str) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) if s.len() == 10 => Some(d),
            _ => {
                self.add(at, ftl("pack-error-date"), vec![("key", key.to_string()), ("value", clip(s))]);
                None
            }
        }
    }

    fn provenance(&mut self, at: usize, source: &str, valid_from: &str) {
        self.string(at, source);
        if !(source.starts_with("https://") || source.starts_with("http://") || source.starts_with("document:")) {
            self.add(at, ftl("pack-error-source"), vec![("value", clip(source))]);
        }
        self.date(at, "valid_from", valid_from);
    }

    fn items<T>(&mut self, list: &[Spanned<T>]) {
        if let Some(extra) = list.get(MAX_ITEMS) {
            self.add(extra.span().start, ftl("pack-error-list-too-long"), vec![("max", MAX_ITEMS.to_string())]);
        }
    }

    fn list_len(&mut self, at: usize, n: usize) {
        if n > MAX_ITEMS {
            self.add(at, ftl("pack-error-list-too-long"), vec![("max", MAX_ITEMS.to_string())]);
        }
    }

    fn entry(&mut self, at: usize, e: &Entry) {
        self.string(at, &e.name);
        for s in [&e.kind, &e.role, &e.phone, &e.email, &e.address, &e.what, &e.when] {
            self.opt(at, s);
        }
        self.list_len(at, e.municipalities.len());
        for m in &e.municipalities {
            self.string(at, m);
        }
        if let Some(w) = &e.web {
            self.string(at, w);
            if !w.starts_with("https://") {
                self.add(at, ftl("pack-error-web"), vec![("value", clip(w))]);
            }
        }
        if let Some(p) = &e.phone {
            let d = digits(p);
            if let Some((id, _)) = self.national.iter().find(|(_, n)| !d.is_empty() && d == *n) {
                let id = id.clone();
                self.add(at, ftl("pack-error-national-number"), vec![("contact", id)]);
            }
        }
        if let Some(m) = &e.email {
            if !m.contains('@') || m.contains(char::is_whitespace) {
                self.add(at, ftl("pack-error-email"), vec![("value", clip(m))]);
            }
        }
        self.provenance(at, &e.source, &e.valid_from);
    }

    fn step_text(&mut self, at: usize, s: &StepText, allow_after: bool, route: bool) {
        let known = self.protocol.step(&s.step).is_some() || (allow_after && s.step == AFTER_MELDING);
        if !known {
            self.add(at, ftl("pack-error-unknown-ref"), vec![("kind", "step".into()), ("id", clip(&s.step))]);
        }
        self.opt(at, &s.inform);
        self.opt(at, &s.dossier);
        self.opt(at, &s.text);
        let empty = if route { s.inform.is_none() && s.dossier.is_none() } else { s.text.is_none() };
        if empty {
            let key = if route { "inform" } else { "text" };
            self.add(at, ftl("pack-error-missing-key"), vec![("key", key.to_string())]);
        }
        self.provenance(at, &s.source, &s.valid_from);
    }
}

fn clip(s: &str) -> String {
    let mut c: String = s.chars().take(60).filter(|c| !c.is_control()).collect();
    if s.chars().count() > 60 {
        c.push('…');
    }
    c
}

/// Parses and validates one pack, and checks its signature: a signature that does not verify
/// is a problem (`pack-error-signature-bad`), an unsigned pack is not (the caller decides).
/// Every problem found is returned, in file order; a file that does not parse as TOML, or is
/// too large or too deep, gives one problem.
pub fn parse(bytes: &[u8], protocol: &Protocol) -> Result<Pack, Vec<Problem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![Problem::whole(ftl("pack-error-too-large"), vec![("max", (MAX_BYTES / 1024).to_string())])]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let (line, col) = line_col(good, good.len());
            return Err(vec![Problem { line, col, code: ftl("pack-error-not-utf8"), args: vec![] }]);
        }
    };
    if text.trim().is_empty() {
        return Err(vec![Problem::whole(ftl("pack-error-empty-file"), vec![])]);
    }
    if let Some(at) = text.find(|c: char| c.is_control() && !matches!(c, '\n' | '\t' | '\r')) {
        return Err(vec![Problem::at(text, at, ftl("pack-error-control-char"), vec![])]);
    }
    if let Some(at) = too_deep(text) {
        return Err(vec![Problem::at(text, at, ftl("pack-error-too-deep"), vec![("max", MAX_DEPTH.to_string())])]);
    }
    let signature = sig::verify(bytes);
    match signature {
        Signature::Malformed { at } => {
            return Err(vec![Problem::at(text, at, ftl("pack-error-signature-malformed"), vec![])]);
        }
        Signature::Invalid { at, .. } => {
            return Err(vec![Problem::at(text, at, ftl("pack-error-signature-bad"), vec![])]);
        }
        _ => {}
    }
    let header: Header = toml::from_str(text).map_err(|e| vec![toml_problem(text, &e)])?;
    match &header.format {
        Some(f) if f.get_ref().as_str() == Some(FORMAT) => {}
        Some(f) => {
            let found = f.get_ref().as_str().map_or_else(|| f.get_ref().to_string(), str::to_string);
            return Err(vec![Problem::at(
                text,
                f.span().start,
                ftl("pack-error-format"),
                vec![("expected", FORMAT.to_string()), ("found", clip(&found))],
            )]);
        }
        None => return Err(vec![Problem::at(text, 0, ftl("pack-error-missing-key"), vec![("key", "format".into())])]),
    }
    match &header.version {
        Some(v) if v.get_ref().as_integer() == Some(VERSION) => {}
        Some(v) => {
            let found = match v.get_ref() {
                toml::Value::Integer(i) => i.to_string(),
                other => clip(&other.to_string()),
            };
            return Err(vec![Problem::at(
                text,
                v.span().start,
                ftl("pack-error-version"),
                vec![("found", found), ("supported", VERSION.to_string())],
            )]);
        }
        None => return Err(vec![Problem::at(text, 0, ftl("pack-error-missing-key"), vec![("key", "version".into())])]),
    }
    let raw: RawPack = toml::from_str(text).map_err(|e| vec![toml_problem(text, &e)])?;
    validate(text, protocol, raw, signature)
}

fn validate(text: &str, protocol: &Protocol, raw: RawPack, signature: Signature) -> Result<Pack, Vec<Problem>> {
    let national = protocol.contacts().iter().map(|c| (c.id.clone(), digits(&c.number))).collect();
    let mut c = Check { text, protocol, problems: Vec::new(), national };
    let kind = match raw.kind.get_ref().as_str() {
        "organisation" => Some(Kind::Organisation),
        "region" => Some(Kind::Region),
        other => {
            c.add(raw.kind.span().start, ftl("pack-error-kind"), vec![("found", clip(other))]);
            None
        }
    };
    if !is_id(raw.id.get_ref()) {
        c.add(raw.id.span().start, ftl("pack-error-id"), vec![("max", MAX_ID.to_string())]);
    }
    c.string(raw.name.span().start, raw.name.get_ref());
    c.string(raw.publisher.span().start, raw.publisher.get_ref());
    let valid_from = c.date(raw.valid_from.span().start, "valid_from", raw.valid_from.get_ref());
    let review_at = raw.review_by.span().start;
    let review_by = c.date(review_at, "review_by", raw.review_by.get_ref());
    if let (Some(from), Some(review)) = (valid_from, review_by) {
        if review <= from {
            c.add(review_at, ftl("pack-error-review-before"), vec![]);
        } else if (review - from).num_days() > MAX_REVIEW_DAYS {
            c.add(review_at, ftl("pack-error-review-far"), vec![("years", (MAX_REVIEW_DAYS / 366).to_string())]);
        }
    }

    // The part of the other kind must be absent; the part of its own kind present.
    let wrong_part = |c: &mut Check<'_>, at: usize, key: &str| {
        c.add(at, ftl("pack-error-wrong-part"), vec![("key", key.to_string()), ("kind", raw.kind.get_ref().clone())]);
    };
    let mut organisation = None;
    let mut region = None;
    match (kind, &raw.organisation, &raw.region) {
        (Some(Kind::Organisation), _, Some(r)) => wrong_part(&mut c, r.span().start, "region"),
        (Some(Kind::Region), Some(o), _) => wrong_part(&mut c, o.span().start, "organisation"),
        (Some(Kind::Organisation), None, None) => {
            c.add(text.len(), ftl("pack-error-missing-key"), vec![("key", "organisation".into())])
        }
        (Some(Kind::Region), None, None) => {
            c.add(text.len(), ftl("pack-error-missing-key"), vec![("key", "region".into())])
        }
        _ => {}
    }
    if let (Some(Kind::Organisation), Some(o)) = (kind, &raw.organisation) {
        let o = o.get_ref();
        if protocol.field(o.field.get_ref()).is_none() {
            c.add(
                o.field.span().start,
                ftl("pack-error-unknown-ref"),
                vec![("kind", "field".into()), ("id", clip(o.field.get_ref()))],
            );
        }
        if let Some(r) = &o.region {
            if !is_id(r.get_ref()) {
                c.add(r.span().start, ftl("pack-error-id"), vec![("max", MAX_ID.to_string())]);
            }
        }
        let af = &o.aandachtsfunctionaris;
        c.entry(af.span().start, af.get_ref());
        if af.get_ref().role.is_none() {
            c.add(af.span().start, ftl("pack-error-missing-key"), vec![("key", "role".into())]);
        }
        if af.get_ref().phone.is_none() && af.get_ref().email.is_none() && af.get_ref().address.is_none() {
            c.add(af.span().start, ftl("pack-error-no-reach"), vec![]);
        }
        c.items(&o.route);
        c.items(&o.consultation);
        c.items(&o.note);
        for r in &o.route {
            c.step_text(r.span().start, r.get_ref(), false, true);
        }
        for n in &o.note {
            c.step_text(n.span().start, n.get_ref(), false, false);
        }
        let mut seen: Vec<String> = Vec::new();
        for k in &o.consultation {
            let at = k.span().start;
            let k = k.get_ref();
            if !is_id(&k.id) {
                c.add(at, ftl("pack-error-id"), vec![("max", MAX_ID.to_string())]);
            } else if protocol.consultations().iter().any(|n| n.id == k.id) {
                c.add(at, ftl("pack-error-national-consultation"), vec![("id", k.id.clone())]);
            } else if seen.contains(&k.id) {
                c.add(at, ftl("pack-error-duplicate"), vec![("id", k.id.clone())]);
            }
            seen.push(k.id.clone());
            c.string(at, &k.name);
            c.string(at, &k.what);
            c.provenance(at, &k.source, &k.valid_from);
        }
        organisation = Some(Organisation {
            field: o.field.get_ref().clone(),
            region: o.region.as_ref().map(|r| r.get_ref().clone()),
            aandachtsfunctionaris: af.get_ref().clone(),
            route: o.route.iter().map(|r| r.get_ref().clone()).collect(),
            consultations: o.consultation.iter().map(|k| k.get_ref().clone()).collect(),
            notes: o.note.iter().map(|n| n.get_ref().clone()).collect(),
        });
    }
    if let (Some(Kind::Region), Some(r)) = (kind, &raw.region) {
        let r = r.get_ref();
        let code = r.code.get_ref();
        let code_ok = code.len() == 4 && code.starts_with("VT") && code[2..].bytes().all(|b| b.is_ascii_digit());
        if !code_ok {
            c.add(r.code.span().start, ftl("pack-error-region-code"), vec![("value", clip(code))]);
        }
        let m_at = r.municipalities.span().start;
        if r.municipalities.get_ref().is_empty() {
            c.add(m_at, ftl("pack-error-list-empty"), vec![]);
        }
        c.list_len(m_at, r.municipalities.get_ref().len());
        for m in r.municipalities.get_ref() {
            c.string(m_at, m);
        }
        c.items(&r.partner);
        c.items(&r.next);
        for p in &r.partner {
            let at = p.span().start;
            let e = p.get_ref();
            c.entry(at, e);
            match &e.kind {
                Some(k) if PARTNER_KINDS.contains(&k.as_str()) => {}
                Some(k) => c.add(at, ftl("pack-error-unknown-ref"), vec![("kind", "partner".into()), ("id", clip(k))]),
                None => c.add(at, ftl("pack-error-missing-key"), vec![("key", "kind".into())]),
            }
        }
        if !r.partner.iter().any(|p| p.get_ref().kind.as_deref() == Some("veilig-thuis")) {
            c.add(text.len(), ftl("pack-error-no-veilig-thuis"), vec![]);
        }
        for n in &r.next {
            c.step_text(n.span().start, n.get_ref(), true, false);
        }
        region = Some(Region {
            code: code.clone(),
            municipalities: r.municipalities.get_ref().clone(),
            partners: r.partner.iter().map(|p| p.get_ref().clone()).collect(),
            next: r.next.iter().map(|n| n.get_ref().clone()).collect(),
        });
    }
    if !c.problems.is_empty() {
        c.problems.sort_by_key(|p| (p.line, p.col));
        return Err(c.problems);
    }
    match (kind, valid_from, review_by) {
        (Some(kind), Some(valid_from), Some(review_by)) => Ok(Pack {
            id: raw.id.get_ref().clone(),
            kind,
            name: raw.name.get_ref().clone(),
            publisher: raw.publisher.get_ref().clone(),
            valid_from,
            review_by,
            review_by_at: line_col(text, review_at),
            organisation,
            region,
            signature,
        }),
        // Each of these added a problem above.
        _ => Err(vec![Problem::whole(ftl("pack-error-syntax"), vec![("detail", String::new())])]),
    }
}

/// [`parse`], and a pack whose review date has passed on `today` refused too
/// (`pack-error-review-past`, at the review date): what `meldwijzer-pack check` and the app's
/// import run. A pack already imported that passes its date later is kept and shown as out of
/// date.
pub fn check(bytes: &[u8], protocol: &Protocol, today: NaiveDate) -> Result<Pack, Vec<Problem>> {
    let pack = parse(bytes, protocol)?;
    if pack.past_review(today) {
        let (line, col) = pack.review_by_at;
        return Err(vec![Problem {
            line,
            col,
            code: ftl("pack-error-review-past"),
            args: vec![("date", pack.review_by.format("%Y-%m-%d").to_string())],
        }]);
    }
    Ok(pack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_ignores_brackets_in_strings_and_comments() {
        assert_eq!(too_deep("a = \"[[[[[[[[[[\" # [[[[[[[[[[\nb = '{{{{{{{{{{'"), None);
        assert!(too_deep(&format!("a = {}1{}", "[".repeat(10), "]".repeat(10))).is_some());
        assert!(too_deep("a.b.c.d.e = 1").is_some());
        assert_eq!(too_deep("[[region.partner]]\nname = \"x\""), None);
    }

    #[test]
    fn digits_compare_numbers_written_differently() {
        assert_eq!(digits("0800 - 2000"), digits("0800-2000"));
    }
}
