HXCOMM Area 'dump'.

SQMP
Guest memory dumps
==================

Writing the guest's memory to a core file on the host (ELF, the
compressed kdump formats of makedumpfile, or a Windows crash dump) for
post-mortem analysis with tools such as crash or gdb, and following the
progress of such a dump.

EQMP

    {
        .enum               = "DumpGuestMemoryFormat",
        .values             = "elf,kdump-zlib,kdump-lzo,kdump-snappy,kdump-raw-zlib,"
                              "kdump-raw-lzo,kdump-raw-snappy,win-dmp",
    },

SQMP
DumpGuestMemoryFormat
---------------------

The file format dump-guest-memory writes. Which of the compressed
formats a given QEMU can write depends on the libraries it was built
with: query-dump-guest-memory-capability lists them.

Values:

- "elf": an ELF core file, readable by gdb and crash. The only format
  that allows "paging", "begin" and "length".
- "kdump-zlib": the kdump-compressed format of makedumpfile in its
  flattened form (to be turned back into a normal kdump file with
  "makedumpfile -R"), pages compressed with zlib.
- "kdump-lzo": like "kdump-zlib", pages compressed with LZO.
- "kdump-snappy": like "kdump-zlib", pages compressed with Snappy.
- "kdump-raw-zlib": the kdump-compressed format written directly in
  its ordinary (raw, not flattened) form, pages compressed with zlib
  (since 8.2).
- "kdump-raw-lzo": like "kdump-raw-zlib", pages compressed with LZO
  (since 8.2).
- "kdump-raw-snappy": like "kdump-raw-zlib", pages compressed with
  Snappy (since 8.2).
- "win-dmp": a Windows full crash dump, which Windows debugging tools
  read directly, so no conversion from ELF is needed (since 2.13). It
  works only for a 64-bit x86 Windows guest whose crash information
  QEMU finds through the vmcoreinfo device; otherwise the dump fails.

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

Write the guest's memory to a file as a core dump (a "vmcore") that
crash, gdb or Windows debuggers can analyse. A running VM is paused for
the time of the dump and resumed afterwards (STOP and RESUME events).
By default the command returns only when the dump is written, which
can take long for a large guest; with "detach" it returns at once and
the dump goes on in the background (follow it with query-dump). A
DUMP_COMPLETED event reports the end of every dump, detached or not.

Arguments:

- "paging": true to walk the guest's page tables and record the guest
  virtual address of each page in the dump, so that gdb can work with
  virtual addresses; false to dump physical memory only. Supported
  only for i386 and x86_64 guests. Beware: it can make QEMU allocate
  several gigabytes of host memory for a large guest (or a malicious
  guest that pretends to be large), and the result cannot be trusted
  when the guest's memory is corrupted or the guest runs in real mode
  although paging is on (as during ACPI sleep). Not allowed with a
  "format" other than "elf".
- "protocol": where to write the dump: "file:PATH" creates the file
  PATH on the host, "fd:NAME" writes to the file descriptor passed
  earlier with getfd under the name NAME.
- "detach": true to return at once and dump in the background (since
  2.6). Absent means false: the command waits until the dump is
  written.
- "begin": the guest physical address where the dumped range starts.
  Requires "length"; without both, all guest memory is dumped. Not
  allowed with a "format" other than "elf".
- "length": the size of the dumped range, in bytes (not 0). Requires
  "begin"; not allowed with a "format" other than "elf".
- "format": the file format (since 2.0). Absent means "elf". Any other
  format excludes "paging" (it must be false), "begin" and "length".

Returns: an empty object once the dump is written, or, with "detach",
once it has started.

Errors:

- GenericError when "protocol" starts with neither "file:" nor "fd:",
  when the file cannot be created or the named descriptor does not
  exist.
- GenericError when only one of "begin" and "length" is given, or
  "length" is 0.
- GenericError when a format other than "elf" is combined with
  "paging" true, "begin" or "length".
- GenericError when the format is not available in this build (see
  query-dump-guest-memory-capability), or "win-dmp" does not fit the
  guest.
- GenericError when another dump is still running.

Since: 1.2

Example:

-> {"execute": "dump-guest-memory", "arguments": {"paging": false, "protocol": "file:/tmp/docsui/vmcore.elf"}}
<- {"return": {}}

In the background, in the flattened kdump format:

-> {"execute": "dump-guest-memory", "arguments": {"paging": false, "protocol": "file:/tmp/docsui/vmcore.kdump", "format": "kdump-zlib", "detach": true}}
<- {"return": {}}

64 KiB from guest physical address 1 MiB:

-> {"execute": "dump-guest-memory", "arguments": {"paging": false, "protocol": "file:/tmp/docsui/r.elf", "begin": 1048576, "length": 65536}}
<- {"return": {}}

A compressed format with a range:

-> {"execute": "dump-guest-memory", "arguments": {"paging": false, "protocol": "file:/tmp/docsui/x.kdump", "format": "kdump-zlib", "begin": 0, "length": 4096}}
<- {"error": {"class": "GenericError", "desc": "kdump-compressed format doesn't support paging or filter"}}

While a detached dump still runs:

-> {"execute": "dump-guest-memory", "arguments": {"paging": false, "protocol": "file:/tmp/docsui/big2.elf"}}
<- {"error": {"class": "GenericError", "desc": "There is a dump in process, please wait."}}

EQMP

    {
        .enum               = "DumpStatus",
        .values             = "none,active,completed,failed",
    },

SQMP
DumpStatus
----------

The state of the most recent guest memory dump.

Values:

- "none": no dump has been started since QEMU started.
- "active": a dump is being written in the background.
- "completed": the last dump was written successfully.
- "failed": the last dump ended with an error.

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

The state and progress of the most recent guest memory dump. The byte
counts are of guest memory, before any compression, so they do not
match the size of a compressed dump file.

Members:

- "status": whether a dump runs, ended well or failed, or none was
  started.
- "completed": how many bytes of guest memory have been dumped so far.
- "total": how many bytes of guest memory the dump covers in all (0
  when no dump was started).

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

Report the state and progress of the current or last guest memory
dump; meant to follow a dump started with "detach".

Arguments: None.

Returns: a DumpQueryResult with the status and the dumped and total
byte counts.

Since: 2.6

Example:

A detached dump of a 128 MiB guest, shortly after it started:

-> {"execute": "query-dump"}
<- {"return": {"total": 134348800, "status": "active", "completed": 3756032}}

Once it is done:

-> {"execute": "query-dump"}
<- {"return": {"total": 33816576, "status": "completed", "completed": 33816576}}

Before any dump:

-> {"execute": "query-dump"}
<- {"return": {"total": 0, "status": "none", "completed": 0}}

EQMP

    {
        .event              = "DUMP_COMPLETED",
        .data               = "result:DumpQueryResult,"
                              "error:str?",
    },

SQMP
DUMP_COMPLETED
--------------

A guest memory dump ended, well or badly. QEMU 10.0.2 sends it at the
end of every dump-guest-memory, also when the command was not
detached.

Data:

- "result": the final state and byte counts of the dump, as query-dump
  would report them.
- "error": a message for humans that says why the dump failed; absent
  when it succeeded. Do not parse it.

Since: 2.6

Example:

<- {"timestamp": {"seconds": 1796447485, "microseconds": 658887}, "event": "DUMP_COMPLETED", "data": {"result": {"total": 33816576, "status": "completed", "completed": 33816576}}}

EQMP

    {
        .struct             = "DumpGuestMemoryCapability",
        .members            = "formats:[DumpGuestMemoryFormat]",
    },

SQMP
DumpGuestMemoryCapability
-------------------------

What dump-guest-memory can do in this QEMU.

Members:

- "formats": the dump formats this QEMU can write; compressed kdump
  formats whose compression library QEMU was built without are
  missing.

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

List the file formats dump-guest-memory can write in this QEMU, so
that a client can pick one before it starts a dump.

Arguments: None.

Returns: a DumpGuestMemoryCapability with the list of formats.

Since: 2.0

Example:

-> {"execute": "query-dump-guest-memory-capability"}
<- {"return": {"formats": ["elf", "kdump-zlib", "kdump-raw-zlib", "win-dmp"]}}

EQMP

