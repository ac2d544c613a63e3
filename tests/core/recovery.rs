//! Forgotten passphrase and passphrase change through the app API: the recovery key opens
//! the vault and sets a new passphrase; a mistyped, wrong or absent recovery key changes
//! nothing; changing the passphrase with 100 cases loses none, and only the new one opens.

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv, NewCaseInput};

use meldwijzer_tests::TempDir;

fn app_at(dir: &TempDir, env: &Arc<FixedEnv>) -> App {
    let config = AppConfig { vault_path: Some(dir.0.join("vault.db")), test_kdf: true, ..AppConfig::default() };
    App::new(config, Box::new(env.clone())).expect("app starts")
}

fn clock() -> Arc<FixedEnv> {
    Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()))
}

fn new_case(alias: &str) -> NewCaseInput {
    NewCaseInput {
        alias: alias.into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    }
}

const OLD: &str = "paarse olifant op de fiets";
const NEW: &str = "groene kikker in de regen";
const NEWER: &str = "blauwe reiger aan de sloot";

#[test]
fn the_recovery_key_opens_a_vault_whose_passphrase_is_forgotten_and_sets_a_new_one() {
    let dir = TempDir::new("recovery-walk");
    let env = clock();
    let mut app = app_at(&dir, &env);
    let key = app.create_vault(OLD.into(), true).unwrap().recovery_key.expect("asked for a recovery key");
    let id = app.create_case(new_case("Herstel Één")).unwrap().case.id;
    app.lock().unwrap();

    // A wrong but well-formed key: another vault's.
    let other_dir = TempDir::new("recovery-other");
    let mut other = app_at(&other_dir, &env);
    let wrong_key = other.create_vault(OLD.into(), true).unwrap().recovery_key.unwrap();
    other.lock().unwrap();

    // A typo in the key: the check character catches it before any try is counted.
    let mut typo: Vec<char> = key.chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let err = app.unlock_with_recovery(typo, NEW.into()).unwrap_err();
    assert_eq!(err.code, "error-recovery-key-malformed");
    assert_eq!(app.vault_status().state, "locked");
    assert_eq!(
        app.unlock_with_recovery("geen sleutel".into(), NEW.into()).unwrap_err().code,
        "error-recovery-key-malformed"
    );

    // A new passphrase that is too short: refused before the key is even tried.
    let err = app.unlock_with_recovery(key.clone(), "kort".into()).unwrap_err();
    assert_eq!(err.code, "error-passphrase-too-short");
    assert_eq!(err.args.get("min").map(String::as_str), Some("10"));

    // Someone else's key: wrong, nothing changed, the old passphrase still works.
    assert_eq!(app.unlock_with_recovery(wrong_key, NEW.into()).unwrap_err().code, "error-wrong-recovery-key");
    assert_eq!(app.vault_status().state, "locked");
    app.unlock(OLD.into()).expect("a wrong recovery key changed nothing");
    app.lock().unwrap();

    // The right key, typed in lower case with spaces instead of dashes, as people do.
    let sloppy = key.to_lowercase().replace('-', " ");
    let startup = app.unlock_with_recovery(sloppy, NEW.into()).expect("the recovery key opens the vault");
    assert_eq!(startup.vault.state, "unlocked");
    assert_eq!(startup.cases.len(), 1);
    assert_eq!(app.open_case(id.clone()).unwrap().case.alias, "Herstel Één");
    app.lock().unwrap();

    // The old passphrase is gone; the new one works; the recovery key keeps working.
    assert_eq!(app.unlock(OLD.into()).unwrap_err().code, "error-wrong-passphrase");
    app.unlock(NEW.into()).expect("the new passphrase opens the vault");
    app.change_passphrase(NEW.into(), NEWER.into()).expect("passphrase changed");
    app.lock().unwrap();
    app.unlock_with_recovery(key, OLD.into()).expect("the recovery key still works after a passphrase change");
    assert_eq!(app.open_case(id).unwrap().case.alias, "Herstel Één");
}

#[test]
fn a_vault_without_a_recovery_key_says_so() {
    let dir = TempDir::new("recovery-none");
    let env = clock();
    let mut app = app_at(&dir, &env);
    assert!(app.create_vault(OLD.into(), false).unwrap().recovery_key.is_none());
    let other_dir = TempDir::new("recovery-none-other");
    let mut other = app_at(&other_dir, &env);
    let key = other.create_vault(OLD.into(), true).unwrap().recovery_key.unwrap();
    app.lock().unwrap();
    assert_eq!(app.unlock_with_recovery(key, NEW.into()).unwrap_err().code, "error-no-recovery-key");
    app.unlock(OLD.into()).expect("nothing changed");
}

#[test]
fn changing_the_passphrase_with_100_cases_loses_none_and_only_the_new_one_opens() {
    let dir = TempDir::new("recovery-change");
    let env = clock();
    let mut app = app_at(&dir, &env);
    app.create_vault(OLD.into(), false).unwrap();
    let ids: Vec<String> =
        (0..100).map(|i| app.create_case(new_case(&format!("Casus {i:03} ëï"))).unwrap().case.id).collect();

    // A wrong current passphrase changes nothing, and so does a short new one.
    assert_eq!(
        app.change_passphrase("niet mijn wachtwoord".into(), NEW.into()).unwrap_err().code,
        "error-wrong-passphrase"
    );
    assert_eq!(app.change_passphrase(OLD.into(), "kort".into()).unwrap_err().code, "error-passphrase-too-short");
    app.lock().unwrap();
    app.unlock(OLD.into()).expect("refused changes left the old passphrase");

    app.change_passphrase(OLD.into(), NEW.into()).expect("passphrase changed");
    assert_eq!(app.vault_status().state, "unlocked", "changing the passphrase keeps the vault open");
    app.lock().unwrap();
    assert_eq!(app.change_passphrase(NEW.into(), NEWER.into()).unwrap_err().code, "error-vault-locked");
    assert_eq!(app.unlock(OLD.into()).unwrap_err().code, "error-wrong-passphrase");
    app.unlock(NEW.into()).expect("the new passphrase opens the vault");
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(
            app.open_case(id.clone()).unwrap().case.alias,
            format!("Casus {i:03} ëï"),
            "case {i} survived the change"
        );
    }
    assert_eq!(app.list_cases().len(), 100);
}

#[test]
fn without_a_vault_there_is_no_passphrase_to_change() {
    let mut app = App::new(AppConfig::default(), Box::new(FixedEnv::new(Utc::now()))).unwrap();
    assert_eq!(app.change_passphrase(OLD.into(), NEW.into()).unwrap_err().code, "error-vault-not-found");
    assert_eq!(app.unlock_with_recovery("x".into(), NEW.into()).unwrap_err().code, "error-vault-not-found");
}
