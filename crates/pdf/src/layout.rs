//! From a [`Document`] to positioned text and rectangles on A4 pages.
//!
//! Every block is broken into lines, and every line becomes a [`Unit`]: its height, the space
//! before it (dropped at the top of a page) and whether it must stay on the page of the next
//! unit. Headings keep with the first two lines of what follows, and a paragraph, bullet or
//! note keeps its first two and its last two lines together, so no heading ends a page and no
//! single line is left behind. Pages are then filled greedily.

use meldwijzer_document::{Block, Document, Field};

use crate::text::{wrap, Face, Fonts, Line, Weight};

/// A4 in points.
pub(crate) const PAGE_W: f32 = 595.276;
pub(crate) const PAGE_H: f32 = 841.89;
/// 25 mm left and right.
pub(crate) const MARGIN_X: f32 = 70.866;
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// Content runs from 30 mm below the top edge to 25 mm above the bottom edge; the marking
/// sits in the top margin and the page number in the bottom margin.
pub(crate) const CONTENT_TOP: f32 = 85.0;
pub(crate) const CONTENT_BOTTOM: f32 = PAGE_H - 70.866;
pub(crate) const HEADER_BASELINE: f32 = 48.0;
pub(crate) const FOOTER_BASELINE: f32 = PAGE_H - 40.0;
pub(crate) const SMALL: f32 = 8.5;

/// How a run of text looks: weight, size, line height (all in points) and colour.
#[derive(Debug, Clone, Copy)]
struct Style {
    weight: Weight,
    size: f32,
    lead: f32,
    color: Rgb,
}

const TITLE: Style = Style { weight: Weight::Bold, size: 20.0, lead: 26.0, color: HEADING_COLOR };
const SUBTITLE: Style = Style { weight: Weight::Regular, size: 12.0, lead: 17.0, color: MUTED };
const HEADING: Style = Style { weight: Weight::Bold, size: 13.0, lead: 18.0, color: HEADING_COLOR };
const BODY: Style = Style { weight: Weight::Regular, size: 10.5, lead: 15.5, color: TEXT };
const LABEL: Style = Style { weight: Weight::Bold, ..BODY };

const SPACE_AFTER_TITLE: f32 = 22.0;
const SPACE_BEFORE_HEADING: f32 = 20.0;
const SPACE_AFTER_HEADING: f32 = 5.0;
const SPACE_BETWEEN_BLOCKS: f32 = 9.0;
const SPACE_BETWEEN_ITEMS: f32 = 3.0;
/// A blank line inside a block's text.
const SPACE_GAP: f32 = 7.0;

const BULLET_X: f32 = 3.0;
const BULLET_TEXT_X: f32 = 16.0;
const NOTE_BAR_W: f32 = 3.0;
const NOTE_PAD_X: f32 = 12.0;
const NOTE_PAD_Y: f32 = 7.0;
const FIELD_GUTTER: f32 = 14.0;
const FIELD_LABEL_MIN: f32 = 90.0;
const FIELD_LABEL_MAX: f32 = CONTENT_W * 0.38;

/// Colours (sRGB), after the UI's palette.
pub(crate) type Rgb = (u8, u8, u8);
pub(crate) const TEXT: Rgb = (0x1b, 0x1b, 0x1b);
pub(crate) const MUTED: Rgb = (0x4d, 0x4d, 0x4d);
pub(crate) const HEADING_COLOR: Rgb = (0x15, 0x42, 0x73);
pub(crate) const RULE: Rgb = (0xc8, 0xc8, 0xc8);
const NOTE_BG: Rgb = (0xf2, 0xf7, 0xfb);
const NOTE_BAR: Rgb = (0x01, 0x68, 0x9b);

/// Something to draw; `x` from the page's left edge, `y` from the unit's (later the page's) top.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    /// A line of text; `y` is its baseline; `elem` is the structure element it belongs to.
    Text { x: f32, y: f32, weight: Weight, size: f32, color: Rgb, text: String, elem: usize },
    /// A filled rectangle: decoration, not content.
    Rect { x: f32, y: f32, w: f32, h: f32, color: Rgb },
}

