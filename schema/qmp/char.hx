HXCOMM Area 'char'.

SQMP
Character devices
=================

Character device backends ("chardevs"): the host side of serial
ports, consoles, monitors, virtio-serial channels and other byte
stream devices of the guest. A chardev connects such a frontend to a
file, a socket, a pseudo-terminal, a ring buffer in QEMU's memory and
so on. These commands list, add, replace and remove chardevs, and read
and write ring buffer chardevs.

EQMP

    {
        .struct             = "ChardevInfo",
        .members            = "label:str,"
                              "filename:str,"
                              "frontend-open:bool",
    },

SQMP
ChardevInfo
-----------

One character device backend, as query-chardev lists it.

Members:

- "label": the ID of the chardev (its "id" in chardev-add or
  "-chardev").
- "filename": what the chardev is connected to, written in the style
  of QEMU's "-serial"/"-chardev" command line options (see the QEMU
  manual), for example "pty:/dev/pts/2",
  "unix:/run/qemu/mon.sock,server=on" or "ringbuf"; a socket waiting
  for its peer is reported with a "disconnected:" prefix.
- "frontend-open": whether the device using the chardev (the
  frontend, e.g. the one given "chardev=ID") has it open (reported
  since 2.1). For a virtio-serial port this follows the guest opening
  and closing the port.

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

List every character device backend with its ID, what it is connected
to and whether its frontend has it open. Also available in the
preconfig state.

Arguments: None.

Returns: a list of ChardevInfo, one per chardev.

Since: 0.14

Example:

-> {"execute": "query-chardev"}
<- {"return": [{"frontend-open": false, "filename": "pty:/dev/pts/1", "label": "pty1"}, {"frontend-open": false, "filename": "ringbuf", "label": "rb0"}, {"frontend-open": true, "filename": "unix:/tmp/docsui/qmp.sock,server=on", "label": "compat_monitor0"}, {"frontend-open": false, "filename": "disconnected:unix:/tmp/docsui/sock0,server=on", "label": "sock0"}]}

EQMP

    {
        .struct             = "ChardevBackendInfo",
        .members            = "name:str",
    },

SQMP
ChardevBackendInfo
------------------

A kind of character device backend that this QEMU can create.

Members:

- "name": the backend type, as used for "type" in chardev-add and for
  "-chardev TYPE,...".

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

List the kinds of character device backend this QEMU can create,
which depends on the host system and the build. The order is not
meaningful.

Arguments: None.

Returns: a list of ChardevBackendInfo, one per backend type.

Since: 2.0

Example:

-> {"execute": "query-chardev-backends"}
<- {"return": [{"name": "testdev"}, {"name": "serial"}, {"name": "wctablet"}, {"name": "file"}, {"name": "udp"}, {"name": "memory"}, {"name": "parallel"}, {"name": "vc"}, {"name": "socket"}, {"name": "msmouse"}, {"name": "null"}, {"name": "hub"}, {"name": "pty"}, {"name": "qemu-vdagent"}, {"name": "pipe"}, {"name": "mux"}, {"name": "ringbuf"}, {"name": "stdio"}]}

EQMP

    {
        .enum               = "DataFormat",
        .values             = "utf8,base64",
    },

SQMP
DataFormat
----------

How the bytes passed to ringbuf-write or returned by ringbuf-read are
carried in the JSON string (which is Unicode text either way).

Values:

- "utf8": the string is the data itself, as UTF-8 text (RFC 3629).
  Suited to text only.
- "base64": the string is the Base64 encoding (RFC 3548) of the data;
  use it for binary data.

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

Add data to a ring buffer chardev (type "ringbuf"), behind what its
frontend has written; ringbuf-read returns it in turn. The frontend
does not receive it: a ring buffer has no input path. When the buffer
is full, the oldest bytes are overwritten.

Arguments:

- "device": the ID of the ring buffer chardev.
- "data": the data to write, encoded as "format" says.
- "format": how "data" is encoded. Absent means "utf8": the UTF-8
  bytes of the string are written. With "base64", "data" must be
  Base64 text and the decoded bytes are written.

Returns: an empty object.

Errors:

- GenericError when no chardev has the ID "device", or it is not a
  ring buffer.
- GenericError when "format" is "base64" and "data" is not valid
  Base64.

