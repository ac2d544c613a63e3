// Step 1, signalen in kaart brengen: forms of violence, observations (fact apart from
// interpretation, with their source) and someone's own words, literally.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { button, checkbox, clearErrors, formatDate, formatDateTime, radioGroup, radioValue, showError, textField } from '../ui.js';

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function renderSignalen(ctx, view, helpers) {
  return [situations(ctx, view, helpers), forms(ctx, view, helpers), redFlags(ctx, view, helpers), observations(ctx, view, helpers), quotes(ctx, view, helpers)];
}

// ---------- Acute situations ----------

/**
 * Ticks for the acute child situations of the content. Which ones hold (also through a quote)
 * comes from the backend (view.acute_route); this view only shows it.
 */
function situations(ctx, view, helpers) {
  const recorded = new Set(view.case.acute_situations);
  const holding = new Map((view.acute_route ? view.acute_route.situations : []).map((s) => [s.id, s]));
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'situations-title', 'data-testid': 'situations' },
    h('h3', { id: 'situations-title' }, t('step1-situations-title')),
    h(
      'fieldset',
      { class: 'fieldset', 'aria-describedby': 'situations-hint' },
      h('legend', { class: 'visually-hidden' }, t('step1-situations-title')),
      h('p', { class: 'hint', id: 'situations-hint' }, t('step1-situations-hint')),
      h('div', { id: 'situations-error', class: 'error-slot' }),
      h(
        'div',
        { class: 'choices' },
        ctx.protocol.situations.map((s) => {
          const held = holding.get(s.id);
          const viaQuote = Boolean(held && held.via_quote);
          const box = checkbox({
            id: `situation-${s.id}`,
            label: s.label,
            hint: viaQuote ? t('step1-situation-via-quote') : null,
            checked: recorded.has(s.id) || viaQuote,
            testid: `situation-${s.id}`,
            onChange: (event) => {
              const input = event.currentTarget;
              const sent = helpers.snapshot(input);
              ctx.edit(
                { op: 'set-acute-situation', situation: s.id, on: input.checked },
                {
                  onError: (err) => showError(document.getElementById('situations-error'), err),
                  onSuccess: () => helpers.settle(sent),
                  announce: input.checked ? t('step1-situation-recorded') : t('step1-situation-unrecorded'),
                  focus: `situation-${s.id}`,
                },
              );
            },
          });
          // Holding through someone's own words: remove the words to undo it, not the tick.
          if (viaQuote) box.querySelector('input').disabled = true;
          return box;
        }),
      ),
    ),
  );
}

function forms(ctx, view, helpers) {
  const recorded = new Set(view.case.forms);
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'forms-title' },
    h('h3', { id: 'forms-title' }, t('step1-forms-title')),
    h(
      'fieldset',
      { class: 'fieldset', 'aria-describedby': 'forms-hint' },
      h('legend', { class: 'visually-hidden' }, t('step1-forms-title')),
      h('p', { class: 'hint', id: 'forms-hint' }, t('step1-forms-hint')),
      h('div', { id: 'forms-error', class: 'error-slot' }),
      h(
        'div',
        { class: 'choices columns' },
        ctx.protocol.forms.map((f) =>
          checkbox({
            id: `form-${f.id}`,
            label: f.label,
            // A form's note says what to do first; it matters once the form is recorded.
            hint: recorded.has(f.id) ? f.note : null,
            checked: recorded.has(f.id),
            testid: `form-${f.id}`,
            onChange: (event) => {
              const box = event.currentTarget;
              const sent = helpers.snapshot(box);
              ctx.edit(
                { op: 'set-form', form: f.id, on: box.checked },
                { onError: (err) => showError(document.getElementById('forms-error'), err), onSuccess: () => helpers.settle(sent) },
              );
            },
          }),
        ),
      ),
    ),
  );
}

// ---------- Escalation red flags ----------

function redFlags(ctx, view, helpers) {
  const recorded = new Set(view.case.red_flags);
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'red-flags-title', 'data-testid': 'red-flags' },
    h('h3', { id: 'red-flags-title' }, t('step1-red-flags-title')),
    h(
      'fieldset',
      { class: 'fieldset', 'aria-describedby': 'red-flags-hint' },
      h('legend', { class: 'visually-hidden' }, t('step1-red-flags-title')),
      h('p', { class: 'hint', id: 'red-flags-hint' }, t('step1-red-flags-hint')),
      h('div', { id: 'red-flags-error', class: 'error-slot' }),
      h(
        'div',
        { class: 'choices columns' },
        ctx.protocol.red_flags.map((f) =>
          checkbox({
            id: `red-flag-${f.id}`,
            label: f.label,
            checked: recorded.has(f.id),
            testid: `red-flag-${f.id}`,
            onChange: (event) => {
              const input = event.currentTarget;
              const sent = helpers.snapshot(input);
              ctx.edit(
                { op: 'set-red-flag', flag: f.id, on: input.checked },
                {
                  onError: (err) => showError(document.getElementById('red-flags-error'), err),
                  onSuccess: () => helpers.settle(sent),
                  announce: input.checked ? t('step1-red-flag-recorded') : t('step1-red-flag-unrecorded'),
                  focus: `red-flag-${f.id}`,
                },
              );
            },
          }),
        ),
      ),
    ),
  );
}

