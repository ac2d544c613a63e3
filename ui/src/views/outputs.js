// @ts-check
// The case's "Uitvoer" and "Tijdlijn" places, beside the five steps: pick an output and its
// language, fill in what only the adviesvraag (or the plain-language summary) asks, read the
// text as it will be copied, fix what looks identifying, copy it through the backend (which
// clears the clipboard after 30 seconds) or save it as a PDF where the professional chooses
// (native dialog, then a warning that the file is not encrypted), and read the decision log
// and the follow-ups.
//
// The text itself always comes from the backend (render_output); nothing is composed here.
// The PDF is rendered and written by the backend too; the page only passes the chosen file's token.

import { state } from '../state.js';
import * as api from '../api.js';
import { t } from '../l10n.js';
import { helpButton } from './guide.js';
import { byId, h, replaceChildren } from '../dom.js';
import { closeDialog, openDialog } from '../dialog.js';
import { announce, button, checkbox, clearErrors, fieldValue, radioGroup, showError, textField } from '../ui.js';

/** Which output and language the professional picked; kept while the app runs (ids only). */
const choice = { output: 'adviesvraag', lang: null };
/** Drops the answer of a render that a newer one overtook. */
let renderToken = 0;
/** The last rendered output, drawn at once on a redraw so the text does not blink while the
 * fresh one comes; forgotten with the case (see forgetOutputs). */
let last = null;

/** Forgets the last rendered output (after lock: no case text stays in memory). */
export function forgetOutputs() {
  last = null;
}

/** The file name the backend suggests for the PDF of the shown output (no case text in it). */
let pdfFileName = 'meldwijzer.pdf';

/**
 * The outputs panel.
 * @param {Object} ctx
 * @param {Object} view CaseView
 * @param {Object} helpers the case screen's draft helpers (snapshot, settle)
 */
