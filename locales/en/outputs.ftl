# Outputs: the adviesvraag, the step report, the SOEP note, the leerlingdossier note, the
# handover and the plain-language summary. Built by crates/outputs.

out-date-format = %-d %B %Y
out-marking = Confidential
pdf-page-of = Page { $page } of { $pages }
out-subtitle = Case { $alias } · { $date }
out-date-line = { $date }
out-not-recorded = Not recorded.
out-no-date = date unknown
out-for-the-call = (I will tell you on the phone)

out-kind-adviesvraag = Advice request to Veilig Thuis
out-kind-verslag = Report for the client file
out-kind-soep = Journal note (SOEP) for the GP system
out-kind-leerlingdossier = Note for the pupil file
out-kind-overdracht = Two-minute handover
out-kind-eenvoudig = Summary in plain language

out-adviesvraag-title = Advice request to Veilig Thuis
out-verslag-title = Reporting code: report for the client file
out-soep-title = Reporting code journal note (SOEP)
out-leerlingdossier-title = Pupil file note
out-overdracht-title = Handover
out-eenvoudig-title = What we talked about together

# Adviesvraag
out-part-asker = Part 1 – About you
out-asker-note = Veilig Thuis asks who you are. Your question stays anonymous about the client.
out-asker-name = Name
out-asker-organisation = Organisation
out-asker-role = Role
out-asker-field = Field
out-asker-relation = Relation to the client
out-asker-reach = How to reach you
out-part-situation = Part 2 – About the situation
out-situation-note = Anonymous: an alias and ages only. No names, addresses, dates of birth or names of a school or practice.
out-alias = Case
out-subject = Who the concern is about
out-suspect = Suspected person
out-suspect-relation = { $suspect }: { $relation }
out-author = Written by (role)
out-kc-children = From the Kindcheck:
out-kc-number = Number of minor children: { $number }
out-kc-ages = Ages: { $ages }
out-kc-carers = Who cares for the children: { $carers }
out-kc-partner-children = Children of a (former) partner: { $children }
out-kc-pregnant = Pregnant (client or partner): { $answer }
out-protective-factors = Protective factors
out-other-professionals = Other professionals involved
out-objections-met = Objections and how you met them
out-informed-line-yes = Informed beforehand: { $whom }, on { $date }.
out-informed-line-no = Not informed beforehand. Reason: { $reason }
out-status-melding = Report made on { $date }.
out-melding-heading = Report to Veilig Thuis
out-kindcheck-handover-line = Handover (Kindcheck): { $handover }
out-forms = Forms you think of
out-household = Household
out-member-age = { $role }, { $age } years
out-signals = Signals (facts)
out-observation = { $fact } ({ $source })
out-source-own = own observation
out-source-told = told by { $by }
out-source-told-unnamed = told; who told it is in the full record
out-quote = Literally: "{ $words }" ({ $who }, { $date })
out-interpretations = Interpretations (apart from the facts)
out-interpretations-note = These are interpretations, not established facts.
out-interpretation = Interpretation: { $text }
out-counter = Counter-indications (what weakens the concern)
out-done = What has been done
out-outcome = Outcome: { $outcome }
out-conversation = { $date }: conversation with { $with }.
out-conversation-separately = Spoken with separately.
out-conversation-interpreter = With a professional interpreter.
out-their-view = Their view: { $view }
out-agreements = Agreements: { $agreements }
out-gesprek-skipped = Conversation not held: { $reason }. Explanation: { $note }
out-gesprek-postponed = Conversation postponed: { $until }. Explanation: { $note }
out-no-conversation-yet = No conversation with those involved yet.
out-kindcheck-outcome = Kindcheck ({ $date }): { $outcome }
out-kindcheck-check-back = Check back that the handover was taken up: on { $date }.
out-kindcheck-handover = Handover (Kindcheck)
out-kindcheck-open = Kindcheck: not finished yet.
out-kindcheck-closed = Closed on { $date }: { $note }
out-safety = Current safety
out-acute = Acute situation
out-red-flags = Escalation signals
out-acute-suggested = Suggested by Meldwijzer
out-acute-suggested-value = { $situations } (a suggestion from recorded words; not confirmed by the professional)
out-answers = Weighing so far
out-answer = Question { $number } ({ $label }): { $answer }.
out-reason = Reason: { $reason }
out-gate-postponed = the conversation with those involved (step 3) is postponed
out-gate-skipped = the conversation with those involved (step 3) was not held because it would put someone in danger
out-gate-forms = this is recorded: { $forms }
out-gate-coercive = signs of coercive control are recorded
out-gate-parent = the suspected person is a parent or carer, who can read this file
out-unsafe-situations = Unsafe situations, in the family's own words
out-concerns = My three main concerns
out-own-possibilities = What I can do myself
out-profiles = Family profiles (hypotheses)
out-profiles-note = These are hypotheses, not conclusions. Profiles may overlap.
out-profile-open = { $profile } (hypothesis)
out-profile-confirmed = { $profile } (hypothesis; fits in my view)
out-profile-rejected = { $profile } (hypothesis; rejected)
out-question = My question to Veilig Thuis
out-call-heading = Calling
out-call-vt = Veilig Thuis: { $veilig-thuis } (free, day and night). In direct danger: { $noodnummer }.

