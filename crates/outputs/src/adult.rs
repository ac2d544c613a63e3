//! An adult client's own wishes and the wilsbekwaamheid assessment, as the outputs show them
//! (the verslag's step 3, the SOEP note's evaluation). Kept apart from `compose.rs`.

use meldwijzer_document::{Block, Field};
use meldwijzer_protocol::adult::{AdultWishes, Capacity};

use crate::{ftl, Ctx};

fn text(ctx: &Ctx<'_>, s: &str) -> String {
    let t = s.trim();
    if t.is_empty() {
        ctx.l10n.text(ftl("out-not-recorded"))
    } else {
        t.to_string()
    }
}

/// The assessment in one line: "Wilsbekwaam ter zake van …, beoordeeld door … op …".
pub(crate) fn capacity_line(ctx: &Ctx<'_>, a: &AdultWishes) -> Option<String> {
    let c = a.capacity?;
    let label = ctx.l10n.text(match c {
        Capacity::Wilsbekwaam => ftl("out-capacity-wilsbekwaam"),
        Capacity::Wilsonbekwaam => ftl("out-capacity-wilsonbekwaam"),
        Capacity::Twijfel => ftl("out-capacity-twijfel"),
    });
    let date = match a.capacity_on {
        Some(d) => d.format(&ctx.l10n.text(ftl("out-date-format"))).to_string(),
        None => ctx.l10n.text(ftl("out-no-date")),
    };
    Some(ctx.l10n.format(
        ftl("out-capacity-line"),
        &[
            ("capacity", label),
            ("about", text(ctx, &a.capacity_about)),
            ("by", text(ctx, &a.capacity_by)),
            ("date", date),
        ],
    ))
}

/// The verslag's fields for step 3, when anything is recorded.
pub(crate) fn blocks(ctx: &Ctx<'_>, a: &AdultWishes) -> Vec<Block> {
    if a.is_empty() {
        return Vec::new();
    }
    let mut fields = vec![Field::new(ctx.l10n.text(ftl("out-adult-wishes")), text(ctx, &a.wishes))];
    fields.push(Field::new(
        ctx.l10n.text(ftl("out-adult-capacity")),
        capacity_line(ctx, a).unwrap_or_else(|| ctx.l10n.text(ftl("out-not-recorded"))),
    ));
    if !a.representative.trim().is_empty() {
        fields.push(Field::new(ctx.l10n.text(ftl("out-adult-representative")), a.representative.trim().to_string()));
    }
    vec![Block::Fields(fields)]
}

/// The SOEP note's evaluation lines, when anything is recorded.
pub(crate) fn soep_lines(ctx: &Ctx<'_>, a: &AdultWishes) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(w) = Some(a.wishes.trim()).filter(|w| !w.is_empty()) {
        out.push(ctx.l10n.format(ftl("out-soep-adult-wishes"), &[("wishes", w.to_string())]));
    }
    out.extend(capacity_line(ctx, a));
    out
}
