//! What goes in comes out: cases, the list, the pragmas.

use meldwijzer_store::{exists, StoreError, Vault, VaultOptions};

use crate::common::*;

#[test]
fn a_saved_case_loads_back_equal_in_this_session_and_after_unlock() {
    let dir = TempDir::new("roundtrip");
    let path = dir.vault_path();
    assert!(!exists(&path), "no vault before create");
    let mut v = new_vault(&dir);
    assert!(exists(&path), "create leaves a vault file");
    let full = marker_case(&uuid(1), "RT");
    let small = case(&uuid(2), "Vlinder", t(60));
    v.save_case(&full).unwrap();
    v.save_case(&small).unwrap();
    assert_eq!(v.load_case(&full.id).unwrap().as_ref(), Some(&full), "every field survives the round trip");
    assert_eq!(v.load_case(&small.id).unwrap().as_ref(), Some(&small));
    assert_eq!(v.count().unwrap(), 2);
    v.lock().unwrap();

    let v = Vault::unlock(&path, &pass(), now()).unwrap();
    assert_eq!(v.load_case(&full.id).unwrap().as_ref(), Some(&full), "and after lock and unlock");
    assert_eq!(v.load_case(&small.id).unwrap().as_ref(), Some(&small));
    assert_eq!(v.load_case(&uuid(3)).unwrap(), None, "an unknown id is none");
    assert_eq!(v.load_case("not-a-uuid").unwrap(), None, "a malformed id is none");
}

#[test]
fn saving_again_replaces_and_the_list_is_newest_first() {
    let dir = TempDir::new("list");
    let mut v = new_vault(&dir);
    for i in 0..25u64 {
        v.save_case(&case(&uuid(i), &format!("alias {i}"), t(i as i64))).unwrap();
    }
    let mut c = case(&uuid(3), "renamed", t(1000));
    c.closed = Some(meldwijzer_protocol::case::Closure {
        step: "signalen".into(),
        reason: "weg".into(),
        at: t(1000),
        in_dossier: false,
        kind: None,
    });
    v.save_case(&c).unwrap();
    assert_eq!(v.count().unwrap(), 25, "saving an existing id replaces it");

    let first = v.list_page(0, 10).unwrap();
    assert_eq!(first.len(), 10);
    assert_eq!(first[0].id, uuid(3), "the last change comes first");
    let summary = first[0].summary.as_ref().unwrap();
    assert_eq!(summary.alias, "renamed");
    assert!(summary.closed);
    assert_eq!((summary.field.as_str(), summary.subject.as_str()), ("onderwijs", "kind"));
    assert_eq!(first[0].closed_at, Some(t(1000)));
    assert_eq!(first[0].updated_at, t(1000));
    assert_eq!(first[0].created_at, now());
    let all: Vec<_> = [first, v.list_page(10, 10).unwrap(), v.list_page(20, 10).unwrap()].concat();
    assert_eq!(all.len(), 25, "pages of 10, 10 and 5 cover every case once");
    assert!(all.windows(2).all(|w| w[0].updated_at >= w[1].updated_at), "sorted by updated_at, newest first");
    let mut ids: Vec<_> = all.iter().map(|e| e.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 25);
    assert!(v.list_page(25, 10).unwrap().is_empty(), "past the end: an empty page");
    assert!(!format!("{:?}", all[0]).contains("renamed"), "a list entry's Debug hides the alias");
}

#[test]
fn the_first_page_of_ten_thousand_cases_decrypts_only_that_page() {
    let dir = TempDir::new("bigpage");
    let mut v = new_vault(&dir);
    let cases: Vec<_> = (0..10_000u64).map(|i| case(&uuid(i), &format!("case {i}"), t(i as i64))).collect();
    for chunk in cases.chunks(2_000) {
        v.save_cases(chunk).unwrap();
    }
    assert_eq!(v.count().unwrap(), 10_000);
    let before = v.envelopes_opened();
    let start = std::time::Instant::now();
    let page = v.list_page(0, 50).unwrap();
    let took = start.elapsed();
    let opened = v.envelopes_opened() - before;
    println!("first page of 50 out of 10,000: {took:?} (debug build), {opened} envelopes opened");
    assert_eq!(page.len(), 50);
    assert_eq!(page[0].id, uuid(9_999));
    assert!(page.iter().all(|e| e.summary.is_ok()));
    assert_eq!(opened, 100, "one case key and one summary per listed case, nothing else");
}