// ---------- Observations ----------

function sourceText(o) {
  return o.source.kind === 'told' ? `${t('step1-source-told-by')} ${o.source.by}` : t('step1-source-own');
}

function observations(ctx, view, helpers) {
  const list = view.case.observations;
  const editId = helpers.editingId('observation');
  const editingItem = editId ? list.find((o) => o.id === editId) : null;
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'observations-title' },
    h('h3', { id: 'observations-title', tabindex: '-1' }, t('step1-observations-title')),
    h('p', { class: 'hint' }, t('step1-observations-hint')),
    list.length === 0
      ? h('p', { class: 'empty', 'data-testid': 'observation-list' }, t('step1-observations-empty'))
      : h(
          'ul',
          { class: 'items', 'data-testid': 'observation-list', 'aria-labelledby': 'observations-title' },
          list.map((o) => observationItem(ctx, o, helpers, o.id === editId)),
        ),
    observationForm(ctx, helpers, editingItem),
  );
}

function observationItem(ctx, o, helpers, isEditing) {
  const factId = `obs-${o.id}-text`;
  const edit = button({ label: t('step1-edit'), kind: 'quiet', id: `obs-${o.id}-edit`, attrs: { 'aria-describedby': factId } });
  edit.addEventListener('click', () => helpers.startEditing('observation', o.id));
  const remove = button({ label: t('step1-remove'), kind: 'quiet-danger', id: `obs-${o.id}-remove`, attrs: { 'aria-describedby': factId } });
  remove.addEventListener('click', () =>
    helpers.confirmRemove(ctx, { list: 'observation', id: o.id, opener: remove, announce: t('step1-observation-removed'), focus: 'observations-title' }),
  );
  const counter = o.kind === 'counter-indication';
  return h(
    'li',
    { class: ['item', 'observation', counter ? 'is-counter' : 'is-signal', isEditing ? 'is-editing' : null] },
    h(
      'div',
      { class: 'item-head' },
      h('span', { class: ['badge', counter ? 'badge-counter' : 'badge-signal'] }, counter ? t('step1-kind-counter') : t('step1-kind-signal')),
      o.date ? h('span', { class: 'item-meta' }, formatDate(o.date)) : null,
      h('span', { class: 'item-meta' }, sourceText(o)),
    ),
    h('p', { class: 'fact prewrap', id: factId }, o.fact),
    o.interpretation
      ? h('div', { class: 'interpretation-view' }, h('p', { class: 'interpretation-label' }, t('step1-interpretation-label')), h('p', { class: 'prewrap' }, o.interpretation))
      : null,
    h('div', { class: 'item-actions' }, edit, remove),
  );
}

