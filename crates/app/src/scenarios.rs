//! The scenario runner behind `meldwijzer-scenarios DIR...`: runs every `*.toml` scenario
//! file in the given directories against the embedded content and prints one line each.

use std::io::Write;
use std::path::PathBuf;

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
                Ok(text) => match meldwijzer_protocol::scenario::run(&protocol, &text) {
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
