//! Oefencasussen (training cases): the versioned TOML format in which trainers write
//! fictitious cases, revealed round by round along the five steps, and its parser and
//! validator. The format is documented in `content/training/README.md`.
//!
//! A case file carries its own texts per language (`nl` required, `en` optional): trainers do
//! not write Fluent. Everything else follows the rest of Meldwijzer: ids come from the content
//! ([`Protocol`]), and each round's expected route is checked by the scenario engine
//! ([`meldwijzer_protocol::scenario`]) for every field the case can be run in.
//!
//! Invariants: no IO (text arrives as bytes), no clock, no Fluent. Every problem is a
//! [`Problem`] with a line, a column and a code that is a Fluent id in
//! `locales/*/training.ftl`, so the app and the `meldwijzer-oefen` CLI print the same message.
//! Input is capped (size, nesting, counts, text lengths) before and while it is parsed.
#![deny(missing_docs)]

use std::collections::BTreeMap;

use meldwijzer_protocol::content::line_col;
use meldwijzer_protocol::scenario::{self, Expect, Scenario, ScenarioCase, ScenarioKindcheck};
use meldwijzer_protocol::{Case, Protocol};
use serde::Deserialize;
use toml::Spanned;

/// The value of the `format` key every case file starts with.
pub const FORMAT: &str = "meldwijzer-oefencasus";
/// The format version this build reads.
pub const VERSION: i64 = 1;
/// Largest case file accepted, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;
/// Deepest nesting of arrays and inline tables accepted.
pub const MAX_DEPTH: usize = 8;
/// Most rounds in one case.
pub const MAX_ROUNDS: usize = 12;
/// Most items in one list (facts, questions, mistakes, fields, ids).
pub const MAX_ITEMS: usize = 30;
/// Longest text, in characters.
pub const MAX_TEXT: usize = 3000;
/// Longest id, in characters.
pub const MAX_ID: usize = 64;

/// Marks a string literal as a Fluent message id, so the locale checks can find it.
pub const fn ftl(id: &'static str) -> &'static str {
    id
}

/// One problem in a case file: where, and what (a Fluent id with its arguments).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line (0: the file as a whole).
    pub line: usize,
    /// 1-based column in characters (0: the file as a whole).
    pub col: usize,
    /// Fluent id in `locales/*/training.ftl`.
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

/// A text in the case's languages: Dutch always, English when the author wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Dutch (required).
    pub nl: String,
    /// English.
    pub en: Option<String>,
}

impl Text {
    /// The text in `lang`, or the Dutch one.
    pub fn get(&self, lang: &str) -> &str {
        match (lang, &self.en) {
            ("en", Some(en)) => en,
            _ => &self.nl,
        }
    }
}

/// A list of texts in the case's languages; an English list, if present, has as many items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextList {
    /// Dutch items.
    pub nl: Vec<String>,
    /// English items, in the same order.
    pub en: Option<Vec<String>>,
}

impl TextList {
    /// The items in `lang`, or the Dutch ones.
    pub fn get(&self, lang: &str) -> &[String] {
        match (lang, &self.en) {
            ("en", Some(en)) => en,
            _ => &self.nl,
        }
    }
}

/// What a round adds to the case, in the scenario engine's terms (ids from content).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The child is also at home with the suspect (route `ander-kind`).
    pub also_at_home: Option<bool>,
    /// Forms of violence (`case.toml`).
    #[serde(default)]
    pub forms: Vec<String>,
    /// Acute situations (`acute.toml`).
    #[serde(default)]
    pub acute: Vec<String>,
    /// Literal words (a disclosure).
    #[serde(default)]
    pub quotes: Vec<String>,
    /// Escalation red flags (`acute.toml`).
    #[serde(default)]
    pub red_flags: Vec<String>,
    /// Consultation kinds held (`case.toml`).
    #[serde(default)]
    pub consultations: Vec<String>,
    /// Oudersignalen (`kindcheck.toml`).
    #[serde(default)]
    pub kindcheck_triggers: Vec<String>,
    /// Gezinsprofiel indicators (`profiles.toml`).
    #[serde(default)]
    pub profile_indicators: Vec<String>,
    /// Profile id to `confirmed` or `rejected`.
    #[serde(default)]
    pub profile_hypotheses: BTreeMap<String, String>,
    /// The Kindcheck as walked so far.
    pub kindcheck: Option<ScenarioKindcheck>,
}

