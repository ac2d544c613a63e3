//! The managed state: the one `meldwijzer_app::App` behind a mutex.

use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
use std::thread::JoinHandle;

use meldwijzer_app::App;

/// Tauri-managed state shared by all commands.
///
/// Commands run on Tauri's thread pool, so the app sits behind a mutex; every
/// command holds the lock for exactly one call into the app API.
///
/// At start the app may still be being built on its own thread ([`AppState::starting`]):
/// parsing and checking the content, the Fluent bundles and the oefencasussen then run while
/// GTK and the webview start, off the path to the first screen. The first command waits for it.
pub struct AppState {
    app: OnceLock<Mutex<App>>,
    pending: Mutex<Option<JoinHandle<App>>>,
}

impl AppState {
    /// Wraps an app that is ready.
    pub fn new(app: App) -> Self {
        Self { app: OnceLock::from(Mutex::new(app)), pending: Mutex::new(None) }
    }

    /// Wraps an app being built on `thread`; the first [`AppState::lock`] waits for it.
    pub fn starting(thread: JoinHandle<App>) -> Self {
        Self { app: OnceLock::new(), pending: Mutex::new(Some(thread)) }
    }

    /// Locks the app for one API call (waiting for it to be built, the first time).
    ///
    /// A poisoned lock (a panic during an earlier call) is recovered rather
    /// than turned into a permanent error for every later command: the app
    /// API persists each change before it returns, so the in-memory state
    /// is at worst the state before the failed call.
    pub fn lock(&self) -> MutexGuard<'_, App> {
        self.app
            .get_or_init(|| {
                let thread = self.pending.lock().unwrap_or_else(PoisonError::into_inner).take();
                let app = thread.expect("an AppState holds an app or the thread building it").join();
                // The thread ends the process itself when the app cannot start; a panic
                // there is a bug, passed on here.
                Mutex::new(app.unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            })
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

impl From<App> for AppState {
    fn from(app: App) -> Self {
        Self::new(app)
    }
}
