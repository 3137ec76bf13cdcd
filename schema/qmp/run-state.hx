HXCOMM Area 'run-state'.

    {
        .enum               = "RunState",
        .values             = "debug,inmigrate,internal-error,io-error,paused,postmigrate,"
                              "prelaunch,finish-migrate,restore-vm,running,save-vm,shutdown,"
                              "suspended,watchdog,guest-panicked,colo",
    },

SQMP
RunState
--------

The states a virtual machine can be in. "running" is the only state in
which the guest executes; "prelaunch" is the state of a QEMU started with
-S before its first "cont".

Values:

- "debug": TODO
- "inmigrate": TODO
- "internal-error": TODO
- "io-error": TODO
- "paused": TODO
- "postmigrate": TODO
- "prelaunch": TODO
- "finish-migrate": TODO
- "restore-vm": TODO
- "running": TODO
- "save-vm": TODO
- "shutdown": TODO
- "suspended": TODO
- "watchdog": TODO
- "guest-panicked": TODO
- "colo": TODO

EQMP

    {
        .enum               = "ShutdownCause",
        .values             = "none,host-error,host-qmp-quit,host-qmp-system-reset,host-signal,"
                              "host-ui,guest-shutdown,guest-reset,guest-panic,subsystem-reset,"
                              "snapshot-load",
    },

SQMP
ShutdownCause
-------------

Why the machine shut down or reset.

Values:

- "none": TODO
- "host-error": TODO
- "host-qmp-quit": TODO
- "host-qmp-system-reset": TODO
- "host-signal": TODO
- "host-ui": TODO
- "guest-shutdown": TODO
- "guest-reset": TODO
- "guest-panic": TODO
- "subsystem-reset": TODO
- "snapshot-load": TODO

EQMP

    {
        .struct             = "StatusInfo",
        .members            = "running:bool,"
                              "status:RunState",
    },

SQMP
StatusInfo
----------

The run state of the virtual machine.

Members:

- "running": TODO
- "status": TODO

Since: 0.14

EQMP

    {
        .name               = "query-status",
        .args_type          = "",
        .returns            = "StatusInfo",
        .allow_preconfig    = true,
    },

SQMP
query-status
------------

Report the run state of the virtual machine and whether its CPUs are
executing.

Arguments: None.

Returns: StatusInfo

Example: -> { "execute": "query-status" }
<- { "return": { "running": true, "status": "running" } }

Since: 0.14

EQMP

    {
        .event              = "SHUTDOWN",
        .data               = "guest:bool,"
                              "reason:ShutdownCause",
    },

SQMP
SHUTDOWN
--------

The guest shut down or QEMU is about to exit. With -no-shutdown the
process stays and the guest is merely stopped.

Data:

- "guest": true when the guest asked for it, false when the host did
  (json-bool)
- "reason": what caused it (json-string, ShutdownCause)

Example: <- { "event": "SHUTDOWN", "data": { "guest": false, "reason": "host-qmp-quit" }, "timestamp": { "seconds": 1795606309, "microseconds": 976028 } }

Since: 0.12

EQMP

    {
        .event              = "POWERDOWN",
    },

SQMP
POWERDOWN
---------

A power button press was delivered to the guest ("system_powerdown"); the
guest decides whether to shut down.

Data: None.

Example: <- { "event": "POWERDOWN", "timestamp": { "seconds": 1795606307, "microseconds": 654618 } }

Since: 0.12

EQMP

    {
        .event              = "RESET",
        .data               = "guest:bool,"
                              "reason:ShutdownCause",
    },

SQMP
RESET
-----

The machine was reset.

Data:

- "guest": true when the guest asked for it, false when the host did
  (json-bool)
- "reason": what caused it (json-string, ShutdownCause)

Example: <- { "event": "RESET", "data": { "guest": false, "reason": "host-qmp-system-reset" }, "timestamp": { "seconds": 1795606307, "microseconds": 654441 } }

Since: 0.12

EQMP

    {
        .event              = "STOP",
    },

SQMP
STOP
----

The guest's CPUs stopped executing, because of "stop", an error policy or
another reason; "query-status" tells which.

Data: None.

Example: <- { "event": "STOP", "timestamp": { "seconds": 1795606307, "microseconds": 653096 } }

Since: 0.12

EQMP

    {
        .event              = "RESUME",
    },

SQMP
RESUME
------

