//! Information requests (informatieverzoeken): a route outside the five steps for a
//! professional who is *asked* for information by Veilig Thuis, the Raad voor de
//! Kinderbescherming, a gecertificeerde instelling, or police and justice (KNMG-meldcode
//! onderdeel II and III). The steps are content (`content/informatieverzoek.toml`); what was
//! asked, weighed and given is case data ([`InfoRequest`] on a [`Case`]).

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{Case, EditError, MAX_TEXT_CHARS};
use crate::content::{Protocol, Provenance};

/// Who can ask for information, and on what basis (a Fluent id naming the law).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InfoRequester {
    /// Stable id.
    pub id: String,
    /// Fluent id of its name.
    pub label: String,
    /// Fluent id of the legal basis and what it means for the professional.
    pub basis: String,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// What a step of an information-request route records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum InfoRecord {
    /// Who asks, when, and on what basis.
    Requester,
    /// Whether the nature and seriousness of the concern were given, and what is asked.
    Concern,
    /// Which information is relevant and necessary, and why.
    Relevant,
    /// Whether the patient or client was informed beforehand, or why not.
    Informed,
    /// What was given, how and when (or that nothing was given, and why).
    Given,
}

impl InfoRecord {
    /// Every record kind, in the order a route usually walks them.
    pub const ALL: [InfoRecord; 5] =
        [InfoRecord::Requester, InfoRecord::Concern, InfoRecord::Relevant, InfoRecord::Informed, InfoRecord::Given];

    /// Its id in content.
    pub fn id(self) -> &'static str {
        match self {
            InfoRecord::Requester => "requester",
            InfoRecord::Concern => "concern",
            InfoRecord::Relevant => "relevant",
            InfoRecord::Informed => "informed",
            InfoRecord::Given => "given",
        }
    }

    fn from_id(id: &str) -> Option<InfoRecord> {
        InfoRecord::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// One step of an information-request route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InfoStep {
    /// Stable id.
    pub id: String,
    /// Fluent id of what to do.
    pub title: String,
    /// Fluent id of the explanation in our own words.
    pub help: String,
    /// What the step records.
    pub record: InfoRecord,
    /// Sources and validity.
    pub provenance: Provenance,
}

/// How the record of an information request is laid out for the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfoLayout {
    /// A journal note in SOEP order (a doctor's HIS).
    Soep,
    /// A plain record with a heading per part.
    Plain,
}

/// A route for an information request: for these fields and requesters, these steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InfoRoute {
    /// Stable id.
    pub id: String,
    /// Field ids it applies to.
    pub fields: Vec<String>,
    /// Requester ids it applies to.
    pub requesters: Vec<String>,
    /// Whether the field's own kader has this route (checked against its source). When
    /// false, the steps are taken over from the KNMG-meldcode and the screen says so.
    pub confirmed: bool,
    /// How the record for the file is laid out.
    pub layout: InfoLayout,
    /// Fluent id of the title.
    pub title: String,
    /// Fluent id of the introduction.
    pub intro: String,
    /// Step ids, in order.
    pub steps: Vec<String>,
    /// Sources and validity.
    pub provenance: Provenance,
}

