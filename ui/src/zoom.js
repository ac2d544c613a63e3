// @ts-check
// Zooming the whole window (WCAG 1.4.4): Ctrl+= (or Ctrl++) larger, Ctrl+− smaller, Ctrl+0
// back to 100 %. The shell zooms the webview and remembers the zoom in the settings
// (`set_zoom`); the page knows only the percent it was last told (the StartupView, then each
// answer). The presenter's own Ctrl+= / Ctrl+− (its text size) come first: it marks the key
// handled, and a handled key is left alone here.

import * as api from './api.js';
import { state } from './state.js';

/** The zoom steps, in percent, as browsers step. */
const STEPS = [50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300];

/** @type {number | null} the percent the shell last answered; null until the first key */
let current = null;

/**
 * The step after (`direction` 1) or before (-1) `percent`.
 * @param {number} percent
 * @param {number} direction
 */
function nextStep(percent, direction) {
  if (direction > 0) return STEPS.find((step) => step > percent) ?? STEPS[STEPS.length - 1];
  return [...STEPS].reverse().find((step) => step < percent) ?? STEPS[0];
}

/** @param {KeyboardEvent} event */
async function zoomKeys(event) {
  if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
  const percent = current ?? state.startup?.zoom_percent ?? 100;
  let wanted;
  if (event.key === '=' || event.key === '+' || event.code === 'NumpadAdd') wanted = nextStep(percent, 1);
  else if (event.key === '-' || event.key === '_' || event.code === 'NumpadSubtract') wanted = nextStep(percent, -1);
  else if (event.key === '0' || event.code === 'Numpad0') wanted = 100;
  else return;
  event.preventDefault();
  try {
    current = await api.setZoom(wanted);
  } catch {
    // The window stays as it was.
  }
}

/** Ctrl+= / Ctrl+− / Ctrl+0 on the whole page (after the presenter's keys). */
export function wireZoom() {
  document.addEventListener('keydown', zoomKeys);
}
