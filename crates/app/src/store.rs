//! Where cases live: [`VaultStore`], the encrypted vault of `meldwijzer-store`, in the app;
//! [`MemoryStore`] for tests and when no vault path is configured (nothing about a case
//! touches disk, and the UI says "Niet bewaard"). Both sit behind the [`CaseStore`] trait.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use meldwijzer_protocol::Case;
use meldwijzer_store::Vault;

pub use meldwijzer_store::StoreError;

/// One case as the list knows it: what the vault keeps in clear (times) and in the sealed
/// summary (alias, field, subject and the app's `listing`), never the case document.
#[derive(Clone, PartialEq, Eq)]
pub struct ListEntry {
    /// The case's id.
    pub id: String,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
    /// When it was closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// The alias (case text: never in Debug output).
    pub alias: String,
    /// Field id.
    pub field: String,
    /// Subject id.
    pub subject: String,
    /// What the app saved with the case for its list (JSON); empty if none was saved.
    pub listing: String,
}

impl std::fmt::Debug for ListEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListEntry").field("id", &self.id).field("closed_at", &self.closed_at).finish_non_exhaustive()
    }
}

/// A case whose list facts do not verify (its summary, its key or its clear times were
/// altered or damaged): the list shows it as a damaged line, never hides it. Its document
/// may still verify, so it can be opened, exported or deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedEntry {
    /// The case's id.
    pub id: String,
    /// When it was created, if the clear column still reads as a time (not verified).
    pub created_at: Option<DateTime<Utc>>,
    /// What failed (`case-key`, `case-summary`, `case-times`).
    pub what: &'static str,
}

/// A case store.
pub trait CaseStore: Send {
    /// Every case's list entry (see [`CaseStore::entries`]) and, apart, every case whose
    /// list facts do not verify. Stores that cannot be damaged have none.
    fn entries_checked(&self) -> Result<(Vec<ListEntry>, Vec<DamagedEntry>), StoreError> {
        Ok((self.entries()?, Vec::new()))
    }
    /// Every case's list entry, any order, from the summaries only (a case whose summary
    /// does not open is not here but in [`CaseStore::entries_checked`]'s damaged list).
    fn entries(&self) -> Result<Vec<ListEntry>, StoreError>;
    /// One case.
    fn load(&self, id: &str) -> Result<Option<Case>, StoreError>;
    /// Saves a case (insert or replace) with its list facts. Returns only after the case is
    /// stored.
    fn save(&mut self, case: &Case, listing: &str) -> Result<(), StoreError>;
    /// Destroys a case. Returns whether there was one.
    fn delete(&mut self, id: &str) -> Result<bool, StoreError>;
    /// Whether cases survive closing the app.
    fn persistent(&self) -> bool;
    /// Closes the store; a vault wipes its keys and releases its lock.
    fn close(self: Box<Self>) -> Result<(), StoreError> {
        Ok(())
    }
    /// The encrypted vault underneath, for what only a vault can do (change the passphrase);
    /// `None` for stores without one.
    fn vault_mut(&mut self) -> Option<&mut Vault> {
        None
    }
    /// A setting kept with the cases (sealed in a vault), or `None` when never set.
    fn setting(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Keeps (or, with `None`, removes) a setting with the cases. Returns once stored.
    fn put_setting(&mut self, name: &str, value: Option<&[u8]>) -> Result<(), StoreError>;
}

/// Cases in memory: gone when the app closes.
#[derive(Debug, Default)]
pub struct MemoryStore {
    cases: BTreeMap<String, (Case, String)>,
    settings: BTreeMap<String, Vec<u8>>,
}

impl CaseStore for MemoryStore {
    fn entries(&self) -> Result<Vec<ListEntry>, StoreError> {
        Ok(self
            .cases
            .values()
            .map(|(c, listing)| ListEntry {
                id: c.id.clone(),
                updated_at: c.updated_at,
                closed_at: c.closed.as_ref().map(|x| x.at),
                alias: c.alias.clone(),
                field: c.field.clone(),
                subject: c.subject.clone(),
                listing: listing.clone(),
            })
            .collect())
    }

    fn load(&self, id: &str) -> Result<Option<Case>, StoreError> {
        Ok(self.cases.get(id).map(|(c, _)| c.clone()))
    }

    fn save(&mut self, case: &Case, listing: &str) -> Result<(), StoreError> {
        self.cases.insert(case.id.clone(), (case.clone(), listing.to_string()));
        Ok(())
    }

    fn delete(&mut self, id: &str) -> Result<bool, StoreError> {
        Ok(self.cases.remove(id).is_some())
    }

    fn persistent(&self) -> bool {
        false
    }

    fn setting(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.settings.get(name).cloned())
    }

    fn put_setting(&mut self, name: &str, value: Option<&[u8]>) -> Result<(), StoreError> {
        match value {
            Some(v) => self.settings.insert(name.to_string(), v.to_vec()),
            None => self.settings.remove(name),
        };
        Ok(())
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
    /// Every case's summary that verifies (see [`CaseStore::entries_checked`] for the others).
    fn entries(&self) -> Result<Vec<ListEntry>, StoreError> {
        Ok(self.entries_checked()?.0)
    }

    /// Every case's summary (two small envelopes each: the wrapped case key and the
    /// summary), never a document. A case whose key, summary or clear times do not verify
    /// is a [`DamagedEntry`].
    fn entries_checked(&self) -> Result<(Vec<ListEntry>, Vec<DamagedEntry>), StoreError> {
        let count = self.vault.count()?;
        let mut good = Vec::with_capacity(count);
        let mut damaged = Vec::new();
        for e in self.vault.list_page(0, count)? {
            match e.summary {
                Ok(s) => good.push(ListEntry {
                    id: e.id,
                    updated_at: e.updated_at,
                    closed_at: e.closed_at,
                    alias: s.alias,
                    field: s.field,
                    subject: s.subject,
                    listing: s.listing,
                }),
                Err(err) => damaged.push(DamagedEntry {
                    id: e.id,
                    created_at: (e.created_at != DateTime::<Utc>::MIN_UTC).then_some(e.created_at),
                    what: match err {
                        StoreError::Corrupt { what } => what,
                        _ => "case-summary",
                    },
                }),
            }
        }
        Ok((good, damaged))
    }

    fn load(&self, id: &str) -> Result<Option<Case>, StoreError> {
        if !meldwijzer_store::is_uuid(id) {
            // The vault only holds UUIDs; anything else is simply not there.
            return Ok(None);
        }
        self.vault.load_case(id)
    }

    fn save(&mut self, case: &Case, listing: &str) -> Result<(), StoreError> {
        self.vault.save_case_listed(case, listing)
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

    fn vault_mut(&mut self) -> Option<&mut Vault> {
        Some(&mut self.vault)
    }

    fn setting(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.vault.setting(name)?.map(|v| v.to_vec()))
    }

    fn put_setting(&mut self, name: &str, value: Option<&[u8]>) -> Result<(), StoreError> {
        self.vault.put_setting(name, value)
    }
}
