//! Ed25519 signatures over a pack's exact bytes, in a trailer line at the end of the file.
//!
//! A signed pack is the pack's text followed by exactly one last line:
//!
//! ```text
//! # meldwijzer-pack-signature: ed25519 <public key, 64 hex> <signature, 128 hex>
//! ```
//!
//! The line is a TOML comment, so a signed pack is still an ordinary TOML file that an editor
//! and `meldwijzer-pack check` read as is. The signature covers [`DOMAIN`] followed by every
//! byte before the trailer line (that is, up to and including the newline that ends the line
//! before it): change one byte, add a line, or add anything after the trailer, and it no
//! longer verifies. Keys are ring's Ed25519 PKCS#8 documents, kept as a one-line text file
//! (`meldwijzer-pack-key-v1 <hex>`); the public key's fingerprint is the first 16 bytes of its
//! SHA-256, as eight groups of four hex digits.

use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};

/// What every signed message starts with, so a pack signature can never be replayed as any
/// other kind of Ed25519 signature made with the same key.
pub const DOMAIN: &[u8] = b"meldwijzer-pack-v1\0";
/// How the trailer line starts.
pub const TRAILER: &str = "# meldwijzer-pack-signature: ";
/// How a key file starts.
pub const KEY_HEADER: &str = "meldwijzer-pack-key-v1 ";

/// The development key's public half (hex). Its private half is committed in
/// `tests/packs/keys/ONTWIKKELSLEUTEL-ALLEEN-VOOR-TESTS.key` for tests and the example packs
/// only; the app names a pack signed with it as signed with the development key.
pub const DEV_PUBLIC_KEY_HEX: &str = "11e58f94bf723ad066461f41ab6ea4da91d585af72cdb397716af25ef2e2d156";

/// A pack's signature as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    /// No trailer line.
    Unsigned,
    /// The trailer verifies over the bytes before it.
    Valid {
        /// The signer's public key.
        public_key: [u8; 32],
    },
    /// A trailer line that does not verify: the pack was changed after signing, or the
    /// signature belongs to another file.
    Invalid {
        /// The public key the trailer names (not to be trusted).
        public_key: [u8; 32],
        /// Where the trailer starts (byte offset).
        at: usize,
    },
    /// A trailer line that cannot be read, or one that is not the last line.
    Malformed {
        /// Where the trailer starts (byte offset).
        at: usize,
    },
}

impl Signature {
    /// The key's fingerprint, when there is a key.
    pub fn fingerprint(&self) -> Option<String> {
        match self {
            Signature::Valid { public_key } | Signature::Invalid { public_key, .. } => Some(fingerprint(public_key)),
            _ => None,
        }
    }

    /// Whether the development key signed it.
    pub fn is_dev_key(&self) -> bool {
        matches!(self, Signature::Valid { public_key } if to_hex(public_key) == DEV_PUBLIC_KEY_HEX)
    }
}

/// Lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Hex to bytes; `None` for an odd length or a non-hex digit.
pub fn from_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    s.as_bytes().chunks(2).map(|p| Some(digit(p[0])? << 4 | digit(p[1])?)).collect()
}