Since: 1.4

Example:

-> {"execute": "ringbuf-write", "arguments": {"device": "rb0", "data": "hello, world\n"}}
<- {"return": {}}

Binary data:

-> {"execute": "ringbuf-write", "arguments": {"device": "rb0", "data": "AAEC/w==", "format": "base64"}}
<- {"return": {}}

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

Take data out of a ring buffer chardev (type "ringbuf"): what its
frontend wrote and what ringbuf-write added, oldest bytes first. What
is read is removed from the buffer.

Arguments:

- "device": the ID of the ring buffer chardev.
- "size": the most bytes to read; must be greater than 0. Less is
  returned when the buffer holds less.
- "format": how the data is encoded in the reply. Absent means "utf8":
  the bytes are returned as text, which goes wrong when they are not
  valid UTF-8, contain NUL bytes, when the buffer overflowed and lost
  data, or when "size" cuts a multi-byte character in two. Use
  "base64" for anything but plain text.

Returns: the data read, encoded as "format" says; an empty string when
the buffer is empty.

Errors:

- GenericError when no chardev has the ID "device", or it is not a
  ring buffer.
- GenericError when "size" is 0 or negative.

Since: 1.4

Example:

-> {"execute": "ringbuf-read", "arguments": {"device": "rb0", "size": 5}}
<- {"return": "hello"}
-> {"execute": "ringbuf-read", "arguments": {"device": "rb0", "size": 100, "format": "base64"}}
<- {"return": "LCB3b3JsZAo="}

A chardev that is not a ring buffer:

-> {"execute": "ringbuf-read", "arguments": {"device": "compat_monitor0", "size": 100}}
<- {"error": {"class": "GenericError", "desc": "compat_monitor0 is not a ringbuf device"}}

EQMP

    {
        .struct             = "ChardevCommon",
        .members            = "logfile:str?,"
                              "logappend:bool?",
    },

SQMP
ChardevCommon
-------------

The options every kind of chardev accepts: a log file that receives a
copy of everything the frontend writes to the chardev.

Members:

- "logfile": the host file to copy the chardev's output into. Absent:
  no log is kept.
- "logappend": true to add to the end of an existing log file, false
  to truncate it first. Absent means false.

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

Options of a chardev that writes to a host file (type "file"), and
optionally reads from another one.

Members:

- "in": a host file the frontend's input is read from. Absent: the
  frontend gets no input.
- "out": the host file the frontend's output is written to.
- "append": true to write at the end of an existing "out" file, false
  to truncate it first (since 2.6). Absent means false.

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

Options of a chardev on a host device (types "serial" and
"parallel") or on named pipes (type "pipe").

Members:

- "device": the host path: a serial or parallel port device such as
  /dev/ttyS0 on Unix or COM1: on Windows; for "pipe", the name of the
  pipe, which must exist already: on Unix QEMU uses the FIFOs
  "device".in (input) and "device".out (output) when they exist, else
  the FIFO "device" itself for both directions; on Windows the duplex
  pipe \\.\pipe\"device".

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

Options of a chardev on a stream socket (type "socket"): TCP, a Unix
domain socket, a vsock or an open file descriptor, as a server that
waits for a peer or as a client that connects to one.

Members:

- "addr": the address to listen on (server) or to connect to
  (client).
- "tls-creds": the ID of a TLS credentials object (tls-creds-x509,
  tls-creds-psk, ...) to encrypt the connection with (since 2.6).
  Absent: no TLS.
- "tls-authz": the ID of an authorization object (authz-simple,
  authz-list, ...) that decides from the client certificate's x509
  distinguished name which clients a TLS server accepts (since 4.0).
  The object is looked up each time a client connects, so it can be
  replaced while the server runs; a client is refused while no object
  of that ID exists. Absent: no such check.
- "server": true to listen for a peer, false to connect to one.
  Absent means true.