/// One field's own part of a round: what it records or answers differently, and what its
/// route must show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldRound {
    /// Recorded only in this field.
    #[serde(default)]
    pub record: Record,
    /// Answers this field gives (over the round's common answers).
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// What this field's route must show after this round (over the common expectations).
    #[serde(default)]
    pub expect: Expect,
}

#[derive(Deserialize)]
struct Header {
    format: Option<Spanned<toml::Value>>,
    version: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: i64,
    id: Spanned<String>,
    title: Spanned<Text>,
    summary: Spanned<Text>,
    fields: Spanned<Vec<String>>,
    subject: Spanned<String>,
    suspect: Spanned<String>,
    #[serde(default)]
    kindcheck_only: bool,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    source_notes: Spanned<Text>,
    #[serde(default)]
    round: Vec<Spanned<RawRound>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRound {
    step: Spanned<String>,
    title: Spanned<Text>,
    facts: Spanned<TextList>,
    questions: Spanned<TextList>,
    notes: Spanned<Text>,
    #[serde(default)]
    mistakes: Option<Spanned<TextList>>,
    #[serde(default)]
    record: Record,
    #[serde(default)]
    answers: BTreeMap<String, String>,
    #[serde(default)]
    expect: Expect,
    #[serde(default)]
    field: BTreeMap<Spanned<String>, FieldRound>,
}

/// One round: the facts revealed at one step, what to discuss, and notes for the trainer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// Step id (`steps.toml`).
    pub step: String,
    /// The round's title.
    pub title: Text,
    /// Facts revealed in this round.
    pub facts: TextList,
    /// Discussion questions.
    pub questions: TextList,
    /// Trainer notes: what the meldcode asks here.
    pub notes: Text,
    /// Common mistakes.
    pub mistakes: TextList,
    /// Recorded in every field.
    pub record: Record,
    /// Answers in every field.
    pub answers: BTreeMap<String, String>,
    /// Expected in every field.
    pub expect: Expect,
    /// Per field: what differs.
    pub field: BTreeMap<String, FieldRound>,
}

/// A validated oefencasus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingCase {
    /// Stable id (lowercase letters, digits, hyphens).
    pub id: String,
    /// Title.
    pub title: Text,
    /// One or two lines for the case list.
    pub summary: Text,
    /// Field ids the case can be run in, the first being the default.
    pub fields: Vec<String>,
    /// Subject id.
    pub subject: String,
    /// Suspect id.
    pub suspect: String,
    /// Only a Kindcheck (adult client).
    pub kindcheck_only: bool,
    /// Source ids from the registry in `protocol.toml`.
    pub sources: Vec<String>,
    /// Where the case's facts and its meldcode points come from, in the author's words.
    pub source_notes: Text,
    /// The rounds, in step order.
    pub rounds: Vec<Round>,
    /// Whether an English text exists for every text.
    pub has_en: bool,
}

fn merge_record(into: &mut ScenarioCase, kc: &mut Option<ScenarioKindcheck>, r: &Record) {
    if let Some(a) = r.also_at_home {
        into.also_at_home = a;
    }
    let add = |v: &mut Vec<String>, more: &[String]| {
        for m in more {
            if !v.contains(m) {
                v.push(m.clone());
            }
        }
    };
    add(&mut into.forms, &r.forms);
    add(&mut into.acute, &r.acute);
    add(&mut into.quotes, &r.quotes);
    add(&mut into.red_flags, &r.red_flags);
    add(&mut into.consultations, &r.consultations);
    add(&mut into.kindcheck_triggers, &r.kindcheck_triggers);
    add(&mut into.profile_indicators, &r.profile_indicators);
    into.profile_hypotheses.extend(r.profile_hypotheses.clone());
    if let Some(k) = &r.kindcheck {
        let cur = kc.get_or_insert_with(|| ScenarioKindcheck { variant: k.variant.clone(), ..Default::default() });
        cur.variant = k.variant.clone();
        cur.answers.extend(k.answers.clone());
        if k.close_note.is_some() {
            cur.close_note = k.close_note.clone();
        }
    }
}

