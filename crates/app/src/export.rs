//! One case to one file and back: the [age](https://age-encryption.org) format with a
//! passphrase (scrypt) recipient, so the file can be checked with standard tools
//! (`age -d`). Inside is versioned JSON: `{"format": "meldwijzer-case", "version": 1,
//! "case": {...}}`. Reading checks everything and answers a code; it never panics and
//! never writes half a case (one case is one transaction in the vault).

use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use meldwijzer_protocol::{Case, Protocol};
use serde::{Deserialize, Serialize};

/// The `format` field inside every export.
pub const FORMAT: &str = "meldwijzer-case";
/// The newest plaintext version this build writes and reads.
pub const VERSION: u32 = 1;
/// Files larger than this are refused before decrypting (a case is a few KiB).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// The most scrypt work (log2 N) an import accepts: 2^17 × 1 KiB = 128 MiB of memory, about
/// 0.4 s on the 2-core reference machine (release). 2^18 would be 256 MiB for scrypt alone,
/// over the 256 MB a single hostile file may cost (security.md §7; measured in
/// crates/store/README.md). Checked in the file's header before any work is done.
pub const MAX_WORK_FACTOR: u8 = 17;

/// The scrypt work (log2 N) an export is written with: the most an import accepts, so every
/// file this build writes can be read back by it (age's own calibration could pick more on a
/// fast machine).
pub const EXPORT_WORK_FACTOR: u8 = MAX_WORK_FACTOR;

/// Why an import or export failed; each maps to a Fluent code in `error.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportError {
    /// The file could not be read, is too large, or is not an age file (or is damaged).
    File,
    /// Wrong passphrase (or a damaged key stanza: age cannot tell them apart).
    Passphrase,
    /// Decrypted, but not a Meldwijzer case this build understands.
    Format,
    /// Written by a newer Meldwijzer.
    Newer,
    /// The file asks for more key-derivation work than allowed.
    Work,
    /// The file could not be written.
    Write,
}

#[derive(Serialize)]
struct Outgoing<'a> {
    format: &'static str,
    version: u32,
    case: &'a Case,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u32,
    case: serde_json::Value,
}

/// Encrypts `case` to `path` under `passphrase` (`work_factor`: scrypt log2 N, `None` for
/// [`EXPORT_WORK_FACTOR`]). Written to a temporary file next to `path`, fsynced and renamed,
/// so `path` is either the whole file or untouched.
pub fn write(case: &Case, path: &Path, passphrase: &str, work_factor: Option<u8>) -> Result<(), ExportError> {
    let plain = to_json(&Outgoing { format: FORMAT, version: VERSION, case })?;
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
    recipient.set_work_factor(work_factor.unwrap_or(EXPORT_WORK_FACTOR));
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|_| ExportError::Write)?;
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(|_| ExportError::Write)?;
    writer.write_all(&plain).map_err(|_| ExportError::Write)?;
    writer.finish().map_err(|_| ExportError::Write)?;
    crate::file::write_atomic(path, &sealed).map_err(|_| ExportError::Write)
}

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, ExportError> {
    serde_json::to_vec(value).map_err(|_| ExportError::Write)
}

/// Reads and checks a file written by [`write`]: decrypts, checks format and version, and
/// that the case is whole and speaks this content's ids. Returns the case, not yet stored.
pub fn read(bytes: &[u8], passphrase: &str, protocol: &Protocol) -> Result<Case, ExportError> {
    precheck(bytes)?;
    let decryptor = age::Decryptor::new(bytes).map_err(map_decrypt)?;
    if !decryptor.is_scrypt() {
        return Err(ExportError::File);
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(map_decrypt)?;
    let mut plain = Vec::new();
    (&mut reader).take(MAX_FILE_BYTES + 1).read_to_end(&mut plain).map_err(|_| ExportError::File)?;
    if plain.len() as u64 > MAX_FILE_BYTES {
        return Err(ExportError::File);
    }
    let envelope: Envelope = serde_json::from_slice(&plain).map_err(|_| ExportError::Format)?;
    if envelope.format != FORMAT {
        return Err(ExportError::Format);
    }
    if envelope.version > VERSION {
        return Err(ExportError::Newer);
    }
    if envelope.version != VERSION {
        return Err(ExportError::Format);
    }
    let case: Case = serde_json::from_value(envelope.case.clone()).map_err(|_| ExportError::Format)?;
    // Strict: every key must be one this build writes (nothing ignored silently).
    if serde_json::to_value(&case).ok().as_ref() != Some(&envelope.case) {
        return Err(ExportError::Format);
    }
    check(&case, protocol)?;
    Ok(case)
}

/// What can be refused without any key derivation: size, a header as we write it, and the
/// scrypt work factor ([`ExportError::Work`] above [`MAX_WORK_FACTOR`], read from the
/// header's `-> scrypt <salt> <log N>` line before age is asked to do anything).
pub fn precheck(bytes: &[u8]) -> Result<(), ExportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ExportError::File);
    }
    // age's header parser is slow on huge lines (a 100 KB line took 90 s in a debug
    // build): a header as we write it is a few short lines, so check that first.
    if !plausible_header(bytes) {
        return Err(ExportError::File);
    }
    match scrypt_work_factor(bytes) {
        Some(Ok(log_n)) if log_n > MAX_WORK_FACTOR => Err(ExportError::Work),
        // No scrypt stanza, or a malformed one: age refuses it (File) without deriving.
        _ => Ok(()),
    }
}

/// The work factor of the header's scrypt stanza: `None` without one, `Err` if its last
/// field is not a plain decimal number (or is too large for a byte).
fn scrypt_work_factor(bytes: &[u8]) -> Option<Result<u8, ()>> {
    let head = &bytes[..bytes.len().min(4096)];
    for line in head.split(|b| *b == b'\n') {
        if line.starts_with(b"--- ") {
            return None;
        }
        let Some(rest) = line.strip_prefix(b"-> scrypt ") else { continue };
        let log_n = rest.split(|b| *b == b' ').nth(1)?;
        let ok = !log_n.is_empty() && log_n.len() <= 3 && log_n.iter().all(u8::is_ascii_digit);
        return Some(ok.then(|| std::str::from_utf8(log_n).ok()?.parse::<u8>().ok()).flatten().ok_or(()));
    }
    None
}

/// The case's identity and profile must be ones this build knows; its texts within limits.
fn check(case: &Case, p: &Protocol) -> Result<(), ExportError> {
    let known = meldwijzer_store::is_uuid(&case.id)
        && p.field(&case.field).is_some()
        && p.subject(&case.subject).is_some()
        && p.suspects().iter().any(|s| s.choice.id == case.suspect)
        && !case.alias.trim().is_empty()
        && case.alias.chars().count() <= meldwijzer_protocol::case::MAX_TEXT_CHARS;
    if known {
        Ok(())
    } else {
        Err(ExportError::Format)
    }
}

/// The age header (up to and including the `--- ` MAC line) lies within the first 4 KiB and
/// none of its lines is longer than 128 bytes.
fn plausible_header(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    for line in head.split(|b| *b == b'\n') {
        if line.len() > 128 {
            return false;
        }
        if line.starts_with(b"--- ") {
            return true;
        }
    }
    false
}

fn map_decrypt(e: age::DecryptError) -> ExportError {
    match e {
        // A wrong passphrase fails the scrypt stanza's AEAD: `DecryptionFailed` here (damage to
        // the payload shows later, while reading).
        age::DecryptError::NoMatchingKeys
        | age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed => ExportError::Passphrase,
        age::DecryptError::ExcessiveWork { .. } => ExportError::Work,
        _ => ExportError::File,
    }
}
