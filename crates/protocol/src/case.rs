//! A case (casus): what the professional recorded in each step, and the edits that change it.
//! Every edit is validated against the [`Protocol`]; ids and time come in an [`EditContext`].
//! Applying an edit is in `case/edit.rs` (one file per edit family under `case/edit/`), what it
//! writes in the decision log in `case/log.rs`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::content::{
    AnswerValue, Choice, FamilyProfile, KindcheckOutcome, Marker, Note, ProfileConsequence, ProfileIndicator, Protocol,
};
use crate::route::Route;

mod edit;
mod log;

/// Longest alias accepted, in characters.
pub const MAX_ALIAS_CHARS: usize = 80;
/// Longest free text accepted in one field, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// A case: one concern, followed through the meldcode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Case {
    /// Stable id (UUID).
    pub id: String,
    /// A pseudonym chosen by the professional; never a real name.
    pub alias: String,
    /// Field id: which afwegingskader applies.
    pub field: String,
    /// Subject id: who the concern is about.
    pub subject: String,
    /// Suspect id: who is suspected.
    pub suspect: String,
    /// With a suspect outside the household: abuse at home is suspected as well, so the
    /// five steps are followed too.
    pub also_at_home: bool,
    /// When the case was created.
    pub created_at: DateTime<Utc>,
    /// When the case last changed.
    pub updated_at: DateTime<Utc>,
    /// Step 1: form ids the professional thinks of (vormen).
    pub forms: BTreeSet<String>,
    /// Step 1: observations and counter-indications.
    pub observations: Vec<Observation>,
    /// Step 1: the child's (or adult's) own words.
    pub quotes: Vec<Quote>,
    /// Step 1: acute child situations recorded (situation ids from `acute.toml`).
    #[serde(default)]
    pub acute_situations: BTreeSet<String>,
    /// Step 1: escalation red flags recorded (red-flag ids from `acute.toml`).
    #[serde(default)]
    pub red_flags: BTreeSet<String>,
    /// Started from the start screen as a Kindcheck only: the five steps are shown once the
    /// Kindcheck's outcome says to follow the meldcode.
    #[serde(default)]
    pub kindcheck_only: bool,
    /// Step 1: oudersignalen recorded (Kindcheck trigger ids from `kindcheck.toml`).
    #[serde(default)]
    pub kindcheck_triggers: BTreeSet<String>,
    /// Step 1: the Kindcheck, once started.
    #[serde(default)]
    pub kindcheck: Option<Kindcheck>,
    /// Step 2: consultations.
    pub consultations: Vec<Consultation>,
    /// Step 2: why a consultation the field expects (a doctor: Veilig Thuis advice, a
    /// colleague) was not held. A record, never a gate.
    #[serde(default)]
    pub no_vt_advice_reason: String,
    /// Step 3: conversations held.
    pub conversations: Vec<Conversation>,
    /// Step 3: skipped or postponed, with the reason.
    pub gesprek: GesprekStatus,
    /// Step 3: the date on which the professional recorded that separate conversations ruled
    /// out dwingende controle. Only then does violence from both sides let a joint approach be
    /// suggested; a recorded sign of coercive control still withholds it.
    #[serde(default)]
    pub coercive_control_ruled_out: Option<NaiveDate>,
    /// Step 4: answers to the afwegingen, by afweging id.
    pub answers: BTreeMap<String, Answer>,
    /// Step 4: dated follow-ups (afweging 5, meldnorm 3).
    pub follow_ups: Vec<FollowUp>,
    /// Step 4: gezinsprofiel indicators ticked (ids from `profiles.toml`).
    #[serde(default)]
    pub profile_indicators: BTreeSet<String>,
    /// Step 4: the professional's judgement of each gezinsprofiel hypothesis, by profile id.
    #[serde(default)]
    pub profile_hypotheses: BTreeMap<String, ProfileHypothesis>,
    /// Step 4: the Top3 safety questions, a draft veiligheidsplan.
    #[serde(default)]
    pub safety_plan: SafetyPlan,
    /// Step 5: the decisions, by decision id (`melden`, `hulp`). Never prefilled.
    pub decisions: BTreeMap<String, Decision>,
    /// Step 5: what was done.
    pub actions: Actions,
    /// Steps the professional marked done, with when.
    pub steps_done: BTreeMap<String, DateTime<Utc>>,
    /// Closed early ("vermoeden weggenomen") at a step, with the reason.
    pub closed: Option<Closure>,
    /// The adviesvraag for Veilig Thuis: the parts the case does not already record.
    #[serde(default)]
    pub adviesvraag: Adviesvraag,
    /// Step 5: what the KNMG meldcode asks to record around a melding beyond
    /// [`Actions::informed`]: attempts to reach those involved, agreements with Veilig Thuis.
    #[serde(default)]
    pub melding_record: MeldingRecord,
    /// The plain-language summary for the client, written together with the client.
    #[serde(default)]
    pub plain_summary: PlainSummary,
    /// The decision log: what happened when (UTC), oldest first. Ids and values only; no
    /// free text is copied into it.
    #[serde(default)]
    pub log: Vec<LogEntry>,
    /// Started as an information request (someone asks the professional for information):
    /// the case walks that route instead of the five steps.
    #[serde(default)]
    pub info_request: Option<crate::inforequest::InfoRequest>,
    /// Steps 3-4, an adult client: their own wishes and the wilsbekwaamheid assessment.
    #[serde(default)]
    pub adult: crate::adult::AdultWishes,
    /// Who the suspected person is to the one the concern is about (suspect relation id from
    /// `case.toml`), if recorded.
    #[serde(default)]
    pub suspect_relation: Option<String>,
    /// Notes for a file others may read that the professional chose to make reduced (only what
    /// is safe) while the full note is refused.
    #[serde(default)]
    pub reduced_outputs: BTreeSet<OutputKind>,
    /// After Veilig Thuis hands the family back: the overdracht and the veiligheidsvoorwaarden
    /// followed through the phases of gefaseerd samenwerken.
    #[serde(default)]
    pub overdracht: Option<crate::overdracht::Overdracht>,
    /// The date each step-5 decision was taken, as the professional states it (by decision id);
    /// without one, the day it was clicked. The click time stays in the decision and the log.
    #[serde(default)]
    pub decision_dates: BTreeMap<String, NaiveDate>,
    /// The date each step was completed, as the professional states it (by step id); without
    /// one, the day it was marked done.
    #[serde(default)]
    pub step_dates: BTreeMap<String, NaiveDate>,
    /// The professional acknowledged the acute route: when, what they did, and which acute
    /// situations and red flags held then. The case shows the route folded to one line while
    /// no other holds.
    #[serde(default)]
    pub acute_ack: Option<AcuteAck>,
    /// What the professional typed in a field that has no record to go into yet (a reason
    /// before its answer, a new item not yet added), by the UI's field id: kept with the case
    /// so nothing typed is lost, until the record takes it. A radio or checkbox ticked in a new
    /// item's form is kept under its own id as `checked`. Never in an output or the log.
    #[serde(default)]
    pub drafts: BTreeMap<String, String>,
}

/// Longest list of concerns in an adviesvraag (the top 3).
pub const MAX_CONCERNS: usize = 3;
/// Most drafts a case keeps (fields typed in that have no record yet).
pub const MAX_DRAFTS: usize = 200;
/// Longest field id a draft is kept under.
pub const MAX_DRAFT_ID: usize = 80;
/// Most household members in an adviesvraag.
pub const MAX_HOUSEHOLD: usize = 20;
/// Highest age accepted for a household member.
pub const MAX_AGE: u8 = 120;

/// Who asks Veilig Thuis for advice. Identified on purpose (Veilig Thuis asks who the
/// professional is); every field may be left empty to say it in the call itself.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Asker {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Organisation.
    #[serde(default)]
    pub organisation: String,
    /// Role (functie).
    #[serde(default)]
    pub role: String,
    /// Relation to the client ("mentor sinds september").
    #[serde(default)]
    pub relation: String,
    /// How to reach the professional (phone, times).
    #[serde(default)]
    pub reach: String,
}

/// A member of the household, anonymised: a role and an age, never a name or a birth date.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct HouseholdMember {
    /// Role ("moeder", "broertje", "partner van moeder").
    #[serde(default)]
    pub role: String,
    /// Age in years, if known.
    #[serde(default)]
    pub age: Option<u8>,
}

