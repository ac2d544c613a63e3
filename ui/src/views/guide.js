// @ts-check
// "Hulp": the user guide (docs/guide/<lang>/guide.md, embedded in the app) in a dialog, opened
// at the section for the screen the professional is on. It works without internet and needs
// no open vault.

import * as api from '../api.js';
import { t } from '../l10n.js';
import { byId, h, replaceChildren } from '../dom.js';
import { openDialog } from '../dialog.js';
import { button, showError } from '../ui.js';

/**
 * A "Hulp" button that opens the guide at `section`.
 * @param {string} section a guide section id (`stap-signalen`, `adviesvraag`, ...)
 * @param {string} [label] the button's text (default: "Hulp")
 * @returns {HTMLElement}
 */
export function helpButton(section, label) {
  const open = button({
    label: label || t('help-button'),
    kind: 'link',
    testid: `help-${section}`,
    extraClass: 'help-button',
    attrs: { 'aria-haspopup': 'dialog' },
  });
  open.addEventListener('click', () => openGuide(section, open));
  return open;
}

/**
 * Opens the guide at a section and moves focus to its heading.
 * @param {string} section
 * @param {?HTMLElement} opener
 */
export async function openGuide(section, opener) {
  const dialog = /** @type {HTMLDialogElement} */ (byId('guide-dialog'));
  /** @type {GuideView} */
  let guide;
  try {
    guide = await api.guide();
  } catch (err) {
    if (opener) showError(opener, err);
    return;
  }
  byId('guide-title').textContent = guide.title;
  replaceChildren(
    byId('guide-body'),
    guide.sections.map((s) =>
      h(
        'section',
        { class: 'guide-section', id: `guide-${s.id}`, 'data-testid': `guide-section-${s.id}`, 'aria-labelledby': `guide-${s.id}-title` },
        h('h3', { id: `guide-${s.id}-title`, tabindex: '-1' }, s.title),
        blocks(s.blocks),
      ),
    ),
  );
  const target = /** @type {?HTMLElement} */ (document.getElementById(`guide-${section}-title`));
  openDialog(dialog, { opener, focus: target });
  if (target) target.scrollIntoView({ block: 'start' });
}

/**
 * Paragraphs as <p>, runs of list items as one <ul>.
 * @param {GuideBlock[]} list
 */
function blocks(list) {
  /** @type {HTMLElement[]} */
  const out = [];
  /** @type {?HTMLElement} */
  let ul = null;
  for (const b of list) {
    if (b.kind === 'li') {
      if (!ul) {
        ul = h('ul', { class: 'guide-list' });
        out.push(ul);
      }
      ul.append(h('li', null, b.text));
    } else {
      ul = null;
      out.push(h('p', null, b.text));
    }
  }
  return out;
}
