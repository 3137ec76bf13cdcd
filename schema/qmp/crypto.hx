HXCOMM Area 'crypto'.

    {
        .enum               = "QCryptoTLSCredsEndpoint",
        .values             = "client,server",
    },

SQMP
QCryptoTLSCredsEndpoint
-----------------------

TODO

Values:

- "client": TODO
- "server": TODO

Since: 2.5

EQMP

    {
        .enum               = "QCryptoSecretFormat",
        .values             = "raw,base64",
    },

SQMP
QCryptoSecretFormat
-------------------

TODO

Values:

- "raw": TODO
- "base64": TODO

Since: 2.6

EQMP

    {
        .enum               = "QCryptoHashAlgo",
        .values             = "md5,sha1,sha224,sha256,sha384,sha512,ripemd160,sm3",
    },

SQMP
QCryptoHashAlgo
---------------

An enumeration used by QCryptoBlockInfoLUKS.

Values:

- "md5": TODO
- "sha1": TODO
- "sha224": TODO
- "sha256": TODO
- "sha384": TODO
- "sha512": TODO
- "ripemd160": TODO
- "sm3": TODO

Since: 2.6

EQMP

    {
        .enum               = "QCryptoCipherAlgo",
        .values             = "aes-128,aes-192,aes-256,des,3des,cast5-128,serpent-128,"
                              "serpent-192,serpent-256,twofish-128,twofish-192,twofish-256,sm4",
    },

SQMP
QCryptoCipherAlgo
-----------------

An enumeration used by QCryptoBlockInfoLUKS.

Values:

- "aes-128": TODO
- "aes-192": TODO
- "aes-256": TODO
- "des": TODO
- "3des": TODO
- "cast5-128": TODO
- "serpent-128": TODO
- "serpent-192": TODO
- "serpent-256": TODO
- "twofish-128": TODO
- "twofish-192": TODO
- "twofish-256": TODO
- "sm4": TODO

Since: 2.6

EQMP

    {
        .enum               = "QCryptoCipherMode",
        .values             = "ecb,cbc,xts,ctr",
    },

SQMP
QCryptoCipherMode
-----------------

An enumeration used by QCryptoBlockInfoLUKS.

Values:

- "ecb": TODO
- "cbc": TODO
- "xts": TODO
- "ctr": TODO

Since: 2.6

EQMP

    {
        .enum               = "QCryptoIVGenAlgo",
        .values             = "plain,plain64,essiv",
    },

SQMP
QCryptoIVGenAlgo
----------------

An enumeration used by QCryptoBlockInfoLUKS.

Values:

- "plain": TODO
- "plain64": TODO
- "essiv": TODO

Since: 2.6

EQMP

    {
        .enum               = "QCryptoBlockFormat",
        .values             = "qcow,luks",
    },

SQMP
QCryptoBlockFormat
------------------

TODO

Values:

- "qcow": TODO
- "luks": TODO

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockOptionsBase",
        .members            = "format:QCryptoBlockFormat",
    },

SQMP
QCryptoBlockOptionsBase
-----------------------

TODO

Members:

- "format": TODO

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockOptionsQCow",
        .members            = "key-secret:str?",
    },

SQMP
QCryptoBlockOptionsQCow
-----------------------

A structure used by BlockdevQcow2Encryption.

Members:

- "key-secret": TODO

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockOptionsLUKS",
        .members            = "key-secret:str?",
    },

SQMP
QCryptoBlockOptionsLUKS
-----------------------

A structure used by BlockdevQcow2Encryption.

Members:

- "key-secret": TODO

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockCreateOptionsLUKS",
        .base               = "QCryptoBlockOptionsLUKS",
        .members            = "cipher-alg:QCryptoCipherAlgo?,"
                              "cipher-mode:QCryptoCipherMode?,"
                              "ivgen-alg:QCryptoIVGenAlgo?,"
                              "ivgen-hash-alg:QCryptoHashAlgo?,"
                              "hash-alg:QCryptoHashAlgo?,"
                              "iter-time:int?",
    },

SQMP
QCryptoBlockCreateOptionsLUKS
-----------------------------