/// The kinds of structure element in the PDF's tag tree, for screen readers and reflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ElemKind {
    /// The document's title (H1).
    Title,
    /// The subtitle, a section's paragraphs and notes (P).
    Paragraph,
    /// A section (Sect) holding its heading (H2) and blocks.
    Section,
    Heading,
    /// Bullets and fields are lists (L) of items (LI) with a label (Lbl: the bullet, the
    /// field's label) and a body (LBody).
    Bullets,
    Fields,
    Item,
    Label,
    Body,
}

/// One structure element; elements come in reading order, each after its parent.
#[derive(Debug, Clone)]
pub(crate) struct Elem {
    pub(crate) kind: ElemKind,
    pub(crate) parent: Option<usize>,
}

impl Op {
    fn shifted(mut self, dy: f32) -> Op {
        match &mut self {
            Op::Text { y, .. } | Op::Rect { y, .. } => *y += dy,
        }
        self
    }
}

/// One line's worth of content.
#[derive(Debug, Clone)]
struct Unit {
    space_before: f32,
    height: f32,
    keep_with_next: bool,
    ops: Vec<Op>,
}

/// Where a text line sits in a box of height `lead`: half the leading above and below.
fn baseline(face: &Face, size: f32, lead: f32) -> f32 {
    (lead - (face.ascent + face.descent) * size) / 2.0 + face.ascent * size
}

struct Builder<'f> {
    fonts: &'f Fonts,
    units: Vec<Unit>,
    elems: Vec<Elem>,
}

