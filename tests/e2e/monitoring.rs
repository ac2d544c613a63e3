//! After Veilig Thuis hands a family back (issue 15 item 5): step 5 records the overdracht and
//! the veiligheidsvoorwaarden; a condition not met says to go back to Veilig Thuis; the case
//! list shows the monitoring line.

use crate::harness::{click, click_centered, select, tid, type_into, wait_text};
use crate::harness::{Session, ELEMENT_TIMEOUT};

async fn scroll_to(s: &Session, id: &str) {
    let script = format!("document.querySelector('[data-testid=\"{id}\"]').scrollIntoView({{ block: 'start' }});");
    s.client.execute(&script, vec![]).await.unwrap();
}

#[tokio::test]
async fn an_overdracht_is_recorded_in_step_5_and_its_monitoring_shows_on_the_case_list() {
    let s = Session::start_unlocked("monitoring").await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Gezin Vos").await;
    click(&s, "field-sociaal-werk").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

    click(&s, "step-beslissen").await;
    s.wait_for(&tid("overdracht"), ELEMENT_TIMEOUT).await;
    type_into(&s, "overdracht-received", "20-11-2026").await;
    type_into(&s, "overdracht-asks", "Bewaak de afspraken met school en huisarts.").await;
    type_into(&s, "overdracht-call-back", "Casusregisseur").await;
    select(&s, "overdracht-phase", "stabiele-veiligheid").await;
    type_into(&s, "condition-0-what", "Vader loopt een blokje om als de spanning oploopt").await;
    type_into(&s, "condition-0-who", "Wijkteam").await;
    select(&s, "condition-0-phase", "directe-veiligheid").await;
    type_into(&s, "condition-0-due", "12-03-2027").await;
    click_centered(&s, "overdracht-submit").await;
    // Saved: the form comes back with the condition and a fresh empty row.
    s.wait_for(&tid("condition-1-what"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Risicogestuurde zorg").await;

    // A second condition, not met: the section says to go back to Veilig Thuis.
    type_into(&s, "condition-1-what", "Kind gaat elke dag naar school").await;
    type_into(&s, "condition-1-who", "School (mentor)").await;
    select(&s, "condition-1-state", "not-met").await;
    click_centered(&s, "overdracht-submit").await;
    let notice = s.text_of(&tid("overdracht-back-to-vt"), ELEMENT_TIMEOUT).await;
    assert!(notice.contains("Ga terug naar Veilig Thuis"), "{notice}");
    scroll_to(&s, "overdracht").await;
    s.screenshot("90-stap-5-overdracht-door-veilig-thuis").await;
    scroll_to(&s, "overdracht-condition-0").await;
    s.screenshot("90b-stap-5-veiligheidsvoorwaarden").await;

    // The case list: the monitoring line, from the sealed list facts.
    click_centered(&s, "nav-back").await;
    let line = s.text_of(&tid("case-monitoring"), ELEMENT_TIMEOUT).await;
    assert_eq!(line, "Monitoring · fase 2 · volgende: 12-03-2027 · voorwaarde niet gehaald: terug naar Veilig Thuis");
    s.screenshot("91-casuslijst-monitoring").await;
    s.finish().await;
}
