//! A save that did not commit never reads as saved, through the app API: a store that fails
//! like a full or read-only disk (or any I/O error) at save k, for every k of a sequence of
//! edits, makes exactly that edit return an error (the UI then says "Niet opgeslagen" and
//! keeps the text), leaves the previous version readable, and the same edit succeeds once the
//! disk is writable again. The store's own behaviour on a full disk and a read-only file is
//! tested in `crates/store/tests/store/faults.rs`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use meldwijzer_app::store::StoreError;
use meldwijzer_app::{App, AppConfig, CaseStore, DisclosureInput, FixedEnv, ListEntry, MemoryStore, NewCaseInput};
use meldwijzer_protocol::{Case, Edit};

/// Fails the save with this number (1-based), or none when 0.
struct Failing {
    inner: MemoryStore,
    saves: Arc<AtomicUsize>,
    fail_at: Arc<AtomicUsize>,
    error: MakeError,
}

impl CaseStore for Failing {
    fn entries(&self) -> Result<Vec<ListEntry>, StoreError> {
        self.inner.entries()
    }
    fn load(&self, id: &str) -> Result<Option<Case>, StoreError> {
        self.inner.load(id)
    }
    fn save(&mut self, case: &Case, listing: &str) -> Result<(), StoreError> {
        let n = self.saves.fetch_add(1, Ordering::SeqCst) + 1;
        if n == self.fail_at.load(Ordering::SeqCst) {
            return Err((self.error)());
        }
        self.inner.save(case, listing)
    }
    fn delete(&mut self, id: &str) -> Result<bool, StoreError> {
        self.inner.delete(id)
    }
    fn persistent(&self) -> bool {
        true
    }
    fn setting(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.setting(name)
    }
    fn put_setting(&mut self, name: &str, value: Option<&[u8]>) -> Result<(), StoreError> {
        self.inner.put_setting(name, value)
    }
}

fn new_case() -> NewCaseInput {
    NewCaseInput {
        alias: "Schijf vol".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    }
}

/// The edits a professional makes while typing: alias, a follow-up note growing word by word.
fn edits() -> Vec<Edit> {
    let due = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut out = vec![Edit::Rename { alias: "Schijf vol – Zoë".into() }];
    let words = ["Opnieuw", "kijken", "of", "de", "afspraken", "met", "moeder", "nagekomen", "zijn."];
    for n in 1..=words.len() {
        out.push(Edit::SetFollowUp { question: "resultaat".into(), due: Some(due), note: words[..n].join(" ") });
    }
    out
}

/// A store error, made fresh for each failure (`StoreError` is not `Copy`).
type MakeError = fn() -> StoreError;

const ERRORS: [(MakeError, &str); 3] = [
    (|| StoreError::DiskFull, "error-disk-full"),
    (|| StoreError::ReadOnly, "error-read-only"),
    (|| StoreError::Io { kind: std::io::ErrorKind::Other }, "error-storage"),
];

#[test]
fn a_failed_save_at_any_point_is_never_reported_as_saved_and_loses_nothing_saved_before() {
    let mut trials = 0;
    for (error, code) in ERRORS {
        let sequence = edits();
        // Save 1 creates the case; saves 2.. are the edits.
        for fail_at in 1..=sequence.len() + 1 {
            trials += 1;
            let saves = Arc::new(AtomicUsize::new(0));
            let fail = Arc::new(AtomicUsize::new(fail_at));
            let store = Failing { inner: MemoryStore::default(), saves: saves.clone(), fail_at: fail.clone(), error };
            let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap());
            let mut app = App::with_store(AppConfig::default(), Box::new(env), Box::new(store)).unwrap();

            let created = app.create_case(new_case());
            if fail_at == 1 {
                let err = created.unwrap_err();
                assert_eq!(err.code, code);
                assert!(app.list_cases().is_empty(), "a case whose first save failed is not there");
                fail.store(0, Ordering::SeqCst);
                app.create_case(new_case()).expect("the retry saves it");
                continue;
            }
            let id = created.unwrap().case.id;
            let mut last_saved = app.open_case(id.clone()).unwrap().case;
            for (i, edit) in sequence.iter().enumerate() {
                match app.edit_case(id.clone(), edit.clone()) {
                    Ok(view) => {
                        assert_ne!(i + 2, fail_at, "edit {i} was reported saved but its save failed");
                        last_saved = view.case.clone();
                        assert_eq!(
                            app.open_case(id.clone()).unwrap().case,
                            last_saved,
                            "what was reported saved is what is stored"
                        );
                    }
                    Err(err) => {
                        assert_eq!(i + 2, fail_at, "only the failing save is refused");
                        assert_eq!(err.code, code);
                        assert!(
                            err.message.contains("staat nog op het scherm"),
                            "the message says the text is kept: {}",
                            err.message
                        );
                        assert_eq!(
                            app.open_case(id.clone()).unwrap().case,
                            last_saved,
                            "the previous version is still there, whole"
                        );
                        // The disk is writable again: the UI retries the same edit.
                        fail.store(0, Ordering::SeqCst);
                        last_saved = app.edit_case(id.clone(), edit.clone()).expect("the retry is saved").case;
                    }
                }
            }
            assert_eq!(
                app.open_case(id).unwrap().case.follow_ups[0].note,
                "Opnieuw kijken of de afspraken met moeder nagekomen zijn."
            );
        }
    }
    assert_eq!(trials, 3 * 11);
}

#[test]
fn a_disclosure_whose_save_fails_is_not_recorded() {
    let fail = Arc::new(AtomicUsize::new(1));
    let store = Failing {
        inner: MemoryStore::default(),
        saves: Arc::new(AtomicUsize::new(0)),
        fail_at: fail,
        error: || StoreError::DiskFull,
    };
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap());
    let mut app = App::with_store(AppConfig::default(), Box::new(env), Box::new(store)).unwrap();
    let input = DisclosureInput {
        alias: Some("Onthulling".into()),
        field: Some("onderwijs".into()),
        subject: Some("kind".into()),
        words: "Papa slaat mama als hij boos is.".into(),
        question_before: String::new(),
        said_at: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 0, 0).unwrap(),
        who: "Leerling".into(),
        speaker: None,
        context: "In de klas".into(),
    };
    assert_eq!(app.record_disclosure(None, input.clone()).unwrap_err().code, "error-disk-full");
    assert!(app.list_cases().is_empty());
    let view = app.record_disclosure(None, input).expect("the retry records it");
    assert_eq!(view.case.quotes.len(), 1);
}
