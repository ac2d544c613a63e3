//! The vault's use-cases on [`App`]: its state, set-up, unlock (also with the recovery key),
//! the passphrase change, locking, and the idle clock (`touch`, `tick`).

use super::*;

impl App {
    // ---------- The vault ----------

    /// Whether the vault is set up, locked or open, and the shortest passphrase allowed.
    pub fn vault_status(&self) -> VaultStatusView {
        let state = match (&self.store, &self.vault_path) {
            (Some(_), _) | (None, None) => "unlocked",
            (None, Some(path)) if meldwijzer_store::exists(path) => "locked",
            (None, Some(_)) => "none",
        };
        VaultStatusView { state, min_chars: meldwijzer_store::MIN_PASSPHRASE_CHARS }
    }

    pub(crate) fn vault_path(&self) -> Result<&Path, ApiError> {
        self.vault_path.as_deref().ok_or_else(|| self.err(Code::plain("error-vault-not-found")))
    }

    pub(crate) fn vault_options(&self, with_recovery_key: bool) -> meldwijzer_store::VaultOptions {
        #[cfg(feature = "test-kdf")]
        if self.test_kdf {
            return meldwijzer_store::VaultOptions::for_tests().with_recovery_key(with_recovery_key);
        }
        meldwijzer_store::VaultOptions::new().with_recovery_key(with_recovery_key)
    }

    /// Sets up the vault with a passphrase (first start) and opens it. The recovery key, if
    /// asked for, is returned to be shown once.
    pub fn create_vault(&mut self, passphrase: String, with_recovery_key: bool) -> Result<CreatedView, ApiError> {
        let passphrase = meldwijzer_store::Passphrase::new(passphrase);
        let path = self.vault_path()?.to_path_buf();
        if self.store.is_some() || meldwijzer_store::exists(&path) {
            return Err(self.err(Code::plain("error-vault-exists")));
        }
        let opts = self.vault_options(with_recovery_key);
        let (vault, recovery) =
            meldwijzer_store::Vault::create(&path, &passphrase, &opts).map_err(|e| self.storage_err(e))?;
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
        let vault =
            meldwijzer_store::Vault::unlock(&path, &passphrase, self.env.now()).map_err(|e| self.storage_err(e))?;
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
        let new_passphrase = meldwijzer_store::Passphrase::new(new_passphrase);
        let path = self.vault_path()?.to_path_buf();
        // The new passphrase is checked first: a short one should not cost a recovery try.
        if new_passphrase.chars() < meldwijzer_store::MIN_PASSPHRASE_CHARS {
            return Err(self.storage_err(meldwijzer_store::StoreError::PassphraseTooShort {
                min_chars: meldwijzer_store::MIN_PASSPHRASE_CHARS,
            }));
        }
        let recovery = meldwijzer_store::RecoveryKey::parse(&recovery_key).map_err(|e| self.storage_err(e))?;
        if let Some(open) = self.store.take() {
            let _ = open.close();
        }
        let vault = meldwijzer_store::Vault::unlock_with_recovery(&path, &recovery, &new_passphrase, self.env.now())
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
        let current = meldwijzer_store::Passphrase::new(current);
        let new = meldwijzer_store::Passphrase::new(new);
        self.vault_path()?;
        self.store()?;
        self.touch();
        let changed =
            self.store.as_mut().and_then(|s| s.vault_mut()).map(|vault| vault.change_passphrase(&current, &new));
        match changed {
            None => Err(self.err(Code::plain("error-vault-not-found"))),
            Some(result) => result.map_err(|e| self.storage_err(e)),
        }
    }

    /// Closes the vault: its keys are wiped and every case command answers
    /// `error-vault-locked` until [`App::unlock`]. Without a vault path nothing changes.
    pub fn lock(&mut self) -> Result<VaultStatusView, ApiError> {
        // A copy of case text does not outlive the lock.
        self.clear_clipboard_if_ours();
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
}
