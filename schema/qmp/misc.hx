HXCOMM Area 'misc'.

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

TODO

Arguments:

- "protocol": TODO
- "fdname": TODO
- "skipauth": TODO
- "tls": TODO

Since: 0.14

EQMP

    {
        .struct             = "NameInfo",
        .members            = "name:str?",
    },

SQMP
NameInfo
--------

The guest name, when one was set.

Members:

- "name": TODO

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

Report the guest name given with -name. The member is absent when no name
was set.

Arguments: None.

Returns: NameInfo

Example: -> { "execute": "query-name" }
<- { "return": { "name": "guest0" } }

Since: 0.14

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

An I/O thread and its polling settings.

Members:

- "id": TODO
- "thread-id": TODO
- "poll-max-ns": TODO
- "poll-grow": TODO
- "poll-shrink": TODO
- "aio-max-batch": TODO

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

List the I/O threads created with -object iothread or "object-add", with
their host thread ID and polling settings.

Arguments: None.

Returns: [IOThreadInfo]

Example: -> { "execute": "query-iothreads" }
<- { "return": [ { "id": "io0", "thread-id": 8258, "poll-max-ns": 32768, "poll-grow": 0, "poll-shrink": 0, "aio-max-batch": 0 } ] }

Since: 2.0

EQMP

    {
        .name               = "stop",
        .args_type          = "",
    },

SQMP
stop
----

Pause the guest: its CPUs stop executing. The STOP event follows. Stopping
a guest that is already paused is not an error.

Arguments: None.

Returns: an empty object

Example: -> { "execute": "stop" }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .name               = "cont",
        .args_type          = "",
    },

SQMP
cont
----

Let a paused guest run again; the RESUME event follows. When the guest was
started with -S this starts it for the first time.

Arguments: None.

Returns: an empty object

Example: -> { "execute": "cont" }
<- { "return": {} }

Since: 0.14

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

Leave the preconfiguration state that --preconfig started in, build the
machine and carry on with startup. It is only valid before the machine is
built.

Features:

- "unstable": TODO

Arguments: None.

Returns: an empty object

Example: -> { "execute": "x-exit-preconfig" }
<- { "return": {} }

Since: 3.0

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

Run one command of the human monitor (HMP) and return what it printed. The
output is meant for people and may change between versions; programs should
prefer the QMP command that does the same job.

Arguments:

- "command-line": the HMP command and its arguments, as typed at the (qemu)
  prompt (json-string)
- "cpu-index": the CPU that CPU-related commands act on (json-int, optional)

Features:

- "savevm-monitor-nodes": TODO

Returns: str

Example: -> { "execute": "human-monitor-command", "arguments": { "command-line": "info version" } }
<- { "return": "10.0.2Debian 1:10.0.2+ds-2+deb13u1~bpo12+1\r\n" }

Since: 0.14

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
(SCM_RIGHTS ancillary data on a Unix socket) under a name, for later
commands that take a file descriptor name.

Arguments:

- "fdname": the name to store the descriptor under; an existing one is
  replaced (json-string)

Returns: an empty object

Example: -> { "execute": "getfd", "arguments": { "fdname": "fd0" } }
<- { "return": {} }

Since: 0.14

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

TODO

Arguments:

- "info": TODO
- "fdname": TODO

Since: 8.0

EQMP

    {
        .name               = "closefd",
        .args_type          = "fdname:str",
    },

SQMP
closefd
-------

Close a file descriptor stored with "getfd".

Arguments:

- "fdname": the name it was stored under (json-string)

Returns: an empty object

Example: -> { "execute": "closefd", "arguments": { "fdname": "fd0" } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .struct             = "AddfdInfo",
        .members            = "fdset-id:int,"
                              "fd:int",
    },

SQMP
AddfdInfo
---------

Where "add-fd" put the descriptor: its set and its number in QEMU.

Members:

- "fdset-id": TODO
- "fd": TODO

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

Add a file descriptor passed along with this command (SCM_RIGHTS) to a file
descriptor set. Options such as "file" paths can then name the set as
/dev/fdset/ID, and QEMU picks a descriptor with suitable access mode.

Arguments:

- "fdset-id": the set to add to; a new set is created when absent (json-int,
  optional)
- "opaque": free-form text kept with the descriptor, for the client's
  bookkeeping (json-string, optional)

Returns: AddfdInfo

Example: -> { "execute": "add-fd", "arguments": { "fdset-id": 1, "opaque": "/tmp/fdtest rw" } }
<- { "return": { "fdset-id": 1, "fd": 11 } }

Since: 1.2

EQMP

    {
        .name               = "remove-fd",
        .args_type          = "fdset-id:int,"
                              "fd:int?",
    },

SQMP
remove-fd
---------

Remove one descriptor, or a whole set, from the file descriptor sets. A
descriptor still in use is closed once its user lets it go.

Arguments:

- "fdset-id": the set (json-int)
- "fd": the descriptor to remove; the whole set when absent (json-int,
  optional)

Returns: an empty object

Example: -> { "execute": "remove-fd", "arguments": { "fdset-id": 1, "fd": 11 } }
<- { "return": {} }

Since: 1.2

EQMP

    {
        .struct             = "FdsetFdInfo",
        .members            = "fd:int,"
                              "opaque:str?",
    },

SQMP
FdsetFdInfo
-----------

A descriptor of a set and the text stored with it.

Members:

- "fd": TODO
- "opaque": TODO

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

A file descriptor set and the descriptors in it.

Members:

- "fdset-id": TODO
- "fds": TODO

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

List the file descriptor sets and the descriptors in each.

Arguments: None.

Returns: [FdsetInfo]

Example: -> { "execute": "query-fdsets" }
<- { "return": [ { "fdset-id": 1, "fds": [ { "fd": 11, "opaque": "/tmp/fdtest rw" }, { "fd": 12 } ] } ] }

Since: 1.2

EQMP

    {
        .enum               = "CommandLineParameterType",
        .values             = "string,boolean,number,size",
    },

SQMP
CommandLineParameterType
------------------------

TODO

Values:

- "string": TODO
- "boolean": TODO
- "number": TODO
- "size": TODO

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

TODO

Members:

- "name": TODO
- "type": TODO
- "help": TODO
- "default": TODO

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

TODO

Members:

- "option": TODO
- "parameters": TODO

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

TODO

Arguments:

- "option": TODO

Returns: [CommandLineOptionInfo]. TODO

Since: 1.5

EQMP

    {
        .event              = "RTC_CHANGE",
        .data               = "offset:int,"
                              "qom-path:str",
    },

SQMP
RTC_CHANGE
----------

The guest set its real-time clock; the offset lets a management layer
keep the new time across restarts.

Data:

- "offset": the difference between the new guest time and host time, in
  seconds (json-int)
- "qom-path": the clock device that changed (json-string)

Example: <- { "event": "RTC_CHANGE", "data": { "offset": 78, "qom-path": "/machine/unattached/device[8]" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 0.13

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

TODO

Data:

- "vfu-id": TODO
- "vfu-qom-path": TODO
- "dev-id": TODO
- "dev-qom-path": TODO

Since: 7.1

EQMP

