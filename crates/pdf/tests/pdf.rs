//! The PDF as a reader and poppler see it: text extracted with `pdftotext` in reading order,
//! page size, page count and metadata from `pdfinfo`, fonts from `pdffonts`, and odd inputs
//! that must render without a panic.
//!
//! Rendered files and PNG pages for review land in `CARGO_TARGET_TMPDIR` (under the target
//! directory, never in git).

mod samples;

use std::path::{Path, PathBuf};
use std::process::Command;

use meldwijzer_document::{Block, Document, Field, Section};
use meldwijzer_pdf::{render, PdfError, PdfLabels, MAX_PAGES};

fn nl() -> PdfLabels<'static> {
    PdfLabels::new(|n, m| format!("Pagina {n} van {m}"))
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("meldwijzer-pdf");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `bytes` as `name.pdf` and returns its path.
fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let path = out_dir().join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out =
        Command::new(cmd).args(args).output().unwrap_or_else(|e| panic!("{cmd} (poppler-utils) not runnable: {e}"));
    assert!(out.status.success(), "{cmd} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pdftotext(path: &Path) -> String {
    run("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"])
}

fn pdfinfo(path: &Path) -> String {
    run("pdfinfo", &[path.to_str().unwrap()])
}

fn info_value<'a>(info: &'a str, key: &str) -> Option<&'a str> {
    info.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(':').map(str::trim))
}

fn pages(info: &str) -> usize {
    info_value(info, "Pages").unwrap().parse().unwrap()
}

/// `pdftotext` output with runs of whitespace as one space, so checks do not depend on
/// where lines were broken.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts that every needle occurs in `haystack`, in this order.
fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle) {
            Some(i) => from += i + needle.len(),
            None => panic!("{needle:?} not found (in order) in:\n{haystack}"),
        }
    }
}

/// Renders page `page` of `pdf` to `name-N.png` at 80 dpi for a person to look at.
fn png(pdf: &Path, name: &str, page: usize) {
    let prefix = out_dir().join(name);
    let p = page.to_string();
    run("pdftoppm", &["-png", "-r", "80", "-f", &p, "-l", &p, pdf.to_str().unwrap(), prefix.to_str().unwrap()]);
}

fn all_text(doc: &Document) -> Vec<String> {
    let mut out = vec![doc.title.clone(), doc.subtitle.clone(), doc.marking.clone()];
    for s in &doc.sections {
        out.push(s.heading.clone());
        for b in &s.blocks {
            match b {
                Block::Paragraph(t) | Block::Note(t) => out.push(t.clone()),
                Block::Bullets(items) => out.extend(items.iter().cloned()),
                Block::Fields(fields) => out.extend(fields.iter().flat_map(|f| [f.label.clone(), f.value.clone()])),
            }
        }
    }
    out
}

#[test]
fn adviesvraag_reads_back_in_order_with_dutch_characters() {
    let doc = samples::adviesvraag();
    let bytes = render(&doc, &nl()).unwrap();
    let path = write("adviesvraag", &bytes);
    let text = flat(&pdftotext(&path));
    let mut needles = vec![doc.title.as_str(), doc.subtitle.as_str()];
    needles.extend(doc.sections.iter().map(|s| s.heading.as_str()));
    assert_in_order(&text, &needles);
    // Sample texts in order, across blocks of every kind, with ë ï é ‘ ’ “ ” „ — € ·.
    assert_in_order(
        &text,
        &[
            "Naam Anouk de Vries-van ’t Hoff",
            "Relatie tot de cliënt Leerkracht van groep 4 sinds augustus",
            "• Meisje, 7 jaar, groep 4",
            "„papa werd heel boos, toen viel ik”",
            "Interpretatie, apart van de feiten:",
            "Moeder is geïnformeerd over één ‘wijkteamgesprek’ en over de “eigen bijdrage” van € 25 — die is geregeld.",
            "Acuut onveilig: nee, voor zover ik kan overzien.",
            "Veilig Thuis: 0800-2000, gratis en dag en nacht bereikbaar.",
        ],
    );
    // The long URL is broken over lines, not cut off.
    let url = "https://www.rijksoverheid.nl/documenten/brochures/2018/01/01/basisdocument-meldcode-huiselijk-geweld-en-kindermishandeling";
    assert!(text.replace(' ', "").contains(url), "{text}");
    let info = pdfinfo(&path);
    let n = pages(&info);
    assert!((2..=3).contains(&n), "{n} pages");
    for p in 1..=n {
        png(&path, "adviesvraag", p);
    }
    println!("adviesvraag: {} bytes, {n} pages", bytes.len());
}

