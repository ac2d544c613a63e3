-- 0003_settings: settings that belong to the vault and are as sensitive as its cases (issue 15: the imported
-- organisation and region packs, which name the professional's organisation and region). One row per setting; the
-- name is an HMAC-SHA256 under the vault key (it says nothing without the key), the value a sealed envelope under the
-- vault key whose AAD binds the vault id and the setting's name. Old vaults gain the empty table when first unlocked.
CREATE TABLE sealed_settings (
    name  BLOB PRIMARY KEY,
    value BLOB NOT NULL
) STRICT, WITHOUT ROWID;
