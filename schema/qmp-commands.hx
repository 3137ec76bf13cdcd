HXCOMM qmp-rs: the shipped QMP definition file, in the typed hx dialect.
HXCOMM It describes the whole QMP interface of QEMU 10.0.2: every command,
HXCOMM event and type of its QAPI schema, one file per area under qmp/
HXCOMM (the areas are QEMU's QAPI modules). Names, members, types,
HXCOMM optionality, features and build conditions follow QEMU 10.0.2; the
HXCOMM descriptions are written by the qmp-rs project.
HXCOMM tests/schema_introspect.rs checks every entity against QEMU's QAPI
HXCOMM schema and introspection; tests/schema_examples.rs round-trips every
HXCOMM example; tests/schema_docs.rs rejects missing or placeholder docs.

SQMP
QMP commands and events (qmp-rs definition file)
=================================================

This file describes the QEMU Machine Protocol as spoken by QEMU 10.0.2. It
is the input of the qmp-rs code generator: every entry becomes a typed Rust
item, and this text becomes qmp-commands.txt.

Entries marked with a build condition (for example "defined(CONFIG_SPICE)"
or "defined(TARGET_S390X)") exist only in QEMU binaries built with that
feature or for that target; query-commands and query-qmp-schema tell what a
given binary has.

Notes on the examples:

- "->" lines are sent by the client, "<-" lines are sent by QEMU.
- Replies were captured from a real QEMU 10.0.2 (qemu-system-x86_64 -M pc
  or qemu-storage-daemon) unless the example says it was written from the
  schema; long replies are shortened, and member order inside a JSON
  object carries no meaning.
- A client must send "qmp_capabilities" before any other command.

EQMP

#include "qmp/error.hx"
#include "qmp/common.hx"
#include "qmp/sockets.hx"
#include "qmp/run-state.hx"
#include "qmp/crypto.hx"
#include "qmp/job.hx"
#include "qmp/block.hx"
#include "qmp/block-core.hx"
#include "qmp/block-export.hx"
#include "qmp/char.hx"
#include "qmp/dump.hx"
#include "qmp/net.hx"
#include "qmp/ebpf.hx"
#include "qmp/rocker.hx"
#include "qmp/tpm.hx"
#include "qmp/ui.hx"
#include "qmp/authz.hx"
#include "qmp/migration.hx"
#include "qmp/transaction.hx"
#include "qmp/trace.hx"
#include "qmp/compat.hx"
#include "qmp/control.hx"
#include "qmp/introspect.hx"
#include "qmp/qom.hx"
#include "qmp/qdev.hx"
#include "qmp/machine-common.hx"
#include "qmp/machine.hx"
#include "qmp/machine-target.hx"
#include "qmp/replay.hx"
#include "qmp/yank.hx"
#include "qmp/misc.hx"
#include "qmp/misc-target.hx"
#include "qmp/audio.hx"
#include "qmp/acpi.hx"
#include "qmp/pci.hx"
#include "qmp/stats.hx"
#include "qmp/virtio.hx"
#include "qmp/vfio.hx"
#include "qmp/cryptodev.hx"
#include "qmp/cxl.hx"
#include "qmp/uefi.hx"
