// @ts-check
// Step 4, wegen: the field's afwegingskader, its five afwegingen in order, and where the
// route stands. The route (which afwegingen count, which outcome an answer reaches, what is
// weighed with Veilig Thuis) comes from the backend; this view only shows it.

import { t } from '../l10n.js';
import { h } from '../dom.js';
import { button, checkbox, clearErrors, fieldValue, radioGroup, radioValue, showError, sources, textField } from '../ui.js';
import { adultSummary } from './adult.js';

// The gezinsprofielen panel opens only on request; whether it is open lives in memory only,
// per case.
const profilesOpen = new Set();

/**
 * @param {Object} ctx
 * @param {Object} view
 * @param {Object} helpers
 */
export function renderWegen(ctx, view, helpers) {
  const p = ctx.protocol;
  const route = view.route;
  return [
    adultSummary(view),
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
    safetyQuestions(ctx, view, helpers),
    familyProfiles(ctx, view, helpers),
  ];
}

// ---------- Top3 safety questions: a draft veiligheidsplan kept with the case ----------

function safetyQuestions(ctx, view, helpers) {
  const plan = view.case.safety_plan;
  const questions = ctx.protocol.safety_questions;
  const formError = h('div', { class: 'error-slot' });
  const agreements = [...plan.agreements, { who: '', what: '', by_when: null }];
  const scales = [...plan.scales, { person: '', score: null }];
  const part = (q, body) =>
    h(
      'fieldset',
      { class: 'fieldset safety-question', 'data-testid': `safety-${q.id}` },
      h('legend', null, q.text),
      // The help for this case (the backend picks the victim-only help under coercive control).
      h('p', { class: 'hint prewrap', 'data-testid': `safety-help-${q.id}` }, view.safety_help[q.id] || q.help),
      body,
      sources(q.provenance, `safety-${q.id}`),
    );
  const body = (q) => {
    switch (q.kind) {
      case 'top3':
        return [0, 1, 2].map((i) =>
          textField({ id: `safety-situation-${i}`, label: `${t('safety-situation-label')} ${i + 1}`, multiline: true, rows: 2, value: plan.unsafe_situations[i] || '', testid: `safety-situation-${i}` }),
        );
      case 'text':
        return textField({ id: `safety-text-${q.id}`, label: q.text, labelClass: 'visually-hidden', multiline: true, rows: 3, value: plan.texts[q.id] || '', testid: `safety-text-${q.id}` });
      case 'agreements':
        return h(
          'ol',
          { class: 'safety-agreements' },
          agreements.map((a, i) =>
            h(
              'li',
              null,
              textField({ id: `safety-agreement-${i}-who`, label: t('safety-agreement-who'), value: a.who }),
              textField({ id: `safety-agreement-${i}-what`, label: t('safety-agreement-what'), multiline: true, rows: 2, value: a.what }),
              textField({ id: `safety-agreement-${i}-by`, label: t('safety-agreement-by-when'), type: 'date', value: a.by_when || '', class: 'field-date' }),
            ),
          ),
        );
      case 'monitoring':
        return [
          textField({ id: 'safety-monitor', label: t('safety-monitor-label'), value: plan.monitor, testid: 'safety-monitor' }),
          textField({ id: 'safety-evaluate-on', label: t('safety-evaluate-on-label'), type: 'date', value: plan.evaluate_on || '', class: 'field-date', testid: 'safety-evaluate-on' }),
        ];
      case 'scale':
        return h(
          'ul',
          { class: 'safety-scales' },
          scales.map((x, i) =>
            h(
              'li',
              null,
              textField({ id: `safety-scale-${i}-person`, label: t('safety-scale-person'), value: x.person }),
              h(
                'div',
                { class: 'field' },
                h('label', { for: `safety-scale-${i}-score` }, t('safety-scale-score')),
                h(
                  'select',
                  { id: `safety-scale-${i}-score`, on: { change: () => form.requestSubmit() } },
                  h('option', { value: '', selected: x.score === null }, t('safety-scale-none')),
                  Array.from({ length: 11 }, (_, n) => h('option', { value: String(n), selected: x.score === n }, String(n))),
                ),
              ),
            ),
          ),
        );
      default:
        return null;
    }
  };
  const form = h(
    'form',
    { class: 'form form-box safety-plan', novalidate: true, 'aria-labelledby': 'safety-title', 'data-testid': 'safety-plan' },
    h('h3', { id: 'safety-title' }, t('safety-title')),
    view.safety_framing
      ? h(
          'div',
          {
            class: ['notice', view.coercive_control.length ? 'notice-acute' : 'notice-info'],
            'data-testid': 'safety-framing',
            'data-framing': view.safety_framing.id,
          },
          h('p', { class: 'prewrap' }, view.safety_framing.text),
          sources(view.safety_framing.provenance, 'safety-framing'),
        )
      : null,
    h('p', { class: 'hint' }, t('safety-intro')),
    questions.map((q) => part(q, body(q))),
    formError,
    h('div', { class: 'actions' }, button({ label: t('safety-submit'), kind: 'secondary', type: 'submit', id: 'safety-submit', testid: 'safety-submit' })),
  );
  const value = (id) => {
    const el = /** @type {HTMLInputElement} */ (form.querySelector(`#${id}`));
    return el ? fieldValue(el) : '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const texts = {};
    for (const q of questions.filter((x) => x.kind === 'text')) texts[q.id] = value(`safety-text-${q.id}`);
    const newPlan = {
      unsafe_situations: [0, 1, 2].map((i) => value(`safety-situation-${i}`)),
      texts,
      agreements: agreements.map((_, i) => ({ who: value(`safety-agreement-${i}-who`), what: value(`safety-agreement-${i}-what`), by_when: value(`safety-agreement-${i}-by`) || null })),
      monitor: value('safety-monitor'),
      evaluate_on: value('safety-evaluate-on') || null,
      // Every row in its place, also one with only a person or only a score: the backend drops
      // the empty rows at the end only, so nothing typed moves to another row.
      scales: scales.map((_, i) => {
        const score = value(`safety-scale-${i}-score`);
        return { person: value(`safety-scale-${i}-person`), score: score === '' ? null : Number(score) };
      }),
    };
    const sent = helpers.snapshot(form);
    ctx.edit(
      { op: 'set-safety-plan', plan: newPlan },
      { onError: (err) => showError(formError, err), onSuccess: () => helpers.settle(sent), announce: t('safety-saved') },
    );
  });
  return form;
}

