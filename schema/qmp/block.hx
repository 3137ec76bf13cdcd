HXCOMM Area 'block'.

SQMP
Block devices
=============

What the guest sees of block devices: removable media and their trays
(eject, change, open and close), I/O throttling and latency histograms
of a guest device, persistent reservation managers, and the BIOS
geometry and floppy drive types of emulated disks.

EQMP

    {
        .enum               = "BiosAtaTranslation",
        .values             = "auto,none,lba,large,rechs",
    },

SQMP
BiosAtaTranslation
------------------

How the BIOS maps the cylinder/head/sector (CHS) addresses of an IDE
disk: the "bios-chs-trans" property of ide-hd. Whatever the choice,
SeaBIOS and the Bochs BIOS do not translate logical CHS to physical
addresses themselves: they use logical block addressing.

Values:

- "auto": let QEMU choose. With a geometry given ("cyls", "heads",
  "secs"), "none" or "lba" depending on the disk size. Without one,
  "none" when QEMU can tell the disk had at most 16 heads, else "large"
  when cylinders * heads is below 131072, else "lba".
- "none": no translation: the logical geometry is the physical one.
- "lba": 63 sectors per track and the smallest of 16, 32, 64, 128 or
  255 heads that covers the disk with at most 1024 cylinders (255 when
  none is enough); the number of cylinders follows from the disk size.
- "large": bring the cylinder count down to 1024 by raising the number
  of heads in the same proportion.
- "rechs": like "large", but a 16-head geometry is first turned into a
  15-head one, with proportionally more cylinders.

Since: 2.0

EQMP

    {
        .enum               = "FloppyDriveType",
        .values             = "144,288,120,none,auto",
    },

SQMP
FloppyDriveType
---------------

The kind of floppy drive the floppy disk controller emulates (the
"drive-type" property of a floppy device, "fdtypeA"/"fdtypeB" and
"fallback" of the controller).

Values:

- "144": a 3.5" drive for 1.44 MB disks.
- "288": a 3.5" drive for 2.88 MB disks.
- "120": a 5.25" drive for 1.2 MB disks.
- "none": no drive is connected.
- "auto": the drive type follows the medium inserted at boot.

Since: 2.6

EQMP

    {
        .struct             = "PRManagerInfo",
        .members            = "id:str,"
                              "connected:bool",
    },

SQMP
PRManagerInfo
-------------

The state of a persistent reservation manager: an object
(pr-manager-helper) through which SCSI passthrough devices send
persistent reservation commands to a privileged helper such as
qemu-pr-helper.

Members:

- "id": the ID of the manager object.
- "connected": whether the manager is connected to its helper or to
  the storage behind it. QEMU notices a lost connection only when it
  next uses it, so "true" may be stale.

Since: 3.0

