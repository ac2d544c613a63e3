// @ts-check
// The start screen (case list with open, rename and delete) and the new-case form.

import * as api from '../api.js';
import { trainingEntry } from './training.js';
import { t } from '../l10n.js';
import { byId, h, replaceChildren } from '../dom.js';
import { closeDialog, openDialog } from '../dialog.js';
import { announce, button, clearErrors, radioGroup, radioValue, showError, textField } from '../ui.js';
import { openExport, openImport } from './transfer.js';
import { caseListPackLine } from './packs.js';
import { passphraseForm } from './vault.js';
import { openAbout } from './about.js';
import { helpButton } from './guide.js';

// ---------- Case list ----------

/**
 * @param {Object} ctx
 * @param {HTMLElement} main
 * @param {Object[]} cases CaseSummary (api.js)
 */
export function renderCaseList(ctx, main, cases) {
  const newButton = button({
    label: t('caselist-new'),
    kind: 'primary',
    testid: 'new-case-button',
    id: 'new-case-button',
    onClick: () => ctx.showNewCase(),
  });
  const kindcheckButton = button({
    label: t('caselist-kindcheck-only'),
    kind: 'secondary',
    testid: 'kindcheck-only-button',
    id: 'kindcheck-only-button',
    onClick: () => ctx.showNewCase({ kindcheckOnly: true }),
  });
  const importButton = ctx.startup.persistent
    ? button({ label: t('caselist-import'), kind: 'secondary', testid: 'import-button', id: 'import-button', onClick: () => openImport(ctx, importButton) })
    : null;
  const body = cases.length === 0
    ? h(
        'div',
        { class: 'empty-state' },
        h('h2', null, t('caselist-empty-title')),
        h('p', null, t('caselist-empty-body')),
        h('p', null, t('caselist-empty-acute')),
      )
    : h('ul', { class: 'case-list', 'aria-labelledby': 'caselist-title', 'data-testid': 'case-items' }, cases.map((c) => caseItem(ctx, c)));
  const more = ctx.startup.cases_next_offset != null
    ? h('div', { class: 'actions' }, button({ label: t('caselist-more'), kind: 'secondary', testid: 'case-list-more', id: 'case-list-more', onClick: () => ctx.moreCases() }))
    : null;
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page', 'data-testid': 'case-list' },
      h('div', { class: 'page-head' }, h('h1', { id: 'caselist-title' }, t('caselist-title')), h('div', { class: 'page-head-actions' }, importButton, kindcheckButton, newButton)),
      h('p', { class: 'lead' }, t('caselist-intro')),
      caseListPackLine(ctx),
      damagedNotice(ctx),
      dueBanner(ctx, cases),
      body,
      more,
      ctx.startup.persistent ? settingsForm(ctx) : null,
      ctx.startup.persistent ? passphraseForm(ctx) : null,
      trainingEntry(ctx),
      aboutEntry(),
    ),
  );
}

/** The start screen's way to "Over Meldwijzer" (also in the top bar). */
function aboutEntry() {
  const open = button({ label: t('about-open'), kind: 'link', testid: 'about-open', id: 'about-open' });
  open.addEventListener('click', () => openAbout(open));
  return h('p', { class: 'about-entry' }, helpButton('casus-starten', t('help-guide')), ' · ', open);
}

