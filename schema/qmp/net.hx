HXCOMM Area 'net'.

    {
        .name               = "set_link",
        .args_type          = "name:str,"
                              "up:bool",
    },

SQMP
set_link
--------

Set the link of a network card or backend up or down, as if a cable were
plugged in or pulled out.

Arguments:

- "name": the network card's or backend's identifier (json-string)
- "up": true for link up, false for link down (json-bool)

Returns: an empty object

Example: -> { "execute": "set_link", "arguments": { "name": "nic0", "up": false } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .name               = "netdev_add",
        .args               = "Netdev",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
netdev_add
----------

Create a network backend (user networking, tap, socket...), for a network
card added later with device_add. The arguments are one Netdev object
(boxed): "type" selects which further options are valid. This file
describes the options of the user, tap, socket, stream, dgram and hubport
backends; backends of other types cannot be built by a typed request (send
them as raw JSON).

Arguments (the members every backend shares; see Netdev for the others):

- "id": the backend's identifier, used by the "netdev" property of a network
  card (json-string)
- "type": the kind of backend (json-string, NetClientDriver)

Returns: an empty object

Example: -> { "execute": "netdev_add", "arguments": { "type": "user", "id": "net0" } }
<- { "return": {} }

User networking on another subnet, with host port 2222 forwarded to the
guest's ssh port:

-> { "execute": "netdev_add", "arguments": { "type": "user", "id": "net1", "net": "10.0.3.0/24", "hostfwd": [ { "str": "tcp:127.0.0.1:2222-:22" } ] } }
<- { "return": {} }

A backend that listens on a Unix socket for another QEMU's stream backend:

-> { "execute": "netdev_add", "arguments": { "type": "stream", "id": "net2", "server": true, "addr": { "type": "unix", "path": "/tmp/net2.sock" } } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .name               = "netdev_del",
        .args_type          = "id:str",
        .allow_preconfig    = true,
    },

SQMP
netdev_del
----------

Remove a network backend created with -netdev or netdev_add.

Arguments:

- "id": the backend's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "netdev_del", "arguments": { "id": "net0" } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .struct             = "NetLegacyNicOptions",
        .members            = "netdev:str?,"
                              "macaddr:str?,"
                              "model:str?,"
                              "addr:str?,"
                              "vectors:uint32?",
    },

SQMP
NetLegacyNicOptions
-------------------

TODO

Members:

- "netdev": TODO
- "macaddr": TODO
- "model": TODO
- "addr": TODO
- "vectors": TODO

Since: 1.2

EQMP

    {
        .struct             = "String",
        .members            = "str:str",
    },

SQMP
String
------

A string wrapped in an object.

Members:

- "str": the string

Since: 1.2

EQMP

    {
        .struct             = "NetdevUserOptions",
        .members            = "hostname:str?,"
                              "restrict:bool?,"
                              "ipv4:bool?,"
                              "ipv6:bool?,"
                              "ip:str?,"
                              "net:str?,"
                              "host:str?,"
                              "tftp:str?,"
                              "bootfile:str?,"
                              "dhcpstart:str?,"
                              "dns:str?,"
                              "dnssearch:[String]?,"
                              "domainname:str?,"
                              "ipv6-prefix:str?,"
                              "ipv6-prefixlen:int?,"
                              "ipv6-host:str?,"
                              "ipv6-dns:str?,"
                              "smb:str?,"
                              "smbserver:str?,"
                              "hostfwd:[String]?,"
                              "guestfwd:[String]?,"
                              "tftp-server-name:str?",
    },

SQMP
NetdevUserOptions
-----------------

Options of a user networking backend (slirp): QEMU itself plays router,
DHCP and DNS server for the guest, with no host privileges needed.

Members:

- "hostname": the client name the DHCP server hands out
- "restrict": isolate the guest from the host and the outside world
- "ipv4": enable IPv4 (default on)
- "ipv6": enable IPv6 (default on)
- "ip": legacy spelling of "net"
- "net": the guest network and netmask, for example 10.0.2.0/24
- "host": the host's (router's) address on the guest network
- "tftp": the root directory of the built-in TFTP server
- "bootfile": the BOOTP file name, for network boot
- "dhcpstart": the first address the DHCP server assigns
- "dns": the address of the built-in DNS server
- "dnssearch": search domains the DHCP server announces
- "domainname": the domain name the DHCP server announces
- "ipv6-prefix": the IPv6 network prefix
- "ipv6-prefixlen": the IPv6 prefix length
- "ipv6-host": the host's IPv6 address on the guest network
- "ipv6-dns": the IPv6 address of the built-in DNS server
- "smb": a host directory shared with the guest over SMB
- "smbserver": the address of the SMB server on the guest network
- "hostfwd": host ports forwarded to the guest, each
  "tcp|udp:[hostaddr]:hostport-[guestaddr]:guestport"
