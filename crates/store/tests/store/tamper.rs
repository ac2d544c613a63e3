//! Altered, truncated or moved blobs are refused with a clear error, and the rest of the vault
//! keeps working.

use meldwijzer_store::{StoreError, Vault};

use crate::common::*;

struct Setup {
    _dir: TempDir,
    path: std::path::PathBuf,
    vault: Vault,
    a: meldwijzer_protocol::Case,
    b: meldwijzer_protocol::Case,
}

fn setup(tag: &str) -> Setup {
    let dir = TempDir::new(tag);
    let path = dir.vault_path();
    let mut vault = new_vault(&dir);
    let a = case(&uuid(0xa), "Merel", t(1));
    let b = case(&uuid(0xb), "Specht", t(2));
    vault.save_case(&a).unwrap();
    vault.save_case(&b).unwrap();
    Setup { _dir: dir, path, vault, a, b }
}

/// Every single-bit flip and every truncation of one column of case A: each is refused with
/// `Corrupt { what }` by `read`, case B still loads, and the original bytes work again.
fn every_flip_and_cut(
    s: &Setup,
    table: &str,
    column: &str,
    what: &'static str,
    read: impl Fn(&Vault) -> Result<(), StoreError>,
) -> usize {
    let r = raw(&s.path);
    let get = format!("SELECT {column} FROM {table} WHERE case_id = ?1");
    let set = format!("UPDATE {table} SET {column} = ?2 WHERE case_id = ?1");
    let original = blob(&r, &get, &s.a.id);
    let mut variants: Vec<Vec<u8>> = Vec::new();
    for bit in 0..original.len() * 8 {
        let mut v = original.clone();
        v[bit / 8] ^= 1 << (bit % 8);
        variants.push(v);
    }
    for len in 0..original.len() {
        variants.push(original[..len].to_vec());
    }
    let mut stmt = r.prepare(&set).unwrap();
    for (i, v) in variants.iter().enumerate() {
        stmt.execute(rusqlite::params![s.a.id, v]).unwrap();
        assert_eq!(read(&s.vault), Err(StoreError::Corrupt { what }), "{table}.{column} variant {i} refused as {what}");
        if i % 97 == 0 {
            assert_eq!(s.vault.load_case(&s.b.id).unwrap().as_ref(), Some(&s.b), "case B stays readable");
        }
    }
    stmt.execute(rusqlite::params![s.a.id, original]).unwrap();
    assert_eq!(s.vault.load_case(&s.a.id).unwrap().as_ref(), Some(&s.a), "the original bytes still open");
    variants.len()
}

/// Lists the vault: case B's line must read fine whatever happened to A; returns A's summary.
fn list_a(v: &Vault) -> Result<(), StoreError> {
    let page = v.list_page(0, 10)?;
    assert_eq!(page.len(), 2, "a damaged case still has its line in the list");
    let b = page.iter().find(|e| e.id == uuid(0xb)).expect("B listed");
    assert_eq!(b.summary.as_ref().map(|s| s.alias.as_str()), Ok("Specht"), "B's line is unaffected");
    page.into_iter().find(|e| e.id == uuid(0xa)).expect("A listed").summary.map(|_| ())
}

fn load_a(v: &Vault) -> Result<(), StoreError> {
    v.load_case(&uuid(0xa)).map(|_| ())
}

#[test]
fn every_bit_flip_and_truncation_of_a_case_document_is_refused() {
    let s = setup("tamper-doc");
    let n = every_flip_and_cut(&s, "cases", "document", "case-document", load_a);
    println!("case-document: {n} altered variants refused");
    assert!(n > 1024 * 8, "the document envelope is at least 1 KiB (padded)");
}

#[test]
fn every_bit_flip_and_truncation_of_a_case_summary_is_refused() {
    let s = setup("tamper-sum");
    let n = every_flip_and_cut(&s, "cases", "summary", "case-summary", list_a);
    println!("case-summary: {n} altered variants refused");
}

#[test]
fn every_bit_flip_and_truncation_of_a_wrapped_case_key_is_refused() {
    let s = setup("tamper-key");
    every_flip_and_cut(&s, "case_keys", "wrapped_key", "case-key", load_a);
    every_flip_and_cut(&s, "case_keys", "wrapped_key", "case-key", list_a);
}