- "wait": for a server, true to make chardev-add (or QEMU's start)
  wait until a peer has connected. Absent means false. It has no
  effect for a client ("server" false), and giving it there is
  deprecated.
- "nodelay": true to set TCP_NODELAY on the socket, which sends small
  writes at once instead of batching them. Absent means false.
- "telnet": true to speak the telnet protocol with the peer (server
  sockets). Absent means false.
- "tn3270": true to speak the TN3270 protocol with the peer, for 3270
  terminals (server sockets; since 2.10). Absent means false.
- "websocket": true to speak the WebSocket protocol with the peer
  (server sockets; since 3.1). Absent means false.
- "reconnect": for a client, the time in seconds after which QEMU
  tries to connect again when the connection is lost; 0 turns
  reconnecting off (since 2.2). Absent means 0. Deprecated: use
  "reconnect-ms". Cannot be given together with "reconnect-ms".
- "reconnect-ms": for a client, the time in milliseconds after which
  QEMU tries to connect again when the connection is lost or could not
  be made; 0 turns reconnecting off (since 9.2). Absent means 0.
  Cannot be given together with "reconnect". With reconnecting on,
  chardev-add succeeds even when the peer is not there yet.

Features:

- "deprecated": the member "reconnect" is deprecated; use
  "reconnect-ms" instead.

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

Options of a chardev on a datagram socket (type "udp"): every write
of the frontend is sent as datagrams to the remote address, and what
arrives there is its input.

Members:

- "remote": the address datagrams are sent to.
- "local": the address to bind the socket to, and thus where datagrams
  are received. Absent: the system picks one.

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

Options of a multiplexer chardev (type "mux"), which lets several
frontends (for example a serial port and the HMP monitor) share one
chardev; the user switches between them with the escape key sequence
(Ctrl-a c by default).

Members:

- "chardev": the ID of the chardev that the frontends share.

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

Options of a hub chardev (type "hub"), the opposite of a multiplexer:
one frontend and several backend chardevs. The frontend's output goes
to all of them, and input from any of them goes to the frontend.

Members:

- "chardevs": the IDs of the chardevs to gather, at most 4.

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

Options of a chardev on QEMU's own standard input and output (type
"stdio").

Members:

- "signal": true to let the terminal turn keys such as Ctrl-C into
  signals for QEMU (so Ctrl-C stops QEMU), false to pass them to the
  guest as characters. Absent means true.

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

Options of a chardev that is a Spice VM channel (type "spicevmc").
Only in QEMU built with Spice.

Members:

- "type": the kind of Spice channel, for example "vdagent" (the Spice
  guest agent), "smartcard" or "usbredir".

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

Options of a chardev that is a named Spice port channel (type
"spiceport"). Only in QEMU built with Spice.

Members:

- "fqdn": the name of the port, by which the Spice client recognises
  the channel; QEMU's docs/spice-port-fqdn.txt describes the naming
  convention (a reversed domain name such as "org.qemu.console.0").

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

Options of a chardev exported over the D-Bus display (type "dbus").
Only in QEMU built with the D-Bus display.

Members:

- "name": the name of the channel, chosen after the convention of
  QEMU's docs/spice-port-fqdn.txt (a reversed domain name).

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

Options of a virtual console (type "vc"): a text terminal shown by
the graphical display. The sizes are hints; they take effect only where
QEMU's built-in text console draws the terminal (the SDL and VNC
displays), and the GTK, Spice and D-Bus displays ignore them.

Members:

- "width": the width of the console, in pixels. Absent: a default
  size.
- "height": the height of the console, in pixels. Absent: a default
  size.
- "cols": the width of the console, in characters. Absent: derived
  from the pixel size.
- "rows": the height of the console, in characters. Absent: derived
  from the pixel size.

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

Options of a ring buffer chardev (types "ringbuf" and the deprecated
"memory"): a buffer in QEMU's memory that keeps the most recent output
of the frontend, to be read with ringbuf-read; ringbuf-write adds to
it too. The frontend gets no input from it.

Members:

- "size": the capacity of the buffer, in bytes; it must be a power of
  two. Absent means 65536.

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

Options of QEMU's own implementation of the Spice guest agent
protocol (type "qemu-vdagent"): it talks to the spice-vdagent in the
guest over a virtio-serial port, so that the guest follows the host's
mouse and shares its clipboard, without a Spice client. Only in QEMU
built with the Spice protocol headers.

Members:

- "mouse": true to pass the host's absolute mouse position to the
  guest agent. Absent means true.
- "clipboard": true to share the clipboard between host display and
  guest. Absent means false.

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

Options of a chardev on a new pseudo-terminal of the host (type
"pty"); its name is returned by chardev-add and shown by
query-chardev.

