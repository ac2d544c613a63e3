//! Shared helpers for the integration tests in `tests/core`.

use std::path::{Path, PathBuf};

/// The repository root.
///
/// Read from the environment cargo gives the running test, not baked in at compile time: a
/// build cache shared between two checkouts (CARGO_TARGET_DIR) can otherwise hand one checkout
/// a library compiled in the other, and the checks would read the wrong tree.
pub fn repo_root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf())
}

/// Every file under `dir` (relative to the repository root) whose name ends in one of `exts`.
pub fn files_under(dir: &str, exts: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n == "target" || n == "screenshots" || n == "node_modules") {
                    continue;
                }
                walk(&p, exts, out);
            } else if exts.iter().any(|x| p.to_string_lossy().ends_with(x)) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repo_root().join(dir), exts, &mut out);
    out.sort();
    out
}

/// A fresh directory under the system temp dir, removed with everything in it when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// `meldwijzer-<label>-<pid>-<nanos>`, created.
    pub fn new(label: &str) -> TempDir {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let dir = std::env::temp_dir().join(format!("meldwijzer-{label}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// The names of the files directly in it, sorted.
    pub fn entries(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}
