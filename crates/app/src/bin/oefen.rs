//! `meldwijzer-oefen check [--lang nl|en] FILE...`: checks trainer-written oefencasussen
//! against the format and the embedded meldcode content, with the same messages the app shows
//! at import (Dutch unless `--lang en`). Needs no display. Exits 0 when every file is fine,
//! 1 when a file has problems, 2 on wrong usage.

fn main() {
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let code = meldwijzer_app::training::cli(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
