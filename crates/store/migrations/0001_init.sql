-- 0001_init: the vault header, the per-case wrapped keys and the sealed cases.
-- Applied by crates/store/src/migrate.rs inside one transaction, recorded in schema_migrations.
-- Every BLOB here is a sealed envelope (src/envelope.rs) except the salts; every other column
-- is clear by design and listed in crates/store/README.md.

-- One row: how to open the vault. Clear, because it is needed before anything is unlocked.
CREATE TABLE vault_header (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    format_version      INTEGER NOT NULL,
    vault_id            TEXT    NOT NULL,
    kdf_alg             TEXT    NOT NULL,
    kdf_m_kib           INTEGER NOT NULL,
    kdf_t               INTEGER NOT NULL,
    kdf_p               INTEGER NOT NULL,
    kdf_salt            BLOB    NOT NULL,
    -- 'calibrated' for every vault made by Vault::create; 'test' only from test builds.
    kdf_profile         TEXT    NOT NULL,
    -- The vault key sealed under the passphrase's KEK.
    wrapped_vault_key   BLOB    NOT NULL,
    -- The vault key sealed under the recovery key's KEK, if one was set up.
    recovery_salt       BLOB,
    wrapped_vault_key_recovery BLOB,
    -- Slowing down wrong passphrases: count and the earliest next try (Unix seconds).
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One random data key per case, sealed under the vault key. Deleting the row crypto-shreds
-- the case.
CREATE TABLE case_keys (
    case_id     TEXT PRIMARY KEY,
    wrapped_key BLOB NOT NULL
) STRICT, WITHOUT ROWID;

-- The case: a sealed JSON document and a sealed summary for the list. Times are Unix
-- microseconds, clear for sorting and retention.
CREATE TABLE cases (
    case_id    TEXT PRIMARY KEY REFERENCES case_keys (case_id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at  INTEGER,
    document   BLOB NOT NULL,
    summary    BLOB NOT NULL
) STRICT;

CREATE INDEX cases_by_updated ON cases (updated_at DESC, case_id);
