HXCOMM qmp-rs: the shipped QMP definition file, in the typed hx dialect.
HXCOMM It describes a subset of the QMP interface of QEMU 10.0.2
HXCOMM (qemu-system-x86_64): commands, events and the named types they use.
HXCOMM Names, members, types and optionality follow QEMU 10.0.2; the
HXCOMM descriptions are written by the qmp-rs project.
HXCOMM tests/schema_introspect.rs checks every entry against QEMU's own
HXCOMM introspection; tests/schema_examples.rs round-trips every example.

SQMP
QMP commands and events (qmp-rs definition file)
=================================================

This file describes the QEMU Machine Protocol as spoken by QEMU 10.0.2
(qemu-system-x86_64) for the commands and events a VM or storage manager
needs day to day. It is the input of the qmp-rs code generator: every
entry becomes a typed Rust item, and this text becomes qmp-commands.txt.

Notes on the examples:

- "->" lines are sent by the client, "<-" lines are sent by QEMU.
- Replies were captured from a real QEMU 10.0.2 and are shortened where
  they were long; member order inside a JSON object carries no meaning.
- A client must send "qmp_capabilities" before any other command.

EQMP

HXCOMM ============================================================
HXCOMM Capabilities, version and introspection
HXCOMM ============================================================

    {
        .name            = "qmp_capabilities",
        .args_type       = "enable:[QMPCapability]?",
        .allow_preconfig = true,
    },

SQMP
qmp_capabilities
----------------

Leave capabilities negotiation mode and enter command mode. A freshly
connected client sees the greeting and may send only this command; every
other command is refused until it succeeds. Optional protocol capabilities
offered in the greeting are switched on by naming them here.

Arguments:

- "enable": capabilities to switch on for this connection; each must have
  been offered in the greeting (json-array, array of QMPCapability,
  optional)

Returns: an empty object

Example:

-> { "execute": "qmp_capabilities", "arguments": { "enable": [ "oob" ] } }
<- { "return": {} }

EQMP

    {
        .name            = "query-version",
        .args_type       = "",
        .returns         = "VersionInfo",
        .allow_preconfig = true,
    },

SQMP
query-version
-------------

Report which QEMU the client is talking to: the upstream version numbers
and the distribution's package string.

Arguments: None.

Returns: VersionInfo

Example:

-> { "execute": "query-version" }
<- { "return": { "qemu": { "major": 10, "minor": 0, "micro": 2 }, "package": "Debian 1:10.0.2+ds-2+deb13u1~bpo12+1" } }

EQMP

    {
        .name            = "query-commands",
        .args_type       = "",
        .returns         = "[CommandInfo]",
        .allow_preconfig = true,
    },

SQMP
query-commands
--------------

List the names of every command this QEMU accepts on this monitor. The list
depends on the build and the target; a client can use it to find out whether
an optional command is available before calling it.

Arguments: None.

Returns: [CommandInfo]

Example:

-> { "execute": "query-commands" }
<- { "return": [ { "name": "device_add" }, { "name": "query-status" }, { "name": "qmp_capabilities" } ] }

EQMP

    {
        .name            = "query-qmp-schema",
        .args_type       = "",
        .returns         = "[SchemaInfo]",
        .allow_preconfig = true,
    },

SQMP
query-qmp-schema
----------------

Describe the whole QMP interface of this QEMU: every command, event and
type, as a flat list of schema entities. Type names other than the builtins
are replaced by opaque numbers, so a client must follow the references
instead of relying on names. The list is long (over a thousand entries).

Arguments: None.

Returns: [SchemaInfo]

Example:

-> { "execute": "query-qmp-schema" }
<- { "return": [ { "name": "query-status", "meta-type": "command", "arg-type": "0", "ret-type": "1" },
                 { "name": "0", "meta-type": "object", "members": [] },
                 { "name": "1", "meta-type": "object", "members": [ { "name": "running", "type": "bool" }, { "name": "status", "type": "288" } ] },
                 { "name": "str", "meta-type": "builtin", "json-type": "string" },
                 { "name": "[17]", "meta-type": "array", "element-type": "17" },
                 { "name": "362", "meta-type": "alternate", "members": [ { "type": "str" }, { "type": "null" } ] },
                 { "name": "STOP", "meta-type": "event", "arg-type": "0" } ] }

EQMP

    {
        .name            = "query-name",
        .args_type       = "",
        .returns         = "NameInfo",
        .allow_preconfig = true,
    },

SQMP
query-name
----------

Report the guest name given with -name. The member is absent when no name
was set.

Arguments: None.

Returns: NameInfo

Example:

-> { "execute": "query-name" }
<- { "return": { "name": "guest0" } }

EQMP

    {
        .name            = "query-uuid",
        .args_type       = "",
        .returns         = "UuidInfo",
        .allow_preconfig = true,
    },

SQMP
query-uuid
----------

Report the machine UUID given with -uuid (all zeroes when none was given).

Arguments: None.

Returns: UuidInfo

Example:

-> { "execute": "query-uuid" }
<- { "return": { "UUID": "00000000-0000-0000-0000-000000000000" } }

EQMP

    {
        .name      = "query-target",
        .args_type = "",
        .returns   = "TargetInfo",
    },

SQMP
query-target
------------

Report the architecture this QEMU binary emulates.

Arguments: None.

Returns: TargetInfo

Example:

-> { "execute": "query-target" }
<- { "return": { "arch": "x86_64" } }

EQMP

    {
        .name      = "query-kvm",
        .args_type = "",
        .returns   = "KvmInfo",
    },

SQMP
query-kvm
---------

Tell whether KVM support is built in and whether it is in use.

Arguments: None.

Returns: KvmInfo

Example:

-> { "execute": "query-kvm" }
<- { "return": { "enabled": false, "present": true } }

EQMP

    {
        .name      = "query-current-machine",
        .args_type = "",
        .returns   = "CurrentMachineParams",
    },

SQMP
query-current-machine
---------------------

Report properties of the machine that is running, currently whether the
guest can be woken from suspend.

Arguments: None.

Returns: CurrentMachineParams

Example:

-> { "execute": "query-current-machine" }
<- { "return": { "wakeup-suspend-support": true } }

EQMP

    {
        .name      = "query-machines",
        .args_type = "compat-props:bool?",
        .returns   = "[MachineInfo]",
    },

SQMP
query-machines
--------------

List the machine types this QEMU can emulate, with their limits and
defaults. The default machine carries "is-default".

Arguments:

- "compat-props": also report the compatibility properties each machine type
  sets (default false) (json-bool, optional)

Returns: [MachineInfo]

Example:

-> { "execute": "query-machines" }
<- { "return": [ { "name": "pc-i440fx-10.0", "alias": "pc", "is-default": true, "cpu-max": 255, "hotpluggable-cpus": true, "numa-mem-supported": false, "deprecated": false, "default-cpu-type": "qemu64-x86_64-cpu", "default-ram-id": "pc.ram", "acpi": true },
                 { "name": "none", "cpu-max": 1, "hotpluggable-cpus": false, "numa-mem-supported": false, "deprecated": false, "default-ram-id": "ram", "acpi": false } ] }

EQMP

    {
        .name      = "query-cpu-definitions",
        .args_type = "",
        .returns   = "[CpuDefinitionInfo]",
    },

SQMP
query-cpu-definitions
---------------------

List the CPU models the current accelerator can run, with the features a
model lacks on this host.

Arguments: None.

Returns: [CpuDefinitionInfo]

Example:

-> { "execute": "query-cpu-definitions" }
<- { "return": [ { "name": "max", "typename": "max-x86_64-cpu", "unavailable-features": [], "static": false, "migration-safe": false, "deprecated": false },
                 { "name": "host", "typename": "host-x86_64-cpu", "unavailable-features": [ "kvm" ], "static": false, "migration-safe": false, "deprecated": false } ] }

EQMP

    {
        .name      = "query-yank",
        .args_type = "",
        .returns   = "[YankInstance]",
        .allow_oob = true,
    },

SQMP
query-yank
----------

List the instances that the "yank" command can act on: block nodes,
character devices and the migration stream whose network connections can be
dropped.

Arguments: None.

Returns: [YankInstance]

Example:

-> { "execute": "query-yank" }
<- { "return": [ { "type": "chardev", "id": "compat_monitor0" } ] }

EQMP

    {
        .name      = "yank",
        .args_type = "instances:[YankInstance]",
        .allow_oob = true,
    },

SQMP
yank
----

Abruptly drop the network connections of the given instances, without
waiting for them to time out. Useful to recover from a peer that stopped
answering. See "query-yank" for the instances that exist.

Arguments:

- "instances": the instances whose connections are dropped (json-array,
  array of YankInstance)

Returns: an empty object

Example:

-> { "execute": "yank", "arguments": { "instances": [ { "type": "block-node", "node-name": "nbd0" }, { "type": "migration" } ] } }
<- { "return": {} }

EQMP

HXCOMM ============================================================
HXCOMM Run control
HXCOMM ============================================================

    {
        .name            = "query-status",
        .args_type       = "",
        .returns         = "StatusInfo",
        .allow_preconfig = true,
    },

SQMP
query-status
------------

Report the run state of the virtual machine and whether its CPUs are
executing.

Arguments: None.

Returns: StatusInfo

Example:

-> { "execute": "query-status" }
<- { "return": { "running": true, "status": "running" } }

EQMP

    {
        .name      = "stop",
        .args_type = "",
    },

SQMP
stop
----

Pause the guest: its CPUs stop executing. The STOP event follows. Stopping
a guest that is already paused is not an error.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "stop" }
<- { "return": {} }

EQMP

    {
        .name      = "cont",
        .args_type = "",
    },

SQMP
cont
----

Let a paused guest run again; the RESUME event follows. When the guest was
started with -S this starts it for the first time.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "cont" }
<- { "return": {} }

EQMP

    {
        .name      = "system_reset",
        .args_type = "",
    },

SQMP
system_reset
------------

Reset the machine, as if its reset button were pressed. The RESET event
follows.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "system_reset" }
<- { "return": {} }

EQMP

    {
        .name      = "system_powerdown",
        .args_type = "",
    },

SQMP
system_powerdown
----------------

Ask the guest to shut down, as if its power button were pressed. The guest
operating system decides what to do; the command returns at once and the
POWERDOWN event is sent.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "system_powerdown" }
<- { "return": {} }

EQMP

    {
        .name      = "system_wakeup",
        .args_type = "",
    },

SQMP
system_wakeup
-------------

Wake a guest that suspended itself to RAM. It fails on machines that do not
support wake-up from suspend.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "system_wakeup" }
<- { "return": {} }

EQMP

    {
        .name            = "quit",
        .args_type       = "",
        .allow_preconfig = true,
    },

SQMP
quit
----

Terminate QEMU at once. The reply is sent before the process exits, followed
by a SHUTDOWN event; the connection is then closed.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "quit" }
<- { "return": {} }

EQMP

    {
        .name      = "inject-nmi",
        .args_type = "",
    },

SQMP
inject-nmi
----------

Deliver a non-maskable interrupt to the guest (on x86, to every CPU).

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "inject-nmi" }
<- { "return": {} }

EQMP

    {
        .name            = "x-exit-preconfig",
        .args_type       = "",
        .allow_preconfig = true,
        .features        = "unstable",
    },

SQMP
x-exit-preconfig
----------------

Leave the preconfiguration state that --preconfig started in, build the
machine and carry on with startup. It is only valid before the machine is
built.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "x-exit-preconfig" }
<- { "return": {} }

EQMP

    {
        .name      = "human-monitor-command",
        .args_type = "command-line:str,cpu-index:int?",
        .returns   = "str",
    },

SQMP
human-monitor-command
---------------------

Run one command of the human monitor (HMP) and return what it printed. The
output is meant for people and may change between versions; programs should
prefer the QMP command that does the same job.

Arguments:

- "command-line": the HMP command and its arguments, as typed at the (qemu)
  prompt (json-string)
- "cpu-index": the CPU that CPU-related commands act on (json-int, optional)

Returns: str

Example:

-> { "execute": "human-monitor-command", "arguments": { "command-line": "info version" } }
<- { "return": "10.0.2Debian 1:10.0.2+ds-2+deb13u1~bpo12+1\r\n" }

EQMP

HXCOMM ============================================================
HXCOMM Block devices and nodes
HXCOMM ============================================================

    {
        .name            = "query-block",
        .args_type       = "",
        .returns         = "[BlockInfo]",
        .allow_preconfig = true,
    },

SQMP
query-block
-----------

List the block devices the guest sees (BlockBackends), with the medium
inserted in each and its node graph. Devices added with -drive or with
device_add on top of a node appear here; nodes not attached to a device are
listed by "query-named-block-nodes" instead.

Arguments: None.

Returns: [BlockInfo]

Example:

-> { "execute": "query-block" }
<- { "return": [ { "device": "", "qdev": "/machine/peripheral/vd0/virtio-backend", "locked": false, "removable": false, "io-status": "ok", "type": "unknown",
                   "inserted": { "node-name": "disk0", "file": "/tmp/top.qcow2", "ro": false, "drv": "qcow2", "backing_file": "/tmp/base.qcow2", "backing_file_depth": 1, "encrypted": false, "detect_zeroes": "off", "active": true,
                                 "bps": 0, "bps_rd": 0, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0, "write_threshold": 0,
                                 "cache": { "writeback": true, "direct": false, "no-flush": false },
                                 "image": { "filename": "/tmp/top.qcow2", "format": "qcow2", "virtual-size": 67108864, "actual-size": 200704, "cluster-size": 65536, "dirty-flag": false,
                                            "backing-filename": "/tmp/base.qcow2", "full-backing-filename": "/tmp/base.qcow2", "backing-filename-format": "qcow2",
                                            "format-specific": { "type": "qcow2", "data": { "compat": "1.1", "compression-type": "zlib", "lazy-refcounts": false, "refcount-bits": 16, "corrupt": false, "extended-l2": false } } } } } ] }

EQMP

    {
        .name            = "query-named-block-nodes",
        .args_type       = "flat:bool?",
        .returns         = "[BlockDeviceInfo]",
        .allow_preconfig = true,
    },

SQMP
query-named-block-nodes
-----------------------

List the block nodes of the graph, each with the same details that
"query-block" gives for an inserted medium.

Arguments:

- "flat": when true, do not nest the backing chain inside each node's image
  description (json-bool, optional)

Returns: [BlockDeviceInfo]

Example:

-> { "execute": "query-named-block-nodes", "arguments": { "flat": true } }
<- { "return": [ { "node-name": "null0", "file": "json:{\"driver\": \"null-co\", \"size\": 1048576}", "ro": false, "drv": "null-co", "backing_file_depth": 0, "encrypted": false, "detect_zeroes": "off", "active": true,
                   "bps": 0, "bps_rd": 0, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0, "write_threshold": 0,
                   "cache": { "writeback": true, "direct": false, "no-flush": false },
                   "image": { "filename": "json:{\"driver\": \"null-co\", \"size\": 1048576}", "format": "null-co", "virtual-size": 1048576, "actual-size": 0 } } ] }

EQMP

    {
        .name            = "query-blockstats",
        .args_type       = "query-nodes:bool?",
        .returns         = "[BlockStats]",
        .allow_preconfig = true,
    },

SQMP
query-blockstats
----------------

Report I/O statistics (operation and byte counts, latencies, error counts)
for each block device, or for each named node.

Arguments:

- "query-nodes": report every named node instead of every device (default
  false) (json-bool, optional)

Returns: [BlockStats]

Example:

-> { "execute": "query-blockstats", "arguments": { "query-nodes": true } }
<- { "return": [ { "node-name": "null0", "stats": { "rd_bytes": 0, "wr_bytes": 0, "unmap_bytes": 0, "zone_append_bytes": 0, "rd_operations": 0, "wr_operations": 0, "flush_operations": 0, "unmap_operations": 0, "zone_append_operations": 0,
                   "rd_total_time_ns": 0, "wr_total_time_ns": 0, "flush_total_time_ns": 0, "unmap_total_time_ns": 0, "zone_append_total_time_ns": 0, "wr_highest_offset": 0, "rd_merged": 0, "wr_merged": 0, "unmap_merged": 0, "zone_append_merged": 0,
                   "failed_rd_operations": 0, "failed_wr_operations": 0, "failed_flush_operations": 0, "failed_unmap_operations": 0, "failed_zone_append_operations": 0,
                   "invalid_rd_operations": 0, "invalid_wr_operations": 0, "invalid_flush_operations": 0, "invalid_unmap_operations": 0, "invalid_zone_append_operations": 0,
                   "account_invalid": false, "account_failed": false, "timed_stats": [] } } ] }

EQMP

    {
        .name            = "blockdev-add",
        .args            = "BlockdevOptions",
        .boxed           = true,
        .allow_preconfig = true,
    },

SQMP
blockdev-add
------------

Create a block node and add it to the graph. The arguments are one
BlockdevOptions object (boxed): "driver" selects the kind of node and which
further members are valid. This file describes the members of the file,
null-co, null-aio, qcow2 and raw drivers; QEMU knows many more drivers, whose
nodes a typed request cannot build (send them as raw JSON). A child node
("file" of a format driver) is either the name of an existing node or a
nested BlockdevOptions object.

Arguments (the members every driver shares; see BlockdevOptions for the
others):

- "driver": the block driver of the new node (json-string, BlockdevDriver)
- "node-name": the name of the node; QEMU generates one when it is absent
  (json-string, optional)
- "discard": whether guest discard requests are passed down (ignore or
  unmap) (json-string, BlockdevDiscardOptions, optional)
- "cache": cache mode settings of the node (json-object,
  BlockdevCacheOptions, optional)
- "active": whether the node starts active (false for an inactive node
  during migration) (json-bool, optional)
- "read-only": open the node read-only (default false) (json-bool, optional)
- "auto-read-only": open read-only when read-write is not possible, and
  switch on demand (json-bool, optional)
- "force-share": allow other processes to write to the image at the same
  time (needs read-only) (json-bool, optional)
- "detect-zeroes": whether writes of zeroes are detected and turned into
  zero writes or discards (json-string, BlockdevDetectZeroesOptions,
  optional)

Returns: an empty object

Example:

-> { "execute": "blockdev-add", "arguments": { "driver": "null-co", "node-name": "null0", "read-only": false, "detect-zeroes": "off" } }
<- { "return": {} }

A qcow2 image over a host file, in one request:

-> { "execute": "blockdev-add", "arguments": { "driver": "qcow2", "node-name": "disk0", "file": { "driver": "file", "filename": "/tmp/disk.qcow2" } } }
<- { "return": {} }

A raw window of an existing node:

-> { "execute": "blockdev-add", "arguments": { "driver": "raw", "node-name": "raw0", "file": "disk0", "offset": 4096 } }
<- { "return": {} }

EQMP

    {
        .name            = "blockdev-del",
        .args_type       = "node-name:str",
        .allow_preconfig = true,
    },

SQMP
blockdev-del
------------

Remove a block node created with "blockdev-add". It must not be in use by a
device, a job or another node.

Arguments:

- "node-name": the node to remove (json-string)

Returns: an empty object

Example:

-> { "execute": "blockdev-del", "arguments": { "node-name": "null0" } }
<- { "return": {} }

EQMP

    {
        .name            = "blockdev-reopen",
        .args_type       = "options:[BlockdevOptions]",
        .allow_preconfig = true,
    },

SQMP
blockdev-reopen
---------------

Change the options of existing block nodes in one atomic step: each entry
gives the complete new option set of one node, and every node is reopened
or none is.

Arguments:

- "options": the new options of each node, named by "node-name" (json-array,
  array of BlockdevOptions)

Returns: an empty object

Example:

-> { "execute": "blockdev-reopen", "arguments": { "options": [ { "driver": "null-co", "node-name": "null0", "read-only": true } ] } }
<- { "return": {} }

EQMP

    {
        .name            = "block_resize",
        .args_type       = "device:str?,node-name:str?,size:int",
        .allow_preconfig = true,
    },

SQMP
block_resize
------------

Change the size of a block device or node; the guest sees the new size.
Growing is the usual case; shrinking loses data at the end.

Arguments:

- "device": the block device, for callers that still name devices
  (json-string, optional)
- "node-name": the node to resize (json-string, optional)
- "size": the new size in bytes (json-int)

Returns: an empty object

Example:

-> { "execute": "block_resize", "arguments": { "node-name": "disk0", "size": 1073741824 } }
<- { "return": {} }

EQMP

    {
        .name            = "blockdev-snapshot-sync",
        .args            = "BlockdevSnapshotSync",
        .allow_preconfig = true,
    },

SQMP
blockdev-snapshot-sync
----------------------

Create an external snapshot: a new image file whose backing file is the
current image, and make it the active layer of the device or node.

Arguments:

- "device": the device to snapshot (give this or "node-name") (json-string,
  optional)
- "node-name": the node to snapshot (json-string, optional)
- "snapshot-file": the file name of the new overlay image (json-string)
- "snapshot-node-name": the node name of the new overlay (json-string,
  optional)
- "format": the image format of the overlay (default qcow2) (json-string,
  optional)
- "mode": whether the overlay file is created or already exists
  (json-string, NewImageMode, optional)

Returns: an empty object

