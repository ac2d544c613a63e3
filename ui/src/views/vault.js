// @ts-check
// The vault screens: set-up on first start, the recovery key shown once, unlock, unlock with
// the recovery key (passphrase forgotten, then a new one), and changing the passphrase.
//
// Nothing here decides anything about the vault: the backend checks the passphrase (its
// minimum length too) and says what went wrong. This module only compares the two typed
// passphrases and counts characters for the length hint. Passphrases are never kept in
// `state`; they live in the input fields until the page is drawn again.

import * as api from '../api.js';
import { trainingEntry } from './training.js';
import { t } from '../l10n.js';
import { h, replaceChildren } from '../dom.js';
import { announce, button, checkbox, clearErrors, showError, textField } from '../ui.js';
import { loadViews } from '../lazy.js';

/** Characters, as the backend counts them (Unicode scalar values). */
function chars(text) {
  return [...text].length;
}

/**
 * The set-up screen (no vault yet).
 * @param {Object} ctx
 * @param {HTMLElement} main
 * @param {{state: string, min_chars: number}} status VaultStatusView
 */
export function renderSetup(ctx, main, status) {
  const min = status.min_chars;
  const first = textField({ id: 'setup-passphrase', label: t('vault-setup-passphrase-label'), hint: t('vault-setup-passphrase-hint'), type: 'password', testid: 'setup-passphrase', autocomplete: 'new-password' });
  const again = textField({ id: 'setup-passphrase-again', label: t('vault-setup-again-label'), type: 'password', testid: 'setup-passphrase-again', autocomplete: 'new-password' });
  const firstInput = /** @type {HTMLInputElement} */ (first.querySelector('input'));
  const againInput = /** @type {HTMLInputElement} */ (again.querySelector('input'));
  const count = h('span', { class: 'strength-count' });
  const verdict = h('span', { class: 'strength-verdict' });
  const strength = h(
    'p',
    { class: 'hint strength', id: 'setup-strength', 'data-testid': 'setup-strength' },
    h('span', null, t('vault-setup-min-label')),
    ' ',
    h('strong', null, String(min)),
    ' · ',
    h('span', null, t('vault-setup-count-label')),
    ' ',
    count,
    ' · ',
    verdict,
  );
  const updateStrength = () => {
    const n = chars(firstInput.value);
    count.textContent = String(n);
    // A plain length rule: long enough, and longer is stronger.
    verdict.textContent = n < min ? t('vault-setup-strength-short') : n < min * 2 ? t('vault-setup-strength-ok') : t('vault-setup-strength-good');
  };
  firstInput.addEventListener('input', updateStrength);
  firstInput.setAttribute('aria-describedby', `${firstInput.getAttribute('aria-describedby') || ''} setup-strength`.trim());
  updateStrength();
  const recovery = checkbox({ id: 'setup-recovery', label: t('vault-setup-recovery-label'), hint: t('vault-setup-recovery-hint'), testid: 'setup-recovery' });
  const formError = h('div', { class: 'error-slot', id: 'setup-form-error' });
  const busy = h('p', { class: 'hint busy', role: 'status', 'data-testid': 'setup-busy' });
  const submit = button({ label: t('vault-setup-submit'), kind: 'primary', type: 'submit', testid: 'setup-submit', id: 'setup-submit' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'setup-title' },
    first,
    strength,
    again,
    h('div', { class: 'banner-inline banner-warning', role: 'note' }, h('strong', null, t('vault-setup-warning'))),
    recovery,
    formError,
    h('div', { class: 'actions' }, submit),
    busy,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (firstInput.value !== againInput.value) {
      showError(againInput, { message: t('vault-setup-mismatch') });
      againInput.focus();
      return;
    }
    const withRecovery = /** @type {HTMLInputElement} */ (recovery.querySelector('input')).checked;
    submit.disabled = true;
    busy.textContent = t('vault-setup-busy');
    // The case list's views load while the key is derived (lazy.js).
    loadViews().catch(() => {});
    try {
      const created = await api.createVault(firstInput.value, withRecovery);
      firstInput.value = '';
      againInput.value = '';
      ctx.vaultCreated(created);
    } catch (err) {
      busy.textContent = '';
      submit.disabled = false;
      const target = err.code === 'error-passphrase-too-short' ? firstInput : formError;
      showError(target, err);
      if (target === firstInput) firstInput.focus();
    }
  });
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-narrow', 'data-testid': 'vault-setup' },
      h('h1', { id: 'setup-title' }, t('vault-setup-title')),
      h('p', { class: 'lead' }, t('vault-setup-intro')),
      form,
      h('p', { class: 'hint' }, t('vault-setup-acute')),
      trainingEntry(ctx),
    ),
  );
}

