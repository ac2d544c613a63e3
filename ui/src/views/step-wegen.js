// Step 4, wegen: the field's afwegingskader, its five afwegingen in order, and where the
// route stands. The route (which afwegingen count, which outcome an answer reaches, what is
// weighed with Veilig Thuis) comes from the backend; this view only shows it.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { button, clearErrors, radioGroup, radioValue, showError, sources, textField } from '../ui.js';

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function renderWegen(ctx, view, helpers) {
  const p = ctx.protocol;
  const route = view.route;
  return [
    h(
      'section',
      { class: 'block kader-box', 'aria-labelledby': 'kader-title' },
      h('p', { class: 'kader-kicker' }, t('step4-kader-title')),
      h('h3', { id: 'kader-title' }, view.kader.label),
      view.kader.own_wording ? null : h('p', { class: 'hint prewrap' }, view.kader.note),
      sources(view.kader.provenance, `kader-${view.kader.id}`),
    ),
    h(
      'section',
      { class: 'route-now', 'aria-labelledby': 'route-now-title', 'data-testid': 'route-summary' },
      h('h3', { id: 'route-now-title' }, t('step4-route-title')),
      h('p', { class: 'route-summary' }, route.summary),
    ),
    h('ol', { class: 'afwegingen' }, p.questions.map((q) => afweging(ctx, view, helpers, q))),
  ];
}

function afweging(ctx, view, helpers, q) {
  const p = ctx.protocol;
  const route = view.route;
  const walked = route.walked.find((w) => w.question === q.id) || null;
  const pending = route.pending_question === q.id && route.pending !== 'complete';
  const onRoute = Boolean(walked) || pending;
  const withVeiligThuis = (walked && walked.with_veilig_thuis) || (pending && route.pending_with_veilig_thuis);
  const answer = view.case.answers[q.id] || null;
  const followUp = view.case.follow_ups.find((f) => f.question === q.id) || null;
  const isFollowUp = q.timing === 'follow-up' && ((pending && route.pending === 'follow-up') || Boolean(followUp));
  const titleId = `afweging-${q.id}-title`;
  const groupName = `answer-${q.id}`;
  const reasonId = `reason-${q.id}`;

  const save = (value) => {
    const item = document.getElementById(`afweging-${q.id}`);
    const reason = /** @type {HTMLTextAreaElement} */ (document.getElementById(reasonId));
    const group = document.getElementById(`${groupName}-group`);
    clearErrors(item);
    const sent = helpers.snapshot(group, reason);
    ctx.edit(
      { op: 'set-answer', question: q.id, value, reason: value ? reason.value : '' },
      {
        onError: (err) => showError(err.code === 'error-text-too-long' ? reason : group, err),
        onSuccess: () => helpers.settle(sent),
        announce: value ? t('step4-answer-saved') : t('step4-answer-cleared'),
      },
    );
  };

  const outcome = walked && walked.outcome ? p.outcomes[walked.outcome] : null;
  const attention = view.attention.includes(q.id);
  const chips = [
    attention ? h('span', { class: 'chip chip-attention' }, t('step4-chip-attention')) : null,
    pending && route.pending === 'follow-up' ? h('span', { class: 'chip chip-next' }, t('step4-chip-follow-up')) : null,
    pending && route.pending === 'question' ? h('span', { class: 'chip chip-next' }, t('step4-chip-next')) : null,
    pending && route.pending === 'advice' ? h('span', { class: 'chip chip-advice' }, t('step4-chip-advice')) : null,
    walked && !pending ? h('span', { class: 'chip chip-walked' }, t('step4-chip-on-route')) : null,
    withVeiligThuis ? h('span', { class: 'chip chip-vt' }, t('step4-chip-with-veilig-thuis')) : null,
  ];

  const clear = answer
    ? button({ label: t('step4-answer-clear'), kind: 'quiet', id: `answer-${q.id}-clear`, attrs: { 'aria-describedby': titleId } })
    : null;
  if (clear) clear.addEventListener('click', () => save(null));

  return h(
    'li',
    {
      class: ['afweging', onRoute ? 'on-route' : 'off-route', pending ? 'is-pending' : null, attention ? 'has-attention' : null],
      id: `afweging-${q.id}`,
      'data-testid': `afweging-${q.id}`,
    },
    h(
      'div',
      { class: 'afweging-head' },
      h('span', { class: 'afweging-number', 'aria-hidden': 'true' }, String(q.number)),
      h('h3', { id: titleId }, h('span', { class: 'visually-hidden' }, `${t('step4-afweging')} ${q.number}: `), q.label),
      h('div', { class: 'chips' }, chips),
    ),
    onRoute ? null : h('p', { class: 'off-route-note' }, t('step4-off-route')),
    attention ? h('p', { class: 'notice notice-acute', 'data-testid': `attention-${q.id}` }, t('step4-attention-note')) : null,
    h('p', { class: 'official-label' }, t('step4-official-label')),
    h('blockquote', { class: 'official' }, h('p', null, q.text)),
    sources(q.provenance, `question-${q.id}`),
    h('p', { class: 'help prewrap' }, q.help),
    isFollowUp ? followUpBox(ctx, helpers, q, followUp) : null,
    h(
      'div',
      { class: 'answer-row' },
      radioGroup({
        name: groupName,
        legend: isFollowUp ? t('step4-answer-later-legend') : t('step4-answer-legend'),
        inline: true,
        value: answer ? answer.value : null,
        options: p.answers.map((a) => ({ value: a.id, label: a.label, testid: `answer-${q.id}-${a.id}` })),
        onChange: (event) => save(event.currentTarget.value),
      }),
      textField({
        id: reasonId,
        label: t('step4-reason-label'),
        multiline: true,
        rows: 2,
        testid: reasonId,
        value: answer ? answer.reason : '',
        onChange: () => {
          const value = radioValue(document, groupName);
          // Without an answer there is nothing to attach the reason to yet: it stays a draft
          // and goes along with the answer.
          if (value) save(value);
        },
      }),
    ),
    outcome
      ? h(
          'div',
          { class: ['outcome', outcome.advice ? 'is-advice' : null], 'data-testid': `outcome-${q.id}` },
          h('p', { class: 'outcome-label' }, outcome.advice ? t('step4-advice-label') : t('step4-outcome-label')),
          h('p', { class: 'outcome-text' }, outcome.text),
        )
      : null,
    clear ? h('div', { class: 'actions actions-tight' }, clear) : null,
  );
}

