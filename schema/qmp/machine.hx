HXCOMM Area 'machine'.

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

An enumeration used by TargetInfo.

Values:

- "aarch64": TODO
- "alpha": TODO
- "arm": TODO
- "avr": TODO
- "hppa": TODO
- "i386": TODO
- "loongarch64": TODO
- "m68k": TODO
- "microblaze": TODO
- "microblazeel": TODO
- "mips": TODO
- "mips64": TODO
- "mips64el": TODO
- "mipsel": TODO
- "or1k": TODO
- "ppc": TODO
- "ppc64": TODO
- "riscv32": TODO
- "riscv64": TODO
- "rx": TODO
- "s390x": TODO
- "sh4": TODO
- "sh4eb": TODO
- "sparc": TODO
- "sparc64": TODO
- "tricore": TODO
- "x86_64": TODO
- "xtensa": TODO
- "xtensaeb": TODO

Since: 3.0

EQMP

    {
        .enum               = "S390CpuState",
        .values             = "uninitialized,stopped,check-stop,operating,load",
    },

SQMP
S390CpuState
------------

An enumeration used by CpuInfoS390.

Values:

- "uninitialized": TODO
- "stopped": TODO
- "check-stop": TODO
- "operating": TODO
- "load": TODO

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

A structure used by CpuInfoFast.

Members:

- "cpu-state": TODO
- "dedicated": TODO
- "entitlement": TODO

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

A virtual CPU: index, QOM path, host thread and topology position.

Members:

- "cpu-index": TODO
- "qom-path": TODO
- "thread-id": TODO
- "props": TODO
- "target": TODO

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

List the virtual CPUs with their thread, topology position and QOM path,
without interrupting them.

Arguments: None.

Returns: [CpuInfoFast]

Example: -> { "execute": "query-cpus-fast" }
<- { "return": [ { "cpu-index": 0, "qom-path": "/machine/unattached/device[0]", "thread-id": 8700, "props": { "core-id": 0, "thread-id": 0, "socket-id": 0 }, "target": "x86_64" } ] }

Since: 2.12

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

A device property value that a versioned machine type sets for
compatibility with older QEMU.

Members:

- "qom-type": TODO
- "property": TODO
- "value": TODO

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

One machine type with its limits and defaults, as listed by
"query-machines".

Members:

- "name": TODO
- "alias": TODO
- "is-default": TODO
- "cpu-max": TODO
- "hotpluggable-cpus": TODO
- "numa-mem-supported": TODO
- "deprecated": TODO
- "default-cpu-type": TODO
- "default-ram-id": TODO
- "acpi": TODO
- "compat-props": TODO

Features:

- "unstable": TODO

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

List the machine types this QEMU can emulate, with their limits and
defaults. The default machine carries "is-default".

Arguments:

- "compat-props": also report the compatibility properties each machine type
  sets (default false) (json-bool, optional)

Features:

- "unstable": TODO

Returns: [MachineInfo]

Example: -> { "execute": "query-machines" }
<- { "return": [ { "name": "pc-i440fx-10.0", "alias": "pc", "is-default": true, "cpu-max": 255, "hotpluggable-cpus": true, "numa-mem-supported": false, "deprecated": false, "default-cpu-type": "qemu64-x86_64-cpu", "default-ram-id": "pc.ram", "acpi": true },
                 { "name": "none", "cpu-max": 1, "hotpluggable-cpus": false, "numa-mem-supported": false, "deprecated": false, "default-ram-id": "ram", "acpi": false } ] }

Since: 1.2

EQMP

    {
        .struct             = "CurrentMachineParams",
        .members            = "wakeup-suspend-support:bool",
    },

SQMP
CurrentMachineParams
--------------------

Properties of the running machine.

Members:

- "wakeup-suspend-support": TODO

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

Report properties of the machine that is running, currently whether the
guest can be woken from suspend.

Arguments: None.

Returns: CurrentMachineParams

Example: -> { "execute": "query-current-machine" }
<- { "return": { "wakeup-suspend-support": true } }

Since: 4.0

