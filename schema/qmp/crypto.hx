HXCOMM Area 'crypto'.

SQMP
Cryptography
============

The cryptographic building blocks other areas refer to: secret objects
(passwords and keys handed to QEMU without putting them on the command
line), TLS credentials objects for network services, the algorithms
and the LUKS and legacy qcow encryption formats of encrypted disk
images, and the asymmetric cipher options of the crypto layer.

EQMP

    {
        .enum               = "QCryptoTLSCredsEndpoint",
        .values             = "client,server",
    },

SQMP
QCryptoTLSCredsEndpoint
-----------------------

The side of a TLS connection that a set of credentials is for. Most
credential types need different files and checks on a server than on
a client.

Values:

- "client": the QEMU service using the credentials connects to a
  server.
- "server": the QEMU service using the credentials accepts
  connections.

Since: 2.5

EQMP

    {
        .enum               = "QCryptoSecretFormat",
        .values             = "raw,base64",
    },

SQMP
QCryptoSecretFormat
-------------------

How the content of a secret is encoded.

Values:

- "raw": the bytes as they are. Passed in JSON, only valid UTF-8 can
  be expressed.
- "base64": base64 encoded bytes, for any binary content.

Since: 2.6

EQMP

    {
        .enum               = "QCryptoHashAlgo",
        .values             = "md5,sha1,sha224,sha256,sha384,sha512,ripemd160,sm3",
    },

SQMP
QCryptoHashAlgo
---------------

A digest (hash) algorithm, as used by LUKS key derivation and IV
generation and by RSA options.

Values:

- "md5": MD5; only for compatibility with old data, never for anything
  new.
- "sha1": SHA-1; only for compatibility with old data, never for
  anything new.
- "sha224": SHA-224 (since 2.7).
- "sha256": SHA-256, the strong hash to choose by default.
- "sha384": SHA-384 (since 2.7).
- "sha512": SHA-512 (since 2.7).
- "ripemd160": RIPEMD-160 (since 2.7).
- "sm3": SM3 (since 9.2).

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

A block cipher for encrypting content, named with its key size.

Values:

- "aes-128": AES with a 128 bit (16 byte) key.
- "aes-192": AES with a 192 bit (24 byte) key.
- "aes-256": AES with a 256 bit (32 byte) key.
- "des": DES with a 56 bit key stored in 8 bytes; weak, meant for VNC
  authentication only (since 6.1).
- "3des": triple DES (EDE) with a 192 bit (24 byte) key (since 2.9).
- "cast5-128": CAST5 with a 128 bit (16 byte) key.
- "serpent-128": Serpent with a 128 bit (16 byte) key.
- "serpent-192": Serpent with a 192 bit (24 byte) key.
- "serpent-256": Serpent with a 256 bit (32 byte) key.
- "twofish-128": Twofish with a 128 bit (16 byte) key.
- "twofish-192": Twofish with a 192 bit (24 byte) key.
- "twofish-256": Twofish with a 256 bit (32 byte) key.
- "sm4": SM4 with a 128 bit (16 byte) key (since 9.0).

Since: 2.6

EQMP

    {
        .enum               = "QCryptoCipherMode",
        .values             = "ecb,cbc,xts,ctr",
    },

SQMP
QCryptoCipherMode
-----------------

How a block cipher is chained over data longer than one block.

Values:

- "ecb": electronic code book: every block encrypted on its own.
- "cbc": cipher block chaining.
- "xts": XEX-based tweaked code book with ciphertext stealing, the
  usual mode for disk sectors.
- "ctr": counter mode (since 2.8).

Since: 2.6

EQMP

    {
        .enum               = "QCryptoIVGenAlgo",
        .values             = "plain,plain64,essiv",
    },

SQMP
QCryptoIVGenAlgo
----------------

How the initialization vector of each sector of an encrypted disk is
derived. Avoid "plain" on disks with more than 2^32 sectors, unless
an existing Linux dm-crypt volume that uses it must stay readable.

Values:

- "plain": the sector number cut down to its low 32 bits.
- "plain64": the full 64-bit sector number.
- "essiv": the 64-bit sector number, encrypted with a hash of the
  encryption key (the hash is "ivgen-hash-alg").

Since: 2.6

EQMP

    {
        .enum               = "QCryptoBlockFormat",
        .values             = "qcow,luks",
    },

SQMP
QCryptoBlockFormat
------------------

An encryption format of disk images.

Values:

- "qcow": the AES-CBC encryption built into the qcow and qcow2 formats;
  weak, use it only to get data out of old images.
- "luks": the LUKS format, the one to use for new images.

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockOptionsBase",
        .members            = "format:QCryptoBlockFormat",
    },