function followUpBox(ctx, helpers, q, followUp) {
  const dueId = `followup-${q.id}-due`;
  const noteId = `followup-${q.id}-note`;
  const formError = h('div', { class: 'error-slot' });
  const clear = followUp ? button({ label: t('step4-follow-up-clear'), kind: 'quiet', id: `followup-${q.id}-clear` }) : null;
  const form = h(
    'form',
    { class: 'form form-box follow-up', novalidate: true, 'aria-labelledby': `followup-${q.id}-title` },
    h('h4', { id: `followup-${q.id}-title` }, t('step4-follow-up-title')),
    h('p', { class: 'hint' }, t('step4-follow-up-hint')),
    textField({ id: dueId, label: t('step4-follow-up-due-label'), type: 'date', value: followUp ? followUp.due : '', testid: `followup-${q.id}-due`, class: 'field-date' }),
    textField({ id: noteId, label: t('step4-follow-up-note-label'), multiline: true, rows: 2, value: followUp ? followUp.note : '' }),
    formError,
    h('div', { class: 'actions' }, button({ label: t('step4-follow-up-submit'), kind: 'secondary', type: 'submit', id: `followup-${q.id}-submit`, testid: `followup-${q.id}-submit` }), clear),
  );
  const send = (due, note, announce) => {
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-follow-up', question: q.id, due, note },
      { onError: (err) => showError(formError, err), onSuccess: () => helpers.settle(sent), announce },
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const due = form.querySelector(`#${dueId}`).value;
    if (!due) {
      showError(form.querySelector(`#${dueId}`), { message: t('step4-follow-up-due-required') });
      form.querySelector(`#${dueId}`).focus();
      return;
    }
    send(due, form.querySelector(`#${noteId}`).value, t('step4-follow-up-saved'));
  });
  if (clear) clear.addEventListener('click', () => send(null, '', t('step4-follow-up-cleared')));
  return form;
}
