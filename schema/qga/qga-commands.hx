HXCOMM The QEMU guest agent (qemu-ga) of QEMU 10.0.2: all its commands with
HXCOMM their types, in the typed hx dialect. build.rs generates the module
HXCOMM qmp_bindings::qga and docs/qga-commands.txt from this file.
HXCOMM The wire facts (names, types, optionality, conditions, features,
HXCOMM success-response) are QEMU's qga/qapi-schema.json, checked entity by
HXCOMM entity by tests/qga_schema.rs; the documentation is this project's.
HXCOMM The #if lines say on which guests a command or type exists: agents
HXCOMM built without it answer CommandNotFound.

    {
        .name               = "guest-sync-delimited",
        .args_type          = "id:int",
        .returns            = "int",
    },

SQMP
guest-sync-delimited
--------------------

Bring a connection to a known state, as `guest-sync` does, with a marker
that a client can find even in the middle of a damaged line: the agent
writes a 0xFF byte right before this reply. 0xFF never occurs in JSON
text, so a client drops whatever it has buffered when it sees one.

The channel to the agent (a virtio-serial port) keeps data across client
connections and agent restarts, so a new client may first receive replies
meant for an earlier one, and the agent may still hold half of an earlier
client's request. A client sends a 0xFF byte first (the agent's parser
resets on it, and answers it with a parse error that has no id), then this
command with a random number, and ignores every line until the reply that
carries that number.

Arguments:

- "id": a number chosen at random by the client for this sync; it comes back
  as the reply

Returns: int. The `id` the client sent.

Since: 1.1

EQMP

    {
        .name               = "guest-sync",
        .args_type          = "id:int",
        .returns            = "int",
    },

SQMP
guest-sync
----------

The older form of `guest-sync-delimited`: the agent echoes the number
back, without a 0xFF byte before the reply. A client reading whole lines
can use it to skip stale replies; one that parses a byte stream may get
stuck on a stale half reply, which the 0xFF marker of
`guest-sync-delimited` avoids. Either way, send a 0xFF byte before it so
the agent forgets a partial request left by an earlier client.

Arguments:

- "id": a number chosen at random by the client; it comes back as the reply

Returns: int. The `id` the client sent.

Since: 0.15.0

EQMP

    {
        .name               = "guest-ping",
        .args_type          = "",
    },

SQMP
guest-ping
----------

Check that the agent is running and answering. The reply is an empty
object; there is nothing else to learn from it.

Since: 0.15.0

EQMP

    {
        .name               = "guest-get-time",
        .args_type          = "",
        .returns            = "int",
    },

SQMP
guest-get-time
--------------

Read the guest's system clock.

Returns: int. Nanoseconds since 1970-01-01 00:00:00 UTC, as the guest's
  clock says.

Since: 1.5

EQMP

    {
        .name               = "guest-set-time",
        .args_type          = "time:int?",
    },

SQMP
guest-set-time
--------------

Set the guest's system clock, then copy it into the hardware clock
(RTC). Useful after the guest was paused for a long time or restored from
a saved state, when its clock lags far behind and NTP may refuse to make
such a large jump.

Without `time`, the system clock is set from the hardware clock instead;
not every guest can do that (Windows cannot), so pass a value when in
doubt.

Arguments:

- "time": the new time, in nanoseconds since 1970-01-01 00:00:00 UTC

Since: 1.5

EQMP

    {
        .struct             = "GuestAgentCommandInfo",
        .members            = "name:str,"
                              "enabled:bool,"
                              "success-response:bool",
    },

SQMP
GuestAgentCommandInfo
---------------------

One command the agent knows, as `guest-info` lists it.

Members:

- "name": the command's name
- "enabled": false when the agent's administrator blocked it
  (`--block-rpcs`, or left it out of `--allow-rpcs`); calling it then fails
- "success-response": false for the commands that send nothing back when
  they succeed (shutdown and suspend)

Since: 1.1.0

EQMP

    {
        .struct             = "GuestAgentInfo",
        .members            = "version:str,"
                              "supported_commands:[GuestAgentCommandInfo]",
    },

SQMP
GuestAgentInfo
--------------

What `guest-info` reports about the agent.

Members:

- "version": the agent's version (`10.0.2`)
- "supported_commands": every command this agent build has, with whether it
  may be called

Since: 0.15.0

EQMP

    {
        .name               = "guest-info",
        .args_type          = "",
        .returns            = "GuestAgentInfo",
    },

SQMP
guest-info
----------

Ask the agent for its version and the commands it has. A command missing
from the list was not built into this agent (it depends on the guest's
operating system and build options); a listed one may still be disabled.

Returns: GuestAgentInfo. The version and the command list.

Since: 0.15.0

EQMP

    {
        .name               = "guest-shutdown",
        .args_type          = "mode:str?",
        .success_response   = false,
    },

SQMP
guest-shutdown
--------------

Ask the guest operating system to shut down or reboot. The agent starts
the shutdown and returns at once; it does not wait for it to finish or
check that it happens.

Nothing is sent back when the request is accepted (the guest is going
away): do not wait for a reply. An error is still answered, for example
when the command is blocked. To know that the guest is down, watch QEMU:
it exits with status 0, or, run with `-no-shutdown`, its `query-status`
reports `shutdown`.

Arguments:

- "mode": `powerdown` (the default) to power off, `halt` to stop without
  powering off, or `reboot`

Since: 0.15.0

EQMP

    {
        .name               = "guest-file-open",
        .args_type          = "path:str,"
                              "mode:str?",
        .returns            = "int",
    },

SQMP
guest-file-open
---------------

Open a file in the guest for the other `guest-file-*` commands. The file
stays open, in the agent, until `guest-file-close`; handles are numbers
that stay valid across client connections.

Arguments:

- "path": the absolute path of the file in the guest
- "mode": how to open it, in the letters of C's fopen(): `r` (the default),
  `w`, `a`, `r+`, `w+`, `a+`, optionally with `b`

Returns: int. The handle of the open file.

Since: 0.15.0

EQMP

    {
        .name               = "guest-file-close",
        .args_type          = "handle:int",
    },

SQMP
guest-file-close
----------------

Close a file opened with `guest-file-open`; its handle is no longer
valid afterwards.

Arguments:

- "handle": the handle `guest-file-open` gave

Since: 0.15.0

EQMP

    {
        .struct             = "GuestFileRead",
        .members            = "count:int,"
                              "buf-b64:str,"
                              "eof:bool",
    },

SQMP
GuestFileRead
-------------

What one `guest-file-read` produced.

Members:

- "count": how many bytes were read (counted before base64 encoding)
- "buf-b64": the bytes read, base64-encoded (empty at the end of the file)
- "eof": whether the read reached the end of the file

Since: 0.15.0

EQMP

    {
        .name               = "guest-file-read",
        .args_type          = "handle:int,"
                              "count:int?",
        .returns            = "GuestFileRead",
    },

SQMP
guest-file-read
---------------