EQMP

    {
        .name               = "query-pr-managers",
        .args_type          = "",
        .returns            = "[PRManagerInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-pr-managers
-----------------

List the persistent reservation managers (pr-manager-helper objects)
and whether each is connected to its helper.

Returns: a list of PRManagerInfo, one per manager; empty when there is
none.

Since: 3.0

Example:

(Captured with two pr-manager-helper objects, pr0 and pr1, whose
qemu-pr-helper listens on their socket.)

-> {"execute": "query-pr-managers"}
<- {"return": [{"connected": true, "id": "pr0"}, {"connected": true, "id": "pr1"}]}

EQMP

    {
        .name               = "eject",
        .args_type          = "device:str? +deprecated,"
                              "id:str?,"
                              "force:bool?",
    },

SQMP
eject
-----

Eject the medium of a removable drive (CD-ROM, floppy): the tray opens
and the medium is removed, as with a press of the drive's eject button.
Ejecting a drive that holds no medium succeeds and changes nothing.

Arguments:

- "device": the name of the block backend (the "id" of -drive).
  Deprecated: use "id". Exactly one of "device" and "id" is required.
- "id": the ID or QOM path of the guest device (since 2.8).
- "force": eject even when the guest locked the drive. Default false:
  a locked drive is not forced open.

Features:

- "deprecated": the member "device" is deprecated; name the guest
  device with "id" instead.

Errors:

- DeviceNotFound when no such block device exists.
- GenericError when both or neither of "device" and "id" are given, or
  when the device is not removable.

Since: 0.14

Example:

(Captured with -drive if=none,id=cd0drv,media=cdrom -device
ide-cd,drive=cd0drv,id=cd0 and a medium inserted. The
DEVICE_TRAY_MOVED event that arrives before the reply is left out.)

-> {"execute": "eject", "arguments": {"id": "cd0"}}
<- {"return": {}}

Again, with the drive already empty:

-> {"execute": "eject", "arguments": {"id": "cd0"}}
<- {"return": {}}

-> {"execute": "eject", "arguments": {"id": "nosuch"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'nosuch' not found"}}
-> {"execute": "eject", "arguments": {"id": "cd0", "device": "cd0drv"}}
<- {"error": {"class": "GenericError", "desc": "Need exactly one of 'device' and 'id'"}}

EQMP

    {
        .name               = "blockdev-open-tray",
        .args_type          = "device:str? +deprecated,"
                              "id:str?,"
                              "force:bool?",
    },

SQMP
blockdev-open-tray
------------------

Open the tray of a removable drive. The medium (the block node tree
inserted) stays associated with the drive but the guest can no longer
reach it; closing the tray gives it back. If the tray is already open,
nothing happens.

Once the tray is open QEMU sends DEVICE_TRAY_MOVED. No event comes when
the guest locked the tray, "force" is false and the guest ignores the
eject request; when the block backend has no guest device; or when the
guest device has no real tray.

Arguments:

- "device": the name of the block backend. Deprecated: use "id".
  Exactly one of "device" and "id" is required.
- "id": the ID or QOM path of the guest device (since 2.8).
- "force": open the tray even when the guest locked it. Default false:
  a locked tray is not opened at once; QEMU asks the guest to eject
  the medium instead.

Features:

- "deprecated": the member "device" is deprecated; name the guest
  device with "id" instead.

Errors:

- DeviceNotFound when no such block device exists.
- GenericError when both or neither of "device" and "id" are given, or
  when the device is not removable.

Since: 2.5

Example:

(The DEVICE_TRAY_MOVED event that arrives before the reply is left
out.)

-> {"execute": "blockdev-open-tray", "arguments": {"id": "cd0"}}
<- {"return": {}}

EQMP

    {
        .name               = "blockdev-close-tray",
        .args_type          = "device:str? +deprecated,"
                              "id:str?",
    },

SQMP
blockdev-close-tray
-------------------

Close the tray of a removable drive. A medium that is associated with
the drive (for example left there by blockdev-open-tray, or put there
with blockdev-insert-medium) becomes the guest's medium again. If the
tray is already closed, nothing happens. QEMU sends DEVICE_TRAY_MOVED
once the tray is closed.

Arguments:

- "device": the name of the block backend. Deprecated: use "id".
  Exactly one of "device" and "id" is required.
- "id": the ID or QOM path of the guest device (since 2.8).

Features:

- "deprecated": the member "device" is deprecated; name the guest
  device with "id" instead.

Errors:

- DeviceNotFound when no such block device exists.
- GenericError when both or neither of "device" and "id" are given.

Since: 2.5

Example:

(The DEVICE_TRAY_MOVED event that arrives before the reply is left
out.)

-> {"execute": "blockdev-close-tray", "arguments": {"id": "cd0"}}
<- {"return": {}}
-> {"execute": "blockdev-close-tray", "arguments": {"id": "nosuch"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'nosuch' not found"}}

EQMP

    {
        .name               = "blockdev-remove-medium",
        .args_type          = "id:str",
    },

SQMP
blockdev-remove-medium
----------------------

Take the medium (the block node tree) out of a removable drive. The
tray must be open, unless no guest device is attached to the drive. If
the tray is open and holds no medium, nothing happens.

Arguments:

- "id": the ID or QOM path of the guest device.

Errors:

- DeviceNotFound when no such device exists.
- GenericError when the tray is closed or the device is not
  removable.

Since: 2.12

Example:

With the tray closed:

-> {"execute": "blockdev-remove-medium", "arguments": {"id": "cd0"}}
<- {"error": {"class": "GenericError", "desc": "Tray of device 'cd0' is not open"}}

After blockdev-open-tray:

-> {"execute": "blockdev-remove-medium", "arguments": {"id": "cd0"}}
<- {"return": {}}

EQMP

    {
        .name               = "blockdev-insert-medium",
        .args_type          = "id:str,"
                              "node-name:str",
    },

SQMP
blockdev-insert-medium
----------------------

Put an existing block node into a removable drive as its medium. The
tray must be open (unless no guest device is attached to the drive) and
the drive must hold no medium. Close the tray afterwards to let the
guest see the medium.

Arguments:

- "id": the ID or QOM path of the guest device.
- "node-name": the node name of the block node to insert, for example
  one created with blockdev-add.

Errors:

- DeviceNotFound when no such device exists.
- GenericError when the tray is closed, the drive holds a medium
  already, or no node has that name.

Since: 2.12

Example:

(Node "iso2" was created with blockdev-add, driver raw over a file.)

With the tray closed:

-> {"execute": "blockdev-insert-medium", "arguments": {"id": "cd0", "node-name": "iso2"}}
<- {"error": {"class": "GenericError", "desc": "Tray of the device is not open"}}

After blockdev-open-tray:

-> {"execute": "blockdev-insert-medium", "arguments": {"id": "cd0", "node-name": "iso2"}}
<- {"return": {}}

EQMP

    {
        .enum               = "BlockdevChangeReadOnlyMode",
        .values             = "retain,read-only,read-write",
    },

SQMP
BlockdevChangeReadOnlyMode
--------------------------

Whether blockdev-change-medium opens the new medium read-only or
writable.

Values:

- "retain": keep the read-only setting the drive has now.
- "read-only": open the new medium read-only.
- "read-write": open the new medium writable.

Since: 2.3

EQMP

    {
        .name               = "blockdev-change-medium",
        .args_type          = "device:str? +deprecated,"
                              "id:str?,"
                              "filename:str,"
                              "format:str?,"
                              "force:bool?,"
                              "read-only-mode:BlockdevChangeReadOnlyMode?",
    },

SQMP
blockdev-change-medium
----------------------

Replace the medium of a removable drive with an image file in one step:
QEMU opens the tray, removes the old medium, inserts the new image and
closes the tray (blockdev-open-tray, blockdev-remove-medium,
blockdev-insert-medium and blockdev-close-tray in a row), sending
DEVICE_TRAY_MOVED as the tray moves.

Arguments:

- "device": the name of the block backend. Deprecated: use "id".
  Exactly one of "device" and "id" is required.
- "id": the ID or QOM path of the guest device (since 2.8).
- "filename": the image file to load as the new medium.
- "format": the image format driver to open it with (for example
  "raw"). When absent, QEMU probes the format.
- "force": open the tray even when the guest locked it (since 7.1).
  Default false: when the tray is locked QEMU asks the guest to eject
  and does not open it at once.
- "read-only-mode": whether the new medium is read-only. Default
  "retain": the drive's current setting.

Features:

- "deprecated": the member "device" is deprecated; name the guest
  device with "id" instead.

Errors:

- DeviceNotFound when no such block device exists.
- GenericError when both or neither of "device" and "id" are given, or
  the image cannot be opened.

Since: 2.5

Example:

(The DEVICE_TRAY_MOVED events that arrive before the replies are left
out.)

-> {"execute": "blockdev-change-medium", "arguments": {"id": "cd0", "filename": "/tmp/dn/cd1.iso", "format": "raw"}}
<- {"return": {}}
-> {"execute": "blockdev-change-medium", "arguments": {"id": "cd0", "filename": "/tmp/dn/cd1.iso", "format": "raw", "read-only-mode": "read-only"}}
<- {"return": {}}
-> {"execute": "blockdev-change-medium", "arguments": {"id": "cd0", "filename": "/tmp/dn/nosuch.iso"}}
<- {"error": {"class": "GenericError", "desc": "Could not open '/tmp/dn/nosuch.iso': No such file or directory"}}

EQMP

    {
        .event              = "DEVICE_TRAY_MOVED",
        .data               = "device:str,"
                              "id:str,"
                              "tray-open:bool",
    },

SQMP
DEVICE_TRAY_MOVED
-----------------

The tray of a removable drive opened or closed, moved by the guest or
by a command (eject, blockdev-open-tray, blockdev-close-tray,
blockdev-change-medium, ...).

Data:

- "device": the name of the block backend. Always present for
  compatibility, but empty ("") when the backend has no name.
- "id": the ID of the guest device, or its QOM path when it has no ID
  (since 2.8).
- "tray-open": true when the tray is now open, false when it is now
  closed.

Since: 1.1

Example:

(Captured during blockdev-open-tray.)

<- {"timestamp": {"seconds": 1796447374, "microseconds": 295474}, "event": "DEVICE_TRAY_MOVED", "data": {"device": "cd0drv", "tray-open": true, "id": "cd0"}}

EQMP

    {
        .event              = "PR_MANAGER_STATUS_CHANGED",
        .data               = "id:str,"
                              "connected:bool",
    },

SQMP
PR_MANAGER_STATUS_CHANGED
-------------------------

A persistent reservation manager (pr-manager-helper object) got
connected to its helper (also when the object is created) or lost its
connection.

Data:

- "id": the ID of the manager object.
- "connected": true when the manager is now connected to its helper,
  false when it lost the connection.

Since: 3.0

Example:

(Captured during object-add of a pr-manager-helper "pr1" whose
qemu-pr-helper was running.)

<- {"timestamp": {"seconds": 1796447956, "microseconds": 876311}, "event": "PR_MANAGER_STATUS_CHANGED", "data": {"connected": true, "id": "pr1"}}

EQMP

    {
        .name               = "block_set_io_throttle",
        .args               = "BlockIOThrottle",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
block_set_io_throttle
---------------------

Set the I/O limits of a guest block device. The arguments are one
BlockIOThrottle object: the device ("id", or the deprecated "device"),
the six base limits and optional burst limits, burst lengths, I/O size
and group.

Since QEMU 2.4 every throttled device belongs to a throttle group, and
the limits apply to the combined I/O of all members of the group,
served in turn; so new limits set on one device change them for the
whole group. "group" names the group: when absent, the device's current
group; when the device is in none yet, a group named after the device.
Naming another group moves the device there, and the limits given are
applied to that group only. Setting every limit to 0 turns throttling
off: the device leaves its group (the other members keep their limits)
and "group" is ignored.

Arguments: a BlockIOThrottle object (see there for the members and
their units).

Errors:

- DeviceNotFound when no such device exists.
- GenericError when a limit is invalid, for example a total limit
  ("bps", "iops", ...) combined with a read or write limit of the same
  kind, or a burst limit ("bps_max", ...) without its base limit.

Since: 1.1

Example:

(Captured with -blockdev null-co,node-name=null0 -device
virtio-blk-pci,drive=null0,id=vd0; the block device of a virtio-blk
PCI device is its child "virtio-backend".)

At most 512 I/O operations per second:

-> {"execute": "block_set_io_throttle", "arguments": {"id": "vd0/virtio-backend", "bps": 0, "bps_rd": 0, "bps_wr": 0, "iops": 512, "iops_rd": 0, "iops_wr": 0}}
<- {"return": {}}

About 1 MB/s, with bursts of up to 8 MB/s for 60 seconds, in group
"g1":

-> {"execute": "block_set_io_throttle", "arguments": {"id": "cd0", "bps": 1000000, "bps_rd": 0, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0, "bps_max": 8000000, "bps_max_length": 60, "group": "g1"}}
<- {"return": {}}

Throttling off:

-> {"execute": "block_set_io_throttle", "arguments": {"id": "vd0/virtio-backend", "bps": 0, "bps_rd": 0, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0}}
<- {"return": {}}

-> {"execute": "block_set_io_throttle", "arguments": {"id": "vd0/virtio-backend", "bps": 100, "bps_rd": 100, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0}}
<- {"error": {"class": "GenericError", "desc": "bps/iops/max total values and read/write values cannot be used at the same time"}}
-> {"execute": "block_set_io_throttle", "arguments": {"id": "nosuch", "bps": 0, "bps_rd": 0, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'nosuch' not found"}}

EQMP

    {
        .name               = "block-latency-histogram-set",
        .args_type          = "id:str,"
                              "boundaries:[uint64]?,"
                              "boundaries-read:[uint64]?,"
                              "boundaries-write:[uint64]?,"
                              "boundaries-zap:[uint64]?,"
                              "boundaries-flush:[uint64]?",
        .allow_preconfig    = true,
    },

SQMP
block-latency-histogram-set
---------------------------

Set up, reset or remove the latency histograms of a guest block device:
QEMU then counts each request of a kind (read, write, zone append,
flush) in the latency interval it fell into. query-blockstats reports
the histograms (rd_latency_histogram, wr_latency_histogram,
zone_append_latency_histogram, flush_latency_histogram).

Each boundary list holds latencies in nanoseconds, greater than zero
and in ascending order; n boundaries give n + 1 intervals: [10, 50, 100]
gives [0, 10), [10, 50), [50, 100) and [100, +inf). A histogram that is
(re)created starts with every count at zero. With only "id" given, all
histograms of the device are removed.

Arguments:

- "id": the ID or QOM path of the guest device.
- "boundaries": boundaries for every kind of request: all histograms
  are removed and empty ones are created with these intervals, except
  for the kinds that get their own list below. When absent, only the
  kinds with their own list change.
- "boundaries-read": boundaries of the read histogram, which is
  replaced by an empty one with these intervals. Takes precedence over
  "boundaries". When absent (and "boundaries" too), the read histogram
  is left as it is.
- "boundaries-write": the same for the write histogram.
- "boundaries-zap": the same for the histogram of zone append writes.
- "boundaries-flush": the same for the flush histogram.

Errors:

- DeviceNotFound when no such device exists.
- GenericError when a boundary list is invalid (not ascending, or a
  zero).

Since: 4.0

Example:

(The device is a virtio-blk-pci with ID vd0.)

Histograms for every kind of request, with the intervals [0, 10),
[10, 50), [50, 100) and [100, +inf):

-> {"execute": "block-latency-histogram-set", "arguments": {"id": "vd0/virtio-backend", "boundaries": [10, 50, 100]}}
<- {"return": {}}

Boundaries at 10 and 50 microseconds, but at 1 and 5 milliseconds for
writes:

-> {"execute": "block-latency-histogram-set", "arguments": {"id": "vd0/virtio-backend", "boundaries": [10000, 50000], "boundaries-write": [1000000, 5000000]}}
<- {"return": {}}

Boundaries out of order:

-> {"execute": "block-latency-histogram-set", "arguments": {"id": "vd0/virtio-backend", "boundaries": [50, 10]}}
<- {"error": {"class": "GenericError", "desc": "Device 'vd0/virtio-backend' set read boundaries fail"}}

All histograms removed:

-> {"execute": "block-latency-histogram-set", "arguments": {"id": "vd0/virtio-backend"}}
<- {"return": {}}

EQMP

