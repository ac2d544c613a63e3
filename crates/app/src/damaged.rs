//! Damaged cases in the list: a case whose key, sealed summary or clear times fail to verify
//! is a line of its own ("Deze casus is beschadigd", with its created date if that column
//! still reads), never hidden. The professional can still try to open it (its document may
//! verify on its own), export what verifies, or delete it; saving it again writes a fresh
//! summary.

use crate::dto::CaseSummary;
use crate::store::DamagedEntry;
use crate::{ftl, App};

impl App {
    /// The list lines of damaged cases, in the order given.
    pub(crate) fn damaged_lines(&self, damaged: &[DamagedEntry]) -> Vec<CaseSummary> {
        damaged
            .iter()
            .map(|d| {
                let created = d.created_at.map(|at| self.local_date(at).format("%d-%m-%Y").to_string());
                CaseSummary {
                    id: d.id.clone(),
                    alias: self.l10n.text(ftl("caselist-damaged-title")),
                    field: String::new(),
                    subject: String::new(),
                    status: self.l10n.text(ftl("caselist-damaged-status")),
                    closed: false,
                    updated: created
                        .map(|date| self.l10n.format(ftl("caselist-damaged-created"), &[("date", date)]))
                        .unwrap_or_default(),
                    updated_at: String::new(),
                    retention: None,
                    due: None,
                    monitoring: None,
                    damaged: true,
                }
            })
            .collect()
    }
}
