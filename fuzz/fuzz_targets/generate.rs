//! Fuzz target `generate`: see `qmp_fuzz::generate`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| qmp_fuzz::generate(data));
