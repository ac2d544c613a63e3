//! Arbitrary bytes into the envelope decoder, the case-document parser behind it, and the
//! recovery-key parser: must never panic, hang or allocate beyond the input's size.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    meldwijzer_store::fuzzing::envelope(data);
});
