//! Content loading in two stages: `raw` structs mirror the TOML files (unknown keys refused),
//! then [`Protocol::load`] validates them into the model and reports *every* problem with
//! its file and key. The second stage, one function per content kind, is `content/validate.rs`.

use std::collections::BTreeMap;

use chrono::NaiveDate;

mod validate;
/// One content file: its name (for error messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct ContentFile<'a> {
    /// File name relative to `content/`, such as `steps.toml`.
    pub name: &'a str,
    /// The TOML text.
    pub text: &'a str,
}

/// A problem found while loading content: which file, which key, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// File name relative to `content/`.
    pub file: String,
    /// Dotted path of the offending item, such as `question[vermoeden].answers.ja.next`;
    /// for syntax errors `line:column`.
    pub key: String,
    /// What is wrong, in English (content errors are for content authors and tests).
    pub message: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.key, self.message)
    }
}

/// Where a fact comes from: the provenance every content item must name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// Ids of [`Source`]s.
    pub sources: Vec<String>,
    /// From when this item is valid.
    pub valid_from: NaiveDate,
}

/// A public document that content cites (bron).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Stable id, referenced from items.
    pub id: String,
    /// The document's title as published (a citation, not translated).
    pub title: String,
    /// Who publishes it.
    pub publisher: String,
    /// Edition or year, where known.
    pub edition: Option<String>,
    /// Public address, where known.
    pub url: Option<String>,
}

/// One of the five meldcode steps (stap).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Stable id: `signalen`, `consultatie`, `gesprek`, `wegen`, `beslissen`.
    pub id: String,
    /// 1 to 5.
    pub number: u8,
    /// Fluent id of the title.
    pub title: String,
    /// Fluent id of what the professional does in this step.
    pub summary: String,
    /// Fluent id of what to record (vastleggen).
    pub record: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// When an afweging is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Answered while weighing, now.
    Now,
    /// About a later moment: becomes a dated follow-up (afweging 5).
    FollowUp,
}

/// An answer to an afweging.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerValue {
    /// Ja.
    Ja,
    /// Nee.
    Nee,
    /// Weet niet.
    WeetNiet,
}

impl AnswerValue {
    /// All answers, in the order they are offered.
    pub const ALL: [AnswerValue; 3] = [AnswerValue::Ja, AnswerValue::Nee, AnswerValue::WeetNiet];

    /// The id used in content and on the wire.
    pub fn id(self) -> &'static str {
        match self {
            AnswerValue::Ja => "ja",
            AnswerValue::Nee => "nee",
            AnswerValue::WeetNiet => "weet-niet",
        }
    }

    /// Parses a content or wire id.
    pub fn from_id(id: &str) -> Option<AnswerValue> {
        AnswerValue::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// Where one answer leads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnswerRule {
    /// The outcome this answer reaches, if any.
    pub outcome: Option<String>,
    /// The next afweging, if the route goes on.
    pub next: Option<String>,
    /// From the next afweging on, the professional weighs together with Veilig Thuis.
    pub with_veilig_thuis: bool,
}

/// One of the five afwegingen of the afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id: `vermoeden`, `veiligheid`, `hulp`, `aanvaarden`, `resultaat`.
    pub id: String,
    /// 1 to 5.
    pub number: u8,
    /// Fluent id of the short label (Vermoeden, Veiligheid, ...).
    pub label: String,
    /// Fluent id of the basisdocument's official wording.
    pub text: String,
    /// Fluent id of help in our own words.
    pub help: String,
    /// Now, or a later moment.
    pub timing: Timing,
    /// What each answer leads to.
    pub answers: BTreeMap<AnswerValue, AnswerRule>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// What an outcome says about the two step-5 decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Suggests {
    /// Beslissing 1: is melden noodzakelijk?
    pub melden: Option<bool>,
    /// Beslissing 2: is hulp bieden of organiseren (ook) mogelijk?
    pub hulp: Option<bool>,
}

/// A point the afwegingskader route can reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Stable id.
    pub id: String,
    /// Fluent id of the text.
    pub text: String,
    /// What it suggests for the step-5 decisions.
    pub suggests: Suggests,
    /// The meldnorm this outcome rests on, if any.
    pub meldnorm: Option<String>,
    /// The route stops here with advice (raadpleeg Veilig Thuis) instead of a result.
    pub advice: bool,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A numbered item with a text: meldnormen and the step-5 decisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    /// Stable id.
    pub id: String,
    /// Its number.
    pub number: u8,
    /// Fluent id of the text.
    pub text: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A profession's afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kader {
    /// Stable id.
    pub id: String,
    /// Fluent id of its name.
    pub label: String,
    /// Fluent id of a note on how it relates to the basisdocument.
    pub note: String,
    /// Whether Meldwijzer has the beroepsgroep's own confirmed wording (otherwise the
    /// basisdocument's wording is shown, and the note says so).
    pub own_wording: bool,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// An item of a pick list (field, subject, suspect, consultation kind, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Stable id.
    pub id: String,
    /// Fluent id of its label.
    pub label: String,
    /// Fluent id of an extra note, where there is one.
    pub note: Option<String>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// The professional's field (werkveld).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The pick-list item.
    pub choice: Choice,
    /// Id of its [`Kader`].
    pub kader: String,
    /// Consultation kinds this field is expected to hold in step 2 (KNMG: Veilig Thuis advice
    /// and a colleague). A prompt with a place to record why not, never a gate.
    pub expects_consultations: Vec<String>,
    /// The Kindcheck variant suggested first in this field (a huisartsenpost: the short one);
    /// none: the first variant.
    pub kindcheck_variant: Option<String>,
}

