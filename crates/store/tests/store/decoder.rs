//! The envelope decoder takes untrusted bytes: a catalogue of bad inputs, every truncation and
//! bit flip of a 1 KiB envelope, round trips, nonce uniqueness, and the fuzz corpus replayed.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use meldwijzer_store::envelope::{self, Aad, EnvelopeError, SecretKey, MAX_LEN, MIN_LEN, VERSION};
use meldwijzer_store::fuzzing;
use ring::rand::{SecureRandom, SystemRandom};

fn key() -> SecretKey {
    SecretKey::from_bytes([42; 32])
}

const AAD: Aad<'static> = Aad { scope: "11111111-1111-4111-8111-111111111111", field: "case-document", extra: b"" };

/// Opens `data` without letting a panic escape; a panic fails the test with the input's name.
fn open_no_panic(name: &str, k: &SecretKey, aad: &Aad<'_>, data: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    let start = Instant::now();
    let r = catch_unwind(AssertUnwindSafe(|| envelope::open(k, aad, data).map(|p| p.to_vec())))
        .unwrap_or_else(|_| panic!("decoder panicked on {name}"));
    assert!(start.elapsed() < Duration::from_secs(1), "{name} took {:?}", start.elapsed());
    r
}

fn sealed(plain: &[u8]) -> Vec<u8> {
    envelope::seal(&key(), &AAD, plain, &SystemRandom::new()).unwrap()
}

#[test]
fn a_catalogue_of_bad_inputs_maps_each_to_its_error_and_never_panics() {
    use EnvelopeError::*;
    let good = sealed(b"{\"some\":\"json\"}");
    let mut cat: Vec<(String, Vec<u8>, EnvelopeError)> = vec![
        ("empty".into(), vec![], TooShort),
        ("one byte".into(), b"M".to_vec(), TooShort),
        ("two bytes".into(), b"MW".to_vec(), TooShort),
        ("magic only".into(), b"MWE".to_vec(), TooShort),
        ("magic and version".into(), b"MWE\x01".to_vec(), TooShort),
        ("header without tag".into(), good[..16].to_vec(), TooShort),
        ("one byte short of a tag".into(), good[..MIN_LEN - 1].to_vec(), TooShort),
        ("tag only, no ciphertext".into(), [&good[..16], &good[good.len() - 16..]].concat(), Unauthentic),
        ("trailing garbage".into(), [good.as_slice(), b"x"].concat(), Unauthentic),
        ("zero nonce".into(), [&good[..4], &[0u8; 12][..], &good[16..]].concat(), Unauthentic),
        ("zero tag".into(), [&good[..good.len() - 16], &[0u8; 16][..]].concat(), Unauthentic),
        (
            "swapped halves".into(),
            [&good[..16], &good[good.len() - 16..], &good[16..good.len() - 16]].concat(),
            Unauthentic,
        ),
        ("all zero".into(), vec![0; 64], BadMagic),
        ("all ones".into(), vec![0xff; 64], BadMagic),
        ("lower-case magic".into(), [b"mwe".as_slice(), &good[3..]].concat(), BadMagic),
        ("JSON instead".into(), b"{\"alias\":\"plain text where a blob belongs\"}".to_vec(), BadMagic),
        ("SQLite header".into(), b"SQLite format 3\0 followed by more bytes......".to_vec(), BadMagic),
        (
            "one byte too long".into(),
            {
                let mut v = vec![0u8; MAX_LEN + 1];
                v[..4].copy_from_slice(b"MWE\x01");
                v
            },
            TooLong,
        ),
    ];
    for (i, b) in b"MWE".iter().enumerate() {
        for bit in 0..8 {
            let mut v = good.clone();
            v[i] = b ^ (1 << bit);
            cat.push((format!("magic byte {i} bit {bit}"), v, BadMagic));
        }
    }
    for version in (0..=255u8).filter(|v| *v != VERSION) {
        let mut v = good.clone();
        v[3] = version;
        cat.push((format!("version {version}"), v, UnsupportedVersion(version)));
    }
    // Right bytes, wrong place: another key, case, field, or extra.
    let other_key = SecretKey::from_bytes([43; 32]);
    let mut wrong_place = 0;
    for (name, k, aad) in [
        ("other key", &other_key, AAD),
        ("other case", &key(), Aad { scope: "22222222-2222-4222-8222-222222222222", ..AAD }),
        ("other field", &key(), Aad { field: "case-summary", ..AAD }),
        ("other extra", &key(), Aad { extra: b"x", ..AAD }),
        (
            "field moved into scope",
            &key(),
            Aad { scope: "case-document", field: "11111111-1111-4111-8111-111111111111", ..AAD },
        ),
    ] {
        assert_eq!(open_no_panic(name, k, &aad, &good), Err(Unauthentic), "{name}");
        wrong_place += 1;
    }
    let rng = SystemRandom::new();
    for i in 0..20 {
        let mut v = vec![0u8; 32 + i * 13];
        rng.fill(&mut v).unwrap();
        v[..4].copy_from_slice(b"MWE\x01");
        cat.push((format!("random body {i}"), v, Unauthentic));
    }
    for (name, data, expected) in &cat {
        assert_eq!(open_no_panic(name, &key(), &AAD, data), Err(*expected), "{name}");
        catch_unwind(AssertUnwindSafe(|| fuzzing::envelope(data)))
            .unwrap_or_else(|_| panic!("fuzz entry panicked on {name}"));
    }
    let total = cat.len() + wrong_place;
    println!("{total} crafted bad inputs, 0 panics, each mapped to its expected error");
    assert!(total >= 200);
}

