# Meldwijzer — texts for the meldcode content (content/*.toml). Dutch (nl) is the reference.
# The five afwegingen (afweging-*-text) are a faithful translation of the basisdocument's
# official Dutch wording; the UI marks them as a translation. Everything else is our own words.
# Phone numbers never appear literally in this file; they come from content/contacts.toml as
# variables: $noodnummer, $veilig-thuis, $vertrouwensinspecteur.


# ---- The five steps (content/steps.toml) ----

step-signalen-title = Map the signals
step-signalen-summary = You map the signals that confirm your concern or point the other way, following your organisation's protocol and, where useful, a list of signals. If your client is an adult, also do the Kindcheck: does this client care for children under 18? If there is direct danger, act at once.
step-signalen-record = Record the signals as factually as you can, preferably what you saw or heard yourself. If something comes from someone else, note who. Keep your own interpretations apart and label them as such. Also record the counter-indications: what speaks against the suspicion. For injuries, note where they are and what kind.

step-consultatie-title = Consult a colleague and, if needed, Veilig Thuis
step-consultatie-summary = You discuss the signals with a knowledgeable colleague or with your organisation's designated officer (aandachtsfunctionaris). If needed, you ask Veilig Thuis for advice; you can do so without naming the client. With injuries, you can consult an expert in interpreting injuries, such as a vertrouwensarts.
step-consultatie-record = Record whom you consulted, when, and what came out of it. If you asked Veilig Thuis for advice, note that you did so anonymously and what the advice was.

step-gesprek-title = Talk with the person(s) involved
step-gesprek-summary = You discuss your concerns with the person(s) involved: which signals you see, how they see it, what they have already done themselves and whether they want help. Prepare the conversation and stick to facts, not judgements. For a child, you usually talk with the child and with the parents, and if possible at least once with the child alone.
step-gesprek-record = Write a report of the conversation: what you discussed, how the people involved reacted and what you agreed. If you skip or postpone the conversation, record why. If the suspicion has been removed, note that you close the meldcode here.

step-wegen-title = Weigh the violence or child abuse
step-wegen-summary = You weigh the risk, nature and severity of the violence, based on what you gathered in steps 1 to 3. For this you use your profession's weighing framework (afwegingskader). If you are unsure about the next step, consult Veilig Thuis.
step-wegen-record = Record how you weighed the situation and what you based it on: your answer to each question of the framework and the facts and advice behind that answer.

step-beslissen-title = Decide: report and/or organise help
step-beslissen-summary = You take two decisions, in this order: is reporting to Veilig Thuis necessary, and is offering or organising help (also) possible? If you are going to report, tell the person(s) involved beforehand; you do not ask permission, you inform them. If that is not safe, first talk it over with Veilig Thuis.
step-beslissen-record = Record both decisions and why you took them, and what you did next. Note whom you informed about the report, how they reacted and whether you could meet their objections. If you could not reach someone, note your attempts. Also record the agreements you made with Veilig Thuis and with the people involved.


# ---- The five afwegingen (content/afwegingskader.toml) ----
# -text: faithful translation of the basisdocument's official wording.
# -label: the short names the KNMG uses.
# -help: our own words.

afweging-vermoeden-label = Suspicion
afweging-vermoeden-text = Based on steps 1 to 4 of the meldcode, do I have a suspicion of (the threat of) domestic violence and/or child abuse?
afweging-vermoeden-help = Look at everything you gathered in the earlier steps: the signals, the outcome of the consultation and the conversation. After all that, do you still suspect domestic violence or child abuse, or a threat of it? If the suspicion has been removed, you close the case and record why. In doubt? Consult Veilig Thuis.

afweging-veiligheid-label = Safety
afweging-veiligheid-text = Based on steps 1 to 4 of the meldcode, do I assess that there is acute unsafety and/or structural unsafety?
afweging-veiligheid-help = Acute unsafety: someone is in direct danger now and their safety cannot be guaranteed for the coming hours or days. This includes a child or dependent adult who lacks the most basic care, and a disclosure: someone tells you about the violence themselves. Structural unsafety: unsafe situations or violence continue or keep coming back, and threaten health, well-being or development. In doubt? Consult Veilig Thuis.

afweging-hulp-label = Help
afweging-hulp-text = Am I able to offer or organise effective help to avert the threat of (future) domestic violence and/or child abuse?
afweging-hulp-help = This is about whether you, alone or with others, can offer or arrange help that really stops the violence. Ask yourself: can you bring someone to safety if needed, can you make clear safety agreements with the people involved and with other professionals, and do you have enough view of what happened? Do you feel competent to do this? In doubt? Consult Veilig Thuis.

afweging-aanvaarden-label = Acceptance
afweging-aanvaarden-text = Do those involved accept help to avert the threat of (future) domestic violence and/or child abuse, and are they willing to commit themselves to it?
afweging-aanvaarden-help = This is about whether the people involved accept the help and are willing to work on stopping the violence themselves. Think back to the conversation in step 3: how did they react to your concerns and to the offer of help? In doubt? Consult Veilig Thuis.

afweging-resultaat-label = Result
afweging-resultaat-text = Does the help lead, within the desired period, to the necessary results regarding the safety and/or the well-being (recovery) of everyone involved?
afweging-resultaat-help = You answer this question later, once the help has been running for a while: plan a moment for it. Then check whether the violence stopped within the agreed time, whether the problems turn out to be more serious than expected, whether goals are met on time, whether the safety plan is stalling and whether specialist help is needed. In doubt? Consult Veilig Thuis.


# ---- Where the route points (outcomes) ----
# Shown beside the step-5 decisions. Never a verdict: say what the framework points to.

outcome-afsluiten = The weighing framework points to closing: you no longer have a suspicion. Record in the file what you weighed and why you close.
outcome-raadpleeg-veilig-thuis = When in doubt, the weighing framework points to consulting: ask Veilig Thuis for advice, then answer the question again.
outcome-melden-onveilig = With acute or structural unsafety, the weighing framework points to reporting to Veilig Thuis. You then go through questions 3 to 5 together with Veilig Thuis.
outcome-melden-geen-hulp = If you cannot offer or organise effective help yourself, the weighing framework points to reporting to Veilig Thuis.
outcome-melden-hulp-niet-aanvaard = If the people involved do not accept the help, or do not commit to it, the weighing framework points to reporting to Veilig Thuis.
outcome-hulp-bieden = The weighing framework points to offering or organising help. Question 5 comes later: plan a moment to check whether the help leads to safety.
outcome-hulp-afsluiten = If the help leads to safety, the weighing framework points to closing the help. Agree with the people involved and your partner organisations how you will keep following (un)safety in the future.
outcome-opnieuw-melden = If the help does not lead to safety, the weighing framework points to reporting (again) to Veilig Thuis.