export function renderOutputs(ctx, view, helpers) {
  if (!choice.lang) choice.lang = ctx.startup.language;
  // An output refused for the client's safety cannot even be chosen; one that is merely off
  // (the plain-language summary) can, to turn it on.
  const offered = view.outputs.find((o) => o.id === choice.output);
  if (!offered || offered.unsafe_on_paper) choice.output = (view.outputs.find((o) => !o.refused) || view.outputs[0]).id;
  const current = view.outputs.find((o) => o.id === choice.output);

  const kinds = radioGroup({
    name: 'output-kind',
    legend: t('outputs-kind-label'),
    value: choice.output,
    options: view.outputs.map((o) => ({ value: o.id, label: o.label, note: o.refused, testid: `output-${o.id}` })),
    onChange: (event) => {
      choice.output = event.target.value;
      // The choice lives here, not in the case screen's drafts.
      helpers.settle(helpers.snapshot(kinds));
      ctx.showCase(view, { focus: `output-kind-${choice.output}` });
    },
  });
  for (const o of view.outputs) {
    if (o.unsafe_on_paper) /** @type {HTMLInputElement} */ (kinds.querySelector(`#output-kind-${o.id}`)).disabled = true;
  }
  const langs = radioGroup({
    name: 'output-lang',
    legend: t('outputs-lang-label'),
    hint: t('outputs-lang-hint'),
    inline: true,
    value: choice.lang,
    options: ctx.startup.languages.map((l) => ({ value: l.id, label: l.label, testid: `output-lang-${l.id}` })),
    onChange: (event) => {
      choice.lang = event.target.value;
      helpers.settle(helpers.snapshot(langs));
      ctx.showCase(view, { focus: `output-lang-${choice.lang}` });
    },
  });

  // A note for a file someone involved can read, unsafe there as a whole: the professional may
  // choose the reduced note (what is safe, and what was left out); the backend decides both.
  const reduce = current && current.reducible
    ? checkbox({
      id: 'output-reduced',
      label: t('outputs-reduced-label'),
      hint: t('outputs-reduced-hint'),
      checked: current.reduced,
      testid: 'output-reduced',
      onChange: (event) => {
        const box = event.currentTarget;
        const sent = helpers.snapshot(box);
        ctx.edit(
          { op: 'set-output-reduced', output: current.id, on: box.checked },
          { onError: (err) => showError(box, err), onSuccess: () => helpers.settle(sent), focus: 'output-reduced', announce: box.checked ? t('outputs-reduced-on') : t('outputs-reduced-off') },
        );
      },
    })
    : null;
  const preview = h('div', { class: 'output-preview', 'data-testid': 'output-preview', 'aria-live': 'polite' });
  const warnings = h('div', { class: 'output-warnings', 'data-testid': 'output-warnings' });
  const status = h('p', { class: 'output-status', id: 'output-status', 'data-testid': 'output-status', role: 'status' });
  const copy = button({ label: t('outputs-copy'), kind: 'primary', id: 'output-copy', testid: 'output-copy' });
  copy.addEventListener('click', async () => {
    clearErrors(copy.parentElement);
    status.textContent = '';
    try {
      const copied = await api.copyOutput(view.case.id, choice.output, choice.lang);
      ctx.showCase(copied.case, { focus: 'output-copy' });
      const text = t('outputs-copied');
      const el = document.getElementById('output-status');
      if (el) el.textContent = text;
      announce(text);
    } catch (err) {
      showError(document.getElementById('output-copy-error') || copy, err);
    }
  });
  const pdf = button({ label: t('outputs-pdf'), kind: 'secondary', id: 'output-pdf', testid: 'output-pdf' });
  pdf.addEventListener('click', () => savePdf(ctx, view, pdf));

  const panel = h(
    'section',
    { class: 'outputs', 'aria-labelledby': 'step-heading', 'data-testid': 'outputs-panel' },
    h('div', { class: 'step-head' }, h('h2', { id: 'step-heading', tabindex: '-1' }, t('outputs-title')), helpButton('adviesvraag')),
    h('p', { class: 'step-summary' }, t('outputs-intro')),
    h('div', { class: 'form form-box output-choice' }, kinds, langs, reduce),
    // In .step-content, so a closed case shows these read-only (copying still works).
    h('div', { class: 'step-content' }, current && current.id === 'adviesvraag' ? adviesvraagForm(ctx, view, helpers) : null, current && current.id === 'eenvoudig' ? plainForm(ctx, view, helpers) : null),
    warnings,
    h('h3', { class: 'output-preview-title' }, t('outputs-preview-title')),
    preview,
    h(
      'div',
      { class: 'actions output-actions' },
      copy,
      pdf,
      h('div', { id: 'output-copy-error', class: 'error-slot' }),
    ),
    status,
  );
  fill(ctx, view, helpers, preview, warnings, [copy, pdf]);
  return panel;
}

/** Asks the backend for the text and the warnings, and puts them in place. */
async function fill(ctx, view, helpers, preview, warnings, actions) {
  const token = ++renderToken;
  const key = `${view.case.id}/${choice.output}/${choice.lang}`;
  const draw = (out) => {
    replaceChildren(preview, h('pre', { class: 'output-text', lang: out.lang, 'data-testid': 'output-text', tabindex: '0', 'aria-label': t('outputs-preview-title') }, out.text));
    replaceChildren(warnings, out.warnings.length ? warningList(ctx, view, helpers, out.warnings) : null);
    pdfFileName = out.pdf_file_name;
    for (const b of actions) b.disabled = false;
  };
  const cached = last && last.key === key ? last.out : null;
  if (cached) draw(cached);
  try {
    const out = await api.renderOutput(view.case.id, choice.output, choice.lang);
    if (token !== renderToken) return;
    last = { key, out };
    // The same text and warnings as drawn from the cache keep their nodes (and the focus).
    const same = cached && cached.text === out.text && JSON.stringify(cached.warnings) === JSON.stringify(out.warnings);
    if (!same) draw(out);
  } catch (err) {
    last = null;
    if (token !== renderToken) return;
    replaceChildren(preview, h('p', { class: 'notice notice-warning', 'data-testid': 'output-refused' }, err.message || ''));
    replaceChildren(warnings);
    for (const b of actions) b.disabled = true;
  }
}

