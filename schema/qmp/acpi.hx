HXCOMM Area 'acpi'.

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

TODO

Members:

- "sig": TODO
- "rev": TODO
- "oem_id": TODO
- "oem_table_id": TODO
- "oem_rev": TODO
- "asl_compiler_id": TODO
- "asl_compiler_rev": TODO
- "file": TODO
- "data": TODO

Since: 1.5

EQMP

    {
        .enum               = "ACPISlotType",
        .values             = "DIMM,CPU",
    },

SQMP
ACPISlotType
------------

An enumeration used by ACPIOSTInfo.

Values:

- "DIMM": TODO
- "CPU": TODO

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

The status the guest's ACPI code reported for a hotplug slot.

Members:

- "device": TODO
- "slot": TODO
- "slot-type": TODO
- "source": TODO
- "status": TODO

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

Report the status of ACPI hotplug operations as the guest's ACPI code
acknowledged them (_OST). It fails on machines without ACPI.

Arguments: None.

Returns: [ACPIOSTInfo]

Example: -> { "execute": "query-acpi-ospm-status" }
<- { "return": [ { "device": "d1", "slot": "0", "slot-type": "DIMM", "source": 1, "status": 0 } ] }

Since: 2.1

EQMP

    {
        .event              = "ACPI_DEVICE_OST",
        .data               = "info:ACPIOSTInfo",
    },

SQMP
ACPI_DEVICE_OST
---------------

The guest's ACPI code reported the status of a hotplug operation (_OST).

Data:

- "info": the reported status (json-object, ACPIOSTInfo)

Example: <- { "event": "ACPI_DEVICE_OST", "data": { "info": { "device": "d1", "slot": "0", "slot-type": "DIMM", "source": 1, "status": 0 } }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 2.1

EQMP

