// @ts-check
// Oefenmodus: the list of oefencasussen with the import of a trainer file, the presenter view
// for the projector and the side-by-side fields view.
//
// Everything shown comes from the backend (crates/app/src/training.rs): the case texts in the
// UI language, and each field's route as the route engine computes it. This module only lays
// it out. Nothing is kept anywhere but in the page's memory.

import * as api from '../api.js';
import { t } from '../l10n.js';
import { h, replaceChildren } from '../dom.js';
import { button, clearErrors, showError } from '../ui.js';

/**
 * The oefenmodus start screen.
 * @param {Object} tctx main.js's training context
 * @param {HTMLElement} main
 * @param {Object} view TrainingView
 * @param {{problems?: string[], fileName?: string, done?: boolean}} [imp] the last import's result
 */
export function renderTrainingHome(tctx, main, view, imp = {}) {
  const leave = button({ label: t('training-leave'), kind: 'secondary', testid: 'training-leave', id: 'training-leave', onClick: () => tctx.leave() });
  const list = h(
    'ul',
    { class: 'training-list', 'aria-labelledby': 'training-cases-title' },
    view.cases.map((c) =>
      h(
        'li',
        { class: 'training-item', 'data-testid': `training-case-${c.id}` },
        h('div', { class: 'training-item-main' },
          h('h3', { class: 'training-item-title' }, c.title),
          h('p', null, c.summary),
          h('p', { class: 'training-item-meta' },
            `${t('training-case-fields-label')}: ${c.fields.join(', ')} · ${t('training-case-rounds-label')}: ${c.rounds} · `,
            c.builtin ? t('training-case-builtin') : t('training-case-imported'),
            c.in_language ? null : ` · ${t('training-case-dutch-only')}`,
          ),
        ),
        h('div', { class: 'training-item-actions' },
          button({ label: t('training-present'), kind: 'secondary', testid: `training-present-${c.id}`, onClick: () => tctx.present(c.id) }),
          c.fields.length > 1
            ? button({ label: t('training-compare'), kind: 'secondary', testid: `training-compare-${c.id}`, onClick: () => tctx.compare(c.id, 0) })
            : null,
        ),
      ),
    ),
  );

  const result = imp.problems && imp.problems.length
    ? h('div', { class: 'training-problems', id: 'training-import-problems', tabindex: '-1', role: 'alert', 'data-testid': 'training-import-problems' },
        h('p', null, h('strong', null, t('training-import-problems'))),
        h('ul', null, imp.problems.map((p) => h('li', null, h('code', null, p)))))
    : imp.done
      ? h('p', { class: 'training-import-done', role: 'status', 'data-testid': 'training-import-done' }, t('training-import-done'))
      : null;
  const chooseError = h('div', { class: 'error-slot', id: 'training-import-choose-error' });
  // The native dialog, asked through Rust; the page gets a token for the file, never its path
  // (a typed path is not accepted: issue 13, F6).
  const choose = async () => {
    clearErrors(form);
    try {
      const chosen = await api.pickOpenPath('training');
      if (chosen) tctx.importFile(chosen);
    } catch (err) {
      showError(chooseError, err);
    }
  };
  const form = h(
    'form',
    { class: 'form training-import', novalidate: true, 'aria-labelledby': 'training-import-title', 'data-testid': 'training-import' },
    h('h2', { id: 'training-import-title' }, t('training-import-title')),
    h('p', { class: 'training-warning', 'data-testid': 'training-import-warning' }, t('training-import-warning')),
    h('p', { class: 'hint' }, t('training-import-hint')),
    imp.fileName ? h('p', { class: 'hint', 'data-testid': 'training-import-file' }, imp.fileName) : null,
    h(
      'div',
      { class: 'actions' },
      button({ label: t('training-import-choose'), kind: 'primary', testid: 'training-import-choose', id: 'training-import-choose', type: 'submit' }),
    ),
    chooseError,
    result,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    choose();
  });

  replaceChildren(
    main,
    h(
      'section',
      { class: 'page', 'data-testid': 'training-home' },
      h('div', { class: 'page-head' }, h('h1', { id: 'training-title' }, t('training-home-title')), h('div', { class: 'page-head-actions' }, leave)),
      h('p', { class: 'lead' }, t('training-home-intro')),
      h('h2', { id: 'training-cases-title' }, t('training-cases-title')),
      list,
      form,
    ),
  );
}

/**
 * The presenter view: one round at a time, large and high-contrast, driven by the keyboard.
 * @param {Object} tctx
 * @param {HTMLElement} main
 * @param {Object} c TrainingCaseView
 * @param {{round: number, revealed: boolean, scale: number}} pos
 */