Read the next bytes of an open file, from the current position. The data
travels base64-encoded inside one JSON reply, so large files are read in
several calls until `eof` is true.

Arguments:

- "handle": the handle `guest-file-open` gave
- "count": the most bytes to read; 4096 when absent, at most 48 MiB (a
  larger count is an error)

Returns: GuestFileRead. The bytes read and whether the end was reached.

Since: 0.15.0

EQMP

    {
        .struct             = "GuestFileWrite",
        .members            = "count:int,"
                              "eof:bool",
    },

SQMP
GuestFileWrite
--------------

What one `guest-file-write` did.

Members:

- "count": how many bytes were written (counted after base64 decoding)
- "eof": whether the end of the file was reached while writing

Since: 0.15.0

EQMP

    {
        .name               = "guest-file-write",
        .args_type          = "handle:int,"
                              "buf-b64:str,"
                              "count:int?",
        .returns            = "GuestFileWrite",
    },

SQMP
guest-file-write
----------------

Write bytes to an open file at the current position. The bytes are sent
base64-encoded; to write more than comfortably fits in one request, call
it several times.

Arguments:

- "handle": the handle `guest-file-open` gave
- "buf-b64": the bytes to write, base64-encoded
- "count": how many of the decoded bytes to write; all of them when absent

Returns: GuestFileWrite. How many bytes were written.

Since: 0.15.0

EQMP

    {
        .struct             = "GuestFileSeek",
        .members            = "position:int,"
                              "eof:bool",
    },

SQMP
GuestFileSeek
-------------

Where a file stands after `guest-file-seek`.

Members:

- "position": the new position, in bytes from the start of the file
- "eof": whether the position is at the end of the file

Since: 0.15.0

EQMP

    {
        .enum               = "QGASeek",
        .values             = "set,cur,end",
    },

SQMP
QGASeek
-------

What a `guest-file-seek` offset counts from.

Values:

- "set": from the start of the file
- "cur": from the current position
- "end": from the end of the file

Since: 2.6

EQMP

    {
        .alternate          = "GuestFileWhence",
        .variants           = "value:int,"
                              "name:QGASeek",
    },

SQMP
GuestFileWhence
---------------

What a `guest-file-seek` offset counts from, by name or by number.

Members:

- "value": the historic numeric form: 0 for the start, 1 for the current
  position, 2 for the end. These numbers are the agent's own and need not
  match the SEEK_ constants of either system
- "name": the symbolic form; prefer it

Since: 2.6

EQMP

    {
        .name               = "guest-file-seek",
        .args_type          = "handle:int,"
                              "offset:int,"
                              "whence:GuestFileWhence",
        .returns            = "GuestFileSeek",
    },

SQMP
guest-file-seek
---------------

Move the position of an open file, as C's fseek() does, and report the
new position. With offset 0 and `cur` it only reports where the file
stands, as ftell() would.

Arguments:

- "handle": the handle `guest-file-open` gave
- "offset": how many bytes to move (may be negative)
- "whence": what the offset counts from

Returns: GuestFileSeek. The new position.

Since: 0.15.0

EQMP

    {
        .name               = "guest-file-flush",
        .args_type          = "handle:int",
    },

SQMP
guest-file-flush
----------------

Push the data the agent's C library still buffers for an open file down
to the guest's kernel (it does not force it onto the disk).

Arguments:

- "handle": the handle `guest-file-open` gave

Since: 0.15.0

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSFREEZE)
    {
        .enum               = "GuestFsfreezeStatus",
        .values             = "thawed,frozen",
    },
#endif

SQMP
GuestFsfreezeStatus
-------------------

Whether the guest's filesystems are frozen.

Values:

- "thawed": no filesystem is frozen; writes go on as usual
- "frozen": the guest's local filesystems are frozen: writes wait until a
  thaw

Since: 0.15.0

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSFREEZE)
    {
        .name               = "guest-fsfreeze-status",
        .args_type          = "",
        .returns            = "GuestFsfreezeStatus",
    },
#endif

SQMP
guest-fsfreeze-status
---------------------

Report whether the agent has frozen the guest's filesystems. The agent
knows only its own freezes: a filesystem frozen or thawed by some other
program in the guest is not reflected.

Returns: GuestFsfreezeStatus. `thawed` or `frozen`.

Since: 0.15.0

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSFREEZE)
    {
        .name               = "guest-fsfreeze-freeze",
        .args_type          = "",
        .returns            = "int",
    },
#endif

SQMP
guest-fsfreeze-freeze
---------------------

Flush and freeze every local filesystem of the guest that can be frozen,
so that a disk snapshot taken meanwhile is consistent. Thaw them with
`guest-fsfreeze-thaw`. If freezing fails half way, the agent thaws what it
froze before answering the error.

On Windows the freeze goes through the Volume Shadow Copy Service, which
ends it by itself after about 10 seconds.

Returns: int. How many filesystems are frozen now.

Since: 0.15.0

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSFREEZE)
    {
        .name               = "guest-fsfreeze-freeze-list",
        .args_type          = "mountpoints:[str]?",
        .returns            = "int",
    },
#endif

SQMP
guest-fsfreeze-freeze-list
--------------------------

Like `guest-fsfreeze-freeze`, but only for the filesystems named. On
failure every filesystem is thawed again.

Arguments:

- "mountpoints": the mount points of the filesystems to freeze (from
  `guest-get-fsinfo`); mount points that do not exist are skipped. Without
  it, all are frozen

Returns: int. How many filesystems are frozen now.

Since: 2.2

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSFREEZE)
    {
        .name               = "guest-fsfreeze-thaw",
        .args_type          = "",
        .returns            = "int",
    },
#endif

SQMP
guest-fsfreeze-thaw
-------------------

Thaw every filesystem the agent froze. If the count differs from what
the freeze reported, something else in the guest thawed some of them in
between, and writes may have happened while the host thought them frozen.

Returns: int. How many filesystems were thawed.

Since: 0.15.0

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSTRIM)
    {
        .struct             = "GuestFilesystemTrimResult",
        .members            = "path:str,"
                              "trimmed:int?,"
                              "minimum:int?,"
                              "error:str?",
    },
#endif

SQMP
GuestFilesystemTrimResult
-------------------------

The outcome of `guest-fstrim` on one filesystem.

Members:

- "path": the mount point that was trimmed
- "trimmed": how many bytes were discarded (when it worked)
- "minimum": the smallest free range the guest really considered, in bytes
- "error": why trimming this filesystem failed, if it did

Since: 2.4

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSTRIM)
    {
        .struct             = "GuestFilesystemTrimResponse",
        .members            = "paths:[GuestFilesystemTrimResult]",
    },
#endif

SQMP
GuestFilesystemTrimResponse
---------------------------

What `guest-fstrim` reports.

Members:

- "paths": one result per filesystem the agent tried

Since: 2.4

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_FSTRIM)
    {
        .name               = "guest-fstrim",
        .args_type          = "minimum:int?",
        .returns            = "GuestFilesystemTrimResponse",
    },
#endif

SQMP
guest-fstrim
------------

