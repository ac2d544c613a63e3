//! An output document as plain structure.
//!
//! Every output Meldwijzer produces (the adviesvraag for Veilig Thuis, the step report for
//! the client file, the notes for the HIS and the leerlingdossier, the handover note, the
//! plain-language summary) is first built as a [`Document`]: headings, paragraphs, lists and
//! label/value pairs whose texts are already localised. The same document is then rendered
//! as plain text (here, for copying and pasting into other systems) or as a PDF
//! (`meldwijzer-pdf`). Keeping one structure means the text and the PDF can never say
//! different things.
//!
//! This crate knows no case model, no Fluent and no IO.

use serde::Serialize;

/// A whole output, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Document {
    /// BCP 47 language of the texts (`nl`, `en`).
    pub lang: String,
    /// The document's title, e.g. "Adviesvraag voor Veilig Thuis".
    pub title: String,
    /// A line under the title (the alias, a date); may be empty.
    pub subtitle: String,
    /// A confidentiality or training mark shown on every page ("Vertrouwelijk",
    /// "OEFENCASUS — fictief"); empty for none.
    pub marking: String,
    pub sections: Vec<Section>,
}

/// A headed part of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// One block of content inside a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph of running text; may contain line breaks.
    Paragraph(String),
    /// A bulleted list; each item may contain line breaks.
    Bullets(Vec<String>),
    /// Label/value pairs, e.g. "Datum: 12 november 2026".
    Fields(Vec<Field>),
    /// A remark set apart from the text (a warning, a hint, "hypothese").
    Note(String),
}

/// A label and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Field {
    pub label: String,
    pub value: String,
}

impl Field {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Field {
        Field { label: label.into(), value: value.into() }
    }
}

impl Document {
    /// The document as plain text that pastes cleanly into any system (HIS, ParnasSys,
    /// Magister, e-mail): no markup, `- ` bullets, `Label: value` lines, one blank line
    /// between blocks, headings in their own line, `\n` line ends and a final newline.
    pub fn to_plain_text(&self) -> String {
        let mut out = String::new();
        if !self.marking.is_empty() {
            out.push_str(&self.marking);
            out.push_str("\n\n");
        }
        out.push_str(&self.title);
        out.push('\n');
        if !self.subtitle.is_empty() {
            out.push_str(&self.subtitle);
            out.push('\n');
        }
        for section in &self.sections {
            out.push('\n');
            out.push_str(&section.heading);
            out.push('\n');
            for (i, block) in section.blocks.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                match block {
                    Block::Paragraph(text) => push_line(&mut out, "", text),
                    Block::Note(text) => push_line(&mut out, "", text),
                    Block::Bullets(items) => {
                        for item in items {
                            push_line(&mut out, "- ", item);
                        }
                    }
                    Block::Fields(fields) => {
                        for f in fields {
                            push_line(&mut out, &format!("{}: ", f.label), &f.value);
                        }
                    }
                }
            }
        }
        out
    }
}

/// Pushes `prefix` + `text` with continuation lines indented under the prefix,
/// carriage returns dropped and trailing spaces trimmed.
fn push_line(out: &mut String, prefix: &str, text: &str) {
    let indent = " ".repeat(prefix.chars().count().min(2));
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.trim_end().split('\n').enumerate() {
        if i == 0 {
            out.push_str(prefix);
        } else {
            out.push_str(&indent);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            lang: "nl".into(),
            title: "Adviesvraag voor Veilig Thuis".into(),
            subtitle: "Casus Zonnebloem".into(),
            marking: "Vertrouwelijk".into(),
            sections: vec![
                Section {
                    heading: "Over de situatie".into(),
                    blocks: vec![
                        Block::Fields(vec![Field::new("Leeftijd", "7 jaar")]),
                        Block::Bullets(vec!["blauwe plek op de arm\r\nlinks".into(), "zegt: \"papa\"".into()]),
                        Block::Paragraph("Wat is jullie advies?  ".into()),
                    ],
                },
                Section { heading: "Bellen".into(), blocks: vec![Block::Note("Veilig Thuis".into())] },
            ],
        }
    }

    #[test]
    fn plain_text_has_every_part_in_order_without_markup() {
        let expected = "Vertrouwelijk\n\nAdviesvraag voor Veilig Thuis\nCasus Zonnebloem\n\n\
Over de situatie\nLeeftijd: 7 jaar\n\n- blauwe plek op de arm\n  links\n- zegt: \"papa\"\n\n\
Wat is jullie advies?\n\nBellen\nVeilig Thuis\n";
        assert_eq!(doc().to_plain_text(), expected);
    }

    #[test]
    fn no_marking_no_subtitle_means_no_empty_lines_for_them() {
        let mut d = doc();
        d.marking.clear();
        d.subtitle.clear();
        assert!(d.to_plain_text().starts_with("Adviesvraag voor Veilig Thuis\n\nOver de situatie\n"));
    }
}
