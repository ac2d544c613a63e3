//! Paths only from Rust's own dialogs (issue 13, F6). The file commands take a single-use
//! token that `grant_file` gave for the dialog's answer: a forged token, a path sent as a
//! token, a token of another kind, a spent token and any token after a lock are refused
//! (`error-file-token`); a path into Meldwijzer's own folders is refused at the grant
//! (`error-file-app-folder`), also through a symbolic link. The page only ever sees the bare
//! file name.

use std::path::Path;

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv, NewCaseInput};

use meldwijzer_tests::{repo_root, TempDir};

const PASSPHRASE: &str = "paarse olifant op de fiets";
const FILE_PASSPHRASE: &str = "overdracht aan collega Jansen";

fn app(dir: &Path) -> (App, String) {
    let config = AppConfig {
        vault_path: Some(dir.join("data").join("meldwijzer").join("vault.db")),
        settings_path: Some(dir.join("config").join("meldwijzer").join("settings.toml")),
        test_kdf: true,
    };
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    let mut app = App::new(config, Box::new(env)).unwrap();
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    let input = NewCaseInput {
        alias: "Token".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    let id = app.create_case(input).unwrap().case.id;
    (app, id)
}

#[test]
fn forged_raw_path_wrong_kind_and_spent_tokens_are_refused() {
    let dir = TempDir::new("tokens");
    let (mut app, id) = app(&dir.0);
    let target = dir.0.join("uit").join("casus.age");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let code = |r: Result<(), meldwijzer_app::ApiError>| r.unwrap_err().code;

    // Forged, and a raw path where a token belongs: nothing written anywhere.
    for forged in ["", "0000", "00000000-0000-4000-8000-000000000001", target.to_str().unwrap()] {
        assert_eq!(code(app.export_case_to(id.clone(), forged.into(), FILE_PASSPHRASE.into())), "error-file-token");
        assert_eq!(
            code(app.save_output_pdf_to(id.clone(), "verslag".into(), "nl".into(), forged.into()).map(|_| ())),
            "error-file-token"
        );
        assert_eq!(code(app.import_case_from(forged.into(), FILE_PASSPHRASE.into()).map(|_| ())), "error-file-token");
    }
    assert!(!target.exists());

    // A real grant: the page gets a token and the bare file name, never the folder.
    let grant = app.grant_file("case", true, target.clone()).unwrap();
    assert_eq!(grant.file_name, "casus.age");
    assert!(!grant.token.contains("uit") && !grant.token.contains('/'), "the token says nothing of the path");
    // Of another kind: an export token does not open a file or write a PDF.
    assert_eq!(code(app.import_case_from(grant.token.clone(), FILE_PASSPHRASE.into()).map(|_| ())), "error-file-token");
    assert_eq!(
        code(app.save_output_pdf_to(id.clone(), "verslag".into(), "nl".into(), grant.token.clone()).map(|_| ())),
        "error-file-token"
    );
    // A failed use (a weak passphrase) leaves it live; the first success spends it.
    assert_eq!(code(app.export_case_to(id.clone(), grant.token.clone(), "1234567890".into())), "error-passphrase-weak");
    app.export_case_to(id.clone(), grant.token.clone(), FILE_PASSPHRASE.into()).expect("the live token writes");
    assert!(target.is_file());
    std::fs::remove_file(&target).unwrap();
    assert_eq!(code(app.export_case_to(id.clone(), grant.token, FILE_PASSPHRASE.into())), "error-file-token");
    assert!(!target.exists(), "a spent token writes nothing");

    // The import side: one open grant reads the file once.
    let out = app.grant_file("case", true, target.clone()).unwrap();
    app.export_case_to(id.clone(), out.token, FILE_PASSPHRASE.into()).unwrap();
    let open = app.grant_file("case", false, target.clone()).unwrap();
    assert_eq!(
        app.import_case_from(open.token.clone(), FILE_PASSPHRASE.into()).unwrap_err().code,
        "error-import-exists"
    );
    app.delete_case(id.clone()).unwrap();
    app.import_case_from(open.token.clone(), FILE_PASSPHRASE.into()).expect("read once");
    assert_eq!(code(app.import_case_from(open.token, FILE_PASSPHRASE.into()).map(|_| ())), "error-file-token");

    // A lock drops every token.
    let pdf = app.grant_file("pdf", true, dir.0.join("uit").join("v.pdf")).unwrap();
    app.lock().unwrap();
    app.unlock(PASSPHRASE.into()).unwrap();
    assert_eq!(
        code(app.save_output_pdf_to(id, "verslag".into(), "nl".into(), pdf.token).map(|_| ())),
        "error-file-token"
    );
}

#[test]
fn a_path_into_meldwijzers_own_folders_is_refused_at_the_grant() {
    let dir = TempDir::new("tokens-vault");
    let (mut app, _) = app(&dir.0);
    let vault_dir = dir.0.join("data").join("meldwijzer");
    for (filter, save, path) in [
        ("pdf", true, vault_dir.join("vault.db")),
        ("case", true, vault_dir.join("x.age")),
        ("case", false, vault_dir.join("vault.db")),
        ("training", false, dir.0.join("config").join("meldwijzer").join("settings.toml")),
    ] {
        let err = app.grant_file(filter, save, path.clone()).unwrap_err();
        assert_eq!(err.code, "error-file-app-folder", "{filter} {save} {}", path.display());
    }
    // Also through a link to the vault's folder.
    #[cfg(unix)]
    {
        let link = dir.0.join("innocent");
        std::os::unix::fs::symlink(&vault_dir, &link).unwrap();
        assert_eq!(app.grant_file("pdf", true, link.join("vault.db")).unwrap_err().code, "error-file-app-folder");
    }
    assert_eq!(app.grant_file("pdf", true, dir.0.join("elders.pdf")).unwrap().file_name, "elders.pdf");
    assert_eq!(app.grant_file("nope", true, dir.0.join("x")).unwrap_err().code, "error-unknown-id");
}

#[test]
fn a_trainer_file_is_read_only_through_its_token() {
    let dir = TempDir::new("tokens-training");
    let (mut app, _) = app(&dir.0);
    app.enter_training().unwrap();
    let file = repo_root().join("content/training/examples/kort-voorbeeld.toml");
    assert_eq!(app.training_import_from(file.display().to_string()).unwrap_err().code, "error-file-token");
    let grant = app.grant_file("training", false, file).unwrap();
    let view = app.training_import_from(grant.token.clone()).unwrap();
    assert!(view.case.is_some(), "the example reads");
    assert_eq!(app.training_import_from(grant.token).unwrap_err().code, "error-file-token");
}
