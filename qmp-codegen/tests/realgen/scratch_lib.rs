//! Scratch crate of the `realgen` test of qmp-codegen: the bindings generated
//! from every real QEMU 10.0.2 schema and introspection capture, one module
//! each, compiled with every warning denied.
#![deny(warnings, missing_docs)]

/// From the QAPI schema of the system emulator (`qapi/qapi-schema.json`).
pub mod qapi_full {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/gen/qapi_full.rs"));
}

/// From the QAPI schema of the storage daemon
/// (`storage-daemon/qapi/qapi-schema.json`).
pub mod qsd {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/gen/qsd.rs"));
}

/// From the QAPI schema of the guest agent (`qga/qapi-schema.json`).
pub mod qga {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/gen/qga.rs"));
}

/// From the `query-qmp-schema` reply of qemu-storage-daemon 10.0.2.
pub mod intro_qsd {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/gen/intro_qsd.rs"));
}

/// From the `query-qmp-schema` reply of qemu-system-x86_64 10.0.2.
pub mod intro_vm {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/gen/intro_vm.rs"));
}

/// From `qmp-schema/tests/data/legacy-5x.json`, in QEMU 5.x's QAPI language.
pub mod legacy {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/gen/legacy.rs"));
}
