//! Scenario files: cases a domain expert can read and write, named as sentences, with the
//! route they must take. The format is documented in `content/README.md`; the files live in
//! `tests/scenarios/`, and `meldwijzer-scenarios DIR` runs any directory of them.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::case::{Case, ConsultationInput, Edit, EditContext, HypothesisStatus, NewCase, QuoteInput};
use crate::content::{line_col, AnswerValue, Protocol};
use crate::route::Pending;

/// One scenario: a case, the answers given, and what the route must then show. Scenario
/// files deserialise into this; other formats (training cases) build it in code.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The scenario's name (a sentence).
    pub name: String,
    /// The case and what is recorded in it.
    pub case: ScenarioCase,
    /// Afweging id to `ja`, `nee` or `weet-niet`.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The Kindcheck as walked, if any.
    pub kindcheck: Option<ScenarioKindcheck>,
    /// What must hold afterwards.
    pub expect: Expect,
}

/// The Kindcheck in a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioKindcheck {
    /// Variant id.
    pub variant: String,
    /// Question id to option id.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// Closing note, closing the Kindcheck.
    pub close_note: Option<String>,
}

/// A quote in a scenario: the literal words, who said them and the question before them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioQuote {
    /// The literal words.
    pub words: String,
    /// A speaker id from `case.toml`; left out: not stated.
    pub speaker: Option<String>,
    /// The question or remark before them.
    #[serde(default)]
    pub question_before: String,
}

/// A scenario's case: who it is about and what is recorded (ids from content).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioCase {
    pub field: String,
    pub subject: String,
    pub suspect: String,
    #[serde(default)]
    pub also_at_home: bool,
    #[serde(default)]
    pub forms: Vec<String>,
    #[serde(default)]
    pub acute: Vec<String>,
    /// Literal words whose speaker is not stated (the format before speakers existed).
    #[serde(default)]
    pub quotes: Vec<String>,
    /// Literal words with who said them (`[[case.quote]]`).
    #[serde(default)]
    pub quote: Vec<ScenarioQuote>,
    #[serde(default)]
    pub red_flags: Vec<String>,
    #[serde(default)]
    pub consultations: Vec<String>,
    #[serde(default)]
    pub kindcheck_triggers: Vec<String>,
    #[serde(default)]
    pub kindcheck_only: bool,
    #[serde(default)]
    pub profile_indicators: Vec<String>,
    #[serde(default)]
    pub profile_hypotheses: BTreeMap<String, String>,
}

/// What a scenario expects; every key left out is not checked. The keys are documented in
/// `content/README.md`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Expect {
    pub track: Option<String>,
    pub five_steps: Option<bool>,
    pub outcomes: Option<Vec<String>>,
    pub pending: Option<String>,
    pub with_veilig_thuis_from: Option<String>,
    pub suggests_melden: Option<String>,
    pub suggests_hulp: Option<String>,
    pub meldnormen: Option<Vec<String>>,
    pub postpone_offered: Option<bool>,
    pub acute_route: Option<bool>,
    pub attention: Option<Vec<String>>,
    pub notes: Option<Vec<String>>,
    pub missing_consultations: Option<Vec<String>>,
    pub kindcheck_offered: Option<bool>,
    pub kindcheck_pending: Option<String>,
    pub kindcheck_outcome: Option<String>,
    pub kindcheck_follow_meldcode: Option<bool>,
    pub kindcheck_closed: Option<bool>,
    pub steps_shown: Option<bool>,
    pub profiles: Option<Vec<String>>,
    pub coercive_control: Option<bool>,
    pub consequences: Option<Vec<String>>,
    pub suppressed_consequences: Option<Vec<String>>,
    pub signal_groups: Option<Vec<String>>,
    pub signals_include: Option<Vec<String>>,
    pub quotes_without_speaker: Option<usize>,
}

impl Expect {
    /// Whether nothing is expected (a scenario must expect something).
    pub fn is_empty(&self) -> bool {
        *self == Expect::default()
    }
}

/// The result of one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioReport {
    /// The scenario's name (a sentence).
    pub name: String,
    /// What did not match; empty when the scenario passes.
    pub mismatches: Vec<String>,
}

impl ScenarioReport {
    /// Whether every expectation held.
    pub fn passed(&self) -> bool {
        self.mismatches.is_empty()
    }
}

fn suggestion(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "ja",
        Some(false) => "nee",
        None => "open",
    }
}

fn pending_text(p: &Pending) -> String {
    match p {
        Pending::Question { question, .. } => format!("question:{question}"),
        Pending::FollowUp { question } => format!("follow-up:{question}"),
        Pending::Advice { question } => format!("advice:{question}"),
        Pending::Complete => "complete".to_string(),
    }
}

/// Runs one scenario file against the protocol. `Err` means the file itself is wrong (syntax,
/// unknown keys or ids); a scenario that runs but does not match reports mismatches.
pub fn run(protocol: &Protocol, text: &str) -> Result<ScenarioReport, String> {
    let raw: Scenario = toml::from_str(text).map_err(|e| match e.span() {
        Some(s) => {
            let (l, c) = line_col(text, s.start);
            format!("{l}:{c}: {}", e.message())
        }
        None => e.message().to_string(),
    })?;
    run_scenario(protocol, raw)
}

