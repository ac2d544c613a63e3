//! Meldwijzer's use-cases: the API boundary the desktop shell calls.
//!
//! The shell (`src-tauri`) turns each IPC command into one call on [`App`]. Everything worth
//! testing lives here or below, and is tested without a window.
//!
//! Invariants: this crate knows nothing of Tauri. It is the only crate that reads the clock
//! and draws randomness (through [`Env`], passed in), the only one that joins content, cases
//! and text, and the only one whose types are serialised for the UI ([`dto`]). Errors leave
//! as codes ([`ApiError`]) that are Fluent ids, never as English prose, and never hold case
//! text.
#![deny(missing_docs)]

pub mod clipboard;
pub mod content;
pub mod dto;
pub mod env;
pub mod error;
pub mod export;
mod outputs;
pub mod scenarios;
pub mod settings;
pub mod store;
mod view;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use meldwijzer_l10n::Localizer;
use meldwijzer_protocol::case::{EditContext, NewCase, QuoteInput};
use meldwijzer_protocol::{Case, Protocol};
use serde::Deserialize;

pub use clipboard::{Clipboard, FakeClipboard, SystemClipboard};
pub use dto::{CaseSummary, CaseView, CopiedView, CreatedView, OutputView, SettingsView, StartupView, VaultStatusView};
pub use env::{Env, FixedEnv, SystemEnv};
pub use error::ApiError;
pub use meldwijzer_protocol::case::NewCase as NewCaseInput;
pub use meldwijzer_protocol::Edit;
pub use settings::{default_settings_path, default_vault_path};
pub use store::{CaseStore, MemoryStore, VaultStore};

use error::Code;

/// Marks a string literal as a Fluent message id, so the locale checks can find every id the
/// Rust code uses. Returns its argument.
pub const fn ftl(id: &'static str) -> &'static str {
    id
}

/// How the app is set up. Build it with `..AppConfig::default()` so test-only fields can
/// exist in test builds.
#[derive(Debug, Clone, Default)]
pub struct AppConfig {
    /// Where settings are written; `None` keeps them in memory (tests).
    pub settings_path: Option<PathBuf>,
    /// Where the encrypted vault lives; `None` keeps cases in memory (tests), and the UI
    /// says they are not kept.
    pub vault_path: Option<PathBuf>,
    /// Create vaults with tiny KDF parameters (only in builds with the `test-kdf` feature,
    /// which only the test package enables).
    #[cfg(feature = "test-kdf")]
    pub test_kdf: bool,
}

/// What "Een kind vertelt iets" records. Without an open case, `alias`, `field` and `subject`
/// start a new one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
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
    /// Where, in what situation.
    #[serde(default)]
    pub context: String,
}

/// The application: content, text, settings and the case store.
///
/// With a vault path the store is `None` until the vault is set up or unlocked (the vault
/// state is `none` or `locked`), and `None` again after [`App::lock`].
pub struct App {
    protocol: Protocol,
    l10n: Localizer,
    settings: settings::Settings,
    settings_path: Option<PathBuf>,
    vault_path: Option<PathBuf>,
    #[cfg(feature = "test-kdf")]
    test_kdf: bool,
    store: Option<Box<dyn CaseStore>>,
    env: Box<dyn Env>,
    /// The professional's last action (see [`App::touch`]); the idle lock counts from here.
    last_activity: DateTime<Utc>,
    /// Texts for outputs, one localizer per language (the output language may differ from
    /// the UI's).
    out_l10n: Vec<Localizer>,
    /// Where copies go.
    clipboard: Box<dyn Clipboard>,
    /// The last copy: a SHA-256 of its text (never the text) and when, to clear the clipboard
    /// only if it still holds what we wrote.
    copied: Option<(Vec<u8>, DateTime<Utc>)>,
}

/// Seconds after a copy before the clipboard is cleared, if it still holds the copy.
pub const CLIPBOARD_CLEAR_SECS: u64 = 30;

