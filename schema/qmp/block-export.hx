HXCOMM Area 'block-export'.

    {
        .struct             = "NbdServerOptionsBase",
        .members            = "handshake-max-seconds:uint32?,"
                              "tls-creds:str?,"
                              "tls-authz:str?,"
                              "max-connections:uint32?",
    },

SQMP
NbdServerOptionsBase
--------------------

TODO

Members:

- "handshake-max-seconds": TODO
- "tls-creds": TODO
- "tls-authz": TODO
- "max-connections": TODO

EQMP

    {
        .struct             = "NbdServerOptions",
        .base               = "NbdServerOptionsBase",
        .members            = "addr:SocketAddress",
    },

SQMP
NbdServerOptions
----------------

TODO

Members:

- "addr": TODO

EQMP

    {
        .struct             = "NbdServerOptionsLegacy",
        .base               = "NbdServerOptionsBase",
        .members            = "addr:SocketAddressLegacy",
    },

SQMP
NbdServerOptionsLegacy
----------------------

TODO

Members:

- "addr": TODO

EQMP

    {
        .name               = "nbd-server-start",
        .args               = "NbdServerOptionsLegacy",
        .allow_preconfig    = true,
    },

SQMP
nbd-server-start
----------------

TODO

Since: 1.3

EQMP

    {
        .struct             = "BlockExportOptionsNbdBase",
        .members            = "name:str?,"
                              "description:str?",
    },

SQMP
BlockExportOptionsNbdBase
-------------------------

TODO

Members:

- "name": TODO
- "description": TODO

Since: 5.0

EQMP

    {
        .struct             = "BlockExportOptionsNbd",
        .base               = "BlockExportOptionsNbdBase",
        .members            = "bitmaps:[BlockDirtyBitmapOrStr]?,"
                              "allocation-depth:bool?",
    },

SQMP
BlockExportOptionsNbd
---------------------

TODO

Members:

- "bitmaps": TODO
- "allocation-depth": TODO

Since: 5.2

EQMP

    {
        .struct             = "BlockExportOptionsVhostUserBlk",
        .members            = "addr:SocketAddress,"
                              "logical-block-size:size?,"
                              "num-queues:uint16?",
    },

SQMP
BlockExportOptionsVhostUserBlk
------------------------------

TODO

Members:

- "addr": TODO
- "logical-block-size": TODO
- "num-queues": TODO

Since: 5.2

EQMP

    {
        .enum               = "FuseExportAllowOther",
        .values             = "off,on,auto",
    },

SQMP
FuseExportAllowOther
--------------------

TODO

Values:

- "off": TODO
- "on": TODO
- "auto": TODO

Since: 6.1

EQMP

#if defined(CONFIG_FUSE)
    {
        .struct             = "BlockExportOptionsFuse",
        .members            = "mountpoint:str,"
                              "growable:bool?,"
                              "allow-other:FuseExportAllowOther?",
    },
#endif

SQMP
BlockExportOptionsFuse
----------------------

TODO

Members:

- "mountpoint": TODO
- "growable": TODO
- "allow-other": TODO

Since: 6.0

EQMP

    {
        .struct             = "BlockExportOptionsVduseBlk",
        .members            = "name:str,"
                              "num-queues:uint16?,"
                              "queue-size:uint16?,"
                              "logical-block-size:size?,"
                              "serial:str?",
    },

SQMP
BlockExportOptionsVduseBlk
--------------------------

TODO

Members:

- "name": TODO
- "num-queues": TODO
- "queue-size": TODO
- "logical-block-size": TODO
- "serial": TODO

Since: 7.1

EQMP

    {
        .struct             = "NbdServerAddOptions",
        .base               = "BlockExportOptionsNbdBase",
        .members            = "device:str,"
                              "writable:bool?,"
                              "bitmap:str?",
    },

SQMP
NbdServerAddOptions
-------------------

TODO

Members:

- "device": TODO
- "writable": TODO
- "bitmap": TODO

Since: 5.0

EQMP

    {
        .name               = "nbd-server-add",
        .args               = "NbdServerAddOptions",
        .boxed              = true,
        .allow_preconfig    = true,
        .features           = "deprecated",
    },

