// @ts-check
// The case screen: header, the route outside the five steps (if any), the stepper and the
// panel of the chosen step. Drawn again from every CaseView the backend returns.
//
// What the user typed but did not yet hand to the backend lives in drafts.js and survives
// every redraw; autosave.js sends it after a pause. This module only draws.

import { helpButton } from './guide.js';
import { t } from '../l10n.js';
import { byId, h, replaceChildren } from '../dom.js';
import { closeDialog, openDialog } from '../dialog.js';
import { announce, button, checkbox, clearErrors, fieldValue, localDay, radioGroup, radioValue, showError, sources, textField } from '../ui.js';
import { profileFields, readProfile, showProfileError } from './cases.js';
import { kindcheck, renderSignalen } from './step-signalen.js';
import { renderConsultatie } from './step-consultatie.js';
import { renderGesprek } from './step-gesprek.js';
import { renderWegen } from './step-wegen.js';
import { renderBeslissen } from './step-beslissen.js';
import { renderOutputs, renderTimeline } from './outputs.js';
import { renderInfoRequest } from './inforequest.js';
import { packPanel } from './packs.js';
import { state } from '../state.js';
import { clearEditing, draftsFor, editingId, restoreDrafts, setEditing, settle, snapshot, syncConditionals, wireDrafts } from '../drafts.js';

/** @typedef {Object} CaseView */

const STEP_VIEWS = {
  signalen: renderSignalen,
  consultatie: renderConsultatie,
  gesprek: renderGesprek,
  wegen: renderWegen,
  beslissen: renderBeslissen,
};

// ---------- Rendering ----------

/** The step to show when a case opens: the first that is not done. */
export function firstOpenStep(view) {
  const open = view.stepper.find((s) => s.state !== 'done');
  return (open || view.stepper[0]).id;
}

/**
 * @param {Object} ctx
 * @param {HTMLElement} main
 * @param {CaseView} view
 * @param {{fresh?: boolean}} options fresh: a new screen (another case or step), not a redraw
 */
export function renderCase(ctx, main, view, options = {}) {
  draftsFor(view);
  const active = /** @type {HTMLInputElement} */ (document.activeElement);
  const focusId = !options.fresh && active && main.contains(active) && active.id ? active.id : null;
  const selection = focusId && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
  const scroll = window.scrollY;

  const helpers = {
    settle,
    snapshot,
    editingId,
    startEditing(list, id) {
      setEditing(list, id);
      ctx.showCase(view, { focus: `${list}-${id}-form-title` });
    },
    doneEditing(list) {
      // An autosave keeps the item's form open: the user is still typing in it.
      if (!ctx.quiet) clearEditing(list);
    },
    stopEditing(list, focus) {
      clearEditing(list);
      ctx.showCase(view, { focus });
    },
    confirmRemove,
    closed: Boolean(view.case.closed),
  };

  const screen = h(
    'div',
    { class: 'case-screen' },
    caseHeader(ctx, view),
    view.case.closed ? closedBanner(ctx, view) : null,
    view.other_route ? otherRoute(ctx, view) : null,
    view.acute_route ? acuteRoute(ctx, view) : null,
    view.five_steps && view.steps_shown
      ? h('div', { class: 'case-body' }, stepper(ctx, view), stepPanel(ctx, view, helpers))
      : null,
    // A Kindcheck-only case shows the Kindcheck alone until its outcome says to follow the meldcode.
    view.info_request ? renderInfoRequest(ctx, view, helpers) : null,
    view.steps_shown ? null : h('div', { class: 'kindcheck-only', 'data-testid': 'kindcheck-only' }, h('p', { class: 'lead' }, t('kindcheck-only-intro')), kindcheck(ctx, view, helpers, { top: true })),
  );
  wireDrafts(ctx, main);
  replaceChildren(main, screen);

  restoreDrafts(main);
  syncConditionals(main);
  if (view.case.closed) makeReadOnly(main);

  if (!options.fresh) {
    window.scrollTo(0, scroll);
    if (focusId) {
      const el = /** @type {HTMLInputElement} */ (document.getElementById(focusId));
      if (el && !el.disabled) {
        el.focus({ preventScroll: true });
        if (selection && 'setSelectionRange' in el) {
          try {
            el.setSelectionRange(selection[0], selection[1]);
          } catch {
            // Not every input type has a selection (date, radio).
          }
        }
      }
    }
  } else {
    window.scrollTo(0, 0);
  }
}

