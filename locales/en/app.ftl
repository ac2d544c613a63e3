# Meldwijzer — the texts the interface (ui/) shows itself.
# Only the global variables { $veilig-thuis }, { $noodnummer } and { $vertrouwensinspecteur };
# never type a phone number. Every id here is used in ui/ (data-l10n-id or t()).
# Dutch (locales/nl) is the reference; the meldcode's own terms stay in Dutch.
# The app says ‘Saved’ only after the vault has confirmed a save.


# ---- App ----

app-name = Meldwijzer
app-tagline = Help with the meldcode on domestic violence and child abuse
app-not-saved-title = Not saved
app-not-saved-body = — if you close the app, this case is gone.
app-saved = Saved
app-save-pending = Not saved yet…
app-saving = Saving…
app-save-failed = Not saved; your text is still here.
app-save-draft = Draft kept, not added yet
app-case-field = Field
app-case-subject = Concern about
app-case-suspect = Suspicion about
app-case-updated = Last changed
app-case-edit-profile = Change details
app-case-profile-title = Change the case details
app-case-profile-hint = Your field decides which afwegingskader you see. Whom you suspect decides whether you follow the five steps or another route.
app-case-profile-submit = Record changes
app-case-profile-changed = Details changed
app-step-record-title = What do you record?
app-step-done = Complete step
app-step-reopen = Reopen step
app-step-date-label = Completed on
app-step-date-hint = The date you completed this step. If you record it later, change the date.
app-step-done-announce = Step completed
app-step-reopened = Step reopened
app-remove-title = Remove?
app-remove-body = You take this out of the case. You cannot undo this.
app-remove-confirm = Remove


# ---- Navigation ----

nav-label = Main menu
nav-cases = Cases
nav-back-to-cases = Back to your cases
# The window title: the screen and the step, never the case's alias.
window-title-step = Step
window-title-kindcheck = Kindcheck
window-title-case = Case

# A date field: typed day first in both languages, whatever the system's locale.
date-input-format = dd-mm-yyyy
date-input-error = Write the date as day-month-year, for example 20-11-2026.
time-input-format = hh:mm
time-input-error = Write the time as hours:minutes, for example 15:30.

nav-steps = The five steps


# ---- Acute ----

acute-panel-button = Urgent
acute-panel-title = Urgent
acute-panel-close = Close
acute-panel-disclosure-title = Is a child telling you something?
acute-panel-disclosure-body = Write down the child's or adult's words literally as soon as you can, with what you asked or said before. Never promise secrecy.
acute-panel-disclosure = A child tells you something
acute-panel-disclosure-locked = To record the words in Meldwijzer, unlock your vault first. Until then, write them down on paper.


# ---- The vault ----

vault-lock-button = Lock
vault-lock-title = Lock and hide everything (Ctrl+Shift+L)
vault-locked = Locked
vault-unlocked = Unlocked
vault-setup-title = Set up your vault
vault-setup-intro = Meldwijzer keeps your cases encrypted on this computer. Only your passphrase opens them.
vault-setup-passphrase-label = Choose a passphrase
vault-setup-passphrase-hint = A sentence of a few words is strong and easy to remember.
vault-setup-min-label = Minimum number of characters:
vault-setup-count-label = Typed:
vault-setup-strength-short = too short
vault-setup-strength-ok = long enough; longer is stronger
vault-setup-strength-good = strong through its length
vault-setup-again-label = Type the passphrase again
vault-setup-mismatch = The two passphrases are not the same. Type them again.
vault-setup-warning = If you forget this passphrase, your cases are gone. Nobody can get them back.
vault-setup-recovery-label = Also make a recovery key
vault-setup-recovery-hint = It opens the vault if you forget your passphrase. You see it once.
vault-setup-submit = Set up vault
vault-setup-busy = One moment, your vault is being set up…
vault-setup-done = Your vault is ready
vault-setup-acute = Is there danger right now? Choose Urgent, at the top of the screen. That always works, even without a vault.
vault-recovery-title = Your recovery key
vault-recovery-body = Write this down and keep it apart, not with your computer.
vault-recovery-once = You see this key only once.
vault-recovery-done = I have written it down
vault-unlock-title = Meldwijzer is locked
vault-unlock-intro = Type your passphrase to open your cases.
vault-unlock-passphrase-label = Passphrase
vault-unlock-submit = Unlock
vault-unlock-busy = One moment, your vault is opening…


# ---- A child tells you something ----

disclosure-form-title = A child tells you something
disclosure-form-edit-title = Change the literal words
disclosure-form-close = Close
disclosure-form-in-case = You record this in step 1 of case
disclosure-form-new-case = New case
disclosure-form-new-case-hint = No case is open. Meldwijzer starts a new case with these words in step 1.
disclosure-form-age-legend = The child's age
disclosure-form-words-label = Literal words (quotation)
disclosure-form-words-hint = Write exactly what was said, in the speaker's own words, slang and mistakes included.
disclosure-form-speaker-legend = Who said these words?
disclosure-form-speaker-hint = Only the child's or possible victim's own words are a disclosure; they show the acute route. A parent's explanation or the suspected person's words are recorded literally too, but they open nothing.
disclosure-form-speaker-unstated = It is not yet recorded who said these words. They were recorded before Meldwijzer asked. Until you choose, they count as a possible disclosure and the acute route stays visible.
disclosure-form-speaker-required = Choose who said these words.
disclosure-form-question-label = What was asked or said just before?
disclosure-form-question-hint = Literally as well. That shows whether someone spoke of their own accord.
disclosure-form-date-label = Date
disclosure-form-time-label = Time
disclosure-form-when-required = Fill in the date and time.
disclosure-form-who-label = Role of who said it
disclosure-form-who-hint = A role, not a name. For example: the pupil, the mother.
disclosure-form-context-label = Where, and in what situation?
disclosure-form-submit = Record the words
disclosure-form-save = Record the change
disclosure-form-cancel = Cancel
disclosure-form-guidance-title = How to record it
disclosure-form-recorded = The words are in step 1.
disclosure-form-saved = Change recorded


