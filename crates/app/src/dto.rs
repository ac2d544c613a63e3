//! What the UI receives: the only types serialised over IPC. Texts are already localised;
//! ids stay ids so the UI can send them back in edits. Field names are snake_case.

use std::collections::BTreeMap;

use meldwijzer_protocol::case::Case;
use serde::Serialize;

/// A language the UI can switch to.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct LanguageOption {
    /// Tag (`nl`, `en`).
    pub id: String,
    /// Its own name (Nederlands, English).
    pub label: String,
}

/// Everything the UI needs at start and after a language switch.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct StartupView {
    /// Current language.
    pub language: String,
    /// Languages to choose from.
    pub languages: Vec<LanguageOption>,
    /// Every UI text by Fluent id, in the current language.
    pub messages: BTreeMap<String, String>,
    /// The meldcode content, localised.
    pub protocol: ProtocolView,
    /// The case list's first page.
    pub cases: Vec<CaseSummary>,
    /// Where the list's next page starts, if there is more.
    pub cases_next_offset: Option<usize>,
    /// How many cases failed their integrity check (listed as damaged lines, first). The UI
    /// says so once, right after unlocking.
    pub damaged_cases: usize,
    /// What the UI says once after unlocking when `damaged_cases` is not 0.
    pub damaged_notice: Option<String>,
    /// Whether cases survive closing the app (true with an unlocked vault).
    pub persistent: bool,
    /// The vault's state.
    pub vault: VaultStatusView,
    /// The settings the UI shows and changes.
    pub settings: SettingsView,
    /// The window's zoom in percent (Ctrl+= / Ctrl+− / Ctrl+0 step from it; `set_zoom`).
    pub zoom_percent: u32,
}

/// Settings the professional can change (the language is in [`StartupView::language`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SettingsView {
    /// Minutes without any action before the vault locks (1–60).
    pub idle_lock_minutes: u32,
    /// Days a closed case is kept before it is destroyed (1–365).
    pub retention_days: u32,
}

/// Where the vault stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct VaultStatusView {
    /// `none` (first start: set it up), `locked` or `unlocked`.
    pub state: &'static str,
    /// The shortest passphrase allowed, in characters.
    pub min_chars: usize,
}

/// A vault just set up.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CreatedView {
    /// The recovery key, if one was asked for: shown once, never stored readable.
    pub recovery_key: Option<String>,
    /// The start screen, with the vault open.
    pub startup: StartupView,
}

/// What a native file dialog offers (built by [`crate::App::file_dialog`]; the shell shows it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FileDialogView {
    /// The dialog's title.
    pub title: String,
    /// The filter's name ("Versleutelde casus (.age)").
    pub filter_label: String,
    /// Extensions without the dot.
    pub extensions: Vec<String>,
    /// The suggested file name (save dialogs), cleaned: no path, no case text of its own.
    pub file_name: String,
}

/// A file chosen in Rust's own dialog, as the page may know it: an opaque single-use token
/// for the file commands and the bare file name to show (never the path).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FileGrantView {
    /// Pass this to `export_case`, `import_case`, `save_output_pdf` or `training_import`.
    pub token: String,
    /// The chosen file's name, without its folder.
    pub file_name: String,
}

/// A cited source.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SourceView {
    /// Id.
    pub id: String,
    /// Title as published.
    pub title: String,
    /// Publisher.
    pub publisher: String,
    /// Edition, where known.
    pub edition: Option<String>,
    /// Address, where known (shown as text; the app loads nothing remote).
    pub url: Option<String>,
}

/// Sources and validity of an item, resolved for display.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Provenance {
    /// The sources.
    pub sources: Vec<SourceView>,
    /// Valid from (YYYY-MM-DD).
    pub valid_from: String,
}

