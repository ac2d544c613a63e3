//! The recovery key: shown once, opens the vault when the passphrase is forgotten.

use meldwijzer_store::{Passphrase, RecoveryKey, StoreError, Vault, VaultOptions};

use crate::common::*;

fn vault_with_recovery(dir: &TempDir) -> (Vault, RecoveryKey) {
    let (v, key) =
        Vault::create(&dir.vault_path(), &pass(), &VaultOptions::for_tests().with_recovery_key(true)).unwrap();
    (v, key.expect("a recovery key was asked for"))
}

#[test]
fn the_recovery_key_is_six_groups_of_five_and_parses_forgivingly() {
    let dir = TempDir::new("rkform");
    let (_v, key) = vault_with_recovery(&dir);
    let text = key.expose();
    let groups: Vec<_> = text.split('-').collect();
    assert_eq!(groups.len(), 6);
    assert!(groups.iter().all(|g| g.len() == 5 && g.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())));
    assert!(!text.contains(['I', 'L', 'O', 'U']), "no easily confused letters");
    let sloppy = text.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
    assert_eq!(RecoveryKey::parse(&sloppy).unwrap().expose(), text, "case, spaces, O/0 and L/1 do not matter");
    assert_eq!(RecoveryKey::parse(&text[..text.len() - 1]).unwrap_err(), StoreError::RecoveryKeyMalformed, "too short");
    assert_eq!(RecoveryKey::parse(&format!("{text}A")).unwrap_err(), StoreError::RecoveryKeyMalformed, "too long");
    assert_eq!(
        RecoveryKey::parse(&text.replacen(|c: char| c.is_ascii_alphanumeric(), "U", 1)).unwrap_err(),
        StoreError::RecoveryKeyMalformed
    );
    // Every single-character typo is caught by the check character.
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut typos = 0;
    for (i, c) in text.char_indices().filter(|(_, c)| *c != '-') {
        for r in alphabet.chars().filter(|r| *r != c) {
            let mut typo = text.to_owned();
            typo.replace_range(i..i + 1, &r.to_string());
            assert_eq!(RecoveryKey::parse(&typo).unwrap_err(), StoreError::RecoveryKeyMalformed);
            typos += 1;
        }
    }
    assert_eq!(typos, 30 * 31);
    assert!(!format!("{key:?}").contains(&text[..5]), "Debug hides the key");
}

#[test]
fn the_recovery_key_opens_the_vault_and_sets_a_new_passphrase() {
    let dir = TempDir::new("recover");
    let path = dir.vault_path();
    let (mut v, key) = vault_with_recovery(&dir);
    let c = marker_case(&uuid(7), "REC");
    v.save_case(&c).unwrap();
    // The recovery key still works after a passphrase change: it wraps the vault key itself.
    let second = Passphrase::from("second passphrase here");
    v.change_passphrase(&pass(), &second, now()).unwrap();
    v.lock().unwrap();

    let typed = RecoveryKey::parse(key.expose()).unwrap();
    let fresh = Passphrase::from("chosen after recovery");
    assert_eq!(
        Vault::unlock_with_recovery(&path, &typed, &Passphrase::from("short"), now()).unwrap_err(),
        StoreError::PassphraseTooShort { min_chars: 10 }
    );
    let v = Vault::unlock_with_recovery(&path, &typed, &fresh, now()).unwrap();
    assert_eq!(v.load_case(&c.id).unwrap(), Some(c.clone()));
    v.lock().unwrap();
    assert_eq!(
        Vault::unlock(&path, &second, now()).unwrap_err(),
        StoreError::WrongPassphrase,
        "the forgotten passphrase no longer works"
    );
    Vault::unlock(&path, &fresh, now()).unwrap().lock().unwrap();
}

#[test]
fn a_wrong_recovery_key_is_refused_and_counted_and_rotation_retires_the_old_key() {
    let dir = TempDir::new("rkwrong");
    let path = dir.vault_path();
    let (v, key) = vault_with_recovery(&dir);
    v.lock().unwrap();
    let other_dir = TempDir::new("rkother");
    let (_o, other) = vault_with_recovery(&other_dir);
    let fresh = Passphrase::from("chosen after recovery");
    assert_eq!(Vault::unlock_with_recovery(&path, &other, &fresh, now()).unwrap_err(), StoreError::WrongRecoveryKey);
    let failed: i64 = raw(&path).query_row("SELECT failed_attempts FROM vault_header", [], |r| r.get(0)).unwrap();
    assert_eq!(failed, 1, "wrong recovery keys count like wrong passphrases");

    let mut v = Vault::unlock(&path, &pass(), now()).unwrap();
    assert!(v.has_recovery_key().unwrap());
    let rotated = v.rotate_recovery_key().unwrap();
    assert_ne!(rotated.expose(), key.expose());
    v.lock().unwrap();
    assert_eq!(
        Vault::unlock_with_recovery(&path, &key, &fresh, now()).unwrap_err(),
        StoreError::WrongRecoveryKey,
        "the old key is retired"
    );
    let mut v = Vault::unlock_with_recovery(&path, &rotated, &fresh, now()).unwrap();
    v.remove_recovery_key().unwrap();
    assert!(!v.has_recovery_key().unwrap());
    v.lock().unwrap();
    assert_eq!(Vault::unlock_with_recovery(&path, &rotated, &fresh, now()).unwrap_err(), StoreError::NoRecoveryKey);
}

#[test]
fn a_vault_set_up_without_a_recovery_key_has_none() {
    let dir = TempDir::new("norecovery");
    let (v, key) = Vault::create(&dir.vault_path(), &pass(), &VaultOptions::for_tests()).unwrap();
    assert!(key.is_none());
    assert!(!v.has_recovery_key().unwrap());
    let null: Option<Vec<u8>> = raw(&dir.vault_path())
        .query_row("SELECT wrapped_vault_key_recovery FROM vault_header", [], |r| r.get(0))
        .unwrap();
    assert!(null.is_none(), "no second wrap of the vault key is stored");
}