function makeReadOnly(root) {
  const keep = '.sources-toggle, [data-always]';
  for (const el of root.querySelectorAll('.step-content input, .step-content textarea, .step-content select, .step-content button, .step-footer button, .case-route-toggle input')) {
    if (!el.matches(keep)) el.disabled = true;
  }
}

// ---------- Header ----------

function labelOf(list, id) {
  const item = list.find((x) => x.id === id);
  return item ? item.label : id;
}

function caseHeader(ctx, view) {
  const p = ctx.protocol;
  const c = view.case;
  const rename = button({ label: t('caselist-rename'), kind: 'quiet', id: 'case-rename', attrs: { 'data-always': true } });
  rename.addEventListener('click', () => openRenameCase(ctx, view, rename));
  // A closed case is read-only: only its name can change.
  // An information request has no suspect; its field and subject are what it was started with.
  const profile = c.closed || view.info_request ? null : button({ label: t('app-case-edit-profile'), kind: 'quiet', id: 'case-profile' });
  if (profile) profile.addEventListener('click', () => openProfile(ctx, view, profile));
  return h(
    'header',
    { class: 'case-head' },
    button({ label: t('nav-back-to-cases'), kind: 'link', onClick: () => ctx.showList({ focus: `open-${c.id}` }), extraClass: 'back-link', testid: 'nav-back' }),
    h(
      'div',
      { class: 'case-title-row' },
      h('h1', { class: 'case-title' }, c.alias),
      c.closed ? h('span', { class: 'badge badge-closed' }, t('close-closed-badge')) : null,
    ),
    h(
      'dl',
      { class: 'case-profile' },
      h('div', null, h('dt', null, t('app-case-field')), h('dd', null, labelOf(p.fields, c.field))),
      h('div', null, h('dt', null, t('app-case-subject')), h('dd', null, labelOf(p.subjects, c.subject))),
      view.info_request
        ? h('div', null, h('dt', null, t('inforeq-requester')), h('dd', null, view.info_request.requester))
        : h('div', null, h('dt', null, t('app-case-suspect')), h('dd', null, labelOf(p.suspects, c.suspect))),
      h('div', null, h('dt', null, t('app-case-updated')), h('dd', null, view.updated)),
    ),
    h('div', { class: 'case-head-actions' }, profile, rename),
  );
}

function closedBanner(ctx, view) {
  const c = view.case;
  const reopen = button({ label: t('close-reopen'), kind: 'primary', id: 'reopen-button', testid: 'reopen-button', attrs: { 'data-always': true } });
  reopen.addEventListener('click', () => ctx.edit({ op: 'reopen' }, { trigger: reopen, announce: t('close-reopened'), focus: 'step-done-button' }));
  const step = ctx.protocol.steps.find((s) => s.id === c.closed.step);
  return h(
    'div',
    { class: 'banner-closed', role: 'region', 'aria-labelledby': 'closed-title' },
    h('h2', { id: 'closed-title' }, t('close-closed-title')),
    h(
      'dl',
      { class: 'facts' },
      h('div', null, h('dt', null, t('close-closed-at')), h('dd', null, view.closed_at || '')),
      step ? h('div', null, h('dt', null, t('close-closed-step')), h('dd', null, `${step.number}. ${step.title}`)) : null,
      h(
        'div',
        null,
        h('dt', null, t('close-closed-reason')),
        h('dd', { class: 'prewrap', 'data-testid': 'closed-reason' }, [kindLabel(ctx, c.closed.kind), c.closed.reason].filter(Boolean).join('\n')),
      ),
      h('div', null, h('dt', null, t('close-closed-dossier')), h('dd', null, c.closed.in_dossier ? t('close-closed-dossier-yes') : t('close-closed-dossier-no'))),
    ),
    h('p', null, t('close-closed-body')),
    reopen,
  );
}

