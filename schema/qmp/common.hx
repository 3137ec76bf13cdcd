HXCOMM Area 'common'.

SQMP
Common data types
=================

Small enumerations and structures that many areas share: on/off/auto
switches, I/O operation kinds, PCI and PCIe settings, host memory
policies, network filter directions, byte order and text meant for
people.

EQMP

    {
        .enum               = "IoOperationType",
        .values             = "read,write",
    },

SQMP
IoOperationType
---------------

The kind of I/O request that failed, as reported with block I/O errors
(BLOCK_IO_ERROR, BLOCK_JOB_ERROR).

Values:

- "read": a read request.
- "write": a write request.

Since: 2.1

EQMP

    {
        .enum               = "OnOffAuto",
        .values             = "auto,on,off",
    },

SQMP
OnOffAuto
---------

A switch with a third choice that lets QEMU decide, used for example by
the "locking" option of file block nodes.

Values:

- "auto": QEMU chooses between on and off itself, typically by what
  the host supports.
- "on": enabled.
- "off": disabled.

Since: 2.2

EQMP

    {
        .enum               = "OnOffSplit",
        .values             = "on,off,split",
    },

SQMP
OnOffSplit
----------

A switch with a third, mixed choice, used for the KVM accelerator's
"kernel-irqchip" property (where "split" keeps part of the interrupt
controllers in the kernel and emulates the rest in QEMU).

Values:

- "on": enabled.
- "off": disabled.
- "split": partly enabled, partly disabled.

Since: 2.6

EQMP

    {
        .alternate          = "StrOrNull",
        .variants           = "s:str,"
                              "n:null",
    },

SQMP
StrOrNull
---------

A string, or an explicit JSON null standing for "no string". Used where
leaving the member out already means something else (typically "keep
the current value"), so that null can say "clear it", as in the TLS
parameters of migrate-set-parameters.

Members:

- "s": the string.
- "n": JSON null: no string.

Since: 2.10

EQMP

    {
        .enum               = "OffAutoPCIBAR",
        .values             = "off,auto,bar0,bar1,bar2,bar3,bar4,bar5",
    },

SQMP
OffAutoPCIBAR
-------------

Which PCI BAR (base address register) of a device a feature uses, or
whether it is off or placed by QEMU (used by VFIO devices, for example
to relocate the MSI-X table).

Values:

- "off": the feature is off.
- "auto": QEMU chooses the BAR.
- "bar0": the feature uses BAR 0.
- "bar1": the feature uses BAR 1.
- "bar2": the feature uses BAR 2.
- "bar3": the feature uses BAR 3.
- "bar4": the feature uses BAR 4.
- "bar5": the feature uses BAR 5.

Since: 2.12

EQMP

    {
        .enum               = "PCIELinkSpeed",
        .values             = "2_5,5,8,16,32,64",
    },

SQMP
PCIELinkSpeed
-------------

A PCI Express link speed, in gigatransfers per second (GT/s) per lane.

Values:

- "2_5": 2.5 GT/s (PCIe 1).
- "5": 5 GT/s (PCIe 2).
- "8": 8 GT/s (PCIe 3).
- "16": 16 GT/s (PCIe 4).
- "32": 32 GT/s (PCIe 5) (since 9.0).
- "64": 64 GT/s (PCIe 6) (since 9.0).

Since: 4.0

EQMP

    {
        .enum               = "PCIELinkWidth",
        .values             = "1,2,4,8,12,16,32",
    },

SQMP
PCIELinkWidth
-------------

A PCI Express link width: the number of lanes of the link.

Values:

- "1": one lane (x1).
- "2": two lanes (x2).
- "4": four lanes (x4).
- "8": eight lanes (x8).
- "12": twelve lanes (x12).
- "16": sixteen lanes (x16).
- "32": thirty-two lanes (x32).

Since: 4.0

EQMP

    {
        .enum               = "HostMemPolicy",
        .values             = "default,preferred,bind,interleave",
    },

SQMP
HostMemPolicy
-------------

The NUMA policy for allocating a memory backend's memory on the host's
nodes (the "policy" and "host-nodes" properties of memory-backend
objects).

Values:

- "default": drop any other policy and use the host's default
  allocation.
- "preferred": allocate from the given host nodes when possible, and
  from others when they run out.
- "bind": allocate only from the given host nodes, strictly.
- "interleave": spread the allocations across the given host nodes in
  turn.

Since: 2.1

EQMP

    {
        .enum               = "NetFilterDirection",
        .values             = "all,rx,tx",
    },

SQMP
NetFilterDirection
------------------

Which traffic of a network backend a network filter (filter-buffer,
filter-dump, ...) sees: the "queue" property of filter objects.

Values:

- "all": both queues: packets sent to the backend and packets sent by
  it (the default).
- "rx": the receive queue only: packets sent to the backend.
- "tx": the transmit queue only: packets sent by the backend.

Since: 2.5

EQMP

    {
        .enum               = "GrabToggleKeys",
        .values             = "ctrl-ctrl,alt-alt,shift-shift,meta-meta,scrolllock,"
                              "ctrl-scrolllock",
    },

SQMP
GrabToggleKeys
--------------

The key combination that moves an input-linux device's input between
host and guest (the "grab-toggle" property of input-linux objects).

Values:

- "ctrl-ctrl": the left and right Ctrl keys together.
- "alt-alt": the left and right Alt keys together.
- "shift-shift": the left and right Shift keys together.
- "meta-meta": the left and right Meta keys together.
- "scrolllock": the Scroll Lock key.
- "ctrl-scrolllock": either Ctrl key with Scroll Lock.

Since: 4.0

EQMP

    {
        .struct             = "HumanReadableText",
        .members            = "human-readable-text:str",
    },

SQMP
HumanReadableText
-----------------

Text formatted for people to read, as returned by the x-query-*
commands. Its layout is not stable: programs should not parse it.

Members:

- "human-readable-text": the formatted text, possibly over many lines.

Since: 6.2

EQMP

    {
        .enum               = "EndianMode",
        .values             = "unspecified,little,big",
    },

SQMP
EndianMode
----------

A byte order, for properties that select the endianness of a device
or of its registers.

Values:

- "unspecified": no byte order is given; the default of the device or
  target applies.
- "little": little-endian.
- "big": big-endian.

Since: 10.0

EQMP

