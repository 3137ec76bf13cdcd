HXCOMM Area 'virtio'.

SQMP
Virtio devices
==============

Debugging queries that look inside the machine's virtio devices (the
device state, the negotiated features, the virtqueues and their
elements, the vhost backends), and the types of virtio device
properties: IOThread-to-virtqueue mappings, the virtio-iommu granule,
the vmapple disk variant.

EQMP

    {
        .struct             = "VirtioInfo",
        .members            = "path:str,"
                              "name:str",
    },

SQMP
VirtioInfo
----------

A realized virtio device, as x-query-virtio lists it.

Members:

- "path": the canonical QOM path of the device's virtio backend (for
  a virtio PCI device, its "virtio-backend" child), which the other
  x-query-virtio-* commands take as "path".
- "name": the virtio device type, such as "virtio-blk" or
  "virtio-net".

Since: 7.2

EQMP

    {
        .name               = "x-query-virtio",
        .args_type          = "",
        .returns            = "[VirtioInfo]",
        .features           = "unstable",
    },

SQMP
x-query-virtio
--------------

List every realized virtio device of the machine with the QOM path to
pass to the other x-query-virtio-* commands.

Features:

- "unstable": a debugging aid; it may change or go away.

Returns: one entry per virtio device; an empty list when there is none.

Since: 7.2

Example:

(Captured with -device virtio-blk-pci,id=vblk0 and virtio-net-pci,
virtio-rng-pci, virtio-crypto-pci, virtio-balloon-pci devices.)

-> {"execute": "x-query-virtio"}
<- {"return": [{"name": "virtio-crypto", "path": "/machine/peripheral/crypto0/virtio-backend"}, {"name": "virtio-balloon", "path": "/machine/peripheral/balloon0/virtio-backend"}, {"name": "virtio-rng", "path": "/machine/peripheral/rng0/virtio-backend"}, {"name": "virtio-blk", "path": "/machine/peripheral/vblk0/virtio-backend"}, {"name": "virtio-net", "path": "/machine/peripheral/nic0/virtio-backend"}]}

EQMP

    {
        .struct             = "VhostStatus",
        .members            = "n-mem-sections:int,"
                              "n-tmp-sections:int,"
                              "nvqs:uint32,"
                              "vq-index:int,"
                              "features:VirtioDeviceFeatures,"
                              "acked-features:VirtioDeviceFeatures,"
                              "backend-features:VirtioDeviceFeatures,"
                              "protocol-features:VhostDeviceProtocols,"
                              "max-queues:uint64,"
                              "backend-cap:uint64,"
                              "log-enabled:bool,"
                              "log-size:uint64",
    },

SQMP
VhostStatus
-----------

The state of the vhost device that runs a virtio device's data path
outside QEMU's own code (in the host kernel or a vhost-user process).
Reported only while the vhost device is active. The members mirror
fields of QEMU's internal vhost_dev structure (named in brackets).

Members:

- "n-mem-sections": how many guest memory sections the vhost device
  has mapped (n_mem_sections).
- "n-tmp-sections": how many memory sections were collected during the
  last memory map update (n_tmp_sections).
- "nvqs": how many virtqueues the vhost device handles (nvqs).
- "vq-index": the index of the device's first virtqueue that this vhost
  device handles (vq_index).
- "features": the features the vhost backend offers (features).
- "acked-features": the features negotiated with the guest and passed
  to the backend (acked_features).
- "backend-features": the backend's own features (backend_features).
- "protocol-features": the vhost-user protocol features
  (protocol_features).
- "max-queues": the most queues the backend supports (max_queues).
- "backend-cap": the capability bits of the backend (backend_cap).
- "log-enabled": true while the vhost device logs the guest memory it
  writes, as it does during migration (log_enabled).
- "log-size": the size of that dirty memory log (log_size).

Since: 7.2

