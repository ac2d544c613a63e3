//! The record of an information request for the file: what was asked, weighed and given
//! (KNMG-meldcode onderdeel II and III). A doctor gets it as a SOEP journal note; other fields
//! as a plain record. Kept apart from `compose.rs`: it reads only [`Case::info_request`].

use chrono::NaiveDate;
use meldwijzer_document::{Block, Document, Field, Section};
use meldwijzer_protocol::case::Case;
use meldwijzer_protocol::inforequest::{GivenHow, InfoLayout, InfoRequest};

use crate::{ftl, Ctx};

fn trimmed(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

struct R<'a> {
    ctx: &'a Ctx<'a>,
}

impl R<'_> {
    fn t(&self, id: &str) -> String {
        self.ctx.l10n.text(id)
    }
    fn f(&self, id: &str, args: &[(&str, String)]) -> String {
        self.ctx.l10n.format(id, args)
    }
    fn date(&self, d: Option<NaiveDate>) -> String {
        match d {
            Some(d) => d.format(&self.t(ftl("out-date-format"))).to_string(),
            None => self.t(ftl("out-no-date")),
        }
    }
    fn text(&self, s: &str) -> String {
        trimmed(s).map(str::to_string).unwrap_or_else(|| self.t(ftl("out-not-recorded")))
    }
}

/// Builds the record. The case must be an information request (checked by the caller).
pub(crate) fn record(ctx: &Ctx<'_>, case: &Case, req: &InfoRequest) -> Document {
    let r = R { ctx };
    let p = ctx.protocol;
    let requester = p.info().requester(&req.requester).map(|q| r.t(&q.label)).unwrap_or_default();
    let layout = case.info_route(p).map(|x| x.layout).unwrap_or(InfoLayout::Plain);

    let request = vec![
        Field::new(r.t(ftl("out-inforeq-requester")), requester),
        Field::new(r.t(ftl("out-inforeq-received")), r.date(req.received_on)),
        Field::new(r.t(ftl("out-inforeq-who")), r.text(&req.who)),
        Field::new(r.t(ftl("out-inforeq-basis")), r.text(&req.basis)),
        Field::new(
            r.t(ftl("out-inforeq-concern")),
            match req.concern_given {
                Some(true) => r.f(ftl("out-inforeq-concern-given"), &[("concern", r.text(&req.concern))]),
                Some(false) => r.f(ftl("out-inforeq-concern-asked"), &[("concern", r.text(&req.concern))]),
                None => r.text(&req.concern),
            },
        ),
    ];
    let asked = vec![Field::new(r.t(ftl("out-inforeq-asked")), r.text(&req.asked))];
    let weighed = vec![Field::new(r.t(ftl("out-inforeq-relevant")), r.text(&req.relevant))];
    let informed = Field::new(
        r.t(ftl("out-inforeq-informed")),
        match req.informed {
            Some(true) => r.f(ftl("out-inforeq-informed-yes"), &[("note", r.text(&req.informed_note))]),
            Some(false) => r.f(ftl("out-inforeq-informed-no"), &[("note", r.text(&req.informed_note))]),
            None => r.t(ftl("out-not-recorded")),
        },
    );
    let how = match req.given_how {
        Some(GivenHow::Schriftelijk) => r.t(ftl("out-inforeq-given-schriftelijk")),
        Some(GivenHow::Mondeling) => r.t(ftl("out-inforeq-given-mondeling")),
        Some(GivenHow::Niet) => r.t(ftl("out-inforeq-given-niet")),
        None => r.t(ftl("out-not-recorded")),
    };
    let given = vec![
        informed,
        Field::new(r.t(ftl("out-inforeq-given-how")), how),
        Field::new(r.t(ftl("out-inforeq-given-on")), r.date(req.given_on)),
        Field::new(r.t(ftl("out-inforeq-given")), r.text(&req.given)),
    ];
    let heads: [&str; 4] = match layout {
        InfoLayout::Soep => [ftl("out-soep-s"), ftl("out-soep-o"), ftl("out-soep-e"), ftl("out-soep-p")],
        InfoLayout::Plain => [
            ftl("out-inforeq-part-request"),
            ftl("out-inforeq-part-asked"),
            ftl("out-inforeq-part-weighed"),
            ftl("out-inforeq-part-given"),
        ],
    };
    let mut sections: Vec<Section> = [request, asked, weighed, given]
        .into_iter()
        .zip(heads)
        .map(|(fields, h)| Section { heading: r.t(h), blocks: vec![Block::Fields(fields)] })
        .collect();
    sections.push(Section {
        heading: r.t(ftl("out-inforeq-part-file")),
        blocks: vec![Block::Note(r.t(ftl("out-inforeq-file-note")))],
    });
    Document {
        lang: ctx.l10n.lang().to_string(),
        title: r.t(match layout {
            InfoLayout::Soep => ftl("out-inforeq-title-soep"),
            InfoLayout::Plain => ftl("out-inforeq-title"),
        }),
        subtitle: r.f(ftl("out-subtitle"), &[("alias", case.alias.clone()), ("date", r.date(Some(ctx.today)))]),
        marking: r.t(ftl("out-marking")),
        sections,
    }
}
