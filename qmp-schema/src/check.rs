//! Placeholder: semantic checks on the model are being written (issue 2).
use crate::{Diagnostic, Schema};
/// Checks a schema: duplicate names, unknown types, clashes, union variants.
pub fn check(_schema: &Schema) -> Vec<Diagnostic> {
    Vec::new()
}
