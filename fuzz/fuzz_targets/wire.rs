//! Fuzz target `wire`: see `qmp_fuzz::wire`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| qmp_fuzz::wire(data));
