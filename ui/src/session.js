// @ts-check
// The vault's session: set-up, unlock, lock (button, Ctrl+Shift+L, idle, minimise), clearing
// the page on lock, and quitting. After a lock the page keeps only the case id and step.

import * as api from './api.js';
import { t } from './l10n.js';
import { byId, replaceChildren } from './dom.js';
import { closeDialog } from './dialog.js';
import { announce } from './ui.js';
import { forgetDrafts } from './drafts.js';
import { flushAutosave } from './autosave.js';
import { renderRecoveryKey, renderSetup, renderUnlock } from './views/vault.js';
import { forgetOutputs } from './lazy.js';
import { state } from './state.js';
import { flushAll } from './writes.js';
import { ctx, showList, openCase, focusAfterRender } from './screens.js';
import { applyVaultChrome, applyStartup } from './topbar.js';

/** Set-up or unlock, whichever the vault needs; the case list once it is open. */
export function showVaultScreen(options = {}) {
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
export function vaultCreated(created) {
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

export function recoveryKeySeen() {
  state.recoveryKey = null;
  showList({ focus: 'heading', announce: t('vault-setup-done') });
}

/** After unlock: back where the professional was when the vault locked, or the case list. */
export function onUnlocked(startup) {
  applyStartup(startup);
  // Integrity problems found on unlock are said once, on the next case list.
  state.damagedNotice = startup.damaged_notice || null;
  lastTouch = Date.now();
  const resume = state.resume;
  state.resume = null;
  if (resume) {
    openCase(resume.caseId, { step: resume.step, announce: t('vault-unlocked') }).then(() => {
      if (state.screen !== 'case') showList({ focus: 'heading', announce: t('vault-unlocked') });
    });
  } else {
    showList({ focus: 'heading', announce: t('vault-unlocked') });
  }
}

/**
 * Locks the vault and removes every case text from the page: what is typed is saved first,
 * dialogs are closed and emptied, the live region cleared, the case data and drafts
 * forgotten, and only the unlock screen drawn. Where the professional was (case and step,
 * ids only) is remembered to return there after unlock.
 * options.alreadyLocked: the backend locked by itself (idle); there is nothing left to save.
 */
export async function lockVault(options = {}) {
  if (state.locking) return;
  state.locking = true;
  try {
    let status = null;
    if (!options.alreadyLocked) {
      try {
        // Sends what is typed and waits for every edit first (the write barrier).
        status = await api.lock();
      } catch {
        // The page is cleared either way; the backend says below where the vault stands.
      }
    }
    state.resume = state.screen === 'case' && state.caseView ? { caseId: state.caseView.case.id, step: state.step } : null;
    clearPage();
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
  } finally {
    state.locking = false;
  }
}

/** Removes every case text from the page and from this module's memory. */
export function clearPage() {
  for (const dialog of document.querySelectorAll('dialog')) {
    closeDialog(dialog, { returnTo: null });
  }
  for (const id of ['acute-panel-body', 'disclosure-body', 'small-dialog-body', 'live', 'save-status']) {
    byId(id).replaceChildren();
  }
  forgetDrafts();
  forgetOutputs();
  state.caseView = null;
  state.local = null;
  state.recoveryKey = null;
  state.startup.cases = [];
  state.startup.cases_next_offset = null;
  state.startup.persistent = false;
  replaceChildren(byId('main'));
}

/** How often the page asks the backend whether the idle time has passed. */
const TICK_MS = 15000;

/** At most one `touch` per this interval: the backend only needs minutes. */
const TOUCH_MS = 10000;

let lastTouch = 0;

export function vaultOpen() {
  return state.startup && state.startup.vault.state === 'unlocked' && state.startup.persistent;
}

/** A key, a click or a scroll: tell the backend (throttled) the professional is here. */
function activity() {
  if (!vaultOpen()) return;
  const now = Date.now();
  if (now - lastTouch < TOUCH_MS) return;
  lastTouch = now;
  api.touch().catch(() => {});
}

async function tick() {
  if (!vaultOpen() || state.locking) return;
  let status;
  try {
    // Save first: the backend may lock on this tick.
    await flushAll();
    status = await api.tick();
  } catch {
    return;
  }
  if (status.state !== 'unlocked') await lockVault({ alreadyLocked: true });
}

/** The quick-hide shortcut: Ctrl+Shift+L (also shown in the lock button's tooltip). */
function isQuickHide(event) {
  return event.ctrlKey && event.shiftKey && !event.altKey && (event.key === 'L' || event.key === 'l' || event.code === 'KeyL');
}

export function wireIdleLock() {
  for (const type of ['keydown', 'pointerdown', 'wheel']) {
    document.addEventListener(type, activity, { capture: true, passive: true });
  }
  document.addEventListener('keydown', (event) => {
    if (isQuickHide(event) && vaultOpen()) {
      event.preventDefault();
      lockVault();
    }
  }, { capture: true });
  window.setInterval(tick, TICK_MS);
  // The shell's events (src-tauri/src/lib.rs): the window is closing, the vault locked by
  // itself, the window was minimised.
  window.addEventListener('meldwijzer-close-requested', async () => {
    try {
      // Sends what is typed and waits for every edit first (the write barrier).
      await api.quit();
    } catch {
      // The shell ends the app after a few seconds anyway.
    }
  });
  window.addEventListener('meldwijzer-locked', () => lockVault({ alreadyLocked: true }));
  window.addEventListener('meldwijzer-lock-now', () => {
    if (vaultOpen()) lockVault();
  });
  // Hidden or going away: send what is typed now.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAutosave();
  });
  window.addEventListener('pagehide', () => flushAutosave());
}
