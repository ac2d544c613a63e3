//! An information request through the real window, in Dutch: "Ik krijg een informatieverzoek"
//! on the new-case screen starts the KNMG route (not the five steps), each part is recorded in
//! its step, and the record for the file (SOEP for a doctor) shows what was asked, weighed and
//! given. Screenshots 60–63.

use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::harness::{click, click_centered, tid, type_into, wait_text};
use crate::harness::{Session, ELEMENT_TIMEOUT};

async fn js(s: &Session, script: &str) {
    s.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("run {script}: {e}"));
}

async fn text_of(s: &Session, id: &str) -> String {
    match s.client.find(Locator::Css(&tid(id))).await {
        Ok(el) => el.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

async fn wait_state(s: &Session, step: &str, text: &str) {
    let deadline = Instant::now() + ELEMENT_TIMEOUT;
    loop {
        let now = text_of(s, &format!("inforeq-state-{step}")).await;
        if now.trim() == text {
            return;
        }
        if Instant::now() > deadline {
            s.screenshot(&format!("{}-state-{step}", s.name)).await;
            panic!("step {step} says `{now}`, not `{text}`");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn an_information_request_is_walked_from_the_new_case_screen_to_its_record() {
    let s = Session::start_unlocked("inforequest").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    click(&s, "new-case-button").await;
    s.wait_for(&tid("inforeq-offer"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Ik krijg een informatieverzoek").await;
    click(&s, "inforeq-button").await;
    s.wait_for(&tid("new-inforeq"), ELEMENT_TIMEOUT).await;
    type_into(&s, "newcase-alias", "Linde").await;
    click(&s, "requester-raad").await;
    click(&s, "field-arts").await;
    click(&s, "subject-kind").await;
    js(&s, "window.scrollTo(0, 0);").await;
    s.screenshot("60-informatieverzoek-start").await;
    click_centered(&s, "newcase-submit").await;

    s.wait_for(&tid("inforeq"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Informatieverzoek van Veilig Thuis, de Raad of een gecertificeerde instelling").await;
    wait_text(&s, "artikel 1:240 BW").await;
    assert!(s.client.find(Locator::Css(&tid("stepper"))).await.is_err(), "no five steps for an information request");
    assert!(
        s.client.find(Locator::Css(&tid("inforeq-unconfirmed"))).await.is_err(),
        "the KNMG route is the doctor's own"
    );
    wait_state(&s, "wie-vraagt", "Nog niet vastgelegd").await;
    s.screenshot("61-informatieverzoek-route").await;

    type_into(&s, "inforeq-who", "Raadsonderzoeker, teruggebeld via het algemene nummer").await;
    type_into(&s, "inforeq-basis", "Raadsonderzoek, art. 1:240 BW").await;
    click_centered(&s, "inforeq-concern-given-no").await;
    type_into(&s, "inforeq-concern", "Zorg over verwaarlozing; op mijn vraag toegelicht").await;
    type_into(&s, "inforeq-asked", "Groei en gemiste afspraken").await;
    type_into(&s, "inforeq-relevant", "Alleen de groeicurve en de gemiste afspraken").await;
    click_centered(&s, "inforeq-informed-yes").await;
    type_into(&s, "inforeq-informed-note", "Moeder weet ervan en stemt in").await;
    click_centered(&s, "inforeq-given-how-schriftelijk").await;
    js(
        &s,
        "const d = document.getElementById('inforeq-given-on'); d.value = '2026-11-22'; d.dispatchEvent(new Event('input', { bubbles: true }));",
    )
    .await;
    type_into(&s, "inforeq-given", "Groeicurve en drie gemiste afspraken").await;
    click_centered(&s, "inforeq-save").await;

    for step in ["wie-vraagt", "aard-en-ernst", "relevant-en-noodzakelijk", "vooraf-informeren", "verstrekken"] {
        wait_state(&s, step, "Vastgelegd").await;
    }
    js(&s, "document.querySelector('[data-testid=\"inforeq-step-verstrekken\"]').scrollIntoView({ block: 'center' });")
        .await;
    s.screenshot("62-informatieverzoek-vastgelegd").await;

    // The record for the file: the only output, as a SOEP journal note.
    wait_text(&s, "Journaalregel informatieverzoek (SOEP)").await;
    let deadline = Instant::now() + ELEMENT_TIMEOUT;
    loop {
        let preview = text_of(&s, "output-preview").await;
        if preview.contains("Groeicurve en drie gemiste afspraken") && preview.contains("22-11-2026") {
            assert!(preview.contains("(door mij nagevraagd)"), "{preview}");
            assert!(preview.contains("Ja. Reactie: Moeder weet ervan en stemt in"), "{preview}");
            break;
        }
        assert!(Instant::now() < deadline, "the record never showed what was given:\n{preview}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    js(
        &s,
        "document.querySelector('.output-preview-title').scrollIntoView({ block: 'start' }); window.scrollBy(0, -110);",
    )
    .await;
    s.screenshot("63-informatieverzoek-journaalregel").await;
    s.finish().await;
}
