//! One hostile import attempt, for measuring its cost (issue 13, F2):
//!
//! ```sh
//! cargo build -p meldwijzer-app --release --example hostile_import
//! target/release/examples/hostile_import write 17 /tmp/hostile.age   # a case file at 2^17
//! /usr/bin/time -v target/release/examples/hostile_import read /tmp/hostile.age
//! ```
//!
//! `read` tries the file with a wrong passphrase through the same `export::precheck` and
//! `export::read` an import uses and prints the outcome and the time it took.

use std::io::Write;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("write") => {
            let log_n: u8 = args[2].parse().expect("work factor");
            let mut r =
                age::scrypt::Recipient::new(age::secrecy::SecretString::from("het juiste wachtwoord".to_string()));
            r.set_work_factor(log_n);
            let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
            let mut out = Vec::new();
            let mut w = enc.wrap_output(&mut out).unwrap();
            w.write_all(br#"{"format":"meldwijzer-case","version":1,"case":{}}"#).unwrap();
            w.finish().unwrap();
            std::fs::write(&args[3], out).unwrap();
        }
        Some("read") => {
            let bytes = std::fs::read(&args[2]).unwrap();
            let protocol = meldwijzer_app::content::protocol().expect("content");
            let start = Instant::now();
            let outcome = meldwijzer_app::export::precheck(&bytes)
                .and_then(|()| meldwijzer_app::export::read(&bytes, "een verkeerd wachtwoord", &protocol).map(|_| ()));
            println!("{outcome:?} in {} ms", start.elapsed().as_millis());
        }
        _ => eprintln!("usage: hostile_import write LOG_N FILE | read FILE"),
    }
}