Members:

- "path": a path at which QEMU creates a symbolic link to the new
  pseudo-terminal, so that programs find it under a fixed name.
  Absent: no link is made.

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

The kinds of character device backend; each value selects the
options ChardevBackend takes in "data". Some exist only on some hosts
or builds (see query-chardev-backends for what a given QEMU has).

Values:

- "file": read from and write to host files (ChardevFile).
- "serial": a serial port of the host, such as /dev/ttyS0
  (ChardevHostdev). Only on hosts where QEMU supports it (among them
  Linux, the BSDs, macOS and Windows).
- "parallel": a parallel port of the host, such as /dev/parport0
  (ChardevHostdev). Only on Linux, FreeBSD and DragonFly BSD hosts.
- "pipe": named pipes of the host (ChardevHostdev; since 1.5).
- "socket": a stream socket: TCP, Unix, vsock or a passed file
  descriptor (ChardevSocket).
- "udp": a datagram socket (ChardevUdp; since 1.5).
- "pty": a new pseudo-terminal of the host (ChardevPty).
- "null": discards all output and never gives input (ChardevCommon).
- "mux": lets several frontends share one chardev (ChardevMux; since
  1.5).
- "hub": feeds one frontend from several chardevs and sends its output
  to all of them (ChardevHub; since 10.0).
- "msmouse": an emulated Microsoft serial mouse, driven by the mouse
  input of QEMU's display (ChardevCommon; since 1.5).
- "wctablet": an emulated Wacom PenPartner serial tablet
  (ChardevCommon; since 2.9).
- "braille": a Baum Braille display, through BrlAPI (ChardevCommon;
  since 1.5). Only in QEMU built with BrlAPI.
- "testdev": a device that QEMU's test suite uses to control the
  emulator from the guest (ChardevCommon; since 2.2).
- "stdio": QEMU's standard input and output (ChardevStdio; since 1.5).
- "console": the Windows console of QEMU (ChardevCommon; since 1.5).
  Only on Windows hosts.
- "spicevmc": a Spice VM channel (ChardevSpiceChannel; since 1.5).
  Only with Spice.
- "spiceport": a named Spice port channel (ChardevSpicePort; since
  1.5). Only with Spice.
- "qemu-vdagent": QEMU's built-in Spice guest agent peer
  (ChardevQemuVDAgent; since 6.1). Only with the Spice protocol
  headers.
- "dbus": a channel of the D-Bus display (ChardevDBus; since 7.0).
  Only with the D-Bus display.
- "vc": a text console of the graphical display (ChardevVC; since
  1.5).
- "ringbuf": a ring buffer in QEMU's memory (ChardevRingbuf; since
  1.6).
- "memory": the old name of "ringbuf", which it equals (ChardevRingbuf;
  since 1.5). Deprecated.

Features:

- "deprecated": the value "memory" is deprecated; use "ringbuf"
  instead.

Since: 1.4

EQMP

    {
        .struct             = "ChardevFileWrapper",
        .members            = "data:ChardevFile",
    },

SQMP
ChardevFileWrapper
------------------

The "data" of a ChardevBackend of type "file".

Members:

- "data": the files to write to and read from.

Since: 1.4

EQMP

    {
        .struct             = "ChardevHostdevWrapper",
        .members            = "data:ChardevHostdev",
    },

SQMP
ChardevHostdevWrapper
---------------------

The "data" of a ChardevBackend of type "serial", "parallel" or
"pipe".

Members:

- "data": the host device or pipe to use.

Since: 1.4

EQMP

    {
        .struct             = "ChardevSocketWrapper",
        .members            = "data:ChardevSocket",
    },

SQMP
ChardevSocketWrapper
--------------------

The "data" of a ChardevBackend of type "socket".

Members:

- "data": the socket address and its options.

Since: 1.4

EQMP

    {
        .struct             = "ChardevUdpWrapper",
        .members            = "data:ChardevUdp",
    },

SQMP
ChardevUdpWrapper
-----------------

The "data" of a ChardevBackend of type "udp".

Members:

- "data": the remote and local datagram addresses.

Since: 1.5

EQMP

    {
        .struct             = "ChardevCommonWrapper",
        .members            = "data:ChardevCommon",
    },

SQMP
ChardevCommonWrapper
--------------------

