//! Organisation and region packs (issue 15): the committed packs check clean and are signed
//! with the development key; every hostile pack in `tests/packs/hostile/` is refused with a
//! located message, without a panic, by the validator, the `meldwijzer-pack` CLI and the app's
//! import; the app keeps imported packs in the vault across lock and unlock, refuses an unsigned
//! one unless accepted, and shows a pack past its review date as such.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv};
use meldwijzer_packs::{sig, Signature};
use meldwijzer_tests::{files_under, repo_root, TempDir};

const PASSPHRASE: &str = "paarse olifant op de fiets";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
}

fn dev_key() -> ring::signature::Ed25519KeyPair {
    let text =
        std::fs::read_to_string(repo_root().join("tests/packs/keys/ONTWIKKELSLEUTEL-ALLEEN-VOOR-TESTS.key")).unwrap();
    sig::read_key(&text).unwrap()
}

fn run_cli(args: &[&str]) -> (i32, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let rng = ring::rand::SystemRandom::new();
    let code = meldwijzer_app::packs::cli(&args, today(), &rng, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap() + &String::from_utf8(err).unwrap())
}

fn ftl_ids(lang: &str) -> Vec<String> {
    let text = std::fs::read_to_string(repo_root().join(format!("locales/{lang}/packs.ftl"))).unwrap();
    text.lines().filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_string())).collect()
}

fn committed_packs() -> Vec<PathBuf> {
    files_under("content/packs", &["toml"])
}

fn hostile() -> Vec<PathBuf> {
    files_under("tests/packs/hostile", &["toml"])
}

#[test]
fn the_development_key_is_the_one_the_packs_crate_names() {
    assert_eq!(sig::to_hex(&sig::public_key(&dev_key())), sig::DEV_PUBLIC_KEY_HEX);
}

#[test]
fn every_committed_pack_checks_clean_and_is_signed_with_the_development_key() {
    let packs = committed_packs();
    assert!(packs.len() >= 8, "four regions and four organisations: {packs:?}");
    let p = meldwijzer_app::content::protocol().unwrap();
    let mut fields = Vec::new();
    for path in &packs {
        let pack = meldwijzer_packs::check(&std::fs::read(path).unwrap(), &p, today())
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert!(pack.signature.is_dev_key(), "{}: signed with the development key", path.display());
        if let Some(o) = &pack.organisation {
            assert!(pack.name.contains("(fictief)"), "{}: an example organisation is named fictitious", path.display());
            fields.push(o.field.clone());
        }
        let (code, out) = run_cli(&["check", path.to_str().unwrap()]);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("ontwikkelsleutel"), "{out}");
    }
    for field in ["onderwijs", "arts", "sociaal-werk", "kinderopvang"] {
        assert!(fields.iter().any(|f| f == field), "an example organisation pack for {field}");
    }
    let gm = std::fs::read_to_string(repo_root().join("content/packs/regions/gelderland-midden.toml")).unwrap();
    assert!(
        gm.contains("VT05") && gm.contains("Noord- en Oost-Gelderland"),
        "Arnhem and the Achterhoek are two regions"
    );
}

