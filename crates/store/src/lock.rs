//! One process at a time: an exclusive advisory lock on `<vault file>.lock`, held for as long
//! as the vault is open and released by the operating system when the process ends, however
//! it ends (so a crash never leaves a stale lock behind). The lock file itself holds nothing
//! and is never deleted (deleting lock files races).

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use crate::error::{Result, StoreError};

/// The held lock. Dropping it releases the lock.
#[derive(Debug)]
pub(crate) struct LockFile {
    _file: File,
}

/// `<vault file>.lock`, next to the vault.
pub(crate) fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    db.with_file_name(name)
}

impl LockFile {
    /// Takes the lock or says the vault is open elsewhere, after at most about 100 ms.
    ///
    /// Why retry at all: a process that forks (WebKit starting a helper, a test spawning a
    /// child) briefly shares every open file with the child until the child's `exec` closes it,
    /// and with it a lock just released by this process. A few short retries ride that out; a
    /// real second instance still gets [`StoreError::AlreadyOpen`].
    pub(crate) fn acquire(db: &Path) -> Result<LockFile> {
        let mut tries = 0;
        loop {
            match Self::try_acquire(db) {
                Err(StoreError::AlreadyOpen) if tries < 5 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }

    fn try_acquire(db: &Path) -> Result<LockFile> {
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(lock_path(db))?;
        // Called through the trait: std's inherent `File::try_lock` (Rust 1.89+) would shadow it.
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => Ok(LockFile { _file: file }),
            Err(fs4::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen),
            Err(fs4::TryLockError::Error(e)) => Err(e.into()),
        }
    }
}
