// @ts-check
// Packs (issue 15): the organisation's own meldcode and the region's partners. The dialog that
// lists, imports (native open dialog through the backend; the backend checks and verifies the
// signature) and removes packs, and the panels that show a pack's contacts in step 2, step 5
// and the Acuut panel. Every check happens in Rust; the page shows what LocalView says.
// A pack's own texts are the organisation's words (like an oefencasus), shown as they are.

import * as api from '../api.js';
import { t } from '../l10n.js';
import { byId, h, replaceChildren } from '../dom.js';
import { openDialog } from '../dialog.js';
import { announce, button, checkbox, clearErrors, formatDate, showError } from '../ui.js';
import { state } from '../state.js';

/** Fetches what the packs add (after unlock, an import or a removal); never throws. */
export async function refreshLocal() {
  try {
    state.local = await api.packLocal();
  } catch {
    state.local = null;
  }
}

/** @param {PackView} p */
function packFacts(p) {
  return h(
    'div',
    { class: 'pack-facts' },
    h(
      'p',
      { class: 'item-head' },
      h('strong', null, p.name),
      h('span', { class: 'badge badge-neutral' }, p.kind === 'region' ? t('packs-kind-region') : t('packs-kind-organisation')),
      p.past_review ? h('span', { class: 'badge badge-warning', 'data-testid': `pack-${p.id}-past-review` }, t('packs-past-review')) : null,
    ),
    h('p', { class: 'hint' }, t('packs-publisher'), ' ', p.publisher),
    p.signature === 'signed'
      ? h('p', { class: 'hint', 'data-testid': `pack-${p.id}-fingerprint` }, t('packs-fingerprint'), ' ', h('code', null, p.fingerprint || ''), p.dev_key ? [' — ', h('strong', null, t('packs-dev-key'))] : null)
      : h('p', { class: 'hint warning-text' }, h('strong', null, t('packs-unsigned'))),
    h('p', { class: 'hint' }, t('packs-review-by'), ' ', formatDate(p.review_by), p.unconfirmed ? ` · ${t('packs-unconfirmed-count')} ${p.unconfirmed}` : ''),
  );
}

/**
 * The packs dialog: the imported packs with remove buttons, and the import.
 * @param {Object} ctx
 * @param {HTMLElement} opener
 */
