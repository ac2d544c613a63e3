//! The meldcode content, embedded from `content/*.toml` at build time.

use meldwijzer_protocol::{ContentError, ContentFile, Protocol};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

/// Every embedded content file as (file name, text).
pub fn files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}

/// Loads and validates the embedded content.
pub fn protocol() -> Result<Protocol, Vec<ContentError>> {
    let files: Vec<ContentFile<'_>> = embedded::FILES.iter().map(|(name, text)| ContentFile { name, text }).collect();
    Protocol::load(&files)
}
