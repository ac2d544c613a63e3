//! The vault: an SQLite file whose sensitive values are sealed envelopes, behind a key
//! hierarchy unlocked by a passphrase (or the recovery key).

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};
use meldwijzer_protocol::Case;
use ring::rand::SystemRandom;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::envelope::{self, Aad, EnvelopeError, SecretKey};
use crate::error::{Result, StoreError};
use crate::kdf::{self, KdfParams};
use crate::lock::LockFile;
use crate::migrate;
use crate::secret::{Passphrase, RecoveryKey};

/// AAD field of a case's data key, sealed under the vault key.
pub const FIELD_CASE_KEY: &str = "case-key";
/// AAD field of a case's JSON document.
pub const FIELD_DOCUMENT: &str = "case-document";
/// AAD field of a case's list summary.
pub const FIELD_SUMMARY: &str = "case-summary";
/// AAD field of the vault key sealed under the passphrase's KEK.
pub const FIELD_VAULT_KEY_PASSPHRASE: &str = "vault-key/passphrase";
/// AAD field of the vault key sealed under the recovery key's KEK.
pub const FIELD_VAULT_KEY_RECOVERY: &str = "vault-key/recovery";
/// AAD field of a sealed setting (the setting's name is the AAD's extra).
pub const FIELD_SETTING: &str = "setting";
/// Largest sealed setting, in bytes before padding.
pub const MAX_SETTING: usize = 4 << 20;
const SETTING_BUCKET: usize = 4096;

/// Wrong tries allowed before tries are slowed down.
pub const FREE_ATTEMPTS: u32 = 5;
/// The longest wait between tries, in seconds.
pub const MAX_WAIT_SECS: u64 = 300;

const KDF_ALG: &str = "argon2id-v19";
const PROFILE_CALIBRATED: &str = "calibrated";
#[cfg(feature = "test-kdf")]
const PROFILE_TEST: &str = "test";
const SALT_LEN: usize = 32;
const DOCUMENT_BUCKET: usize = 1024;
const SUMMARY_BUCKET: usize = 512;

/// How long to wait before the next try after `failures` wrong tries in a row: nothing for
/// the first [`FREE_ATTEMPTS`], then 1, 2, 4, ... seconds, at most [`MAX_WAIT_SECS`].
pub fn wait_after(failures: u32) -> u64 {
    match failures.checked_sub(FREE_ATTEMPTS) {
        None => 0,
        Some(e) if e >= 9 => MAX_WAIT_SECS,
        Some(e) => (1u64 << e).min(MAX_WAIT_SECS),
    }
}

/// Where the store gets a time from: a fixed instant, or a function read when it is needed,
/// so that the wait after a wrong try is timed from the END of the try (the key derivation
/// takes a second or more and must not eat the wait).
pub trait Clock {
    /// The time now.
    fn now(&self) -> DateTime<Utc>;
}

impl Clock for DateTime<Utc> {
    fn now(&self) -> DateTime<Utc> {
        *self
    }
}

impl<F: Fn() -> DateTime<Utc>> Clock for F {
    fn now(&self) -> DateTime<Utc> {
        self()
    }
}

/// Refuses a try while the wait after earlier wrong tries runs (`TooManyAttempts`). A
/// `next_attempt_at` further ahead than the longest wait (the clock went back) counts as the
/// longest wait from now; returns the value to store back if it was capped.
fn gate(next_attempt_at: i64, now_s: i64) -> (Result<()>, Option<i64>) {
    let latest_allowed = now_s.saturating_add(MAX_WAIT_SECS as i64);
    let (next, capped) =
        if next_attempt_at > latest_allowed { (latest_allowed, Some(latest_allowed)) } else { (next_attempt_at, None) };
    if now_s < next {
        let wait_secs = u64::try_from(next - now_s).unwrap_or(MAX_WAIT_SECS);
        return (Err(StoreError::TooManyAttempts { wait_secs }), capped);
    }
    (Ok(()), capped)
}

/// Whether a vault file exists at `path` (it may still be damaged; `unlock` tells).
pub fn exists(path: &Path) -> bool {
    path.is_file()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KdfChoice {
    Calibrate,
    #[cfg(feature = "test-kdf")]
    Fixed(KdfParams),
}

/// How to set up a vault.
#[derive(Debug, Clone)]
pub struct VaultOptions {
    recovery_key: bool,
    kdf: KdfChoice,
}

impl Default for VaultOptions {
    /// Calibrated Argon2id and a recovery key.
    fn default() -> VaultOptions {
        VaultOptions { recovery_key: true, kdf: KdfChoice::Calibrate }
    }
}

impl VaultOptions {
    /// Calibrated Argon2id and a recovery key.
    pub fn new() -> VaultOptions {
        VaultOptions::default()
    }

    /// Whether to make a recovery key (shown once) that opens the vault when the passphrase
    /// is forgotten.
    pub fn with_recovery_key(mut self, on: bool) -> VaultOptions {
        self.recovery_key = on;
        self
    }

    /// Tiny fixed KDF parameters (m = 8 KiB, t = 1, p = 1) and no recovery key, for tests.
    /// Only in builds with the `test-kdf` feature, which the shipped app never enables.
    #[cfg(feature = "test-kdf")]
    pub fn for_tests() -> VaultOptions {
        VaultOptions { recovery_key: false, kdf: KdfChoice::Fixed(KdfParams { m_kib: 8, t: 1, p: 1 }) }
    }

    /// Fixed KDF parameters, for tests and benches (`test-kdf` builds only).
    #[cfg(feature = "test-kdf")]
    pub fn with_fixed_kdf(mut self, params: KdfParams) -> VaultOptions {
        self.kdf = KdfChoice::Fixed(params);
        self
    }
}

/// One line of the case list: the clear times and, if it authenticates, the decrypted
/// summary. A damaged case shows up as a line whose `summary` is an error, so one bad record
/// never hides the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseListEntry {
    /// The case's UUID.
    pub id: String,
    /// When the case was created (clear, microsecond precision).
    pub created_at: DateTime<Utc>,
    /// When the case last changed (clear, microsecond precision).
    pub updated_at: DateTime<Utc>,
    /// When the case was closed (clear, microsecond precision).
    pub closed_at: Option<DateTime<Utc>>,
    /// The decrypted summary, or why it could not be read (`Corrupt { what: "case-key" }`,
    /// `"case-summary"` or `"case-times"`).
    pub summary: Result<CaseSummary, StoreError>,
}

