//! Placeholder: naming rules are being written (issue 3).