#[test]
fn every_hostile_pack_is_refused_with_a_located_message_and_no_panic() {
    let files = hostile();
    assert!(files.len() >= 60, "at least 60 hostile packs, found {}", files.len());
    let p = meldwijzer_app::content::protocol().unwrap();
    let (nl, en) = (ftl_ids("nl"), ftl_ids("en"));
    let whole_file = ["pack-error-too-large", "pack-error-empty-file", "pack-error-read"];
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let problems = match catch_unwind(AssertUnwindSafe(|| meldwijzer_packs::check(&bytes, &p, today()))) {
            Ok(Err(problems)) => problems,
            Ok(Ok(_)) => panic!("{name}: accepted"),
            Err(_) => panic!("{name}: panicked"),
        };
        assert!(!problems.is_empty(), "{name}");
        for pr in &problems {
            assert!(
                nl.iter().any(|i| i == pr.code) && en.iter().any(|i| i == pr.code),
                "{name}: {} in nl and en",
                pr.code
            );
            assert!(pr.line > 0 || whole_file.contains(&pr.code), "{name}: {} has a line", pr.code);
        }
        let (code, out) = catch_unwind(|| run_cli(&["check", path.to_str().unwrap()]))
            .unwrap_or_else(|_| panic!("{name}: CLI panicked"));
        assert_eq!(code, 1, "{name}: {out}");
        assert!(out.contains(&name), "{name}: the CLI names the file: {out}");
        let (code, out_en) = run_cli(&["check", "--lang", "en", path.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert_ne!(out, out_en, "{name}: English messages");
    }
}

#[test]
fn the_hostile_set_covers_what_the_issue_names() {
    let names: Vec<String> = hostile().iter().map(|p| p.file_stem().unwrap().to_string_lossy().into_owned()).collect();
    for kind in ["altered-", "signature-", "meldnorm", "oversized", "deep-", "unknown-key", "past-review", "national-"]
    {
        assert!(names.iter().any(|n| n.contains(kind)), "a hostile pack for {kind}");
    }
}

#[test]
fn a_validly_signed_pack_past_its_review_date_is_refused_at_the_review_date() {
    let p = meldwijzer_app::content::protocol().unwrap();
    let bytes = std::fs::read(repo_root().join("content/packs/regions/flevoland.toml")).unwrap();
    let later = NaiveDate::from_ymd_opt(2027, 12, 2).unwrap();
    let problems = meldwijzer_packs::check(&bytes, &p, later).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code, "pack-error-review-past");
    assert_eq!(problems[0].line, 10, "at review_by");
    assert!(meldwijzer_packs::parse(&bytes, &p).is_ok(), "an imported pack is still read, and shown as out of date");
}

