HXCOMM Area 'run-state'.

SQMP
VM run state
============

Whether the guest runs and why it stopped: the run states reported by
query-status, the events of stopping, resuming, resetting, suspending
and shutting down, the actions QEMU takes on guest reboot, shutdown,
panic and watchdog expiry (set-action, watchdog-set-action), and the
reports of guest crashes and host memory failures.

EQMP

    {
        .enum               = "RunState",
        .values             = "debug,inmigrate,internal-error,io-error,paused,postmigrate,"
                              "prelaunch,finish-migrate,restore-vm,running,save-vm,shutdown,"
                              "suspended,watchdog,guest-panicked,colo",
    },

SQMP
RunState
--------

The state of the virtual machine as query-status reports it. "running"
is the only state in which the guest's CPUs execute; every other state
says why they do not.

Values:

- "debug": the guest is stopped under the control of a debugger (the
  gdb stub), or the watchdog fired with the action "debug".
- "inmigrate": the guest waits, paused, for an incoming migration
  (QEMU started with -incoming). Whether it starts running once the
  migration completes is not part of this state: it depends on -S and
  on any "stop" or "cont" sent since QEMU started.
- "internal-error": an internal error occurred that keeps the guest
  from running any further.
- "io-error": the last I/O request failed and the device's error
  policy is to pause the guest on such errors.
- "paused": the guest was paused with the "stop" command.
- "postmigrate": the guest is paused after this QEMU migrated it away
  successfully.
- "prelaunch": QEMU was started with -S (or --preconfig) and the guest
  has not run yet; a machine reset with "system_reset" while in the
  "shutdown" state returns here too.
- "finish-migrate": the guest is paused for the last phase of an
  outgoing migration.
- "restore-vm": the guest is paused while its state is loaded from a
  snapshot.
- "running": the guest's CPUs execute.
- "save-vm": the guest is paused while its state is saved to a
  snapshot.
- "shutdown": the guest shut down and QEMU was told not to exit then
  (-no-shutdown, or the shutdown action "pause").
- "suspended": the guest suspended itself to RAM (ACPI S3).
- "watchdog": the watchdog expired and its action is "pause".
- "guest-panicked": the guest reported a panic and the panic action
  paused it.
- "colo": the guest is paused to save or restore its state at a COLO
  checkpoint; only reachable when the "x-colo" migration capability is
  on (since 2.8).

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

Why a shutdown or reset happened, as carried by the SHUTDOWN and RESET
events. The causes "guest-shutdown", "guest-reset" and "guest-panic"
come with "guest": true in those events, the host causes with false.

Values:

- "none": no shutdown or reset is pending (not seen in events).
- "host-error": an error on the host side makes further use of the
  guest impossible.
- "host-qmp-quit": the QMP command "quit".
- "host-qmp-system-reset": the QMP command "system_reset".
- "host-signal": a signal sent to the QEMU process, such as SIGINT or
  SIGTERM.
- "host-ui": a user interface event, such as closing the window.
- "guest-shutdown": the guest asked to shut down (or to suspend in a
  way that ends QEMU, such as ACPI S4), through ACPI or another
  hardware-specific means.
- "guest-reset": the guest asked for a reset (in SHUTDOWN: a reset
  that the reboot action "shutdown" or -no-reboot turned into a
  shutdown).
- "guest-panic": the guest panicked and the panic action turned this
  into a shutdown.
- "subsystem-reset": a partial reset of the guest that sends no QMP
  event and ignores -no-reboot; s390 uses it to clean up for hypercalls
  during kexec, kdump and boot.
- "snapshot-load": the record/replay subsystem is loading a snapshot.
  Used only inside QEMU: it never appears in QMP (since 7.2).

EQMP

    {
        .struct             = "StatusInfo",
        .members            = "running:bool,"
                              "status:RunState",
    },

SQMP
StatusInfo
----------

The run state of the virtual machine, as query-status returns it.

Members:

- "running": true when all the guest's CPUs may run (the state is
  "running"), false otherwise.
- "status": the run state in detail, which also tells why the guest
  does not run.

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

Report whether the guest runs, and if not, which run state it is in.
Clients use it after connecting to find out whether the guest was
started, is paused, or waits for a migration.

Returns: a StatusInfo with the run state.

