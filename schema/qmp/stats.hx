HXCOMM Area 'stats'.

SQMP
Statistics
==========

Counters and other values that QEMU and its accelerators collect while
the guest runs (KVM's counters of the VM and of each vCPU, the traffic
of crypto devices), read with query-stats, and the description of the
available statistics, read with query-stats-schemas.

EQMP

    {
        .enum               = "StatsType",
        .values             = "cumulative,instant,peak,linear-histogram,log2-histogram",
    },

SQMP
StatsType
---------

How a statistic behaves over time.

Values:

- "cumulative": a running total; its value only grows.
- "instant": the current value; it may go up and down.
- "peak": the highest value seen so far; it only grows.
- "linear-histogram": a histogram whose buckets all have the same width
  ("bucket-size" of StatsSchemaValue); the value is the list of bucket
  counts.
- "log2-histogram": a histogram with one bucket per power of two; the
  value is the list of bucket counts.

Since: 7.1

EQMP

    {
        .enum               = "StatsUnit",
        .values             = "bytes,seconds,cycles,boolean",
    },

SQMP
StatsUnit
---------

The unit a statistic is measured in, before the scale given by "base"
and "exponent" of StatsSchemaValue.

Values:

- "bytes": a number of bytes.
- "seconds": a time in seconds.
- "cycles": a number of clock cycles.
- "boolean": not a quantity but a true/false value.

Since: 7.1

EQMP

    {
        .enum               = "StatsProvider",
        .values             = "kvm,cryptodev",
    },

SQMP
StatsProvider
-------------

The part of QEMU that collects a set of statistics.

Values:

- "kvm": the KVM accelerator: counters kept by the host kernel for the
  VM and for each vCPU. Present only when QEMU runs with KVM (since
  7.1).
- "cryptodev": the crypto device backends (cryptodev-backend-*
  objects): bytes and operations per kind of request (since 8.0).

Since: 7.1

EQMP

    {
        .enum               = "StatsTarget",
        .values             = "vm,vcpu,cryptodev",
    },

SQMP
StatsTarget
-----------

The kind of object statistics can be requested for.

Values:

- "vm": statistics of the whole virtual machine or of the whole QEMU
  process.
- "vcpu": statistics of one virtual CPU each.
- "cryptodev": statistics of one crypto device backend each (since
  8.0).

Since: 7.1

EQMP

    {
        .struct             = "StatsRequest",
        .members            = "provider:StatsProvider,"
                              "names:[str]?",
    },

SQMP
StatsRequest
------------

A provider to ask query-stats for, and optionally which of its
statistics.

Members:

- "provider": the provider whose statistics are wanted.
- "names": the names of the statistics wanted (as listed by
  query-stats-schemas); all of the provider's statistics when absent.
  Some providers ignore the list: the cryptodev provider of QEMU
  10.0.2 always returns all its statistics.

Since: 7.1

EQMP

    {
        .struct             = "StatsVCPUFilter",
        .members            = "vcpus:[str]?",
    },

SQMP
StatsVCPUFilter
---------------

The extra member of query-stats for the target "vcpu".

Members:

- "vcpus": the QOM paths of the vCPUs wanted (for example
  "/machine/unattached/device[0]"); all vCPUs when absent.

Since: 7.1

EQMP

    {
        .union              = "StatsFilter",
        .members            = "target:StatsTarget,"
                              "providers:[StatsRequest]?",
        .discriminator      = "target",
        .variants           = "vcpu:StatsVCPUFilter",
    },

SQMP
StatsFilter
-----------

The arguments of query-stats: the kind of object to report on, and
which providers and statistics to report. Some targets accept further
members to narrow down the objects.

Members:

- "target": the kind of objects whose statistics are wanted; it
  selects the extra members (for "vcpu": "vcpus").
- "providers": the providers to ask, each optionally with the names of
  the statistics wanted; every provider and all its statistics when
  absent.

Since: 7.1

EQMP

    {
        .alternate          = "StatsValue",
        .variants           = "scalar:uint64,"
                              "boolean:bool,"
                              "list:[uint64]",
    },

SQMP
StatsValue
----------

The value of one statistic: a number, a boolean or a list of numbers,
depending on its type and unit (see StatsSchemaValue).

Members:

- "scalar": a single unsigned 64-bit number (counters, instant and peak
  values).
- "boolean": a single true/false value (statistics of the unit
  "boolean").
- "list": a list of unsigned 64-bit numbers: the bucket counts of a
  histogram.

Since: 7.1

EQMP

    {
        .struct             = "Stats",
        .members            = "name:str,"
                              "value:StatsValue",
    },

SQMP
Stats
-----

One statistic and its current value.

Members:

- "name": the name of the statistic, as listed by query-stats-schemas.
- "value": its current value; query-stats-schemas gives its type,
  unit and scale.

Since: 7.1

EQMP

    {
        .struct             = "StatsResult",
        .members            = "provider:StatsProvider,"
                              "qom-path:str?,"
                              "stats:[Stats]",
    },

SQMP
StatsResult
-----------

The statistics of one provider for one object.

Members:

- "provider": the provider that collected these statistics.
- "qom-path": the QOM path of the object they belong to (a vCPU, a
  crypto backend); absent when the object is not in the QOM tree, as
  for the target "vm".
- "stats": the statistics and their values.

Since: 7.1

EQMP

    {
        .name               = "query-stats",
        .args               = "StatsFilter",
        .boxed              = true,
        .returns            = "[StatsResult]",
    },

SQMP
query-stats
-----------

Read the statistics that QEMU collects at run time for the VM, its
vCPUs or its crypto backends. The arguments (a StatsFilter) choose the
kind of object, the providers and the statistics; query-stats-schemas
tells which exist and how to read their values.

