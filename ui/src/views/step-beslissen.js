// @ts-check
// Step 5, beslissen: the route beside the two decisions, in their order (is melden
// noodzakelijk? is hulp bieden of organiseren (ook) mogelijk?), and what was done.
// The decisions are never filled in from the route: only from what the professional chose.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { overdrachtSection } from './overdracht.js';
import { button, clearErrors, fieldValue, localDay, radioGroup, radioValue, showError, sources, textField } from '../ui.js';

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function renderBeslissen(ctx, view, helpers) {
  return [
    h('div', { class: 'decide-layout' }, routePanel(ctx, view), h('div', { class: 'decisions' }, ctx.protocol.decisions.map((d) => decision(ctx, view, helpers, d)))),
    actions(ctx, view, helpers),
    meldingRecord(ctx, view, helpers),
    overdrachtSection(ctx, view, helpers),
  ];
}

function routePanel(ctx, view) {
  const p = ctx.protocol;
  const route = view.route;
  const toStep4 = button({ label: t('step5-to-step4'), kind: 'link', id: 'route-to-step4', attrs: { 'data-always': true } });
  toStep4.addEventListener('click', () => ctx.selectStep('wegen'));
  const norms = p.meldnormen.filter((n) => route.meldnormen.includes(n.id));
  return h(
    'aside',
    { class: 'route-panel', 'aria-labelledby': 'route-panel-title', 'data-testid': 'route-panel' },
    h('h3', { id: 'route-panel-title' }, t('step5-route-title')),
    h('p', { class: 'route-summary' }, route.summary),
    route.outcomes.length
      ? [
          h('h4', null, t('step5-outcomes-title')),
          h(
            'ul',
            { class: 'outcome-list' },
            route.outcomes.map((id) => {
              const o = p.outcomes[id];
              return o ? h('li', { class: ['outcome', o.advice ? 'is-advice' : null] }, h('p', { class: 'outcome-text' }, o.text)) : null;
            }),
          ),
        ]
      : h('p', { class: 'hint' }, t('step5-no-outcome')),
    norms.length
      ? [
          h('h4', null, t('step5-meldnormen-title')),
          h(
            'ol',
            { class: 'meldnormen' },
            norms.map((n) => h('li', { value: String(n.number) }, h('p', null, n.text), sources(n.provenance, `meldnorm-${n.id}`))),
          ),
        ]
      : null,
    h('p', { class: 'route-note' }, t('step5-route-note')),
    toStep4,
  );
}

function decision(ctx, view, helpers, d) {
  const p = ctx.protocol;
  const chosen = view.case.decisions[d.id] || null;
  const name = `decision-${d.id}`;
  const reasonId = `decision-reason-${d.id}`;
  const noteId = `decision-${d.id}-depart`;
  const state = view.decision_states.find((x) => x.id === d.id) || { suggested: null, departs_without_reason: false };
  const suggests = state.suggested;
  const label = (id) => (p.answers.find((a) => a.id === id) || { label: id }).label;
  const save = (value) => {
    const reason = /** @type {HTMLTextAreaElement} */ (document.getElementById(reasonId));
    const group = document.getElementById(`${name}-group`);
    clearErrors(document.getElementById(`decision-box-${d.id}`));
    const sent = helpers.snapshot(group, reason);
    ctx.edit(
      { op: 'set-decision', decision: d.id, value, reason: reason.value },
      {
        onError: (err) => {
          if (err.code === 'error-reason-required' || err.code === 'error-text-too-long') {
            showError(reason, err);
            reason.focus();
          } else {
            showError(group, err);
          }
        },
        onSuccess: () => helpers.settle(sent),
        announce: value === null ? t('step5-decision-cleared') : t('step5-decision-saved'),
      },
    );
  };
  const clear = chosen ? button({ label: t('step5-decision-clear'), kind: 'quiet', id: `${name}-clear` }) : null;
  if (clear) clear.addEventListener('click', () => save(null));
  // The note shows when the chosen value departs from what the route suggests.
  const departing = suggests === true ? 'nee' : suggests === false ? 'ja' : null;
  return h(
    'section',
    { class: 'decision', id: `decision-box-${d.id}`, 'aria-labelledby': `${name}-title`, 'data-testid': `decision-${d.id}` },
    h('h3', { id: `${name}-title` }, d.text),
    sources(d.provenance, `decision-${d.id}`),
    radioGroup({
      name,
      legend: t('step5-decision-legend'),
      legendClass: 'visually-hidden',
      inline: true,
      value: chosen ? (chosen.value ? 'ja' : 'nee') : null,
      options: [
        { value: 'ja', label: label('ja'), testid: `decision-${d.id}-ja` },
        { value: 'nee', label: label('nee'), testid: `decision-${d.id}-nee` },
      ],
      onChange: (event) => save(event.currentTarget.value === 'ja'),
    }),
    departing ? h('p', { class: 'notice notice-warning', id: noteId, 'data-show-when': `${name}=${departing}` }, t('step5-departs')) : null,
    // The route changed after this decision was taken: ask for the reason again.
    state.departs_without_reason ? h('p', { class: 'notice notice-warning', role: 'status' }, t('step5-departs-after-change')) : null,
    textField({
      id: reasonId,
      label: t('step5-reason-label'),
      hint: t('step5-reason-hint'),
      multiline: true,
      rows: 3,
      testid: reasonId,
      value: chosen ? chosen.reason : '',
      onChange: () => {
        const value = radioValue(document, name);
        if (value) save(value === 'ja');
      },
    }),
    chosen ? decisionDate(ctx, view, helpers, d, chosen) : null,
    clear ? h('div', { class: 'actions actions-tight' }, clear) : null,
  );
}

