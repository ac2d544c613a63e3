//! Meldwijzer's API boundary (being written).
/// Placeholder while the API is written.
pub fn version() -> &'static str { env!("CARGO_PKG_VERSION") }
