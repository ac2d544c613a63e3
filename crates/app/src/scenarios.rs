//! The scenario runner behind `meldwijzer-scenarios DIR...`: runs every `*.toml` scenario
//! file in the given directories against the embedded content and prints one line each.

use std::io::Write;
use std::path::PathBuf;

use meldwijzer_protocol::case::{Case, OutputKind};
use meldwijzer_protocol::scenario::{OutputCheck, OutputExpect, ScenarioReport};
use meldwijzer_protocol::Protocol;

/// The output checks of scenario files (`[[expect.output]]`), over `crates/outputs`: the
/// protocol does not know the outputs, so this runner does them. "Today" is the scenario's
/// fixed date, 2026-01-01; times are shown as UTC.
pub struct Outputs<'a> {
    protocol: &'a Protocol,
    l10n: Vec<meldwijzer_l10n::Localizer>,
}

impl<'a> Outputs<'a> {
    /// The checker for `protocol`, with texts in every language.
    pub fn new(protocol: &'a Protocol) -> Result<Outputs<'a>, String> {
        let l10n = meldwijzer_l10n::languages()
            .into_iter()
            .map(|lang| crate::localizer(protocol, lang).map_err(|e| format!("{lang}: {e}")))
            .collect::<Result<_, _>>()?;
        Ok(Outputs { protocol, l10n })
    }
}

impl OutputCheck for Outputs<'_> {
    fn check(&self, case: &Case, o: &OutputExpect) -> Result<Vec<String>, String> {
        let kind =
            OutputKind::from_id(&o.kind).ok_or(format!("[[expect.output]].kind: unknown output `{}`", o.kind))?;
        let lang = o.lang.as_deref().unwrap_or("nl");
        let l10n = self
            .l10n
            .iter()
            .find(|l| l.lang() == lang)
            .ok_or(format!("[[expect.output]].lang: unknown language `{lang}`"))?;
        let local = |t: chrono::DateTime<chrono::Utc>| t.naive_utc();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a valid date");
        let ctx = meldwijzer_outputs::Ctx { protocol: self.protocol, l10n, today, local: &local };
        let mut out = Vec::new();
        let what = format!("output {}/{lang}", o.kind);
        let rendered = meldwijzer_outputs::render(&ctx, case, kind);
        if let Some(r) = o.refused {
            if r != rendered.is_err() {
                out.push(format!("{what}: expected refused `{r}`, got `{}`", rendered.is_err()));
            }
        }
        let text = rendered.map(|d| d.to_plain_text()).unwrap_or_default();
        for c in &o.contains {
            if !text.contains(c.as_str()) {
                out.push(format!("{what}: does not contain `{c}`"));
            }
        }
        for c in &o.excludes {
            if text.contains(c.as_str()) {
                out.push(format!("{what}: contains `{c}`"));
            }
        }
        const KINDS: [&str; 7] = ["name", "phone", "email", "postcode", "address", "bsn", "birth-date"];
        if let Some(k) = o.findings.iter().chain(&o.findings_exclude).find(|k| !KINDS.contains(&k.as_str())) {
            return Err(format!("[[expect.output]]: unknown finding kind `{k}`"));
        }
        let warnings = meldwijzer_outputs::warnings(&ctx, case, kind);
        let found: Vec<_> = warnings.iter().flat_map(|w| &w.findings).collect();
        for f in found.iter().filter(|f| o.findings_exclude.iter().any(|k| k == f.kind.id())) {
            out.push(format!("{what}: the anonymisation warning finds {} `{}`", f.kind.id(), f.excerpt));
        }
        for k in &o.findings {
            if !found.iter().any(|f| f.kind.id() == k) {
                out.push(format!("{what}: the anonymisation warning finds no {k}"));
            }
        }
        Ok(out)
    }
}

/// Runs one scenario file's text with the output checks: what `meldwijzer-scenarios` and
/// `cargo test` run.
pub fn run_text(protocol: &Protocol, text: &str) -> Result<ScenarioReport, String> {
    let outputs = Outputs::new(protocol)?;
    let mut report = meldwijzer_protocol::scenario::run_with(protocol, text, Some(&outputs))?;
    report.mismatches.extend(crate::packs::scenario_pack(protocol, text)?);
    Ok(report)
}

/// Runs all scenario files in `dirs`; writes a line per scenario and a closing
/// `N passed, N failed` line. Returns (passed, failed). `Err` for content that does not load
/// or a directory that cannot be read.
pub fn run_dirs(dirs: &[PathBuf], out: &mut dyn Write) -> Result<(usize, usize), String> {
    let protocol = crate::content::protocol()
        .map_err(|errs| errs.iter().map(|e| format!("content: {e}")).collect::<Vec<_>>().join("\n"))?;
    let (mut passed, mut failed) = (0, 0);
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for file in files {
            let line = match std::fs::read_to_string(&file) {
                Err(e) => Err(format!("FAIL {}: {e}", file.display())),
                Ok(text) => match run_text(&protocol, &text) {
                    Ok(r) if r.passed() => Ok(format!("ok   {}", r.name)),
                    Ok(r) => {
                        Err(format!("FAIL {} ({})\n       {}", r.name, file.display(), r.mismatches.join("\n       ")))
                    }
                    Err(e) => Err(format!("FAIL {}: {e}", file.display())),
                },
            };
            match line {
                Ok(l) => {
                    passed += 1;
                    writeln!(out, "{l}").ok();
                }
                Err(l) => {
                    failed += 1;
                    writeln!(out, "{l}").ok();
                }
            }
        }
    }
    writeln!(out, "{passed} passed, {failed} failed").ok();
    Ok((passed, failed))
}
