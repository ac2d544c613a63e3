//! Core integration tests.