Since: 0.14

Example:

A QEMU started with -S, then after "cont":

-> {"execute": "query-status"}
<- {"return": {"status": "prelaunch", "running": false}}
-> {"execute": "query-status"}
<- {"return": {"status": "running", "running": true}}

A guest paused by its panic device:

-> {"execute": "query-status"}
<- {"return": {"status": "guest-panicked", "running": false}}

EQMP

    {
        .event              = "SHUTDOWN",
        .data               = "guest:bool,"
                              "reason:ShutdownCause",
    },

SQMP
SHUTDOWN
--------

The virtual machine shut down: QEMU is about to exit. When QEMU was
told not to exit on a guest shutdown (-no-shutdown or the shutdown
action "pause"), the process stays, the run state becomes "shutdown"
and a STOP event follows this one.

Data:

- "guest": true when the guest asked for the shutdown (an ACPI power
  off or another hardware-specific request), false when the host did
  (for example "quit" or a SIGINT sent to QEMU) (since 2.10).
- "reason": the cause of the shutdown (since 4.0).

Since: 0.12

Example:

(Captured after the guest powered off through ACPI; after "quit",
"guest" is false and "reason" is "host-qmp-quit".)

<- {"timestamp": {"seconds": 1796449031, "microseconds": 516}, "event": "SHUTDOWN", "data": {"guest": true, "reason": "guest-shutdown"}}

EQMP

    {
        .event              = "POWERDOWN",
    },

SQMP
POWERDOWN
---------

A power-down request reached the guest through its power control (the
ACPI power button), as "system_powerdown" sends it. The guest decides
what to do: a SHUTDOWN event follows only if it powers off.

Since: 0.12

Example:

<- {"timestamp": {"seconds": 1796449022, "microseconds": 500675}, "event": "POWERDOWN"}

EQMP

    {
        .event              = "RESET",
        .data               = "guest:bool,"
                              "reason:ShutdownCause",
    },

SQMP
RESET
-----

The virtual machine was reset.

Data:

- "guest": true when the guest asked for the reset (an ACPI reboot, a
  watchdog or another hardware-specific action), false when the host
  did (for example "system_reset") (since 2.10).
- "reason": the cause of the reset (since 4.0).

Since: 0.12

Example:

(Captured after "system_reset"; a reset the guest asks for has
"guest": true and "reason": "guest-reset".)

<- {"timestamp": {"seconds": 1796448971, "microseconds": 197821}, "event": "RESET", "data": {"guest": false, "reason": "host-qmp-system-reset"}}

EQMP

    {
        .event              = "STOP",
    },

SQMP
STOP
----

The guest's CPUs stopped: because of "stop", an I/O error policy, a
watchdog or panic action, a guest shutdown under -no-shutdown, or
another reason. query-status tells which.

Since: 0.12

Example:

<- {"timestamp": {"seconds": 1796448907, "microseconds": 331722}, "event": "STOP"}

EQMP

    {
        .event              = "RESUME",
    },

SQMP
RESUME
------

The guest's CPUs run again, after "cont" or at the first start of a
QEMU started with -S.

Since: 0.12

Example:

<- {"timestamp": {"seconds": 1796448907, "microseconds": 332448}, "event": "RESUME"}

EQMP

    {
        .event              = "SUSPEND",
    },

SQMP
SUSPEND
-------

The guest entered a hardware suspend state such as ACPI S3 (suspend to
RAM, also called standby). The run state becomes "suspended" until
"system_wakeup" or a wake-up event of the guest; a WAKEUP event
follows then.

Since: 1.1

Example:

<- {"timestamp": {"seconds": 1796448932, "microseconds": 555182}, "event": "SUSPEND"}

EQMP

    {
        .event              = "SUSPEND_DISK",
    },

SQMP
SUSPEND_DISK
------------

The guest entered a suspend state that keeps its data on disk, such as
ACPI S4 (hibernation). QEMU then shuts down as for a guest power off:
a SHUTDOWN event follows.

Since: 1.2

Example:

(Captured; a SHUTDOWN event with "guest": true and "reason":
"guest-shutdown" followed.)

<- {"timestamp": {"seconds": 1796448946, "microseconds": 355786}, "event": "SUSPEND_DISK"}