# ---- Start screen: your cases ----

caselist-title = Your cases
caselist-intro = A case follows one concern through the five steps of the meldcode. Use a pseudonym, never a real name.
caselist-new = New case
caselist-empty-title = No cases yet
caselist-empty-body = Meldwijzer helps you walk through the five steps of the meldcode: mapping signals, consulting a colleague, the conversation, weighing with the afwegingskader, and deciding. You weigh and decide; Meldwijzer lays out the steps, records what you do and shows the sources.
caselist-empty-acute = Is there immediate danger, or is a child telling you something? Choose Urgent at the top of the screen.
caselist-status = Status
caselist-updated = Last changed
caselist-damaged-title = This case is damaged
caselist-damaged-status = Meldwijzer could not verify this case's list details. Open the case: it may still be intact. If it opens, export it. If it does not, delete it.
caselist-damaged-created = Created on { $date }
caselist-damaged-label = Check
caselist-damaged-notice-one = When your vault was opened, one case turned out to be damaged. It is at the top of your list. Open it to see what can still be read.
caselist-damaged-notice-many = When your vault was opened, { $count } cases turned out to be damaged. They are at the top of your list. Open them to see what can still be read.
caselist-open = Open
caselist-rename = Rename
caselist-delete = Delete
caselist-rename-title = Rename the case
caselist-rename-label = Pseudonym
caselist-rename-submit = Rename
caselist-renamed = Name changed
caselist-cancel = Cancel
caselist-delete-title = Delete this case?
caselist-delete-body = Everything you recorded in this case disappears. You cannot undo this.
caselist-delete-confirm = Delete case
caselist-deleted = Case deleted


# ---- New case ----

newcase-title = New case
newcase-intro = A pseudonym and three questions. Then you see the steps that fit your situation.
newcase-alias-label = Pseudonym for this case
newcase-alias-hint = Meldwijzer never needs a real name. Choose a pseudonym, for example ‘Pupil year 4’ or ‘Case March’.
newcase-field-legend = Which field do you work in?
newcase-field-hint = Your field decides which afwegingskader you see.
newcase-field-required = Choose your field.
newcase-subject-legend = Who are you worried about?
newcase-subject-required = Choose who you are worried about.
newcase-suspect-legend = Whom do you suspect of the violence?
newcase-suspect-hint = This decides whether you follow the five steps of the meldcode or another route.
newcase-suspect-required = Choose whom you suspect.
newcase-submit = Start case
newcase-cancel = Cancel
newcase-created = Case started


# ---- Step 1: mapping signals ----

step1-forms-title = Which forms of violence do you think of?
step1-forms-hint = Choose what fits your concern. You can change this later.
step1-suspect-relation-title = Who is the suspected person to the one the concern is about?
step1-suspect-relation-hint = A parent can read the pupil file and the file of a minor patient. Meldwijzer takes this into account in the notes.
step1-suspect-relation-none = Not recorded
step1-observations-title = Signals and counter-indications
step1-observations-hint = Also record what contradicts your concern. Keep the fact apart from how you interpret it.
step1-observations-empty = No signals recorded yet.
step1-kind-legend = Kind
step1-kind-signal = Signal
step1-kind-counter = Counter-indication
step1-fact-label = What did you see or hear?
step1-fact-hint = As factual as possible: what, where, how often. For an injury: where it is and what kind.
step1-date-label = Date
step1-source-legend = Where does this come from?
step1-source-own = Own observation
step1-source-told = Told by someone else
step1-source-told-by = Told by:
step1-source-by-label = By whom?
step1-source-by-hint = A role, not a name. For example: the mother, the PE teacher.
step1-interpretation-input-label = Your interpretation (apart from the fact)
step1-interpretation-hint = Optional. A suspicion or explanation goes here, not with the fact.
step1-interpretation-label = Your interpretation
step1-observation-add-title = Add an observation
step1-observation-edit-title = Change observation
step1-observation-add = Add observation
step1-observation-save = Record the change
step1-observation-added = Observation added
step1-observation-saved = Observation changed
step1-observation-removed = Observation removed
step1-cancel-edit = Cancel
step1-edit = Change
step1-remove = Remove
step1-quotes-title = Literal words
step1-quotes-hint = What someone said, literally: the child or the adult client, a parent or someone else. With who said it and what came before.
step1-quotes-empty = No literal words recorded yet.
step1-quote-before-label = Asked or said before
step1-quote-context-label = Situation:
step1-quote-add = Add literal words
step1-quote-removed = Literal words removed
step1-quotes-unstated = For literal words below it is not yet recorded who said them. Choose it with those words. Until then they count as a possible disclosure by the child and the acute route stays visible.
step1-quote-speaker-unstated = Not recorded who said this
step1-quote-speaker-ask = Choose who said this