impl Builder<'_> {
    fn elem(&mut self, kind: ElemKind, parent: Option<usize>) -> usize {
        self.elems.push(Elem { kind, parent });
        self.elems.len() - 1
    }

    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<Line> {
        wrap(&self.fonts.clean(text), self.fonts.face(style.weight), style.size, width)
    }

    fn text_op(&self, x: f32, style: Style, text: String, elem: usize) -> Op {
        let y = baseline(self.fonts.face(style.weight), style.size, style.lead);
        Op::Text { x: MARGIN_X + x, y, weight: style.weight, size: style.size, color: style.color, text, elem }
    }

    /// Lines of one style, all at `x`; the first gets `space_before`. The first two and the
    /// last two lines stay together.
    fn lines(&mut self, lines: Vec<Line>, x: f32, style: Style, space_before: f32, elem: usize) {
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let space = if i == 0 {
                space_before
            } else if line.gap_before {
                SPACE_GAP
            } else {
                0.0
            };
            let op = self.text_op(x, style, line.text, elem);
            self.units.push(Unit {
                space_before: space,
                height: style.lead,
                keep_with_next: orphan_keep(i, n),
                ops: vec![op],
            });
        }
    }

    /// A heading: every line keeps with the next; `after` is added below the last line.
    fn heading(&mut self, text: &str, style: Style, space_before: f32, after: f32, elem: usize) {
        let lines = self.wrap(text, style, CONTENT_W);
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let op = self.text_op(0.0, style, line.text, elem);
            self.units.push(Unit {
                space_before: if i == 0 { space_before } else { 0.0 },
                height: style.lead + if i + 1 == n { after } else { 0.0 },
                keep_with_next: true,
                ops: vec![op],
            });
        }
    }

    fn paragraph(&mut self, text: &str, space_before: f32, parent: usize) {
        let lines = self.wrap(text, BODY, CONTENT_W);
        if !lines.is_empty() {
            let elem = self.elem(ElemKind::Paragraph, Some(parent));
            self.lines(lines, 0.0, BODY, space_before, elem);
        }
    }

    fn bullets(&mut self, items: &[String], space_before: f32, parent: usize) {
        let mut first = true;
        let mut list = None;
        for item in items {
            let lines = self.wrap(item, BODY, CONTENT_W - BULLET_TEXT_X);
            if lines.is_empty() {
                continue;
            }
            let list = *list.get_or_insert_with(|| self.elem(ElemKind::Bullets, Some(parent)));
            let li = self.elem(ElemKind::Item, Some(list));
            let label = self.elem(ElemKind::Label, Some(li));
            let body = self.elem(ElemKind::Body, Some(li));
            let start = self.units.len();
            let space = if first { space_before } else { SPACE_BETWEEN_ITEMS };
            self.lines(lines, BULLET_TEXT_X, BODY, space, body);
            let bullet = self.text_op(BULLET_X, BODY, "•".to_owned(), label);
            self.units[start].ops.insert(0, bullet);
            first = false;
        }
    }

    /// Labels in a bold column as wide as the widest label (within limits), values beside
    /// them; a row's label and value lines share units line by line.
    fn fields(&mut self, fields: &[Field], space_before: f32, parent: usize) {
        let label_w = fields
            .iter()
            .flat_map(|f| self.wrap(&f.label, LABEL, FIELD_LABEL_MAX))
            .map(|l| l.width)
            .fold(FIELD_LABEL_MIN, f32::max)
            .min(FIELD_LABEL_MAX);
        let value_x = label_w + FIELD_GUTTER;
        let mut first = true;
        let mut list = None;
        for field in fields {
            let labels = self.wrap(&field.label, LABEL, label_w);
            let values = self.wrap(&field.value, BODY, CONTENT_W - value_x);
            let n = labels.len().max(values.len());
            if n == 0 {
                continue;
            }
            let list = *list.get_or_insert_with(|| self.elem(ElemKind::Fields, Some(parent)));
            let li = self.elem(ElemKind::Item, Some(list));
            let label = self.elem(ElemKind::Label, Some(li));
            let body = self.elem(ElemKind::Body, Some(li));
            let mut labels = labels.into_iter();
            let mut values = values.into_iter();
            for i in 0..n {
                let mut ops = Vec::new();
                let mut space = match (i, first) {
                    (0, true) => space_before,
                    (0, false) => SPACE_BETWEEN_ITEMS,
                    _ => 0.0,
                };
                if let Some(l) = labels.next() {
                    ops.push(self.text_op(0.0, LABEL, l.text, label));
                }
                if let Some(v) = values.next() {
                    if i > 0 && v.gap_before {
                        space = SPACE_GAP;
                    }
                    ops.push(self.text_op(value_x, BODY, v.text, body));
                }
                self.units.push(Unit {
                    space_before: space,
                    height: BODY.lead,
                    keep_with_next: orphan_keep(i, n),
                    ops,
                });
            }
            first = false;
        }
    }

    /// Text in a tinted box with a bar on the left; the box is drawn per line, so it grows
    /// with the text and can continue on the next page.
    fn note(&mut self, text: &str, space_before: f32, parent: usize) {
        let width = CONTENT_W - NOTE_BAR_W - 2.0 * NOTE_PAD_X;
        let lines = self.wrap(text, BODY, width);
        let n = lines.len();
        if n == 0 {
            return;
        }
        let elem = self.elem(ElemKind::Paragraph, Some(parent));
        let x = NOTE_BAR_W + NOTE_PAD_X;
        for (i, line) in lines.into_iter().enumerate() {
            // A blank line inside the note stays inside the tinted box.
            let gap = if i > 0 && line.gap_before { SPACE_GAP } else { 0.0 };
            let top = if i == 0 { NOTE_PAD_Y } else { 0.0 } + gap;
            let bottom = if i + 1 == n { NOTE_PAD_Y } else { 0.0 };
            let height = top + BODY.lead + bottom;
            let text = self.text_op(x, BODY, line.text, elem).shifted(top);
            let ops = vec![
                Op::Rect { x: MARGIN_X, y: 0.0, w: CONTENT_W, h: height, color: NOTE_BG },
                Op::Rect { x: MARGIN_X, y: 0.0, w: NOTE_BAR_W, h: height, color: NOTE_BAR },
                text,
            ];
            self.units.push(Unit {
                space_before: if i == 0 { space_before } else { 0.0 },
                height,
                keep_with_next: orphan_keep(i, n),
                ops,
            });
        }
    }
}

