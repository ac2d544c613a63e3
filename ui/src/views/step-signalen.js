// @ts-check
// Step 1, signalen in kaart brengen: forms of violence, observations (fact apart from
// interpretation, with their source) and someone's own words, literally.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { announce, button, checkbox, clearErrors, fieldValue, formatDate, formatDateTime, radioGroup, radioValue, showError, sources, textField } from '../ui.js';

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function renderSignalen(ctx, view, helpers) {
  const subject = ctx.protocol.subjects.find((s) => s.id === view.case.subject);
  const kc = view.kindcheck;
  // What fits the case, from content: the Kindcheck for a subject it is for (or once offered,
  // started or an oudersignaal is ticked); the partner red flags folded for a minor subject
  // unless one is recorded; the signal lists of the subject's age group open, the others
  // folded together.
  const kindcheckFits = !subject || subject.kindcheck || kc.offered || Boolean(kc.variant) || view.case.kindcheck_triggers.length > 0;
  /** @type {[?string, ?string, ?HTMLElement][]} id of the heading, jump label, the section */
  const sections = /** @type {any} */ ([
    ['observations-title', t('step1-observations-title'), observations(ctx, view, helpers)],
    ['quote-list-heading', t('step1-quotes-jump'), quotes(ctx, view, helpers)],
    ['situations-title', t('step1-situations-title'), situations(ctx, view, helpers)],
    ['forms-title', t('step1-forms-title'), forms(ctx, view, helpers)],
    [null, null, suspectRelation(ctx, view, helpers)],
    kindcheckFits ? ['kindcheck-title', t('step1-kindcheck-jump'), kindcheck(ctx, view, helpers)] : null,
    ['red-flags-title', t('step1-red-flags-title'), redFlags(ctx, view, helpers, Boolean(subject && subject.minor))],
    ['signal-lists-title', t('step1-signal-lists-title'), signalLists(ctx, view, helpers)],
  ]).filter((x) => x && x[2]);
  const jump = h(
    'nav',
    { class: 'jump-links', 'aria-label': t('step1-jump-label'), 'data-testid': 'step1-jump-links' },
    h(
      'ul',
      null,
      sections
        .filter(([id]) => id)
        .map(([id, label]) =>
          h(
            'li',
            null,
            button({
              label,
              kind: 'link',
              onClick: () => {
                const target = document.getElementById(id);
                if (!target) return;
                if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                target.scrollIntoView({ block: 'start' });
                target.focus({ preventScroll: true });
              },
            }),
          ),
        ),
    ),
  );
  return [jump, ...sections.map((x) => x[2])];
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
            // A situation suggested by recorded words is not ticked for the professional: it
            // stays a suggestion until they tick it (record, don't derive).
            checked: recorded.has(s.id),
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

// ---------- Who is suspected ----------

/** Who the suspected person is to the one the concern is about (a parent reads the school file). */
function suspectRelation(ctx, view, helpers) {
  const group = radioGroup({
    name: 'suspect-relation',
    legend: t('step1-suspect-relation-title'),
    hint: t('step1-suspect-relation-hint'),
    value: view.case.suspect_relation || '',
    options: [
      { value: '', label: t('step1-suspect-relation-none'), testid: 'suspect-relation-none' },
      ...ctx.protocol.suspect_relations.map((r) => ({ value: r.id, label: r.label, testid: `suspect-relation-${r.id}` })),
    ],
    onChange: (event) => {
      const input = event.currentTarget;
      const sent = helpers.snapshot(input);
      ctx.edit(
        { op: 'set-suspect-relation', relation: input.value || null },
        { onError: (err) => showError(document.getElementById('suspect-relation-error'), err), onSuccess: () => helpers.settle(sent), focus: `suspect-relation-${input.value}` },
      );
    },
  });
  return h('section', { class: 'block', 'aria-labelledby': 'suspect-relation-group' }, group);
}

// ---------- Kindcheck ----------

/**
 * The Kindcheck panel: the oudersignalen, and once started its questions, the children and the
 * outcome. Whether it is offered, which question is open and where it ends all come from the
 * backend (view.kindcheck); this view only shows them. `top`: the Kindcheck is the screen's
 * only content (a Kindcheck-only case), so its heading is an h2 under the case's h1 rather
 * than an h3 in step 1 (heading order, WCAG 1.3.1).
 * @param {{top?: boolean}} [options]
 */
export function kindcheck(ctx, view, helpers, options = {}) {
  const head = options.top ? 'h2' : 'h3';
  const sub = options.top ? 'h3' : 'h4';
  const kc = view.kindcheck;
  const p = ctx.protocol;
  const err = () => document.getElementById('kindcheck-error');
  const send = (edit, opts = {}) => ctx.edit(edit, { onError: (e) => showError(err(), e), ...opts });
  const triggers = new Set(view.case.kindcheck_triggers);
  // A form recorded above that is an oudersignaal in itself: shown ticked, not asked again.
  const fromForms = new Set(kc.from_forms);
  const started = Boolean(kc.variant);
  const variant = started ? p.kindcheck_variants.find((v) => v.id === kc.variant) : null;

  const triggerBoxes = h(
    'fieldset',
    { class: 'fieldset', 'aria-describedby': 'kindcheck-triggers-hint' },
    h('legend', { class: 'legend' }, t('step1-kindcheck-triggers-title')),
    h('p', { class: 'hint', id: 'kindcheck-triggers-hint' }, t('step1-kindcheck-triggers-hint')),
    h(
      'div',
      { class: 'choices columns' },
      p.kindcheck_triggers.map((tr) =>
        checkbox({
          id: `kindcheck-trigger-${tr.id}`,
          label: tr.label,
          hint: fromForms.has(tr.id) && !triggers.has(tr.id) ? t('step1-kindcheck-trigger-from-form') : undefined,
          checked: triggers.has(tr.id) || fromForms.has(tr.id),
          disabled: fromForms.has(tr.id) && !triggers.has(tr.id),
          testid: `kindcheck-trigger-${tr.id}`,
          onChange: (event) => {
            const input = event.currentTarget;
            const sent = helpers.snapshot(input);
            send({ op: 'set-kindcheck-trigger', trigger: tr.id, on: input.checked }, { onSuccess: () => helpers.settle(sent), focus: `kindcheck-trigger-${tr.id}` });
          },
        }),
      ),
    ),
  );

  const start = started
    ? null
    : h(
        'div',
        { class: 'kindcheck-start' },
        p.kindcheck_variants.map((v) =>
          h(
            'div',
            { class: 'kindcheck-variant' },
            button({
              label: v.label,
              kind: kc.offered && v.id === kc.suggested ? 'primary' : 'secondary',
              id: `kindcheck-start-${v.id}`,
              testid: `kindcheck-start-${v.id}`,
              attrs: { 'aria-describedby': `kindcheck-variant-${v.id}-hint` },
              onClick: () => send({ op: 'set-kindcheck-variant', variant: v.id }, { announce: t('step1-kindcheck-started'), focus: 'kindcheck-title' }),
            }),
            h('p', { class: 'hint', id: `kindcheck-variant-${v.id}-hint` }, v.hint),
          ),
        ),
      );

  const questionIds = kc.answered.map((a) => a.question).concat(kc.pending ? [kc.pending] : []);
  const answers = new Map(kc.answered.map((a) => [a.question, a.option]));
  const questions = questionIds.map((qid) => {
    const q = p.kindcheck_questions[qid];
    return h(
      'div',
      { class: 'kindcheck-question', 'data-testid': `kindcheck-question-${q.id}` },
      radioGroup({
        name: `kindcheck-q-${q.id}`,
        legend: q.text,
        hint: q.help,
        value: answers.get(q.id) || null,
        options: q.options.map((o) => ({ value: o.id, label: o.label, testid: `kindcheck-${q.id}-${o.id}` })),
        onChange: (event) =>
          send({ op: 'set-kindcheck-answer', question: q.id, option: event.currentTarget.value }, { focus: `kindcheck-q-${q.id}-${event.currentTarget.value}` }),
      }),
      sources(q.provenance, `kindcheck-q-${q.id}`),
    );
  });

  const outcome = kc.outcome
    ? h(
        'div',
        { class: ['notice', kc.outcome.follow_meldcode ? 'notice-warning' : 'notice-info', 'kindcheck-outcome'], 'data-testid': 'kindcheck-outcome' },
        h('p', { class: 'prewrap' }, kc.outcome.text),
        kc.outcome.actions.length ? h('ol', { class: 'kindcheck-actions' }, kc.outcome.actions.map((a) => h('li', null, a))) : null,
        sources(kc.outcome.provenance, `kindcheck-outcome-${kc.outcome.id}`),
      )
    : null;

  return h(
    'section',
    { class: ['block', 'kindcheck', kc.offered && !started ? 'is-offered' : null], 'aria-labelledby': 'kindcheck-title', 'data-testid': 'kindcheck' },
    h(head, { id: 'kindcheck-title', tabindex: '-1' }, t('step1-kindcheck-title')),
    h('p', { class: 'hint' }, t('step1-kindcheck-hint')),
    kc.offered && !started ? h('p', { class: 'notice notice-warning', role: 'status', 'data-testid': 'kindcheck-offered' }, t('step1-kindcheck-offered')) : null,
    h('div', { id: 'kindcheck-error', class: 'error-slot' }),
    triggerBoxes,
    start,
    started
      ? h(
          'div',
          { class: 'kindcheck-flow' },
          h(
            'div',
            { class: 'kindcheck-head' },
            h('p', { class: 'kindcheck-variant-label' }, variant ? variant.label : ''),
            h('p', { class: 'kindcheck-summary', 'data-testid': 'kindcheck-summary' }, kc.summary),
          ),
          questions,
          kc.ask_children ? childrenForm(ctx, view, helpers, sub) : null,
          outcome,
          kc.outcome && kc.outcome.record_handover ? handoverForm(ctx, view, helpers, sub) : null,
          kc.outcome && kc.outcome.closes ? closeForm(ctx, view, send, sub) : null,
          h(
            'div',
            { class: 'actions' },
            button({
              label: t('step1-kindcheck-remove'),
              kind: 'quiet-danger',
              id: 'kindcheck-remove',
              onClick: () => send({ op: 'set-kindcheck-variant', variant: null }, { announce: t('step1-kindcheck-removed'), focus: 'kindcheck-title' }),
            }),
          ),
        )
      : null,
    h('p', { class: 'hint' }, t('step1-kindcheck-not-proof')),
  );
}

/** @param {'h3' | 'h4'} sub the heading's tag */
function childrenForm(ctx, view, helpers, sub) {
  const c = (view.case.kindcheck && view.case.kindcheck.children) || {};
  const pregnant = c.pregnant === true ? 'ja' : c.pregnant === false ? 'nee' : 'onbekend';
  const form = h(
    'form',
    { class: ['form', 'form-box'], novalidate: true, 'aria-labelledby': 'kindcheck-children-title', 'data-testid': 'kindcheck-children' },
    h(sub, { id: 'kindcheck-children-title', tabindex: '-1' }, t('step1-kindcheck-children-title')),
    h(
      'div',
      { class: 'field-row' },
      textField({ id: 'kc-number', label: t('step1-kindcheck-number'), type: 'number', value: c.number == null ? '' : String(c.number), class: 'field-date' }),
      textField({ id: 'kc-ages', label: t('step1-kindcheck-ages'), value: c.ages || '' }),
    ),
    textField({ id: 'kc-partner', label: t('step1-kindcheck-partner-children'), value: c.partner_children || '' }),
    radioGroup({
      name: 'kc-pregnant',
      legend: t('step1-kindcheck-pregnant'),
      inline: true,
      value: pregnant,
      options: [
        { value: 'ja', label: t('step1-kindcheck-yes') },
        { value: 'nee', label: t('step1-kindcheck-no') },
        { value: 'onbekend', label: t('step1-kindcheck-unknown') },
      ],
    }),
    textField({ id: 'kc-carers', label: t('step1-kindcheck-carers'), hint: t('step1-kindcheck-carers-hint'), value: c.carers || '' }),
    h('div', { id: 'kc-children-error', class: 'error-slot' }),
    h('div', { class: 'actions' }, button({ label: t('step1-kindcheck-children-save'), kind: 'secondary', type: 'submit', id: 'kc-children-save', testid: 'kindcheck-children-save' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (id) => fieldValue(form.querySelector(`#${id}`));
    const n = value('kc-number').trim();
    const preg = radioValue(form, 'kc-pregnant');
    const children = {
      number: n === '' ? null : Math.max(0, Math.min(255, Number.parseInt(n, 10) || 0)),
      ages: value('kc-ages'),
      partner_children: value('kc-partner'),
      pregnant: preg === 'ja' ? true : preg === 'nee' ? false : null,
      carers: value('kc-carers'),
    };
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-kindcheck-children', children },
      {
        onError: (e) => showError(document.getElementById('kc-children-error'), e),
        onSuccess: () => helpers.settle(sent),
        announce: t('step1-kindcheck-children-saved'),
        focus: 'kc-children-save',
      },
    );
  });
  return form;
}

/** Where the outcome hands the concern over or passes it on: to whom, when, what was agreed. */
/** @param {'h3' | 'h4'} sub the heading's tag */
function handoverForm(ctx, view, helpers, sub) {
  const text = (view.case.kindcheck && view.case.kindcheck.handover) || '';
  const form = h(
    'form',
    { class: ['form', 'form-box'], novalidate: true, 'aria-labelledby': 'kindcheck-handover-title', 'data-testid': 'kindcheck-handover' },
    h(sub, { id: 'kindcheck-handover-title', tabindex: '-1' }, t('step1-kindcheck-handover-title')),
    textField({
      id: 'kc-handover',
      label: t('step1-kindcheck-handover-label'),
      hint: t('step1-kindcheck-handover-hint'),
      multiline: true,
      rows: 3,
      value: text,
      testid: 'kindcheck-handover-text',
    }),
    h('div', { id: 'kc-handover-error', class: 'error-slot' }),
    h('div', { class: 'actions' }, button({ label: t('step1-kindcheck-handover-save'), kind: 'secondary', type: 'submit', id: 'kc-handover-save', testid: 'kindcheck-handover-save' })),
    // When to check back that the other professional took it up (a follow-up on the case list).
    textField({
      id: 'kc-check-back',
      label: t('step1-kindcheck-check-back-label'),
      hint: t('step1-kindcheck-check-back-hint'),
      type: 'date',
      value: (view.case.kindcheck && view.case.kindcheck.check_back) || '',
      class: 'field-date',
      testid: 'kindcheck-check-back',
      onChange: (event) => {
        const input = event.currentTarget;
        const sent = helpers.snapshot(input);
        ctx.edit(
          { op: 'set-kindcheck-check-back', on: fieldValue(input) || null },
          { onError: (e) => showError(input, e), onSuccess: () => helpers.settle(sent), focus: 'kc-check-back' },
        );
      },
    }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = /** @type {HTMLTextAreaElement} */ (form.querySelector('#kc-handover')).value;
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-kindcheck-handover', text: value },
      {
        onError: (e) => showError(document.getElementById('kc-handover-error'), e),
        onSuccess: () => helpers.settle(sent),
        announce: t('step1-kindcheck-handover-saved'),
        focus: 'kc-handover-save',
      },
    );
  });
  return form;
}

/** @param {'h3' | 'h4'} sub the heading's tag */
function closeForm(ctx, view, send, sub) {
  const kc = view.case.kindcheck;
  if (kc && kc.closed) {
    return h(
      'div',
      { class: 'kindcheck-closed', 'data-testid': 'kindcheck-closed' },
      h('p', { class: 'item-meta' }, view.kindcheck.closed_at),
      h('p', { class: 'prewrap' }, kc.closed.note),
      button({
        label: t('step1-kindcheck-reopen'),
        kind: 'secondary',
        id: 'kindcheck-reopen',
        onClick: () => send({ op: 'set-kindcheck-closed', note: null }, { focus: 'kindcheck-title' }),
      }),
    );
  }
  const form = h(
    'form',
    // Submitting closes the Kindcheck: the note is a draft until the button is pressed.
    { class: ['form', 'form-box'], novalidate: true, 'aria-labelledby': 'kindcheck-close-title', 'data-autosave': 'off' },
    h(sub, { id: 'kindcheck-close-title' }, t('step1-kindcheck-close-title')),
    textField({ id: 'kc-note', label: t('step1-kindcheck-note'), hint: t('step1-kindcheck-note-hint'), multiline: true, rows: 2, testid: 'kindcheck-note' }),
    h('div', { class: 'actions' }, button({ label: t('step1-kindcheck-close'), kind: 'primary', type: 'submit', id: 'kindcheck-close', testid: 'kindcheck-close' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const note = /** @type {HTMLTextAreaElement} */ (form.querySelector('#kc-note')).value;
    send({ op: 'set-kindcheck-closed', note }, { announce: t('step1-kindcheck-closed'), focus: 'kindcheck-title' });
  });
  return form;
}

// ---------- Signal checklists ----------

/**
 * Checklists by age group and by form of elder abuse. Picking a signal puts its text in the
 * new-observation form, to be completed as a fact; nothing is recorded until it is saved.
 * The lists for the subject's age (minor or adult) are open; the others can be opened.
 */
function signalLists(ctx, view, helpers) {
  const subject = ctx.protocol.subjects.find((s) => s.id === view.case.subject);
  const minor = subject ? subject.minor : null;
  const pick = (s) => {
    if (!document.getElementById('obs-new-fact')) helpers.stopEditing('observation', 'obs-new-fact');
    const fact = /** @type {HTMLTextAreaElement} */ (document.getElementById('obs-new-fact'));
    if (!fact) return;
    fact.value = s.label;
    // Tell the draft keeper the text changed (as typing would).
    const typed = 'input';
    fact.dispatchEvent(new Event(typed, { bubbles: true }));
    fact.focus();
    announce(t('step1-signal-picked'));
  };
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'signal-lists-title', 'data-testid': 'signal-lists' },
    h('h3', { id: 'signal-lists-title' }, t('step1-signal-lists-title')),
    h('p', { class: 'hint' }, t('step1-signal-lists-hint')),
    h('p', { class: 'notice notice-info' }, t('step1-signal-lists-not-proof')),
    ctx.protocol.signal_groups.filter((g) => fits(g) || minor === null).map(group),
    // The lists for another age group: folded together, one line.
    minor === null
      ? null
      : h(
          'details',
          { class: 'fold signal-others', 'data-testid': 'signal-lists-others' },
          h('summary', null, t('step1-signal-lists-others')),
          ctx.protocol.signal_groups.filter((g) => !fits(g)).map(group),
        ),
  );

  /** A list fits the subject's age: minor or adult, and its age group where it names one. */
  function fits(g) {
    return g.minor === minor && (g.subjects.length === 0 || g.subjects.includes(view.case.subject));
  }

  function group(g) {
    return h(
        'details',
        { class: 'signal-group', open: fits(g) ? true : null, 'data-testid': `signal-group-${g.id}` },
        h('summary', null, g.label),
        h(
          'ul',
          { class: 'signal-list' },
          g.signals.map((s) =>
            h(
              'li',
              { class: 'signal-item' },
              h('span', { class: 'signal-label', id: `signal-${s.id}-label` }, s.label),
              s.forms.length ? h('span', { class: 'item-meta signal-forms' }, `${t('step1-signal-forms')} ${s.forms.join(', ')}`) : null,
              button({
                label: t('step1-signal-pick'),
                kind: 'quiet',
                id: `signal-${s.id}-pick`,
                testid: `signal-pick-${s.id}`,
                attrs: { 'aria-describedby': `signal-${s.id}-label` },
                onClick: () => pick(s),
              }),
            ),
          ),
        ),
        sources(g.provenance, `signal-group-${g.id}`),
      );
  }
}

// ---------- Escalation red flags ----------

function redFlags(ctx, view, helpers, folded) {
  const recorded = new Set(view.case.red_flags);
  const body = redFlagsBody(ctx, view, helpers, recorded);
  // For a minor subject the signals between (ex-)partners are folded until one is recorded.
  if (folded && recorded.size === 0) {
    return h(
      'section',
      { class: 'block', 'aria-labelledby': 'red-flags-title', 'data-testid': 'red-flags' },
      h(
        'details',
        { class: 'fold' },
        h('summary', { 'data-testid': 'red-flags-fold' }, h('h3', { id: 'red-flags-title', class: 'fold-title' }, t('step1-red-flags-title'))),
        body,
      ),
    );
  }
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'red-flags-title', 'data-testid': 'red-flags' },
    h('h3', { id: 'red-flags-title' }, t('step1-red-flags-title')),
    body,
  );
}