# Verslag
out-basics = Details
out-started = Case started
out-status = Where it stands
out-case-open = Still open.
out-case-closed = Closed on { $date }, in step { $step }.
out-step-heading = Step { $number }: { $title }
out-step-status = Status
out-step-done = Done on { $date }
out-step-in-progress = In progress
out-step-not-started = Not started
out-step-closed = Case closed in this step on { $date }
out-quotes = Literal words
out-question-before = Question or remark before: "{ $question }"
out-quote-context = Situation: { $context }
out-with-whom = With: { $with }
out-no-consultation-reason = Why an expected consultation was not held
out-kader = Decision framework
out-route = What the decision framework points to
out-follow-ups = Follow-ups
out-follow-up-question = Follow-up on question { $label }
out-follow-up-vt = Agreement with Veilig Thuis
out-follow-up-kindcheck = Check back on the Kindcheck handover
out-overdue = overdue
out-safety-agreements = Safety agreements
out-safety-agreement = { $who }: { $what } (by { $date })
out-decision = { $decision } { $answer } (on { $date }).
out-decision-open = { $decision } Not taken yet.
out-melding-on = Report made on
out-help = Help offered or organised
out-informed = Informed beforehand
out-informed-yes = Yes: { $whom }, on { $date }
out-informed-reaction = Their reaction
out-informed-why-not = Why not
out-attempts = Attempts to reach those involved
out-vt-agreements = Agreements with Veilig Thuis
out-vt-agreement-due = { $what } (by { $date })
out-closure = Closure
out-reason-label = Reason
out-in-dossier = Report in the client file

# SOEP
out-soep-s = S – Subjective
out-soep-o = O – Objective
out-soep-e = E – Evaluation
out-soep-p = P – Plan
out-soep-view = { $date }, conversation with { $with }: { $view }
out-soep-suspicion = Suspicion of: { $forms }
out-soep-melding = Report made to Veilig Thuis on { $date }.
out-soep-help = Help: { $help }
out-soep-shield-heading = Before you record this
out-soep-shield = Shield this entry from online access (the patient portal) if your GP system can. Record information about others (partner, parents, children) only as far as the patient's care needs it (KNMG-meldcode; art. 7:456 BW).

# Leerlingdossier
out-seen = What was seen or heard
out-also-seen = What was also seen
out-steps-taken = Steps taken
out-next-moment = Next moment: { $date }.
out-shielded-heading = Shielded
out-shielded-leerlingdossier = Put this note in the shielded part of the pupil file, which parents do not see online. Parents can still ask for the pupil file (GDPR art. 15).

