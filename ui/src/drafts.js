// @ts-check
// Drafts: what the user typed on the case screen but did not yet hand to the backend. Each
// input with an id that the user changed is kept here until an edit that included it
// succeeds (settle); it survives every redraw and every switch between steps. Typing also
// schedules the autosave (autosave.js). Text with no record to go into yet (a reason before
// its answer, a new item not yet added) is kept with the case as a saved draft (`set-drafts`,
// `Case.drafts`): opening the case again, also after a lock, puts it back in its field, and
// the edit that finally takes the text forgets the saved draft. A radio or checkbox ticked in
// a new item's form is kept the same way, under its own id (`CHOSEN`), and comes back ticked.
// Nothing else is kept after a lock or after the app closes.

import { CHOSEN, cancelAutosave, forgetAutosave, hasUnsaved, isChoice, isFreeText, keepsChoiceAsDraft, scheduleAutosave } from './autosave.js';

/** @type {Map<string, {value?: string, checked?: boolean}>} */
const drafts = new Map();
let draftsOf = null;
/** Field ids the open case keeps a saved draft for (`Case.drafts`). */
let savedDrafts = new Set();
/** The ctx of the case screen (for forgetting saved drafts once a record took their text). */
let draftsCtx = null;
/** Which list item is being edited, per list ('observation' → id). */
const editing = new Map();

function isField(el) {
  return el instanceof HTMLElement && el.id && el.matches('input, textarea, select');
}

function remember(el) {
  if (el.type === 'radio') {
    for (const r of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`))) {
      if (r.id) drafts.set(r.id, { checked: r.checked });
    }
  } else if (el.type === 'checkbox') {
    drafts.set(el.id, { checked: el.checked });
  } else {
    drafts.set(el.id, { value: el.value });
  }
}

function fieldsOf(items) {
  const out = [];
  for (const item of items) {
    if (!item) continue;
    const fields = isField(item) ? [item] : [...item.querySelectorAll('input[id], textarea[id], select[id]')];
    for (const f of fields) {
      if (f.type === 'radio') {
        for (const r of document.querySelectorAll(`input[type="radio"][name="${CSS.escape(f.name)}"]`)) if (r.id) out.push(r);
      } else {
        out.push(f);
      }
    }
  }
  return out;
}

/**
 * What these elements (or the fields inside them) hold now, taken when an edit is sent.
 * @param {...?Element} items
 * @returns {Map<string, {value?: string, checked?: boolean}>}
 */
export function snapshot(...items) {
  const sent = new Map();
  for (const f of fieldsOf(items)) sent.set(f.id, f.type === 'radio' || f.type === 'checkbox' ? { checked: f.checked } : { value: f.value });
  return sent;
}

/**
 * The edit that carried this snapshot succeeded: forget the drafts it covered. A field the
 * user changed again meanwhile keeps its newer draft.
 * @param {Map<string, {value?: string, checked?: boolean}>} sent
 */
export function settle(sent) {
  const taken = {};
  const done = [];
  for (const [id, v] of sent) {
    const d = drafts.get(id);
    if (d) {
      const same = 'checked' in v ? d.checked === v.checked : d.value === v.value;
      if (!same) continue;
      drafts.delete(id);
      done.push(id);
    }
    if (savedDrafts.has(id)) {
      savedDrafts.delete(id);
      taken[id] = '';
    }
  }
  // The record has the text now: no autosave is waiting for it, and the case forgets its
  // saved draft, quietly.
  if (done.length) {
    cancelAutosave(done);
    if (draftsCtx && !hasUnsaved()) draftsCtx.saved();
  }
  if (Object.keys(taken).length && draftsCtx) {
    const ctx = draftsCtx;
    ctx.autosave(() => ctx.edit({ op: 'set-drafts', drafts: taken }));
  }
}

/**
 * These fields' texts were kept with the case as saved drafts (an empty one: forgotten).
 * @param {Object<string, string>} texts
 */
export function noteSavedDrafts(texts) {
  for (const [id, text] of Object.entries(texts)) {
    if (text.trim()) savedDrafts.add(id);
    else savedDrafts.delete(id);
  }
}

/** Whether the case keeps a saved draft for this field. */
export function hasSavedDraft(id) {
  return savedDrafts.has(id);
}

export function restoreDrafts(root) {
  for (const [id, d] of drafts) {
    const el = /** @type {?HTMLInputElement} */ (root.querySelector(`#${CSS.escape(id)}`));
    if (!el) continue;
    if (isChoice(el)) {
      // A saved draft comes as text: `CHOSEN` is a ticked choice. From now on it is held as
      // the choice it is, so the edit that adds the item finds (and forgets) it.
      if (!('checked' in d)) drafts.set(id, { checked: d.value === CHOSEN });
      el.checked = drafts.get(id).checked;
    } else if ('value' in d) {
      el.value = d.value;
    }
  }
}

/**
 * Shows or hides every [data-show-when="name=value"] inside root from the radios' state,
 * so conditional fields follow the user's choice without a round trip.
 */
export function syncConditionals(root) {
  for (const el of root.querySelectorAll('[data-show-when]')) {
    const [name, value] = el.getAttribute('data-show-when').split(/=/);
    const checked = root.querySelector(`input[name="${CSS.escape(name)}"]:checked`);
    el.classList.toggle('hidden', !checked || checked.value !== value);
  }
}

/** The list item being edited, or null. */
export function editingId(list) {
  return editing.get(list) || null;
}

/** Forgets pending autosaves and drafts (after lock: nothing of a case stays in memory). */
export function forgetDrafts() {
  forgetAutosave();
  drafts.clear();
  editing.clear();
  savedDrafts.clear();
  draftsOf = null;
}

/**
 * Drafts belong to one case: opening another case forgets the last one's and takes up the
 * drafts this case keeps (what was typed before a lock or on another day).
 * @param {CaseView} view
 */
export function draftsFor(view) {
  if (draftsOf !== view.case.id) {
    drafts.clear();
    editing.clear();
    savedDrafts = new Set(Object.keys(view.case.drafts || {}));
    for (const [id, value] of Object.entries(view.case.drafts || {})) drafts.set(id, { value });
    draftsOf = view.case.id;
  }
}

/** Marks a list item as being edited (its form is shown). */
export function setEditing(list, id) {
  editing.set(list, id);
}

/** No item of this list is being edited any more. */
export function clearEditing(list) {
  editing.delete(list);
}

/** Once per page: remember what the user types in the case screen, and autosave it. */
export function wireDrafts(ctx, main) {
  draftsCtx = ctx;
  if (main.dataset.draftsWired) return;
  main.dataset.draftsWired = 'true';
  const onEdit = (event) => {
    const el = event.target;
    if (!isField(el) || !main.querySelector('.case-screen')) return;
    remember(el);
    if (el.type === 'radio') syncConditionals(main);
    // Typing schedules a save; a change event sent by autosave itself does not. A choice in a
    // new item's form is kept as a saved draft like its text (an answered question's radio
    // saves through its own edit instead).
    if (event.type === 'input' && isFreeText(el)) scheduleAutosave(ctx, el);
    else if (event.type === 'change' && keepsChoiceAsDraft(el)) scheduleAutosave(ctx, el);
  };
  main.addEventListener('input', onEdit);
  main.addEventListener('change', onEdit);
}

