HXCOMM Area 'transaction'.

    {
        .struct             = "Abort",
        .members            = "",
    },

SQMP
Abort
-----

The (empty) data of the "abort" transaction action.

Since: 1.6

EQMP

    {
        .enum               = "ActionCompletionMode",
        .values             = "individual,grouped",
    },

SQMP
ActionCompletionMode
--------------------

How the jobs started by a transaction complete.

Values:

- "individual": each job completes (or fails) on its own
- "grouped": when one job fails, the others are cancelled

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

The kinds of action a transaction can run; each is named after the command
that does the same on its own ("abort" makes the transaction fail). The
drive-backup kind is deprecated.

Values:

- "abort": TODO
- "block-dirty-bitmap-add": TODO
- "block-dirty-bitmap-remove": TODO
- "block-dirty-bitmap-clear": TODO
- "block-dirty-bitmap-enable": TODO
- "block-dirty-bitmap-disable": TODO
- "block-dirty-bitmap-merge": TODO
- "blockdev-backup": TODO
- "blockdev-snapshot": TODO
- "blockdev-snapshot-internal-sync": TODO
- "blockdev-snapshot-sync": TODO
- "drive-backup": TODO

Features:

- "deprecated": TODO

Since: 1.1

EQMP

    {
        .struct             = "AbortWrapper",
        .members            = "data:Abort",
    },

SQMP
AbortWrapper
------------

The "data" of an abort action.

Members:

- "data": TODO

Since: 1.6

EQMP

    {
        .struct             = "BlockDirtyBitmapAddWrapper",
        .members            = "data:BlockDirtyBitmapAdd",
    },

SQMP
BlockDirtyBitmapAddWrapper
--------------------------

The "data" of a block-dirty-bitmap-add action.

Members:

- "data": TODO

Since: 2.5

EQMP

    {
        .struct             = "BlockDirtyBitmapWrapper",
        .members            = "data:BlockDirtyBitmap",
    },

SQMP
BlockDirtyBitmapWrapper
-----------------------

The "data" of a block-dirty-bitmap-remove, -clear, -enable or -disable
action.

Members:

- "data": TODO

Since: 2.5

EQMP

    {
        .struct             = "BlockDirtyBitmapMergeWrapper",
        .members            = "data:BlockDirtyBitmapMerge",
    },

SQMP
BlockDirtyBitmapMergeWrapper
----------------------------

The "data" of a block-dirty-bitmap-merge action.

Members:

- "data": TODO

Since: 4.0

EQMP

    {
        .struct             = "BlockdevBackupWrapper",
        .members            = "data:BlockdevBackup",
    },

SQMP
BlockdevBackupWrapper
---------------------

The "data" of a blockdev-backup action.

Members:

- "data": TODO

Since: 2.3

EQMP

    {
        .struct             = "BlockdevSnapshotWrapper",
        .members            = "data:BlockdevSnapshot",
    },

SQMP
BlockdevSnapshotWrapper
-----------------------

The "data" of a blockdev-snapshot action.

Members:

- "data": TODO

Since: 2.5

EQMP

    {
        .struct             = "BlockdevSnapshotInternalWrapper",
        .members            = "data:BlockdevSnapshotInternal",
    },

SQMP
BlockdevSnapshotInternalWrapper
-------------------------------

The "data" of a blockdev-snapshot-internal-sync action.

Members:

- "data": TODO

Since: 1.7

EQMP

    {
        .struct             = "BlockdevSnapshotSyncWrapper",
        .members            = "data:BlockdevSnapshotSync",
    },

SQMP
BlockdevSnapshotSyncWrapper
---------------------------

The "data" of a blockdev-snapshot-sync action.

Members:

- "data": TODO

Since: 1.1

EQMP

    {
        .struct             = "DriveBackupWrapper",
        .members            = "data:DriveBackup",
    },

SQMP
DriveBackupWrapper
------------------

The "data" of a (deprecated) drive-backup action.

Members:

- "data": TODO

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

One action of a transaction: "type" names it and "data" holds its
arguments, the same as those of the command of that name.

Members:

- "type": the kind of action

Since: 1.1

EQMP

    {
        .struct             = "TransactionProperties",
        .members            = "completion-mode:ActionCompletionMode?",
    },

SQMP
TransactionProperties
---------------------

Settings of a whole transaction.

Members:

- "completion-mode": how the jobs it starts complete (default individual;
  only actions that start a job accept grouped)

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

Run several block actions as one: either every action takes effect or,
when one fails, none does (actions already prepared are rolled back). It
is how a consistent point in time is taken across several disks, for
example snapshots of every disk together with the dirty bitmaps that an
incremental backup will read later. Each action is a TransactionAction:
"type" names the action, "data" holds the arguments that the command of
the same name takes.

Arguments:

- "actions": the actions, run in order (json-array, array of
  TransactionAction)
- "properties": how the actions are completed (json-object,
  TransactionProperties, optional)

Returns: an empty object. When an action fails, the error of that action
is returned and no action takes effect.

Example: Two dirty bitmaps created together on a node added with blockdev-add:

-> { "execute": "transaction", "arguments": { "actions": [ { "type": "block-dirty-bitmap-add", "data": { "node": "disk0", "name": "bitmap0" } }, { "type": "block-dirty-bitmap-add", "data": { "node": "disk0", "name": "bitmap1", "granularity": 131072 } } ] } }
<- { "return": {} }

An "abort" action makes the whole transaction fail, so the bitmap is not
cleared:

-> { "execute": "transaction", "arguments": { "actions": [ { "type": "block-dirty-bitmap-clear", "data": { "node": "disk0", "name": "bitmap0" } }, { "type": "abort", "data": {} } ], "properties": { "completion-mode": "individual" } } }
<- { "error": { "class": "GenericError", "desc": "Transaction aborted using Abort action" } }

Since: 1.1

EQMP

