// @ts-check
// Modal dialogs on the native <dialog> element: the page behind becomes inert, Tab stays
// inside, Escape closes, and focus returns to the control that opened the dialog.

import { focusables } from './dom.js';

/** @type {WeakMap<HTMLDialogElement, {opener: ?Element, onClose: ?Function}>} */
const open = new WeakMap();

/**
 * Opens dialog as a modal. options.focus: the element to focus first (default: the first
 * focusable one). options.onClose runs after it closed, for whatever reason.
 * @param {HTMLDialogElement} dialog
 * @param {{focus?: ?HTMLElement, onClose?: Function, opener?: ?Element}} [options]
 */
export function openDialog(dialog, options = {}) {
  const opener = options.opener || document.activeElement;
  if (dialog.open) dialog.close();
  open.set(dialog, { opener, onClose: options.onClose || null });
  if (!dialog.dataset.wired) wire(dialog);
  dialog.showModal();
  const target = options.focus || focusables(dialog)[0];
  if (target) {
    target.focus();
    // WebKitGTK may still move focus back (to the opener of a dialog that just closed)
    // after this task; put it where it belongs once more when that has happened.
    window.setTimeout(() => {
      if (dialog.open && !dialog.contains(document.activeElement)) target.focus();
    }, 0);
  }
}

/**
 * Closes the dialog and returns focus to its opener (or to options.returnTo).
 * @param {HTMLDialogElement} dialog
 * @param {{returnTo?: ?HTMLElement}} [options]
 */
export function closeDialog(dialog, options = {}) {
  const entry = open.get(dialog);
  open.delete(dialog);
  if (dialog.open) dialog.close();
  const target = options.returnTo || (entry && entry.opener);
  if (target && target instanceof HTMLElement && target.isConnected) target.focus();
  if (entry && entry.onClose) entry.onClose();
}

function wire(dialog) {
  dialog.dataset.wired = 'true';
  // Escape: the browser fires `cancel`; close our way so focus returns and onClose runs.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    closeDialog(dialog);
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = focusables(dialog);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  });
}
