HXCOMM Area 'introspect'.

SQMP
QMP introspection
=================

How a client finds out, at run time, which commands, events and types
this QEMU offers and what their arguments and results look like.

EQMP

    {
        .name               = "query-qmp-schema",
        .args_type          = "",
        .returns            = "[SchemaInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-qmp-schema
----------------

Describe the QMP interface of this QEMU as a list of SchemaInfo
entities: every command, event and type a client can see on the wire,
with their arguments, results, members and features. A client uses it
to find out what this particular build offers (commands depend on the
build and the target) before relying on it.

It tells what is there, not every rule that applies: the QAPI schema
remains the specification. Its output is also less stable than the
wire format it describes: between versions, a member may move from the
common members into the variants, or a member's type may change from
a string to an enumeration or from one type to an alternate that
includes it, without any change on the wire. Types that QEMU uses only
internally are not listed.

Names of commands, events and builtin types are the real ones; the
names of all other types are arbitrary strings (here numbers) that
serve only as references between entities and differ between QEMU
versions and builds. Follow the references ("arg-type", "ret-type", "type",
"element-type") instead of relying on them. Accepted in the preconfig
state.

Returns: a list of SchemaInfo, one per entity (over a thousand for
qemu-system-x86_64), in no particular order. Each name occurs only
once, whatever its meta-type.

Since: 2.5

Example:

(Captured from qemu-system-x86_64 and shortened to the entities of
query-status, STOP, set-action, query-yank and an alternate, from 1172
entries.)

-> {"execute": "query-qmp-schema"}
<- {"return": [{"name": "query-status", "ret-type": "1", "meta-type": "command", "arg-type": "0"},
     {"name": "0", "members": [], "meta-type": "object"},
     {"name": "1", "members": [{"name": "running", "type": "bool"}, {"name": "status", "type": "288"}], "meta-type": "object"},
     {"name": "288", "members": [{"name": "debug"}, {"name": "inmigrate"}, {"name": "internal-error"}, {"name": "io-error"}, {"name": "paused"}, {"name": "postmigrate"}, {"name": "prelaunch"}, {"name": "finish-migrate"}, {"name": "restore-vm"}, {"name": "running"}, {"name": "save-vm"}, {"name": "shutdown"}, {"name": "suspended"}, {"name": "watchdog"}, {"name": "guest-panicked"}, {"name": "colo"}], "meta-type": "enum", "values": ["debug", "inmigrate", "internal-error", "io-error", "paused", "postmigrate", "prelaunch", "finish-migrate", "restore-vm", "running", "save-vm", "shutdown", "suspended", "watchdog", "guest-panicked", "colo"]},
     {"name": "bool", "json-type": "boolean", "meta-type": "builtin"},
     {"name": "STOP", "meta-type": "event", "arg-type": "0"},
     {"name": "set-action", "ret-type": "0", "meta-type": "command", "arg-type": "6"},
     {"name": "6", "members": [{"name": "reboot", "default": null, "type": "291"}, {"name": "shutdown", "default": null, "type": "292"}, {"name": "panic", "default": null, "type": "293"}, {"name": "watchdog", "default": null, "type": "290"}], "meta-type": "object"},
     {"name": "query-yank", "ret-type": "[234]", "allow-oob": true, "meta-type": "command", "arg-type": "0"},
     {"name": "[234]", "element-type": "234", "meta-type": "array"},
     {"name": "234", "tag": "type", "variants": [{"case": "block-node", "type": "530"}, {"case": "chardev", "type": "531"}, {"case": "migration", "type": "0"}], "members": [{"name": "type", "type": "529"}], "meta-type": "object"},
     {"name": "529", "members": [{"name": "block-node"}, {"name": "chardev"}, {"name": "migration"}], "meta-type": "enum", "values": ["block-node", "chardev", "migration"]},
     {"name": "530", "members": [{"name": "node-name", "type": "str"}], "meta-type": "object"},
     {"name": "531", "members": [{"name": "id", "type": "str"}], "meta-type": "object"},
     {"name": "362", "members": [{"type": "str"}, {"type": "null"}], "meta-type": "alternate"},
     {"name": "str", "json-type": "string", "meta-type": "builtin"},
     {"name": "null", "json-type": "null", "meta-type": "builtin"}]}

EQMP

    {
        .enum               = "SchemaMetaType",
        .values             = "builtin,enum,array,object,alternate,command,event",
    },

SQMP
SchemaMetaType
--------------

The kinds of entity in the introspection schema; a SchemaInfo's
"meta-type" selects its further members.

Values:

- "builtin": a predefined type such as "int", "str" or "bool"; further
  member "json-type".
- "enum": an enumeration; further members "members" and "values".
- "array": an array type; further member "element-type".
- "object": an object type (a struct, or a union with a tag and
  variants); further members "members", "tag" and "variants".
- "alternate": an alternate type, whose values may be of one of
  several types; further member "members".
- "command": a QMP command; further members "arg-type", "ret-type"
  and "allow-oob".
- "event": a QMP event; further member "arg-type".

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

One entity of the introspection schema: a command, an event or a
type. "meta-type" says which kind it is and selects the further
members.

Members:

- "name": the name that other entities use to refer to this one. For
  commands and events it is their name in the schema; for builtin
  types the builtin's name. For all other types it is an arbitrary
  string, not part of the wire interface, but still unique across all
  entities.
- "meta-type": the kind of entity.
- "features": the names of the entity's features (such as "deprecated"
  or "unstable"), in no particular order; absent when it has none
  (since 4.1 for object types, 4.2 for commands, 5.0 for the other
  kinds).

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoBuiltin",
        .members            = "json-type:JSONType",
    },