Tell the guest's mounted filesystems to discard the blocks they do not
use, so that a thin-provisioned disk image can give the space back to the
host.

Arguments:

- "minimum": in bytes: free ranges shorter than this may be left alone,
  which makes the trim quicker on a fragmented filesystem at the cost of
  space. A hint the guest may ignore; 0 (the default) asks for every free
  block

Returns: GuestFilesystemTrimResponse. A result per filesystem.

Since: 1.2

EQMP

#if defined(CONFIG_LINUX) || defined(CONFIG_WIN32)
    {
        .name               = "guest-suspend-disk",
        .args_type          = "",
        .success_response   = false,
    },
#endif

SQMP
guest-suspend-disk
------------------

Hibernate the guest: save its memory to disk and power off. The agent
tries systemd's hibernate first, then pm-utils' `pm-hibernate`, then
writes to the kernel's `/sys/power` interface itself.

The best signs of success are QEMU exiting with status 0, or, with
`-no-shutdown`, `query-status` saying `shutdown`; but the guest could
also have gone down for some other reason.
Nothing is sent back when the guest goes to sleep: do not wait for a
reply. An error is answered when the guest cannot do it (class
`Unsupported`) or the command is blocked. Once the guest wakes up, sync
again (`guest-sync-delimited`) before the next command: the channel may
hold leftovers from before the suspend.

Since: 1.1

EQMP

#if defined(CONFIG_LINUX) || defined(CONFIG_WIN32)
    {
        .name               = "guest-suspend-ram",
        .args_type          = "",
        .success_response   = false,
    },
#endif

SQMP
guest-suspend-ram
-----------------

Put the guest to sleep in memory (suspend to RAM). The agent tries
systemd's suspend first, then pm-utils, then the kernel's `/sys/power`
interface.

Check first that QEMU can wake the guest up: QMP `query-current-machine`
must report `wakeup-suspend-support: true`. Otherwise the guest stays
asleep until it is reset. Success shows as the `SUSPEND` QMP event, or
`query-status` reporting `suspended`.
Nothing is sent back when the guest goes to sleep: do not wait for a
reply. An error is answered when the guest cannot do it (class
`Unsupported`) or the command is blocked. Once the guest wakes up, sync
again (`guest-sync-delimited`) before the next command: the channel may
hold leftovers from before the suspend.

Since: 1.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-suspend-hybrid",
        .args_type          = "",
        .success_response   = false,
    },
#endif

SQMP
guest-suspend-hybrid
--------------------

Save the guest's memory to disk and then suspend it to RAM, so that it
wakes up quickly but survives losing power. The agent tries systemd's
hybrid-sleep, then pm-utils' `pm-suspend-hybrid`.

As for `guest-suspend-ram`, QEMU must be able to wake the guest
(`wakeup-suspend-support` in `query-current-machine`); success shows as
the `SUSPEND` QMP event or the `suspended` run state.
Nothing is sent back when the guest goes to sleep: do not wait for a
reply. An error is answered when the guest cannot do it (class
`Unsupported`) or the command is blocked. Once the guest wakes up, sync
again (`guest-sync-delimited`) before the next command: the channel may
hold leftovers from before the suspend.

Since: 1.1

EQMP

#if defined(CONFIG_WIN32) || defined(HAVE_GETIFADDRS)
    {
        .enum               = "GuestIpAddressType",
        .values             = "ipv4,ipv6",
    },
#endif

SQMP
GuestIpAddressType
------------------

The IP version of an address.

Values:

- "ipv4": an IPv4 address (32 bits, written in dotted decimal)
- "ipv6": an IPv6 address (128 bits, written in hexadecimal groups)

Since: 1.1

EQMP

#if defined(CONFIG_WIN32) || defined(HAVE_GETIFADDRS)
    {
        .struct             = "GuestIpAddress",
        .members            = "ip-address:str,"
                              "ip-address-type:GuestIpAddressType,"
                              "prefix:int",
    },
#endif

SQMP
GuestIpAddress
--------------

One address of a guest network interface.

Members:

- "ip-address": the address, in the usual text form
- "ip-address-type": its IP version
- "prefix": the length of its network prefix in bits (24 for a /24)

Since: 1.1

EQMP

#if defined(CONFIG_WIN32) || defined(HAVE_GETIFADDRS)
    {
        .struct             = "GuestNetworkInterfaceStat",
        .members            = "rx-bytes:uint64,"
                              "rx-packets:uint64,"
                              "rx-errs:uint64,"
                              "rx-dropped:uint64,"
                              "tx-bytes:uint64,"
                              "tx-packets:uint64,"
                              "tx-errs:uint64,"
                              "tx-dropped:uint64",
    },
#endif

SQMP
GuestNetworkInterfaceStat
-------------------------

Traffic counters of a guest network interface, as its kernel keeps
them since the interface came up.

Members:

- "rx-bytes": bytes received
- "rx-packets": packets received
- "rx-errs": received packets that had errors
- "rx-dropped": received packets the interface dropped
- "tx-bytes": bytes sent
- "tx-packets": packets sent
- "tx-errs": packets that failed to go out
- "tx-dropped": outgoing packets the interface dropped

Since: 2.11

EQMP

#if defined(CONFIG_WIN32) || defined(HAVE_GETIFADDRS)
    {
        .struct             = "GuestNetworkInterface",
        .members            = "name:str,"
                              "hardware-address:str?,"
                              "ip-addresses:[GuestIpAddress]?,"
                              "statistics:GuestNetworkInterfaceStat?",
    },
#endif

SQMP
GuestNetworkInterface
---------------------

A network interface of the guest.

Members:

- "name": the interface's name in the guest (`eth0`, `lo`)
- "hardware-address": its MAC address, when it has one
- "ip-addresses": its IPv4 and IPv6 addresses
- "statistics": its traffic counters, when the guest provides them

Since: 1.1

EQMP

#if defined(CONFIG_WIN32) || defined(HAVE_GETIFADDRS)
    {
        .name               = "guest-network-get-interfaces",
        .args_type          = "",
        .returns            = "[GuestNetworkInterface]",
    },
#endif

SQMP
guest-network-get-interfaces
----------------------------

List the guest's network interfaces with their MAC and IP addresses.

Returns: [GuestNetworkInterface]. One entry per interface, the loopback
  included.

Since: 1.1

EQMP

#if defined(CONFIG_LINUX) || defined(CONFIG_WIN32)
    {
        .struct             = "GuestLogicalProcessor",
        .members            = "logical-id:int,"
                              "online:bool,"
                              "can-offline:bool?",
    },
#endif

SQMP
GuestLogicalProcessor
---------------------

A logical CPU of the guest.

Members:

- "logical-id": the guest's number for this CPU
- "online": whether the CPU is in use (in `guest-set-vcpus`: whether it
  should be)
- "can-offline": whether the guest allows taking it offline; always reported
  by `guest-get-vcpus`, and not needed in `guest-set-vcpus`, which ignores
  it

Since: 1.5

EQMP

