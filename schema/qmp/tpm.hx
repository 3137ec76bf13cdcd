HXCOMM Area 'tpm'.

SQMP
TPM devices
===========

Trusted Platform Module devices: which TPM device models and backends
this QEMU was built with, and the TPMs of the running machine. Present
only in builds with TPM support (CONFIG_TPM).

EQMP

#if defined(CONFIG_TPM)
    {
        .enum               = "TpmModel",
        .values             = "tpm-tis,tpm-crb,tpm-spapr",
    },
#endif

SQMP
TpmModel
--------

A TPM device model: the interface through which the guest talks to the
TPM. query-tpm-models lists the ones this binary has.

Values:

- "tpm-tis": the device with the TPM Interface Specification (TIS)
  register interface.
- "tpm-crb": the device with the Command Response Buffer (CRB)
  interface (since 2.12).
- "tpm-spapr": the TPM of the ppc64 pseries (sPAPR) machine (since
  5.0).

Since: 1.5

EQMP

#if defined(CONFIG_TPM)
    {
        .name               = "query-tpm-models",
        .args_type          = "",
        .returns            = "[TpmModel]",
    },
#endif

SQMP
query-tpm-models
----------------

List the TPM device models this QEMU binary can create (the models
of its target: qemu-system-x86_64 has no "tpm-spapr").

Returns: the supported models, in no particular order.

Since: 1.5

Example:

(Captured from qemu-system-x86_64.)

-> {"execute": "query-tpm-models"}
<- {"return": ["tpm-crb", "tpm-tis"]}

EQMP

#if defined(CONFIG_TPM)
    {
        .enum               = "TpmType",
        .values             = "passthrough,emulator",
    },
#endif

SQMP
TpmType
-------

A TPM backend type: what implements the TPM behind the device model.

Values:

- "passthrough": the host's own TPM device (for example /dev/tpm0) is
  handed to the guest.
- "emulator": a software TPM in an external process such as swtpm,
  reached over a chardev (since 2.11).

Since: 1.5

EQMP

#if defined(CONFIG_TPM)
    {
        .name               = "query-tpm-types",
        .args_type          = "",
        .returns            = "[TpmType]",
    },
#endif

SQMP
query-tpm-types
---------------

List the TPM backend types this QEMU binary supports.

Returns: the supported backend types, in no particular order.

Since: 1.5

Example:

(Captured from qemu-system-x86_64.)

-> {"execute": "query-tpm-types"}
<- {"return": ["passthrough", "emulator"]}

EQMP

#if defined(CONFIG_TPM)
    {
        .struct             = "TPMPassthroughOptions",
        .members            = "path:str?,"
                              "cancel-path:str?",
    },
#endif

SQMP
TPMPassthroughOptions
---------------------

How a passthrough backend reaches the host's TPM.

Members:

- "path": the host TPM device the backend uses, such as "/dev/tpm0".
- "cancel-path": the host TPM's sysfs "cancel" file, written to abort
  a TPM command that is still running.

Since: 1.5

EQMP

#if defined(CONFIG_TPM)
    {
        .struct             = "TPMEmulatorOptions",
        .members            = "chardev:str",
    },
#endif

SQMP
TPMEmulatorOptions
------------------

How an emulator backend reaches its external software TPM.

Members:

- "chardev": the ID of the Unix socket chardev connected to the
  emulator's control channel.

Since: 2.11

EQMP

#if defined(CONFIG_TPM)
    {
        .struct             = "TPMPassthroughOptionsWrapper",
        .members            = "data:TPMPassthroughOptions",
    },
#endif

SQMP
TPMPassthroughOptionsWrapper
----------------------------

The "passthrough" branch of TpmTypeOptions: the options sit under a
"data" key.

Members:

- "data": the options of the passthrough backend.

Since: 1.5

EQMP

#if defined(CONFIG_TPM)
    {
        .struct             = "TPMEmulatorOptionsWrapper",
        .members            = "data:TPMEmulatorOptions",
    },
#endif

SQMP
TPMEmulatorOptionsWrapper
-------------------------

The "emulator" branch of TpmTypeOptions: the options sit under a
"data" key.

Members:

- "data": the options of the emulator backend.

Since: 2.11

EQMP

#if defined(CONFIG_TPM)
    {
        .union              = "TpmTypeOptions",
        .members            = "type:TpmType",
        .discriminator      = "type",
        .variants           = "passthrough:TPMPassthroughOptionsWrapper,"
                              "emulator:TPMEmulatorOptionsWrapper",
    },
#endif

SQMP
TpmTypeOptions
--------------

The backend of a TPM and its settings; "type" selects which settings
follow.

Members:

- "type": the backend type: "passthrough" (host TPM, settings in
  TPMPassthroughOptions) or "emulator" (external software TPM,
  settings in TPMEmulatorOptions).

Since: 1.5

EQMP

#if defined(CONFIG_TPM)
    {
        .struct             = "TPMInfo",
        .members            = "id:str,"
                              "model:TpmModel,"
                              "options:TpmTypeOptions",
    },
#endif

SQMP
TPMInfo
-------

One TPM of the machine: its device model and its backend.

Members:

- "id": the ID of the TPM backend (the "id" given to -tpmdev).
- "model": the device model the guest sees.
- "options": the backend type and its settings.

Since: 1.5

EQMP

#if defined(CONFIG_TPM)
    {
        .name               = "query-tpm",
        .args_type          = "",
        .returns            = "[TPMInfo]",
    },
#endif

SQMP
query-tpm
---------

List the TPMs of the machine, each with its device model and backend.

Returns: one entry per TPM; an empty list when the machine has none.

Since: 1.5

Example:

(Captured from qemu-system-x86_64 -M pc without a TPM.)

-> {"execute": "query-tpm"}
<- {"return": []}

Example:

(Written from the schema, not captured from a server.)

A TIS device backed by swtpm through the chardev "chrtpm":

-> {"execute": "query-tpm"}
<- {"return": [{"id": "tpm0", "model": "tpm-tis", "options": {"type": "emulator", "data": {"chardev": "chrtpm"}}}]}

EQMP
