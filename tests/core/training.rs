//! Oefencasussen: the built-in cases are valid, bilingual and walk the five steps, and each
//! round's expected route holds in every field it names (the scenario engine); the example
//! trainer files check clean; and a corpus of malformed case files gives clear, located,
//! localised problems — through the `meldwijzer-oefen` CLI code and through the app's import —
//! without a single panic.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use meldwijzer_app::{App, AppConfig, FixedEnv};
use meldwijzer_l10n::Localizer;
use meldwijzer_protocol::scenario;
use meldwijzer_tests::{files_under, repo_root};

fn protocol() -> meldwijzer_protocol::Protocol {
    meldwijzer_app::content::protocol().expect("content validates")
}

fn app() -> App {
    use chrono::TimeZone;
    App::new(
        AppConfig::default(),
        Box::new(FixedEnv::new(chrono::Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap())),
    )
    .unwrap()
}

fn localizer(lang: &str) -> Localizer {
    let p = protocol();
    Localizer::new(lang, p.contacts().iter().map(|c| (c.id.clone(), c.number.clone())).collect()).unwrap()
}

use meldwijzer_tests::TempDir;

#[test]
fn the_built_in_cases_are_six_or_more_bilingual_with_sources_and_walk_the_five_steps() {
    let p = protocol();
    let cases = meldwijzer_app::training::builtin(&p).expect("every built-in case validates");
    assert!(cases.len() >= 6, "at least six built-in cases, got {}", cases.len());
    let mut fields_seen = std::collections::BTreeSet::new();
    for c in &cases {
        assert!(c.has_en, "{}: the built-in cases have every text in nl and en", c.id);
        assert!(!c.sources.is_empty(), "{}: names its sources from the registry", c.id);
        let steps: Vec<&str> = c.rounds.iter().map(|r| r.step.as_str()).collect();
        for s in p.steps() {
            assert!(steps.contains(&s.id.as_str()), "{}: has a round in step `{}`", c.id, s.id);
        }
        for r in &c.rounds {
            assert!(
                !r.questions.nl.is_empty() && !r.notes.nl.is_empty(),
                "{}: every round has discussion questions and trainer notes",
                c.id
            );
            assert!(!r.mistakes.nl.is_empty(), "{}: every round names common mistakes", c.id);
        }
        fields_seen.extend(c.fields.iter().cloned());
    }
    for f in ["onderwijs", "arts", "sociaal-werk", "kinderopvang", "jeugdhulp"] {
        assert!(fields_seen.contains(f), "some built-in case is run in field `{f}`");
    }
}

#[test]
fn every_expected_route_holds_per_field_through_the_scenario_engine() {
    let p = protocol();
    let cases = meldwijzer_app::training::builtin(&p).unwrap();
    let mut checked = 0;
    let mut multi_field = 0;
    for c in &cases {
        if c.fields.len() > 1 {
            multi_field += 1;
        }
        for field in &c.fields {
            for round in 0..c.rounds.len() {
                let s = c.scenario(field, round);
                if s.expect.is_empty() {
                    continue;
                }
                let report = scenario::run_scenario(&p, s)
                    .unwrap_or_else(|e| panic!("{} / {field} / round {}: {e}", c.id, round + 1));
                assert!(report.passed(), "{}: {:?}", report.name, report.mismatches);
                checked += 1;
            }
        }
    }
    assert!(multi_field >= 4, "most cases are run in several fields");
    assert!(checked >= 40, "the built-in cases expect something in many rounds, got {checked}");
}

#[test]
fn a_case_run_in_two_fields_can_part_ways_at_afweging_3_and_the_comparison_shows_it() {
    let mut app = app();
    app.enter_training().unwrap();
    let case = app.training_case("jeugdhulp-complexe-scheiding").unwrap();
    let wegen = case.rounds.iter().position(|r| r.step_number == 4).unwrap();
    let routes = app.training_compare("jeugdhulp-complexe-scheiding", wegen).unwrap();
    assert_eq!(routes.len(), 2);
    let (jeugd, school) = (&routes[0], &routes[1]);
    assert_eq!((jeugd.field.as_str(), school.field.as_str()), ("jeugdhulp", "onderwijs"));
    let hulp =
        |r: &meldwijzer_app::dto::TrainingFieldRoute| r.walked.iter().find(|w| w.question == "hulp").cloned().unwrap();
    assert!(hulp(jeugd).differs && hulp(school).differs, "afweging 3 is marked as where the routes differ");
    assert!(!jeugd.walked[0].differs, "afweging 1 is the same in both fields");
    assert!(jeugd.melden_differs && school.melden_differs);
    assert_ne!(jeugd.suggests_melden, school.suggests_melden);
    assert_eq!(school.meldnormen.len(), 1);
}

