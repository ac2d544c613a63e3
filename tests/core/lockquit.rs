//! Nothing typed and acknowledged is lost on lock, idle lock or quit: 100 trials (seeded,
//! the seed is printed) through the app API with a real vault (test KDF) and the injected
//! clock. Each trial "types" (edits that replace the alias or a note with a longer text,
//! as the UI's autosave sends them), moving the clock by random pauses and ticking, then
//! ends at a random point with a lock, an idle lock (the clock passes the idle time), or a
//! quit (the app is dropped and started again). A save sent after the lock is refused
//! (`error-vault-locked`, so the UI keeps its text). After unlocking, the case holds exactly
//! the last acknowledged text. The UI's own flush before lock and quit is tested end to end
//! in `tests/e2e/autosave.rs`.
//!
//! `MELDWIJZER_LOCK_TRIALS=N`, `MELDWIJZER_LOCK_SEED=N` to replay.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, Env, FixedEnv, NewCaseInput};
use meldwijzer_protocol::Edit;

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

const PASSPHRASE: &str = "paarse olifant op de fiets";
const TEXT: &str = "Zoë vertelt dat papa ’s avonds vaak schreeuwt en dat zij dan onder het bed kruipt met haar broertje; de juf ziet dat ze moe is.";

fn app_at(path: &std::path::Path, env: &Arc<FixedEnv>) -> App {
    let config = AppConfig { vault_path: Some(path.to_path_buf()), test_kdf: true, ..AppConfig::default() };
    App::new(config, Box::new(env.clone())).expect("app starts")
}

#[test]
fn nothing_acknowledged_is_lost_on_lock_idle_lock_or_quit_in_100_trials() {
    let trials = std::env::var("MELDWIJZER_LOCK_TRIALS").ok().and_then(|v| v.parse().ok()).unwrap_or(100u64);
    let seed = std::env::var("MELDWIJZER_LOCK_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
    });
    println!("lock/quit test: {trials} trials, seed {seed} (replay: MELDWIJZER_LOCK_SEED={seed})");
    let mut rng = Rng(seed | 1);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let dir = std::env::temp_dir().join(format!("meldwijzer-lockquit-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join("vault.db");
    let env = Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap()));
    let mut app = app_at(&path, &env);
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    let idle = i64::from(app.settings().idle_lock_minutes);
    let id = app
        .create_case(NewCaseInput {
            alias: "Begin".into(),
            field: "onderwijs".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        })
        .unwrap()
        .case
        .id;
    let due = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
    let chars: Vec<char> = TEXT.chars().collect();
    let (mut ends, mut refused_after_lock, mut acked) = ([0u32; 3], 0u32, 0u64);

    for trial in 0..trials {
        // Type: the alias (at most 80 characters) or the note, a few characters per save.
        let note = rng.below(2) == 0;
        let max = if note { chars.len() } else { 80 };
        let mut typed = rng.below(4) as usize;
        let mut last_ack: Option<String> = None;
        let saves = 1 + rng.below(12);
        for _ in 0..saves {
            typed = (typed + 1 + rng.below(12) as usize).min(max);
            let text: String = format!("{trial}: ").chars().chain(chars.iter().copied()).take(typed.max(4)).collect();
            let edit = if note {
                Edit::SetFollowUp { question: "resultaat".into(), due: Some(due), note: text.clone() }
            } else {
                Edit::Rename { alias: text.clone() }
            };
            // What the app acknowledged (an alias is trimmed).
            let saved = app.edit_case(id.clone(), edit).expect("saved while unlocked").case;
            let ack = if note { saved.follow_ups.first().map(|f| f.note.clone()) } else { Some(saved.alias.clone()) };
            assert_eq!(
                ack.as_deref().map(str::trim),
                Some(text.trim()),
                "trial {trial}: the saved text is what was typed"
            );
            last_ack = ack;
            acked += 1;
            // A pause shorter than the idle time: the tick must not lock.
            env.set_now(env.now() + Duration::seconds(rng.below((idle * 60 - 1) as u64) as i64));
            if rng.below(3) == 0 {
                assert_eq!(app.tick().state, "unlocked", "trial {trial}: locked before the idle time");
            }
        }
        let end = rng.below(3) as usize;
        ends[end] += 1;
        match end {
            0 => assert_eq!(app.lock().unwrap().state, "locked"),
            1 => {
                env.set_now(env.now() + Duration::minutes(idle));
                assert_eq!(app.tick().state, "locked", "trial {trial}: the idle lock fires at the idle time");
            }
            _ => {
                drop(app);
                app = app_at(&path, &env);
                assert_eq!(app.vault_status().state, "locked");
            }
        }
        // A save that arrives after the lock (a late autosave) is refused, so the UI keeps it.
        if rng.below(2) == 0 {
            let late = app.edit_case(id.clone(), Edit::Rename { alias: "te laat".into() }).unwrap_err();
            assert_eq!(late.code, "error-vault-locked");
            refused_after_lock += 1;
        }
        app.unlock(PASSPHRASE.into()).expect("unlock");
        let case = app.open_case(id.clone()).unwrap().case;
        let stored = if note { case.follow_ups.first().map(|f| f.note.clone()) } else { Some(case.alias.clone()) };
        assert_eq!(stored, last_ack, "trial {trial} (end {end}): the last acknowledged text is there, whole");
    }
    drop(app);
    std::fs::remove_dir_all(&dir).ok();
    println!(
        "lock/quit test: {trials} trials ({} lock, {} idle lock, {} quit), {acked} acknowledged saves, {refused_after_lock} late saves refused, 0 lost",
        ends[0], ends[1], ends[2]
    );
}
