// Meldwijzer's UI: start-up, the top bar, the vault's set-up, unlock and lock, and switching
// between the screens.
//
// The backend owns all protocol logic and all texts. This module keeps only what is on the
// screen: the StartupView, the open CaseView and which step is shown. Every mutating call
// returns fresh data and the screen is drawn again from it. Locking forgets all of it and
// draws only the unlock screen.

import * as api from './api.js';
import { applyL10n, setMessages, t } from './l10n.js';
import { byId, h, replaceChildren } from './dom.js';
import { closeDialog } from './dialog.js';
import { announce, setLanguage as setDateLanguage, showError } from './ui.js';
import { renderCaseList, renderNewCase } from './views/cases.js';
import { openAcutePanel, openDisclosure } from './views/acute.js';
import { renderCase, firstOpenStep } from './views/case.js';
import { renderRecoveryKey, renderSetup, renderUnlock } from './views/vault.js';

/** @typedef {Object} StartupView */
/** @typedef {Object} CaseView */

const state = {
  /** @type {?StartupView} */
  startup: null,
  /** @type {'list'|'new'|'case'|'setup'|'recovery'|'unlock'} */
  screen: 'list',
  /** The recovery key while it is shown (once, right after set-up). */
  recoveryKey: null,
  /** @type {?CaseView} */
  caseView: null,
  /** Step shown on the case screen. */
  step: 'signalen',
  /** Edits run one after another, in the order the user made them. */
  queue: Promise.resolve(),
};

/** What the views may use: data, navigation and the one way to change a case. */
const ctx = {
  get protocol() {
    return state.startup.protocol;
  },
  get startup() {
    return state.startup;
  },
  get caseView() {
    return state.screen === 'case' ? state.caseView : null;
  },
  get step() {
    return state.step;
  },
  /** Whether the vault is open (cases can be read and written). */
  get unlocked() {
    return state.startup.vault.state === 'unlocked';
  },
  vaultCreated,
  recoveryKeySeen,
  onUnlocked,
  saved,
  showList,
  showNewCase,
  openCase,
  showCase,
  selectStep,
  edit,
  openDisclosure: (options) => openDisclosure(ctx, options),
  setCases(cases) {
    state.startup.cases = cases;
  },
};

// ---------- Screens ----------

/** The start screen. options.focus: an element id to focus, or 'heading'. */
async function showList(options = {}) {
  if (!ctx.unlocked) {
    showVaultScreen();
    return;
  }
  state.screen = 'list';
  state.caseView = null;
  try {
    state.startup.cases = await api.listCases();
  } catch {
    // The list from start-up (or the last answer) is still good enough to show.
  }
  renderCaseList(ctx, byId('main'), state.startup.cases);
  focusAfterRender(options.focus);
  if (options.announce) announce(options.announce);
}

function showNewCase(options = {}) {
  if (!ctx.unlocked) return;
  state.screen = 'new';
  state.caseView = null;
  state.newCase = options;
  renderNewCase(ctx, byId('main'), options);
  focusAfterRender('heading');
}

/**
 * Opens a case from the store. options.step: the step to show (default: the first that is
 * not done). Errors are shown next to options.trigger.
 */
async function openCase(caseId, options = {}) {
  try {
    const view = await api.openCase(caseId);
    showCase(view, options);
  } catch (err) {
    if (options.trigger) showError(options.trigger, err);
  }
}

/**
 * Draws the case screen from a CaseView.
 * @param {CaseView} view
 * @param {{step?: string, focus?: string, announce?: string}} [options]
 */
function showCase(view, options = {}) {
  const sameCase = state.screen === 'case' && state.caseView && state.caseView.case.id === view.case.id;
  state.screen = 'case';
  state.caseView = view;
  if (options.step) state.step = options.step;
  else if (!sameCase) state.step = firstOpenStep(view);
  renderCase(ctx, byId('main'), view, { fresh: !sameCase });
  if (!sameCase || options.focus) focusAfterRender(options.focus || 'heading');
  if (options.announce) announce(options.announce);
}

/** Shows another step of the open case (any order). */
function selectStep(stepId) {
  if (!state.caseView) return;
  state.step = stepId;
  renderCase(ctx, byId('main'), state.caseView, { fresh: true });
  focusAfterRender('step-heading');
  const step = state.caseView.stepper.find((s) => s.id === stepId);
  if (step) announce(`${step.number}. ${step.title}: ${step.state_label}`);
}

