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
