// @ts-check
// Small DOM helpers shared by the views. No framework: views build elements with h() and
// re-render whole regions from the backend's answer.

let uid = 0;

/** A unique id for label/for and aria-describedby pairs that have no natural id. */
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}

/**
 * Creates an element. attrs: `class` (string or array), `dataset` (object), `on` (object of
 * event → handler), booleans for boolean attributes (false/null/undefined leave them out),
 * `value`/`checked` set as properties; everything else as an attribute.
 * Children: strings, nodes, arrays, or null/false (skipped).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Object} [attrs]
 * @param {...any} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') {
        const list = Array.isArray(value) ? value.filter(Boolean) : String(value).split(/\s+/).filter(Boolean);
        el.classList.add(...list);
      } else if (key === 'dataset') {
        Object.assign(el.dataset, value);
      } else if (key === 'on') {
        for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
      } else if (key === 'value') {
        /** @type {HTMLInputElement} */ (el).value = value;
      } else if (key === 'checked') {
        /** @type {HTMLInputElement} */ (el).checked = Boolean(value);
      } else if (value === true) {
        el.setAttribute(key, '');
      } else {
        el.setAttribute(key, String(value));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Removes all children of el and appends the given ones. */
export function replaceChildren(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** The element with this id, or throws (a missing shell element is a bug in index.html). */
export function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el;
}

/** Today as YYYY-MM-DD in local time. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Now as YYYY-MM-DDTHH:MM in local time. */
export function nowLocal() {
  const d = new Date();
  return `${today()}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function pad(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

/** YYYY-MM-DDTHH:MM as the backend's NaiveDateTime, or null. */
export function toNaiveDateTime(value) {
  if (!value) return null;
  return value.length === 16 ? `${value}:00` : value;
}

/** A NaiveDateTime (YYYY-MM-DDTHH:MM:SS) as YYYY-MM-DDTHH:MM. */
export function fromNaiveDateTime(value) {
  return value ? value.slice(0, 16) : '';
}

/** Focusable descendants of root, in DOM order. */
const HIDDEN = '.hidden';

export function focusables(root) {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll(selector)].filter((el) => !el.closest(HIDDEN) && el.getClientRects().length > 0);
}
