//! Oefenmodus: the built-in oefencasussen, trainer files read from disk, the problem texts
//! the app and `meldwijzer-oefen` share, and the views the presenter and the side-by-side
//! fields screen show.
//!
//! A training session lives only in memory ([`Session`]): it never touches the case store,
//! the vault or any file except the trainer file it is asked to read. Leaving drops it.

use std::io::Read;
use std::path::Path;

use meldwijzer_l10n::Localizer;
use meldwijzer_protocol::content::AnswerValue;
use meldwijzer_protocol::{Pending, Protocol};
use meldwijzer_training::{Problem, TrainingCase};

use crate::dto::{
    TrainingCaseSummary, TrainingCaseView, TrainingFieldRoute, TrainingImportView, TrainingPositionView,
    TrainingRoundView, TrainingWalked,
};
use crate::ftl;

include!(concat!(env!("OUT_DIR"), "/training.rs"));

/// The built-in cases (`content/training/*.toml`), parsed and validated. A built-in case
/// that fails validation is a build defect; tests in `tests/core` keep them valid.
pub fn builtin(protocol: &Protocol) -> Result<Vec<TrainingCase>, Vec<(String, Problem)>> {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in BUILTIN {
        match meldwijzer_training::parse(text.as_bytes(), protocol) {
            Ok(c) => cases.push(c),
            Err(ps) => problems.extend(ps.into_iter().map(|p| (name.to_string(), p))),
        }
    }
    if problems.is_empty() {
        Ok(cases)
    } else {
        Err(problems)
    }
}

/// One problem as a line of text: `file:line:column: message` in the localizer's language.
pub fn problem_text(l: &Localizer, file: &str, p: &Problem) -> String {
    let message = l.format(p.code, &p.args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>());
    if p.line == 0 {
        l.format(ftl("training-problem-file"), &[("file", file.to_string()), ("message", message)])
    } else {
        l.format(
            ftl("training-problem-at"),
            &[
                ("file", file.to_string()),
                ("line", p.line.to_string()),
                ("col", p.col.to_string()),
                ("message", message),
            ],
        )
    }
}

/// Reads and checks one trainer file. Reads at most [`meldwijzer_training::MAX_BYTES`] + 1
/// bytes, so a huge file is refused without loading it.
pub fn read_file(protocol: &Protocol, path: &Path) -> Result<TrainingCase, Vec<Problem>> {
    let read_error = || vec![Problem { line: 0, col: 0, code: ftl("training-error-read"), args: vec![] }];
    // Only a regular file: a FIFO or a device could block or never end.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Err(read_error());
    }
    let file = std::fs::File::open(path).map_err(|_| read_error())?;
    let mut bytes = Vec::new();
    file.take(meldwijzer_training::MAX_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|_| read_error())?;
    meldwijzer_training::parse(&bytes, protocol)
}

/// The training session: imported cases and where the presenter is, in memory only.
#[derive(Debug, Default)]
pub struct Session {
    /// Trainer files read in this session.
    pub imported: Vec<TrainingCase>,
    /// The case, round and whether its facts are shown, for the trainer-notes window.
    pub position: Option<(String, usize, bool)>,
}

pub(crate) fn summary(p: &Protocol, l: &Localizer, c: &TrainingCase, builtin: bool) -> TrainingCaseSummary {
    let lang = l.lang();
    TrainingCaseSummary {
        id: c.id.clone(),
        title: c.title.get(lang).to_string(),
        summary: c.summary.get(lang).to_string(),
        fields: c.fields.iter().filter_map(|f| p.field(f)).map(|f| l.text(&f.choice.label)).collect(),
        rounds: c.rounds.len(),
        builtin,
        in_language: lang == "nl" || c.has_en,
    }
}

pub(crate) fn case_view(p: &Protocol, l: &Localizer, c: &TrainingCase, builtin: bool) -> TrainingCaseView {
    let lang = l.lang();
    TrainingCaseView {
        summary: summary(p, l, c, builtin),
        source_notes: c.source_notes.get(lang).to_string(),
        sources: crate::view::source_views(p, &c.sources),
        field_ids: c.fields.clone(),
        rounds: c
            .rounds
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let step = p.step(&r.step);
                TrainingRoundView {
                    number: i + 1,
                    step_number: step.map_or(0, |s| s.number),
                    step_title: step.map(|s| l.text(&s.title)).unwrap_or_default(),
                    title: r.title.get(lang).to_string(),
                    facts: r.facts.get(lang).to_vec(),
                    questions: r.questions.get(lang).to_vec(),
                    notes: r.notes.get(lang).to_string(),
                    mistakes: r.mistakes.get(lang).to_vec(),
                }
            })
            .collect(),
    }
}

