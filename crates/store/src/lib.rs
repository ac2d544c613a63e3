//! Meldwijzer's encrypted case vault.
//!
//! ```text
//! passphrase ──Argon2id(salt, m, t, p; calibrated 0.5–1.5 s, floor 19 MiB/2/1)──► KEK
//! KEK        ──AES-256-GCM(AAD: vault id, "vault-key/passphrase", KDF params, salt)──► vault key
//! recovery key ──HKDF-SHA256(recovery salt)──► KEK' ──(AAD: "vault-key/recovery")──► vault key
//! vault key  ──(AAD: case UUID, "case-key")──► one random data key per case
//! case key   ──(AAD: case UUID, "case-document")──► the case as JSON (serde of protocol::Case)
//! case key   ──(AAD: case UUID, "case-summary", clear times)──► alias, field, subject, closed
//! ```
//!
//! * [`Vault::create`], [`Vault::unlock`], [`Vault::unlock_with_recovery`], [`exists`];
//!   [`Vault::save_case`] (returns after `COMMIT` with `synchronous=FULL`), [`Vault::load_case`],
//!   [`Vault::list_page`] + [`Vault::count`] (decrypts only the page's summaries),
//!   [`Vault::delete_case`] (crypto-shreds), [`Vault::change_passphrase`],
//!   [`Vault::rotate_recovery_key`], [`Vault::lock`].
//! * Storage: SQLite (WAL, `synchronous=FULL`, `secure_delete=ON`, `temp_store=MEMORY`,
//!   `foreign_keys=ON`, `fullfsync=ON`, `trusted_schema=OFF`, defensive mode), migrations from
//!   `migrations/NNNN_*.sql` in one transaction, `format_version` in the header: an older build
//!   refuses a newer vault with [`StoreError::VaultNewer`] and writes nothing.
//! * One process at a time: an exclusive lock on `<vault>.lock` ([`StoreError::AlreadyOpen`]).
//! * What stays in clear is listed in `crates/store/README.md`.
//!
//! Invariants: no clock (times come in as arguments; KDF calibration alone uses a monotonic
//! stopwatch), randomness only from ring's `SystemRandom`, no case text in any error, log or
//! panic message, keys in zeroize-on-drop types. Knows nothing of Tauri, l10n or the app.
#![deny(missing_docs)]

pub mod envelope;
mod error;
mod kdf;
mod lock;
mod migrate;
mod secret;
mod vault;

pub use error::{Result, StoreError};
pub use kdf::{KdfParams, CALIBRATION_TARGET, CALIBRATION_WINDOW};
pub use migrate::{Migration, FORMAT_VERSION, MIGRATIONS};
pub use secret::{Passphrase, RecoveryKey, MIN_PASSPHRASE_CHARS};
pub use vault::{
    exists, is_uuid, wait_after, CaseListEntry, CaseSummary, Clock, Vault, VaultOptions, FIELD_CASE_KEY,
    FIELD_DOCUMENT, FIELD_SUMMARY, FIELD_VAULT_KEY_PASSPHRASE, FIELD_VAULT_KEY_RECOVERY, FREE_ATTEMPTS, MAX_LISTING,
    MAX_WAIT_SECS,
};

/// Entry points for the fuzzer (`fuzz/`) and the corpus replay in the tests.
#[doc(hidden)]
pub mod fuzzing {
    use crate::envelope::{self, Aad, SecretKey};

    /// The fixed key the envelope corpus is sealed under.
    pub const CORPUS_KEY: [u8; 32] = [7; 32];
    /// The case id the envelope corpus is sealed for.
    pub const CORPUS_CASE: &str = "00000000-0000-4000-8000-000000000000";

    /// Feeds untrusted bytes to every decoder of the store. Must never panic.
    pub fn envelope(data: &[u8]) {
        let _ = envelope::parse(data);
        let key = SecretKey::from_bytes(CORPUS_KEY);
        for field in [crate::FIELD_DOCUMENT, crate::FIELD_SUMMARY, crate::FIELD_CASE_KEY] {
            if let Ok(plain) = envelope::open(&key, &Aad::new(CORPUS_CASE, field), data) {
                // A valid envelope: its plaintext goes through the same parser the vault uses.
                let _ = serde_json::from_slice::<meldwijzer_protocol::Case>(&plain);
            }
        }
        if let Ok(text) = std::str::from_utf8(data) {
            let _ = crate::RecoveryKey::parse(text);
        }
    }
}

/// Test hooks, only in `test-kdf` builds.
#[cfg(feature = "test-kdf")]
#[doc(hidden)]
pub mod testing {
    /// Applies `list` to `conn` the way a vault applies its migrations: one transaction.
    pub fn apply_migrations(conn: &mut rusqlite::Connection, list: &[crate::Migration]) -> crate::Result<bool> {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let applied = crate::migrate::apply(&tx, list)?;
        tx.commit()?;
        Ok(applied)
    }
}
