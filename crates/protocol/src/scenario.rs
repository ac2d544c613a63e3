//! Scenario files: cases a domain expert can read and write, named as sentences, with the
//! route they must take. The format is documented in `content/README.md`; the files live in
//! `tests/scenarios/`, and `meldwijzer-scenarios DIR` runs any directory of them.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use chrono::NaiveDate;

use crate::case::{
    Case, ConsultationInput, ConversationInput, Edit, EditContext, GesprekStatus, HouseholdMember, HypothesisStatus,
    JointWithheld, KindcheckChildren, NewCase, QuoteInput, StepState,
};
use crate::content::{line_col, AnswerValue, Protocol};
use crate::route::Pending;

/// One scenario: a case, the answers given, and what the route must then show. Scenario
/// files deserialise into this; other formats (training cases) build it in code.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The scenario's name (a sentence).
    pub name: String,
    /// The case and what is recorded in it (left out for an information request).
    #[serde(default)]
    pub case: ScenarioCase,
    /// An information request instead of a case (`[info_request]`, see
    /// [`crate::inforequest::ScenarioInfoRequest`]).
    #[serde(default)]
    pub info_request: Option<crate::inforequest::ScenarioInfoRequest>,
    /// Afweging id to `ja`, `nee` or `weet-niet`.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The Kindcheck as walked, if any.
    pub kindcheck: Option<ScenarioKindcheck>,
    /// Step 3's status (planned, skipped or postponed), if not planned.
    pub gesprek: Option<ScenarioGesprek>,
    /// Afweging id to a dated follow-up (afweging 5).
    #[serde(default)]
    pub follow_ups: BTreeMap<String, ScenarioFollowUp>,
    /// The adviesvraag's own fields, for output checks.
    pub adviesvraag: Option<ScenarioAdviesvraag>,
    /// Decision id (`melden`, `hulp`) to the decision taken in step 5, with or without a reason.
    #[serde(default)]
    pub decisions: BTreeMap<String, ScenarioDecision>,
    /// The case closed at a step, with the reason.
    pub close: Option<ScenarioClose>,
    /// The overdracht from Veilig Thuis and the veiligheidsvoorwaarden followed after it.
    pub overdracht: Option<crate::overdracht::ScenarioOverdracht>,
    /// A committed pack the scenario runs with (a path under `content/packs/`, such as
    /// `regions/flevoland.toml`); checked by `meldwijzer-scenarios` (crates/app), which knows
    /// packs: it must check clean, be signed, and an organisation pack must be for the case's field.
    #[serde(default)]
    pub pack: Option<String>,
    // Extension point: the information-request route (the `route` branch) adds its section
    // here, beside `close`, and builds it in `build_scenario_case`.
    /// What must hold afterwards.
    pub expect: Expect,
}

/// Step 3's status in a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioGesprek {
    /// `planned`, `skipped` or `postponed`.
    pub status: String,
    /// A skip-reason id (with `skipped`).
    #[serde(default)]
    pub reason: String,
    /// A postpone-until id (with `postponed`).
    #[serde(default)]
    pub until: String,
    /// The explanation.
    #[serde(default)]
    pub note: String,
}

/// A dated follow-up in a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFollowUp {
    /// The date, `YYYY-MM-DD`.
    pub due: String,
    /// What to look at.
    #[serde(default)]
    pub note: String,
}

/// The adviesvraag's own fields in a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioAdviesvraag {
    #[serde(default)]
    pub household: Vec<ScenarioHouseholdMember>,
    #[serde(default)]
    pub household_note: String,
    #[serde(default)]
    pub concerns: Vec<String>,
    #[serde(default)]
    pub own_possibilities: String,
    #[serde(default)]
    pub question: String,
}

/// A household member in a scenario's adviesvraag.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioHouseholdMember {
    pub role: String,
    pub age: Option<u8>,
}

/// A step-5 decision in a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioDecision {
    /// `ja` or `nee`.
    pub value: String,
    /// Why; left out: no reason given.
    #[serde(default)]
    pub reason: String,
}

/// Closing the case at a step in a scenario.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioClose {
    /// The step id.
    pub step: String,
    /// Why (an empty reason is refused).
    #[serde(default)]
    pub reason: String,
}

