//! An adult client in the real window, in Dutch: step 3 records the client's own wishes and
//! the wilsbekwaamheid assessment (ter zake, dated, by whom) and the representative; step 4
//! shows them beside the afwegingen. The Acuut panel names the Centrum Seksueel Geweld and the
//! police line for the zedenpolitie. Screenshots 64–66.

use std::time::Duration;

use crate::harness::{click, click_centered, tid, type_into, wait_text};
use crate::harness::{Session, ELEMENT_TIMEOUT};

async fn js(s: &Session, script: &str) {
    s.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("run {script}: {e}"));
}

#[tokio::test]
async fn an_adults_wishes_and_capacity_are_recorded_in_step_3_and_shown_in_step_4() {
    let s = Session::start_unlocked("adult").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    click(&s, "acute-button").await;
    s.wait_for(&tid("acute-panel"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Centrum Seksueel Geweld: 0800-0188").await;
    wait_text(&s, "zedenpolitie").await;
    s.screenshot("64-acuut-seksueel-geweld-en-zedenpolitie").await;
    js(&s, "document.querySelector('#acute-panel .dialog-close').click();").await;
    tokio::time::sleep(Duration::from_millis(200)).await;

    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Mevrouw De Wit").await;
    click(&s, "field-sociaal-werk").await;
    click(&s, "subject-oudere").await;
    click(&s, "suspect-huiselijke-kring").await;
    click_centered(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

    click(&s, "step-gesprek").await;
    s.wait_for(&tid("adult-form"), ELEMENT_TIMEOUT).await;
    type_into(&s, "adult-wishes", "Wil geen melding en geen bewindvoerder.").await;
    click_centered(&s, "adult-capacity-wilsbekwaam").await;
    type_into(&s, "adult-capacity-about", "hulp bij de geldzaken aanvaarden").await;
    js(
        &s,
        "const d = document.getElementById('adult-capacity-on'); d.value = '2026-03-10'; d.dispatchEvent(new Event('input', { bubbles: true }));",
    )
    .await;
    type_into(&s, "adult-capacity-by", "huisarts").await;
    type_into(&s, "adult-representative", "Geen; de neef is de vermoedelijke pleger.").await;
    click_centered(&s, "adult-submit").await;
    wait_text(&s, "Opgeslagen").await;
    js(&s, "document.querySelector('[data-testid=\"adult-form\"]').scrollIntoView({ block: 'center' });").await;
    s.screenshot("65-stap-3-eigen-wensen-en-wilsbekwaamheid").await;

    click(&s, "step-wegen").await;
    s.wait_for(&tid("adult-summary"), ELEMENT_TIMEOUT).await;
    wait_text(
        &s,
        "Wilsbekwaam ter zake van: hulp bij de geldzaken aanvaarden. Beoordeeld door huisarts op 10-03-2026.",
    )
    .await;
    wait_text(&s, "Wil geen melding en geen bewindvoerder.").await;
    js(&s, "document.querySelector('[data-testid=\"adult-summary\"]').scrollIntoView({ block: 'center' });").await;
    s.screenshot("66-stap-4-eigen-wensen-en-wilsbekwaamheid").await;
    s.finish().await;
}
