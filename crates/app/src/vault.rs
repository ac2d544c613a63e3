//! The vault's use-cases: set up, unlock (with the passphrase or the recovery key), change
//! the passphrase, lock, and the idle lock and retention that run on every tick.

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::error::Code;
use crate::{perms, ApiError, App, CreatedView, StartupView, VaultStatusView, VaultStore};

impl App {
    /// Whether the vault is set up, locked or open, and the shortest passphrase allowed.
    pub fn vault_status(&self) -> VaultStatusView {
        let state = match (&self.store, &self.vault_path) {
            (Some(_), _) | (None, None) => "unlocked",
            (None, Some(path)) if meldwijzer_store::exists(path) => "locked",
            (None, Some(_)) => "none",
        };
        VaultStatusView { state, min_chars: meldwijzer_store::MIN_PASSPHRASE_CHARS }
    }

    fn vault_path(&self) -> Result<&Path, ApiError> {
        self.vault_path.as_deref().ok_or_else(|| self.err(Code::plain("error-vault-not-found")))
    }

    fn vault_options(&self, with_recovery_key: bool) -> meldwijzer_store::VaultOptions {
        #[cfg(feature = "test-kdf")]
        if self.test_kdf {
            return meldwijzer_store::VaultOptions::for_tests().with_recovery_key(with_recovery_key);
        }
        meldwijzer_store::VaultOptions::new().with_recovery_key(with_recovery_key)
    }

    /// Sets up the vault with a passphrase (first start) and opens it. The recovery key, if
    /// asked for, is returned to be shown once.
    pub fn create_vault(&mut self, passphrase: String, with_recovery_key: bool) -> Result<CreatedView, ApiError> {
        self.check_new_passphrase(&passphrase)?;
        let passphrase = meldwijzer_store::Passphrase::new(passphrase);
        let path = self.vault_path()?.to_path_buf();
        if self.store.is_some() || meldwijzer_store::exists(&path) {
            return Err(self.err(Code::plain("error-vault-exists")));
        }
        let opts = self.vault_options(with_recovery_key);
        let (vault, recovery) =
            meldwijzer_store::Vault::create(&path, &passphrase, &opts).map_err(|e| self.storage_err(e))?;
        if let Some(dir) = path.parent() {
            let _ = perms::secure_dir(dir);
        }
        self.store = Some(Box::new(VaultStore::new(vault)));
        self.training = None;
        self.touch();
        Ok(CreatedView { recovery_key: recovery.map(|k| k.expose().to_string()), startup: self.startup() })
    }

    /// Opens the vault with the passphrase.
    pub fn unlock(&mut self, passphrase: String) -> Result<StartupView, ApiError> {
        let passphrase = meldwijzer_store::Passphrase::new(passphrase);
        let path = self.vault_path()?.to_path_buf();
        if let Some(open) = self.store.take() {
            // Unlocking again starts from a closed vault: the passphrase is checked anew.
            // Closed either way: dropping the vault wipes its keys and releases its lock.
            let _ = open.close();
        }
        // The clock is read again after the key derivation: a wrong try's wait runs from its end.
        let env = &self.env;
        let vault =
            meldwijzer_store::Vault::unlock(&path, &passphrase, || env.now()).map_err(|e| self.storage_err(e))?;
        self.store = Some(Box::new(VaultStore::new(vault)));
        // Real cases and oefenmodus never mix: unlocking ends a training session.
        self.training = None;
        self.touch();
        self.purge_expired();
        Ok(self.startup())
    }

    /// Opens the vault with the recovery key when the passphrase is forgotten, and sets
    /// `new_passphrase` (the old passphrase stops working; the recovery key keeps working).
    /// A mistyped key (`error-recovery-key-malformed`) or a wrong one
    /// (`error-wrong-recovery-key`, slowed down like a wrong passphrase) changes nothing.
    pub fn unlock_with_recovery(
        &mut self,
        recovery_key: String,
        new_passphrase: String,
    ) -> Result<StartupView, ApiError> {
        let recovery_key = zeroize::Zeroizing::new(recovery_key);
        // The new passphrase is checked first: a weak one should not cost a recovery try.
        self.check_new_passphrase(&new_passphrase)?;
        let new_passphrase = meldwijzer_store::Passphrase::new(new_passphrase);
        let path = self.vault_path()?.to_path_buf();
        let recovery = meldwijzer_store::RecoveryKey::parse(&recovery_key).map_err(|e| self.storage_err(e))?;
        if let Some(open) = self.store.take() {
            let _ = open.close();
        }
        let env = &self.env;
        let vault = meldwijzer_store::Vault::unlock_with_recovery(&path, &recovery, &new_passphrase, || env.now())
            .map_err(|e| self.storage_err(e))?;
        self.store = Some(Box::new(VaultStore::new(vault)));
        self.touch();
        self.purge_expired();
        Ok(self.startup())
    }

