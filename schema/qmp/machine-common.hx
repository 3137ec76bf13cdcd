HXCOMM Area 'machine-common'.

SQMP
Common machine types
====================

Types shared by the machine areas of every target: the levels of the
CPU topology, the caches whose sharing can be configured, and the
entitlement of s390x CPUs.

EQMP

    {
        .enum               = "S390CpuEntitlement",
        .values             = "auto,low,medium,high",
    },

SQMP
S390CpuEntitlement
------------------

How much real CPU capacity an s390x virtual CPU is entitled to when the
guest has switched to vertical polarization (with horizontal
polarization, the default at boot and after a subsystem reset, all
virtual CPUs are provisioned alike and the entitlement has no effect).
Used by the s390x CPU devices' "entitlement" property, set-cpu-topology
and query-cpus-fast.

Values:

- "auto": let QEMU choose: "high" for a dedicated CPU, "medium"
  otherwise. This is the default of the CPU's "entitlement" property.
- "low": the CPU only gets real CPU time when no other virtual CPU
  needs it.
- "medium": the CPU shares a real CPU with other virtual CPUs.
- "high": the CPU gets a real CPU fully (100% of its provisioning); a
  dedicated CPU must have this entitlement.

Since: 8.2

EQMP

    {
        .enum               = "CpuTopologyLevel",
        .values             = "thread,core,module,cluster,die,socket,book,drawer,default",
    },

SQMP
CpuTopologyLevel
----------------

A level of the CPU topology, from the smallest unit (a hardware
thread) to the largest (a drawer). Each level except "default"
corresponds to an option of -smp (SMPConfiguration) that sets how many
units of the level there are in the unit above it. Used, for example,
to say at which level a cache is shared (SmpCacheProperties).

Values:

- "thread": a hardware thread, also called SMT level or logical
  processor; sized by the "threads" option of -smp.
- "core": a core; sized by the "cores" option of -smp.
- "module": a module (a group of cores); sized by the "modules" option
  of -smp.
- "cluster": a cluster of cores; sized by the "clusters" option of
  -smp.
- "die": a die; sized by the "dies" option of -smp.
- "socket": a socket, also called a package; sized by the "sockets"
  option of -smp.
- "book": a book (s390x); sized by the "books" option of -smp.
- "drawer": a drawer (s390x); sized by the "drawers" option of -smp.
- "default": no level of its own: use what the target architecture
  does by default for the setting in question (for a cache, the
  architecture's default cache topology).

Since: 9.2

EQMP

    {
        .enum               = "CacheLevelAndType",
        .values             = "l1d,l1i,l2,l3",
    },

SQMP
CacheLevelAndType
-----------------

A CPU cache, named by its level and, for level 1, its type.

Values:

- "l1d": the level 1 data cache.
- "l1i": the level 1 instruction cache.
- "l2": the level 2 cache (unified: data and instructions).
- "l3": the level 3 cache (unified: data and instructions).

Since: 9.2

EQMP

    {
        .struct             = "SmpCacheProperties",
        .members            = "cache:CacheLevelAndType,"
                              "topology:CpuTopologyLevel",
    },

SQMP
SmpCacheProperties
------------------

At which CPU topology level one cache is shared, as set with the
machine's "smp-cache" property (for example
-machine smp-cache.0.cache=l2,smp-cache.0.topology=core).

Members:

- "cache": the cache to configure.
- "topology": the topology level whose units each have one instance
  of the cache: all CPUs in the same unit of this level share it (for
  example "core": one cache per core, shared by that core's threads).
  "default" keeps the architecture's default.

Since: 9.2

EQMP

    {
        .struct             = "SmpCachePropertiesWrapper",
        .members            = "caches:[SmpCacheProperties]",
    },

SQMP
SmpCachePropertiesWrapper
-------------------------

The value of the machine's "smp-cache" property: the sharing level of
each cache to configure.

Members:

- "caches": one entry per cache whose sharing level is set; caches not
  listed keep the architecture's default.

Since: 9.2

EQMP