/// A pick-list item.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ChoiceView {
    /// Id to send back.
    pub id: String,
    /// Label.
    pub label: String,
    /// Extra note, if any.
    pub note: Option<String>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A step.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct StepView {
    /// Id.
    pub id: String,
    /// 1 to 5.
    pub number: u8,
    /// Title.
    pub title: String,
    /// What you do.
    pub summary: String,
    /// What you record.
    pub record: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// An afweging.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct QuestionView {
    /// Id.
    pub id: String,
    /// 1 to 5.
    pub number: u8,
    /// Short label.
    pub label: String,
    /// Official wording (basisdocument).
    pub text: String,
    /// Help in our own words.
    pub help: String,
    /// `now` or `follow-up`.
    pub timing: &'static str,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A numbered text (meldnorm, decision).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct NumberedView {
    /// Id.
    pub id: String,
    /// Number.
    pub number: u8,
    /// Text.
    pub text: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A profession's kader.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct KaderView {
    /// Id.
    pub id: String,
    /// Name.
    pub label: String,
    /// How it relates to the basisdocument.
    pub note: String,
    /// Whether the beroepsgroep's own wording is shown.
    pub own_wording: bool,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A field with its kader.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct FieldView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// Its afwegingskader.
    pub kader: KaderView,
}

/// A subject.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SubjectView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// Under 18.
    pub minor: bool,
    /// An adult or adolescent client: the Kindcheck is offered once an oudersignaal is recorded.
    pub kindcheck: bool,
}

/// A signal on a checklist.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SignalView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// Labels of the forms it may point to.
    pub forms: Vec<String>,
}

/// A signal checklist (an age group or a form of elder abuse) with its signals.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SignalGroupView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// Opened for a minor (true) or an adult (false) subject.
    pub minor: bool,
    /// Opened only for these subjects (ids), if any are named.
    pub subjects: Vec<String>,
    /// Its signals, in order.
    pub signals: Vec<SignalView>,
}

/// A variant of the Kindcheck.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct KindcheckVariantView {
    /// Id.
    pub id: String,
    /// Name.
    pub label: String,
    /// When to use it.
    pub hint: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// An option of a Kindcheck question.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct KindcheckOptionView {
    /// Id to send back.
    pub id: String,
    /// Label.
    pub label: String,
}

/// A Kindcheck question.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct KindcheckQuestionView {
    /// Id.
    pub id: String,
    /// The question.
    pub text: String,
    /// Help in our own words.
    pub help: String,
    /// Ask about the children (number, ages, who cares) with this question.
    pub children: bool,
    /// Options, in order.
    pub options: Vec<KindcheckOptionView>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A Kindcheck outcome.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct KindcheckOutcomeView {
    /// Id.
    pub id: String,
    /// Text.
    pub text: String,
    /// Nothing worrying: close with a dated note.
    pub closes: bool,
    /// Follow the meldcode's steps.
    pub follow_meldcode: bool,
    /// Ask to whom the concern was handed over, when, and what was agreed.
    pub record_handover: bool,
    /// First actions, in order.
    pub actions: Vec<String>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// One answered Kindcheck question.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct KindcheckAnsweredView {
    /// Question id.
    pub question: String,
    /// Option id.
    pub option: String,
}

/// Where the case's Kindcheck stands, as step 1 shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct KindcheckView {
    /// The variant suggested first (the field's own, else the first).
    pub suggested: Option<String>,
    /// Step 1 offers the Kindcheck by itself (adult or adolescent client, an oudersignaal recorded).
    pub offered: bool,
    /// Oudersignalen (trigger ids) recorded through a form of violence that is one: shown as
    /// recorded, with no separate tick asked.
    pub from_forms: Vec<String>,
    /// Started: the variant id.
    pub variant: Option<String>,
    /// Questions answered on the path, in order.
    pub answered: Vec<KindcheckAnsweredView>,
    /// The question to answer now.
    pub pending: Option<String>,
    /// Ask about the children (a question on the path asks for them).
    pub ask_children: bool,
    /// The outcome reached.
    pub outcome: Option<KindcheckOutcomeView>,
    /// Closed with a dated note: when, local time.
    pub closed_at: Option<String>,
    /// The Kindcheck in one sentence, for step 1 (empty until started).
    pub summary: String,
}

/// A suspect kind.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SuspectView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// Leads to the five steps.
    pub meldcode: bool,
}

/// A form of violence.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct FormView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// Step 3 may be postponed.
    pub postpones_gesprek: bool,
}

/// A line in the acute panel.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AcuteLineView {
    /// Id.
    pub id: String,
    /// Text.
    pub text: String,
    /// The number to call, if any.
    pub number: Option<String>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// Who can have said a quote's words (step 1).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SpeakerView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// This speaker's words count as a disclosure (onthulling).
    pub disclosure: bool,
}

/// An acute child situation (or, later, a red flag) recordable in step 1.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct MarkerView {
    /// The pick-list item.
    #[serde(flatten)]
    pub choice: ChoiceView,
    /// Someone's own words recorded in step 1 count as this situation.
    pub disclosure: bool,
}

