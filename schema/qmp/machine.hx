HXCOMM Area 'machine'.

SQMP
Machines
========

The emulated machine as a whole: the target architecture and machine
types, virtual CPUs and their topology, guest memory (backends, DIMMs
and other memory devices, ballooning, NUMA), reset, power button,
wake-up and NMI, and the debugging dumps of QEMU's internal state.

EQMP

    {
        .enum               = "SysEmuTarget",
        .values             = "aarch64,alpha,arm,avr,hppa,i386,loongarch64,m68k,microblaze,"
                              "microblazeel,mips,mips64,mips64el,mipsel,or1k,ppc,ppc64,riscv32,"
                              "riscv64,rx,s390x,sh4,sh4eb,sparc,sparc64,tricore,x86_64,xtensa,"
                              "xtensaeb",
    },

SQMP
SysEmuTarget
------------

A system emulation target of QEMU: the guest architecture a
qemu-system-* binary emulates. Prefixing a value with "qemu-system-"
gives the name of that binary, for every value (also
"qemu-system-x86_64").

Values:

- "aarch64": 64-bit ARM (AArch64).
- "alpha": DEC Alpha.
- "arm": 32-bit ARM.
- "avr": 8-bit AVR microcontrollers (since 5.1).
- "hppa": HP PA-RISC.
- "i386": 32-bit x86.
- "loongarch64": 64-bit LoongArch (since 7.1).
- "m68k": Motorola 68000 family and ColdFire.
- "microblaze": Xilinx MicroBlaze, big-endian.
- "microblazeel": Xilinx MicroBlaze, little-endian.
- "mips": 32-bit MIPS, big-endian.
- "mips64": 64-bit MIPS, big-endian.
- "mips64el": 64-bit MIPS, little-endian.
- "mipsel": 32-bit MIPS, little-endian.
- "or1k": OpenRISC 1000.
- "ppc": 32-bit PowerPC.
- "ppc64": 64-bit PowerPC and POWER.
- "riscv32": 32-bit RISC-V.
- "riscv64": 64-bit RISC-V.
- "rx": Renesas RX (since 5.0).
- "s390x": IBM Z (64-bit s390x).
- "sh4": SuperH SH-4, little-endian.
- "sh4eb": SuperH SH-4, big-endian.
- "sparc": 32-bit SPARC.
- "sparc64": 64-bit SPARC.
- "tricore": Infineon TriCore.
- "x86_64": 64-bit x86 (x86-64).
- "xtensa": Tensilica Xtensa, little-endian.
- "xtensaeb": Tensilica Xtensa, big-endian.

Since: 3.0

EQMP

    {
        .enum               = "S390CpuState",
        .values             = "uninitialized,stopped,check-stop,operating,load",
    },

SQMP
S390CpuState
------------

The architectural state of an s390x virtual CPU.

Values:

- "uninitialized": the CPU has not been initialized yet.
- "stopped": the CPU is in the stopped state and executes nothing
  (for example a secondary CPU the guest has not started).
- "check-stop": the CPU was stopped by a severe error (a check-stop
  condition) and cannot continue until it is reset.
- "operating": the CPU runs.
- "load": the CPU is performing an initial program load (IPL).

Since: 2.12

EQMP

    {
        .struct             = "CpuInfoS390",
        .members            = "cpu-state:S390CpuState,"
                              "dedicated:bool?,"
                              "entitlement:S390CpuEntitlement?",
    },

SQMP
CpuInfoS390
-----------

What query-cpus-fast adds for an s390x virtual CPU.

Members:

- "cpu-state": the CPU's architectural state.
- "dedicated": whether the CPU is dedicated to one real CPU (reported
  since 8.2). Absent when QEMU does not report the CPU topology.
- "entitlement": the CPU's entitlement under vertical polarization
  (reported since 8.2). Absent when QEMU does not report the CPU
  topology.

Since: 2.12

EQMP

    {
        .union              = "CpuInfoFast",
        .members            = "cpu-index:int,"
                              "qom-path:str,"
                              "thread-id:int,"
                              "props:CpuInstanceProperties?,"
                              "target:SysEmuTarget",
        .discriminator      = "target",
        .variants           = "s390x:CpuInfoS390",
    },

SQMP
CpuInfoFast
-----------

A virtual CPU: its index, QOM object, host thread and position in the
CPU topology. The further members depend on "target".

Members:

- "cpu-index": the index of the virtual CPU (0 for the first CPU).
- "qom-path": the path of the CPU object in the QOM tree.
- "thread-id": the ID of the host thread that runs the virtual CPU.
- "props": the CPU's position in the topology (socket, core, thread,
  NUMA node, ...), the same properties query-hotpluggable-cpus reports.
  Absent when the machine does not describe its CPUs that way.
- "target": the system emulation target, which selects the further
  members (reported since 3.0): "s390x" adds the members of
  CpuInfoS390; every other target adds none.

Since: 2.12

EQMP

    {
        .name               = "query-cpus-fast",
        .args_type          = "",
        .returns            = "[CpuInfoFast]",
    },

SQMP
query-cpus-fast
---------------

List the virtual CPUs with their index, QOM path, host thread and
position in the CPU topology. It does not interrupt the running
vCPUs to answer, so it is cheap to call often.

Arguments: None.

Returns: a list of CpuInfoFast, one per virtual CPU.

Since: 2.12

Example:

(Captured with -smp 2,maxcpus=4.)

-> {"execute": "query-cpus-fast"}
<- {"return": [{"thread-id": 14681, "props": {"core-id": 0, "thread-id": 0, "node-id": 0, "socket-id": 0}, "qom-path": "/machine/unattached/device[0]", "cpu-index": 0, "target": "x86_64"}, {"thread-id": 14683, "props": {"core-id": 1, "thread-id": 0, "node-id": 0, "socket-id": 0}, "qom-path": "/machine/unattached/device[2]", "cpu-index": 1, "target": "x86_64"}]}

EQMP

    {
        .struct             = "CompatProperty",
        .members            = "qom-type:str,"
                              "property:str,"
                              "value:str",
    },

SQMP
CompatProperty
--------------

A default property value that a machine type sets on a QOM type, so
that a versioned machine type keeps behaving like the QEMU version it
is named after. Meant for tools that compare machine types, such as
QEMU's scripts/compare-machine-types.

Members:

- "qom-type": the QOM type the default applies to.
- "property": the property of that type whose default is set.
- "value": the default value, as a string. A default that the machine
  type itself sets may override this "default" default; to see the
  defaults without any machine-specific ones, query a QEMU started
  with -machine none.

Since: 9.1

EQMP

    {
        .struct             = "MachineInfo",
        .members            = "name:str,"
                              "alias:str?,"
                              "is-default:bool?,"
                              "cpu-max:int,"
                              "hotpluggable-cpus:bool,"
                              "numa-mem-supported:bool,"
                              "deprecated:bool,"
                              "default-cpu-type:str?,"
                              "default-ram-id:str?,"
                              "acpi:bool,"
                              "compat-props:[CompatProperty]? +unstable",
    },

SQMP
MachineInfo
-----------

A machine type this QEMU can emulate, with its limits and defaults, as
listed by query-machines.

Members:

- "name": the name of the machine type, as given to -machine.
- "alias": another name of the machine type (for example "pc" for the
  newest pc-i440fx-X.Y). Absent when it has none.
- "is-default": true for the machine type QEMU uses when -machine is
  not given. Absent for all others.
- "cpu-max": the largest number of CPUs the machine type supports
  (reported since 1.5).
- "hotpluggable-cpus": whether CPUs can be hotplugged with device_add
  (-device) on this machine type (reported since 2.7).
- "numa-mem-supported": whether the machine type accepts
  -numa node,mem=... (reported since 4.1); newer machine types only
  take memdev=.
- "deprecated": true when the machine type is deprecated and may be
  removed in a future QEMU, following QEMU's deprecation policy
  (reported since 4.1).
- "default-cpu-type": the QOM type of the CPU model used when -cpu is
  not given (reported since 4.2). Absent when the machine type has no
  default CPU.
- "default-ram-id": the ID of the memory backend QEMU creates for the
  initial RAM when none is given with -machine memory-backend=... (for
  example "pc.ram", as query-memdev shows it; reported since 5.2).
  Absent when the machine type has none.
- "acpi": whether the machine type supports ACPI (reported since 8.0).
- "compat-props": the compatibility properties the machine type sets
  (reported since 9.1). Only present when query-machines was called
  with "compat-props": true; empty for the newest machine types.

Features:

- "unstable": the member "compat-props" is experimental: it may
  change or go away.

Since: 1.2

EQMP

    {
        .name               = "query-machines",
        .args_type          = "compat-props:bool? +unstable",
        .returns            = "[MachineInfo]",
    },

SQMP
query-machines
--------------

