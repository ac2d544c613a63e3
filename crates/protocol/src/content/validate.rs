//! The second stage of loading: the `raw` items of every file, gathered by kind, validated
//! into the model. One function per kind, called in dependency order: each reads the ids of
//! the kinds before it from the [`Catalogue`] and adds its own. Every problem is reported,
//! with its file and key; an item with a problem is still kept, so later kinds that refer to
//! it report only their own problems.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{
    line_col, raw, AnswerRule, AnswerValue, Choice, Contact, ContentError, ContentFile, FamilyProfile, Field, Form,
    Guidance, Kader, KindcheckForm, KindcheckOption, KindcheckOutcome, KindcheckQuestion, KindcheckVariant, Marker,
    Note, Numbered, OtherRoute, Outcome, OutputFile, ProfileConsequence, ProfileIndicator, Protocol, Provenance,
    Question, Reader, SafetyFraming, SafetyKind, SafetyQuestion, Signal, SignalGroup, Source, Speaker, Step, Subject,
    Suggests, Suspect, SuspectRelation, Timing,
};

/// Collects problems while validating.
struct Checker {
    errors: Vec<ContentError>,
}

impl Checker {
    fn err(&mut self, file: &str, key: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError { file: file.to_string(), key: key.into(), message: message.into() });
    }

    fn provenance(
        &mut self,
        file: &str,
        key: &str,
        sources: &[String],
        valid_from: &str,
        known: &BTreeSet<String>,
    ) -> Provenance {
        if sources.is_empty() {
            self.err(file, format!("{key}.sources"), "every item must name at least one source");
        }
        for s in sources {
            if !known.contains(s) {
                self.err(file, format!("{key}.sources"), format!("unknown source `{s}`"));
            }
        }
        let valid_from = match NaiveDate::parse_from_str(valid_from, "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                self.err(file, format!("{key}.valid_from"), format!("`{valid_from}` is not a date (YYYY-MM-DD)"));
                NaiveDate::MIN
            }
        };
        Provenance { sources: sources.to_vec(), valid_from }
    }

    fn id(&mut self, file: &str, kind: &str, id: &str, seen: &mut BTreeSet<String>) {
        let ok = !id.is_empty()
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            self.err(file, format!("{kind}[{id}].id"), "ids are lower-case kebab-case (a-z, 0-9, -)");
        }
        if !seen.insert(id.to_string()) {
            self.err(file, format!("{kind}[{id}].id"), format!("duplicate {kind} id"));
        }
    }

    /// Reports `id` as an unknown `noun` at `key` unless the catalogue's `known` holds it.
    fn refer(&mut self, file: &str, key: impl Into<String>, noun: &str, known: &BTreeSet<String>, id: &str) {
        if !known.contains(id) {
            self.err(file, key, format!("unknown {noun} `{id}`"));
        }
    }
}

/// Checks an item's id (unique within `$seen`) and its provenance under the key `kind[id]`.
macro_rules! item {
    ($c:expr, $cat:expr, $seen:expr, $file:expr, $kind:expr, $item:expr) => {{
        $c.id(&$file, $kind, &$item.id, &mut $seen);
        let key = format!("{}[{}]", $kind, $item.id);
        $c.provenance(&$file, &key, &$item.sources, &$item.valid_from, &$cat.sources)
    }};
}

/// The ids accepted so far, per kind: what a later kind may refer to. Filled in dependency
/// order; every `validate_*` function below reads the kinds it refers to and adds its own.
#[derive(Default)]
struct Catalogue {
    sources: BTreeSet<String>,
    steps: BTreeSet<String>,
    meldnormen: BTreeSet<String>,
    outcomes: BTreeSet<String>,
    /// Afwegingen (questions) with their numbers: a next afweging must have a higher one.
    questions: BTreeMap<String, u8>,
    kaders: BTreeSet<String>,
    consultations: BTreeSet<String>,
    skip_reasons: BTreeSet<String>,
    fields: BTreeSet<String>,
    /// Suspect kinds, and whether each leads to the five meldcode steps.
    suspects: BTreeMap<String, bool>,
    contacts: BTreeSet<String>,
    forms: BTreeSet<String>,
    kindcheck_outcomes: BTreeSet<String>,
    kindcheck_variants: BTreeSet<String>,
    signal_groups: BTreeSet<String>,
    profiles: BTreeSet<String>,
    readers: BTreeSet<String>,
}

/// The ids of `items`, as a catalogue entry.
fn ids<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    items.into_iter().map(str::to_string).collect()
}

/// The protocol's own id, version and validity, and the file that carries them.
struct Header {
    file: String,
    id: Option<String>,
    version: Option<String>,
    valid_from: Option<String>,
}

/// Raw items tagged with the file they came from.
#[derive(Default)]
struct Gathered {
    header: Option<Header>,
    source: Vec<(String, raw::Source)>,
    step: Vec<(String, raw::Step)>,
    question: Vec<(String, raw::Question)>,
    outcome: Vec<(String, raw::Outcome)>,
    meldnorm: Vec<(String, raw::Numbered)>,
    decision: Vec<(String, raw::Numbered)>,
    kader: Vec<(String, raw::Kader)>,
    field: Vec<(String, raw::Field)>,
    subject: Vec<(String, raw::Subject)>,
    suspect: Vec<(String, raw::Suspect)>,
    consultation: Vec<(String, raw::Choice)>,
    skip_reason: Vec<(String, raw::Choice)>,
    close_reason: Vec<(String, raw::Choice)>,
    acute_action: Vec<(String, raw::Guidance)>,
    kindcheck_form: Vec<(String, raw::KindcheckForm)>,
    postpone_until: Vec<(String, raw::Choice)>,
    speaker: Vec<(String, raw::Speaker)>,
    form: Vec<(String, raw::Form)>,
    contact: Vec<(String, raw::Contact)>,
    line: Vec<(String, raw::Guidance)>,
    disclosure_guidance: Vec<(String, raw::Guidance)>,
    situation: Vec<(String, raw::Marker)>,
    red_flag: Vec<(String, raw::Marker)>,
    field_note: Vec<(String, raw::FieldNote)>,
    step_note: Vec<(String, raw::StepNote)>,
    route: Vec<(String, raw::Route)>,
    info_requester: Vec<(String, crate::inforequest::raw::Requester)>,
    info_step: Vec<(String, crate::inforequest::raw::Step)>,
    info_route: Vec<(String, crate::inforequest::raw::Route)>,
    kindcheck_trigger: Vec<(String, raw::Choice)>,
    kindcheck_variant: Vec<(String, raw::KindcheckVariant)>,
    kindcheck_question: Vec<(String, raw::KindcheckQuestion)>,
    kindcheck_outcome: Vec<(String, raw::KindcheckOutcome)>,
    signal_group: Vec<(String, raw::SignalGroup)>,
    signal: Vec<(String, raw::Signal)>,
    profile: Vec<(String, raw::Profile)>,
    profile_indicator: Vec<(String, raw::ProfileIndicator)>,
    profile_consequence: Vec<(String, raw::ProfileConsequence)>,
    safety_question: Vec<(String, raw::SafetyQuestion)>,
    suspect_relation: Vec<(String, raw::SuspectRelation)>,
    reader: Vec<(String, raw::Reader)>,
    output: Vec<(String, raw::OutputFile)>,
    safety_skip_reason: Vec<(String, raw::Ref)>,
    safety_framing: Vec<(String, raw::SafetyFraming)>,
    monitoring_phase: Vec<(String, raw::Choice)>,
}