/**
 * The recovery key, shown once right after set-up.
 * @param {Object} ctx
 * @param {HTMLElement} main
 * @param {string} key
 */
export function renderRecoveryKey(ctx, main, key) {
  const done = button({ label: t('vault-recovery-done'), kind: 'primary', testid: 'recovery-done', id: 'recovery-done', onClick: () => ctx.recoveryKeySeen() });
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-narrow', 'data-testid': 'vault-recovery' },
      h('h1', { id: 'recovery-title' }, t('vault-recovery-title')),
      h('p', { class: 'lead' }, t('vault-recovery-body')),
      h('p', { class: 'recovery-key', 'data-testid': 'recovery-key' }, h('code', null, key)),
      h('p', null, h('strong', null, t('vault-recovery-once'))),
      h('div', { class: 'actions' }, done),
    ),
  );
}

/**
 * The unlock screen: the passphrase and nothing else about cases.
 * @param {Object} ctx
 * @param {HTMLElement} main
 */
export function renderUnlock(ctx, main) {
  const field = textField({ id: 'unlock-passphrase', label: t('vault-unlock-passphrase-label'), type: 'password', testid: 'unlock-passphrase', autocomplete: 'current-password' });
  const input = /** @type {HTMLInputElement} */ (field.querySelector('input'));
  const busy = h('p', { class: 'hint busy', role: 'status' });
  const submit = button({ label: t('vault-unlock-submit'), kind: 'primary', type: 'submit', testid: 'unlock-submit', id: 'unlock-submit' });
  const forgot = button({ label: t('vault-unlock-forgot'), kind: 'quiet', testid: 'unlock-forgot', id: 'unlock-forgot', onClick: () => renderRecover(ctx, main) });
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'unlock-title' }, field, h('div', { class: 'actions' }, submit, forgot), busy);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    busy.textContent = t('vault-unlock-busy');
    // The case list's views load while the key is derived (lazy.js).
    loadViews().catch(() => {});
    try {
      const startup = await api.unlock(input.value);
      input.value = '';
      ctx.onUnlocked(startup);
    } catch (err) {
      busy.textContent = '';
      submit.disabled = false;
      input.value = '';
      showError(input, err);
      input.focus();
    }
  });
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-narrow', 'data-testid': 'vault-unlock' },
      h('h1', { id: 'unlock-title' }, t('vault-unlock-title')),
      h('p', { class: 'lead' }, t('vault-unlock-intro')),
      form,
      trainingEntry(ctx),
    ),
  );
}

/** A passphrase and the same typed again, with the length hint; compares them before sending. */
function newPassphraseFields(prefix) {
  const first = textField({ id: `${prefix}-new`, label: t('vault-new-passphrase-label'), hint: t('vault-setup-passphrase-hint'), type: 'password', testid: `${prefix}-new`, autocomplete: 'new-password' });
  const again = textField({ id: `${prefix}-again`, label: t('vault-setup-again-label'), type: 'password', testid: `${prefix}-again`, autocomplete: 'new-password' });
  const firstInput = /** @type {HTMLInputElement} */ (first.querySelector('input'));
  const againInput = /** @type {HTMLInputElement} */ (again.querySelector('input'));
  return {
    nodes: [first, again],
    firstInput,
    againInput,
    /** False (and the error shown) when the two differ. */
    same() {
      if (firstInput.value === againInput.value) return true;
      showError(againInput, { message: t('vault-setup-mismatch') });
      againInput.focus();
      return false;
    },
    clear() {
      firstInput.value = '';
      againInput.value = '';
    },
  };
}

/**
 * Passphrase forgotten: the recovery key opens the vault, and a new passphrase replaces the
 * old one. Only the vault checks the key; a typo, a wrong key or a vault without one each
 * get their own message, and nothing changes.
 * @param {Object} ctx
 * @param {HTMLElement} main
 */
