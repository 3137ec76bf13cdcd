HXCOMM Area 'sockets'.

SQMP
Socket data types
=================

Socket addresses as QMP commands take and report them: TCP/IP (inet),
Unix domain, vsock and file descriptor addresses, in the current form
(SocketAddress) and the older form with an extra "data" layer
(SocketAddressLegacy), and the address families of servers and
clients.

EQMP

    {
        .enum               = "NetworkAddressFamily",
        .values             = "ipv4,ipv6,unix,vsock,unknown",
    },

SQMP
NetworkAddressFamily
--------------------

The address family of a network endpoint, as reported for VNC and
SPICE servers and clients.

Values:

- "ipv4": an IPv4 address.
- "ipv6": an IPv6 address.
- "unix": a Unix domain socket.
- "vsock": a vsock (virtio socket) address (since 2.8).
- "unknown": any other family.

Since: 2.1

EQMP

    {
        .struct             = "InetSocketAddressBase",
        .members            = "host:str,"
                              "port:str",
    },

SQMP
InetSocketAddressBase
---------------------

A host and a port, without further options (used where QEMU only
passes the address on, for example to the RBD driver's monitor host
list).

Members:

- "host": the host part: a host name or an IPv4 or IPv6 address.
- "port": the port part: a port number or a service name, as a string.

EQMP

    {
        .struct             = "InetSocketAddress",
        .base               = "InetSocketAddressBase",
        .members            = "numeric:bool?,"
                              "to:uint16?,"
                              "ipv4:bool?,"
                              "ipv6:bool?,"
                              "keep-alive:bool?,"
#if defined(HAVE_IPPROTO_MPTCP)
                              "mptcp:bool?"
#endif
                              "",
    },

SQMP
InetSocketAddress
-----------------

A TCP/IP socket address or range of addresses: "host" and "port"
(from InetSocketAddressBase) and options for resolving and using it.

Members:

- "numeric": true when "host" and "port" are numeric, so that no name
  resolution is tried; false (the default) to resolve names (since
  2.9).
- "to": the last port of a port range starting at "port": a listening
  socket takes the first free port in the range. Absent: only "port".
- "ipv4": whether IPv4 addresses may be used; when "ipv4" and "ipv6"
  are both absent, both families are tried.
- "ipv6": whether IPv6 addresses may be used; when "ipv4" and "ipv6"
  are both absent, both families are tried.
- "keep-alive": true to turn TCP keep-alive on for a connection QEMU
  makes to this address. Not supported for listening sockets (since
  4.2).
- "mptcp": true to use multipath TCP. Only on hosts whose build
  supports it (HAVE_IPPROTO_MPTCP) (since 6.1).

Since: 1.3

EQMP

    {
        .struct             = "UnixSocketAddress",
        .members            = "path:str,"
#if defined(CONFIG_LINUX)
                              "abstract:bool?,"
#endif
#if defined(CONFIG_LINUX)
                              "tight:bool?"
#endif
                              "",
    },

SQMP
UnixSocketAddress
-----------------

A Unix domain socket address: a path in the file system or, on Linux,
an abstract socket name.

Members:

- "path": the socket's path in the file system, or the name of an
  abstract socket.
- "abstract": true for a Linux abstract socket address: "path" is
  then preceded by a null byte and does not name a file. Default
  false. Linux only (since 5.1).
- "tight": for an abstract socket, false to pad the address with null
  bytes to the full size of sun_path in struct sockaddr_un, true (the
  default) to keep it as long as "path". Linux only (since 5.1).

Since: 1.3

EQMP

    {
        .struct             = "VsockSocketAddress",
        .members            = "cid:str,"
                              "port:str",
    },

SQMP
VsockSocketAddress
------------------

A vsock (virtio socket) address, for communication between host and
guests. Both members are strings so that names could be resolved in
the future.

Members:

- "cid": the context ID that identifies the host or guest.
- "port": the port number.

Since: 2.8

EQMP

    {
        .struct             = "FdSocketAddress",
        .members            = "str:str",
    },

SQMP
FdSocketAddress
---------------

A socket given as an open file descriptor, by name or by number.

Members:

- "str": a name stored with getfd, or a decimal file descriptor
  number. Names are allowed in monitor commands; numbers are for the
  command line and other places where no monitor is involved.

Since: 1.2

EQMP

    {
        .struct             = "InetSocketAddressWrapper",
        .members            = "data:InetSocketAddress",
    },

SQMP
InetSocketAddressWrapper
------------------------

The "inet" branch of SocketAddressLegacy: the address wrapped in a
"data" member.

Members:

- "data": the TCP/IP address.

Since: 1.3

EQMP

    {
        .struct             = "UnixSocketAddressWrapper",
        .members            = "data:UnixSocketAddress",
    },

SQMP
UnixSocketAddressWrapper
------------------------

The "unix" branch of SocketAddressLegacy: the address wrapped in a
"data" member.

Members:

- "data": the Unix domain socket address.

Since: 1.3

EQMP

    {
        .struct             = "VsockSocketAddressWrapper",
        .members            = "data:VsockSocketAddress",
    },

SQMP
VsockSocketAddressWrapper
-------------------------

The "vsock" branch of SocketAddressLegacy: the address wrapped in a
"data" member.

Members:

- "data": the vsock address.

Since: 2.8

EQMP

    {
        .struct             = "FdSocketAddressWrapper",
        .members            = "data:FdSocketAddress",
    },

SQMP
FdSocketAddressWrapper
----------------------

The "fd" branch of SocketAddressLegacy: the descriptor wrapped in a
"data" member.

Members:

- "data": the file descriptor name or number.

Since: 1.3

EQMP

    {
        .union              = "SocketAddressLegacy",
        .members            = "type:SocketAddressType",
        .discriminator      = "type",
        .variants           = "inet:InetSocketAddressWrapper,"
                              "unix:UnixSocketAddressWrapper,"
                              "vsock:VsockSocketAddressWrapper,"
                              "fd:FdSocketAddressWrapper",
    },

SQMP
SocketAddressLegacy
-------------------

The older form of a socket address, still taken by chardev-add
(socket and udp backends) and nbd-server-start: the address is nested
in a "data" member, as in {"type": "unix", "data": {"path": "..."}}.
Newer interfaces use SocketAddress, which is the same without that
extra layer.

Members:

- "type": the kind of address; the address itself is in "data".

Since: 1.3

EQMP

    {
        .enum               = "SocketAddressType",
        .values             = "inet,unix,vsock,fd",
    },

SQMP
SocketAddressType
-----------------

The kinds of socket address; the value selects the members of
SocketAddress and SocketAddressLegacy.

Values:

- "inet": a TCP/IP address with host and port (InetSocketAddress).
- "unix": a Unix domain socket (UnixSocketAddress).
- "vsock": a vsock address with context ID and port
  (VsockSocketAddress).
- "fd": an open socket file descriptor, by name or number
  (FdSocketAddress).

Since: 2.9

EQMP

    {
        .union              = "SocketAddress",
        .members            = "type:SocketAddressType",
        .discriminator      = "type",
        .variants           = "inet:InetSocketAddress,"
                              "unix:UnixSocketAddress,"
                              "vsock:VsockSocketAddress,"
                              "fd:FdSocketAddress",
    },

SQMP
SocketAddress
-------------

The address of a socket, or an already open socket file descriptor.
"type" selects the further members, which are those of the address
type itself, as in {"type": "unix", "path": "/tmp/qmp.sock"}.

Members:

- "type": the kind of address.

Since: 2.9

EQMP

