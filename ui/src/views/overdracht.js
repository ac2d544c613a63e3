// @ts-check
// Step 5, after Veilig Thuis hands the family back (overdracht): what Veilig Thuis asks, whom to
// call back, the phase of gefaseerd samenwerken, and the veiligheidsvoorwaarden with who watches
// each, a date to look again and a state. Saved as a whole; a running condition with a date is a
// follow-up on the case list. Rows as recorded plus one empty row.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { button, clearErrors, fieldValue, showError, textField } from '../ui.js';

/**
 * A labelled native select.
 * @param {{id: string, label: string, value: ?string, options: {value: string, label: string}[], testid?: string}} o
 */
function selectField(o) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: o.id, class: 'label' }, o.label),
    h(
      'select',
      { id: o.id, class: 'input', 'data-testid': o.testid },
      o.options.map((x) => h('option', { value: x.value, selected: (o.value || '') === x.value }, x.label)),
    ),
  );
}

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function overdrachtSection(ctx, view, helpers) {
  const o = view.case.overdracht || { received_on: null, asks: '', call_back: '', phase: null, conditions: [] };
  const empty = { what: '', who: '', phase: null, due: null, state: 'running' };
  const conditions = [...o.conditions, empty];
  const phases = [{ value: '', label: t('overdracht-phase-none') }, ...ctx.protocol.monitoring_phases.map((p, i) => ({ value: p.id, label: `${i + 1}. ${p.label}` }))];
  const states = [
    { value: 'running', label: t('overdracht-state-running') },
    { value: 'met', label: t('overdracht-state-met') },
    { value: 'not-met', label: t('overdracht-state-not-met') },
  ];
  const current = ctx.protocol.monitoring_phases.find((p) => p.id === o.phase);
  const backToVt = o.conditions.some((c) => c.state === 'not-met');
  const formError = h('div', { class: 'error-slot' });
  const form = h(
    'form',
    { class: 'form form-box overdracht', novalidate: true, 'aria-labelledby': 'overdracht-title', 'data-testid': 'overdracht' },
    h('h3', { id: 'overdracht-title', tabindex: '-1' }, t('overdracht-title')),
    h('p', { class: 'hint' }, t('overdracht-hint')),
    backToVt ? h('div', { class: 'notice notice-warning', role: 'status', 'data-testid': 'overdracht-back-to-vt' }, t('overdracht-back-to-vt')) : null,
    textField({ id: 'overdracht-received', label: t('overdracht-received-label'), type: 'date', value: o.received_on || '', class: 'field-date', testid: 'overdracht-received' }),
    textField({ id: 'overdracht-asks', label: t('overdracht-asks-label'), multiline: true, rows: 2, value: o.asks, testid: 'overdracht-asks' }),
    textField({ id: 'overdracht-call-back', label: t('overdracht-call-back-label'), hint: t('overdracht-call-back-hint'), value: o.call_back, testid: 'overdracht-call-back' }),
    selectField({ id: 'overdracht-phase', label: t('overdracht-phase-label'), value: o.phase, options: phases, testid: 'overdracht-phase' }),
    current && current.note ? h('p', { class: 'hint', 'data-testid': 'overdracht-phase-note' }, current.note) : null,
    h('p', { class: 'label' }, t('overdracht-conditions-title')),
    h('p', { class: 'hint' }, t('overdracht-conditions-hint')),
    conditions.map((x, i) =>
      h(
        'fieldset',
        { class: 'overdracht-condition', 'data-testid': `overdracht-condition-${i}` },
        h('legend', { class: 'label' }, `${t('overdracht-condition-legend')} ${i + 1}`),
        h(
          'div',
          { class: 'field-row' },
          textField({ id: `condition-${i}-what`, label: t('overdracht-condition-what'), value: x.what, testid: `condition-${i}-what` }),
          textField({ id: `condition-${i}-who`, label: t('overdracht-condition-who'), value: x.who, testid: `condition-${i}-who` }),
        ),
        h(
          'div',
          { class: 'field-row' },
          selectField({ id: `condition-${i}-phase`, label: t('overdracht-condition-phase'), value: x.phase, options: phases, testid: `condition-${i}-phase` }),
          textField({ id: `condition-${i}-due`, label: t('overdracht-condition-due'), type: 'date', value: x.due || '', class: 'field-date', testid: `condition-${i}-due` }),
          selectField({ id: `condition-${i}-state`, label: t('overdracht-condition-state'), value: x.state, options: states, testid: `condition-${i}-state` }),
        ),
      ),
    ),
    formError,
    h('div', { class: 'actions' }, button({ label: t('overdracht-submit'), kind: 'secondary', type: 'submit', id: 'overdracht-submit', testid: 'overdracht-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (id) => fieldValue(form.querySelector(`#${id}`));
    const overdracht = {
      received_on: value('overdracht-received') || null,
      asks: value('overdracht-asks'),
      call_back: value('overdracht-call-back'),
      phase: value('overdracht-phase') || null,
      conditions: conditions.map((_, i) => ({
        what: value(`condition-${i}-what`),
        who: value(`condition-${i}-who`),
        phase: value(`condition-${i}-phase`) || null,
        due: value(`condition-${i}-due`) || null,
        state: value(`condition-${i}-state`),
      })),
    };
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-overdracht', overdracht },
      {
        onError: (err) => showError(formError, err),
        onSuccess: () => helpers.settle(sent),
        announce: t('overdracht-saved'),
        focus: 'overdracht-submit',
      },
    );
  });
  return form;
}
