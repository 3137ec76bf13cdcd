HXCOMM Area 'char'.

    {
        .struct             = "ChardevInfo",
        .members            = "label:str,"
                              "filename:str,"
                              "frontend-open:bool",
    },

SQMP
ChardevInfo
-----------

A character device and what it is connected to.

Members:

- "label": TODO
- "filename": TODO
- "frontend-open": TODO

Since: 0.14

EQMP

    {
        .name               = "query-chardev",
        .args_type          = "",
        .returns            = "[ChardevInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-chardev
-------------

List the character devices (backends) with their label and a description
of what they are connected to.

Arguments: None.

Returns: [ChardevInfo]

Example: -> { "execute": "query-chardev" }
<- { "return": [ { "label": "rb0", "filename": "ringbuf", "frontend-open": false }, { "label": "compat_monitor0", "filename": "unix:/tmp/qmp.sock,server=on", "frontend-open": true } ] }

Since: 0.14

EQMP

    {
        .struct             = "ChardevBackendInfo",
        .members            = "name:str",
    },

SQMP
ChardevBackendInfo
------------------

A character device backend type.

Members:

- "name": TODO

Since: 2.0

EQMP

    {
        .name               = "query-chardev-backends",
        .args_type          = "",
        .returns            = "[ChardevBackendInfo]",
    },

SQMP
query-chardev-backends
----------------------

List the character device backend types this QEMU supports.

Arguments: None.

Returns: [ChardevBackendInfo]

Example: -> { "execute": "query-chardev-backends" }
<- { "return": [ { "name": "socket" }, { "name": "file" }, { "name": "ringbuf" }, { "name": "null" } ] }

Since: 2.0

EQMP

    {
        .enum               = "DataFormat",
        .values             = "utf8,base64",
    },

SQMP
DataFormat
----------

How data passed to or from a ring buffer is encoded.

Values:

- "utf8": TODO
- "base64": TODO

Since: 1.4

EQMP

    {
        .name               = "ringbuf-write",
        .args_type          = "device:str,"
                              "data:str,"
                              "format:DataFormat?",
    },

SQMP
ringbuf-write
-------------

Append data to a ring buffer character device; the oldest data is
overwritten when it is full.

Arguments:

- "device": the ring buffer's identifier (json-string)
- "data": the data to write (json-string)
- "format": how "data" is encoded (default utf8) (json-string, DataFormat,
  optional)

Returns: an empty object

Example: -> { "execute": "ringbuf-write", "arguments": { "device": "rb0", "data": "hello" } }
<- { "return": {} }

Since: 1.4

EQMP

    {
        .name               = "ringbuf-read",
        .args_type          = "device:str,"
                              "size:int,"
                              "format:DataFormat?",
        .returns            = "str",
    },

SQMP
ringbuf-read
------------

Take up to "size" bytes out of a ring buffer character device.

Arguments:

- "device": the ring buffer's identifier (json-string)
- "size": the maximum number of bytes to read (json-int)
- "format": how the reply is encoded (default utf8; use base64 for binary
  data) (json-string, DataFormat, optional)

Returns: str

Example: -> { "execute": "ringbuf-read", "arguments": { "device": "rb0", "size": 5 } }
<- { "return": "hello" }

Since: 1.4

EQMP

    {
        .struct             = "ChardevCommon",
        .members            = "logfile:str?,"
                              "logappend:bool?",
    },

SQMP
ChardevCommon
-------------

TODO

Members:

- "logfile": TODO
- "logappend": TODO

Since: 2.6

EQMP

    {
        .struct             = "ChardevFile",
        .base               = "ChardevCommon",
        .members            = "in:str?,"
                              "out:str,"
                              "append:bool?",
    },

SQMP
ChardevFile
-----------

TODO

Members:

- "in": TODO
- "out": TODO
- "append": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevHostdev",
        .base               = "ChardevCommon",
        .members            = "device:str",
    },

SQMP
ChardevHostdev
--------------

TODO

Members:

- "device": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevSocket",
        .base               = "ChardevCommon",
        .members            = "addr:SocketAddressLegacy,"
                              "tls-creds:str?,"
                              "tls-authz:str?,"
                              "server:bool?,"
                              "wait:bool?,"
                              "nodelay:bool?,"
                              "telnet:bool?,"
                              "tn3270:bool?,"
                              "websocket:bool?,"
                              "reconnect:int? +deprecated,"
                              "reconnect-ms:int?",
    },

