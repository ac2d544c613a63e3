//! `meldwijzer-scenarios DIR...`: runs every `*.toml` scenario file in the given directories
//! (default `tests/scenarios`) against the embedded meldcode content, so a domain expert can
//! add cases without touching Rust. Exits 1 when a scenario fails, 2 when it cannot run.

use std::path::PathBuf;

fn main() {
    let mut dirs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        dirs.push(PathBuf::from("tests/scenarios"));
    }
    match meldwijzer_app::scenarios::run_dirs(&dirs, &mut std::io::stdout()) {
        Ok((_, 0)) => {}
        Ok(_) => std::process::exit(1),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}
