//! Scenario files: cases a domain expert can read and write, named as sentences, with the
//! route they must take. The format is documented in `content/README.md`; the files live in
//! `tests/scenarios/`, and `meldwijzer-scenarios DIR` runs any directory of them.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::case::{Case, ConsultationInput, Edit, EditContext, HypothesisStatus, NewCase, QuoteInput};
use crate::content::{line_col, AnswerValue, Protocol};
use crate::route::Pending;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    name: String,
    case: RawCase,
    #[serde(default)]
    answers: BTreeMap<String, String>,
    kindcheck: Option<RawKindcheck>,
    expect: RawExpect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKindcheck {
    variant: String,
    #[serde(default)]
    answers: BTreeMap<String, String>,
    close_note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    field: String,
    subject: String,
    suspect: String,
    #[serde(default)]
    also_at_home: bool,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    acute: Vec<String>,
    #[serde(default)]
    quotes: Vec<String>,
    #[serde(default)]
    red_flags: Vec<String>,
    #[serde(default)]
    consultations: Vec<String>,
    #[serde(default)]
    kindcheck_triggers: Vec<String>,
    #[serde(default)]
    kindcheck_only: bool,
    #[serde(default)]
    profile_indicators: Vec<String>,
    #[serde(default)]
    profile_hypotheses: BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawExpect {
    track: Option<String>,
    five_steps: Option<bool>,
    outcomes: Option<Vec<String>>,
    pending: Option<String>,
    with_veilig_thuis_from: Option<String>,
    suggests_melden: Option<String>,
    suggests_hulp: Option<String>,
    meldnormen: Option<Vec<String>>,
    postpone_offered: Option<bool>,
    acute_route: Option<bool>,
    attention: Option<Vec<String>>,
    notes: Option<Vec<String>>,
    missing_consultations: Option<Vec<String>>,
    kindcheck_offered: Option<bool>,
    kindcheck_pending: Option<String>,
    kindcheck_outcome: Option<String>,
    kindcheck_follow_meldcode: Option<bool>,
    kindcheck_closed: Option<bool>,
    steps_shown: Option<bool>,
    profiles: Option<Vec<String>>,
    coercive_control: Option<bool>,
    consequences: Option<Vec<String>>,
    suppressed_consequences: Option<Vec<String>>,
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
    let raw: RawScenario = toml::from_str(text).map_err(|e| match e.span() {
        Some(s) => {
            let (l, c) = line_col(text, s.start);
            format!("{l}:{c}: {}", e.message())
        }
        None => e.message().to_string(),
    })?;
    let e = &raw.expect;
    let nothing_expected = e.track.is_none()
        && e.five_steps.is_none()
        && e.outcomes.is_none()
        && e.pending.is_none()
        && e.with_veilig_thuis_from.is_none()
        && e.suggests_melden.is_none()
        && e.suggests_hulp.is_none()
        && e.meldnormen.is_none()
        && e.postpone_offered.is_none()
        && e.acute_route.is_none()
        && e.attention.is_none()
        && e.notes.is_none()
        && e.missing_consultations.is_none()
        && e.kindcheck_offered.is_none()
        && e.kindcheck_pending.is_none()
        && e.kindcheck_outcome.is_none()
        && e.kindcheck_follow_meldcode.is_none()
        && e.kindcheck_closed.is_none()
        && e.steps_shown.is_none()
        && e.profiles.is_none()
        && e.coercive_control.is_none()
        && e.consequences.is_none()
        && e.suppressed_consequences.is_none();
    if nothing_expected {
        return Err("[expect] checks nothing: a scenario must expect something".to_string());
    }

    let ctx = |n: usize| EditContext { now: chrono::DateTime::UNIX_EPOCH, new_id: format!("scenario-{n}") };
    let input = NewCase { alias: "Scenario".into(), field: raw.case.field, subject: raw.case.subject, suspect: raw.case.suspect, kindcheck_only: raw.case.kindcheck_only };
    let mut case = Case::new(protocol, &input, &ctx(0)).map_err(|e| format!("[case]: {e}"))?;
    let mut n = 1;
    let mut edits = vec![Edit::SetAlsoAtHome { on: raw.case.also_at_home }];
    edits.extend(raw.case.forms.into_iter().map(|form| Edit::SetForm { form, on: true }));
    edits.extend(raw.case.acute.into_iter().map(|situation| Edit::SetAcuteSituation { situation, on: true }));
    edits.extend(raw.case.consultations.into_iter().map(|kind| Edit::SaveConsultation {
        consultation: ConsultationInput { id: None, kind, with_whom: String::new(), date: None, outcome: String::new() },
    }));
    edits.extend(raw.case.red_flags.into_iter().map(|flag| Edit::SetRedFlag { flag, on: true }));
    edits.extend(raw.case.quotes.into_iter().map(|words| Edit::SaveQuote {
        quote: QuoteInput { id: None, words, question_before: String::new(), said_at: chrono::DateTime::UNIX_EPOCH.naive_utc(), who: String::new(), context: String::new() },
    }));
    edits.extend(raw.case.kindcheck_triggers.into_iter().map(|trigger| Edit::SetKindcheckTrigger { trigger, on: true }));
    edits.extend(raw.case.profile_indicators.into_iter().map(|indicator| Edit::SetProfileIndicator { indicator, on: true }));
    for (profile, status) in raw.case.profile_hypotheses {
        let status = match status.as_str() {
            "confirmed" => HypothesisStatus::Confirmed,
            "rejected" => HypothesisStatus::Rejected,
            other => return Err(format!("[case].profile_hypotheses.{profile}: `{other}` is not confirmed or rejected")),
        };
        edits.push(Edit::SetProfileHypothesis { profile, status: Some(status) });
    }
    if let Some(kc) = raw.kindcheck {
        edits.push(Edit::SetKindcheckVariant { variant: Some(kc.variant) });
        edits.extend(kc.answers.into_iter().map(|(question, option)| Edit::SetKindcheckAnswer { question, option: Some(option) }));
        edits.extend(kc.close_note.map(|note| Edit::SetKindcheckClosed { note: Some(note) }));
    }
    for (question, value) in raw.answers {
        let v = AnswerValue::from_id(&value).ok_or(format!("[answers].{question}: `{value}` is not ja, nee or weet-niet"))?;
        edits.push(Edit::SetAnswer { question, value: Some(v), reason: String::new() });
    }
    for edit in edits {
        case.apply(protocol, edit, &ctx(n)).map_err(|e| format!("{e}"))?;
        n += 1;
    }

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
        let actual: Vec<String> = consequences.iter().filter(|k| !k.suppressed).map(|k| k.consequence.id.clone()).collect();
        check("consequences", &v.join(", "), &actual.join(", "));
    }
    if let Some(v) = &e.suppressed_consequences {
        let actual: Vec<String> = consequences.iter().filter(|k| k.suppressed).map(|k| k.consequence.id.clone()).collect();
        check("suppressed_consequences", &v.join(", "), &actual.join(", "));
    }
    Ok(ScenarioReport { name: raw.name, mismatches })
}
