//! The IPC commands: each is a one-liner over `meldwijzer_app::App`.
//!
//! No logic lives here (no branching, no formatting, no storage): a command
//! locks the state, calls one app method and returns its result, so
//! everything worth testing is tested in `crates/app` without a window.
//! Arguments arrive in camelCase from JavaScript (`caseId`), Tauri's default.
//! Every command must also be listed in `build.rs` and granted in
//! `capabilities/default.json`.

use meldwijzer_app::dto::{TrainingCaseView, TrainingFieldRoute, TrainingImportView, TrainingNotesView, TrainingView};
use meldwijzer_app::packs::{LocalView, PackPreview, PacksView};
use meldwijzer_app::{
    AboutView, ApiError, CaseListPage, CaseSummary, CaseView, CopiedView, CreatedView, DisclosureInput, Edit,
    FileGrantView, GuideView, NewCaseInput, NewInfoRequest, OutputView, SavedPdfView, SettingsView, StartupView,
    VaultStatusView,
};
use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};

use crate::state::AppState;

/// What the start screen needs: language, texts, cases.
#[tauri::command]
pub fn startup(state: State<'_, AppState>) -> Result<StartupView, ApiError> {
    crate::timing::mark("startup-command");
    let view = state.lock().startup();
    crate::timing::mark("startup-command-done");
    Ok(view)
}

/// "Over Meldwijzer": version, content and sources, the licences of what the app is built
/// from. Needs no open vault.
#[tauri::command]
pub fn about(state: State<'_, AppState>) -> AboutView {
    state.lock().about()
}

/// The user guide in the UI's language ("Hulp"). Needs no open vault.
#[tauri::command]
pub fn guide(state: State<'_, AppState>) -> GuideView {
    state.lock().guide()
}

/// Whether the vault is set up, locked or open.
#[tauri::command]
pub fn vault_status(state: State<'_, AppState>) -> VaultStatusView {
    state.lock().vault_status()
}

/// Sets up the vault (first start) and opens it. Async so the key derivation (about a
/// second) runs off the main thread and the window stays responsive.
#[tauri::command]
pub async fn create_vault(
    state: State<'_, AppState>,
    passphrase: String,
    with_recovery_key: bool,
) -> Result<CreatedView, ApiError> {
    state.lock().create_vault(passphrase, with_recovery_key)
}

/// Opens the vault with the passphrase. Async for the same reason as `create_vault`.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<StartupView, ApiError> {
    state.lock().unlock(passphrase)
}

/// Opens the vault with the recovery key and sets a new passphrase. Async: two key
/// derivations.
#[tauri::command]
pub async fn unlock_with_recovery(
    state: State<'_, AppState>,
    recovery_key: String,
    new_passphrase: String,
) -> Result<StartupView, ApiError> {
    state.lock().unlock_with_recovery(recovery_key, new_passphrase)
}

/// Changes the passphrase of the open vault (re-wraps the vault key only). Async: two key
/// derivations.
#[tauri::command]
pub async fn change_passphrase(state: State<'_, AppState>, current: String, new: String) -> Result<(), ApiError> {
    state.lock().change_passphrase(current, new)
}

/// Asks where to save a file (`filter`: `case` or `pdf`) with the native dialog; `None` if
/// cancelled, else a single-use token for the chosen path and its bare file name (the path
/// stays in Rust). Async, so the dialog does not block the main thread; the state is locked
/// only to build the dialog's texts and to keep the answer.
#[tauri::command]
pub async fn pick_save_path<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    suggested_name: String,
    filter: String,
) -> Result<Option<FileGrantView>, ApiError> {
    let spec = state.lock().file_dialog(&filter, &suggested_name, true)?;
    crate::dialog::pick_save(&window, spec).map(|path| state.lock().grant_file(&filter, true, path)).transpose()
}

/// Asks which file to open (`filter`: `case` or `training`) with the native dialog; `None` if
/// cancelled, else a token and the file name, as `pick_save_path`.
#[tauri::command]
pub async fn pick_open_path<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    filter: String,
) -> Result<Option<FileGrantView>, ApiError> {
    let spec = state.lock().file_dialog(&filter, "", false)?;
    crate::dialog::pick_open(&window, spec).map(|path| state.lock().grant_file(&filter, false, path)).transpose()
}

/// Closes the vault; its keys are wiped.
#[tauri::command]
pub fn lock(state: State<'_, AppState>) -> Result<VaultStatusView, ApiError> {
    state.lock().lock()
}

/// Switches the interface language and returns the start screen in it.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, lang: String) -> Result<StartupView, ApiError> {
    state.lock().set_language(lang)
}

/// One page of the case list of the start screen.
#[tauri::command]
pub fn list_cases(state: State<'_, AppState>, offset: usize, limit: usize) -> CaseListPage {
    state.lock().list_cases_page(offset, limit)
}