# ---- Reporting norms (meldnormen) ----

meldnorm-acuut-structureel = If there is acute and/or structural unsafety, you always report to Veilig Thuis.
meldnorm-geen-effectieve-hulp = In all other cases, you report if, given your own expertise, responsibilities and professional limits, you cannot offer or organise effective help.
meldnorm-onveiligheid-stopt-niet = If you are offering help and see that the unsafety does not stop or comes back, you report after all.


# ---- Step 5 decisions ----

decision-melden-text = Decision 1: Is reporting necessary?
decision-hulp-text = Decision 2: Is offering or organising help (also) possible? Help comes in addition to a report, never in place of a report that is needed.


# ---- Each profession's weighing framework ----

kader-onderwijs-label = Weighing framework for education and compulsory schooling (onderwijs en leerplicht)
kader-onderwijs-note = Meldwijzer shows the five questions in the wording of the basisdocument, because the exact wording of the education framework is not included. When in doubt, check your own profession's framework.

kader-knmg-label = KNMG meldcode (doctors)
kader-knmg-note = Meldwijzer shows the five afwegingen in the basisdocument's wording, because the KNMG's exact wording is not included in Meldwijzer. As a doctor you ask Veilig Thuis for advice in step 2; since 2023 you also consult a colleague. Doctors have a right to report, not a duty.

kader-jeugd-sociaal-label = Weighing framework for youth and family professionals and social workers (NVO, NIP, BPSW)
kader-jeugd-sociaal-note = Meldwijzer shows the five questions in the wording of the basisdocument, because the exact wording of this framework is not included. When in doubt, check your own profession's framework.

kader-kinderopvang-label = Weighing framework for childcare (kinderopvang)
kader-kinderopvang-note = Meldwijzer shows the five questions in the wording of the basisdocument, because the exact wording of the childcare framework is not included. When in doubt, check your own profession's framework.
kader-vvn-label = Afwegingskader nursing and care (V&VN)
kader-vvn-note = This kader's own wording has not been checked yet and is not included in Meldwijzer. Meldwijzer shows the five afwegingen in the basisdocument's wording. Consult your own profession's afwegingskader.
kader-ggz-label = Afwegingskader mental health care
kader-ggz-note = This kader's own wording has not been checked yet and is not included in Meldwijzer. Meldwijzer shows the five afwegingen in the basisdocument's wording. Consult your own profession's afwegingskader.
kader-knov-label = Afwegingskader midwifery (KNOV)
kader-knov-note = This kader's own wording has not been checked yet and is not included in Meldwijzer. Meldwijzer shows the five afwegingen in the basisdocument's wording. Consult your own profession's afwegingskader.
kader-jgz-label = Afwegingskader youth health care (JGZ)
kader-jgz-note = This kader's own wording has not been checked yet and is not included in Meldwijzer. Meldwijzer shows the five afwegingen in the basisdocument's wording. Consult your own profession's afwegingskader. A JGZ doctor also follows the KNMG meldcode.


# ---- Field of work ----

field-onderwijs = Education
field-arts = Doctor or GP
field-sociaal-werk = Social work or neighbourhood team
field-kinderopvang = Childcare
field-jeugdhulp = Youth care
field-verpleging-verzorging = Nursing and care (elderly care, home care)
field-ggz = Mental health care (ggz)
field-verloskunde = Midwifery
field-jgz = Youth health care (JGZ)
field-huisartsenpost = Out-of-hours GP or emergency post (doctor)


# ---- Whom your concern is about ----

subject-baby = Baby or young child (0–4 years)
subject-kind = Child (4–12 years)
subject-jongere = Young person (12–18 years)
subject-ouder-van-kinderen = Adult who cares for children or is pregnant
subject-volwassene = Adult
subject-oudere = Older person


# ---- Whom you suspect ----

suspect-huiselijke-kring = Someone from the household, the family or the network
suspect-huiselijke-kring-note = A brother or sister belongs to the household too.
suspect-afhankelijk-buiten-gezin = Someone outside the household on whom the child depends, such as a trainer, babysitter or exploiter
suspect-medewerker = An employee, intern or volunteer of your own organisation
suspect-ander-kind = Another child or another pupil


# ---- Step 2: whom you consult ----

consultation-collega = A knowledgeable colleague
consultation-aandachtsfunctionaris = The designated officer (aandachtsfunctionaris)
consultation-veilig-thuis-advies = Veilig Thuis (advice, anonymous)
consultation-veilig-thuis-advies-note = The advice is anonymous about the client: you give no name or other details by which someone can be recognised. Veilig Thuis does ask who you are. Record in the file that you asked for advice.
consultation-letselduiding = Expert in interpreting injuries (vertrouwensarts or forensic doctor)


# ---- Step 3: reasons to skip the conversation ----

skip-gevaar-client = The conversation would put the client or others in serious danger
skip-gevaar-zelf = The conversation would put you or your colleagues in danger
skip-geen-contact = No contact was made, despite reasonable efforts


# ---- Step 3: postpone the conversation until ----

postpone-veilig-thuis = Until you have consulted Veilig Thuis
postpone-politie = Until you have consulted the police


# ---- Who said the literal words (step 1) ----

speaker-betrokkene = The child or possible victim themselves
speaker-ouder = A parent or carer
speaker-vermoedelijke-pleger = The suspected person
speaker-ander = Someone else (a brother or sister, neighbour, colleague)


# ---- Forms of violence ----

form-lichamelijk = Physical abuse
form-verwaarlozing = Neglect
form-psychisch = Psychological or emotional abuse
form-getuige-partnergeweld = Witnessing partner violence
form-partnergeweld = Partner violence
form-intieme-terreur = Intimate terrorism (coercive control)
form-ouderenmishandeling = Elder abuse
form-seksueel-misbruik = Sexual abuse
form-eergerelateerd-geweld = Honour-based violence
form-huwelijksdwang = Forced marriage
form-achterlating = Being left behind abroad (achterlating)
form-vgv = Female genital mutilation (FGM)
form-kindhuwelijk = Child marriage (a marriage involving a minor)
form-mensenhandel = Human trafficking and loverboy exploitation
form-stalking = Stalking