#[test]
fn the_example_trainer_files_check_clean_through_the_cli() {
    let files: Vec<String> =
        files_under("content/training/examples", &[".toml"]).iter().map(|f| f.display().to_string()).collect();
    assert!(files.len() >= 2, "two example trainer files");
    let mut args = vec!["check".to_string()];
    args.extend(files);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = meldwijzer_app::training::cli(&args, &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&out));
}

#[test]
fn the_cli_says_how_to_use_it_and_exits_2_on_wrong_usage() {
    for args in [
        vec![],
        vec!["check"],
        vec!["lint", "x.toml"],
        vec!["check", "--lang", "fr", "x.toml"],
        vec!["check", "--verbose", "x.toml"],
    ] {
        let args: Vec<String> = args.into_iter().map(String::from).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(meldwijzer_app::training::cli(&args, &mut out, &mut err), 2, "{args:?}");
        assert!(String::from_utf8_lossy(&err).contains("meldwijzer-oefen check"));
    }
}

/// A valid trainer file to break: one field, two rounds, nl and en.
const BASE: &str = r#"format = "meldwijzer-oefencasus"
version = 1
id = "stuk-te-maken"
fields = ["onderwijs", "arts"]
subject = "kind"
suspect = "huiselijke-kring"
sources = ["basisdocument-afwegingskader"]
title.nl = "Titel"
title.en = "Title"
summary.nl = "Samenvatting"
source_notes.nl = "Verzonnen."

[[round]]
step = "signalen"
title.nl = "Ronde één"
facts.nl = ["Een feit."]
facts.en = ["A fact."]
questions.nl = ["Een vraag?"]
notes.nl = "Een notitie."
mistakes.nl = ["Een fout."]
record.forms = ["lichamelijk"]
expect.pending = "question:vermoeden"

[[round]]
step = "wegen"
title.nl = "Ronde twee"
facts.nl = ["Nog een feit."]
questions.nl = ["Nog een vraag?"]
notes.nl = "Nog een notitie."
answers = { vermoeden = "ja", veiligheid = "ja" }
expect.outcomes = ["melden-onveilig"]
[round.field.arts]
expect.missing_consultations = ["veilig-thuis-advies", "collega"]
"#;

fn replace(from: &str, to: &str) -> Vec<u8> {
    assert!(BASE.contains(from), "mutation anchor `{from}` is in BASE");
    BASE.replacen(from, to, 1).into_bytes()
}

