HXCOMM Area 'replay'.

    {
        .enum               = "ReplayMode",
        .values             = "none,record,play",
    },

SQMP
ReplayMode
----------

An enumeration used by ReplayInfo.

Values:

- "none": TODO
- "record": TODO
- "play": TODO

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

The record/replay mode and position.

Members:

- "mode": TODO
- "filename": TODO
- "icount": TODO

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

Report the record/replay mode and the current instruction count.

Arguments: None.

Returns: ReplayInfo

Example: -> { "execute": "query-replay" }
<- { "return": { "mode": "none", "icount": 0 } }

Since: 5.2

EQMP

    {
        .name               = "replay-break",
        .args_type          = "icount:int",
    },

SQMP
replay-break
------------

TODO

Arguments:

- "icount": TODO

Since: 5.2

EQMP

    {
        .name               = "replay-delete-break",
        .args_type          = "",
    },

SQMP
replay-delete-break
-------------------

TODO

Since: 5.2

EQMP

    {
        .name               = "replay-seek",
        .args_type          = "icount:int",
    },

SQMP
replay-seek
-----------

TODO

Arguments:

- "icount": TODO

Since: 5.2

EQMP

