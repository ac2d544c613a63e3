// @ts-check
// UI texts. The backend formats every Fluent message (startup().messages, current language);
// this module only looks them up. In HTML a text is named with a data-l10n-id attribute (and
// data-l10n-attr="aria-label" | "placeholder" | "title" to fill an attribute instead of the
// text); in JS with t() called with a literal id, so a test can check every id against the locales.

/** @type {Object<string, string>} */
let messages = {};

/**
 * @param {Object<string, string>} map id → text, in the current language
 * @param {string} lang
 */
export function setMessages(map, lang) {
  messages = map || {};
  document.documentElement.lang = lang;
}

/**
 * The text of a message. Call it with a literal id.
 * @param {string} id
 * @returns {string}
 */
export function t(id) {
  const text = messages[id];
  return typeof text === 'string' ? text : id;
}

const ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title']);

/**
 * Fills every [data-l10n-id] in root (and root itself).
 * @param {ParentNode} root
 */
export function applyL10n(root) {
  const nodes = [...root.querySelectorAll('[data-l10n-id]')];
  if (root instanceof Element && root.hasAttribute('data-l10n-id')) nodes.push(root);
  for (const node of nodes) {
    const text = t(node.getAttribute('data-l10n-id'));
    const attr = node.getAttribute('data-l10n-attr');
    if (attr && ATTRIBUTES.has(attr)) {
      node.setAttribute(attr, text);
    } else {
      node.textContent = text;
    }
  }
}