/// What the list shows of a case, decrypted.
#[derive(Clone, PartialEq, Eq)]
pub struct CaseSummary {
    /// The alias.
    pub alias: String,
    /// Field id.
    pub field: String,
    /// Subject id.
    pub subject: String,
    /// Whether the case is closed.
    pub closed: bool,
    /// What the caller asked to keep for its list ([`Vault::save_case_listed`]), sealed with
    /// the summary; empty for summaries written without one (and by older versions).
    pub listing: String,
}

impl std::fmt::Debug for CaseSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The alias is case text: never in Debug output.
        f.debug_struct("CaseSummary")
            .field("field", &self.field)
            .field("subject", &self.subject)
            .field("closed", &self.closed)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct SummaryOut<'a> {
    v: u8,
    alias: &'a str,
    field: &'a str,
    subject: &'a str,
    closed: bool,
    listing: &'a str,
}

#[derive(Deserialize)]
struct SummaryIn {
    v: u8,
    alias: String,
    field: String,
    subject: String,
    closed: bool,
    /// Since summary version 2.
    #[serde(default)]
    listing: String,
}

/// The summary version written; 1 (without `listing`) is still read.
const SUMMARY_VERSION: u8 = 2;

/// An unlocked vault. Holds the vault key (wiped on drop) and the exclusive lock.
pub struct Vault {
    // Field order is drop order: the connection closes, then the key is wiped, then the lock
    // is released.
    conn: Connection,
    vault_key: SecretKey,
    vault_id: String,
    kdf: KdfParams,
    profile: String,
    rng: SystemRandom,
    path: PathBuf,
    opened: AtomicU64,
    _lock: LockFile,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("kdf", &self.kdf).finish_non_exhaustive()
    }
}

struct Header {
    vault_id: String,
    kdf: KdfParams,
    salt: Vec<u8>,
    profile: String,
    wrapped_vault_key: Vec<u8>,
    recovery_salt: Option<Vec<u8>>,
    wrapped_vault_key_recovery: Option<Vec<u8>>,
    failed_attempts: u32,
    next_attempt_at: i64,
}

enum Secret<'a> {
    Passphrase(&'a Passphrase),
    Recovery(&'a RecoveryKey),
}

fn corrupt(what: &'static str) -> impl Fn(EnvelopeError) -> StoreError {
    move |_| StoreError::Corrupt { what }
}

fn passphrase_aad_extra(kdf: KdfParams, profile: &str, salt: &[u8]) -> Vec<u8> {
    let mut extra = format!("{};profile={};salt=", kdf.aad_text(), profile).into_bytes();
    extra.extend_from_slice(salt);
    extra
}

fn random_bytes<const N: usize>(rng: &SystemRandom) -> Result<[u8; N]> {
    let mut b = [0u8; N];
    ring::rand::SecureRandom::fill(rng, &mut b).map_err(|_| StoreError::Random)?;
    Ok(b)
}

fn random_uuid(rng: &SystemRandom) -> Result<String> {
    let mut b: [u8; 16] = random_bytes(rng)?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32]))
}

/// Whether `s` is a UUID in its 36-character text form (the only case ids stored).
pub fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

fn micros(t: DateTime<Utc>) -> i64 {
    t.timestamp_micros()
}

fn from_micros(v: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp_micros(v).ok_or(StoreError::Corrupt { what: "case-times" })
}

fn summary_aad_extra(created: i64, updated: i64, closed: Option<i64>) -> Vec<u8> {
    let closed = closed.map_or_else(|| "-".to_owned(), |c| c.to_string());
    format!("created={created};updated={updated};closed={closed}").into_bytes()
}

/// A growable buffer that wipes every buffer it leaves behind when it grows, and itself on
/// drop: serialised case text never lingers in freed memory from here.
struct SecretBuf(Zeroizing<Vec<u8>>);

impl SecretBuf {
    fn with_capacity(n: usize) -> SecretBuf {
        SecretBuf(Zeroizing::new(Vec::with_capacity(n)))
    }

    fn reserve(&mut self, extra: usize) {
        let needed = self.0.len().saturating_add(extra);
        if needed > self.0.capacity() {
            let mut bigger = Zeroizing::new(Vec::with_capacity(needed.max(self.0.capacity().saturating_mul(2))));
            bigger.extend_from_slice(&self.0);
            self.0 = bigger; // the old buffer is wiped as it drops
        }
    }

    /// Pads with spaces (JSON whitespace) to a multiple of `bucket`, so the sealed length
    /// tells only roughly how much was written.
    fn pad_to(&mut self, bucket: usize) {
        let rem = self.0.len() % bucket;
        if rem != 0 {
            let pad = bucket - rem;
            self.reserve(pad);
            let len = self.0.len() + pad;
            self.0.resize(len, b' ');
        }
    }
}

