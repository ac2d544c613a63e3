// @ts-check
// The views behind the vault (the case list, the case and its steps, outputs, packs, Acuut,
// Over): loaded when first needed, not before the first screen. The first screen (set-up or
// unlock) needs only views/vault.js and views/training.js; leaving the other fifteen modules
// out of its way saves about a third of the start-up time spent in the page (issue 12 §7).
//
// Every way onto a screen that draws these views (showList, openCase, the Acuut and Over
// buttons, a language switch) awaits loadViews() first; what can only be reached from such a
// screen (showCase, selectStep, showNewCase) uses views(). The unlock and set-up forms start
// the loading while the key is derived, so the case list does not wait for it.

/**
 * @typedef {object} Views
 * @property {typeof import('./views/cases.js')} cases
 * @property {typeof import('./views/case.js')} caseView
 * @property {typeof import('./views/acute.js')} acute
 * @property {typeof import('./views/about.js')} about
 * @property {typeof import('./views/packs.js')} packs
 * @property {typeof import('./views/outputs.js')} outputs
 */

/** @type {?Promise<Views>} */
let loading = null;
/** @type {?Views} */
let loaded = null;

/** Loads the views (once; a failed load is tried again on the next call). */
export function loadViews() {
  if (!loading) {
    loading = Promise.all([
      import('./views/cases.js'),
      import('./views/case.js'),
      import('./views/acute.js'),
      import('./views/about.js'),
      import('./views/packs.js'),
      import('./views/outputs.js'),
    ]).then(
      ([cases, caseView, acute, about, packs, outputs]) => (loaded = { cases, caseView, acute, about, packs, outputs }),
      (err) => {
        loading = null;
        throw err;
      },
    );
  }
  return loading;
}

/**
 * The views, once loaded: for what only a screen drawn by them can call.
 * @returns {Views}
 */
export function views() {
  if (!loaded) throw new Error('views used before loadViews() finished');
  return loaded;
}

/** Forgets the outputs' cached texts (on lock); nothing to forget if they never loaded. */
export function forgetOutputs() {
  if (loaded) loaded.outputs.forgetOutputs();
}
