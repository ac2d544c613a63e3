//! WCAG 2.1 AA in the real window (issue 14 §2), beyond what every screenshot checks (axe-core
//! and reflow at 100 % and 200 %, `Session::check_screen`): the checker itself finds a fault;
//! Ctrl+= / Ctrl+− / Ctrl+0 zoom the whole window and the zoom is remembered in the settings;
//! the window title names the screen and the step, never the alias.

use std::process::Command;

use fantoccini::key::Key;

use crate::harness::{click, tid, type_into, IsolatedHome, Session, ELEMENT_TIMEOUT};

/// Sends keys to whatever has focus (the page redraws; a stale node is tried again).
async fn press(s: &Session, keys: &str) {
    s.wait_until(&format!("press {keys:?}"), ELEMENT_TIMEOUT, async || {
        s.client.active_element().await?.send_keys(keys).await.map(Some)
    })
    .await
}

/// Waits until the page is as wide as the window at `percent` zoom.
async fn wait_zoom(s: &Session, full_width: i64, percent: i64) {
    let want = full_width * 100 / percent;
    s.wait_until(&format!("the page is {want} px wide ({percent} %)"), ELEMENT_TIMEOUT, async || {
        let width = s.client.execute("return window.innerWidth;", vec![]).await?.as_i64().unwrap_or(0);
        Ok(((width - want).abs() <= 2).then_some(()))
    })
    .await;
}

#[tokio::test]
async fn the_checker_finds_what_it_exists_for() {
    let s = Session::start_unlocked("wcag-checker").await;
    // An image without a text alternative, and a page wider than the window.
    s.js("const img = document.createElement('img'); img.src = 'data:,'; img.id = 'axe-probe'; \
          document.querySelector('main').append(img); \
          const wide = document.createElement('div'); wide.id = 'wide-probe'; wide.style.width = '3000px'; wide.style.height = '1px'; \
          document.querySelector('main').append(wide); return true;")
        .await;
    let violations = s.axe("probe").await;
    assert!(violations.iter().any(|v| v["id"] == "image-alt"), "axe-core reports the image: {violations:?}");
    let (scroll_width, inner_width) = s.reflow().await;
    assert!(scroll_width > inner_width, "the reflow check sees the sideways scroll: {scroll_width}/{inner_width}");
    s.js("document.getElementById('axe-probe').remove(); document.getElementById('wide-probe').remove(); return true;")
        .await;
    s.screenshot("80-casussen-na-de-proef").await;
    s.finish().await;
}

#[tokio::test]
async fn ctrl_plus_minus_and_zero_zoom_the_whole_window_and_it_is_remembered() {
    let s = Session::start_unlocked("wcag-zoom").await;
    let full = s.js("return window.innerWidth;").await.as_i64().unwrap();
    let ctrl = |k: &str| format!("{}{k}{}", Key::Control, Key::Null);
    press(&s, &ctrl("=")).await;
    wait_zoom(&s, full, 110).await;
    press(&s, &ctrl("-")).await;
    wait_zoom(&s, full, 100).await;
    press(&s, &ctrl("-")).await;
    wait_zoom(&s, full, 90).await;
    press(&s, &ctrl("0")).await;
    wait_zoom(&s, full, 100).await;
    for percent in [110, 125, 150, 175, 200] {
        press(&s, &ctrl("=")).await;
        wait_zoom(&s, full, percent).await;
    }
    let settings = s.home.path.join("config/meldwijzer/settings.toml");
    let text = std::fs::read_to_string(&settings).expect("the settings file");
    assert!(text.contains("zoom_percent = 200"), "the zoom is remembered: {text}");
    s.capture("81-zoom-200-met-toetsen").await;
    press(&s, &ctrl("0")).await;
    wait_zoom(&s, full, 100).await;
    let text = std::fs::read_to_string(&settings).expect("the settings file");
    assert!(text.contains("zoom_percent = 100"), "Ctrl+0 is remembered too: {text}");
    s.finish().await;
}

#[tokio::test]
async fn the_remembered_zoom_is_applied_when_the_window_opens() {
    let home = IsolatedHome::new("wcag-zoom-start");
    let dir = home.path.join("config/meldwijzer");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("settings.toml"), "zoom_percent = 150\n").unwrap();
    let s = Session::start_in("wcag-zoom-start", &[], home).await;
    s.wait_for(&tid("vault-setup"), ELEMENT_TIMEOUT).await;
    let outer = s.js("return window.outerWidth;").await.as_i64().unwrap();
    wait_zoom(&s, outer, 150).await;
    s.finish().await;
}

/// The names of the X windows whose title matches `pattern` (a regular expression).
fn window_names(pattern: &str) -> Vec<String> {
    let ids = Command::new("xdotool").args(["search", "--name", pattern]).output().expect("run xdotool");
    String::from_utf8_lossy(&ids.stdout)
        .lines()
        .filter_map(|id| {
            let out = Command::new("xdotool").args(["getwindowname", id]).output().ok()?;
            Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
        })
        .collect()
}

/// A new case for a child in onderwijs; waits for the stepper.
async fn new_case(s: &Session, alias: &str) {
    click(s, "new-case-button").await;
    type_into(s, "newcase-alias", alias).await;
    click(s, "field-onderwijs").await;
    click(s, "subject-kind").await;
    click(s, "suspect-huiselijke-kring").await;
    click(s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
}

#[tokio::test]
async fn the_window_title_names_the_screen_and_step_never_the_alias() {
    const ALIAS: &str = "Vlinder Zeldzaam";
    let s = Session::start_unlocked("wcag-title").await;
    new_case(&s, ALIAS).await;
    click(&s, "step-consultatie").await;
    let title = s
        .wait_until("the window title names step 2", ELEMENT_TIMEOUT, async || {
            let names = window_names("^Stap 2: ");
            Ok(names.into_iter().next())
        })
        .await;
    assert!(title.ends_with(" — Meldwijzer"), "{title}");
    assert!(!title.contains("Vlinder"), "the alias never goes into the title: {title}");
    assert!(window_names("Vlinder").is_empty(), "no window is named after the alias");
    s.screenshot("82-titel-stap-2").await;
    s.finish().await;
}

/// Issue 14: below 760 px of window height the stepper scrolled away with step 1 (6,000 px
/// tall). Now it stays in view at the bottom of the page too, its current step visible.
#[tokio::test]
async fn the_stepper_stays_in_view_in_a_low_window() {
    let s = Session::start_unlocked("wcag-stepper").await;
    s.client.set_window_size(1280, 700).await.expect("resize the window");
    new_case(&s, "Stepper Laag").await;
    let height = s.js("return window.innerHeight;").await.as_i64().unwrap();
    assert!(height < 760, "the window is low: {height}");
    let place = s
        .js("window.scrollTo(0, document.documentElement.scrollHeight); \
             const r = document.querySelector('[data-testid=\"stepper\"] [aria-current]').getBoundingClientRect(); \
             return [window.scrollY, r.top, r.bottom, window.innerHeight];")
        .await;
    let (scrolled, top, bottom) = (place[0].as_f64().unwrap(), place[1].as_f64().unwrap(), place[2].as_f64().unwrap());
    assert!(scrolled > 500.0, "step 1 is taller than the window: scrolled {scrolled}");
    assert!(top >= 0.0 && bottom <= height as f64, "the current step stays in view: {place}");
    s.screenshot("83-stepper-in-beeld-laag-venster").await;
    s.finish().await;
}