// ---------- Other route ----------

function otherRoute(ctx, view) {
  const r = view.other_route;
  const c = view.case;
  const toggle = checkbox({
    id: 'also-at-home',
    label: t('route-also-at-home'),
    hint: t('route-also-at-home-hint'),
    checked: c.also_at_home,
    testid: 'also-at-home',
    onChange: (event) => {
      const on = event.currentTarget.checked;
      const sent = snapshot(event.currentTarget);
      ctx.edit(
        { op: 'set-also-at-home', on },
        { trigger: event.currentTarget, onSuccess: () => settle(sent), announce: on ? t('route-also-at-home-on') : t('route-also-at-home-off'), focus: 'also-at-home' },
      );
    },
  });
  const body = [
    h('p', { class: 'prewrap' }, r.intro),
    h('h3', null, t('route-first-actions')),
    h('ol', { class: 'numbered' }, r.actions.map((a) => h('li', null, a))),
    sources(r.provenance, `route-${r.id}`),
  ];
  // With the five steps also in view, the other route folds away but stays one click off.
  const content = view.five_steps
    ? h('details', { class: 'route-details' }, h('summary', null, h('span', null, t('route-also-applies')), ' ', h('strong', null, r.title)), body)
    : h('div', null, h('h2', null, r.title), body);
  return h(
    'section',
    { class: ['other-route', view.five_steps ? 'is-secondary' : null], 'aria-label': r.title, 'data-testid': 'other-route' },
    content,
    h('div', { class: 'case-route-toggle' }, toggle, h('div', { id: 'also-at-home-error', class: 'error-slot' })),
  );
}

// ---------- Acute route ----------

/** Inline, never a pop-up: what to do now, while an acute situation is recorded. */
/** Cases whose folded acute route the professional opened (in memory only). */
const acuteOpen = new Set();

/**
 * The acute route: in full with a way to acknowledge it (what was done, logged with the
 * time), then folded to one line that stays reachable; a closed case shows it folded.
 */
function acuteRoute(ctx, view) {
  const a = view.acute_route;
  const closed = Boolean(view.case.closed);
  if (!a.acknowledged && !closed) return acuteRouteFull(ctx, view, true);
  const caseId = view.case.id;
  const line = a.acknowledged ? `${t('acute-ack-folded')} ${a.acknowledged.at}. ${a.acknowledged.actions.join(' ')}` : t('acute-ack-folded-closed');
  const details = h(
    'details',
    { class: 'acute-folded', 'data-testid': 'acute-folded', open: acuteOpen.has(caseId) },
    h('summary', { id: 'acute-folded-summary', 'data-testid': 'acute-folded-summary' }, h('span', { class: 'acute-folded-mark' }, t('acute-ack-folded-title')), ' ', line),
    acuteRouteFull(ctx, view, false),
  );
  details.addEventListener('toggle', () => {
    if (details.open) acuteOpen.add(caseId);
    else acuteOpen.delete(caseId);
  });
  return details;
}

