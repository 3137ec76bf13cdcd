HXCOMM Area 'qom'.

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

A property of a QOM object or type: name, type and, when known, a
description and default.

Members:

- "name": TODO
- "type": TODO
- "description": TODO
- "default-value": TODO

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

List the properties of the object at a QOM path: names and types. Child
objects show up as properties of type "child<...>", links as "link<...>".

Arguments:

- "path": an absolute QOM path such as "/machine", or a partial one naming a
  unique object (json-string)

Returns: [ObjectPropertyInfo]

Example: -> { "execute": "qom-list", "arguments": { "path": "/objects" } }
<- { "return": [ { "name": "type", "type": "string" }, { "name": "io0", "type": "child<iothread>" } ] }

Since: 1.2

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

Read one property of a QOM object. The reply is the property's value,
whatever its JSON type.

Arguments:

- "path": the object's QOM path (json-string)
- "property": the property to read (json-string)

Returns: any

Example: -> { "execute": "qom-get", "arguments": { "path": "/objects/io0", "property": "poll-max-ns" } }
<- { "return": 32768 }

Since: 1.2

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

Write one property of a QOM object. Many properties can only be set before
the object is realized and refuse later writes.

Arguments:

- "path": the object's QOM path (json-string)
- "property": the property to write (json-string)
- "value": the new value, of the property's type (json-value)

Returns: an empty object

Example: -> { "execute": "qom-set", "arguments": { "path": "/machine", "property": "graphics", "value": false } }
<- { "return": {} }

Since: 1.2

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

A QOM type and its parent type.

Members:

- "name": TODO
- "abstract": TODO
- "parent": TODO

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

List QOM types, optionally only those implementing an interface or
inheriting from a type.

Arguments:

- "implements": only types that are or inherit from this type (json-string,
  optional)
- "abstract": include abstract types (default false) (json-bool, optional)

Returns: [ObjectTypeInfo]

Example: -> { "execute": "qom-list-types", "arguments": { "implements": "iothread" } }
<- { "return": [ { "name": "iothread", "parent": "event-loop-base" } ] }

Since: 1.1

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

List the properties an object of a (non-abstract, user creatable) QOM type
would have.

Arguments:

- "typename": the QOM type (json-string)

Returns: [ObjectPropertyInfo]

Example: -> { "execute": "qom-list-properties", "arguments": { "typename": "iothread" } }
<- { "return": [ { "name": "type", "type": "string" }, { "name": "poll-max-ns", "type": "int" }, { "name": "aio-max-batch", "type": "int" } ] }

Since: 2.12

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

TODO

Members:

- "if": TODO
- "canbus": TODO

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

TODO

Members:

- "primary_in": TODO
- "secondary_in": TODO
- "outdev": TODO
- "iothread": TODO
- "notify_dev": TODO
- "compare_timeout": TODO
- "expired_scan_cycle": TODO
- "max_queue_size": TODO
- "vnet_hdr_support": TODO

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

TODO

Members:

- "queues": TODO
- "throttle-bps": TODO
- "throttle-ops": TODO

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

TODO

Members:

- "chardev": TODO

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

TODO

Members:

- "addr": TODO
- "id-list": TODO

Since: 5.0

EQMP

    {
        .enum               = "NetfilterInsert",
        .values             = "before,behind",
    },

SQMP
NetfilterInsert
---------------

TODO

Values:

- "before": TODO
- "behind": TODO

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

TODO

Members:

- "netdev": TODO
- "queue": TODO
- "status": TODO
- "position": TODO
- "insert": TODO

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

TODO

Members:

- "interval": TODO

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

TODO

Members:

- "file": TODO
- "maxlen": TODO

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

TODO

Members:

- "outdev": TODO
- "vnet_hdr_support": TODO

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

TODO

Members:

- "indev": TODO
- "outdev": TODO
- "vnet_hdr_support": TODO

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

TODO

Members:

- "vnet_hdr_support": TODO

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

TODO

Members:

- "name": TODO
- "server": TODO
- "port": TODO
- "x-origin": TODO
- "y-origin": TODO
- "width": TODO
- "height": TODO

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

TODO

Members:

- "evdev": TODO
- "grab_all": TODO
- "repeat": TODO
- "grab-toggle": TODO

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

A structure used by IothreadProperties.

Members:

- "aio-max-batch": TODO
- "thread-pool-min": TODO
- "thread-pool-max": TODO

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

A structure used by ObjectOptions.

Members:

- "poll-max-ns": TODO
- "poll-grow": TODO
- "poll-shrink": TODO

Since: 2.0

EQMP

    {
        .struct             = "MainLoopProperties",
        .base               = "EventLoopBaseProperties",
    },

SQMP
MainLoopProperties
------------------

TODO

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

A structure used by ObjectOptions.

Members:

- "dump": TODO
- "host-nodes": TODO
- "merge": TODO
- "policy": TODO
- "prealloc": TODO
- "prealloc-threads": TODO
- "prealloc-context": TODO
- "share": TODO
- "reserve": TODO
- "size": TODO
- "x-use-canonical-path-for-ramblock-id": TODO

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

TODO

Members:

- "align": TODO
- "offset": TODO
- "discard-data": TODO
- "mem-path": TODO
- "pmem": TODO
- "readonly": TODO
- "rom": TODO

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

TODO

Members:

- "hugetlb": TODO
- "hugetlbsize": TODO
- "seal": TODO

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

TODO

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

TODO

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

TODO

Members:

- "path": TODO

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

TODO

Members:

- "chardev": TODO
- "log": TODO

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

TODO

Members:

- "fd": TODO
- "devid": TODO

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

TODO

Members:

- "socket": TODO
- "device": TODO

Since: 7.1

EQMP

    {
        .struct             = "IOMMUFDProperties",
        .members            = "fd:str?",
    },

SQMP
IOMMUFDProperties
-----------------

TODO

Members:

- "fd": TODO

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

TODO

Members:

- "pci-dev": TODO
- "node": TODO

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

TODO

Members:

- "pci-bus": TODO
- "node": TODO

Since: 9.2

EQMP

    {
        .struct             = "RngProperties",
        .members            = "opened:bool? +deprecated",
    },

SQMP
RngProperties
-------------

TODO

Members:

- "opened": TODO

Features:

- "deprecated": TODO

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

TODO

Members:

- "chardev": TODO

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

TODO

Members:

- "filename": TODO

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

TODO

Members:

- "sev-device": TODO
- "cbitpos": TODO
- "reduced-phys-bits": TODO
- "kernel-hashes": TODO

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

TODO

Members:

- "dh-cert-file": TODO
- "session-file": TODO
- "policy": TODO
- "handle": TODO
- "legacy-vm-type": TODO

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

TODO

Members:

- "policy": TODO
- "guest-visible-workarounds": TODO
- "id-block": TODO
- "id-auth": TODO
- "author-key-enabled": TODO
- "host-data": TODO
- "vcek-disabled": TODO

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

TODO

Members:

- "cpu-affinity": TODO
- "node-affinity": TODO

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

The QOM types that "object-add" can create.

Values:

- "acpi-generic-initiator": TODO
- "acpi-generic-port": TODO
- "authz-list": TODO
- "authz-listfile": TODO
- "authz-pam": TODO
- "authz-simple": TODO
- "can-bus": TODO
- "can-host-socketcan": TODO
- "colo-compare": TODO
- "cryptodev-backend": TODO
- "cryptodev-backend-builtin": TODO
- "cryptodev-backend-lkcf": TODO
- "cryptodev-vhost-user": TODO
- "dbus-vmstate": TODO
- "filter-buffer": TODO
- "filter-dump": TODO
- "filter-mirror": TODO
- "filter-redirector": TODO
- "filter-replay": TODO
- "filter-rewriter": TODO
- "input-barrier": TODO
- "input-linux": TODO
- "iommufd": TODO
- "iothread": TODO
- "main-loop": TODO
- "memory-backend-epc": TODO
- "memory-backend-file": TODO
- "memory-backend-memfd": TODO
- "memory-backend-ram": TODO
- "memory-backend-shm": TODO
- "pef-guest": TODO
- "pr-manager-helper": TODO
- "qtest": TODO
- "rng-builtin": TODO
- "rng-egd": TODO
- "rng-random": TODO
- "secret": TODO
- "secret_keyring": TODO
- "sev-guest": TODO
- "sev-snp-guest": TODO
- "thread-context": TODO
- "s390-pv-guest": TODO
- "throttle-group": TODO
- "tls-creds-anon": TODO
- "tls-creds-psk": TODO
- "tls-creds-x509": TODO
- "tls-cipher-suites": TODO
- "x-remote-object": TODO
- "x-vfio-user-server": TODO

Features:

- "unstable": TODO

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

The options of "object-add"-able objects, selected by "qom-type". This file
models iothread, memory-backend-ram and throttle-group.

Members:

- "qom-type": TODO
- "id": TODO

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

Create a user-creatable QOM object (an iothread, a memory backend, a
secret, a throttle group...). The arguments are one ObjectOptions object
(boxed): "qom-type" selects which further properties are valid. This file
describes the properties of iothread, memory-backend-ram and
throttle-group; objects of other types cannot be built by a typed request
(send them as raw JSON).

Arguments (the members every type shares; see ObjectOptions for the
others):

- "qom-type": the QOM type of the new object (json-string, ObjectType)
- "id": the object's identifier; it appears as /objects/ID (json-string)

Returns: an empty object

Example: -> { "execute": "object-add", "arguments": { "qom-type": "iothread", "id": "io1" } }
<- { "return": {} }

-> { "execute": "object-add", "arguments": { "qom-type": "memory-backend-ram", "id": "mem0", "size": 67108864 } }
<- { "return": {} }

-> { "execute": "object-add", "arguments": { "qom-type": "throttle-group", "id": "tg0", "limits": { "iops-total": 1000 } } }
<- { "return": {} }

Since: 2.0

EQMP

    {
        .name               = "object-del",
        .args_type          = "id:str",
        .allow_preconfig    = true,
    },

SQMP
object-del
----------

Destroy an object created with -object or "object-add". It fails while the
object is in use.

Arguments:

- "id": the object's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "object-del", "arguments": { "id": "mem1" } }
<- { "return": {} }

Since: 2.0

EQMP