/**
 * Sends one edit for the open case, after any edit still under way. On success the case is
 * drawn again and options.announce is said; on failure the error is shown next to
 * options.trigger (or passed to options.onError) and nothing the user typed is touched.
 * @param {Object} edit an Edit (api.js)
 * @param {{trigger?: Element, onError?: Function, onSuccess?: Function, announce?: string, focus?: string}} [options]
 * @returns {Promise<?CaseView>}
 */
function edit(edit, options = {}) {
  const caseId = state.caseView && state.caseView.case.id;
  const run = async () => {
    if (!caseId) return null;
    try {
      const view = await api.editCase(caseId, edit);
      saved();
      if (options.onSuccess) options.onSuccess(view);
      if (state.screen === 'case' && state.caseView && state.caseView.case.id === caseId) {
        showCase(view, { focus: options.focus, announce: options.announce });
      }
      return view;
    } catch (err) {
      if (options.onError) options.onError(err);
      else if (options.trigger) showError(options.trigger, err);
      return null;
    }
  };
  const next = state.queue.then(run, run);
  state.queue = next.catch(() => null);
  return next;
}

/** Moves focus to the new screen's heading (or an element id) after a redraw. */
function focusAfterRender(target) {
  if (!target) return;
  const el = target === 'heading'
    ? document.querySelector('#main h1')
    : target === 'step-heading'
      ? document.querySelector('#main .step-panel h2')
      : document.getElementById(target);
  if (el) {
    if (!el.hasAttribute('tabindex') && !el.matches('button, input, textarea, select, a[href]')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: false });
  }
}

// ---------- The vault ----------

/** Set-up or unlock, whichever the vault needs; the case list once it is open. */
function showVaultScreen(options = {}) {
  const vault = state.startup.vault;
  const main = byId('main');
  if (vault.state === 'none') {
    state.screen = 'setup';
    renderSetup(ctx, main, vault);
    focusAfterRender(options.focus || 'setup-passphrase');
  } else if (vault.state === 'locked') {
    state.screen = 'unlock';
    renderUnlock(ctx, main);
    focusAfterRender(options.focus || 'unlock-passphrase');
  } else {
    showList({ focus: options.focus });
  }
}

/** After set-up: the recovery key once (if one was made), then the case list. */
function vaultCreated(created) {
  applyStartup(created.startup);
  if (created.recovery_key) {
    state.screen = 'recovery';
    state.recoveryKey = created.recovery_key;
    renderRecoveryKey(ctx, byId('main'), created.recovery_key);
    focusAfterRender('heading');
  } else {
    showList({ focus: 'heading', announce: t('vault-setup-done') });
  }
}

function recoveryKeySeen() {
  state.recoveryKey = null;
  showList({ focus: 'heading', announce: t('vault-setup-done') });
}

/** After unlock: the case list. */
function onUnlocked(startup) {
  applyStartup(startup);
  showList({ focus: 'heading', announce: t('vault-unlocked') });
}

/** Says "Opgeslagen", quietly, after the backend confirmed a save into the vault. */
function saved() {
  const status = byId('save-status');
  status.textContent = state.startup.persistent ? t('app-saved') : '';
}

/**
 * Locks the vault and removes every case text from the page: dialogs are closed and
 * emptied, the live region cleared, the case data forgotten, and only the unlock screen
 * drawn. Edits still under way finish first, so nothing typed and sent is lost.
 */
async function lockVault() {
  await state.queue;
  let status = null;
  try {
    status = await api.lock();
  } catch {
    // The page is cleared either way; the backend says below where the vault stands.
  }
  for (const dialog of document.querySelectorAll('dialog')) {
    closeDialog(dialog, { returnTo: null });
  }
  for (const id of ['acute-panel-body', 'disclosure-body', 'small-dialog-body', 'live', 'save-status']) {
    byId(id).replaceChildren();
  }
  state.caseView = null;
  state.recoveryKey = null;
  state.startup.cases = [];
  state.startup.persistent = false;
  replaceChildren(byId('main'));
  if (!status) {
    try {
      status = await api.vaultStatus();
    } catch {
      status = { state: 'locked', min_chars: state.startup.vault.min_chars };
    }
  }
  state.startup.vault = status;
  applyVaultChrome();
  showVaultScreen();
  announce(t('vault-locked'));
}