pub(crate) mod raw {
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Requester {
        pub id: String,
        pub label: String,
        pub basis: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Step {
        pub id: String,
        pub title: String,
        pub help: String,
        pub record: String,
        pub sources: Vec<String>,
        pub valid_from: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Route {
        pub id: String,
        pub fields: Vec<String>,
        pub requesters: Vec<String>,
        pub confirmed: bool,
        pub layout: String,
        pub title: String,
        pub intro: String,
        pub steps: Vec<String>,
        pub sources: Vec<String>,
        pub valid_from: String,
    }
}

/// The information-request content, validated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InfoContent {
    /// Who can ask.
    pub requesters: Vec<InfoRequester>,
    /// The steps.
    pub steps: Vec<InfoStep>,
    /// The routes.
    pub routes: Vec<InfoRoute>,
}

/// What validating needs from `content.rs`: report a problem, check provenance.
pub(crate) trait Check {
    fn problem(&mut self, file: &str, key: String, message: String);
    fn prov(&mut self, file: &str, key: &str, sources: &[String], valid_from: &str) -> Provenance;
}

/// Validates the gathered information-request items. Every field needs exactly one route per
/// requester, and every route records all five parts, each once.
pub(crate) fn validate(
    c: &mut dyn Check,
    fields: &[String],
    requesters: Vec<(String, raw::Requester)>,
    steps: Vec<(String, raw::Step)>,
    routes: Vec<(String, raw::Route)>,
) -> InfoContent {
    let mut out = InfoContent::default();
    let mut seen = BTreeSet::new();
    let mut id = |c: &mut dyn Check, file: &str, kind: &str, id: &str| {
        let ok = !id.is_empty()
            && id.chars().all(|x| x.is_ascii_lowercase() || x.is_ascii_digit() || x == '-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            c.problem(file, format!("{kind}[{id}].id"), "ids are lower-case kebab-case (a-z, 0-9, -)".into());
        }
        if !seen.insert(format!("{kind}:{id}")) {
            c.problem(file, format!("{kind}[{id}].id"), format!("duplicate {kind} id"));
        }
    };
    for (file, r) in requesters {
        id(c, &file, "info_requester", &r.id);
        let provenance = c.prov(&file, &format!("info_requester[{}]", r.id), &r.sources, &r.valid_from);
        out.requesters.push(InfoRequester { id: r.id, label: r.label, basis: r.basis, provenance });
    }
    for (file, s) in steps {
        id(c, &file, "info_step", &s.id);
        let key = format!("info_step[{}]", s.id);
        let provenance = c.prov(&file, &key, &s.sources, &s.valid_from);
        let record = InfoRecord::from_id(&s.record).unwrap_or_else(|| {
            c.problem(
                &file,
                format!("{key}.record"),
                format!("unknown record `{}` (requester, concern, relevant, informed or given)", s.record),
            );
            InfoRecord::Requester
        });
        out.steps.push(InfoStep { id: s.id, title: s.title, help: s.help, record, provenance });
    }
    for (file, r) in routes {
        id(c, &file, "info_route", &r.id);
        let key = format!("info_route[{}]", r.id);
        let provenance = c.prov(&file, &key, &r.sources, &r.valid_from);
        for f in &r.fields {
            if !fields.contains(f) {
                c.problem(&file, format!("{key}.fields"), format!("unknown field `{f}`"));
            }
        }
        for q in &r.requesters {
            if !out.requesters.iter().any(|x| &x.id == q) {
                c.problem(&file, format!("{key}.requesters"), format!("unknown requester `{q}`"));
            }
        }
        let mut records = Vec::new();
        for s in &r.steps {
            match out.steps.iter().find(|x| &x.id == s) {
                Some(step) => records.push(step.record),
                None => c.problem(&file, format!("{key}.steps"), format!("unknown step `{s}`")),
            }
        }
        for rec in InfoRecord::ALL {
            let n = records.iter().filter(|x| **x == rec).count();
            if n != 1 {
                c.problem(
                    &file,
                    format!("{key}.steps"),
                    format!("a route records `{}` in exactly one step, found {n}", rec.id()),
                );
            }
        }
        let layout = match r.layout.as_str() {
            "soep" => InfoLayout::Soep,
            "plain" => InfoLayout::Plain,
            other => {
                c.problem(&file, format!("{key}.layout"), format!("unknown layout `{other}` (soep or plain)"));
                InfoLayout::Plain
            }
        };
        out.routes.push(InfoRoute {
            id: r.id,
            fields: r.fields,
            requesters: r.requesters,
            confirmed: r.confirmed,
            layout,
            title: r.title,
            intro: r.intro,
            steps: r.steps,
            provenance,
        });
    }
    if !out.routes.is_empty() || !out.requesters.is_empty() {
        for f in fields {
            for q in &out.requesters {
                let n = out.routes.iter().filter(|r| r.fields.contains(f) && r.requesters.contains(&q.id)).count();
                if n != 1 {
                    c.problem(
                        "informatieverzoek.toml",
                        "info_route".into(),
                        format!("requester `{}` in field `{f}` needs exactly one route, found {n}", q.id),
                    );
                }
            }
        }
    }
    out
}

impl InfoContent {
    /// The route for a request from `requester` to a professional in `field`.
    pub fn route_for(&self, field: &str, requester: &str) -> Option<&InfoRoute> {
        self.routes.iter().find(|r| r.fields.iter().any(|f| f == field) && r.requesters.iter().any(|q| q == requester))
    }
    /// A requester by id.
    pub fn requester(&self, id: &str) -> Option<&InfoRequester> {
        self.requesters.iter().find(|r| r.id == id)
    }
    /// A step by id.
    pub fn step(&self, id: &str) -> Option<&InfoStep> {
        self.steps.iter().find(|s| s.id == id)
    }
}

/// How the information was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum GivenHow {
    /// In writing.
    Schriftelijk,
    /// Verbally, with a written record (asked for, or made).
    Mondeling,
    /// Not given, with the reasons told to the requester.
    Niet,
}