// ---------- PDF ----------

/** The status line under the actions (it may have been re-rendered since the click). */
function say(text) {
  const el = document.getElementById('output-status');
  if (el) el.textContent = text;
  announce(text);
}

/**
 * "PDF opslaan": asks where with the native dialog (the suggested name holds the output and
 * the date, never the alias), then warns that the PDF is not encrypted before anything is
 * written; "Opslaan als PDF" saves it.
 */
async function savePdf(ctx, view, opener) {
  clearErrors(opener.parentElement);
  say('');
  const output = choice.output;
  const lang = choice.lang;
  let picked;
  try {
    picked = await api.pickSavePath(pdfFileName, 'pdf');
  } catch (err) {
    showError(document.getElementById('output-copy-error') || opener, err);
    return;
  }
  if (!picked) {
    say(t('export-cancelled'));
    return;
  }
  const dialog = /** @type {HTMLDialogElement} */ (byId('small-dialog'));
  const formError = h('div', { class: 'error-slot', id: 'pdf-form-error' });
  const busy = h('p', { class: 'hint busy', role: 'status', 'data-testid': 'pdf-status' });
  const submit = button({ label: t('pdf-save'), kind: 'primary', type: 'submit', testid: 'pdf-save', id: 'pdf-save' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'data-testid': 'pdf-warning' },
    h('h2', { id: 'small-dialog-title' }, t('pdf-warning-title')),
    h('div', { class: 'banner-inline banner-warning', role: 'note' }, h('strong', null, t('pdf-warning-body'))),
    h('p', null, t('pdf-warning-where')),
    h('p', { class: 'file-path', 'data-testid': 'pdf-path' }, picked.file_name),
    h('p', null, t('pdf-warning-advice')),
    formError,
    h('div', { class: 'actions' }, submit, button({ label: t('caselist-cancel'), kind: 'secondary', testid: 'pdf-cancel', attrs: { 'data-close': true } })),
    busy,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    busy.textContent = t('pdf-busy');
    try {
      const saved = await api.saveOutputPdf(view.case.id, output, lang, picked.token);
      closeDialog(dialog, { returnTo: null });
      ctx.showCase(saved.case, { focus: 'output-pdf' });
      say(`${t('pdf-saved')} ${saved.file_name}`);
    } catch (err) {
      busy.textContent = '';
      showError(formError, err);
    } finally {
      submit.disabled = false;
    }
  });
  replaceChildren(byId('small-dialog-body'), form);
  openDialog(dialog, { focus: submit, opener });
}

// ---------- Anonymisation warnings ----------

/** The text with each finding marked. */
function marked(text, findings) {
  const parts = [];
  let at = 0;
  for (const f of findings) {
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(h('mark', { class: 'finding', title: f.label }, text.slice(f.start, f.end)));
    at = f.end;
  }
  parts.push(text.slice(at));
  return parts;
}

function warningList(ctx, view, helpers, warnings) {
  return h(
    'div',
    { class: 'notice notice-warning anon-warnings', role: 'region', 'aria-labelledby': 'anon-title' },
    h('h3', { id: 'anon-title' }, t('anon-title')),
    h('p', null, t('anon-intro')),
    h('p', { class: 'hint' }, t('anon-limits')),
    h(
      'ul',
      { class: 'anon-list' },
      warnings.map((w, i) => {
        const kinds = [...new Set(w.findings.map((f) => f.label))].join('; ');
        return h(
          'li',
          { class: 'anon-item', 'data-testid': 'anon-warning' },
          h('p', { class: 'anon-where' }, w.where_label),
          h('p', { class: 'anon-text prewrap' }, marked(w.text, w.findings)),
          h('p', { class: 'hint' }, kinds),
          fixForm(ctx, view, helpers, w, i),
        );
      }),
    ),
  );
}

