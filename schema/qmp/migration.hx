HXCOMM Area 'migration'.

    {
        .struct             = "MigrationStats",
        .members            = "transferred:int,"
                              "remaining:int,"
                              "total:int,"
                              "duplicate:int,"
                              "normal:int,"
                              "normal-bytes:int,"
                              "dirty-pages-rate:int,"
                              "mbps:number,"
                              "dirty-sync-count:int,"
                              "postcopy-requests:int,"
                              "page-size:int,"
                              "multifd-bytes:uint64,"
                              "pages-per-second:uint64,"
                              "precopy-bytes:uint64,"
                              "downtime-bytes:uint64,"
                              "postcopy-bytes:uint64,"
                              "dirty-sync-missed-zero-copy:uint64",
    },

SQMP
MigrationStats
--------------

RAM transfer statistics of a migration.

Members:

- "transferred": TODO
- "remaining": TODO
- "total": TODO
- "duplicate": TODO
- "normal": TODO
- "normal-bytes": TODO
- "dirty-pages-rate": TODO
- "mbps": TODO
- "dirty-sync-count": TODO
- "postcopy-requests": TODO
- "page-size": TODO
- "multifd-bytes": TODO
- "pages-per-second": TODO
- "precopy-bytes": TODO
- "downtime-bytes": TODO
- "postcopy-bytes": TODO
- "dirty-sync-missed-zero-copy": TODO

Since: 0.14

EQMP

    {
        .struct             = "XBZRLECacheStats",
        .members            = "cache-size:size,"
                              "bytes:int,"
                              "pages:int,"
                              "cache-miss:int,"
                              "cache-miss-rate:number,"
                              "encoding-rate:number,"
                              "overflow:int",
    },

SQMP
XBZRLECacheStats
----------------

A structure used by MigrationInfo.

Members:

- "cache-size": TODO
- "bytes": TODO
- "pages": TODO
- "cache-miss": TODO
- "cache-miss-rate": TODO
- "encoding-rate": TODO
- "overflow": TODO

Since: 1.2

EQMP

    {
        .struct             = "CompressionStats",
        .members            = "pages:int,"
                              "busy:int,"
                              "busy-rate:number,"
                              "compressed-size:int,"
                              "compression-rate:number",
    },

SQMP
CompressionStats
----------------

TODO

Members:

- "pages": TODO
- "busy": TODO
- "busy-rate": TODO
- "compressed-size": TODO
- "compression-rate": TODO

Since: 3.1

EQMP

    {
        .enum               = "MigrationStatus",
        .values             = "none,setup,cancelling,cancelled,active,postcopy-active,"
                              "postcopy-paused,postcopy-recover-setup,postcopy-recover,"
                              "completed,failed,colo,pre-switchover,device,wait-unplug",
    },

SQMP
MigrationStatus
---------------

The states of a migration.

Values:

- "none": TODO
- "setup": TODO
- "cancelling": TODO
- "cancelled": TODO
- "active": TODO
- "postcopy-active": TODO
- "postcopy-paused": TODO
- "postcopy-recover-setup": TODO
- "postcopy-recover": TODO
- "completed": TODO
- "failed": TODO
- "colo": TODO
- "pre-switchover": TODO
- "device": TODO
- "wait-unplug": TODO

Since: 2.3

EQMP

    {
        .struct             = "VfioStats",
        .members            = "transferred:int",
    },

SQMP
VfioStats
---------

A structure used by MigrationInfo.

Members:

- "transferred": TODO

Since: 5.2

EQMP

    {
        .struct             = "MigrationInfo",
        .members            = "status:MigrationStatus?,"
                              "ram:MigrationStats?,"
                              "vfio:VfioStats?,"
                              "xbzrle-cache:XBZRLECacheStats?,"
                              "total-time:int?,"
                              "expected-downtime:int?,"
                              "downtime:int?,"
                              "setup-time:int?,"
                              "cpu-throttle-percentage:int?,"
                              "error-desc:str?,"
                              "blocked-reasons:[str]?,"
                              "postcopy-blocktime:uint32?,"
                              "postcopy-vcpu-blocktime:[uint32]?,"
                              "socket-address:[SocketAddress]?,"
                              "dirty-limit-throttle-time-per-round:uint64?,"
                              "dirty-limit-ring-full-time:uint64?",
    },

SQMP
MigrationInfo
-------------

The state and statistics of the current or last migration.

Members:

- "status": TODO
- "ram": TODO
- "vfio": TODO
- "xbzrle-cache": TODO
- "total-time": TODO
- "expected-downtime": TODO
- "downtime": TODO
- "setup-time": TODO
- "cpu-throttle-percentage": TODO
- "error-desc": TODO
- "blocked-reasons": TODO
- "postcopy-blocktime": TODO
- "postcopy-vcpu-blocktime": TODO
- "socket-address": TODO
- "dirty-limit-throttle-time-per-round": TODO
- "dirty-limit-ring-full-time": TODO

Since: 0.14

EQMP

    {
        .name               = "query-migrate",
        .args_type          = "",
        .returns            = "MigrationInfo",
    },

SQMP
query-migrate
-------------

Report the state of the current (or last) migration with transfer
statistics. Members appear only when they make sense for the state: an
idle QEMU replies with an empty object.

Arguments: None.

Returns: MigrationInfo

Example: -> { "execute": "query-migrate" }
<- { "return": { "status": "completed", "setup-time": 0, "downtime": 1, "total-time": 8,
                 "ram": { "total": 135012352, "remaining": 0, "transferred": 959883, "duplicate": 32850, "normal": 112, "normal-bytes": 458752, "dirty-pages-rate": 0, "mbps": 959.883,
                          "dirty-sync-count": 2, "postcopy-requests": 0, "page-size": 4096, "multifd-bytes": 0, "pages-per-second": 0, "precopy-bytes": 0, "downtime-bytes": 755422,
                          "postcopy-bytes": 0, "dirty-sync-missed-zero-copy": 0 } } }

Since: 0.14

EQMP

    {
        .enum               = "MigrationCapability",
        .values             = "xbzrle,rdma-pin-all,auto-converge,"
                              "zero-blocks +deprecated,events,postcopy-ram,"
                              "x-colo +unstable,release-ram,return-path,pause-before-switchover,"
                              "multifd,dirty-bitmaps,postcopy-blocktime,late-block-activate,"
                              "x-ignore-shared +unstable,validate-uuid,background-snapshot,"
                              "zero-copy-send,postcopy-preempt,switchover-ack,dirty-limit,"
                              "mapped-ram",
    },

SQMP
MigrationCapability
-------------------

The migration features that can be switched on or off.

Values:

- "xbzrle": TODO
- "rdma-pin-all": TODO
- "auto-converge": TODO
- "zero-blocks": TODO
- "events": TODO
- "postcopy-ram": TODO
- "x-colo": TODO
- "release-ram": TODO
- "return-path": TODO
- "pause-before-switchover": TODO
- "multifd": TODO
- "dirty-bitmaps": TODO
- "postcopy-blocktime": TODO
- "late-block-activate": TODO
- "x-ignore-shared": TODO
- "validate-uuid": TODO
- "background-snapshot": TODO
- "zero-copy-send": TODO
- "postcopy-preempt": TODO
- "switchover-ack": TODO
- "dirty-limit": TODO
- "mapped-ram": TODO

Features:

- "deprecated": TODO
- "unstable": TODO

Since: 1.2

EQMP

    {
        .struct             = "MigrationCapabilityStatus",
        .members            = "capability:MigrationCapability,"
                              "state:bool",
    },

SQMP
MigrationCapabilityStatus
-------------------------

A migration capability and whether it is on.

Members:

- "capability": TODO
- "state": TODO

Since: 1.2

EQMP

    {
        .name               = "migrate-set-capabilities",
        .args_type          = "capabilities:[MigrationCapabilityStatus]",
    },

SQMP
migrate-set-capabilities
------------------------

Switch migration capabilities on or off before a migration starts. Both
sides usually need the same settings.

Arguments:

- "capabilities": the capabilities to change, each with its new state
  (json-array, array of MigrationCapabilityStatus)

Returns: an empty object

Example: -> { "execute": "migrate-set-capabilities", "arguments": { "capabilities": [ { "capability": "events", "state": true } ] } }
<- { "return": {} }

Since: 1.2

EQMP

    {
        .name               = "query-migrate-capabilities",
        .args_type          = "",
        .returns            = "[MigrationCapabilityStatus]",
    },

SQMP
query-migrate-capabilities
--------------------------

List every migration capability with its current state.

Arguments: None.

Returns: [MigrationCapabilityStatus]

Example: -> { "execute": "query-migrate-capabilities" }
<- { "return": [ { "capability": "xbzrle", "state": false }, { "capability": "events", "state": true }, { "capability": "postcopy-ram", "state": false } ] }

Since: 1.2