/// A recorded acute situation or red flag, as the case shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ActiveMarkerView {
    /// Id.
    pub id: String,
    /// Label.
    pub label: String,
    /// What to do, if the content has a note.
    pub note: Option<String>,
    /// Holds because someone's own words are recorded, not because it was ticked.
    pub via_quote: bool,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The acute route, shown inline in the case as soon as an acute situation holds.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AcuteRouteView {
    /// The acute situations that hold.
    pub situations: Vec<ActiveMarkerView>,
    /// The escalation red flags recorded.
    pub red_flags: Vec<ActiveMarkerView>,
    /// What to do now: the lines of the acute panel (direct danger, Veilig Thuis).
    pub lines: Vec<AcuteLineView>,
    /// What the professional can say they did, to acknowledge the route.
    pub actions: Vec<AcuteLineView>,
    /// The acknowledgement, while it covers every situation and red flag that holds: the
    /// route is shown folded to one line.
    pub acknowledged: Option<AcuteAckView>,
}

/// The acute route acknowledged: when (local time, as the timeline shows it) and what was done.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AcuteAckView {
    /// When, local time.
    pub at: String,
    /// What was done, as texts.
    pub actions: Vec<String>,
}

/// A note shown inline in one step of a case, because of the professional's field or the
/// subject's age.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct NoticeView {
    /// Content id of the note.
    pub id: String,
    /// Step id where it is shown.
    pub step: String,
    /// Text.
    pub text: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A consultation the field expects in step 2 (a prompt, never a gate).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ExpectedConsultation {
    /// Consultation kind id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Already recorded in this case.
    pub recorded: bool,
}

/// A line of guidance.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct GuidanceView {
    /// Id.
    pub id: String,
    /// Text.
    pub text: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// An answer option (ja, nee, weet niet).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AnswerOption {
    /// Id to send back.
    pub id: &'static str,
    /// Label.
    pub label: String,
}

/// An outcome of the route.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct OutcomeView {
    /// Id.
    pub id: String,
    /// Text.
    pub text: String,
    /// Advice (raadpleeg Veilig Thuis) rather than a result.
    pub advice: bool,
    /// The meldnorm it rests on.
    pub meldnorm: Option<String>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The meldcode content, localised.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ProtocolView {
    /// Content version.
    pub version: String,
    /// The five steps.
    pub steps: Vec<StepView>,
    /// The five afwegingen.
    pub questions: Vec<QuestionView>,
    /// Answer options.
    pub answers: Vec<AnswerOption>,
    /// Outcomes by id.
    pub outcomes: BTreeMap<String, OutcomeView>,
    /// The three meldnormen.
    pub meldnormen: Vec<NumberedView>,
    /// The two decisions, in order.
    pub decisions: Vec<NumberedView>,
    /// Fields.
    pub fields: Vec<FieldView>,
    /// Subjects.
    pub subjects: Vec<SubjectView>,
    /// Suspect kinds.
    pub suspects: Vec<SuspectView>,
    /// Consultation kinds.
    pub consultations: Vec<ChoiceView>,
    /// Who can have said a quote's words, in content order.
    pub speakers: Vec<SpeakerView>,
    /// Allowed reasons to skip step 3.
    pub skip_reasons: Vec<ChoiceView>,
    /// What a professional can say when closing a case.
    pub close_reasons: Vec<ChoiceView>,
    /// Whom step 3 may wait for.
    pub postpone_until: Vec<ChoiceView>,
    /// The phases of gefaseerd samenwerken after an overdracht from Veilig Thuis, in order.
    pub monitoring_phases: Vec<ChoiceView>,
    /// Forms of violence.
    pub forms: Vec<FormView>,
    /// The acute panel.
    pub acute: Vec<AcuteLineView>,
    /// Guidance for recording a disclosure.
    pub disclosure_guidance: Vec<GuidanceView>,
    /// Acute child situations recordable in step 1.
    pub situations: Vec<MarkerView>,
    /// Escalation red flags recordable in step 1.
    pub red_flags: Vec<MarkerView>,
    /// Oudersignalen that call for the Kindcheck.
    pub kindcheck_triggers: Vec<ChoiceView>,
    /// Who the suspected person can be to the one the concern is about.
    pub suspect_relations: Vec<ChoiceView>,
    /// The Kindcheck's variants.
    pub kindcheck_variants: Vec<KindcheckVariantView>,
    /// The Kindcheck's questions by id.
    pub kindcheck_questions: BTreeMap<String, KindcheckQuestionView>,
    /// Signal checklists, in order.
    pub signal_groups: Vec<SignalGroupView>,
    /// The gezinsprofielen, in order.
    pub profiles: Vec<ProfileView>,
    /// Indicators that point to gezinsprofielen, in order.
    pub profile_indicators: Vec<ProfileIndicatorView>,
    /// The Top3 safety questions of step 4, in order.
    pub safety_questions: Vec<SafetyQuestionView>,
    /// Who can ask for information (the new-case screen's "Ik krijg een informatieverzoek").
    pub info_requesters: Vec<InfoRequesterView>,
}