/** The edit that puts `text` in place of the warned field, or null if the field is gone. */
function fixEdit(view, field, text) {
  const c = view.case;
  const id = field.item;
  switch (field.place) {
    case 'adviesvraag': {
      const a = structuredClone(c.adviesvraag);
      if (field.part === 'household-role') a.household[Number(id)].role = text;
      else if (field.part === 'household-note') a.household_note = text;
      else if (field.part === 'concern') a.concerns[Number(id)] = text;
      else if (field.part === 'own-possibilities') a.own_possibilities = text;
      else a.question = text;
      return { op: 'set-adviesvraag', adviesvraag: a };
    }
    case 'observation': {
      const o = c.observations.find((x) => x.id === id);
      if (!o) return null;
      const next = { id: o.id, kind: o.kind, fact: o.fact, date: o.date, source: o.source, interpretation: o.interpretation };
      if (field.part === 'interpretation') next.interpretation = text;
      else if (field.part === 'by') next.source = { kind: 'told', by: text };
      else next.fact = text;
      return { op: 'save-observation', observation: next };
    }
    case 'quote': {
      const q = c.quotes.find((x) => x.id === id);
      if (!q) return null;
      return { op: 'save-quote', quote: { ...q, [field.part === 'who' ? 'who' : 'words']: text } };
    }
    case 'consultation': {
      const k = c.consultations.find((x) => x.id === id);
      return k ? { op: 'save-consultation', consultation: { ...k, outcome: text } } : null;
    }
    case 'conversation': {
      const k = c.conversations.find((x) => x.id === id);
      if (!k) return null;
      const key = { 'with-whom': 'with_whom', 'their-view': 'their_view', agreements: 'agreements' }[field.part];
      return { op: 'save-conversation', conversation: { ...k, [key]: text } };
    }
    case 'gesprek':
      return { op: 'set-gesprek', gesprek: { ...c.gesprek, note: text } };
    case 'answer': {
      const a = c.answers[id];
      return a ? { op: 'set-answer', question: id, value: a.value, reason: text } : null;
    }
    case 'safety-plan': {
      const plan = structuredClone(c.safety_plan);
      if (field.part === 'unsafe-situation') plan.unsafe_situations[Number(id)] = text;
      else plan.texts[id] = text;
      return { op: 'set-safety-plan', plan };
    }
    case 'kindcheck':
      return { op: 'set-kindcheck-closed', note: text };
    default:
      return null;
  }
}

