//! Errors at the API boundary: a stable code that is also a Fluent id in
//! `locales/*/errors.ftl`, plus arguments. The UI shows the localised text and never parses
//! English. No case text ever goes into an error.

use std::collections::BTreeMap;

use meldwijzer_protocol::EditError;
use meldwijzer_store::StoreError;
use serde::Serialize;

/// An error the UI can show: `code` is a Fluent id, `args` its variables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ApiError {
    /// Fluent id, such as `error-alias-empty`.
    pub code: String,
    /// Variables for the message.
    pub args: BTreeMap<String, String>,
    /// The message already formatted in the UI language (for screen readers and logs).
    pub message: String,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code)
    }
}

impl std::error::Error for ApiError {}

/// Every error code the API can return (each must be a message in `errors.ftl`).
pub const CODES: &[&str] = &[
    "error-alias-empty",
    "error-alias-too-long",
    "error-text-too-long",
    "error-required",
    "error-unknown-id",
    "error-no-such-item",
    "error-reason-required",
    "error-case-closed",
    "error-postpone-not-offered",
    "error-reason-empty",
    "error-kindcheck-not-started",
    "error-kindcheck-not-closable",
    "error-safety-plan-out-of-range",
    "error-drafts-out-of-range",
    "error-no-acute-route",
    "error-separate-talk-required",
    "error-overdracht-not-offered",
    "error-overdracht-out-of-range",
    "error-case-not-found",
    "error-language-unknown",
    "error-settings-write",
    "error-storage",
    "error-content",
    "error-vault-locked",
    "error-vault-not-found",
    "error-vault-exists",
    "error-wrong-passphrase",
    "error-wrong-recovery-key",
    "error-recovery-key-malformed",
    "error-no-recovery-key",
    "error-passphrase-too-short",
    "error-passphrase-weak",
    "error-too-many-attempts",
    "error-vault-newer",
    "error-vault-already-open",
    "error-vault-corrupt",
    "error-disk-full",
    "error-read-only",
    "error-idle-minutes-range",
    "error-retention-days-range",
    "error-follow-up-open",
    "error-import-file",
    "error-import-passphrase",
    "error-import-format",
    "error-import-newer",
    "error-import-work",
    "error-import-exists",
    "error-export-write",
    "error-training-off",
    "error-training-case-not-found",
    "error-adviesvraag-out-of-range",
    "error-output-language",
    "error-summary-off",
    "error-summary-unsafe",
    "error-output-not-for-case",
    "error-not-an-info-request",
    "error-adult-only",
    "error-output-inzage",
    "error-output-not-for-field",
    "error-clipboard",
    "error-pdf-folder",
    "error-pdf-write",
    "error-pdf-render",
    "error-pdf-too-long",
    "error-file-token",
    "error-file-app-folder",
    "error-pack-refused",
    "error-pack-unsigned",
    "error-pack-none-pending",
    "error-pack-not-found",
];

/// An error code with its arguments, before formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// Fluent id.
    pub code: &'static str,
    /// Variables.
    pub args: Vec<(&'static str, String)>,
}

impl Code {
    /// A code without arguments.
    pub fn plain(code: &'static str) -> Code {
        Code { code, args: Vec::new() }
    }
}

impl From<EditError> for Code {
    fn from(e: EditError) -> Code {
        match e {
            EditError::AliasEmpty => Code::plain("error-alias-empty"),
            EditError::AliasTooLong { max } => {
                Code { code: "error-alias-too-long", args: vec![("max", max.to_string())] }
            }
            EditError::TextTooLong { max } => {
                Code { code: "error-text-too-long", args: vec![("max", max.to_string())] }
            }
            EditError::Required { what } => Code { code: "error-required", args: vec![("what", what.to_string())] },
            EditError::UnknownId { kind, id } => {
                Code { code: "error-unknown-id", args: vec![("kind", kind.to_string()), ("id", id)] }
            }
            EditError::NoSuchItem { .. } => Code::plain("error-no-such-item"),
            EditError::ReasonRequired => Code::plain("error-reason-required"),
            EditError::Closed => Code::plain("error-case-closed"),
            EditError::PostponeNotOffered => Code::plain("error-postpone-not-offered"),
            EditError::ReasonEmpty => Code::plain("error-reason-empty"),
            EditError::KindcheckNotStarted => Code::plain("error-kindcheck-not-started"),
            EditError::KindcheckNotClosable => Code::plain("error-kindcheck-not-closable"),
            EditError::SafetyPlanOutOfRange => Code::plain("error-safety-plan-out-of-range"),
            EditError::DraftsOutOfRange => Code::plain("error-drafts-out-of-range"),
            EditError::NoAcuteRoute => Code::plain("error-no-acute-route"),
            EditError::AdviesvraagOutOfRange => Code {
                code: "error-adviesvraag-out-of-range",
                args: vec![("max", meldwijzer_protocol::case::MAX_CONCERNS.to_string())],
            },
            EditError::UnknownLanguage => Code::plain("error-output-language"),
            EditError::NotAnInfoRequest => Code::plain("error-not-an-info-request"),
            EditError::AdultOnly => Code::plain("error-adult-only"),
            EditError::SeparateTalkRequired => Code::plain("error-separate-talk-required"),
            EditError::OverdrachtNotOffered => Code::plain("error-overdracht-not-offered"),
            EditError::OverdrachtOutOfRange => Code {
                code: "error-overdracht-out-of-range",
                args: vec![("max", meldwijzer_protocol::overdracht::MAX_CONDITIONS.to_string())],
            },
        }
    }
}

impl From<crate::export::ExportError> for Code {
    fn from(e: crate::export::ExportError) -> Code {
        use crate::export::ExportError;
        Code::plain(match e {
            ExportError::File => "error-import-file",
            ExportError::Passphrase => "error-import-passphrase",
            ExportError::Format => "error-import-format",
            ExportError::Newer => "error-import-newer",
            ExportError::Work => "error-import-work",
            ExportError::Write => "error-export-write",
        })
    }
}

impl From<StoreError> for Code {
    /// The vault's errors as codes. None carries case text or a path; the rare technical
    /// ones (I/O by kind, SQLite codes, the random source) all read as `error-storage`.
    fn from(e: StoreError) -> Code {
        match e {
            StoreError::WrongPassphrase => Code::plain("error-wrong-passphrase"),
            StoreError::WrongRecoveryKey => Code::plain("error-wrong-recovery-key"),
            StoreError::RecoveryKeyMalformed => Code::plain("error-recovery-key-malformed"),
            StoreError::NoRecoveryKey => Code::plain("error-no-recovery-key"),
            StoreError::PassphraseTooShort { min_chars } => {
                Code { code: "error-passphrase-too-short", args: vec![("min", min_chars.to_string())] }
            }
            StoreError::TooManyAttempts { wait_secs } => {
                Code { code: "error-too-many-attempts", args: vec![("seconds", wait_secs.to_string())] }
            }
            StoreError::VaultNewer { .. } => Code::plain("error-vault-newer"),
            StoreError::AlreadyOpen => Code::plain("error-vault-already-open"),
            StoreError::NotFound => Code::plain("error-vault-not-found"),
            StoreError::AlreadyExists => Code::plain("error-vault-exists"),
            StoreError::Corrupt { .. } | StoreError::HostileKdfParams => Code::plain("error-vault-corrupt"),
            StoreError::DiskFull => Code::plain("error-disk-full"),
            StoreError::ReadOnly => Code::plain("error-read-only"),
            _ => Code::plain("error-storage"),
        }
    }
}