SQMP
ChardevSocket
-------------

TODO

Members:

- "addr": TODO
- "tls-creds": TODO
- "tls-authz": TODO
- "server": TODO
- "wait": TODO
- "nodelay": TODO
- "telnet": TODO
- "tn3270": TODO
- "websocket": TODO
- "reconnect": TODO
- "reconnect-ms": TODO

Features:

- "deprecated": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevUdp",
        .base               = "ChardevCommon",
        .members            = "remote:SocketAddressLegacy,"
                              "local:SocketAddressLegacy?",
    },

SQMP
ChardevUdp
----------

TODO

Members:

- "remote": TODO
- "local": TODO

Since: 1.5

EQMP

    {
        .struct             = "ChardevMux",
        .base               = "ChardevCommon",
        .members            = "chardev:str",
    },

SQMP
ChardevMux
----------

TODO

Members:

- "chardev": TODO

Since: 1.5

EQMP

    {
        .struct             = "ChardevHub",
        .base               = "ChardevCommon",
        .members            = "chardevs:[str]",
    },

SQMP
ChardevHub
----------

TODO

Members:

- "chardevs": TODO

Since: 10.0

EQMP

    {
        .struct             = "ChardevStdio",
        .base               = "ChardevCommon",
        .members            = "signal:bool?",
    },

SQMP
ChardevStdio
------------

TODO

Members:

- "signal": TODO

Since: 1.5

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "ChardevSpiceChannel",
        .base               = "ChardevCommon",
        .members            = "type:str",
    },
#endif

SQMP
ChardevSpiceChannel
-------------------

TODO

Members:

- "type": TODO

Since: 1.5

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "ChardevSpicePort",
        .base               = "ChardevCommon",
        .members            = "fqdn:str",
    },
#endif

SQMP
ChardevSpicePort
----------------

TODO

Members:

- "fqdn": TODO

Since: 1.5

EQMP

#if defined(CONFIG_DBUS_DISPLAY)
    {
        .struct             = "ChardevDBus",
        .base               = "ChardevCommon",
        .members            = "name:str",
    },
#endif

SQMP
ChardevDBus
-----------

TODO

Members:

- "name": TODO

Since: 7.0

EQMP

    {
        .struct             = "ChardevVC",
        .base               = "ChardevCommon",
        .members            = "width:int?,"
                              "height:int?,"
                              "cols:int?,"
                              "rows:int?",
    },

SQMP
ChardevVC
---------

TODO

Members:

- "width": TODO
- "height": TODO
- "cols": TODO
- "rows": TODO

Since: 1.5

EQMP

    {
        .struct             = "ChardevRingbuf",
        .base               = "ChardevCommon",
        .members            = "size:int?",
    },

SQMP
ChardevRingbuf
--------------

TODO

Members:

- "size": TODO

Since: 1.5

EQMP

#if defined(CONFIG_SPICE_PROTOCOL)
    {
        .struct             = "ChardevQemuVDAgent",
        .base               = "ChardevCommon",
        .members            = "mouse:bool?,"
                              "clipboard:bool?",
    },
#endif

SQMP
ChardevQemuVDAgent
------------------

TODO

Members:

- "mouse": TODO
- "clipboard": TODO

Since: 6.1

EQMP

    {
        .struct             = "ChardevPty",
        .base               = "ChardevCommon",
        .members            = "path:str?",
    },

SQMP
ChardevPty
----------

TODO

Members:

- "path": TODO

Since: 9.2

EQMP

    {
        .enum               = "ChardevBackendKind",
        .values             = "file,"
#if defined(HAVE_CHARDEV_SERIAL)
                              "serial,"
#endif
#if defined(HAVE_CHARDEV_PARALLEL)
                              "parallel,"
#endif
                              "pipe,socket,udp,pty,null,mux,hub,msmouse,wctablet,"
#if defined(CONFIG_BRLAPI)
                              "braille,"
#endif
                              "testdev,stdio,"
#if defined(CONFIG_WIN32)
                              "console,"
#endif
#if defined(CONFIG_SPICE)
                              "spicevmc,"
#endif
#if defined(CONFIG_SPICE)
                              "spiceport,"
#endif
#if defined(CONFIG_SPICE_PROTOCOL)
                              "qemu-vdagent,"
#endif
#if defined(CONFIG_DBUS_DISPLAY)
                              "dbus,"
#endif
                              "vc,ringbuf,"
                              "memory +deprecated",
    },