impl Write for SecretBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.reserve(buf.len());
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn to_json<T: Serialize>(value: &T, capacity: usize, bucket: usize) -> Result<SecretBuf> {
    let mut buf = SecretBuf::with_capacity(capacity);
    serde_json::to_writer(&mut buf, value).map_err(|_| StoreError::InvalidCase { what: "serialise" })?;
    if buf.0.len() > envelope::MAX_PLAINTEXT - bucket {
        return Err(StoreError::InvalidCase { what: "size" });
    }
    buf.pad_to(bucket);
    Ok(buf)
}

fn open_connection(path: &Path, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Io { kind: std::io::ErrorKind::Unsupported });
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA fullfsync = ON;
         PRAGMA checkpoint_fullfsync = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA foreign_keys = ON;
         PRAGMA trusted_schema = OFF;
         PRAGMA cell_size_check = ON;",
    )?;
    Ok(conn)
}

fn read_header(conn: &Connection) -> Result<Header> {
    let row = conn
        .query_row(
            "SELECT vault_id, kdf_alg, kdf_m_kib, kdf_t, kdf_p, kdf_salt, kdf_profile, wrapped_vault_key,
                    recovery_salt, wrapped_vault_key_recovery, failed_attempts, next_attempt_at
             FROM vault_header WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    [r.get::<_, i64>(2)?, r.get::<_, i64>(3)?, r.get::<_, i64>(4)?],
                    r.get::<_, Vec<u8>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, Vec<u8>>(7)?,
                    r.get::<_, Option<Vec<u8>>>(8)?,
                    r.get::<_, Option<Vec<u8>>>(9)?,
                    r.get::<_, i64>(10)?,
                    r.get::<_, i64>(11)?,
                ))
            },
        )
        .optional()
        .map_err(|_| StoreError::Corrupt { what: "header" })?
        .ok_or(StoreError::Corrupt { what: "header" })?;
    let (vault_id, alg, [m, t, p], salt, profile, wrapped, rsalt, rwrapped, failed, next) = row;
    if alg != KDF_ALG {
        return Err(StoreError::HostileKdfParams);
    }
    let param = |v: i64| u32::try_from(v).map_err(|_| StoreError::HostileKdfParams);
    let kdf = KdfParams { m_kib: param(m)?, t: param(t)?, p: param(p)? };
    if !(16..=64).contains(&salt.len()) {
        return Err(StoreError::HostileKdfParams);
    }
    Ok(Header {
        vault_id,
        kdf,
        salt,
        profile,
        wrapped_vault_key: wrapped,
        recovery_salt: rsalt,
        wrapped_vault_key_recovery: rwrapped,
        failed_attempts: u32::try_from(failed.max(0)).unwrap_or(u32::MAX),
        next_attempt_at: next,
    })
}

/// Whether parameters read from a vault may be used: within the caps, and at or above the
/// floor unless this is a test build opening a test vault.
fn check_stored_kdf(kdf: KdfParams, profile: &str) -> Result<()> {
    kdf.check_bounds()?;
    #[cfg(feature = "test-kdf")]
    let test_vault = profile == PROFILE_TEST;
    #[cfg(not(feature = "test-kdf"))]
    let test_vault = {
        let _ = profile;
        false
    };
    if !kdf.meets_floor() && !test_vault {
        return Err(StoreError::HostileKdfParams);
    }
    Ok(())
}

fn unwrap_vault_key(
    kek: &SecretKey,
    header: &Header,
    field: &str,
    extra: &[u8],
    wrapped: &[u8],
) -> Result<Option<SecretKey>> {
    match envelope::open(kek, &Aad { scope: &header.vault_id, field, extra }, wrapped) {
        Ok(bytes) => {
            let bytes: [u8; 32] = bytes.as_slice().try_into().map_err(|_| StoreError::Corrupt { what: "header" })?;
            Ok(Some(SecretKey::from_bytes(bytes)))
        }
        Err(EnvelopeError::Unauthentic) => Ok(None),
        Err(_) => Err(StoreError::Corrupt { what: "header" }),
    }
}

fn fsync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