export async function openPacks(ctx, opener) {
  const dialog = /** @type {HTMLDialogElement} */ (byId('small-dialog'));
  const body = byId('small-dialog-body');
  const status = h('p', { class: 'hint busy', role: 'status', 'data-testid': 'packs-status' });
  const errorSlot = h('div', { class: 'error-slot', id: 'packs-error' });
  const list = h('div', { 'data-testid': 'packs-list' });
  const preview = h('div', { 'data-testid': 'pack-preview' });
  const choose = button({ label: t('packs-import'), kind: 'primary', testid: 'pack-import', id: 'pack-import' });
  /** Whether a pack was imported or removed while the dialog was open. */
  let changed = false;

  async function drawList(/** @type {?PacksView} */ view) {
    const packs = view ? view.packs : (await api.packsList()).packs;
    if (packs.length === 0) {
      list.replaceChildren(h('p', { class: 'empty' }, t('packs-empty')));
      return;
    }
    list.replaceChildren(
      h(
        'ul',
        { class: 'items' },
        packs.map((p) => {
          const remove = button({ label: t('packs-remove'), kind: 'quiet-danger', id: `pack-${p.id}-remove`, testid: `pack-${p.id}-remove` });
          remove.addEventListener('click', async () => {
            clearErrors(body);
            try {
              await drawList(await api.packRemove(p.id));
              await refreshLocal();
              changed = true;
              announce(t('packs-removed'));
              choose.focus();
            } catch (err) {
              showError(errorSlot, err);
            }
          });
          return h('li', { class: 'item', 'data-testid': `pack-${p.id}` }, packFacts(p), h('div', { class: 'item-actions' }, remove));
        }),
      ),
    );
  }

  choose.addEventListener('click', async () => {
    clearErrors(body);
    preview.replaceChildren();
    status.textContent = '';
    try {
      const picked = await api.pickOpenPath('pack');
      if (!picked) return;
      const read = await api.packRead(picked.token);
      const unsigned = read.pack.signature !== 'signed';
      const accept = unsigned ? checkbox({ id: 'pack-accept-unsigned', label: t('packs-accept-unsigned'), testid: 'pack-accept-unsigned' }) : null;
      const acceptInput = accept ? /** @type {HTMLInputElement} */ (accept.querySelector('input')) : null;
      const confirm = button({ label: t('packs-confirm'), kind: 'primary', testid: 'pack-confirm', id: 'pack-confirm' });
      const cancel = button({ label: t('caselist-cancel'), kind: 'secondary', testid: 'pack-cancel', id: 'pack-cancel' });
      cancel.addEventListener('click', async () => {
        await api.packCancel();
        preview.replaceChildren();
        choose.focus();
      });
      confirm.addEventListener('click', async () => {
        clearErrors(body);
        try {
          const view = await api.packAccept(acceptInput ? acceptInput.checked : false);
          preview.replaceChildren();
          await drawList(view);
          await refreshLocal();
          changed = true;
          status.textContent = `${t('packs-imported')} ${read.pack.name}`;
          choose.focus();
        } catch (err) {
          showError(errorSlot, err);
        }
      });
      preview.replaceChildren(
        h(
          'div',
          { class: 'form-box' },
          h('h3', { id: 'pack-preview-title', tabindex: '-1' }, t('packs-preview-title'), ' ', picked.file_name),
          packFacts(read.pack),
          unsigned ? h('div', { class: 'banner-inline banner-warning', role: 'note' }, h('strong', null, t('packs-unsigned-warning'))) : null,
          read.pack.dev_key ? h('div', { class: 'banner-inline banner-warning', role: 'note' }, t('packs-dev-key-warning')) : null,
          read.replaces ? h('p', { class: 'hint' }, t('packs-replaces'), ' ', read.replaces) : null,
          accept,
          h('div', { class: 'actions' }, confirm, cancel),
        ),
      );
      byId('pack-preview-title').focus();
    } catch (err) {
      showError(errorSlot, err);
    }
  });

  replaceChildren(
    body,
    h(
      'div',
      { class: 'form', 'data-testid': 'packs-dialog' },
      h('h2', { id: 'small-dialog-title' }, t('packs-title')),
      h('p', null, t('packs-body')),
      list,
      h('div', { class: 'actions' }, choose, button({ label: t('packs-close'), kind: 'secondary', testid: 'packs-close', id: 'packs-close', attrs: { 'data-close': true } })),
      errorSlot,
      preview,
      status,
    ),
  );
  try {
    await drawList(null);
  } catch (err) {
    showError(errorSlot, err);
  }
  // What the packs add shows on the screen underneath (the case list's line) once the dialog
  // closes: redrawn from the backend's LocalView, focus back on the button that opened it.
  openDialog(dialog, {
    focus: choose,
    opener,
    onClose: () => {
      if (changed && state.screen === 'list') ctx.showList({ focus: 'packs-button' });
    },
  });
}

/** @param {PackContactView} c */
function contact(c, testid) {
  return h(
    'li',
    { class: 'pack-contact', 'data-testid': testid },
    h('p', { class: 'item-head' }, h('strong', null, c.name), c.confirmed ? null : h('span', { class: 'badge badge-warning' }, t('packs-not-confirmed'))),
    c.role ? h('p', null, c.role) : null,
    c.phone ? h('p', null, t('packs-phone'), ' ', c.phone) : null,
    c.email ? h('p', null, t('packs-email'), ' ', c.email) : null,
    c.address ? h('p', null, c.address) : null,
    c.web ? h('p', { class: 'hint' }, c.web) : null,
    c.what ? h('p', { class: 'prewrap' }, c.what) : null,
    c.when ? h('p', { class: 'hint prewrap' }, c.when) : null,
  );
}

/** @param {PackView} p */
function staleNote(p) {
  return p.past_review ? h('p', { class: 'banner-inline banner-warning', role: 'note' }, t('packs-stale'), ' ', p.name, ' (', formatDate(p.review_by), ')') : null;
}

/** @param {PackStepView} s */
function stepText(s) {
  return h(
    'li',
    null,
    s.inform ? h('p', null, h('strong', null, t('packs-inform')), ' ', s.inform) : null,
    s.dossier ? h('p', null, h('strong', null, t('packs-dossier')), ' ', s.dossier) : null,
    s.text ? h('p', { class: 'prewrap' }, s.text) : null,
    s.confirmed ? null : h('span', { class: 'badge badge-warning' }, t('packs-not-confirmed')),
  );
}

