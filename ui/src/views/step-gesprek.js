// @ts-check
// Step 3, gesprek met de betrokkene(n): whether the conversation happens (or is skipped for
// an allowed reason, or postponed until Veilig Thuis or the police has been consulted), and
// the conversations held.

import { t } from '../l10n.js';
import { h, today } from '../dom.js';
import { button, checkbox, clearErrors, fieldValue, formatDate, localDay, parseDateInput, radioGroup, radioValue, showError, textField } from '../ui.js';
import { adultForm, isAdult } from './adult.js';

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function renderGesprek(ctx, view, helpers) {
  return [
    status(ctx, view, helpers),
    conversations(ctx, view, helpers),
    view.asks_rule_out ? ruledOut(ctx, view, helpers) : null,
    isAdult(ctx, view) ? adultForm(ctx, view, helpers) : null,
  ];
}

// ---------- Violence from both sides: separate conversations ruled out dwingende controle ----------

function ruledOut(ctx, view, helpers) {
  const on = view.case.coercive_control_ruled_out;
  const errorSlot = h('div', { class: 'error-slot', id: 'ruled-out-error' });
  const send = (value, trigger) => {
    const sent = helpers.snapshot(trigger);
    return ctx.edit(
      { op: 'set-coercive-control-ruled-out', on: value },
      {
        trigger,
        onSuccess: () => helpers.settle(sent),
        onError: (err) => {
          // Refused (no separate conversation yet): the tick is no draft to keep; it goes back
          // to what is recorded.
          helpers.settle(sent);
          trigger.checked = Boolean(on);
          showError(errorSlot, err);
        },
        announce: value ? t('step3-ruled-out-recorded') : t('step3-ruled-out-unrecorded'),
        focus: 'ruled-out-toggle',
      },
    );
  };
  const date = textField({ id: 'ruled-out-date', label: t('step3-ruled-out-date'), type: 'date', value: on || today(), class: 'field-date', testid: 'ruled-out-date' });
  const box = checkbox({
    id: 'ruled-out-toggle',
    label: t('step3-ruled-out-label'),
    checked: Boolean(on),
    testid: 'ruled-out-toggle',
    onChange: (event) => {
      const input = /** @type {HTMLInputElement} */ (event.currentTarget);
      const date = /** @type {HTMLInputElement} */ (document.getElementById('ruled-out-date'));
      if (input.checked && parseDateInput(date.value) === null) {
        input.checked = false;
        showError(date, { message: t('date-input-error') });
        date.focus();
        return;
      }
      send(input.checked ? fieldValue(date) || today() : null, input);
    },
  });
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'ruled-out-title', 'data-testid': 'ruled-out' },
    h('h3', { id: 'ruled-out-title' }, t('step3-ruled-out-title')),
    h('p', { class: 'hint' }, t('step3-ruled-out-hint')),
    view.coercive_control.length ? h('p', { class: 'notice notice-acute' }, t('step3-ruled-out-still')) : null,
    errorSlot,
    date,
    box,
  );
}

// ---------- Planned, skipped or postponed ----------

