//! Runs every scenario in `tests/scenarios/` (the same runner as `meldwijzer-scenarios DIR`).

use meldwijzer_protocol::scenario;
use meldwijzer_tests::files_under;

fn protocol() -> meldwijzer_protocol::Protocol {
    meldwijzer_app::content::protocol().expect("embedded content validates")
}

#[test]
fn every_scenario_file_passes() {
    let p = protocol();
    let files = files_under("tests/scenarios", &[".toml"]);
    assert!(files.len() >= 19, "the scenario directory holds the domain cases; found {}", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        match meldwijzer_app::scenarios::run_text(&p, &text) {
            Ok(r) if r.passed() => {}
            Ok(r) => failures.push(format!("{}: {}\n    {}", f.display(), r.name, r.mismatches.join("\n    "))),
            Err(e) => failures.push(format!("{}: {e}", f.display())),
        }
    }
    assert!(failures.is_empty(), "scenarios that do not hold:\n{}", failures.join("\n"));
}

#[test]
fn a_wrong_expectation_is_reported_not_passed() {
    // The runner must be able to fail: the same answers with a wrong expected outcome.
    let text = r#"
name = "deliberately wrong"
[case]
field = "onderwijs"
subject = "kind"
suspect = "huiselijke-kring"
[answers]
vermoeden = "ja"
veiligheid = "ja"
[expect]
outcomes = ["afsluiten"]
suggests_melden = "nee"
"#;
    let r = scenario::run(&protocol(), text).unwrap();
    assert_eq!(r.mismatches.len(), 2, "both wrong expectations are reported: {:?}", r.mismatches);
}

#[test]
fn a_malformed_scenario_is_an_error_with_a_position() {
    let p = protocol();
    let cases = [
        ("name = \"x\"\n[case]\nfield = \"onderwijs\"\n", "missing"),
        ("name = \"x\"\n[case]\nfield = \"onderwijs\"\nsubject = \"kind\"\nsuspect = \"huiselijke-kring\"\nwrong = 1\n[expect]\npending = \"complete\"\n", "unknown field"),
        ("name = \"x\"\n[case]\nfield = \"brandweer\"\nsubject = \"kind\"\nsuspect = \"huiselijke-kring\"\n[expect]\npending = \"complete\"\n", "unknown field `brandweer`"),
        ("name = \"x\"\n[case]\nfield = \"onderwijs\"\nsubject = \"kind\"\nsuspect = \"huiselijke-kring\"\n[answers]\nvermoeden = \"misschien\"\n[expect]\npending = \"complete\"\n", "misschien"),
        ("name = \"x\"\n[case]\nfield = \"onderwijs\"\nsubject = \"kind\"\nsuspect = \"huiselijke-kring\"\n[expect]\n", "checks nothing"),
        ("name = [", ""),
    ];
    for (text, needle) in cases {
        let err = scenario::run(&p, text).expect_err("a malformed scenario is refused");
        assert!(err.contains(needle), "error `{err}` should mention `{needle}`");
    }
}

#[test]
fn the_cli_runs_a_directory_and_fails_on_a_failing_scenario() {
    let dir = std::env::temp_dir().join(format!("meldwijzer-scenarios-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let root = meldwijzer_tests::repo_root();
    std::fs::copy(root.join("tests/scenarios/01-geen-vermoeden-sluit-af.toml"), dir.join("a.toml")).unwrap();
    std::fs::write(
        dir.join("b.toml"),
        "name = \"fails\"\n[case]\nfield = \"onderwijs\"\nsubject = \"kind\"\nsuspect = \"huiselijke-kring\"\n[expect]\npending = \"complete\"\n",
    )
    .unwrap();
    let mut out = Vec::new();
    let (passed, failed) = meldwijzer_app::scenarios::run_dirs(std::slice::from_ref(&dir), &mut out).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let out = String::from_utf8(out).unwrap();
    assert_eq!((passed, failed), (1, 1), "one scenario passes and one fails:\n{out}");
    assert!(out.contains("1 passed, 1 failed"), "the CLI prints the count as its last line: {out}");
    assert!(out.contains("FAIL fails"), "the failing scenario is named: {out}");
}

const HEAD: &str = "name = \"x\"\n[case]\nfield = \"onderwijs\"\nsubject = \"kind\"\nsuspect = \"huiselijke-kring\"\n";

#[test]
fn the_whole_case_keys_report_a_wrong_key_or_value_with_its_position() {
    let p = protocol();
    let cases = [
        (format!("{HEAD}[[case.quote]]\nwords = \"x\"\nspreker = \"ouder\"\n[expect]\nacute_route = false\n"), "8:1"),
        (
            format!("{HEAD}[[case.quote]]\nwords = \"x\"\nspeaker = \"buurman\"\n[expect]\nacute_route = false\n"),
            "speaker",
        ),
        (format!("{HEAD}[decisions]\nmelden = {{ value = \"misschien\" }}\n[expect]\nrefused = []\n"), "misschien"),
        (format!("{HEAD}[follow_ups]\nresultaat = {{ due = \"1 december\" }}\n[expect]\nrefused = []\n"), "not a date"),
        (format!("{HEAD}[expect]\nstep_states = {{ stap-9 = \"done\" }}\n"), "stap-9"),
        (format!("{HEAD}[expect.contains]\nnotitie = []\n"), "7:1"),
    ];
    for (text, needle) in cases {
        let err = meldwijzer_app::scenarios::run_text(&p, &text).expect_err("a malformed scenario is refused");
        assert!(err.contains(needle), "error `{err}` should mention `{needle}`");
    }
}

#[test]
fn output_checks_need_the_apps_runner_and_can_fail() {
    let p = protocol();
    let text = format!(
        "{HEAD}[adviesvraag]\nquestion = \"Wat nu?\"\n[expect]\nfive_steps = true\n[[expect.output]]\nkind = \"adviesvraag\"\ncontains = [\"Iets anders\"]\nexcludes = [\"Wat nu?\"]\nrefused = true\n"
    );
    let err = scenario::run(&p, &text).expect_err("the protocol alone does not know the outputs");
    assert!(err.contains("meldwijzer-scenarios"), "{err}");
    let r = meldwijzer_app::scenarios::run_text(&p, &text).unwrap();
    assert_eq!(r.mismatches.len(), 3, "contains, excludes and refused are each reported: {:?}", r.mismatches);
}

#[test]
fn an_unexpected_refusal_fails_the_scenario() {
    // A decision that departs from the route without a reason is refused; a file that does not
    // expect that refusal fails, so a scenario never silently loses a decision.
    let text = format!(
        "{HEAD}[answers]\nvermoeden = \"ja\"\nveiligheid = \"ja\"\n[decisions]\nmelden = {{ value = \"nee\" }}\n[expect]\nsuggests_melden = \"ja\"\n"
    );
    let r = meldwijzer_app::scenarios::run_text(&protocol(), &text).unwrap();
    assert!(
        r.mismatches.iter().any(|m| m.starts_with("refused:") && m.contains("decision:melden")),
        "{:?}",
        r.mismatches
    );
}