TODO

Members:

- "cipher-alg": TODO
- "cipher-mode": TODO
- "ivgen-alg": TODO
- "ivgen-hash-alg": TODO
- "hash-alg": TODO
- "iter-time": TODO

Since: 2.6

EQMP

    {
        .union              = "QCryptoBlockOpenOptions",
        .base               = "QCryptoBlockOptionsBase",
        .discriminator      = "format",
        .variants           = "qcow:QCryptoBlockOptionsQCow,"
                              "luks:QCryptoBlockOptionsLUKS",
    },

SQMP
QCryptoBlockOpenOptions
-----------------------

TODO

Since: 2.6

EQMP

    {
        .union              = "QCryptoBlockCreateOptions",
        .base               = "QCryptoBlockOptionsBase",
        .discriminator      = "format",
        .variants           = "qcow:QCryptoBlockOptionsQCow,"
                              "luks:QCryptoBlockCreateOptionsLUKS",
    },

SQMP
QCryptoBlockCreateOptions
-------------------------

TODO

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockInfoBase",
        .members            = "format:QCryptoBlockFormat",
    },

SQMP
QCryptoBlockInfoBase
--------------------

TODO

Members:

- "format": TODO

Since: 2.7

EQMP

    {
        .struct             = "QCryptoBlockInfoLUKSSlot",
        .members            = "active:bool,"
                              "iters:int?,"
                              "stripes:int?,"
                              "key-offset:int",
    },

SQMP
QCryptoBlockInfoLUKSSlot
------------------------

A structure used by QCryptoBlockInfoLUKS.

Members:

- "active": TODO
- "iters": TODO
- "stripes": TODO
- "key-offset": TODO

Since: 2.7

EQMP

    {
        .struct             = "QCryptoBlockInfoLUKS",
        .members            = "cipher-alg:QCryptoCipherAlgo,"
                              "cipher-mode:QCryptoCipherMode,"
                              "ivgen-alg:QCryptoIVGenAlgo,"
                              "ivgen-hash-alg:QCryptoHashAlgo?,"
                              "hash-alg:QCryptoHashAlgo,"
                              "detached-header:bool,"
                              "payload-offset:int,"
                              "master-key-iters:int,"
                              "uuid:str,"
                              "slots:[QCryptoBlockInfoLUKSSlot]",
    },

SQMP
QCryptoBlockInfoLUKS
--------------------

A structure used by ImageInfoSpecificLUKSWrapper.

Members:

- "cipher-alg": TODO
- "cipher-mode": TODO
- "ivgen-alg": TODO
- "ivgen-hash-alg": TODO
- "hash-alg": TODO
- "detached-header": TODO
- "payload-offset": TODO
- "master-key-iters": TODO
- "uuid": TODO
- "slots": TODO

Since: 2.7

EQMP

    {
        .union              = "QCryptoBlockInfo",
        .base               = "QCryptoBlockInfoBase",
        .discriminator      = "format",
        .variants           = "luks:QCryptoBlockInfoLUKS",
    },

SQMP
QCryptoBlockInfo
----------------

TODO

Since: 2.7

EQMP

    {
        .enum               = "QCryptoBlockLUKSKeyslotState",
        .values             = "active,inactive",
    },

SQMP
QCryptoBlockLUKSKeyslotState
----------------------------

TODO

Values:

- "active": TODO
- "inactive": TODO

Since: 5.1

EQMP

    {
        .struct             = "QCryptoBlockAmendOptionsLUKS",
        .members            = "state:QCryptoBlockLUKSKeyslotState,"
                              "new-secret:str?,"
                              "old-secret:str?,"
                              "keyslot:int?,"
                              "iter-time:int?,"
                              "secret:str?",
    },

SQMP
QCryptoBlockAmendOptionsLUKS
----------------------------

TODO

Members:

- "state": TODO
- "new-secret": TODO
- "old-secret": TODO
- "keyslot": TODO
- "iter-time": TODO
- "secret": TODO

Since: 5.1

