//! Fuzz target `introspect`: see `qmp_fuzz::introspect`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| qmp_fuzz::introspect(data));