EQMP

    {
        .event              = "WAKEUP",
    },

SQMP
WAKEUP
------

The guest woke up from a suspend state and runs again.

Since: 1.1

Example:

<- {"timestamp": {"seconds": 1796448932, "microseconds": 564632}, "event": "WAKEUP"}

EQMP

    {
        .event              = "WATCHDOG",
        .data               = "action:WatchdogAction",
    },

SQMP
WATCHDOG
--------

The timer of the guest's watchdog device expired and QEMU took the
watchdog action. For the actions "reset", "shutdown" and "pause", a
RESET, SHUTDOWN or STOP event follows. The event is rate-limited: a
watchdog that fires again and again does not flood the monitor.

Data:

- "action": the action QEMU took (the one set with set-action,
  watchdog-set-action or -action watchdog=...).

Since: 0.13

Example:

(Captured from an ib700 watchdog with the default action "reset"; a
RESET event with "reason": "guest-reset" followed.)

<- {"timestamp": {"seconds": 1796448917, "microseconds": 288814}, "event": "WATCHDOG", "data": {"action": "reset"}}

EQMP

    {
        .enum               = "WatchdogAction",
        .values             = "reset,shutdown,poweroff,pause,debug,none,inject-nmi",
    },

SQMP
WatchdogAction
--------------

What QEMU does when the timer of the guest's watchdog device expires.
The default is "reset".

Values:

- "reset": reset the machine.
- "shutdown": ask the guest to shut down, as "system_powerdown" does
  (the guest is notified and shuts itself down).
- "poweroff": power the machine off at once: QEMU exits.
- "pause": pause the guest, as "stop" does; the run state becomes
  "watchdog".
- "debug": put the guest into the "debug" run state.
- "none": do nothing.
- "inject-nmi": inject a non-maskable interrupt into the first vCPU
  (into all vCPUs on x86) (since 2.4).

Since: 2.1

EQMP

    {
        .enum               = "RebootAction",
        .values             = "reset,shutdown",
    },

SQMP
RebootAction
------------

What QEMU does when the guest reboots (resets itself). The default is
"reset"; -no-reboot selects "shutdown".

Values:

- "reset": reset the machine, which then starts again.
- "shutdown": shut the machine down instead, following the shutdown
  action (exit, or pause under "pause").

Since: 6.0

EQMP

    {
        .enum               = "ShutdownAction",
        .values             = "poweroff,pause",
    },

SQMP
ShutdownAction
--------------

What QEMU does when the guest shuts down. The default is "poweroff";
-no-shutdown selects "pause".

Values:

- "poweroff": shut the machine down and exit QEMU.
- "pause": keep QEMU running with the guest paused in the "shutdown"
  run state, so that it can be inspected or reset.

Since: 6.0

EQMP

    {
        .enum               = "PanicAction",
        .values             = "pause,shutdown,exit-failure,none",
    },

SQMP
PanicAction
-----------

What QEMU does when the guest reports a panic (through a panic device
such as pvpanic). The default is "shutdown".

Values:

- "pause": pause the guest (run state "guest-panicked").
- "shutdown": shut the machine down, following the shutdown action:
  QEMU exits, or pauses the guest under the shutdown action "pause"
  (-no-shutdown).
- "exit-failure": shut the machine down and exit QEMU with a non-zero
  exit status (since 7.1).
- "none": let the guest go on running.

Since: 6.0

EQMP

    {
        .name               = "watchdog-set-action",
        .args_type          = "action:WatchdogAction",
    },

SQMP
watchdog-set-action
-------------------

Change what QEMU does when the guest's watchdog expires, while the
machine runs. Same as set-action with only "watchdog".

Arguments:

- "action": the action to take from now on when the watchdog timer
  expires.

Since: 2.11

Example:

-> {"execute": "watchdog-set-action", "arguments": {"action": "inject-nmi"}}
<- {"return": {}}

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

Change how QEMU reacts to guest reboot, shutdown, panic and watchdog
expiry: the QMP form of the -action option. Each member that is given
replaces that one action; absent members leave their action as it is.
Also accepted in the preconfig state.

Arguments:

- "reboot": what to do when the guest reboots (default "reset").
- "shutdown": what to do when the guest shuts down (default
  "poweroff").