EQMP

    {
        .struct             = "TargetInfo",
        .members            = "arch:SysEmuTarget",
    },

SQMP
TargetInfo
----------

The architecture an emulator binary targets.

Members:

- "arch": TODO

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

Report the architecture this QEMU binary emulates.

Arguments: None.

Returns: TargetInfo

Example: -> { "execute": "query-target" }
<- { "return": { "arch": "x86_64" } }

Since: 1.2

EQMP

    {
        .struct             = "UuidInfo",
        .members            = "UUID:str",
    },

SQMP
UuidInfo
--------

The machine UUID in its usual textual form.

Members:

- "UUID": TODO

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

Report the machine UUID given with -uuid (all zeroes when none was given).

Arguments: None.

Returns: UuidInfo

Example: -> { "execute": "query-uuid" }
<- { "return": { "UUID": "00000000-0000-0000-0000-000000000000" } }

Since: 0.14

EQMP

    {
        .struct             = "GuidInfo",
        .members            = "guid:str",
    },

SQMP
GuidInfo
--------

TODO

Members:

- "guid": TODO

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

TODO

Returns: GuidInfo. TODO

Since: 2.9

EQMP

    {
        .name               = "system_reset",
        .args_type          = "",
    },

SQMP
system_reset
------------

Reset the machine, as if its reset button were pressed. The RESET event
follows.

Arguments: None.

Returns: an empty object

Example: -> { "execute": "system_reset" }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .name               = "system_powerdown",
        .args_type          = "",
    },

SQMP
system_powerdown
----------------

Ask the guest to shut down, as if its power button were pressed. The guest
operating system decides what to do; the command returns at once and the
POWERDOWN event is sent.

Arguments: None.

Returns: an empty object

Example: -> { "execute": "system_powerdown" }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .name               = "system_wakeup",
        .args_type          = "",
    },

SQMP
system_wakeup
-------------

Wake a guest that suspended itself to RAM. It fails on machines that do not
support wake-up from suspend.

Arguments: None.

Returns: an empty object

Example: -> { "execute": "system_wakeup" }
<- { "return": {} }

Since: 1.1

EQMP

    {
        .enum               = "LostTickPolicy",
        .values             = "discard,delay,slew",
    },

SQMP
LostTickPolicy
--------------

TODO

Values:

- "discard": TODO
- "delay": TODO
- "slew": TODO

Since: 2.0

EQMP

    {
        .name               = "inject-nmi",
        .args_type          = "",
    },

SQMP
inject-nmi
----------

Deliver a non-maskable interrupt to the guest (on x86, to every CPU).

Arguments: None.

Returns: an empty object

Example: -> { "execute": "inject-nmi" }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .struct             = "KvmInfo",
        .members            = "enabled:bool,"
                              "present:bool",
    },

SQMP
KvmInfo
-------

Whether KVM is built in ("present") and in use ("enabled").

Members:

- "enabled": TODO
- "present": TODO

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

Tell whether KVM support is built in and whether it is in use.

Arguments: None.

Returns: KvmInfo

Example: -> { "execute": "query-kvm" }
<- { "return": { "enabled": false, "present": true } }

Since: 0.14

EQMP

    {
        .enum               = "NumaOptionsType",
        .values             = "node,dist,cpu,hmat-lb,hmat-cache",
    },

SQMP
NumaOptionsType
---------------

TODO

Values:

- "node": TODO
- "dist": TODO
- "cpu": TODO
- "hmat-lb": TODO
- "hmat-cache": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Members:

- "nodeid": TODO
- "cpus": TODO
- "mem": TODO
- "memdev": TODO
- "initiator": TODO

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

TODO

Members:

- "src": TODO
- "dst": TODO
- "val": TODO

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

TODO

Members:

- "size": TODO
- "interleave-granularity": TODO
- "targets": TODO

Since: 7.1

EQMP

    {
        .struct             = "CXLFMWProperties",
        .members            = "cxl-fmw:[CXLFixedMemoryWindowOptions]",
    },

SQMP
CXLFMWProperties
----------------

TODO

Members:

- "cxl-fmw": TODO

Since: 7.1

