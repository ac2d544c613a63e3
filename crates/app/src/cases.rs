//! The case use-cases: list, create, open, edit, delete, export and import a case, and
//! record a disclosure ("Een kind vertelt iets").

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use meldwijzer_protocol::case::{NewCase, QuoteInput};
use meldwijzer_protocol::Case;
use serde::Deserialize;

use crate::error::Code;
use crate::view::{self, Listing};
use crate::{
    dto, export, ftl, store, ApiError, App, CaseListPage, CaseSummary, CaseView, Edit, ListEntry, NewInfoRequest,
    LIST_PAGE,
};

/// What "Een kind vertelt iets" records. Without an open case, `alias`, `field` and `subject`
/// start a new one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DisclosureInput {
    /// Alias for a new case.
    #[serde(default)]
    pub alias: Option<String>,
    /// Field id for a new case.
    #[serde(default)]
    pub field: Option<String>,
    /// Subject id for a new case.
    #[serde(default)]
    pub subject: Option<String>,
    /// The literal words.
    pub words: String,
    /// The question or remark that came before them.
    #[serde(default)]
    pub question_before: String,
    /// When (local time).
    pub said_at: NaiveDateTime,
    /// Who said them.
    #[serde(default)]
    pub who: String,
    /// Which kind of speaker (a speaker id from `case.toml`), or not stated.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Where, in what situation.
    #[serde(default)]
    pub context: String,
}

impl App {
    /// The countdown for a closed case, in words.
    fn retention_text(&self, closed_at: Option<DateTime<Utc>>, last_due: Option<NaiveDate>) -> Option<String> {
        let at = self.destroy_at(closed_at)?;
        if let Some(due) = last_due.filter(|d| *d >= self.today()) {
            return Some(self.l10n.format(ftl("case-retention-held"), &[("date", due.format("%d-%m-%Y").to_string())]));
        }
        let days = (self.local_date(at) - self.today()).num_days().max(0);
        Some(if days == 0 {
            self.l10n.text(ftl("case-retention-today"))
        } else if days == 1 {
            self.l10n.text(ftl("case-retention-tomorrow"))
        } else {
            self.l10n.format(ftl("case-retention-days"), &[("days", days.to_string())])
        })
    }

    /// Every case's list entry with its list facts, from the summaries, and apart every
    /// damaged case (never left out). A case saved without list facts (by a version before
    /// them) is opened once to work them out.
    pub(crate) fn listed(&self) -> (Vec<(ListEntry, Listing)>, Vec<store::DamagedEntry>) {
        let Some(store) = self.store.as_ref() else {
            return Default::default();
        };
        let (entries, mut damaged) = store.entries_checked().unwrap_or_default();
        let mut rows = Vec::with_capacity(entries.len());
        for e in entries {
            let listing = serde_json::from_str::<Listing>(&e.listing)
                .ok()
                .or_else(|| store.load(&e.id).ok().flatten().map(|c| view::listing(&self.protocol, &c)));
            match listing {
                Some(listing) => rows.push((e, listing)),
                None => damaged.push(store::DamagedEntry { id: e.id, created_at: None, what: "case-document" }),
            }
        }
        (rows, damaged)
    }

    /// Every case, in list order: damaged cases first (newest first), then a follow-up due
    /// today or overdue (the longest overdue first), then open before closed, then last
    /// changed first.
    fn sorted(&self) -> (Vec<(ListEntry, Listing)>, Vec<store::DamagedEntry>) {
        let today = self.today();
        let due = |l: &Listing| l.first_due.filter(|d| *d <= today);
        let (mut rows, mut damaged) = self.listed();
        damaged.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
        rows.sort_by(|(a, la), (b, lb)| {
            let by_due = match (due(la), due(lb)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            };
            by_due
                .then(a.closed_at.is_some().cmp(&b.closed_at.is_some()))
                .then(b.updated_at.cmp(&a.updated_at))
                .then(a.id.cmp(&b.id))
        });
        (rows, damaged)
    }

