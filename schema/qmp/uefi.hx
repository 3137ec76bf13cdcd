HXCOMM Area 'uefi'.

SQMP
UEFI variable store
===================

The JSON file in which QEMU's own UEFI variable service (the uefi-vars
devices, hw/uefi) keeps the guest firmware's non-volatile variables
on the host. These types are not used by any QMP command; they describe
the file's layout, which the virt-firmware and python-uefivars tools
read and write too.

EQMP

    {
        .struct             = "UefiVariable",
        .members            = "guid:str,"
                              "name:str,"
                              "attr:int,"
                              "data:str,"
                              "time:str?,"
                              "digest:str?",
    },

SQMP
UefiVariable
------------

One UEFI variable of the store; the fields follow the UEFI
specification's definition of a variable.

Members:

- "guid": the GUID of the vendor namespace the variable belongs to,
  as a GUID string.
- "name": the variable's name, UTF-8 encoded.
- "attr": the variable's attribute bits (the EFI_VARIABLE_* flags of
  the UEFI specification: non-volatile, boot service access, runtime
  access, ...).
- "data": the variable's value, as a string of hexadecimal digits.
- "time": when the variable was last changed: an EFI_TIME structure as
  a string of hexadecimal digits. Only present for time-based
  authenticated variables, those with the
  EFI_VARIABLE_TIME_BASED_AUTHENTICATED_WRITE_ACCESS attribute.
- "digest": the digest of the certificate that signed the variable,
  against which the signature of later updates is checked. Only the
  authenticated variables other than the Secure Boot ones ("PK",
  "KEK", "db", "dbx", whose signature checks are fixed by the
  specification) use it: the firmware records the digest of the
  signer's certificate when the variable is created, and accepts
  updates only when signed by the same certificate. Absent for other
  variables.

Since: 10.0

EQMP

    {
        .struct             = "UefiVarStore",
        .members            = "version:int,"
                              "variables:[UefiVariable]",
    },

SQMP
UefiVarStore
------------

The whole content of the variable store file.

Members:

- "version": the version of the file layout; 2 for now.
- "variables": every variable of the store.

Since: 10.0

EQMP

