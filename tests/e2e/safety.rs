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
    type_into(&s, "newcase-alias", alias).await;
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
    let space = Key::Space.to_string();
    s.on_element(&tid("disclosure-speaker-ouder"), "press Space on", async |e| e.send_keys(&space).await).await;
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

async fn scroll_to(s: &Session, id: &str) {
    let script = format!("document.querySelector('[data-testid=\"{id}\"]').scrollIntoView({{ block: 'center' }});");
    s.client.execute(&script, vec![]).await.unwrap();
}

#[tokio::test]
async fn intieme_terreur_in_step_1_means_separate_talks_in_step_3_and_a_victim_only_plan_in_step_4() {
    let s = Session::start_unlocked("coercive").await;
    new_case(&s, "Gezin Linde", "sociaal-werk", "volwassene").await;

    // Step 1: the form alone, no profile indicator, no red flag.
    click(&s, "form-intieme-terreur").await;
    wait_text(&s, "Dit is dwingende controle.").await;
    s.screenshot("63-stap-1-intieme-terreur").await;

    // Step 3: speak with each family member separately, Veilig Thuis first.
    click(&s, "step-gesprek").await;
    let note = s.text_of(&tid("notice-dwingende-controle-gesprek"), ELEMENT_TIMEOUT).await;
    assert!(note.contains("ieder gezinslid apart"), "step 3 says to speak separately: {note}");
    assert!(note.contains("Raadpleeg eerst Veilig Thuis"), "step 3 says to consult Veilig Thuis first: {note}");
    // ... and offers to postpone the conversation until Veilig Thuis has been consulted.
    s.wait_for(&tid("gesprek-postponed"), ELEMENT_TIMEOUT).await;
    scroll_to(&s, "notice-dwingende-controle-gesprek").await;
    s.screenshot("64-stap-3-ieder-apart").await;

    // Step 4: the Top3 plan is a plan with the victim, made apart; no help speaks of the family.
    click(&s, "step-wegen").await;
    let framing = s.on_element(&tid("safety-framing"), "read", async |e| e.attr("data-framing").await).await;
    assert_eq!(framing.as_deref(), Some("met-het-slachtoffer"));
    let text = s.text_of(&tid("safety-framing"), ELEMENT_TIMEOUT).await;
    assert!(text.contains("met het slachtoffer") && text.contains("niet zien"), "victim-only framing: {text}");
    let help = s.text_of(&tid("safety-help-onveilige-situaties"), ELEMENT_TIMEOUT).await;
    assert!(!help.contains("samen met het gezin"), "no joint framing while coercive control stands: {help}");
    let plan = s.text_of(&tid("safety-plan"), ELEMENT_TIMEOUT).await;
    assert!(!plan.contains("samen met het gezin"), "nothing in the plan says to make it with the family: {plan}");
    scroll_to(&s, "safety-framing").await;
    s.screenshot("65-stap-4-top3-met-het-slachtoffer").await;

    // Step 5: no joint help.
    click(&s, "step-beslissen").await;
    s.wait_for(&tid("notice-dwingende-controle-beslissen"), ELEMENT_TIMEOUT).await;
    scroll_to(&s, "notice-dwingende-controle-beslissen").await;
    s.screenshot("66-stap-5-geen-gezamenlijke-hulp").await;

    // Unrecording the form gives the family framing back: the notion follows what is recorded.
    click(&s, "step-signalen").await;
    click(&s, "form-intieme-terreur").await;
    click(&s, "step-wegen").await;
    s.wait_for(r#"[data-testid="safety-framing"][data-framing="met-het-gezin"]"#, ELEMENT_TIMEOUT).await;
    assert!(!page_text(&s).await.contains("Dit is dwingende controle."));
    s.finish().await;
}

#[tokio::test]
async fn violence_from_both_sides_suggests_a_joint_approach_only_after_separate_talks_ruled_out_control() {
    let s = Session::start_unlocked("both-sides").await;
    new_case(&s, "Gezin Es", "sociaal-werk", "volwassene").await;
    click(&s, "step-wegen").await;
    click(&s, "profiles-toggle").await;
    click(&s, "profile-indicator-stapeling-stress").await;
    click(&s, "profile-indicator-geweld-over-en-weer").await;
    s.wait_for(&tid("profile-matches"), ELEMENT_TIMEOUT).await;

    // Step 5: the joint approach is not suggested by default; its place says why.
    click(&s, "step-beslissen").await;
    let withheld = s
        .on_element(&tid("profile-withheld-stress-gezamenlijke-aanpak"), "read", async |e| {
            e.attr("data-withheld").await
        })
        .await;
    assert_eq!(withheld.as_deref(), Some("not-ruled-out"));
    assert!(!exists(&s, "profile-notice-stress-gezamenlijke-aanpak").await);
    scroll_to(&s, "profile-withheld-stress-gezamenlijke-aanpak").await;
    s.screenshot("67-stap-5-eerst-aparte-gesprekken").await;

    // Step 3: ruling out needs a conversation held separately first.
    click(&s, "step-gesprek").await;
    click_centered(&s, "ruled-out-toggle").await;
    wait_text(&s, "Pas na aparte gesprekken").await;
    assert!(
        !s.on_element(&tid("ruled-out-toggle"), "read", async |e| e.is_selected().await).await,
        "not saved, not ticked"
    );
    type_into(&s, "conversation-with", "moeder").await;
    click_centered(&s, "conversation-separately").await;
    click_centered(&s, "conversation-submit").await;
    s.wait_for(r#"ul[data-testid="conversation-list"] .badge"#, ELEMENT_TIMEOUT).await;
    click_centered(&s, "ruled-out-toggle").await;
    s.wait_for(r#"[data-testid="ruled-out-toggle"]:checked"#, ELEMENT_TIMEOUT).await;
    scroll_to(&s, "ruled-out").await;
    s.screenshot("68-stap-3-dwingende-controle-uitgesloten").await;

    // Now step 5 names the joint approach.
    click(&s, "step-beslissen").await;
    s.wait_for(&tid("profile-notice-stress-gezamenlijke-aanpak"), ELEMENT_TIMEOUT).await;
    assert!(!exists(&s, "profile-withheld-stress-gezamenlijke-aanpak").await);
    s.finish().await;
}
