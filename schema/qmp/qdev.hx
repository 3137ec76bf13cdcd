HXCOMM Area 'qdev'.

    {
        .name               = "device-list-properties",
        .args_type          = "typename:str",
        .returns            = "[ObjectPropertyInfo]",
    },

SQMP
device-list-properties
----------------------

List the properties that a device model accepts, with their types,
defaults and help text.

Arguments:

- "typename": the device model (json-string)

Returns: [ObjectPropertyInfo]

Example: -> { "execute": "device-list-properties", "arguments": { "typename": "virtio-rng-pci" } }
<- { "return": [ { "name": "romfile", "type": "str" }, { "name": "romsize", "type": "uint32", "default-value": 4294967295 }, { "name": "x-pcie-ext-tag", "type": "bool", "description": "on/off", "default-value": true } ] }

Since: 1.2

EQMP

    {
        .name               = "device_add",
        .args_type          = "driver:str,"
                              "bus:str?,"
                              "id:str?",
        .gen                = false,
        .features           = "json-cli,json-cli-hotplug",
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

Features:

- "json-cli": TODO
- "json-cli-hotplug": TODO

Returns: an empty object

Example: -> { "execute": "device_add", "arguments": { "driver": "virtio-blk-pci", "id": "disk1", "drive": "node1" } }
<- { "return": {} }

Since: 0.13

EQMP

    {
        .name               = "device_del",
        .args_type          = "id:str",
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

Example: -> { "execute": "device_del", "arguments": { "id": "vd0" } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .event              = "DEVICE_DELETED",
        .data               = "device:str?,"
                              "path:str",
    },

SQMP
DEVICE_DELETED
--------------

A device finished unplugging and is gone. Sent for the device itself and
for some of its internal parts, which have a path but no id.

Data:

- "device": the device's identifier, when it had one (json-string, optional)
- "path": the device's QOM path (json-string)

Example: <- { "event": "DEVICE_DELETED", "data": { "device": "vd0", "path": "/machine/peripheral/vd0" }, "timestamp": { "seconds": 1795606307, "microseconds": 674811 } }

Since: 1.5

EQMP

    {
        .event              = "DEVICE_UNPLUG_GUEST_ERROR",
        .data               = "device:str?,"
                              "path:str",
    },

SQMP
DEVICE_UNPLUG_GUEST_ERROR
-------------------------

The guest refused or failed an unplug request made with "device_del".

Data:

- "device": the device's identifier, when it had one (json-string, optional)
- "path": the device's QOM path (json-string)

Example: <- { "event": "DEVICE_UNPLUG_GUEST_ERROR", "data": { "device": "dimm1", "path": "/machine/peripheral/dimm1" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 6.2

EQMP

    {
        .name               = "device-sync-config",
        .args_type          = "id:str",
        .features           = "unstable",
    },

SQMP
device-sync-config
------------------

TODO

Arguments:

- "id": TODO

Features:

- "unstable": TODO

Since: 9.2

EQMP

