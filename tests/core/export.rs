//! Encrypted case export and import (age, passphrase recipient): a round trip between two
//! vaults, and a catalogue of bad files, each refused with its code, in well under a second,
//! without a panic and without writing anything.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv, NewCaseInput};
use meldwijzer_protocol::Edit;

const PASSPHRASE: &str = "paarse olifant op de fiets";
const FILE_PASSPHRASE: &str = "overdracht aan collega Jansen";

use meldwijzer_tests::TempDir;

fn vault(dir: &Path, name: &str) -> App {
    let config =
        AppConfig { vault_path: Some(dir.join(name).join("vault.db")), test_kdf: true, ..AppConfig::default() };
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    let mut app = App::new(config, Box::new(env)).expect("app");
    app.create_vault(PASSPHRASE.into(), false).expect("vault");
    app
}

fn a_case(app: &mut App) -> String {
    let input = NewCaseInput {
        alias: "Export Friesland".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    let id = app.create_case(input).unwrap().case.id;
    app.edit_case(id.clone(), Edit::Rename { alias: "Export Friesland (groep 6)".into() }).unwrap();
    id
}

#[test]
fn a_case_goes_to_another_vault_whole_and_only_with_its_own_passphrase() {
    let dir = TempDir::new("export-roundtrip");
    let mut a = vault(&dir.0, "a");
    let id = a_case(&mut a);
    let file = dir.0.join("casus.age");
    assert_eq!(a.export_case(id.clone(), file.clone(), "kort".into()).unwrap_err().code, "error-passphrase-too-short");
    a.export_case(id.clone(), file.clone(), FILE_PASSPHRASE.into()).expect("export");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "), "a standard age file with a passphrase stanza");
    assert!(!bytes.windows(6).any(|w| w == b"Export"), "nothing readable in the file");
    assert!(
        std::fs::read_dir(&dir.0).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().contains("tmp")),
        "no temporary file left"
    );

    let mut b = vault(&dir.0, "b");
    assert_eq!(
        b.import_case(file.clone(), "niet het goede wachtwoord".into()).unwrap_err().code,
        "error-import-passphrase"
    );
    assert!(b.list_cases().is_empty());
    let view = b.import_case(file.clone(), FILE_PASSPHRASE.into()).expect("import");
    // The export itself is noted in the exporting vault's decision log, after the file was written.
    let mut exported = a.open_case(id.clone()).unwrap().case;
    assert_eq!(
        exported.log.pop().map(|e| e.event),
        Some(meldwijzer_protocol::case::LogEvent::Exported),
        "the export is in the decision log"
    );
    assert_eq!(view.case, exported, "every field as exported");
    assert_eq!(b.import_case(file, FILE_PASSPHRASE.into()).unwrap_err().code, "error-import-exists");
    assert_eq!(b.list_cases().len(), 1);
}