Example:

-> { "execute": "blockdev-snapshot-sync", "arguments": { "node-name": "disk0", "snapshot-file": "/tmp/snap.qcow2", "snapshot-node-name": "snap0", "format": "qcow2" } }
<- { "return": {} }

EQMP

    {
        .name            = "blockdev-snapshot",
        .args            = "BlockdevSnapshot",
        .allow_preconfig = true,
    },

SQMP
blockdev-snapshot
-----------------

Make an existing node the overlay of another: "overlay" gets "node" as its
backing file and takes its place in the graph. The overlay must have been
added with "blockdev-add" and have no backing file yet.

Arguments:

- "node": the node that becomes the backing file (json-string)
- "overlay": the node that becomes the new active layer (json-string)

Returns: an empty object

Example:

-> { "execute": "blockdev-snapshot", "arguments": { "node": "disk0", "overlay": "snap1" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-dirty-bitmap-add",
        .args            = "BlockDirtyBitmapAdd",
        .allow_preconfig = true,
    },

SQMP
block-dirty-bitmap-add
----------------------

Create a dirty bitmap on a node: from then on it records which areas the
guest writes. Incremental backups read it.

Arguments:

- "node": the node that gets the bitmap (json-string)
- "name": the name of the bitmap, unique on the node (json-string)
- "granularity": the size in bytes of the area one bit stands for (a power
  of two) (json-int, uint32, optional)
- "persistent": store the bitmap in the image file (qcow2) so it survives
  restarts (json-bool, optional)
- "disabled": create the bitmap without starting to record writes
  (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "block-dirty-bitmap-add", "arguments": { "node": "disk0", "name": "bitmap0", "granularity": 65536 } }
<- { "return": {} }

EQMP

    {
        .name            = "block-dirty-bitmap-remove",
        .args            = "BlockDirtyBitmap",
        .allow_preconfig = true,
    },

SQMP
block-dirty-bitmap-remove
-------------------------

Delete a dirty bitmap from a node (and from its image if it was persistent).

Arguments:

- "node": the node that has the bitmap (json-string)
- "name": the bitmap (json-string)

Returns: an empty object

Example:

-> { "execute": "block-dirty-bitmap-remove", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-dirty-bitmap-clear",
        .args            = "BlockDirtyBitmap",
        .allow_preconfig = true,
    },

SQMP
block-dirty-bitmap-clear
------------------------

Reset every bit of a dirty bitmap, as if nothing had been written since.

Arguments:

- "node": the node that has the bitmap (json-string)
- "name": the bitmap (json-string)

Returns: an empty object

Example:

-> { "execute": "block-dirty-bitmap-clear", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-dirty-bitmap-enable",
        .args            = "BlockDirtyBitmap",
        .allow_preconfig = true,
    },

SQMP
block-dirty-bitmap-enable
-------------------------

Start recording writes in a disabled dirty bitmap.

Arguments:

- "node": the node that has the bitmap (json-string)
- "name": the bitmap (json-string)

Returns: an empty object

Example:

-> { "execute": "block-dirty-bitmap-enable", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-dirty-bitmap-disable",
        .args            = "BlockDirtyBitmap",
        .allow_preconfig = true,
    },

SQMP
block-dirty-bitmap-disable
--------------------------

Stop recording writes in a dirty bitmap; its contents stay as they are.

Arguments:

- "node": the node that has the bitmap (json-string)
- "name": the bitmap (json-string)

Returns: an empty object

Example:

-> { "execute": "block-dirty-bitmap-disable", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-set-write-threshold",
        .args_type       = "node-name:str,write-threshold:uint64",
        .allow_preconfig = true,
    },

SQMP
block-set-write-threshold
-------------------------

Arm a one-shot alarm on a node: the first write beyond the given offset
sends BLOCK_WRITE_THRESHOLD. A management layer uses it to grow thin
provisioned storage in time. Zero disarms it.

Arguments:

- "node-name": the node to watch (json-string)
- "write-threshold": the offset in bytes that triggers the event (json-int,
  uint64)

Returns: an empty object

Example:

-> { "execute": "block-set-write-threshold", "arguments": { "node-name": "disk0", "write-threshold": 17179869184 } }
<- { "return": {} }

EQMP

HXCOMM ============================================================
HXCOMM Block jobs
HXCOMM ============================================================

    {
        .name            = "query-block-jobs",
        .args_type       = "",
        .returns         = "[BlockJobInfo]",
        .allow_preconfig = true,
    },

SQMP
query-block-jobs
----------------

List the running block jobs (stream, commit, mirror, backup...) with their
progress and state.

Arguments: None.

Returns: [BlockJobInfo]

Example:

-> { "execute": "query-block-jobs" }
<- { "return": [ { "type": "mirror", "device": "mirror0", "len": 1073741824, "offset": 16777216, "busy": false, "paused": false, "speed": 65536, "io-status": "ok", "ready": false, "status": "running", "auto-finalize": true, "auto-dismiss": true, "actively-synced": false } ] }

EQMP

    {
        .name            = "block-stream",
        .args_type       = "job-id:str?,device:str,base:str?,base-node:str?,backing-file:str?,backing-mask-protocol:bool?,bottom:str?,speed:int?,on-error:BlockdevOnError?,filter-node-name:str?,auto-finalize:bool?,auto-dismiss:bool?",
        .allow_preconfig = true,
    },

SQMP
block-stream
------------

Start a job that copies data from the backing chain into a node, so that
the node no longer needs the images below it (or below "base-node"). When
the job completes the copied layers are dropped from the chain.

Arguments:

- "job-id": the job's identifier; defaults to the device name (json-string,
  optional)
- "device": the device or node whose backing data is copied in (json-string)
- "base": the file name of the image to stop at (prefer "base-node")
  (json-string, optional)
- "base-node": the node to stop at; it and what lies below stay in the chain
  (json-string, optional)
- "backing-file": the backing file name written into the image after the job
  (json-string, optional)
- "backing-mask-protocol": leave protocol nodes out of the backing file name
  QEMU writes (json-bool, optional)
- "bottom": the lowest node whose data is copied (exclusive with base
  options) (json-string, optional)
- "speed": the maximum speed in bytes per second, 0 for unlimited (json-int,
  optional)
- "on-error": what to do on an I/O error (json-string, BlockdevOnError,
  optional)
- "filter-node-name": the node name of the job's filter node (json-string,
  optional)
- "auto-finalize": finalize the job without waiting for job-finalize
  (default true) (json-bool, optional)
- "auto-dismiss": dismiss the job once it concluded (default true)
  (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "block-stream", "arguments": { "job-id": "stream0", "device": "snap0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-commit",
        .args_type       = "job-id:str?,device:str,base-node:str?,base:str?,top-node:str?,top:str?,backing-file:str?,backing-mask-protocol:bool?,speed:int?,on-error:BlockdevOnError?,filter-node-name:str?,auto-finalize:bool?,auto-dismiss:bool?",
        .allow_preconfig = true,
    },

SQMP
block-commit
------------

Start a job that writes the data of a part of a backing chain down into a
lower image. When the top is the active layer the job becomes ready and
waits for "block-job-complete" to switch the device over.

Arguments:

- "job-id": the job's identifier; defaults to the device name (json-string,
  optional)
- "device": the device or node at the top of the chain (json-string)
- "base-node": the node the data is committed into (json-string, optional)
- "base": the file name of that image (prefer "base-node") (json-string,
  optional)
- "top-node": the highest node whose data is committed (json-string,
  optional)
- "top": the file name of that image (prefer "top-node") (json-string,
  optional)
- "backing-file": the backing file name written into the overlay of "top"
  (json-string, optional)
- "backing-mask-protocol": leave protocol nodes out of the backing file name
  QEMU writes (json-bool, optional)
- "speed": the maximum speed in bytes per second, 0 for unlimited (json-int,
  optional)
- "on-error": what to do on an I/O error (json-string, BlockdevOnError,
  optional)
- "filter-node-name": the node name of the job's filter node (json-string,
  optional)
- "auto-finalize": finalize the job without waiting for job-finalize
  (default true) (json-bool, optional)
- "auto-dismiss": dismiss the job once it concluded (default true)
  (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "block-commit", "arguments": { "job-id": "commit0", "device": "disk0", "top-node": "snap0", "base-node": "base0" } }
<- { "return": {} }

EQMP

    {
        .name            = "blockdev-mirror",
        .args_type       = "job-id:str?,device:str,target:str,replaces:str?,sync:MirrorSyncMode,speed:int?,granularity:uint32?,buf-size:int?,on-source-error:BlockdevOnError?,on-target-error:BlockdevOnError?,filter-node-name:str?,copy-mode:MirrorCopyMode?,auto-finalize:bool?,auto-dismiss:bool?",
        .allow_preconfig = true,
    },

SQMP
blockdev-mirror
---------------

Start a job that copies a node to another existing node and then keeps both
in sync. Once the copy is done the job is ready; "block-job-complete"
switches the device to the target, "block-job-cancel" leaves it on the
source.

Arguments:

- "job-id": the job's identifier; defaults to the device name (json-string,
  optional)
- "device": the source device or node (json-string)
- "target": the node written to (json-string)
- "replaces": the node that the target replaces in the graph on completion
  (json-string, optional)
- "sync": which part of the source is copied (json-string, MirrorSyncMode)
- "speed": the maximum speed in bytes per second, 0 for unlimited (json-int,
  optional)
- "granularity": the size in bytes of the chunks tracked for dirtiness
  (json-int, uint32, optional)
- "buf-size": the maximum amount of data in flight, in bytes (json-int,
  optional)
- "on-source-error": what to do on a read error (json-string,
  BlockdevOnError, optional)
- "on-target-error": what to do on a write error (json-string,
  BlockdevOnError, optional)
- "filter-node-name": the node name of the job's filter node (json-string,
  optional)
- "copy-mode": whether guest writes are copied in the background or at once
  (json-string, MirrorCopyMode, optional)
- "auto-finalize": finalize the job without waiting for job-finalize
  (default true) (json-bool, optional)
- "auto-dismiss": dismiss the job once it concluded (default true)
  (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "blockdev-mirror", "arguments": { "job-id": "mirror0", "device": "src", "target": "dst", "sync": "full", "speed": 65536 } }
<- { "return": {} }

EQMP

    {
        .name            = "blockdev-backup",
        .args            = "BlockdevBackup",
        .boxed           = true,
        .allow_preconfig = true,
    },

SQMP
blockdev-backup
---------------

Start a job that copies the contents of a node, as they were when the job
started, to another existing node. With a bitmap it copies only what
changed (incremental backup).

Arguments:

- "job-id": the job's identifier; defaults to the device name (json-string,
  optional)
- "device": the source device or node (json-string)
- "sync": which part of the source is copied (json-string, MirrorSyncMode)
- "speed": the maximum speed in bytes per second, 0 for unlimited (json-int,
  optional)
- "bitmap": the dirty bitmap that selects the areas to copy (json-string,
  optional)
- "bitmap-mode": how the bitmap is updated when the job ends (json-string,
  BitmapSyncMode, optional)
- "compress": write compressed data to the target (json-bool, optional)
- "on-source-error": what to do on a read error (json-string,
  BlockdevOnError, optional)
- "on-target-error": what to do on a write error (json-string,
  BlockdevOnError, optional)
- "auto-finalize": finalize the job without waiting for job-finalize
  (default true) (json-bool, optional)
- "auto-dismiss": dismiss the job once it concluded (default true)
  (json-bool, optional)
- "filter-node-name": the node name of the job's filter node (json-string,
  optional)
- "discard-source": discard source blocks once they are copied (json-bool,
  optional)
- "x-perf": tuning knobs for the copy (unstable) (json-object, BackupPerf,
  optional)
- "target": the node written to (json-string)

Returns: an empty object

Example:

-> { "execute": "blockdev-backup", "arguments": { "job-id": "backup0", "device": "src", "target": "dst2", "sync": "full", "auto-finalize": false, "auto-dismiss": false } }
<- { "return": {} }

EQMP

    {
        .name            = "block-job-cancel",
        .args_type       = "device:str,force:bool?",
        .allow_preconfig = true,
    },

SQMP
block-job-cancel
----------------

Stop a block job. A mirror job that is ready finishes cleanly instead and
leaves the device on its source; "force" stops it even then.

Arguments:

- "device": the job's identifier (json-string)
- "force": cancel even a ready mirror job at once (default false)
  (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "block-job-cancel", "arguments": { "device": "backup0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-job-pause",
        .args_type       = "device:str",
        .allow_preconfig = true,
    },

SQMP
block-job-pause
---------------

Pause a block job until "block-job-resume". Pauses nest.

Arguments:

- "device": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "block-job-pause", "arguments": { "device": "mirror0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-job-resume",
        .args_type       = "device:str",
        .allow_preconfig = true,
    },

SQMP
block-job-resume
----------------

Undo one "block-job-pause" of a block job.

Arguments:

- "device": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "block-job-resume", "arguments": { "device": "mirror0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-job-complete",
        .args_type       = "device:str",
        .allow_preconfig = true,
    },

SQMP
block-job-complete
------------------

Tell a job that is ready (a mirror, or a commit of the active layer) to
switch the device over and finish.

Arguments:

- "device": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "block-job-complete", "arguments": { "device": "mirror0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-job-set-speed",
        .args_type       = "device:str,speed:int",
        .allow_preconfig = true,
    },

SQMP
block-job-set-speed
-------------------

Change the speed limit of a running block job.

Arguments:

- "device": the job's identifier (json-string)
- "speed": the new limit in bytes per second, 0 for unlimited (json-int)

Returns: an empty object

Example:

-> { "execute": "block-job-set-speed", "arguments": { "device": "mirror0", "speed": 0 } }
<- { "return": {} }

EQMP

    {
        .name            = "block-job-dismiss",
        .args_type       = "id:str",
        .allow_preconfig = true,
    },

SQMP
block-job-dismiss
-----------------

Remove a concluded block job that was started with auto-dismiss false.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "block-job-dismiss", "arguments": { "id": "backup0" } }
<- { "return": {} }

EQMP

    {
        .name            = "block-job-finalize",
        .args_type       = "id:str",
        .allow_preconfig = true,
    },

SQMP
block-job-finalize
------------------

Let a pending block job started with auto-finalize false make its changes
to the graph and conclude.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "block-job-finalize", "arguments": { "id": "backup1" } }
<- { "return": {} }

EQMP

HXCOMM ============================================================
HXCOMM Transactions
HXCOMM ============================================================

    {
        .name            = "transaction",
        .args_type       = "actions:[TransactionAction],properties:TransactionProperties?",
    },

SQMP
transaction
-----------

Run several block actions as one: either every action takes effect or,
when one fails, none does (actions already prepared are rolled back). It
is how a consistent point in time is taken across several disks, for
example snapshots of every disk together with the dirty bitmaps that an
incremental backup will read later. Each action is a TransactionAction:
"type" names the action, "data" holds the arguments that the command of
the same name takes.

Arguments:

- "actions": the actions, run in order (json-array, array of
  TransactionAction)
- "properties": how the actions are completed (json-object,
  TransactionProperties, optional)

Returns: an empty object. When an action fails, the error of that action
is returned and no action takes effect.

Example:

Two dirty bitmaps created together on a node added with blockdev-add:

-> { "execute": "transaction", "arguments": { "actions": [ { "type": "block-dirty-bitmap-add", "data": { "node": "disk0", "name": "bitmap0" } }, { "type": "block-dirty-bitmap-add", "data": { "node": "disk0", "name": "bitmap1", "granularity": 131072 } } ] } }
<- { "return": {} }

An "abort" action makes the whole transaction fail, so the bitmap is not
cleared:

-> { "execute": "transaction", "arguments": { "actions": [ { "type": "block-dirty-bitmap-clear", "data": { "node": "disk0", "name": "bitmap0" } }, { "type": "abort", "data": {} } ], "properties": { "completion-mode": "individual" } } }
<- { "error": { "class": "GenericError", "desc": "Transaction aborted using Abort action" } }

EQMP

HXCOMM ============================================================
HXCOMM Generic jobs
HXCOMM ============================================================

    {
        .name      = "query-jobs",
        .args_type = "",
        .returns   = "[JobInfo]",
    },

SQMP
query-jobs
----------

List every job (block jobs and others, such as image creation) with its
state and progress. Progress figures have no unit; only their ratio means
something.

Arguments: None.

Returns: [JobInfo]

Example:

-> { "execute": "query-jobs" }
<- { "return": [ { "id": "backup1", "type": "backup", "status": "pending", "current-progress": 1073741824, "total-progress": 1073741824 } ] }

EQMP

    {
        .name      = "job-pause",
        .args_type = "id:str",
    },

SQMP
job-pause
---------

Pause a job until "job-resume". Pauses nest.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "job-pause", "arguments": { "id": "backup0" } }
<- { "return": {} }

EQMP

    {
        .name      = "job-resume",
        .args_type = "id:str",
    },

SQMP
job-resume
----------

Undo one "job-pause".

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "job-resume", "arguments": { "id": "backup0" } }
<- { "return": {} }

EQMP

    {
        .name      = "job-cancel",
        .args_type = "id:str",
    },

SQMP
job-cancel
----------

Abort a job. Unlike "block-job-cancel" a ready mirror is aborted too; use
"job-complete" to finish it.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "job-cancel", "arguments": { "id": "backup0" } }
<- { "return": {} }

EQMP

    {
        .name      = "job-complete",
        .args_type = "id:str",
    },

SQMP
job-complete
------------

Tell a ready job to finish its work.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "job-complete", "arguments": { "id": "mirror0" } }
<- { "return": {} }

EQMP

    {
        .name      = "job-dismiss",
        .args_type = "id:str",
    },

SQMP
job-dismiss
-----------

Remove a concluded job that was started with auto-dismiss false.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "job-dismiss", "arguments": { "id": "backup0" } }
<- { "return": {} }

EQMP

    {
        .name      = "job-finalize",
        .args_type = "id:str",
    },

SQMP
job-finalize
------------

Let a pending job started with auto-finalize false complete its changes and
conclude. Jobs of one transaction are finalized together.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "job-finalize", "arguments": { "id": "backup1" } }
<- { "return": {} }

EQMP

HXCOMM ============================================================
HXCOMM Devices, CPUs and memory
HXCOMM ============================================================

    {
        .name      = "device_add",
        .args_type = "driver:str,bus:str?,id:str?",
        .gen       = false,
    },

SQMP
device_add
----------

Create a device and plug it into the machine (hotplug). Besides the members
listed here, QEMU accepts every property of the chosen device model as a
further argument (for example "drive" for a disk or "netdev" for a network
card); no schema describes them, and QEMU checks them itself.
"device-list-properties" tells which properties a model has.

Arguments:

- "driver": the device model, as listed by "qom-list-types" or "-device
  help" (json-string)
- "bus": the bus the device is plugged into; QEMU picks one when it is
  absent (json-string, optional)
- "id": the device's identifier, needed later by "device_del" (json-string,
  optional)

Returns: an empty object

Example:

-> { "execute": "device_add", "arguments": { "driver": "virtio-blk-pci", "id": "disk1", "drive": "node1" } }
<- { "return": {} }

EQMP

    {
        .name      = "device_del",
        .args_type = "id:str",
    },

SQMP
device_del
----------

Ask for a device to be unplugged. For many buses the guest must cooperate,
so the device may still exist when the reply arrives: the DEVICE_DELETED
event says when it is gone.

Arguments:

- "id": the device's identifier or its QOM path (json-string)

Returns: an empty object

Example:

-> { "execute": "device_del", "arguments": { "id": "vd0" } }
<- { "return": {} }

EQMP

    {
        .name      = "device-list-properties",
        .args_type = "typename:str",
        .returns   = "[ObjectPropertyInfo]",
    },

SQMP
device-list-properties
----------------------

List the properties that a device model accepts, with their types,
defaults and help text.

Arguments:

- "typename": the device model (json-string)

Returns: [ObjectPropertyInfo]

Example:

-> { "execute": "device-list-properties", "arguments": { "typename": "virtio-rng-pci" } }
<- { "return": [ { "name": "romfile", "type": "str" }, { "name": "romsize", "type": "uint32", "default-value": 4294967295 }, { "name": "x-pcie-ext-tag", "type": "bool", "description": "on/off", "default-value": true } ] }

EQMP

    {
        .name      = "query-cpus-fast",
        .args_type = "",
        .returns   = "[CpuInfoFast]",
    },

SQMP
query-cpus-fast
---------------

List the virtual CPUs with their thread, topology position and QOM path,
without interrupting them.

Arguments: None.

Returns: [CpuInfoFast]

Example:

-> { "execute": "query-cpus-fast" }
<- { "return": [ { "cpu-index": 0, "qom-path": "/machine/unattached/device[0]", "thread-id": 8700, "props": { "core-id": 0, "thread-id": 0, "socket-id": 0 }, "target": "x86_64" } ] }

EQMP

    {
        .name            = "query-hotpluggable-cpus",
        .args_type       = "",
        .returns         = "[HotpluggableCPU]",
        .allow_preconfig = true,
    },

SQMP
query-hotpluggable-cpus
-----------------------