/** The lock button, the not-saved banner and the save status follow the vault's state. */
function applyVaultChrome() {
  const s = state.startup;
  const open = s.vault.state === 'unlocked';
  byId('lock-button').classList.toggle('hidden', !(open && s.persistent));
  byId('persist-banner').classList.toggle('hidden', !open || s.persistent);
  if (!open || !s.persistent) byId('save-status').replaceChildren();
}

// ---------- Top bar ----------

function renderLanguages() {
  const box = byId('lang-switch');
  const s = state.startup;
  replaceChildren(
    box,
    s.languages.map((lang) =>
      h(
        'button',
        {
          type: 'button',
          class: ['btn', 'btn-lang'],
          lang: lang.id,
          'data-testid': lang.id === 'nl' ? 'lang-nl' : lang.id === 'en' ? 'lang-en' : null,
          'aria-pressed': lang.id === s.language ? 'true' : 'false',
          on: { click: () => switchLanguage(lang.id) },
        },
        lang.label,
      ),
    ),
  );
}

async function switchLanguage(lang) {
  if (!state.startup || lang === state.startup.language) return;
  try {
    applyStartup(await api.setLanguage(lang));
  } catch (err) {
    showError(byId('lang-switch'), err);
    return;
  }
  // Texts inside the case come localised from the backend: fetch the case again.
  if (state.screen === 'case' && state.caseView) {
    try {
      const view = await api.openCase(state.caseView.case.id);
      state.caseView = view;
      renderCase(ctx, byId('main'), view, { fresh: true });
    } catch {
      await showList();
    }
  } else if (state.screen === 'new' || state.screen === 'setup' || state.screen === 'unlock') {
    // Keep what was typed: the form is drawn again in the other language.
    const main = byId('main');
    const values = [...main.querySelectorAll('input[id], textarea[id]')].map((el) => [el.id, el.value, el.checked]);
    if (state.screen === 'new') renderNewCase(ctx, main, state.newCase);
    else if (state.screen === 'setup') renderSetup(ctx, main, state.startup.vault);
    else renderUnlock(ctx, main);
    for (const [id, value, checked] of values) {
      const el = document.getElementById(id);
      if (!el) continue;
      if (el.type === 'radio' || el.type === 'checkbox') el.checked = checked;
      else el.value = value;
      el.dispatchEvent(new Event(`input`)); // redraws the length hint
    }
  } else if (state.screen === 'recovery' && state.recoveryKey) {
    renderRecoveryKey(ctx, byId('main'), state.recoveryKey);
  } else {
    renderCaseList(ctx, byId('main'), state.startup.cases);
  }
  const pressed = document.querySelector(`#lang-switch [lang="${lang}"]`);
  if (pressed) pressed.focus();
  announce(t('lang-changed'));
}

/** Applies a StartupView: texts, languages, the lock button and the not-saved banner. */
function applyStartup(s) {
  state.startup = s;
  setMessages(s.messages, s.language);
  setDateLanguage(s.language);
  applyL10n(document);
  renderLanguages();
  applyVaultChrome();
}

function wireTopBar() {
  byId('home-button').addEventListener('click', () => showList({ focus: 'heading' }));
  byId('nav-cases').addEventListener('click', () => showList({ focus: 'heading' }));
  byId('acute-button').addEventListener('click', (event) => openAcutePanel(ctx, event.currentTarget));
  byId('lock-button').addEventListener('click', () => lockVault());
  const closeSelector = '[data-close]';
  for (const dialog of document.querySelectorAll('dialog')) {
    dialog.addEventListener('click', (event) => {
      const close = event.target instanceof Element ? event.target.closest(closeSelector) : null;
      if (close) closeDialog(dialog);
    });
  }
}

function renderFatal(err) {
  replaceChildren(byId('main'), h('div', { class: 'page' }, h('p', { class: 'error-message', role: 'alert' }, err.message || t('error-unexpected'))));
}

async function boot() {
  wireTopBar();
  try {
    applyStartup(await api.startup());
    showVaultScreen();
  } catch (err) {
    renderFatal(err);
  }
  try {
    await api.uiReady();
  } catch {
    // The shell shows the window by itself after a few seconds.
  }
}

boot();