/// Starts a new case.
#[tauri::command]
pub fn create_case(state: State<'_, AppState>, input: NewCaseInput) -> Result<CaseView, ApiError> {
    state.lock().create_case(input)
}

/// Starts an information request (a route outside the five steps).
#[tauri::command]
pub fn create_info_request(state: State<'_, AppState>, input: NewInfoRequest) -> Result<CaseView, ApiError> {
    state.lock().create_info_request(input)
}

/// Opens one case.
#[tauri::command]
pub fn open_case(state: State<'_, AppState>, case_id: String) -> Result<CaseView, ApiError> {
    state.lock().open_case(case_id)
}

/// Applies one edit (an answer, a note, a step change) to a case.
#[tauri::command]
pub fn edit_case(state: State<'_, AppState>, case_id: String, edit: Edit) -> Result<CaseView, ApiError> {
    state.lock().edit_case(case_id, edit)
}

/// Deletes a case and returns the remaining list.
#[tauri::command]
pub fn delete_case(state: State<'_, AppState>, case_id: String) -> Result<Vec<CaseSummary>, ApiError> {
    state.lock().delete_case(case_id)
}

/// Records a disclosure, in a new case when `case_id` is absent.
#[tauri::command]
pub fn record_disclosure(
    state: State<'_, AppState>,
    case_id: Option<String>,
    input: DisclosureInput,
) -> Result<CaseView, ApiError> {
    state.lock().record_disclosure(case_id, input)
}

/// Notes an action of the professional (a key, a click): the idle lock counts from it.
#[tauri::command]
pub fn touch(state: State<'_, AppState>) {
    state.lock().touch()
}

/// The periodic check: locks the vault after the idle time and says where it stands.
#[tauri::command]
pub fn tick(state: State<'_, AppState>) -> VaultStatusView {
    state.lock().tick()
}

/// Changes the idle time and the retention period.
#[tauri::command]
pub fn set_settings(state: State<'_, AppState>, settings: SettingsView) -> Result<SettingsView, ApiError> {
    state.lock().set_settings(settings)
}

/// Writes one case, encrypted under its own passphrase, to the file chosen with
/// `pick_save_path` (`token`; a path is never accepted).
#[tauri::command]
pub async fn export_case(
    state: State<'_, AppState>,
    case_id: String,
    token: String,
    passphrase: String,
) -> Result<(), ApiError> {
    state.lock().export_case_to(case_id, token, passphrase)
}

/// Reads the case file chosen with `pick_open_path` (`token`) and stores the case, whole or
/// not at all.
#[tauri::command]
pub async fn import_case(state: State<'_, AppState>, token: String, passphrase: String) -> Result<CaseView, ApiError> {
    state.lock().import_case_from(token, passphrase)
}

/// Builds an output (adviesvraag, verslag, ...) of a case in `lang`: text, document, warnings.
#[tauri::command]
pub fn render_output(
    state: State<'_, AppState>,
    case_id: String,
    output: String,
    lang: String,
) -> Result<OutputView, ApiError> {
    state.lock().render_output(case_id, output, lang)
}

/// Copies an output to the clipboard from Rust and has the shell check again when the copy is
/// due to be cleared (the decision to clear is the app's, on its clock).
#[tauri::command]
pub fn copy_output<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case_id: String,
    output: String,
    lang: String,
) -> Result<CopiedView, ApiError> {
    state
        .lock()
        .copy_output(case_id, output, lang)
        .inspect(|v| crate::schedule_clipboard_check(&app, v.clear_after_secs))
}

/// Saves an output as a PDF to the file chosen with `pick_save_path` (`token`; not
/// encrypted, the UI warns first) and notes the save in the decision log. Async: rendering
/// and fsync run off the main thread.
#[tauri::command]
pub async fn save_output_pdf(
    state: State<'_, AppState>,
    case_id: String,
    output: String,
    lang: String,
    token: String,
) -> Result<SavedPdfView, ApiError> {
    state.lock().save_output_pdf_to(case_id, output, lang, token)
}

/// Called by the UI after a close request (see `lib.rs`), once everything typed is saved:
/// locks the vault (its keys are wiped) and ends the app.
#[tauri::command]
pub fn quit<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) {
    crate::lock_and_exit(&app, &state)
}