The guest's CPUs run again after a stop.

Data: None.

Example: <- { "event": "RESUME", "timestamp": { "seconds": 1795606307, "microseconds": 652819 } }

Since: 0.12

EQMP

    {
        .event              = "SUSPEND",
    },

SQMP
SUSPEND
-------

The guest suspended itself to RAM (ACPI S3).

Data: None.

Example: <- { "event": "SUSPEND", "timestamp": { "seconds": 1795606318, "microseconds": 503312 } }

Since: 1.1

EQMP

    {
        .event              = "SUSPEND_DISK",
    },

SQMP
SUSPEND_DISK
------------

The guest suspended itself to disk (ACPI S4); QEMU usually exits next.

Data: None.

Example: <- { "event": "SUSPEND_DISK", "timestamp": { "seconds": 1795606318, "microseconds": 503312 } }

Since: 1.2

EQMP

    {
        .event              = "WAKEUP",
    },

SQMP
WAKEUP
------

The guest woke up from a suspended state.

Data: None.

Example: <- { "event": "WAKEUP", "timestamp": { "seconds": 1795606320, "microseconds": 118044 } }

Since: 1.1

EQMP

    {
        .event              = "WATCHDOG",
        .data               = "action:WatchdogAction",
    },

SQMP
WATCHDOG
--------

The guest's watchdog timer expired and the configured action was taken.

Data:

- "action": the action taken (json-string, WatchdogAction)

