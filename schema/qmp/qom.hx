HXCOMM Area 'qom'.

SQMP
QEMU Object Model (QOM)
=======================

The QOM tree of a running QEMU and the objects in it: list, read and
write the properties of any object by its path, list the QOM types and
the properties of a type, and create and destroy user-creatable objects
(IOThreads, memory backends, secrets, TLS credentials, network filters,
entropy sources, confidential-guest settings, ...) with object-add and
object-del. ObjectOptions holds the properties of every kind of object
that object-add creates.

EQMP

    {
        .struct             = "ObjectPropertyInfo",
        .members            = "name:str,"
                              "type:str,"
                              "description:str?,"
                              "default-value:any?",
    },

SQMP
ObjectPropertyInfo
------------------

One property of a QOM object or type, as qom-list and
qom-list-properties report it.

Members:

- "name": the property's name, as qom-get and qom-set take it.
- "type": the property's type. Usually one of: a basic type ("bool",
  "str", "int", "uint32", "size", "string", ... mapped to the matching
  JSON type), the name of a QAPI type (an enum such as
  "HostMemPolicy"), "child<TYPE>" for a child object in the composition
  tree (the object at PATH/NAME, of type TYPE), or "link<TYPE>" for a
  reference to another object of type TYPE.
- "description": a short human-readable explanation of the property.
  Absent when the property has none (qom-list never reports it).
- "default-value": the value the property has when it is not set.
  Absent when it has no fixed default or QEMU does not know it
  (qom-list never reports it) (since 5.0).

Since: 1.2

EQMP

    {
        .name               = "qom-list",
        .args_type          = "path:str",
        .returns            = "[ObjectPropertyInfo]",
        .allow_preconfig    = true,
    },

SQMP
qom-list
--------

List the properties of one object of the QOM tree, with their types.
Child objects appear as properties of type "child<...>", links to
other objects as "link<...>", so following the children from "/"
walks the whole tree (devices under /machine, objects made by -object
or object-add under /objects).

Arguments:

- "path": the object's QOM path: an absolute path starting with "/"
  (it may go through child<> and link<> properties), or a partial path
  without the leading "/" that names exactly one object anywhere in
  the tree, such as "vblk0" or "unattached/sysbus" (see qom-get).

Returns: the object's properties (name and type only).

Errors:

- DeviceNotFound when no object has that path.
- GenericError when a partial path matches more than one object.

Since: 1.2

Example:

(Captured from qemu-system-x86_64 -M pc with -object iothread,id=io0,
a cryptodev backend and virtio devices.)

