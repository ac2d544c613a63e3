//! The user guide behind every "Hulp" button: each of the five steps has its section in every
//! language, both languages cover the same tasks in the same order, and each section says
//! something.

use meldwijzer_app::guide::guide;

/// The tasks the guide covers besides the steps (issue 14 §4).
const TASKS: &[&str] = &["eerste-keer", "casus-starten", "adviesvraag", "afsluiten", "oefenmodus", "kluis"];

fn ids(lang: &str) -> Vec<String> {
    guide(lang).sections.iter().map(|s| s.id.clone()).collect()
}

#[test]
fn every_step_has_a_guide_section_in_both_languages() {
    let protocol = meldwijzer_app::content::protocol().expect("the content loads");
    for lang in meldwijzer_l10n::languages() {
        let have = ids(lang);
        for step in protocol.steps() {
            let id = format!("stap-{}", step.id);
            assert!(have.contains(&id), "the {lang} guide has no section `{id}` for step {}", step.number);
        }
        for task in TASKS {
            assert!(have.iter().any(|id| id == task), "the {lang} guide has no section `{task}`");
        }
    }
}

#[test]
fn both_guides_have_the_same_sections_in_the_same_order() {
    assert_eq!(ids("nl"), ids("en"));
    assert_eq!(guide("en").language, "en");
    assert_eq!(guide("nl").language, "nl");
}

#[test]
fn every_section_has_a_title_and_text() {
    for lang in ["nl", "en"] {
        let g = guide(lang);
        assert!(!g.title.is_empty(), "the {lang} guide has a title");
        for s in &g.sections {
            assert!(!s.id.is_empty(), "{lang}: section `{}` has no {{#id}}", s.title);
            assert!(!s.title.is_empty() && !s.blocks.is_empty(), "{lang}: section `{}` is empty", s.id);
        }
    }
}

#[test]
fn every_screenshot_the_guide_shows_is_committed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/guide");
    for lang in ["nl", "en"] {
        let text = std::fs::read_to_string(root.join(lang).join("guide.md")).expect("read the guide");
        for line in text.lines().filter(|l| l.starts_with("![")) {
            let path = line.rsplit_once("](").map(|(_, p)| p.trim_end_matches(')')).expect("an image link");
            assert!(root.join(lang).join(path).is_file(), "{lang}: {path} is missing (scripts/guide-images.sh)");
        }
    }
}
