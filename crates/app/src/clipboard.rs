//! The system clipboard behind a trait, so the decision to clear it lives in [`crate::App`] on
//! the injected clock and is tested with [`FakeClipboard`], never with a sleep.
//!
//! The real clipboard is `arboard`, used from Rust: the webview never touches the clipboard,
//! and no clipboard permission is granted to the page. On X11 the copied text is served by
//! this process for as long as the [`SystemClipboard`] lives, so the app keeps it.

use std::sync::{Arc, Mutex};

/// The clipboard could not be reached or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClipboardError;

/// Where copied text goes.
pub trait Clipboard: Send {
    /// Puts `text` on the clipboard.
    fn write(&mut self, text: &str) -> Result<(), ClipboardError>;
    /// What the clipboard holds now, if it is text.
    fn read(&mut self) -> Option<String>;
    /// Empties the clipboard.
    fn clear(&mut self) -> Result<(), ClipboardError>;
}

/// The operating system's clipboard, opened on first use (tests and a headless start never
/// open it).
#[derive(Default)]
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl std::fmt::Debug for SystemClipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SystemClipboard").field("open", &self.inner.is_some()).finish()
    }
}

impl SystemClipboard {
    fn open(&mut self) -> Result<&mut arboard::Clipboard, ClipboardError> {
        if self.inner.is_none() {
            self.inner = Some(arboard::Clipboard::new().map_err(|_| ClipboardError)?);
        }
        self.inner.as_mut().ok_or(ClipboardError)
    }
}

impl Clipboard for SystemClipboard {
    fn write(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.open()?.set_text(text.to_owned()).map_err(|_| ClipboardError)
    }

    fn read(&mut self) -> Option<String> {
        self.open().ok()?.get_text().ok()
    }

    fn clear(&mut self) -> Result<(), ClipboardError> {
        self.open()?.clear().map_err(|_| ClipboardError)
    }
}

/// A clipboard in memory, for tests: clones share the content, so a test can look at it and
/// put something else on it (as another program would).
#[derive(Debug, Clone, Default)]
pub struct FakeClipboard {
    content: Arc<Mutex<Option<String>>>,
}

impl FakeClipboard {
    /// What it holds.
    pub fn content(&self) -> Option<String> {
        self.content.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Puts text on it, as another program would.
    pub fn set(&self, text: &str) {
        *self.content.lock().unwrap_or_else(|e| e.into_inner()) = Some(text.to_owned());
    }
}

impl Clipboard for FakeClipboard {
    fn write(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.set(text);
        Ok(())
    }

    fn read(&mut self) -> Option<String> {
        self.content()
    }

    fn clear(&mut self) -> Result<(), ClipboardError> {
        *self.content.lock().unwrap_or_else(|e| e.into_inner()) = None;
        Ok(())
    }
}