EQMP

    {
        .enum               = "X86CPURegister32",
        .values             = "EAX,EBX,ECX,EDX,ESP,EBP,ESI,EDI",
    },

SQMP
X86CPURegister32
----------------

TODO

Values:

- "EAX": TODO
- "EBX": TODO
- "ECX": TODO
- "EDX": TODO
- "ESP": TODO
- "EBP": TODO
- "ESI": TODO
- "EDI": TODO

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

TODO

Members:

- "cpuid-input-eax": TODO
- "cpuid-input-ecx": TODO
- "cpuid-register": TODO
- "features": TODO

Since: 1.5

EQMP

    {
        .struct             = "DummyForceArrays",
        .members            = "unused:[X86CPUFeatureWordInfo]",
    },

SQMP
DummyForceArrays
----------------

TODO

Members:

- "unused": TODO

Since: 2.5

EQMP

    {
        .struct             = "NumaCpuOptions",
        .base               = "CpuInstanceProperties",
    },

SQMP
NumaCpuOptions
--------------

TODO

Since: 2.10

EQMP

    {
        .enum               = "HmatLBMemoryHierarchy",
        .values             = "memory,first-level,second-level,third-level",
    },

SQMP
HmatLBMemoryHierarchy
---------------------

TODO

Values:

- "memory": TODO
- "first-level": TODO
- "second-level": TODO
- "third-level": TODO

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

TODO

Values:

- "access-latency": TODO
- "read-latency": TODO
- "write-latency": TODO
- "access-bandwidth": TODO
- "read-bandwidth": TODO
- "write-bandwidth": TODO

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

TODO

Members:

- "initiator": TODO
- "target": TODO
- "hierarchy": TODO
- "data-type": TODO
- "latency": TODO
- "bandwidth": TODO

Since: 5.0

EQMP

    {
        .enum               = "HmatCacheAssociativity",
        .values             = "none,direct,complex",
    },

SQMP
HmatCacheAssociativity
----------------------

TODO

Values:

- "none": TODO
- "direct": TODO
- "complex": TODO

Since: 5.0

EQMP

    {
        .enum               = "HmatCacheWritePolicy",
        .values             = "none,write-back,write-through",
    },

SQMP
HmatCacheWritePolicy
--------------------

TODO

Values:

- "none": TODO
- "write-back": TODO
- "write-through": TODO

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

TODO

Members:

- "node-id": TODO
- "size": TODO
- "level": TODO
- "associativity": TODO
- "policy": TODO
- "line": TODO

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

Save a range of guest virtual memory, as one CPU sees it, to a file on the
host.

Arguments:

- "val": the virtual start address (json-int, uint64)
- "size": the number of bytes to save (json-int, size)
- "filename": the file to write (json-string)
- "cpu-index": the CPU whose address space is used (default 0) (json-int,
  optional)

Returns: an empty object

Example: -> { "execute": "memsave", "arguments": { "val": 0, "size": 4096, "filename": "/tmp/mem.bin" } }
<- { "return": {} }

Since: 0.14

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

Save a range of guest physical memory to a file on the host.

Arguments:

- "val": the physical start address (json-int, uint64)
- "size": the number of bytes to save (json-int, size)
- "filename": the file to write (json-string)

Returns: an empty object

Example: -> { "execute": "pmemsave", "arguments": { "val": 0, "size": 4096, "filename": "/tmp/pmem.bin" } }
<- { "return": {} }

Since: 0.14

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

A memory backend and its host memory settings.

Members:

- "id": TODO
- "size": TODO
- "merge": TODO
- "dump": TODO
- "prealloc": TODO
- "share": TODO
- "reserve": TODO
- "host-nodes": TODO
- "policy": TODO

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

List the memory backends with their size and host memory policy.

Arguments: None.

Returns: [Memdev]

Example: -> { "execute": "query-memdev" }
<- { "return": [ { "id": "pc.ram", "size": 134217728, "merge": true, "dump": true, "prealloc": false, "share": false, "reserve": true, "host-nodes": [], "policy": "default" } ] }

Since: 2.1

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

