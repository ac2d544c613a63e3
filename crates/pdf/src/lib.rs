//! A [`Document`] as an A4 PDF.
//!
//! [`render`] lays the document out (title, subtitle, section headings, paragraphs, bullet
//! lists with a hanging indent, label/value fields, notes set apart in a tinted box), wraps
//! lines with the embedded font's own advance widths, breaks pages without leaving a heading
//! or a single line behind, and puts the document's marking at the top and "page n of m" at
//! the bottom of every page. The font is Noto Sans (SIL Open Font License, `fonts/OFL.txt`),
//! regular and bold, embedded and subsetted to the glyphs used by krilla.
//!
//! The PDF is tagged for screen readers and reflow: the title is H1, each section a Sect
//! with an H2, paragraphs, notes and the subtitle are P, bullets and fields are lists (L, LI
//! with Lbl and LBody); the marking, the rules, the note boxes and the page numbers are
//! artifacts. A line broken at a space keeps that space, so extracted words never run together.
//!
//! The PDF's metadata holds no case content: the title is the fixed word "Meldwijzer", the
//! language is the document's, and there is no author, subject, keyword or date. The same
//! input gives the same bytes.
//!
//! This crate knows only `meldwijzer-document`: no Fluent (localised labels come in through
//! [`PdfLabels`]), no IO, no clock.

mod layout;
mod text;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::SerializeSettings;
use meldwijzer_document::Document;

use crate::layout::{Elem, ElemKind, Op, Page, Rgb};
use crate::text::{Face, Fonts, Weight};

/// The most pages one PDF may have. A document that needs more is refused rather than
/// turned into a file nobody can use (or one that eats the memory of the machine).
pub const MAX_PAGES: usize = 500;

/// The fixed title in the PDF's metadata; never the document's own title.
const METADATA_TITLE: &str = "Meldwijzer";

/// Why a document could not be rendered. No variant holds any of the document's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// The embedded font could not be read (a broken build, never the input).
    #[error("the embedded font could not be read")]
    Font,
    /// The document needs more than [`MAX_PAGES`] pages.
    #[error("the document needs {pages} pages, more than the {max} a PDF may have")]
    TooManyPages { pages: usize, max: usize },
    /// The PDF writer refused the content.
    #[error("the PDF could not be written")]
    Write,
}

/// Localised texts the PDF needs besides the document's own.
pub struct PdfLabels<'a> {
    page_of: Box<dyn Fn(usize, usize) -> String + 'a>,
}

impl<'a> PdfLabels<'a> {
    /// `page_of(n, total)` gives the page number line, e.g. "Pagina 1 van 3"; `n` counts from 1.
    pub fn new(page_of: impl Fn(usize, usize) -> String + 'a) -> PdfLabels<'a> {
        PdfLabels { page_of: Box::new(page_of) }
    }
}

impl std::fmt::Debug for PdfLabels<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfLabels").finish_non_exhaustive()
    }
}

/// Renders `document` as A4 PDF bytes.
pub fn render(document: &Document, labels: &PdfLabels<'_>) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let (pages, elems) = layout::pages(document, &fonts);
    if pages.len() > MAX_PAGES {
        return Err(PdfError::TooManyPages { pages: pages.len(), max: MAX_PAGES });
    }
    let regular = Font::new(text::REGULAR.into(), 0).ok_or(PdfError::Font)?;
    let bold = Font::new(text::BOLD.into(), 0).ok_or(PdfError::Font)?;
    let pdf_fonts = PdfFonts { fonts: &fonts, regular, bold };

    let settings = SerializeSettings { enable_tagging: true, ..SerializeSettings::default() };
    let mut pdf = krilla::Document::new_with(settings);
    let lang = is_language_tag(&document.lang).then(|| document.lang.clone());
    let mut metadata = Metadata::new().title(METADATA_TITLE.to_owned());
    if let Some(lang) = &lang {
        metadata = metadata.language(lang.clone());
    }
    pdf.set_metadata(metadata);
    let mut tags = Tags::new(&elems);

    let marking = one_line(&fonts, Weight::Bold, &document.marking);
    let total = pages.len();
    let size = PageSettings::from_wh(layout::PAGE_W, layout::PAGE_H).ok_or(PdfError::Write)?;
    for (i, page) in pages.iter().enumerate() {
        let mut pdf_page = pdf.start_page_with(size.clone());
        let mut surface = pdf_page.surface();
        draw_page(&mut surface, &pdf_fonts, &mut tags, page, marking.as_deref(), &(labels.page_of)(i + 1, total));
        surface.finish();
        pdf_page.finish();
    }
    pdf.set_tag_tree(tags.into_tree(lang));
    pdf.finish().map_err(|_| PdfError::Write)
}

/// The tag tree under construction: each structure element's children, elements from the
/// layout and pieces of page content added as they are drawn.
struct Tags<'e> {
    elems: &'e [Elem],
    children: Vec<Vec<Child>>,
    roots: Vec<usize>,
}

enum Child {
    Elem(usize),
    Content(Identifier),
}

