//! Argon2id: from a passphrase to a key-encryption key.
//!
//! The shipped path calibrates the parameters at set-up so one derivation takes 0.5–1.5 s on
//! the machine, never below [`KdfParams::FLOOR`]. Parameters read from a vault are checked
//! against [`KdfParams::check_bounds`] *before* any memory is allocated, so a hostile file
//! cannot make the app allocate gigabytes or spin for minutes.
//!
//! Calibration uses a monotonic stopwatch ([`std::time::Instant`]) to time derivations; this is
//! the store's only use of a timer, and nothing it measures is stored except the parameters.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};

use crate::envelope::SecretKey;
use crate::error::{Result, StoreError};

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes (time cost).
    pub t: u32,
    /// Lanes (parallelism).
    pub p: u32,
}

impl KdfParams {
    /// The floor for any shipped vault: OWASP's minimum, m = 19 MiB, t = 2, p = 1.
    pub const FLOOR: KdfParams = KdfParams { m_kib: 19 * 1024, t: 2, p: 1 };
    /// The most memory accepted from a vault file: 1 GiB.
    pub const MAX_M_KIB: u32 = 1024 * 1024;
    /// The most passes accepted from a vault file.
    pub const MAX_T: u32 = 20;
    /// The most lanes accepted from a vault file.
    pub const MAX_P: u32 = 8;
    /// Memory calibration goes up to before it adds passes instead: 256 MiB.
    pub const CALIBRATION_MAX_M_KIB: u32 = 256 * 1024;

    /// Whether these parameters are within what the store accepts at all (caps, and Argon2's
    /// own minimum of 8 KiB per lane). Says nothing about the floor.
    pub fn check_bounds(&self) -> Result<()> {
        let ok = (1..=Self::MAX_P).contains(&self.p)
            && (1..=Self::MAX_T).contains(&self.t)
            && self.m_kib <= Self::MAX_M_KIB
            && self.m_kib >= 8 * self.p;
        if ok {
            Ok(())
        } else {
            Err(StoreError::HostileKdfParams)
        }
    }

    /// Whether these parameters are at or above [`KdfParams::FLOOR`] in every dimension that
    /// makes guessing expensive (memory and passes).
    pub fn meets_floor(&self) -> bool {
        self.m_kib >= Self::FLOOR.m_kib && self.t >= Self::FLOOR.t && self.p >= Self::FLOOR.p
    }

    /// The canonical text bound into the vault-key wrap's AAD.
    pub(crate) fn aad_text(&self) -> String {
        format!("argon2id-v19;m={};t={};p={}", self.m_kib, self.t, self.p)
    }
}

/// Derives a 256-bit key. The caller has checked the bounds.
pub(crate) fn derive(passphrase: &[u8], salt: &[u8], params: KdfParams) -> Result<SecretKey> {
    params.check_bounds()?;
    let argon_params =
        Params::new(params.m_kib, params.t, params.p, Some(32)).map_err(|_| StoreError::HostileKdfParams)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut key = SecretKey::from_bytes([0; 32]);
    argon.hash_password_into(passphrase, salt, key.bytes_mut()).map_err(|_| StoreError::HostileKdfParams)?;
    Ok(key)
}

/// What one derivation should take on this machine.
pub const CALIBRATION_TARGET: Duration = Duration::from_millis(800);
/// The accepted calibration window.
pub const CALIBRATION_WINDOW: (Duration, Duration) = (Duration::from_millis(500), Duration::from_millis(1500));

/// Picks parameters that take about [`CALIBRATION_TARGET`] here, never below the floor, and
/// derives the key with them. Returns the parameters and the key.
pub(crate) fn calibrate_and_derive(passphrase: &[u8], salt: &[u8]) -> Result<(KdfParams, SecretKey)> {
    // Probe at the floor (about 35 ms on a 2-core VM in release) to learn this machine's speed.
    let start = Instant::now();
    drop(derive(b"calibration probe", b"calibration salt", KdfParams::FLOOR)?);
    let mut params = scale(KdfParams::FLOOR, start.elapsed());
    let mut last = None;
    for _ in 0..3 {
        let start = Instant::now();
        let key = derive(passphrase, salt, params)?;
        let took = start.elapsed();
        let (lo, hi) = CALIBRATION_WINDOW;
        let at_floor = params == KdfParams::FLOOR;
        let at_top = params.m_kib >= KdfParams::CALIBRATION_MAX_M_KIB && params.t >= KdfParams::MAX_T;
        if (lo..=hi).contains(&took) || (took > hi && at_floor) || (took < lo && at_top) {
            return Ok((params, key));
        }
        let next = scale(params, took);
        last = Some((params, key));
        if next == params {
            break;
        }
        params = next;
    }
    // Could not land in the window in three tries (a noisy machine): keep the last derivation,
    // which is at or above the floor.
    last.ok_or(StoreError::HostileKdfParams)
}

/// Scales `from`, which took `took`, towards the target: memory first (up to 256 MiB, with
/// t = 3), then passes; never below the floor.
fn scale(from: KdfParams, took: Duration) -> KdfParams {
    let work = f64::from(from.m_kib) * f64::from(from.t);
    let per_unit = took.as_secs_f64().max(1e-6) / work;
    let budget = CALIBRATION_TARGET.as_secs_f64() / per_unit; // KiB × passes
    let t = 3u32;
    let m = budget / f64::from(t);
    let (m, t) = if m >= f64::from(KdfParams::CALIBRATION_MAX_M_KIB) {
        let m = KdfParams::CALIBRATION_MAX_M_KIB;
        let t = (budget / f64::from(m)).round().clamp(3.0, f64::from(KdfParams::MAX_T)) as u32;
        (m, t)
    } else if m >= f64::from(KdfParams::FLOOR.m_kib) {
        // Round to whole MiB.
        ((m / 1024.0).round() as u32 * 1024, t)
    } else {
        // A slow machine: the floor's memory, and as many passes (2 or 3) as fit.
        let t = (budget / f64::from(KdfParams::FLOOR.m_kib)).floor().clamp(2.0, 3.0) as u32;
        (KdfParams::FLOOR.m_kib, t)
    };
    KdfParams { m_kib: m.max(KdfParams::FLOOR.m_kib), t: t.max(KdfParams::FLOOR.t), p: 1 }
}
