//! Autosave, quick-hide and quit through the real window: typed text reaches the vault about
//! a second after a pause without pressing anything; Ctrl+Shift+L saves what is typed, locks
//! and leaves no case text on the page, and unlocking returns to the same case and step; a
//! refused save keeps the text and says so; closing a case asks about the dossier and the
//! list counts down to its destruction; a close request saves before the app ends.

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use meldwijzer_app::{App, AppConfig, SystemEnv};

use crate::harness::{click, tid, type_into};
use crate::harness::{Session, ELEMENT_TIMEOUT, PASSPHRASE, VAULT_TIMEOUT};

const ALIAS: &str = "Autosave Drenthe";

async fn js(s: &Session, script: &str) -> serde_json::Value {
    s.js(script).await
}

async fn status(s: &Session) -> String {
    js(s, "return document.getElementById('save-status').textContent;").await.as_str().unwrap_or_default().to_string()
}

async fn wait_status(s: &Session, want: &str, timeout: Duration) {
    s.wait_until(&format!("the save status says `{want}`"), timeout, async || {
        let now = s.client.execute("return document.getElementById('save-status').textContent;", vec![]).await?;
        Ok((now.as_str() == Some(want)).then_some(()))
    })
    .await
}

/// The reason of afweging `vermoeden` as the backend has it (through the app's own command).
async fn saved_reason(s: &Session) -> String {
    let script = "const done = arguments[0]; const inv = window.__TAURI__.core.invoke;
        inv('list_cases', { offset: 0, limit: 50 }).then((l) => inv('open_case', { caseId: l.cases[0].id }))
          .then((v) => done(v.case.answers.vermoeden ? v.case.answers.vermoeden.reason : ''), (e) => done('ERR ' + e.code));";
    s.client.execute_async(script, vec![]).await.expect("open_case").as_str().unwrap_or_default().to_string()
}

async fn start_with_case(name: &str) -> Session {
    let s = Session::start_unlocked(name).await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", ALIAS).await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    click(&s, "step-wegen").await;
    click(&s, "answer-vermoeden-ja").await;
    wait_status(&s, "Opgeslagen", ELEMENT_TIMEOUT).await;
    s
}

