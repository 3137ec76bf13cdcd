HXCOMM Area 'common'.

    {
        .enum               = "IoOperationType",
        .values             = "read,write",
    },

SQMP
IoOperationType
---------------

Whether a failed I/O request read or wrote.

Values:

- "read": TODO
- "write": TODO

Since: 2.1

EQMP

    {
        .enum               = "OnOffAuto",
        .values             = "auto,on,off",
    },

SQMP
OnOffAuto
---------

An enumeration used by BlockdevOptionsFile.

Values:

- "auto": TODO
- "on": TODO
- "off": TODO

Since: 2.2

EQMP

    {
        .enum               = "OnOffSplit",
        .values             = "on,off,split",
    },

SQMP
OnOffSplit
----------

TODO

Values:

- "on": TODO
- "off": TODO
- "split": TODO

Since: 2.6

EQMP

    {
        .alternate          = "StrOrNull",
        .variants           = "s:str,"
                              "n:null",
    },

SQMP
StrOrNull
---------

TODO

Members:

- "s": TODO
- "n": TODO

Since: 2.10

EQMP

    {
        .enum               = "OffAutoPCIBAR",
        .values             = "off,auto,bar0,bar1,bar2,bar3,bar4,bar5",
    },

SQMP
OffAutoPCIBAR
-------------

TODO

Values:

- "off": TODO
- "auto": TODO
- "bar0": TODO
- "bar1": TODO
- "bar2": TODO
- "bar3": TODO
- "bar4": TODO
- "bar5": TODO

Since: 2.12

EQMP

    {
        .enum               = "PCIELinkSpeed",
        .values             = "2_5,5,8,16,32,64",
    },

SQMP
PCIELinkSpeed
-------------

TODO

Values:

- "2_5": TODO
- "5": TODO
- "8": TODO
- "16": TODO
- "32": TODO
- "64": TODO

Since: 4.0

EQMP

    {
        .enum               = "PCIELinkWidth",
        .values             = "1,2,4,8,12,16,32",
    },

SQMP
PCIELinkWidth
-------------

TODO

Values:

- "1": TODO
- "2": TODO
- "4": TODO
- "8": TODO
- "12": TODO
- "16": TODO
- "32": TODO

Since: 4.0

EQMP

    {
        .enum               = "HostMemPolicy",
        .values             = "default,preferred,bind,interleave",
    },

SQMP
HostMemPolicy
-------------

An enumeration used by Memdev.

Values:

- "default": TODO
- "preferred": TODO
- "bind": TODO
- "interleave": TODO

Since: 2.1

EQMP

    {
        .enum               = "NetFilterDirection",
        .values             = "all,rx,tx",
    },

SQMP
NetFilterDirection
------------------

TODO

Values:

- "all": TODO
- "rx": TODO
- "tx": TODO

Since: 2.5

EQMP

    {
        .enum               = "GrabToggleKeys",
        .values             = "ctrl-ctrl,alt-alt,shift-shift,meta-meta,scrolllock,"
                              "ctrl-scrolllock",
    },

SQMP
GrabToggleKeys
--------------

TODO

Values:

- "ctrl-ctrl": TODO
- "alt-alt": TODO
- "shift-shift": TODO
- "meta-meta": TODO
- "scrolllock": TODO
- "ctrl-scrolllock": TODO

Since: 4.0

EQMP

    {
        .struct             = "HumanReadableText",
        .members            = "human-readable-text:str",
    },

SQMP
HumanReadableText
-----------------

TODO

Members:

- "human-readable-text": TODO

Since: 6.2

EQMP

    {
        .enum               = "EndianMode",
        .values             = "unspecified,little,big",
    },

SQMP
EndianMode
----------

TODO

Values:

- "unspecified": TODO
- "little": TODO
- "big": TODO

Since: 10.0

EQMP

