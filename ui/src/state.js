// @ts-check
// The page's memory: one `state` object that every controller reads and writes. Nothing here
// survives a lock (session.js clears the case parts) or the app closing.

/** Cases per page of the list (the backend sorts and pages; see App::list_cases_page). */
export const LIST_PAGE = 50;

export const state = {
  /** @type {?StartupView} */
  startup: null,
  /** @type {'list'|'new'|'case'|'setup'|'recovery'|'unlock'|'training'|'presenter'|'compare'} */
  screen: 'list',
  /** The recovery key while it is shown (once, right after set-up). */
  recoveryKey: null,
  /** Damaged cases found by the last unlock, in words; said once on the case list. */
  damagedNotice: null,
  /** @type {?CaseView} */
  caseView: null,
  /** Step shown on the case screen. */
  step: 'signalen',
  /** Edits run one after another, in the order the user made them. */
  queue: Promise.resolve(),
  /** While an autosave sends its edit: the edits started now, quietly (see autosave()). */
  autosaveRuns: null,
  /** While an autosaved edit's callbacks run (ctx.quiet). */
  quiet: false,
  /** The new-case screen's options (an information request, a case from the Acuut panel). */
  newCase: null,
  /** Where the professional was when the vault locked: ids only, never text. */
  resume: null,
  /** True while lockVault runs. */
  locking: false,
  /**
   * Oefenmodus, when on: the TrainingView, the open oefencasus, the presenter's round,
   * whether its facts are shown, the text scale and the last import's result. Page memory only.
   */
  training: null,
  /** @type {?LocalView} What the imported packs add (views/packs.js); cleared on lock. */
  local: null,
};
