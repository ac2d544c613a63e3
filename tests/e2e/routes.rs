//! Journeys off the main path: a staff member as suspect, a tired professional's empty
//! alias, the keyboard alone, and the language switch.

use fantoccini::key::Key;

use crate::harness::{click, page_text, tid, type_into};
use crate::harness::{Session, ELEMENT_TIMEOUT};

async fn active_testid(s: &Session) -> String {
    let v = s
        .client
        .execute("return document.activeElement && document.activeElement.getAttribute('data-testid') || '';", vec![])
        .await
        .unwrap();
    v.as_str().unwrap_or_default().to_string()
}

/// Presses Tab until the element with `id` has focus (at most `max` times).
async fn tab_to(s: &Session, id: &str, max: usize) {
    tab_until(s, id, max, &Key::Tab.to_string()).await;
}

/// Shift+Tab until `id` has focus: the way back up to the top bar.
async fn shift_tab_to(s: &Session, id: &str, max: usize) {
    tab_until(s, id, max, &format!("{}{}", Key::Shift, Key::Tab)).await;
}

async fn tab_until(s: &Session, id: &str, max: usize, keys: &str) {
    for _ in 0..max {
        if active_testid(s).await == id {
            return;
        }
        s.client.active_element().await.unwrap().send_keys(keys).await.unwrap();
    }
    s.screenshot(&format!("{}-tab-to-{id}", s.name)).await;
    panic!("`{id}` could not be reached with Tab");
}

async fn press(s: &Session, keys: &str) {
    s.client.active_element().await.unwrap().send_keys(keys).await.unwrap();
}

#[tokio::test]
async fn a_staff_member_as_suspect_shows_the_staff_route_not_the_five_steps() {
    let s = Session::start_unlocked("staff-route").await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Peuter groep Vlinders").await;
    click(&s, "field-kinderopvang").await;
    click(&s, "subject-baby").await;
    click(&s, "suspect-medewerker").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("other-route"), ELEMENT_TIMEOUT).await;
    let text = page_text(&s).await;
    assert!(text.contains("houder"), "the kinderopvang staff route names the houder first");
    assert!(text.contains("0900-111 3111"), "the route gives the vertrouwensinspecteur's number from contacts.toml");
    s.screenshot("20-route-medewerker-kinderopvang").await;
    click(&s, "also-at-home").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    s.screenshot("21-route-medewerker-plus-vijf-stappen").await;
    s.finish().await;
}

#[tokio::test]
async fn an_empty_alias_gets_a_clear_error_and_the_form_keeps_its_choices() {
    let s = Session::start_unlocked("empty-alias").await;
    click(&s, "new-case-button").await;
    click(&s, "field-arts").await;
    click(&s, "subject-ouder-van-kinderen").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    let message = s.text_of("[role=alert]", ELEMENT_TIMEOUT).await;
    assert!(!message.is_empty() && !message.contains("error-"), "the error is shown in words: {message}");
    let still = s
        .client
        .execute("return document.querySelector('[data-testid=\"field-arts\"]').checked;", vec![])
        .await
        .unwrap();
    assert_eq!(still.as_bool(), Some(true), "nothing the professional chose is lost");
    s.screenshot("22-nieuwe-casus-fout").await;
    s.finish().await;
}

#[tokio::test]
async fn a_case_can_be_started_and_filled_with_the_keyboard_alone() {
    let s = Session::start_unlocked("keyboard").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    tab_to(&s, "new-case-button", 20).await;
    press(&s, &Key::Enter.to_string()).await;
    s.wait_for(&tid("newcase-alias"), ELEMENT_TIMEOUT).await;
    tab_to(&s, "newcase-alias", 30).await;
    press(&s, "Toetsenbord").await;
    // Radio groups: Tab into the group, arrow keys choose, Space confirms.
    tab_to(&s, "field-onderwijs", 5).await;
    press(&s, &Key::Space.to_string()).await;
    tab_to(&s, "subject-baby", 5).await;
    press(&s, &format!("{}{}", Key::Down, Key::Space)).await;
    tab_to(&s, "suspect-huiselijke-kring", 5).await;
    press(&s, &Key::Space.to_string()).await;
    tab_to(&s, "newcase-submit", 10).await;
    press(&s, &Key::Enter.to_string()).await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    let subject_kind = s.client.execute("return document.body.innerText.includes('4–12');", vec![]).await.unwrap();
    assert_eq!(subject_kind.as_bool(), Some(true), "the arrow key chose the second age group");
    // The stepper is reachable and a step opens with Enter.
    tab_to(&s, "step-wegen", 40).await;
    press(&s, &Key::Enter.to_string()).await;
    s.wait_for(&tid("answer-vermoeden-ja"), ELEMENT_TIMEOUT).await;
    tab_to(&s, "answer-vermoeden-ja", 40).await;
    press(&s, &Key::Space.to_string()).await;
    // The answer is saved: the route now points at afweging 2.
    let deadline = std::time::Instant::now() + ELEMENT_TIMEOUT;
    loop {
        // The panel is drawn again after the save: a node found just before may be stale.
        let summary = s.text_of(&tid("route-summary"), ELEMENT_TIMEOUT).await;
        if summary.contains('2') {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "Space on `ja` answered afweging 1: {summary}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Escape closes the acute panel and gives focus back. Shift+Tab goes back up to the top
    // bar (sending Tab through WebDriver into a date input only moves between its segments).
    shift_tab_to(&s, "acute-button", 80).await;
    press(&s, &Key::Enter.to_string()).await;
    s.wait_for(&tid("acute-panel"), ELEMENT_TIMEOUT).await;
    press(&s, &Key::Escape.to_string()).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(active_testid(&s).await, "acute-button", "Escape closes the panel and returns focus to Acuut");
    s.screenshot("23-toetsenbord").await;
    s.finish().await;
}

#[tokio::test]
async fn english_is_one_click_away_and_is_remembered() {
    let s = Session::start_unlocked("language").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    click(&s, "lang-en").await;
    let deadline = std::time::Instant::now() + ELEMENT_TIMEOUT;
    while !page_text(&s).await.contains("New case") {
        assert!(std::time::Instant::now() < deadline, "the interface switched to English");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    s.screenshot("24-caselist-english").await;
    let settings = s.home.path.join("config/meldwijzer/settings.toml");
    let text = std::fs::read_to_string(&settings).unwrap_or_default();
    assert!(text.contains("language = \"en\""), "the choice is written to the config directory: {text}");
    s.finish().await;
}
