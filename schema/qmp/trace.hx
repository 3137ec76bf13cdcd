HXCOMM Area 'trace'.

SQMP
Tracing
=======

QEMU's trace events: the probe points compiled into QEMU that a
trace backend (log, simpletrace, ftrace, ...) records when they are
enabled. These commands list the events and switch them on and off at
run time.

EQMP

    {
        .enum               = "TraceEventState",
        .values             = "unavailable,disabled,enabled",
    },

SQMP
TraceEventState
---------------

Whether a trace event can fire and whether it is currently switched
on.

Values:

- "unavailable": the event was disabled when QEMU was built; it can
  never fire and its state cannot be changed at run time.
- "disabled": the event is available but currently switched off.
- "enabled": the event is available and currently switched on, so the
  trace backend records it.

Since: 2.2

EQMP

    {
        .struct             = "TraceEventInfo",
        .members            = "name:str,"
                              "state:TraceEventState",
    },

SQMP
TraceEventInfo
--------------

One trace event and its current state, as trace-event-get-state
reports it.

Members:

- "name": the name of the trace event, as listed by "-trace help"
  (for example "qmp_job_pause").
- "state": whether the event is available and switched on.

Since: 2.2

EQMP

    {
        .name               = "trace-event-get-state",
        .args_type          = "name:str",
        .returns            = "[TraceEventInfo]",
    },

SQMP
trace-event-get-state
---------------------

Look up trace events by name or pattern and report for each whether
it is switched on. Use it to find the exact event names before
trace-event-set-state.

Arguments:

- "name": the name of an event, or a pattern in which "*" stands for
  any run of characters (the only wildcard). Matching is
  case-sensitive.

Returns: a list of TraceEventInfo, one per matching event. A pattern
that matches nothing gives an empty list.

Errors:

- GenericError when "name" is not a pattern and no event has that
  name.

Since: 2.2

Example:

-> {"execute": "trace-event-get-state", "arguments": {"name": "qmp_job_*"}}
<- {"return": [{"name": "qmp_job_dismiss", "state": "disabled"}, {"name": "qmp_job_finalize", "state": "disabled"}, {"name": "qmp_job_complete", "state": "disabled"}, {"name": "qmp_job_resume", "state": "disabled"}, {"name": "qmp_job_pause", "state": "disabled"}, {"name": "qmp_job_cancel", "state": "disabled"}]}

An event that was disabled at build time:

-> {"execute": "trace-event-get-state", "arguments": {"name": "qxl_io_write_*"}}
<- {"return": [{"name": "qxl_io_write_vga", "state": "unavailable"}]}

A name that is not a pattern and matches no event:

-> {"execute": "trace-event-get-state", "arguments": {"name": "no_such_event"}}
<- {"error": {"class": "GenericError", "desc": "unknown event \"no_such_event\""}}

EQMP

    {
        .name               = "trace-event-set-state",
        .args_type          = "name:str,"
                              "enable:bool,"
                              "ignore-unavailable:bool?",
    },

SQMP
trace-event-set-state
---------------------

Switch trace events on or off while QEMU runs. Every event that
"name" matches is changed; the records go to the trace backend QEMU
was started with (see "-trace").

Arguments:

- "name": the name of an event, or a case-sensitive pattern with "*"
  wildcards selecting several.
- "enable": true to switch the matching events on, false to switch
  them off.
- "ignore-unavailable": true to leave out the events that were
  disabled at build time (state "unavailable") when matching "name",
  so that they do not make the command fail. Absent means false: the
  command fails if "name" matches such an event, and then changes no
  event at all.

Returns: an empty object.

Errors:

- GenericError when "name" is not a pattern and no event has that
  name.
- GenericError when a matching event is unavailable and
  "ignore-unavailable" is not true.

Since: 2.2

Example:

-> {"execute": "trace-event-set-state", "arguments": {"name": "qmp_job_pause", "enable": true}}
<- {"return": {}}

A pattern that matches an event disabled at build time:

-> {"execute": "trace-event-set-state", "arguments": {"name": "qxl_io_write_*", "enable": true}}
<- {"error": {"class": "GenericError", "desc": "event \"qxl_io_write_vga\" is disabled"}}
-> {"execute": "trace-event-set-state", "arguments": {"name": "qxl_io_write_*", "enable": true, "ignore-unavailable": true}}
<- {"return": {}}

EQMP