/// Who the concern is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// The pick-list item.
    pub choice: Choice,
    /// A minor (under 18).
    pub minor: bool,
    /// An adult or adolescent client: the Kindcheck is offered once an oudersignaal is recorded.
    pub kindcheck: bool,
}

/// A situation of an adult client (oudersignaal) that calls for the Kindcheck.
pub type KindcheckTrigger = Choice;

/// A variant of the Kindcheck: the full check for ongoing care, or the short one for a brief
/// contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindcheckVariant {
    /// Stable id.
    pub id: String,
    /// Fluent id of its name.
    pub label: String,
    /// Fluent id of when to use it.
    pub hint: String,
    /// Id of the first question.
    pub start: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// An option of a Kindcheck question and where it leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindcheckOption {
    /// Stable id within its question.
    pub id: String,
    /// Fluent id of its label.
    pub label: String,
    /// The next question, if the check goes on.
    pub next: Option<String>,
    /// The outcome it reaches, if the check ends here.
    pub outcome: Option<String>,
}

/// A question of the Kindcheck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindcheckQuestion {
    /// Stable id.
    pub id: String,
    /// Fluent id of the question.
    pub text: String,
    /// Fluent id of help in our own words.
    pub help: String,
    /// While this question is open, ask about the children (number, ages, who cares).
    pub children: bool,
    /// The option an oudersignaal recorded in the case answers this question with, when the
    /// Kindcheck starts (the professional can change it).
    pub oudersignaal_option: Option<String>,
    /// The options, in order.
    pub options: Vec<KindcheckOption>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A form of violence that is an oudersignaal in itself (partnergeweld: the children witness
/// it): recording the form offers the Kindcheck as the oudersignaal would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindcheckForm {
    /// Form id from `case.toml`.
    pub form: String,
    /// The oudersignaal (Kindcheck trigger id) it counts as.
    pub trigger: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// Where a Kindcheck ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindcheckOutcome {
    /// Stable id.
    pub id: String,
    /// Fluent id of the text.
    pub text: String,
    /// Fluent id of what was done, as a record prints it (the text says what to do).
    pub record: String,
    /// Nothing worrying found: the Kindcheck closes with a dated note.
    pub closes: bool,
    /// The meldcode's steps are followed; the outcome is carried into step 1.
    pub follow_meldcode: bool,
    /// The concern is handed over or passed on: the Kindcheck asks to record to whom, when
    /// and what was agreed.
    pub record_handover: bool,
    /// Fluent ids of the first actions, in order.
    pub actions: Vec<String>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A signal checklist in step 1: an age group, or a form of elder abuse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalGroup {
    /// The pick-list item.
    pub choice: Choice,
    /// Opened for a minor (true) or an adult (false) subject.
    pub minor: bool,
    /// Opened only for these subjects (an age group), if any are named.
    pub subjects: Vec<String>,
}

/// A signal on a checklist: illustrative, never proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// The pick-list item.
    pub choice: Choice,
    /// Id of its [`SignalGroup`].
    pub group: String,
    /// Form ids it may point to.
    pub forms: Vec<String>,
}

/// Who is suspected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspect {
    /// The pick-list item.
    pub choice: Choice,
    /// Whether this makes it a meldcode case (the five steps).
    pub meldcode: bool,
}

/// Who the suspected person is to the one the concern is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuspectRelation {
    /// The pick-list item.
    pub choice: Choice,
    /// A parent or carer: reads the files parents may read.
    pub parent: bool,
}

/// Someone who can read the file an output goes into (`outputs.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    /// The pick-list item (its label names the readers).
    pub choice: Choice,
    /// Someone involved in the case (parents, patient, client), not a professional bound to
    /// secrecy.
    pub involved: bool,
    /// The parents or carers: a suspected parent can read it.
    pub parents: bool,
    /// Reads only when the case is about a minor.
    pub minor_only: bool,
}

/// Where an output goes, and who may read it there (`outputs.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// The output id (`OutputKind::id`).
    pub id: String,
    /// Fluent id naming the file it goes into.
    pub file: String,
    /// Reader ids.
    pub readers: Vec<String>,
    /// Offered only to these fields (empty: every field).
    pub fields: Vec<String>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// Who said the literal words of a quote (the child or possible victim, a parent or carer,
/// the suspected person, someone else).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The pick-list item.
    pub choice: Choice,
    /// Words of this speaker count as a disclosure (onthulling): only the possible victim's own.
    pub disclosure: bool,
}