/// The fingerprint of a public key: SHA-256, first 16 bytes, as `abcd ef01 …` (8 groups).
pub fn fingerprint(public_key: &[u8]) -> String {
    let d = ring::digest::digest(&ring::digest::SHA256, public_key);
    let hex = to_hex(&d.as_ref()[..16]);
    hex.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// Splits a file into the signed body and the trailer line's offset, if the file has a trailer
/// line anywhere. The trailer is recognised at the start of a line only.
pub fn find_trailer(bytes: &[u8]) -> Option<usize> {
    let t = TRAILER.as_bytes();
    if bytes.starts_with(t) {
        return Some(0);
    }
    bytes.windows(t.len() + 1).position(|w| w[0] == b'\n' && &w[1..] == t).map(|p| p + 1)
}

fn message(body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(DOMAIN.len() + body.len());
    m.extend_from_slice(DOMAIN);
    m.extend_from_slice(body);
    m
}

/// Reads and checks a file's signature.
pub fn verify(bytes: &[u8]) -> Signature {
    // The trailer's words anywhere else (a signature line whose start was changed, so it would
    // read as unsigned) are a broken signature, not an unsigned pack.
    let words = b"meldwijzer-pack-signature:";
    let mention = bytes.windows(words.len()).position(|w| w == words);
    let Some(at) = find_trailer(bytes) else {
        return match mention {
            Some(m) => Signature::Malformed { at: m },
            None => Signature::Unsigned,
        };
    };
    if mention.is_some_and(|m| m != at + 2) {
        return Signature::Malformed { at: mention.unwrap_or(at) };
    }
    let line = &bytes[at..];
    // The trailer is the last line: at most one newline, at its very end.
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.contains(&b'\n') {
        return Signature::Malformed { at };
    }
    let Ok(line) = std::str::from_utf8(line) else { return Signature::Malformed { at } };
    let parts: Vec<&str> = line[TRAILER.len()..].split(' ').collect();
    let (key, sig) = match parts.as_slice() {
        ["ed25519", key, sig] => (from_hex(key), from_hex(sig)),
        _ => return Signature::Malformed { at },
    };
    let (Some(key), Some(sig)) = (key, sig) else { return Signature::Malformed { at } };
    let (Ok(public_key), true) = (<[u8; 32]>::try_from(key.as_slice()), sig.len() == 64) else {
        return Signature::Malformed { at };
    };
    match UnparsedPublicKey::new(&ED25519, public_key).verify(&message(&bytes[..at]), &sig) {
        Ok(()) => Signature::Valid { public_key },
        Err(_) => Signature::Invalid { public_key, at },
    }
}

/// Why signing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyError {
    /// The key file is not a `meldwijzer-pack-key-v1` Ed25519 key.
    BadKey,
}

/// A key file's key pair.
pub fn read_key(key_file: &str) -> Result<Ed25519KeyPair, KeyError> {
    let hex = key_file.trim().strip_prefix(KEY_HEADER).ok_or(KeyError::BadKey)?;
    let pkcs8 = from_hex(hex.trim()).ok_or(KeyError::BadKey)?;
    Ed25519KeyPair::from_pkcs8(&pkcs8).map_err(|_| KeyError::BadKey)
}

/// A new key file's text, from `rng`.
pub fn new_key_file(rng: &dyn ring::rand::SecureRandom) -> Result<String, KeyError> {
    let doc = Ed25519KeyPair::generate_pkcs8(rng).map_err(|_| KeyError::BadKey)?;
    Ok(format!("{KEY_HEADER}{}\n", to_hex(doc.as_ref())))
}

/// The public key of a key pair.
pub fn public_key(pair: &Ed25519KeyPair) -> [u8; 32] {
    let mut k = [0u8; 32];
    k.copy_from_slice(pair.public_key().as_ref());
    k
}

/// `bytes` signed with `pair`: any old trailer dropped, the body ended with a newline, and the
/// trailer appended.
pub fn sign(bytes: &[u8], pair: &Ed25519KeyPair) -> Vec<u8> {
    let mut body = match find_trailer(bytes) {
        Some(at) => bytes[..at].to_vec(),
        None => bytes.to_vec(),
    };
    if !body.is_empty() && !body.ends_with(b"\n") {
        body.push(b'\n');
    }
    let sig = pair.sign(&message(&body));
    let trailer = format!("{TRAILER}ed25519 {} {}\n", to_hex(pair.public_key().as_ref()), to_hex(sig.as_ref()));
    body.extend_from_slice(trailer.as_bytes());
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> Ed25519KeyPair {
        let rng = ring::rand::SystemRandom::new();
        read_key(&new_key_file(&rng).unwrap()).unwrap()
    }

    #[test]
    fn a_signed_file_verifies_and_any_change_breaks_it() {
        let k = pair();
        let signed = sign(b"a = 1\n", &k);
        assert_eq!(verify(&signed), Signature::Valid { public_key: public_key(&k) });
        let mut changed = signed.clone();
        changed[4] = b'2';
        assert!(matches!(verify(&changed), Signature::Invalid { .. }));
        let mut appended = signed.clone();
        appended.extend_from_slice(b"b = 2\n");
        assert!(matches!(verify(&appended), Signature::Malformed { .. }));
        assert_eq!(verify(b"a = 1\n"), Signature::Unsigned);
    }

    #[test]
    fn signing_again_replaces_the_trailer() {
        let k = pair();
        let once = sign(b"a = 1", &k);
        assert_eq!(sign(&once, &k), once);
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(from_hex(&to_hex(&[0, 1, 0xab, 0xff])).unwrap(), vec![0, 1, 0xab, 0xff]);
        assert_eq!(from_hex("0g"), None);
        assert_eq!(fingerprint(&[0; 32]).split(' ').count(), 8);
    }
}
