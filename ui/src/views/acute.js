// @ts-check
// "Acuut": the acute panel (direct danger, Veilig Thuis day and night) and the disclosure
// form ("Een kind vertelt iets") that records a child's literal words in step 1.

import * as api from '../api.js';
import { t } from '../l10n.js';
import { byId, fromNaiveDateTime, h, nowLocal, replaceChildren, toNaiveDateTime } from '../dom.js';
import { closeDialog, openDialog } from '../dialog.js';
import { announce, button, clearErrors, fieldValue, radioGroup, radioValue, showError, sources, textField } from '../ui.js';
import { acutePackLines } from './packs.js';
import { state } from '../state.js';

/**
 * @param {Object} ctx
 * @param {HTMLElement} opener
 */
export function openAcutePanel(ctx, opener) {
  const dialog = /** @type {HTMLDialogElement} */ (byId('acute-panel'));
  const disclosure = button({
    label: t('acute-panel-disclosure'),
    kind: 'primary',
    testid: 'disclosure-button',
    id: 'disclosure-button',
  });
  disclosure.addEventListener('click', () => {
    closeDialog(dialog, { returnTo: null });
    openDisclosure(ctx, { opener });
  });
  replaceChildren(
    byId('acute-panel-body'),
    h(
      'ul',
      { class: 'acute-lines' },
      ctx.protocol.acute.map((line) =>
        h(
          'li',
          { class: 'acute-line' },
          h('p', { class: 'acute-text' }, line.text),
          line.number && !line.text.includes(line.number) ? h('p', { class: 'acute-number' }, line.number) : null,
          sources(line.provenance, `acute-${line.id}`),
        ),
      ),
    ),
    acutePackLines(state.local),
    h(
      'div',
      { class: 'acute-disclosure' },
      h('h3', null, t('acute-panel-disclosure-title')),
      h('p', null, t('acute-panel-disclosure-body')),
      // Writing the words down needs the open vault; the numbers above never do.
      ctx.unlocked ? disclosure : h('p', { class: 'hint', 'data-testid': 'disclosure-locked' }, t('acute-panel-disclosure-locked')),
    ),
  );
  openDialog(dialog, { opener, focus: ctx.unlocked ? disclosure : null });
}

/**
 * The disclosure form. With a case open the words go into its step 1; otherwise the form
 * also asks alias, field and age group and a new case starts. options.quote edits a quote
 * that is already recorded.
 * @param {Object} ctx
 * @param {{opener?: ?Element, quote?: Object}} [options] quote: a Quote (api.js)
 */
