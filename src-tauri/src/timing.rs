//! Start-up timing marks for the startup bench (`--timing`): with `MELDWIJZER_TIMING=1` in an
//! `e2e` build, each mark prints `meldwijzer-timing <ms since run()> <label>` on stderr. A
//! shipped build has no such switch (the variable is removed with the other automation
//! switches), and the marks name only start-up stages, never case text.

use std::sync::OnceLock;
use std::time::Instant;

/// Set to `1` to print the marks.
pub const TIMING_ENV: &str = "MELDWIJZER_TIMING";

static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Starts the clock (first thing in `run`); later marks count from here.
pub fn start() {
    START.get_or_init(|| {
        (crate::AUTOMATION_BUILD && std::env::var(TIMING_ENV).as_deref() == Ok("1")).then(Instant::now)
    });
    mark("run");
}

/// Prints one mark when timing is on; nothing otherwise.
pub fn mark(label: &str) {
    if let Some(Some(start)) = START.get() {
        eprintln!("meldwijzer-timing {:.1} {label}", start.elapsed().as_secs_f64() * 1000.0);
    }
}