fn merge_expect(base: &Expect, over: &Expect) -> Expect {
    macro_rules! pick {
        // Output checks need the app's runner: training rounds never carry them.
        ($($f:ident),*) => { Expect { $($f: over.$f.clone().or_else(|| base.$f.clone()),)* output: Vec::new() } };
    }
    pick!(
        track,
        five_steps,
        outcomes,
        pending,
        with_veilig_thuis_from,
        suggests_melden,
        suggests_hulp,
        meldnormen,
        postpone_offered,
        acute_route,
        attention,
        notes,
        missing_consultations,
        kindcheck_offered,
        kindcheck_pending,
        kindcheck_outcome,
        kindcheck_follow_meldcode,
        kindcheck_closed,
        steps_shown,
        profiles,
        coercive_control,
        consequences,
        suppressed_consequences,
        kindcheck_suggested,
        signal_groups,
        signals_include,
        quotes_without_speaker,
        safety_framing,
        joint_withheld,
        gesprek,
        decisions,
        departures,
        unexplained_departures,
        refused,
        due_on,
        monitoring,
        closed_at,
        step_states,
        kindcheck_children,
        contains,
        excludes,
        info_request
    )
}

impl TrainingCase {
    /// The case as the scenario engine sees it in `field` after rounds `0..=round`: everything
    /// recorded and answered so far (common and the field's own), and this round's
    /// expectations (the field's over the common ones).
    pub fn scenario(&self, field: &str, round: usize) -> Scenario {
        let mut case = ScenarioCase {
            field: field.to_string(),
            subject: self.subject.clone(),
            suspect: self.suspect.clone(),
            kindcheck_only: self.kindcheck_only,
            ..Default::default()
        };
        let mut kindcheck = None;
        let mut answers = BTreeMap::new();
        for r in self.rounds.iter().take(round + 1) {
            merge_record(&mut case, &mut kindcheck, &r.record);
            answers.extend(r.answers.clone());
            if let Some(f) = r.field.get(field) {
                merge_record(&mut case, &mut kindcheck, &f.record);
                answers.extend(f.answers.clone());
            }
        }
        let r = &self.rounds[round.min(self.rounds.len() - 1)];
        let expect = match r.field.get(field) {
            Some(f) => merge_expect(&r.expect, &f.expect),
            None => r.expect.clone(),
        };
        Scenario {
            name: format!("{} / {field} / {}", self.id, round + 1),
            case,
            answers,
            kindcheck,
            expect,
            ..Default::default()
        }
    }

    /// The case as recorded in `field` after rounds `0..=round`, for showing its route.
    pub fn case_at(&self, protocol: &Protocol, field: &str, round: usize) -> Result<Case, String> {
        let s = self.scenario(field, round);
        scenario::build_case(protocol, &s.case, &s.answers, s.kindcheck.as_ref())
    }
}

