//! Sealed settings (format 3): kept across lock and unlock, never in clear on disk, bound to
//! their name and vault, padded.

use meldwijzer_store::{StoreError, Vault};

use crate::common::*;

#[test]
fn a_setting_survives_lock_and_unlock_and_is_never_in_clear() {
    let dir = TempDir::new("settings");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    let marker = b"PAKKET-MARKER-Vlinderboom-0412";
    v.put_setting("packs", Some(marker)).unwrap();
    v.lock().unwrap();
    for (name, bytes) in files(&dir.0) {
        for (what, pattern) in marker_patterns("PAKKET-MARKER-Vlinderboom-0412") {
            assert!(!contains(&bytes, &pattern), "{what} of the setting in clear in {name}");
        }
        assert!(!contains(&bytes, b"packs"), "the setting's name in clear in {name}");
    }
    let v = Vault::unlock(&path, &pass(), now()).unwrap();
    assert_eq!(v.setting("packs").unwrap().as_deref().map(|b| b.as_slice()), Some(&marker[..]));
    assert_eq!(v.setting("other").unwrap(), None);
}

#[test]
fn a_value_moved_to_another_name_does_not_open_and_values_are_padded() {
    let dir = TempDir::new("settings-swap");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    v.put_setting("a", Some(b"short")).unwrap();
    v.put_setting("b", Some(&[7u8; 5000])).unwrap();
    v.lock().unwrap();
    let conn = raw(&path);
    let mut lens: Vec<usize> = conn
        .prepare("SELECT value FROM sealed_settings")
        .unwrap()
        .query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .map(|b| b.unwrap().len())
        .collect();
    lens.sort();
    assert_eq!(lens[1] - lens[0], 4096, "4 KiB buckets: 13 bytes and 5008 bytes differ by one bucket");
    // Copy b's sealed value over a's row: the AAD names the setting, so it must not open.
    conn.execute(
        "UPDATE sealed_settings SET value = (SELECT value FROM sealed_settings ORDER BY length(value) DESC LIMIT 1)",
        [],
    )
    .unwrap();
    drop(conn);
    let mut v = Vault::unlock(&path, &pass(), now()).unwrap();
    let results = [v.setting("a"), v.setting("b")];
    assert!(results.iter().any(|r| *r == Err(StoreError::Corrupt { what: "setting" })), "one of them was moved");
    v.put_setting("a", None).unwrap();
    assert_eq!(v.setting("a").unwrap(), None, "removed");
}