- "panic": what to do when the guest reports a panic (default
  "shutdown").
- "watchdog": what to do when the watchdog timer expires (default
  "reset").

Since: 6.0

Example:

-> {"execute": "set-action", "arguments": {"reboot": "shutdown", "shutdown": "pause", "panic": "pause", "watchdog": "reset"}}
<- {"return": {}}
-> {"execute": "set-action", "arguments": {"panic": "none"}}
<- {"return": {}}

EQMP

    {
        .event              = "GUEST_PANICKED",
        .data               = "action:GuestPanicAction,"
                              "info:GuestPanicInformation?",
    },

SQMP
GUEST_PANICKED
--------------

The guest reported a panic (through a pvpanic device or the Hyper-V
crash MSRs, or an s390 CPU crashed) and QEMU applied the panic action.
Further events follow the action: STOP when the guest is paused, STOP
and SHUTDOWN when it is shut down.

Data:

- "action": what QEMU did: "pause", "poweroff" (panic action
  "shutdown" or "exit-failure") or "run" (panic action "none").
- "info": the crash details the guest gave, for panic devices that
  provide them (Hyper-V, s390); absent otherwise (since 2.9).

Since: 1.5

Example:

(Captured from a pvpanic device under the default panic action
"shutdown": a STOP event and a SHUTDOWN event with "reason":
"guest-panic" followed. Under the panic action "pause", "action" is
"pause" and only STOP follows.)

<- {"timestamp": {"seconds": 1796449087, "microseconds": 172365}, "event": "GUEST_PANICKED", "data": {"action": "poweroff"}}

EQMP

    {
        .event              = "GUEST_CRASHLOADED",
        .data               = "action:GuestPanicAction,"
                              "info:GuestPanicInformation?",
    },

SQMP
GUEST_CRASHLOADED
-----------------

The guest reported, through its panic device, that it crashed and
loaded a crash kernel (for example to write a dump). QEMU lets the
guest go on running.

Data:

- "action": what QEMU did; always "run" in current QEMU.
- "info": the crash details the guest gave, for panic devices that
  provide them; absent otherwise.

Since: 5.0

Example:

<- {"timestamp": {"seconds": 1796448926, "microseconds": 443654}, "event": "GUEST_CRASHLOADED", "data": {"action": "run"}}

EQMP

    {
        .event              = "GUEST_PVSHUTDOWN",
    },

SQMP
GUEST_PVSHUTDOWN
----------------

The guest asked for a shutdown through its pvpanic device (instead of
ACPI). The shutdown follows with a SHUTDOWN event.

Since: 9.1

Example:

(Captured; a SHUTDOWN event with "guest": true and "reason":
"guest-shutdown" followed.)

<- {"timestamp": {"seconds": 1796448926, "microseconds": 444543}, "event": "GUEST_PVSHUTDOWN"}

EQMP

    {
        .enum               = "GuestPanicAction",
        .values             = "pause,poweroff,run",
    },

SQMP
GuestPanicAction
----------------

What QEMU did after the guest reported a panic or a crash, as the
GUEST_PANICKED and GUEST_CRASHLOADED events tell it.

Values:

- "pause": the guest was paused (run state "guest-panicked").
- "poweroff": the machine was shut down (since 2.8).
- "run": the guest goes on running (since 5.0).

Since: 2.1

EQMP

    {
        .enum               = "GuestPanicInformationType",
        .values             = "hyper-v,s390",
    },

SQMP
GuestPanicInformationType
-------------------------

The kind of crash details a guest gave with its panic report; it
selects the members of GuestPanicInformation.

Values:

- "hyper-v": the five parameters a guest stored in the Hyper-V crash
  MSRs (GuestPanicInformationHyperV).
- "s390": the state of the crashed s390 CPU (GuestPanicInformationS390)
  (since 2.12).

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

Crash details a guest gave with its panic report; which members follow
depends on "type".

Members:

- "type": the kind of details, which depends on the hypervisor
  interface the guest used to report the crash.

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

The crash parameters a guest wrote to the Hyper-V crash MSRs. Their
meaning depends on the guest operating system.

Members:

- "arg1": for Windows, the STOP (bug check) code of the crash; for
  Linux, an error code.
