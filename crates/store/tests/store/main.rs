//! The vault's tests, one module per concern. Every test vault uses tiny KDF parameters
//! (`VaultOptions::for_tests`), except `kdf::shipped_create_calibrates_at_or_above_the_floor`.
//!
//! Long runs: `MELDWIJZER_CRASH_KILLS=1000 cargo test -p meldwijzer-store --test store crash`
//! (seed: `MELDWIJZER_CRASH_SEED=N`); `MELDWIJZER_WRONG_TRIES=1000`, `MELDWIJZER_NONCE_SEALS=1000000`.

mod common;

mod attempts;
mod change_passphrase;
mod crash;
mod decoder;
mod faults;
mod instance;
mod kdf;
mod leak;
mod recovery;
mod roundtrip;
mod settings;
mod shred;
mod tamper;
mod versions;
mod wrong_passphrase;

/// Reads a count from the environment, or the default.
pub fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