/// A form of violence (vorm) recordable in step 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The pick-list item.
    pub choice: Choice,
    /// Step 3 may be postponed until Veilig Thuis or the police has been consulted.
    pub postpones_gesprek: bool,
    /// A paper found at home can put the client in danger: no plain-language summary for
    /// the client while this form is recorded.
    pub unsafe_on_paper: bool,
    /// The form means dwingende controle (intieme terreur): recorded, it counts as coercive
    /// control for the whole case (see `Case::coercive_control`).
    pub coercive_control: bool,
}

/// Something a professional can tick in step 1 that calls for the acute route at once: an
/// acute child situation (acuut) or an escalation red flag (rode vlag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The pick-list item.
    pub choice: Choice,
    /// Someone's own words recorded in step 1 (a quote) count as this situation.
    pub disclosure: bool,
    /// Id of the afweging that is marked for attention while this is recorded.
    pub attention: String,
    /// A red flag that is also a sign of dwingende controle (intieme terreur): while it is
    /// recorded, no joint approach is suggested, as for a coercive-control profile indicator.
    pub coercive_control: bool,
}

/// A note shown inline in one step of a case: for one field (`[[field_note]]`), or for every
/// field, optionally only for minor or adult subjects (`[[step_note]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Stable id.
    pub id: String,
    /// Step id where it is shown.
    pub step: String,
    /// Fluent id of the text.
    pub text: String,
    /// Only for this field, if set.
    pub field: Option<String>,
    /// Only for subjects with this `minor` flag, if set.
    pub minor: Option<bool>,
    /// Only while coercive control stands (`true`) or does not (`false`), if set.
    pub coercive_control: Option<bool>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A phone number, in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Stable id, also the Fluent variable name.
    pub id: String,
    /// The number as dialled and shown.
    pub number: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A line of guidance (acute panel, disclosure guidance).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guidance {
    /// Stable id.
    pub id: String,
    /// Fluent id of the text.
    pub text: String,
    /// The contact it names, if any.
    pub contact: Option<String>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A route outside the five steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherRoute {
    /// Stable id.
    pub id: String,
    /// Suspect id that leads here.
    pub suspect: String,
    /// Field ids it applies to.
    pub fields: Vec<String>,
    /// Fluent id of the title.
    pub title: String,
    /// Fluent id of the introduction.
    pub intro: String,
    /// Fluent ids of the first actions, in order.
    pub actions: Vec<String>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// A gezinsprofiel (meldcode.md §4): a pattern of violence in families. A hypothesis the
/// professional confirms or rejects, never a verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyProfile {
    /// Stable id.
    pub id: String,
    /// Fluent id of its name.
    pub label: String,
    /// Fluent id of its core picture.
    pub picture: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// Something the professional can tick that points to one or more gezinsprofielen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileIndicator {
    /// The pick-list item.
    pub choice: Choice,
    /// Profile ids it points to.
    pub profiles: Vec<String>,
    /// A sign of coercive control (dwingende controle): while one is ticked, no joint approach
    /// is suggested.
    pub coercive_control: bool,
    /// While it is ticked (violence from both sides), a joint approach is suggested only once
    /// the professional recorded that separate conversations ruled out dwingende controle.
    pub joint_after_separate_talks: bool,
}

/// What a gezinsprofiel means for the approach, shown in one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileConsequence {
    /// Stable id.
    pub id: String,
    /// Profile id.
    pub profile: String,
    /// Step id where it is shown.
    pub step: String,
    /// Fluent id of the text.
    pub text: String,
    /// Suggests a joint talk, mediation or joint counselling: suppressed while a
    /// coercive-control indicator is ticked.
    pub joint_approach: bool,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// How a Top3 safety question is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SafetyKind {
    /// Up to three unsafe situations, in the family's own words.
    Top3,
    /// A free text.
    Text,
    /// Safety agreements: who does what by when.
    Agreements,
    /// Who monitors, and when it is evaluated.
    Monitoring,
    /// An optional 0–10 safety scale per person (Signs of Safety).
    Scale,
}

impl SafetyKind {
    /// The id used in content and on the wire.
    pub fn id(self) -> &'static str {
        match self {
            SafetyKind::Top3 => "top3",
            SafetyKind::Text => "text",
            SafetyKind::Agreements => "agreements",
            SafetyKind::Monitoring => "monitoring",
            SafetyKind::Scale => "scale",
        }
    }
}

/// A question of the Top3 safety questions in step 4 (a draft veiligheidsplan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyQuestion {
    /// Stable id.
    pub id: String,
    /// How it is recorded.
    pub kind: SafetyKind,
    /// Fluent id of the question.
    pub text: String,
    /// Fluent id of help in our own words.
    pub help: String,
    /// Fluent id of the help shown instead while coercive control stands (a plan with the
    /// victim, made apart from the suspected person), if the usual help would not fit.
    pub help_coercive: Option<String>,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// How the Top3 safety plan is framed: with the family, or, while coercive control stands,
/// with the victim (and the children at their level), apart from the suspected person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyFraming {
    /// Stable id.
    pub id: String,
    /// Applies while coercive control stands (`true`) or does not (`false`).
    pub coercive_control: bool,
    /// Fluent id of the text.
    pub text: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// The validated meldcode content.