- "guestfwd": guest connections forwarded to host services
- "tftp-server-name": the TFTP server name the DHCP server announces

Since: 1.2

EQMP

    {
        .struct             = "NetdevTapOptions",
        .members            = "ifname:str?,"
                              "fd:str?,"
                              "fds:str?,"
                              "script:str?,"
                              "downscript:str?,"
                              "br:str?,"
                              "helper:str?,"
                              "sndbuf:size?,"
                              "vnet_hdr:bool?,"
                              "vhost:bool?,"
                              "vhostfd:str?,"
                              "vhostfds:str?,"
                              "vhostforce:bool?,"
                              "queues:uint32?,"
                              "poll-us:uint32?",
    },

SQMP
NetdevTapOptions
----------------

Options of a tap backend: a host tap interface.

Members:

- "ifname": the interface name
- "fd": a file descriptor of an open tap device (passed with getfd)
- "fds": several such descriptors, separated by colons (multiqueue)
- "script": the script that configures the interface
- "downscript": the script run when the interface is closed
- "br": the bridge the helper attaches the interface to
- "helper": the helper program that creates the interface
- "sndbuf": the send buffer limit in bytes
- "vnet_hdr": use the virtio-net header (offloads)
- "vhost": use the vhost-net kernel accelerator
- "vhostfd": a file descriptor of an open vhost-net device
- "vhostfds": several such descriptors, separated by colons
- "vhostforce": legacy; vhost is used whenever "vhost" is on
- "queues": the number of queues of a multiqueue interface
- "poll-us": how long (in microseconds) vhost busy-polls the interface

Since: 1.2

EQMP

    {
        .struct             = "NetdevSocketOptions",
        .members            = "fd:str?,"
                              "listen:str?,"
                              "connect:str?,"
                              "mcast:str?,"
                              "localaddr:str?,"
                              "udp:str?",
    },

SQMP
NetdevSocketOptions
-------------------

Options of a socket backend (the older form of stream and dgram): Ethernet
frames over TCP, UDP or multicast. Exactly one of "fd", "listen",
"connect", "mcast" and "udp" is given.

Members:

- "fd": a file descriptor of an open socket
- "listen": wait for a connection on this [host]:port
- "connect": connect to this host:port
- "mcast": join this multicast group address:port
- "localaddr": the local address for "mcast" or "udp"
- "udp": send UDP datagrams to this host:port

Since: 1.2

EQMP

    {
        .struct             = "NetdevL2TPv3Options",
        .members            = "src:str,"
                              "dst:str,"
                              "srcport:str?,"
                              "dstport:str?,"
                              "ipv6:bool?,"
                              "udp:bool?,"
                              "cookie64:bool?,"
                              "counter:bool?,"
                              "pincounter:bool?,"
                              "txcookie:uint64?,"
                              "rxcookie:uint64?,"
                              "txsession:uint32,"
                              "rxsession:uint32?,"
                              "offset:uint32?",
    },

SQMP
NetdevL2TPv3Options
-------------------

TODO

Members:

- "src": TODO
- "dst": TODO
- "srcport": TODO
- "dstport": TODO
- "ipv6": TODO
- "udp": TODO
- "cookie64": TODO
- "counter": TODO
- "pincounter": TODO
- "txcookie": TODO
- "rxcookie": TODO
- "txsession": TODO
- "rxsession": TODO
- "offset": TODO

Since: 2.1

EQMP

    {
        .struct             = "NetdevVdeOptions",
        .members            = "sock:str?,"
                              "port:uint16?,"
                              "group:str?,"
                              "mode:uint16?",
    },

SQMP
NetdevVdeOptions
----------------

TODO

Members:

- "sock": TODO
- "port": TODO
- "group": TODO
- "mode": TODO

Since: 1.2