#[test]
fn blobs_swapped_between_cases_or_fields_are_refused() {
    let s = setup("swap");
    let r = raw(&s.path);
    let doc = |id: &str| blob(&r, "SELECT document FROM cases WHERE case_id = ?1", id);
    let sum = |id: &str| blob(&r, "SELECT summary FROM cases WHERE case_id = ?1", id);
    let key = |id: &str| blob(&r, "SELECT wrapped_key FROM case_keys WHERE case_id = ?1", id);
    let (a, b) = (s.a.id.clone(), s.b.id.clone());
    let (doc_a, doc_b, sum_a, key_a, key_b) = (doc(&a), doc(&b), sum(&a), key(&a), key(&b));
    let set_doc = |id: &str, v: &[u8]| {
        r.execute("UPDATE cases SET document = ?2 WHERE case_id = ?1", rusqlite::params![id, v]).unwrap()
    };
    let set_sum = |id: &str, v: &[u8]| {
        r.execute("UPDATE cases SET summary = ?2 WHERE case_id = ?1", rusqlite::params![id, v]).unwrap()
    };
    let set_key = |id: &str, v: &[u8]| {
        r.execute("UPDATE case_keys SET wrapped_key = ?2 WHERE case_id = ?1", rusqlite::params![id, v]).unwrap()
    };

    // B's document (with B's key row too, so the key opens) under A's id.
    set_doc(&a, &doc_b);
    assert_eq!(load_a(&s.vault), Err(StoreError::Corrupt { what: "case-document" }), "another case's document");
    set_key(&a, &key_b);
    assert_eq!(load_a(&s.vault), Err(StoreError::Corrupt { what: "case-key" }), "another case's key");
    set_key(&a, &key_a);
    // A's summary in A's document field.
    set_doc(&a, &sum_a);
    assert_eq!(load_a(&s.vault), Err(StoreError::Corrupt { what: "case-document" }), "a summary is not a document");
    set_doc(&a, &doc_a);
    set_sum(&a, &doc_a);
    assert_eq!(list_a(&s.vault), Err(StoreError::Corrupt { what: "case-summary" }), "a document is not a summary");
    set_sum(&a, &sum_a);
    // The clear times are bound to the summary: moving a case in the list is noticed.
    r.execute("UPDATE cases SET updated_at = updated_at + 1 WHERE case_id = ?1", [&a]).unwrap();
    assert_eq!(list_a(&s.vault), Err(StoreError::Corrupt { what: "case-summary" }), "altered clear times");
    r.execute("UPDATE cases SET updated_at = updated_at - 1 WHERE case_id = ?1", [&a]).unwrap();
    assert_eq!(list_a(&s.vault), Ok(()), "restored, the list reads again");
    assert_eq!(s.vault.load_case(&a).unwrap(), Some(s.a.clone()));
    s.vault.integrity_check().unwrap();
}

#[test]
fn a_blob_from_another_vault_is_refused() {
    let s = setup("othervault-a");
    let other_dir = TempDir::new("othervault-b");
    let mut other = new_vault(&other_dir);
    other.save_case(&s.a).unwrap();
    let r_other = raw(&other_dir.vault_path());
    let key = blob(&r_other, "SELECT wrapped_key FROM case_keys WHERE case_id = ?1", &s.a.id);
    let doc = blob(&r_other, "SELECT document FROM cases WHERE case_id = ?1", &s.a.id);
    let r = raw(&s.path);
    r.execute("UPDATE case_keys SET wrapped_key = ?2 WHERE case_id = ?1", rusqlite::params![s.a.id, key]).unwrap();
    assert_eq!(load_a(&s.vault), Err(StoreError::Corrupt { what: "case-key" }), "same case id, other vault's key");
    r.execute("UPDATE cases SET document = ?2 WHERE case_id = ?1", rusqlite::params![s.a.id, doc]).unwrap();
    assert_eq!(load_a(&s.vault), Err(StoreError::Corrupt { what: "case-key" }));
}

#[test]
fn an_altered_vault_key_wrap_reads_as_wrong_passphrase_and_a_garbled_header_as_corrupt() {
    let s = setup("tamper-header");
    let Setup { _dir, path, vault, .. } = s;
    vault.lock().unwrap();
    let r = raw(&path);
    let original: Vec<u8> = r.query_row("SELECT wrapped_vault_key FROM vault_header", [], |x| x.get(0)).unwrap();
    let set = |v: &[u8]| {
        r.execute("UPDATE vault_header SET wrapped_vault_key = ?1, failed_attempts = 0, next_attempt_at = 0", [v])
            .unwrap()
    };
    // By design a damaged wrap and a wrong passphrase look the same (KeePassXC does the same).
    for bit in (32..original.len() * 8).step_by(7) {
        let mut v = original.clone();
        v[bit / 8] ^= 1 << (bit % 8);
        set(&v);
        assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::WrongPassphrase, "bit {bit}");
    }
    // A wrap that is not even an envelope is damage, and says so.
    for v in [&original[..10], b"not an envelope at all, clearly".as_slice(), &[]] {
        set(v);
        assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::Corrupt { what: "header" });
    }
    set(&original);
    // KDF parameters or salt changed in the header: the KEK (and the AAD) no longer match.
    r.execute("UPDATE vault_header SET kdf_m_kib = 16", []).unwrap();
    assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::WrongPassphrase, "changed params");
    r.execute("UPDATE vault_header SET kdf_m_kib = 8, failed_attempts = 0, next_attempt_at = 0", []).unwrap();
    r.execute("UPDATE vault_header SET kdf_salt = zeroblob(32)", []).unwrap();
    assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::WrongPassphrase, "changed salt");
    r.execute("DELETE FROM vault_header", []).unwrap();
    assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::Corrupt { what: "header" });
    drop(r);
    std::fs::write(&path, b"this is not an SQLite file, it is noise; more noise to fill a page").unwrap();
    let err = Vault::unlock(&path, &pass(), now()).unwrap_err();
    assert_eq!(err, StoreError::Corrupt { what: "database" }, "a file that is not a database");
}
