//! Time and randomness come from outside the domain: the shell passes [`SystemEnv`], tests
//! pass a fixed clock and counting ids.
//!
//! Besides the instant (UTC), the env says the professional's UTC offset: dates a person
//! means ("today", a follow-up's due date) are local dates. Just after midnight in
//! Amsterdam it is still yesterday in UTC.

use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, TimeZone, Utc};
use ring::rand::{SecureRandom, SystemRandom};

/// The clock and the id source the app uses.
pub trait Env: Send + Sync {
    /// Now, in UTC.
    fn now(&self) -> DateTime<Utc>;
    /// A fresh, unique id.
    fn new_id(&self) -> String;
    /// The professional's UTC offset at `at` (their time zone, daylight saving included).
    fn local_offset(&self, at: DateTime<Utc>) -> FixedOffset;
    /// Today in the professional's time zone.
    fn today(&self) -> NaiveDate {
        let now = self.now();
        now.with_timezone(&self.local_offset(now)).date_naive()
    }
}

/// The real clock and random UUIDs (version 4).
#[derive(Debug)]
pub struct SystemEnv {
    rng: SystemRandom,
}

impl Default for SystemEnv {
    fn default() -> SystemEnv {
        SystemEnv::new()
    }
}

impl SystemEnv {
    /// The system clock and the operating system's random source.
    pub fn new() -> SystemEnv {
        SystemEnv { rng: SystemRandom::new() }
    }
}

/// Formats 16 random bytes as a version-4 UUID.
pub fn uuid_v4(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

impl Env for SystemEnv {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn new_id(&self) -> String {
        let mut b = [0u8; 16];
        // The OS random source failing is not something the app can work around.
        self.rng.fill(&mut b).expect("operating system random source");
        uuid_v4(b)
    }

    fn local_offset(&self, at: DateTime<Utc>) -> FixedOffset {
        // The system time zone (TZ, /etc/localtime); reading it is not reading the clock.
        chrono::Local.offset_from_utc_datetime(&at.naive_utc()).fix()
    }
}

/// A clock that stands still (until moved) and ids that count up: for tests and training.
#[derive(Debug)]
pub struct FixedEnv {
    now: std::sync::Mutex<DateTime<Utc>>,
    offset: std::sync::Mutex<FixedOffset>,
    counter: AtomicU64,
}

impl FixedEnv {
    /// A clock standing at `now`, for a professional in UTC.
    pub fn new(now: DateTime<Utc>) -> FixedEnv {
        FixedEnv {
            now: std::sync::Mutex::new(now),
            offset: std::sync::Mutex::new(Utc.fix()),
            counter: AtomicU64::new(1),
        }
    }

    /// A clock standing at `now`, for a professional `offset_secs` east of UTC (Amsterdam:
    /// 3600 in winter, 7200 in summer).
    pub fn with_offset(now: DateTime<Utc>, offset_secs: i32) -> FixedEnv {
        let env = FixedEnv::new(now);
        env.set_offset(offset_secs);
        env
    }

    /// Moves the professional to another UTC offset (seconds east; out of range: UTC).
    pub fn set_offset(&self, offset_secs: i32) {
        let offset = FixedOffset::east_opt(offset_secs).unwrap_or_else(|| Utc.fix());
        *self.offset.lock().unwrap_or_else(|e| e.into_inner()) = offset;
    }

    /// Moves the clock.
    pub fn set_now(&self, now: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) = now;
    }
}

impl Env for FixedEnv {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn new_id(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        format!("00000000-0000-4000-8000-{n:012x}")
    }

    fn local_offset(&self, _at: DateTime<Utc>) -> FixedOffset {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A `FixedEnv` shared between a test and the app it drives: the test keeps one `Arc` and
/// moves the clock while the app holds the other.
impl Env for std::sync::Arc<FixedEnv> {
    fn now(&self) -> DateTime<Utc> {
        FixedEnv::now(self)
    }
    fn new_id(&self) -> String {
        FixedEnv::new_id(self)
    }
    fn local_offset(&self, at: DateTime<Utc>) -> FixedOffset {
        FixedEnv::local_offset(self, at)
    }
}
