//! Composes each output from the case: which facts go where, in which order, in the output
//! language. Reads only the case and the content; every text is a Fluent message.

use chrono::{DateTime, NaiveDate, Utc};
use meldwijzer_document::{Block, Document, Field, Section};
use meldwijzer_protocol::case::{
    Case, GesprekStatus, HypothesisStatus, InfoSource, Informed, Observation, ObservationKind, OutputKind, StepState,
};
use meldwijzer_protocol::content::AnswerValue;

use crate::{ftl, Ctx};

/// A composer for one case in one language.
pub(crate) struct B<'a> {
    pub(crate) ctx: &'a Ctx<'a>,
    pub(crate) case: &'a Case,
}

fn section(heading: String, blocks: Vec<Block>) -> Section {
    Section { heading, blocks }
}

fn trimmed(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

impl B<'_> {
    fn t(&self, id: &str) -> String {
        self.ctx.l10n.text(id)
    }

    fn f(&self, id: &str, args: &[(&str, String)]) -> String {
        self.ctx.l10n.format(id, args)
    }

    fn date(&self, d: NaiveDate) -> String {
        d.format(&self.t(ftl("out-date-format"))).to_string()
    }

    fn when(&self, t: DateTime<Utc>) -> String {
        self.date((self.ctx.local)(t).date())
    }

    fn opt_date(&self, d: Option<NaiveDate>) -> String {
        d.map(|d| self.date(d)).unwrap_or_else(|| self.t(ftl("out-no-date")))
    }

    /// The text, or "not recorded".
    fn or_none(&self, s: &str) -> String {
        trimmed(s).map(str::to_string).unwrap_or_else(|| self.t(ftl("out-not-recorded")))
    }

    fn none_block(&self) -> Block {
        Block::Paragraph(self.t(ftl("out-not-recorded")))
    }

    fn bullets_or_none(&self, items: Vec<String>) -> Block {
        if items.is_empty() {
            self.none_block()
        } else {
            Block::Bullets(items)
        }
    }

    fn answer(&self, a: AnswerValue) -> String {
        self.t(match a {
            AnswerValue::Ja => ftl("answer-ja"),
            AnswerValue::Nee => ftl("answer-nee"),
            AnswerValue::WeetNiet => ftl("answer-weet-niet"),
        })
    }

    fn yes_no(&self, v: bool) -> String {
        self.t(if v { ftl("answer-ja") } else { ftl("answer-nee") })
    }

    fn field_label(&self) -> String {
        self.ctx.protocol.field(&self.case.field).map(|f| self.t(&f.choice.label)).unwrap_or_default()
    }

    fn subject_label(&self) -> String {
        self.ctx.protocol.subject(&self.case.subject).map(|s| self.t(&s.choice.label)).unwrap_or_default()
    }

    fn forms(&self) -> String {
        let labels: Vec<String> = self
            .ctx
            .protocol
            .forms()
            .iter()
            .filter(|f| self.case.forms.contains(&f.choice.id))
            .map(|f| self.t(&f.choice.label))
            .collect();
        if labels.is_empty() {
            self.t(ftl("out-not-recorded"))
        } else {
            labels.join(", ")
        }
    }

    fn source(&self, s: &InfoSource) -> String {
        match s {
            InfoSource::Own => self.t(ftl("out-source-own")),
            InfoSource::Told { by } => self.f(ftl("out-source-told"), &[("by", by.trim().to_string())]),
        }
    }

    /// "12-11-2026: fact (source)".
    fn observation(&self, o: &Observation) -> String {
        let line =
            self.f(ftl("out-observation"), &[("fact", o.fact.trim().to_string()), ("source", self.source(&o.source))]);
        match o.date {
            Some(d) => format!("{}: {line}", self.date(d)),
            None => line,
        }
    }

    /// As [`Self::observation`], without naming who told it: for a file the parents can read,
    /// which never names the child (or anyone) as the source of what was told.
    fn observation_unnamed(&self, o: &Observation) -> String {
        let source = match o.source {
            InfoSource::Own => self.t(ftl("out-source-own")),
            InfoSource::Told { .. } => self.t(ftl("out-source-told-unnamed")),
        };
        let line = self.f(ftl("out-observation"), &[("fact", o.fact.trim().to_string()), ("source", source)]);
        match o.date {
            Some(d) => format!("{}: {line}", self.date(d)),
            None => line,
        }
    }

    fn observations(&self, kind: ObservationKind) -> impl DoubleEndedIterator<Item = &Observation> {
        self.case.observations.iter().filter(move |o| o.kind == kind)
    }

    fn quotes(&self) -> Vec<String> {
        self.case
            .quotes
            .iter()
            .map(|q| {
                self.f(
                    ftl("out-quote"),
                    &[
                        ("words", q.words.trim().to_string()),
                        ("who", self.or_none(&q.who)),
                        ("date", self.date(q.said_at.date())),
                    ],
                )
            })
            .collect()
    }

    /// The quotes, each with the question or remark before it (what Veilig Thuis needs to
    /// weigh the words).
    fn quotes_with_question(&self) -> Vec<String> {
        self.case
            .quotes
            .iter()
            .zip(self.quotes())
            .map(|(q, line)| match trimmed(&q.question_before) {
                Some(b) => format!("{line}\n{}", self.f(ftl("out-question-before"), &[("question", b.to_string())])),
                None => line,
            })
            .collect()
    }

    /// As [`Self::observation`], with "datum onbekend" where no date is recorded.
    fn observation_dated(&self, o: &Observation) -> String {
        match o.date {
            Some(_) => self.observation(o),
            None => format!("{}: {}", self.t(ftl("out-no-date")), self.observation(o)),
        }
    }

    /// Who is suspected, with the relation when recorded.
    fn suspect_line(&self) -> String {
        let p = self.ctx.protocol;
        let suspect = p.suspect(&self.case.suspect).map(|s| self.t(&s.choice.label)).unwrap_or_default();
        match self.case.suspect_relation.as_deref().and_then(|r| p.suspect_relation(r)) {
            Some(r) => {
                self.f(ftl("out-suspect-relation"), &[("suspect", suspect), ("relation", self.t(&r.choice.label))])
            }
            None => suspect,
        }
    }

    /// The children the Kindcheck recorded, one line each, empty when nothing is recorded.
    fn kindcheck_children(&self) -> Vec<String> {
        let Some(kc) = self.case.kindcheck.as_ref() else { return Vec::new() };
        let c = &kc.children;
        let mut lines = Vec::new();
        if let Some(n) = c.number {
            lines.push(self.f(ftl("out-kc-number"), &[("number", n.to_string())]));
        }
        if let Some(a) = trimmed(&c.ages) {
            lines.push(self.f(ftl("out-kc-ages"), &[("ages", a.to_string())]));
        }
        if let Some(x) = trimmed(&c.carers) {
            lines.push(self.f(ftl("out-kc-carers"), &[("carers", x.to_string())]));
        }
        if let Some(x) = trimmed(&c.partner_children) {
            lines.push(self.f(ftl("out-kc-partner-children"), &[("children", x.to_string())]));
        }
        if let Some(pregnant) = c.pregnant {
            lines.push(self.f(ftl("out-kc-pregnant"), &[("answer", self.yes_no(pregnant))]));
        }
        lines
    }

    /// Whether the client was informed before the melding, with whom or why not.
    fn informed_line(&self) -> Option<String> {
        match &self.case.actions.informed {
            Informed::Unknown => None,
            Informed::Yes { date, whom, .. } => Some(
                self.f(ftl("out-informed-line-yes"), &[("whom", self.or_none(whom)), ("date", self.opt_date(*date))]),
            ),
            Informed::No { reason } => Some(self.f(ftl("out-informed-line-no"), &[("reason", self.or_none(reason))])),
        }
    }

    /// Step 3 skipped or postponed, with the reason; none while it is planned.
    fn gesprek_status_line(&self) -> Option<String> {
        let p = self.ctx.protocol;
        match &self.case.gesprek {
            GesprekStatus::Planned => None,
            GesprekStatus::Skipped { reason, note } => {
                let r = p.skip_reasons().iter().find(|x| &x.id == reason).map(|x| self.t(&x.label)).unwrap_or_default();
                Some(self.f(ftl("out-gesprek-skipped"), &[("reason", r), ("note", self.or_none(note))]))
            }
            GesprekStatus::Postponed { until, note } => {
                let r =
                    p.postpone_until().iter().find(|x| &x.id == until).map(|x| self.t(&x.label)).unwrap_or_default();
                Some(self.f(ftl("out-gesprek-postponed"), &[("until", r), ("note", self.or_none(note))]))
            }
        }
    }

    fn interpretations(&self) -> Vec<String> {
        self.case.observations.iter().filter_map(|o| trimmed(&o.interpretation).map(str::to_string)).collect()
    }

    fn consultation_lines(&self, with_outcome: bool) -> Vec<String> {
        let p = self.ctx.protocol;
        self.case
            .consultations
            .iter()
            .map(|c| {
                let kind =
                    p.consultations().iter().find(|k| k.id == c.kind).map(|k| self.t(&k.label)).unwrap_or_default();
                let mut line = format!("{}: {kind}", self.opt_date(c.date));
                if with_outcome {
                    if let Some(o) = trimmed(&c.outcome) {
                        line.push_str(". ");
                        line.push_str(&self.f(ftl("out-outcome"), &[("outcome", o.to_string())]));
                    }
                }
                line
            })
            .collect()
    }

    fn conversation_lines(&self, detail: bool) -> Vec<String> {
        let mut lines: Vec<String> = self
            .case
            .conversations
            .iter()
            .map(|c| {
                let mut line = self.f(
                    ftl("out-conversation"),
                    &[("date", self.opt_date(c.date)), ("with", self.or_none(&c.with_whom))],
                );
                if detail {
                    if c.separately {
                        line.push_str(&format!(" {}", self.t(ftl("out-conversation-separately"))));
                    }
                    if c.interpreter {
                        line.push_str(&format!(" {}", self.t(ftl("out-conversation-interpreter"))));
                    }
                    if let Some(v) = trimmed(&c.their_view) {
                        line.push_str(&format!("\n{}", self.f(ftl("out-their-view"), &[("view", v.to_string())])));
                    }
                }
                if let Some(a) = trimmed(&c.agreements) {
                    line.push_str(&format!("\n{}", self.f(ftl("out-agreements"), &[("agreements", a.to_string())])));
                }
                line
            })
            .collect();
        if detail {
            let p = self.ctx.protocol;
            match &self.case.gesprek {
                GesprekStatus::Planned => {}
                GesprekStatus::Skipped { reason, note } => {
                    let r =
                        p.skip_reasons().iter().find(|x| &x.id == reason).map(|x| self.t(&x.label)).unwrap_or_default();
                    lines.push(self.f(ftl("out-gesprek-skipped"), &[("reason", r), ("note", self.or_none(note))]));
                }
                GesprekStatus::Postponed { until, note } => {
                    let r = p
                        .postpone_until()
                        .iter()
                        .find(|x| &x.id == until)
                        .map(|x| self.t(&x.label))
                        .unwrap_or_default();
                    lines.push(self.f(ftl("out-gesprek-postponed"), &[("until", r), ("note", self.or_none(note))]));
                }
            }
        }
        lines
    }

    /// The Kindcheck as what was done, dated (when it was started), and after a handover when
    /// to check back.
    fn kindcheck_line(&self) -> Option<String> {
        let walk = self.case.kindcheck_walk(self.ctx.protocol)?;
        let kc = self.case.kindcheck.as_ref()?;
        let mut line = match walk.outcome {
            Some(o) => self
                .f(ftl("out-kindcheck-outcome"), &[("date", self.when(kc.started_at)), ("outcome", self.t(&o.record))]),
            None => self.t(ftl("out-kindcheck-open")),
        };
        if let (Some(d), Some(true)) = (kc.check_back, walk.outcome.map(|o| o.record_handover)) {
            line.push_str(&format!("\n{}", self.f(ftl("out-kindcheck-check-back"), &[("date", self.date(d))])));
        }
        if let Some(c) = self.case.kindcheck.as_ref().and_then(|k| k.closed.as_ref()) {
            line.push_str(&format!(
                "\n{}",
                self.f(ftl("out-kindcheck-closed"), &[("date", self.when(c.at)), ("note", c.note.trim().to_string())])
            ));
        }
        Some(line)
    }

    /// The acute situations the professional recorded: a record prints what was recorded, never
    /// what the app derived.
    fn acute_labels(&self) -> String {
        let p = self.ctx.protocol;
        let labels: Vec<String> = self
            .case
            .active_situations(p)
            .iter()
            .filter(|(_, via_quote)| !via_quote)
            .map(|(m, _)| self.t(&m.choice.label))
            .collect();
        if labels.is_empty() {
            self.t(ftl("out-not-recorded"))
        } else {
            labels.join("; ")
        }
    }

    /// The acute field, and beside it what the app suggested from recorded words that the
    /// professional has not confirmed, labelled as a suggestion.
    fn acute_fields(&self) -> Vec<Field> {
        let p = self.ctx.protocol;
        let mut fields = vec![Field::new(self.t(ftl("out-acute")), self.acute_labels())];
        let suggested: Vec<String> = self
            .case
            .active_situations(p)
            .iter()
            .filter(|(_, via_quote)| *via_quote)
            .map(|(m, _)| self.t(&m.choice.label))
            .collect();
        if !suggested.is_empty() {
            fields.push(Field::new(
                self.t(ftl("out-acute-suggested")),
                self.f(ftl("out-acute-suggested-value"), &[("situations", suggested.join("; "))]),
            ));
        }
        fields
    }

    fn red_flag_labels(&self) -> String {
        let labels: Vec<String> =
            self.case.active_red_flags(self.ctx.protocol).iter().map(|m| self.t(&m.choice.label)).collect();
        if labels.is_empty() {
            self.t(ftl("out-not-recorded"))
        } else {
            labels.join("; ")
        }
    }

    fn answer_line(&self, qid: &str) -> Option<String> {
        let q = self.ctx.protocol.question(qid)?;
        let a = self.case.answers.get(qid)?;
        let mut line = self.f(
            ftl("out-answer"),
            &[("number", q.number.to_string()), ("label", self.t(&q.label)), ("answer", self.answer(a.value))],
        );
        if let Some(r) = trimmed(&a.reason) {
            line.push_str(&format!(" {}", self.f(ftl("out-reason"), &[("reason", r.to_string())])));
        }
        Some(line)
    }

    fn answer_lines(&self) -> Vec<String> {
        self.ctx.protocol.questions().iter().filter_map(|q| self.answer_line(&q.id)).collect()
    }

    fn decision_lines(&self, with_reasons: bool) -> Vec<String> {
        self.ctx
            .protocol
            .decisions()
            .iter()
            .map(|d| {
                // The question only ("Beslissing 1: Is melden noodzakelijk?"), not the remark after it.
                let full = self.t(&d.text);
                let text = match full.find('?') {
                    Some(i) => full[..=i].to_string(),
                    None => full,
                };
                match self.case.decisions.get(&d.id) {
                    None => self.f(ftl("out-decision-open"), &[("decision", text)]),
                    Some(x) => {
                        let on = self.case.decision_dates.get(&d.id).copied();
                        let on = on.unwrap_or_else(|| (self.ctx.local)(x.at).date());
                        let mut line = self.f(
                            ftl("out-decision"),
                            &[("decision", text), ("answer", self.yes_no(x.value)), ("date", self.date(on))],
                        );
                        if with_reasons {
                            let reason = trimmed(&x.reason)
                                .map(str::to_string)
                                .unwrap_or_else(|| self.t(ftl("out-not-recorded")));
                            line.push_str(&format!("\n{}", self.f(ftl("out-reason"), &[("reason", reason)])));
                        }
                        line
                    }
                }
            })
            .collect()
    }

    fn due_lines(&self, mark_overdue: bool) -> Vec<String> {
        let p = self.ctx.protocol;
        self.case
            .due_items()
            .iter()
            .map(|d| {
                let what = match &d.source {
                    meldwijzer_protocol::case::FollowUpSource::Question { question } => {
                        let label = p.question(question).map(|q| self.t(&q.label)).unwrap_or_default();
                        self.f(ftl("out-follow-up-question"), &[("label", label)])
                    }
                    meldwijzer_protocol::case::FollowUpSource::VtAgreement { .. } => self.t(ftl("out-follow-up-vt")),
                    meldwijzer_protocol::case::FollowUpSource::KindcheckCheckBack => {
                        self.t(ftl("out-follow-up-kindcheck"))
                    }
                    meldwijzer_protocol::case::FollowUpSource::SafetyCondition { phase, .. } => {
                        let phase =
                            phase.as_deref().map(|x| self.phase(x)).unwrap_or_else(|| self.t(ftl("out-no-phase")));
                        self.f(ftl("out-follow-up-condition"), &[("phase", phase)])
                    }
                };
                let mut line = format!("{}: {what}", self.date(d.due));
                if let Some(n) = trimmed(&d.note) {
                    line.push_str(&format!(" — {n}"));
                }
                if mark_overdue && d.due < self.ctx.today {
                    line.push_str(&format!(" ({})", self.t(ftl("out-overdue"))));
                }
                line
            })
            .collect()
    }

    fn melding_blocks(&self, full: bool) -> Vec<Block> {
        let a = &self.case.actions;
        let r = &self.case.melding_record;
        let mut fields = vec![
            Field::new(
                self.t(ftl("out-melding-on")),
                a.melding_on.map(|d| self.date(d)).unwrap_or_else(|| self.t(ftl("out-not-recorded"))),
            ),
            Field::new(self.t(ftl("out-help")), self.or_none(&a.help)),
        ];
        match &a.informed {
            Informed::Unknown => fields.push(Field::new(self.t(ftl("out-informed")), self.t(ftl("out-not-recorded")))),
            Informed::Yes { date, whom, reaction } => {
                fields.push(Field::new(
                    self.t(ftl("out-informed")),
                    self.f(ftl("out-informed-yes"), &[("whom", self.or_none(whom)), ("date", self.opt_date(*date))]),
                ));
                if full {
                    fields.push(Field::new(self.t(ftl("out-informed-reaction")), self.or_none(reaction)));
                }
            }
            Informed::No { reason } => {
                fields.push(Field::new(self.t(ftl("out-informed")), self.t(ftl("answer-nee"))));
                if full {
                    fields.push(Field::new(self.t(ftl("out-informed-why-not")), self.or_none(reason)));
                }
            }
        }
        // The client's objections and how they were met: asked of whoever was told, and printed
        // whenever recorded.
        if full && (matches!(a.informed, Informed::Yes { .. }) || trimmed(&r.objections_met).is_some()) {
            fields.push(Field::new(self.t(ftl("out-objections-met")), self.or_none(&r.objections_met)));
        }
        let mut blocks = vec![Block::Fields(fields)];
        if full {
            let attempts: Vec<_> =
                r.attempts.iter().filter(|x| x.date.is_some() || trimmed(&x.how).is_some()).collect();
            let vt_agreements: Vec<_> =
                r.vt_agreements.iter().filter(|x| x.due.is_some() || trimmed(&x.what).is_some()).collect();
            if !attempts.is_empty() {
                blocks.push(Block::Paragraph(self.t(ftl("out-attempts"))));
                blocks.push(Block::Bullets(
                    attempts.iter().map(|x| format!("{}: {}", self.opt_date(x.date), self.or_none(&x.how))).collect(),
                ));
            }
            if !vt_agreements.is_empty() {
                blocks.push(Block::Paragraph(self.t(ftl("out-vt-agreements"))));
                blocks.push(Block::Bullets(
                    vt_agreements
                        .iter()
                        .map(|x| match x.due {
                            Some(d) => self.f(
                                ftl("out-vt-agreement-due"),
                                &[("what", self.or_none(&x.what)), ("date", self.date(d))],
                            ),
                            None => self.or_none(&x.what),
                        })
                        .collect(),
                ));
            }
        }
        blocks
    }

    /// "Fase 2: Stabiele veiligheid" for a monitoring phase id.
    fn phase(&self, id: &str) -> String {
        match self.ctx.protocol.monitoring_phase(id) {
            Some((n, ph)) => self.f(ftl("out-phase"), &[("number", n.to_string()), ("label", self.t(&ph.label))]),
            None => id.to_string(),
        }
    }

    /// After Veilig Thuis handed the family back: the overdracht, the phase, and each
    /// veiligheidsvoorwaarde with who watches it, its date and state.
    fn monitoring_section(&self) -> Option<Section> {
        use meldwijzer_protocol::overdracht::ConditionState;
        let o = self.case.overdracht.as_ref()?;
        let mut blocks = vec![Block::Fields(vec![
            Field::new(self.t(ftl("out-monitoring-received")), self.opt_date(o.received_on)),
            Field::new(self.t(ftl("out-monitoring-asks")), self.or_none(&o.asks)),
            Field::new(self.t(ftl("out-monitoring-call-back")), self.or_none(&o.call_back)),
            Field::new(
                self.t(ftl("out-monitoring-phase")),
                o.phase.as_deref().map(|x| self.phase(x)).unwrap_or_else(|| self.t(ftl("out-not-recorded"))),
            ),
        ])];
        blocks.push(Block::Paragraph(self.t(ftl("out-monitoring-conditions"))));
        blocks.push(
            self.bullets_or_none(
                o.conditions
                    .iter()
                    .map(|x| {
                        let state = self.t(match x.state {
                            ConditionState::Running => ftl("out-condition-running"),
                            ConditionState::Met => ftl("out-condition-met"),
                            ConditionState::NotMet => ftl("out-condition-not-met"),
                        });
                        let id = match x.state {
                            ConditionState::Running => ftl("out-monitoring-condition"),
                            _ => ftl("out-monitoring-condition-closed"),
                        };
                        self.f(
                            id,
                            &[
                                ("what", self.or_none(&x.what)),
                                ("who", self.or_none(&x.who)),
                                (
                                    "phase",
                                    x.phase
                                        .as_deref()
                                        .map(|p| self.phase(p))
                                        .unwrap_or_else(|| self.t(ftl("out-no-phase"))),
                                ),
                                ("date", self.opt_date(x.due)),
                                ("state", state),
                            ],
                        )
                    })
                    .collect(),
            ),
        );
        if o.back_to_veilig_thuis() {
            blocks.push(Block::Note(self.t(ftl("out-monitoring-back-to-vt"))));
        }
        Some(section(self.t(ftl("out-monitoring-heading")), blocks))
    }

    fn call_section(&self) -> Section {
        section(self.t(ftl("out-call-heading")), vec![Block::Paragraph(self.t(ftl("out-call-vt")))])
    }

    fn doc(&self, title: &str, subtitle: String, marked: bool, sections: Vec<Section>) -> Document {
        Document {
            lang: self.ctx.l10n.lang().to_string(),
            title: self.t(title),
            subtitle,
            marking: if marked { self.t(ftl("out-marking")) } else { String::new() },
            sections,
        }
    }

    fn alias_subtitle(&self) -> String {
        self.f(ftl("out-subtitle"), &[("alias", self.case.alias.clone()), ("date", self.date(self.ctx.today))])
    }

    // ---------- Adviesvraag ----------

    pub(crate) fn adviesvraag(&self) -> Document {
        let a = &self.case.adviesvraag;
        let p = self.ctx.protocol;
        let call = |s: &str| trimmed(s).map(str::to_string).unwrap_or_else(|| self.t(ftl("out-for-the-call")));
        let mut sections = vec![
            section(
                self.t(ftl("out-part-asker")),
                vec![
                    Block::Note(self.t(ftl("out-asker-note"))),
                    Block::Fields(vec![
                        Field::new(self.t(ftl("out-asker-name")), call(&a.asker.name)),
                        Field::new(self.t(ftl("out-asker-organisation")), call(&a.asker.organisation)),
                        Field::new(self.t(ftl("out-asker-role")), call(&a.asker.role)),
                        Field::new(self.t(ftl("out-asker-field")), self.field_label()),
                        Field::new(self.t(ftl("out-asker-relation")), call(&a.asker.relation)),
                        Field::new(self.t(ftl("out-asker-reach")), call(&a.asker.reach)),
                    ]),
                ],
            ),
            section(
                self.t(ftl("out-part-situation")),
                vec![
                    Block::Note(self.t(ftl("out-situation-note"))),
                    Block::Fields(vec![
                        Field::new(self.t(ftl("out-alias")), self.case.alias.clone()),
                        Field::new(self.t(ftl("out-subject")), self.subject_label()),
                        Field::new(self.t(ftl("out-suspect")), self.suspect_line()),
                        Field::new(self.t(ftl("out-forms")), self.forms()),
                    ]),
                ],
            ),
        ];
        // Household.
        let members: Vec<String> = a
            .household
            .iter()
            .filter(|m| m.age.is_some() || trimmed(&m.role).is_some())
            .map(|m| {
                let role = self.or_none(&m.role);
                match m.age {
                    Some(age) => self.f(ftl("out-member-age"), &[("role", role), ("age", age.to_string())]),
                    None => role,
                }
            })
            .collect();
        let children = self.kindcheck_children();
        let mut household =
            if members.is_empty() && !children.is_empty() { Vec::new() } else { vec![self.bullets_or_none(members)] };
        if !children.is_empty() {
            household.push(Block::Paragraph(self.t(ftl("out-kc-children"))));
            household.push(Block::Bullets(children));
        }
        if let Some(n) = trimmed(&a.household_note) {
            household.push(Block::Paragraph(n.to_string()));
        }
        sections.push(section(self.t(ftl("out-household")), household));
        // Signals as facts, the child's own words.
        let mut signals: Vec<String> =
            self.observations(ObservationKind::Signal).map(|o| self.observation_dated(o)).collect();
        signals.extend(self.quotes_with_question());
        sections.push(section(self.t(ftl("out-signals")), vec![self.bullets_or_none(signals)]));
        let interpretations = self.interpretations();
        if !interpretations.is_empty() {
            sections.push(section(
                self.t(ftl("out-interpretations")),
                vec![Block::Note(self.t(ftl("out-interpretations-note"))), Block::Bullets(interpretations)],
            ));
        }
        let counter: Vec<String> =
            self.observations(ObservationKind::CounterIndication).map(|o| self.observation_dated(o)).collect();
        sections.push(section(self.t(ftl("out-counter")), vec![self.bullets_or_none(counter)]));
        sections.push(section(
            self.t(ftl("out-protective-factors")),
            vec![Block::Paragraph(self.or_none(&a.protective_factors))],
        ));
        sections.push(section(
            self.t(ftl("out-other-professionals")),
            vec![Block::Paragraph(self.or_none(&a.other_professionals))],
        ));
        // What has been done.
        let mut done = self.consultation_lines(true);
        done.extend(self.conversation_lines(true));
        if self.case.conversations.is_empty() && self.case.gesprek == GesprekStatus::Planned {
            done.push(self.t(ftl("out-no-conversation-yet")));
        }
        done.extend(self.kindcheck_line());
        sections.push(section(self.t(ftl("out-done")), vec![Block::Bullets(done)]));
        // Current safety, and what was weighed so far.
        let mut fields = self.acute_fields();
        fields.push(Field::new(self.t(ftl("out-red-flags")), self.red_flag_labels()));
        let mut safety_blocks = vec![Block::Fields(fields)];
        safety_blocks.extend(self.labelled(ftl("out-answers"), self.answer_lines()));
        safety_blocks.extend(self.labelled(
            ftl("out-unsafe-situations"),
            self.case.safety_plan.unsafe_situations.iter().filter_map(|s| trimmed(s).map(str::to_string)).collect(),
        ));
        let texts: Vec<Field> = p
            .safety_questions()
            .iter()
            .filter_map(|q| {
                self.case
                    .safety_plan
                    .texts
                    .get(&q.id)
                    .and_then(|t| trimmed(t))
                    .map(|t| Field::new(self.t(&q.text), t.to_string()))
            })
            .collect();
        if !texts.is_empty() {
            safety_blocks.push(Block::Fields(texts));
        }
        sections.push(section(self.t(ftl("out-safety")), safety_blocks));
        // Concerns, own possibilities, profiles, the question.
        let concerns: Vec<String> = a
            .concerns
            .iter()
            .filter_map(|c| trimmed(c))
            .enumerate()
            .map(|(i, c)| format!("{}. {}", i + 1, c))
            .collect();
        sections.push(section(
            self.t(ftl("out-concerns")),
            vec![if concerns.is_empty() { self.none_block() } else { Block::Paragraph(concerns.join("\n")) }],
        ));
        sections.push(section(
            self.t(ftl("out-own-possibilities")),
            vec![Block::Paragraph(self.or_none(&a.own_possibilities))],
        ));
        if a.include_profiles {
            let open: Vec<String> = self
                .case
                .profile_matches(p)
                .iter()
                .filter(|m| m.status != Some(HypothesisStatus::Rejected))
                .map(|m| {
                    let label = self.t(&m.profile.label);
                    match m.status {
                        Some(HypothesisStatus::Confirmed) => {
                            self.f(ftl("out-profile-confirmed"), &[("profile", label)])
                        }
                        _ => self.f(ftl("out-profile-open"), &[("profile", label)]),
                    }
                })
                .collect();
            if !open.is_empty() {
                sections.push(section(
                    self.t(ftl("out-profiles")),
                    vec![Block::Note(self.t(ftl("out-profiles-note"))), Block::Bullets(open)],
                ));
            }
        }
        sections.push(section(self.t(ftl("out-question")), vec![Block::Paragraph(self.or_none(&a.question))]));
        sections.push(self.call_section());
        self.doc(ftl("out-adviesvraag-title"), self.alias_subtitle(), true, sections)
    }

    // ---------- Verslag ----------

    fn step_status(&self, step: &str) -> String {
        match self.case.step_state(step) {
            StepState::Done => {
                let local_day = |t: DateTime<Utc>| (self.ctx.local)(t).date();
                let at = self.case.step_date(step, &local_day).map(|d| self.date(d)).unwrap_or_default();
                self.f(ftl("out-step-done"), &[("date", at)])
            }
            StepState::InProgress => self.t(ftl("out-step-in-progress")),
            StepState::NotStarted => self.t(ftl("out-step-not-started")),
            StepState::ClosedEarly => {
                let at = self.case.closed.as_ref().map(|c| self.when(c.at)).unwrap_or_default();
                self.f(ftl("out-step-closed"), &[("date", at)])
            }
        }
    }

    fn labelled(&self, id: &str, items: Vec<String>) -> Vec<Block> {
        if items.is_empty() {
            Vec::new()
        } else {
            vec![Block::Paragraph(self.t(id)), Block::Bullets(items)]
        }
    }

    fn step_blocks(&self, step: &str) -> Vec<Block> {
        let p = self.ctx.protocol;
        let c = self.case;
        let mut blocks = vec![Block::Fields(vec![Field::new(self.t(ftl("out-step-status")), self.step_status(step))])];
        match step {
            "signalen" => {
                let mut fields = vec![Field::new(self.t(ftl("out-forms")), self.forms())];
                fields.extend(self.acute_fields());
                fields.push(Field::new(self.t(ftl("out-red-flags")), self.red_flag_labels()));
                blocks.push(Block::Fields(fields));
                let signals: Vec<String> = self
                    .observations(ObservationKind::Signal)
                    .map(|o| {
                        let mut line = self.observation(o);
                        if let Some(i) = trimmed(&o.interpretation) {
                            line.push_str(&format!(
                                "\n{}",
                                self.f(ftl("out-interpretation"), &[("text", i.to_string())])
                            ));
                        }
                        line
                    })
                    .collect();
                blocks.extend(self.labelled(ftl("out-signals"), signals));
                blocks.extend(self.labelled(
                    ftl("out-counter"),
                    self.observations(ObservationKind::CounterIndication).map(|o| self.observation(o)).collect(),
                ));
                let quotes: Vec<String> = c
                    .quotes
                    .iter()
                    .map(|q| {
                        let mut line = self.f(
                            ftl("out-quote"),
                            &[
                                ("words", q.words.trim().to_string()),
                                ("who", self.or_none(&q.who)),
                                ("date", self.date(q.said_at.date())),
                            ],
                        );
                        if let Some(b) = trimmed(&q.question_before) {
                            line.push_str(&format!(
                                "\n{}",
                                self.f(ftl("out-question-before"), &[("question", b.to_string())])
                            ));
                        }
                        if let Some(x) = trimmed(&q.context) {
                            line.push_str(&format!(
                                "\n{}",
                                self.f(ftl("out-quote-context"), &[("context", x.to_string())])
                            ));
                        }
                        line
                    })
                    .collect();
                blocks.extend(self.labelled(ftl("out-quotes"), quotes));
                if let Some(k) = self.kindcheck_line() {
                    // The line says "Kindcheck: …" itself.
                    blocks.push(Block::Paragraph(k));
                    // The record of a handover belongs in the client file, not in what goes out.
                    let handover = self.case.kindcheck.as_ref().map(|k| k.handover.trim()).unwrap_or_default();
                    if !handover.is_empty() {
                        blocks.push(Block::Fields(vec![Field::new(
                            self.t(ftl("out-kindcheck-handover")),
                            handover.to_string(),
                        )]));
                    }
                }
            }
            "consultatie" => {
                let lines: Vec<String> = c
                    .consultations
                    .iter()
                    .zip(self.consultation_lines(true))
                    .map(|(x, line)| match trimmed(&x.with_whom) {
                        Some(w) => format!("{line}\n{}", self.f(ftl("out-with-whom"), &[("with", w.to_string())])),
                        None => line,
                    })
                    .collect();
                blocks.push(self.bullets_or_none(lines));
                if let Some(r) = trimmed(&c.no_vt_advice_reason) {
                    blocks.push(Block::Fields(vec![Field::new(
                        self.t(ftl("out-no-consultation-reason")),
                        r.to_string(),
                    )]));
                }
            }
            "gesprek" => {
                blocks.push(self.bullets_or_none(self.conversation_lines(true)));
                blocks.extend(crate::adult::blocks(self.ctx, &c.adult));
            }
            "wegen" => {
                let kader =
                    p.field(&c.field).and_then(|f| p.kader(&f.kader)).map(|k| self.t(&k.label)).unwrap_or_default();
                blocks.push(Block::Fields(vec![Field::new(self.t(ftl("out-kader")), kader)]));
                blocks.extend(self.labelled(ftl("out-answers"), self.answer_lines()));
                let outcomes: Vec<String> =
                    c.route(p).outcomes.iter().filter_map(|o| p.outcome(o)).map(|o| self.t(&o.text)).collect();
                blocks.extend(self.labelled(ftl("out-route"), outcomes));
                blocks.extend(self.labelled(ftl("out-follow-ups"), self.due_lines(false)));
                let profiles: Vec<String> = c
                    .profile_matches(p)
                    .iter()
                    .map(|m| {
                        let label = self.t(&m.profile.label);
                        match m.status {
                            Some(HypothesisStatus::Confirmed) => {
                                self.f(ftl("out-profile-confirmed"), &[("profile", label)])
                            }
                            Some(HypothesisStatus::Rejected) => {
                                self.f(ftl("out-profile-rejected"), &[("profile", label)])
                            }
                            None => self.f(ftl("out-profile-open"), &[("profile", label)]),
                        }
                    })
                    .collect();
                if !profiles.is_empty() {
                    blocks.push(Block::Paragraph(self.t(ftl("out-profiles"))));
                    blocks.push(Block::Note(self.t(ftl("out-profiles-note"))));
                    blocks.push(Block::Bullets(profiles));
                }
                let plan = &c.safety_plan;
                blocks.extend(self.labelled(
                    ftl("out-unsafe-situations"),
                    plan.unsafe_situations.iter().filter_map(|s| trimmed(s).map(str::to_string)).collect(),
                ));
                let agreements: Vec<String> = plan
                    .agreements
                    .iter()
                    .filter(|a| a.by_when.is_some() || trimmed(&a.who).is_some() || trimmed(&a.what).is_some())
                    .map(|a| {
                        self.f(
                            ftl("out-safety-agreement"),
                            &[
                                ("who", self.or_none(&a.who)),
                                ("what", self.or_none(&a.what)),
                                ("date", self.opt_date(a.by_when)),
                            ],
                        )
                    })
                    .collect();
                blocks.extend(self.labelled(ftl("out-safety-agreements"), agreements));
            }
            "beslissen" => {
                blocks.push(Block::Bullets(self.decision_lines(true)));
                blocks.extend(self.melding_blocks(true));
            }
            _ => {}
        }
        blocks
    }

    pub(crate) fn verslag(&self) -> Document {
        let p = self.ctx.protocol;
        let c = self.case;
        let status = match &c.closed {
            Some(cl) => {
                let step = p.step(&cl.step).map(|s| s.number.to_string()).unwrap_or_default();
                self.f(ftl("out-case-closed"), &[("date", self.when(cl.at)), ("step", step)])
            }
            None => self.t(ftl("out-case-open")),
        };
        let suspect = self.suspect_line();
        let mut sections = vec![section(
            self.t(ftl("out-basics")),
            vec![Block::Fields(vec![
                Field::new(self.t(ftl("out-alias")), c.alias.clone()),
                Field::new(self.t(ftl("out-author")), self.or_none(&c.adviesvraag.asker.role)),
                Field::new(self.t(ftl("out-asker-field")), self.field_label()),
                Field::new(self.t(ftl("out-subject")), self.subject_label()),
                Field::new(self.t(ftl("out-suspect")), suspect),
                Field::new(self.t(ftl("out-started")), self.when(c.created_at)),
                Field::new(self.t(ftl("out-status")), status),
            ])],
        )];
        for s in p.steps() {
            let heading =
                self.f(ftl("out-step-heading"), &[("number", s.number.to_string()), ("title", self.t(&s.title))]);
            sections.push(section(heading, self.step_blocks(&s.id)));
        }
        sections.extend(self.monitoring_section());
        if let Some(cl) = &c.closed {
            sections.push(section(
                self.t(ftl("out-closure")),
                vec![Block::Fields(vec![
                    Field::new(self.t(ftl("out-reason-label")), self.or_none(&cl.reason)),
                    Field::new(self.t(ftl("out-in-dossier")), self.yes_no(cl.in_dossier)),
                ])],
            ));
        }
        self.doc(ftl("out-verslag-title"), self.alias_subtitle(), true, sections)
    }

    // ---------- SOEP ----------

    pub(crate) fn soep(&self) -> Document {
        let c = self.case;
        let mut s: Vec<String> = self.quotes();
        s.extend(
            c.observations.iter().filter(|o| matches!(o.source, InfoSource::Told { .. })).map(|o| self.observation(o)),
        );
        s.extend(c.conversations.iter().filter_map(|x| {
            trimmed(&x.their_view).map(|v| {
                self.f(
                    ftl("out-soep-view"),
                    &[("with", self.or_none(&x.with_whom)), ("date", self.opt_date(x.date)), ("view", v.to_string())],
                )
            })
        }));
        let o: Vec<String> =
            c.observations.iter().filter(|o| o.source == InfoSource::Own).map(|o| self.observation(o)).collect();
        let mut e = vec![self.f(ftl("out-soep-suspicion"), &[("forms", self.forms())])];
        e.extend(crate::adult::soep_lines(self.ctx, &c.adult));
        e.extend(self.interpretations());
        e.extend(self.answer_lines());
        let mut plan = self.consultation_lines(true);
        plan.extend(self.gesprek_status_line());
        plan.extend(self.kindcheck_line());
        plan.extend(self.decision_lines(false));
        if let Some(d) = c.actions.melding_on {
            plan.push(self.f(ftl("out-soep-melding"), &[("date", self.date(d))]));
        }
        plan.extend(self.informed_line());
        if let Some(h) = trimmed(&c.actions.help) {
            plan.push(self.f(ftl("out-soep-help"), &[("help", h.to_string())]));
        }
        plan.extend(self.due_lines(false));
        let sections = vec![
            section(self.t(ftl("out-soep-shield-heading")), vec![Block::Note(self.t(ftl("out-soep-shield")))]),
            section(self.t(ftl("out-soep-s")), vec![self.bullets_or_none(s)]),
            section(self.t(ftl("out-soep-o")), vec![self.bullets_or_none(o)]),
            section(self.t(ftl("out-soep-e")), vec![Block::Bullets(e)]),
            section(self.t(ftl("out-soep-p")), vec![self.bullets_or_none(plan)]),
        ];
        self.doc(ftl("out-soep-title"), self.alias_subtitle(), false, sections)
    }

    // ---------- Leerlingdossier ----------

    /// Facts and steps taken only: parents may read it. No interpretations, hypotheses, forms
    /// of violence, quotes, reasons or the skipping of a conversation; the melding only when
    /// those involved were told beforehand.
    pub(crate) fn leerlingdossier(&self) -> Document {
        let c = self.case;
        let seen: Vec<String> =
            self.observations(ObservationKind::Signal).map(|o| self.observation_unnamed(o)).collect();
        let also: Vec<String> =
            self.observations(ObservationKind::CounterIndication).map(|o| self.observation_unnamed(o)).collect();
        let mut steps = self.consultation_lines(false);
        steps.extend(self.conversation_lines(false));
        if let (Some(d), Informed::Yes { .. }) = (c.actions.melding_on, &c.actions.informed) {
            steps.push(self.f(ftl("out-soep-melding"), &[("date", self.date(d))]));
        }
        if let Some(h) = trimmed(&c.actions.help) {
            steps.push(self.f(ftl("out-soep-help"), &[("help", h.to_string())]));
        }
        steps.extend(c.due_items().iter().map(|d| self.f(ftl("out-next-moment"), &[("date", self.date(d.due))])));
        let mut sections =
            vec![self.shielded_section(), section(self.t(ftl("out-seen")), vec![self.bullets_or_none(seen)])];
        if !also.is_empty() {
            sections.push(section(self.t(ftl("out-also-seen")), vec![Block::Bullets(also)]));
        }
        sections.push(section(self.t(ftl("out-steps-taken")), vec![self.bullets_or_none(steps)]));
        self.doc(
            ftl("out-leerlingdossier-title"),
            self.f(ftl("out-date-line"), &[("date", self.date(self.ctx.today))]),
            false,
            sections,
        )
    }

    // ---------- Overdracht ----------

    pub(crate) fn overdracht(&self) -> Document {
        let p = self.ctx.protocol;
        let c = self.case;
        let stand = match &c.closed {
            Some(cl) => self.f(
                ftl("out-case-closed"),
                &[
                    ("date", self.when(cl.at)),
                    ("step", p.step(&cl.step).map(|s| s.number.to_string()).unwrap_or_default()),
                ],
            ),
            // After a melding the case is not "in step 1", whichever step was not marked done.
            None => match (c.actions.melding_on, p.steps().iter().find(|s| c.step_state(&s.id) != StepState::Done)) {
                (Some(d), _) => self.f(ftl("out-status-melding"), &[("date", self.date(d))]),
                (None, Some(s)) => {
                    self.f(ftl("out-now-at-step"), &[("number", s.number.to_string()), ("title", self.t(&s.title))])
                }
                (None, None) => self.t(ftl("out-all-steps-done")),
            },
        };
        let mut sections = vec![section(
            self.t(ftl("out-basics")),
            vec![Block::Fields(vec![
                Field::new(self.t(ftl("out-asker-field")), self.field_label()),
                Field::new(self.t(ftl("out-subject")), self.subject_label()),
                Field::new(self.t(ftl("out-forms")), self.forms()),
                Field::new(self.t(ftl("out-status")), stand),
            ])],
        )];
        let mut worries: Vec<String> =
            c.adviesvraag.concerns.iter().filter_map(|x| trimmed(x).map(str::to_string)).collect();
        if worries.is_empty() {
            worries = self.observations(ObservationKind::Signal).rev().take(3).map(|o| self.observation(o)).collect();
        }
        sections.push(section(self.t(ftl("out-main-worries")), vec![self.bullets_or_none(worries)]));
        let mut fields = self.acute_fields();
        fields.push(Field::new(self.t(ftl("out-red-flags")), self.red_flag_labels()));
        let mut safety = vec![Block::Fields(fields)];
        if !c.coercive_control(p).is_empty() {
            safety.push(Block::Note(self.t(ftl("out-coercive-control"))));
        }
        sections.push(section(self.t(ftl("out-safety")), safety));
        // The melding and whether the client was told (and why not: a colleague must know when
        // telling the client is dangerous).
        if c.actions.melding_on.is_some() || c.actions.informed != Informed::Unknown {
            sections.push(section(self.t(ftl("out-melding-heading")), self.melding_blocks(true)));
        }
        sections.extend(self.monitoring_section());
        let mut done = self.consultation_lines(false);
        done.extend(self.conversation_lines(true));
        done.extend(self.kindcheck_line());
        if let Some(h) = c.kindcheck.as_ref().and_then(|k| trimmed(&k.handover)) {
            done.push(self.f(ftl("out-kindcheck-handover-line"), &[("handover", h.to_string())]));
        }
        done.extend(self.decision_lines(false));
        sections.push(section(self.t(ftl("out-done")), vec![self.bullets_or_none(done)]));
        sections.push(section(self.t(ftl("out-next")), vec![self.bullets_or_none(self.due_lines(true))]));
        self.doc(ftl("out-overdracht-title"), self.alias_subtitle(), true, sections)
    }

    fn shielded_section(&self) -> Section {
        section(self.t(ftl("out-shielded-heading")), vec![Block::Note(self.t(ftl("out-shielded-leerlingdossier")))])
    }

    // ---------- Reduced notes (only what is safe where others can read) ----------

    /// The note for a file others can read, reduced to what is safe there: a clear line saying
    /// what was left out and why, and where the full record lives. Chosen by the professional
    /// while the full note is refused.
    /// The reasons are shown to the professional with the refusal, never in the note itself:
    /// naming them would tell the readers what the note leaves out.
    /// With `parent_reads` (the suspected parent can read the file) the professional's own
    /// findings are left out too.
    pub(crate) fn reduced(&self, kind: OutputKind, parent_reads: bool) -> Document {
        let next: Vec<String> = self
            .case
            .due_items()
            .iter()
            .map(|d| self.f(ftl("out-next-moment"), &[("date", self.date(d.due))]))
            .collect();
        let left_out = |what: &str| Block::Paragraph(self.f(ftl("out-reduced-left-out"), &[("what", self.t(what))]));
        match kind {
            OutputKind::Leerlingdossier => {
                let sections = vec![
                    self.shielded_section(),
                    section(
                        self.t(ftl("out-reduced-heading")),
                        vec![
                            left_out(ftl("out-reduced-what-leerlingdossier")),
                            Block::Paragraph(self.t(ftl("out-reduced-where-leerlingdossier"))),
                        ],
                    ),
                    section(self.t(ftl("out-steps-taken")), vec![self.bullets_or_none(next)]),
                ];
                self.doc(
                    ftl("out-reduced-leerlingdossier-title"),
                    self.f(ftl("out-date-line"), &[("date", self.date(self.ctx.today))]),
                    false,
                    sections,
                )
            }
            OutputKind::Soep => {
                let o: Vec<String> = self
                    .case
                    .observations
                    .iter()
                    .filter(|o| o.source == InfoSource::Own && !parent_reads)
                    .map(|o| self.observation(o))
                    .collect();
                let what = if parent_reads { ftl("out-reduced-what-soep-all") } else { ftl("out-reduced-what-soep") };
                let mut sections = vec![
                    section(self.t(ftl("out-soep-shield-heading")), vec![Block::Note(self.t(ftl("out-soep-shield")))]),
                    section(
                        self.t(ftl("out-reduced-heading")),
                        vec![left_out(what), Block::Paragraph(self.t(ftl("out-reduced-where-soep")))],
                    ),
                ];
                if !parent_reads {
                    sections.push(section(self.t(ftl("out-soep-o")), vec![self.bullets_or_none(o)]));
                }
                sections.push(section(self.t(ftl("out-soep-p")), vec![self.bullets_or_none(next)]));
                self.doc(ftl("out-reduced-soep-title"), self.alias_subtitle(), false, sections)
            }
            // Only the leerlingdossier and SOEP notes go into a file someone involved can read;
            // any other output declared so in content gets the pointer alone.
            _ => self.doc(
                crate::label_id(kind),
                self.alias_subtitle(),
                false,
                vec![section(
                    self.t(ftl("out-reduced-heading")),
                    vec![
                        left_out(ftl("out-reduced-what-other")),
                        Block::Paragraph(self.t(ftl("out-reduced-where-other"))),
                    ],
                )],
            ),
        }
    }

    // ---------- Eenvoudige samenvatting ----------

    pub(crate) fn eenvoudig(&self) -> Document {
        let s = &self.case.plain_summary;
        let para = |t: &str| {
            Block::Paragraph(trimmed(t).map(str::to_string).unwrap_or_else(|| self.t(ftl("out-plain-empty"))))
        };
        let mut call = vec![];
        if let Some(x) = trimmed(&s.contact) {
            call.push(Block::Paragraph(x.to_string()));
        }
        call.push(Block::Paragraph(self.t(ftl("out-plain-call"))));
        let sections = vec![
            section(self.t(ftl("out-plain-worries")), vec![para(&s.worries)]),
            section(self.t(ftl("out-plain-going-well")), vec![para(&s.going_well)]),
            section(self.t(ftl("out-plain-next")), vec![para(&s.next)]),
            section(self.t(ftl("out-plain-who")), call),
        ];
        self.doc(
            ftl("out-eenvoudig-title"),
            self.f(ftl("out-date-line"), &[("date", self.date(self.ctx.today))]),
            false,
            sections,
        )
    }
}
