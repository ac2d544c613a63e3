# Meldwijzer — fixed texts the Rust code uses itself (crates/app/src/view.rs).

# ---- Answers to an afweging ----

answer-ja = Yes
answer-nee = No
answer-weet-niet = I don't know


# ---- Where a case stands ----

case-status-all-done = All steps completed
case-status-closed = Closed
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
caselist-follow-up-today = Follow-up due today
# Variables:
#   $date (String) - the date the follow-up was due
caselist-follow-up-overdue = Follow-up overdue since { $date }