/// The number and ages of the children the Kindcheck asks about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioChildren {
    pub number: Option<u8>,
    #[serde(default)]
    pub ages: String,
    #[serde(default)]
    pub partner_children: String,
    pub pregnant: Option<bool>,
    #[serde(default)]
    pub carers: String,
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
    /// The children (number, ages, ...), recorded while the Kindcheck asks for them.
    pub children: Option<ScenarioChildren>,
}

/// A consultation in step 2, with its details.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioConsultation {
    pub kind: String,
    #[serde(default)]
    pub with_whom: String,
    pub date: Option<String>,
    #[serde(default)]
    pub outcome: String,
}

/// A conversation in step 3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioConversation {
    pub date: Option<String>,
    #[serde(default)]
    pub with_whom: String,
    #[serde(default)]
    pub separately: bool,
    #[serde(default)]
    pub interpreter: bool,
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
    /// The alias (a pseudonym); `Scenario` when left out.
    pub alias: Option<String>,
    /// Step 2: consultations with their details (`[[case.consultation]]`).
    #[serde(default)]
    pub consultation: Vec<ScenarioConsultation>,
    /// Step 2: why an expected consultation was not held.
    #[serde(default)]
    pub no_consultation_reason: String,
    /// Step 3: conversations held (`[[case.conversation]]`).
    #[serde(default)]
    pub conversation: Vec<ScenarioConversation>,
    /// Step 3: the date the professional recorded that separate conversations ruled out
    /// dwingende controle, `YYYY-MM-DD`.
    pub coercive_control_ruled_out: Option<String>,
    /// Steps 3-4: an adult client's wishes and wilsbekwaamheid (`[case.adult]`).
    #[serde(default)]
    pub adult: Option<crate::adult::AdultWishes>,
    /// Who the suspected person is to the one the concern is about (a suspect relation id).
    #[serde(default)]
    pub suspect_relation: Option<String>,
    // Extension point: the adult's wishes and wilsbekwaamheid (steps 3-4) are the `route`
    // branch's fields; their keys go here, built in `build_scenario_case`.
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
    /// The Kindcheck variant suggested first in the case's field.
    pub kindcheck_suggested: Option<String>,
    /// `[expect.info_request]`: what an information request must show.
    pub info_request: Option<crate::inforequest::ExpectInfoRequest>,
    pub signal_groups: Option<Vec<String>>,
    pub signals_include: Option<Vec<String>>,
    pub quotes_without_speaker: Option<usize>,
    pub safety_framing: Option<String>,
    pub joint_withheld: Option<String>,
    pub gesprek: Option<String>,
    pub decisions: Option<BTreeMap<String, String>>,
    pub departures: Option<Vec<String>>,
    pub unexplained_departures: Option<Vec<String>>,
    pub refused: Option<Vec<String>>,
    pub due_on: Option<DueOn>,
    /// `[expect.monitoring]`: the monitoring after an overdracht.
    pub monitoring: Option<crate::overdracht::ExpectMonitoring>,
    pub closed_at: Option<String>,
    pub step_states: Option<BTreeMap<String, String>>,
    pub kindcheck_children: Option<ScenarioChildren>,
    pub contains: Option<IdChecks>,
    pub excludes: Option<IdChecks>,
    /// Checks on an output's text (`[[expect.output]]`): run by `meldwijzer-scenarios`
    /// (crates/app), which knows the outputs; the protocol alone refuses them.
    #[serde(default)]
    pub output: Vec<OutputExpect>,
}

/// The follow-ups due (overdue or due that day) on a given day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueOn {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// Afweging ids of the follow-ups due on or before that day, earliest first.
    pub due: Vec<String>,
}

/// Ids that a list the case shows must contain (`[expect.contains]`) or must not
/// (`[expect.excludes]`), whatever else it holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct IdChecks {
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub consequences: Vec<String>,
    #[serde(default)]
    pub contacts: Vec<String>,
    #[serde(default)]
    pub missing_consultations: Vec<String>,
}

