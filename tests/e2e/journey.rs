//! The main journey of a professional, in Dutch, through the real window: start a case,
//! record an observation and a child's literal words through Acuut, walk to step 5, see the
//! route beside the undecided decisions, and decide with a reason. Screenshots of every
//! screen go to `tests/e2e/screenshots/`.

use std::time::Duration;

use crate::harness::{click, click_centered, tid, type_into, wait_text};
use crate::harness::{Session, ELEMENT_TIMEOUT};

async fn checked(s: &Session, id: &str) -> bool {
    let v = s
        .client
        .execute(&format!("return document.querySelector('{}').checked;", tid(id).replace('\'', "\\'")), vec![])
        .await
        .unwrap();
    v.as_bool().unwrap_or(false)
}

#[tokio::test]
async fn a_teacher_records_signals_and_a_disclosure_and_decides_with_a_reason() {
    let s = Session::start_unlocked("journey").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    s.screenshot("01-caselijst-leeg").await;

    // A new case asks only for an alias, the field, who the concern is about and who is suspected.
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Leerling Zeeuws-Vlaanderen (groep 6)").await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    s.screenshot("02-nieuwe-casus").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    s.screenshot("03-stap-1-leeg").await;

    // Step 1: an observation as a fact, with its interpretation kept apart.
    type_into(&s, "observation-fact", "Blauwe plek op de linker bovenarm, ongeveer drie centimeter.").await;
    type_into(&s, "observation-interpretation", "Past bij hard vastpakken.").await;
    click(&s, "observation-submit").await;
    wait_text(&s, "Blauwe plek op de linker bovenarm").await;

    // Acuut → "Een kind vertelt iets": the literal words go into step 1 of the open case.
    click(&s, "acute-button").await;
    s.wait_for(&tid("acute-panel"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "112").await;
    wait_text(&s, "0800-2000").await;
    s.screenshot("04-acuut").await;
    click(&s, "disclosure-button").await;
    type_into(&s, "disclosure-words", "Papa slaat mama en dan word ik bang.").await;
    type_into(&s, "disclosure-question", "Je kijkt verdrietig, wil je vertellen wat er is?").await;
    click(&s, "disclosure-speaker-betrokkene").await;
    s.screenshot("05-een-kind-vertelt-iets").await;
    click_centered(&s, "disclosure-submit").await;
    wait_text(&s, "Papa slaat mama en dan word ik bang.").await;
    s.screenshot("06-stap-1-ingevuld").await;

    // Steps 2 and 3 can be visited in any order.
    click(&s, "step-consultatie").await;
    s.screenshot("07-stap-2").await;
    click(&s, "step-gesprek").await;
    s.screenshot("08-stap-3").await;

    // Step 4: structural unsafety.
    click(&s, "step-wegen").await;
    click(&s, "answer-vermoeden-ja").await;
    click(&s, "answer-veiligheid-ja").await;
    wait_text(&s, "Veilig Thuis").await;
    s.screenshot("09-stap-4-wegen").await;

    // Step 5: the route beside decisions that are not filled in.
    click(&s, "step-beslissen").await;
    s.wait_for(&tid("route-panel"), ELEMENT_TIMEOUT).await;
    for id in ["decision-melden-ja", "decision-melden-nee", "decision-hulp-ja", "decision-hulp-nee"] {
        assert!(!checked(&s, id).await, "{id}: the decisions are never prefilled from the route");
    }
    s.screenshot("10-stap-5-onbeslist").await;
    type_into(&s, "decision-reason-melden", "Structurele onveiligheid: het kind is getuige van geweld thuis.").await;
    click(&s, "decision-melden-ja").await;
    type_into(&s, "decision-reason-hulp", "Het wijkteam is al betrokken bij het gezin.").await;
    click(&s, "decision-hulp-ja").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(checked(&s, "decision-melden-ja").await, "the decision is recorded");
    s.screenshot("11-stap-5-besloten").await;

    // Back on the case list the case shows where it stands.
    s.finish().await;
}