EQMP

    {
        .enum               = "MultiFDCompression",
        .prefix             = "MULTIFD_COMPRESSION",
        .values             = "none,zlib,"
#if defined(CONFIG_ZSTD)
                              "zstd,"
#endif
#if defined(CONFIG_QATZIP)
                              "qatzip,"
#endif
#if defined(CONFIG_QPL)
                              "qpl,"
#endif
#if defined(CONFIG_UADK)
                              "uadk"
#endif
                              "",
    },

SQMP
MultiFDCompression
------------------

An enumeration used by MigrationParameters.

Values:

- "none": TODO
- "zlib": TODO
- "zstd": TODO
- "qatzip": TODO
- "qpl": TODO
- "uadk": TODO

Since: 5.0

EQMP

    {
        .enum               = "MigMode",
        .values             = "normal,cpr-reboot,cpr-transfer",
    },

SQMP
MigMode
-------

An enumeration used by MigrationParameters.

Values:

- "normal": TODO
- "cpr-reboot": TODO
- "cpr-transfer": TODO

EQMP

    {
        .enum               = "ZeroPageDetection",
        .values             = "none,legacy,multifd",
    },

SQMP
ZeroPageDetection
-----------------

An enumeration used by MigrationParameters.

Values:

- "none": TODO
- "legacy": TODO
- "multifd": TODO

Since: 9.0

EQMP

    {
        .struct             = "BitmapMigrationBitmapAliasTransform",
        .members            = "persistent:bool?",
    },

SQMP
BitmapMigrationBitmapAliasTransform
-----------------------------------

A structure used by BitmapMigrationBitmapAlias.

Members:

- "persistent": TODO

Since: 6.0

EQMP

    {
        .struct             = "BitmapMigrationBitmapAlias",
        .members            = "name:str,"
                              "alias:str,"
                              "transform:BitmapMigrationBitmapAliasTransform?",
    },

SQMP
BitmapMigrationBitmapAlias
--------------------------

A structure used by BitmapMigrationNodeAlias.

Members:

- "name": TODO
- "alias": TODO
- "transform": TODO

Since: 5.2

EQMP

    {
        .struct             = "BitmapMigrationNodeAlias",
        .members            = "node-name:str,"
                              "alias:str,"
                              "bitmaps:[BitmapMigrationBitmapAlias]",
    },

SQMP
BitmapMigrationNodeAlias
------------------------

A structure used by MigrationParameters.

Members:

- "node-name": TODO
- "alias": TODO
- "bitmaps": TODO

Since: 5.2

EQMP

    {
        .enum               = "MigrationParameter",
        .values             = "announce-initial,announce-max,announce-rounds,announce-step,"
                              "throttle-trigger-threshold,cpu-throttle-initial,"
                              "cpu-throttle-increment,cpu-throttle-tailslow,tls-creds,"
                              "tls-hostname,tls-authz,max-bandwidth,avail-switchover-bandwidth,"
                              "downtime-limit,"
                              "x-checkpoint-delay +unstable,multifd-channels,xbzrle-cache-size,"
                              "max-postcopy-bandwidth,max-cpu-throttle,multifd-compression,"
                              "multifd-zlib-level,multifd-zstd-level,multifd-qatzip-level,"
                              "block-bitmap-mapping,"
                              "x-vcpu-dirty-limit-period +unstable,vcpu-dirty-limit,mode,"
                              "zero-page-detection,direct-io",
    },

SQMP
MigrationParameter
------------------

TODO

Values:

- "announce-initial": TODO
- "announce-max": TODO
- "announce-rounds": TODO
- "announce-step": TODO
- "throttle-trigger-threshold": TODO
- "cpu-throttle-initial": TODO
- "cpu-throttle-increment": TODO
- "cpu-throttle-tailslow": TODO
- "tls-creds": TODO
- "tls-hostname": TODO
- "tls-authz": TODO
- "max-bandwidth": TODO
- "avail-switchover-bandwidth": TODO
- "downtime-limit": TODO
- "x-checkpoint-delay": TODO
- "multifd-channels": TODO
- "xbzrle-cache-size": TODO
- "max-postcopy-bandwidth": TODO
- "max-cpu-throttle": TODO
- "multifd-compression": TODO
- "multifd-zlib-level": TODO
- "multifd-zstd-level": TODO
- "multifd-qatzip-level": TODO
- "block-bitmap-mapping": TODO
- "x-vcpu-dirty-limit-period": TODO
- "vcpu-dirty-limit": TODO
- "mode": TODO
- "zero-page-detection": TODO
- "direct-io": TODO

Features:

- "unstable": TODO

Since: 2.4

