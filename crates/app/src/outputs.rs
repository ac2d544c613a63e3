//! The outputs at the API: render one in a chosen language (text, document, anonymisation
//! warnings), copy one to the clipboard (noted in the decision log) and clear the clipboard
//! 30 seconds later, on the injected clock, only if it still holds what was copied; save one
//! as a PDF where the professional chose (unencrypted: the UI warns first), noted in the log.

use std::path::PathBuf;

use chrono::Local;
use meldwijzer_protocol::case::{Case, OutputAction, OutputKind};
use meldwijzer_protocol::Edit;

use crate::dto::{CopiedView, OutputView, SavedPdfView};
use crate::error::Code;
use crate::{digest, ftl, view, ApiError, App, Clipboard, CLIPBOARD_CLEAR_SECS};

impl App {
    /// Uses `clipboard` for copies from now on (tests pass a [`crate::FakeClipboard`]).
    pub fn set_clipboard(&mut self, clipboard: Box<dyn Clipboard>) {
        self.clipboard = clipboard;
        self.copied = None;
    }

    fn output_kind(&self, output: &str) -> Result<OutputKind, ApiError> {
        OutputKind::from_id(output).ok_or_else(|| {
            self.err(Code { code: "error-unknown-id", args: vec![("kind", "output".into()), ("id", output.into())] })
        })
    }

    fn output_l10n(&self, lang: &str) -> Result<&meldwijzer_l10n::Localizer, ApiError> {
        self.out_l10n
            .iter()
            .find(|l| l.lang() == lang)
            .ok_or_else(|| self.err(Code { code: "error-language-unknown", args: vec![("language", lang.into())] }))
    }

    /// Builds an output for a case in `lang` (which may differ from the UI language): the plain
    /// text, the document and, for the adviesvraag, the anonymisation warnings. A refused output
    /// (the plain-language summary, off or unsafe) answers with its reason as the error.
    pub fn render_output(&self, case_id: String, output: String, lang: String) -> Result<OutputView, ApiError> {
        let case = self.load(&case_id)?;
        self.render(&case, &output, &lang)
    }

    fn render(&self, case: &Case, output: &str, lang: &str) -> Result<OutputView, ApiError> {
        let kind = self.output_kind(output)?;
        let l10n = self.output_l10n(lang)?;
        let local = |t: chrono::DateTime<chrono::Utc>| t.with_timezone(&Local).naive_local();
        let ctx = meldwijzer_outputs::Ctx { protocol: &self.protocol, l10n, today: self.today(), local: &local };
        let document = meldwijzer_outputs::render(&ctx, case, kind).map_err(|_| {
            // The reason in the UI language, whatever the output language.
            let ui = meldwijzer_outputs::Ctx { l10n: &self.l10n, ..ctx };
            self.refused(meldwijzer_outputs::refusal(&ui, case, kind))
        })?;
        let warnings = view::warnings(&self.l10n, meldwijzer_outputs::warnings(&ctx, case, kind));
        let pdf_file_name = format!("meldwijzer-{}-{}.pdf", kind.id(), self.today().format("%Y-%m-%d"));
        Ok(OutputView {
            output: kind.id(),
            lang: l10n.lang().to_string(),
            text: document.to_plain_text(),
            document,
            warnings,
            pdf_file_name,
        })
    }

    fn refused(&self, r: Option<meldwijzer_outputs::Refusal>) -> ApiError {
        match r {
            Some(meldwijzer_outputs::Refusal::SummaryUnsafe { recorded }) => {
                self.err(Code { code: "error-summary-unsafe", args: vec![("recorded", recorded.join(", "))] })
            }
            Some(meldwijzer_outputs::Refusal::NotForThisCase) => self.err(Code::plain("error-output-not-for-case")),
            Some(meldwijzer_outputs::Refusal::NotForField { fields }) => {
                self.err(Code { code: "error-output-not-for-field", args: vec![("fields", fields.join(", "))] })
            }
            Some(meldwijzer_outputs::Refusal::Inzage { file, readers, reasons }) => self.err(Code {
                code: "error-output-inzage",
                args: vec![("file", file), ("readers", readers.join(", ")), ("reasons", reasons.join("; "))],
            }),
            _ => self.err(Code::plain("error-summary-off")),
        }
    }

