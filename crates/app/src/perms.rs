//! Owner-only folders and files on Unix: the app's data, config and cache folders are 0700
//! and every file in them 0600, also when they already exist with looser modes (an older
//! version, a copy, a restore from backup). Elsewhere this does nothing: Windows and macOS
//! keep a user's profile folders private by their own ACLs.

use std::io;
use std::path::{Path, PathBuf};

/// The app's own folders under the platform's data, config and cache directories
/// (`<dir>/meldwijzer`).
pub fn app_dirs() -> Vec<PathBuf> {
    [dirs::data_dir(), dirs::config_dir(), dirs::cache_dir()]
        .into_iter()
        .flatten()
        .map(|d| d.join("meldwijzer"))
        .collect()
}

/// Creates `dir` if needed and makes it and everything in it owner-only: folders 0700,
/// files 0600 (symbolic links are left alone, never followed).
pub fn secure_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    tighten(dir)?;
    Ok(())
}

/// Makes `dir` and what is in it owner-only if it exists; nothing if it does not.
pub fn secure_existing(dir: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => secure_dir(dir),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn tighten(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    set_mode(dir, 0o700)?;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            tighten(&entry.path())?;
        } else if kind.is_file() {
            set_mode(&entry.path(), 0o600)?;
        }
    }
    fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
        let meta = std::fs::symlink_metadata(path)?;
        if meta.permissions().mode() & 0o777 != mode {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        }
        Ok(())
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn loose_folders_and_files_become_owner_only() {
        let root = std::env::temp_dir().join(format!("meldwijzer-perms-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let dir = root.join("meldwijzer");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("settings.toml"), "x").unwrap();
        std::fs::write(dir.join("sub").join("f"), "y").unwrap();
        for (p, m) in
            [(&dir, 0o755), (&dir.join("sub"), 0o777), (&dir.join("settings.toml"), 0o644), (&dir.join("sub/f"), 0o666)]
        {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
        }
        std::os::unix::fs::symlink("/etc/hostname", dir.join("link")).unwrap();
        secure_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("sub")), 0o700);
        assert_eq!(mode(&dir.join("settings.toml")), 0o600);
        assert_eq!(mode(&dir.join("sub/f")), 0o600);
        assert_ne!(mode(Path::new("/etc/hostname")), 0o600, "a link's target is never touched");
        secure_existing(&root.join("missing")).unwrap();
        assert!(!root.join("missing").exists(), "secure_existing creates nothing");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