/** The vault's settings: idle time before it locks, how long a closed case is kept. */
function settingsForm(ctx) {
  const s = ctx.startup.settings;
  const idle = textField({ id: 'settings-idle', label: t('settings-idle-label'), hint: t('settings-idle-hint'), type: 'number', value: String(s.idle_lock_minutes), testid: 'settings-idle', class: 'field-number' });
  const days = textField({ id: 'settings-retention', label: t('settings-retention-label'), hint: t('settings-retention-hint'), type: 'number', value: String(s.retention_days), testid: 'settings-retention', class: 'field-number' });
  const formError = h('div', { class: 'error-slot', id: 'settings-form-error' });
  const form = h(
    'form',
    { class: 'form form-box settings', novalidate: true, 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, t('settings-title')),
    h('div', { class: 'field-row' }, idle, days),
    formError,
    h('div', { class: 'actions' }, button({ label: t('settings-submit'), kind: 'secondary', type: 'submit', testid: 'settings-submit', id: 'settings-submit' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const number = (el) => Number.parseInt(el.querySelector('input').value, 10);
    try {
      ctx.startup.settings = await api.setSettings({ idle_lock_minutes: number(idle), retention_days: number(days) });
      announce(t('settings-saved'));
      ctx.showList({ focus: 'settings-submit' });
    } catch (err) {
      const target = err.code === 'error-idle-minutes-range' ? idle.querySelector('input') : err.code === 'error-retention-days-range' ? days.querySelector('input') : formError;
      showError(target, err);
      if (target !== formError) target.focus();
    }
  });
  return form;
}

/** Said once after an unlock that found damaged cases (they stand first in the list). */
function damagedNotice(ctx) {
  const text = ctx.takeDamagedNotice();
  if (!text) return null;
  return h('div', { class: 'notice notice-warning damaged-notice', role: 'status', 'data-testid': 'damaged-notice' }, text);
}

/** Follow-ups overdue or due today, over all cases (their cases stand first in the list). */
function dueBanner(ctx, cases) {
  const due = cases.filter((c) => c.due && (c.due.state === 'overdue' || c.due.state === 'today'));
  if (!due.length) return null;
  return h(
    'div',
    { class: 'notice notice-warning due-banner', role: 'region', 'aria-labelledby': 'due-banner-title', 'data-testid': 'due-banner' },
    h('h2', { id: 'due-banner-title' }, t('caselist-due-title')),
    h(
      'ul',
      null,
      due.map((c) => h('li', null, h('strong', null, c.alias), `: ${c.due.state_label.toLowerCase()}, ${c.due.date_label} — ${c.due.label}`)),
    ),
  );
}

function caseItem(ctx, c) {
  if (c.damaged) return damagedItem(ctx, c);
  const open = button({
    label: t('caselist-open'),
    kind: 'secondary',
    id: `open-${c.id}`,
    attrs: { 'aria-describedby': `alias-${c.id}`, 'data-testid': 'case-open' },
  });
  open.addEventListener('click', () => ctx.openCase(c.id, { trigger: open }));
  const rename = button({ label: t('caselist-rename'), kind: 'quiet', id: `rename-${c.id}`, attrs: { 'aria-describedby': `alias-${c.id}` } });
  rename.addEventListener('click', () => openRename(ctx, c, rename));
  const remove = button({ label: t('caselist-delete'), kind: 'quiet-danger', id: `delete-${c.id}`, attrs: { 'aria-describedby': `alias-${c.id}` } });
  remove.addEventListener('click', () => openDelete(ctx, c, remove));
  const exportButton = ctx.startup.persistent
    ? button({ label: t('caselist-export'), kind: 'quiet', id: `export-${c.id}`, attrs: { 'aria-describedby': `alias-${c.id}`, 'data-testid': 'case-export' } })
    : null;
  if (exportButton) exportButton.addEventListener('click', () => openExport(ctx, c, exportButton));
  return h(
    'li',
    { class: ['case-item', c.closed ? 'is-closed' : null], dataset: { caseId: c.id } },
    h(
      'div',
      { class: 'case-item-main' },
      h('h2', { class: 'case-alias', id: `alias-${c.id}` }, c.alias),
      h('p', { class: 'case-meta' }, [c.field, c.subject].filter(Boolean).join(' · ')),
      h(
        'dl',
        { class: 'case-facts' },
        h('div', null, h('dt', null, t('caselist-status')), h('dd', { class: c.closed ? 'status-closed' : null }, c.status)),
        h('div', null, h('dt', null, t('caselist-updated')), h('dd', null, c.updated)),
        c.due
          ? h(
              'div',
              null,
              h('dt', null, t('caselist-due')),
              h('dd', { class: 'case-due', 'data-testid': 'case-due' }, h('span', { class: ['badge', `badge-due-${c.due.state}`] }, c.due.state_label), `${c.due.date_label} · ${c.due.label}`),
            )
          : null,
        c.monitoring ? h('div', null, h('dt', null, t('caselist-monitoring')), h('dd', { class: 'case-monitoring', 'data-testid': 'case-monitoring' }, c.monitoring)) : null,
        c.retention ? h('div', null, h('dt', null, t('caselist-retention')), h('dd', { 'data-testid': 'case-retention' }, c.retention)) : null,
      ),
    ),
    h('div', { class: 'case-item-actions' }, open, rename, exportButton, remove),
    h('div', { id: `open-${c.id}-error`, class: 'error-slot' }),
  );
}

/**
 * A case whose list details failed their check: said plainly, never hidden. Open (the case
 * itself may still verify), export and delete stay possible; renaming waits until it opens.
 */
function damagedItem(ctx, c) {
  const open = button({ label: t('caselist-open'), kind: 'secondary', id: `open-${c.id}`, attrs: { 'aria-describedby': `alias-${c.id}`, 'data-testid': 'case-open' } });
  open.addEventListener('click', () => ctx.openCase(c.id, { trigger: open }));
  const remove = button({ label: t('caselist-delete'), kind: 'quiet-danger', id: `delete-${c.id}`, attrs: { 'aria-describedby': `alias-${c.id}`, 'data-testid': 'case-delete' } });
  remove.addEventListener('click', () => openDelete(ctx, c, remove));
  const exportButton = ctx.startup.persistent
    ? button({ label: t('caselist-export'), kind: 'quiet', id: `export-${c.id}`, attrs: { 'aria-describedby': `alias-${c.id}`, 'data-testid': 'case-export' } })
    : null;
  if (exportButton) exportButton.addEventListener('click', () => openExport(ctx, c, exportButton));
  return h(
    'li',
    { class: ['case-item', 'is-damaged'], dataset: { caseId: c.id }, 'data-testid': 'case-damaged' },
    h(
      'div',
      { class: 'case-item-main' },
      h('h2', { class: 'case-alias', id: `alias-${c.id}` }, c.alias),
      c.updated ? h('p', { class: 'case-meta' }, c.updated) : null,
      h('dl', { class: 'case-facts' }, h('div', null, h('dt', null, t('caselist-damaged-label')), h('dd', null, c.status))),
    ),
    h('div', { class: 'case-item-actions' }, open, exportButton, remove),
    h('div', { id: `open-${c.id}-error`, class: 'error-slot' }),
  );
}

function smallDialog() {
  return /** @type {HTMLDialogElement} */ (byId('small-dialog'));
}

/** Rename: a small dialog with the alias field (the same rule as a new case: a pseudonym). */
function openRename(ctx, c, opener) {
  const dialog = smallDialog();
  const field = textField({ id: 'rename-alias', label: t('caselist-rename-label'), hint: t('newcase-alias-hint'), value: c.alias });
  const input = field.querySelector('input');
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    h('h2', { id: 'small-dialog-title' }, t('caselist-rename-title')),
    field,
    h('div', { class: 'actions' }, button({ label: t('caselist-rename-submit'), kind: 'primary', type: 'submit' }), button({ label: t('caselist-cancel'), kind: 'secondary', attrs: { 'data-close': true } })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await api.editCase(c.id, { op: 'rename', alias: input.value });
      ctx.saved();
    } catch (err) {
      showError(input, err);
      input.focus();
      return;
    }
    closeDialog(dialog, { returnTo: null });
    await ctx.showList({ focus: `rename-${c.id}`, announce: t('caselist-renamed') });
  });
  replaceChildren(byId('small-dialog-body'), form);
  openDialog(dialog, { focus: input, opener });
  input.select();
}