/// The adviesvraag's own fields; signals, consultations, the conversation, the Kindcheck,
/// safety and profiles come from the rest of the case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Adviesvraag {
    /// Over jou.
    #[serde(default)]
    pub asker: Asker,
    /// Household composition, with ages.
    #[serde(default)]
    pub household: Vec<HouseholdMember>,
    /// Who cares for the children, and anything else about the household.
    #[serde(default)]
    pub household_note: String,
    /// The top 3 concerns, most worrying first.
    #[serde(default)]
    pub concerns: Vec<String>,
    /// What the professional can do to help.
    #[serde(default)]
    pub own_possibilities: String,
    /// The concrete question to Veilig Thuis.
    #[serde(default)]
    pub question: String,
    /// Include the gezinsprofiel hypotheses (labelled as hypotheses). Off by default.
    #[serde(default)]
    pub include_profiles: bool,
    /// Other professionals involved with the family (roles, organisations).
    #[serde(default)]
    pub other_professionals: String,
    /// Protective factors: what goes well, who helps.
    #[serde(default)]
    pub protective_factors: String,
}

/// An attempt to reach those involved before a melding.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ContactAttempt {
    /// When.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// How, and with what result ("gebeld, geen gehoor").
    #[serde(default)]
    pub how: String,
}

/// An agreement made with Veilig Thuis after an advice or a melding. With a date it is a
/// follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct VtAgreement {
    /// What was agreed.
    #[serde(default)]
    pub what: String,
    /// By when, or when to look again.
    #[serde(default)]
    pub due: Option<NaiveDate>,
}

/// What the KNMG meldcode asks to record around a melding, beyond whom you informed
/// beforehand and their reaction ([`Informed`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct MeldingRecord {
    /// Attempts to reach those involved.
    #[serde(default)]
    pub attempts: Vec<ContactAttempt>,
    /// Agreements made with Veilig Thuis.
    #[serde(default)]
    pub vt_agreements: Vec<VtAgreement>,
    /// The client's objections to the melding, and how the professional met them.
    #[serde(default)]
    pub objections_met: String,
}

/// The plain-language summary for the client (eenvoudige taal), written with the client.
/// Off by default; facts only.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct PlainSummary {
    /// Turned on by the professional, together with the client.
    #[serde(default)]
    pub enabled: bool,
    /// What we worry about.
    #[serde(default)]
    pub worries: String,
    /// What goes well.
    #[serde(default)]
    pub going_well: String,
    /// What happens now.
    #[serde(default)]
    pub next: String,
    /// Who to call (the professional, a role, when).
    #[serde(default)]
    pub contact: String,
}

/// An output Meldwijzer builds from a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum OutputKind {
    /// The adviesvraag for Veilig Thuis.
    Adviesvraag,
    /// The step report for the client file.
    Verslag,
    /// A journal note in SOEP order for a GP's HIS.
    Soep,
    /// A factual note for the leerlingdossier.
    Leerlingdossier,
    /// A two-minute handover note.
    Overdracht,
    /// The plain-language summary for the client.
    Eenvoudig,
    /// The record of an information request for the file (SOEP for a doctor). Offered only
    /// for a case started as an information request, and then alone.
    Informatieverzoek,
}

impl OutputKind {
    /// Every output, in the order the UI offers them.
    pub const ALL: [OutputKind; 6] = [
        OutputKind::Adviesvraag,
        OutputKind::Verslag,
        OutputKind::Soep,
        OutputKind::Leerlingdossier,
        OutputKind::Overdracht,
        OutputKind::Eenvoudig,
    ];

    /// Its id (`adviesvraag`, `verslag`, ...).
    pub fn id(self) -> &'static str {
        match self {
            OutputKind::Adviesvraag => "adviesvraag",
            OutputKind::Verslag => "verslag",
            OutputKind::Soep => "soep",
            OutputKind::Leerlingdossier => "leerlingdossier",
            OutputKind::Overdracht => "overdracht",
            OutputKind::Eenvoudig => "eenvoudig",
            OutputKind::Informatieverzoek => "informatieverzoek",
        }
    }

    /// The output with this id.
    pub fn from_id(id: &str) -> Option<OutputKind> {
        OutputKind::ALL.into_iter().chain([OutputKind::Informatieverzoek]).find(|k| k.id() == id)
    }

    /// The outputs a case offers: an information request only its record, every other case
    /// the six of [`OutputKind::ALL`].
    pub fn for_case(case: &Case) -> Vec<OutputKind> {
        if case.info_request.is_some() {
            vec![OutputKind::Informatieverzoek]
        } else {
            OutputKind::ALL.to_vec()
        }
    }
}

/// What happened to an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum OutputAction {
    /// Copied to the clipboard.
    Copied,
    /// Saved as a file (PDF).
    Saved,
}

/// Where a dated follow-up comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FollowUpSource {
    /// An afweging about a later moment (afweging 5, meldnorm 3), by afweging id.
    Question {
        /// Afweging id.
        question: String,
    },
    /// An agreement with Veilig Thuis, by its place in [`MeldingRecord::vt_agreements`].
    VtAgreement {
        /// Index.
        index: usize,
    },
    /// Checking back that the professional the Kindcheck handed the concern to took it up.
    KindcheckCheckBack,
    /// A veiligheidsvoorwaarde or agreement after the overdracht from Veilig Thuis, still
    /// running, by its place in [`crate::overdracht::Overdracht::conditions`].
    SafetyCondition {
        /// Index.
        index: usize,
        /// Its phase (a `monitoring_phase` id), if stated.
        phase: Option<String>,
    },
}

/// A dated follow-up from anywhere in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DueItem {
    /// Where it comes from.
    pub source: FollowUpSource,
    /// When.
    pub due: NaiveDate,
    /// What to look at.
    pub note: String,
}

/// The acute route acknowledged: when, what the professional did (acute action ids from
/// `acute.toml`), and the acute situations and red flags that held then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AcuteAck {
    /// When (UTC).
    pub at: DateTime<Utc>,
    /// What was done (acute action ids).
    pub actions: BTreeSet<String>,
    /// The acute situations that held (situation ids).
    pub situations: BTreeSet<String>,
    /// The red flags that held (red-flag ids).
    pub red_flags: BTreeSet<String>,
}

/// One entry in the decision log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct LogEntry {
    /// When (UTC).
    pub at: DateTime<Utc>,
    /// What happened.
    pub event: LogEvent,
}

/// What the decision log records. Ids and values only, never free text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LogEvent {
    /// The case was started.
    Created,
    /// A step was marked done, or not done any more.
    StepDone {
        /// Step id.
        step: String,
        /// Done or undone.
        done: bool,
    },
    /// An afweging was answered, its answer changed or cleared.
    Answer {
        /// Afweging id.
        question: String,
        /// The new answer (none: cleared).
        value: Option<AnswerValue>,
    },
    /// A step-5 decision was taken, changed or cleared.
    Decision {
        /// Decision id.
        decision: String,
        /// The new decision (none: cleared).
        value: Option<bool>,
    },
    /// A follow-up was planned, moved or cleared.
    FollowUp {
        /// Afweging id.
        question: String,
        /// The new date (none: cleared).
        due: Option<NaiveDate>,
    },
    /// Step 3 was planned, skipped or postponed.
    Gesprek {
        /// `planned`, `skipped` or `postponed`.
        status: String,
    },
    /// Step 3: separate conversations ruled out dwingende controle (recorded with its date),
    /// or that record was withdrawn.
    CoerciveControlRuledOut {
        /// The date recorded (none: withdrawn).
        on: Option<NaiveDate>,
    },
    /// The date of the melding was recorded or changed.
    Melding {
        /// The date (none: cleared).
        on: Option<NaiveDate>,
    },
    /// The Kindcheck was closed.
    KindcheckClosed,
    /// The acute route was acknowledged, with what was done.
    AcuteAcknowledged {
        /// Acute action ids.
        actions: Vec<String>,
    },
    /// The case was closed at a step.
    Closed {
        /// Step id.
        step: String,
    },
    /// The case was reopened.
    Reopened,
    /// An output was copied or saved.
    Output {
        /// Which output.
        output: OutputKind,
        /// Copied or saved.
        action: OutputAction,
        /// In which language.
        lang: String,
    },
    /// The case was exported to an encrypted file.
    Exported,
    /// An information request was answered: how and when (none: cleared).
    InfoGiven {
        /// How.
        how: Option<crate::inforequest::GivenHow>,
        /// When.
        on: Option<NaiveDate>,
    },
    /// The professional stated (or cleared) the date on which a decision was taken or a step
    /// completed; the entry's own time is when it was stated.
    Dated {
        /// `decision:<id>` or `step:<id>`.
        what: String,
        /// The stated date (none: cleared, the click date counts).
        on: Option<NaiveDate>,
    },
    /// The professional chose a reduced note for a file others may read, or the full one again.
    OutputReduced {
        /// Which output.
        output: OutputKind,
        /// Reduced or not.
        on: bool,
    },
    /// The overdracht from Veilig Thuis was recorded or changed: its date, the phase and each
    /// veiligheidsvoorwaarde's state (never their texts).
    Overdracht {
        /// When Veilig Thuis handed over.
        on: Option<NaiveDate>,
        /// The phase now (a `monitoring_phase` id).
        phase: Option<String>,
        /// Each condition's state, in order.
        conditions: Vec<crate::overdracht::ConditionState>,
    },
    /// The overdracht was removed.
    OverdrachtCleared,
}