List the CPU slots of the machine, plugged or not, with the properties a
"device_add" needs to fill an empty slot. Machines without CPU hotplug
return an error.

Arguments: None.

Returns: [HotpluggableCPU]

Example:

-> { "execute": "query-hotpluggable-cpus" }
<- { "return": [ { "type": "qemu64-x86_64-cpu", "vcpus-count": 1, "props": { "core-id": 0, "thread-id": 0, "socket-id": 0 }, "qom-path": "/machine/unattached/device[0]" } ] }

EQMP

    {
        .name      = "query-pci",
        .args_type = "",
        .returns   = "[PciInfo]",
    },

SQMP
query-pci
---------

Describe the PCI buses of the machine and the devices on them, with their
IDs, class, interrupts and memory regions.

Arguments: None.

Returns: [PciInfo]

Example:

-> { "execute": "query-pci" }
<- { "return": [ { "bus": 0, "devices": [ { "bus": 0, "slot": 1, "function": 1, "class_info": { "class": 257, "desc": "IDE controller" }, "id": { "device": 28688, "vendor": 32902, "subsystem": 4352, "subsystem-vendor": 6900 }, "irq_pin": 0, "qdev_id": "", "regions": [ { "bar": 4, "type": "io", "address": -1, "size": 16 } ] } ] } ] }

EQMP

    {
        .name      = "query-mice",
        .args_type = "",
        .returns   = "[MouseInfo]",
    },

SQMP
query-mice
----------

List the pointing devices the guest has, and which one receives mouse input.

Arguments: None.

Returns: [MouseInfo]

Example:

-> { "execute": "query-mice" }
<- { "return": [ { "name": "QEMU PS/2 Mouse", "index": 0, "current": true, "absolute": false } ] }

EQMP

    {
        .name            = "query-memdev",
        .args_type       = "",
        .returns         = "[Memdev]",
        .allow_preconfig = true,
    },

SQMP
query-memdev
------------

List the memory backends with their size and host memory policy.

Arguments: None.

Returns: [Memdev]

Example:

-> { "execute": "query-memdev" }
<- { "return": [ { "id": "pc.ram", "size": 134217728, "merge": true, "dump": true, "prealloc": false, "share": false, "reserve": true, "host-nodes": [], "policy": "default" } ] }

EQMP

    {
        .name            = "query-iothreads",
        .args_type       = "",
        .returns         = "[IOThreadInfo]",
        .allow_preconfig = true,
    },

SQMP
query-iothreads
---------------

List the I/O threads created with -object iothread or "object-add", with
their host thread ID and polling settings.

Arguments: None.

Returns: [IOThreadInfo]

Example:

-> { "execute": "query-iothreads" }
<- { "return": [ { "id": "io0", "thread-id": 8258, "poll-max-ns": 32768, "poll-grow": 0, "poll-shrink": 0, "aio-max-batch": 0 } ] }

EQMP

    {
        .name      = "query-memory-size-summary",
        .args_type = "",
        .returns   = "MemoryInfo",
    },

SQMP
query-memory-size-summary
-------------------------

Report the amount of guest RAM: the base memory and what was hotplugged.

Arguments: None.

Returns: MemoryInfo

Example:

-> { "execute": "query-memory-size-summary" }
<- { "return": { "base-memory": 134217728, "plugged-memory": 0 } }

EQMP

    {
        .name      = "query-balloon",
        .args_type = "",
        .returns   = "BalloonInfo",
    },

SQMP
query-balloon
-------------

Report how much memory the guest has according to the balloon device. It
fails when no balloon device exists.

Arguments: None.

Returns: BalloonInfo

Example:

-> { "execute": "query-balloon" }
<- { "return": { "actual": 134217728 } }

EQMP

    {
        .name      = "balloon",
        .args_type = "value:int",
    },

SQMP
balloon
-------

Ask the guest, through its balloon device, to give memory back to the host
(or take it again) until it has the given amount. The guest does this over
time; BALLOON_CHANGE reports progress.

Arguments:

- "value": the memory size the guest should end up with, in bytes (json-int)

Returns: an empty object

Example:

-> { "execute": "balloon", "arguments": { "value": 67108864 } }
<- { "return": {} }

EQMP

    {
        .name      = "query-acpi-ospm-status",
        .args_type = "",
        .returns   = "[ACPIOSTInfo]",
    },

SQMP
query-acpi-ospm-status
----------------------

Report the status of ACPI hotplug operations as the guest's ACPI code
acknowledged them (_OST). It fails on machines without ACPI.

Arguments: None.

Returns: [ACPIOSTInfo]

Example:

-> { "execute": "query-acpi-ospm-status" }
<- { "return": [ { "device": "d1", "slot": "0", "slot-type": "DIMM", "source": 1, "status": 0 } ] }

EQMP

    {
        .name      = "query-tpm",
        .args_type = "",
        .returns   = "[TPMInfo]",
    },

SQMP
query-tpm
---------

List the TPM devices of the machine with their model and backend.

Arguments: None.

Returns: [TPMInfo]

Example:

-> { "execute": "query-tpm" }
<- { "return": [ { "id": "tpm0", "model": "tpm-tis", "options": { "type": "emulator", "data": { "chardev": "chrtpm" } } } ] }

EQMP

    {
        .name      = "query-tpm-models",
        .args_type = "",
        .returns   = "[TpmModel]",
    },

SQMP
query-tpm-models
----------------

List the TPM device models this QEMU supports.

Arguments: None.

Returns: [TpmModel]

Example:

-> { "execute": "query-tpm-models" }
<- { "return": [ "tpm-crb", "tpm-tis" ] }

EQMP

    {
        .name      = "query-tpm-types",
        .args_type = "",
        .returns   = "[TpmType]",
    },

SQMP
query-tpm-types
---------------

List the TPM backend types this QEMU supports.

Arguments: None.

Returns: [TpmType]

Example:

-> { "execute": "query-tpm-types" }
<- { "return": [ "passthrough", "emulator" ] }

EQMP

HXCOMM ============================================================
HXCOMM QOM
HXCOMM ============================================================

    {
        .name            = "qom-list",
        .args_type       = "path:str",
        .returns         = "[ObjectPropertyInfo]",
        .allow_preconfig = true,
    },

SQMP
qom-list
--------

List the properties of the object at a QOM path: names and types. Child
objects show up as properties of type "child<...>", links as "link<...>".

Arguments:

- "path": an absolute QOM path such as "/machine", or a partial one naming a
  unique object (json-string)

Returns: [ObjectPropertyInfo]

Example:

-> { "execute": "qom-list", "arguments": { "path": "/objects" } }
<- { "return": [ { "name": "type", "type": "string" }, { "name": "io0", "type": "child<iothread>" } ] }

EQMP

    {
        .name            = "qom-get",
        .args_type       = "path:str,property:str",
        .returns         = "any",
        .allow_preconfig = true,
    },

SQMP
qom-get
-------

Read one property of a QOM object. The reply is the property's value,
whatever its JSON type.

Arguments:

- "path": the object's QOM path (json-string)
- "property": the property to read (json-string)

Returns: any

Example:

-> { "execute": "qom-get", "arguments": { "path": "/objects/io0", "property": "poll-max-ns" } }
<- { "return": 32768 }

EQMP

    {
        .name            = "qom-set",
        .args_type       = "path:str,property:str,value:any",
        .allow_preconfig = true,
    },

SQMP
qom-set
-------

Write one property of a QOM object. Many properties can only be set before
the object is realized and refuse later writes.

Arguments:

- "path": the object's QOM path (json-string)
- "property": the property to write (json-string)
- "value": the new value, of the property's type (json-value)

Returns: an empty object

Example:

-> { "execute": "qom-set", "arguments": { "path": "/machine", "property": "graphics", "value": false } }
<- { "return": {} }

EQMP

    {
        .name            = "qom-list-types",
        .args_type       = "implements:str?,abstract:bool?",
        .returns         = "[ObjectTypeInfo]",
        .allow_preconfig = true,
    },

SQMP
qom-list-types
--------------

List QOM types, optionally only those implementing an interface or
inheriting from a type.

Arguments:

- "implements": only types that are or inherit from this type (json-string,
  optional)
- "abstract": include abstract types (default false) (json-bool, optional)

Returns: [ObjectTypeInfo]

Example:

-> { "execute": "qom-list-types", "arguments": { "implements": "iothread" } }
<- { "return": [ { "name": "iothread", "parent": "event-loop-base" } ] }

EQMP

    {
        .name            = "qom-list-properties",
        .args_type       = "typename:str",
        .returns         = "[ObjectPropertyInfo]",
        .allow_preconfig = true,
    },

SQMP
qom-list-properties
-------------------

List the properties an object of a (non-abstract, user creatable) QOM type
would have.

Arguments:

- "typename": the QOM type (json-string)

Returns: [ObjectPropertyInfo]

Example:

-> { "execute": "qom-list-properties", "arguments": { "typename": "iothread" } }
<- { "return": [ { "name": "type", "type": "string" }, { "name": "poll-max-ns", "type": "int" }, { "name": "aio-max-batch", "type": "int" } ] }

EQMP

    {
        .name            = "object-add",
        .args            = "ObjectOptions",
        .boxed           = true,
        .allow_preconfig = true,
    },

SQMP
object-add
----------

Create a user-creatable QOM object (an iothread, a memory backend, a
secret, a throttle group...). The arguments are one ObjectOptions object
(boxed): "qom-type" selects which further properties are valid. This file
describes the properties of iothread, memory-backend-ram and
throttle-group; objects of other types cannot be built by a typed request
(send them as raw JSON).

Arguments (the members every type shares; see ObjectOptions for the
others):

- "qom-type": the QOM type of the new object (json-string, ObjectType)
- "id": the object's identifier; it appears as /objects/ID (json-string)

Returns: an empty object

Example:

-> { "execute": "object-add", "arguments": { "qom-type": "iothread", "id": "io1" } }
<- { "return": {} }

-> { "execute": "object-add", "arguments": { "qom-type": "memory-backend-ram", "id": "mem0", "size": 67108864 } }
<- { "return": {} }

-> { "execute": "object-add", "arguments": { "qom-type": "throttle-group", "id": "tg0", "limits": { "iops-total": 1000 } } }
<- { "return": {} }

EQMP

    {
        .name            = "object-del",
        .args_type       = "id:str",
        .allow_preconfig = true,
    },

SQMP
object-del
----------

Destroy an object created with -object or "object-add". It fails while the
object is in use.

Arguments:

- "id": the object's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "object-del", "arguments": { "id": "mem1" } }
<- { "return": {} }

EQMP

HXCOMM ============================================================
HXCOMM Migration
HXCOMM ============================================================

    {
        .name      = "migrate",
        .args_type = "uri:str?,channels:[MigrationChannel]?,detach:bool?,resume:bool?",
    },

SQMP
migrate
-------

Start migrating the VM's state to another QEMU, or to a file or command. The
command returns at once; progress is read with "query-migrate" and the
MIGRATION event. Give the destination either as a URI or as channels.

Arguments:

- "uri": the destination as a URI, such as "tcp:HOST:PORT", "unix:PATH",
  "exec:CMD" or "file:PATH" (json-string, optional)
- "channels": the destination as a structured list of channels (one main
  channel) (json-array, array of MigrationChannel, optional)
- "detach": ignored; the command always runs in the background (json-bool,
  optional)
- "resume": resume a paused postcopy migration instead of starting a new one
  (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "migrate", "arguments": { "uri": "exec:cat > /tmp/mig.bin" } }
<- { "return": {} }

EQMP

    {
        .name      = "migrate-incoming",
        .args_type = "uri:str?,channels:[MigrationChannel]?,exit-on-error:bool?",
    },

SQMP
migrate-incoming
----------------

Start receiving an incoming migration, in a QEMU started with
"-incoming defer". The address is given like the destination of "migrate".

Arguments:

- "uri": where to listen or what to read from, as a URI (json-string,
  optional)
- "channels": the same, as a structured list of channels (json-array, array
  of MigrationChannel, optional)
- "exit-on-error": exit QEMU when the migration fails (default true)
  (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "migrate-incoming", "arguments": { "channels": [ { "channel-type": "main", "addr": { "transport": "socket", "type": "inet", "host": "127.0.0.1", "port": "4446" } } ] } }
<- { "return": {} }

EQMP

    {
        .name      = "query-migrate",
        .args_type = "",
        .returns   = "MigrationInfo",
    },

SQMP
query-migrate
-------------

Report the state of the current (or last) migration with transfer
statistics. Members appear only when they make sense for the state: an
idle QEMU replies with an empty object.

Arguments: None.

Returns: MigrationInfo

Example:

-> { "execute": "query-migrate" }
<- { "return": { "status": "completed", "setup-time": 0, "downtime": 1, "total-time": 8,
                 "ram": { "total": 135012352, "remaining": 0, "transferred": 959883, "duplicate": 32850, "normal": 112, "normal-bytes": 458752, "dirty-pages-rate": 0, "mbps": 959.883,
                          "dirty-sync-count": 2, "postcopy-requests": 0, "page-size": 4096, "multifd-bytes": 0, "pages-per-second": 0, "precopy-bytes": 0, "downtime-bytes": 755422,
                          "postcopy-bytes": 0, "dirty-sync-missed-zero-copy": 0 } } }

EQMP

    {
        .name      = "migrate_cancel",
        .args_type = "",
    },

SQMP
migrate_cancel
--------------

Cancel the migration that is running. Cancelling when none runs is not an
error.

Arguments: None.

Returns: an empty object

Example:

-> { "execute": "migrate_cancel" }
<- { "return": {} }

EQMP

    {
        .name      = "migrate-set-capabilities",
        .args_type = "capabilities:[MigrationCapabilityStatus]",
    },

SQMP
migrate-set-capabilities
------------------------

Switch migration capabilities on or off before a migration starts. Both
sides usually need the same settings.

Arguments:

- "capabilities": the capabilities to change, each with its new state
  (json-array, array of MigrationCapabilityStatus)

Returns: an empty object

Example:

-> { "execute": "migrate-set-capabilities", "arguments": { "capabilities": [ { "capability": "events", "state": true } ] } }
<- { "return": {} }

EQMP

    {
        .name      = "query-migrate-capabilities",
        .args_type = "",
        .returns   = "[MigrationCapabilityStatus]",
    },

SQMP
query-migrate-capabilities
--------------------------

List every migration capability with its current state.

Arguments: None.

Returns: [MigrationCapabilityStatus]

Example:

-> { "execute": "query-migrate-capabilities" }
<- { "return": [ { "capability": "xbzrle", "state": false }, { "capability": "events", "state": true }, { "capability": "postcopy-ram", "state": false } ] }

EQMP

    {
        .name      = "query-migrate-parameters",
        .args_type = "",
        .returns   = "MigrationParameters",
    },

SQMP
query-migrate-parameters
------------------------

Report the current values of the migration tuning parameters (bandwidth
limits, downtime limit, TLS settings, multifd settings...).

Arguments: None.

Returns: MigrationParameters

Example:

-> { "execute": "query-migrate-parameters" }
<- { "return": { "announce-initial": 50, "announce-max": 550, "announce-rounds": 5, "announce-step": 100, "throttle-trigger-threshold": 50, "cpu-throttle-initial": 20, "cpu-throttle-increment": 10,
                 "cpu-throttle-tailslow": false, "tls-creds": "", "tls-hostname": "", "tls-authz": "", "max-bandwidth": 134217728, "avail-switchover-bandwidth": 0, "downtime-limit": 300,
                 "x-checkpoint-delay": 20000, "multifd-channels": 2, "multifd-compression": "none", "multifd-zlib-level": 1, "multifd-qatzip-level": 1, "multifd-zstd-level": 1,
                 "xbzrle-cache-size": 67108864, "max-postcopy-bandwidth": 0, "max-cpu-throttle": 99, "x-vcpu-dirty-limit-period": 1000, "vcpu-dirty-limit": 1, "mode": "normal",
                 "zero-page-detection": "multifd", "direct-io": false } }

EQMP

HXCOMM ============================================================
HXCOMM File descriptors
HXCOMM ============================================================

    {
        .name      = "getfd",
        .args_type = "fdname:str",
    },

SQMP
getfd
-----

Store a file descriptor that the client passes along with this command
(SCM_RIGHTS ancillary data on a Unix socket) under a name, for later
commands that take a file descriptor name.

Arguments:

- "fdname": the name to store the descriptor under; an existing one is
  replaced (json-string)

Returns: an empty object

Example:

-> { "execute": "getfd", "arguments": { "fdname": "fd0" } }
<- { "return": {} }

EQMP

    {
        .name      = "closefd",
        .args_type = "fdname:str",
    },

SQMP
closefd
-------

Close a file descriptor stored with "getfd".

Arguments:

- "fdname": the name it was stored under (json-string)

Returns: an empty object

Example:

-> { "execute": "closefd", "arguments": { "fdname": "fd0" } }
<- { "return": {} }

EQMP

    {
        .name      = "add-fd",
        .args_type = "fdset-id:int?,opaque:str?",
        .returns   = "AddfdInfo",
    },

SQMP
add-fd
------

Add a file descriptor passed along with this command (SCM_RIGHTS) to a file
descriptor set. Options such as "file" paths can then name the set as
/dev/fdset/ID, and QEMU picks a descriptor with suitable access mode.

Arguments:

- "fdset-id": the set to add to; a new set is created when absent (json-int,
  optional)
- "opaque": free-form text kept with the descriptor, for the client's
  bookkeeping (json-string, optional)

Returns: AddfdInfo

Example:

-> { "execute": "add-fd", "arguments": { "fdset-id": 1, "opaque": "/tmp/fdtest rw" } }
<- { "return": { "fdset-id": 1, "fd": 11 } }

EQMP

    {
        .name      = "remove-fd",
        .args_type = "fdset-id:int,fd:int?",
    },

SQMP
remove-fd
---------

Remove one descriptor, or a whole set, from the file descriptor sets. A
descriptor still in use is closed once its user lets it go.

Arguments:

- "fdset-id": the set (json-int)
- "fd": the descriptor to remove; the whole set when absent (json-int,
  optional)

Returns: an empty object

Example:

-> { "execute": "remove-fd", "arguments": { "fdset-id": 1, "fd": 11 } }
<- { "return": {} }

EQMP

    {
        .name      = "query-fdsets",
        .args_type = "",
        .returns   = "[FdsetInfo]",
    },

SQMP
query-fdsets
------------

List the file descriptor sets and the descriptors in each.

Arguments: None.

Returns: [FdsetInfo]

Example:

-> { "execute": "query-fdsets" }
<- { "return": [ { "fdset-id": 1, "fds": [ { "fd": 11, "opaque": "/tmp/fdtest rw" }, { "fd": 12 } ] } ] }

EQMP

HXCOMM ============================================================
HXCOMM Character devices, network and display
HXCOMM ============================================================

    {
        .name            = "query-chardev",
        .args_type       = "",
        .returns         = "[ChardevInfo]",
        .allow_preconfig = true,
    },

SQMP
query-chardev
-------------

List the character devices (backends) with their label and a description
of what they are connected to.

Arguments: None.

Returns: [ChardevInfo]

Example:

-> { "execute": "query-chardev" }
<- { "return": [ { "label": "rb0", "filename": "ringbuf", "frontend-open": false }, { "label": "compat_monitor0", "filename": "unix:/tmp/qmp.sock,server=on", "frontend-open": true } ] }

EQMP

    {
        .name      = "query-chardev-backends",
        .args_type = "",
        .returns   = "[ChardevBackendInfo]",
    },

SQMP
query-chardev-backends
----------------------

List the character device backend types this QEMU supports.

Arguments: None.

Returns: [ChardevBackendInfo]

Example:

-> { "execute": "query-chardev-backends" }
<- { "return": [ { "name": "socket" }, { "name": "file" }, { "name": "ringbuf" }, { "name": "null" } ] }

EQMP

    {
        .name      = "ringbuf-write",
        .args_type = "device:str,data:str,format:DataFormat?",
    },

SQMP
ringbuf-write
-------------

Append data to a ring buffer character device; the oldest data is
overwritten when it is full.

Arguments:

- "device": the ring buffer's identifier (json-string)
- "data": the data to write (json-string)
- "format": how "data" is encoded (default utf8) (json-string, DataFormat,
  optional)

Returns: an empty object

Example:

-> { "execute": "ringbuf-write", "arguments": { "device": "rb0", "data": "hello" } }
<- { "return": {} }

EQMP

    {
        .name      = "ringbuf-read",
        .args_type = "device:str,size:int,format:DataFormat?",
        .returns   = "str",
    },

SQMP
ringbuf-read
------------

Take up to "size" bytes out of a ring buffer character device.

Arguments:

- "device": the ring buffer's identifier (json-string)
- "size": the maximum number of bytes to read (json-int)
- "format": how the reply is encoded (default utf8; use base64 for binary
  data) (json-string, DataFormat, optional)

Returns: str

Example:

-> { "execute": "ringbuf-read", "arguments": { "device": "rb0", "size": 5 } }
<- { "return": "hello" }

EQMP

    {
        .name      = "chardev-remove",
        .args_type = "id:str",
    },

SQMP
chardev-remove
--------------

Remove a character device backend that no frontend uses.

Arguments:

- "id": the character device's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "chardev-remove", "arguments": { "id": "rb0" } }
<- { "return": {} }

EQMP

    {
        .name            = "netdev_add",
        .args            = "Netdev",
        .boxed           = true,
        .allow_preconfig = true,
    },

SQMP
netdev_add
----------

Create a network backend (user networking, tap, socket...), for a network
card added later with device_add. The arguments are one Netdev object
(boxed): "type" selects which further options are valid. This file
describes the options of the user, tap, socket, stream, dgram and hubport
backends; backends of other types cannot be built by a typed request (send
them as raw JSON).

Arguments (the members every backend shares; see Netdev for the others):

- "id": the backend's identifier, used by the "netdev" property of a network
  card (json-string)
- "type": the kind of backend (json-string, NetClientDriver)

Returns: an empty object

Example:

-> { "execute": "netdev_add", "arguments": { "type": "user", "id": "net0" } }
<- { "return": {} }

User networking on another subnet, with host port 2222 forwarded to the
guest's ssh port:

-> { "execute": "netdev_add", "arguments": { "type": "user", "id": "net1", "net": "10.0.3.0/24", "hostfwd": [ { "str": "tcp:127.0.0.1:2222-:22" } ] } }
<- { "return": {} }

A backend that listens on a Unix socket for another QEMU's stream backend:

-> { "execute": "netdev_add", "arguments": { "type": "stream", "id": "net2", "server": true, "addr": { "type": "unix", "path": "/tmp/net2.sock" } } }
<- { "return": {} }

EQMP

    {
        .name            = "netdev_del",
        .args_type       = "id:str",
        .allow_preconfig = true,
    },

SQMP
netdev_del
----------

Remove a network backend created with -netdev or netdev_add.

Arguments:

- "id": the backend's identifier (json-string)

Returns: an empty object

Example:

-> { "execute": "netdev_del", "arguments": { "id": "net0" } }
<- { "return": {} }

EQMP

    {
        .name      = "set_link",
        .args_type = "name:str,up:bool",
    },

SQMP
set_link
--------

Set the link of a network card or backend up or down, as if a cable were
plugged in or pulled out.

Arguments:

- "name": the network card's or backend's identifier (json-string)
- "up": true for link up, false for link down (json-bool)

Returns: an empty object

Example:

-> { "execute": "set_link", "arguments": { "name": "nic0", "up": false } }
<- { "return": {} }

EQMP

    {
        .name      = "query-rx-filter",
        .args_type = "name:str?",
        .returns   = "[RxFilterInfo]",
    },

SQMP
query-rx-filter
---------------

Report the receive filters (MAC tables, VLAN table, promiscuous mode) that
the guest programmed into its network cards.

Arguments:

- "name": only this network card (json-string, optional)

Returns: [RxFilterInfo]

Example:

-> { "execute": "query-rx-filter", "arguments": { "name": "nic0" } }
<- { "return": [ { "name": "nic0", "promiscuous": true, "multicast": "normal", "unicast": "normal", "vlan": "all", "broadcast-allowed": false, "multicast-overflow": false, "unicast-overflow": false,
                   "main-mac": "52:54:00:12:34:56", "vlan-table": [ 4095, 4094 ], "unicast-table": [], "multicast-table": [] } ] }

EQMP

    {
        .name      = "query-vnc",
        .args_type = "",
        .returns   = "VncInfo",
    },

SQMP
query-vnc
---------

Report the VNC server's address, authentication and connected clients.

Arguments: None.

Returns: VncInfo

Example:

-> { "execute": "query-vnc" }
<- { "return": { "enabled": false } }

EQMP

    {
        .name      = "query-display-options",
        .args_type = "",
        .returns   = "DisplayOptions",
    },

SQMP
query-display-options
---------------------

Report the display options QEMU was started with.

Arguments: None.

Returns: DisplayOptions

Example:

-> { "execute": "query-display-options" }
<- { "return": { "type": "none" } }

EQMP

    {
        .name      = "screendump",
        .args_type = "filename:str,device:str?,head:int?,format:ImageFormat?",
    },

SQMP
screendump
----------

Save the picture of a display to a file on the host.

Arguments:

- "filename": the file to write (json-string)
- "device": the display device; the first console when absent (json-string,
  optional)
- "head": the head of a multi-head display device (needs "device")
  (json-int, optional)
- "format": the image format (default ppm) (json-string, ImageFormat,
  optional)

Returns: an empty object

Example:

-> { "execute": "screendump", "arguments": { "filename": "/tmp/screen.png", "format": "png" } }
<- { "return": {} }

EQMP

HXCOMM ============================================================
HXCOMM Memory dumps, tracing and replay
HXCOMM ============================================================

    {
        .name      = "memsave",
        .args_type = "val:uint64,size:size,filename:str,cpu-index:int?",
    },

SQMP
memsave
-------

Save a range of guest virtual memory, as one CPU sees it, to a file on the
host.

Arguments:

- "val": the virtual start address (json-int, uint64)
- "size": the number of bytes to save (json-int, size)
- "filename": the file to write (json-string)
- "cpu-index": the CPU whose address space is used (default 0) (json-int,
  optional)

Returns: an empty object

Example:

-> { "execute": "memsave", "arguments": { "val": 0, "size": 4096, "filename": "/tmp/mem.bin" } }
<- { "return": {} }

EQMP

    {
        .name      = "pmemsave",
        .args_type = "val:uint64,size:size,filename:str",
    },

SQMP
pmemsave
--------

Save a range of guest physical memory to a file on the host.

Arguments:

- "val": the physical start address (json-int, uint64)
- "size": the number of bytes to save (json-int, size)
- "filename": the file to write (json-string)

Returns: an empty object

Example:

-> { "execute": "pmemsave", "arguments": { "val": 0, "size": 4096, "filename": "/tmp/pmem.bin" } }
<- { "return": {} }

EQMP

    {
        .name      = "dump-guest-memory",
        .args_type = "paging:bool,protocol:str,detach:bool?,begin:int?,length:int?,format:DumpGuestMemoryFormat?",
    },

SQMP
dump-guest-memory
-----------------

Write the guest's memory to a file as a core dump that crash or gdb can
read. With "detach" the command returns at once and DUMP_COMPLETED follows.

Arguments:

- "paging": also record the guest virtual addresses, found through the guest
  page tables (json-bool)
- "protocol": where to write: "file:PATH" or "fd:NAME" of a descriptor
  stored with getfd (json-string)
- "detach": run in the background (default false) (json-bool, optional)
- "begin": the physical address where the dump starts (json-int, optional)
- "length": the number of bytes to dump (needs "begin") (json-int, optional)
- "format": the dump format (default elf) (json-string,
  DumpGuestMemoryFormat, optional)

Returns: an empty object

Example:

-> { "execute": "dump-guest-memory", "arguments": { "paging": false, "protocol": "file:/tmp/dump.elf", "detach": true } }
<- { "return": {} }

EQMP

    {
        .name      = "query-dump",
        .args_type = "",
        .returns   = "DumpQueryResult",
    },

SQMP
query-dump
----------

Report the progress of the current (or last) memory dump.

Arguments: None.

Returns: DumpQueryResult

Example:

-> { "execute": "query-dump" }
<- { "return": { "status": "completed", "completed": 134479872, "total": 134479872 } }

EQMP

    {
        .name      = "query-dump-guest-memory-capability",
        .args_type = "",
        .returns   = "DumpGuestMemoryCapability",
    },

SQMP
query-dump-guest-memory-capability
----------------------------------

List the dump formats "dump-guest-memory" can write in this build.

Arguments: None.

Returns: DumpGuestMemoryCapability

Example:

-> { "execute": "query-dump-guest-memory-capability" }
<- { "return": { "formats": [ "elf", "kdump-zlib", "kdump-raw-zlib", "win-dmp" ] } }

EQMP

    {
        .name      = "trace-event-get-state",
        .args_type = "name:str",
        .returns   = "[TraceEventInfo]",
    },

SQMP
trace-event-get-state
---------------------

Report whether trace events are enabled. The name may contain wildcards.

Arguments:

- "name": the event name or a pattern with "*" (json-string)

Returns: [TraceEventInfo]

Example:

-> { "execute": "trace-event-get-state", "arguments": { "name": "qmp_job_*" } }
<- { "return": [ { "name": "qmp_job_pause", "state": "disabled" }, { "name": "qmp_job_cancel", "state": "disabled" } ] }

EQMP

    {
        .name      = "trace-event-set-state",
        .args_type = "name:str,enable:bool,ignore-unavailable:bool?",
    },

SQMP
trace-event-set-state
---------------------

Enable or disable trace events. The name may contain wildcards.

Arguments:

- "name": the event name or a pattern with "*" (json-string)
- "enable": the new state (json-bool)
- "ignore-unavailable": skip events that cannot be changed instead of
  failing (default false) (json-bool, optional)

Returns: an empty object

Example:

-> { "execute": "trace-event-set-state", "arguments": { "name": "qmp_job_*", "enable": true } }
<- { "return": {} }

EQMP

    {
        .name      = "query-replay",
        .args_type = "",
        .returns   = "ReplayInfo",
    },

SQMP
query-replay
------------

Report the record/replay mode and the current instruction count.

Arguments: None.

Returns: ReplayInfo

Example:

-> { "execute": "query-replay" }
<- { "return": { "mode": "none", "icount": 0 } }

EQMP

HXCOMM ============================================================
HXCOMM Events: Run state events
HXCOMM ============================================================

    {
        .event = "STOP",
        .data  = "",
    },

SQMP
STOP
----

The guest's CPUs stopped executing, because of "stop", an error policy or
another reason; "query-status" tells which.

Data: None.

Example:

<- { "event": "STOP", "timestamp": { "seconds": 1795606307, "microseconds": 653096 } }

EQMP

    {
        .event = "RESUME",
        .data  = "",
    },

SQMP
RESUME
------

The guest's CPUs run again after a stop.

Data: None.

Example:

<- { "event": "RESUME", "timestamp": { "seconds": 1795606307, "microseconds": 652819 } }

EQMP

    {
        .event = "SHUTDOWN",
        .data  = "guest:bool,reason:ShutdownCause",
    },

SQMP
SHUTDOWN
--------

The guest shut down or QEMU is about to exit. With -no-shutdown the
process stays and the guest is merely stopped.

Data:

- "guest": true when the guest asked for it, false when the host did
  (json-bool)
- "reason": what caused it (json-string, ShutdownCause)

Example:

<- { "event": "SHUTDOWN", "data": { "guest": false, "reason": "host-qmp-quit" }, "timestamp": { "seconds": 1795606309, "microseconds": 976028 } }

EQMP

    {
        .event = "RESET",
        .data  = "guest:bool,reason:ShutdownCause",
    },

SQMP
RESET
-----

The machine was reset.

Data:

- "guest": true when the guest asked for it, false when the host did
  (json-bool)
- "reason": what caused it (json-string, ShutdownCause)

Example:

<- { "event": "RESET", "data": { "guest": false, "reason": "host-qmp-system-reset" }, "timestamp": { "seconds": 1795606307, "microseconds": 654441 } }

EQMP

    {
        .event = "POWERDOWN",
        .data  = "",
    },

SQMP
POWERDOWN
---------

A power button press was delivered to the guest ("system_powerdown"); the
guest decides whether to shut down.

Data: None.

Example:

<- { "event": "POWERDOWN", "timestamp": { "seconds": 1795606307, "microseconds": 654618 } }

EQMP

    {
        .event = "WAKEUP",
        .data  = "",
    },

SQMP
WAKEUP
------

The guest woke up from a suspended state.

Data: None.

Example:

<- { "event": "WAKEUP", "timestamp": { "seconds": 1795606320, "microseconds": 118044 } }

EQMP

    {
        .event = "SUSPEND",
        .data  = "",
    },

SQMP
SUSPEND
-------

The guest suspended itself to RAM (ACPI S3).

Data: None.

Example:

<- { "event": "SUSPEND", "timestamp": { "seconds": 1795606318, "microseconds": 503312 } }

EQMP

    {
        .event = "SUSPEND_DISK",
        .data  = "",
    },

SQMP
SUSPEND_DISK
------------

The guest suspended itself to disk (ACPI S4); QEMU usually exits next.

Data: None.

Example:

<- { "event": "SUSPEND_DISK", "timestamp": { "seconds": 1795606318, "microseconds": 503312 } }

EQMP

    {
        .event = "GUEST_PANICKED",
        .data  = "action:GuestPanicAction,info:GuestPanicInformation?",
    },

SQMP
GUEST_PANICKED
--------------

The guest reported a crash through a panic device (pvpanic, Hyper-V crash
MSRs...).

Data:

- "action": what QEMU did about it (json-string, GuestPanicAction)
- "info": the crash details the guest gave, when the device supports them
  (json-object, GuestPanicInformation, optional)

Example:

<- { "event": "GUEST_PANICKED", "data": { "action": "pause" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "GUEST_CRASHLOADED",
        .data  = "action:GuestPanicAction,info:GuestPanicInformation?",
    },

SQMP
GUEST_CRASHLOADED
-----------------

The guest reported that it crashed and loaded a crash kernel to save a dump.

Data:

- "action": what QEMU did about it (json-string, GuestPanicAction)
- "info": the crash details the guest gave, when the device supports them
  (json-object, GuestPanicInformation, optional)

Example:

<- { "event": "GUEST_CRASHLOADED", "data": { "action": "run" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "WATCHDOG",
        .data  = "action:WatchdogAction",
    },

SQMP
WATCHDOG
--------

The guest's watchdog timer expired and the configured action was taken.

Data:

- "action": the action taken (json-string, WatchdogAction)

Example:

<- { "event": "WATCHDOG", "data": { "action": "reset" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "RTC_CHANGE",
        .data  = "offset:int,qom-path:str",
    },

SQMP
RTC_CHANGE
----------

The guest set its real-time clock; the offset lets a management layer
keep the new time across restarts.

Data:

- "offset": the difference between the new guest time and host time, in
  seconds (json-int)
- "qom-path": the clock device that changed (json-string)

Example:

<- { "event": "RTC_CHANGE", "data": { "offset": 78, "qom-path": "/machine/unattached/device[8]" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

HXCOMM ============================================================
HXCOMM Events: Device events
HXCOMM ============================================================

    {
        .event = "DEVICE_DELETED",
        .data  = "device:str?,path:str",
    },

SQMP
DEVICE_DELETED
--------------

A device finished unplugging and is gone. Sent for the device itself and
for some of its internal parts, which have a path but no id.

Data:

- "device": the device's identifier, when it had one (json-string, optional)
- "path": the device's QOM path (json-string)

Example:

<- { "event": "DEVICE_DELETED", "data": { "device": "vd0", "path": "/machine/peripheral/vd0" }, "timestamp": { "seconds": 1795606307, "microseconds": 674811 } }

EQMP

    {
        .event = "DEVICE_TRAY_MOVED",
        .data  = "device:str,id:str,tray-open:bool",
    },

SQMP
DEVICE_TRAY_MOVED
-----------------

The tray of a removable-media drive opened or closed, on request of the
guest or of the host.

Data:

- "device": the block device's name (empty when it has none) (json-string)
- "id": the drive's QOM path or identifier (json-string)
- "tray-open": whether the tray is now open (json-bool)

Example:

<- { "event": "DEVICE_TRAY_MOVED", "data": { "device": "", "id": "/machine/peripheral/cd0", "tray-open": true }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "DEVICE_UNPLUG_GUEST_ERROR",
        .data  = "device:str?,path:str",
    },

SQMP
DEVICE_UNPLUG_GUEST_ERROR
-------------------------

The guest refused or failed an unplug request made with "device_del".

Data:

- "device": the device's identifier, when it had one (json-string, optional)
- "path": the device's QOM path (json-string)

Example:

<- { "event": "DEVICE_UNPLUG_GUEST_ERROR", "data": { "device": "dimm1", "path": "/machine/peripheral/dimm1" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "ACPI_DEVICE_OST",
        .data  = "info:ACPIOSTInfo",
    },

SQMP
ACPI_DEVICE_OST
---------------

The guest's ACPI code reported the status of a hotplug operation (_OST).

Data:

- "info": the reported status (json-object, ACPIOSTInfo)

Example:

<- { "event": "ACPI_DEVICE_OST", "data": { "info": { "device": "d1", "slot": "0", "slot-type": "DIMM", "source": 1, "status": 0 } }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "MEMORY_DEVICE_SIZE_CHANGE",
        .data  = "id:str?,size:size,qom-path:str",
    },

SQMP
MEMORY_DEVICE_SIZE_CHANGE
-------------------------

The amount of memory a memory device (such as virtio-mem) gives the guest
changed.

Data:

- "id": the device's identifier, when it has one (json-string, optional)
- "size": the new size in bytes (json-int, size)
- "qom-path": the device's QOM path (json-string)

Example:

<- { "event": "MEMORY_DEVICE_SIZE_CHANGE", "data": { "id": "vm0", "size": 1073741824, "qom-path": "/machine/peripheral/vm0" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "BALLOON_CHANGE",
        .data  = "actual:int",
    },

SQMP
BALLOON_CHANGE
--------------

The guest's memory size as seen by the balloon device changed.

Data:

- "actual": the new memory size in bytes (json-int)

Example:

<- { "event": "BALLOON_CHANGE", "data": { "actual": 67108864 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "NIC_RX_FILTER_CHANGED",
        .data  = "name:str?,path:str",
    },

SQMP
NIC_RX_FILTER_CHANGED
---------------------

The guest changed the receive filter of a network card; read it with
"query-rx-filter". Not sent again until that command was run.

Data:

- "name": the network card's identifier, when it has one (json-string,
  optional)
- "path": the network card's QOM path (json-string)

Example:

<- { "event": "NIC_RX_FILTER_CHANGED", "data": { "name": "nic0", "path": "/machine/peripheral/nic0/virtio-backend" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "VSERPORT_CHANGE",
        .data  = "id:str,open:bool",
    },

SQMP
VSERPORT_CHANGE
---------------

A program in the guest opened or closed a virtio serial port.

Data:

- "id": the port's character device identifier (json-string)
- "open": whether the port is now open (json-bool)

Example:

<- { "event": "VSERPORT_CHANGE", "data": { "id": "channel0", "open": true }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

HXCOMM ============================================================
HXCOMM Events: Block and job events
HXCOMM ============================================================

    {
        .event = "JOB_STATUS_CHANGE",
        .data  = "id:str,status:JobStatus",
    },

SQMP
JOB_STATUS_CHANGE
-----------------

A job moved to a new state.

Data:

- "id": the job's identifier (json-string)
- "status": its new state (json-string, JobStatus)

Example:

<- { "event": "JOB_STATUS_CHANGE", "data": { "id": "mirror0", "status": "ready" }, "timestamp": { "seconds": 1795606315, "microseconds": 942102 } }

EQMP

    {
        .event = "BLOCK_JOB_COMPLETED",
        .data  = "type:JobType,device:str,len:int,offset:int,speed:int,error:str?",
    },

SQMP
BLOCK_JOB_COMPLETED
-------------------

A block job finished, successfully or with the error given.

Data:

- "type": the kind of job (json-string, JobType)
- "device": the job's identifier (json-string)
- "len": the final total amount of work (no unit) (json-int)
- "offset": the work done (equal to len on success) (json-int)
- "speed": the speed limit at the end, in bytes per second (json-int)
- "error": what went wrong; absent on success (json-string, optional)

Example:

<- { "event": "BLOCK_JOB_COMPLETED", "data": { "type": "mirror", "device": "mirror0", "len": 1073741824, "offset": 1073741824, "speed": 0 }, "timestamp": { "seconds": 1795606316, "microseconds": 943105 } }

EQMP

    {
        .event = "BLOCK_JOB_CANCELLED",
        .data  = "type:JobType,device:str,len:int,offset:int,speed:int",
    },

SQMP
BLOCK_JOB_CANCELLED
-------------------

A block job was cancelled before it finished.

Data:

- "type": the kind of job (json-string, JobType)
- "device": the job's identifier (json-string)
- "len": the total amount of work (no unit) (json-int)
- "offset": the work done when it stopped (json-int)
- "speed": the speed limit, in bytes per second (json-int)

Example:

<- { "event": "BLOCK_JOB_CANCELLED", "data": { "type": "backup", "device": "backup0", "len": 1073741824, "offset": 1048576, "speed": 1 }, "timestamp": { "seconds": 1795606317, "microseconds": 745858 } }

EQMP

    {
        .event = "BLOCK_JOB_READY",
        .data  = "type:JobType,device:str,len:int,offset:int,speed:int",
    },

SQMP
BLOCK_JOB_READY
---------------

A block job (mirror, or commit of the active layer) finished its bulk work
and waits for "block-job-complete".

Data:

- "type": the kind of job (json-string, JobType)
- "device": the job's identifier (json-string)
- "len": the total amount of work (no unit) (json-int)
- "offset": the work done (json-int)
- "speed": the speed limit, in bytes per second (json-int)

Example:

<- { "event": "BLOCK_JOB_READY", "data": { "type": "mirror", "device": "mirror0", "len": 1073741824, "offset": 1073741824, "speed": 0 }, "timestamp": { "seconds": 1795606315, "microseconds": 942112 } }

EQMP

    {
        .event = "BLOCK_JOB_ERROR",
        .data  = "device:str,operation:IoOperationType,action:BlockErrorAction",
    },

SQMP
BLOCK_JOB_ERROR
---------------

A block job hit an I/O error.

Data:

- "device": the job's identifier (json-string)
- "operation": whether reading or writing failed (json-string,
  IoOperationType)
- "action": what the job does about it (json-string, BlockErrorAction)

Example:

<- { "event": "BLOCK_JOB_ERROR", "data": { "device": "stream0", "operation": "write", "action": "stop" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "BLOCK_JOB_PENDING",
        .data  = "type:JobType,id:str",
    },

SQMP
BLOCK_JOB_PENDING
-----------------

A block job started with auto-finalize false finished its work and waits
for "job-finalize".

Data:

- "type": the kind of job (json-string, JobType)
- "id": the job's identifier (json-string)

Example:

<- { "event": "BLOCK_JOB_PENDING", "data": { "type": "backup", "id": "backup1" }, "timestamp": { "seconds": 1795606318, "microseconds": 248226 } }

EQMP

    {
        .event = "BLOCK_IO_ERROR",
        .data  = "qom-path:str,device:str,node-name:str?,operation:IoOperationType,action:BlockErrorAction,nospace:bool?,reason:str",
    },

SQMP
BLOCK_IO_ERROR
--------------

A guest I/O request on a block device failed. Depending on the error policy
the guest may be stopped until the problem is fixed.

Data:

- "qom-path": the QOM path of the device (json-string)
- "device": the block device name (empty when it has none) (json-string)
- "node-name": the node where the error happened (json-string, optional)
- "operation": whether reading or writing failed (json-string,
  IoOperationType)
- "action": what QEMU does about it (json-string, BlockErrorAction)
- "nospace": true when the host ran out of space, so freeing space may help
  (json-bool, optional)
- "reason": a readable description of the error (json-string)

Example:

<- { "event": "BLOCK_IO_ERROR", "data": { "qom-path": "/machine/peripheral/vd0/virtio-backend", "device": "", "node-name": "disk0", "operation": "write", "action": "stop", "nospace": true, "reason": "No space left on device" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "BLOCK_IMAGE_CORRUPTED",
        .data  = "device:str,node-name:str?,msg:str,offset:int?,size:int?,fatal:bool",
    },

SQMP
BLOCK_IMAGE_CORRUPTED
---------------------

QEMU found metadata corruption in an image (qcow2 for instance). A fatal
one marks the image corrupt and stops further writes.

Data:

- "device": the block device name (empty when it has none) (json-string)
- "node-name": the node of the image (json-string, optional)
- "msg": what is wrong (json-string)
- "offset": where in the image, in bytes (json-int, optional)
- "size": how many bytes are affected (json-int, optional)
- "fatal": whether the image was marked corrupt (json-bool)

Example:

<- { "event": "BLOCK_IMAGE_CORRUPTED", "data": { "device": "", "node-name": "disk0", "msg": "Preventing invalid write on metadata (overlaps with qcow2_header)", "offset": 0, "size": 512, "fatal": true }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "BLOCK_WRITE_THRESHOLD",
        .data  = "node-name:str,amount-exceeded:uint64,write-threshold:uint64",
    },

SQMP
BLOCK_WRITE_THRESHOLD
---------------------

A write went beyond the threshold armed with "block-set-write-threshold";
the threshold is now disarmed.

Data:

- "node-name": the node (json-string)
- "amount-exceeded": how many bytes the write went beyond the threshold
  (json-int, uint64)
- "write-threshold": the threshold that was passed, in bytes (json-int,
  uint64)

Example:

<- { "event": "BLOCK_WRITE_THRESHOLD", "data": { "node-name": "disk0", "amount-exceeded": 65536, "write-threshold": 17179869184 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "QUORUM_FAILURE",
        .data  = "reference:str,sector-num:int,sectors-count:int",
    },

SQMP
QUORUM_FAILURE
--------------

A quorum node could not reach agreement between its children for a
request.

Data:

- "reference": the node name of the quorum node (json-string)
- "sector-num": the first sector of the request (json-int)
- "sectors-count": the number of sectors (json-int)

Example:

<- { "event": "QUORUM_FAILURE", "data": { "reference": "quorum0", "sector-num": 345435, "sectors-count": 5 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

    {
        .event = "QUORUM_REPORT_BAD",
        .data  = "type:QuorumOpType,error:str?,node-name:str,sector-num:int,sectors-count:int",
    },

SQMP
QUORUM_REPORT_BAD
-----------------

One child of a quorum node failed a request or returned data that differs
from the others.

Data:

- "type": whether a read, write or flush failed (json-string, QuorumOpType)
- "error": the error message, when the child failed (json-string, optional)
- "node-name": the child node (json-string)
- "sector-num": the first sector of the request (json-int)
- "sectors-count": the number of sectors (json-int)

Example:

<- { "event": "QUORUM_REPORT_BAD", "data": { "type": "read", "node-name": "child1", "sector-num": 345435, "sectors-count": 5 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

EQMP

HXCOMM ============================================================
HXCOMM Events: Migration and dump events
HXCOMM ============================================================

    {
        .event = "MIGRATION",
        .data  = "status:MigrationStatus",
    },

SQMP
MIGRATION
---------

The migration moved to a new state. Only sent when the "events" migration
capability is on.

Data:

- "status": the new state (json-string, MigrationStatus)

Example:

<- { "event": "MIGRATION", "data": { "status": "completed" }, "timestamp": { "seconds": 1795606307, "microseconds": 979486 } }

EQMP

    {
        .event = "MIGRATION_PASS",
        .data  = "pass:int",
    },

SQMP
MIGRATION_PASS
--------------

A new pass over the dirty guest memory started. Only sent when the
"events" migration capability is on.

Data:

- "pass": the number of the pass, starting at 1 (json-int)

Example:

<- { "event": "MIGRATION_PASS", "data": { "pass": 2 }, "timestamp": { "seconds": 1795606307, "microseconds": 978359 } }

EQMP

    {
        .event = "DUMP_COMPLETED",
        .data  = "result:DumpQueryResult,error:str?",
    },

SQMP
DUMP_COMPLETED
--------------

A memory dump started with "detach" ended.

Data:

- "result": the final progress figures (json-object, DumpQueryResult)
- "error": what went wrong; absent on success (json-string, optional)

Example:

<- { "event": "DUMP_COMPLETED", "data": { "result": { "status": "completed", "completed": 134479872, "total": 134479872 } }, "timestamp": { "seconds": 1795606309, "microseconds": 82453 } }

EQMP

HXCOMM ============================================================
HXCOMM Types
HXCOMM ============================================================

    {
        .enum   = "QMPCapability",
        .values = "oob",
    },

SQMP
QMPCapability
-------------

Optional protocol features a client can switch on with "qmp_capabilities".
"oob" allows out-of-band execution with "exec-oob".

EQMP

    {
        .struct  = "VersionInfo",
        .members = "qemu:VersionTriple,package:str",
    },

SQMP
VersionInfo
-----------

The version of a QEMU: upstream numbers plus the distribution's package
string (empty for an upstream build).

EQMP

    {
        .struct  = "CommandInfo",
        .members = "name:str",
    },

SQMP
CommandInfo
-----------

One command name, as listed by "query-commands".

EQMP

    {
        .union         = "SchemaInfo",
        .members       = "name:str,meta-type:SchemaMetaType,features:[str]?",
        .discriminator = "meta-type",
        .variants      = "builtin:SchemaInfoBuiltin,enum:SchemaInfoEnum,array:SchemaInfoArray,object:SchemaInfoObject,alternate:SchemaInfoAlternate,command:SchemaInfoCommand,event:SchemaInfoEvent",
    },

SQMP
SchemaInfo
----------

One entity of the introspection schema. "meta-type" says which kind it is
and which further members it has; "name" is the entity's name, opaque
except for commands, events and builtins.

EQMP

    {
        .struct  = "NameInfo",
        .members = "name:str?",
    },

SQMP
NameInfo
--------

The guest name, when one was set.

EQMP

    {
        .struct  = "UuidInfo",
        .members = "UUID:str",
    },

SQMP
UuidInfo
--------

The machine UUID in its usual textual form.

EQMP

    {
        .struct  = "TargetInfo",
        .members = "arch:SysEmuTarget",
    },

SQMP
TargetInfo
----------

The architecture an emulator binary targets.

EQMP

    {
        .struct  = "KvmInfo",
        .members = "enabled:bool,present:bool",
    },

SQMP
KvmInfo
-------

Whether KVM is built in ("present") and in use ("enabled").

EQMP

    {
        .struct  = "CurrentMachineParams",
        .members = "wakeup-suspend-support:bool",
    },

SQMP
CurrentMachineParams
--------------------

Properties of the running machine.

EQMP

    {
        .struct  = "MachineInfo",
        .members = "name:str,alias:str?,is-default:bool?,cpu-max:int,hotpluggable-cpus:bool,numa-mem-supported:bool,deprecated:bool,default-cpu-type:str?,default-ram-id:str?,acpi:bool,compat-props:[CompatProperty]?",
    },

SQMP
MachineInfo
-----------

One machine type with its limits and defaults, as listed by
"query-machines".

EQMP

    {
        .struct  = "CpuDefinitionInfo",
        .members = "name:str,migration-safe:bool?,static:bool,unavailable-features:[str]?,typename:str,alias-of:str?,deprecated:bool",
    },

SQMP
CpuDefinitionInfo
-----------------

One CPU model and whether the current accelerator can run it on this host.

EQMP

    {
        .union         = "YankInstance",
        .members       = "type:YankInstanceType",
        .discriminator = "type",
        .variants      = "block-node:YankInstanceBlockNode,chardev:YankInstanceChardev",
    },

SQMP
YankInstance
------------

Something whose network connections "yank" can drop; "type" selects which
further member names it.

EQMP

    {
        .struct  = "StatusInfo",
        .members = "running:bool,status:RunState",
    },

SQMP
StatusInfo
----------

The run state of the virtual machine.

EQMP

    {
        .struct  = "BlockInfo",
        .members = "device:str,qdev:str?,type:str,removable:bool,locked:bool,inserted:BlockDeviceInfo?,tray_open:bool?,io-status:BlockDeviceIoStatus?",
    },

SQMP
BlockInfo
---------

A block device the guest sees, with the medium it holds (when any).

EQMP

    {
        .struct  = "BlockDeviceInfo",
        .members = "file:str,node-name:str?,ro:bool,drv:str,backing_file:str?,backing_file_depth:int,active:bool,encrypted:bool,detect_zeroes:BlockdevDetectZeroesOptions,bps:int,bps_rd:int,bps_wr:int,iops:int,iops_rd:int,iops_wr:int,image:ImageInfo,bps_max:int?,bps_rd_max:int?,bps_wr_max:int?,iops_max:int?,iops_rd_max:int?,iops_wr_max:int?,bps_max_length:int?,bps_rd_max_length:int?,bps_wr_max_length:int?,iops_max_length:int?,iops_rd_max_length:int?,iops_wr_max_length:int?,iops_size:int?,group:str?,cache:BlockdevCacheInfo,write_threshold:int,dirty-bitmaps:[BlockDirtyInfo]?",
    },

SQMP
BlockDeviceInfo
---------------

A block node with its driver, image, cache mode and I/O limits.

EQMP

    {
        .struct  = "BlockStats",
        .members = "device:str?,qdev:str?,node-name:str?,stats:BlockDeviceStats,driver-specific:BlockStatsSpecific?,parent:BlockStats?,backing:BlockStats?",
    },

SQMP
BlockStats
----------

I/O statistics of a device or node, with those of the nodes below it.

EQMP

    {
        .enum   = "BlockdevDriver",
        .values = "blkdebug,blklogwrites,blkreplay,blkverify,bochs,cloop,compress,copy-before-write,copy-on-read,dmg,file,snapshot-access,ftp,ftps,gluster,host_cdrom,host_device,http,https,iscsi,luks,nbd,nfs,null-aio,null-co,nvme,parallels,preallocate,qcow,qcow2,qed,quorum,raw,rbd,replication,ssh,throttle,vdi,vhdx,vmdk,vpc,vvfat",
    },

SQMP
BlockdevDriver
--------------

The block drivers QEMU knows. Not every driver is built into every binary.

EQMP

    {
        .enum   = "BlockdevDiscardOptions",
        .values = "ignore,unmap",
    },

SQMP
BlockdevDiscardOptions
----------------------

Whether guest discard requests reach the image.

EQMP

    {
        .struct  = "BlockdevCacheOptions",
        .members = "direct:bool?,no-flush:bool?",
    },

SQMP
BlockdevCacheOptions
--------------------

The cache modes of a node.

EQMP

    {
        .enum   = "BlockdevDetectZeroesOptions",
        .values = "off,on,unmap",
    },

SQMP
BlockdevDetectZeroesOptions
---------------------------

Whether writes of zeroes are detected, and what they become.

EQMP

    {
        .union         = "BlockdevOptions",
        .members       = "driver:BlockdevDriver,node-name:str?,discard:BlockdevDiscardOptions?,cache:BlockdevCacheOptions?,active:bool?,read-only:bool?,auto-read-only:bool?,force-share:bool?,detect-zeroes:BlockdevDetectZeroesOptions?",
        .discriminator = "driver",
        .variants      = "file:BlockdevOptionsFile,null-aio:BlockdevOptionsNull,null-co:BlockdevOptionsNull,qcow2:BlockdevOptionsQcow2,raw:BlockdevOptionsRaw",
    },

SQMP
BlockdevOptions
---------------

The options of a block node, selected by "driver". This file models five
drivers (file, null-aio, null-co, qcow2, raw); the options of other drivers
are not described.

EQMP

    {
        .enum   = "NewImageMode",
        .values = "existing,absolute-paths",
    },

SQMP
NewImageMode
------------

Whether an overlay image is created by QEMU or supplied by the caller.

EQMP

    {
        .union         = "BlockJobInfo",
        .members       = "type:JobType,device:str,len:int,offset:int,busy:bool,paused:bool,speed:int,io-status:BlockDeviceIoStatus,ready:bool,status:JobStatus,auto-finalize:bool,auto-dismiss:bool,error:str?",
        .discriminator = "type",
        .variants      = "mirror:BlockJobInfoMirror",
    },

SQMP
BlockJobInfo
------------

A running block job with its progress and state.

EQMP

    {
        .enum   = "BlockdevOnError",
        .values = "report,ignore,enospc,stop,auto",
    },

SQMP
BlockdevOnError
---------------

What a job or device does when an I/O error happens.

EQMP

    {
        .enum   = "MirrorSyncMode",
        .values = "top,full,none,incremental,bitmap",
    },

SQMP
MirrorSyncMode
--------------

Which part of the source a mirror or backup job copies.

EQMP

    {
        .enum   = "MirrorCopyMode",
        .values = "background,write-blocking",
    },

SQMP
MirrorCopyMode
--------------

Whether guest writes during a mirror are copied in the background or at once.

EQMP

    {
        .enum   = "BitmapSyncMode",
        .values = "on-success,never,always",
    },

SQMP
BitmapSyncMode
--------------

How a backup job updates its bitmap when it ends.

EQMP

    {
        .struct  = "BackupPerf",
        .members = "use-copy-range:bool?,max-workers:int?,max-chunk:int64?,min-cluster-size:size?",
    },

SQMP
BackupPerf
----------

A structure used by the blockdev-backup command.

EQMP

    {
        .struct  = "JobInfo",
        .members = "id:str,type:JobType,status:JobStatus,current-progress:int,total-progress:int,error:str?",
    },

SQMP
JobInfo
-------

A job (of any kind) with its state and progress.

EQMP

    {
        .struct  = "ObjectPropertyInfo",
        .members = "name:str,type:str,description:str?,default-value:any?",
    },

SQMP
ObjectPropertyInfo
------------------

A property of a QOM object or type: name, type and, when known, a
description and default.

EQMP

    {
        .union         = "CpuInfoFast",
        .members       = "cpu-index:int,qom-path:str,thread-id:int,props:CpuInstanceProperties?,target:SysEmuTarget",
        .discriminator = "target",
        .variants      = "s390x:CpuInfoS390",
    },

SQMP
CpuInfoFast
-----------

A virtual CPU: index, QOM path, host thread and topology position.

EQMP

    {
        .struct  = "HotpluggableCPU",
        .members = "type:str,vcpus-count:int,props:CpuInstanceProperties,qom-path:str?",
    },

SQMP
HotpluggableCPU
---------------

A CPU slot and the properties that fill it.

EQMP

    {
        .struct  = "PciInfo",
        .members = "bus:int,devices:[PciDeviceInfo]",
    },

SQMP
PciInfo
-------

A PCI bus and the devices on it.

EQMP

    {
        .struct  = "MouseInfo",
        .members = "name:str,index:int,current:bool,absolute:bool",
    },

SQMP
MouseInfo
---------

A pointing device of the guest.

EQMP

    {
        .struct  = "Memdev",
        .members = "id:str?,size:size,merge:bool,dump:bool,prealloc:bool,share:bool,reserve:bool?,host-nodes:[uint16],policy:HostMemPolicy",
    },

SQMP
Memdev
------

A memory backend and its host memory settings.

EQMP

    {
        .struct  = "IOThreadInfo",
        .members = "id:str,thread-id:int,poll-max-ns:int,poll-grow:int,poll-shrink:int,aio-max-batch:int",
    },

SQMP
IOThreadInfo
------------

An I/O thread and its polling settings.

EQMP

    {
        .struct  = "MemoryInfo",
        .members = "base-memory:size,plugged-memory:size?",
    },

SQMP
MemoryInfo
----------

The guest's base and hotplugged memory sizes, in bytes.

EQMP

    {
        .struct  = "BalloonInfo",
        .members = "actual:int",
    },

SQMP
BalloonInfo
-----------

The guest memory size according to the balloon device, in bytes.

EQMP

    {
        .struct  = "ACPIOSTInfo",
        .members = "device:str?,slot:str,slot-type:ACPISlotType,source:int,status:int",
    },

SQMP
ACPIOSTInfo
-----------

The status the guest's ACPI code reported for a hotplug slot.

EQMP

    {
        .struct  = "TPMInfo",
        .members = "id:str,model:TpmModel,options:TpmTypeOptions",
    },

SQMP
TPMInfo
-------

A TPM device with its model and backend.

EQMP

    {
        .enum   = "TpmModel",
        .values = "tpm-tis,tpm-crb,tpm-spapr",
    },

SQMP
TpmModel
--------

An enumeration used by the query-tpm-models command.

EQMP

    {
        .enum   = "TpmType",
        .values = "passthrough,emulator",
    },

SQMP
TpmType
-------

An enumeration used by the query-tpm-types command.

EQMP

    {
        .struct  = "ObjectTypeInfo",
        .members = "name:str,abstract:bool?,parent:str?",
    },

SQMP
ObjectTypeInfo
--------------

A QOM type and its parent type.

EQMP

    {
        .enum   = "ObjectType",
        .values = "acpi-generic-initiator,acpi-generic-port,authz-list,authz-listfile,authz-pam,authz-simple,can-bus,can-host-socketcan,colo-compare,cryptodev-backend,cryptodev-backend-builtin,cryptodev-backend-lkcf,cryptodev-vhost-user,dbus-vmstate,filter-buffer,filter-dump,filter-mirror,filter-redirector,filter-replay,filter-rewriter,input-barrier,input-linux,iommufd,iothread,main-loop,memory-backend-epc,memory-backend-file,memory-backend-memfd,memory-backend-ram,memory-backend-shm,pef-guest,pr-manager-helper,qtest,rng-builtin,rng-egd,rng-random,secret,secret_keyring,sev-guest,sev-snp-guest,thread-context,s390-pv-guest,throttle-group,tls-creds-anon,tls-creds-psk,tls-creds-x509,tls-cipher-suites,x-remote-object,x-vfio-user-server",
    },

SQMP
ObjectType
----------

The QOM types that "object-add" can create.

EQMP

    {
        .struct  = "MigrationChannel",
        .members = "channel-type:MigrationChannelType,addr:MigrationAddress",
    },

SQMP
MigrationChannel
----------------

One channel of a migration: its role and its address.

EQMP

    {
        .struct  = "MigrationInfo",
        .members = "status:MigrationStatus?,ram:MigrationStats?,vfio:VfioStats?,xbzrle-cache:XBZRLECacheStats?,total-time:int?,expected-downtime:int?,downtime:int?,setup-time:int?,cpu-throttle-percentage:int?,error-desc:str?,blocked-reasons:[str]?,postcopy-blocktime:uint32?,postcopy-vcpu-blocktime:[uint32]?,socket-address:[SocketAddress]?,dirty-limit-throttle-time-per-round:uint64?,dirty-limit-ring-full-time:uint64?",
    },

SQMP
MigrationInfo
-------------

The state and statistics of the current or last migration.

EQMP

    {
        .struct  = "MigrationCapabilityStatus",
        .members = "capability:MigrationCapability,state:bool",
    },

SQMP
MigrationCapabilityStatus
-------------------------

A migration capability and whether it is on.

EQMP

    {
        .struct  = "MigrationParameters",
        .members = "announce-initial:size?,announce-max:size?,announce-rounds:size?,announce-step:size?,throttle-trigger-threshold:uint8?,cpu-throttle-initial:uint8?,cpu-throttle-increment:uint8?,cpu-throttle-tailslow:bool?,tls-creds:str?,tls-hostname:str?,tls-authz:str?,max-bandwidth:size?,avail-switchover-bandwidth:size?,downtime-limit:uint64?,x-checkpoint-delay:uint32?,multifd-channels:uint8?,xbzrle-cache-size:size?,max-postcopy-bandwidth:size?,max-cpu-throttle:uint8?,multifd-compression:MultiFDCompression?,multifd-zlib-level:uint8?,multifd-qatzip-level:uint8?,multifd-zstd-level:uint8?,block-bitmap-mapping:[BitmapMigrationNodeAlias]?,x-vcpu-dirty-limit-period:uint64?,vcpu-dirty-limit:uint64?,mode:MigMode?,zero-page-detection:ZeroPageDetection?,direct-io:bool?",
    },

SQMP
MigrationParameters
-------------------

The migration tuning parameters and their current values.

EQMP

    {
        .struct  = "AddfdInfo",
        .members = "fdset-id:int,fd:int",
    },

SQMP
AddfdInfo
---------

Where "add-fd" put the descriptor: its set and its number in QEMU.

EQMP

    {
        .struct  = "FdsetInfo",
        .members = "fdset-id:int,fds:[FdsetFdInfo]",
    },

SQMP
FdsetInfo
---------

A file descriptor set and the descriptors in it.

EQMP

    {
        .struct  = "ChardevInfo",
        .members = "label:str,filename:str,frontend-open:bool",
    },

SQMP
ChardevInfo
-----------

A character device and what it is connected to.

EQMP

    {
        .struct  = "ChardevBackendInfo",
        .members = "name:str",
    },

SQMP
ChardevBackendInfo
------------------

A character device backend type.

EQMP

    {
        .enum   = "DataFormat",
        .values = "utf8,base64",
    },

SQMP
DataFormat
----------

How data passed to or from a ring buffer is encoded.

EQMP

    {
        .enum   = "NetClientDriver",
        .values = "none,nic,user,tap,l2tpv3,socket,stream,dgram,vde,bridge,hubport,netmap,vhost-user,vhost-vdpa",
    },

SQMP
NetClientDriver
---------------

An enumeration used by the netdev_add command.

EQMP

    {
        .struct  = "RxFilterInfo",
        .members = "name:str,promiscuous:bool,multicast:RxState,unicast:RxState,vlan:RxState,broadcast-allowed:bool,multicast-overflow:bool,unicast-overflow:bool,main-mac:str,vlan-table:[int],unicast-table:[str],multicast-table:[str]",
    },

SQMP
RxFilterInfo
------------

The receive filter a guest programmed into a network card.

EQMP

    {
        .struct  = "VncInfo",
        .members = "enabled:bool,host:str?,family:NetworkAddressFamily?,service:str?,auth:str?,clients:[VncClientInfo]?",
    },

SQMP
VncInfo
-------

The VNC server's state and clients.

EQMP

    {
        .union         = "DisplayOptions",
        .members       = "type:DisplayType,full-screen:bool?,window-close:bool?,show-cursor:bool?,gl:DisplayGLMode?",
        .discriminator = "type",
        .variants      = "gtk:DisplayGTK,curses:DisplayCurses,egl-headless:DisplayEGLHeadless,dbus:DisplayDBus,sdl:DisplaySDL",
    },

SQMP
DisplayOptions
--------------

The display options QEMU was started with, selected by "type".

EQMP

    {
        .enum   = "ImageFormat",
        .values = "ppm,png",
    },

SQMP
ImageFormat
-----------

The picture formats of "screendump".

EQMP

    {
        .enum   = "DumpGuestMemoryFormat",
        .values = "elf,kdump-zlib,kdump-lzo,kdump-snappy,kdump-raw-zlib,kdump-raw-lzo,kdump-raw-snappy,win-dmp",
    },

SQMP
DumpGuestMemoryFormat
---------------------

The file formats of "dump-guest-memory".

EQMP

    {
        .struct  = "DumpQueryResult",
        .members = "status:DumpStatus,completed:int,total:int",
    },

SQMP
DumpQueryResult
---------------

The progress of a memory dump, in bytes.

EQMP

    {
        .struct  = "DumpGuestMemoryCapability",
        .members = "formats:[DumpGuestMemoryFormat]",
    },

SQMP
DumpGuestMemoryCapability
-------------------------

The dump formats this build can write.

EQMP

    {
        .struct  = "TraceEventInfo",
        .members = "name:str,state:TraceEventState",
    },

SQMP
TraceEventInfo
--------------

A trace event and whether it is enabled.

EQMP

    {
        .struct  = "ReplayInfo",
        .members = "mode:ReplayMode,filename:str?,icount:int",
    },

SQMP
ReplayInfo
----------

The record/replay mode and position.

EQMP

    {
        .enum   = "ShutdownCause",
        .values = "none,host-error,host-qmp-quit,host-qmp-system-reset,host-signal,host-ui,guest-shutdown,guest-reset,guest-panic,subsystem-reset,snapshot-load",
    },

SQMP
ShutdownCause
-------------

Why the machine shut down or reset.

EQMP

    {
        .enum   = "GuestPanicAction",
        .values = "pause,poweroff,run",
    },

SQMP
GuestPanicAction
----------------

What QEMU did after the guest reported a crash.

EQMP

    {
        .union         = "GuestPanicInformation",
        .members       = "type:GuestPanicInformationType",
        .discriminator = "type",
        .variants      = "hyper-v:GuestPanicInformationHyperV,s390:GuestPanicInformationS390",
    },

SQMP
GuestPanicInformation
---------------------

Crash details from the guest, selected by "type".

EQMP

    {
        .enum   = "WatchdogAction",
        .values = "reset,shutdown,poweroff,pause,debug,none,inject-nmi",
    },

SQMP
WatchdogAction
--------------

What QEMU does when the guest's watchdog expires.

EQMP

    {
        .enum   = "JobStatus",
        .values = "undefined,created,running,paused,ready,standby,waiting,pending,aborting,concluded,null",
    },

SQMP
JobStatus
---------

The states of a job's life cycle: created, running, paused, ready, standby,
waiting, pending, aborting, concluded, and null once it is gone.

EQMP

    {
        .enum   = "JobType",
        .values = "commit,stream,mirror,backup,create,amend,snapshot-load,snapshot-save,snapshot-delete",
    },

SQMP
JobType
-------

The kinds of job.

EQMP

    {
        .enum   = "IoOperationType",
        .values = "read,write",
    },

SQMP
IoOperationType
---------------

Whether a failed I/O request read or wrote.

EQMP

    {
        .enum   = "BlockErrorAction",
        .values = "ignore,report,stop",
    },

SQMP
BlockErrorAction
----------------

What QEMU did after an I/O error: reported it to the guest, ignored it, or
stopped the guest.

EQMP

    {
        .enum   = "QuorumOpType",
        .values = "read,write,flush",
    },

SQMP
QuorumOpType
------------

The kinds of request a quorum child can fail.

EQMP

    {
        .enum   = "MigrationStatus",
        .values = "none,setup,cancelling,cancelled,active,postcopy-active,postcopy-paused,postcopy-recover-setup,postcopy-recover,completed,failed,colo,pre-switchover,device,wait-unplug",
    },

SQMP
MigrationStatus
---------------

The states of a migration.

EQMP

    {
        .union         = "ObjectOptions",
        .members       = "qom-type:ObjectType,id:str",
        .discriminator = "qom-type",
        .variants      = "iothread:IothreadProperties,memory-backend-ram:MemoryBackendProperties,throttle-group:ThrottleGroupProperties",
    },

SQMP
ObjectOptions
-------------

The options of "object-add"-able objects, selected by "qom-type". This file
models iothread, memory-backend-ram and throttle-group.

EQMP

    {
        .struct  = "VersionTriple",
        .members = "major:int,minor:int,micro:int",
    },

SQMP
VersionTriple
-------------

A major.minor.micro version number.

EQMP

    {
        .enum   = "SchemaMetaType",
        .values = "builtin,enum,array,object,alternate,command,event",
    },

SQMP
SchemaMetaType
--------------

The kinds of schema entity.

EQMP

    {
        .struct  = "SchemaInfoBuiltin",
        .members = "json-type:JSONType",
    },

SQMP
SchemaInfoBuiltin
-----------------

The extra member of a builtin type: the JSON type its values have.

EQMP

    {
        .struct  = "SchemaInfoEnum",
        .members = "members:[SchemaInfoEnumMember],values:[str]",
    },

SQMP
SchemaInfoEnum
--------------

The extra members of an enumeration: its values.

EQMP

    {
        .struct  = "SchemaInfoArray",
        .members = "element-type:str",
    },

SQMP
SchemaInfoArray
---------------

The extra member of an array type: the type of its elements.

EQMP

    {
        .struct  = "SchemaInfoObject",
        .members = "members:[SchemaInfoObjectMember],tag:str?,variants:[SchemaInfoObjectVariant]?",
    },

SQMP
SchemaInfoObject
----------------

The extra members of an object type: its members, and for a union the tag
member and the variants selected by it.

EQMP

    {
        .struct  = "SchemaInfoAlternate",
        .members = "members:[SchemaInfoAlternateMember]",
    },

SQMP
SchemaInfoAlternate
-------------------

The extra member of an alternate type: the types a value may have.

EQMP

    {
        .struct  = "SchemaInfoCommand",
        .members = "arg-type:str,ret-type:str,allow-oob:bool?",
    },

SQMP
SchemaInfoCommand
-----------------

The extra members of a command: its argument and return types.

EQMP

    {
        .struct  = "SchemaInfoEvent",
        .members = "arg-type:str",
    },

SQMP
SchemaInfoEvent
---------------

The extra member of an event: the type of its data.

EQMP

    {
        .enum   = "SysEmuTarget",
        .values = "aarch64,alpha,arm,avr,hppa,i386,loongarch64,m68k,microblaze,microblazeel,mips,mips64,mips64el,mipsel,or1k,ppc,ppc64,riscv32,riscv64,rx,s390x,sh4,sh4eb,sparc,sparc64,tricore,x86_64,xtensa,xtensaeb",
    },

SQMP
SysEmuTarget
------------

An enumeration used by TargetInfo.

EQMP

    {
        .struct  = "CompatProperty",
        .members = "qom-type:str,property:str,value:str",
    },

SQMP
CompatProperty
--------------

A device property value that a versioned machine type sets for
compatibility with older QEMU.

EQMP

    {
        .enum   = "YankInstanceType",
        .values = "block-node,chardev,migration",
    },

SQMP
YankInstanceType
----------------

An enumeration used by YankInstance.

EQMP

    {
        .struct  = "YankInstanceBlockNode",
        .members = "node-name:str",
    },

SQMP
YankInstanceBlockNode
---------------------

A structure used by YankInstance.

EQMP

    {
        .struct  = "YankInstanceChardev",
        .members = "id:str",
    },

SQMP
YankInstanceChardev
-------------------

A structure used by YankInstance.

EQMP

    {
        .enum   = "RunState",
        .values = "debug,inmigrate,internal-error,io-error,paused,postmigrate,prelaunch,finish-migrate,restore-vm,running,save-vm,shutdown,suspended,watchdog,guest-panicked,colo",
    },

SQMP
RunState
--------

The states a virtual machine can be in. "running" is the only state in
which the guest executes; "prelaunch" is the state of a QEMU started with
-S before its first "cont".

EQMP

    {
        .enum   = "BlockDeviceIoStatus",
        .values = "ok,failed,nospace",
    },

SQMP
BlockDeviceIoStatus
-------------------

An enumeration used by BlockInfo.

EQMP

    {
        .struct  = "ImageInfo",
        .members = "backing-image:ImageInfo?",
        .base    = "BlockNodeInfo",
    },

SQMP
ImageInfo
---------

What an image file looks like: format, sizes, snapshots and backing file;
for a backing chain, nested through "backing-image".

EQMP

    {
        .struct  = "BlockdevCacheInfo",
        .members = "writeback:bool,direct:bool,no-flush:bool",
    },

SQMP
BlockdevCacheInfo
-----------------

A structure used by BlockDeviceInfo.

EQMP

    {
        .struct  = "BlockDirtyInfo",
        .members = "name:str?,count:int,granularity:uint32,recording:bool,busy:bool,persistent:bool,inconsistent:bool?",
    },

SQMP
BlockDirtyInfo
--------------

A structure used by BlockDeviceInfo.

EQMP

    {
        .struct  = "BlockDeviceStats",
        .members = "rd_bytes:int,wr_bytes:int,zone_append_bytes:int,unmap_bytes:int,rd_operations:int,wr_operations:int,zone_append_operations:int,flush_operations:int,unmap_operations:int,rd_total_time_ns:int,wr_total_time_ns:int,zone_append_total_time_ns:int,flush_total_time_ns:int,unmap_total_time_ns:int,wr_highest_offset:int,rd_merged:int,wr_merged:int,zone_append_merged:int,unmap_merged:int,idle_time_ns:int?,failed_rd_operations:int,failed_wr_operations:int,failed_zone_append_operations:int,failed_flush_operations:int,failed_unmap_operations:int,invalid_rd_operations:int,invalid_wr_operations:int,invalid_zone_append_operations:int,invalid_flush_operations:int,invalid_unmap_operations:int,account_invalid:bool,account_failed:bool,timed_stats:[BlockDeviceTimedStats],rd_latency_histogram:BlockLatencyHistogramInfo?,wr_latency_histogram:BlockLatencyHistogramInfo?,zone_append_latency_histogram:BlockLatencyHistogramInfo?,flush_latency_histogram:BlockLatencyHistogramInfo?",
    },

SQMP
BlockDeviceStats
----------------

Counters of operations, bytes, latencies and errors of one device or node.

EQMP

    {
        .union         = "BlockStatsSpecific",
        .members       = "driver:BlockdevDriver",
        .discriminator = "driver",
        .variants      = "file:BlockStatsSpecificFile,host_device:BlockStatsSpecificFile,nvme:BlockStatsSpecificNvme",
    },

SQMP
BlockStatsSpecific
------------------

An union used by BlockStats.

EQMP

    {
        .struct  = "BlockdevOptionsFile",
        .members = "filename:str,pr-manager:str?,locking:OnOffAuto?,aio:BlockdevAioOptions?,aio-max-batch:int?,drop-cache:bool?,x-check-cache-dropped:bool?",
    },

SQMP
BlockdevOptionsFile
-------------------

Options of the file driver, which opens a host file.

EQMP

    {
        .struct  = "BlockdevOptionsNull",
        .members = "size:int?,latency-ns:uint64?,read-zeroes:bool?",
    },

SQMP
BlockdevOptionsNull
-------------------

Options of the null-co and null-aio drivers, test nodes that read zeroes
and discard writes.

EQMP

    {
        .struct  = "BlockdevOptionsQcow2",
        .members = "lazy-refcounts:bool?,pass-discard-request:bool?,pass-discard-snapshot:bool?,pass-discard-other:bool?,discard-no-unref:bool?,overlap-check:Qcow2OverlapChecks?,cache-size:int?,l2-cache-size:int?,l2-cache-entry-size:int?,refcount-cache-size:int?,cache-clean-interval:int?,encrypt:BlockdevQcow2Encryption?,data-file:BlockdevRef?",
        .base    = "BlockdevOptionsGenericCOWFormat",
    },

SQMP
BlockdevOptionsQcow2
--------------------

Options of the qcow2 format driver.

EQMP

    {
        .struct  = "BlockdevOptionsRaw",
        .members = "offset:int?,size:int?",
        .base    = "BlockdevOptionsGenericFormat",
    },

SQMP
BlockdevOptionsRaw
------------------

Options of the raw format driver, which passes data through unchanged
(optionally a window of the child).

EQMP

    {
        .struct  = "BlockJobInfoMirror",
        .members = "actively-synced:bool",
    },

SQMP
BlockJobInfoMirror
------------------

A structure used by BlockJobInfo.

EQMP

    {
        .struct  = "CpuInstanceProperties",
        .members = "node-id:int?,drawer-id:int?,book-id:int?,socket-id:int?,die-id:int?,cluster-id:int?,module-id:int?,core-id:int?,thread-id:int?",
    },

SQMP
CpuInstanceProperties
---------------------

The topology position of a CPU; which members exist depends on the machine.

EQMP

    {
        .struct  = "CpuInfoS390",
        .members = "cpu-state:S390CpuState,dedicated:bool?,entitlement:S390CpuEntitlement?",
    },

SQMP
CpuInfoS390
-----------

A structure used by CpuInfoFast.

EQMP

    {
        .struct  = "PciDeviceInfo",
        .members = "bus:int,slot:int,function:int,class_info:PciDeviceClass,id:PciDeviceId,irq:int?,irq_pin:int,qdev_id:str,pci_bridge:PciBridgeInfo?,regions:[PciMemoryRegion]",
    },

SQMP
PciDeviceInfo
-------------

A PCI device: address, IDs, class, interrupt and BARs.

EQMP

    {
        .enum   = "HostMemPolicy",
        .values = "default,preferred,bind,interleave",
    },

SQMP
HostMemPolicy
-------------

An enumeration used by Memdev.

EQMP

    {
        .enum   = "ACPISlotType",
        .values = "DIMM,CPU",
    },

SQMP
ACPISlotType
------------

An enumeration used by ACPIOSTInfo.

EQMP

    {
        .union         = "TpmTypeOptions",
        .members       = "type:TpmType",
        .discriminator = "type",
        .variants      = "passthrough:TPMPassthroughOptionsWrapper,emulator:TPMEmulatorOptionsWrapper",
    },

SQMP
TpmTypeOptions
--------------

An union used by TPMInfo.

EQMP

    {
        .enum   = "MigrationChannelType",
        .values = "main,cpr",
    },

SQMP
MigrationChannelType
--------------------

An enumeration used by MigrationChannel.

EQMP

    {
        .union         = "MigrationAddress",
        .members       = "transport:MigrationAddressType",
        .discriminator = "transport",
        .variants      = "socket:SocketAddress,exec:MigrationExecCommand,rdma:InetSocketAddress,file:FileMigrationArgs",
    },

SQMP
MigrationAddress
----------------

Where migration data goes or comes from, selected by "transport".

EQMP

    {
        .struct  = "MigrationStats",
        .members = "transferred:int,remaining:int,total:int,duplicate:int,normal:int,normal-bytes:int,dirty-pages-rate:int,mbps:number,dirty-sync-count:int,postcopy-requests:int,page-size:int,multifd-bytes:uint64,pages-per-second:uint64,precopy-bytes:uint64,downtime-bytes:uint64,postcopy-bytes:uint64,dirty-sync-missed-zero-copy:uint64",
    },

SQMP
MigrationStats
--------------

RAM transfer statistics of a migration.

EQMP

    {
        .struct  = "VfioStats",
        .members = "transferred:int",
    },

SQMP
VfioStats
---------

A structure used by MigrationInfo.

EQMP

    {
        .struct  = "XBZRLECacheStats",
        .members = "cache-size:size,bytes:int,pages:int,cache-miss:int,cache-miss-rate:number,encoding-rate:number,overflow:int",
    },

SQMP
XBZRLECacheStats
----------------

A structure used by MigrationInfo.

EQMP

    {
        .union         = "SocketAddress",
        .members       = "type:SocketAddressType",
        .discriminator = "type",
        .variants      = "inet:InetSocketAddress,unix:UnixSocketAddress,vsock:VsockSocketAddress,fd:FdSocketAddress",
    },

SQMP
SocketAddress
-------------

A network or local socket address, selected by "type".

EQMP

    {
        .enum   = "MigrationCapability",
        .values = "xbzrle,rdma-pin-all,auto-converge,zero-blocks,events,postcopy-ram,x-colo,release-ram,return-path,pause-before-switchover,multifd,dirty-bitmaps,postcopy-blocktime,late-block-activate,x-ignore-shared,validate-uuid,background-snapshot,zero-copy-send,postcopy-preempt,switchover-ack,dirty-limit,mapped-ram",
    },

SQMP
MigrationCapability
-------------------

The migration features that can be switched on or off.

EQMP

    {
        .enum   = "MultiFDCompression",
        .values = "none,zlib,zstd",
    },

SQMP
MultiFDCompression
------------------

An enumeration used by MigrationParameters.

EQMP

    {
        .struct  = "BitmapMigrationNodeAlias",
        .members = "node-name:str,alias:str,bitmaps:[BitmapMigrationBitmapAlias]",
    },

SQMP
BitmapMigrationNodeAlias
------------------------

A structure used by MigrationParameters.

EQMP

    {
        .enum   = "MigMode",
        .values = "normal,cpr-reboot,cpr-transfer",
    },

SQMP
MigMode
-------

An enumeration used by MigrationParameters.

EQMP

    {
        .enum   = "ZeroPageDetection",
        .values = "none,legacy,multifd",
    },

SQMP
ZeroPageDetection
-----------------

An enumeration used by MigrationParameters.

EQMP

    {
        .struct  = "FdsetFdInfo",
        .members = "fd:int,opaque:str?",
    },

SQMP
FdsetFdInfo
-----------

A descriptor of a set and the text stored with it.

EQMP

    {
        .enum   = "RxState",
        .values = "normal,none,all",
    },

SQMP
RxState
-------

An enumeration used by RxFilterInfo.

EQMP

    {
        .enum   = "NetworkAddressFamily",
        .values = "ipv4,ipv6,unix,vsock,unknown",
    },

SQMP
NetworkAddressFamily
--------------------

An enumeration used by VncInfo.

EQMP

    {
        .struct  = "VncClientInfo",
        .members = "x509_dname:str?,sasl_username:str?",
        .base    = "VncBasicInfo",
    },

SQMP
VncClientInfo
-------------

A structure used by VncInfo.

EQMP

    {
        .enum   = "DisplayType",
        .values = "default,none,gtk,sdl,egl-headless,curses,spice-app,dbus",
    },

SQMP
DisplayType
-----------

An enumeration used by DisplayOptions.

EQMP

    {
        .enum   = "DisplayGLMode",
        .values = "off,on,core,es",
    },

SQMP
DisplayGLMode
-------------

An enumeration used by DisplayOptions.

EQMP

    {
        .struct  = "DisplayGTK",
        .members = "grab-on-hover:bool?,zoom-to-fit:bool?,show-tabs:bool?,show-menubar:bool?",
    },

SQMP
DisplayGTK
----------

A structure used by DisplayOptions.

EQMP

    {
        .struct  = "DisplayCurses",
        .members = "charset:str?",
    },

SQMP
DisplayCurses
-------------

A structure used by DisplayOptions.

EQMP

    {
        .struct  = "DisplayEGLHeadless",
        .members = "rendernode:str?",
    },

SQMP
DisplayEGLHeadless
------------------

A structure used by DisplayOptions.

EQMP

    {
        .struct  = "DisplayDBus",
        .members = "rendernode:str?,addr:str?,p2p:bool?,audiodev:str?",
    },

SQMP
DisplayDBus
-----------

A structure used by DisplayOptions.

EQMP

    {
        .struct  = "DisplaySDL",
        .members = "grab-mod:HotKeyMod?",
    },

SQMP
DisplaySDL
----------

A structure used by DisplayOptions.

EQMP

    {
        .enum   = "DumpStatus",
        .values = "none,active,completed,failed",
    },

SQMP
DumpStatus
----------

An enumeration used by DumpQueryResult.

EQMP

    {
        .enum   = "TraceEventState",
        .values = "unavailable,disabled,enabled",
    },

SQMP
TraceEventState
---------------

An enumeration used by TraceEventInfo.

EQMP

    {
        .enum   = "ReplayMode",
        .values = "none,record,play",
    },

SQMP
ReplayMode
----------

An enumeration used by ReplayInfo.

EQMP

    {
        .enum   = "GuestPanicInformationType",
        .values = "hyper-v,s390",
    },

SQMP
GuestPanicInformationType
-------------------------

An enumeration used by GuestPanicInformation.

EQMP

    {
        .struct  = "GuestPanicInformationHyperV",
        .members = "arg1:uint64,arg2:uint64,arg3:uint64,arg4:uint64,arg5:uint64",
    },

SQMP
GuestPanicInformationHyperV
---------------------------

A structure used by GuestPanicInformation.

EQMP

    {
        .struct  = "GuestPanicInformationS390",
        .members = "core:uint32,psw-mask:uint64,psw-addr:uint64,reason:S390CrashReason",
    },

SQMP
GuestPanicInformationS390
-------------------------

A structure used by GuestPanicInformation.

EQMP

    {
        .struct  = "IothreadProperties",
        .members = "poll-max-ns:int?,poll-grow:int?,poll-shrink:int?",
        .base    = "EventLoopBaseProperties",
    },

SQMP
IothreadProperties
------------------

A structure used by ObjectOptions.

EQMP

    {
        .struct  = "MemoryBackendProperties",
        .members = "dump:bool?,host-nodes:[uint16]?,merge:bool?,policy:HostMemPolicy?,prealloc:bool?,prealloc-threads:uint32?,prealloc-context:str?,share:bool?,reserve:bool?,size:size,x-use-canonical-path-for-ramblock-id:bool?",
    },

SQMP
MemoryBackendProperties
-----------------------

A structure used by ObjectOptions.

EQMP

    {
        .struct  = "ThrottleGroupProperties",
        .members = "limits:ThrottleLimits?,x-iops-total:int?,x-iops-total-max:int?,x-iops-total-max-length:int?,x-iops-read:int?,x-iops-read-max:int?,x-iops-read-max-length:int?,x-iops-write:int?,x-iops-write-max:int?,x-iops-write-max-length:int?,x-bps-total:int?,x-bps-total-max:int?,x-bps-total-max-length:int?,x-bps-read:int?,x-bps-read-max:int?,x-bps-read-max-length:int?,x-bps-write:int?,x-bps-write-max:int?,x-bps-write-max-length:int?,x-iops-size:int?",
    },

SQMP
ThrottleGroupProperties
-----------------------

A structure used by ObjectOptions.

EQMP

    {
        .enum   = "JSONType",
        .values = "string,number,int,boolean,null,object,array,value",
    },

SQMP
JSONType
--------

The JSON value types a builtin may have; "value" means any.

EQMP

    {
        .struct  = "SchemaInfoEnumMember",
        .members = "name:str,features:[str]?",
    },

SQMP
SchemaInfoEnumMember
--------------------

A structure used by SchemaInfoEnum.

EQMP

    {
        .struct  = "SchemaInfoObjectMember",
        .members = "name:str,type:str,default:any?,features:[str]?",
    },

SQMP
SchemaInfoObjectMember
----------------------

A structure used by SchemaInfoObject.

EQMP

    {
        .struct  = "SchemaInfoObjectVariant",
        .members = "case:str,type:str",
    },

SQMP
SchemaInfoObjectVariant
-----------------------

A structure used by SchemaInfoObject.

EQMP

    {
        .struct  = "SchemaInfoAlternateMember",
        .members = "type:str",
    },

SQMP
SchemaInfoAlternateMember
-------------------------

A structure used by SchemaInfoAlternate.

EQMP

    {
        .struct  = "BlockNodeInfo",
        .members = "filename:str,format:str,dirty-flag:bool?,actual-size:int?,virtual-size:int,cluster-size:int?,encrypted:bool?,compressed:bool?,backing-filename:str?,full-backing-filename:str?,backing-filename-format:str?,snapshots:[SnapshotInfo]?,format-specific:ImageInfoSpecific?",
    },

SQMP
BlockNodeInfo
-------------

What a single block node's image looks like, without its backing chain.

EQMP

    {
        .struct  = "BlockDeviceTimedStats",
        .members = "interval_length:int,min_rd_latency_ns:int,max_rd_latency_ns:int,avg_rd_latency_ns:int,min_wr_latency_ns:int,max_wr_latency_ns:int,avg_wr_latency_ns:int,min_zone_append_latency_ns:int,max_zone_append_latency_ns:int,avg_zone_append_latency_ns:int,min_flush_latency_ns:int,max_flush_latency_ns:int,avg_flush_latency_ns:int,avg_rd_queue_depth:number,avg_wr_queue_depth:number,avg_zone_append_queue_depth:number",
    },

SQMP
BlockDeviceTimedStats
---------------------

A structure used by BlockDeviceStats.

EQMP

    {
        .struct  = "BlockLatencyHistogramInfo",
        .members = "boundaries:[uint64],bins:[uint64]",
    },

SQMP
BlockLatencyHistogramInfo
-------------------------

A structure used by BlockDeviceStats.

EQMP

    {
        .struct  = "BlockStatsSpecificFile",
        .members = "discard-nb-ok:uint64,discard-nb-failed:uint64,discard-bytes-ok:uint64",
    },

SQMP
BlockStatsSpecificFile
----------------------

A structure used by BlockStatsSpecific.

EQMP

    {
        .struct  = "BlockStatsSpecificNvme",
        .members = "completion-errors:uint64,aligned-accesses:uint64,unaligned-accesses:uint64",
    },

SQMP
BlockStatsSpecificNvme
----------------------

A structure used by BlockStatsSpecific.

EQMP

    {
        .enum   = "OnOffAuto",
        .values = "auto,on,off",
    },

SQMP
OnOffAuto
---------

An enumeration used by BlockdevOptionsFile.

EQMP

    {
        .enum   = "BlockdevAioOptions",
        .values = "threads,native,io_uring",
    },

SQMP
BlockdevAioOptions
------------------

An enumeration used by BlockdevOptionsFile.

EQMP

    {
        .alternate = "Qcow2OverlapChecks",
        .variants  = "flags:Qcow2OverlapCheckFlags,mode:Qcow2OverlapCheckMode",
    },

SQMP
Qcow2OverlapChecks
------------------

An alternate used by BlockdevOptionsQcow2.

EQMP

    {
        .union         = "BlockdevQcow2Encryption",
        .members       = "format:BlockdevQcow2EncryptionFormat",
        .discriminator = "format",
        .variants      = "aes:QCryptoBlockOptionsQCow,luks:QCryptoBlockOptionsLUKS",
    },

SQMP
BlockdevQcow2Encryption
-----------------------

An union used by BlockdevOptionsQcow2.

EQMP

    {
        .alternate = "BlockdevRef",
        .variants  = "definition:BlockdevOptions,reference:str",
    },

SQMP
BlockdevRef
-----------

A child node: either the options of a new node, or the name of an existing
one.

EQMP

    {
        .struct  = "BlockdevOptionsGenericCOWFormat",
        .members = "backing:BlockdevRefOrNull?",
        .base    = "BlockdevOptionsGenericFormat",
    },

SQMP
BlockdevOptionsGenericCOWFormat
-------------------------------

A structure used by BlockdevOptionsQcow2.

EQMP

    {
        .struct  = "BlockdevOptionsGenericFormat",
        .members = "file:BlockdevRef",
    },

SQMP
BlockdevOptionsGenericFormat
----------------------------

A structure used by BlockdevOptionsRaw.

EQMP

    {
        .enum   = "S390CpuState",
        .values = "uninitialized,stopped,check-stop,operating,load",
    },

SQMP
S390CpuState
------------

An enumeration used by CpuInfoS390.

EQMP

    {
        .enum   = "S390CpuEntitlement",
        .values = "auto,low,medium,high",
    },

SQMP
S390CpuEntitlement
------------------

An enumeration used by CpuInfoS390.

EQMP

    {
        .struct  = "PciDeviceClass",
        .members = "desc:str?,class:int",
    },

SQMP
PciDeviceClass
--------------

A structure used by PciDeviceInfo.

EQMP

    {
        .struct  = "PciDeviceId",
        .members = "device:int,vendor:int,subsystem:int?,subsystem-vendor:int?",
    },

SQMP
PciDeviceId
-----------

A structure used by PciDeviceInfo.

EQMP

    {
        .struct  = "PciBridgeInfo",
        .members = "bus:PciBusInfo,devices:[PciDeviceInfo]?",
    },

SQMP
PciBridgeInfo
-------------

A structure used by PciDeviceInfo.

EQMP

    {
        .struct  = "PciMemoryRegion",
        .members = "bar:int,type:str,address:int,size:int,prefetch:bool?,mem_type_64:bool?",
    },

SQMP
PciMemoryRegion
---------------

A structure used by PciDeviceInfo.

EQMP

    {
        .struct  = "TPMPassthroughOptionsWrapper",
        .members = "data:TPMPassthroughOptions",
    },

SQMP
TPMPassthroughOptionsWrapper
----------------------------

A structure used by TpmTypeOptions.

EQMP

    {
        .struct  = "TPMEmulatorOptionsWrapper",
        .members = "data:TPMEmulatorOptions",
    },

SQMP
TPMEmulatorOptionsWrapper
-------------------------

A structure used by TpmTypeOptions.

EQMP

    {
        .enum   = "MigrationAddressType",
        .values = "socket,exec,rdma,file",
    },

SQMP
MigrationAddressType
--------------------

An enumeration used by MigrationAddress.

EQMP

    {
        .struct  = "MigrationExecCommand",
        .members = "args:[str]",
    },

SQMP
MigrationExecCommand
--------------------

A structure used by MigrationAddress.

EQMP

    {
        .struct  = "InetSocketAddress",
        .members = "numeric:bool?,to:uint16?,ipv4:bool?,ipv6:bool?,keep-alive:bool?,mptcp:bool?",
        .base    = "InetSocketAddressBase",
    },

SQMP
InetSocketAddress
-----------------

A structure used by MigrationAddress.

EQMP

    {
        .struct  = "FileMigrationArgs",
        .members = "filename:str,offset:uint64",
    },

SQMP
FileMigrationArgs
-----------------

A structure used by MigrationAddress.

EQMP

    {
        .enum   = "SocketAddressType",
        .values = "inet,unix,vsock,fd",
    },

SQMP
SocketAddressType
-----------------

An enumeration used by SocketAddress.

EQMP

    {
        .struct  = "UnixSocketAddress",
        .members = "path:str,abstract:bool?,tight:bool?",
    },

SQMP
UnixSocketAddress
-----------------

A structure used by SocketAddress.

EQMP

    {
        .struct  = "VsockSocketAddress",
        .members = "cid:str,port:str",
    },

SQMP
VsockSocketAddress
------------------

A structure used by SocketAddress.

EQMP

    {
        .struct  = "FdSocketAddress",
        .members = "str:str",
    },

SQMP
FdSocketAddress
---------------

A structure used by SocketAddress.

EQMP

    {
        .struct  = "BitmapMigrationBitmapAlias",
        .members = "name:str,alias:str,transform:BitmapMigrationBitmapAliasTransform?",
    },

SQMP
BitmapMigrationBitmapAlias
--------------------------

A structure used by BitmapMigrationNodeAlias.

EQMP

    {
        .struct  = "VncBasicInfo",
        .members = "host:str,service:str,family:NetworkAddressFamily,websocket:bool",
    },

SQMP
VncBasicInfo
------------

A structure used by VncClientInfo.

EQMP

    {
        .enum   = "HotKeyMod",
        .values = "lctrl-lalt,lshift-lctrl-lalt,rctrl",
    },

SQMP
HotKeyMod
---------

An enumeration used by DisplaySDL.

EQMP

    {
        .enum   = "S390CrashReason",
        .values = "unknown,disabled-wait,extint-loop,pgmint-loop,opint-loop",
    },

SQMP
S390CrashReason
---------------

An enumeration used by GuestPanicInformationS390.

EQMP

    {
        .struct  = "EventLoopBaseProperties",
        .members = "aio-max-batch:int?,thread-pool-min:int?,thread-pool-max:int?",
    },

SQMP
EventLoopBaseProperties
-----------------------

A structure used by IothreadProperties.

EQMP

    {
        .struct  = "ThrottleLimits",
        .members = "iops-total:int?,iops-total-max:int?,iops-total-max-length:int?,iops-read:int?,iops-read-max:int?,iops-read-max-length:int?,iops-write:int?,iops-write-max:int?,iops-write-max-length:int?,bps-total:int?,bps-total-max:int?,bps-total-max-length:int?,bps-read:int?,bps-read-max:int?,bps-read-max-length:int?,bps-write:int?,bps-write-max:int?,bps-write-max-length:int?,iops-size:int?",
    },

SQMP
ThrottleLimits
--------------

A structure used by ThrottleGroupProperties.

EQMP

    {
        .struct  = "SnapshotInfo",
        .members = "id:str,name:str,vm-state-size:int,date-sec:int,date-nsec:int,vm-clock-sec:int,vm-clock-nsec:int,icount:int?",
    },

SQMP
SnapshotInfo
------------

A structure used by BlockNodeInfo.

EQMP

    {
        .union         = "ImageInfoSpecific",
        .members       = "type:ImageInfoSpecificKind",
        .discriminator = "type",
        .variants      = "qcow2:ImageInfoSpecificQCow2Wrapper,vmdk:ImageInfoSpecificVmdkWrapper,luks:ImageInfoSpecificLUKSWrapper,rbd:ImageInfoSpecificRbdWrapper,file:ImageInfoSpecificFileWrapper",
    },

SQMP
ImageInfoSpecific
-----------------

An union used by BlockNodeInfo.

EQMP

    {
        .struct  = "Qcow2OverlapCheckFlags",
        .members = "template:Qcow2OverlapCheckMode?,main-header:bool?,active-l1:bool?,active-l2:bool?,refcount-table:bool?,refcount-block:bool?,snapshot-table:bool?,inactive-l1:bool?,inactive-l2:bool?,bitmap-directory:bool?",
    },

SQMP
Qcow2OverlapCheckFlags
----------------------

A structure used by Qcow2OverlapChecks.

EQMP

    {
        .enum   = "Qcow2OverlapCheckMode",
        .values = "none,constant,cached,all",
    },

SQMP
Qcow2OverlapCheckMode
---------------------

An enumeration used by Qcow2OverlapChecks.

EQMP

    {
        .enum   = "BlockdevQcow2EncryptionFormat",
        .values = "aes,luks",
    },

SQMP
BlockdevQcow2EncryptionFormat
-----------------------------

An enumeration used by BlockdevQcow2Encryption.

EQMP

    {
        .struct  = "QCryptoBlockOptionsQCow",
        .members = "key-secret:str?",
    },

SQMP
QCryptoBlockOptionsQCow
-----------------------

A structure used by BlockdevQcow2Encryption.

EQMP

    {
        .struct  = "QCryptoBlockOptionsLUKS",
        .members = "key-secret:str?",
    },

SQMP
QCryptoBlockOptionsLUKS
-----------------------

A structure used by BlockdevQcow2Encryption.

EQMP

    {
        .alternate = "BlockdevRefOrNull",
        .variants  = "definition:BlockdevOptions,reference:str,null:null",
    },

SQMP
BlockdevRefOrNull
-----------------

A child node, or null for no child (such as no backing file).

EQMP

    {
        .struct  = "PciBusInfo",
        .members = "number:int,secondary:int,subordinate:int,io_range:PciMemoryRange,memory_range:PciMemoryRange,prefetchable_range:PciMemoryRange",
    },

SQMP
PciBusInfo
----------

A structure used by PciBridgeInfo.

EQMP

    {
        .struct  = "TPMPassthroughOptions",
        .members = "path:str?,cancel-path:str?",
    },

SQMP
TPMPassthroughOptions
---------------------

A structure used by TPMPassthroughOptionsWrapper.

EQMP

    {
        .struct  = "TPMEmulatorOptions",
        .members = "chardev:str",
    },

SQMP
TPMEmulatorOptions
------------------

A structure used by TPMEmulatorOptionsWrapper.

EQMP

    {
        .struct  = "InetSocketAddressBase",
        .members = "host:str,port:str",
    },

SQMP
InetSocketAddressBase
---------------------

A structure used by InetSocketAddress.

EQMP

    {
        .struct  = "BitmapMigrationBitmapAliasTransform",
        .members = "persistent:bool?",
    },

SQMP
BitmapMigrationBitmapAliasTransform
-----------------------------------

A structure used by BitmapMigrationBitmapAlias.

EQMP

    {
        .enum   = "ImageInfoSpecificKind",
        .values = "qcow2,vmdk,luks,rbd,file",
    },

SQMP
ImageInfoSpecificKind
---------------------

An enumeration used by ImageInfoSpecific.

EQMP

    {
        .struct  = "ImageInfoSpecificQCow2Wrapper",
        .members = "data:ImageInfoSpecificQCow2",
    },

SQMP
ImageInfoSpecificQCow2Wrapper
-----------------------------

A structure used by ImageInfoSpecific.

EQMP

    {
        .struct  = "ImageInfoSpecificVmdkWrapper",
        .members = "data:ImageInfoSpecificVmdk",
    },

SQMP
ImageInfoSpecificVmdkWrapper
----------------------------

A structure used by ImageInfoSpecific.

EQMP

    {
        .struct  = "ImageInfoSpecificLUKSWrapper",
        .members = "data:QCryptoBlockInfoLUKS",
    },

SQMP
ImageInfoSpecificLUKSWrapper
----------------------------

A structure used by ImageInfoSpecific.

EQMP

    {
        .struct  = "ImageInfoSpecificRbdWrapper",
        .members = "data:ImageInfoSpecificRbd",
    },

SQMP
ImageInfoSpecificRbdWrapper
---------------------------

A structure used by ImageInfoSpecific.

EQMP

    {
        .struct  = "ImageInfoSpecificFileWrapper",
        .members = "data:ImageInfoSpecificFile",
    },

SQMP
ImageInfoSpecificFileWrapper
----------------------------

A structure used by ImageInfoSpecific.

EQMP

    {
        .struct  = "PciMemoryRange",
        .members = "base:int,limit:int",
    },

SQMP
PciMemoryRange
--------------

A structure used by PciBusInfo.

EQMP

    {
        .struct  = "ImageInfoSpecificQCow2",
        .members = "compat:str,data-file:str?,data-file-raw:bool?,extended-l2:bool?,lazy-refcounts:bool?,corrupt:bool?,refcount-bits:int,encrypt:ImageInfoSpecificQCow2Encryption?,bitmaps:[Qcow2BitmapInfo]?,compression-type:Qcow2CompressionType",
    },

SQMP
ImageInfoSpecificQCow2
----------------------

A structure used by ImageInfoSpecificQCow2Wrapper.

EQMP

    {
        .struct  = "ImageInfoSpecificVmdk",
        .members = "create-type:str,cid:int,parent-cid:int,extents:[VmdkExtentInfo]",
    },

SQMP
ImageInfoSpecificVmdk
---------------------

A structure used by ImageInfoSpecificVmdkWrapper.

EQMP

    {
        .struct  = "QCryptoBlockInfoLUKS",
        .members = "cipher-alg:QCryptoCipherAlgo,cipher-mode:QCryptoCipherMode,ivgen-alg:QCryptoIVGenAlgo,ivgen-hash-alg:QCryptoHashAlgo?,hash-alg:QCryptoHashAlgo,detached-header:bool,payload-offset:int,master-key-iters:int,uuid:str,slots:[QCryptoBlockInfoLUKSSlot]",
    },

SQMP
QCryptoBlockInfoLUKS
--------------------

A structure used by ImageInfoSpecificLUKSWrapper.

EQMP

    {
        .struct  = "ImageInfoSpecificRbd",
        .members = "encryption-format:RbdImageEncryptionFormat?",
    },

SQMP
ImageInfoSpecificRbd
--------------------

A structure used by ImageInfoSpecificRbdWrapper.

EQMP

    {
        .struct  = "ImageInfoSpecificFile",
        .members = "extent-size-hint:size?",
    },

SQMP
ImageInfoSpecificFile
---------------------

A structure used by ImageInfoSpecificFileWrapper.

EQMP

    {
        .union         = "ImageInfoSpecificQCow2Encryption",
        .base          = "ImageInfoSpecificQCow2EncryptionBase",
        .discriminator = "format",
        .variants      = "luks:QCryptoBlockInfoLUKS",
    },

SQMP
ImageInfoSpecificQCow2Encryption
--------------------------------

An union used by ImageInfoSpecificQCow2.

EQMP

    {
        .struct  = "Qcow2BitmapInfo",
        .members = "name:str,granularity:uint32,flags:[Qcow2BitmapInfoFlags]",
    },

SQMP
Qcow2BitmapInfo
---------------

A structure used by ImageInfoSpecificQCow2.

EQMP

    {
        .enum   = "Qcow2CompressionType",
        .values = "zlib,zstd",
    },

SQMP
Qcow2CompressionType
--------------------

An enumeration used by ImageInfoSpecificQCow2.

EQMP

    {
        .struct  = "VmdkExtentInfo",
        .members = "filename:str,format:str,virtual-size:int,cluster-size:int?,compressed:bool?",
    },

SQMP
VmdkExtentInfo
--------------

A structure used by ImageInfoSpecificVmdk.

EQMP

    {
        .enum   = "QCryptoCipherAlgo",
        .values = "aes-128,aes-192,aes-256,des,3des,cast5-128,serpent-128,serpent-192,serpent-256,twofish-128,twofish-192,twofish-256,sm4",
    },

SQMP
QCryptoCipherAlgo
-----------------

An enumeration used by QCryptoBlockInfoLUKS.

EQMP

    {
        .enum   = "QCryptoCipherMode",
        .values = "ecb,cbc,xts,ctr",
    },

SQMP
QCryptoCipherMode
-----------------

An enumeration used by QCryptoBlockInfoLUKS.

EQMP

    {
        .enum   = "QCryptoIVGenAlgo",
        .values = "plain,plain64,essiv",
    },

SQMP
QCryptoIVGenAlgo
----------------

An enumeration used by QCryptoBlockInfoLUKS.

EQMP

    {
        .enum   = "QCryptoHashAlgo",
        .values = "md5,sha1,sha224,sha256,sha384,sha512,ripemd160,sm3",
    },

SQMP
QCryptoHashAlgo
---------------

An enumeration used by QCryptoBlockInfoLUKS.

EQMP

    {
        .struct  = "QCryptoBlockInfoLUKSSlot",
        .members = "active:bool,iters:int?,stripes:int?,key-offset:int",
    },

SQMP
QCryptoBlockInfoLUKSSlot
------------------------

A structure used by QCryptoBlockInfoLUKS.

EQMP

    {
        .enum   = "RbdImageEncryptionFormat",
        .values = "luks,luks2,luks-any",
    },

SQMP
RbdImageEncryptionFormat
------------------------

An enumeration used by ImageInfoSpecificRbd.

EQMP

    {
        .struct  = "ImageInfoSpecificQCow2EncryptionBase",
        .members = "format:BlockdevQcow2EncryptionFormat",
    },

SQMP
ImageInfoSpecificQCow2EncryptionBase
------------------------------------

A structure used by ImageInfoSpecificQCow2Encryption.

EQMP

    {
        .enum   = "Qcow2BitmapInfoFlags",
        .values = "in-use,auto",
    },

SQMP
Qcow2BitmapInfoFlags
--------------------

An enumeration used by Qcow2BitmapInfo.

EQMP

HXCOMM ============================================================
HXCOMM Types: named command arguments and transaction actions
HXCOMM ============================================================

    {
        .struct  = "BlockDirtyBitmap",
        .members = "node:str,name:str",
    },

SQMP
BlockDirtyBitmap
----------------

Names one dirty bitmap: the arguments of block-dirty-bitmap-remove, -clear,
-enable and -disable, and the data of the transaction actions of the same
names.

Members:

- "node": the node (or device) that has the bitmap
- "name": the bitmap's name on that node

EQMP

    {
        .struct  = "BlockDirtyBitmapAdd",
        .members = "node:str,name:str,granularity:uint32?,persistent:bool?,disabled:bool?",
    },

SQMP
BlockDirtyBitmapAdd
-------------------

The arguments of block-dirty-bitmap-add and the data of its transaction
action.

Members:

- "node": the node (or device) that gets the bitmap
- "name": the new bitmap's name, unique on the node
- "granularity": the bytes one bit of the bitmap stands for, a power of two
  (QEMU picks one from the image's cluster size when absent)
- "persistent": keep the bitmap in the image file (qcow2) across restarts
  (default false)
- "disabled": create the bitmap without recording writes (default false)

EQMP

    {
        .alternate = "BlockDirtyBitmapOrStr",
        .variants  = "local:str,external:BlockDirtyBitmap",
    },

SQMP
BlockDirtyBitmapOrStr
---------------------

A bitmap given either by its name alone (a string: a bitmap of the target
node) or by node and name (an object: a bitmap of any node).

EQMP

    {
        .struct  = "BlockDirtyBitmapMerge",
        .members = "node:str,target:str,bitmaps:[BlockDirtyBitmapOrStr]",
    },

SQMP
BlockDirtyBitmapMerge
---------------------

The data of the block-dirty-bitmap-merge transaction action: the bits set
in any of "bitmaps" are set in the target bitmap too.

Members:

- "node": the node of the target bitmap
- "target": the bitmap that receives the bits
- "bitmaps": the bitmaps whose bits are added to the target

EQMP

    {
        .struct  = "BlockdevSnapshotSync",
        .members = "device:str?,node-name:str?,snapshot-file:str,snapshot-node-name:str?,format:str?,mode:NewImageMode?",
    },

SQMP
BlockdevSnapshotSync
--------------------

The arguments of blockdev-snapshot-sync and the data of its transaction
action: an external snapshot whose overlay image QEMU opens (and by default
creates) itself.

Members:

- "device": the device to snapshot; give this or "node-name"
- "node-name": the node to snapshot
- "snapshot-file": the file name of the new overlay image
- "snapshot-node-name": the node name the overlay gets
- "format": the overlay's image format (default qcow2)
- "mode": whether QEMU creates the overlay file or it exists already
  (default absolute-paths)

EQMP

    {
        .struct  = "BlockdevSnapshot",
        .members = "node:str,overlay:str",
    },

SQMP
BlockdevSnapshot
----------------

The arguments of blockdev-snapshot and the data of its transaction action:
an external snapshot with an overlay node added beforehand.

Members:

- "node": the node that becomes the overlay's backing file
- "overlay": the node that takes its place in the graph

EQMP

    {
        .struct  = "BlockdevSnapshotInternal",
        .members = "device:str,name:str",
    },

SQMP
BlockdevSnapshotInternal
------------------------

The data of the blockdev-snapshot-internal-sync transaction action: an
internal snapshot, stored inside the image itself (qcow2).

Members:

- "device": the device or node to snapshot
- "name": the snapshot's name, new in the image

EQMP

    {
        .struct  = "BackupCommon",
        .members = "job-id:str?,device:str,sync:MirrorSyncMode,speed:int?,bitmap:str?,bitmap-mode:BitmapSyncMode?,compress:bool?,on-source-error:BlockdevOnError?,on-target-error:BlockdevOnError?,auto-finalize:bool?,auto-dismiss:bool?,filter-node-name:str?,discard-source:bool?,x-perf:BackupPerf?",
    },

SQMP
BackupCommon
------------

The settings every backup job shares.

Members:

- "job-id": the job's identifier (defaults to the device name)
- "device": the source device or node
- "sync": which part of the source is copied
- "speed": the maximum speed in bytes per second, 0 for unlimited
- "bitmap": the dirty bitmap that selects what is copied
- "bitmap-mode": how the bitmap is updated when the job ends
- "compress": write compressed data to the target
- "on-source-error": what to do on a read error (default report)
- "on-target-error": what to do on a write error (default report)
- "auto-finalize": finalize without waiting for job-finalize (default true)
- "auto-dismiss": dismiss the job once it concluded (default true)
- "filter-node-name": the node name of the job's filter node
- "discard-source": discard source blocks once they are copied
- "x-perf": tuning knobs for the copy (unstable)

EQMP

    {
        .struct  = "BlockdevBackup",
        .base    = "BackupCommon",
        .members = "target:str",
    },

SQMP
BlockdevBackup
--------------

The arguments of blockdev-backup (boxed) and the data of its transaction
action: a backup into an existing node.

Members:

- "target": the node written to

EQMP

    {
        .struct  = "DriveBackup",
        .base    = "BackupCommon",
        .members = "target:str,format:str?,mode:NewImageMode?",
    },

SQMP
DriveBackup
-----------

The data of the deprecated drive-backup transaction action: a backup into
an image file that QEMU opens (and by default creates) itself. New code
adds the target with blockdev-add and uses blockdev-backup.

Members:

- "target": the file name of the target image
- "format": the target's image format (defaults to the source's)
- "mode": whether QEMU creates the target file or it exists already
  (default absolute-paths)

EQMP

    {
        .struct  = "Abort",
    },

SQMP
Abort
-----

The (empty) data of the "abort" transaction action.

EQMP

    {
        .enum   = "ActionCompletionMode",
        .values = "individual,grouped",
    },

SQMP
ActionCompletionMode
--------------------

How the jobs started by a transaction complete.

Values:

- "individual": each job completes (or fails) on its own
- "grouped": when one job fails, the others are cancelled

EQMP

    {
        .struct  = "TransactionProperties",
        .members = "completion-mode:ActionCompletionMode?",
    },

SQMP
TransactionProperties
---------------------

Settings of a whole transaction.

Members:

- "completion-mode": how the jobs it starts complete (default individual;
  only actions that start a job accept grouped)

EQMP

    {
        .enum   = "TransactionActionKind",
        .values = "abort,block-dirty-bitmap-add,block-dirty-bitmap-remove,block-dirty-bitmap-clear,block-dirty-bitmap-enable,block-dirty-bitmap-disable,block-dirty-bitmap-merge,blockdev-backup,blockdev-snapshot,blockdev-snapshot-internal-sync,blockdev-snapshot-sync,drive-backup",
    },

SQMP
TransactionActionKind
---------------------

The kinds of action a transaction can run; each is named after the command
that does the same on its own ("abort" makes the transaction fail). The
drive-backup kind is deprecated.

EQMP

    {
        .struct  = "AbortWrapper",
        .members = "data:Abort",
    },

SQMP
AbortWrapper
------------

The "data" of an abort action.

EQMP

    {
        .struct  = "BlockDirtyBitmapAddWrapper",
        .members = "data:BlockDirtyBitmapAdd",
    },

SQMP
BlockDirtyBitmapAddWrapper
--------------------------

The "data" of a block-dirty-bitmap-add action.

EQMP

    {
        .struct  = "BlockDirtyBitmapWrapper",
        .members = "data:BlockDirtyBitmap",
    },

SQMP
BlockDirtyBitmapWrapper
-----------------------

The "data" of a block-dirty-bitmap-remove, -clear, -enable or -disable
action.

EQMP

    {
        .struct  = "BlockDirtyBitmapMergeWrapper",
        .members = "data:BlockDirtyBitmapMerge",
    },

SQMP
BlockDirtyBitmapMergeWrapper
----------------------------

The "data" of a block-dirty-bitmap-merge action.

EQMP

    {
        .struct  = "BlockdevBackupWrapper",
        .members = "data:BlockdevBackup",
    },

SQMP
BlockdevBackupWrapper
---------------------

The "data" of a blockdev-backup action.

EQMP

    {
        .struct  = "BlockdevSnapshotWrapper",
        .members = "data:BlockdevSnapshot",
    },

SQMP
BlockdevSnapshotWrapper
-----------------------

The "data" of a blockdev-snapshot action.

EQMP

    {
        .struct  = "BlockdevSnapshotInternalWrapper",
        .members = "data:BlockdevSnapshotInternal",
    },

SQMP
BlockdevSnapshotInternalWrapper
-------------------------------

The "data" of a blockdev-snapshot-internal-sync action.

EQMP

    {
        .struct  = "BlockdevSnapshotSyncWrapper",
        .members = "data:BlockdevSnapshotSync",
    },

SQMP
BlockdevSnapshotSyncWrapper
---------------------------

The "data" of a blockdev-snapshot-sync action.

EQMP

    {
        .struct  = "DriveBackupWrapper",
        .members = "data:DriveBackup",
    },

SQMP
DriveBackupWrapper
------------------

The "data" of a (deprecated) drive-backup action.

EQMP

    {
        .union         = "TransactionAction",
        .members       = "type:TransactionActionKind",
        .discriminator = "type",
        .variants      = "abort:AbortWrapper,block-dirty-bitmap-add:BlockDirtyBitmapAddWrapper,block-dirty-bitmap-remove:BlockDirtyBitmapWrapper,block-dirty-bitmap-clear:BlockDirtyBitmapWrapper,block-dirty-bitmap-enable:BlockDirtyBitmapWrapper,block-dirty-bitmap-disable:BlockDirtyBitmapWrapper,block-dirty-bitmap-merge:BlockDirtyBitmapMergeWrapper,blockdev-backup:BlockdevBackupWrapper,blockdev-snapshot:BlockdevSnapshotWrapper,blockdev-snapshot-internal-sync:BlockdevSnapshotInternalWrapper,blockdev-snapshot-sync:BlockdevSnapshotSyncWrapper,drive-backup:DriveBackupWrapper",
    },

SQMP
TransactionAction
-----------------

One action of a transaction: "type" names it and "data" holds its
arguments, the same as those of the command of that name.

Members:

- "type": the kind of action

EQMP

HXCOMM ============================================================
HXCOMM Types: network backends (netdev_add)
HXCOMM ============================================================

    {
        .struct  = "String",
        .members = "str:str",
    },

SQMP
String
------

A string wrapped in an object.

Members:

- "str": the string

EQMP

    {
        .struct  = "NetdevUserOptions",
        .members = "hostname:str?,restrict:bool?,ipv4:bool?,ipv6:bool?,ip:str?,net:str?,host:str?,tftp:str?,bootfile:str?,dhcpstart:str?,dns:str?,dnssearch:[String]?,domainname:str?,ipv6-prefix:str?,ipv6-prefixlen:int?,ipv6-host:str?,ipv6-dns:str?,smb:str?,smbserver:str?,hostfwd:[String]?,guestfwd:[String]?,tftp-server-name:str?",
    },

SQMP
NetdevUserOptions
-----------------

Options of a user networking backend (slirp): QEMU itself plays router,
DHCP and DNS server for the guest, with no host privileges needed.

Members:

- "hostname": the client name the DHCP server hands out
- "restrict": isolate the guest from the host and the outside world
- "ipv4": enable IPv4 (default on)
- "ipv6": enable IPv6 (default on)
- "ip": legacy spelling of "net"
- "net": the guest network and netmask, for example 10.0.2.0/24
- "host": the host's (router's) address on the guest network
- "tftp": the root directory of the built-in TFTP server
- "bootfile": the BOOTP file name, for network boot
- "dhcpstart": the first address the DHCP server assigns
- "dns": the address of the built-in DNS server
- "dnssearch": search domains the DHCP server announces
- "domainname": the domain name the DHCP server announces
- "ipv6-prefix": the IPv6 network prefix
- "ipv6-prefixlen": the IPv6 prefix length
- "ipv6-host": the host's IPv6 address on the guest network
- "ipv6-dns": the IPv6 address of the built-in DNS server
- "smb": a host directory shared with the guest over SMB
- "smbserver": the address of the SMB server on the guest network
- "hostfwd": host ports forwarded to the guest, each
  "tcp|udp:[hostaddr]:hostport-[guestaddr]:guestport"
- "guestfwd": guest connections forwarded to host services
- "tftp-server-name": the TFTP server name the DHCP server announces

EQMP

    {
        .struct  = "NetdevTapOptions",
        .members = "ifname:str?,fd:str?,fds:str?,script:str?,downscript:str?,br:str?,helper:str?,sndbuf:size?,vnet_hdr:bool?,vhost:bool?,vhostfd:str?,vhostfds:str?,vhostforce:bool?,queues:uint32?,poll-us:uint32?",
    },

SQMP
NetdevTapOptions
----------------

Options of a tap backend: a host tap interface.

Members:

- "ifname": the interface name
- "fd": a file descriptor of an open tap device (passed with getfd)
- "fds": several such descriptors, separated by colons (multiqueue)
- "script": the script that configures the interface
- "downscript": the script run when the interface is closed
- "br": the bridge the helper attaches the interface to
- "helper": the helper program that creates the interface
- "sndbuf": the send buffer limit in bytes
- "vnet_hdr": use the virtio-net header (offloads)
- "vhost": use the vhost-net kernel accelerator
- "vhostfd": a file descriptor of an open vhost-net device
- "vhostfds": several such descriptors, separated by colons
- "vhostforce": legacy; vhost is used whenever "vhost" is on
- "queues": the number of queues of a multiqueue interface
- "poll-us": how long (in microseconds) vhost busy-polls the interface

EQMP

    {
        .struct  = "NetdevSocketOptions",
        .members = "fd:str?,listen:str?,connect:str?,mcast:str?,localaddr:str?,udp:str?",
    },

SQMP
NetdevSocketOptions
-------------------

Options of a socket backend (the older form of stream and dgram): Ethernet
frames over TCP, UDP or multicast. Exactly one of "fd", "listen",
"connect", "mcast" and "udp" is given.

Members:

- "fd": a file descriptor of an open socket
- "listen": wait for a connection on this [host]:port
- "connect": connect to this host:port
- "mcast": join this multicast group address:port
- "localaddr": the local address for "mcast" or "udp"
- "udp": send UDP datagrams to this host:port

EQMP

    {
        .struct  = "NetdevStreamOptions",
        .members = "addr:SocketAddress,server:bool?,reconnect:int?,reconnect-ms:int?",
    },

SQMP
NetdevStreamOptions
-------------------

Options of a stream backend: Ethernet frames over a stream socket.

Members:

- "addr": the address to listen on or connect to
- "server": listen rather than connect (default false)
- "reconnect": deprecated; seconds before a lost client connection is
  tried again
- "reconnect-ms": milliseconds before a lost client connection is tried
  again (0, the default, means never)

EQMP

    {
        .struct  = "NetdevDgramOptions",
        .members = "local:SocketAddress?,remote:SocketAddress?",
    },

SQMP
NetdevDgramOptions
------------------

Options of a dgram backend: Ethernet frames over datagrams (UDP or a Unix
datagram socket, unicast or multicast).

Members:

- "local": the local address
- "remote": the peer (or multicast group) address

EQMP

    {
        .struct  = "NetdevHubPortOptions",
        .members = "hubid:int32,netdev:str?",
    },

SQMP
NetdevHubPortOptions
--------------------

Options of a hubport backend: a port of an internal hub that connects
every backend and card plugged into it.

Members:

- "hubid": the hub's number
- "netdev": another backend to plug into the hub

EQMP

    {
        .union         = "Netdev",
        .members       = "id:str,type:NetClientDriver",
        .discriminator = "type",
        .variants      = "user:NetdevUserOptions,tap:NetdevTapOptions,socket:NetdevSocketOptions,stream:NetdevStreamOptions,dgram:NetdevDgramOptions,hubport:NetdevHubPortOptions",
    },

SQMP
Netdev
------

The options of a network backend, selected by "type". This file describes
the user, tap, socket, stream, dgram and hubport backends.

Members:

- "id": the backend's identifier, used by the "netdev" property of a
  network card
- "type": the kind of backend

EQMP