fn answer_label(a: AnswerValue) -> &'static str {
    match a {
        AnswerValue::Ja => ftl("answer-ja"),
        AnswerValue::Nee => ftl("answer-nee"),
        AnswerValue::WeetNiet => ftl("answer-weet-niet"),
    }
}

fn suggestion(l: &Localizer, v: Option<bool>) -> String {
    l.text(match v {
        Some(true) => ftl("answer-ja"),
        Some(false) => ftl("answer-nee"),
        None => ftl("training-route-open"),
    })
}

/// Each field's route for the case after rounds `0..=round`, side by side, with what differs
/// between the fields marked. The route engine computes every route; nothing is decided here.
pub(crate) fn compare(p: &Protocol, l: &Localizer, c: &TrainingCase, round: usize) -> Vec<TrainingFieldRoute> {
    let round = round.min(c.rounds.len().saturating_sub(1));
    let mut routes = Vec::new();
    for field_id in &c.fields {
        let Some(field) = p.field(field_id) else { continue };
        let Ok(case) = c.case_at(p, field_id, round) else { continue };
        let route = case.route(p);
        let kader = p.kader(&field.kader);
        let pending = match &route.pending {
            Pending::Question { question, .. } | Pending::FollowUp { question } | Pending::Advice { question } => {
                let q = p.question(question);
                let label = q.map(|q| l.text(&q.label)).unwrap_or_default();
                let number = q.map_or(0, |q| q.number).to_string();
                l.format(
                    match &route.pending {
                        Pending::FollowUp { .. } => ftl("route-summary-follow-up"),
                        Pending::Advice { .. } => ftl("route-summary-advice"),
                        _ => ftl("route-summary-question"),
                    },
                    &[("number", number), ("label", label)],
                )
            }
            Pending::Complete => l.text(ftl("route-summary-complete")),
        };
        routes.push(TrainingFieldRoute {
            field: field_id.clone(),
            field_label: l.text(&field.choice.label),
            kader_label: kader.map(|k| l.text(&k.label)).unwrap_or_default(),
            other_route: case.other_route(p).map(|r| l.text(&r.title)),
            walked: route
                .walked
                .iter()
                .map(|w| {
                    let q = p.question(&w.question);
                    TrainingWalked {
                        question: w.question.clone(),
                        number: q.map_or(0, |q| q.number),
                        label: q.map(|q| l.text(&q.label)).unwrap_or_default(),
                        answer: l.text(answer_label(w.answer)),
                        outcome: w.outcome.as_ref().and_then(|o| p.outcome(o)).map(|o| l.text(&o.text)),
                        with_veilig_thuis: w.with_veilig_thuis,
                        differs: false,
                    }
                })
                .collect(),
            pending,
            suggests_melden: suggestion(l, route.suggests_melden),
            suggests_hulp: suggestion(l, route.suggests_hulp),
            meldnormen: route
                .meldnormen
                .iter()
                .filter_map(|m| p.meldnormen().iter().find(|n| &n.id == m))
                .map(|n| l.text(&n.text))
                .collect(),
            missing_consultations: case
                .missing_consultations(p)
                .iter()
                .filter_map(|k| p.consultations().iter().find(|c| &c.id == k))
                .map(|c| l.text(&c.label))
                .collect(),
            melden_differs: false,
            hulp_differs: false,
            raw_melden: route.suggests_melden,
            raw_hulp: route.suggests_hulp,
        });
    }
    // Mark where the fields part ways: an afweging answered differently (or only in some
    // fields), and a different suggestion for either decision.
    let answers: Vec<Vec<(String, String)>> =
        routes.iter().map(|r| r.walked.iter().map(|w| (w.question.clone(), w.answer.clone())).collect()).collect();
    let n = routes.len();
    for r in routes.iter_mut() {
        for w in r.walked.iter_mut() {
            let same = answers.iter().filter(|a| a.iter().any(|(q, v)| q == &w.question && v == &w.answer)).count();
            w.differs = same != n;
        }
    }
    let melden: Vec<_> = routes.iter().map(|r| r.raw_melden).collect();
    let hulp: Vec<_> = routes.iter().map(|r| r.raw_hulp).collect();
    for r in routes.iter_mut() {
        r.melden_differs = melden.iter().any(|m| *m != r.raw_melden);
        r.hulp_differs = hulp.iter().any(|h| *h != r.raw_hulp);
    }
    routes
}