# ---- Step 2: consulting a colleague and, if needed, Veilig Thuis ----

step2-title = Consultations
step2-hint = Discuss your concern with a knowledgeable colleague or the aandachtsfunctionaris. In doubt? Ask Veilig Thuis for advice ({ $veilig-thuis }).
step2-empty = No consultations recorded yet.
step2-add-title = Add a consultation
step2-edit-title = Change consultation
step2-kind-legend = Whom did you consult?
step2-kind-required = Choose whom you consulted.
step2-with-label = Name or role
step2-with-hint = Of your colleague or contact, not of the client.
step2-date-label = Date
step2-outcome-label = Outcome
step2-outcome-hint = What came out of it? What did you agree?
step2-add = Add consultation
step2-save = Record the change
step2-added = Consultation added
step2-saved = Consultation changed
step2-removed = Consultation removed
step2-cancel-edit = Cancel
step2-edit = Change
step2-remove = Remove


# ---- Step 3: conversation with those involved ----

step3-status-title = Will you have the conversation?
step3-status-legend = The conversation with those involved
step3-status-planned = Yes, I will have (or had) the conversation
step3-status-skipped = No, not (now)
step3-status-postponed = Postpone until after consulting Veilig Thuis or the police
step3-skip-reason-legend = Why not?
step3-skip-reason-hint = Only for one of these reasons do you skip the conversation. Look for a later moment to inform those involved.
step3-skip-reason-required = Choose why you do not have the conversation.
step3-skip-note-label = Explanation
step3-skip-note-hint = What makes the conversation unsafe or impossible now? What did you try?
step3-postpone-explain = You recorded something for which a conversation can put the victim at risk or hamper an investigation:
step3-postpone-explain-after = Consult Veilig Thuis or the police first. Then decide whether and when to have the conversation.
step3-postpone-until-legend = First consult
step3-postpone-until-required = Choose whom you consult first.
step3-postpone-note-label = Explanation
step3-status-submit = Record
step3-status-saved = Recorded
step3-conversations-title = Conversations
step3-conversations-hint = Say which signals worry you, listen to their side and ask whether they want help. Talk about facts, not judgements.
step3-conversations-empty = No conversations recorded yet.
step3-add-title = Add a conversation
step3-edit-title = Change conversation
step3-date-label = Date
step3-with-label = With whom?
step3-with-hint = Roles, not names. For example: mother, the child, the partner.
step3-separately-label = Spoke separately
step3-separately-hint = Speak with family members separately where that is safer, and with a child at least once without the parents if possible.
step3-interpreter-label = With a professional interpreter
step3-interpreter-hint = Never a child, a relative or someone from the family's community as interpreter.
step3-view-label = Their side of the story
step3-view-hint = What do they say about the signals? What have they already done?
step3-agreements-label = Agreements
step3-add = Add conversation
step3-save = Record the change
step3-added = Conversation added
step3-saved = Conversation changed
step3-conversation-removed = Conversation removed
step3-cancel-edit = Cancel
step3-edit = Change
step3-remove = Remove
step3-separately-badge = Spoke separately
step3-interpreter-badge = With interpreter
step3-ruled-out-title = Coercive control ruled out?
step3-ruled-out-hint = You recorded that the violence comes from both sides. That can be the resistance of a victim of coercive control. A joint approach fits only once separate conversations have ruled out coercive control. Record that here, with the date.
step3-ruled-out-label = Separate conversations ruled out coercive control
step3-ruled-out-date = On what date do you record this?
step3-ruled-out-recorded = Recorded: separate conversations ruled out coercive control.
step3-ruled-out-unrecorded = No longer recorded that coercive control is ruled out.
step3-ruled-out-still = You also recorded coercive control. As long as it stands, Meldwijzer suggests no joint approach.


# ---- Step 4: weighing with the afwegingskader ----

step4-kader-title = Afwegingskader (weighing framework)
step4-route-title = Where does your route stand?
step4-afweging = Afweging
step4-official-label = Official wording
step4-answer-legend = Your answer
step4-answer-later-legend = Your answer, later (at the follow-up)
step4-reason-label = Why? Briefly.
step4-answer-clear = Clear answer
step4-answer-saved = Answer recorded
step4-answer-cleared = Answer cleared
step4-chip-next = Next afweging
step4-chip-follow-up = Later: follow-up
step4-chip-advice = Consult Veilig Thuis first
step4-chip-on-route = On your route
step4-chip-with-veilig-thuis = Together with Veilig Thuis
step4-off-route = This afweging is not (yet) on your route. An answer here does not count.
step4-outcome-label = Outcome
step4-advice-label = Advice
step4-follow-up-title = Follow-up
step4-follow-up-hint = You answer this afweging later, once the help has been running for a while. Plan now when you will look.
step4-follow-up-due-label = When will you check whether the help leads to safety?
step4-follow-up-due-required = Choose a date.
step4-follow-up-note-label = What will you look at?
step4-follow-up-submit = Record follow-up
step4-follow-up-clear = Clear follow-up
step4-follow-up-saved = Follow-up recorded
step4-follow-up-cleared = Follow-up cleared


