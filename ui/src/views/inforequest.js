// @ts-check
// An information request (informatieverzoek): a route outside the five steps for a professional
// who is asked for information by Veilig Thuis, the Raad voor de Kinderbescherming, a
// gecertificeerde instelling, or police and justice. The steps, their order and whether each
// part is recorded come from the backend (content/informatieverzoek.toml); this file only draws
// them with their fields, sends the whole record as one edit, and shows the record for the file
// through the outputs panel.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { button, fieldValue, onSettledChoice, radioGroup, radioValue, sources, textField } from '../ui.js';
import { renderOutputs } from './outputs.js';

/** The fields each part of the record has (ids are literal, see `read`). */
function partFields(record, r) {
  switch (record) {
    case 'requester':
      return [
        textField({ id: 'inforeq-received-on', label: t('inforeq-received-on-label'), type: 'date', value: r.received_on || '', testid: 'inforeq-received-on' }),
        textField({ id: 'inforeq-who', label: t('inforeq-who-label'), hint: t('inforeq-who-hint'), multiline: true, rows: 2, value: r.who, testid: 'inforeq-who' }),
        textField({ id: 'inforeq-basis', label: t('inforeq-basis-label'), hint: t('inforeq-basis-hint'), multiline: true, rows: 2, value: r.basis, testid: 'inforeq-basis' }),
      ];
    case 'concern':
      return [
        radioGroup({
          name: 'inforeq-concern-given',
          legend: t('inforeq-concern-given-legend'),
          inline: true,
          value: r.concern_given === null || r.concern_given === undefined ? null : String(r.concern_given),
          options: [
            { value: 'true', label: t('inforeq-concern-given-yes'), testid: 'inforeq-concern-given-yes' },
            { value: 'false', label: t('inforeq-concern-given-no'), testid: 'inforeq-concern-given-no' },
          ],
        }),
        textField({ id: 'inforeq-concern', label: t('inforeq-concern-label'), multiline: true, rows: 3, value: r.concern, testid: 'inforeq-concern' }),
        textField({ id: 'inforeq-asked', label: t('inforeq-asked-label'), multiline: true, rows: 3, value: r.asked, testid: 'inforeq-asked' }),
      ];
    case 'relevant':
      return [textField({ id: 'inforeq-relevant', label: t('inforeq-relevant-label'), hint: t('inforeq-relevant-hint'), multiline: true, rows: 4, value: r.relevant, testid: 'inforeq-relevant' })];
    case 'informed':
      return [
        radioGroup({
          name: 'inforeq-informed',
          legend: t('inforeq-informed-legend'),
          inline: true,
          value: r.informed === null || r.informed === undefined ? null : String(r.informed),
          options: [
            { value: 'true', label: t('inforeq-informed-yes'), testid: 'inforeq-informed-yes' },
            { value: 'false', label: t('inforeq-informed-no'), testid: 'inforeq-informed-no' },
          ],
        }),
        textField({ id: 'inforeq-informed-note', label: t('inforeq-informed-note-label'), hint: t('inforeq-informed-note-hint'), multiline: true, rows: 2, value: r.informed_note, testid: 'inforeq-informed-note' }),
      ];
    case 'given':
      return [
        radioGroup({
          name: 'inforeq-given-how',
          legend: t('inforeq-given-how-legend'),
          value: r.given_how,
          options: [
            { value: 'schriftelijk', label: t('inforeq-given-how-schriftelijk'), testid: 'inforeq-given-how-schriftelijk' },
            { value: 'mondeling', label: t('inforeq-given-how-mondeling'), testid: 'inforeq-given-how-mondeling' },
            { value: 'niet', label: t('inforeq-given-how-niet'), testid: 'inforeq-given-how-niet' },
          ],
        }),
        textField({ id: 'inforeq-given-on', label: t('inforeq-given-on-label'), type: 'date', value: r.given_on || '', testid: 'inforeq-given-on' }),
        textField({ id: 'inforeq-given', label: t('inforeq-given-label'), hint: t('inforeq-given-hint'), multiline: true, rows: 4, value: r.given, testid: 'inforeq-given' }),
      ];
    default:
      return [];
  }
}

