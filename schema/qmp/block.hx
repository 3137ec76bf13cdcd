HXCOMM Area 'block'.

    {
        .enum               = "BiosAtaTranslation",
        .values             = "auto,none,lba,large,rechs",
    },

SQMP
BiosAtaTranslation
------------------

TODO

Values:

- "auto": TODO
- "none": TODO
- "lba": TODO
- "large": TODO
- "rechs": TODO

Since: 2.0

EQMP

    {
        .enum               = "FloppyDriveType",
        .values             = "144,288,120,none,auto",
    },

SQMP
FloppyDriveType
---------------

TODO

Values:

- "144": TODO
- "288": TODO
- "120": TODO
- "none": TODO
- "auto": TODO

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

TODO

Members:

- "id": TODO
- "connected": TODO

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

TODO

Returns: [PRManagerInfo]. TODO

Since: 3.0

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

TODO

Arguments:

- "device": TODO
- "id": TODO
- "force": TODO

Features:

- "deprecated": TODO

Since: 0.14

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

TODO

Arguments:

- "device": TODO
- "id": TODO
- "force": TODO

Features:

- "deprecated": TODO

Since: 2.5

EQMP

    {
        .name               = "blockdev-close-tray",
        .args_type          = "device:str? +deprecated,"
                              "id:str?",
    },

SQMP
blockdev-close-tray
-------------------

TODO

Arguments:

- "device": TODO
- "id": TODO

Features:

- "deprecated": TODO

Since: 2.5

EQMP

    {
        .name               = "blockdev-remove-medium",
        .args_type          = "id:str",
    },

SQMP
blockdev-remove-medium
----------------------

TODO

Arguments:

- "id": TODO

Since: 2.12

EQMP

    {
        .name               = "blockdev-insert-medium",
        .args_type          = "id:str,"
                              "node-name:str",
    },

SQMP
blockdev-insert-medium
----------------------

TODO

Arguments:

- "id": TODO
- "node-name": TODO

Since: 2.12

EQMP

    {
        .enum               = "BlockdevChangeReadOnlyMode",
        .values             = "retain,read-only,read-write",
    },

SQMP
BlockdevChangeReadOnlyMode
--------------------------

TODO

Values:

- "retain": TODO
- "read-only": TODO
- "read-write": TODO

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

TODO

Arguments:

- "device": TODO
- "id": TODO
- "filename": TODO
- "format": TODO
- "force": TODO
- "read-only-mode": TODO

Features:

- "deprecated": TODO

Since: 2.5

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

The tray of a removable-media drive opened or closed, on request of the
guest or of the host.

Data:

- "device": the block device's name (empty when it has none) (json-string)
- "id": the drive's QOM path or identifier (json-string)
- "tray-open": whether the tray is now open (json-bool)

Example: <- { "event": "DEVICE_TRAY_MOVED", "data": { "device": "", "id": "/machine/peripheral/cd0", "tray-open": true }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 1.1

EQMP

    {
        .event              = "PR_MANAGER_STATUS_CHANGED",
        .data               = "id:str,"
                              "connected:bool",
    },

SQMP
PR_MANAGER_STATUS_CHANGED
-------------------------

TODO

Data:

- "id": TODO
- "connected": TODO

Since: 3.0

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

TODO

Since: 1.1

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

TODO

Arguments:

- "id": TODO
- "boundaries": TODO
- "boundaries-read": TODO
- "boundaries-write": TODO
- "boundaries-zap": TODO
- "boundaries-flush": TODO

Since: 4.0

EQMP