function status(ctx, view, helpers) {
  const p = ctx.protocol;
  const g = view.case.gesprek;
  const offerPostpone = view.postpone_offered || g.status === 'postponed';
  const options = [
    { value: 'planned', label: t('step3-status-planned'), testid: 'gesprek-planned' },
    { value: 'skipped', label: t('step3-status-skipped'), testid: 'gesprek-skipped' },
  ];
  if (offerPostpone) options.push({ value: 'postponed', label: t('step3-status-postponed'), testid: 'gesprek-postponed' });
  const formError = h('div', { class: 'error-slot', id: 'gesprek-form-error' });
  const form = h(
    'form',
    { class: 'form form-box', novalidate: true, 'aria-labelledby': 'gesprek-status-title' },
    h('h3', { id: 'gesprek-status-title', tabindex: '-1' }, t('step3-status-title')),
    view.postpone_offered
      ? h(
          'div',
          { class: 'notice notice-warning', id: 'gesprek-postpone-notice' },
          h('p', null, t('step3-postpone-explain')),
          h('ul', null, view.postponing_forms.map((f) => h('li', null, f))),
          h('p', null, t('step3-postpone-explain-after')),
        )
      : null,
    radioGroup({ name: 'gesprek-status', legend: t('step3-status-legend'), value: g.status, options }),
    h(
      'div',
      { 'data-show-when': 'gesprek-status=skipped', class: 'conditional' },
      radioGroup({
        name: 'gesprek-skip-reason',
        legend: t('step3-skip-reason-legend'),
        hint: t('step3-skip-reason-hint'),
        value: g.status === 'skipped' ? g.reason : null,
        options: p.skip_reasons.map((r) => ({ value: r.id, label: r.label, note: r.note, testid: `skip-reason-${r.id}` })),
      }),
      textField({ id: 'gesprek-skip-note', label: t('step3-skip-note-label'), hint: t('step3-skip-note-hint'), multiline: true, rows: 3, value: g.status === 'skipped' ? g.note : '' }),
    ),
    offerPostpone
      ? h(
          'div',
          { 'data-show-when': 'gesprek-status=postponed', class: 'conditional' },
          radioGroup({
            name: 'gesprek-until',
            legend: t('step3-postpone-until-legend'),
            value: g.status === 'postponed' ? g.until : null,
            options: p.postpone_until.map((r) => ({ value: r.id, label: r.label, note: r.note, testid: `postpone-until-${r.id}` })),
          }),
          textField({ id: 'gesprek-postpone-note', label: t('step3-postpone-note-label'), multiline: true, rows: 3, value: g.status === 'postponed' ? g.note : '' }),
        )
      : null,
    formError,
    h('div', { class: 'actions' }, button({ label: t('step3-status-submit'), kind: 'secondary', type: 'submit', testid: 'gesprek-submit', id: 'gesprek-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const choice = radioValue(form, 'gesprek-status') || 'planned';
    let gesprek = { status: 'planned' };
    if (choice === 'skipped') {
      const reason = radioValue(form, 'gesprek-skip-reason');
      if (!reason) {
        const group = form.querySelector('#gesprek-skip-reason-group');
        showError(group, { message: t('step3-skip-reason-required') });
        group.querySelector('input').focus();
        return;
      }
      gesprek = { status: 'skipped', reason, note: /** @type {HTMLInputElement} */ (form.querySelector('#gesprek-skip-note')).value };
    } else if (choice === 'postponed') {
      const until = radioValue(form, 'gesprek-until');
      if (!until) {
        const group = form.querySelector('#gesprek-until-group');
        showError(group, { message: t('step3-postpone-until-required') });
        group.querySelector('input').focus();
        return;
      }
      gesprek = { status: 'postponed', until, note: /** @type {HTMLInputElement} */ (form.querySelector('#gesprek-postpone-note')).value };
    }
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-gesprek', gesprek },
      {
        onError: (err) => showError(formError, err),
        onSuccess: () => helpers.settle(sent),
        announce: t('step3-status-saved'),
        focus: 'gesprek-submit',
      },
    );
  });
  return form;
}

// ---------- Conversations ----------

function conversations(ctx, view, helpers) {
  const list = view.case.conversations;
  const editId = helpers.editingId('conversation');
  const item = editId ? list.find((c) => c.id === editId) : null;
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'conversations-title' },
    h('h3', { id: 'conversations-title', tabindex: '-1' }, t('step3-conversations-title')),
    h('p', { class: 'hint' }, t('step3-conversations-hint')),
    list.length === 0
      ? h('p', { class: 'empty', 'data-testid': 'conversation-list' }, t('step3-conversations-empty'))
      : h(
          'ul',
          { class: 'items', 'data-testid': 'conversation-list', 'aria-labelledby': 'conversations-title' },
          list.map((c) => {
            const headId = `conv-${c.id}-head`;
            const edit = button({ label: t('step3-edit'), kind: 'quiet', id: `conv-${c.id}-edit`, attrs: { 'aria-describedby': headId } });
            edit.addEventListener('click', () => helpers.startEditing('conversation', c.id));
            const remove = button({ label: t('step3-remove'), kind: 'quiet-danger', id: `conv-${c.id}-remove`, attrs: { 'aria-describedby': headId } });
            remove.addEventListener('click', () =>
              helpers.confirmRemove(ctx, { list: 'conversation', id: c.id, opener: remove, announce: t('step3-conversation-removed'), focus: 'conversations-title' }),
            );
            return h(
              'li',
              { class: ['item', c.id === editId ? 'is-editing' : null] },
              h(
                'p',
                { class: 'item-head', id: headId },
                c.date ? h('span', { class: 'item-meta' }, formatDate(c.date)) : null,
                c.with_whom ? h('span', { class: 'item-meta' }, c.with_whom) : null,
                c.separately ? h('span', { class: 'badge badge-neutral' }, t('step3-separately-badge')) : null,
                c.interpreter ? h('span', { class: 'badge badge-neutral' }, t('step3-interpreter-badge')) : null,
              ),
              c.their_view ? h('div', null, h('p', { class: 'quote-label' }, t('step3-view-label')), h('p', { class: 'prewrap' }, c.their_view)) : null,
              c.agreements ? h('div', null, h('p', { class: 'quote-label' }, t('step3-agreements-label')), h('p', { class: 'prewrap' }, c.agreements)) : null,
              h('div', { class: 'item-actions' }, edit, remove),
            );
          }),
        ),
    conversationForm(ctx, helpers, item),
  );
}

