HXCOMM Area 'cryptodev'.

SQMP
Cryptography devices
====================

The cryptodev backends that serve virtio-crypto devices (created with
object-add as cryptodev-backend-builtin, cryptodev-backend-lkcf or
cryptodev-vhost-user), and the query that lists them with the
services and queues they offer.

EQMP

    {
        .enum               = "QCryptodevBackendAlgoType",
        .values             = "sym,asym",
    },

SQMP
QCryptodevBackendAlgoType
-------------------------

The two families of algorithms a cryptodev backend can offer.

Values:

- "sym": symmetric algorithms, where both sides use the same key.
- "asym": asymmetric algorithms, with a public and a private key.

Since: 8.0

EQMP

    {
        .enum               = "QCryptodevBackendServiceType",
        .values             = "cipher,hash,mac,aead,akcipher",
    },

SQMP
QCryptodevBackendServiceType
----------------------------

A service a cryptodev backend offers to the guest.

Values:

- "cipher": encryption and decryption with a symmetric key cipher.
- "hash": computing digests (hashes).
- "mac": computing message authentication codes.
- "aead": authenticated encryption with associated data.
- "akcipher": encryption, decryption, signing and verification with
  asymmetric keys.

Since: 8.0

EQMP

    {
        .enum               = "QCryptodevBackendType",
        .values             = "builtin,vhost-user,lkcf",
    },

SQMP
QCryptodevBackendType
---------------------

What performs the cryptographic work of a cryptodev backend queue.

Values:

- "builtin": QEMU itself, with its own crypto library support.
- "vhost-user": an external vhost-user server process.
- "lkcf": the host Linux kernel's cryptographic framework.

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

One queue of a cryptodev backend.

Members:

- "queue": the queue's index, counted from 0.
- "type": what serves the queue.

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

One cryptodev backend, as query-cryptodev reports it.

Members:

- "id": the backend's object ID.
- "service": the services the backend offers.
- "client": its queues, each with what serves it.

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

List the cryptodev backends that exist, with the services they offer
and their queues. A backend is listed whether or not a virtio-crypto
device uses it.

Returns: one entry per cryptodev backend; an empty list when there is
none.

Since: 8.0

Example:

(Captured with -object cryptodev-backend-builtin,id=cryptodev0 -device
virtio-crypto-pci,id=crypto0,cryptodev=cryptodev0.)

-> {"execute": "query-cryptodev"}
<- {"return": [{"service": ["mac", "hash", "cipher"], "id": "cryptodev0", "client": [{"queue": 0, "type": "builtin"}]}]}

EQMP
