//! Embeds every `locales/<lang>/*.ftl` file at build time, so the binary needs no files.

use std::{env, fs, path::PathBuf};

fn main() {
    // Paths relative to this crate, both for cargo's change tracking and in the generated
    // include_str!: a build cache shared between two checkouts must never embed the other
    // checkout's texts.
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.join("../../locales");
    println!("cargo:rerun-if-changed=../../locales");
    let mut entries = Vec::new();
    let mut langs: Vec<_> =
        fs::read_dir(&root).expect("locales/ exists").flatten().filter(|e| e.path().is_dir()).collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed=../../locales/{}", lang.file_name().to_string_lossy());
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            let rel =
                format!("../../locales/{}/{}", lang.file_name().to_string_lossy(), f.file_name().to_string_lossy());
            println!("cargo:rerun-if-changed={rel}");
            entries.push(format!(
                "    ({:?}, {:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{rel}\"))),\n",
                lang.file_name().to_string_lossy(),
                f.file_name().to_string_lossy(),
            ));
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(out, format!("/// (language, file name, text) of every embedded .ftl file.\npub static FILES: &[(&str, &str, &str)] = &[\n{}];\n", entries.concat())).unwrap();
}
