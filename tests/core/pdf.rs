//! Saving an output as a PDF through the app API: every output of the fictitious cases in
//! nl and en is written to a temporary folder, `pdftotext` finds the title and every section
//! heading of the same document the text copy is built from, `pdfinfo` shows no alias or
//! other case content in the metadata, a missing folder and a refused output give their codes
//! and leave no file, and the decision log notes each save. Needs poppler-utils (`pdftotext`,
//! `pdfinfo`), which the setup script installs.

use std::path::{Path, PathBuf};
use std::process::Command;

use meldwijzer_protocol::case::{LogEvent, OutputAction, OutputKind};

use crate::outputs::{app, eik, kastanje, noon, zonnebloem, OUTPUTS};

use meldwijzer_tests::TempDir;

fn run(tool: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed: {e}"));
    assert!(out.status.success(), "{tool} failed on {}: {}", file.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pdfinfo(file: &Path, meta: bool) -> String {
    let mut cmd = Command::new("pdfinfo");
    if meta {
        cmd.arg("-meta");
    }
    let out = cmd.arg(file).output().expect("pdfinfo (poppler-utils) is needed");
    assert!(out.status.success(), "pdfinfo failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Whitespace collapsed, so a heading wrapped over two lines still matches.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_output_saves_as_a_pdf_with_its_sections_and_no_case_content_in_the_metadata() {
    let (mut app, env) = app();
    let cases = [
        ("Zonnebloem", zonnebloem(&mut app, &env)),
        ("Eik", eik(&mut app, &env)),
        ("Kastanje", kastanje(&mut app, &env)),
    ];
    env.set_now(noon(2026, 11, 23));
    let dir = TempDir::new("pdf-all");
    let mut saved = 0;
    for (alias, id) in &cases {
        for output in OUTPUTS {
            for lang in ["nl", "en"] {
                let path = dir.0.join(format!("{}-{output}-{lang}.pdf", alias.to_lowercase()));
                let rendered = app.render_output(id.clone(), output.into(), lang.into());
                let result = app.save_output_pdf(id.clone(), output.into(), lang.into(), path.clone());
                let Ok(doc) = rendered else {
                    // A refused output is refused with the same code, and nothing is written.
                    assert_eq!(result.unwrap_err().code, rendered.unwrap_err().code);
                    assert!(!path.exists());
                    continue;
                };
                let view = result.unwrap_or_else(|e| panic!("{alias} {output} {lang}: {e:?}"));
                saved += 1;
                assert_eq!(view.file_name, path.file_name().unwrap().to_string_lossy());
                assert_eq!(view.bytes, std::fs::metadata(&path).unwrap().len());
                assert!(doc.pdf_file_name == format!("meldwijzer-{output}-2026-11-23.pdf"), "{}", doc.pdf_file_name);
                // The save is in the decision log, in the output's language.
                let last = view.case.case.log.last().unwrap();
                assert_eq!(
                    last.event,
                    LogEvent::Output {
                        output: OutputKind::from_id(output).unwrap(),
                        action: OutputAction::Saved,
                        lang: lang.into()
                    }
                );
                // Every heading of the document is in the PDF's text, and the page numbers.
                let text = squash(&run("pdftotext", &["-enc", "UTF-8"], &path));
                let doc = doc.document;
                for heading in std::iter::once(&doc.title).chain(doc.sections.iter().map(|s| &s.heading)) {
                    assert!(
                        text.contains(&squash(heading)),
                        "{alias} {output} {lang}: heading {heading:?} not in the PDF's text"
                    );
                }
                assert!(text.contains(&squash(&doc.marking)), "marking {:?} on the page", doc.marking);
                assert!(
                    text.contains(if lang == "nl" { "Pagina 1 van" } else { "Page 1 of" }),
                    "{alias} {output} {lang}: page number"
                );
                // No case content in the metadata: a fixed title, no author, subject or keywords.
                let info = pdfinfo(&path, false);
                for line in info.lines().filter(|l| {
                    ["Title:", "Author:", "Subject:", "Keywords:", "Creator:", "Producer:"]
                        .iter()
                        .any(|k| l.starts_with(k))
                }) {
                    assert!(!line.contains(alias), "{alias} {output} {lang}: alias in metadata line {line:?}");
                    assert!(!line.contains(&doc.title), "{alias} {output} {lang}: title in metadata line {line:?}");
                }
                assert!(info.lines().any(|l| l.starts_with("Title:") && l.ends_with("Meldwijzer")), "{info}");
                assert!(
                    !info
                        .lines()
                        .any(|l| l.starts_with("Author:") || l.starts_with("Subject:") || l.starts_with("Keywords:")),
                    "{info}"
                );
                let xmp = pdfinfo(&path, true);
                assert!(
                    !xmp.contains(alias) && !xmp.contains(&doc.title),
                    "{alias} {output} {lang}: case content in the XMP metadata"
                );
                if lang == "nl" && *alias == "Zonnebloem" {
                    eprintln!(
                        "PDF size {alias} {output}: {} bytes ({})",
                        view.bytes,
                        info.lines().find(|l| l.starts_with("Pages:")).unwrap_or_default()
                    );
                }
            }
        }
    }
    // Zonnebloem: all six; Eik: three (the summary and the SOEP note refused for her safety, no
    // leerlingdossier note outside onderwijs); Kastanje: four (the summary off, no leerlingdossier
    // note in the kinderopvang).
    assert_eq!(saved, (6 + 3 + 4) * 2);
    let names = dir.entries();
    assert_eq!(names.len(), saved, "one file per save, no temporary files left: {names:?}");
}

#[test]
fn a_missing_folder_or_a_refused_output_writes_nothing_and_logs_nothing() {
    let (mut app, env) = app();
    let id = eik(&mut app, &env);
    let k = kastanje(&mut app, &env);
    let dir = TempDir::new("pdf-refused");
    let log_len = |app: &mut meldwijzer_app::App, id: &str| app.open_case(id.to_string()).unwrap().case.log.len();
    let before = log_len(&mut app, &id);

    let missing = dir.0.join("bestaat-niet").join("verslag.pdf");
    let err = app.save_output_pdf(id.clone(), "verslag".into(), "nl".into(), missing.clone()).unwrap_err();
    assert_eq!(err.code, "error-pdf-folder");
    assert!(
        !err.message.contains("bestaat-niet") && !err.message.contains("Eik"),
        "no path or case text in {:?}",
        err.message
    );
    assert!(!missing.exists() && !missing.parent().unwrap().exists());
    // A bare name (no folder) and a folder as the target are refused too.
    assert_eq!(
        app.save_output_pdf(id.clone(), "verslag".into(), "nl".into(), PathBuf::from("verslag.pdf")).unwrap_err().code,
        "error-pdf-folder"
    );
    assert_eq!(
        app.save_output_pdf(id.clone(), "verslag".into(), "nl".into(), dir.0.clone()).unwrap_err().code,
        "error-pdf-folder"
    );

    // The summary refused for the client's safety (Eik) and the summary that is off (Kastanje).
    let unsafe_summary =
        app.save_output_pdf(id.clone(), "eenvoudig".into(), "nl".into(), dir.0.join("eenvoudig.pdf")).unwrap_err();
    assert_eq!(unsafe_summary.code, "error-summary-unsafe");
    assert_eq!(
        app.save_output_pdf(k.clone(), "eenvoudig".into(), "en".into(), dir.0.join("simple.pdf")).unwrap_err().code,
        "error-summary-off"
    );
    // An unknown output or language.
    assert_eq!(
        app.save_output_pdf(id.clone(), "brief".into(), "nl".into(), dir.0.join("brief.pdf")).unwrap_err().code,
        "error-unknown-id"
    );
    assert_eq!(
        app.save_output_pdf(id.clone(), "verslag".into(), "fr".into(), dir.0.join("fr.pdf")).unwrap_err().code,
        "error-language-unknown"
    );

    assert!(dir.entries().is_empty(), "nothing written: {:?}", dir.entries());
    assert_eq!(log_len(&mut app, &id), before, "nothing logged");
    assert_eq!(log_len(&mut app, &k), 1);

    // A save over an existing file replaces it whole; the log notes it once.
    let path = dir.0.join("verslag.pdf");
    std::fs::write(&path, b"oud").unwrap();
    let saved = app.save_output_pdf(id.clone(), "verslag".into(), "en".into(), path.clone()).unwrap();
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF-"));
    assert_eq!(dir.entries(), vec!["verslag.pdf".to_string()]);
    assert_eq!(saved.case.case.log.len(), before + 1);
    assert!(
        saved.case.timeline.last().unwrap().text.starts_with("Opgeslagen als pdf: Verslag"),
        "{:?}",
        saved.case.timeline.last()
    );
}