# ---- Step 5: deciding ----

step5-route-title = The route from step 4
step5-outcomes-title = Outcomes
step5-no-outcome = No outcome yet. Answer the afwegingen in step 4 first.
step5-meldnormen-title = Reporting norms (meldnormen) that apply (a professional norm, not a legal duty)
step5-route-note = The route helps you weigh. You decide.
step5-to-step4 = To step 4: weighing
step5-decision-legend = Your decision
step5-departs = You depart from the route: give your reason.
step5-departs-after-change = Your decision now departs from the route, because your answers in step 4 changed. Write down why you keep this decision, or decide again.
step5-reason-label = Your reason
step5-reason-hint = Why do you decide this? Required when you depart from the route.
step5-decision-date-label = Decided on
step5-decision-date-hint = The date you decided this. If you record it later, change the date; the timeline also keeps the moment you recorded it.
step5-decision-clear = Clear decision
step5-decision-saved = Decision recorded
step5-decision-cleared = Decision cleared
step5-actions-title = What did you do?
step5-melding-on-label = Reported to Veilig Thuis on
step5-melding-on-hint = Leave empty if you have not reported (yet).
step5-help-label = What help did you offer or organise?
step5-help-hint = Help comes on top. It never replaces a report that is needed.
step5-informed-legend = Did you tell those involved beforehand that you would report?
step5-informed-hint = In principle you report openly: you tell them beforehand, unless that puts your client, a child, yourself or someone else at risk.
step5-informed-unknown = Not recorded yet
step5-informed-yes = Yes
step5-informed-no = No
step5-informed-date-label = When?
step5-informed-reaction-label = How did they react? Could you meet their objections?
step5-informed-reason-label = Why not?
step5-informed-reason-hint = For example: it puts someone's safety at risk, or you could not reach them. Then name your attempts.
step5-actions-submit = Record
step5-actions-saved = Recorded


# ---- A route other than the five steps ----

route-first-actions = What do you do first?
route-also-applies = This route also applies:
route-also-at-home = There is also a suspicion of violence at home
route-also-at-home-hint = Then you also follow the five steps of the meldcode.
route-also-at-home-on = The five steps are now available too.
route-also-at-home-off = The five steps are hidden.


# ---- Sources ----

sources-toggle = Source
sources-heading = Sources
sources-valid-from = Valid from


# ---- Closing and reopening a case ----

close-case = Close case
close-case-hint = Done with this case?
close-title = Close case
close-body = You can reopen the case later.
close-kind-legend = Why are you closing the case?
close-reason-label = Explanation
close-reason-hint = In your own words, for your records. Needed if you choose no reason above.
close-submit = Close case
close-cancel = Cancel
close-in-dossier-label = The report of the steps is in the client's file
close-in-dossier-hint = The client's file is where your report is kept, not Meldwijzer.
close-retention-hint = A closed case is destroyed after the retention period, except while a follow-up is open.
close-closed-dossier = Report in the file
close-closed-dossier-yes = Yes
close-closed-dossier-no = Not confirmed yet
caselist-retention = Retention
close-closed = Case closed
close-closed-badge = Closed
close-closed-title = This case is closed
close-closed-at = Closed on
close-closed-step = At step
close-closed-reason = Reason
close-closed-body = You can still read everything but change nothing. New signals? Reopen the case.
close-reopen = Reopen
close-reopened = Case reopened


# ---- Language ----

lang-label = Language
lang-changed = Language changed


# ---- Accessibility ----

a11y-skip-to-content = Skip to content


# ---- Errors the interface sees itself ----

error-unexpected = Something went wrong. Please try again; what you typed is still there.


# ---- Acute situations and the acute route in a case ----

step1-situations-title = Is there an acute situation?
step1-situations-hint = Tick what you see or hear. Meldwijzer then shows at once what you do now. You can change this later.
step1-situation-via-quote = Suggested, because you recorded the child's or possible victim's own words, or words for which it is not yet recorded who said them. The acute route is open. Tick it if you confirm this; until then the report shows it as a suggestion, not as a fact.
step1-situation-recorded = Acute situation recorded
step1-situation-unrecorded = Acute situation no longer recorded
acute-route-title = Acute situation: act now
acute-route-intro = You recorded an acute situation or an escalation signal. Do not wait until you have gone through all the steps.
acute-route-recorded = Recorded
acute-route-attention = In step 4 the afweging that belongs to this is marked.
step4-chip-attention = Attention
step4-attention-note = You recorded an acute situation or an escalation signal in step 1. Weigh here whether there is acute unsafety.
step1-red-flags-title = Escalation signals in partner violence
step1-red-flags-hint = These signals point to a higher risk of severe violence. They are not proof, and neither is their absence. Tick what you see or hear.
step1-red-flag-recorded = Escalation signal recorded
step1-red-flag-unrecorded = Escalation signal no longer recorded
acute-route-red-flags = Escalation signals
acute-ack-legend = What did you do?
acute-ack-hint = Acknowledge what you did. The route then folds to one line at the top. If a new acute situation is recorded, the route opens again.
acute-ack-submit = Acknowledge
acute-ack-required = Choose what you did.
acute-ack-saved = Acknowledged. The acute route is folded at the top.
acute-ack-folded-title = Acute situation
acute-ack-folded = acknowledged on
acute-ack-folded-closed = recorded in this case. Open to read.