/// Where nesting of arrays and inline tables first goes deeper than [`MAX_DEPTH`], if it does.
/// A small TOML lexer: brackets inside strings and comments do not count.
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
                let triple = b[i..].starts_with(if q == b'"' { b"\"\"\"" } else { b"'''" });
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if q == b'"' && b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if b[i..].starts_with(if q == b'"' { b"\"\"\"" } else { b"'''" }) {
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
                // Dotted keys nest tables too: count the dots in a run of key segments.
                let mut dots = 0;
                let mut j = i;
                while j < b.len() && !matches!(b[j], b'\n' | b'#' | b'=' | b'"' | b'\'' | b']' | b',' | b'}') {
                    if b[j] == b'.' {
                        dots += 1;
                    }
                    j += 1;
                }
                if dots > MAX_DEPTH {
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

/// Turns a TOML or serde message into a problem code; the span gives the place.
fn toml_problem(text: &str, e: &toml::de::Error) -> Problem {
    let msg = e.message();
    let offset = e.span().map_or(0, |s| s.start);
    let between = |m: &str, open: &str| -> Option<String> {
        let start = m.find(open)? + open.len();
        let end = m[start..].find('`')?;
        Some(m[start..start + end].to_string())
    };
    let (code, args) = if msg.starts_with("unknown field") {
        (ftl("training-error-unknown-key"), vec![("key", between(msg, "`").unwrap_or_default())])
    } else if msg.starts_with("missing field") {
        (ftl("training-error-missing-key"), vec![("key", between(msg, "`").unwrap_or_default())])
    } else if msg.starts_with("duplicate key") || msg.contains("duplicate key") {
        (ftl("training-error-duplicate-key"), vec![])
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
        (ftl("training-error-wrong-type"), vec![("expected", kind.to_string())])
    } else if msg.starts_with("invalid value") || msg.contains("out of range") {
        (ftl("training-error-wrong-type"), vec![("expected", "number".to_string())])
    } else {
        (ftl("training-error-syntax"), vec![("detail", msg.trim().replace('\n', " "))])
    };
    match e.span() {
        Some(_) => Problem::at(text, offset, code, args),
        None => Problem::whole(code, args),
    }
}

struct Check<'a> {
    text: &'a str,
    protocol: &'a Protocol,
    problems: Vec<Problem>,
    has_en: bool,
}

impl Check<'_> {
    fn add(&mut self, offset: usize, code: &'static str, args: Vec<(&'static str, String)>) {
        self.problems.push(Problem::at(self.text, offset, code, args));
    }

    fn text(&mut self, t: &Spanned<Text>) {
        let at = t.span().start;
        let v = t.get_ref();
        for s in std::iter::once(&v.nl).chain(v.en.as_ref()) {
            self.string(at, s);
        }
        if v.en.is_none() {
            self.has_en = false;
        }
    }

    fn string(&mut self, at: usize, s: &str) {
        if s.trim().is_empty() {
            self.add(at, ftl("training-error-text-empty"), vec![]);
        } else if s.chars().count() > MAX_TEXT {
            self.add(at, ftl("training-error-text-too-long"), vec![("max", MAX_TEXT.to_string())]);
        }
    }

    fn list(&mut self, t: &Spanned<TextList>, may_be_empty: bool) {
        let at = t.span().start;
        let v = t.get_ref();
        if v.nl.is_empty() && !may_be_empty {
            self.add(at, ftl("training-error-list-empty"), vec![]);
        }
        if v.nl.len() > MAX_ITEMS {
            self.add(at, ftl("training-error-list-too-long"), vec![("max", MAX_ITEMS.to_string())]);
        }
        match &v.en {
            Some(en) if en.len() != v.nl.len() => {
                self.add(
                    at,
                    ftl("training-error-en-count"),
                    vec![("nl", v.nl.len().to_string()), ("en", en.len().to_string())],
                );
            }
            None if !v.nl.is_empty() => self.has_en = false,
            _ => {}
        }
        for s in v.nl.iter().chain(v.en.iter().flatten()) {
            self.string(at, s);
        }
    }

    fn known(&mut self, at: usize, kind: &'static str, id: &str, ok: bool) {
        if !ok {
            self.add(at, ftl("training-error-unknown-ref"), vec![("kind", kind.to_string()), ("id", id.to_string())]);
        }
    }

    fn answers(&mut self, at: usize, answers: &BTreeMap<String, String>) {
        for (q, v) in answers {
            let ok = self.protocol.question(q).is_some();
            self.known(at, "question", q, ok);
            if !["ja", "nee", "weet-niet"].contains(&v.as_str()) {
                self.add(at, ftl("training-error-answer-value"), vec![("question", q.clone()), ("value", v.clone())]);
            }
        }
    }

    fn record(&mut self, at: usize, r: &Record) {
        let lists = [
            &r.forms,
            &r.acute,
            &r.quotes,
            &r.red_flags,
            &r.consultations,
            &r.kindcheck_triggers,
            &r.profile_indicators,
        ];
        if lists.iter().any(|l| l.len() > MAX_ITEMS) {
            self.add(at, ftl("training-error-list-too-long"), vec![("max", MAX_ITEMS.to_string())]);
        }
        for q in &r.quotes {
            self.string(at, q);
        }
        let p = self.protocol;
        for f in &r.forms {
            self.known(at, "form", f, p.form(f).is_some());
        }
        for f in &r.acute {
            self.known(at, "acute", f, p.situation(f).is_some());
        }
        for f in &r.red_flags {
            self.known(at, "red-flag", f, p.red_flag(f).is_some());
        }
        for f in &r.consultations {
            self.known(at, "consultation", f, p.consultations().iter().any(|c| &c.id == f));
        }
        for f in &r.kindcheck_triggers {
            self.known(at, "kindcheck-trigger", f, p.kindcheck_trigger(f).is_some());
        }
        for f in &r.profile_indicators {
            self.known(at, "profile-indicator", f, p.profile_indicator(f).is_some());
        }
        for (f, status) in &r.profile_hypotheses {
            self.known(at, "profile", f, p.profile(f).is_some());
            if status != "confirmed" && status != "rejected" {
                self.add(at, ftl("training-error-hypothesis-value"), vec![("value", status.clone())]);
            }
        }
        if let Some(k) = &r.kindcheck {
            self.known(at, "kindcheck-variant", &k.variant, p.kindcheck_variant(&k.variant).is_some());
            for q in k.answers.keys() {
                self.known(at, "kindcheck-question", q, p.kindcheck_question(q).is_some());
            }
        }
    }
}