/// Who can ask a professional for information, and on what basis.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct InfoRequesterView {
    /// Id to send back.
    pub id: String,
    /// Name.
    pub label: String,
    /// The legal basis and what it means.
    pub basis: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// One step of an information-request route, with whether its part is recorded.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct InfoStepView {
    /// Id.
    pub id: String,
    /// What it records: `requester`, `concern`, `relevant`, `informed` or `given`.
    pub record: &'static str,
    /// What to do.
    pub title: String,
    /// Help in our own words.
    pub help: String,
    /// Its part is recorded.
    pub done: bool,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The route an information request walks, outside the five steps.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct InfoRequestView {
    /// Route id.
    pub route: String,
    /// Title.
    pub title: String,
    /// Introduction.
    pub intro: String,
    /// Whether the field's own kader has this route; false: taken over from the KNMG-meldcode.
    pub confirmed: bool,
    /// Who asks.
    pub requester: String,
    /// On what basis.
    pub basis: String,
    /// The steps, in order.
    pub steps: Vec<InfoStepView>,
    /// The first step whose part is not recorded yet (none: all recorded).
    pub pending: Option<String>,
    /// Where the route comes from.
    pub provenance: Provenance,
}

/// A Top3 safety question.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SafetyQuestionView {
    /// Id (the key of a `text` answer in the case's safety plan).
    pub id: String,
    /// How it is recorded: `top3`, `text`, `agreements`, `monitoring` or `scale`.
    pub kind: &'static str,
    /// The question.
    pub text: String,
    /// Help in our own words.
    pub help: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A gezinsprofiel.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ProfileView {
    /// Id to send back.
    pub id: String,
    /// Name.
    pub label: String,
    /// Core picture.
    pub picture: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// An indicator the professional can tick.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ProfileIndicatorView {
    /// The pick-list item.
    pub choice: ChoiceView,
    /// Names of the profiles it points to.
    pub profiles: Vec<String>,
    /// A sign of coercive control.
    pub coercive_control: bool,
}

/// A gezinsprofiel the ticked indicators resemble: a hypothesis, never a verdict.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ProfileMatchView {
    /// Profile id.
    pub id: String,
    /// Name.
    pub label: String,
    /// The ticked indicators that point to it (labels), in order: why it is shown.
    pub indicators: Vec<String>,
    /// `confirmed`, `rejected`, or none yet.
    pub status: Option<&'static str>,
}

/// A consequence of a gezinsprofiel for the approach.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ProfileConsequenceView {
    /// Content id.
    pub id: String,
    /// Profile id.
    pub profile: String,
    /// Name of the profile.
    pub profile_label: String,
    /// Step id where it is shown.
    pub step: String,
    /// Text.
    pub text: String,
    /// Suggests a joint approach while that is withheld: not suggested.
    pub suppressed: bool,
    /// Why it is withheld (`coercive-control`, `not-ruled-out`), when it is.
    pub withheld: Option<&'static str>,
    /// Why it is withheld, in words, shown where it would have been suggested.
    pub withheld_reason: Option<String>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The gezinsprofielen of a case.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ProfilesCaseView {
    /// Profiles the picture resembles, with why.
    pub matches: Vec<ProfileMatchView>,
    /// Labels of the coercive-control indicators ticked.
    pub coercive_control: Vec<String>,
    /// Consequences of the profiles not rejected, in order.
    pub consequences: Vec<ProfileConsequenceView>,
}