    /// Copies an output to the clipboard, notes the copy in the decision log and says when the
    /// clipboard will be cleared. The shell calls [`App::clipboard_check`] that many seconds
    /// later; [`App::tick`] and [`App::lock`] check too.
    pub fn copy_output(&mut self, case_id: String, output: String, lang: String) -> Result<CopiedView, ApiError> {
        self.touch();
        let mut case = self.load(&case_id)?;
        let rendered = self.render(&case, &output, &lang)?;
        self.clipboard.write(&rendered.text).map_err(|_| self.err(Code::plain("error-clipboard")))?;
        self.copied = Some((digest(&rendered.text), self.env.now()));
        let kind = self.output_kind(&output)?;
        case.apply(
            &self.protocol,
            Edit::RecordOutput { output: kind, action: OutputAction::Copied, lang: rendered.lang },
            &self.ctx(),
        )
        .map_err(|e| self.err(e))?;
        Ok(CopiedView { clear_after_secs: CLIPBOARD_CLEAR_SECS, case: self.save_and_view(case)? })
    }

    /// Saves an output as an A4 PDF at `path` (chosen by the professional in the native
    /// dialog), rendered from the same document as the text, in `lang`, with "Pagina n van m"
    /// in that language. The file is not encrypted; the UI says so before asking. Written
    /// whole or not at all (`error-pdf-folder` when the folder does not exist,
    /// `error-pdf-write` when writing fails); a refused output answers as
    /// [`App::render_output`] does. The save is noted in the decision log.
    pub fn save_output_pdf(
        &mut self,
        case_id: String,
        output: String,
        lang: String,
        path: PathBuf,
    ) -> Result<SavedPdfView, ApiError> {
        self.touch();
        let mut case = self.load(&case_id)?;
        let rendered = self.render(&case, &output, &lang)?;
        if !crate::file::folder_exists(&path) {
            return Err(self.err(Code::plain("error-pdf-folder")));
        }
        let bytes = self.pdf_bytes(&rendered)?;
        crate::file::write_atomic(&path, &bytes).map_err(|_| self.err(Code::plain("error-pdf-write")))?;
        let kind = self.output_kind(&output)?;
        case.apply(
            &self.protocol,
            Edit::RecordOutput { output: kind, action: OutputAction::Saved, lang: rendered.lang },
            &self.ctx(),
        )
        .map_err(|e| self.err(e))?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(SavedPdfView { file_name, bytes: bytes.len() as u64, case: self.save_and_view(case)? })
    }

    /// A rendered output as PDF bytes, "Pagina n van m" in the output's language.
    fn pdf_bytes(&self, rendered: &OutputView) -> Result<Vec<u8>, ApiError> {
        let l10n = self.output_l10n(&rendered.lang)?;
        let labels = meldwijzer_pdf::PdfLabels::new(|page, pages| {
            l10n.format(ftl("pdf-page-of"), &[("page", page.to_string()), ("pages", pages.to_string())])
        });
        meldwijzer_pdf::render(&rendered.document, &labels).map_err(|e| match e {
            meldwijzer_pdf::PdfError::TooManyPages { pages, max } => self.err(Code {
                code: "error-pdf-too-long",
                args: vec![("pages", pages.to_string()), ("max", max.to_string())],
            }),
            meldwijzer_pdf::PdfError::Font | meldwijzer_pdf::PdfError::Write => {
                self.err(Code::plain("error-pdf-render"))
            }
        })
    }

    /// Clears the clipboard once [`CLIPBOARD_CLEAR_SECS`] have passed since the last copy, and
    /// only if it still holds what was copied (something the professional copied since is left
    /// alone). Returns whether it cleared.
    pub fn clipboard_check(&mut self) -> bool {
        let Some((_, at)) = &self.copied else { return false };
        if self.env.now() < *at + chrono::Duration::seconds(CLIPBOARD_CLEAR_SECS as i64) {
            return false;
        }
        self.clear_clipboard_if_ours()
    }

    /// Clears the clipboard now if it still holds the last copy; forgets the copy either way.
    pub(crate) fn clear_clipboard_if_ours(&mut self) -> bool {
        let Some((hash, _)) = self.copied.take() else { return false };
        let ours = self.clipboard.read().is_some_and(|t| digest(&t) == hash);
        // A clipboard that fails to clear now is not retried: the copy stays until the
        // professional copies something else. Rare, and nothing the app can do better.
        ours && self.clipboard.clear().is_ok()
    }
}
