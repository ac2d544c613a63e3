//! The defects a first real user hits (issue 14 §1), each through the real window: nothing
//! typed is dropped (a reason before its answer, an item not yet added), a field's text stays
//! in the field it was typed in, and arrowing through a radio group records only the value
//! the user settles on.

use std::time::Duration;

use crate::harness::{click, tid, type_into};
use crate::harness::{Session, ELEMENT_TIMEOUT, PASSPHRASE, VAULT_TIMEOUT};

async fn wait_status(s: &Session, want: &str, timeout: Duration) {
    s.wait_until(&format!("the save status says `{want}`"), timeout, async || {
        let now = s.client.execute("return document.getElementById('save-status').textContent;", vec![]).await?;
        Ok((now.as_str() == Some(want)).then_some(()))
    })
    .await
}

/// The open case as the backend has it (through the app's own command, never the page).
async fn stored_case(s: &Session) -> serde_json::Value {
    let script = "const done = arguments[0]; const inv = window.__TAURI__.core.invoke;
        inv('list_cases', { offset: 0, limit: 50 }).then((l) => inv('open_case', { caseId: l.cases[0].id }))
          .then((v) => done(v.case), (e) => done('ERR ' + e.code));";
    s.client.execute_async(script, vec![]).await.expect("open_case")
}

async fn value_of(s: &Session, id: &str) -> String {
    s.js(&format!("const el = document.getElementById('{id}'); return el ? el.value : null;"))
        .await
        .as_str()
        .unwrap_or("<no such field>")
        .to_string()
}

async fn new_case(s: &Session, alias: &str) {
    click(s, "new-case-button").await;
    type_into(s, "newcase-alias", alias).await;
    click(s, "field-onderwijs").await;
    click(s, "subject-kind").await;
    click(s, "suspect-huiselijke-kring").await;
    click(s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
}

async fn lock_and_unlock(s: &Session, back_on: &str) {
    click(s, "lock-button").await;
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;
    type_into(s, "unlock-passphrase", PASSPHRASE).await;
    click(s, "unlock-submit").await;
    s.wait_for(&tid(back_on), VAULT_TIMEOUT).await;
}

#[tokio::test]
async fn a_reason_typed_before_its_answer_and_an_item_not_yet_added_survive_a_lock() {
    let s = Session::start_unlocked("defects-reason").await;
    new_case(&s, "Reden Eerst").await;

    // Step 4: the reason first, no answer yet. It is kept with the case, and the bar says so.
    click(&s, "step-wegen").await;
    let reason = "Blauwe plekken op beide bovenarmen, in een greep.";
    type_into(&s, "reason-vermoeden", reason).await;
    wait_status(&s, "Opgeslagen", ELEMENT_TIMEOUT).await;
    assert_eq!(stored_case(&s).await["drafts"]["reason-vermoeden"], reason, "the vault keeps the reason as a draft");

    // Step 2: a consultation typed but not added yet is kept as a draft too.
    click(&s, "step-consultatie").await;
    let outcome = "Aandachtsfunctionaris adviseert Veilig Thuis te raadplegen.";
    type_into(&s, "consultation-outcome", outcome).await;
    wait_status(&s, "Concept bewaard, nog niet toegevoegd", ELEMENT_TIMEOUT).await;
    s.screenshot("d10-concept-bewaard").await;

    // Lock and unlock: both texts are back where they were typed.
    lock_and_unlock(&s, "step-panel-consultatie").await;
    assert_eq!(value_of(&s, "cons-new-outcome").await, outcome, "the consultation not yet added survives the lock");
    click(&s, "step-wegen").await;
    s.wait_for(&tid("step-panel-wegen"), ELEMENT_TIMEOUT).await;
    assert_eq!(value_of(&s, "reason-vermoeden").await, reason, "the reason typed before its answer survives the lock");
    s.screenshot("d11-reden-na-ontgrendelen").await;

    // The answer takes the reason; the case forgets the draft.
    click(&s, "answer-vermoeden-ja").await;
    wait_status(&s, "Opgeslagen", ELEMENT_TIMEOUT).await;
    s.wait_until("the answer holds the reason and the draft is gone", ELEMENT_TIMEOUT, async || {
        let case = stored_case(&s).await;
        let done = case["answers"]["vermoeden"]["reason"] == reason && case["drafts"].get("reason-vermoeden").is_none();
        Ok(done.then_some(()))
    })
    .await;
    s.finish().await;
}