fn tag<T>(file: &str, items: Vec<T>, into: &mut Vec<(String, T)>) {
    into.extend(items.into_iter().map(|i| (file.to_string(), i)));
}

/// Parses every file, gathers its items by kind, and validates them (see [`Protocol::load`]).
pub(super) fn load(files: &[ContentFile<'_>]) -> Result<Protocol, Vec<ContentError>> {
    let mut c = Checker { errors: Vec::new() };
    let mut g = Gathered::default();
    for f in files {
        let parsed: raw::File = match toml::from_str(f.text) {
            Ok(p) => p,
            Err(e) => {
                let key = match e.span() {
                    Some(span) => {
                        let (l, col) = line_col(f.text, span.start);
                        format!("{l}:{col}")
                    }
                    None => "-".to_string(),
                };
                c.err(f.name, key, e.message().to_string());
                continue;
            }
        };
        if parsed.id.is_some() || parsed.version.is_some() || parsed.valid_from.is_some() {
            if g.header.is_some() {
                c.err(f.name, "id", "only one file may carry the protocol's id, version and valid_from");
            }
            g.header = Some(Header {
                file: f.name.to_string(),
                id: parsed.id,
                version: parsed.version,
                valid_from: parsed.valid_from,
            });
        }
        tag(f.name, parsed.source, &mut g.source);
        tag(f.name, parsed.step, &mut g.step);
        tag(f.name, parsed.question, &mut g.question);
        tag(f.name, parsed.outcome, &mut g.outcome);
        tag(f.name, parsed.meldnorm, &mut g.meldnorm);
        tag(f.name, parsed.decision, &mut g.decision);
        tag(f.name, parsed.kader, &mut g.kader);
        tag(f.name, parsed.field, &mut g.field);
        tag(f.name, parsed.subject, &mut g.subject);
        tag(f.name, parsed.suspect, &mut g.suspect);
        tag(f.name, parsed.consultation, &mut g.consultation);
        tag(f.name, parsed.skip_reason, &mut g.skip_reason);
        tag(f.name, parsed.close_reason, &mut g.close_reason);
        tag(f.name, parsed.acute_action, &mut g.acute_action);
        tag(f.name, parsed.kindcheck_form, &mut g.kindcheck_form);
        tag(f.name, parsed.postpone_until, &mut g.postpone_until);
        tag(f.name, parsed.speaker, &mut g.speaker);
        tag(f.name, parsed.form, &mut g.form);
        tag(f.name, parsed.contact, &mut g.contact);
        tag(f.name, parsed.line, &mut g.line);
        tag(f.name, parsed.disclosure_guidance, &mut g.disclosure_guidance);
        tag(f.name, parsed.situation, &mut g.situation);
        tag(f.name, parsed.red_flag, &mut g.red_flag);
        tag(f.name, parsed.field_note, &mut g.field_note);
        tag(f.name, parsed.step_note, &mut g.step_note);
        tag(f.name, parsed.route, &mut g.route);
        tag(f.name, parsed.info_requester, &mut g.info_requester);
        tag(f.name, parsed.info_step, &mut g.info_step);
        tag(f.name, parsed.info_route, &mut g.info_route);
        tag(f.name, parsed.kindcheck_trigger, &mut g.kindcheck_trigger);
        tag(f.name, parsed.kindcheck_variant, &mut g.kindcheck_variant);
        tag(f.name, parsed.kindcheck_question, &mut g.kindcheck_question);
        tag(f.name, parsed.kindcheck_outcome, &mut g.kindcheck_outcome);
        tag(f.name, parsed.signal_group, &mut g.signal_group);
        tag(f.name, parsed.signal, &mut g.signal);
        tag(f.name, parsed.profile, &mut g.profile);
        tag(f.name, parsed.profile_indicator, &mut g.profile_indicator);
        tag(f.name, parsed.profile_consequence, &mut g.profile_consequence);
        tag(f.name, parsed.safety_question, &mut g.safety_question);
        tag(f.name, parsed.suspect_relation, &mut g.suspect_relation);
        tag(f.name, parsed.reader, &mut g.reader);
        tag(f.name, parsed.output, &mut g.output);
        tag(f.name, parsed.safety_skip_reason, &mut g.safety_skip_reason);
        tag(f.name, parsed.safety_framing, &mut g.safety_framing);
        tag(f.name, parsed.monitoring_phase, &mut g.monitoring_phase);
    }
    // Cross-file checks on partly parsed content only add noise: report syntax first.
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let p = validate(&mut c, g);
    if c.errors.is_empty() {
        Ok(p)
    } else {
        Err(c.errors)
    }
}

/// Validates every kind in dependency order and assembles the protocol.
fn validate(c: &mut Checker, g: Gathered) -> Protocol {
    let cat = &mut Catalogue::default();
    let (id, version, valid_from) = validate_header(c, g.header);
    let sources = validate_sources(c, cat, g.source);
    let steps = validate_steps(c, cat, g.step);
    // Meldnormen and outcomes first: afwegingen lead to them.
    let meldnormen = validate_numbered(c, cat, "meldnorm", g.meldnorm);
    cat.meldnormen = ids(meldnormen.iter().map(|m| m.id.as_str()));
    let decisions = validate_decisions(c, cat, g.decision);
    let outcomes = validate_outcomes(c, cat, g.outcome);
    let questions = validate_questions(c, cat, g.question);
    let kaders = validate_kaders(c, cat, g.kader);
    let consultations = validate_choices(c, cat, "consultation", g.consultation);
    cat.consultations = ids(consultations.iter().map(|x| x.id.as_str()));
    let skip_reasons = validate_choices(c, cat, "skip_reason", g.skip_reason);
    cat.skip_reasons = ids(skip_reasons.iter().map(|x| x.id.as_str()));
    let close_reasons = validate_choices(c, cat, "close_reason", g.close_reason);
    let postpone_until = validate_choices(c, cat, "postpone_until", g.postpone_until);
    let fields = validate_fields(c, cat, g.field);
    let subjects = validate_subjects(c, cat, g.subject);
    let suspects = validate_suspects(c, cat, g.suspect);
    let speakers = validate_speakers(c, cat, g.speaker);
    let forms = validate_forms(c, cat, g.form);
    let contacts = validate_contacts(c, cat, g.contact);
    let acute_lines = validate_guidance(c, cat, "line", g.line);
    let disclosure_guidance = validate_guidance(c, cat, "disclosure_guidance", g.disclosure_guidance);
    let acute_actions = validate_guidance(c, cat, "acute_action", g.acute_action);
    let situations = validate_markers(c, cat, "situation", g.situation);
    let red_flags = validate_markers(c, cat, "red_flag", g.red_flag);
    let notes = validate_notes(c, cat, g.field_note, g.step_note);
    check_one_disclosure(c, &situations);
    let routes = validate_routes(c, cat, g.route, &suspects, &fields);
    let info = validate_info(c, cat, &fields, g.info_requester, g.info_step, g.info_route);
    let kindcheck_triggers = validate_choices(c, cat, "kindcheck_trigger", g.kindcheck_trigger);
    let kindcheck_outcomes = validate_kindcheck_outcomes(c, cat, g.kindcheck_outcome);
    let kindcheck_questions = validate_kindcheck_questions(c, cat, g.kindcheck_question);
    let kindcheck_variants = validate_kindcheck_variants(c, cat, g.kindcheck_variant, &kindcheck_questions);
    let kindcheck_forms = validate_kindcheck_forms(c, cat, g.kindcheck_form, &forms, &kindcheck_triggers);
    check_field_kindcheck_variants(c, cat, &fields);
    let signal_groups = validate_signal_groups(c, cat, g.signal_group, &subjects);
    let signals = validate_signals(c, cat, g.signal);
    let profiles = validate_profiles(c, cat, g.profile);
    let profile_indicators = validate_profile_indicators(c, cat, g.profile_indicator);
    let profile_consequences = validate_profile_consequences(c, cat, g.profile_consequence);
    check_every_profile_indicated(c, &profiles, &profile_indicators);
    let safety_questions = validate_safety_questions(c, cat, g.safety_question);
    let suspect_relations = validate_suspect_relations(c, cat, g.suspect_relation);
    let readers = validate_readers(c, cat, g.reader);
    let output_files = validate_outputs(c, cat, g.output);
    let safety_skip_reasons = validate_safety_skip_reasons(c, cat, g.safety_skip_reason);
    let safety_framings = validate_safety_framings(c, cat, g.safety_framing, !safety_questions.is_empty());
    let monitoring_phases = validate_choices(c, cat, "monitoring_phase", g.monitoring_phase);

    Protocol {
        id,
        version,
        valid_from,
        sources,
        steps,
        questions,
        outcomes,
        meldnormen,
        decisions,
        kaders,
        fields,
        subjects,
        suspects,
        speakers,
        consultations,
        skip_reasons,
        postpone_until,
        forms,
        contacts,
        acute_lines,
        acute_actions,
        disclosure_guidance,
        situations,
        red_flags,
        notes,
        routes,
        info,
        kindcheck_triggers,
        kindcheck_variants,
        kindcheck_questions,
        kindcheck_forms,
        close_reasons,
        kindcheck_outcomes,
        signal_groups,
        signals,
        profiles,
        profile_indicators,
        profile_consequences,
        safety_questions,
        suspect_relations,
        readers,
        output_files,
        safety_skip_reasons,
        safety_framings,
        monitoring_phases,
    }
}

/// The protocol's id and version; exactly one file carries them, with a valid_from.
fn validate_header(c: &mut Checker, header: Option<Header>) -> (String, String, NaiveDate) {
    let Some(Header { file, id, version, valid_from }) = header else {
        c.err("protocol.toml", "id", "no file carries the protocol's id, version and valid_from");
        return (String::new(), String::new(), NaiveDate::default());
    };
    if id.is_none() {
        c.err(&file, "id", "missing protocol id");
    }
    if version.is_none() {
        c.err(&file, "version", "missing protocol version");
    }
    if let Some(v) = &valid_from {
        if NaiveDate::parse_from_str(v, "%Y-%m-%d").is_err() {
            c.err(&file, "valid_from", format!("`{v}` is not a date (YYYY-MM-DD)"));
        }
    } else {
        c.err(&file, "valid_from", "missing protocol valid_from");
    }
    let valid_from = valid_from.and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok());
    (id.unwrap_or_default(), version.unwrap_or_default(), valid_from.unwrap_or_default())
}

