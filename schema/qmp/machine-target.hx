HXCOMM Area 'machine-target'.

    {
        .struct             = "CpuModelInfo",
        .members            = "name:str,"
                              "props:any?",
    },

SQMP
CpuModelInfo
------------

TODO

Members:

- "name": TODO
- "props": TODO

Since: 2.8

EQMP

    {
        .enum               = "CpuModelExpansionType",
        .values             = "static,full",
    },

SQMP
CpuModelExpansionType
---------------------

TODO

Values:

- "static": TODO
- "full": TODO

Since: 2.8

EQMP

    {
        .enum               = "CpuModelCompareResult",
        .values             = "incompatible,identical,superset,subset",
    },

SQMP
CpuModelCompareResult
---------------------

TODO

Values:

- "incompatible": TODO
- "identical": TODO
- "superset": TODO
- "subset": TODO

Since: 2.8

EQMP

#if defined(TARGET_S390X)
    {
        .struct             = "CpuModelBaselineInfo",
        .members            = "model:CpuModelInfo",
    },
#endif

SQMP
CpuModelBaselineInfo
--------------------

TODO

Members:

- "model": TODO

Since: 2.8

EQMP

#if defined(TARGET_S390X)
    {
        .struct             = "CpuModelCompareInfo",
        .members            = "result:CpuModelCompareResult,"
                              "responsible-properties:[str]",
    },
#endif

SQMP
CpuModelCompareInfo
-------------------

TODO

Members:

- "result": TODO
- "responsible-properties": TODO

Since: 2.8

EQMP

#if defined(TARGET_S390X)
    {
        .name               = "query-cpu-model-comparison",
        .args_type          = "modela:CpuModelInfo,"
                              "modelb:CpuModelInfo",
        .returns            = "CpuModelCompareInfo",
    },
#endif

SQMP
query-cpu-model-comparison
--------------------------

TODO

Arguments:

- "modela": TODO
- "modelb": TODO

Returns: CpuModelCompareInfo. TODO

Since: 2.8

EQMP

#if defined(TARGET_S390X)
    {
        .name               = "query-cpu-model-baseline",
        .args_type          = "modela:CpuModelInfo,"
                              "modelb:CpuModelInfo",
        .returns            = "CpuModelBaselineInfo",
    },
#endif

SQMP
query-cpu-model-baseline
------------------------

TODO

Arguments:

- "modela": TODO
- "modelb": TODO

Returns: CpuModelBaselineInfo. TODO

Since: 2.8

EQMP

#if defined(TARGET_S390X) || defined(TARGET_I386) || defined(TARGET_ARM) || defined(TARGET_LOONGARCH64) || defined(TARGET_RISCV)
    {
        .struct             = "CpuModelExpansionInfo",
        .members            = "model:CpuModelInfo,"
#if defined(TARGET_S390X)
                              "deprecated-props:[str]"
#endif
                              "",
    },
#endif

SQMP
CpuModelExpansionInfo
---------------------

TODO

Members:

- "model": TODO
- "deprecated-props": TODO

Since: 2.8

EQMP

#if defined(TARGET_S390X) || defined(TARGET_I386) || defined(TARGET_ARM) || defined(TARGET_LOONGARCH64) || defined(TARGET_RISCV)
    {
        .name               = "query-cpu-model-expansion",
        .args_type          = "type:CpuModelExpansionType,"
                              "model:CpuModelInfo",
        .returns            = "CpuModelExpansionInfo",
    },
#endif

SQMP
query-cpu-model-expansion
-------------------------

TODO

Arguments:

- "type": TODO
- "model": TODO

Returns: CpuModelExpansionInfo. TODO

Since: 2.8

EQMP