impl GivenHow {
    /// Its id.
    pub fn id(self) -> &'static str {
        match self {
            GivenHow::Schriftelijk => "schriftelijk",
            GivenHow::Mondeling => "mondeling",
            GivenHow::Niet => "niet",
        }
    }
}

/// An information request as recorded: what was asked, weighed and given. Free text is the
/// professional's own; the requester is an id from content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct InfoRequest {
    /// Requester id (`veilig-thuis`, `raad`, `gi`, `politie-justitie`).
    pub requester: String,
    /// When the request came in.
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
    /// Who asked (name, function, organisation) and how their identity was checked.
    #[serde(default)]
    pub who: String,
    /// The basis the requester gave (a law, an OTS, a vordering).
    #[serde(default)]
    pub basis: String,
    /// Whether the requester gave the nature and seriousness of the concern unasked.
    #[serde(default)]
    pub concern_given: Option<bool>,
    /// The nature, seriousness and content of the concern, as told.
    #[serde(default)]
    pub concern: String,
    /// What information was asked for.
    #[serde(default)]
    pub asked: String,
    /// Which information is relevant and necessary, and why; what was left out.
    #[serde(default)]
    pub relevant: String,
    /// Whether the patient or client was informed beforehand.
    #[serde(default)]
    pub informed: Option<bool>,
    /// Their reaction, or why they were not informed.
    #[serde(default)]
    pub informed_note: String,
    /// How the information was given.
    #[serde(default)]
    pub given_how: Option<GivenHow>,
    /// When.
    #[serde(default)]
    pub given_on: Option<NaiveDate>,
    /// What was given (or why nothing was given).
    #[serde(default)]
    pub given: String,
}

impl InfoRequest {
    /// A request from `requester` with nothing recorded yet.
    pub fn new(requester: &str) -> InfoRequest {
        InfoRequest {
            requester: requester.to_string(),
            received_on: None,
            who: String::new(),
            basis: String::new(),
            concern_given: None,
            concern: String::new(),
            asked: String::new(),
            relevant: String::new(),
            informed: None,
            informed_note: String::new(),
            given_how: None,
            given_on: None,
            given: String::new(),
        }
    }

    /// Whether the part `record` is recorded enough to move on. A record, never a gate: the
    /// screen shows the first part that is not, and the output says "niet vastgelegd".
    pub fn has(&self, record: InfoRecord) -> bool {
        let filled = |s: &str| !s.trim().is_empty();
        match record {
            InfoRecord::Requester => filled(&self.who) && filled(&self.basis),
            InfoRecord::Concern => self.concern_given.is_some() && filled(&self.concern) && filled(&self.asked),
            InfoRecord::Relevant => filled(&self.relevant),
            InfoRecord::Informed => match self.informed {
                Some(true) => true,
                Some(false) => filled(&self.informed_note),
                None => false,
            },
            InfoRecord::Given => self.given_how.is_some() && self.given_on.is_some() && filled(&self.given),
        }
    }

    pub(crate) fn check(&self, p: &Protocol, field: &str) -> Result<(), EditError> {
        if p.info().requester(&self.requester).is_none() || p.info().route_for(field, &self.requester).is_none() {
            return Err(EditError::UnknownId { kind: "requester", id: self.requester.clone() });
        }
        for t in [&self.who, &self.basis, &self.concern, &self.asked, &self.relevant, &self.informed_note, &self.given]
        {
            if t.chars().count() > MAX_TEXT_CHARS {
                return Err(EditError::TextTooLong { max: MAX_TEXT_CHARS });
            }
        }
        Ok(())
    }
}

