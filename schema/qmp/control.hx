HXCOMM Area 'control'.

    {
        .name               = "qmp_capabilities",
        .args_type          = "enable:[QMPCapability]?",
        .allow_preconfig    = true,
    },

SQMP
qmp_capabilities
----------------

Leave capabilities negotiation mode and enter command mode. A freshly
connected client sees the greeting and may send only this command; every
other command is refused until it succeeds. Optional protocol capabilities
offered in the greeting are switched on by naming them here.

Arguments:

- "enable": capabilities to switch on for this connection; each must have
  been offered in the greeting (json-array, array of QMPCapability,
  optional)

Returns: an empty object

Example: -> { "execute": "qmp_capabilities", "arguments": { "enable": [ "oob" ] } }
<- { "return": {} }

Since: 0.13

EQMP

    {
        .enum               = "QMPCapability",
        .values             = "oob",
    },

SQMP
QMPCapability
-------------

Optional protocol features a client can switch on with "qmp_capabilities".
"oob" allows out-of-band execution with "exec-oob".

Values:

- "oob": TODO

Since: 2.12

EQMP

    {
        .struct             = "VersionTriple",
        .members            = "major:int,"
                              "minor:int,"
                              "micro:int",
    },

SQMP
VersionTriple
-------------

A major.minor.micro version number.

Members:

- "major": TODO
- "minor": TODO
- "micro": TODO

Since: 2.4

EQMP

    {
        .struct             = "VersionInfo",
        .members            = "qemu:VersionTriple,"
                              "package:str",
    },

SQMP
VersionInfo
-----------

The version of a QEMU: upstream numbers plus the distribution's package
string (empty for an upstream build).

Members:

- "qemu": TODO
- "package": TODO

Since: 0.14

EQMP

    {
        .name               = "query-version",
        .args_type          = "",
        .returns            = "VersionInfo",
        .allow_preconfig    = true,
    },

SQMP
query-version
-------------

Report which QEMU the client is talking to: the upstream version numbers
and the distribution's package string.

Arguments: None.

Returns: VersionInfo

Example: -> { "execute": "query-version" }
<- { "return": { "qemu": { "major": 10, "minor": 0, "micro": 2 }, "package": "Debian 1:10.0.2+ds-2+deb13u1~bpo12+1" } }

Since: 0.14

EQMP

    {
        .struct             = "CommandInfo",
        .members            = "name:str",
    },

SQMP
CommandInfo
-----------

One command name, as listed by "query-commands".

Members:

- "name": TODO

Since: 0.14

EQMP

    {
        .name               = "query-commands",
        .args_type          = "",
        .returns            = "[CommandInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-commands
--------------

List the names of every command this QEMU accepts on this monitor. The list
depends on the build and the target; a client can use it to find out whether
an optional command is available before calling it.

Arguments: None.

Returns: [CommandInfo]

Example: -> { "execute": "query-commands" }
<- { "return": [ { "name": "device_add" }, { "name": "query-status" }, { "name": "qmp_capabilities" } ] }

Since: 0.14

EQMP

    {
        .name               = "quit",
        .args_type          = "",
        .allow_preconfig    = true,
    },

SQMP
quit
----

Terminate QEMU at once. The reply is sent before the process exits, followed
by a SHUTDOWN event; the connection is then closed.

Arguments: None.

Returns: an empty object

Example: -> { "execute": "quit" }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .enum               = "MonitorMode",
        .values             = "readline,control",
    },

SQMP
MonitorMode
-----------

TODO

Values:

- "readline": TODO
- "control": TODO

Since: 5.0

EQMP

    {
        .struct             = "MonitorOptions",
        .members            = "id:str?,"
                              "mode:MonitorMode?,"
                              "pretty:bool?,"
                              "chardev:str",
    },

SQMP
MonitorOptions
--------------

TODO

Members:

- "id": TODO
- "mode": TODO
- "pretty": TODO
- "chardev": TODO

Since: 5.0

EQMP