/** Delete: names the alias and says it cannot be undone; the safe choice has focus. */
function openDelete(ctx, c, opener) {
  const dialog = smallDialog();
  const cancel = button({ label: t('caselist-cancel'), kind: 'secondary', attrs: { 'data-close': true } });
  const confirm = button({ label: t('caselist-delete-confirm'), kind: 'danger', testid: 'delete-confirm' });
  const errorSlot = h('div', { class: 'error-slot' });
  confirm.addEventListener('click', async () => {
    let cases;
    try {
      cases = await api.deleteCase(c.id);
    } catch (err) {
      showError(errorSlot, err);
      return;
    }
    ctx.setCases(cases);
    closeDialog(dialog, { returnTo: null });
    await ctx.showList({ focus: 'new-case-button', announce: t('caselist-deleted') });
  });
  replaceChildren(
    byId('small-dialog-body'),
    h('h2', { id: 'small-dialog-title' }, t('caselist-delete-title')),
    h('p', { class: 'delete-alias' }, c.alias),
    h('p', null, t('caselist-delete-body')),
    errorSlot,
    h('div', { class: 'actions' }, confirm, cancel),
  );
  openDialog(dialog, { focus: cancel, opener });
}

// ---------- New case ----------

/** The three profile questions, shared by the new-case form and "Gegevens wijzigen". */
export function profileFields(protocol, values = {}, prefix = '') {
  return [
    radioGroup({
      name: `${prefix}field`,
      legend: t('newcase-field-legend'),
      hint: t('newcase-field-hint'),
      value: values.field,
      options: protocol.fields.map((f) => ({ value: f.id, label: f.label, note: f.note, testid: prefix ? null : `field-${f.id}` })),
    }),
    radioGroup({
      name: `${prefix}subject`,
      legend: t('newcase-subject-legend'),
      value: values.subject,
      options: protocol.subjects.map((s) => ({ value: s.id, label: s.label, note: s.note, testid: prefix ? null : `subject-${s.id}` })),
    }),
    radioGroup({
      name: `${prefix}suspect`,
      legend: t('newcase-suspect-legend'),
      hint: t('newcase-suspect-hint'),
      value: values.suspect,
      options: protocol.suspects.map((s) => ({ value: s.id, label: s.label, note: s.note, testid: prefix ? null : `suspect-${s.id}` })),
    }),
  ];
}

