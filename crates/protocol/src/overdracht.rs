//! After Veilig Thuis hands a family back (overdracht): what Veilig Thuis asks of the
//! professional or lokaal team, the veiligheidsvoorwaarden it hands over with who watches each,
//! and following them with local partners as dated follow-ups through the phases of
//! gefaseerd samenwerken aan veiligheid (`monitoring.toml`; meldcode.md §5a, §5c).
//!
//! Recorded after a melding, and also without one: Veilig Thuis may give advice and ask the
//! professional to monitor (the veiligheidsplan's later parts lie with the overdrachtspartij,
//! §5c). Only a case started as an information request has no overdracht.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{EditError, MAX_TEXT_CHARS};
use crate::content::Protocol;

/// At most this many veiligheidsvoorwaarden and agreements in one overdracht.
pub const MAX_CONDITIONS: usize = 30;

/// Where a veiligheidsvoorwaarde or agreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ConditionState {
    /// Still running (loopt): a dated follow-up while it has a date.
    #[default]
    Running,
    /// Met (gehaald).
    Met,
    /// Not met (niet gehaald): back to Veilig Thuis.
    NotMet,
}

impl ConditionState {
    /// Its id (`running`, `met`, `not-met`).
    pub fn id(self) -> &'static str {
        match self {
            ConditionState::Running => "running",
            ConditionState::Met => "met",
            ConditionState::NotMet => "not-met",
        }
    }
}

/// A veiligheidsvoorwaarde Veilig Thuis handed over, or an agreement from the Top 3 / safety
/// plan made with local partners, followed as a dated follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SafetyCondition {
    /// What must happen (the condition or agreement).
    #[serde(default)]
    pub what: String,
    /// Who watches it (a role or partner, for example: wijkteam, school, huisarts).
    #[serde(default)]
    pub who: String,
    /// The phase it belongs to (a `monitoring_phase` id), if stated.
    #[serde(default)]
    pub phase: Option<String>,
    /// When to look at it again.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Loopt, gehaald or niet gehaald.
    #[serde(default)]
    pub state: ConditionState,
}

impl SafetyCondition {
    fn is_empty(&self) -> bool {
        self.what.trim().is_empty() && self.who.trim().is_empty() && self.due.is_none()
    }
}

/// The overdracht from Veilig Thuis and how it is followed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Overdracht {
    /// When Veilig Thuis handed over.
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
    /// What Veilig Thuis asks of the professional or team.
    #[serde(default)]
    pub asks: String,
    /// Who at Veilig Thuis to call back: a role, never a name.
    #[serde(default)]
    pub call_back: String,
    /// The phase the family is in now (a `monitoring_phase` id).
    #[serde(default)]
    pub phase: Option<String>,
    /// The veiligheidsvoorwaarden and agreements, in the order recorded.
    #[serde(default)]
    pub conditions: Vec<SafetyCondition>,
}

impl Overdracht {
    /// Drops empty conditions and checks ids, sizes and texts.
    pub(crate) fn checked(mut self, p: &Protocol) -> Result<Overdracht, EditError> {
        self.conditions.retain(|c| !c.is_empty());
        if self.conditions.len() > MAX_CONDITIONS {
            return Err(EditError::OverdrachtOutOfRange);
        }
        for ph in self.conditions.iter().filter_map(|c| c.phase.as_ref()).chain(self.phase.as_ref()) {
            if p.monitoring_phase(ph).is_none() {
                return Err(EditError::UnknownId { kind: "monitoring-phase", id: ph.clone() });
            }
        }
        let texts =
            [&self.asks, &self.call_back].into_iter().chain(self.conditions.iter().flat_map(|c| [&c.what, &c.who]));
        for t in texts {
            if t.chars().count() > MAX_TEXT_CHARS {
                return Err(EditError::TextTooLong { max: MAX_TEXT_CHARS });
            }
        }
        Ok(self)
    }

    /// The earliest date of a condition still running: the next monitoring moment.
    pub fn next_due(&self) -> Option<NaiveDate> {
        self.conditions.iter().filter(|c| c.state == ConditionState::Running).filter_map(|c| c.due).min()
    }

    /// Whether a condition was not met: then the professional goes back to Veilig Thuis.
    pub fn back_to_veilig_thuis(&self) -> bool {
        self.not_met().next().is_some()
    }