/// A case in the list.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CaseSummary {
    /// Id.
    pub id: String,
    /// Alias.
    pub alias: String,
    /// Field label.
    pub field: String,
    /// Subject label.
    pub subject: String,
    /// Where the case stands, in words ("Stap 2 van 5", "Afgesloten", a route's title).
    pub status: String,
    /// Whether it is closed.
    pub closed: bool,
    /// Last changed, local time, for display.
    pub updated: String,
    /// Last changed, UTC RFC 3339, for sorting.
    pub updated_at: String,
    /// For a closed case: when it will be destroyed, in words ("Wordt over 12 dagen
    /// vernietigd"), or why not yet (an open follow-up).
    pub retention: Option<String>,
    /// The earliest follow-up that is overdue, due today or within a week, if any.
    pub due: Option<DueView>,
    /// After an overdracht from Veilig Thuis, in words: "Monitoring · fase 2 · volgende:
    /// 12-12-2026".
    pub monitoring: Option<String>,
    /// A case whose list facts failed to verify: `alias` is then "Deze casus is beschadigd",
    /// `status` says what can be done, and `updated` holds its created date if readable.
    pub damaged: bool,
}

/// One page of the case list.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CaseListPage {
    /// The cases on this page, in list order: a due or overdue follow-up first (the most
    /// overdue first), then open before closed, then last changed first.
    pub cases: Vec<CaseSummary>,
    /// How many cases there are in all.
    pub total: usize,
    /// Where the next page starts, if there is one.
    pub next_offset: Option<usize>,
    /// How many cases in all are damaged lines (they stand first).
    pub damaged: usize,
}

/// A step in the stepper.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct StepperItem {
    /// Step id.
    pub id: String,
    /// 1 to 5.
    pub number: u8,
    /// Title.
    pub title: String,
    /// `not-started`, `in-progress`, `done`, `closed-early`.
    pub state: meldwijzer_protocol::StepState,
    /// The state in words.
    pub state_label: String,
}

/// A route outside the five steps.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct OtherRouteView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Introduction.
    pub intro: String,
    /// First actions, in order.
    pub actions: Vec<String>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// One answered afweging on the route.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct WalkedView {
    /// Afweging id.
    pub question: String,
    /// Answer id.
    pub answer: &'static str,
    /// Outcome id reached, if any.
    pub outcome: Option<String>,
    /// Weighed together with Veilig Thuis.
    pub with_veilig_thuis: bool,
}

/// Where the route stands.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct RouteView {
    /// Answered afwegingen on the route.
    pub walked: Vec<WalkedView>,
    /// Outcome ids reached, in order.
    pub outcomes: Vec<String>,
    /// `question`, `follow-up`, `advice` or `complete`.
    pub pending: &'static str,
    /// The afweging `pending` is about, if any.
    pub pending_question: Option<String>,
    /// The next afweging is weighed with Veilig Thuis.
    pub pending_with_veilig_thuis: bool,
    /// Beslissing 1 as the route suggests it (null: not yet).
    pub suggests_melden: Option<bool>,
    /// Beslissing 2 as the route suggests it.
    pub suggests_hulp: Option<bool>,
    /// Meldnorm ids that apply.
    pub meldnormen: Vec<String>,
    /// The route in one sentence.
    pub summary: String,
}

/// A step-5 decision beside the route.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct DecisionState {
    /// Decision id.
    pub id: String,
    /// What the route suggests (null: nothing yet). Never a prefilled answer.
    pub suggested: Option<bool>,
    /// The recorded decision departs from the route and has no reason (yet).
    pub departs_without_reason: bool,
}

