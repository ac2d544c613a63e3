// @ts-check
// Autosave: what is typed in the case screen goes to the backend after a pause in typing,
// through the field's own submit or change handler (so it is validated and saved exactly as
// its button would), quietly. A form that adds a new item, or whose submit does more than save
// (`data-autosave="off"`), keeps its text a draft until its own button. A failed save keeps
// the text, says so and retries. flushAutosave() sends everything pending at once: before
// lock, quit, leaving a step or case, and through the write barrier (api.js) before copy,
// PDF, export and close. views/case.js wires typing to scheduleAutosave().

/** How long a typing pause lasts before the field is saved. */
const AUTOSAVE_DELAY_MS = 800;
/** How soon a failed autosave is tried again. */
const AUTOSAVE_RETRY_MS = 5000;
/** @type {Map<string, number>} field id → pending timer */
const autosaveTimers = new Map();
/** Field ids whose last autosave failed (their text is still a draft). */
const autosaveFailed = new Set();
let autosaveRetry = 0;
/** The ctx of the screen that scheduled autosaves. */
let autosaveCtx = null;

export function isFreeText(el) {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && (el.type === 'text' || el.type === 'date'));
}

/**
 * A form whose submit does more than save what is typed (it adds a new item, or closes
 * something: `data-autosave="off"`): its drafts stay in memory until its own button is pressed,
 * because autosave sends a field by submitting its form.
 */
function addsNewItem(form) {
  if (form.dataset.autosave === 'off') return true;
  if (form.querySelector('[id$="-new-submit"]')) return true;
  // A follow-up without a date does not exist yet.
  const due = form.classList.contains('follow-up') ? form.querySelector('input[type="date"]') : null;
  return Boolean(due && !due.value);
}

export function scheduleAutosave(ctx, el) {
  autosaveCtx = ctx;
  const form = el.form;
  if (form && addsNewItem(form)) {
    ctx.saveStatus('draft');
    return;
  }
  window.clearTimeout(autosaveTimers.get(el.id));
  autosaveTimers.set(el.id, window.setTimeout(() => {
    autosaveTimers.delete(el.id);
    autosaveFields([el.id]);
  }, AUTOSAVE_DELAY_MS));
  ctx.saveStatus('pending');
}

/**
 * Sends the edit that carries these fields now, through the same handler their button or
 * change event uses. Resolves when the backend answered: true if every edit was saved.
 * @param {string[]} ids
 * @returns {Promise<boolean>}
 */
function autosaveFields(ids) {
  const ctx = autosaveCtx;
  if (!ctx) return Promise.resolve(true);
  const runs = [];
  const forms = new Set();
  for (const id of ids) {
    autosaveFailed.delete(id);
    const el = /** @type {?HTMLInputElement} */ (document.getElementById(id));
    if (!el || el.disabled || !document.getElementById('main').contains(el)) continue;
    const form = el.form;
    if (form && addsNewItem(form)) continue;
    if (form && forms.has(form)) continue;
    if (form) forms.add(form);
    const active = /** @type {?HTMLInputElement} */ (document.activeElement);
    const selection = active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
    runs.push(
      ctx.autosave(() => {
        if (form) form.requestSubmit();
        else el.dispatchEvent(new Event(`change`, { bubbles: true }));
      }).then((ok) => {
        if (!ok) autosaveFailed.add(id);
        return ok;
      }),
    );
    // A check in the form's own handler may have moved focus; the user is still typing here.
    if (active && document.activeElement !== active && document.contains(active)) {
      active.focus({ preventScroll: true });
      if (selection) {
        try {
          active.setSelectionRange(selection[0], selection[1]);
        } catch {
          // Date inputs have no selection.
        }
      }
    }
  }
  return Promise.all(runs).then((oks) => {
    const ok = oks.every(Boolean);
    if (!ok) {
      window.clearTimeout(autosaveRetry);
      autosaveRetry = window.setTimeout(() => flushAutosave(), AUTOSAVE_RETRY_MS);
    }
    return ok;
  });
}

/**
 * Sends at once everything typed but not yet sent (pending timers and failed saves): before
 * lock, quit, or leaving the step or the case. The fields are read synchronously, so the
 * screen may change right after the call. Resolves true when everything was saved.
 * @returns {Promise<boolean>}
 */
export function flushAutosave() {
  const ids = [...autosaveTimers.keys(), ...autosaveFailed];
  for (const timer of autosaveTimers.values()) window.clearTimeout(timer);
  autosaveTimers.clear();
  if (ids.length === 0) return Promise.resolve(true);
  return autosaveFields([...new Set(ids)]);
}

/** Whether something typed is not saved yet (a pending or failed autosave). */
export function hasUnsaved() {
  return autosaveTimers.size > 0 || autosaveFailed.size > 0;
}

/** Forgets pending and failed autosaves (after lock; views/case.js forgets the drafts). */
export function forgetAutosave() {
  for (const timer of autosaveTimers.values()) window.clearTimeout(timer);
  autosaveTimers.clear();
  autosaveFailed.clear();
  window.clearTimeout(autosaveRetry);
}
