//! Owner-only files and a passphrase that is hard to guess (issue 13, F5): the data and config
//! folders become 0700 and every file in them 0600, also when they existed looser; ten spaces,
//! one repeated character or a common password are refused with Dutch advice.

use std::path::Path;

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv, NewCaseInput, SettingsView};

use meldwijzer_tests::TempDir;

const PASSPHRASE: &str = "paarse olifant op de fiets";

fn app(dir: &Path) -> App {
    let config = AppConfig {
        settings_path: Some(dir.join("config").join("meldwijzer").join("settings.toml")),
        vault_path: Some(dir.join("data").join("meldwijzer").join("vault.db")),
        test_kdf: true,
    };
    App::new(config, Box::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()))).unwrap()
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn folders_are_0700_and_files_0600_also_when_they_existed_looser() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("modes");
    let (config, data) = (dir.0.join("config").join("meldwijzer"), dir.0.join("data").join("meldwijzer"));
    for d in [&config, &data] {
        std::fs::create_dir_all(d).unwrap();
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::write(config.join("settings.toml"), "language = \"nl\"\n").unwrap();
    std::fs::set_permissions(config.join("settings.toml"), std::fs::Permissions::from_mode(0o644)).unwrap();

    let mut app = app(&dir.0);
    assert_eq!((mode(&config), mode(&data)), (0o700, 0o700), "tightened at start");
    assert_eq!(mode(&config.join("settings.toml")), 0o600);
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    let input = NewCaseInput {
        alias: "Modus".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    app.create_case(input).unwrap();
    app.set_settings(SettingsView { idle_lock_minutes: 7, retention_days: 30 }).unwrap();
    for d in [&config, &data] {
        assert_eq!(mode(d), 0o700, "{}", d.display());
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            assert_eq!(mode(&p), 0o600, "{} is owner-only", p.display());
        }
    }
    assert!(data.join("vault.db").is_file() && data.join("vault.db.lock").exists());
}

#[test]
fn blank_repeated_and_common_passphrases_are_refused_with_dutch_advice() {
    let dir = TempDir::new("strength");
    let mut app = app(&dir.0);
    for weak in ["          ", "aaaaaaaaaaaaaa", "wachtwoord123", "qwertyuiop12", "welkom2026!"] {
        let err = app.create_vault(weak.into(), false).unwrap_err();
        assert_eq!(err.code, "error-passphrase-weak", "{weak:?}");
        assert!(err.message.starts_with("Dit wachtwoord is te makkelijk te raden."), "{}", err.message);
        let hint = err.args.get("hint").expect("the hint travels as its Fluent id");
        assert!(hint.starts_with("passphrase-hint-"), "{hint}");
        assert!(!err.message.contains("guess"), "no English: {}", err.message);
    }
    let blank = app.create_vault("          ".into(), false).unwrap_err();
    assert!(blank.message.contains("Herhaal niet steeds hetzelfde teken"), "{}", blank.message);
    assert_eq!(app.create_vault("kort".into(), false).unwrap_err().code, "error-passphrase-too-short");
    assert_eq!(app.vault_status().state, "none", "nothing was set up");

    app.create_vault(PASSPHRASE.into(), false).expect("a few uncommon words are fine");
    assert_eq!(
        app.change_passphrase(PASSPHRASE.into(), "            ".into()).unwrap_err().code,
        "error-passphrase-weak",
        "also when changing"
    );
    let input = NewCaseInput {
        alias: "Sterk".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    let id = app.create_case(input).unwrap().case.id;
    assert_eq!(
        app.export_case(id, dir.0.join("x.age"), "1234567890".into()).unwrap_err().code,
        "error-passphrase-weak",
        "and for an export file"
    );
}
