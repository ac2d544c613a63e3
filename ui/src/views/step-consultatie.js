// @ts-check
// Step 2, collegiale consultatie and zo nodig Veilig Thuis raadplegen: who you consulted,
// when, and what came out of it.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { button, clearErrors, fieldValue, formatDate, localDay, radioGroup, radioValue, showError, textField } from '../ui.js';

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function renderConsultatie(ctx, view, helpers) {
  const list = view.case.consultations;
  const editId = helpers.editingId('consultation');
  const item = editId ? list.find((c) => c.id === editId) : null;
  const kinds = ctx.protocol.consultations;
  const kindLabel = (id) => (kinds.find((k) => k.id === id) || { label: id }).label;
  return [expected(ctx, view, helpers), h(
    'section',
    { class: 'block', 'aria-labelledby': 'consultations-title' },
    h('h3', { id: 'consultations-title', tabindex: '-1' }, t('step2-title')),
    h('p', { class: 'hint' }, t('step2-hint')),
    list.length === 0
      ? h('p', { class: 'empty', 'data-testid': 'consultation-list' }, t('step2-empty'))
      : h(
          'ul',
          { class: 'items', 'data-testid': 'consultation-list', 'aria-labelledby': 'consultations-title' },
          list.map((c) => {
            const headId = `cons-${c.id}-head`;
            const edit = button({ label: t('step2-edit'), kind: 'quiet', id: `cons-${c.id}-edit`, attrs: { 'aria-describedby': headId } });
            edit.addEventListener('click', () => helpers.startEditing('consultation', c.id));
            const remove = button({ label: t('step2-remove'), kind: 'quiet-danger', id: `cons-${c.id}-remove`, attrs: { 'aria-describedby': headId } });
            remove.addEventListener('click', () =>
              helpers.confirmRemove(ctx, { list: 'consultation', id: c.id, opener: remove, announce: t('step2-removed'), focus: 'consultations-title' }),
            );
            return h(
              'li',
              { class: ['item', c.id === editId ? 'is-editing' : null] },
              h(
                'p',
                { class: 'item-head', id: headId },
                h('span', { class: 'badge badge-neutral' }, kindLabel(c.kind)),
                c.with_whom ? h('span', { class: 'item-meta' }, c.with_whom) : null,
                c.date ? h('span', { class: 'item-meta' }, formatDate(c.date)) : null,
              ),
              c.outcome ? h('div', null, h('p', { class: 'quote-label' }, t('step2-outcome-label')), h('p', { class: 'prewrap' }, c.outcome)) : null,
              h('div', { class: 'item-actions' }, edit, remove),
            );
          }),
        ),
    form(ctx, helpers, item),
  )];
}

/**
 * What the field expects in this step (for a doctor: Veilig Thuis advice and a colleague),
 * and a place to record why not. A prompt and a record, never a gate.
 */
function expected(ctx, view, helpers) {
  const list = view.expected_consultations;
  if (!list.length) return null;
  const reasonId = 'no-consultation-reason';
  const showReason = view.ask_no_consultation_reason || view.case.no_vt_advice_reason;
  const formError = h('div', { class: 'error-slot' });
  const form = showReason
    ? h(
        'form',
        { class: 'form', novalidate: true },
        textField({
          id: reasonId,
          label: t('step2-no-consultation-reason-label'),
          hint: t('step2-no-consultation-reason-hint'),
          multiline: true,
          rows: 2,
          value: view.case.no_vt_advice_reason,
          testid: reasonId,
        }),
        formError,
        h('div', { class: 'actions' }, button({ label: t('step2-no-consultation-reason-save'), kind: 'secondary', type: 'submit', id: `${reasonId}-submit` })),
      )
    : null;
  if (form) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      const sent = helpers.snapshot(form);
      ctx.edit(
        { op: 'set-no-vt-advice-reason', reason: /** @type {HTMLInputElement} */ (form.querySelector(`#${reasonId}`)).value },
        { onError: (err) => showError(formError, err), onSuccess: () => helpers.settle(sent), announce: t('step2-no-consultation-reason-saved'), focus: `${reasonId}-submit` },
      );
    });
  }
  return h(
    'section',
    { class: 'block form-box', 'aria-labelledby': 'expected-title', 'data-testid': 'expected-consultations' },
    h('h3', { id: 'expected-title' }, t('step2-expected-title')),
    h(
      'ul',
      { class: 'expected-list' },
      list.map((k) =>
        h('li', null, h('span', null, k.label), ' ', h('span', { class: ['badge', k.recorded ? 'badge-counter' : 'badge-neutral'] }, k.recorded ? t('step2-expected-recorded') : t('step2-expected-missing'))),
      ),
    ),
    form,
  );
}

function form(ctx, helpers, item) {
  const pre = item ? `cons-${item.id}` : 'cons-new';
  const titleId = `consultation-${item ? item.id : 'new'}-form-title`;
  const formError = h('div', { class: 'error-slot' });
  const el = h(
    'form',
    { class: ['form', 'form-box', item ? 'is-editing' : null], novalidate: true, 'aria-labelledby': titleId },
    h('h4', { id: titleId, tabindex: '-1' }, item ? t('step2-edit-title') : t('step2-add-title')),
    radioGroup({
      name: `${pre}-kind`,
      legend: t('step2-kind-legend'),
      value: item ? item.kind : null,
      options: ctx.protocol.consultations.map((k) => ({ value: k.id, label: k.label, note: k.note, testid: `consultation-${k.id}` })),
    }),
    h(
      'div',
      { class: 'field-row' },
      textField({ id: `${pre}-with`, label: t('step2-with-label'), hint: t('step2-with-hint'), value: item ? item.with_whom : '', testid: 'consultation-with' }),
      textField({ id: `${pre}-date`, label: t('step2-date-label'), type: 'date', value: item ? item.date || '' : localDay(), class: 'field-date' }),
    ),
    textField({ id: `${pre}-outcome`, label: t('step2-outcome-label'), hint: t('step2-outcome-hint'), multiline: true, rows: 3, value: item ? item.outcome : '', testid: 'consultation-outcome' }),
    formError,
    h(
      'div',
      { class: 'actions' },
      button({ label: item ? t('step2-save') : t('step2-add'), kind: 'primary', type: 'submit', testid: 'consultation-submit', id: `${pre}-submit` }),
      item ? button({ label: t('step2-cancel-edit'), kind: 'secondary', onClick: () => helpers.stopEditing('consultation', `cons-${item.id}-edit`) }) : null,
    ),
  );
  el.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(el);
    const kind = radioValue(el, `${pre}-kind`);
    if (!kind) {
      const group = el.querySelector(`#${pre}-kind-group`);
      showError(group, { message: t('step2-kind-required') });
      group.querySelector('input').focus();
      return;
    }
    const value = (suffix) => fieldValue(el.querySelector(`#${pre}-${suffix}`));
    const sent = helpers.snapshot(el);
    ctx.edit(
      {
        op: 'save-consultation',
        consultation: { id: item ? item.id : null, kind, with_whom: value('with'), date: value('date') || null, outcome: value('outcome') },
      },
      {
        onError: (err) => showError(formError, err),
        onSuccess: () => {
          helpers.settle(sent);
          if (item) helpers.doneEditing('consultation');
        },
        announce: item ? t('step2-saved') : t('step2-added'),
        focus: item ? `cons-${item.id}-edit` : 'consultations-title',
      },
    );
  });
  return el;
}
