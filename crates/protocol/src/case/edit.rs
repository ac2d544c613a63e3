//! Applying an [`Edit`] to a [`Case`]: the closed check, then one method per edit, grouped by
//! family in the submodules. Every method validates before it changes anything it keeps;
//! [`Case::apply`] works on a copy, so a refused edit leaves the case as it was.

mod items;
mod kindcheck;
mod markers;
mod overdracht;
mod records;
mod steps;

use super::{Case, Edit, EditContext, EditError};
use crate::content::Protocol;

use markers::MarkerSet;

impl Edit {
    /// Whether the edit may be applied to a closed case: renaming, reopening, and noting or
    /// preparing what is filed (an output copied, saved or reduced; an export). Every other
    /// edit on a closed case is refused with [`EditError::Closed`].
    pub fn allowed_when_closed(&self) -> bool {
        matches!(
            self,
            Edit::Rename { .. }
                | Edit::Reopen
                | Edit::RecordOutput { .. }
                | Edit::RecordExport
                | Edit::SetOutputReduced { .. }
        )
    }
}

impl Case {
    /// Applies one edit to `self` in place; on an error `self` may be half-changed, which is
    /// why only [`Case::apply`] calls this, on a copy.
    pub(super) fn apply_in_place(&mut self, p: &Protocol, edit: Edit, ctx: &EditContext) -> Result<(), EditError> {
        if self.closed.is_some() && !edit.allowed_when_closed() {
            return Err(EditError::Closed);
        }
        match edit {
            // The case itself: alias, profile, closing and what was filed.
            Edit::Rename { alias } => self.rename(&alias),
            Edit::SetProfile { field, subject, suspect } => self.set_profile(p, field, subject, suspect),
            Edit::SetAlsoAtHome { on } => {
                self.also_at_home = on;
                Ok(())
            }
            Edit::SetSuspectRelation { relation } => self.set_suspect_relation(p, relation),
            Edit::Close { step, reason, in_dossier, kind } => self.close(p, step, reason, in_dossier, kind, ctx),
            Edit::Reopen => {
                self.closed = None;
                Ok(())
            }
            Edit::RecordOutput { lang, .. } => records::check_output_lang(&lang),
            Edit::RecordExport => Ok(()),
            Edit::SetOutputReduced { output, on } => {
                markers::toggle(&mut self.reduced_outputs, output, on);
                Ok(())
            }
            // Ticks of content ids.
            Edit::SetForm { form, on } => self.set_marker(p, MarkerSet::Form, form, on),
            Edit::SetAcuteSituation { situation, on } => self.set_marker(p, MarkerSet::AcuteSituation, situation, on),
            Edit::SetRedFlag { flag, on } => self.set_marker(p, MarkerSet::RedFlag, flag, on),
            Edit::SetKindcheckTrigger { trigger, on } => self.set_marker(p, MarkerSet::KindcheckTrigger, trigger, on),
            Edit::SetProfileIndicator { indicator, on } => {
                self.set_marker(p, MarkerSet::ProfileIndicator, indicator, on)
            }
            // The Kindcheck.
            Edit::SetKindcheckVariant { variant } => self.set_kindcheck_variant(p, variant, ctx),
            Edit::SetKindcheckAnswer { question, option } => self.set_kindcheck_answer(p, question, option),
            Edit::SetKindcheckChildren { children } => self.set_kindcheck_children(children),
            Edit::SetKindcheckCheckBack { on } => self.set_kindcheck_check_back(on),
            Edit::SetKindcheckHandover { text } => self.set_kindcheck_handover(text),
            Edit::SetKindcheckClosed { note } => self.set_kindcheck_closed(p, note, ctx),
            // The lists of step 1 and 2.
            Edit::SaveObservation { observation } => self.save_observation(observation, ctx),
            Edit::SaveQuote { quote } => self.save_quote(p, quote, ctx),
            Edit::SaveConsultation { consultation } => self.save_consultation(p, consultation, ctx),
            Edit::SaveConversation { conversation } => self.save_conversation(conversation, ctx),
            Edit::RemoveItem { list, id } => self.remove_item(list, id),
            // The steps: consultation, conversation, afwegingen, decisions, actions, done.
            Edit::SetNoVtAdviceReason { reason } => self.set_no_vt_advice_reason(reason),
            Edit::SetGesprek { gesprek } => self.set_gesprek(p, gesprek),
            Edit::SetCoerciveControlRuledOut { on } => self.set_coercive_control_ruled_out(on),
            Edit::SetProfileHypothesis { profile, status } => self.set_profile_hypothesis(p, profile, status, ctx),
            Edit::SetAnswer { question, value, reason } => self.set_answer(p, question, value, reason, ctx),
            Edit::SetFollowUp { question, due, note } => self.set_follow_up(p, question, due, note),
            Edit::SetDecision { decision, value, reason } => self.set_decision(p, decision, value, reason, ctx),
            Edit::SetDecisionDate { decision, on } => self.set_decision_date(decision, on),
            Edit::SetActions { actions } => self.set_actions(actions),
            Edit::SetStepDone { step, done } => self.set_step_done(p, step, done, ctx),
            Edit::SetStepDate { step, on } => self.set_step_date(step, on),
            // Records saved as a whole.
            Edit::SetAdviesvraag { adviesvraag } => self.set_adviesvraag(adviesvraag),
            Edit::SetMeldingRecord { record } => self.set_melding_record(record),
            Edit::SetPlainSummary { summary } => self.set_plain_summary(summary),
            Edit::SetOverdracht { overdracht } => self.set_overdracht(p, overdracht),
            Edit::SetSafetyPlan { plan } => self.set_safety_plan(p, plan),
            Edit::SetAdultWishes { adult } => self.set_adult_wishes(p, adult),
            Edit::SetInfoRequest { info_request } => self.set_info_request(p, info_request),
            // The acute route acknowledged, and text typed where no record takes it yet.
            Edit::AcknowledgeAcute { actions } => self.acknowledge_acute(p, actions, ctx),
            Edit::SetDrafts { drafts } => self.set_drafts(drafts),
        }
    }
}
