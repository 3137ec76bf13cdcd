HXCOMM Area 'error'.

SQMP
QMP errors
==========

The classes of the error replies that QMP commands give.

EQMP

    {
        .enum               = "QapiErrorClass",
        .values             = "GenericError,CommandNotFound,DeviceNotActive,DeviceNotFound,"
                              "KVMMissingCap",
    },

SQMP
QapiErrorClass
--------------

The "class" of an error reply ({"error": {"class": ..., "desc": ...}}).
Almost every error is a GenericError; the other classes remain for
conditions that clients have long told apart. The "desc" text is meant
for people and may change.

Values:

- "GenericError": any error without a more specific class; the usual
  case.
- "CommandNotFound": the command does not exist, or cannot be used in
  the current state of the connection (for example any command but
  qmp_capabilities before capabilities negotiation).
- "DeviceNotActive": a device or service needed by the command is not
  active (for example SPICE when QEMU runs without it).
- "DeviceNotFound": the device, node or other object named in the
  command does not exist.
- "KVMMissingCap": the operation needs a KVM capability that the host
  kernel lacks.

Since: 1.2

EQMP

