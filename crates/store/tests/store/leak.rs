//! No case text reaches disk in any form: a marker in every field of a case is found 0 times in
//! every file of the vault's directory (db, -wal, -shm, lock), as UTF-8, UTF-16LE or base64 —
//! while the same scan finds it in a deliberately plaintext SQLite table.

use meldwijzer_store::Vault;

use crate::common::*;

const MARKER: &str = "Qz7LEAKMARKERvK9";

fn hits(dir: &TempDir) -> Vec<String> {
    let mut found = Vec::new();
    for (name, bytes) in files(&dir.0) {
        for (enc, pat) in marker_patterns(MARKER) {
            let n = count(&bytes, &pat);
            if n > 0 {
                found.push(format!("{n} x {enc} in {name}"));
            }
        }
        for secret in [PASS.as_bytes()] {
            if contains(&bytes, secret) {
                found.push(format!("the passphrase in {name}"));
            }
        }
    }
    found
}

#[test]
fn a_marker_in_every_field_appears_zero_times_in_every_file_of_the_vault() {
    let dir = TempDir::new("leak");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    let ids: Vec<String> = (0..20u64).map(uuid).collect();
    for round in 0..3 {
        for (i, id) in ids.iter().enumerate() {
            let mut c = marker_case(id, MARKER);
            c.updated_at = t(round * 100 + i as i64);
            v.save_case(&c).unwrap();
        }
    }
    for id in &ids[..5] {
        v.delete_case(id).unwrap();
    }
    let page = v.list_page(0, 100).unwrap();
    assert_eq!(page.len(), 15);
    assert!(page[0].summary.as_ref().unwrap().alias.contains(MARKER), "the marker is really in the data");
    assert!(v.load_case(&ids[10]).unwrap().unwrap().quotes[0].words.contains(MARKER));
    let names: Vec<_> = files(&dir.0).into_iter().map(|f| f.0).collect();
    assert!(names.iter().any(|n| n.ends_with("-wal")), "scanned while open, WAL included: {names:?}");
    assert_eq!(hits(&dir), Vec::<String>::new(), "while the vault is open");
    v.lock().unwrap();
    assert_eq!(hits(&dir), Vec::<String>::new(), "after lock");
    let v = Vault::unlock(&path, &pass(), now()).unwrap();
    drop(v);
    assert_eq!(hits(&dir), Vec::<String>::new(), "after another unlock");
}

#[test]
fn positive_control_the_scan_finds_the_marker_in_a_plaintext_table() {
    let dir = TempDir::new("leak-control");
    let conn = rusqlite::Connection::open(dir.0.join("plain.db")).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE drafts (body TEXT, wide BLOB, b64 TEXT);").unwrap();
    let json = serde_json::to_string(&marker_case(&uuid(1), MARKER)).unwrap();
    let wide: Vec<u8> = json.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    for shift in 0..3 {
        let mut data = vec![b'x'; shift];
        data.extend_from_slice(json.as_bytes());
        conn.execute("INSERT INTO drafts VALUES (?1, ?2, ?3)", rusqlite::params![json, wide, base64(&data)]).unwrap();
    }
    let found = hits(&dir);
    for enc in ["utf-8", "utf-16le", "base64+0", "base64+1", "base64+2"] {
        assert!(
            found.iter().any(|f| f.contains(&format!(" {enc} in plain.db-wal"))),
            "{enc} found in the WAL: {found:?}"
        );
    }
    drop(conn);
    assert!(!hits(&dir).is_empty(), "and in the database after the checkpoint on close");
}