/// Runs one scenario value against the protocol. `Err` means the scenario itself is wrong
/// (unknown ids, nothing expected); a scenario that runs but does not match reports mismatches.
pub fn run_scenario(protocol: &Protocol, raw: Scenario) -> Result<ScenarioReport, String> {
    let e = &raw.expect;
    let nothing_expected = e.is_empty();
    if nothing_expected {
        return Err("[expect] checks nothing: a scenario must expect something".to_string());
    }

    let case = build_case(protocol, &raw.case, &raw.answers, raw.kindcheck.as_ref())?;
    let route = case.route(protocol);
    let mut mismatches = Vec::new();
    let mut check = |what: &str, expected: &str, actual: &str| {
        if expected != actual {
            mismatches.push(format!("{what}: expected `{expected}`, got `{actual}`"));
        }
    };
    if let Some(t) = &e.track {
        let actual = if case.follows_five_steps(protocol) && case.other_route(protocol).is_none() {
            "five-steps".to_string()
        } else {
            case.other_route(protocol).map_or("five-steps".to_string(), |r| r.id.clone())
        };
        check("track", t, &actual);
    }
    if let Some(f) = e.five_steps {
        check("five_steps", &f.to_string(), &case.follows_five_steps(protocol).to_string());
    }
    if let Some(o) = &e.outcomes {
        check("outcomes", &o.join(", "), &route.outcomes.join(", "));
    }
    if let Some(p) = &e.pending {
        check("pending", p, &pending_text(&route.pending));
    }
    if let Some(w) = &e.with_veilig_thuis_from {
        check("with_veilig_thuis_from", w, route.with_veilig_thuis_from().unwrap_or("none"));
    }
    if let Some(s) = &e.suggests_melden {
        check("suggests_melden", s, suggestion(route.suggests_melden));
    }
    if let Some(s) = &e.suggests_hulp {
        check("suggests_hulp", s, suggestion(route.suggests_hulp));
    }
    if let Some(m) = &e.meldnormen {
        let expected: BTreeSet<_> = m.iter().cloned().collect();
        let actual: BTreeSet<_> = route.meldnormen.iter().cloned().collect();
        let join = |s: BTreeSet<String>| s.into_iter().collect::<Vec<_>>().join(", ");
        check("meldnormen", &join(expected), &join(actual));
    }
    if let Some(p) = e.postpone_offered {
        check("postpone_offered", &p.to_string(), &case.postpone_offered(protocol).to_string());
    }
    if let Some(a) = e.acute_route {
        check("acute_route", &a.to_string(), &case.acute_route(protocol).to_string());
    }
    if let Some(a) = &e.attention {
        check("attention", &a.join(", "), &case.attention(protocol).join(", "));
    }
    if let Some(n) = &e.notes {
        let actual: Vec<String> = case.notes(protocol).iter().map(|n| n.id.clone()).collect();
        check("notes", &n.join(", "), &actual.join(", "));
    }
    if let Some(m) = &e.missing_consultations {
        check("missing_consultations", &m.join(", "), &case.missing_consultations(protocol).join(", "));
    }
    let walk = case.kindcheck_walk(protocol);
    if let Some(o) = e.kindcheck_offered {
        check("kindcheck_offered", &o.to_string(), &case.kindcheck_offered(protocol).to_string());
    }
    if let Some(pnd) = &e.kindcheck_pending {
        check("kindcheck_pending", pnd, walk.as_ref().and_then(|w| w.pending.as_deref()).unwrap_or("none"));
    }
    if let Some(o) = &e.kindcheck_outcome {
        check("kindcheck_outcome", o, walk.as_ref().and_then(|w| w.outcome).map_or("none", |o| o.id.as_str()));
    }
    if let Some(f) = e.kindcheck_follow_meldcode {
        let actual = walk.as_ref().and_then(|w| w.outcome).is_some_and(|o| o.follow_meldcode);
        check("kindcheck_follow_meldcode", &f.to_string(), &actual.to_string());
    }
    if let Some(c) = e.kindcheck_closed {
        let actual = case.kindcheck.as_ref().is_some_and(|k| k.closed.is_some());
        check("kindcheck_closed", &c.to_string(), &actual.to_string());
    }
    if let Some(v) = e.steps_shown {
        check("steps_shown", &v.to_string(), &case.steps_shown(protocol).to_string());
    }
    if let Some(v) = &e.profiles {
        let actual: Vec<String> = case.profile_matches(protocol).iter().map(|m| m.profile.id.clone()).collect();
        check("profiles", &v.join(", "), &actual.join(", "));
    }
    if let Some(v) = e.coercive_control {
        check("coercive_control", &v.to_string(), &(!case.coercive_control(protocol).is_empty()).to_string());
    }
    let consequences = case.profile_consequences(protocol);
    if let Some(v) = &e.consequences {
        let actual: Vec<String> =
            consequences.iter().filter(|k| !k.suppressed).map(|k| k.consequence.id.clone()).collect();
        check("consequences", &v.join(", "), &actual.join(", "));
    }
    if let Some(v) = &e.suppressed_consequences {
        let actual: Vec<String> =
            consequences.iter().filter(|k| k.suppressed).map(|k| k.consequence.id.clone()).collect();
        check("suppressed_consequences", &v.join(", "), &actual.join(", "));
    }
    let open = case.open_signal_groups(protocol);
    if let Some(v) = &e.signal_groups {
        let actual: Vec<String> = open.iter().map(|g| g.choice.id.clone()).collect();
        check("signal_groups", &v.join(", "), &actual.join(", "));
    }
    if let Some(v) = &e.signals_include {
        let offered: BTreeSet<&str> = protocol
            .signals()
            .iter()
            .filter(|s| open.iter().any(|g| g.choice.id == s.group))
            .map(|s| s.choice.id.as_str())
            .collect();
        let missing: Vec<String> = v.iter().filter(|id| !offered.contains(id.as_str())).cloned().collect();
        check("signals_include (missing)", "", &missing.join(", "));
    }
    if let Some(n) = e.quotes_without_speaker {
        check("quotes_without_speaker", &n.to_string(), &case.quotes_without_speaker().len().to_string());
    }
    Ok(ScenarioReport { name: raw.name, mismatches })
}