The "data" of the ChardevBackend types that take only the common
options ("null", "msmouse", "wctablet", "braille", "testdev",
"console").

Members:

- "data": the common options (log file); may be the empty object.

Since: 2.6

EQMP

    {
        .struct             = "ChardevMuxWrapper",
        .members            = "data:ChardevMux",
    },

SQMP
ChardevMuxWrapper
-----------------

The "data" of a ChardevBackend of type "mux".

Members:

- "data": the chardev to share.

Since: 1.5

EQMP

    {
        .struct             = "ChardevHubWrapper",
        .members            = "data:ChardevHub",
    },

SQMP
ChardevHubWrapper
-----------------

The "data" of a ChardevBackend of type "hub".

Members:

- "data": the chardevs to gather.

Since: 10.0

EQMP

    {
        .struct             = "ChardevStdioWrapper",
        .members            = "data:ChardevStdio",
    },

SQMP
ChardevStdioWrapper
-------------------

The "data" of a ChardevBackend of type "stdio".

Members:

- "data": the standard I/O options.

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

The "data" of a ChardevBackend of type "spicevmc". Only with Spice.

Members:

- "data": the kind of Spice channel.

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

The "data" of a ChardevBackend of type "spiceport". Only with Spice.

Members:

- "data": the name of the Spice port.

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

The "data" of a ChardevBackend of type "qemu-vdagent". Only with the
Spice protocol headers.

Members:

- "data": the mouse and clipboard options of the agent.

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

The "data" of a ChardevBackend of type "dbus". Only with the D-Bus
display.

Members:

- "data": the name of the D-Bus channel.

Since: 7.0

EQMP

    {
        .struct             = "ChardevVCWrapper",
        .members            = "data:ChardevVC",
    },

SQMP
ChardevVCWrapper
----------------

The "data" of a ChardevBackend of type "vc".

Members:

- "data": the size of the virtual console.

Since: 1.5

EQMP

    {
        .struct             = "ChardevRingbufWrapper",
        .members            = "data:ChardevRingbuf",
    },

SQMP
ChardevRingbufWrapper
---------------------

The "data" of a ChardevBackend of type "ringbuf" or "memory".

Members:

- "data": the size of the ring buffer.

Since: 1.5

EQMP

    {
        .struct             = "ChardevPtyWrapper",
        .members            = "data:ChardevPty",
    },

SQMP
ChardevPtyWrapper
-----------------

The "data" of a ChardevBackend of type "pty".

Members:

- "data": where to link the new pseudo-terminal.

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

The kind and the options of a character device backend, as
chardev-add and chardev-change take them: an object of the form
"type": KIND, "data": OPTIONS. "data" is required, even when it is
the empty object.

Members:

- "type": the kind of backend; it selects what "data" holds (see
  ChardevBackendKind for each kind and its options type).

Since: 1.4

EQMP

    {
        .struct             = "ChardevReturn",
        .members            = "pty:str?",
    },

SQMP
ChardevReturn
-------------

What chardev-add and chardev-change report about the chardev they
created.

Members:

- "pty": the path of the new pseudo-terminal on the host, such as
  /dev/pts/3. Present exactly when the new backend is of type "pty".

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

Create a character device backend while QEMU runs, for a device
added later (device_add with "chardev=ID"), for a monitor, or to read
and write it over QMP (ring buffers).

Arguments:

- "id": the ID of the new chardev; no other chardev may have it.
- "backend": the kind of backend and its options.

Returns: a ChardevReturn; it names the new pseudo-terminal when the
backend is a "pty" and is empty otherwise.

Errors:

- GenericError when a chardev with ID "id" exists already.
- GenericError when the backend cannot be opened or its options are
  invalid (a file that cannot be created, a client socket whose peer
  is not there, a ring buffer size that is not a power of two, ...).

Since: 1.4

Example:

-> {"execute": "chardev-add", "arguments": {"id": "null0", "backend": {"type": "null", "data": {}}}}
<- {"return": {}}

Output into a file:

-> {"execute": "chardev-add", "arguments": {"id": "log0", "backend": {"type": "file", "data": {"out": "/tmp/docsui/log0.txt"}}}}
<- {"return": {}}

A pseudo-terminal; the reply names it:

-> {"execute": "chardev-add", "arguments": {"id": "pty0", "backend": {"type": "pty", "data": {}}}}
<- {"return": {"pty": "/dev/pts/0"}}

A Unix socket server that does not wait for its peer:

-> {"execute": "chardev-add", "arguments": {"id": "sock0", "backend": {"type": "socket", "data": {"addr": {"type": "unix", "data": {"path": "/tmp/docsui/sock0"}}, "server": true, "wait": false}}}}
<- {"return": {}}

A ring buffer whose size is not a power of two:

-> {"execute": "chardev-add", "arguments": {"id": "rb2", "backend": {"type": "ringbuf", "data": {"size": 100}}}}
<- {"error": {"class": "GenericError", "desc": "Failed to add chardev 'rb2': size of ringbuf chardev must be power of two"}}

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

Replace the backend of an existing chardev while QEMU runs, keeping
its ID and its frontend: for example to point a serial port at a new
socket. The old backend is closed once the new one is open; if the new
one cannot be opened, the old one stays.

Arguments:

- "id": the ID of the chardev to change; it must exist.
- "backend": the kind and options of the new backend.

Returns: a ChardevReturn; it names the new pseudo-terminal when the
new backend is a "pty" and is empty otherwise.

Errors:

- GenericError when no chardev has the ID "id".
- GenericError when the chardev's frontend cannot cope with a change
  of backend (a monitor, for example), or the chardev is a "mux" or a
  "hub".
- GenericError when the new backend cannot be opened.

Since: 2.10

Example:

-> {"execute": "chardev-change", "arguments": {"id": "log0", "backend": {"type": "pty", "data": {}}}}
<- {"return": {"pty": "/dev/pts/2"}}
-> {"execute": "chardev-change", "arguments": {"id": "null0", "backend": {"type": "ringbuf", "data": {}}}}
<- {"return": {}}

A chardev used by a QMP monitor:

-> {"execute": "chardev-change", "arguments": {"id": "compat_monitor0", "backend": {"type": "null", "data": {}}}}
<- {"error": {"class": "GenericError", "desc": "Chardev user does not support chardev hotswap"}}

EQMP

    {
        .name               = "chardev-remove",
        .args_type          = "id:str",
    },

SQMP
chardev-remove
--------------

Close and delete a character device backend. Only a chardev that no
frontend uses can be removed: unplug the device or monitor first.

Arguments:

- "id": the ID of the chardev to remove.

Returns: an empty object.

Errors:

- GenericError when no chardev has the ID "id".
- GenericError when a frontend still uses the chardev.

Since: 1.4

Example:

-> {"execute": "chardev-remove", "arguments": {"id": "null0"}}
<- {"return": {}}

A chardev in use:

-> {"execute": "chardev-remove", "arguments": {"id": "compat_monitor0"}}
<- {"error": {"class": "GenericError", "desc": "Chardev 'compat_monitor0' is busy"}}

EQMP

    {
        .name               = "chardev-send-break",
        .args_type          = "id:str",
    },

SQMP
chardev-send-break
------------------

Signal a break condition to the frontend of a chardev, as a serial
line break received from the outside would: a guest serial port sees
a break (Linux guests can use it for the magic SysRq key). Succeeds
without effect when the frontend has no notion of breaks or there is
no frontend.

Arguments:

- "id": the ID of the chardev.

Returns: an empty object.

Errors:

- GenericError when no chardev has the ID "id".

Since: 2.10

Example:

-> {"execute": "chardev-send-break", "arguments": {"id": "rb1"}}
<- {"return": {}}

EQMP

    {
        .event              = "VSERPORT_CHANGE",
        .data               = "id:str,"
                              "open:bool",
    },

SQMP
VSERPORT_CHANGE
---------------

A program in the guest opened or closed a virtio-serial port
(virtserialport or virtconsole device), for example when the guest
agent starts or stops. QEMU limits how often it sends this event.

Data:

- "id": the ID of the virtio-serial port device (its "id" property),
  not the ID of its chardev.
- "open": true when the guest has opened the port, false when it
  closed it.

Since: 2.1

Example:

(Written from the schema, not captured from a server.)

<- {"event": "VSERPORT_CHANGE", "data": {"id": "channel0", "open": true}, "timestamp": {"seconds": 1700000000, "microseconds": 422329}}

EQMP

