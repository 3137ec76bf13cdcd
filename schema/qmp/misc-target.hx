HXCOMM Area 'misc-target'.

#if defined(TARGET_I386)
    {
        .name               = "rtc-reset-reinjection",
        .args_type          = "",
    },
#endif

SQMP
rtc-reset-reinjection
---------------------

TODO

Since: 2.1

EQMP

#if defined(TARGET_I386)
    {
        .enum               = "SevState",
        .values             = "uninit,launch-update,launch-secret,running,send-update,"
                              "receive-update",
    },
#endif

SQMP
SevState
--------

TODO

Values:

- "uninit": TODO
- "launch-update": TODO
- "launch-secret": TODO
- "running": TODO
- "send-update": TODO
- "receive-update": TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .enum               = "SevGuestType",
        .values             = "sev,sev-snp",
    },
#endif

SQMP
SevGuestType
------------

TODO

Values:

- "sev": TODO
- "sev-snp": TODO

Since: 6.2

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevGuestInfo",
        .members            = "policy:uint32,"
                              "handle:uint32",
    },
#endif

SQMP
SevGuestInfo
------------

TODO

Members:

- "policy": TODO
- "handle": TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevSnpGuestInfo",
        .members            = "snp-policy:uint64",
    },
#endif

SQMP
SevSnpGuestInfo
---------------

TODO

Members:

- "snp-policy": TODO

Since: 9.1

EQMP

#if defined(TARGET_I386)
    {
        .union              = "SevInfo",
        .members            = "enabled:bool,"
                              "api-major:uint8,"
                              "api-minor:uint8,"
                              "build-id:uint8,"
                              "state:SevState,"
                              "sev-type:SevGuestType",
        .discriminator      = "sev-type",
        .variants           = "sev:SevGuestInfo,"
                              "sev-snp:SevSnpGuestInfo",
    },
#endif

SQMP
SevInfo
-------

TODO

Members:

- "enabled": TODO
- "api-major": TODO
- "api-minor": TODO
- "build-id": TODO
- "state": TODO
- "sev-type": TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev",
        .args_type          = "",
        .returns            = "SevInfo",
    },
#endif

SQMP
query-sev
---------

TODO

Returns: SevInfo. TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevLaunchMeasureInfo",
        .members            = "data:str",
    },
#endif

SQMP
SevLaunchMeasureInfo
--------------------

TODO

Members:

- "data": TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev-launch-measure",
        .args_type          = "",
        .returns            = "SevLaunchMeasureInfo",
    },
#endif

SQMP
query-sev-launch-measure
------------------------

TODO

Returns: SevLaunchMeasureInfo. TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevCapability",
        .members            = "pdh:str,"
                              "cert-chain:str,"
                              "cpu0-id:str,"
                              "cbitpos:int,"
                              "reduced-phys-bits:int",
    },
#endif

SQMP
SevCapability
-------------

TODO

Members:

- "pdh": TODO
- "cert-chain": TODO
- "cpu0-id": TODO
- "cbitpos": TODO
- "reduced-phys-bits": TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev-capabilities",
        .args_type          = "",
        .returns            = "SevCapability",
    },
#endif

SQMP
query-sev-capabilities
----------------------

TODO

Returns: SevCapability. TODO

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .name               = "sev-inject-launch-secret",
        .args_type          = "packet-header:str,"
                              "secret:str,"
                              "gpa:uint64?",
    },
#endif

SQMP
sev-inject-launch-secret
------------------------

TODO

Arguments:

- "packet-header": TODO
- "secret": TODO
- "gpa": TODO

Since: 6.0

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevAttestationReport",
        .members            = "data:str",
    },
#endif

SQMP
SevAttestationReport
--------------------

TODO

Members:

- "data": TODO

Since: 6.1

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev-attestation-report",
        .args_type          = "mnonce:str",
        .returns            = "SevAttestationReport",
    },
#endif

SQMP
query-sev-attestation-report
----------------------------

TODO

Arguments:

- "mnonce": TODO

Returns: SevAttestationReport. TODO

Since: 6.1

EQMP

#if defined(TARGET_S390X)
    {
        .name               = "dump-skeys",
        .args_type          = "filename:str",
    },
#endif

SQMP
dump-skeys
----------

TODO

Arguments:

- "filename": TODO

Since: 2.5

EQMP

#if defined(TARGET_ARM)
    {
        .struct             = "GICCapability",
        .members            = "version:int,"
                              "emulated:bool,"
                              "kernel:bool",
    },
#endif

SQMP
GICCapability
-------------

TODO

Members:

- "version": TODO
- "emulated": TODO
- "kernel": TODO

Since: 2.6

EQMP

#if defined(TARGET_ARM)
    {
        .name               = "query-gic-capabilities",
        .args_type          = "",
        .returns            = "[GICCapability]",
    },
#endif

SQMP
query-gic-capabilities
----------------------

TODO

Returns: [GICCapability]. TODO

Since: 2.6

EQMP

    {
        .struct             = "SGXEPCSection",
        .members            = "node:int,"
                              "size:uint64",
    },

SQMP
SGXEPCSection
-------------

TODO

Members:

- "node": TODO
- "size": TODO

Since: 7.0

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SGXInfo",
        .members            = "sgx:bool,"
                              "sgx1:bool,"
                              "sgx2:bool,"
                              "flc:bool,"
                              "sections:[SGXEPCSection]",
    },
#endif

SQMP
SGXInfo
-------

TODO

Members:

- "sgx": TODO
- "sgx1": TODO
- "sgx2": TODO
- "flc": TODO
- "sections": TODO

Since: 6.2

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sgx",
        .args_type          = "",
        .returns            = "SGXInfo",
    },
#endif

SQMP
query-sgx
---------

TODO

Returns: SGXInfo. TODO

Since: 6.2

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sgx-capabilities",
        .args_type          = "",
        .returns            = "SGXInfo",
    },
#endif

SQMP
query-sgx-capabilities
----------------------

TODO

Returns: SGXInfo. TODO

Since: 6.2

EQMP

#if defined(TARGET_I386)
    {
        .enum               = "EvtchnPortType",
        .values             = "closed,unbound,interdomain,pirq,virq,ipi",
    },
#endif

SQMP
EvtchnPortType
--------------

TODO

Values:

- "closed": TODO
- "unbound": TODO
- "interdomain": TODO
- "pirq": TODO
- "virq": TODO
- "ipi": TODO

Since: 8.0

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "EvtchnInfo",
        .members            = "port:uint16,"
                              "vcpu:uint32,"
                              "type:EvtchnPortType,"
                              "remote-domain:str,"
                              "target:uint16,"
                              "pending:bool,"
                              "masked:bool",
    },
#endif

SQMP
EvtchnInfo
----------

TODO

Members:

- "port": TODO
- "vcpu": TODO
- "type": TODO
- "remote-domain": TODO
- "target": TODO
- "pending": TODO
- "masked": TODO

Since: 8.0

EQMP

#if defined(TARGET_I386)
    {
        .name               = "xen-event-list",
        .args_type          = "",
        .returns            = "[EvtchnInfo]",
    },
#endif

SQMP
xen-event-list
--------------

TODO

Returns: [EvtchnInfo]. TODO

Since: 8.0

EQMP

#if defined(TARGET_I386)
    {
        .name               = "xen-event-inject",
        .args_type          = "port:uint32",
    },
#endif

SQMP
xen-event-inject
----------------

TODO

Arguments:

- "port": TODO

Since: 8.0

EQMP