/// The malformed corpus: (name, bytes). Every one must be refused with located problems.
fn malformed() -> Vec<(String, Vec<u8>)> {
    let mut m: Vec<(&str, Vec<u8>)> = vec![
        // TOML syntax
        ("unclosed-string", replace("\"Titel\"", "\"Titel")),
        ("unclosed-array", replace("[\"Een feit.\"]", "[\"Een feit.\"")),
        ("unclosed-table-header", replace("[round.field.arts]", "[round.field.arts")),
        ("missing-equals", replace("subject = \"kind\"", "subject \"kind\"")),
        ("bare-value", replace("subject = \"kind\"", "subject = kind")),
        ("duplicate-key", replace("subject = \"kind\"", "subject = \"kind\"\nsubject = \"baby\"")),
        ("duplicate-table", replace("[round.field.arts]", "[round.field.arts]\n[round.field.arts]")),
        ("bad-escape", replace("\"Titel\"", "\"Ti\\qtel\"")),
        ("trailing-garbage", [BASE.as_bytes(), b"\n}}}}"].concat()),
        ("only-garbage", b"@@@ dit is geen toml @@@".to_vec()),
        ("inline-table-duplicate", replace("answers = { vermoeden = \"ja\", veiligheid = \"ja\" }", "answers = { vermoeden = \"ja\", vermoeden = \"nee\" }")),
        ("array-of-tables-vs-table", [BASE.as_bytes(), b"\n[round]\nstep = \"beslissen\"\n"].concat()),
        ("key-redefined-as-table", replace("title.en = \"Title\"", "title.en = \"Title\"\n[title]\nnl = \"x\"")),
        // encoding and size
        ("bad-utf8-start", [b"\xff\xfe".as_slice(), BASE.as_bytes()].concat()),
        ("bad-utf8-in-text", replace("Een feit.", "Een f\u{0}eit.").into_iter().map(|b| if b == 0 { 0xC3 } else { b }).collect()),
        ("bad-utf8-truncated", [BASE.as_bytes(), b"\n# \xe2\x82"].concat()),
        ("empty-file", Vec::new()),
        ("whitespace-file", b"  \n\t\n".to_vec()),
        ("huge-file", [BASE.as_bytes(), b"\n# ", "x".repeat(300 * 1024).as_bytes()].concat()),
        ("huge-text", replace("\"Een notitie.\"", &format!("\"{}\"", "lang ".repeat(1000)))),
        ("many-facts", replace("[\"Een feit.\"]", &format!("[{}]", vec!["\"feit\""; 40].join(", ")))),
        ("too-many-rounds", [BASE.as_bytes(), "\n[[round]]\nstep = \"beslissen\"\ntitle.nl = \"t\"\nfacts.nl = [\"f\"]\nquestions.nl = [\"v\"]\nnotes.nl = \"n\"\n".repeat(12).as_bytes()].concat()),
        // nesting
        ("deep-array", replace("sources = [\"basisdocument-afwegingskader\"]", &format!("sources = {}1{}", "[".repeat(5000), "]".repeat(5000)))),
        ("deep-inline-table", replace("sources = [\"basisdocument-afwegingskader\"]", &format!("deep = {}1{}", "{ a = ".repeat(3000), " }".repeat(3000)))),
        ("deep-dotted-key", replace("subject = \"kind\"", &format!("subject = \"kind\"\n{} = 1", vec!["k"; 500].join(".")))),
        ("deep-table-header", [BASE.as_bytes(), format!("\n[{}]\n", vec!["t"; 200].join(".")).as_bytes()].concat()),
        ("nine-levels", replace("sources = [\"basisdocument-afwegingskader\"]", "sources = [[[[[[[[[\"x\"]]]]]]]]]")),
        // header and version
        ("no-format", replace("format = \"meldwijzer-oefencasus\"\n", "")),
        ("wrong-format", replace("\"meldwijzer-oefencasus\"", "\"meldwijzer-case\"")),
        ("format-not-text", replace("\"meldwijzer-oefencasus\"", "7")),
        ("no-version", replace("version = 1\n", "")),
        ("newer-version", replace("version = 1", "version = 2")),
        ("version-as-text", replace("version = 1", "version = \"1\"")),
        ("version-negative", replace("version = 1", "version = -1")),
        // unknown keys
        ("unknown-top-key", replace("subject = \"kind\"", "subject = \"kind\"\nclient = \"Jan Jansen\"")),
        ("misspelt-key", replace("suspect = ", "suspekt = ")),
        ("unknown-language", replace("title.en = \"Title\"", "title.en = \"Title\"\ntitle.de = \"Titel\"")),
        ("unknown-round-key", replace("notes.nl = \"Een notitie.\"", "notes.nl = \"Een notitie.\"\nduration = 10")),
        ("unknown-record-key", replace("record.forms", "record.vormen")),
        ("unknown-expect-key", replace("expect.pending", "expect.pendng")),
        ("unknown-field-round-key", replace("expect.missing_consultations", "notes.nl = \"x\"\nexpect.missing_consultations")),
        // missing parts
        ("no-rounds", BASE.split("[[round]]").next().unwrap().as_bytes().to_vec()),
        ("no-title", replace("title.nl = \"Titel\"\ntitle.en = \"Title\"\n", "")),
        ("no-dutch-title", replace("title.nl = \"Titel\"\n", "")),
        ("no-source-notes", replace("source_notes.nl = \"Verzonnen.\"\n", "")),
        ("no-step", replace("step = \"signalen\"\n", "")),
        ("no-facts", replace("facts.nl = [\"Een feit.\"]\nfacts.en = [\"A fact.\"]\n", "")),
        ("no-questions", replace("questions.nl = [\"Een vraag?\"]\n", "")),
        ("no-notes", replace("notes.nl = \"Een notitie.\"\n", "")),
        ("no-fields-key", replace("fields = [\"onderwijs\", \"arts\"]\n", "")),
        ("no-id", replace("id = \"stuk-te-maken\"\n", "")),
        // wrong types
        ("fields-as-text", replace("fields = [\"onderwijs\", \"arts\"]", "fields = \"onderwijs\"")),
        ("title-as-text", replace("title.nl = \"Titel\"\ntitle.en = \"Title\"", "title = \"Titel\"")),
        ("facts-as-text", replace("facts.nl = [\"Een feit.\"]", "facts.nl = \"Een feit.\"")),
        ("fact-as-number", replace("[\"Een feit.\"]", "[42]")),
        ("step-as-number", replace("step = \"signalen\"", "step = 1")),
        ("round-as-text", [BASE.as_bytes(), b"\nround = \"x\"\n"].concat()),
        ("also-at-home-as-text", replace("record.forms", "record.also_at_home = \"ja\"\nrecord.forms")),
        ("answers-as-list", replace("answers = { vermoeden = \"ja\", veiligheid = \"ja\" }", "answers = [\"ja\"]")),
        ("expect-bool-as-text", replace("expect.pending = \"question:vermoeden\"", "expect.acute_route = \"nee\"")),
        ("kindcheck-only-as-text", replace("subject = \"kind\"", "subject = \"kind\"\nkindcheck_only = \"ja\"")),
        ("date-for-text", replace("\"Verzonnen.\"", "2024-01-01")),
        // wrong values
        ("empty-fields", replace("[\"onderwijs\", \"arts\"]", "[]")),
        ("unknown-field", replace("[\"onderwijs\", \"arts\"]", "[\"politie\"]")),
        ("duplicate-field", replace("[\"onderwijs\", \"arts\"]", "[\"onderwijs\", \"onderwijs\"]")),
        ("unknown-subject", replace("subject = \"kind\"", "subject = \"hond\"")),
        ("unknown-suspect", replace("suspect = \"huiselijke-kring\"", "suspect = \"buurman\"")),
        ("unknown-source", replace("\"basisdocument-afwegingskader\"", "\"wikipedia\"")),
        ("unknown-step", replace("step = \"signalen\"", "step = \"stap-1\"")),
        ("steps-backwards", BASE.replacen("step = \"signalen\"", "step = \"beslissen\"", 1).into_bytes()),
        ("bad-id", replace("id = \"stuk-te-maken\"", "id = \"Stuk Te Maken!\"")),
        ("empty-title", replace("title.nl = \"Titel\"", "title.nl = \"  \"")),
        ("empty-facts", replace("facts.nl = [\"Een feit.\"]\nfacts.en = [\"A fact.\"]", "facts.nl = []")),
        ("en-count-differs", replace("facts.en = [\"A fact.\"]", "facts.en = [\"A fact.\", \"Another.\"]")),
        ("unknown-form", replace("[\"lichamelijk\"]", "[\"slaan\"]")),
        ("unknown-question", replace("vermoeden = \"ja\"", "gevoel = \"ja\"")),
        ("bad-answer", replace("veiligheid = \"ja\"", "veiligheid = \"misschien\"")),
        ("field-not-in-case", replace("[round.field.arts]", "[round.field.kinderopvang]")),
        ("unknown-red-flag", replace("record.forms = [\"lichamelijk\"]", "record.red_flags = [\"boos\"]")),
        ("unknown-consultation", replace("record.forms = [\"lichamelijk\"]", "record.consultations = [\"buurvrouw\"]")),
        ("bad-hypothesis", replace("record.forms = [\"lichamelijk\"]", "record.profile_hypotheses = { intieme-terreur = \"misschien\" }")),
        ("unknown-kindcheck-variant", replace("record.forms = [\"lichamelijk\"]", "record.kindcheck = { variant = \"lang\" }")),
        ("nothing-expected", replace("expect.pending = \"question:vermoeden\"\n", "").pipe(|b| String::from_utf8(b).unwrap().replace("expect.outcomes = [\"melden-onveilig\"]\n", "").replace("[round.field.arts]\nexpect.missing_consultations = [\"veilig-thuis-advies\", \"collega\"]\n", "").into_bytes())),
        // expectations the engine refutes
        ("wrong-outcome", replace("[\"melden-onveilig\"]", "[\"afsluiten\"]")),
        ("wrong-pending", replace("\"question:vermoeden\"", "\"question:hulp\"")),
        ("wrong-field-expect", replace("[\"veilig-thuis-advies\", \"collega\"]", "[]")),
        ("wrong-kindcheck-answer", replace("record.forms = [\"lichamelijk\"]", "record.kindcheck = { variant = \"volledig\", answers = { oudersignalen = \"misschien\" } }")),
    ];
    // A few more generated ones: every required round key dropped in the second round too.
    for key in [
        "title.nl = \"Ronde twee\"\n",
        "facts.nl = [\"Nog een feit.\"]\n",
        "questions.nl = [\"Nog een vraag?\"]\n",
        "notes.nl = \"Nog een notitie.\"\n",
        "step = \"wegen\"\n",
    ] {
        let name: &'static str =
            Box::leak(format!("round-2-without-{}", key.split(' ').next().unwrap()).into_boxed_str());
        m.push((name, replace(key, "")));
    }
    m.into_iter().map(|(n, b)| (n.to_string(), b)).collect()
}

trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}

#[test]
fn the_base_of_the_malformed_corpus_is_itself_valid() {
    meldwijzer_training::parse(BASE.as_bytes(), &protocol()).unwrap_or_else(|e| panic!("{e:?}"));
}

#[test]
fn fifty_or_more_malformed_files_give_clear_located_errors_in_the_cli_and_the_app_without_a_panic() {
    let p = protocol();
    let corpus = malformed();
    assert!(corpus.len() >= 50, "at least 50 malformed files, got {}", corpus.len());
    let dir = TempDir::new("training-malformed");
    let nl = localizer("nl");
    let en = localizer("en");
    let mut panics = Vec::new();
    let mut accepted = Vec::new();
    let mut app = app();
    app.enter_training().unwrap();
    for (name, bytes) in &corpus {
        let path = dir.0.join(format!("{name}.toml"));
        std::fs::write(&path, bytes).unwrap();

        // The validator itself.
        let problems = match catch_unwind(AssertUnwindSafe(|| meldwijzer_training::parse(bytes, &p))) {
            Err(_) => {
                panics.push(format!("parse: {name}"));
                continue;
            }
            Ok(Ok(_)) => {
                accepted.push(name.clone());
                continue;
            }
            Ok(Err(ps)) => ps,
        };
        assert!(!problems.is_empty(), "{name}: at least one problem");
        if std::env::var_os("MELDWIJZER_SHOW_PROBLEMS").is_some() {
            for pr in &problems {
                println!("{name}: {}", meldwijzer_app::training::problem_text(&nl, "x.toml", pr));
            }
        }
        for pr in &problems {
            for (lang, l) in [("nl", &nl), ("en", &en)] {
                assert!(l.has(pr.code), "{name}: `{}` is a message in {lang}", pr.code);
                let text = meldwijzer_app::training::problem_text(l, "x.toml", pr);
                assert!(
                    !text.contains("{$") && !text.contains("{ $") && !text.contains("training-error"),
                    "{name}: {lang}: unformatted: {text}"
                );
            }
            let whole_file = ["training-error-too-large", "training-error-empty-file"].contains(&pr.code);
            assert!(whole_file || pr.line > 0, "{name}: `{}` has a line and column", pr.code);
        }

        // The CLI, in Dutch and in English.
        for lang in ["nl", "en"] {
            let args = vec!["check".to_string(), "--lang".to_string(), lang.to_string(), path.display().to_string()];
            let (mut out, mut err) = (Vec::new(), Vec::new());
            match catch_unwind(AssertUnwindSafe(|| meldwijzer_app::training::cli(&args, &mut out, &mut err))) {
                Err(_) => panics.push(format!("cli {lang}: {name}")),
                Ok(code) => {
                    assert_eq!(code, 1, "{name}: exit code 1");
                    let out = String::from_utf8(out).unwrap();
                    assert!(
                        out.lines().all(|l| l.starts_with(&path.display().to_string())),
                        "{name}: every line names the file: {out}"
                    );
                    let expected = problem_text_lines(if lang == "nl" { &nl } else { &en }, &path, &problems);
                    assert_eq!(out, expected, "{name}: the CLI prints the validator's problems");
                }
            }
        }

        // The app's import: the same messages, nothing added to the session.
        match catch_unwind(AssertUnwindSafe(|| app.training_import(&path))) {
            Err(_) => panics.push(format!("app: {name}")),
            Ok(r) => {
                let v = r.expect("a bad file is reported as problems, not as an API error");
                assert!(v.case.is_none(), "{name}: nothing imported");
                let file = path.file_name().unwrap().to_string_lossy();
                let expected: Vec<String> =
                    problems.iter().map(|pr| meldwijzer_app::training::problem_text(&nl, &file, pr)).collect();
                assert_eq!(v.problems, expected, "{name}: the app shows the CLI's messages");
            }
        }
    }
    assert!(panics.is_empty(), "panics: {panics:?}");
    assert!(accepted.is_empty(), "malformed files accepted: {accepted:?}");
    assert_eq!(app.training_view().cases.iter().filter(|c| !c.builtin).count(), 0);
    println!("malformed case files: {}, panics: {}", corpus.len(), panics.len());
}