#[test]
fn every_page_has_the_marking_and_page_n_of_m() {
    let doc = samples::long_report(12);
    let path = write("report", &render(&doc, &nl()).unwrap());
    let total = pages(&pdfinfo(&path));
    assert!(total >= 4, "{total}");
    let text = pdftotext(&path);
    let page_texts: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(page_texts.len(), total);
    for (i, page) in page_texts.iter().enumerate() {
        let page = flat(page);
        assert!(page.starts_with("Vertrouwelijk "), "page {}: {page}", i + 1);
        assert!(page.ends_with(&format!("Pagina {} van {total}", i + 1)), "page {}: {page}", i + 1);
    }
    png(&path, "report", 2);

    let en = PdfLabels::new(|n, m| format!("Page {n} of {m}"));
    let path = write("report-en", &render(&doc, &en).unwrap());
    assert!(flat(&pdftotext(&path)).contains(&format!("Page {total} of {total}")));
}

#[test]
fn a4_and_metadata_without_document_text() {
    let doc = samples::adviesvraag();
    let path = write("metadata", &render(&doc, &nl()).unwrap());
    let info = pdfinfo(&path);
    assert!(info_value(&info, "Page size").unwrap().starts_with("595.276 x 841.89 pts (A4)"), "{info}");
    assert_eq!(info_value(&info, "Title"), Some("Meldwijzer"));
    for key in ["Author", "Subject", "Keywords", "Creator", "CreationDate", "ModDate"] {
        assert_eq!(info_value(&info, key), None, "{key} in {info}");
    }
    // Neither the info dictionary nor the XMP metadata holds any of the document's words.
    let meta = run("pdfinfo", &["-meta", path.to_str().unwrap()]);
    let both = format!("{info}\n{meta}");
    for t in all_text(&doc) {
        for word in t.split_whitespace().filter(|w| w.chars().count() >= 5) {
            assert!(!both.contains(word), "metadata holds {word:?}:\n{both}");
        }
    }
    // One font family, embedded and subsetted, in two weights.
    let fonts = run("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        assert!(row.contains("+NotoSans-"), "{row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(&cols[cols.len() - 5..cols.len() - 2], ["yes", "yes", "yes"], "emb sub uni: {row}");
    }
}

#[test]
fn tagged_structure_follows_the_document() {
    let doc = samples::adviesvraag();
    let path = write("tagged", &render(&doc, &nl()).unwrap());
    assert_eq!(info_value(&pdfinfo(&path), "Tagged"), Some("yes"));
    let tree = run("pdfinfo", &["-struct-text", path.to_str().unwrap()]);
    let kinds: Vec<&str> = tree.lines().map(str::trim).filter_map(|l| l.split_whitespace().next()).collect();
    let count = |k: &str| kinds.iter().filter(|&&x| x == k).count();
    assert_eq!(count("H1"), 1, "{tree}");
    assert_eq!(count("H2"), doc.sections.len(), "{tree}");
    assert_eq!(count("Sect"), doc.sections.len(), "{tree}");
    let bullets: usize = doc
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .map(|b| match b {
            Block::Bullets(items) => items.len(),
            Block::Fields(fields) => fields.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(count("LI"), bullets, "{tree}");
    // Headings carry their text; header, rule, note boxes and page numbers are artifacts.
    let mut needles = vec![format!("\"{}\"", doc.title)];
    needles.extend(doc.sections.iter().map(|s| format!("\"{}\"", s.heading)));
    assert_in_order(&tree, &needles.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(!tree.contains("Vertrouwelijk") && !tree.contains("Pagina"), "{tree}");
    // A line broken at a space keeps the space, so words are not glued together.
    assert!(tree.contains("\"Maandag, dinsdag en donderdag tussen 8.00 en 16.30 uur via de \""), "{tree}");
}

#[test]
fn long_marking_and_page_label_stay_on_one_line() {
    let mut doc = samples::adviesvraag();
    doc.marking = "OEFENCASUS — fictief. ".repeat(30);
    let labels = PdfLabels::new(|n, m| format!("Pagina {n} van {m} ").repeat(40));
    let path = write("long-marking", &render(&doc, &labels).unwrap());
    let text = pdftotext(&path);
    let first_page = text.split('\u{c}').next().unwrap();
    let lines: Vec<&str> = first_page.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines[0].starts_with("OEFENCASUS — fictief. OEFENCASUS") && lines[0].ends_with('…'), "{lines:?}");
    assert_eq!(lines[1], doc.title, "{lines:?}");
    let last = lines[lines.len() - 1];
    assert!(last.starts_with("Pagina 1 van 3 Pagina 1 van 3") && last.ends_with('…'), "{lines:?}");
}

#[test]
fn same_input_same_bytes() {
    let doc = samples::adviesvraag();
    assert_eq!(render(&doc, &nl()).unwrap(), render(&doc, &nl()).unwrap());
}

#[test]
fn a_long_document_has_the_expected_page_count() {
    // A section of the long report is about 385 pt high (heading 43, two fields 43, a
    // seven-line paragraph 118, four two-line bullets 142, a one-line note 38), and a page
    // holds 686 pt: 1.8 sections a page, so 60 sections take about 34 pages.
    let doc = samples::long_report(60);
    let bytes = render(&doc, &nl()).unwrap();
    let path = write("long", &bytes);
    let n = pages(&pdfinfo(&path));
    assert!((31..=37).contains(&n), "{n} pages");
    // Adding sections never lowers the page count.
    let fewer = pages(&pdfinfo(&write("long-30", &render(&samples::long_report(30), &nl()).unwrap())));
    assert!(fewer < n && fewer * 2 >= n - 1 && fewer * 2 <= n + 1, "{fewer} vs {n}");
    let text = flat(&pdftotext(&path));
    let headings: Vec<String> = (1..=60).map(|i| format!("Stap {i}: signalen in kaart brengen")).collect();
    assert_in_order(&text, &headings.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn no_heading_is_left_alone_at_a_page_bottom() {
    // Headings every few lines, so that one would land at the bottom of most pages.
    for n in 1..=12 {
        let doc = Document {
            lang: "nl".into(),
            title: "Koppen".into(),
            subtitle: String::new(),
            marking: String::new(),
            sections: (0..40)
                .map(|i| Section {
                    heading: format!("Kop {i}"),
                    blocks: vec![Block::Paragraph("Een regel tekst die past. ".repeat(n + i % 5))],
                })
                .collect(),
        };
        let path = write("headings", &render(&doc, &nl()).unwrap());
        let text = pdftotext(&path);
        for page in text.split('\u{c}').filter(|p| !p.trim().is_empty()) {
            let lines: Vec<&str> = page.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            // The last line is the page number; the one before it must not be a heading.
            let before_footer = lines[lines.len() - 2];
            assert!(!before_footer.starts_with("Kop "), "heading at the bottom (n = {n}): {lines:?}");
        }
    }
}

fn doc_with(sections: Vec<Section>) -> Document {
    Document { lang: "nl".into(), title: "T".into(), subtitle: String::new(), marking: "M".into(), sections }
}

#[test]
fn odd_inputs_render_without_panic() {
    let long_word = "x".repeat(20_000);
    let controls: String = (0u8..32).map(char::from).chain(['\u{7f}', '\u{202e}', '\u{feff}', '\u{ad}']).collect();
    let cases: Vec<(&str, Document)> = vec![
        (
            "empty",
            Document {
                lang: String::new(),
                title: String::new(),
                subtitle: String::new(),
                marking: String::new(),
                sections: vec![],
            },
        ),
        (
            "empty parts",
            doc_with(vec![Section {
                heading: String::new(),
                blocks: vec![
                    Block::Paragraph(String::new()),
                    Block::Bullets(vec![]),
                    Block::Bullets(vec![String::new(), " \n ".into()]),
                    Block::Fields(vec![Field::new("", "")]),
                    Block::Note("\n\n".into()),
                ],
            }]),
        ),
        (
            "huge paragraph",
            doc_with(vec![Section { heading: "H".into(), blocks: vec![Block::Paragraph("woord ".repeat(40_000))] }]),
        ),
        (
            "long word",
            doc_with(vec![Section { heading: long_word.clone(), blocks: vec![Block::Note(long_word.clone())] }]),
        ),
        (
            "thousands of bullets",
            doc_with(vec![Section {
                heading: "H".into(),
                blocks: vec![Block::Bullets((0..3000).map(|i| format!("punt {i}")).collect())],
            }]),
        ),
        (
            "controls",
            doc_with(vec![Section {
                heading: controls.clone(),
                blocks: vec![Block::Paragraph(controls.clone()), Block::Fields(vec![Field::new(&controls, &controls)])],
            }]),
        ),
        (
            "missing glyphs",
            doc_with(vec![Section {
                heading: "漢字 🙂 ☃".into(),
                blocks: vec![Block::Paragraph("مرحبا שלום 日本語 \u{10FFFF} \u{E000}".into())],
            }]),
        ),
        (
            "long labels",
            doc_with(vec![Section {
                heading: "H".into(),
                blocks: vec![Block::Fields(vec![
                    Field::new("label ".repeat(200), "waarde ".repeat(300)),
                    Field::new(long_word.clone(), ""),
                ])],
            }]),
        ),
        ("weird lang", Document { lang: "nl\u{0}<script>".repeat(20), ..samples::adviesvraag() }),
        (
            "only newlines",
            doc_with(vec![Section { heading: "\n\n\n".into(), blocks: vec![Block::Paragraph("\r\n\r\n".into())] }]),
        ),
    ];
    for (name, doc) in cases {
        let bytes = render(&doc, &nl()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let path = write(&format!("odd-{}", name.replace(' ', "-")), &bytes);
        let info = pdfinfo(&path);
        assert!(pages(&info) >= 1, "{name}");
        let text = pdftotext(&path);
        assert!(text.contains("Pagina 1 van"), "{name}: {text}");
        if name == "missing glyphs" {
            assert!(text.contains('\u{fffd}'), "{name}: {text}");
            assert!(!text.contains('漢') && !text.contains('ש'), "{name}: {text}");
        }
        if name == "long word" {
            assert_eq!(flat(&text).matches('x').count(), 40_000, "{name}");
        }
    }
}

#[test]
fn too_many_pages_is_an_error_not_a_panic() {
    let doc = doc_with(vec![Section {
        heading: "H".into(),
        blocks: vec![Block::Bullets((0..(MAX_PAGES * 60)).map(|i| i.to_string()).collect())],
    }]);
    match render(&doc, &nl()) {
        Err(PdfError::TooManyPages { pages, max }) => assert!(pages > max && max == MAX_PAGES),
        other => panic!("{:?}", other.map(|b| b.len())),
    }
}

/// Small generated documents from a fixed-seed generator: odd mixes of every block kind,
/// characters from every corner, empty strings. None may panic, and every non-blank word
/// made of characters the font has must come back out of `pdftotext`.
#[test]
fn generated_documents_render_and_read_back() {
    struct Gen {
        seed: u64,
        alphabet: Vec<char>,
    }
    impl Gen {
        fn n(&mut self, n: usize) -> usize {
            self.seed ^= self.seed << 13;
            self.seed ^= self.seed >> 7;
            self.seed ^= self.seed << 17;
            (self.seed % n as u64) as usize
        }
        fn s(&mut self, max: usize) -> String {
            let len = self.n(max);
            (0..len)
                .map(|_| {
                    let i = self.n(self.alphabet.len());
                    self.alphabet[i]
                })
                .collect()
        }
    }
    let mut g = Gen {
        seed: 0x9e37_79b9_7f4a_7c15,
        alphabet: "aeëiïoöuéèEÉ ’‘“”—–€-/.:\n\t\r\u{0}\u{200b}\u{a0}漢🙂ﬁ".chars().collect(),
    };
    for round in 0..40 {
        let mut sections = Vec::new();
        for _ in 0..g.n(6) {
            let heading = g.s(30);
            let mut blocks = Vec::new();
            for _ in 0..g.n(5) {
                blocks.push(match g.n(4) {
                    0 => Block::Paragraph(g.s(600)),
                    1 => Block::Bullets((0..g.n(8)).map(|_| g.s(120)).collect()),
                    2 => Block::Fields((0..g.n(5)).map(|_| Field::new(g.s(40), g.s(200))).collect()),
                    _ => Block::Note(g.s(300)),
                });
            }
            sections.push(Section { heading, blocks });
        }
        let (title, subtitle, marking) = (g.s(60), g.s(40), g.s(20));
        let doc = Document { lang: "nl".into(), title, subtitle, marking, sections };
        let bytes = render(&doc, &nl()).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let path = write("generated", &bytes);
        let text = flat(&pdftotext(&path));
        for part in all_text(&doc) {
            for word in part.split(|c: char| c.is_whitespace() || c.is_control() || !c.is_alphabetic()) {
                if word.chars().count() >= 3 && !word.contains(['漢', 'ﬁ']) {
                    assert!(text.replace(' ', "").contains(word), "round {round}: {word:?} missing from {text}");
                }
            }
        }
    }
}