#if defined(CONFIG_LINUX) || defined(CONFIG_WIN32)
    {
        .name               = "guest-get-vcpus",
        .args_type          = "",
        .returns            = "[GuestLogicalProcessor]",
    },
#endif

SQMP
guest-get-vcpus
---------------

List the guest's logical CPUs and which are online. It changes nothing.

Returns: [GuestLogicalProcessor]. Every CPU the guest knows, each once, in
  no particular order.

Since: 1.5

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-set-vcpus",
        .args_type          = "vcpus:[GuestLogicalProcessor]",
        .returns            = "int",
    },
#endif

SQMP
guest-set-vcpus
---------------

Take logical CPUs of the guest online or offline.

The entries are applied one after the other, and the work stops at the
first that fails. If the very first fails, the command answers an error
and nothing changed. Otherwise the reply counts the entries applied: less
than the list's length means a later one failed; send the rest again to
see its error.

Arguments:

- "vcpus": the CPUs to change, by `logical-id`, each with the `online` state
  wanted; the ids must exist in the guest, and an id may appear more than
  once. Starting from what `guest-get-vcpus` returned is the easy way

Returns: int. How many entries, from the start of the list, were applied (0
  for an empty list).

Since: 1.5

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LINUX)
    {
        .enum               = "GuestDiskBusType",
        .values             = "ide,fdc,scsi,virtio,xen,usb,uml,sata,sd,unknown,ieee1394,ssa,"
                              "fibre,raid,iscsi,sas,mmc,virtual,file-backed-virtual,nvme",
    },
#endif

SQMP
GuestDiskBusType
----------------

How a disk is attached to the guest. The values after `unknown` are
reported by Windows guests.

Values:

- "ide": a parallel ATA (IDE) controller
- "fdc": floppy disk controller
- "scsi": a SCSI controller (virtio-scsi, an emulated HBA)
- "virtio": virtio-blk
- "xen": Xen paravirtual disk
- "usb": USB mass storage
- "uml": User-mode Linux disk
- "sata": a Serial ATA (AHCI) controller
- "sd": SD card
- "unknown": a bus the agent cannot tell
- "ieee1394": FireWire (IEEE 1394)
- "ssa": Serial Storage Architecture
- "fibre": Fibre Channel
- "raid": a RAID controller
- "iscsi": a SCSI disk reached over the network (iSCSI)
- "sas": Serial Attached SCSI
- "mmc": MultiMediaCard
- "virtual": a virtual disk of Windows
- "file-backed-virtual": a Windows virtual disk backed by a file (VHD)
- "nvme": an NVMe controller (flash storage on PCI Express)

Since: 2.2; 'Unknown' and all entries below since 2.4

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LINUX)
    {
        .struct             = "GuestPCIAddress",
        .members            = "domain:int,"
                              "bus:int,"
                              "slot:int,"
                              "function:int",
    },
#endif

SQMP
GuestPCIAddress
---------------

The PCI address of a disk controller: domain:bus:slot.function.

Members:

- "domain": the PCI domain (segment)
- "bus": the bus number
- "slot": the device (slot) number
- "function": the function number

Since: 2.2

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LINUX)
    {
        .struct             = "GuestCCWAddress",
        .members            = "cssid:int,"
                              "ssid:int,"
                              "subchno:int,"
                              "devno:int",
    },
#endif

SQMP
GuestCCWAddress
---------------

The channel-subsystem address of a disk of an s390x guest.

Members:

- "cssid": the channel subsystem id
- "ssid": the subchannel set id
- "subchno": the subchannel number
- "devno": the device number

Since: 6.0

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LINUX)
    {
        .struct             = "GuestDiskAddress",
        .members            = "pci-controller:GuestPCIAddress,"
                              "bus-type:GuestDiskBusType,"
                              "bus:int,"
                              "target:int,"
                              "unit:int,"
                              "serial:str?,"
                              "dev:str?,"
                              "ccw-address:GuestCCWAddress?",
    },
#endif

SQMP
GuestDiskAddress
----------------

Where a disk sits in the guest's hardware.

Members:

- "pci-controller": the PCI address of its controller; each number is -1
  when the agent cannot tell
- "bus-type": the kind of bus
- "bus": the bus number on the controller
- "target": the target number on that bus
- "unit": the unit (LUN) number
- "serial": the disk's serial number, when it has one
- "dev": the device path: a `/dev` node on Linux, a UNC path on Windows
- "ccw-address": its channel-subsystem address on s390x guests

Since: 2.2

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LIBUDEV)
    {
        .struct             = "GuestNVMeSmart",
        .members            = "critical-warning:int,"
                              "temperature:int,"
                              "available-spare:int,"
                              "available-spare-threshold:int,"
                              "percentage-used:int,"
                              "data-units-read-lo:uint64,"
                              "data-units-read-hi:uint64,"
                              "data-units-written-lo:uint64,"
                              "data-units-written-hi:uint64,"
                              "host-read-commands-lo:uint64,"
                              "host-read-commands-hi:uint64,"
                              "host-write-commands-lo:uint64,"
                              "host-write-commands-hi:uint64,"
                              "controller-busy-time-lo:uint64,"
                              "controller-busy-time-hi:uint64,"
                              "power-cycles-lo:uint64,"
                              "power-cycles-hi:uint64,"
                              "power-on-hours-lo:uint64,"
                              "power-on-hours-hi:uint64,"
                              "unsafe-shutdowns-lo:uint64,"
                              "unsafe-shutdowns-hi:uint64,"
                              "media-errors-lo:uint64,"
                              "media-errors-hi:uint64,"
                              "number-of-error-log-entries-lo:uint64,"
                              "number-of-error-log-entries-hi:uint64",
    },
#endif

SQMP
GuestNVMeSmart
--------------

The health data of an NVMe disk, from its SMART / Health Information
log page (log identifier 02h in the NVMe specification). Counters the
specification makes 128 bits wide come as two halves, `-lo` and `-hi`.

Members:

- "critical-warning": bits flagging critical conditions of the device (spare
  space low, temperature out of range, reliability degraded, read-only,
  backup failed); 0 when all is well
- "temperature": the composite temperature of the device, in kelvins
- "available-spare": the spare capacity left, in percent
- "available-spare-threshold": the spare percentage under which the device
  raises a warning
- "percentage-used": an estimate of the device's worn-out life, in percent;
  may exceed 100
- "data-units-read-lo": the low 64 bits of the 128-bit count of data read by
  the host, in units of 1000 blocks of 512 bytes
- "data-units-read-hi": the high 64 bits of the same count (data-units-read)
- "data-units-written-lo": the low 64 bits of the 128-bit count of data
  written by the host, in units of 1000 blocks of 512 bytes
- "data-units-written-hi": the high 64 bits of the same count
  (data-units-written)
- "host-read-commands-lo": the low 64 bits of the 128-bit count of read
  commands the controller completed
- "host-read-commands-hi": the high 64 bits of the same count
  (host-read-commands)
- "host-write-commands-lo": the low 64 bits of the 128-bit count of write
  commands the controller completed
