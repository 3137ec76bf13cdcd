HXCOMM Area 'virtio'.

    {
        .struct             = "VirtioInfo",
        .members            = "path:str,"
                              "name:str",
    },

SQMP
VirtioInfo
----------

TODO

Members:

- "path": TODO
- "name": TODO

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

TODO

Features:

- "unstable": TODO

Returns: [VirtioInfo]. TODO

Since: 7.2

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

TODO

Members:

- "n-mem-sections": TODO
- "n-tmp-sections": TODO
- "nvqs": TODO
- "vq-index": TODO
- "features": TODO
- "acked-features": TODO
- "backend-features": TODO
- "protocol-features": TODO
- "max-queues": TODO
- "backend-cap": TODO
- "log-enabled": TODO
- "log-size": TODO

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

TODO

Members:

- "name": TODO
- "device-id": TODO
- "vhost-started": TODO
- "device-endian": TODO
- "guest-features": TODO
- "host-features": TODO
- "backend-features": TODO
- "num-vqs": TODO
- "status": TODO
- "isr": TODO
- "queue-sel": TODO
- "vm-running": TODO
- "broken": TODO
- "disabled": TODO
- "use-started": TODO
- "started": TODO
- "start-on-kick": TODO
- "disable-legacy-check": TODO
- "bus-name": TODO
- "use-guest-notifier-mask": TODO
- "vhost-dev": TODO

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

TODO

Arguments:

- "path": TODO

Features:

- "unstable": TODO

Returns: VirtioStatus. TODO

Since: 7.2

EQMP

    {
        .struct             = "VirtioDeviceStatus",
        .members            = "statuses:[str],"
                              "unknown-statuses:uint8?",
    },

SQMP
VirtioDeviceStatus
------------------

TODO

Members:

- "statuses": TODO
- "unknown-statuses": TODO

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

TODO

Members:

- "protocols": TODO
- "unknown-protocols": TODO

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

TODO

Members:

- "transports": TODO
- "dev-features": TODO
- "unknown-dev-features": TODO

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

TODO

Members:

- "name": TODO
- "queue-index": TODO
- "inuse": TODO
- "vring-num": TODO
- "vring-num-default": TODO
- "vring-align": TODO
- "vring-desc": TODO
- "vring-avail": TODO
- "vring-used": TODO
- "last-avail-idx": TODO
- "shadow-avail-idx": TODO
- "used-idx": TODO
- "signalled-used": TODO
- "signalled-used-valid": TODO

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

TODO

Arguments:

- "path": TODO
- "queue": TODO

Features:

- "unstable": TODO

Returns: VirtQueueStatus. TODO

Since: 7.2

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

TODO

Members:

- "name": TODO
- "kick": TODO
- "call": TODO
- "desc": TODO
- "avail": TODO
- "used": TODO
- "num": TODO
- "desc-phys": TODO
- "desc-size": TODO
- "avail-phys": TODO
- "avail-size": TODO
- "used-phys": TODO
- "used-size": TODO

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

TODO

Arguments:

- "path": TODO
- "queue": TODO

Features:

- "unstable": TODO

Returns: VirtVhostQueueStatus. TODO

Since: 7.2

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

TODO

Members:

- "addr": TODO
- "len": TODO
- "flags": TODO

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

TODO

Members:

- "flags": TODO
- "idx": TODO
- "ring": TODO

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

TODO

Members:

- "flags": TODO
- "idx": TODO

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

TODO

Members:

- "name": TODO
- "index": TODO
- "descs": TODO
- "avail": TODO
- "used": TODO

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

TODO

Arguments:

- "path": TODO
- "queue": TODO
- "index": TODO

Features:

- "unstable": TODO

Returns: VirtioQueueElement. TODO

Since: 7.2

EQMP

    {
        .struct             = "IOThreadVirtQueueMapping",
        .members            = "iothread:str,"
                              "vqs:[uint16]?",
    },

SQMP
IOThreadVirtQueueMapping
------------------------

TODO

Members:

- "iothread": TODO
- "vqs": TODO

Since: 9.0

EQMP

    {
        .struct             = "DummyVirtioForceArrays",
        .members            = "unused-iothread-vq-mapping:[IOThreadVirtQueueMapping]",
    },

SQMP
DummyVirtioForceArrays
----------------------

TODO

Members:

- "unused-iothread-vq-mapping": TODO

Since: 9.0

EQMP

    {
        .enum               = "GranuleMode",
        .values             = "4k,8k,16k,64k,host",
    },

SQMP
GranuleMode
-----------

TODO

Values:

- "4k": TODO
- "8k": TODO
- "16k": TODO
- "64k": TODO
- "host": TODO

Since: 9.0

EQMP

    {
        .enum               = "VMAppleVirtioBlkVariant",
        .values             = "unspecified,root,aux",
    },

SQMP
VMAppleVirtioBlkVariant
-----------------------

TODO

Values:

- "unspecified": TODO
- "root": TODO
- "aux": TODO

Since: 9.2

EQMP

