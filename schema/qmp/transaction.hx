HXCOMM Area 'transaction'.

SQMP
Transactions
============

Running several block operations as one atomic step with the
"transaction" command: snapshots of several disks, dirty bitmap
changes and backup jobs that must all happen at the same point in time,
or not at all.

EQMP

    {
        .struct             = "Abort",
        .members            = "",
    },

SQMP
Abort
-----

The arguments of the "abort" transaction action. It has no members:
the action does nothing but make the transaction fail, which is useful
to test how a client handles a failed transaction.

Since: 1.6

EQMP

    {
        .enum               = "ActionCompletionMode",
        .values             = "individual,grouped",
    },

SQMP
ActionCompletionMode
--------------------

How the jobs that the actions of a transaction start (backup jobs)
finish once the transaction itself has succeeded.

Values:

- "individual": each job finishes on its own, as soon as it can; when
  one fails, the others go on and complete if they can. This is the
  default.
- "grouped": the jobs finish together: none completes before all are
  ready to, and when one fails, all of them are cancelled. Only actions
  that start a job (blockdev-backup, drive-backup) accept this mode;
  every other action makes the transaction fail with an error saying it
  does not support it.

Since: 2.5

EQMP

    {
        .enum               = "TransactionActionKind",
        .values             = "abort,block-dirty-bitmap-add,block-dirty-bitmap-remove,"
                              "block-dirty-bitmap-clear,block-dirty-bitmap-enable,"
                              "block-dirty-bitmap-disable,block-dirty-bitmap-merge,"
                              "blockdev-backup,blockdev-snapshot,"
                              "blockdev-snapshot-internal-sync,blockdev-snapshot-sync,"
                              "drive-backup +deprecated",
    },

SQMP
TransactionActionKind
---------------------

The kinds of action a transaction can run. Except for "abort", each is
named after the command that does the same on its own, and its "data"
takes that command's arguments.

Values:

- "abort": make the transaction fail on purpose, for testing (since
  1.6).
- "block-dirty-bitmap-add": create a dirty bitmap, like
  block-dirty-bitmap-add (since 2.5).
- "block-dirty-bitmap-remove": delete a dirty bitmap, like
  block-dirty-bitmap-remove (since 4.2).
- "block-dirty-bitmap-clear": reset a dirty bitmap to empty, like
  block-dirty-bitmap-clear (since 2.5).
- "block-dirty-bitmap-enable": let a dirty bitmap record writes again,
  like block-dirty-bitmap-enable (since 4.0).
- "block-dirty-bitmap-disable": stop a dirty bitmap from recording
  writes, like block-dirty-bitmap-disable (since 4.0).
- "block-dirty-bitmap-merge": merge dirty bitmaps into another, like
  block-dirty-bitmap-merge (since 4.0).
- "blockdev-backup": start a backup job to an existing block node, like
  blockdev-backup (since 2.3).
- "blockdev-snapshot": put an existing overlay node on top of a node
  (external snapshot), like blockdev-snapshot (since 2.5).
- "blockdev-snapshot-internal-sync": take an internal snapshot inside
  an image, like blockdev-snapshot-internal-sync (since 1.7).
- "blockdev-snapshot-sync": create an overlay image file and put it on
  top of a node (external snapshot), like blockdev-snapshot-sync
  (since 1.1).
- "drive-backup": start a backup job to an image file, like
  drive-backup (since 1.6). Deprecated.

Features:

- "deprecated": the value "drive-backup" is deprecated; use
  "blockdev-backup" with a target node added by blockdev-add instead.

Since: 1.1

EQMP

    {
        .struct             = "AbortWrapper",
        .members            = "data:Abort",
    },

SQMP
AbortWrapper
------------

The "data" of an "abort" action.

Members:

- "data": the (empty) arguments of the action.

Since: 1.6

EQMP

    {
        .struct             = "BlockDirtyBitmapAddWrapper",
        .members            = "data:BlockDirtyBitmapAdd",
    },

SQMP
BlockDirtyBitmapAddWrapper
--------------------------

The "data" of a "block-dirty-bitmap-add" action.

Members:

- "data": the node and the name and settings of the new bitmap, the
  same as the arguments of the block-dirty-bitmap-add command.

Since: 2.5

EQMP

    {
        .struct             = "BlockDirtyBitmapWrapper",
        .members            = "data:BlockDirtyBitmap",
    },

SQMP
BlockDirtyBitmapWrapper
-----------------------

The "data" of a "block-dirty-bitmap-remove", "block-dirty-bitmap-clear",
"block-dirty-bitmap-enable" or "block-dirty-bitmap-disable" action.

Members:

- "data": the node and the name of the bitmap the action works on.

Since: 2.5

EQMP

    {
        .struct             = "BlockDirtyBitmapMergeWrapper",
        .members            = "data:BlockDirtyBitmapMerge",
    },

