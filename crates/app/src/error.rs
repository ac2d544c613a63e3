//! Errors at the API boundary: a stable code that is also a Fluent id in
//! `locales/*/errors.ftl`, plus arguments. The UI shows the localised text and never parses
//! English. No case text ever goes into an error.

use std::collections::BTreeMap;

use meldwijzer_protocol::EditError;
use serde::Serialize;

/// An error the UI can show: `code` is a Fluent id, `args` its variables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    "error-case-not-found",
    "error-language-unknown",
    "error-settings-write",
    "error-storage",
    "error-content",
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
            EditError::AliasTooLong { max } => Code { code: "error-alias-too-long", args: vec![("max", max.to_string())] },
            EditError::TextTooLong { max } => Code { code: "error-text-too-long", args: vec![("max", max.to_string())] },
            EditError::Required { what } => Code { code: "error-required", args: vec![("what", what.to_string())] },
            EditError::UnknownId { kind, id } => Code { code: "error-unknown-id", args: vec![("kind", kind.to_string()), ("id", id)] },
            EditError::NoSuchItem { .. } => Code::plain("error-no-such-item"),
            EditError::ReasonRequired => Code::plain("error-reason-required"),
            EditError::Closed => Code::plain("error-case-closed"),
            EditError::PostponeNotOffered => Code::plain("error-postpone-not-offered"),
            EditError::ReasonEmpty => Code::plain("error-reason-empty"),
        }
    }
}
