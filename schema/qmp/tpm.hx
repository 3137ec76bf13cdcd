HXCOMM Area 'tpm'.

#if defined(CONFIG_TPM)
    {
        .enum               = "TpmModel",
        .values             = "tpm-tis,tpm-crb,tpm-spapr",
    },
#endif

SQMP
TpmModel
--------

An enumeration used by the query-tpm-models command.

Values:

- "tpm-tis": TODO
- "tpm-crb": TODO
- "tpm-spapr": TODO

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

List the TPM device models this QEMU supports.

Arguments: None.

Returns: [TpmModel]

Example: -> { "execute": "query-tpm-models" }
<- { "return": [ "tpm-crb", "tpm-tis" ] }

Since: 1.5

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

An enumeration used by the query-tpm-types command.

Values:

- "passthrough": TODO
- "emulator": TODO

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

List the TPM backend types this QEMU supports.

Arguments: None.

Returns: [TpmType]

Example: -> { "execute": "query-tpm-types" }
<- { "return": [ "passthrough", "emulator" ] }

Since: 1.5

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

A structure used by TPMPassthroughOptionsWrapper.

Members:

- "path": TODO
- "cancel-path": TODO

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

A structure used by TPMEmulatorOptionsWrapper.

Members:

- "chardev": TODO

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

A structure used by TpmTypeOptions.

Members:

- "data": TODO

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

A structure used by TpmTypeOptions.

Members:

- "data": TODO

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

An union used by TPMInfo.

Members:

- "type": TODO

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

A TPM device with its model and backend.

Members:

- "id": TODO
- "model": TODO
- "options": TODO

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

List the TPM devices of the machine with their model and backend.

Arguments: None.

Returns: [TPMInfo]

Example: -> { "execute": "query-tpm" }
<- { "return": [ { "id": "tpm0", "model": "tpm-tis", "options": { "type": "emulator", "data": { "chardev": "chrtpm" } } } ] }

Since: 1.5

EQMP