#[derive(Debug, Clone)]
pub struct Protocol {
    id: String,
    version: String,
    valid_from: NaiveDate,
    sources: Vec<Source>,
    steps: Vec<Step>,
    questions: Vec<Question>,
    outcomes: Vec<Outcome>,
    meldnormen: Vec<Numbered>,
    decisions: Vec<Numbered>,
    kaders: Vec<Kader>,
    fields: Vec<Field>,
    subjects: Vec<Subject>,
    suspects: Vec<Suspect>,
    consultations: Vec<Choice>,
    skip_reasons: Vec<Choice>,
    close_reasons: Vec<Choice>,
    postpone_until: Vec<Choice>,
    speakers: Vec<Speaker>,
    forms: Vec<Form>,
    contacts: Vec<Contact>,
    acute_lines: Vec<Guidance>,
    disclosure_guidance: Vec<Guidance>,
    acute_actions: Vec<Guidance>,
    situations: Vec<Marker>,
    red_flags: Vec<Marker>,
    notes: Vec<Note>,
    routes: Vec<OtherRoute>,
    info: crate::inforequest::InfoContent,
    kindcheck_triggers: Vec<KindcheckTrigger>,
    kindcheck_variants: Vec<KindcheckVariant>,
    kindcheck_questions: Vec<KindcheckQuestion>,
    kindcheck_forms: Vec<KindcheckForm>,
    kindcheck_outcomes: Vec<KindcheckOutcome>,
    signal_groups: Vec<SignalGroup>,
    signals: Vec<Signal>,
    profiles: Vec<FamilyProfile>,
    profile_indicators: Vec<ProfileIndicator>,
    profile_consequences: Vec<ProfileConsequence>,
    safety_questions: Vec<SafetyQuestion>,
    suspect_relations: Vec<SuspectRelation>,
    readers: Vec<Reader>,
    output_files: Vec<OutputFile>,
    safety_skip_reasons: Vec<String>,
    safety_framings: Vec<SafetyFraming>,
    monitoring_phases: Vec<Choice>,
}

mod raw {
    //! Mirrors of the TOML files. Unknown keys are refused.
    use std::collections::BTreeMap;