# ---- Notes per step, and what your profession expects in step 2 ----

step-notices-label = For your situation
step2-expected-title = What your profession expects in this step
step2-expected-recorded = recorded
step2-expected-missing = not recorded yet
step2-no-consultation-reason-label = Not done? Record why
step2-no-consultation-reason-hint = This is not a condition for going on. It does belong in your file.
step2-no-consultation-reason-save = Record reason
step2-no-consultation-reason-saved = Reason recorded

# ---- Settings ----

settings-title = Security
settings-idle-label = Lock after (minutes without activity)
settings-idle-hint = From 1 to 60 minutes. Ctrl+Shift+L locks at once.
settings-retention-label = Keep a closed case (days)
settings-retention-hint = After that Meldwijzer destroys the case, unless a follow-up is still open.
settings-submit = Save settings
settings-saved = Settings saved

# ---- Kindcheck in step 1 ----
step1-kindcheck-title = Kindcheck
step1-kindcheck-hint = Does your client have problems that could harm children? Then find out whether there are children and who cares for them. You do the Kindcheck at intake, at an evaluation and whenever new concerns arise.
step1-kindcheck-offered = You recorded a parent signal for an adult client or an adolescent. Do the Kindcheck now.
step1-kindcheck-triggers-title = Parent signals
step1-kindcheck-triggers-hint = Tick what you see or hear in your client.
step1-kindcheck-trigger-from-form = Recorded: a form above is an oudersignaal.
step1-kindcheck-started = Kindcheck started.
step1-kindcheck-remove = Remove Kindcheck
step1-kindcheck-removed = Kindcheck removed.
step1-kindcheck-not-proof = Parent signals are no proof of child abuse. Not seeing them is no proof that children are safe either.
step1-kindcheck-children-title = The children
step1-kindcheck-number = Number of minor children
step1-kindcheck-ages = Ages
step1-kindcheck-partner-children = Children of an (ex-)partner the client sees, and how often
step1-kindcheck-pregnant = Is the client pregnant?
step1-kindcheck-yes = Yes
step1-kindcheck-no = No
step1-kindcheck-unknown = I don't know
step1-kindcheck-carers = Who cares for the children?
step1-kindcheck-carers-hint = Does the client share their care with a partner or someone else? Where are the children during the day?
step1-kindcheck-children-save = Save children
step1-kindcheck-children-saved = Children saved.
step1-kindcheck-close-title = Close the Kindcheck
step1-kindcheck-handover-title = Record the handover
step1-kindcheck-handover-label = To whom did you hand over or pass on your concern?
step1-kindcheck-handover-hint = Write down to whom (role and organisation), when, and what you agreed. For example: who contacts the parent, and when will you hear back?
step1-kindcheck-handover-save = Save handover
step1-kindcheck-check-back-label = Check back on
step1-kindcheck-check-back-hint = When do you check that the other professional took the concern up? This goes to the follow-ups.
step1-kindcheck-handover-saved = Handover saved
step1-kindcheck-note = Note for the file
step1-kindcheck-note-hint = Briefly write what you asked and why there is no concern about children. The date is added for you.
step1-kindcheck-close = Close with this note
step1-kindcheck-closed = Kindcheck closed.
step1-kindcheck-reopen = Reopen Kindcheck

# ---- Kindcheck only (start screen) ----
caselist-kindcheck-only = Kindcheck only
newkindcheck-title = Kindcheck
newkindcheck-intro = Do you treat adults? Then do the Kindcheck. You see the five steps of the meldcode only when the outcome is that you follow the meldcode.
newkindcheck-submit = Start Kindcheck
kindcheck-only-intro = This case is a Kindcheck. If the Kindcheck's outcome is that you follow the meldcode, the five steps appear here.

# ---- Signal checklists in step 1 ----
step1-signal-lists-title = Signal checklists
step1-signal-lists-hint = By age, and by form of elder abuse. Pick a signal you see. It goes into the form below. Complete it as a fact: when, and who saw or heard it.
step1-signal-lists-not-proof = A signal is no proof. Seeing no signals is no proof that nothing is wrong either. Signals gain meaning only in context.
step1-signal-forms = May point to:
step1-jump-label = To a part of step 1
step1-quotes-jump = Literal words
step1-kindcheck-jump = Kindcheck
step1-signal-lists-others = Lists for another age group
step1-signal-pick = Put in form
step1-signal-picked = The signal is in the form. Complete it as a fact and save it.

