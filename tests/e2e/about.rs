//! The texts about the app itself. "Over Meldwijzer": reachable from the top bar before the vault
//! exists and from the start screen, it shows the app's version, the content's version and every
//! source in the content's registry, the privacy statement and the generated licence list; it
//! closes back to its opener. "Hulp": each step's button opens the embedded guide at that
//! step's section, in the UI's language.

use crate::harness::{click, click_centered, tid, type_into, Session, ELEMENT_TIMEOUT};

/// The content's version and how many sources its registry holds, from the app's own content.
fn content_facts() -> (String, usize) {
    let protocol = meldwijzer_app::content::protocol().expect("the content loads");
    (protocol.version().to_string(), protocol.sources().len())
}

async fn check_about(session: &Session) {
    session.wait_for(&format!("{} .about-facts", tid("about-dialog")), ELEMENT_TIMEOUT).await;
    let (content_version, sources) = content_facts();
    assert_eq!(session.text_of(&tid("about-version"), ELEMENT_TIMEOUT).await, env!("CARGO_PKG_VERSION"));
    assert_eq!(session.text_of(&tid("about-licence"), ELEMENT_TIMEOUT).await, "EUPL-1.2");
    assert_eq!(session.text_of(&tid("about-content-version"), ELEMENT_TIMEOUT).await, content_version);
    let shown = session.js("return document.querySelectorAll('[data-testid=\"about-sources\"] li').length;").await;
    assert_eq!(shown.as_u64(), Some(sources as u64), "every source in the registry is listed");
    let count = session.text_of(&tid("about-licences-count"), ELEMENT_TIMEOUT).await;
    assert_eq!(count, meldwijzer_app::licence_components().len().to_string(), "the generated licence list, whole");
    let rows =
        session.js("return document.querySelectorAll('[data-testid=\"about-licences\"] tbody tr').length;").await;
    assert_eq!(rows.as_u64().map(|n| n.to_string()), Some(count));
    let privacy = session.text_of(&tid("about-privacy"), ELEMENT_TIMEOUT).await;
    assert!(privacy.contains("versleuteld") && privacy.contains("internet"), "privacy statement: {privacy}");
}

async fn close_about(session: &Session, opener: &str) {
    session
        .client
        .find(fantoccini::Locator::Css("#about-dialog .dialog-close"))
        .await
        .expect("close button")
        .click()
        .await
        .expect("close");
    let back = session
        .js(&format!(
            "return !document.getElementById('about-dialog').open && document.activeElement === document.querySelector('[data-testid=\"{opener}\"]');"
        ))
        .await;
    assert_eq!(back.as_bool(), Some(true), "the dialog closes and focus returns to {opener}");
}

#[tokio::test]
async fn about_shows_version_content_sources_privacy_and_licences() {
    let session = Session::start("about").await;
    session.wait_for(&tid("vault-setup"), ELEMENT_TIMEOUT).await;

    // From the top bar, before there is a vault.
    click(&session, "about-button").await;
    check_about(&session).await;
    session.screenshot("about-dialog").await;
    click(&session, "about-licences-toggle").await;
    session.screenshot("about-dialog-licences").await;
    close_about(&session, "about-button").await;

    // From the start screen.
    session.set_up_vault().await;
    crate::harness::click_centered(&session, "about-open").await;
    check_about(&session).await;
    close_about(&session, "about-open").await;
    session.finish().await;
}

/// Waits for the guide dialog at `section`: open, focus on the section's heading, the heading
/// inside the dialog's visible area, and text under it.
async fn check_guide_at(session: &Session, section: &str) {
    session
        .wait_for(&format!("#guide-dialog[open] {}", tid(&format!("guide-section-{section}"))), ELEMENT_TIMEOUT)
        .await;
    let state = session
        .js(&format!(
            "const b = document.getElementById('guide-body'); const t = document.getElementById('guide-{section}-title'); \
             const br = b.getBoundingClientRect(), tr = t.getBoundingClientRect(); \
             return [document.activeElement === t, tr.top >= br.top - 1 && tr.bottom <= br.bottom + 1, t.parentElement.innerText.length];"
        ))
        .await;
    assert_eq!(state[0].as_bool(), Some(true), "{section}: focus on the section's heading");
    assert_eq!(state[1].as_bool(), Some(true), "{section}: the section's heading is in view");
    assert!(state[2].as_u64().unwrap_or(0) > 100, "{section}: the section has text");
}

async fn close_guide(session: &Session) {
    session
        .client
        .find(fantoccini::Locator::Css("#guide-dialog .dialog-close"))
        .await
        .expect("close button")
        .click()
        .await
        .expect("close");
    let closed = session.js("return !document.getElementById('guide-dialog').open;").await;
    assert_eq!(closed.as_bool(), Some(true));
}

#[tokio::test]
async fn hulp_opens_the_guide_at_the_section_of_each_step() {
    let s = Session::start_unlocked("hulp").await;
    click_centered(&s, "help-casus-starten").await;
    check_guide_at(&s, "casus-starten").await;
    close_guide(&s).await;

    // Focus went back to the start screen's "Handleiding", low on the page: aim past the top bar.
    click_centered(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Hulp bij elke stap").await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

    for step in ["signalen", "consultatie", "gesprek", "wegen", "beslissen"] {
        click(&s, &format!("step-{step}")).await;
        s.wait_for(&tid(&format!("step-panel-{step}")), ELEMENT_TIMEOUT).await;
        click(&s, &format!("help-stap-{step}")).await;
        check_guide_at(&s, &format!("stap-{step}")).await;
        if step == "wegen" {
            s.screenshot("hulp-stap-4").await;
        }
        close_guide(&s).await;
    }

    // In English the same button opens the English guide at the same step.
    click(&s, "lang-en").await;
    s.wait_for(&tid("step-panel-beslissen"), ELEMENT_TIMEOUT).await;
    click(&s, "help-stap-beslissen").await;
    check_guide_at(&s, "stap-beslissen").await;
    let heading = s.text_of("#guide-stap-beslissen-title", ELEMENT_TIMEOUT).await;
    assert!(heading.starts_with("Step 5"), "English guide: {heading}");
    s.screenshot("hulp-stap-5-english").await;
    close_guide(&s).await;
    s.finish().await;
}