- "host-write-commands-hi": the high 64 bits of the same count
  (host-write-commands)
- "controller-busy-time-lo": the low 64 bits of the 128-bit count of minutes
  the controller was busy with I/O
- "controller-busy-time-hi": the high 64 bits of the same count
  (controller-busy-time)
- "power-cycles-lo": the low 64 bits of the 128-bit count of times the
  device was powered off and on
- "power-cycles-hi": the high 64 bits of the same count (power-cycles)
- "power-on-hours-lo": the low 64 bits of the 128-bit count of hours the
  device was powered on
- "power-on-hours-hi": the high 64 bits of the same count (power-on-hours)
- "unsafe-shutdowns-lo": the low 64 bits of the 128-bit count of times power
  was lost without a clean shutdown
- "unsafe-shutdowns-hi": the high 64 bits of the same count
  (unsafe-shutdowns)
- "media-errors-lo": the low 64 bits of the 128-bit count of unrecovered
  data integrity errors
- "media-errors-hi": the high 64 bits of the same count (media-errors)
- "number-of-error-log-entries-lo": the low 64 bits of the 128-bit count of
  entries written to the error log over the device's life
- "number-of-error-log-entries-hi": the high 64 bits of the same count
  (number-of-error-log-entries)

Since: 7.1

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LIBUDEV)
    {
        .union              = "GuestDiskSmart",
        .members            = "type:GuestDiskBusType",
        .discriminator      = "type",
        .variants           = "nvme:GuestNVMeSmart",
    },
#endif

SQMP
GuestDiskSmart
--------------

Health (SMART) data of a disk, in the form its bus defines.

Members:

- "type": the disk's bus; it says which branch the other members follow
- "nvme": an NVMe disk: the members of `GuestNVMeSmart`

Since: 7.1

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LIBUDEV)
    {
        .struct             = "GuestDiskInfo",
        .members            = "name:str,"
                              "partition:bool,"
                              "dependencies:[str]?,"
                              "address:GuestDiskAddress?,"
                              "alias:str?,"
                              "smart:GuestDiskSmart?",
    },
#endif

SQMP
GuestDiskInfo
-------------

A block device of the guest, as `guest-get-disks` lists it.

Members:

- "name": the device: a `/dev` node on Linux, a UNC path on Windows
- "partition": true for a partition, false for a whole disk
- "dependencies": the devices this one is built on (Linux): the physical
  volumes under an LVM volume, the disk under a LUKS mapping
- "address": where the disk is attached, for physical (not virtual) devices
- "alias": another name of the device; on Linux the device-mapper name
- "smart": its health data, when the agent can read it

Since: 5.2

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LIBUDEV)
    {
        .name               = "guest-get-disks",
        .args_type          = "",
        .returns            = "[GuestDiskInfo]",
    },
#endif

SQMP
guest-get-disks
---------------

List the guest's disks. On Linux that is every top-level block device
with a size, removable, loop and network block devices included, with
their partitions; on Windows only the physical disks.

Returns: [GuestDiskInfo]. One entry per disk or partition.

Since: 5.2

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LINUX)
    {
        .struct             = "GuestFilesystemInfo",
        .members            = "name:str,"
                              "mountpoint:str,"
                              "type:str,"
                              "used-bytes:uint64?,"
                              "total-bytes:uint64?,"
                              "total-bytes-privileged:uint64?,"
                              "disk:[GuestDiskAddress]",
    },
#endif

SQMP
GuestFilesystemInfo
-------------------

A mounted filesystem of the guest.

Members:

- "name": the device it is mounted from (`sda1`, `dm-0`)
- "mountpoint": where it is mounted
- "type": its filesystem type (`ext4`, `xfs`, `NTFS`)
- "used-bytes": bytes in use
- "total-bytes": its size in bytes as unprivileged users see it (without the
  blocks reserved for root)
- "total-bytes-privileged": its size in bytes as privileged users see it,
  reserved blocks included
- "disk": the disks it lies on; empty when the agent does not know the
  disk's kind

Since: 2.2

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LINUX)
    {
        .name               = "guest-get-fsinfo",
        .args_type          = "",
        .returns            = "[GuestFilesystemInfo]",
    },
#endif

SQMP
guest-get-fsinfo
----------------

List the guest's mounted local filesystems with their sizes and the disks
under them. Network filesystems (NFS, CIFS) are left out. The mount points
reported are what `guest-fsfreeze-freeze-list` takes.

Returns: [GuestFilesystemInfo]. One entry per mounted filesystem.

Since: 2.2

EQMP

#if defined(CONFIG_WIN32) || defined(CONFIG_LINUX) || defined(CONFIG_FREEBSD)
    {
        .name               = "guest-set-user-password",
        .args_type          = "username:str,"
                              "password:str,"
                              "crypted:bool",
    },
#endif

SQMP
guest-set-user-password
-----------------------

Set the password of a user account in the guest.

With `crypted`, the password is taken as an already hashed entry, and the
caller must use a hash format the guest understands: the agent passes it
on without looking at it. Some guests (Windows) accept only plain
passwords. In both cases the text is sent base64-encoded, so that any
byte survives the JSON transport.

Arguments:

- "username": the account to change
- "password": the new password (or hashed password entry), base64-encoded
- "crypted": true when `password` is already hashed (crypt(3) form), false
  for the plain password

Since: 2.3

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "GuestMemoryBlock",
        .members            = "phys-index:uint64,"
                              "online:bool,"
                              "can-offline:bool?",
    },
#endif

SQMP
GuestMemoryBlock
----------------

A memory block of a Linux guest: the unit in which its kernel can add or
remove memory while running.

Members:

- "phys-index": the guest's number for the block
- "online": whether the block is in use (in `guest-set-memory-blocks`:
  whether it should be)
- "can-offline": whether the guest allows taking the block offline; always
  reported by `guest-get-memory-blocks`, ignored by
  `guest-set-memory-blocks`

Since: 2.3

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-get-memory-blocks",
        .args_type          = "",
        .returns            = "[GuestMemoryBlock]",
    },
#endif

SQMP
guest-get-memory-blocks
-----------------------

List the guest's memory blocks and which are online. It changes nothing.

Returns: [GuestMemoryBlock]. Every block the guest knows, each once, in no
  particular order.

Since: 2.3

EQMP

#if defined(CONFIG_LINUX)
    {
        .enum               = "GuestMemoryBlockResponseType",
        .values             = "success,not-found,operation-not-supported,operation-failed",
    },
#endif

SQMP
GuestMemoryBlockResponseType
----------------------------

How changing one memory block went.

Values:

- "success": the block is now in the state asked for
- "not-found": the guest has no such block (no `memoryN` entry in sysfs)
- "operation-not-supported": the guest's kernel cannot take blocks online or
  offline
- "operation-failed": the kernel refused or failed; `error-code` says why

Since: 2.3

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "GuestMemoryBlockResponse",
        .members            = "phys-index:uint64,"
                              "response:GuestMemoryBlockResponseType,"
                              "error-code:int?",
    },
