//! A wrong passphrase: a clear error, nothing changed but the counter, and slower tries.

use meldwijzer_store::{wait_after, Passphrase, StoreError, Vault, MAX_WAIT_SECS};

use crate::common::*;

fn header(path: &std::path::Path) -> (Vec<u8>, Vec<u8>, i64, i64) {
    raw(path)
        .query_row("SELECT wrapped_vault_key, kdf_salt, failed_attempts, next_attempt_at FROM vault_header", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap()
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing_but_the_counter() {
    let dir = TempDir::new("wrong");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    let c = marker_case(&uuid(1), "WRONG");
    v.save_case(&c).unwrap();
    v.lock().unwrap();
    let (key_before, salt_before, _, _) = header(&path);
    let cases_before: Vec<u8> = raw(&path).query_row("SELECT document FROM cases", [], |r| r.get(0)).unwrap();

    let err = Vault::unlock(&path, &Passphrase::from("correct horse battery stapler"), now()).unwrap_err();
    assert_eq!(err, StoreError::WrongPassphrase);
    assert_eq!(err.to_string(), "wrong passphrase", "the message is a plain code, no case text");
    let (key_after, salt_after, failed, next) = header(&path);
    assert_eq!((key_after, salt_after), (key_before, salt_before), "the wrapped vault key and salt are untouched");
    assert_eq!(failed, 1, "the failure is counted");
    assert_eq!(next, now().timestamp(), "no wait after the first failure");
    let cases_after: Vec<u8> = raw(&path).query_row("SELECT document FROM cases", [], |r| r.get(0)).unwrap();
    assert_eq!(cases_after, cases_before, "cases are untouched");

    let v = Vault::unlock(&path, &pass(), now()).unwrap();
    assert_eq!(v.load_case(&c.id).unwrap(), Some(c));
    v.lock().unwrap();
    assert_eq!(header(&path).2, 0, "a right passphrase resets the counter");
}

#[test]
fn after_five_failures_tries_wait_two_to_the_n_minus_five_seconds_capped_at_five_minutes() {
    let dir = TempDir::new("backoff");
    let path = dir.vault_path();
    new_vault(&dir).lock().unwrap();
    let wrong = Passphrase::from("definitely not it");
    let mut at = now();
    for n in 1..=16u32 {
        assert_eq!(Vault::unlock(&path, &wrong, at).unwrap_err(), StoreError::WrongPassphrase, "failure {n}");
        let wait = wait_after(n);
        let expected = if n < 5 { 0 } else { (1u64 << (n - 5)).min(300) };
        assert_eq!(wait, expected, "wait after {n} failures");
        if wait > 0 {
            assert_eq!(
                Vault::unlock(&path, &pass(), at).unwrap_err(),
                StoreError::TooManyAttempts { wait_secs: wait },
                "even the right passphrase waits after {n} failures"
            );
            let half = at + chrono::Duration::seconds(wait as i64 / 2);
            assert_eq!(
                Vault::unlock(&path, &wrong, half).unwrap_err(),
                StoreError::TooManyAttempts { wait_secs: wait - wait / 2 },
                "halfway, half the wait is left"
            );
        }
        at += chrono::Duration::seconds(wait as i64);
    }
    assert_eq!(wait_after(16), MAX_WAIT_SECS);
    assert_eq!(header(&path).2, 16, "refused-early tries are not counted as failures");
    Vault::unlock(&path, &pass(), at).unwrap().lock().unwrap();
    assert_eq!(header(&path).2, 0);
}

#[test]
fn a_clock_set_back_never_makes_the_wait_longer_than_five_minutes() {
    let dir = TempDir::new("clockback");
    let path = dir.vault_path();
    new_vault(&dir).lock().unwrap();
    let far = now().timestamp() + 10 * 365 * 24 * 3600;
    raw(&path).execute("UPDATE vault_header SET failed_attempts = 20, next_attempt_at = ?1", [far]).unwrap();
    assert_eq!(
        Vault::unlock(&path, &pass(), now()).unwrap_err(),
        StoreError::TooManyAttempts { wait_secs: MAX_WAIT_SECS }
    );
    let later = now() + chrono::Duration::seconds(MAX_WAIT_SECS as i64);
    Vault::unlock(&path, &pass(), later).unwrap();
}

#[test]
fn many_random_wrong_passphrases_all_read_as_wrong_passphrase() {
    let dir = TempDir::new("manywrong");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    v.save_case(&case(&uuid(1), "x", now())).unwrap();
    v.lock().unwrap();
    let tries = crate::env_count("MELDWIJZER_WRONG_TRIES", 100);
    let rng = ring::rand::SystemRandom::new();
    let mut at = now();
    let mut wrong = 0;
    for i in 0..tries {
        let mut b = [0u8; 24];
        ring::rand::SecureRandom::fill(&rng, &mut b).unwrap();
        // Random bytes as text: some tries are long, some contain NUL or non-ASCII.
        let text: String = match i % 4 {
            0 => b.iter().map(|x| char::from(b'a' + x % 26)).collect(),
            1 => String::from_utf8_lossy(&b).into_owned(),
            2 => format!("{PASS}{}", char::from(b'!' + b[0] % 90)),
            _ => std::iter::repeat_n('x', 1 + usize::from(b[0]) * 40).collect(),
        };
        match Vault::unlock(&path, &Passphrase::new(text), at) {
            Err(StoreError::WrongPassphrase) => wrong += 1,
            other => panic!("try {i}: expected WrongPassphrase, got {:?}", other.map(|_| "a vault")),
        }
        at += chrono::Duration::seconds(MAX_WAIT_SECS as i64);
    }
    assert_eq!(wrong, tries, "{tries} wrong passphrases, {tries} WrongPassphrase, no Corrupt");
    let v = Vault::unlock(&path, &pass(), at).unwrap();
    assert_eq!(v.count().unwrap(), 1);
}