List the machine types this QEMU binary can emulate, with their limits
(CPUs), defaults (CPU model, RAM backend ID) and properties (CPU
hotplug, NUMA, ACPI, deprecation). The default machine type carries
"is-default": true.

Arguments:

- "compat-props": when true, also report the compatibility properties
  each machine type sets ("compat-props" of MachineInfo). Absent:
  false (since 9.1).

Features:

- "unstable": the argument "compat-props" is experimental: it may
  change or go away.

Returns: a list of MachineInfo, one per machine type.

Since: 1.2

Example:

(Shortened: qemu-system-x86_64 10.0.2 lists 65 machine types.)

-> {"execute": "query-machines"}
<- {"return": [
     {"hotpluggable-cpus": true, "name": "pc-i440fx-10.0", "numa-mem-supported": false, "default-cpu-type": "qemu64-x86_64-cpu", "acpi": true, "is-default": true, "cpu-max": 255, "deprecated": false, "default-ram-id": "pc.ram", "alias": "pc"},
     {"hotpluggable-cpus": true, "name": "pc-q35-10.0", "numa-mem-supported": false, "default-cpu-type": "qemu64-x86_64-cpu", "acpi": true, "cpu-max": 4096, "deprecated": false, "default-ram-id": "pc.ram", "alias": "q35"},
     {"hotpluggable-cpus": true, "name": "pc-i440fx-2.4", "numa-mem-supported": true, "default-cpu-type": "qemu64-x86_64-cpu", "acpi": true, "cpu-max": 255, "deprecated": true, "default-ram-id": "pc.ram"},
     {"hotpluggable-cpus": false, "name": "none", "numa-mem-supported": false, "acpi": false, "cpu-max": 1, "deprecated": false, "default-ram-id": "ram"}]}

-> {"execute": "query-machines", "arguments": {"compat-props": true}}
<- {"return": [
     {"hotpluggable-cpus": true, "name": "pc-i440fx-9.2", "compat-props": [{"qom-type": "virtio-balloon-pci", "property": "vectors", "value": "0"}, {"qom-type": "migration", "property": "send-switchover-start", "value": "off"}, {"qom-type": "vfio-pci", "property": "x-migration-multifd-transfer", "value": "off"}], "numa-mem-supported": false, "default-cpu-type": "qemu64-x86_64-cpu", "acpi": true, "cpu-max": 255, "deprecated": false, "default-ram-id": "pc.ram"}]}

EQMP

    {
        .struct             = "CurrentMachineParams",
        .members            = "wakeup-suspend-support:bool",
    },

SQMP
CurrentMachineParams
--------------------

Properties of the machine that is running.

Members:

- "wakeup-suspend-support": whether the guest can be woken up from
  suspend to RAM (with system_wakeup).

Since: 4.0

EQMP

    {
        .name               = "query-current-machine",
        .args_type          = "",
        .returns            = "CurrentMachineParams",
    },

SQMP
query-current-machine
---------------------

Report properties of the machine that is running; for now only
whether a suspended guest can be woken up with system_wakeup.

Arguments: None.

Returns: the properties of the current machine.

Since: 4.0

Example:

-> {"execute": "query-current-machine"}
<- {"return": {"wakeup-suspend-support": true}}

EQMP

    {
        .struct             = "TargetInfo",
        .members            = "arch:SysEmuTarget",
    },

SQMP
TargetInfo
----------

The target of a QEMU binary.

Members:

- "arch": the guest architecture the binary emulates.

Since: 1.2

EQMP

    {
        .name               = "query-target",
        .args_type          = "",
        .returns            = "TargetInfo",
    },

SQMP
query-target
------------

Report the guest architecture this QEMU binary emulates (x86_64 for
qemu-system-x86_64, ...).

Arguments: None.

Returns: the target architecture.

Since: 1.2

Example:

-> {"execute": "query-target"}
<- {"return": {"arch": "x86_64"}}

EQMP

    {
        .struct             = "UuidInfo",
        .members            = "UUID:str",
    },

SQMP
UuidInfo
--------

The machine's UUID (Universally Unique Identifier), which the guest
sees for example in its SMBIOS tables.

Members:

- "UUID": the UUID in its usual text form
  (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx); the nil UUID (all zeroes)
  when none was given with -uuid.

Since: 0.14

EQMP

    {
        .name               = "query-uuid",
        .args_type          = "",
        .returns            = "UuidInfo",
        .allow_preconfig    = true,
    },

SQMP
query-uuid
----------

Report the machine's UUID, as given with -uuid; the nil UUID
"00000000-0000-0000-0000-000000000000" when none was given. Also
available before the machine is created (--preconfig).

Arguments: None.

Returns: the machine's UUID.

Since: 0.14

Example:

(Captured with -uuid 550e8400-e29b-41d4-a716-446655440000.)

-> {"execute": "query-uuid"}
<- {"return": {"UUID": "550e8400-e29b-41d4-a716-446655440000"}}

EQMP

    {
        .struct             = "GuidInfo",
        .members            = "guid:str",
    },

SQMP
GuidInfo
--------

A globally unique identifier (GUID).

Members:

- "guid": the GUID in its usual text form
  (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).

Since: 2.9

EQMP

    {
        .name               = "query-vm-generation-id",
        .args_type          = "",
        .returns            = "GuidInfo",
    },

SQMP
query-vm-generation-id
----------------------

Report the VM Generation ID that the vmgenid device exposes to the
guest (through ACPI). The ID is meant to be changed whenever the VM may
have been copied or gone back in time (restored from a snapshot,
cloned), which tells the guest to renew data that must stay unique; it
is the device's "guid" property.

Arguments: None.

Returns: the current VM Generation ID.

Errors:

- GenericError when the machine has no vmgenid device ("VM
  Generation ID device not found").

Since: 2.9

Example:

(Captured with -device vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87.)

-> {"execute": "query-vm-generation-id"}
<- {"return": {"guid": "324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87"}}

EQMP

    {
        .name               = "system_reset",
        .args_type          = "",
    },

SQMP
system_reset
------------

Reset the whole machine at once (a hard reset), as the reset button of
a real computer would. The guest gets no chance to shut down
cleanly. The RESET event follows.

Arguments: None.

Since: 0.14

Example:

-> {"execute": "system_reset"}
<- {"timestamp": {"seconds": 1796444950, "microseconds": 218362}, "event": "RESET", "data": {"guest": false, "reason": "host-qmp-system-reset"}}
<- {"return": {}}

EQMP

    {
        .name               = "system_powerdown",
        .args_type          = "",
    },

SQMP
system_powerdown
----------------

Ask the guest to power down, as pressing the power button of a real
computer would (an ACPI power button event on x86). The guest decides
what to do: it may shut down, ask its user first, or ignore the
request. The command returns at once; its success does not mean the
guest accepted the request or has shut down (watch for the SHUTDOWN
event). The POWERDOWN event is sent.

Arguments: None.

Since: 0.14

Example:

-> {"execute": "system_powerdown"}
<- {"timestamp": {"seconds": 1796444950, "microseconds": 219511}, "event": "POWERDOWN"}
<- {"return": {}}

EQMP

    {
        .name               = "system_wakeup",
        .args_type          = "",
    },

SQMP
system_wakeup
-------------

Wake up a guest that has suspended itself (to RAM), as a wake-up event
of a real computer would; the guest is then in the running state
again. Only machines with wake-up support can do this (see
"wakeup-suspend-support" of query-current-machine).

Arguments: None.

Errors:

- GenericError when the machine does not support wake-up from
  suspend, or when the guest is not suspended. (Before 4.0 the
  command did nothing, without an error, when the guest was not
  suspended.)

Since: 1.1

Example:

(Captured on -M pc with the guest not suspended, and on -M none.)

-> {"execute": "system_wakeup"}
<- {"error": {"class": "GenericError", "desc": "Unable to wake up: guest is not in suspended state"}}
-> {"execute": "system_wakeup"}
<- {"error": {"class": "GenericError", "desc": "wake-up from suspend is not supported by this guest"}}

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "system_wakeup" }
<- { "return": {} }

EQMP

    {
        .enum               = "LostTickPolicy",
        .values             = "discard,delay,slew",
    },

SQMP
LostTickPolicy
--------------

What a timer device does with the ticks the guest missed, for
example while the VM was paused or the host did not run it in time.
Used by the "lost_tick_policy" property of timer devices such as the
x86 RTC (mc146818rtc, default "discard") and the KVM PIT (kvm-pit,
default "delay").

Values:

- "discard": drop the missed ticks and go on delivering ticks at the
  normal rate. The guest's clock jumps ahead at once, possibly by a
  lot, as if the missed time had not existed; a guest OS not prepared
  for such a jump can get confused. When it copes, guest and host time
  agree again.
- "delay": go on delivering ticks at the normal rate, as if nothing
  had been missed. The guest notices nothing, but its time stays behind
  the host's by the time during which ticks were missed.
