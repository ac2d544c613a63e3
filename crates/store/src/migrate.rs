//! Schema migrations: ordered SQL files `migrations/NNNN_name.sql`, embedded at build time,
//! applied in one transaction together with their rows in `schema_migrations`. The vault's
//! `format_version` is the number of the last migration applied; a build refuses a vault whose
//! format is newer than its own last migration, before it writes anything.

use rusqlite::{Connection, OptionalExtension, Transaction};

use crate::error::{Result, StoreError};

/// One migration.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Its number; migrations apply in this order and numbers never repeat.
    pub version: u32,
    /// Its file name without `.sql`.
    pub name: &'static str,
    /// The SQL.
    pub sql: &'static str,
}

/// The migrations this build knows, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, name: "0001_init", sql: include_str!("../migrations/0001_init.sql") },
    Migration { version: 2, name: "0002_attempts", sql: include_str!("../migrations/0002_attempts.sql") },
    Migration { version: 3, name: "0003_settings", sql: include_str!("../migrations/0003_settings.sql") },
];

/// The newest vault format this build reads and writes: the last migration's number.
pub const FORMAT_VERSION: u32 = 3;

const TRACKING: &str =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT";

fn table_exists(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1", [name], |_| Ok(()))
        .optional()?
        .is_some())
}

fn to_u32(v: i64, what: &'static str) -> Result<u32> {
    u32::try_from(v).map_err(|_| StoreError::Corrupt { what })
}

/// The vault's format version and the last migration recorded. Reads only.
pub(crate) fn stored_versions(conn: &Connection) -> Result<(u32, u32)> {
    if !table_exists(conn, "vault_header")? || !table_exists(conn, "schema_migrations")? {
        return Err(StoreError::Corrupt { what: "header" });
    }
    let format: i64 = conn
        .query_row("SELECT format_version FROM vault_header WHERE id = 1", [], |r| r.get(0))
        .optional()?
        .ok_or(StoreError::Corrupt { what: "header" })?;
    let applied: i64 = conn.query_row("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", [], |r| r.get(0))?;
    Ok((to_u32(format, "header")?, to_u32(applied, "schema-migrations")?))
}

/// Refuses a vault written by a newer build. Reads only.
pub(crate) fn check_not_newer(conn: &Connection, supported: u32) -> Result<()> {
    let (format, applied) = stored_versions(conn)?;
    let found = format.max(applied);
    if found > supported {
        return Err(StoreError::VaultNewer { found, supported });
    }
    Ok(())
}

/// Applies every migration of `list` newer than the vault's, in one transaction (the
/// caller's), and records each. Returns whether anything was applied.
pub(crate) fn apply(tx: &Transaction<'_>, list: &[Migration]) -> Result<bool> {
    tx.execute_batch(TRACKING)?;
    let applied: i64 = tx.query_row("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", [], |r| r.get(0))?;
    let applied = to_u32(applied, "schema-migrations")?;
    let latest = list.last().map_or(0, |m| m.version);
    if applied > latest {
        return Err(StoreError::VaultNewer { found: applied, supported: latest });
    }
    let mut any = false;
    for m in list.iter().filter(|m| m.version > applied) {
        tx.execute_batch(m.sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name) VALUES (?1, ?2)",
            rusqlite::params![m.version, m.name],
        )?;
        any = true;
    }
    if any && table_exists(tx, "vault_header")? {
        tx.execute("UPDATE vault_header SET format_version = ?1 WHERE format_version < ?1", [latest])?;
    }
    Ok(any)
}

/// Whether the vault lacks migrations this build has. Reads only.
pub(crate) fn pending(conn: &Connection) -> Result<bool> {
    let (_, applied) = stored_versions(conn)?;
    Ok(applied < FORMAT_VERSION)
}
