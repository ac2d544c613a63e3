//! What can go wrong, as codes the app maps to Fluent ids. No variant carries case text, a
//! passphrase, a path or an SQLite message: only static names and numbers.

/// Why the vault could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The passphrase does not open this vault (or the vault's key record is damaged: the two
    /// cannot be told apart by design). Nothing was changed except the failed-attempt counter.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The recovery key does not open this vault.
    #[error("wrong recovery key")]
    WrongRecoveryKey,
    /// The recovery key is not of the form `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX` or its check
    /// character does not match (a typo).
    #[error("recovery key mistyped")]
    RecoveryKeyMalformed,
    /// This vault has no recovery key.
    #[error("no recovery key set up")]
    NoRecoveryKey,
    /// A new passphrase is shorter than the minimum.
    #[error("passphrase shorter than {min_chars} characters")]
    PassphraseTooShort {
        /// The minimum, in characters.
        min_chars: usize,
    },
    /// Too many wrong attempts: try again after this many seconds.
    #[error("too many attempts; wait {wait_secs} s")]
    TooManyAttempts {
        /// Seconds until the next attempt is allowed.
        wait_secs: u64,
    },
    /// The vault was written by a newer Meldwijzer; nothing was changed.
    #[error("vault format {found} is newer than the supported {supported}")]
    VaultNewer {
        /// The vault's format version.
        found: u32,
        /// The newest format this build understands.
        supported: u32,
    },
    /// Another Meldwijzer (or another window) has this vault open.
    #[error("the vault is open elsewhere")]
    AlreadyOpen,
    /// There is no vault at the given place.
    #[error("no vault found")]
    NotFound,
    /// `create` was asked to overwrite an existing vault.
    #[error("a vault already exists")]
    AlreadyExists,
    /// Stored data failed authentication or does not parse: `what` names the record kind
    /// (`"header"`, `"case-key"`, `"case-document"`, `"case-summary"`, `"database"`, ...).
    #[error("vault damaged: {what}")]
    Corrupt {
        /// Which kind of record.
        what: &'static str,
    },
    /// The key-derivation parameters in the vault are outside the accepted bounds (memory,
    /// passes or lanes too large, or below the shipped floor). Refused before deriving.
    #[error("key-derivation parameters refused")]
    HostileKdfParams,
    /// The disk is full; the last save did not happen.
    #[error("disk full")]
    DiskFull,
    /// The vault's file or disk is read-only.
    #[error("read-only storage")]
    ReadOnly,
    /// An operating-system I/O error, by kind only.
    #[error("storage I/O failed: {kind:?}")]
    Io {
        /// The kind of I/O error.
        kind: std::io::ErrorKind,
    },
    /// Another SQLite failure, by its extended result code.
    #[error("database error {code}")]
    Database {
        /// SQLite's extended result code.
        code: i32,
    },
    /// The case cannot be stored: `what` is `"id"` (not a UUID), `"size"` or `"timestamp"`.
    #[error("case not storable: {what}")]
    InvalidCase {
        /// What is wrong.
        what: &'static str,
    },
    /// The operating system's random source failed.
    #[error("random source failed")]
    Random,
}

/// Results of the store.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> StoreError {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::StorageFull => StoreError::DiskFull,
            K::ReadOnlyFilesystem => StoreError::ReadOnly,
            kind => StoreError::Io { kind },
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        use rusqlite::ffi::ErrorCode as C;
        match e {
            rusqlite::Error::SqliteFailure(f, _message) => match f.code {
                C::DiskFull => StoreError::DiskFull,
                C::ReadOnly => StoreError::ReadOnly,
                C::DatabaseCorrupt | C::NotADatabase => StoreError::Corrupt { what: "database" },
                C::DatabaseBusy | C::DatabaseLocked => StoreError::AlreadyOpen,
                C::PermissionDenied => StoreError::Io { kind: std::io::ErrorKind::PermissionDenied },
                C::CannotOpen | C::SystemIoFailure | C::NoLargeFileSupport | C::FileLockingProtocolFailed => {
                    StoreError::Io { kind: std::io::ErrorKind::Other }
                }
                C::OutOfMemory => StoreError::Io { kind: std::io::ErrorKind::OutOfMemory },
                C::TooBig => StoreError::InvalidCase { what: "size" },
                _ => StoreError::Database { code: f.extended_code },
            },
            // Type mismatches and the like: the schema is not what this build wrote.
            _ => StoreError::Corrupt { what: "database" },
        }
    }
}