/// The source registry every other item refers to.
fn validate_sources(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Source)>) -> Vec<Source> {
    let mut seen = BTreeSet::new();
    let mut sources = Vec::new();
    for (file, s) in items {
        c.id(&file, "source", &s.id, &mut seen);
        if s.title.trim().is_empty() || s.publisher.trim().is_empty() {
            c.err(&file, format!("source[{}]", s.id), "a source needs a title and a publisher");
        }
        sources.push(Source { id: s.id, title: s.title, publisher: s.publisher, edition: s.edition, url: s.url });
    }
    cat.sources = ids(sources.iter().map(|s| s.id.as_str()));
    sources
}

/// The five steps, numbered 1 to 5, with the ids the case model records data under.
fn validate_steps(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Step)>) -> Vec<Step> {
    let mut seen = BTreeSet::new();
    let mut steps = Vec::new();
    for (file, s) in items {
        let provenance = item!(c, cat, seen, file, "step", s);
        steps.push(Step {
            id: s.id,
            number: s.number,
            title: s.title,
            summary: s.summary,
            record: s.record,
            provenance,
        });
    }
    steps.sort_by_key(|s| s.number);
    let numbers: Vec<u8> = steps.iter().map(|s| s.number).collect();
    if numbers != [1, 2, 3, 4, 5] {
        c.err("steps.toml", "step", format!("the meldcode has five steps numbered 1 to 5, found {numbers:?}"));
    }
    // `Case::step_has_data` maps these ids to the data each step records.
    let step_ids: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
    if numbers == [1, 2, 3, 4, 5] && step_ids != ["signalen", "consultatie", "gesprek", "wegen", "beslissen"] {
        c.err("steps.toml", "step", format!("the step ids are signalen, consultatie, gesprek, wegen, beslissen (the case model records data per step), found {step_ids:?}"));
    }
    cat.steps = ids(step_ids);
    steps
}

