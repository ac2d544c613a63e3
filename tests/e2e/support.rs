//! Decision support through the real window, in Dutch: an acute child situation and an
//! escalation red flag show the acute route inline in the case (no pop-up) and mark afweging
//! 2; a doctor sees the KNMG prompt in step 2 and the meldrecht in step 5. Screenshots go to
//! `tests/e2e/screenshots/`.

use crate::harness::{click, tid, type_into, wait_text};
use crate::harness::{Session, ELEMENT_TIMEOUT};

async fn new_case(s: &Session, alias: &str, field: &str, subject: &str) {
    click(s, "new-case-button").await;
    type_into(s, "newcase-alias", alias).await;
    click(s, &format!("field-{field}")).await;
    click(s, &format!("subject-{subject}")).await;
    click(s, "suspect-huiselijke-kring").await;
    click(s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
}

#[tokio::test]
async fn an_acute_situation_and_a_red_flag_show_the_acute_route_inline_and_mark_afweging_2() {
    let s = Session::start_unlocked("support-acute").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    new_case(&s, "Baby groep Egeltjes", "kinderopvang", "baby").await;
    s.wait_for(&tid("situations"), ELEMENT_TIMEOUT).await;
    s.screenshot("30-stap-1-acute-situaties").await;
    click(&s, "situation-baby-letsel").await;
    s.wait_for(&tid("acute-route"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "112").await;
    wait_text(&s, "0800-2000").await;
    wait_text(&s, "vertrouwensarts").await;
    s.screenshot("31-acute-route-in-de-casus").await;
    // For a baby the signals between (ex-)partners are folded to one line (issue 14): open it.
    click(&s, "red-flags-fold").await;
    click(&s, "red-flag-wurging").await;
    wait_text(&s, "Escalatiesignalen").await;
    s.screenshot("32-escalatiesignaal").await;
    click(&s, "step-wegen").await;
    s.wait_for(&tid("attention-veiligheid"), ELEMENT_TIMEOUT).await;
    s.screenshot("33-stap-4-afweging-2-let-op").await;
    // The red flag alone, without any indicator ticked, holds back a joint approach.
    click(&s, "profiles-toggle").await;
    let note = s.text_of(&tid("profiles-coercive"), ELEMENT_TIMEOUT).await;
    assert!(note.contains("escalatiesignaal"), "the note says where the sign was recorded: {note}");
    s.client
        .execute(
            "document.querySelector('[data-testid=\"profiles-coercive\"]').scrollIntoView({block: 'center'});",
            vec![],
        )
        .await
        .ok();
    s.screenshot("33b-rode-vlag-houdt-gezamenlijk-gesprek-tegen").await;
    s.finish().await;
}

#[tokio::test]
async fn a_doctor_is_prompted_in_step_2_and_reads_the_meldrecht_in_step_5() {
    let s = Session::start_unlocked("support-arts").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    new_case(&s, "Patiënt spreekuur", "arts", "ouder-van-kinderen").await;
    click(&s, "step-consultatie").await;
    s.wait_for(&tid("expected-consultations"), ELEMENT_TIMEOUT).await;
    s.wait_for(&tid("notice-arts-consultatie"), ELEMENT_TIMEOUT).await;
    type_into(&s, "no-consultation-reason", "Collega-huisarts met vakantie; overleg volgt maandag.").await;
    s.screenshot("34-stap-2-arts").await;
    click(&s, "step-gesprek").await;
    s.wait_for(&tid("notice-volwassene-wensen"), ELEMENT_TIMEOUT).await;
    s.screenshot("35-stap-3-volwassene").await;
    click(&s, "step-beslissen").await;
    s.wait_for(&tid("notice-arts-meldrecht"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "geen wettelijke meldplicht").await;
    s.screenshot("36-stap-5-meldrecht").await;
    s.finish().await;
}

#[tokio::test]
async fn a_coercive_control_sign_holds_back_the_joint_talk_in_the_profile_view() {
    let s = Session::start_unlocked("support-profiles").await;
    new_case(&s, "Gezin Bakker-de Vries", "sociaal-werk", "ouder-van-kinderen").await;
    click(&s, "step-wegen").await;
    click(&s, "profiles-toggle").await;
    click(&s, "profile-indicator-stapeling-stress").await;
    s.wait_for(&tid("profile-matches"), ELEMENT_TIMEOUT).await;
    click(&s, "profile-indicator-isolatie").await;
    s.wait_for(&tid("profiles-coercive"), ELEMENT_TIMEOUT).await;
    s.on_element(&tid("profiles"), "click", async |e| e.click().await).await;
    s.screenshot("50-gezinsprofielen").await;
    s.wait_for(&tid("safety-plan"), ELEMENT_TIMEOUT).await;
    s.client.execute("document.querySelector('[data-testid=\"safety-plan\"]').scrollIntoView();", vec![]).await.ok();
    s.screenshot("51-veiligheidsplan-top3").await;
    s.finish().await;
}