- "slew": deliver ticks faster than normal until the missed ones have
  been made up. The guest notices nothing, and once the timer has
  caught up, guest and host time agree again.

Since: 2.0

EQMP

    {
        .name               = "inject-nmi",
        .args_type          = "",
    },

SQMP
inject-nmi
----------

Deliver a non-maskable interrupt (NMI) to the guest: to the default
CPU on x86 and s390x, to every CPU on ppc64 (before 2.1, only x86 and
s390x supported it). A guest typically reacts by dumping its state or
entering its debugger, for example to get a crash dump of a hung guest.

Arguments: None.

Errors:

- GenericError when the machine cannot inject NMIs ("machine does not
  provide NMIs").

Since: 0.14

Example:

-> {"execute": "inject-nmi"}
<- {"return": {}}

EQMP

    {
        .struct             = "KvmInfo",
        .members            = "enabled:bool,"
                              "present:bool",
    },

SQMP
KvmInfo
-------

Whether this QEMU can use KVM and whether it does.

Members:

- "enabled": whether the VM runs with KVM acceleration now.
- "present": whether KVM support is built into this QEMU binary
  (whether or not it is in use).

Since: 0.14

EQMP

    {
        .name               = "query-kvm",
        .args_type          = "",
        .returns            = "KvmInfo",
    },

SQMP
query-kvm
---------

Tell whether KVM support is built into this QEMU and whether the VM
uses it (rather than, for example, TCG emulation).

Arguments: None.

Returns: whether KVM is present and enabled.

Since: 0.14

Example:

(Captured from a QEMU running with TCG.)

-> {"execute": "query-kvm"}
<- {"return": {"enabled": false, "present": true}}

EQMP

    {
        .enum               = "NumaOptionsType",
        .values             = "node,dist,cpu,hmat-lb,hmat-cache",
    },

SQMP
NumaOptionsType
---------------

The kind of NUMA setting of a -numa option or a set-numa-node call;
it selects the further members of NumaOptions.

Values:

- "node": define a guest NUMA node (NumaNodeOptions members: nodeid,
  cpus, mem, memdev, initiator).
- "dist": set the distance between two NUMA nodes (NumaDistOptions
  members: src, dst, val; since 2.10).
- "cpu": put the CPU at a topology position into a NUMA node
  (NumaCpuOptions members: the CpuInstanceProperties; since 2.10).
- "hmat-lb": set a memory latency or bandwidth between an initiator
  and a target node, for the ACPI HMAT (NumaHmatLBOptions members;
  since 5.0).
- "hmat-cache": describe a memory side cache of a node, for the ACPI
  HMAT (NumaHmatCacheOptions members; since 5.0).

Since: 2.1

EQMP

    {
        .union              = "NumaOptions",
        .members            = "type:NumaOptionsType",
        .discriminator      = "type",
        .variants           = "node:NumaNodeOptions,"
                              "dist:NumaDistOptions,"
                              "cpu:NumaCpuOptions,"
                              "hmat-lb:NumaHmatLBOptions,"
                              "hmat-cache:NumaHmatCacheOptions",
    },

SQMP
NumaOptions
-----------

One NUMA setting, as given with -numa or set-numa-node. The further
members depend on "type".

Members:

- "type": the kind of setting, which selects the further members:
  "node" (NumaNodeOptions), "dist" (NumaDistOptions), "cpu"
  (NumaCpuOptions), "hmat-lb" (NumaHmatLBOptions) or "hmat-cache"
  (NumaHmatCacheOptions).

Since: 2.1

EQMP

    {
        .struct             = "NumaNodeOptions",
        .members            = "nodeid:uint16?,"
                              "cpus:[uint16]?,"
                              "mem:size?,"
                              "memdev:str?,"
                              "initiator:uint16?",
    },

SQMP
NumaNodeOptions
---------------

A guest NUMA node (-numa node).

Members:

- "nodeid": the ID of the node. Absent: the next ID, counting from 0
  in the order the nodes are defined.
- "cpus": the indexes of the virtual CPUs in the node. Absent: QEMU
  distributes the CPUs over the nodes round-robin.
- "mem": the size of the node's memory, in bytes. Cannot be combined
  with "memdev" (in any node); refused by machine types that do not
  support it ("numa-mem-supported" of query-machines), which are all
  newer machine types. When neither "mem" nor "memdev" is given, the
  guest RAM is divided equally among the nodes.
- "memdev": the ID of the memory backend object that provides the
  node's memory. When one node has it, every node must have it.
- "initiator": the ID of the node that holds the memory controller
  responsible for this node's memory: the initiator closest to it
  (directly attached), and so the one with the best performance (ACPI
  6.3, 5.2.27.3, Table 5-145; since 5.0). Absent: not reported.

Since: 2.1

EQMP

    {
        .struct             = "NumaDistOptions",
        .members            = "src:uint16,"
                              "dst:uint16,"
                              "val:uint8",
    },

SQMP
NumaDistOptions
---------------

The distance between two NUMA nodes (-numa dist), as the guest sees
it in the ACPI SLIT table.

Members:

- "src": the ID of the node the distance is measured from.
- "dst": the ID of the node the distance is measured to.
- "val": the distance from "src" to "dst": at least 10, the distance of
  a node to itself (which must be exactly 10); 255 means "dst" cannot
  be reached from "src".

Since: 2.10

EQMP

    {
        .struct             = "CXLFixedMemoryWindowOptions",
        .members            = "size:size,"
                              "interleave-granularity:size?,"
                              "targets:[str]",
    },

SQMP
CXLFixedMemoryWindowOptions
---------------------------

A CXL Fixed Memory Window: a range of host physical addresses that is
routed to CXL host bridges, in which CXL memory can be mapped
(-machine cxl-fmw.N.*).

Members:

- "size": the size of the window, in bytes; must be a multiple of
  256 MiB.
- "interleave-granularity": how many consecutive bytes go to one
  interleave target before the next target is used; one of 256, 512,
  1k, 2k, 4k, 8k and 16k. Absent: QEMU's default.
- "targets": the IDs (-device ...,id=ID) of the CXL host bridges the
  window is routed to, interleaved in this order.

Since: 7.1

EQMP

    {
        .struct             = "CXLFMWProperties",
        .members            = "cxl-fmw:[CXLFixedMemoryWindowOptions]",
    },

SQMP
CXLFMWProperties
----------------

The CXL Fixed Memory Windows of a machine (its "cxl-fmw" property).

Members:

- "cxl-fmw": the windows, in order (cxl-fmw.0, cxl-fmw.1, ...).

Since: 7.1

EQMP

    {
        .enum               = "X86CPURegister32",
        .values             = "EAX,EBX,ECX,EDX,ESP,EBP,ESI,EDI",
    },

SQMP
X86CPURegister32
----------------

A 32-bit general purpose register of x86: where CPUID returns a word
of feature bits.

Values:

- "EAX": the EAX register.
- "EBX": the EBX register.
- "ECX": the ECX register.
- "EDX": the EDX register.
- "ESP": the ESP register.
- "EBP": the EBP register.
- "ESI": the ESI register.
- "EDI": the EDI register.

Since: 1.5

EQMP

    {
        .struct             = "X86CPUFeatureWordInfo",
        .members            = "cpuid-input-eax:int,"
                              "cpuid-input-ecx:int?,"
                              "cpuid-register:X86CPURegister32,"
                              "features:int",
    },

SQMP
X86CPUFeatureWordInfo
---------------------

One word of x86 CPU feature bits: which CPUID leaf and register hold
it, and its value. Lists of these are the values of the
"feature-words" and "filtered-features" properties of x86 CPU
objects (read with qom-get).

Members:

- "cpuid-input-eax": the value of EAX given to CPUID (the leaf) to
  read this word.
- "cpuid-input-ecx": the value of ECX given to CPUID (the subleaf).
  Absent for leaves that have no subleaves.
- "cpuid-register": the register CPUID returns the word in.
- "features": the value of that register: the feature bits.

Since: 1.5

EQMP

    {
        .struct             = "DummyForceArrays",
        .members            = "unused:[X86CPUFeatureWordInfo]",
    },

SQMP
DummyForceArrays
----------------

Not used by any command: it only exists so that QEMU's code generator
produces the list type of X86CPUFeatureWordInfo, which QEMU uses
internally.

Members:

- "unused": not used.

Since: 2.5

EQMP

    {
        .struct             = "NumaCpuOptions",
        .base               = "CpuInstanceProperties",
    },

SQMP
NumaCpuOptions
--------------

Put one virtual CPU into a NUMA node (-numa cpu), overriding QEMU's
default CPU-to-node mapping. The CPU is named by its topology position,
with the same properties query-hotpluggable-cpus reports in "props";
"node-id" gives the node to put it in.

Since: 2.10

EQMP

    {
        .enum               = "HmatLBMemoryHierarchy",
        .values             = "memory,first-level,second-level,third-level",
    },

SQMP
HmatLBMemoryHierarchy
---------------------

Which memory a latency or bandwidth value of the ACPI HMAT
(Heterogeneous Memory Attribute Table) describes: the memory itself or
one level of its memory side cache ("Flags" of the System Locality
Latency and Bandwidth Information Structure, ACPI 6.3, 5.2.27.4,
Table 5-146).

Values:

- "memory": the performance of the memory itself.
- "first-level": the performance of the first level of memory side
  cache.
- "second-level": the performance of the second level of memory side
  cache.
- "third-level": the performance of the third level of memory side
  cache.

Since: 5.0

EQMP

    {
        .enum               = "HmatLBDataType",
        .values             = "access-latency,read-latency,write-latency,access-bandwidth,"
                              "read-bandwidth,write-bandwidth",
    },

SQMP
HmatLBDataType
--------------

What a value of the ACPI HMAT's System Locality Latency and Bandwidth
Information Structure measures ("Data Type", ACPI 6.3, 5.2.27.4,
Table 5-146). The latency kinds are given in "latency" (nanoseconds),
the bandwidth kinds in "bandwidth" (bytes per second) of
NumaHmatLBOptions.

Values:

- "access-latency": the access latency, in nanoseconds.
- "read-latency": the read latency, in nanoseconds.
- "write-latency": the write latency, in nanoseconds.
- "access-bandwidth": the access bandwidth, in bytes per second.
- "read-bandwidth": the read bandwidth, in bytes per second.
- "write-bandwidth": the write bandwidth, in bytes per second.

Since: 5.0

EQMP

    {
        .struct             = "NumaHmatLBOptions",
        .members            = "initiator:uint16,"
                              "target:uint16,"
                              "hierarchy:HmatLBMemoryHierarchy,"
                              "data-type:HmatLBDataType,"
                              "latency:uint64?,"
                              "bandwidth:size?",
    },

SQMP
NumaHmatLBOptions
-----------------

A latency or bandwidth between an initiator and a target proximity
domain (NUMA node), for the guest's ACPI HMAT (-numa hmat-lb; ACPI
6.3, 5.2.27.4, Table 5-146). Needs -machine hmat=on.