/// Numbered texts (meldnormen, decisions), sorted by number.
fn validate_numbered(
    c: &mut Checker,
    cat: &Catalogue,
    kind: &str,
    items: Vec<(String, raw::Numbered)>,
) -> Vec<Numbered> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (file, m) in items {
        let provenance = item!(c, cat, seen, file, kind, m);
        out.push(Numbered { id: m.id, number: m.number, text: m.text, provenance });
    }
    out.sort_by_key(|m| m.number);
    out
}

/// Step 5's two decisions, in their order.
fn validate_decisions(c: &mut Checker, cat: &Catalogue, items: Vec<(String, raw::Numbered)>) -> Vec<Numbered> {
    let decisions = validate_numbered(c, cat, "decision", items);
    let decision_ids: Vec<&str> = decisions.iter().map(|d| d.id.as_str()).collect();
    if decision_ids != ["melden", "hulp"] {
        c.err("afwegingskader.toml", "decision", "step 5 has two decisions in this order: melden (1), hulp (2)");
    }
    decisions
}

/// Where the afwegingen lead: a suggestion per decision, perhaps a meldnorm.
fn validate_outcomes(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Outcome)>) -> Vec<Outcome> {
    let mut seen = BTreeSet::new();
    let mut outcomes = Vec::new();
    for (file, o) in items {
        let provenance = item!(c, cat, seen, file, "outcome", o);
        if let Some(m) = &o.meldnorm {
            c.refer(&file, format!("outcome[{}].meldnorm", o.id), "meldnorm", &cat.meldnormen, m);
        }
        outcomes.push(Outcome {
            id: o.id,
            text: o.text,
            suggests: Suggests { melden: o.suggests.melden, hulp: o.suggests.hulp },
            meldnorm: o.meldnorm,
            advice: o.advice,
            provenance,
        });
    }
    cat.outcomes = ids(outcomes.iter().map(|o| o.id.as_str()));
    outcomes
}

/// The five afwegingen: every answer leads forward, to an outcome, a later afweging or both.
fn validate_questions(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Question)>) -> Vec<Question> {
    // An answer may lead to any afweging in the files, so their numbers are known up front.
    cat.questions = items.iter().map(|(_, q)| (q.id.clone(), q.number)).collect();
    let mut seen = BTreeSet::new();
    let mut questions = Vec::new();
    for (file, q) in items {
        let provenance = item!(c, cat, seen, file, "question", q);
        let key = format!("question[{}]", q.id);
        let timing = match q.timing.as_str() {
            "now" => Timing::Now,
            "follow-up" => Timing::FollowUp,
            other => {
                c.err(&file, format!("{key}.timing"), format!("timing is `now` or `follow-up`, not `{other}`"));
                Timing::Now
            }
        };
        let mut answers = BTreeMap::new();
        for (name, a) in q.answers {
            let akey = format!("{key}.answers.{name}");
            let Some(value) = AnswerValue::from_id(&name) else {
                c.err(&file, akey, "answers are `ja`, `nee` and `weet-niet`");
                continue;
            };
            if a.outcome.is_none() && a.next.is_none() {
                c.err(&file, akey.clone(), "an answer leads to an outcome, a next afweging, or both");
            }
            if let Some(o) = &a.outcome {
                c.refer(&file, format!("{akey}.outcome"), "outcome", &cat.outcomes, o);
            }
            if let Some(n) = &a.next {
                match cat.questions.get(n) {
                    None => c.err(&file, format!("{akey}.next"), format!("unknown afweging `{n}`")),
                    Some(&num) if num <= q.number => c.err(
                        &file,
                        format!("{akey}.next"),
                        "the route only goes forward: next must have a higher number",
                    ),
                    Some(_) => {}
                }
            }
            answers
                .insert(value, AnswerRule { outcome: a.outcome, next: a.next, with_veilig_thuis: a.with_veilig_thuis });
        }
        for value in AnswerValue::ALL {
            if !answers.contains_key(&value) {
                c.err(&file, format!("{key}.answers"), format!("missing the answer `{}`", value.id()));
            }
        }
        questions.push(Question {
            id: q.id,
            number: q.number,
            label: q.label,
            text: q.text,
            help: q.help,
            timing,
            answers,
            provenance,
        });
    }
    questions.sort_by_key(|q| q.number);
    let qn: Vec<u8> = questions.iter().map(|q| q.number).collect();
    if qn != [1, 2, 3, 4, 5] {
        c.err(
            "afwegingskader.toml",
            "question",
            format!("the afwegingskader has five afwegingen numbered 1 to 5, found {qn:?}"),
        );
    }
    questions
}

/// The professions' afwegingskaders.
fn validate_kaders(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Kader)>) -> Vec<Kader> {
    let mut seen = BTreeSet::new();
    let mut kaders = Vec::new();
    for (file, k) in items {
        let provenance = item!(c, cat, seen, file, "kader", k);
        kaders.push(Kader { id: k.id, label: k.label, note: k.note, own_wording: k.own_wording, provenance });
    }
    cat.kaders = ids(kaders.iter().map(|k| k.id.as_str()));
    kaders
}

/// A plain pick list (consultation kinds, skip reasons, oudersignalen, …).
fn validate_choices(c: &mut Checker, cat: &Catalogue, kind: &str, items: Vec<(String, raw::Choice)>) -> Vec<Choice> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (file, i) in items {
        let provenance = item!(c, cat, seen, file, kind, i);
        out.push(Choice { id: i.id, label: i.label, note: i.note, provenance });
    }
    out
}

