HXCOMM Area 'yank'.

    {
        .enum               = "YankInstanceType",
        .values             = "block-node,chardev,migration",
    },

SQMP
YankInstanceType
----------------

An enumeration used by YankInstance.

Values:

- "block-node": TODO
- "chardev": TODO
- "migration": TODO

Since: 6.0

EQMP

    {
        .struct             = "YankInstanceBlockNode",
        .members            = "node-name:str",
    },

SQMP
YankInstanceBlockNode
---------------------

A structure used by YankInstance.

Members:

- "node-name": TODO

Since: 6.0

EQMP

    {
        .struct             = "YankInstanceChardev",
        .members            = "id:str",
    },

SQMP
YankInstanceChardev
-------------------

A structure used by YankInstance.

Members:

- "id": TODO

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

Something whose network connections "yank" can drop; "type" selects which
further member names it.

Members:

- "type": TODO

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

Abruptly drop the network connections of the given instances, without
waiting for them to time out. Useful to recover from a peer that stopped
answering. See "query-yank" for the instances that exist.

Arguments:

- "instances": the instances whose connections are dropped (json-array,
  array of YankInstance)

Returns: an empty object

Example: -> { "execute": "yank", "arguments": { "instances": [ { "type": "block-node", "node-name": "nbd0" }, { "type": "migration" } ] } }
<- { "return": {} }

Since: 6.0

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

List the instances that the "yank" command can act on: block nodes,
character devices and the migration stream whose network connections can be
dropped.

Arguments: None.

Returns: [YankInstance]

Example: -> { "execute": "query-yank" }
<- { "return": [ { "type": "chardev", "id": "compat_monitor0" } ] }

Since: 6.0

EQMP