function conversationForm(ctx, helpers, item) {
  const pre = item ? `conv-${item.id}` : 'conv-new';
  const titleId = `conversation-${item ? item.id : 'new'}-form-title`;
  const formError = h('div', { class: 'error-slot' });
  const form = h(
    'form',
    { class: ['form', 'form-box', item ? 'is-editing' : null], novalidate: true, 'aria-labelledby': titleId },
    h('h4', { id: titleId, tabindex: '-1' }, item ? t('step3-edit-title') : t('step3-add-title')),
    h(
      'div',
      { class: 'field-row' },
      textField({ id: `${pre}-date`, label: t('step3-date-label'), type: 'date', value: item ? item.date || '' : localDay(), class: 'field-date' }),
      textField({ id: `${pre}-with`, label: t('step3-with-label'), hint: t('step3-with-hint'), value: item ? item.with_whom : '', testid: 'conversation-with' }),
    ),
    checkbox({ id: `${pre}-separately`, label: t('step3-separately-label'), hint: t('step3-separately-hint'), checked: item ? item.separately : false, testid: 'conversation-separately' }),
    checkbox({ id: `${pre}-interpreter`, label: t('step3-interpreter-label'), hint: t('step3-interpreter-hint'), checked: item ? item.interpreter : false }),
    textField({ id: `${pre}-view`, label: t('step3-view-label'), hint: t('step3-view-hint'), multiline: true, rows: 3, value: item ? item.their_view : '', testid: 'conversation-view' }),
    textField({ id: `${pre}-agreements`, label: t('step3-agreements-label'), multiline: true, rows: 3, value: item ? item.agreements : '', testid: 'conversation-agreements' }),
    formError,
    h(
      'div',
      { class: 'actions' },
      button({ label: item ? t('step3-save') : t('step3-add'), kind: 'primary', type: 'submit', testid: 'conversation-submit', id: `${pre}-submit` }),
      item ? button({ label: t('step3-cancel-edit'), kind: 'secondary', onClick: () => helpers.stopEditing('conversation', `conv-${item.id}-edit`) }) : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const field = (suffix) => /** @type {HTMLInputElement} */ (form.querySelector(`#${pre}-${suffix}`));
    const sent = helpers.snapshot(form);
    ctx.edit(
      {
        op: 'save-conversation',
        conversation: {
          id: item ? item.id : null,
          date: fieldValue(field('date')) || null,
          with_whom: field('with').value,
          separately: field('separately').checked,
          interpreter: field('interpreter').checked,
          their_view: field('view').value,
          agreements: field('agreements').value,
        },
      },
      {
        onError: (err) => showError(formError, err),
        onSuccess: () => {
          helpers.settle(sent);
          if (item) helpers.doneEditing('conversation');
        },
        announce: item ? t('step3-saved') : t('step3-added'),
        focus: item ? `conv-${item.id}-edit` : 'conversations-title',
      },
    );
  });
  return form;
}
