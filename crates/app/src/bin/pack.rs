//! `meldwijzer-pack`: checks, signs and makes keys for organisation and region packs
//! (`content/packs/README.md`), with the same messages the app shows at import (Dutch unless
//! `--lang en`). Needs no display.
//!
//! - `meldwijzer-pack check [--lang nl|en] FILE...`: the format, every entry, the review date
//!   (against today's local date) and the signature, if any.
//! - `meldwijzer-pack sign FILE --key KEY`: checks, then signs FILE in place (Ed25519).
//! - `meldwijzer-pack keygen KEY`: writes a new key file (never over an existing one).
//!
//! Exits 0 when fine, 1 when a file has problems or cannot be read or written, 2 on wrong usage.

use meldwijzer_app::Env;

fn main() {
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let today = meldwijzer_app::SystemEnv::new().today();
    let rng = ring::rand::SystemRandom::new();
    let code = meldwijzer_app::packs::cli(&args, today, &rng, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
