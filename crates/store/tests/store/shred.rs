//! Deleting a case destroys its key and its rows, and secure_delete + a WAL checkpoint leave no
//! old ciphertext of it in any file.

use crate::common::*;

#[test]
fn a_deleted_case_loses_its_key_and_rows_and_its_ciphertext_leaves_every_file() {
    let dir = TempDir::new("shred");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    let gone = uuid(1);
    let kept = marker_case(&uuid(2), "KEPT");
    v.save_case(&kept).unwrap();
    // Three versions of the doomed case; remember every sealed blob any of them left.
    let mut sealed = Vec::new();
    for i in 0..3 {
        let mut c = marker_case(&gone, &format!("GONE{i}"));
        c.updated_at = t(i);
        v.save_case(&c).unwrap();
        let r = raw(&path);
        sealed.push(("document", blob(&r, "SELECT document FROM cases WHERE case_id = ?1", &gone)));
        sealed.push(("summary", blob(&r, "SELECT summary FROM cases WHERE case_id = ?1", &gone)));
        if i == 0 {
            sealed.push(("wrapped key", blob(&r, "SELECT wrapped_key FROM case_keys WHERE case_id = ?1", &gone)));
        }
    }
    // Before: the blobs are in the files (db or WAL), so the scan below can see them.
    let all: Vec<u8> = files(&dir.0).into_iter().flat_map(|(_, b)| b).collect();
    for (what, b) in &sealed {
        assert!(contains(&all, &b[16..48]), "control: the {what} is on disk before the delete");
    }

    assert!(v.delete_case(&gone).unwrap());
    assert!(!v.delete_case(&gone).unwrap(), "a second delete finds nothing");
    assert_eq!(v.load_case(&gone).unwrap(), None);
    let r = raw(&path);
    let keys: i64 = r.query_row("SELECT COUNT(*) FROM case_keys WHERE case_id = ?1", [&gone], |x| x.get(0)).unwrap();
    let rows: i64 = r.query_row("SELECT COUNT(*) FROM cases WHERE case_id = ?1", [&gone], |x| x.get(0)).unwrap();
    assert_eq!((keys, rows), (0, 0), "the wrapped data key and the rows are gone");
    drop(r);
    for (name, bytes) in files(&dir.0) {
        for (what, b) in &sealed {
            assert!(!contains(&bytes, &b[16..48]), "no ciphertext of the deleted case's {what} in {name}");
        }
        assert_eq!(count(&bytes, b"GONE"), 0, "and no plaintext either");
    }
    assert_eq!(v.load_case(&kept.id).unwrap(), Some(kept), "the other case is untouched");
    v.integrity_check().unwrap();
}
