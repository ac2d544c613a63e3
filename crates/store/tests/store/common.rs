//! Helpers shared by the store tests: temporary directories, cases, raw access to the file.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use meldwijzer_protocol::case::{
    Actions, Answer, Closure, Consultation, Conversation, Decision, FollowUp, GesprekStatus, InfoSource, Informed,
    Observation, ObservationKind, Quote,
};
use meldwijzer_protocol::content::AnswerValue;
use meldwijzer_protocol::Case;
use meldwijzer_store::{Passphrase, Vault, VaultOptions};

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join("meldwijzer-store-tests").join(format!(
            "{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    pub fn vault_path(&self) -> PathBuf {
        self.0.join("vault.db")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub const PASS: &str = "correct horse battery staple";

pub fn pass() -> Passphrase {
    Passphrase::from(PASS)
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap()
}

/// A test vault (tiny KDF parameters) at `dir/vault.db`.
pub fn new_vault(dir: &TempDir) -> Vault {
    Vault::create(&dir.vault_path(), &pass(), &VaultOptions::for_tests()).expect("create").0
}

/// A deterministic version-4 UUID.
pub fn uuid(n: u64) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", n >> 48, n & 0xffff_ffff_ffff)
}

pub fn t(secs: i64) -> DateTime<Utc> {
    now() + chrono::Duration::seconds(secs)
}

/// A small case.
pub fn case(id: &str, alias: &str, updated: DateTime<Utc>) -> Case {
    Case { updated_at: updated, ..Case::blank(id, alias, "onderwijs", "kind", "huiselijke-kring", now()) }
}

/// A case with `marker` (plus a per-field suffix) in every text field and id it has.
pub fn marker_case(id: &str, marker: &str) -> Case {
    let m = |f: &str| format!("{marker}-{f}");
    let day = NaiveDate::from_ymd_opt(2026, 2, 27).unwrap();
    let mut c = case(id, &m("alias"), now());
    c.field = m("field");
    c.subject = m("subject");
    c.suspect = m("suspect");
    c.forms.insert(m("form"));
    c.acute_situations.insert(m("situation"));
    c.red_flags.insert(m("red-flag"));
    c.kindcheck_only = true;
    c.kindcheck_triggers.insert(m("kindcheck-trigger"));
    c.kindcheck = Some(meldwijzer_protocol::case::Kindcheck {
        variant: m("kindcheck-variant"),
        started_at: now(),
        answers: [(m("kindcheck-question"), m("kindcheck-option"))].into_iter().collect(),
        children: meldwijzer_protocol::case::KindcheckChildren {
            number: Some(3),
            ages: m("kindcheck-ages"),
            partner_children: m("kindcheck-partner-children"),
            pregnant: Some(true),
            carers: m("kindcheck-carers"),
        },
        closed: Some(meldwijzer_protocol::case::KindcheckClosure { at: now(), note: m("kindcheck-note") }),
        handover: m("kindcheck-handover"),
        check_back: Some(now().date_naive()),
    });
    c.no_vt_advice_reason = m("no-vt-advice-reason");
    c.observations.push(Observation {
        id: m("obs-id"),
        kind: ObservationKind::Signal,
        fact: m("fact"),
        date: Some(day),
        source: InfoSource::Told { by: m("told-by") },
        interpretation: m("interpretation"),
    });
    c.observations.push(Observation {
        id: m("obs2-id"),
        kind: ObservationKind::CounterIndication,
        fact: m("counter-fact"),
        date: None,
        source: InfoSource::Own,
        interpretation: String::new(),
    });
    c.quotes.push(Quote {
        id: m("quote-id"),
        words: m("words"),
        question_before: m("question-before"),
        said_at: day.and_hms_opt(10, 30, 0).unwrap(),
        who: m("who"),
        speaker: Some(m("speaker")),
        context: m("context"),
    });
    c.consultations.push(Consultation {
        id: m("cons-id"),
        kind: m("cons-kind"),
        with_whom: m("with-whom"),
        date: Some(day),
        outcome: m("outcome"),
    });
    c.conversations.push(Conversation {
        id: m("conv-id"),
        date: Some(day),
        with_whom: m("conv-with"),
        separately: true,
        interpreter: true,
        their_view: m("their-view"),
        agreements: m("agreements"),
    });
    c.gesprek = GesprekStatus::Skipped { reason: m("skip-reason"), note: m("skip-note") };
    c.answers.insert(m("question"), Answer { value: AnswerValue::Ja, reason: m("answer-reason"), at: now() });
    c.follow_ups.push(FollowUp { question: m("follow-q"), due: day, note: m("follow-note") });
    c.decisions.insert(m("decision"), Decision { value: true, reason: m("decision-reason"), at: now() });
    c.actions = Actions {
        melding_on: Some(day),
        help: m("help"),
        informed: Informed::Yes { date: Some(day), whom: m("whom"), reaction: m("reaction") },
    };
    c.steps_done.insert(m("step"), now());
    c.step_dates.insert(m("step"), now().date_naive());
    c.decision_dates.insert(m("decision"), now().date_naive());
    c.suspect_relation = Some(m("suspect-relation"));
    c.closed =
        Some(Closure { step: m("closed-step"), reason: m("close-reason"), at: now(), in_dossier: false, kind: None });
    {
        use meldwijzer_protocol::case::*;
        c.adviesvraag = Adviesvraag {
            asker: Asker {
                name: m("asker-name"),
                organisation: m("asker-org"),
                role: m("asker-role"),
                relation: m("asker-relation"),
                reach: m("asker-reach"),
            },
            household: vec![HouseholdMember { role: m("household-role"), age: Some(7) }],
            household_note: m("household-note"),
            concerns: vec![m("concern")],
            own_possibilities: m("own-possibilities"),
            question: m("vt-question"),
            include_profiles: true,
            other_professionals: m("other-professionals"),
            protective_factors: m("protective-factors"),
        };
        c.melding_record = MeldingRecord {
            attempts: vec![ContactAttempt { date: Some(day), how: m("attempt") }],
            vt_agreements: vec![VtAgreement { what: m("vt-agreement"), due: Some(day) }],
            objections_met: m("objections-met"),
        };
        c.plain_summary = PlainSummary {
            enabled: true,
            worries: m("plain-worries"),
            going_well: m("plain-going-well"),
            next: m("plain-next"),
            contact: m("plain-contact"),
        };
        c.log.push(LogEntry { at: now(), event: LogEvent::Closed { step: m("log-step") } });
    }
    c
}

/// A raw connection to the vault file, for reading and tampering behind the vault's back.
pub fn raw(path: &Path) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(path).expect("raw open");
    c.execute_batch("PRAGMA synchronous = OFF; PRAGMA busy_timeout = 5000;").unwrap();
    c
}

