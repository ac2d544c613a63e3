//! Meldwijzer's use-cases: the API boundary the desktop shell calls.
//!
//! The shell (`src-tauri`) turns each IPC command into one call on [`App`]. Everything worth
//! testing lives here or below, and is tested without a window. This file holds `App`, its
//! construction and the helpers its use-cases share; the use-cases are `impl App` blocks in
//! their own modules: `vault.rs`, `cases.rs`, `settings.rs`, `outputs.rs`, `training.rs`,
//! `grants.rs` (files chosen in a dialog).
//!
//! Invariants: this crate knows nothing of Tauri. It is the only crate that reads the clock
//! and draws randomness (through [`Env`], passed in), and the only one that joins content,
//! cases and text. What crosses IPC is its DTOs ([`dto`], built for the UI), the inputs
//! [`DisclosureInput`], [`NewCaseInput`] and [`NewInfoRequest`], the protocol's [`Edit`] and
//! the `Case` inside [`CaseView`] with their parts, and [`ApiError`]; each derives
//! `ts_rs::TS`, and `tests/ipc_contract.rs` keeps `ui/src/ipc.d.ts` equal to them. Errors
//! leave as codes ([`ApiError`]) that are Fluent ids, never as English prose, and never hold
//! case text.
#![deny(missing_docs)]

mod about;
mod cases;
pub mod clipboard;
pub mod content;
mod damaged;
pub mod dto;
pub mod env;
pub mod error;
pub mod export;
mod file;
pub mod grants;
pub mod guide;
mod import_guard;
mod outputs;
pub mod packs;
pub mod perms;
pub mod scenarios;
pub mod settings;
pub mod store;
pub mod strength;
pub mod training;
mod vault;
mod view;

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use meldwijzer_l10n::Localizer;
use meldwijzer_protocol::case::EditContext;
use meldwijzer_protocol::Protocol;

pub use about::components as licence_components;
pub use cases::DisclosureInput;
pub use clipboard::{Clipboard, FakeClipboard, SystemClipboard};
pub use dto::{
    AboutView, CaseListPage, CaseSummary, CaseView, CopiedView, CreatedView, FileDialogView, FileGrantView, GuideView,
    OutputView, SavedPdfView, SettingsView, StartupView, VaultStatusView,
};
pub use env::{Env, FixedEnv, SystemEnv};
pub use error::ApiError;
pub use meldwijzer_protocol::case::NewCase as NewCaseInput;
pub use meldwijzer_protocol::case::NewInfoRequest;
pub use meldwijzer_protocol::Edit;
pub use settings::{default_settings_path, default_vault_path};
pub use store::{CaseStore, ListEntry, MemoryStore, VaultStore};

use error::Code;

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
            damaged_cases: first.damaged,
            damaged_notice: match first.damaged {
                0 => None,
                1 => Some(self.l10n.text(ftl("caselist-damaged-notice-one"))),
                n => Some(self.l10n.format(ftl("caselist-damaged-notice-many"), &[("count", n.to_string())])),
            },
            persistent: self.store.as_ref().is_some_and(|s| s.persistent()),
            vault: self.vault_status(),
            settings: self.settings(),
            zoom_percent: self.settings.zoom_percent,
        }
    }
}
