// @ts-check
// Oefenmodus: entering and leaving it, the training list, the presenter (rounds, reveal, text
// scale, full screen, keys) and the side-by-side compare view. Page memory only.

import * as api from './api.js';
import { t } from './l10n.js';
import { byId, replaceChildren } from './dom.js';
import { announce, showError } from './ui.js';
import { renderCompare, renderPresenter, renderTrainingHome } from './views/training.js';
import { state } from './state.js';
import { flushAll } from './writes.js';
import { focusAfterRender } from './screens.js';
import { showVaultScreen, clearPage, vaultOpen } from './session.js';
import { applyVaultChrome } from './topbar.js';

/** Presenter text scale: steps of Ctrl +/−. */
const SCALES = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2];

/** What the training views may do. */
const tctx = {
  leave: leaveTraining,
  home: () => showTrainingHome(),
  present,
  compare,
  importFile,
  step: presenterStep,
  reveal: () => {
    state.training.revealed = !state.training.revealed;
    drawPresenter();
  },
  reset: () => {
    state.training.round = 0;
    state.training.revealed = false;
    drawPresenter();
  },
  zoom: (dir) => {
    const i = SCALES.indexOf(state.training.scale);
    state.training.scale = SCALES[Math.max(0, Math.min(SCALES.length - 1, (i < 0 ? 2 : i) + dir))];
    drawPresenter();
  },
  fullscreen: toggleFullscreen,
  openNotes: () => api.openTrainerNotes().catch((err) => showError(document.querySelector('[data-testid=presenter-notes]') || byId('main'), err)),
};

/**
 * Turns oefenmodus on. What is typed in a real case is saved first; the backend locks the
 * vault, and the page forgets every case text before it shows the training cases.
 */
export async function enterTraining() {
  if (vaultOpen()) await flushAll();
  let view;
  try {
    view = await api.enterTraining();
  } catch (err) {
    showError(byId('training-enter') || byId('main'), err);
    return;
  }
  clearPage();
  try {
    state.startup.vault = await api.vaultStatus();
  } catch {
    state.startup.vault = { ...state.startup.vault, state: 'locked' };
  }
  state.training = { view, caseView: null, round: 0, revealed: false, scale: 1, imp: {} };
  applyVaultChrome();
  showTrainingHome({ announce: t('training-entered') });
}

/** Leaves oefenmodus: the backend discards the session; the page forgets it too. */
async function leaveTraining() {
  let status = null;
  try {
    status = await api.leaveTraining();
  } catch {
    // The page forgets the session either way.
  }
  if (document.fullscreenElement || state.screen === 'presenter') api.setFullscreen(false).catch(() => {});
  state.training = null;
  replaceChildren(byId('main'));
  if (status) state.startup.vault = status;
  applyVaultChrome();
  showVaultScreen({ focus: 'heading' });
  announce(t('training-left'));
}

export async function showTrainingHome(options = {}) {
  if (state.screen === 'presenter') api.setFullscreen(false).catch(() => {});
  try {
    state.training.view = await api.trainingView();
  } catch {
    // The last list is good enough to show.
  }
  state.screen = 'training';
  applyVaultChrome();
  renderTrainingHome(tctx, byId('main'), state.training.view, state.training.imp);
  focusAfterRender(options.focus || 'heading');
  if (options.announce) announce(options.announce);
}

async function loadTrainingCase(id) {
  if (!state.training.caseView || state.training.caseView.summary.id !== id) {
    state.training.caseView = await api.trainingCase(id);
  }
  return state.training.caseView;
}

/** Opens the presenter view at a round (0-based), facts hidden. */
export async function present(id, round = 0) {
  try {
    await loadTrainingCase(id);
  } catch (err) {
    showError(byId('main'), err);
    return;
  }
  state.training.round = round;
  state.training.revealed = false;
  state.screen = 'presenter';
  drawPresenter();
}

