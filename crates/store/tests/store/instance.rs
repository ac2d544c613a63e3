//! Only one process (or window) has a vault open at a time.

use std::io::BufRead;
use std::process::{Command, Stdio};

use meldwijzer_store::{StoreError, Vault, VaultOptions};

use crate::common::*;

const CHILD_ENV: &str = "MELDWIJZER_STORE_TRY_OPEN";

#[test]
fn a_second_open_is_refused_until_the_first_is_locked() {
    let dir = TempDir::new("instance");
    let path = dir.vault_path();
    let v = new_vault(&dir);
    assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::AlreadyOpen);
    assert_eq!(
        Vault::unlock(&path, &meldwijzer_store::Passphrase::from("wrong and long"), now()).unwrap_err(),
        StoreError::AlreadyOpen,
        "refused before the passphrase is tried, and not counted"
    );
    assert_eq!(Vault::create(&path, &pass(), &VaultOptions::for_tests()).unwrap_err(), StoreError::AlreadyOpen);
    v.lock().unwrap();
    let again = Vault::unlock(&path, &pass(), now()).unwrap();
    drop(again);
    Vault::unlock(&path, &pass(), now()).expect("dropping a vault releases the lock too");
}

fn try_open_in_child(path: &std::path::Path) -> String {
    let out = Command::new(child_exe())
        .args(["--exact", "instance::child_try_open", "--ignored", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .output()
        .unwrap();
    out.stdout
        .lines()
        .map(Result::unwrap)
        .find_map(|l| l.find("RESULT ").map(|i| l[i + 7..].to_owned()))
        .expect("child result")
}

#[test]
fn another_process_is_refused_while_the_vault_is_open() {
    let dir = TempDir::new("instance-proc");
    let path = dir.vault_path();
    let v = new_vault(&dir);
    assert_eq!(try_open_in_child(&path), "Err(AlreadyOpen)");
    v.lock().unwrap();
    assert_eq!(try_open_in_child(&path), "Ok", "once locked, another process may open it");
}

/// Run by `another_process_is_refused_while_the_vault_is_open` in a child process.
#[test]
#[ignore = "child process of another test"]
fn child_try_open() {
    let Some(path) = std::env::var_os(CHILD_ENV) else { return };
    match Vault::unlock(std::path::Path::new(&path), &pass(), now()) {
        Ok(_) => println!("RESULT Ok"),
        Err(e) => println!("RESULT Err({e:?})"),
    }
}