    /// The conditions not met: each one means going back to Veilig Thuis.
    pub fn not_met(&self) -> impl Iterator<Item = (usize, &SafetyCondition)> {
        self.conditions.iter().enumerate().filter(|(_, c)| c.state == ConditionState::NotMet)
    }

    /// The facts the decision log keeps: the date, the phase and each condition's state.
    pub(crate) fn log_facts(&self) -> (Option<NaiveDate>, Option<String>, Vec<ConditionState>) {
        (self.received_on, self.phase.clone(), self.conditions.iter().map(|c| c.state).collect())
    }
}

/// An overdracht in a scenario file (`[overdracht]`, see `content/README.md`): dates as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioOverdracht {
    #[serde(default)]
    pub received_on: Option<String>,
    #[serde(default)]
    pub asks: String,
    #[serde(default)]
    pub call_back: String,
    #[serde(default)]
    pub phase: Option<String>,
    #[serde(default)]
    pub conditions: Vec<ScenarioCondition>,
}

/// A veiligheidsvoorwaarde in a scenario file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioCondition {
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub phase: Option<String>,
    #[serde(default)]
    pub due: Option<String>,
    /// `running` (default), `met` or `not-met`.
    #[serde(default)]
    pub state: Option<String>,
}

/// What a scenario expects of the monitoring after an overdracht (`[expect.monitoring]`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ExpectMonitoring {
    /// The phase id now, or `none`.
    pub phase: Option<String>,
    /// The next monitoring date (`YYYY-MM-DD`), or `none`.
    pub next: Option<String>,
    /// Whether a condition not met sends the professional back to Veilig Thuis.
    pub back_to_veilig_thuis: Option<bool>,
    /// Indexes of the conditions not met.
    pub not_met: Option<Vec<usize>>,
}

impl ScenarioOverdracht {
    /// The record, or a message naming the bad key.
    pub fn build(&self) -> Result<Overdracht, String> {
        let date = |key: String, d: &str| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| format!("{key}: `{d}` is not a date (YYYY-MM-DD)"))
        };
        let mut conditions = Vec::new();
        for (i, c) in self.conditions.iter().enumerate() {
            let state = match c.state.as_deref().unwrap_or("running") {
                "running" => ConditionState::Running,
                "met" => ConditionState::Met,
                "not-met" => ConditionState::NotMet,
                other => {
                    return Err(format!("[overdracht].conditions[{i}].state: `{other}` is not running, met or not-met"))
                }
            };
            conditions.push(SafetyCondition {
                what: c.what.clone(),
                who: c.who.clone(),
                phase: c.phase.clone(),
                due: c.due.as_deref().map(|d| date(format!("[overdracht].conditions[{i}].due"), d)).transpose()?,
                state,
            });
        }
        Ok(Overdracht {
            received_on: self.received_on.as_deref().map(|d| date("[overdracht].received_on".into(), d)).transpose()?,
            asks: self.asks.clone(),
            call_back: self.call_back.clone(),
            phase: self.phase.clone(),
            conditions,
        })
    }
}

impl ExpectMonitoring {
    /// Each mismatch as (key, expected, actual).
    pub fn check(&self, o: Option<&Overdracht>) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        let mut check = |key: &str, want: String, got: String| {
            if want != got {
                out.push((format!("monitoring.{key}"), want, got));
            }
        };
        if let Some(p) = &self.phase {
            check("phase", p.clone(), o.and_then(|o| o.phase.clone()).unwrap_or_else(|| "none".into()));
        }
        if let Some(n) = &self.next {
            let got = o.and_then(|o| o.next_due()).map_or("none".to_string(), |d| d.format("%Y-%m-%d").to_string());
            check("next", n.clone(), got);
        }
        if let Some(b) = self.back_to_veilig_thuis {
            check("back_to_veilig_thuis", b.to_string(), o.is_some_and(|o| o.back_to_veilig_thuis()).to_string());
        }
        if let Some(n) = &self.not_met {
            let show = |v: Vec<usize>| v.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ");
            let got = o.map(|o| o.not_met().map(|(i, _)| i).collect()).unwrap_or_default();
            check("not_met", show(n.clone()), show(got));
        }
        out
    }
}
