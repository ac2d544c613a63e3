//! The managed state: the one `meldwijzer_app::App` behind a mutex.

use std::sync::{Mutex, MutexGuard, PoisonError};

use meldwijzer_app::App;

/// Tauri-managed state shared by all commands.
///
/// Commands run on Tauri's thread pool, so the app sits behind a mutex; every
/// command holds the lock for exactly one call into the app API.
pub struct AppState(pub Mutex<App>);

impl AppState {
    /// Wraps the app for `Builder::manage`.
    pub fn new(app: App) -> Self {
        Self(Mutex::new(app))
    }

    /// Locks the app for one API call.
    ///
    /// A poisoned lock (a panic during an earlier call) is recovered rather
    /// than turned into a permanent error for every later command: the app
    /// API persists each change before it returns, so the in-memory state
    /// is at worst the state before the failed call.
    pub fn lock(&self) -> MutexGuard<'_, App> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
