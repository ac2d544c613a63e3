//! Fonts, text cleaning and line breaking.
//!
//! Widths are measured with the embedded font's own advance widths (read with skrifa), and
//! the same glyphs and advances are later handed to krilla, so what was measured is exactly
//! what is drawn. No shaping: Latin text needs none, and leaving out kerning keeps the
//! measurement and the drawing trivially the same.

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider};

use crate::PdfError;

pub(crate) static REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
pub(crate) static BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");

/// Shown instead of a character the fonts cannot draw.
const REPLACEMENT: char = '\u{FFFD}';
/// Used when the fonts lack even [`REPLACEMENT`].
const FALLBACK: char = '?';
/// A break opportunity that takes no room (zero width space); kept by [`Fonts::clean`].
const ZWSP: char = '\u{200B}';

/// One font face: its character map and advance widths, in em.
pub(crate) struct Face {
    charmap: skrifa::charmap::Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    upem: f32,
    /// Ascender and descender (positive, downwards), in em.
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
}

impl Face {
    fn new(data: &'static [u8]) -> Result<Face, PdfError> {
        let font = FontRef::from_index(data, 0).map_err(|_| PdfError::Font)?;
        let m = font.metrics(Size::unscaled(), LocationRef::default());
        let upem = f32::from(m.units_per_em);
        if upem <= 0.0 {
            return Err(PdfError::Font);
        }
        Ok(Face {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            upem,
            ascent: m.ascent / upem,
            descent: -m.descent / upem,
        })
    }

    /// The glyph for `ch` and its advance in em, if the face has one.
    pub(crate) fn glyph(&self, ch: char) -> Option<(GlyphId, f32)> {
        let gid = self.charmap.map(ch)?;
        if gid == GlyphId::NOTDEF {
            return None;
        }
        let advance = self.metrics.advance_width(gid).unwrap_or(0.0) / self.upem;
        Some((gid, advance))
    }

    /// Advance of one character in em; characters without a glyph (never present after
    /// [`Fonts::clean`], except the zero width space) take no room.
    fn advance(&self, ch: char) -> f32 {
        self.glyph(ch).map_or(0.0, |(_, a)| a)
    }

    /// Width of `text` at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }
}

/// The two weights the layout uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

pub(crate) struct Fonts {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
    replacement: char,
}

impl Fonts {
    pub(crate) fn load() -> Result<Fonts, PdfError> {
        let regular = Face::new(REGULAR)?;
        let bold = Face::new(BOLD)?;
        let both = |c: char| regular.glyph(c).is_some() && bold.glyph(c).is_some();
        let replacement = if both(REPLACEMENT) { REPLACEMENT } else { FALLBACK };
        if !both(replacement) || !both(' ') {
            return Err(PdfError::Font);
        }
        Ok(Fonts { regular, bold, replacement })
    }

    pub(crate) fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Text made safe to lay out: every line break spelled `\n`, tabs as spaces, control and
    /// invisible formatting characters dropped, and every character that either weight
    /// cannot draw replaced by U+FFFD (or `?`), so the PDF's text says what the page shows.
    pub(crate) fn clean(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                }
                '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
                '\t' => out.push(' '),
                ZWSP => out.push(ZWSP),
                c if is_invisible(c) => {}
                c if self.regular.glyph(c).is_some() && self.bold.glyph(c).is_some() => out.push(c),
                _ => out.push(self.replacement),
            }
        }
        out
    }
}

/// Control characters, bidi controls, joiners, the soft hyphen, variation selectors, the
/// byte order mark and other characters that have no place in a printed line.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{180E}'
            | '\u{200C}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E0FFF}')
}

/// Marks that sit on the character before them; a line never starts with one.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Spaces that separate words; the no-break spaces (U+00A0, U+2007, U+202F) are not among them.
fn is_break_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || (c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}'))
}

/// Where a word wider than a line (a URL, a file path, an e-mail address) may be broken, the
/// way style guides break URLs: after `:` `?` `&` `=` `#` `@` `;` `+`, before `/` `.` `-`
/// `_` `~` `,` `\\` (so a line never ends in a hyphen that reads as hyphenation), and
/// never inside `//`.
fn is_soft_break(before: char, after: char) -> bool {
    matches!(before, ':' | '?' | '&' | '=' | '#' | '@' | ';' | '+' | '|') && after != '/'
        || matches!(after, '/' | '.' | '-' | '_' | '~' | ',' | '\\') && before != '/' && before != ':'
}

