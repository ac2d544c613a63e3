//! The case use-cases on [`App`]: the list (from sealed summaries), create, open, edit,
//! delete, a disclosure, export and import, the file dialog's texts, and retention.

use super::*;

impl App {
    /// Destroys (crypto-shreds) every closed case whose retention period has passed, except
    /// those with an open follow-up. Runs at unlock and on every tick, from the list
    /// summaries (no case is opened). Returns how many went.
    pub fn purge_expired(&mut self) -> usize {
        let now = self.env.now();
        let today = self.today();
        let expired: Vec<String> = self
            .listed()
            .iter()
            .filter(|(e, l)| {
                self.destroy_at(e.closed_at).is_some_and(|at| at <= now) && l.last_due.is_none_or(|d| d < today)
            })
            .map(|(e, _)| e.id.clone())
            .collect();
        let Some(store) = self.store.as_mut() else {
            return 0;
        };
        // A case that fails to go now is tried again on the next tick.
        expired.iter().filter(|id| store.delete(id).unwrap_or(false)).count()
    }

    /// When a closed case is due to be destroyed: when it was closed plus the retention
    /// period.
    pub(crate) fn destroy_at(&self, closed_at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
        Some(closed_at? + chrono::Duration::days(i64::from(self.settings.retention_days)))
    }

    /// The countdown for a closed case, in words.
    pub(crate) fn retention_text(
        &self,
        closed_at: Option<DateTime<Utc>>,
        last_due: Option<NaiveDate>,
    ) -> Option<String> {
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

    /// Every case's list entry with its list facts, from the summaries. A case saved
    /// without list facts (by a version before them) is opened once to work them out.
    pub(crate) fn listed(&self) -> Vec<(ListEntry, Listing)> {
        let Some(store) = self.store.as_ref() else {
            return Vec::new();
        };
        let entries = store.entries().unwrap_or_default();
        entries
            .into_iter()
            .filter_map(|e| {
                let listing = serde_json::from_str::<Listing>(&e.listing)
                    .ok()
                    .or_else(|| store.load(&e.id).ok().flatten().map(|c| view::listing(&self.protocol, &c)))?;
                Some((e, listing))
            })
            .collect()
    }

    /// Every case, in list order: a follow-up due today or overdue first (the longest
    /// overdue first), then open before closed, then last changed first.
    pub(crate) fn sorted(&self) -> Vec<(ListEntry, Listing)> {
        let today = self.today();
        let due = |l: &Listing| l.first_due.filter(|d| *d <= today);
        let mut rows = self.listed();
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
        rows
    }

    pub(crate) fn summaries(&self, rows: &[(ListEntry, Listing)]) -> Vec<CaseSummary> {
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
        let rows = self.sorted();
        let total = rows.len();
        let start = offset.min(total);
        let end = start.saturating_add(limit.max(1)).min(total);
        CaseListPage { cases: self.summaries(&rows[start..end]), total, next_offset: (end < total).then_some(end) }
    }

    /// The whole case list, in list order (see [`App::list_cases_page`]). Empty while locked.
    pub fn list_cases(&self) -> Vec<CaseSummary> {
        self.summaries(&self.sorted())
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
        let min = meldwijzer_store::MIN_PASSPHRASE_CHARS;
        if passphrase.chars().count() < min {
            return Err(self.err(Code { code: "error-passphrase-too-short", args: vec![("min", min.to_string())] }));
        }
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
        let case = export::read(&bytes, &passphrase, &self.protocol).map_err(|e| self.err(Code::from(e)))?;
        if self.store()?.load(&case.id).map_err(|e| self.storage_err(e))?.is_some() {
            return Err(self.err(Code::plain("error-import-exists")));
        }
        self.save_and_view(case)
    }

    /// What the native file dialog for `filter` offers: `case` (an encrypted case file,
    /// `.age`) or `pdf`; `save` for a save dialog, else an open dialog. The suggested name is
    /// cleaned to a bare file name of letters, digits, `-`, `_` and `.` with the filter's
    /// extension, so no path and no stray text reaches the dialog. An unknown filter gets
    /// `error-unknown-id`.
    pub fn file_dialog(&self, filter: &str, suggested_name: &str, save: bool) -> Result<FileDialogView, ApiError> {
        let (label, ext, title) = match (filter, save) {
            ("case", true) => (ftl("file-filter-case"), "age", ftl("file-dialog-export-title")),
            ("case", false) => (ftl("file-filter-case"), "age", ftl("file-dialog-import-title")),
            ("pdf", true) => (ftl("file-filter-pdf"), "pdf", ftl("file-dialog-pdf-title")),
            ("training", false) => (ftl("file-filter-training"), "toml", ftl("file-dialog-training-title")),
            _ => {
                return Err(self.err(Code {
                    code: "error-unknown-id",
                    args: vec![("kind", "filter".into()), ("id", filter.to_string())],
                }));
            }
        };
        Ok(FileDialogView {
            title: self.l10n.text(title),
            filter_label: self.l10n.text(label),
            extensions: vec![ext.to_string()],
            file_name: if save { clean_file_name(suggested_name, ext) } else { String::new() },
        })
    }

    #[cfg(feature = "test-kdf")]
    pub(crate) fn export_work_factor(&self) -> Option<u8> {
        // Tests: scrypt with 2^10 (1 MiB), far below what a shipped export uses.
        self.test_kdf.then_some(10)
    }

    #[cfg(not(feature = "test-kdf"))]
    pub(crate) fn export_work_factor(&self) -> Option<u8> {
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
            context: input.context,
        };
        case.apply(&self.protocol, Edit::SaveQuote { quote }, &self.ctx()).map_err(|e| self.err(e))?;
        self.save_and_view(case)
    }
}
