//! Where cases live. Until the encrypted vault lands, cases live in memory only: nothing about
//! a case touches disk, and the UI says so. The vault replaces [`MemoryStore`] behind the same
//! [`CaseStore`] trait without touching the UI or the protocol.

use std::collections::BTreeMap;

use meldwijzer_protocol::Case;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The storage failed (disk full, read-only, ...). The message never holds case text.
    #[error("storage failed: {0}")]
    Io(String),
}

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
