//! KDF parameters: the shipped path calibrates at or above the floor; parameters read from a
//! file are bounded before any key is derived.

use std::time::{Duration, Instant};

use meldwijzer_store::{KdfParams, StoreError, Vault, VaultOptions, CALIBRATION_WINDOW};

use crate::common::*;

fn failed_attempts(path: &std::path::Path) -> i64 {
    raw(path).query_row("SELECT failed_attempts FROM vault_header", [], |r| r.get(0)).unwrap()
}

#[test]
fn hostile_kdf_parameters_are_refused_fast_and_before_deriving() {
    let dir = TempDir::new("hostile");
    let path = dir.vault_path();
    new_vault(&dir).lock().unwrap();
    let hostile: &[(i64, i64, i64)] = &[
        (4 * 1024 * 1024, 2, 1),             // m = 4 GiB
        (8, 4_294_967_295, 1),               // t = 2^32 - 1
        (8, 1, 0),                           // p = 0
        (4 * 1024 * 1024, 4_294_967_295, 0), // all three
        (1024 * 1024 + 1, 1, 1),             // just over the 1 GiB cap
        (8, 21, 1),                          // just over the pass cap
        (72, 1, 9),                          // just over the lane cap
        (4, 1, 1),                           // under Argon2's 8 KiB per lane
        (8, 0, 1),                           // no passes
        (-1, 1, 1),                          // negative
        (i64::MAX, 1, 1),                    // does not fit
        (8, 1, i64::MIN),
    ];
    for &(m, t, p) in hostile {
        raw(&path).execute("UPDATE vault_header SET kdf_m_kib = ?1, kdf_t = ?2, kdf_p = ?3", [m, t, p]).unwrap();
        let mut fastest = Duration::MAX;
        for _ in 0..3 {
            let start = Instant::now();
            assert_eq!(
                Vault::unlock(&path, &pass(), now()).unwrap_err(),
                StoreError::HostileKdfParams,
                "m={m} t={t} p={p}"
            );
            fastest = fastest.min(start.elapsed());
        }
        assert!(fastest < Duration::from_millis(50), "m={m} t={t} p={p} refused in {fastest:?}");
        assert_eq!(failed_attempts(&path), 0, "a refusal before deriving is not a failed attempt");
    }
    raw(&path).execute("UPDATE vault_header SET kdf_m_kib = 8, kdf_t = 1, kdf_p = 1", []).unwrap();
    for (salt_len, ok) in [(8, false), (15, false), (16, true), (64, true), (65, false)] {
        raw(&path).execute("UPDATE vault_header SET kdf_salt = zeroblob(?1)", [salt_len]).unwrap();
        let err = Vault::unlock(&path, &pass(), now()).unwrap_err();
        let expected = if ok { StoreError::WrongPassphrase } else { StoreError::HostileKdfParams };
        assert_eq!(err, expected, "salt of {salt_len} bytes");
        raw(&path).execute("UPDATE vault_header SET failed_attempts = 0, next_attempt_at = 0", []).unwrap();
    }
    raw(&path).execute("UPDATE vault_header SET kdf_alg = 'argon2d-v19'", []).unwrap();
    assert_eq!(Vault::unlock(&path, &pass(), now()).unwrap_err(), StoreError::HostileKdfParams, "another algorithm");
}

#[test]
fn a_shipped_vault_below_the_floor_is_refused() {
    assert_eq!(KdfParams::FLOOR, KdfParams { m_kib: 19 * 1024, t: 2, p: 1 });
    assert!(KdfParams::FLOOR.meets_floor());
    assert!(!KdfParams { m_kib: 19 * 1024 - 1, t: 2, p: 1 }.meets_floor());
    assert!(!KdfParams { m_kib: 64 * 1024, t: 1, p: 1 }.meets_floor());
    let dir = TempDir::new("floor");
    let path = dir.vault_path();
    new_vault(&dir).lock().unwrap();
    raw(&path).execute("UPDATE vault_header SET kdf_profile = 'calibrated'", []).unwrap();
    assert_eq!(
        Vault::unlock(&path, &pass(), now()).unwrap_err(),
        StoreError::HostileKdfParams,
        "a vault that claims to be shipped may not have test parameters"
    );
    // Bound into the wrap's AAD as well: restoring the profile restores the vault.
    raw(&path).execute("UPDATE vault_header SET kdf_profile = 'test'", []).unwrap();
    Vault::unlock(&path, &pass(), now()).unwrap();
}

#[test]
fn shipped_create_calibrates_at_or_above_the_floor() {
    let dir = TempDir::new("calibrate");
    let path = dir.vault_path();
    let start = Instant::now();
    let (v, recovery) = Vault::create(&path, &pass(), &VaultOptions::new().with_recovery_key(false)).unwrap();
    let create_took = start.elapsed();
    assert!(recovery.is_none());
    let params = v.kdf_params();
    assert!(params.meets_floor(), "calibrated {params:?} is at or above the floor");
    assert!(params.check_bounds().is_ok(), "and within the caps");
    let profile: String = raw(&path).query_row("SELECT kdf_profile FROM vault_header", [], |r| r.get(0)).unwrap();
    assert_eq!(profile, "calibrated");
    v.lock().unwrap();
    let start = Instant::now();
    let v = Vault::unlock(&path, &pass(), now()).unwrap();
    let unlock_took = start.elapsed();
    assert_eq!(v.kdf_params(), params);
    println!(
        "calibrated {params:?}: create {create_took:?}, unlock {unlock_took:?} (debug build: {})",
        cfg!(debug_assertions)
    );
    if !cfg!(debug_assertions) && params != KdfParams::FLOOR {
        let (lo, hi) = CALIBRATION_WINDOW;
        assert!(unlock_took >= lo / 2 && unlock_took <= hi * 2, "unlock {unlock_took:?} near the calibrated window");
    }
}