#[test]
fn sign_and_keygen_through_the_cli() {
    let dir = TempDir::new("pack-cli");
    let key = dir.0.join("k.key");
    let (code, out) = run_cli(&["keygen", key.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let (code, _) = run_cli(&["keygen", key.to_str().unwrap()]);
    assert_eq!(code, 1, "never over an existing key");
    let pack = dir.0.join("p.toml");
    let original = std::fs::read(repo_root().join("content/packs/organisations/wijkteam-noord.toml")).unwrap();
    std::fs::write(&pack, &original).unwrap();
    let (code, out) = run_cli(&["sign", pack.to_str().unwrap(), "--key", key.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let signed = std::fs::read(&pack).unwrap();
    assert!(matches!(sig::verify(&signed), Signature::Valid { .. }));
    assert!(!meldwijzer_packs::parse(&signed, &meldwijzer_app::content::protocol().unwrap())
        .unwrap()
        .signature
        .is_dev_key());
    // A broken pack is not signed.
    let broken = dir.0.join("b.toml");
    std::fs::copy(repo_root().join("tests/packs/hostile/meldnorm-table.toml"), &broken).unwrap();
    let before = std::fs::read(&broken).unwrap();
    let (code, out) = run_cli(&["sign", broken.to_str().unwrap(), "--key", key.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(std::fs::read(&broken).unwrap(), before);
    for usage in [&["sign", "x.toml"][..], &["check"], &["keygen"], &["frobnicate", "x"], &[]] {
        assert_eq!(run_cli(usage).0, 2, "{usage:?}");
    }
}

fn vault_app(dir: &Path, env: Arc<FixedEnv>) -> App {
    let config = AppConfig {
        vault_path: Some(dir.join("data").join("meldwijzer").join("vault.db")),
        settings_path: Some(dir.join("config").join("meldwijzer").join("settings.toml")),
        test_kdf: true,
    };
    App::new(config, Box::new(env)).unwrap()
}

fn read(app: &mut App, path: &Path) -> Result<meldwijzer_app::packs::PackPreview, meldwijzer_app::ApiError> {
    let grant = app.grant_file("pack", false, path.to_path_buf()).unwrap();
    app.pack_read_from(grant.token)
}

#[test]
fn the_app_refuses_every_hostile_pack_with_its_located_problems() {
    let dir = TempDir::new("pack-app-hostile");
    let env = Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap()));
    let mut app = vault_app(&dir.0, env);
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    for path in hostile() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let err = match catch_unwind(AssertUnwindSafe(|| read(&mut app, &path))) {
            Ok(Err(e)) => e,
            Ok(Ok(_)) => panic!("{name}: accepted by the app"),
            Err(_) => panic!("{name}: the app panicked"),
        };
        assert_eq!(err.code, "error-pack-refused", "{name}");
        assert!(err.message.contains(&name), "{name}: the message names the file and place: {}", err.message);
        assert_eq!(app.pack_accept(true).unwrap_err().code, "error-pack-none-pending", "{name}: nothing to accept");
    }
    assert!(app.packs_list().unwrap().packs.is_empty());
}

#[test]
fn imported_packs_live_in_the_vault_and_show_where_they_belong() {
    let dir = TempDir::new("pack-app");
    let env = Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap()));
    let mut app = vault_app(&dir.0, env.clone());
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    assert_eq!(app.pack_local().unwrap(), Default::default(), "no packs, nothing shown");

    let preview = read(&mut app, &repo_root().join("content/packs/regions/flevoland.toml")).unwrap();
    assert_eq!(preview.pack.signature, "signed");
    assert!(preview.pack.dev_key);
    assert_eq!(preview.pack.fingerprint.as_deref(), Some("8573 ae14 c3ff 7ce2 237d 9e98 b8f8 7f1a"));
    assert_eq!(preview.replaces, None);
    app.pack_accept(false).unwrap();
    read(&mut app, &repo_root().join("content/packs/organisations/school-de-vlinderboom.toml")).unwrap();
    let list = app.pack_accept(false).unwrap();
    assert_eq!(list.packs.len(), 2);

    let local = app.pack_local().unwrap();
    assert_eq!(local.line.as_deref(), Some("Pakket: Basisschool De Vlinderboom (fictief) · Flevoland"));
    let org = local.organisation.unwrap();
    assert_eq!(org.aandachtsfunctionaris.phone.as_deref(), Some("intern toestel 214"));
    let region = local.region.unwrap();
    assert_eq!(region.veilig_thuis[0].name, "Veilig Thuis Flevoland");
    assert_eq!(region.csg[0].name, "Centrum Seksueel Geweld Flevoland");
    assert!(region.next.iter().any(|n| n.step == "beslissen") && region.next.iter().any(|n| n.step == "na-melding"));

    // Lock and unlock: still there.
    app.lock().unwrap();
    assert_eq!(app.packs_list().unwrap_err().code, "error-vault-locked");
    assert_eq!(app.pack_local().unwrap(), Default::default(), "nothing shown while locked");
    app.unlock(PASSPHRASE.into()).unwrap();
    assert_eq!(app.packs_list().unwrap().packs.len(), 2);

    // Another region pack replaces Flevoland, and says so first.
    let preview = read(&mut app, &repo_root().join("content/packs/regions/kennemerland.toml")).unwrap();
    assert_eq!(preview.replaces.as_deref(), Some("Flevoland"));
    app.pack_cancel();
    assert_eq!(app.pack_accept(false).unwrap_err().code, "error-pack-none-pending");

    // Past its review date: kept, and shown as such.
    env.set_now(Utc.with_ymd_and_hms(2027, 12, 2, 9, 0, 0).unwrap());
    assert!(app.packs_list().unwrap().packs.iter().all(|p| p.past_review));
    assert!(app.pack_local().unwrap().region.unwrap().pack.past_review);

    // Removed.
    let left = app.pack_remove("regio-flevoland".into()).unwrap();
    assert_eq!(left.packs.len(), 1);
    assert_eq!(app.pack_remove("regio-flevoland".into()).unwrap_err().code, "error-pack-not-found");
}

#[test]
fn an_unsigned_pack_needs_an_explicit_yes_and_an_altered_one_is_always_refused() {
    let dir = TempDir::new("pack-unsigned");
    let env = Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap()));
    let mut app = vault_app(&dir.0, env);
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    let text = std::fs::read_to_string(repo_root().join("content/packs/regions/flevoland.toml")).unwrap();
    let unsigned = dir.0.join("unsigned.toml");
    std::fs::write(&unsigned, &text[..text.find("# meldwijzer-pack-signature").unwrap()]).unwrap();
    let preview = read(&mut app, &unsigned).unwrap();
    assert_eq!((preview.pack.signature.as_str(), preview.pack.fingerprint.clone()), ("unsigned", None));
    assert_eq!(app.pack_accept(false).unwrap_err().code, "error-pack-unsigned");
    let list = app.pack_accept(true).unwrap();
    assert_eq!(list.packs[0].signature, "unsigned", "listed as unsigned");
    let altered = repo_root().join("tests/packs/hostile/altered-after-signing.toml");
    assert_eq!(read(&mut app, &altered).unwrap_err().code, "error-pack-refused");
}