#endif

SQMP
GuestMemoryBlockResponse
------------------------

The outcome for one block of `guest-set-memory-blocks`.

Members:

- "phys-index": the block, as in the request
- "response": how it went
- "error-code": the errno value of the failure; absent when it worked

Since: 2.3

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-set-memory-blocks",
        .args_type          = "mem-blks:[GuestMemoryBlock]",
        .returns            = "[GuestMemoryBlockResponse]",
    },
#endif

SQMP
guest-set-memory-blocks
-----------------------

Take memory blocks of the guest online or offline, one entry after the
other.

Arguments:

- "mem-blks": the blocks to change, by `phys-index`, each with the `online`
  state wanted; the indexes must exist in the guest and may repeat. Starting
  from what `guest-get-memory-blocks` returned is the easy way

Returns: [GuestMemoryBlockResponse]. One result per entry of the request, in
  the same order; an empty list (and no change) when the request was empty
  or the agent failed before starting.

Since: 2.3

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "GuestMemoryBlockInfo",
        .members            = "size:uint64",
    },
#endif

SQMP
GuestMemoryBlockInfo
--------------------

Facts about the guest's memory blocks.

Members:

- "size": the size of one block in bytes: the smallest amount of memory that
  can be taken online or offline

Since: 2.3

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-get-memory-block-info",
        .args_type          = "",
        .returns            = "GuestMemoryBlockInfo",
    },
#endif

SQMP
guest-get-memory-block-info
---------------------------

Report the size of the guest's memory blocks.

Returns: GuestMemoryBlockInfo. The block size.

Since: 2.3

EQMP

    {
        .struct             = "GuestExecStatus",
        .members            = "exited:bool,"
                              "exitcode:int?,"
                              "signal:int?,"
                              "out-data:str?,"
                              "err-data:str?,"
                              "out-truncated:bool?,"
                              "err-truncated:bool?",
    },

SQMP
GuestExecStatus
---------------

The state of a program started by `guest-exec`.

Members:

- "exited": whether the program has ended; the other members are set only
  once it has
- "exitcode": its exit status, when it ended normally
- "signal": the signal that killed it (POSIX guests) or the unhandled
  exception code (Windows), when it did not end normally
- "out-data": what it wrote to stdout, base64-encoded; only with
  `capture-output`
- "err-data": what it wrote to stderr, base64-encoded; only when stderr was
  captured separately
- "out-truncated": true when stdout was longer than the agent keeps (16 MiB)
  and was cut
- "err-truncated": true when stderr was cut the same way

Since: 2.5

EQMP

    {
        .name               = "guest-exec-status",
        .args_type          = "pid:int",
        .returns            = "GuestExecStatus",
    },

SQMP
guest-exec-status
-----------------

Ask how a program started by `guest-exec` is doing. Once the reply says
it has ended, the agent forgets it: asking again about the same pid fails.
While it runs, the reply holds only `exited: false`; call again later.

Arguments:

- "pid": the pid `guest-exec` returned

Returns: GuestExecStatus. The program's state, with its output once it has
  ended.

Since: 2.5

EQMP

    {
        .struct             = "GuestExec",
        .members            = "pid:int",
    },

SQMP
GuestExec
---------

What `guest-exec` returns.

Members:

- "pid": the process id of the program in the guest, for `guest-exec-status`

Since: 2.5

EQMP

    {
        .enum               = "GuestExecCaptureOutputMode",
        .values             = "none,stdout,stderr,separated,"
#if !defined(CONFIG_WIN32)
                              "merged"
#endif
                              "",
    },

SQMP
GuestExecCaptureOutputMode
--------------------------

Which output streams of a `guest-exec` program the agent collects.

Values:

- "none": neither
- "stdout": stdout only
- "stderr": stderr only
- "separated": both, stdout in `out-data` and stderr in `err-data`
- "merged": both, interleaved into `out-data` (not on Windows guests)

Since: 8.0

EQMP

    {
        .alternate          = "GuestExecCaptureOutput",
        .variants           = "flag:bool,"
                              "mode:GuestExecCaptureOutputMode",
    },

SQMP
GuestExecCaptureOutput
----------------------

Whether (and which) output of a `guest-exec` program is collected: a
boolean, or a mode naming the streams.

Members:

- "flag": true collects stdout and stderr separately, false neither (the
  form agents before 8.0 understand)
- "mode": the streams to collect, by name

Since: 8.0

EQMP

    {
        .name               = "guest-exec",
        .args_type          = "path:str,"
                              "arg:[str]?,"
                              "env:[str]?,"
                              "input-data:str?,"
                              "capture-output:GuestExecCaptureOutput?",
        .returns            = "GuestExec",
    },

SQMP
guest-exec
----------

Start a program in the guest and return its pid at once, without
waiting for it. Poll `guest-exec-status` with the pid to learn when it
ends and, if asked for, what it printed. The program runs as the agent's
user (usually root).

Arguments:

- "path": the program: an absolute path, or a name looked up in the agent's
  PATH
- "arg": its arguments (not counting the program name)
- "env": its environment, as `NAME=value` strings; replaces the agent's
  environment
- "input-data": bytes for its stdin, base64-encoded; stdin is closed after
  them
- "capture-output": what output to collect for `guest-exec-status`; nothing
  when absent

Returns: GuestExec. The program's pid.

Since: 2.5

EQMP

    {
        .struct             = "GuestHostName",
        .members            = "host-name:str",
    },

SQMP
GuestHostName
-------------

What `guest-get-host-name` returns.

Members:

- "host-name": the guest's name for itself

Since: 2.10

EQMP

    {
        .name               = "guest-get-host-name",
        .args_type          = "",
        .returns            = "GuestHostName",
    },

SQMP
guest-get-host-name
-------------------

Ask the guest for its own name (what `hostname` prints). It is whatever
the guest was configured with: not always a fully qualified name, not
necessarily known to DNS, and not guaranteed to be unique.

Returns: GuestHostName. The name.

Since: 2.10

EQMP

#if defined(CONFIG_WIN32) || defined(HAVE_UTMPX)
    {
        .struct             = "GuestUser",
        .members            = "user:str,"
                              "login-time:number,"
                              "domain:str?",
    },
#endif

SQMP
GuestUser
---------

A user logged in to the guest.

Members:

- "user": the user name
- "login-time": when the user logged in, in seconds since 1970-01-01 UTC
  (with a fraction); the earliest session when there are several
- "domain": the user's logon domain (Windows guests only)

Since: 2.10

EQMP

#if defined(CONFIG_WIN32) || defined(HAVE_UTMPX)
    {
        .name               = "guest-get-users",
        .args_type          = "",
        .returns            = "[GuestUser]",
    },
#endif

SQMP
guest-get-users
---------------

List the users logged in to the guest right now.

Returns: [GuestUser]. Each user once, however many sessions they have.

Since: 2.10

EQMP

    {
        .struct             = "GuestTimezone",
        .members            = "zone:str?,"
                              "offset:int",
    },

