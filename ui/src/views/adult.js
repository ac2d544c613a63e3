// @ts-check
// Steps 3 and 4 with an adult client: their own wishes and the wilsbekwaamheid assessment
// (ter zake: for which decision, when, by whom), and the representative. Step 3 records it;
// step 4 shows it beside the afwegingen. Whether the subject is an adult comes from content.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { button, fieldValue, onSettledChoice, radioGroup, radioValue, textField } from '../ui.js';

/** Whether the case's subject is an adult (content's `minor` flag). */
export function isAdult(ctx, view) {
  const subject = ctx.protocol.subjects.find((s) => s.id === view.case.subject);
  return Boolean(subject && !subject.minor);
}

/** The form in step 3. */
export function adultForm(ctx, view, helpers) {
  const a = view.case.adult || {};
  const form = h(
    'form',
    { class: 'form form-box', novalidate: true, 'aria-labelledby': 'adult-title', 'data-testid': 'adult-form' },
    h('h3', { id: 'adult-title', tabindex: '-1' }, t('adult-title')),
    h('p', { class: 'hint' }, t('adult-intro')),
    textField({ id: 'adult-wishes', label: t('adult-wishes-label'), hint: t('adult-wishes-hint'), multiline: true, rows: 3, value: a.wishes, testid: 'adult-wishes' }),
    radioGroup({
      name: 'adult-capacity',
      legend: t('adult-capacity-legend'),
      value: a.capacity || null,
      options: [
        { value: 'wilsbekwaam', label: t('adult-capacity-wilsbekwaam'), testid: 'adult-capacity-wilsbekwaam' },
        { value: 'wilsonbekwaam', label: t('adult-capacity-wilsonbekwaam'), testid: 'adult-capacity-wilsonbekwaam' },
        { value: 'twijfel', label: t('adult-capacity-twijfel'), testid: 'adult-capacity-twijfel' },
      ],
    }),
    textField({ id: 'adult-capacity-about', label: t('adult-capacity-about-label'), hint: t('adult-capacity-about-hint'), value: a.capacity_about, testid: 'adult-capacity-about' }),
    textField({ id: 'adult-capacity-on', label: t('adult-capacity-on-label'), type: 'date', value: a.capacity_on || '', testid: 'adult-capacity-on' }),
    textField({ id: 'adult-capacity-by', label: t('adult-capacity-by-label'), hint: t('adult-capacity-by-hint'), value: a.capacity_by, testid: 'adult-capacity-by' }),
    textField({ id: 'adult-representative', label: t('adult-representative-label'), hint: t('adult-representative-hint'), multiline: true, rows: 2, value: a.representative, testid: 'adult-representative' }),
    h('div', { class: 'actions' }, button({ label: t('adult-submit'), kind: 'secondary', type: 'submit', id: 'adult-submit', testid: 'adult-submit' })),
  );
  const send = (focus) => {
    const value = (id) => fieldValue(form.querySelector(`#${id}`));
    const sent = helpers.snapshot(form);
    ctx.edit(
      {
        op: 'set-adult-wishes',
        adult: {
          wishes: value('adult-wishes'),
          capacity: radioValue(form, 'adult-capacity'),
          capacity_about: value('adult-capacity-about'),
          capacity_on: value('adult-capacity-on') || null,
          capacity_by: value('adult-capacity-by'),
          representative: value('adult-representative'),
        },
      },
      { trigger: form.querySelector('#adult-submit'), onSuccess: () => helpers.settle(sent), focus },
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send('adult-submit');
  });
  onSettledChoice(form, (el) => send(el.id));
  return form;
}

/** What step 3 recorded, shown in step 4 beside the afwegingen. */
export function adultSummary(view) {
  const a = view.adult;
  if (!a) return null;
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'adult-summary-title', 'data-testid': 'adult-summary' },
    h('h3', { id: 'adult-summary-title' }, t('adult-summary-title')),
    h('dl', { class: 'facts' }, a.map((f) => h('div', null, h('dt', null, f.label), h('dd', { class: 'prewrap' }, f.value)))),
  );
}