function redFlagsBody(ctx, view, helpers, recorded) {
  return [
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
  ];
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
    const value = (suffix) => fieldValue(form.querySelector(`#${pre}-${suffix}`));
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
          const target = /** @type {HTMLElement} */ (what === 'fact' ? form.querySelector(`#${pre}-fact`) : what === 'told-by' ? form.querySelector(`#${pre}-by`) : formError);
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
  const speakers = new Map(ctx.protocol.speakers.map((s) => [s.id, s.label]));
  const unstated = new Set(view.quotes_without_speaker);
  const add = button({ label: t('step1-quote-add'), kind: 'secondary', id: 'quote-add', testid: 'quote-add' });
  add.addEventListener('click', () => ctx.openDisclosure({ opener: add }));
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'quote-list-heading' },
    h('h3', { id: 'quote-list-heading', tabindex: '-1' }, t('step1-quotes-title')),
    h('p', { class: 'hint' }, t('step1-quotes-hint')),
    unstated.size > 0
      ? h('p', { class: ['notice', 'notice-warning'], 'data-testid': 'quotes-unstated' }, t('step1-quotes-unstated'))
      : null,
    list.length === 0
      ? h('p', { class: 'empty' }, t('step1-quotes-empty'))
      : h(
          'ul',
          { class: 'items', 'data-testid': 'quote-list', 'aria-labelledby': 'quote-list-heading' },
          list.map((q) => {
            const wordsId = `quote-${q.id}-words`;
            const missing = unstated.has(q.id);
            const edit = button({
              label: missing ? t('step1-quote-speaker-ask') : t('step1-edit'),
              kind: missing ? 'secondary' : 'quiet',
              id: `quote-${q.id}-edit`,
              testid: `quote-${q.id}-edit`,
              attrs: { 'aria-describedby': wordsId },
            });
            edit.addEventListener('click', () => ctx.openDisclosure({ opener: edit, quote: q }));
            const remove = button({ label: t('step1-remove'), kind: 'quiet-danger', id: `quote-${q.id}-remove`, attrs: { 'aria-describedby': wordsId } });
            remove.addEventListener('click', () =>
              helpers.confirmRemove(ctx, { list: 'quote', id: q.id, opener: remove, announce: t('step1-quote-removed'), focus: 'quote-list-heading' }),
            );
            return h(
              'li',
              { class: ['item', 'quote'] },
              h(
                'p',
                { class: 'item-head' },
                h('span', { class: 'item-meta' }, formatDateTime(q.said_at)),
                missing
                  ? h('span', { class: ['item-meta', 'speaker-unstated'], 'data-testid': `quote-${q.id}-speaker` }, t('step1-quote-speaker-unstated'))
                  : h('span', { class: ['item-meta', 'speaker'], 'data-testid': `quote-${q.id}-speaker` }, speakers.get(q.speaker) || q.speaker),
                q.who ? h('span', { class: 'item-meta' }, q.who) : null,
              ),
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
