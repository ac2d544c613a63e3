# Oefenmodus (training mode): the checker's messages (shared by the app and meldwijzer-oefen) and the oefenmodus screens.
# The texts of a training case itself are in the case file, not here (content/training/README.md).

## Problems in a case file. Location (file, line, column) is printed before the message.
training-error-read = This file cannot be read. Does it exist, and may you open it?
training-error-too-large = The file is too large: a training case is at most { $max } KB.
training-error-not-utf8 = There is a character here that is not UTF-8. Save the file as UTF-8.
training-error-empty-file = The file is empty.
training-error-too-deep = Lists, tables or keys are nested too deeply here (more than { $max } levels).
training-error-syntax = The TOML is not right here: { $detail }
training-error-unknown-key = Unknown key `{ $key }`. Check the spelling; the format is in content/training/README.md.
training-error-missing-key = The key `{ $key }` is missing.
training-error-duplicate-key = This key appears twice here.
training-error-wrong-type = Wrong kind of value: this needs { $expected ->
    [text] text in quotes
    [list] a list [ … ]
    [bool] true or false
    [number] a whole number
   *[table] a table
  }.
training-error-format = This is not a training case: `format` must be "{ $expected }", not "{ $found }".
training-error-version = This Meldwijzer cannot read format version { $found }; it reads version { $supported }.
training-error-id = The id may only have lowercase letters, digits and hyphens, and at most { $max } characters.
training-error-text-empty = This text is empty.
training-error-text-too-long = This text is too long: at most { $max } characters.
training-error-list-empty = This list is empty; put at least one line in it.
training-error-list-too-long = This list is too long: at most { $max } lines.
training-error-en-count = The English list has { $en } lines and the Dutch one { $nl }; they must be equal.
training-error-unknown-ref = Unknown { $kind ->
    [field] field
    [subject] subject
    [suspect] suspect
    [source] source id
    [step] step id
    [question] afweging
    [form] form of violence
    [acute] acute situation
    [red-flag] escalation signal
    [consultation] kind of consultation
    [kindcheck-trigger] parent signal
    [kindcheck-variant] Kindcheck variant
    [kindcheck-question] Kindcheck question
    [profile] family profile
    [profile-indicator] family-profile indicator
   *[other] id
  }: `{ $id }`. Use an id from content/ (see content/training/README.md).
training-error-duplicate = `{ $id }` is in the list twice.
training-error-no-fields = Name at least one field in `fields`.
training-error-no-rounds = There are no rounds. A training case has at least one [[round]].
training-error-too-many-rounds = Too many rounds: at most { $max }.
training-error-step-order = The rounds follow the five steps: step `{ $step }` cannot come after step `{ $previous }`.
training-error-field-not-in-case = Field `{ $field }` is not in this case's `fields`.
training-error-answer-value = The answer to `{ $question }` must be ja, nee or weet-niet, not `{ $value }`.
training-error-hypothesis-value = A hypothesis is confirmed or rejected, not `{ $value }`.
training-error-nothing-expected = No round says what the route must show. Put at least one [round.expect] in the case.
training-error-record = In field `{ $field }` Meldwijzer refuses what this round records: { $detail }
training-error-expect = In field `{ $field }` the expectation after round { $round } does not hold: `{ $key }` should be `{ $expected }`, but Meldwijzer arrives at `{ $actual }`.
training-problem-at = { $file }:{ $line }:{ $col }: { $message }
training-problem-file = { $file }: { $message }
training-check-ok = { $file }: fine ({ $rounds } rounds, fields: { $fields }).
training-check-usage = Usage: meldwijzer-oefen check [--lang nl|en] FILE...
training-error-id-taken = There is already a built-in training case with id `{ $id }`. Give your case another id.
training-marking = TRAINING CASE — fictitious
training-route-open = still open

## The trainer-notes window (second screen)
training-notes-heading = Trainer notes
training-notes-round = Round { $round } of { $rounds } · { $step }
training-notes-revealed = The facts are on the screen.
training-notes-hidden = The facts are still hidden.
training-notes-notes = What the meldcode asks here
training-notes-mistakes = Common mistakes
training-notes-questions = Discussion questions
training-notes-waiting = Open a training case in the presentation; the round's notes appear here.
training-notes-off = Training mode is off. Close this window.

## Oefenmodus screens
training-entry-title = Training mode
training-entry-body = Practise with made-up cases, for example in a team training. You need no passphrase and nothing is kept.
training-entry-button = Open training mode
training-entered = Training mode is on. Everything is made up and nothing is kept.
training-left = Training mode is closed. Everything from the training session is gone.
training-home-title = Training mode
training-home-intro = Made-up cases for a meldcode training. While you practise, your vault stays locked. Nothing is kept: when you leave training mode, everything is gone.
training-leave = Leave training mode
training-cases-title = Training cases
training-case-fields-label = Fields
training-case-rounds-label = Rounds
training-case-builtin = Built in
training-case-imported = Own file
training-case-dutch-only = Dutch only
training-present = Present
training-compare = Fields side by side
training-import-title = Open your own case file
training-import-warning = A case file must never hold real client data. Use only made-up names, places and details.
training-import-hint = The format is in content/training/README.md. Check a file first with meldwijzer-oefen check.
training-import-choose = Choose a case file…
training-import-problems = This file cannot be opened. What is wrong:
training-import-done = Case opened. You will find it at the bottom of the list.

## Presenter view
training-controls-label = Presentation controls
training-round-label = Round
training-step-label = Step
training-facts-title = What you know now
training-facts-hidden = This round's facts are still hidden. Press O or choose Reveal.
training-questions-title = Discuss
training-prev = Previous round
training-next = Next round
training-reveal = Reveal
training-hide = Hide
training-reset = Start again
training-smaller = Smaller text
training-larger = Larger text
training-fullscreen = Full screen
training-notes-open = Trainer notes
training-close-presenter = Close
training-keys = Keys: → next · ← previous · O reveal · Home start again · Ctrl + / Ctrl − text size · F full screen · Esc close
training-source-notes-title = About this case
training-sources-title = Sources

## Side-by-side fields
training-compare-title = Fields side by side
training-compare-intro = The same case, each field with its own afwegingskader. Meldwijzer computes every route; where the routes differ, you see ≠.
training-compare-after-round = After round
training-compare-kader = Afwegingskader
training-compare-other-route = Route outside the five steps
training-compare-next = Next
training-compare-melden = Decision 1: report?
training-compare-hulp = Decision 2: offer or organise help?
training-compare-meldnormen = Meldnormen
training-compare-missing = Not yet done in step 2
training-compare-differs = differs
training-compare-no-answers = No afweging answered yet.
training-back-to-presenter = To the presentation
training-back = Back to the training cases