export function drawPresenter() {
  const tr = state.training;
  if (!tr || !tr.caseView) return;
  tr.round = Math.max(0, Math.min(tr.caseView.rounds.length - 1, tr.round));
  applyVaultChrome();
  renderPresenter(tctx, byId('main'), tr.caseView, tr);
  const title = /** @type {?HTMLElement} */ (document.querySelector('.presenter-title'));
  if (title && !byId('main').contains(document.activeElement)) title.focus({ preventScroll: true });
  const r = tr.caseView.rounds[tr.round];
  announce(`${t('training-round-label')} ${r.number}: ${r.title}`);
  api.trainingShow(tr.caseView.summary.id, tr.round, tr.revealed).catch(() => {});
}

function presenterStep(dir) {
  const tr = state.training;
  const next = tr.round + dir;
  if (next < 0 || next >= tr.caseView.rounds.length) return;
  tr.round = next;
  tr.revealed = false;
  drawPresenter();
  const title = /** @type {?HTMLElement} */ (document.querySelector('.presenter-title'));
  if (title) title.focus({ preventScroll: true });
}

async function toggleFullscreen() {
  const tr = state.training;
  tr.fullscreen = !tr.fullscreen;
  try {
    await api.setFullscreen(tr.fullscreen);
  } catch {
    tr.fullscreen = false;
  }
}

/** The side-by-side fields view after a round (0-based). */
export async function compare(id, round) {
  let routes;
  try {
    const c = await loadTrainingCase(id);
    routes = await api.trainingCompare(id, Math.min(round, c.rounds.length - 1));
  } catch (err) {
    showError(byId('main'), err);
    return;
  }
  if (state.screen === 'presenter') api.setFullscreen(false).catch(() => {});
  state.screen = 'compare';
  state.training.round = round;
  applyVaultChrome();
  renderCompare(tctx, byId('main'), state.training.caseView, round, routes);
  focusAfterRender('heading');
}

/**
 * Reads the trainer's case file chosen in the native dialog (a token and its file name; the
 * page never has the path); its problems are shown as they are, one per line.
 * @param {{token: string, file_name: string}} chosen
 */
async function importFile(chosen) {
  const tr = state.training;
  try {
    const result = await api.trainingImport(chosen.token);
    tr.imp = { fileName: chosen.file_name, problems: result.problems, done: Boolean(result.case) };
  } catch (err) {
    tr.imp = { fileName: chosen.file_name, problems: [err.message || t('error-unexpected')] };
  }
  await showTrainingHome({ focus: tr.imp.problems && tr.imp.problems.length ? 'training-import-problems' : 'training-import-choose' });
}

/** The presenter's keys: arrows and Page keys, O (or R) reveal, Home reset, Ctrl +/−, F, Esc. */
function presenterKeys(event) {
  if (state.screen !== 'presenter' || !state.training) return;
  if (event.target instanceof Element && event.target.closest('input, textarea, select')) return;
  const ctrl = event.ctrlKey || event.metaKey;
  let handled = true;
  if (ctrl && (event.key === '+' || event.key === '=')) tctx.zoom(1);
  else if (ctrl && (event.key === '-' || event.key === '_')) tctx.zoom(-1);
  else if (ctrl && event.key === '0') {
    state.training.scale = 1;
    drawPresenter();
  } else if (ctrl || event.altKey) handled = false;
  else if (event.key === 'ArrowRight' || event.key === 'PageDown') presenterStep(1);
  else if (event.key === 'ArrowLeft' || event.key === 'PageUp') presenterStep(-1);
  else if (event.key === 'o' || event.key === 'O' || event.key === 'r' || event.key === 'R') tctx.reveal();
  else if (event.key === 'Home') tctx.reset();
  else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
  else if (event.key === 'Escape') showTrainingHome();
  else handled = false;
  if (handled) event.preventDefault();
}

/** The presenter's keys, on the whole page (they act only while the presenter is shown). */
export function wireTrainingKeys() {
  document.addEventListener('keydown', presenterKeys);
}