pub(crate) fn position(
    p: &Protocol,
    l: &Localizer,
    c: &TrainingCase,
    round: usize,
    revealed: bool,
) -> TrainingPositionView {
    let lang = l.lang();
    let round = round.min(c.rounds.len().saturating_sub(1));
    let r = &c.rounds[round];
    TrainingPositionView {
        case_title: c.title.get(lang).to_string(),
        round: round + 1,
        rounds: c.rounds.len(),
        revealed,
        step_title: p.step(&r.step).map(|s| l.text(&s.title)).unwrap_or_default(),
        title: r.title.get(lang).to_string(),
        notes: r.notes.get(lang).to_string(),
        mistakes: r.mistakes.get(lang).to_vec(),
        questions: r.questions.get(lang).to_vec(),
    }
}

/// The import result as the UI shows it.
pub(crate) fn import_view(
    l: &Localizer,
    file: &str,
    result: Result<TrainingCaseSummary, Vec<Problem>>,
) -> TrainingImportView {
    match result {
        Ok(case) => TrainingImportView { case: Some(case), problems: Vec::new() },
        Err(ps) => TrainingImportView { case: None, problems: ps.iter().map(|p| problem_text(l, file, p)).collect() },
    }
}

/// `meldwijzer-oefen`'s work: `check [--lang nl|en] FILE...`. Writes one line per file that is
/// fine and one per problem to `out`, usage to `err`. Returns the exit code: 0 every file is
/// fine, 1 a file has problems (or cannot be read), 2 wrong usage.
pub fn cli(args: &[String], out: &mut dyn std::io::Write, err: &mut dyn std::io::Write) -> i32 {
    let mut lang = "nl".to_string();
    let mut files = Vec::new();
    let mut rest = args.iter();
    let command = rest.next();
    let mut usage = command.map(String::as_str) != Some("check");
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--lang" => match rest.next() {
                Some(l) if meldwijzer_l10n::languages().contains(&l.as_str()) => lang = l.clone(),
                _ => usage = true,
            },
            s if s.starts_with("--") => usage = true,
            _ => files.push(a.clone()),
        }
    }
    let protocol = match crate::content::protocol() {
        Ok(p) => p,
        Err(_) => return 2,
    };
    let globals = protocol.contacts().iter().map(|c| (c.id.clone(), c.number.clone())).collect();
    let Ok(l) = Localizer::new(&lang, globals) else { return 2 };
    if usage || files.is_empty() {
        let _ = writeln!(err, "{}", l.text(ftl("training-check-usage")));
        return 2;
    }
    let mut code = 0;
    for f in files {
        match read_file(&protocol, Path::new(&f)) {
            Ok(c) => {
                let fields = c.fields.join(", ");
                let _ = writeln!(
                    out,
                    "{}",
                    l.format(
                        ftl("training-check-ok"),
                        &[("file", f.clone()), ("rounds", c.rounds.len().to_string()), ("fields", fields)]
                    )
                );
            }
            Err(ps) => {
                code = 1;
                for p in ps {
                    let _ = writeln!(out, "{}", problem_text(&l, &f, &p));
                }
            }
        }
    }
    code
}

impl crate::App {
    fn training_session(&self) -> Result<&Session, crate::ApiError> {
        self.training.as_ref().ok_or_else(|| self.err(crate::error::Code::plain("error-training-off")))
    }

    fn training_find(&self, id: &str) -> Result<(&TrainingCase, bool), crate::ApiError> {
        let session = self.training_session()?;
        if let Some(c) = self.training_cases.iter().find(|c| c.id == id) {
            return Ok((c, true));
        }
        session
            .imported
            .iter()
            .find(|c| c.id == id)
            .map(|c| (c, false))
            .ok_or_else(|| self.err(crate::error::Code::plain("error-training-case-not-found")))
    }

    /// Turns oefenmodus on. An unlocked vault is locked first (its keys wiped), so no real
    /// case can be on screen or reachable while training; the professional unlocks again after
    /// leaving. Nothing of the session is ever written: it lives in memory until
    /// [`App::leave_training`].
    pub fn enter_training(&mut self) -> Result<crate::dto::TrainingView, crate::ApiError> {
        self.lock()?;
        if self.training.is_none() {
            self.training = Some(Session::default());
        }
        Ok(self.training_view())
    }

    /// Leaves oefenmodus and discards everything in it (trainer files read, position).
    pub fn leave_training(&mut self) -> crate::VaultStatusView {
        self.training = None;
        self.vault_status()
    }

    /// Whether oefenmodus is on.
    pub fn training_active(&self) -> bool {
        self.training.is_some()
    }