impl<'e> Tags<'e> {
    fn new(elems: &'e [Elem]) -> Tags<'e> {
        let mut children: Vec<Vec<Child>> = elems.iter().map(|_| Vec::new()).collect();
        let mut roots = Vec::new();
        for (i, e) in elems.iter().enumerate() {
            match e.parent {
                Some(p) if p < i => children[p].push(Child::Elem(i)),
                _ => roots.push(i),
            }
        }
        Tags { elems, children, roots }
    }

    fn add(&mut self, elem: usize, id: Identifier) {
        if let Some(c) = self.children.get_mut(elem) {
            c.push(Child::Content(id));
        }
    }

    fn group(&mut self, elem: usize) -> TagGroup {
        let kind: TagKind = match self.elems[elem].kind {
            ElemKind::Title => Tag::Hn(std::num::NonZeroU16::MIN, None).into(),
            ElemKind::Heading => Tag::Hn(std::num::NonZeroU16::MIN.saturating_add(1), None).into(),
            ElemKind::Paragraph => Tag::P.into(),
            ElemKind::Section => Tag::Section.into(),
            ElemKind::Bullets => Tag::L(ListNumbering::Disc).into(),
            ElemKind::Fields => Tag::L(ListNumbering::None).into(),
            ElemKind::Item => Tag::LI.into(),
            ElemKind::Label => Tag::Lbl.into(),
            ElemKind::Body => Tag::LBody.into(),
        };
        let mut group = TagGroup::new(kind);
        for child in std::mem::take(&mut self.children[elem]) {
            match child {
                Child::Elem(e) => group.push(self.group(e)),
                Child::Content(id) => group.push(id),
            }
        }
        group
    }

    fn into_tree(mut self, lang: Option<String>) -> TagTree {
        let roots = std::mem::take(&mut self.roots);
        let nodes: Vec<Node> = roots.into_iter().map(|r| Node::from(self.group(r))).collect();
        TagTree::from(nodes).with_lang(lang)
    }
}

/// `text` as one line of at most the content width in the small size, cut with an ellipsis
/// if it is longer; `None` if nothing printable is left.
fn one_line(fonts: &Fonts, weight: Weight, text: &str) -> Option<String> {
    let face = fonts.face(weight);
    let clean = fonts.clean(text).replace('\n', " ");
    let lines = text::wrap(&clean, face, layout::SMALL, layout::CONTENT_W);
    let mut line = lines.first()?.text.trim_end().to_owned();
    if lines.len() > 1 {
        let ellipsis = face.width("…", layout::SMALL);
        while !line.is_empty() && face.width(&line, layout::SMALL) + ellipsis > layout::CONTENT_W {
            line.pop();
        }
        line = line.trim_end().to_owned();
        line.push('…');
    }
    Some(line)
}

/// A BCP 47-shaped tag (letters, digits, hyphens; at most 35 characters), or nothing.
fn is_language_tag(lang: &str) -> bool {
    !lang.is_empty() && lang.len() <= 35 && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

struct PdfFonts<'f> {
    fonts: &'f Fonts,
    regular: Font,
    bold: Font,
}

fn draw_page(
    surface: &mut krilla::surface::Surface<'_>,
    fonts: &PdfFonts<'_>,
    tags: &mut Tags<'_>,
    page: &Page,
    marking: Option<&str>,
    page_of: &str,
) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Header)));
    if let Some(marking) = marking {
        draw_text(
            surface,
            fonts,
            layout::MARGIN_X,
            layout::HEADER_BASELINE,
            Weight::Bold,
            layout::SMALL,
            layout::TEXT,
            marking,
        );
    }
    let rule_y = layout::HEADER_BASELINE + 9.0;
    fill_rect(surface, layout::MARGIN_X, rule_y, layout::CONTENT_W, 0.6, layout::RULE);
    surface.end_tagged();
    for op in &page.ops {
        match op {
            Op::Text { x, y, weight, size, color, text, elem } => {
                let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                draw_text(surface, fonts, *x, *y, *weight, *size, *color, text);
                surface.end_tagged();
                tags.add(*elem, id);
            }
            Op::Rect { x, y, w, h, color } => {
                surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Other)));
                fill_rect(surface, *x, *y, *w, *h, *color);
                surface.end_tagged();
            }
        }
    }
    if let Some(page_of) = one_line(fonts.fonts, Weight::Regular, page_of) {
        let width = fonts.fonts.regular.width(&page_of, layout::SMALL);
        let x = layout::MARGIN_X + layout::CONTENT_W - width;
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer)));
        draw_text(surface, fonts, x, layout::FOOTER_BASELINE, Weight::Regular, layout::SMALL, layout::MUTED, &page_of);
        surface.end_tagged();
    }
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn fill_rect(surface: &mut krilla::surface::Surface<'_>, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
    let Some(rect) = Rect::from_xywh(x, y, w, h) else { return };
    let mut pb = PathBuilder::new();
    pb.push_rect(rect);
    if let Some(path) = pb.finish() {
        surface.set_fill(Some(fill(color)));
        surface.draw_path(&path);
    }
}

/// Draws one line of cleaned text with its baseline at `y`: one glyph per character, with
/// the advances the layout measured, each glyph mapped back to its character for copying
/// and text extraction.
#[allow(clippy::too_many_arguments)]
fn draw_text(
    surface: &mut krilla::surface::Surface<'_>,
    fonts: &PdfFonts<'_>,
    x: f32,
    y: f32,
    weight: Weight,
    size: f32,
    color: Rgb,
    text: &str,
) {
    let (face, font): (&Face, &Font) = match weight {
        Weight::Regular => (&fonts.fonts.regular, &fonts.regular),
        Weight::Bold => (&fonts.fonts.bold, &fonts.bold),
    };
    let glyphs: Vec<KrillaGlyph> = text
        .char_indices()
        .filter_map(|(i, c)| {
            let (gid, advance) = face.glyph(c)?;
            Some(KrillaGlyph {
                glyph_id: GlyphId::new(gid.to_u32()),
                text_range: i..i + c.len_utf8(),
                x_advance: advance,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            })
        })
        .collect();
    if glyphs.is_empty() {
        return;
    }
    surface.set_fill(Some(fill(color)));
    surface.draw_glyphs(Point::from_xy(x, y), &glyphs, font.clone(), text, size, false);
}
