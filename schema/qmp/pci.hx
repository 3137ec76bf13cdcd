HXCOMM Area 'pci'.

SQMP
PCI
===

The guest's PCI buses as QEMU emulates them: which devices sit at which
bus/slot/function address, their IDs and class, interrupts, BARs and
the windows PCI bridges forward.

EQMP

    {
        .struct             = "PciMemoryRange",
        .members            = "base:int,"
                              "limit:int",
    },

SQMP
PciMemoryRange
--------------

An address window a PCI bridge forwards to the bus behind it, in the
guest's physical address space (port I/O space for the I/O window).

Members:

- "base": the first address of the window.
- "limit": the last address of the window (inclusive, so a 4 KiB window
  at 0xc000 has limit 0xcfff).

Since: 0.14

EQMP

    {
        .struct             = "PciMemoryRegion",
        .members            = "bar:int,"
                              "type:str,"
                              "address:int,"
                              "size:int,"
                              "prefetch:bool?,"
                              "mem_type_64:bool?",
    },

SQMP
PciMemoryRegion
---------------

One I/O region of a PCI device, as decoded by one of its Base Address
Registers (BARs) or its expansion ROM.

Members:

- "bar": the index of the Base Address Register: 0 to 5, or 6 for the
  expansion ROM.
- "type": "io" for a port I/O (PIO) region, "memory" for a
  memory-mapped (MMIO) region.
- "address": the guest address the region is mapped at (in port I/O
  space for "io"); -1 while the guest's firmware or OS has not
  assigned an address to the BAR.
- "size": the size of the region, in bytes.
- "prefetch": for a "memory" region, whether it is prefetchable.
  Absent for "io" regions.
- "mem_type_64": for a "memory" region, whether the BAR is a 64-bit
  BAR (can be placed above 4 GiB). Absent for "io" regions.

Since: 0.14

EQMP

    {
        .struct             = "PciBusInfo",
        .members            = "number:int,"
                              "secondary:int,"
                              "subordinate:int,"
                              "io_range:PciMemoryRange,"
                              "memory_range:PciMemoryRange,"
                              "prefetchable_range:PciMemoryRange",
    },

SQMP
PciBusInfo
----------

The bus numbers and forwarding windows of a PCI bridge.

Members:

- "number": the primary bus number: the number of the bus the bridge
  itself is plugged into.
- "secondary": the secondary bus number: the number of the bus directly
  behind the bridge.
- "subordinate": the highest bus number found anywhere behind the
  bridge (including buses behind further bridges).
- "io_range": the port I/O window forwarded to the devices behind the
  bridge.
- "memory_range": the MMIO window forwarded to the devices behind the
  bridge.
- "prefetchable_range": the window of prefetchable MMIO forwarded to
  the devices behind the bridge.

Since: 2.4

EQMP

    {
        .struct             = "PciBridgeInfo",
        .members            = "bus:PciBusInfo,"
                              "devices:[PciDeviceInfo]?",
    },

SQMP
PciBridgeInfo
-------------

What query-pci adds for a device that is a PCI bridge: its buses and
the devices behind it.

Members:

- "bus": the bridge's bus numbers and windows.
- "devices": the devices on the bus behind the bridge, described the
  same way as those of the root bus. Absent when that bus has no
  devices.

Since: 0.14

EQMP

    {
        .struct             = "PciDeviceClass",
        .members            = "desc:str?,"
                              "class:int",
    },

SQMP
PciDeviceClass
--------------

The class of a PCI device, from its configuration space.

Members:

- "desc": a readable name of the class (for example "IDE controller").
  Only for humans: the wording may change between QEMU versions, do not
  parse it. Absent when QEMU has no name for the class.
- "class": the class code: base class in the high byte and subclass in
  the low byte (for example 0x0101, 257, for an IDE controller), without
  the programming interface byte.

Since: 2.4

EQMP

    {
        .struct             = "PciDeviceId",
        .members            = "device:int,"
                              "vendor:int,"
                              "subsystem:int?,"
                              "subsystem-vendor:int?",
    },

SQMP
PciDeviceId
-----------

The identifiers of a PCI device from its configuration space.

Members:

- "device": the device ID.
- "vendor": the vendor ID (for example 0x8086, 32902, for Intel).
- "subsystem": the subsystem ID (reported since 3.1). Absent for
  devices without one, such as PCI bridges.
