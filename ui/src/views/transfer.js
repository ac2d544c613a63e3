// @ts-check
// Moving one case to a colleague or another computer: export to an encrypted file under a
// passphrase of its own, and import such a file. Where the file goes or comes from is asked
// with the native file dialog, through the backend (api.pickSavePath / api.pickOpenPath);
// the page never reads or writes files. The backend checks everything (passphrase length,
// the file, its version) and says what went wrong.

import * as api from '../api.js';
import { t } from '../l10n.js';
import { byId, h, replaceChildren } from '../dom.js';
import { closeDialog, openDialog } from '../dialog.js';
import { button, clearErrors, showError, textField } from '../ui.js';

function smallDialog() {
  return /** @type {HTMLDialogElement} */ (byId('small-dialog'));
}


/**
 * Export: says what the file is and holds, asks for its own passphrase twice, then where to
 * save it.
 * @param {Object} ctx
 * @param {{id: string, alias: string}} c CaseSummary
 * @param {HTMLElement} opener
 */
export function openExport(ctx, c, opener) {
  const dialog = smallDialog();
  const first = textField({ id: 'export-passphrase', label: t('export-passphrase-label'), hint: t('export-passphrase-hint'), type: 'password', testid: 'export-passphrase', autocomplete: 'new-password' });
  const again = textField({ id: 'export-passphrase-again', label: t('vault-setup-again-label'), type: 'password', testid: 'export-passphrase-again', autocomplete: 'new-password' });
  const firstInput = /** @type {HTMLInputElement} */ (first.querySelector('input'));
  const againInput = /** @type {HTMLInputElement} */ (again.querySelector('input'));
  const formError = h('div', { class: 'error-slot', id: 'export-form-error' });
  const busy = h('p', { class: 'hint busy', role: 'status', 'data-testid': 'export-status' });
  const submit = /** @type {HTMLButtonElement} */ (button({ label: t('export-submit'), kind: 'primary', type: 'submit', testid: 'export-submit', id: 'export-submit' }));
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'data-testid': 'export-form' },
    h('h2', { id: 'small-dialog-title' }, t('export-title')),
    h('p', { class: 'delete-alias' }, c.alias),
    h('p', null, t('export-body')),
    h('div', { class: 'banner-inline banner-warning', role: 'note' }, h('strong', null, t('export-warning'))),
    first,
    again,
    formError,
    h('div', { class: 'actions' }, submit, button({ label: t('caselist-cancel'), kind: 'secondary', attrs: { 'data-close': true } })),
    busy,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    busy.textContent = '';
    if (firstInput.value !== againInput.value) {
      showError(againInput, { message: t('vault-setup-mismatch') });
      againInput.focus();
      return;
    }
    submit.disabled = true;
    try {
      const picked = await api.pickSavePath('meldwijzer-casus', 'case');
      if (!picked) {
        busy.textContent = t('export-cancelled');
        return;
      }
      busy.textContent = t('export-busy');
      await api.exportCase(c.id, picked.token, firstInput.value);
      firstInput.value = '';
      againInput.value = '';
      closeDialog(dialog, { returnTo: null });
      await ctx.showList({ focus: `export-${c.id}`, announce: `${t('export-done')} ${picked.file_name}` });
    } catch (err) {
      busy.textContent = '';
      const target = ['error-passphrase-too-short', 'error-passphrase-weak'].includes(err.code) ? firstInput : formError;
      showError(target, err);
      if (target === firstInput) firstInput.focus();
    } finally {
      submit.disabled = false;
    }
  });
  replaceChildren(byId('small-dialog-body'), form);
  openDialog(dialog, { focus: firstInput, opener });
}

/**
 * Import: choose the file, type its passphrase, read it in. A refused file keeps the dialog
 * open with the reason; nothing is half-imported.
 * @param {Object} ctx
 * @param {HTMLElement} opener
 */
export function openImport(ctx, opener) {
  const dialog = smallDialog();
  /** @type {?import('../api.js').ChosenFile} */
  let file = null;
  const chosen = h('p', { class: 'hint', 'data-testid': 'import-file', id: 'import-file' }, t('import-no-file'));
  const choose = button({ label: t('import-choose'), kind: 'secondary', testid: 'import-choose', id: 'import-choose' });
  const pass = textField({ id: 'import-passphrase', label: t('import-passphrase-label'), type: 'password', testid: 'import-passphrase', autocomplete: 'off' });
  const passInput = /** @type {HTMLInputElement} */ (pass.querySelector('input'));
  const fileError = h('div', { class: 'error-slot', id: 'import-choose-error' });
  const formError = h('div', { class: 'error-slot', id: 'import-form-error' });
  const busy = h('p', { class: 'hint busy', role: 'status' });
  const submit = /** @type {HTMLButtonElement} */ (button({ label: t('import-submit'), kind: 'primary', type: 'submit', testid: 'import-submit', id: 'import-submit' }));
  choose.addEventListener('click', async () => {
    clearErrors(form);
    try {
      const picked = await api.pickOpenPath('case');
      if (picked) {
        file = picked;
        chosen.replaceChildren(h('span', null, t('import-chosen')), ' ', h('strong', null, picked.file_name));
        passInput.focus();
      }
    } catch (err) {
      showError(fileError, err);
    }
  });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'data-testid': 'import-form' },
    h('h2', { id: 'small-dialog-title' }, t('import-title')),
    h('p', null, t('import-body')),
    h('div', { class: 'field' }, choose, chosen, fileError),
    pass,
    formError,
    h('div', { class: 'actions' }, submit, button({ label: t('caselist-cancel'), kind: 'secondary', attrs: { 'data-close': true } })),
    busy,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!file) {
      showError(fileError, { message: t('import-no-file-error') });
      choose.focus();
      return;
    }
    submit.disabled = true;
    busy.textContent = t('import-busy');
    try {
      const view = await api.importCase(file.token, passInput.value);
      passInput.value = '';
      closeDialog(dialog, { returnTo: null });
      ctx.showCase(view, { announce: t('import-done') });
    } catch (err) {
      busy.textContent = '';
      const target = err.code === 'error-import-passphrase' ? passInput : formError;
      if (target === passInput) passInput.value = '';
      showError(target, err);
      if (target === passInput) passInput.focus();
    } finally {
      submit.disabled = false;
    }
  });
  replaceChildren(byId('small-dialog-body'), form);
  openDialog(dialog, { focus: choose, opener });
}
