//! Writing a file where the professional chose, whole or not at all: the bytes go to a new
//! temporary file in the same folder (readable by the owner only, on Unix), are fsynced,
//! and the temporary file is renamed over the chosen name; the folder is fsynced after.
//! If anything fails the temporary file is removed, so the chosen path is either the whole
//! new file or what it was before. Errors are plain `io::Error`s; callers map them to codes.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many temporary names to try before giving up (another write in progress, or
/// leftovers of a crash).
const TEMP_TRIES: u32 = 64;

/// Whether `path` names a file in a folder that exists: it has a file name and a non-empty
/// parent that is a directory, and is not a directory itself.
pub fn folder_exists(path: &Path) -> bool {
    let parent_ok = path.parent().is_some_and(|p| !p.as_os_str().is_empty() && p.is_dir());
    parent_ok && path.file_name().is_some() && !path.is_dir()
}

/// Writes `bytes` to `path` atomically (see the module docs). The folder must exist.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir =
        path.parent().filter(|p| !p.as_os_str().is_empty()).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
    let name = path.file_name().ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
    let (tmp, file) = create_temp(dir, &name.to_string_lossy())?;
    let written = fill(file, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
        return written;
    }
    sync_dir(dir);
    Ok(())
}

fn fill(mut file: File, bytes: &[u8]) -> io::Result<()> {
    file.write_all(bytes)?;
    file.sync_all()
}

/// A new file `.<name>.<n>.meldwijzer-tmp` in `dir` that did not exist before.
fn create_temp(dir: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for n in 0..TEMP_TRIES {
        let tmp = dir.join(format!(".{name}.{n}.meldwijzer-tmp"));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Makes the rename durable. Best effort: not every platform or file system can open or
/// sync a directory, and the file itself is already synced.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("meldwijzer-file-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn writes_replaces_and_leaves_no_temp_file() {
        let dir = temp_dir("write");
        let path = dir.join("a.pdf");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(entries(&dir), vec!["a.pdf".to_string()]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_leftover_temp_file_is_stepped_over() {
        let dir = temp_dir("leftover");
        std::fs::write(dir.join(".b.pdf.0.meldwijzer-tmp"), b"crash").unwrap();
        write_atomic(&dir.join("b.pdf"), b"new").unwrap();
        assert_eq!(std::fs::read(dir.join("b.pdf")).unwrap(), b"new");
        assert_eq!(std::fs::read(dir.join(".b.pdf.0.meldwijzer-tmp")).unwrap(), b"crash");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_rename_keeps_the_old_file_and_removes_the_temp_file() {
        let dir = temp_dir("fail");
        // The target is a non-empty directory: the rename fails after the temp file exists.
        let target = dir.join("c.pdf");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), b"x").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert_eq!(entries(&dir), vec!["c.pdf".to_string()]);
        assert!(!folder_exists(&target));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn folder_must_exist() {
        let dir = temp_dir("folder");
        assert!(folder_exists(&dir.join("x.pdf")));
        assert!(!folder_exists(&dir.join("missing").join("x.pdf")));
        assert!(!folder_exists(Path::new("x.pdf")));
        assert!(!folder_exists(Path::new("/")));
        assert!(write_atomic(&dir.join("missing").join("x.pdf"), b"x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
