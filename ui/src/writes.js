// @ts-check
// The one write path: every change to a case goes through edit(), one after another
// (state.queue); autosave() sends a field's edit quietly; flushAll() is the write barrier's
// settle step (api.js), so copy, PDF, export, close, lock and quit see everything typed.

import * as api from './api.js';
import { t } from './l10n.js';
import { byId } from './dom.js';
import { showError } from './ui.js';
import { flushAutosave, hasUnsaved } from './autosave.js';
import { state } from './state.js';
import { showCase } from './screens.js';

/** Edits whose effect depends on everything typed so far: pending autosaves go out first. */
const SETTLE_FIRST = new Set(['close']);

/**
 * Sends one edit for the open case, after any edit still under way. On success the case is
 * drawn again and options.announce is said; on failure the error is shown next to
 * options.trigger (or passed to options.onError) and nothing the user typed is touched.
 * @param {Object} edit an Edit (api.js)
 * @param {{trigger?: Element, onError?: Function, onSuccess?: Function, announce?: string, focus?: string}} [options]
 * @returns {Promise<?CaseView>}
 */
export function edit(edit, options = {}) {
  const caseId = state.caseView && state.caseView.case.id;
  const quiet = state.autosaveRuns !== null;
  // Queued before this edit, so it applies to the case as typed.
  if (!quiet && SETTLE_FIRST.has(edit.op)) flushAutosave();
  const run = async () => {
    if (!caseId) return null;
    if (quiet) saveStatus('saving');
    try {
      const view = await api.editCase(caseId, edit);
      saved();
      state.quiet = quiet;
      try {
        if (options.onSuccess) options.onSuccess(view);
        if (state.screen === 'case' && state.caseView && state.caseView.case.id === caseId) {
          // An autosave redraws in place: focus, selection and what was typed since stay.
          showCase(view, quiet ? { background: true } : { focus: options.focus, announce: options.announce });
        }
      } finally {
        state.quiet = false;
      }
      return view;
    } catch (err) {
      if (quiet) saveStatus('failed');
      if (options.onError) options.onError(err);
      else if (options.trigger) showError(options.trigger, err);
      return null;
    }
  };
  const next = state.queue.then(run, run);
  state.queue = next.catch(() => null);
  if (quiet) state.autosaveRuns.push(next);
  return next;
}

/**
 * Runs send() (which makes a field's own handler send its edit) as an autosave: the edit
 * goes out quietly. Resolves true when every edit send() started was saved, false when one
 * failed, and null when none started (the field has no record to go into yet, such as a
 * reason before its answer: autosave.js keeps its text as a saved draft).
 * @param {Function} send
 * @returns {Promise<?boolean>}
 */
export function autosave(send) {
  const runs = [];
  state.autosaveRuns = runs;
  try {
    send();
  } finally {
    state.autosaveRuns = null;
  }
  if (runs.length === 0) return Promise.resolve(null);
  return Promise.all(runs).then((views) => views.every(Boolean));
}

/**
 * The save status in the top bar. 'saved' is only ever shown by saved(), after the backend
 * confirmed; the others say what is not saved yet.
 * @param {'pending'|'saving'|'failed'|'draft'} what ('draft': kept as a draft, the item is not added yet)
 */
export function saveStatus(what) {
  const status = byId('save-status');
  if (!state.startup || !state.startup.persistent) return;
  status.dataset.status = what;
  status.classList.toggle('is-failed', what === 'failed');
  status.textContent =
    what === 'failed' ? t('app-save-failed') : what === 'draft' ? t('app-save-draft') : what === 'saving' ? t('app-saving') : t('app-save-pending');
}

/** Says "Opgeslagen", quietly, after the backend confirmed a save into the vault. */
export function saved() {
  // Another field still waiting for its save keeps saying so.
  if (hasUnsaved()) return;
  const status = byId('save-status');
  status.classList.remove('is-failed');
  status.dataset.status = 'saved';
  status.textContent = state.startup.persistent ? t('app-saved') : '';
}

/** Says the save status again in the language now chosen (after a language switch). */
export function redrawSaveStatus() {
  const status = byId('save-status');
  const what = status.dataset.status;
  if (!what || !status.textContent) return;
  if (what === 'saved') {
    if (state.startup && state.startup.persistent) status.textContent = t('app-saved');
  } else {
    saveStatus(/** @type {'pending'|'saving'|'failed'|'draft'} */ (what));
  }
}

/** Sends everything typed but not yet sent and waits until every edit has been answered. */
export async function flushAll() {
  try {
    await flushAutosave();
  } catch {
    // A failed save shows its error; locking or quitting goes on.
  }
  await state.queue;
}