EQMP

    {
        .struct             = "VirtioStatus",
        .members            = "name:str,"
                              "device-id:uint16,"
                              "vhost-started:bool,"
                              "device-endian:str,"
                              "guest-features:VirtioDeviceFeatures,"
                              "host-features:VirtioDeviceFeatures,"
                              "backend-features:VirtioDeviceFeatures,"
                              "num-vqs:int,"
                              "status:VirtioDeviceStatus,"
                              "isr:uint8,"
                              "queue-sel:uint16,"
                              "vm-running:bool,"
                              "broken:bool,"
                              "disabled:bool,"
                              "use-started:bool,"
                              "started:bool,"
                              "start-on-kick:bool,"
                              "disable-legacy-check:bool,"
                              "bus-name:str,"
                              "use-guest-notifier-mask:bool,"
                              "vhost-dev:VhostStatus?",
    },

SQMP
VirtioStatus
------------

The state of a virtio device, mostly fields of QEMU's internal
VirtIODevice structure (named in brackets), plus the state of its
vhost device while one is active.

Members:

- "name": the virtio device type, such as "virtio-blk".
- "device-id": the device ID the virtio specification gives this kind
  of device (for example 1 for network, 2 for block, 4 for entropy).
- "vhost-started": true when a vhost device has been started for the
  device (vhost_started).
- "device-endian": the byte order of the device: "little", "big", or
  "unknown" (device_endian).
- "guest-features": the features the guest driver accepted, decoded
  (guest_features).
- "host-features": the features the device offers to the guest, decoded
  (host_features).
- "backend-features": the features of the device's backend, decoded
  (backend_features).
- "num-vqs": how many virtqueues the device has in use.
- "status": the device status the guest driver wrote, decoded.
- "isr": the interrupt status register (isr).
- "queue-sel": the virtqueue the driver last selected for configuration
  (queue_sel).
- "vm-running": whether the device sees the VM as running
  (vm_running).
- "broken": true when the device has hit an error that stops it until
  it is reset (broken).
- "disabled": true while the device is disabled by its transport, for
  example a virtio PCI device whose bus mastering the guest has not
  enabled (disabled).
- "use-started": whether the "started" flag below is used (use_started).
- "started": whether the device has been started (started).
- "start-on-kick": true when the device will start at the driver's
  first notification, as legacy drivers expect (start_on_kick).
- "disable-legacy-check": the disable_legacy_check flag.
- "bus-name": the bus_name field (empty when unset).
- "use-guest-notifier-mask": whether guest notifier masking is used
  (use_guest_notifier_mask).
- "vhost-dev": the vhost device's state; present only while the device
  has an active vhost device.

Since: 7.2

EQMP

    {
        .name               = "x-query-virtio-status",
        .args_type          = "path:str",
        .returns            = "VirtioStatus",
        .features           = "unstable",
    },

SQMP
x-query-virtio-status
---------------------

Read the full state of one virtio device: features, status, flags,
and its vhost device if one is active.

Arguments:

- "path": the canonical QOM path of the device's virtio backend, as
  x-query-virtio reports it.

Features:

- "unstable": a debugging aid; it may change or go away.

Returns: the device's state.

Errors:

- GenericError when "path" is not a realized virtio device (the PCI
  proxy's own path is not one: use its "virtio-backend" child).

Since: 7.2

Example:

(Captured with -device virtio-blk-pci,id=vblk0, after the firmware had
probed the disk.)

-> {"execute": "x-query-virtio-status",
    "arguments": {"path": "/machine/peripheral/vblk0/virtio-backend"}}
<- {"return": {
     "device-endian": "little", "bus-name": "", "disable-legacy-check": false,
     "name": "virtio-blk", "started": true, "device-id": 2,
     "backend-features": {"dev-features": [], "transports": []},
     "start-on-kick": false, "isr": 0, "broken": false,
     "status": {"statuses": [
       "VIRTIO_CONFIG_S_ACKNOWLEDGE: Valid virtio device found",
       "VIRTIO_CONFIG_S_DRIVER: Guest OS compatible with device",
       "VIRTIO_CONFIG_S_FEATURES_OK: Feature negotiation complete",
       "VIRTIO_CONFIG_S_DRIVER_OK: Driver setup and ready"]},
     "num-vqs": 1,
     "guest-features": {
       "dev-features": [
         "VIRTIO_BLK_F_BLK_SIZE: Block size of disk available",
         "VIRTIO_BLK_F_SEG_MAX: Max segments in a request is seg_max"],
       "transports": [
         "VIRTIO_F_VERSION_1: Device compliant for v1 spec (legacy)"]},
     "host-features": {
       "dev-features": [
         "VHOST_USER_F_PROTOCOL_FEATURES: Vhost-user protocol features negotiation supported",
         "VIRTIO_BLK_F_CONFIG_WCE: Cache writeback and writethrough modes supported",
         "VIRTIO_BLK_F_FLUSH: Flush command supported",
         "VIRTIO_BLK_F_WRITE_ZEROES: Write zeroes command supported",
         "VIRTIO_BLK_F_DISCARD: Discard command supported",
         "VIRTIO_BLK_F_TOPOLOGY: Topology information available",
         "VIRTIO_BLK_F_BLK_SIZE: Block size of disk available",
         "VIRTIO_BLK_F_GEOMETRY: Legacy geometry available",
         "VIRTIO_BLK_F_SEG_MAX: Max segments in a request is seg_max"],
       "transports": [
         "VIRTIO_RING_F_EVENT_IDX: Used & avail. event fields enabled",
         "VIRTIO_RING_F_INDIRECT_DESC: Indirect descriptors supported",
         "VIRTIO_F_RING_RESET: Driver can reset a queue individually",
         "VIRTIO_F_VERSION_1: Device compliant for v1 spec (legacy)",
         "VIRTIO_F_ANY_LAYOUT: Device accepts arbitrary desc. layouts",
         "VIRTIO_F_NOTIFY_ON_EMPTY: Notify when device runs out of avail. descs. on VQ"]},
     "use-guest-notifier-mask": true, "vm-running": true, "queue-sel": 0,
     "disabled": false, "vhost-started": false, "use-started": true}}

The PCI proxy instead of its virtio backend:

-> {"execute": "x-query-virtio-status",
    "arguments": {"path": "/machine/peripheral/vblk0"}}
<- {"error": {"class": "GenericError",
     "desc": "Path /machine/peripheral/vblk0 is not a realized VirtIODevice"}}

EQMP

    {
        .struct             = "VirtioDeviceStatus",
        .members            = "statuses:[str],"
                              "unknown-statuses:uint8?",
    },

SQMP
VirtioDeviceStatus
------------------

The device status of a virtio device, decoded bit by bit.

Members:

- "statuses": the status bits that are set, each as its name and a
  short explanation (for example "VIRTIO_CONFIG_S_DRIVER_OK: Driver
  setup and ready"); empty before a driver has touched the device.
- "unknown-statuses": the set bits QEMU could not name, as a bitmap.
  Absent when there are none.

Since: 7.2

EQMP

    {
        .struct             = "VhostDeviceProtocols",
        .members            = "protocols:[str],"
                              "unknown-protocols:uint64?",
    },

SQMP
VhostDeviceProtocols
--------------------

The vhost-user protocol features of a vhost-user device, decoded bit
by bit.

Members:

- "protocols": the protocol features that are set, each as its name
  and a short explanation.
- "unknown-protocols": the set bits QEMU could not name, as a bitmap.
  Absent when there are none.

Since: 7.2

EQMP

    {
        .struct             = "VirtioDeviceFeatures",
        .members            = "transports:[str],"
                              "dev-features:[str]?,"
                              "unknown-dev-features:uint64?",
    },

SQMP
VirtioDeviceFeatures
--------------------

A set of virtio feature bits, decoded: the transport features every
virtio device may have and the features of the particular kind of
device.

Members:

- "transports": the transport features that are set, each as its name
  and a short explanation.
- "dev-features": the device-specific features that are set, the same
  way. Absent for a kind of device that has no features of its own
  (as virtio-rng).
- "unknown-dev-features": the set device feature bits QEMU could not
  name, as a bitmap. Absent when there are none.

Since: 7.2

EQMP

    {
        .struct             = "VirtQueueStatus",
        .members            = "name:str,"
                              "queue-index:uint16,"
                              "inuse:uint32,"
                              "vring-num:uint32,"
                              "vring-num-default:uint32,"
                              "vring-align:uint32,"
                              "vring-desc:uint64,"
                              "vring-avail:uint64,"
                              "vring-used:uint64,"
                              "last-avail-idx:uint16?,"
                              "shadow-avail-idx:uint16?,"
                              "used-idx:uint16,"
                              "signalled-used:uint16,"
                              "signalled-used-valid:bool",
    },

SQMP
VirtQueueStatus
---------------

The state of one virtqueue of a virtio device, mostly fields of QEMU's
internal VirtQueue structure. Addresses are guest physical addresses.

Members:

- "name": the virtio device type that owns the queue.
- "queue-index": the queue's index in the device.
- "inuse": how many requests the device has taken from the queue and
  not yet completed.
- "vring-num": the queue size the driver set up, in descriptors.
- "vring-num-default": the device's default (largest) queue size, in
  descriptors.
- "vring-align": the alignment of the ring parts, in bytes.
- "vring-desc": the address of the descriptor area.
- "vring-avail": the address of the driver (available) area.
- "vring-used": the address of the device (used) area.
- "last-avail-idx": the next index of the available ring that the
  device will read; with an active vhost device, the value the vhost
  backend reports. Absent when a vhost device runs and has no queue of
  this index.
- "shadow-avail-idx": the driver's available index as the device last
  read it from guest memory. Absent while a vhost device runs.
- "used-idx": the index of the used ring the device writes next.
- "signalled-used": the used index at which the driver was last
  notified.
- "signalled-used-valid": whether "signalled-used" holds a valid value.

Since: 7.2

EQMP

    {
        .name               = "x-query-virtio-queue-status",
        .args_type          = "path:str,"
                              "queue:uint16",
        .returns            = "VirtQueueStatus",
        .features           = "unstable",
    },

SQMP
x-query-virtio-queue-status
---------------------------

Read the state of one virtqueue of a virtio device, as QEMU's device
emulation sees it.

Arguments:

- "path": the canonical QOM path of the device's virtio backend, as
  x-query-virtio reports it.
- "queue": the index of the virtqueue, from 0.

Features:

- "unstable": a debugging aid; it may change or go away.

Returns: the virtqueue's state.

Errors:

- GenericError when "path" is not a realized virtio device, or when the
  device has no queue of that index.

Since: 7.2

Example:

(Captured with -device virtio-blk-pci,id=vblk0, after the firmware had
read from the disk.)

-> {"execute": "x-query-virtio-queue-status",
    "arguments": {"path": "/machine/peripheral/vblk0/virtio-backend", "queue": 0}}
<- {"return": {"signalled-used": 0, "inuse": 0, "name": "virtio-blk",
     "vring-align": 4096, "vring-desc": 134074368,
     "signalled-used-valid": false, "vring-num-default": 256,
     "vring-avail": 134078464, "queue-index": 0, "last-avail-idx": 1,
     "vring-used": 134082560, "used-idx": 1, "shadow-avail-idx": 1,
     "vring-num": 256}}
-> {"execute": "x-query-virtio-queue-status",
    "arguments": {"path": "/machine/peripheral/vblk0/virtio-backend", "queue": 5}}
<- {"error": {"class": "GenericError", "desc": "Invalid virtqueue number 5"}}

EQMP

    {
        .struct             = "VirtVhostQueueStatus",
        .members            = "name:str,"
                              "kick:int,"
                              "call:int,"
                              "desc:uint64,"
                              "avail:uint64,"
                              "used:uint64,"
                              "num:int,"
                              "desc-phys:uint64,"
                              "desc-size:uint32,"
                              "avail-phys:uint64,"
                              "avail-size:uint32,"
                              "used-phys:uint64,"
                              "used-size:uint32",
    },

SQMP
VirtVhostQueueStatus
--------------------

The state of one virtqueue as a vhost device handles it, mostly fields
of QEMU's internal vhost_virtqueue structure (named in brackets).

Members:

- "name": the virtio device type that owns the queue.
- "kick": the file descriptor on which the backend is notified of new
  requests (kick).
- "call": the file descriptor on which the backend signals completed
  requests (call).
- "desc": where QEMU has the descriptor area mapped in its own address
  space (desc).
- "avail": where QEMU has the driver area mapped (avail).
- "used": where QEMU has the device area mapped (used).
- "num": the queue size, in descriptors (num).
- "desc-phys": the guest physical address of the descriptor area
  (desc_phys).
- "desc-size": the size of the descriptor area, in bytes (desc_size).
- "avail-phys": the guest physical address of the driver area
  (avail_phys).
- "avail-size": the size of the driver area, in bytes (avail_size).
- "used-phys": the guest physical address of the device area
  (used_phys).
- "used-size": the size of the device area, in bytes (used_size).

Since: 7.2

EQMP

    {
        .name               = "x-query-virtio-vhost-queue-status",
        .args_type          = "path:str,"
                              "queue:uint16",
        .returns            = "VirtVhostQueueStatus",
        .features           = "unstable",
    },

SQMP
x-query-virtio-vhost-queue-status
---------------------------------

Read the state of one virtqueue of a virtio device whose data path runs
in a vhost device (vhost-net, vhost-user, vhost-vsock, ...).

Arguments:

- "path": the canonical QOM path of the device's virtio backend, as
  x-query-virtio reports it.
- "queue": the index of the virtqueue within the vhost device, from 0.

Features:

- "unstable": a debugging aid; it may change or go away.

Returns: the vhost virtqueue's state.

Errors:

- GenericError when "path" is not a realized virtio device, when the
  device has no started vhost device, or when the vhost device has no
  queue of that index.

Since: 7.2

Example:

(Captured with -device virtio-blk-pci,id=vblk0, a device without
vhost.)

-> {"execute": "x-query-virtio-vhost-queue-status",
    "arguments": {"path": "/machine/peripheral/vblk0/virtio-backend", "queue": 0}}
<- {"error": {"class": "GenericError", "desc": "Error: vhost device has not started yet"}}

Example:

(Written from the schema, not captured from a server.)

Queue 0 of a vhost-vsock device:

-> {"execute": "x-query-virtio-vhost-queue-status",
    "arguments": {"path": "/machine/peripheral/vsock0/virtio-backend", "queue": 0}}
<- {"return": {"name": "vhost-vsock", "kick": 0, "call": 0,
     "desc": 140141413580800, "avail": 140141413582848,
     "used": 140141413583168, "num": 128,
     "desc-phys": 5182259200, "desc-size": 2048,
     "avail-phys": 5182261248, "avail-size": 262,
     "used-phys": 5182261568, "used-size": 1030}}

EQMP

    {
        .struct             = "VirtioRingDesc",
        .members            = "addr:uint64,"
                              "len:uint32,"
                              "flags:[str]",
    },

SQMP
VirtioRingDesc
--------------

One descriptor of a virtqueue element: a buffer in guest memory.

Members:

- "addr": the guest physical address of the buffer.
- "len": the length of the buffer, in bytes.
- "flags": the descriptor's flags by name ("next": the chain goes on,
  "write": the device writes into the buffer, "indirect": the buffer
  holds a table of further descriptors, "avail"/"used": the ring wrap
  flags of packed queues).

Since: 7.2

EQMP

    {
        .struct             = "VirtioRingAvail",
        .members            = "flags:uint16,"
                              "idx:uint16,"
                              "ring:uint16",
    },

SQMP
VirtioRingAvail
---------------

The driver (available) ring of a virtqueue, as seen for one element.

Members:

- "flags": the flags of the available ring.
- "idx": the available index: where the driver puts its next entry.
- "ring": the entry of the ring at the element's index.

Since: 7.2

EQMP

    {
        .struct             = "VirtioRingUsed",
        .members            = "flags:uint16,"
                              "idx:uint16",
    },

SQMP
VirtioRingUsed
--------------

The device (used) ring of a virtqueue.

Members:

- "flags": the flags of the used ring.
- "idx": the used index: where the device puts its next entry.

Since: 7.2

EQMP

    {
        .struct             = "VirtioQueueElement",
        .members            = "name:str,"
                              "index:uint32,"
                              "descs:[VirtioRingDesc],"
                              "avail:VirtioRingAvail,"
                              "used:VirtioRingUsed",
    },

SQMP
VirtioQueueElement
------------------

One element (request) of a virtqueue with its descriptor chain and the
state of the two rings.

Members:

- "name": the virtio device type that owns the queue.
- "index": the element's index in the queue.
- "descs": the descriptors of the element's chain.
- "avail": the driver ring.
- "used": the device ring.

Since: 7.2

EQMP

    {
        .name               = "x-query-virtio-queue-element",
        .args_type          = "path:str,"
                              "queue:uint16,"
                              "index:uint16?",
        .returns            = "VirtioQueueElement",
        .features           = "unstable",
    },

SQMP
x-query-virtio-queue-element
----------------------------

Read one element of a virtqueue: its descriptor chain (addresses,
lengths, flags) and the state of the driver and device rings.

Arguments:

- "path": the canonical QOM path of the device's virtio backend, as
  x-query-virtio reports it.
- "queue": the index of the virtqueue, from 0.
- "index": the index of the element in the queue. When absent, the
  element at the head of the queue.

Features:

- "unstable": a debugging aid; it may change or go away.

Returns: the element.

Errors:

- GenericError when "path" is not a realized virtio device, when the
  device has no queue of that index, or when the guest driver has not
  set the queue up yet.

Since: 7.2

Example:

(Captured with -device virtio-blk-pci,id=vblk0 and -device
virtio-rng-pci,id=rng0 while only the firmware had run: it had read
from the disk and left the entropy device alone.)

-> {"execute": "x-query-virtio-queue-element",
    "arguments": {"path": "/machine/peripheral/vblk0/virtio-backend", "queue": 0}}
<- {"return": {"index": 0, "name": "virtio-blk",
     "descs": [{"flags": ["write"], "len": 1, "addr": 953207}, {"flags": ["write", "next"], "len": 512, "addr": 31744}, {"flags": ["next"], "len": 16, "addr": 953208}],
     "avail": {"idx": 1, "flags": 1, "ring": 0},
     "used": {"idx": 1, "flags": 0}}}
-> {"execute": "x-query-virtio-queue-element",
    "arguments": {"path": "/machine/peripheral/rng0/virtio-backend", "queue": 0}}
<- {"error": {"class": "GenericError", "desc": "Region caches not initialized"}}

EQMP

    {
        .struct             = "IOThreadVirtQueueMapping",
        .members            = "iothread:str,"
                              "vqs:[uint16]?",
    },

SQMP
IOThreadVirtQueueMapping
------------------------

One IOThread and the virtqueues it serves, an entry of the
"iothread-vq-mapping" property of virtio-blk and virtio-scsi devices.
Spreading the queues of one device over several IOThreads lets its
requests be handled in parallel.

Members:

- "iothread": the ID of the IOThread object.
- "vqs": the indices of the virtqueues this IOThread handles. When
  absent, the queues are dealt out round-robin over all the entries of
  the mapping. Either every entry of a mapping has "vqs" or none has.

Since: 9.0

EQMP

    {
        .struct             = "DummyVirtioForceArrays",
        .members            = "unused-iothread-vq-mapping:[IOThreadVirtQueueMapping]",
    },

SQMP
DummyVirtioForceArrays
----------------------

Not part of any command or event. It exists only so that QEMU's code
generator produces a list type of IOThreadVirtQueueMapping for QEMU's
internal use.

Members:

- "unused-iothread-vq-mapping": never used.

Since: 9.0

EQMP

    {
        .enum               = "GranuleMode",
        .values             = "4k,8k,16k,64k,host",
    },

SQMP
GranuleMode
-----------

The page granule of a virtio-iommu device (its "granule" property):
the smallest unit in which it maps guest memory.

Values:

- "4k": 4 KiB pages.
- "8k": 8 KiB pages.
- "16k": 16 KiB pages.
- "64k": 64 KiB pages.
- "host": the page size of the host (the property's default).

Since: 9.0

EQMP

    {
        .enum               = "VMAppleVirtioBlkVariant",
        .values             = "unspecified,root,aux",
    },

SQMP
VMAppleVirtioBlkVariant
-----------------------

The role of a virtio disk of the vmapple machine (the aarch64 machine
that runs macOS guests).

Values:

- "unspecified": the default, which is not a valid setting: a role must
  be chosen.
- "root": the disk with the root volume.
- "aux": the disk with the auxiliary data the guest needs to boot.

Since: 9.2

EQMP