EQMP

    {
        .struct             = "MigrateSetParameters",
        .members            = "announce-initial:size?,"
                              "announce-max:size?,"
                              "announce-rounds:size?,"
                              "announce-step:size?,"
                              "throttle-trigger-threshold:uint8?,"
                              "cpu-throttle-initial:uint8?,"
                              "cpu-throttle-increment:uint8?,"
                              "cpu-throttle-tailslow:bool?,"
                              "tls-creds:StrOrNull?,"
                              "tls-hostname:StrOrNull?,"
                              "tls-authz:StrOrNull?,"
                              "max-bandwidth:size?,"
                              "avail-switchover-bandwidth:size?,"
                              "downtime-limit:uint64?,"
                              "x-checkpoint-delay:uint32? +unstable,"
                              "multifd-channels:uint8?,"
                              "xbzrle-cache-size:size?,"
                              "max-postcopy-bandwidth:size?,"
                              "max-cpu-throttle:uint8?,"
                              "multifd-compression:MultiFDCompression?,"
                              "multifd-zlib-level:uint8?,"
                              "multifd-qatzip-level:uint8?,"
                              "multifd-zstd-level:uint8?,"
                              "block-bitmap-mapping:[BitmapMigrationNodeAlias]?,"
                              "x-vcpu-dirty-limit-period:uint64? +unstable,"
                              "vcpu-dirty-limit:uint64?,"
                              "mode:MigMode?,"
                              "zero-page-detection:ZeroPageDetection?,"
                              "direct-io:bool?",
    },

SQMP
MigrateSetParameters
--------------------

TODO

Members:

- "announce-initial": TODO
- "announce-max": TODO
- "announce-rounds": TODO
- "announce-step": TODO
- "throttle-trigger-threshold": TODO
- "cpu-throttle-initial": TODO
- "cpu-throttle-increment": TODO
- "cpu-throttle-tailslow": TODO
- "tls-creds": TODO
- "tls-hostname": TODO
- "tls-authz": TODO
- "max-bandwidth": TODO
- "avail-switchover-bandwidth": TODO
- "downtime-limit": TODO
- "x-checkpoint-delay": TODO
- "multifd-channels": TODO
- "xbzrle-cache-size": TODO
- "max-postcopy-bandwidth": TODO
- "max-cpu-throttle": TODO
- "multifd-compression": TODO
- "multifd-zlib-level": TODO
- "multifd-qatzip-level": TODO
- "multifd-zstd-level": TODO
- "block-bitmap-mapping": TODO
- "x-vcpu-dirty-limit-period": TODO
- "vcpu-dirty-limit": TODO
- "mode": TODO
- "zero-page-detection": TODO
- "direct-io": TODO

Features:

- "unstable": TODO

Since: 2.4

EQMP

    {
        .name               = "migrate-set-parameters",
        .args               = "MigrateSetParameters",
        .boxed              = true,
    },

SQMP
migrate-set-parameters
----------------------

TODO

Since: 2.4

EQMP

    {
        .struct             = "MigrationParameters",
        .members            = "announce-initial:size?,"
                              "announce-max:size?,"
                              "announce-rounds:size?,"
                              "announce-step:size?,"
                              "throttle-trigger-threshold:uint8?,"
                              "cpu-throttle-initial:uint8?,"
                              "cpu-throttle-increment:uint8?,"
                              "cpu-throttle-tailslow:bool?,"
                              "tls-creds:str?,"
                              "tls-hostname:str?,"
                              "tls-authz:str?,"
                              "max-bandwidth:size?,"
                              "avail-switchover-bandwidth:size?,"
                              "downtime-limit:uint64?,"
                              "x-checkpoint-delay:uint32? +unstable,"
                              "multifd-channels:uint8?,"
                              "xbzrle-cache-size:size?,"
                              "max-postcopy-bandwidth:size?,"
                              "max-cpu-throttle:uint8?,"
                              "multifd-compression:MultiFDCompression?,"
                              "multifd-zlib-level:uint8?,"
                              "multifd-qatzip-level:uint8?,"
                              "multifd-zstd-level:uint8?,"
                              "block-bitmap-mapping:[BitmapMigrationNodeAlias]?,"
                              "x-vcpu-dirty-limit-period:uint64? +unstable,"
                              "vcpu-dirty-limit:uint64?,"
                              "mode:MigMode?,"
                              "zero-page-detection:ZeroPageDetection?,"
                              "direct-io:bool?",
    },

SQMP
MigrationParameters
-------------------

The migration tuning parameters and their current values.

Members:

- "announce-initial": TODO
- "announce-max": TODO
- "announce-rounds": TODO
- "announce-step": TODO
- "throttle-trigger-threshold": TODO
- "cpu-throttle-initial": TODO
- "cpu-throttle-increment": TODO
- "cpu-throttle-tailslow": TODO
- "tls-creds": TODO
- "tls-hostname": TODO
- "tls-authz": TODO
- "max-bandwidth": TODO
- "avail-switchover-bandwidth": TODO
- "downtime-limit": TODO
- "x-checkpoint-delay": TODO
- "multifd-channels": TODO
- "xbzrle-cache-size": TODO
- "max-postcopy-bandwidth": TODO
- "max-cpu-throttle": TODO
- "multifd-compression": TODO
- "multifd-zlib-level": TODO
- "multifd-qatzip-level": TODO
- "multifd-zstd-level": TODO
- "block-bitmap-mapping": TODO
- "x-vcpu-dirty-limit-period": TODO
- "vcpu-dirty-limit": TODO
- "mode": TODO
- "zero-page-detection": TODO
- "direct-io": TODO

Features:

- "unstable": TODO

Since: 2.4

EQMP

    {
        .name               = "query-migrate-parameters",
        .args_type          = "",
        .returns            = "MigrationParameters",
    },

SQMP
query-migrate-parameters
------------------------

Report the current values of the migration tuning parameters (bandwidth
limits, downtime limit, TLS settings, multifd settings...).

Arguments: None.

Returns: MigrationParameters

Example: -> { "execute": "query-migrate-parameters" }
<- { "return": { "announce-initial": 50, "announce-max": 550, "announce-rounds": 5, "announce-step": 100, "throttle-trigger-threshold": 50, "cpu-throttle-initial": 20, "cpu-throttle-increment": 10,
                 "cpu-throttle-tailslow": false, "tls-creds": "", "tls-hostname": "", "tls-authz": "", "max-bandwidth": 134217728, "avail-switchover-bandwidth": 0, "downtime-limit": 300,
                 "x-checkpoint-delay": 20000, "multifd-channels": 2, "multifd-compression": "none", "multifd-zlib-level": 1, "multifd-qatzip-level": 1, "multifd-zstd-level": 1,
                 "xbzrle-cache-size": 67108864, "max-postcopy-bandwidth": 0, "max-cpu-throttle": 99, "x-vcpu-dirty-limit-period": 1000, "vcpu-dirty-limit": 1, "mode": "normal",
                 "zero-page-detection": "multifd", "direct-io": false } }

Since: 2.4

EQMP

    {
        .name               = "migrate-start-postcopy",
        .args_type          = "",
    },

SQMP
migrate-start-postcopy
----------------------

TODO

Since: 2.5

EQMP

    {
        .event              = "MIGRATION",
        .data               = "status:MigrationStatus",
    },

SQMP
MIGRATION
---------

The migration moved to a new state. Only sent when the "events" migration
capability is on.

Data:

- "status": the new state (json-string, MigrationStatus)

Example: <- { "event": "MIGRATION", "data": { "status": "completed" }, "timestamp": { "seconds": 1795606307, "microseconds": 979486 } }

Since: 2.4

EQMP

    {
        .event              = "MIGRATION_PASS",
        .data               = "pass:int",
    },

SQMP
MIGRATION_PASS
--------------

A new pass over the dirty guest memory started. Only sent when the
"events" migration capability is on.

Data:

- "pass": the number of the pass, starting at 1 (json-int)

Example: <- { "event": "MIGRATION_PASS", "data": { "pass": 2 }, "timestamp": { "seconds": 1795606307, "microseconds": 978359 } }

Since: 2.6

EQMP

    {
        .enum               = "COLOMessage",
        .values             = "checkpoint-ready,checkpoint-request,checkpoint-reply,"
                              "vmstate-send,vmstate-size,vmstate-received,vmstate-loaded",
    },

SQMP
COLOMessage
-----------

TODO

Values:

- "checkpoint-ready": TODO
- "checkpoint-request": TODO
- "checkpoint-reply": TODO
- "vmstate-send": TODO
- "vmstate-size": TODO
- "vmstate-received": TODO
- "vmstate-loaded": TODO

Since: 2.8

EQMP

    {
        .enum               = "COLOMode",
        .values             = "none,primary,secondary",
    },

SQMP
COLOMode
--------

TODO

Values:

- "none": TODO
- "primary": TODO
- "secondary": TODO

Since: 2.8

EQMP

    {
        .enum               = "FailoverStatus",
        .values             = "none,require,active,completed,relaunch",
    },

SQMP
FailoverStatus
--------------

TODO

Values:

- "none": TODO
- "require": TODO
- "active": TODO
- "completed": TODO
- "relaunch": TODO