/**
 * What the packs add to a step: step 2 the aandachtsfunctionaris and the region's Veilig
 * Thuis; step 5 what happens next in the region; every step the organisation's route and notes.
 * @param {?LocalView} local
 * @param {string} stepId
 */
export function packPanel(local, stepId) {
  if (!local || (!local.organisation && !local.region)) return null;
  const org = local.organisation;
  const region = local.region;
  const route = org ? org.route.filter((r) => r.step === stepId) : [];
  const notes = org ? org.notes.filter((r) => r.step === stepId) : [];
  const parts = [];
  if (stepId === 'consultatie') {
    if (org) {
      parts.push(h('h4', null, t('packs-af-title')), staleNote(org.pack), h('ul', { class: 'pack-contacts' }, contact(org.aandachtsfunctionaris, 'pack-af')));
      if (org.consultations.length) parts.push(h('h4', null, t('packs-consultations-title')), h('ul', { class: 'pack-contacts' }, org.consultations.map((c) => contact(c, `pack-consultation-${c.kind}`))));
    }
    if (region) parts.push(h('h4', null, t('packs-vt-title')), staleNote(region.pack), h('ul', { class: 'pack-contacts' }, region.veilig_thuis.map((c) => contact(c, 'pack-vt'))));
  }
  if (stepId === 'beslissen' && region) {
    const next = region.next.filter((n) => n.step === 'beslissen' || n.step === 'na-melding');
    if (next.length) parts.push(h('h4', null, t('packs-next-title'), ' ', region.pack.name), staleNote(region.pack), h('ul', { class: 'pack-steps', 'data-testid': 'pack-next' }, next.map(stepText)));
    const partners = region.partners.filter((c) => ['lokaal-team', 'zorg-en-veiligheidshuis', 'opvang', 'initiatief'].includes(c.kind));
    if (partners.length) parts.push(h('h4', null, t('packs-partners-title')), h('ul', { class: 'pack-contacts' }, partners.map((c) => contact(c, `pack-partner-${c.kind}`))));
  }
  if (route.length) parts.push(h('h4', null, t('packs-route-title')), staleNote(org.pack), h('ul', { class: 'pack-steps', 'data-testid': 'pack-route' }, route.map(stepText)));
  if (notes.length) parts.push(h('h4', null, t('packs-notes-title')), h('ul', { class: 'pack-steps' }, notes.map(stepText)));
  if (parts.length === 0) return null;
  return h(
    'aside',
    { class: 'record-box pack-panel', 'aria-labelledby': `pack-panel-${stepId}`, 'data-testid': `pack-panel-${stepId}` },
    h('h3', { id: `pack-panel-${stepId}` }, stepId === 'consultatie' ? t('packs-step2-title') : t('packs-local-title')),
    parts,
  );
}

/**
 * The Acuut panel's local line: the region's Centrum Seksueel Geweld, beside the national numbers.
 * @param {?LocalView} local
 */
export function acutePackLines(local) {
  const region = local && local.region;
  if (!region || region.csg.length === 0) return null;
  return h(
    'div',
    { class: 'acute-local', 'data-testid': 'acute-pack' },
    h('h3', null, t('packs-acute-title'), ' ', region.pack.name),
    staleNote(region.pack),
    h('ul', { class: 'pack-contacts' }, region.csg.map((c) => contact(c, 'acute-pack-csg'))),
  );
}

/**
 * The case list's line "Pakket: <organisation> · <region>" and the button to the packs.
 * @param {Object} ctx
 */
export function caseListPackLine(ctx) {
  if (!ctx.startup.persistent) return null;
  const local = state.local;
  const open = button({ label: t('packs-open'), kind: 'link', testid: 'packs-button', id: 'packs-button' });
  open.addEventListener('click', () => openPacks(ctx, open));
  const stale = local && [local.organisation, local.region].some((x) => x && x.pack.past_review);
  return h(
    'p',
    { class: 'pack-line', 'data-testid': 'pack-line' },
    local && local.line ? h('span', null, local.line) : h('span', null, t('packs-none')),
    stale ? [' ', h('span', { class: 'badge badge-warning' }, t('packs-past-review'))] : null,
    ' ',
    open,
  );
}
