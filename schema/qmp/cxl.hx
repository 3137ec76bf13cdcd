HXCOMM Area 'cxl'.

    {
        .enum               = "CxlEventLog",
        .values             = "informational,warning,failure,fatal",
    },

SQMP
CxlEventLog
-----------

TODO

Values:

- "informational": TODO
- "warning": TODO
- "failure": TODO
- "fatal": TODO

Since: 8.1

EQMP

    {
        .name               = "cxl-inject-general-media-event",
        .args_type          = "path:str,"
                              "log:CxlEventLog,"
                              "flags:uint8,"
                              "dpa:uint64,"
                              "descriptor:uint8,"
                              "type:uint8,"
                              "transaction-type:uint8,"
                              "channel:uint8?,"
                              "rank:uint8?,"
                              "device:uint32?,"
                              "component-id:str?",
    },

SQMP
cxl-inject-general-media-event
------------------------------

TODO

Arguments:

- "path": TODO
- "log": TODO
- "flags": TODO
- "dpa": TODO
- "descriptor": TODO
- "type": TODO
- "transaction-type": TODO
- "channel": TODO
- "rank": TODO
- "device": TODO
- "component-id": TODO

Since: 8.1

EQMP

    {
        .name               = "cxl-inject-dram-event",
        .args_type          = "path:str,"
                              "log:CxlEventLog,"
                              "flags:uint8,"
                              "dpa:uint64,"
                              "descriptor:uint8,"
                              "type:uint8,"
                              "transaction-type:uint8,"
                              "channel:uint8?,"
                              "rank:uint8?,"
                              "nibble-mask:uint32?,"
                              "bank-group:uint8?,"
                              "bank:uint8?,"
                              "row:uint32?,"
                              "column:uint16?,"
                              "correction-mask:[uint64]?",
    },

SQMP
cxl-inject-dram-event
---------------------

TODO

Arguments:

- "path": TODO
- "log": TODO
- "flags": TODO
- "dpa": TODO
- "descriptor": TODO
- "type": TODO
- "transaction-type": TODO
- "channel": TODO
- "rank": TODO
- "nibble-mask": TODO
- "bank-group": TODO
- "bank": TODO
- "row": TODO
- "column": TODO
- "correction-mask": TODO

Since: 8.1

EQMP

    {
        .name               = "cxl-inject-memory-module-event",
        .args_type          = "path:str,"
                              "log:CxlEventLog,"
                              "flags:uint8,"
                              "type:uint8,"
                              "health-status:uint8,"
                              "media-status:uint8,"
                              "additional-status:uint8,"
                              "life-used:uint8,"
                              "temperature:int16,"
                              "dirty-shutdown-count:uint32,"
                              "corrected-volatile-error-count:uint32,"
                              "corrected-persistent-error-count:uint32",
    },

SQMP
cxl-inject-memory-module-event
------------------------------

TODO

Arguments:

- "path": TODO
- "log": TODO
- "flags": TODO
- "type": TODO
- "health-status": TODO
- "media-status": TODO
- "additional-status": TODO
- "life-used": TODO
- "temperature": TODO
- "dirty-shutdown-count": TODO
- "corrected-volatile-error-count": TODO
- "corrected-persistent-error-count": TODO

Since: 8.1

EQMP

    {
        .name               = "cxl-inject-poison",
        .args_type          = "path:str,"
                              "start:uint64,"
                              "length:size",
    },

SQMP
cxl-inject-poison
-----------------

TODO

Arguments:

- "path": TODO
- "start": TODO
- "length": TODO

Since: 8.1

EQMP

    {
        .enum               = "CxlUncorErrorType",
        .values             = "cache-data-parity,cache-address-parity,cache-be-parity,"
                              "cache-data-ecc,mem-data-parity,mem-address-parity,mem-be-parity,"
                              "mem-data-ecc,reinit-threshold,rsvd-encoding,poison-received,"
                              "receiver-overflow,internal,cxl-ide-tx,cxl-ide-rx",
    },

SQMP
CxlUncorErrorType
-----------------

TODO

Values:

- "cache-data-parity": TODO
- "cache-address-parity": TODO
- "cache-be-parity": TODO
- "cache-data-ecc": TODO
- "mem-data-parity": TODO
- "mem-address-parity": TODO
- "mem-be-parity": TODO
- "mem-data-ecc": TODO
- "reinit-threshold": TODO
- "rsvd-encoding": TODO
- "poison-received": TODO
- "receiver-overflow": TODO
- "internal": TODO
- "cxl-ide-tx": TODO
- "cxl-ide-rx": TODO

Since: 8.0

EQMP

    {
        .struct             = "CXLUncorErrorRecord",
        .members            = "type:CxlUncorErrorType,"
                              "header:[uint32]",
    },

SQMP
CXLUncorErrorRecord
-------------------

TODO

Members:

- "type": TODO
- "header": TODO

Since: 8.0

EQMP

    {
        .name               = "cxl-inject-uncorrectable-errors",
        .args_type          = "path:str,"
                              "errors:[CXLUncorErrorRecord]",
    },

SQMP
cxl-inject-uncorrectable-errors
-------------------------------

TODO

Arguments:

- "path": TODO
- "errors": TODO

Since: 8.0

EQMP

    {
        .enum               = "CxlCorErrorType",
        .values             = "cache-data-ecc,mem-data-ecc,crc-threshold,retry-threshold,"
                              "cache-poison-received,mem-poison-received,physical",
    },

SQMP
CxlCorErrorType
---------------

TODO

Values:

- "cache-data-ecc": TODO
- "mem-data-ecc": TODO
- "crc-threshold": TODO
- "retry-threshold": TODO
- "cache-poison-received": TODO
- "mem-poison-received": TODO
- "physical": TODO

Since: 8.0

EQMP

    {
        .name               = "cxl-inject-correctable-error",
        .args_type          = "path:str,"
                              "type:CxlCorErrorType",
    },

SQMP
cxl-inject-correctable-error
----------------------------

TODO

Arguments:

- "path": TODO
- "type": TODO

Since: 8.0

EQMP

    {
        .struct             = "CxlDynamicCapacityExtent",
        .members            = "offset:uint64,"
                              "len:uint64",
    },

SQMP
CxlDynamicCapacityExtent
------------------------

TODO

Members:

- "offset": TODO
- "len": TODO

Since: 9.1

EQMP

    {
        .enum               = "CxlExtentSelectionPolicy",
        .values             = "free,contiguous,prescriptive,enable-shared-access",
    },

SQMP
CxlExtentSelectionPolicy
------------------------

TODO

Values:

- "free": TODO
- "contiguous": TODO
- "prescriptive": TODO
- "enable-shared-access": TODO

Since: 9.1

EQMP

    {
        .name               = "cxl-add-dynamic-capacity",
        .args_type          = "path:str,"
                              "host-id:uint16,"
                              "selection-policy:CxlExtentSelectionPolicy,"
                              "region:uint8,"
                              "tag:str?,"
                              "extents:[CxlDynamicCapacityExtent]",
        .features           = "unstable",
    },

SQMP
cxl-add-dynamic-capacity
------------------------

TODO

Arguments:

- "path": TODO
- "host-id": TODO
- "selection-policy": TODO
- "region": TODO
- "tag": TODO
- "extents": TODO

Features:

- "unstable": TODO

Since: 9.1

EQMP

    {
        .enum               = "CxlExtentRemovalPolicy",
        .values             = "tag-based,prescriptive",
    },

SQMP
CxlExtentRemovalPolicy
----------------------

TODO

Values:

- "tag-based": TODO
- "prescriptive": TODO

Since: 9.1

EQMP

    {
        .name               = "cxl-release-dynamic-capacity",
        .args_type          = "path:str,"
                              "host-id:uint16,"
                              "removal-policy:CxlExtentRemovalPolicy,"
                              "forced-removal:bool?,"
                              "sanitize-on-release:bool?,"
                              "region:uint8,"
                              "tag:str?,"
                              "extents:[CxlDynamicCapacityExtent]",
        .features           = "unstable",
    },

SQMP
cxl-release-dynamic-capacity
----------------------------

TODO

Arguments:

- "path": TODO
- "host-id": TODO
- "removal-policy": TODO
- "forced-removal": TODO
- "sanitize-on-release": TODO
- "region": TODO
- "tag": TODO
- "extents": TODO

Features:

- "unstable": TODO

Since: 9.1

EQMP