/// What an output's text must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputExpect {
    /// The output id (`adviesvraag`, `verslag`, `soep`, `leerlingdossier`, `overdracht`,
    /// `eenvoudig`).
    pub kind: String,
    /// The output language, `nl` (default) or `en`.
    pub lang: Option<String>,
    /// Whether the output is refused (the plain-language summary while unsafe or off).
    pub refused: Option<bool>,
    /// Texts the output contains.
    #[serde(default)]
    pub contains: Vec<String>,
    /// Texts the output does not contain.
    #[serde(default)]
    pub excludes: Vec<String>,
    /// Kinds of identifying text (`name`, `birth-date`, `phone`, `email`, `postcode`,
    /// `address`, `bsn`) the anonymisation warning must not find in it.
    #[serde(default)]
    pub findings_exclude: Vec<String>,
    /// Kinds of identifying text the anonymisation warning must find in it.
    #[serde(default)]
    pub findings: Vec<String>,
}

/// Checks an output's text for a scenario. The protocol does not know the outputs; the app's
/// scenario runner implements this over `crates/outputs`.
pub trait OutputCheck {
    /// The mismatches of one output expectation for the case; `Err` when the expectation
    /// itself is wrong (an unknown output or language).
    fn check(&self, case: &Case, expect: &OutputExpect) -> Result<Vec<String>, String>;
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
    run_with(protocol, text, None)
}

/// [`run`], with the output checks done by `outputs` (the app's scenario runner).
pub fn run_with(protocol: &Protocol, text: &str, outputs: Option<&dyn OutputCheck>) -> Result<ScenarioReport, String> {
    let raw: Scenario = toml::from_str(text).map_err(|e| match e.span() {
        Some(s) => {
            let (l, c) = line_col(text, s.start);
            format!("{l}:{c}: {}", e.message())
        }
        None => e.message().to_string(),
    })?;
    run_scenario_with(protocol, raw, outputs)
}

/// Runs one scenario value against the protocol. `Err` means the scenario itself is wrong
/// (unknown ids, nothing expected); a scenario that runs but does not match reports mismatches.
pub fn run_scenario(protocol: &Protocol, raw: Scenario) -> Result<ScenarioReport, String> {
    run_scenario_with(protocol, raw, None)
}

