//! Settings (the language, the idle time before the vault locks, how long a closed case is
//! kept, the window's zoom), written by Rust to the platform config directory, and the use-cases
//! that change them (`impl App` at the end). The webview keeps no storage of any kind.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::dto::{SettingsView, StartupView};
use crate::error::Code;
use crate::ApiError;

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
    /// How large the whole window draws, in percent ([`ZOOM_PERCENT`]; Ctrl+= / Ctrl+− / Ctrl+0).
    pub zoom_percent: u32,
}

/// The idle time before the vault locks: default and allowed range, in minutes.
pub const IDLE_LOCK_MINUTES: (u32, std::ops::RangeInclusive<u32>) = (5, 1..=60);
/// How long a closed case is kept: default and allowed range, in days.
pub const RETENTION_DAYS: (u32, std::ops::RangeInclusive<u32>) = (30, 1..=365);
/// The window's zoom: default and allowed range, in percent.
pub const ZOOM_PERCENT: (u32, std::ops::RangeInclusive<u32>) = (100, 50..=300);

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            language: meldwijzer_l10n::REFERENCE.to_string(),
            idle_lock_minutes: IDLE_LOCK_MINUTES.0,
            retention_days: RETENTION_DAYS.0,
            zoom_percent: ZOOM_PERCENT.0,
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
        if !ZOOM_PERCENT.1.contains(&self.zoom_percent) {
            self.zoom_percent = ZOOM_PERCENT.0;
        }
        self
    }
}

/// Where settings live by default: `<config dir>/meldwijzer/settings.toml`.
pub fn default_settings_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("meldwijzer").join("settings.toml"))
}

/// Where the vault lives by default: `<local data dir>/meldwijzer/vault.db`
/// (`~/.local/share` on Linux, `~/Library/Application Support` on macOS, the same as the data
/// dir there). On Windows the local one is `%LOCALAPPDATA%`, not the roaming `%APPDATA%`: a
/// roaming profile would copy the vault to a server at logoff and could bring back an older copy
/// over a newer one when two computers are used, and its file lock holds only on one machine.
pub fn default_vault_path() -> Option<PathBuf> {
    dirs::data_local_dir().map(|d| d.join("meldwijzer").join("vault.db"))
}

/// Reads settings; a missing or unreadable file gives the defaults (settings hold nothing
/// that is worth refusing to start over).
pub fn read(path: &Path) -> Settings {
    std::fs::read_to_string(path).ok().and_then(|t| toml::from_str::<Settings>(&t).ok()).unwrap_or_default().sanitised()
}

/// Writes settings atomically (temp file, fsync, rename), owner-only: the folder 0700 and
/// the file 0600 on Unix, also when they existed with looser modes.
pub fn write(path: &Path, settings: &Settings) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        crate::perms::secure_dir(dir)?;
    }
    let text = toml::to_string(settings).map_err(std::io::Error::other)?;
    let tmp = path.with_extension("toml.tmp");
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
            options.mode(0o600);
            // A leftover temp file keeps its old mode through `open`: set it.
            if let Ok(meta) = std::fs::symlink_metadata(&tmp) {
                if meta.is_file() && meta.permissions().mode() & 0o777 != 0o600 {
                    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
                }
            }
        }
        let mut f = options.open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

impl crate::App {
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
        let (_, idle_range) = IDLE_LOCK_MINUTES;
        if !idle_range.contains(&input.idle_lock_minutes) {
            return Err(self.err(Code {
                code: "error-idle-minutes-range",
                args: vec![("min", idle_range.start().to_string()), ("max", idle_range.end().to_string())],
            }));
        }
        let (_, days_range) = RETENTION_DAYS;
        if !days_range.contains(&input.retention_days) {
            return Err(self.err(Code {
                code: "error-retention-days-range",
                args: vec![("min", days_range.start().to_string()), ("max", days_range.end().to_string())],
            }));
        }
        let new = Settings {
            idle_lock_minutes: input.idle_lock_minutes,
            retention_days: input.retention_days,
            ..self.settings.clone()
        };
        self.write_settings(new)?;
        self.touch();
        Ok(self.settings())
    }

    /// The window's zoom in percent, as remembered.
    pub fn zoom_percent(&self) -> u32 {
        self.settings.zoom_percent
    }

    /// Remembers the window's zoom (kept within 50–300 %) and returns what the window is to
    /// use. Unlike the other settings it needs no open vault and does not count as activity.
    /// In oefenmodus it is kept in memory only: a training session leaves nothing on disk.
    pub fn set_zoom(&mut self, percent: u32) -> Result<u32, ApiError> {
        let (_, range) = ZOOM_PERCENT;
        let percent = percent.clamp(*range.start(), *range.end());
        let new = Settings { zoom_percent: percent, ..self.settings.clone() };
        if self.training.is_some() {
            self.settings = new;
        } else {
            self.write_settings(new)?;
        }
        Ok(percent)
    }

    fn write_settings(&mut self, new: Settings) -> Result<(), ApiError> {
        if let Some(path) = &self.settings_path {
            write(path, &new).map_err(|_| self.err(Code::plain("error-settings-write")))?;
        }
        self.settings = new;
        Ok(())
    }

    /// Switches the UI language and remembers it.
    pub fn set_language(&mut self, lang: String) -> Result<StartupView, ApiError> {
        if !meldwijzer_l10n::languages().contains(&lang.as_str()) {
            return Err(self.err(Code { code: "error-language-unknown", args: vec![("language", lang)] }));
        }
        let l10n = crate::localizer(&self.protocol, &lang).map_err(|_| self.err(Code::plain("error-content")))?;
        self.write_settings(Settings { language: lang, ..self.settings.clone() })?;
        self.l10n = l10n;
        Ok(self.startup())
    }
}
