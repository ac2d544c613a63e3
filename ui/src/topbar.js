// @ts-check
// The top bar: languages, home, Acuut, the lock button, the save status and the not-saved
// banner, and applying a StartupView (texts and chrome).

import * as api from './api.js';
import { applyL10n, setMessages, t } from './l10n.js';
import { byId, h, replaceChildren } from './dom.js';
import { closeDialog } from './dialog.js';
import { announce, setLanguage as setDateLanguage, showError } from './ui.js';
import { loadViews, views } from './lazy.js';
import { renderRecoveryKey, renderSetup, renderUnlock } from './views/vault.js';
import { state } from './state.js';
import { ctx, drawCase, showList } from './screens.js';
import { lockVault } from './session.js';
import { redrawSaveStatus } from './writes.js';
import { showTrainingHome, present, drawPresenter, compare } from './training-controller.js';

/** The lock button, the not-saved banner and the save status follow the vault's state. */
export function applyVaultChrome() {
  const s = state.startup;
  const training = Boolean(state.training);
  byId('training-mark').classList.toggle('hidden', !training);
  document.body.classList.toggle('is-training', training);
  document.body.classList.toggle('is-presenting', training && state.screen === 'presenter');
  byId('nav-cases').classList.toggle('hidden', training);
  const open = s.vault.state === 'unlocked' && !training;
  const lock = byId('lock-button');
  lock.classList.toggle('hidden', !(open && s.persistent));
  lock.title = t('vault-lock-title');
  lock.setAttribute('aria-keyshortcuts', 'Control+Shift+L');
  byId('persist-banner').classList.toggle('hidden', !open || s.persistent);
  if (!open || !s.persistent) byId('save-status').replaceChildren();
}

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
      drawCase(view, true);
    } catch {
      await showList();
    }
  } else if (state.screen === 'new' || state.screen === 'setup' || state.screen === 'unlock') {
    // Keep what was typed: the form is drawn again in the other language.
    const main = byId('main');
    const fields = /** @type {NodeListOf<HTMLInputElement>} */ (main.querySelectorAll('input[id], textarea[id]'));
    const values = [...fields].map((el) => /** @type {const} */ ([el.id, el.value, el.checked]));
    if (state.screen === 'new') views().cases.renderNewCase(ctx, main, state.newCase);
    else if (state.screen === 'setup') renderSetup(ctx, main, state.startup.vault);
    else renderUnlock(ctx, main);
    for (const [id, value, checked] of values) {
      const el = /** @type {?HTMLInputElement} */ (document.getElementById(id));
      if (!el) continue;
      if (el.type === 'radio' || el.type === 'checkbox') el.checked = checked;
      else el.value = value;
      el.dispatchEvent(new Event(`input`)); // redraws the length hint
    }
  } else if (state.training && state.training.caseView && (state.screen === 'presenter' || state.screen === 'compare')) {
    // The case's texts come in the new language (or in Dutch, if the case has no English).
    const tr = state.training;
    const [id, round, revealed] = [tr.caseView.summary.id, tr.round, tr.revealed];
    tr.caseView = null;
    if (state.screen === 'presenter') {
      await present(id, round);
      tr.revealed = revealed;
      drawPresenter();
    } else {
      await compare(id, round);
    }
  } else if (state.training) {
    await showTrainingHome();
  } else if (state.screen === 'recovery' && state.recoveryKey) {
    renderRecoveryKey(ctx, byId('main'), state.recoveryKey);
  } else {
    (await loadViews()).cases.renderCaseList(ctx, byId('main'), state.startup.cases);
  }
  const pressed = /** @type {?HTMLElement} */ (document.querySelector(`#lang-switch [lang="${lang}"]`));
  if (pressed) pressed.focus();
  announce(t('lang-changed'));
}

/** Applies a StartupView: texts, languages, the lock button and the not-saved banner. */
export function applyStartup(s) {
  state.startup = s;
  setMessages(s.messages, s.language);
  setDateLanguage(s.language);
  applyL10n(document);
  renderLanguages();
  applyVaultChrome();
  redrawSaveStatus();
}

export function wireTopBar() {
  byId('home-button').addEventListener('click', () => showList({ focus: 'heading' }));
  byId('nav-cases').addEventListener('click', () => showList({ focus: 'heading' }));
  byId('acute-button').addEventListener('click', async (event) => {
    const opener = /** @type {HTMLElement} */ (event.currentTarget);
    (await loadViews()).acute.openAcutePanel(ctx, opener);
  });
  byId('lock-button').addEventListener('click', () => lockVault());
  byId('about-button').addEventListener('click', async (event) => {
    const opener = /** @type {HTMLElement} */ (event.currentTarget);
    (await loadViews()).about.openAbout(opener);
  });
  const closeSelector = '[data-close]';
  for (const dialog of document.querySelectorAll('dialog')) {
    dialog.addEventListener('click', (event) => {
      const close = event.target instanceof Element ? event.target.closest(closeSelector) : null;
      if (close) closeDialog(dialog);
    });
  }
}