EQMP

    {
        .struct             = "NetdevBridgeOptions",
        .members            = "br:str?,"
                              "helper:str?",
    },

SQMP
NetdevBridgeOptions
-------------------

TODO

Members:

- "br": TODO
- "helper": TODO

Since: 1.2

EQMP

    {
        .struct             = "NetdevHubPortOptions",
        .members            = "hubid:int32,"
                              "netdev:str?",
    },

SQMP
NetdevHubPortOptions
--------------------

Options of a hubport backend: a port of an internal hub that connects
every backend and card plugged into it.

Members:

- "hubid": the hub's number
- "netdev": another backend to plug into the hub

Since: 1.2

EQMP

    {
        .struct             = "NetdevNetmapOptions",
        .members            = "ifname:str,"
                              "devname:str?",
    },

SQMP
NetdevNetmapOptions
-------------------

TODO

Members:

- "ifname": TODO
- "devname": TODO

Since: 2.0

EQMP

#if defined(CONFIG_AF_XDP)
    {
        .enum               = "AFXDPMode",
        .values             = "native,skb",
    },
#endif

SQMP
AFXDPMode
---------

TODO

Values:

- "native": TODO
- "skb": TODO

Since: 8.2

EQMP

#if defined(CONFIG_AF_XDP)
    {
        .struct             = "NetdevAFXDPOptions",
        .members            = "ifname:str,"
                              "mode:AFXDPMode?,"
                              "force-copy:bool?,"
                              "queues:int?,"
                              "start-queue:int?,"
                              "inhibit:bool?,"
                              "sock-fds:str?",
    },
#endif

SQMP
NetdevAFXDPOptions
------------------

TODO

Members:

- "ifname": TODO
- "mode": TODO
- "force-copy": TODO
- "queues": TODO
- "start-queue": TODO
- "inhibit": TODO
- "sock-fds": TODO

Since: 8.2

EQMP

    {
        .struct             = "NetdevVhostUserOptions",
        .members            = "chardev:str,"
                              "vhostforce:bool?,"
                              "queues:int?",
    },

SQMP
NetdevVhostUserOptions
----------------------

TODO

Members:

- "chardev": TODO
- "vhostforce": TODO
- "queues": TODO

Since: 2.1

EQMP

    {
        .struct             = "NetdevVhostVDPAOptions",
        .members            = "vhostdev:str?,"
                              "vhostfd:str?,"
                              "queues:int?,"
                              "x-svq:bool? +unstable",
    },

SQMP
NetdevVhostVDPAOptions
----------------------

TODO

Members:

- "vhostdev": TODO
- "vhostfd": TODO
- "queues": TODO
- "x-svq": TODO

Features:

- "unstable": TODO

Since: 5.1

EQMP

#if defined(CONFIG_VMNET)
    {
        .struct             = "NetdevVmnetHostOptions",
        .members            = "start-address:str?,"
                              "end-address:str?,"
                              "subnet-mask:str?,"
                              "isolated:bool?,"
                              "net-uuid:str?",
    },
#endif

SQMP
NetdevVmnetHostOptions
----------------------

TODO

Members:

- "start-address": TODO
- "end-address": TODO
- "subnet-mask": TODO
- "isolated": TODO
- "net-uuid": TODO

Since: 7.1

EQMP

#if defined(CONFIG_VMNET)
    {
        .struct             = "NetdevVmnetSharedOptions",
        .members            = "start-address:str?,"
                              "end-address:str?,"
                              "subnet-mask:str?,"
                              "isolated:bool?,"
                              "nat66-prefix:str?",
    },
#endif

SQMP
NetdevVmnetSharedOptions
------------------------

TODO

Members:

- "start-address": TODO
- "end-address": TODO
- "subnet-mask": TODO
- "isolated": TODO
- "nat66-prefix": TODO

Since: 7.1

EQMP

#if defined(CONFIG_VMNET)
    {
        .struct             = "NetdevVmnetBridgedOptions",
        .members            = "ifname:str,"
                              "isolated:bool?",
    },
#endif

SQMP
NetdevVmnetBridgedOptions
-------------------------

TODO

Members:

- "ifname": TODO
- "isolated": TODO

Since: 7.1

EQMP

    {
        .struct             = "NetdevStreamOptions",
        .members            = "addr:SocketAddress,"
                              "server:bool?,"
                              "reconnect:int? +deprecated,"
                              "reconnect-ms:int?",
    },

