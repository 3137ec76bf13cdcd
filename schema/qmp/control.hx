HXCOMM Area 'control'.

SQMP
QMP monitor control
===================

The QMP connection itself: capabilities negotiation, the version of
QEMU, the list of commands, quitting QEMU, and the options of monitors.

EQMP

    {
        .name               = "qmp_capabilities",
        .args_type          = "enable:[QMPCapability]?",
        .allow_preconfig    = true,
    },

SQMP
qmp_capabilities
----------------

Leave capabilities negotiation and enter command mode. A client that
connects receives the greeting, which lists the capabilities the
server offers, and must send this command first: every other command
is refused until it succeeded, and once it has, it is refused itself.
Capabilities are off unless named here.

Arguments:

- "enable": the capabilities to turn on for this connection; each must
  be one the greeting offered. No capability is turned on when absent
  (since 2.12).

Errors:

- CommandNotFound when capabilities negotiation is already complete.
- GenericError when a capability was not offered in the greeting.

Since: 0.13

Example:

(The greeting of the server offered "oob". The command was sent twice
on the same connection.)

-> {"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}
<- {"return": {}}
-> {"execute": "qmp_capabilities"}
<- {"error": {"class": "CommandNotFound", "desc": "Capabilities negotiation is already complete, command ignored"}}

EQMP

    {
        .enum               = "QMPCapability",
        .values             = "oob",
    },

SQMP
QMPCapability
-------------

Optional protocol extensions that the server offers in its greeting
and that a client turns on with qmp_capabilities.

Values:

- "oob": out-of-band execution: commands that allow it may be sent
  with "exec-oob" instead of "execute" and run at once, even while
  earlier commands are still being processed (see the QMP
  specification).

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

A version number of three parts, major.minor.micro.

Members:

- "major": the major version.
- "minor": the minor version.
- "micro": the micro version.

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

The version of a QEMU: the upstream version numbers and the package
string of a downstream build.

Members:

- "qemu": the upstream version. By convention, a micro version below
  50 is a stable release, 50 is a development tree, and 90 or more is
  a release candidate of the next minor version.
- "package": the downstream (distribution) version: always the empty
  string in upstream QEMU; downstream builds set it, preferably to a
  unique name.

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

Report which QEMU the client is talking to: the upstream version
numbers and the package string of a distribution build. Accepted in
the preconfig state.

Returns: a VersionInfo.

Since: 0.14

Example:

-> {"execute": "query-version"}
<- {"return": {"qemu": {"micro": 2, "minor": 0, "major": 10}, "package": "Debian 1:10.0.2+ds-2+deb13u1~bpo12+1"}}

EQMP

    {
        .struct             = "CommandInfo",
        .members            = "name:str",
    },

SQMP
CommandInfo
-----------

A command of this QEMU, as listed by query-commands.

Members:

- "name": the command's name.

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

List the commands this QEMU accepts. The list depends on the build and
the target, so a client can check whether a command is available
before it relies on it (query-qmp-schema also tells the arguments).
Accepted in the preconfig state.

Returns: a list of CommandInfo, one per command, in no particular
order.

Since: 0.14

Example:

(Captured from qemu-system-x86_64 and shortened from 233 commands.)

-> {"execute": "query-commands"}
<- {"return": [{"name": "device_add"}, {"name": "cxl-release-dynamic-capacity"}, {"name": "query-status"}, {"name": "qmp_capabilities"}]}

EQMP

    {
        .name               = "quit",
        .args_type          = "",
        .allow_preconfig    = true,
    },

SQMP
quit
----

Make QEMU exit, in an orderly way, whatever -no-shutdown or the
shutdown action say. A SHUTDOWN event with the reason "host-qmp-quit"
is sent. QEMU tries to send the reply before it exits but does not
promise to, so a client must expect the connection to close without a
reply. Accepted in the preconfig state.

Since: 0.14

Example:

-> {"execute": "quit"}
<- {"return": {}}

EQMP

    {
        .enum               = "MonitorMode",
        .values             = "readline,control",
    },

SQMP
MonitorMode
-----------

The kind of monitor on a character device.

Values:

- "readline": the human monitor (HMP): a command line for people.
- "control": the machine monitor (QMP): the JSON protocol.

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

The options of a monitor, as given to -mon (qemu-system) or
--monitor (qemu-storage-daemon).

Members:

- "id": a name for the monitor; absent: none.
- "mode": the kind of monitor; when absent "readline" in the system
  emulator and "control" in qemu-storage-daemon.
- "pretty": true to pretty-print the JSON the monitor sends (QMP
  only); default false.
- "chardev": the ID of the character device the monitor uses.

Since: 5.0

EQMP

