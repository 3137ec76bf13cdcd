HXCOMM Area 'dump'.

    {
        .enum               = "DumpGuestMemoryFormat",
        .values             = "elf,kdump-zlib,kdump-lzo,kdump-snappy,kdump-raw-zlib,"
                              "kdump-raw-lzo,kdump-raw-snappy,win-dmp",
    },

SQMP
DumpGuestMemoryFormat
---------------------

The file formats of "dump-guest-memory".

Values:

- "elf": TODO
- "kdump-zlib": TODO
- "kdump-lzo": TODO
- "kdump-snappy": TODO
- "kdump-raw-zlib": TODO
- "kdump-raw-lzo": TODO
- "kdump-raw-snappy": TODO
- "win-dmp": TODO

Since: 2.0

EQMP

    {
        .name               = "dump-guest-memory",
        .args_type          = "paging:bool,"
                              "protocol:str,"
                              "detach:bool?,"
                              "begin:int?,"
                              "length:int?,"
                              "format:DumpGuestMemoryFormat?",
    },

SQMP
dump-guest-memory
-----------------

Write the guest's memory to a file as a core dump that crash or gdb can
read. With "detach" the command returns at once and DUMP_COMPLETED follows.

Arguments:

- "paging": also record the guest virtual addresses, found through the guest
  page tables (json-bool)
- "protocol": where to write: "file:PATH" or "fd:NAME" of a descriptor
  stored with getfd (json-string)
- "detach": run in the background (default false) (json-bool, optional)
- "begin": the physical address where the dump starts (json-int, optional)
- "length": the number of bytes to dump (needs "begin") (json-int, optional)
- "format": the dump format (default elf) (json-string,
  DumpGuestMemoryFormat, optional)

Returns: an empty object

Example: -> { "execute": "dump-guest-memory", "arguments": { "paging": false, "protocol": "file:/tmp/dump.elf", "detach": true } }
<- { "return": {} }

Since: 1.2

EQMP

    {
        .enum               = "DumpStatus",
        .values             = "none,active,completed,failed",
    },

SQMP
DumpStatus
----------

An enumeration used by DumpQueryResult.

Values:

- "none": TODO
- "active": TODO
- "completed": TODO
- "failed": TODO

Since: 2.6

EQMP

    {
        .struct             = "DumpQueryResult",
        .members            = "status:DumpStatus,"
                              "completed:int,"
                              "total:int",
    },

SQMP
DumpQueryResult
---------------

The progress of a memory dump, in bytes.

Members:

- "status": TODO
- "completed": TODO
- "total": TODO

Since: 2.6

EQMP

    {
        .name               = "query-dump",
        .args_type          = "",
        .returns            = "DumpQueryResult",
    },

SQMP
query-dump
----------

Report the progress of the current (or last) memory dump.

Arguments: None.

Returns: DumpQueryResult

Example: -> { "execute": "query-dump" }
<- { "return": { "status": "completed", "completed": 134479872, "total": 134479872 } }

Since: 2.6

EQMP

    {
        .event              = "DUMP_COMPLETED",
        .data               = "result:DumpQueryResult,"
                              "error:str?",
    },

SQMP
DUMP_COMPLETED
--------------

A memory dump started with "detach" ended.

Data:

- "result": the final progress figures (json-object, DumpQueryResult)
- "error": what went wrong; absent on success (json-string, optional)

Example: <- { "event": "DUMP_COMPLETED", "data": { "result": { "status": "completed", "completed": 134479872, "total": 134479872 } }, "timestamp": { "seconds": 1795606309, "microseconds": 82453 } }

Since: 2.6

EQMP

    {
        .struct             = "DumpGuestMemoryCapability",
        .members            = "formats:[DumpGuestMemoryFormat]",
    },

SQMP
DumpGuestMemoryCapability
-------------------------

The dump formats this build can write.

Members:

- "formats": TODO

Since: 2.0

EQMP

    {
        .name               = "query-dump-guest-memory-capability",
        .args_type          = "",
        .returns            = "DumpGuestMemoryCapability",
    },

SQMP
query-dump-guest-memory-capability
----------------------------------

List the dump formats "dump-guest-memory" can write in this build.

Arguments: None.

Returns: DumpGuestMemoryCapability

Example: -> { "execute": "query-dump-guest-memory-capability" }
<- { "return": { "formats": [ "elf", "kdump-zlib", "kdump-raw-zlib", "win-dmp" ] } }

Since: 2.0

EQMP

