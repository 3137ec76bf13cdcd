HXCOMM Area 'net'.

SQMP
Network devices
===============

Network backends (netdevs: user networking, tap, sockets, vhost-user,
vhost-vdpa, ...) that carry the traffic of the guest's network cards,
the link state and receive filters of those cards, self-announcement
after migration, and the events of connecting backends.

EQMP

    {
        .name               = "set_link",
        .args_type          = "name:str,"
                              "up:bool",
    },

SQMP
set_link
--------

Set the link of a network card or backend up or down, as if its cable
were plugged in or pulled out. The guest sees the change only if the
card reports link status; for a card that cannot report it, the
command still succeeds and the guest notices nothing.

Arguments:

- "name": the ID of the network card (device) or backend (netdev).
- "up": true for link up, false for link down.

Errors:

- DeviceNotFound when no network card or backend has that name.

Since: 0.14

Example:

(Captured with -netdev user,id=net0 -device
virtio-net-pci,netdev=net0,id=nic0.)

-> {"execute": "set_link", "arguments": {"name": "nic0", "up": false}}
<- {"return": {}}
-> {"execute": "set_link", "arguments": {"name": "nosuch", "up": true}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'nosuch' not found"}}

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

Create a network backend, typically for a network card added
afterwards with device_add (the card's "netdev" property names the
backend's ID). This is the QMP form of -netdev.

Arguments: a Netdev object: "id", "type", and the options of the
backend type chosen by "type" (for example NetdevUserOptions for
"user", NetdevStreamOptions for "stream").

Errors:

- GenericError when a backend with that ID exists, when the options
  are invalid, or when "type" names a backend this QEMU does not have
  (QEMU's schema documents DeviceNotFound for an invalid type; QEMU
  10.0.2 answers GenericError).

Since: 0.14

Example:

(Captured from qemu-system-x86_64.)

User networking with a DNS search domain:

-> {"execute": "netdev_add", "arguments": {"type": "user", "id": "netdev1", "dnssearch": [{"str": "example.org"}]}}
<- {"return": {}}

User networking on another subnet, with the host's port 22222 (on
127.0.0.1) forwarded to the guest's ssh port:

-> {"execute": "netdev_add", "arguments": {"type": "user", "id": "net1", "net": "10.0.3.0/24", "hostfwd": [{"str": "tcp:127.0.0.1:22222-:22"}]}}
<- {"return": {}}

A stream backend that listens on a Unix socket, and one that connects
to it and reconnects after 1 second when the connection is lost:

-> {"execute": "netdev_add", "arguments": {"type": "stream", "id": "srv0", "server": true, "addr": {"type": "unix", "path": "/tmp/dn/net.sock"}}}
<- {"return": {}}
-> {"execute": "netdev_add", "arguments": {"type": "stream", "id": "cli0", "server": false, "addr": {"type": "unix", "path": "/tmp/dn/net.sock"}, "reconnect-ms": 1000}}
<- {"return": {}}

A port of hub 1:

-> {"execute": "netdev_add", "arguments": {"type": "hubport", "id": "hp0", "hubid": 1}}
<- {"return": {}}

An ID that is taken, and a backend type this build lacks:

-> {"execute": "netdev_add", "arguments": {"type": "user", "id": "net1"}}
<- {"error": {"class": "GenericError", "desc": "Duplicate ID 'net1'"}}
-> {"execute": "netdev_add", "arguments": {"type": "af-xdp", "id": "x2", "ifname": "lo"}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'type' does not accept value 'af-xdp'"}}

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

- "id": the ID of the backend.

Errors:

- DeviceNotFound when no backend has that ID.

Since: 0.14

Example:

-> {"execute": "netdev_del", "arguments": {"id": "net1"}}
<- {"return": {}}
-> {"execute": "netdev_del", "arguments": {"id": "nosuch"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'nosuch' not found"}}

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

A guest network card as the legacy -net nic option creates it (the
"nic" value of NetClientDriver). netdev_add does not accept this type:
add cards with device_add.

Members:

- "netdev": the ID of the backend (-netdev) the card is connected to.
- "macaddr": the card's MAC address. When absent, QEMU assigns a
  default one.
- "model": the card model, for example "e1000", "rtl8139" or "virtio".
- "addr": the PCI address of the card.
- "vectors": how many MSI-X vectors the card has; 0 turns MSI-X off.

Since: 1.2

EQMP

    {
        .struct             = "String",
        .members            = "str:str",
    },

SQMP
String
------

A string wrapped in an object, so that it can be an element of a list
(as in the "dnssearch" and "hostfwd" lists of user networking).

Members:

- "str": the string.

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

Options of a user networking backend (slirp): QEMU itself plays
router, DHCP, DNS and optionally TFTP and SMB server for the guest, with
no privileges needed on the host. The guest reaches the outside world
through the host's own connections.

Members:

- "hostname": the client host name the built-in DHCP server hands to
  the guest.
- "restrict": isolate the guest: it cannot reach the host, and no
  packet of the guest is routed to the outside. Forwarding rules given
  in "hostfwd" and "guestfwd" still work.
- "ipv4": whether the backend offers IPv4. Default true (since 2.6).
- "ipv6": whether the backend offers IPv6. Default true (since 2.6).
- "ip": the older spelling of "net"; use "net".
- "net": the guest's IPv4 network, as addr[/netmask], the netmask
  either dotted (a.b.c.d) or a number of leading one bits. Default
  10.0.2.0/24.
- "host": the address of the host (the router) as the guest sees it.
- "tftp": the root directory of the built-in TFTP server. When absent,
  there is no TFTP server.
- "bootfile": the file name the DHCP server announces for network boot
  (BOOTP), to be fetched from the TFTP server of "tftp".
- "dhcpstart": the first of the 16 addresses the built-in DHCP server
  can hand out.
- "dns": the address of the built-in DNS server as the guest sees it.
- "dnssearch": the DNS search domains the DHCP server passes to the
  guest.
- "domainname": the domain name the DHCP server passes to the guest
  (since 3.0).
- "ipv6-prefix": the guest's IPv6 network prefix, in the usual
  hexadecimal IPv6 notation. Default fec0:: (since 2.6).
- "ipv6-prefixlen": the length of that prefix in bits. Default 64
  (since 2.6).
- "ipv6-host": the IPv6 address of the host as the guest sees it
  (since 2.6).
- "ipv6-dns": the IPv6 address of the built-in DNS server as the guest
  sees it (since 2.6).
- "smb": the root directory of the built-in SMB server (a host
  directory shared with the guest). When absent, there is no SMB
  server.
- "smbserver": the IP address of the SMB server on the guest network.
- "hostfwd": connections to host ports that are forwarded to the
  guest, each "[tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport".
- "guestfwd": TCP connections of the guest to a given address that are
  forwarded to a host service (a chardev or a command).
- "tftp-server-name": the TFTP server name the DHCP server announces
  (the RFC 2132 "TFTP server name" option) (since 3.1).

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

Options of a tap backend: a tap interface of the host, created by QEMU,
by a helper, or opened beforehand and passed as a file descriptor.

Members:

- "ifname": the name of the tap interface.
- "fd": a file descriptor of an open tap device (a number, or the name
  of a descriptor passed with getfd).
- "fds": several such descriptors of a multiqueue tap device,
  separated by colons.
- "script": the script run to set the interface up; "no" runs none.
  When absent, QEMU runs its default network script.
- "downscript": the script run when the interface goes away; "no" runs
  none. When absent, QEMU runs its default network down script.
- "br": the bridge that "helper" attaches the interface to (since 2.8).
- "helper": the program that creates the tap interface and attaches it
  to a bridge (such as qemu-bridge-helper), so QEMU needs no
  privileges for it.
- "sndbuf": the limit of the send buffer, in bytes.
- "vnet_hdr": whether to set the IFF_VNET_HDR flag on the interface,
  so that virtio-net headers (checksum and segmentation offloads) pass
  through it.
- "vhost": whether to use vhost-net, the in-kernel accelerator for
  virtio-net.
- "vhostfd": a file descriptor of an open vhost-net device.
- "vhostfds": several such descriptors (one per queue), separated by
  colons.
- "vhostforce": use vhost-net also for virtio guests without MSI-X.
- "queues": the number of queues of a multiqueue tap interface.
- "poll-us": the longest time, in microseconds, that vhost may spend
  busy polling the tap interface (since 2.7).

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

Options of a socket backend, the older form of the stream and dgram
backends: Ethernet frames over a TCP connection (for example to another
QEMU), UDP or UDP multicast. Exactly one of "fd", "listen", "connect",
"mcast" and "udp" must be given.

Members:

- "fd": a file descriptor of an open socket.
- "listen": wait for a TCP connection on [host]:port.
- "connect": connect by TCP to host:port.
- "mcast": join the UDP multicast group address:port.
- "localaddr": the local address and port of the packets sent with
  "mcast" or "udp"; required with "udp", refused with anything else.
- "udp": send UDP datagrams to the unicast address:port.

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

Options of an l2tpv3 backend: Ethernet frames in an L2TPv3 tunnel
(RFC 3931), over IP or UDP.

Members:

- "src": the local (source) address.
- "dst": the remote (destination) address.
- "srcport": the source port; required with "udp", optional over IP.
- "dstport": the destination port; required with "udp", optional over
  IP.
- "ipv6": force the use of IPv6.
- "udp": encapsulate in UDP rather than directly in IP.
- "cookie64": use 64-bit cookies rather than 32-bit ones.
- "counter": add a sequence counter to the packets.
- "pincounter": keep the sequence counter at zero, a workaround for
  broken peers or networks that reorder packets.
- "txcookie": the cookie of sent packets (32 or 64 bits).
- "rxcookie": the cookie expected in received packets (32 or 64 bits).
- "txsession": the 32-bit session ID of sent packets.
- "rxsession": the 32-bit session ID expected in received packets.
  When absent, the same as "txsession".
- "offset": extra bytes between the header and the payload, for
  application data.

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

Options of a vde backend: a port of a VDE (Virtual Distributed
Ethernet) switch running on the host.

Members:

- "sock": the path of the switch's control socket.
- "port": the switch port to connect to.
- "group": the group that owns the socket.
- "mode": the permission bits of the socket.

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

Options of a bridge backend: a tap interface of the host attached to a
host bridge by a helper program.

Members:

- "br": the name of the bridge.
- "helper": the program that creates the tap interface and attaches it
  to the bridge.

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

Options of a hubport backend: a port of one of QEMU's internal hubs,
which pass every frame to all other ports of the hub. Cards and
backends on the same hub see each other's traffic.

Members:

- "hubid": the number of the hub.
- "netdev": the ID of a backend to connect the port to, so that the hub
  reaches that backend rather than a network card (since 2.12).

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

Options of a netmap backend: a host interface driven through netmap, or
a port of a VALE software switch.

Members:

- "ifname": a host interface that netmap supports, or a VALE port
  "valeX:Y", where the non-negative integers X and Y number the switch
  and its port (the port is created on the fly); ports with the same X
  are on the same switch.
- "devname": the path of the netmap device. Default /dev/netmap.

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

How the default XDP program of an af-xdp backend is attached to the
interface. Only in builds with AF_XDP support (CONFIG_AF_XDP).

Values:

- "native": driver (DRV) mode: the program runs in the network driver,
  which passes packets to the socket without allocating an skb; the
  driver must support it.
- "skb": generic mode: needs no support from the driver.

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

Options of an af-xdp backend: frames sent and received through AF_XDP
sockets on queues of a host interface. Only in builds with AF_XDP
support (CONFIG_AF_XDP).

Members:

- "ifname": the name of an existing host interface.
- "mode": how the default XDP program is attached. When absent, native
  mode is tried first, then skb mode.
- "force-copy": use XDP copy mode even when the device supports
  zero-copy. Default false.
- "queues": how many queues of the interface to use. Default 1.
- "start-queue": the first queue used. Default 0.
- "inhibit": load no default XDP program; use the one loaded on the
  interface already. Default false. Requires "sock-fds".
- "sock-fds": file descriptors of open, not yet bound AF_XDP sockets,
  separated by colons, one per queue in queue order, each already in
  the XDP socket map of its queue. Requires "inhibit".

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

Options of a vhost-user backend: the virtio-net data path is served by
another process over the vhost-user protocol, on a Unix socket.

Members:

- "chardev": the ID of the Unix socket chardev that talks to the
  vhost-user process.
- "vhostforce": use vhost also for virtio guests without MSI-X.
  Default false.
- "queues": the number of queues of a multiqueue vhost-user backend.
  Default 1 (since 2.5).

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

Options of a vhost-vdpa backend: a vDPA device of the host, whose data
path follows the virtio specification while its control path is
vendor specific.

Members:

- "vhostdev": the path of the vhost-vdpa device. Default
  /dev/vhost-vdpa-0.
- "vhostfd": a file descriptor of an open vhost-vdpa device.
- "queues": the number of queues of a multiqueue device. Default 1.
- "x-svq": start the device with shadow virtqueues (experimental).
  Default false (since 7.1).

Features:

- "unstable": the member "x-svq" is experimental and may change or go
  away.

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

Options of a vmnet-host backend (macOS vmnet framework, host mode): the
interface talks to the host and to other vmnet interfaces in host
mode. Only in builds with vmnet support (CONFIG_VMNET, macOS).

Members:

- "start-address": the first IPv4 address of the interface's range,
  from the private ranges of RFC 1918. It is the gateway address, and
  the addresses after it up to "end-address" form the DHCP pool.
  Must be given with "end-address" and "subnet-mask".
- "end-address": the last IPv4 address of the DHCP pool, from the
  private ranges of RFC 1918. Must be given with "start-address" and
  "subnet-mask".
- "subnet-mask": the IPv4 subnet mask of the interface. Must be given
  with "start-address" and "end-address".
- "isolated": isolate the interface: it may talk to the host only,
  not to other vmnet interfaces. Requires macOS 11.0 (Big Sur) or
  later.
- "net-uuid": the UUID of an isolated network to join: the interface
  then gets no DHCP service and talks only to the other interfaces of
  that network. Requires macOS 11.0 (Big Sur) or later.

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

Options of a vmnet-shared backend (macOS vmnet framework, shared
mode): the guest's traffic reaches the Internet through NAT, and the
interface talks to the host and to the other shared-mode interfaces of
its subnet. Without DHCP range, subnet mask and IPv6 prefix, it talks
to every other shared-mode interface. Only in builds with vmnet
support (CONFIG_VMNET, macOS).

Members:

- "start-address": the first IPv4 address of the interface's range,
  from the private ranges of RFC 1918. It is the gateway address, and
  the addresses after it up to "end-address" form the DHCP pool.
  Must be given with "end-address" and "subnet-mask".
- "end-address": the last IPv4 address of the DHCP pool, from the
  private ranges of RFC 1918. Must be given with "start-address" and
  "subnet-mask".
- "subnet-mask": the IPv4 subnet mask of the interface. Must be given
  with "start-address" and "end-address".
- "isolated": isolate the interface: it may talk to the host only,
  not to other vmnet interfaces. Requires macOS 11.0 (Big Sur) or
  later.
- "nat66-prefix": the IPv6 prefix of the guest network: a unique
  local address (within fd00::/8) with a length of 64.

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

Options of a vmnet-bridged backend (macOS vmnet framework, bridged
mode): the interface is bridged with a physical interface of the
host. Only in builds with vmnet support (CONFIG_VMNET, macOS).

Members:

- "ifname": the name of the physical interface to bridge with.
- "isolated": isolate the interface from other vmnet interfaces; it
  may talk to the host only. Requires macOS 11.0 (Big Sur) or later.

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

Options of a stream backend: Ethernet frames over a stream socket,
listening for or connecting to a peer such as another QEMU. Only
"unix", "inet" and "fd" addresses are supported.

Members:

- "addr": the address to listen on (with "server" true) or to connect
  to (with "server" false).
- "server": listen for a connection rather than connect. Default
  false.
- "reconnect": for a client, the number of seconds after which a lost
  connection is tried again; 0 never tries. Default 0 (since 8.0).
  Deprecated: use "reconnect-ms". Cannot be combined with
  "reconnect-ms".
- "reconnect-ms": for a client, the number of milliseconds after which
  a lost connection is tried again; 0 never tries. Default 0 (since
  9.2). Cannot be combined with "reconnect".

Features:

- "deprecated": the member "reconnect" is deprecated; use
  "reconnect-ms" instead.

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

Options of a dgram backend: Ethernet frames in datagrams, over UDP
(unicast or multicast) or a Unix datagram socket. Only "unix", "inet"
and "fd" addresses are supported.

Which members are needed depends on "remote": when it is a multicast
address, "local" is optional; otherwise "local" is required. Without
"remote", "local" must be an "fd" address. So: no "remote" and no
"local", or no "remote" and a "local" that is not an fd, are refused;
a multicast "remote" works with or without "local"; any other "remote"
needs "local".

Members:

- "local": the local address to send from and receive on.
- "remote": the address to send to: a peer, or a multicast group.

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

The kinds of network client: the backend types of netdev_add and
-netdev (the "type" of Netdev, which selects its further members), plus
the guest card of the legacy -net option.

Values:

- "none": no network at all; the value of the legacy "-net none". Has
  no options, and netdev_add refuses it.
- "nic": a guest network card of the legacy -net nic option; options in
  NetLegacyNicOptions. netdev_add refuses it: add cards with
  device_add.
- "user": user networking (slirp), needing no host privileges; options
  in NetdevUserOptions.
- "tap": a tap interface of the host; options in NetdevTapOptions.
- "l2tpv3": an Ethernet over L2TPv3 tunnel; options in
  NetdevL2TPv3Options (since 2.1).
- "socket": Ethernet over TCP, UDP or UDP multicast, the older form of
  stream and dgram; options in NetdevSocketOptions.
- "stream": Ethernet over a stream socket; options in
  NetdevStreamOptions (since 7.2).
- "dgram": Ethernet over datagrams; options in NetdevDgramOptions
  (since 7.2).
- "vde": a port of a VDE switch; options in NetdevVdeOptions.
- "bridge": a tap interface attached to a host bridge by a helper;
  options in NetdevBridgeOptions.
- "hubport": a port of an internal hub; options in
  NetdevHubPortOptions.
- "netmap": a netmap interface or VALE switch port; options in
  NetdevNetmapOptions.
- "vhost-user": a vhost-user process serving the data path; options in
  NetdevVhostUserOptions.
- "vhost-vdpa": a vDPA device of the host; options in
  NetdevVhostVDPAOptions (since 5.1).
- "af-xdp": AF_XDP sockets on a host interface; options in
  NetdevAFXDPOptions (since 8.2). Only in builds with AF_XDP support
  (CONFIG_AF_XDP).
- "vmnet-host": macOS vmnet in host mode; options in
  NetdevVmnetHostOptions (since 7.1). Only in builds with vmnet support
  (CONFIG_VMNET).
- "vmnet-shared": macOS vmnet in shared (NAT) mode; options in
  NetdevVmnetSharedOptions (since 7.1). Only in builds with vmnet
  support (CONFIG_VMNET).
- "vmnet-bridged": macOS vmnet bridged with a physical interface;
  options in NetdevVmnetBridgedOptions (since 7.1). Only in builds with
  vmnet support (CONFIG_VMNET).

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

The configuration of a network backend: the arguments of netdev_add
and the value of -netdev. "type" selects the further members; "none"
has no branch.

Members:

- "id": the ID of the backend, by which network cards (their "netdev"
  property) and commands such as netdev_del and set_link name it.
- "type": the kind of backend, which selects the further members.

Since: 1.2

EQMP

    {
        .enum               = "RxState",
        .values             = "normal,none,all",
    },

SQMP
RxState
-------

How a network card's receive filter treats packets of one kind
(unicast, multicast or VLAN-tagged).

Values:

- "normal": accept the packets that the corresponding table (MAC
  addresses or VLAN IDs) lists, drop the others.
- "none": drop all such packets.
- "all": accept all such packets.

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

The receive filter of a network card, as the guest driver programmed
it.

Members:

- "name": the ID of the network card (its net client name).
- "promiscuous": whether the card is in promiscuous mode.
- "multicast": how multicast packets are filtered.
- "unicast": how unicast packets are filtered.
- "vlan": how VLAN-tagged packets are filtered (since 2.0).
- "broadcast-allowed": whether broadcast packets are received.
- "multicast-overflow": whether the multicast table overflowed (more
  addresses than it holds were set).
- "unicast-overflow": whether the unicast table overflowed.
- "main-mac": the card's main MAC address.
- "vlan-table": the IDs of the VLANs the filter lets through.
- "unicast-table": the unicast MAC addresses the filter lets through.
- "multicast-table": the multicast MAC addresses the filter lets
  through.

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

Report the receive filters (promiscuous mode, MAC and VLAN tables)
that the guest programmed into its network cards. A management
application uses it to apply the same filtering on the host side, for
example on a macvtap device, after NIC_RX_FILTER_CHANGED.

Arguments:

- "name": only this network card. When absent, every card that can
  report a receive filter is listed; the others are skipped.

Returns: a list of RxFilterInfo: one per network card, or the one card
named.

Errors:

- GenericError when no network client has that name, when it is not a
  network card, or when the card cannot report its receive filter
  (only some models can, virtio-net among them).

Since: 1.6

Example:

(Captured with a virtio-net-pci card nic0 before the guest ran. The
filter lets every VLAN through, and QEMU lists all 4096 VLAN IDs; the
list is cut short here.)

-> {"execute": "query-rx-filter", "arguments": {"name": "nic0"}}
<- {"return": [{"promiscuous": true, "name": "nic0", "main-mac": "52:54:00:12:34:56", "unicast": "normal", "vlan": "all", "vlan-table": [4095, 4094, 4093], "unicast-table": [], "multicast": "normal", "multicast-overflow": false, "unicast-overflow": false, "multicast-table": [], "broadcast-allowed": false}]}

-> {"execute": "query-rx-filter", "arguments": {"name": "nic1"}}
<- {"error": {"class": "GenericError", "desc": "net client(nic1) doesn't support rx-filter querying"}}
-> {"execute": "query-rx-filter", "arguments": {"name": "net0"}}
<- {"error": {"class": "GenericError", "desc": "net client(net0) isn't a NIC"}}

EQMP

    {
        .event              = "NIC_RX_FILTER_CHANGED",
        .data               = "name:str?,"
                              "path:str",
    },

SQMP
NIC_RX_FILTER_CHANGED
---------------------

The guest changed the receive filter of a network card; read the new
filter with query-rx-filter. The first change always sends the event;
after that, no further event comes for the card until query-rx-filter
was run for it.

Data:

- "name": the ID of the network card (its net client name). Absent
  when the card has none.
- "path": the QOM path of the network card.

Since: 1.6

Example:

(Written from the schema, not captured from a server.)

<- {"event": "NIC_RX_FILTER_CHANGED", "data": {"name": "nic0", "path": "/machine/peripheral/nic0/virtio-backend"}, "timestamp": {"seconds": 1796447500, "microseconds": 326866}}

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

The timing of self-announcements: the gratuitous ARP / RARP packets
that network cards send so that switches learn where the guest's MAC
addresses are now (after migration, or on request with announce-self).
The delay starts at "initial" and grows by "step" after each round, up
to "max".

Members:

- "initial": the delay before the first announcement, in
  milliseconds.
- "max": the longest delay between two announcements, in
  milliseconds.
- "rounds": how many announcements are sent.
- "step": how much the delay grows after each announcement, in
  milliseconds.
- "interfaces": the IDs of the network cards that announce. When
  absent, every card does (since 4.1).
- "id": a name for this set of announcement timers, so that a later
  announce-self with the same name changes them rather than starting
  another set. It has no meaning in the migration parameters (since
  4.1).

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

Make the guest's network cards send broadcast RARP (and gratuitous
ARP) frames now, so that network switches update where the guest's MAC
addresses are. This helps, for example, when a bond on the host fails
over to another link.

Arguments: an AnnounceParameters object: "initial", "max", "rounds" and
"step" (required, in milliseconds except "rounds"), "interfaces" and
"id".

Since: 4.0

Example:

(Captured with a virtio-net-pci card nic0.)

-> {"execute": "announce-self", "arguments": {"initial": 50, "max": 550, "rounds": 5, "step": 50}}
<- {"return": {}}

Only card nic0, as timer set "ann0":

-> {"execute": "announce-self", "arguments": {"initial": 50, "max": 550, "rounds": 3, "step": 100, "interfaces": ["nic0"], "id": "ann0"}}
<- {"return": {}}

EQMP

    {
        .event              = "FAILOVER_NEGOTIATED",
        .data               = "device-id:str",
    },

SQMP
FAILOVER_NEGOTIATED
-------------------

The guest's virtio-net driver accepted the VIRTIO_NET_F_STANDBY feature
of a standby (failover) card. The failover primary device paired with
it, which QEMU kept hidden (not plugged although it was requested),
is now hotplugged by the standby virtio-net card.

Data:

- "device-id": the ID of the primary device that was held back and is
  now plugged.

Since: 4.2

Example:

(Written from the schema, not captured from a server.)

<- {"event": "FAILOVER_NEGOTIATED", "data": {"device-id": "hostdev0"}, "timestamp": {"seconds": 1796447500, "microseconds": 326866}}

EQMP

    {
        .event              = "NETDEV_STREAM_CONNECTED",
        .data               = "netdev-id:str,"
                              "addr:SocketAddress",
    },

SQMP
NETDEV_STREAM_CONNECTED
-----------------------

A stream network backend (type "stream") got connected: a server
accepted a client, or a client reached its server.

Data:

- "netdev-id": the ID of the backend.
- "addr": the address of the other end of the connection (for a Unix
  socket, the socket's path).

Since: 7.2

Example:

(Captured for the server backend "srv0" of netdev_add's example, when
the client backend "cli0" connected.)

<- {"timestamp": {"seconds": 1796447408, "microseconds": 878779}, "event": "NETDEV_STREAM_CONNECTED", "data": {"netdev-id": "srv0", "addr": {"path": "/tmp/dn/net.sock", "type": "unix"}}}

EQMP

    {
        .event              = "NETDEV_STREAM_DISCONNECTED",
        .data               = "netdev-id:str",
    },

SQMP
NETDEV_STREAM_DISCONNECTED
--------------------------

A stream network backend (type "stream") lost its connection. A client
with "reconnect-ms" set tries again after that delay.

Data:

- "netdev-id": the ID of the backend.

Since: 7.2

Example:

(Captured for the client backend "cli0" when its server backend was
removed with netdev_del.)

<- {"timestamp": {"seconds": 1796447422, "microseconds": 819964}, "event": "NETDEV_STREAM_DISCONNECTED", "data": {"netdev-id": "cli0"}}

EQMP

    {
        .event              = "NETDEV_VHOST_USER_CONNECTED",
        .data               = "netdev-id:str,"
                              "chardev-id:str",
    },

SQMP
NETDEV_VHOST_USER_CONNECTED
---------------------------

The chardev of a vhost-user network backend got connected to the
vhost-user process.

Data:

- "netdev-id": the ID of the backend.
- "chardev-id": the ID of the chardev the backend uses.

Since: 10.0

Example:

(Captured with netdev_add of a vhost-user backend "vu0" on a client
socket chardev "chr0".)

<- {"timestamp": {"seconds": 1796447504, "microseconds": 736380}, "event": "NETDEV_VHOST_USER_CONNECTED", "data": {"netdev-id": "vu0", "chardev-id": "chr0"}}

EQMP

    {
        .event              = "NETDEV_VHOST_USER_DISCONNECTED",
        .data               = "netdev-id:str",
    },

SQMP
NETDEV_VHOST_USER_DISCONNECTED
------------------------------

The chardev of a vhost-user network backend lost its connection to the
vhost-user process.

Data:

- "netdev-id": the ID of the backend.

Since: 10.0

Example:

(Captured when the process at the other end closed the socket.)

<- {"timestamp": {"seconds": 1796447512, "microseconds": 625385}, "event": "NETDEV_VHOST_USER_DISCONNECTED", "data": {"netdev-id": "vu0"}}

EQMP

