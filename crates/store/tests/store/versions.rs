//! Formats and migrations: an older build refuses a newer vault and writes nothing; migrations
//! are the ordered files in `migrations/`, applied in one transaction.

use meldwijzer_store::{testing, Migration, StoreError, Vault, FORMAT_VERSION, MIGRATIONS};

use crate::common::*;

fn snapshot(dir: &TempDir) -> Vec<(String, Vec<u8>)> {
    files(&dir.0).into_iter().filter(|(n, _)| !n.ends_with(".lock")).collect()
}

#[test]
fn an_older_build_refuses_a_newer_vault_and_writes_nothing() {
    let dir = TempDir::new("newer");
    let path = dir.vault_path();
    let mut v = new_vault(&dir);
    v.save_case(&case(&uuid(1), "x", now())).unwrap();
    v.lock().unwrap();
    raw(&path).execute("UPDATE vault_header SET format_version = ?1", [FORMAT_VERSION + 1]).unwrap();
    let before = snapshot(&dir);
    assert_eq!(
        before.len(),
        1,
        "only the database file, checkpointed: {:?}",
        before.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let newer = StoreError::VaultNewer { found: FORMAT_VERSION + 1, supported: FORMAT_VERSION };
    assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), newer);
    assert_eq!(
        Vault::unlock(&path, &meldwijzer_store::Passphrase::from("wrong but long"), now()).unwrap_err(),
        newer,
        "refused before the passphrase is even tried"
    );
    assert_eq!(snapshot(&dir), before, "the vault's files are byte for byte unchanged");
    let failed: i64 = raw(&path).query_row("SELECT failed_attempts FROM vault_header", [], |r| r.get(0)).unwrap();
    assert_eq!(failed, 0);
}

#[test]
fn a_migration_row_newer_than_this_build_is_refused_too() {
    let dir = TempDir::new("newer-mig");
    let path = dir.vault_path();
    new_vault(&dir).lock().unwrap();
    raw(&path)
        .execute("INSERT INTO schema_migrations (version, name) VALUES (?1, 'from-the-future')", [FORMAT_VERSION + 5])
        .unwrap();
    assert_eq!(
        Vault::unlock(&path, &pass(), now()).unwrap_err(),
        StoreError::VaultNewer { found: FORMAT_VERSION + 5, supported: FORMAT_VERSION }
    );
}

#[test]
fn migrations_are_the_ordered_files_of_the_migrations_directory() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names.len(), MIGRATIONS.len(), "every file is embedded, and only those");
    for (i, (name, m)) in names.iter().zip(MIGRATIONS).enumerate() {
        let stem = name.strip_suffix(".sql").expect("only .sql files");
        assert_eq!(stem, m.name);
        assert_eq!(m.version as usize, i + 1, "numbered 1, 2, 3... without gaps");
        assert_eq!(&stem[..4], format!("{:04}", m.version), "the file name starts with its number");
        assert_eq!(std::fs::read_to_string(dir.join(name)).unwrap(), m.sql, "the embedded SQL is the file");
    }
    assert_eq!(FORMAT_VERSION, MIGRATIONS.last().unwrap().version, "the format is the last migration");
}

#[test]
fn migrations_apply_in_one_transaction_all_or_nothing() {
    let dir = TempDir::new("migrate");
    let mut conn = rusqlite::Connection::open(dir.0.join("m.db")).unwrap();
    let broken = [
        MIGRATIONS[0],
        Migration { version: 2, name: "0002_fine", sql: "CREATE TABLE extra (x INTEGER);" },
        Migration { version: 3, name: "0003_broken", sql: "CREATE TABLE broken (;" },
    ];
    assert!(testing::apply_migrations(&mut conn, &broken).is_err());
    let tables: i64 = conn.query_row("SELECT COUNT(*) FROM sqlite_schema", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 0, "a failing migration rolls back every migration of the run and its tracking rows");
    assert_eq!(testing::apply_migrations(&mut conn, &broken[..2]), Ok(true));
    let applied: Vec<(u32, String)> = conn
        .prepare("SELECT version, name FROM schema_migrations ORDER BY version")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(applied, vec![(1, "0001_init".to_owned()), (2, "0002_fine".to_owned())]);
    assert_eq!(testing::apply_migrations(&mut conn, &broken[..2]), Ok(false), "nothing to do the second time");
    assert_eq!(
        testing::apply_migrations(&mut conn, &broken[..1]),
        Err(StoreError::VaultNewer { found: 2, supported: 1 }),
        "a build that knows fewer migrations refuses"
    );
}

