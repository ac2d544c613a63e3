//! The five steps' own records: the consultation not held, the conversation of step 3, the
//! gezinsprofiel judgements, the afwegingen and their follow-ups, the decisions and what was
//! done, steps marked done and dated, and closing the case.

use chrono::NaiveDate;

use crate::case::{
    check_text, Actions, Answer, Case, Closure, Decision, EditContext, EditError, FollowUp, GesprekStatus,
    HypothesisStatus, Informed, ProfileHypothesis,
};
use crate::content::{AnswerValue, Protocol};

impl Case {
    /// Records why a consultation the field expects was not held (empty clears it).
    pub(super) fn set_no_vt_advice_reason(&mut self, reason: String) -> Result<(), EditError> {
        check_text(&reason)?;
        self.no_vt_advice_reason = reason;
        Ok(())
    }

    /// Step 3 held (planned), skipped for a known reason, or postponed where that is offered.
    pub(super) fn set_gesprek(&mut self, p: &Protocol, gesprek: GesprekStatus) -> Result<(), EditError> {
        match &gesprek {
            GesprekStatus::Planned => {}
            GesprekStatus::Skipped { reason, note } => {
                if !p.skip_reasons().iter().any(|r| &r.id == reason) {
                    return Err(EditError::UnknownId { kind: "skip-reason", id: reason.clone() });
                }
                check_text(note)?;
            }
            GesprekStatus::Postponed { until, note } => {
                if !p.postpone_until().iter().any(|r| &r.id == until) {
                    return Err(EditError::UnknownId { kind: "postpone-until", id: until.clone() });
                }
                if !self.postpone_offered(p) {
                    return Err(EditError::PostponeNotOffered);
                }
                check_text(note)?;
            }
        }
        self.gesprek = gesprek;
        Ok(())
    }

    /// Records (or unrecords) that dwingende controle was ruled out; needs a separate conversation.
    pub(super) fn set_coercive_control_ruled_out(&mut self, on: Option<NaiveDate>) -> Result<(), EditError> {
        if on.is_some() && !self.conversations.iter().any(|c| c.separately) {
            return Err(EditError::SeparateTalkRequired);
        }
        self.coercive_control_ruled_out = on;
        Ok(())
    }

    /// Confirms or rejects a gezinsprofiel hypothesis, or clears the judgement.
    pub(super) fn set_profile_hypothesis(
        &mut self,
        p: &Protocol,
        profile: String,
        status: Option<HypothesisStatus>,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        if p.profile(&profile).is_none() {
            return Err(EditError::UnknownId { kind: "profile", id: profile });
        }
        match status {
            Some(status) => self.profile_hypotheses.insert(profile, ProfileHypothesis { status, at: ctx.now }),
            None => self.profile_hypotheses.remove(&profile),
        };
        Ok(())
    }

    /// Answers an afweging, or clears the answer.
    pub(super) fn set_answer(
        &mut self,
        p: &Protocol,
        question: String,
        value: Option<AnswerValue>,
        reason: String,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        if p.question(&question).is_none() {
            return Err(EditError::UnknownId { kind: "question", id: question });
        }
        check_text(&reason)?;
        match value {
            Some(value) => {
                self.answers.insert(question, Answer { value, reason, at: ctx.now });
            }
            None => {
                self.answers.remove(&question);
            }
        }
        Ok(())
    }

    /// Plans (or clears, `due: None`) the follow-up for an afweging about a later moment.
    pub(super) fn set_follow_up(
        &mut self,
        p: &Protocol,
        question: String,
        due: Option<NaiveDate>,
        note: String,
    ) -> Result<(), EditError> {
        if p.question(&question).is_none() {
            return Err(EditError::UnknownId { kind: "question", id: question });
        }
        check_text(&note)?;
        self.follow_ups.retain(|f| f.question != question);
        if let Some(due) = due {
            self.follow_ups.push(FollowUp { question, due, note });
        }
        Ok(())
    }

    /// Takes or clears a step-5 decision; one that departs from the route needs a reason.
    pub(super) fn set_decision(
        &mut self,
        p: &Protocol,
        decision: String,
        value: Option<bool>,
        reason: String,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        if !p.decisions().iter().any(|d| d.id == decision) {
            return Err(EditError::UnknownId { kind: "decision", id: decision });
        }
        check_text(&reason)?;
        match value {
            None => {
                self.decisions.remove(&decision);
                self.decision_dates.remove(&decision);
            }
            Some(value) => {
                let suggested = self.route(p).suggests(&decision);
                if suggested.is_some_and(|s| s != value) && reason.trim().is_empty() {
                    return Err(EditError::ReasonRequired);
                }
                self.decisions.insert(decision, Decision { value, reason, at: ctx.now });
            }
        }
        Ok(())
    }

    /// States (or clears) the date on which a decision already taken was taken.
    pub(super) fn set_decision_date(&mut self, decision: String, on: Option<NaiveDate>) -> Result<(), EditError> {
        if !self.decisions.contains_key(&decision) {
            return Err(EditError::NoSuchItem { id: decision });
        }
        match on {
            Some(d) => self.decision_dates.insert(decision, d),
            None => self.decision_dates.remove(&decision),
        };
        Ok(())
    }

    /// Records what was done in step 5.
    pub(super) fn set_actions(&mut self, actions: Actions) -> Result<(), EditError> {
        check_text(&actions.help)?;
        match &actions.informed {
            Informed::Unknown => {}
            Informed::Yes { reaction, whom, .. } => {
                check_text(reaction)?;
                check_text(whom)?;
            }
            Informed::No { reason } => check_text(reason)?,
        }
        self.actions = actions;
        Ok(())
    }

    /// Marks a step done (now), or not done (which also drops its stated date).
    pub(super) fn set_step_done(
        &mut self,
        p: &Protocol,
        step: String,
        done: bool,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        if p.step(&step).is_none() {
            return Err(EditError::UnknownId { kind: "step", id: step });
        }
        if done {
            self.steps_done.insert(step, ctx.now);
        } else {
            self.steps_done.remove(&step);
            self.step_dates.remove(&step);
        }
        Ok(())
    }

    /// States (or clears) the date on which a step already done was completed.
    pub(super) fn set_step_date(&mut self, step: String, on: Option<NaiveDate>) -> Result<(), EditError> {
        if !self.steps_done.contains_key(&step) {
            return Err(EditError::NoSuchItem { id: step });
        }
        match on {
            Some(d) => self.step_dates.insert(step, d),
            None => self.step_dates.remove(&step),
        };
        Ok(())
    }

    /// Closes the case at a step, with a reason ("vermoeden weggenomen").
    pub(super) fn close(
        &mut self,
        p: &Protocol,
        step: String,
        reason: String,
        in_dossier: bool,
        kind: Option<String>,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        if p.step(&step).is_none() {
            return Err(EditError::UnknownId { kind: "step", id: step });
        }
        if let Some(k) = &kind {
            if !p.close_reasons().iter().any(|x| &x.id == k) {
                return Err(EditError::UnknownId { kind: "close-reason", id: k.clone() });
            }
        }
        check_text(&reason)?;
        // A reason chosen from the list, or one in the professional's own words.
        if kind.is_none() && reason.trim().is_empty() {
            return Err(EditError::ReasonEmpty);
        }
        self.closed = Some(Closure { step, reason, kind, at: ctx.now, in_dossier });
        Ok(())
    }
}