The topology position of a CPU; which members exist depends on the machine.

Members:

- "node-id": TODO
- "drawer-id": TODO
- "book-id": TODO
- "socket-id": TODO
- "die-id": TODO
- "cluster-id": TODO
- "module-id": TODO
- "core-id": TODO
- "thread-id": TODO

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

A CPU slot and the properties that fill it.

Members:

- "type": TODO
- "vcpus-count": TODO
- "props": TODO
- "qom-path": TODO

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

List the CPU slots of the machine, plugged or not, with the properties a
"device_add" needs to fill an empty slot. Machines without CPU hotplug
return an error.

Arguments: None.

Returns: [HotpluggableCPU]

Example: -> { "execute": "query-hotpluggable-cpus" }
<- { "return": [ { "type": "qemu64-x86_64-cpu", "vcpus-count": 1, "props": { "core-id": 0, "thread-id": 0, "socket-id": 0 }, "qom-path": "/machine/unattached/device[0]" } ] }

Since: 2.7

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

TODO

Since: 3.0

EQMP

    {
        .name               = "balloon",
        .args_type          = "value:int",
    },

SQMP
balloon
-------

Ask the guest, through its balloon device, to give memory back to the host
(or take it again) until it has the given amount. The guest does this over
time; BALLOON_CHANGE reports progress.

Arguments:

- "value": the memory size the guest should end up with, in bytes (json-int)

Returns: an empty object

Example: -> { "execute": "balloon", "arguments": { "value": 67108864 } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .struct             = "BalloonInfo",
        .members            = "actual:int",
    },

SQMP
BalloonInfo
-----------

The guest memory size according to the balloon device, in bytes.

Members:

- "actual": TODO

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

Report how much memory the guest has according to the balloon device. It
fails when no balloon device exists.

Arguments: None.

Returns: BalloonInfo

Example: -> { "execute": "query-balloon" }
<- { "return": { "actual": 134217728 } }

Since: 0.14

EQMP

    {
        .event              = "BALLOON_CHANGE",
        .data               = "actual:int",
    },

SQMP
BALLOON_CHANGE
--------------

The guest's memory size as seen by the balloon device changed.

Data:

- "actual": the new memory size in bytes (json-int)