SQMP
ChardevBackendKind
------------------

TODO

Values:

- "file": TODO
- "serial": TODO
- "parallel": TODO
- "pipe": TODO
- "socket": TODO
- "udp": TODO
- "pty": TODO
- "null": TODO
- "mux": TODO
- "hub": TODO
- "msmouse": TODO
- "wctablet": TODO
- "braille": TODO
- "testdev": TODO
- "stdio": TODO
- "console": TODO
- "spicevmc": TODO
- "spiceport": TODO
- "qemu-vdagent": TODO
- "dbus": TODO
- "vc": TODO
- "ringbuf": TODO
- "memory": TODO

Features:

- "deprecated": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevFileWrapper",
        .members            = "data:ChardevFile",
    },

SQMP
ChardevFileWrapper
------------------

TODO

Members:

- "data": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevHostdevWrapper",
        .members            = "data:ChardevHostdev",
    },

SQMP
ChardevHostdevWrapper
---------------------

TODO

Members:

- "data": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevSocketWrapper",
        .members            = "data:ChardevSocket",
    },

SQMP
ChardevSocketWrapper
--------------------

TODO

Members:

- "data": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevUdpWrapper",
        .members            = "data:ChardevUdp",
    },

SQMP
ChardevUdpWrapper
-----------------

TODO

Members:

- "data": TODO

Since: 1.5

EQMP

    {
        .struct             = "ChardevCommonWrapper",
        .members            = "data:ChardevCommon",
    },

SQMP
ChardevCommonWrapper
--------------------

TODO

Members:

- "data": TODO

Since: 2.6

EQMP

    {
        .struct             = "ChardevMuxWrapper",
        .members            = "data:ChardevMux",
    },

SQMP
ChardevMuxWrapper
-----------------

TODO

Members:

- "data": TODO

Since: 1.5

EQMP

    {
        .struct             = "ChardevHubWrapper",
        .members            = "data:ChardevHub",
    },

SQMP
ChardevHubWrapper
-----------------

TODO

Members:

- "data": TODO

Since: 10.0

EQMP

    {
        .struct             = "ChardevStdioWrapper",
        .members            = "data:ChardevStdio",
    },

SQMP
ChardevStdioWrapper
-------------------

TODO

Members:

- "data": TODO

Since: 1.5

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "ChardevSpiceChannelWrapper",
        .members            = "data:ChardevSpiceChannel",
    },
#endif

SQMP
ChardevSpiceChannelWrapper
--------------------------

TODO

Members:

- "data": TODO

Since: 1.5

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "ChardevSpicePortWrapper",
        .members            = "data:ChardevSpicePort",
    },
#endif

SQMP
ChardevSpicePortWrapper
-----------------------

TODO

Members:

- "data": TODO

Since: 1.5

EQMP

#if defined(CONFIG_SPICE_PROTOCOL)
    {
        .struct             = "ChardevQemuVDAgentWrapper",
        .members            = "data:ChardevQemuVDAgent",
    },
#endif

SQMP
ChardevQemuVDAgentWrapper
-------------------------

TODO

Members:

- "data": TODO

Since: 6.1

EQMP

#if defined(CONFIG_DBUS_DISPLAY)
    {
        .struct             = "ChardevDBusWrapper",
        .members            = "data:ChardevDBus",
    },
#endif

SQMP
ChardevDBusWrapper
------------------

TODO

Members:

- "data": TODO

Since: 7.0

EQMP

    {
        .struct             = "ChardevVCWrapper",
        .members            = "data:ChardevVC",
    },

SQMP
ChardevVCWrapper
----------------

TODO

Members:

- "data": TODO

Since: 1.5

EQMP

    {
        .struct             = "ChardevRingbufWrapper",
        .members            = "data:ChardevRingbuf",
    },