# ---- Acute ----

# Variables:
#   $noodnummer (String) - the emergency number, from content/contacts.toml
acute-direct-gevaar = Direct danger? Call { $noodnummer }.
# Variables:
#   $veilig-thuis (String) - Veilig Thuis's national number, from content/contacts.toml
acute-veilig-thuis = Veilig Thuis: { $veilig-thuis }, free, day and night.
# Variables:
#   $centrum-seksueel-geweld (String) - from content/contacts.toml
acute-seksueel-geweld = Sexual violence, less than a week ago? Centrum Seksueel Geweld: { $centrum-seksueel-geweld }, free, day and night. For medical, forensic and psychological help. The sooner, the better.
# Variables:
#   $politie-geen-spoed (String) - from content/contacts.toml
acute-zedenpolitie = A suspected sexual offence, without urgency? Through the police ({ $politie-geen-spoed }) you can consult the vice squad (zedenpolitie). In direct danger, call { $noodnummer }.


# ---- When someone tells you (disclosure) ----

disclosure-guidance-letterlijk = Write down literally what the child or adult said, in their own words. Also note what you asked or said just before.
disclosure-guidance-niet-sturen = Do not ask leading questions and do not fill anything in for the other person. Listen calmly and let them tell it their way.
disclosure-guidance-geen-geheim = Never promise to keep it a secret. Say honestly what you will do next, and that you will look for help together.
# Variables:
#   $veilig-thuis (String) - Veilig Thuis's national number
#   $noodnummer (String) - the emergency number
disclosure-guidance-volgende-stap = Then talk it over with your designated officer (aandachtsfunctionaris) or with Veilig Thuis ({ $veilig-thuis }). If there is direct danger, call { $noodnummer }.


# ---- Routes outside the five steps (content/routes.toml) ----

route-medewerker-onderwijs-title = Suspicion against a member of school staff
route-medewerker-onderwijs-intro = The meldcode is about violence within the domestic circle. If your suspicion concerns an employee, intern or volunteer of the school, a separate route applies. In primary, secondary and vocational education (po, vo, mbo) you have a duty to report a sexual offence against a pupil under 18. If you also suspect violence or abuse at home, go through the five steps as well.
route-medewerker-onderwijs-1 = Do you suspect a sexual offence against a minor pupil? Then inform the competent authority (the school board) yourself, at once. Every staff member has this duty, not only the management.
# Variables:
#   $vertrouwensinspecteur (String) - the number of the vertrouwensinspecteur
route-medewerker-onderwijs-2 = The competent authority consults the confidential inspector at once ({ $vertrouwensinspecteur }, on working days during office hours). If there is a reasonable suspicion, the competent authority reports the offence to the police and informs the parents.
route-medewerker-onderwijs-3 = If it is about violence other than a sexual offence, follow the school's own protocol.

route-medewerker-kinderopvang-title = Suspicion against a member of childcare staff
route-medewerker-kinderopvang-intro = The meldcode is about violence in the domestic circle. If you suspect that someone working in childcare commits a violent or sexual offence against a child, the duty to report, consult and press charges applies. It covers everyone who works there: an intern or volunteer too, and at a childminder (gastouder) a housemate as well. If you also suspect violence or abuse at home, go through the five steps too.
route-medewerker-kinderopvang-1 = Report your suspicion to the operator (houder) at once.
# Variables:
#   $vertrouwensinspecteur (String) - the number of the vertrouwensinspecteur
route-medewerker-kinderopvang-2 = The operator consults the confidential inspector (vertrouwensinspecteur, { $vertrouwensinspecteur }) and reports to the police if that is the advice.
route-medewerker-kinderopvang-3 = Do you suspect the operator themselves? Then go to the police yourself.

route-medewerker-zorg-title = Suspicion against someone in your own organisation
route-medewerker-zorg-intro = The meldcode is about violence within the domestic circle. If you suspect violence against a client by someone who works for your own organisation, the organisation reports it to the inspectorate or the supervisory authority. If you also suspect violence or abuse at home, go through the five steps as well.
route-medewerker-zorg-1 = First tell your manager or the board of your organisation.
route-medewerker-zorg-2 = The organisation reports it without delay: in health care to the IGJ (Wkkgz), in youth care to the inspectorate (Jeugdwet), in Wmo support to the municipality's supervisory authority, often the GGD.
route-medewerker-zorg-3 = Follow your organisation's own procedure and record what you saw and whom you told.

route-ander-kind-title = Violence or sexual behaviour between children
route-ander-kind-intro = The meldcode is about violence within the domestic circle. Sexual behaviour between children, or violence by another child, is handled through your organisation's own route. If you suspect violence or abuse at home behind the behaviour, go through the five steps as well.
route-ander-kind-1 = Describe the behaviour factually. If it is sexual behaviour, assess it, for example with the Vlaggensysteem (flag system).
route-ander-kind-2 = Follow the route your organisation has for this.
route-ander-kind-3 = Discuss it with your designated officer (aandachtsfunctionaris), including whether something may be going on at home.
route-ander-kind-4 = Inform the parents of both children. If you suspect violence at home behind the behaviour, first consult your aandachtsfunctionaris. A school or childcare centre can ask the confidential inspector ({ $vertrouwensinspecteur }) for advice.


# ---- Special forms: what you do first (content/case.toml, form.note) ----

