//! Safety in the real window (issue 11): who said the words decides whether they are a
//! disclosure; dwingende controle recorded in step 1 changes steps 3 and 4.

use fantoccini::key::Key;

use crate::harness::{click, click_centered, page_text, tid, type_into, wait_text};
use crate::harness::{Session, ELEMENT_TIMEOUT};

async fn exists(s: &Session, id: &str) -> bool {
    let script = format!("return document.querySelector('[data-testid=\"{id}\"]') !== null;");
    s.client.execute(&script, vec![]).await.unwrap().as_bool().unwrap_or(false)
}

async fn new_case(s: &Session, alias: &str, field: &str, subject: &str) {
    click(s, "new-case-button").await;
    s.wait_for(&tid("newcase-alias"), ELEMENT_TIMEOUT).await.send_keys(alias).await.unwrap();
    click(s, &format!("field-{field}")).await;
    click(s, &format!("subject-{subject}")).await;
    click(s, "suspect-huiselijke-kring").await;
    click(s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
}

#[tokio::test]
async fn a_parents_explanation_opens_no_acute_route_and_the_childs_own_words_do() {
    let s = Session::start_unlocked("speaker").await;
    new_case(&s, "Sterre groep 5", "onderwijs", "kind").await;

    // A parent's explanation, literally, with who said it.
    click(&s, "quote-add").await;
    type_into(&s, "disclosure-words", "Ze is van de fiets gevallen, ze is gewoon onhandig.").await;
    // The speaker is asked for: sending without one says so and keeps the words.
    click_centered(&s, "disclosure-submit").await;
    wait_text(&s, "Kies wie deze woorden zei.").await;
    // Keyboard: the radio group is reached and chosen without the mouse.
    s.wait_for(&tid("disclosure-speaker-ouder"), ELEMENT_TIMEOUT)
        .await
        .send_keys(&Key::Space.to_string())
        .await
        .unwrap();
    type_into(&s, "disclosure-question", "Hoe komt die blauwe plek op haar arm?").await;
    s.screenshot("60-woorden-van-een-ouder").await;
    click_centered(&s, "disclosure-submit").await;
    wait_text(&s, "Ze is van de fiets gevallen").await;
    assert!(page_text(&s).await.contains("Een ouder of verzorger"), "the quote shows who said it");
    assert!(!exists(&s, "acute-route").await, "a parent's explanation is not a disclosure: no acute route");
    s.screenshot("61-ouder-geen-acute-route").await;

    // The child's own words: a disclosure, the acute route at once.
    click(&s, "quote-add").await;
    type_into(&s, "disclosure-words", "Papa kneep heel hard in mijn arm.").await;
    click(&s, "disclosure-speaker-betrokkene").await;
    click_centered(&s, "disclosure-submit").await;
    s.wait_for(&tid("acute-route"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Papa kneep heel hard in mijn arm.").await;
    s.client
        .execute("document.querySelector('[data-testid=\"acute-route\"]').scrollIntoView({ block: 'start' });", vec![])
        .await
        .unwrap();
    s.screenshot("62-kind-wel-acute-route").await;
    s.finish().await;
}