/// The children a Kindcheck asks about. Free text where the answer is rarely one number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct KindcheckChildren {
    /// How many minor children the client cares for, if known.
    #[serde(default)]
    pub number: Option<u8>,
    /// Their ages.
    #[serde(default)]
    pub ages: String,
    /// Children of a (ex-)partner the client sees, and how often.
    #[serde(default)]
    pub partner_children: String,
    /// The client is pregnant (or the partner is): yes, no, or not known.
    #[serde(default)]
    pub pregnant: Option<bool>,
    /// Who cares for the children, and whether care is shared.
    #[serde(default)]
    pub carers: String,
}

/// The Kindcheck was closed: nothing worrying found, with a dated note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct KindcheckClosure {
    /// When.
    pub at: DateTime<Utc>,
    /// The note for the file.
    pub note: String,
}

/// A Kindcheck in step 1: which variant, the answers and the children.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Kindcheck {
    /// Variant id (full or short).
    pub variant: String,
    /// When it was started.
    pub started_at: DateTime<Utc>,
    /// Option ids by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The children.
    #[serde(default)]
    pub children: KindcheckChildren,
    /// Closed with a dated note.
    #[serde(default)]
    pub closed: Option<KindcheckClosure>,
    /// Where the outcome hands the concern over or passes it on: to whom, when, and what was
    /// agreed.
    #[serde(default)]
    pub handover: String,
    /// After a handover: when to check back that the other professional took it up.
    #[serde(default)]
    pub check_back: Option<NaiveDate>,
}

/// The professional's judgement of a gezinsprofiel hypothesis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum HypothesisStatus {
    /// The picture fits this profile, in the professional's judgement.
    Confirmed,
    /// The picture does not fit this profile.
    Rejected,
}

/// A confirmed or rejected gezinsprofiel hypothesis, with when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ProfileHypothesis {
    /// Confirmed or rejected.
    pub status: HypothesisStatus,
    /// When.
    pub at: DateTime<Utc>,
}

/// Most unsafe situations recorded in the Top3 safety questions.
pub const MAX_UNSAFE_SITUATIONS: usize = 3;

/// A safety agreement (veiligheidsafspraak): who does what by when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SafetyAgreement {
    /// Who.
    #[serde(default)]
    pub who: String,
    /// Does what.
    #[serde(default)]
    pub what: String,
    /// By when.
    #[serde(default)]
    pub by_when: Option<NaiveDate>,
}

/// A safety scale score (Signs of Safety): 0 = nothing keeps the child safe, 10 = safe enough.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SafetyScore {
    /// Whose score (a role or alias, never a real name).
    pub person: String,
    /// 0 to 10; none while only the person is filled in.
    #[serde(default)]
    pub score: Option<u8>,
}

/// The Top3 safety questions: a draft veiligheidsplan kept with the case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SafetyPlan {
    /// Up to three most unsafe situations, in the family's own words, most unsafe first.
    #[serde(default)]
    pub unsafe_situations: Vec<String>,
    /// Free texts by safety question id (what goes well, veiligheidsvoorwaarden, ...).
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
    /// Safety agreements.
    #[serde(default)]
    pub agreements: Vec<SafetyAgreement>,
    /// Who monitors.
    #[serde(default)]
    pub monitor: String,
    /// When it is evaluated.
    #[serde(default)]
    pub evaluate_on: Option<NaiveDate>,
    /// Optional safety scale per person.
    #[serde(default)]
    pub scales: Vec<SafetyScore>,
}

impl SafetyPlan {
    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        *self == SafetyPlan::default()
    }
}

/// A gezinsprofiel the ticked indicators resemble, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileMatch<'p> {
    /// The profile.
    pub profile: &'p FamilyProfile,
    /// The ticked indicators that point to it, in content order.
    pub indicators: Vec<&'p ProfileIndicator>,
    /// The professional's judgement, if any.
    pub status: Option<HypothesisStatus>,
}

/// A consequence of a gezinsprofiel that applies to this case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveConsequence<'p> {
    /// The consequence.
    pub consequence: &'p ProfileConsequence,
    /// Suppressed: it suggests a joint approach while that is withheld (`withheld` says why).
    pub suppressed: bool,
    /// Why a joint approach is withheld, when it is.
    pub withheld: Option<JointWithheld>,
}

/// Why a joint approach (joint conversation, mediation, relatietherapie, joint parenting
/// support) is not suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum JointWithheld {
    /// A sign of coercive control is recorded (a form, a red flag or a profile indicator).
    CoerciveControl,
    /// Violence from both sides is recorded, and separate conversations have not (yet) ruled
    /// out dwingende controle.
    NotRuledOut,
}

/// Where a Kindcheck stands: the questions answered on its path, the open question, the outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindcheckWalk<'p> {
    /// (question id, option id) answered on the path, in order.
    pub answered: Vec<(String, String)>,
    /// The question to answer next, if no outcome is reached yet.
    pub pending: Option<String>,
    /// The outcome reached.
    pub outcome: Option<&'p KindcheckOutcome>,
}

/// Whether an observation supports or weakens the concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ObservationKind {
    /// A signal: something that worries.
    Signal,
    /// A contra-indicatie: something that weakens the concern.
    CounterIndication,
}

/// Who the information comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum InfoSource {
    /// Seen or heard by the professional.
    Own,
    /// Told by someone else.
    Told {
        /// By whom (a role, such as "moeder" or "gymdocent").
        by: String,
    },
}

/// An observation (signaal) recorded as a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Observation {
    /// Stable id.
    pub id: String,
    /// Signal or counter-indication.
    pub kind: ObservationKind,
    /// What was seen or heard, as a fact.
    pub fact: String,
    /// When.
    pub date: Option<NaiveDate>,
    /// Who the information comes from.
    pub source: InfoSource,
    /// The professional's interpretation, kept apart from the fact.
    pub interpretation: String,
}

/// Someone's own words, literally (a disclosure or what a child says).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Quote {
    /// Stable id.
    pub id: String,
    /// The literal words.
    pub words: String,
    /// The question or remark that came before them, literally.
    pub question_before: String,
    /// When they were said (local time).
    pub said_at: NaiveDateTime,
    /// Who said them (a role: "de leerling", "de moeder").
    pub who: String,
    /// Which kind of speaker said them (a speaker id from `case.toml`). `None`: not stated,
    /// as for every quote recorded before speakers existed; such a quote still counts as a
    /// possible disclosure until the professional says who said it.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Where and in what situation.
    pub context: String,
}

/// A consultation in step 2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Consultation {
    /// Stable id.
    pub id: String,
    /// Consultation kind id.
    pub kind: String,
    /// With whom (a role or a name of a colleague).
    pub with_whom: String,
    /// When.
    pub date: Option<NaiveDate>,
    /// What came out of it.
    pub outcome: String,
}

