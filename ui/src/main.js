// @ts-check
// Meldwijzer's UI: start-up, the top bar, the vault's set-up, unlock and lock, and switching
// between the screens.
//
// The backend owns all protocol logic and all texts. This module keeps only what is on the
// screen: the StartupView, the open CaseView and which step is shown. Every mutating call
// returns fresh data and the screen is drawn again from it. Locking forgets all of it and
// draws only the unlock screen.
//
// The page is split along its seams: state.js (the page's memory), screens.js (navigation and
// the views' ctx), writes.js (the one write path), session.js (vault, lock, idle, quit),
// training-controller.js (oefenmodus) and topbar.js. This file starts them.

import * as api from './api.js';
import { t } from './l10n.js';
import { byId, h, replaceChildren } from './dom.js';
import { state } from './state.js';
import { flushAll } from './writes.js';
import { showVaultScreen, wireIdleLock } from './session.js';
import { showTrainingHome, wireTrainingKeys } from './training-controller.js';
import { applyStartup, wireTopBar } from './topbar.js';
import { wireZoom } from './zoom.js';
import { wireWindowTitle } from './title.js';
import { wireDateFields } from './ui.js';
import { watchPresses } from './screens.js';

// Copy, PDF, export, lock and quit first send what is typed and wait for every edit (api.js).
api.setWriteBarrier({ settle: flushAll, drain: () => state.queue });

function renderFatal(err) {
  replaceChildren(byId('main'), h('div', { class: 'page' }, h('p', { class: 'error-message', role: 'alert' }, err.message || t('error-unexpected'))));
}

async function boot() {
  wireTopBar();
  wireIdleLock();
  wireTrainingKeys();
  wireZoom();
  wireWindowTitle();
  wireDateFields();
  watchPresses();
  try {
    applyStartup(await api.startup());
    const training = await api.trainingView().catch(() => null);
    if (training && training.active) {
      state.training = { view: training, caseView: null, round: 0, revealed: false, scale: 1, imp: {} };
      showTrainingHome();
    } else {
      showVaultScreen();
    }
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
