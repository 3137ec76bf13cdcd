HXCOMM Converted by qmp-codegen from qapi-schema.json.

    {
        .name               = "guest-sync-delimited",
        .args_type          = "id:int",
        .returns            = "int",
    },

SQMP
guest-sync-delimited
--------------------

TODO

Arguments:

- "id": TODO

Returns: int. TODO

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

TODO

Arguments:

- "id": TODO

Returns: int. TODO

Since: 0.15.0

EQMP

    {
        .name               = "guest-ping",
        .args_type          = "",
    },

SQMP
guest-ping
----------

TODO

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

TODO

Returns: int. TODO

Since: 1.5

EQMP

    {
        .name               = "guest-set-time",
        .args_type          = "time:int?",
    },

SQMP
guest-set-time
--------------

TODO

Arguments:

- "time": TODO

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

TODO

Members:

- "name": TODO
- "enabled": TODO
- "success-response": TODO

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

TODO

Members:

- "version": TODO
- "supported_commands": TODO

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

TODO

Returns: GuestAgentInfo. TODO

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

TODO

Arguments:

- "mode": TODO

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

TODO

Arguments:

- "path": TODO
- "mode": TODO

Returns: int. TODO

Since: 0.15.0

EQMP

    {
        .name               = "guest-file-close",
        .args_type          = "handle:int",
    },

SQMP
guest-file-close
----------------

TODO

Arguments:

- "handle": TODO

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

TODO

Members:

- "count": TODO
- "buf-b64": TODO
- "eof": TODO

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

TODO

Arguments:

- "handle": TODO
- "count": TODO

Returns: GuestFileRead. TODO

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

TODO

Members:

- "count": TODO
- "eof": TODO

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

TODO

Arguments:

- "handle": TODO
- "buf-b64": TODO
- "count": TODO

Returns: GuestFileWrite. TODO

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

TODO

Members:

- "position": TODO
- "eof": TODO

Since: 0.15.0

EQMP

    {
        .enum               = "QGASeek",
        .values             = "set,cur,end",
    },

SQMP
QGASeek
-------

TODO

Values:

- "set": TODO
- "cur": TODO
- "end": TODO

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

TODO

Members:

- "value": TODO
- "name": TODO

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

TODO

Arguments:

- "handle": TODO
- "offset": TODO
- "whence": TODO

Returns: GuestFileSeek. TODO

Since: 0.15.0

EQMP

    {
        .name               = "guest-file-flush",
        .args_type          = "handle:int",
    },

SQMP
guest-file-flush
----------------

TODO

Arguments:

- "handle": TODO

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

TODO

Values:

- "thawed": TODO
- "frozen": TODO

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

TODO

Returns: GuestFsfreezeStatus. TODO

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

TODO

Returns: int. TODO

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

TODO

Arguments:

- "mountpoints": TODO

Returns: int. TODO

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

TODO

Returns: int. TODO

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

TODO

Members:

- "path": TODO
- "trimmed": TODO
- "minimum": TODO
- "error": TODO

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

TODO

Members:

- "paths": TODO

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

TODO

Arguments:

- "minimum": TODO

Returns: GuestFilesystemTrimResponse. TODO

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

TODO

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

TODO

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

TODO

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

TODO

Values:

- "ipv4": TODO
- "ipv6": TODO

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

TODO

Members:

- "ip-address": TODO
- "ip-address-type": TODO
- "prefix": TODO

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

TODO

Members:

- "rx-bytes": TODO
- "rx-packets": TODO
- "rx-errs": TODO
- "rx-dropped": TODO
- "tx-bytes": TODO
- "tx-packets": TODO
- "tx-errs": TODO
- "tx-dropped": TODO

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

TODO

Members:

- "name": TODO
- "hardware-address": TODO
- "ip-addresses": TODO
- "statistics": TODO

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

TODO

Returns: [GuestNetworkInterface]. TODO

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

TODO

