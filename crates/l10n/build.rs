//! Embeds every `locales/<lang>/*.ftl` file at build time, so the binary needs no files.

use std::{env, fs, path::PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root).expect("locales/ exists").flatten().filter(|e| e.path().is_dir()).collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path()).unwrap().flatten().filter(|e| e.path().extension().is_some_and(|x| x == "ftl")).collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            println!("cargo:rerun-if-changed={}", f.path().display());
            entries.push(format!(
                "    ({:?}, {:?}, include_str!({:?})),\n",
                lang.file_name().to_string_lossy(),
                f.file_name().to_string_lossy(),
                f.path().canonicalize().unwrap().display().to_string()
            ));
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(out, format!("/// (language, file name, text) of every embedded .ftl file.\npub static FILES: &[(&str, &str, &str)] = &[\n{}];\n", entries.concat())).unwrap();
}
