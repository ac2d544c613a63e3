//! The encrypted vault through the app API: set up, save, lock, a wrong and then the right
//! passphrase, and the cases are still there. Vaults here use the store's tiny test KDF
//! (`AppConfig::test_kdf`, only in test builds).

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, Env, FixedEnv, NewCaseInput};
use meldwijzer_protocol::Edit;

/// A clock the test can move while the app holds it.
struct SharedEnv(Arc<FixedEnv>);

impl Env for SharedEnv {
    fn now(&self) -> DateTime<Utc> {
        self.0.now()
    }
    fn new_id(&self) -> String {
        self.0.new_id()
    }
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let dir = std::env::temp_dir().join(format!("meldwijzer-vault-{label}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

fn app_at(dir: &TempDir, env: &Arc<FixedEnv>) -> App {
    let config = AppConfig { vault_path: Some(dir.0.join("meldwijzer").join("vault.db")), test_kdf: true, ..AppConfig::default() };
    App::new(config, Box::new(SharedEnv(env.clone()))).expect("app starts")
}

fn clock() -> Arc<FixedEnv> {
    Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()))
}

const PASSPHRASE: &str = "paarse olifant op de fiets";

#[test]
fn a_vault_is_set_up_locked_and_unlocked_and_the_cases_are_still_there() {
    let dir = TempDir::new("walk");
    let env = clock();
    let mut app = app_at(&dir, &env);

    // First start: no vault, nothing about cases is possible yet.
    let status = app.vault_status();
    assert_eq!(status.state, "none");
    assert_eq!(status.min_chars, 10);
    assert!(!app.startup().persistent);
    assert_eq!(app.startup().vault.state, "none");
    let input = NewCaseInput { alias: "Kluis".into(), field: "onderwijs".into(), subject: "kind".into(), suspect: "huiselijke-kring".into(), kindcheck_only: false };
    assert_eq!(app.create_case(input.clone()).unwrap_err().code, "error-vault-locked");
    assert_eq!(app.unlock(PASSPHRASE.into()).unwrap_err().code, "error-vault-not-found");

    // A short passphrase is refused with the minimum.
    let short = app.create_vault("kort".into(), false).unwrap_err();
    assert_eq!(short.code, "error-passphrase-too-short");
    assert_eq!(short.args.get("min").map(String::as_str), Some("10"));
    assert!(short.message.contains("10"), "the message names the minimum: {}", short.message);

    // Set up: the vault is open and cases are kept.
    let created = app.create_vault(PASSPHRASE.into(), true).expect("vault set up");
    let key = created.recovery_key.expect("a recovery key was asked for");
    assert_eq!(key.len(), 35, "six groups of five with dashes: {} chars", key.len());
    assert_eq!(created.startup.vault.state, "unlocked");
    assert!(created.startup.persistent, "with the vault the UI no longer says 'Niet bewaard'");
    assert_eq!(app.create_vault(PASSPHRASE.into(), false).unwrap_err().code, "error-vault-exists");

    let id = app.create_case(input).unwrap().case.id;
    let view = app.edit_case(id.clone(), Edit::Rename { alias: "Kluis hernoemd".into() }).unwrap();
    let before = view.case.clone();

    // Lock: nothing about cases is readable through the API.
    let status = app.lock().unwrap();
    assert_eq!(status.state, "locked");
    assert!(app.list_cases().is_empty());
    assert!(app.startup().cases.is_empty());
    assert!(!app.startup().persistent);
    assert_eq!(app.open_case(id.clone()).unwrap_err().code, "error-vault-locked");
    assert_eq!(app.edit_case(id.clone(), Edit::Rename { alias: "x".into() }).unwrap_err().code, "error-vault-locked");
    assert_eq!(app.delete_case(id.clone()).unwrap_err().code, "error-vault-locked");

    // A wrong passphrase: a calm message in Dutch, nothing changed.
    let wrong = app.unlock("niet mijn wachtwoord".into()).unwrap_err();
    assert_eq!(wrong.code, "error-wrong-passphrase");
    assert_eq!(wrong.message, "Dit wachtwoord klopt niet. Er is niets veranderd.");
    assert_eq!(app.vault_status().state, "locked");

    // The right one: the case is there as it was left.
    let startup = app.unlock(PASSPHRASE.into()).expect("unlocks");
    assert_eq!(startup.vault.state, "unlocked");
    assert!(startup.persistent);
    assert_eq!(startup.cases.len(), 1);
    assert_eq!(startup.cases[0].alias, "Kluis hernoemd");
    assert_eq!(app.open_case(id.clone()).unwrap().case, before);

    // A restart finds the vault locked, and a second app cannot open it while the first has it.
    let mut second = app_at(&dir, &env);
    assert_eq!(second.vault_status().state, "locked");
    assert_eq!(second.unlock(PASSPHRASE.into()).unwrap_err().code, "error-vault-already-open");
    app.lock().unwrap();
    drop(app);
    let startup = second.unlock(PASSPHRASE.into()).expect("the lock is released by lock()");
    assert_eq!(startup.cases.len(), 1);
    assert!(second.delete_case(id).unwrap().is_empty(), "delete works on the vault");
}

#[test]
fn guessing_is_slowed_down_with_the_wait_in_seconds() {
    let dir = TempDir::new("backoff");
    let env = clock();
    let mut app = app_at(&dir, &env);
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    app.lock().unwrap();
    for _ in 0..5 {
        assert_eq!(app.unlock("nog een gok erbij".into()).unwrap_err().code, "error-wrong-passphrase");
    }
    // The clock stands still, so the sixth try comes too soon, even with the right passphrase.
    let wait = app.unlock(PASSPHRASE.into()).unwrap_err();
    assert_eq!(wait.code, "error-too-many-attempts");
    let seconds = wait.args.get("seconds").expect("the wait is given");
    assert!(wait.message.contains(seconds.as_str()), "{}", wait.message);
    env.set_now(env.now() + Duration::seconds(301));
    assert!(app.unlock(PASSPHRASE.into()).is_ok(), "after the wait the right passphrase opens the vault");
}

#[test]
fn every_store_error_has_its_own_calm_code() {
    use meldwijzer_app::error::{Code, CODES};
    use meldwijzer_app::store::StoreError;
    let cases = [
        (StoreError::WrongPassphrase, "error-wrong-passphrase"),
        (StoreError::TooManyAttempts { wait_secs: 4 }, "error-too-many-attempts"),
        (StoreError::PassphraseTooShort { min_chars: 10 }, "error-passphrase-too-short"),
        (StoreError::VaultNewer { found: 9, supported: 1 }, "error-vault-newer"),
        (StoreError::AlreadyOpen, "error-vault-already-open"),
        (StoreError::Corrupt { what: "header" }, "error-vault-corrupt"),
        (StoreError::HostileKdfParams, "error-vault-corrupt"),
        (StoreError::DiskFull, "error-disk-full"),
        (StoreError::ReadOnly, "error-read-only"),
        (StoreError::NotFound, "error-vault-not-found"),
        (StoreError::AlreadyExists, "error-vault-exists"),
        (StoreError::WrongRecoveryKey, "error-wrong-recovery-key"),
        (StoreError::RecoveryKeyMalformed, "error-recovery-key-malformed"),
        (StoreError::NoRecoveryKey, "error-no-recovery-key"),
        (StoreError::Io { kind: std::io::ErrorKind::Other }, "error-storage"),
        (StoreError::Database { code: 1 }, "error-storage"),
        (StoreError::InvalidCase { what: "size" }, "error-storage"),
        (StoreError::Random, "error-storage"),
    ];
    for (e, code) in cases {
        let got = Code::from(e.clone());
        assert_eq!(got.code, code, "{e:?}");
        assert!(CODES.contains(&got.code), "{code} is listed in error::CODES");
    }
}