/** The whole record as the form holds it now. */
function read(form, requester) {
  const value = (id) => fieldValue(form.querySelector(`#${id}`));
  const bool = (name) => {
    const v = radioValue(form, name);
    return v === null ? null : v === 'true';
  };
  return {
    requester,
    received_on: value('inforeq-received-on') || null,
    who: value('inforeq-who'),
    basis: value('inforeq-basis'),
    concern_given: bool('inforeq-concern-given'),
    concern: value('inforeq-concern'),
    asked: value('inforeq-asked'),
    relevant: value('inforeq-relevant'),
    informed: bool('inforeq-informed'),
    informed_note: value('inforeq-informed-note'),
    given_how: radioValue(form, 'inforeq-given-how'),
    given_on: value('inforeq-given-on') || null,
    given: value('inforeq-given'),
  };
}

/**
 * The route, its record, and the record for the file.
 * @param {Object} ctx
 * @param {Object} view CaseView with info_request
 * @param {Object} helpers the case screen's helpers (snapshot, settle)
 */
export function renderInfoRequest(ctx, view, helpers) {
  const ir = view.info_request;
  const record = view.case.info_request;
  const steps = ir.steps.map((s, i) =>
    h(
      'section',
      { class: ['inforeq-step', s.id === ir.pending ? 'is-pending' : null], 'data-testid': `inforeq-step-${s.id}`, 'aria-labelledby': `inforeq-step-${s.id}-title` },
      h(
        'div',
        { class: 'step-head' },
        h('h3', { id: `inforeq-step-${s.id}-title` }, h('span', { class: 'step-head-number' }, String(i + 1)), ' ', h('span', null, s.title)),
        h('p', { class: ['step-head-state', s.done ? 'state-done' : 'state-not-started'], 'data-testid': `inforeq-state-${s.id}` }, h('span', { class: 'state-mark', 'aria-hidden': 'true' }), s.done ? t('inforeq-part-recorded') : t('inforeq-part-open')),
      ),
      h('p', { class: 'step-summary prewrap' }, s.help),
      sources(s.provenance, `inforeq-${s.id}`),
      partFields(s.record, record),
    ),
  );
  const form = h(
    'form',
    { class: 'form form-box step-content', novalidate: true, 'aria-labelledby': 'inforeq-title', 'data-testid': 'inforeq-form' },
    steps,
    h('div', { id: 'inforeq-form-error', class: 'error-slot' }),
    h('div', { class: 'actions' }, button({ label: t('inforeq-save'), kind: 'primary', type: 'submit', id: 'inforeq-save', testid: 'inforeq-save' })),
  );
  const submit = (focus) => {
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-info-request', info_request: read(form, record.requester) },
      { trigger: form.querySelector('#inforeq-save'), onSuccess: () => helpers.settle(sent), focus },
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit('inforeq-save');
  });
  // A choice is saved at once, like a tick elsewhere in the case.
  onSettledChoice(form, (el) => submit(el.id));
  return h(
    'div',
    { class: 'inforeq', 'data-testid': 'inforeq' },
    h(
      'section',
      { class: 'other-route', 'aria-labelledby': 'inforeq-title', 'data-testid': 'inforeq-route' },
      h('h2', { id: 'inforeq-title' }, ir.title),
      h('p', { class: 'prewrap' }, ir.intro),
      ir.confirmed ? null : h('p', { class: 'notice notice-warning', 'data-testid': 'inforeq-unconfirmed' }, t('inforeq-unconfirmed')),
      h('dl', { class: 'facts' }, h('div', null, h('dt', null, t('inforeq-requester')), h('dd', null, ir.requester))),
      h('p', { class: 'prewrap', 'data-testid': 'inforeq-route-basis' }, ir.basis),
      sources(ir.provenance, `inforeq-route-${ir.route}`),
    ),
    form,
    renderOutputs(ctx, view, helpers),
  );
}