    fn summaries(&self, rows: &[(ListEntry, Listing)]) -> Vec<CaseSummary> {
        rows.iter()
            .map(|(e, l)| dto::CaseSummary {
                retention: self.retention_text(e.closed_at, l.last_due),
                due: view::listed_first_due(&self.protocol, &self.l10n, l, self.today()),
                ..view::summary(&self.protocol, &self.l10n, e, l)
            })
            .collect()
    }

    /// One page of the case list (at most `limit` cases from `offset`, in list order), read
    /// from the vault's sealed summaries only: no case is opened. Empty while locked.
    pub fn list_cases_page(&self, offset: usize, limit: usize) -> CaseListPage {
        let (rows, damaged) = self.sorted();
        let d = damaged.len();
        let total = d + rows.len();
        let start = offset.min(total);
        let end = start.saturating_add(limit.max(1)).min(total);
        let mut cases = self.damaged_lines(&damaged[start.min(d)..end.min(d)]);
        cases.extend(self.summaries(&rows[start.saturating_sub(d)..end.saturating_sub(d)]));
        CaseListPage { cases, total, next_offset: (end < total).then_some(end), damaged: d }
    }

    /// The whole case list, in list order (see [`App::list_cases_page`]). Empty while locked.
    pub fn list_cases(&self) -> Vec<CaseSummary> {
        let (rows, damaged) = self.sorted();
        let mut cases = self.damaged_lines(&damaged);
        cases.extend(self.summaries(&rows));
        cases
    }

    pub(crate) fn load(&self, case_id: &str) -> Result<Case, ApiError> {
        self.store()?
            .load(case_id)
            .map_err(|e| self.storage_err(e))?
            .ok_or_else(|| self.err(Code::plain("error-case-not-found")))
    }

    pub(crate) fn save_and_view(&mut self, case: Case) -> Result<CaseView, ApiError> {
        // The list facts travel sealed with the case's summary, so the list never opens it.
        let listing = serde_json::to_string(&view::listing(&self.protocol, &case)).unwrap_or_default();
        let saved = self.store_mut()?.save(&case, &listing);
        saved.map_err(|e| self.storage_err(e))?;
        Ok(view::case(&self.protocol, &self.l10n, &case, self.today()))
    }

    /// Starts a case.
    pub fn create_case(&mut self, input: NewCase) -> Result<CaseView, ApiError> {
        self.store()?;
        let case = Case::new(&self.protocol, &input, &self.ctx()).map_err(|e| self.err(e))?;
        self.save_and_view(case)
    }

    /// Starts an information request: someone asks the professional for information. The case
    /// walks that route (KNMG-meldcode onderdeel II or III) instead of the five steps.
    pub fn create_info_request(&mut self, input: NewInfoRequest) -> Result<CaseView, ApiError> {
        self.store()?;
        let case = Case::new_info_request(&self.protocol, &input, &self.ctx()).map_err(|e| self.err(e))?;
        self.save_and_view(case)
    }

    /// Opens a case.
    pub fn open_case(&self, case_id: String) -> Result<CaseView, ApiError> {
        let case = self.load(&case_id)?;
        Ok(view::case(&self.protocol, &self.l10n, &case, self.today()))
    }

    /// Applies one edit to a case and saves it.
    pub fn edit_case(&mut self, case_id: String, edit: Edit) -> Result<CaseView, ApiError> {
        self.touch();
        let mut case = self.load(&case_id)?;
        case.apply(&self.protocol, edit, &self.ctx()).map_err(|e| self.err(e))?;
        self.save_and_view(case)
    }

    /// Destroys a case; returns the first page of the new case list.
    ///
    /// A closed case with an open follow-up is kept (`error-follow-up-open`): the follow-up
    /// is why it is still there.
    pub fn delete_case(&mut self, case_id: String) -> Result<Vec<CaseSummary>, ApiError> {
        if let Ok(Some(case)) = self.store()?.load(&case_id) {
            if case.closed.is_some() {
                if let Some(due) = open_follow_up(&case, self.today()) {
                    return Err(self.err(Code {
                        code: "error-follow-up-open",
                        args: vec![("date", due.format("%d-%m-%Y").to_string())],
                    }));
                }
            }
        }
        let deleted = self.store_mut()?.delete(&case_id);
        if !deleted.map_err(|e| self.storage_err(e))? {
            return Err(self.err(Code::plain("error-case-not-found")));
        }
        Ok(self.list_cases_page(0, LIST_PAGE).cases)
    }