/// A conversation in step 3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Conversation {
    /// Stable id.
    pub id: String,
    /// When.
    pub date: Option<NaiveDate>,
    /// With whom (roles).
    pub with_whom: String,
    /// Spoken with each person separately.
    pub separately: bool,
    /// A professional interpreter was used.
    pub interpreter: bool,
    /// Their view on the signals.
    pub their_view: String,
    /// Agreements made.
    pub agreements: String,
}

/// Whether step 3 happens.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum GesprekStatus {
    /// The conversation is or will be held (the default).
    #[default]
    Planned,
    /// Not held, for one of the allowed reasons.
    Skipped {
        /// Skip reason id.
        reason: String,
        /// Explanation.
        note: String,
    },
    /// Postponed until Veilig Thuis or the police has been consulted.
    Postponed {
        /// Postpone-until id.
        until: String,
        /// Explanation.
        note: String,
    },
}

/// An answer to an afweging, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Answer {
    /// Ja, nee or weet niet.
    pub value: AnswerValue,
    /// A short reason.
    pub reason: String,
    /// When answered.
    pub at: DateTime<Utc>,
}

/// A dated follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct FollowUp {
    /// The afweging it is about.
    pub question: String,
    /// When to look again.
    pub due: NaiveDate,
    /// What to look at.
    pub note: String,
}

/// A step-5 decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Decision {
    /// Ja or nee.
    pub value: bool,
    /// Why (required when it departs from the route).
    pub reason: String,
    /// When decided.
    pub at: DateTime<Utc>,
}

/// Whether the client was told beforehand.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Informed {
    /// Not recorded yet.
    #[default]
    Unknown,
    /// Informed.
    Yes {
        /// When.
        date: Option<NaiveDate>,
        /// Whom (roles: "beide ouders", "de cliënt").
        #[serde(default)]
        whom: String,
        /// Their reaction.
        reaction: String,
    },
    /// Not informed.
    No {
        /// Why not.
        reason: String,
    },
}

/// What was done after the decisions (step 5).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
pub struct Actions {
    /// Melding made on.
    pub melding_on: Option<NaiveDate>,
    /// Help offered or organised.
    pub help: String,
    /// Client informed beforehand, or why not.
    pub informed: Informed,
}

/// The case was closed at a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Closure {
    /// Step id.
    pub step: String,
    /// Why ("vermoeden weggenomen, omdat ...").
    pub reason: String,
    /// What the professional said it closed as (close reason id from `case.toml`: gemeld,
    /// hulp loopt, vermoeden weggenomen, ...), if chosen.
    #[serde(default)]
    pub kind: Option<String>,
    /// When.
    pub at: DateTime<Utc>,
    /// Whether the professional confirmed, on closing, that the step report is in the
    /// client's file (the dossier is the place of record, not Meldwijzer).
    #[serde(default)]
    pub in_dossier: bool,
}

/// A step's state in the stepper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    /// Nothing recorded yet.
    NotStarted,
    /// Something recorded.
    InProgress,
    /// Marked done by the professional.
    Done,
    /// The case was closed at this step.
    ClosedEarly,
}

/// What a new case needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct NewCase {
    /// A pseudonym.
    pub alias: String,
    /// Field id.
    pub field: String,
    /// Subject id.
    pub subject: String,
    /// Suspect id.
    pub suspect: String,
    /// Start as a Kindcheck only (for professionals who treat adults).
    #[serde(default)]
    pub kindcheck_only: bool,
}

/// What a new information request needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct NewInfoRequest {
    /// A pseudonym.
    pub alias: String,
    /// Field id.
    pub field: String,
    /// Subject id: who the request is about.
    pub subject: String,
    /// Requester id (`content/informatieverzoek.toml`).
    pub requester: String,
}

/// Input for an observation; `id: None` adds a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ObservationInput {
    /// Existing id to update, or none to add.
    pub id: Option<String>,
    /// Signal or counter-indication.
    pub kind: ObservationKind,
    /// The fact.
    pub fact: String,
    /// When.
    pub date: Option<NaiveDate>,
    /// From whom.
    pub source: InfoSource,
    /// Interpretation, apart.
    #[serde(default)]
    pub interpretation: String,
}

/// Input for a quote; `id: None` adds a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct QuoteInput {
    /// Existing id to update, or none to add.
    pub id: Option<String>,
    /// The literal words.
    pub words: String,
    /// The question before them.
    #[serde(default)]
    pub question_before: String,
    /// When said (local time).
    pub said_at: NaiveDateTime,
    /// Who said them.
    #[serde(default)]
    pub who: String,
    /// Which kind of speaker (a speaker id), or not stated.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Where, in what situation.
    #[serde(default)]
    pub context: String,
}

/// Input for a consultation; `id: None` adds a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ConsultationInput {
    /// Existing id to update, or none to add.
    pub id: Option<String>,
    /// Kind id.
    pub kind: String,
    /// With whom.
    #[serde(default)]
    pub with_whom: String,
    /// When.
    pub date: Option<NaiveDate>,
    /// Outcome.
    #[serde(default)]
    pub outcome: String,
}

/// Input for a conversation; `id: None` adds a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ConversationInput {
    /// Existing id to update, or none to add.
    pub id: Option<String>,
    /// When.
    pub date: Option<NaiveDate>,
    /// With whom.
    #[serde(default)]
    pub with_whom: String,
    /// Separately.
    #[serde(default)]
    pub separately: bool,
    /// Professional interpreter used.
    #[serde(default)]
    pub interpreter: bool,
    /// Their view.
    #[serde(default)]
    pub their_view: String,
    /// Agreements.
    #[serde(default)]
    pub agreements: String,
}

/// Which list an item is removed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ItemList {
    /// Observations.
    Observation,
    /// Quotes.
    Quote,
    /// Consultations.
    Consultation,
    /// Conversations.
    Conversation,
}

