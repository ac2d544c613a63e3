//! Builds the DTOs the UI shows from content, a case and the localizer.

use chrono::{DateTime, Local, NaiveDate, Utc};
use meldwijzer_l10n::Localizer;
use meldwijzer_outputs::{FindingKind, Refusal};
use meldwijzer_protocol::case::{FollowUpSource, HypothesisStatus, JointWithheld, LogEvent, OutputAction, OutputKind};
use meldwijzer_protocol::content::{self, AnswerValue, Timing};
use meldwijzer_protocol::dates::DateWarning;
use meldwijzer_protocol::inforequest::GivenHow;
use meldwijzer_protocol::{Case, Pending, Protocol, StepState};

use crate::dto::*;
use crate::ftl;

pub(crate) fn language_label(lang: &str) -> &'static str {
    match lang {
        "en" => ftl("language-en"),
        _ => ftl("language-nl"),
    }
}

pub(crate) fn local(l: &Localizer, t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format(&l.text(ftl("datetime-format"))).to_string()
}

/// The registry entries of `ids`, as the UI shows them; an unknown id is left out (content
/// validation refuses one).
pub(crate) fn source_views(p: &Protocol, ids: &[String]) -> Vec<SourceView> {
    ids.iter()
        .filter_map(|id| p.source(id))
        .map(|s| SourceView {
            id: s.id.clone(),
            title: s.title.clone(),
            publisher: s.publisher.clone(),
            edition: s.edition.clone(),
            url: s.url.clone(),
        })
        .collect()
}

fn provenance(p: &Protocol, prov: &content::Provenance) -> Provenance {
    Provenance { sources: source_views(p, &prov.sources), valid_from: prov.valid_from.format("%Y-%m-%d").to_string() }
}

fn choice(p: &Protocol, l: &Localizer, c: &content::Choice) -> ChoiceView {
    ChoiceView {
        id: c.id.clone(),
        label: l.text(&c.label),
        note: c.note.as_ref().map(|n| l.text(n)),
        provenance: provenance(p, &c.provenance),
    }
}

fn kader(p: &Protocol, l: &Localizer, k: &content::Kader) -> KaderView {
    KaderView {
        id: k.id.clone(),
        label: l.text(&k.label),
        note: l.text(&k.note),
        own_wording: k.own_wording,
        provenance: provenance(p, &k.provenance),
    }
}

fn numbered(p: &Protocol, l: &Localizer, n: &content::Numbered) -> NumberedView {
    NumberedView { id: n.id.clone(), number: n.number, text: l.text(&n.text), provenance: provenance(p, &n.provenance) }
}

fn answer_label(a: AnswerValue) -> &'static str {
    match a {
        AnswerValue::Ja => ftl("answer-ja"),
        AnswerValue::Nee => ftl("answer-nee"),
        AnswerValue::WeetNiet => ftl("answer-weet-niet"),
    }
}

fn acute_line(p: &Protocol, l: &Localizer, g: &content::Guidance) -> AcuteLineView {
    AcuteLineView {
        id: g.id.clone(),
        text: l.text(&g.text),
        number: g.contact.as_ref().and_then(|c| p.contact(c)).map(|c| c.number.clone()),
        provenance: provenance(p, &g.provenance),
    }
}

/// What was done about the acute route, in content order.
fn acute_action_texts<'a>(p: &Protocol, l: &Localizer, ids: impl Iterator<Item = &'a String>) -> Vec<String> {
    let ids: Vec<&String> = ids.collect();
    p.acute_actions().iter().filter(|a| ids.contains(&&a.id)).map(|a| l.text(&a.text)).collect()
}

fn active_marker(p: &Protocol, l: &Localizer, m: &content::Marker, via_quote: bool) -> ActiveMarkerView {
    ActiveMarkerView {
        id: m.choice.id.clone(),
        label: l.text(&m.choice.label),
        note: m.choice.note.as_ref().map(|n| l.text(n)),
        via_quote,
        provenance: provenance(p, &m.choice.provenance),
    }
}

fn info_request(p: &Protocol, l: &Localizer, c: &Case) -> Option<InfoRequestView> {
    let req = c.info_request.as_ref()?;
    let route = c.info_route(p)?;
    let requester = p.info().requester(&req.requester)?;
    Some(InfoRequestView {
        route: route.id.clone(),
        title: l.text(&route.title),
        intro: l.text(&route.intro),
        confirmed: route.confirmed,
        requester: l.text(&requester.label),
        basis: l.text(&requester.basis),
        steps: route
            .steps
            .iter()
            .filter_map(|id| p.info().step(id))
            .map(|s| InfoStepView {
                id: s.id.clone(),
                record: s.record.id(),
                title: l.text(&s.title),
                help: l.text(&s.help),
                done: req.has(s.record),
                provenance: provenance(p, &s.provenance),
            })
            .collect(),
        pending: c.info_pending(p).map(|s| s.id.clone()),
        provenance: provenance(p, &route.provenance),
    })
}