    /// Writes one case to `path`, encrypted (age, scrypt) under its own `passphrase` (at
    /// least as long as the vault's). The file holds nothing readable without it.
    pub fn export_case(&mut self, case_id: String, path: PathBuf, passphrase: String) -> Result<(), ApiError> {
        self.touch();
        let passphrase = zeroize::Zeroizing::new(passphrase);
        self.check_new_passphrase(&passphrase)?;
        let mut case = self.load(&case_id)?;
        export::write(&case, &path, &passphrase, self.export_work_factor()).map_err(|e| self.err(Code::from(e)))?;
        case.apply(&self.protocol, Edit::RecordExport, &self.ctx()).map_err(|e| self.err(e))?;
        self.save_and_view(case).map(|_| ())
    }

    /// Reads a case file written by [`App::export_case`] and stores the case, whole or not
    /// at all. A bad file gets a clear code; a case already in the vault is refused.
    pub fn import_case(&mut self, path: PathBuf, passphrase: String) -> Result<CaseView, ApiError> {
        self.touch();
        self.store()?;
        let passphrase = zeroize::Zeroizing::new(passphrase);
        let meta = std::fs::metadata(&path).map_err(|_| self.err(Code::plain("error-import-file")))?;
        if !meta.is_file() || meta.len() > export::MAX_FILE_BYTES {
            return Err(self.err(Code::plain("error-import-file")));
        }
        let bytes = std::fs::read(&path).map_err(|_| self.err(Code::plain("error-import-file")))?;
        let case = self.read_import(&bytes, &passphrase)?;
        if self.store()?.load(&case.id).map_err(|e| self.storage_err(e))?.is_some() {
            return Err(self.err(Code::plain("error-import-exists")));
        }
        self.save_and_view(case)
    }

    #[cfg(feature = "test-kdf")]
    fn export_work_factor(&self) -> Option<u8> {
        // Tests: scrypt with 2^10 (1 MiB), far below what a shipped export uses.
        self.test_kdf.then_some(10)
    }

    #[cfg(not(feature = "test-kdf"))]
    fn export_work_factor(&self) -> Option<u8> {
        None
    }

    /// "Een kind vertelt iets": records someone's literal words in step 1 of the open case,
    /// or of a new case when none is open.
    pub fn record_disclosure(&mut self, case_id: Option<String>, input: DisclosureInput) -> Result<CaseView, ApiError> {
        self.store()?;
        let mut case = match case_id {
            Some(id) => self.load(&id)?,
            None => {
                let suspect = self
                    .protocol
                    .suspects()
                    .iter()
                    .find(|s| s.meldcode)
                    .map(|s| s.choice.id.clone())
                    .unwrap_or_default();
                let new = NewCase {
                    alias: input.alias.clone().unwrap_or_default(),
                    field: input.field.clone().unwrap_or_default(),
                    subject: input.subject.clone().unwrap_or_default(),
                    suspect,
                    kindcheck_only: false,
                };
                Case::new(&self.protocol, &new, &self.ctx()).map_err(|e| self.err(e))?
            }
        };
        let quote = QuoteInput {
            id: None,
            words: input.words,
            question_before: input.question_before,
            said_at: input.said_at,
            who: input.who,
            speaker: input.speaker,
            context: input.context,
        };
        case.apply(&self.protocol, Edit::SaveQuote { quote }, &self.ctx()).map_err(|e| self.err(e))?;
        self.save_and_view(case)
    }
}

/// The latest follow-up of `case` (an afweging's, or an agreement with Veilig Thuis) due on or
/// after `today`, if any: while one is open, a closed case is not destroyed.
fn open_follow_up(case: &Case, today: NaiveDate) -> Option<NaiveDate> {
    case.due_items().into_iter().map(|f| f.due).filter(|due| *due >= today).max()
}
