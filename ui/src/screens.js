// @ts-check
// Switching between screens, and the `ctx` the views get: data getters, navigation and the
// one way to change a case (writes.js).

import * as api from './api.js';
import { byId } from './dom.js';
import { announce, showError } from './ui.js';
import { loadViews, views } from './lazy.js';
import { flushAutosave } from './autosave.js';
import { LIST_PAGE, state } from './state.js';
import { edit, autosave, saveStatus, saved } from './writes.js';
import { showVaultScreen, vaultCreated, recoveryKeySeen, onUnlocked } from './session.js';
import { enterTraining, showTrainingHome } from './training-controller.js';

/** What the views may use: data, navigation and the one way to change a case. */
export const ctx = {
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
  openDisclosure: (options) => views().acute.openDisclosure(ctx, options),
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
    views().cases.renderCaseList(ctx, byId('main'), state.startup.cases);
    const first = page.cases[0];
    focusAfterRender(first ? `open-${first.id}` : 'heading');
  },
};

/** The start screen. options.focus: an element id to focus, or 'heading'. */
export async function showList(options = {}) {
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
  const loadingViews = loadViews();
  try {
    // As many as were shown (at least a page), so "more" is not lost by going back.
    const page = await api.listCases(0, Math.max(LIST_PAGE, state.startup.cases.length));
    state.startup.cases = page.cases;
    state.startup.cases_next_offset = page.next_offset;
  } catch {
    // The list from start-up (or the last answer) is still good enough to show.
  }
  const { cases, packs } = await loadingViews;
  await packs.refreshLocal();
  cases.renderCaseList(ctx, byId('main'), state.startup.cases);
  focusAfterRender(options.focus);
  if (options.announce) announce(options.announce);
}

export function showNewCase(options = {}) {
  if (!ctx.unlocked) return;
  state.screen = 'new';
  state.caseView = null;
  state.newCase = options;
  views().cases.renderNewCase(ctx, byId('main'), options);
  focusAfterRender('heading');
}

/**
 * Opens a case from the store. options.step: the step to show (default: the first that is
 * not done). Errors are shown next to options.trigger.
 */
export async function openCase(caseId, options = {}) {
  if (state.screen === 'case') flushAutosave();
  try {
    const [view, { packs }] = await Promise.all([api.openCase(caseId), loadViews()]);
    if (!state.local) await packs.refreshLocal();
    showCase(view, options);
  } catch (err) {
    if (options.trigger) showError(options.trigger, err);
  }
}

// ---------- Presses and background redraws ----------
// A click is a press and a release on the same element. A redraw between the two puts a new
// element under the pointer (or under the focus, for Space) and the browser sends no click:
// the button the user pressed does nothing. A redraw the user did not ask for (an autosave's)
// therefore waits until the press ends; the case's data is current at once.

/** Whether a pointer button is down, and whether Space is. */
let pointerDown = false;
let spaceDown = false;
/** Whether a background redraw of the open case waits for the press to end. */
let redrawWaits = false;

function pressing() {
  return pointerDown || spaceDown;
}

/** Starts watching presses (once, at start-up). */
export function watchPresses() {
  const released = () => {
    // After the click this release makes: the browser dispatches it right after the release.
    window.setTimeout(() => {
      if (pressing() || !redrawWaits) return;
      redrawWaits = false;
      if (state.screen === 'case' && state.caseView) drawCase(state.caseView, false);
    }, 0);
  };
  const pointerUp = () => {
    if (!pointerDown) return;
    pointerDown = false;
    released();
  };
  const spaceUp = () => {
    if (!spaceDown) return;
    spaceDown = false;
    released();
  };
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  document.addEventListener('pointerup', pointerUp, true);
  document.addEventListener('pointercancel', pointerUp, true);
  // A release the page never saw (on a select's own pop-up list): the pointer moves with no
  // button down.
  document.addEventListener('pointermove', (event) => {
    if (pointerDown && event.buttons === 0) pointerUp();
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key === ' ') spaceDown = true;
  }, true);
  document.addEventListener('keyup', (event) => {
    if (event.key === ' ') spaceUp();
  }, true);
  // A release outside the window never reaches the page.
  window.addEventListener('blur', () => {
    pointerUp();
    spaceUp();
  });
}

/** Draws the open case; every drawing of the case screen goes through here. */
export function drawCase(view, fresh) {
  redrawWaits = false;
  views().caseView.renderCase(ctx, byId('main'), view, { fresh });
}

/**
 * Draws the case screen from a CaseView. options.background: a redraw the user did not ask for
 * (an autosave's answer); during a press it waits for the release.
 * @param {CaseView} view
 * @param {{step?: string, focus?: string, announce?: string, background?: boolean}} [options]
 */
export function showCase(view, options = {}) {
  const sameCase = state.screen === 'case' && state.caseView && state.caseView.case.id === view.case.id;
  state.screen = 'case';
  state.caseView = view;
  if (sameCase && options.background && pressing()) {
    redrawWaits = true;
    return;
  }
  if (options.step) state.step = options.step;
  else if (!sameCase) state.step = views().caseView.firstOpenStep(view);
  drawCase(view, !sameCase);
  if (!sameCase || options.focus) focusAfterRender(options.focus || 'heading');
  if (options.announce) announce(options.announce);
}

/** Shows another step of the open case (any order). */
export function selectStep(stepId) {
  if (!state.caseView) return;
  // What is typed on this step goes out before the step's fields leave the page.
  flushAutosave();
  state.step = stepId;
  drawCase(state.caseView, true);
  focusAfterRender('step-heading');
  const step = state.caseView.stepper.find((s) => s.id === stepId);
  if (step) announce(`${step.number}. ${step.title}: ${step.state_label}`);
}

/** Moves focus to the new screen's heading (or an element id) after a redraw. */
export function focusAfterRender(target) {
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
