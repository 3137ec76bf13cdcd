HXCOMM Area 'introspect'.

    {
        .name               = "query-qmp-schema",
        .args_type          = "",
        .returns            = "[SchemaInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-qmp-schema
----------------

Describe the whole QMP interface of this QEMU: every command, event and
type, as a flat list of schema entities. Type names other than the builtins
are replaced by opaque numbers, so a client must follow the references
instead of relying on names. The list is long (over a thousand entries).

Arguments: None.

Returns: [SchemaInfo]

Example: -> { "execute": "query-qmp-schema" }
<- { "return": [ { "name": "query-status", "meta-type": "command", "arg-type": "0", "ret-type": "1" },
                 { "name": "0", "meta-type": "object", "members": [] },
                 { "name": "1", "meta-type": "object", "members": [ { "name": "running", "type": "bool" }, { "name": "status", "type": "288" } ] },
                 { "name": "str", "meta-type": "builtin", "json-type": "string" },
                 { "name": "[17]", "meta-type": "array", "element-type": "17" },
                 { "name": "362", "meta-type": "alternate", "members": [ { "type": "str" }, { "type": "null" } ] },
                 { "name": "STOP", "meta-type": "event", "arg-type": "0" } ] }

Since: 2.5

EQMP

    {
        .enum               = "SchemaMetaType",
        .values             = "builtin,enum,array,object,alternate,command,event",
    },

SQMP
SchemaMetaType
--------------

The kinds of schema entity.

Values:

- "builtin": TODO
- "enum": TODO
- "array": TODO
- "object": TODO
- "alternate": TODO
- "command": TODO
- "event": TODO

Since: 2.5

EQMP

    {
        .union              = "SchemaInfo",
        .members            = "name:str,"
                              "meta-type:SchemaMetaType,"
                              "features:[str]?",
        .discriminator      = "meta-type",
        .variants           = "builtin:SchemaInfoBuiltin,"
                              "enum:SchemaInfoEnum,"
                              "array:SchemaInfoArray,"
                              "object:SchemaInfoObject,"
                              "alternate:SchemaInfoAlternate,"
                              "command:SchemaInfoCommand,"
                              "event:SchemaInfoEvent",
    },

SQMP
SchemaInfo
----------

One entity of the introspection schema. "meta-type" says which kind it is
and which further members it has; "name" is the entity's name, opaque
except for commands, events and builtins.

Members:

- "name": TODO
- "meta-type": TODO
- "features": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoBuiltin",
        .members            = "json-type:JSONType",
    },

SQMP
SchemaInfoBuiltin
-----------------

The extra member of a builtin type: the JSON type its values have.

Members:

- "json-type": TODO

Since: 2.5

EQMP

    {
        .enum               = "JSONType",
        .values             = "string,number,int,boolean,null,object,array,value",
    },

SQMP
JSONType
--------

The JSON value types a builtin may have; "value" means any.

Values:

- "string": TODO
- "number": TODO
- "int": TODO
- "boolean": TODO
- "null": TODO
- "object": TODO
- "array": TODO
- "value": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoEnum",
        .members            = "members:[SchemaInfoEnumMember],"
                              "values:[str] +deprecated",
    },

SQMP
SchemaInfoEnum
--------------

The extra members of an enumeration: its values.

Members:

- "members": TODO
- "values": TODO

Features:

- "deprecated": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoEnumMember",
        .members            = "name:str,"
                              "features:[str]?",
    },

SQMP
SchemaInfoEnumMember
--------------------

A structure used by SchemaInfoEnum.

Members:

- "name": TODO
- "features": TODO

Since: 6.2

EQMP

    {
        .struct             = "SchemaInfoArray",
        .members            = "element-type:str",
    },

SQMP
SchemaInfoArray
---------------

The extra member of an array type: the type of its elements.

Members:

- "element-type": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoObject",
        .members            = "members:[SchemaInfoObjectMember],"
                              "tag:str?,"
                              "variants:[SchemaInfoObjectVariant]?",
    },

SQMP
SchemaInfoObject
----------------

The extra members of an object type: its members, and for a union the tag
member and the variants selected by it.

Members:

- "members": TODO
- "tag": TODO
- "variants": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoObjectMember",
        .members            = "name:str,"
                              "type:str,"
                              "default:any?,"
                              "features:[str]?",
    },

SQMP
SchemaInfoObjectMember
----------------------

A structure used by SchemaInfoObject.

Members:

- "name": TODO
- "type": TODO
- "default": TODO
- "features": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoObjectVariant",
        .members            = "case:str,"
                              "type:str",
    },

SQMP
SchemaInfoObjectVariant
-----------------------

A structure used by SchemaInfoObject.

Members:

- "case": TODO
- "type": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoAlternate",
        .members            = "members:[SchemaInfoAlternateMember]",
    },

SQMP
SchemaInfoAlternate
-------------------

The extra member of an alternate type: the types a value may have.

Members:

- "members": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoAlternateMember",
        .members            = "type:str",
    },

SQMP
SchemaInfoAlternateMember
-------------------------

A structure used by SchemaInfoAlternate.

Members:

- "type": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoCommand",
        .members            = "arg-type:str,"
                              "ret-type:str,"
                              "allow-oob:bool?",
    },

SQMP
SchemaInfoCommand
-----------------

The extra members of a command: its argument and return types.

Members:

- "arg-type": TODO
- "ret-type": TODO
- "allow-oob": TODO

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoEvent",
        .members            = "arg-type:str",
    },

SQMP
SchemaInfoEvent
---------------

The extra member of an event: the type of its data.

Members:

- "arg-type": TODO

Since: 2.5

EQMP