/// [`run_scenario`], with the output checks done by `outputs`.
pub fn run_scenario_with(
    protocol: &Protocol,
    raw: Scenario,
    outputs: Option<&dyn OutputCheck>,
) -> Result<ScenarioReport, String> {
    let e = &raw.expect;
    let nothing_expected = e.is_empty();
    if nothing_expected {
        return Err("[expect] checks nothing: a scenario must expect something".to_string());
    }
    if raw.pack.is_some() && outputs.is_none() {
        return Err("pack: packs are checked by meldwijzer-scenarios (crates/app)".to_string());
    }
    if !e.output.is_empty() && outputs.is_none() {
        return Err("[[expect.output]]: output texts are checked by meldwijzer-scenarios (crates/app)".to_string());
    }

    if raw.info_request.is_some()
        && (raw.case != ScenarioCase::default() || !raw.answers.is_empty() || raw.kindcheck.is_some())
    {
        return Err("[info_request] replaces [case], [answers] and [kindcheck]: use one or the other".to_string());
    }
    let Built { case, refused } = match &raw.info_request {
        Some(ir) => Built { case: crate::inforequest::build_scenario_case(protocol, ir)?, refused: Vec::new() },
        None => build_scenario_case(protocol, &raw)?,
    };
    let route = case.route(protocol);
    let mut mismatches = Vec::new();
    {
        let expected = e.refused.clone().unwrap_or_default();
        let actual: Vec<String> = refused.iter().map(|(what, _)| what.clone()).collect();
        if expected != actual {
            let why: Vec<String> = refused.iter().map(|(what, err)| format!("{what} ({err})")).collect();
            mismatches.push(format!("refused: expected `{}`, got `{}`", expected.join(", "), why.join(", ")));
        }
    }
    let mut check = |what: &str, expected: &str, actual: &str| {
        if expected != actual {
            mismatches.push(format!("{what}: expected `{expected}`, got `{actual}`"));
        }
    };
    if let Some(t) = &e.track {
        let actual = if let Some(r) = case.info_route(protocol) {
            r.id.clone()
        } else if case.follows_five_steps(protocol) && case.other_route(protocol).is_none() {
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
    if let Some(f) = &e.safety_framing {
        check("safety_framing", f, case.safety_framing(protocol).map_or("none", |f| f.id.as_str()));
    }
    if let Some(w) = &e.joint_withheld {
        let actual = match case.joint_approach_withheld(protocol) {
            Some(JointWithheld::CoerciveControl) => "coercive-control",
            Some(JointWithheld::NotRuledOut) => "not-ruled-out",
            None => "none",
        };
        check("joint_withheld", w, actual);
    }
    if let Some(g) = &e.gesprek {
        let actual = match case.gesprek {
            GesprekStatus::Planned => "planned",
            GesprekStatus::Skipped { .. } => "skipped",
            GesprekStatus::Postponed { .. } => "postponed",
        };
        check("gesprek", g, actual);
    }
    if let Some(d) = &e.decisions {
        let show =
            |m: BTreeMap<String, String>| m.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(", ");
        let actual = protocol
            .decisions()
            .iter()
            .map(|x| {
                let v = case.decisions.get(&x.id).map_or("open", |d| if d.value { "ja" } else { "nee" });
                (x.id.clone(), v.to_string())
            })
            .filter(|(k, v)| d.contains_key(k) || v != "open")
            .collect();
        check("decisions", &show(d.clone()), &show(actual));
    }
    if let Some(d) = &e.departures {
        let actual: Vec<String> = case
            .decisions
            .iter()
            .filter(|(id, x)| route.suggests(id).is_some_and(|s| s != x.value))
            .map(|(id, _)| id.clone())
            .collect();
        check("departures", &d.join(", "), &actual.join(", "));
    }
    if let Some(d) = &e.unexplained_departures {
        check("unexplained_departures", &d.join(", "), &case.unexplained_departures(protocol).join(", "));
    }
    if let Some(d) = &e.due_on {
        let day = date("[expect].due_on.date", &d.date)?;
        let actual: Vec<String> = case
            .due_items()
            .into_iter()
            .filter(|i| i.due <= day)
            .filter_map(|i| match i.source {
                crate::case::FollowUpSource::Question { question } => Some(question),
                crate::case::FollowUpSource::VtAgreement { .. } => None,
                crate::case::FollowUpSource::KindcheckCheckBack => None,
                crate::case::FollowUpSource::SafetyCondition { index, .. } => Some(format!("condition:{index}")),
            })
            .collect();
        check("due_on", &d.due.join(", "), &actual.join(", "));
    }
    if let Some(m) = &e.monitoring {
        for (key, want, got) in m.check(case.overdracht.as_ref()) {
            check(&key, &want, &got);
        }
    }
    if let Some(c) = &e.closed_at {
        check("closed_at", c, case.closed.as_ref().map_or("none", |c| c.step.as_str()));
    }
    if let Some(states) = &e.step_states {
        for (step, want) in states {
            if protocol.steps().iter().all(|s| &s.id != step) {
                return Err(format!("[expect].step_states: unknown step `{step}`"));
            }
            let actual = match case.step_state(step) {
                StepState::NotStarted => "not-started",
                StepState::InProgress => "in-progress",
                StepState::Done => "done",
                StepState::ClosedEarly => "closed-early",
            };
            check(&format!("step_states.{step}"), want, actual);
        }
    }
    if let Some(k) = &e.kindcheck_children {
        let actual = case.kindcheck.as_ref().map(|k| k.children.clone()).unwrap_or_default();
        let show = |c: &KindcheckChildren| {
            format!(
                "number={:?} ages={:?} partner_children={:?} pregnant={:?} carers={:?}",
                c.number, c.ages, c.partner_children, c.pregnant, c.carers
            )
        };
        check("kindcheck_children", &show(&children(k)), &show(&actual));
    }
    let shown = |what: &str| -> Vec<String> {
        match what {
            "notes" => case.notes(protocol).iter().map(|n| n.id.clone()).collect(),
            "consequences" => consequences.iter().filter(|k| !k.suppressed).map(|k| k.consequence.id.clone()).collect(),
            "contacts" => case.contacts_shown(protocol),
            _ => case.missing_consultations(protocol),
        }
    };
    for (want, checks) in [(true, &e.contains), (false, &e.excludes)] {
        let Some(checks) = checks else { continue };
        for (what, ids) in [
            ("notes", &checks.notes),
            ("consequences", &checks.consequences),
            ("contacts", &checks.contacts),
            ("missing_consultations", &checks.missing_consultations),
        ] {
            let actual = shown(what);
            for id in ids {
                if actual.contains(id) != want {
                    let verb = if want { "contains" } else { "excludes" };
                    mismatches.push(format!("{verb}.{what}: `{id}`; the case shows `{}`", actual.join(", ")));
                }
            }
        }
    }
    if let Some(outputs) = outputs {
        for o in &e.output {
            mismatches.extend(outputs.check(&case, o)?);
        }
    }
    if let Some(v) = &e.kindcheck_suggested {
        let actual = case.kindcheck_suggested(protocol).unwrap_or("none");
        if v != actual {
            mismatches.push(format!("kindcheck_suggested: expected `{v}`, got `{actual}`"));
        }
    }
    if let Some(x) = &e.info_request {
        mismatches.extend(crate::inforequest::check_scenario(protocol, &case, x));
    }
    Ok(ScenarioReport { name: raw.name, mismatches })
}

fn date(key: &str, v: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| format!("{key}: `{v}` is not a date (YYYY-MM-DD)"))
}

fn children(c: &ScenarioChildren) -> KindcheckChildren {
    KindcheckChildren {
        number: c.number,
        ages: c.ages.clone(),
        partner_children: c.partner_children.clone(),
        pregnant: c.pregnant,
        carers: c.carers.clone(),
    }
}

/// A scenario's case as built, with the edits the case refused (`decision:<id>`, `close`,
/// `coercive-control-ruled-out`), each with the error.
#[derive(Debug, Clone)]
pub struct Built {
    /// The case.
    pub case: Case,
    /// The refused edits, in order: what, and why.
    pub refused: Vec<(String, String)>,
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
    let scenario =
        Scenario { case: c.clone(), answers: answers.clone(), kindcheck: kindcheck.cloned(), ..Default::default() };
    build_scenario_case(protocol, &scenario).map(|b| b.case)
}

/// Builds the whole case a scenario states, in the order a professional records it: step 1
/// (forms, acute situations, quotes, red flags, oudersignalen, the Kindcheck), step 2
/// (consultations), step 4's profiles, step 3 (conversations, status, ruling out dwingende
/// controle), step 4's answers and follow-ups, the adviesvraag, step 5's decisions, and
/// closing. `Err` names the first id or value the protocol refuses; a decision, closing or
/// ruling out that the case refuses is reported in [`Built::refused`] instead, because a
/// scenario may expect that refusal.
pub fn build_scenario_case(protocol: &Protocol, s: &Scenario) -> Result<Built, String> {
    let c = &s.case;
    let ctx = |n: usize| EditContext { now: chrono::DateTime::UNIX_EPOCH, new_id: format!("scenario-{n}") };
    let input = NewCase {
        alias: c.alias.clone().unwrap_or_else(|| "Scenario".into()),
        field: c.field.clone(),
        subject: c.subject.clone(),
        suspect: c.suspect.clone(),
        kindcheck_only: c.kindcheck_only,
    };
    let mut case = Case::new(protocol, &input, &ctx(0)).map_err(|e| format!("[case]: {e}"))?;
    let mut n = 1;
    let mut edits = vec![Edit::SetAlsoAtHome { on: c.also_at_home }];
    edits.extend(c.suspect_relation.clone().map(|r| Edit::SetSuspectRelation { relation: Some(r) }));
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
    for k in &c.consultation {
        let d = k.date.as_deref().map(|d| date("[[case.consultation]].date", d)).transpose()?;
        edits.push(Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: k.kind.clone(),
                with_whom: k.with_whom.clone(),
                date: d,
                outcome: k.outcome.clone(),
            },
        });
    }
    if !c.no_consultation_reason.is_empty() {
        edits.push(Edit::SetNoVtAdviceReason { reason: c.no_consultation_reason.clone() });
    }
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
    if let Some(kc) = s.kindcheck.clone() {
        edits.push(Edit::SetKindcheckVariant { variant: Some(kc.variant) });
        edits.extend(
            kc.answers
                .into_iter()
                .map(|(question, option)| Edit::SetKindcheckAnswer { question, option: Some(option) }),
        );
        edits.extend(kc.children.as_ref().map(|ch| Edit::SetKindcheckChildren { children: children(ch) }));
        edits.extend(kc.close_note.map(|note| Edit::SetKindcheckClosed { note: Some(note) }));
    }
    for k in &c.conversation {
        let d = k.date.as_deref().map(|d| date("[[case.conversation]].date", d)).transpose()?;
        edits.push(Edit::SaveConversation {
            conversation: ConversationInput {
                id: None,
                date: d,
                with_whom: k.with_whom.clone(),
                separately: k.separately,
                interpreter: k.interpreter,
                their_view: String::new(),
                agreements: String::new(),
            },
        });
    }
    if let Some(g) = &s.gesprek {
        let gesprek = match g.status.as_str() {
            "planned" => GesprekStatus::Planned,
            "skipped" => GesprekStatus::Skipped { reason: g.reason.clone(), note: g.note.clone() },
            "postponed" => GesprekStatus::Postponed { until: g.until.clone(), note: g.note.clone() },
            other => return Err(format!("[gesprek].status: `{other}` is not planned, skipped or postponed")),
        };
        edits.push(Edit::SetGesprek { gesprek });
    }
    for (question, value) in s.answers.clone() {
        let v = AnswerValue::from_id(&value)
            .ok_or(format!("[answers].{question}: `{value}` is not ja, nee or weet-niet"))?;
        edits.push(Edit::SetAnswer { question, value: Some(v), reason: String::new() });
    }
    for (question, f) in &s.follow_ups {
        let due = date(&format!("[follow_ups].{question}.due"), &f.due)?;
        edits.push(Edit::SetFollowUp { question: question.clone(), due: Some(due), note: f.note.clone() });
    }
    if let Some(a) = &s.adviesvraag {
        let mut adviesvraag = case.adviesvraag.clone();
        adviesvraag.household =
            a.household.iter().map(|m| HouseholdMember { role: m.role.clone(), age: m.age }).collect();
        adviesvraag.household_note = a.household_note.clone();
        adviesvraag.concerns = a.concerns.clone();
        adviesvraag.own_possibilities = a.own_possibilities.clone();
        adviesvraag.question = a.question.clone();
        edits.push(Edit::SetAdviesvraag { adviesvraag });
    }
    for edit in edits {
        case.apply(protocol, edit, &ctx(n)).map_err(|e| format!("{e}"))?;
        n += 1;
    }

    // Edits a scenario may expect to be refused.
    let mut soft: Vec<(String, Edit)> = Vec::new();
    if let Some(d) = &c.coercive_control_ruled_out {
        let on = date("[case].coercive_control_ruled_out", d)?;
        soft.push(("coercive-control-ruled-out".into(), Edit::SetCoerciveControlRuledOut { on: Some(on) }));
    }
    if let Some(a) = &c.adult {
        soft.push(("adult".into(), Edit::SetAdultWishes { adult: a.clone() }));
    }
    for (decision, d) in &s.decisions {
        let value = match d.value.as_str() {
            "ja" => true,
            "nee" => false,
            other => return Err(format!("[decisions].{decision}.value: `{other}` is not ja or nee")),
        };
        let edit = Edit::SetDecision { decision: decision.clone(), value: Some(value), reason: d.reason.clone() };
        soft.push((format!("decision:{decision}"), edit));
    }
    if let Some(o) = &s.overdracht {
        soft.push(("overdracht".into(), Edit::SetOverdracht { overdracht: Some(o.build()?) }));
    }
    if let Some(cl) = &s.close {
        soft.push((
            "close".into(),
            Edit::Close { step: cl.step.clone(), reason: cl.reason.clone(), in_dossier: false, kind: None },
        ));
    }
    let mut refused = Vec::new();
    for (what, edit) in soft {
        match case.apply(protocol, edit, &ctx(n)) {
            Ok(()) => {}
            Err(e @ crate::EditError::UnknownId { .. }) => return Err(format!("{what}: {e}")),
            Err(e) => refused.push((what, e.to_string())),
        }
        n += 1;
    }
    Ok(Built { case, refused })
}
