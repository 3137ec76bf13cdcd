HXCOMM Area 'stats'.

    {
        .enum               = "StatsType",
        .values             = "cumulative,instant,peak,linear-histogram,log2-histogram",
    },

SQMP
StatsType
---------

TODO

Values:

- "cumulative": TODO
- "instant": TODO
- "peak": TODO
- "linear-histogram": TODO
- "log2-histogram": TODO

Since: 7.1

EQMP

    {
        .enum               = "StatsUnit",
        .values             = "bytes,seconds,cycles,boolean",
    },

SQMP
StatsUnit
---------

TODO

Values:

- "bytes": TODO
- "seconds": TODO
- "cycles": TODO
- "boolean": TODO

Since: 7.1

EQMP

    {
        .enum               = "StatsProvider",
        .values             = "kvm,cryptodev",
    },

SQMP
StatsProvider
-------------

TODO

Values:

- "kvm": TODO
- "cryptodev": TODO

Since: 7.1

EQMP

    {
        .enum               = "StatsTarget",
        .values             = "vm,vcpu,cryptodev",
    },

SQMP
StatsTarget
-----------

TODO

Values:

- "vm": TODO
- "vcpu": TODO
- "cryptodev": TODO

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

TODO

Members:

- "provider": TODO
- "names": TODO

Since: 7.1

EQMP

    {
        .struct             = "StatsVCPUFilter",
        .members            = "vcpus:[str]?",
    },

SQMP
StatsVCPUFilter
---------------

TODO

Members:

- "vcpus": TODO

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

TODO

Members:

- "target": TODO
- "providers": TODO

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

TODO

Members:

- "scalar": TODO
- "boolean": TODO
- "list": TODO

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

TODO

Members:

- "name": TODO
- "value": TODO

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

TODO

Members:

- "provider": TODO
- "qom-path": TODO
- "stats": TODO

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

TODO

Returns: [StatsResult]. TODO

Since: 7.1

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

TODO

Members:

- "name": TODO
- "type": TODO
- "unit": TODO
- "base": TODO
- "exponent": TODO
- "bucket-size": TODO

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

TODO

Members:

- "provider": TODO
- "target": TODO
- "stats": TODO

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

TODO

Arguments:

- "provider": TODO

Returns: [StatsSchema]. TODO

Since: 7.1

EQMP

