HXCOMM Area 'uefi'.

    {
        .struct             = "UefiVariable",
        .members            = "guid:str,"
                              "name:str,"
                              "attr:int,"
                              "data:str,"
                              "time:str?,"
                              "digest:str?",
    },

SQMP
UefiVariable
------------

TODO

Members:

- "guid": TODO
- "name": TODO
- "attr": TODO
- "data": TODO
- "time": TODO
- "digest": TODO

Since: 10.0

EQMP

    {
        .struct             = "UefiVarStore",
        .members            = "version:int,"
                              "variables:[UefiVariable]",
    },

SQMP
UefiVarStore
------------

TODO

Members:

- "version": TODO
- "variables": TODO

Since: 10.0

EQMP

