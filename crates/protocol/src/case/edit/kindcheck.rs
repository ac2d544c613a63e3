//! The Kindcheck in step 1: start it in a variant, answer it, record the children and the
//! handover, and close it when its outcome allows.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::case::{check_text, Case, EditContext, EditError, Kindcheck, KindcheckChildren, KindcheckClosure};
use crate::content::Protocol;

impl Case {
    /// Starts the Kindcheck in `variant`, switches variant (answers are kept, a closure is
    /// not), or removes it (`None`).
    pub(super) fn set_kindcheck_variant(
        &mut self,
        p: &Protocol,
        variant: Option<String>,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        let Some(v) = variant else {
            self.kindcheck = None;
            return Ok(());
        };
        if p.kindcheck_variant(&v).is_none() {
            return Err(EditError::UnknownId { kind: "kindcheck-variant", id: v });
        }
        match &mut self.kindcheck {
            Some(kc) => {
                if kc.variant != v {
                    kc.variant = v;
                    kc.closed = None;
                }
            }
            None => {
                // A recorded form that is an oudersignaal answers the first question, where
                // content says so; the professional can change the answer. (A ticked
                // oudersignaal leaves the question to the professional.)
                let mut answers = BTreeMap::new();
                let start = p.kindcheck_variant(&v).and_then(|x| p.kindcheck_question(&x.start));
                if let Some((q, o)) = start.and_then(|q| q.oudersignaal_option.as_ref().map(|o| (q, o))) {
                    if !self.oudersignalen_from_forms(p).is_empty() {
                        answers.insert(q.id.clone(), o.clone());
                    }
                }
                self.kindcheck = Some(Kindcheck {
                    variant: v,
                    started_at: ctx.now,
                    answers,
                    children: KindcheckChildren::default(),
                    closed: None,
                    handover: String::new(),
                    check_back: None,
                })
            }
        }
        Ok(())
    }

    /// Answers a Kindcheck question or clears the answer; reopens a closed check.
    pub(super) fn set_kindcheck_answer(
        &mut self,
        p: &Protocol,
        question: String,
        option: Option<String>,
    ) -> Result<(), EditError> {
        let Some(q) = p.kindcheck_question(&question) else {
            return Err(EditError::UnknownId { kind: "kindcheck-question", id: question });
        };
        if let Some(o) = &option {
            if !q.options.iter().any(|x| &x.id == o) {
                return Err(EditError::UnknownId { kind: "kindcheck-option", id: o.clone() });
            }
        }
        let kc = self.kindcheck_mut()?;
        match option {
            Some(o) => kc.answers.insert(question, o),
            None => kc.answers.remove(&question),
        };
        kc.closed = None;
        Ok(())
    }

    /// Records the children the Kindcheck asks about.
    pub(super) fn set_kindcheck_children(&mut self, children: KindcheckChildren) -> Result<(), EditError> {
        for t in [&children.ages, &children.partner_children, &children.carers] {
            check_text(t)?;
        }
        self.kindcheck_mut()?.children = children;
        Ok(())
    }

    /// Plans (or clears) the date to check back after a handover.
    pub(super) fn set_kindcheck_check_back(&mut self, on: Option<NaiveDate>) -> Result<(), EditError> {
        self.kindcheck_mut()?.check_back = on;
        Ok(())
    }

    /// Records to whom the concern was handed over (empty clears it).
    pub(super) fn set_kindcheck_handover(&mut self, text: String) -> Result<(), EditError> {
        check_text(&text)?;
        self.kindcheck_mut()?.handover = text;
        Ok(())
    }

    /// Closes the Kindcheck with a dated note when its outcome closes it, or reopens it (`None`).
    pub(super) fn set_kindcheck_closed(
        &mut self,
        p: &Protocol,
        note: Option<String>,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        let closes = self.kindcheck_walk(p).and_then(|w| w.outcome).is_some_and(|o| o.closes);
        let kc = self.kindcheck_mut()?;
        match note {
            None => kc.closed = None,
            Some(note) => {
                check_text(&note)?;
                if note.trim().is_empty() {
                    return Err(EditError::ReasonEmpty);
                }
                if !closes {
                    return Err(EditError::KindcheckNotClosable);
                }
                kc.closed = Some(KindcheckClosure { at: ctx.now, note });
            }
        }
        Ok(())
    }

    /// The started Kindcheck, or [`EditError::KindcheckNotStarted`].
    fn kindcheck_mut(&mut self) -> Result<&mut Kindcheck, EditError> {
        self.kindcheck.as_mut().ok_or(EditError::KindcheckNotStarted)
    }
}