- "subsystem-vendor": the subsystem vendor ID (reported since 3.1).
  Absent for devices without one, such as PCI bridges.

Since: 2.4

EQMP

    {
        .struct             = "PciDeviceInfo",
        .members            = "bus:int,"
                              "slot:int,"
                              "function:int,"
                              "class_info:PciDeviceClass,"
                              "id:PciDeviceId,"
                              "irq:int?,"
                              "irq_pin:int,"
                              "qdev_id:str,"
                              "pci_bridge:PciBridgeInfo?,"
                              "regions:[PciMemoryRegion]",
    },

SQMP
PciDeviceInfo
-------------

One function of a PCI device: its address, IDs, class, interrupt, I/O
regions and, for a bridge, what is behind it.

Members:

- "bus": the number of the bus the device is on.
- "slot": the slot (device number) on that bus, 0 to 31.
- "function": the function number within the slot, 0 to 7.
- "class_info": the device's class.
- "id": the device's vendor, device and subsystem IDs.
- "irq": the interrupt line the device's interrupt pin is routed to.
  Absent when no IRQ is assigned.
- "irq_pin": the interrupt pin the device uses: 1 to 4 for INTA# to
  INTD#, 0 for none (reported since 5.1).
- "qdev_id": the device's ID as given with -device/device_add "id";
  an empty string when it has none.
- "pci_bridge": the buses and devices behind the device. Only present
  when the device is a PCI bridge.
- "regions": the device's I/O regions (BARs and expansion ROM); empty
  when it has none.

Since: 0.14

EQMP

    {
        .struct             = "PciInfo",
        .members            = "bus:int,"
                              "devices:[PciDeviceInfo]",
    },

SQMP
PciInfo
-------

A PCI root bus and the devices on it.

Members:

- "bus": the number of the bus.
- "devices": the devices on the bus; devices behind bridges are listed
  inside their bridge ("pci_bridge").

Since: 0.14

EQMP

    {
        .name               = "query-pci",
        .args_type          = "",
        .returns            = "[PciInfo]",
    },

SQMP
query-pci
---------

Describe the guest's PCI topology: every PCI root bus with the devices
on it, and behind each bridge the bus and devices behind it, each with
its address, IDs, class, interrupt and I/O regions (BARs).

Arguments: None.

Returns: a list of PciInfo, one per PCI root bus.

Since: 0.14

Example:

(Captured from -M pc with "-device pci-bridge,id=br0,chassis_nr=1,addr=3
-device virtio-rng-pci,id=rng0,bus=br0,addr=1" after the firmware ran;
shortened to the IDE controller and the bridge.)

-> {"execute": "query-pci"}
<- {"return": [{"bus": 0, "devices": [
     {"irq_pin": 0, "bus": 0, "qdev_id": "", "slot": 1, "class_info": {"class": 257, "desc": "IDE controller"}, "id": {"device": 28688, "subsystem-vendor": 6900, "vendor": 32902, "subsystem": 4352}, "function": 1, "regions": [{"bar": 4, "size": 16, "address": 53248, "type": "io"}]},
     {"irq_pin": 1, "bus": 0, "pci_bridge": {"bus": {"prefetchable_range": {"limit": 4273995775, "base": 4271898624}, "memory_range": {"limit": 4269801471, "base": 4267704320}, "secondary": 1, "io_range": {"limit": 53247, "base": 49152}, "number": 0, "subordinate": 1},
        "devices": [{"irq_pin": 1, "bus": 1, "qdev_id": "rng0", "irq": 11, "slot": 1, "class_info": {"class": 255}, "id": {"device": 4101, "subsystem-vendor": 6900, "vendor": 6900, "subsystem": 4}, "function": 0,
                     "regions": [{"bar": 0, "size": 32, "address": 49152, "type": "io"}, {"prefetch": false, "mem_type_64": false, "bar": 1, "size": 4096, "address": 4267704320, "type": "memory"}, {"prefetch": true, "mem_type_64": true, "bar": 4, "size": 16384, "address": 4271898624, "type": "memory"}]}]},
      "qdev_id": "br0", "irq": 11, "slot": 3, "class_info": {"class": 1540, "desc": "PCI bridge"}, "id": {"device": 1, "vendor": 6966}, "function": 0, "regions": [{"prefetch": false, "mem_type_64": true, "bar": 0, "size": 256, "address": 4269801472, "type": "memory"}]}]}]}

EQMP