# Reduced note (only what is safe where others can read)
out-reduced-heading = Reduced note
out-reduced-left-out = Left out: { $what }. What is recorded is in the full record; this note does not name it, because others can read this file.
out-reduced-what-leerlingdossier = what was seen, heard or told, consultations, conversations, weighing and decisions
out-reduced-what-soep = what was told, consultations, conversations, weighing and decisions
out-reduced-what-soep-all = own findings, what was told, consultations, conversations, weighing and decisions
out-reduced-leerlingdossier-title = Pupil file note (reduced)
out-reduced-soep-title = Journal note (reduced)
out-reduced-what-other = the reporting-code content
out-reduced-where-leerlingdossier = The full record is kept shielded by the aandachtsfunctionaris.
out-reduced-where-soep = The full record belongs in a shielded part of the file that does not appear in the patient portal.
out-reduced-where-other = The full record is kept shielded in the client file.

# Overdracht
out-now-at-step = Now in step { $number }: { $title }
out-all-steps-done = All steps done.
out-main-worries = Main concerns
out-coercive-control = Note: there are signs of coercive control. No joint conversations with the partners; speak with each separately.
out-next = What needs to happen now

# Eenvoudige samenvatting
out-plain-worries = What are we worried about?
out-plain-going-well = What is going well?
out-plain-next = What happens now?
out-plain-who = Who can you call?
out-plain-empty = We will fill this in together.
out-plain-call = Veilig Thuis: { $veilig-thuis }. Calling is free. You can call day and night. Is it dangerous right now? Call { $noodnummer }.

# Information request: the record for the file
out-kind-informatieverzoek = Information request record for the file
out-inforeq-title = Information request: record for the file
out-inforeq-title-soep = Journal note information request (SOEP)
out-inforeq-part-request = The request
out-inforeq-part-asked = What was asked
out-inforeq-part-weighed = Weighing
out-inforeq-part-given = What was given
out-inforeq-part-file = For the file
out-inforeq-requester = Request from
out-inforeq-received = Received on
out-inforeq-who = Requester and check
out-inforeq-basis = Basis
out-inforeq-concern = Nature and seriousness of the concern
out-inforeq-concern-given = { $concern } (given by the requester)
out-inforeq-concern-asked = { $concern } (asked for by me)
out-inforeq-asked = Information asked for
out-inforeq-relevant = Relevant and necessary
out-inforeq-informed = Informed beforehand
out-inforeq-informed-yes = Yes. Reaction: { $note }
out-inforeq-informed-no = No. Reason: { $note }
out-inforeq-given-how = How
out-inforeq-given-schriftelijk = In writing
out-inforeq-given-mondeling = Verbally, with a record to check
out-inforeq-given-niet = Not given; the reason was told to the requester
out-inforeq-given-on = Date
out-inforeq-given = Given
out-inforeq-file-note = Only what was asked, weighed and given. Others can read the file: shield this entry where your system allows.

# Adult: own wishes and capacity
out-adult-wishes = The client's own wishes
out-adult-capacity = Capacity (wilsbekwaamheid)
out-adult-representative = Representative
out-capacity-wilsbekwaam = Competent
out-capacity-wilsonbekwaam = Not competent
out-capacity-twijfel = Doubt about competence
out-capacity-line = { $capacity } regarding: { $about }. Assessed by { $by } on { $date }.
out-soep-adult-wishes = Own wishes: { $wishes }

## After Veilig Thuis hands the family back (monitoring)
out-monitoring-heading = After the handover by Veilig Thuis
out-monitoring-received = Handed over on
out-monitoring-asks = What Veilig Thuis asks of us
out-monitoring-call-back = Call back at Veilig Thuis
out-monitoring-phase = Phase now
out-monitoring-conditions = Safety conditions and agreements:
out-monitoring-condition = { $what } — watched by: { $who } · { $phase } · next look: { $date } · { $state }
out-monitoring-condition-closed = { $what } — watched by: { $who } · { $phase } · { $state }
out-condition-running = running
out-condition-met = met
out-condition-not-met = not met
out-monitoring-back-to-vt = A condition was not met. Go back to Veilig Thuis and discuss what must happen now.
out-phase = phase { $number }: { $label }
out-no-phase = no phase
out-follow-up-condition = Review a safety condition ({ $phase })
