// @ts-check
// "Over Meldwijzer": version, the content and its sources, the privacy statement and the
// licences of every component (generated from cargo metadata). A dialog, reachable from the
// top bar on every screen and from the start screen; it needs no open vault.

import * as api from '../api.js';
import { t } from '../l10n.js';
import { byId, h, replaceChildren } from '../dom.js';
import { openDialog } from '../dialog.js';
import { formatDate, showError } from '../ui.js';

/**
 * Opens the About dialog.
 * @param {?HTMLElement} opener where focus returns when it closes
 */
export async function openAbout(opener) {
  const dialog = /** @type {HTMLDialogElement} */ (byId('about-dialog'));
  const body = byId('about-body');
  /** @type {AboutView} */
  let about;
  try {
    about = await api.about();
  } catch (err) {
    if (opener) showError(opener, err);
    return;
  }
  replaceChildren(body, ...aboutBody(about));
  openDialog(dialog, { opener, focus: /** @type {?HTMLElement} */ (dialog.querySelector('.dialog-close')) });
}

/**
 * @param {AboutView} about
 * @returns {HTMLElement[]}
 */
function aboutBody(about) {
  const fact = (label, value, testid) =>
    h('div', { class: 'about-fact' }, h('dt', null, label), h('dd', { 'data-testid': testid }, value));
  return [
    h('p', { class: 'lead' }, t('about-intro')),
    h(
      'dl',
      { class: 'about-facts' },
      fact(t('about-version'), about.version, 'about-version'),
      fact(t('about-licence'), about.licence, 'about-licence'),
      fact(t('about-content-version'), about.content_version, 'about-content-version'),
      fact(t('about-content-valid-from'), formatDate(about.content_valid_from), 'about-content-valid-from'),
    ),
    h('h3', null, t('about-privacy-heading')),
    h(
      'div',
      { class: 'about-privacy', 'data-testid': 'about-privacy' },
      h('p', null, t('about-privacy-stored')),
      h('p', null, t('about-privacy-settings')),
      h('p', null, t('about-privacy-never')),
      h('p', null, t('about-privacy-leaves')),
    ),
    h('h3', null, t('about-sources-heading')),
    h('p', null, t('about-sources-intro')),
    h(
      'ul',
      { class: 'sources-list', 'data-testid': 'about-sources' },
      about.sources.map((s) =>
        h(
          'li',
          null,
          h('span', { class: 'source-title' }, s.title),
          h('span', { class: 'source-meta' }, [s.publisher, s.edition].filter(Boolean).join(' · ')),
          s.url ? h('span', { class: 'source-url' }, s.url) : null,
        ),
      ),
    ),
    h('h3', null, t('about-licences-heading')),
    h('p', null, t('about-licences-intro'), ' ', h('span', { 'data-testid': 'about-licences-count' }, String(about.components.length))),
    h(
      'details',
      { class: 'about-licences' },
      h('summary', { 'data-testid': 'about-licences-toggle' }, t('about-licences-show')),
      h(
        'table',
        { class: 'about-licences-table', 'data-testid': 'about-licences' },
        h(
          'thead',
          null,
          h('tr', null, h('th', { scope: 'col' }, t('about-col-name')), h('th', { scope: 'col' }, t('about-col-version')), h('th', { scope: 'col' }, t('about-col-licence'))),
        ),
        h(
          'tbody',
          null,
          about.components.map((c) => h('tr', null, h('td', null, c.name), h('td', null, c.version), h('td', null, c.licence))),
        ),
      ),
    ),
  ];
}