#[test]
fn the_connection_runs_with_the_safety_pragmas() {
    let dir = TempDir::new("pragmas");
    let v = new_vault(&dir);
    assert_eq!(v.pragma("journal_mode").unwrap(), "wal");
    assert_eq!(v.pragma("synchronous").unwrap(), "2", "synchronous=FULL");
    assert_eq!(v.pragma("secure_delete").unwrap(), "1");
    assert_eq!(v.pragma("temp_store").unwrap(), "2", "temp_store=MEMORY");
    assert_eq!(v.pragma("foreign_keys").unwrap(), "1");
    assert_eq!(v.pragma("trusted_schema").unwrap(), "0");
    assert!(v.pragma("cache_size").is_err(), "only the listed pragmas are readable");
}

#[test]
fn create_refuses_short_passphrases_and_existing_vaults_and_unlock_needs_a_vault() {
    let dir = TempDir::new("create");
    let path = dir.vault_path();
    let short = meldwijzer_store::Passphrase::from("nine char");
    assert_eq!(short.chars(), 9);
    assert_eq!(
        Vault::create(&path, &short, &VaultOptions::for_tests()).unwrap_err(),
        StoreError::PassphraseTooShort { min_chars: 10 }
    );
    assert!(!exists(&path), "a refused create leaves no vault");
    assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::NotFound);
    new_vault(&dir).lock().unwrap();
    assert_eq!(Vault::create(&path, &pass(), &VaultOptions::for_tests()).unwrap_err(), StoreError::AlreadyExists);
    assert!(!format!("{:?}", pass()).contains("horse"), "a passphrase's Debug hides it");
    // Ten characters counted as characters, not bytes.
    let ten = meldwijzer_store::Passphrase::from("ééééééééé€");
    assert_eq!(ten.chars(), 10);
    let other = TempDir::new("create-unicode");
    Vault::create(&other.vault_path(), &ten, &VaultOptions::for_tests()).unwrap();
}

#[test]
fn a_case_without_a_uuid_is_refused_and_nothing_is_written() {
    let dir = TempDir::new("badid");
    let mut v = new_vault(&dir);
    let good = case(&uuid(1), "goed", now());
    let bad = case("../../etc/passwd", "fout", now());
    assert_eq!(v.save_cases(&[good.clone(), bad]).unwrap_err(), StoreError::InvalidCase { what: "id" });
    assert_eq!(v.count().unwrap(), 0, "a batch is all or nothing");
    v.save_case(&good).unwrap();
    assert!(!v.delete_case("nonsense").unwrap());
}

#[test]
fn a_vault_can_move_to_another_thread() {
    // The app keeps the vault behind `CaseStore: Send`.
    fn send<T: Send>() {}
    send::<Vault>();
    send::<meldwijzer_store::StoreError>();
}

#[test]
fn the_callers_list_facts_are_sealed_with_the_summary() {
    let dir = TempDir::new("listing");
    let mut v = new_vault(&dir);
    v.save_case(&case(&uuid(1), "zonder", t(1))).unwrap();
    let facts = r#"{"status":{"k":"step","id":"wegen"},"first_due":"2026-03-02"}"#;
    v.save_case_listed(&case(&uuid(2), "met", t(2)), facts).unwrap();
    let page = v.list_page(0, 10).unwrap();
    assert_eq!(page[0].summary.as_ref().unwrap().listing, facts, "returned as given");
    assert_eq!(page[1].summary.as_ref().unwrap().listing, "", "save_case keeps none");
    let too_long = "x".repeat(meldwijzer_store::MAX_LISTING + 1);
    let refused = v.save_case_listed(&case(&uuid(3), "te lang", t(3)), &too_long);
    assert!(matches!(refused, Err(meldwijzer_store::StoreError::InvalidCase { what: "size" })), "{refused:?}");
    assert_eq!(v.count().unwrap(), 2, "nothing of the refused save");
}