/// Builds the case a scenario describes: the case, what is recorded, the Kindcheck and the
/// answers, applied as edits in that order. `Err` names the first id or value the protocol
/// refuses.
pub fn build_case(
    protocol: &Protocol,
    c: &ScenarioCase,
    answers: &BTreeMap<String, String>,
    kindcheck: Option<&ScenarioKindcheck>,
) -> Result<Case, String> {
    let ctx = |n: usize| EditContext { now: chrono::DateTime::UNIX_EPOCH, new_id: format!("scenario-{n}") };
    let input = NewCase {
        alias: "Scenario".into(),
        field: c.field.clone(),
        subject: c.subject.clone(),
        suspect: c.suspect.clone(),
        kindcheck_only: c.kindcheck_only,
    };
    let mut case = Case::new(protocol, &input, &ctx(0)).map_err(|e| format!("[case]: {e}"))?;
    let mut n = 1;
    let mut edits = vec![Edit::SetAlsoAtHome { on: c.also_at_home }];
    edits.extend(c.forms.iter().cloned().map(|form| Edit::SetForm { form, on: true }));
    edits.extend(c.acute.iter().cloned().map(|situation| Edit::SetAcuteSituation { situation, on: true }));
    edits.extend(c.consultations.iter().cloned().map(|kind| Edit::SaveConsultation {
        consultation: ConsultationInput {
            id: None,
            kind,
            with_whom: String::new(),
            date: None,
            outcome: String::new(),
        },
    }));
    edits.extend(c.red_flags.iter().cloned().map(|flag| Edit::SetRedFlag { flag, on: true }));
    let quotes = c.quotes.iter().map(|words| ScenarioQuote { words: words.clone(), ..Default::default() });
    edits.extend(quotes.chain(c.quote.iter().cloned()).map(|q| Edit::SaveQuote {
        quote: QuoteInput {
            id: None,
            words: q.words,
            question_before: q.question_before,
            said_at: chrono::DateTime::UNIX_EPOCH.naive_utc(),
            who: String::new(),
            speaker: q.speaker,
            context: String::new(),
        },
    }));
    edits.extend(c.kindcheck_triggers.iter().cloned().map(|trigger| Edit::SetKindcheckTrigger { trigger, on: true }));
    edits.extend(
        c.profile_indicators.iter().cloned().map(|indicator| Edit::SetProfileIndicator { indicator, on: true }),
    );
    for (profile, status) in c.profile_hypotheses.clone() {
        let status = match status.as_str() {
            "confirmed" => HypothesisStatus::Confirmed,
            "rejected" => HypothesisStatus::Rejected,
            other => {
                return Err(format!("[case].profile_hypotheses.{profile}: `{other}` is not confirmed or rejected"))
            }
        };
        edits.push(Edit::SetProfileHypothesis { profile, status: Some(status) });
    }
    if let Some(kc) = kindcheck.cloned() {
        edits.push(Edit::SetKindcheckVariant { variant: Some(kc.variant) });
        edits.extend(
            kc.answers
                .into_iter()
                .map(|(question, option)| Edit::SetKindcheckAnswer { question, option: Some(option) }),
        );
        edits.extend(kc.close_note.map(|note| Edit::SetKindcheckClosed { note: Some(note) }));
    }
    for (question, value) in answers.clone() {
        let v = AnswerValue::from_id(&value)
            .ok_or(format!("[answers].{question}: `{value}` is not ja, nee or weet-niet"))?;
        edits.push(Edit::SetAnswer { question, value: Some(v), reason: String::new() });
    }
    for edit in edits {
        case.apply(protocol, edit, &ctx(n)).map_err(|e| format!("{e}"))?;
        n += 1;
    }

    Ok(case)
}
