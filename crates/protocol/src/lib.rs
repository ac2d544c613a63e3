//! The meldcode as a validated model.