SQMP
nbd-server-add
--------------

TODO

Features:

- "deprecated": TODO

Since: 1.3

EQMP

    {
        .enum               = "BlockExportRemoveMode",
        .values             = "safe,hard",
    },

SQMP
BlockExportRemoveMode
---------------------

TODO

Values:

- "safe": TODO
- "hard": TODO

Since: 2.12

EQMP

    {
        .name               = "nbd-server-remove",
        .args_type          = "name:str,"
                              "mode:BlockExportRemoveMode?",
        .allow_preconfig    = true,
        .features           = "deprecated",
    },

SQMP
nbd-server-remove
-----------------

TODO

Arguments:

- "name": TODO
- "mode": TODO

Features:

- "deprecated": TODO

Since: 2.12

EQMP

    {
        .name               = "nbd-server-stop",
        .args_type          = "",
        .allow_preconfig    = true,
    },

SQMP
nbd-server-stop
---------------

TODO

Since: 1.3

EQMP

    {
        .enum               = "BlockExportType",
        .values             = "nbd,"
#if defined(CONFIG_VHOST_USER_BLK_SERVER)
                              "vhost-user-blk,"
#endif
#if defined(CONFIG_FUSE)
                              "fuse,"
#endif
#if defined(CONFIG_VDUSE_BLK_EXPORT)
                              "vduse-blk"
#endif
                              "",
    },

SQMP
BlockExportType
---------------

TODO

Values:

- "nbd": TODO
- "vhost-user-blk": TODO
- "fuse": TODO
- "vduse-blk": TODO

Since: 4.2

EQMP

    {
        .union              = "BlockExportOptions",
        .members            = "type:BlockExportType,"
                              "id:str,"
                              "fixed-iothread:bool?,"
                              "iothread:str?,"
                              "node-name:str,"
                              "writable:bool?,"
                              "writethrough:bool?,"
                              "allow-inactive:bool?",
        .discriminator      = "type",
        .variants           = "nbd:BlockExportOptionsNbd,"
#if defined(CONFIG_VHOST_USER_BLK_SERVER)
                              "vhost-user-blk:BlockExportOptionsVhostUserBlk,"
#endif
#if defined(CONFIG_FUSE)
                              "fuse:BlockExportOptionsFuse,"
#endif
#if defined(CONFIG_VDUSE_BLK_EXPORT)
                              "vduse-blk:BlockExportOptionsVduseBlk"
#endif
                              "",
    },

SQMP
BlockExportOptions
------------------

TODO

Members:

- "type": TODO
- "id": TODO
- "fixed-iothread": TODO
- "iothread": TODO
- "node-name": TODO
- "writable": TODO
- "writethrough": TODO
- "allow-inactive": TODO

Since: 4.2

EQMP

    {
        .name               = "block-export-add",
        .args               = "BlockExportOptions",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
block-export-add
----------------

TODO

Since: 5.2

EQMP

    {
        .name               = "block-export-del",
        .args_type          = "id:str,"
                              "mode:BlockExportRemoveMode?",
        .allow_preconfig    = true,
    },

SQMP
block-export-del
----------------

TODO

Arguments:

- "id": TODO
- "mode": TODO

Since: 5.2

EQMP

    {
        .event              = "BLOCK_EXPORT_DELETED",
        .data               = "id:str",
    },

SQMP
BLOCK_EXPORT_DELETED
--------------------

TODO

Data:

- "id": TODO

Since: 5.2

EQMP

    {
        .struct             = "BlockExportInfo",
        .members            = "id:str,"
                              "type:BlockExportType,"
                              "node-name:str,"
                              "shutting-down:bool",
    },

SQMP
BlockExportInfo
---------------

TODO

Members:

- "id": TODO
- "type": TODO
- "node-name": TODO
- "shutting-down": TODO

Since: 5.2

EQMP

    {
        .name               = "query-block-exports",
        .args_type          = "",
        .returns            = "[BlockExportInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-block-exports
-------------------

TODO

Returns: [BlockExportInfo]. TODO

Since: 5.2

EQMP

