//! The encrypted vault through the app API: set up, save, lock, a wrong and then the right
//! passphrase, and the cases are still there. Vaults here use the store's tiny test KDF
//! (`AppConfig::test_kdf`, only in test builds).

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, Env, FixedEnv, NewCaseInput};
use meldwijzer_protocol::Edit;

use meldwijzer_tests::TempDir;

fn app_at(dir: &TempDir, env: &Arc<FixedEnv>) -> App {
    let config = AppConfig {
        vault_path: Some(dir.0.join("meldwijzer").join("vault.db")),
        test_kdf: true,
        ..AppConfig::default()
    };
    App::new(config, Box::new(env.clone())).expect("app starts")
}

fn clock() -> Arc<FixedEnv> {
    Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()))
}

const PASSPHRASE: &str = "paarse olifant op de fiets";

#[test]
fn a_vault_is_set_up_locked_and_unlocked_and_the_cases_are_still_there() {
    let dir = TempDir::new("vault-walk");
    let env = clock();
    let mut app = app_at(&dir, &env);

    // First start: no vault, nothing about cases is possible yet.
    let status = app.vault_status();
    assert_eq!(status.state, "none");
    assert_eq!(status.min_chars, 10);
    assert!(!app.startup().persistent);
    assert_eq!(app.startup().vault.state, "none");
    let input = NewCaseInput {
        alias: "Kluis".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
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
    let dir = TempDir::new("vault-backoff");
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

fn new_case(app: &mut App) -> String {
    let input = NewCaseInput {
        alias: "Idle".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    app.create_case(input).expect("case").case.id
}

#[test]
fn the_vault_locks_after_the_idle_time_from_the_injected_clock_and_never_before() {
    let dir = TempDir::new("vault-idle");
    let env = clock();
    let mut app = app_at(&dir, &env);
    app.create_vault(PASSPHRASE.into(), false).expect("set up");
    let start = env.now();
    assert_eq!(app.settings().idle_lock_minutes, 5, "five minutes by default");
    let id = new_case(&mut app);

    // Ticks before the limit change nothing.
    env.set_now(start + Duration::seconds(4 * 60 + 59));
    assert_eq!(app.tick().state, "unlocked");
    // An action (a key, a click) starts the count again; so does an edit.
    app.touch();
    env.set_now(start + Duration::seconds(9 * 60 + 58));
    assert_eq!(app.tick().state, "unlocked");
    app.edit_case(id.clone(), Edit::Rename { alias: "Idle 2".into() }).expect("edit");
    let last = env.now();
    env.set_now(last + Duration::seconds(5 * 60 - 1));
    assert_eq!(app.tick().state, "unlocked", "one second short of the limit");
    env.set_now(last + Duration::minutes(5));
    assert_eq!(app.tick().state, "locked", "idle for the full five minutes locks");
    assert_eq!(
        app.open_case(id.clone()).unwrap_err().code,
        "error-vault-locked",
        "nothing readable after the idle lock"
    );
    assert!(app.list_cases().is_empty());
    // Ticking while locked stays locked, and unlocking starts a fresh count.
    env.set_now(last + Duration::hours(3));
    assert_eq!(app.tick().state, "locked");
    app.unlock(PASSPHRASE.into()).expect("unlock");
    assert_eq!(app.tick().state, "unlocked", "the idle time counts from the unlock");
    assert_eq!(app.open_case(id).expect("the case survived").case.alias, "Idle 2");
}

#[test]
fn the_idle_time_is_a_setting_from_1_to_60_minutes_saved_with_the_language() {
    let dir = TempDir::new("vault-idle-setting");
    let env = clock();
    let settings_path = dir.0.join("config").join("settings.toml");
    // `..AppConfig::default()` on purpose, as everywhere: a field added later needs no edit here.
    #[allow(clippy::needless_update)]
    let config = || AppConfig {
        vault_path: Some(dir.0.join("meldwijzer").join("vault.db")),
        settings_path: Some(settings_path.clone()),
        test_kdf: true,
        ..AppConfig::default()
    };
    let mut app = App::new(config(), Box::new(env.clone())).expect("app");
    app.create_vault(PASSPHRASE.into(), false).expect("set up");
    for bad in [0, 61, 1000] {
        let err =
            app.set_settings(meldwijzer_app::SettingsView { idle_lock_minutes: bad, retention_days: 30 }).unwrap_err();
        assert_eq!(err.code, "error-idle-minutes-range");
        assert_eq!(err.message, "Kies een tijd van 1 tot 60 minuten.");
    }
    assert_eq!(
        app.set_settings(meldwijzer_app::SettingsView { idle_lock_minutes: 30, retention_days: 0 }).unwrap_err().code,
        "error-retention-days-range"
    );
    assert_eq!(app.settings().idle_lock_minutes, 5, "a refused setting changes nothing");
    app.set_settings(meldwijzer_app::SettingsView { idle_lock_minutes: 1, retention_days: 12 })
        .expect("1 minute is allowed");
    app.set_language("en".into()).expect("language");
    let start = env.now();
    env.set_now(start + Duration::seconds(59));
    assert_eq!(app.tick().state, "unlocked");
    env.set_now(start + Duration::seconds(60));
    assert_eq!(app.tick().state, "locked");
    drop(app);

    // A new start reads both settings back.
    let text = std::fs::read_to_string(&settings_path).unwrap();
    assert!(text.contains("idle_lock_minutes = 1") && text.contains("language = \"en\""), "{text}");
    let app = App::new(config(), Box::new(env.clone())).expect("app");
    assert_eq!(app.settings(), meldwijzer_app::SettingsView { idle_lock_minutes: 1, retention_days: 12 });
    assert_eq!(app.startup().language, "en");

    // A hand-edited file with values out of range falls back to the defaults.
    std::fs::write(&settings_path, "language = \"nl\"\nidle_lock_minutes = 0\nretention_days = 100000\n").unwrap();
    let app = App::new(config(), Box::new(env.clone())).expect("app");
    assert_eq!(app.settings(), meldwijzer_app::SettingsView { idle_lock_minutes: 5, retention_days: 30 });
}

#[test]
fn without_a_vault_path_the_idle_tick_changes_nothing() {
    let env = clock();
    let mut app = App::new(AppConfig::default(), Box::new(env.clone())).expect("app");
    env.set_now(env.now() + Duration::hours(5));
    assert_eq!(app.tick().state, "unlocked", "cases in memory have no vault to lock");
}

fn close(app: &mut App, id: &str) {
    app.edit_case(
        id.to_string(),
        Edit::Close { step: "signalen".into(), reason: "Vermoeden weggenomen.".into(), in_dossier: true, kind: None },
    )
    .expect("close");
}

#[test]
fn a_closed_case_is_destroyed_after_the_retention_period_with_a_countdown_but_not_while_a_follow_up_is_open() {
    let dir = TempDir::new("vault-retention");
    let env = clock();
    let mut app = app_at(&dir, &env);
    app.create_vault(PASSPHRASE.into(), false).expect("set up");
    let start = env.now();
    let open = new_case(&mut app);
    let closed = new_case(&mut app);
    let held = new_case(&mut app);
    let due = (start + Duration::days(40)).date_naive();
    app.edit_case(
        held.clone(),
        Edit::SetFollowUp { question: "resultaat".into(), due: Some(due), note: String::new() },
    )
    .expect("follow-up");
    close(&mut app, &closed);
    close(&mut app, &held);
    let view = app.open_case(closed.clone()).unwrap();
    assert!(view.case.closed.as_ref().unwrap().in_dossier, "the dossier confirmation is recorded");

    let retention = |app: &App, id: &str| app.list_cases().into_iter().find(|c| c.id == id).and_then(|c| c.retention);
    assert_eq!(retention(&app, &open), None, "an open case has no countdown");
    assert_eq!(retention(&app, &closed).as_deref(), Some("Wordt over 30 dagen vernietigd"));
    assert_eq!(
        retention(&app, &held).as_deref(),
        Some(format!("Blijft bewaard tot na het vervolgmoment van {}", due.format("%d-%m-%Y")).as_str())
    );
    env.set_now(start + Duration::days(18));
    app.touch();
    assert_eq!(retention(&app, &closed).as_deref(), Some("Wordt over 12 dagen vernietigd"));
    env.set_now(start + Duration::days(29));
    app.touch();
    assert_eq!(retention(&app, &closed).as_deref(), Some("Wordt morgen vernietigd"));

    // One second short: still there. At 30 days: the tick destroys it, and only it.
    env.set_now(start + Duration::days(30) - Duration::seconds(1));
    app.touch();
    assert_eq!(app.tick().state, "unlocked");
    assert_eq!(app.list_cases().len(), 3);
    env.set_now(start + Duration::days(30));
    app.touch();
    assert_eq!(app.tick().state, "unlocked");
    let left: Vec<String> = app.list_cases().into_iter().map(|c| c.id).collect();
    assert_eq!(
        left,
        vec![open.clone(), held.clone()],
        "the expired case is destroyed; the open one and the held one stay"
    );
    assert_eq!(app.open_case(closed).unwrap_err().code, "error-case-not-found");

    // Destroying the held case on request is refused while its follow-up is open.
    let err = app.delete_case(held.clone()).unwrap_err();
    assert_eq!(err.code, "error-follow-up-open");
    assert_eq!(
        err.message,
        format!("Deze casus heeft nog een vervolgmoment op {}. Vernietigen kan pas daarna.", due.format("%d-%m-%Y"))
    );

    // The day after the follow-up, the purge at unlock takes it.
    app.lock().unwrap();
    env.set_now(start + Duration::days(41));
    let startup = app.unlock(PASSPHRASE.into()).expect("unlock");
    let left: Vec<String> = startup.cases.into_iter().map(|c| c.id).collect();
    assert_eq!(left, vec![open.clone()], "purged at unlock once the follow-up has passed");

    // A closed case without a follow-up can be destroyed at once on request.
    let other = new_case(&mut app);
    close(&mut app, &other);
    app.delete_case(other).expect("destroyed on request");
    assert_eq!(app.list_cases().len(), 1);
}

#[test]
fn the_retention_period_is_a_setting() {
    let dir = TempDir::new("vault-retention-setting");
    let env = clock();
    let mut app = app_at(&dir, &env);
    app.create_vault(PASSPHRASE.into(), false).expect("set up");
    let start = env.now();
    let id = new_case(&mut app);
    close(&mut app, &id);
    app.set_settings(meldwijzer_app::SettingsView { idle_lock_minutes: 5, retention_days: 2 }).unwrap();
    assert_eq!(app.list_cases()[0].retention.as_deref(), Some("Wordt over 2 dagen vernietigd"));
    env.set_now(start + Duration::days(2));
    app.touch();
    app.tick();
    assert!(app.list_cases().is_empty());
}

#[test]
fn oefenmodus_locks_an_open_vault_and_unlocking_ends_oefenmodus() {
    let dir = TempDir::new("vault-training");
    let env = clock();
    let mut app = app_at(&dir, &env);

    // From the first-start screen: no vault is made, and none appears.
    app.enter_training().unwrap();
    assert_eq!(app.vault_status().state, "none");
    assert!(app.training_active());
    app.leave_training();
    assert!(!dir.0.join("meldwijzer").exists(), "oefenmodus made no vault and no directory");

    // With an open vault and a real case: entering locks the vault first.
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    let input = NewCaseInput {
        alias: "Echte casus".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    app.create_case(input.clone()).unwrap();
    let view = app.enter_training().unwrap();
    assert!(view.active && view.cases.len() >= 6);
    assert_eq!(app.vault_status().state, "locked", "the vault is locked while training");
    assert!(app.list_cases().is_empty(), "no real case is listed");
    assert_eq!(app.create_case(input).unwrap_err().code, "error-vault-locked", "no real case can be made");
    assert_eq!(app.training_marking().as_deref(), Some("OEFENCASUS — fictief"));

    // Unlocking again ends oefenmodus; the real case is there.
    app.unlock(PASSPHRASE.into()).unwrap();
    assert!(!app.training_active(), "unlocking ends oefenmodus");
    assert_eq!(app.training_marking(), None);
    assert_eq!(app.list_cases().len(), 1);
}

#[test]
fn the_zoom_is_remembered_within_50_to_300_percent_but_not_in_oefenmodus() {
    let dir = TempDir::new("vault-zoom-setting");
    let settings_path = dir.0.join("config").join("settings.toml");
    #[allow(clippy::needless_update)]
    let config = || AppConfig {
        vault_path: Some(dir.0.join("meldwijzer").join("vault.db")),
        settings_path: Some(settings_path.clone()),
        test_kdf: true,
        ..AppConfig::default()
    };
    let mut app = App::new(config(), Box::new(clock())).expect("app");
    assert_eq!(app.startup().zoom_percent, 100, "100 % at first start");
    assert_eq!(app.set_zoom(200).unwrap(), 200, "no vault needed");
    assert_eq!(app.set_zoom(1000).unwrap(), 300, "at most 300 %");
    assert_eq!(app.set_zoom(10).unwrap(), 50, "at least 50 %");
    assert_eq!(app.set_zoom(150).unwrap(), 150);
    drop(app);
    let text = std::fs::read_to_string(&settings_path).unwrap();
    assert!(text.contains("zoom_percent = 150"), "{text}");
    let mut app = App::new(config(), Box::new(clock())).expect("app");
    assert_eq!(app.zoom_percent(), 150, "a new start reads the zoom back");
    assert_eq!(app.startup().zoom_percent, 150);

    // Oefenmodus leaves nothing on disk: the zoom holds, the file stays as it was.
    app.enter_training().unwrap();
    assert_eq!(app.set_zoom(250).unwrap(), 250);
    assert_eq!(app.zoom_percent(), 250);
    assert_eq!(std::fs::read_to_string(&settings_path).unwrap(), text, "oefenmodus writes no settings");

    // An edited file with a zoom out of range starts at 100 %.
    std::fs::write(&settings_path, text.replace("zoom_percent = 150", "zoom_percent = 5000")).unwrap();
    assert_eq!(App::new(config(), Box::new(clock())).expect("app").zoom_percent(), 100);
}
