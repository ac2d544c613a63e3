// @ts-check
// The single doorway to the backend: the only module that touches window.__TAURI__.
//
// One async function per IPC command. Arguments go at the top level in camelCase (caseId);
// inside objects they keep the Rust field names (snake_case). The types (CaseView, Edit,
// ApiError, ErrorCode, …) are declared in ipc.d.ts, generated from the Rust types by
// crates/app/tests/ipc_contract.rs; `tsc` checks this file against them (scripts/test.sh).
//
// Every rejection becomes an ApiError {code, args, message}. A plain-string rejection
// (for example Tauri failing to deserialise arguments) becomes `error-unexpected`, so the
// UI never shows English prose from the shell. Nothing here logs: errors may sit next to
// case text, and case text never goes to the console.

import { t } from './l10n.js';


/**
 * @param {unknown} e
 * @returns {e is {code: string, args?: Record<string, string>, message?: unknown}}
 */
function isApiError(e) {
  return Boolean(e) && typeof e === 'object' && typeof (/** @type {{code?: unknown}} */ (e)).code === 'string';
}

/**
 * Turns whatever a command rejected with into an ApiError.
 * @param {unknown} e
 * @returns {ApiError}
 */
function toApiError(e) {
  if (isApiError(e)) {
    return { code: e.code, args: e.args || {}, message: typeof e.message === 'string' ? e.message : '' };
  }
  return { code: 'error-unexpected', args: {}, message: t('error-unexpected') };
}

// ---------- The write barrier ----------
// The case's text reaches the backend through autosave (views/case.js) and the edit queue
// (main.js). A call whose answer depends on that text must not overtake them: copy, PDF,
// export, the close edit, lock and quit first send what is typed and wait until every edit
// is answered (`settle`); the preview's render waits for edits under way (`drain`) and is
// drawn again after each save anyway, so typing keeps its pause before a save.

/** @type {{settle: () => Promise<unknown>, drain: () => Promise<unknown>}} */
let barrier = { settle: async () => {}, drain: async () => {} };

/**
 * Installs the write barrier (main.js, once at start-up).
 * @param {{settle: () => Promise<unknown>, drain: () => Promise<unknown>}} b
 */
export function setWriteBarrier(b) {
  barrier = b;
}

/**
 * @param {string} command
 * @param {Object} [args]
 * @returns {Promise<any>} what the command returns (its type is in the caller's JSDoc)
 */