fn digest(text: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, text.as_bytes()).as_ref().to_vec()
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").field("language", &self.settings.language).finish_non_exhaustive()
    }
}

fn localizer(protocol: &Protocol, lang: &str) -> Result<Localizer, meldwijzer_l10n::L10nError> {
    let globals = protocol.contacts().iter().map(|c| (c.id.clone(), c.number.clone())).collect();
    Localizer::new(lang, globals)
}

impl App {
    /// An app over the vault at `config.vault_path` (locked, or not set up yet), or with cases
    /// in memory when there is no vault path.
    pub fn new(config: AppConfig, env: Box<dyn Env>) -> Result<App, ApiError> {
        let store: Option<Box<dyn CaseStore>> = match config.vault_path {
            Some(_) => None,
            None => Some(Box::new(MemoryStore::default())),
        };
        App::build(config, env, store)
    }

    /// An app over the given store (already open; no vault to lock or unlock).
    pub fn with_store(config: AppConfig, env: Box<dyn Env>, store: Box<dyn CaseStore>) -> Result<App, ApiError> {
        let config = AppConfig { vault_path: None, ..config };
        App::build(config, env, Some(store))
    }

    fn build(config: AppConfig, env: Box<dyn Env>, store: Option<Box<dyn CaseStore>>) -> Result<App, ApiError> {
        let protocol = content::protocol().map_err(|errs| ApiError {
            code: "error-content".into(),
            args: Default::default(),
            message: errs.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"),
        })?;
        let mut settings = config.settings_path.as_deref().map(settings::read).unwrap_or_default();
        if !meldwijzer_l10n::languages().contains(&settings.language.as_str()) {
            settings.language = meldwijzer_l10n::REFERENCE.to_string();
        }
        let l10n = localizer(&protocol, &settings.language).map_err(|e| ApiError {
            code: "error-content".into(),
            args: Default::default(),
            message: e.to_string(),
        })?;
        let out_l10n = meldwijzer_l10n::languages()
            .into_iter()
            .map(|lang| localizer(&protocol, lang))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ApiError { code: "error-content".into(), args: Default::default(), message: e.to_string() })?;
        Ok(App {
            out_l10n,
            clipboard: Box::new(SystemClipboard::default()),
            copied: None,
            protocol,
            l10n,
            settings,
            settings_path: config.settings_path,
            vault_path: config.vault_path,
            #[cfg(feature = "test-kdf")]
            test_kdf: config.test_kdf,
            store,
            last_activity: env.now(),
            env,
        })
    }

    /// The validated content.
    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// The current localizer.
    pub fn l10n(&self) -> &Localizer {
        &self.l10n
    }

    fn err(&self, code: impl Into<Code>) -> ApiError {
        let code = code.into();
        let message = self.l10n.format(code.code, &code.args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>());
        ApiError { code: code.code.to_string(), args: code.args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(), message }
    }

    fn storage_err(&self, e: store::StoreError) -> ApiError {
        // The store's errors hold no case text, paths or SQLite messages; the detail beyond
        // the code stays out of the UI.
        self.err(Code::from(e))
    }

    fn store(&self) -> Result<&dyn CaseStore, ApiError> {
        self.store.as_deref().ok_or_else(|| self.err(Code::plain("error-vault-locked")))
    }

    fn store_mut(&mut self) -> Result<&mut Box<dyn CaseStore>, ApiError> {
        if self.store.is_none() {
            return Err(self.err(Code::plain("error-vault-locked")));
        }
        Ok(self.store.as_mut().expect("checked above"))
    }

    // ---------- The vault ----------

    /// Whether the vault is set up, locked or open, and the shortest passphrase allowed.
    pub fn vault_status(&self) -> VaultStatusView {
        let state = match (&self.store, &self.vault_path) {
            (Some(_), _) | (None, None) => "unlocked",
            (None, Some(path)) if meldwijzer_store::exists(path) => "locked",
            (None, Some(_)) => "none",
        };
        VaultStatusView { state, min_chars: meldwijzer_store::MIN_PASSPHRASE_CHARS }
    }

    fn vault_path(&self) -> Result<&Path, ApiError> {
        self.vault_path.as_deref().ok_or_else(|| self.err(Code::plain("error-vault-not-found")))
    }

    fn vault_options(&self, with_recovery_key: bool) -> meldwijzer_store::VaultOptions {
        #[cfg(feature = "test-kdf")]
        if self.test_kdf {
            return meldwijzer_store::VaultOptions::for_tests().with_recovery_key(with_recovery_key);
        }
        meldwijzer_store::VaultOptions::new().with_recovery_key(with_recovery_key)
    }

    /// Sets up the vault with a passphrase (first start) and opens it. The recovery key, if
    /// asked for, is returned to be shown once.
    pub fn create_vault(&mut self, passphrase: String, with_recovery_key: bool) -> Result<CreatedView, ApiError> {
        let passphrase = meldwijzer_store::Passphrase::new(passphrase);
        let path = self.vault_path()?.to_path_buf();
        if self.store.is_some() || meldwijzer_store::exists(&path) {
            return Err(self.err(Code::plain("error-vault-exists")));
        }
        let opts = self.vault_options(with_recovery_key);
        let (vault, recovery) = meldwijzer_store::Vault::create(&path, &passphrase, &opts).map_err(|e| self.storage_err(e))?;
        self.store = Some(Box::new(VaultStore::new(vault)));
        self.touch();
        Ok(CreatedView { recovery_key: recovery.map(|k| k.expose().to_string()), startup: self.startup() })
    }

    /// Opens the vault with the passphrase.
    pub fn unlock(&mut self, passphrase: String) -> Result<StartupView, ApiError> {
        let passphrase = meldwijzer_store::Passphrase::new(passphrase);
        let path = self.vault_path()?.to_path_buf();
        if let Some(open) = self.store.take() {
            // Unlocking again starts from a closed vault: the passphrase is checked anew.
            // Closed either way: dropping the vault wipes its keys and releases its lock.
            let _ = open.close();
        }
        let vault = meldwijzer_store::Vault::unlock(&path, &passphrase, self.env.now()).map_err(|e| self.storage_err(e))?;
        self.store = Some(Box::new(VaultStore::new(vault)));
        self.touch();
        self.purge_expired();
        Ok(self.startup())
    }

    /// Closes the vault: its keys are wiped and every case command answers
    /// `error-vault-locked` until [`App::unlock`]. Without a vault path nothing changes.
    pub fn lock(&mut self) -> Result<VaultStatusView, ApiError> {
        // A copy of case text does not outlive the lock.
        self.clear_clipboard_if_ours();
        if self.vault_path.is_some() {
            if let Some(open) = self.store.take() {
                // Closed either way: a vault that fails to close cleanly is still dropped,
                // which wipes its keys and releases its lock file.
                let _ = open.close();
            }
        }
        Ok(self.vault_status())
    }

    /// Notes an action of the professional (a key, a click, an edit): the idle lock counts
    /// from the last one. Time comes from the injected clock.
    pub fn touch(&mut self) {
        self.last_activity = self.env.now();
    }

    /// The periodic check (the UI calls it every 15 seconds, the shell as a backstop): locks
    /// the vault when the professional has been idle for the set time or longer. Returns
    /// where the vault stands afterwards.
    pub fn tick(&mut self) -> VaultStatusView {
        self.clipboard_check();
        let idle = self.env.now().signed_duration_since(self.last_activity);
        let limit = chrono::Duration::minutes(i64::from(self.settings.idle_lock_minutes));
        if self.vault_path.is_some() && self.store.is_some() && idle >= limit {
            // Locking cannot fail in a way that leaves the vault open (see `lock`).
            let _ = self.lock();
        } else {
            self.purge_expired();
        }
        self.vault_status()
    }

    /// Today, by the injected clock (UTC: a follow-up due today is open all day).
    fn today(&self) -> NaiveDate {
        self.env.now().date_naive()
    }

    /// When a closed case is due to be destroyed: `closed.at` plus the retention period.
    fn destroy_at(&self, case: &Case) -> Option<DateTime<Utc>> {
        let closed = case.closed.as_ref()?;
        Some(closed.at + chrono::Duration::days(i64::from(self.settings.retention_days)))
    }

    /// Destroys (crypto-shreds) every closed case whose retention period has passed, except
    /// those with an open follow-up. Runs at unlock and on every tick. Returns how many went.
    pub fn purge_expired(&mut self) -> usize {
        let now = self.env.now();
        let today = self.today();
        let Some(cases) = self.store.as_ref().and_then(|s| s.list().ok()) else {
            return 0;
        };
        let expired: Vec<String> = cases
            .iter()
            .filter(|c| self.destroy_at(c).is_some_and(|at| at <= now) && open_follow_up(c, today).is_none())
            .map(|c| c.id.clone())
            .collect();
        let Some(store) = self.store.as_mut() else {
            return 0;
        };
        // A case that fails to go now is tried again on the next tick.
        expired.iter().filter(|id| store.delete(id).unwrap_or(false)).count()
    }

    /// The countdown for a closed case, in words.
    fn retention_text(&self, case: &Case) -> Option<String> {
        let at = self.destroy_at(case)?;
        if let Some(due) = open_follow_up(case, self.today()) {
            return Some(self.l10n.format(ftl("case-retention-held"), &[("date", due.format("%d-%m-%Y").to_string())]));
        }
        let days = (at.date_naive() - self.today()).num_days().max(0);
        Some(if days == 0 {
            self.l10n.text(ftl("case-retention-today"))
        } else if days == 1 {
            self.l10n.text(ftl("case-retention-tomorrow"))
        } else {
            self.l10n.format(ftl("case-retention-days"), &[("days", days.to_string())])
        })
    }

    /// The settings the UI can change.
    pub fn settings(&self) -> SettingsView {
        SettingsView { idle_lock_minutes: self.settings.idle_lock_minutes, retention_days: self.settings.retention_days }
    }

    /// Changes the idle time (1–60 minutes) and the retention period (1–365 days) and
    /// remembers them with the language.
    pub fn set_settings(&mut self, input: SettingsView) -> Result<SettingsView, ApiError> {
        let (_, idle_range) = settings::IDLE_LOCK_MINUTES;
        if !idle_range.contains(&input.idle_lock_minutes) {
            return Err(self.err(Code {
                code: "error-idle-minutes-range",
                args: vec![("min", idle_range.start().to_string()), ("max", idle_range.end().to_string())],
            }));
        }
        let (_, days_range) = settings::RETENTION_DAYS;
        if !days_range.contains(&input.retention_days) {
            return Err(self.err(Code {
                code: "error-retention-days-range",
                args: vec![("min", days_range.start().to_string()), ("max", days_range.end().to_string())],
            }));
        }
        let new = settings::Settings { idle_lock_minutes: input.idle_lock_minutes, retention_days: input.retention_days, ..self.settings.clone() };
        self.write_settings(new)?;
        self.touch();
        Ok(self.settings())
    }

    fn write_settings(&mut self, new: settings::Settings) -> Result<(), ApiError> {
        if let Some(path) = &self.settings_path {
            settings::write(path, &new).map_err(|_| self.err(Code::plain("error-settings-write")))?;
        }
        self.settings = new;
        Ok(())
    }

    fn ctx(&self) -> EditContext {
        EditContext { now: self.env.now(), new_id: self.env.new_id() }
    }

    /// Everything the first screen needs.
    pub fn startup(&self) -> StartupView {
        StartupView {
            language: self.l10n.lang().to_string(),
            languages: meldwijzer_l10n::languages()
                .into_iter()
                .map(|l| dto::LanguageOption { id: l.to_string(), label: self.l10n.text(view::language_label(l)) })
                .collect(),
            messages: self.l10n.all(),
            protocol: view::protocol(&self.protocol, &self.l10n),
            cases: self.list_cases(),
            persistent: self.store.as_ref().is_some_and(|s| s.persistent()),
            vault: self.vault_status(),
            settings: self.settings(),
        }
    }

    /// Switches the UI language and remembers it.
    pub fn set_language(&mut self, lang: String) -> Result<StartupView, ApiError> {
        if !meldwijzer_l10n::languages().contains(&lang.as_str()) {
            return Err(self.err(Code { code: "error-language-unknown", args: vec![("language", lang)] }));
        }
        let l10n = localizer(&self.protocol, &lang).map_err(|_| self.err(Code::plain("error-content")))?;
        self.write_settings(settings::Settings { language: lang, ..self.settings.clone() })?;
        self.l10n = l10n;
        Ok(self.startup())
    }

    /// The case list: cases with a follow-up overdue or due today first (earliest first), then
    /// open cases, then by last change, newest first. Empty while the vault is locked.
    pub fn list_cases(&self) -> Vec<CaseSummary> {
        let mut cases = self.store.as_ref().and_then(|s| s.list().ok()).unwrap_or_default();
        let today = self.today();
        // A follow-up that is overdue or due today puts its case first, earliest first.
        let attention = |c: &Case| c.due_items().first().map(|d| d.due).filter(|d| *d <= today);
        cases.sort_by(|a, b| {
            let (x, y) = (attention(a), attention(b));
            y.is_some()
                .cmp(&x.is_some())
                .then(x.cmp(&y))
                .then(a.closed.is_some().cmp(&b.closed.is_some()))
                .then(b.updated_at.cmp(&a.updated_at))
        });
        cases
            .iter()
            .map(|c| dto::CaseSummary {
                retention: self.retention_text(c),
                due: view::first_due(&self.protocol, &self.l10n, c, today),
                ..view::summary(&self.protocol, &self.l10n, c)
            })
            .collect()
    }

    fn load(&self, case_id: &str) -> Result<Case, ApiError> {
        self.store()?.load(case_id).map_err(|e| self.storage_err(e))?.ok_or_else(|| self.err(Code::plain("error-case-not-found")))
    }

    fn save_and_view(&mut self, case: Case) -> Result<CaseView, ApiError> {
        let saved = self.store_mut()?.save(&case);
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

    /// Destroys a case; returns the new case list.
    ///
    /// A closed case with an open follow-up is kept (`error-follow-up-open`): the follow-up
    /// is why it is still there.
    pub fn delete_case(&mut self, case_id: String) -> Result<Vec<CaseSummary>, ApiError> {
        if let Ok(Some(case)) = self.store()?.load(&case_id) {
            if case.closed.is_some() {
                if let Some(due) = open_follow_up(&case, self.today()) {
                    return Err(self.err(Code { code: "error-follow-up-open", args: vec![("date", due.format("%d-%m-%Y").to_string())] }));
                }
            }
        }
        let deleted = self.store_mut()?.delete(&case_id);
        if !deleted.map_err(|e| self.storage_err(e))? {
            return Err(self.err(Code::plain("error-case-not-found")));
        }
        Ok(self.list_cases())
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
                let suspect = self.protocol.suspects().iter().find(|s| s.meldcode).map(|s| s.choice.id.clone()).unwrap_or_default();
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

/// The latest follow-up of `case` (an afweging's, or an agreement with Veilig Thuis) due on or
/// after `today`, if any: while one is open, a closed case is not destroyed.
fn open_follow_up(case: &Case, today: NaiveDate) -> Option<NaiveDate> {
    case.due_items().into_iter().map(|f| f.due).filter(|due| *due >= today).max()
}

