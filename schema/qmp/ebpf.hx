HXCOMM Area 'ebpf'.

SQMP
eBPF objects
============

eBPF programs that QEMU compiled in and can hand to a management
application, so that a privileged process loads them and QEMU itself
needs no BPF privileges. Today this is the receive-side scaling (RSS)
program of virtio-net.

EQMP

#if defined(CONFIG_EBPF)
    {
        .struct             = "EbpfObject",
        .members            = "object:str",
    },
#endif

SQMP
EbpfObject
----------

An eBPF object file (ELF, with the program and the BTF description of
its maps) as QEMU built it, ready to be loaded with libbpf. It matches
only the QEMU binary that returned it: the maps and program must agree
with that build.

Members:

- "object": the content of the ELF file, base64-encoded.

Since: 9.0

EQMP

#if defined(CONFIG_EBPF)
    {
        .enum               = "EbpfProgramID",
        .values             = "rss",
    },
#endif

SQMP
EbpfProgramID
-------------

The eBPF programs QEMU can hand out with request-ebpf. Only in QEMU
builds with eBPF support (CONFIG_EBPF: Linux with libbpf).

Values:

- "rss": the receive-side scaling program of virtio-net: it computes a
  hash of each received packet and picks the receive queue through an
  indirection table, both configured by the guest driver (hash types,
  key and table).

Since: 9.0

EQMP

#if defined(CONFIG_EBPF)
    {
        .name               = "request-ebpf",
        .args_type          = "id:EbpfProgramID",
        .returns            = "EbpfObject",
    },
#endif

SQMP
request-ebpf
------------

Get one of QEMU's eBPF programs as an object file that libbpf can
load. A management application (libvirt, for example) with the
privileges to load eBPF programs uses it to load the program itself and
pass the resulting file descriptors to QEMU (for virtio-net RSS, through
the device's "ebpf-rss-fds" property), so that QEMU can run without
those privileges. Only in QEMU builds with eBPF support (CONFIG_EBPF:
Linux with libbpf).

Arguments:

- "id": which program to return.

Returns: an EbpfObject with the base64-encoded ELF object.

Errors:

- GenericError when "id" is not a program this QEMU knows.

Since: 9.0

Example:

(The base64 text of the 20 KiB object is cut short here.)

-> {"execute": "request-ebpf", "arguments": {"id": "rss"}}
<- {"return": {"object": "f0VMRgIBAQAAAAAAAAAAAAEA9wABAAAAAAAAAAAAAAAAAAAAAAAAALBLAAAAAAAAAAAAAEAAAAAAAEAA"}}

EQMP

