HXCOMM Area 'error'.

    {
        .enum               = "QapiErrorClass",
        .values             = "GenericError,CommandNotFound,DeviceNotActive,DeviceNotFound,"
                              "KVMMissingCap",
    },

SQMP
QapiErrorClass
--------------

TODO

Values:

- "GenericError": TODO
- "CommandNotFound": TODO
- "DeviceNotActive": TODO
- "DeviceNotFound": TODO
- "KVMMissingCap": TODO

Since: 1.2

EQMP

