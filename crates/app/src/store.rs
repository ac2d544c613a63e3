//! Where cases live: [`VaultStore`], the encrypted vault of `meldwijzer-store`, in the app;
//! [`MemoryStore`] for tests and when no vault path is configured (nothing about a case
//! touches disk, and the UI says "Niet bewaard"). Both sit behind the [`CaseStore`] trait.

use std::collections::BTreeMap;

use meldwijzer_protocol::Case;
use meldwijzer_store::Vault;

pub use meldwijzer_store::StoreError;

/// A case store.
pub trait CaseStore: Send {
    /// All cases, any order.
    fn list(&self) -> Result<Vec<Case>, StoreError>;
    /// One case.
    fn load(&self, id: &str) -> Result<Option<Case>, StoreError>;
    /// Saves a case (insert or replace). Returns only after the case is stored.
    fn save(&mut self, case: &Case) -> Result<(), StoreError>;
    /// Destroys a case. Returns whether there was one.
    fn delete(&mut self, id: &str) -> Result<bool, StoreError>;
    /// Whether cases survive closing the app.
    fn persistent(&self) -> bool;
    /// Closes the store; a vault wipes its keys and releases its lock.
    fn close(self: Box<Self>) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Cases in memory: gone when the app closes.
#[derive(Debug, Default)]
pub struct MemoryStore {
    cases: BTreeMap<String, Case>,
}

impl CaseStore for MemoryStore {
    fn list(&self) -> Result<Vec<Case>, StoreError> {
        Ok(self.cases.values().cloned().collect())
    }

    fn load(&self, id: &str) -> Result<Option<Case>, StoreError> {
        Ok(self.cases.get(id).cloned())
    }

    fn save(&mut self, case: &Case) -> Result<(), StoreError> {
        self.cases.insert(case.id.clone(), case.clone());
        Ok(())
    }

    fn delete(&mut self, id: &str) -> Result<bool, StoreError> {
        Ok(self.cases.remove(id).is_some())
    }

    fn persistent(&self) -> bool {
        false
    }
}

/// Cases in the encrypted vault (an unlocked [`Vault`]). Dropping it wipes the keys.
#[derive(Debug)]
pub struct VaultStore {
    vault: Vault,
}

impl VaultStore {
    /// Wraps an unlocked vault.
    pub fn new(vault: Vault) -> VaultStore {
        VaultStore { vault }
    }
}

impl CaseStore for VaultStore {
    /// Every case that opens. A damaged case is left out rather than hiding all the others
    /// (showing it as a damaged line is still to do).
    fn list(&self) -> Result<Vec<Case>, StoreError> {
        let count = self.vault.count()?;
        let mut cases = Vec::with_capacity(count);
        for entry in self.vault.list_page(0, count)? {
            if let Ok(Some(case)) = self.vault.load_case(&entry.id) {
                cases.push(case);
            }
        }
        Ok(cases)
    }

    fn load(&self, id: &str) -> Result<Option<Case>, StoreError> {
        if !meldwijzer_store::is_uuid(id) {
            // The vault only holds UUIDs; anything else is simply not there.
            return Ok(None);
        }
        self.vault.load_case(id)
    }

    fn save(&mut self, case: &Case) -> Result<(), StoreError> {
        self.vault.save_case(case)
    }

    fn delete(&mut self, id: &str) -> Result<bool, StoreError> {
        if !meldwijzer_store::is_uuid(id) {
            return Ok(false);
        }
        self.vault.delete_case(id)
    }

    fn persistent(&self) -> bool {
        true
    }

    fn close(self: Box<Self>) -> Result<(), StoreError> {
        self.vault.lock()
    }
}
