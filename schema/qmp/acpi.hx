HXCOMM Area 'acpi'.

SQMP
ACPI
====

The guest's ACPI firmware tables as QEMU builds them: extra tables given
on the command line (-acpitable) and the status reports (_OST) the
guest's ACPI code sends back after a hotplug or unplug of memory or
CPUs.

EQMP

    {
        .struct             = "AcpiTableOptions",
        .members            = "sig:str?,"
                              "rev:uint8?,"
                              "oem_id:str?,"
                              "oem_table_id:str?,"
                              "oem_rev:uint32?,"
                              "asl_compiler_id:str?,"
                              "asl_compiler_rev:uint32?,"
                              "file:str?,"
                              "data:str?",
    },

SQMP
AcpiTableOptions
----------------

An extra ACPI table for QEMU to put into the guest's firmware tables,
as given with the -acpitable command line option. The table's content
comes from host files, named by "file" or by "data" (at most one of
the two; with neither, the files are taken as "data"). Each file named
there is read in order and the contents are joined into one blob.

The remaining members override fields of the standard ACPI table
header (ACPI 5.0, section 5.2.6 "System Description Table Header"). A
header field that is not overridden keeps the value found in the blob
when "file" is used, and gets a fixed value chosen by QEMU when "data"
is used. String fields are written into the header field from its
first byte on; a string longer than the field is cut off without a
warning, a shorter one is padded with NUL bytes.

Members:

- "sig": the table signature, 4 bytes (for example "SSDT"). Absent:
  taken from the file's header, or QEMU's fixed value for "data".
- "rev": the table revision, 1 byte; which revisions are valid depends
  on the signature. Absent: from the file or QEMU's fixed value.
- "oem_id": the OEM ID, 6 bytes. Absent: from the file or QEMU's
  fixed value.
- "oem_table_id": the OEM table ID, 8 bytes. Absent: from the file or
  QEMU's fixed value.
- "oem_rev": the revision number the OEM gives the table, 4 bytes.
  Absent: from the file or QEMU's fixed value.
- "asl_compiler_id": ID of the tool that built the table (the ASL
  compiler), 4 bytes. Absent: from the file or QEMU's fixed value.
- "asl_compiler_rev": revision of the tool that built the table, 4
  bytes. Absent: from the file or QEMU's fixed value.
- "file": host path names separated by colons (":"), at least one.
  The joined contents must be a complete table that starts with its
  own ACPI header. Cannot be combined with "data".
- "data": host path names separated by colons (":"), at least one.
  The joined contents are the table body only, without an ACPI header
  (QEMU adds the header). Cannot be combined with "file". Used when
  neither "file" nor "data" is given.

Since: 1.5

EQMP

    {
        .enum               = "ACPISlotType",
        .values             = "DIMM,CPU",
    },

SQMP
ACPISlotType
------------

The kind of hotplug slot an ACPI status report (ACPIOSTInfo) is
about.

Values:

- "DIMM": a memory slot, into which a DIMM-like memory device
  (pc-dimm, nvdimm, ...) is plugged.
- "CPU": a slot for one logical CPU (reported since 2.7).

EQMP

    {
        .struct             = "ACPIOSTInfo",
        .members            = "device:str?,"
                              "slot:str,"
                              "slot-type:ACPISlotType,"
                              "source:int,"
                              "status:int",
    },

SQMP
ACPIOSTInfo
-----------

The status of one hotplug slot as the guest's ACPI code last reported
it through the _OST (OSPM Status Indication) method. The meaning of the
numbers in "source" and "status" is defined in the _OST chapter of the
ACPI 5.0 specification.

Members:

- "device": the ID of the device plugged into the slot. Absent when
  the slot is empty or its device has no ID.
- "slot": the slot's ID; unique among the slots of the same
  "slot-type".
- "slot-type": whether the slot takes memory or a CPU.
- "source": the event the guest reported on, as the _OST source event
  code of the ACPI specification (for example 1, Device Check, after a
  hotplug; 3, Eject Request, after an unplug request). A slot the
  guest has not reported on yet shows 0.
- "status": the result the guest reported, as the _OST status code of
  the ACPI specification (0 means success).

Since: 2.1

EQMP

    {
        .name               = "query-acpi-ospm-status",
        .args_type          = "",
        .returns            = "[ACPIOSTInfo]",
    },

SQMP
query-acpi-ospm-status
----------------------

List the ACPI hotplug slots that support status reporting (_OST),
memory and CPU slots, with what the guest's operating system last
reported for each. A management tool uses it to learn whether the
guest accepted or refused a hotplug or an unplug request.

Arguments: None.

Returns: a list of ACPIOSTInfo, one per slot (empty when the machine
has no such slot).

Errors:

- GenericError when the machine has no ACPI device (for example
  -M pc,acpi=off).

Since: 2.1

Example:

(Captured from "-m 128M,slots=2,maxmem=1G" with one pc-dimm "dimm1" plugged
in and the guest not started.)

-> {"execute": "query-acpi-ospm-status"}
<- {"return": [{"device": "dimm1", "source": 0, "status": 0, "slot": "0", "slot-type": "DIMM"}, {"source": 0, "status": 0, "slot": "1", "slot-type": "DIMM"}]}

EQMP

    {
        .event              = "ACPI_DEVICE_OST",
        .data               = "info:ACPIOSTInfo",
    },

SQMP
ACPI_DEVICE_OST
---------------

Sent when the guest's ACPI code calls the _OST method to report the
outcome of a hotplug or unplug request, for example after a
device_del of a DIMM or CPU.

Data:

- "info": the slot and the status the guest reported for it.

Since: 2.1

Example:

(Written from the schema, not captured from a server.)

<- { "event": "ACPI_DEVICE_OST",
     "data": { "info": { "device": "dimm1", "slot": "0", "slot-type": "DIMM",
                         "source": 3, "status": 0 } },
     "timestamp": { "seconds": 1700000000, "microseconds": 450486 } }

EQMP

