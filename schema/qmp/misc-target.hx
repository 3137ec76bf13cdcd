HXCOMM Area 'misc-target'.

SQMP
Target-specific miscellany
==========================

Commands and types that exist only for some target architectures: on
x86 the RTC interrupt backlog, AMD SEV confidential guests, Intel SGX
enclaves and the Xen event channels of Xen-emulating guests; on s390x
the storage keys; on ARM the interrupt controller (GIC) versions.

EQMP

#if defined(TARGET_I386)
    {
        .name               = "rtc-reset-reinjection",
        .args_type          = "",
    },
#endif

SQMP
rtc-reset-reinjection
---------------------

Drop the backlog of RTC (real-time clock) interrupts that QEMU still
has to deliver to the guest. QEMU builds such a backlog when it
re-injects timer ticks the guest missed (-rtc driftfix=slew). Use it
when the guest's time is corrected by other means, for example the
guest agent's guest-set-time, so that the late ticks do not push the
clock ahead again. Only in qemu-system-x86_64 and qemu-system-i386.

Arguments: None.

Since: 2.1

Example:

-> {"execute": "rtc-reset-reinjection"}
<- {"return": {}}

EQMP

#if defined(TARGET_I386)
    {
        .enum               = "SevState",
        .values             = "uninit,launch-update,launch-secret,running,send-update,"
                              "receive-update",
    },
#endif

SQMP
SevState
--------

Where an AMD SEV guest is in its life cycle, as the SEV firmware
tracks it.

Values:

- "uninit": the guest has not been set up yet (also reported when SEV
  is not in use).
- "launch-update": the guest is being launched: its initial memory
  contents and register state are imported in plain text (and
  encrypted by the firmware).
- "launch-secret": the guest is being launched: encrypted data (such as
  a secret injected by the guest owner) is being imported.
- "running": the guest has been launched or migrated in completely and
  runs.
- "send-update": the guest is being migrated out to another host.
- "receive-update": the guest is being migrated in from another host.

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .enum               = "SevGuestType",
        .values             = "sev,sev-snp",
    },
#endif

SQMP
SevGuestType
------------

The kind of AMD SEV guest; it selects the branch of SevInfo.

Values:

- "sev": a classic SEV guest or an SEV-ES guest (encrypted memory,
  and with SEV-ES encrypted register state too); SevInfo then has
  "policy" and "handle".
- "sev-snp": an SEV-SNP guest (SEV with Secure Nested Paging, which
  also protects the integrity of guest memory); SevInfo then has
  "snp-policy".

Since: 6.2

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevGuestInfo",
        .members            = "policy:uint32,"
                              "handle:uint32",
    },
#endif

SQMP
SevGuestInfo
------------

What query-sev adds for a classic SEV or SEV-ES guest.

Members:

- "policy": the guest's SEV policy bits, as given to the firmware at
  launch (the "policy" of the sev-guest object).
- "handle": the handle the SEV firmware gave the guest.

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevSnpGuestInfo",
        .members            = "snp-policy:uint64",
    },
#endif

SQMP
SevSnpGuestInfo
---------------

What query-sev adds for an SEV-SNP guest.

Members:

- "snp-policy": the guest's SEV-SNP policy bits, as given to the
  firmware at launch (the "policy" of the sev-snp-guest object).

Since: 9.1

EQMP

#if defined(TARGET_I386)
    {
        .union              = "SevInfo",
        .members            = "enabled:bool,"
                              "api-major:uint8,"
                              "api-minor:uint8,"
                              "build-id:uint8,"
                              "state:SevState,"
                              "sev-type:SevGuestType",
        .discriminator      = "sev-type",
        .variants           = "sev:SevGuestInfo,"
                              "sev-snp:SevSnpGuestInfo",
    },
#endif

SQMP
SevInfo
-------

The AMD SEV (Secure Encrypted Virtualization) state of the guest and
the version of the SEV firmware. The further members depend on
"sev-type".

Members:

- "enabled": whether the guest runs with SEV (any kind) active.
- "api-major": the major version of the SEV firmware's API.
- "api-minor": the minor version of the SEV firmware's API.
- "build-id": the build number of the SEV firmware.
- "state": the guest's SEV state.
- "sev-type": the kind of SEV guest: "sev" (classic SEV or SEV-ES,
  adds "policy" and "handle") or "sev-snp" (adds "snp-policy").

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev",
        .args_type          = "",
        .returns            = "SevInfo",
    },
#endif

SQMP
query-sev
---------

Report whether the guest uses AMD SEV, the SEV firmware version and
the guest's SEV state and policy. Only in qemu-system-x86_64 and
qemu-system-i386; on a guest without SEV it still answers, with
"enabled": false.

Arguments: None.

Returns: the SEV information of the guest.

Since: 2.12

Example:

(Captured from -M pc without SEV.)

-> {"execute": "query-sev"}
<- {"return": {"enabled": false, "api-minor": 0, "handle": 0, "state": "uninit", "api-major": 0, "sev-type": "sev", "build-id": 0, "policy": 0}}

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevLaunchMeasureInfo",
        .members            = "data:str",
    },
#endif

SQMP
SevLaunchMeasureInfo
--------------------

The launch measurement of an SEV guest.

Members:

- "data": the measurement the SEV firmware computed over the launched
  guest's initial memory and state, base64 encoded. The guest owner
  checks it before trusting the guest (for example before injecting a
  secret).

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev-launch-measure",
        .args_type          = "",
        .returns            = "SevLaunchMeasureInfo",
    },
#endif

SQMP
query-sev-launch-measure
------------------------

Fetch the launch measurement of an SEV guest, which the guest owner
checks to verify that the guest was launched with the expected
firmware and state. Only in qemu-system-x86_64 and qemu-system-i386.

Arguments: None.

Returns: the launch measurement.

Errors:

- GenericError when no measurement is available, for example when the
  guest does not use SEV ("SEV launch measurement is not available").

Since: 2.12

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-sev-launch-measure" }
<- { "return": { "data": "4l8LXeNlSPUDlXPJG5966/8YZe2d1/GnDdt3kEZnM4U=" } }

Example:

(Captured from -M pc without SEV.)

-> {"execute": "query-sev-launch-measure"}
<- {"error": {"class": "GenericError", "desc": "SEV launch measurement is not available"}}

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevCapability",
        .members            = "pdh:str,"
                              "cert-chain:str,"
                              "cpu0-id:str,"
                              "cbitpos:int,"
                              "reduced-phys-bits:int",
    },
#endif

SQMP
SevCapability
-------------

What the host's AMD SEV platform offers and the keys a guest owner
needs to set up a guest for it.

Members:

- "pdh": the platform's Diffie-Hellman public key (PDH), base64
  encoded.
- "cert-chain": the certificate chain of the PDH, base64 encoded.
- "cpu0-id": the unique ID of the host's CPU 0, base64 encoded
  (reported since 7.1).
- "cbitpos": the position of the C-bit (the bit that marks a page as
  encrypted) in a page table entry.
- "reduced-phys-bits": by how many bits the physical address space
  shrinks when SEV is in use.

Since: 2.12

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev-capabilities",
        .args_type          = "",
        .returns            = "SevCapability",
    },
#endif

SQMP
query-sev-capabilities
----------------------

Report the AMD SEV capabilities of the host. Only in
qemu-system-x86_64 and qemu-system-i386, and only useful on AMD hosts
with SEV.

Arguments: None.

Returns: the SEV capabilities and platform keys of the host.

Errors:

- GenericError when KVM is not in use or the host does not support
  SEV.

Since: 2.12

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-sev-capabilities" }
<- { "return": { "pdh": "8CCDD8DDD", "cert-chain": "888CCCDDDEE",
                 "cpu0-id": "2lvmGwo+...61iEinw==",
                 "cbitpos": 47, "reduced-phys-bits": 1 } }

