HXCOMM Area 'ebpf'.

#if defined(CONFIG_EBPF)
    {
        .struct             = "EbpfObject",
        .members            = "object:str",
    },
#endif

SQMP
EbpfObject
----------

TODO

Members:

- "object": TODO

Since: 9.0

EQMP

#if defined(CONFIG_EBPF)
    {
        .enum               = "EbpfProgramID",
        .values             = "rss",
    },
#endif

SQMP
EbpfProgramID
-------------

TODO

Values:

- "rss": TODO

Since: 9.0

EQMP

#if defined(CONFIG_EBPF)
    {
        .name               = "request-ebpf",
        .args_type          = "id:EbpfProgramID",
        .returns            = "EbpfObject",
    },
#endif

SQMP
request-ebpf
------------

TODO

Arguments:

- "id": TODO

Returns: EbpfObject. TODO

Since: 9.0

EQMP