// ---------- Gezinsprofielen (on request): hypotheses, never verdicts ----------

function familyProfiles(ctx, view, helpers) {
  const p = ctx.protocol;
  const caseId = view.case.id;
  const open = profilesOpen.has(caseId) || view.case.profile_indicators.length > 0;
  const toggle = button({
    label: open ? t('step4-profiles-hide') : t('step4-profiles-show'),
    kind: 'secondary',
    id: 'profiles-toggle',
    testid: 'profiles-toggle',
    attrs: { 'aria-expanded': open ? 'true' : 'false', 'aria-controls': 'profiles-panel' },
  });
  toggle.addEventListener('click', () => {
    if (open) profilesOpen.delete(caseId);
    else profilesOpen.add(caseId);
    const section = document.getElementById('profiles-section');
    if (section) section.replaceWith(familyProfiles(ctx, view, helpers));
    const again = document.getElementById('profiles-toggle');
    if (again) again.focus();
  });
  const ticked = new Set(view.case.profile_indicators);
  const pv = view.profiles;
  const panel = open
    ? h(
        'div',
        { id: 'profiles-panel', class: 'profiles-panel' },
        h('p', { class: 'hint' }, t('step4-profiles-intro')),
        h(
          'ul',
          { class: 'profile-list' },
          p.profiles.map((x) => h('li', null, h('strong', null, x.label), h('p', { class: 'prewrap' }, x.picture), sources(x.provenance, `profile-${x.id}`))),
        ),
        h(
          'fieldset',
          { class: 'fieldset' },
          h('legend', null, t('step4-profiles-indicators')),
          h('div', { id: 'profile-indicators-error', class: 'error-slot' }),
          h(
            'div',
            { class: 'choices columns' },
            p.profile_indicators.map((i) =>
              checkbox({
                id: `profile-indicator-${i.choice.id}`,
                label: i.choice.label,
                hint: i.coercive_control ? `${i.profiles.join(', ')} · ${t('step4-profiles-coercive-sign')}` : i.profiles.join(', '),
                checked: ticked.has(i.choice.id),
                testid: `profile-indicator-${i.choice.id}`,
                onChange: (event) => {
                  const input = event.currentTarget;
                  const sent = helpers.snapshot(input);
                  ctx.edit(
                    { op: 'set-profile-indicator', indicator: i.choice.id, on: input.checked },
                    {
                      onError: (err) => showError(document.getElementById('profile-indicators-error'), err),
                      onSuccess: () => helpers.settle(sent),
                      announce: input.checked ? t('step4-profiles-indicator-ticked') : t('step4-profiles-indicator-unticked'),
                      focus: `profile-indicator-${i.choice.id}`,
                    },
                  );
                },
              }),
            ),
          ),
        ),
        pv.coercive_control.length
          ? h(
              'div',
              { class: 'notice notice-acute', 'data-testid': 'profiles-coercive' },
              h('p', null, t('step4-profiles-coercive-note')),
              h('ul', null, pv.coercive_control.map((sign) => h('li', null, sign))),
            )
          : null,
        pv.matches.length
          ? h(
              'div',
              { 'data-testid': 'profile-matches' },
              h('h4', null, t('step4-profiles-matches')),
              h('p', { class: 'hint' }, t('step4-profiles-matches-hint')),
              h('ul', { class: 'profile-matches' }, pv.matches.map((m) => profileMatch(ctx, view, m))),
            )
          : h('p', { class: 'hint' }, t('step4-profiles-none')),
      )
    : null;
  return h(
    'section',
    { class: 'block', id: 'profiles-section', 'aria-labelledby': 'profiles-title', 'data-testid': 'profiles' },
    h('h3', { id: 'profiles-title' }, t('step4-profiles-title')),
    toggle,
    panel,
  );
}

