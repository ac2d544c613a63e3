//! The lists of steps 1 to 3: observations, someone's own words, consultations and
//! conversations, each added or updated whole, and removed by id.

use crate::case::{
    check_text, Case, Consultation, ConsultationInput, Conversation, ConversationInput, EditContext, EditError,
    InfoSource, ItemList, Observation, ObservationInput, Quote, QuoteInput,
};
use crate::content::Protocol;

/// Puts `item` in place of the one with the same id, or appends it with `new_id`.
fn upsert<T>(
    list: &mut Vec<T>,
    id: Option<String>,
    new_id: &str,
    id_of: fn(&T) -> &str,
    make: impl FnOnce(String) -> T,
) -> Result<(), EditError> {
    match id {
        Some(id) => {
            let pos = list.iter().position(|x| id_of(x) == id).ok_or(EditError::NoSuchItem { id: id.clone() })?;
            list[pos] = make(id);
        }
        None => list.push(make(new_id.to_string())),
    }
    Ok(())
}

/// Removes the item with `id` from `list`; whether there was one.
fn remove<T>(list: &mut Vec<T>, id: &str, id_of: fn(&T) -> &str) -> bool {
    let before = list.len();
    list.retain(|x| id_of(x) != id);
    list.len() != before
}

impl Case {
    /// Adds or updates an observation: a fact is required, and who told it when it was told.
    pub(super) fn save_observation(&mut self, o: ObservationInput, ctx: &EditContext) -> Result<(), EditError> {
        check_text(&o.fact)?;
        check_text(&o.interpretation)?;
        if o.fact.trim().is_empty() {
            return Err(EditError::Required { what: "fact" });
        }
        if let InfoSource::Told { by } = &o.source {
            check_text(by)?;
            if by.trim().is_empty() {
                return Err(EditError::Required { what: "told-by" });
            }
        }
        upsert(
            &mut self.observations,
            o.id,
            &ctx.new_id,
            |x| &x.id,
            |id| Observation {
                id,
                kind: o.kind,
                fact: o.fact,
                date: o.date,
                source: o.source,
                interpretation: o.interpretation,
            },
        )
    }

    /// Adds or updates someone's own words: the words are required, the speaker must be known.
    pub(super) fn save_quote(&mut self, p: &Protocol, q: QuoteInput, ctx: &EditContext) -> Result<(), EditError> {
        for t in [&q.words, &q.question_before, &q.who, &q.context] {
            check_text(t)?;
        }
        if q.words.trim().is_empty() {
            return Err(EditError::Required { what: "words" });
        }
        if let Some(s) = q.speaker.as_ref().filter(|s| p.speaker(s).is_none()) {
            return Err(EditError::UnknownId { kind: "speaker", id: s.clone() });
        }
        upsert(
            &mut self.quotes,
            q.id,
            &ctx.new_id,
            |x| &x.id,
            |id| Quote {
                id,
                words: q.words,
                question_before: q.question_before,
                said_at: q.said_at,
                who: q.who,
                speaker: q.speaker,
                context: q.context,
            },
        )
    }

    /// Adds or updates a consultation of a kind content knows.
    pub(super) fn save_consultation(
        &mut self,
        p: &Protocol,
        c: ConsultationInput,
        ctx: &EditContext,
    ) -> Result<(), EditError> {
        if !p.consultations().iter().any(|k| k.id == c.kind) {
            return Err(EditError::UnknownId { kind: "consultation", id: c.kind });
        }
        check_text(&c.with_whom)?;
        check_text(&c.outcome)?;
        upsert(
            &mut self.consultations,
            c.id,
            &ctx.new_id,
            |x| &x.id,
            |id| Consultation { id, kind: c.kind, with_whom: c.with_whom, date: c.date, outcome: c.outcome },
        )
    }

    /// Adds or updates a conversation.
    pub(super) fn save_conversation(&mut self, c: ConversationInput, ctx: &EditContext) -> Result<(), EditError> {
        for t in [&c.with_whom, &c.their_view, &c.agreements] {
            check_text(t)?;
        }
        upsert(
            &mut self.conversations,
            c.id,
            &ctx.new_id,
            |x| &x.id,
            |id| Conversation {
                id,
                date: c.date,
                with_whom: c.with_whom,
                separately: c.separately,
                interpreter: c.interpreter,
                their_view: c.their_view,
                agreements: c.agreements,
            },
        )
    }

    /// Removes an item from one of the lists; [`EditError::NoSuchItem`] when it is not there.
    pub(super) fn remove_item(&mut self, list: ItemList, id: String) -> Result<(), EditError> {
        let removed = match list {
            ItemList::Observation => remove(&mut self.observations, &id, |x| &x.id),
            ItemList::Quote => remove(&mut self.quotes, &id, |x| &x.id),
            ItemList::Consultation => remove(&mut self.consultations, &id, |x| &x.id),
            ItemList::Conversation => remove(&mut self.conversations, &id, |x| &x.id),
        };
        if removed {
            Ok(())
        } else {
            Err(EditError::NoSuchItem { id })
        }
    }
}
