HXCOMM Area 'cryptodev'.

    {
        .enum               = "QCryptodevBackendAlgoType",
        .values             = "sym,asym",
    },

SQMP
QCryptodevBackendAlgoType
-------------------------

TODO

Values:

- "sym": TODO
- "asym": TODO

Since: 8.0

EQMP

    {
        .enum               = "QCryptodevBackendServiceType",
        .values             = "cipher,hash,mac,aead,akcipher",
    },

SQMP
QCryptodevBackendServiceType
----------------------------

TODO

Values:

- "cipher": TODO
- "hash": TODO
- "mac": TODO
- "aead": TODO
- "akcipher": TODO

Since: 8.0

EQMP

    {
        .enum               = "QCryptodevBackendType",
        .values             = "builtin,vhost-user,lkcf",
    },

SQMP
QCryptodevBackendType
---------------------

TODO

Values:

- "builtin": TODO
- "vhost-user": TODO
- "lkcf": TODO

Since: 8.0

EQMP

    {
        .struct             = "QCryptodevBackendClient",
        .members            = "queue:uint32,"
                              "type:QCryptodevBackendType",
    },

SQMP
QCryptodevBackendClient
-----------------------

TODO

Members:

- "queue": TODO
- "type": TODO

Since: 8.0

EQMP

    {
        .struct             = "QCryptodevInfo",
        .members            = "id:str,"
                              "service:[QCryptodevBackendServiceType],"
                              "client:[QCryptodevBackendClient]",
    },

SQMP
QCryptodevInfo
--------------

TODO

Members:

- "id": TODO
- "service": TODO
- "client": TODO

Since: 8.0

EQMP

    {
        .name               = "query-cryptodev",
        .args_type          = "",
        .returns            = "[QCryptodevInfo]",
    },

SQMP
query-cryptodev
---------------

TODO

Returns: [QCryptodevInfo]. TODO

Since: 8.0

EQMP

