HXCOMM Area 'machine-target'.

SQMP
CPU models
==========

The CPU models of the target architectures: which models a QEMU binary
offers and whether they can run on this host, what a model expands to
in CPU properties, how two models compare and which model runs where
both run (s390x), and the CPU topology and polarization of s390x
guests under KVM.

EQMP

    {
        .struct             = "CpuModelInfo",
        .members            = "name:str,"
                              "props:any?",
    },

SQMP
CpuModelInfo
------------

A CPU model: a named CPU definition plus changes of its properties
(features switched on or off, and so on). The name stands for most
of the architecture-specific details; only where an architecture needs
it are further details exposed as properties.

Members:

- "name": the name of the CPU definition the model starts from, as
  listed by query-cpu-definitions (for example "qemu64" or "host").
- "props": QOM properties of the CPU to change, as an object mapping
  each property name to its value (for example { "avx": true }).
  Absent: the definition as it is.

Since: 2.8

EQMP

    {
        .enum               = "CpuModelExpansionType",
        .values             = "static,full",
    },

SQMP
CpuModelExpansionType
---------------------

How query-cpu-model-expansion spells out a CPU model.

Values:

- "static": as a static base model plus the property changes that
  turn it into the given model. The static base model never changes,
  so the result means the same CPU whatever the QEMU version, machine
  type, machine options or accelerator options, and tools can use it
  without naming a compatibility machine (for example to show what
  the "host" model is). A model expanded this way is always
  migration-safe. When the input model is not migration-safe, some of
  its features may be left out, because a static model cannot express
  them (on x86, for example, cache information passthrough and PMU
  passthrough): use "full" for an accurate picture of such a model,
  and "static" for a description that keeps the guest ABI across QEMU
  versions and machine types at the cost of those features.
- "full": with every property of the model and its value. The result
  is not necessarily migration-safe, but shows all the details of the
  model.

Since: 2.8

EQMP

    {
        .enum               = "CpuModelCompareResult",
        .values             = "incompatible,identical,superset,subset",
    },

SQMP
CpuModelCompareResult
---------------------

How a model A relates to a model B in query-cpu-model-comparison, as
far as where each can run is concerned. The comparison usually looks
at the CPU features or the CPU generations.

Values:

- "incompatible": neither model is sure to run where the other one
  runs.
- "identical": the models are the same: each runs wherever the other
  runs.
- "superset": A has everything B has, and more: B is sure to run
  wherever A runs, but A may not run where B runs.
- "subset": B has everything A has, and more: A is sure to run
  wherever B runs, but B may not run where A runs.

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

What query-cpu-model-baseline computed.

Members:

- "model": the baseline model: a static, migration-safe model that
  runs wherever both given models run.

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

What query-cpu-model-comparison found.

Members:

- "result": how model A relates to model B.
- "responsible-properties": the QOM property names that make the two
  models differ; empty when they are identical. A read-only property
  among them means there is no known way to make the models
  identical; the special name "type" means they are different by
  definition and can never be made identical.

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

Compare two CPU models for where they can run, in the current
configuration. A tool uses it to decide whether a model will run in a
given configuration or whether a model that runs on both sides must
first be computed with query-cpu-model-baseline. To check whether a
model runs in a configuration, compare it with the largest model
of that configuration (for example "host" with KVM): if it is
"identical" or a "subset", it runs there.

The result can depend on the QEMU version, the machine type, machine
and accelerator options, and -cpu arguments and global properties,
except for models that query-cpu-definitions reports as "static".
Using this command together with -cpu arguments or global properties
is not advised.

Only s390x implements it (the command exists only in
qemu-system-s390x), although nothing in it is specific to s390x.

Arguments:

- "modela": the first model, called "model A" in the result.
- "modelb": the second model, called "model B" in the result.

Returns: how model A relates to model B, and which properties are
responsible for a difference.

Errors:

- GenericError when the target cannot compare CPU models, when one of
  the models cannot be used, or when a model names an unknown CPU
  definition, an unknown property or a property value of the wrong
  type.

Since: 2.8

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-cpu-model-comparison",
     "arguments": { "modela": { "name": "z13" },
                    "modelb": { "name": "z14" } } }
<- { "return": { "result": "subset",
                 "responsible-properties": [ "type" ] } }

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

Compute a third CPU model that runs wherever both of two given CPU
models run: a baseline model, which compares as "identical" to or a
"subset" of each of them. The result is always a static,
migration-safe model (see "static" of CpuModelExpansionType). A tool
uses it to find a model that works on several hosts, for example to
allow migration between them.