SQMP
GuestTimezone
-------------

The guest's time zone.

Members:

- "zone": the zone's name as the guest calls it (the naming differs between
  systems: only for showing to people)
- "offset": seconds to add to UTC for the guest's local time: negative west
  of Greenwich, positive east

Since: 2.10

EQMP

    {
        .name               = "guest-get-timezone",
        .args_type          = "",
        .returns            = "GuestTimezone",
    },

SQMP
guest-get-timezone
------------------

Ask for the guest's time zone.

Returns: GuestTimezone. Its name and offset.

Since: 2.10

EQMP

    {
        .struct             = "GuestOSInfo",
        .members            = "kernel-release:str?,"
                              "kernel-version:str?,"
                              "machine:str?,"
                              "id:str?,"
                              "name:str?,"
                              "pretty-name:str?,"
                              "version:str?,"
                              "version-id:str?,"
                              "variant:str?,"
                              "variant-id:str?",
    },

SQMP
GuestOSInfo
-----------

The guest's operating system. On POSIX guests the kernel members come
from uname(2) and the others from the os-release file (see
os-release(5)); a member the file lacks, or every one of them when there
is no such file, is absent. Windows guests fill them from the system's
own information.

Members:

- "kernel-release": POSIX: uname's release (`6.1.0-18-amd64`); Windows: the
  build number
- "kernel-version": POSIX: uname's version string; Windows: the version
  number
- "machine": POSIX: uname's machine (`x86_64`); Windows: `x86`, `x86_64`,
  `arm` or `ia64`
- "id": POSIX: `ID` of os-release (`debian`); Windows: `mswindows`
- "name": POSIX: `NAME` of os-release; Windows: `Microsoft Windows`
- "pretty-name": POSIX: `PRETTY_NAME` of os-release; Windows: the product
  name (`Microsoft Windows 10 Enterprise`)
- "version": POSIX: `VERSION` of os-release; Windows: the long version name
- "version-id": POSIX: `VERSION_ID` of os-release; Windows: a short version
  identifier
- "variant": POSIX: `VARIANT` of os-release; Windows: `server` or `client`
- "variant-id": POSIX: `VARIANT_ID` of os-release; Windows: `server` or
  `client`

Since: 2.10

EQMP

    {
        .name               = "guest-get-osinfo",
        .args_type          = "",
        .returns            = "GuestOSInfo",
    },

SQMP
guest-get-osinfo
----------------

Ask which operating system and kernel the guest runs.

Returns: GuestOSInfo. What the guest reports.

Since: 2.10

EQMP

#if defined(CONFIG_WIN32)
    {
        .enum               = "GuestDeviceType",
        .values             = "pci",
    },
#endif

SQMP
GuestDeviceType
---------------

The kind of bus a device of `guest-get-devices` sits on.

Values:

- "pci": a device on a PCI or PCI Express bus, known by vendor and device id

EQMP

#if defined(CONFIG_WIN32)
    {
        .struct             = "GuestDeviceIdPCI",
        .members            = "vendor-id:uint16,"
                              "device-id:uint16",
    },
#endif

SQMP
GuestDeviceIdPCI
----------------

The identity of a PCI device.

Members:

- "vendor-id": the PCI vendor id
- "device-id": the PCI device id

Since: 5.2

EQMP

#if defined(CONFIG_WIN32)
    {
        .union              = "GuestDeviceId",
        .members            = "type:GuestDeviceType",
        .discriminator      = "type",
        .variants           = "pci:GuestDeviceIdPCI",
    },
#endif

SQMP
GuestDeviceId
-------------

The identity of a device, in the form of its bus.

Members:

- "type": the device's bus; it says which branch the other members follow
- "pci": a PCI device: the members of `GuestDeviceIdPCI`

Since: 5.2

EQMP

#if defined(CONFIG_WIN32)
    {
        .struct             = "GuestDeviceInfo",
        .members            = "driver-name:str,"
                              "driver-date:int?,"
                              "driver-version:str?,"
                              "id:GuestDeviceId?",
    },
#endif

SQMP
GuestDeviceInfo
---------------

A device of a Windows guest and its driver.

Members:

- "driver-name": the driver's name
- "driver-date": the driver's release date, in nanoseconds since 1970-01-01
  UTC
- "driver-version": the driver's version
- "id": the device's identity on its bus

Since: 5.2

EQMP

#if defined(CONFIG_WIN32)
    {
        .name               = "guest-get-devices",
        .args_type          = "",
        .returns            = "[GuestDeviceInfo]",
    },
#endif

SQMP
guest-get-devices
-----------------

List the devices of a Windows guest with their drivers (for example to
check which virtio drivers are installed). Only Windows agents have it.

Returns: [GuestDeviceInfo]. One entry per device.

Since: 5.2

EQMP

    {
        .struct             = "GuestAuthorizedKeys",
        .members            = "keys:[str]",
    },

SQMP
GuestAuthorizedKeys
-------------------

The SSH keys a user accepts.

Members:

- "keys": the public keys, each a line of sshd's authorized_keys format

Since: 5.2

EQMP

    {
        .name               = "guest-ssh-get-authorized-keys",
        .args_type          = "username:str",
        .returns            = "GuestAuthorizedKeys",
    },

SQMP
guest-ssh-get-authorized-keys
-----------------------------

Read the SSH public keys in a user's `~/.ssh/authorized_keys` (POSIX
guests).

Arguments:

- "username": the user whose keys to read

Returns: GuestAuthorizedKeys. The keys.

Since: 5.2

EQMP

    {
        .name               = "guest-ssh-add-authorized-keys",
        .args_type          = "username:str,"
                              "keys:[str],"
                              "reset:bool?",
    },

SQMP
guest-ssh-add-authorized-keys
-----------------------------

Add SSH public keys to a user's `~/.ssh/authorized_keys` (POSIX guests),
creating the file if needed. A key already there is not added twice.

Arguments:

- "username": the user whose file to change
- "keys": the keys to add, each a line of sshd's authorized_keys format
- "reset": replace the file's keys by `keys` instead of adding to them
  (default false)

Since: 5.2

EQMP

    {
        .name               = "guest-ssh-remove-authorized-keys",
        .args_type          = "username:str,"
                              "keys:[str]",
    },

SQMP
guest-ssh-remove-authorized-keys
--------------------------------

Remove SSH public keys from a user's `~/.ssh/authorized_keys` (POSIX
guests). Removing a key that is not there is not an error.

Arguments:

- "username": the user whose file to change
- "keys": the keys to remove, each a line of sshd's authorized_keys format

Since: 5.2

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "GuestDiskStats",
        .members            = "read-sectors:uint64?,"
                              "read-ios:uint64?,"
                              "read-merges:uint64?,"
                              "write-sectors:uint64?,"
                              "write-ios:uint64?,"
                              "write-merges:uint64?,"
                              "discard-sectors:uint64?,"
                              "discard-ios:uint64?,"
                              "discard-merges:uint64?,"
                              "flush-ios:uint64?,"
                              "read-ticks:uint64?,"
                              "write-ticks:uint64?,"
                              "discard-ticks:uint64?,"
                              "flush-ticks:uint64?,"
                              "ios-pgr:uint64?,"
                              "total-ticks:uint64?,"
                              "weight-ticks:uint64?",
    },
