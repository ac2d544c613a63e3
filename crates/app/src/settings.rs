//! Settings (only the language for now), written by Rust to the platform config directory.
//! The webview keeps no storage of any kind.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The settings file's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// UI language (`nl` or `en`).
    pub language: String,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { language: meldwijzer_l10n::REFERENCE.to_string() }
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
    std::fs::read_to_string(path).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
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
