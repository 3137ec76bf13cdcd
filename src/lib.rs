//! Typed QMP bindings generated at build time (placeholder, issue 3).