/// The fields (werkvelden): each names its kader and the consultations it expects.
fn validate_fields(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Field)>) -> Vec<Field> {
    let mut seen = BTreeSet::new();
    let mut fields = Vec::new();
    for (file, f) in items {
        let provenance = item!(c, cat, seen, file, "field", f);
        c.refer(&file, format!("field[{}].kader", f.id), "kader", &cat.kaders, &f.kader);
        for k in &f.expects_consultations {
            c.refer(&file, format!("field[{}].expects_consultations", f.id), "consultation", &cat.consultations, k);
        }
        fields.push(Field {
            choice: Choice { id: f.id, label: f.label, note: None, provenance },
            kader: f.kader,
            expects_consultations: f.expects_consultations,
            kindcheck_variant: f.kindcheck_variant,
        });
    }
    cat.fields = ids(fields.iter().map(|f| f.choice.id.as_str()));
    fields
}

/// Over whom the concern is.
fn validate_subjects(c: &mut Checker, cat: &Catalogue, items: Vec<(String, raw::Subject)>) -> Vec<Subject> {
    let mut seen = BTreeSet::new();
    let mut subjects = Vec::new();
    for (file, s) in items {
        let provenance = item!(c, cat, seen, file, "subject", s);
        subjects.push(Subject {
            choice: Choice { id: s.id, label: s.label, note: None, provenance },
            minor: s.minor,
            kindcheck: s.kindcheck,
        });
    }
    subjects
}

/// Who is suspected; the first is the household, which follows the five steps.
fn validate_suspects(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Suspect)>) -> Vec<Suspect> {
    let mut seen = BTreeSet::new();
    let mut suspects = Vec::new();
    for (file, s) in items {
        let provenance = item!(c, cat, seen, file, "suspect", s);
        suspects.push(Suspect {
            choice: Choice { id: s.id, label: s.label, note: s.note, provenance },
            meldcode: s.meldcode,
        });
    }
    // The first is the household (a Kindcheck-only case takes it); another person on whom
    // the child depends leads to the five steps too.
    if !suspects.first().is_some_and(|s| s.meldcode) {
        c.err(
            "case.toml",
            "suspect",
            "the first suspect kind is the household, which leads to the five meldcode steps",
        );
    }
    for s in &suspects {
        // With a duplicate id (reported above), the first one counts.
        cat.suspects.entry(s.choice.id.clone()).or_insert(s.meldcode);
    }
    suspects
}

/// Who said a quote's words; at least one speaker's words count as a disclosure.
fn validate_speakers(c: &mut Checker, cat: &Catalogue, items: Vec<(String, raw::Speaker)>) -> Vec<Speaker> {
    let mut seen = BTreeSet::new();
    let mut speakers = Vec::new();
    for (file, s) in items {
        let provenance = item!(c, cat, seen, file, "speaker", s);
        speakers.push(Speaker {
            choice: Choice { id: s.id, label: s.label, note: None, provenance },
            disclosure: s.disclosure,
        });
    }
    if !speakers.iter().any(|s| s.disclosure) {
        c.err("case.toml", "speaker", "at least one speaker's words count as a disclosure (the possible victim's)");
    }
    speakers
}

/// The forms of violence.
fn validate_forms(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Form)>) -> Vec<Form> {
    let mut seen = BTreeSet::new();
    let mut forms = Vec::new();
    for (file, f) in items {
        let provenance = item!(c, cat, seen, file, "form", f);
        forms.push(Form {
            choice: Choice { id: f.id, label: f.label, note: f.note, provenance },
            postpones_gesprek: f.postpones_gesprek,
            unsafe_on_paper: f.unsafe_on_paper,
            coercive_control: f.coercive_control,
        });
    }
    cat.forms = ids(forms.iter().map(|f| f.choice.id.as_str()));
    forms
}

/// The phone numbers (the only place one lives).
fn validate_contacts(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Contact)>) -> Vec<Contact> {
    let mut seen = BTreeSet::new();
    let mut contacts = Vec::new();
    for (file, k) in items {
        let provenance = item!(c, cat, seen, file, "contact", k);
        if k.number.trim().is_empty() {
            c.err(&file, format!("contact[{}].number", k.id), "a contact needs a number");
        }
        contacts.push(Contact { id: k.id, number: k.number, provenance });
    }
    cat.contacts = ids(contacts.iter().map(|k| k.id.as_str()));
    contacts
}

/// Lines of guidance (the Acuut panel, what to do after a disclosure), perhaps with a contact.
fn validate_guidance(
    c: &mut Checker,
    cat: &Catalogue,
    kind: &str,
    items: Vec<(String, raw::Guidance)>,
) -> Vec<Guidance> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (file, i) in items {
        let provenance = item!(c, cat, seen, file, kind, i);
        if let Some(k) = &i.contact {
            c.refer(&file, format!("{kind}[{}].contact", i.id), "contact", &cat.contacts, k);
        }
        out.push(Guidance { id: i.id, text: i.text, contact: i.contact, provenance });
    }
    out
}

/// Acute situations and red flags: each draws attention to an afweging.
fn validate_markers(c: &mut Checker, cat: &Catalogue, kind: &str, items: Vec<(String, raw::Marker)>) -> Vec<Marker> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (file, m) in items {
        let provenance = item!(c, cat, seen, file, kind, m);
        let key = format!("{kind}[{}]", m.id);
        if m.disclosure && kind != "situation" {
            c.err(&file, format!("{key}.disclosure"), "only an acute situation can be the disclosure");
        }
        if m.coercive_control && kind != "red_flag" {
            c.err(&file, format!("{key}.coercive_control"), "only a red flag can be a sign of coercive control");
        }
        if !cat.questions.contains_key(&m.attention) {
            c.err(&file, format!("{key}.attention"), format!("unknown afweging `{}`", m.attention));
        }
        out.push(Marker {
            choice: Choice { id: m.id, label: m.label, note: m.note, provenance },
            disclosure: m.disclosure,
            attention: m.attention,
            coercive_control: m.coercive_control,
        });
    }
    out
}

/// At most one acute situation is the disclosure.
fn check_one_disclosure(c: &mut Checker, situations: &[Marker]) {
    let disclosures = situations.iter().filter(|m| m.disclosure).count();
    if disclosures > 1 {
        c.err("acute.toml", "situation", format!("at most one situation is the disclosure, found {disclosures}"));
    }
}

