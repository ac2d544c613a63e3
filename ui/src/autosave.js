// @ts-check
// Autosave: what is typed in the case screen goes to the backend after a pause in typing,
// through the field's own submit or change handler (so it is validated and saved exactly as
// its button would), quietly. Text that has no record to go into yet (a form that adds a new
// item, or whose submit does more than save (`data-autosave="off"`), or a field whose handler
// needs something else first, such as a reason before its answer) is kept with the case as a
// saved draft (`set-drafts`, drafts.js) until its own button or answer takes it; so is a radio
// or checkbox ticked in a form that adds a new item (kept as `CHOSEN`). A failed save
// keeps the text, says so and retries. flushAutosave() sends everything pending at once:
// before lock, quit, leaving a step or case, and through the write barrier (api.js) before
// copy, PDF, export and close. views/case.js wires typing to scheduleAutosave().

import { hasSavedDraft, noteSavedDrafts } from './drafts.js';

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
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text');
}

/** Whether el is a radio button or a checkbox. */
export function isChoice(el) {
  return el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
}

/**
 * The saved draft of a ticked radio or checkbox (under its own id): it comes back ticked when
 * the case opens again. An unticked one keeps no draft (a new item's boxes start unticked, and
 * a radio group's default gives way to the one ticked).
 */
export const CHOSEN = 'checked';

/** What a field keeps as its saved draft: its text, or for a choice `CHOSEN` or nothing. */
function draftText(el) {
  if (isChoice(el)) return el.checked ? CHOSEN : '';
  return el.value;
}

/**
 * Whether a radio or checkbox is kept as a saved draft when it changes: only in a form that
 * adds a new item (its submit goes out by its own button). An answered question's radios or
 * a box whose change saves at once go through their own edit, never through drafts.
 * @param {HTMLInputElement} el
 */
export function keepsChoiceAsDraft(el) {
  return isChoice(el) && Boolean(el.form) && addsNewItem(el.form);
}

/** These fields, with every radio of their radio groups (choosing one unticks the others). */
function withRadioGroups(fields) {
  const out = new Map();
  for (const f of fields) {
    const group =
      f.type === 'radio' && f.name
        ? /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(f.name)}"]`)])
        : [f];
    for (const g of group) if (g.id) out.set(g.id, g);
  }
  return [...out.values()];
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
  const due = form.classList.contains('follow-up') ? /** @type {?HTMLInputElement} */ (form.querySelector('input[data-date]')) : null;
  return Boolean(due && !due.value.trim());
}

export function scheduleAutosave(ctx, el) {
  autosaveCtx = ctx;
  window.clearTimeout(autosaveTimers.get(el.id));
  autosaveTimers.set(el.id, window.setTimeout(() => {
    autosaveTimers.delete(el.id);
    autosaveFields([el.id]);
  }, AUTOSAVE_DELAY_MS));
  ctx.saveStatus('pending');
}

/** A field id the case can keep a saved draft under (`Edit::SetDrafts`). */
const DRAFT_ID = /^[a-z0-9-]{1,80}$/;

/**
 * Keeps these fields' texts (a choice: `CHOSEN`, or nothing once unticked) with the case as
 * saved drafts, quietly. Resolves true when saved, null when there was nothing to keep (empty
 * fields the case keeps no draft for, such as a new item's form just emptied by adding it).
 * @param {Object} ctx
 * @param {HTMLInputElement[]} fields
 * @returns {Promise<?boolean>}
 */
function keepAsDrafts(ctx, fields) {
  const kept = withRadioGroups(fields).filter((f) => DRAFT_ID.test(f.id) && (draftText(f).trim() !== '' || hasSavedDraft(f.id)));
  if (kept.length === 0) {
    if (!hasUnsaved()) ctx.saved();
    return Promise.resolve(null);
  }
  /** @type {Object<string, string>} */
  const texts = {};
  for (const f of kept) texts[f.id] = draftText(f);
  return ctx.autosave(() => ctx.edit({ op: 'set-drafts', drafts: texts }, { onSuccess: () => noteSavedDrafts(texts) })).then((ok) => {
    if (ok === false) for (const f of kept) autosaveFailed.add(f.id);
    return ok !== false;
  });
}