fn problem_text_lines(l: &Localizer, path: &Path, problems: &[meldwijzer_training::Problem]) -> String {
    problems
        .iter()
        .map(|pr| format!("{}\n", meldwijzer_app::training::problem_text(l, &path.display().to_string(), pr)))
        .collect()
}

#[test]
fn a_file_that_cannot_be_read_is_a_problem_not_a_crash() {
    let mut app = app();
    app.enter_training().unwrap();
    let dir = TempDir::new("training-unreadable");
    let fifo = dir.0.join("pijp.toml");
    let made_fifo = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    let mut paths = vec![dir.0.join("bestaat-niet.toml"), dir.0.clone(), std::path::PathBuf::from("/dev/zero")];
    if made_fifo {
        paths.push(fifo);
    }
    for path in paths {
        let v = app.training_import(&path).unwrap();
        assert!(v.case.is_none());
        assert_eq!(v.problems.len(), 1, "{:?}", v.problems);
        assert!(v.problems[0].contains("kan niet worden gelezen"), "{:?}", v.problems);
    }
}

#[test]
fn a_good_trainer_file_is_imported_for_the_session_only_and_leaving_discards_it() {
    let mut app = app();
    let example = repo_root().join("content/training/examples/twee-werkvelden.toml");
    assert_eq!(app.training_import(&example).unwrap_err().code, "error-training-off", "import only in oefenmodus");
    app.enter_training().unwrap();
    let v = app.training_import(&example).unwrap();
    assert!(v.problems.is_empty(), "{:?}", v.problems);
    assert_eq!(v.case.unwrap().id, "voorbeeld-twee-werkvelden");
    assert!(app.training_case("voorbeeld-twee-werkvelden").is_ok());
    // Read again: replaced, not doubled.
    app.training_import(&example).unwrap();
    assert_eq!(app.training_view().cases.iter().filter(|c| !c.builtin).count(), 1);
    app.leave_training();
    app.enter_training().unwrap();
    assert_eq!(
        app.training_view().cases.iter().filter(|c| !c.builtin).count(),
        0,
        "leaving discarded the trainer file"
    );
    assert_eq!(app.training_case("voorbeeld-twee-werkvelden").unwrap_err().code, "error-training-case-not-found");
}