/// Notes per step, for one field or for all (perhaps only for minors or with coercive control).
fn validate_notes(
    c: &mut Checker,
    cat: &Catalogue,
    field_notes: Vec<(String, raw::FieldNote)>,
    step_notes: Vec<(String, raw::StepNote)>,
) -> Vec<Note> {
    // Field and step notes share one id space.
    let mut seen = BTreeSet::new();
    let mut notes = Vec::new();
    for (file, n) in field_notes {
        let provenance = item!(c, cat, seen, file, "field_note", n);
        let key = format!("field_note[{}]", n.id);
        c.refer(&file, format!("{key}.field"), "field", &cat.fields, &n.field);
        c.refer(&file, format!("{key}.step"), "step", &cat.steps, &n.step);
        notes.push(Note {
            id: n.id,
            step: n.step,
            text: n.text,
            field: Some(n.field),
            minor: None,
            coercive_control: None,
            provenance,
        });
    }
    for (file, n) in step_notes {
        let provenance = item!(c, cat, seen, file, "step_note", n);
        c.refer(&file, format!("step_note[{}].step", n.id), "step", &cat.steps, &n.step);
        notes.push(Note {
            id: n.id,
            step: n.step,
            text: n.text,
            field: None,
            minor: n.minor,
            coercive_control: n.coercive_control,
            provenance,
        });
    }
    notes
}

/// The routes outside the five steps: exactly one per suspect outside the household and field.
fn validate_routes(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::Route)>,
    suspects: &[Suspect],
    fields: &[Field],
) -> Vec<OtherRoute> {
    let mut seen = BTreeSet::new();
    let mut routes = Vec::new();
    for (file, r) in items {
        let provenance = item!(c, cat, seen, file, "route", r);
        let key = format!("route[{}]", r.id);
        match cat.suspects.get(&r.suspect) {
            None => c.err(&file, format!("{key}.suspect"), format!("unknown suspect `{}`", r.suspect)),
            Some(true) => {
                c.err(&file, format!("{key}.suspect"), "a suspect in the household follows the five steps, not a route")
            }
            Some(false) => {}
        }
        for f in &r.fields {
            c.refer(&file, format!("{key}.fields"), "field", &cat.fields, f);
        }
        if r.actions.is_empty() {
            c.err(&file, format!("{key}.actions"), "a route lists at least one first action");
        }
        routes.push(OtherRoute {
            id: r.id,
            suspect: r.suspect,
            fields: r.fields,
            title: r.title,
            intro: r.intro,
            actions: r.actions,
            provenance,
        });
    }
    for s in suspects.iter().filter(|s| !s.meldcode) {
        for f in fields {
            let n = routes.iter().filter(|r| r.suspect == s.choice.id && r.fields.contains(&f.choice.id)).count();
            if n != 1 {
                c.err(
                    "routes.toml",
                    "route",
                    format!("suspect `{}` in field `{}` needs exactly one route, found {n}", s.choice.id, f.choice.id),
                );
            }
        }
    }
    routes
}

/// Information requests, validated by their own module against the fields (in file order).
fn validate_info(
    c: &mut Checker,
    cat: &Catalogue,
    fields: &[Field],
    requesters: Vec<(String, crate::inforequest::raw::Requester)>,
    steps: Vec<(String, crate::inforequest::raw::Step)>,
    routes: Vec<(String, crate::inforequest::raw::Route)>,
) -> crate::inforequest::InfoContent {
    struct K<'a> {
        c: &'a mut Checker,
        known: &'a BTreeSet<String>,
    }
    impl crate::inforequest::Check for K<'_> {
        fn problem(&mut self, file: &str, key: String, message: String) {
            self.c.err(file, key, message);
        }
        fn prov(&mut self, file: &str, key: &str, sources: &[String], valid_from: &str) -> Provenance {
            self.c.provenance(file, key, sources, valid_from, self.known)
        }
    }
    let field_ids: Vec<String> = fields.iter().map(|f| f.choice.id.clone()).collect();
    crate::inforequest::validate(&mut K { c, known: &cat.sources }, &field_ids, requesters, steps, routes)
}

/// The Kindcheck's outcomes: one closes it, follows the meldcode or hands over, not both.
fn validate_kindcheck_outcomes(
    c: &mut Checker,
    cat: &mut Catalogue,
    items: Vec<(String, raw::KindcheckOutcome)>,
) -> Vec<KindcheckOutcome> {
    let mut seen = BTreeSet::new();
    let mut outcomes = Vec::new();
    for (file, o) in items {
        let provenance = item!(c, cat, seen, file, "kindcheck_outcome", o);
        if o.closes && o.follow_meldcode {
            c.err(
                &file,
                format!("kindcheck_outcome[{}]", o.id),
                "an outcome either closes the Kindcheck or follows the meldcode, not both",
            );
        }
        if o.closes && o.record_handover {
            c.err(
                &file,
                format!("kindcheck_outcome[{}].record_handover", o.id),
                "an outcome that closes the Kindcheck hands nothing over",
            );
        }
        outcomes.push(KindcheckOutcome {
            id: o.id,
            text: o.text,
            record: o.record,
            closes: o.closes,
            follow_meldcode: o.follow_meldcode,
            record_handover: o.record_handover,
            actions: o.actions,
            provenance,
        });
    }
    cat.kindcheck_outcomes = ids(outcomes.iter().map(|o| o.id.as_str()));
    outcomes
}

/// The Kindcheck's questions: each option leads to a later question or an outcome.
fn validate_kindcheck_questions(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::KindcheckQuestion)>,
) -> Vec<KindcheckQuestion> {
    let mut seen = BTreeSet::new();
    let mut questions = Vec::new();
    // The Kindcheck only goes forward, in file order.
    let order: Vec<String> = items.iter().map(|(_, q)| q.id.clone()).collect();
    for (pos, (file, q)) in items.into_iter().enumerate() {
        let provenance = item!(c, cat, seen, file, "kindcheck_question", q);
        let key = format!("kindcheck_question[{}]", q.id);
        if q.options.len() < 2 {
            c.err(&file, format!("{key}.options"), "a question offers at least two options");
        }
        let mut option_ids = BTreeSet::new();
        let mut options = Vec::new();
        for o in q.options {
            let okey = format!("{key}.options[{}]", o.id);
            if !option_ids.insert(o.id.clone()) {
                c.err(&file, okey.clone(), "duplicate option id");
            }
            match (&o.next, &o.outcome) {
                (Some(_), Some(_)) | (None, None) => {
                    c.err(&file, okey.clone(), "an option leads to a next question or an outcome, exactly one")
                }
                _ => {}
            }
            if let Some(n) = &o.next {
                match order.iter().position(|x| x == n) {
                    None => c.err(&file, format!("{okey}.next"), format!("unknown question `{n}`")),
                    Some(i) if i <= pos => c.err(
                        &file,
                        format!("{okey}.next"),
                        "the Kindcheck only goes forward: next must come later in the file",
                    ),
                    Some(_) => {}
                }
            }
            if let Some(out) = &o.outcome {
                c.refer(&file, format!("{okey}.outcome"), "outcome", &cat.kindcheck_outcomes, out);
            }
            options.push(KindcheckOption { id: o.id, label: o.label, next: o.next, outcome: o.outcome });
        }
        if let Some(o) = &q.oudersignaal_option {
            if !option_ids.contains(o) {
                c.err(&file, format!("{key}.oudersignaal_option"), format!("unknown option `{o}`"));
            }
        }
        questions.push(KindcheckQuestion {
            id: q.id,
            text: q.text,
            help: q.help,
            children: q.children,
            oudersignaal_option: q.oudersignaal_option,
            options,
            provenance,
        });
    }
    questions
}

