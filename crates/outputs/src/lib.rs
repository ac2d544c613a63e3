//! Meldwijzer's outputs, built from a case as [`Document`]s in a chosen language.
//!
//! Six outputs ([`OutputKind`]): the adviesvraag for Veilig Thuis (anonymous about the client,
//! identified about the professional), the step report for the client file, a SOEP journal
//! note for a GP's HIS, a factual note for the leerlingdossier (no hypotheses, no
//! interpretations), a two-minute handover note and the plain-language summary for the client
//! (off by default, refused where a paper at home is dangerous). [`anon`] warns about free text
//! that looks identifying in the adviesvraag.
//!
//! Invariants: no IO, no clock, no randomness: "today" and the conversion of stored UTC times
//! to local time come in a [`Ctx`]. Every text is a Fluent message (`locales/*/outputs.ftl`),
//! formatted with the [`Localizer`] of the output language, which may differ from the UI's.
//! The same [`Document`] becomes plain text here and a PDF elsewhere.
#![deny(missing_docs)]

mod adult;
pub mod anon;
mod compose;
mod inforequest;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use meldwijzer_document::Document;
use meldwijzer_l10n::Localizer;
use meldwijzer_protocol::case::{Case, OutputKind};
use meldwijzer_protocol::inzage::InzageGate;
use meldwijzer_protocol::Protocol;

pub use anon::{Finding, FindingKind, Warning};

/// Marks a string literal as a Fluent message id, so the locale checks can find it.
pub const fn ftl(id: &'static str) -> &'static str {
    id
}

/// What building an output needs from outside.
pub struct Ctx<'a> {
    /// The validated content.
    pub protocol: &'a Protocol,
    /// Texts in the output language.
    pub l10n: &'a Localizer,
    /// Today's date (the date on the document; overdue follow-ups).
    pub today: NaiveDate,
    /// Converts a stored UTC time to the local time shown.
    pub local: &'a dyn Fn(DateTime<Utc>) -> NaiveDateTime,
}

impl std::fmt::Debug for Ctx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ctx").field("lang", &self.l10n.lang()).field("today", &self.today).finish_non_exhaustive()
    }
}

/// Why an output is not offered for a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The plain-language summary is off: the professional turns it on together with the client.
    SummaryOff,
    /// A form of violence (or a sign of coercive control) is recorded for which a paper found
    /// at home can put the client in danger. The labels, in the output language.
    SummaryUnsafe {
        /// What is recorded, by label.
        recorded: Vec<String>,
    },
    /// The output does not belong to this kind of case: an information request has only its
    /// record, and that record exists only for an information request.
    NotForThisCase,
    /// The output is made for other fields only (the leerlingdossier note: onderwijs).
    NotForField {
        /// The fields it is for, by label.
        fields: Vec<String>,
    },
    /// Someone involved can read the file it goes into, and what is recorded makes a full note
    /// unsafe there. The professional can choose a reduced note instead.
    Inzage {
        /// The file, by label ("het leerlingdossier").
        file: String,
        /// Who can read it, by label.
        readers: Vec<String>,
        /// Why a full note is not safe there, in words.
        reasons: Vec<String>,
    },
}

/// Whether `kind` is refused for this case, and why.
pub fn refusal(ctx: &Ctx<'_>, case: &Case, kind: OutputKind) -> Option<Refusal> {
    if !OutputKind::for_case(case).contains(&kind) {
        return Some(Refusal::NotForThisCase);
    }
    let p = ctx.protocol;
    if !case.output_offered(p, kind) {
        let fields = p
            .output_file(kind.id())
            .map(|o| o.fields.iter().filter_map(|f| p.field(f)).map(|f| ctx.l10n.text(&f.choice.label)).collect())
            .unwrap_or_default();
        return Some(Refusal::NotForField { fields });
    }
    if kind != OutputKind::Eenvoudig {
        let gates = case.inzage_gates(p, kind);
        if gates.is_empty() || case.reduced_outputs.contains(&kind) {
            return None;
        }
        return Some(inzage_refusal(ctx, case, kind, &gates));
    }
    // A form can be both unsafe on paper and a sign of coercive control (intieme terreur):
    // named once.
    let mut recorded: Vec<String> = Vec::new();
    let choices = case.unsafe_on_paper_forms(p).into_iter().map(|f| &f.choice).chain(case.coercive_control(p));
    for label in choices.map(|c| ctx.l10n.text(&c.label)) {
        if !recorded.contains(&label) {
            recorded.push(label);
        }
    }
    if !recorded.is_empty() {
        return Some(Refusal::SummaryUnsafe { recorded });
    }
    (!case.plain_summary.enabled).then_some(Refusal::SummaryOff)
}

