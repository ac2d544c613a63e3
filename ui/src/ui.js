// @ts-check
// Shared building blocks of the views: labelled fields, radio groups, buttons, the "Bron"
// toggle, inline errors and the polite live region.

import { h, nextId } from './dom.js';
import { t } from './l10n.js';
import { commitChoice, holdChoice, isChoiceHeld, releaseChoice } from './autosave.js';

// ---------- Announcements ----------

/** Says text once through the polite live region (step changes, confirmations). */
export function announce(text) {
  const region = document.getElementById('live');
  if (!region) return;
  region.textContent = '';
  // A fresh text node in a later frame is announced even if the text repeats.
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

// ---------- Dates ----------

let language = 'nl';

export function setLanguage(lang) {
  language = lang;
}

/** YYYY-MM-DD for reading, in the UI language. */
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split(/-/).map(Number);
  try {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
  } catch {
    return iso;
  }
}

/**
 * The local calendar day (`YYYY-MM-DD`) of a time (an RFC 3339 string or a Date), or of now:
 * the default for a date the professional can change.
 * @param {string|Date} [at]
 */
export function localDay(at) {
  const d = at ? new Date(at) : new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** YYYY-MM-DDTHH:MM:SS for reading, in the UI language. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const [date, time] = iso.split(/T/);
  return `${formatDate(date)}, ${(time || '').slice(0, 5)}`;
}

// ---------- Date fields ----------
// A date is typed as day-month-year (`dd-mm-jjjj`) in both languages, and a time as `uu:mm`
// (24 hours), whatever the system's locale: a native date input shows the order of the
// machine's locale, which on a school's English Windows would be month first. The field shows `dd-mm-jjjj`; `fieldValue` gives the
// backend `YYYY-MM-DD`. Typing `d-m-jjjj`, `/`, `.` or a space as separator, or `YYYY-MM-DD`, is
// understood too. A date that cannot be read is never sent: the submit or change it would
// start is stopped (so autosave keeps the text as a draft) and the field says how to write it.

/** `YYYY-MM-DD` → `dd-mm-jjjj` as the field shows it. */
export function formatDateInput(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso || '';
}

/**
 * What a date field's text means: `YYYY-MM-DD`, '' when empty, or null when it is no date.
 * @param {string} text
 * @returns {?string}
 */
export function parseDateInput(text) {
  const s = text.trim();
  if (s === '') return '';
  let y;
  let mo;
  let d;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) [y, mo, d] = [m[1], m[2], m[3]].map(Number);
  else {
    m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(s);
    if (!m) return null;
    [d, mo, y] = [m[1], m[2], m[3]].map(Number);
  }
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * What a time field's text means: `HH:MM` (24 hours), '' when empty, or null when it is no time.
 * @param {string} text
 * @returns {?string}
 */
export function parseTimeInput(text) {
  const s = text.trim();
  if (s === '') return '';
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** Whether el is a date or time field (made by `textField` with `type: 'date'` or `'time'`). */
export function isDateField(el) {
  return el instanceof HTMLInputElement && (el.dataset.date !== undefined || el.dataset.time !== undefined);
}

/** A date or time field's parsed value ('' when empty, null when unreadable). */
function parseField(el) {
  return el.dataset.time !== undefined ? parseTimeInput(el.value) : parseDateInput(el.value);
}

/**
 * A field's value for the backend: a date field's `YYYY-MM-DD` ('' when empty; its text when
 * it is no date, which the guard below never lets through), any other field's text.
 * @param {?Element} el
 * @returns {string}
 */
export function fieldValue(el) {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) return '';
  if (isDateField(el)) {
    const parsed = parseField(/** @type {HTMLInputElement} */ (el));
    return parsed === null ? el.value : parsed;
  }
  return el.value;
}