/// A case, with everything computed that the UI shows.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CaseView {
    /// The recorded data, as stored.
    pub case: Case,
    /// Follows the five steps (show the stepper).
    pub five_steps: bool,
    /// The route outside the five steps, if the suspect is not in the household.
    pub other_route: Option<OtherRouteView>,
    /// The stepper.
    pub stepper: Vec<StepperItem>,
    /// The afwegingskader route.
    pub route: RouteView,
    /// The two decisions beside the route, in order.
    pub decision_states: Vec<DecisionState>,
    /// The field's afwegingskader.
    pub kader: KaderView,
    /// Step 3 may be postponed.
    pub postpone_offered: bool,
    /// Labels of what makes postponing step 3 advisable: the recorded forms that ask for it,
    /// and the signs of coercive control.
    pub postponing_forms: Vec<String>,
    /// The acute route, when an acute situation holds (shown inline, at once).
    pub acute_route: Option<AcuteRouteView>,
    /// Afweging ids marked for attention by what step 1 recorded.
    pub attention: Vec<String>,
    /// Coercive control stands for the whole case (a form, red flag or profile indicator that
    /// content marks as dwingende controle is recorded): the labels of the signs, in order.
    pub coercive_control: Vec<String>,
    /// Step 3 asks to record that separate conversations ruled out dwingende controle
    /// (violence from both sides is recorded, or it is recorded already).
    pub asks_rule_out: bool,
    /// How step 4's Top3 safety plan is framed for this case.
    pub safety_framing: Option<NoticeView>,
    /// The help text of each Top3 safety question for this case, by question id (while
    /// coercive control stands: the help for a plan with the victim, made apart).
    pub safety_help: BTreeMap<String, String>,
    /// Ids of the quotes whose speaker is not stated (recorded before speakers existed): step 1
    /// asks who said them; until then they count as a possible disclosure.
    pub quotes_without_speaker: Vec<String>,
    /// Notes to show inline, per step (field and subject notes).
    pub notices: Vec<NoticeView>,
    /// Consultations the field expects in step 2, with whether each is recorded.
    pub expected_consultations: Vec<ExpectedConsultation>,
    /// Some expected consultation is missing: ask why not (a record, never a gate).
    pub ask_no_consultation_reason: bool,
    /// The Kindcheck in step 1.
    pub kindcheck: KindcheckView,
    /// The gezinsprofielen in step 4 (hypotheses) and their consequences.
    pub profiles: ProfilesCaseView,
    /// Show the five steps (false only in a Kindcheck-only case until its outcome says to
    /// follow the meldcode).
    pub steps_shown: bool,

    /// Created, local time, for display.
    pub created: String,
    /// Last changed, local time, for display.
    pub updated: String,
    /// Closed at, local time, for display.
    pub closed_at: Option<String>,
    /// The decision log, oldest first, for the timeline.
    pub timeline: Vec<TimelineEntry>,
    /// Every dated follow-up, earliest first.
    pub due: Vec<DueView>,
    /// The outputs, each offered or refused with the reason.
    pub outputs: Vec<OutputChoice>,
    /// The information-request route, when the case was started as one (then there are no
    /// five steps).
    pub info_request: Option<InfoRequestView>,
    /// An adult client's wishes and wilsbekwaamheid as recorded in step 3, for step 4 (none
    /// when nothing is recorded).
    pub adult: Option<Vec<LabelValue>>,
    /// Dates out of order (a decision dated before the consultation it rests on, ...), in words.
    pub date_warnings: Vec<String>,
}

/// A label and its value, for display.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct LabelValue {
    /// Label.
    pub label: String,
    /// Value.
    pub value: String,
}

/// A dated follow-up, with how it stands today.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct DueView {
    /// Due date (YYYY-MM-DD).
    pub date: String,
    /// The date for display.
    pub date_label: String,
    /// What it is (the afweging, an agreement with Veilig Thuis), in words.
    pub label: String,
    /// What to look at, as recorded.
    pub note: String,
    /// `overdue`, `today`, `soon` (within a week) or `later`.
    pub state: &'static str,
    /// The state in words ("Te laat", "Vandaag").
    pub state_label: String,
}

/// One entry of the decision log, for the timeline.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TimelineEntry {
    /// When, UTC RFC 3339 (as stored).
    pub at: String,
    /// When, local time, for display.
    pub at_label: String,
    /// What happened, in words.
    pub text: String,
}

/// An output the case offers, or why not.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct OutputChoice {
    /// Id (`adviesvraag`, `verslag`, ...).
    pub id: &'static str,
    /// Its name.
    pub label: String,
    /// Why it is not offered now (null: offered).
    pub refused: Option<String>,
    /// Refused for the client's safety (a form recorded for which a paper at home is
    /// dangerous): not even its editor is offered. False when it is merely off.
    pub unsafe_on_paper: bool,
    /// A note for a file someone involved can read, unsafe there as a whole: the professional
    /// may choose a reduced note (only what is safe) instead of the refused full one.
    pub reducible: bool,
    /// The reduced note is chosen.
    pub reduced: bool,
}

/// A span of free text that looks identifying.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct FindingView {
    /// `name`, `phone`, `email`, `postcode`, `address`, `bsn`, `birth-date`.
    pub kind: &'static str,
    /// What it looks like, in words.
    pub label: String,
    /// Start, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The span's text.
    pub excerpt: String,
}

