//! The decision log: what an edit writes in it, judged against the case before and after.

use super::{Case, Edit, GesprekStatus, LogEvent};

/// What an edit writes in the decision log, judged against the case before and after: a
/// function of the case after the edit, so a change that changes nothing logs nothing.
pub(super) type Logger = Box<dyn FnOnce(&Case) -> Option<LogEvent>>;

/// The logger for `edit` on the case as it is `before`, or `None` for an edit the log ignores.
pub(super) fn log_event(before: &Case, edit: &Edit) -> Option<Logger> {
    Some(match edit {
        Edit::SetStepDone { step, done } => {
            let (step, done, was) = (step.clone(), *done, before.steps_done.contains_key(step));
            Box::new(move |_| (was != done).then_some(LogEvent::StepDone { step, done }))
        }
        Edit::SetAnswer { question, .. } => {
            let (question, was) = (question.clone(), before.answers.get(question).map(|a| a.value));
            Box::new(move |after| {
                let now = after.answers.get(&question).map(|a| a.value);
                (now != was).then_some(LogEvent::Answer { question, value: now })
            })
        }
        Edit::SetDecision { decision, .. } => {
            let (decision, was) = (decision.clone(), before.decisions.get(decision).map(|d| d.value));
            Box::new(move |after| {
                let now = after.decisions.get(&decision).map(|d| d.value);
                (now != was).then_some(LogEvent::Decision { decision, value: now })
            })
        }
        Edit::SetFollowUp { question, .. } => {
            let due_of = |c: &Case, q: &str| c.follow_ups.iter().find(|f| f.question == q).map(|f| f.due);
            let (question, was) = (question.clone(), due_of(before, question));
            Box::new(move |after| {
                let now = due_of(after, &question);
                (now != was).then_some(LogEvent::FollowUp { question, due: now })
            })
        }
        Edit::SetGesprek { .. } => {
            let status = |g: &GesprekStatus| match g {
                GesprekStatus::Planned => "planned",
                GesprekStatus::Skipped { .. } => "skipped",
                GesprekStatus::Postponed { .. } => "postponed",
            };
            let was = status(&before.gesprek);
            Box::new(move |after| {
                let now = status(&after.gesprek);
                (now != was).then(|| LogEvent::Gesprek { status: now.to_string() })
            })
        }
        Edit::SetCoerciveControlRuledOut { .. } => {
            let was = before.coercive_control_ruled_out;
            Box::new(move |after| {
                let on = after.coercive_control_ruled_out;
                (on != was).then_some(LogEvent::CoerciveControlRuledOut { on })
            })
        }
        Edit::SetActions { .. } => {
            let was = before.actions.melding_on;
            Box::new(move |after| {
                (after.actions.melding_on != was).then_some(LogEvent::Melding { on: after.actions.melding_on })
            })
        }
        Edit::SetKindcheckClosed { .. } => {
            let was = before.kindcheck.as_ref().is_some_and(|k| k.closed.is_some());
            Box::new(move |after| {
                (!was && after.kindcheck.as_ref().is_some_and(|k| k.closed.is_some()))
                    .then_some(LogEvent::KindcheckClosed)
            })
        }
        Edit::Close { step, .. } => {
            let step = step.clone();
            Box::new(move |_| Some(LogEvent::Closed { step }))
        }
        Edit::Reopen => {
            let was = before.closed.is_some();
            Box::new(move |_| was.then_some(LogEvent::Reopened))
        }
        Edit::RecordOutput { output, action, lang } => {
            let event = LogEvent::Output { output: *output, action: *action, lang: lang.clone() };
            Box::new(move |_| Some(event))
        }
        Edit::RecordExport => Box::new(|_| Some(LogEvent::Exported)),
        Edit::AcknowledgeAcute { actions } => {
            let actions: Vec<String> = actions.iter().cloned().collect();
            Box::new(move |_| Some(LogEvent::AcuteAcknowledged { actions }))
        }
        Edit::SetInfoRequest { .. } => {
            let of = |c: &Case| c.info_request.as_ref().map(|r| (r.given_how, r.given_on)).unwrap_or_default();
            let was = of(before);
            Box::new(move |after| {
                let (how, on) = of(after);
                ((how, on) != was).then_some(LogEvent::InfoGiven { how, on })
            })
        }
        Edit::SetDecisionDate { decision, on } => {
            let (what, on, was) = (format!("decision:{decision}"), *on, before.decision_dates.get(decision).copied());
            Box::new(move |_| (was != on).then_some(LogEvent::Dated { what, on }))
        }
        Edit::SetStepDate { step, on } => {
            let (what, on, was) = (format!("step:{step}"), *on, before.step_dates.get(step).copied());
            Box::new(move |_| (was != on).then_some(LogEvent::Dated { what, on }))
        }
        Edit::SetOutputReduced { output, on } => {
            let (output, on, was) = (*output, *on, before.reduced_outputs.contains(output));
            Box::new(move |_| (was != on).then_some(LogEvent::OutputReduced { output, on }))
        }
        Edit::SetOverdracht { .. } => {
            let facts = |c: &Case| c.overdracht.as_ref().map(|o| o.log_facts());
            let was = facts(before);
            Box::new(move |after| {
                let now = facts(after);
                (now != was).then_some(match now {
                    Some((on, phase, conditions)) => LogEvent::Overdracht { on, phase, conditions },
                    None => LogEvent::OverdrachtCleared,
                })
            })
        }
        _ => return None,
    })
}