/** Shows or clears a date field's own error; true when its text is a date or empty. */
function checkDateField(el, quiet) {
  const ok = parseField(el) !== null;
  const slot = document.getElementById(`${el.id}-error`);
  if (ok) {
    if (el.getAttribute('aria-invalid') === 'true' && slot && slot.dataset.dateError !== undefined) {
      slot.replaceChildren();
      slot.classList.remove('has-error');
      delete slot.dataset.dateError;
      el.removeAttribute('aria-invalid');
    }
  } else if (!quiet) {
    showError(el, { message: el.dataset.time !== undefined ? t('time-input-error') : t('date-input-error') });
    if (slot) slot.dataset.dateError = '';
  }
  return ok;
}

/**
 * Stops every submit or change that would send a date the field cannot read, before the
 * view's own handler sees it. Quiet while the user is still typing in it (an autosave pause).
 */
export function wireDateFields() {
  document.addEventListener(
    'submit',
    (event) => {
      const form = /** @type {HTMLFormElement} */ (event.target);
      // Autosave submits without a submitter; a button or Enter has one.
      const typing = !(/** @type {SubmitEvent} */ (event).submitter);
      // A field hidden with its choice (`data-show-when`) is not sent, so it cannot hold the form back.
      const bad = [...form.querySelectorAll('input[data-date], input[data-time]')].filter(
        (el) => !el.closest('.hidden') && !checkDateField(el, typing && el === document.activeElement),
      );
      if (bad.length === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!bad.includes(document.activeElement)) /** @type {HTMLElement} */ (bad[0]).focus();
    },
    true,
  );
  document.addEventListener(
    'change',
    (event) => {
      const el = event.target;
      if (!isDateField(el)) return;
      if (checkDateField(el, el === document.activeElement && !event.isTrusted)) return;
      event.stopImmediatePropagation();
    },
    true,
  );
}

// ---------- Buttons ----------

/**
 * @param {{label: string, kind?: 'primary'|'secondary'|'quiet'|'quiet-danger'|'danger'|'link', testid?: string, extraClass?: string,
 *   onClick?: Function, type?: string, id?: string, attrs?: Object}} o
 */
export function button(o) {
  return h(
    'button',
    {
      type: o.type || 'button',
      id: o.id,
      class: ['btn', `btn-${o.kind || 'secondary'}`, o.extraClass],
      'data-testid': o.testid,
      on: o.onClick ? { click: o.onClick } : null,
      ...(o.attrs || {}),
    },
    o.label,
  );
}

// ---------- Fields ----------

function describedBy(...ids) {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : null;
}

/**
 * A labelled text input or textarea with an optional hint and an error slot.
 * @param {{id: string, label: string, hint?: string, value?: string, testid?: string,
 *   multiline?: boolean, rows?: number, type?: string, name?: string, autocomplete?: string,
 *   class?: string, labelClass?: string, max?: string, onChange?: Function}} o
 */
export function textField(o) {
  const hintId = o.hint ? `${o.id}-hint` : null;
  const errorId = `${o.id}-error`;
  const attrs = {
    id: o.id,
    name: o.name || o.id,
    'data-testid': o.testid,
    'aria-describedby': describedBy(hintId, errorId),
    value: o.value || '',
    class: 'input',
    on: o.onChange ? { change: o.onChange } : null,
  };
  const date = o.type === 'date';
  const time = o.type === 'time';
  if (date) attrs.value = formatDateInput(o.value);
  const input = o.multiline
    ? h('textarea', { ...attrs, rows: String(o.rows || 3), spellcheck: 'true' })
    : date
      ? h('input', { ...attrs, type: 'text', autocomplete: 'off', inputmode: 'numeric', 'data-date': '', placeholder: t('date-input-format'), maxlength: '10' })
      : time
        ? h('input', { ...attrs, type: 'text', autocomplete: 'off', inputmode: 'numeric', 'data-time': '', placeholder: t('time-input-format'), maxlength: '5' })
        : h('input', { ...attrs, type: o.type || 'text', autocomplete: o.autocomplete || 'off', max: o.max });
  return h(
    'div',
    { class: ['field', o.class] },
    h('label', { for: o.id, class: ['label', o.labelClass] }, o.label),
    o.hint ? h('p', { id: hintId, class: 'hint' }, o.hint) : null,
    h('div', { id: errorId, class: 'error-slot' }),
    input,
  );
}

