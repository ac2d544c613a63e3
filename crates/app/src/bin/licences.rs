//! `meldwijzer-licences`: writes `crates/app/licences.json`, the licence of every crate built
//! into the app on any platform, for "Over Meldwijzer". Generated, never written by hand:
//!
//! ```sh
//! cargo run -p meldwijzer-app --bin meldwijzer-licences           # rewrite the file
//! cargo run -p meldwijzer-app --bin meldwijzer-licences -- --check  # exit 1 if it is stale
//! ```
//!
//! It reads `cargo metadata` (the locked dependency graph of every platform, so the Windows and
//! macOS crates are listed too; on a fresh machine cargo fetches those crates' manifests once,
//! since a Linux build never downloads them) and walks the normal dependencies of the `meldwijzer` package:
//! build and dev dependencies do not end up in the binary. Workspace crates are left out (they
//! are the app itself, EUPL-1.2). A crate without a licence expression is an error: someone has
//! to look at it before it ships. `crates/app/tests/licences.rs` runs `--check` in `cargo test`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use serde_json::Value;

/// The package whose binary is shipped.
const ROOT_PACKAGE: &str = "meldwijzer";

/// What the binary carries that is not a crate of its own: name, version, licence, where from.
/// The font is `crates/pdf/fonts` (see its README); SQLite is compiled in by `libsqlite3-sys`
/// (`bundled`), whose own MIT licence covers only the crate.
const BUNDLED: &[(&str, &str, &str, &str)] = &[
    ("Noto Sans (PDF font)", "2.004", "OFL-1.1", "https://github.com/notofonts/latin-greek-cyrillic"),
    ("SQLite", "3", "blessing", "https://sqlite.org/copyright.html"),
];

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(_) => {
            eprintln!("usage: meldwijzer-licences [--check]");
            return ExitCode::from(2);
        }
    };
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("licences.json");
    let text = match generate(&workspace) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("meldwijzer-licences: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let current = std::fs::read_to_string(&out).unwrap_or_default();
        if current == text {
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "{} is stale: the dependencies changed. Run\n  cargo run -p meldwijzer-app --bin meldwijzer-licences",
            out.display()
        );
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(&out, text) {
        eprintln!("meldwijzer-licences: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The file's text: `{"generated_by": …, "crates": [{name, version, licence, repository}]}`,
/// sorted by name and version, one crate per line so a dependency change reads as a small diff.
fn generate(workspace: &Path) -> Result<String, String> {
    let cargo = std::env::var_os("CARGO").map(PathBuf::from).unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--manifest-path"])
        .arg(workspace.join("Cargo.toml"))
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!("cargo metadata failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    let meta: Value = serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;

    let packages: BTreeMap<&str, &Value> =
        meta["packages"].as_array().ok_or("no packages")?.iter().filter_map(|p| Some((p["id"].as_str()?, p))).collect();
    let nodes: BTreeMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .ok_or("no resolve graph")?
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let root = packages
        .iter()
        .find(|(_, p)| p["name"] == ROOT_PACKAGE && p["source"].is_null())
        .map(|(id, _)| *id)
        .ok_or("no meldwijzer package")?;

    // Normal dependencies only, on every platform.
    let mut seen = BTreeSet::new();
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        let deps = nodes.get(id).and_then(|n| n["deps"].as_array()).ok_or_else(|| format!("{id}: not resolved"))?;
        for dep in deps {
            let normal = dep["dep_kinds"].as_array().is_some_and(|kinds| kinds.iter().any(|k| k["kind"].is_null()));
            if normal {
                todo.push(dep["pkg"].as_str().ok_or("dependency without id")?);
            }
        }
    }

    let mut rows = BTreeSet::new();
    let mut missing = Vec::new();
    for id in seen {
        let p = packages[id];
        if p["source"].is_null() {
            continue; // a workspace crate: the app itself
        }
        let name = p["name"].as_str().unwrap_or_default();
        let version = p["version"].as_str().unwrap_or_default();
        let licence = p["license"].as_str().map(str::trim).unwrap_or_default();
        if licence.is_empty() {
            missing.push(format!("{name} {version}"));
            continue;
        }
        let row = serde_json::json!({
            "name": name,
            "version": version,
            "licence": licence,
            "repository": p["repository"].as_str(),
        });
        rows.insert((name.to_lowercase(), version.to_string(), row.to_string()));
    }
    for (name, version, licence, repository) in BUNDLED {
        let row = serde_json::json!({"name": name, "version": version, "licence": licence, "repository": repository});
        rows.insert((name.to_lowercase(), version.to_string(), row.to_string()));
    }
    if !missing.is_empty() {
        return Err(format!("no licence expression for: {}", missing.join(", ")));
    }
    let mut text =
        String::from("{\"generated_by\": \"cargo run -p meldwijzer-app --bin meldwijzer-licences\",\n\"crates\": [\n");
    let count = rows.len();
    for (i, (_, _, row)) in rows.into_iter().enumerate() {
        text.push_str(&row);
        text.push_str(if i + 1 < count { ",\n" } else { "\n" });
    }
    text.push_str("]}\n");
    Ok(text)
}