# ---- Family profiles in step 4 (on request) ----
step4-profiles-title = Family profiles
step4-profiles-show = View family profiles
step4-profiles-hide = Hide family profiles
step4-profiles-intro = Research on families reported to Veilig Thuis found five patterns of violence. Tick what you see. Meldwijzer shows which profiles the picture resembles, and why. A profile is a hypothesis, not a verdict. A family can resemble more than one profile. You confirm or reject each hypothesis.
step4-profiles-indicators = What do you see in this family?
step4-profiles-coercive-sign = sign of coercive control
step4-profiles-indicator-ticked = Ticked.
step4-profiles-indicator-unticked = No longer ticked.
step4-profiles-coercive-note = You recorded a sign of coercive control, here, or as a form or an escalation signal in step 1. As long as it is recorded, Meldwijzer does not suggest a joint talk, mediation, relationship therapy or joint parenting support. The signs:
step4-profiles-matches = The picture resembles
step4-profiles-matches-hint = These are hypotheses. They can overlap. Confirm or reject them based on what you know.
step4-profiles-none = The picture does not resemble any profile yet. Tick what you see.
step4-profiles-why = Because you ticked:
step4-profiles-confirm = Fits this family
step4-profiles-reject = Does not fit
step4-profiles-reopen = Open again
step4-profiles-confirmed = Hypothesis confirmed.
step4-profiles-rejected = Hypothesis rejected.
step4-profiles-reset = Hypothesis is open again.
step4-profiles-status-open = hypothesis, not judged yet
step4-profiles-status-confirmed = hypothesis, confirmed by you
step4-profiles-status-rejected = hypothesis, rejected by you
step4-profiles-shown-in = Also shown at step:
profile-notice-kicker = Family profile (hypothesis):

# ---- Top3 safety questions in step 4 ----
safety-title = Safety questions after the Top 3 method: draft safety plan
safety-intro = The Top 3 method belongs to phased collaboration on safety: first direct safety, then stable safety, then recovery. Meldwijzer does not know the Top 3 method's question set. These questions are Meldwijzer's own structure, based on what a safety plan holds according to the sources. The safety scale comes from Signs of Safety. The plan stays a draft with the case. Who you make it with is said above.
safety-situation-label = Unsafe situation
safety-agreement-who = Who
safety-agreement-what = Does what
safety-agreement-by-when = By when
safety-monitor-label = Who keeps an eye on it
safety-evaluate-on-label = Evaluate on
safety-scale-person = Who (a role, not a name)
safety-scale-score = Score from 0 to 10
safety-scale-none = No score
safety-submit = Save safety plan
safety-saved = Draft safety plan saved.

## Native file dialogs (titles and filters) and moving a case (export, import)

file-dialog-export-title = Export case
file-dialog-import-title = Choose a case file
file-dialog-pdf-title = Save PDF
file-filter-case = Encrypted case (.age)
file-filter-pdf = PDF document
file-filter-training = Training case file (TOML)
file-dialog-training-title = Open case file
file-filter-pack = Organisation or region pack (TOML)
file-dialog-pack-title = Import pack

## Forgotten passphrase (recovery key) and changing the passphrase

