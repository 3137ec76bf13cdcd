HXCOMM Area 'yank'.

SQMP
Yank
====

Recovering from a peer that stopped answering: the network connections
of NBD block nodes, socket character devices and migration can be
dropped at once with "yank", out of band if need be, instead of
waiting for them to time out.

EQMP

    {
        .enum               = "YankInstanceType",
        .values             = "block-node,chardev,migration",
    },

SQMP
YankInstanceType
----------------

The kinds of things whose connections "yank" can drop; the value
selects the further member of YankInstance.

Values:

- "block-node": an NBD block node: its connection to the NBD server is
  shut down, and the node does not try to reconnect. Named by
  "node-name".
- "chardev": a socket character device: its connected socket is shut
  down. Named by "id".
- "migration": the running migration: all its connections are shut
  down, and the migration ends in the state "failed" (not "cancelled"
  as with migrate_cancel, which tells the migration). No further
  member.

Since: 6.0

EQMP

    {
        .struct             = "YankInstanceBlockNode",
        .members            = "node-name:str",
    },

SQMP
YankInstanceBlockNode
---------------------

The block node whose connections "yank" drops.

Members:

- "node-name": the node name of the block node (an NBD client node).

Since: 6.0

EQMP

    {
        .struct             = "YankInstanceChardev",
        .members            = "id:str",
    },

SQMP
YankInstanceChardev
-------------------

The character device whose connection "yank" drops.

Members:

- "id": the ID of the character device (a socket chardev).

Since: 6.0

EQMP

    {
        .union              = "YankInstance",
        .members            = "type:YankInstanceType",
        .discriminator      = "type",
        .variants           = "block-node:YankInstanceBlockNode,"
                              "chardev:YankInstanceChardev",
    },

SQMP
YankInstance
------------

Something whose network connections "yank" can drop, to recover a QEMU
that hangs on an unresponsive peer. "type" selects which further
member names it.

Members:

- "type": the kind of instance: an NBD block node, a socket character
  device or the migration.

Since: 6.0

EQMP

    {
        .name               = "yank",
        .args_type          = "instances:[YankInstance]",
        .allow_oob          = true,
    },

SQMP
yank
----

Drop the network connections of the given instances at once, to
recover from a peer that stopped answering, without waiting for the
connections to time out. An NBD node does not reconnect afterwards; a
migration fails (unlike migrate_cancel, the migration code is not told,
so use this only to get out of a hang). Allowed out of band, so it
works even while the monitor waits on the hung connection.
query-yank lists the instances that exist.

Arguments:

- "instances": the instances whose connections are dropped.

Errors:

- DeviceNotFound when one of the instances does not exist.

Since: 6.0

Example:

(Captured with an NBD client node "nbd0" and a socket chardev "c0".)

-> {"execute": "yank", "arguments": {"instances": [{"type": "block-node", "node-name": "nbd0"}]}}
<- {"return": {}}
-> {"execute": "yank", "arguments": {"instances": [{"type": "chardev", "id": "c0"}]}}
<- {"return": {}}
-> {"execute": "yank", "arguments": {"instances": [{"type": "migration"}]}}
<- {"error": {"class": "DeviceNotFound", "desc": "Instance not found"}}

EQMP

    {
        .name               = "query-yank",
        .args_type          = "",
        .returns            = "[YankInstance]",
        .allow_oob          = true,
    },

SQMP
query-yank
----------

List the instances that "yank" can act on: NBD block nodes, socket
character devices (the QMP monitor's own socket among them) and, while
one runs, the migration. Allowed out of band.

Returns: a list of YankInstance, one per instance.

Since: 6.0

Example:

(Captured with -qmp on a Unix socket and an NBD client node "nbd0".)

-> {"execute": "query-yank"}
<- {"return": [{"type": "chardev", "id": "compat_monitor0"}, {"node-name": "nbd0", "type": "block-node"}]}

EQMP