/// A URL, e-mail address or path: not broken at its hyphens like an ordinary word.
fn is_address(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || word.contains('@') || word.contains('/') || word.contains('\\')
}

/// A piece of text between two break opportunities.
struct Token<'a> {
    text: &'a str,
    /// Whether a space separates it from the token before (otherwise it follows directly,
    /// as after a hyphen or a zero width space).
    spaced: bool,
}

/// Splits one hard line of cleaned text at spaces, at zero width spaces and after a hyphen
/// between letters (except in addresses).
fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut spaced = false;
    let mut bounds = line.char_indices().filter(|&(_, c)| is_break_space(c) || c == ZWSP).peekable();
    let mut pos = 0;
    loop {
        let (end, sep) = match bounds.next() {
            Some((i, c)) => (i, Some(c)),
            None => (line.len(), None),
        };
        let word = &line[pos..end];
        if !word.is_empty() {
            let mut from = 0;
            if !is_address(word) {
                let chars: Vec<(usize, char)> = word.char_indices().collect();
                for w in chars.windows(3) {
                    let [(_, a), (i, h), (_, b)] = [w[0], w[1], w[2]];
                    if matches!(h, '-' | '\u{2010}') && a.is_alphabetic() && b.is_alphabetic() {
                        let cut = i + h.len_utf8();
                        out.push(Token { text: &word[from..cut], spaced: spaced && from == 0 });
                        from = cut;
                    }
                }
            }
            out.push(Token { text: &word[from..], spaced: spaced && from == 0 });
            spaced = false;
        }
        match sep {
            Some(c) => {
                if c != ZWSP && !out.is_empty() {
                    spaced = true;
                }
                pos = end + c.len_utf8();
            }
            None => break,
        }
    }
    out
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// The line's text; a line broken at a space ends with that space.
    pub(crate) text: String,
    /// The width of the text without that final space.
    pub(crate) width: f32,
    /// The text had a blank line before this one (a paragraph break inside a block).
    pub(crate) gap_before: bool,
}

/// Breaks cleaned `text` into lines no wider than `max` points at `size` points: greedy,
/// at spaces and after hyphens; a word wider than a line is broken after punctuation such
/// as `/` or `-` where that fills at least a third of the line, otherwise between
/// characters. Blank lines in the text become `gap_before` on the next line.
pub(crate) fn wrap(text: &str, face: &Face, size: f32, max: f32) -> Vec<Line> {
    let max = max.max(size); // at least one character always fits
    let space = face.advance(' ') * size;
    let mut lines = Vec::new();
    let mut gap = false;
    for hard in text.split('\n') {
        let toks = tokens(hard);
        if toks.is_empty() {
            gap = !lines.is_empty();
            continue;
        }
        let mut cur = String::new();
        let mut cur_w = 0.0_f32;
        let flush = |cur: &mut String, cur_w: &mut f32, lines: &mut Vec<Line>, gap: &mut bool| {
            lines.push(Line { text: std::mem::take(cur), width: *cur_w, gap_before: *gap });
            *cur_w = 0.0;
            *gap = false;
        };
        for tok in toks {
            let w = face.width(tok.text, size);
            let sep = if cur.is_empty() || !tok.spaced { 0.0 } else { space };
            if cur_w + sep + w <= max + 0.001 {
                if sep > 0.0 {
                    cur.push(' ');
                }
                cur.push_str(tok.text);
                cur_w += sep + w;
                continue;
            }
            if !cur.is_empty() {
                if tok.spaced {
                    // The line ends at a space: keep it (not measured, never seen) so that
                    // text extraction and screen readers do not glue the two words together.
                    cur.push(' ');
                }
                flush(&mut cur, &mut cur_w, &mut lines, &mut gap);
            }
            if w <= max + 0.001 {
                cur.push_str(tok.text);
                cur_w = w;
                continue;
            }
            let mut pieces = split_long(tok.text, face, size, max);
            let last = pieces.pop();
            for (piece, pw) in pieces {
                cur = piece;
                cur_w = pw;
                flush(&mut cur, &mut cur_w, &mut lines, &mut gap);
            }
            if let Some((piece, pw)) = last {
                cur = piece;
                cur_w = pw;
            }
        }
        if !cur.is_empty() {
            flush(&mut cur, &mut cur_w, &mut lines, &mut gap);
        }
    }
    lines
}

