//! A damaged case is a line of its own, never hidden (issue 13, F1). Each way the attack
//! damaged a case — two cases' sealed summaries swapped, one summary byte flipped,
//! `updated_at` + 1, `closed_at` = 1, a case key flipped or deleted — is done to the vault file
//! between a lock and an unlock; the case list then shows "Deze casus is beschadigd" with the
//! created date, the unlock counts it once, the healthy case is untouched, the case can still
//! be opened where its document verifies, exported then, and deleted always.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv, NewCaseInput};

use meldwijzer_tests::TempDir;

const PASSPHRASE: &str = "paarse olifant op de fiets";

struct Setup {
    dir: TempDir,
    app: App,
    a: String,
    b: String,
    c: String,
}

fn vault_path(dir: &Path) -> PathBuf {
    dir.join("meldwijzer").join("vault.db")
}

/// A vault with three cases (A, B, C), locked.
fn setup(tag: &str) -> Setup {
    let dir = TempDir::new(tag);
    let config = AppConfig { vault_path: Some(vault_path(&dir.0)), test_kdf: true, ..AppConfig::default() };
    let env = Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()));
    let mut app = App::new(config, Box::new(env)).expect("app");
    app.create_vault(PASSPHRASE.into(), false).expect("vault");
    let mut new = |alias: &str| {
        let input = NewCaseInput {
            alias: alias.into(),
            field: "onderwijs".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        };
        app.create_case(input).unwrap().case.id
    };
    let (a, b, c) = (new("Merel"), new("Specht"), new("Gaai"));
    app.lock().unwrap();
    Setup { dir, app, a, b, c }
}

fn raw(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(vault_path(dir)).unwrap()
}

fn flip_blob(conn: &rusqlite::Connection, table: &str, column: &str, id: &str, at: usize) {
    let mut v: Vec<u8> =
        conn.query_row(&format!("SELECT {column} FROM {table} WHERE case_id = ?1"), [id], |r| r.get(0)).unwrap();
    v[at] ^= 0x01;
    conn.execute(&format!("UPDATE {table} SET {column} = ?2 WHERE case_id = ?1"), rusqlite::params![id, v]).unwrap();
}

/// The damage done, by name, with the cases it damages and whether their documents still
/// verify (only a lost or altered case key takes the document with it).
fn damage(s: &Setup, variant: &str) -> (Vec<String>, bool) {
    let conn = raw(&s.dir.0);
    match variant {
        "swapped-summaries" => {
            let get = |id: &str| -> Vec<u8> {
                conn.query_row("SELECT summary FROM cases WHERE case_id = ?1", [id], |r| r.get(0)).unwrap()
            };
            let (sa, sb) = (get(&s.a), get(&s.b));
            conn.execute("UPDATE cases SET summary = ?2 WHERE case_id = ?1", rusqlite::params![s.a, sb]).unwrap();
            conn.execute("UPDATE cases SET summary = ?2 WHERE case_id = ?1", rusqlite::params![s.b, sa]).unwrap();
            (vec![s.a.clone(), s.b.clone()], true)
        }
        "flipped-summary-byte" => {
            flip_blob(&conn, "cases", "summary", &s.a, 40);
            (vec![s.a.clone()], true)
        }
        "updated-at-plus-one" => {
            conn.execute("UPDATE cases SET updated_at = updated_at + 1 WHERE case_id = ?1", [&s.a]).unwrap();
            (vec![s.a.clone()], true)
        }
        "closed-at-one" => {
            conn.execute("UPDATE cases SET closed_at = 1 WHERE case_id = ?1", [&s.a]).unwrap();
            (vec![s.a.clone()], true)
        }
        "flipped-case-key" => {
            flip_blob(&conn, "case_keys", "wrapped_key", &s.a, 30);
            (vec![s.a.clone()], false)
        }
        "deleted-case-key" => {
            // As an attacker with the sqlite3 shell would: without foreign keys, so the case
            // row stays behind its deleted key.
            conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
            conn.execute("DELETE FROM case_keys WHERE case_id = ?1", [&s.a]).unwrap();
            (vec![s.a.clone()], false)
        }
        other => panic!("unknown variant {other}"),
    }
}

