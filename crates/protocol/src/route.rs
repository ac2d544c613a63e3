//! The afwegingskader route: which afwegingen have been answered, which outcomes they
//! reach, and what that suggests for the two step-5 decisions. The route is shown beside
//! the decisions; it never fills them in.

use std::collections::BTreeMap;

use crate::content::{AnswerValue, Protocol, Timing};

/// One answered afweging on the route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walked {
    /// The afweging's id.
    pub question: String,
    /// The answer given.
    pub answer: AnswerValue,
    /// The outcome this answer reached, if any.
    pub outcome: Option<String>,
    /// This afweging is weighed together with Veilig Thuis.
    pub with_veilig_thuis: bool,
}

/// Where the route stands now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// This afweging is the next to answer now.
    Question {
        /// Its id.
        question: String,
        /// To be weighed together with Veilig Thuis.
        with_veilig_thuis: bool,
    },
    /// This afweging is about a later moment: plan a dated follow-up.
    FollowUp {
        /// Its id.
        question: String,
    },
    /// "Weet niet": consult Veilig Thuis, then answer this afweging again.
    Advice {
        /// The afweging answered with "weet niet".
        question: String,
    },
    /// The route has reached its end.
    Complete,
}

/// The route through the afwegingskader for a set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Answered afwegingen on the route, in order.
    pub walked: Vec<Walked>,
    /// Outcome ids reached, in order.
    pub outcomes: Vec<String>,
    /// What comes next.
    pub pending: Pending,
    /// Beslissing 1 as the route suggests it (`None`: the route says nothing yet).
    pub suggests_melden: Option<bool>,
    /// Beslissing 2 as the route suggests it.
    pub suggests_hulp: Option<bool>,
    /// Meldnorm ids the reached outcomes rest on.
    pub meldnormen: Vec<String>,
}

impl Route {
    /// Walks the afwegingskader from afweging 1 with the given answers. Answers to afwegingen
    /// that are not on the route are ignored (they stay recorded, but do not count).
    pub fn evaluate(protocol: &Protocol, answers: &BTreeMap<String, AnswerValue>) -> Route {
        let mut walked = Vec::new();
        let mut outcomes = Vec::new();
        let mut with_vt = false;
        let mut current = protocol.questions().first();
        let pending = loop {
            let Some(q) = current else { break Pending::Complete };
            let Some(&answer) = answers.get(&q.id) else {
                break match q.timing {
                    Timing::FollowUp => Pending::FollowUp { question: q.id.clone() },
                    Timing::Now => Pending::Question { question: q.id.clone(), with_veilig_thuis: with_vt },
                };
            };
            let rule = &q.answers[&answer];
            walked.push(Walked {
                question: q.id.clone(),
                answer,
                outcome: rule.outcome.clone(),
                with_veilig_thuis: with_vt,
            });
            if let Some(o) = &rule.outcome {
                outcomes.push(o.clone());
                if protocol.outcome(o).is_some_and(|o| o.advice) {
                    break Pending::Advice { question: q.id.clone() };
                }
            }
            with_vt |= rule.with_veilig_thuis;
            current = rule.next.as_deref().and_then(|n| protocol.question(n));
        };

        let reached: Vec<_> = outcomes.iter().filter_map(|o| protocol.outcome(o)).collect();
        // A "yes" anywhere on the route wins: help is additional, never a substitute when
        // melden is required (basismodel, step 5).
        let fold = |pick: fn(&crate::content::Suggests) -> Option<bool>| -> Option<bool> {
            let values: Vec<bool> = reached.iter().filter_map(|o| pick(&o.suggests)).collect();
            if values.contains(&true) {
                Some(true)
            } else if values.is_empty() {
                None
            } else {
                Some(false)
            }
        };
        let suggests_melden = fold(|s| s.melden);
        let suggests_hulp = fold(|s| s.hulp);
        let mut meldnormen: Vec<String> = Vec::new();
        for o in &reached {
            if let Some(m) = &o.meldnorm {
                if !meldnormen.contains(m) {
                    meldnormen.push(m.clone());
                }
            }
        }
        Route { walked, outcomes, pending, suggests_melden, suggests_hulp, meldnormen }
    }

    /// What the route suggests for a step-5 decision, by decision id (`melden`, `hulp`).
    pub fn suggests(&self, decision: &str) -> Option<bool> {
        match decision {
            "melden" => self.suggests_melden,
            "hulp" => self.suggests_hulp,
            _ => None,
        }
    }

    /// The afwegingen weighed together with Veilig Thuis, from the first one on.
    pub fn with_veilig_thuis_from(&self) -> Option<&str> {
        match &self.pending {
            Pending::Question { question, with_veilig_thuis: true } => {
                self.walked.iter().find(|w| w.with_veilig_thuis).map(|w| w.question.as_str()).or(Some(question))
            }
            _ => self.walked.iter().find(|w| w.with_veilig_thuis).map(|w| w.question.as_str()),
        }
    }
}
