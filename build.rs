//! Generates the bindings for the shipped schema (placeholder, issue 3).
fn main() {}