function acuteRouteFull(ctx, view, acknowledge) {
  const a = view.acute_route;
  return h(
    'section',
    { class: 'acute-route', 'aria-labelledby': 'acute-route-title', 'data-testid': 'acute-route' },
    h('h2', { id: 'acute-route-title' }, t('acute-route-title')),
    h('p', null, t('acute-route-intro')),
    h(
      'ul',
      { class: 'acute-lines acute-lines-inline' },
      a.lines.map((line) =>
        h(
          'li',
          { class: 'acute-line' },
          h('p', { class: 'acute-text' }, line.text),
          line.number && !line.text.includes(line.number) ? h('p', { class: 'acute-number' }, line.number) : null,
        ),
      ),
    ),
    a.situations.length ? h('h3', null, t('acute-route-recorded')) : null,
    a.situations.length ? markerList(a.situations, 'acute-route') : null,
    a.red_flags.length ? h('h3', null, t('acute-route-red-flags')) : null,
    a.red_flags.length ? markerList(a.red_flags, 'acute-flag') : null,
    view.attention.length ? h('p', { class: 'hint' }, t('acute-route-attention')) : null,
    acknowledge ? acuteAcknowledge(ctx, view) : null,
  );
}

/** Acknowledging the acute route: what was done (content), then it folds to one line. */
function acuteAcknowledge(ctx, view) {
  const a = view.acute_route;
  const errorSlot = h('div', { class: 'error-slot', id: 'acute-ack-error' });
  const form = h(
    'form',
    { class: 'form acute-ack', novalidate: true, 'data-testid': 'acute-ack', 'data-autosave': 'off' },
    h(
      'fieldset',
      { class: 'fieldset', id: 'acute-ack-group' },
      h('legend', { class: 'legend' }, t('acute-ack-legend')),
      h('p', { class: 'hint' }, t('acute-ack-hint')),
      errorSlot,
      h(
        'div',
        { class: 'choices' },
        a.actions.map((x) => checkbox({ id: `acute-ack-${x.id}`, label: x.text, testid: `acute-ack-${x.id}`, value: x.id })),
      ),
    ),
    h('div', { class: 'actions' }, button({ label: t('acute-ack-submit'), kind: 'primary', type: 'submit', id: 'acute-ack-submit', testid: 'acute-ack-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const actions = a.actions.map((x) => x.id).filter((id) => /** @type {HTMLInputElement} */ (form.querySelector(`#acute-ack-${id}`)).checked);
    if (actions.length === 0) {
      showError(errorSlot, { message: t('acute-ack-required') });
      return;
    }
    const sent = snapshot(form);
    ctx.edit(
      { op: 'acknowledge-acute', actions },
      { onError: (err) => showError(errorSlot, err), onSuccess: () => settle(sent), announce: t('acute-ack-saved'), focus: 'acute-folded-summary' },
    );
  });
  return form;
}

function markerList(items, prefix) {
  return h(
    'ul',
    { class: 'acute-recorded' },
    items.map((s) =>
      h('li', null, h('p', { class: 'acute-recorded-label' }, s.label), s.note ? h('p', { class: 'prewrap' }, s.note) : null, sources(s.provenance, `${prefix}-${s.id}`)),
    ),
  );
}

// ---------- Stepper ----------

function stepper(ctx, view) {
  return h(
    'nav',
    { class: 'stepper', 'aria-labelledby': 'stepper-title', 'data-testid': 'stepper' },
    h('h2', { id: 'stepper-title', class: 'stepper-title' }, t('nav-steps')),
    h(
      'ol',
      null,
      view.stepper.map((s) => {
        const current = s.id === ctx.step;
        return h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              id: `stepper-${s.id}`,
              class: ['step-button', `state-${s.state}`, current ? 'is-current' : null],
              'data-testid': `step-${s.id}`,
              'aria-current': current ? 'step' : null,
              on: { click: () => ctx.selectStep(s.id) },
            },
            h('span', { class: 'step-icon', 'aria-hidden': 'true' }, h('span', { class: 'step-icon-number' }, String(s.number))),
            h(
              'span',
              { class: 'step-text' },
              h('span', { class: 'step-title' }, s.title),
              h('span', { class: 'step-state' }, h('span', { class: 'state-mark', 'aria-hidden': 'true' }), s.state_label),
            ),
          ),
        );
      }),
    ),
    // Beside the five steps, not a sixth: what leaves the case, and what happened when.
    h('h2', { class: 'stepper-title stepper-more-title' }, t('nav-more')),
    h(
      'ul',
      { class: 'stepper-more' },
      [
        ['uitvoer', t('nav-outputs')],
        ['tijdlijn', t('nav-timeline')],
      ].map(([id, label]) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              id: `stepper-${id}`,
              class: ['more-button', id === ctx.step ? 'is-current' : null],
              'data-testid': `nav-${id}`,
              'aria-current': id === ctx.step ? 'page' : null,
              on: { click: () => ctx.selectStep(id) },
            },
            label,
            id === 'tijdlijn' && view.due.some((d) => d.state === 'overdue' || d.state === 'today')
              ? h('span', { class: 'badge badge-due-overdue more-badge' }, t('nav-due-attention'))
              : null,
          ),
        ),
      ),
    ),
  );
}