fn check(variant: &str) {
    let mut s = setup(&format!("damaged-{variant}"));
    let (damaged, document_verifies) = damage(&s, variant);
    let startup = s.app.unlock(PASSPHRASE.into()).expect("the vault still opens");

    // Counted on unlock, said once in words.
    assert_eq!(startup.damaged_cases, damaged.len(), "{variant}: counted on unlock");
    let notice = startup.damaged_notice.as_deref().unwrap_or_default();
    assert!(notice.contains("beschadigd"), "{variant}: the unlock says so: {notice:?}");

    // Never hidden: every case has its line, the damaged ones first and saying so.
    let list = s.app.list_cases();
    assert_eq!(list.len(), 3, "{variant}: every case has a line: {list:?}");
    for (i, id) in damaged.iter().enumerate() {
        let line = list.iter().find(|c| &c.id == id).expect("the damaged case is listed");
        assert!(line.damaged, "{variant}: {id} is marked damaged");
        assert_eq!(line.alias, "Deze casus is beschadigd");
        assert_eq!(line.updated, "Aangemaakt op 23-11-2026", "{variant}: with its created date");
        assert!(list[..damaged.len()].iter().any(|c| &c.id == id), "{variant}: damaged lines stand first ({i})");
        assert!(!line.status.is_empty());
    }
    let healthy = list.iter().find(|c| c.id == s.c).expect("C listed");
    assert!(!healthy.damaged && healthy.alias == "Gaai", "{variant}: the healthy case is untouched");
    let page = s.app.list_cases_page(0, 2);
    assert_eq!((page.total, page.damaged, page.cases.len()), (3, damaged.len(), 2), "{variant}: paging counts them");

    // Open: where the document verifies it opens, else a clear code (no panic, no hiding).
    let opened = s.app.open_case(s.a.clone());
    if document_verifies {
        assert_eq!(opened.expect("the document still verifies").case.alias, "Merel");
        // Export what verifies.
        let file = s.dir.0.join("gered.age");
        s.app.export_case(s.a.clone(), file.clone(), "overdracht aan collega Jansen".into()).expect("export");
        assert!(file.is_file());
    } else {
        assert_eq!(opened.unwrap_err().code, "error-vault-corrupt", "{variant}");
    }

    // Delete always works, and takes the line away.
    s.app.delete_case(s.a.clone()).expect("a damaged case can be deleted");
    let after = s.app.list_cases();
    assert!(after.iter().all(|c| c.id != s.a), "{variant}: deleted");
    assert_eq!(after.len(), 2);
    assert_eq!(s.app.list_cases_page(0, 10).damaged, damaged.len() - 1, "{variant}");
    let _ = &s.b;
}

#[test]
fn swapped_summaries_show_two_damaged_lines() {
    check("swapped-summaries");
}

#[test]
fn a_flipped_summary_byte_shows_a_damaged_line() {
    check("flipped-summary-byte");
}

#[test]
fn updated_at_plus_one_shows_a_damaged_line() {
    check("updated-at-plus-one");
}

#[test]
fn closed_at_one_shows_a_damaged_line() {
    check("closed-at-one");
}

#[test]
fn a_flipped_case_key_shows_a_damaged_line() {
    check("flipped-case-key");
}

#[test]
fn a_deleted_case_key_shows_a_damaged_line() {
    check("deleted-case-key");
}

#[test]
fn a_healthy_vault_says_nothing() {
    let mut s = setup("damaged-none");
    let startup = s.app.unlock(PASSPHRASE.into()).unwrap();
    assert_eq!(startup.damaged_cases, 0);
    assert_eq!(startup.damaged_notice, None);
    assert!(s.app.list_cases().iter().all(|c| !c.damaged));
}