/// The scenario engine's mismatch (`key: expected `a`, got `b``) as message arguments.
fn mismatch_args(field: &str, round: usize, m: &str) -> Vec<(&'static str, String)> {
    let (key, rest) = m.split_once(": expected `").unwrap_or(("", m));
    let (expected, actual) = rest.split_once("`, got `").unwrap_or((rest, ""));
    let actual = actual.strip_suffix('`').unwrap_or(actual);
    let show = |s: &str| if s.is_empty() { "—".to_string() } else { s.to_string() };
    vec![
        ("field", field.to_string()),
        ("round", round.to_string()),
        ("key", key.to_string()),
        ("expected", show(expected)),
        ("actual", show(actual)),
    ]
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Parses and validates one case file. Every problem found is returned, in file order; a file
/// that does not parse as TOML, or is too large or too deep, gives one problem.
pub fn parse(bytes: &[u8], protocol: &Protocol) -> Result<TrainingCase, Vec<Problem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![Problem::whole(
            ftl("training-error-too-large"),
            vec![("max", (MAX_BYTES / 1024).to_string())],
        )]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let (line, col) = line_col(good, good.len());
            return Err(vec![Problem { line, col, code: ftl("training-error-not-utf8"), args: vec![] }]);
        }
    };
    if text.trim().is_empty() {
        return Err(vec![Problem::whole(ftl("training-error-empty-file"), vec![])]);
    }
    if let Some(at) = too_deep(text) {
        return Err(vec![Problem::at(text, at, ftl("training-error-too-deep"), vec![("max", MAX_DEPTH.to_string())])]);
    }
    // The header first: a newer version should say so, not complain about new keys.
    let header: Header = toml::from_str(text).map_err(|e| vec![toml_problem(text, &e)])?;
    match &header.format {
        Some(f) if f.get_ref().as_str() == Some(FORMAT) => {}
        Some(f) => {
            let found = f.get_ref().as_str().map_or_else(|| f.get_ref().to_string(), str::to_string);
            return Err(vec![Problem::at(
                text,
                f.span().start,
                ftl("training-error-format"),
                vec![("expected", FORMAT.to_string()), ("found", found)],
            )]);
        }
        None => {
            return Err(vec![Problem::at(
                text,
                0,
                ftl("training-error-missing-key"),
                vec![("key", "format".to_string())],
            )])
        }
    }
    match &header.version {
        Some(v) if v.get_ref().as_integer() == Some(VERSION) => {}
        Some(v) => {
            let found = match v.get_ref() {
                toml::Value::Integer(i) => i.to_string(),
                other => other.to_string(),
            };
            return Err(vec![Problem::at(
                text,
                v.span().start,
                ftl("training-error-version"),
                vec![("found", found), ("supported", VERSION.to_string())],
            )]);
        }
        None => {
            return Err(vec![Problem::at(
                text,
                0,
                ftl("training-error-missing-key"),
                vec![("key", "version".to_string())],
            )])
        }
    }
    let raw: RawCase = toml::from_str(text).map_err(|e| vec![toml_problem(text, &e)])?;
    validate(text, protocol, raw)
}

