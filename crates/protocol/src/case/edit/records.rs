//! The case's own record (alias, profile, suspect relation) and the records saved as a whole:
//! the adviesvraag, what was recorded around a melding, the plain-language summary, the draft
//! veiligheidsplan, an adult's wishes and an information request.

use std::collections::{BTreeMap, BTreeSet};

use crate::adult::AdultWishes;
use crate::case::{
    check_alias, check_profile, check_text, trim_trailing, AcuteAck, Adviesvraag, Case, EditContext, EditError,
    MeldingRecord, PlainSummary, SafetyPlan, MAX_AGE, MAX_CONCERNS, MAX_DRAFTS, MAX_DRAFT_ID, MAX_HOUSEHOLD,
    MAX_UNSAFE_SITUATIONS,
};
use crate::content::{Protocol, SafetyKind};
use crate::inforequest::InfoRequest;

/// An output language there is a locale for.
pub(super) fn check_output_lang(lang: &str) -> Result<(), EditError> {
    if matches!(lang, "nl" | "en") {
        Ok(())
    } else {
        Err(EditError::UnknownLanguage)
    }
}

impl Case {
    /// Changes the alias.
    pub(super) fn rename(&mut self, alias: &str) -> Result<(), EditError> {
        self.alias = check_alias(alias)?;
        Ok(())
    }

    /// Changes field, subject and suspect together.
    pub(super) fn set_profile(
        &mut self,
        p: &Protocol,
        field: String,
        subject: String,
        suspect: String,
    ) -> Result<(), EditError> {
        check_profile(p, &field, &subject, &suspect)?;
        self.field = field;
        self.subject = subject;
        self.suspect = suspect;
        Ok(())
    }

    /// Records who the suspected person is to the one the concern is about, or clears it.
    pub(super) fn set_suspect_relation(&mut self, p: &Protocol, relation: Option<String>) -> Result<(), EditError> {
        if let Some(r) = &relation {
            if p.suspect_relation(r).is_none() {
                return Err(EditError::UnknownId { kind: "suspect-relation", id: r.clone() });
            }
        }
        self.suspect_relation = relation;
        Ok(())
    }

    /// Saves the adviesvraag's own fields; empty household members and concerns are dropped.
    pub(super) fn set_adviesvraag(&mut self, adviesvraag: Adviesvraag) -> Result<(), EditError> {
        let mut a = adviesvraag;
        trim_trailing(&mut a.household, |m| m.role.trim().is_empty() && m.age.is_none());
        trim_trailing(&mut a.concerns, |c| c.trim().is_empty());
        if a.concerns.len() > MAX_CONCERNS
            || a.household.len() > MAX_HOUSEHOLD
            || a.household.iter().any(|m| m.age.is_some_and(|x| x > MAX_AGE))
        {
            return Err(EditError::AdviesvraagOutOfRange);
        }
        let asker = &a.asker;
        let texts = [
            &asker.name,
            &asker.organisation,
            &asker.role,
            &asker.relation,
            &asker.reach,
            &a.household_note,
            &a.own_possibilities,
            &a.question,
            &a.other_professionals,
            &a.protective_factors,
        ]
        .into_iter()
        .chain(a.household.iter().map(|m| &m.role))
        .chain(a.concerns.iter());
        for t in texts {
            check_text(t)?;
        }
        self.adviesvraag = a;
        Ok(())
    }

    /// Saves what was recorded around a melding; empty attempts and agreements are dropped.
    pub(super) fn set_melding_record(&mut self, record: MeldingRecord) -> Result<(), EditError> {
        let mut r = record;
        trim_trailing(&mut r.attempts, |x| x.date.is_none() && x.how.trim().is_empty());
        trim_trailing(&mut r.vt_agreements, |x| x.due.is_none() && x.what.trim().is_empty());
        for t in r
            .attempts
            .iter()
            .map(|x| &x.how)
            .chain(r.vt_agreements.iter().map(|x| &x.what))
            .chain(std::iter::once(&r.objections_met))
        {
            check_text(t)?;
        }
        self.melding_record = r;
        Ok(())
    }

    /// Saves the plain-language summary.
    pub(super) fn set_plain_summary(&mut self, summary: PlainSummary) -> Result<(), EditError> {
        for t in [&summary.worries, &summary.going_well, &summary.next, &summary.contact] {
            check_text(t)?;
        }
        self.plain_summary = summary;
        Ok(())
    }

