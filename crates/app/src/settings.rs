//! Settings (the language, the idle time before the vault locks, how long a closed case is
//! kept), written by Rust to the platform config directory. The webview keeps no storage of
//! any kind.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The settings file's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// UI language (`nl` or `en`).
    pub language: String,
    /// Minutes without any action before the vault locks by itself ([`IDLE_LOCK_MINUTES`]).
    pub idle_lock_minutes: u32,
    /// Days a closed case is kept before it is destroyed ([`RETENTION_DAYS`]).
    pub retention_days: u32,
}

/// The idle time before the vault locks: default and allowed range, in minutes.
pub const IDLE_LOCK_MINUTES: (u32, std::ops::RangeInclusive<u32>) = (5, 1..=60);
/// How long a closed case is kept: default and allowed range, in days.
pub const RETENTION_DAYS: (u32, std::ops::RangeInclusive<u32>) = (30, 1..=365);

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            language: meldwijzer_l10n::REFERENCE.to_string(),
            idle_lock_minutes: IDLE_LOCK_MINUTES.0,
            retention_days: RETENTION_DAYS.0,
        }
    }
}

impl Settings {
    /// Values out of range (an edited file) fall back to their defaults.
    pub fn sanitised(mut self) -> Settings {
        if !IDLE_LOCK_MINUTES.1.contains(&self.idle_lock_minutes) {
            self.idle_lock_minutes = IDLE_LOCK_MINUTES.0;
        }
        if !RETENTION_DAYS.1.contains(&self.retention_days) {
            self.retention_days = RETENTION_DAYS.0;
        }
        self
    }
}

/// Where settings live by default: `<config dir>/meldwijzer/settings.toml`.
pub fn default_settings_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("meldwijzer").join("settings.toml"))
}

/// Where the vault lives by default: `<data dir>/meldwijzer/vault.db`.
pub fn default_vault_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("meldwijzer").join("vault.db"))
}

/// Reads settings; a missing or unreadable file gives the defaults (settings hold nothing
/// that is worth refusing to start over).
pub fn read(path: &Path) -> Settings {
    std::fs::read_to_string(path).ok().and_then(|t| toml::from_str::<Settings>(&t).ok()).unwrap_or_default().sanitised()
}

/// Writes settings atomically (temp file, fsync, rename).
pub fn write(path: &Path, settings: &Settings) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = toml::to_string(settings).map_err(std::io::Error::other)?;
    let tmp = path.with_extension("toml.tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

/// The settings' use-cases on the app: read, change, and the UI language.
mod use_cases {
    use crate::error::Code;
    use crate::*;

    impl App {
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

        pub(crate) fn write_settings(&mut self, new: settings::Settings) -> Result<(), ApiError> {
            if let Some(path) = &self.settings_path {
                settings::write(path, &new).map_err(|_| self.err(Code::plain("error-settings-write")))?;
            }
            self.settings = new;
            Ok(())
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
    }
}