#[test]
fn a_scenario_that_names_a_pack_fails_on_a_missing_or_mismatched_pack() {
    let p = meldwijzer_app::content::protocol().unwrap();
    let scenario = |pack: &str, field: &str| {
        format!(
            "name = \"x\"\npack = \"{pack}\"\n[case]\nfield = \"{field}\"\nsubject = \"kind\"\nsuspect = \"huiselijke-kring\"\n[answers]\nvermoeden = \"nee\"\n[expect]\noutcomes = [\"afsluiten\"]\n"
        )
    };
    let run = |text: String| meldwijzer_app::scenarios::run_text(&p, &text).unwrap();
    assert!(run(scenario("organisations/school-de-vlinderboom.toml", "onderwijs")).passed());
    let wrong_field = run(scenario("organisations/school-de-vlinderboom.toml", "arts"));
    assert!(wrong_field.mismatches.iter().any(|m| m.contains("for `onderwijs`")), "{:?}", wrong_field.mismatches);
    let missing = run(scenario("regions/achterhoek.toml", "onderwijs"));
    assert!(missing.mismatches.iter().any(|m| m.contains("no committed pack")), "{:?}", missing.mismatches);
    assert!(
        meldwijzer_protocol::scenario::run_with(&p, &scenario("regions/flevoland.toml", "onderwijs"), None).is_err(),
        "the protocol's own runner leaves packs to the app's"
    );
    assert_eq!(meldwijzer_app::packs::committed().len(), committed_packs().len(), "every committed pack is embedded");
}

#[test]
fn no_flipped_byte_or_truncation_of_a_signed_pack_is_accepted_or_panics() {
    let p = meldwijzer_app::content::protocol().unwrap();
    let signed =
        std::fs::read(repo_root().join("content/packs/organisations/kinderopvang-het-speelhuis.toml")).unwrap();
    assert!(meldwijzer_packs::check(&signed, &p, today()).is_ok());
    // Every 5th byte flipped (XOR 1), every 5th truncation: never accepted as signed. Either
    // refused, or (the signature line itself broken or cut off, as if deleted) an unsigned pack,
    // which the import only takes after an explicit yes. None panics.
    for i in (0..signed.len()).step_by(5) {
        let mut flipped = signed.clone();
        flipped[i] ^= 1;
        match catch_unwind(AssertUnwindSafe(|| meldwijzer_packs::check(&flipped, &p, today()))) {
            Ok(Err(_)) => {}
            Ok(Ok(pack)) => {
                assert_eq!(pack.signature, Signature::Unsigned, "byte {i} flipped");
                let trailer = sig::find_trailer(&signed).unwrap();
                assert!(i >= trailer, "byte {i} flipped: only a flip in the signature line unsigns it");
            }
            Err(_) => panic!("byte {i} flipped: panicked"),
        }
        let r = catch_unwind(AssertUnwindSafe(|| meldwijzer_packs::check(&signed[..i], &p, today())));
        match r {
            Ok(Err(_)) => {}
            Ok(Ok(pack)) => assert_eq!(pack.signature, Signature::Unsigned, "truncated at {i}"),
            Err(_) => panic!("truncated at {i}: panicked"),
        }
    }
}