SQMP
NetdevStreamOptions
-------------------

Options of a stream backend: Ethernet frames over a stream socket.

Members:

- "addr": the address to listen on or connect to
- "server": listen rather than connect (default false)
- "reconnect": deprecated; seconds before a lost client connection is tried
  again
- "reconnect-ms": milliseconds before a lost client connection is tried
  again (0, the default, means never)

Features:

- "deprecated": TODO

Since: 7.2

EQMP

    {
        .struct             = "NetdevDgramOptions",
        .members            = "local:SocketAddress?,"
                              "remote:SocketAddress?",
    },

SQMP
NetdevDgramOptions
------------------

Options of a dgram backend: Ethernet frames over datagrams (UDP or a Unix
datagram socket, unicast or multicast).

Members:

- "local": the local address
- "remote": the peer (or multicast group) address

Since: 7.2

EQMP

    {
        .enum               = "NetClientDriver",
        .values             = "none,nic,user,tap,l2tpv3,socket,stream,dgram,vde,bridge,hubport,"
                              "netmap,vhost-user,vhost-vdpa,"
#if defined(CONFIG_AF_XDP)
                              "af-xdp,"
#endif
#if defined(CONFIG_VMNET)
                              "vmnet-host,"
#endif
#if defined(CONFIG_VMNET)
                              "vmnet-shared,"
#endif
#if defined(CONFIG_VMNET)
                              "vmnet-bridged"
#endif
                              "",
    },

SQMP
NetClientDriver
---------------

An enumeration used by the netdev_add command.

Values:

- "none": TODO
- "nic": TODO
- "user": TODO
- "tap": TODO
- "l2tpv3": TODO
- "socket": TODO
- "stream": TODO
- "dgram": TODO
- "vde": TODO
- "bridge": TODO
- "hubport": TODO
- "netmap": TODO
- "vhost-user": TODO
- "vhost-vdpa": TODO
- "af-xdp": TODO
- "vmnet-host": TODO
- "vmnet-shared": TODO
- "vmnet-bridged": TODO

Since: 2.7

EQMP

    {
        .union              = "Netdev",
        .members            = "id:str,"
                              "type:NetClientDriver",
        .discriminator      = "type",
        .variants           = "nic:NetLegacyNicOptions,"
                              "user:NetdevUserOptions,"
                              "tap:NetdevTapOptions,"
                              "l2tpv3:NetdevL2TPv3Options,"
                              "socket:NetdevSocketOptions,"
                              "stream:NetdevStreamOptions,"
                              "dgram:NetdevDgramOptions,"
                              "vde:NetdevVdeOptions,"
                              "bridge:NetdevBridgeOptions,"
                              "hubport:NetdevHubPortOptions,"
                              "netmap:NetdevNetmapOptions,"
#if defined(CONFIG_AF_XDP)
                              "af-xdp:NetdevAFXDPOptions,"
#endif
                              "vhost-user:NetdevVhostUserOptions,"
                              "vhost-vdpa:NetdevVhostVDPAOptions,"
#if defined(CONFIG_VMNET)
                              "vmnet-host:NetdevVmnetHostOptions,"
#endif
#if defined(CONFIG_VMNET)
                              "vmnet-shared:NetdevVmnetSharedOptions,"
#endif
#if defined(CONFIG_VMNET)
                              "vmnet-bridged:NetdevVmnetBridgedOptions"
#endif
                              "",
    },

SQMP
Netdev
------

The options of a network backend, selected by "type". This file describes
the user, tap, socket, stream, dgram and hubport backends.

Members:

- "id": the backend's identifier, used by the "netdev" property of a network
  card
- "type": the kind of backend

Since: 1.2

EQMP

    {
        .enum               = "RxState",
        .values             = "normal,none,all",
    },

SQMP
RxState
-------

An enumeration used by RxFilterInfo.

Values:

- "normal": TODO
- "none": TODO
- "all": TODO

Since: 1.6

EQMP

    {
        .struct             = "RxFilterInfo",
        .members            = "name:str,"
                              "promiscuous:bool,"
                              "multicast:RxState,"
                              "unicast:RxState,"
                              "vlan:RxState,"
                              "broadcast-allowed:bool,"
                              "multicast-overflow:bool,"
                              "unicast-overflow:bool,"
                              "main-mac:str,"
                              "vlan-table:[int],"
                              "unicast-table:[str],"
                              "multicast-table:[str]",
    },

