HXCOMM Area 'rocker'.

SQMP
Rocker switch
=============

Queries of the emulated Rocker switch (device "rocker"), a multi-port
Ethernet switch whose guest driver programs it through OF-DPA flow
tables and groups: the switch, its ports, and the flows and groups the
guest set up.

EQMP

    {
        .struct             = "RockerSwitch",
        .members            = "name:str,"
                              "id:uint64,"
                              "ports:uint32",
    },

SQMP
RockerSwitch
------------

A Rocker switch device, as query-rocker reports it.

Members:

- "name": the switch name (the device's "name" property).
- "id": the 64-bit switch ID.
- "ports": how many front-panel ports the switch has.

Since: 2.4

EQMP

    {
        .name               = "query-rocker",
        .args_type          = "name:str",
        .returns            = "RockerSwitch",
    },

SQMP
query-rocker
------------

Report the name, ID and port count of a Rocker switch.

Arguments:

- "name": the name of the switch (the "name" property of the rocker
  device).

Returns: a RockerSwitch describing the switch.

Errors:

- GenericError when no Rocker switch has that name.

Since: 2.4

Example:

(Captured with -device '{"driver": "rocker", "name": "sw1",
"ports": ["p1", "p2"]}', two hubport backends as its ports.)

-> {"execute": "query-rocker", "arguments": {"name": "sw1"}}
<- {"return": {"name": "sw1", "ports": 2, "id": 1327446905938}}
-> {"execute": "query-rocker", "arguments": {"name": "sw9"}}
<- {"error": {"class": "GenericError", "desc": "rocker sw9 not found"}}

EQMP

    {
        .enum               = "RockerPortDuplex",
        .values             = "half,full",
    },

SQMP
RockerPortDuplex
----------------

The duplex mode of a Rocker switch port's link.

Values:

- "half": half duplex: the port either sends or receives at a time.
- "full": full duplex: the port sends and receives at the same time.

Since: 2.4

EQMP

    {
        .enum               = "RockerPortAutoneg",
        .values             = "off,on",
    },

SQMP
RockerPortAutoneg
-----------------

Whether a Rocker switch port negotiates its link settings
automatically.

Values:

- "off": autonegotiation is disabled; speed and duplex are fixed.
- "on": autonegotiation is enabled.

Since: 2.4

EQMP

    {
        .struct             = "RockerPort",
        .members            = "name:str,"
                              "enabled:bool,"
                              "link-up:bool,"
                              "speed:uint32,"
                              "duplex:RockerPortDuplex,"
                              "autoneg:RockerPortAutoneg",
    },

SQMP
RockerPort
----------

One front-panel port of a Rocker switch and the state of its link.

Members:

- "name": the port name (the switch name followed by "p" and the port
  number counted from 1, for example "sw1p1").
- "enabled": whether the guest enabled the port for I/O.
- "link-up": whether the physical link of the port is up.
- "speed": the link speed in Mbit/s.
- "duplex": the duplex mode of the link.
- "autoneg": whether the link autonegotiates.

Since: 2.4

EQMP

    {
        .name               = "query-rocker-ports",
        .args_type          = "name:str",
        .returns            = "[RockerPort]",
    },

SQMP
query-rocker-ports
------------------

List the front-panel ports of a Rocker switch with their link state.

Arguments:

- "name": the name of the switch (not of a port).

Returns: a list of RockerPort, one per port of the switch.

Errors:

- GenericError when no Rocker switch has that name.

Since: 2.4

Example:

(Captured before the guest ran, so no port is enabled yet.)

-> {"execute": "query-rocker-ports", "arguments": {"name": "sw1"}}
<- {"return": [{"duplex": "full", "enabled": false, "name": "sw1p1", "autoneg": "off", "link-up": false, "speed": 10000}, {"duplex": "full", "enabled": false, "name": "sw1p2", "autoneg": "off", "link-up": false, "speed": 10000}]}

EQMP

    {
        .struct             = "RockerOfDpaFlowKey",
        .members            = "priority:uint32,"
                              "tbl-id:uint32,"
                              "in-pport:uint32?,"
                              "tunnel-id:uint32?,"
                              "vlan-id:uint16?,"
                              "eth-type:uint16?,"
                              "eth-src:str?,"
                              "eth-dst:str?,"
                              "ip-proto:uint8?,"
                              "ip-tos:uint8?,"
                              "ip-dst:str?",
    },

SQMP
RockerOfDpaFlowKey
------------------

The match key of an OF-DPA flow of a Rocker switch: the packet fields a
flow entry compares. An optional member is present only when the flow
matches on that field.

Members:

- "priority": the priority of the entry; 0 is the lowest.
- "tbl-id": the ID of the flow table holding the entry.
- "in-pport": the physical port the packet came in on.
- "tunnel-id": the tunnel ID.
- "vlan-id": the VLAN ID.
- "eth-type": the EtherType of the Ethernet header.
- "eth-src": the source MAC address of the Ethernet header.
- "eth-dst": the destination MAC address of the Ethernet header.
- "ip-proto": the protocol field of the IP header.
- "ip-tos": the TOS (type of service) field of the IP header.
- "ip-dst": the destination address of the IP header.

Since: 2.4

EQMP

    {
        .struct             = "RockerOfDpaFlowMask",
        .members            = "in-pport:uint32?,"
                              "tunnel-id:uint32?,"
                              "vlan-id:uint16?,"
                              "eth-src:str?,"
                              "eth-dst:str?,"
                              "ip-proto:uint8?,"
                              "ip-tos:uint8?",
    },

SQMP
RockerOfDpaFlowMask
-------------------

The mask of an OF-DPA flow of a Rocker switch: which bits of the key's
fields take part in the match. An optional member is present only when
the flow masks that field.

Members:

- "in-pport": the mask of the physical input port.
- "tunnel-id": the mask of the tunnel ID.
- "vlan-id": the mask of the VLAN ID.
- "eth-src": the mask of the source MAC address.
- "eth-dst": the mask of the destination MAC address.
- "ip-proto": the mask of the IP protocol field.
- "ip-tos": the mask of the IP TOS field.

Since: 2.4

EQMP

    {
        .struct             = "RockerOfDpaFlowAction",
        .members            = "goto-tbl:uint32?,"
                              "group-id:uint32?,"
                              "tunnel-lport:uint32?,"
                              "vlan-id:uint16?,"
                              "new-vlan-id:uint16?,"
                              "out-pport:uint32?",
    },

SQMP
RockerOfDpaFlowAction
---------------------

What an OF-DPA flow of a Rocker switch does with a matching packet. An
optional member is present only when the action uses it.

Members:

- "goto-tbl": the ID of the flow table that processes the packet next.
- "group-id": the ID of the group the packet is sent to.
- "tunnel-lport": the logical port of the tunnel.
- "vlan-id": the VLAN ID.
- "new-vlan-id": the VLAN ID the packet is given.
- "out-pport": the physical port the packet is sent out on.

Since: 2.4

EQMP

    {
        .struct             = "RockerOfDpaFlow",
        .members            = "cookie:uint64,"
                              "hits:uint64,"
                              "key:RockerOfDpaFlowKey,"
                              "mask:RockerOfDpaFlowMask,"
                              "action:RockerOfDpaFlowAction",
    },

SQMP
RockerOfDpaFlow
---------------

One OF-DPA flow entry of a Rocker switch: what it matches and what it
does.

Members:

- "cookie": the unique cookie that identifies the flow.
- "hits": how many packets matched the flow so far.
- "key": the packet fields the flow matches.
- "mask": which bits of those fields take part in the match.
- "action": what the switch does with a matching packet.

Since: 2.4

EQMP

    {
        .name               = "query-rocker-of-dpa-flows",
        .args_type          = "name:str,"
                              "tbl-id:uint32?",
        .returns            = "[RockerOfDpaFlow]",
    },

SQMP
query-rocker-of-dpa-flows
-------------------------

List the OF-DPA flow entries that the guest driver programmed into a
Rocker switch, with their hit counts.

Arguments:

- "name": the name of the switch.
- "tbl-id": only the flows of this flow table. When absent, the flows
  of every table are listed.

Returns: a list of RockerOfDpaFlow; empty while the guest has programmed
no flow.

Errors:

- GenericError when no Rocker switch has that name.

Since: 2.4

Example:

(Captured before the guest ran: no flow is programmed yet.)

-> {"execute": "query-rocker-of-dpa-flows", "arguments": {"name": "sw1"}}
<- {"return": []}
-> {"execute": "query-rocker-of-dpa-flows", "arguments": {"name": "sw1", "tbl-id": 10}}
<- {"return": []}

Example:

(Written from the schema, not captured from a server.)

A switch whose guest driver programmed a flow in table 0:

-> {"execute": "query-rocker-of-dpa-flows", "arguments": {"name": "sw1"}}
<- {"return": [{"key": {"in-pport": 1, "priority": 1, "tbl-id": 0},
                "hits": 52, "cookie": 3,
                "action": {"goto-tbl": 10},
                "mask": {"in-pport": 4294901760}}]}

EQMP

    {
        .struct             = "RockerOfDpaGroup",
        .members            = "id:uint32,"
                              "type:uint8,"
                              "vlan-id:uint16?,"
                              "pport:uint32?,"
                              "index:uint32?,"
                              "out-pport:uint32?,"
                              "group-id:uint32?,"
                              "set-vlan-id:uint16?,"
                              "pop-vlan:uint8?,"
                              "group-ids:[uint32]?,"
                              "set-eth-src:str?,"
                              "set-eth-dst:str?,"
                              "ttl-check:uint8?",
    },

SQMP
RockerOfDpaGroup
----------------

One OF-DPA group of a Rocker switch: a set of actions that flows send
packets to. Which optional members are present depends on the group
type.

Members:

- "id": the unique ID of the group.
- "type": the OF-DPA group type number.
- "vlan-id": the VLAN ID.
- "pport": the physical port number.
- "index": the group index; unique among the groups of one type.
- "out-pport": the physical port the packets are sent out on.
- "group-id": the ID of the next group the packets go to.
- "set-vlan-id": the VLAN ID the packets are given.
- "pop-vlan": whether the VLAN header is removed from the packets
  (non-zero: removed).
- "group-ids": the IDs of the next groups the packets go to.
- "set-eth-src": the source MAC address written into the Ethernet
  header.
- "set-eth-dst": the destination MAC address written into the Ethernet
  header.
- "ttl-check": whether the TTL is checked (non-zero: checked).

Since: 2.4

EQMP

    {
        .name               = "query-rocker-of-dpa-groups",
        .args_type          = "name:str,"
                              "type:uint8?",
        .returns            = "[RockerOfDpaGroup]",
    },

SQMP
query-rocker-of-dpa-groups
--------------------------

List the OF-DPA groups that the guest driver programmed into a Rocker
switch.

Arguments:

- "name": the name of the switch.
- "type": only the groups of this group type. When absent, the groups
  of every type are listed.

Returns: a list of RockerOfDpaGroup; empty while the guest has
programmed no group.

Errors:

- GenericError when no Rocker switch has that name.

Since: 2.4

Example:

(Captured before the guest ran: no group is programmed yet.)

-> {"execute": "query-rocker-of-dpa-groups", "arguments": {"name": "sw1"}}
<- {"return": []}
-> {"execute": "query-rocker-of-dpa-groups", "arguments": {"name": "nosuch"}}
<- {"error": {"class": "GenericError", "desc": "rocker nosuch not found"}}

Example:

(Written from the schema, not captured from a server.)

A switch whose guest driver set up two groups of type 0 on VLAN 3840:

-> {"execute": "query-rocker-of-dpa-groups", "arguments": {"name": "sw1", "type": 0}}
<- {"return": [{"type": 0, "out-pport": 1, "pport": 1, "vlan-id": 3840, "pop-vlan": 1, "id": 251658241}, {"type": 0, "out-pport": 0, "pport": 0, "vlan-id": 3840, "pop-vlan": 1, "id": 251658240}]}

EQMP