export function renderRecover(ctx, main) {
  const keyField = textField({ id: 'recover-key', label: t('vault-recover-key-label'), hint: t('vault-recover-key-hint'), testid: 'recover-key', autocomplete: 'off' });
  const keyInput = /** @type {HTMLInputElement} */ (keyField.querySelector('input'));
  keyInput.setAttribute('spellcheck', 'false');
  keyInput.setAttribute('autocapitalize', 'characters');
  const fresh = newPassphraseFields('recover');
  const formError = h('div', { class: 'error-slot', id: 'recover-form-error' });
  const busy = h('p', { class: 'hint busy', role: 'status' });
  const submit = button({ label: t('vault-recover-submit'), kind: 'primary', type: 'submit', testid: 'recover-submit', id: 'recover-submit' });
  const back = button({ label: t('vault-recover-back'), kind: 'secondary', testid: 'recover-back', onClick: () => {
    renderUnlock(ctx, main);
    /** @type {HTMLElement} */ (main.querySelector('#unlock-passphrase')).focus();
  } });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'recover-title' },
    keyField,
    ...fresh.nodes,
    formError,
    h('div', { class: 'actions' }, submit, back),
    busy,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!fresh.same()) return;
    submit.disabled = true;
    busy.textContent = t('vault-unlock-busy');
    // The case list's views load while the key is derived (lazy.js).
    loadViews().catch(() => {});
    try {
      const startup = await api.unlockWithRecovery(keyInput.value, fresh.firstInput.value);
      keyInput.value = '';
      fresh.clear();
      ctx.onUnlocked(startup);
      announce(t('vault-recover-done'));
    } catch (err) {
      busy.textContent = '';
      submit.disabled = false;
      const onKey = ['error-recovery-key-malformed', 'error-wrong-recovery-key', 'error-no-recovery-key'].includes(err.code);
      const target = err.code === 'error-passphrase-too-short' ? fresh.firstInput : onKey ? keyInput : formError;
      showError(target, err);
      if (target !== formError) /** @type {HTMLElement} */ (target).focus();
    }
  });
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-narrow', 'data-testid': 'vault-recover' },
      h('h1', { id: 'recover-title', tabindex: '-1' }, t('vault-recover-title')),
      h('p', { class: 'lead' }, t('vault-recover-intro')),
      form,
    ),
  );
  keyInput.focus();
}

/**
 * Changing the passphrase, in the settings: the current one, the new one twice. Only the
 * key that opens the vault is re-wrapped; no case is touched.
 * @param {Object} ctx
 */
export function passphraseForm(ctx) {
  const current = textField({ id: 'change-current', label: t('vault-change-current-label'), type: 'password', testid: 'change-current', autocomplete: 'current-password' });
  const currentInput = /** @type {HTMLInputElement} */ (current.querySelector('input'));
  const fresh = newPassphraseFields('change');
  const formError = h('div', { class: 'error-slot', id: 'change-form-error' });
  const busy = h('p', { class: 'hint busy', role: 'status' });
  const submit = button({ label: t('vault-change-submit'), kind: 'secondary', type: 'submit', testid: 'change-submit', id: 'change-submit' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'change-title', 'data-testid': 'change-passphrase' },
    h('p', { class: 'hint' }, t('vault-change-intro')),
    current,
    ...fresh.nodes,
    formError,
    h('div', { class: 'actions' }, submit),
    busy,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!fresh.same()) return;
    submit.disabled = true;
    busy.textContent = t('vault-change-busy');
    try {
      await api.changePassphrase(currentInput.value, fresh.firstInput.value);
      currentInput.value = '';
      fresh.clear();
      submit.disabled = false;
      busy.textContent = t('vault-change-done');
      announce(t('vault-change-done'));
    } catch (err) {
      busy.textContent = '';
      submit.disabled = false;
      const target = err.code === 'error-wrong-passphrase' ? currentInput : err.code === 'error-passphrase-too-short' ? fresh.firstInput : formError;
      if (target === currentInput) currentInput.value = '';
      showError(target, err);
      if (target !== formError) /** @type {HTMLElement} */ (target).focus();
    }
  });
  // Folded away: something done rarely, below the everyday settings.
  return h(
    'details',
    { class: 'form-box settings passphrase-change' },
    h('summary', { 'data-testid': 'change-open', id: 'change-open' }, h('h2', { id: 'change-title', class: 'summary-title' }, t('vault-change-title'))),
    form,
  );
}