SQMP
ChardevRingbufWrapper
---------------------

TODO

Members:

- "data": TODO

Since: 1.5

EQMP

    {
        .struct             = "ChardevPtyWrapper",
        .members            = "data:ChardevPty",
    },

SQMP
ChardevPtyWrapper
-----------------

TODO

Members:

- "data": TODO

Since: 9.2

EQMP

    {
        .union              = "ChardevBackend",
        .members            = "type:ChardevBackendKind",
        .discriminator      = "type",
        .variants           = "file:ChardevFileWrapper,"
#if defined(HAVE_CHARDEV_SERIAL)
                              "serial:ChardevHostdevWrapper,"
#endif
#if defined(HAVE_CHARDEV_PARALLEL)
                              "parallel:ChardevHostdevWrapper,"
#endif
                              "pipe:ChardevHostdevWrapper,"
                              "socket:ChardevSocketWrapper,"
                              "udp:ChardevUdpWrapper,"
                              "pty:ChardevPtyWrapper,"
                              "null:ChardevCommonWrapper,"
                              "mux:ChardevMuxWrapper,"
                              "hub:ChardevHubWrapper,"
                              "msmouse:ChardevCommonWrapper,"
                              "wctablet:ChardevCommonWrapper,"
#if defined(CONFIG_BRLAPI)
                              "braille:ChardevCommonWrapper,"
#endif
                              "testdev:ChardevCommonWrapper,"
                              "stdio:ChardevStdioWrapper,"
#if defined(CONFIG_WIN32)
                              "console:ChardevCommonWrapper,"
#endif
#if defined(CONFIG_SPICE)
                              "spicevmc:ChardevSpiceChannelWrapper,"
#endif
#if defined(CONFIG_SPICE)
                              "spiceport:ChardevSpicePortWrapper,"
#endif
#if defined(CONFIG_SPICE_PROTOCOL)
                              "qemu-vdagent:ChardevQemuVDAgentWrapper,"
#endif
#if defined(CONFIG_DBUS_DISPLAY)
                              "dbus:ChardevDBusWrapper,"
#endif
                              "vc:ChardevVCWrapper,"
                              "ringbuf:ChardevRingbufWrapper,"
                              "memory:ChardevRingbufWrapper",
    },

SQMP
ChardevBackend
--------------

TODO

Members:

- "type": TODO

Since: 1.4

EQMP

    {
        .struct             = "ChardevReturn",
        .members            = "pty:str?",
    },

SQMP
ChardevReturn
-------------

TODO

Members:

- "pty": TODO

Since: 1.4

EQMP

    {
        .name               = "chardev-add",
        .args_type          = "id:str,"
                              "backend:ChardevBackend",
        .returns            = "ChardevReturn",
    },

SQMP
chardev-add
-----------

TODO

Arguments:

- "id": TODO
- "backend": TODO

Returns: ChardevReturn. TODO

Since: 1.4

EQMP

    {
        .name               = "chardev-change",
        .args_type          = "id:str,"
                              "backend:ChardevBackend",
        .returns            = "ChardevReturn",
    },

SQMP
chardev-change
--------------

TODO

Arguments:

- "id": TODO
- "backend": TODO

Returns: ChardevReturn. TODO

Since: 2.10

EQMP

    {
        .name               = "chardev-remove",
        .args_type          = "id:str",
    },

SQMP
chardev-remove
--------------

Remove a character device backend that no frontend uses.

Arguments:

- "id": the character device's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "chardev-remove", "arguments": { "id": "rb0" } }
<- { "return": {} }

Since: 1.4

EQMP

    {
        .name               = "chardev-send-break",
        .args_type          = "id:str",
    },

SQMP
chardev-send-break
------------------

TODO

Arguments:

- "id": TODO

Since: 2.10

EQMP

    {
        .event              = "VSERPORT_CHANGE",
        .data               = "id:str,"
                              "open:bool",
    },

SQMP
VSERPORT_CHANGE
---------------

A program in the guest opened or closed a virtio serial port.

Data:

- "id": the port's character device identifier (json-string)
- "open": whether the port is now open (json-bool)

Example: <- { "event": "VSERPORT_CHANGE", "data": { "id": "channel0", "open": true }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 2.1

EQMP