/// One change to a case. The UI sends these; each is validated and applied whole or not at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "op", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Edit {
    /// Record an adult client's own wishes and the wilsbekwaamheid assessment (steps 3-4).
    SetAdultWishes {
        /// The whole record.
        adult: crate::adult::AdultWishes,
    },
    /// Record what an information request asked, and what was weighed and given.
    SetInfoRequest {
        /// The whole record.
        info_request: crate::inforequest::InfoRequest,
    },
    /// Change the alias.
    Rename {
        /// The new alias.
        alias: String,
    },
    /// Change field, subject or suspect.
    SetProfile {
        /// Field id.
        field: String,
        /// Subject id.
        subject: String,
        /// Suspect id.
        suspect: String,
    },
    /// With a suspect outside the household: also follow the five steps (abuse at home is
    /// suspected as well), or stop doing so.
    SetAlsoAtHome {
        /// On or off.
        on: bool,
    },
    /// Record (with the date) or unrecord in step 3 that separate conversations ruled out
    /// dwingende controle.
    SetCoerciveControlRuledOut {
        /// The date of the record; `None` unrecords it.
        on: Option<NaiveDate>,
    },
    /// Record (or unrecord) a form of violence in step 1.
    SetForm {
        /// Form id.
        form: String,
        /// Recorded or not.
        on: bool,
    },
    /// Record (or unrecord) an acute child situation in step 1.
    SetAcuteSituation {
        /// Situation id.
        situation: String,
        /// Recorded or not.
        on: bool,
    },
    /// Record (or unrecord) an escalation red flag in step 1.
    SetRedFlag {
        /// Red-flag id.
        flag: String,
        /// Recorded or not.
        on: bool,
    },
    /// Record (or unrecord) an oudersignaal (Kindcheck trigger) in step 1.
    SetKindcheckTrigger {
        /// Trigger id.
        trigger: String,
        /// Recorded or not.
        on: bool,
    },
    /// Start the Kindcheck in a variant, switch variant (answers are kept), or remove it (`None`).
    SetKindcheckVariant {
        /// Variant id.
        variant: Option<String>,
    },
    /// Answer a Kindcheck question, or clear the answer (`option: None`). Reopens a closed check.
    SetKindcheckAnswer {
        /// Question id.
        question: String,
        /// Option id.
        option: Option<String>,
    },
    /// Record the children the Kindcheck asks about.
    SetKindcheckChildren {
        /// The children.
        children: KindcheckChildren,
    },
    /// Record to whom the concern was handed over or passed on, when, and what was agreed
    /// (empty clears it).
    SetKindcheckHandover {
        /// The record.
        text: String,
    },
    /// Plan (or clear) the date to check back after the Kindcheck handed the concern over.
    SetKindcheckCheckBack {
        /// When.
        on: Option<NaiveDate>,
    },
    /// Close the Kindcheck with a dated note (only when its outcome closes it), or reopen it (`None`).
    SetKindcheckClosed {
        /// The note.
        note: Option<String>,
    },
    /// Record why a consultation the field expects was not held (empty clears it).
    SetNoVtAdviceReason {
        /// Why not.
        reason: String,
    },
    /// Add or update an observation.
    SaveObservation {
        /// The observation.
        observation: ObservationInput,
    },
    /// Add or update someone's own words.
    SaveQuote {
        /// The quote.
        quote: QuoteInput,
    },
    /// Add or update a consultation.
    SaveConsultation {
        /// The consultation.
        consultation: ConsultationInput,
    },
    /// Add or update a conversation.
    SaveConversation {
        /// The conversation.
        conversation: ConversationInput,
    },
    /// Remove an item from a list.
    RemoveItem {
        /// Which list.
        list: ItemList,
        /// Item id.
        id: String,
    },
    /// Step 3 held (planned), skipped or postponed.
    SetGesprek {
        /// The status.
        gesprek: GesprekStatus,
    },
    /// Answer an afweging, or clear the answer (`value: None`).
    SetAnswer {
        /// Afweging id.
        question: String,
        /// The answer.
        value: Option<AnswerValue>,
        /// Why.
        #[serde(default)]
        reason: String,
    },
    /// Acknowledge the acute route that holds, saying what was done (acute action ids). Logged.
    AcknowledgeAcute {
        /// Acute action ids from `acute.toml`, at least one.
        actions: BTreeSet<String>,
    },
    /// Keep what was typed in fields that have no record yet, by field id; an empty text
    /// forgets that field's draft. Not logged.
    SetDrafts {
        /// Field id → text.
        drafts: BTreeMap<String, String>,
    },
    /// Plan (or clear, `due: None`) the follow-up for an afweging about a later moment.
    SetFollowUp {
        /// Afweging id.
        question: String,
        /// When.
        due: Option<NaiveDate>,
        /// What to look at.
        #[serde(default)]
        note: String,
    },
    /// Take or clear (`value: None`) a step-5 decision.
    SetDecision {
        /// Decision id.
        decision: String,
        /// Ja (true) or nee (false).
        value: Option<bool>,
        /// Why.
        #[serde(default)]
        reason: String,
    },
    /// Record what was done in step 5.
    SetActions {
        /// The actions.
        actions: Actions,
    },
    /// Mark a step done, or not done.
    SetStepDone {
        /// Step id.
        step: String,
        /// Done or not.
        done: bool,
    },
    /// Close the case at a step, with a reason from the list (gemeld, hulp loopt, vermoeden
    /// weggenomen, ...) or in the professional's own words, or both.
    Close {
        /// Step id.
        step: String,
        /// Why, in the professional's own words (required without `kind`).
        #[serde(default)]
        reason: String,
        /// Close reason id from `case.toml`.
        #[serde(default)]
        kind: Option<String>,
        /// The step report is in the client's file (asked in the close dialog).
        #[serde(default)]
        in_dossier: bool,
    },
    /// Reopen a closed case.
    Reopen,
    /// Tick (or untick) a gezinsprofiel indicator in step 4.
    SetProfileIndicator {
        /// Indicator id.
        indicator: String,
        /// Ticked or not.
        on: bool,
    },
    /// Save the Top3 safety questions (the draft veiligheidsplan) as a whole. Empty situations,
    /// agreements and scales at the end are dropped; the others keep their place.
    SetSafetyPlan {
        /// The plan.
        plan: SafetyPlan,
    },
    /// Confirm or reject a gezinsprofiel hypothesis, or clear the judgement (`None`).
    SetProfileHypothesis {
        /// Profile id.
        profile: String,
        /// Confirmed, rejected, or open again.
        status: Option<HypothesisStatus>,
    },
    /// Save the adviesvraag's own fields as a whole. Empty household members and concerns at
    /// the end are dropped; the others keep their place.
    SetAdviesvraag {
        /// The fields.
        adviesvraag: Adviesvraag,
    },
    /// Save what was recorded around a melding (attempts to reach, agreements with Veilig
    /// Thuis) as a whole. Empty items at the end are dropped; the others keep their place.
    SetMeldingRecord {
        /// The record.
        record: MeldingRecord,
    },
    /// Record the overdracht from Veilig Thuis as a whole (date, what Veilig Thuis asks, whom to
    /// call back, the phase, the veiligheidsvoorwaarden with who watches each, their dates and
    /// states), or clear it. Empty conditions are dropped.
    SetOverdracht {
        /// The record, or `None` to clear it.
        overdracht: Option<crate::overdracht::Overdracht>,
    },
    /// Save the plain-language summary as a whole.
    SetPlainSummary {
        /// The summary.
        summary: PlainSummary,
    },
    /// Note in the decision log that an output was copied or saved. Allowed on a closed case.
    RecordOutput {
        /// Which output.
        output: OutputKind,
        /// Copied or saved.
        action: OutputAction,
        /// In which language (`nl`, `en`).
        lang: String,
    },
    /// Note in the decision log that the case was exported. Allowed on a closed case.
    RecordExport,
    /// Record who the suspected person is to the one the concern is about, or clear it.
    SetSuspectRelation {
        /// Suspect relation id.
        relation: Option<String>,
    },
    /// State the date on which a step-5 decision was taken (`None`: the day it was clicked).
    SetDecisionDate {
        /// Decision id.
        decision: String,
        /// The date.
        on: Option<NaiveDate>,
    },
    /// State the date on which a step was completed (`None`: the day it was marked done).
    SetStepDate {
        /// Step id.
        step: String,
        /// The date.
        on: Option<NaiveDate>,
    },
    /// Make a note for a file others may read reduced (only what is safe) while the full note is
    /// refused, or full again. Allowed on a closed case (the note may still be filed).
    SetOutputReduced {
        /// Which output.
        output: OutputKind,
        /// Reduced or not.
        on: bool,
    },
}

/// What an edit needs from outside: the time and a fresh id.
#[derive(Debug, Clone)]
pub struct EditContext {
    /// Now.
    pub now: DateTime<Utc>,
    /// A fresh unique id, used if the edit adds an item.
    pub new_id: String,
}

/// Why an edit was refused. Each variant maps to a Fluent error id in `app`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The alias is empty.
    #[error("alias is empty")]
    AliasEmpty,
    /// The alias is too long.
    #[error("alias is longer than {max} characters")]
    AliasTooLong {
        /// The maximum.
        max: usize,
    },
    /// A free-text field is too long.
    #[error("text is longer than {max} characters")]
    TextTooLong {
        /// The maximum.
        max: usize,
    },
    /// A required text was left empty.
    #[error("required text `{what}` is empty")]
    Required {
        /// Which text.
        what: &'static str,
    },
    /// An id from content is unknown.
    #[error("unknown {kind} `{id}`")]
    UnknownId {
        /// Which kind of id.
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// An item id is not in the case.
    #[error("no item `{id}` in this case")]
    NoSuchItem {
        /// The id.
        id: String,
    },
    /// The decision departs from the route and no reason was given.
    #[error("a decision that departs from the route needs a reason")]
    ReasonRequired,
    /// The case is closed; reopen it first.
    #[error("the case is closed")]
    Closed,
    /// Postponing step 3 is only offered for the special forms.
    #[error("postponing the conversation is offered only for special forms")]
    PostponeNotOffered,
    /// A skipped or postponed conversation needs an explanation, and so does a closure.
    #[error("the reason is empty")]
    ReasonEmpty,
    /// At most three unsafe situations, and a safety scale runs from 0 to 10.
    #[error("the safety plan is out of range")]
    SafetyPlanOutOfRange,
    /// The Kindcheck has not been started.
    #[error("the Kindcheck has not been started")]
    KindcheckNotStarted,
    /// The Kindcheck can only be closed when its outcome says nothing worrying was found.
    #[error("the Kindcheck's outcome does not close it")]
    KindcheckNotClosable,
    /// There is no acute route to acknowledge.
    #[error("no acute route holds")]
    NoAcuteRoute,
    /// A draft's field id is not a plain id, or there are too many drafts.
    #[error("the drafts are out of range")]
    DraftsOutOfRange,
    /// At most three concerns, twenty household members, ages up to 120.
    #[error("the adviesvraag is out of range")]
    AdviesvraagOutOfRange,
    /// An output language there is no locale for.
    #[error("unknown output language")]
    UnknownLanguage,
    /// The adult's wishes and wilsbekwaamheid are recorded for an adult client only.
    #[error("wishes and wilsbekwaamheid are recorded for an adult client")]
    AdultOnly,
    /// The case was not started as an information request.
    #[error("the case is not an information request")]
    NotAnInfoRequest,
    /// An information request has no overdracht from Veilig Thuis.
    #[error("an information request has no overdracht")]
    OverdrachtNotOffered,
    /// Too many veiligheidsvoorwaarden in one overdracht.
    #[error("the overdracht is out of range")]
    OverdrachtOutOfRange,
    /// Ruling out dwingende controle needs a conversation held separately, recorded in step 3.
    #[error("ruling out coercive control needs a separate conversation")]
    SeparateTalkRequired,
}