Example:

(Captured from -M pc with TCG.)

-> {"execute": "query-sev-capabilities"}
<- {"error": {"class": "GenericError", "desc": "KVM not enabled"}}

EQMP

#if defined(TARGET_I386)
    {
        .name               = "sev-inject-launch-secret",
        .args_type          = "packet-header:str,"
                              "secret:str,"
                              "gpa:uint64?",
    },
#endif

SQMP
sev-inject-launch-secret
------------------------

Inject a secret of the guest owner (for example a disk encryption key)
into the memory of an SEV guest during its launch, after the owner has
verified the launch measurement. Only in qemu-system-x86_64 and
qemu-system-i386.

Arguments:

- "packet-header": the header of the launch secret packet, base64
  encoded.
- "secret": the secret data to inject, base64 encoded (encrypted for
  the guest by its owner).
- "gpa": the guest physical address to write the secret to. Absent:
  the secret area that the guest's OVMF firmware advertises.

Errors:

- GenericError when the guest does not use SEV ("SEV not enabled for
  guest"), or when "gpa" is absent and the firmware advertises no
  secret area.

Since: 6.0

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "sev-inject-launch-secret",
     "arguments": { "packet-header": "AAECAwQFBgcICQoLDA0ODw==",
                    "secret": "c2VjcmV0IGRhdGE=", "gpa": 8388608 } }
<- { "return": {} }

Example:

(Captured from -M pc without SEV.)

-> {"execute": "sev-inject-launch-secret", "arguments": {"packet-header": "AAAA", "secret": "AAAA"}}
<- {"error": {"class": "GenericError", "desc": "SEV not enabled for guest"}}

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SevAttestationReport",
        .members            = "data:str",
    },
#endif

SQMP
SevAttestationReport
--------------------

An attestation report of an SEV guest.

Members:

- "data": the report the SEV firmware produced, base64 encoded.

Since: 6.1

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sev-attestation-report",
        .args_type          = "mnonce:str",
        .returns            = "SevAttestationReport",
    },
#endif

SQMP
query-sev-attestation-report
----------------------------

Have the SEV firmware produce an attestation report of the guest,
which proves to a remote party what the guest was launched with. Only
in qemu-system-x86_64 and qemu-system-i386, and only useful on AMD
hosts with SEV.

Arguments:

- "mnonce": 16 random bytes, base64 encoded, chosen by the caller; the
  report contains them, which proves it is fresh.

Returns: the attestation report.

Errors:

- GenericError when the guest does not use SEV ("SEV is not enabled").

Since: 6.1

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-sev-attestation-report",
     "arguments": { "mnonce": "ZGVhZGJlZWZkZWFkYmVlZg==" } }
<- { "return": { "data": "aaaaaaaabbbddddd" } }

Example:

(Captured from -M pc without SEV.)

-> {"execute": "query-sev-attestation-report", "arguments": {"mnonce": "ZGVhZGJlZWZkZWFkYmVlZg=="}}
<- {"error": {"class": "GenericError", "desc": "SEV is not enabled"}}

EQMP

#if defined(TARGET_S390X)
    {
        .name               = "dump-skeys",
        .args_type          = "filename:str",
    },
#endif

SQMP
dump-skeys
----------

Write the storage keys of the s390x guest's memory (the per-page keys
used for storage protection) to a file on the host. Only in
qemu-system-s390x.

Arguments:

- "filename": the path of the host file to write the keys to; it is
  created or overwritten.

Since: 2.5

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "dump-skeys",
     "arguments": { "filename": "/tmp/skeys" } }
<- { "return": {} }

EQMP

#if defined(TARGET_ARM)
    {
        .struct             = "GICCapability",
        .members            = "version:int,"
                              "emulated:bool,"
                              "kernel:bool",
    },
#endif

SQMP
GICCapability
-------------

Whether one version of the ARM Generic Interrupt Controller (GIC) can
be used, and how. The answer depends on the QEMU and KVM versions and
on the host hardware.

