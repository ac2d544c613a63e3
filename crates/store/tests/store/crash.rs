//! kill -9 during saves loses nothing acknowledged.
//!
//! A child process (this test binary, re-run on `crash::child_writer`) unlocks the vault and
//! saves, updates and deletes cases in a loop, printing `ACK ...` only after each commit
//! returns. The parent SIGKILLs it at a random moment (10 % of the time within the first 20 ms,
//! while it starts up or opens the vault), then reopens the vault and checks: integrity_check
//! is ok, every acknowledged save is there at that revision or later, every acknowledged delete
//! is gone, every case still authenticates, and a passphrase change cut short left the old or
//! the new passphrase working.
//!
//! Default 100 kills after 5–255 ms; `MELDWIJZER_CRASH_KILLS=1000` for the long run,
//! `MELDWIJZER_CRASH_MAX_DELAY_MS=N` for longer runs between kills, `MELDWIJZER_CRASH_SEED=N` to
//! replay one (the seed is printed).

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use meldwijzer_protocol::case::{InfoSource, Observation, ObservationKind};
use meldwijzer_store::{Passphrase, StoreError, Vault};

use crate::common::*;

const CHILD_VAULT: &str = "MELDWIJZER_CRASH_CHILD_VAULT";
const CHILD_SEED: &str = "MELDWIJZER_CRASH_CHILD_SEED";
const CHILD_BASE: &str = "MELDWIJZER_CRASH_CHILD_BASE";
const CHILD_PASS: &str = "MELDWIJZER_CRASH_CHILD_PASS";

/// The child switches between these two passphrases now and then.
const PASSES: [&str; 2] = [PASS, "the other passphrase of the crash test"];

/// xorshift64*: reproducible from the printed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn revision(c: &meldwijzer_protocol::Case) -> u64 {
    c.alias.strip_prefix("rev ").and_then(|r| r.parse().ok()).expect("alias holds the revision")
}

/// The writer, run in a child process by the test below.
#[test]
#[ignore = "child process of kill_minus_nine_never_loses_an_acknowledged_save"]
fn child_writer() {
    let Some(path) = std::env::var_os(CHILD_VAULT) else { return };
    let seed: u64 = std::env::var(CHILD_SEED).unwrap().parse().unwrap();
    let base: u64 = std::env::var(CHILD_BASE).unwrap().parse().unwrap();
    let mut rng = Rng(seed | 1);
    // The harness prints "test crash::child_writer ... " without a newline: start a fresh line.
    println!();
    let mut current: usize = std::env::var(CHILD_PASS).unwrap().parse().unwrap();
    let mut v =
        Vault::unlock(std::path::Path::new(&path), &Passphrase::from(PASSES[current]), now()).expect("child unlock");
    let mut live: Vec<String> = v.list_page(0, usize::MAX).unwrap().into_iter().map(|e| e.id).collect();
    println!("READY {}", live.len());
    for k in 0.. {
        let rev = base + k;
        let op = rng.below(10);
        if rng.below(30) == 0 {
            let next = 1 - current;
            println!("INTENT PASS {next}");
            v.change_passphrase(&Passphrase::from(PASSES[current]), &Passphrase::from(PASSES[next]), now()).unwrap();
            println!("ACK PASS {next}");
            current = next;
            continue;
        }
        if (op == 9 && !live.is_empty()) || live.len() > 40 {
            let id = live.swap_remove(rng.below(live.len() as u64) as usize);
            println!("INTENT DEL {id}");
            assert!(v.delete_case(&id).unwrap());
            println!("ACK DEL {id}");
            continue;
        }
        let id = if op < 4 || live.is_empty() {
            let id = format!(
                "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
                rng.next() as u32,
                rng.next() as u16,
                rng.next() & 0xfff,
                rng.next() & 0xfff,
                rng.next() & 0xffff_ffff_ffff
            );
            live.push(id.clone());
            id
        } else {
            live[rng.below(live.len() as u64) as usize].clone()
        };
        let mut c = case(&id, &format!("rev {rev}"), t(rev as i64));
        // Sizes from a few bytes to several pages, so saves touch overflow pages too.
        let size = [10, 500, 3_000, 9_000][rng.below(4) as usize] + rng.below(500) as usize;
        c.observations.push(Observation {
            id: "o1".into(),
            kind: ObservationKind::Signal,
            fact: "x".repeat(size),
            date: None,
            source: InfoSource::Own,
            interpretation: String::new(),
        });
        v.save_case(&c).unwrap();
        println!("ACK SAVE {id} {rev}");
    }
}