impl Vault {
    /// Sets up a new vault at `path` (the parent directory is created if missing).
    ///
    /// Calibrates Argon2id on this machine (0.5–1.5 s, never below [`KdfParams::FLOOR`]),
    /// draws a random vault key and, if asked, a recovery key, which is returned to be shown
    /// once. The file appears at `path` only when complete: it is built next to it and renamed.
    pub fn create(path: &Path, passphrase: &Passphrase, opts: &VaultOptions) -> Result<(Vault, Option<RecoveryKey>)> {
        passphrase.check_new()?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let lock = LockFile::acquire(path)?;
        if path.exists() {
            return Err(StoreError::AlreadyExists);
        }
        let rng = SystemRandom::new();
        let vault_id = random_uuid(&rng)?;
        let salt: [u8; SALT_LEN] = random_bytes(&rng)?;
        let vault_key = SecretKey::generate(&rng).map_err(|_| StoreError::Random)?;
        let (kdf, kek, profile) = match opts.kdf {
            KdfChoice::Calibrate => {
                let (kdf, kek) = kdf::calibrate_and_derive(passphrase.as_bytes(), &salt)?;
                (kdf, kek, PROFILE_CALIBRATED)
            }
            #[cfg(feature = "test-kdf")]
            KdfChoice::Fixed(kdf) => (kdf, kdf::derive(passphrase.as_bytes(), &salt, kdf)?, PROFILE_TEST),
        };
        let extra = passphrase_aad_extra(kdf, profile, &salt);
        let wrapped = envelope::seal(
            &kek,
            &Aad { scope: &vault_id, field: FIELD_VAULT_KEY_PASSPHRASE, extra: &extra },
            vault_key.bytes(),
            &rng,
        )
        .map_err(|_| StoreError::Random)?;
        drop(kek);
        let (recovery, rsalt, rwrapped) = if opts.recovery_key {
            let (key, rsalt, rwrapped) = Self::new_recovery(&rng, &vault_id, &vault_key)?;
            (Some(key), Some(rsalt), Some(rwrapped))
        } else {
            (None, None, None)
        };

        let building = sibling(path, ".creating");
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let leftover = sibling(&building, suffix);
            if leftover.exists() {
                std::fs::remove_file(leftover)?;
            }
        }
        {
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                // SQLite gives the -wal and -shm files the same permissions.
                options.mode(0o600);
            }
            options.open(&building)?;
        }
        let mut conn = open_connection(&building, true)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        migrate::apply(&tx, migrate::MIGRATIONS)?;
        tx.execute(
            "INSERT INTO vault_header (id, format_version, vault_id, kdf_alg, kdf_m_kib, kdf_t, kdf_p, kdf_salt,
                 kdf_profile, wrapped_vault_key, recovery_salt, wrapped_vault_key_recovery)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            rusqlite::params![
                migrate::FORMAT_VERSION,
                vault_id,
                KDF_ALG,
                kdf.m_kib,
                kdf.t,
                kdf.p,
                &salt[..],
                profile,
                wrapped,
                rsalt.as_ref().map(|s| &s[..]),
                rwrapped
            ],
        )?;
        tx.commit()?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        conn.close().map_err(|(_, e)| StoreError::from(e))?;
        OpenOptions::new().write(true).open(&building)?.sync_all()?;
        std::fs::rename(&building, path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fsync_dir(dir)?;
        }
        let conn = open_connection(path, false)?;
        let vault = Vault {
            conn,
            vault_key,
            vault_id,
            kdf,
            profile: profile.to_owned(),
            rng,
            path: path.to_owned(),
            opened: AtomicU64::new(0),
            _lock: lock,
        };
        Ok((vault, recovery))
    }

    /// Opens the vault at `path` with the passphrase. `now` is the wall-clock time, used only
    /// for slowing down repeated wrong passphrases.
    ///
    /// Refuses, in this order and before deriving any key: a missing vault ([`StoreError::NotFound`]),
    /// a vault open elsewhere ([`StoreError::AlreadyOpen`]), a newer format
    /// ([`StoreError::VaultNewer`], nothing written), a try too soon after wrong ones
    /// ([`StoreError::TooManyAttempts`]), hostile KDF parameters ([`StoreError::HostileKdfParams`]).
    /// A wrong passphrase gives [`StoreError::WrongPassphrase`] and changes nothing but the
    /// failed-attempt counter.
    pub fn unlock(path: &Path, passphrase: &Passphrase, now: impl Clock) -> Result<Vault> {
        Self::open_with(path, Secret::Passphrase(passphrase), &now)
    }

    /// Opens the vault with the recovery key and sets `new_passphrase` (the old one stops
    /// working). Wrong recovery keys count towards the same slow-down as wrong passphrases.
    pub fn unlock_with_recovery(
        path: &Path,
        recovery: &RecoveryKey,
        new_passphrase: &Passphrase,
        now: impl Clock,
    ) -> Result<Vault> {
        new_passphrase.check_new()?;
        let mut vault = Self::open_with(path, Secret::Recovery(recovery), &now)?;
        vault.set_passphrase(new_passphrase)?;
        Ok(vault)
    }

    fn open_with(path: &Path, secret: Secret<'_>, clock: &dyn Clock) -> Result<Vault> {
        if !exists(path) {
            return Err(StoreError::NotFound);
        }
        let lock = LockFile::acquire(path)?;
        let mut conn = open_connection(path, false)?;
        migrate::check_not_newer(&conn, migrate::FORMAT_VERSION)?;
        let mut header = read_header(&conn)?;

        let (allowed, capped) = gate(header.next_attempt_at, clock.now().timestamp());
        if let Some(latest_allowed) = capped {
            // The clock went back: never make anyone wait longer than the longest wait.
            conn.execute("UPDATE vault_header SET next_attempt_at = ?1 WHERE id = 1", [latest_allowed])?;
            header.next_attempt_at = latest_allowed;
        }
        allowed?;

        let unwrapped = match secret {
            Secret::Passphrase(passphrase) => {
                check_stored_kdf(header.kdf, &header.profile)?;
                let kek = kdf::derive(passphrase.as_bytes(), &header.salt, header.kdf)?;
                let extra = passphrase_aad_extra(header.kdf, &header.profile, &header.salt);
                unwrap_vault_key(&kek, &header, FIELD_VAULT_KEY_PASSPHRASE, &extra, &header.wrapped_vault_key)?
            }
            Secret::Recovery(recovery) => {
                let (Some(rsalt), Some(rwrapped)) = (&header.recovery_salt, &header.wrapped_vault_key_recovery) else {
                    return Err(StoreError::NoRecoveryKey);
                };
                let kek = recovery.kek(rsalt)?;
                unwrap_vault_key(&kek, &header, FIELD_VAULT_KEY_RECOVERY, rsalt, rwrapped)?
            }
        };
        let Some(vault_key) = unwrapped else {
            record_header_failure(&conn, header.failed_attempts, clock)?;
            return Err(match secret {
                Secret::Passphrase(_) => StoreError::WrongPassphrase,
                Secret::Recovery(_) => StoreError::WrongRecoveryKey,
            });
        };
        if header.failed_attempts != 0 || header.next_attempt_at != 0 {
            conn.execute("UPDATE vault_header SET failed_attempts = 0, next_attempt_at = 0 WHERE id = 1", [])?;
        }
        if migrate::pending(&conn)? {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            migrate::apply(&tx, migrate::MIGRATIONS)?;
            tx.commit()?;
        }
        Ok(Vault {
            conn,
            vault_key,
            vault_id: header.vault_id,
            kdf: header.kdf,
            profile: header.profile,
            rng: SystemRandom::new(),
            path: path.to_owned(),
            opened: AtomicU64::new(0),
            _lock: lock,
        })
    }

    fn new_recovery(
        rng: &SystemRandom,
        vault_id: &str,
        vault_key: &SecretKey,
    ) -> Result<(RecoveryKey, [u8; SALT_LEN], Vec<u8>)> {
        let key = RecoveryKey::generate(rng)?;
        let rsalt: [u8; SALT_LEN] = random_bytes(rng)?;
        let kek = key.kek(&rsalt)?;
        let wrapped = envelope::seal(
            &kek,
            &Aad { scope: vault_id, field: FIELD_VAULT_KEY_RECOVERY, extra: &rsalt },
            vault_key.bytes(),
            rng,
        )
        .map_err(|_| StoreError::Random)?;
        Ok((key, rsalt, wrapped))
    }

    /// Closes the vault: the connection is closed (its WAL checkpointed), the vault key is
    /// wiped and the lock released. Decrypted cases the caller holds are the caller's.
    pub fn lock(self) -> Result<()> {
        let Vault { conn, .. } = self;
        conn.close().map_err(|(_, e)| StoreError::from(e))
    }

    /// The vault's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The Argon2id parameters this vault uses.
    pub fn kdf_params(&self) -> KdfParams {
        self.kdf
    }

    /// Saves a case (insert or replace). Returns only after the transaction has committed with
    /// `synchronous=FULL`: when it returns `Ok`, the case survives a crash or power loss.
    pub fn save_case(&mut self, case: &Case) -> Result<()> {
        self.save_cases(std::slice::from_ref(case))
    }

    /// Saves a case like [`Vault::save_case`], with `listing` sealed into its summary: what
    /// the caller needs to show and sort the case in its list without opening the document
    /// (the app keeps its status and follow-up dates there). At most 2 KiB.
    pub fn save_case_listed(&mut self, case: &Case, listing: &str) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        put_case(&tx, &self.vault_key, &self.rng, case, listing)?;
        tx.commit()?;
        Ok(())
    }

    /// Saves several cases in one transaction: all or none.
    pub fn save_cases(&mut self, cases: &[Case]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for case in cases {
            put_case(&tx, &self.vault_key, &self.rng, case, "")?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Loads a case, or `None` if there is none with this id.
    pub fn load_case(&self, id: &str) -> Result<Option<Case>> {
        if !is_uuid(id) {
            return Ok(None);
        }
        let row = self
            .conn
            .prepare_cached(
                "SELECT k.wrapped_key, c.document FROM cases c LEFT JOIN case_keys k ON k.case_id = c.case_id
                 WHERE c.case_id = ?1",
            )?
            .query_row([id], |r| Ok((r.get::<_, Option<Vec<u8>>>(0)?, r.get::<_, Vec<u8>>(1)?)))
            .optional()?;
        let Some((wrapped_key, document)) = row else {
            return Ok(None);
        };
        // A case row without its key is damaged, not absent: the list shows it as such.
        let wrapped_key = wrapped_key.ok_or(StoreError::Corrupt { what: "case-key" })?;
        let key = self.case_key(id, &wrapped_key)?;
        self.opened.fetch_add(1, Ordering::Relaxed);
        let plain = envelope::open(&key, &Aad::new(id, FIELD_DOCUMENT), &document).map_err(corrupt("case-document"))?;
        let case: Case = serde_json::from_slice(&plain).map_err(|_| StoreError::Corrupt { what: "case-document" })?;
        if case.id != id {
            return Err(StoreError::Corrupt { what: "case-document" });
        }
        Ok(Some(case))
    }

    fn case_key(&self, id: &str, wrapped: &[u8]) -> Result<SecretKey> {
        self.opened.fetch_add(1, Ordering::Relaxed);
        unwrap_case_key(&self.vault_key, id, wrapped)
    }

    /// One page of the case list, newest change first (ties by id). Decrypts only this page's
    /// summaries, never the documents.
    pub fn list_page(&self, offset: usize, limit: usize) -> Result<Vec<CaseListEntry>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let offset = i64::try_from(offset).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.case_id, c.created_at, c.updated_at, c.closed_at, c.summary, k.wrapped_key
             FROM cases c LEFT JOIN case_keys k ON k.case_id = c.case_id
             ORDER BY c.updated_at DESC, c.case_id LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map([limit, offset], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, Option<i64>>(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, Option<Vec<u8>>>(5)?,
            ))
        })?;
        let mut page = Vec::new();
        for row in rows {
            let (id, created, updated, closed_at, summary, wrapped_key) = row?;
            let times = (from_micros(created), from_micros(updated), closed_at.map(from_micros).transpose());
            let summary = match (&times, wrapped_key) {
                // A case row whose key is gone is listed as damaged, never left out.
                (_, None) => Err(StoreError::Corrupt { what: "case-key" }),
                ((Ok(_), Ok(_), Ok(_)), Some(wrapped_key)) => {
                    self.open_summary(&id, created, updated, closed_at, &summary, &wrapped_key)
                }
                _ => Err(StoreError::Corrupt { what: "case-times" }),
            };
            page.push(CaseListEntry {
                id,
                created_at: times.0.unwrap_or(DateTime::<Utc>::MIN_UTC),
                updated_at: times.1.unwrap_or(DateTime::<Utc>::MIN_UTC),
                closed_at: times.2.unwrap_or(None),
                summary,
            });
        }
        Ok(page)
    }

    fn open_summary(
        &self,
        id: &str,
        created: i64,
        updated: i64,
        closed_at: Option<i64>,
        summary: &[u8],
        wrapped_key: &[u8],
    ) -> Result<CaseSummary> {
        let key = self.case_key(id, wrapped_key)?;
        self.opened.fetch_add(1, Ordering::Relaxed);
        let extra = summary_aad_extra(created, updated, closed_at);
        let plain = envelope::open(&key, &Aad { scope: id, field: FIELD_SUMMARY, extra: &extra }, summary)
            .map_err(corrupt("case-summary"))?;
        let s: SummaryIn = serde_json::from_slice(&plain).map_err(|_| StoreError::Corrupt { what: "case-summary" })?;
        if !(1..=SUMMARY_VERSION).contains(&s.v) {
            return Err(StoreError::Corrupt { what: "case-summary" });
        }
        Ok(CaseSummary { alias: s.alias, field: s.field, subject: s.subject, closed: s.closed, listing: s.listing })
    }

    /// How many cases the vault holds.
    pub fn count(&self) -> Result<usize> {
        let n: i64 = self.conn.prepare_cached("SELECT COUNT(*) FROM cases")?.query_row([], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Destroys a case: its wrapped data key and its rows go in one transaction (crypto-
    /// shredding: without the key, any copy of the sealed blobs is noise), `secure_delete`
    /// zeroes the freed space, and the WAL is checkpointed and truncated so no older page
    /// image of it stays in the `-wal` file. Returns whether there was such a case.
    pub fn delete_case(&mut self, id: &str) -> Result<bool> {
        if !is_uuid(id) {
            return Ok(false);
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let rows = tx.execute("DELETE FROM cases WHERE case_id = ?1", [id])?;
        let keys = tx.execute("DELETE FROM case_keys WHERE case_id = ?1", [id])?;
        tx.commit()?;
        self.checkpoint()?;
        Ok(rows + keys > 0)
    }

    /// Changes the passphrase: checks the old one, then re-wraps the vault key under the new
    /// one with a fresh salt (same KDF parameters). O(1) in the number of cases; one
    /// transaction, so a crash leaves either the old or the new passphrase working.
    ///
    /// A wrong `old` counts towards the same slow-down as a wrong passphrase at unlock (one
    /// counter in the header, timed from the end of the try, kept across restarts): someone
    /// at an unlocked, unattended screen cannot guess faster than at the unlock screen.
    pub fn change_passphrase(&mut self, old: &Passphrase, new: &Passphrase, now: impl Clock) -> Result<()> {
        new.check_new()?;
        let header = read_header(&self.conn)?;
        let (allowed, _) = gate(header.next_attempt_at, now.now().timestamp());
        allowed?;
        let kek = kdf::derive(old.as_bytes(), &header.salt, header.kdf)?;
        let extra = passphrase_aad_extra(header.kdf, &header.profile, &header.salt);
        let Some(key) = unwrap_vault_key(&kek, &header, FIELD_VAULT_KEY_PASSPHRASE, &extra, &header.wrapped_vault_key)?
        else {
            record_header_failure(&self.conn, header.failed_attempts, &now)?;
            return Err(StoreError::WrongPassphrase);
        };
        let differ = key.bytes().iter().zip(self.vault_key.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
        if differ != 0 {
            return Err(StoreError::Corrupt { what: "header" });
        }
        self.set_passphrase(new)
    }

    fn set_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        let salt: [u8; SALT_LEN] = random_bytes(&self.rng)?;
        let kek = kdf::derive(new.as_bytes(), &salt, self.kdf)?;
        let extra = passphrase_aad_extra(self.kdf, &self.profile, &salt);
        let wrapped = envelope::seal(
            &kek,
            &Aad { scope: &self.vault_id, field: FIELD_VAULT_KEY_PASSPHRASE, extra: &extra },
            self.vault_key.bytes(),
            &self.rng,
        )
        .map_err(|_| StoreError::Random)?;
        self.conn.execute(
            "UPDATE vault_header SET kdf_salt = ?1, wrapped_vault_key = ?2, failed_attempts = 0, next_attempt_at = 0
             WHERE id = 1",
            rusqlite::params![&salt[..], wrapped],
        )?;
        // Push the old wrap out of the WAL too.
        self.checkpoint()
    }

    /// Refuses a guess at the secret of `scope` (for example an imported file, by its bytes)
    /// while the wait after earlier wrong guesses runs: [`StoreError::TooManyAttempts`]. The
    /// same slow-down as for the vault's passphrase ([`wait_after`]), kept in the vault, so it
    /// survives a restart. The scope is stored only as an HMAC under the vault key.
    pub fn attempt_allowed(&self, scope: &[u8], now: DateTime<Utc>) -> Result<()> {
        let key = self.attempt_scope(scope);
        let next: Option<i64> = self
            .conn
            .prepare_cached("SELECT next_attempt_at FROM attempts WHERE scope = ?1")?
            .query_row([&key[..]], |r| r.get(0))
            .optional()?;
        gate(next.unwrap_or(0), now.timestamp()).0
    }

    /// Notes a wrong guess at the secret of `scope`; `now` is the END of the try, so the wait
    /// runs after the work, not during it.
    pub fn attempt_failed(&self, scope: &[u8], now: DateTime<Utc>) -> Result<()> {
        let key = self.attempt_scope(scope);
        let failed: i64 = self
            .conn
            .prepare_cached("SELECT failed_attempts FROM attempts WHERE scope = ?1")?
            .query_row([&key[..]], |r| r.get(0))
            .optional()?
            .unwrap_or(0);
        let failures = u32::try_from(failed.max(0)).unwrap_or(u32::MAX).saturating_add(1);
        let next = now.timestamp().saturating_add(wait_after(failures) as i64);
        self.conn.execute(
            "INSERT INTO attempts (scope, failed_attempts, next_attempt_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (scope) DO UPDATE SET failed_attempts = ?2, next_attempt_at = ?3",
            rusqlite::params![&key[..], failures, next],
        )?;
        Ok(())
    }

    /// Forgets the wrong guesses at the secret of `scope` after a right one.
    pub fn attempt_succeeded(&self, scope: &[u8]) -> Result<()> {
        let key = self.attempt_scope(scope);
        self.conn.execute("DELETE FROM attempts WHERE scope = ?1", [&key[..]])?;
        Ok(())
    }

    fn attempt_scope(&self, scope: &[u8]) -> Vec<u8> {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, self.vault_key.bytes());
        let mut ctx = ring::hmac::Context::with_key(&key);
        ctx.update(b"meldwijzer/attempts/v1\0");
        ctx.update(scope);
        ctx.sign().as_ref().to_vec()
    }

    /// A setting sealed in the vault (see [`Vault::put_setting`]), or `None` when never set.
    /// A value that does not verify is [`StoreError::Corrupt`] (`"setting"`).
    pub fn setting(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let key = self.setting_name(name);
        let sealed: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT value FROM sealed_settings WHERE name = ?1")?
            .query_row([&key[..]], |r| r.get(0))
            .optional()?;
        let Some(sealed) = sealed else { return Ok(None) };
        self.opened.fetch_add(1, Ordering::Relaxed);
        let padded = envelope::open(
            &self.vault_key,
            &Aad { scope: &self.vault_id, field: FIELD_SETTING, extra: name.as_bytes() },
            &sealed,
        )
        .map_err(corrupt("setting"))?;
        // Padded like a document: the length first (8 bytes, little endian), then the value.
        let len = padded.get(..8).and_then(|b| <[u8; 8]>::try_from(b).ok()).map(u64::from_le_bytes);
        match len.and_then(|n| usize::try_from(n).ok()).filter(|n| 8 + n <= padded.len()) {
            Some(n) => Ok(Some(Zeroizing::new(padded[8..8 + n].to_vec()))),
            None => Err(StoreError::Corrupt { what: "setting" }),
        }
    }

    /// Seals `value` as the setting `name` (replacing it), or removes it (`None`). The name is
    /// stored only as an HMAC under the vault key; the value is padded to 4 KiB buckets and
    /// sealed under the vault key, bound to the vault and the name. Returns after `COMMIT`.
    pub fn put_setting(&mut self, name: &str, value: Option<&[u8]>) -> Result<()> {
        let key = self.setting_name(name);
        let Some(value) = value else {
            self.conn.execute("DELETE FROM sealed_settings WHERE name = ?1", [&key[..]])?;
            return Ok(());
        };
        if value.len() > MAX_SETTING {
            return Err(StoreError::InvalidCase { what: "size" });
        }
        let mut padded = Zeroizing::new(Vec::with_capacity(8 + value.len() + SETTING_BUCKET));
        padded.extend_from_slice(&(value.len() as u64).to_le_bytes());
        padded.extend_from_slice(value);
        let target = padded.len().div_ceil(SETTING_BUCKET) * SETTING_BUCKET;
        padded.resize(target, 0);
        let sealed = envelope::seal(
            &self.vault_key,
            &Aad { scope: &self.vault_id, field: FIELD_SETTING, extra: name.as_bytes() },
            &padded,
            &self.rng,
        )
        .map_err(|_| StoreError::Random)?;
        self.conn.execute(
            "INSERT INTO sealed_settings (name, value) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            rusqlite::params![&key[..], sealed],
        )?;
        Ok(())
    }

    fn setting_name(&self, name: &str) -> Vec<u8> {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, self.vault_key.bytes());
        let mut ctx = ring::hmac::Context::with_key(&key);
        ctx.update(b"meldwijzer/setting/v1\0");
        ctx.update(name.as_bytes());
        ctx.sign().as_ref().to_vec()
    }

    /// Whether the vault has a recovery key.
    pub fn has_recovery_key(&self) -> Result<bool> {
        let header = read_header(&self.conn)?;
        Ok(header.wrapped_vault_key_recovery.is_some())
    }

    /// Replaces the recovery key (or sets one up) and returns the new one, to show once. The
    /// old recovery key stops working.
    pub fn rotate_recovery_key(&mut self) -> Result<RecoveryKey> {
        let (key, rsalt, wrapped) = Self::new_recovery(&self.rng, &self.vault_id, &self.vault_key)?;
        self.conn.execute(
            "UPDATE vault_header SET recovery_salt = ?1, wrapped_vault_key_recovery = ?2 WHERE id = 1",
            rusqlite::params![&rsalt[..], wrapped],
        )?;
        self.checkpoint()?;
        Ok(key)
    }

    /// Removes the recovery key: only the passphrase opens the vault from now on.
    pub fn remove_recovery_key(&mut self) -> Result<()> {
        self.conn.execute(
            "UPDATE vault_header SET recovery_salt = NULL, wrapped_vault_key_recovery = NULL WHERE id = 1",
            [],
        )?;
        self.checkpoint()
    }

    /// Runs SQLite's `PRAGMA integrity_check`.
    pub fn integrity_check(&self) -> Result<()> {
        let result: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt { what: "database" })
        }
    }

    fn checkpoint(&self) -> Result<()> {
        // Busy (another reader) only delays the truncation; the data is already committed.
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// How many envelopes this vault has opened since it was unlocked (a test hook: the first
    /// page of a large vault must not open every case).
    #[doc(hidden)]
    pub fn envelopes_opened(&self) -> u64 {
        self.opened.load(Ordering::Relaxed)
    }

    /// The value of one of the connection's safety pragmas (test hook).
    #[doc(hidden)]
    pub fn pragma(&self, name: &str) -> Result<String> {
        const ALLOWED: &[&str] = &[
            "journal_mode",
            "synchronous",
            "secure_delete",
            "temp_store",
            "foreign_keys",
            "trusted_schema",
            "fullfsync",
        ];
        if !ALLOWED.contains(&name) {
            return Err(StoreError::Database { code: rusqlite::ffi::SQLITE_MISUSE });
        }
        let v: rusqlite::types::Value = self.conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))?;
        Ok(match v {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            _ => String::new(),
        })
    }
}

