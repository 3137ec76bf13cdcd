HXCOMM Area 'qdev'.

SQMP
Device infrastructure (qdev)
============================

Adding and removing guest devices while the machine runs (hotplug and
hot-unplug), listing the properties of device models, and the events
that tell when an unplug completed or failed.

EQMP

    {
        .name               = "device-list-properties",
        .args_type          = "typename:str",
        .returns            = "[ObjectPropertyInfo]",
    },

SQMP
device-list-properties
----------------------

List the properties that a device model accepts (with device_add or
-device), with their types, defaults and descriptions. Properties that
objects create at run time, such as links to other devices and
objects, are not in the list.

Arguments:

- "typename": the name of the device model, such as "virtio-net-pci"
  (see qom-list-types, or -device help). It must be a device type that
  is not abstract.

Returns: a list of ObjectPropertyInfo, one per property.

Errors:

- DeviceNotFound when no type has that name.
- GenericError when the type is abstract or not a device.

Since: 1.2

Example:

-> {"execute": "device-list-properties", "arguments": {"typename": "pvpanic"}}
<- {"return": [{"default-value": 1285, "name": "ioport", "type": "uint16"}, {"default-value": 7, "name": "events", "type": "uint8"}, {"name": "pvpanic[0]", "type": "child<memory-region>"}]}
-> {"execute": "device-list-properties", "arguments": {"typename": "nosuch"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'nosuch' not found"}}
-> {"execute": "device-list-properties", "arguments": {"typename": "usb-device"}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'typename' expects a non-abstract device type"}}

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

Create a device and plug it into the machine: hotplug while the guest
runs, or cold plug before it starts (-S). Besides "driver", "bus" and
"id", the command takes the properties of the chosen device model as
further arguments (for example "drive" for a disk or "netdev" for a
network card); which ones depends on the model, so the schema does not
list them and QEMU checks them itself. device-list-properties, or
-device DEVICE,help on the command line, tells which properties a
model has.

Arguments:

- "driver": the device model (the name of the device's type), such as
  "virtio-blk-pci".
- "bus": the bus the device is plugged into, as a device tree path
  (such as "pci.0"); QEMU picks a suitable bus when absent.
- "id": the device's ID, unique among devices, by which device_del and
  events refer to it. When absent, the device has no ID and is
  reachable only by its QOM path, /machine/peripheral-anon/device[N].

Features:

- "json-cli": present when -device on the command line accepts JSON
  with the same structure as the arguments of this command.
- "json-cli-hotplug": present when -device with JSON no longer leaks a
  reference to the device, a leak that used to break hot-unplug of
  such devices.

Errors:

- GenericError when the device model does not exist, the ID is in
  use, a property is invalid, or the bus cannot take the device.

Since: 0.13

Example:

(Captured with -device qemu-xhci,id=xhci.)

-> {"execute": "device_add", "arguments": {"driver": "usb-kbd", "id": "kbd0", "bus": "xhci.0"}}
<- {"return": {}}
-> {"execute": "device_add", "arguments": {"driver": "virtio-rng-pci", "id": "rng0", "bus": "pci.0", "addr": "0x5"}}
<- {"return": {}}
-> {"execute": "device_add", "arguments": {"driver": "usb-kbd", "id": "kbd0"}}
<- {"error": {"class": "GenericError", "desc": "Duplicate device ID 'kbd0'"}}
-> {"execute": "device_add", "arguments": {"driver": "nosuch"}}
<- {"error": {"class": "GenericError", "desc": "'nosuch' is not a valid device model name"}}

EQMP

    {
        .name               = "device_del",
        .args_type          = "id:str",
    },

SQMP
device_del
----------

Ask for a device to be unplugged from the guest. Hot removal usually
needs the guest's cooperation (for PCI, the guest must release the
device), so the command only starts it: the device may still be there
when the reply arrives. A DEVICE_DELETED event tells when it is gone
and its ID may be reused; a DEVICE_UNPLUG_GUEST_ERROR event tells that
the guest reported a failure, in which case the device stays. Some
failures cannot be detected, so neither event may come. A reset of the
guest completes every pending removal.

Arguments:

- "id": the device's ID or its QOM path (such as
  "/machine/peripheral-anon/device[0]" for a device without an ID).

Errors:

- DeviceNotFound when no device has that ID or path.

Since: 0.14

Example:

-> {"execute": "device_del", "arguments": {"id": "kbd0"}}
<- {"return": {}}
-> {"execute": "device_del", "arguments": {"id": "/machine/peripheral-anon/device[0]"}}
<- {"return": {}}
-> {"execute": "device_del", "arguments": {"id": "nosuch"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'nosuch' not found"}}

EQMP

    {
        .event              = "DEVICE_DELETED",
        .data               = "device:str?,"
                              "path:str",
    },

SQMP
DEVICE_DELETED
--------------

A device is gone: its removal finished, whether the guest or a monitor
command (device_del) started it. From now on its ID may be reused.
Devices that contain other devices send the event for those parts too;
the parts usually have a QOM path but no ID.

Data:

- "device": the ID of the device; absent when it had none.
- "path": the QOM path of the device.

Since: 1.5

Example:

(Captured after device_del of a virtio-rng-pci device "rng0". Just
before it came the event of its inner virtio device, which has no ID:
"data": {"path": "/machine/peripheral/rng0/virtio-backend"}.)

<- {"timestamp": {"seconds": 1796448971, "microseconds": 252029}, "event": "DEVICE_DELETED", "data": {"device": "rng0", "path": "/machine/peripheral/rng0"}}

EQMP

    {
        .event              = "DEVICE_UNPLUG_GUEST_ERROR",
        .data               = "device:str?,"
                              "path:str",
    },

SQMP
DEVICE_UNPLUG_GUEST_ERROR
-------------------------

The guest reported an error while removing a device requested with
device_del: the hot unplug failed and the device stays.

Data:

- "device": the ID of the device; absent when it has none.
- "path": the QOM path of the device.

Since: 6.2

Example:

(Written from the schema, not captured from a server.)

<- {"event": "DEVICE_UNPLUG_GUEST_ERROR", "data": {"device": "core1", "path": "/machine/peripheral/core1"}, "timestamp": {"seconds": 1796449200, "microseconds": 202844}}

EQMP

    {
        .name               = "device-sync-config",
        .args_type          = "id:str",
        .features           = "unstable",
    },

SQMP
device-sync-config
------------------

Make a device pick up a configuration change of its backend: QEMU
copies the configuration from the host side (the backend) to the
guest-visible side (the frontend), then notifies the guest that the
device's configuration changed. Used for example to tell the guest that
the capacity of a block device changed. Only vhost-user-blk devices
support it so far.

Arguments:

- "id": the device's ID or its QOM path.

Features:

- "unstable": the command is experimental and may change or go away.

Errors:

- GenericError when the device does not exist or does not support the
  command.

Since: 9.2

Example:

(Captured with a virtio-rng-pci device "rng0", which does not support
it.)

-> {"execute": "device-sync-config", "arguments": {"id": "rng0"}}
<- {"error": {"class": "GenericError", "desc": "device-sync-config is not supported for 'virtio-rng-device'"}}

Example:

(Written from the schema, not captured from a server.)

-> {"execute": "device-sync-config", "arguments": {"id": "vhost-blk0"}}
<- {"return": {}}

EQMP