pub fn blob(conn: &rusqlite::Connection, sql: &str, id: &str) -> Vec<u8> {
    conn.query_row(sql, [id], |r| r.get(0)).expect("blob")
}

/// Every file in `dir`, with its bytes.
pub fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            out.push((e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()));
        }
    }
    out.sort();
    out
}

pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() || hay.len() < needle.len() {
        return 0;
    }
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    count(hay, needle) > 0
}

/// Standard base64 without padding.
pub fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The byte patterns of `marker` to look for: UTF-8, UTF-16LE, and base64 at each of the three
/// alignments (only the characters that do not depend on neighbouring bytes).
pub fn marker_patterns(marker: &str) -> Vec<(String, Vec<u8>)> {
    let mut pats = vec![
        ("utf-8".to_owned(), marker.as_bytes().to_vec()),
        ("utf-16le".to_owned(), marker.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()),
    ];
    for shift in 0..3 {
        let mut data = vec![0u8; shift];
        data.extend_from_slice(marker.as_bytes());
        let enc = base64(&data);
        // Skip the characters that mix in the padding bytes before, and the last (partial) one.
        let skip = if shift == 0 { 0 } else { (shift * 8).div_ceil(6) };
        let core = &enc[skip..enc.len() - 1];
        pats.push((format!("base64+{shift}"), core.as_bytes().to_vec()));
    }
    pats
}

/// A private copy of this test binary for child processes: a concurrent `cargo test` that
/// relinks the binary in place would otherwise make a spawn fail halfway through a long run.
pub fn child_exe() -> PathBuf {
    static EXE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    EXE.get_or_init(|| {
        let root = std::env::temp_dir().join("meldwijzer-store-tests");
        // Copies left by earlier runs whose process is gone (where /proc tells).
        if let (true, Ok(entries)) = (Path::new("/proc/self").exists(), std::fs::read_dir(&root)) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(pid) = name.strip_prefix("exe-") {
                    if !Path::new("/proc").join(pid).exists() {
                        let _ = std::fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        let dir = root.join(format!("exe-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("exe dir");
        let copy = dir.join("store-tests");
        std::fs::copy(std::env::current_exe().expect("current exe"), &copy).expect("copy test binary");
        copy
    })
    .clone()
}