/// Forms of violence that are an oudersignaal in themselves (partnergeweld: the children
/// witness it); each names a known form and a known oudersignaal.
fn validate_kindcheck_forms(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::KindcheckForm)>,
    forms: &[Form],
    triggers: &[Choice],
) -> Vec<KindcheckForm> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (file, k) in items {
        let key = format!("kindcheck_form[{}]", k.form);
        if !seen.insert(k.form.clone()) {
            c.err(&file, key.clone(), "duplicate form");
        }
        let provenance = c.provenance(&file, &key, &k.sources, &k.valid_from, &cat.sources);
        if !forms.iter().any(|f| f.choice.id == k.form) {
            c.err(&file, format!("{key}.form"), format!("unknown form `{}`", k.form));
        }
        if !triggers.iter().any(|t| t.id == k.trigger) {
            c.err(&file, format!("{key}.trigger"), format!("unknown oudersignaal `{}`", k.trigger));
        }
        out.push(KindcheckForm { form: k.form, trigger: k.trigger, provenance });
    }
    out
}

/// The Kindcheck's variants (full, short), each starting at a question.
fn validate_kindcheck_variants(
    c: &mut Checker,
    cat: &mut Catalogue,
    items: Vec<(String, raw::KindcheckVariant)>,
    questions: &[KindcheckQuestion],
) -> Vec<KindcheckVariant> {
    let question_ids = ids(questions.iter().map(|q| q.id.as_str()));
    let mut seen = BTreeSet::new();
    let mut variants = Vec::new();
    for (file, v) in items {
        let provenance = item!(c, cat, seen, file, "kindcheck_variant", v);
        c.refer(&file, format!("kindcheck_variant[{}].start", v.id), "question", &question_ids, &v.start);
        variants.push(KindcheckVariant { id: v.id, label: v.label, hint: v.hint, start: v.start, provenance });
    }
    cat.kindcheck_variants = ids(variants.iter().map(|v| v.id.as_str()));
    variants
}

/// A field's Kindcheck variant exists (fields come before the Kindcheck, so this is checked here).
fn check_field_kindcheck_variants(c: &mut Checker, cat: &Catalogue, fields: &[Field]) {
    for f in fields {
        if let Some(v) = &f.kindcheck_variant {
            let key = format!("field[{}].kindcheck_variant", f.choice.id);
            c.refer("case.toml", key, "variant", &cat.kindcheck_variants, v);
        }
    }
}

/// The groups of the signal checklists (by age, by form of elder abuse).
fn validate_signal_groups(
    c: &mut Checker,
    cat: &mut Catalogue,
    items: Vec<(String, raw::SignalGroup)>,
    subjects: &[Subject],
) -> Vec<SignalGroup> {
    let mut seen = BTreeSet::new();
    let mut groups = Vec::new();
    for (file, s) in items {
        let provenance = item!(c, cat, seen, file, "signal_group", s);
        for sub in &s.subjects {
            match subjects.iter().find(|x| &x.choice.id == sub) {
                None => c.err(&file, format!("signal_group[{}].subjects", s.id), format!("unknown subject `{sub}`")),
                Some(x) if x.minor != s.minor => c.err(
                    &file,
                    format!("signal_group[{}].subjects", s.id),
                    format!("subject `{sub}` is not of the group's age (minor = {})", s.minor),
                ),
                Some(_) => {}
            }
        }
        groups.push(SignalGroup {
            choice: Choice { id: s.id, label: s.label, note: None, provenance },
            minor: s.minor,
            subjects: s.subjects,
        });
    }
    cat.signal_groups = ids(groups.iter().map(|g| g.choice.id.as_str()));
    groups
}

/// The signals, each in a group and perhaps pointing to forms.
fn validate_signals(c: &mut Checker, cat: &Catalogue, items: Vec<(String, raw::Signal)>) -> Vec<Signal> {
    let mut seen = BTreeSet::new();
    let mut signals = Vec::new();
    for (file, s) in items {
        let provenance = item!(c, cat, seen, file, "signal", s);
        let key = format!("signal[{}]", s.id);
        c.refer(&file, format!("{key}.group"), "signal group", &cat.signal_groups, &s.group);
        for f in &s.forms {
            c.refer(&file, format!("{key}.forms"), "form", &cat.forms, f);
        }
        signals.push(Signal {
            choice: Choice { id: s.id, label: s.label, note: None, provenance },
            group: s.group,
            forms: s.forms,
        });
    }
    signals
}

/// The gezinsprofielen of step 4.
fn validate_profiles(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Profile)>) -> Vec<FamilyProfile> {
    let mut seen = BTreeSet::new();
    let mut profiles = Vec::new();
    for (file, pr) in items {
        let provenance = item!(c, cat, seen, file, "profile", pr);
        profiles.push(FamilyProfile { id: pr.id, label: pr.label, picture: pr.picture, provenance });
    }
    cat.profiles = ids(profiles.iter().map(|p| p.id.as_str()));
    profiles
}

/// The indicators that point to gezinsprofielen.
fn validate_profile_indicators(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::ProfileIndicator)>,
) -> Vec<ProfileIndicator> {
    let mut seen = BTreeSet::new();
    let mut indicators = Vec::new();
    for (file, i) in items {
        let provenance = item!(c, cat, seen, file, "profile_indicator", i);
        let key = format!("profile_indicator[{}]", i.id);
        if i.profiles.is_empty() {
            c.err(&file, format!("{key}.profiles"), "an indicator points to at least one profile");
        }
        for pr in &i.profiles {
            c.refer(&file, format!("{key}.profiles"), "profile", &cat.profiles, pr);
        }
        indicators.push(ProfileIndicator {
            choice: Choice { id: i.id, label: i.label, note: None, provenance },
            profiles: i.profiles,
            coercive_control: i.coercive_control,
            joint_after_separate_talks: i.joint_after_separate_talks,
        });
    }
    indicators
}

