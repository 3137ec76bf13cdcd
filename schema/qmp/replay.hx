HXCOMM Area 'replay'.

SQMP
Record/replay
=============

Deterministic record and replay of a whole VM run (QEMU started with
"-icount shift=...,rr=record|replay,rrfile=FILE"): the mode QEMU runs
in, the count of executed guest instructions, and breakpoints and
seeking by that count while a recording is replayed.

EQMP

    {
        .enum               = "ReplayMode",
        .values             = "none,record,play",
    },

SQMP
ReplayMode
----------

Whether QEMU records or replays the execution of the VM.

Values:

- "none": ordinary execution; nothing is recorded or replayed.
- "record": the VM runs normally and every non-deterministic input
  (timers, device input, interrupts, ...) is written to the replay log.
- "play": the VM repeats a recorded run; the non-deterministic inputs
  it needs are read back from the replay log instead of coming from the
  outside.

Since: 2.5

EQMP

    {
        .struct             = "ReplayInfo",
        .members            = "mode:ReplayMode,"
                              "filename:str?,"
                              "icount:int",
    },

SQMP
ReplayInfo
----------

The record/replay state of QEMU, as query-replay reports it.

Members:

- "mode": whether QEMU records, replays or does neither.
- "filename": the path of the replay log being written (mode "record")
  or read (mode "play"). Absent in mode "none".
- "icount": the number of guest instructions executed so far; the
  position that replay-break and replay-seek take.

Since: 5.2

EQMP

    {
        .name               = "query-replay",
        .args_type          = "",
        .returns            = "ReplayInfo",
    },

SQMP
query-replay
------------

Report whether QEMU records or replays the VM, which log it uses and
how many guest instructions have run. The instruction count is what a
client gives to replay-break and replay-seek.

Arguments: None.

Returns: a ReplayInfo with the mode, the log file and the current
instruction count.

Since: 5.2

Example:

QEMU started with "-icount shift=auto,rr=replay,rrfile=/tmp/docsui/replay.bin":

-> {"execute": "query-replay"}
<- {"return": {"icount": 3000000, "mode": "play", "filename": "/tmp/docsui/replay.bin"}}

Without record/replay:

-> {"execute": "query-replay"}
<- {"return": {"icount": 0, "mode": "none"}}

EQMP

    {
        .name               = "replay-break",
        .args_type          = "icount:int",
    },

SQMP
replay-break
------------

Set a breakpoint in the replayed run: when the guest reaches the given
instruction count, the VM stops (a STOP event follows). Only one such
breakpoint exists; setting a new one replaces the previous one. It
must lie ahead of the current position (see query-replay).

Arguments:

- "icount": the instruction count at which to stop; it must be greater
  than the current count.

Returns: an empty object.

Errors:

- GenericError when QEMU is not in replay mode ("play").
- GenericError when "icount" is not ahead of the current instruction
  count.

Since: 5.2

Example:

-> {"execute": "replay-break", "arguments": {"icount": 5000000}}
<- {"return": {}}

A position that was passed already:

-> {"execute": "replay-break", "arguments": {"icount": 1000}}
<- {"error": {"class": "GenericError", "desc": "cannot set breakpoint at the instruction in the past"}}

Outside replay mode:

-> {"execute": "replay-break", "arguments": {"icount": 100}}
<- {"error": {"class": "GenericError", "desc": "setting the breakpoint is allowed only in play mode"}}

EQMP

    {
        .name               = "replay-delete-break",
        .args_type          = "",
    },

SQMP
replay-delete-break
-------------------

Remove the breakpoint set with replay-break, so that the replay runs
on past it. Succeeds without effect when no breakpoint is set.

Arguments: None.

Returns: an empty object.

Errors:

- GenericError when QEMU is not in replay mode ("play").

Since: 5.2

Example:

-> {"execute": "replay-delete-break"}
<- {"return": {}}

Outside replay mode:

-> {"execute": "replay-delete-break"}
<- {"error": {"class": "GenericError", "desc": "replay breakpoints are allowed only in play mode"}}

EQMP

    {
        .name               = "replay-seek",
        .args_type          = "icount:int",
    },

SQMP
replay-seek
-----------

Move the replayed run to the given instruction count, backwards or
forwards. QEMU loads the nearest VM snapshot taken before that count
(for example the one of "-icount ...,rrsnapshot=NAME") when it has to
go back, then replays up to the count and stops the VM there (RESUME
and STOP events follow).

Arguments:

- "icount": the instruction count to go to (see query-replay for the
  current one).

Returns: an empty object once the seek has started.

Errors:

- GenericError when QEMU is not replaying a recording.
- GenericError when "icount" lies behind the current position and no
  snapshot taken before it exists.

Since: 5.2

Example:

-> {"execute": "replay-seek", "arguments": {"icount": 1000000}}
<- {"return": {}}

Outside replay mode:

-> {"execute": "replay-seek", "arguments": {"icount": 100}}
<- {"error": {"class": "GenericError", "desc": "replay must be enabled to seek"}}

EQMP