// ---------- Step panel ----------

function stepPanel(ctx, view, helpers) {
  if (ctx.step === 'uitvoer') return renderOutputs(ctx, view, helpers);
  if (ctx.step === 'tijdlijn') return renderTimeline(view);
  const p = ctx.protocol;
  const step = p.steps.find((s) => s.id === ctx.step) || p.steps[0];
  const item = view.stepper.find((s) => s.id === step.id);
  const render = STEP_VIEWS[step.id];
  return h(
    'section',
    { class: 'step-panel', 'aria-labelledby': 'step-heading', 'data-testid': `step-panel-${step.id}` },
    h(
      'div',
      { class: 'step-head' },
      h('h2', { id: 'step-heading' }, h('span', { class: 'step-head-number' }, String(step.number)), h('span', null, step.title)),
      item ? h('p', { class: ['step-head-state', `state-${item.state}`] }, h('span', { class: 'state-mark', 'aria-hidden': 'true' }), item.state_label) : null,
      helpButton(`stap-${step.id}`),
    ),
    h('p', { class: 'step-summary prewrap' }, step.summary),
    h('div', { class: 'record-box' }, h('h3', null, t('app-step-record-title')), h('p', { class: 'prewrap' }, step.record), sources(step.provenance, `step-${step.id}`)),
    stepNotices(view, step.id),
    h('div', { class: 'step-content' }, render ? render(ctx, view, helpers) : null),
    packPanel(state.local, step.id),
    stepFooter(ctx, view, step, item),
  );
}

/** The notes the backend chose for this case (field, subject) that belong to this step. */
function stepNotices(view, stepId) {
  const notes = view.notices.filter((n) => n.step === stepId);
  // Consequences of the gezinsprofielen the professional has not rejected (hypotheses); one
  // that suggests a joint approach while that is withheld (coercive control, or violence from
  // both sides not yet ruled out) is not suggested: its place says why instead.
  const consequences = view.profiles.consequences.filter((k) => k.step === stepId);
  if (!notes.length && !consequences.length) return null;
  return h(
    'aside',
    { class: 'step-notices', 'aria-label': t('step-notices-label'), 'data-testid': 'step-notices' },
    notes.map((n) => h('div', { class: 'notice notice-info', 'data-testid': `notice-${n.id}` }, h('p', { class: 'prewrap' }, n.text), sources(n.provenance, `notice-${n.id}`))),
    consequences.map((k) =>
      k.suppressed
        ? h(
            'div',
            { class: 'notice notice-acute', 'data-testid': `profile-withheld-${k.id}`, 'data-withheld': k.withheld },
            h('p', { class: 'notice-kicker' }, `${t('profile-notice-kicker')} ${k.profile_label}`),
            h('p', { class: 'prewrap' }, k.withheld_reason),
          )
        : h(
            'div',
            { class: 'notice notice-info', 'data-testid': `profile-notice-${k.id}` },
            h('p', { class: 'notice-kicker' }, `${t('profile-notice-kicker')} ${k.profile_label}`),
            h('p', { class: 'prewrap' }, k.text),
            sources(k.provenance, `profile-notice-${k.id}`),
          ),
    ),
  );
}