SQMP
QCryptoBlockOptionsBase
-----------------------

What every encryption option set starts with: the format that selects
the remaining options.

Members:

- "format": the encryption format.

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockOptionsQCow",
        .members            = "key-secret:str?",
    },

SQMP
QCryptoBlockOptionsQCow
-----------------------

The options for opening or creating qcow/qcow2 AES-CBC encryption.

Members:

- "key-secret": the ID of a secret object holding the decryption key
  (the image's password). May be left out only when the image is
  opened to read its metadata, not its data.

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockOptionsLUKS",
        .members            = "key-secret:str?",
    },

SQMP
QCryptoBlockOptionsLUKS
-----------------------

The options for opening a LUKS encrypted volume.

Members:

- "key-secret": the ID of a secret object holding the password that
  unlocks a key slot. May be left out only when the volume is opened
  to read its metadata, not its data.

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

The options for creating a LUKS encrypted volume: the password secret
of QCryptoBlockOptionsLUKS plus the algorithms. QEMU's current
defaults apply to what is left out; they may change in later versions.

Members:

- "cipher-alg": the cipher that encrypts the data. When absent,
  "aes-256".
- "cipher-mode": the cipher mode for the data. When absent, "xts".
- "ivgen-alg": how sector initialization vectors are generated. When
  absent, "plain64".
- "ivgen-hash-alg": the hash used by the IV generator (used by
  "essiv"). When absent, "sha256".
- "hash-alg": the hash algorithm of the master key (its digest). When
  absent, "sha256".
- "iter-time": how long, in milliseconds, the PBKDF passphrase
  processing should take; the iteration counts are chosen to fit.
  When absent, 2000 (since 2.8).

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

The options for opening an existing encrypted volume; "format" selects
the rest: "qcow" takes QCryptoBlockOptionsQCow, "luks" takes
QCryptoBlockOptionsLUKS.

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

The options for creating (formatting) a new encrypted volume; "format"
selects the rest: "qcow" takes QCryptoBlockOptionsQCow, "luks" takes
QCryptoBlockCreateOptionsLUKS.

Since: 2.6

EQMP

    {
        .struct             = "QCryptoBlockInfoBase",
        .members            = "format:QCryptoBlockFormat",
    },

SQMP
QCryptoBlockInfoBase
--------------------

What every description of an encrypted volume starts with: its format.

Members:

- "format": the encryption format of the volume.

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

One of the key slots of a LUKS volume.

Members:

- "active": true when the slot holds a key (a password opens the
  volume through it), false when it is free.
- "iters": the number of PBKDF2 iterations used to derive the slot's
  key from its password. Reported for active slots only.
- "stripes": into how many stripes the key material is split
  (anti-forensic splitting). Reported for active slots only.
- "key-offset": where the slot's key material starts, in bytes from
  the start of the volume.

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

The encryption settings of a LUKS volume, as image information shows
them.

Members:

- "cipher-alg": the cipher encrypting the data.
- "cipher-mode": the cipher mode of the data.
- "ivgen-alg": the generator of sector initialization vectors.
- "ivgen-hash-alg": the hash of the IV generator; absent when the
  generator uses none (as "plain64").
- "hash-alg": the hash algorithm of the master key (its digest).
- "detached-header": true when the LUKS header is kept apart from the
  encrypted data, in another file (since 9.0).
- "payload-offset": where the encrypted data starts, in bytes.
- "master-key-iters": the number of PBKDF2 iterations of the master key
  digest.
- "uuid": the volume's UUID.
- "slots": the key slots, active or not (LUKS1 has 8).

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

The encryption settings of a volume; "format" says which follow:
"luks" adds QCryptoBlockInfoLUKS, "qcow" adds nothing.

Since: 2.7

EQMP

    {
        .enum               = "QCryptoBlockLUKSKeyslotState",
        .values             = "active,inactive",
    },

SQMP
QCryptoBlockLUKSKeyslotState
----------------------------

The state that an amend operation gives the LUKS key slots it touches.

Values:

- "active": the slots are filled with the new password and marked in
  use.
- "inactive": the slots are overwritten (their content is garbage
  afterwards) and marked free.

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

A change of the key slots of a LUKS volume: add a password (make a slot
active) or remove one (make slots inactive).

Members:

- "state": whether the selected slots become active or inactive.
- "new-secret": the ID of a secret object with the password to store in
  the slot being activated. Used for activation only.
- "old-secret": for deactivation only: every slot that this password
  (the ID of a secret object) opens is deactivated.
- "keyslot": the slot to change. For activation, the slot must be free:
  overwriting an active slot is unsafe and is done only when the amend
  is forced (the "force" argument of blockdev-amend); when absent, the
  first free slot is used. For deactivation, exactly this slot is
  erased.