/**
 * Reads the profile radios; shows an error next to each unanswered group.
 * @returns {?{field: string, subject: string, suspect: string}}
 */
export function readProfile(form, prefix = '') {
  const field = radioValue(form, `${prefix}field`);
  const subject = radioValue(form, `${prefix}subject`);
  const suspect = radioValue(form, `${prefix}suspect`);
  const missing = [
    [field, `${prefix}field`, t('newcase-field-required')],
    [subject, `${prefix}subject`, t('newcase-subject-required')],
    [suspect, `${prefix}suspect`, t('newcase-suspect-required')],
  ].filter(([value]) => !value);
  for (const [, name, message] of missing) showError(byId(`${name}-group`), { message });
  if (missing.length) return null;
  return { field, subject, suspect };
}

/** Shows a backend error about the profile next to the group it names. */
export function showProfileError(form, err, prefix, fallback) {
  const kind = err.args && err.args.kind;
  const group = ['field', 'subject', 'suspect'].includes(kind) ? form.querySelector(`#${prefix}${kind}-group`) : null;
  showError(group || fallback, err);
  return group;
}

/**
 * @param {Object} ctx
 * @param {HTMLElement} main
 */
export function renderNewCase(ctx, main, options = {}) {
  if (options.kindcheckOnly) return renderNewKindcheck(ctx, main);
  if (options.infoRequest) return renderNewInfoRequest(ctx, main);
  const alias = textField({
    id: 'newcase-alias',
    label: t('newcase-alias-label'),
    hint: t('newcase-alias-hint'),
    testid: 'newcase-alias',
  });
  const formError = h('div', { class: 'error-slot', id: 'newcase-form-error' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'newcase-title' },
    alias,
    profileFields(ctx.protocol),
    formError,
    h(
      'div',
      { class: 'actions' },
      button({ label: t('newcase-submit'), kind: 'primary', type: 'submit', testid: 'newcase-submit', id: 'newcase-submit' }),
      button({ label: t('newcase-cancel'), kind: 'secondary', onClick: () => ctx.showList({ focus: 'new-case-button' }) }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const input = alias.querySelector('input');
    // The backend checks the alias; an unanswered question is named here, more precisely
    // than "unknown id". Both show at once, and focus goes to the first.
    const profile = readProfile(form);
    try {
      const view = await api.createCase({
        alias: input.value,
        field: radioValue(form, 'field') || '',
        subject: radioValue(form, 'subject') || '',
        suspect: radioValue(form, 'suspect') || '',
        kindcheck_only: false,
      });
      ctx.saved();
      ctx.showCase(view, { announce: t('newcase-created') });
      return;
    } catch (err) {
      if (err.code.startsWith('error-alias')) showError(input, err);
      else if (profile) showProfileError(form, err, '', formError);
    }
    const first = form.querySelector('.error-slot.has-error');
    const target = /** @type {?HTMLElement} */ (first && first.parentElement ? first.parentElement.querySelector('input, textarea') : null);
    if (target) target.focus();
  });
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-narrow' },
      button({ label: t('nav-back-to-cases'), kind: 'link', onClick: () => ctx.showList({ focus: 'new-case-button' }), extraClass: 'back-link' }),
      h('h1', { id: 'newcase-title' }, t('newcase-title')),
      h('p', { class: 'lead' }, t('newcase-intro')),
      h(
        'div',
        { class: 'notice', 'data-testid': 'inforeq-offer' },
        h('p', null, t('newcase-inforeq-offer')),
        button({ label: t('newcase-inforeq-button'), kind: 'secondary', testid: 'inforeq-button', id: 'inforeq-button', onClick: () => ctx.showNewCase({ infoRequest: true }) }),
      ),
      form,
    ),
  );
}

