HXCOMM Area 'cxl'.

SQMP
CXL devices
===========

Testing aids for emulated CXL (Compute Express Link) type 3 memory
devices (cxl-type3, on a machine with CXL enabled such as
-M q35,cxl=on): inject the events, poison and protocol errors that real
CXL memory reports, so that the guest's handling of them can be
tested, and add or release dynamic capacity. All of them name the
device by its canonical QOM path (for example
"/machine/peripheral/cxl-mem0" for a device with the ID "cxl-mem0") and
fail with GenericError when the path does not resolve ("Unable to
resolve path") or does not lead to a CXL type 3 device.

EQMP

    {
        .enum               = "CxlEventLog",
        .values             = "informational,warning,failure,fatal",
    },

SQMP
CxlEventLog
-----------

The event logs of a CXL memory device. A device keeps a separate log
per severity; each log is read and signalled to the host on its own.

Values:

- "informational": the Information Event Log.
- "warning": the Warning Event Log.
- "failure": the Failure Event Log.
- "fatal": the Fatal Event Log.

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

Add a General Media Event record (CXL r3.0, 8.2.9.2.1.1: an event
about the device's memory media, for example an ECC error) to one of
the event logs of a CXL type 3 device, as if the device had detected
it. The guest reads it through the device's mailbox. The numeric fields
are copied into the record as given; the CXL r3.0 tables named below
define their encodings.

Arguments:

- "path": the canonical QOM path of the CXL type 3 device.
- "log": the event log to add the record to.
- "flags": the Event Record Flags of the common event record header
  (CXL r3.0 Table 8-42).
- "dpa": the Device Physical Address of the event, relative to the
  device. Its low bits carry flags (CXL r3.0 Table 8-43, Physical
  Address).
- "descriptor": the Memory Event Descriptor bits that qualify the
  event (CXL r3.0 Table 8-43).
- "type": the Memory Event Type, what kind of event occurred (CXL
  r3.0 Table 8-43).
- "transaction-type": the type of the first transaction that caused
  the event (CXL r3.0 Table 8-43).
- "channel": the channel (an independently accessible memory
  interface) of the event's location. Absent: the record marks the
  channel as not valid.
- "rank": the rank (the set of memory chips on a channel that serve a
  transaction together) of the event's location. Absent: the record
  marks the rank as not valid.
- "device": a bit mask of the memory chips of the rank that the event
  concerns. Absent: the record marks it as not valid.
- "component-id": a device-specific ID of the component of the event,
  for example a field-replaceable part of the device. Absent: the
  record marks it as not valid.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device.

Since: 8.1

Example:

(Captured from -M q35,cxl=on with a cxl-type3 device "cxl-vmem0".)

-> {"execute": "cxl-inject-general-media-event", "arguments": {"path": "/machine/peripheral/cxl-vmem0", "log": "informational", "flags": 1, "dpa": 1000, "descriptor": 3, "type": 3, "transaction-type": 192, "channel": 3, "rank": 2, "device": 5, "component-id": "iras mem"}}
<- {"return": {}}

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

Add a DRAM Event record (CXL r3.0, 8.2.9.2.1.2: an event about the
DRAM of the device, with the location down to row and column) to one
of the event logs of a CXL type 3 device, as if the device had
detected it. The numeric fields are copied into the record as given;
the CXL r3.0 tables named below define their encodings.

Arguments:

- "path": the canonical QOM path of the CXL type 3 device.
- "log": the event log to add the record to.
- "flags": the Event Record Flags of the common event record header
  (CXL r3.0 Table 8-42).
- "dpa": the Device Physical Address of the event, relative to the
  device. Its low bits carry flags (CXL r3.0 Table 8-44, Physical
  Address).
- "descriptor": the Memory Event Descriptor bits that qualify the
  event (CXL r3.0 Table 8-44).
- "type": the Memory Event Type, what kind of event occurred (CXL
  r3.0 Table 8-44).
- "transaction-type": the type of the first transaction that caused
  the event (CXL r3.0 Table 8-44).
- "channel": the channel (an independently accessible memory
  interface) of the event's location. Absent: marked not valid.
- "rank": the rank (the set of memory chips on a channel that serve a
  transaction together) of the event's location. Absent: marked not
  valid.
- "nibble-mask": a bit mask of the nibbles (4-bit groups of the data
  path) the error affects. Absent: marked not valid.
- "bank-group": the bank group (a group of banks) of the event's
  location. Absent: marked not valid.
- "bank": the bank of the event's location; one bank is accessed per
  read or write. Absent: marked not valid.
- "row": the row address within the DRAM. Absent: marked not valid.
- "column": the column address within the DRAM. Absent: marked not
  valid.
- "correction-mask": the bits corrected within each affected nibble,
  one entry per bit set in "nibble-mask", in order; at most 4 entries.
  Absent: marked not valid.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device.

Since: 8.1

Example:

(Captured from -M q35,cxl=on with a cxl-type3 device "cxl-vmem0".)

-> {"execute": "cxl-inject-dram-event", "arguments": {"path": "/machine/peripheral/cxl-vmem0", "log": "informational", "flags": 1, "dpa": 1000, "descriptor": 3, "type": 3, "transaction-type": 192, "channel": 3, "rank": 17, "nibble-mask": 37421234, "bank-group": 7, "bank": 11, "row": 2, "column": 77, "correction-mask": [33, 44, 55, 66]}}
<- {"return": {}}

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

Add a Memory Module Event record (CXL r3.0, 8.2.9.2.1.3: an event about
the device as a whole) to one of the event logs of a CXL type 3
device. The record carries a snapshot of the device's health
information at the time of the event, given by the arguments. The
numeric fields are copied into the record as given; the CXL r3.0
tables named below define their encodings.

Arguments:

- "path": the canonical QOM path of the CXL type 3 device.
- "log": the event log to add the record to.
- "flags": the Event Record Flags of the common event record header
  (CXL r3.0 Table 8-42).
- "type": the Device Event Type (CXL r3.0 Table 8-45).
- "health-status": the overall health summary bits (CXL r3.0 Table
  8-100, Health Status).
- "media-status": the overall media health summary (CXL r3.0 Table
  8-100, Media Status).
- "additional-status": the additional status fields (CXL r3.0 Table
  8-100, Additional Status).
- "life-used": how much of its expected life span the device has used,
  in percent (0 to 100).
- "temperature": the device's temperature, in degrees Celsius.
- "dirty-shutdown-count": how many times the device could not tell
  whether data was lost (dirty shutdowns).
- "corrected-volatile-error-count": the total number of corrected
  errors in volatile memory.
- "corrected-persistent-error-count": the total number of corrected
  errors in persistent memory.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device.

Since: 8.1

Example:

(Captured from -M q35,cxl=on with a cxl-type3 device "cxl-vmem0".)

-> {"execute": "cxl-inject-memory-module-event", "arguments": {"path": "/machine/peripheral/cxl-vmem0", "log": "informational", "flags": 1, "type": 3, "health-status": 3, "media-status": 7, "additional-status": 33, "life-used": 30, "temperature": -15, "dirty-shutdown-count": 4, "corrected-volatile-error-count": 3233, "corrected-persistent-error-count": 1300}}
<- {"return": {}}

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

Mark a range of a CXL type 3 device's memory as poisoned: a record
that the device knows the data there may be corrupt, as a real device
would after detecting an error itself (for example an ECC failure) or
receiving a poisoned write from another component. The guest can list
the poison records through the device's mailbox; this lets the
guest's handling of them be tested.

Arguments:

- "path": the canonical QOM path of the CXL type 3 device.
- "start": the device physical address where the poisoned range
  starts; must be a multiple of 64.
- "length": the length of the poisoned range, in bytes; must be a
  multiple of 64.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device, when "start" is not 64-byte aligned or when "length" is not
  a multiple of 64 bytes.

Since: 8.1

Example:

(Captured from -M q35,cxl=on with a cxl-type3 device "cxl-vmem0".)

-> {"execute": "cxl-inject-poison", "arguments": {"path": "/machine/peripheral/cxl-vmem0", "start": 2048, "length": 256}}
<- {"return": {}}
-> {"execute": "cxl-inject-poison", "arguments": {"path": "/machine/peripheral/cxl-vmem0", "start": 2049, "length": 256}}
<- {"error": {"class": "GenericError", "desc": "Poison start address must be 64 byte aligned"}}

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

The kind of uncorrectable CXL protocol error to inject. The device
reports such errors to the guest as an AER uncorrectable internal
error, with further details (including a header log) in the device's
CXL RAS registers.

Values:

- "cache-data-parity": a data error on CXL.cache, such as a data
  parity or data ECC error.
- "cache-address-parity": an address parity error, or another error in
  the address field, on CXL.cache.
- "cache-be-parity": a byte enable parity error, or another byte
  enable error, on CXL.cache.
- "cache-data-ecc": an ECC error on CXL.cache.
- "mem-data-parity": a data error on CXL.mem, such as a data parity or
  data ECC error.
- "mem-address-parity": an address parity error, or another error in
  the address field, on CXL.mem.
- "mem-be-parity": a byte enable parity error, or another byte enable
  error, on CXL.mem.
- "mem-data-ecc": a data ECC error on CXL.mem.
- "reinit-threshold": the REINIT threshold was reached.
- "rsvd-encoding": an encoding the receiver does not recognise was
  received.
- "poison-received": poison was received from the peer.
- "receiver-overflow": a receive buffer overflowed (the first 3 bits
  of the header log tell which buffer).
- "internal": a component-specific internal error.
- "cxl-ide-tx": an Integrity and Data Encryption (IDE) error on
  transmit.
- "cxl-ide-rx": an Integrity and Data Encryption (IDE) error on
  receive.

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

One uncorrectable error to inject, with its header log.

Members:

- "type": the kind of error.
- "header": the header log recorded with the error, as up to 16 DWORDs
  (32-bit values).

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

Inject one or more uncorrectable CXL protocol errors into a CXL type 3
device at once. The device signals them to the guest as an AER
uncorrectable internal error; injecting several at once tests how the
guest handles multiple header logs.

Arguments:

- "path": the canonical QOM path of the CXL type 3 device.
- "errors": the errors to inject, in order.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device.

Since: 8.0

Example:

(Captured from -M q35,cxl=on with a cxl-type3 device "cxl-vmem0".)

-> {"execute": "cxl-inject-uncorrectable-errors", "arguments": {"path": "/machine/peripheral/cxl-vmem0", "errors": [{"type": "cache-address-parity", "header": [3, 4]}, {"type": "cache-data-parity", "header": [255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]}]}}
<- {"return": {}}

EQMP

    {
        .enum               = "CxlCorErrorType",
        .values             = "cache-data-ecc,mem-data-ecc,crc-threshold,retry-threshold,"
                              "cache-poison-received,mem-poison-received,physical",
    },

SQMP
CxlCorErrorType
---------------

The kind of correctable CXL protocol error to inject.

Values:

- "cache-data-ecc": a data ECC error on CXL.cache.
- "mem-data-ecc": a data ECC error on CXL.mem.
- "crc-threshold": the CRC error threshold was reached; component
  specific, only in 68-byte flit mode.
- "retry-threshold": the retry threshold of the Local Retry State
  Machine was reached; only in 68-byte flit mode.
- "cache-poison-received": poison was received from a peer on
  CXL.cache.
- "mem-poison-received": poison was received from a peer on CXL.mem.
- "physical": the physical layer reported an error.

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

Inject one correctable CXL protocol error into a CXL type 3 device. The
device signals it to the guest as an AER correctable internal error,
with details in the device's CXL RAS registers. There is no header log
for these errors, so they are injected one at a time.

Arguments:

- "path": the canonical QOM path of the CXL type 3 device.
- "type": the kind of error.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device.

Since: 8.0

Example:

(Captured from -M q35,cxl=on with a cxl-type3 device "cxl-vmem0" and a
root port "root_port13".)

-> {"execute": "cxl-inject-correctable-error", "arguments": {"path": "/machine/peripheral/cxl-vmem0", "type": "physical"}}
<- {"return": {}}
-> {"execute": "cxl-inject-correctable-error", "arguments": {"path": "/machine/peripheral/root_port13", "type": "physical"}}
<- {"error": {"class": "GenericError", "desc": "Path does not point to a CXL type 3 device"}}

EQMP

    {
        .struct             = "CxlDynamicCapacityExtent",
        .members            = "offset:uint64,"
                              "len:uint64",
    },

SQMP
CxlDynamicCapacityExtent
------------------------

An extent of dynamic capacity: one contiguous range of device physical
addresses within a single Dynamic Capacity region of a CXL type 3
device.

Members:

- "offset": where the extent starts, in bytes from the start of its
  region; must be a multiple of the region's block size.
- "len": the length of the extent, in bytes; must be a multiple of the
  region's block size.

Since: 9.1

EQMP

    {
        .enum               = "CxlExtentSelectionPolicy",
        .values             = "free,contiguous,prescriptive,enable-shared-access",
    },

SQMP
CxlExtentSelectionPolicy
------------------------

Who chooses the extents that make up capacity being added (the
"Selection Policy" of CXL r3.1 Table 7-70). QEMU 10.0 implements only
"prescriptive"; the others are refused.

Values:

- "free": the device allocates the requested capacity, from any
  combination of extents it supports.
- "contiguous": the device allocates the requested capacity, but as a
  single contiguous extent.
- "prescriptive": the request lists the exact extents to allocate: the
  issuer of the request manages the allocation, not the device.
- "enable-shared-access": make capacity that was already allocated to
  another host, under a known tag, available to one more host as well.
  The capacity is the one the tag stands for. Each host sees its own
  extent list (and so its own device physical addresses); the device
  numbers the extents it gives each host so that the host knows their
  order. The same applies to sharing over time, which may involve just
  one host.

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

Start adding dynamic capacity extents to a host of a CXL Dynamic
Capacity Device (a cxl-type3 device with dynamic capacity regions),
as the device's fabric manager would (CXL r3.1, 7.6.7.6.5, Initiate
Dynamic Capacity Add). The guest is notified and has to accept the
extents; whether it did can only be learnt from the guest itself, not
from this command.

Arguments:

- "path": the canonical QOM path of the Dynamic Capacity Device.
- "host-id": the "Host ID" field (CXL r3.1 Table 7-70): the host the
  capacity is for.
- "selection-policy": who chooses the extents (the "Selection Policy"
  of CXL r3.1 Table 7-70); QEMU 10.0 accepts only "prescriptive".
- "region": the "Region Number" (CXL r3.1 Table 7-70): the dynamic
  capacity region the extents belong to, 0 to 7, and one the device
  has.
- "tag": the "Tag" field (CXL r3.1 Table 7-70), a label of the
  capacity. Absent: no tag.
- "extents": the "Extent List" (CXL r3.1 Table 7-70): the extents to
  add.

Features:

- "unstable": the command is experimental: it may still change.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device, when the device has no dynamic capacity, when the selection
  policy is not supported, when the region does not exist, or when an
  extent is not aligned to the region's block size or overlaps
  capacity already added or still pending ("cannot add DPA again
  while still pending").

Since: 9.1

Example:

(Captured from -M q35,cxl=on with a cxl-type3 device "cxl-dcd0" that has
two dynamic capacity regions.)

-> {"execute": "cxl-add-dynamic-capacity", "arguments": {"path": "/machine/peripheral/cxl-dcd0", "host-id": 0, "selection-policy": "prescriptive", "region": 0, "extents": [{"offset": 0, "len": 134217728}, {"offset": 134217728, "len": 134217728}]}}
<- {"return": {}}
-> {"execute": "cxl-add-dynamic-capacity", "arguments": {"path": "/machine/peripheral/cxl-dcd0", "host-id": 0, "selection-policy": "free", "region": 0, "extents": [{"offset": 268435456, "len": 134217728}]}}
<- {"error": {"class": "GenericError", "desc": "Selection policy not supported"}}

EQMP

    {
        .enum               = "CxlExtentRemovalPolicy",
        .values             = "tag-based,prescriptive",
    },

SQMP
CxlExtentRemovalPolicy
----------------------

Who chooses the extents that make up capacity being released (the
removal policy bits of the "Flags" field of CXL r3.1 Table 7-71). QEMU
10.0 implements only "prescriptive".

Values:

- "tag-based": the device chooses the extents by their tag; they need
  not be contiguous.
- "prescriptive": the request lists the extents to release.

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

Start releasing dynamic capacity extents from a host of a CXL Dynamic
Capacity Device, as the device's fabric manager would (CXL r3.1,
7.6.7.6.6, Initiate Dynamic Capacity Release). The guest is asked to
give the capacity back; whether it did can only be learnt from the
guest itself, not from this command. Only capacity the guest has
accepted can be released.

Arguments:

- "path": the canonical QOM path of the Dynamic Capacity Device.
- "host-id": the "Host ID" field (CXL r3.1 Table 7-71): the host to
  take the capacity from.
- "removal-policy": who chooses the extents (bits 3:0 of the "Flags"
  field of CXL r3.1 Table 7-71); QEMU 10.0 accepts only
  "prescriptive".
- "forced-removal": bit 4 of the "Flags" field. When true, the device
  does not wait for the host to release the capacity: the host loses
  access to it at once. Absent: false.
- "sanitize-on-release": bit 5 of the "Flags" field. When true, the
  device is to sanitize all released capacity, so that its user data
  and metadata are made permanently unavailable by means that suit the
  media (changing encryption keys is not enough). Absent: false.
- "region": the "Region Number" (CXL r3.1 Table 7-71): the dynamic
  capacity region of the extents, 0 to 7, and one the device has.
- "tag": the "Tag" field (CXL r3.1 Table 7-71). Absent: no tag.
- "extents": the "Extent List" (CXL r3.1 Table 7-71): the extents to
  release.

Features:

- "unstable": the command is experimental: it may still change.

Errors:

- GenericError when "path" does not resolve or is not a CXL type 3
  device, when the device has no dynamic capacity, when the removal
  policy is not supported, when the region does not exist, or when an
  extent is not (or not yet) accepted by the host ("cannot release
  extent with pending DPA range", "cannot release extent with
  non-existing DPA range").

Since: 9.1

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "cxl-release-dynamic-capacity",
     "arguments": { "path": "/machine/peripheral/cxl-dcd0", "host-id": 0,
                    "removal-policy": "prescriptive", "region": 0,
                    "extents": [ { "offset": 0, "len": 134217728 } ] } }
<- { "return": {} }

Example:

(Captured from -M q35,cxl=on right after the cxl-add-dynamic-capacity
example above, before a guest had accepted the extents.)

-> {"execute": "cxl-release-dynamic-capacity", "arguments": {"path": "/machine/peripheral/cxl-dcd0", "host-id": 0, "removal-policy": "prescriptive", "region": 0, "extents": [{"offset": 0, "len": 134217728}]}}
<- {"error": {"class": "GenericError", "desc": "cannot release extent with pending DPA range"}}

EQMP

