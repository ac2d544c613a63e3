//! The user guide (`docs/guide/<lang>/guide.md`), embedded in the binary so "Hulp" works
//! without internet, and cut into sections the UI shows in a dialog.
//!
//! The Markdown is kept simple on purpose: `# ` the title, `## Title {#id}` a section, blank
//! lines between paragraphs, `- ` or `1. ` list items, `![alt](path)` a screenshot (for the
//! guide as files; the app shows the text only, to keep the binary small), `**` for emphasis
//! (dropped here). Section ids are the same in every language: `stap-<step id>` for the five
//! steps, and `eerste-keer`, `casus-starten`, `adviesvraag`, `afsluiten`, `oefenmodus`, `kluis`.

use crate::dto::{GuideBlock, GuideSection, GuideView};

const GUIDE_NL: &str = include_str!("../../../docs/guide/nl/guide.md");
const GUIDE_EN: &str = include_str!("../../../docs/guide/en/guide.md");

/// The guide in `lang` (`nl` for any language without its own guide).
pub fn guide(lang: &str) -> GuideView {
    let (lang, text) = match lang {
        "en" => ("en", GUIDE_EN),
        _ => ("nl", GUIDE_NL),
    };
    parse(lang, text)
}

/// Cuts a guide's Markdown into its title and sections.
pub fn parse(lang: &str, text: &str) -> GuideView {
    let mut title = String::new();
    let mut sections: Vec<GuideSection> = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();

    fn flush(paragraph: &mut Vec<&str>, sections: &mut [GuideSection]) {
        if paragraph.is_empty() {
            return;
        }
        let text = plain(&paragraph.join(" "));
        paragraph.clear();
        if let Some(section) = sections.last_mut() {
            section.blocks.push(GuideBlock { kind: "p".into(), text });
        }
    }

    for line in text.lines() {
        let line = line.trim_end();
        if let Some(rest) = line.strip_prefix("## ") {
            flush(&mut paragraph, &mut sections);
            let (heading, id) = match rest.rsplit_once("{#") {
                Some((heading, id)) => (heading.trim(), id.trim_end_matches('}').trim()),
                None => (rest.trim(), ""),
            };
            sections.push(GuideSection { id: id.to_string(), title: plain(heading), blocks: Vec::new() });
        } else if let Some(rest) = line.strip_prefix("# ") {
            flush(&mut paragraph, &mut sections);
            title = plain(rest.trim());
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut sections);
        } else if let Some(item) = list_item(line) {
            flush(&mut paragraph, &mut sections);
            if let Some(section) = sections.last_mut() {
                section.blocks.push(GuideBlock { kind: "li".into(), text: plain(item) });
            }
        } else if line.starts_with("![") {
            flush(&mut paragraph, &mut sections);
        } else if line.starts_with("  ") && paragraph.is_empty() {
            // The continuation of a list item.
            if let Some(block) = sections.last_mut().and_then(|s| s.blocks.last_mut()) {
                block.text.push(' ');
                block.text.push_str(&plain(line.trim()));
            }
        } else {
            paragraph.push(line.trim());
        }
    }
    flush(&mut paragraph, &mut sections);
    GuideView { language: lang.to_string(), title, sections }
}

fn list_item(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix("- ") {
        return Some(rest.trim());
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        return line[digits..].strip_prefix(". ").map(str::trim);
    }
    None
}

/// The text without Markdown emphasis.
fn plain(text: &str) -> String {
    text.replace("**", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_paragraphs_and_list_items() {
        let g = parse(
            "nl",
            "# Titel\n\nIntro.\n\n## Eerste {#een}\n\nEen **zin**\nloopt door.\n\n- punt een\n  gaat verder\n1. punt twee\n\n![plaatje](../img/x.png)\n\n## Tweede {#twee}\nTekst.\n",
        );
        assert_eq!(g.title, "Titel");
        assert_eq!(g.sections.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["een", "twee"]);
        let texts: Vec<(&str, &str)> =
            g.sections[0].blocks.iter().map(|b| (b.kind.as_str(), b.text.as_str())).collect();
        assert_eq!(texts, [("p", "Een zin loopt door."), ("li", "punt een gaat verder"), ("li", "punt twee")]);
        assert_eq!(g.sections[1].title, "Tweede");
    }
}
