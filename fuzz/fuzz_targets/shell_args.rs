//! Fuzz target `shell_args`: see `qmp_fuzz::shell_args`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| qmp_fuzz::shell_args(data));