- "iter-time": for activation only: how long, in milliseconds, the
  PBKDF passphrase processing of the new slot should take. When absent,
  2000.
- "secret": the ID of a secret object with a password that opens the
  volume now, needed to get at the master key. When absent, the secret
  the image was opened with.

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

The options for changing the encryption settings of a volume (with
blockdev-amend or qemu-img amend); "format" selects the rest: "luks"
takes QCryptoBlockAmendOptionsLUKS; "qcow" has no amend options.

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

The properties every secret object has (secret, secret_keyring):
how its content is encoded and whether it is itself encrypted with
another secret.

Members:

- "format": how the content is encoded. When absent, "raw".
- "keyid": the ID of another secret whose content is the key that
  decrypts this secret's content (QEMU 10.0.2 requires that key to be
  32 bytes long). When absent, the content is not encrypted.
- "iv": the initialization vector used when this secret's content was
  encrypted: the 16 bytes, base64 encoded. Required when "keyid" is
  given, ignored otherwise.

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

The properties of a secret object (object-add "qom-type": "secret"):
a password or key given inline or read from a file. Exactly one of
"data" and "file" must be given.

Members:

- "data": the content of the secret, encoded as "format" says.
- "file": the name of a file to read the content from.

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

The properties of a secret_keyring object (object-add "qom-type":
"secret_keyring"): the content is a key stored in the Linux kernel's
keyring. Only in builds with keyring support (CONFIG_SECRET_KEYRING).

Members:

- "serial": the serial number of the kernel key to read.

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

The properties every TLS credentials object has (tls-creds-anon,
tls-creds-psk, tls-creds-x509, and tls-cipher-suites, which takes
only these). Network services (NBD, chardev sockets, migration, VNC)
refer to such an object by its ID.

Members:

- "verify-peer": true to check the peer's credentials once the TLS
  handshake is done; without effect for anonymous credentials. When
  absent, true.
- "dir": the directory that holds the credential files.
- "endpoint": whether the service using the credentials acts as the
  TLS client or server. When absent, "client".
- "priority": a GnuTLS priority string choosing the allowed TLS
  versions, ciphers and the like (see
  https://gnutls.org/manual/html_node/Priority-Strings.html). When
  absent, the default priority QEMU was built with.

Since: 2.5

EQMP

    {
        .struct             = "TlsCredsAnonProperties",
        .base               = "TlsCredsProperties",
    },

SQMP
TlsCredsAnonProperties
----------------------

The properties of a tls-creds-anon object: TLS without any
authentication of the peer (the data is encrypted, but either side
could be anyone). It has only the common properties.

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

The properties of a tls-creds-psk object: TLS authenticated by
pre-shared keys read from a file in "dir".

Members:

- "username": the user name a client sends to the server; not used on
  a server. When absent, "qemu" is sent, while the property reads back
  as an empty string.

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

The properties of a tls-creds-x509 object: TLS authenticated by x509
certificates read from PEM files in "dir".

Members:

- "sanity-check": true to check the certificates for common mistakes
  before they are used. When absent, true.
- "passwordid": the ID of a secret object with the password that
  decrypts the private key files (server-key.pem, client-key.pem), for
  keys stored encrypted. When absent, the keys must be unencrypted.

Since: 2.5

EQMP

    {
        .enum               = "QCryptoAkCipherAlgo",
        .values             = "rsa",
    },

SQMP
QCryptoAkCipherAlgo
-------------------

An asymmetric (public key) cipher algorithm.

Values:

- "rsa": RSA (Rivest-Shamir-Adleman), the only one QEMU offers.

Since: 7.1

EQMP

    {
        .enum               = "QCryptoAkCipherKeyType",
        .values             = "public,private",
    },

SQMP
QCryptoAkCipherKeyType
----------------------

Which half of an asymmetric key pair a key is.

Values:

- "public": the public key, for encrypting and verifying.
- "private": the private key, for decrypting and signing.

Since: 7.1

EQMP

    {
        .enum               = "QCryptoRSAPaddingAlgo",
        .values             = "raw,pkcs1",
    },

SQMP
QCryptoRSAPaddingAlgo
---------------------

The padding scheme applied to data before an RSA operation.

Values:

- "raw": no padding; the data is used as it is.
- "pkcs1": the padding of PKCS #1 v1.5.

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

The parameters of RSA operations.

Members:

- "hash-alg": the digest algorithm used with signatures.
- "padding-alg": the padding scheme.

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

The options of an asymmetric cipher; "alg" selects the algorithm and
the parameters that follow (for "rsa", QCryptoAkCipherOptionsRSA).

Members:

- "alg": the asymmetric cipher algorithm.

Since: 7.1

EQMP