/// Called by the UI once its first screen is rendered: shows the window.
///
/// The window starts hidden (`visible: false`) so the user never sees an
/// empty white frame. With `MELDWIJZER_REPORT_READY=1` it also prints
/// `meldwijzer-ready` to stdout, which the startup benchmark waits for.
#[tauri::command]
pub fn ui_ready<R: Runtime>(window: WebviewWindow<R>) -> Result<(), tauri::Error> {
    crate::timing::mark("ui-ready-command");
    // The zoom the professional chose last time (Ctrl+= / Ctrl+− / Ctrl+0), set here rather
    // than when the window is built: the app is built on its own thread, and the page has
    // waited for it before drawing its first screen, so this does not hold the main thread.
    // The bare reference window (examples/bare/main.rs) has no app state and keeps zoom 100%.
    if let Some(state) = window.try_state::<AppState>() {
        let zoom = state.lock().zoom_percent();
        window.set_zoom(f64::from(zoom) / 100.0)?;
    }
    window.show()?;
    crate::report_ready();
    crate::after_first_screen(window.app_handle());
    Ok(())
}

/// Turns oefenmodus on (an unlocked vault is locked first) and returns the training cases.
#[tauri::command]
pub fn enter_training(state: State<'_, AppState>) -> Result<TrainingView, ApiError> {
    state.lock().enter_training()
}

/// Leaves oefenmodus: everything in it is discarded and the trainer-notes window closed.
#[tauri::command]
pub fn leave_training<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> VaultStatusView {
    crate::leave_training(&app, &state)
}

/// Oefenmodus and its cases.
#[tauri::command]
pub fn training_view(state: State<'_, AppState>) -> TrainingView {
    crate::timing::mark("training-view-command");
    state.lock().training_view()
}

/// One oefencasus with all its rounds.
#[tauri::command]
pub fn training_case(state: State<'_, AppState>, case_id: String) -> Result<TrainingCaseView, ApiError> {
    state.lock().training_case(&case_id)
}

/// Each field's route for the case after a round, side by side.
#[tauri::command]
pub fn training_compare(
    state: State<'_, AppState>,
    case_id: String,
    round: usize,
) -> Result<Vec<TrainingFieldRoute>, ApiError> {
    state.lock().training_compare(&case_id, round)
}

/// Notes where the presenter is, for the trainer-notes window.
#[tauri::command]
pub fn training_show(
    state: State<'_, AppState>,
    case_id: String,
    round: usize,
    revealed: bool,
) -> Result<(), ApiError> {
    state.lock().training_show(&case_id, round, revealed)
}

/// What the trainer-notes window shows (the only command that window is granted).
#[tauri::command]
pub fn training_notes(state: State<'_, AppState>) -> TrainingNotesView {
    state.lock().training_notes()
}

/// Reads the trainer's case file chosen with `pick_open_path` (`token`) into this training
/// session.
#[tauri::command]
pub fn training_import(state: State<'_, AppState>, token: String) -> Result<TrainingImportView, ApiError> {
    state.lock().training_import_from(token)
}

/// Opens (or brings forward) the trainer-notes window for the trainer's own screen.
#[tauri::command]
pub fn open_trainer_notes<R: Runtime>(app: AppHandle<R>) -> Result<(), tauri::Error> {
    crate::open_notes_window(&app)
}

/// Zooms the window that asks (Ctrl+= / Ctrl+− / Ctrl+0) and remembers the zoom.
#[tauri::command]
pub fn set_zoom<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    percent: u32,
) -> Result<u32, ApiError> {
    let percent = state.lock().set_zoom(percent)?;
    // A webview that cannot zoom stays as it is; the page still draws at every size.
    let _ = window.set_zoom(f64::from(percent) / 100.0);
    Ok(percent)
}

/// Full screen on or off for the window that asks (the presenter view).
#[tauri::command]
pub fn set_fullscreen<R: Runtime>(window: WebviewWindow<R>, on: bool) -> Result<(), tauri::Error> {
    window.set_fullscreen(on)
}

/// Reads and checks the pack chosen with `pick_open_path` (`token`); kept until accepted.
#[tauri::command]
pub fn pack_read(state: State<'_, AppState>, token: String) -> Result<PackPreview, ApiError> {
    state.lock().pack_read_from(token)
}

/// Imports the pack read last into the vault (`accept_unsigned`: the professional's explicit yes).
#[tauri::command]
pub fn pack_accept(state: State<'_, AppState>, accept_unsigned: bool) -> Result<PacksView, ApiError> {
    state.lock().pack_accept(accept_unsigned)
}

/// Forgets the pack read last.
#[tauri::command]
pub fn pack_cancel(state: State<'_, AppState>) {
    state.lock().pack_cancel()
}

/// The imported packs.
#[tauri::command]
pub fn packs_list(state: State<'_, AppState>) -> Result<PacksView, ApiError> {
    state.lock().packs_list()
}

/// Removes an imported pack.
#[tauri::command]
pub fn pack_remove(state: State<'_, AppState>, id: String) -> Result<PacksView, ApiError> {
    state.lock().pack_remove(id)
}

/// What the imported packs add to the screens.
#[tauri::command]
pub fn pack_local(state: State<'_, AppState>) -> Result<LocalView, ApiError> {
    state.lock().pack_local()
}
