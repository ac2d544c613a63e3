//! The sealed envelope every sensitive value is stored in.
//!
//! ```text
//! offset  size  field
//! 0       3     magic "MWE"
//! 3       1     envelope version (1 = AES-256-GCM, random 96-bit nonce)
//! 4       12    nonce, fresh from the OS random source for every seal
//! 16      n+16  ciphertext of the n-byte plaintext, then the 16-byte GCM tag
//! ```
//!
//! The additional authenticated data is rebuilt by the reader from where the blob is found,
//! never read from the blob: `"meldwijzer-aad"`, the envelope version, then the scope (the
//! case's UUID, or the vault's id for vault-level records), the field name (`"case-document"`,
//! `"case-summary"`, `"case-key"`, ...) and optional extra bytes, each length-prefixed. A blob
//! moved to another case, another field or another vault fails authentication.
//!
//! The decoder takes untrusted bytes: it never panics, checks lengths before slicing and
//! allocates at most the input's size.
#![deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ring::aead::{self, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use ring::rand::SecureRandom;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// The magic bytes at the start of every envelope.
pub const MAGIC: [u8; 3] = *b"MWE";
/// The envelope version this build writes (and the only one it reads).
pub const VERSION: u8 = 1;
/// Nonce length (96 bits).
pub const NONCE_LEN: usize = 12;
/// Authentication tag length.
pub const TAG_LEN: usize = 16;
/// Bytes before the ciphertext.
pub const HEADER_LEN: usize = MAGIC.len() + 1 + NONCE_LEN;
/// The shortest envelope (an empty plaintext).
pub const MIN_LEN: usize = HEADER_LEN + TAG_LEN;
/// The longest plaintext sealed or opened (64 MiB).
pub const MAX_PLAINTEXT: usize = 64 << 20;
/// The longest envelope accepted.
pub const MAX_LEN: usize = MAX_PLAINTEXT + MIN_LEN;

/// A 256-bit secret key, wiped from memory when dropped. Its `Debug` shows no bytes.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SecretKey([u8; 32]);

impl SecretKey {
    /// A key from raw bytes (the caller's copy is the caller's to wipe).
    pub fn from_bytes(bytes: [u8; 32]) -> SecretKey {
        SecretKey(bytes)
    }

    /// A fresh random key.
    pub fn generate(rng: &dyn SecureRandom) -> Result<SecretKey, EnvelopeError> {
        let mut k = SecretKey([0; 32]);
        rng.fill(&mut k.0).map_err(|_| EnvelopeError::Random)?;
        Ok(k)
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    pub(crate) fn bytes_mut(&mut self) -> &mut [u8; 32] {
        &mut self.0
    }

    fn aead(&self) -> Result<LessSafeKey, EnvelopeError> {
        // ring keeps its own key schedule, which it does not wipe (ring issues #15, #566):
        // build it per operation so it lives only for the duration of one seal or open.
        UnboundKey::new(&AES_256_GCM, &self.0).map(LessSafeKey::new).map_err(|_| EnvelopeError::Unauthentic)
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

/// Where a sealed value belongs: rebuilt by the reader from the row it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aad<'a> {
    /// The case's UUID, or the vault's id for vault-level records.
    pub scope: &'a str,
    /// The field name, such as `"case-document"`.
    pub field: &'a str,
    /// Further bound context (the KDF parameters and salt for the passphrase wrap).
    pub extra: &'a [u8],
}

impl<'a> Aad<'a> {
    /// Scope and field, no extra bytes.
    pub fn new(scope: &'a str, field: &'a str) -> Aad<'a> {
        Aad { scope, field, extra: &[] }
    }

    fn encode(&self, version: u8) -> Vec<u8> {
        let label = b"meldwijzer-aad";
        let mut out = Vec::with_capacity(label.len() + 1 + 12 + self.scope.len() + self.field.len() + self.extra.len());
        out.extend_from_slice(label);
        out.push(version);
        for part in [self.scope.as_bytes(), self.field.as_bytes(), self.extra] {
            // Parts are short (ids, names, params); saturate rather than wrap on absurd input.
            let len = u32::try_from(part.len()).unwrap_or(u32::MAX);
            out.extend_from_slice(&len.to_be_bytes());
            out.extend_from_slice(part);
        }
        out
    }
}

/// Why an envelope was refused. Every variant means "this blob is not a valid value here".
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// Shorter than an envelope can be.
    #[error("envelope too short")]
    TooShort,
    /// Longer than any envelope this build writes.
    #[error("envelope too long")]
    TooLong,
    /// Does not start with the magic bytes.
    #[error("not an envelope")]
    BadMagic,
    /// An envelope version this build does not know.
    #[error("unknown envelope version {0}")]
    UnsupportedVersion(u8),
    /// Authentication failed: wrong key, wrong place (AAD), or altered bytes.
    #[error("envelope failed authentication")]
    Unauthentic,
    /// The random source failed while sealing.
    #[error("random source failed")]
    Random,
}