Members:

- "logical-id": TODO
- "online": TODO
- "can-offline": TODO

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

TODO

Returns: [GuestLogicalProcessor]. TODO

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

TODO

Arguments:

- "vcpus": TODO

Returns: int. TODO

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

TODO

Values:

- "ide": TODO
- "fdc": TODO
- "scsi": TODO
- "virtio": TODO
- "xen": TODO
- "usb": TODO
- "uml": TODO
- "sata": TODO
- "sd": TODO
- "unknown": TODO
- "ieee1394": TODO
- "ssa": TODO
- "fibre": TODO
- "raid": TODO
- "iscsi": TODO
- "sas": TODO
- "mmc": TODO
- "virtual": TODO
- "file-backed-virtual": TODO
- "nvme": TODO

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

TODO

Members:

- "domain": TODO
- "bus": TODO
- "slot": TODO
- "function": TODO

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

TODO

Members:

- "cssid": TODO
- "ssid": TODO
- "subchno": TODO
- "devno": TODO

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

TODO

Members:

- "pci-controller": TODO
- "bus-type": TODO
- "bus": TODO
- "target": TODO
- "unit": TODO
- "serial": TODO
- "dev": TODO
- "ccw-address": TODO

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

TODO

Members:

- "critical-warning": TODO
- "temperature": TODO
- "available-spare": TODO
- "available-spare-threshold": TODO
- "percentage-used": TODO
- "data-units-read-lo": TODO
- "data-units-read-hi": TODO
- "data-units-written-lo": TODO
- "data-units-written-hi": TODO
- "host-read-commands-lo": TODO
- "host-read-commands-hi": TODO
- "host-write-commands-lo": TODO
- "host-write-commands-hi": TODO
- "controller-busy-time-lo": TODO
- "controller-busy-time-hi": TODO
- "power-cycles-lo": TODO
- "power-cycles-hi": TODO
- "power-on-hours-lo": TODO
- "power-on-hours-hi": TODO
- "unsafe-shutdowns-lo": TODO
- "unsafe-shutdowns-hi": TODO
- "media-errors-lo": TODO
- "media-errors-hi": TODO
- "number-of-error-log-entries-lo": TODO
- "number-of-error-log-entries-hi": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Members:

- "name": TODO
- "partition": TODO
- "dependencies": TODO
- "address": TODO
- "alias": TODO
- "smart": TODO

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

TODO

Returns: [GuestDiskInfo]. TODO

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

TODO

Members:

- "name": TODO
- "mountpoint": TODO
- "type": TODO
- "used-bytes": TODO
- "total-bytes": TODO
- "total-bytes-privileged": TODO
- "disk": TODO

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

TODO

Returns: [GuestFilesystemInfo]. TODO

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

TODO

Arguments:

- "username": TODO
- "password": TODO
- "crypted": TODO

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

TODO

Members:

- "phys-index": TODO
- "online": TODO
- "can-offline": TODO

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

TODO

Returns: [GuestMemoryBlock]. TODO

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

TODO

Values:

- "success": TODO
- "not-found": TODO
- "operation-not-supported": TODO
- "operation-failed": TODO

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

TODO

Members:

- "phys-index": TODO
- "response": TODO
- "error-code": TODO

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

TODO

Arguments:

- "mem-blks": TODO

Returns: [GuestMemoryBlockResponse]. TODO

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

TODO

Members:

- "size": TODO

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

TODO

Returns: GuestMemoryBlockInfo. TODO

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

TODO

Members:

- "exited": TODO
- "exitcode": TODO
- "signal": TODO
- "out-data": TODO
- "err-data": TODO
- "out-truncated": TODO
- "err-truncated": TODO

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

TODO

Arguments:

- "pid": TODO

Returns: GuestExecStatus. TODO

Since: 2.5

EQMP

    {
        .struct             = "GuestExec",
        .members            = "pid:int",
    },

SQMP
GuestExec
---------