Example: <- { "event": "BALLOON_CHANGE", "data": { "actual": 67108864 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 1.2

EQMP

    {
        .struct             = "HvBalloonInfo",
        .members            = "committed:size,"
                              "available:size",
    },

SQMP
HvBalloonInfo
-------------

TODO

Members:

- "committed": TODO
- "available": TODO

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

TODO

Returns: HvBalloonInfo. TODO

Since: 8.2

EQMP

    {
        .event              = "HV_BALLOON_STATUS_REPORT",
        .data_type          = "HvBalloonInfo",
    },

SQMP
HV_BALLOON_STATUS_REPORT
------------------------

TODO

Since: 8.2

EQMP

    {
        .struct             = "MemoryInfo",
        .members            = "base-memory:size,"
                              "plugged-memory:size?",
    },

SQMP
MemoryInfo
----------

The guest's base and hotplugged memory sizes, in bytes.

Members:

- "base-memory": TODO
- "plugged-memory": TODO

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

Report the amount of guest RAM: the base memory and what was hotplugged.

Arguments: None.

Returns: MemoryInfo

Example: -> { "execute": "query-memory-size-summary" }
<- { "return": { "base-memory": 134217728, "plugged-memory": 0 } }

Since: 2.11

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

TODO

Members:

- "id": TODO
- "addr": TODO
- "size": TODO
- "slot": TODO
- "node": TODO
- "memdev": TODO
- "hotplugged": TODO
- "hotpluggable": TODO

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

TODO

Members:

- "id": TODO
- "memaddr": TODO
- "size": TODO
- "memdev": TODO

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

TODO

Members:

- "id": TODO
- "memaddr": TODO
- "requested-size": TODO
- "size": TODO
- "max-size": TODO
- "block-size": TODO
- "node": TODO
- "memdev": TODO

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

TODO

Members:

- "id": TODO
- "memaddr": TODO
- "size": TODO
- "node": TODO
- "memdev": TODO

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

TODO

Members:

- "id": TODO
- "memaddr": TODO
- "max-size": TODO
- "memdev": TODO

Since: 8.2

EQMP

    {
        .enum               = "MemoryDeviceInfoKind",
        .values             = "dimm,nvdimm,virtio-pmem,virtio-mem,sgx-epc,hv-balloon",
    },

SQMP
MemoryDeviceInfoKind
--------------------

TODO

Values:

- "dimm": TODO
- "nvdimm": TODO
- "virtio-pmem": TODO
- "virtio-mem": TODO
- "sgx-epc": TODO
- "hv-balloon": TODO

Since: 2.1

EQMP

    {
        .struct             = "PCDIMMDeviceInfoWrapper",
        .members            = "data:PCDIMMDeviceInfo",
    },

SQMP
PCDIMMDeviceInfoWrapper
-----------------------

TODO

Members:

- "data": TODO

Since: 2.1

EQMP

    {
        .struct             = "VirtioPMEMDeviceInfoWrapper",
        .members            = "data:VirtioPMEMDeviceInfo",
    },

SQMP
VirtioPMEMDeviceInfoWrapper
---------------------------

TODO

Members:

- "data": TODO

Since: 2.1

EQMP

    {
        .struct             = "VirtioMEMDeviceInfoWrapper",
        .members            = "data:VirtioMEMDeviceInfo",
    },

SQMP
VirtioMEMDeviceInfoWrapper
--------------------------

TODO

Members:

- "data": TODO

Since: 2.1

EQMP

    {
        .struct             = "SgxEPCDeviceInfoWrapper",
        .members            = "data:SgxEPCDeviceInfo",
    },

SQMP
SgxEPCDeviceInfoWrapper
-----------------------

TODO

Members:

- "data": TODO

Since: 6.2

EQMP

    {
        .struct             = "HvBalloonDeviceInfoWrapper",
        .members            = "data:HvBalloonDeviceInfo",
    },

SQMP
HvBalloonDeviceInfoWrapper
--------------------------

TODO

Members:

- "data": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Members:

- "memdev": TODO
- "node": TODO

Since: 6.2

EQMP

    {
        .struct             = "SgxEPCProperties",
        .members            = "sgx-epc:[SgxEPC]",
    },

SQMP
SgxEPCProperties
----------------

TODO

Members:

- "sgx-epc": TODO

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

TODO

Returns: [MemoryDeviceInfo]. TODO

Since: 2.1

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

The amount of memory a memory device (such as virtio-mem) gives the guest
changed.

Data:

- "id": the device's identifier, when it has one (json-string, optional)
- "size": the new size in bytes (json-int, size)
- "qom-path": the device's QOM path (json-string)

Example: <- { "event": "MEMORY_DEVICE_SIZE_CHANGE", "data": { "id": "vm0", "size": 1073741824, "qom-path": "/machine/peripheral/vm0" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 5.1

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

TODO

Members:

- "order": TODO
- "once": TODO
- "menu": TODO
- "splash": TODO
- "splash-time": TODO
- "reboot-timeout": TODO
- "strict": TODO

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

TODO

Members:

- "cpus": TODO
- "drawers": TODO
- "books": TODO
- "sockets": TODO
- "dies": TODO
- "clusters": TODO
- "modules": TODO
- "cores": TODO
- "threads": TODO
- "maxcpus": TODO

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 6.2

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 6.2

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 6.2

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 6.2

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 6.2

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 6.2

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 6.2

EQMP

    {
        .enum               = "SmbiosEntryPointType",
        .values             = "32,64,auto",
    },

SQMP
SmbiosEntryPointType
--------------------

TODO

Values:

- "32": TODO
- "64": TODO
- "auto": TODO

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

TODO

Members:

- "size": TODO
- "max-size": TODO
- "slots": TODO

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

TODO

Arguments:

- "filename": TODO

Since: 7.2

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

TODO

Features:

- "unstable": TODO

Returns: HumanReadableText. TODO

Since: 9.1

EQMP