#endif

SQMP
GuestDiskStats
--------------

The I/O counters the Linux kernel keeps for a disk (as in
`/proc/diskstats`). Sectors are 512 bytes; times are in milliseconds.
Counters the guest's kernel does not have are absent.

Members:

- "read-sectors": sectors read
- "read-ios": reads completed
- "read-merges": reads merged with a neighbouring one before being issued
- "write-sectors": sectors written
- "write-ios": writes completed
- "write-merges": writes merged with a neighbouring one
- "discard-sectors": sectors discarded
- "discard-ios": discards completed
- "discard-merges": discards merged with a neighbouring one
- "flush-ios": flushes completed
- "read-ticks": milliseconds spent on reads
- "write-ticks": milliseconds spent on writes
- "discard-ticks": milliseconds spent on discards
- "flush-ticks": milliseconds spent on flushes
- "ios-pgr": requests in progress right now
- "total-ticks": milliseconds during which the disk had requests in progress
- "weight-ticks": milliseconds of waiting summed over all requests in
  progress (a measure of queue length over time)

Since: 7.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "GuestDiskStatsInfo",
        .members            = "name:str,"
                              "major:uint64,"
                              "minor:uint64,"
                              "stats:GuestDiskStats",
    },
#endif

SQMP
GuestDiskStatsInfo
------------------

One disk and its counters.

Members:

- "name": the disk's name (`vda`, `sda1`)
- "major": its major device number
- "minor": its minor device number
- "stats": its counters

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-get-diskstats",
        .args_type          = "",
        .returns            = "[GuestDiskStatsInfo]",
    },
#endif

SQMP
guest-get-diskstats
-------------------

Read the I/O counters of every disk and partition of a Linux guest.

Returns: [GuestDiskStatsInfo]. One entry per block device.

Since: 7.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .enum               = "GuestCpuStatsType",
        .values             = "linux",
    },
#endif

SQMP
GuestCpuStatsType
-----------------

Which operating system's CPU counters a `GuestCpuStats` holds.

Values:

- "linux": a Linux guest, whose counters come from `/proc/stat`

Since: 7.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "GuestLinuxCpuStats",
        .members            = "cpu:int,"
                              "user:uint64,"
                              "nice:uint64,"
                              "system:uint64,"
                              "idle:uint64,"
                              "iowait:uint64?,"
                              "irq:uint64?,"
                              "softirq:uint64?,"
                              "steal:uint64?,"
                              "guest:uint64?,"
                              "guestnice:uint64?",
    },
#endif

SQMP
GuestLinuxCpuStats
------------------

How one CPU of a Linux guest spent its time since boot, in
milliseconds, as `/proc/stat` counts it. Kinds of time the guest's kernel
does not count are absent.

Members:

- "cpu": the CPU's number
- "user": time running user programs
- "nice": time running user programs with a lowered priority
- "system": time running the kernel
- "idle": time with nothing to do
- "iowait": idle time while I/O was pending
- "irq": time handling hardware interrupts
- "softirq": time handling software interrupts
- "steal": time the hypervisor gave to others while this CPU wanted to run
- "guest": time running virtual CPUs of guests of this guest
- "guestnice": time running such virtual CPUs with a lowered priority

Since: 7.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .union              = "GuestCpuStats",
        .members            = "type:GuestCpuStatsType",
        .discriminator      = "type",
        .variants           = "linux:GuestLinuxCpuStats",
    },
#endif

SQMP
GuestCpuStats
-------------

The time counters of one CPU, in the form of the guest's operating
system.

Members:

- "type": the operating system; it says which branch the other members
  follow
- "linux": a Linux guest: the members of `GuestLinuxCpuStats`

Since: 7.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-get-cpustats",
        .args_type          = "",
        .returns            = "[GuestCpuStats]",
    },
#endif

SQMP
guest-get-cpustats
------------------

Read how each CPU of the guest spent its time.

Returns: [GuestCpuStats]. One entry per CPU.

Since: 7.1

EQMP

#if defined(CONFIG_GETLOADAVG)
    {
        .struct             = "GuestLoadAverage",
        .members            = "load1m:number,"
                              "load5m:number,"
                              "load15m:number",
    },
#endif

SQMP
GuestLoadAverage
----------------

The guest's load averages: the mean number of processes running or
waiting to run.

Members:

- "load1m": over the last minute
- "load5m": over the last 5 minutes
- "load15m": over the last 15 minutes

Since: 10.0

EQMP

#if defined(CONFIG_GETLOADAVG)
    {
        .name               = "guest-get-load",
        .args_type          = "",
        .returns            = "GuestLoadAverage",
    },
#endif

SQMP
guest-get-load
--------------

Read the guest's load averages (what `uptime` shows).

Returns: GuestLoadAverage. The three averages.

Since: 10.0

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "GuestNetworkRoute",
        .members            = "iface:str,"
                              "destination:str,"
                              "metric:int,"
                              "gateway:str?,"
                              "mask:str?,"
                              "irtt:int?,"
                              "flags:uint64?,"
                              "refcnt:int?,"
                              "use:int?,"
                              "window:int?,"
                              "mtu:int?,"
                              "desprefixlen:str?,"
                              "source:str?,"
                              "srcprefixlen:str?,"
                              "nexthop:str?,"
                              "version:int",
    },
#endif

SQMP
GuestNetworkRoute
-----------------

One entry of the guest's routing table (Linux guests). Which members
are present depends on the IP version: the mask, IRTT and window come
only with IPv4, the prefix lengths, source and next hop only with IPv6.

Members:

- "iface": the interface packets for this route leave through
- "destination": the network or host the route leads to
- "metric": the route's metric: among matching routes the lowest wins
- "gateway": the router packets are handed to (IPv4)
- "mask": the destination's network mask (IPv4)
- "irtt": the initial round-trip time estimate for the route (IPv4)
- "flags": the kernel's route flags (as in `/proc/net/route`)
- "refcnt": how many references the kernel holds to the route
- "use": how often the route was looked up
- "window": the default TCP window for the route (IPv4)
- "mtu": the largest packet the route carries
- "desprefixlen": the destination's prefix length (IPv6)
- "source": the source address the route applies to (IPv6)
- "srcprefixlen": the source's prefix length (IPv6)
- "nexthop": the next hop's address (IPv6)
- "version": 4 or 6

Since: 9.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .name               = "guest-network-get-route",
        .args_type          = "",
        .returns            = "[GuestNetworkRoute]",
    },
#endif

SQMP
guest-network-get-route
-----------------------

Read the guest's IPv4 and IPv6 routing tables (Linux guests).

Returns: [GuestNetworkRoute]. One entry per route.

Since: 9.1

EQMP