function fixForm(ctx, view, helpers, w, i) {
  const id = `anon-fix-${i}`;
  const field = textField({ id, label: t('anon-fix-label'), multiline: true, rows: 3, value: w.text, testid: 'anon-fix' });
  const input = field.querySelector('textarea');
  const form = h(
    'form',
    { class: 'form anon-fix', novalidate: true },
    field,
    // The "-new-submit" id keeps autosave away: a fix goes out when the button is pressed.
    h('div', { class: 'actions' }, button({ label: t('anon-fix-submit'), kind: 'secondary', type: 'submit', id: `${id}-new-submit`, testid: 'anon-fix-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const edit = fixEdit(view, w.field, input.value);
    if (!edit) return;
    const sent = helpers.snapshot(form);
    ctx.edit(edit, { onError: (err) => showError(input, err), onSuccess: () => helpers.settle(sent), announce: t('anon-fixed'), focus: 'output-copy' });
  });
  return form;
}

// ---------- Adviesvraag ----------

function adviesvraagForm(ctx, view, helpers) {
  const a = view.case.adviesvraag;
  const asker = (key, label) => textField({ id: `av-${key}`, label, value: a.asker[key], testid: `av-${key}` });
  // The members as recorded, and one empty row to add the next.
  const rows = [...a.household, { role: '', age: null }];
  const household = h(
    'div',
    { class: 'household' },
    rows.map((m, i) =>
      h(
        'div',
        { class: 'field-row household-row' },
        textField({ id: `av-member-${i}-role`, label: t('av-member-role'), value: m.role, testid: `av-member-${i}-role` }),
        textField({ id: `av-member-${i}-age`, label: t('av-member-age'), value: m.age === null || m.age === undefined ? '' : String(m.age), class: 'field-number', testid: `av-member-${i}-age` }),
      ),
    ),
  );
  const concerns = [0, 1, 2].map((i) =>
    textField({ id: `av-concern-${i}`, label: `${t('av-concern')} ${i + 1}`, value: a.concerns[i] || '', testid: `av-concern-${i}` }),
  );
  const formError = h('div', { class: 'error-slot', id: 'av-form-error' });
  const form = h(
    'form',
    { class: 'form form-box adviesvraag', novalidate: true, 'aria-labelledby': 'av-title', 'data-testid': 'adviesvraag-form' },
    h('h3', { id: 'av-title', tabindex: '-1' }, t('av-title')),
    h('fieldset', { class: 'fieldset' }, h('legend', { class: 'legend' }, t('av-asker-title')), h('p', { class: 'hint' }, t('av-asker-hint')),
      asker('name', t('av-name')), asker('organisation', t('av-organisation')), orgFromPack(() => form), asker('role', t('av-role')), asker('relation', t('av-relation')), asker('reach', t('av-reach'))),
    h('fieldset', { class: 'fieldset' }, h('legend', { class: 'legend' }, t('av-situation-title')), h('p', { class: 'hint' }, t('av-situation-hint')),
      h('p', { class: 'hint', 'data-testid': 'anon-scope' }, t('anon-scope'), ' ', t('anon-limits')),
      h('p', { class: 'label' }, t('av-household-title')),
      household,
      textField({ id: 'av-household-note', label: t('av-household-note'), multiline: true, rows: 2, value: a.household_note, testid: 'av-household-note' }),
      h('p', { class: 'label' }, t('av-concerns-title')),
      concerns,
      textField({ id: 'av-protective', label: t('av-protective'), hint: t('av-protective-hint'), multiline: true, rows: 2, value: a.protective_factors, testid: 'av-protective' }),
      textField({ id: 'av-others', label: t('av-others'), hint: t('av-others-hint'), multiline: true, rows: 2, value: a.other_professionals, testid: 'av-others' }),
      textField({ id: 'av-own', label: t('av-own'), multiline: true, rows: 3, value: a.own_possibilities, testid: 'av-own' }),
      textField({ id: 'av-question', label: t('av-question'), hint: t('av-question-hint'), multiline: true, rows: 3, value: a.question, testid: 'av-question' }),
      checkbox({ id: 'av-profiles', label: t('av-profiles'), hint: t('av-profiles-hint'), checked: a.include_profiles, testid: 'av-profiles', onChange: () => form.requestSubmit() })),
    formError,
    h('div', { class: 'actions' }, button({ label: t('av-submit'), kind: 'secondary', type: 'submit', id: 'av-submit', testid: 'av-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (id) => fieldValue(form.querySelector(`#${id}`));
    const members = [];
    for (let i = 0; i < rows.length; i += 1) {
      const ageText = value(`av-member-${i}-age`).trim();
      const age = ageText === '' ? null : Number(ageText);
      if (ageText !== '' && (!Number.isInteger(age) || age < 0 || age > 120)) {
        showError(form.querySelector(`#av-member-${i}-age`), { message: t('av-age-invalid') });
        return;
      }
      members.push({ role: value(`av-member-${i}-role`), age });
    }
    const adviesvraag = {
      asker: { name: value('av-name'), organisation: value('av-organisation'), role: value('av-role'), relation: value('av-relation'), reach: value('av-reach') },
      household: members,
      household_note: value('av-household-note'),
      concerns: [0, 1, 2].map((i) => value(`av-concern-${i}`)),
      own_possibilities: value('av-own'),
      question: value('av-question'),
      include_profiles: /** @type {HTMLInputElement} */ (form.querySelector('#av-profiles')).checked,
      other_professionals: value('av-others'),
      protective_factors: value('av-protective'),
    };
    const sent = helpers.snapshot(form);
    ctx.edit({ op: 'set-adviesvraag', adviesvraag }, { onError: (err) => showError(formError, err), onSuccess: () => helpers.settle(sent), announce: t('av-saved'), focus: 'av-submit' });
  });
  return form;
}

/**
 * With an organisation pack: a button that fills "Over jou"'s organisation with the pack's
 * organisation name and saves, only when the professional presses it. Never in the anonymous
 * part of the adviesvraag.
 * @param {() => HTMLElement} getForm
 */
function orgFromPack(getForm) {
  const org = state.local && state.local.organisation;
  if (!org) return null;
  const fill = button({ label: `${t('av-organisation-from-pack')} ${org.pack.name}`, kind: 'link', id: 'av-organisation-from-pack', testid: 'av-organisation-from-pack' });
  fill.addEventListener('click', () => {
    const form = /** @type {HTMLFormElement} */ (getForm());
    /** @type {HTMLInputElement} */ (form.querySelector('#av-organisation')).value = org.pack.name;
    form.requestSubmit();
  });
  return h('p', { class: 'hint' }, fill);
}

// ---------- Plain-language summary ----------

function plainForm(ctx, view, helpers) {
  const s = view.case.plain_summary;
  const area = (id, key, label) => textField({ id, label, multiline: true, rows: 3, value: s[key], testid: id });
  const formError = h('div', { class: 'error-slot' });
  const form = h(
    'form',
    { class: 'form form-box plain-summary', novalidate: true, 'aria-labelledby': 'plain-title', 'data-testid': 'plain-form' },
    h('h3', { id: 'plain-title', tabindex: '-1' }, t('plain-title')),
    h('p', { class: 'hint' }, t('plain-hint')),
    checkbox({ id: 'plain-enabled', label: t('plain-enabled'), checked: s.enabled, testid: 'plain-enabled', onChange: () => form.requestSubmit() }),
    area('plain-worries', 'worries', t('plain-worries')),
    area('plain-going-well', 'going_well', t('plain-going-well')),
    area('plain-next', 'next', t('plain-next')),
    area('plain-contact', 'contact', t('plain-contact')),
    formError,
    h('div', { class: 'actions' }, button({ label: t('plain-submit'), kind: 'secondary', type: 'submit', id: 'plain-submit', testid: 'plain-submit' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (id) => fieldValue(form.querySelector(`#${id}`));
    const summary = {
      enabled: /** @type {HTMLInputElement} */ (form.querySelector('#plain-enabled')).checked,
      worries: value('plain-worries'),
      going_well: value('plain-going-well'),
      next: value('plain-next'),
      contact: value('plain-contact'),
    };
    const sent = helpers.snapshot(form);
    ctx.edit({ op: 'set-plain-summary', summary }, { onError: (err) => showError(formError, err), onSuccess: () => helpers.settle(sent), announce: t('plain-saved'), focus: 'plain-submit' });
  });
  return form;
}

// ---------- Timeline ----------

/**
 * The decision log and the follow-ups.
 * @param {Object} view CaseView
 */
export function renderTimeline(view) {
  return h(
    'section',
    { class: 'timeline-panel', 'aria-labelledby': 'step-heading', 'data-testid': 'timeline-panel' },
    h('div', { class: 'step-head' }, h('h2', { id: 'step-heading', tabindex: '-1' }, t('timeline-title'))),
    h('h3', null, t('due-title')),
    view.due.length
      ? h(
          'ul',
          { class: 'due-list', 'data-testid': 'due-list' },
          view.due.map((d) =>
            h(
              'li',
              { class: ['due-item', `due-${d.state}`] },
              h('span', { class: ['badge', `badge-due-${d.state}`] }, d.state_label),
              h('span', { class: 'due-date' }, d.date_label),
              h('span', { class: 'due-label' }, d.label),
              d.note ? h('p', { class: 'due-note prewrap' }, d.note) : null,
            ),
          ),
        )
      : h('p', { class: 'hint' }, t('due-empty')),
    h('h3', null, t('timeline-log-title')),
    h('p', { class: 'hint' }, t('timeline-intro')),
    h(
      'ol',
      { class: 'timeline', 'data-testid': 'timeline' },
      view.timeline.map((e) => h('li', { class: 'timeline-item' }, h('time', { datetime: e.at, class: 'timeline-at' }, e.at_label), h('span', { class: 'timeline-text' }, e.text))),
    ),
  );
}