/// Counts a wrong passphrase or recovery key in the header; the wait runs from the END of the
/// try (the clock is read now, after the key derivation).
fn record_header_failure(conn: &Connection, failed_before: u32, clock: &dyn Clock) -> Result<()> {
    let failures = failed_before.saturating_add(1);
    let next = clock.now().timestamp().saturating_add(wait_after(failures) as i64);
    conn.execute(
        "UPDATE vault_header SET failed_attempts = ?1, next_attempt_at = ?2 WHERE id = 1",
        rusqlite::params![failures, next],
    )?;
    Ok(())
}

fn unwrap_case_key(vault_key: &SecretKey, id: &str, wrapped: &[u8]) -> Result<SecretKey> {
    let bytes = envelope::open(vault_key, &Aad::new(id, FIELD_CASE_KEY), wrapped).map_err(corrupt("case-key"))?;
    let bytes: [u8; 32] = bytes.as_slice().try_into().map_err(|_| StoreError::Corrupt { what: "case-key" })?;
    Ok(SecretKey::from_bytes(bytes))
}

/// The longest `listing` a summary holds.
pub const MAX_LISTING: usize = 2048;

fn put_case(
    tx: &rusqlite::Transaction<'_>,
    vault_key: &SecretKey,
    rng: &SystemRandom,
    case: &Case,
    listing: &str,
) -> Result<()> {
    let id = case.id.as_str();
    if !is_uuid(id) {
        return Err(StoreError::InvalidCase { what: "id" });
    }
    if listing.len() > MAX_LISTING {
        return Err(StoreError::InvalidCase { what: "size" });
    }
    let created = micros(case.created_at);
    let updated = micros(case.updated_at);
    let closed = case.closed.as_ref().map(|c| micros(c.at));
    let wrapped: Option<Vec<u8>> = tx
        .prepare_cached("SELECT wrapped_key FROM case_keys WHERE case_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let key = match wrapped {
        Some(w) => unwrap_case_key(vault_key, id, &w)?,
        None => {
            let key = SecretKey::generate(rng).map_err(|_| StoreError::Random)?;
            let w = envelope::seal(vault_key, &Aad::new(id, FIELD_CASE_KEY), key.bytes(), rng)
                .map_err(|_| StoreError::Random)?;
            tx.prepare_cached("INSERT INTO case_keys (case_id, wrapped_key) VALUES (?1, ?2)")?
                .execute(rusqlite::params![id, w])?;
            key
        }
    };
    let document = to_json(case, 8 * 1024, DOCUMENT_BUCKET)?;
    let summary = to_json(
        &SummaryOut {
            v: SUMMARY_VERSION,
            alias: &case.alias,
            field: &case.field,
            subject: &case.subject,
            closed: case.closed.is_some(),
            listing,
        },
        SUMMARY_BUCKET,
        SUMMARY_BUCKET,
    )?;
    let seal_err = |e: EnvelopeError| match e {
        EnvelopeError::TooLong => StoreError::InvalidCase { what: "size" },
        _ => StoreError::Random,
    };
    let document = envelope::seal(&key, &Aad::new(id, FIELD_DOCUMENT), &document.0, rng).map_err(seal_err)?;
    let extra = summary_aad_extra(created, updated, closed);
    let summary = envelope::seal(&key, &Aad { scope: id, field: FIELD_SUMMARY, extra: &extra }, &summary.0, rng)
        .map_err(seal_err)?;
    tx.prepare_cached(
        "INSERT INTO cases (case_id, created_at, updated_at, closed_at, document, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (case_id) DO UPDATE SET created_at = excluded.created_at, updated_at = excluded.updated_at,
             closed_at = excluded.closed_at, document = excluded.document, summary = excluded.summary",
    )?
    .execute(rusqlite::params![id, created, updated, closed, document, summary])?;
    Ok(())
}