/**
 * The record took these fields' texts: their pending autosaves are not needed any more.
 * @param {Iterable<string>} ids
 */
export function cancelAutosave(ids) {
  for (const id of ids) {
    window.clearTimeout(autosaveTimers.get(id));
    autosaveTimers.delete(id);
  }
}

/**
 * Sends the edit that carries these fields now, through the same handler their button or
 * change event uses, or keeps them as saved drafts when they have no record yet. Resolves
 * when the backend answered: true if everything was saved.
 * @param {string[]} ids
 * @returns {Promise<boolean>}
 */
function autosaveFields(ids) {
  const ctx = autosaveCtx;
  if (!ctx) return Promise.resolve(true);
  const runs = [];
  /** @type {Map<HTMLElement, HTMLInputElement[]>} the fields to send, by form (or by field) */
  const groups = new Map();
  /** @type {HTMLInputElement[]} fields of items not yet added */
  const newItems = [];
  for (const id of ids) {
    autosaveFailed.delete(id);
    const el = /** @type {?HTMLInputElement} */ (document.getElementById(id));
    if (!el || el.disabled || !document.getElementById('main').contains(el)) continue;
    const form = el.form;
    if (form && addsNewItem(form)) newItems.push(el);
    else groups.set(form || el, [...(groups.get(form || el) || []), el]);
  }
  for (const [owner, fields] of groups) {
    const active = /** @type {?HTMLInputElement} */ (document.activeElement);
    const selection = active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
    runs.push(
      ctx.autosave(() => {
        if (owner instanceof HTMLFormElement) owner.requestSubmit();
        else owner.dispatchEvent(new Event(`change`, { bubbles: true }));
      }).then((ok) => {
        // No edit started: the text has no record yet (a reason before its answer).
        if (ok === null) return keepAsDrafts(ctx, fields).then((kept) => kept !== false);
        if (!ok) for (const f of fields) autosaveFailed.add(f.id);
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
          // Some inputs have no selection.
        }
      }
    }
  }
  if (newItems.length) {
    runs.push(
      keepAsDrafts(ctx, newItems).then((ok) => {
        // Kept, and said so: the item itself is added by its own button.
        if (ok && !hasUnsaved() && newItems.some((f) => draftText(f).trim() !== '')) ctx.saveStatus('draft');
        return ok !== false;
      }),
    );
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

// ---------- Choices held while the user arrows through a radio group (ui.js) ----------

/** @type {Map<string, Function>} radio group name → sends the value the user settled on */
const heldChoices = new Map();

/**
 * A radio group's value was moved by an arrow key: hold it until the user settles.
 * @param {string} name
 * @param {Function} commit
 */
export function holdChoice(name, commit) {
  heldChoices.set(name, commit);
}

/** Whether this group holds a choice not sent yet. */
export function isChoiceHeld(name) {
  return heldChoices.has(name);
}

/** Sends this group's held choice now (focus left it, Space or Enter, or a flush). */
export function commitChoice(name) {
  const commit = heldChoices.get(name);
  heldChoices.delete(name);
  if (commit) commit();
}

/** Forgets a held choice (a click sends the group's value itself). */
export function releaseChoice(name) {
  heldChoices.delete(name);
}

/**
 * Sends at once everything typed but not yet sent (held choices, pending timers and failed
 * saves): before lock, quit, or leaving the step or the case. The fields are read
 * synchronously, so the screen may change right after the call. Resolves true when
 * everything was saved.
 * @returns {Promise<boolean>}
 */
export function flushAutosave() {
  for (const name of [...heldChoices.keys()]) commitChoice(name);
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
  heldChoices.clear();
  for (const timer of autosaveTimers.values()) window.clearTimeout(timer);
  autosaveTimers.clear();
  autosaveFailed.clear();
  window.clearTimeout(autosaveRetry);
}
