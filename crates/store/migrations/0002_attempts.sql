-- Slowing down guesses at secrets other than the vault's own passphrase (which keeps its
-- counter in vault_header): one row per scope, e.g. one imported file. The scope is an
-- HMAC-SHA256 under the vault key, so it says nothing about the file without the key.
CREATE TABLE attempts (
    scope           BLOB PRIMARY KEY,
    failed_attempts INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
