//! Dates as they happened: the date a decision was taken or a step completed is the one the
//! professional states (or the day it was clicked), and where order matters a date out of order
//! gets a warning, never a refusal: the professional may be recording afterwards.

use chrono::{DateTime, NaiveDate, Utc};

use crate::case::Case;

/// A recorded date that comes before something it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateWarning {
    /// A decision is dated before a consultation recorded in step 2 (the advice it rests on).
    DecisionBeforeConsultation {
        /// Decision id.
        decision: String,
        /// The decision's date.
        decided_on: NaiveDate,
        /// Consultation kind id.
        consultation: String,
        /// The consultation's date.
        consulted_on: NaiveDate,
    },
    /// A step is marked completed before the last dated item it records (a consultation in
    /// step 2, a conversation in step 3).
    StepBeforeItsRecord {
        /// Step id.
        step: String,
        /// The date it was completed.
        done_on: NaiveDate,
        /// The latest date recorded in it.
        last_on: NaiveDate,
    },
    /// The melding is dated before the decision to report.
    MeldingBeforeDecision {
        /// The melding's date.
        melding_on: NaiveDate,
        /// The decision's date.
        decided_on: NaiveDate,
    },
}

impl Case {
    /// The date a decision was taken: the stated one, or the local day it was clicked.
    pub fn decision_date(&self, id: &str, local_day: &dyn Fn(DateTime<Utc>) -> NaiveDate) -> Option<NaiveDate> {
        let d = self.decisions.get(id)?;
        Some(self.decision_dates.get(id).copied().unwrap_or_else(|| local_day(d.at)))
    }

    /// The date a step was completed: the stated one, or the local day it was marked done.
    pub fn step_date(&self, id: &str, local_day: &dyn Fn(DateTime<Utc>) -> NaiveDate) -> Option<NaiveDate> {
        let at = self.steps_done.get(id)?;
        Some(self.step_dates.get(id).copied().unwrap_or_else(|| local_day(*at)))
    }

    /// Every recorded date that comes before something it rests on, decisions first.
    pub fn date_warnings(&self, local_day: &dyn Fn(DateTime<Utc>) -> NaiveDate) -> Vec<DateWarning> {
        let mut out = Vec::new();
        for id in self.decisions.keys() {
            let Some(decided_on) = self.decision_date(id, local_day) else { continue };
            // The latest consultation after the decision is the one to name.
            if let Some(c) =
                self.consultations.iter().filter(|c| c.date.is_some_and(|d| d > decided_on)).max_by_key(|c| c.date)
            {
                out.push(DateWarning::DecisionBeforeConsultation {
                    decision: id.clone(),
                    decided_on,
                    consultation: c.kind.clone(),
                    consulted_on: c.date.unwrap_or(decided_on),
                });
            }
        }
        let last = |dates: Vec<Option<NaiveDate>>| dates.into_iter().flatten().max();
        for (step, last_on) in [
            ("consultatie", last(self.consultations.iter().map(|c| c.date).collect())),
            ("gesprek", last(self.conversations.iter().map(|c| c.date).collect())),
        ] {
            if let (Some(done_on), Some(last_on)) = (self.step_date(step, local_day), last_on) {
                if done_on < last_on {
                    out.push(DateWarning::StepBeforeItsRecord { step: step.to_string(), done_on, last_on });
                }
            }
        }
        if let (Some(melding_on), Some(decided_on)) = (
            self.actions.melding_on,
            self.decision_date("melden", local_day).filter(|_| self.decisions["melden"].value),
        ) {
            if melding_on < decided_on {
                out.push(DateWarning::MeldingBeforeDecision { melding_on, decided_on });
            }
        }
        out
    }
}