pub(crate) fn protocol(p: &Protocol, l: &Localizer) -> ProtocolView {
    ProtocolView {
        info_requesters: p
            .info()
            .requesters
            .iter()
            .map(|q| InfoRequesterView {
                id: q.id.clone(),
                label: l.text(&q.label),
                basis: l.text(&q.basis),
                provenance: provenance(p, &q.provenance),
            })
            .collect(),
        version: p.version().to_string(),
        steps: p
            .steps()
            .iter()
            .map(|s| StepView {
                id: s.id.clone(),
                number: s.number,
                title: l.text(&s.title),
                summary: l.text(&s.summary),
                record: l.text(&s.record),
                provenance: provenance(p, &s.provenance),
            })
            .collect(),
        questions: p
            .questions()
            .iter()
            .map(|q| QuestionView {
                id: q.id.clone(),
                number: q.number,
                label: l.text(&q.label),
                text: l.text(&q.text),
                help: l.text(&q.help),
                timing: match q.timing {
                    Timing::Now => "now",
                    Timing::FollowUp => "follow-up",
                },
                provenance: provenance(p, &q.provenance),
            })
            .collect(),
        answers: AnswerValue::ALL
            .iter()
            .map(|a| AnswerOption { id: a.id(), label: l.text(answer_label(*a)) })
            .collect(),
        outcomes: p
            .outcomes()
            .iter()
            .map(|o| {
                (
                    o.id.clone(),
                    OutcomeView {
                        id: o.id.clone(),
                        text: l.text(&o.text),
                        advice: o.advice,
                        meldnorm: o.meldnorm.clone(),
                        provenance: provenance(p, &o.provenance),
                    },
                )
            })
            .collect(),
        meldnormen: p.meldnormen().iter().map(|n| numbered(p, l, n)).collect(),
        decisions: p.decisions().iter().map(|n| numbered(p, l, n)).collect(),
        fields: p
            .fields()
            .iter()
            .map(|f| FieldView {
                choice: choice(p, l, &f.choice),
                kader: p.kader(&f.kader).map(|k| kader(p, l, k)).expect("validated: every field has a kader"),
            })
            .collect(),
        subjects: p
            .subjects()
            .iter()
            .map(|s| SubjectView { choice: choice(p, l, &s.choice), minor: s.minor, kindcheck: s.kindcheck })
            .collect(),
        suspects: p
            .suspects()
            .iter()
            .map(|s| SuspectView { choice: choice(p, l, &s.choice), meldcode: s.meldcode })
            .collect(),
        consultations: p.consultations().iter().map(|c| choice(p, l, c)).collect(),
        speakers: p
            .speakers()
            .iter()
            .map(|s| SpeakerView { choice: choice(p, l, &s.choice), disclosure: s.disclosure })
            .collect(),
        skip_reasons: p.skip_reasons().iter().map(|c| choice(p, l, c)).collect(),
        close_reasons: p.close_reasons().iter().map(|c| choice(p, l, c)).collect(),
        postpone_until: p.postpone_until().iter().map(|c| choice(p, l, c)).collect(),
        monitoring_phases: p.monitoring_phases().iter().map(|c| choice(p, l, c)).collect(),
        forms: p
            .forms()
            .iter()
            .map(|f| FormView { choice: choice(p, l, &f.choice), postpones_gesprek: f.postpones_gesprek })
            .collect(),
        acute: p.acute_lines().iter().map(|g| acute_line(p, l, g)).collect(),
        situations: p
            .situations()
            .iter()
            .map(|m| MarkerView { choice: choice(p, l, &m.choice), disclosure: m.disclosure })
            .collect(),
        red_flags: p
            .red_flags()
            .iter()
            .map(|m| MarkerView { choice: choice(p, l, &m.choice), disclosure: m.disclosure })
            .collect(),
        signal_groups: p
            .signal_groups()
            .iter()
            .map(|g| SignalGroupView {
                choice: choice(p, l, &g.choice),
                minor: g.minor,
                subjects: g.subjects.clone(),
                signals: p
                    .signals()
                    .iter()
                    .filter(|s| s.group == g.choice.id)
                    .map(|s| SignalView {
                        choice: choice(p, l, &s.choice),
                        forms: s.forms.iter().filter_map(|f| p.form(f)).map(|f| l.text(&f.choice.label)).collect(),
                    })
                    .collect(),
            })
            .collect(),
        profiles: p
            .profiles()
            .iter()
            .map(|x| ProfileView {
                id: x.id.clone(),
                label: l.text(&x.label),
                picture: l.text(&x.picture),
                provenance: provenance(p, &x.provenance),
            })
            .collect(),
        profile_indicators: p
            .profile_indicators()
            .iter()
            .map(|i| ProfileIndicatorView {
                choice: choice(p, l, &i.choice),
                profiles: i.profiles.iter().filter_map(|x| p.profile(x)).map(|x| l.text(&x.label)).collect(),
                coercive_control: i.coercive_control,
            })
            .collect(),
        safety_questions: p
            .safety_questions()
            .iter()
            .map(|q| SafetyQuestionView {
                id: q.id.clone(),
                kind: q.kind.id(),
                text: l.text(&q.text),
                help: l.text(&q.help),
                provenance: provenance(p, &q.provenance),
            })
            .collect(),
        kindcheck_triggers: p.kindcheck_triggers().iter().map(|c| choice(p, l, c)).collect(),
        suspect_relations: p.suspect_relations().iter().map(|r| choice(p, l, &r.choice)).collect(),
        kindcheck_variants: p
            .kindcheck_variants()
            .iter()
            .map(|v| KindcheckVariantView {
                id: v.id.clone(),
                label: l.text(&v.label),
                hint: l.text(&v.hint),
                provenance: provenance(p, &v.provenance),
            })
            .collect(),
        kindcheck_questions: p
            .kindcheck_questions()
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    KindcheckQuestionView {
                        id: q.id.clone(),
                        text: l.text(&q.text),
                        help: l.text(&q.help),
                        children: q.children,
                        options: q
                            .options
                            .iter()
                            .map(|o| KindcheckOptionView { id: o.id.clone(), label: l.text(&o.label) })
                            .collect(),
                        provenance: provenance(p, &q.provenance),
                    },
                )
            })
            .collect(),
        disclosure_guidance: p
            .disclosure_guidance()
            .iter()
            .map(|g| GuidanceView { id: g.id.clone(), text: l.text(&g.text), provenance: provenance(p, &g.provenance) })
            .collect(),
    }
}