function stepFooter(ctx, view, step, item) {
  const done = item && item.state === 'done';
  const doneButton = button({
    label: done ? t('app-step-reopen') : t('app-step-done'),
    kind: done ? 'secondary' : 'primary',
    testid: 'step-done-button',
    id: 'step-done-button',
  });
  doneButton.addEventListener('click', () =>
    ctx.edit(
      { op: 'set-step-done', step: step.id, done: !done },
      { trigger: doneButton, announce: done ? t('app-step-reopened') : t('app-step-done-announce'), focus: 'step-done-button' },
    ),
  );
  const close = button({ label: t('close-case'), kind: 'quiet-danger', testid: 'close-case-button', id: 'close-case-button' });
  close.addEventListener('click', () => openCloseCase(ctx, view, step, close));
  // The date the step was completed, as the professional states it (default: the day it was
  // marked done); the click time stays in the timeline.
  const doneOn = done && view.case.steps_done[step.id]
    ? textField({
      id: 'step-date',
      label: t('app-step-date-label'),
      hint: t('app-step-date-hint'),
      type: 'date',
      value: view.case.step_dates[step.id] || localDay(view.case.steps_done[step.id]),
      class: 'field-date',
      testid: 'step-date',
      onChange: (event) => {
        const input = event.currentTarget;
        ctx.edit({ op: 'set-step-date', step: step.id, on: fieldValue(input) || null }, { onError: (err) => showError(input, err), focus: 'step-date' });
      },
    })
    : null;
  // Dates out of order (a decision before the advice it rests on, ...): a warning, never a block.
  const warnings = view.date_warnings.length
    ? h('div', { class: 'notice notice-warning', role: 'status', 'data-testid': 'date-warnings' }, view.date_warnings.map((w) => h('p', null, w)))
    : null;
  return h(
    'footer',
    { class: 'step-footer' },
    warnings,
    h('div', { class: 'step-footer-main' }, doneButton, doneOn, h('div', { id: 'step-done-button-error', class: 'error-slot' })),
    h('div', { class: 'step-footer-side' }, h('p', { class: 'hint' }, t('close-case-hint')), close),
  );
}

// ---------- Dialogs ----------

function smallDialog() {
  return /** @type {HTMLDialogElement} */ (byId('small-dialog'));
}

/** The label of a close reason (content), or ''. */
function kindLabel(ctx, kind) {
  const r = kind ? ctx.protocol.close_reasons.find((x) => x.id === kind) : null;
  return r ? r.label : '';
}

/**
 * Closes the case at this step, with a reason from the list (gemeld, overgedragen, hulp loopt,
 * vermoeden weggenomen) or in the professional's own words; one of the two is required.
 */
function openCloseCase(ctx, view, step, opener) {
  const dialog = smallDialog();
  const kinds = radioGroup({
    name: 'close-kind',
    legend: t('close-kind-legend'),
    options: ctx.protocol.close_reasons.map((r) => ({ value: r.id, label: r.label, testid: `close-kind-${r.id}` })),
  });
  const reason = textField({ id: 'close-reason', label: t('close-reason-label'), hint: t('close-reason-hint'), multiline: true, rows: 2, testid: 'close-reason' });
  const input = reason.querySelector('textarea');
  const dossier = checkbox({ id: 'close-in-dossier', label: t('close-in-dossier-label'), hint: t('close-in-dossier-hint'), testid: 'close-in-dossier' });
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    h('h2', { id: 'small-dialog-title' }, t('close-title')),
    h('p', null, t('close-body')),
    kinds,
    reason,
    dossier,
    h('p', { class: 'hint' }, t('close-retention-hint')),
    h(
      'div',
      { class: 'actions' },
      button({ label: t('close-submit'), kind: 'danger', type: 'submit', testid: 'close-submit' }),
      button({ label: t('close-cancel'), kind: 'secondary', attrs: { 'data-close': true } }),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    ctx.edit(
      { op: 'close', step: step.id, reason: input.value, kind: radioValue(form, 'close-kind'), in_dossier: dossier.querySelector('input').checked },
      {
        onError: (err) => {
          showError(input, err);
          input.focus();
        },
        onSuccess: () => closeDialog(dialog, { returnTo: null }),
        announce: t('close-closed'),
        focus: 'reopen-button',
      },
    );
  });
  replaceChildren(byId('small-dialog-body'), form);
  openDialog(dialog, { focus: input, opener });
}

