HXCOMM Area 'job'.

SQMP
Background jobs
===============

Long-running operations that QEMU carries out in the background after
the command that started them has returned: block jobs (mirror, backup,
commit, stream), image creation and amendment, and VM snapshot save,
load and delete. Every job has an ID, a type and a state; the job-*
commands here pause, resume, cancel, complete, finalize and dismiss a
job of any type, query-jobs lists them, and JOB_STATUS_CHANGE reports
every change of state.

EQMP

    {
        .enum               = "JobType",
        .values             = "commit,stream,mirror,backup,create,amend,snapshot-load,"
                              "snapshot-save,snapshot-delete",
    },

SQMP
JobType
-------

What kind of work a background job does. Each value names the command
that starts such a job.

Values:

- "commit": merging an image into one of its backing images, started by
  block-commit.
- "stream": copying data from backing images into the top image,
  started by block-stream.
- "mirror": mirroring a block node to a target, started by drive-mirror
  or blockdev-mirror.
- "backup": copying a point-in-time view of a block node to a target,
  started by drive-backup or blockdev-backup.
- "create": creating an image, started by blockdev-create (since 3.0).
- "amend": changing the options of an existing image, started by
  x-blockdev-amend (since 5.1).
- "snapshot-load": loading a VM snapshot, started by snapshot-load
  (since 6.0).
- "snapshot-save": saving a VM snapshot, started by snapshot-save
  (since 6.0).
- "snapshot-delete": deleting a VM snapshot, started by snapshot-delete
  (since 6.0).

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

The state of a job in its life cycle. A job normally goes created,
running, (ready,) waiting, pending, concluded and finally null; every
change is reported by a JOB_STATUS_CHANGE event.

Values:

- "undefined": an invalid initial state; a client should never see it.
- "created": the job exists but has not started working yet.
- "running": the job is working.
- "paused": the job is running but paused, either by job-pause (or
  block-job-pause) or by QEMU itself for internal reasons.
- "ready": the job has done the bulk of its work and now waits for the
  user to complete it (job-complete) or cancel it. Jobs that could run
  forever, such as a mirror that keeps the target in sync, reach this
  state.
- "standby": the job is ready but paused; it behaves like "paused" and
  goes back to "ready" when resumed, or it may be cancelled.
- "waiting": the job has finished its work and waits for the other jobs
  of its transaction to get this far. The last job of a transaction may
  pass through this state too quickly to be seen.
- "pending": the job has finished its work but still has to commit its
  changes (finalization), which can still fail. When the job was
  started with auto-finalize false, it stays here until job-finalize.
- "aborting": the job is being aborted and will end with an error; it
  then becomes "concluded". A client may not see this state.
- "concluded": the job has done everything. When it was started with
  auto-dismiss false it stays in the list of query-jobs, in this state,
  until job-dismiss removes it.
- "null": the job is being torn down; after the event reporting this
  state the job is gone. It is not visible in query-jobs.

Since: 2.12

EQMP

    {
        .enum               = "JobVerb",
        .values             = "cancel,pause,resume,set-speed,complete,dismiss,finalize,change",
    },

SQMP
JobVerb
-------

The actions a user can apply to a job. Which of them a job accepts
depends on its state; a command whose verb is not allowed in the
current state fails with a GenericError naming the state and the verb.

Values:

- "cancel": cancel the job (job-cancel, block-job-cancel).
- "pause": pause the job (job-pause, block-job-pause).
- "resume": resume a paused job (job-resume, block-job-resume).
- "set-speed": change the job's speed limit (block-job-set-speed).
- "complete": complete a ready job (job-complete, block-job-complete).
- "dismiss": remove a concluded job (job-dismiss, block-job-dismiss).
- "finalize": finalize a pending job (job-finalize,
  block-job-finalize).
- "change": change the options of a running job (block-job-change,
  since 8.2).

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

A job moved to another state of its life cycle. It is sent for every
state change of every job, including the final change to "null" when
the job is gone.

