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
mod damaged;
pub mod dto;
pub mod env;
pub mod error;
pub mod export;
mod file;
pub mod grants;
mod import_guard;
mod outputs;
pub mod packs;
pub mod perms;
pub mod scenarios;
pub mod settings;
pub mod store;
pub mod strength;
pub mod training;
mod view;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use meldwijzer_l10n::Localizer;
use meldwijzer_protocol::case::{EditContext, NewCase, QuoteInput};
use meldwijzer_protocol::{Case, Protocol};
use serde::Deserialize;

pub use clipboard::{Clipboard, FakeClipboard, SystemClipboard};
pub use dto::{
    CaseListPage, CaseSummary, CaseView, CopiedView, CreatedView, FileDialogView, FileGrantView, OutputView,
    SavedPdfView, SettingsView, StartupView, VaultStatusView,
};
pub use env::{Env, FixedEnv, SystemEnv};
pub use error::ApiError;
pub use meldwijzer_protocol::case::NewCase as NewCaseInput;
pub use meldwijzer_protocol::case::NewInfoRequest;
pub use meldwijzer_protocol::Edit;
pub use settings::{default_settings_path, default_vault_path};
pub use store::{CaseStore, ListEntry, MemoryStore, VaultStore};

use error::Code;
use view::Listing;

