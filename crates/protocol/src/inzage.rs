//! Records others can read (meldcode.md §12): who reads the file an output goes into, and what
//! in the case makes a note for such a file unsafe as a whole. Which files are read by whom,
//! which forms are unsafe on paper, which skip reasons are about safety and which relation is a
//! parent all come from content.

use crate::case::{Case, GesprekStatus, OutputKind};
use crate::content::{Protocol, Reader};

/// Why a note for a file that someone involved can read is not safe as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InzageGate {
    /// Step 3 is postponed until Veilig Thuis or the police has been consulted.
    Postponed,
    /// Step 3 is skipped for someone's safety.
    SkippedForSafety,
    /// Forms recorded for which a paper can endanger someone (form ids, content order).
    UnsafeForms(Vec<String>),
    /// A sign of coercive control is recorded.
    CoerciveControl,
    /// The suspected person is a parent, and parents can read the file.
    ParentSuspect,
}

impl Case {
    /// Whether `kind` is offered to this case's field (`outputs.toml` `fields`).
    pub fn output_offered(&self, p: &Protocol, kind: OutputKind) -> bool {
        p.output_file(kind.id()).is_none_or(|o| o.fields.is_empty() || o.fields.contains(&self.field))
    }

    /// Who can read the file `kind` goes into, for this case (a reader only for minors is left
    /// out for an adult), in content order.
    pub fn output_readers<'p>(&self, p: &'p Protocol, kind: OutputKind) -> Vec<&'p Reader> {
        let minor = p.subject(&self.subject).is_some_and(|s| s.minor);
        p.output_file(kind.id())
            .map(|o| o.readers.iter().filter_map(|r| p.reader(r)).filter(|r| minor || !r.minor_only).collect())
            .unwrap_or_default()
    }

    /// What makes a note for the file `kind` goes into unsafe as a whole, if someone involved
    /// in the case can read that file; empty when it is safe or only professionals read it.
    pub fn inzage_gates(&self, p: &Protocol, kind: OutputKind) -> Vec<InzageGate> {
        let readers = self.output_readers(p, kind);
        if !readers.iter().any(|r| r.involved) {
            return Vec::new();
        }
        let mut gates = Vec::new();
        match &self.gesprek {
            GesprekStatus::Postponed { .. } => gates.push(InzageGate::Postponed),
            GesprekStatus::Skipped { reason, .. } if p.skip_reason_for_safety(reason) => {
                gates.push(InzageGate::SkippedForSafety)
            }
            _ => {}
        }
        let forms: Vec<String> = self.unsafe_on_paper_forms(p).iter().map(|f| f.choice.id.clone()).collect();
        if !forms.is_empty() {
            gates.push(InzageGate::UnsafeForms(forms));
        }
        if !self.coercive_control(p).is_empty() {
            gates.push(InzageGate::CoerciveControl);
        }
        let parent_suspect =
            self.suspect_relation.as_deref().and_then(|r| p.suspect_relation(r)).is_some_and(|r| r.parent);
        if parent_suspect && readers.iter().any(|r| r.parents) {
            gates.push(InzageGate::ParentSuspect);
        }
        gates
    }
}
