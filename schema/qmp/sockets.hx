HXCOMM Area 'sockets'.

    {
        .enum               = "NetworkAddressFamily",
        .values             = "ipv4,ipv6,unix,vsock,unknown",
    },

SQMP
NetworkAddressFamily
--------------------

An enumeration used by VncInfo.

Values:

- "ipv4": TODO
- "ipv6": TODO
- "unix": TODO
- "vsock": TODO
- "unknown": TODO

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

A structure used by InetSocketAddress.

Members:

- "host": TODO
- "port": TODO

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

A structure used by MigrationAddress.

Members:

- "numeric": TODO
- "to": TODO
- "ipv4": TODO
- "ipv6": TODO
- "keep-alive": TODO
- "mptcp": TODO

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

A structure used by SocketAddress.

Members:

- "path": TODO
- "abstract": TODO
- "tight": TODO

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

A structure used by SocketAddress.

Members:

- "cid": TODO
- "port": TODO

Since: 2.8

EQMP

    {
        .struct             = "FdSocketAddress",
        .members            = "str:str",
    },

SQMP
FdSocketAddress
---------------

A structure used by SocketAddress.

Members:

- "str": TODO

Since: 1.2

EQMP

    {
        .struct             = "InetSocketAddressWrapper",
        .members            = "data:InetSocketAddress",
    },

SQMP
InetSocketAddressWrapper
------------------------

TODO

Members:

- "data": TODO

Since: 1.3

EQMP

    {
        .struct             = "UnixSocketAddressWrapper",
        .members            = "data:UnixSocketAddress",
    },

SQMP
UnixSocketAddressWrapper
------------------------

TODO

Members:

- "data": TODO

Since: 1.3

EQMP

    {
        .struct             = "VsockSocketAddressWrapper",
        .members            = "data:VsockSocketAddress",
    },

SQMP
VsockSocketAddressWrapper
-------------------------

TODO

Members:

- "data": TODO

Since: 2.8

EQMP

    {
        .struct             = "FdSocketAddressWrapper",
        .members            = "data:FdSocketAddress",
    },

SQMP
FdSocketAddressWrapper
----------------------

TODO

Members:

- "data": TODO

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

TODO

Members:

- "type": TODO

Since: 1.3

EQMP

    {
        .enum               = "SocketAddressType",
        .values             = "inet,unix,vsock,fd",
    },

SQMP
SocketAddressType
-----------------

An enumeration used by SocketAddress.

Values:

- "inet": TODO
- "unix": TODO
- "vsock": TODO
- "fd": TODO

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

A network or local socket address, selected by "type".

Members:

- "type": TODO

Since: 2.9

EQMP