/// Breaks one word that is wider than `max` into pieces that each fit.
fn split_long(word: &str, face: &Face, size: f32, max: f32) -> Vec<(String, f32)> {
    let chars: Vec<(char, f32)> = word.chars().map(|c| (c, face.advance(c) * size)).collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut w = 0.0;
        let mut end = start;
        while end < chars.len() && w + chars[end].1 <= max + 0.001 {
            w += chars[end].1;
            end += 1;
        }
        if end < chars.len() {
            // Prefer breaking after punctuation, if that keeps a third of the line filled.
            let mut filled = 0.0;
            let mut soft = None;
            for k in start + 1..=end {
                filled += chars[k - 1].1;
                if filled >= max / 3.0 && is_soft_break(chars[k - 1].0, chars[k].0) {
                    soft = Some(k);
                }
            }
            if let Some(s) = soft {
                end = s;
            }
            while end > start + 1 && is_combining(chars[end].0) {
                end -= 1;
            }
            if end == start {
                end = start + 1;
            }
        }
        let piece: String = chars[start..end].iter().map(|&(c, _)| c).collect();
        let pw = chars[start..end].iter().map(|&(_, cw)| cw).sum();
        out.push((piece, pw));
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().unwrap()
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn fonts_cover_dutch_text_and_typography() {
        let f = fonts();
        let s = "ëïéèöüÉ‘’“”—–€ĳ…•";
        assert_eq!(f.clean(s), s);
    }

    #[test]
    fn clean_drops_controls_and_replaces_missing_characters() {
        let f = fonts();
        assert_eq!(f.clean("a\r\nb\rc\u{2028}d\te\u{0}f\u{7}g\u{AD}h\u{202E}i\u{FEFF}"), "a\nb\nc\nd efghi");
        let replaced = f.clean("漢字 🙂");
        assert_eq!(replaced.chars().filter(|&c| c == f.replacement).count(), 3, "{replaced}");
    }

    #[test]
    fn lines_break_at_spaces_and_fit() {
        let f = fonts();
        let text = "De leerling trok de mouw snel omlaag toen ik naar de blauwe plek vroeg.";
        let lines = wrap(text, &f.regular, 10.0, 120.0);
        assert!(lines.len() > 2);
        for (i, l) in lines.iter().enumerate() {
            assert!(l.width <= 120.001, "{l:?}");
            assert!((f.regular.width(l.text.trim_end(), 10.0) - l.width).abs() < 0.01);
            assert!(!l.text.starts_with(' '));
            assert_eq!(l.text.ends_with(' '), i + 1 < lines.len(), "{l:?}");
        }
        assert_eq!(texts(&lines).concat(), text);
    }

    #[test]
    fn hyphens_and_long_words_break() {
        let f = fonts();
        let lines = wrap("zorg-coördinator", &f.regular, 10.0, 60.0);
        assert_eq!(texts(&lines), ["zorg-", "coördinator"]);
        let url = "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode/stappenplan";
        let lines = wrap(url, &f.regular, 10.0, 150.0);
        assert!(lines.len() > 1);
        assert_eq!(texts(&lines).concat(), url);
        assert!(lines.iter().all(|l| l.width <= 150.001));
        for l in &lines[..lines.len() - 1] {
            assert!(!l.text.ends_with(['-', '/', '.']), "address broken after {l:?}");
        }
        let name = "W".repeat(200);
        let lines = wrap(&name, &f.bold, 10.0, 100.0);
        assert_eq!(texts(&lines).concat(), name);
        assert!(lines.iter().all(|l| l.width <= 100.001));
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let f = fonts();
        let word = "e\u{301}".repeat(100);
        for l in wrap(&word, &f.regular, 10.0, 50.0) {
            assert!(!l.text.starts_with('\u{301}'), "{l:?}");
        }
    }

    #[test]
    fn blank_lines_become_gaps_and_spaces_collapse() {
        let f = fonts();
        let lines = wrap("een  twee\n\n\ndrie\nvier\n", &f.regular, 10.0, 400.0);
        assert_eq!(texts(&lines), ["een twee", "drie", "vier"]);
        assert_eq!(lines.iter().map(|l| l.gap_before).collect::<Vec<_>>(), [false, true, false]);
        assert!(wrap(" \n\t\n", &f.regular, 10.0, 400.0).is_empty());
    }
}