    /// Changes the passphrase of the open vault: checks the current one, then re-wraps the
    /// vault key only (no case is re-encrypted, so it takes the same time with 1 or 10,000
    /// cases). A wrong current passphrase gives `error-wrong-passphrase` and changes nothing.
    pub fn change_passphrase(&mut self, current: String, new: String) -> Result<(), ApiError> {
        self.check_new_passphrase(&new)?;
        let current = meldwijzer_store::Passphrase::new(current);
        let new = meldwijzer_store::Passphrase::new(new);
        self.vault_path()?;
        self.store()?;
        self.touch();
        // Slowed down like the unlock (one counter, timed from the end of the try).
        let env = &self.env;
        let changed = self
            .store
            .as_mut()
            .and_then(|s| s.vault_mut())
            .map(|vault| vault.change_passphrase(&current, &new, || env.now()));
        match changed {
            None => Err(self.err(Code::plain("error-vault-not-found"))),
            Some(result) => result.map_err(|e| self.storage_err(e)),
        }
    }

    /// Closes the vault: its keys are wiped and every case command answers
    /// `error-vault-locked` until [`App::unlock`]. Without a vault path nothing changes.
    pub fn lock(&mut self) -> Result<VaultStatusView, ApiError> {
        // A copy of case text does not outlive the lock; nor does a chosen file's token.
        self.clear_clipboard_if_ours();
        self.files.clear();
        self.pack_pending = None;
        if self.vault_path.is_some() {
            if let Some(open) = self.store.take() {
                // Closed either way: a vault that fails to close cleanly is still dropped,
                // which wipes its keys and releases its lock file.
                let _ = open.close();
            }
        }
        Ok(self.vault_status())
    }

    /// Notes an action of the professional (a key, a click, an edit): the idle lock counts
    /// from the last one. Time comes from the injected clock.
    pub fn touch(&mut self) {
        self.last_activity = self.env.now();
    }

    /// The periodic check (the UI calls it every 15 seconds, the shell as a backstop): locks
    /// the vault when the professional has been idle for the set time or longer. Returns
    /// where the vault stands afterwards.
    pub fn tick(&mut self) -> VaultStatusView {
        self.clipboard_check();
        let idle = self.env.now().signed_duration_since(self.last_activity);
        let limit = chrono::Duration::minutes(i64::from(self.settings.idle_lock_minutes));
        if self.vault_path.is_some() && self.store.is_some() && idle >= limit {
            // Locking cannot fail in a way that leaves the vault open (see `lock`).
            let _ = self.lock();
        } else {
            self.purge_expired();
        }
        self.vault_status()
    }

    /// Destroys (crypto-shreds) every closed case whose retention period has passed, except
    /// those with an open follow-up. Runs at unlock and on every tick, from the list
    /// summaries (no case is opened). Returns how many went.
    pub fn purge_expired(&mut self) -> usize {
        let now = self.env.now();
        let today = self.today();
        let expired: Vec<String> = self
            .listed()
            .0
            .iter()
            .filter(|(e, l)| {
                self.destroy_at(e.closed_at).is_some_and(|at| at <= now) && l.last_due.is_none_or(|d| d < today)
            })
            .map(|(e, _)| e.id.clone())
            .collect();
        let Some(store) = self.store.as_mut() else {
            return 0;
        };
        // A case that fails to go now is tried again on the next tick.
        expired.iter().filter(|id| store.delete(id).unwrap_or(false)).count()
    }

    /// When a closed case is due to be destroyed: when it was closed plus the retention
    /// period.
    pub(crate) fn destroy_at(&self, closed_at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
        Some(closed_at? + chrono::Duration::days(i64::from(self.settings.retention_days)))
    }
}