#[test]
fn every_truncation_and_every_bit_flip_of_a_one_kib_envelope_is_refused() {
    let plain: Vec<u8> = (0..1024u32).map(|i| (i * 7 % 251) as u8).collect();
    let good = sealed(&plain);
    assert_eq!(open_no_panic("original", &key(), &AAD, &good).unwrap(), plain);
    for len in 0..good.len() {
        let expected = if len < MIN_LEN { EnvelopeError::TooShort } else { EnvelopeError::Unauthentic };
        assert_eq!(open_no_panic("truncation", &key(), &AAD, &good[..len]), Err(expected), "cut to {len} bytes");
    }
    let mut flips = 0;
    for bit in 0..good.len() * 8 {
        let mut v = good.clone();
        v[bit / 8] ^= 1 << (bit % 8);
        let r = open_no_panic("flip", &key(), &AAD, &v);
        let expected = match bit / 8 {
            0..=2 => EnvelopeError::BadMagic,
            3 => EnvelopeError::UnsupportedVersion(v[3]),
            _ => EnvelopeError::Unauthentic,
        };
        assert_eq!(r, Err(expected), "bit {bit}: refused, and no plaintext returned");
        flips += 1;
    }
    println!("{} truncations and {flips} bit flips of a {}-byte envelope: all refused", good.len(), good.len());
}

#[test]
fn seal_then_open_gives_back_the_plaintext_for_ten_thousand_random_inputs() {
    let rng = SystemRandom::new();
    for i in 0..10_000 {
        let mut len = [0u8; 2];
        rng.fill(&mut len).unwrap();
        let mut plain = vec![0u8; usize::from(u16::from_le_bytes(len)) % 2048];
        rng.fill(&mut plain).unwrap();
        let scope = format!("{i:08x}-0000-4000-8000-000000000000");
        let aad = Aad { scope: &scope, field: "case-document", extra: &len };
        let sealed = envelope::seal(&key(), &aad, &plain, &rng).unwrap();
        assert_eq!(sealed.len(), plain.len() + MIN_LEN);
        assert_eq!(envelope::open(&key(), &aad, &sealed).unwrap().as_slice(), plain.as_slice(), "input {i}");
    }
}

#[test]
fn nonces_never_repeat() {
    let n = crate::env_count("MELDWIJZER_NONCE_SEALS", 200_000);
    let rng = SystemRandom::new();
    let k = key();
    let mut seen = HashSet::with_capacity(n);
    for _ in 0..n {
        let s = envelope::seal(&k, &AAD, b"", &rng).unwrap();
        let nonce: [u8; 12] = s[4..16].try_into().unwrap();
        assert!(seen.insert(nonce), "a nonce repeated");
    }
    println!("{n} seals, 0 duplicate nonces");
}