-> {"execute": "qom-list", "arguments": {"path": "/objects"}}
<- {"return": [{"name": "type", "type": "string"}, {"name": "io0", "type": "child<iothread>"}, {"name": "cryptodev0", "type": "child<cryptodev-backend-builtin>"}, {"name": "pc.ram", "type": "child<memory-backend-ram>"}]}
-> {"execute": "qom-list", "arguments": {"path": "/machine/peripheral"}}
<- {"return": [{"name": "type", "type": "string"}, {"name": "crypto0", "type": "child<virtio-crypto-pci>"}, {"name": "balloon0", "type": "child<virtio-balloon-pci>"}, {"name": "rng0", "type": "child<virtio-rng-pci>"}, {"name": "vblk0", "type": "child<virtio-blk-pci>"}, {"name": "nic0", "type": "child<virtio-net-pci>"}]}
-> {"execute": "qom-list", "arguments": {"path": "/nosuch"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device '/nosuch' not found"}}
-> {"execute": "qom-list", "arguments": {"path": "virtio-backend"}}
<- {"error": {"class": "GenericError", "desc": "Path 'virtio-backend' is ambiguous"}}

EQMP

    {
        .name               = "qom-get",
        .args_type          = "path:str,"
                              "property:str",
        .returns            = "any",
        .allow_preconfig    = true,
    },

SQMP
qom-get
-------

Read one property of an object of the QOM tree. The value comes back as
the JSON form of the property's type: integers of every width as JSON
numbers, child<> and link<> properties as the QOM path of the object
they point to (a string).

Arguments:

- "path": the object's QOM path. An absolute path starts with "/" at
  the root and may go through child<> and link<> properties. A partial
  path has no leading "/": it is matched against the tree at every
  level, and it is accepted only when exactly one object matches.
- "property": the name of the property to read.

Returns: the property's value; its JSON type depends on the property.

Errors:

- DeviceNotFound when the path names no object, and also when a partial
  path matches more than one.
- GenericError when the object has no such property, or the property
  cannot be read.

Since: 1.2

Example:

(Captured from qemu-system-x86_64 -M pc with -object iothread,id=io0 and
-device virtio-net-pci,id=nic0,netdev=net0 among other devices.)

An absolute path, a partial path, a link property:

-> {"execute": "qom-get", "arguments": {"path": "/objects/io0", "property": "poll-max-ns"}}
<- {"return": 32768}
-> {"execute": "qom-get", "arguments": {"path": "unattached/sysbus", "property": "type"}}
<- {"return": "System"}
-> {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/nic0", "property": "parent_bus"}}
<- {"return": "/machine/i440fx/pci.0"}

A missing property, and a partial path that every virtio device has:

-> {"execute": "qom-get", "arguments": {"path": "/objects/io0", "property": "nosuch"}}
<- {"error": {"class": "GenericError", "desc": "Property 'iothread.nosuch' not found"}}
-> {"execute": "qom-get", "arguments": {"path": "virtio-backend", "property": "type"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Device 'virtio-backend' not found"}}

EQMP

    {
        .name               = "qom-set",
        .args_type          = "path:str,"
                              "property:str,"
                              "value:any",
        .allow_preconfig    = true,
    },

SQMP
qom-set
-------

Write one property of an object of the QOM tree. Whether a write is
allowed, and when, is up to the property: many device properties can
only be set before the device is realized, and read-only properties
refuse every write.

Arguments:

- "path": the object's QOM path, absolute or partial (see qom-get).
- "property": the name of the property to write.
- "value": the new value, in the JSON form of the property's type (as
  qom-get returns it).

Errors:

- DeviceNotFound when the path names no object (or a partial path
  matches more than one).
- GenericError when the object has no such property, the value has the
  wrong type or is out of range, or the property cannot be written
  (now).

Since: 1.2

Example:

(Captured from qemu-system-x86_64 -M pc with -object iothread,id=io0 and
-device virtio-net-pci,id=nic0,netdev=net0.)

-> {"execute": "qom-set", "arguments": {"path": "/objects/io0", "property": "poll-max-ns", "value": 0}}
<- {"return": {}}
-> {"execute": "qom-set", "arguments": {"path": "/machine", "property": "graphics", "value": false}}
<- {"return": {}}
-> {"execute": "qom-set", "arguments": {"path": "/objects/io0", "property": "poll-max-ns", "value": "x"}}
<- {"error": {"class": "GenericError", "desc": "Invalid parameter type for 'poll-max-ns', expected: integer"}}
-> {"execute": "qom-set", "arguments": {"path": "/machine/peripheral/nic0", "property": "mac", "value": "52:54:00:12:34:99"}}
<- {"error": {"class": "GenericError", "desc": "Attempt to set property 'mac' on anonymous device (type 'virtio-net-device') after it was realized"}}

EQMP

    {
        .struct             = "ObjectTypeInfo",
        .members            = "name:str,"
                              "abstract:bool?,"
                              "parent:str?",
    },

SQMP
ObjectTypeInfo
--------------

One QOM type found by qom-list-types.

Members:

- "name": the type's name.
- "abstract": true when the type is abstract: no object of it can be
  created, it only serves as the parent of other types. Absent when
  the type is not abstract (since 2.10).
- "parent": the name of the parent type; absent for the two root
  types, "object" and "interface" (since 2.10).

Since: 1.1

EQMP

    {
        .name               = "qom-list-types",
        .args_type          = "implements:str?,"
                              "abstract:bool?",
        .returns            = "[ObjectTypeInfo]",
        .allow_preconfig    = true,
    },

SQMP
qom-list-types
--------------

List the QOM types of this QEMU binary (device models, backends,
machines, accelerators, ...), optionally only those of one family.

Arguments:

- "implements": only list types that are this type, inherit from it or
  implement it (for an interface). When absent, every type.
- "abstract": true to list abstract types too. When absent, false:
  only types of which objects can be created.

Returns: the matching types, in no particular order; an empty list when
none matches (also when "implements" is not a type name).

Since: 1.1

Example:

(Captured from qemu-system-x86_64.)

-> {"execute": "qom-list-types", "arguments": {"implements": "memory-backend"}}
<- {"return": [{"name": "memory-backend-ram", "parent": "memory-backend"}, {"name": "memory-backend-file", "parent": "memory-backend"}, {"name": "memory-backend-memfd", "parent": "memory-backend"}, {"name": "memory-backend-shm", "parent": "memory-backend"}]}
-> {"execute": "qom-list-types", "arguments": {"implements": "memory-backend", "abstract": true}}
<- {"return": [{"name": "memory-backend-ram", "parent": "memory-backend"}, {"name": "memory-backend-file", "parent": "memory-backend"}, {"name": "memory-backend-memfd", "parent": "memory-backend"}, {"abstract": true, "name": "memory-backend", "parent": "object"}, {"name": "memory-backend-shm", "parent": "memory-backend"}]}
-> {"execute": "qom-list-types", "arguments": {"implements": "nosuch"}}
<- {"return": []}

EQMP

    {
        .name               = "qom-list-properties",
        .args_type          = "typename:str",
        .returns            = "[ObjectPropertyInfo]",
        .allow_preconfig    = true,
    },

SQMP
qom-list-properties
-------------------

List the properties that objects of a QOM type have, without an object
of it existing. Any QOM type can be asked, abstract or not, whether or
not object-add can create it. For a type that is not abstract QEMU
creates a temporary object of it and lists that object's properties;
for an abstract type it lists the properties declared by the type's
class. Properties that an object only gets at run time (for example
links made when it is connected to others) are not in the list.
device-list-properties does the same for device types.

Arguments:

- "typename": the name of the QOM type.

Returns: the type's properties, with a description and default value
where QEMU knows them.

Errors:

- DeviceNotFound when no type has that name.
- GenericError when the name is not that of an object type (an
  interface, for example).

Since: 2.12

Example:

(Captured from qemu-system-x86_64; the second reply is shortened.)

A type that is not abstract, and an abstract one:

-> {"execute": "qom-list-properties", "arguments": {"typename": "iothread"}}
<- {"return": [{"name": "type", "type": "string"}, {"name": "thread-pool-min", "type": "int"}, {"name": "aio-max-batch", "type": "int"}, {"name": "thread-pool-max", "type": "int"}, {"name": "poll-max-ns", "type": "int"}, {"name": "poll-grow", "type": "int"}, {"name": "poll-shrink", "type": "int"}]}
-> {"execute": "qom-list-properties", "arguments": {"typename": "memory-backend"}}
<- {"return": [{"name": "type", "type": "string"}, {"name": "share", "description": "Mark the memory as private to QEMU or shared", "type": "bool"}, {"name": "size", "description": "Size of the memory region (ex: 500M)", "type": "int"}, {"name": "policy", "description": "Set the NUMA policy", "type": "HostMemPolicy"}, {"name": "prealloc-context", "description": "Context to use for creating CPU threads for preallocation", "type": "link<thread-context>"}]}

An unknown type, and an interface:

-> {"execute": "qom-list-properties", "arguments": {"typename": "nosuch"}}
<- {"error": {"class": "DeviceNotFound", "desc": "Class 'nosuch' not found"}}
-> {"execute": "qom-list-properties", "arguments": {"typename": "user-creatable"}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'typename' expects a QOM type"}}

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "CanHostSocketcanProperties",
        .members            = "if:str,"
                              "canbus:str",
    },
#endif

SQMP
CanHostSocketcanProperties
--------------------------

The properties of a can-host-socketcan object: it connects a virtual
CAN bus of the guest to a CAN interface of the host (Linux SocketCAN).
Linux hosts only.

Members:

- "if": the name of the host's CAN network interface, such as "can0".
- "canbus": the ID of the can-bus object to connect to it.

Since: 2.12

EQMP

    {
        .struct             = "ColoCompareProperties",
        .members            = "primary_in:str,"
                              "secondary_in:str,"
                              "outdev:str,"
                              "iothread:str,"
                              "notify_dev:str?,"
                              "compare_timeout:uint64?,"
                              "expired_scan_cycle:uint32?,"
                              "max_queue_size:uint32?,"
                              "vnet_hdr_support:bool?",
    },

SQMP
ColoCompareProperties
---------------------

The properties of a colo-compare object, the packet comparator of COLO
(coarse-grained lock-stepping) fault tolerance: it compares the network
output of the primary and the secondary VM and forwards the primary's
packets.

Members:

- "primary_in": the ID of the chardev on which the primary VM's packets
  arrive; they are passed on to "outdev".
- "secondary_in": the ID of the chardev on which the secondary VM's
  packets arrive; they are only compared with the primary's, then
  dropped.
- "outdev": the ID of the chardev the primary's packets are sent out
  on.
- "iothread": the ID of the IOThread the comparator runs in.
- "notify_dev": the ID of the chardev used to talk to the remote COLO
  frame; only for Xen COLO.
- "compare_timeout": the longest time a packet from "primary_in" is
  held back while waiting for its counterpart from "secondary_in", in
  milliseconds. When absent, 3000.
- "expired_scan_cycle": how often the comparator looks for primary
  packets whose time is up, in milliseconds. When absent, 3000.
- "max_queue_size": the most packets queued for comparison with the
  secondary's; packets arriving while the queue is full are dropped.
  When absent, 1024.
- "vnet_hdr_support": true when the packets carry a vnet header. When
  absent, false.

Since: 2.8

EQMP

    {
        .struct             = "CryptodevBackendProperties",
        .members            = "queues:uint32?,"
                              "throttle-bps:uint64?,"
                              "throttle-ops:uint64?",
    },

SQMP
CryptodevBackendProperties
--------------------------

The properties of the cryptodev-backend, cryptodev-backend-builtin and
cryptodev-backend-lkcf objects, the backends of virtio-crypto devices
(see query-cryptodev).

Members:

- "queues": the number of queues of the backend. Ignored by
  cryptodev-backend; cryptodev-backend-builtin accepts only 1. When
  absent, 1.
- "throttle-bps": the most bytes per second that the backend processes
  over all its queues (since 8.0). When absent, no limit.
- "throttle-ops": the most operations per second that the backend
  processes over all its queues (since 8.0). When absent, no limit.

Since: 2.8

EQMP

#if defined(CONFIG_VHOST_CRYPTO)
    {
        .struct             = "CryptodevVhostUserProperties",
        .base               = "CryptodevBackendProperties",
        .members            = "chardev:str",
    },
#endif

SQMP
CryptodevVhostUserProperties
----------------------------

The properties of a cryptodev-vhost-user object: a cryptodev backend
whose work is done by an external vhost-user server. Only in builds
with vhost crypto support (CONFIG_VHOST_CRYPTO).

Members:

- "chardev": the ID of the Unix socket chardev connected to the
  vhost-user server.

Since: 2.12

EQMP

    {
        .struct             = "DBusVMStateProperties",
        .members            = "addr:str,"
                              "id-list:str?",
    },

SQMP
DBusVMStateProperties
---------------------

The properties of a dbus-vmstate object: on migration it saves the
state of helper processes reachable on a D-Bus bus (owners of the
org.qemu.VMState1 name) into the migration stream, and hands it to the
matching helpers on the destination. Only one such object can exist.

Members:

- "addr": the address of the D-Bus bus to connect to.
- "id-list": the IDs of the helpers whose state is migrated, separated
  by commas; migration fails when one of them is missing. When absent,
  the state of every helper found on the bus is migrated.

Since: 5.0

EQMP

    {
        .enum               = "NetfilterInsert",
        .values             = "before,behind",
    },

SQMP
NetfilterInsert
---------------

Where a new network filter goes relative to the filter named in its
"position" property.

Values:

- "before": in front of that filter: packets pass the new filter first.
- "behind": after that filter.

Since: 5.0

EQMP

    {
        .struct             = "NetfilterProperties",
        .members            = "netdev:str,"
                              "queue:NetFilterDirection?,"
                              "status:str?,"
                              "position:str?,"
                              "insert:NetfilterInsert?",
    },

SQMP
NetfilterProperties
-------------------

The properties every network filter object has (filter-buffer,
filter-dump, filter-mirror, filter-redirector, filter-replay,
filter-rewriter): the backend it filters, the direction, and its place
among the backend's filters.

Members:

- "netdev": the ID of the network backend (netdev) whose packets are
  filtered.
- "queue": which of the backend's packets pass the filter: "all",
  "rx" (packets going to the backend) or "tx" (packets the backend
  sends). When absent, "all".
- "status": "on" for an active filter, "off" for one that lets every
  packet through untouched. When absent, "on".
- "position": where the filter goes in the backend's list of filters:
  "head" (first, in front of all others), "tail" (last) or "id=ID"
  (next to the filter with that ID, on the side "insert" says). When
  absent, "tail".
- "insert": with "position" "id=ID", whether the filter goes before or
  behind the named one; ignored for "head" and "tail". When absent,
  "behind".

Since: 2.5

EQMP

    {
        .struct             = "FilterBufferProperties",
        .base               = "NetfilterProperties",
        .members            = "interval:uint32",
    },

SQMP
FilterBufferProperties
----------------------

The properties of a filter-buffer object: it holds back the packets of
a network backend and releases them in batches.

Members:

- "interval": the length of a batch, in microseconds; must not be 0.
  Every packet that arrives during an interval is delayed until the
  interval ends.

Since: 2.5

EQMP

    {
        .struct             = "FilterDumpProperties",
        .base               = "NetfilterProperties",
        .members            = "file:str,"
                              "maxlen:uint32?",
    },

SQMP
FilterDumpProperties
--------------------

The properties of a filter-dump object: it writes the packets of a
network backend to a file in pcap format.

Members:

- "file": the name of the file the packets are written to.
- "maxlen": how many bytes of each packet are written at most; longer
  packets are cut short. When absent, 65536.

Since: 2.5

EQMP

    {
        .struct             = "FilterMirrorProperties",
        .base               = "NetfilterProperties",
        .members            = "outdev:str,"
                              "vnet_hdr_support:bool?",
    },

SQMP
FilterMirrorProperties
----------------------

The properties of a filter-mirror object: it sends a copy of every
packet that passes it to a chardev, and lets the packet go on.

Members:

- "outdev": the ID of the chardev that receives the copies.
- "vnet_hdr_support": true to send the packets' vnet header along.
  When absent, false.

Since: 2.6

EQMP

    {
        .struct             = "FilterRedirectorProperties",
        .base               = "NetfilterProperties",
        .members            = "indev:str?,"
                              "outdev:str?,"
                              "vnet_hdr_support:bool?",
    },

SQMP
FilterRedirectorProperties
--------------------------

The properties of a filter-redirector object: it diverts the packets of
a network backend to a chardev and/or injects packets read from a
chardev. At least one of "indev" and "outdev" must be given, and when
both are, they must be different chardevs.

Members:

- "indev": the ID of a chardev whose incoming packets are passed on to
  the filtered backend.
- "outdev": the ID of a chardev that receives every packet reaching the
  filter, instead of the backend.
- "vnet_hdr_support": true when the packets carry a vnet header. When
  absent, false.

Since: 2.6

EQMP

    {
        .struct             = "FilterRewriterProperties",
        .base               = "NetfilterProperties",
        .members            = "vnet_hdr_support:bool?",
    },

SQMP
FilterRewriterProperties
------------------------

The properties of a filter-rewriter object, used by COLO on the
secondary VM to adjust TCP sequence numbers so that its connections
match the primary's.

Members:

- "vnet_hdr_support": true when the packets carry a vnet header. When
  absent, false.

Since: 2.8

EQMP

    {
        .struct             = "InputBarrierProperties",
        .members            = "name:str,"
                              "server:str?,"
                              "port:str?,"
                              "x-origin:str?,"
                              "y-origin:str?,"
                              "width:str?,"
                              "height:str?",
    },

SQMP
InputBarrierProperties
----------------------

The properties of an input-barrier object: it connects to a Barrier
server (software that shares one keyboard and mouse between
computers) as a client screen and passes the input it receives to the
guest. The numbers are given as strings.

Members:

- "name": the name of this screen, as listed in the screens section of
  the server's barrier.conf.
- "server": the host name of the Barrier server. When absent,
  "localhost".
- "port": the TCP port of the Barrier server. When absent, "24800".
- "x-origin": the x coordinate of the guest screen's leftmost pixel.
  When absent, "0".
- "y-origin": the y coordinate of the guest screen's topmost pixel.
  When absent, "0".
- "width": the width of the guest screen, in pixels. When absent,
  "1920".
- "height": the height of the guest screen, in pixels. When absent,
  "1080".

Since: 4.2

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "InputLinuxProperties",
        .members            = "evdev:str,"
                              "grab_all:bool?,"
                              "repeat:bool?,"
                              "grab-toggle:GrabToggleKeys?",
    },
#endif

SQMP
InputLinuxProperties
--------------------

The properties of an input-linux object: it passes the events of a
host input device (a Linux evdev device) to the guest, and can grab the
device so that the host no longer sees them. Linux hosts only.

Members:

- "evdev": the path of the host's evdev device, such as
  "/dev/input/event3".
- "grab_all": true to let the grab toggle switch every input-linux
  device at once (for example keyboard and mouse together) instead of
  only this one. When absent, false.
- "repeat": true to generate auto-repeat events. When absent, false.
- "grab-toggle": the key combination that moves the grab between host
  and guest. When absent, "ctrl-ctrl" (both Ctrl keys).

Since: 2.6

EQMP

    {
        .struct             = "EventLoopBaseProperties",
        .members            = "aio-max-batch:int?,"
                              "thread-pool-min:int?,"
                              "thread-pool-max:int?",
    },

SQMP
EventLoopBaseProperties
-----------------------

The properties every event loop object has (iothread and main-loop):
the batching of asynchronous I/O and the size of the thread pool that
runs blocking work for the loop.

Members:

- "aio-max-batch": the most requests the AIO engine submits in one
  batch; 0 lets the engine choose. When absent, 0.
- "thread-pool-min": the number of worker threads the pool keeps even
  when idle. When absent, 0.
- "thread-pool-max": the most worker threads the pool may have; must
  not be below "thread-pool-min". When absent, 64.

Since: 7.1

EQMP

    {
        .struct             = "IothreadProperties",
        .base               = "EventLoopBaseProperties",
        .members            = "poll-max-ns:int?,"
                              "poll-grow:int?,"
                              "poll-shrink:int?",
    },

SQMP
IothreadProperties
------------------

The properties of an iothread object: a thread with its own event loop
that devices (with their block nodes) can be given, so that their I/O
runs outside the main loop. Before waiting for events it can busy-poll for a while,
adapting the polling time to how often polling finds work. The
"aio-max-batch" property is accepted since 6.1.

Members:

- "poll-max-ns": the longest time the thread busy-polls for events
  before it sleeps, in nanoseconds; 0 turns polling off; must not be
  negative. When absent, 32768 on POSIX hosts, 0 on others.
- "poll-grow": the factor by which the polling time grows when polling
  keeps missing events because it stops too early; 0 selects QEMU's
  built-in behaviour. When absent, 0.
- "poll-shrink": the divisor by which the polling time shrinks when
  polling spends too long without finding events; 0 selects QEMU's
  built-in behaviour. When absent, 0.

Since: 2.0

EQMP

    {
        .struct             = "MainLoopProperties",
        .base               = "EventLoopBaseProperties",
    },

SQMP
MainLoopProperties
------------------

The properties of a main-loop object, which tunes QEMU's main event
loop with the properties of EventLoopBaseProperties. Only one
main-loop object can exist.

Since: 7.1

EQMP

    {
        .struct             = "MemoryBackendProperties",
        .members            = "dump:bool?,"
                              "host-nodes:[uint16]?,"
                              "merge:bool?,"
                              "policy:HostMemPolicy?,"
                              "prealloc:bool?,"
                              "prealloc-threads:uint32?,"
                              "prealloc-context:str?,"
                              "share:bool?,"
                              "reserve:bool?,"
                              "size:size,"
                              "x-use-canonical-path-for-ramblock-id:bool?",
    },

SQMP
MemoryBackendProperties
-----------------------

The properties every memory backend object has (memory-backend-ram,
-file, -memfd, -shm, -epc), and the only ones of memory-backend-ram: a
block of host memory that backs guest RAM, a NUMA node or a memory
device. "prealloc": true cannot be combined with "reserve": false.

Members:

- "dump": true to include the memory in QEMU's core dumps. When absent,
  the machine type decides (memory-backend-epc: false).
- "host-nodes": the host NUMA nodes the memory is bound to, used with
  "policy". When absent, no binding.
- "merge": true to mark the memory as mergeable, so that the host may
  share identical pages (KSM). When absent, the machine type decides
  (memory-backend-epc: false).
- "policy": the NUMA policy applied with "host-nodes". When absent,
  "default".
- "prealloc": true to allocate all the memory when the backend is
  created, instead of on first use. When absent, false.
- "prealloc-threads": how many threads do the preallocation. When
  absent, 1.
- "prealloc-context": the ID of a thread-context object in which the
  preallocation threads are created (which sets their CPU affinity)
  (since 7.2). When absent, none.
- "share": true for memory shared with other processes, false for
  memory private to QEMU. When absent, false for memory-backend-file
  and memory-backend-ram, true for memory-backend-epc,
  memory-backend-memfd and memory-backend-shm.
- "reserve": true to reserve swap space (or huge pages) for the memory
  where the host applies such a reservation (Linux, for example, does
  not for shared file mappings); false to insist on no reservation,
  which fails where that cannot be arranged (since 6.1). When absent,
  true.
- "size": the size of the memory, in bytes; must not be 0.
- "x-use-canonical-path-for-ramblock-id": true to name the memory's
  RAM block in the migration stream after the object's canonical QOM
  path. Turn it off for machine types 4.0 and older so that they can
  migrate to newer QEMU versions. When absent, false, except for
  machine types up to 4.0, where it is true.

Since: 2.1

EQMP

    {
        .struct             = "MemoryBackendFileProperties",
        .base               = "MemoryBackendProperties",
        .members            = "align:size?,"
                              "offset:size?,"
                              "discard-data:bool?,"
                              "mem-path:str,"
#if defined(CONFIG_LIBPMEM)
                              "pmem:bool?,"
#endif
                              "readonly:bool?,"
                              "rom:OnOffAuto?",
    },

SQMP
MemoryBackendFileProperties
---------------------------

The properties of a memory-backend-file object: memory backed by a file
mapped into QEMU, typically on a hugetlbfs or tmpfs mount, or a DAX
device.

Members:

- "align": the alignment of the address at which the file is mapped,
  in bytes, for backing stores that need more than the default (the
  DAX device /dev/dax0.0, for example, needs 2 MiB); 0 selects the
  default (at present, the page size). When absent, 0.
- "offset": where in the file the memory starts, in bytes, so that one
  file can back several regions; a multiple of the page size (since
  8.1). When absent, 0.
- "discard-data": true to let QEMU throw the file's content away when
  it exits instead of writing it back. Only an optimization: the
  content may stay when QEMU aborts or is killed with SIGKILL. When
  absent, false.
- "mem-path": the file, or the directory (on a shared memory or huge
  page file system mount) in which the file is created.
- "pmem": true when the file lies in host persistent memory accessed by
  the SNIA NVM programming model (an NVDIMM, for example). Only in
  builds with libpmem support (CONFIG_LIBPMEM).
- "readonly": true to open the file read-only, false for read-write.
  When absent, false.
- "rom": "on" to give the guest read-only memory (ROM) that it cannot
  change, "off" for writable RAM, "auto" to follow "readonly". Most
  uses want RAM; ROM suits cases such as read-only NVDIMMs. "off" is
  useful when the file is opened read-only and kept private ("share":
  false), as for VM templating, where the guest still needs writable
  RAM. When absent, "auto" (since 8.2).

Since: 2.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "MemoryBackendMemfdProperties",
        .base               = "MemoryBackendProperties",
        .members            = "hugetlb:bool?,"
                              "hugetlbsize:size?,"
                              "seal:bool?",
    },
#endif

SQMP
MemoryBackendMemfdProperties
----------------------------

The properties of a memory-backend-memfd object: memory in an anonymous
file created with memfd_create(), shared by default. Linux hosts only.

Members:

- "hugetlb": true to create the file on hugetlbfs (huge pages). When
  absent, false.
- "hugetlbsize": the huge page size, in bytes, on hosts with several:
  a power of 2 the host supports; 0 selects the default size. Ignored
  unless "hugetlb" is true. When absent, 0.
- "seal": true to seal the file so that its size cannot change. When
  absent, true.

Since: 2.12

EQMP

#if defined(CONFIG_POSIX)
    {
        .struct             = "MemoryBackendShmProperties",
        .base               = "MemoryBackendProperties",
    },
#endif

SQMP
MemoryBackendShmProperties
--------------------------

The properties of a memory-backend-shm object: POSIX shared memory.
It supports only shared memory ("share": true, its default). POSIX
hosts only.

Since: 9.1

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "MemoryBackendEpcProperties",
        .base               = "MemoryBackendProperties",
    },
#endif

SQMP
MemoryBackendEpcProperties
--------------------------

The properties of a memory-backend-epc object: Intel SGX enclave page
cache memory for the guest. "merge" and "dump" default to false for
it. Linux hosts only.

Since: 6.2

EQMP

#if defined(CONFIG_LINUX)
    {
        .struct             = "PrManagerHelperProperties",
        .members            = "path:str",
    },
#endif

SQMP
PrManagerHelperProperties
-------------------------

The properties of a pr-manager-helper object, through which SCSI
persistent reservation commands of the guest are carried out by an
external helper (such as qemu-pr-helper). Linux hosts only.

Members:

- "path": the path of the Unix domain socket on which the helper
  listens.

Since: 2.11

EQMP

    {
        .struct             = "QtestProperties",
        .members            = "chardev:str,"
                              "log:str?",
    },

SQMP
QtestProperties
---------------

The properties of a qtest object: the channel on which QEMU's test
framework drives the machine.

Members:

- "chardev": the ID of the chardev on which qtest commands are
  received.
- "log": the path of a file in which the qtest traffic is logged. When
  absent, nothing is logged.

Since: 6.0

EQMP

    {
        .struct             = "RemoteObjectProperties",
        .members            = "fd:str,"
                              "devid:str",
    },

SQMP
RemoteObjectProperties
----------------------

The properties of an x-remote-object object (experimental): in a
multi-process QEMU, it ties a device of the remote process to the
connection with the main QEMU process.

Members:

- "fd": the name of the file descriptor of that connection, passed
  before with getfd.
- "devid": the ID of the device served over that file descriptor.

Since: 6.0

EQMP

    {
        .struct             = "VfioUserServerProperties",
        .members            = "socket:SocketAddress,"
                              "device:str",
    },

SQMP
VfioUserServerProperties
------------------------

The properties of an x-vfio-user-server object (experimental): it
serves one emulated device over the vfio-user protocol, using the
libvfio-user library.

Members:

- "socket": the socket on which the vfio-user server listens.
- "device": the ID of the device the server offers.

Since: 7.1

EQMP

    {
        .struct             = "IOMMUFDProperties",
        .members            = "fd:str?",
    },

SQMP
IOMMUFDProperties
-----------------

The properties of an iommufd object: an open handle on the host's
IOMMUFD interface (/dev/iommu), used by VFIO device assignment.

Members:

- "fd": the name of a file descriptor passed before with getfd that is
  an already opened /dev/iommu. This lets the iommufd be shared between
  subsystems (VFIO, VDPA, ...) and with other processes (DPDK, for
  example). When absent, QEMU opens /dev/iommu itself.

Since: 9.0

EQMP

    {
        .struct             = "AcpiGenericInitiatorProperties",
        .members            = "pci-dev:str,"
                              "node:uint32",
    },

SQMP
AcpiGenericInitiatorProperties
------------------------------

The properties of an acpi-generic-initiator object: it makes the ACPI
tables (SRAT) describe a PCI device as a generic initiator belonging
to a NUMA node.

Members:

- "pci-dev": the ID of the PCI device.
- "node": the NUMA node the device is associated with.

Since: 9.0

EQMP

    {
        .struct             = "AcpiGenericPortProperties",
        .members            = "pci-bus:str,"
                              "node:uint32",
    },

SQMP
AcpiGenericPortProperties
-------------------------

The properties of an acpi-generic-port object: it adds an SRAT Generic
Port Affinity Structure to the ACPI tables for a PCI host bridge (a CXL
host bridge, for example). The structure refers to the DSDT object of
the host bridge (such as ACPI0016 for CXL); see ACPI 6.5, section
5.2.16.7.

Members:

- "pci-bus": the QOM path of the PCI bus of the host bridge: the same
  value as the "bus" property of root ports attached to that bridge.
- "node": the proximity domain of the port. Unlike an ordinary NUMA
  node it does not stand for memory or an initiator: it marks the point
  where the part of the path that firmware describes (up to the host
  bridge) meets the discoverable part (the CXL or PCIe bus below).
  NUMA distances and access characteristics (HMAT) are given up to that
  point; the OS adds what it reads from the devices and links (CDAT,
  PCIe configuration space) to obtain, for example, the full latency
  from a CPU to CXL attached memory.

Since: 9.2

EQMP

    {
        .struct             = "RngProperties",
        .members            = "opened:bool? +deprecated",
    },

SQMP
RngProperties
-------------

The properties every entropy source object has (rng-builtin, rng-egd,
rng-random), the backends of virtio-rng devices; the only one of
rng-builtin, which takes entropy from QEMU's own random number
generator.

Members:

- "opened": whether the source has been opened. Setting it to true
  used to open the source at once, before the options that follow were
  applied, which was of no use. QEMU 10.0.2 refuses to set it at all
  (the property is read-only) and opens the source when the object is
  complete; it then reads true.

Features:

- "deprecated": "opened" is deprecated: do not set it; the default
  behaviour is all there is.

Since: 1.3

EQMP

    {
        .struct             = "RngEgdProperties",
        .base               = "RngProperties",
        .members            = "chardev:str",
    },

SQMP
RngEgdProperties
----------------

The properties of an rng-egd object: entropy read from an EGD-protocol
daemon (entropy gathering daemon) over a chardev.

Members:

- "chardev": the ID of the chardev connected to the daemon.

Since: 1.3

EQMP

#if defined(CONFIG_POSIX)
    {
        .struct             = "RngRandomProperties",
        .base               = "RngProperties",
        .members            = "filename:str?",
    },
#endif

SQMP
RngRandomProperties
-------------------

The properties of an rng-random object: entropy read from a file or
device of the host. POSIX hosts only.

Members:

- "filename": the host file or device that entropy is read from (such
  as /dev/hwrng). When absent, "/dev/urandom".

Since: 1.3

EQMP

    {
        .struct             = "SevCommonProperties",
        .members            = "sev-device:str?,"
                              "cbitpos:uint32?,"
                              "reduced-phys-bits:uint32,"
                              "kernel-hashes:bool?",
    },

SQMP
SevCommonProperties
-------------------

The properties shared by the AMD SEV confidential guest objects
(sev-guest, sev-snp-guest), which make the guest's memory encrypted
by the host CPU.

Members:

- "sev-device": the host's SEV device. When absent, "/dev/sev".
- "cbitpos": the position of the C-bit (the encryption bit) in page
  table entries. When absent, 0.
- "reduced-phys-bits": how many bits of the physical address space are
  lost when SEV is enabled.
- "kernel-hashes": true to put hashes of the kernel, initrd and command
  line given with -kernel into a guest firmware page set aside for
  them, for measured boot (since 6.2). When absent, false.

Since: 9.1

EQMP

    {
        .struct             = "SevGuestProperties",
        .base               = "SevCommonProperties",
        .members            = "dh-cert-file:str?,"
                              "session-file:str?,"
                              "policy:uint32?,"
                              "handle:uint32?,"
                              "legacy-vm-type:OnOffAuto?",
    },

SQMP
SevGuestProperties
------------------

The properties of a sev-guest object: an AMD SEV or SEV-ES guest.

Members:

- "dh-cert-file": the guest owner's Diffie-Hellman certificate, base64
  encoded.
- "session-file": the guest owner's session parameters, base64
  encoded.
- "policy": the SEV guest policy. When absent, 0x1.
- "handle": the SEV firmware handle. When absent, 0.
- "legacy-vm-type": which KVM interface creates the VM. The older
  KVM_SEV_INIT leaves out vCPU state that KVM_SEV_INIT2 (Linux 6.10 and
  later) puts into the VMSA at launch, so the two give different launch
  measurements. "on" forces KVM_SEV_INIT, for compatibility with older
  QEMU or kernel versions; "auto" does the same unless other options
  need KVM_SEV_INIT2, which is then used; "off" always uses
  KVM_SEV_INIT2. When absent, "off" (since 9.1).

Since: 2.12

EQMP

    {
        .struct             = "SevSnpGuestProperties",
        .base               = "SevCommonProperties",
        .members            = "policy:uint64?,"
                              "guest-visible-workarounds:str?,"
                              "id-block:str?,"
                              "id-auth:str?,"
                              "author-key-enabled:bool?,"
                              "host-data:str?,"
                              "vcek-disabled:bool?",
    },

SQMP
SevSnpGuestProperties
---------------------

The properties of a sev-snp-guest object: an AMD SEV-SNP guest. Most
of them are passed as they are to the KVM_SNP_* interface of Linux
(Documentation/arch/x86/amd-memory-encryption.rst in the kernel
sources), and so to the SNP_LAUNCH_START and SNP_LAUNCH_FINISH commands
of the SEV-SNP firmware ABI specification (revision 0.9). QEMU's
docs/amd-memory-encryption has more on their use.

Members:

- "policy": the POLICY parameter of SNP_LAUNCH_START. When absent,
  0x30000.
- "guest-visible-workarounds": the GOSVW parameter of SNP_LAUNCH_START
  (hypervisor-defined workarounds made known to the guest): 16 bytes,
  base64 encoded. When absent, all zero.
- "id-block": the ID Block structure of SNP_LAUNCH_FINISH: 96 bytes,
  base64 encoded. When absent, all zero.
- "id-auth": the ID Authentication Information Structure of
  SNP_LAUNCH_FINISH: 4096 bytes, base64 encoded. When absent, all zero.
- "author-key-enabled": true when "id-auth" contains the AUTHOR_KEY
  field. When absent, false.
- "host-data": the HOST_DATA parameter of SNP_LAUNCH_FINISH, data of
  the user's choice handed to the guest: 32 bytes, base64 encoded. When
  absent, all zero.
- "vcek-disabled": true to forbid the guest to have attestation reports
  signed with the VCEK (Versioned Chip Endorsement Key), leaving only
  the VLEK (Versioned Loaded Endorsement Key); by default the guest may
  choose either (since 9.1). When absent, false.

Since: 9.1

EQMP

    {
        .struct             = "ThreadContextProperties",
        .members            = "cpu-affinity:[uint16]?,"
                              "node-affinity:[uint16]?",
    },

SQMP
ThreadContextProperties
-----------------------

The properties of a thread-context object: a context in which QEMU
creates threads (for example the preallocation threads of a memory
backend, see "prealloc-context") with a chosen CPU affinity.
"cpu-affinity" and "node-affinity" are two ways to set the same thing.

Members:

- "cpu-affinity": the host CPU numbers that threads created in the
  context may run on. When absent, the CPU affinity of QEMU's main
  thread.
- "node-affinity": host NUMA node numbers, turned into the list of the
  host CPUs of those nodes: a shortcut for listing them in
  "cpu-affinity". When absent, the affinity of QEMU's main thread.

Since: 7.2

EQMP

    {
        .enum               = "ObjectType",
        .values             = "acpi-generic-initiator,acpi-generic-port,authz-list,"
                              "authz-listfile,authz-pam,authz-simple,can-bus,"
#if defined(CONFIG_LINUX)
                              "can-host-socketcan,"
#endif
                              "colo-compare,cryptodev-backend,cryptodev-backend-builtin,"
                              "cryptodev-backend-lkcf,"
#if defined(CONFIG_VHOST_CRYPTO)
                              "cryptodev-vhost-user,"
#endif
                              "dbus-vmstate,filter-buffer,filter-dump,filter-mirror,"
                              "filter-redirector,filter-replay,filter-rewriter,input-barrier,"
#if defined(CONFIG_LINUX)
                              "input-linux,"
#endif
                              "iommufd,iothread,main-loop,"
#if defined(CONFIG_LINUX)
                              "memory-backend-epc,"
#endif
                              "memory-backend-file,"
#if defined(CONFIG_LINUX)
                              "memory-backend-memfd,"
#endif
                              "memory-backend-ram,"
#if defined(CONFIG_POSIX)
                              "memory-backend-shm,"
#endif
                              "pef-guest,"
#if defined(CONFIG_LINUX)
                              "pr-manager-helper,"
#endif
                              "qtest,rng-builtin,rng-egd,"
#if defined(CONFIG_POSIX)
                              "rng-random,"
#endif
                              "secret,"
#if defined(CONFIG_SECRET_KEYRING)
                              "secret_keyring,"
#endif
                              "sev-guest,sev-snp-guest,thread-context,s390-pv-guest,"
                              "throttle-group,tls-creds-anon,tls-creds-psk,tls-creds-x509,"
                              "tls-cipher-suites,"
                              "x-remote-object +unstable,"
                              "x-vfio-user-server +unstable",
    },

SQMP
ObjectType
----------

The QOM types of the objects that object-add (and -object) creates.
Each value is also a branch of ObjectOptions; the properties it takes
are named with the value.

Values:

- "acpi-generic-initiator": an SRAT generic initiator entry for a PCI
  device (AcpiGenericInitiatorProperties).
- "acpi-generic-port": an SRAT generic port entry for a PCI host bridge
  (AcpiGenericPortProperties).
- "authz-list": an access list held in memory (AuthZListProperties).
- "authz-listfile": an access list read from a file
  (AuthZListFileProperties).
- "authz-pam": access decided by the host's PAM (AuthZPAMProperties).
- "authz-simple": access for one identity only (AuthZSimpleProperties).
- "can-bus": a virtual CAN bus that the guest's CAN controllers attach
  to; it has no properties besides "id".
- "can-host-socketcan": a link from a CAN bus to a host CAN interface
  (CanHostSocketcanProperties); Linux hosts only.
- "colo-compare": the COLO packet comparator (ColoCompareProperties).
- "cryptodev-backend": a generic cryptodev backend
  (CryptodevBackendProperties).
- "cryptodev-backend-builtin": a cryptodev backend that does the work
  in QEMU (CryptodevBackendProperties).
- "cryptodev-backend-lkcf": a cryptodev backend that uses the Linux
  kernel's cryptographic framework (CryptodevBackendProperties).
- "cryptodev-vhost-user": a cryptodev backend served by a vhost-user
  process (CryptodevVhostUserProperties); only with CONFIG_VHOST_CRYPTO.
- "dbus-vmstate": migration of the state of D-Bus helper processes
  (DBusVMStateProperties).
- "filter-buffer": a network filter that releases packets in batches
  (FilterBufferProperties).
- "filter-dump": a network filter that writes packets to a pcap file
  (FilterDumpProperties).
- "filter-mirror": a network filter that copies packets to a chardev
  (FilterMirrorProperties).
- "filter-redirector": a network filter that diverts packets to and
  from chardevs (FilterRedirectorProperties).
- "filter-replay": a network filter that records and replays network
  traffic for record/replay mode (NetfilterProperties).
- "filter-rewriter": COLO's TCP sequence number rewriter
  (FilterRewriterProperties).
- "input-barrier": keyboard and mouse input from a Barrier server
  (InputBarrierProperties).
- "input-linux": a host evdev input device passed to the guest
  (InputLinuxProperties); Linux hosts only.
- "iommufd": a handle on the host's /dev/iommu (IOMMUFDProperties).
- "iothread": an I/O thread with its own event loop
  (IothreadProperties).
- "main-loop": the settings of QEMU's main event loop
  (MainLoopProperties).
- "memory-backend-epc": SGX enclave page cache memory
  (MemoryBackendEpcProperties); Linux hosts only.
- "memory-backend-file": memory backed by a file
  (MemoryBackendFileProperties).
- "memory-backend-memfd": memory in an anonymous memfd file
  (MemoryBackendMemfdProperties); Linux hosts only.
- "memory-backend-ram": plain anonymous memory
  (MemoryBackendProperties).
- "memory-backend-shm": POSIX shared memory
  (MemoryBackendShmProperties); POSIX hosts only.
- "pef-guest": makes the guest a POWER Protected Execution Facility
  (secure) guest; ppc64 pseries only, no properties besides "id".
- "pr-manager-helper": a SCSI persistent reservation helper connection
  (PrManagerHelperProperties); Linux hosts only.
- "qtest": the qtest command channel (QtestProperties).
- "rng-builtin": an entropy source fed by QEMU's own generator
  (RngProperties).
- "rng-egd": an entropy source fed by an EGD daemon (RngEgdProperties).
- "rng-random": an entropy source reading a host file or device
  (RngRandomProperties); POSIX hosts only.
- "secret": a secret given inline or in a file (SecretProperties).
- "secret_keyring": a secret kept in the Linux kernel keyring
  (SecretKeyringProperties); only with CONFIG_SECRET_KEYRING.
- "sev-guest": the settings of an AMD SEV / SEV-ES guest
  (SevGuestProperties); x86 only.
- "sev-snp-guest": the settings of an AMD SEV-SNP guest
  (SevSnpGuestProperties); x86 only.
- "thread-context": a context for creating threads with a CPU affinity
  (ThreadContextProperties).
- "s390-pv-guest": makes the guest an s390x Protected Virtualization
  guest; s390x only, no properties besides "id".
- "throttle-group": I/O limits shared by several block devices
  (ThrottleGroupProperties).
- "tls-creds-anon": anonymous TLS credentials (TlsCredsAnonProperties).
- "tls-creds-psk": TLS pre-shared key credentials
  (TlsCredsPskProperties).
- "tls-creds-x509": TLS x509 certificate credentials
  (TlsCredsX509Properties).
- "tls-cipher-suites": the TLS cipher suites that a GnuTLS priority
  allows, made available to guest firmware (TlsCredsProperties).
- "x-remote-object": a device of a multi-process QEMU's remote process
  (RemoteObjectProperties); experimental.
- "x-vfio-user-server": a vfio-user server for one device
  (VfioUserServerProperties); experimental.

Features:

- "unstable": the values "x-remote-object" and "x-vfio-user-server"
  are experimental: they may change or go away.

Since: 6.0

EQMP

    {
        .union              = "ObjectOptions",
        .members            = "qom-type:ObjectType,"
                              "id:str",
        .discriminator      = "qom-type",
        .variants           = "acpi-generic-initiator:AcpiGenericInitiatorProperties,"
                              "acpi-generic-port:AcpiGenericPortProperties,"
                              "authz-list:AuthZListProperties,"
                              "authz-listfile:AuthZListFileProperties,"
                              "authz-pam:AuthZPAMProperties,"
                              "authz-simple:AuthZSimpleProperties,"
#if defined(CONFIG_LINUX)
                              "can-host-socketcan:CanHostSocketcanProperties,"
#endif
                              "colo-compare:ColoCompareProperties,"
                              "cryptodev-backend:CryptodevBackendProperties,"
                              "cryptodev-backend-builtin:CryptodevBackendProperties,"
                              "cryptodev-backend-lkcf:CryptodevBackendProperties,"
#if defined(CONFIG_VHOST_CRYPTO)
                              "cryptodev-vhost-user:CryptodevVhostUserProperties,"
#endif
                              "dbus-vmstate:DBusVMStateProperties,"
                              "filter-buffer:FilterBufferProperties,"
                              "filter-dump:FilterDumpProperties,"
                              "filter-mirror:FilterMirrorProperties,"
                              "filter-redirector:FilterRedirectorProperties,"
                              "filter-replay:NetfilterProperties,"
                              "filter-rewriter:FilterRewriterProperties,"
                              "input-barrier:InputBarrierProperties,"
#if defined(CONFIG_LINUX)
                              "input-linux:InputLinuxProperties,"
#endif
                              "iommufd:IOMMUFDProperties,"
                              "iothread:IothreadProperties,"
                              "main-loop:MainLoopProperties,"
#if defined(CONFIG_LINUX)
                              "memory-backend-epc:MemoryBackendEpcProperties,"
#endif
                              "memory-backend-file:MemoryBackendFileProperties,"
#if defined(CONFIG_LINUX)
                              "memory-backend-memfd:MemoryBackendMemfdProperties,"
#endif
                              "memory-backend-ram:MemoryBackendProperties,"
#if defined(CONFIG_POSIX)
                              "memory-backend-shm:MemoryBackendShmProperties,"
#endif
#if defined(CONFIG_LINUX)
                              "pr-manager-helper:PrManagerHelperProperties,"
#endif
                              "qtest:QtestProperties,"
                              "rng-builtin:RngProperties,"
                              "rng-egd:RngEgdProperties,"
#if defined(CONFIG_POSIX)
                              "rng-random:RngRandomProperties,"
#endif
                              "secret:SecretProperties,"
#if defined(CONFIG_SECRET_KEYRING)
                              "secret_keyring:SecretKeyringProperties,"
#endif
                              "sev-guest:SevGuestProperties,"
                              "sev-snp-guest:SevSnpGuestProperties,"
                              "thread-context:ThreadContextProperties,"
                              "throttle-group:ThrottleGroupProperties,"
                              "tls-creds-anon:TlsCredsAnonProperties,"
                              "tls-creds-psk:TlsCredsPskProperties,"
                              "tls-creds-x509:TlsCredsX509Properties,"
                              "tls-cipher-suites:TlsCredsProperties,"
                              "x-remote-object:RemoteObjectProperties,"
                              "x-vfio-user-server:VfioUserServerProperties",
    },

SQMP
ObjectOptions
-------------

The arguments of object-add: the type and ID of the new object, then
the properties of that type, as the branch of "qom-type" lists them
(see ObjectType for which type takes which properties; types without
a branch take none).

Members:

- "qom-type": the QOM type of the object to create.
- "id": the ID of the new object, unique among objects; the object
  appears in the QOM tree as /objects/ID.

Since: 6.0

EQMP

    {
        .name               = "object-add",
        .args               = "ObjectOptions",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
object-add
----------

Create a user-creatable QOM object, as -object does on the command line:
an IOThread, a memory backend, a secret, TLS credentials, a throttle
group, a network filter, ... The arguments are one ObjectOptions: the
type in "qom-type", the new ID in "id", and the properties of that type
beside them. Other commands and devices then refer to the object by its
ID.

Arguments: an ObjectOptions object: "qom-type", "id" and the properties
of the type chosen by "qom-type" (IothreadProperties for "iothread",
MemoryBackendProperties for "memory-backend-ram", SecretProperties for
"secret", ...).

Errors:

- GenericError when "qom-type" names a type this QEMU does not have
  (types of other targets or left out of the build), when an object
  with that ID exists, or when a property is invalid or missing.

Since: 2.0

Example:

(Captured from qemu-system-x86_64 -M none.)

An IOThread, 64 MiB of RAM, a secret (base64 for "secret"), a throttle
group and an access list:

-> {"execute": "object-add", "arguments": {"qom-type": "iothread", "id": "io1", "poll-max-ns": 65536}}
<- {"return": {}}
-> {"execute": "object-add", "arguments": {"qom-type": "memory-backend-ram", "id": "mem0", "size": 67108864}}
<- {"return": {}}
-> {"execute": "object-add", "arguments": {"qom-type": "secret", "id": "sec0", "data": "c2VjcmV0", "format": "base64"}}
<- {"return": {}}
-> {"execute": "object-add", "arguments": {"qom-type": "throttle-group", "id": "tg0", "limits": {"iops-total": 1000, "bps-total": 10485760}}}
<- {"return": {}}
-> {"execute": "object-add", "arguments": {"qom-type": "authz-list", "id": "authz0", "policy": "deny", "rules": [{"match": "CN=client.example.com", "policy": "allow"}, {"match": "*.example.org", "policy": "allow", "format": "glob"}]}}
<- {"return": {}}

An ID that is taken, a type of another target, a secret without its
content:

-> {"execute": "object-add", "arguments": {"qom-type": "iothread", "id": "io1"}}
<- {"error": {"class": "GenericError", "desc": "attempt to add duplicate property 'io1' to object (type 'container')"}}
-> {"execute": "object-add", "arguments": {"qom-type": "s390-pv-guest", "id": "pv0"}}
<- {"error": {"class": "GenericError", "desc": "invalid object type: s390-pv-guest"}}
-> {"execute": "object-add", "arguments": {"qom-type": "secret", "id": "sec1"}}
<- {"error": {"class": "GenericError", "desc": "Either 'file' or 'data' must be provided"}}

EQMP

    {
        .name               = "object-del",
        .args_type          = "id:str",
        .allow_preconfig    = true,
    },

SQMP
object-del
----------

Destroy an object created with -object or object-add. An object that
is still in use (a memory backend that holds guest RAM, a backend that a
device is connected to) cannot be removed.

Arguments:

- "id": the ID of the object.

Errors:

- GenericError when no object has that ID, or when the object is in
  use.

Since: 2.0

Example:

(Captured from qemu-system-x86_64: mem0 made by object-add as above,
pc.ram the RAM of a running -M pc machine.)

-> {"execute": "object-del", "arguments": {"id": "mem0"}}
<- {"return": {}}
-> {"execute": "object-del", "arguments": {"id": "mem0"}}
<- {"error": {"class": "GenericError", "desc": "object 'mem0' not found"}}
-> {"execute": "object-del", "arguments": {"id": "pc.ram"}}
<- {"error": {"class": "GenericError", "desc": "object 'pc.ram' is in use, can not be deleted"}}

EQMP