fn state_label(s: StepState) -> &'static str {
    match s {
        StepState::NotStarted => ftl("stepper-state-not-started"),
        StepState::InProgress => ftl("stepper-state-in-progress"),
        StepState::Done => ftl("stepper-state-done"),
        StepState::ClosedEarly => ftl("stepper-state-closed-early"),
    }
}

/// Where a case stands, as ids: kept in the vault's sealed summary so the list shows it
/// without opening the case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "k", content = "id", rename_all = "kebab-case")]
pub(crate) enum ListStatus {
    Closed,
    /// Closed with a reason from the list (close reason id).
    ClosedAs(String),
    Kindcheck,
    InfoRequest(String),
    Route(String),
    Step(String),
    AllDone,
}

/// What the list needs of a case beyond alias, field and subject, sealed with its summary.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Listing {
    pub status: ListStatus,
    /// The earliest follow-up's due date (due or overdue once it is today or earlier).
    #[serde(default)]
    pub first_due: Option<chrono::NaiveDate>,
    /// The latest follow-up's due date (a closed case is kept while it is today or later).
    #[serde(default)]
    pub last_due: Option<chrono::NaiveDate>,
    /// Every dated follow-up (an afweging's, an agreement with Veilig Thuis), earliest first,
    /// without its note: what the list says is due.
    #[serde(default)]
    pub dues: Vec<ListedDue>,
    /// The step-5 decisions taken (decision id → yes or no), in content order.
    #[serde(default)]
    pub decisions: Vec<(String, bool)>,
    /// After an overdracht from Veilig Thuis: the phase and whether a condition was not met.
    #[serde(default)]
    pub monitoring: Option<ListedMonitoring>,
}

/// The monitoring after an overdracht, as the list keeps it (ids and dates only).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct ListedMonitoring {
    /// The phase now (a `monitoring_phase` id).
    pub phase: Option<String>,
    /// The next date of a condition still running.
    pub next: Option<NaiveDate>,
    /// A condition was not met: back to Veilig Thuis.
    pub back_to_vt: bool,
}

/// A dated follow-up as the list keeps it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct ListedDue {
    pub due: NaiveDate,
    pub source: FollowUpSource,
}

pub(crate) fn listing(p: &Protocol, c: &Case) -> Listing {
    let status = if let Some(closed) = &c.closed {
        closed.kind.clone().map_or(ListStatus::Closed, ListStatus::ClosedAs)
    } else if let Some(r) = c.info_route(p) {
        ListStatus::InfoRequest(r.id.clone())
    } else if !c.steps_shown(p) {
        ListStatus::Kindcheck
    } else if !c.follows_five_steps(p) {
        ListStatus::Route(c.other_route(p).map(|r| r.id.clone()).unwrap_or_default())
    } else {
        match furthest_step(p, c) {
            Some(s) => ListStatus::Step(s.id.clone()),
            None => ListStatus::AllDone,
        }
    };
    let dues: Vec<ListedDue> = c.due_items().into_iter().map(|d| ListedDue { due: d.due, source: d.source }).collect();
    let monitoring = c.overdracht.as_ref().map(|o| ListedMonitoring {
        phase: o.phase.clone(),
        next: o.next_due(),
        back_to_vt: o.back_to_veilig_thuis(),
    });
    let decisions =
        p.decisions().iter().filter_map(|d| c.decisions.get(&d.id).map(|x| (d.id.clone(), x.value))).collect();
    Listing {
        status,
        first_due: dues.iter().map(|d| d.due).min(),
        last_due: dues.iter().map(|d| d.due).max(),
        dues,
        decisions,
        monitoring,
    }
}

/// "Monitoring · fase 2 · volgende: 12-12-2026" for the case list.
fn monitoring_text(p: &Protocol, l: &Localizer, m: &ListedMonitoring) -> String {
    let mut parts = vec![l.text(ftl("case-monitoring"))];
    if let Some((n, _)) = m.phase.as_deref().and_then(|x| p.monitoring_phase(x)) {
        parts.push(l.format(ftl("case-monitoring-phase"), &[("number", n.to_string())]));
    }
    if let Some(d) = m.next {
        let date = d.format(&l.text(ftl("date-format"))).to_string();
        parts.push(l.format(ftl("case-monitoring-next"), &[("date", date)]));
    }
    if m.back_to_vt {
        parts.push(l.text(ftl("case-monitoring-back-to-vt")));
    }
    parts.join(" · ")
}

/// The furthest step the case has reached: the last one with something recorded or marked
/// done (not the first one left open: a case decided in step 5 with step 2 still open is at
/// step 5); none when every step is done.
fn furthest_step<'p>(p: &'p Protocol, c: &Case) -> Option<&'p content::Step> {
    if p.steps().iter().all(|s| c.step_state(&s.id) == StepState::Done) {
        return None;
    }
    p.steps().iter().rev().find(|s| c.step_state(&s.id) != StepState::NotStarted).or_else(|| p.steps().first())
}

