//! The vault's ways back in and a case's way out, through the real window: set up with a
//! recovery key, export a case to an encrypted file, forget the passphrase and open the
//! vault with the recovery key (setting a new one), change the passphrase in the settings,
//! and import the file again after wrong files and a wrong passphrase.
//!
//! The native file dialog (GTK) cannot be driven through WebDriver: the shell, under
//! automation, takes the path from the file named by `MELDWIJZER_E2E_PICK` instead (see
//! `src-tauri/src/dialog.rs`); everything else is the page's own flow.

use crate::harness::{
    click, page_text, tid, type_into, wait_text, PickFile, Session, ELEMENT_TIMEOUT, PASSPHRASE, VAULT_TIMEOUT,
};

const ALIAS: &str = "Overdracht Ödön (groep 7)";
const FACT: &str = "Vertelt dat het thuis onrustig is sinds de verhuizing.";
const NEW_PASSPHRASE: &str = "groene kikker in de regen";
const NEWER_PASSPHRASE: &str = "blauwe reiger aan de sloot";
const FILE_PASSPHRASE: &str = "los wachtwoord voor het bestand";

async fn scroll_to(s: &Session, id: &str) {
    let script = format!(
        "document.querySelector('{}').scrollIntoView({{block: 'center'}}); return null;",
        tid(id).replace('\'', "\\'")
    );
    s.client.execute(&script, vec![]).await.unwrap();
}

async fn alert_in(s: &Session, slot: &str) -> String {
    s.text_of(&format!("#{slot} [role=alert]"), VAULT_TIMEOUT).await
}

