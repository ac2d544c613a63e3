//! The cost of an import is bounded (issue 13, F2): a file that asks for more scrypt work than
//! `MAX_WORK_FACTOR` is refused with its own message before any key derivation, and wrong
//! passphrases for one file are slowed down like wrong vault passphrases, per file, kept in the
//! vault across a restart, timed on the injected clock (nothing sleeps).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use meldwijzer_app::export::{EXPORT_WORK_FACTOR, MAX_WORK_FACTOR};
use meldwijzer_app::{App, AppConfig, Env, FixedEnv, NewCaseInput};

use meldwijzer_tests::TempDir;

const PASSPHRASE: &str = "paarse olifant op de fiets";
const FILE_PASSPHRASE: &str = "overdracht aan collega Jansen";

fn vault(dir: &Path, env: &Arc<FixedEnv>) -> App {
    let config = AppConfig { vault_path: Some(dir.join("vault.db")), test_kdf: true, ..AppConfig::default() };
    let mut app = App::new(config, Box::new(env.clone())).expect("app");
    app.create_vault(PASSPHRASE.into(), false).expect("vault");
    app
}

fn clock() -> Arc<FixedEnv> {
    Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()))
}

/// An exported case file from another vault, re-encrypted by age at `log_n`.
fn case_file(dir: &Path, log_n: u8) -> PathBuf {
    let env = clock();
    let mut a = vault(&dir.join("source"), &env);
    let input = NewCaseInput {
        alias: "Grens".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    let id = a.create_case(input).unwrap().case.id;
    let case = a.open_case(id).unwrap().case;
    let plain =
        serde_json::to_vec(&serde_json::json!({ "format": "meldwijzer-case", "version": 1, "case": case })).unwrap();
    let mut r = age::scrypt::Recipient::new(age::secrecy::SecretString::from(FILE_PASSPHRASE.to_string()));
    r.set_work_factor(log_n);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(&plain).unwrap();
    w.finish().unwrap();
    let path = dir.join(format!("case-{log_n}.age"));
    std::fs::write(&path, out).unwrap();
    path
}

// scrypt with r = 8 needs 128 · r · N bytes: 2^17 → 128 MiB; 2^18 would be 256 MiB alone.
const _: () = assert!(MAX_WORK_FACTOR <= 17, "one try must stay under 256 MB with the process around it");

#[test]
fn a_shipped_export_is_written_at_the_cap_and_reads_back() {
    let dir = TempDir::new("import-cap");
    let env = clock();
    let mut a = vault(&dir.0.join("a"), &env);
    let input = NewCaseInput {
        alias: "Plafond".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    let id = a.create_case(input).unwrap().case.id;
    let case = a.open_case(id).unwrap().case;
    let path = dir.0.join("plafond.age");
    // `None`: what the shipped app writes (tests otherwise write at 2^10 for speed).
    meldwijzer_app::export::write(&case, &path, FILE_PASSPHRASE, None).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let header = String::from_utf8_lossy(&bytes[..200.min(bytes.len())]).into_owned();
    assert!(header.contains(&format!(" {EXPORT_WORK_FACTOR}\n")), "written at the cap: {header}");
    assert_eq!(EXPORT_WORK_FACTOR, MAX_WORK_FACTOR);
    let protocol = meldwijzer_app::content::protocol().unwrap();
    let back =
        meldwijzer_app::export::read(&bytes, FILE_PASSPHRASE, &protocol).expect("what this build writes, it reads");
    assert_eq!(back.id, case.id);
}

#[test]
fn a_file_asking_for_more_work_than_the_cap_is_refused_with_its_own_message() {
    let dir = TempDir::new("import-work");
    let env = clock();
    let path = case_file(&dir.0, MAX_WORK_FACTOR + 1);
    let mut b = vault(&dir.0.join("b"), &env);
    for passphrase in [FILE_PASSPHRASE, "een heel ander wachtwoord"] {
        let err = b.import_case(path.clone(), passphrase.into()).unwrap_err();
        assert_eq!(err.code, "error-import-work", "refused before any work, whatever the passphrase");
        assert!(err.message.contains("te veel rekenwerk"), "{}", err.message);
    }
    // A header claiming an absurd factor is refused the same way, from the header alone.
    let mut bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let at = text.find(&format!(" {}\n", MAX_WORK_FACTOR + 1)).unwrap();
    bytes.splice(at + 1..at + 3, b"64".iter().copied());
    std::fs::write(&path, &bytes).unwrap();
    assert_eq!(b.import_case(path, FILE_PASSPHRASE.into()).unwrap_err().code, "error-import-work");
    assert!(b.list_cases().is_empty(), "nothing imported");
}

#[test]
fn wrong_passphrases_for_one_file_are_slowed_down_per_file_and_across_a_restart() {
    let dir = TempDir::new("import-rate");
    let env = clock();
    let file = case_file(&dir.0, 10);
    let other = case_file(&dir.0.join("other"), 11);
    let mut b = vault(&dir.0.join("b"), &env);
    for i in 0..5 {
        let err = b.import_case(file.clone(), format!("fout wachtwoord nummer {i}")).unwrap_err();
        assert_eq!(err.code, "error-import-passphrase", "try {i}");
    }
    let slowed = b.import_case(file.clone(), FILE_PASSPHRASE.into()).unwrap_err();
    assert_eq!(slowed.code, "error-too-many-attempts", "the sixth try waits, even with the right passphrase");
    assert_eq!(slowed.args.get("seconds").map(String::as_str), Some("1"));
    assert_eq!(
        b.import_case(other.clone(), "fout voor het andere bestand".into()).unwrap_err().code,
        "error-import-passphrase",
        "another file has its own counter"
    );

    // A restart (lock, unlock) keeps the count: it lives in the vault.
    b.lock().unwrap();
    b.unlock(PASSPHRASE.into()).unwrap();
    assert_eq!(b.import_case(file.clone(), FILE_PASSPHRASE.into()).unwrap_err().code, "error-too-many-attempts");

    env.set_now(env.now() + Duration::seconds(1));
    let view = b.import_case(file, FILE_PASSPHRASE.into()).expect("after the wait the right passphrase imports");
    assert_eq!(view.case.alias, "Grens");
}

#[test]
fn a_wrong_current_passphrase_at_change_is_slowed_down_and_so_is_the_next_unlock() {
    // Issue 13, F3: eight wrong current passphrases at an unattended, unlocked screen.
    let dir = TempDir::new("change-rate");
    let env = clock();
    let mut app = vault(&dir.0, &env);
    for i in 0..5 {
        let err =
            app.change_passphrase(format!("geraden wachtwoord {i}"), "groene kikker in de regen".into()).unwrap_err();
        assert_eq!(err.code, "error-wrong-passphrase", "try {i}");
    }
    let slowed = app.change_passphrase(PASSPHRASE.into(), "groene kikker in de regen".into()).unwrap_err();
    assert_eq!(slowed.code, "error-too-many-attempts");
    // One counter with unlock, kept in the file: locking does not reset it.
    app.lock().unwrap();
    assert_eq!(app.unlock(PASSPHRASE.into()).unwrap_err().code, "error-too-many-attempts");
    env.set_now(env.now() + Duration::seconds(1));
    app.unlock(PASSPHRASE.into()).expect("after the wait");
    app.change_passphrase(PASSPHRASE.into(), "groene kikker in de regen".into()).expect("then the change works");
}