/// The list line's status: where the case stands, and the decisions taken.
fn listing_text(p: &Protocol, l: &Localizer, listing: &Listing) -> String {
    let mut parts = vec![status_text(p, l, &listing.status)];
    for (id, value) in &listing.decisions {
        if let Some(d) = p.decisions().iter().find(|d| &d.id == id) {
            parts.push(l.format(
                ftl("case-status-decision"),
                &[
                    ("number", d.number.to_string()),
                    ("answer", l.text(if *value { ftl("answer-ja") } else { ftl("answer-nee") })),
                ],
            ));
        }
    }
    parts.join(" · ")
}

fn status_text(p: &Protocol, l: &Localizer, status: &ListStatus) -> String {
    match status {
        ListStatus::Closed => l.text(ftl("case-status-closed")),
        ListStatus::ClosedAs(id) => l.format(
            ftl("case-status-closed-as"),
            &[("reason", p.close_reasons().iter().find(|r| &r.id == id).map(|r| l.text(&r.label)).unwrap_or_default())],
        ),
        ListStatus::Kindcheck => l.text(ftl("case-status-kindcheck")),
        ListStatus::InfoRequest(id) => {
            p.info().routes.iter().find(|r| &r.id == id).map(|r| l.text(&r.title)).unwrap_or_default()
        }
        ListStatus::Route(id) => p.routes().iter().find(|r| &r.id == id).map(|r| l.text(&r.title)).unwrap_or_default(),
        ListStatus::Step(id) => p
            .step(id)
            .map(|s| {
                l.format(ftl("case-status-step"), &[("number", s.number.to_string()), ("title", l.text(&s.title))])
            })
            .unwrap_or_default(),
        ListStatus::AllDone => l.text(ftl("case-status-all-done")),
    }
}

/// A list line from what the vault's summary holds (never the case document).
pub(crate) fn summary(p: &Protocol, l: &Localizer, e: &crate::store::ListEntry, listing: &Listing) -> CaseSummary {
    CaseSummary {
        id: e.id.clone(),
        alias: e.alias.clone(),
        field: p.field(&e.field).map(|f| l.text(&f.choice.label)).unwrap_or_default(),
        subject: p.subject(&e.subject).map(|s| l.text(&s.choice.label)).unwrap_or_default(),
        status: listing_text(p, l, listing),
        closed: e.closed_at.is_some(),
        updated: local(l, e.updated_at),
        updated_at: e.updated_at.to_rfc3339(),
        retention: None,
        due: None,
        monitoring: listing.monitoring.as_ref().map(|m| monitoring_text(p, l, m)),
        damaged: false,
    }
}

fn route_summary(p: &Protocol, l: &Localizer, pending: &Pending) -> String {
    let label = |q: &str| p.question(q).map(|q| (q.number.to_string(), l.text(&q.label))).unwrap_or_default();
    match pending {
        Pending::Question { question, .. } => {
            let (number, label) = label(question);
            if number == "1" {
                l.text(ftl("route-summary-start"))
            } else {
                l.format(ftl("route-summary-question"), &[("number", number), ("label", label)])
            }
        }
        Pending::FollowUp { question } => {
            let (number, label) = label(question);
            l.format(ftl("route-summary-follow-up"), &[("number", number), ("label", label)])
        }
        Pending::Advice { question } => {
            let (number, label) = label(question);
            l.format(ftl("route-summary-advice"), &[("number", number), ("label", label)])
        }
        Pending::Complete => l.text(ftl("route-summary-complete")),
    }
}

fn kindcheck(p: &Protocol, l: &Localizer, c: &Case) -> KindcheckView {
    let walk = c.kindcheck_walk(p);
    let kc = c.kindcheck.as_ref();
    let outcome = walk.as_ref().and_then(|w| w.outcome);
    let on_path = |q: &str| {
        walk.as_ref().is_some_and(|w| w.pending.as_deref() == Some(q) || w.answered.iter().any(|(a, _)| a == q))
    };
    let summary = match (kc, outcome) {
        (None, _) => String::new(),
        (Some(k), _) if k.closed.is_some() => l.format(
            ftl("kindcheck-summary-closed"),
            &[("date", k.closed.as_ref().map(|x| local(l, x.at)).unwrap_or_default())],
        ),
        (Some(_), Some(o)) => l.text(&o.text),
        (Some(_), None) => l.text(ftl("kindcheck-summary-open")),
    };
    KindcheckView {
        suggested: c.kindcheck_suggested(p).map(str::to_string),
        offered: c.kindcheck_offered(p),
        from_forms: c.oudersignalen_from_forms(p).into_iter().map(str::to_string).collect(),
        variant: kc.map(|k| k.variant.clone()),
        answered: walk
            .as_ref()
            .map(|w| {
                w.answered
                    .iter()
                    .map(|(q, o)| KindcheckAnsweredView { question: q.clone(), option: o.clone() })
                    .collect()
            })
            .unwrap_or_default(),
        pending: walk.as_ref().and_then(|w| w.pending.clone()),
        ask_children: p.kindcheck_questions().iter().any(|q| q.children && on_path(&q.id)),
        outcome: outcome.map(|o| KindcheckOutcomeView {
            id: o.id.clone(),
            text: l.text(&o.text),
            closes: o.closes,
            follow_meldcode: o.follow_meldcode,
            record_handover: o.record_handover,
            actions: o.actions.iter().map(|a| l.text(a)).collect(),
            provenance: provenance(p, &o.provenance),
        }),
        closed_at: kc.and_then(|k| k.closed.as_ref()).map(|x| local(l, x.at)),
        summary,
    }
}