vault-unlock-forgot = Forgot your passphrase? Use your recovery key
vault-recover-title = Open your vault with your recovery key
vault-recover-intro = Type the recovery key you wrote down when you set up the vault. Then choose a new passphrase. Your old passphrase will no longer work.
vault-recover-key-label = Recovery key
vault-recover-key-hint = Six groups of five characters. Upper or lower case and dashes do not matter.
vault-new-passphrase-label = New passphrase
vault-recover-submit = Open vault and set new passphrase
vault-recover-back = Back to passphrase
vault-recover-done = Your vault is open. From now on, use your new passphrase.
vault-change-title = Change passphrase
vault-change-intro = Your cases stay as they are. Only the passphrase that opens the vault changes. Your recovery key keeps working.
vault-change-current-label = Current passphrase
vault-change-submit = Change passphrase
vault-change-busy = Please wait, your passphrase is being changed…
vault-change-done = Your passphrase has been changed. Use the new one from now on.
caselist-export = Export
caselist-import = Import case
export-title = Export case
export-body = You create one encrypted file holding this whole case, to hand over to a colleague or move to another computer.
export-warning = The file is outside your vault: only this passphrase protects it. Pass the passphrase on separately, not in the same email. Delete the file after the handover.
export-passphrase-label = Passphrase for this file
export-passphrase-hint = A different passphrase from your vault's, at least as long.
export-submit = Choose file and save
export-cancelled = You did not choose a place. Nothing was saved.
export-busy = Please wait, the file is being encrypted…
export-done = Case exported to
import-title = Import case
import-body = Choose a case file (.age) exported by Meldwijzer. Then type the passphrase you were given with it.
import-choose = Choose file
import-no-file = No file chosen yet.
import-no-file-error = Choose a file first.
import-chosen = Chosen file:
import-passphrase-label = Passphrase of the file
import-submit = Import
import-busy = Please wait, the file is being checked…
import-done = Case imported
caselist-more = Show more cases
## Outputs, timeline and follow-ups
nav-more = From the case
nav-outputs = Outputs
nav-timeline = Timeline and follow-ups
nav-due-attention = Attention
outputs-title = Outputs
outputs-intro = Turn what you recorded into a text for Veilig Thuis, the client file, the GP system or the pupil file. Nothing needs retyping. Read the text before you use it: you are responsible for what you share.
outputs-kind-label = Which text?
outputs-lang-label = Language of the text
outputs-lang-hint = May differ from Meldwijzer's language.
outputs-reduced-label = Reduced note: only what is safe
outputs-reduced-hint = The full note is not made, because others can read this file. The reduced note says what was left out and where the full record is.
outputs-reduced-on = Reduced note chosen.
outputs-reduced-off = Full note chosen; it is not made while this is recorded.
outputs-preview-title = The text as it will be copied
outputs-copy = Copy
outputs-copied = Copied. In 30 seconds Meldwijzer removes the text from the clipboard again.
outputs-pdf = Save as PDF
pdf-warning-title = This PDF is not encrypted
pdf-warning-body = The PDF is stored outside your vault, without a passphrase. Anyone who can open this folder can read it: colleagues on a shared drive, a backup, or a cloud service that syncs the folder.
pdf-warning-where = The file will be saved here:
pdf-warning-advice = Put the PDF in the client file, then delete this copy.
pdf-save = Save as PDF
pdf-busy = One moment, making the PDF…
pdf-saved = PDF saved:
anon-title = Possibly identifying
anon-intro = An advice request is anonymous about the client. These texts may hold something by which someone can be recognised. Change it, or leave it if you are sure it does not identify anyone.
anon-scope = Meldwijzer checks these texts for what makes someone recognisable: names and first names (also without a capital), places and municipalities, school names, addresses, postcodes, phone numbers, e-mail addresses, BSNs and dates of birth.
anon-limits = The check does not see everything. A rare name at the start of a sentence, a nickname or a description such as ‘the only twins in the class’ slips through. So always read your advice request yourself.
anon-fix-label = Change the text
anon-fix-submit = Save the change
anon-fixed = Change saved
av-title = What you fill in for the advice request
av-asker-title = About you
av-asker-hint = Veilig Thuis asks who you are. Leave a field empty if you would rather say it on the phone.
av-name = Your name
av-organisation = Organisation
av-role = Role
av-relation = Your relation to the client
av-reach = How can you be reached?
av-situation-title = About the situation
av-situation-hint = Anonymous: use roles and ages, no names, addresses or dates of birth. Meldwijzer takes signals, consultations, the conversation, the Kindcheck and safety from the steps.
av-household-title = Household
av-member-role = Role (for example mother, little brother)
av-member-age = Age
av-age-invalid = Enter an age in years, from 0 to 120.
av-household-note = Who cares for the children? What else is there to say about the household?
av-concerns-title = Your three main concerns, the biggest first
av-concern = Concern
av-own = What can you do yourself to help?
av-protective = Protective factors
av-protective-hint = What goes well? Who helps the family or the client?
av-others = Other professionals involved
av-others-hint = Roles and organisations, no names.
av-question = Your question to Veilig Thuis
av-question-hint = As concrete as you can. For example: is a report needed, or can I go on with help?
av-profiles = Include the family profiles, as hypotheses
av-profiles-hint = Only profiles you have not rejected. The text shows them as hypotheses, not as conclusions.
av-submit = Save
av-saved = Advice request saved
plain-title = Summary in plain language
plain-hint = Write this together with the client, in short sentences and everyday words. Facts only, no interpretations. Off until you turn it on.
plain-enabled = Turn the summary on, together with the client
plain-worries = What are we worried about?
plain-going-well = What is going well?
plain-next = What happens now?
plain-contact = Whom can the client call, and when?
plain-submit = Save
plain-saved = Summary saved
timeline-title = Timeline and follow-ups
timeline-log-title = What happened
timeline-intro = Every step, answer, decision and copy, with date and time (in your own time zone).
due-title = Follow-ups
due-empty = No follow-ups are planned.
caselist-due-title = Follow-ups that need attention
caselist-due = Follow-up
step5-informed-whom-label = Whom did you inform?
step5-informed-whom-hint = A role, not a name. For example: both parents, the client.
step5-record-title = Around the report
step5-record-hint = The KNMG reporting code asks you to record this. An agreement with Veilig Thuis that has a date becomes a follow-up.
step5-attempts-title = Attempts to reach those involved
step5-attempt-date = Date
step5-attempt-how = How, and with what result
step5-vt-title = Agreements with Veilig Thuis
step5-vt-what = What was agreed?
step5-vt-due = When?
step5-vt-due-hint = A date to come back to it.
step5-record-submit = Save
step5-objections-label = The client's objections and how you met them
step5-objections-hint = What did the client say against the report, and what did you do or explain?
step5-record-saved = Saved

