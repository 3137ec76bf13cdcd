HXCOMM Area 'misc'.

SQMP
Miscellanea
===========

Commands that fit no other area: pausing and resuming the guest,
leaving the preconfig state, the guest name, I/O threads, passing file
descriptors to QEMU (getfd, add-fd and file descriptor sets), handing
client connections to VNC, SPICE or a chardev, the human monitor, the
command line option schema, and the RTC and vfio-user events.

EQMP

    {
        .name               = "add_client",
        .args_type          = "protocol:str,"
                              "fdname:str,"
                              "skipauth:bool?,"
                              "tls:bool?",
    },

SQMP
add_client
----------

Hand an already connected client socket to QEMU: to the VNC or SPICE
server, to the D-Bus display, or to a socket character device. The
socket must first be passed to QEMU with getfd (SCM_RIGHTS); add_client
then takes it over under its name.

Arguments:

- "protocol": who gets the client: "vnc", "spice", "@dbus-display", or
  the ID of a character device (as given with -chardev id=...).
- "fdname": the name the socket was stored under with getfd.
- "skipauth": true to let the client in without authentication. Only
  for "vnc" and "spice"; when absent, the client must authenticate as
  usual.
- "tls": true to use TLS on the connection. Only for "spice".

Errors:

- GenericError when no descriptor has that name, or when it is not a
  socket (the descriptor is closed then).
- DeviceNotActive when the protocol's server is not in use (for
  example "spice" in a QEMU running without SPICE).

Since: 0.14

Example:

(Captured with -vnc none and -chardev socket,id=c0,...; each socket
was passed with getfd before, the last descriptor is a regular file.)

-> {"execute": "add_client", "arguments": {"protocol": "vnc", "fdname": "myclient", "skipauth": true}}
<- {"return": {}}
-> {"execute": "add_client", "arguments": {"protocol": "c0", "fdname": "cl2"}}
<- {"return": {}}
-> {"execute": "add_client", "arguments": {"protocol": "spice", "fdname": "cl3", "tls": false}}
<- {"error": {"class": "DeviceNotActive", "desc": "SPICE is not in use"}}
-> {"execute": "add_client", "arguments": {"protocol": "vnc", "fdname": "cl4"}}
<- {"error": {"class": "GenericError", "desc": "parameter @fdname must name a socket"}}

EQMP

    {
        .struct             = "NameInfo",
        .members            = "name:str?",
    },

SQMP
NameInfo
--------

The name of the guest.

Members:

- "name": the name given with -name; absent when none was given.

Since: 0.14

EQMP

    {
        .name               = "query-name",
        .args_type          = "",
        .returns            = "NameInfo",
        .allow_preconfig    = true,
    },

SQMP
query-name
----------

Report the guest's name, as given with -name.

Returns: a NameInfo, whose member is absent when the guest has no
name.

Since: 0.14

Example:

(Captured with -name guest0, then without -name.)

-> {"execute": "query-name"}
<- {"return": {"name": "guest0"}}
-> {"execute": "query-name"}
<- {"return": {}}

EQMP

    {
        .struct             = "IOThreadInfo",
        .members            = "id:str,"
                              "thread-id:int,"
                              "poll-max-ns:int,"
                              "poll-grow:int,"
                              "poll-shrink:int,"
                              "aio-max-batch:int",
    },

SQMP
IOThreadInfo
------------

An I/O thread (an iothread object) and its settings.

Members:

- "id": the ID of the iothread object.
- "thread-id": the host's ID of the thread (its Linux TID), for
  example to pin it to host CPUs.
- "poll-max-ns": the longest time the thread busy-polls for new work
  before it sleeps, in nanoseconds; 0 when polling is off (since 2.9).
- "poll-grow": by how many nanoseconds the polling time grows when
  polling pays off; 0 when it is not configured (since 2.9).
- "poll-shrink": by how many nanoseconds the polling time shrinks when
  polling does not pay off; 0 when it is not configured (since 2.9).
- "aio-max-batch": the most requests the thread's AIO engine submits
  in one batch; 0 when the engine uses its own default (since 6.1).

