//! Fuzz target `qapi`: see `qmp_fuzz::qapi`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| qmp_fuzz::qapi(data));