    /// Saves the Top3 safety questions; empty situations, texts, agreements and scales are dropped.
    pub(super) fn set_safety_plan(&mut self, p: &Protocol, plan: SafetyPlan) -> Result<(), EditError> {
        let mut plan = plan;
        trim_trailing(&mut plan.unsafe_situations, |x| x.trim().is_empty());
        plan.texts.retain(|_, v| !v.trim().is_empty());
        trim_trailing(&mut plan.agreements, |a| {
            a.who.trim().is_empty() && a.what.trim().is_empty() && a.by_when.is_none()
        });
        trim_trailing(&mut plan.scales, |x| x.person.trim().is_empty() && x.score.is_none());
        if plan.unsafe_situations.len() > MAX_UNSAFE_SITUATIONS
            || plan.scales.iter().any(|x| x.score.is_some_and(|n| n > 10))
        {
            return Err(EditError::SafetyPlanOutOfRange);
        }
        for id in plan.texts.keys() {
            if !p.safety_questions().iter().any(|q| &q.id == id && q.kind == SafetyKind::Text) {
                return Err(EditError::UnknownId { kind: "safety-question", id: id.clone() });
            }
        }
        let texts = plan
            .unsafe_situations
            .iter()
            .chain(plan.texts.values())
            .chain(plan.agreements.iter().flat_map(|a| [&a.who, &a.what]))
            .chain(std::iter::once(&plan.monitor))
            .chain(plan.scales.iter().map(|x| &x.person));
        for t in texts {
            check_text(t)?;
        }
        self.safety_plan = plan;
        Ok(())
    }

    /// Records an adult client's own wishes and wilsbekwaamheid (not for a minor).
    pub(super) fn set_adult_wishes(&mut self, p: &Protocol, adult: AdultWishes) -> Result<(), EditError> {
        if p.subject(&self.subject).is_some_and(|s| s.minor) {
            return Err(EditError::AdultOnly);
        }
        adult.check()?;
        self.adult = adult;
        Ok(())
    }

    /// Records what an information request asked and what was given (only on such a case).
    pub(super) fn set_info_request(&mut self, p: &Protocol, info_request: InfoRequest) -> Result<(), EditError> {
        if self.info_request.is_none() {
            return Err(EditError::NotAnInfoRequest);
        }
        info_request.check(p, &self.field)?;
        self.info_request = Some(info_request);
        Ok(())
    }

    /// Acknowledges the acute route that holds, with what was done (acute action ids); the
    /// situations and red flags that hold now are kept with it, so a new one unfolds the route.
    pub(super) fn acknowledge_acute(
        &mut self,
        p: &Protocol,
        actions: BTreeSet<String>,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        if actions.is_empty() {
            return Err(EditError::Required { what: "acute-action" });
        }
        if let Some(a) = actions.iter().find(|a| !p.acute_actions().iter().any(|x| &x.id == *a)) {
            return Err(EditError::UnknownId { kind: "acute-action", id: a.clone() });
        }
        if !self.acute_route(p) {
            return Err(EditError::NoAcuteRoute);
        }
        let situations = self.active_situations(p).into_iter().map(|(m, _)| m.choice.id.clone()).collect();
        let red_flags = self.active_red_flags(p).into_iter().map(|m| m.choice.id.clone()).collect();
        self.acute_ack = Some(AcuteAck { at: ctx.now, actions, situations, red_flags });
        Ok(())
    }

    /// Keeps what was typed in fields that have no record yet, by field id; an empty text
    /// forgets that field's draft.
    pub(super) fn set_drafts(&mut self, drafts: BTreeMap<String, String>) -> Result<(), EditError> {
        for (id, text) in drafts {
            let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
            if id.is_empty() || id.len() > MAX_DRAFT_ID || !id.chars().all(plain) {
                return Err(EditError::DraftsOutOfRange);
            }
            check_text(&text)?;
            if text.trim().is_empty() {
                self.drafts.remove(&id);
            } else {
                self.drafts.insert(id, text);
            }
        }
        if self.drafts.len() > MAX_DRAFTS {
            return Err(EditError::DraftsOutOfRange);
        }
        Ok(())
    }
}