fn profiles(p: &Protocol, l: &Localizer, c: &Case) -> ProfilesCaseView {
    let profile_label = |id: &str| p.profile(id).map(|x| l.text(&x.label)).unwrap_or_default();
    ProfilesCaseView {
        matches: c
            .profile_matches(p)
            .into_iter()
            .map(|m| ProfileMatchView {
                id: m.profile.id.clone(),
                label: l.text(&m.profile.label),
                indicators: m.indicators.iter().map(|i| l.text(&i.choice.label)).collect(),
                status: m.status.map(|s| match s {
                    HypothesisStatus::Confirmed => "confirmed",
                    HypothesisStatus::Rejected => "rejected",
                }),
            })
            .collect(),
        coercive_control: c.coercive_control(p).into_iter().map(|choice| l.text(&choice.label)).collect(),
        consequences: c
            .profile_consequences(p)
            .into_iter()
            .map(|a| ProfileConsequenceView {
                id: a.consequence.id.clone(),
                profile: a.consequence.profile.clone(),
                profile_label: profile_label(&a.consequence.profile),
                step: a.consequence.step.clone(),
                text: l.text(&a.consequence.text),
                suppressed: a.suppressed,
                withheld: a.withheld.map(|w| match w {
                    JointWithheld::CoerciveControl => "coercive-control",
                    JointWithheld::NotRuledOut => "not-ruled-out",
                }),
                withheld_reason: a.withheld.map(|w| match w {
                    JointWithheld::CoerciveControl => l.text(ftl("joint-withheld-coercive-control")),
                    JointWithheld::NotRuledOut => l.text(ftl("joint-withheld-not-ruled-out")),
                }),
                provenance: provenance(p, &a.consequence.provenance),
            })
            .collect(),
    }
}

pub(crate) fn case(p: &Protocol, l: &Localizer, c: &Case, today: NaiveDate) -> CaseView {
    let route = c.route(p);
    let (pending, pending_question, pending_with_vt) = match &route.pending {
        Pending::Question { question, with_veilig_thuis } => ("question", Some(question.clone()), *with_veilig_thuis),
        Pending::FollowUp { question } => ("follow-up", Some(question.clone()), false),
        Pending::Advice { question } => ("advice", Some(question.clone()), false),
        Pending::Complete => ("complete", None, false),
    };
    let field = p.field(&c.field).expect("validated on every edit");
    CaseView {
        five_steps: c.follows_five_steps(p),
        other_route: c.other_route(p).map(|r| OtherRouteView {
            id: r.id.clone(),
            title: l.text(&r.title),
            intro: l.text(&r.intro),
            actions: r.actions.iter().map(|a| l.text(a)).collect(),
            provenance: provenance(p, &r.provenance),
        }),
        stepper: p
            .steps()
            .iter()
            .map(|s| {
                let state = c.step_state(&s.id);
                StepperItem {
                    id: s.id.clone(),
                    number: s.number,
                    title: l.text(&s.title),
                    state,
                    state_label: l.text(state_label(state)),
                }
            })
            .collect(),
        route: RouteView {
            walked: route
                .walked
                .iter()
                .map(|w| WalkedView {
                    question: w.question.clone(),
                    answer: w.answer.id(),
                    outcome: w.outcome.clone(),
                    with_veilig_thuis: w.with_veilig_thuis,
                })
                .collect(),
            outcomes: route.outcomes.clone(),
            pending,
            pending_question,
            pending_with_veilig_thuis: pending_with_vt,
            suggests_melden: route.suggests_melden,
            suggests_hulp: route.suggests_hulp,
            meldnormen: route.meldnormen.clone(),
            summary: route_summary(p, l, &route.pending),
        },
        decision_states: {
            let unexplained = c.unexplained_departures(p);
            p.decisions()
                .iter()
                .map(|d| DecisionState {
                    id: d.id.clone(),
                    suggested: route.suggests(&d.id),
                    departs_without_reason: unexplained.contains(&d.id),
                })
                .collect()
        },
        kader: kader(p, l, p.kader(&field.kader).expect("validated: every field has a kader")),
        postpone_offered: c.postpone_offered(p),
        postponing_forms: c.postponing_reasons(p).into_iter().map(|choice| l.text(&choice.label)).collect(),
        acute_route: c.acute_route(p).then(|| AcuteRouteView {
            situations: c
                .active_situations(p)
                .into_iter()
                .map(|(m, via_quote)| active_marker(p, l, m, via_quote))
                .collect(),
            red_flags: c.active_red_flags(p).into_iter().map(|m| active_marker(p, l, m, false)).collect(),
            lines: p.acute_lines().iter().map(|g| acute_line(p, l, g)).collect(),
            actions: p.acute_actions().iter().map(|g| acute_line(p, l, g)).collect(),
            acknowledged: c
                .acute_acknowledged(p)
                .map(|a| AcuteAckView { at: local(l, a.at), actions: acute_action_texts(p, l, a.actions.iter()) }),
        }),
        attention: c.attention(p),
        coercive_control: c.coercive_control(p).into_iter().map(|choice| l.text(&choice.label)).collect(),
        asks_rule_out: c.asks_rule_out(p),
        safety_framing: c.safety_framing(p).map(|f| NoticeView {
            id: f.id.clone(),
            step: "wegen".to_string(),
            text: l.text(&f.text),
            provenance: provenance(p, &f.provenance),
        }),
        safety_help: {
            let cc = !c.coercive_control(p).is_empty();
            p.safety_questions()
                .iter()
                .map(|q| {
                    let help = if cc { q.help_coercive.as_ref().unwrap_or(&q.help) } else { &q.help };
                    (q.id.clone(), l.text(help))
                })
                .collect()
        },
        quotes_without_speaker: c.quotes_without_speaker().into_iter().map(|q| q.id.clone()).collect(),
        notices: c
            .notes(p)
            .into_iter()
            .map(|n| NoticeView {
                id: n.id.clone(),
                step: n.step.clone(),
                text: l.text(&n.text),
                provenance: provenance(p, &n.provenance),
            })
            .collect(),
        expected_consultations: {
            let missing = c.missing_consultations(p);
            field
                .expects_consultations
                .iter()
                .filter_map(|k| p.consultations().iter().find(|x| &x.id == k))
                .map(|k| ExpectedConsultation {
                    id: k.id.clone(),
                    label: l.text(&k.label),
                    recorded: !missing.contains(&k.id),
                })
                .collect()
        },
        ask_no_consultation_reason: !c.missing_consultations(p).is_empty(),
        kindcheck: kindcheck(p, l, c),
        profiles: profiles(p, l, c),
        steps_shown: c.steps_shown(p),

        created: local(l, c.created_at),
        updated: local(l, c.updated_at),
        closed_at: c.closed.as_ref().map(|x| local(l, x.at)),
        timeline: timeline(p, l, c),
        due: due(p, l, c, today),
        outputs: outputs(
            &meldwijzer_outputs::Ctx { protocol: p, l10n: l, today, local: &|t| t.with_timezone(&Local).naive_local() },
            c,
        ),
        info_request: info_request(p, l, c),
        adult: {
            let fields = meldwijzer_outputs::adult_fields(
                &meldwijzer_outputs::Ctx {
                    protocol: p,
                    l10n: l,
                    today,
                    local: &|t| t.with_timezone(&Local).naive_local(),
                },
                c,
            );
            (!fields.is_empty()).then(|| fields.into_iter().map(|(label, value)| LabelValue { label, value }).collect())
        },
        date_warnings: date_warnings(p, l, c),
        case: c.clone(),
    }
}