form-seksueel-misbruik-note = First consult Veilig Thuis or the police, before you talk with the child or the parents. A conversation can put the child at risk or hamper a criminal investigation. Online behaviour counts too: since 1 July 2024, grooming and sexchatting with a minor, for example, are offences (Wet seksuele misdrijven).
form-eergerelateerd-geweld-note = First consult Veilig Thuis or the police's designated officer for honour-based violence, before you talk with those involved. A conversation can put the victim at risk. Speak with family members separately.
form-huwelijksdwang-note = First consult Veilig Thuis or the police's designated officer for honour-based violence, before you talk with those involved. A conversation can put the victim at risk. Speak with family members separately. Forced marriage affects girls and boys.
form-achterlating-note = First consult Veilig Thuis or the police's designated officer for honour-based violence, before you talk with those involved. Abandonment abroad affects girls and boys, and often happens around the summer holiday: watch for an upcoming trip.
form-kindhuwelijk-note = A marriage involving a minor is not allowed in the Netherlands, also when it was concluded religiously or abroad. First consult Veilig Thuis or the police's designated officer for honour-based violence, before you talk with those involved.
form-mensenhandel-note = In human trafficking and loverboy exploitation someone is exploited under coercion, for example sexually or criminally. The exploiter is often not family: you follow the five steps then too. First consult Veilig Thuis or the police, before you talk with those involved.
form-stalking-note = Stalking often starts after a separation and is an escalation signal of intimate terrorism. Record each incident with its date.
form-vgv-note = For FGM the chain approach starts from: always report, unless. Consult the FGM designated officer of Veilig Thuis or the GGD. Is the risk acute, for example because a girl travels abroad this week? Then contact Veilig Thuis and the police at once, and go through the steps quickly, within an hour if you can.


# ---- Acute situations with children (content/acute.toml, situation) ----

situation-baby-letsel = A baby who cannot yet crawl or walk has bruises or another injury
situation-baby-letsel-note = A baby who does not move about cannot bump into things: bruises on a baby who is not yet mobile are a strong signal. Have the injury assessed by the confidential doctor (vertrouwensarts) of Veilig Thuis or by a forensic paediatrician.
situation-bang-naar-huis = A child is afraid to go home, or says they are hurt at home
situation-vertrek-buitenland = A child or young person will soon travel abroad, often before the summer holiday, and there are signs of FGM, forced marriage, child marriage or abandonment abroad
situation-vertrek-buitenland-note = Contact Veilig Thuis and the police at once. Forced marriage and abandonment abroad affect girls and boys. If it is about FGM and the girl leaves soon, go through the steps quickly, within an hour if you can.
situation-onthulling = A child or a dependent adult tells you about violence (disclosure)
situation-onthulling-note = A disclosure often points to an acute crisis and to fear for their own safety. Write the words down literally and do not promise secrecy.


# ---- Escalation red flags in partner violence (content/acute.toml, red_flag) ----

red-flag-wurging = (Attempted) strangulation or suffocation
red-flag-wurging-note = Advise medical and forensic examination, also when no injury is visible: injuries from strangulation are often not visible. If it went together with sexual violence, refer to the Centrum Seksueel Geweld ({ $centrum-seksueel-geweld }).
red-flag-gedwongen-seks = Forced sex by the (ex-)partner
red-flag-gedwongen-seks-note = Advise medical and forensic help through the Centrum Seksueel Geweld ({ $centrum-seksueel-geweld }), preferably within a week.
red-flag-doodsbedreiging = Threats to kill: the partner, the children, or threats of suicide
red-flag-wapens = Weapons: owning, threatening with or using them
red-flag-scheiding = A recent or planned separation
red-flag-scheiding-note = A separation is a high-risk moment. Violence often goes on after a separation, for example as stalking.
red-flag-stalking = Stalking: following, monitoring, harassing
red-flag-zwangerschap = Violence during pregnancy
red-flag-zwangerschap-note = Partner violence often starts or escalates during pregnancy.
red-flag-toename = The violence happens more often or becomes more severe
red-flag-extreme-angst = The victim is extremely afraid


# ---- Notes per step, per field or for adults (content/notes.toml) ----

