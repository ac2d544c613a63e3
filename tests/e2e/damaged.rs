//! A damaged case in the real window (issue 13, F1): two cases, the vault locked, one case's
//! sealed summary damaged in the file (one flipped byte, as an attacker with the sqlite3 shell
//! did), unlocked again. The list says "Deze casus is beschadigd" with its created date instead
//! of hiding it, the unlock says so once, and the case still opens (its document verifies).

use fantoccini::Locator;

use crate::harness::{click, page_text, tid, type_into, wait_text};
use crate::harness::{Session, ELEMENT_TIMEOUT, PASSPHRASE, VAULT_TIMEOUT};

async fn new_case(s: &Session, alias: &str) {
    click(s, "new-case-button").await;
    type_into(s, "newcase-alias", alias).await;
    click(s, "field-onderwijs").await;
    click(s, "subject-kind").await;
    click(s, "suspect-huiselijke-kring").await;
    click(s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    click(s, "nav-cases-button").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
}

#[tokio::test]
async fn a_damaged_case_is_listed_as_damaged_and_still_opens() {
    let s = Session::start_unlocked("damaged").await;
    new_case(&s, "Reiger").await;
    new_case(&s, "Meeuw").await;
    wait_text(&s, "Meeuw").await;
    click(&s, "lock-button").await;
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;

    // The vault is closed (its lock released): damage Reiger's summary in the file.
    let db = s.home.path.join("data").join("meldwijzer").join("vault.db");
    {
        let conn = rusqlite::Connection::open(&db).expect("open the vault file");
        let ids: Vec<String> = conn
            .prepare("SELECT case_id FROM cases ORDER BY created_at")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(ids.len(), 2);
        let mut summary: Vec<u8> =
            conn.query_row("SELECT summary FROM cases WHERE case_id = ?1", [&ids[0]], |r| r.get(0)).unwrap();
        summary[40] ^= 1;
        conn.execute("UPDATE cases SET summary = ?2 WHERE case_id = ?1", rusqlite::params![ids[0], summary]).unwrap();
    }

    type_into(&s, "unlock-passphrase", PASSPHRASE).await;
    click(&s, "unlock-submit").await;
    s.wait_for(&tid("case-list"), VAULT_TIMEOUT).await;
    let notice = s.text_of(&tid("damaged-notice"), ELEMENT_TIMEOUT).await;
    assert!(notice.contains("bleek één casus beschadigd"), "the unlock says so: {notice}");
    let line = s.text_of(&tid("case-damaged"), ELEMENT_TIMEOUT).await;
    assert!(line.contains("Deze casus is beschadigd"), "{line}");
    assert!(line.contains("Aangemaakt op "), "with its created date: {line}");
    let text = page_text(&s).await;
    assert!(text.contains("Meeuw"), "the healthy case is listed as before");
    assert!(!text.contains("Nog geen casussen"), "never 'no cases' while there are cases");
    s.screenshot("60-casus-beschadigd").await;

    // It can still be opened: the case document verifies on its own.
    s.on_element(&tid("case-damaged"), "open the case of", async |e| {
        e.find(Locator::Css(&tid("case-open"))).await?.click().await
    })
    .await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Reiger").await;

    // Said once: back on the list, the notice is gone (the line stays).
    click(&s, "nav-cases-button").await;
    s.wait_for(&tid("case-damaged"), ELEMENT_TIMEOUT).await;
    assert!(s.client.find(Locator::Css(&tid("damaged-notice"))).await.is_err(), "the notice is shown once");
    s.finish().await;
}
