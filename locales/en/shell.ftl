# Meldwijzer — fixed texts the Rust code uses itself (crates/app/src/view.rs).

# ---- Answers to an afweging ----

answer-ja = Yes
answer-nee = No
answer-weet-niet = I don't know


# ---- Where a case stands ----

case-status-all-done = All steps completed
case-status-closed = Closed
case-status-closed-as = Closed: { $reason }
case-status-decision = Decision { $number }: { $answer }
# Variables:
#   $number (Number) - the number of the step the case is at
#   $title (String) - the title of that step
case-status-kindcheck = Kindcheck only
case-status-step = Step { $number }: { $title }


# ---- Date and time ----

# A chrono strftime pattern, not text for the user.
datetime-format = %d %b %Y, %H:%M


# ---- Languages (each written in its own language) ----

language-en = English
language-nl = Nederlands


# ---- The route through the weighing framework in one sentence ----

# Variables:
#   $number (Number) - the number of the question
#   $label (String) - the question's short name, such as "Safety"
route-summary-advice = You answered ‘I don't know’ at question { $number } ({ $label }). Consult Veilig Thuis, then answer the question again.
route-summary-complete = The route through the weighing framework is complete. Take your decisions in step 5.
# Variables:
#   $number (Number) - the number of the question
#   $label (String) - the question's short name, such as "Result"
route-summary-follow-up = Question { $number } ({ $label }) is about a later moment. Plan when you will check whether the help leads to safety.
# Variables:
#   $number (Number) - the number of the next question
#   $label (String) - that question's short name, such as "Help"
route-summary-question = Next: question { $number }, { $label }.
route-summary-start = Start with question 1.


# ---- Step bar ----

stepper-state-closed-early = Closed
stepper-state-done = Completed
stepper-state-in-progress = In progress
stepper-state-not-started = Not started yet


# ---- Retention of a closed case ----

# Variables:
#   $days (Number) - in how many days (2 or more)
case-retention-days = Will be destroyed in { $days } days
case-retention-tomorrow = Will be destroyed tomorrow
case-retention-today = Will be destroyed today
# Variables:
#   $date (String) - the date of the last open follow-up
case-retention-held = Kept until after the follow-up of { $date }

# Kindcheck summary in step 1
kindcheck-summary-closed = You closed the Kindcheck on { $date }, with the note below.
kindcheck-summary-open = The Kindcheck is still open. Answer the next question.
# Variables:
#   $date (String) - the date the follow-up was due

# Follow-ups, timeline and the anonymisation warning (crates/app/src/view.rs)
date-format = %d %b %Y
due-overdue = Overdue
due-today = Today
due-soon = Soon
due-later = Planned
due-question = Question { $number }: { $label }
due-vt-agreement = Agreement with Veilig Thuis
due-kindcheck-check-back = Check back on the Kindcheck handover
log-created = Case started
log-step-done = Step { $number } done: { $title }
log-step-reopened = Step { $number } open again: { $title }
log-answer = Question { $number } ({ $label }): { $answer }
log-answer-cleared = Answer to question { $number } ({ $label }) cleared
log-decision = Decision { $number }: { $answer }
log-decision-cleared = Decision { $number } cleared
log-follow-up = Follow-up on question { $number } ({ $label }) on { $date }
log-follow-up-cleared = Follow-up on question { $number } ({ $label }) cleared
log-gesprek-planned = Conversation with those involved: planned
log-ruled-out = Step 3: separate conversations ruled out coercive control (date { $date })
log-ruled-out-cleared = Step 3: no longer recorded that coercive control is ruled out
log-gesprek-skipped = Conversation with those involved: not held
log-gesprek-postponed = Conversation with those involved: postponed
log-melding = Report recorded, made on { $date }
log-melding-cleared = Date of the report cleared
log-kindcheck-closed = Kindcheck closed
log-acute-acknowledged = Acute situation acknowledged. Done: { $actions }
log-closed = Case closed in step { $number }
log-reopened = Case reopened
log-output-copied = Copied: { $output } ({ $lang })
log-output-saved = Saved as PDF: { $output } ({ $lang })
log-exported = Case exported to an encrypted file
log-output-reduced = Reduced note chosen: { $output }
log-output-full = Full note chosen: { $output }
log-dated = Date of { $what }: { $date }
log-dated-cleared = Date of { $what } cleared; the day it was recorded counts
log-dated-decision = decision { $number }
log-dated-step = step { $number }
date-warning-decision = Decision { $number } is dated { $decided }, before { $consultation } on { $consulted }. Is that the right order? Change the date if needed.
date-warning-step = Step { $number } is marked completed on { $done }, but what is recorded in that step runs until { $last }. Change the date if needed.
date-warning-melding = The report is dated { $melding }, before the decision to report ({ $decided }). Change a date if needed.
finding-name = Looks like a name (person, place or school)
finding-phone = Looks like a phone number
finding-email = Looks like an e-mail address
finding-postcode = Looks like a postcode
finding-address = Looks like an address
finding-bsn = Looks like a citizen service number (BSN)
finding-birth-date = Looks like a date of birth
where-household-role = Household
where-household-note = About the household
where-concern = Main concerns
where-own-possibilities = What I can do myself
where-question = My question to Veilig Thuis
where-observation-fact = Step 1, signal or counter-indication
where-observation-interpretation = Step 1, interpretation
where-observation-by = Step 1, who told it
where-quote = Step 1, literal words
where-consultation = Step 2, outcome of a consultation
where-conversation = Step 3, conversation
where-gesprek = Step 3, explanation
where-answer = Step 4, reason for an answer
where-safety-plan = Step 4, safety plan
where-kindcheck = Step 1, Kindcheck
log-info-given = Information request: { $how }, on { $date }
log-info-given-schriftelijk = given in writing
log-info-given-mondeling = given verbally, with a record
log-info-given-niet = no information given
log-info-given-open = not recorded yet
log-no-date = date unknown


joint-withheld-coercive-control = A joint approach is not suggested here, because you recorded coercive control (as a form, escalation signal or sign). A joint conversation, mediation, relationship therapy or joint parenting support then works in favour of the one who controls.
joint-withheld-not-ruled-out = A joint approach is not suggested here yet. Violence from both sides can be the resistance of a victim of coercive control. First hold separate conversations, and record in step 3 when they have ruled out coercive control.

## After Veilig Thuis hands the family back
due-condition = Review a safety condition
due-condition-phase = Review a safety condition (phase { $number }: { $label })
case-monitoring = Monitoring
case-monitoring-phase = phase { $number }
case-monitoring-next = next: { $date }
case-monitoring-back-to-vt = condition not met: back to Veilig Thuis
log-overdracht = Handover by Veilig Thuis recorded ({ $date }), phase { $phase }: { $running } running, { $met } met, { $notmet } not met
log-overdracht-cleared = Handover by Veilig Thuis removed
