//! Consistency checks that keep the layout and the texts honest (style.md practice 10):
//! locales complete and in step, every referenced message present, no message unused, no
//! Tauri below `src-tauri`, module docs everywhere, and the UI's one doorway to the backend.

use std::collections::{BTreeMap, BTreeSet};

use meldwijzer_tests::{files_under, repo_root};

const GLOBAL_VARIABLES: &[&str] =
    &["noodnummer", "veilig-thuis", "vertrouwensinspecteur", "centrum-seksueel-geweld", "politie-geen-spoed"];

fn defined(lang: &str) -> BTreeSet<String> {
    meldwijzer_l10n::message_ids(lang).into_iter().collect()
}

/// Ids the Rust code uses: `ftl("…")` calls and the error codes.
fn rust_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for f in files_under("crates", &[".rs"]).into_iter().chain(files_under("src-tauri/src", &[".rs"])) {
        let text = std::fs::read_to_string(&f).unwrap();
        for part in text.split("ftl(\"").skip(1) {
            if let Some(end) = part.find('"') {
                ids.insert(part[..end].to_string());
            }
        }
    }
    ids.extend(meldwijzer_app::error::CODES.iter().map(|s| s.to_string()));
    ids
}

/// Ids the UI uses: `data-l10n-id="…"` in HTML and JS, and `t('…')` / `t("…")` in JS.
fn ui_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for f in files_under("ui", &[".html", ".js"]) {
        let text = std::fs::read_to_string(&f).unwrap();
        for (open, close) in [("data-l10n-id=\"", '"'), ("t('", '\''), ("t(\"", '"')] {
            for part in text.split(open).skip(1) {
                if let Some(end) = part.find(close) {
                    let id = &part[..end];
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
    }
    ids
}

fn content_ids() -> BTreeMap<String, String> {
    let p = meldwijzer_app::content::protocol().expect("content validates");
    p.fluent_ids().into_iter().map(|(place, id)| (id, place)).collect()
}

#[test]
fn one_word_for_the_passphrase_in_each_language() {
    // Issue 14: "passphrase" (en) and "wachtwoord" (nl) everywhere, the guide included, never a second word.
    for (lang, other) in [("en", "password"), ("nl", "wachtwoordzin")] {
        let mut found = Vec::new();
        let guide = files_under(&format!("docs/guide/{lang}"), &["md"]);
        for file in files_under(&format!("locales/{lang}"), &["ftl"]).into_iter().chain(guide) {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.to_lowercase().contains(other) {
                    found.push(format!("{}:{}: {line}", file.display(), n + 1));
                }
            }
        }
        assert!(found.is_empty(), "`{other}` in {lang}:\n{}", found.join("\n"));
    }
}

#[test]
fn nl_and_en_define_the_same_messages() {
    let nl = defined("nl");
    let en = defined("en");
    assert!(!nl.is_empty(), "locales/nl has messages");
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(only_nl.is_empty() && only_en.is_empty(), "ids only in nl: {only_nl:?}; only in en: {only_en:?}");
}

#[test]
fn no_message_is_defined_twice() {
    for lang in meldwijzer_l10n::languages() {
        let ids = meldwijzer_l10n::message_ids(lang);
        let mut seen = BTreeSet::new();
        let dups: Vec<_> = ids.iter().filter(|id| !seen.insert(*id)).collect();
        assert!(dups.is_empty(), "{lang}: defined more than once: {dups:?}");
    }
}

#[test]
fn locale_files_have_the_same_names_in_every_language() {
    let names = |lang: &str| -> BTreeSet<String> {
        meldwijzer_l10n::files().iter().filter(|(l, _, _)| *l == lang).map(|(_, f, _)| f.to_string()).collect()
    };
    assert_eq!(names("nl"), names("en"), "locales/nl and locales/en hold the same files");
}

#[test]
fn every_referenced_message_exists_in_every_locale() {
    let mut missing = Vec::new();
    for lang in meldwijzer_l10n::languages() {
        let have = defined(lang);
        for (id, place) in content_ids() {
            if !have.contains(&id) {
                missing.push(format!("{lang}: `{id}` (content {place})"));
            }
        }
        for id in rust_ids() {
            if !have.contains(&id) {
                missing.push(format!("{lang}: `{id}` (Rust)"));
            }
        }
        for id in ui_ids() {
            if !have.contains(&id) {
                missing.push(format!("{lang}: `{id}` (ui/)"));
            }
        }
    }
    assert!(missing.is_empty(), "referenced but not defined:\n{}", missing.join("\n"));
}

#[test]
fn no_message_is_unused() {
    let mut used: BTreeSet<String> = content_ids().into_keys().collect();
    used.extend(rust_ids());
    used.extend(ui_ids());
    let unused: Vec<_> = defined("nl").into_iter().filter(|id| !used.contains(id)).collect();
    assert!(unused.is_empty(), "messages nobody uses (remove them, or reference them with a literal id): {unused:?}");
}

#[test]
fn messages_only_use_the_variables_they_are_given() {
    // UI and content texts get only the global phone numbers; Rust passes its own arguments.
    let rust_args: BTreeMap<&str, &[&str]> = BTreeMap::from([
        ("case-status-step", &["number", "title"][..]),
        ("kindcheck-summary-closed", &["date"][..]),
        ("route-summary-question", &["number", "label"][..]),
        ("route-summary-follow-up", &["number", "label"][..]),
        ("route-summary-advice", &["number", "label"][..]),
        ("error-alias-too-long", &["max"][..]),
        ("error-text-too-long", &["max"][..]),
        ("error-required", &["what"][..]),
        ("error-unknown-id", &["kind", "id"][..]),
        ("error-language-unknown", &["language"][..]),
        ("error-passphrase-too-short", &["min"][..]),
        ("error-passphrase-weak", &["hint"][..]),
        ("caselist-damaged-created", &["date"][..]),
        ("caselist-damaged-notice-many", &["count"][..]),
        ("error-too-many-attempts", &["seconds"][..]),
        ("error-idle-minutes-range", &["min", "max"][..]),
        ("error-retention-days-range", &["min", "max"][..]),
        ("error-follow-up-open", &["date"][..]),
        ("case-retention-days", &["days"][..]),
        ("case-retention-held", &["date"][..]),
        ("caselist-follow-up-overdue", &["date"][..]),
        // crates/packs and crates/app/src/packs.rs
        ("pack-error-too-large", &["max"][..]),
        ("pack-error-too-deep", &["max"][..]),
        ("pack-error-syntax", &["detail"][..]),
        ("pack-error-unknown-key", &["key"][..]),
        ("pack-error-protected", &["key"][..]),
        ("pack-error-missing-key", &["key"][..]),
        ("pack-error-wrong-type", &["expected"][..]),
        ("pack-error-format", &["expected", "found"][..]),
        ("pack-error-version", &["found", "supported"][..]),
        ("pack-error-kind", &["found"][..]),
        ("pack-error-wrong-part", &["kind", "key"][..]),
        ("pack-error-id", &["max"][..]),
        ("pack-error-text-too-long", &["max"][..]),
        ("pack-error-list-too-long", &["max"][..]),
        ("pack-error-date", &["key", "value"][..]),
        ("pack-error-source", &["value"][..]),
        ("pack-error-web", &["value"][..]),
        ("pack-error-email", &["value"][..]),
        ("pack-error-national-number", &["contact"][..]),
        ("pack-error-national-consultation", &["id"][..]),
        ("pack-error-duplicate", &["id"][..]),
        ("pack-error-unknown-ref", &["kind", "id"][..]),
        ("pack-error-region-code", &["value"][..]),
        ("pack-error-review-far", &["years"][..]),
        ("pack-error-review-past", &["date"][..]),
        ("pack-problem-at", &["file", "line", "col", "message"][..]),
        ("pack-problem-file", &["file", "message"][..]),
        ("pack-check-ok", &["file", "kind", "name", "review", "unconfirmed"][..]),
        ("pack-check-signed", &["file", "fingerprint", "dev"][..]),
        ("pack-check-unsigned", &["file"][..]),
        ("pack-sign-ok", &["file", "fingerprint"][..]),
        ("pack-sign-bad-key", &["file"][..]),
        ("pack-sign-write", &["file"][..]),
        ("pack-keygen-ok", &["file", "fingerprint"][..]),
        ("pack-keygen-exists", &["file"][..]),
        ("pack-line", &["organisation", "region"][..]),
        ("error-pack-refused", &["count", "detail"][..]),
        ("training-error-too-large", &["max"][..]),
        ("training-error-too-deep", &["max"][..]),
        ("training-error-syntax", &["detail"][..]),
        ("training-error-unknown-key", &["key"][..]),
        ("training-error-missing-key", &["key"][..]),
        ("training-error-wrong-type", &["expected"][..]),
        ("training-error-format", &["expected", "found"][..]),
        ("training-error-version", &["found", "supported"][..]),
        ("training-error-id", &["max"][..]),
        ("training-error-text-too-long", &["max"][..]),
        ("training-error-list-too-long", &["max"][..]),
        ("training-error-en-count", &["nl", "en"][..]),
        ("training-error-unknown-ref", &["kind", "id"][..]),
        ("training-error-duplicate", &["id"][..]),
        ("training-error-too-many-rounds", &["max"][..]),
        ("training-error-step-order", &["step", "previous"][..]),
        ("training-error-field-not-in-case", &["field"][..]),
        ("training-error-answer-value", &["question", "value"][..]),
        ("training-error-hypothesis-value", &["value"][..]),
        ("training-error-record", &["field", "detail"][..]),
        ("training-error-expect", &["field", "round", "key", "expected", "actual"][..]),
        ("training-error-id-taken", &["id"][..]),
        ("training-problem-at", &["file", "line", "col", "message"][..]),
        ("training-problem-file", &["file", "message"][..]),
        ("training-check-ok", &["file", "rounds", "fields"][..]),
        ("training-notes-round", &["round", "rounds", "step"][..]),
        ("error-adviesvraag-out-of-range", &["max"][..]),
        ("error-summary-unsafe", &["recorded"][..]),
        ("error-output-inzage", &["file", "readers", "reasons"][..]),
        ("error-output-not-for-field", &["fields"][..]),
        ("error-pdf-too-long", &["pages", "max"][..]),
        ("pdf-page-of", &["page", "pages"][..]),
        ("due-question", &["number", "label"][..]),
        ("log-step-done", &["number", "title"][..]),
        ("log-step-reopened", &["number", "title"][..]),
        ("log-answer", &["number", "label", "answer"][..]),
        ("log-answer-cleared", &["number", "label"][..]),
        ("log-decision", &["number", "answer"][..]),
        ("log-decision-cleared", &["number"][..]),
        ("log-follow-up", &["number", "label", "date"][..]),
        ("log-follow-up-cleared", &["number", "label"][..]),
        ("log-melding", &["date"][..]),
        ("log-ruled-out", &["date"][..]),
        ("log-acute-acknowledged", &["actions"][..]),
        ("case-status-decision", &["number", "answer"][..]),
        ("case-status-closed-as", &["reason"][..]),
        ("log-closed", &["number"][..]),
        ("log-output-copied", &["output", "lang"][..]),
        ("log-output-reduced", &["output"][..]),
        ("log-dated", &["what", "date"][..]),
        ("log-dated-cleared", &["what"][..]),
        ("log-dated-decision", &["number"][..]),
        ("log-dated-step", &["number"][..]),
        ("date-warning-decision", &["number", "decided", "consultation", "consulted"][..]),
        ("date-warning-step", &["number", "done", "last"][..]),
        ("date-warning-melding", &["melding", "decided"][..]),
        ("log-output-full", &["output"][..]),
        ("log-output-saved", &["output", "lang"][..]),
        ("log-info-given", &["how", "date"][..]),
        ("out-capacity-line", &["capacity", "about", "by", "date"][..]),
        ("out-soep-adult-wishes", &["wishes"][..]),
        ("out-inforeq-concern-given", &["concern"][..]),
        ("out-inforeq-concern-asked", &["concern"][..]),
        ("out-inforeq-informed-yes", &["note"][..]),
        ("out-inforeq-informed-no", &["note"][..]),
        // crates/outputs
        ("out-subtitle", &["alias", "date"][..]),
        ("out-date-line", &["date"][..]),
        ("out-member-age", &["role", "age"][..]),
        ("out-observation", &["fact", "source"][..]),
        ("out-source-told", &["by"][..]),
        ("out-quote", &["words", "who", "date"][..]),
        ("out-interpretation", &["text"][..]),
        ("out-outcome", &["outcome"][..]),
        ("out-conversation", &["date", "with"][..]),
        ("out-their-view", &["view"][..]),
        ("out-agreements", &["agreements"][..]),
        ("out-gesprek-skipped", &["reason", "note"][..]),
        ("out-gesprek-postponed", &["until", "note"][..]),
        ("out-kindcheck-outcome", &["date", "outcome"][..]),
        ("out-kindcheck-check-back", &["date"][..]),
        ("out-kindcheck-closed", &["date", "note"][..]),
        ("out-answer", &["number", "label", "answer"][..]),
        ("out-reason", &["reason"][..]),
        ("out-profile-open", &["profile"][..]),
        ("out-profile-confirmed", &["profile"][..]),
        ("out-profile-rejected", &["profile"][..]),
        ("out-case-closed", &["date", "step"][..]),
        ("out-step-heading", &["number", "title"][..]),
        ("out-step-done", &["date"][..]),
        ("out-step-closed", &["date"][..]),
        ("out-question-before", &["question"][..]),
        ("out-quote-context", &["context"][..]),
        ("out-with-whom", &["with"][..]),
        ("out-follow-up-question", &["label"][..]),
        ("out-safety-agreement", &["who", "what", "date"][..]),
        ("out-decision", &["decision", "answer", "date"][..]),
        ("out-decision-open", &["decision"][..]),
        ("out-informed-yes", &["whom", "date"][..]),
        ("out-vt-agreement-due", &["what", "date"][..]),
        ("out-soep-view", &["date", "with", "view"][..]),
        ("out-soep-suspicion", &["forms"][..]),
        ("out-soep-melding", &["date"][..]),
        ("out-soep-help", &["help"][..]),
        ("out-next-moment", &["date"][..]),
        ("out-gate-forms", &["forms"][..]),
        ("out-acute-suggested-value", &["situations"][..]),
        ("out-suspect-relation", &["suspect", "relation"][..]),
        ("out-kc-number", &["number"][..]),
        ("out-kc-ages", &["ages"][..]),
        ("out-kc-carers", &["carers"][..]),
        ("out-kc-partner-children", &["children"][..]),
        ("out-kc-pregnant", &["answer"][..]),
        ("out-informed-line-yes", &["whom", "date"][..]),
        ("out-informed-line-no", &["reason"][..]),
        ("out-status-melding", &["date"][..]),
        ("out-kindcheck-handover-line", &["handover"][..]),
        ("out-reduced-left-out", &["what"][..]),
        ("out-now-at-step", &["number", "title"][..]),
        // After the overdracht by Veilig Thuis
        ("out-phase", &["number", "label"][..]),
        ("out-follow-up-condition", &["phase"][..]),
        ("out-monitoring-condition", &["what", "who", "phase", "date", "state"][..]),
        ("out-monitoring-condition-closed", &["what", "who", "phase", "date", "state"][..]),
        ("due-condition-phase", &["number", "label"][..]),
        ("case-monitoring-phase", &["number"][..]),
        ("case-monitoring-next", &["date"][..]),
        ("log-overdracht", &["date", "phase", "running", "met", "notmet"][..]),
        ("error-overdracht-out-of-range", &["max"][..]),
    ]);
    let mut wrong = Vec::new();
    for lang in meldwijzer_l10n::languages() {
        for id in defined(lang) {
            let allowed: Vec<&str> = GLOBAL_VARIABLES
                .iter()
                .copied()
                .chain(rust_args.get(id.as_str()).copied().unwrap_or(&[]).iter().copied())
                .collect();
            for v in meldwijzer_l10n::message_variables(lang, &id) {
                if !allowed.contains(&v.as_str()) {
                    wrong.push(format!("{lang}: `{id}` uses ${v}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "variables nobody passes:\n{}", wrong.join("\n"));
}

#[test]
fn every_message_formats_without_leftovers() {
    for lang in meldwijzer_l10n::languages() {
        // Every contact in contacts.toml is a global, as the app passes them.
        let p = meldwijzer_app::content::protocol().unwrap();
        let globals: Vec<(String, String)> = p.contacts().iter().map(|c| (c.id.clone(), c.number.clone())).collect();
        assert!(
            globals.iter().all(|(id, _)| GLOBAL_VARIABLES.contains(&id.as_str())),
            "GLOBAL_VARIABLES lists every contact"
        );
        let l = meldwijzer_l10n::Localizer::new(lang, globals).unwrap();
        for (id, text) in l.all() {
            // Messages with arguments of their own are formatted with them by the Rust code.
            if meldwijzer_l10n::message_variables(lang, &id).iter().any(|v| !GLOBAL_VARIABLES.contains(&v.as_str())) {
                continue;
            }
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{lang}: `{id}` has an unformatted placeable: {text}"
            );
            assert!(!text.trim().is_empty(), "{lang}: `{id}` is empty");
        }
    }
}

#[test]
fn no_crate_under_crates_depends_on_tauri() {
    for f in files_under("crates", &["Cargo.toml"]) {
        let text = std::fs::read_to_string(&f).unwrap();
        let deps: toml::Table = toml::from_str(&text).unwrap();
        for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
            if let Some(t) = deps.get(section).and_then(|d| d.as_table()) {
                for name in t.keys() {
                    assert!(
                        !name.starts_with("tauri"),
                        "{}: crates/ stays Tauri-free, but [{section}] has `{name}`",
                        f.display()
                    );
                }
            }
        }
    }
}

#[test]
fn the_shell_depends_on_the_app_crate_only() {
    let text = std::fs::read_to_string(repo_root().join("src-tauri/Cargo.toml")).unwrap();
    let t: toml::Table = toml::from_str(&text).unwrap();
    let deps = t.get("dependencies").and_then(|d| d.as_table()).expect("src-tauri has dependencies");
    for forbidden in ["meldwijzer-protocol", "meldwijzer-l10n", "rusqlite", "ring"] {
        assert!(!deps.contains_key(forbidden), "src-tauri talks to the app crate only, but depends on `{forbidden}`");
    }
    assert!(deps.contains_key("meldwijzer-app"), "src-tauri calls the app crate");
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let mut missing = Vec::new();
    for dir in ["crates", "src-tauri/src", "src-tauri/benches", "tests"] {
        for f in files_under(dir, &[".rs"]) {
            let text = std::fs::read_to_string(&f).unwrap();
            if !text.trim_start().starts_with("//!") {
                missing.push(f.display().to_string());
            }
        }
    }
    assert!(missing.is_empty(), "files without a `//!` module doc: {missing:?}");
}

#[test]
fn only_api_js_touches_tauri_and_the_ui_keeps_no_storage_and_loads_nothing_remote() {
    let files = files_under("ui", &[".html", ".js", ".css"]);
    assert!(files.iter().any(|f| f.ends_with("ui/src/api.js")), "ui/src/api.js is the UI's doorway to the backend");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        if !f.ends_with("ui/src/api.js") {
            assert!(!text.contains("__TAURI__"), "{}: only ui/src/api.js may touch window.__TAURI__", f.display());
        }
        for banned in ["localStorage", "sessionStorage", "indexedDB", "document.cookie"] {
            assert!(!text.contains(banned), "{}: the webview keeps no storage, but uses {banned}", f.display());
        }
        for remote in ["http://", "https://", "//cdn"] {
            assert!(!text.contains(remote), "{}: the UI loads nothing remote, but mentions {remote}", f.display());
        }
        assert!(
            !text.contains("innerHTML"),
            "{}: build DOM nodes instead of innerHTML (case text is never parsed as HTML)",
            f.display()
        );
    }
}

#[test]
fn every_ui_script_is_type_checked() {
    // scripts/test.sh runs tsc over ui/src; a file without `// @ts-check` would be skipped.
    let files = files_under("ui/src", &[".js"]);
    assert!(files.len() > 10, "the UI's scripts were not found");
    let unchecked: Vec<_> = files
        .iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap().starts_with("// @ts-check"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(unchecked.is_empty(), "these UI scripts do not start with `// @ts-check`: {unchecked:?}");
}

#[test]
fn the_e2e_harness_and_the_test_script_pin_the_same_axe_core() {
    // scripts/common.sh installs axe-core by exact version and integrity; the harness finds it
    // under that version's folder. A version bumped in one place only would test nothing new.
    let root = repo_root();
    let script = std::fs::read_to_string(root.join("scripts/common.sh")).unwrap();
    let harness = std::fs::read_to_string(root.join("tests/e2e/harness.rs")).unwrap();
    let script_version =
        script.lines().find_map(|l| l.strip_prefix("AXE_VERSION=")).expect("AXE_VERSION= in scripts/common.sh");
    let harness_version = harness
        .lines()
        .find_map(|l| l.strip_prefix("pub const AXE_VERSION: &str = \""))
        .and_then(|rest| rest.strip_suffix("\";"))
        .expect("AXE_VERSION in tests/e2e/harness.rs");
    assert_eq!(script_version, harness_version);
    assert!(
        script.contains("AXE_INTEGRITY=sha512-") && script.contains("npm ci"),
        "axe-core is installed by integrity with npm ci"
    );
}

/// The modules `ui/src/main.js` imports, directly or not (relative `from '…'` imports).
fn modules_reachable_from_main() -> BTreeSet<String> {
    let ui = repo_root().join("ui");
    let mut found = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from("src/main.js")];
    while let Some(file) = stack.pop() {
        let text = std::fs::read_to_string(ui.join(&file)).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for part in text.split("from '").skip(1) {
            let Some(end) = part.find('\'') else { continue };
            let mut path = file.parent().unwrap().to_path_buf();
            for piece in part[..end].split('/') {
                match piece {
                    "." => {}
                    ".." => {
                        path.pop();
                    }
                    name => path.push(name),
                }
            }
            if found.insert(path.to_string_lossy().replace('\\', "/")) {
                stack.push(path);
            }
        }
    }
    found
}

#[test]
fn index_html_preloads_exactly_the_modules_main_js_imports() {
    // Without the list WebKit discovers the imports one level at a time (issue 12 §7); a
    // module missing from it loads late, one no longer imported loads for nothing.
    let html = std::fs::read_to_string(repo_root().join("ui/index.html")).unwrap();
    let preloaded: BTreeSet<String> = html
        .split("<link rel=\"modulepreload\" href=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_string())
        .collect();
    let imported = modules_reachable_from_main();
    assert!(imported.len() > 10, "the imports of main.js were not found: {imported:?}");
    assert_eq!(preloaded, imported, "ui/index.html's modulepreload links vs the modules main.js imports");
}