    use serde::Deserialize;

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct File {
        pub id: Option<String>,
        pub version: Option<String>,
        pub valid_from: Option<String>,
        #[serde(default)]
        pub source: Vec<Source>,
        #[serde(default)]
        pub step: Vec<Step>,
        #[serde(default)]
        pub question: Vec<Question>,
        #[serde(default)]
        pub outcome: Vec<Outcome>,
        #[serde(default)]
        pub meldnorm: Vec<Numbered>,
        #[serde(default)]
        pub decision: Vec<Numbered>,
        #[serde(default)]
        pub kader: Vec<Kader>,
        #[serde(default)]
        pub field: Vec<Field>,
        #[serde(default)]
        pub subject: Vec<Subject>,
        #[serde(default)]
        pub suspect: Vec<Suspect>,
        #[serde(default)]
        pub consultation: Vec<Choice>,
        #[serde(default)]
        pub skip_reason: Vec<Choice>,
        #[serde(default)]
        pub close_reason: Vec<Choice>,
        #[serde(default)]
        pub postpone_until: Vec<Choice>,
        #[serde(default)]
        pub speaker: Vec<Speaker>,
        #[serde(default)]
        pub form: Vec<Form>,
        #[serde(default)]
        pub contact: Vec<Contact>,
        #[serde(default)]
        pub line: Vec<Guidance>,
        #[serde(default)]
        pub disclosure_guidance: Vec<Guidance>,
        #[serde(default)]
        pub acute_action: Vec<Guidance>,
        #[serde(default)]
        pub situation: Vec<Marker>,
        #[serde(default)]
        pub red_flag: Vec<Marker>,
        #[serde(default)]
        pub field_note: Vec<FieldNote>,
        #[serde(default)]
        pub step_note: Vec<StepNote>,
        #[serde(default)]
        pub route: Vec<Route>,
        #[serde(default)]
        pub info_requester: Vec<crate::inforequest::raw::Requester>,
        #[serde(default)]
        pub info_step: Vec<crate::inforequest::raw::Step>,
        #[serde(default)]
        pub info_route: Vec<crate::inforequest::raw::Route>,
        #[serde(default)]
        pub kindcheck_trigger: Vec<Choice>,
        #[serde(default)]
        pub kindcheck_variant: Vec<KindcheckVariant>,
        #[serde(default)]
        pub kindcheck_question: Vec<KindcheckQuestion>,
        #[serde(default)]
        pub kindcheck_form: Vec<KindcheckForm>,
        #[serde(default)]
        pub kindcheck_outcome: Vec<KindcheckOutcome>,
        #[serde(default)]
        pub signal_group: Vec<SignalGroup>,
        #[serde(default)]
        pub signal: Vec<Signal>,
        #[serde(default)]
        pub profile: Vec<Profile>,
        #[serde(default)]
        pub profile_indicator: Vec<ProfileIndicator>,
        #[serde(default)]
        pub profile_consequence: Vec<ProfileConsequence>,
        #[serde(default)]
        pub safety_question: Vec<SafetyQuestion>,
        #[serde(default)]
        pub suspect_relation: Vec<SuspectRelation>,
        #[serde(default)]
        pub reader: Vec<Reader>,
        #[serde(default)]
        pub output: Vec<OutputFile>,
        #[serde(default)]
        pub safety_skip_reason: Vec<Ref>,
        #[serde(default)]
        pub safety_framing: Vec<SafetyFraming>,
        #[serde(default)]
        pub monitoring_phase: Vec<Choice>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct SafetyQuestion {
        pub id: String,
        pub kind: String,
        pub text: String,
        pub help: String,
        pub help_coercive: Option<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct SafetyFraming {
        pub id: String,
        pub coercive_control: bool,
        pub text: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Profile {
        pub id: String,
        pub label: String,
        pub picture: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct ProfileIndicator {
        pub id: String,
        pub label: String,
        pub profiles: Vec<String>,
        #[serde(default)]
        pub coercive_control: bool,
        #[serde(default)]
        pub joint_after_separate_talks: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct ProfileConsequence {
        pub id: String,
        pub profile: String,
        pub step: String,
        pub text: String,
        #[serde(default)]
        pub joint_approach: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct SignalGroup {
        pub id: String,
        pub label: String,
        pub minor: bool,
        #[serde(default)]
        pub subjects: Vec<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Signal {
        pub id: String,
        pub group: String,
        pub label: String,
        #[serde(default)]
        pub forms: Vec<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct KindcheckVariant {
        pub id: String,
        pub label: String,
        pub hint: String,
        pub start: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct KindcheckOption {
        pub id: String,
        pub label: String,
        pub next: Option<String>,
        pub outcome: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct KindcheckQuestion {
        pub id: String,
        pub text: String,
        pub help: String,
        #[serde(default)]
        pub children: bool,
        pub oudersignaal_option: Option<String>,
        pub options: Vec<KindcheckOption>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct KindcheckForm {
        pub form: String,
        pub trigger: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct KindcheckOutcome {
        pub id: String,
        pub text: String,
        pub record: String,
        #[serde(default)]
        pub closes: bool,
        #[serde(default)]
        pub follow_meldcode: bool,
        #[serde(default)]
        pub record_handover: bool,
        #[serde(default)]
        pub actions: Vec<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct FieldNote {
        pub id: String,
        pub field: String,
        pub step: String,
        pub text: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct StepNote {
        pub id: String,
        pub step: String,
        pub text: String,
        pub minor: Option<bool>,
        pub coercive_control: Option<bool>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Marker {
        pub id: String,
        pub label: String,
        pub note: Option<String>,
        #[serde(default)]
        pub disclosure: bool,
        #[serde(default)]
        pub coercive_control: bool,
        pub attention: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Source {
        pub id: String,
        pub title: String,
        pub publisher: String,
        pub edition: Option<String>,
        pub url: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Step {
        pub id: String,
        pub number: u8,
        pub title: String,
        pub summary: String,
        pub record: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Question {
        pub id: String,
        pub number: u8,
        pub label: String,
        pub text: String,
        pub help: String,
        pub timing: String,
        pub answers: BTreeMap<String, Answer>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Answer {
        pub outcome: Option<String>,
        pub next: Option<String>,
        #[serde(default)]
        pub with_veilig_thuis: bool,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Suggests {
        pub melden: Option<bool>,
        pub hulp: Option<bool>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Outcome {
        pub id: String,
        pub text: String,
        #[serde(default)]
        pub suggests: Suggests,
        pub meldnorm: Option<String>,
        #[serde(default)]
        pub advice: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Numbered {
        pub id: String,
        pub number: u8,
        pub text: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Kader {
        pub id: String,
        pub label: String,
        pub note: String,
        pub own_wording: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Choice {
        pub id: String,
        pub label: String,
        pub note: Option<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Field {
        pub id: String,
        pub label: String,
        pub kader: String,
        #[serde(default)]
        pub expects_consultations: Vec<String>,
        #[serde(default)]
        pub kindcheck_variant: Option<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Subject {
        pub id: String,
        pub label: String,
        pub minor: bool,
        #[serde(default)]
        pub kindcheck: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Suspect {
        pub id: String,
        pub label: String,
        pub note: Option<String>,
        pub meldcode: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Speaker {
        pub id: String,
        pub label: String,
        #[serde(default)]
        pub disclosure: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Form {
        pub id: String,
        pub label: String,
        pub note: Option<String>,
        #[serde(default)]
        pub postpones_gesprek: bool,
        #[serde(default)]
        pub unsafe_on_paper: bool,
        #[serde(default)]
        pub coercive_control: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Contact {
        pub id: String,
        pub number: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Guidance {
        pub id: String,
        pub text: String,
        pub contact: Option<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct SuspectRelation {
        pub id: String,
        pub label: String,
        #[serde(default)]
        pub parent: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Reader {
        pub id: String,
        pub label: String,
        #[serde(default)]
        pub involved: bool,
        #[serde(default)]
        pub parents: bool,
        #[serde(default)]
        pub minor_only: bool,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct OutputFile {
        pub id: String,
        pub file: String,
        pub readers: Vec<String>,
        #[serde(default)]
        pub fields: Vec<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    /// An id of an item defined elsewhere, with the sources for the flag it gets here.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Ref {
        pub id: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Route {
        pub id: String,
        pub suspect: String,
        pub fields: Vec<String>,
        pub title: String,
        pub intro: String,
        pub actions: Vec<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }
}

/// Turns a byte offset into `line:column` (1-based) for error messages.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

impl Protocol {
    /// Parses and validates all content files. Returns every problem found, each with its
    /// file and key, or the validated protocol.
    pub fn load(files: &[ContentFile<'_>]) -> Result<Protocol, Vec<ContentError>> {
        validate::load(files)
    }
}

impl Protocol {
    /// The protocol's id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The content version.
    pub fn version(&self) -> &str {
        &self.version
    }
    /// The date from which the content as a whole is valid (`valid_from` in `protocol.toml`).
    pub fn valid_from(&self) -> NaiveDate {
        self.valid_from
    }
    /// All cited sources.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    /// The five steps in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }
    /// A step by id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
    /// The five afwegingen in order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
    /// An afweging by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
    /// The route's outcomes.
    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }
    /// An outcome by id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }
    /// The three meldnormen in order.
    pub fn meldnormen(&self) -> &[Numbered] {
        &self.meldnormen
    }
    /// The two step-5 decisions in order.
    pub fn decisions(&self) -> &[Numbered] {
        &self.decisions
    }
    /// The professions' afwegingskaders.
    pub fn kaders(&self) -> &[Kader] {
        &self.kaders
    }
    /// A kader by id.
    pub fn kader(&self, id: &str) -> Option<&Kader> {
        self.kaders.iter().find(|k| k.id == id)
    }
    /// The professional fields.
    pub fn fields(&self) -> &[Field] {
        &self.fields
    }
    /// A field by id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.choice.id == id)
    }
    /// Who a concern can be about.
    pub fn subjects(&self) -> &[Subject] {
        &self.subjects
    }
    /// A subject by id.
    pub fn subject(&self, id: &str) -> Option<&Subject> {
        self.subjects.iter().find(|s| s.choice.id == id)
    }
    /// Who can be suspected.
    pub fn suspects(&self) -> &[Suspect] {
        &self.suspects
    }
    /// A suspect kind by id.
    pub fn suspect(&self, id: &str) -> Option<&Suspect> {
        self.suspects.iter().find(|s| s.choice.id == id)
    }
    /// Who can have said a quote's words, in content order.
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }
    /// A speaker by id.
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.choice.id == id)
    }
    /// Kinds of consultation in step 2.
    pub fn consultations(&self) -> &[Choice] {
        &self.consultations
    }
    /// What a professional can say when closing a case (gemeld, hulp loopt, vermoeden weggenomen).
    pub fn close_reasons(&self) -> &[Choice] {
        &self.close_reasons
    }
    /// Allowed reasons to skip step 3.
    pub fn skip_reasons(&self) -> &[Choice] {
        &self.skip_reasons
    }
    /// Whom step 3 may wait for.
    pub fn postpone_until(&self) -> &[Choice] {
        &self.postpone_until
    }
    /// Forms of violence recordable in step 1.
    pub fn forms(&self) -> &[Form] {
        &self.forms
    }
    /// A form by id.
    pub fn form(&self, id: &str) -> Option<&Form> {
        self.forms.iter().find(|f| f.choice.id == id)
    }
    /// Phone numbers.
    pub fn contacts(&self) -> &[Contact] {
        &self.contacts
    }
    /// A contact by id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }
    /// Lines of the acute panel.
    pub fn acute_lines(&self) -> &[Guidance] {
        &self.acute_lines
    }
    /// Guidance for recording a disclosure.
    pub fn disclosure_guidance(&self) -> &[Guidance] {
        &self.disclosure_guidance
    }
    /// What a professional can say they did about the acute route when they acknowledge it.
    pub fn acute_actions(&self) -> &[Guidance] {
        &self.acute_actions
    }
    /// Acute child situations recordable in step 1.
    pub fn situations(&self) -> &[Marker] {
        &self.situations
    }
    /// An acute situation by id.
    pub fn situation(&self, id: &str) -> Option<&Marker> {
        self.situations.iter().find(|m| m.choice.id == id)
    }
    /// Escalation red flags recordable in step 1.
    pub fn red_flags(&self) -> &[Marker] {
        &self.red_flags
    }
    /// A red flag by id.
    pub fn red_flag(&self, id: &str) -> Option<&Marker> {
        self.red_flags.iter().find(|m| m.choice.id == id)
    }
    /// Notes per step, for a field or for every field.
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }
    /// Information requests: who can ask, the steps, the routes per field and requester.
    pub fn info(&self) -> &crate::inforequest::InfoContent {
        &self.info
    }
    /// Routes outside the five steps.
    pub fn routes(&self) -> &[OtherRoute] {
        &self.routes
    }
    /// The route outside the five steps for this suspect and field, if the suspect is not
    /// someone in the household or network.
    pub fn route_for(&self, suspect: &str, field: &str) -> Option<&OtherRoute> {
        self.routes.iter().find(|r| r.suspect == suspect && r.fields.iter().any(|f| f == field))
    }

    /// Oudersignalen that call for the Kindcheck.
    pub fn kindcheck_triggers(&self) -> &[KindcheckTrigger] {
        &self.kindcheck_triggers
    }
    /// Forms of violence that are an oudersignaal in themselves.
    pub fn kindcheck_forms(&self) -> &[KindcheckForm] {
        &self.kindcheck_forms
    }
    /// An oudersignaal by id.
    pub fn kindcheck_trigger(&self, id: &str) -> Option<&KindcheckTrigger> {
        self.kindcheck_triggers.iter().find(|t| t.id == id)
    }
    /// The Kindcheck's variants.
    pub fn kindcheck_variants(&self) -> &[KindcheckVariant] {
        &self.kindcheck_variants
    }
    /// A Kindcheck variant by id.
    pub fn kindcheck_variant(&self, id: &str) -> Option<&KindcheckVariant> {
        self.kindcheck_variants.iter().find(|v| v.id == id)
    }
    /// The Kindcheck's questions, in content order.
    pub fn kindcheck_questions(&self) -> &[KindcheckQuestion] {
        &self.kindcheck_questions
    }
    /// A Kindcheck question by id.
    pub fn kindcheck_question(&self, id: &str) -> Option<&KindcheckQuestion> {
        self.kindcheck_questions.iter().find(|q| q.id == id)
    }
    /// The Kindcheck's outcomes.
    pub fn kindcheck_outcomes(&self) -> &[KindcheckOutcome] {
        &self.kindcheck_outcomes
    }
    /// A Kindcheck outcome by id.
    pub fn kindcheck_outcome(&self, id: &str) -> Option<&KindcheckOutcome> {
        self.kindcheck_outcomes.iter().find(|o| o.id == id)
    }

    /// Signal checklists (age groups, forms of elder abuse).
    pub fn signal_groups(&self) -> &[SignalGroup] {
        &self.signal_groups
    }
    /// Who the suspected person can be to the one the concern is about, in content order.
    pub fn suspect_relations(&self) -> &[SuspectRelation] {
        &self.suspect_relations
    }
    /// A suspect relation by id.
    pub fn suspect_relation(&self, id: &str) -> Option<&SuspectRelation> {
        self.suspect_relations.iter().find(|r| r.choice.id == id)
    }
    /// Who can read the files outputs go into.
    pub fn readers(&self) -> &[Reader] {
        &self.readers
    }
    /// A reader by id.
    pub fn reader(&self, id: &str) -> Option<&Reader> {
        self.readers.iter().find(|r| r.choice.id == id)
    }
    /// Where an output goes and who may read it there, by output id.
    pub fn output_file(&self, id: &str) -> Option<&OutputFile> {
        self.output_files.iter().find(|o| o.id == id)
    }
    /// Whether skipping step 3 for this reason is skipping it for someone's safety.
    pub fn skip_reason_for_safety(&self, id: &str) -> bool {
        self.safety_skip_reasons.iter().any(|x| x == id)
    }
    /// Signals on the checklists, in content order.
    pub fn signals(&self) -> &[Signal] {
        &self.signals
    }

    /// The gezinsprofielen, in content order.
    pub fn profiles(&self) -> &[FamilyProfile] {
        &self.profiles
    }
    /// A gezinsprofiel by id.
    pub fn profile(&self, id: &str) -> Option<&FamilyProfile> {
        self.profiles.iter().find(|x| x.id == id)
    }
    /// Indicators that point to gezinsprofielen, in content order.
    pub fn profile_indicators(&self) -> &[ProfileIndicator] {
        &self.profile_indicators
    }
    /// A profile indicator by id.
    pub fn profile_indicator(&self, id: &str) -> Option<&ProfileIndicator> {
        self.profile_indicators.iter().find(|x| x.choice.id == id)
    }
    /// What the gezinsprofielen mean for the approach, in content order.
    pub fn profile_consequences(&self) -> &[ProfileConsequence] {
        &self.profile_consequences
    }

    /// The Top3 safety questions of step 4, in content order.
    pub fn safety_questions(&self) -> &[SafetyQuestion] {
        &self.safety_questions
    }

    /// How the Top3 safety plan is framed, without and with coercive control.
    pub fn safety_framings(&self) -> &[SafetyFraming] {
        &self.safety_framings
    }

    /// The phases of gefaseerd samenwerken aan veiligheid after Veilig Thuis hands a family
    /// back (`monitoring.toml`), in order: the first is phase 1.
    pub fn monitoring_phases(&self) -> &[Choice] {
        &self.monitoring_phases
    }

    /// A monitoring phase by id, with its number (1-based).
    pub fn monitoring_phase(&self, id: &str) -> Option<(usize, &Choice)> {
        self.monitoring_phases.iter().enumerate().find(|(_, x)| x.id == id).map(|(i, x)| (i + 1, x))
    }

    /// Every Fluent id the content refers to, with where it is referenced.
    pub fn fluent_ids(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut push = |place: String, id: &str| out.push((place, id.to_string()));
        for s in &self.steps {
            push(format!("step[{}].title", s.id), &s.title);
            push(format!("step[{}].summary", s.id), &s.summary);
            push(format!("step[{}].record", s.id), &s.record);
        }
        for q in &self.questions {
            push(format!("question[{}].label", q.id), &q.label);
            push(format!("question[{}].text", q.id), &q.text);
            push(format!("question[{}].help", q.id), &q.help);
        }
        for o in &self.outcomes {
            push(format!("outcome[{}].text", o.id), &o.text);
        }
        for m in self.meldnormen.iter().chain(&self.decisions) {
            push(format!("{}.text", m.id), &m.text);
        }
        for k in &self.kaders {
            push(format!("kader[{}].label", k.id), &k.label);
            push(format!("kader[{}].note", k.id), &k.note);
        }
        let choices = self
            .fields
            .iter()
            .map(|f| &f.choice)
            .chain(self.subjects.iter().map(|s| &s.choice))
            .chain(self.suspects.iter().map(|s| &s.choice))
            .chain(self.speakers.iter().map(|s| &s.choice))
            .chain(self.forms.iter().map(|f| &f.choice))
            .chain(self.situations.iter().map(|m| &m.choice))
            .chain(self.red_flags.iter().map(|m| &m.choice))
            .chain(&self.consultations)
            .chain(&self.skip_reasons)
            .chain(&self.close_reasons)
            .chain(&self.postpone_until)
            .chain(&self.kindcheck_triggers)
            .chain(self.signal_groups.iter().map(|g| &g.choice))
            .chain(self.signals.iter().map(|s| &s.choice))
            .chain(self.profile_indicators.iter().map(|i| &i.choice))
            .chain(self.suspect_relations.iter().map(|r| &r.choice))
            .chain(self.readers.iter().map(|r| &r.choice));
        for o in &self.output_files {
            push(format!("output[{}].file", o.id), &o.file);
        }
        for ch in choices {
            push(format!("{}.label", ch.id), &ch.label);
            if let Some(n) = &ch.note {
                push(format!("{}.note", ch.id), n);
            }
        }
        for gd in self.acute_lines.iter().chain(&self.disclosure_guidance).chain(&self.acute_actions) {
            push(format!("{}.text", gd.id), &gd.text);
        }
        for n in &self.notes {
            push(format!("note[{}].text", n.id), &n.text);
        }
        for v in &self.kindcheck_variants {
            push(format!("kindcheck_variant[{}].label", v.id), &v.label);
            push(format!("kindcheck_variant[{}].hint", v.id), &v.hint);
        }
        for q in &self.kindcheck_questions {
            push(format!("kindcheck_question[{}].text", q.id), &q.text);
            push(format!("kindcheck_question[{}].help", q.id), &q.help);
            for o in &q.options {
                push(format!("kindcheck_question[{}].options[{}].label", q.id, o.id), &o.label);
            }
        }
        for o in &self.kindcheck_outcomes {
            push(format!("kindcheck_outcome[{}].text", o.id), &o.text);
            push(format!("kindcheck_outcome[{}].record", o.id), &o.record);
            for a in &o.actions {
                push(format!("kindcheck_outcome[{}].actions", o.id), a);
            }
        }
        for pr in &self.profiles {
            push(format!("profile[{}].label", pr.id), &pr.label);
            push(format!("profile[{}].picture", pr.id), &pr.picture);
        }
        for q in &self.safety_questions {
            push(format!("safety_question[{}].text", q.id), &q.text);
            push(format!("safety_question[{}].help", q.id), &q.help);
            if let Some(h) = &q.help_coercive {
                push(format!("safety_question[{}].help_coercive", q.id), h);
            }
        }
        for f in &self.safety_framings {
            push(format!("safety_framing[{}].text", f.id), &f.text);
        }
        for ph in &self.monitoring_phases {
            push(format!("monitoring_phase[{}].label", ph.id), &ph.label);
            if let Some(n) = &ph.note {
                push(format!("monitoring_phase[{}].note", ph.id), n);
            }
        }
        for k in &self.profile_consequences {
            push(format!("profile_consequence[{}].text", k.id), &k.text);
        }
        for q in &self.info.requesters {
            push(format!("info_requester[{}].label", q.id), &q.label);
            push(format!("info_requester[{}].basis", q.id), &q.basis);
        }
        for st in &self.info.steps {
            push(format!("info_step[{}].title", st.id), &st.title);
            push(format!("info_step[{}].help", st.id), &st.help);
        }
        for r in &self.info.routes {
            push(format!("info_route[{}].title", r.id), &r.title);
            push(format!("info_route[{}].intro", r.id), &r.intro);
        }
        for r in &self.routes {
            push(format!("route[{}].title", r.id), &r.title);
            push(format!("route[{}].intro", r.id), &r.intro);
            for a in &r.actions {
                push(format!("route[{}].actions", r.id), a);
            }
        }
        out
    }
}