#[test]
fn the_marking_is_there_exactly_while_oefenmodus_is_on_and_follows_the_language() {
    let mut app = app();
    assert_eq!(app.training_marking(), None);
    app.enter_training().unwrap();
    assert_eq!(app.training_marking().as_deref(), Some("OEFENCASUS — fictief"));
    app.set_language("en".into()).unwrap();
    assert_eq!(app.training_marking().as_deref(), Some("TRAINING CASE — fictitious"));
    let case = app.training_case("groep-6-blauwe-plekken").unwrap();
    assert_eq!(case.summary.title, "Sem, year 6: bruises, and what he tells");
    app.leave_training();
    assert_eq!(app.training_marking(), None);
}

#[test]
fn the_presenter_position_gives_the_trainer_notes_of_that_round() {
    let mut app = app();
    app.enter_training().unwrap();
    assert!(app.training_position().unwrap().is_none());
    app.training_show("groep-6-blauwe-plekken", 1, true).unwrap();
    let pos = app.training_position().unwrap().unwrap();
    assert_eq!((pos.round, pos.rounds, pos.revealed), (2, 6, true));
    assert!(pos.notes.contains("onthulling"), "{}", pos.notes);
    assert_eq!(app.training_show("bestaat-niet", 0, false).unwrap_err().code, "error-training-case-not-found");
    app.leave_training();
    assert_eq!(app.training_position().unwrap_err().code, "error-training-off");
}
