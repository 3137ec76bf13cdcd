HXCOMM A small typed definition file that uses every construct the Rust
HXCOMM generator knows. Used by the golden tests of qmp-codegen and by the
HXCOMM compile and decode tests of the qmp crate.

SQMP
Test schema
===========

Free text before the first entry.
EQMP

    {
        .name       = "query-status",
        .args_type  = "",
        .returns    = "StatusInfo",
    },

SQMP
query-status
------------

Report whether the guest runs, in our own words.

Example:

-> { "execute": "query-status" }
<- { "return": { "running": true, "status": "running" } }

EQMP

    {
        .name       = "stop",
        .args_type  = "",
    },

SQMP
stop
----

Pause the guest.

Example:

-> { "execute": "stop" }
<- { "return": {} }

EQMP

    {
        .name       = "set-things",
        .args_type  = "type:str,foo-bar:int8?,fooBar:uint64?,size:size,ratio:number?,blob:any?,names:[str]?,self:bool?,state:RunState?",
        .features   = "unstable",
    },

SQMP
set-things
----------

Exercise argument naming: keywords, clashes, widths. Links like [this] and
tags like <b> are text, not Markdown.

    An indented line must not become a doctest.

Arguments:

- "type": a keyword as a member name
- "foo-bar": clashes with fooBar
  after Rust naming

Example:

-> { "execute": "set-things", "arguments": { "type": "a", "size": 18446744073709551615 } }
<- { "return": {} }

EQMP

    {
        .name       = "old-thing",
        .args_type  = "id:str",
        .returns    = "int",
        .features   = "deprecated",
    },

SQMP
old-thing
---------

A deprecated command returning an integer.

Example:

-> { "execute": "old-thing", "arguments": { "id": "x" } }
<- { "return": 42 }

EQMP

    {
        .name       = "plug",
        .args_type  = "model:str,extra:int?",
        .gen        = false,
    },

SQMP
plug
----

A command that takes arguments beyond its members; one of them is named
like the map that holds the rest.

Example:

-> { "execute": "plug", "arguments": { "model": "m", "extra": 1, "speed": 9 } }
<- { "return": {} }

EQMP

    {
        .name       = "ping-oob",
        .args_type  = "",
        .returns    = "[Node]",
        .allow_oob  = true,
    },

SQMP
ping-oob
--------

A command that may be sent out of band; returns a list of trees.

Example:

-> { "exec-oob": "ping-oob" }
<- { "return": [ { "name": "root", "children": [ { "name": "leaf" } ] } ] }

EQMP

    {
        .name       = "add-device",
        .args_type  = "options:DeviceOptions",
    },

SQMP
add-device
----------

Add a device described by a union.

Example:

-> { "execute": "add-device", "arguments": { "options": { "driver": "disk", "id": "d0", "file": "/tmp/x.img" } } }
<- { "return": {} }

EQMP

#if defined(CONFIG_SPICE)
    {
        .name       = "query-spice",
        .args_type  = "",
        .returns    = "Setting",
    },

SQMP
query-spice
-----------

Only in builds with SPICE.

Example:

-> { "execute": "query-spice" }
<- { "return": 1.5 }

EQMP
#endif

    {
        .struct     = "StatusInfo",
        .members    = "running:bool,status:RunState",
    },

SQMP
StatusInfo
----------

The state of the guest.

- "running": true when the guest runs
- "status": the precise run state

EQMP

    {
        .enum       = "RunState",
        .values     = "running,paused,x86_64,1024x768,unknown,self,inmigrate",
    },

SQMP
RunState
--------

Run states, including names that need escaping.

EQMP

    {
        .struct     = "Node",
        .members    = "name:str,children:[Node]?,parent:Node?,link:Other?",
    },

SQMP
Node
----

A tree: recursive through an array and directly (boxed).

EQMP

    {
        .struct     = "Other",
        .members    = "back:Node?",
    },

SQMP
Other
-----

Mutually recursive with Node.

EQMP

    {
        .struct     = "DeviceBase",
        .members    = "id:str,driver:DeviceDriver",
    },

SQMP
DeviceBase
----------

Common members of every device.

EQMP

    {
        .struct     = "DiskDevice",
        .base       = "Widths",
        .members    = "file:str,read-only:bool?",
    },

SQMP
DiskDevice
----------

A disk: inherits the members of Widths.

EQMP

    {
        .struct     = "Widths",
        .members    = "i8:int8?,i16:int16?,i32:int32?,i64:int64?,u8:uint8?,u16:uint16?,u32:uint32?,u64:uint64?,sz:size?,num:number?,any:any?,nul:null?",
    },

SQMP
Widths
------

One member of every builtin type.

EQMP

    {
        .struct     = "NetDevice",
        .members    = "mac:str",
    },

SQMP
NetDevice
---------

A network card.

EQMP

    {
        .enum       = "DeviceDriver",
        .values     = "disk,net,serial",
    },

SQMP
DeviceDriver
------------

Device drivers.

EQMP

    {
        .union         = "DeviceOptions",
        .base          = "DeviceBase",
        .discriminator = "driver",
        .variants      = "disk:DiskDevice,net:NetDevice",
    },

SQMP
DeviceOptions
-------------

Options of a device, selected by driver; "serial" has no extra members.

EQMP

    {
        .alternate  = "Setting",
        .variants   = "number:number,int:int,str:str,node:Node",
    },

SQMP
Setting
-------

A setting given as a number, an integer, a string or a tree.

EQMP

    {
        .event      = "STOP",
        .data       = "",
    },

SQMP
STOP
----

The guest stopped.

Example:

<- { "event": "STOP", "timestamp": { "seconds": 1, "microseconds": 2 } }

EQMP

    {
        .event      = "SHUTDOWN",
        .data       = "guest:bool,reason:RunState?",
    },

SQMP
SHUTDOWN
--------

The guest shut down.

Example:

<- { "event": "SHUTDOWN", "data": { "guest": true }, "timestamp": { "seconds": 1, "microseconds": 2 } }

EQMP

    {
        .event      = "OLD_EVENT",
        .data       = "info:OldInfo,kind:DeviceDriver?",
        .features   = "deprecated",
    },

SQMP
OLD_EVENT
---------

A deprecated event.

EQMP

    {
        .struct     = "OldInfo",
        .members    = "what:str",
        .features   = "deprecated",
    },

SQMP
OldInfo
-------

A deprecated struct, used by a deprecated event.

EQMP

    {
        .struct     = "UsesOld",
        .members    = "old:OldInfo,many:[OldInfo]?",
    },

SQMP
UsesOld
-------

A struct that is not deprecated but holds a deprecated one.

EQMP