SQMP
BlockDirtyBitmapMergeWrapper
----------------------------

The "data" of a "block-dirty-bitmap-merge" action.

Members:

- "data": the target bitmap and the bitmaps to merge into it, the same
  as the arguments of the block-dirty-bitmap-merge command.

Since: 4.0

EQMP

    {
        .struct             = "BlockdevBackupWrapper",
        .members            = "data:BlockdevBackup",
    },

SQMP
BlockdevBackupWrapper
---------------------

The "data" of a "blockdev-backup" action.

Members:

- "data": the source and target nodes and the settings of the backup
  job, the same as the arguments of the blockdev-backup command.

Since: 2.3

EQMP

    {
        .struct             = "BlockdevSnapshotWrapper",
        .members            = "data:BlockdevSnapshot",
    },

SQMP
BlockdevSnapshotWrapper
-----------------------

The "data" of a "blockdev-snapshot" action.

Members:

- "data": the node to snapshot and the overlay node to put on top of
  it, the same as the arguments of the blockdev-snapshot command.

Since: 2.5

EQMP

    {
        .struct             = "BlockdevSnapshotInternalWrapper",
        .members            = "data:BlockdevSnapshotInternal",
    },

SQMP
BlockdevSnapshotInternalWrapper
-------------------------------

The "data" of a "blockdev-snapshot-internal-sync" action.

Members:

- "data": the device or node and the name of the internal snapshot,
  the same as the arguments of the blockdev-snapshot-internal-sync
  command.

Since: 1.7

EQMP

    {
        .struct             = "BlockdevSnapshotSyncWrapper",
        .members            = "data:BlockdevSnapshotSync",
    },

SQMP
BlockdevSnapshotSyncWrapper
---------------------------

The "data" of a "blockdev-snapshot-sync" action.

Members:

- "data": the device or node, the new overlay file and its format, the
  same as the arguments of the blockdev-snapshot-sync command.

Since: 1.1

EQMP

    {
        .struct             = "DriveBackupWrapper",
        .members            = "data:DriveBackup",
    },

SQMP
DriveBackupWrapper
------------------

The "data" of a "drive-backup" action (deprecated, like the action
itself: use "blockdev-backup").

Members:

- "data": the source device, the target file and the settings of the
  backup job, the same as the arguments of the drive-backup command.

Since: 1.6

EQMP

    {
        .union              = "TransactionAction",
        .members            = "type:TransactionActionKind",
        .discriminator      = "type",
        .variants           = "abort:AbortWrapper,"
                              "block-dirty-bitmap-add:BlockDirtyBitmapAddWrapper,"
                              "block-dirty-bitmap-remove:BlockDirtyBitmapWrapper,"
                              "block-dirty-bitmap-clear:BlockDirtyBitmapWrapper,"
                              "block-dirty-bitmap-enable:BlockDirtyBitmapWrapper,"
                              "block-dirty-bitmap-disable:BlockDirtyBitmapWrapper,"
                              "block-dirty-bitmap-merge:BlockDirtyBitmapMergeWrapper,"
                              "blockdev-backup:BlockdevBackupWrapper,"
                              "blockdev-snapshot:BlockdevSnapshotWrapper,"
                              "blockdev-snapshot-internal-sync:BlockdevSnapshotInternalWrapper,"
                              "blockdev-snapshot-sync:BlockdevSnapshotSyncWrapper,"
                              "drive-backup:DriveBackupWrapper",
    },

SQMP
TransactionAction
-----------------

One action of a transaction: "type" says what it does and "data" holds
its arguments, which are those of the command of the same name.

Members:

- "type": the action to run, which selects the type of "data":
  "abort" takes an AbortWrapper (empty data; the transaction fails);
  "block-dirty-bitmap-add" a BlockDirtyBitmapAddWrapper;
  "block-dirty-bitmap-remove", "block-dirty-bitmap-clear",
  "block-dirty-bitmap-enable" and "block-dirty-bitmap-disable" a
  BlockDirtyBitmapWrapper; "block-dirty-bitmap-merge" a
  BlockDirtyBitmapMergeWrapper; "blockdev-backup" a
  BlockdevBackupWrapper; "blockdev-snapshot" a BlockdevSnapshotWrapper;
  "blockdev-snapshot-internal-sync" a BlockdevSnapshotInternalWrapper;
  "blockdev-snapshot-sync" a BlockdevSnapshotSyncWrapper; and the
  deprecated "drive-backup" a DriveBackupWrapper.

Since: 1.1

EQMP

    {
        .struct             = "TransactionProperties",
        .members            = "completion-mode:ActionCompletionMode?",
    },

SQMP
TransactionProperties
---------------------

Settings that apply to a whole transaction rather than to one action.

Members:

- "completion-mode": how the jobs that the actions start finish: each
  on its own ("individual") or all together ("grouped", accepted only
  when every action is blockdev-backup or drive-backup). Absent:
  "individual".

Since: 2.5

EQMP

    {
        .name               = "transaction",
        .args_type          = "actions:[TransactionAction],"
                              "properties:TransactionProperties?",
    },

SQMP
transaction
-----------

Run several block actions as one: either all of them take effect or,
when one fails, none does. It is how a consistent point in time is
taken across several disks, for example snapshots of every disk
together with the dirty bitmaps that a later incremental backup will
read.

The actions are prepared in order. The first one that fails stops the
transaction: the actions after it are not tried, those already
prepared are undone, and the reply is the error of the failed action
(so only one failure is reported). Details per kind of action:

- External snapshots (blockdev-snapshot-sync): the new overlay image is
  created by QEMU in the format given (qcow2 when none is given), and
  an existing file at that path is overwritten, unless "mode" is
  "existing": then the file is reused, and it must already show the same
  data as the current image (usually by having it as its backing file),
  which QEMU cannot check. When the transaction fails, the disks keep
  using their original images.
- Internal snapshots (blockdev-snapshot-internal-sync): refused when a
  snapshot of that name already exists, and only possible with image
  formats that support them (such as qcow2 and rbd). When the
  transaction fails, QEMU tries to delete the internal snapshots it has
  just created; if that deletion hits an I/O error, the leftover
  snapshot must be removed by hand later (for example with qemu-img).

Arguments:

- "actions": the actions to run, in order.
- "properties": settings for the whole transaction. Absent: every
  setting has its default (jobs complete individually).

Errors:

- The error of the first action that fails, as the command of that
  name would report it; the other actions are then not applied.
- GenericError "Transaction aborted using Abort action" when an
  "abort" action is reached.
- GenericError when "completion-mode" is "grouped" and an action does
  not support it ("Action '...' does not support transaction property
  completion-mode = grouped").

Since: 1.1

Example:

(Captured with qcow2 nodes disk0 and disk1, and null-co nodes src0,
tgt0, src1 and tgt1, all added with -blockdev or blockdev-add.)

Two dirty bitmaps created together:

-> {"execute": "transaction", "arguments": {"actions": [{"type": "block-dirty-bitmap-add", "data": {"node": "disk0", "name": "bitmap0"}}, {"type": "block-dirty-bitmap-add", "data": {"node": "disk1", "name": "bitmap0", "granularity": 131072}}]}}
<- {"return": {}}

Internal snapshots of both disks taken at the same point as their
bitmaps are cleared, the starting point of an incremental backup:

-> {"execute": "transaction", "arguments": {"actions": [{"type": "blockdev-snapshot-internal-sync", "data": {"device": "disk0", "name": "snap1"}}, {"type": "blockdev-snapshot-internal-sync", "data": {"device": "disk1", "name": "snap1"}}, {"type": "block-dirty-bitmap-clear", "data": {"node": "disk0", "name": "bitmap0"}}, {"type": "block-dirty-bitmap-clear", "data": {"node": "disk1", "name": "bitmap0"}}]}}
<- {"return": {}}

The second action fails, so the snapshot "snap2" of disk0 is removed
again:

-> {"execute": "transaction", "arguments": {"actions": [{"type": "blockdev-snapshot-internal-sync", "data": {"device": "disk0", "name": "snap2"}}, {"type": "blockdev-snapshot-internal-sync", "data": {"device": "disk1", "name": "snap1"}}]}}
<- {"error": {"class": "GenericError", "desc": "Snapshot with name 'snap1' already exists on device 'disk1'"}}

An "abort" action makes the whole transaction fail, so the bitmap is not
cleared:

-> {"execute": "transaction", "arguments": {"actions": [{"type": "block-dirty-bitmap-clear", "data": {"node": "disk0", "name": "bitmap0"}}, {"type": "abort", "data": {}}]}}
<- {"error": {"class": "GenericError", "desc": "Transaction aborted using Abort action"}}

Two backup jobs that complete (or are cancelled) together, and an
action that does not accept the grouped mode:

-> {"execute": "transaction", "arguments": {"actions": [{"type": "blockdev-backup", "data": {"job-id": "backup0", "device": "src0", "target": "tgt0", "sync": "full"}}, {"type": "blockdev-backup", "data": {"job-id": "backup1", "device": "src1", "target": "tgt1", "sync": "full"}}], "properties": {"completion-mode": "grouped"}}}
<- {"return": {}}
-> {"execute": "transaction", "arguments": {"actions": [{"type": "block-dirty-bitmap-add", "data": {"node": "disk0", "name": "bitmap1"}}], "properties": {"completion-mode": "grouped"}}}
<- {"error": {"class": "GenericError", "desc": "Action 'block-dirty-bitmap-add' does not support transaction property completion-mode = grouped"}}

EQMP