Arguments: a StatsFilter: "target", optionally "providers", and for
the target "vcpu" optionally "vcpus".

Returns: a list of StatsResult, one per provider and object (for
example one per vCPU); empty when no provider has statistics for the
target, as for "vm" and "vcpu" without KVM.

Since: 7.1

Example:

(Captured from qemu-system-x86_64 -accel kvm, after the guest ran for
a second.)

-> {"execute": "query-stats", "arguments": {"target": "vm", "providers": [{"provider": "kvm", "names": ["pages_4k", "pages_2m", "max_mmu_page_hash_collisions"]}]}}
<- {"return": [{"provider": "kvm", "stats": [{"name": "max_mmu_page_hash_collisions", "value": 0}, {"name": "pages_2m", "value": 0}, {"name": "pages_4k", "value": 0}]}]}
-> {"execute": "query-stats", "arguments": {"target": "vcpu", "providers": [{"provider": "kvm", "names": ["exits", "halt_exits", "guest_mode", "halt_wait_hist"]}]}}
<- {"return": [{"provider": "kvm", "stats": [{"name": "guest_mode", "value": false}, {"name": "halt_exits", "value": 0}, {"name": "exits", "value": 1417}, {"name": "halt_wait_hist", "value": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}], "qom-path": "/machine/unattached/device[0]"}]}

(Captured from qemu-system-x86_64 with -object
cryptodev-backend-builtin,id=cryptodev0 and TCG, where KVM has no
statistics.)

-> {"execute": "query-stats", "arguments": {"target": "cryptodev"}}
<- {"return": [{"provider": "cryptodev", "stats": [{"name": "sym-decrypt-bytes", "value": 0}, {"name": "sym-encrypt-bytes", "value": 0}, {"name": "sym-decrypt-ops", "value": 0}, {"name": "sym-encrypt-ops", "value": 0}], "qom-path": "/objects/cryptodev0"}]}
-> {"execute": "query-stats", "arguments": {"target": "vm"}}
<- {"return": []}

EQMP

    {
        .struct             = "StatsSchemaValue",
        .members            = "name:str,"
                              "type:StatsType,"
                              "unit:StatsUnit?,"
                              "base:int8?,"
                              "exponent:int16,"
                              "bucket-size:uint32?",
    },

SQMP
StatsSchemaValue
----------------

The description of one statistic: its name, behaviour, unit and
scale. A value is worth value * base^exponent units.

Members:

- "name": the name of the statistic, unique among the statistics of
  one provider and target.
- "type": how the value behaves over time (a total, a current value,
  a peak or a histogram).
- "unit": the unit of the value; absent when the value is a plain
  number or count.
- "base": the base of the scale factor (10 for SI prefixes, 2 for
  binary ones); present only when "exponent" is not 0. With
  "exponent" it forms an SI prefix (base 10, exponent -9: nano) or a
  binary prefix (base 2, exponent 10: kibi).
- "exponent": the exponent of the scale factor; 0 when the value is in
  the plain unit.
- "bucket-size": the width of each bucket; present only for the type
  "linear-histogram".

Since: 7.1

EQMP

    {
        .struct             = "StatsSchema",
        .members            = "provider:StatsProvider,"
                              "target:StatsTarget,"
                              "stats:[StatsSchemaValue]",
    },

SQMP
StatsSchema
-----------

The statistics that one provider offers for one kind of object.

Members:

- "provider": the provider that collects them.
- "target": the kind of object they can be read for with query-stats.
- "stats": the description of each statistic.

Since: 7.1

EQMP

    {
        .name               = "query-stats-schemas",
        .args_type          = "provider:StatsProvider?",
        .returns            = "[StatsSchema]",
    },

SQMP
query-stats-schemas
-------------------

Describe every statistic query-stats can return: per provider and
target, the name, type, unit and scale of each. The set of statistics
and their names are not covered by QEMU's deprecation policy: QEMU
tries to keep them stable, but a statistic may be renamed (for example
when providers or architectures name the same value differently), go
away with the code that fed it, or report 0 forever after a default
changed; such changes should be rare. This applies to providers that
take their values from outside QEMU, such as Linux, too.

Arguments:

- "provider": report only this provider's statistics; all providers'
  when absent.

Returns: a list of StatsSchema, one per provider and target; empty when
no provider is active.

Since: 7.1

Example:

(Captured from qemu-system-x86_64 -accel kvm; the lists of statistics
are shortened from 47 (vcpu) and 16 (vm) entries.)

-> {"execute": "query-stats-schemas", "arguments": {"provider": "kvm"}}
<- {"return": [{"provider": "kvm", "stats": [{"name": "exits", "exponent": 0, "type": "cumulative"}, {"name": "guest_mode", "unit": "boolean", "exponent": 0, "type": "instant"}, {"name": "halt_wait_ns", "unit": "seconds", "base": 10, "exponent": -9, "type": "cumulative"}, {"name": "halt_wait_hist", "unit": "seconds", "base": 10, "exponent": -9, "type": "log2-histogram"}], "target": "vcpu"}, {"provider": "kvm", "stats": [{"name": "max_mmu_page_hash_collisions", "exponent": 0, "type": "peak"}, {"name": "pages_4k", "exponent": 0, "type": "instant"}], "target": "vm"}]}

(Captured from qemu-system-x86_64 with TCG and a cryptodev backend; the
list is shortened from 12 entries.)

-> {"execute": "query-stats-schemas"}
<- {"return": [{"provider": "cryptodev", "stats": [{"name": "asym-sign-ops", "exponent": 0, "type": "cumulative"}, {"name": "sym-encrypt-bytes", "exponent": 0, "type": "cumulative"}, {"name": "sym-encrypt-ops", "exponent": 0, "type": "cumulative"}], "target": "cryptodev"}]}

EQMP

