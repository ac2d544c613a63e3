//! The licences "Over Meldwijzer" lists are generated, not written: `crates/app/licences.json`
//! must be what `meldwijzer-licences` makes from today's `Cargo.lock`, and every component in
//! it must name a licence.

use std::process::Command;

#[test]
fn the_licence_list_matches_the_locked_dependencies() {
    let out = Command::new(env!("CARGO_BIN_EXE_meldwijzer-licences"))
        .arg("--check")
        .output()
        .expect("run meldwijzer-licences");
    assert!(
        out.status.success(),
        "crates/app/licences.json is stale or a crate has no licence:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_component_names_its_licence() {
    let components = meldwijzer_app::licence_components();
    // The shell alone pulls in hundreds of crates (Tauri, WebKitGTK bindings, serde, ...).
    assert!(components.len() > 100, "only {} components: does licences.json parse?", components.len());
    for c in &components {
        assert!(!c.licence.trim().is_empty(), "{} {} has no licence", c.name, c.version);
        assert!(!c.name.trim().is_empty() && !c.version.trim().is_empty(), "a component without name or version");
    }
    for name in ["tauri", "serde", "ring", "Noto Sans (PDF font)", "SQLite"] {
        assert!(components.iter().any(|c| c.name == name), "{name} is missing from the licence list");
    }
}
