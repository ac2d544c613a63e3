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

mod cases;
pub mod clipboard;
pub mod content;
pub mod dto;
pub mod env;
pub mod error;
pub mod export;
mod file;
mod outputs;
pub mod scenarios;
pub mod settings;
pub mod store;
pub mod training;
mod vault;
mod view;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use meldwijzer_l10n::Localizer;
use meldwijzer_protocol::case::{EditContext, NewCase, QuoteInput};
use meldwijzer_protocol::{Case, Protocol};
use serde::Deserialize;

pub use clipboard::{Clipboard, FakeClipboard, SystemClipboard};
pub use dto::{
    CaseListPage, CaseSummary, CaseView, CopiedView, CreatedView, FileDialogView, OutputView, SavedPdfView,
    SettingsView, StartupView, VaultStatusView,
};
pub use env::{Env, FixedEnv, SystemEnv};
pub use error::ApiError;
pub use meldwijzer_protocol::case::NewCase as NewCaseInput;
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

    /// Today in the professional's time zone, by the injected clock and offset: a follow-up
    /// due today is open all of the professional's day, not until midnight UTC.
    fn today(&self) -> NaiveDate {
        self.env.today()
    }

    /// The professional's local date of an instant.
    fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.env.local_offset(at)).date_naive()
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
            persistent: self.store.as_ref().is_some_and(|s| s.persistent()),
            vault: self.vault_status(),
            settings: self.settings(),
        }
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
