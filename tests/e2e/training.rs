//! Oefenmodus through the real window: a trainer opens it from the first-start screen without
//! a passphrase, plays a built-in case through all its rounds in the presenter view (keyboard
//! only), opens the trainer-notes window, shows the side-by-side fields view, reads a trainer
//! file with a fresh marker in it (and a broken one, whose problems are shown), and leaves.
//! Afterwards nothing of it is on disk: no vault, no settings, and neither the marker nor the
//! built-in case's words anywhere under the session's data, webview or temp directories
//! (scanned as in the vault's leak test). Screenshots at 1280x720 of the presenter, the fields
//! side by side and the trainer-notes window.

use std::time::Duration;

use fantoccini::key::Key;

use crate::harness::{click, page_text, tid, wait_text, PickFile, Session, ELEMENT_TIMEOUT};
use crate::leak::{fresh_marker, scan};

const CASE: &str = "groep-6-blauwe-plekken";
/// Words only this built-in case has; they must not reach the disk either.
const CASE_WORDS: &str = "Papa knijpt als hij boos is";

/// Sends keys to whatever has focus. The presenter redraws after each key, so the focused
/// node can go stale between finding it and typing: then nothing was sent, and it is retried.
async fn press(s: &Session, keys: &str) {
    // Keys go to whatever has focus through WebDriver's input actions, as a keyboard would:
    // no element is looked up first, so a presenter redrawn by the previous key cannot leave
    // a stale element between the lookup and the typing (the cause of an earlier flake).
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let chars: Vec<char> = keys.chars().collect();
    let mut seq = KeyActions::new("keyboard".into());
    for c in &chars {
        seq = seq.then(KeyAction::Down { value: *c });
    }
    for c in chars.iter().rev() {
        seq = seq.then(KeyAction::Up { value: *c });
    }
    s.client.perform_actions(seq).await.expect("keys sent");
}

async fn round_label(s: &Session) -> String {
    s.text_of(&tid("presenter-round"), ELEMENT_TIMEOUT).await
}

