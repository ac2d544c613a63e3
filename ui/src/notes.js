// @ts-check
// The trainer-notes window (oefenmodus, on the trainer's own screen): the notes, common
// mistakes and discussion questions of the round the presenter shows. It asks the backend
// twice a second; its capability grants it that one command (`training_notes`) and nothing else.
// All its texts come localised from the backend.

import * as api from './api.js';
import { byId, h, replaceChildren } from './dom.js';

const POLL_MS = 500;
let last = '';

function render(v) {
  document.documentElement.lang = v.language;
  document.title = `${v.heading} — ${v.marking}`;
  byId('notes-mark').textContent = v.marking;
  const p = v.position;
  const body = p
    ? [
        h('p', { class: 'notes-round', 'data-testid': 'notes-round' }, v.round_label),
        h('h2', { class: 'notes-title' }, p.title),
        h('p', { class: 'notes-revealed', 'data-testid': 'notes-revealed' }, v.revealed_label),
        h('section', null, h('h3', null, v.notes_label), h('p', { 'data-testid': 'notes-text' }, p.notes)),
        p.mistakes.length ? h('section', null, h('h3', null, v.mistakes_label), h('ul', null, p.mistakes.map((m) => h('li', null, m)))) : null,
        h('section', null, h('h3', null, v.questions_label), h('ul', null, p.questions.map((q) => h('li', null, q)))),
      ]
    : [h('p', { class: 'notes-waiting', 'data-testid': 'notes-waiting' }, v.waiting)];
  replaceChildren(byId('notes'), h('h1', null, v.heading, p ? h('span', { class: 'notes-case' }, ` · ${p.case_title}`) : null), body);
}

async function poll() {
  try {
    const v = await api.trainingNotes();
    const key = JSON.stringify(v);
    if (key !== last) {
      last = key;
      render(v);
    }
  } catch {
    // The main window may be closing; try again on the next poll.
  }
}

poll();
window.setInterval(poll, POLL_MS);