SQMP
SchemaInfoBuiltin
-----------------

The further member of a builtin type.

Members:

- "json-type": the JSON type that values of this builtin have on the
  wire.

Since: 2.5

EQMP

    {
        .enum               = "JSONType",
        .values             = "string,number,int,boolean,null,object,array,value",
    },

SQMP
JSONType
--------

The JSON types a builtin type's values can have: the four primitive
and two structured types of RFC 8259, with integers told apart from
other numbers, and "value" for any JSON value.

Values:

- "string": a JSON string.
- "number": a JSON number.
- "int": a JSON number that is an integer.
- "boolean": the literal true or false.
- "null": the literal null.
- "object": a JSON object.
- "array": a JSON array.
- "value": any JSON value.

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

The further members of an enumeration type. Its values are JSON
strings on the wire.

Members:

- "members": the enumeration's values, with their features, in no
  particular order (since 6.2).
- "values": the names of the enumeration's values, in no particular
  order; the same information as "members" without the features, kept
  for older clients.

Features:

- "deprecated": "values" is deprecated; read "members" instead.

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

One value of an enumeration type.

Members:

- "name": the value, as the schema defines it.
- "features": the names of the value's features (such as
  "deprecated"), in no particular order; absent when it has none.

Since: 6.2

EQMP

    {
        .struct             = "SchemaInfoArray",
        .members            = "element-type:str",
    },

SQMP
SchemaInfoArray
---------------

The further member of an array type. Its values are JSON arrays on the
wire.

Members:

- "element-type": the name of the type of the array's elements.

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

The further members of an object type: a struct, or a union whose
variant members depend on the value of a tag member. Its values are
JSON objects on the wire.

Members:

- "members": the members every value has (not the variant ones), in
  no particular order.
- "tag": the name of the member whose value selects the variant
  members; one of "members" has this name. Present exactly when
  "variants" is.
- "variants": the variant members per value of the tag, in no
  particular order (not necessarily the order of the tag's
  enumeration). Present exactly when "tag" is.

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

One member of an object type (or one argument of a command, or one
datum of an event).

Members:

- "name": the member's name, as the schema defines it.
- "type": the name of the member's type.
- "default": present exactly when the member is optional, and then
  always null; absent when the member is required. What QEMU does
  when the member is left out is not stated here. (A later QEMU may
  give a non-null value here: the default the member then takes.)
- "features": the names of the member's features (such as
  "deprecated"), in no particular order; absent when it has none
  (since 5.0).

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

The variant members of an object type for one value of its tag.

Members:

- "case": a value of the tag member.
- "type": the name of the object type whose members are added when the
  tag has the value "case".

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoAlternate",
        .members            = "members:[SchemaInfoAlternateMember]",
    },

SQMP
SchemaInfoAlternate
-------------------

The further member of an alternate type. A value of an alternate is a
value of one of its member types; the members are chosen so that their
JSON encodings differ, so the JSON type of a value tells which member
it is.

Members:

- "members": the types a value may have, in no particular order.

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoAlternateMember",
        .members            = "type:str",
    },

SQMP
SchemaInfoAlternateMember
-------------------------

One of the types an alternate's values may have.

Members:

- "type": the name of the type.

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

The further members of a command.

Members:

- "arg-type": the name of the object type that describes the command's
  arguments (an object type without members when it takes none).
- "ret-type": the name of the type of the command's result (an object
  type without members when it returns an empty object).
- "allow-oob": true when the command may be executed out of band
  (exec-oob); absent means false (since 2.12).

Since: 2.5

EQMP

    {
        .struct             = "SchemaInfoEvent",
        .members            = "arg-type:str",
    },

SQMP
SchemaInfoEvent
---------------

The further member of an event.

Members:

- "arg-type": the name of the object type that describes the event's
  "data" (an object type without members when it carries no data).

Since: 2.5

EQMP