Since: 2.8

EQMP

    {
        .event              = "COLO_EXIT",
        .data               = "mode:COLOMode,"
                              "reason:COLOExitReason",
    },

SQMP
COLO_EXIT
---------

TODO

Data:

- "mode": TODO
- "reason": TODO

Since: 3.1

EQMP

    {
        .enum               = "COLOExitReason",
        .values             = "none,request,error,processing",
    },

SQMP
COLOExitReason
--------------

TODO

Values:

- "none": TODO
- "request": TODO
- "error": TODO
- "processing": TODO

Since: 3.1

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "x-colo-lost-heartbeat",
        .args_type          = "",
        .features           = "unstable",
    },
#endif

SQMP
x-colo-lost-heartbeat
---------------------

TODO

Features:

- "unstable": TODO

Since: 2.8

EQMP

    {
        .name               = "migrate_cancel",
        .args_type          = "",
    },

SQMP
migrate_cancel
--------------

Cancel the migration that is running. Cancelling when none runs is not an
error.

Arguments: None.

Returns: an empty object

Example: -> { "execute": "migrate_cancel" }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .name               = "migrate-continue",
        .args_type          = "state:MigrationStatus",
    },

SQMP
migrate-continue
----------------

TODO

Arguments:

- "state": TODO

Since: 2.11

EQMP

    {
        .enum               = "MigrationAddressType",
        .values             = "socket,exec,rdma,file",
    },

SQMP
MigrationAddressType
--------------------

An enumeration used by MigrationAddress.

Values:

- "socket": TODO
- "exec": TODO
- "rdma": TODO
- "file": TODO

Since: 8.2

EQMP

    {
        .struct             = "FileMigrationArgs",
        .members            = "filename:str,"
                              "offset:uint64",
    },

SQMP
FileMigrationArgs
-----------------

A structure used by MigrationAddress.

Members:

- "filename": TODO
- "offset": TODO

Since: 8.2

EQMP

    {
        .struct             = "MigrationExecCommand",
        .members            = "args:[str]",
    },

SQMP
MigrationExecCommand
--------------------

A structure used by MigrationAddress.

Members:

- "args": TODO

Since: 8.2

EQMP

    {
        .union              = "MigrationAddress",
        .members            = "transport:MigrationAddressType",
        .discriminator      = "transport",
        .variants           = "socket:SocketAddress,"
                              "exec:MigrationExecCommand,"
                              "rdma:InetSocketAddress,"
                              "file:FileMigrationArgs",
    },

SQMP
MigrationAddress
----------------

Where migration data goes or comes from, selected by "transport".

Members:

- "transport": TODO

Since: 8.2

EQMP

    {
        .enum               = "MigrationChannelType",
        .values             = "main,cpr",
    },

SQMP
MigrationChannelType
--------------------

An enumeration used by MigrationChannel.

Values:

- "main": TODO
- "cpr": TODO

Since: 8.1

EQMP

    {
        .struct             = "MigrationChannel",
        .members            = "channel-type:MigrationChannelType,"
                              "addr:MigrationAddress",
    },

SQMP
MigrationChannel
----------------

One channel of a migration: its role and its address.

Members:

- "channel-type": TODO
- "addr": TODO

Since: 8.1

EQMP

    {
        .name               = "migrate",
        .args_type          = "uri:str?,"
                              "channels:[MigrationChannel]?,"
                              "detach:bool?,"
                              "resume:bool?",
    },

SQMP
migrate
-------

Start migrating the VM's state to another QEMU, or to a file or command. The
command returns at once; progress is read with "query-migrate" and the
MIGRATION event. Give the destination either as a URI or as channels.

Arguments:

- "uri": the destination as a URI, such as "tcp:HOST:PORT", "unix:PATH",
  "exec:CMD" or "file:PATH" (json-string, optional)
- "channels": the destination as a structured list of channels (one main
  channel) (json-array, array of MigrationChannel, optional)
- "detach": ignored; the command always runs in the background (json-bool,
  optional)
- "resume": resume a paused postcopy migration instead of starting a new one
  (json-bool, optional)

Returns: an empty object

Example: -> { "execute": "migrate", "arguments": { "uri": "exec:cat > /tmp/mig.bin" } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .name               = "migrate-incoming",
        .args_type          = "uri:str?,"
                              "channels:[MigrationChannel]?,"
                              "exit-on-error:bool?",
    },

SQMP
migrate-incoming
----------------

Start receiving an incoming migration, in a QEMU started with
"-incoming defer". The address is given like the destination of "migrate".

Arguments:

- "uri": where to listen or what to read from, as a URI (json-string,
  optional)
- "channels": the same, as a structured list of channels (json-array, array
  of MigrationChannel, optional)
- "exit-on-error": exit QEMU when the migration fails (default true)
  (json-bool, optional)

Returns: an empty object

Example: -> { "execute": "migrate-incoming", "arguments": { "channels": [ { "channel-type": "main", "addr": { "transport": "socket", "type": "inet", "host": "127.0.0.1", "port": "4446" } } ] } }
<- { "return": {} }

Since: 2.3

EQMP

    {
        .name               = "xen-save-devices-state",
        .args_type          = "filename:str,"
                              "live:bool?",
    },

SQMP
xen-save-devices-state
----------------------

TODO

Arguments:

- "filename": TODO
- "live": TODO

Since: 1.1

EQMP

    {
        .name               = "xen-set-global-dirty-log",
        .args_type          = "enable:bool",
    },

SQMP
xen-set-global-dirty-log
------------------------

TODO

Arguments:

- "enable": TODO

Since: 1.3

EQMP

    {
        .name               = "xen-load-devices-state",
        .args_type          = "filename:str",
    },

SQMP
xen-load-devices-state
----------------------

TODO

Arguments:

- "filename": TODO

Since: 2.7

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "xen-set-replication",
        .args_type          = "enable:bool,"
                              "primary:bool,"
                              "failover:bool?",
    },
#endif

SQMP
xen-set-replication
-------------------

TODO

Arguments:

- "enable": TODO
- "primary": TODO
- "failover": TODO

Since: 2.9

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .struct             = "ReplicationStatus",
        .members            = "error:bool,"
                              "desc:str?",
    },
#endif

SQMP
ReplicationStatus
-----------------

TODO

Members:

- "error": TODO
- "desc": TODO

Since: 2.9

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "query-xen-replication-status",
        .args_type          = "",
        .returns            = "ReplicationStatus",
    },
#endif

SQMP
query-xen-replication-status
----------------------------

TODO

Returns: ReplicationStatus. TODO

Since: 2.9

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "xen-colo-do-checkpoint",
        .args_type          = "",
    },
#endif

SQMP
xen-colo-do-checkpoint
----------------------

TODO

Since: 2.9

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .struct             = "COLOStatus",
        .members            = "mode:COLOMode,"
                              "last-mode:COLOMode,"
                              "reason:COLOExitReason",
    },
#endif

SQMP
COLOStatus
----------

TODO

Members:

- "mode": TODO
- "last-mode": TODO
- "reason": TODO

Since: 3.1

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "query-colo-status",
        .args_type          = "",
        .returns            = "COLOStatus",
    },
#endif

SQMP
query-colo-status
-----------------

TODO

Returns: COLOStatus. TODO

Since: 3.1

EQMP

    {
        .name               = "migrate-recover",
        .args_type          = "uri:str",
        .allow_oob          = true,
    },

SQMP
migrate-recover
---------------

TODO

Arguments:

- "uri": TODO

Since: 3.0

EQMP

    {
        .name               = "migrate-pause",
        .args_type          = "",
        .allow_oob          = true,
    },

SQMP
migrate-pause
-------------

TODO

Since: 3.0

EQMP

    {
        .event              = "UNPLUG_PRIMARY",
        .data               = "device-id:str",
    },

SQMP
UNPLUG_PRIMARY
--------------

TODO

Data:

- "device-id": TODO

Since: 4.2

EQMP

    {
        .struct             = "DirtyRateVcpu",
        .members            = "id:int,"
                              "dirty-rate:int64",
    },

SQMP
DirtyRateVcpu
-------------

TODO

Members:

- "id": TODO
- "dirty-rate": TODO

Since: 6.2

EQMP

    {
        .enum               = "DirtyRateStatus",
        .values             = "unstarted,measuring,measured",
    },

SQMP
DirtyRateStatus
---------------

TODO

Values:

- "unstarted": TODO
- "measuring": TODO
- "measured": TODO

Since: 5.2

EQMP

    {
        .enum               = "DirtyRateMeasureMode",
        .values             = "page-sampling,dirty-ring,dirty-bitmap",
    },

SQMP
DirtyRateMeasureMode
--------------------

TODO

Values:

- "page-sampling": TODO
- "dirty-ring": TODO
- "dirty-bitmap": TODO

Since: 6.2

EQMP

    {
        .enum               = "TimeUnit",
        .values             = "second,millisecond",
    },

SQMP
TimeUnit
--------

TODO

Values:

- "second": TODO
- "millisecond": TODO

