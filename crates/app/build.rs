//! Embeds every `content/*.toml` file and the built-in oefencasussen (`content/training/*.toml`)
//! at build time.

use std::{env, fs, path::PathBuf};

fn main() {
    // Relative paths, as in crates/l10n/build.rs: a shared build cache must never embed another
    // checkout's content.
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../content");
    println!("cargo:rerun-if-changed=../../content");
    let mut files: Vec<_> = fs::read_dir(&root)
        .expect("content/ exists")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort_by_key(|e| e.file_name());
    let mut entries = String::new();
    for f in files {
        let rel = format!("../../content/{}", f.file_name().to_string_lossy());
        println!("cargo:rerun-if-changed={rel}");
        entries.push_str(&format!(
            "    ({:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{rel}\"))),\n",
            f.file_name().to_string_lossy()
        ));
    }
    let training = root.join("training");
    println!("cargo:rerun-if-changed=../../content/training");
    let mut cases: Vec<_> = fs::read_dir(&training)
        .expect("content/training/ exists")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .collect();
    cases.sort_by_key(|e| e.file_name());
    let mut training_entries = String::new();
    for f in cases {
        let rel = format!("../../content/training/{}", f.file_name().to_string_lossy());
        println!("cargo:rerun-if-changed={rel}");
        training_entries.push_str(&format!(
            "    ({:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{rel}\"))),\n",
            f.file_name().to_string_lossy()
        ));
    }
    // The committed packs (content/packs/<kind>/*.toml), for scenarios that name one.
    println!("cargo:rerun-if-changed=../../content/packs");
    let mut pack_entries = String::new();
    for kind in ["organisations", "regions"] {
        let dir = root.join("packs").join(kind);
        println!("cargo:rerun-if-changed=../../content/packs/{kind}");
        let mut packs: Vec<_> = fs::read_dir(&dir)
            .expect("content/packs/<kind>/ exists")
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
            .collect();
        packs.sort_by_key(|e| e.file_name());
        for f in packs {
            let name = format!("{kind}/{}", f.file_name().to_string_lossy());
            let rel = format!("../../content/packs/{name}");
            println!("cargo:rerun-if-changed={rel}");
            pack_entries.push_str(&format!(
                "    ({name:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{rel}\"))),\n"
            ));
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("packs.rs");
    fs::write(out, format!("/// (path under content/packs, bytes) of every committed pack.\npub static COMMITTED: &[(&str, &[u8])] = &[\n{pack_entries}];\n")).unwrap();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("training.rs");
    fs::write(out, format!("/// (file name, text) of every built-in oefencasus.\npub static BUILTIN: &[(&str, &str)] = &[\n{training_entries}];\n")).unwrap();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("content.rs");
    fs::write(out, format!("/// (file name, text) of every embedded content file.\npub static FILES: &[(&str, &str)] = &[\n{entries}];\n")).unwrap();
}
