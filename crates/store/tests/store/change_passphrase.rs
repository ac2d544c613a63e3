//! Changing the passphrase re-wraps the vault key only.

use meldwijzer_store::{Passphrase, StoreError, Vault};

use crate::common::*;

#[test]
fn after_a_change_all_hundred_cases_open_with_the_new_passphrase_and_the_old_one_is_refused() {
    let dir = TempDir::new("change");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    let cases: Vec<_> = (0..100u64).map(|i| marker_case(&uuid(i), &format!("C{i}"))).collect();
    v.save_cases(&cases).unwrap();
    let data_before: Vec<(Vec<u8>, Vec<u8>)> = raw(&path)
        .prepare("SELECT document, summary FROM cases ORDER BY case_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let old_wrap: Vec<u8> =
        raw(&path).query_row("SELECT wrapped_vault_key FROM vault_header", [], |r| r.get(0)).unwrap();

    let new = Passphrase::from("a whole new passphrase");
    assert_eq!(
        v.change_passphrase(&Passphrase::from("not the old one"), &new, now()).unwrap_err(),
        StoreError::WrongPassphrase,
        "the old passphrase must be given"
    );
    assert_eq!(
        v.change_passphrase(&pass(), &Passphrase::from("short"), now()).unwrap_err(),
        StoreError::PassphraseTooShort { min_chars: 10 }
    );
    v.change_passphrase(&pass(), &new, now()).unwrap();
    for c in &cases {
        assert_eq!(v.load_case(&c.id).unwrap().as_ref(), Some(c), "readable in the same session");
    }
    v.lock().unwrap();

    let data_after: Vec<(Vec<u8>, Vec<u8>)> = raw(&path)
        .prepare("SELECT document, summary FROM cases ORDER BY case_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(data_after, data_before, "no case was re-encrypted: the change is O(1) in the data");
    for (name, bytes) in files(&dir.0) {
        assert!(!contains(&bytes, &old_wrap[16..]), "the old wrapped vault key is gone from {name}");
    }
    assert_eq!(
        Vault::unlock(&path, &pass(), now()).unwrap_err(),
        StoreError::WrongPassphrase,
        "the old passphrase is refused"
    );
    let v = Vault::unlock(&path, &new, now()).unwrap();
    for c in &cases {
        assert_eq!(v.load_case(&c.id).unwrap().as_ref(), Some(c), "readable after unlocking with the new passphrase");
    }
}