Since: 8.2

EQMP

    {
        .struct             = "DirtyRateInfo",
        .members            = "dirty-rate:int64?,"
                              "status:DirtyRateStatus,"
                              "start-time:int64,"
                              "calc-time:int64,"
                              "calc-time-unit:TimeUnit,"
                              "sample-pages:uint64,"
                              "mode:DirtyRateMeasureMode,"
                              "vcpu-dirty-rate:[DirtyRateVcpu]?",
    },

SQMP
DirtyRateInfo
-------------

TODO

Members:

- "dirty-rate": TODO
- "status": TODO
- "start-time": TODO
- "calc-time": TODO
- "calc-time-unit": TODO
- "sample-pages": TODO
- "mode": TODO
- "vcpu-dirty-rate": TODO

Since: 5.2

EQMP

    {
        .name               = "calc-dirty-rate",
        .args_type          = "calc-time:int64,"
                              "calc-time-unit:TimeUnit?,"
                              "sample-pages:int?,"
                              "mode:DirtyRateMeasureMode?",
    },

SQMP
calc-dirty-rate
---------------

TODO

Arguments:

- "calc-time": TODO
- "calc-time-unit": TODO
- "sample-pages": TODO
- "mode": TODO

Since: 5.2

EQMP

    {
        .name               = "query-dirty-rate",
        .args_type          = "calc-time-unit:TimeUnit?",
        .returns            = "DirtyRateInfo",
    },

SQMP
query-dirty-rate
----------------

TODO

Arguments:

- "calc-time-unit": TODO

Returns: DirtyRateInfo. TODO

Since: 5.2

EQMP

    {
        .struct             = "DirtyLimitInfo",
        .members            = "cpu-index:int,"
                              "limit-rate:uint64,"
                              "current-rate:uint64",
    },

SQMP
DirtyLimitInfo
--------------

TODO

Members:

- "cpu-index": TODO
- "limit-rate": TODO
- "current-rate": TODO

Since: 7.1

EQMP

    {
        .name               = "set-vcpu-dirty-limit",
        .args_type          = "cpu-index:int?,"
                              "dirty-rate:uint64",
    },

SQMP
set-vcpu-dirty-limit
--------------------

TODO

Arguments:

- "cpu-index": TODO
- "dirty-rate": TODO

Since: 7.1

EQMP

    {
        .name               = "cancel-vcpu-dirty-limit",
        .args_type          = "cpu-index:int?",
    },

SQMP
cancel-vcpu-dirty-limit
-----------------------

TODO

Arguments:

- "cpu-index": TODO

Since: 7.1

EQMP

    {
        .name               = "query-vcpu-dirty-limit",
        .args_type          = "",
        .returns            = "[DirtyLimitInfo]",
    },

SQMP
query-vcpu-dirty-limit
----------------------

TODO

Returns: [DirtyLimitInfo]. TODO

Since: 7.1

EQMP

    {
        .struct             = "MigrationThreadInfo",
        .members            = "name:str,"
                              "thread-id:int",
    },

SQMP
MigrationThreadInfo
-------------------

TODO

Members:

- "name": TODO
- "thread-id": TODO

Since: 7.2

EQMP

    {
        .name               = "query-migrationthreads",
        .args_type          = "",
        .returns            = "[MigrationThreadInfo]",
        .features           = "deprecated",
    },

SQMP
query-migrationthreads
----------------------

TODO

Features:

- "deprecated": TODO

Returns: [MigrationThreadInfo]. TODO

Since: 7.2

EQMP

    {
        .name               = "snapshot-save",
        .args_type          = "job-id:str,"
                              "tag:str,"
                              "vmstate:str,"
                              "devices:[str]",
    },

SQMP
snapshot-save
-------------

TODO

Arguments:

- "job-id": TODO
- "tag": TODO
- "vmstate": TODO
- "devices": TODO

Since: 6.0

EQMP

    {
        .name               = "snapshot-load",
        .args_type          = "job-id:str,"
                              "tag:str,"
                              "vmstate:str,"
                              "devices:[str]",
    },

SQMP
snapshot-load
-------------

TODO

Arguments:

- "job-id": TODO
- "tag": TODO
- "vmstate": TODO
- "devices": TODO

Since: 6.0

EQMP

    {
        .name               = "snapshot-delete",
        .args_type          = "job-id:str,"
                              "tag:str,"
                              "devices:[str]",
    },

SQMP
snapshot-delete
---------------

TODO

Arguments:

- "job-id": TODO
- "tag": TODO
- "devices": TODO

Since: 6.0

EQMP