/** The date the decision was taken, as the professional states it (default: the day it was clicked). */
function decisionDate(ctx, view, helpers, d, chosen) {
  const id = `decision-date-${d.id}`;
  return textField({
    id,
    label: t('step5-decision-date-label'),
    hint: t('step5-decision-date-hint'),
    type: 'date',
    value: view.case.decision_dates[d.id] || localDay(chosen.at),
    class: 'field-date',
    testid: id,
    onChange: (event) => {
      const input = event.currentTarget;
      const sent = helpers.snapshot(input);
      ctx.edit(
        { op: 'set-decision-date', decision: d.id, on: fieldValue(input) || null },
        { onError: (err) => showError(input, err), onSuccess: () => helpers.settle(sent), focus: id },
      );
    },
  });
}

function actions(ctx, view, helpers) {
  const a = view.case.actions;
  const informed = a.informed.status;
  const formError = h('div', { class: 'error-slot' });
  const form = h(
    'form',
    { class: 'form form-box', novalidate: true, 'aria-labelledby': 'actions-title' },
    h('h3', { id: 'actions-title', tabindex: '-1' }, t('step5-actions-title')),
    textField({ id: 'actions-melding-on', label: t('step5-melding-on-label'), hint: t('step5-melding-on-hint'), type: 'date', value: a.melding_on || '', class: 'field-date', testid: 'actions-melding-on' }),
    textField({ id: 'actions-help', label: t('step5-help-label'), hint: t('step5-help-hint'), multiline: true, rows: 3, value: a.help, testid: 'actions-help' }),
    radioGroup({
      name: 'actions-informed',
      legend: t('step5-informed-legend'),
      hint: t('step5-informed-hint'),
      value: informed,
      options: [
        { value: 'unknown', label: t('step5-informed-unknown') },
        { value: 'yes', label: t('step5-informed-yes'), testid: 'informed-yes' },
        { value: 'no', label: t('step5-informed-no'), testid: 'informed-no' },
      ],
    }),
    h(
      'div',
      { class: 'conditional', 'data-show-when': 'actions-informed=yes' },
      textField({ id: 'actions-informed-whom', label: t('step5-informed-whom-label'), hint: t('step5-informed-whom-hint'), value: informed === 'yes' ? a.informed.whom || '' : '', testid: 'actions-informed-whom' }),
      textField({ id: 'actions-informed-date', label: t('step5-informed-date-label'), type: 'date', value: informed === 'yes' && a.informed.date ? a.informed.date : '', class: 'field-date' }),
      textField({ id: 'actions-informed-reaction', label: t('step5-informed-reaction-label'), multiline: true, rows: 3, value: informed === 'yes' ? a.informed.reaction : '' }),
    ),
    h(
      'div',
      { class: 'conditional', 'data-show-when': 'actions-informed=no' },
      textField({ id: 'actions-informed-reason', label: t('step5-informed-reason-label'), hint: t('step5-informed-reason-hint'), multiline: true, rows: 3, value: informed === 'no' ? a.informed.reason : '' }),
    ),
    formError,
    h('div', { class: 'actions' }, button({ label: t('step5-actions-submit'), kind: 'secondary', type: 'submit', id: 'actions-submit', testid: 'actions-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (id) => fieldValue(form.querySelector(`#${id}`));
    const status = radioValue(form, 'actions-informed') || 'unknown';
    const informedValue =
      status === 'yes'
        ? { status: 'yes', date: value('actions-informed-date') || null, whom: value('actions-informed-whom'), reaction: value('actions-informed-reaction') }
        : status === 'no'
          ? { status: 'no', reason: value('actions-informed-reason') }
          : { status: 'unknown' };
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-actions', actions: { melding_on: value('actions-melding-on') || null, help: value('actions-help'), informed: informedValue } },
      {
        onError: (err) => showError(formError, err),
        onSuccess: () => helpers.settle(sent),
        announce: t('step5-actions-saved'),
        focus: 'actions-submit',
      },
    );
  });
  return form;
}

/**
 * What the KNMG meldcode asks to record around a melding besides informing beforehand:
 * attempts to reach those involved, and agreements made with Veilig Thuis (with a date they
 * are follow-ups, shown on the case list when due). Rows as recorded plus one empty row.
 */
function meldingRecord(ctx, view, helpers) {
  const r = view.case.melding_record;
  const attempts = [...r.attempts, { date: null, how: '' }];
  const agreements = [...r.vt_agreements, { what: '', due: null }];
  const formError = h('div', { class: 'error-slot' });
  const form = h(
    'form',
    { class: 'form form-box melding-record', novalidate: true, 'aria-labelledby': 'melding-record-title', 'data-testid': 'melding-record' },
    h('h3', { id: 'melding-record-title', tabindex: '-1' }, t('step5-record-title')),
    h('p', { class: 'hint' }, t('step5-record-hint')),
    h('p', { class: 'label' }, t('step5-attempts-title')),
    attempts.map((x, i) =>
      h(
        'div',
        { class: 'field-row' },
        textField({ id: `attempt-${i}-date`, label: t('step5-attempt-date'), type: 'date', value: x.date || '', class: 'field-date' }),
        textField({ id: `attempt-${i}-how`, label: t('step5-attempt-how'), value: x.how, testid: `attempt-${i}-how` }),
      ),
    ),
    h('p', { class: 'label' }, t('step5-vt-title')),
    agreements.map((x, i) =>
      h(
        'div',
        { class: 'field-row' },
        textField({ id: `vt-agreement-${i}-what`, label: t('step5-vt-what'), value: x.what, testid: `vt-agreement-${i}-what` }),
        textField({ id: `vt-agreement-${i}-due`, label: t('step5-vt-due'), hint: t('step5-vt-due-hint'), type: 'date', value: x.due || '', class: 'field-date', testid: `vt-agreement-${i}-due` }),
      ),
    ),
    textField({ id: 'objections-met', label: t('step5-objections-label'), hint: t('step5-objections-hint'), multiline: true, rows: 2, value: r.objections_met, testid: 'objections-met' }),
    formError,
    h('div', { class: 'actions' }, button({ label: t('step5-record-submit'), kind: 'secondary', type: 'submit', id: 'melding-record-submit', testid: 'melding-record-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (id) => fieldValue(form.querySelector(`#${id}`));
    const record = {
      attempts: attempts.map((_, i) => ({ date: value(`attempt-${i}-date`) || null, how: value(`attempt-${i}-how`) })),
      vt_agreements: agreements.map((_, i) => ({ what: value(`vt-agreement-${i}-what`), due: value(`vt-agreement-${i}-due`) || null })),
      objections_met: value('objections-met'),
    };
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-melding-record', record },
      {
        onError: (err) => showError(formError, err),
        onSuccess: () => helpers.settle(sent),
        announce: t('step5-record-saved'),
        focus: 'melding-record-submit',
      },
    );
  });
  return form;
}