Members:

- "initiator": the initiator proximity domain: a node with CPUs (or
  named as "initiator" of a node).
- "target": the target proximity domain: the node whose memory is
  accessed.
- "hierarchy": whether the value is for the memory or for a level of
  its memory side cache.
- "data-type": what the value measures: a latency or a bandwidth, of
  accesses, reads or writes.
- "latency": the latency from "initiator" to "target", in nanoseconds.
  Required for the latency data types and refused for the bandwidth
  ones.
- "bandwidth": the bandwidth between "initiator" and "target", in bytes
  per second. Required for the bandwidth data types and refused for the
  latency ones.

Since: 5.0

EQMP

    {
        .enum               = "HmatCacheAssociativity",
        .values             = "none,direct,complex",
    },

SQMP
HmatCacheAssociativity
----------------------

The associativity of a memory side cache in the ACPI HMAT (Memory Side
Cache Information Structure, ACPI 6.3, 5.2.27.5, Table 5-147).

Values:

- "none": none: the proximity domain has no memory side cache, or its
  associativity is not known.
- "direct": direct mapped.
- "complex": complex cache indexing, specific to the implementation.

Since: 5.0

EQMP

    {
        .enum               = "HmatCacheWritePolicy",
        .values             = "none,write-back,write-through",
    },

SQMP
HmatCacheWritePolicy
--------------------

The write policy of a memory side cache in the ACPI HMAT ("Cache
Attributes" of the Memory Side Cache Information Structure, ACPI 6.3,
5.2.27.5, Table 5-147).

Values:

- "none": none: the proximity domain has no memory side cache, or its
  write policy is not known.
- "write-back": write back (WB).
- "write-through": write through (WT).

Since: 5.0

EQMP

    {
        .struct             = "NumaHmatCacheOptions",
        .members            = "node-id:uint32,"
                              "size:size,"
                              "level:uint8,"
                              "associativity:HmatCacheAssociativity,"
                              "policy:HmatCacheWritePolicy,"
                              "line:uint16",
    },

SQMP
NumaHmatCacheOptions
--------------------

A memory side cache of a NUMA node's memory, for the guest's ACPI HMAT
(-numa hmat-cache; Memory Side Cache Information Structure, ACPI 6.3,
5.2.27.5, Table 5-147). Needs -machine hmat=on.

Members:

- "node-id": the memory proximity domain (NUMA node) whose memory the
  cache serves.
- "size": the size of the cache, in bytes.
- "level": the cache level described: 1 to 3.
- "associativity": the cache's associativity.
- "policy": the cache's write policy.
- "line": the size of a cache line, in bytes.

Since: 5.0

EQMP

    {
        .name               = "memsave",
        .args_type          = "val:uint64,"
                              "size:size,"
                              "filename:str,"
                              "cpu-index:int?",
    },

SQMP
memsave
-------

Write a range of guest memory, addressed by virtual address as one of
the virtual CPUs sees it (through its page tables), to a file on the
host as raw binary data.

Arguments:

- "val": the guest virtual address to start at.
- "size": the number of bytes to save.
- "filename": the path of the host file to write; it is created, or
  overwritten when it exists.
- "cpu-index": the index of the virtual CPU whose address translation
  is used. Absent: CPU 0.

Errors:

- GenericError when "cpu-index" names no CPU, when part of the range
  cannot be translated or read ("Invalid addr ..."), or when the file
  cannot be written. (Before
  1.1, errors were not reliably reported.)

Since: 0.14

Example:

(Captured with -smp 2; the files are in a temporary directory.)

