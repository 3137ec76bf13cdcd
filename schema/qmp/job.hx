HXCOMM Area 'job'.

    {
        .enum               = "JobType",
        .values             = "commit,stream,mirror,backup,create,amend,snapshot-load,"
                              "snapshot-save,snapshot-delete",
    },

SQMP
JobType
-------

The kinds of job.

Values:

- "commit": TODO
- "stream": TODO
- "mirror": TODO
- "backup": TODO
- "create": TODO
- "amend": TODO
- "snapshot-load": TODO
- "snapshot-save": TODO
- "snapshot-delete": TODO

Since: 1.7

EQMP

    {
        .enum               = "JobStatus",
        .values             = "undefined,created,running,paused,ready,standby,waiting,pending,"
                              "aborting,concluded,null",
    },

SQMP
JobStatus
---------

The states of a job's life cycle: created, running, paused, ready, standby,
waiting, pending, aborting, concluded, and null once it is gone.

Values:

- "undefined": TODO
- "created": TODO
- "running": TODO
- "paused": TODO
- "ready": TODO
- "standby": TODO
- "waiting": TODO
- "pending": TODO
- "aborting": TODO
- "concluded": TODO
- "null": TODO

Since: 2.12

EQMP

    {
        .enum               = "JobVerb",
        .values             = "cancel,pause,resume,set-speed,complete,dismiss,finalize,change",
    },

SQMP
JobVerb
-------

TODO

Values:

- "cancel": TODO
- "pause": TODO
- "resume": TODO
- "set-speed": TODO
- "complete": TODO
- "dismiss": TODO
- "finalize": TODO
- "change": TODO

Since: 2.12

EQMP

    {
        .event              = "JOB_STATUS_CHANGE",
        .data               = "id:str,"
                              "status:JobStatus",
    },

SQMP
JOB_STATUS_CHANGE
-----------------

A job moved to a new state.

Data:

- "id": the job's identifier (json-string)
- "status": its new state (json-string, JobStatus)

Example: <- { "event": "JOB_STATUS_CHANGE", "data": { "id": "mirror0", "status": "ready" }, "timestamp": { "seconds": 1795606315, "microseconds": 942102 } }

Since: 3.0

EQMP

    {
        .name               = "job-pause",
        .args_type          = "id:str",
    },

SQMP
job-pause
---------

Pause a job until "job-resume". Pauses nest.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "job-pause", "arguments": { "id": "backup0" } }
<- { "return": {} }

Since: 3.0

EQMP

    {
        .name               = "job-resume",
        .args_type          = "id:str",
    },

SQMP
job-resume
----------

Undo one "job-pause".

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "job-resume", "arguments": { "id": "backup0" } }
<- { "return": {} }

Since: 3.0

EQMP

    {
        .name               = "job-cancel",
        .args_type          = "id:str",
    },

SQMP
job-cancel
----------

Abort a job. Unlike "block-job-cancel" a ready mirror is aborted too; use
"job-complete" to finish it.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "job-cancel", "arguments": { "id": "backup0" } }
<- { "return": {} }

Since: 3.0

EQMP

    {
        .name               = "job-complete",
        .args_type          = "id:str",
    },

SQMP
job-complete
------------

Tell a ready job to finish its work.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "job-complete", "arguments": { "id": "mirror0" } }
<- { "return": {} }

Since: 3.0

EQMP

    {
        .name               = "job-dismiss",
        .args_type          = "id:str",
    },

SQMP
job-dismiss
-----------

Remove a concluded job that was started with auto-dismiss false.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "job-dismiss", "arguments": { "id": "backup0" } }
<- { "return": {} }

Since: 3.0

EQMP

    {
        .name               = "job-finalize",
        .args_type          = "id:str",
    },

SQMP
job-finalize
------------

Let a pending job started with auto-finalize false complete its changes and
conclude. Jobs of one transaction are finalized together.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "job-finalize", "arguments": { "id": "backup1" } }
<- { "return": {} }

Since: 3.0

EQMP

    {
        .struct             = "JobInfo",
        .members            = "id:str,"
                              "type:JobType,"
                              "status:JobStatus,"
                              "current-progress:int,"
                              "total-progress:int,"
                              "error:str?",
    },

SQMP
JobInfo
-------

A job (of any kind) with its state and progress.

Members:

- "id": TODO
- "type": TODO
- "status": TODO
- "current-progress": TODO
- "total-progress": TODO
- "error": TODO

Since: 3.0

EQMP

    {
        .name               = "query-jobs",
        .args_type          = "",
        .returns            = "[JobInfo]",
    },

SQMP
query-jobs
----------

List every job (block jobs and others, such as image creation) with its
state and progress. Progress figures have no unit; only their ratio means
something.

Arguments: None.

Returns: [JobInfo]

Example: -> { "execute": "query-jobs" }
<- { "return": [ { "id": "backup1", "type": "backup", "status": "pending", "current-progress": 1073741824, "total-progress": 1073741824 } ] }

Since: 3.0

EQMP