async function call(command, args) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core || typeof tauri.core.invoke !== 'function') {
    throw toApiError(null);
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

/** @returns {Promise<StartupView>} */
export function startup() {
  return call('startup');
}

/**
 * @param {string} lang
 * @returns {Promise<StartupView>}
 */
export function setLanguage(lang) {
  return call('set_language', { lang });
}

/**
 * One page of the case list (due follow-ups first, then open, then last changed).
 * @param {number} offset
 * @param {number} limit
 * @returns {Promise<CaseListPage>}
 */
export function listCases(offset, limit) {
  return call('list_cases', { offset, limit });
}

/**
 * @param {NewCase} input
 * @returns {Promise<CaseView>}
 */
export function createCase(input) {
  return call('create_case', { input });
}

/**
 * Starts an information request (someone asks the professional for information).
 * @param {{alias: string, field: string, subject: string, requester: string}} input
 * @returns {Promise<CaseView>}
 */
export function createInfoRequest(input) {
  return call('create_info_request', { input });
}

/**
 * @param {string} caseId
 * @returns {Promise<CaseView>}
 */
export function openCase(caseId) {
  return call('open_case', { caseId });
}

/**
 * @param {string} caseId
 * @param {Edit} edit
 * @returns {Promise<CaseView>}
 */
export function editCase(caseId, edit) {
  return call('edit_case', { caseId, edit });
}

/**
 * @param {string} caseId
 * @returns {Promise<CaseSummary[]>}
 */
export function deleteCase(caseId) {
  return call('delete_case', { caseId });
}

/**
 * @param {?string} caseId null starts a new case from input.alias/field/subject
 * @param {DisclosureInput} input
 * @returns {Promise<CaseView>}
 */
export function recordDisclosure(caseId, input) {
  return call('record_disclosure', { caseId, input });
}

/**
 * Builds an output of a case in a language: {output, lang, text, document, warnings}.
 * @param {string} caseId
 * @param {string} output adviesvraag, verslag, soep, leerlingdossier, overdracht, eenvoudig
 * @param {string} lang nl or en (may differ from the UI language)
 * @returns {Promise<Object>}
 */
export async function renderOutput(caseId, output, lang) {
  await barrier.drain();
  return call('render_output', { caseId, output, lang });
}

/**
 * Copies an output to the clipboard (from Rust); cleared after clear_after_secs if unchanged.
 * @param {string} caseId
 * @param {string} output
 * @param {string} lang
 * @returns {Promise<CopiedView>}
 */
export async function copyOutput(caseId, output, lang) {
  await barrier.settle();
  return call('copy_output', { caseId, output, lang });
}

/**
 * Saves an output as a PDF to the file chosen with pickSavePath (its token); not encrypted.
 * Noted in the log.
 * @param {string} caseId
 * @param {string} output
 * @param {string} lang
 * @param {string} token from pickSavePath
 * @returns {Promise<SavedPdfView>}
 */
export async function saveOutputPdf(caseId, output, lang, token) {
  await barrier.settle();
  return call('save_output_pdf', { caseId, output, lang, token });
}

/** Shows the window; call once, after the first screen has rendered. */
export function uiReady() {
  return call('ui_ready');
}


/** "Over Meldwijzer": version, content, sources and licences; needs no open vault.
 * @returns {Promise<AboutView>} */
export function about() {
  return call('about');
}

/** The user guide in the UI's language ("Hulp"); needs no open vault.
 * @returns {Promise<GuideView>} */
export function guide() {
  return call('guide');
}

/** @returns {Promise<VaultStatusView>} */
export function vaultStatus() {
  return call('vault_status');
}

/**
 * Sets up the vault (first start) and opens it.
 * @param {string} passphrase
 * @param {boolean} withRecoveryKey
 * @returns {Promise<CreatedView>}
 */
export function createVault(passphrase, withRecoveryKey) {
  return call('create_vault', { passphrase, withRecoveryKey });
}

/**
 * @param {string} passphrase
 * @returns {Promise<StartupView>}
 */
export function unlock(passphrase) {
  return call('unlock', { passphrase });
}

/**
 * Closes the vault; its keys are wiped.
 * @returns {Promise<VaultStatusView>}
 */
export async function lock() {
  await barrier.settle();
  return call('lock');
}

/** Notes an action of the professional: the idle lock counts from the last one. */
export function touch() {
  return call('touch');
}

/**
 * The periodic check: the backend locks the vault after the idle time.
 * @returns {Promise<VaultStatusView>}
 */
export function tick() {
  return call('tick');
}

/**
 * @param {SettingsView} settings
 * @returns {Promise<SettingsView>}
 */
export function setSettings(settings) {
  return call('set_settings', { settings });
}

/** Locks the vault and ends the app; call after a close request, once everything is saved. */
export async function quit() {
  await barrier.settle();
  return call('quit');
}

/**
 * Writes one case, encrypted (age) under its own passphrase, to the file chosen with
 * pickSavePath (its token).
 * @param {string} caseId
 * @param {string} token
 * @param {string} passphrase
 * @returns {Promise<null>}
 */
export async function exportCase(caseId, token, passphrase) {
  await barrier.settle();
  return call('export_case', { caseId, token, passphrase });
}

/**
 * Reads the case file chosen with pickOpenPath (its token) and stores the case, whole or not
 * at all.
 * @param {string} token
 * @param {string} passphrase
 * @returns {Promise<CaseView>}
 */
export function importCase(token, passphrase) {
  return call('import_case', { token, passphrase });
}

/**
 * Opens the vault with the recovery key (passphrase forgotten) and sets a new passphrase.
 * @param {string} recoveryKey
 * @param {string} newPassphrase
 * @returns {Promise<StartupView>}
 */
export function unlockWithRecovery(recoveryKey, newPassphrase) {
  return call('unlock_with_recovery', { recoveryKey, newPassphrase });
}

/**
 * Changes the passphrase of the open vault.
 * @param {string} current
 * @param {string} next
 * @returns {Promise<null>}
 */
export function changePassphrase(current, next) {
  return call('change_passphrase', { current, new: next });
}

/**
 * A file chosen in the native dialog: a single-use token for the file commands and the bare
 * file name to show. The page never learns the path.
 * @typedef {{token: string, file_name: string}} ChosenFile
 */

/**
 * Asks where to save a file with the native dialog.
 * @param {string} suggestedName a file name without case text
 * @param {'case'|'pdf'} filter
 * @returns {Promise<?ChosenFile>} the chosen file, or null if cancelled
 */
export function pickSavePath(suggestedName, filter) {
  return call('pick_save_path', { suggestedName, filter });
}

/**
 * Asks which file to open with the native dialog.
 * @param {'case'|'training'|'pack'} filter
 * @returns {Promise<?ChosenFile>} the chosen file, or null if cancelled
 */
export function pickOpenPath(filter) {
  return call('pick_open_path', { filter });
}

// ---------- Oefenmodus ----------

/** Turns oefenmodus on (an unlocked vault is locked first). @returns {Promise<Object>} TrainingView */
export function enterTraining() {
  return call('enter_training');
}

/** Leaves oefenmodus; everything in it is discarded. @returns {Promise<VaultStatusView>} */
export function leaveTraining() {
  return call('leave_training');
}

/** @returns {Promise<Object>} TrainingView */
export function trainingView() {
  return call('training_view');
}

/** @param {string} caseId @returns {Promise<Object>} TrainingCaseView */
export function trainingCase(caseId) {
  return call('training_case', { caseId });
}

/** Each field's route after round (0-based). @returns {Promise<Object[]>} TrainingFieldRoute[] */
export function trainingCompare(caseId, round) {
  return call('training_compare', { caseId, round });
}

/** Tells the backend where the presenter is (for the trainer-notes window). */
export function trainingShow(caseId, round, revealed) {
  return call('training_show', { caseId, round, revealed });
}

/** What the trainer-notes window shows. @returns {Promise<Object>} TrainingNotesView */
export function trainingNotes() {
  return call('training_notes');
}

/** Reads the trainer's case file chosen with pickOpenPath (its token). @returns {Promise<Object>} TrainingImportView */
export function trainingImport(token) {
  return call('training_import', { token });
}

/** Opens the trainer-notes window on the trainer's own screen. */
export function openTrainerNotes() {
  return call('open_trainer_notes');
}

/**
 * Zooms the whole window and remembers it; the percent the window now uses (50–300).
 * @param {number} percent
 * @returns {Promise<number>}
 */
export function setZoom(percent) {
  return call('set_zoom', { percent });
}

/** Full screen on or off for this window. */
export function setFullscreen(on) {
  return call('set_fullscreen', { on });
}

/** Reads and checks the pack chosen with pickOpenPath (its token). @returns {Promise<PackPreview>} */
export function packRead(token) {
  return call('pack_read', { token });
}

/** Imports the pack read last; acceptUnsigned is the professional's explicit yes. @returns {Promise<PacksView>} */
export function packAccept(acceptUnsigned) {
  return call('pack_accept', { acceptUnsigned });
}

/** Forgets the pack read last. */
export function packCancel() {
  return call('pack_cancel');
}

/** The imported packs. @returns {Promise<PacksView>} */
export function packsList() {
  return call('packs_list');
}

/** Removes an imported pack. @returns {Promise<PacksView>} */
export function packRemove(id) {
  return call('pack_remove', { id });
}

/** What the imported packs add to the screens. @returns {Promise<LocalView>} */
export function packLocal() {
  return call('pack_local');
}
