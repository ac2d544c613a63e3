//! One slow-down for every guess at a secret (issue 13, F3 and F4): the wait after a wrong try
//! runs from the END of the try (the key derivation must not eat it), a wrong current passphrase
//! at "change passphrase" counts like a wrong one at unlock (the same counter, kept in the
//! file), and other secrets (an imported file's passphrase) get their own counter per scope.
//! Times come from a clock argument; nothing sleeps.

use std::cell::Cell;

use chrono::{DateTime, Duration, Utc};
use meldwijzer_store::{wait_after, Passphrase, StoreError, Vault, FREE_ATTEMPTS};

use crate::common::*;

/// A clock for one try: `start` when first read (the check before the key derivation), `end`
/// on every later read (after it).
fn one_try(start: DateTime<Utc>, end: DateTime<Utc>) -> impl Fn() -> DateTime<Utc> {
    let read = Cell::new(false);
    move || if read.replace(true) { end } else { start }
}

fn wrong() -> Passphrase {
    Passphrase::from("not the passphrase at all")
}

#[test]
fn the_wait_runs_from_the_end_of_a_slow_try() {
    let dir = TempDir::new("attempts-end");
    new_vault(&dir).lock().unwrap();
    let path = dir.vault_path();
    // Every try takes 3 s (a slow key derivation); the next starts as soon as one ends.
    let mut at = now();
    for _ in 0..FREE_ATTEMPTS {
        let end = at + Duration::seconds(3);
        assert_eq!(Vault::unlock(&path, &wrong(), one_try(at, end)).unwrap_err(), StoreError::WrongPassphrase);
        at = end;
    }
    // The fifth failure asks for a wait of 1 s after it ENDED: a try right at its end waits.
    assert_eq!(wait_after(FREE_ATTEMPTS), 1);
    assert_eq!(
        Vault::unlock(&path, &pass(), one_try(at, at)).unwrap_err(),
        StoreError::TooManyAttempts { wait_secs: 1 },
        "timed from the start, the 3 s derivation would have eaten the wait"
    );
    let later = at + Duration::seconds(1);
    Vault::unlock(&path, &pass(), one_try(later, later))
        .expect("after the wait the right passphrase opens")
        .lock()
        .unwrap();
}

#[test]
fn a_wrong_current_passphrase_at_change_is_slowed_down_like_unlock_and_survives_a_restart() {
    let dir = TempDir::new("attempts-change");
    let mut v = new_vault(&dir);
    let new = Passphrase::from("a brand new passphrase");
    for i in 0..FREE_ATTEMPTS {
        assert_eq!(v.change_passphrase(&wrong(), &new, now()).unwrap_err(), StoreError::WrongPassphrase, "try {i}");
    }
    assert_eq!(
        v.change_passphrase(&pass(), &new, now()).unwrap_err(),
        StoreError::TooManyAttempts { wait_secs: 1 },
        "even the right one waits: someone at an unattended screen guesses no faster than at unlock"
    );
    // The same counter as unlock, kept in the file: a restart does not reset it.
    v.lock().unwrap();
    assert_eq!(
        Vault::unlock(&dir.vault_path(), &pass(), now()).unwrap_err(),
        StoreError::TooManyAttempts { wait_secs: 1 }
    );
    let later = now() + Duration::seconds(1);
    let mut v = Vault::unlock(&dir.vault_path(), &pass(), later).expect("after the wait");
    v.change_passphrase(&pass(), &new, later).expect("the right current passphrase changes it");
    v.lock().unwrap();
    Vault::unlock(&dir.vault_path(), &new, later).expect("the new passphrase opens").lock().unwrap();
}

#[test]
fn a_change_with_a_slow_wrong_try_waits_from_its_end() {
    let dir = TempDir::new("attempts-change-end");
    let mut v = new_vault(&dir);
    let new = Passphrase::from("a brand new passphrase");
    let mut at = now();
    for _ in 0..FREE_ATTEMPTS {
        let end = at + Duration::seconds(3);
        assert_eq!(v.change_passphrase(&wrong(), &new, one_try(at, end)).unwrap_err(), StoreError::WrongPassphrase);
        at = end;
    }
    assert_eq!(v.change_passphrase(&pass(), &new, at).unwrap_err(), StoreError::TooManyAttempts { wait_secs: 1 });
}

#[test]
fn each_scope_has_its_own_counter_kept_across_a_restart() {
    let dir = TempDir::new("attempts-scope");
    let v = new_vault(&dir);
    let (file_a, file_b) = (b"age file A".as_slice(), b"age file B".as_slice());
    for _ in 0..FREE_ATTEMPTS {
        v.attempt_allowed(file_a, now()).unwrap();
        v.attempt_failed(file_a, now()).unwrap();
    }
    assert_eq!(v.attempt_allowed(file_a, now()), Err(StoreError::TooManyAttempts { wait_secs: 1 }));
    v.attempt_allowed(file_b, now()).expect("another file is not slowed down");
    v.lock().unwrap();

    let v = Vault::unlock(&dir.vault_path(), &pass(), now()).unwrap();
    assert_eq!(
        v.attempt_allowed(file_a, now()),
        Err(StoreError::TooManyAttempts { wait_secs: 1 }),
        "kept in the vault"
    );
    let later = now() + Duration::seconds(1);
    v.attempt_allowed(file_a, later).unwrap();
    v.attempt_failed(file_a, later).unwrap();
    assert_eq!(v.attempt_allowed(file_a, later), Err(StoreError::TooManyAttempts { wait_secs: 2 }), "the wait doubles");
    v.attempt_succeeded(file_a).unwrap();
    v.attempt_allowed(file_a, later).expect("a right guess clears the counter");
    // The scope is never stored in clear.
    v.lock().unwrap();
    for (name, bytes) in files(&dir.0) {
        assert!(!contains(&bytes, file_a), "{name} holds the scope in clear");
    }
    // The unlock counter is untouched by other scopes.
    Vault::unlock(&dir.vault_path(), &pass(), now()).unwrap().lock().unwrap();
}