#[tokio::test]
async fn typing_is_saved_after_a_pause_and_quick_hide_saves_locks_and_comes_back_to_the_same_step() {
    let s = start_with_case("autosave").await;

    // Type a reason and press nothing: the status follows, and the backend has the text.
    let first = "Blauwe plekken op de bovenarm, twee keer deze maand.";
    type_into(&s, "reason-vermoeden", first).await;
    let typed = Instant::now();
    assert_ne!(status(&s).await, "Opgeslagen", "right after typing nothing claims to be saved");
    let mut latency = None;
    while Instant::now() - typed < Duration::from_secs(10) {
        if saved_reason(&s).await == first {
            latency = Some(typed.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let latency = latency.expect("the reason reached the vault without pressing anything");
    // The figure is reported, not asserted: timing targets live in benchmarks (the UI waits
    // 0.8 s after the last keystroke; the app-level save is in crates/app/benches/autosave.rs),
    // and a loaded CI machine must not turn a slow save into a failure.
    eprintln!("autosave: last keystroke to confirmed save {} ms", latency.as_millis());
    wait_status(&s, "Opgeslagen", ELEMENT_TIMEOUT).await;
    s.screenshot("40-autosave-opgeslagen").await;

    // Type more and hide at once (well inside the pause): it is saved before the lock.
    let more = " Moeder zegt: gevallen.";
    type_into(&s, "reason-vermoeden", more).await;
    let active = s.client.active_element().await.unwrap();
    active.send_keys(&format!("{}{}l{}", Key::Control, Key::Shift, Key::Null)).await.unwrap();
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;
    let html = js(&s, "return document.documentElement.outerHTML;").await;
    let html = html.as_str().unwrap_or_default();
    for needle in [ALIAS, "Blauwe plekken", "gevallen"] {
        assert!(!html.contains(needle), "after quick-hide the page still holds `{needle}`");
    }
    let title = js(&s, "return document.getElementById('lock-button').title;").await;
    assert!(
        title.as_str().unwrap_or_default().contains("Ctrl+Shift+L"),
        "the lock button's tooltip names the shortcut: {title}"
    );
    s.screenshot("41-snel-verbergen").await;

    // Unlock: the same case and step, with everything typed.
    type_into(&s, "unlock-passphrase", PASSPHRASE).await;
    click(&s, "unlock-submit").await;
    s.wait_for(&tid("step-panel-wegen"), VAULT_TIMEOUT).await;
    let value = js(&s, "return document.getElementById('reason-vermoeden').value;").await;
    assert_eq!(
        value.as_str(),
        Some(format!("{first}{more}").as_str()),
        "the text typed just before the lock was saved"
    );
    s.screenshot("42-terug-op-dezelfde-plek").await;

    // A save the backend refuses (too long): a clear error, the text stays, nothing claims saved.
    js(&s, "const el = document.getElementById('reason-vermoeden'); el.focus(); el.value = 'x'.repeat(20001); el.dispatchEvent(new Event('input', { bubbles: true })); return null;").await;
    wait_status(&s, "Niet opgeslagen; je tekst staat er nog.", ELEMENT_TIMEOUT).await;
    let alert = s.text_of("#reason-vermoeden-error [role=alert]", ELEMENT_TIMEOUT).await;
    assert!(alert.contains("20000"), "the error says the limit: {alert}");
    let kept = js(&s, "return document.getElementById('reason-vermoeden').value.length;").await;
    assert_eq!(kept.as_u64(), Some(20001), "the refused text is still on the screen");
    assert_eq!(saved_reason(&s).await, format!("{first}{more}"), "the vault keeps the last good version");
    s.screenshot("43-niet-opgeslagen").await;
    js(&s, "const el = document.getElementById('reason-vermoeden'); el.value = 'Korter nu.'; el.dispatchEvent(new Event('input', { bubbles: true })); return null;").await;
    wait_status(&s, "Opgeslagen", ELEMENT_TIMEOUT).await;
    assert_eq!(saved_reason(&s).await, "Korter nu.");

    // Closing asks about the dossier; the list then counts down to destruction.
    click(&s, "close-case-button").await;
    type_into(&s, "close-reason", "Vermoeden weggenomen na overleg.").await;
    click(&s, "close-in-dossier").await;
    s.screenshot("44-afsluiten-dossier").await;
    click(&s, "close-submit").await;
    s.wait_for(&tid("reopen-button"), ELEMENT_TIMEOUT).await;
    click(&s, "nav-cases-button").await;
    let countdown = s.text_of(&tid("case-retention"), ELEMENT_TIMEOUT).await;
    assert_eq!(countdown, "Wordt over 30 dagen vernietigd");
    s.screenshot("45-bewaartermijn").await;
    s.finish().await;
}

#[tokio::test]
async fn a_close_request_saves_what_is_typed_before_the_app_ends() {
    let s = start_with_case("autosave-quit").await;
    let text = "Net voor het sluiten getypt.";
    type_into(&s, "reason-vermoeden", text).await;
    // What the shell sends on the window's close request (src-tauri/src/lib.rs).
    let _ =
        s.client.execute("window.dispatchEvent(new Event('meldwijzer-close-requested')); return null;", vec![]).await;

    // The app ends by itself and leaves the vault closed; open it here and read the case.
    let vault = s.home.path.join("data").join("meldwijzer").join("vault.db");
    let config = AppConfig { vault_path: Some(vault), ..AppConfig::default() };
    let mut app = App::new(config, Box::new(SystemEnv::new())).expect("app");
    let deadline = Instant::now() + Duration::from_secs(30);
    let startup = loop {
        match app.unlock(PASSPHRASE.into()) {
            Ok(startup) => break startup,
            Err(e) if e.code == "error-vault-already-open" && Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(100)).await
            }
            Err(e) => panic!("the app did not end and release its vault: {}", e.code),
        }
    };
    let case = app.open_case(startup.cases[0].id.clone()).expect("the case");
    assert_eq!(case.case.answers["vermoeden"].reason, text, "the text typed just before closing was saved");
    s.finish().await;
}

/// A press on a button while an autosave lands still clicks it. The autosave of the text typed
/// just before redraws the step; a redraw between the button going down and coming up used to
/// put a new button under the pointer, and the browser sends no click when press and release
/// land on different elements: "Toevoegen" did nothing (found by a soak run under load).
#[tokio::test]
async fn a_button_held_while_an_autosave_lands_is_still_clicked() {
    use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};

    let s = start_with_case("autosave-press").await;
    click(&s, "step-signalen").await;
    let fact = "Schaafwond op de knie, vers.";
    type_into(&s, "observation-fact", fact).await;

    // Press "Toevoegen" and hold it until the autosave of the typed fact has been answered.
    let _ = s.js("document.querySelector('[data-testid=\"observation-submit\"]').scrollIntoView({ block: 'center' }); return null;").await;
    let button = s.wait_for(&tid("observation-submit"), ELEMENT_TIMEOUT).await;
    let press = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: button, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
    s.client.perform_actions(press).await.expect("press the button");
    wait_status(&s, "Concept bewaard, nog niet toegevoegd", ELEMENT_TIMEOUT).await;
    let release = MouseActions::new("mouse".into()).then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    s.client.perform_actions(release).await.expect("release the button");

    crate::harness::wait_text(&s, fact).await;
    let left = js(&s, "return document.querySelector('[data-testid=\"observation-fact\"]').value;").await;
    assert_eq!(left.as_str(), Some(""), "the added observation left the form empty");
    s.finish().await;
}