/**
 * A case that starts as a Kindcheck only (for professionals who treat adults): alias, field and
 * an adult or adolescent client. The suspect is the content's household suspect (data flag).
 * @param {Object} ctx
 * @param {HTMLElement} main
 */
function renderNewKindcheck(ctx, main) {
  const p = ctx.protocol;
  const alias = textField({ id: 'newcase-alias', label: t('newcase-alias-label'), hint: t('newcase-alias-hint'), testid: 'newcase-alias' });
  const formError = h('div', { class: 'error-slot', id: 'newcase-form-error' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'newcase-title' },
    alias,
    radioGroup({
      name: 'field',
      legend: t('newcase-field-legend'),
      hint: t('newcase-field-hint'),
      options: p.fields.map((f) => ({ value: f.id, label: f.label, note: f.note, testid: `field-${f.id}` })),
    }),
    radioGroup({
      name: 'subject',
      legend: t('newcase-subject-legend'),
      options: p.subjects.filter((s) => s.kindcheck).map((s) => ({ value: s.id, label: s.label, note: s.note, testid: `subject-${s.id}` })),
    }),
    formError,
    h(
      'div',
      { class: 'actions' },
      button({ label: t('newkindcheck-submit'), kind: 'primary', type: 'submit', testid: 'newcase-submit', id: 'newcase-submit' }),
      button({ label: t('newcase-cancel'), kind: 'secondary', onClick: () => ctx.showList({ focus: 'kindcheck-only-button' }) }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const input = alias.querySelector('input');
    const field = radioValue(form, 'field');
    const subject = radioValue(form, 'subject');
    if (!field) showError(byId('field-group'), { message: t('newcase-field-required') });
    if (!subject) showError(byId('subject-group'), { message: t('newcase-subject-required') });
    const household = p.suspects.find((s) => s.meldcode);
    try {
      const view = await api.createCase({
        alias: input.value,
        field: field || '',
        subject: subject || '',
        suspect: household ? household.id : '',
        kindcheck_only: true,
      });
      ctx.saved();
      ctx.showCase(view, { announce: t('newcase-created') });
      return;
    } catch (err) {
      if (err.code.startsWith('error-alias')) showError(input, err);
      else if (field && subject) showProfileError(form, err, '', formError);
    }
    const first = form.querySelector('.error-slot.has-error');
    const target = /** @type {?HTMLElement} */ (first && first.parentElement ? first.parentElement.querySelector('input, textarea') : null);
    if (target) target.focus();
  });
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-narrow' },
      button({ label: t('nav-back-to-cases'), kind: 'link', onClick: () => ctx.showList({ focus: 'kindcheck-only-button' }), extraClass: 'back-link' }),
      h('h1', { id: 'newcase-title' }, t('newkindcheck-title')),
      h('p', { class: 'lead' }, t('newkindcheck-intro')),
      form,
    ),
  );
}