- "arg2": for Windows, the first parameter of the STOP code; for Linux,
  the guest OS ID, with the kernel version in bits 16-47 and 0x8100 in
  bits 48-63.
- "arg3": for Windows, the second parameter of the STOP code; for
  Linux, the guest's program counter.
- "arg4": for Windows, the third parameter of the STOP code; for Linux,
  the guest's RAX register on x86 or its stack pointer on aarch64.
- "arg5": for Windows, the fourth parameter of the STOP code; for x86
  Linux, the guest's stack pointer.

Since: 2.9

EQMP

    {
        .enum               = "S390CrashReason",
        .values             = "unknown,disabled-wait,extint-loop,pgmint-loop,opint-loop",
    },

SQMP
S390CrashReason
---------------

Why an s390 CPU is considered crashed.

Values:

- "unknown": no reason was recorded.
- "disabled-wait": the CPU entered a disabled wait state.
- "extint-loop": an external interrupt (clock comparator or CPU timer)
  loops because the new PSW for external interrupts has them enabled.
- "pgmint-loop": a program interrupt loops because its new PSW is
  invalid.
- "opint-loop": an operation exception loops because the program
  interrupt new PSW points at an invalid instruction.

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

The state of the s390 CPU that crashed, taken from its PSW (program
status word).

Members:

- "core": the core ID of the crashed CPU.
- "psw-mask": the control fields (mask) of the guest's PSW.
- "psw-addr": the guest instruction address from the PSW.
- "reason": why the CPU is considered crashed.

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

The host's hardware reported an uncorrectable memory error that
affects QEMU, either in guest memory or in memory QEMU uses itself, and
QEMU handled it as "action" says.

Data:

- "recipient": whose memory is affected: the guest's or QEMU's own.
- "action": what QEMU did about it.
- "flags": further properties of the failure.

Since: 5.2

Example:

(Written from the schema, not captured from a server.)

<- {"event": "MEMORY_FAILURE", "data": {"recipient": "guest", "action": "inject", "flags": {"action-required": true, "recursive": false}}, "timestamp": {"seconds": 1796449200, "microseconds": 959568}}

EQMP

    {
        .enum               = "MemoryFailureRecipient",
        .values             = "hypervisor,guest",
    },

SQMP
MemoryFailureRecipient
----------------------

Whose memory a hardware memory failure hit.

Values:

- "hypervisor": memory in QEMU's address space that is not guest
  memory but used by QEMU itself.
- "guest": the guest's memory.

Since: 5.2

EQMP

    {
        .enum               = "MemoryFailureAction",
        .values             = "ignore,inject,fatal,reset",
    },

SQMP
MemoryFailureAction
-------------------

What QEMU did in response to a hardware memory failure.

Values:

- "ignore": nothing: the failure could be ignored. Only possible for an
  action-optional failure.
- "inject": the failure hit guest memory, the guest has enabled machine
  check (MCE) handling, and QEMU injected the machine check into the
  guest.
- "fatal": the failure cannot be recovered from: an action-required
  failure in QEMU's own memory. QEMU exits.
- "reset": the failure cannot be recovered from, but only the guest is
  affected: it hit a guest that is not ready to handle memory failures,
  so the guest is reset.

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

Further properties of a hardware memory failure.

Members:

- "action-required": true when the failure must be handled before
  execution can go on (action-required), false when handling it is
  optional (action-optional, for example an error found while memory
  was scrubbed).
- "recursive": true when the failure happened while an earlier one was
  still being handled.

Since: 5.2

EQMP

    {
        .enum               = "NotifyVmexitOption",
        .values             = "run,internal-error,disable",
    },

SQMP
NotifyVmexitOption
------------------

Whether the x86 KVM "notify VM exit" feature is on, and what happens
when it fires: the "notify-vmexit" property of the KVM accelerator
(-accel kvm,notify-vmexit=...). The exit happens when the guest keeps
a CPU from opening an event window for longer than the "notify-window"
time, which protects the host against such a stuck CPU. The default is
"run".

Values:

- "run": turn the feature on; on such an exit, do nothing and let the
  guest go on.
- "internal-error": turn the feature on; on such an exit, stop the
  guest with an internal error (run state "internal-error").
- "disable": turn the feature off.

Since: 7.2

EQMP