export function renderPresenter(tctx, main, c, pos) {
  const r = c.rounds[pos.round];
  const last = c.rounds.length - 1;
  const facts = pos.revealed
    ? h('ul', { class: 'presenter-facts', 'data-testid': 'presenter-facts' }, r.facts.map((f) => h('li', null, f)))
    : h('p', { class: 'presenter-hidden', 'data-testid': 'presenter-hidden' }, t('training-facts-hidden'));
  const controls = h(
    'div',
    { class: 'presenter-controls', role: 'toolbar', 'aria-label': t('training-controls-label') },
    button({ label: t('training-prev'), kind: 'secondary', testid: 'presenter-prev', onClick: () => tctx.step(-1), attrs: { disabled: pos.round === 0, 'aria-keyshortcuts': 'ArrowLeft' } }),
    button({ label: pos.revealed ? t('training-hide') : t('training-reveal'), kind: 'primary', testid: 'presenter-reveal', onClick: () => tctx.reveal(), attrs: { 'aria-keyshortcuts': 'O' } }),
    button({ label: t('training-next'), kind: 'secondary', testid: 'presenter-next', onClick: () => tctx.step(1), attrs: { disabled: pos.round === last, 'aria-keyshortcuts': 'ArrowRight' } }),
    button({ label: t('training-reset'), kind: 'secondary', testid: 'presenter-reset', onClick: () => tctx.reset(), attrs: { 'aria-keyshortcuts': 'Home' } }),
    // The accessible name starts with the visible "A−" / "A+" (WCAG 2.5.3 label in name).
    button({ label: 'A−', kind: 'secondary', testid: 'presenter-smaller', onClick: () => tctx.zoom(-1), attrs: { 'aria-label': `A− ${t('training-smaller')}`, title: t('training-smaller'), 'aria-keyshortcuts': 'Control+-' } }),
    button({ label: 'A+', kind: 'secondary', testid: 'presenter-larger', onClick: () => tctx.zoom(1), attrs: { 'aria-label': `A+ ${t('training-larger')}`, title: t('training-larger'), 'aria-keyshortcuts': 'Control+=' } }),
    button({ label: t('training-fullscreen'), kind: 'secondary', testid: 'presenter-fullscreen', onClick: () => tctx.fullscreen(), attrs: { 'aria-keyshortcuts': 'F' } }),
    button({ label: t('training-notes-open'), kind: 'secondary', testid: 'presenter-notes', onClick: () => tctx.openNotes() }),
    c.field_ids.length > 1 ? button({ label: t('training-compare'), kind: 'secondary', testid: 'presenter-compare', onClick: () => tctx.compare(c.summary.id, pos.round) }) : null,
    button({ label: t('training-close-presenter'), kind: 'secondary', testid: 'presenter-close', onClick: () => tctx.home(), attrs: { 'aria-keyshortcuts': 'Escape' } }),
  );
  const section = h(
      'section',
      { class: 'presenter', 'data-testid': 'presenter' },
      // What the round says scrolls above the control bar (at 1280x720 and at larger text
      // it may not fit); the bar never covers it.
      h('div', { class: 'presenter-scroll', 'data-testid': 'presenter-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'presenter-title' },
        h('header', { class: 'presenter-head' },
          h('span', { class: 'presenter-case' }, c.summary.title),
          h('span', { class: 'presenter-round', 'data-testid': 'presenter-round' }, `${t('training-round-label')} ${r.number} / ${c.rounds.length}`),
        ),
        h('p', { class: 'presenter-step', 'data-testid': 'presenter-step' }, `${t('training-step-label')} ${r.step_number} · ${r.step_title}`),
        h('h1', { class: 'presenter-title', id: 'presenter-title', tabindex: '-1' }, r.title),
        h('div', { class: 'presenter-body' },
          h('div', { class: 'presenter-block' }, h('h2', null, t('training-facts-title')), facts),
          h('div', { class: 'presenter-block presenter-questions' }, h('h2', null, t('training-questions-title')),
            h('ul', { 'data-testid': 'presenter-questions' }, r.questions.map((q) => h('li', null, q)))),
        ),
        pos.round === last && pos.revealed
          ? h('div', { class: 'presenter-sources' }, h('h2', null, t('training-source-notes-title')), h('p', null, c.source_notes),
              c.sources.length ? h('p', { class: 'presenter-source-list' }, `${t('training-sources-title')}: ${c.sources.map((s) => s.title).join(' · ')}`) : null)
          : null,
      ),
      h('div', { class: 'presenter-bar' }, controls, h('p', { class: 'presenter-keys' }, t('training-keys'))),
    );
  // Through the CSSOM: the CSP allows no inline style attributes.
  section.style.setProperty('--presenter-scale', String(pos.scale));
  replaceChildren(main, section);
}

/**
 * One case, several fields: each field's route after a round, side by side.
 * @param {Object} tctx
 * @param {HTMLElement} main
 * @param {Object} c TrainingCaseView
 * @param {number} round 0-based
 * @param {Object[]} routes TrainingFieldRoute per field
 */
export function renderCompare(tctx, main, c, round, routes) {
  const r = c.rounds[round];
  const differs = (on) => (on ? h('span', { class: 'differs-tag' }, `≠ ${t('training-compare-differs')}`) : null);
  const column = (f) =>
    h(
      'section',
      { class: 'compare-field', 'data-testid': `compare-field-${f.field}`, 'aria-labelledby': `compare-${f.field}-title` },
      h('h2', { id: `compare-${f.field}-title` }, f.field_label),
      h('p', { class: 'compare-kader' }, `${t('training-compare-kader')}: ${f.kader_label}`),
      f.other_route ? h('p', { class: 'compare-other' }, `${t('training-compare-other-route')}: ${f.other_route}`) : null,
      f.walked.length
        ? h('ol', { class: 'compare-walked' }, f.walked.map((w) =>
            h('li', { class: w.differs ? 'is-different' : null, 'data-differs': w.differs ? 'true' : 'false' },
              h('span', { class: 'compare-q' }, `${w.number}. ${w.label}: `),
              h('strong', null, w.answer),
              w.outcome ? h('span', { class: 'compare-outcome' }, ` → ${w.outcome}`) : null,
              differs(w.differs))))
        : h('p', { class: 'hint' }, t('training-compare-no-answers')),
      h('p', { class: 'compare-next' }, h('span', { class: 'label' }, `${t('training-compare-next')}: `), f.pending),
      h('dl', { class: 'compare-decisions' },
        h('div', { class: f.melden_differs ? 'is-different' : null }, h('dt', null, t('training-compare-melden')), h('dd', null, f.suggests_melden, differs(f.melden_differs))),
        h('div', { class: f.hulp_differs ? 'is-different' : null }, h('dt', null, t('training-compare-hulp')), h('dd', null, f.suggests_hulp, differs(f.hulp_differs))),
      ),
      f.meldnormen.length ? h('div', null, h('h3', null, t('training-compare-meldnormen')), h('ul', null, f.meldnormen.map((m) => h('li', null, m)))) : null,
      f.missing_consultations.length
        ? h('div', null, h('h3', null, t('training-compare-missing')), h('ul', null, f.missing_consultations.map((m) => h('li', null, m))))
        : null,
    );
  const grid = h('div', { class: 'compare-grid' }, routes.map(column));
  grid.style.setProperty('--columns', String(routes.length));
  replaceChildren(
    main,
    h(
      'section',
      { class: 'page page-wide compare', 'data-testid': 'compare' },
      h('div', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, `${t('training-compare-title')}: ${c.summary.title}`),
        h('div', { class: 'page-head-actions' },
          button({ label: t('training-back-to-presenter'), kind: 'secondary', testid: 'compare-present', onClick: () => tctx.present(c.summary.id, round) }),
          button({ label: t('training-back'), kind: 'secondary', testid: 'compare-back', onClick: () => tctx.home() }))),
      h('p', { class: 'lead' }, t('training-compare-intro')),
      h('div', { class: 'compare-rounds', role: 'group', 'aria-label': t('training-compare-after-round') },
        h('span', { class: 'label' }, `${t('training-compare-after-round')}: `),
        c.rounds.map((x, i) =>
          button({ label: String(x.number), kind: i === round ? 'primary' : 'secondary', testid: `compare-round-${x.number}`, onClick: () => tctx.compare(c.summary.id, i), attrs: { 'aria-pressed': i === round ? 'true' : 'false', title: x.title } })),
        h('span', { class: 'compare-round-title', 'data-testid': 'compare-round-title' }, `${r.step_number}. ${r.step_title} — ${r.title}`)),
      grid,
    ),
  );
}

/**
 * The way into oefenmodus, on the start screens (vault set-up, unlock, case list).
 * @param {Object} ctx main.js's context
 */
export function trainingEntry(ctx) {
  return h(
    'aside',
    { class: 'training-entry', 'aria-labelledby': 'training-entry-title' },
    h('h2', { id: 'training-entry-title' }, t('training-entry-title')),
    h('p', null, t('training-entry-body')),
    button({ label: t('training-entry-button'), kind: 'secondary', testid: 'training-enter', id: 'training-enter', onClick: () => ctx.enterTraining() }),
  );
}