/**
 * An information request: someone (Veilig Thuis, the Raad, a GI, police or justice) asks the
 * professional for information. Alias, field, who it is about and who asks; no suspect.
 * @param {Object} ctx
 * @param {HTMLElement} main
 */
function renderNewInfoRequest(ctx, main) {
  const p = ctx.protocol;
  const alias = textField({ id: 'newcase-alias', label: t('newcase-alias-label'), hint: t('newcase-alias-hint'), testid: 'newcase-alias' });
  const formError = h('div', { class: 'error-slot', id: 'newcase-form-error' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'newcase-title' },
    alias,
    radioGroup({
      name: 'requester',
      legend: t('newinforeq-requester-legend'),
      options: p.info_requesters.map((r) => ({ value: r.id, label: r.label, note: r.basis, testid: `requester-${r.id}` })),
    }),
    radioGroup({
      name: 'field',
      legend: t('newcase-field-legend'),
      hint: t('newcase-field-hint'),
      options: p.fields.map((f) => ({ value: f.id, label: f.label, note: f.note, testid: `field-${f.id}` })),
    }),
    radioGroup({
      name: 'subject',
      legend: t('newinforeq-subject-legend'),
      options: p.subjects.map((s) => ({ value: s.id, label: s.label, note: s.note, testid: `subject-${s.id}` })),
    }),
    formError,
    h(
      'div',
      { class: 'actions' },
      button({ label: t('newinforeq-submit'), kind: 'primary', type: 'submit', testid: 'newcase-submit', id: 'newcase-submit' }),
      button({ label: t('newcase-cancel'), kind: 'secondary', onClick: () => ctx.showList({ focus: 'new-case-button' }) }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const input = alias.querySelector('input');
    const requester = radioValue(form, 'requester');
    const field = radioValue(form, 'field');
    const subject = radioValue(form, 'subject');
    if (!requester) showError(byId('requester-group'), { message: t('newinforeq-requester-required') });
    if (!field) showError(byId('field-group'), { message: t('newcase-field-required') });
    if (!subject) showError(byId('subject-group'), { message: t('newcase-subject-required') });
    try {
      const view = await api.createInfoRequest({ alias: input.value, field: field || '', subject: subject || '', requester: requester || '' });
      ctx.saved();
      ctx.showCase(view, { announce: t('newcase-created') });
      return;
    } catch (err) {
      if (err.code.startsWith('error-alias')) showError(input, err);
      else if (requester && field && subject) showError(formError, err);
    }
    const first = form.querySelector('.error-slot.has-error');
    const target = first && first.parentElement ? /** @type {?HTMLElement} */ (first.parentElement.querySelector('input, textarea')) : null;
    if (target) target.focus();
  });
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-narrow', 'data-testid': 'new-inforeq' },
      button({ label: t('nav-back-to-cases'), kind: 'link', onClick: () => ctx.showList({ focus: 'new-case-button' }), extraClass: 'back-link' }),
      h('h1', { id: 'newcase-title' }, t('newinforeq-title')),
      h('p', { class: 'lead' }, t('newinforeq-intro')),
      form,
    ),
  );
}