    /// The mark every screen and every output carries in oefenmodus ("OEFENCASUS — fictief"),
    /// or `None` outside it. An output built while this is `Some` sets it as the
    /// `meldwijzer_document::Document::marking`.
    pub fn training_marking(&self) -> Option<String> {
        self.training.as_ref().map(|_| self.l10n.text(ftl("training-marking")))
    }

    /// Oefenmodus as the UI shows it: on or off, the mark and the cases.
    pub fn training_view(&self) -> crate::dto::TrainingView {
        let (p, l) = (&self.protocol, &self.l10n);
        let mut cases: Vec<_> = self.training_cases.iter().map(|c| summary(p, l, c, true)).collect();
        if let Some(s) = &self.training {
            cases.extend(s.imported.iter().map(|c| summary(p, l, c, false)));
        }
        crate::dto::TrainingView { active: self.training.is_some(), marking: l.text(ftl("training-marking")), cases }
    }

    /// One oefencasus, all rounds, in the UI language (Dutch where the case has no English).
    pub fn training_case(&self, id: &str) -> Result<TrainingCaseView, crate::ApiError> {
        let (c, builtin) = self.training_find(id)?;
        Ok(case_view(&self.protocol, &self.l10n, c, builtin))
    }

    /// Each of the case's fields' route after `round` (0-based), side by side.
    pub fn training_compare(&self, id: &str, round: usize) -> Result<Vec<TrainingFieldRoute>, crate::ApiError> {
        let (c, _) = self.training_find(id)?;
        Ok(compare(&self.protocol, &self.l10n, c, round))
    }

    /// Notes where the presenter is (for the trainer-notes window).
    pub fn training_show(&mut self, id: &str, round: usize, revealed: bool) -> Result<(), crate::ApiError> {
        self.training_find(id)?;
        if let Some(s) = self.training.as_mut() {
            s.position = Some((id.to_string(), round, revealed));
        }
        Ok(())
    }

    /// Where the presenter is, with the trainer notes of that round; `None` before a case is
    /// opened.
    pub fn training_position(&self) -> Result<Option<TrainingPositionView>, crate::ApiError> {
        let Some((id, round, revealed)) = self.training_session()?.position.clone() else { return Ok(None) };
        let (c, _) = self.training_find(&id)?;
        Ok(Some(position(&self.protocol, &self.l10n, c, round, revealed)))
    }

    /// Reads a trainer file into this session. Problems come back as lines of text (file name,
    /// line, column, what is wrong), never as an error: the UI shows them all. A case whose id
    /// is taken by a built-in case is refused; one read again replaces the earlier copy.
    pub fn training_import(&mut self, path: &Path) -> Result<TrainingImportView, crate::ApiError> {
        self.training_session()?;
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        let result = read_file(&self.protocol, path).and_then(|c| {
            if self.training_cases.iter().any(|b| b.id == c.id) {
                Err(vec![Problem {
                    line: 0,
                    col: 0,
                    code: ftl("training-error-id-taken"),
                    args: vec![("id", c.id.clone())],
                }])
            } else {
                Ok(c)
            }
        });
        let summary = result.map(|c| {
            let s = summary(&self.protocol, &self.l10n, &c, false);
            if let Some(session) = self.training.as_mut() {
                session.imported.retain(|i| i.id != c.id);
                session.imported.push(c);
            }
            s
        });
        Ok(import_view(&self.l10n, &file, summary))
    }
}

impl crate::App {
    /// Everything the trainer-notes window shows, in the UI language. Outside oefenmodus it
    /// says so and shows no case.
    pub fn training_notes(&self) -> crate::dto::TrainingNotesView {
        let l = &self.l10n;
        let position = self.training_position().ok().flatten();
        crate::dto::TrainingNotesView {
            active: self.training.is_some(),
            marking: l.text(ftl("training-marking")),
            heading: l.text(ftl("training-notes-heading")),
            round_label: position.as_ref().map(|p| {
                l.format(
                    ftl("training-notes-round"),
                    &[("round", p.round.to_string()), ("rounds", p.rounds.to_string()), ("step", p.step_title.clone())],
                )
            }),
            revealed_label: position.as_ref().map(|p| {
                l.text(if p.revealed { ftl("training-notes-revealed") } else { ftl("training-notes-hidden") })
            }),
            notes_label: l.text(ftl("training-notes-notes")),
            mistakes_label: l.text(ftl("training-notes-mistakes")),
            questions_label: l.text(ftl("training-notes-questions")),
            waiting: l.text(if self.training.is_some() {
                ftl("training-notes-waiting")
            } else {
                ftl("training-notes-off")
            }),
            position,
            language: l.lang().to_string(),
        }
    }
}