/// An age file of `plain` under FILE_PASSPHRASE, with little scrypt work.
fn age_file(plain: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut r = age::scrypt::Recipient::new(age::secrecy::SecretString::from(FILE_PASSPHRASE.to_string()));
    r.set_work_factor(10);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn hundreds_of_bad_files_are_refused_with_their_code_without_a_panic_or_a_half_import() {
    let dir = TempDir::new("export-bad");
    let mut a = vault(&dir.0, "a");
    let id = a_case(&mut a);
    let good_path = dir.0.join("good.age");
    a.export_case(id.clone(), good_path.clone(), FILE_PASSPHRASE.into()).unwrap();
    let good = std::fs::read(&good_path).unwrap();
    let case_json = serde_json::to_value(&a.open_case(id).unwrap().case).unwrap();
    let with_case = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut c = case_json.clone();
        f(&mut c);
        serde_json::to_vec(&serde_json::json!({ "format": "meldwijzer-case", "version": 1, "case": c })).unwrap()
    };

    let mut inputs: Vec<(String, Vec<u8>, &[&str])> = Vec::new();
    const FILE: &[&str] = &["error-import-file"];
    const FORMAT: &[&str] = &["error-import-format"];
    // Every truncation, and a spread of single-bit flips, of a good file.
    for n in 0..good.len() {
        inputs.push((
            format!("truncated to {n}"),
            good[..n].to_vec(),
            &["error-import-file", "error-import-passphrase"],
        ));
    }
    // (Not in the work factor's digits: a flip there asks for up to 2^20 of scrypt work, which
    // is allowed and merely slow; the hostile values are below.)
    let header = String::from_utf8_lossy(&good).into_owned();
    let stanza = header.find("-> scrypt ").unwrap();
    let work_digits = {
        let end = stanza + header[stanza..].find('\n').unwrap();
        let start = stanza + header[stanza..end].rfind(' ').unwrap() + 1;
        start..end
    };
    for i in (0..good.len()).step_by(3) {
        if work_digits.contains(&i) {
            continue;
        }
        let mut b = good.clone();
        b[i] ^= 1 << (i % 8);
        inputs.push((
            format!("bit flip at {i}"),
            b,
            &["error-import-file", "error-import-passphrase", "error-import-work"],
        ));
    }
    // Not age at all.
    for (name, bytes) in [
        ("empty", Vec::new()),
        ("text", b"hallo".to_vec()),
        ("json", br#"{"format":"meldwijzer-case"}"#.to_vec()),
        ("header only", b"age-encryption.org/v1\n".to_vec()),
        ("zeros", vec![0u8; 4096]),
        ("armor garbage", b"-----BEGIN AGE ENCRYPTED FILE-----\nxx\n-----END AGE ENCRYPTED FILE-----\n".to_vec()),
        ("long header line", [b"age-encryption.org/v1\n-> scrypt ".as_slice(), &vec![b'A'; 100_000]].concat()),
    ] {
        inputs.push((name.into(), bytes, FILE));
    }
    // Hostile scrypt work factors in an otherwise good header.
    let text = String::from_utf8_lossy(&good).into_owned();
    for log_n in ["21", "40", "255", "0", "-1", "99999999999"] {
        if let Some(line) = text.lines().find(|l| l.starts_with("-> scrypt ")) {
            let mut parts: Vec<&str> = line.split(' ').collect();
            *parts.last_mut().unwrap() = log_n;
            let bad = text.replacen(line, &parts.join(" "), 1);
            inputs.push((
                format!("work factor {log_n}"),
                bad.into_bytes(),
                &["error-import-work", "error-import-file", "error-import-passphrase"],
            ));
        }
    }
    // Good age, bad inside.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let plains: Vec<(&str, Vec<u8>, &[&str])> = vec![
        ("empty plaintext", Vec::new(), FORMAT),
        ("null", b"null".to_vec(), FORMAT),
        ("empty object", b"{}".to_vec(), FORMAT),
        ("not utf-8", vec![0xff, 0xfe, 0x00], FORMAT),
        ("deep nesting", deep.into_bytes(), FORMAT),
        ("wrong format", br#"{"format":"iets-anders","version":1,"case":{}}"#.to_vec(), FORMAT),
        ("newer version", br#"{"format":"meldwijzer-case","version":2,"case":{}}"#.to_vec(), &["error-import-newer"]),
        ("huge version", br#"{"format":"meldwijzer-case","version":99999999999,"case":{}}"#.to_vec(), FORMAT),
        ("version 0", br#"{"format":"meldwijzer-case","version":0,"case":{}}"#.to_vec(), FORMAT),
        ("no case", br#"{"format":"meldwijzer-case","version":1}"#.to_vec(), FORMAT),
        ("extra field", br#"{"format":"meldwijzer-case","version":1,"case":{},"x":1}"#.to_vec(), FORMAT),
        ("case not an object", br#"{"format":"meldwijzer-case","version":1,"case":[1,2]}"#.to_vec(), FORMAT),
        ("id not a uuid", with_case(&|c| c["id"] = "../../etc".into()), FORMAT),
        ("unknown field", with_case(&|c| c["field"] = "ruimtevaart".into()), FORMAT),
        ("unknown subject", with_case(&|c| c["subject"] = "draak".into()), FORMAT),
        ("unknown suspect", with_case(&|c| c["suspect"] = "niemand".into()), FORMAT),
        ("empty alias", with_case(&|c| c["alias"] = "  ".into()), FORMAT),
        ("huge alias", with_case(&|c| c["alias"] = "x".repeat(30_000).into()), FORMAT),
        ("unknown key in case", with_case(&|c| c["geheim"] = 1.into()), FORMAT),
        ("wrong type", with_case(&|c| c["observations"] = "geen lijst".into()), FORMAT),
        ("bad date", with_case(&|c| c["created_at"] = "gisteren".into()), FORMAT),
    ];
    for (name, plain, codes) in plains {
        inputs.push((name.into(), age_file(&plain), codes));
    }
    assert!(inputs.len() >= 200, "at least 200 crafted bad inputs, got {}", inputs.len());

    let mut b = vault(&dir.0, "b");
    let path = dir.0.join("bad.age");
    let mut slowest = Duration::ZERO;
    for (name, bytes, codes) in &inputs {
        std::fs::write(&path, bytes).unwrap();
        let started = Instant::now();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            b.import_case(path.clone(), FILE_PASSPHRASE.into())
        }));
        if started.elapsed() > Duration::from_secs(1) {
            eprintln!("slow: {name} {:?}", started.elapsed());
        }
        slowest = slowest.max(started.elapsed());
        let err = match result {
            Err(_) => panic!("{name}: panicked"),
            Ok(Ok(_)) => panic!("{name}: imported"),
            Ok(Err(e)) => e,
        };
        assert!(codes.contains(&err.code.as_str()), "{name}: {} not in {codes:?}", err.code);
        assert!(!err.message.is_empty());
    }
    assert!(b.list_cases().is_empty(), "nothing half-imported");
    eprintln!("import: {} bad inputs refused, 0 panics, slowest {} ms", inputs.len(), slowest.as_millis());
    assert!(slowest < Duration::from_secs(1), "each refusal within a second: {slowest:?}");
    // A directory, a missing file: calm codes too.
    assert_eq!(b.import_case(dir.0.clone(), FILE_PASSPHRASE.into()).unwrap_err().code, "error-import-file");
    assert_eq!(b.import_case(dir.0.join("nope"), FILE_PASSPHRASE.into()).unwrap_err().code, "error-import-file");
}

#[test]
fn the_file_dialogs_offer_a_clean_name_and_the_filters_in_the_ui_language() {
    let app = meldwijzer_app::App::new(
        meldwijzer_app::AppConfig::default(),
        Box::new(meldwijzer_app::FixedEnv::new(chrono::Utc::now())),
    )
    .unwrap();
    let save = app.file_dialog("case", "meldwijzer-casus", true).unwrap();
    assert_eq!(
        (save.file_name.as_str(), save.extensions.as_slice()),
        ("meldwijzer-casus.age", &["age".to_string()][..])
    );
    assert_eq!((save.title.as_str(), save.filter_label.as_str()), ("Casus exporteren", "Versleutelde casus (.age)"));
    for (given, clean) in [
        ("../../etc/passwd", "etc-passwd.age"),
        ("Zoë van Dijk / groep 4", "Zo-van-Dijk-groep-4.age"),
        ("verslag.age", "verslag.age"),
        ("", "meldwijzer.age"),
        ("...", "meldwijzer.age"),
    ] {
        assert_eq!(app.file_dialog("case", given, true).unwrap().file_name, clean, "from {given:?}");
    }
    let pdf = app.file_dialog("pdf", "stap-5-verslag", true).unwrap();
    assert_eq!((pdf.file_name.as_str(), pdf.title.as_str()), ("stap-5-verslag.pdf", "PDF opslaan"));
    let open = app.file_dialog("case", "ignored", false).unwrap();
    assert_eq!((open.title.as_str(), open.file_name.as_str()), ("Casusbestand kiezen", ""));
    assert_eq!(app.file_dialog("exe", "x", true).unwrap_err().code, "error-unknown-id");
    assert_eq!(app.file_dialog("pdf", "x", false).unwrap_err().code, "error-unknown-id", "PDFs are only saved");
    assert!(app.file_dialog("case", &"a".repeat(500), true).unwrap().file_name.len() <= 84);
}