The result can depend on the QEMU version, the machine type, machine
and accelerator options, and -cpu arguments and global properties,
except for models that query-cpu-definitions reports as "static".
Using this command together with -cpu arguments or global properties
is not advised.

Only s390x implements it (the command exists only in
qemu-system-s390x), although nothing in it is specific to s390x.

Arguments:

- "modela": the first model.
- "modelb": the second model.

Returns: the baseline model.

Errors:

- GenericError when the target cannot baseline CPU models, when one of
  the models cannot be used, or when a model names an unknown CPU
  definition, an unknown property or a property value of the wrong
  type.

Since: 2.8

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-cpu-model-baseline",
     "arguments": { "modela": { "name": "z13" },
                    "modelb": { "name": "z14", "props": { "vx": false } } } }
<- { "return": { "model": { "name": "z13-base",
                            "props": { "vx": false } } } }

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

What query-cpu-model-expansion computed.

Members:

- "model": the expanded model: its name and its properties as the
  expansion type asked for.
- "deprecated-props": (s390x only, since 9.1) the properties the CPU
  vendor has marked as deprecated. With a "static" expansion, those of
  the properties enabled in the expanded model; with a "full"
  expansion, every property deprecated in any model of the
  architecture.

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

Spell out a CPU model (a definition with optional property changes) in
CPU properties, in the granularity "type" asks for, to learn what the
model means in QEMU in the current configuration. Tools use it for
example to learn what the "host" model is on this host.

The result can depend on the QEMU version, the machine type, machine
and accelerator options, and -cpu arguments and global properties,
except for models that query-cpu-definitions reports as "static".
Using this command together with -cpu arguments or global properties
is not advised.

Available for s390x, x86, ARM, LoongArch and RISC-V. Not every target
supports both expansion types: s390x and x86 do, ARM supports only
"full".

Arguments:

- "type": how to spell out the model: as a static base model with
  property changes, or with all properties.
- "model": the model to expand.

Returns: the expanded model (and, on s390x, its deprecated
properties).

Errors:

- GenericError when the target cannot expand CPU models or does not
  support the expansion type, when the model cannot be expanded, or
  when it names an unknown CPU definition, an unknown property or a
  property value of the wrong type (for example "CPU model 'nosuch'
  not found").

Since: 2.8

Example:

(Reply shortened: the real one lists 390 properties.)

-> {"execute": "query-cpu-model-expansion", "arguments": {"type": "static", "model": {"name": "qemu64", "props": {"avx": true}}}}
<- {"return": {"model": {"name": "base", "props": {"vendor": "AuthenticAMD", "family": 15, "model": 107, "stepping": 1, "model-id": "QEMU Virtual CPU version 2.5+", "avx": true, "sse2": true, "lm": true, "cmov": true, "mmx": true, "svm": true, "vmx": false}}}}

-> {"execute": "query-cpu-model-expansion", "arguments": {"type": "static", "model": {"name": "nosuch"}}}
<- {"error": {"class": "GenericError", "desc": "CPU model 'nosuch' not found"}}

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

A CPU model (definition) the QEMU binary offers, and whether it can run
on this host with the current accelerator and machine type.

Members:

- "name": the model's name, as given to -cpu or in CpuModelInfo.
- "migration-safe": (since 2.8) whether the model can safely be used
  for migration together with a versioned (compatibility) machine type,
  between different QEMU versions and between hosts with different
  hardware or software capabilities. Absent when QEMU does not know;
  do not take such a model as migration-safe then.
- "static": (since 2.8) whether the model is static: it never changes
  with the QEMU version, machine type, machine options or accelerator
  options. A static model is always migration-safe.
- "unavailable-features": (since 2.8) the QOM properties of the CPU
  that keep the model from running on this host. Empty: the model runs
  with the current host and machine type. Absent: QEMU cannot tell. A
  read-only property in the list means there is no known way to make
  the model run here; a read-write one means that changing it may make
  the model run. An implementation that cannot name the features
  reports the single name "type". Management software can use the list
  to suggest another model, or to explain why this one cannot be used.
- "typename": (since 2.9) the QOM type of the CPU, which can be given to
  device-list-properties to learn the properties that can be set with
  -cpu or -global.
- "alias-of": (since 4.1) the model this name is an alias for; which
  model that is can depend on the machine type. Absent when the name
  is not an alias. Management software should store the resolved name
  in its VM configuration, since an alias may stop being migration-safe
  in the future.
- "deprecated": (since 5.2) true when the model is deprecated and may
  be removed in a future QEMU, following QEMU's deprecation policy.

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

List every CPU model this QEMU binary offers for its target, with
whether each can run here: the features it lacks on this host with
the current accelerator, whether it is static, migration-safe,
deprecated or an alias. The list includes models that cannot run here.
Available for PowerPC, ARM, x86, s390x, MIPS, LoongArch and RISC-V.

Arguments: None.

Returns: a list of CpuDefinitionInfo, one per CPU model.

Since: 1.2

Example:

(Captured from qemu-system-x86_64 -M pc with TCG; the real reply lists
154 models.)

-> {"execute": "query-cpu-definitions"}
<- {"return": [
     {"name": "max", "typename": "max-x86_64-cpu", "unavailable-features": [], "static": false, "migration-safe": false, "deprecated": false},
     {"name": "host", "typename": "host-x86_64-cpu", "unavailable-features": ["kvm"], "static": false, "migration-safe": false, "deprecated": false},
     {"name": "base", "typename": "base-x86_64-cpu", "unavailable-features": [], "static": true, "migration-safe": true, "deprecated": false},
     {"name": "qemu64", "typename": "qemu64-x86_64-cpu", "unavailable-features": [], "alias-of": "qemu64-v1", "static": false, "migration-safe": true, "deprecated": false},
     {"name": "Skylake-Client", "typename": "Skylake-Client-x86_64-cpu", "unavailable-features": ["pcid", "tsc-deadline", "hle", "invpcid", "rtm", "xsavec"], "alias-of": "Skylake-Client-v1", "static": false, "migration-safe": true, "deprecated": false}]}

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

How the host provisions the virtual CPUs of an s390x guest, as the
guest asked for with the PTF instruction.

Values:

- "horizontal": all virtual CPUs get about the same share of real CPU
  time. The default at boot and after a subsystem reset.
- "vertical": each virtual CPU is provisioned according to its
  entitlement (S390CpuEntitlement), so some get more than others; the
  guest learns the details with the STSI instruction (function 15)
  and can schedule its work accordingly.

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

Change the place of an s390x virtual CPU in the CPU topology (move it
to another socket, book or drawer) or change its entitlement or
dedication. Arguments left out stay as they are. Only in
qemu-system-s390x with KVM.

Arguments:

- "core-id": the ID of the virtual CPU (its "core-id") to change.
- "socket-id": the socket to move the CPU to. Absent: the CPU stays in
  its socket.
- "book-id": the book to move the CPU to. Absent: the CPU stays in its
  book.
- "drawer-id": the drawer to move the CPU to. Absent: the CPU stays in
  its drawer.
- "entitlement": the new entitlement of the CPU, which takes effect
  while the guest uses vertical polarization. Absent: unchanged.
- "dedicated": whether the virtual CPU is to be provisioned with a
  real CPU of its own (dedicated). Absent: unchanged.

Features:

- "unstable": the command is experimental: it may change or go away
  in a future QEMU.

Since: 8.2

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "set-cpu-topology",
     "arguments": { "core-id": 11, "socket-id": 0, "book-id": 0,
                    "drawer-id": 0, "entitlement": "low",
                    "dedicated": false } }
<- { "return": {} }

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

Sent when the s390x guest asks, with the PTF instruction, to switch the
polarization of its CPUs: horizontal (all virtual CPUs provisioned
alike) or vertical (each provisioned according to its entitlement;
the guest learns the details the next time it runs the STSI
instruction, function 15). Only in qemu-system-s390x with KVM.

Data:

- "polarization": the polarization the guest asked for.

Features:

- "unstable": the event is experimental: it may change or go away in a
  future QEMU.

Since: 8.2

Example:

(Written from the schema, not captured from a server.)

<- { "event": "CPU_POLARIZATION_CHANGE",
     "data": { "polarization": "vertical" },
     "timestamp": { "seconds": 1700000000, "microseconds": 422329 } }

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

The CPU polarization of an s390x machine.

Members:

- "polarization": the polarization the guest last set (horizontal at
  boot and after a reset).

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

Report the CPU polarization the s390x guest uses now, horizontal or
vertical. Only in qemu-system-s390x with KVM.

Arguments: None.

Features:

- "unstable": the command is experimental: it may change or go away in
  a future QEMU.

Returns: the machine's current CPU polarization.

Since: 8.2

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-s390x-cpu-polarization" }
<- { "return": { "polarization": "horizontal" } }

EQMP

