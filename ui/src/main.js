// @ts-check
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
import { renderCase, firstOpenStep, forgetDrafts } from './views/case.js';
import { flushAutosave, hasUnsaved } from './autosave.js';
import { renderRecoveryKey, renderSetup, renderUnlock } from './views/vault.js';
import { renderCompare, renderPresenter, renderTrainingHome } from './views/training.js';
import { forgetOutputs } from './views/outputs.js';


/** Cases per page of the list (the backend sorts and pages; see App::list_cases_page). */
const LIST_PAGE = 50;

const state = {
  /** @type {?StartupView} */
  startup: null,
  /** @type {'list'|'new'|'case'|'setup'|'recovery'|'unlock'|'training'|'presenter'|'compare'} */
  screen: 'list',
  /** The recovery key while it is shown (once, right after set-up). */
  recoveryKey: null,
  /** Damaged cases found by the last unlock, in words; said once on the case list. */
  damagedNotice: null,
  /** @type {?CaseView} */
  caseView: null,
  /** Step shown on the case screen. */
  step: 'signalen',
  /** Edits run one after another, in the order the user made them. */
  queue: Promise.resolve(),
  /** While an autosave sends its edit: the edits started now, quietly (see autosave()). */
  autosaveRuns: null,
  /** While an autosaved edit's callbacks run (ctx.quiet). */
  quiet: false,
  /** Where the professional was when the vault locked: ids only, never text. */
  resume: null,
  /** True while lockVault runs. */
  locking: false,
  /**
   * Oefenmodus, when on: the TrainingView, the open oefencasus, the presenter's round,
   * whether its facts are shown, the text scale and the last import's result. Page memory only.
   */
  training: null,
};

// Copy, PDF, export, lock and quit first send what is typed and wait for every edit (api.js).
api.setWriteBarrier({ settle: flushAll, drain: () => state.queue });

/** Edits whose effect depends on everything typed so far: pending autosaves go out first. */
const SETTLE_FIRST = new Set(['close']);

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
  enterTraining,
  onUnlocked,
  saved,
  showList,
  showNewCase,
  openCase,
  showCase,
  selectStep,
  edit,
  autosave,
  saveStatus,
  /** True while the callbacks of an autosaved edit run: keep the screen as the user has it. */
  get quiet() {
    return state.quiet;
  },
  openDisclosure: (options) => openDisclosure(ctx, options),
  /** What the last unlock found damaged, in words, once: later calls answer null. */
  takeDamagedNotice() {
    const text = state.damagedNotice || null;
    state.damagedNotice = null;
    return text;
  },
  setCases(cases) {
    state.startup.cases = cases;
    state.startup.cases_next_offset = null;
  },
  /** Adds the next page of the case list to the screen. */
  async moreCases() {
    const offset = state.startup.cases_next_offset;
    if (offset == null) return;
    const page = await api.listCases(offset, LIST_PAGE);
    state.startup.cases = state.startup.cases.concat(page.cases);
    state.startup.cases_next_offset = page.next_offset;
    renderCaseList(ctx, byId('main'), state.startup.cases);
    const first = page.cases[0];
    focusAfterRender(first ? `open-${first.id}` : 'heading');
  },
};

// ---------- Screens ----------

