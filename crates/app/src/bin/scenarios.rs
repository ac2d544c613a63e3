//! `meldwijzer-scenarios DIR...`: runs every `*.toml` scenario file in the given directories
//! (default `tests/scenarios`) against the embedded meldcode content, so a domain expert can
//! add cases without touching Rust. Exits non-zero when any scenario fails.

use std::path::PathBuf;

fn main() {
    let dirs: Vec<PathBuf> = {
        let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
        if args.is_empty() {
            vec![PathBuf::from("tests/scenarios")]
        } else {
            args
        }
    };
    let protocol = match meldwijzer_app::content::protocol() {
        Ok(p) => p,
        Err(errs) => {
            for e in errs {
                eprintln!("content: {e}");
            }
            std::process::exit(2);
        }
    };
    let (mut passed, mut failed) = (0, 0);
    for dir in dirs {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect(),
            Err(e) => {
                eprintln!("{}: {e}", dir.display());
                std::process::exit(2);
            }
        };
        files.sort();
        for file in files {
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    println!("FAIL {}: {e}", file.display());
                    failed += 1;
                    continue;
                }
            };
            match meldwijzer_protocol::scenario::run(&protocol, &text) {
                Ok(r) if r.passed() => {
                    println!("ok   {}", r.name);
                    passed += 1;
                }
                Ok(r) => {
                    println!("FAIL {} ({})", r.name, file.display());
                    for m in r.mismatches {
                        println!("       {m}");
                    }
                    failed += 1;
                }
                Err(e) => {
                    println!("FAIL {}: {e}", file.display());
                    failed += 1;
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