/// Drops the empty rows at the end of a list of rows and keeps every other row where it is:
/// a text stays in the row (and so the field) it was typed in, also below an empty row. The
/// outputs skip the empty rows in between.
pub(super) fn trim_trailing<T>(rows: &mut Vec<T>, empty: impl Fn(&T) -> bool) {
    while rows.last().is_some_and(&empty) {
        rows.pop();
    }
}

fn check_text(s: &str) -> Result<(), EditError> {
    if s.chars().count() > MAX_TEXT_CHARS {
        Err(EditError::TextTooLong { max: MAX_TEXT_CHARS })
    } else {
        Ok(())
    }
}

fn check_alias(alias: &str) -> Result<String, EditError> {
    let alias = alias.trim();
    if alias.is_empty() {
        return Err(EditError::AliasEmpty);
    }
    if alias.chars().count() > MAX_ALIAS_CHARS {
        return Err(EditError::AliasTooLong { max: MAX_ALIAS_CHARS });
    }
    Ok(alias.to_string())
}

fn check_profile(p: &Protocol, field: &str, subject: &str, suspect: &str) -> Result<(), EditError> {
    if p.field(field).is_none() {
        return Err(EditError::UnknownId { kind: "field", id: field.to_string() });
    }
    if p.subject(subject).is_none() {
        return Err(EditError::UnknownId { kind: "subject", id: subject.to_string() });
    }
    if p.suspect(suspect).is_none() {
        return Err(EditError::UnknownId { kind: "suspect", id: suspect.to_string() });
    }
    Ok(())
}

impl Case {
    /// Starts an information request: someone asks the professional for information about
    /// the subject. No suspect is asked: the professional gives information, and weighs it.
    pub fn new_info_request(p: &Protocol, input: &NewInfoRequest, ctx: &EditContext) -> Result<Case, EditError> {
        let alias = check_alias(&input.alias)?;
        if p.field(&input.field).is_none() {
            return Err(EditError::UnknownId { kind: "field", id: input.field.clone() });
        }
        if p.subject(&input.subject).is_none() {
            return Err(EditError::UnknownId { kind: "subject", id: input.subject.clone() });
        }
        let request = crate::inforequest::InfoRequest::new(&input.requester);
        request.check(p, &input.field)?;
        Ok(Case {
            info_request: Some(request),
            log: vec![LogEntry { at: ctx.now, event: LogEvent::Created }],
            ..Case::blank(&ctx.new_id, &alias, &input.field, &input.subject, "", ctx.now)
        })
    }

    /// Creates a case from what a new case asks.
    pub fn new(p: &Protocol, input: &NewCase, ctx: &EditContext) -> Result<Case, EditError> {
        let alias = check_alias(&input.alias)?;
        check_profile(p, &input.field, &input.subject, &input.suspect)?;
        Ok(Case {
            kindcheck_only: input.kindcheck_only,
            log: vec![LogEntry { at: ctx.now, event: LogEvent::Created }],
            ..Case::blank(&ctx.new_id, &alias, &input.field, &input.subject, &input.suspect, ctx.now)
        })
    }

    /// A case with nothing recorded yet, without checking the ids against content: the one
    /// place that lists every field's empty value, for [`Case::new`] and for storage tests
    /// and benches that have no [`Protocol`] at hand.
    pub fn blank(id: &str, alias: &str, field: &str, subject: &str, suspect: &str, at: DateTime<Utc>) -> Case {
        Case {
            id: id.to_string(),
            alias: alias.to_string(),
            field: field.to_string(),
            subject: subject.to_string(),
            suspect: suspect.to_string(),
            also_at_home: false,
            created_at: at,
            updated_at: at,
            forms: BTreeSet::new(),
            observations: Vec::new(),
            quotes: Vec::new(),
            acute_situations: BTreeSet::new(),
            red_flags: BTreeSet::new(),
            kindcheck_only: false,
            kindcheck_triggers: BTreeSet::new(),
            kindcheck: None,
            consultations: Vec::new(),
            no_vt_advice_reason: String::new(),
            conversations: Vec::new(),
            gesprek: GesprekStatus::Planned,
            coercive_control_ruled_out: None,
            answers: BTreeMap::new(),
            follow_ups: Vec::new(),
            profile_indicators: BTreeSet::new(),
            profile_hypotheses: BTreeMap::new(),
            safety_plan: SafetyPlan::default(),
            decisions: BTreeMap::new(),
            actions: Actions::default(),
            steps_done: BTreeMap::new(),
            closed: None,
            adviesvraag: Adviesvraag::default(),
            melding_record: MeldingRecord::default(),
            plain_summary: PlainSummary::default(),
            log: Vec::new(),
            info_request: None,
            adult: crate::adult::AdultWishes::default(),
            suspect_relation: None,
            reduced_outputs: BTreeSet::new(),
            overdracht: None,
            decision_dates: BTreeMap::new(),
            step_dates: BTreeMap::new(),
            acute_ack: None,
            drafts: BTreeMap::new(),
        }
    }

    /// Whether this case follows the five meldcode steps: the suspect is in the household or
    /// network, or abuse at home is suspected as well.
    pub fn follows_five_steps(&self, p: &Protocol) -> bool {
        self.info_request.is_none() && (self.also_at_home || p.suspect(&self.suspect).is_some_and(|s| s.meldcode))
    }

