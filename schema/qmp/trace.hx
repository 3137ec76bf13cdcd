HXCOMM Area 'trace'.

    {
        .enum               = "TraceEventState",
        .values             = "unavailable,disabled,enabled",
    },

SQMP
TraceEventState
---------------

An enumeration used by TraceEventInfo.

Values:

- "unavailable": TODO
- "disabled": TODO
- "enabled": TODO

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

A trace event and whether it is enabled.

Members:

- "name": TODO
- "state": TODO

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

Report whether trace events are enabled. The name may contain wildcards.

Arguments:

- "name": the event name or a pattern with "*" (json-string)

Returns: [TraceEventInfo]

Example: -> { "execute": "trace-event-get-state", "arguments": { "name": "qmp_job_*" } }
<- { "return": [ { "name": "qmp_job_pause", "state": "disabled" }, { "name": "qmp_job_cancel", "state": "disabled" } ] }

Since: 2.2

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

Enable or disable trace events. The name may contain wildcards.

Arguments:

- "name": the event name or a pattern with "*" (json-string)
- "enable": the new state (json-bool)
- "ignore-unavailable": skip events that cannot be changed instead of
  failing (default false) (json-bool, optional)

Returns: an empty object

Example: -> { "execute": "trace-event-set-state", "arguments": { "name": "qmp_job_*", "enable": true } }
<- { "return": {} }

Since: 2.2

EQMP