Members:

- "version": the GIC version described; only 2 and 3 are reported.
- "emulated": whether QEMU can emulate this GIC version itself (in
  user space).
- "kernel": whether KVM can provide this GIC version in the kernel
  (hardware accelerated).

Since: 2.6

EQMP

#if defined(TARGET_ARM)
    {
        .name               = "query-gic-capabilities",
        .args_type          = "",
        .returns            = "[GICCapability]",
    },
#endif

SQMP
query-gic-capabilities
----------------------

Report which versions of the ARM Generic Interrupt Controller (GIC)
can be used with this QEMU on this host, emulated or in the kernel.
Only in the ARM targets (qemu-system-arm, qemu-system-aarch64).

Arguments: None.

Returns: a list of GICCapability, one per GIC version.

Since: 2.6

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-gic-capabilities" }
<- { "return": [ { "version": 2, "emulated": true, "kernel": false },
                 { "version": 3, "emulated": false, "kernel": true } ] }

EQMP

    {
        .struct             = "SGXEPCSection",
        .members            = "node:int,"
                              "size:uint64",
    },

SQMP
SGXEPCSection
-------------

One section of Intel SGX Enclave Page Cache (EPC): the protected memory
enclaves run in.

Members:

- "node": the NUMA node the section belongs to.
- "size": the size of the section, in bytes.

Since: 7.0

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "SGXInfo",
        .members            = "sgx:bool,"
                              "sgx1:bool,"
                              "sgx2:bool,"
                              "flc:bool,"
                              "sections:[SGXEPCSection]",
    },
#endif

SQMP
SGXInfo
-------

Intel SGX (Software Guard Extensions) support, of the guest
(query-sgx) or of the host (query-sgx-capabilities).

Members:

- "sgx": whether SGX is supported.
- "sgx1": whether SGX1 (the first set of SGX instructions) is
  supported.
- "sgx2": whether SGX2 (the extension that lets enclaves change their
  memory at run time) is supported.
- "flc": whether FLC (Flexible Launch Control: the launch enclave's key
  can be changed) is supported.
- "sections": the EPC sections (reported since 7.0).

Since: 6.2

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sgx",
        .args_type          = "",
        .returns            = "SGXInfo",
    },
#endif

SQMP
query-sgx
---------

Report the SGX support given to the guest, with its EPC sections.
Only in qemu-system-x86_64 and qemu-system-i386.

Arguments: None.

Returns: the guest's SGX configuration.

Errors:

- GenericError when the guest has no EPC section, i.e. no SGX ("No EPC
  regions defined, SGX not available").

Since: 6.2

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-sgx" }
<- { "return": { "sgx": true, "sgx1": true, "sgx2": true, "flc": true,
                 "sections": [ { "node": 0, "size": 67108864 },
                               { "node": 1, "size": 29360128 } ] } }

Example:

(Captured from -M pc without SGX.)

-> {"execute": "query-sgx"}
<- {"error": {"class": "GenericError", "desc": "No EPC regions defined, SGX not available"}}

EQMP

#if defined(TARGET_I386)
    {
        .name               = "query-sgx-capabilities",
        .args_type          = "",
        .returns            = "SGXInfo",
    },
#endif

SQMP
query-sgx-capabilities
----------------------

Report the SGX support of the host, with its EPC sections: what a
guest could be given. Only in qemu-system-x86_64 and
qemu-system-i386.

Arguments: None.

Returns: the host's SGX capabilities.

Errors:

- GenericError when the host does not offer SGX to virtual machines
  (for example when /dev/sgx_vepc cannot be opened).

Since: 6.2

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "query-sgx-capabilities" }
<- { "return": { "sgx": true, "sgx1": true, "sgx2": true, "flc": true,
                 "sections": [ { "node": 0, "size": 67108864 },
                               { "node": 1, "size": 29360128 } ] } }

Example:

(Captured from a host without SGX.)