-> {"execute": "memsave", "arguments": {"val": 1048576, "size": 4096, "filename": "/tmp/dm/ex/virtual-mem-dump"}}
<- {"return": {}}
-> {"execute": "memsave", "arguments": {"val": 1048576, "size": 4096, "filename": "/tmp/dm/ex/virtual-mem-dump", "cpu-index": 7}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'cpu-index' expects a CPU number"}}
-> {"execute": "memsave", "arguments": {"val": 18446744073709486080, "size": 4096, "filename": "/tmp/dm/ex/x"}}
<- {"error": {"class": "GenericError", "desc": "Invalid addr 0xffffffffffff0000/size 4096 specified"}}

EQMP

    {
        .name               = "pmemsave",
        .args_type          = "val:uint64,"
                              "size:size,"
                              "filename:str",
    },

SQMP
pmemsave
--------

Write a range of guest physical memory to a file on the host as raw
binary data.

Arguments:

- "val": the guest physical address to start at.
- "size": the number of bytes to save.
- "filename": the path of the host file to write; it is created, or
  overwritten when it exists.

Errors:

- GenericError when the file cannot be opened or written. (Before 1.1,
  errors were not reliably reported.)

Since: 0.14

Example:

(The files are in a temporary directory.)

-> {"execute": "pmemsave", "arguments": {"val": 1048576, "size": 4096, "filename": "/tmp/dm/ex/physical-mem-dump"}}
<- {"return": {}}
-> {"execute": "pmemsave", "arguments": {"val": 1048576, "size": 4096, "filename": "/tmp/dm/nonexist/x"}}
<- {"error": {"class": "GenericError", "desc": "Could not open '/tmp/dm/nonexist/x': No such file or directory"}}

EQMP

    {
        .struct             = "Memdev",
        .members            = "id:str?,"
                              "size:size,"
                              "merge:bool,"
                              "dump:bool,"
                              "prealloc:bool,"
                              "share:bool,"
                              "reserve:bool?,"
                              "host-nodes:[uint16],"
                              "policy:HostMemPolicy",
    },

SQMP
Memdev
------

A memory backend object (memory-backend-ram, -file, -memfd, ...) and
its host memory settings.

Members:

- "id": the backend's ID (reported since 2.9). Absent when the
  backend has no "id" property.
- "size": the size of the backend, in bytes.
- "merge": whether the host may merge identical pages of the backend
  (KSM, "merge" property).
- "dump": whether the backend's memory is included in a core dump of
  QEMU ("dump" property).
- "prealloc": whether the backend's memory was allocated up front.
- "share": whether the memory is shared with other processes rather
  than private to QEMU (reported since 6.1).
- "reserve": whether swap space (or huge pages) is reserved for the
  memory, where that applies (reported since 6.1). This is the
  configured setting, not what the host OS does: Linux, for example,
  never reserves swap space for shared file mappings. Absent when the
  host does not support the setting.
- "host-nodes": the host NUMA nodes the memory policy applies to;
  empty for none.
- "policy": the host NUMA memory policy of the backend.

Since: 2.1

EQMP

    {
        .name               = "query-memdev",
        .args_type          = "",
        .returns            = "[Memdev]",
        .allow_preconfig    = true,
    },

SQMP
query-memdev
------------

List the memory backend objects with their size and host memory
settings, including the backend of the initial RAM. Also available
before the machine is created (--preconfig).

Arguments: None.

Returns: a list of Memdev, one per memory backend.

Since: 2.1

Example:

(Captured with -m 256M and two backends "vmem0" and "mem1".)

-> {"execute": "query-memdev"}
<- {"return": [{"share": false, "reserve": true, "prealloc": false, "host-nodes": [], "size": 536870912, "merge": true, "dump": true, "policy": "default", "id": "vmem0"}, {"share": false, "reserve": true, "prealloc": false, "host-nodes": [], "size": 134217728, "merge": true, "dump": true, "policy": "default", "id": "mem1"}, {"share": false, "reserve": true, "prealloc": false, "host-nodes": [], "size": 268435456, "merge": true, "dump": true, "policy": "default", "id": "pc.ram"}]}

EQMP

    {
        .struct             = "CpuInstanceProperties",
        .members            = "node-id:int?,"
                              "drawer-id:int?,"
                              "book-id:int?,"
                              "socket-id:int?,"
                              "die-id:int?,"
                              "cluster-id:int?,"
                              "module-id:int?,"
                              "core-id:int?,"
                              "thread-id:int?",
    },

SQMP
CpuInstanceProperties
---------------------

The position of a CPU in the CPU topology and its NUMA node. Which
members a machine uses, and which of them are required when plugging a
CPU, depends on the architecture and the board. The IDs other than
"node-id" place the CPU in the topology the machine's "smp" property
defines (see SMPConfiguration). For s390x, see QEMU's documentation of
the s390x CPU topology.

Members:

- "node-id": the NUMA node the CPU belongs to. Absent: not set.
- "drawer-id": the drawer within the topology (since 8.2). Absent: the
  machine has no drawers or does not use this ID.
- "book-id": the book within its drawer (since 8.2). Absent: the
  machine has no books or does not use this ID.
- "socket-id": the socket within its parent container. Absent: the
  machine does not use this ID.
- "die-id": the die within its parent container (since 4.1). Absent:
  the machine has no dies or does not use this ID.
- "cluster-id": the cluster within its parent container (since 7.1).
  Absent: the machine has no clusters or does not use this ID.
- "module-id": the module within its parent container (since 9.1).
  Absent: the machine has no modules or does not use this ID.
- "core-id": the core within its parent container. Absent: the machine
  does not use this ID.
- "thread-id": the thread within its core. Absent: the machine does not
  use this ID.

Since: 2.7

EQMP

    {
        .struct             = "HotpluggableCPU",
        .members            = "type:str,"
                              "vcpus-count:int,"
                              "props:CpuInstanceProperties,"
                              "qom-path:str?",
    },

SQMP
HotpluggableCPU
---------------

A place for a CPU in the machine's topology, empty or occupied, with
what device_add needs to plug a CPU there.

Members:

- "type": the QOM type of CPU to pass to device_add as "driver".
- "vcpus-count": how many virtual CPUs (threads) one such device
  provides.
- "props": the properties to pass to device_add to plug a CPU into
  this place (socket-id, core-id, ...). Management software should be
  ready to pass further properties it does not know through to
  device_add as they are.
- "qom-path": the QOM path of the CPU in this place. Absent when the
  place is empty.

Since: 2.7

EQMP

    {
        .name               = "query-hotpluggable-cpus",
        .args_type          = "",
        .returns            = "[HotpluggableCPU]",
        .allow_preconfig    = true,
    },

SQMP
query-hotpluggable-cpus
-----------------------

List the places for CPUs of the machine, occupied or empty (up to
-smp maxcpus), with the device type and the properties device_add needs
to plug a CPU into an empty one. Also available before the machine is
created (--preconfig), for example to map CPUs to NUMA nodes with
set-numa-node.

Arguments: None.

Returns: a list of HotpluggableCPU, one per place.

Errors:

- GenericError when the machine does not support CPU hotplug
  ("machine does not support hot-plugging CPUs").

Since: 2.7

Example:

(Captured with -smp 2,maxcpus=4: two CPUs plugged, two places empty.)

-> {"execute": "query-hotpluggable-cpus"}
<- {"return": [{"props": {"core-id": 3, "thread-id": 0, "node-id": 0, "socket-id": 0}, "vcpus-count": 1, "type": "qemu64-x86_64-cpu"}, {"props": {"core-id": 2, "thread-id": 0, "node-id": 0, "socket-id": 0}, "vcpus-count": 1, "type": "qemu64-x86_64-cpu"}, {"props": {"core-id": 1, "thread-id": 0, "node-id": 0, "socket-id": 0}, "vcpus-count": 1, "qom-path": "/machine/unattached/device[2]", "type": "qemu64-x86_64-cpu"}, {"props": {"core-id": 0, "thread-id": 0, "node-id": 0, "socket-id": 0}, "vcpus-count": 1, "qom-path": "/machine/unattached/device[0]", "type": "qemu64-x86_64-cpu"}]}

EQMP

    {
        .name               = "set-numa-node",
        .args               = "NumaOptions",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
set-numa-node
-------------

Apply one NUMA setting, as a -numa command line option would. Only
before the machine is created: start QEMU with --preconfig, configure
the NUMA topology (possibly after asking query-hotpluggable-cpus where
the CPUs are), then continue with x-exit-preconfig.

Arguments: the members of NumaOptions: "type" ("node", "dist", "cpu",
"hmat-lb" or "hmat-cache") and the members of the matching
NumaNodeOptions, NumaDistOptions, NumaCpuOptions, NumaHmatLBOptions or
NumaHmatCacheOptions.

Errors:

- GenericError when the machine has already been created ("The command
  is permitted only before the machine has been created"), or when the
  setting is invalid (for example mixing "mem" and "memdev", a
  distance below 10, a latency for a bandwidth data type).

Since: 3.0

Example:

(Captured with --preconfig -smp 2 -m 256M and two 128 MiB memory backends
"ram0" and "ram1".)

-> {"execute": "set-numa-node", "arguments": {"type": "node", "nodeid": 0, "memdev": "ram0"}}
<- {"return": {}}
-> {"execute": "set-numa-node", "arguments": {"type": "node", "nodeid": 1, "memdev": "ram1"}}
<- {"return": {}}
-> {"execute": "set-numa-node", "arguments": {"type": "cpu", "node-id": 1, "socket-id": 0, "core-id": 1, "thread-id": 0}}
<- {"return": {}}
-> {"execute": "set-numa-node", "arguments": {"type": "dist", "src": 0, "dst": 1, "val": 20}}
<- {"return": {}}
-> {"execute": "set-numa-node", "arguments": {"type": "node", "nodeid": 2, "mem": 1048576}}
<- {"error": {"class": "GenericError", "desc": "numa configuration should use either mem= or memdev=,mixing both is not allowed"}}

EQMP

    {
        .name               = "balloon",
        .args_type          = "value:int",
    },

SQMP
balloon
-------

Ask the guest, through its balloon device (virtio-balloon), to give
memory back to the host or to take it again, until the guest's logical
memory size is the given value. The balloon is the memory the guest
has handed back: logical size = RAM size - balloon size, so the
balloon is to become RAM size - "value". The command only passes the
request on: when it returns, the balloon may not have changed yet, and
the guest may also change it on its own. BALLOON_CHANGE events and
query-balloon report the actual size.

Arguments:

- "value": the logical memory size the guest should end up with, in
  bytes.

Errors:

- DeviceNotActive when there is no balloon device.
- KVMMissingCap when the balloon driver is enabled but cannot work
  because the KVM kernel module does not support it.

Since: 0.14

Example:

(Captured with -m 256M plus a 128 MiB pc-dimm and a virtio-balloon-pci
device, and from a QEMU without a balloon device.)

-> {"execute": "balloon", "arguments": {"value": 268435456}}
<- {"return": {}}
-> {"execute": "balloon", "arguments": {"value": 268435456}}
<- {"error": {"class": "DeviceNotActive", "desc": "No balloon device has been activated"}}

EQMP

    {
        .struct             = "BalloonInfo",
        .members            = "actual:int",
    },

SQMP
BalloonInfo
-----------

The guest's memory size according to the balloon device.

Members:

- "actual": the logical memory size of the guest, in bytes: its RAM
  size minus what the balloon holds.

Since: 0.14

EQMP

    {
        .name               = "query-balloon",
        .args_type          = "",
        .returns            = "BalloonInfo",
    },

SQMP
query-balloon
-------------

Report the guest's logical memory size according to its balloon
device: the RAM size minus the memory the guest has handed back.

Arguments: None.

Returns: the current logical memory size.

Errors:

- DeviceNotActive when there is no balloon device.
- KVMMissingCap when the balloon driver is enabled but cannot work
  because the KVM kernel module does not support it.

Since: 0.14

Example:

(Captured with -m 256M plus a 128 MiB pc-dimm and a virtio-balloon-pci
device, and from a QEMU without a balloon device.)

-> {"execute": "query-balloon"}
<- {"return": {"actual": 402653184}}
-> {"execute": "query-balloon"}
<- {"error": {"class": "DeviceNotActive", "desc": "No balloon device has been activated"}}

EQMP

    {
        .event              = "BALLOON_CHANGE",
        .data               = "actual:int",
    },

SQMP
BALLOON_CHANGE
--------------

Sent when the guest has changed the size of its balloon, and so its
logical memory size; for example while it carries out a balloon
request. The event is rate-limited: QEMU may drop events that follow
each other closely and send only the latest.

Data:

- "actual": the new logical memory size of the guest, in bytes (RAM
  size minus the balloon), the same value query-balloon reports.

Since: 1.2

Example:

(Written from the schema, not captured from a server.)

<- { "event": "BALLOON_CHANGE",
     "data": { "actual": 268435456 },
     "timestamp": { "seconds": 1700000000, "microseconds": 435656 } }

EQMP

    {
        .struct             = "HvBalloonInfo",
        .members            = "committed:size,"
                              "available:size",
    },

SQMP
HvBalloonInfo
-------------

The guest memory status a Hyper-V guest last reported to the
hv-balloon device (in a "STATUS" message).

Members:

- "committed": the memory in use inside the guest plus the memory the
  guest cannot use (given back to the host, offline, and so on), in
  bytes.
- "available": the memory inside the guest that is free for new
  allocations, in bytes.

Since: 8.2

EQMP

    {
        .name               = "query-hv-balloon-status-report",
        .args_type          = "",
        .returns            = "HvBalloonInfo",
    },

SQMP
query-hv-balloon-status-report
------------------------------

Report the memory status in the last "STATUS" message the guest sent
to the hv-balloon device (the Hyper-V dynamic memory protocol), for
example to decide how much memory to give or take.

Arguments: None.

Returns: the guest's last reported memory status.

Errors:

- GenericError when there is no hv-balloon device, when its status
  reporting is off (property "status-report", off by default), or when
  the guest has not sent a status report yet.

Since: 8.2

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-hv-balloon-status-report" }
<- { "return": { "committed": 816640000, "available": 3333054464 } }

Example:

(Captured from -M pc without an hv-balloon device.)

-> {"execute": "query-hv-balloon-status-report"}
<- {"error": {"class": "GenericError", "desc": "no hv-balloon device present"}}

EQMP

    {
        .event              = "HV_BALLOON_STATUS_REPORT",
        .data_type          = "HvBalloonInfo",
    },

SQMP
HV_BALLOON_STATUS_REPORT
------------------------

Sent when the hv-balloon device receives a "STATUS" message from the
guest (with the device's status reporting on). The event is
rate-limited: QEMU may drop events that follow each other closely and
send only the latest.

Data:

- "committed": the memory in use inside the guest plus the memory the
  guest cannot use, in bytes.
- "available": the memory inside the guest that is free for new
  allocations, in bytes.

Since: 8.2

Example:

(Written from the schema, not captured from a server.)

<- { "event": "HV_BALLOON_STATUS_REPORT",
     "data": { "committed": 816640000, "available": 3333054464 },
     "timestamp": { "seconds": 1700000000, "microseconds": 661044 } }

EQMP

    {
        .struct             = "MemoryInfo",
        .members            = "base-memory:size,"
                              "plugged-memory:size?",
    },

SQMP
MemoryInfo
----------

How much memory the guest has, in bytes.

Members:

- "base-memory": the initial RAM, as given with -m.
- "plugged-memory": the memory provided by memory devices (DIMMs,
  virtio-mem, ...), which could be unplugged again, whether plugged
  at start or later. Absent when this QEMU is built without support
  for memory devices.

Since: 2.11

EQMP

    {
        .name               = "query-memory-size-summary",
        .args_type          = "",
        .returns            = "MemoryInfo",
    },

SQMP
query-memory-size-summary
-------------------------

Report how much memory the guest has: the initial RAM and the memory
of plugged memory devices, in bytes.

Arguments: None.

Returns: the memory sizes.

Since: 2.11

Example:

(Captured with -m 256M,slots=2,maxmem=2G plus a 128 MiB pc-dimm.)

-> {"execute": "query-memory-size-summary"}
<- {"return": {"base-memory": 268435456, "plugged-memory": 134217728}}

EQMP

    {
        .struct             = "PCDIMMDeviceInfo",
        .members            = "id:str?,"
                              "addr:int,"
                              "size:int,"
                              "slot:int,"
                              "node:int,"
                              "memdev:str,"
                              "hotplugged:bool,"
                              "hotpluggable:bool",
    },

SQMP
PCDIMMDeviceInfo
----------------

The state of a DIMM memory device (pc-dimm, nvdimm).

Members:

- "id": the device's ID. Absent when it has none.
- "addr": the guest physical address the device's memory is mapped at.
- "size": the size of the device's memory, in bytes.
- "slot": the memory slot the device is plugged into.
- "node": the NUMA node the device's memory belongs to.
- "memdev": the QOM path of the memory backend behind the device (for
  example "/objects/mem1").
- "hotplugged": whether the device was plugged while the machine ran
  (rather than at start).
- "hotpluggable": whether the device can be plugged and unplugged while
  the machine runs.

Since: 2.1

EQMP

    {
        .struct             = "VirtioPMEMDeviceInfo",
        .members            = "id:str?,"
                              "memaddr:size,"
                              "size:size,"
                              "memdev:str",
    },

SQMP
VirtioPMEMDeviceInfo
--------------------

The state of a virtio-pmem device (persistent memory).

Members:

- "id": the device's ID. Absent when it has none.
- "memaddr": the guest physical address the device's memory is mapped
  at.
- "size": the size of the device's memory, in bytes.
- "memdev": the QOM path of the memory backend behind the device.

Since: 4.1

EQMP

    {
        .struct             = "VirtioMEMDeviceInfo",
        .members            = "id:str?,"
                              "memaddr:size,"
                              "requested-size:size,"
                              "size:size,"
                              "max-size:size,"
                              "block-size:size,"
                              "node:int,"
                              "memdev:str",
    },

SQMP
VirtioMEMDeviceInfo
-------------------

The state of a virtio-mem device, whose memory the guest plugs and
unplugs in blocks.

Members:

- "id": the device's ID. Absent when it has none.
- "memaddr": the guest physical address of the device's memory region.
- "requested-size": the size the user asked the device to provide
  ("requested-size" property), in bytes.
- "size": the size the device provides now (what the guest has
  plugged), in bytes; it follows "requested-size" as the guest acts.
- "max-size": the largest size the device can provide, in bytes (the
  size of its memory backend).
- "block-size": the size of the blocks the memory is plugged and
  unplugged in, in bytes.
- "node": the NUMA node the device is assigned to.
- "memdev": the QOM path of the memory backend behind the device.

Since: 5.1

EQMP

    {
        .struct             = "SgxEPCDeviceInfo",
        .members            = "id:str?,"
                              "memaddr:size,"
                              "size:size,"
                              "node:int,"
                              "memdev:str",
    },

SQMP
SgxEPCDeviceInfo
----------------

The state of an Intel SGX EPC (Enclave Page Cache) section, a memory
device.

Members:

- "id": the device's ID. Absent when it has none.
- "memaddr": the guest physical address the section is mapped at.
- "size": the size of the section, in bytes.
- "node": the NUMA node of the section (reported since 7.0).
- "memdev": the QOM path of the memory backend behind the section.

Since: 6.2

EQMP

    {
        .struct             = "HvBalloonDeviceInfo",
        .members            = "id:str?,"
                              "memaddr:size?,"
                              "max-size:size,"
                              "memdev:str?",
    },

SQMP
HvBalloonDeviceInfo
-------------------

The memory an hv-balloon device can add to the guest (Hyper-V dynamic
memory protocol).

Members:

- "id": the device's ID. Absent when it has none.
- "memaddr": the guest physical address of the device's memory region.
  Absent when no region is mapped (for example without a memory
  backend).
- "max-size": the largest amount of memory the device can add, in
  bytes.
- "memdev": the QOM path of the memory backend behind the device.
  Absent when it has none.

Since: 8.2

EQMP

    {
        .enum               = "MemoryDeviceInfoKind",
        .values             = "dimm,nvdimm,virtio-pmem,virtio-mem,sgx-epc,hv-balloon",
    },

SQMP
MemoryDeviceInfoKind
--------------------

The kind of memory device; it selects the type of "data" in
MemoryDeviceInfo.

Values:

- "dimm": a DIMM (pc-dimm); "data" is a PCDIMMDeviceInfo.
- "nvdimm": an NVDIMM (since 2.12); "data" is a PCDIMMDeviceInfo.
- "virtio-pmem": a virtio-pmem device (since 4.1); "data" is a
  VirtioPMEMDeviceInfo.
- "virtio-mem": a virtio-mem device (since 5.1); "data" is a
  VirtioMEMDeviceInfo.
- "sgx-epc": an SGX EPC section (since 6.2); "data" is a
  SgxEPCDeviceInfo.
- "hv-balloon": an hv-balloon device (since 8.2); "data" is a
  HvBalloonDeviceInfo.

Since: 2.1

EQMP

    {
        .struct             = "PCDIMMDeviceInfoWrapper",
        .members            = "data:PCDIMMDeviceInfo",
    },

SQMP
PCDIMMDeviceInfoWrapper
-----------------------

The "data" of a DIMM or NVDIMM in query-memory-devices.

Members:

- "data": the state of the DIMM.

Since: 2.1

EQMP

    {
        .struct             = "VirtioPMEMDeviceInfoWrapper",
        .members            = "data:VirtioPMEMDeviceInfo",
    },

SQMP
VirtioPMEMDeviceInfoWrapper
---------------------------

The "data" of a virtio-pmem device in query-memory-devices.

Members:

- "data": the state of the virtio-pmem device.

Since: 2.1

EQMP

    {
        .struct             = "VirtioMEMDeviceInfoWrapper",
        .members            = "data:VirtioMEMDeviceInfo",
    },

SQMP
VirtioMEMDeviceInfoWrapper
--------------------------

The "data" of a virtio-mem device in query-memory-devices.

Members:

- "data": the state of the virtio-mem device.

Since: 2.1

EQMP

    {
        .struct             = "SgxEPCDeviceInfoWrapper",
        .members            = "data:SgxEPCDeviceInfo",
    },

SQMP
SgxEPCDeviceInfoWrapper
-----------------------

The "data" of an SGX EPC section in query-memory-devices.

Members:

- "data": the state of the EPC section.

Since: 6.2

EQMP

    {
        .struct             = "HvBalloonDeviceInfoWrapper",
        .members            = "data:HvBalloonDeviceInfo",
    },

SQMP
HvBalloonDeviceInfoWrapper
--------------------------

The "data" of an hv-balloon device in query-memory-devices.

Members:

- "data": the state of the hv-balloon device's memory.

Since: 8.2

EQMP

    {
        .union              = "MemoryDeviceInfo",
        .members            = "type:MemoryDeviceInfoKind",
        .discriminator      = "type",
        .variants           = "dimm:PCDIMMDeviceInfoWrapper,"
                              "nvdimm:PCDIMMDeviceInfoWrapper,"
                              "virtio-pmem:VirtioPMEMDeviceInfoWrapper,"
                              "virtio-mem:VirtioMEMDeviceInfoWrapper,"
                              "sgx-epc:SgxEPCDeviceInfoWrapper,"
                              "hv-balloon:HvBalloonDeviceInfoWrapper",
    },

SQMP
MemoryDeviceInfo
----------------

One memory device and its state. The further members depend on
"type".

Members:

- "type": the kind of memory device, which selects the type of "data":
  "dimm" and "nvdimm" (PCDIMMDeviceInfo), "virtio-pmem"
  (VirtioPMEMDeviceInfo), "virtio-mem" (VirtioMEMDeviceInfo), "sgx-epc"
  (SgxEPCDeviceInfo) or "hv-balloon" (HvBalloonDeviceInfo).

Since: 2.1

EQMP

    {
        .struct             = "SgxEPC",
        .members            = "memdev:str,"
                              "node:int",
    },

SQMP
SgxEPC
------

One Intel SGX EPC (Enclave Page Cache) section of the machine, as set
with -machine sgx-epc.N.*.

Members:

- "memdev": the ID of the memory-backend-epc object that provides the
  section.
- "node": the NUMA node of the section (since 7.0).

Since: 6.2

EQMP

    {
        .struct             = "SgxEPCProperties",
        .members            = "sgx-epc:[SgxEPC]",
    },

SQMP
SgxEPCProperties
----------------

The SGX settings of a machine type (its "sgx-epc" property).

Members:

- "sgx-epc": the EPC sections, each backed by a memory-backend-epc
  object.

Since: 6.2

EQMP

    {
        .name               = "query-memory-devices",
        .args_type          = "",
        .returns            = "[MemoryDeviceInfo]",
    },

SQMP
query-memory-devices
--------------------

List the memory devices of the machine (DIMMs, NVDIMMs, virtio-pmem,
virtio-mem, SGX EPC sections, hv-balloon) with their address, size,
backend and state; not the initial RAM given with -m.

Arguments: None.

Returns: a list of MemoryDeviceInfo, one per memory device.

Since: 2.1

Example:

(Captured with -m 256M,slots=2,maxmem=2G, a 128 MiB pc-dimm "dimm1" and a
virtio-mem-pci "vm0" with requested-size=128M; the guest had not started,
so "vm0" provides nothing yet.)

-> {"execute": "query-memory-devices"}
<- {"return": [{"type": "dimm", "data": {"memdev": "/objects/mem1", "hotplugged": false, "addr": 4294967296, "hotpluggable": true, "size": 134217728, "slot": 0, "node": 0, "id": "dimm1"}}, {"type": "virtio-mem", "data": {"memdev": "/objects/vmem0", "memaddr": 4429185024, "block-size": 2097152, "size": 0, "node": 0, "max-size": 536870912, "requested-size": 134217728, "id": "vm0"}}]}

EQMP

    {
        .event              = "MEMORY_DEVICE_SIZE_CHANGE",
        .data               = "id:str?,"
                              "size:size,"
                              "qom-path:str",
    },

SQMP
MEMORY_DEVICE_SIZE_CHANGE
-------------------------

Sent when the amount of memory a memory device provides changes. Only
devices whose size can change send it, such as virtio-mem when the
guest plugs or unplugs its memory blocks. The event is rate-limited:
QEMU may drop events that follow each other closely and send only the
latest.

Data:

- "id": the device's ID. Absent when it has none.
- "size": the new amount of memory the device provides, in bytes.
- "qom-path": the path of the device in the QOM tree (since 6.2).

Since: 5.1

Example:

(Written from the schema, not captured from a server.)

<- { "event": "MEMORY_DEVICE_SIZE_CHANGE",
     "data": { "id": "vm0", "size": 134217728,
               "qom-path": "/machine/peripheral/vm0" },
     "timestamp": { "seconds": 1700000000, "microseconds": 201316 } }

EQMP

    {
        .struct             = "BootConfiguration",
        .members            = "order:str?,"
                              "once:str?,"
                              "menu:bool?,"
                              "splash:str?,"
                              "splash-time:int?,"
                              "reboot-timeout:int?,"
                              "strict:bool?",
    },

SQMP
BootConfiguration
-----------------

How the guest firmware boots the machine: the -boot option and the
machine's "boot" property.

Members:

- "order": the devices to try, in order, as drive letters: "a" floppy,
  "c" hard disk, "d" CD-ROM, "n" network (for example "cdn"). Absent:
  the firmware's default order.
- "once": a boot order for the first boot only; later reboots use
  "order". Absent: "order" applies from the start.
- "menu": whether the firmware shows a boot menu. Absent: the
  firmware's default.
- "splash": a host file whose picture the firmware shows as a logo;
  used when "menu" is true. Absent: no logo.
- "splash-time": how long the logo is shown, in milliseconds.
- "reboot-timeout": how long the firmware waits before rebooting when
  no boot device could be booted, in milliseconds; -1 means it does
  not reboot. Absent: the firmware is told -1.
- "strict": when true, boot only from the devices in the boot order and
  never try any other device. Absent: false.

Since: 7.1

EQMP

    {
        .struct             = "SMPConfiguration",
        .members            = "cpus:int?,"
                              "drawers:int?,"
                              "books:int?,"
                              "sockets:int?,"
                              "dies:int?,"
                              "clusters:int?,"
                              "modules:int?,"
                              "cores:int?,"
                              "threads:int?,"
                              "maxcpus:int?",
    },

SQMP
SMPConfiguration
----------------

The CPU topology of the machine: the -smp option and the machine's
"smp" property. QEMU computes any value left out from the others.
Apart from "cpus" and "maxcpus", the members define nested containers,
from the largest to the smallest: drawers, books, sockets, dies,
clusters, modules, cores, threads. Each architecture supports only
some of them; s390x, for example, has no dies and no clusters, and
its cores sit directly in sockets.

Members:

- "cpus": the number of virtual CPUs present at start.
- "drawers": the number of drawers (since 8.2).
- "books": the number of books per drawer (since 8.2).
- "sockets": the number of sockets per parent container.
- "dies": the number of dies per parent container.
- "clusters": the number of clusters per parent container (since 7.0).
- "modules": the number of modules per parent container (since 9.1).
- "cores": the number of cores per parent container.
- "threads": the number of threads per core.
- "maxcpus": the largest number of virtual CPUs the machine can have,
  counting those hotplugged later.

Since: 6.1

EQMP

    {
        .name               = "x-query-irq",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },

SQMP
x-query-irq
-----------

Report, for debugging, how many interrupts each interrupt controller
has delivered, per line, as text meant for people.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the interrupt statistics as text.

Since: 6.2

Example:

-> {"execute": "x-query-irq"}
<- {"return": {"human-readable-text": "IRQ statistics for ioapic:\n 0: 1\nIRQ statistics for isa-i8259:\n 0: 1\n"}}

EQMP

#if defined(CONFIG_TCG)
    {
        .name               = "x-query-jit",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },
#endif

SQMP
x-query-jit
-----------

Report, for debugging, statistics of TCG's code generator (translation
blocks, code buffer, TLB flushes) as text meant for people. Only when
QEMU is built with TCG.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the TCG statistics as text.

Since: 6.2

Example:

(Reply shortened.)

-> {"execute": "x-query-jit"}
<- {"return": {"human-readable-text": "Accelerator settings:\none-insn-per-tb: off\n\nTranslation buffer state:\ngen code size       0/1073577984\nTB count            0\nTB avg target size  0 max=0 bytes\nTB avg host size    0 bytes (expansion ratio: 0.0)\ncross page TB count 0 (0%)\n...\n"}}

EQMP

    {
        .name               = "x-query-numa",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },

SQMP
x-query-numa
------------

Report, for debugging, the guest's NUMA nodes with their CPUs and
memory as text meant for people.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the NUMA topology as text.

Since: 6.2

Example:

(Captured after the set-numa-node example: two nodes.)

-> {"execute": "x-query-numa"}
<- {"return": {"human-readable-text": "2 nodes\nnode 0 cpus: 0\nnode 0 size: 128 MB\nnode 0 plugged: 0 MB\nnode 1 cpus: 1\nnode 1 size: 128 MB\nnode 1 plugged: 0 MB\n"}}

EQMP

#if defined(CONFIG_TCG)
    {
        .name               = "x-query-opcount",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },
#endif

SQMP
x-query-opcount
---------------

Report, for debugging, the counters of TCG opcodes as text meant for
people. Only when QEMU is built with TCG; the counters are only kept
when QEMU is built with the TCG profiler.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the opcode counters as text.

Since: 6.2

Example:

-> {"execute": "x-query-opcount"}
<- {"return": {"human-readable-text": "[TCG profiler not compiled]\n"}}

EQMP

    {
        .name               = "x-query-ramblock",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },

SQMP
x-query-ramblock
----------------

Report, for debugging, QEMU's RAM blocks (guest RAM, ROMs, device
memory) with their page size, offset, used and total size and host
address, as text meant for people.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the RAM blocks as text.

Since: 6.2

Example:

(Reply shortened.)

-> {"execute": "x-query-ramblock"}
<- {"return": {"human-readable-text": "              Block Name    PSize              Offset               Used              Total                HVA  RO\n      0000:00:03.0/vmem0    4 KiB  0x0000000008000000 0x0000000020000000 0x0000000020000000 0x00007fafbfc00000  rw\n                  pc.ram    4 KiB  0x0000000028000000 0x0000000010000000 0x0000000010000000 0x00007fafa7e00000  rw\n                    mem1    4 KiB  0x0000000000000000 0x0000000008000000 0x0000000008000000 0x00007fafdfe00000  rw\n    /rom@etc/acpi/tables    4 KiB  0x0000000038080000 0x0000000000020000 0x0000000000200000 0x00007fb02d200000  ro\n"}}

EQMP

    {
        .name               = "x-query-roms",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },

SQMP
x-query-roms
------------

Report, for debugging, the ROM images and firmware blobs QEMU has
registered for the guest (BIOS, option ROMs, fw_cfg files), as text
meant for people.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the registered ROMs as text.

Since: 6.2

Example:

-> {"execute": "x-query-roms"}
<- {"return": {"human-readable-text": "fw=genroms/kvmvapic.bin size=0x002400 name=\"kvmvapic.bin\"\naddr=00000000fffc0000 size=0x040000 mem=rom name=\"bios-256k.bin\"\n/rom@etc/acpi/tables size=0x200000 name=\"etc/acpi/tables\"\n/rom@etc/table-loader size=0x010000 name=\"etc/table-loader\"\n/rom@etc/acpi/rsdp size=0x001000 name=\"etc/acpi/rsdp\"\n"}}

EQMP

    {
        .name               = "x-query-usb",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },

SQMP
x-query-usb
-----------

Report, for debugging, the USB devices attached to the guest's USB
buses, with their address, port, speed and product name, as text meant
for people.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the USB devices as text.

Since: 6.2

Example:

(Captured with -device qemu-xhci -device usb-tablet,id=tablet0.)

-> {"execute": "x-query-usb"}
<- {"return": {"human-readable-text": "  Device 0.0, Port 1, Speed 480 Mb/s, Product QEMU USB Tablet, ID: tablet0\n"}}

EQMP

    {
        .enum               = "SmbiosEntryPointType",
        .values             = "32,64,auto",
    },

SQMP
SmbiosEntryPointType
--------------------

Which kind of SMBIOS entry point the firmware tables offer the guest
(the machine's "smbios-entry-point-type" property).

Values:

- "32": the SMBIOS 2.1 entry point (32-bit).
- "64": the SMBIOS 3.0 entry point (64-bit).
- "auto": the 2.x entry point when the tables fit its limits, the 3.x
  one otherwise (since 9.0).

Since: 7.0

EQMP

    {
        .struct             = "MemorySizeConfiguration",
        .members            = "size:size?,"
                              "max-size:size?,"
                              "slots:uint64?",
    },

SQMP
MemorySizeConfiguration
-----------------------

The guest's RAM size and memory hotplug room: the -m option and the
machine's "memory" property.

Members:

- "size": the initial RAM size, in bytes. Absent: the machine type's
  default.
- "max-size": the largest total memory the guest can reach with
  memory hotplug, in bytes. Absent: no memory hotplug room.
- "slots": the number of slots for hotpluggable memory devices
  (DIMMs). Absent: none.

Since: 7.1

EQMP

#if defined(CONFIG_FDT)
    {
        .name               = "dumpdtb",
        .args_type          = "filename:str",
    },
#endif

SQMP
dumpdtb
-------

Write the machine's flattened device tree (FDT), as given to the
guest, to a file on the host in DTB format. Only for machines that
build a device tree (ARM, RISC-V, PowerPC and others); only when QEMU
is built with FDT support.

Arguments:

- "filename": the path of the DTB file to create on the host.

Errors:

- GenericError when the machine has no device tree ("This machine
  doesn't have an FDT"), or when the file cannot be written.

Since: 7.2

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "dumpdtb",
     "arguments": { "filename": "fdt.dtb" } }
<- { "return": {} }

Example:

(Captured from qemu-system-x86_64 -M pc, which has no device tree.)

-> {"execute": "dumpdtb", "arguments": {"filename": "/tmp/dm/ex/fdt.dtb"}}
<- {"error": {"class": "GenericError", "desc": "This machine doesn't have an FDT"}}

EQMP

    {
        .name               = "x-query-interrupt-controllers",
        .args_type          = "",
        .returns            = "HumanReadableText",
        .features           = "unstable",
    },

SQMP
x-query-interrupt-controllers
-----------------------------

Report, for debugging, the state of the guest's interrupt controllers
(on x86 the I/O APIC and the 8259 PICs: pins, routing, pending
interrupts), as text meant for people.

Arguments: None.

Features:

- "unstable": the command is meant for debugging: its output is not a
  stable interface and may change, and the command may go away.

Returns: the interrupt controllers' state as text.

Since: 9.1

Example:

(Reply shortened.)

-> {"execute": "x-query-interrupt-controllers"}
<- {"return": {"human-readable-text": "ioapic0: ver=0x20 id=0x00 sel=0x00\n  pin 0  0x0000000000010000 dest=0 vec=0   active-hi edge  masked fixed  physical\n  pin 1  0x0000000000010000 dest=0 vec=0   active-hi edge  masked fixed  physical\n  ...\n  Remote IRR (none)\npic1: irr=00 imr=00 isr=00 hprio=0 irq_base=00 rr_sel=0 elcr=00 fnm=0\npic0: irr=00 imr=00 isr=00 hprio=0 irq_base=00 rr_sel=0 elcr=00 fnm=0\n"}}

EQMP