/** The start screen. options.focus: an element id to focus, or 'heading'. */
async function showList(options = {}) {
  if (state.training) {
    showTrainingHome();
    return;
  }
  if (!ctx.unlocked) {
    showVaultScreen();
    return;
  }
  if (state.screen === 'case') flushAutosave();
  state.screen = 'list';
  state.caseView = null;
  try {
    // As many as were shown (at least a page), so "more" is not lost by going back.
    const page = await api.listCases(0, Math.max(LIST_PAGE, state.startup.cases.length));
    state.startup.cases = page.cases;
    state.startup.cases_next_offset = page.next_offset;
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
  if (state.screen === 'case') flushAutosave();
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
  // What is typed on this step goes out before the step's fields leave the page.
  flushAutosave();
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
  const quiet = state.autosaveRuns !== null;
  // Queued before this edit, so it applies to the case as typed.
  if (!quiet && SETTLE_FIRST.has(edit.op)) flushAutosave();
  const run = async () => {
    if (!caseId) return null;
    if (quiet) saveStatus('saving');
    try {
      const view = await api.editCase(caseId, edit);
      saved();
      state.quiet = quiet;
      try {
        if (options.onSuccess) options.onSuccess(view);
        if (state.screen === 'case' && state.caseView && state.caseView.case.id === caseId) {
          // An autosave redraws in place: focus, selection and what was typed since stay.
          showCase(view, quiet ? {} : { focus: options.focus, announce: options.announce });
        }
      } finally {
        state.quiet = false;
      }
      return view;
    } catch (err) {
      if (quiet) saveStatus('failed');
      if (options.onError) options.onError(err);
      else if (options.trigger) showError(options.trigger, err);
      return null;
    }
  };
  const next = state.queue.then(run, run);
  state.queue = next.catch(() => null);
  if (quiet) state.autosaveRuns.push(next);
  return next;
}

/**
 * Runs send() (which makes a field's own handler send its edit) as an autosave: the edit
 * goes out quietly. Resolves true when every edit send() started was saved, or none started
 * (the field needs something else first, such as an answer; its text stays a draft).
 * @param {Function} send
 * @returns {Promise<boolean>}
 */
function autosave(send) {
  const runs = [];
  state.autosaveRuns = runs;
  try {
    send();
  } finally {
    state.autosaveRuns = null;
  }
  if (runs.length === 0) return Promise.resolve(true);
  return Promise.all(runs).then((views) => views.every(Boolean));
}

/**
 * The save status in the top bar. 'saved' is only ever shown by saved(), after the backend
 * confirmed; the others say what is not saved yet.
 * @param {'pending'|'saving'|'failed'|'draft'} what
 */
function saveStatus(what) {
  const status = byId('save-status');
  if (!state.startup || !state.startup.persistent) return;
  status.classList.toggle('is-failed', what === 'failed');
  status.textContent =
    what === 'failed' ? t('app-save-failed') : what === 'draft' ? t('app-save-draft') : what === 'saving' ? t('app-saving') : t('app-save-pending');
}

/** Moves focus to the new screen's heading (or an element id) after a redraw. */
function focusAfterRender(target) {
  if (!target) return;
  const el = /** @type {?HTMLElement} */ (target === 'heading'
    ? document.querySelector('#main h1')
    : target === 'step-heading'
      ? document.querySelector('#main .step-panel h2')
      : document.getElementById(target));
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

/** After unlock: back where the professional was when the vault locked, or the case list. */
function onUnlocked(startup) {
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

/** Says "Opgeslagen", quietly, after the backend confirmed a save into the vault. */
function saved() {
  // Another field still waiting for its save keeps saying so.
  if (hasUnsaved()) return;
  const status = byId('save-status');
  status.classList.remove('is-failed');
  status.textContent = state.startup.persistent ? t('app-saved') : '';
}

/** Sends everything typed but not yet sent and waits until every edit has been answered. */
async function flushAll() {
  try {
    await flushAutosave();
  } catch {
    // A failed save shows its error; locking or quitting goes on.
  }
  await state.queue;
}

/**
 * Locks the vault and removes every case text from the page: what is typed is saved first,
 * dialogs are closed and emptied, the live region cleared, the case data and drafts
 * forgotten, and only the unlock screen drawn. Where the professional was (case and step,
 * ids only) is remembered to return there after unlock.
 * options.alreadyLocked: the backend locked by itself (idle); there is nothing left to save.
 */
async function lockVault(options = {}) {
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
function clearPage() {
  for (const dialog of document.querySelectorAll('dialog')) {
    closeDialog(dialog, { returnTo: null });
  }
  for (const id of ['acute-panel-body', 'disclosure-body', 'small-dialog-body', 'live', 'save-status']) {
    byId(id).replaceChildren();
  }
  forgetDrafts();
  forgetOutputs();
  state.caseView = null;
  state.recoveryKey = null;
  state.startup.cases = [];
  state.startup.cases_next_offset = null;
  state.startup.persistent = false;
  replaceChildren(byId('main'));
}

// ---------- Oefenmodus ----------

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
async function enterTraining() {
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

async function showTrainingHome(options = {}) {
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
async function present(id, round = 0) {
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

function drawPresenter() {
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
async function compare(id, round) {
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

// ---------- Idle lock, quick-hide, quit ----------

/** How often the page asks the backend whether the idle time has passed. */
const TICK_MS = 15000;
/** At most one `touch` per this interval: the backend only needs minutes. */
const TOUCH_MS = 10000;
let lastTouch = 0;

function vaultOpen() {
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

function wireIdleLock() {
  for (const type of ['keydown', 'pointerdown', 'wheel']) {
    document.addEventListener(type, activity, { capture: true, passive: true });
  }
  document.addEventListener('keydown', presenterKeys);
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

/** The lock button, the not-saved banner and the save status follow the vault's state. */
function applyVaultChrome() {
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
    const fields = /** @type {NodeListOf<HTMLInputElement>} */ (main.querySelectorAll('input[id], textarea[id]'));
    const values = [...fields].map((el) => /** @type {const} */ ([el.id, el.value, el.checked]));
    if (state.screen === 'new') renderNewCase(ctx, main, state.newCase);
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
    renderCaseList(ctx, byId('main'), state.startup.cases);
  }
  const pressed = /** @type {?HTMLElement} */ (document.querySelector(`#lang-switch [lang="${lang}"]`));
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
  byId('acute-button').addEventListener('click', (event) => openAcutePanel(ctx, /** @type {HTMLElement} */ (event.currentTarget)));
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
  wireIdleLock();
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