/// Keeps the first two and the last two lines of an `n`-line block together.
fn orphan_keep(i: usize, n: usize) -> bool {
    n >= 2 && (i == 0 || i + 2 == n)
}

/// What the next unit follows, for the space above it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Nothing,
    Title,
    Heading,
    Block,
}

fn space_before(prev: Prev, heading: bool) -> f32 {
    match (prev, heading) {
        (Prev::Nothing, _) => 0.0,
        (Prev::Title, _) => SPACE_AFTER_TITLE,
        (Prev::Heading, false) => 0.0,
        (Prev::Heading | Prev::Block, true) => SPACE_BEFORE_HEADING,
        (Prev::Block, false) => SPACE_BETWEEN_BLOCKS,
    }
}

/// The document as a list of units, in reading order, and its structure elements.
fn units(doc: &Document, fonts: &Fonts) -> (Vec<Unit>, Vec<Elem>) {
    let mut b = Builder { fonts, units: Vec::new(), elems: Vec::new() };
    let title = b.elem(ElemKind::Title, None);
    b.heading(&doc.title, TITLE, 0.0, 0.0, title);
    let subtitle = b.wrap(&doc.subtitle, SUBTITLE, CONTENT_W);
    let space = if b.units.is_empty() { 0.0 } else { 2.0 };
    let elem = b.elem(ElemKind::Paragraph, None);
    b.lines(subtitle, 0.0, SUBTITLE, space, elem);
    let mut prev = Prev::Nothing;
    if let Some(last) = b.units.last_mut() {
        last.keep_with_next = true;
        prev = Prev::Title;
    }
    for section in &doc.sections {
        let start = b.units.len();
        let sect = b.elem(ElemKind::Section, None);
        let heading = b.elem(ElemKind::Heading, Some(sect));
        b.heading(&section.heading, HEADING, space_before(prev, true), SPACE_AFTER_HEADING, heading);
        if b.units.len() > start {
            prev = Prev::Heading;
        }
        for block in &section.blocks {
            let start = b.units.len();
            let space = space_before(prev, false);
            match block {
                Block::Paragraph(text) => b.paragraph(text, space, sect),
                Block::Bullets(items) => b.bullets(items, space, sect),
                Block::Fields(fields) => b.fields(fields, space, sect),
                Block::Note(text) => b.note(text, space, sect),
            }
            if b.units.len() > start {
                prev = Prev::Block;
            }
        }
    }
    // Nothing follows the last unit: its keep has no partner.
    if let Some(last) = b.units.last_mut() {
        last.keep_with_next = false;
    }
    (b.units, b.elems)
}

/// One page's content, with `y` measured from the page's top edge.
#[derive(Debug, Clone, Default)]
pub(crate) struct Page {
    pub(crate) ops: Vec<Op>,
}

