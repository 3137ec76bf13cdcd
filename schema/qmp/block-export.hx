HXCOMM Area 'block-export'.

SQMP
Block exports
=============

Making block nodes available outside QEMU: the built-in NBD server and
its exports, vhost-user-blk and VDUSE devices served by QEMU, and FUSE
mounts of an image, all managed as block exports with an ID.

EQMP

    {
        .struct             = "NbdServerOptionsBase",
        .members            = "handshake-max-seconds:uint32?,"
                              "tls-creds:str?,"
                              "tls-authz:str?,"
                              "max-connections:uint32?",
    },

SQMP
NbdServerOptionsBase
--------------------

The settings of the NBD server that do not depend on how its address
is written; the base of NbdServerOptions and NbdServerOptionsLegacy.

Members:

- "handshake-max-seconds": how many seconds a client may take to
  complete the negotiation handshake before the server drops it; 0
  means no limit. Default 10 (since 10.0).
- "tls-creds": the ID of a TLS credentials object; clients must then
  connect with TLS. When absent, the server speaks plain NBD (since
  2.6).
- "tls-authz": the ID of a QAuthZ authorization object that checks the
  x509 distinguished name of each client. QEMU looks the object up
  only when a client connects, so it can be deleted and created again
  while the server runs; when no object of that ID exists at that
  time, the client is refused (since 4.0).
- "max-connections": how many clients may be connected at the same
  time; 0 means no limit. With 1, the server also stops advertising
  that it supports several connections per client (multi-conn).
  Default 100 (since 5.2).

EQMP

    {
        .struct             = "NbdServerOptions",
        .base               = "NbdServerOptionsBase",
        .members            = "addr:SocketAddress",
    },

SQMP
NbdServerOptions
----------------

The NBD server settings with the address in the flat SocketAddress
form: the form of qemu-storage-daemon's --nbd-server option
(addr.type=unix,addr.path=...). It matches NbdServerOptionsLegacy in
everything but the address form.

Members:

- "addr": the address the server listens on (since 4.2).

EQMP

    {
        .struct             = "NbdServerOptionsLegacy",
        .base               = "NbdServerOptionsBase",
        .members            = "addr:SocketAddressLegacy",
    },

SQMP
NbdServerOptionsLegacy
----------------------

The NBD server settings with the address in the older SocketAddressLegacy
form (its members nested under "data"): the arguments of
nbd-server-start. It matches NbdServerOptions in everything but the
address form.

Members:

- "addr": the address the server listens on (since 1.3).

EQMP

    {
        .name               = "nbd-server-start",
        .args               = "NbdServerOptionsLegacy",
        .allow_preconfig    = true,
    },

SQMP
nbd-server-start
----------------