note-arts-consultatie = As a doctor, in step 2 you ask Veilig Thuis for advice, anonymously about the patient. Since the 2023 revision you also consult a colleague. If you do not do one of these, record why.
note-arts-meldrecht = As a doctor you have a right to report (meldrecht), not a duty to report. You may report without the patient's consent and break your professional secrecy to do so (Wmo 2015, article 5.2.6). Tell the patient beforehand that you will report, if you can, and record their reaction.
note-arts-gesprek = As a doctor you discuss your concern with the patient in step 3. If it is about a child, you speak in principle with both parents who hold parental authority, and with the child if age and situation allow.
note-verloskunde-zwangerschap = Pregnancy is a period in which partner violence often starts or gets worse. Ask about it when you see the pregnant woman alone, without partner or family present.
note-onderwijs-handle-with-care = Handle with Care: if the police had to intervene at a pupil's home because of domestic violence, the school hears so the next school day. The school receives only the pupil's name and date of birth and the code word, no details. It is a signal to give the pupil extra support in class, not a decision in step 5. Record it with the signals. It does not run in every region: check whether your municipality takes part.
note-onderwijs-geen-geheim = If a pupil tells you something, never promise secrecy. Say honestly what you will do, and that you will look for help together.
note-kinderopvang-medewerker = Do you suspect a violent or sexual offence by someone who works in childcare (an intern, volunteer or a childminder's housemate too)? Then you do not follow the five steps, but the duty to report, consult and press charges through the owner. To do so, change whom you suspect in the case details.
note-wijkteam-wegen = Weigh with your organisation's risk assessment instrument, if you have one and are trained in it, or by phone with Veilig Thuis. Do it together with a behavioural scientist, your team leader or the designated officer (aandachtsfunctionaris).
note-meldrecht = Every professional bound by professional secrecy may report to Veilig Thuis without consent (Wmo 2015, article 5.2.6). That is a right to report. Without consent does not mean without their knowledge: you tell them beforehand. Reporting in acute or structural unsafety is a professional norm from the afwegingskaders, not a legal duty to report. If reporting was the obvious thing and you did not, you must be able to explain why.
note-volwassene-wensen = If your client is an adult, ask for their own wishes and record them. Capacity (wilsbekwaamheid) is judged for the matter at hand: for this decision, at this moment. In doubt, for example with dementia, an intellectual disability or an acute crisis? Record what the judgement is about, who gave it and when. If your client is not competent for the matter, involve the representative, unless that person is the suspected person.
note-volwassene-melden-zonder-toestemming = With a competent adult, their own wishes weigh heavily. You weigh reporting against those wishes together with Veilig Thuis. It is justified by serious danger to the client or others, by children in the household, or when the client cannot protect themselves in a relationship of dependency, such as elder abuse by a carer. Record your weighing. Your right to report remains: you may report without consent, but in principle not without your client knowing.


# ---- Kindcheck (content/kindcheck.toml) ----

kindcheck-trigger-psychiatrisch = Severe or acute mental health problems, such as severe depression, mania or psychosis
kindcheck-trigger-suicidaal = Serious suicidal thoughts or a suicide attempt
kindcheck-trigger-agressie = Structural aggression or severely aggressive behaviour
kindcheck-trigger-huiselijk-geweld = Victim or perpetrator of domestic violence
kindcheck-trigger-verslaving = A serious addiction to alcohol, drugs or something else
kindcheck-trigger-crisis = A crisis, such as problematic debts or (threatened) eviction
kindcheck-trigger-huisvesting = No fixed abode, severe self-neglect or an unsafe, squalid home
kindcheck-trigger-lichamelijk-ziek = A severe, chronic physical illness
kindcheck-trigger-verstandelijke-beperking = An intellectual disability
kindcheck-trigger-eergerelateerd = Fear of honour-based violence
kindcheck-trigger-detentie = Arrested or detained by the police or the judiciary

kindcheck-variant-volledig = Full Kindcheck
kindcheck-variant-volledig-hint = For clients you see more often: at intake, an evaluation or a multidisciplinary meeting, and whenever new concerns arise.
kindcheck-variant-kort = Short Kindcheck
kindcheck-variant-kort-hint = For a brief contact, such as the out-of-hours GP service, the emergency department, an ambulance or the crisis service.

kindcheck-option-ja = Yes
kindcheck-option-nee = No
kindcheck-option-nee-twijfel = No, or I am in doubt
kindcheck-option-open = An open answer; the client sees the risk
kindcheck-option-ontwijkend = An evasive or incorrect answer, or the client does not see the risk
kindcheck-option-geen-professional = No, there is no other professional
kindcheck-option-neemt-over = Yes, and they take over the concern
kindcheck-option-neemt-niet-over = Yes, but they do not take over the concern

kindcheck-q-oudersignalen = Do you see problems in the client that may be a danger to children?
kindcheck-q-oudersignalen-help = Think of domestic violence, an addiction, severe mental health problems or an intellectual disability. If you see none, close the Kindcheck and record that.
kindcheck-q-zorgt-voor-kinderen = Does the client care for minor children, or is the client pregnant?
kindcheck-q-zorgt-voor-kinderen-help = Ask whether children live at home and where they are during the day. Ask whether the client shares their care with another adult, and whether they see children of an (ex-)partner. If the client is an adolescent, ask about younger brothers and sisters at home. Record the number of children and their ages.
kindcheck-q-antwoord = How does the client answer your questions about the children?
kindcheck-q-antwoord-help = Ask what the children notice of the situation, whether the client manages to give them enough care and safety, and whether the client has or wants help.
kindcheck-q-zorg-weggenomen = Has the client convincingly removed your concern about the children?
kindcheck-q-zorg-weggenomen-help = If you are in doubt, consult a colleague or ask Veilig Thuis for advice.
kindcheck-q-andere-professional = Is another professional involved who can assess the children's situation?
kindcheck-q-andere-professional-help = Think of the GP, the child health clinic, the school or a neighbourhood team. Ask the client.
kindcheck-q-kort-zorgt-voor-kinderen = Does the client care for minor children?
kindcheck-q-kort-zorgt-voor-kinderen-help = In a brief contact, ask at least this. Ask too who is caring for the children now.

kindcheck-outcome-geen-oudersignalen = The client has no problems that may be a danger to children. Close the Kindcheck and record that.
kindcheck-outcome-geen-kinderen = The client does not care for minor children and is not pregnant. Close the Kindcheck and record that.
kindcheck-outcome-kort-geen-kinderen = The client does not care for minor children. At a next contact, also ask whether the client (or the partner) is pregnant. Close the Kindcheck and record it.
kindcheck-record-geen-oudersignalen = No problems found in the client that could endanger children.
kindcheck-record-geen-kinderen = The client does not care for minor children and is not pregnant.
kindcheck-record-kort-geen-kinderen = The client does not care for minor children (short Kindcheck; pregnancy not asked).
kindcheck-record-zorg-weggenomen = The client convincingly took away the concern about the children.
kindcheck-record-zorg-blijft = The concern about the children remained; the steps of the meldcode followed.
kindcheck-record-meldcode-volgen = No other professional can assess the children's situation; the steps of the meldcode followed.
kindcheck-record-overdragen = The concern about the children handed over to another professional.
kindcheck-record-meldcode-voortzetten = The other professional did not take the concern over; the steps of the meldcode continued.
kindcheck-record-kort-doorgeven = The client cares for minor children; the concern was shared and passed on, or advice was asked.
kindcheck-outcome-zorg-weggenomen = The client has convincingly removed your concern about the children. Close the Kindcheck and record that.
kindcheck-outcome-zorg-blijft = Your concern about the children remains. Follow the steps of the meldcode.
kindcheck-outcome-meldcode-volgen = Nobody else can assess the children's situation. Follow the steps of the meldcode.
kindcheck-outcome-overdragen = Another professional takes over the concern about the children. Hand over your concern and record to whom.
kindcheck-outcome-meldcode-voortzetten = The other professional does not take over the concern. Continue the steps of the meldcode yourself.
kindcheck-outcome-kort-doorgeven = The client cares for minor children. Share your concern and pass it on, or ask for advice.

kindcheck-action-collega-of-vt = Consult a colleague or ask Veilig Thuis for advice.
kindcheck-action-hulp-netwerk = Consider whether professional help or support from the client's network can help.
kindcheck-action-vt-uitleggen = If your concern remains, tell the client that you will involve Veilig Thuis for an investigation, and that the family may get (extra) help.
kindcheck-action-client-meldcode = Tell the client that you are following the meldcode.
kindcheck-action-vt-advies = Ask Veilig Thuis for advice.
kindcheck-action-overdragen = Hand over your concern to the other professional, and record what you agree.
kindcheck-action-uitleggen-voortzetten = Explain to the client and the other professional that you are continuing the steps of the meldcode.
kindcheck-action-zorg-delen = Tell the client that you are worried about the children.
kindcheck-action-doorgeven = Pass on your concern to the GP or practitioner, or ask Veilig Thuis for advice.


# ---- Signal checklists (content/signals.toml) ----

signal-group-leeftijd-0-4 = 0 to 4 years
signal-blauwe-plekken = Bruises, burns, fractures, cuts or bite marks
signal-rode-plekken-ogen = Red marks around a baby's eyes
signal-groei = Poor growth, feeding problems or often hungry
signal-hygiene = Repeatedly severe nappy rash, bad teeth or dirty clothes, also after you discussed it with the parents (not taken up)
signal-ontwikkeling = Behind in motor or language development
signal-passief = Passive, listless, does not play or shows no pain
signal-bevriezen = Goes stiff when picked up, or is watchful and afraid with a parent
signal-angst-onderzoek = Afraid to undress or to be examined
signal-group-letsel-jonge-kinderen = Injury in babies and young children
signal-letsel-niet-mobiel = A bruise on a baby who is not yet mobile (not yet crawling, pulling up or walking)
signal-letsel-ten4 = A bruise on the torso, ear or neck, on the angle of the jaw, cheek, eyelid or white of the eye, at the frenulum, or any bruise on a baby under 4 months (TEN-4-FACESp)
signal-letsel-patroon = A bruise or wound with a shape or pattern (fingers, hand, belt, bite)
signal-letsel-uitleg-past-niet = The explanation does not fit the injury or what the child can already do, or it changes
signal-letsel-laat-hulp = Medical help for an injury was sought late or not at all
signal-letsel-hoofd = Unexplained drowsiness, vomiting, seizures or a bulging fontanelle in a baby (think of abusive head trauma, such as shaking)
signal-group-oudersignalen-kind = What you see of the parents
signal-ouder-psychisch = A parent is confused, low, or says they cannot cope any more
signal-ouder-middelen = A parent smells of alcohol or seems under the influence at drop-off or pick-up
signal-ouder-boos-kind = A parent swears at the child, belittles it or grabs it hard in your presence
signal-ouder-geen-afspraken = A parent repeatedly does not keep arrangements about the child (a sick child not collected, check-ups missed)
signal-ouder-ruzie = You hear or see fights or threats between the parents, or the child tells about them
signal-ouder-letsel = A parent has visible injuries or is afraid of the partner
signal-group-partnergeweld = Partner violence and coercive control
signal-partner-letsel = Injuries whose explanation does not fit, or injuries at different stages of healing
signal-partner-voert-woord = The partner always comes along, does the talking or does not let the client speak with you alone
signal-partner-controle = The client says the partner checks their phone, messages or whereabouts
signal-partner-geld = The client has no money of their own or no access to the bank account
signal-partner-isolatie = The client no longer sees family or friends, or is not allowed to
signal-partner-angst = The client is afraid when the partner is there, or says home feels like walking on eggshells
signal-partner-afspraken = Appointments are often cancelled at the last minute, or the partner cancels them
signal-group-leeftijd-4-12 = 4 to 12 years
signal-angstig = Fearful, withdrawn or low
signal-plotselinge-verandering = Changes suddenly: quieter or more aggressive
signal-leeftijdgenoten = Problems with peers: being bullied or bullying
signal-lichamelijke-klachten = Physical complaints such as stomach ache, or bruises
signal-seksueel-gedrag = Sexualised or boundary-crossing behaviour
signal-verzuim = Often absent or late
signal-group-leeftijd-12-18 = 12 to 18 years
signal-spijbelen = Truancy, or school results drop
signal-faalangst = Fear of failure
signal-gewicht = Under- or overweight, or eating problems
signal-suicidaal = Suicidal remarks or behaviour
signal-middelen = Uses drugs or alcohol
signal-weglopen = Runs away or self-harms
signal-group-ouderen-lichamelijk = Older people: physical abuse
signal-ouderen-blauwe-plekken = Bruises in unusual places
signal-ouderen-schrikachtig = Startles or goes quiet as soon as the carer is there, or only does what the carer says
signal-group-ouderen-psychisch = Older people: psychological abuse
signal-ouderen-kleineren = You hear someone belittle, threaten or accuse the older person
signal-ouderen-bezoek = Visitors are sent away, or post does not reach the older person
signal-group-ouderen-verwaarlozing = Older people: neglect
signal-ouderen-ondervoeding = Malnutrition, dehydration or pressure sores
signal-ouderen-hygiene = Repeatedly unkempt or smells of urine, also after it was discussed with the carer (not taken up)
signal-ouderen-hulpmiddelen = Lacks (medical) aids
signal-group-ouderen-seksueel = Older people: sexual abuse
signal-ouderen-seksueel-letsel = Injuries or complaints in the genital area, or fear during personal care
signal-group-ouderen-financieel = Older people: financial abuse
signal-ouderen-schulden = Unexplained debts, or missing money or belongings
signal-ouderen-machtiging = Cash withdrawals, payments or pgb spending the older person cannot explain or did not want
signal-ouderen-testament = Will, power of attorney or mortgage changed unexpectedly, while someone else was present or insisted
signal-ouderen-krap = Has no money for food or care although the income allows it, or there are purchases or loans in their name they do not know about
signal-group-ouderen-rechten = Older people: violation of rights
signal-ouderen-beslissen = Someone else decides on care, housing or money, also where the older person can and wants to decide

# ---- Family profiles (content/profiles.toml) ----

profile-intieme-terreur = Intimate terrorism (coercive control)
profile-intieme-terreur-picture = One partner holds the power and controls the other and the children. This happens through isolation, limiting freedom and often serious violence, sexual violence too. The victim and the children feel threatened all the time.
profile-gezin-in-de-stress = Family under stress
profile-gezin-in-de-stress-picture = The burden is bigger than what the family can carry. Stress piles up, for example through debts, loss or unemployment. Arguments then get out of hand again and again. Violence can come from both sides, often alcohol plays a part. Children are victims and witnesses.
profile-langdurige-zorg = Long-term care
profile-langdurige-zorg-picture = One or both parents need long-term care, because of a disability or psychological problems. This makes the upbringing unsafe. Neglect is common. Partner violence can play a part too.
profile-kindgedrag-en-opvoedstress = Child behaviour and parenting stress
profile-kindgedrag-en-opvoedstress-picture = A child's serious behaviour problems lead to tension and violence, between parents or between parent and child. The behaviour can be a reaction to violence at home, or come from autism, ADHD or a chronic illness, for example. Violence by a child against a parent occurs mostly here.
profile-complexe-scheiding = Complex (high-conflict) separation
profile-complexe-scheiding-picture = The problems centre on contact and custody after a separation. There is mostly psychological violence and legal battles over the children. Children suffer from the conflict and get caught between their parents.

indicator-isolatie = A partner keeps the other away from family and friends
indicator-financiele-controle = A partner controls the money and decides what the other may spend
indicator-controle-verblijf = A partner keeps checking where the other is and with whom
indicator-angst-voor-partner = The other is afraid when the partner is present and adapts all the time
indicator-kinderen-overmatig-waakzaam = The children are overly watchful or do everything to get it right
indicator-stapeling-stress = Worries pile up: debts, loss, unemployment, a sudden event
indicator-escalatie-bij-spanning = Arguments get out of hand at moments of great tension
indicator-geweld-over-en-weer = The violence comes from both sides
indicator-alcoholmisbruik = A partner drinks too much
indicator-psychische-problemen-ouder = A parent has long-term psychological problems
indicator-beperking-ouder = A parent has a (mild) intellectual disability
indicator-verslaving-ouder = A parent is addicted
indicator-langdurige-verwaarlozing = The children have shown signs of neglect for a long time
indicator-gedragsproblemen-kind = A child has serious behaviour problems
indicator-aandoening-kind = A child has autism, ADHD or a chronic illness, for example
indicator-geweld-kind-tegen-ouder = A child uses violence against a parent
indicator-opvoedstress = The parents feel a lot of parenting stress and disagree about support or limits
indicator-strijd-omgang-gezag = The parents fight over contact or custody, in court too
indicator-kind-klem-tussen-ouders = A child is caught between the parents (loyalty conflict)
indicator-destructieve-communicatie = The parents talk to each other in a hurtful or hostile way
indicator-controle-tijdens-relatie = During the relationship one parent controlled the other

consequence-intieme-terreur-niet-samen = Do not hold joint talks with the partners, and do not choose mediation or joint parenting support. That favours the one who controls. Speak with every family member separately.
consequence-intieme-terreur-bescherming-eerst = Protection and safety come first. Involve partners who know about intimate terrorism. The violence often continues after a separation, for example through stalking or legal procedures.
consequence-stress-gezamenlijke-aanpak = Once direct safety is in place, a joint, systemic approach can fit, such as relationship therapy to stop escalations.
consequence-stress-draaglast = Work on reducing the stress: debts, work, housing, loss. The more risk factors, the greater the risk.
consequence-langdurige-zorg-verwaarlozing = Note: long-term neglect is often underestimated. Weigh it too, even without an acute incident.
consequence-langdurige-zorg-lange-steun = This calls for long-term support and care for the family. The Kindcheck is an important way in with parents who have problems.
consequence-kindgedrag-achter-het-gedrag = Look behind the child's behaviour: could it be a reaction to violence or trauma at home?
consequence-kindgedrag-traumagericht = Think of trauma-focused treatment for the child and parenting support for the parents.
consequence-scheiding-kind-centraal = Keep the child and their interest central, even when the parents' fight takes all the attention.
consequence-scheiding-let-op-controle = Note: intimate terrorism can continue after a separation in the form of a fight. If so, mediation is not suitable.

# ---- Top3 safety questions in step 4 (content/safety.toml) ----

safety-q-onveilige-situaties = What are the three most unsafe situations?
safety-q-onveilige-situaties-help = Write them down in the family's own words. Start with the most unsafe one. Make them together with the family.
safety-q-wat-gaat-goed = What goes well, and what protects?
safety-q-wat-gaat-goed-help = Think of moments when things stayed safe, and of people who help. You build the agreements on these.
safety-q-veiligheidsvoorwaarden = What must happen at the very least? (safety conditions)
safety-q-veiligheidsvoorwaarden-help = The minimum needed to stop the violence and restore safety.
safety-q-veiligheidsafspraken = Which agreements do you make? (safety agreements)
safety-q-veiligheidsafspraken-help = Who does what, and by when? Make them concrete and feasible in daily life. Direct safety first.
safety-q-monitoring = Who keeps an eye on the agreements, and when do you evaluate?
safety-q-monitoring-help = Agree who is in charge, who from the network watches along, and when you look together at whether it works.
safety-q-veiligheidsschaal = Safety scale (optional)
safety-q-veiligheidsschaal-help = From Signs of Safety: each person gives a score from 0 to 10. A 0 means nothing keeps the child safe now. A 10 means the child is safe enough to close the case. Use a role, not a name.

# ---- Information requests (content/informatieverzoek.toml) ----

inforeq-requester-veilig-thuis = Veilig Thuis
inforeq-requester-raad = Raad voor de Kinderbescherming (Child Protection Board)
inforeq-requester-gi = Gecertificeerde instelling (youth protection worker)
inforeq-requester-politie-justitie = Police or justice
inforeq-basis-veilig-thuis = Basis: the right to report in article 5.2.6 Wmo 2015. You may give information without consent when it is needed to stop domestic violence or child abuse or to investigate a reasonable suspicion. It is a right, not a duty.
inforeq-basis-raad = Basis: the right to report in article 1:240 of the Civil Code. You may give information the Raad needs for its task. A request that is not about possible child abuse falls outside the meldcode.
inforeq-basis-gi = Basis: with a supervision order (OTS), article 7.3.11(4) Jeugdwet. Check in which role the youth protection worker asks: this basis applies only to an OTS.
inforeq-basis-politie-justitie = Your professional secrecy applies to police and justice as to anyone. A police request does not oblige you to give information.
inforeq-step-wie-vraagt = Check who asks and on what basis
inforeq-step-wie-vraagt-help = Note the requester's name, role and organisation and the date of the request. Unsure who is calling? Call back on the organisation's general number. Ask what legal basis the request rests on.
inforeq-step-aard-en-ernst = Ask for the nature and seriousness of the concern
inforeq-step-aard-en-ernst-help = Without the nature, seriousness and content of the concern you cannot weigh what to give. If the requester did not say, ask. A GP who did not was given a warning by the disciplinary board. Also note exactly what information is asked for.
inforeq-step-relevant-en-noodzakelijk = Weigh which information is relevant and necessary
inforeq-step-relevant-en-noodzakelijk-help = Give only what is needed to stop the violence or investigate the suspicion. Keep to facts and events. Say what you heard from others. If an adult victim refuses consent, deliberately and freely, give information only in serious danger. You may decline for weighty reasons in your patient's interest; then tell the requester why.
inforeq-step-vooraf-informeren = Inform your patient or client beforehand
inforeq-step-vooraf-informeren-help = Say beforehand that you will give information and which, and ask for consent where you can. Note the reaction. Leave this out only when it endangers your patient, a child, others or yourself; then note why.
inforeq-step-verstrekken = Give only that information and record what you gave
inforeq-step-verstrekken-help = Give the information in writing where you can. If you give it verbally, ask for the record of the conversation to check it, and record yourself what you said. Note in the file what was asked, weighed and given.
inforeq-step-wie-vraagt-politie = Check who asks and for what purpose
inforeq-step-wie-vraagt-politie-help = Note the requester's name, role and service and the date. Ask what the request is about and what basis it rests on. Your professional secrecy applies to the police too. In doubt, consult a lawyer or the KNMG advice service.
inforeq-step-toestemming-politie = Ask your patient for consent
inforeq-step-toestemming-politie-help = Without consent you give nothing, in principle. Only when keeping silent cannot prevent serious harm to your patient or others (a conflict of duties) may you speak without consent. Without acute danger, a report to Veilig Thuis is the more obvious route. Note the reaction, or why you did not ask.
inforeq-step-noodzakelijk-politie = Decide whether, and which, information is needed
inforeq-step-noodzakelijk-politie-help = Weigh whether giving information is needed and whether you meet the norms of this plan. Give only relevant facts. Say what you heard from others.
inforeq-route-vt-raad-gi-title = Information request from Veilig Thuis, the Raad or a gecertificeerde instelling
inforeq-route-vt-raad-gi-intro = You are asked to give information about a patient or client. These are not the five meldcode steps: you do not report yourself, you weigh what you give. Follow these steps and record what was asked, weighed and given.
inforeq-route-politie-justitie-title = Information request from police or justice
inforeq-route-politie-justitie-intro = Police or justice ask you for information about a patient or client. Your professional secrecy still applies. Follow these steps and record what was asked, weighed and given.
inforeq-route-overig-intro = You are asked to give information about a client or pupil. Meldwijzer does not yet know a plan of its own for your field. These steps come from the KNMG meldcode for doctors. Check them with your aandachtsfunctionaris or your organisation's meldcode.
# Who the suspected person is to the one the concern is about (case.toml suspect_relation).
suspect-relation-ouder = Parent or carer
suspect-relation-partner = Partner
suspect-relation-ex-partner = Ex-partner
suspect-relation-broer-zus = Brother or sister
suspect-relation-familielid = Other family member
suspect-relation-mantelzorger = Informal carer (mantelzorger)
suspect-relation-anders = Someone else from the network

# Who can read the file an output goes into (outputs.toml).
reader-veilig-thuis = Veilig Thuis
reader-collega = colleagues bound to professional secrecy
reader-ouders = the parents
reader-patient = the patient
reader-ouders-minderjarige = the parents with authority of a minor patient
reader-client = the client
output-file-adviesvraag = The advice request
output-file-verslag = The client file (shielded part)
output-file-soep = The patient file
output-file-leerlingdossier = The pupil file
output-file-overdracht = The handover to a colleague
output-file-eenvoudig = The paper for the client

# ---- Coercive control, wherever it is recorded ----

form-intieme-terreur-note = This is coercive control. Speak with each family member separately, never together with the suspected person. Consult Veilig Thuis first ({ $veilig-thuis }). Do not suggest a joint conversation, mediation, relationship therapy or joint parenting support: it works in favour of the one who controls.
note-dwingende-controle-gesprek = You recorded coercive control. So speak with each family member separately: the victim, the children at their level and the suspected person, never together. Consult Veilig Thuis ({ $veilig-thuis }) before you hold the conversation. A joint conversation or mediation works in favour of the one who controls and can put the victim in danger.
note-dwingende-controle-beslissen = You recorded coercive control. Choose no joint help: no relationship therapy, no mediation and no joint parenting support. Safety and protection come first. After a separation the violence often continues.
safety-framing-met-het-gezin = You make this plan together with the family and their network. Start with direct safety.
safety-framing-met-het-slachtoffer = Coercive control is recorded. So make this plan with the victim, and with the children at their level. Make it separately, never together with the suspected person. That person must not see the plan or know about it. Give the victim nothing on paper that could be found at home.
safety-q-onveilige-situaties-help-coercive = Write them down in the victim's own words, and with the children at their level. Start with the most unsafe. Make them separately with the victim, not with the whole family.
safety-q-veiligheidsafspraken-help-coercive = Who does what if it becomes unsafe again? Think of a safe address, important phone numbers and whom the victim can call. Make the agreements with the victim, not with the suspected person.
safety-q-monitoring-help-coercive = Agree with the victim who keeps an eye on things and how you stay in contact safely. Evaluate separately with the victim, never together with the suspected person.
safety-q-veiligheidsschaal-help-coercive = From Signs of Safety: ask the victim and the children separately for a score from 0 to 10. A 0 means nothing keeps them safe now. Use a role, not a name.

## Phased cooperation on safety (monitoring.toml)
monitoring-phase-directe-veiligheid = Direct safety
monitoring-phase-directe-veiligheid-note = First stop the violence and protect the victims. Only then is there room for change.
monitoring-phase-stabiele-veiligheid = Stable safety
monitoring-phase-stabiele-veiligheid-note = Risk-driven care: tackle the main risk factors that keep the violence going.
monitoring-phase-herstel = Recovery
monitoring-phase-herstel-note = Recovery-oriented care for each family member, trauma included. Keep watching safety.

## What the professional did about the acute route (acknowledging it)
acute-action-noodnummer-gebeld = I called { $noodnummer }.
acute-action-veilig-thuis-gebeld = I called Veilig Thuis (advice or a report).
acute-action-kind-veilig = The child is safe now: looked after, not sent home alone.
acute-action-overlegd = I talked it over with the designated officer (aandachtsfunctionaris) or a colleague.
acute-action-geen-direct-gevaar = Weighed: no direct danger now. I follow the steps.

## Why a case is closed (case.toml [[close_reason]])
close-reason-gemeld = Reported to Veilig Thuis; Veilig Thuis takes it over
close-reason-overgedragen = Handed over to another professional or organisation
close-reason-hulp-gevolgd = Help is under way and is followed up
close-reason-vermoeden-weggenomen = Suspicion removed