/// A field of the case whose text looks identifying.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct WarningView {
    /// Where it lives: `place`, `item`, `part` (see `meldwijzer_outputs::anon::FieldRef`).
    pub field: meldwijzer_outputs::anon::FieldRef,
    /// Where it lives, in words ("Signaal: feit").
    pub where_label: String,
    /// The whole text of the field.
    pub text: String,
    /// The findings, in order.
    pub findings: Vec<FindingView>,
}

/// An output, rendered.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct OutputView {
    /// Which output.
    pub output: &'static str,
    /// In which language.
    pub lang: String,
    /// As plain text, for copying.
    pub text: String,
    /// As structure (the PDF is rendered from this).
    pub document: meldwijzer_document::Document,
    /// Anonymisation warnings (the adviesvraag only).
    pub warnings: Vec<WarningView>,
    /// The file name to suggest when saving it as a PDF: the output and today's date
    /// (`meldwijzer-adviesvraag-2026-11-23.pdf`), never the alias or other case text.
    pub pdf_file_name: String,
}

/// What saving an output as a PDF did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SavedPdfView {
    /// The name of the file written (the last part of the path the professional chose).
    pub file_name: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// The case, with the save in its decision log.
    pub case: CaseView,
}

/// What a copy did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CopiedView {
    /// Seconds after which the clipboard is cleared if it still holds the copy.
    pub clear_after_secs: u64,
    /// The case, with the copy in its decision log.
    pub case: CaseView,
}

/// An oefencasus in the training list.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingCaseSummary {
    /// Case id.
    pub id: String,
    /// Title in the UI language (or Dutch).
    pub title: String,
    /// One or two lines.
    pub summary: String,
    /// Labels of the fields it can be run in.
    pub fields: Vec<String>,
    /// Number of rounds.
    pub rounds: usize,
    /// Shipped with Meldwijzer (not a trainer file).
    pub builtin: bool,
    /// Its texts exist in the UI language (otherwise they are shown in Dutch).
    pub in_language: bool,
}

/// One round as the presenter shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingRoundView {
    /// 1-based.
    pub number: usize,
    /// The meldcode step (1–5).
    pub step_number: u8,
    /// The step's title.
    pub step_title: String,
    /// The round's title.
    pub title: String,
    /// Facts revealed.
    pub facts: Vec<String>,
    /// Discussion questions.
    pub questions: Vec<String>,
    /// Trainer notes: what the meldcode asks here.
    pub notes: String,
    /// Common mistakes.
    pub mistakes: Vec<String>,
}

/// A whole oefencasus for the presenter.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingCaseView {
    /// As in the list.
    pub summary: TrainingCaseSummary,
    /// The author's source notes.
    pub source_notes: String,
    /// Sources from the registry.
    pub sources: Vec<SourceView>,
    /// Field ids, for the side-by-side view.
    pub field_ids: Vec<String>,
    /// The rounds.
    pub rounds: Vec<TrainingRoundView>,
}

/// One answered afweging in a field's route.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingWalked {
    /// Afweging id.
    pub question: String,
    /// Its number (1–5).
    pub number: u8,
    /// Its label.
    pub label: String,
    /// The answer, as text.
    pub answer: String,
    /// The outcome reached, as text.
    pub outcome: Option<String>,
    /// Weighed together with Veilig Thuis.
    pub with_veilig_thuis: bool,
    /// Not every field answers this afweging this way.
    pub differs: bool,
}

/// One field's route for an oefencasus, as computed by the route engine.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingFieldRoute {
    /// Field id.
    pub field: String,
    /// Field label.
    pub field_label: String,
    /// Its afwegingskader.
    pub kader_label: String,
    /// A route outside the five steps, if the case leaves them in this field.
    pub other_route: Option<String>,
    /// Answered afwegingen.
    pub walked: Vec<TrainingWalked>,
    /// What comes next, in one sentence.
    pub pending: String,
    /// Beslissing 1 as the route suggests it.
    pub suggests_melden: String,
    /// Beslissing 2 as the route suggests it.
    pub suggests_hulp: String,
    /// Meldnormen that apply.
    pub meldnormen: Vec<String>,
    /// Consultations this field expects in step 2 and the case does not hold.
    pub missing_consultations: Vec<String>,
    /// Another field's route suggests differently for beslissing 1.
    pub melden_differs: bool,
    /// Another field's route suggests differently for beslissing 2.
    pub hulp_differs: bool,
    #[serde(skip)]
    pub(crate) raw_melden: Option<bool>,
    #[serde(skip)]
    pub(crate) raw_hulp: Option<bool>,
}