TODO

Members:

- "pid": TODO

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

TODO

Values:

- "none": TODO
- "stdout": TODO
- "stderr": TODO
- "separated": TODO
- "merged": TODO

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

TODO

Members:

- "flag": TODO
- "mode": TODO

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

TODO

Arguments:

- "path": TODO
- "arg": TODO
- "env": TODO
- "input-data": TODO
- "capture-output": TODO

Returns: GuestExec. TODO

Since: 2.5

EQMP

    {
        .struct             = "GuestHostName",
        .members            = "host-name:str",
    },

SQMP
GuestHostName
-------------

TODO

Members:

- "host-name": TODO

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

TODO

Returns: GuestHostName. TODO

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

TODO

Members:

- "user": TODO
- "login-time": TODO
- "domain": TODO

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

TODO

Returns: [GuestUser]. TODO

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

TODO

Members:

- "zone": TODO
- "offset": TODO

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

TODO

Returns: GuestTimezone. TODO

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

TODO

Members:

- "kernel-release": TODO
- "kernel-version": TODO
- "machine": TODO
- "id": TODO
- "name": TODO
- "pretty-name": TODO
- "version": TODO
- "version-id": TODO
- "variant": TODO
- "variant-id": TODO

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

TODO

Returns: GuestOSInfo. TODO

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

TODO

Values:

- "pci": TODO

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

TODO

Members:

- "vendor-id": TODO
- "device-id": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Members:

- "driver-name": TODO
- "driver-date": TODO
- "driver-version": TODO
- "id": TODO

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

TODO

Returns: [GuestDeviceInfo]. TODO

Since: 5.2

EQMP

    {
        .struct             = "GuestAuthorizedKeys",
        .members            = "keys:[str]",
    },

SQMP
GuestAuthorizedKeys
-------------------

TODO

Members:

- "keys": TODO

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

TODO

Arguments:

- "username": TODO

Returns: GuestAuthorizedKeys. TODO

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

TODO

Arguments:

- "username": TODO
- "keys": TODO
- "reset": TODO

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

TODO

Arguments:

- "username": TODO
- "keys": TODO

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

TODO

Members:

- "read-sectors": TODO
- "read-ios": TODO
- "read-merges": TODO
- "write-sectors": TODO
- "write-ios": TODO
- "write-merges": TODO
- "discard-sectors": TODO
- "discard-ios": TODO
- "discard-merges": TODO
- "flush-ios": TODO
- "read-ticks": TODO
- "write-ticks": TODO
- "discard-ticks": TODO
- "flush-ticks": TODO
- "ios-pgr": TODO
- "total-ticks": TODO
- "weight-ticks": TODO

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

TODO

Members:

- "name": TODO
- "major": TODO
- "minor": TODO
- "stats": TODO

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

TODO

Returns: [GuestDiskStatsInfo]. TODO

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

TODO

Values:

- "linux": TODO

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

TODO

Members:

- "cpu": TODO
- "user": TODO
- "nice": TODO
- "system": TODO
- "idle": TODO
- "iowait": TODO
- "irq": TODO
- "softirq": TODO
- "steal": TODO
- "guest": TODO
- "guestnice": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Returns: [GuestCpuStats]. TODO

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

TODO

Members:

- "load1m": TODO
- "load5m": TODO
- "load15m": TODO

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

TODO

Returns: GuestLoadAverage. TODO

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

TODO

Members:

- "iface": TODO
- "destination": TODO
- "metric": TODO
- "gateway": TODO
- "mask": TODO
- "irtt": TODO
- "flags": TODO
- "refcnt": TODO
- "use": TODO
- "window": TODO
- "mtu": TODO
- "desprefixlen": TODO
- "source": TODO
- "srcprefixlen": TODO
- "nexthop": TODO
- "version": TODO

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

TODO

Returns: [GuestNetworkRoute]. TODO

Since: 9.1

EQMP

