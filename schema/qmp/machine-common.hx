HXCOMM Area 'machine-common'.

    {
        .enum               = "S390CpuEntitlement",
        .values             = "auto,low,medium,high",
    },

SQMP
S390CpuEntitlement
------------------

An enumeration used by CpuInfoS390.

Values:

- "auto": TODO
- "low": TODO
- "medium": TODO
- "high": TODO

Since: 8.2

EQMP

    {
        .enum               = "CpuTopologyLevel",
        .values             = "thread,core,module,cluster,die,socket,book,drawer,default",
    },

SQMP
CpuTopologyLevel
----------------

TODO

Values:

- "thread": TODO
- "core": TODO
- "module": TODO
- "cluster": TODO
- "die": TODO
- "socket": TODO
- "book": TODO
- "drawer": TODO
- "default": TODO

Since: 9.2

EQMP

    {
        .enum               = "CacheLevelAndType",
        .values             = "l1d,l1i,l2,l3",
    },

SQMP
CacheLevelAndType
-----------------

TODO

Values:

- "l1d": TODO
- "l1i": TODO
- "l2": TODO
- "l3": TODO

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

TODO

Members:

- "cache": TODO
- "topology": TODO

Since: 9.2

EQMP

    {
        .struct             = "SmpCachePropertiesWrapper",
        .members            = "caches:[SmpCacheProperties]",
    },

SQMP
SmpCachePropertiesWrapper
-------------------------

TODO

Members:

- "caches": TODO

EQMP