/// Where the presenter is, for the trainer-notes window.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingPositionView {
    /// The case's title.
    pub case_title: String,
    /// 1-based round.
    pub round: usize,
    /// Number of rounds.
    pub rounds: usize,
    /// The round's facts are shown on the projector.
    pub revealed: bool,
    /// The step's title.
    pub step_title: String,
    /// The round's title.
    pub title: String,
    /// Trainer notes.
    pub notes: String,
    /// Common mistakes.
    pub mistakes: Vec<String>,
    /// Discussion questions.
    pub questions: Vec<String>,
}

/// The result of reading a trainer file: the case, or every problem as a line of text.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingImportView {
    /// The case read, now in the list.
    pub case: Option<TrainingCaseSummary>,
    /// `file:line:column: message` per problem, in the UI language.
    pub problems: Vec<String>,
}

/// Oefenmodus as the UI sees it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingView {
    /// Oefenmodus is on.
    pub active: bool,
    /// The mark every screen and output carries ("OEFENCASUS — fictief").
    pub marking: String,
    /// The cases: built-in first, then trainer files read in this session.
    pub cases: Vec<TrainingCaseSummary>,
}

/// What the trainer-notes window shows: its texts and where the presenter is. The window gets
/// this one view and nothing else (its capability grants only `training_notes`).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrainingNotesView {
    /// Oefenmodus is on.
    pub active: bool,
    /// "OEFENCASUS — fictief".
    pub marking: String,
    /// The window's heading.
    pub heading: String,
    /// "Ronde 2 van 6 · Stap 1: …", when a case is open.
    pub round_label: Option<String>,
    /// Whether the facts are on the projector, in words.
    pub revealed_label: Option<String>,
    /// Heading above the notes.
    pub notes_label: String,
    /// Heading above the common mistakes.
    pub mistakes_label: String,
    /// Heading above the discussion questions.
    pub questions_label: String,
    /// Said when no case is open, or oefenmodus is off.
    pub waiting: String,
    /// Where the presenter is.
    pub position: Option<TrainingPositionView>,
    /// The UI language (for the page's `lang`).
    pub language: String,
}

/// "Over Meldwijzer": the app's version and licence, the content it carries with every source,
/// and the licence of everything it is built from. The privacy statement is UI text (Fluent).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AboutView {
    /// The app's version (`0.1.0`).
    pub version: String,
    /// The app's own licence (SPDX id).
    pub licence: String,
    /// The content's version (`version` in `content/protocol.toml`).
    pub content_version: String,
    /// The date from which the content is valid (YYYY-MM-DD).
    pub content_valid_from: String,
    /// Every source in the content's registry, in its order.
    pub sources: Vec<SourceView>,
    /// Every third-party crate and bundled component in the binary, with its licence; generated
    /// from `cargo metadata` into `crates/app/licences.json` (`meldwijzer-licences`).
    pub components: Vec<ComponentLicence>,
}

/// One third-party component and its licence.
#[derive(Debug, Clone, serde::Deserialize, Serialize, ts_rs::TS)]
pub struct ComponentLicence {
    /// Crate or component name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// Its licence (an SPDX expression as the crate states it).
    pub licence: String,
    /// Where its source lives, if stated (shown as text; the app loads nothing remote).
    pub repository: Option<String>,
}

/// The user guide in the UI's language, cut into sections ("Hulp" opens one of them).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct GuideView {
    /// The guide's language (`nl`, `en`).
    pub language: String,
    /// Its title.
    pub title: String,
    /// Its sections in order; the ids are the same in every language.
    pub sections: Vec<GuideSection>,
}

/// One task in the guide.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct GuideSection {
    /// Stable id (`stap-signalen`, `kluis`, ...).
    pub id: String,
    /// Its heading.
    pub title: String,
    /// Paragraphs and list items, in order.
    pub blocks: Vec<GuideBlock>,
}

/// A paragraph (`p`) or a list item (`li`) of the guide.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct GuideBlock {
    /// `p` or `li`.
    pub kind: String,
    /// Its text.
    pub text: String,
}
