//! Fuzz target `hx`: see `qmp_fuzz::hx`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| qmp_fuzz::hx(data));