impl Case {
    /// The information-request route this case walks, if it is an information request.
    pub fn info_route<'p>(&self, p: &'p Protocol) -> Option<&'p InfoRoute> {
        self.info_request.as_ref().and_then(|r| p.info().route_for(&self.field, &r.requester))
    }

    /// The first step of the information-request route not recorded yet (none: all recorded,
    /// or not an information request).
    pub fn info_pending<'p>(&self, p: &'p Protocol) -> Option<&'p InfoStep> {
        let req = self.info_request.as_ref()?;
        self.info_route(p)?.steps.iter().filter_map(|s| p.info().step(s)).find(|s| !req.has(s.record))
    }
}

/// `[info_request]` in a scenario file: an information request instead of a case, with what is
/// recorded. Every record key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ScenarioInfoRequest {
    pub field: String,
    pub subject: String,
    pub requester: String,
    pub received_on: Option<NaiveDate>,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub basis: String,
    pub concern_given: Option<bool>,
    #[serde(default)]
    pub concern: String,
    #[serde(default)]
    pub asked: String,
    #[serde(default)]
    pub relevant: String,
    pub informed: Option<bool>,
    #[serde(default)]
    pub informed_note: String,
    pub given_how: Option<GivenHow>,
    pub given_on: Option<NaiveDate>,
    #[serde(default)]
    pub given: String,
}

/// `[expect.info_request]` in a scenario file; every key left out is not checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectInfoRequest {
    /// The route id.
    pub route: Option<String>,
    /// Whether the field's own kader has the route.
    pub confirmed: Option<bool>,
    /// The step ids, in order.
    pub steps: Option<Vec<String>>,
    /// The first step not recorded yet, or `none`.
    pub pending: Option<String>,
    /// The step ids whose part is recorded, in route order.
    pub recorded: Option<Vec<String>>,
}

/// Builds the information request a scenario describes: started, then recorded as one edit.
pub(crate) fn build_scenario_case(p: &Protocol, s: &ScenarioInfoRequest) -> Result<Case, String> {
    use crate::case::{Edit, EditContext, NewInfoRequest};
    let ctx = |n: usize| EditContext { now: chrono::DateTime::UNIX_EPOCH, new_id: format!("scenario-{n}") };
    let input = NewInfoRequest {
        alias: "Scenario".into(),
        field: s.field.clone(),
        subject: s.subject.clone(),
        requester: s.requester.clone(),
    };
    let mut case = Case::new_info_request(p, &input, &ctx(0)).map_err(|e| format!("[info_request]: {e}"))?;
    let record = InfoRequest {
        requester: s.requester.clone(),
        received_on: s.received_on,
        who: s.who.clone(),
        basis: s.basis.clone(),
        concern_given: s.concern_given,
        concern: s.concern.clone(),
        asked: s.asked.clone(),
        relevant: s.relevant.clone(),
        informed: s.informed,
        informed_note: s.informed_note.clone(),
        given_how: s.given_how,
        given_on: s.given_on,
        given: s.given.clone(),
    };
    case.apply(p, Edit::SetInfoRequest { info_request: record }, &ctx(1))
        .map_err(|e| format!("[info_request]: {e}"))?;
    Ok(case)
}

/// What does not match `[expect.info_request]`.
pub(crate) fn check_scenario(p: &Protocol, case: &Case, e: &ExpectInfoRequest) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |what: &str, expected: &str, actual: &str| {
        if expected != actual {
            out.push(format!("info_request.{what}: expected `{expected}`, got `{actual}`"));
        }
    };
    let route = case.info_route(p);
    if let Some(r) = &e.route {
        check("route", r, route.map_or("none", |x| x.id.as_str()));
    }
    if let Some(c) = e.confirmed {
        check("confirmed", &c.to_string(), &route.is_some_and(|x| x.confirmed).to_string());
    }
    if let Some(s) = &e.steps {
        check("steps", &s.join(", "), &route.map(|x| x.steps.join(", ")).unwrap_or_default());
    }
    if let Some(pnd) = &e.pending {
        check("pending", pnd, case.info_pending(p).map_or("none", |s| s.id.as_str()));
    }
    if let Some(r) = &e.recorded {
        let actual: Vec<String> = match (route, &case.info_request) {
            (Some(route), Some(req)) => route
                .steps
                .iter()
                .filter_map(|id| p.info().step(id))
                .filter(|s| req.has(s.record))
                .map(|s| s.id.clone())
                .collect(),
            _ => Vec::new(),
        };
        check("recorded", &r.join(", "), &actual.join(", "));
    }
    out
}