EQMP

    {
        .union              = "QCryptoBlockAmendOptions",
        .base               = "QCryptoBlockOptionsBase",
        .discriminator      = "format",
        .variants           = "luks:QCryptoBlockAmendOptionsLUKS",
    },

SQMP
QCryptoBlockAmendOptions
------------------------

TODO

Since: 5.1

EQMP

    {
        .struct             = "SecretCommonProperties",
        .members            = "format:QCryptoSecretFormat?,"
                              "keyid:str?,"
                              "iv:str?",
    },

SQMP
SecretCommonProperties
----------------------

TODO

Members:

- "format": TODO
- "keyid": TODO
- "iv": TODO

Since: 2.6

EQMP

    {
        .struct             = "SecretProperties",
        .base               = "SecretCommonProperties",
        .members            = "data:str?,"
                              "file:str?",
    },

SQMP
SecretProperties
----------------

TODO

Members:

- "data": TODO
- "file": TODO

Since: 2.6

EQMP

#if defined(CONFIG_SECRET_KEYRING)
    {
        .struct             = "SecretKeyringProperties",
        .base               = "SecretCommonProperties",
        .members            = "serial:int32",
    },
#endif

SQMP
SecretKeyringProperties
-----------------------

TODO

Members:

- "serial": TODO

Since: 5.1

EQMP

    {
        .struct             = "TlsCredsProperties",
        .members            = "verify-peer:bool?,"
                              "dir:str?,"
                              "endpoint:QCryptoTLSCredsEndpoint?,"
                              "priority:str?",
    },

SQMP
TlsCredsProperties
------------------

TODO

Members:

- "verify-peer": TODO
- "dir": TODO
- "endpoint": TODO
- "priority": TODO

Since: 2.5

EQMP

    {
        .struct             = "TlsCredsAnonProperties",
        .base               = "TlsCredsProperties",
    },

SQMP
TlsCredsAnonProperties
----------------------

TODO

Since: 2.5

EQMP

    {
        .struct             = "TlsCredsPskProperties",
        .base               = "TlsCredsProperties",
        .members            = "username:str?",
    },

SQMP
TlsCredsPskProperties
---------------------

TODO

Members:

- "username": TODO

Since: 3.0

EQMP

    {
        .struct             = "TlsCredsX509Properties",
        .base               = "TlsCredsProperties",
        .members            = "sanity-check:bool?,"
                              "passwordid:str?",
    },

SQMP
TlsCredsX509Properties
----------------------

TODO

Members:

- "sanity-check": TODO
- "passwordid": TODO

Since: 2.5

EQMP

    {
        .enum               = "QCryptoAkCipherAlgo",
        .values             = "rsa",
    },

SQMP
QCryptoAkCipherAlgo
-------------------

TODO

Values:

- "rsa": TODO

Since: 7.1

EQMP

    {
        .enum               = "QCryptoAkCipherKeyType",
        .values             = "public,private",
    },

SQMP
QCryptoAkCipherKeyType
----------------------

TODO

Values:

- "public": TODO
- "private": TODO

Since: 7.1

EQMP

    {
        .enum               = "QCryptoRSAPaddingAlgo",
        .values             = "raw,pkcs1",
    },

SQMP
QCryptoRSAPaddingAlgo
---------------------

TODO

Values:

- "raw": TODO
- "pkcs1": TODO

Since: 7.1

EQMP

    {
        .struct             = "QCryptoAkCipherOptionsRSA",
        .members            = "hash-alg:QCryptoHashAlgo,"
                              "padding-alg:QCryptoRSAPaddingAlgo",
    },

SQMP
QCryptoAkCipherOptionsRSA
-------------------------

TODO

Members:

- "hash-alg": TODO
- "padding-alg": TODO

Since: 7.1

EQMP

    {
        .union              = "QCryptoAkCipherOptions",
        .members            = "alg:QCryptoAkCipherAlgo",
        .discriminator      = "alg",
        .variants           = "rsa:QCryptoAkCipherOptionsRSA",
    },

SQMP
QCryptoAkCipherOptions
----------------------

TODO

Members:

- "alg": TODO

Since: 7.1

EQMP

