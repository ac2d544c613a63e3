//! The meldcode as a validated model: the content in `content/`, a case's recorded state and
//! the afwegingskader route.
//!
//! Invariant: this crate does no IO, reads no clock and draws no randomness. Content arrives
//! as `&str`, time and fresh ids arrive as arguments ([`case::EditContext`]). It knows nothing
//! of Tauri, SQL, encryption or Fluent: every visible text is a Fluent id that `l10n` resolves.
#![deny(missing_docs)]

pub mod adult;
pub mod case;
pub mod content;
pub mod dates;
pub mod inforequest;
pub mod inzage;
pub mod overdracht;
pub mod route;
pub mod scenario;

pub use case::{Case, Edit, EditContext, EditError, StepState};
pub use content::{ContentError, ContentFile, Protocol};
pub use route::{Pending, Route};