function openRenameCase(ctx, view, opener) {
  const dialog = smallDialog();
  const field = textField({ id: 'case-rename-alias', label: t('caselist-rename-label'), hint: t('newcase-alias-hint'), value: view.case.alias });
  const input = field.querySelector('input');
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    h('h2', { id: 'small-dialog-title' }, t('caselist-rename-title')),
    field,
    h('div', { class: 'actions' }, button({ label: t('caselist-rename-submit'), kind: 'primary', type: 'submit' }), button({ label: t('caselist-cancel'), kind: 'secondary', attrs: { 'data-close': true } })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    ctx.edit(
      { op: 'rename', alias: input.value },
      {
        onError: (err) => {
          showError(input, err);
          input.focus();
        },
        onSuccess: () => closeDialog(dialog, { returnTo: null }),
        announce: t('caselist-renamed'),
        focus: 'case-rename',
      },
    );
  });
  replaceChildren(byId('small-dialog-body'), form);
  openDialog(dialog, { focus: input, opener });
  input.select();
}

function openProfile(ctx, view, opener) {
  const dialog = smallDialog();
  const c = view.case;
  const formError = h('div', { class: 'error-slot' });
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    h('h2', { id: 'small-dialog-title' }, t('app-case-profile-title')),
    h('p', { class: 'hint' }, t('app-case-profile-hint')),
    profileFields(ctx.protocol, c, 'profile-'),
    formError,
    h('div', { class: 'actions' }, button({ label: t('app-case-profile-submit'), kind: 'primary', type: 'submit' }), button({ label: t('caselist-cancel'), kind: 'secondary', attrs: { 'data-close': true } })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const profile = readProfile(form, 'profile-');
    if (!profile) return;
    ctx.edit(
      { op: 'set-profile', ...profile },
      {
        onError: (err) => showProfileError(form, err, 'profile-', formError),
        onSuccess: () => closeDialog(dialog, { returnTo: null }),
        announce: t('app-case-profile-changed'),
        focus: 'case-profile',
      },
    );
  });
  replaceChildren(byId('small-dialog-body'), form);
  openDialog(dialog, { opener });
}

/**
 * Asks before removing a list item; says it cannot be undone.
 * @param {Object} ctx
 * @param {{list: string, id: string, opener: HTMLElement, announce: string, focus: string}} o
 */
function confirmRemove(ctx, o) {
  const dialog = smallDialog();
  const cancel = button({ label: t('caselist-cancel'), kind: 'secondary', attrs: { 'data-close': true } });
  const confirm = button({ label: t('app-remove-confirm'), kind: 'danger', testid: 'remove-confirm' });
  const errorSlot = h('div', { class: 'error-slot' });
  confirm.addEventListener('click', () =>
    ctx.edit(
      { op: 'remove-item', list: o.list, id: o.id },
      {
        onError: (err) => showError(errorSlot, err),
        onSuccess: () => {
          if (editingId(o.list) === o.id) clearEditing(o.list);
          closeDialog(dialog, { returnTo: null });
        },
        announce: o.announce,
        focus: o.focus,
      },
    ),
  );
  replaceChildren(
    byId('small-dialog-body'),
    h('h2', { id: 'small-dialog-title' }, t('app-remove-title')),
    h('p', null, t('app-remove-body')),
    errorSlot,
    h('div', { class: 'actions' }, confirm, cancel),
  );
  openDialog(dialog, { focus: cancel, opener: o.opener });
}

