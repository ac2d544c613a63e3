//! Ticks of content ids: forms, acute situations, red flags, oudersignalen and gezinsprofiel
//! indicators. They differ only in the set they tick and the content they are checked against.

use std::collections::BTreeSet;

use crate::case::{Case, EditError};
use crate::content::Protocol;

/// A set of content ids a case ticks on or off.
#[derive(Debug, Clone, Copy)]
pub(in crate::case) enum MarkerSet {
    /// Forms of violence (step 1).
    Form,
    /// Acute child situations (step 1).
    AcuteSituation,
    /// Escalation red flags (step 1).
    RedFlag,
    /// Oudersignalen, the Kindcheck's triggers (step 1).
    KindcheckTrigger,
    /// Gezinsprofiel indicators (step 4).
    ProfileIndicator,
}

/// Puts `item` in `set` or takes it out.
pub(super) fn toggle<T: Ord>(set: &mut BTreeSet<T>, item: T, on: bool) {
    if on {
        set.insert(item);
    } else {
        set.remove(&item);
    }
}

impl Case {
    /// Ticks (or unticks) `id` in the set `which`, after checking that content knows it.
    pub(super) fn set_marker(&mut self, p: &Protocol, which: MarkerSet, id: String, on: bool) -> Result<(), EditError> {
        let (known, kind, set) = match which {
            MarkerSet::Form => (p.form(&id).is_some(), "form", &mut self.forms),
            MarkerSet::AcuteSituation => (p.situation(&id).is_some(), "situation", &mut self.acute_situations),
            MarkerSet::RedFlag => (p.red_flag(&id).is_some(), "red-flag", &mut self.red_flags),
            MarkerSet::KindcheckTrigger => {
                (p.kindcheck_trigger(&id).is_some(), "kindcheck-trigger", &mut self.kindcheck_triggers)
            }
            MarkerSet::ProfileIndicator => {
                (p.profile_indicator(&id).is_some(), "profile-indicator", &mut self.profile_indicators)
            }
        };
        if !known {
            return Err(EditError::UnknownId { kind, id });
        }
        toggle(set, id, on);
        Ok(())
    }
}