/// Lays the document out on pages (there is always at least one) and returns its structure
/// elements, which the pages' text refers to.
pub(crate) fn pages(doc: &Document, fonts: &Fonts) -> (Vec<Page>, Vec<Elem>) {
    let (units, elems) = units(doc, fonts);
    let avail = CONTENT_BOTTOM - CONTENT_TOP;
    let mut pages = vec![Page::default()];
    let mut y = 0.0_f32;
    let mut empty = true;
    for i in 0..units.len() {
        let unit = &units[i];
        let space = if empty { 0.0 } else { unit.space_before };
        if !empty {
            // The chain of units that must stay with this one, measured from this one's top.
            let mut chain = space + unit.height;
            let mut j = i;
            while units[j].keep_with_next && j + 1 < units.len() && chain <= avail {
                j += 1;
                chain += units[j].space_before + units[j].height;
            }
            let fits_here = y + space + unit.height <= avail;
            // A chain longer than a page is broken anyway; only then is a lone unit placed.
            let chain_fits_a_page = chain - space <= avail;
            if !fits_here || (chain_fits_a_page && y + chain > avail) {
                pages.push(Page::default());
                y = 0.0;
                empty = true;
            }
        }
        let space = if empty { 0.0 } else { unit.space_before };
        let top = CONTENT_TOP + y + space;
        if let Some(page) = pages.last_mut() {
            page.ops.extend(unit.ops.iter().cloned().map(|op| op.shifted(top)));
        }
        y += space + unit.height;
        empty = false;
    }
    (pages, elems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use meldwijzer_document::Section;

    /// Per page, the structure element of every text line, in order.
    fn lines_per_page(doc: &Document) -> (Vec<Vec<usize>>, Vec<Elem>) {
        let fonts = Fonts::load().unwrap();
        let (pages, elems) = pages(doc, &fonts);
        let per_page = pages
            .iter()
            .map(|p| {
                let mut seen: Vec<(f32, usize)> = Vec::new();
                for op in &p.ops {
                    if let Op::Text { y, elem, .. } = op {
                        // Bullets and labels share a line with their text: count lines once.
                        if !seen.iter().any(|&(sy, se)| (sy - y).abs() < 0.01 && se == *elem) {
                            seen.push((*y, *elem));
                        }
                    }
                }
                seen.into_iter().map(|(_, e)| e).collect()
            })
            .collect();
        (per_page, elems)
    }

    fn doc(lengths: &[usize]) -> Document {
        Document {
            lang: "nl".into(),
            title: "Titel".into(),
            subtitle: String::new(),
            marking: String::new(),
            sections: lengths
                .chunks(3)
                .enumerate()
                .map(|(i, chunk)| Section {
                    heading: format!("Kop {i}"),
                    blocks: chunk
                        .iter()
                        .enumerate()
                        .map(|(j, &n)| {
                            // About n lines: 14 words of 5 letters fill a line.
                            let text = "woord ".repeat(n * 14);
                            match j {
                                0 => Block::Paragraph(text),
                                1 => Block::Bullets(vec![text, "kort".into()]),
                                _ => Block::Note(text),
                            }
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn no_heading_ends_a_page_and_no_block_leaves_one_line_behind() {
        let mut checked_splits = 0;
        for seed in 1..40_usize {
            let lengths: Vec<usize> = (0..30).map(|i| 1 + (i * seed + seed * seed) % 9).collect();
            let (pages, elems) = lines_per_page(&doc(&lengths));
            assert!(pages.len() > 2, "seed {seed}");
            for (p, lines) in pages.iter().enumerate() {
                let last = *lines.last().unwrap();
                if p + 1 < pages.len() {
                    assert!(!matches!(elems[last].kind, ElemKind::Heading | ElemKind::Title), "seed {seed} page {p}");
                }
                // An element that continues from or onto another page has at least two lines here.
                for (i, &e) in lines.iter().enumerate() {
                    let here = lines.iter().filter(|&&x| x == e).count();
                    let elsewhere = pages.iter().enumerate().any(|(q, l)| q != p && l.contains(&e));
                    if elsewhere && i == lines.iter().position(|&x| x == e).unwrap() {
                        checked_splits += 1;
                        assert!(
                            here >= 2,
                            "seed {seed} page {p}: element {e} ({:?}) has {here} line(s) here",
                            elems[e].kind
                        );
                    }
                }
            }
        }
        assert!(checked_splits > 50, "only {checked_splits} blocks were split over pages");
    }

    #[test]
    fn every_element_has_a_parent_before_it() {
        let (_, elems) = lines_per_page(&doc(&[3, 2, 5, 1, 1, 7]));
        for (i, e) in elems.iter().enumerate() {
            if let Some(p) = e.parent {
                assert!(p < i);
            }
        }
    }
}