SQMP
RxFilterInfo
------------

The receive filter a guest programmed into a network card.

Members:

- "name": TODO
- "promiscuous": TODO
- "multicast": TODO
- "unicast": TODO
- "vlan": TODO
- "broadcast-allowed": TODO
- "multicast-overflow": TODO
- "unicast-overflow": TODO
- "main-mac": TODO
- "vlan-table": TODO
- "unicast-table": TODO
- "multicast-table": TODO

Since: 1.6

EQMP

    {
        .name               = "query-rx-filter",
        .args_type          = "name:str?",
        .returns            = "[RxFilterInfo]",
    },

SQMP
query-rx-filter
---------------

Report the receive filters (MAC tables, VLAN table, promiscuous mode) that
the guest programmed into its network cards.

Arguments:

- "name": only this network card (json-string, optional)

Returns: [RxFilterInfo]

Example: -> { "execute": "query-rx-filter", "arguments": { "name": "nic0" } }
<- { "return": [ { "name": "nic0", "promiscuous": true, "multicast": "normal", "unicast": "normal", "vlan": "all", "broadcast-allowed": false, "multicast-overflow": false, "unicast-overflow": false,
                   "main-mac": "52:54:00:12:34:56", "vlan-table": [ 4095, 4094 ], "unicast-table": [], "multicast-table": [] } ] }

Since: 1.6

EQMP

    {
        .event              = "NIC_RX_FILTER_CHANGED",
        .data               = "name:str?,"
                              "path:str",
    },

SQMP
NIC_RX_FILTER_CHANGED
---------------------

The guest changed the receive filter of a network card; read it with
"query-rx-filter". Not sent again until that command was run.

Data:

- "name": the network card's identifier, when it has one (json-string,
  optional)
- "path": the network card's QOM path (json-string)

Example: <- { "event": "NIC_RX_FILTER_CHANGED", "data": { "name": "nic0", "path": "/machine/peripheral/nic0/virtio-backend" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

Since: 1.6

EQMP

    {
        .struct             = "AnnounceParameters",
        .members            = "initial:int,"
                              "max:int,"
                              "rounds:int,"
                              "step:int,"
                              "interfaces:[str]?,"
                              "id:str?",
    },

SQMP
AnnounceParameters
------------------

TODO

Members:

- "initial": TODO
- "max": TODO
- "rounds": TODO
- "step": TODO
- "interfaces": TODO
- "id": TODO

Since: 4.0

EQMP

    {
        .name               = "announce-self",
        .args               = "AnnounceParameters",
        .boxed              = true,
    },

SQMP
announce-self
-------------

TODO

Since: 4.0

EQMP

    {
        .event              = "FAILOVER_NEGOTIATED",
        .data               = "device-id:str",
    },

SQMP
FAILOVER_NEGOTIATED
-------------------

TODO

Data:

- "device-id": TODO

Since: 4.2

EQMP

    {
        .event              = "NETDEV_STREAM_CONNECTED",
        .data               = "netdev-id:str,"
                              "addr:SocketAddress",
    },

SQMP
NETDEV_STREAM_CONNECTED
-----------------------

TODO

Data:

- "netdev-id": TODO
- "addr": TODO

Since: 7.2

EQMP

    {
        .event              = "NETDEV_STREAM_DISCONNECTED",
        .data               = "netdev-id:str",
    },

SQMP
NETDEV_STREAM_DISCONNECTED
--------------------------

TODO

Data:

- "netdev-id": TODO

Since: 7.2

EQMP

    {
        .event              = "NETDEV_VHOST_USER_CONNECTED",
        .data               = "netdev-id:str,"
                              "chardev-id:str",
    },

SQMP
NETDEV_VHOST_USER_CONNECTED
---------------------------

TODO

Data:

- "netdev-id": TODO
- "chardev-id": TODO

Since: 10.0

EQMP

    {
        .event              = "NETDEV_VHOST_USER_DISCONNECTED",
        .data               = "netdev-id:str",
    },

SQMP
NETDEV_VHOST_USER_DISCONNECTED
------------------------------

TODO

Data:

- "netdev-id": TODO

Since: 10.0

EQMP