/**
 * A fieldset of radio buttons.
 * @param {{name: string, legend: string, hint?: string, value?: ?string, inline?: boolean,
 *   legendClass?: string, class?: string, onChange?: Function,
 *   options: {value: string, label: string, note?: ?string, testid?: string}[]}} o
 */
export function radioGroup(o) {
  const hintId = o.hint ? `${o.name}-hint` : null;
  const errorId = `${o.name}-error`;
  const group = h(
    'fieldset',
    { class: ['fieldset', o.inline ? 'inline' : null, o.class], id: `${o.name}-group`, 'aria-describedby': describedBy(hintId, errorId) },
    h('legend', { class: ['legend', o.legendClass] }, o.legend),
    o.hint ? h('p', { id: hintId, class: 'hint' }, o.hint) : null,
    h('div', { id: errorId, class: 'error-slot' }),
    h(
      'div',
      { class: 'choices' },
      o.options.map((opt) => {
        const id = `${o.name}-${opt.value}`;
        const noteId = opt.note ? `${id}-note` : null;
        return h(
          'div',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            id,
            name: o.name,
            value: opt.value,
            checked: o.value === opt.value,
            'data-testid': opt.testid,
            'aria-describedby': noteId,
          }),
          h('label', { for: id }, opt.label),
          opt.note ? h('p', { id: noteId, class: 'hint choice-note' }, opt.note) : null,
        );
      }),
    ),
  );
  if (o.onChange) onSettledChoice(group, (input) => o.onChange({ currentTarget: input, target: input }));
  return group;
}

/** Radio group names whose next change comes from an arrow key. */
const arrowing = new Set();

/**
 * Calls handler(input) with the radio the user settled on, for every radio group inside root:
 * a click, or Space on a radio, at once; an arrow key only moves the choice, which is sent
 * when focus leaves the group, or on Space or Enter (and by flushAutosave before a lock,
 * quit or step change). So the log holds only real changes, and what follows a group does
 * not change under the user while they arrow through it.
 * @param {HTMLElement} root
 * @param {(input: HTMLInputElement) => void} handler
 */
export function onSettledChoice(root, handler) {
  /**
   * @param {?EventTarget} el
   * @returns {el is HTMLInputElement}
   */
  const isRadio = (el) => el instanceof HTMLInputElement && el.type === 'radio';
  const checked = (name) => /** @type {?HTMLInputElement} */ (document.querySelector(`input[type="radio"][name="${CSS.escape(name)}"]:checked`));
  root.addEventListener('keydown', (event) => {
    const el = event.target;
    if (!isRadio(el)) return;
    if (event.key.startsWith('Arrow')) arrowing.add(el.name);
    else if ((event.key === ' ' || event.key === 'Enter') && isChoiceHeld(el.name)) {
      event.preventDefault();
      commitChoice(el.name);
    }
  });
  root.addEventListener('change', (event) => {
    const el = /** @type {HTMLInputElement} */ (event.target);
    if (!isRadio(el)) return;
    if (arrowing.delete(el.name)) {
      holdChoice(el.name, () => {
        const now = checked(el.name);
        if (now) handler(now);
      });
      return;
    }
    releaseChoice(el.name);
    handler(el);
  });
  root.addEventListener('focusout', (event) => {
    const el = event.target;
    if (!isRadio(el) || !isChoiceHeld(el.name)) return;
    const next = event.relatedTarget;
    if (isRadio(next) && next.name === el.name) return;
    commitChoice(el.name);
  });
}

/** The checked value of a radio group inside root, or null. */
export function radioValue(root, name) {
  const checked = root.querySelector(`input[type="radio"][name="${name}"]:checked`);
  return checked ? checked.value : null;
}

/**
 * A single checkbox with its label and an optional hint.
 * @param {{id: string, label: string, hint?: string, checked?: boolean, testid?: string,
 *   onChange?: Function, value?: string, disabled?: boolean}} o
 */