Since: 2.0

EQMP

    {
        .name               = "query-iothreads",
        .args_type          = "",
        .returns            = "[IOThreadInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-iothreads
---------------

List the I/O threads created with -object iothread or object-add, with
their host thread IDs and polling settings. QEMU's main loop thread is
not in the list: it is no iothread object, and always the main thread
of the process.

Returns: a list of IOThreadInfo, one per iothread (empty when there
is none).

Since: 2.0

Example:

(Captured with -object iothread,id=io0, then without iothreads.)

-> {"execute": "query-iothreads"}
<- {"return": [{"poll-shrink": 0, "thread-id": 30373, "aio-max-batch": 0, "poll-grow": 0, "poll-max-ns": 32768, "id": "io0"}]}
-> {"execute": "query-iothreads"}
<- {"return": []}

EQMP

    {
        .name               = "stop",
        .args_type          = "",
    },

SQMP
stop
----

Pause the guest: its CPUs stop executing, the run state becomes
"paused" and a STOP event is sent. It succeeds also when the guest is
already stopped. In the "inmigrate" state it makes the guest stay
paused when the incoming migration completes, as -S would. In the
"suspended" state it stops the VM completely, moving it to "paused"
(since 9.0).

Since: 0.14

Example:

-> {"execute": "stop"}
<- {"return": {}}

EQMP

    {
        .name               = "cont",
        .args_type          = "",
    },

SQMP
cont
----

Let the guest run: its CPUs execute again, a RESUME event is sent, and
a QEMU started with -S starts the guest for the first time. It succeeds
also when the guest already runs. In the "inmigrate" state it makes
the guest start once the incoming migration completes, undoing -S. A
guest that was suspended when it was stopped, and was neither reset
nor woken since, returns to "suspended" (since 9.0).

Since: 0.14

Example:

-> {"execute": "cont"}
<- {"return": {}}

EQMP

    {
        .name               = "x-exit-preconfig",
        .args_type          = "",
        .allow_preconfig    = true,
        .features           = "unstable",
    },

SQMP
x-exit-preconfig
----------------

Leave the preconfig state: QEMU builds the machine from the command
line and from what was configured over QMP during preconfig, and goes
on with its startup. Only available in the preconfig state, that is
when QEMU was started with --preconfig.

Features:

- "unstable": the command is experimental and may change or go away.

Errors:

- GenericError when QEMU is not in the preconfig state (the machine is
  already built).

Since: 3.0

Example:

(Captured from qemu-system-x86_64 --preconfig.)

-> {"execute": "x-exit-preconfig"}
<- {"return": {}}
-> {"execute": "x-exit-preconfig"}
<- {"error": {"class": "GenericError", "desc": "The command is permitted only before machine initialization"}}

EQMP

    {
        .name               = "human-monitor-command",
        .args_type          = "command-line:str,"
                              "cpu-index:int?",
        .returns            = "str",
        .features           = "savevm-monitor-nodes",
    },

SQMP
human-monitor-command
---------------------

Run one command of the human monitor (HMP) and return what it printed.
A stop-gap, and its use is strongly discouraged: HMP commands, their
arguments and their output may change or disappear in any release, so
software that needs stability must use QMP commands instead. It is
stateless: HMP commands that rely on state (such as getfd) may not
work, and commands that prompt for input do not work.

Arguments:

- "command-line": the HMP command and its arguments, as typed at the
  (qemu) prompt.
- "cpu-index": the CPU that commands acting on an implicit CPU (such
  as "info registers") use; the first CPU when absent.

Features:

- "savevm-monitor-nodes": when present, the HMP command savevm
  snapshots only block nodes that the monitor owns and that have no
  parents, which makes savevm usable with -blockdev (since 4.2).

Returns: the output of the command as a string, with "\r\n" line
endings; an unknown HMP command gives its error message as output,
not an error reply.

Errors:

- GenericError when "cpu-index" names no CPU.

Since: 0.14

Example:

-> {"execute": "human-monitor-command", "arguments": {"command-line": "info status"}}
<- {"return": "VM status: paused (prelaunch)\r\n"}
-> {"execute": "human-monitor-command", "arguments": {"command-line": "nosuch"}}
<- {"return": "unknown command: 'nosuch'\r\n"}
-> {"execute": "human-monitor-command", "arguments": {"command-line": "info status", "cpu-index": 5}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'cpu-index' expects a CPU number"}}

EQMP

#if defined(CONFIG_POSIX)
    {
        .name               = "getfd",
        .args_type          = "fdname:str",
    },
#endif

SQMP
getfd
-----

Store a file descriptor that the client passes along with this command
(as SCM_RIGHTS ancillary data on the Unix socket) under a name, for
commands that take a descriptor name (add_client, socket addresses of
type "fd", ...). A descriptor already stored under that name is closed
and replaced. closefd closes it when it is no longer needed. Only on
POSIX hosts.

Arguments:

- "fdname": the name to store the descriptor under. It must not start
  with a digit (digits name descriptors by number elsewhere, see
  FdSocketAddress).

Errors:

- GenericError when no descriptor came with the command, or when
  "fdname" starts with a digit.

Since: 0.14

Example:

(The first and third command were sent with a descriptor, the second
without.)

-> {"execute": "getfd", "arguments": {"fdname": "fd1"}}
<- {"return": {}}
-> {"execute": "getfd", "arguments": {"fdname": "fd2"}}
<- {"error": {"class": "GenericError", "desc": "No file descriptor supplied via SCM_RIGHTS"}}
-> {"execute": "getfd", "arguments": {"fdname": "5abc"}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'fdname' expects a name not starting with a digit"}}

EQMP

#if defined(CONFIG_WIN32)
    {
        .name               = "get-win32-socket",
        .args_type          = "info:str,"
                              "fdname:str",
    },
#endif

SQMP
get-win32-socket
----------------

The Windows counterpart of getfd: store a socket that the client
duplicated into the QEMU process (with WSADuplicateSocketW()) under a
name. QEMU recreates the socket from its WSAPROTOCOL_INFOW structure
with WSASocket() and ties it to a C runtime file descriptor. A
descriptor already stored under that name is closed and replaced;
closefd closes it when it is no longer needed. Only on Windows hosts.

Arguments:

- "info": the WSAPROTOCOL_INFOW structure of the duplicated socket,
  encoded in base64.
- "fdname": the name to store the socket under.

Since: 8.0

Example:

(Written from the schema, not captured from a server.)

-> {"execute": "get-win32-socket", "arguments": {"info": "AQAAAAAAAAA=", "fdname": "skclient"}}
<- {"return": {}}

EQMP

    {
        .name               = "closefd",
        .args_type          = "fdname:str",
    },

SQMP
closefd
-------

Close a file descriptor stored with getfd (or get-win32-socket) and
forget its name.

Arguments:

- "fdname": the name it was stored under.

Errors:

- GenericError when no descriptor has that name.

Since: 0.14

Example:

-> {"execute": "closefd", "arguments": {"fdname": "fd1"}}
<- {"return": {}}
-> {"execute": "closefd", "arguments": {"fdname": "fd1"}}
<- {"error": {"class": "GenericError", "desc": "File descriptor named 'fd1' not found"}}

EQMP

    {
        .struct             = "AddfdInfo",
        .members            = "fdset-id:int,"
                              "fd:int",
    },

SQMP
AddfdInfo
---------

Where add-fd put the descriptor it received.

Members:

- "fdset-id": the ID of the descriptor set it was added to.
- "fd": the number of the descriptor in the QEMU process (QEMU's copy
  of the descriptor received with SCM_RIGHTS).

Since: 1.2

EQMP

    {
        .name               = "add-fd",
        .args_type          = "fdset-id:int?,"
                              "opaque:str?",
        .returns            = "AddfdInfo",
    },

SQMP
add-fd
------

Add a file descriptor that the client passes along with this command
(SCM_RIGHTS) to a file descriptor set. Options that take a file name
can then name the set as /dev/fdset/ID, and QEMU uses a descriptor of
the set instead of opening the file itself. The sets are shared by all
monitor connections.

Arguments:

- "fdset-id": the ID of the set to add the descriptor to; a new set is
  created when absent. Must not be negative.
- "opaque": free-form text stored with the descriptor, for the
  client's own bookkeeping (query-fdsets shows it).

Returns: an AddfdInfo with the set and QEMU's number of the
descriptor.

Errors:

- GenericError when no descriptor came with the command.
- GenericError when "fdset-id" is negative.

Since: 1.2

Example:

(Each successful command was sent with a descriptor of a file.)

-> {"execute": "add-fd", "arguments": {"fdset-id": 1, "opaque": "rdwr:/tmp/rs.KF4D/f1"}}
<- {"return": {"fd": 16, "fdset-id": 1}}
-> {"execute": "add-fd", "arguments": {"fdset-id": 1}}
<- {"return": {"fd": 17, "fdset-id": 1}}
-> {"execute": "add-fd"}
<- {"return": {"fd": 18, "fdset-id": 0}}
-> {"execute": "add-fd", "arguments": {"fdset-id": 2}}
<- {"error": {"class": "GenericError", "desc": "No file descriptor supplied via SCM_RIGHTS"}}
-> {"execute": "add-fd", "arguments": {"fdset-id": -1}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'fdset-id' expects a non-negative value"}}

EQMP

    {
        .name               = "remove-fd",
        .args_type          = "fdset-id:int,"
                              "fd:int?",
    },

SQMP
remove-fd
---------

Remove a file descriptor, or all descriptors of a set, from the file
descriptor sets. The sets are shared by all monitor connections.

Arguments:

- "fdset-id": the ID of the set the descriptor belongs to.
- "fd": QEMU's number of the descriptor to remove (as add-fd or
  query-fdsets gave it); every descriptor of the set when absent.

Errors:

- GenericError when the set, or the descriptor in it, does not exist.

Since: 1.2

Example:

-> {"execute": "remove-fd", "arguments": {"fdset-id": 1, "fd": 17}}
<- {"return": {}}
-> {"execute": "remove-fd", "arguments": {"fdset-id": 0}}
<- {"return": {}}
-> {"execute": "remove-fd", "arguments": {"fdset-id": 9}}
<- {"error": {"class": "GenericError", "desc": "File descriptor named 'fdset-id:9' not found"}}

EQMP

    {
        .struct             = "FdsetFdInfo",
        .members            = "fd:int,"
                              "opaque:str?",
    },

SQMP
FdsetFdInfo
-----------

One descriptor of a file descriptor set.

Members:

- "fd": QEMU's number of the descriptor.
- "opaque": the text given with add-fd; absent when none was given.

Since: 1.2

EQMP

    {
        .struct             = "FdsetInfo",
        .members            = "fdset-id:int,"
                              "fds:[FdsetFdInfo]",
    },

SQMP
FdsetInfo
---------

A file descriptor set and its descriptors.

Members:

- "fdset-id": the ID of the set (as used in /dev/fdset/ID).
- "fds": the descriptors in the set.

Since: 1.2

EQMP

    {
        .name               = "query-fdsets",
        .args_type          = "",
        .returns            = "[FdsetInfo]",
    },

SQMP
query-fdsets
------------

List the file descriptor sets (made with add-fd or -add-fd) and the
descriptors in each. The sets are shared by all monitor connections.

Returns: a list of FdsetInfo, one per set (empty when there is none).

Since: 1.2

Example:

(Captured after the add-fd examples.)

-> {"execute": "query-fdsets"}
<- {"return": [{"fds": [{"fd": 16, "opaque": "rdwr:/tmp/rs.KF4D/f1"}, {"fd": 17}], "fdset-id": 1}, {"fds": [{"fd": 18}], "fdset-id": 0}]}

EQMP

    {
        .enum               = "CommandLineParameterType",
        .values             = "string,boolean,number,size",
    },

SQMP
CommandLineParameterType
------------------------

The kind of value a parameter of a command line option takes.

Values:

- "string": a character string.
- "boolean": "on" or "off".
- "number": a number.
- "size": a number, optionally followed by a suffix K (kilo), M (mega),
  G (giga) or T (tera).

Since: 1.5

EQMP

    {
        .struct             = "CommandLineParameterInfo",
        .members            = "name:str,"
                              "type:CommandLineParameterType,"
                              "help:str?,"
                              "default:str?",
    },

SQMP
CommandLineParameterInfo
------------------------

One parameter of a command line option.

Members:

- "name": the name of the parameter.
- "type": the kind of value it takes.
- "help": a description for people; not meant to be parsed. Absent
  when the parameter has none.
- "default": the default value, as text; absent when QEMU does not
  state one (since 2.1).

Since: 1.5

EQMP

    {
        .struct             = "CommandLineOptionInfo",
        .members            = "option:str,"
                              "parameters:[CommandLineParameterInfo]",
    },

SQMP
CommandLineOptionInfo
---------------------

A command line option and the parameters it takes.

Members:

- "option": the name of the option (without the leading dash).
- "parameters": its parameters; empty for options whose parameters
  are not described here, such as "device", "netdev" or "object",
  whose parameters depend on the type chosen.

Since: 1.5

EQMP

    {
        .name               = "query-command-line-options",
        .args_type          = "option:str?",
        .returns            = "[CommandLineOptionInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-command-line-options
--------------------------

Describe the command line options of this QEMU and their parameters,
so that a management tool can find out which options and parameters it
may use.

Arguments:

- "option": the name of one option to describe; all options when
  absent.

Returns: a list of CommandLineOptionInfo: one per option, or just the
one named.

Errors:

- GenericError when the named option does not exist.

Since: 1.5

Example:

-> {"execute": "query-command-line-options", "arguments": {"option": "msg"}}
<- {"return": [{"parameters": [{"name": "guest-name", "help": "Prepends guest name for error messages but only if -name guest is set otherwise option is ignored\n", "type": "boolean"}, {"name": "timestamp", "type": "boolean"}], "option": "msg"}]}
-> {"execute": "query-command-line-options", "arguments": {"option": "nosuch"}}
<- {"error": {"class": "GenericError", "desc": "invalid option name: nosuch"}}

EQMP

    {
        .event              = "RTC_CHANGE",
        .data               = "offset:int,"
                              "qom-path:str",
    },

SQMP
RTC_CHANGE
----------

The guest set its real-time clock. A management layer can store the
offset and pass it with -rtc base=... on the next start, so that the
guest keeps its time. The event is rate-limited; not every RTC model
sends it, and a machine may have no RTC at all.

Data:

- "offset": the difference, in seconds, between the new RTC time and
  the base RTC time (as set with -rtc base).
- "qom-path": the QOM path of the RTC device.

Since: 0.13

Example:

(The guest set the year register of the PC's RTC to 2030.)

<- {"timestamp": {"seconds": 1796448911, "microseconds": 452905}, "event": "RTC_CHANGE", "data": {"offset": 126230393, "qom-path": "/machine/unattached/device[3]/rtc"}}

EQMP

    {
        .event              = "VFU_CLIENT_HANGUP",
        .data               = "vfu-id:str,"
                              "vfu-qom-path:str,"
                              "dev-id:str,"
                              "dev-qom-path:str",
    },

SQMP
VFU_CLIENT_HANGUP
-----------------

The client of a vfio-user server (an x-vfio-user-server object, which
exports a PCI device to another process) closed its connection.

Data:

- "vfu-id": the ID of the x-vfio-user-server object, which is the last
  part of "vfu-qom-path".
- "vfu-qom-path": the QOM path of the x-vfio-user-server object.
- "dev-id": the ID of the PCI device the server exports.
- "dev-qom-path": the QOM path of that PCI device.

Since: 7.1

Example:

(Written from the schema, not captured from a server.)

<- {"event": "VFU_CLIENT_HANGUP", "data": {"vfu-id": "vfu1", "vfu-qom-path": "/objects/vfu1", "dev-id": "lsi1", "dev-qom-path": "/machine/peripheral/lsi1"}, "timestamp": {"seconds": 1796449200, "microseconds": 450486}}

EQMP