/// At 1280x720 (issue 14) every fact, question and source line of the presenter can be brought
/// into view above the control bar: the text scrolls or fits, and is never hidden under the
/// bar. Each line is scrolled into view as a keyboard or a wheel would, then measured.
async fn nothing_under_the_control_bar(s: &Session, when: &str) {
    let hidden = s
        .js(r#"const bar = document.querySelector('.presenter-bar').getBoundingClientRect();
            const lines = document.querySelectorAll('.presenter-facts li, .presenter-questions li, .presenter-sources p');
            const hidden = [];
            for (const line of lines) {
              line.scrollIntoView({ block: 'nearest' });
              const r = line.getBoundingClientRect();
              if (r.bottom > bar.top + 1 || r.top < 0) hidden.push(line.textContent.slice(0, 40) + ` (${Math.round(r.top)}–${Math.round(r.bottom)}, bar at ${Math.round(bar.top)})`);
            }
            return hidden;"#)
        .await;
    assert_eq!(hidden.as_array().map_or(0, Vec::len), 0, "{when}: lines under the presenter's control bar: {hidden}");
}

fn trainer_file(marker: &str) -> String {
    format!(
        r#"format = "meldwijzer-oefencasus"
version = 1
id = "eigen-casus-e2e"
fields = ["onderwijs"]
subject = "kind"
suspect = "huiselijke-kring"
title.nl = "Eigen casus {marker}"
summary.nl = "Een casus van de trainer."
source_notes.nl = "Verzonnen."

[[round]]
step = "signalen"
title.nl = "Signalen {marker}"
facts.nl = ["Feit {marker}"]
questions.nl = ["Vraag?"]
notes.nl = "Notitie {marker}"
expect.pending = "question:vermoeden"
"#
    )
}

#[tokio::test]
async fn a_trainer_plays_a_case_in_the_presenter_and_nothing_reaches_the_disk() {
    let marker = fresh_marker();
    // The trainer's files live outside the app's home, as on a trainer's USB stick.
    let files = std::env::temp_dir().join(format!("meldwijzer-e2e-trainer-files-{}", std::process::id()));
    std::fs::create_dir_all(&files).unwrap();
    let good = files.join("eigen-casus.toml");
    std::fs::write(&good, trainer_file(&marker)).unwrap();
    let bad = files.join("kapot.toml");
    std::fs::write(&bad, trainer_file(&marker).replace("subject = ", "subjekt = ")).unwrap();

    // The trainer file comes from the native dialog, answered through MELDWIJZER_E2E_PICK.
    let pick = PickFile::new();
    let pick_env = pick.0.to_string_lossy().to_string();
    let s = Session::start_with("oefen", &[("MELDWIJZER_E2E_PICK", pick_env.as_str())]).await;
    let _ = s.client.set_window_size(1280, 720).await;
    // First start: the set-up screen offers oefenmodus; no passphrase is asked.
    s.wait_for(&tid("vault-setup"), ELEMENT_TIMEOUT).await;
    click(&s, "training-enter").await;
    s.wait_for(&tid("training-home"), ELEMENT_TIMEOUT).await;
    assert!(s.on_element(&tid("training-mark"), "read", async |e| e.is_displayed().await).await, "the mark is shown");
    wait_text(&s, "OEFENCASUS — fictief").await;
    s.screenshot("70-oefenmodus-casussen").await;

    // The presenter: every round, by keyboard only.
    click(&s, &format!("training-present-{CASE}")).await;
    s.wait_for(&tid("presenter"), ELEMENT_TIMEOUT).await;
    let rounds = 6;
    for n in 1..=rounds {
        assert_eq!(round_label(&s).await, format!("Ronde {n} / {rounds}"));
        s.wait_for(&tid("presenter-hidden"), ELEMENT_TIMEOUT).await;
        press(&s, "o").await;
        s.wait_for(&tid("presenter-facts"), ELEMENT_TIMEOUT).await;
        assert!(page_text(&s).await.contains("OEFENCASUS — fictief"), "round {n}: the mark stays on screen");
        if n == 2 {
            wait_text(&s, CASE_WORDS).await;
            s.screenshot("71-presenter-ronde-2").await;
            // The trainer-notes window for the trainer's own screen.
            let main = s.client.window().await.unwrap();
            click(&s, "presenter-notes").await;
            let deadline = std::time::Instant::now() + ELEMENT_TIMEOUT;
            let notes = loop {
                let all = s.client.windows().await.unwrap();
                if let Some(w) = all.into_iter().find(|w| *w != main) {
                    break w;
                }
                assert!(std::time::Instant::now() < deadline, "the trainer-notes window opened");
                tokio::time::sleep(Duration::from_millis(200)).await;
            };
            s.client.switch_to_window(notes).await.unwrap();
            let _ = s.client.set_window_size(1280, 720).await;
            s.wait_for(&tid("notes-round"), ELEMENT_TIMEOUT).await;
            wait_text(&s, "Ronde 2 van 6").await;
            wait_text(&s, "Beloof geen geheimhouding").await;
            s.screenshot("72-trainersnotities").await;
            s.client.switch_to_window(main).await.unwrap();
            s.on_element(&tid("presenter"), "click", async |e| e.click().await).await;
        }
        if n < rounds {
            press(&s, &Key::Right.to_string()).await;
        }
    }
    // The last round ends with the case's sources; Ctrl + makes the text larger, Home resets.
    wait_text(&s, "Over deze casus").await;
    press(&s, &format!("{}=", Key::Control)).await;
    let scale =
        s.on_element(&tid("presenter"), "read the style of", async |e| e.attr("style").await).await.unwrap_or_default();
    assert!(scale.contains("1.15"), "Ctrl + made the text larger: {scale}");
    nothing_under_the_control_bar(&s, "the last round, larger text").await;
    s.screenshot("73-presenter-laatste-ronde-groter").await;
    // Larger still: the facts, questions and sources can all be read above the control bar.
    press(&s, &format!("{}=", Key::Control)).await;
    press(&s, &format!("{}=", Key::Control)).await;
    nothing_under_the_control_bar(&s, "the last round, largest text").await;
    s.screenshot("73b-presenter-laatste-ronde-grootst").await;
    press(&s, &Key::Home.to_string()).await;
    assert_eq!(round_label(&s).await, format!("Ronde 1 / {rounds}"));
    press(&s, &Key::Escape.to_string()).await;
    s.wait_for(&tid("training-home"), ELEMENT_TIMEOUT).await;

    // One case, several fields: the divorce case after the weighing round.
    click(&s, "training-compare-jeugdhulp-complexe-scheiding").await;
    s.wait_for(&tid("compare"), ELEMENT_TIMEOUT).await;
    click(&s, "compare-round-4").await;
    s.wait_for(&tid("compare-field-onderwijs"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "≠ verschilt").await;
    s.screenshot("74-werkvelden-naast-elkaar").await;
    click(&s, "compare-back").await;

    // A broken trainer file: located problems, and the warning about client data.
    s.wait_for(&tid("training-import-warning"), ELEMENT_TIMEOUT).await;
    pick.choose(&bad);
    click(&s, "training-import-choose").await;
    s.wait_for(&tid("training-import-problems"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "kapot.toml:5:1: Onbekende sleutel `subjekt`").await;
    s.screenshot("75-casusbestand-fout").await;
    // A good one, played through.
    pick.choose(&good);
    click(&s, "training-import-choose").await;
    s.wait_for(&tid("training-import-done"), ELEMENT_TIMEOUT).await;
    click(&s, "training-present-eigen-casus-e2e").await;
    // The presenter's keys act once it is shown (the imported case is read first), as a
    // trainer presses O only after seeing the round.
    s.wait_for(&tid("presenter-hidden"), ELEMENT_TIMEOUT).await;
    press(&s, "o").await;
    wait_text(&s, &format!("Feit {marker}")).await;
    press(&s, &Key::Escape.to_string()).await;

    // Leaving discards everything, closes the trainer-notes window and shows the set-up screen
    // again. Closing that window must not end the app (the main window's close does): it is
    // still there well past the shell's quit fallback of 5 s.
    click(&s, "training-leave").await;
    s.wait_for(&tid("vault-setup"), ELEMENT_TIMEOUT).await;
    assert!(!page_text(&s).await.contains(&marker), "nothing of the session stays on the page");
    let until = std::time::Instant::now() + Duration::from_secs(7);
    while std::time::Instant::now() < until {
        assert!(
            s.client.find(fantoccini::Locator::Css(&tid("vault-setup"))).await.is_ok(),
            "the app is still running after the notes window closed"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert_eq!(s.client.windows().await.unwrap().len(), 1, "the trainer-notes window is closed");

    let home = s.finish_keeping_home().await;
    std::fs::remove_dir_all(&files).unwrap();
    assert!(!home.path.join("data/meldwijzer").exists(), "no vault (nor its directory) was made");
    assert!(!home.path.join("config/meldwijzer").exists(), "no settings were written");
    let found = scan(&home.path, &marker);
    let words = scan(&home.path, CASE_WORDS);
    let tmp: Vec<_> = found.files.iter().filter(|(p, _)| p.starts_with(home.path.join("tmp"))).collect();
    let names: Vec<_> = found
        .files
        .iter()
        .filter(|(p, _)| !p.to_string_lossy().contains("mesa_shader_cache"))
        .map(|(p, n)| format!("{} ({n} B)", p.strip_prefix(&home.path).unwrap().display()))
        .collect();
    println!(
        "oefenmodus leak scan: {} files, {} bytes; marker hits {}, case-word hits {}; besides Mesa's shader cache:\n  {}",
        found.files.len(),
        found.bytes,
        found.hits.len(),
        words.hits.len(),
        names.join("\n  ")
    );
    assert!(found.hits.is_empty(), "the trainer file's text is on disk: {:?}", found.hits);
    assert!(words.hits.is_empty(), "the built-in case's text is on disk: {:?}", words.hits);
    assert!(tmp.is_empty(), "nothing in temp: {tmp:?}");
}