#[test]
fn kill_minus_nine_never_loses_an_acknowledged_save() {
    let kills = crate::env_count("MELDWIJZER_CRASH_KILLS", 100);
    let max_delay_ms = crate::env_count("MELDWIJZER_CRASH_MAX_DELAY_MS", 250) as u64;
    let seed = std::env::var("MELDWIJZER_CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        let mut b = [0u8; 8];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).unwrap();
        u64::from_le_bytes(b)
    });
    println!("crash test: {kills} kills, seed {seed} (replay: MELDWIJZER_CRASH_SEED={seed})");
    let dir = TempDir::new("crash");
    let path = dir.vault_path();
    new_vault(&dir).lock().unwrap();
    let mut rng = Rng(seed | 1);
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    let mut deleted: BTreeSet<String> = BTreeSet::new();
    let (mut acked_saves, mut acked_deletes, mut early_kills, mut pass_changes) = (0u64, 0u64, 0u64, 0u64);
    let mut current_pass = 0usize;
    let exe = child_exe();

    for run in 0..kills as u64 {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash::child_writer", "--ignored", "--nocapture", "--test-threads=1"])
            .env(CHILD_VAULT, &path)
            .env(CHILD_SEED, (seed ^ run.wrapping_mul(0x9e37_79b9_7f4a_7c15)).to_string())
            .env(CHILD_BASE, ((run + 1) * 1_000_000).to_string())
            .env(CHILD_PASS, current_pass.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("run {run}: spawning the writer: {e}"));
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let delay = if rng.below(10) == 0 {
            early_kills += 1;
            rng.below(20)
        } else {
            5 + rng.below(max_delay_ms)
        };
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap(); // SIGKILL on Unix, TerminateProcess on Windows
        let status = child.wait().unwrap();
        assert!(!status.success(), "run {run}: the child was killed, not finished");
        reader.join().unwrap();

        let mut maybe_deleted = BTreeSet::new();
        let mut pass_in_flight = false;
        for line in rx.try_iter() {
            let parts: Vec<&str> = line.split(' ').collect();
            match parts.as_slice() {
                ["ACK", "SAVE", id, rev] => {
                    expected.insert((*id).to_owned(), rev.parse().unwrap());
                    acked_saves += 1;
                }
                ["INTENT", "DEL", id] => {
                    // From here on the delete may have committed without its ACK.
                    expected.remove(*id);
                    maybe_deleted.insert((*id).to_owned());
                }
                ["ACK", "DEL", id] => {
                    maybe_deleted.remove(*id);
                    deleted.insert((*id).to_owned());
                    acked_deletes += 1;
                }
                ["INTENT", "PASS", _] => pass_in_flight = true,
                ["ACK", "PASS", n] => {
                    current_pass = n.parse().unwrap();
                    pass_in_flight = false;
                    pass_changes += 1;
                }
                _ => {} // the test harness's own lines, or a line cut by the kill
            }
        }

        // A passphrase change cut by the kill leaves the old or the new passphrase, never neither.
        let v = match Vault::unlock(&path, &Passphrase::from(PASSES[current_pass]), now()) {
            Err(StoreError::WrongPassphrase) if pass_in_flight => {
                current_pass = 1 - current_pass;
                Vault::unlock(&path, &Passphrase::from(PASSES[current_pass]), now())
            }
            other => other,
        }
        .unwrap_or_else(|e| panic!("run {run}: reopen failed: {e:?}"));
        v.integrity_check().unwrap_or_else(|e| panic!("run {run}: integrity_check: {e:?}"));
        for (id, rev) in &expected {
            let c = v.load_case(id).unwrap_or_else(|e| panic!("run {run}: {id}: {e:?}"));
            let c = c.unwrap_or_else(|| panic!("run {run} (seed {seed}): acknowledged save of {id} rev {rev} lost"));
            assert!(revision(&c) >= *rev, "run {run}: {id} went back from rev {rev} to {}", revision(&c));
        }
        for id in &deleted {
            assert_eq!(v.load_case(id).unwrap(), None, "run {run}: acknowledged delete of {id} undone");
        }
        for id in maybe_deleted {
            // Killed between the delete and its ACK: either outcome is fine, but it must be whole.
            match v.load_case(&id).unwrap() {
                Some(c) => {
                    expected.insert(id, revision(&c));
                }
                None => {
                    deleted.insert(id);
                }
            }
        }
        let page = v.list_page(0, usize::MAX).unwrap();
        assert_eq!(page.len(), v.count().unwrap());
        for e in &page {
            assert!(e.summary.is_ok(), "run {run}: {} does not authenticate", e.id);
        }
        v.lock().unwrap();
    }
    println!(
        "crash test: {kills} SIGKILLs ({early_kills} within 20 ms of start), {acked_saves} acknowledged saves, \
         {acked_deletes} acknowledged deletes, {pass_changes} passphrase changes, 0 lost, integrity ok every time"
    );
    assert!(acked_saves > kills as u64, "the children got real work done between kills");
}
