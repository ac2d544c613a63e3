//! Paths only from Rust's own dialogs (issue 13, F6). The shell shows the native dialog and
//! hands the chosen path to [`App::grant_file`], which keeps it and returns an opaque token
//! and the bare file name; the page never sees the path. The file commands take only a live
//! token of the right kind ([`App::export_case_to`], [`App::import_case_from`],
//! [`App::save_output_pdf_to`], [`App::training_import_from`]): a forged or spent token, a path
//! sent as a token, or a token of another kind is refused (`error-file-token`). A token is
//! spent by the first use that succeeds (a wrong passphrase can be retyped without choosing
//! the file again), a newer grant of the same kind replaces it, and locking drops them all.
//! A path into Meldwijzer's own folders (the vault's, the settings') is refused at the grant
//! (`error-file-app-folder`): no dialog answer can overwrite or read the vault through these
//! commands.

use std::path::{Path, PathBuf};

use crate::dto::{CaseView, FileDialogView, FileGrantView, SavedPdfView, TrainingImportView};
use crate::error::Code;
use crate::{ftl, ApiError, App};

/// What a token may be used for: which dialog chose the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Where to write an exported case (`case`, save).
    CaseSave,
    /// Which case file to import (`case`, open).
    CaseOpen,
    /// Where to write a PDF (`pdf`, save).
    PdfSave,
    /// Which trainer file to read (`training`, open).
    TrainingOpen,
    /// Which pack to import (`pack`, open).
    PackOpen,
}

impl FileKind {
    /// The kind for a dialog's filter and direction, as in [`App::file_dialog`].
    pub fn of(filter: &str, save: bool) -> Option<FileKind> {
        match (filter, save) {
            ("case", true) => Some(FileKind::CaseSave),
            ("case", false) => Some(FileKind::CaseOpen),
            ("pdf", true) => Some(FileKind::PdfSave),
            ("training", false) => Some(FileKind::TrainingOpen),
            ("pack", false) => Some(FileKind::PackOpen),
            _ => None,
        }
    }
}

/// The live tokens: at most one per kind.
#[derive(Debug, Default)]
pub(crate) struct FileGrants {
    live: Vec<(String, FileKind, PathBuf)>,
}

impl FileGrants {
    fn grant(&mut self, token: String, kind: FileKind, path: PathBuf) {
        self.live.retain(|(_, k, _)| *k != kind);
        self.live.push((token, kind, path));
    }

    fn path(&self, token: &str, kind: FileKind) -> Option<PathBuf> {
        // Compared without an early exit (the tokens have one length).
        let same = |a: &str| {
            a.len() == token.len() && a.bytes().zip(token.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
        };
        self.live.iter().find(|(t, k, _)| *k == kind && same(t)).map(|(_, _, p)| p.clone())
    }

    fn spend(&mut self, token: &str) {
        self.live.retain(|(t, _, _)| t != token);
    }

    pub(crate) fn clear(&mut self) {
        self.live.clear();
    }
}

/// `path`'s folder, with links resolved as far as it exists (the file, and even its folder,
/// may not exist yet): the deepest existing ancestor canonicalised, the rest appended.
fn real_folder(path: &Path) -> Option<PathBuf> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty())?;
    let mut rest = Vec::new();
    let mut here = parent;
    loop {
        if let Ok(real) = std::fs::canonicalize(here) {
            return Some(rest.iter().rev().fold(real, |acc: PathBuf, part| acc.join(part)));
        }
        rest.push(here.file_name()?.to_os_string());
        here = here.parent()?;
    }
}

impl App {
    /// Keeps the path the professional chose in the native dialog for `filter` (`save` for a
    /// save dialog) and returns a single-use token for it with the bare file name to show.
    /// Only the shell calls this, with the dialog's answer; no IPC command takes a path.
    pub fn grant_file(&mut self, filter: &str, save: bool, path: PathBuf) -> Result<FileGrantView, ApiError> {
        let kind = FileKind::of(filter, save).ok_or_else(|| {
            self.err(Code {
                code: "error-unknown-id",
                args: vec![("kind", "filter".into()), ("id", filter.to_string())],
            })
        })?;
        let folder = real_folder(&path);
        let ours = [&self.vault_path, &self.settings_path].into_iter().flatten().filter_map(|p| real_folder(p));
        let inside = ours.into_iter().any(|app_dir| folder.as_ref().is_some_and(|f| f.starts_with(&app_dir)));
        if inside {
            return Err(self.err(Code::plain("error-file-app-folder")));
        }
        let token = format!("{}{}", self.env.new_id(), self.env.new_id()).replace('-', "");
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        self.files.grant(token.clone(), kind, path);
        Ok(FileGrantView { token, file_name })
    }

    /// Runs `f` with the path of a live `token` of `kind`; the token is spent if `f` succeeds.
    pub(crate) fn with_file<T>(
        &mut self,
        token: &str,
        kind: FileKind,
        f: impl FnOnce(&mut App, PathBuf) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let path = self.files.path(token, kind).ok_or_else(|| self.err(Code::plain("error-file-token")))?;
        let out = f(self, path)?;
        self.files.spend(token);
        Ok(out)
    }

    /// [`App::export_case`] to the file a save dialog for `case` chose (`token`).
    pub fn export_case_to(&mut self, case_id: String, token: String, passphrase: String) -> Result<(), ApiError> {
        self.with_file(&token, FileKind::CaseSave, |app, path| app.export_case(case_id, path, passphrase))
    }

    /// [`App::import_case`] from the file an open dialog for `case` chose (`token`).
    pub fn import_case_from(&mut self, token: String, passphrase: String) -> Result<CaseView, ApiError> {
        self.with_file(&token, FileKind::CaseOpen, |app, path| app.import_case(path, passphrase))
    }

    /// [`App::save_output_pdf`] to the file a save dialog for `pdf` chose (`token`).
    pub fn save_output_pdf_to(
        &mut self,
        case_id: String,
        output: String,
        lang: String,
        token: String,
    ) -> Result<SavedPdfView, ApiError> {
        self.with_file(&token, FileKind::PdfSave, |app, path| app.save_output_pdf(case_id, output, lang, path))
    }

    /// [`App::training_import`] of the file an open dialog for `training` chose (`token`).
    pub fn training_import_from(&mut self, token: String) -> Result<TrainingImportView, ApiError> {
        self.with_file(&token, FileKind::TrainingOpen, |app, path| app.training_import(&path))
    }
}

impl App {
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