/// How many cases one page of the case list holds.
pub const LIST_PAGE: usize = 50;

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
    /// The built-in oefencasussen.
    training_cases: Vec<meldwijzer_training::TrainingCase>,
    /// Oefenmodus, when on: in memory only, dropped on leaving.
    training: Option<training::Session>,
    /// Texts for outputs, one localizer per language (the output language may differ from
    /// the UI's).
    out_l10n: Vec<Localizer>,
    /// Where copies go.
    clipboard: Box<dyn Clipboard>,
    /// The last copy: a SHA-256 of its text (never the text) and when, to clear the clipboard
    /// only if it still holds what we wrote.
    copied: Option<(Vec<u8>, DateTime<Utc>)>,
    /// Paths chosen in Rust's own dialogs, behind single-use tokens (`grants.rs`).
    files: grants::FileGrants,
    /// A pack read for import and waiting for the professional's yes (`packs.rs`).
    pack_pending: Option<packs::Pending>,
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
        // Owner-only folders (0700) and files (0600) where they already exist with looser
        // modes; they are created so when first written (nothing is created at start).
        for path in [&config.settings_path, &config.vault_path].into_iter().flatten() {
            if let Some(dir) = path.parent() {
                let _ = perms::secure_existing(dir);
            }
        }
        let mut settings = config.settings_path.as_deref().map(settings::read).unwrap_or_default();
        if !meldwijzer_l10n::languages().contains(&settings.language.as_str()) {
            settings.language = meldwijzer_l10n::REFERENCE.to_string();
        }
        let l10n = localizer(&protocol, &settings.language).map_err(|e| ApiError {
            code: "error-content".into(),
            args: Default::default(),
            message: e.to_string(),
        })?;
        let training_cases = training::builtin(&protocol).map_err(|problems| ApiError {
            code: "error-content".into(),
            args: Default::default(),
            message: problems
                .iter()
                .map(|(f, p)| format!("{f}:{}:{}: {}", p.line, p.col, p.code))
                .collect::<Vec<_>>()
                .join("\n"),
        })?;
        let out_l10n = meldwijzer_l10n::languages()
            .into_iter()
            .map(|lang| localizer(&protocol, lang))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ApiError { code: "error-content".into(), args: Default::default(), message: e.to_string() })?;
        Ok(App {
            training_cases,
            training: None,
            out_l10n,
            clipboard: Box::new(SystemClipboard::default()),
            copied: None,
            files: grants::FileGrants::default(),
            pack_pending: None,
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
        ApiError {
            code: code.code.to_string(),
            args: code.args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            message,
        }
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
        self.check_new_passphrase(&passphrase)?;
        let passphrase = meldwijzer_store::Passphrase::new(passphrase);
        let path = self.vault_path()?.to_path_buf();
        if self.store.is_some() || meldwijzer_store::exists(&path) {
            return Err(self.err(Code::plain("error-vault-exists")));
        }
        let opts = self.vault_options(with_recovery_key);
        let (vault, recovery) =
            meldwijzer_store::Vault::create(&path, &passphrase, &opts).map_err(|e| self.storage_err(e))?;
        if let Some(dir) = path.parent() {
            let _ = perms::secure_dir(dir);
        }
        self.store = Some(Box::new(VaultStore::new(vault)));
        self.training = None;
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
        // The clock is read again after the key derivation: a wrong try's wait runs from its end.
        let env = &self.env;
        let vault =
            meldwijzer_store::Vault::unlock(&path, &passphrase, || env.now()).map_err(|e| self.storage_err(e))?;
        self.store = Some(Box::new(VaultStore::new(vault)));
        // Real cases and oefenmodus never mix: unlocking ends a training session.
        self.training = None;
        self.touch();
        self.purge_expired();
        Ok(self.startup())
    }

    /// Opens the vault with the recovery key when the passphrase is forgotten, and sets
    /// `new_passphrase` (the old passphrase stops working; the recovery key keeps working).
    /// A mistyped key (`error-recovery-key-malformed`) or a wrong one
    /// (`error-wrong-recovery-key`, slowed down like a wrong passphrase) changes nothing.
    pub fn unlock_with_recovery(
        &mut self,
        recovery_key: String,
        new_passphrase: String,
    ) -> Result<StartupView, ApiError> {
        let recovery_key = zeroize::Zeroizing::new(recovery_key);
        // The new passphrase is checked first: a weak one should not cost a recovery try.
        self.check_new_passphrase(&new_passphrase)?;
        let new_passphrase = meldwijzer_store::Passphrase::new(new_passphrase);
        let path = self.vault_path()?.to_path_buf();
        let recovery = meldwijzer_store::RecoveryKey::parse(&recovery_key).map_err(|e| self.storage_err(e))?;
        if let Some(open) = self.store.take() {
            let _ = open.close();
        }
        let env = &self.env;
        let vault = meldwijzer_store::Vault::unlock_with_recovery(&path, &recovery, &new_passphrase, || env.now())
            .map_err(|e| self.storage_err(e))?;
        self.store = Some(Box::new(VaultStore::new(vault)));
        self.touch();
        self.purge_expired();
        Ok(self.startup())
    }

    /// Changes the passphrase of the open vault: checks the current one, then re-wraps the
    /// vault key only (no case is re-encrypted, so it takes the same time with 1 or 10,000
    /// cases). A wrong current passphrase gives `error-wrong-passphrase` and changes nothing.
    pub fn change_passphrase(&mut self, current: String, new: String) -> Result<(), ApiError> {
        self.check_new_passphrase(&new)?;
        let current = meldwijzer_store::Passphrase::new(current);
        let new = meldwijzer_store::Passphrase::new(new);
        self.vault_path()?;
        self.store()?;
        self.touch();
        // Slowed down like the unlock (one counter, timed from the end of the try).
        let env = &self.env;
        let changed = self
            .store
            .as_mut()
            .and_then(|s| s.vault_mut())
            .map(|vault| vault.change_passphrase(&current, &new, || env.now()));
        match changed {
            None => Err(self.err(Code::plain("error-vault-not-found"))),
            Some(result) => result.map_err(|e| self.storage_err(e)),
        }
    }

    /// Closes the vault: its keys are wiped and every case command answers
    /// `error-vault-locked` until [`App::unlock`]. Without a vault path nothing changes.
    pub fn lock(&mut self) -> Result<VaultStatusView, ApiError> {
        // A copy of case text does not outlive the lock; nor does a chosen file's token.
        self.clear_clipboard_if_ours();
        self.files.clear();
        self.pack_pending = None;
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

    /// Today in the professional's time zone, by the injected clock and offset: a follow-up
    /// due today is open all of the professional's day, not until midnight UTC.
    fn today(&self) -> NaiveDate {
        self.env.today()
    }

    /// The professional's local date of an instant.
    fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.env.local_offset(at)).date_naive()
    }

    /// Destroys (crypto-shreds) every closed case whose retention period has passed, except
    /// those with an open follow-up. Runs at unlock and on every tick, from the list
    /// summaries (no case is opened). Returns how many went.
    pub fn purge_expired(&mut self) -> usize {
        let now = self.env.now();
        let today = self.today();
        let expired: Vec<String> = self
            .listed()
            .0
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
    fn destroy_at(&self, closed_at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
        Some(closed_at? + chrono::Duration::days(i64::from(self.settings.retention_days)))
    }

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

    /// The settings the UI can change.
    pub fn settings(&self) -> SettingsView {
        SettingsView {
            idle_lock_minutes: self.settings.idle_lock_minutes,
            retention_days: self.settings.retention_days,
        }
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
        let new = settings::Settings {
            idle_lock_minutes: input.idle_lock_minutes,
            retention_days: input.retention_days,
            ..self.settings.clone()
        };
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
        let first = self.list_cases_page(0, LIST_PAGE);
        StartupView {
            language: self.l10n.lang().to_string(),
            languages: meldwijzer_l10n::languages()
                .into_iter()
                .map(|l| dto::LanguageOption { id: l.to_string(), label: self.l10n.text(view::language_label(l)) })
                .collect(),
            messages: self.l10n.all(),
            protocol: view::protocol(&self.protocol, &self.l10n),
            cases: first.cases,
            cases_next_offset: first.next_offset,
            damaged_cases: first.damaged,
            damaged_notice: match first.damaged {
                0 => None,
                1 => Some(self.l10n.text(ftl("caselist-damaged-notice-one"))),
                n => Some(self.l10n.format(ftl("caselist-damaged-notice-many"), &[("count", n.to_string())])),
            },
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

    /// Every case's list entry with its list facts, from the summaries, and apart every
    /// damaged case (never left out). A case saved without list facts (by a version before
    /// them) is opened once to work them out.
    fn listed(&self) -> (Vec<(ListEntry, Listing)>, Vec<store::DamagedEntry>) {
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

    fn load(&self, case_id: &str) -> Result<Case, ApiError> {
        self.store()?
            .load(case_id)
            .map_err(|e| self.storage_err(e))?
            .ok_or_else(|| self.err(Code::plain("error-case-not-found")))
    }

    fn save_and_view(&mut self, case: Case) -> Result<CaseView, ApiError> {
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
            ("pack", false) => (ftl("file-filter-pack"), "toml", ftl("file-dialog-pack-title")),
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

/// A bare file name from `suggested`: letters, digits, `-`, `_` and `.` only (anything else
/// becomes `-`), no leading dot, at most 80 characters, ending in `.ext`.
fn clean_file_name(suggested: &str, ext: &str) -> String {
    let suffix = format!(".{ext}");
    let stem = suggested.strip_suffix(suffix.as_str()).unwrap_or(suggested);
    let mut out = String::new();
    for c in stem.chars() {
        let c = if c.is_ascii_alphanumeric() || c == '_' || c == '.' { c } else { '-' };
        if c == '-' && out.ends_with('-') {
            continue;
        }
        out.push(c);
    }
    let out: String = out.trim_matches(|c| c == '-' || c == '.').chars().take(80).collect();
    let out = if out.is_empty() { "meldwijzer".to_string() } else { out };
    format!("{out}{suffix}")
}

/// The latest follow-up of `case` (an afweging's, or an agreement with Veilig Thuis) due on or
/// after `today`, if any: while one is open, a closed case is not destroyed.
fn open_follow_up(case: &Case, today: NaiveDate) -> Option<NaiveDate> {
    case.due_items().into_iter().map(|f| f.due).filter(|due| *due >= today).max()
}
