//! The two secrets a person types: the passphrase and the recovery key. Both are wiped from
//! memory when dropped and print as `..` in `Debug`.

use ring::hkdf;
use ring::rand::SecureRandom;
use zeroize::Zeroizing;

use crate::envelope::SecretKey;
use crate::error::{Result, StoreError};

/// The shortest passphrase the store accepts for a new vault or a new passphrase, in
/// characters (Unicode scalar values). How strong it is, is the UI's business.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// A passphrase, wiped from memory when dropped.
///
/// It is used byte for byte (UTF-8), without Unicode normalisation: on one machine the same
/// keyboard gives the same bytes; a UI that accepts pasted text may normalise before.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Wraps a passphrase; the `String` is wiped when the `Passphrase` is dropped.
    pub fn new(s: String) -> Passphrase {
        Passphrase(Zeroizing::new(s))
    }

    /// Its length in characters.
    pub fn chars(&self) -> usize {
        self.0.chars().count()
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// Refuses a passphrase too short to be set.
    pub(crate) fn check_new(&self) -> Result<()> {
        if self.chars() < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::PassphraseTooShort { min_chars: MIN_PASSPHRASE_CHARS });
        }
        Ok(())
    }
}

impl From<&str> for Passphrase {
    fn from(s: &str) -> Passphrase {
        Passphrase::new(s.to_owned())
    }
}

impl From<String> for Passphrase {
    fn from(s: String) -> Passphrase {
        Passphrase::new(s)
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(..)")
    }
}

/// Crockford's base32: no I, L, O or U, so it reads aloud and copies by hand well.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a recovery key: 29 random (145 bits) and one check symbol.
const SYMBOLS: usize = 30;
const GROUP: usize = 5;

/// A recovery key: 6 groups of 5 characters, such as `7K2QF-...`, shown once at set-up and
/// kept away from the laptop. It wraps the vault key a second time.
///
/// 29 characters are random (145 bits); the last is a check character, so a typo reads as
/// [`StoreError::RecoveryKeyMalformed`] rather than as a wrong key.
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    pub(crate) fn generate(rng: &dyn SecureRandom) -> Result<RecoveryKey> {
        let mut raw = Zeroizing::new([0u8; SYMBOLS - 1]);
        rng.fill(&mut raw[..]).map_err(|_| StoreError::Random)?;
        let mut values = Zeroizing::new([0u8; SYMBOLS]);
        for (v, r) in values.iter_mut().zip(raw.iter()) {
            // 256 is a multiple of 32: the low five bits are uniform.
            *v = r & 31;
        }
        values[SYMBOLS - 1] = check_symbol(&values[..SYMBOLS - 1]);
        Ok(RecoveryKey(format_symbols(&values[..])))
    }

    /// Reads a recovery key as typed: case, spaces and dashes do not matter, and `O`, `I`, `L`
    /// are read as `0`, `1`, `1`.
    pub fn parse(input: &str) -> Result<RecoveryKey> {
        let mut values = Zeroizing::new(Vec::with_capacity(SYMBOLS));
        for c in input.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let v = ALPHABET.iter().position(|&a| char::from(a) == c).ok_or(StoreError::RecoveryKeyMalformed)?;
            if values.len() == SYMBOLS {
                return Err(StoreError::RecoveryKeyMalformed);
            }
            values.push(v as u8);
        }
        match values.split_last() {
            Some((&check, body)) if values.len() == SYMBOLS && check_symbol(body) == check => {
                Ok(RecoveryKey(format_symbols(&values)))
            }
            _ => Err(StoreError::RecoveryKeyMalformed),
        }
    }

    /// The key as `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`, to show once.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The key-encryption key this recovery key gives with the vault's recovery salt. The key
    /// has 145 random bits, so a fast KDF (HKDF-SHA256) suffices.
    pub(crate) fn kek(&self, salt: &[u8]) -> Result<SecretKey> {
        struct Len32;
        impl hkdf::KeyType for Len32 {
            fn len(&self) -> usize {
                32
            }
        }
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(self.0.as_bytes());
        let mut key = SecretKey::from_bytes([0; 32]);
        prk.expand(&[b"meldwijzer/recovery-kek/v1"], Len32)
            .and_then(|okm| okm.fill(key.bytes_mut()))
            .map_err(|_| StoreError::Random)?;
        Ok(key)
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(..)")
    }
}

fn check_symbol(values: &[u8]) -> u8 {
    // Odd weights modulo 32: any single changed character changes the sum.
    let sum: u32 = values.iter().enumerate().map(|(i, &v)| (2 * i as u32 + 1) * u32::from(v)).sum();
    (sum % 32) as u8
}

fn format_symbols(values: &[u8]) -> Zeroizing<String> {
    let mut s = Zeroizing::new(String::with_capacity(SYMBOLS + SYMBOLS / GROUP));
    for (i, &v) in values.iter().enumerate() {
        if i > 0 && i % GROUP == 0 {
            s.push('-');
        }
        s.push(char::from(ALPHABET[usize::from(v & 31)]));
    }
    s
}