// ---------- Follow-ups, the timeline, outputs ----------

fn due_state(due: NaiveDate, today: NaiveDate) -> (&'static str, &'static str) {
    if due < today {
        ("overdue", ftl("due-overdue"))
    } else if due == today {
        ("today", ftl("due-today"))
    } else if (due - today).num_days() <= 7 {
        ("soon", ftl("due-soon"))
    } else {
        ("later", ftl("due-later"))
    }
}

pub(crate) fn due(p: &Protocol, l: &Localizer, c: &Case, today: NaiveDate) -> Vec<DueView> {
    c.due_items().into_iter().map(|d| due_view(p, l, d.due, &d.source, d.note, today)).collect()
}

/// The follow-up the case list shows, from the sealed list facts: the earliest that is
/// overdue, due today or within a week.
pub(crate) fn listed_first_due(p: &Protocol, l: &Localizer, listing: &Listing, today: NaiveDate) -> Option<DueView> {
    listing.dues.iter().map(|d| due_view(p, l, d.due, &d.source, String::new(), today)).find(|d| d.state != "later")
}

fn due_view(
    p: &Protocol,
    l: &Localizer,
    due: NaiveDate,
    source: &FollowUpSource,
    note: String,
    today: NaiveDate,
) -> DueView {
    let label = match source {
        FollowUpSource::Question { question } => {
            let (number, label) =
                p.question(question).map(|q| (q.number.to_string(), l.text(&q.label))).unwrap_or_default();
            l.format(ftl("due-question"), &[("number", number), ("label", label)])
        }
        FollowUpSource::VtAgreement { .. } => l.text(ftl("due-vt-agreement")),
        FollowUpSource::KindcheckCheckBack => l.text(ftl("due-kindcheck-check-back")),
        FollowUpSource::SafetyCondition { phase, .. } => match phase.as_deref().and_then(|x| p.monitoring_phase(x)) {
            Some((n, ph)) => {
                l.format(ftl("due-condition-phase"), &[("number", n.to_string()), ("label", l.text(&ph.label))])
            }
            None => l.text(ftl("due-condition")),
        },
    };
    let (state, state_label) = due_state(due, today);
    DueView {
        date: due.format("%Y-%m-%d").to_string(),
        date_label: due.format(&l.text(ftl("date-format"))).to_string(),
        label,
        note,
        state,
        state_label: l.text(state_label),
    }
}

