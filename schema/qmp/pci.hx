HXCOMM Area 'pci'.

    {
        .struct             = "PciMemoryRange",
        .members            = "base:int,"
                              "limit:int",
    },

SQMP
PciMemoryRange
--------------

A structure used by PciBusInfo.

Members:

- "base": TODO
- "limit": TODO

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

A structure used by PciDeviceInfo.

Members:

- "bar": TODO
- "type": TODO
- "address": TODO
- "size": TODO
- "prefetch": TODO
- "mem_type_64": TODO

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

A structure used by PciBridgeInfo.

Members:

- "number": TODO
- "secondary": TODO
- "subordinate": TODO
- "io_range": TODO
- "memory_range": TODO
- "prefetchable_range": TODO

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

A structure used by PciDeviceInfo.

Members:

- "bus": TODO
- "devices": TODO

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

A structure used by PciDeviceInfo.

Members:

- "desc": TODO
- "class": TODO

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

A structure used by PciDeviceInfo.

Members:

- "device": TODO
- "vendor": TODO
- "subsystem": TODO
- "subsystem-vendor": TODO

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

A PCI device: address, IDs, class, interrupt and BARs.

Members:

- "bus": TODO
- "slot": TODO
- "function": TODO
- "class_info": TODO
- "id": TODO
- "irq": TODO
- "irq_pin": TODO
- "qdev_id": TODO
- "pci_bridge": TODO
- "regions": TODO

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

A PCI bus and the devices on it.

Members:

- "bus": TODO
- "devices": TODO

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

Describe the PCI buses of the machine and the devices on them, with their
IDs, class, interrupts and memory regions.

Arguments: None.

Returns: [PciInfo]

Example: -> { "execute": "query-pci" }
<- { "return": [ { "bus": 0, "devices": [ { "bus": 0, "slot": 1, "function": 1, "class_info": { "class": 257, "desc": "IDE controller" }, "id": { "device": 28688, "vendor": 32902, "subsystem": 4352, "subsystem-vendor": 6900 }, "irq_pin": 0, "qdev_id": "", "regions": [ { "bar": 4, "type": "io", "address": -1, "size": 16 } ] } ] } ] }

Since: 0.14

EQMP