Data:

- "id": the ID of the job.
- "status": the state the job is in now.

Since: 3.0

Example:

A mirror job (blockdev-mirror ... "job-id": "mirror1") has copied
everything and waits to be completed:

<- {"timestamp": {"seconds": 1796447672, "microseconds": 193008}, "event": "JOB_STATUS_CHANGE", "data": {"status": "ready", "id": "mirror1"}}

EQMP

    {
        .name               = "job-pause",
        .args_type          = "id:str",
    },

SQMP
job-pause
---------

Ask a job to pause. The command returns at once; the job pauses at its
next opportunity, going from "running" to "paused" or from "ready" to
"standby", and a JOB_STATUS_CHANGE event reports it. A paused job stays
paused until job-resume. A user pause does not stack: pausing a job the
user has already paused is an error. Cancelling a paused job resumes it
first.

Arguments:

- "id": the ID of the job to pause.

Errors:

- GenericError when no job has this ID ("Job not found"), when the
  user has already paused the job ("Job is already paused"), or when
  the job cannot be paused in its current state.

Since: 3.0

Example:

A mirror job with a speed limit, still copying:

-> {"execute": "job-pause", "arguments": {"id": "mirror0"}}
<- {"return": {}}
-> {"execute": "job-pause", "arguments": {"id": "mirror0"}}
<- {"error": {"class": "GenericError", "desc": "Job is already paused"}}

EQMP

    {
        .name               = "job-resume",
        .args_type          = "id:str",
    },

SQMP
job-resume
----------

Resume a job that the user paused with job-pause (or block-job-pause).
The command returns at once; the job goes back to "running" (or from
"standby" back to "ready").

Arguments:

- "id": the ID of the job to resume.

Errors:

- GenericError when no job has this ID ("Job not found"), or when the
  job was not paused by the user ("Can't resume a job that was not
  paused").

Since: 3.0

Example:

-> {"execute": "job-resume", "arguments": {"id": "mirror0"}}
<- {"return": {}}
-> {"execute": "job-resume", "arguments": {"id": "mirror0"}}
<- {"error": {"class": "GenericError", "desc": "Can't resume a job that was not paused"}}

EQMP

    {
        .name               = "job-cancel",
        .args_type          = "id:str",
    },

SQMP
job-cancel
----------

Ask a job to stop as soon as it can. The command returns at once, after
marking the job; the job then normally goes to "aborting" and ends
without completing its work, which JOB_STATUS_CHANGE events report. A
job that was nearly done may complete anyway and go to "pending"
instead. Unlike block-job-cancel, this command also aborts a mirror job
in the "ready" state (the mirror ends as cancelled, its target is not
switched to); use job-complete to finish such a job instead. A paused
job is resumed to be cancelled.

Arguments:

- "id": the ID of the job to cancel.

Errors:

- GenericError when no job has this ID ("Job not found"), or when the
  job cannot be cancelled in its current state (for example when it has
  concluded).

Since: 3.0

Example:

A mirror job in the "ready" state; it ends with BLOCK_JOB_CANCELLED:

-> {"execute": "job-cancel", "arguments": {"id": "mirror1"}}
<- {"return": {}}

A backup job started with "auto-dismiss": false that has concluded:

-> {"execute": "job-cancel", "arguments": {"id": "backup9"}}
<- {"error": {"class": "GenericError", "desc": "Job 'backup9' in state 'concluded' cannot accept command verb 'cancel'"}}

EQMP

    {
        .name               = "job-complete",
        .args_type          = "id:str",
    },

SQMP
job-complete
------------

Tell a job in the "ready" state to finish. For a mirror this is the
switch-over: the job stops copying and the target takes the place of
the source. Jobs that are not in the "ready" state refuse it.

Arguments:

- "id": the ID of the job to complete.

Errors:

- GenericError when no job has this ID ("Job not found"), or when the
  job is not ready (for example "Job 'mirror0' in state 'paused' cannot
  accept command verb 'complete'").

Since: 3.0

Example:

A mirror job that is ready, then one that is paused:

-> {"execute": "job-complete", "arguments": {"id": "mirror0"}}
<- {"return": {}}
-> {"execute": "job-complete", "arguments": {"id": "mirror0"}}
<- {"error": {"class": "GenericError", "desc": "Job 'mirror0' in state 'paused' cannot accept command verb 'complete'"}}

EQMP

    {
        .name               = "job-dismiss",
        .args_type          = "id:str",
    },

SQMP
job-dismiss
-----------

Remove a job in the "concluded" state from the list of jobs, after its
result (see "error" of query-jobs) has been read. Only jobs started with
auto-dismiss false need it; the VM snapshot jobs (snapshot-save,
snapshot-load, snapshot-delete) also stay until dismissed. A job that
has not concluded yet is refused; a ready job must first be completed
or cancelled.

Arguments:

- "id": the ID of the job to remove.

Errors:

- GenericError when no job has this ID ("Job not found"), or when the
  job has not concluded (for example "Job 'backup0' in state 'pending'
  cannot accept command verb 'dismiss'").

Since: 3.0

Example:

A backup job started with auto-finalize and auto-dismiss false, before
and after job-finalize:

-> {"execute": "job-dismiss", "arguments": {"id": "backup0"}}
<- {"error": {"class": "GenericError", "desc": "Job 'backup0' in state 'pending' cannot accept command verb 'dismiss'"}}
-> {"execute": "job-dismiss", "arguments": {"id": "backup0"}}
<- {"return": {}}

EQMP

    {
        .name               = "job-finalize",
        .args_type          = "id:str",
    },

SQMP
job-finalize
------------

Let jobs in the "pending" state commit their changes (graph changes,
for example) and clean up, after which they conclude. It is needed for
jobs started with auto-finalize false. The jobs of one transaction are
finalized together: naming any one of them finalizes all of them, and
all of them must be pending. A job that is not part of a transaction is
finalized alone.

Arguments:

- "id": the ID of the job to finalize, or of any job of its transaction.

Errors:

- GenericError when no job has this ID ("Job not found"), or when a job
  concerned is not pending (for example "Job 'mirror0' in state
  'running' cannot accept command verb 'finalize'").

Since: 3.0

Example:

A backup job started with "auto-finalize": false, waiting in the
"pending" state:

-> {"execute": "job-finalize", "arguments": {"id": "backup0"}}
<- {"return": {}}

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

A background job of any type, as query-jobs lists it: its ID, type,
state and progress.

Members:

- "id": the ID of the job.
- "type": what kind of work the job does.
- "status": the state the job is in.
- "current-progress": how much work the job has done so far. It has no
  unit (the number of bytes for block jobs, but this is not promised);
  only its ratio to "total-progress" is meaningful. It never decreases.
- "total-progress": the value "current-progress" is expected to have
  when the job is done. It is an estimate that may go up or down while
  the job runs.
- "error": present when the job failed: a message for humans saying why
  (do not parse it). A job that reaches "concluded" without this member
  succeeded.

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

List the jobs that exist now, of every type (block jobs, image
creation, VM snapshots, ...), with their state and progress. Jobs that
have been dismissed (automatically or with job-dismiss) are no longer
listed.

Arguments: None.

Returns: a list of JobInfo, one per job; an empty list when there is
none.

Since: 3.0

Example:

A mirror job limited to 1 MiB/s, just started; then a snapshot-save
job that failed and waits to be dismissed:

-> {"execute": "query-jobs"}
<- {"return": [{"current-progress": 16777216, "status": "running", "total-progress": 1073741824, "type": "mirror", "id": "mirror0"}]}
-> {"execute": "query-jobs"}
<- {"return": [{"current-progress": 1, "status": "concluded", "total-progress": 1, "type": "snapshot-save", "id": "snapsave1", "error": "Snapshot 'my-snap' already exists in one or more devices"}]}

EQMP

