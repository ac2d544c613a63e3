//! The vault through the real window: set up, start a case, lock (no case text left on the
//! page), a wrong passphrase gets a calm error, the right one shows the case again.

use std::time::Duration;

use fantoccini::Locator;

use crate::harness::{click, tid, type_into};
use crate::harness::{Session, ELEMENT_TIMEOUT, PASSPHRASE, VAULT_TIMEOUT};

const ALIAS: &str = "Kluiscasus Zeeland (groep 4)";
const FACT: &str = "Schrammen op beide handen, volgens de leerling van de kat.";

async fn js(s: &Session, script: &str) -> serde_json::Value {
    s.js(script).await
}

async fn inner_text(s: &Session) -> String {
    js(s, "return document.body.innerText;").await.as_str().unwrap_or_default().to_string()
}

async fn wait_text(s: &Session, needle: &str, timeout: Duration) {
    s.wait_until(&format!("`{needle}` appears on the page"), timeout, async || {
        let text = s.client.execute("return document.body.innerText;", vec![]).await?;
        Ok(text.as_str().unwrap_or_default().contains(needle).then_some(()))
    })
    .await
}

#[tokio::test]
async fn locking_removes_every_case_text_and_only_the_right_passphrase_brings_it_back() {
    let s = Session::start_unlocked("vault").await;
    let banner_hidden = js(&s, "return document.getElementById('persist-banner').classList.contains('hidden');").await;
    assert_eq!(banner_hidden.as_bool(), Some(true), "with the vault the 'Niet bewaard' banner is gone");

    // A case with some text in it.
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", ALIAS).await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    type_into(&s, "observation-fact", FACT).await;
    click(&s, "observation-submit").await;
    wait_text(&s, FACT, ELEMENT_TIMEOUT).await;
    wait_text(&s, "Opgeslagen", ELEMENT_TIMEOUT).await;
    s.screenshot("30-kluis-opgeslagen").await;

    // Lock: only the unlock screen is left, without any case text.
    click(&s, "lock-button").await;
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;
    let text = inner_text(&s).await;
    for needle in [ALIAS, FACT, "Zeeland", "Schrammen"] {
        assert!(!text.contains(needle), "locked page still shows `{needle}`: {text}");
    }
    let html = js(&s, "return document.documentElement.outerHTML;").await;
    let html = html.as_str().unwrap_or_default();
    assert!(!html.contains("Zeeland") && !html.contains("Schrammen"), "no case text is left anywhere in the DOM");
    let lock_hidden = js(&s, "return document.getElementById('lock-button').classList.contains('hidden');").await;
    assert_eq!(lock_hidden.as_bool(), Some(true), "the lock button is gone while locked");
    s.screenshot("31-kluis-vergrendeld").await;

    // Acuut still gives the numbers; recording words needs the vault.
    click(&s, "acute-button").await;
    s.wait_for(&tid("acute-panel"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "112", ELEMENT_TIMEOUT).await;
    s.wait_for(&tid("disclosure-locked"), ELEMENT_TIMEOUT).await;
    s.screenshot("32-acuut-vergrendeld").await;
    s.client.active_element().await.unwrap().send_keys(&fantoccini::key::Key::Escape.to_string()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    // "Casussen" in the top bar leads back to the unlock screen, not to a list.
    click(&s, "nav-cases-button").await;
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;
    assert!(s.client.find(Locator::Css(&tid("case-list"))).await.is_err(), "no case list while locked");

    // A wrong passphrase: a clear error, still locked.
    type_into(&s, "unlock-passphrase", "dit is het niet hoor").await;
    click(&s, "unlock-submit").await;
    let message = s.text_of("#unlock-passphrase-error [role=alert]", VAULT_TIMEOUT).await;
    assert_eq!(message, "Dit wachtwoord klopt niet. Er is niets veranderd.");
    assert!(!inner_text(&s).await.contains("Zeeland"));
    s.screenshot("33-kluis-fout-wachtwoord").await;

    // The right one: back in the case where the lock found us, then the list has it too.
    type_into(&s, "unlock-passphrase", PASSPHRASE).await;
    click(&s, "unlock-submit").await;
    s.wait_for(&tid("stepper"), VAULT_TIMEOUT).await;
    wait_text(&s, FACT, ELEMENT_TIMEOUT).await;
    s.screenshot("34-kluis-weer-open").await;
    click(&s, "nav-cases-button").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    wait_text(&s, ALIAS, ELEMENT_TIMEOUT).await;
    let _ = s.client.find(Locator::Css(&tid("case-open"))).await.expect("the case can be opened again");
    s.finish().await;
}