# ---- Information request ----
newcase-inforeq-offer = Do Veilig Thuis, the Raad voor de Kinderbescherming, a gecertificeerde instelling or the police ask you for information? Then you do not follow the five steps, but a plan of its own.
newcase-inforeq-button = I have an information request
newinforeq-title = I have an information request
newinforeq-intro = You are asked for information about a patient or client. Meldwijzer helps you weigh what to give, and records what was asked, weighed and given. Use an alias.
newinforeq-requester-legend = Who asks for information?
newinforeq-requester-required = Choose who asks for information.
newinforeq-subject-legend = Who is the request about?
newinforeq-submit = Start the information request
inforeq-requester = Request from
inforeq-unconfirmed = Not checked: Meldwijzer knows no plan of its own for information requests in your field. These steps come from the KNMG meldcode.
inforeq-part-recorded = Recorded
inforeq-part-open = Not recorded yet
inforeq-save = Save
inforeq-received-on-label = Date of the request
inforeq-who-label = Who asks, and how did you check?
inforeq-who-hint = Name, role and organisation. For example: called back on the general number.
inforeq-basis-label = On what basis is it asked?
inforeq-basis-hint = As the requester named it: an article of law, an investigation after a report, a supervision order.
inforeq-concern-given-legend = Did the requester name the nature and seriousness of the concern?
inforeq-concern-given-yes = Yes
inforeq-concern-given-no = No, I asked for it
inforeq-concern-label = Nature, seriousness and content of the concern
inforeq-asked-label = What information is asked for?
inforeq-relevant-label = Which information is relevant and necessary, and why?
inforeq-relevant-hint = Also note what you do not give, and why not.
inforeq-informed-legend = Did you inform your patient or client beforehand?
inforeq-informed-yes = Yes
inforeq-informed-no = No
inforeq-informed-note-label = Reaction, or why not
inforeq-informed-note-hint = If yes: the reaction and whether there is consent. If no: why informing was unsafe.
inforeq-given-how-legend = How did you give the information?
inforeq-given-how-schriftelijk = In writing
inforeq-given-how-mondeling = Verbally, with a record to check
inforeq-given-how-niet = Not given, with the reason to the requester
inforeq-given-on-label = Date
inforeq-given-label = What did you give?
inforeq-given-hint = Facts and events. Say what comes from others. If you gave nothing, note the reason.

# ---- Adult client: own wishes and capacity (steps 3 and 4) ----
adult-title = Own wishes and capacity
adult-intro = With an adult, their own wish weighs heavily if they are competent for the matter at hand. Record what your client wants, and how you judged their capacity.
adult-wishes-label = What does your client want?
adult-wishes-hint = About help and about a report, in their own words where you can.
adult-capacity-legend = Is your client competent for the matter at hand?
adult-capacity-wilsbekwaam = Yes, competent for the matter
adult-capacity-wilsonbekwaam = No, not competent for the matter
adult-capacity-twijfel = I am in doubt
adult-capacity-about-label = For which decision?
adult-capacity-about-hint = For example: accepting help with money, or a report to Veilig Thuis.
adult-capacity-on-label = Date of the assessment
adult-capacity-by-label = Assessed by
adult-capacity-by-hint = A role, such as GP or elderly care physician.
adult-representative-label = Representative
adult-representative-hint = Who represents your client, and how are they involved? If the representative is the suspected person, do not involve them and note that.
adult-submit = Save wishes and capacity
adult-summary-title = Own wishes and capacity (from step 3)


# ---- About Meldwijzer ----

about-button = About
about-open = About Meldwijzer: version, sources, privacy and licences
about-title = About Meldwijzer
about-close = Close
about-intro = Meldwijzer helps you walk through the five steps of the Dutch reporting code for domestic violence and child abuse. You weigh and decide.
about-version = Version
about-licence = Licence
about-content-version = Version of the reporting-code content
about-content-valid-from = Content valid from
about-privacy-heading = Privacy
about-privacy-stored = What you record about a case stays on this computer only: encrypted in your vault, in your own user folder. Without your passphrase or recovery key nobody can read it.
about-privacy-settings = Your settings (language, when the vault locks, how long a closed case is kept) are stored unencrypted in your user folder. They hold nothing about a case.
about-privacy-never = Never stored: your passphrase, and nothing from training mode. A closed case is destroyed when its retention period ends.
about-privacy-leaves = Meldwijzer never connects to the internet. Something leaves this computer only when you copy it, save it as a PDF or export it. An export is encrypted, a PDF is not. What you copy, Meldwijzer removes from the clipboard after 30 seconds.
about-sources-heading = Sources
about-sources-intro = The content follows these sources. Each question and each piece of advice shows which under "Source".
about-licences-heading = Licences
about-licences-intro = Meldwijzer is licensed under the EUPL-1.2 and built from open-source components, each under its own licence. Number of components:
about-licences-show = All components and their licences
about-col-name = Component
about-col-version = Version
about-col-licence = Licence

help-button = Help
help-guide = User guide
help-close = Close

## Step 5: after the handover by Veilig Thuis
overdracht-title = After the handover by Veilig Thuis
overdracht-hint = Did Veilig Thuis hand the family over to you or your team? Or did Veilig Thuis ask you to monitor after giving advice? Record what Veilig Thuis asks and follow the safety conditions with your local partners.
overdracht-received-label = Handed over on
overdracht-asks-label = What does Veilig Thuis ask of you or your team?
overdracht-call-back-label = Whom do you call back at Veilig Thuis?
overdracht-call-back-hint = The role only, no name. For example: case director.
overdracht-phase-label = Which phase is the family in now?
overdracht-phase-none = Not chosen yet
overdracht-conditions-title = Safety conditions and agreements
overdracht-conditions-hint = For each condition: who watches it, when do you look again, and is it still running? A date becomes a follow-up on your case list. Not met? Then you go back to Veilig Thuis.
overdracht-condition-legend = Condition
overdracht-condition-what = Condition or agreement
overdracht-condition-who = Who watches it?
overdracht-condition-phase = Phase
overdracht-condition-due = Next look
overdracht-condition-state = State
overdracht-state-running = Running
overdracht-state-met = Met
overdracht-state-not-met = Not met
overdracht-back-to-vt = A condition was not met. Go back to Veilig Thuis and discuss what must happen now.
overdracht-submit = Save handover
overdracht-saved = Handover saved
caselist-monitoring = After the handover
