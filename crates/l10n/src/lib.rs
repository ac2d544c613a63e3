//! Fluent messages.