/// What a gezinsprofiel means for a step.
fn validate_profile_consequences(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::ProfileConsequence)>,
) -> Vec<ProfileConsequence> {
    let mut seen = BTreeSet::new();
    let mut consequences = Vec::new();
    for (file, k) in items {
        let provenance = item!(c, cat, seen, file, "profile_consequence", k);
        let key = format!("profile_consequence[{}]", k.id);
        c.refer(&file, format!("{key}.profile"), "profile", &cat.profiles, &k.profile);
        c.refer(&file, format!("{key}.step"), "step", &cat.steps, &k.step);
        consequences.push(ProfileConsequence {
            id: k.id,
            profile: k.profile,
            step: k.step,
            text: k.text,
            joint_approach: k.joint_approach,
            provenance,
        });
    }
    consequences
}

/// Every gezinsprofiel can be reached: some indicator points to it.
fn check_every_profile_indicated(c: &mut Checker, profiles: &[FamilyProfile], indicators: &[ProfileIndicator]) {
    for pr in profiles {
        if !indicators.iter().any(|i| i.profiles.contains(&pr.id)) {
            c.err("profiles.toml", format!("profile[{}]", pr.id), "no indicator points to this profile");
        }
    }
}

/// The Top3 safety questions: one each of top3, agreements, monitoring and scale.
fn validate_safety_questions(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::SafetyQuestion)>,
) -> Vec<SafetyQuestion> {
    let mut seen = BTreeSet::new();
    let mut questions = Vec::new();
    for (file, q) in items {
        let provenance = item!(c, cat, seen, file, "safety_question", q);
        let kind = match q.kind.as_str() {
            "top3" => SafetyKind::Top3,
            "text" => SafetyKind::Text,
            "agreements" => SafetyKind::Agreements,
            "monitoring" => SafetyKind::Monitoring,
            "scale" => SafetyKind::Scale,
            other => {
                c.err(
                    &file,
                    format!("safety_question[{}].kind", q.id),
                    format!("kind is top3, text, agreements, monitoring or scale, not `{other}`"),
                );
                SafetyKind::Text
            }
        };
        questions.push(SafetyQuestion {
            id: q.id,
            kind,
            text: q.text,
            help: q.help,
            help_coercive: q.help_coercive,
            provenance,
        });
    }
    for kind in [SafetyKind::Top3, SafetyKind::Agreements, SafetyKind::Monitoring, SafetyKind::Scale] {
        let n = questions.iter().filter(|q| q.kind == kind).count();
        if !questions.is_empty() && n != 1 {
            c.err("safety.toml", "safety_question", format!("exactly one question of kind `{}`, found {n}", kind.id()));
        }
    }
    questions
}

/// Who the suspected person is to the one the concern is about.
fn validate_suspect_relations(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::SuspectRelation)>,
) -> Vec<SuspectRelation> {
    let mut seen = BTreeSet::new();
    let mut relations = Vec::new();
    for (file, r) in items {
        let provenance = item!(c, cat, seen, file, "suspect_relation", r);
        relations.push(SuspectRelation {
            choice: Choice { id: r.id, label: r.label, note: None, provenance },
            parent: r.parent,
        });
    }
    relations
}

/// Who reads the file an output goes into.
fn validate_readers(c: &mut Checker, cat: &mut Catalogue, items: Vec<(String, raw::Reader)>) -> Vec<Reader> {
    let mut seen = BTreeSet::new();
    let mut readers = Vec::new();
    for (file, r) in items {
        let provenance = item!(c, cat, seen, file, "reader", r);
        readers.push(Reader {
            choice: Choice { id: r.id, label: r.label, note: None, provenance },
            involved: r.involved,
            parents: r.parents,
            minor_only: r.minor_only,
        });
    }
    cat.readers = ids(readers.iter().map(|r| r.choice.id.as_str()));
    readers
}

/// The file each output goes into: its readers and the fields it is offered to.
fn validate_outputs(c: &mut Checker, cat: &Catalogue, items: Vec<(String, raw::OutputFile)>) -> Vec<OutputFile> {
    let mut seen = BTreeSet::new();
    let mut outputs = Vec::new();
    for (file, o) in items {
        let provenance = item!(c, cat, seen, file, "output", o);
        let key = format!("output[{}]", o.id);
        if crate::case::OutputKind::from_id(&o.id).is_none() {
            c.err(&file, &key, format!("unknown output `{}`", o.id));
        }
        if o.readers.is_empty() {
            c.err(&file, format!("{key}.readers"), "an output names who may read the file it goes into");
        }
        for r in &o.readers {
            c.refer(&file, format!("{key}.readers"), "reader", &cat.readers, r);
        }
        for f in &o.fields {
            c.refer(&file, format!("{key}.fields"), "field", &cat.fields, f);
        }
        outputs.push(OutputFile { id: o.id, file: o.file, readers: o.readers, fields: o.fields, provenance });
    }
    outputs
}

/// The skip reasons that skip step 3 for safety.
fn validate_safety_skip_reasons(c: &mut Checker, cat: &Catalogue, items: Vec<(String, raw::Ref)>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut reasons = Vec::new();
    for (file, r) in items {
        item!(c, cat, seen, file, "safety_skip_reason", r);
        let key = format!("safety_skip_reason[{}]", r.id);
        c.refer(&file, key, "skip_reason", &cat.skip_reasons, &r.id);
        reasons.push(r.id);
    }
    reasons
}

/// How the safety questions are framed: one with coercive control, one without (when there
/// are safety questions at all).
fn validate_safety_framings(
    c: &mut Checker,
    cat: &Catalogue,
    items: Vec<(String, raw::SafetyFraming)>,
    required: bool,
) -> Vec<SafetyFraming> {
    let mut seen = BTreeSet::new();
    let mut framings = Vec::new();
    for (file, f) in items {
        let provenance = item!(c, cat, seen, file, "safety_framing", f);
        framings.push(SafetyFraming { id: f.id, coercive_control: f.coercive_control, text: f.text, provenance });
    }
    for cc in [false, true] {
        let n = framings.iter().filter(|f| f.coercive_control == cc).count();
        if required && n != 1 {
            c.err(
                "safety.toml",
                "safety_framing",
                format!("exactly one framing with coercive_control = {cc}, found {n}"),
            );
        }
    }
    framings
}