fn log_text(p: &Protocol, l: &Localizer, e: &LogEvent) -> String {
    let q = |id: &str| p.question(id).map(|q| (q.number.to_string(), l.text(&q.label))).unwrap_or_default();
    let step = |id: &str| p.step(id).map(|s| (s.number.to_string(), l.text(&s.title))).unwrap_or_default();
    let date = |d: NaiveDate| d.format(&l.text(ftl("date-format"))).to_string();
    match e {
        LogEvent::Created => l.text(ftl("log-created")),
        LogEvent::StepDone { step: s, done } => {
            let (number, title) = step(s);
            l.format(
                if *done { ftl("log-step-done") } else { ftl("log-step-reopened") },
                &[("number", number), ("title", title)],
            )
        }
        LogEvent::Answer { question, value } => {
            let (number, label) = q(question);
            match value {
                Some(v) => l.format(
                    ftl("log-answer"),
                    &[("number", number), ("label", label), ("answer", l.text(answer_label(*v)))],
                ),
                None => l.format(ftl("log-answer-cleared"), &[("number", number), ("label", label)]),
            }
        }
        LogEvent::Decision { decision, value } => {
            let number =
                p.decisions().iter().find(|d| &d.id == decision).map(|d| d.number.to_string()).unwrap_or_default();
            match value {
                Some(v) => l.format(
                    ftl("log-decision"),
                    &[("number", number), ("answer", l.text(if *v { ftl("answer-ja") } else { ftl("answer-nee") }))],
                ),
                None => l.format(ftl("log-decision-cleared"), &[("number", number)]),
            }
        }
        LogEvent::FollowUp { question, due } => {
            let (number, label) = q(question);
            match due {
                Some(d) => l.format(ftl("log-follow-up"), &[("number", number), ("label", label), ("date", date(*d))]),
                None => l.format(ftl("log-follow-up-cleared"), &[("number", number), ("label", label)]),
            }
        }
        LogEvent::Gesprek { status } => l.text(match status.as_str() {
            "skipped" => ftl("log-gesprek-skipped"),
            "postponed" => ftl("log-gesprek-postponed"),
            _ => ftl("log-gesprek-planned"),
        }),
        LogEvent::CoerciveControlRuledOut { on } => match on {
            Some(d) => l.format(ftl("log-ruled-out"), &[("date", date(*d))]),
            None => l.text(ftl("log-ruled-out-cleared")),
        },
        LogEvent::Melding { on } => match on {
            Some(d) => l.format(ftl("log-melding"), &[("date", date(*d))]),
            None => l.text(ftl("log-melding-cleared")),
        },
        LogEvent::KindcheckClosed => l.text(ftl("log-kindcheck-closed")),
        LogEvent::AcuteAcknowledged { actions } => {
            l.format(ftl("log-acute-acknowledged"), &[("actions", acute_action_texts(p, l, actions.iter()).join(" "))])
        }
        LogEvent::Closed { step: s } => l.format(ftl("log-closed"), &[("number", step(s).0)]),
        LogEvent::Reopened => l.text(ftl("log-reopened")),
        LogEvent::Output { output, action, lang } => {
            let id = match action {
                OutputAction::Copied => ftl("log-output-copied"),
                OutputAction::Saved => ftl("log-output-saved"),
            };
            l.format(
                id,
                &[("output", l.text(meldwijzer_outputs::label_id(*output))), ("lang", l.text(language_label(lang)))],
            )
        }
        LogEvent::Exported => l.text(ftl("log-exported")),
        LogEvent::InfoGiven { how, on } => {
            let how = match how {
                Some(GivenHow::Schriftelijk) => l.text(ftl("log-info-given-schriftelijk")),
                Some(GivenHow::Mondeling) => l.text(ftl("log-info-given-mondeling")),
                Some(GivenHow::Niet) => l.text(ftl("log-info-given-niet")),
                None => l.text(ftl("log-info-given-open")),
            };
            let on = on.map(date).unwrap_or_else(|| l.text(ftl("log-no-date")));
            l.format(ftl("log-info-given"), &[("how", how), ("date", on)])
        }
        LogEvent::Dated { what, on } => {
            let label = match what.split_once(':') {
                Some(("decision", id)) => {
                    let number =
                        p.decisions().iter().find(|d| d.id == id).map(|d| d.number.to_string()).unwrap_or_default();
                    l.format(ftl("log-dated-decision"), &[("number", number)])
                }
                Some((_, id)) => l.format(ftl("log-dated-step"), &[("number", step(id).0)]),
                None => String::new(),
            };
            match on {
                Some(d) => l.format(ftl("log-dated"), &[("what", label), ("date", date(*d))]),
                None => l.format(ftl("log-dated-cleared"), &[("what", label)]),
            }
        }
        LogEvent::Overdracht { on, phase, conditions } => {
            use meldwijzer_protocol::overdracht::ConditionState;
            let count = |s: ConditionState| conditions.iter().filter(|x| **x == s).count().to_string();
            let phase = phase.as_deref().and_then(|x| p.monitoring_phase(x)).map(|(n, _)| n.to_string());
            l.format(
                ftl("log-overdracht"),
                &[
                    ("date", on.map(date).unwrap_or_else(|| l.text(ftl("log-no-date")))),
                    ("phase", phase.unwrap_or_else(|| "-".to_string())),
                    ("running", count(ConditionState::Running)),
                    ("met", count(ConditionState::Met)),
                    ("notmet", count(ConditionState::NotMet)),
                ],
            )
        }
        LogEvent::OverdrachtCleared => l.text(ftl("log-overdracht-cleared")),
        LogEvent::OutputReduced { output, on } => l.format(
            if *on { ftl("log-output-reduced") } else { ftl("log-output-full") },
            &[("output", l.text(meldwijzer_outputs::label_id(*output)))],
        ),
    }
}

pub(crate) fn timeline(p: &Protocol, l: &Localizer, c: &Case) -> Vec<TimelineEntry> {
    c.log
        .iter()
        .map(|e| TimelineEntry { at: e.at.to_rfc3339(), at_label: local(l, e.at), text: log_text(p, l, &e.event) })
        .collect()
}