function observationForm(ctx, helpers, item) {
  const pre = item ? `obs-${item.id}` : 'obs-new';
  const title = item ? t('step1-observation-edit-title') : t('step1-observation-add-title');
  const formError = h('div', { class: 'error-slot', id: `${pre}-form-error` });
  const form = h(
    'form',
    { class: ['form', 'form-box', item ? 'is-editing' : null], novalidate: true, 'aria-labelledby': `observation-${item ? item.id : 'new'}-form-title` },
    h('h4', { id: `observation-${item ? item.id : 'new'}-form-title`, tabindex: '-1' }, title),
    radioGroup({
      name: `${pre}-kind`,
      legend: t('step1-kind-legend'),
      inline: true,
      value: item ? item.kind : 'signal',
      options: [
        { value: 'signal', label: t('step1-kind-signal') },
        { value: 'counter-indication', label: t('step1-kind-counter') },
      ],
    }),
    textField({
      id: `${pre}-fact`,
      label: t('step1-fact-label'),
      hint: t('step1-fact-hint'),
      multiline: true,
      rows: 3,
      testid: 'observation-fact',
      value: item ? item.fact : '',
    }),
    h(
      'div',
      { class: 'field-row' },
      textField({ id: `${pre}-date`, label: t('step1-date-label'), type: 'date', value: item && item.date ? item.date : '', class: 'field-date' }),
      radioGroup({
        name: `${pre}-source`,
        legend: t('step1-source-legend'),
        value: item ? item.source.kind : 'own',
        options: [
          { value: 'own', label: t('step1-source-own') },
          { value: 'told', label: t('step1-source-told') },
        ],
      }),
    ),
    h(
      'div',
      { 'data-show-when': `${pre}-source=told` },
      textField({
        id: `${pre}-by`,
        label: t('step1-source-by-label'),
        hint: t('step1-source-by-hint'),
        value: item && item.source.kind === 'told' ? item.source.by : '',
      }),
    ),
    h(
      'div',
      { class: 'interpretation-box' },
      textField({
        id: `${pre}-interpretation`,
        label: t('step1-interpretation-input-label'),
        hint: t('step1-interpretation-hint'),
        multiline: true,
        rows: 2,
        testid: 'observation-interpretation',
        value: item ? item.interpretation : '',
      }),
    ),
    formError,
    h(
      'div',
      { class: 'actions' },
      button({ label: item ? t('step1-observation-save') : t('step1-observation-add'), kind: 'primary', type: 'submit', testid: 'observation-submit', id: `${pre}-submit` }),
      item ? button({ label: t('step1-cancel-edit'), kind: 'secondary', onClick: () => helpers.stopEditing('observation', `obs-${item.id}-edit`) }) : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (suffix) => /** @type {HTMLInputElement} */ (form.querySelector(`#${pre}-${suffix}`)).value;
    const sourceKind = radioValue(form, `${pre}-source`) || 'own';
    const observation = {
      id: item ? item.id : null,
      kind: radioValue(form, `${pre}-kind`) || 'signal',
      fact: value('fact'),
      date: value('date') || null,
      source: sourceKind === 'told' ? { kind: 'told', by: value('by') } : { kind: 'own' },
      interpretation: value('interpretation'),
    };
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'save-observation', observation },
      {
        onError: (err) => {
          const what = err.args && err.args.what;
          const target = what === 'fact' ? form.querySelector(`#${pre}-fact`) : what === 'told-by' ? form.querySelector(`#${pre}-by`) : formError;
          showError(target, err);
          if (target !== formError) target.focus();
        },
        onSuccess: () => {
          helpers.settle(sent);
          if (item) helpers.doneEditing('observation');
        },
        announce: item ? t('step1-observation-saved') : t('step1-observation-added'),
        focus: item ? `obs-${item.id}-edit` : 'obs-new-fact',
      },
    );
  });
  return form;
}

// ---------- Quotes ----------

function quotes(ctx, view, helpers) {
  const list = view.case.quotes;
  const add = button({ label: t('step1-quote-add'), kind: 'secondary', id: 'quote-add', testid: 'quote-add' });
  add.addEventListener('click', () => ctx.openDisclosure({ opener: add }));
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'quote-list-heading' },
    h('h3', { id: 'quote-list-heading', tabindex: '-1' }, t('step1-quotes-title')),
    h('p', { class: 'hint' }, t('step1-quotes-hint')),
    list.length === 0
      ? h('p', { class: 'empty' }, t('step1-quotes-empty'))
      : h(
          'ul',
          { class: 'items', 'data-testid': 'quote-list', 'aria-labelledby': 'quote-list-heading' },
          list.map((q) => {
            const wordsId = `quote-${q.id}-words`;
            const edit = button({ label: t('step1-edit'), kind: 'quiet', id: `quote-${q.id}-edit`, attrs: { 'aria-describedby': wordsId } });
            edit.addEventListener('click', () => ctx.openDisclosure({ opener: edit, quote: q }));
            const remove = button({ label: t('step1-remove'), kind: 'quiet-danger', id: `quote-${q.id}-remove`, attrs: { 'aria-describedby': wordsId } });
            remove.addEventListener('click', () =>
              helpers.confirmRemove(ctx, { list: 'quote', id: q.id, opener: remove, announce: t('step1-quote-removed'), focus: 'quote-list-heading' }),
            );
            return h(
              'li',
              { class: ['item', 'quote'] },
              h('p', { class: 'item-head' }, h('span', { class: 'item-meta' }, formatDateTime(q.said_at)), q.who ? h('span', { class: 'item-meta' }, q.who) : null),
              q.question_before
                ? h('div', { class: 'quote-before' }, h('p', { class: 'quote-label' }, t('step1-quote-before-label')), h('p', { class: 'prewrap' }, q.question_before))
                : null,
              h('blockquote', { class: 'quote-words' }, h('p', { class: 'prewrap', id: wordsId }, q.words)),
              q.context ? h('p', { class: 'quote-context' }, h('span', { class: 'quote-label' }, t('step1-quote-context-label')), ' ', q.context) : null,
              h('div', { class: 'item-actions' }, edit, remove),
            );
          }),
        ),
    h('div', { class: 'actions' }, add),
  );
}