#[tokio::test]
async fn recovery_key_passphrase_change_and_a_case_moved_through_an_encrypted_file() {
    let pick = PickFile::new();
    let pick_env = pick.0.to_string_lossy().to_string();
    let s = Session::start_with("transfer", &[("MELDWIJZER_E2E_PICK", pick_env.as_str())]).await;

    // Set up with a recovery key and read it off the screen, as the professional writes it down.
    type_into(&s, "setup-passphrase", PASSPHRASE).await;
    type_into(&s, "setup-passphrase-again", PASSPHRASE).await;
    click(&s, "setup-recovery").await;
    click(&s, "setup-submit").await;
    let key = s.text_of(&tid("recovery-key"), VAULT_TIMEOUT).await;
    assert_eq!(key.trim().len(), 35, "the recovery key is shown: {key}");
    click(&s, "recovery-done").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;

    // A case with some text.
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", ALIAS).await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    type_into(&s, "observation-fact", FACT).await;
    click(&s, "observation-submit").await;
    wait_text(&s, "Opgeslagen").await;
    click(&s, "nav-cases-button").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;

    // Export: two different passphrases are caught on the page; a cancelled dialog saves
    // nothing; then the file is written where "the dialog" said.
    let file = s.home.path.join("overdracht.age");
    wait_text(&s, ALIAS).await;
    scroll_to(&s, "case-export").await;
    s.screenshot("49-lijst-met-exporteren").await;
    click(&s, "case-export").await;
    s.wait_for(&tid("export-form"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "alleen dit wachtwoord beschermt het").await;
    type_into(&s, "export-passphrase", FILE_PASSPHRASE).await;
    type_into(&s, "export-passphrase-again", "iets anders getypt").await;
    scroll_to(&s, "export-submit").await;
    click(&s, "export-submit").await;
    assert_eq!(
        alert_in(&s, "export-passphrase-again-error").await,
        "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw."
    );
    s.screenshot("50-export-wachtwoord-verschilt").await;
    s.on_element(&tid("export-passphrase-again"), "clear", async |e| e.clear().await).await;
    type_into(&s, "export-passphrase-again", FILE_PASSPHRASE).await;
    pick.cancel();
    scroll_to(&s, "export-submit").await;
    click(&s, "export-submit").await;
    wait_text(&s, "Je hebt geen plek gekozen. Er is niets opgeslagen.").await;
    assert!(!file.exists());
    pick.choose(&file);
    scroll_to(&s, "export-submit").await;
    click(&s, "export-submit").await;
    s.wait_for(&tid("case-list"), VAULT_TIMEOUT).await;
    let deadline = std::time::Instant::now() + VAULT_TIMEOUT;
    while !file.exists() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let bytes = std::fs::read(&file).expect("the export file was written");
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"), "an age file");
    assert!(
        !String::from_utf8_lossy(&bytes).contains("Ödön") && !String::from_utf8_lossy(&bytes).contains("verhuizing"),
        "nothing readable in it"
    );

    // Passphrase forgotten: the recovery key, first mistyped, then right, with a new passphrase.
    click(&s, "lock-button").await;
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;
    click(&s, "unlock-forgot").await;
    s.wait_for(&tid("vault-recover"), ELEMENT_TIMEOUT).await;
    let mut typo: Vec<char> = key.trim().chars().collect();
    typo[1] = if typo[1] == 'A' { 'B' } else { 'A' };
    type_into(&s, "recover-key", &typo.into_iter().collect::<String>()).await;
    type_into(&s, "recover-new", NEW_PASSPHRASE).await;
    type_into(&s, "recover-again", NEW_PASSPHRASE).await;
    scroll_to(&s, "recover-submit").await;
    click(&s, "recover-submit").await;
    assert_eq!(
        alert_in(&s, "recover-key-error").await,
        "Deze herstelsleutel is niet goed overgetypt. Kijk elk teken na."
    );
    s.screenshot("51-herstelsleutel-typfout").await;
    s.on_element(&tid("recover-key"), "clear", async |e| e.clear().await).await;
    type_into(&s, "recover-key", &key.trim().to_lowercase()).await;
    scroll_to(&s, "recover-submit").await;
    click(&s, "recover-submit").await;
    s.wait_for(&tid("case-list"), VAULT_TIMEOUT).await;
    wait_text(&s, ALIAS).await;
    s.screenshot("52-herstelsleutel-kluis-open").await;

    // Change the passphrase in the settings (folded away): a wrong current one first.
    scroll_to(&s, "change-open").await;
    click(&s, "change-open").await;
    scroll_to(&s, "change-submit").await;
    type_into(&s, "change-current", "dit is het niet hoor").await;
    type_into(&s, "change-new", NEWER_PASSPHRASE).await;
    type_into(&s, "change-again", NEWER_PASSPHRASE).await;
    scroll_to(&s, "change-submit").await;
    click(&s, "change-submit").await;
    assert_eq!(alert_in(&s, "change-current-error").await, "Dit wachtwoord klopt niet. Er is niets veranderd.");
    type_into(&s, "change-current", NEW_PASSPHRASE).await;
    scroll_to(&s, "change-submit").await;
    click(&s, "change-submit").await;
    wait_text(&s, "Je wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.").await;
    s.screenshot("53-wachtwoord-gewijzigd").await;
    click(&s, "lock-button").await;
    type_into(&s, "unlock-passphrase", PASSPHRASE).await;
    click(&s, "unlock-submit").await;
    assert_eq!(alert_in(&s, "unlock-passphrase-error").await, "Dit wachtwoord klopt niet. Er is niets veranderd.");
    type_into(&s, "unlock-passphrase", NEWER_PASSPHRASE).await;
    click(&s, "unlock-submit").await;
    s.wait_for(&tid("case-list"), VAULT_TIMEOUT).await;

    // Import: the case is still in the vault, so it is refused; then a file that is no case
    // file, a wrong passphrase; after deleting the case, the file brings it back whole.
    let junk = s.home.path.join("boodschappen.age");
    std::fs::write(&junk, "melk, brood, kaas\n").unwrap();
    scroll_to(&s, "import-button").await;
    click(&s, "import-button").await;
    s.wait_for(&tid("import-form"), ELEMENT_TIMEOUT).await;
    scroll_to(&s, "import-submit").await;
    click(&s, "import-submit").await;
    assert_eq!(alert_in(&s, "import-choose-error").await, "Kies eerst een bestand.");
    pick.choose(&junk);
    scroll_to(&s, "import-choose").await;
    click(&s, "import-choose").await;
    wait_text(&s, "boodschappen.age").await;
    type_into(&s, "import-passphrase", FILE_PASSPHRASE).await;
    scroll_to(&s, "import-submit").await;
    click(&s, "import-submit").await;
    assert!(alert_in(&s, "import-form-error").await.starts_with("Dit bestand kan Meldwijzer niet lezen"));
    pick.choose(&file);
    scroll_to(&s, "import-choose").await;
    click(&s, "import-choose").await;
    wait_text(&s, "overdracht.age").await;
    type_into(&s, "import-passphrase", "verkeerd wachtwoord voor dit").await;
    scroll_to(&s, "import-submit").await;
    click(&s, "import-submit").await;
    assert_eq!(
        alert_in(&s, "import-passphrase-error").await,
        "Dit wachtwoord past niet bij dit bestand. Er is niets ingelezen."
    );
    s.screenshot("54-inlezen-fout-wachtwoord").await;
    type_into(&s, "import-passphrase", FILE_PASSPHRASE).await;
    scroll_to(&s, "import-submit").await;
    click(&s, "import-submit").await;
    assert_eq!(alert_in(&s, "import-form-error").await, "Deze casus staat al in je kluis. Er is niets ingelezen.");
    s.client.active_element().await.unwrap().send_keys(&fantoccini::key::Key::Escape.to_string()).await.unwrap();

    s.on_element("[data-testid=case-items] li button[id^=delete-]", "click", async |e| e.click().await).await;
    click(&s, "delete-confirm").await;
    wait_text(&s, "Nog geen casussen").await;
    click(&s, "import-button").await;
    pick.choose(&file);
    scroll_to(&s, "import-choose").await;
    click(&s, "import-choose").await;
    wait_text(&s, "overdracht.age").await;
    type_into(&s, "import-passphrase", FILE_PASSPHRASE).await;
    scroll_to(&s, "import-submit").await;
    click(&s, "import-submit").await;
    s.wait_for(&tid("stepper"), VAULT_TIMEOUT).await;
    wait_text(&s, FACT).await;
    assert!(page_text(&s).await.contains(ALIAS));
    s.screenshot("55-casus-ingelezen").await;
    s.finish().await;
}