#[test]
fn hostile_payloads_inside_a_valid_envelope_do_not_panic_or_overflow_the_stack() {
    let k = SecretKey::from_bytes(fuzzing::CORPUS_KEY);
    let rng = SystemRandom::new();
    let deep = "[".repeat(100_000);
    let payloads: Vec<Vec<u8>> = vec![
        deep.into_bytes(),
        format!("{{\"id\":{}}}", "1e999999").into_bytes(),
        b"{\"id\":\"\xff\xfe\"}".to_vec(),
        b"{\"id\":\"\\ud800\"}".to_vec(),
        format!("{{{}}}", (0..10_000).map(|i| format!("\"k{i}\":1")).collect::<Vec<_>>().join(",")).into_bytes(),
        b"{\"id\":1,\"id\":2}".to_vec(),
        vec![b' '; 100_000],
    ];
    for (i, p) in payloads.iter().enumerate() {
        let e = envelope::seal(&k, &Aad::new(fuzzing::CORPUS_CASE, meldwijzer_store::FIELD_DOCUMENT), p, &rng).unwrap();
        catch_unwind(AssertUnwindSafe(|| fuzzing::envelope(&e))).unwrap_or_else(|_| panic!("payload {i} panicked"));
    }
}

fn corpus_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/envelope")
}

/// Replays `fuzz/corpus/envelope/*` (and `fuzz/artifacts/envelope/*` if a fuzz run left any)
/// through the fuzz target's function, so CI covers the corpus on stable.
#[test]
fn the_fuzz_corpus_replays_without_a_panic() {
    if std::env::var_os("MELDWIJZER_WRITE_CORPUS").is_some() {
        write_corpus();
    }
    let mut n = 0;
    let root = corpus_dir();
    for dir in [root.clone(), root.join("../../artifacts/envelope")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries {
            let path = e.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            catch_unwind(AssertUnwindSafe(|| fuzzing::envelope(&data)))
                .unwrap_or_else(|_| panic!("{} panicked", path.display()));
            n += 1;
        }
    }
    println!("{n} corpus files replayed");
    assert!(n >= 10, "the committed corpus is there ({n} files in {})", root.display());
}

/// Seeds for the fuzzer: valid envelopes for each field (sealed with the corpus key, so the
/// fuzzer reaches the JSON parser), and a few malformed ones. `MELDWIJZER_WRITE_CORPUS=1`.
fn write_corpus() {
    let dir = corpus_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let k = SecretKey::from_bytes(fuzzing::CORPUS_KEY);
    let rng = SystemRandom::new();
    let case = crate::common::marker_case(fuzzing::CORPUS_CASE, "corpus");
    let json = serde_json::to_vec(&case).unwrap();
    let small = serde_json::to_vec(&crate::common::case(fuzzing::CORPUS_CASE, "klein", crate::common::now())).unwrap();
    let seal = |field: &str, p: &[u8]| envelope::seal(&k, &Aad::new(fuzzing::CORPUS_CASE, field), p, &rng).unwrap();
    let seeds: Vec<(&str, Vec<u8>)> = vec![
        ("valid-document-full", seal(meldwijzer_store::FIELD_DOCUMENT, &json)),
        ("valid-document-small", seal(meldwijzer_store::FIELD_DOCUMENT, &small)),
        (
            "valid-summary",
            seal(
                meldwijzer_store::FIELD_SUMMARY,
                b"{\"v\":1,\"alias\":\"a\",\"field\":\"f\",\"subject\":\"s\",\"closed\":false}",
            ),
        ),
        ("valid-case-key", seal(meldwijzer_store::FIELD_CASE_KEY, &[9; 32])),
        ("valid-empty", seal(meldwijzer_store::FIELD_DOCUMENT, b"")),
        ("valid-not-json", seal(meldwijzer_store::FIELD_DOCUMENT, b"[[[[[[[[[[")),
        ("empty", vec![]),
        ("magic", b"MWE".to_vec()),
        ("magic-version", b"MWE\x01".to_vec()),
        ("version-2", [b"MWE\x02".as_slice(), &[0; 28]].concat()),
        ("min-len-zero", [b"MWE\x01".as_slice(), &[0; 28]].concat()),
        ("recovery-key", b"0000-00000-00000-00000-00000-00000".to_vec()),
    ];
    for (name, data) in seeds {
        std::fs::write(dir.join(name), data).unwrap();
    }
}