export function openDisclosure(ctx, options = {}) {
  const dialog = /** @type {HTMLDialogElement} */ (byId('disclosure-dialog'));
  const current = ctx.caseView;
  const quote = options.quote || null;
  const p = ctx.protocol;
  byId('disclosure-title').textContent = quote ? t('disclosure-form-edit-title') : t('disclosure-form-title');

  const newCase = current
    ? h('p', { class: 'disclosure-in-case' }, h('span', null, t('disclosure-form-in-case')), ' ', h('strong', null, current.case.alias))
    : h(
        'fieldset',
        { class: 'fieldset fieldset-box' },
        h('legend', { class: 'legend' }, t('disclosure-form-new-case')),
        h('p', { class: 'hint' }, t('disclosure-form-new-case-hint')),
        textField({ id: 'disclosure-alias', label: t('newcase-alias-label'), hint: t('newcase-alias-hint'), testid: 'disclosure-alias' }),
        radioGroup({
          name: 'disclosure-field',
          legend: t('newcase-field-legend'),
          options: p.fields.map((f) => ({ value: f.id, label: f.label, testid: `disclosure-field-${f.id}` })),
        }),
        radioGroup({
          name: 'disclosure-subject',
          legend: t('disclosure-form-age-legend'),
          options: p.subjects.filter((s) => s.minor).map((s) => ({ value: s.id, label: s.label, testid: `disclosure-subject-${s.id}` })),
        }),
      );

  const words = textField({
    id: 'disclosure-words',
    label: t('disclosure-form-words-label'),
    hint: t('disclosure-form-words-hint'),
    testid: 'disclosure-words',
    multiline: true,
    rows: 4,
    value: quote ? quote.words : '',
    class: 'field-quote',
  });
  // Who said the words: only the possible victim's own words are a disclosure (which speakers
  // count is content: protocol.speakers[].disclosure). A quote recorded before speakers existed
  // has none; the form says so and asks for it.
  const unstated = Boolean(quote && !quote.speaker);
  const speaker = radioGroup({
    name: 'disclosure-speaker',
    legend: t('disclosure-form-speaker-legend'),
    hint: unstated ? t('disclosure-form-speaker-unstated') : t('disclosure-form-speaker-hint'),
    value: quote ? quote.speaker : null,
    options: p.speakers.map((s) => ({ value: s.id, label: s.label, testid: `disclosure-speaker-${s.id}` })),
  });
  const question = textField({
    id: 'disclosure-question',
    label: t('disclosure-form-question-label'),
    hint: t('disclosure-form-question-hint'),
    testid: 'disclosure-question',
    multiline: true,
    rows: 2,
    value: quote ? quote.question_before : '',
  });
  // When it was said: a date field (day first, ui.js) and the time as uu:mm, never the
  // system locale's date-and-time control.
  const [saidOn, saidTime] = (quote ? fromNaiveDateTime(quote.said_at) : nowLocal()).split('T');
  const saidAt = h(
    'div',
    { class: 'field-row' },
    textField({ id: 'disclosure-said-on', label: t('disclosure-form-date-label'), type: 'date', value: saidOn, class: 'field-date', testid: 'disclosure-when' }),
    textField({ id: 'disclosure-said-time', label: t('disclosure-form-time-label'), type: 'time', value: saidTime, class: 'field-date', testid: 'disclosure-time' }),
  );
  const who = textField({ id: 'disclosure-who', label: t('disclosure-form-who-label'), hint: t('disclosure-form-who-hint'), value: quote ? quote.who : '', testid: 'disclosure-who' });
  const context = textField({
    id: 'disclosure-context',
    label: t('disclosure-form-context-label'),
    multiline: true,
    rows: 2,
    value: quote ? quote.context : '',
    testid: 'disclosure-context',
  });
  const formError = h('div', { class: 'error-slot', id: 'disclosure-form-error' });
  const submit = button({ label: quote ? t('disclosure-form-save') : t('disclosure-form-submit'), kind: 'primary', type: 'submit', testid: 'disclosure-submit', id: 'disclosure-submit' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'disclosure-title' },
    quote || !current ? null : newCase,
    words,
    speaker,
    question,
    h('div', { class: 'field-row' }, saidAt, who),
    context,
    quote || current ? null : newCase,
    formError,
    h('div', { class: 'actions' }, submit, button({ label: t('disclosure-form-cancel'), kind: 'secondary', attrs: { 'data-close': true } })),
  );
  const guidance = h(
    'aside',
    { class: 'guidance', 'aria-labelledby': 'disclosure-guidance-title' },
    h('h3', { id: 'disclosure-guidance-title' }, t('disclosure-form-guidance-title')),
    h(
      'ul',
      { class: 'guidance-list' },
      p.disclosure_guidance.map((g) => h('li', null, h('p', null, g.text), sources(g.provenance, `guidance-${g.id}`))),
    ),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (id) => /** @type {HTMLInputElement} */ (byId(id)).value;
    const on = fieldValue(byId('disclosure-said-on'));
    const time = fieldValue(byId('disclosure-said-time'));
    for (const [id, part] of [['disclosure-said-on', on], ['disclosure-said-time', time]]) {
      if (part === '') {
        showError(byId(id), { message: t('disclosure-form-when-required') });
        byId(id).focus();
        return;
      }
    }
    const saidAtValue = toNaiveDateTime(`${on}T${time}`);
    const speakerValue = radioValue(form, 'disclosure-speaker');
    if (!speakerValue) {
      showError(byId('disclosure-speaker-group'), { message: t('disclosure-form-speaker-required') });
      const first = byId('disclosure-speaker-group').querySelector('input');
      if (first) first.focus();
      return;
    }
    const input = {
      words: value('disclosure-words'),
      question_before: value('disclosure-question'),
      said_at: saidAtValue,
      who: value('disclosure-who'),
      speaker: speakerValue,
      context: value('disclosure-context'),
    };
    const fail = (err) => {
      const what = err.args && err.args.what;
      /** @type {HTMLElement} */
      let target = formError;
      if (err.code.startsWith('error-alias')) target = byId('disclosure-alias');
      else if (what === 'words' || err.code === 'error-text-too-long') target = byId('disclosure-words');
      else if (err.args && err.args.kind === 'speaker') target = byId('disclosure-speaker-group');
      else if (err.args && ['field', 'subject'].includes(err.args.kind)) target = byId(`disclosure-${err.args.kind}-group`);
      showError(target, err);
      const focus = target.matches('fieldset') ? target.querySelector('input') : target;
      if (focus && focus.focus) focus.focus();
    };
    if (quote) {
      await ctx.edit(
        { op: 'save-quote', quote: { id: quote.id, ...input } },
        {
          onError: fail,
          onSuccess: () => closeDialog(dialog, { returnTo: null }),
          announce: t('disclosure-form-saved'),
          focus: 'quote-list-heading',
        },
      );
      return;
    }
    let caseId = null;
    if (current) {
      caseId = current.case.id;
    } else {
      input.alias = value('disclosure-alias');
      input.field = radioValue(form, 'disclosure-field') || '';
      input.subject = radioValue(form, 'disclosure-subject') || '';
    }
    try {
      const view = await api.recordDisclosure(caseId, /** @type {DisclosureInput} */ (input));
      ctx.saved();
      closeDialog(dialog, { returnTo: null });
      ctx.showCase(view, { step: 'signalen', focus: 'quote-list-heading', announce: t('disclosure-form-recorded') });
    } catch (err) {
      fail(err);
    }
  });

  replaceChildren(byId('disclosure-body'), h('div', { class: 'disclosure-layout' }, form, guidance));
  openDialog(dialog, { opener: options.opener, focus: /** @type {HTMLElement} */ (words.querySelector('textarea')) });
}