/// Dates out of order, in words (a warning; the professional may be recording afterwards).
pub(crate) fn date_warnings(p: &Protocol, l: &Localizer, c: &Case) -> Vec<String> {
    let local_day = |t: DateTime<Utc>| t.with_timezone(&Local).date_naive();
    let date = |d: NaiveDate| d.format(&l.text(ftl("date-format"))).to_string();
    let decision =
        |id: &str| p.decisions().iter().find(|d| d.id == id).map(|d| d.number.to_string()).unwrap_or_default();
    c.date_warnings(&local_day)
        .into_iter()
        .map(|w| match w {
            DateWarning::DecisionBeforeConsultation { decision: d, decided_on, consultation, consulted_on } => l
                .format(
                    ftl("date-warning-decision"),
                    &[
                        ("number", decision(&d)),
                        ("decided", date(decided_on)),
                        (
                            "consultation",
                            p.consultations()
                                .iter()
                                .find(|k| k.id == consultation)
                                .map(|k| l.text(&k.label))
                                .unwrap_or_default(),
                        ),
                        ("consulted", date(consulted_on)),
                    ],
                ),
            DateWarning::StepBeforeItsRecord { step, done_on, last_on } => l.format(
                ftl("date-warning-step"),
                &[
                    ("number", p.step(&step).map(|s| s.number.to_string()).unwrap_or_default()),
                    ("done", date(done_on)),
                    ("last", date(last_on)),
                ],
            ),
            DateWarning::MeldingBeforeDecision { melding_on, decided_on } => {
                l.format(ftl("date-warning-melding"), &[("melding", date(melding_on)), ("decided", date(decided_on))])
            }
        })
        .collect()
}

/// The reason an output is refused, in the UI language.
pub(crate) fn refusal_text(l: &Localizer, r: &Refusal) -> String {
    match r {
        Refusal::SummaryOff => l.text("error-summary-off"),
        Refusal::SummaryUnsafe { recorded } => l.format("error-summary-unsafe", &[("recorded", recorded.join(", "))]),
        Refusal::NotForThisCase => l.text(ftl("error-output-not-for-case")),
        Refusal::NotForField { fields } => l.format("error-output-not-for-field", &[("fields", fields.join(", "))]),
        Refusal::Inzage { file, readers, reasons } => l.format(
            "error-output-inzage",
            &[("file", file.clone()), ("readers", readers.join(", ")), ("reasons", reasons.join("; "))],
        ),
    }
}

/// The outputs offered to the case's field, each with why it is refused, if it is.
pub(crate) fn outputs(ctx: &meldwijzer_outputs::Ctx<'_>, c: &Case) -> Vec<OutputChoice> {
    OutputKind::for_case(c)
        .into_iter()
        .filter(|k| c.output_offered(ctx.protocol, *k))
        .map(|k| {
            let refusal = meldwijzer_outputs::refusal(ctx, c, k);
            let reducible = k != OutputKind::Eenvoudig && !c.inzage_gates(ctx.protocol, k).is_empty();
            OutputChoice {
                id: k.id(),
                label: ctx.l10n.text(meldwijzer_outputs::label_id(k)),
                unsafe_on_paper: matches!(refusal, Some(Refusal::SummaryUnsafe { .. })),
                refused: refusal.map(|r| refusal_text(ctx.l10n, &r)),
                reducible,
                reduced: reducible && c.reduced_outputs.contains(&k),
            }
        })
        .collect()
}

fn finding_label(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Name => ftl("finding-name"),
        FindingKind::Phone => ftl("finding-phone"),
        FindingKind::Email => ftl("finding-email"),
        FindingKind::Postcode => ftl("finding-postcode"),
        FindingKind::Address => ftl("finding-address"),
        FindingKind::Bsn => ftl("finding-bsn"),
        FindingKind::BirthDate => ftl("finding-birth-date"),
    }
}

fn where_label(f: &meldwijzer_outputs::anon::FieldRef) -> &'static str {
    match (f.place, f.part) {
        ("adviesvraag", "household-role") => ftl("where-household-role"),
        ("adviesvraag", "household-note") => ftl("where-household-note"),
        ("adviesvraag", "concern") => ftl("where-concern"),
        ("adviesvraag", "own-possibilities") => ftl("where-own-possibilities"),
        ("adviesvraag", _) => ftl("where-question"),
        ("observation", "interpretation") => ftl("where-observation-interpretation"),
        ("observation", "by") => ftl("where-observation-by"),
        ("observation", _) => ftl("where-observation-fact"),
        ("quote", _) => ftl("where-quote"),
        ("consultation", _) => ftl("where-consultation"),
        ("conversation", _) => ftl("where-conversation"),
        ("gesprek", _) => ftl("where-gesprek"),
        ("answer", _) => ftl("where-answer"),
        ("safety-plan", _) => ftl("where-safety-plan"),
        _ => ftl("where-kindcheck"),
    }
}

pub(crate) fn warnings(l: &Localizer, ws: Vec<meldwijzer_outputs::Warning>) -> Vec<WarningView> {
    ws.into_iter()
        .map(|w| WarningView {
            where_label: l.text(where_label(&w.field)),
            findings: w
                .findings
                .into_iter()
                .map(|f| FindingView {
                    kind: f.kind.id(),
                    label: l.text(finding_label(f.kind)),
                    start: f.start,
                    end: f.end,
                    excerpt: f.excerpt,
                })
                .collect(),
            field: w.field,
            text: w.text,
        })
        .collect()
}