-> {"execute": "query-sgx-capabilities"}
<- {"error": {"class": "GenericError", "desc": "Could not open '/dev/sgx_vepc': No such file or directory"}}

EQMP

#if defined(TARGET_I386)
    {
        .enum               = "EvtchnPortType",
        .values             = "closed,unbound,interdomain,pirq,virq,ipi",
    },
#endif

SQMP
EvtchnPortType
--------------

What a Xen event channel port of the guest is used for.

Values:

- "closed": the port is not in use.
- "unbound": the port is allocated, waiting to be bound to a remote
  end.
- "interdomain": the port is connected to a port of another domain
  (interdomain interrupt).
- "pirq": the port is bound to a physical IRQ (PIRQ).
- "virq": the port is bound to a virtual IRQ (VIRQ), such as the
  timer.
- "ipi": the port is an inter-processor interrupt (IPI) between the
  guest's vCPUs.

Since: 8.0

EQMP

#if defined(TARGET_I386)
    {
        .struct             = "EvtchnInfo",
        .members            = "port:uint16,"
                              "vcpu:uint32,"
                              "type:EvtchnPortType,"
                              "remote-domain:str,"
                              "target:uint16,"
                              "pending:bool,"
                              "masked:bool",
    },
#endif

SQMP
EvtchnInfo
----------

One Xen event channel port the guest has opened.

Members:

- "port": the port number.
- "vcpu": the vCPU the port's events are delivered to.
- "type": what the port is used for.
- "remote-domain": for an interdomain port, the domain at the other
  end ("qemu" when it is QEMU's own emulated back end); empty for
  other ports.
- "target": the port ID at the remote end for an interdomain port, or
  the VIRQ or PIRQ number for those types.
- "pending": whether an event is waiting on the port to be delivered.
- "masked": whether the port is masked, so that its events are not
  delivered.

Since: 8.0

EQMP

#if defined(TARGET_I386)
    {
        .name               = "xen-event-list",
        .args_type          = "",
        .returns            = "[EvtchnInfo]",
    },
#endif

SQMP
xen-event-list
--------------

List the Xen event channel ports the guest has opened. Only useful for
a guest run under QEMU's Xen emulation (-accel kvm,xen-version=...);
only in qemu-system-x86_64 and qemu-system-i386.

Arguments: None.

Returns: a list of EvtchnInfo, one per open port.

Errors:

- GenericError when Xen event channel emulation is not enabled.

Since: 8.0

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "xen-event-list" }
<- { "return": [
       { "pending": false, "port": 1, "vcpu": 1, "remote-domain": "qemu",
         "masked": false, "type": "interdomain", "target": 1 },
       { "pending": false, "port": 2, "vcpu": 0, "remote-domain": "",
         "masked": false, "type": "virq", "target": 0 } ] }

Example:

(Captured from -M pc without Xen emulation.)

-> {"execute": "xen-event-list"}
<- {"error": {"class": "GenericError", "desc": "Xen event channel emulation not enabled"}}

EQMP

#if defined(TARGET_I386)
    {
        .name               = "xen-event-inject",
        .args_type          = "port:uint32",
    },
#endif

SQMP
xen-event-inject
----------------

Raise an event on one of the guest's Xen event channel ports, as if
its remote end had signalled it: the guest receives the interrupt.
Only useful for a guest run under QEMU's Xen emulation; only in
qemu-system-x86_64 and qemu-system-i386.

Arguments:

- "port": the number of the port to signal.

Errors:

- GenericError when Xen event channel emulation is not enabled.

Since: 8.0

Example:

(Written from the schema, not captured from a server.)

-> { "execute": "xen-event-inject", "arguments": { "port": 1 } }
<- { "return": {} }

Example:

(Captured from -M pc without Xen emulation.)

-> {"execute": "xen-event-inject", "arguments": {"port": 1}}
<- {"error": {"class": "GenericError", "desc": "Xen event channel emulation not enabled"}}

EQMP