function profileMatch(ctx, view, m) {
  const consequences = view.profiles.consequences.filter((k) => k.profile === m.id);
  const steps = new Map(ctx.protocol.steps.map((s) => [s.id, s]));
  const errorSlot = h('div', { class: 'error-slot' });
  const send = (status) =>
    ctx.edit(
      { op: 'set-profile-hypothesis', profile: m.id, status },
      {
        onError: (err) => showError(errorSlot, err),
        announce: status === 'confirmed' ? t('step4-profiles-confirmed') : status === 'rejected' ? t('step4-profiles-rejected') : t('step4-profiles-reset'),
        focus: status ? `profile-${m.id}-reset` : `profile-${m.id}-confirmed`,
      },
    );
  const statusText = m.status === 'confirmed' ? t('step4-profiles-status-confirmed') : m.status === 'rejected' ? t('step4-profiles-status-rejected') : t('step4-profiles-status-open');
  const actions = [
    m.status === 'confirmed' ? null : button({ label: t('step4-profiles-confirm'), kind: 'secondary', id: `profile-${m.id}-confirmed`, testid: `profile-${m.id}-confirm`, onClick: () => send('confirmed') }),
    m.status === 'rejected' ? null : button({ label: t('step4-profiles-reject'), kind: 'secondary', id: `profile-${m.id}-rejected`, testid: `profile-${m.id}-reject`, onClick: () => send('rejected') }),
    m.status ? button({ label: t('step4-profiles-reopen'), kind: 'quiet', id: `profile-${m.id}-reset`, testid: `profile-${m.id}-reset`, onClick: () => send(null) }) : null,
  ];
  return h(
    'li',
    { class: ['profile-match', m.status ? `is-${m.status}` : null], 'data-testid': `profile-match-${m.id}` },
    h('p', null, h('strong', null, m.label), ' · ', h('span', { 'data-testid': `profile-${m.id}-status` }, statusText)),
    h('p', { class: 'hint' }, t('step4-profiles-why')),
    h('ul', null, m.indicators.map((i) => h('li', null, i))),
    consequences.length
      ? h(
          'ul',
          { class: 'profile-consequences' },
          consequences.map((k) =>
            h(
              'li',
              { 'data-testid': `profile-consequence-${k.id}`, class: k.suppressed ? 'is-suppressed' : null },
              k.suppressed
                ? h('p', { class: 'notice notice-acute prewrap' }, k.withheld_reason)
                : [h('p', { class: 'prewrap' }, k.text), h('p', { class: 'hint' }, `${t('step4-profiles-shown-in')} ${steps.get(k.step) ? steps.get(k.step).title : ''}`)],
              k.suppressed ? null : sources(k.provenance, `consequence-${k.id}`),
            ),
          ),
        )
      : null,
    errorSlot,
    h('div', { class: 'actions actions-tight' }, actions),
  );
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
    const dueField = /** @type {HTMLInputElement} */ (form.querySelector(`#${dueId}`));
    const due = fieldValue(dueField);
    if (!due) {
      showError(dueField, { message: t('step4-follow-up-due-required') });
      dueField.focus();
      return;
    }
    send(due, /** @type {HTMLInputElement} */ (form.querySelector(`#${noteId}`)).value, t('step4-follow-up-saved'));
  });
  if (clear) clear.addEventListener('click', () => send(null, '', t('step4-follow-up-cleared')));
  return form;
}
