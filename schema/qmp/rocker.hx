HXCOMM Area 'rocker'.

    {
        .struct             = "RockerSwitch",
        .members            = "name:str,"
                              "id:uint64,"
                              "ports:uint32",
    },

SQMP
RockerSwitch
------------

TODO

Members:

- "name": TODO
- "id": TODO
- "ports": TODO

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

TODO

Arguments:

- "name": TODO

Returns: RockerSwitch. TODO

Since: 2.4

EQMP

    {
        .enum               = "RockerPortDuplex",
        .values             = "half,full",
    },

SQMP
RockerPortDuplex
----------------

TODO

Values:

- "half": TODO
- "full": TODO

Since: 2.4

EQMP

    {
        .enum               = "RockerPortAutoneg",
        .values             = "off,on",
    },

SQMP
RockerPortAutoneg
-----------------

TODO

Values:

- "off": TODO
- "on": TODO

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

TODO

Members:

- "name": TODO
- "enabled": TODO
- "link-up": TODO
- "speed": TODO
- "duplex": TODO
- "autoneg": TODO

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

TODO

Arguments:

- "name": TODO

Returns: [RockerPort]. TODO

Since: 2.4

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

TODO

Members:

- "priority": TODO
- "tbl-id": TODO
- "in-pport": TODO
- "tunnel-id": TODO
- "vlan-id": TODO
- "eth-type": TODO
- "eth-src": TODO
- "eth-dst": TODO
- "ip-proto": TODO
- "ip-tos": TODO
- "ip-dst": TODO

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

TODO

Members:

- "in-pport": TODO
- "tunnel-id": TODO
- "vlan-id": TODO
- "eth-src": TODO
- "eth-dst": TODO
- "ip-proto": TODO
- "ip-tos": TODO

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

TODO

Members:

- "goto-tbl": TODO
- "group-id": TODO
- "tunnel-lport": TODO
- "vlan-id": TODO
- "new-vlan-id": TODO
- "out-pport": TODO

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

TODO

Members:

- "cookie": TODO
- "hits": TODO
- "key": TODO
- "mask": TODO
- "action": TODO

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

TODO

Arguments:

- "name": TODO
- "tbl-id": TODO

Returns: [RockerOfDpaFlow]. TODO

Since: 2.4

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

TODO

Members:

- "id": TODO
- "type": TODO
- "vlan-id": TODO
- "pport": TODO
- "index": TODO
- "out-pport": TODO
- "group-id": TODO
- "set-vlan-id": TODO
- "pop-vlan": TODO
- "group-ids": TODO
- "set-eth-src": TODO
- "set-eth-dst": TODO
- "ttl-check": TODO

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

TODO

Arguments:

- "name": TODO
- "type": TODO

Returns: [RockerOfDpaGroup]. TODO

Since: 2.4

EQMP

