//! Placeholder: the protocol types are being written (issue 3).
