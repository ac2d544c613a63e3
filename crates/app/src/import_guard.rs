//! Reading an import file under a bounded cost: what can be refused without a key derivation
//! is refused first (size, header, a scrypt work factor above
//! [`crate::export::MAX_WORK_FACTOR`]: `error-import-work`), then wrong passphrases for the same
//! file are slowed down like wrong vault passphrases (the vault's `attempts`, per file by an
//! HMAC of its bytes, timed from the END of the try, kept across restarts).

use crate::error::Code;
use crate::{export, ApiError, App};

impl App {
    /// Decrypts and checks an import file's bytes (not yet stored).
    pub(crate) fn read_import(
        &mut self,
        bytes: &[u8],
        passphrase: &str,
    ) -> Result<meldwijzer_protocol::Case, ApiError> {
        export::precheck(bytes).map_err(|e| self.err(Code::from(e)))?;
        let now = self.env.now();
        if let Some(vault) = self.store.as_mut().and_then(|s| s.vault_mut()) {
            let allowed = vault.attempt_allowed(bytes, now);
            allowed.map_err(|e| self.storage_err(e))?;
        }
        let read = export::read(bytes, passphrase, &self.protocol);
        // The clock is read again after the scrypt derivation: the wait runs from the try's end.
        let end = self.env.now();
        if let Some(vault) = self.store.as_mut().and_then(|s| s.vault_mut()) {
            let noted = match &read {
                Err(export::ExportError::Passphrase) => vault.attempt_failed(bytes, end),
                Ok(_) => vault.attempt_succeeded(bytes),
                Err(_) => Ok(()),
            };
            noted.map_err(|e| self.storage_err(e))?;
        }
        read.map_err(|e| self.err(Code::from(e)))
    }
}
