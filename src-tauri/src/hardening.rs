//! Process hardening that must happen before any case data is in memory.
//!
//! A core dump would write the decrypted contents of the process (case
//! notes, keys) to disk in plain text, outside the encrypted store.
//! This is platform glue, so it lives in the shell and not in `crates/`.

// The only unsafe code in the project: plain libc calls without pointers
// into Rust-owned memory beyond a stack value that outlives the call.
#![allow(unsafe_code)]

/// Disables core dumps for this process and the processes it starts.
///
/// On Linux: `RLIMIT_CORE = 0` (inherited by the WebKit helper processes)
/// and `PR_SET_DUMPABLE = 0` (also stops other processes of the same user
/// from attaching a debugger or reading `/proc/<pid>/mem`).
/// Failures are reported on stderr but do not stop the app.
pub fn disable_core_dumps() {
    #[cfg(target_os = "linux")]
    {
        let no_core = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        // SAFETY: `setrlimit` only reads the struct, which lives on our stack
        // for the whole call.
        if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &no_core) } != 0 {
            eprintln!("meldwijzer: could not disable core dumps: {}", std::io::Error::last_os_error());
        }
        // SAFETY: PR_SET_DUMPABLE takes plain integers and touches no memory.
        if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } != 0 {
            eprintln!("meldwijzer: could not mark the process non-dumpable: {}", std::io::Error::last_os_error());
        }
    }
}

/// Under WebDriver automation only: points this process's stdout at its stderr, so what the
/// WebKit helper processes print on the stdout they inherit (the page's console messages, see
/// `web_process_diagnostics` in `lib.rs`) reaches the end-to-end harness's log; tauri-driver
/// discards WebKitWebDriver's stdout, and with it the app's.
pub fn stdout_to_stderr() {
    #[cfg(unix)]
    {
        // SAFETY: `dup2` takes two plain file descriptors and touches no memory.
        if unsafe { libc::dup2(libc::STDERR_FILENO, libc::STDOUT_FILENO) } < 0 {
            eprintln!("meldwijzer: could not send stdout to stderr: {}", std::io::Error::last_os_error());
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[allow(unsafe_code)]
    #[test]
    fn core_dumps_are_off_after_hardening() {
        super::disable_core_dumps();
        let mut limit = libc::rlimit { rlim_cur: 1, rlim_max: 1 };
        // SAFETY: `getrlimit` writes into a struct on our stack.
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut limit) }, 0);
        assert_eq!((limit.rlim_cur, limit.rlim_max), (0, 0), "a core dump would write decrypted case data to disk");
        // SAFETY: PR_GET_DUMPABLE takes plain integers and touches no memory.
        let dumpable = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        assert_eq!(dumpable, 0, "the process must not be dumpable");
    }
}