/// An envelope's parts, borrowed from the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parsed<'a> {
    /// The envelope version.
    pub version: u8,
    /// The nonce.
    pub nonce: [u8; NONCE_LEN],
    /// Ciphertext followed by the tag.
    pub sealed: &'a [u8],
}

/// Splits an envelope into its parts without decrypting. Refuses anything malformed.
pub fn parse(bytes: &[u8]) -> Result<Parsed<'_>, EnvelopeError> {
    let (magic, rest) = bytes.split_at_checked(MAGIC.len()).ok_or(EnvelopeError::TooShort)?;
    if magic != MAGIC {
        return Err(EnvelopeError::BadMagic);
    }
    let (&version, rest) = rest.split_first().ok_or(EnvelopeError::TooShort)?;
    if version != VERSION {
        return Err(EnvelopeError::UnsupportedVersion(version));
    }
    if bytes.len() < MIN_LEN {
        return Err(EnvelopeError::TooShort);
    }
    if bytes.len() > MAX_LEN {
        return Err(EnvelopeError::TooLong);
    }
    let (nonce, sealed) = rest.split_at_checked(NONCE_LEN).ok_or(EnvelopeError::TooShort)?;
    let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| EnvelopeError::TooShort)?;
    Ok(Parsed { version, nonce, sealed })
}

/// Seals `plaintext` for the place `aad` under `key`, with a fresh random nonce.
pub fn seal(
    key: &SecretKey,
    aad: &Aad<'_>,
    plaintext: &[u8],
    rng: &dyn SecureRandom,
) -> Result<Vec<u8>, EnvelopeError> {
    if plaintext.len() > MAX_PLAINTEXT {
        return Err(EnvelopeError::TooLong);
    }
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill(&mut nonce).map_err(|_| EnvelopeError::Random)?;
    let mut out = Vec::with_capacity(MIN_LEN + plaintext.len());
    out.extend_from_slice(&MAGIC);
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    let aead_key = key.aead()?;
    let body = out.get_mut(HEADER_LEN..).ok_or(EnvelopeError::TooShort)?;
    let tag = aead_key
        .seal_in_place_separate_tag(Nonce::assume_unique_for_key(nonce), aead::Aad::from(aad.encode(VERSION)), body)
        .map_err(|_| EnvelopeError::TooLong)?;
    out.extend_from_slice(tag.as_ref());
    Ok(out)
}

/// Opens an envelope found at the place `aad`. Returns the plaintext (wiped when dropped), or
/// an error and nothing else: no partial plaintext ever leaves this function.
pub fn open(key: &SecretKey, aad: &Aad<'_>, bytes: &[u8]) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let parsed = parse(bytes)?;
    let mut buf = Zeroizing::new(parsed.sealed.to_vec());
    let aead_key = key.aead()?;
    let len = aead_key
        .open_in_place(
            Nonce::assume_unique_for_key(parsed.nonce),
            aead::Aad::from(aad.encode(parsed.version)),
            buf.as_mut_slice(),
        )
        .map_err(|_| EnvelopeError::Unauthentic)?
        .len();
    buf.truncate(len);
    Ok(buf)
}
