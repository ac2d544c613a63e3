// @ts-check
// The window title names the screen and, in a case, the step ("Stap 2: Collegiale
// consultatie — Meldwijzer"), never the case's alias: a title shows in the task bar, the
// window switcher and screen sharing. The shell copies `document.title` to the window.

import { byId } from './dom.js';
import { t } from './l10n.js';
import { state } from './state.js';

/** The screen's name for the title. */
function screenName() {
  const main = byId('main');
  if (state.screen === 'case' && state.caseView) {
    const view = state.caseView;
    if (!view.steps_shown) return t('window-title-kindcheck');
    if (!view.five_steps) return t('window-title-case');
    const step = view.stepper.find((s) => s.id === state.step);
    if (step) return `${t('window-title-step')} ${step.number}: ${step.title}`;
    if (state.step === 'uitvoer') return t('nav-outputs');
    if (state.step === 'tijdlijn') return t('nav-timeline');
    return t('window-title-case');
  }
  const heading = main && main.querySelector('h1');
  return heading ? (heading.textContent || '').trim() : '';
}

function updateTitle() {
  const screen = screenName();
  const title = screen ? `${screen} — ${t('app-name')}` : t('app-name');
  if (document.title !== title) document.title = title;
}

/** Keeps the title in step with every redraw of the page. */
export function wireWindowTitle() {
  const main = byId('main');
  if (main) new MutationObserver(updateTitle).observe(main, { childList: true, subtree: true });
  updateTitle();
}