fn validate(text: &str, protocol: &Protocol, raw: RawCase) -> Result<TrainingCase, Vec<Problem>> {
    let mut c = Check { text, protocol, problems: Vec::new(), has_en: true };
    if !is_id(raw.id.get_ref()) {
        c.add(raw.id.span().start, ftl("training-error-id"), vec![("max", MAX_ID.to_string())]);
    }
    c.text(&raw.title);
    c.text(&raw.summary);
    c.text(&raw.source_notes);

    let fields_at = raw.fields.span().start;
    if raw.fields.get_ref().is_empty() {
        c.add(fields_at, ftl("training-error-no-fields"), vec![]);
    }
    if raw.fields.get_ref().len() > MAX_ITEMS {
        c.add(fields_at, ftl("training-error-list-too-long"), vec![("max", MAX_ITEMS.to_string())]);
    }
    let mut seen = Vec::new();
    for f in raw.fields.get_ref() {
        c.known(fields_at, "field", f, protocol.field(f).is_some());
        if seen.contains(f) {
            c.add(fields_at, ftl("training-error-duplicate"), vec![("id", f.clone())]);
        }
        seen.push(f.clone());
    }
    c.known(
        raw.subject.span().start,
        "subject",
        raw.subject.get_ref(),
        protocol.subject(raw.subject.get_ref()).is_some(),
    );
    c.known(
        raw.suspect.span().start,
        "suspect",
        raw.suspect.get_ref(),
        protocol.suspect(raw.suspect.get_ref()).is_some(),
    );
    if raw.sources.len() > MAX_ITEMS {
        c.add(0, ftl("training-error-list-too-long"), vec![("max", MAX_ITEMS.to_string())]);
    }
    for s in &raw.sources {
        c.known(s.span().start, "source", s.get_ref(), protocol.source(s.get_ref()).is_some());
    }

    if raw.round.is_empty() {
        c.add(text.len(), ftl("training-error-no-rounds"), vec![]);
    }
    if raw.round.len() > MAX_ROUNDS {
        c.add(
            raw.round[MAX_ROUNDS].span().start,
            ftl("training-error-too-many-rounds"),
            vec![("max", MAX_ROUNDS.to_string())],
        );
    }
    let mut previous: Option<(u8, String)> = None;
    let mut rounds = Vec::new();
    let mut expects_something = false;
    for r in &raw.round {
        let at = r.span().start;
        let r = r.get_ref();
        let step_at = r.step.span().start;
        match protocol.step(r.step.get_ref()) {
            None => c.known(step_at, "step", r.step.get_ref(), false),
            Some(s) => {
                if let Some((n, prev)) = &previous {
                    if s.number < *n {
                        c.add(
                            step_at,
                            ftl("training-error-step-order"),
                            vec![("step", s.id.clone()), ("previous", prev.clone())],
                        );
                    }
                }
                previous = Some((s.number, s.id.clone()));
            }
        }
        c.text(&r.title);
        c.list(&r.facts, false);
        c.list(&r.questions, false);
        c.text(&r.notes);
        if let Some(m) = &r.mistakes {
            c.list(m, true);
        }
        c.record(at, &r.record);
        c.answers(at, &r.answers);
        expects_something |= !r.expect.is_empty();
        for (f, fr) in &r.field {
            if !raw.fields.get_ref().contains(f.get_ref()) {
                c.add(f.span().start, ftl("training-error-field-not-in-case"), vec![("field", f.get_ref().clone())]);
            }
            c.record(f.span().start, &fr.record);
            c.answers(f.span().start, &fr.answers);
            expects_something |= !fr.expect.is_empty();
        }
        rounds.push(Round {
            step: r.step.get_ref().clone(),
            title: r.title.get_ref().clone(),
            facts: r.facts.get_ref().clone(),
            questions: r.questions.get_ref().clone(),
            notes: r.notes.get_ref().clone(),
            mistakes: r.mistakes.as_ref().map(|m| m.get_ref().clone()).unwrap_or_default(),
            record: r.record.clone(),
            answers: r.answers.clone(),
            expect: r.expect.clone(),
            field: r.field.iter().map(|(k, v)| (k.get_ref().clone(), v.clone())).collect(),
        });
    }
    if !raw.round.is_empty() && !expects_something {
        c.add(raw.round[0].span().start, ftl("training-error-nothing-expected"), vec![]);
    }
    let case = TrainingCase {
        id: raw.id.get_ref().clone(),
        title: raw.title.get_ref().clone(),
        summary: raw.summary.get_ref().clone(),
        fields: raw.fields.get_ref().clone(),
        subject: raw.subject.get_ref().clone(),
        suspect: raw.suspect.get_ref().clone(),
        kindcheck_only: raw.kindcheck_only,
        sources: raw.sources.iter().map(|s| s.get_ref().clone()).collect(),
        source_notes: raw.source_notes.get_ref().clone(),
        rounds,
        has_en: c.has_en,
    };
    if !c.problems.is_empty() {
        return Err(c.problems);
    }

    // Every round's expected route, in every field, through the scenario engine. A field
    // whose recorded ids the engine refuses is reported once, at the first round that fails.
    let mut problems = Vec::new();
    for field in &case.fields {
        for (i, r) in raw.round.iter().enumerate() {
            let s = case.scenario(field, i);
            let refused = |e: String| {
                Problem::at(
                    text,
                    r.span().start,
                    ftl("training-error-record"),
                    vec![("field", field.clone()), ("detail", e)],
                )
            };
            if s.expect.is_empty() {
                // Still build the case, so a refused id or value shows here.
                if let Err(e) = scenario::build_case(protocol, &s.case, &s.answers, s.kindcheck.as_ref()) {
                    problems.push(refused(e));
                    break;
                }
                continue;
            }
            match scenario::run_scenario(protocol, s) {
                Err(e) => {
                    problems.push(refused(e));
                    break;
                }
                Ok(report) => {
                    for m in report.mismatches {
                        problems.push(Problem::at(
                            text,
                            r.span().start,
                            ftl("training-error-expect"),
                            mismatch_args(field, i + 1, &m),
                        ));
                    }
                }
            }
        }
    }
    problems.sort_by_key(|p| (p.line, p.col));
    if problems.is_empty() {
        Ok(case)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_ignores_brackets_in_strings_and_comments() {
        assert_eq!(too_deep("a = \"[[[[[[[[[[[[[[\" # [[[[[[[[[[[[\nb = '{{{{{{{{{{{{{'"), None);
        assert!(too_deep(&format!("a = {}1{}", "[".repeat(20), "]".repeat(20))).is_some());
        assert!(too_deep(&format!("{} = 1", vec!["k"; 40].join("."))).is_some());
        assert_eq!(too_deep("[round.field.arts]\nanswers.hulp = \"ja\""), None);
    }

    #[test]
    fn a_mismatch_becomes_key_expected_and_actual() {
        let args = mismatch_args("arts", 2, "outcomes: expected `afsluiten`, got ``");
        assert_eq!(
            args[2..],
            [("key", "outcomes".to_string()), ("expected", "afsluiten".to_string()), ("actual", "—".to_string())]
        );
    }

    #[test]
    fn texts_fall_back_to_dutch() {
        let t = Text { nl: "Hallo".into(), en: None };
        assert_eq!(t.get("en"), "Hallo");
        let t = Text { nl: "Hallo".into(), en: Some("Hello".into()) };
        assert_eq!(t.get("en"), "Hello");
        assert_eq!(t.get("nl"), "Hallo");
    }
}