export function checkbox(o) {
  const hintId = o.hint ? `${o.id}-hint` : null;
  return h(
    'div',
    { class: 'choice checkbox' },
    h('input', {
      type: 'checkbox',
      id: o.id,
      name: o.id,
      value: o.value,
      checked: o.checked,
      disabled: o.disabled,
      'data-testid': o.testid,
      'aria-describedby': hintId,
      on: o.onChange ? { change: o.onChange } : null,
    }),
    h('label', { for: o.id }, o.label),
    o.hint ? h('p', { id: hintId, class: 'hint choice-note' }, o.hint) : null,
  );
}

// ---------- Errors ----------

/**
 * Shows err next to a control: target is an input/textarea (its `<id>-error` slot), a
 * fieldset (its slot) or a slot element. The text is announced (role="alert").
 * @param {Element} target
 * @param {{message: string}} err
 */
export function showError(target, err) {
  let slot = target;
  const own = target.id ? document.getElementById(`${target.id}-error`) : null;
  if (own && own !== target && !target.matches('input[type="radio"]')) {
    slot = own;
    if (target.matches('input, textarea, select')) target.setAttribute('aria-invalid', 'true');
  } else if (target.matches('input, textarea, select')) {
    const input = /** @type {HTMLInputElement} */ (target);
    const name = input.type === 'radio' ? input.name : input.id;
    slot = document.getElementById(`${name}-error`) || target;
    if (input.type !== 'radio') target.setAttribute('aria-invalid', 'true');
  } else if (target.matches('fieldset')) {
    slot = target.querySelector(':scope > .error-slot') || target;
  }
  if (!slot.classList.contains('error-slot')) {
    const fresh = h('div', { class: 'error-slot' });
    slot.after(fresh);
    slot = fresh;
  }
  slot.replaceChildren(h('p', { class: 'error-message', role: 'alert' }, err.message || t('error-unexpected')));
  slot.classList.add('has-error');
}

/** Removes every shown error inside root. */
export function clearErrors(root) {
  for (const slot of root.querySelectorAll('.error-slot')) {
    slot.replaceChildren();
    slot.classList.remove('has-error');
  }
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

// ---------- Sources ----------

/**
 * The "Bron" toggle: a button and the hidden list of sources it reveals.
 * @param {Object} provenance Provenance (api.js)
 * @param {string} [key] stable part of the ids, so the open state survives a re-render
 * @returns {HTMLElement}
 */
export function sources(provenance, key) {
  const panelId = key ? `sources-${key}` : nextId('sources');
  const open = openSources.has(panelId);
  const toggle = h(
    'button',
    { type: 'button', class: ['btn', 'btn-link', 'sources-toggle'], 'aria-expanded': open ? 'true' : 'false', 'aria-controls': panelId, id: `${panelId}-toggle` },
    t('sources-toggle'),
  );
  const panel = h(
    'div',
    { id: panelId, class: ['sources', open ? null : 'hidden'] },
    h('p', { class: 'sources-heading' }, t('sources-heading')),
    h(
      'ul',
      { class: 'sources-list' },
      provenance.sources.map((s) =>
        h(
          'li',
          null,
          h('span', { class: 'source-title' }, s.title),
          h('span', { class: 'source-meta' }, [s.publisher, s.edition].filter(Boolean).join(' · ')),
          s.url ? h('span', { class: 'source-url' }, s.url) : null,
        ),
      ),
    ),
    h('p', { class: 'sources-valid' }, h('span', null, t('sources-valid-from')), ' ', h('span', null, formatDate(provenance.valid_from))),
  );
  toggle.addEventListener('click', () => {
    const show = panel.classList.contains('hidden');
    panel.classList.toggle('hidden', !show);
    toggle.setAttribute('aria-expanded', show ? 'true' : 'false');
    if (show) openSources.add(panelId);
    else openSources.delete(panelId);
  });
  return h('div', { class: 'sources-block' }, toggle, panel);
}

const openSources = new Set();