    /// The route outside the five steps that applies, if the suspect is not in the household.
    pub fn other_route<'p>(&self, p: &'p Protocol) -> Option<&'p crate::content::OtherRoute> {
        if self.info_request.is_some() {
            return None;
        }
        p.route_for(&self.suspect, &self.field)
    }

    /// The afwegingskader route for the recorded answers.
    pub fn route(&self, p: &Protocol) -> Route {
        let answers = self.answers.iter().map(|(k, a)| (k.clone(), a.value)).collect();
        Route::evaluate(p, &answers)
    }

    /// Decisions taken against what the route now suggests without a reason: the route can
    /// change after a decision (an answer in step 4 changed), and the professional is asked
    /// again for the reason.
    pub fn unexplained_departures(&self, p: &Protocol) -> Vec<String> {
        let route = self.route(p);
        self.decisions
            .iter()
            .filter(|(id, d)| route.suggests(id).is_some_and(|s| s != d.value) && d.reason.trim().is_empty())
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// Whether step 3 may be postponed: a recorded form asks for consulting Veilig Thuis or
    /// the police before talking with those involved, or coercive control stands (Veilig
    /// Thuis first, meldcode.md §12).
    pub fn postpone_offered(&self, p: &Protocol) -> bool {
        !self.postponing_reasons(p).is_empty()
    }

    /// What makes step 3 postponable, in content order without repeats: the forms that ask
    /// for it, then the signs of coercive control.
    pub fn postponing_reasons<'p>(&self, p: &'p Protocol) -> Vec<&'p Choice> {
        let forms = p.forms().iter().filter(|f| f.postpones_gesprek && self.forms.contains(&f.choice.id));
        let mut out: Vec<&Choice> = Vec::new();
        for c in forms.map(|f| &f.choice).chain(self.coercive_control(p)) {
            if !out.iter().any(|x| x.id == c.id) {
                out.push(c);
            }
        }
        out
    }

    /// The forms recorded that ask to postpone step 3.
    pub fn postponing_forms(&self, p: &Protocol) -> Vec<String> {
        self.forms.iter().filter(|f| p.form(f).is_some_and(|f| f.postpones_gesprek)).cloned().collect()
    }

    /// Whether a quote counts as a possible disclosure: its speaker is one whose words content
    /// marks as a disclosure (the possible victim), or its speaker is not stated yet. An
    /// unstated speaker counts, so a quote recorded before speakers existed keeps showing the
    /// acute route until the professional says who said it.
    pub fn quote_counts_as_disclosure(&self, p: &Protocol, q: &Quote) -> bool {
        q.speaker.as_deref().is_none_or(|s| p.speaker(s).is_none_or(|s| s.disclosure))
    }

    /// The quotes whose speaker is not stated (recorded before speakers existed), in order.
    pub fn quotes_without_speaker(&self) -> Vec<&Quote> {
        self.quotes.iter().filter(|q| q.speaker.is_none()).collect()
    }

    /// The acute situations that hold: the ones recorded, and the disclosure situation as soon
    /// as words that count as a disclosure are recorded (the possible victim's own, or words
    /// whose speaker is not stated). Each with whether it holds through a quote only.
    pub fn active_situations<'p>(&self, p: &'p Protocol) -> Vec<(&'p Marker, bool)> {
        p.situations()
            .iter()
            .filter_map(|m| {
                let recorded = self.acute_situations.contains(&m.choice.id);
                let via_quote = m.disclosure && self.quotes.iter().any(|q| self.quote_counts_as_disclosure(p, q));
                (recorded || via_quote).then_some((m, via_quote && !recorded))
            })
            .collect()
    }

    /// The escalation red flags recorded, in content order.
    pub fn active_red_flags<'p>(&self, p: &'p Protocol) -> Vec<&'p Marker> {
        p.red_flags().iter().filter(|m| self.red_flags.contains(&m.choice.id)).collect()
    }

    /// Whether the acute route is shown at once: an acute situation holds or a red flag is
    /// recorded.
    pub fn acute_route(&self, p: &Protocol) -> bool {
        !self.active_situations(p).is_empty() || !self.active_red_flags(p).is_empty()
    }

    /// The acknowledgement of the acute route while it still covers what holds: none once
    /// another acute situation or red flag is recorded (the route unfolds again).
    pub fn acute_acknowledged(&self, p: &Protocol) -> Option<&AcuteAck> {
        let ack = self.acute_ack.as_ref()?;
        let covered = self.active_situations(p).iter().all(|(m, _)| ack.situations.contains(&m.choice.id))
            && self.active_red_flags(p).iter().all(|m| ack.red_flags.contains(&m.choice.id));
        covered.then_some(ack)
    }

    /// The contacts the case shows, in content order without repeats: the ones the acute
    /// route names while it is shown.
    pub fn contacts_shown(&self, p: &Protocol) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if self.acute_route(p) {
            for c in p.acute_lines().iter().filter_map(|g| g.contact.as_ref()) {
                if !out.contains(c) {
                    out.push(c.clone());
                }
            }
        }
        out
    }

    /// The afwegingen marked for attention by what step 1 recorded, in afweging order.
    pub fn attention(&self, p: &Protocol) -> Vec<String> {
        let wanted: BTreeSet<&str> = self
            .active_situations(p)
            .iter()
            .map(|(m, _)| m.attention.as_str())
            .chain(self.active_red_flags(p).iter().map(|m| m.attention.as_str()))
            .collect();
        p.questions().iter().filter(|q| wanted.contains(q.id.as_str())).map(|q| q.id.clone()).collect()
    }

    /// The notes that apply to this case, in content order: its field's notes and the notes
    /// for every field that fit the subject (minor or adult).
    pub fn notes<'p>(&self, p: &'p Protocol) -> Vec<&'p Note> {
        let minor = p.subject(&self.subject).map(|s| s.minor);
        let coercive = !self.coercive_control(p).is_empty();
        p.notes()
            .iter()
            .filter(|n| n.field.as_ref().is_none_or(|f| f == &self.field))
            .filter(|n| n.minor.is_none() || n.minor == minor)
            .filter(|n| n.coercive_control.is_none_or(|c| c == coercive))
            .collect()
    }

    /// The signal checklists opened for this case's subject (a minor's or an adult's, and of
    /// the subject's age group where a list names its subjects), in content order; the others
    /// can still be opened by hand.
    pub fn open_signal_groups<'p>(&self, p: &'p Protocol) -> Vec<&'p crate::content::SignalGroup> {
        let minor = p.subject(&self.subject).map(|s| s.minor);
        p.signal_groups()
            .iter()
            .filter(|g| Some(g.minor) == minor && (g.subjects.is_empty() || g.subjects.contains(&self.subject)))
            .collect()
    }

    /// Whether step 1 offers the Kindcheck by itself: the subject is an adult or adolescent
    /// client (`kindcheck = true`) and an oudersignaal is recorded, ticked or through a form
    /// that is one (`[[kindcheck_form]]`).
    pub fn kindcheck_offered(&self, p: &Protocol) -> bool {
        p.subject(&self.subject).is_some_and(|s| s.kindcheck) && !self.oudersignalen(p).is_empty()
    }

    /// The oudersignalen recorded (trigger ids, content order): ticked in step 1, or through a
    /// recorded form that content lists as one.
    pub fn oudersignalen<'p>(&self, p: &'p Protocol) -> Vec<&'p str> {
        p.kindcheck_triggers()
            .iter()
            .filter(|t| {
                self.kindcheck_triggers.contains(&t.id)
                    || p.kindcheck_forms().iter().any(|k| k.trigger == t.id && self.forms.contains(&k.form))
            })
            .map(|t| t.id.as_str())
            .collect()
    }

    /// The oudersignalen that come from recorded forms (trigger ids), which step 1 shows as
    /// recorded instead of asking for a separate tick.
    pub fn oudersignalen_from_forms<'p>(&self, p: &'p Protocol) -> Vec<&'p str> {
        p.kindcheck_forms().iter().filter(|k| self.forms.contains(&k.form)).map(|k| k.trigger.as_str()).collect()
    }

    /// The Kindcheck variant suggested first: the field's own (a huisartsenpost: the short
    /// one), else the first in content.
    pub fn kindcheck_suggested<'p>(&self, p: &'p Protocol) -> Option<&'p str> {
        p.field(&self.field)
            .and_then(|f| f.kindcheck_variant.as_deref())
            .or_else(|| p.kindcheck_variants().first().map(|v| v.id.as_str()))
    }

    /// Whether the five steps are shown: always, except in a Kindcheck-only case until the
    /// Kindcheck's outcome says to follow the meldcode.
    pub fn steps_shown(&self, p: &Protocol) -> bool {
        !self.kindcheck_only || self.kindcheck_walk(p).and_then(|w| w.outcome).is_some_and(|o| o.follow_meldcode)
    }

    /// Walks the Kindcheck from its variant's first question along the recorded answers.
    pub fn kindcheck_walk<'p>(&self, p: &'p Protocol) -> Option<KindcheckWalk<'p>> {
        let kc = self.kindcheck.as_ref()?;
        let variant = p.kindcheck_variant(&kc.variant)?;
        let mut walk = KindcheckWalk { answered: Vec::new(), pending: None, outcome: None };
        let mut at = Some(variant.start.clone());
        while let Some(qid) = at.take() {
            let Some(q) = p.kindcheck_question(&qid) else { break };
            let Some(option) = kc.answers.get(&qid).and_then(|o| q.options.iter().find(|x| &x.id == o)) else {
                walk.pending = Some(qid);
                break;
            };
            walk.answered.push((qid, option.id.clone()));
            match (&option.next, &option.outcome) {
                (Some(n), _) => at = Some(n.clone()),
                (None, Some(o)) => walk.outcome = p.kindcheck_outcome(o),
                (None, None) => {}
            }
        }
        Some(walk)
    }

    /// The gezinsprofielen the ticked indicators resemble, in content order, each with the
    /// indicators that matched. Hypotheses that may overlap, never verdicts.
    pub fn profile_matches<'p>(&self, p: &'p Protocol) -> Vec<ProfileMatch<'p>> {
        p.profiles()
            .iter()
            .filter_map(|pr| {
                let indicators: Vec<&ProfileIndicator> = p
                    .profile_indicators()
                    .iter()
                    .filter(|i| self.profile_indicators.contains(&i.choice.id) && i.profiles.contains(&pr.id))
                    .collect();
                (!indicators.is_empty()).then(|| ProfileMatch {
                    profile: pr,
                    indicators,
                    status: self.profile_hypotheses.get(&pr.id).map(|h| h.status),
                })
            })
            .collect()
    }

    /// The signs of coercive control recorded, in content order: the forms recorded in step 1
    /// that content marks as such (intieme terreur), the profile indicators ticked in step 4,
    /// then the red flags recorded in step 1 that content marks as such. The one case-level
    /// notion: while it is not empty, coercive control stands for the whole case.
    pub fn coercive_control<'p>(&self, p: &'p Protocol) -> Vec<&'p Choice> {
        let forms = p.forms().iter().filter(|f| f.coercive_control && self.forms.contains(&f.choice.id));
        let indicators = p
            .profile_indicators()
            .iter()
            .filter(|i| i.coercive_control && self.profile_indicators.contains(&i.choice.id));
        let flags = self.active_red_flags(p).into_iter().filter(|m| m.coercive_control);
        forms.map(|f| &f.choice).chain(indicators.map(|i| &i.choice)).chain(flags.map(|m| &m.choice)).collect()
    }

    /// Whether a joint approach is withheld, and why: while coercive control stands; or while
    /// an indicator that asks for it (violence from both sides) is ticked and the professional
    /// has not recorded that separate conversations ruled out dwingende controle.
    pub fn joint_approach_withheld(&self, p: &Protocol) -> Option<JointWithheld> {
        if !self.coercive_control(p).is_empty() {
            return Some(JointWithheld::CoerciveControl);
        }
        let asks = p
            .profile_indicators()
            .iter()
            .any(|i| i.joint_after_separate_talks && self.profile_indicators.contains(&i.choice.id));
        (asks && self.coercive_control_ruled_out.is_none()).then_some(JointWithheld::NotRuledOut)
    }

    /// Whether step 3 asks to record that separate conversations ruled out dwingende controle:
    /// an indicator that asks for it is ticked, or it is already recorded.
    pub fn asks_rule_out(&self, p: &Protocol) -> bool {
        self.coercive_control_ruled_out.is_some()
            || p.profile_indicators()
                .iter()
                .any(|i| i.joint_after_separate_talks && self.profile_indicators.contains(&i.choice.id))
    }

    /// How the Top3 safety plan is framed: with the victim, apart, while coercive control
    /// stands; otherwise with the family.
    pub fn safety_framing<'p>(&self, p: &'p Protocol) -> Option<&'p crate::content::SafetyFraming> {
        let cc = !self.coercive_control(p).is_empty();
        p.safety_framings().iter().find(|f| f.coercive_control == cc)
    }

    /// The consequences of the profiles the picture resembles and the professional did not
    /// reject, in content order. One that suggests a joint approach is marked suppressed while
    /// a sign of coercive control is recorded.
    pub fn profile_consequences<'p>(&self, p: &'p Protocol) -> Vec<ActiveConsequence<'p>> {
        let open: BTreeSet<&str> = self
            .profile_matches(p)
            .iter()
            .filter(|m| m.status != Some(HypothesisStatus::Rejected))
            .map(|m| m.profile.id.as_str())
            .collect();
        let withheld = self.joint_approach_withheld(p);
        p.profile_consequences()
            .iter()
            .filter(|k| open.contains(k.profile.as_str()))
            .map(|k| {
                let withheld = withheld.filter(|_| k.joint_approach);
                ActiveConsequence { consequence: k, suppressed: withheld.is_some(), withheld }
            })
            .collect()
    }

    /// Consultation kinds the field expects in step 2 that are not recorded yet.
    pub fn missing_consultations(&self, p: &Protocol) -> Vec<String> {
        let Some(field) = p.field(&self.field) else { return Vec::new() };
        field
            .expects_consultations
            .iter()
            .filter(|k| !self.consultations.iter().any(|c| &c.kind == *k))
            .cloned()
            .collect()
    }

    fn step_has_data(&self, step: &str) -> bool {
        match step {
            "signalen" => {
                !self.forms.is_empty()
                    || !self.observations.is_empty()
                    || !self.quotes.is_empty()
                    || !self.acute_situations.is_empty()
                    || !self.red_flags.is_empty()
                    || !self.kindcheck_triggers.is_empty()
                    || self.kindcheck.is_some()
            }
            "consultatie" => !self.consultations.is_empty() || !self.no_vt_advice_reason.is_empty(),
            "gesprek" => {
                !self.conversations.is_empty()
                    || self.gesprek != GesprekStatus::Planned
                    || self.coercive_control_ruled_out.is_some()
                    || !self.adult.is_empty()
            }
            "wegen" => {
                !self.answers.is_empty()
                    || !self.follow_ups.is_empty()
                    || !self.profile_indicators.is_empty()
                    || !self.profile_hypotheses.is_empty()
                    || !self.safety_plan.is_empty()
            }
            "beslissen" => {
                !self.decisions.is_empty()
                    || self.actions != Actions::default()
                    || self.melding_record != MeldingRecord::default()
                    || self.overdracht.is_some()
            }
            _ => false,
        }
    }

    /// The state of a step in the stepper.
    pub fn step_state(&self, step: &str) -> StepState {
        if self.closed.as_ref().is_some_and(|c| c.step == step) {
            StepState::ClosedEarly
        } else if self.steps_done.contains_key(step) {
            StepState::Done
        } else if self.step_has_data(step) {
            StepState::InProgress
        } else {
            StepState::NotStarted
        }
    }

    /// Applies one edit, whole or not at all.
    pub fn apply(&mut self, p: &Protocol, edit: Edit, ctx: &EditContext) -> Result<(), EditError> {
        let mut next = self.clone();
        let logged = log::log_event(self, &edit);
        next.apply_in_place(p, edit, ctx)?;
        if let Some(event) = logged.and_then(|f| f(&next)) {
            next.log.push(LogEntry { at: ctx.now, event });
        }
        next.updated_at = ctx.now;
        *self = next;
        Ok(())
    }

    /// Every dated follow-up in the case, earliest first: the afwegingen about a later moment,
    /// the agreements with Veilig Thuis that have a date, the Kindcheck's check-back and the
    /// running veiligheidsvoorwaarden after an overdracht.
    pub fn due_items(&self) -> Vec<DueItem> {
        let mut items: Vec<DueItem> = self
            .follow_ups
            .iter()
            .map(|f| DueItem {
                source: FollowUpSource::Question { question: f.question.clone() },
                due: f.due,
                note: f.note.clone(),
            })
            .chain(self.melding_record.vt_agreements.iter().enumerate().filter_map(|(index, a)| {
                a.due.map(|due| DueItem { source: FollowUpSource::VtAgreement { index }, due, note: a.what.clone() })
            }))
            .chain(self.kindcheck.as_ref().and_then(|k| {
                k.check_back.map(|due| DueItem {
                    source: FollowUpSource::KindcheckCheckBack,
                    due,
                    note: k.handover.clone(),
                })
            }))
            .chain(self.overdracht.iter().flat_map(|o| {
                o.conditions.iter().enumerate().filter_map(|(index, c)| {
                    let running = c.state == crate::overdracht::ConditionState::Running;
                    c.due.filter(|_| running).map(|due| DueItem {
                        source: FollowUpSource::SafetyCondition { index, phase: c.phase.clone() },
                        due,
                        note: c.what.clone(),
                    })
                })
            }))
            .collect();
        items.sort_by_key(|i| i.due);
        items
    }

    /// Forms recorded for which a paper at home is dangerous, in content order.
    pub fn unsafe_on_paper_forms<'p>(&self, p: &'p Protocol) -> Vec<&'p crate::content::Form> {
        p.forms().iter().filter(|f| f.unsafe_on_paper && self.forms.contains(&f.choice.id)).collect()
    }
}