Example: <- { "event": "WATCHDOG", "data": { "action": "reset" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 0.13

EQMP

    {
        .enum               = "WatchdogAction",
        .values             = "reset,shutdown,poweroff,pause,debug,none,inject-nmi",
    },

SQMP
WatchdogAction
--------------

What QEMU does when the guest's watchdog expires.

Values:

- "reset": TODO
- "shutdown": TODO
- "poweroff": TODO
- "pause": TODO
- "debug": TODO
- "none": TODO
- "inject-nmi": TODO

Since: 2.1

EQMP

    {
        .enum               = "RebootAction",
        .values             = "reset,shutdown",
    },

SQMP
RebootAction
------------

TODO

Values:

- "reset": TODO
- "shutdown": TODO

Since: 6.0

EQMP

    {
        .enum               = "ShutdownAction",
        .values             = "poweroff,pause",
    },

SQMP
ShutdownAction
--------------

TODO

Values:

- "poweroff": TODO
- "pause": TODO

Since: 6.0

EQMP

    {
        .enum               = "PanicAction",
        .values             = "pause,shutdown,exit-failure,none",
    },

SQMP
PanicAction
-----------

TODO

Values:

- "pause": TODO
- "shutdown": TODO
- "exit-failure": TODO
- "none": TODO

Since: 6.0

EQMP

    {
        .name               = "watchdog-set-action",
        .args_type          = "action:WatchdogAction",
    },

SQMP
watchdog-set-action
-------------------

TODO

Arguments:

- "action": TODO

Since: 2.11

EQMP

    {
        .name               = "set-action",
        .args_type          = "reboot:RebootAction?,"
                              "shutdown:ShutdownAction?,"
                              "panic:PanicAction?,"
                              "watchdog:WatchdogAction?",
        .allow_preconfig    = true,
    },

SQMP
set-action
----------

TODO

Arguments:

- "reboot": TODO
- "shutdown": TODO
- "panic": TODO
- "watchdog": TODO

Since: 6.0

EQMP

    {
        .event              = "GUEST_PANICKED",
        .data               = "action:GuestPanicAction,"
                              "info:GuestPanicInformation?",
    },

SQMP
GUEST_PANICKED
--------------

The guest reported a crash through a panic device (pvpanic, Hyper-V crash
MSRs...).

Data:

- "action": what QEMU did about it (json-string, GuestPanicAction)
- "info": the crash details the guest gave, when the device supports them
  (json-object, GuestPanicInformation, optional)

Example: <- { "event": "GUEST_PANICKED", "data": { "action": "pause" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 1.5

EQMP

    {
        .event              = "GUEST_CRASHLOADED",
        .data               = "action:GuestPanicAction,"
                              "info:GuestPanicInformation?",
    },

SQMP
GUEST_CRASHLOADED
-----------------

The guest reported that it crashed and loaded a crash kernel to save a dump.

Data:

- "action": what QEMU did about it (json-string, GuestPanicAction)
- "info": the crash details the guest gave, when the device supports them
  (json-object, GuestPanicInformation, optional)

Example: <- { "event": "GUEST_CRASHLOADED", "data": { "action": "run" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 5.0

EQMP

    {
        .event              = "GUEST_PVSHUTDOWN",
    },

SQMP
GUEST_PVSHUTDOWN
----------------

TODO

Since: 9.1

EQMP

    {
        .enum               = "GuestPanicAction",
        .values             = "pause,poweroff,run",
    },

SQMP
GuestPanicAction
----------------

What QEMU did after the guest reported a crash.

Values:

- "pause": TODO
- "poweroff": TODO
- "run": TODO

Since: 2.1

EQMP

    {
        .enum               = "GuestPanicInformationType",
        .values             = "hyper-v,s390",
    },

SQMP
GuestPanicInformationType
-------------------------

An enumeration used by GuestPanicInformation.

Values:

- "hyper-v": TODO
- "s390": TODO

Since: 2.9

EQMP

    {
        .union              = "GuestPanicInformation",
        .members            = "type:GuestPanicInformationType",
        .discriminator      = "type",
        .variants           = "hyper-v:GuestPanicInformationHyperV,"
                              "s390:GuestPanicInformationS390",
    },

SQMP
GuestPanicInformation
---------------------

Crash details from the guest, selected by "type".

Members:

- "type": TODO

Since: 2.9

EQMP

    {
        .struct             = "GuestPanicInformationHyperV",
        .members            = "arg1:uint64,"
                              "arg2:uint64,"
                              "arg3:uint64,"
                              "arg4:uint64,"
                              "arg5:uint64",
    },

SQMP
GuestPanicInformationHyperV
---------------------------

A structure used by GuestPanicInformation.

Members:

- "arg1": TODO
- "arg2": TODO
- "arg3": TODO
- "arg4": TODO
- "arg5": TODO

Since: 2.9

EQMP

    {
        .enum               = "S390CrashReason",
        .values             = "unknown,disabled-wait,extint-loop,pgmint-loop,opint-loop",
    },

SQMP
S390CrashReason
---------------

An enumeration used by GuestPanicInformationS390.

Values:

- "unknown": TODO
- "disabled-wait": TODO
- "extint-loop": TODO
- "pgmint-loop": TODO
- "opint-loop": TODO

Since: 2.12

EQMP

    {
        .struct             = "GuestPanicInformationS390",
        .members            = "core:uint32,"
                              "psw-mask:uint64,"
                              "psw-addr:uint64,"
                              "reason:S390CrashReason",
    },

SQMP
GuestPanicInformationS390
-------------------------

A structure used by GuestPanicInformation.

Members:

- "core": TODO
- "psw-mask": TODO
- "psw-addr": TODO
- "reason": TODO

Since: 2.12

EQMP

    {
        .event              = "MEMORY_FAILURE",
        .data               = "recipient:MemoryFailureRecipient,"
                              "action:MemoryFailureAction,"
                              "flags:MemoryFailureFlags",
    },

SQMP
MEMORY_FAILURE
--------------

TODO

Data:

- "recipient": TODO
- "action": TODO
- "flags": TODO

Since: 5.2

EQMP

    {
        .enum               = "MemoryFailureRecipient",
        .values             = "hypervisor,guest",
    },

SQMP
MemoryFailureRecipient
----------------------

TODO

Values:

- "hypervisor": TODO
- "guest": TODO

Since: 5.2

EQMP

    {
        .enum               = "MemoryFailureAction",
        .values             = "ignore,inject,fatal,reset",
    },

SQMP
MemoryFailureAction
-------------------

TODO

Values:

- "ignore": TODO
- "inject": TODO
- "fatal": TODO
- "reset": TODO

Since: 5.2

EQMP

    {
        .struct             = "MemoryFailureFlags",
        .members            = "action-required:bool,"
                              "recursive:bool",
    },

SQMP
MemoryFailureFlags
------------------

TODO

Members:

- "action-required": TODO
- "recursive": TODO

Since: 5.2

EQMP

    {
        .enum               = "NotifyVmexitOption",
        .values             = "run,internal-error,disable",
    },

SQMP
NotifyVmexitOption
------------------

TODO

Values:

- "run": TODO
- "internal-error": TODO
- "disable": TODO

Since: 7.2

EQMP