#if defined(TARGET_PPC) || defined(TARGET_ARM) || defined(TARGET_I386) || defined(TARGET_S390X) || defined(TARGET_MIPS) || defined(TARGET_LOONGARCH64) || defined(TARGET_RISCV)
    {
        .struct             = "CpuDefinitionInfo",
        .members            = "name:str,"
                              "migration-safe:bool?,"
                              "static:bool,"
                              "unavailable-features:[str]?,"
                              "typename:str,"
                              "alias-of:str?,"
                              "deprecated:bool",
    },
#endif

SQMP
CpuDefinitionInfo
-----------------

One CPU model and whether the current accelerator can run it on this host.

Members:

- "name": TODO
- "migration-safe": TODO
- "static": TODO
- "unavailable-features": TODO
- "typename": TODO
- "alias-of": TODO
- "deprecated": TODO

Since: 1.2

EQMP

#if defined(TARGET_PPC) || defined(TARGET_ARM) || defined(TARGET_I386) || defined(TARGET_S390X) || defined(TARGET_MIPS) || defined(TARGET_LOONGARCH64) || defined(TARGET_RISCV)
    {
        .name               = "query-cpu-definitions",
        .args_type          = "",
        .returns            = "[CpuDefinitionInfo]",
    },
#endif

SQMP
query-cpu-definitions
---------------------

List the CPU models the current accelerator can run, with the features a
model lacks on this host.

Arguments: None.

Returns: [CpuDefinitionInfo]

Example: -> { "execute": "query-cpu-definitions" }
<- { "return": [ { "name": "max", "typename": "max-x86_64-cpu", "unavailable-features": [], "static": false, "migration-safe": false, "deprecated": false },
                 { "name": "host", "typename": "host-x86_64-cpu", "unavailable-features": [ "kvm" ], "static": false, "migration-safe": false, "deprecated": false } ] }

Since: 1.2

EQMP

#if defined(TARGET_S390X)
    {
        .enum               = "S390CpuPolarization",
        .values             = "horizontal,vertical",
    },
#endif

SQMP
S390CpuPolarization
-------------------

TODO

Values:

- "horizontal": TODO
- "vertical": TODO

Since: 8.2

EQMP

#if defined(TARGET_S390X) && defined(CONFIG_KVM)
    {
        .name               = "set-cpu-topology",
        .args_type          = "core-id:uint16,"
                              "socket-id:uint16?,"
                              "book-id:uint16?,"
                              "drawer-id:uint16?,"
                              "entitlement:S390CpuEntitlement?,"
                              "dedicated:bool?",
        .features           = "unstable",
    },
#endif

SQMP
set-cpu-topology
----------------

TODO

Arguments:

- "core-id": TODO
- "socket-id": TODO
- "book-id": TODO
- "drawer-id": TODO
- "entitlement": TODO
- "dedicated": TODO

Features:

- "unstable": TODO

Since: 8.2

EQMP

#if defined(TARGET_S390X) && defined(CONFIG_KVM)
    {
        .event              = "CPU_POLARIZATION_CHANGE",
        .data               = "polarization:S390CpuPolarization",
        .features           = "unstable",
    },
#endif

SQMP
CPU_POLARIZATION_CHANGE
-----------------------

TODO

Data:

- "polarization": TODO

Features:

- "unstable": TODO

Since: 8.2

EQMP

#if defined(TARGET_S390X) && defined(CONFIG_KVM)
    {
        .struct             = "CpuPolarizationInfo",
        .members            = "polarization:S390CpuPolarization",
    },
#endif

SQMP
CpuPolarizationInfo
-------------------

TODO

Members:

- "polarization": TODO

Since: 8.2

EQMP

#if defined(TARGET_S390X) && defined(CONFIG_KVM)
    {
        .name               = "query-s390x-cpu-polarization",
        .args_type          = "",
        .returns            = "CpuPolarizationInfo",
        .features           = "unstable",
    },
#endif

SQMP
query-s390x-cpu-polarization
----------------------------

TODO

Features:

- "unstable": TODO

Returns: CpuPolarizationInfo. TODO

Since: 8.2

EQMP