fn fixture_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/store/fixtures")
}

/// A vault written by format 1 (committed, with its recovery key) must open in every later
/// build: the KDF, the envelope, the AADs, the JSON of a case and the schema all stay readable.
/// `MELDWIJZER_WRITE_FIXTURE=1` writes it anew (only ever for a new format's fixture).
#[test]
fn a_committed_format_1_vault_still_opens_and_reads() {
    let db = fixture_dir().join("format-1.db");
    let rk = fixture_dir().join("format-1.recovery.txt");
    if std::env::var_os("MELDWIJZER_WRITE_FIXTURE").is_some() {
        let dir = TempDir::new("fixture-write");
        let opts = meldwijzer_store::VaultOptions::for_tests().with_recovery_key(true);
        let (mut v, key) = Vault::create(&dir.vault_path(), &pass(), &opts).unwrap();
        v.save_case(&marker_case(&uuid(1), "FIXTURE")).unwrap();
        v.save_case(&case(&uuid(2), "Zwaluw", t(5))).unwrap();
        v.lock().unwrap();
        std::fs::create_dir_all(fixture_dir()).unwrap();
        std::fs::copy(dir.vault_path(), &db).unwrap();
        std::fs::write(&rk, key.unwrap().expose()).unwrap();
    }
    let dir = TempDir::new("fixture");
    std::fs::copy(&db, dir.vault_path()).expect("the committed fixture vault");
    let mut v = Vault::unlock(&dir.vault_path(), &pass(), now()).unwrap();
    // Sealed settings came with format 3: the migrated vault has the table, empty.
    assert_eq!(v.setting("packs").unwrap(), None);
    v.put_setting("packs", Some(b"[]")).unwrap();
    assert_eq!(v.setting("packs").unwrap().as_deref().map(|b| b.as_slice()), Some(&b"[]"[..]));
    v.put_setting("packs", None).unwrap();
    // Fields added to a case after format 1 (decision support) read as their defaults.
    let mut written = marker_case(&uuid(1), "FIXTURE");
    written.acute_situations.clear();
    written.red_flags.clear();
    written.kindcheck_triggers.clear();
    written.kindcheck = None;
    written.kindcheck_only = false;
    written.no_vt_advice_reason.clear();
    // ... and after format 1 (outputs): the adviesvraag, the melding record, the plain
    // summary, the decision log, and whom the client's informing reached.
    written.adviesvraag = Default::default();
    written.melding_record = Default::default();
    written.plain_summary = Default::default();
    written.log.clear();
    if let meldwijzer_protocol::case::Informed::Yes { whom, .. } = &mut written.actions.informed {
        whom.clear();
    }
    // ... and who said a quote's words: a quote written before speakers existed reads as "not
    // stated", which keeps it counting as a possible disclosure until the professional says.
    for q in &mut written.quotes {
        q.speaker = None;
    }
    // ... and the inzage and dates fields (issue 16): who the suspected person is, the dates
    // stated for decisions and steps.
    written.suspect_relation = None;
    written.decision_dates.clear();
    written.step_dates.clear();
    assert_eq!(v.load_case(&uuid(1)).unwrap(), Some(written), "every field as written, later fields as their defaults");
    assert_eq!(v.load_case(&uuid(2)).unwrap(), Some(case(&uuid(2), "Zwaluw", t(5))));
    let page = v.list_page(0, 10).unwrap();
    assert_eq!(page.iter().map(|e| e.id.clone()).collect::<Vec<_>>(), vec![uuid(2), uuid(1)]);
    let summary = page[0].summary.as_ref().expect("a version-1 summary still opens");
    assert_eq!((summary.alias.as_str(), summary.listing.as_str()), ("Zwaluw", ""), "version 1 had no list facts");
    v.lock().unwrap();
    let key = meldwijzer_store::RecoveryKey::parse(&std::fs::read_to_string(&rk).unwrap()).unwrap();
    let fresh = meldwijzer_store::Passphrase::from("after the recovery of the fixture");
    let v = Vault::unlock_with_recovery(&dir.vault_path(), &key, &fresh, now()).unwrap();
    assert_eq!(v.count().unwrap(), 2);
}