/// The reasons a full note is not safe in a file others can read, in words.
pub fn gate_reasons(ctx: &Ctx<'_>, gates: &[InzageGate]) -> Vec<String> {
    let p = ctx.protocol;
    gates
        .iter()
        .map(|g| match g {
            InzageGate::Postponed => ctx.l10n.text(ftl("out-gate-postponed")),
            InzageGate::SkippedForSafety => ctx.l10n.text(ftl("out-gate-skipped")),
            InzageGate::UnsafeForms(forms) => {
                let labels: Vec<String> =
                    forms.iter().filter_map(|f| p.form(f)).map(|f| ctx.l10n.text(&f.choice.label)).collect();
                ctx.l10n.format(ftl("out-gate-forms"), &[("forms", labels.join(", "))])
            }
            InzageGate::CoerciveControl => ctx.l10n.text(ftl("out-gate-coercive")),
            InzageGate::ParentSuspect => ctx.l10n.text(ftl("out-gate-parent")),
        })
        .collect()
}

fn inzage_refusal(ctx: &Ctx<'_>, case: &Case, kind: OutputKind, gates: &[InzageGate]) -> Refusal {
    let p = ctx.protocol;
    Refusal::Inzage {
        file: p.output_file(kind.id()).map(|o| ctx.l10n.text(&o.file)).unwrap_or_default(),
        readers: case
            .output_readers(p, kind)
            .iter()
            .filter(|r| r.involved)
            .map(|r| ctx.l10n.text(&r.choice.label))
            .collect(),
        reasons: gate_reasons(ctx, gates),
    }
}

/// Builds `kind` for `case`, or says why it is not offered.
pub fn render(ctx: &Ctx<'_>, case: &Case, kind: OutputKind) -> Result<Document, Refusal> {
    if let Some(r) = refusal(ctx, case, kind) {
        return Err(r);
    }
    let b = compose::B { ctx, case };
    let gates = if kind == OutputKind::Eenvoudig { Vec::new() } else { case.inzage_gates(ctx.protocol, kind) };
    if !gates.is_empty() {
        // Refused above unless the professional chose the reduced note.
        return Ok(b.reduced(kind, gates.contains(&InzageGate::ParentSuspect)));
    }
    Ok(match kind {
        OutputKind::Adviesvraag => b.adviesvraag(),
        OutputKind::Verslag => b.verslag(),
        OutputKind::Soep => b.soep(),
        OutputKind::Leerlingdossier => b.leerlingdossier(),
        OutputKind::Overdracht => b.overdracht(),
        OutputKind::Eenvoudig => b.eenvoudig(),
        OutputKind::Informatieverzoek => match &case.info_request {
            Some(req) => inforequest::record(ctx, case, req),
            None => return Err(Refusal::NotForThisCase),
        },
    })
}

/// An adult client's wishes and wilsbekwaamheid as label and value, in the output language,
/// for showing in step 4; empty when nothing is recorded.
pub fn adult_fields(ctx: &Ctx<'_>, case: &Case) -> Vec<(String, String)> {
    adult::blocks(ctx, &case.adult)
        .into_iter()
        .flat_map(|b| match b {
            meldwijzer_document::Block::Fields(f) => f.into_iter().map(|x| (x.label, x.value)).collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// The Fluent id of an output's name, for pick lists.
pub fn label_id(kind: OutputKind) -> &'static str {
    match kind {
        OutputKind::Adviesvraag => ftl("out-kind-adviesvraag"),
        OutputKind::Verslag => ftl("out-kind-verslag"),
        OutputKind::Soep => ftl("out-kind-soep"),
        OutputKind::Leerlingdossier => ftl("out-kind-leerlingdossier"),
        OutputKind::Overdracht => ftl("out-kind-overdracht"),
        OutputKind::Eenvoudig => ftl("out-kind-eenvoudig"),
        OutputKind::Informatieverzoek => ftl("out-kind-informatieverzoek"),
    }
}

/// The anonymisation warnings for `kind`: only the adviesvraag leaves anonymous about the
/// client; the other outputs go into the professional's own files.
pub fn warnings(ctx: &Ctx<'_>, case: &Case, kind: OutputKind) -> Vec<Warning> {
    match kind {
        OutputKind::Adviesvraag => anon::adviesvraag_warnings(case, ctx.today),
        _ => Vec::new(),
    }
}
