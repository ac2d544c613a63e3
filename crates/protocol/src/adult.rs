//! An adult client's own wishes and the wilsbekwaamheid assessment (steps 3 and 4): structured,
//! because reporting against a competent adult's wishes needs them on record. Wilsbekwaamheid
//! is judged ter zake: for one decision, at one moment, by someone (KNMG-meldcode; meldcode.md
//! §11, §12).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{EditError, MAX_TEXT_CHARS};

/// The outcome of a wilsbekwaamheid assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Capacity {
    /// Wilsbekwaam ter zake.
    Wilsbekwaam,
    /// Not wilsbekwaam ter zake: the representative is involved, unless that is the suspect.
    Wilsonbekwaam,
    /// In doubt: not (yet) assessed with enough certainty.
    Twijfel,
}

impl Capacity {
    /// Its id.
    pub fn id(self) -> &'static str {
        match self {
            Capacity::Wilsbekwaam => "wilsbekwaam",
            Capacity::Wilsonbekwaam => "wilsonbekwaam",
            Capacity::Twijfel => "twijfel",
        }
    }
}

/// What an adult client wants, and how their wilsbekwaamheid was judged. Every part optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AdultWishes {
    /// The client's own wishes: about help, about a melding, in their words.
    #[serde(default)]
    pub wishes: String,
    /// Wilsbekwaam ter zake, not, or in doubt.
    #[serde(default)]
    pub capacity: Option<Capacity>,
    /// Ter zake van what decision (for example: accepting help with money, a melding).
    #[serde(default)]
    pub capacity_about: String,
    /// When it was judged.
    #[serde(default)]
    pub capacity_on: Option<NaiveDate>,
    /// By whom (a role, never needed as a name).
    #[serde(default)]
    pub capacity_by: String,
    /// The representative and how they are involved, or why not (for example: the
    /// representative is the suspected person).
    #[serde(default)]
    pub representative: String,
}

impl AdultWishes {
    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        *self == AdultWishes::default()
    }

    pub(crate) fn check(&self) -> Result<(), EditError> {
        for t in [&self.wishes, &self.capacity_about, &self.capacity_by, &self.representative] {
            if t.chars().count() > MAX_TEXT_CHARS {
                return Err(EditError::TextTooLong { max: MAX_TEXT_CHARS });
            }
        }
        Ok(())
    }
}