Start QEMU's built-in NBD server on an address. Block nodes are then
exported on it with block-export-add (or the deprecated
nbd-server-add), each under an export name; a client such as another
QEMU opens one as "nbd:HOST:PORT:exportname=NAME" (or
nbd+unix:///NAME?socket=PATH). Only one NBD server runs at a time.

Arguments: the members of NbdServerOptionsLegacy: "addr" (a
SocketAddressLegacy, required), "tls-creds", "tls-authz",
"max-connections" and "handshake-max-seconds".

Errors:

- GenericError when the NBD server is running already, the address
  cannot be listened on, or no TLS credentials object has the ID given
  in "tls-creds".

Since: 1.3

Example:

(Captured on qemu-storage-daemon.)

-> {"execute": "nbd-server-start", "arguments": {"addr": {"type": "unix", "data": {"path": "/tmp/dn/nbd.sock"}}}}
<- {"return": {}}
-> {"execute": "nbd-server-start", "arguments": {"addr": {"type": "unix", "data": {"path": "/tmp/dn/nbd2.sock"}}}}
<- {"error": {"class": "GenericError", "desc": "NBD server already running"}}

With at most 4 clients, each given 5 seconds for the handshake:

-> {"execute": "nbd-server-start", "arguments": {"addr": {"type": "unix", "data": {"path": "/tmp/dn/nbd.sock"}}, "max-connections": 4, "handshake-max-seconds": 5}}
<- {"return": {}}

EQMP

    {
        .struct             = "BlockExportOptionsNbdBase",
        .members            = "name:str?,"
                              "description:str?",
    },

SQMP
BlockExportOptionsNbdBase
-------------------------

The NBD export options that nbd-server-add and the "nbd" branch of
block-export-add share.

Members:

- "name": the name clients open the export by. When absent, the node
  is exported under the name given in "device" (nbd-server-add) or
  "node-name" (block-export-add). Since 2.12.
- "description": a free-form text shown to clients that list the
  exports, at most 4096 bytes. When absent, the export has no
  description. Since 5.0.

Since: 5.0

EQMP

    {
        .struct             = "BlockExportOptionsNbd",
        .base               = "BlockExportOptionsNbdBase",
        .members            = "bitmaps:[BlockDirtyBitmapOrStr]?,"
                              "allocation-depth:bool?",
    },

SQMP
BlockExportOptionsNbd
---------------------

The options of an NBD export made with block-export-add (type "nbd"),
on top of the name and description of BlockExportOptionsNbdBase. The
NBD server must be running (nbd-server-start).

Members:

- "bitmaps": dirty bitmaps of the exported node (or of nodes below
  it) to publish as well: a client reads each with
  NBD_OPT_SET_META_CONTEXT and the metadata context
  "qemu:dirty-bitmap:BITMAP". An entry is a bitmap name, or (since 7.1)
  a node and name pair. A published bitmap is busy: other operations
  cannot use it while it is exported. When absent, no bitmap is
  published.
- "allocation-depth": also publish the allocation depth map of the
  node, as the metadata context "qemu:allocation-depth", so a client
  can tell at which layer of a backing chain each block is allocated.
  Default false (since 5.2).

Since: 5.2

EQMP

    {
        .struct             = "BlockExportOptionsVhostUserBlk",
        .members            = "addr:SocketAddress,"
                              "logical-block-size:size?,"
                              "num-queues:uint16?",
    },

SQMP
BlockExportOptionsVhostUserBlk
------------------------------

The options of a vhost-user-blk export: QEMU serves the node as a
virtio block device to a vhost-user front end, such as a QEMU with a
vhost-user-blk-pci device.

Members:

- "addr": the vhost-user socket QEMU listens on: a "unix" address, or
  an "fd" address naming an already open Unix domain socket. Other
  address types are refused.
- "logical-block-size": the logical block size in bytes that the
  device reports. Default 512.
- "num-queues": the number of request virtqueues; at least 1. Default
  1.

Since: 5.2

EQMP

    {
        .enum               = "FuseExportAllowOther",
        .values             = "off,on,auto",
    },

SQMP
FuseExportAllowOther
--------------------

Whether a FUSE export is mounted with the "allow_other" mount option,
which lets users other than QEMU's own access the export.

Values:

- "off": mount without allow_other: only QEMU's user can access the
  export, whatever its permissions say.
- "on": mount with allow_other.
- "auto": try to mount with allow_other, and mount without it if that
  fails.

Since: 6.1

EQMP

#if defined(CONFIG_FUSE)
    {
        .struct             = "BlockExportOptionsFuse",
        .members            = "mountpoint:str,"
                              "growable:bool?,"
                              "allow-other:FuseExportAllowOther?",
    },
#endif

SQMP
BlockExportOptionsFuse
----------------------

The options of a FUSE export: QEMU mounts a FUSE file system over a
regular file, and reading and writing that file accesses the node as a
raw image. Only in QEMU builds with FUSE support (CONFIG_FUSE).

Members:

- "mountpoint": the path of the file to mount the export on; it must
  exist and be a regular file.
- "growable": whether a write beyond the end of the file grows the
  node. Default false.
- "allow-other": whether other users may access the export (the
  "allow_other" mount option). Without it, no chmod or chown gives
  them access. A non-root QEMU can use allow_other only when
  user_allow_other is set in the system's fuse.conf. Default "auto"
  (since 6.1).

Since: 6.0

EQMP

    {
        .struct             = "BlockExportOptionsVduseBlk",
        .members            = "name:str,"
                              "num-queues:uint16?,"
                              "queue-size:uint16?,"
                              "logical-block-size:size?,"
                              "serial:str?",
    },

SQMP
BlockExportOptionsVduseBlk
--------------------------

The options of a vduse-blk export: QEMU serves the node as a virtio
block device in the host kernel through VDUSE (vDPA device in
userspace), for the host itself or for virtual machines through vDPA.

Members:

- "name": the name of the VDUSE device; it must be unique on the host.
- "num-queues": the number of virtqueues. Default 1.
- "queue-size": the size of each virtqueue. Default 256.
- "logical-block-size": the logical block size in bytes: a power of 2
  from 512 to the host page size. Default 512.
- "serial": the serial number the virtio block device reports. Default
  the empty string.

Since: 7.1

EQMP

    {
        .struct             = "NbdServerAddOptions",
        .base               = "BlockExportOptionsNbdBase",
        .members            = "device:str,"
                              "writable:bool?,"
                              "bitmap:str?",
    },

SQMP
NbdServerAddOptions
-------------------

The arguments of the deprecated nbd-server-add: an NBD export of one
block node, with the export name and description of
BlockExportOptionsNbdBase.

Members:

- "device": the block backend name or node name of the node to
  export.
- "writable": whether clients may write to the node through the
  export. Default false: the export is read-only.
- "bitmap": one dirty bitmap of the node (or of a node below it) to
  publish as well; a client reads it with NBD_OPT_SET_META_CONTEXT and
  the metadata context "qemu:dirty-bitmap:BITMAP" (since 4.0). When
  absent, no bitmap is published.

Since: 5.0

EQMP

    {
        .name               = "nbd-server-add",
        .args               = "NbdServerAddOptions",
        .boxed              = true,
        .allow_preconfig    = true,
        .features           = "deprecated",
    },

SQMP
nbd-server-add
--------------

Export a block node on the NBD server started with nbd-server-start.
The export name (the "name" argument, else "device") also becomes the
ID of the resulting block export, as query-block-exports lists it and
block-export-del takes it. Deprecated: block-export-add with type "nbd"
does the same and more.

Arguments: the members of NbdServerAddOptions: "device" (required),
"name", "description", "writable" and "bitmap".

Features:

- "deprecated": the command is deprecated; use block-export-add with
  type "nbd" instead.

Errors:

- GenericError when the NBD server is not running, or an export of
  that name (block export ID) exists already.

Since: 1.3

Example:

(Captured on qemu-storage-daemon with --blockdev
null-co,node-name=null0.)

-> {"execute": "nbd-server-add", "arguments": {"device": "null0", "name": "null", "writable": false}}
<- {"return": {}}
-> {"execute": "nbd-server-add", "arguments": {"device": "null0"}}
<- {"return": {}}
-> {"execute": "nbd-server-add", "arguments": {"device": "null0"}}
<- {"error": {"class": "GenericError", "desc": "Block export id 'null0' is already in use"}}

Without a running NBD server:

-> {"execute": "nbd-server-add", "arguments": {"device": "null0"}}
<- {"error": {"class": "GenericError", "desc": "NBD server not running"}}

EQMP

    {
        .enum               = "BlockExportRemoveMode",
        .values             = "safe,hard",
    },

SQMP
BlockExportRemoveMode
---------------------

How a block export is removed when clients may still use it.

Values:

- "safe": remove the export only when no client is connected to it;
  otherwise fail.
- "hard": disconnect every client at once and remove the export.

Since: 2.12

EQMP

    {
        .name               = "nbd-server-remove",
        .args_type          = "name:str,"
                              "mode:BlockExportRemoveMode?",
        .allow_preconfig    = true,
        .features           = "deprecated",
    },

SQMP
nbd-server-remove
-----------------

Remove an NBD export by its name. Deprecated: block-export-del does the
same for every kind of export.

Arguments:

- "name": the ID of the block export (for exports made with
  nbd-server-add, the export name).
- "mode": what to do with connected clients. Default "safe": fail
  while a client is connected.

Features:

- "deprecated": the command is deprecated; use block-export-del
  instead.

Errors:

- GenericError when the NBD server is not running, no export has that
  name, or "mode" is "safe" and clients are still connected.

Since: 2.12

Example:

(Captured on qemu-storage-daemon. The BLOCK_EXPORT_DELETED event that
arrives before the first reply is left out.)

-> {"execute": "nbd-server-remove", "arguments": {"name": "null2"}}
<- {"return": {}}

With a client connected:

-> {"execute": "nbd-server-remove", "arguments": {"name": "null"}}
<- {"error": {"class": "GenericError", "desc": "export 'null' still in use"}}

-> {"execute": "nbd-server-remove", "arguments": {"name": "nosuch"}}
<- {"error": {"class": "GenericError", "desc": "Export 'nosuch' is not found"}}

EQMP

    {
        .name               = "nbd-server-stop",
        .args_type          = "",
        .allow_preconfig    = true,
    },

SQMP
nbd-server-stop
---------------

Stop the built-in NBD server: it stops listening, and its exports are
removed (those of nbd-server-add, and, as QEMU 10.0.2 shows, the NBD
exports of block-export-add too), each with a BLOCK_EXPORT_DELETED
event.

Errors:

- GenericError when the NBD server is not running.

Since: 1.3

Example:

(Captured on qemu-storage-daemon. The BLOCK_EXPORT_DELETED events that
arrive before the first reply are left out.)

-> {"execute": "nbd-server-stop"}
<- {"return": {}}
-> {"execute": "nbd-server-stop"}
<- {"error": {"class": "GenericError", "desc": "NBD server not running"}}

EQMP

    {
        .enum               = "BlockExportType",
        .values             = "nbd,"
#if defined(CONFIG_VHOST_USER_BLK_SERVER)
                              "vhost-user-blk,"
#endif
#if defined(CONFIG_FUSE)
                              "fuse,"
#endif
#if defined(CONFIG_VDUSE_BLK_EXPORT)
                              "vduse-blk"
#endif
                              "",
    },

SQMP
BlockExportType
---------------

The kinds of block export.

Values:

- "nbd": an export of the built-in NBD server; options in
  BlockExportOptionsNbd.
- "vhost-user-blk": a vhost-user-blk device served on a socket;
  options in BlockExportOptionsVhostUserBlk. Since 5.2; only in builds
  with the vhost-user-blk server (CONFIG_VHOST_USER_BLK_SERVER).
- "fuse": a FUSE mount over a regular file; options in
  BlockExportOptionsFuse. Since 6.0; only in builds with FUSE support
  (CONFIG_FUSE).
- "vduse-blk": a VDUSE virtio block device in the host kernel; options
  in BlockExportOptionsVduseBlk. Since 7.1; only in builds with VDUSE
  support (CONFIG_VDUSE_BLK_EXPORT).

Since: 4.2

EQMP

    {
        .union              = "BlockExportOptions",
        .members            = "type:BlockExportType,"
                              "id:str,"
                              "fixed-iothread:bool?,"
                              "iothread:str?,"
                              "node-name:str,"
                              "writable:bool?,"
                              "writethrough:bool?,"
                              "allow-inactive:bool?",
        .discriminator      = "type",
        .variants           = "nbd:BlockExportOptionsNbd,"
#if defined(CONFIG_VHOST_USER_BLK_SERVER)
                              "vhost-user-blk:BlockExportOptionsVhostUserBlk,"
#endif
#if defined(CONFIG_FUSE)
                              "fuse:BlockExportOptionsFuse,"
#endif
#if defined(CONFIG_VDUSE_BLK_EXPORT)
                              "vduse-blk:BlockExportOptionsVduseBlk"
#endif
                              "",
    },

SQMP
BlockExportOptions
------------------

A block export: which node is made available on which external
interface, and how. "type" selects the further members.

Members:

- "type": the kind of export, which selects the further members.
- "id": an identifier for the export, unique among all exports of
  every kind.
- "fixed-iothread": keep the node in its thread while the export is
  active: no one may move it to another iothread. Then if "iothread"
  is given and the node cannot be moved there, creating the export
  fails. Default false (since 5.2).
- "iothread": the ID of the iothread object the export runs in. When
  absent, the export runs in the thread the node uses now (since 5.2).
- "node-name": the node name of the block node to export (since 5.2).
- "writable": whether clients may write to the node through the
  export. Default false.
- "writethrough": flush the caches after each write request before
  the export reports it complete. Default false (since 5.2).
- "allow-inactive": allow the node to be inactive (as on the
  destination of a migration before it takes over). An export created
  for an inactive node leaves it inactive; a kind of export that cannot
  work on an inactive node fails. Default false: an inactive node is
  activated before the export is created, and inactivating it later
  fails while the export exists (since 10.0).

Since: 4.2

EQMP

    {
        .name               = "block-export-add",
        .args               = "BlockExportOptions",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
block-export-add
----------------

Create a block export: make a block node available as an NBD export,
a vhost-user-blk device, a FUSE mount or a VDUSE device. The export is
listed by query-block-exports and removed with block-export-del.

Arguments: a BlockExportOptions object: "type", "id", "node-name",
"writable", "writethrough", "iothread", "fixed-iothread" and
"allow-inactive", plus the members of the chosen type.

Errors:

- GenericError when the ID is in use, the node does not exist, an
  option is invalid for the type, or (type "nbd") the NBD server is not
  running or already has an export of that name.

Since: 5.2

Example:

(Captured on qemu-storage-daemon with --blockdev
null-co,node-name=null0 and a qcow2 node "disk0" that has a dirty
bitmap "bitmap0"; the NBD server was started with nbd-server-start.)

A writable NBD export that also publishes a bitmap and the allocation
depth:

-> {"execute": "block-export-add", "arguments": {"type": "nbd", "id": "exp0", "node-name": "disk0", "name": "disk", "description": "the test disk", "writable": true, "bitmaps": ["bitmap0"], "allocation-depth": true}}
<- {"return": {}}

A vhost-user-blk device with 4 KiB blocks and two queues:

-> {"execute": "block-export-add", "arguments": {"type": "vhost-user-blk", "id": "vub0", "node-name": "null0", "addr": {"type": "unix", "path": "/tmp/dn/vub.sock"}, "logical-block-size": 4096, "num-queues": 2, "writable": true}}
<- {"return": {}}

-> {"execute": "block-export-add", "arguments": {"type": "nbd", "id": "vub0", "node-name": "null0"}}
<- {"error": {"class": "GenericError", "desc": "Block export id 'vub0' is already in use"}}
-> {"execute": "block-export-add", "arguments": {"type": "nbd", "id": "e9", "node-name": "nosuch"}}
<- {"error": {"class": "GenericError", "desc": "Cannot find device='' nor node-name='nosuch'"}}

EQMP

    {
        .name               = "block-export-del",
        .args_type          = "id:str,"
                              "mode:BlockExportRemoveMode?",
        .allow_preconfig    = true,
    },

SQMP
block-export-del
----------------

Ask for a block export to be removed. This drops the reference the user
holds; the export can stay a little longer, until its shutdown
completes (query-block-exports then shows it with "shutting-down"
true). BLOCK_EXPORT_DELETED tells when it is gone and its ID is free.

Arguments:

- "id": the ID of the block export.
- "mode": what to do with clients still using the export. Default
  "safe": fail while the export is in use.

Errors:

- GenericError when no export has that ID, or "mode" is "safe" and the
  export is still in use (for example by connected NBD clients).

Since: 5.2

Example:

(Captured on qemu-storage-daemon with an NBD client connected to
export "null".)

-> {"execute": "block-export-del", "arguments": {"id": "null"}}
<- {"error": {"class": "GenericError", "desc": "export 'null' still in use"}}
-> {"execute": "block-export-del", "arguments": {"id": "null", "mode": "hard"}}
<- {"return": {}}
-> {"execute": "block-export-del", "arguments": {"id": "nosuch"}}
<- {"error": {"class": "GenericError", "desc": "Export 'nosuch' is not found"}}

EQMP

    {
        .event              = "BLOCK_EXPORT_DELETED",
        .data               = "id:str",
    },

SQMP
BLOCK_EXPORT_DELETED
--------------------

A block export is gone and its ID can be used again: after
block-export-del, nbd-server-remove or nbd-server-stop once the
export's shutdown completed.

Data:

- "id": the ID of the export that was removed.

Since: 5.2

Example:

(Captured on qemu-storage-daemon, after block-export-del with "mode"
"hard".)

<- {"timestamp": {"seconds": 1796447448, "microseconds": 61212}, "event": "BLOCK_EXPORT_DELETED", "data": {"id": "null"}}

EQMP

    {
        .struct             = "BlockExportInfo",
        .members            = "id:str,"
                              "type:BlockExportType,"
                              "node-name:str,"
                              "shutting-down:bool",
    },

SQMP
BlockExportInfo
---------------

A block export, as query-block-exports lists it.

Members:

- "id": the unique ID of the export.
- "type": the kind of export.
- "node-name": the node name of the exported block node.
- "shutting-down": true while the export is being shut down (after
  block-export-del, before the shutdown completed).

Since: 5.2

EQMP

    {
        .name               = "query-block-exports",
        .args_type          = "",
        .returns            = "[BlockExportInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-block-exports
-------------------

List the block exports: NBD exports, vhost-user-blk, FUSE and VDUSE
devices, whichever command created them.

Returns: a list of BlockExportInfo, one per export; empty when there is
none.

Since: 5.2

Example:

(Captured on qemu-storage-daemon.)

-> {"execute": "query-block-exports"}
<- {"return": [{"node-name": "null0", "shutting-down": false, "type": "vhost-user-blk", "id": "vub0"}, {"node-name": "null0", "shutting-down": false, "type": "nbd", "id": "null0"}]}

EQMP

