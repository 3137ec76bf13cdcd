HXCOMM Area 'block-core'.

SQMP
Block core
==========

The block layer apart from guest devices: the graph of block nodes
(image formats, protocols and filters) that holds each disk's data,
and what a client does with it. Querying devices, nodes, images and
I/O statistics; external snapshots; block jobs that stream, commit,
mirror or back up data while the guest runs; dirty bitmaps for
incremental backups; I/O throttling; adding, creating, amending and
reopening nodes with their per-driver options; and the events that
report I/O errors and the progress of jobs.

EQMP

    {
        .struct             = "SnapshotInfo",
        .members            = "id:str,"
                              "name:str,"
                              "vm-state-size:int,"
                              "date-sec:int,"
                              "date-nsec:int,"
                              "vm-clock-sec:int,"
                              "vm-clock-nsec:int,"
                              "icount:int?",
    },

SQMP
SnapshotInfo
------------

One internal snapshot stored inside an image file (qcow2 and the other
formats that keep snapshots in the image): its identity, when it was
taken and how much guest state it holds. Listed in the "snapshots" of
an image's BlockNodeInfo; created by snapshot-save, savevm or
blockdev-snapshot-internal-sync.

Members:

- "id": the snapshot's ID, unique within the image; QEMU assigns it
  when the snapshot is created (usually a number, as a string).
- "name": the name the user gave the snapshot (its tag).
- "vm-state-size": bytes of saved VM state (RAM and device state)
  stored with the snapshot; 0 for a disk-only snapshot.
- "date-sec": when the snapshot was taken, as whole seconds since the
  Unix epoch (UTC).
- "date-nsec": the sub-second part of the creation time, in
  nanoseconds; add it to "date-sec".
- "vm-clock-sec": the guest's virtual clock at the time of the
  snapshot, whole seconds since the VM was started.
- "vm-clock-nsec": the sub-second part of the guest clock, in
  nanoseconds; add it to "vm-clock-sec".
- "icount": the guest instruction counter when the snapshot was taken.
  Present only when the VM runs with record/replay of execution; it
  lets a replay jump to the point of this snapshot (compare with the
  counter query-replay reports). Since 5.2.

Since: 1.3

EQMP

    {
        .struct             = "ImageInfoSpecificQCow2EncryptionBase",
        .members            = "format:BlockdevQcow2EncryptionFormat",
    },

SQMP
ImageInfoSpecificQCow2EncryptionBase
------------------------------------

The part every description of a qcow2 image's encryption has: which
encryption scheme the image uses. It is the base of
ImageInfoSpecificQCow2Encryption, whose further members depend on it.

Members:

- "format": the encryption scheme of the qcow2 image: the legacy
  built-in AES scheme ("aes") or LUKS ("luks").

Since: 2.10

EQMP

    {
        .union              = "ImageInfoSpecificQCow2Encryption",
        .base               = "ImageInfoSpecificQCow2EncryptionBase",
        .discriminator      = "format",
        .variants           = "luks:QCryptoBlockInfoLUKS",
    },

SQMP
ImageInfoSpecificQCow2Encryption
--------------------------------

How a qcow2 image is encrypted, as reported in its "encrypt" member.
The "format" member tells the scheme and which further members
follow: for "luks", the LUKS header's parameters (cipher, mode, IV
generator, key slots, payload offset and so on, the members of
QCryptoBlockInfoLUKS); for the legacy "aes" scheme nothing more.

Since: 2.10

EQMP

    {
        .struct             = "ImageInfoSpecificQCow2",
        .members            = "compat:str,"
                              "data-file:str?,"
                              "data-file-raw:bool?,"
                              "extended-l2:bool?,"
                              "lazy-refcounts:bool?,"
                              "corrupt:bool?,"
                              "refcount-bits:int,"
                              "encrypt:ImageInfoSpecificQCow2Encryption?,"
                              "bitmaps:[Qcow2BitmapInfo]?,"
                              "compression-type:Qcow2CompressionType",
    },

SQMP
ImageInfoSpecificQCow2
----------------------

What is particular to a qcow2 image: its version, feature flags,
refcount width, encryption, persistent bitmaps and compression.

Members:

- "compat": the qcow2 version the image is compatible with: "0.10"
  for version 2 images, "1.1" for version 3 images. Several of the
  members below exist only for "1.1".
- "data-file": the file name of the external data file recorded in the
  image header; QEMU opens it by default when it opens the image.
  Absent when the image keeps its data inside itself or no name is
  recorded. Since 4.0.
- "data-file-raw": true when the external data file is kept a valid
  raw image by itself, so it can be read (read-only) without the qcow2
  metadata. Absent without an external data file. Since 4.0.
- "extended-l2": true when the image uses extended L2 entries
  (subclusters). Reported for compat "1.1" images only. Since 5.2.
- "lazy-refcounts": whether lazy refcount updates are enabled (faster
  writes; the image needs a repair after a crash). Reported for compat
  "1.1" images only.
- "corrupt": true when QEMU has marked the image corrupt; such an image
  opens only read-only until it is repaired (qemu-img check -r).
  Reported for compat "1.1" images only. Since 2.2.
- "refcount-bits": how many bits one reference count entry takes
  (a power of two from 1 to 64; 16 by default). Since 2.3.
- "encrypt": how the image is encrypted. Absent when it is not
  encrypted. Since 2.10.
- "bitmaps": the persistent dirty bitmaps stored in the image. Since
  4.0.
- "compression-type": the algorithm used for compressed clusters
  ("zlib", or "zstd" when QEMU was built with it). Since 5.1.

Since: 1.7

EQMP

    {
        .struct             = "ImageInfoSpecificVmdk",
        .members            = "create-type:str,"
                              "cid:int,"
                              "parent-cid:int,"
                              "extents:[VmdkExtentInfo]",
    },

SQMP
ImageInfoSpecificVmdk
---------------------

What is particular to a VMDK image: its subformat, content IDs and the
extent files it is made of.

Members:

- "create-type": the VMDK subformat named in the descriptor, such as
  "monolithicSparse", "monolithicFlat", "twoGbMaxExtentSparse" or
  "streamOptimized".
- "cid": the content ID of this image (a number that changes when the
  image is written).
- "parent-cid": the content ID of the parent (backing) image as this
  image recorded it; when it no longer matches the parent's "cid" the
  parent changed after this image was created.
- "extents": the extent files that hold the image's data, in order.

Since: 1.7

EQMP

    {
        .struct             = "VmdkExtentInfo",
        .members            = "filename:str,"
                              "format:str,"
                              "virtual-size:int,"
                              "cluster-size:int?,"
                              "compressed:bool?",
    },

SQMP
VmdkExtentInfo
--------------

One extent file of a VMDK image: a file that holds a consecutive part
of the image's data.

Members:

- "filename": the file name of the extent.
- "format": the extent's type as the descriptor names it, for example
  "FLAT" or "SPARSE".
- "virtual-size": how many bytes of the image this extent covers.
- "cluster-size": the extent's cluster size in bytes. Only present for
  non-flat (sparse) extents.
- "compressed": true when the extent holds compressed data (as in
  streamOptimized images). Absent when it does not.

Since: 8.0

EQMP

    {
        .struct             = "ImageInfoSpecificRbd",
        .members            = "encryption-format:RbdImageEncryptionFormat?",
    },

SQMP
ImageInfoSpecificRbd
--------------------

What is particular to a Ceph RBD image.

Members:

- "encryption-format": the format the RBD image is encrypted with
  ("luks", "luks2", "luks-any"). Absent when the image is not
  encrypted.

Since: 6.1

EQMP

    {
        .struct             = "ImageInfoSpecificFile",
        .members            = "extent-size-hint:size?",
    },

SQMP
ImageInfoSpecificFile
---------------------

What is particular to a node of the file protocol driver, which reads
and writes a host file directly.

Members:

- "extent-size-hint": the extent size hint set on the host file, in
  bytes: the unit in which the host file system (e.g. XFS) allocates
  space for it. Absent when the host file system has none or QEMU
  cannot read it.

Since: 8.0

EQMP

    {
        .enum               = "ImageInfoSpecificKind",
        .values             = "qcow2,vmdk,luks,rbd,file",
    },

SQMP
ImageInfoSpecificKind
---------------------

The kinds of image for which QEMU reports format-specific details
(ImageInfoSpecific); each value names the driver whose details follow
in "data".

Values:

- "qcow2": a qcow2 image; "data" is an ImageInfoSpecificQCow2.
- "vmdk": a VMDK image; "data" is an ImageInfoSpecificVmdk.
- "luks": a LUKS-encrypted image; "data" holds the LUKS header's
  parameters (QCryptoBlockInfoLUKS). Since 2.7.
- "rbd": a Ceph RBD image; "data" is an ImageInfoSpecificRbd. Since
  6.1.
- "file": a host file opened by the file protocol driver; "data" is
  an ImageInfoSpecificFile. Since 8.0.

Since: 1.7

EQMP

    {
        .struct             = "ImageInfoSpecificQCow2Wrapper",
        .members            = "data:ImageInfoSpecificQCow2",
    },

SQMP
ImageInfoSpecificQCow2Wrapper
-----------------------------

Holder of the qcow2 details in ImageInfoSpecific (the "data" member of
the "qcow2" branch).

Members:

- "data": the qcow2 image's details: version, feature flags, bitmaps,
  encryption.

Since: 1.7

EQMP

    {
        .struct             = "ImageInfoSpecificVmdkWrapper",
        .members            = "data:ImageInfoSpecificVmdk",
    },

SQMP
ImageInfoSpecificVmdkWrapper
----------------------------

Holder of the VMDK details in ImageInfoSpecific (the "data" member of
the "vmdk" branch).

Members:

- "data": the VMDK image's details: subformat, content IDs, extents.

Since: 6.1

EQMP

    {
        .struct             = "ImageInfoSpecificLUKSWrapper",
        .members            = "data:QCryptoBlockInfoLUKS",
    },

SQMP
ImageInfoSpecificLUKSWrapper
----------------------------

Holder of the LUKS details in ImageInfoSpecific (the "data" member of
the "luks" branch).

Members:

- "data": the parameters of the image's LUKS header: cipher and mode,
  IV generator, key slots and where the encrypted payload starts.

Since: 2.7

EQMP

    {
        .struct             = "ImageInfoSpecificRbdWrapper",
        .members            = "data:ImageInfoSpecificRbd",
    },

SQMP
ImageInfoSpecificRbdWrapper
---------------------------

Holder of the RBD details in ImageInfoSpecific (the "data" member of
the "rbd" branch).

Members:

- "data": the Ceph RBD image's details (its encryption format).

Since: 6.1

EQMP

    {
        .struct             = "ImageInfoSpecificFileWrapper",
        .members            = "data:ImageInfoSpecificFile",
    },

SQMP
ImageInfoSpecificFileWrapper
----------------------------

Holder of the host file details in ImageInfoSpecific (the "data" member
of the "file" branch).

Members:

- "data": the host file's details (its extent size hint); an empty
  object when there is nothing to report.

Since: 8.0

EQMP

    {
        .union              = "ImageInfoSpecific",
        .members            = "type:ImageInfoSpecificKind",
        .discriminator      = "type",
        .variants           = "qcow2:ImageInfoSpecificQCow2Wrapper,"
                              "vmdk:ImageInfoSpecificVmdkWrapper,"
                              "luks:ImageInfoSpecificLUKSWrapper,"
                              "rbd:ImageInfoSpecificRbdWrapper,"
                              "file:ImageInfoSpecificFileWrapper",
    },

SQMP
ImageInfoSpecific
-----------------

The details of an image that only its driver knows, reported as the
"format-specific" member of BlockNodeInfo. The "type" member says which
driver's details follow in "data" (see ImageInfoSpecificKind); drivers
not listed there report no such details.

Members:

- "type": the driver the details come from, which also decides what
  "data" contains.

Since: 1.7

EQMP

    {
        .struct             = "BlockNodeInfo",
        .members            = "filename:str,"
                              "format:str,"
                              "dirty-flag:bool?,"
                              "actual-size:int?,"
                              "virtual-size:int,"
                              "cluster-size:int?,"
                              "encrypted:bool?,"
                              "compressed:bool?,"
                              "backing-filename:str?,"
                              "full-backing-filename:str?,"
                              "backing-filename-format:str?,"
                              "snapshots:[SnapshotInfo]?,"
                              "format-specific:ImageInfoSpecific?",
    },

SQMP
BlockNodeInfo
-------------

What QEMU knows about the image of one block node: its file, format,
sizes, backing file and snapshots, without looking further down the
backing chain. ImageInfo and BlockGraphInfo extend it with the nodes
below.

Members:

- "filename": the image's file name as the node was opened with it. A
  node built from options rather than one file name shows a
  "json:{...}" pseudo file name.
- "format": the name of the node's driver: the image format ("qcow2",
  "raw", ...) or, for a protocol node, the protocol ("file", ...).
- "dirty-flag": true when the image was not closed cleanly and its
  metadata may need a repair. Absent when the driver gives no such
  information.
- "actual-size": how many bytes the image really takes on the host's
  storage (allocated space, which is smaller than "virtual-size" for a
  sparse image). Absent when QEMU cannot find it out.
- "virtual-size": the size of the disk the image represents, in bytes:
  what the guest sees.
- "cluster-size": the image's cluster size (its allocation unit) in
  bytes. Absent for formats without clusters.
- "encrypted": true when the image is encrypted. Absent when it is not.
- "compressed": true when the image is compressed. Absent when the
  driver does not report it. Since 1.7.
- "backing-filename": the backing file name as the image header
  records it (possibly relative). Absent when the image has no backing
  file.
- "full-backing-filename": the backing file name after QEMU resolved
  it: a relative name taken relative to the directory of the image
  itself. Absent when the image has no backing file.
- "backing-filename-format": the format of the backing file as the
  image header records it. Absent when no backing file or no format is
  recorded.
- "snapshots": the internal snapshots stored in the image. Absent when
  there are none.
- "format-specific": details only the driver knows (qcow2 version and
  flags, VMDK extents, LUKS header, ...). Absent for drivers that have
  none. Since 1.7.

Since: 8.0

EQMP

    {
        .struct             = "ImageInfo",
        .base               = "BlockNodeInfo",
        .members            = "backing-image:ImageInfo?",
    },

SQMP
ImageInfo
---------

What QEMU knows about an image (see BlockNodeInfo), together with the
same information about its backing image, nested down the whole
backing chain. query-block and query-named-block-nodes report it as
the "image" of a node.

Members:

- "backing-image": the backing image described the same way, which in
  turn carries its own "backing-image". Absent when the image has no
  backing image, and in the output of query-named-block-nodes with
  "flat": true.

Since: 1.3

EQMP

    {
        .struct             = "BlockChildInfo",
        .members            = "name:str,"
                              "info:BlockGraphInfo",
    },

SQMP
BlockChildInfo
--------------

One child of a block node in a BlockGraphInfo: the role under which the
parent uses the child node, and the description of the child's own
subgraph. qemu-img info reports the children of each node this way.

Members:

- "name": the child's role name in its parent, such as "file" (the
  protocol node below a format node) or "backing" (the backing image).
- "info": the child node and, recursively, everything below it.

Since: 8.0

EQMP

    {
        .struct             = "BlockGraphInfo",
        .base               = "BlockNodeInfo",
        .members            = "children:[BlockChildInfo]",
    },

SQMP
BlockGraphInfo
--------------

The image information of a node (its BlockNodeInfo members) plus that
of every node below it, reached through its children: a whole block
(sub)graph. Unlike ImageInfo, which only follows backing images, it
also covers protocol nodes, filters and other children.

Members:

- "children": the node's children, each with its role and subgraph;
  an empty list for a node without children.

Since: 8.0

EQMP

    {
        .struct             = "ImageCheck",
        .members            = "filename:str,"
                              "format:str,"
                              "check-errors:int,"
                              "image-end-offset:int?,"
                              "corruptions:int?,"
                              "leaks:int?,"
                              "corruptions-fixed:int?,"
                              "leaks-fixed:int?,"
                              "total-clusters:int?,"
                              "allocated-clusters:int?,"
                              "fragmented-clusters:int?,"
                              "compressed-clusters:int?",
    },

SQMP
ImageCheck
----------

The result of a consistency check of an image file, as "qemu-img check
--output=json" prints it: how many errors, leaks and corruptions were
found or fixed, and cluster statistics. The cluster and offset members
appear only when the image's driver reports them.

Members:

- "filename": the file name of the image that was checked.
- "format": the format of the image that was checked.
- "check-errors": how many errors kept the check itself from working
  as expected (for example read errors); 0 on a normal run.
- "image-end-offset": the offset in bytes at which the image's used
  data ends in its file. Absent when the driver does not report it.
- "corruptions": how many corruptions were found (metadata errors that
  can lose data). Absent when there were none.
- "leaks": how many leaked clusters were found (allocated but never
  used; wasted space, no harm to data). Absent when there were none.
- "corruptions-fixed": how many corruptions the check repaired. Absent
  when it repaired none.
- "leaks-fixed": how many leaks the check repaired. Absent when it
  repaired none.
- "total-clusters": the number of clusters the image's virtual size
  spans. Absent when the driver does not report it.
- "allocated-clusters": how many of those clusters are allocated in
  the image. Absent when the driver does not report it.
- "fragmented-clusters": how many allocated clusters do not follow
  their predecessor in the file. Absent when the driver does not report
  it.
- "compressed-clusters": how many clusters are stored compressed.
  Absent when the driver does not report it.

Since: 1.4

EQMP

    {
        .struct             = "MapEntry",
        .members            = "start:int,"
                              "length:int,"
                              "data:bool,"
                              "zero:bool,"
                              "compressed:bool,"
                              "depth:int,"
                              "present:bool,"
                              "offset:int?,"
                              "filename:str?",
    },

SQMP
MapEntry
--------

One range of an image's guest-visible contents, with where its data
comes from, as "qemu-img map --output=json" prints it. Consecutive
bytes with the same properties form one entry.

Members:

- "start": the guest offset of the range's first byte, in bytes.
- "length": the length of the range, in bytes.
- "data": true when reading the range reads data from a file. With
  "offset" present this means the range holds real data in raw form
  there, not only preallocated space.
- "zero": true when the range reads as zeroes.
- "compressed": true when the range's data is stored compressed.
  Since 8.2.
- "depth": in which layer of the backing chain the range was found
  allocated: 0 for the top image, 1 for its backing file, and so on up
  to the bottom image. A range that no layer allocates shows the
  bottom image's depth (and "present" false).
- "present": true when this layer provides the range's contents; false
  when a backing file added below the chain could still change what the
  range reads. Since 6.1.
- "offset": the host offset in bytes at which the range's data is
  stored, in raw form, in the file named by "filename". Absent when the
  data is not stored that way (unallocated, zero or compressed ranges).
- "filename": the file that "offset" refers to. Absent when QEMU does
  not report it.

Since: 2.6

EQMP

    {
        .struct             = "BlockdevCacheInfo",
        .members            = "writeback:bool,"
                              "direct:bool,"
                              "no-flush:bool",
    },

SQMP
BlockdevCacheInfo
-----------------

The cache mode a block node uses, as three flags (the "cache" member of
BlockDeviceInfo).

Members:

- "writeback": true when writes complete once they are in QEMU's or
  the host's cache (writeback); false when every write is flushed to
  stable storage before it completes (writethrough).
- "direct": true when the host page cache is bypassed (the file is
  opened with O_DIRECT).
- "no-flush": true when flush requests from the guest are ignored
  (unsafe: data can be lost on a host crash).

Since: 2.3

EQMP

    {
        .struct             = "BlockDeviceInfo",
        .members            = "file:str,"
                              "node-name:str?,"
                              "ro:bool,"
                              "drv:str,"
                              "backing_file:str?,"
                              "backing_file_depth:int,"
                              "active:bool,"
                              "encrypted:bool,"
                              "detect_zeroes:BlockdevDetectZeroesOptions,"
                              "bps:int,"
                              "bps_rd:int,"
                              "bps_wr:int,"
                              "iops:int,"
                              "iops_rd:int,"
                              "iops_wr:int,"
                              "image:ImageInfo,"
                              "bps_max:int?,"
                              "bps_rd_max:int?,"
                              "bps_wr_max:int?,"
                              "iops_max:int?,"
                              "iops_rd_max:int?,"
                              "iops_wr_max:int?,"
                              "bps_max_length:int?,"
                              "bps_rd_max_length:int?,"
                              "bps_wr_max_length:int?,"
                              "iops_max_length:int?,"
                              "iops_rd_max_length:int?,"
                              "iops_wr_max_length:int?,"
                              "iops_size:int?,"
                              "group:str?,"
                              "cache:BlockdevCacheInfo,"
                              "write_threshold:int,"
                              "dirty-bitmaps:[BlockDirtyInfo]?",
    },

SQMP
BlockDeviceInfo
---------------

One block node as query-named-block-nodes lists it, and the medium of a
device as query-block shows it ("inserted"): the node's driver and
file, its image and backing chain, its cache mode, I/O limits and dirty
bitmaps.

Members:

- "file": the file name the node was opened with (the same as its
  image's "filename").
- "node-name": the node's name in the block graph; nodes that were not
  given one get a generated name starting with "#". Since 2.0.
- "ro": true when the node is open read-only.
- "drv": the name of the node's driver, one of the BlockdevDriver
  values ("qcow2", "raw", "file", "null-co", ...). The set of drivers
  changed over time: "cow" was dropped in 2.2, "host_floppy" was
  deprecated in 2.3 and dropped in 2.5, "luks" came in 2.6,
  "replication" came and "tftp" went in 2.8, and "archipelago" (added
  in 2.2) went in 2.9.
- "backing_file": the backing file name recorded in the node's image.
  Absent when it has none.
- "backing_file_depth": how many images lie below this one in its
  backing chain (0 for an image without backing file). Since 1.2.
  query-named-block-nodes with "flat": true reports 0 for every node.
- "active": false while QEMU has given up control of the image to
  another process, as on the source of a migration once it completed,
  or on the destination before it completed; true otherwise. Since
  10.0.
- "encrypted": true when the image is encrypted.
- "detect_zeroes": whether writes of zeroes are detected and turned
  into efficient zero writes (or discards). Since 2.1.
- "bps": the limit of total (read plus write) throughput in bytes per
  second; 0 means no limit.
- "bps_rd": the read throughput limit in bytes per second; 0 means no
  limit.
- "bps_wr": the write throughput limit in bytes per second; 0 means no
  limit.
- "iops": the limit of total (read plus write) I/O operations per
  second; 0 means no limit.
- "iops_rd": the limit of read operations per second; 0 means no
  limit.
- "iops_wr": the limit of write operations per second; 0 means no
  limit.
- "image": the node's image, with its backing chain nested in it. Since
  1.6.
- "bps_max": the total throughput allowed during a burst, in bytes per
  second. This and the other burst members are present only when I/O
  limits are set for the node. Since 1.7.
- "bps_rd_max": the read throughput allowed during a burst, in bytes
  per second. Since 1.7.
- "bps_wr_max": the write throughput allowed during a burst, in bytes
  per second. Since 1.7.
- "iops_max": the total operations per second allowed during a burst.
  Since 1.7.
- "iops_rd_max": the read operations per second allowed during a
  burst. Since 1.7.
- "iops_wr_max": the write operations per second allowed during a
  burst. Since 1.7.
- "bps_max_length": how long a burst at "bps_max" may last at most, in
  seconds. Since 2.6.
- "bps_rd_max_length": how long a burst at "bps_rd_max" may last at
  most, in seconds. Since 2.6.
- "bps_wr_max_length": how long a burst at "bps_wr_max" may last at
  most, in seconds. Since 2.6.
- "iops_max_length": how long a burst at "iops_max" may last at most,
  in seconds. Since 2.6.
- "iops_rd_max_length": how long a burst at "iops_rd_max" may last at
  most, in seconds. Since 2.6.
- "iops_wr_max_length": how long a burst at "iops_wr_max" may last at
  most, in seconds. Since 2.6.
- "iops_size": the request size in bytes that counts as one operation
  for the operation limits: a larger request counts as several. 0
  means every request counts as one. Since 1.7.
- "group": the name of the throttle group whose limits the node
  shares. Since 2.4.
- "cache": the node's cache mode. Since 2.3.
- "write_threshold": the write threshold set with
  block-set-write-threshold: the offset in bytes beyond which a guest
  write raises a BLOCK_WRITE_THRESHOLD event; 0 when none is set.
  Since 2.3.
- "dirty-bitmaps": the dirty bitmaps of the node. Present only when the
  node has at least one. Since 4.2.

Since: 0.14

EQMP

    {
        .enum               = "BlockDeviceIoStatus",
        .values             = "ok,failed,nospace",
    },

SQMP
BlockDeviceIoStatus
-------------------

The outcome of the latest I/O request of a device (the "io-status" of
BlockInfo) or of a block job (in BlockJobInfo). A device that stopped
the VM on an error tells here why.

Values:

- "ok": the latest I/O request succeeded (or the status was reset).
- "failed": the latest I/O request failed.
- "nospace": the latest I/O request failed because the host storage
  ran out of space (ENOSPC); after freeing or adding space the guest
  can be resumed.

Since: 1.0

EQMP

    {
        .struct             = "BlockDirtyInfo",
        .members            = "name:str?,"
                              "count:int,"
                              "granularity:uint32,"
                              "recording:bool,"
                              "busy:bool,"
                              "persistent:bool,"
                              "inconsistent:bool?",
    },

SQMP
BlockDirtyInfo
--------------

One dirty bitmap of a node, as listed in the "dirty-bitmaps" of
BlockDeviceInfo: how many bytes it marks dirty and what state it is in.

Members:

- "name": the bitmap's name. Absent for bitmaps without a name, such
  as those block jobs create for themselves. Since 2.4.
- "count": how many bytes of the disk the bitmap marks as dirty.
- "granularity": how many bytes of the disk one bit of the bitmap
  stands for. Since 1.4.
- "recording": true when the bitmap records new guest writes (it is
  enabled); false when it is disabled. Since 4.0.
- "busy": true while an operation (an NBD export or a block job) uses
  the bitmap; it can then neither be changed through QMP nor be used by
  another operation. Since 4.0.
- "persistent": true when the bitmap is stored in the image, or will
  be stored there when the image is closed, or both. Since 4.0.
- "inconsistent": true when the bitmap is persistent but was not
  stored properly (QEMU stopped without writing it back); then
  "persistent" is true and "recording" and "busy" are false. Such a
  bitmap cannot be used; remove it with block-dirty-bitmap-remove.
  Absent when false. Since 4.0.

Since: 1.3

EQMP

    {
        .enum               = "Qcow2BitmapInfoFlags",
        .values             = "in-use,auto",
    },

SQMP
Qcow2BitmapInfoFlags
--------------------

The flags a persistent bitmap carries in a qcow2 image.

Values:

- "in-use": the bitmap is being changed by a program that has the
  image open; the flag is cleared when the bitmap is written back.
  Found on an image nobody has open, it means the bitmap was not saved
  properly and its contents cannot be trusted.
- "auto": the bitmap is meant to track every change of the disk by any
  program that writes to the image (it is kept enabled).

Since: 4.0

EQMP

    {
        .struct             = "Qcow2BitmapInfo",
        .members            = "name:str,"
                              "granularity:uint32,"
                              "flags:[Qcow2BitmapInfoFlags]",
    },

SQMP
Qcow2BitmapInfo
---------------

One persistent dirty bitmap stored in a qcow2 image (listed in the
"bitmaps" of ImageInfoSpecificQCow2).

Members:

- "name": the bitmap's name.
- "granularity": how many bytes of the disk one bit of the bitmap
  stands for.
- "flags": the flags set on the bitmap in the image; an empty list when
  none is.

Since: 4.0

EQMP

    {
        .struct             = "BlockLatencyHistogramInfo",
        .members            = "boundaries:[uint64],"
                              "bins:[uint64]",
    },

SQMP
BlockLatencyHistogramInfo
-------------------------

A histogram of the latencies of one kind of request (read, write, zone
append or flush) of a device, after the intervals were set with
block-latency-histogram-set. Its n boundaries split the latencies into
n + 1 intervals, the first starting at 0 and the last open-ended; with
boundaries [10, 50, 100] the intervals are [0, 10), [10, 50), [50,
100) and [100, infinity).

Members:

- "boundaries": the interval boundaries in nanoseconds, each greater
  than 0, in ascending order.
- "bins": how many requests had a latency in each interval, one number
  per interval (so one more than there are boundaries). With the
  boundaries above, [3, 1, 5, 2] says that 3 requests took less than
  10 ns, 1 took from 10 to 50 ns, 5 from 50 to 100 ns, and 2 took 100
  ns or more.

Since: 4.0

EQMP

    {
        .struct             = "BlockInfo",
        .members            = "device:str,"
                              "qdev:str?,"
                              "type:str,"
                              "removable:bool,"
                              "locked:bool,"
                              "inserted:BlockDeviceInfo?,"
                              "tray_open:bool?,"
                              "io-status:BlockDeviceIoStatus?",
    },

SQMP
BlockInfo
---------

A block device that a guest device model (or the -drive option) uses,
with the medium it holds: what query-block returns for each device.

Members:

- "device": the device's name (the BlockBackend name given by -drive
  id=...). An empty string for a device model whose drive was given as
  a node name (-blockdev, blockdev-add).
- "qdev": the ID of the guest device model using the device, or its
  QOM path when the model has no ID. Absent when no device model uses
  it. Since 2.10.
- "type": always "unknown"; kept only so that old clients find the
  member. Do not use it.
- "removable": true when the device model takes removable media (a CD
  drive, a floppy drive, ...).
- "locked": true when the guest has locked the medium in, so that it
  cannot be ejected without forcing it.
- "inserted": the medium (its root node) when one is present. Absent
  for an empty drive.
- "tray_open": true when the drive's tray is open. Present only for
  device models that have a tray.
- "io-status": the outcome of the latest I/O request. Present only for
  device models that track it (virtio-blk, IDE and SCSI disks, but not
  scsi-generic). QEMU's documentation says it is present only when the
  VM is configured to stop on I/O errors; 10.0.2 reports it for these
  models whatever their error policy.

Since: 0.14

EQMP

    {
        .struct             = "BlockMeasureInfo",
        .members            = "required:int,"
                              "fully-allocated:int,"
                              "bitmaps:int?",
    },

SQMP
BlockMeasureInfo
----------------

How large a new image file needs to be to hold given contents, as
"qemu-img measure" computes it for a target format. The answer depends
on the format: a raw file is always as large as the virtual disk (even
when it is sparse on the host), while qcow2 and other compact formats
store unallocated and zero ranges cheaply. The numbers are upper bounds
that the new file is sure to fit in; space that later changes need,
such as internal snapshots or new bitmaps, is not included.

Members:

- "required": the file size in bytes needed when only the allocated
  parts of the guest-visible contents are copied.
- "fully-allocated": the file size in bytes once every sector of the
  disk has been written (the guest-visible contents fully allocated).
- "bitmaps": the extra bytes needed to copy the persistent bitmaps of
  the top image as well. Present only when both the source and the
  target format can store persistent bitmaps. Since 5.1.

Since: 2.10

EQMP

    {
        .name               = "query-block",
        .args_type          = "",
        .returns            = "[BlockInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-block
-----------

List the block devices of the VM: each drive that a guest device model
uses (or that -drive created), with the medium it holds, described down
its backing chain. Block filter nodes that QEMU inserted by itself (for
example by a block job) are skipped over. To see every node of the
block graph, including those no device uses, use
query-named-block-nodes.

Arguments: None.

Returns: a list of BlockInfo, one per device; an empty list when the VM
has none.

Since: 0.14

Example:

A PC with a qcow2 disk on a virtio-blk device (-blockdev ...,
node-name=disk0 over a backing node base0, -device
virtio-blk-pci,drive=disk0,id=vd0) and an empty CD drive (-device
ide-cd,id=cd0):

-> {"execute": "query-block"}
<- { "return": [ { "io-status": "ok", "device": "", "locked": false,
         "removable": false,
         "inserted": { "iops_rd": 0, "detect_zeroes": "off", "active": true,
           "image": { "backing-image": { "virtual-size": 67108864,
               "filename": "base.qcow2", "cluster-size": 65536,
               "format": "qcow2", "actual-size": 1314816,
               "format-specific": { "type": "qcow2",
                 "data": { "compat": "1.1", "compression-type": "zlib",
                   "lazy-refcounts": false, "refcount-bits": 16,
                   "corrupt": false, "extended-l2": false } },
               "dirty-flag": false },
             "backing-filename-format": "qcow2", "virtual-size": 67108864,
             "filename": "top.qcow2", "cluster-size": 65536,
             "format": "qcow2", "actual-size": 790528,
             "format-specific": { "type": "qcow2",
               "data": { "compat": "1.1", "compression-type": "zlib",
                 "lazy-refcounts": false, "refcount-bits": 16,
                 "corrupt": false, "extended-l2": false } },
             "full-backing-filename": "base.qcow2",
             "backing-filename": "base.qcow2", "dirty-flag": false },
           "iops_wr": 0, "ro": false, "node-name": "disk0",
           "backing_file_depth": 1, "drv": "qcow2", "iops": 0, "bps_wr": 0,
           "write_threshold": 0, "backing_file": "base.qcow2",
           "encrypted": false, "bps": 0, "bps_rd": 0,
           "cache": {"no-flush": false, "direct": false, "writeback": true},
           "file": "top.qcow2" },
         "qdev": "/machine/peripheral/vd0/virtio-backend",
         "type": "unknown" }, {
         "io-status": "ok", "device": "", "locked": false,
         "removable": true, "qdev": "cd0", "tray_open": false,
         "type": "unknown" } ] }

EQMP

    {
        .struct             = "BlockDeviceTimedStats",
        .members            = "interval_length:int,"
                              "min_rd_latency_ns:int,"
                              "max_rd_latency_ns:int,"
                              "avg_rd_latency_ns:int,"
                              "min_wr_latency_ns:int,"
                              "max_wr_latency_ns:int,"
                              "avg_wr_latency_ns:int,"
                              "min_zone_append_latency_ns:int,"
                              "max_zone_append_latency_ns:int,"
                              "avg_zone_append_latency_ns:int,"
                              "min_flush_latency_ns:int,"
                              "max_flush_latency_ns:int,"
                              "avg_flush_latency_ns:int,"
                              "avg_rd_queue_depth:number,"
                              "avg_wr_queue_depth:number,"
                              "avg_zone_append_queue_depth:number",
    },

SQMP
BlockDeviceTimedStats
---------------------

Latency and queue depth figures of a device over one sliding interval
of time. A device keeps one set per interval length configured with the
drive's stats-intervals option; the figures cover the requests that
completed within the last interval.

Members:

- "interval_length": the length of the interval these figures cover,
  in seconds.
- "min_rd_latency_ns": the shortest latency of a read in the interval,
  in nanoseconds.
- "max_rd_latency_ns": the longest latency of a read in the interval,
  in nanoseconds.
- "avg_rd_latency_ns": the average latency of the reads in the
  interval, in nanoseconds.
- "min_wr_latency_ns": the shortest latency of a write in the interval,
  in nanoseconds.
- "max_wr_latency_ns": the longest latency of a write in the interval,
  in nanoseconds.
- "avg_wr_latency_ns": the average latency of the writes in the
  interval, in nanoseconds.
- "min_zone_append_latency_ns": the shortest latency of a zone append
  (a write to a zoned device) in the interval, in nanoseconds. Since
  8.1.
- "max_zone_append_latency_ns": the longest latency of a zone append in
  the interval, in nanoseconds. Since 8.1.
- "avg_zone_append_latency_ns": the average latency of the zone appends
  in the interval, in nanoseconds. Since 8.1.
- "min_flush_latency_ns": the shortest latency of a cache flush in the
  interval, in nanoseconds.
- "max_flush_latency_ns": the longest latency of a cache flush in the
  interval, in nanoseconds.
- "avg_flush_latency_ns": the average latency of the cache flushes in
  the interval, in nanoseconds.
- "avg_rd_queue_depth": how many reads were pending on average during
  the interval.
- "avg_wr_queue_depth": how many writes were pending on average during
  the interval.
- "avg_zone_append_queue_depth": how many zone appends were pending on
  average during the interval. Since 8.1.

Since: 2.5

EQMP

    {
        .struct             = "BlockDeviceStats",
        .members            = "rd_bytes:int,"
                              "wr_bytes:int,"
                              "zone_append_bytes:int,"
                              "unmap_bytes:int,"
                              "rd_operations:int,"
                              "wr_operations:int,"
                              "zone_append_operations:int,"
                              "flush_operations:int,"
                              "unmap_operations:int,"
                              "rd_total_time_ns:int,"
                              "wr_total_time_ns:int,"
                              "zone_append_total_time_ns:int,"
                              "flush_total_time_ns:int,"
                              "unmap_total_time_ns:int,"
                              "wr_highest_offset:int,"
                              "rd_merged:int,"
                              "wr_merged:int,"
                              "zone_append_merged:int,"
                              "unmap_merged:int,"
                              "idle_time_ns:int?,"
                              "failed_rd_operations:int,"
                              "failed_wr_operations:int,"
                              "failed_zone_append_operations:int,"
                              "failed_flush_operations:int,"
                              "failed_unmap_operations:int,"
                              "invalid_rd_operations:int,"
                              "invalid_wr_operations:int,"
                              "invalid_zone_append_operations:int,"
                              "invalid_flush_operations:int,"
                              "invalid_unmap_operations:int,"
                              "account_invalid:bool,"
                              "account_failed:bool,"
                              "timed_stats:[BlockDeviceTimedStats],"
                              "rd_latency_histogram:BlockLatencyHistogramInfo?,"
                              "wr_latency_histogram:BlockLatencyHistogramInfo?,"
                              "zone_append_latency_histogram:BlockLatencyHistogramInfo?,"
                              "flush_latency_histogram:BlockLatencyHistogramInfo?",
    },

SQMP
BlockDeviceStats
----------------

The I/O counters of a device or of a block node since it was opened:
requests and bytes by kind, the time they took, failures, and the
latency histograms that were enabled. Reads, writes, zone appends,
flushes and unmaps (discards) are counted apart.

Members:

- "rd_bytes": how many bytes were read.
- "wr_bytes": how many bytes were written.
- "zone_append_bytes": how many bytes were appended to zones of a
  zoned device. Since 8.1.
- "unmap_bytes": how many bytes were unmapped (discarded). Since 4.2.
- "rd_operations": how many read requests completed.
- "wr_operations": how many write requests completed.
- "zone_append_operations": how many zone append requests completed.
  Since 8.1.
- "flush_operations": how many cache flush requests completed. Since
  0.15.
- "unmap_operations": how many unmap requests completed. Since 4.2.
- "rd_total_time_ns": the time all reads took together, in
  nanoseconds. Since 0.15.
- "wr_total_time_ns": the time all writes took together, in
  nanoseconds. Since 0.15.
- "zone_append_total_time_ns": the time all zone appends took
  together, in nanoseconds. Since 8.1.
- "flush_total_time_ns": the time all cache flushes took together, in
  nanoseconds. Since 0.15.
- "unmap_total_time_ns": the time all unmaps took together, in
  nanoseconds. Since 4.2.
- "wr_highest_offset": the offset just past the highest byte written
  so far, in bytes. It tells how far a growing image (such as qcow2 on
  a raw host device or logical volume) has reached, so that the volume
  can be grown before it runs full.
- "rd_merged": how many read requests were merged into another request
  before being submitted. Since 2.3.
- "wr_merged": how many write requests were merged into another
  request. Since 2.3.
- "zone_append_merged": how many zone append requests were merged into
  another request. Since 8.1.
- "unmap_merged": how many unmap requests were merged into another
  request. Since 4.2.
- "idle_time_ns": how long ago the latest I/O request completed, in
  nanoseconds. Absent while there has been no I/O at all. Since 2.5.
- "failed_rd_operations": how many read requests failed. Since 2.5.
- "failed_wr_operations": how many write requests failed. Since 2.5.
- "failed_zone_append_operations": how many zone append requests
  failed. Since 8.1.
- "failed_flush_operations": how many flush requests failed. Since
  2.5.
- "failed_unmap_operations": how many unmap requests failed. Since
  4.2.
- "invalid_rd_operations": how many read requests were rejected as
  invalid (for example beyond the end of the device). Since 2.5.
- "invalid_wr_operations": how many write requests were rejected as
  invalid. Since 2.5.
- "invalid_zone_append_operations": how many zone append requests were
  rejected as invalid. Since 8.1.
- "invalid_flush_operations": how many flush requests were rejected as
  invalid. Since 2.5.
- "invalid_unmap_operations": how many unmap requests were rejected as
  invalid. Since 4.2.
- "account_invalid": whether invalid requests count in "idle_time_ns"
  and the other last-access figures (the drive's stats-account-invalid
  option). Since 2.5.
- "account_failed": whether failed requests count in the latency
  figures and in "idle_time_ns" (the drive's stats-account-failed
  option). Since 2.5.
- "timed_stats": the figures of each configured sliding interval; an
  empty list when none is configured. Since 2.5.
- "rd_latency_histogram": the latency histogram of reads. Present only
  after one was set up with block-latency-histogram-set. Since 4.0.
- "wr_latency_histogram": the latency histogram of writes. Present only
  after one was set up. Since 4.0.
- "zone_append_latency_histogram": the latency histogram of zone
  appends. Present only after one was set up. Since 8.1.
- "flush_latency_histogram": the latency histogram of flushes. Present
  only after one was set up. Since 4.0.

Since: 0.14

EQMP

    {
        .struct             = "BlockStatsSpecificFile",
        .members            = "discard-nb-ok:uint64,"
                              "discard-nb-failed:uint64,"
                              "discard-bytes-ok:uint64",
    },

SQMP
BlockStatsSpecificFile
----------------------

Statistics that only the file and host_device drivers keep: how the
discard requests passed on to the host fared.

Members:

- "discard-nb-ok": how many discard requests the host carried out.
- "discard-nb-failed": how many discard requests the host failed.
- "discard-bytes-ok": how many bytes the successful discards released.

Since: 4.2

EQMP

    {
        .struct             = "BlockStatsSpecificNvme",
        .members            = "completion-errors:uint64,"
                              "aligned-accesses:uint64,"
                              "unaligned-accesses:uint64",
    },

SQMP
BlockStatsSpecificNvme
----------------------

Statistics that only the nvme driver (QEMU's user-space NVMe driver)
keeps.

Members:

- "completion-errors": how many commands the NVMe controller completed
  with an error status.
- "aligned-accesses": how many requests were aligned to what the
  controller needs, so that their buffers could be used directly.
- "unaligned-accesses": how many requests were not aligned and went
  through a bounce buffer.

Since: 5.2

EQMP

    {
        .union              = "BlockStatsSpecific",
        .members            = "driver:BlockdevDriver",
        .discriminator      = "driver",
        .variants           = "file:BlockStatsSpecificFile,"
#if defined(HAVE_HOST_BLOCK_DEVICE)
                              "host_device:BlockStatsSpecificFile,"
#endif
                              "nvme:BlockStatsSpecificNvme",
    },

SQMP
BlockStatsSpecific
------------------

Statistics that only the node's driver keeps, reported as the
"driver-specific" member of BlockStats. The "driver" member names the
driver; the file driver (and host_device, where QEMU supports host
block devices) adds discard counters, the nvme driver adds controller
counters; other drivers report no such statistics.

Members:

- "driver": the node's driver, which decides the further members.

Since: 4.2

EQMP

    {
        .struct             = "BlockStats",
        .members            = "device:str?,"
                              "qdev:str?,"
                              "node-name:str?,"
                              "stats:BlockDeviceStats,"
                              "driver-specific:BlockStatsSpecific?,"
                              "parent:BlockStats?,"
                              "backing:BlockStats?",
    },

SQMP
BlockStats
----------

The statistics of a device or of a block node, with those of the nodes
below it nested in it.

Members:

- "device": the device's name when these are a device's statistics (an
  empty string for a device whose drive was given as a node name).
  Absent for the node list of query-blockstats with "query-nodes":
  true.
- "qdev": the ID of the guest device model, or its QOM path when it has
  no ID. Absent when no device model uses it and in the node list.
  Since 3.0.
- "node-name": the name of the node the statistics are about. Since
  2.3.
- "stats": the node's I/O counters.
- "driver-specific": extra statistics that only the node's driver
  keeps. Absent for drivers without any. Since 4.2.
- "parent": the statistics of the node below this one that stores its
  data (its "file" child, e.g. the host file under a qcow2 image),
  described the same way. Absent when there is no such node. Despite
  its name it is a child, not a parent.
- "backing": the statistics of the backing image, described the same
  way. Absent when there is none, and always in the node list of
  query-blockstats with "query-nodes": true. Since 2.0.

Since: 0.14

EQMP

    {
        .name               = "query-blockstats",
        .args_type          = "query-nodes:bool?",
        .returns            = "[BlockStats]",
        .allow_preconfig    = true,
    },

SQMP
query-blockstats
----------------

Report the I/O statistics (requests and bytes by kind, time spent,
failures, latency figures) of every device, or of every named block
node. A monitoring tool polls it and takes differences between two
replies.

Arguments:

- "query-nodes": when true, report one entry per named node of the
  block graph, each with its "parent" (file child) but without
  "backing". When false or absent, report one entry per device, each
  with its whole tree of "parent" and "backing" statistics; block
  filter nodes that QEMU inserted by itself are skipped over there.
  Since 2.3.

Returns: a list of BlockStats, one per device (or per named node with
"query-nodes": true).

Since: 0.14

Example:

A PC with a qcow2 disk on a virtio-blk device (-blockdev
driver=file,...,node-name=boot-file -blockdev
driver=qcow2,file=boot-file,node-name=disk0 -device
virtio-blk-pci,drive=disk0,id=vd0), after the firmware read its boot
sector:

-> {"execute": "query-blockstats"}
<- { "return": [ { "device": "",
         "parent": { "stats": { "unmap_operations": 0, "unmap_merged": 0,
             "failed_zone_append_operations": 0, "flush_total_time_ns": 0,
             "wr_highest_offset": 0, "wr_total_time_ns": 0,
             "failed_wr_operations": 0, "failed_rd_operations": 0,
             "wr_merged": 0, "wr_bytes": 0, "timed_stats": [],
             "failed_unmap_operations": 0, "zone_append_merged": 0,
             "failed_flush_operations": 0, "account_invalid": false,
             "rd_total_time_ns": 0, "invalid_unmap_operations": 0,
             "flush_operations": 0, "wr_operations": 0, "unmap_bytes": 0,
             "rd_merged": 0, "rd_bytes": 0, "unmap_total_time_ns": 0,
             "invalid_flush_operations": 0, "account_failed": false,
             "zone_append_total_time_ns": 0, "zone_append_operations": 0,
             "rd_operations": 0, "zone_append_bytes": 0,
             "invalid_zone_append_operations": 0,
             "invalid_wr_operations": 0, "invalid_rd_operations": 0 },
           "node-name": "boot-file",
           "driver-specific": { "discard-bytes-ok": 0, "discard-nb-ok": 0,
             "driver": "file", "discard-nb-failed": 0 } },
         "stats": { "unmap_operations": 0, "unmap_merged": 0,
           "failed_zone_append_operations": 0, "flush_total_time_ns": 0,
           "wr_highest_offset": 0, "wr_total_time_ns": 0,
           "failed_wr_operations": 0, "failed_rd_operations": 0,
           "wr_merged": 0, "wr_bytes": 0, "timed_stats": [],
           "failed_unmap_operations": 0, "zone_append_merged": 0,
           "failed_flush_operations": 0, "account_invalid": true,
           "rd_total_time_ns": 63699, "invalid_unmap_operations": 0,
           "flush_operations": 0, "wr_operations": 0, "unmap_bytes": 0,
           "rd_merged": 0, "rd_bytes": 512, "unmap_total_time_ns": 0,
           "invalid_flush_operations": 0, "account_failed": true,
           "idle_time_ns": 10440022560, "zone_append_total_time_ns": 0,
           "zone_append_operations": 0, "rd_operations": 1,
           "zone_append_bytes": 0, "invalid_zone_append_operations": 0,
           "invalid_wr_operations": 0, "invalid_rd_operations": 0 },
         "node-name": "disk0",
         "qdev": "/machine/peripheral/vd0/virtio-backend" } ] }

EQMP

    {
        .enum               = "BlockdevOnError",
        .values             = "report,ignore,enospc,stop,auto",
    },

SQMP
BlockdevOnError
---------------

What happens when an I/O request fails. The policy is set for a guest
device model (its rerror/werror properties) or for a block job (its
"on-error", "on-source-error" or "on-target-error" argument), and each
value acts a little differently on the two.

Values:

- "report": a guest request fails and the guest sees the error; a block
  job ends with the error.
- "ignore": the error is ignored apart from a BLOCK_IO_ERROR (device) or
  BLOCK_JOB_ERROR (job) event. The backup, mirror and commit jobs retry
  the failed request later and can still complete successfully; the
  stream job goes on streaming but completes with an error.
- "enospc": behave as "stop" when the error is a lack of space on the
  host (ENOSPC), as "report" for any other error.
- "stop": the VM is stopped (for a guest request), or the job is paused
  (for a block job), until the user resumes it, for example after
  freeing space.
- "auto": use the error policy of the drive behind the device instead
  of a policy of its own. Since 2.7.

Since: 1.3

EQMP

    {
        .enum               = "MirrorSyncMode",
        .values             = "top,full,none,incremental,bitmap",
    },

SQMP
MirrorSyncMode
--------------

Which data a mirror or backup job copies to its target in its first
pass.

Values:

- "top": only the data of the topmost image of the source; what only
  its backing files hold is not copied (the target normally gets the
  same backing chain).
- "full": all data the guest can see, from every image of the chain.
- "none": nothing up front: only what the guest writes from now on is
  dealt with. A mirror copies the new writes; a backup copies the old
  data of each area just before the guest overwrites it, which gives a
  point-in-time view (image fleecing).
- "incremental": only the areas a dirty bitmap marks ("bitmap" must be
  given); the bitmap is updated only when the job succeeds, as with
  bitmap mode "on-success". Since 2.4.
- "bitmap": only the areas a dirty bitmap marks ("bitmap" must be
  given); what happens to the bitmap at the end is chosen by
  "bitmap-mode". Since 4.2.

Since: 1.3

EQMP

    {
        .enum               = "BitmapSyncMode",
        .values             = "on-success,never,always",
    },

SQMP
BitmapSyncMode
--------------

Whether the dirty bitmap of a backup job is updated when the job ends:
updating ("synchronising") it clears the bits of the areas that were
copied, so that the bitmap then marks only what changed since the
backup and the next incremental backup can start from there.

Values:

- "on-success": update the bitmap only if the job succeeds; after a
  failure it is left as it was, so the next backup copies those areas
  again. "incremental" backups always behave this way.
- "never": never touch the bitmap; it only tells the job what to copy.
- "always": update the bitmap whether or not the job succeeds (after a
  failure only the areas that were copied are cleared).

Since: 4.2

EQMP

    {
        .enum               = "MirrorCopyMode",
        .values             = "background,write-blocking",
    },

SQMP
MirrorCopyMode
--------------

When a mirror job copies guest writes that happen while it runs.

Values:

- "background": the job only copies in the background: a guest write
  marks its area dirty and the job copies it later. Guest writes are
  not slowed down, but the target can lag behind.
- "write-blocking": each guest write goes to the target too, and
  completes only once both have it; other data is still copied in the
  background. Once the job has caught up, source and target then stay
  the same ("actively-synced" in query-block-jobs).

Since: 3.0

EQMP

    {
        .struct             = "BlockJobInfoMirror",
        .members            = "actively-synced:bool",
    },

SQMP
BlockJobInfoMirror
------------------

What query-block-jobs adds for a mirror job.

Members:

- "actively-synced": true when source and target hold the same data
  and every new guest write is done on both at once. Only a job in
  "write-blocking" copy mode gets there; it stays false in
  "background" mode, even when the job is ready.

Since: 8.2

EQMP

    {
        .union              = "BlockJobInfo",
        .members            = "type:JobType,"
                              "device:str,"
                              "len:int,"
                              "offset:int,"
                              "busy:bool,"
                              "paused:bool,"
                              "speed:int,"
                              "io-status:BlockDeviceIoStatus,"
                              "ready:bool,"
                              "status:JobStatus,"
                              "auto-finalize:bool,"
                              "auto-dismiss:bool,"
                              "error:str?",
        .discriminator      = "type",
        .variants           = "mirror:BlockJobInfoMirror",
    },

SQMP
BlockJobInfo
------------

The state of one block job as query-block-jobs reports it: its type,
progress, speed limit and life-cycle state. The "type" member decides
whether more members follow: a mirror job adds "actively-synced"
(BlockJobInfoMirror); the other job types add nothing.

Members:

- "type": the kind of job: "stream", "commit", "mirror", "backup", ...
- "device": the job's ID, the name the block-job-* commands take. It
  was the device's name until QEMU 2.7; it is now the "job-id" given
  when the job started (or the device name by default).
- "len": the value "offset" is expected to reach when the job is done.
  It is an estimate that can go up or down while the job runs.
- "offset": how much work the job has done. The unit is not defined;
  only the ratio of "offset" to "len" is meaningful. It never
  decreases.
- "busy": false when the job is known to be idle, with no I/O in
  flight. Since 1.3.
- "paused": true when the job is paused or, while still busy, about to
  pause as soon as it can. Since 1.3.
- "speed": the job's speed limit in bytes per second; 0 means no
  limit.
- "io-status": the outcome of the job's latest I/O request; "failed"
  or "nospace" when an error paused it. Since 1.3.
- "ready": true when the job can be completed with block-job-complete
  (a mirror, or an active commit, that caught up). Since 2.2.
- "status": where the job is in its life cycle (created, running,
  paused, ready, pending, concluded, ...). Since 2.12.
- "auto-finalize": true when the job finalizes by itself; false when it
  waits in the "pending" state for block-job-finalize. Since 2.12.
- "auto-dismiss": true when the job disappears by itself once it
  concluded; false when it stays "concluded" until block-job-dismiss.
  Since 2.12.
- "error": a message describing why the job failed. Absent while the
  job runs and when it completed successfully. Since 2.12.1.

Since: 1.1

EQMP

    {
        .name               = "query-block-jobs",
        .args_type          = "",
        .returns            = "[BlockJobInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-block-jobs
----------------

List the block jobs (stream, commit, mirror, backup) with their
progress and state. A job stays in the list until it is dismissed, so
concluded jobs started with "auto-dismiss": false appear too. Jobs of
other kinds (image creation, snapshots) are listed by query-jobs only.

Arguments: None.

Returns: a list of BlockJobInfo, one per block job; an empty list when
there is none.

Since: 1.1

Example:

A mirror job started with "speed": 65536, a moment after it started:

-> {"execute": "query-block-jobs"}
<- { "return": [ { "auto-finalize": true, "io-status": "ok",
         "device": "mirror0", "auto-dismiss": true, "busy": false,
         "len": 134217728, "offset": 16777216, "status": "running",
         "paused": false, "speed": 65536, "ready": false, "type": "mirror",
         "actively-synced": false } ] }

EQMP

    {
        .name               = "block_resize",
        .args_type          = "device:str?,"
                              "node-name:str?,"
                              "size:int",
        .allow_preconfig    = true,
        .coroutine          = true,
    },

SQMP
block_resize
------------

Change the size of a block node while the guest runs. Growing is the
usual case; shrinking, where the image format allows it, drops the data
beyond the new end. Device models that support it (virtio-blk, SCSI
disks) let the guest know about the new capacity.

Exactly one of "device" and "node-name" is to be given. QEMU 10.0.2
does not reject both: it then uses the device when one of that name
exists, and the node otherwise.

Arguments:

- "device": the name of the device (the -drive id) whose medium is
  resized.
- "node-name": the name of the node to resize. Since 2.0.
- "size": the new size in bytes; a multiple of 512, not negative.

Errors:

- GenericError when neither a device nor a node of the given name
  exists. QEMU's documentation names DeviceNotFound for an unknown
  device, but 10.0.2 replies GenericError.
- GenericError when "size" is negative or not a multiple of 512, when
  the driver cannot resize, or when another user of the node forbids
  it (for example a node that is the backing file of another).

Since: 0.14

Example:

-> { "execute": "block_resize",
     "arguments": {"node-name": "disk0", "size": 134217728} }
<- {"return": {}}

EQMP

    {
        .enum               = "NewImageMode",
        .values             = "existing,absolute-paths",
    },

SQMP
NewImageMode
------------

Whether a command that writes a new image (an external snapshot, a
backup or mirror target) creates the image file itself or uses one the
caller prepared.

Values:

- "existing": open an image that already exists (for example one made
  with qemu-img create with the right backing file and format); QEMU
  does not create or format it.
- "absolute-paths": create a new image file (formatting the file or
  device when it exists already). Its backing file, if the new image
  needs one, is recorded as the file name the backing node was opened
  with; without a backing node the new image gets no backing file.
  QEMU's documentation promises an absolute path there, but 10.0.2
  writes the name as it was given, which is relative when the node was
  opened by a relative name.

Since: 1.1

EQMP

    {
        .struct             = "BlockdevSnapshotSync",
        .members            = "device:str?,"
                              "node-name:str?,"
                              "snapshot-file:str,"
                              "snapshot-node-name:str?,"
                              "format:str?,"
                              "mode:NewImageMode?",
    },

SQMP
BlockdevSnapshotSync
--------------------

The arguments of blockdev-snapshot-sync and the data of its transaction
action: an external snapshot whose overlay image QEMU opens (and, by
default, creates) itself. Name the node to snapshot with exactly one of
"device" and "node-name".

Members:

- "device": the name of the device (the -drive id) whose active image
  is snapshotted.
- "node-name": the name of the node to snapshot. Since 2.0.
- "snapshot-file": the file name of the new overlay image. With "mode"
  "absolute-paths" QEMU creates the image there, formatting the file
  or device if it exists already; with "existing" it opens the image
  found there.
- "snapshot-node-name": the node name the overlay gets. Required when
  "node-name" is given; otherwise QEMU generates one when it is
  absent. Since 2.0.
- "format": the image format of the overlay; "qcow2" when absent.
- "mode": whether QEMU creates the overlay or opens an existing one;
  "absolute-paths" (create) when absent.

EQMP

    {
        .struct             = "BlockdevSnapshot",
        .members            = "node:str,"
                              "overlay:str",
    },

SQMP
BlockdevSnapshot
----------------

The arguments of blockdev-snapshot and the data of its transaction
action: an external snapshot with an overlay node that was added
beforehand.

Members:

- "node": the device or node name of the node to snapshot; it becomes
  the overlay's backing file.
- "overlay": the node name of the overlay, an existing node that takes
  "node"'s place in the graph. It must not have a backing file yet
  (add it with "backing": null in blockdev-add) and must not be in use
  by a device.

Since: 2.5

EQMP

    {
        .struct             = "BackupPerf",
        .members            = "use-copy-range:bool?,"
                              "max-workers:int?,"
                              "max-chunk:int64?,"
                              "min-cluster-size:size?",
    },

SQMP
BackupPerf
----------

Performance settings of a backup job (its "x-perf" member). They do not
change what is copied, but can change how fast. They are experimental.

Members:

- "use-copy-range": let the host copy the data directly from source to
  target (copy offloading) where it can. Default false.
- "max-workers": the most requests the background copy keeps in
  flight at a time; it does not limit the copy-before-write requests
  done for guest writes. Default 64.
- "max-chunk": the largest request the background copy issues, in
  bytes; 0 means no limit. A value other than 0 should be at least the
  job's cluster size (the larger of the target's cluster size and 64
  KiB). It does not affect copy-before-write requests. Default 0.
- "min-cluster-size": the smallest block size, in bytes, that the
  copy-before-write and the background copy work with; a power of 2.
  It has no effect when it is below the larger of the target's cluster
  size and 64 KiB. Default 0. Since 9.2.

Since: 6.0

EQMP

    {
        .struct             = "BackupCommon",
        .members            = "job-id:str?,"
                              "device:str,"
                              "sync:MirrorSyncMode,"
                              "speed:int?,"
                              "bitmap:str?,"
                              "bitmap-mode:BitmapSyncMode?,"
                              "compress:bool?,"
                              "on-source-error:BlockdevOnError?,"
                              "on-target-error:BlockdevOnError?,"
                              "auto-finalize:bool?,"
                              "auto-dismiss:bool?,"
                              "filter-node-name:str?,"
                              "discard-source:bool?,"
                              "x-perf:BackupPerf? +unstable",
    },

SQMP
BackupCommon
------------

The settings every backup job shares (blockdev-backup and the
deprecated drive-backup). A backup copies the contents the source had
when the job started to the target, while the guest goes on writing: a
guest write to an area not copied yet first has its old data copied
(copy-before-write). The error policies apply only to the job's own
I/O: when a guest write fails, the device's rerror/werror policy
applies.

Members:

- "job-id": the ID of the new job, to name it in the block-job-*
  commands. When absent, the device name is used; a node without a
  device name (added with -blockdev or blockdev-add) needs an explicit
  "job-id". Since 2.7.
- "device": the device name or node name of the root node to back up.
- "sync": which data is copied: the whole disk, only the topmost
  image, only what a dirty bitmap marks, or nothing up front (only old
  data about to be overwritten).
- "speed": the speed limit in bytes per second; 0 (the default) means
  no limit.
- "bitmap": the name of the dirty bitmap (on the source node) to use.
  Required when "sync" is "bitmap" or "incremental"; optional for
  "full" and "top" (then the bitmap is only updated, see
  "bitmap-mode"); not allowed for "none". Since 2.4 for drive-backup,
  3.1 for blockdev-backup.
- "bitmap-mode": what happens to the bitmap when the job ends.
  Required when "bitmap" is given and not allowed without it; with
  "sync": "incremental" it may be left out and must otherwise be
  "on-success". Since 4.2.
- "compress": write the data compressed, when the target's format
  supports it. Default false. Since 2.8.
- "on-source-error": what to do when reading the source fails; default
  "report". "stop" and "enospc" are only allowed when the device has an
  I/O status (see BlockInfo).
- "on-target-error": what to do when writing the target fails; default
  "report", and every policy is allowed.
- "auto-finalize": when false, the job waits in the "pending" state
  once its work is done, until block-job-finalize lets it change the
  block graph; when true it goes on by itself. Default true. Since
  2.12.
- "auto-dismiss": when false, the job stays in the "concluded" state
  once it has ended, until block-job-dismiss removes it; when true it
  disappears from query-block-jobs by itself. Default true. Since
  2.12.
- "filter-node-name": the node name of the filter node the job inserts
  above the source node; generated when absent. Since 4.2.
- "discard-source": discard (unmap) areas of the source once they are
  copied to the target. Default false. Since 9.1.
- "x-perf": performance settings (experimental). Since 6.0.

Features:

- "unstable": the "x-perf" member is experimental: it may change or be
  removed without the usual deprecation period.

Since: 4.2

EQMP

    {
        .struct             = "DriveBackup",
        .base               = "BackupCommon",
        .members            = "target:str,"
                              "format:str?,"
                              "mode:NewImageMode?",
    },

SQMP
DriveBackup
-----------

The arguments of the deprecated drive-backup command and the data of
its (also deprecated) transaction action: a backup into an image file
that QEMU opens, and by default creates, itself. New code adds the
target with blockdev-add and uses blockdev-backup.

Members:

- "target": the file name of the target image. With "mode"
  "absolute-paths" QEMU creates a new image there (formatting the file
  or device if it exists); with "existing" it uses the image found
  there.
- "format": the target's image format. When absent: probed from the
  existing image with "mode": "existing", else the source's format.
- "mode": whether QEMU creates the target or uses an existing image;
  "absolute-paths" (create) when absent.

Since: 1.6

EQMP

    {
        .struct             = "BlockdevBackup",
        .base               = "BackupCommon",
        .members            = "target:str",
    },

SQMP
BlockdevBackup
--------------

The arguments of blockdev-backup and the data of its transaction
action: a backup into an existing node.

Members:

- "target": the device name or node name of the node written to. It
  must have the same size as the source; otherwise the command fails.

Since: 2.3

EQMP

    {
        .name               = "blockdev-snapshot-sync",
        .args               = "BlockdevSnapshotSync",
        .allow_preconfig    = true,
    },

SQMP
blockdev-snapshot-sync
----------------------

Take an external snapshot of a node: QEMU creates a new image (the
overlay) whose backing file is the node's current image, opens it, and
puts it in the node's place, so that from then on guest writes go to
the overlay and the old image stays as it was. The arguments are those
of BlockdevSnapshotSync. To add the overlay yourself instead, use
blockdev-add and blockdev-snapshot.

Errors:

- GenericError when neither a device nor a node of the given name
  exists. QEMU's documentation names DeviceNotFound for an unknown
  device, but 10.0.2 replies GenericError.
- GenericError when "node-name" is given without "snapshot-node-name",
  or when the overlay cannot be created or opened.

Since: 0.14

Example:

-> { "execute": "blockdev-snapshot-sync",
     "arguments": { "node-name": "disk0", "snapshot-file": "snap1.qcow2",
       "snapshot-node-name": "snap1", "format": "qcow2" } }
<- {"return": {}}

EQMP

    {
        .name               = "blockdev-snapshot",
        .args               = "BlockdevSnapshot",
        .allow_preconfig    = true,
        .features           = "allow-write-only-overlay",
    },

SQMP
blockdev-snapshot
-----------------

Take an external snapshot with an overlay node that already exists:
"node" becomes the backing file of "overlay", and "overlay" takes the
place of "node" in the graph, so that a device that used "node" now
writes to "overlay". The overlay is usually added with blockdev-add
and "backing": null just before. The arguments are those of
BlockdevSnapshot.

Features:

- "allow-write-only-overlay": present when QEMU accepts an overlay that
  is only written to, as the target of a running blockdev-mirror is, so
  that the command can give a mirror target its backing file. Since
  5.0.

Errors:

- GenericError when either node does not exist, when the overlay
  already has a backing file, or when it is in use (for example by a
  device).

Since: 2.5

Example:

The overlay snap2 was added with blockdev-add (driver qcow2,
"backing": null) before:

-> { "execute": "blockdev-snapshot",
     "arguments": {"node": "snap1", "overlay": "snap2"} }
<- {"return": {}}

EQMP

    {
        .name               = "change-backing-file",
        .args_type          = "device:str,"
                              "image-node-name:str,"
                              "backing-file:str",
        .allow_preconfig    = true,
    },

SQMP
change-backing-file
-------------------

Write a new backing file name into the header of an image in a backing
chain. Only the name recorded in the image (and QEMU's own copy of it)
changes: QEMU does not reopen the image to follow the new name, so the
graph stays as it is; it may briefly reopen the image read-write to
update the header. Useful to fix a backing file name after images were
moved, or to record a relative name.

Arguments:

- "device": the device name or node name of the root node of the chain
  the image is in (a node that no other node uses as its child).
- "image-node-name": the node name of the image whose header is
  changed; it must be in the backing chain of "device" and have a
  backing file.
- "backing-file": the backing file name to write. QEMU does not check
  it: a wrong name leaves an image that cannot be opened again without
  fixing it.

Errors:

- GenericError when "device" or "image-node-name" names no device or
  node. QEMU's documentation names DeviceNotFound for an unknown
  device, but 10.0.2 replies GenericError.
- GenericError when "device" is not a root node, when the image is not
  in its chain, or when the image has no backing file.

Since: 2.1

Example:

-> { "execute": "change-backing-file",
     "arguments": { "device": "snap2", "image-node-name": "snap2",
       "backing-file": "snap1.qcow2" } }
<- {"return": {}}

EQMP

    {
        .name               = "block-commit",
        .args_type          = "job-id:str?,"
                              "device:str,"
                              "base-node:str?,"
                              "base:str? +deprecated,"
                              "top-node:str?,"
                              "top:str? +deprecated,"
                              "backing-file:str?,"
                              "backing-mask-protocol:bool?,"
                              "speed:int?,"
                              "on-error:BlockdevOnError?,"
                              "filter-node-name:str?,"
                              "auto-finalize:bool?,"
                              "auto-dismiss:bool?",
        .allow_preconfig    = true,
    },

SQMP
block-commit
------------

Start a job that copies the data of a part of a backing chain (from
"top" down to just above "base") into the lower image "base", after
which the images in between are dropped from the chain. The job is
listed by query-block-jobs with type "commit".

When the top is the active layer (the image the device writes to), or
another writer uses it, the job does not end by itself: once it has
copied everything it becomes ready (BLOCK_JOB_READY) and waits for
block-job-complete, which switches the device to "base" (since 2.0). Committing an
image into itself (top equal to base) is an error.

If "base" is smaller than the top image it is grown to the top's size;
a larger base is not shrunk (shrink it yourself after the job if
needed).

Arguments:

- "job-id": the ID of the new job. When absent, the device name is
  used; a node without a device name (added with -blockdev or
  blockdev-add) needs an explicit "job-id". Since 2.7.
- "device": the device name or node name of the root node of the
  chain.
- "base-node": the node name of the image the data is written into.
  When absent (and "base" too), the bottom image of the chain. Cannot
  be combined with "base". Since 3.1.
- "base": like "base-node", but the image's file name, exactly as the
  node was opened with it (another name for the same file is not
  accepted). Deprecated: use "base-node".
- "top-node": the node name of the highest image whose data is
  committed. When absent (and "top" too), the active layer. Cannot be
  combined with "top". Since 3.1.
- "top": like "top-node", but the image's file name, exactly as the
  node was opened with it. Deprecated: use "top-node".
- "backing-file": the backing file name to write into the header of
  the image above "top" once the commit is done. When absent, QEMU
  picks the name itself, or fails when there is no obvious one. QEMU
  does not check the name: if it cannot be resolved, the images must be
  named by node name from then on. Not allowed when the top is the
  active layer or has another writer. Since 2.1.
- "backing-mask-protocol": when true and the new backing image is a
  protocol node (such as a host file opened with the file driver),
  record "raw" as the backing file format in the header instead of the
  protocol's name. It does not change the backing file name. Allowed
  even when no header is updated. Default false. Since 9.0.
- "speed": the speed limit in bytes per second; 0 (the default) means
  no limit.
- "on-error": what to do on an I/O error; default "report". With
  "ignore" the failed request is retried later. Since 5.0.
- "filter-node-name": the node name of the filter node the job inserts
  above the top; generated when absent. Since 2.9.
- "auto-finalize": when false, the job waits in the "pending" state
  once its work is done, until block-job-finalize lets it change the
  graph; when true it goes on by itself. Default true. Since 3.1.
- "auto-dismiss": when false, the job stays in the "concluded" state
  until block-job-dismiss removes it; when true it disappears by itself.
  Default true. Since 3.1.

Features:

- "deprecated": the "base" and "top" members are deprecated; use
  "base-node" and "top-node" instead.

Errors:

- DeviceNotFound when "device" names no device or node.
- GenericError when top and base are the same image, when "base" and
  "base-node" (or "top" and "top-node") are both given, when the job
  ID is missing or taken, or when a named image is not in the chain.

Since: 1.3

Example:

A chain snap2 -> snap1 -> disk0 -> base0; the data of disk0 is
committed into base0, after which snap1's backing file is base0:

-> { "execute": "block-commit",
     "arguments": { "job-id": "commit0", "device": "snap2",
       "top-node": "disk0", "base-node": "base0" } }
<- {"return": {}}

EQMP

    {
        .name               = "drive-backup",
        .args               = "DriveBackup",
        .boxed              = true,
        .allow_preconfig    = true,
        .features           = "deprecated",
    },

SQMP
drive-backup
------------

Start a backup job into an image file that QEMU opens, and by default
creates, itself: the target gets the contents the source had when the
job started. The job is listed by query-block-jobs with type "backup"
and can be stopped with block-job-cancel before it completes. The
arguments are those of DriveBackup (with the members of BackupCommon).

Features:

- "deprecated": this command is deprecated; add the target with
  blockdev-add and use blockdev-backup instead.

Errors:

- GenericError when "device" names no device or node, or when the
  target cannot be created or opened.

Since: 1.6

Example:

-> { "execute": "drive-backup",
     "arguments": { "job-id": "backup1", "device": "tgt0",
       "target": "backup2.qcow2", "format": "qcow2", "sync": "full" } }
<- {"return": {}}

EQMP

    {
        .name               = "blockdev-backup",
        .args               = "BlockdevBackup",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
blockdev-backup
---------------

Start a backup job into an existing node: the target gets the contents
the source had when the job started, while the guest goes on writing.
With a dirty bitmap it copies only what changed since an earlier
backup (incremental backup). The job is listed by query-block-jobs
with type "backup" and can be stopped with block-job-cancel before it
completes. The arguments are those of BlockdevBackup (with the members
of BackupCommon).

Errors:

- GenericError when "device" or "target" names no device or node.
  QEMU's documentation names DeviceNotFound for an unknown device, but
  10.0.2 replies GenericError.
- GenericError when source and target differ in size, when "bitmap"
  and "bitmap-mode" do not fit "sync", or when the job ID is missing or
  taken.

Since: 2.3

Example:

A backup that waits for block-job-finalize and block-job-dismiss:

-> { "execute": "blockdev-backup",
     "arguments": { "job-id": "backup0", "device": "tgt0", "target": "bk0",
       "sync": "full", "auto-finalize": false, "auto-dismiss": false } }
<- {"return": {}}

EQMP

    {
        .name               = "query-named-block-nodes",
        .args_type          = "flat:bool?",
        .returns            = "[BlockDeviceInfo]",
        .allow_preconfig    = true,
    },

SQMP
query-named-block-nodes
-----------------------

List every node of the block graph with its driver, image, cache mode,
I/O limits and dirty bitmaps, whether or not a device uses it. Nodes
that were not given a name are listed too, under a generated name that
starts with "#".

Arguments:

- "flat": when true, leave out the backing chain nested in each node's
  "image" ("backing-image"); each backing node is listed on its own
  anyway. Default false. Since 5.0.

Returns: a list of BlockDeviceInfo, one per node.

Since: 2.0

Example:

The reply is shortened to the first two nodes (the qcow2 node disk0,
which has three dirty bitmaps, and its file node):

-> {"execute": "query-named-block-nodes", "arguments": {"flat": true}}
<- { "return": [ { "iops_rd": 0, "detect_zeroes": "off", "active": true,
         "image": { "backing-filename-format": "qcow2",
           "virtual-size": 67108864, "filename": "top.qcow2",
           "cluster-size": 65536, "format": "qcow2", "actual-size": 921600,
           "format-specific": { "type": "qcow2",
             "data": { "compat": "1.1", "compression-type": "zlib",
               "lazy-refcounts": false, "refcount-bits": 16,
               "corrupt": false, "extended-l2": false } },
           "full-backing-filename": "base.qcow2",
           "backing-filename": "base.qcow2", "dirty-flag": false },
         "iops_wr": 0, "ro": false, "node-name": "disk0",
         "backing_file_depth": 0, "drv": "qcow2", "iops": 0, "bps_wr": 0,
         "write_threshold": 0, "backing_file": "base.qcow2",
         "dirty-bitmaps": [ { "name": "bitmap2", "recording": true,
             "persistent": false, "busy": false, "granularity": 65536,
             "count": 65536 }, {
             "name": "bitmap1", "recording": false, "persistent": false,
             "busy": false, "granularity": 131072, "count": 0 }, {
             "name": "bitmap0", "recording": true, "persistent": true,
             "busy": false, "granularity": 65536, "count": 65536 } ],
         "encrypted": false, "bps": 0, "bps_rd": 0,
         "cache": {"no-flush": false, "direct": false, "writeback": true},
         "file": "top.qcow2" }, {
         "iops_rd": 0, "detect_zeroes": "off", "active": true,
         "image": { "virtual-size": 983040, "filename": "top.qcow2",
           "format": "file", "actual-size": 921600,
           "format-specific": {"type": "file", "data": {}},
           "dirty-flag": false },
         "iops_wr": 0, "ro": false, "node-name": "disk0-file",
         "backing_file_depth": 0, "drv": "file", "iops": 0, "bps_wr": 0,
         "write_threshold": 0, "encrypted": false, "bps": 0, "bps_rd": 0,
         "cache": {"no-flush": false, "direct": false, "writeback": true},
         "file": "top.qcow2" } ] }

EQMP

    {
        .enum               = "XDbgBlockGraphNodeType",
        .values             = "block-backend,block-job,block-driver",
    },

SQMP
XDbgBlockGraphNodeType
----------------------

The kinds of node in the block graph that x-debug-query-block-graph
reports.

Values:

- "block-backend": a block backend: where a user of the graph (a guest
  device model, an export, a job) attaches to it.
- "block-job": a block job, which uses the nodes it works on.
- "block-driver": a block node (a format, protocol or filter driver
  instance).

Since: 4.0

EQMP

    {
        .struct             = "XDbgBlockGraphNode",
        .members            = "id:uint64,"
                              "type:XDbgBlockGraphNodeType,"
                              "name:str",
    },

SQMP
XDbgBlockGraphNode
------------------

One node of the graph that x-debug-query-block-graph reports.

Members:

- "id": a number that names the node within this one reply only; the
  edges refer to nodes by it. It has no meaning elsewhere in QEMU.
- "type": whether the node is a block backend, a block job or a block
  node.
- "name": a readable name: the node name for a block node, the job ID
  for a job, and for a backend the device name, or the ID or QOM path
  of the guest device using it (an empty string for a backend that has
  none, such as one a job uses internally). Names of backends and jobs
  are not necessarily unique.

Since: 4.0

EQMP

    {
        .enum               = "BlockPermission",
        .values             = "consistent-read,write,write-unchanged,resize",
    },

SQMP
BlockPermission
---------------

The basic permissions a user of a block node (its parent in the graph)
can take on it, and can leave to other users (shared permissions).

Values:

- "consistent-read": the user sees complete, self-consistent contents,
  as the disk was at one point in time. Most nodes (backing files
  included) give it; a node in the middle of a commit job does not.
- "write": the user may change what the node's contents read as.
- "write-unchanged": the user may write, provided the contents read
  the same afterwards (for example copying data from the backing file
  into the image). Weaker than "write", which also allows such writes.
- "resize": the user may change the node's size.

Since: 4.0

EQMP

    {
        .struct             = "XDbgBlockGraphEdge",
        .members            = "parent:uint64,"
                              "child:uint64,"
                              "name:str,"
                              "perm:[BlockPermission],"
                              "shared-perm:[BlockPermission]",
    },

SQMP
XDbgBlockGraphEdge
------------------

One edge of the graph that x-debug-query-block-graph reports: a parent
using a child node, with the permissions involved.

Members:

- "parent": the "id" of the parent (the user).
- "child": the "id" of the child (the node used).
- "name": the role of the child for the parent, such as "file",
  "backing" or "root".
- "perm": the permissions the parent holds on the child.
- "shared-perm": the permissions the parent lets other users of the
  child take while it is attached.

Since: 4.0

EQMP

    {
        .struct             = "XDbgBlockGraph",
        .members            = "nodes:[XDbgBlockGraphNode],"
                              "edges:[XDbgBlockGraphEdge]",
    },

SQMP
XDbgBlockGraph
--------------

The whole block graph as x-debug-query-block-graph reports it: its
nodes and the edges between them.

Members:

- "nodes": the backends, jobs and block nodes.
- "edges": the parent-child links between them, with permissions.

Since: 4.0

EQMP

    {
        .name               = "x-debug-query-block-graph",
        .args_type          = "",
        .returns            = "XDbgBlockGraph",
        .allow_preconfig    = true,
        .features           = "unstable",
    },

SQMP
x-debug-query-block-graph
-------------------------

Dump the block graph (backends, jobs and block nodes, and the
permissions on each link) for debugging. The output is not meant for
programs to rely on.

Arguments: None.

Features:

- "unstable": this command is for debugging; it may change or go away
  without notice.

Returns: the graph's nodes and edges (an XDbgBlockGraph).

Since: 4.0

Example:

The graph of a PC with a qcow2 disk0 (over base0) on a virtio-blk
device and an empty CD drive cd0:

-> {"execute": "x-debug-query-block-graph"}
<- { "return": { "edges": [ { "name": "file", "parent": 2,
           "shared-perm": ["write-unchanged", "consistent-read"],
           "perm": ["resize", "write", "consistent-read"], "child": 6 }, {
           "name": "backing", "parent": 2,
           "shared-perm": ["write-unchanged", "consistent-read"],
           "perm": ["consistent-read"], "child": 5 }, {
           "name": "file", "parent": 5,
           "shared-perm": ["write-unchanged", "consistent-read"],
           "perm": ["resize", "write", "consistent-read"], "child": 4 }, {
           "name": "root", "parent": 1,
           "shared-perm": ["resize", "write-unchanged", "consistent-read"],
           "perm": ["write", "consistent-read"], "child": 2 } ],
       "nodes": [ {"name": "disk0", "type": "block-driver", "id": 2}, {
           "name": "disk0-file", "type": "block-driver", "id": 6}, {
           "name": "base0", "type": "block-driver", "id": 5}, {
           "name": "base-file", "type": "block-driver", "id": 4}, {
           "name": "cd0", "type": "block-backend", "id": 3}, {
           "name": "/machine/peripheral/vd0/virtio-backend",
           "type": "block-backend", "id": 1 } ] } }

EQMP

    {
        .name               = "drive-mirror",
        .args               = "DriveMirror",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
drive-mirror
------------

Start a mirror job into an image file that QEMU opens, and by default
creates, itself: the job copies the device's data to it and then keeps
copying guest writes, so that the two stay the same. Once the copy has
caught up the job becomes ready (BLOCK_JOB_READY): block-job-complete
then switches the device to the new image, block-job-cancel ends the
job and leaves the device on its source with the target as a
point-in-time copy. The arguments are those of DriveMirror; the newer
blockdev-mirror takes a target node added with blockdev-add instead.

Errors:

- GenericError when "device" names no device or node, when the target
  cannot be created or opened, or when an argument is out of range.

Since: 1.3

Example:

-> { "execute": "drive-mirror",
     "arguments": { "job-id": "mirror1", "device": "tgt0",
       "target": "copy.qcow2", "format": "qcow2", "node-name": "copy0",
       "sync": "full" } }
<- {"return": {}}

EQMP

    {
        .struct             = "DriveMirror",
        .members            = "job-id:str?,"
                              "device:str,"
                              "target:str,"
                              "format:str?,"
                              "node-name:str?,"
                              "replaces:str?,"
                              "sync:MirrorSyncMode,"
                              "mode:NewImageMode?,"
                              "speed:int?,"
                              "granularity:uint32?,"
                              "buf-size:int?,"
                              "on-source-error:BlockdevOnError?,"
                              "on-target-error:BlockdevOnError?,"
                              "unmap:bool?,"
                              "copy-mode:MirrorCopyMode?,"
                              "auto-finalize:bool?,"
                              "auto-dismiss:bool?",
    },

SQMP
DriveMirror
-----------

The arguments of drive-mirror: a mirror job into an image file that
QEMU opens, and by default creates.

Members:

- "job-id": the ID of the new job. When absent, the device name is
  used; a node without a device name (added with -blockdev or
  blockdev-add) needs an explicit "job-id". Since 2.7.
- "device": the device name or node name of the root node to mirror.
- "target": the file name of the target image. With "mode"
  "absolute-paths" QEMU creates a new image there (formatting the file
  or device if it exists); with "existing" it opens the image found
  there.
- "format": the target's image format. When absent: probed from the
  existing image with "mode": "existing", else the source's format.
- "node-name": the node name the target node gets; generated when
  absent. Required with "replaces". Since 2.1.
- "replaces": with "sync": "full", the node name of the node that the
  target takes the place of when the job completes. When absent the
  device's node is replaced (filters QEMU inserted above it stay).
  Naming another node, such as a broken child of a quorum node, lets
  the mirror repair it. Since 2.1.
- "sync": which data is copied: the whole disk, only the topmost
  image, or only what the guest writes from now on.
- "mode": whether QEMU creates the target or opens an existing image;
  "absolute-paths" (create) when absent.
- "speed": the speed limit in bytes per second; 0 (the default) means
  no limit.
- "granularity": how many bytes of the disk one bit of the job's dirty
  bitmap stands for, the unit in which changed data is copied again: a
  power of 2 from 512 bytes to 64 MiB. When absent, the target's
  cluster size, kept within 4 KiB to 64 KiB (64 KiB when the target
  has no clusters); QEMU's documentation says the cluster size is used
  without the 64 KiB cap, but 10.0.2 caps it. Since 1.4.
- "buf-size": the most data, in bytes, the job keeps in flight between
  source and target. Since 1.4.
- "on-source-error": what to do when reading the source fails; default
  "report". "stop" and "enospc" are only allowed when the device has an
  I/O status (see BlockInfo).
- "on-target-error": what to do when writing the target fails; default
  "report", and every policy is allowed.
- "unmap": for areas where the source holds only zeroes: when true
  (the default) and the target reads unallocated areas as zeroes, the
  target's areas are unmapped (discarded); otherwise zeroes are
  written. The target's contents are the same either way. Since 2.4.
- "copy-mode": when guest writes are copied to the target;
  "background" when absent. Since 3.0.
- "auto-finalize": when false, the job waits in the "pending" state
  once its work is done, until block-job-finalize lets it change the
  graph; when true it goes on by itself. Default true. Since 3.1.
- "auto-dismiss": when false, the job stays in the "concluded" state
  until block-job-dismiss removes it; when true it disappears by itself.
  Default true. Since 3.1.

Since: 1.3

EQMP

    {
        .struct             = "BlockDirtyBitmap",
        .members            = "node:str,"
                              "name:str",
    },

SQMP
BlockDirtyBitmap
----------------

Names one dirty bitmap by its node and its name. It is the argument
set of block-dirty-bitmap-remove, -clear, -enable and -disable and of
x-debug-block-dirty-bitmap-sha256, the data of the transaction actions
of the same names, and how the copy-before-write filter names its
bitmap.

Members:

- "node": the device name or node name of the node the bitmap belongs
  to (the node whose writes it tracks).
- "name": the bitmap's name on that node.

Since: 2.4

EQMP

    {
        .struct             = "BlockDirtyBitmapAdd",
        .members            = "node:str,"
                              "name:str,"
                              "granularity:uint32?,"
                              "persistent:bool?,"
                              "disabled:bool?",
    },

SQMP
BlockDirtyBitmapAdd
-------------------

The arguments of block-dirty-bitmap-add and the data of its transaction
action: a new dirty bitmap and its settings.

Members:

- "node": the device name or node name of the node whose writes the
  bitmap tracks.
- "name": the new bitmap's name: not empty, shorter than 1024 bytes,
  and not used by another bitmap of the node.
- "granularity": how many bytes of the disk one bit of the bitmap
  stands for: a power of 2, at least 512. When absent, the node's
  cluster size kept within 4 KiB to 64 KiB, or 64 KiB when the node's
  format has no clusters (QEMU's documentation says 64 KiB; 10.0.2
  picks 4 KiB for an image with 1 KiB clusters). A smaller granularity
  tracks writes more precisely but takes more memory.
- "persistent": store the bitmap in the image file when the image is
  closed, so that it survives a restart of QEMU. Only qcow2 images can
  store bitmaps. Default false. Since 2.10.
- "disabled": create the bitmap disabled, so that it records no writes
  until block-dirty-bitmap-enable. Default false. Since 4.0.

Since: 2.4

EQMP

    {
        .alternate          = "BlockDirtyBitmapOrStr",
        .variants           = "local:str,"
                              "external:BlockDirtyBitmap",
    },

SQMP
BlockDirtyBitmapOrStr
---------------------

A source bitmap of block-dirty-bitmap-merge, given either by its name
alone (a JSON string) or by node and name (a JSON object).

Members:

- "local": the name of a bitmap on the same node as the target bitmap.
- "external": a bitmap on any node, named by node and name (since
  4.1).

Since: 4.1

EQMP

    {
        .struct             = "BlockDirtyBitmapMerge",
        .members            = "node:str,"
                              "target:str,"
                              "bitmaps:[BlockDirtyBitmapOrStr]",
    },

SQMP
BlockDirtyBitmapMerge
---------------------

The arguments of block-dirty-bitmap-merge and the data of its
transaction action: which bitmaps are merged into which.

Members:

- "node": the device name or node name of the node the target bitmap
  belongs to.
- "target": the name of the bitmap that receives the merged bits.
- "bitmaps": the source bitmaps, each a bitmap name on "node" or a
  node-and-name object naming a bitmap of another node (objects since
  4.1).

Since: 4.0

EQMP

    {
        .name               = "block-dirty-bitmap-add",
        .args               = "BlockDirtyBitmapAdd",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-add
----------------------

Create a dirty bitmap on a node. While it is enabled, it marks every
area the guest (or anything else) writes to, so that a later
incremental backup, mirror or export can deal with the changed areas
only. The arguments are those of BlockDirtyBitmapAdd.

Errors:

- GenericError when "node" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when the name is taken, empty or too long, when the
  granularity is not allowed, or when "persistent" is asked for on a
  node that cannot store bitmaps.

Since: 2.4

Example:

-> { "execute": "block-dirty-bitmap-add",
     "arguments": {"node": "disk0", "name": "bitmap0", "persistent": true} }
<- {"return": {}}
-> { "execute": "block-dirty-bitmap-add",
     "arguments": {"node": "disk0", "name": "bitmap0"} }
<- { "error": { "class": "GenericError",
       "desc": "Bitmap already exists: bitmap0" } }

EQMP

    {
        .name               = "block-dirty-bitmap-remove",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-remove
-------------------------

Stop a dirty bitmap's tracking and delete it; a persistent bitmap is
deleted from the image file as well. The arguments are those of
BlockDirtyBitmap.

Errors:

- GenericError when "node" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when the node has no bitmap of that name, or when the
  bitmap is in use by an operation (busy) or cannot be changed.

Since: 2.4

Example:

-> { "execute": "block-dirty-bitmap-remove",
     "arguments": {"node": "disk0", "name": "bitmap2"} }
<- {"return": {}}
-> { "execute": "block-dirty-bitmap-remove",
     "arguments": {"node": "disk0", "name": "bitmap2"} }
<- { "error": { "class": "GenericError",
       "desc": "Dirty bitmap 'bitmap2' not found" } }
-> { "execute": "block-dirty-bitmap-remove",
     "arguments": {"node": "nosuch", "name": "bitmap2"} }
<- {"error": {"class": "GenericError", "desc": "Node 'nosuch' not found"}}

EQMP

    {
        .name               = "block-dirty-bitmap-clear",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-clear
------------------------

Clear every bit of a dirty bitmap, as if nothing had been written
since: an incremental backup taken later copies only what is written
after the clear. The arguments are those of BlockDirtyBitmap.

Errors:

- GenericError when "node" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when the node has no bitmap of that name, or when the
  bitmap is busy, read-only or inconsistent.

Since: 2.4

Example:

-> { "execute": "block-dirty-bitmap-clear",
     "arguments": {"node": "disk0", "name": "bitmap2"} }
<- {"return": {}}

EQMP

    {
        .name               = "block-dirty-bitmap-enable",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-enable
-------------------------

Make a disabled dirty bitmap record writes again, from now on (what was
written while it was disabled stays unrecorded). The arguments are
those of BlockDirtyBitmap.

Errors:

- GenericError when "node" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when the node has no bitmap of that name, or when the
  bitmap is busy or inconsistent.

Since: 4.0

Example:

-> { "execute": "block-dirty-bitmap-enable",
     "arguments": {"node": "disk0", "name": "bitmap1"} }
<- {"return": {}}

EQMP

    {
        .name               = "block-dirty-bitmap-disable",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-disable
--------------------------

Stop a dirty bitmap from recording writes; the bits it has keep their
value, and block-dirty-bitmap-enable starts recording again. The
arguments are those of BlockDirtyBitmap.

Errors:

- GenericError when "node" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when the node has no bitmap of that name, or when the
  bitmap is busy or inconsistent.

Since: 4.0

Example:

-> { "execute": "block-dirty-bitmap-disable",
     "arguments": {"node": "disk0", "name": "bitmap2"} }
<- {"return": {}}

EQMP

    {
        .name               = "block-dirty-bitmap-merge",
        .args               = "BlockDirtyBitmapMerge",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-merge
------------------------

Set in the target bitmap every bit that is set in any of the source
bitmaps. Bits already set in the target stay set (the target is not
cleared first), and the sources do not change unless one of them is
the target itself. If the command fails, the target is left as it
was. Use it to combine the changes of several periods into one backup
checkpoint, or to copy a bitmap (merge it into a new, empty one). The
arguments are those of BlockDirtyBitmapMerge.

The bitmaps must cover disks of the same size. QEMU's documentation
also requires equal granularities, but 10.0.2 merges bitmaps of
different granularities.

Errors:

- GenericError when "node" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when the target or a source bitmap does not exist,
  when the bitmaps' disk sizes differ, or when the target is busy or
  cannot be changed.

Since: 4.0

Example:

Merge bitmap2 (named alone: on the target's node disk0) and bitmap0
(named by node and name) into bitmap1:

-> { "execute": "block-dirty-bitmap-merge",
     "arguments": { "node": "disk0", "target": "bitmap1",
       "bitmaps": ["bitmap2", {"node": "disk0", "name": "bitmap0"}] } }
<- {"return": {}}

EQMP

    {
        .struct             = "BlockDirtyBitmapSha256",
        .members            = "sha256:str",
    },

SQMP
BlockDirtyBitmapSha256
----------------------

The SHA-256 hash of a dirty bitmap's contents, as
x-debug-block-dirty-bitmap-sha256 returns it. Two bitmaps with the same
granularity and the same bits set have the same hash.

Members:

- "sha256": the hash, as 64 lowercase hexadecimal digits.

Since: 2.10

EQMP

    {
        .name               = "x-debug-block-dirty-bitmap-sha256",
        .args               = "BlockDirtyBitmap",
        .returns            = "BlockDirtyBitmapSha256",
        .allow_preconfig    = true,
        .features           = "unstable",
    },

SQMP
x-debug-block-dirty-bitmap-sha256
---------------------------------

Compute the SHA-256 hash of a dirty bitmap's contents, for tests that
check a bitmap's bits without reading them out. The arguments are those
of BlockDirtyBitmap.

Features:

- "unstable": this command is for debugging; it may change or go away
  without notice.

Returns: the hash (a BlockDirtyBitmapSha256).

Errors:

- GenericError when "node" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when the node has no bitmap of that name, or when the
  hash cannot be computed.

Since: 2.10

Example:

-> { "execute": "x-debug-block-dirty-bitmap-sha256",
     "arguments": {"node": "disk0", "name": "bitmap1"} }
<- { "return": { "sha256": "d6daafe3dfbc6f26cebbfef13dba8216f3ce07972f0755b0a39c92abf6858e70" } }

EQMP

    {
        .name               = "blockdev-mirror",
        .args_type          = "job-id:str?,"
                              "device:str,"
                              "target:str,"
                              "replaces:str?,"
                              "sync:MirrorSyncMode,"
                              "speed:int?,"
                              "granularity:uint32?,"
                              "buf-size:int?,"
                              "on-source-error:BlockdevOnError?,"
                              "on-target-error:BlockdevOnError?,"
                              "filter-node-name:str?,"
                              "copy-mode:MirrorCopyMode?,"
                              "auto-finalize:bool?,"
                              "auto-dismiss:bool?",
        .allow_preconfig    = true,
    },

SQMP
blockdev-mirror
---------------

Start a mirror job into an existing node: the job copies the device's
data to the target node and then keeps copying guest writes, so that
the two stay the same. Once the copy has caught up the job becomes
ready (BLOCK_JOB_READY): block-job-complete then puts the target in
the place of the source (or of "replaces"), block-job-cancel ends the
job and leaves the device on its source with the target as a
point-in-time copy. The job is listed by query-block-jobs with type
"mirror".

Arguments:

- "job-id": the ID of the new job. When absent, the device name is
  used; a node without a device name (added with -blockdev or
  blockdev-add) needs an explicit "job-id". Since 2.7.
- "device": the device name or node name of the root node to mirror.
- "target": the device name or node name of the node written to. It
  must not be attached to a guest device, and it must have the same
  size as the source: otherwise the job fails as soon as it starts.
- "replaces": with "sync": "full", the node name of the node that the
  target takes the place of when the job completes. When absent the
  device's node is replaced (filters QEMU inserted above it stay).
  Naming another node, such as a broken child of a quorum node, lets
  the mirror repair it.
- "sync": which data is copied: the whole disk, only the topmost
  image, or only what the guest writes from now on.
- "speed": the speed limit in bytes per second; 0 (the default) means
  no limit.
- "granularity": how many bytes of the disk one bit of the job's dirty
  bitmap stands for, the unit in which changed data is copied again: a
  power of 2 from 512 bytes to 64 MiB. When absent, the target's
  cluster size, kept within 4 KiB to 64 KiB (64 KiB when the target
  has no clusters); QEMU's documentation says the cluster size is used
  without the 64 KiB cap, but 10.0.2 caps it.
- "buf-size": the most data, in bytes, the job keeps in flight between
  source and target.
- "on-source-error": what to do when reading the source fails; default
  "report". "stop" and "enospc" are only allowed when the device has an
  I/O status (see BlockInfo).
- "on-target-error": what to do when writing the target fails; default
  "report", and every policy is allowed.
- "filter-node-name": the node name of the filter node the job inserts
  above the source; generated when absent. Since 2.9.
- "copy-mode": when guest writes are copied to the target;
  "background" when absent. A running job can switch to
  "write-blocking" with block-job-change. Since 3.0.
- "auto-finalize": when false, the job waits in the "pending" state
  once its work is done, until block-job-finalize lets it change the
  graph; when true it goes on by itself. Default true. Since 3.1.
- "auto-dismiss": when false, the job stays in the "concluded" state
  until block-job-dismiss removes it; when true it disappears by itself.
  Default true. Since 3.1.

Errors:

- GenericError when "device" or "target" names no device or node, when
  the job ID is missing or taken, or when an argument is out of range.

Since: 2.6

Example:

A mirror of snap2 into the node tgt0 (added with blockdev-add), slowed
down to 64 KiB per second:

-> { "execute": "blockdev-mirror",
     "arguments": { "job-id": "mirror0", "device": "snap2",
       "target": "tgt0", "sync": "full", "speed": 65536 } }
<- {"return": {}}

EQMP

    {
        .struct             = "BlockIOThrottle",
        .members            = "device:str? +deprecated,"
                              "id:str?,"
                              "bps:int,"
                              "bps_rd:int,"
                              "bps_wr:int,"
                              "iops:int,"
                              "iops_rd:int,"
                              "iops_wr:int,"
                              "bps_max:int?,"
                              "bps_rd_max:int?,"
                              "bps_wr_max:int?,"
                              "iops_max:int?,"
                              "iops_rd_max:int?,"
                              "iops_wr_max:int?,"
                              "bps_max_length:int?,"
                              "bps_rd_max_length:int?,"
                              "bps_wr_max_length:int?,"
                              "iops_max_length:int?,"
                              "iops_rd_max_length:int?,"
                              "iops_wr_max_length:int?,"
                              "iops_size:int?,"
                              "group:str?",
    },

SQMP
BlockIOThrottle
---------------

The I/O limits of a device: the arguments of block_set_io_throttle.
The six base limits must always be given, 0 meaning no limit; setting
them all to 0 turns throttling off. The burst settings let a device
exceed a base limit for a short while: up to the "_max" rate, for at
most the matching "_max_length" seconds.

Members:

- "device": the name of the device (the -drive id). Deprecated: use
  "id".
- "id": the ID or QOM path of the guest device model whose drive is
  throttled. Since 2.8.
- "bps": the limit of total (read plus write) throughput in bytes per
  second.
- "bps_rd": the limit of read throughput in bytes per second.
- "bps_wr": the limit of write throughput in bytes per second.
- "iops": the limit of total (read plus write) I/O operations per
  second.
- "iops_rd": the limit of read operations per second.
- "iops_wr": the limit of write operations per second.
- "bps_max": the total throughput allowed during a burst, in bytes per
  second. Since 1.7.
- "bps_rd_max": the read throughput allowed during a burst, in bytes
  per second. Since 1.7.
- "bps_wr_max": the write throughput allowed during a burst, in bytes
  per second. Since 1.7.
- "iops_max": the total operations per second allowed during a burst.
  Since 1.7.
- "iops_rd_max": the read operations per second allowed during a
  burst. Since 1.7.
- "iops_wr_max": the write operations per second allowed during a
  burst. Since 1.7.
- "bps_max_length": how long a burst at "bps_max" may last, in
  seconds; 1 when absent. Only allowed together with "bps_max". Since
  2.6.
- "bps_rd_max_length": how long a burst at "bps_rd_max" may last, in
  seconds; 1 when absent. Only allowed together with "bps_rd_max".
  Since 2.6.
- "bps_wr_max_length": how long a burst at "bps_wr_max" may last, in
  seconds; 1 when absent. Only allowed together with "bps_wr_max".
  Since 2.6.
- "iops_max_length": how long a burst at "iops_max" may last, in
  seconds; 1 when absent. Only allowed together with "iops_max". Since
  2.6.
- "iops_rd_max_length": how long a burst at "iops_rd_max" may last, in
  seconds; 1 when absent. Only allowed together with "iops_rd_max".
  Since 2.6.
- "iops_wr_max_length": how long a burst at "iops_wr_max" may last, in
  seconds; 1 when absent. Only allowed together with "iops_wr_max".
  Since 2.6.
- "iops_size": the request size in bytes that counts as one operation
  for the operation limits: a larger request counts as several. Since
  1.7.
- "group": the name of the throttle group to put the device in; the
  devices of one group share the same limits between them. When
  absent, the device stays in its current group, or, when it is in
  none yet, gets a group named after it. Since 2.4.

Features:

- "deprecated": the "device" member is deprecated; name the device
  model with "id" instead.

Since: 1.1

EQMP

    {
        .struct             = "ThrottleLimits",
        .members            = "iops-total:int?,"
                              "iops-total-max:int?,"
                              "iops-total-max-length:int?,"
                              "iops-read:int?,"
                              "iops-read-max:int?,"
                              "iops-read-max-length:int?,"
                              "iops-write:int?,"
                              "iops-write-max:int?,"
                              "iops-write-max-length:int?,"
                              "bps-total:int?,"
                              "bps-total-max:int?,"
                              "bps-total-max-length:int?,"
                              "bps-read:int?,"
                              "bps-read-max:int?,"
                              "bps-read-max-length:int?,"
                              "bps-write:int?,"
                              "bps-write-max:int?,"
                              "bps-write-max-length:int?,"
                              "iops-size:int?",
    },

SQMP
ThrottleLimits
--------------

A set of I/O limits, as a throttle-group object (and the throttle
filter driver through it) uses them. Every member is optional: when
limits are changed, a member left out keeps its current value. Since
some combinations are invalid on their own, change related limits
together in one request. A limit of 0 means no limit; a "-max" value is
the rate allowed during a burst, which may last "-max-length" seconds.

Members:

- "iops-total": the limit of total (read plus write) I/O operations
  per second.
- "iops-total-max": the total operations per second allowed during a
  burst.
- "iops-total-max-length": how long a burst at "iops-total-max" may
  last, in seconds. Only allowed together with "iops-total-max".
- "iops-read": the limit of read operations per second.
- "iops-read-max": the read operations per second allowed during a
  burst.
- "iops-read-max-length": how long a burst at "iops-read-max" may
  last, in seconds. Only allowed together with "iops-read-max".
- "iops-write": the limit of write operations per second.
- "iops-write-max": the write operations per second allowed during a
  burst.
- "iops-write-max-length": how long a burst at "iops-write-max" may
  last, in seconds. Only allowed together with "iops-write-max".
- "bps-total": the limit of total (read plus write) throughput in bytes
  per second.
- "bps-total-max": the total throughput allowed during a burst, in
  bytes per second.
- "bps-total-max-length": how long a burst at "bps-total-max" may
  last, in seconds. Only allowed together with "bps-total-max".
- "bps-read": the limit of read throughput in bytes per second.
- "bps-read-max": the read throughput allowed during a burst, in bytes
  per second.
- "bps-read-max-length": how long a burst at "bps-read-max" may last,
  in seconds. Only allowed together with "bps-read-max".
- "bps-write": the limit of write throughput in bytes per second.
- "bps-write-max": the write throughput allowed during a burst, in
  bytes per second.
- "bps-write-max-length": how long a burst at "bps-write-max" may
  last, in seconds. Only allowed together with "bps-write-max".
- "iops-size": the request size in bytes that counts as one operation
  for the operation limits: a larger request counts as several.

Since: 2.11

EQMP

    {
        .struct             = "ThrottleGroupProperties",
        .members            = "limits:ThrottleLimits?,"
                              "x-iops-total:int? +unstable,"
                              "x-iops-total-max:int? +unstable,"
                              "x-iops-total-max-length:int? +unstable,"
                              "x-iops-read:int? +unstable,"
                              "x-iops-read-max:int? +unstable,"
                              "x-iops-read-max-length:int? +unstable,"
                              "x-iops-write:int? +unstable,"
                              "x-iops-write-max:int? +unstable,"
                              "x-iops-write-max-length:int? +unstable,"
                              "x-bps-total:int? +unstable,"
                              "x-bps-total-max:int? +unstable,"
                              "x-bps-total-max-length:int? +unstable,"
                              "x-bps-read:int? +unstable,"
                              "x-bps-read-max:int? +unstable,"
                              "x-bps-read-max-length:int? +unstable,"
                              "x-bps-write:int? +unstable,"
                              "x-bps-write-max:int? +unstable,"
                              "x-bps-write-max-length:int? +unstable,"
                              "x-iops-size:int? +unstable",
    },

SQMP
ThrottleGroupProperties
-----------------------

The properties of a throttle-group object (object-add with qom-type
"throttle-group"): a set of I/O limits shared by every throttle filter
node and device that uses the group.

Members:

- "limits": the group's I/O limits. When absent the group starts
  without limits.
- "x-iops-total": the same as "iops-total" in "limits" (experimental
  alias).
- "x-iops-total-max": the same as "iops-total-max" in "limits"
  (experimental alias).
- "x-iops-total-max-length": the same as "iops-total-max-length" in
  "limits" (experimental alias).
- "x-iops-read": the same as "iops-read" in "limits" (experimental
  alias).
- "x-iops-read-max": the same as "iops-read-max" in "limits"
  (experimental alias).
- "x-iops-read-max-length": the same as "iops-read-max-length" in
  "limits" (experimental alias).
- "x-iops-write": the same as "iops-write" in "limits" (experimental
  alias).
- "x-iops-write-max": the same as "iops-write-max" in "limits"
  (experimental alias).
- "x-iops-write-max-length": the same as "iops-write-max-length" in
  "limits" (experimental alias).
- "x-bps-total": the same as "bps-total" in "limits" (experimental
  alias).
- "x-bps-total-max": the same as "bps-total-max" in "limits"
  (experimental alias).
- "x-bps-total-max-length": the same as "bps-total-max-length" in
  "limits" (experimental alias).
- "x-bps-read": the same as "bps-read" in "limits" (experimental
  alias).
- "x-bps-read-max": the same as "bps-read-max" in "limits"
  (experimental alias).
- "x-bps-read-max-length": the same as "bps-read-max-length" in
  "limits" (experimental alias).
- "x-bps-write": the same as "bps-write" in "limits" (experimental
  alias).
- "x-bps-write-max": the same as "bps-write-max" in "limits"
  (experimental alias).
- "x-bps-write-max-length": the same as "bps-write-max-length" in
  "limits" (experimental alias).
- "x-iops-size": the same as "iops-size" in "limits" (experimental
  alias).

Features:

- "unstable": the "x-" members are aliases of the members of "limits"
  without the prefix; they are not a stable interface and may change
  or go away. Use "limits" instead.

Since: 2.11

EQMP

    {
        .name               = "block-stream",
        .args_type          = "job-id:str?,"
                              "device:str,"
                              "base:str?,"
                              "base-node:str?,"
                              "backing-file:str?,"
                              "backing-mask-protocol:bool?,"
                              "bottom:str?,"
                              "speed:int?,"
                              "on-error:BlockdevOnError?,"
                              "filter-node-name:str?,"
                              "auto-finalize:bool?,"
                              "auto-dismiss:bool?",
        .allow_preconfig    = true,
    },

SQMP
block-stream
------------

Start a job that copies data from the backing chain of an image (the
top image) into that image, so that it no longer needs the images it
was read from. The command returns as soon as the job has started; the
job runs in the background, is listed by query-block-jobs with type
"stream", and can be stopped with block-job-cancel.

Without "base", "base-node" or "bottom" everything below the top image
is copied, and when the job completes the image has no backing file
any more. With one of them, only the images above the base (down to
the bottom) are copied, and the top image gets the base as its new
backing file. Should the base's place in the chain change while the
job runs, the node that was the base when the job started becomes the
backing file. A BLOCK_JOB_COMPLETED event reports the end.

The top image can be anywhere in the chain above the base, named by a
device name or a node name (QEMU before 2.8 only accepted the active
image; "base-node" being known to query-qmp-schema tells that the
server takes any). When "device" is a filter node, the first non-filter
node below it is the one that gets the new backing file.

A cancelled stream leaves the image's backing file in place (unless it
happened to complete at that moment); a new stream can finish the work
later.

Arguments:

- "job-id": the ID of the new job. When absent, the device name is
  used; a node without a device name (added with -blockdev or
  blockdev-add) needs an explicit "job-id". Since 2.7.
- "device": the device name or node name of the top image, the one
  data is copied into.
- "base": the file name of the base image, below which nothing is
  copied. Cannot be combined with "base-node" or "bottom".
- "base-node": the node name of the base image, below which nothing is
  copied. Cannot be combined with "base" or "bottom". Since 2.8.
- "bottom": the node name of the lowest image whose data is copied
  (the one just above the base). It cannot be a filter node. Cannot be
  combined with "base" or "base-node". Since 6.0.
- "backing-file": the backing file name to write into the top image's
  header when the job completes. When absent, QEMU picks the name
  itself, or fails when there is no obvious one. QEMU does not check
  the name: if it cannot be resolved, the images must be named by node
  name from then on. Since 2.1.
- "backing-mask-protocol": when true and the new backing image is a
  protocol node (such as a host file opened with the file driver),
  record "raw" as the backing file format in the header instead of the
  protocol's name ("file"). It does not change the backing file name.
  Allowed even when no header is updated. Default false. Since 9.0.
- "speed": the speed limit in bytes per second; 0 (the default) means
  no limit.
- "on-error": what to do on an I/O error; default "report". "stop" and
  "enospc" are only allowed when the device has an I/O status (see
  BlockInfo). Since 1.3.
- "filter-node-name": the node name of the filter node the job inserts
  above the top image; generated when absent. Since 6.0.
- "auto-finalize": when false, the job waits in the "pending" state
  once its work is done, until block-job-finalize lets it change the
  graph; when true it goes on by itself. Default true. Since 3.1.
- "auto-dismiss": when false, the job stays in the "concluded" state
  until block-job-dismiss removes it; when true it disappears by itself.
  Default true. Since 3.1.

Errors:

- GenericError when "device" names no device or node. QEMU's
  documentation names DeviceNotFound, but 10.0.2 replies GenericError.
- GenericError when two of "base", "base-node" and "bottom" are given,
  when a named node is not in the chain, or when the job ID is missing
  or taken.

Since: 1.1

Example:

Stream the data of the images between snap2 and base0 into snap2;
base0 then becomes snap2's backing file:

-> { "execute": "block-stream",
     "arguments": { "job-id": "stream0", "device": "snap2",
       "base-node": "base0" } }
<- {"return": {}}

EQMP

    {
        .name               = "block-job-set-speed",
        .args_type          = "device:str,"
                              "speed:int",
        .allow_preconfig    = true,
    },

SQMP
block-job-set-speed
-------------------

Change the speed limit of a running block job; 0 removes the limit.

Arguments:

- "device": the job's ID (the name of the argument goes back to the
  time job IDs were device names; since 2.7 any job ID is taken).
- "speed": the new limit in bytes per second; 0 means no limit.

Errors:

- DeviceNotActive when there is no block job with that ID.

Since: 1.1

Example:

-> { "execute": "block-job-set-speed",
     "arguments": {"device": "mirror0", "speed": 131072} }
<- {"return": {}}

EQMP

    {
        .name               = "block-job-cancel",
        .args_type          = "device:str,"
                              "force:bool?",
        .allow_preconfig    = true,
    },

SQMP
block-job-cancel
----------------

Cancel a block job. The command returns once the job is marked for
cancellation; the job stops as soon as it can and then emits
BLOCK_JOB_CANCELLED, and it is listed by query-block-jobs until then.

A mirror job that is ready (it emitted BLOCK_JOB_READY) is not
abandoned but ends cleanly: the device stays on the source, the target
keeps a copy of the disk as it was at the time of the cancel, and the
job emits BLOCK_JOB_COMPLETED instead. "force" abandons it at once.

A cancelled stream job leaves the image's backing file in place, and
a new stream can finish the work later.

Arguments:

- "device": the job's ID (the name of the argument goes back to the
  time job IDs were device names; since 2.7 any job ID is taken).
- "force": when true and the job is ready, abandon it at once (even if
  it is paused) without waiting for the target to catch up; the job
  then emits BLOCK_JOB_CANCELLED. Default false. Since 1.3.

Errors:

- DeviceNotActive when there is no block job with that ID.

Since: 1.1

Example:

A ready mirror job is cancelled; it ends with BLOCK_JOB_COMPLETED and
leaves a point-in-time copy in its target:

-> {"execute": "block-job-cancel", "arguments": {"device": "mirror1"}}
<- {"return": {}}

EQMP

    {
        .name               = "block-job-pause",
        .args_type          = "device:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-pause
---------------

Pause a block job until block-job-resume. The command returns once the
job is marked for pausing; the job pauses as soon as it can, which a
JOB_STATUS_CHANGE event with status "paused" tells (QEMU's
documentation says no event is emitted, but 10.0.2 sends that one). A
paused job that is cancelled is resumed first, so that it can end.

Arguments:

- "device": the job's ID (the name of the argument goes back to the
  time job IDs were device names; since 2.7 any job ID is taken).

Errors:

- DeviceNotActive when there is no block job with that ID.
- GenericError when the job is paused already.

Since: 1.3

Example:

-> {"execute": "block-job-pause", "arguments": {"device": "mirror0"}}
<- {"return": {}}
-> {"execute": "block-job-pause", "arguments": {"device": "mirror0"}}
<- {"error": {"class": "GenericError", "desc": "Job is already paused"}}

EQMP

    {
        .name               = "block-job-resume",
        .args_type          = "device:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-resume
----------------

Resume a block job paused with block-job-pause. It also resets the
job's I/O status, so a job that an error paused (on-error "stop") can
retry.

Arguments:

- "device": the job's ID (the name of the argument goes back to the
  time job IDs were device names; since 2.7 any job ID is taken).

Errors:

- DeviceNotActive when there is no block job with that ID.
- GenericError when the job is not paused.

Since: 1.3

Example:

-> {"execute": "block-job-resume", "arguments": {"device": "mirror0"}}
<- {"return": {}}
-> {"execute": "block-job-resume", "arguments": {"device": "mirror0"}}
<- { "error": { "class": "GenericError",
       "desc": "Can't resume a job that was not paused" } }

EQMP

    {
        .name               = "block-job-complete",
        .args_type          = "device:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-complete
------------------

Tell a ready job to finish: a mirror job switches the device to the
target (drive-mirror, blockdev-mirror), an active commit switches it
to the base image. A job is ready once it emitted BLOCK_JOB_READY (see
"ready" in query-block-jobs). The reply and the BLOCK_JOB_COMPLETED
event that ends the job may come in either order (in the example the
reply comes first). If an I/O error happens meanwhile, the command
fails and the error is handled by the policy the job was started with.
A paused or cancelled job cannot be completed.

Arguments:

- "device": the job's ID (the name of the argument goes back to the
  time job IDs were device names; since 2.7 any job ID is taken).

Errors:

- DeviceNotActive when there is no block job with that ID.
- GenericError when the job is not ready, is paused, or is being
  cancelled.

Since: 1.3

Example:

-> {"execute": "block-job-complete", "arguments": {"device": "mirror0"}}
<- {"return": {}}

EQMP

    {
        .name               = "block-job-dismiss",
        .args_type          = "id:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-dismiss
-----------------

Remove a concluded block job from query-block-jobs. Only jobs started
with "auto-dismiss": false need it; the others go away by themselves.
The job must have concluded (status "concluded"); a job waiting to be
completed still needs block-job-complete or block-job-cancel first.

Arguments:

- "id": the job's ID.

Errors:

- DeviceNotActive when there is no block job with that ID.
- GenericError when the job has not concluded yet.

Since: 2.12

Example:

-> {"execute": "block-job-dismiss", "arguments": {"id": "backup0"}}
<- {"return": {}}

EQMP

    {
        .name               = "block-job-finalize",
        .args_type          = "id:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-finalize
------------------

Let a pending job make its changes to the block graph and clean up. A
job started with "auto-finalize": false stops in the "pending" state
(BLOCK_JOB_PENDING) when its work is done and waits for this command.
Jobs started together in one transaction finalize together: finalizing
one of them finalizes all.

Arguments:

- "id": the job's ID.

Errors:

- DeviceNotActive when there is no block job with that ID.
- GenericError when the job is not pending.

Since: 2.12

Example:

-> {"execute": "block-job-finalize", "arguments": {"id": "backup0"}}
<- {"return": {}}

EQMP

    {
        .struct             = "BlockJobChangeOptionsMirror",
        .members            = "copy-mode:MirrorCopyMode",
    },

SQMP
BlockJobChangeOptionsMirror
---------------------------

The options of a mirror job that block-job-change can change.

Members:

- "copy-mode": the copy mode to switch to. Only the switch from
  "background" to "write-blocking" is implemented; asking for
  "background" fails.

Since: 8.2

EQMP

    {
        .union              = "BlockJobChangeOptions",
        .members            = "id:str,"
                              "type:JobType",
        .discriminator      = "type",
        .variants           = "mirror:BlockJobChangeOptionsMirror",
    },

SQMP
BlockJobChangeOptions
---------------------

The arguments of block-job-change: the job to change and its new
options. The "type" member decides which options follow; only mirror
jobs have options that can change (BlockJobChangeOptionsMirror).

Members:

- "id": the job's ID.
- "type": the job's type. It must be the type the job really has:
  QEMU 10.0.2 does not check it, and a wrong type gives confusing
  errors.

Since: 8.2

EQMP

    {
        .name               = "block-job-change",
        .args               = "BlockJobChangeOptions",
        .boxed              = true,
    },

SQMP
block-job-change
----------------

Change options of a running block job; for now, switch a mirror job
to the "write-blocking" copy mode, so that guest writes reach the
target at once and the job can converge. The arguments are those of
BlockJobChangeOptions.

Errors:

- DeviceNotActive when there is no block job with that ID.
- GenericError when the change is not possible.

Since: 8.2

Example:

-> { "execute": "block-job-change",
     "arguments": { "id": "mirror0", "type": "mirror",
       "copy-mode": "write-blocking" } }
<- {"return": {}}

EQMP

    {
        .enum               = "BlockdevDiscardOptions",
        .values             = "ignore,unmap",
    },

SQMP
BlockdevDiscardOptions
----------------------

What a node does with discard (unmap, trim) requests, set by the
"discard" option of blockdev-add and -drive.

Values:

- "ignore": ignore discard requests.
- "unmap": pass discard requests on as unmap requests, so that the
  image (and the host storage) can free the space.

Since: 2.9

EQMP

    {
        .enum               = "BlockdevDetectZeroesOptions",
        .values             = "off,on,unmap",
    },

SQMP
BlockdevDetectZeroesOptions
---------------------------

Whether a node looks for plain writes of zeroes and turns them into
the driver's efficient zero-write operation (the "detect-zeroes"
option of blockdev-add and -drive). It costs some CPU time for every
write.

Values:

- "off": do not look for zero writes (the default).
- "on": turn zero writes into efficient zero writes.
- "unmap": like "on", and free the space too (unmap) where possible.
  Only allowed when the node's "discard" option is "unmap".

Since: 2.1

EQMP

    {
        .enum               = "BlockdevAioOptions",
        .values             = "threads,native,"
#if defined(CONFIG_LINUX_IO_URING)
                              "io_uring"
#endif
                              "",
    },

SQMP
BlockdevAioOptions
------------------

How the file driver submits I/O requests to the host (its "aio"
option).

Values:

- "threads": through a pool of QEMU worker threads, with ordinary
  system calls.
- "native": through the host's native asynchronous I/O interface
  (Linux AIO, or Windows native I/O); only on Linux and Windows. On
  Linux it requires cache.direct=on.
- "io_uring": through Linux io_uring; only when QEMU was built with it.
  Since 5.0.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevCacheOptions",
        .members            = "direct:bool?,"
                              "no-flush:bool?",
    },

SQMP
BlockdevCacheOptions
--------------------

The cache settings of a node (the "cache" option of blockdev-add).

Members:

- "direct": bypass the host page cache (open the file with O_DIRECT).
  Default false.
- "no-flush": ignore flush requests for the node, so that data may
  stay in volatile caches (fast but unsafe if the host crashes).
  Default false.

Since: 2.9

EQMP

    {
        .enum               = "BlockdevDriver",
        .values             = "blkdebug,blklogwrites,blkreplay,blkverify,bochs,cloop,compress,"
                              "copy-before-write,copy-on-read,dmg,file,snapshot-access,ftp,ftps,"
                              "gluster +deprecated,"
#if defined(HAVE_HOST_BLOCK_DEVICE)
                              "host_cdrom,"
#endif
#if defined(HAVE_HOST_BLOCK_DEVICE)
                              "host_device,"
#endif
                              "http,https,"
#if defined(CONFIG_BLKIO)
                              "io_uring,"
#endif
                              "iscsi,luks,nbd,nfs,null-aio,null-co,nvme,"
#if defined(CONFIG_BLKIO)
                              "nvme-io_uring,"
#endif
                              "parallels,preallocate,qcow,qcow2,qed,quorum,raw,rbd,"
#if defined(CONFIG_REPLICATION)
                              "replication,"
#endif
                              "ssh,throttle,vdi,vhdx,"
#if defined(CONFIG_BLKIO)
                              "virtio-blk-vfio-pci,"
#endif
#if defined(CONFIG_BLKIO)
                              "virtio-blk-vhost-user,"
#endif
#if defined(CONFIG_BLKIO)
                              "virtio-blk-vhost-vdpa,"
#endif
                              "vmdk,vpc,vvfat",
    },

SQMP
BlockdevDriver
--------------

The block drivers that can be named in blockdev-add, blockdev-create
and the other block commands: image formats, protocols (how the data
is reached) and filters. Some exist only when QEMU was built with
them or for some hosts, and a given binary may leave out more.

Values:

- "blkdebug": a filter that injects errors and delays following a
  rule file, for testing.
- "blklogwrites": a filter that logs every write to a separate log
  node (in the dm-log-writes format), for testing. Since 3.0.
- "blkreplay": a filter that makes block requests deterministic for
  record/replay of execution. Since 4.2.
- "blkverify": a filter that reads from a test image and a raw
  reference image and compares the results, for testing.
- "bochs": the Bochs disk image format (read-only).
- "cloop": the compressed loop image format (read-only).
- "compress": a filter that writes all data compressed, for formats
  that support compressed clusters. Since 5.0.
- "copy-before-write": a filter that copies old data to a target node
  before a write overwrites it (the basis of backups and image
  fleecing). Since 6.2.
- "copy-on-read": a filter that writes data read from the backing
  chain into the image. Since 3.0.
- "dmg": the macOS disk image format (read-only).
- "file": a regular host file (protocol).
- "snapshot-access": a driver that gives read access to the
  point-in-time snapshot a copy-before-write filter keeps. Since 7.0.
- "ftp": read-only access to an image over FTP (protocol).
- "ftps": read-only access to an image over FTP with TLS (protocol).
- "gluster": an image on a GlusterFS volume (protocol). Deprecated.
- "host_cdrom": a host CD-ROM drive (protocol); only on hosts where
  QEMU supports host block devices.
- "host_device": a host block device, such as a disk or partition
  (protocol); only on hosts where QEMU supports host block devices.
- "http": read-only access to an image over HTTP (protocol).
- "https": read-only access to an image over HTTPS (protocol).
- "io_uring": a host file or block device accessed through the libblkio
  io_uring driver (protocol); only when QEMU was built with libblkio.
- "iscsi": an iSCSI LUN (protocol).
- "luks": the LUKS encrypted image format.
- "nbd": an export of an NBD server (protocol).
- "nfs": an image on an NFS share, through libnfs (protocol).
- "null-aio": a test node without storage: writes are dropped, reads
  return no data (zeroes with read-zeroes); requests complete through
  the AIO path (protocol).
- "null-co": the same as "null-aio", but requests complete in a
  coroutine (protocol).
- "nvme": an NVMe controller driven by QEMU itself through VFIO
  (protocol). Since 2.12.
- "nvme-io_uring": an NVMe namespace accessed with io_uring passthrough
  through libblkio (protocol); only when QEMU was built with libblkio.
- "parallels": the Parallels disk image format.
- "preallocate": a filter that preallocates space in the file below it
  ahead of writes that grow it.
- "qcow": the old QEMU copy-on-write format, version 1.
- "qcow2": the QEMU copy-on-write format, version 2 (snapshots,
  bitmaps, compression, encryption, backing files).
- "qed": the QEMU enhanced disk format.
- "quorum": a filter that writes to several children and votes on what
  they read, to detect and repair corruption.
- "raw": a raw image: the disk contents as they are (format).
- "rbd": an image on a Ceph RADOS block device (protocol).
- "replication": a filter for COLO block replication; only when QEMU
  was built with replication support.
- "ssh": an image reached over SSH/SFTP (protocol).
- "throttle": a filter that applies the limits of a throttle-group
  object. Since 2.11.
- "vdi": the VirtualBox disk image format.
- "vhdx": the Hyper-V VHDX disk image format.
- "virtio-blk-vfio-pci": a virtio-blk PCI device driven through VFIO by
  libblkio (protocol); only when QEMU was built with libblkio.
- "virtio-blk-vhost-user": a vhost-user virtio-blk back end reached
  through libblkio (protocol); only when QEMU was built with libblkio.
- "virtio-blk-vhost-vdpa": a vhost-vDPA virtio-blk device reached
  through libblkio (protocol); only when QEMU was built with libblkio.
- "vmdk": the VMware disk image format.
- "vpc": the Virtual PC (VHD) disk image format.
- "vvfat": a host directory shown as a FAT file system (protocol).

Features:

- "deprecated": the "gluster" value is deprecated, as GlusterFS is no
  longer developed.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsFile",
        .members            = "filename:str,"
                              "pr-manager:str?,"
                              "locking:OnOffAuto?,"
                              "aio:BlockdevAioOptions?,"
                              "aio-max-batch:int?,"
#if defined(CONFIG_LINUX)
                              "drop-cache:bool?,"
#endif
                              "x-check-cache-dropped:bool? +unstable",
        .features           = ""
#if defined(CONFIG_POSIX)
                              "dynamic-auto-read-only"
#endif
                              "",
    },

SQMP
BlockdevOptionsFile
-------------------

The options of the file driver (blockdev-add with "driver": "file"),
which gives access to a host file.

Members:

- "filename": the path of the host file.
- "pr-manager": the ID of a pr-manager object that handles SCSI
  persistent reservation commands for this file. When absent the
  commands are passed to the file directly (SG_IO). Since 2.11.
- "locking": whether QEMU takes file locks on the file to keep other
  processes from using it at the same time: "on", "off", or "auto"
  (the default), which locks only when the host offers Open File
  Descriptor (OFD) locks. Since 2.10.
- "aio": how I/O requests are submitted to the host; "threads" when
  absent. Since 2.8.
- "aio-max-batch": the most requests submitted to the AIO back end in
  one go; the smaller of this and the aio-max-batch of the IOThread
  object is used. 0 (the default) lets the back end decide. Since 6.2.
- "drop-cache": drop the host page cache of the file during live
  migration, so that with cache.direct=off the destination does not
  read stale data. Only on Linux hosts. Default on. Since 4.0.
- "x-check-cache-dropped": check that the page cache really was
  dropped at migration. Can make migration much slower for large
  files: for debugging only, not for production. Default off. Since
  3.0.

Features:

- "dynamic-auto-read-only": when present, auto-read-only means that the
  file is opened read-only first, reopened read-write when the first
  writer attaches to the node and read-only again when the last writer
  goes away, so that QEMU only needs write access while something
  writes. Only on POSIX hosts.
- "unstable": the "x-check-cache-dropped" member is meant for
  debugging; it may change or go away without notice.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsNull",
        .members            = "size:int?,"
                              "latency-ns:uint64?,"
                              "read-zeroes:bool?",
    },

SQMP
BlockdevOptionsNull
-------------------

Options of the null-co and null-aio drivers: a node with no storage behind
it. Writes are accepted and thrown away, reads complete without producing
any data (unless "read-zeroes" is set), so the node is useful for tests and
benchmarks of the block layer. null-co completes requests in a coroutine, null-aio through the AIO
callback path.

Members:

- "size": the size the node reports, in bytes. Absent: 1 GiB (1073741824).
- "latency-ns": an artificial delay, in nanoseconds, added to every request
  before it completes. Absent or 0: requests complete at once. (Since 2.4)
- "read-zeroes": true to fill the read buffer with zeroes; false leaves the
  buffer as it was, so a reader sees whatever memory held before. Absent:
  false. (Since 4.1)

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsNVMe",
        .members            = "device:str,"
                              "namespace:int",
    },

SQMP
BlockdevOptionsNVMe
-------------------

Options of the nvme driver, which drives a host NVMe controller directly
from QEMU through VFIO, bypassing the host kernel's block layer. Before the
node is added, the PCI device has to be unbound from every host kernel
driver (and usually bound to vfio-pci).

Members:

- "device": the PCI address of the NVMe controller, written
  domain:bus:slot.function in hex (hhhh:bb:ss.f), e.g. "0000:01:00.0".
- "namespace": the NVMe namespace to use; namespaces are numbered from 1.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevOptionsVVFAT",
        .members            = "dir:str,"
                              "fat-type:int?,"
                              "floppy:bool?,"
                              "label:str?,"
                              "rw:bool?",
    },

SQMP
BlockdevOptionsVVFAT
--------------------

Options of the vvfat driver, which presents a host directory to the guest
as a virtual disk with a FAT file system. It is mainly a way to hand files
to a guest; writing back to the directory is off unless "rw" is set
(without it the node must be added with "read-only": true).

Members:

- "dir": the host directory whose content the virtual disk shows.
- "fat-type": the FAT variant to build: 12, 16 or 32. Absent: 12 for a
  floppy image, 16 for a hard disk image.
- "floppy": true for a floppy disk image (2.88 MB) instead of a partitioned
  hard disk image. Absent: false (hard disk).
- "label": the volume label, at most 11 bytes. FAT16 and FAT32
  traditionally restrict the characters of a label, but most operating
  systems do not check. Absent: "QEMU VVFAT". (Since 2.4)
- "rw": true to let the guest write, with the changes carried over to the
  host directory. Absent: false.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsGenericFormat",
        .members            = "file:BlockdevRef",
    },

SQMP
BlockdevOptionsGenericFormat
----------------------------

The options of a format or filter driver whose only own option is the node
it reads its data from. Used as is by the bochs, cloop, compress, dmg,
parallels, snapshot-access, vdi, vhdx and vpc drivers, and as the base of
the option sets of many others (raw, luks, qcow2, ...).

Members:

- "file": the node holding the data: the name of an existing node, or the
  options of a new node created along with this one.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsLUKS",
        .base               = "BlockdevOptionsGenericFormat",
        .members            = "key-secret:str?,"
                              "header:BlockdevRef?",
    },

SQMP
BlockdevOptionsLUKS
-------------------

Options of the luks format driver, which decrypts (and encrypts) an image
in the LUKS format on the fly. Besides "file", the node needs the
passphrase that unlocks one of the image's key slots.

Members:

- "key-secret": the ID of a "secret" object (created with object-add or
  --object) that holds the passphrase. It is required to open the image;
  only a probe of the metadata works without it. (Since 2.6)
- "header": the node that holds a detached LUKS header, for an image whose
  header is stored apart from its data. Absent: the header is at the start
  of "file". (Since 9.0)

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsGenericCOWFormat",
        .base               = "BlockdevOptionsGenericFormat",
        .members            = "backing:BlockdevRefOrNull?",
    },

SQMP
BlockdevOptionsGenericCOWFormat
-------------------------------

The options of a copy-on-write format driver whose only own options are its
data source and its backing file. Used as is by the qed and vmdk drivers,
and as the base of the qcow and qcow2 option sets.

Members:

- "backing": the backing node: the name of an existing node, the options
  of a new one, or null to open the image without any backing file. Absent:
  QEMU opens the backing file named in the image's own metadata (if it
  names one).

Since: 2.9

EQMP

    {
        .enum               = "Qcow2OverlapCheckMode",
        .values             = "none,constant,cached,all",
    },

SQMP
Qcow2OverlapCheckMode
---------------------

How much checking a qcow2 node does before each write to be sure the write
does not land on the image's own metadata (overlap checks). Each level
includes the checks of the levels before it; more checks cost more time.

Values:

- "none": no overlap checks at all.
- "constant": only the checks that take constant time and need no read
  from the disk.
- "cached": every check that can be done without reading from the disk,
  using metadata already in memory. This is the default.
- "all": every available check, including those that read metadata from
  the disk.

Since: 2.9

EQMP

    {
        .struct             = "Qcow2OverlapCheckFlags",
        .members            = "template:Qcow2OverlapCheckMode?,"
                              "main-header:bool?,"
                              "active-l1:bool?,"
                              "active-l2:bool?,"
                              "refcount-table:bool?,"
                              "refcount-block:bool?,"
                              "snapshot-table:bool?,"
                              "inactive-l1:bool?,"
                              "inactive-l2:bool?,"
                              "bitmap-directory:bool?",
    },

SQMP
Qcow2OverlapCheckFlags
----------------------

Overlap checks chosen one metadata structure at a time: a member set to
true makes the qcow2 driver refuse writes that would overwrite that
structure, false turns its check off. Members that are absent take their
value from "template". The structures are those of the qcow2 format
specification.

Members:

- "template": the check mode whose set of checks the other members start
  from and adjust. Absent: "cached".
- "main-header": guard the image header.
- "active-l1": guard the active L1 table.
- "active-l2": guard the active L2 tables.
- "refcount-table": guard the refcount table.
- "refcount-block": guard the refcount blocks.
- "snapshot-table": guard the snapshot table.
- "inactive-l1": guard the L1 tables of internal snapshots (inactive L1
  tables).
- "inactive-l2": guard the L2 tables of internal snapshots (inactive L2
  tables).
- "bitmap-directory": guard the directory of persistent dirty bitmaps.
  (Since 3.0)

Since: 2.9

EQMP

    {
        .alternate          = "Qcow2OverlapChecks",
        .variants           = "flags:Qcow2OverlapCheckFlags,"
                              "mode:Qcow2OverlapCheckMode",
    },

SQMP
Qcow2OverlapChecks
------------------

Which qcow2 metadata structures a qcow2 node protects against being
overwritten by a write: either a named check mode (a JSON string) or an
object of per-structure flags.

Members:

- "flags": an object (Qcow2OverlapCheckFlags) that turns the check of each
  kind of metadata structure on or off.
- "mode": a string (Qcow2OverlapCheckMode) naming one of the predefined
  sets of checks.

Since: 2.9

EQMP

    {
        .enum               = "BlockdevQcowEncryptionFormat",
        .values             = "aes",
    },

SQMP
BlockdevQcowEncryptionFormat
----------------------------

The encryption formats the legacy qcow (version 1) format driver can read.
It selects the branch of BlockdevQcowEncryption.

Values:

- "aes": the qcow built-in encryption, AES in CBC mode with plain64
  initialization vectors; its options are QCryptoBlockOptionsQCow (the
  secret holding the key).

Since: 2.10

EQMP

    {
        .union              = "BlockdevQcowEncryption",
        .members            = "format:BlockdevQcowEncryptionFormat",
        .discriminator      = "format",
        .variants           = "aes:QCryptoBlockOptionsQCow",
    },

SQMP
BlockdevQcowEncryption
----------------------

How to decrypt an encrypted qcow (version 1) image. "format" selects the
scheme; the other members are those of that scheme's options.

Members:

- "format": the encryption scheme of the image; its value decides which
  further members apply.

Since: 2.10

EQMP

    {
        .struct             = "BlockdevOptionsQcow",
        .base               = "BlockdevOptionsGenericCOWFormat",
        .members            = "encrypt:BlockdevQcowEncryption?",
    },

SQMP
BlockdevOptionsQcow
-------------------

Options of the qcow driver, for images in the old qcow (version 1) format.
On top of "file" and "backing" it only takes the decryption settings.

Members:

- "encrypt": how to decrypt the image. Required for an encrypted image,
  except to probe only its metadata; not used for an image without
  encryption.

Since: 2.10

EQMP

    {
        .enum               = "BlockdevQcow2EncryptionFormat",
        .values             = "aes,luks",
    },

SQMP
BlockdevQcow2EncryptionFormat
-----------------------------

The encryption formats of qcow2 images. It selects the branch of
BlockdevQcow2Encryption.

Values:

- "aes": the legacy qcow2 built-in encryption, AES in CBC mode with plain64
  initialization vectors; its options are QCryptoBlockOptionsQCow (the
  secret holding the key).
- "luks": LUKS encryption inside the qcow2 image, with key slots; its
  options are QCryptoBlockOptionsLUKS (the secret holding a passphrase).

Since: 2.10

EQMP

    {
        .union              = "BlockdevQcow2Encryption",
        .members            = "format:BlockdevQcow2EncryptionFormat",
        .discriminator      = "format",
        .variants           = "aes:QCryptoBlockOptionsQCow,"
                              "luks:QCryptoBlockOptionsLUKS",
    },

SQMP
BlockdevQcow2Encryption
-----------------------

How to decrypt an encrypted qcow2 image. "format" selects the scheme; the
other members are those of that scheme's options.

Members:

- "format": the encryption scheme of the image; its value decides which
  further members apply.

Since: 2.10

EQMP

    {
        .struct             = "BlockdevOptionsPreallocate",
        .base               = "BlockdevOptionsGenericFormat",
        .members            = "prealloc-align:int?,"
                              "prealloc-size:int?",
    },

SQMP
BlockdevOptionsPreallocate
--------------------------

Options of the preallocate filter. Placed between a format node and its
protocol node, it grows the protocol node (the file) in large steps ahead
of the writes, so that the file is extended less often and in bigger
pieces than the writes themselves would require.

Members:

- "prealloc-align": the granularity of preallocation, in bytes: the file
  length is rounded up to a multiple of it. Absent: 1048576 (1 MiB).
- "prealloc-size": how far ahead of the write the file is extended, in
  bytes. Absent: 134217728 (128 MiB).

Since: 6.0

EQMP

    {
        .struct             = "BlockdevOptionsQcow2",
        .base               = "BlockdevOptionsGenericCOWFormat",
        .members            = "lazy-refcounts:bool?,"
                              "pass-discard-request:bool?,"
                              "pass-discard-snapshot:bool?,"
                              "pass-discard-other:bool?,"
                              "discard-no-unref:bool?,"
                              "overlap-check:Qcow2OverlapChecks?,"
                              "cache-size:int?,"
                              "l2-cache-size:int?,"
                              "l2-cache-entry-size:int?,"
                              "refcount-cache-size:int?,"
                              "cache-clean-interval:int?,"
                              "encrypt:BlockdevQcow2Encryption?,"
                              "data-file:BlockdevRef?",
    },

SQMP
BlockdevOptionsQcow2
--------------------

Options of the qcow2 format driver: caching of the image's metadata,
handling of discards, overlap protection, decryption and an external data
file. "file" and "backing" come from the base.

Members:

- "lazy-refcounts": true to postpone refcount updates (faster allocating
  writes, but after a crash the refcounts must be rebuilt, which QEMU does
  when it next opens the image read-write). Absent: the setting stored in
  the image is used.
- "pass-discard-request": whether discard requests the qcow2 node receives
  are passed on to its data source. Absent: true when the node's "discard"
  option is "unmap", else false.
- "pass-discard-snapshot": whether the data source gets discard requests
  for clusters freed by a snapshot operation, such as the deletion of an
  internal snapshot. Absent: true.
- "pass-discard-other": whether the data source gets discard requests when
  clusters are freed in any other situation. Absent: false.
- "discard-no-unref": true to keep data clusters allocated in the image
  when they stop being used (discarded or turned into zero clusters).
  Whether the old data is also discarded in the image file still follows
  "pass-discard-request". Keeping the clusters avoids the fragmentation
  that freeing and reallocating them causes, which can slow the image down
  and let the file grow far beyond the guest disk size; consider it when
  the file length matters, e.g. for a qcow2 image stored directly on a
  block device. Absent: false. (Since 8.1)
- "overlap-check": which metadata structures are protected from being
  overwritten by writes. Absent: the "cached" mode. (Since 2.2)
- "cache-size": the largest combined size of the L2 table cache and the
  refcount block cache, in bytes. It cannot be given together with both
  "l2-cache-size" and "refcount-cache-size". Absent: QEMU picks the
  sizes. (Since 2.2)
- "l2-cache-size": the largest size of the L2 table cache, in bytes; at
  most "cache-size" when both are given. Absent: derived from
  "cache-size" when that is given, else chosen by QEMU. (Since 2.2)
- "l2-cache-entry-size": the size of one L2 cache entry, in bytes: a power
  of two from 512 up to the cluster size. Absent: the cluster size.
  (Since 2.12)
- "refcount-cache-size": the largest size of the refcount block cache, in
  bytes. Absent: derived from "cache-size" when that is given, else chosen
  by QEMU. (Since 2.2)
- "cache-clean-interval": the interval, in seconds, after which cache
  entries not used in the meantime are dropped; 0 never drops them. Absent:
  600 on platforms that support it, 0 on the others. (Since 2.5)
- "encrypt": how to decrypt the image. Required for an encrypted image,
  except to probe only its metadata. (Since 2.10)
- "data-file": the node holding the guest data of an image that stores it
  in an external data file. Only valid for such images; absent for one of
  them, QEMU opens the data file whose name is stored in the image.
  (Since 4.0)

Since: 2.9

EQMP

    {
        .enum               = "SshHostKeyCheckMode",
        .values             = "none,hash,known_hosts",
    },

SQMP
SshHostKeyCheckMode
-------------------

How the ssh driver verifies the identity of the server. It selects the
branch of SshHostKeyCheck.

Values:

- "none": accept any host key (no protection against a man in the
  middle).
- "hash": compare a hash of the host key with a hash given in advance (the
  "type" and "hash" members of SshHostKeyHash).
- "known_hosts": look the host key up in the user's known_hosts files, as
  the OpenSSH client does.

Since: 2.12

EQMP

    {
        .enum               = "SshHostKeyCheckHashType",
        .values             = "md5,sha1,sha256",
    },

SQMP
SshHostKeyCheckHashType
-----------------------

The hash algorithm of a host key fingerprint given to the ssh driver.

Values:

- "md5": the fingerprint is an MD5 hash.
- "sha1": the fingerprint is a SHA-1 hash.
- "sha256": the fingerprint is a SHA-256 hash.

Since: 2.12

EQMP

    {
        .struct             = "SshHostKeyHash",
        .members            = "type:SshHostKeyCheckHashType,"
                              "hash:str",
    },

SQMP
SshHostKeyHash
--------------

The host key fingerprint that the server must match, for the "hash" mode
of SshHostKeyCheck.

Members:

- "type": the algorithm that produced "hash".
- "hash": the expected hash of the server's host key.

Since: 2.12

EQMP

    {
        .union              = "SshHostKeyCheck",
        .members            = "mode:SshHostKeyCheckMode",
        .discriminator      = "mode",
        .variants           = "hash:SshHostKeyHash",
    },

SQMP
SshHostKeyCheck
---------------

How the ssh driver checks the server's host key. "mode" selects the check;
the "hash" mode adds the members of SshHostKeyHash.

Members:

- "mode": the kind of check; its value decides which further members apply.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevOptionsSsh",
        .members            = "server:InetSocketAddress,"
                              "path:str,"
                              "user:str?,"
                              "host-key-check:SshHostKeyCheck?",
    },

SQMP
BlockdevOptionsSsh
------------------

Options of the ssh protocol driver, which accesses an image file on a
remote host over SSH (SFTP).

Members:

- "server": the address (host and port) of the SSH server.
- "path": the path of the image file on the remote host.
- "user": the user name to log in with. Absent: the name of the local user
  QEMU runs as.
- "host-key-check": how the server's host key is verified. Absent: against
  the known_hosts files ("known_hosts" mode).

Since: 2.9

EQMP

    {
        .enum               = "BlkdebugEvent",
        .prefix             = "BLKDBG",
        .values             = "l1_update,l1_grow_alloc_table,l1_grow_write_table,"
                              "l1_grow_activate_table,l2_load,l2_update,l2_update_compressed,"
                              "l2_alloc_cow_read,l2_alloc_write,read_aio,read_backing_aio,"
                              "read_compressed,write_aio,write_compressed,vmstate_load,"
                              "vmstate_save,cow_read,cow_write,reftable_load,reftable_grow,"
                              "reftable_update,refblock_load,refblock_update,"
                              "refblock_update_part,refblock_alloc,refblock_alloc_hookup,"
                              "refblock_alloc_write,refblock_alloc_write_blocks,"
                              "refblock_alloc_write_table,refblock_alloc_switch_table,"
                              "cluster_alloc,cluster_alloc_bytes,cluster_free,flush_to_os,"
                              "flush_to_disk,pwritev_rmw_head,pwritev_rmw_after_head,"
                              "pwritev_rmw_tail,pwritev_rmw_after_tail,pwritev,pwritev_zero,"
                              "pwritev_done,empty_image_prepare,l1_shrink_write_table,"
                              "l1_shrink_free_l2_clusters,cor_write,cluster_alloc_space,none",
    },

SQMP
BlkdebugEvent
-------------

The points inside the block layer and the image format drivers (mostly
qcow2) at which a blkdebug node can inject an error or change its state.
Each value names a step of a write, a read or a metadata update; a rule
whose event is that value fires when the step is reached below the blkdebug
node. The C enum of these values carries the prefix BLKDBG.

Values:

- "l1_update": an entry of the active L1 table is written after a change.
- "l1_grow_alloc_table": space is allocated for a larger L1 table.
- "l1_grow_write_table": the new, larger L1 table is written.
- "l1_grow_activate_table": the image header is switched to the new L1
  table.
- "l2_load": an L2 table is read from the image into the cache.
- "l2_update": an updated L2 table (entry) is written back.
- "l2_update_compressed": an L2 entry for a compressed cluster is written.
- "l2_alloc_cow_read": when a new L2 table is allocated, the content it
  starts from is read.
- "l2_alloc_write": a newly allocated L2 table is written.
- "read_aio": guest data is read from the image file.
- "read_backing_aio": guest data is read from the backing file.
- "read_compressed": a compressed cluster is read.
- "write_aio": guest data is written to the image file.
- "write_compressed": a compressed cluster is written.
- "vmstate_load": saved VM state is read from the image.
- "vmstate_save": VM state is written into the image.
- "cow_read": the unchanged part of a cluster is read for copy-on-write.
- "cow_write": the unchanged part of a cluster is written to its new place
  for copy-on-write.
- "reftable_load": the refcount table is read.
- "reftable_grow": the refcount table is enlarged.
- "reftable_update": an entry of the refcount table is written.
- "refblock_load": a refcount block is read.
- "refblock_update": a whole refcount block is written after a change.
- "refblock_update_part": part of a refcount block is written after a
  change.
- "refblock_alloc": a new refcount block is allocated.
- "refblock_alloc_hookup": a new refcount block is entered into the
  refcount table.
- "refblock_alloc_write": a new refcount block is written.
- "refblock_alloc_write_blocks": the refcount blocks that cover a new,
  larger refcount table are written.
- "refblock_alloc_write_table": a new, larger refcount table is written.
- "refblock_alloc_switch_table": the image header is switched to the new
  refcount table.
- "cluster_alloc": clusters are allocated for guest data.
- "cluster_alloc_bytes": space smaller than a cluster is allocated (for
  compressed data).
- "cluster_free": clusters are freed.
- "flush_to_os": data is flushed from QEMU to the host operating system.
- "flush_to_disk": the host is asked to flush its caches to the disk.
- "pwritev_rmw_head": the head of an unaligned write is read for a
  read-modify-write cycle.
- "pwritev_rmw_after_head": the read of the head of an unaligned write has
  completed.
- "pwritev_rmw_tail": the tail of an unaligned write is read for a
  read-modify-write cycle.
- "pwritev_rmw_after_tail": the read of the tail of an unaligned write has
  completed.
- "pwritev": a write request is about to be passed to the driver.
- "pwritev_zero": a write of zeroes is about to be passed to the driver.
- "pwritev_done": a write request has been handled by the driver.
- "empty_image_prepare": an image is being emptied (all its data dropped).
- "l1_shrink_write_table": zeroes are written over the part of the L1 table
  that an image shrink cuts off. (Since 2.11)
- "l1_shrink_free_l2_clusters": the L2 tables no longer needed after an
  image shrink are discarded. (Since 2.11)
- "cor_write": data is written into the image by copy-on-read. (Since 2.11)
- "cluster_alloc_space": space in the image file is allocated for a
  cluster. (Since 4.1)
- "none": fires once, when the blkdebug node is created; a rule on it is in
  effect from the start. (Since 4.1)

Since: 2.9

EQMP

    {
        .enum               = "BlkdebugIOType",
        .values             = "read,write,write-zeroes,discard,flush,block-status",
    },

SQMP
BlkdebugIOType
--------------

The kinds of request a blkdebug error injection rule applies to.

Values:

- "read": read requests (the driver's .bdrv_co_preadv()).
- "write": write requests (.bdrv_co_pwritev()).
- "write-zeroes": requests to write zeroes (.bdrv_co_pwrite_zeroes()).
- "discard": discard requests (.bdrv_co_pdiscard()).
- "flush": flushes to the disk (.bdrv_co_flush_to_disk()).
- "block-status": queries of the allocation status of a range
  (.bdrv_co_block_status()).

Since: 4.1

EQMP

    {
        .struct             = "BlkdebugInjectErrorOptions",
        .members            = "event:BlkdebugEvent,"
                              "state:int?,"
                              "iotype:BlkdebugIOType?,"
                              "errno:int?,"
                              "sector:int?,"
                              "once:bool?,"
                              "immediately:bool?",
    },

SQMP
BlkdebugInjectErrorOptions
--------------------------

One error injection rule of a blkdebug node: when "event" happens while
the node is in the given state, the matching request fails with the given
errno.

Members:

- "event": the point of the I/O path that triggers the rule.
- "state": the state number the node has to be in for the rule to fire
  (a blkdebug node starts in state 1). Absent: any state.
- "iotype": the kind of request that fails. Absent: reads, writes,
  write-zeroes, discards and flushes (every kind but block-status).
  (Since 4.1)
- "errno": the error number the request fails with, as a positive host
  errno value (5 is EIO, 28 is ENOSPC). Absent: EIO.
- "sector": only a request touching this sector (in 512-byte units) fails.
  Absent: any sector.
- "once": true to disable the rule after it fired once. Absent: false.
- "immediately": true to fail the request at once, instead of completing
  it with the error asynchronously. Absent: false.

Since: 2.9

EQMP

    {
        .struct             = "BlkdebugSetStateOptions",
        .members            = "event:BlkdebugEvent,"
                              "state:int?,"
                              "new_state:int",
    },

SQMP
BlkdebugSetStateOptions
-----------------------

One state transition rule of a blkdebug node: when "event" happens while
the node is in the given state, the node moves to "new_state". Together
with the "state" of error injection rules this lets a test fail a request
only after a given sequence of events.

Members:

- "event": the point of the I/O path that triggers the transition.
- "state": the state number the node has to be in for the transition to
  happen. Absent: any state.
- "new_state": the state number the node moves to.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsBlkdebug",
        .members            = "image:BlockdevRef,"
                              "config:str?,"
                              "align:int?,"
                              "max-transfer:int32?,"
                              "opt-write-zero:int32?,"
                              "max-write-zero:int32?,"
                              "opt-discard:int32?,"
                              "max-discard:int32?,"
                              "inject-error:[BlkdebugInjectErrorOptions]?,"
                              "set-state:[BlkdebugSetStateOptions]?,"
                              "take-child-perms:[BlockPermission]?,"
                              "unshare-child-perms:[BlockPermission]?",
    },

SQMP
BlockdevOptionsBlkdebug
-----------------------

Options of the blkdebug filter, a test tool that sits above a node and
fails chosen requests, changes the request limits the layers above see,
and takes extra permissions on its child. Rules can be given here or in a
configuration file.

Members:

- "image": the node the filter passes requests to (an image file or any
  other node).
- "config": the path of a blkdebug configuration file with [inject-error]
  and [set-state] sections, read in addition to the rules given here.
- "align": the alignment, in bytes, that requests must have: a power of 2,
  or 0 for the child's own alignment. Absent: 0.
- "max-transfer": the largest size of one request, in bytes: a multiple of
  "align" and of the child's request alignment (not necessarily a power of
  2), or 0 for the default. (Since 2.10)
- "opt-write-zero": the preferred alignment of write-zeroes requests, in
  bytes: a multiple of "align" and of the child's request alignment (not
  necessarily a power of 2), or 0 for the default. (Since 2.10)
- "max-write-zero": the largest size of one write-zeroes request, in bytes:
  a multiple of "align", of "opt-write-zero" and of the child's request
  alignment (not necessarily a power of 2), or 0 for the default.
  (Since 2.10)
- "opt-discard": the preferred alignment of discard requests, in bytes: a
  multiple of "align" and of the child's request alignment (not
  necessarily a power of 2), or 0 for the default. (Since 2.10)
- "max-discard": the largest size of one discard request, in bytes: a
  multiple of "align", of "opt-discard" and of the child's request
  alignment (not necessarily a power of 2), or 0 for the default.
  (Since 2.10)
- "inject-error": the error injection rules. Absent: none.
- "set-state": the state transition rules. Absent: none.
- "take-child-perms": permissions to take on "image" on top of those the
  node's use needs anyway. Absent: none. (Since 5.0)
- "unshare-child-perms": permissions to deny other users of "image" on top
  of those that cannot be shared anyway. Absent: none. (Since 5.0)

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsBlklogwrites",
        .members            = "file:BlockdevRef,"
                              "log:BlockdevRef,"
                              "log-sector-size:uint32?,"
                              "log-append:bool?,"
                              "log-super-update-interval:uint64?",
    },

SQMP
BlockdevOptionsBlklogwrites
---------------------------

Options of the blklogwrites filter, which passes requests to "file" and
records every write in a separate log node (in the format of the Linux
dm-log-writes target), so that the history of writes can be replayed or
checked later, e.g. to test a file system's crash consistency.

Members:

- "file": the node the writes go to.
- "log": the node that receives the log of the writes made to "file".
- "log-sector-size": the sector size of the log, in bytes: offsets and
  lengths of writes are logged in these units. Absent: 512.
- "log-append": true to add to a log that already exists on "log"; false
  starts a new log. Absent: false.
- "log-super-update-interval": after how many write requests the log's
  super block is written to the disk again. Absent: 4096.

Since: 3.0

EQMP

    {
        .struct             = "BlockdevOptionsBlkverify",
        .members            = "test:BlockdevRef,"
                              "raw:BlockdevRef",
    },

SQMP
BlockdevOptionsBlkverify
------------------------

Options of the blkverify filter, a test tool: every write goes to both
children and every read is done on both and compared; a difference means
the node under test is broken, and QEMU reports it and exits.

Members:

- "test": the node under test.
- "raw": a raw image with the expected content, read for comparison.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsBlkreplay",
        .members            = "image:BlockdevRef",
    },

SQMP
BlockdevOptionsBlkreplay
------------------------

Options of the blkreplay filter, which makes the block requests of a node
deterministic for record/replay (-icount with rr=record or rr=replay): it
records when requests complete and replays them in the same order.

Members:

- "image": the node whose requests are recorded or replayed.

Since: 4.2

EQMP

    {
        .enum               = "QuorumReadPattern",
        .values             = "quorum,fifo",
    },

SQMP
QuorumReadPattern
-----------------

How a quorum node serves reads.

Values:

- "quorum": read from every child and return the data that enough children
  agree on (see "vote-threshold").
- "fifo": read from the first child that has not failed, and from the next
  one only when it fails; no vote takes place.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsQuorum",
        .members            = "blkverify:bool?,"
                              "children:[BlockdevRef],"
                              "vote-threshold:int,"
                              "rewrite-corrupted:bool?,"
                              "read-pattern:QuorumReadPattern?",
    },

SQMP
BlockdevOptionsQuorum
---------------------

Options of the quorum driver, which keeps the same data on several child
nodes, writes to all of them, and checks reads by a vote among the
children, so that a corrupt or failing copy is noticed (QUORUM_REPORT_BAD,
QUORUM_FAILURE).

Members:

- "blkverify": true to treat any content difference between the children
  as fatal, with its details printed (blkverify mode). It needs exactly two
  children, "vote-threshold" 2, and excludes "rewrite-corrupted". Absent:
  false.
- "children": the child nodes, as names of existing nodes or options of
  new ones.
- "vote-threshold": how many children must return the same data for a read
  to succeed; a read with fewer in agreement fails. At least 1 and at most
  the number of children.
- "rewrite-corrupted": true to write the agreed data back to the children
  that returned something else, once a quorum is reached. Absent: false.
  (Since 2.1)
- "read-pattern": how reads are served. Absent: "quorum". (Since 2.2)

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsGluster",
        .members            = "volume:str,"
                              "path:str,"
                              "server:[SocketAddress],"
                              "debug:int?,"
                              "logfile:str?",
    },

SQMP
BlockdevOptionsGluster
----------------------

Options of the gluster protocol driver, which accesses an image stored on a
GlusterFS volume through libgfapi.

Members:

- "volume": the name of the Gluster volume that holds the image.
- "path": the absolute path of the image file inside the volume.
- "server": the Gluster servers to contact, tried in turn.
- "debug": the libgfapi log level. Absent: 4 (errors only). (Since 2.8)
- "logfile": the file libgfapi logs to. Absent: /dev/stderr. (Since 2.8)

Since: 2.9

EQMP

#if defined(CONFIG_BLKIO)
    {
        .struct             = "BlockdevOptionsIoUring",
        .members            = "filename:str",
    },
#endif

SQMP
BlockdevOptionsIoUring
----------------------

Options of the io_uring driver, which accesses a host file through
libblkio with Linux io_uring. Only in QEMU builds with libblkio
(CONFIG_BLKIO).

Members:

- "filename": the path of the image file on the host.

Since: 7.2

EQMP

#if defined(CONFIG_BLKIO)
    {
        .struct             = "BlockdevOptionsNvmeIoUring",
        .members            = "path:str",
    },
#endif

SQMP
BlockdevOptionsNvmeIoUring
--------------------------

Options of the nvme-io_uring driver, which sends NVMe commands to a host
NVMe namespace through libblkio and io_uring passthrough. Only in QEMU
builds with libblkio (CONFIG_BLKIO).

Members:

- "path": the path of the namespace's character device, such as
  /dev/ng0n1.

Since: 7.2

EQMP

#if defined(CONFIG_BLKIO)
    {
        .struct             = "BlockdevOptionsVirtioBlkVfioPci",
        .members            = "path:str",
    },
#endif

SQMP
BlockdevOptionsVirtioBlkVfioPci
-------------------------------

Options of the virtio-blk-vfio-pci driver, which drives a virtio-blk PCI
device of the host through libblkio and VFIO. Only in QEMU builds with
libblkio (CONFIG_BLKIO).

Members:

- "path": the sysfs directory of the PCI device, such as
  /sys/bus/pci/devices/0000:00:01.0.

Since: 7.2

EQMP

#if defined(CONFIG_BLKIO)
    {
        .struct             = "BlockdevOptionsVirtioBlkVhostUser",
        .members            = "path:str",
    },
#endif

SQMP
BlockdevOptionsVirtioBlkVhostUser
---------------------------------

Options of the virtio-blk-vhost-user driver, which connects through
libblkio to a vhost-user block server (such as qemu-storage-daemon's
vhost-user-blk export). Only in QEMU builds with libblkio (CONFIG_BLKIO).

Members:

- "path": the path of the server's vhost-user Unix domain socket.

Since: 7.2

EQMP

#if defined(CONFIG_BLKIO)
    {
        .struct             = "BlockdevOptionsVirtioBlkVhostVdpa",
        .members            = "path:str",
        .features           = ""
#if defined(CONFIG_BLKIO_VHOST_VDPA_FD)
                              "fdset"
#endif
                              "",
    },
#endif

SQMP
BlockdevOptionsVirtioBlkVhostVdpa
---------------------------------

Options of the virtio-blk-vhost-vdpa driver, which drives a vDPA block
device of the host through libblkio. Only in QEMU builds with libblkio
(CONFIG_BLKIO).

Members:

- "path": the path of the vhost-vdpa character device.

Features:

- "fdset": "path" may be "/dev/fdset/N", to use a file descriptor passed
  to QEMU beforehand (add-fd) instead of opening the device. Only in builds
  whose libblkio supports it (CONFIG_BLKIO_VHOST_VDPA_FD). (Since 8.1)

Since: 7.2

EQMP

    {
        .enum               = "IscsiTransport",
        .values             = "tcp,iser",
    },

SQMP
IscsiTransport
--------------

The transport libiscsi uses to reach an iSCSI target.

Values:

- "tcp": iSCSI over TCP/IP.
- "iser": iSCSI Extensions for RDMA (iSER).

Since: 2.9

EQMP

    {
        .enum               = "IscsiHeaderDigest",
        .prefix             = "QAPI_ISCSI_HEADER_DIGEST",
        .values             = "crc32c,none,crc32c-none,none-crc32c",
    },

SQMP
IscsiHeaderDigest
-----------------

Whether the iSCSI PDU headers carry a CRC32C digest, as negotiated with the
target by libiscsi. The C enum of these values carries the prefix
QAPI_ISCSI_HEADER_DIGEST.

Values:

- "crc32c": digests are required.
- "none": no digests.
- "crc32c-none": digests preferred, none accepted.
- "none-crc32c": no digests preferred, digests accepted.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsIscsi",
        .members            = "transport:IscsiTransport,"
                              "portal:str,"
                              "target:str,"
                              "lun:int?,"
                              "user:str?,"
                              "password-secret:str?,"
                              "initiator-name:str?,"
                              "header-digest:IscsiHeaderDigest?,"
                              "timeout:int?",
    },

SQMP
BlockdevOptionsIscsi
--------------------

Options of the iscsi protocol driver, which accesses a LUN of an iSCSI
target through libiscsi.

Members:

- "transport": the transport used to reach the target.
- "portal": the address of the iSCSI portal, host with an optional
  ":port".
- "target": the IQN of the target.
- "lun": the logical unit number to use. Absent: 0.
- "user": the user name for CHAP authentication. Absent: no CHAP
  authentication.
- "password-secret": the ID of a "secret" object that holds the CHAP
  password. Required when "user" is given.
- "initiator-name": the IQN QEMU presents to the target as its initiator
  name. Absent: a name is generated.
- "header-digest": the header digest to negotiate. Absent: "none-crc32c".
- "timeout": the time, in seconds, after which a request times out; 0
  means never. Absent: 0.

Since: 2.9

EQMP

    {
        .enum               = "RbdAuthMode",
        .values             = "cephx,none",
    },

SQMP
RbdAuthMode
-----------

An authentication mode the rbd driver may use with a Ceph cluster (the Ceph
option auth_client_required).

Values:

- "cephx": Ceph's cephx authentication, with the key given by "key-secret"
  or the Ceph configuration.
- "none": no authentication.

Since: 3.0

EQMP

    {
        .enum               = "RbdImageEncryptionFormat",
        .values             = "luks,luks2,luks-any",
    },

SQMP
RbdImageEncryptionFormat
------------------------

The encryption formats of RBD images handled by librbd. It selects the
branch of RbdEncryptionOptions and RbdEncryptionCreateOptions.

Values:

- "luks": LUKS version 1.
- "luks2": LUKS version 2.
- "luks-any": either LUKS version, as found in the image; only for opening
  an image, not for creating one. (Since 8.0)

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKSBase",
        .members            = "key-secret:str",
    },

SQMP
RbdEncryptionOptionsLUKSBase
----------------------------

The settings every LUKS variant needs to open an encrypted RBD image.

Members:

- "key-secret": the ID of a "secret" object that holds the passphrase
  unlocking the encryption.

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionCreateOptionsLUKSBase",
        .base               = "RbdEncryptionOptionsLUKSBase",
        .members            = "cipher-alg:QCryptoCipherAlgo?",
    },

SQMP
RbdEncryptionCreateOptionsLUKSBase
----------------------------------

The settings every LUKS variant needs to format an RBD image with
encryption: the passphrase and the cipher.

Members:

- "cipher-alg": the cipher of the new encryption; QEMU supports aes-128
  and aes-256. Absent: aes-256.

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKS",
        .base               = "RbdEncryptionOptionsLUKSBase",
    },

SQMP
RbdEncryptionOptionsLUKS
------------------------

The options to open an RBD image encrypted with LUKS version 1: only the
passphrase ("key-secret").

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKS2",
        .base               = "RbdEncryptionOptionsLUKSBase",
    },

SQMP
RbdEncryptionOptionsLUKS2
-------------------------

The options to open an RBD image encrypted with LUKS version 2: only the
passphrase ("key-secret").

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKSAny",
        .base               = "RbdEncryptionOptionsLUKSBase",
    },

SQMP
RbdEncryptionOptionsLUKSAny
---------------------------

The options to open an RBD image encrypted with either LUKS version, the
version being detected from the image: only the passphrase ("key-secret").

Since: 8.0

EQMP

    {
        .struct             = "RbdEncryptionCreateOptionsLUKS",
        .base               = "RbdEncryptionCreateOptionsLUKSBase",
    },

SQMP
RbdEncryptionCreateOptionsLUKS
------------------------------

The options to format an RBD image with LUKS version 1 encryption: the
passphrase and, optionally, the cipher.

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionCreateOptionsLUKS2",
        .base               = "RbdEncryptionCreateOptionsLUKSBase",
    },

SQMP
RbdEncryptionCreateOptionsLUKS2
-------------------------------

The options to format an RBD image with LUKS version 2 encryption: the
passphrase and, optionally, the cipher.

Since: 6.1

EQMP

    {
        .union              = "RbdEncryptionOptions",
        .members            = "format:RbdImageEncryptionFormat,"
                              "parent:RbdEncryptionOptions?",
        .discriminator      = "format",
        .variants           = "luks:RbdEncryptionOptionsLUKS,"
                              "luks2:RbdEncryptionOptionsLUKS2,"
                              "luks-any:RbdEncryptionOptionsLUKSAny",
    },

SQMP
RbdEncryptionOptions
--------------------

How to open an encrypted RBD image. "format" selects the LUKS variant and
with it the further members.

Members:

- "format": the encryption format of the image.
- "parent": the encryption options of the parent image, for a cloned
  image. Not needed when the clone uses the same format and passphrase as
  its parent (it was not formatted on its own), or when the parent is not
  encrypted. (Since 8.0)

Since: 6.1

EQMP

    {
        .union              = "RbdEncryptionCreateOptions",
        .members            = "format:RbdImageEncryptionFormat",
        .discriminator      = "format",
        .variants           = "luks:RbdEncryptionCreateOptionsLUKS,"
                              "luks2:RbdEncryptionCreateOptionsLUKS2",
    },

SQMP
RbdEncryptionCreateOptions
--------------------------

How to encrypt an RBD image being created. "format" selects the LUKS
version and with it the further members; "luks-any" cannot be used here.

Members:

- "format": the encryption format to format the image with.

Since: 6.1

EQMP

    {
        .struct             = "BlockdevOptionsRbd",
        .members            = "pool:str,"
                              "namespace:str?,"
                              "image:str,"
                              "conf:str?,"
                              "snapshot:str?,"
                              "encrypt:RbdEncryptionOptions?,"
                              "user:str?,"
                              "auth-client-required:[RbdAuthMode]?,"
                              "key-secret:str?,"
                              "server:[InetSocketAddressBase]?",
    },

SQMP
BlockdevOptionsRbd
------------------

Options of the rbd protocol driver, which accesses an image of a Ceph RADOS
block device (RBD) through librbd.

Members:

- "pool": the Ceph pool that holds the image.
- "namespace": the RADOS namespace inside the pool. Absent: the pool's
  default namespace. (Since 5.0)
- "image": the name of the image in the pool.
- "conf": the path of a Ceph configuration file to read; options given
  here override its values. Absent: Ceph's default configuration file is
  read.
- "snapshot": the name of an RBD snapshot to open instead of the image's
  current state.
- "encrypt": how to decrypt an encrypted image. (Since 6.1)
- "user": the Ceph client ID to connect as.
- "auth-client-required": the authentication modes to accept; this sets
  the Ceph option auth_client_required. (Since 3.0)
- "key-secret": the ID of a "secret" object that holds the key for cephx
  authentication; this sets the Ceph option key. (Since 3.0)
- "server": the Ceph monitors to contact (host and port of each); this
  sets the Ceph option mon_host.

Since: 2.9

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .enum               = "ReplicationMode",
        .values             = "primary,secondary",
    },
#endif

SQMP
ReplicationMode
---------------

The role of a replication node in COLO (continuous replication between a
primary and a secondary QEMU). Only in QEMU builds with replication support
(CONFIG_REPLICATION).

Values:

- "primary": the primary side, whose VM state is sent to the secondary
  QEMU.
- "secondary": the secondary side, which receives the VM state from the
  primary QEMU.

Since: 2.9

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .struct             = "BlockdevOptionsReplication",
        .base               = "BlockdevOptionsGenericFormat",
        .members            = "mode:ReplicationMode,"
                              "top-id:str?",
    },
#endif

SQMP
BlockdevOptionsReplication
--------------------------

Options of the replication filter used by COLO to keep the disks of a
primary and a secondary QEMU in step. Only in QEMU builds with replication
support (CONFIG_REPLICATION).

Members:

- "mode": whether this node is on the primary or the secondary side.
- "top-id": on the secondary side, the node name or device ID of the root
  node above the replication node's chain. Must be absent in primary
  mode.

Since: 2.9

EQMP

    {
        .enum               = "NFSTransport",
        .values             = "inet",
    },

SQMP
NFSTransport
------------

The transport the nfs driver uses to reach the server.

Values:

- "inet": TCP/IP.

Since: 2.9

EQMP

    {
        .struct             = "NFSServer",
        .members            = "type:NFSTransport,"
                              "host:str",
    },

SQMP
NFSServer
---------

The address of an NFS server.

Members:

- "type": the transport; only TCP ("inet") exists.
- "host": the host name or IP address of the NFS server.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsNfs",
        .members            = "server:NFSServer,"
                              "path:str,"
                              "user:int?,"
                              "group:int?,"
                              "tcp-syn-count:int?,"
                              "readahead-size:int?,"
                              "page-cache-size:int?,"
                              "debug:int?",
    },

SQMP
BlockdevOptionsNfs
------------------

Options of the nfs protocol driver, which accesses an image file on an NFS
server through libnfs, without mounting the export on the host.

Members:

- "server": the NFS server.
- "path": the path of the image on the server (export path and file).
- "user": the UID to present to the server. Absent: the UID QEMU runs as
  (getuid()); 65534 on Windows.
- "group": the GID to present to the server. Absent: the GID QEMU runs as
  (getgid()); 65534 on Windows.
- "tcp-syn-count": how many SYN packets to send when the TCP connection is
  set up. Absent: libnfs's default.
- "readahead-size": the size of the read-ahead, in bytes. Absent: libnfs's
  default.
- "page-cache-size": the size of the page cache, in bytes. Absent: libnfs's
  default.
- "debug": the NFS debug level, at most 2. Absent: libnfs's default.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsCurlBase",
        .members            = "url:str,"
                              "readahead:int?,"
                              "timeout:int?,"
                              "username:str?,"
                              "password-secret:str?,"
                              "proxy-username:str?,"
                              "proxy-password-secret:str?",
    },

SQMP
BlockdevOptionsCurlBase
-----------------------

The options the curl based drivers (http, https, ftp, ftps) share. These
drivers read an image from a URL through libcurl; they are read-only.

Members:

- "url": the URL of the image file.
- "readahead": how many bytes to read ahead and cache; a multiple of 512.
  Absent: 256 KiB.
- "timeout": the connection timeout, in seconds. Absent: 5.
- "username": the user name for authentication. Absent: none.
- "password-secret": the ID of a "secret" object that holds the password
  for authentication. Absent: no password.
- "proxy-username": the user name for authentication at the proxy. Absent:
  none.
- "proxy-password-secret": the ID of a "secret" object that holds the
  password for the proxy. Absent: no password.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsCurlHttp",
        .base               = "BlockdevOptionsCurlBase",
        .members            = "cookie:str?,"
                              "cookie-secret:str?",
    },

SQMP
BlockdevOptionsCurlHttp
-----------------------

Options of the http driver, which reads an image over HTTP; the URL must
begin with "http://".

Members:

- "cookie": the cookies to send, written "name1=content1; name2=content2;"
  (the syntax of libcurl's CURLOPT_COOKIE). Absent: none.
- "cookie-secret": the ID of a "secret" object that holds the cookie data,
  in the syntax of "cookie", to keep it out of command lines and logs.
  (Since 2.10)

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsCurlHttps",
        .base               = "BlockdevOptionsCurlBase",
        .members            = "cookie:str?,"
                              "sslverify:bool?,"
                              "cookie-secret:str?",
    },

SQMP
BlockdevOptionsCurlHttps
------------------------

Options of the https driver, which reads an image over HTTPS; the URL must
begin with "https://".

Members:

- "cookie": the cookies to send, written "name1=content1; name2=content2;"
  (the syntax of libcurl's CURLOPT_COOKIE). Absent: none.
- "sslverify": whether the server's certificate is verified. Absent: true.
- "cookie-secret": the ID of a "secret" object that holds the cookie data,
  in the syntax of "cookie", to keep it out of command lines and logs.
  (Since 2.10)

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsCurlFtp",
        .base               = "BlockdevOptionsCurlBase",
    },

SQMP
BlockdevOptionsCurlFtp
----------------------

Options of the ftp driver, which reads an image over FTP; the URL must
begin with "ftp://". It has only the options shared by all curl drivers.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsCurlFtps",
        .base               = "BlockdevOptionsCurlBase",
        .members            = "sslverify:bool?",
    },

SQMP
BlockdevOptionsCurlFtps
-----------------------

Options of the ftps driver, which reads an image over FTP with TLS; the URL
must begin with "ftps://".

Members:

- "sslverify": whether the server's certificate is verified. Absent: true.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsNbd",
        .members            = "server:SocketAddress,"
                              "export:str?,"
                              "tls-creds:str?,"
                              "tls-hostname:str?,"
                              "x-dirty-bitmap:str? +unstable,"
                              "reconnect-delay:uint32?,"
                              "open-timeout:uint32?",
    },

SQMP
BlockdevOptionsNbd
------------------

Options of the nbd protocol driver, a client of a Network Block Device
server (such as qemu-nbd or another QEMU's NBD export).

Members:

- "server": the address of the NBD server.
- "export": the name of the export to use. Absent: the server's default
  export (the empty name).
- "tls-creds": the ID of a TLS credentials object (such as
  tls-creds-x509) to encrypt the connection with. Absent: no TLS.
- "tls-hostname": the host name to check the server's certificate against,
  instead of the one in "server". (Since 7.0)
- "x-dirty-bitmap": the name of a metadata context to ask for in place of
  the usual "base:allocation" block status, such as
  "qemu:dirty-bitmap:NAME" or "qemu:allocation-depth" (see
  NBD_OPT_LIST_META_CONTEXT in the NBD protocol). The name says bitmap, but
  any context works. (Since 3.0)
- "reconnect-delay": after an unexpected disconnect, the client keeps
  trying to reconnect until it succeeds or hits a serious error; for this
  many seconds requests wait and are retried once connected again, after
  that they fail at once until the connection is back. Absent: 0 (no
  waiting). (Since 4.2)
- "open-timeout": for how many seconds the first connection is retried
  while the node is opened; 0 tries once and fails the open if that fails.
  Absent: 0. (Since 7.0)

Features:

- "unstable": "x-dirty-bitmap" is experimental and may change or go away.

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsRaw",
        .base               = "BlockdevOptionsGenericFormat",
        .members            = "offset:int?,"
                              "size:int?",
    },

SQMP
BlockdevOptionsRaw
------------------

Options of the raw format driver, which passes the data of "file" through
unchanged, optionally limited to a window of it.

Members:

- "offset": the byte offset in "file" at which the node's data begins.
  Absent: 0.
- "size": the size of the node, in bytes: a multiple of 512, and "offset"
  plus "size" must not exceed the size of "file". Absent: everything from
  "offset" to the end of "file".

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsThrottle",
        .members            = "throttle-group:str,"
                              "file:BlockdevRef",
    },

SQMP
BlockdevOptionsThrottle
-----------------------

Options of the throttle filter, which limits the I/O of the node below it
according to the limits of a throttle group; the nodes of one group share
its limits.

Members:

- "throttle-group": the ID of the throttle-group object whose limits apply;
  the object must exist before the node is added.
- "file": the node whose requests are throttled: the name of an existing
  node or the options of a new one.

Since: 2.11

EQMP

    {
        .struct             = "BlockdevOptionsCor",
        .base               = "BlockdevOptionsGenericFormat",
        .members            = "bottom:str?",
    },

SQMP
BlockdevOptionsCor
------------------

Options of the copy-on-read filter: data read through it from the backing
chain of "file" is written into "file", so that later reads find it
there.

Members:

- "bottom": the node name of a non-filter node of the backing chain (one
  that holds data) that is the last one copied from: data found in it is
  still copied, data of nodes below it is not. Absent: data from every
  backing layer may be copied.

Since: 6.0

EQMP

    {
        .enum               = "OnCbwError",
        .values             = "break-guest-write,break-snapshot",
    },

SQMP
OnCbwError
----------

What a copy-before-write filter does when copying the old data to its
target fails.

Values:

- "break-guest-write": fail the guest's write, so that the guest cannot
  overwrite data not yet copied and the backup stays valid.
- "break-snapshot": let the guest's write proceed; the snapshot the filter
  provides becomes invalid, and a backup or export reading from it will
  fail in the end.

Since: 7.1

EQMP

    {
        .struct             = "BlockdevOptionsCbw",
        .base               = "BlockdevOptionsGenericFormat",
        .members            = "target:BlockdevRef,"
                              "bitmap:BlockDirtyBitmap?,"
                              "on-cbw-error:OnCbwError?,"
                              "cbw-timeout:uint32?,"
                              "min-cluster-size:size?",
    },

SQMP
BlockdevOptionsCbw
------------------

Options of the copy-before-write filter, the basis of backup and of
image-fleecing exports: before a write reaches "file", the filter reads the
data about to be overwritten and copies it to "target", and only then lets
the write through. If the copy fails, the write fails as well and "file"
is not changed (unless "on-cbw-error" says otherwise).

Members:

- "target": the node that receives the old data.
- "bitmap": a dirty bitmap restricting copy-before-write to the regions it
  marks dirty. Its size must be equal to the length of "file" and "target".
  It is only read when the filter starts: later changes to the bitmap, or
  its removal, have no effect on the filter. Absent: every region is
  copied. (Since 7.0)
- "on-cbw-error": what to do when a copy fails. Absent:
  "break-guest-write". (Since 7.1)
- "cbw-timeout": the time limit, in seconds, of one copy operation; an
  operation that takes longer fails, and "on-cbw-error" decides what
  happens then. 0 means no limit. Absent: 0. (Since 7.1)
- "min-cluster-size": the smallest block size, in bytes, that copy
  operations use; a power of 2. It has no effect when it is smaller than
  the larger of the target's cluster size and 64 KiB. Absent: 0. (Since
  9.2)

Since: 6.2

EQMP

    {
        .union              = "BlockdevOptions",
        .members            = "driver:BlockdevDriver,"
                              "node-name:str?,"
                              "discard:BlockdevDiscardOptions?,"
                              "cache:BlockdevCacheOptions?,"
                              "active:bool?,"
                              "read-only:bool?,"
                              "auto-read-only:bool?,"
                              "force-share:bool?,"
                              "detect-zeroes:BlockdevDetectZeroesOptions?",
        .discriminator      = "driver",
        .variants           = "blkdebug:BlockdevOptionsBlkdebug,"
                              "blklogwrites:BlockdevOptionsBlklogwrites,"
                              "blkverify:BlockdevOptionsBlkverify,"
                              "blkreplay:BlockdevOptionsBlkreplay,"
                              "bochs:BlockdevOptionsGenericFormat,"
                              "cloop:BlockdevOptionsGenericFormat,"
                              "compress:BlockdevOptionsGenericFormat,"
                              "copy-before-write:BlockdevOptionsCbw,"
                              "copy-on-read:BlockdevOptionsCor,"
                              "dmg:BlockdevOptionsGenericFormat,"
                              "file:BlockdevOptionsFile,"
                              "ftp:BlockdevOptionsCurlFtp,"
                              "ftps:BlockdevOptionsCurlFtps,"
                              "gluster:BlockdevOptionsGluster,"
#if defined(HAVE_HOST_BLOCK_DEVICE)
                              "host_cdrom:BlockdevOptionsFile,"
#endif
#if defined(HAVE_HOST_BLOCK_DEVICE)
                              "host_device:BlockdevOptionsFile,"
#endif
                              "http:BlockdevOptionsCurlHttp,"
                              "https:BlockdevOptionsCurlHttps,"
#if defined(CONFIG_BLKIO)
                              "io_uring:BlockdevOptionsIoUring,"
#endif
                              "iscsi:BlockdevOptionsIscsi,"
                              "luks:BlockdevOptionsLUKS,"
                              "nbd:BlockdevOptionsNbd,"
                              "nfs:BlockdevOptionsNfs,"
                              "null-aio:BlockdevOptionsNull,"
                              "null-co:BlockdevOptionsNull,"
                              "nvme:BlockdevOptionsNVMe,"
#if defined(CONFIG_BLKIO)
                              "nvme-io_uring:BlockdevOptionsNvmeIoUring,"
#endif
                              "parallels:BlockdevOptionsGenericFormat,"
                              "preallocate:BlockdevOptionsPreallocate,"
                              "qcow2:BlockdevOptionsQcow2,"
                              "qcow:BlockdevOptionsQcow,"
                              "qed:BlockdevOptionsGenericCOWFormat,"
                              "quorum:BlockdevOptionsQuorum,"
                              "raw:BlockdevOptionsRaw,"
                              "rbd:BlockdevOptionsRbd,"
#if defined(CONFIG_REPLICATION)
                              "replication:BlockdevOptionsReplication,"
#endif
                              "snapshot-access:BlockdevOptionsGenericFormat,"
                              "ssh:BlockdevOptionsSsh,"
                              "throttle:BlockdevOptionsThrottle,"
                              "vdi:BlockdevOptionsGenericFormat,"
                              "vhdx:BlockdevOptionsGenericFormat,"
#if defined(CONFIG_BLKIO)
                              "virtio-blk-vfio-pci:BlockdevOptionsVirtioBlkVfioPci,"
#endif
#if defined(CONFIG_BLKIO)
                              "virtio-blk-vhost-user:BlockdevOptionsVirtioBlkVhostUser,"
#endif
#if defined(CONFIG_BLKIO)
                              "virtio-blk-vhost-vdpa:BlockdevOptionsVirtioBlkVhostVdpa,"
#endif
                              "vmdk:BlockdevOptionsGenericCOWFormat,"
                              "vpc:BlockdevOptionsGenericFormat,"
                              "vvfat:BlockdevOptionsVVFAT",
    },

SQMP
BlockdevOptions
---------------

The complete options of one block node, as given to blockdev-add and
blockdev-reopen (and nested wherever a child node is defined inline). The
members below apply to every driver; "driver" selects which further,
driver-specific members are valid (for instance BlockdevOptionsQcow2 for
"qcow2", BlockdevOptionsFile for "file").

Members:

- "driver": the block driver of the node; its value decides the further
  members.
- "node-name": the name of the node in the block graph. Required at the
  top level of blockdev-add; a child defined inline without one gets a
  generated name (beginning with "#block"). A name starts with a letter,
  contains only letters, digits, "-", "." and "_", and is at most 31
  characters long. (Since 2.0)
- "discard": whether discard requests of the layers above are passed on
  ("unmap") or dropped ("ignore"). Absent: "ignore".
- "cache": the cache mode of the node (host page cache, flushes). Absent:
  the defaults of BlockdevCacheOptions.
- "active": false to open the node inactive, that is, without taking its
  image locks and without writing to it. This is mostly for migration: the
  destination can open an image while the source still holds it. Absent:
  true. (Since 10.0)
- "read-only": true to open the node read-only. Some drivers support only
  read-only access, always or in certain configurations; for them it has
  to be set to true explicitly. Absent: false.
- "auto-read-only": with "read-only" false, true lets QEMU fall back to
  read-only access instead of failing, and switch between read-only and
  read-write later as needed, for instance depending on whether the image
  file is writable or whether a user that writes is attached to the node.
  Absent: false. (Since 3.1)
- "force-share": true to share every permission on the new nodes with any
  other user, so that, for instance, an image that another process has
  open for writing can still be opened (the image locks are not enforced).
  Requires "read-only": true. Absent: false. (Since 2.10)
- "detect-zeroes": whether writes of data that is all zeroes are detected
  and turned into write-zeroes requests ("on") or into discards
  ("unmap", which also needs "discard": "unmap"). Absent: "off".
  (Since 2.1)

Since: 2.9

EQMP

    {
        .alternate          = "BlockdevRef",
        .variants           = "definition:BlockdevOptions,"
                              "reference:str",
    },

SQMP
BlockdevRef
-----------

A child node given either as the name of an existing node (a JSON string)
or as the options of a new node (a JSON object) created together with its
parent.

Members:

- "definition": the complete options of a new node, created inline.
- "reference": the name of an existing node (its node name; the name of a
  block device backend made with -drive is accepted too).

Since: 2.9

EQMP

    {
        .alternate          = "BlockdevRefOrNull",
        .variants           = "definition:BlockdevOptions,"
                              "reference:str,"
                              "null:null",
    },

SQMP
BlockdevRefOrNull
-----------------

A child node that can also be explicitly absent: the name of an existing
node, the options of a new node, or JSON null for no child at all (for
example, an image opened without its backing file).

Members:

- "definition": the complete options of a new node, created inline.
- "reference": the node name of an existing node. The empty string means
  no node, but that use is deprecated: use null instead.
- "null": no node. (Since 2.10)

Since: 2.9

EQMP

    {
        .name               = "blockdev-add",
        .args               = "BlockdevOptions",
        .boxed              = true,
        .allow_preconfig    = true,
    },

SQMP
blockdev-add
------------

Create a block node (and any child nodes defined inline with it) and add
it to the block graph. The node can then be used by a device (its "drive"
property), a block job, an export or another node. The arguments are one
BlockdevOptions object: "driver" selects the kind of node and with it the
other valid members.

Arguments: a BlockdevOptions object (the common members "driver",
"node-name", "discard", "cache", "active", "read-only", "auto-read-only",
"force-share" and "detect-zeroes", plus the members of the chosen driver).
"node-name" is required for the top-level node. A child such as "file" or
"backing" is either the name of an existing node or a nested
BlockdevOptions object.

Returns: an empty object once the node exists.

Errors:

- GenericError when a node with the same node name exists already, when an
  option is invalid for the driver, or when the image cannot be opened.

Example:

A qcow2 image over a host file, both nodes created in one request:

-> { "execute": "blockdev-add",
     "arguments": { "driver": "qcow2", "node-name": "disk0",
                    "file": { "driver": "file",
                              "filename": "/tmp/qd2/disk.qcow2" } } }
<- { "return": {} }

A 1 GiB null node whose reads return zeroes:

-> { "execute": "blockdev-add",
     "arguments": { "driver": "null-co", "node-name": "null0",
                    "size": 1073741824, "read-zeroes": true } }
<- { "return": {} }

A node name that is taken:

-> { "execute": "blockdev-add",
     "arguments": { "driver": "qcow2", "node-name": "vm0",
                    "file": "vm-file" } }
<- { "error": { "class": "GenericError",
                "desc": "Duplicate nodes with node-name='vm0'" } }

Since: 2.9

EQMP

    {
        .name               = "blockdev-reopen",
        .args_type          = "options:[BlockdevOptions]",
        .allow_preconfig    = true,
    },

SQMP
blockdev-reopen
---------------

Change the options of existing block nodes by opening them again with a
new, complete set of options. All nodes of the list are reopened in one
transaction: if one fails, none is changed.

Each entry is a full BlockdevOptions object: every option it does not give
goes back to its default, whatever it was before. The top-level
"node-name" of an entry is required and selects the node; a "node-name"
deeper in the entry must be absent or the current name of that node, as
the command never renames a node.

An option that refers to a child node can be:

1. a set of options: the child is reopened with these options;
2. the name of the current child: the child is reopened with its current
   options;
3. the name of another node: that node replaces the current child (only
   for "file" and "backing");
4. null: the current child is detached (only for "backing").

Unlike in blockdev-add, "backing" must always be given, unless the node
has no backing file and its image names no default backing file.

Arguments:

- "options": the new options of each node to reopen; each entry names its
  node in "node-name".

Returns: an empty object when every node was reopened.

Errors:

- GenericError when a node is not found, when an option cannot be changed
  (or cannot go back to its default) or the driver cannot reopen at all,
  or when an entry tries to rename a node; nothing is changed then.

Example:

-> { "execute": "blockdev-reopen",
     "arguments": { "options": [ { "driver": "qcow2", "node-name": "vm0",
                                   "file": "vm-file", "read-only": true,
                                   "l2-cache-size": 4194304 } ] } }
<- { "return": {} }

An option set earlier that the new set leaves out:

-> { "execute": "blockdev-reopen",
     "arguments": { "options": [ { "driver": "null-co", "node-name": "null0",
                                   "size": 2147483648 } ] } }
<- { "error": { "class": "GenericError",
                "desc": "Option 'read-zeroes' cannot be reset to its default value" } }

Since: 6.1

EQMP

    {
        .name               = "blockdev-del",
        .args_type          = "node-name:str",
        .allow_preconfig    = true,
    },

SQMP
blockdev-del
------------

Remove a block node that was created with blockdev-add. Child nodes that
were defined inline with it go away with it; nodes added on their own stay.
The node must not be attached to a device nor be in use otherwise (by a
block job, an export, another node).

Arguments:

- "node-name": the node name of the node to remove.

Returns: an empty object once the node is gone.

Errors:

- GenericError when no node has that name, or when the node is in use.

Example:

-> { "execute": "blockdev-del", "arguments": { "node-name": "null0" } }
<- { "return": {} }

A node that another node uses as its "file":

-> { "execute": "blockdev-del", "arguments": { "node-name": "vm-file" } }
<- { "error": { "class": "GenericError",
                "desc": "Block device vm-file is in use" } }

Since: 2.9

EQMP

    {
        .name               = "blockdev-set-active",
        .args_type          = "node-name:str?,"
                              "active:bool",
        .allow_preconfig    = true,
    },

SQMP
blockdev-set-active
-------------------

Make a block node active or inactive. An inactive node does not hold its
image locks nor write to its image, so another process can take it over:
this is how the handover of images works when qemu-storage-daemon takes
part in a migration. Activating a node first activates all of its
children; inactivating a node also inactivates each child that no active
node uses any more.

Arguments:

- "node-name": the node to change. Absent: every node.
- "active": true to activate, false to inactivate; on success the nodes are
  in that state.

Returns: an empty object once the nodes are in the requested state.

Errors:

- GenericError when no node has the given node name.

Example:

-> { "execute": "blockdev-set-active",
     "arguments": { "node-name": "disk0", "active": false } }
<- { "return": {} }

All nodes at once:

-> { "execute": "blockdev-set-active", "arguments": { "active": true } }
<- { "return": {} }

Since: 10.0

EQMP

    {
        .struct             = "BlockdevCreateOptionsFile",
        .members            = "filename:str,"
                              "size:size,"
                              "preallocation:PreallocMode?,"
                              "nocow:bool?,"
                              "extent-size-hint:size?",
    },

SQMP
BlockdevCreateOptionsFile
-------------------------

How blockdev-create creates an image file on the host (file driver).

Members:

- "filename": the path of the new file.
- "size": the size of the new file, in bytes.
- "preallocation": how much of the file to allocate at once: "off",
  "falloc" (in builds with posix_fallocate(), CONFIG_POSIX_FALLOCATE) or
  "full" (on POSIX hosts). Absent: "off".
- "nocow": true to turn off copy-on-write for the file; only has an effect
  on btrfs. Absent: false.
- "extent-size-hint": the extent size hint, in bytes, to set on the file
  for the host file system; 0 sets none. Absent: 1 MiB. (Since 5.1)

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsGluster",
        .members            = "location:BlockdevOptionsGluster,"
                              "size:size,"
                              "preallocation:PreallocMode?",
    },

SQMP
BlockdevCreateOptionsGluster
----------------------------

How blockdev-create creates an image file on a GlusterFS volume.

Members:

- "location": the volume, path and servers of the new file.
- "size": the size of the new file, in bytes.
- "preallocation": how much of the file to allocate at once: "off",
  "falloc" (in builds with CONFIG_GLUSTERFS_FALLOCATE) or "full" (in builds
  with CONFIG_GLUSTERFS_ZEROFILL). Absent: "off".

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsLUKS",
        .base               = "QCryptoBlockCreateOptionsLUKS",
        .members            = "file:BlockdevRef?,"
                              "header:BlockdevRef?,"
                              "size:size,"
                              "preallocation:PreallocMode?",
    },

SQMP
BlockdevCreateOptionsLUKS
-------------------------

How blockdev-create formats a LUKS encrypted image. The encryption
settings (passphrase secret, cipher, ...) come from the base,
QCryptoBlockCreateOptionsLUKS.

Members:

- "file": the node to write the LUKS image to. It may only be left out
  when no preallocation is requested.
- "header": a node to hold a detached LUKS header, kept apart from the
  encrypted data. Absent: the header is written at the start of "file".
  (Since 9.0)
- "size": the size of the virtual disk (the decrypted data), in bytes.
- "preallocation": how much of the image to allocate at once: "off",
  "metadata", "falloc" or "full". Absent: "off". (Since 4.2)

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsNfs",
        .members            = "location:BlockdevOptionsNfs,"
                              "size:size",
    },

SQMP
BlockdevCreateOptionsNfs
------------------------

How blockdev-create creates an image file on an NFS server.

Members:

- "location": the server and path of the new file.
- "size": the size of the new file, in bytes.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsParallels",
        .members            = "file:BlockdevRef,"
                              "size:size,"
                              "cluster-size:size?",
    },

SQMP
BlockdevCreateOptionsParallels
------------------------------

How blockdev-create formats an image in the Parallels format.

Members:

- "file": the node to write the image to.
- "size": the size of the virtual disk, in bytes.
- "cluster-size": the cluster size, in bytes. Absent: 1 MiB.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsQcow",
        .members            = "file:BlockdevRef,"
                              "size:size,"
                              "backing-file:str?,"
                              "encrypt:QCryptoBlockCreateOptions?",
    },

SQMP
BlockdevCreateOptionsQcow
-------------------------

How blockdev-create formats an image in the legacy qcow (version 1)
format.

Members:

- "file": the node to write the image to.
- "size": the size of the virtual disk, in bytes.
- "backing-file": the file name of the backing file to record in the
  image. Absent: no backing file.
- "encrypt": the encryption to set up. Absent: the image is not encrypted.

Since: 2.12

EQMP

    {
        .enum               = "BlockdevQcow2Version",
        .values             = "v2,v3",
    },

SQMP
BlockdevQcow2Version
--------------------

The version of the qcow2 format to create, which sets what QEMU releases
can open the image and which features it can use.

Values:

- "v2": the original qcow2 format of QEMU 0.10 (version 2, compat=0.10);
  lacks features such as lazy refcounts and other refcount widths.
- "v3": the extended format introduced in QEMU 1.1 (version 3,
  compat=1.1).

Since: 2.12

EQMP

    {
        .enum               = "Qcow2CompressionType",
        .values             = "zlib,"
#if defined(CONFIG_ZSTD)
                              "zstd"
#endif
                              "",
    },

SQMP
Qcow2CompressionType
--------------------

The algorithm a qcow2 image uses for its compressed clusters. It is fixed
when the image is created.

Values:

- "zlib": zlib (deflate) compression, see <http://zlib.net/>; the
  traditional algorithm, and the only one QEMU releases before 5.1 read.
- "zstd": Zstandard compression, see <http://github.com/facebook/zstd>;
  only in QEMU builds with zstd support (CONFIG_ZSTD).

Since: 5.1

EQMP

    {
        .struct             = "BlockdevCreateOptionsQcow2",
        .members            = "file:BlockdevRef,"
                              "data-file:BlockdevRef?,"
                              "data-file-raw:bool?,"
                              "extended-l2:bool?,"
                              "size:size,"
                              "version:BlockdevQcow2Version?,"
                              "backing-file:str?,"
                              "backing-fmt:BlockdevDriver?,"
                              "encrypt:QCryptoBlockCreateOptions?,"
                              "cluster-size:size?,"
                              "preallocation:PreallocMode?,"
                              "lazy-refcounts:bool?,"
                              "refcount-bits:int?,"
                              "compression-type:Qcow2CompressionType?",
    },

SQMP
BlockdevCreateOptionsQcow2
--------------------------

How blockdev-create formats a qcow2 image.

Members:

- "file": the node to write the image (its metadata, and its data unless
  "data-file" is given) to.
- "data-file": a node to use as an external data file: all guest data goes
  there and the qcow2 file keeps only metadata. (Since 4.0)
- "data-file-raw": true if the external data file must remain a valid raw
  image of the guest disk by itself, readable without the qcow2 metadata.
  Requires "data-file". Absent: false. (Since 4.0)
- "extended-l2": true to give the image extended L2 entries (subcluster
  allocation); needs a cluster size of at least 16 KiB. Absent: false.
  (Since 5.2)
- "size": the size of the virtual disk, in bytes.
- "version": the qcow2 version to create. Absent: "v3".
- "backing-file": the file name of the backing file to record in the
  image. Absent: no backing file.
- "backing-fmt": the format of the backing file to record in the image.
- "encrypt": the encryption to set up. Absent: the image is not encrypted.
- "cluster-size": the cluster size, in bytes: a power of two from 512 to
  2 MiB. Absent: 65536 (64 KiB).
- "preallocation": how much to allocate at once: "off", "metadata",
  "falloc" or "full". Absent: "off".
- "lazy-refcounts": true to enable lazy refcount updates; needs version
  "v3". Absent: false.
- "refcount-bits": the width of a reference count, in bits: a power of two
  up to 64; values other than 16 need version "v3". Absent: 16.
- "compression-type": the algorithm of compressed clusters. Absent: "zlib".
  (Since 5.1)

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsQed",
        .members            = "file:BlockdevRef,"
                              "size:size,"
                              "backing-file:str?,"
                              "backing-fmt:BlockdevDriver?,"
                              "cluster-size:size?,"
                              "table-size:int?",
    },

SQMP
BlockdevCreateOptionsQed
------------------------

How blockdev-create formats an image in the QED format.

Members:

- "file": the node to write the image to.
- "size": the size of the virtual disk, in bytes.
- "backing-file": the file name of the backing file to record in the
  image. Absent: no backing file.
- "backing-fmt": the format of the backing file to record in the image.
- "cluster-size": the cluster size, in bytes: a power of two from 4 KiB to
  64 MiB. Absent: 65536 (64 KiB).
- "table-size": the size of the L1 and L2 tables, in clusters: a power of
  two from 1 to 16. Absent: the driver's default.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsRbd",
        .members            = "location:BlockdevOptionsRbd,"
                              "size:size,"
                              "cluster-size:size?,"
                              "encrypt:RbdEncryptionCreateOptions?",
    },

SQMP
BlockdevCreateOptionsRbd
------------------------

How blockdev-create creates an image in a Ceph RBD pool.

Members:

- "location": the pool, image name and connection settings of the new
  image; it must not name a snapshot.
- "size": the size of the new image, in bytes.
- "cluster-size": the RBD object size, in bytes. Absent: librbd's default.
- "encrypt": the encryption to format the image with. Absent: the image is
  not encrypted. (Since 6.1)

Since: 2.12

EQMP

    {
        .enum               = "BlockdevVmdkSubformat",
        .values             = "monolithicSparse,monolithicFlat,twoGbMaxExtentSparse,"
                              "twoGbMaxExtentFlat,streamOptimized",
    },

SQMP
BlockdevVmdkSubformat
---------------------

The layout of a VMDK image: in one file or split, sparse or flat.

Values:

- "monolithicSparse": one file that holds descriptor and data, with
  clusters allocated as they are written.
- "monolithicFlat": a descriptor file and one fully allocated (flat) data
  file.
- "twoGbMaxExtentSparse": a descriptor file and sparse extent files that
  each hold at most 2 GB of the virtual disk.
- "twoGbMaxExtentFlat": a descriptor file and flat extent files that each
  hold at most 2 GB of the virtual disk.
- "streamOptimized": one sparse, compressed file, meant to be transferred
  over a network.

Since: 4.0

EQMP

    {
        .enum               = "BlockdevVmdkAdapterType",
        .values             = "ide,buslogic,lsilogic,legacyESX",
    },

SQMP
BlockdevVmdkAdapterType
-----------------------

The virtual disk controller a VMDK image declares in its descriptor (for
VMware products that read the image).

Values:

- "ide": an IDE controller.
- "buslogic": a BusLogic SCSI controller.
- "lsilogic": an LSI Logic SCSI controller.
- "legacyESX": the legacy ESX controller type.

Since: 4.0

EQMP

    {
        .struct             = "BlockdevCreateOptionsVmdk",
        .members            = "file:BlockdevRef,"
                              "size:size,"
                              "extents:[BlockdevRef]?,"
                              "subformat:BlockdevVmdkSubformat?,"
                              "backing-file:str?,"
                              "adapter-type:BlockdevVmdkAdapterType?,"
                              "hwversion:str?,"
                              "toolsversion:str?,"
                              "zeroed-grain:bool?",
    },

SQMP
BlockdevCreateOptionsVmdk
-------------------------

How blockdev-create formats a VMDK image.

Members:

- "file": the node for the image file with the monolithicSparse and
  streamOptimized subformats, or for the descriptor file with the others.
- "size": the size of the virtual disk, in bytes.
- "extents": the nodes for the data extents. Required for the
  monolithicFlat, twoGbMaxExtentSparse and twoGbMaxExtentFlat subformats:
  monolithicFlat needs one, the twoGbMaxExtent subformats need one per
  2 GB of virtual disk size. Giving more extents than are used is an
  error.
- "subformat": the layout of the image. Absent: "monolithicSparse".
- "backing-file": the path of a backing file. Absent: no backing file.
- "adapter-type": the controller type written into the descriptor.
  Absent: "ide".
- "hwversion": the virtual hardware version written into the descriptor;
  "4" and "6" are the meaningful values. Absent: "4".
- "toolsversion": the VMware guest tools version written into the
  descriptor. Absent: "2147483647". (Since 6.2)
- "zeroed-grain": true to enable the zeroed-grain feature; only for the
  sparse subformats. Absent: false.

Since: 4.0

EQMP

    {
        .struct             = "BlockdevCreateOptionsSsh",
        .members            = "location:BlockdevOptionsSsh,"
                              "size:size",
    },

SQMP
BlockdevCreateOptionsSsh
------------------------

How blockdev-create creates an image file on a host reached over SSH.

Members:

- "location": the server, path and login settings of the new file.
- "size": the size of the new file, in bytes.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsVdi",
        .members            = "file:BlockdevRef,"
                              "size:size,"
                              "preallocation:PreallocMode?",
    },

SQMP
BlockdevCreateOptionsVdi
------------------------

How blockdev-create formats an image in the VirtualBox VDI format.

Members:

- "file": the node to write the image to.
- "size": the size of the virtual disk, in bytes.
- "preallocation": "off", or "metadata" to map every block of the disk up
  front (a static image, whose file has the full size at once). Absent:
  "off".

Since: 2.12

EQMP

    {
        .enum               = "BlockdevVhdxSubformat",
        .values             = "dynamic,fixed",
    },

SQMP
BlockdevVhdxSubformat
---------------------

Whether a VHDX image grows or is allocated in full.

Values:

- "dynamic": the image file grows as data is written.
- "fixed": the image file is allocated for the full disk size up front.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsVhdx",
        .members            = "file:BlockdevRef,"
                              "size:size,"
                              "log-size:size?,"
                              "block-size:size?,"
                              "subformat:BlockdevVhdxSubformat?,"
                              "block-state-zero:bool?",
    },

SQMP
BlockdevCreateOptionsVhdx
-------------------------

How blockdev-create formats an image in the Hyper-V VHDX format.

Members:

- "file": the node to write the image to.
- "size": the size of the virtual disk, in bytes.
- "log-size": the size of the image's log, in bytes: a multiple of 1 MiB.
  Absent: 1 MiB.
- "block-size": the size of the payload blocks, in bytes: a multiple of
  1 MiB, at most 256 MiB. Absent: chosen from the image size.
- "subformat": whether the image grows or is fully allocated. Absent:
  "dynamic".
- "block-state-zero": true to mark unwritten payload blocks as of type
  ZERO. This departs from the specification but is the default; do not set
  it to false when qemu-img convert writes a dynamic image. Absent: true.

Since: 2.12

EQMP

    {
        .enum               = "BlockdevVpcSubformat",
        .values             = "dynamic,fixed",
    },

SQMP
BlockdevVpcSubformat
--------------------

Whether a VHD (vpc) image grows or is allocated in full.

Values:

- "dynamic": the image file grows as data is written.
- "fixed": the image file is allocated for the full disk size up front.

Since: 2.12

EQMP

    {
        .struct             = "BlockdevCreateOptionsVpc",
        .members            = "file:BlockdevRef,"
                              "size:size,"
                              "subformat:BlockdevVpcSubformat?,"
                              "force-size:bool?",
    },

SQMP
BlockdevCreateOptionsVpc
------------------------

How blockdev-create formats an image in the VHD format (vpc driver, as used
by Virtual PC and Hyper-V).

Members:

- "file": the node to write the image to.
- "size": the size of the virtual disk, in bytes.
- "subformat": whether the image grows or is fully allocated. Absent:
  "dynamic".
- "force-size": true to use exactly "size", instead of rounding it up to the
  next size a CHS (cylinders, heads, sectors) geometry can express. Absent:
  false.

Since: 2.12

EQMP

    {
        .union              = "BlockdevCreateOptions",
        .members            = "driver:BlockdevDriver",
        .discriminator      = "driver",
        .variants           = "file:BlockdevCreateOptionsFile,"
                              "gluster:BlockdevCreateOptionsGluster,"
                              "luks:BlockdevCreateOptionsLUKS,"
                              "nfs:BlockdevCreateOptionsNfs,"
                              "parallels:BlockdevCreateOptionsParallels,"
                              "qcow:BlockdevCreateOptionsQcow,"
                              "qcow2:BlockdevCreateOptionsQcow2,"
                              "qed:BlockdevCreateOptionsQed,"
                              "rbd:BlockdevCreateOptionsRbd,"
                              "ssh:BlockdevCreateOptionsSsh,"
                              "vdi:BlockdevCreateOptionsVdi,"
                              "vhdx:BlockdevCreateOptionsVhdx,"
                              "vmdk:BlockdevCreateOptionsVmdk,"
                              "vpc:BlockdevCreateOptionsVpc",
    },

SQMP
BlockdevCreateOptions
---------------------

The options of one blockdev-create job: "driver" selects what is created
and with it the further members. A protocol driver (file, gluster, nfs,
rbd, ssh) creates a new file or image; a format driver writes its format
onto an existing node, typically one just created and then added with
blockdev-add.

Members:

- "driver": the driver that creates the image. Only file, gluster, luks,
  nfs, parallels, qcow, qcow2, qed, rbd, ssh, vdi, vhdx, vmdk and vpc
  can create images; blockdev-create refuses the other drivers.

Since: 2.12

EQMP

    {
        .name               = "blockdev-create",
        .args_type          = "job-id:str,"
                              "options:BlockdevCreateOptions",
        .allow_preconfig    = true,
    },

SQMP
blockdev-create
---------------

Start a job that creates an image: a new file (protocol drivers) or a new
image format on an existing node (format drivers). The command returns
when the job has started. The job finalizes itself, but stays in the
"concluded" state until job-dismiss removes it; whether the creation
worked is then seen in query-jobs ("error") and in the job's events.

Arguments:

- "job-id": the ID of the new job, used by the job commands and events.
- "options": what to create, selected by its "driver".

Returns: an empty object once the job has started.

Errors:

- GenericError when the driver cannot create images, or when a job with
  the same ID exists. Errors of the creation itself end the job with an
  error instead.

Example:

Create a file, then (after adding it as the node "new-file") a qcow2
image on it:

-> { "execute": "blockdev-create",
     "arguments": { "job-id": "create-file",
                    "options": { "driver": "file",
                                 "filename": "/tmp/qd2/new.qcow2",
                                 "size": 0 } } }
<- { "return": {} }

-> { "execute": "blockdev-create",
     "arguments": { "job-id": "create-qcow2",
                    "options": { "driver": "qcow2", "file": "new-file",
                                 "size": 1073741824,
                                 "cluster-size": 65536 } } }
<- { "return": {} }

A driver without image creation:

-> { "execute": "blockdev-create",
     "arguments": { "job-id": "c1", "options": { "driver": "raw" } } }
<- { "error": { "class": "GenericError",
                "desc": "Driver does not support blockdev-create" } }

Since: 3.0

EQMP

    {
        .struct             = "BlockdevAmendOptionsLUKS",
        .base               = "QCryptoBlockAmendOptionsLUKS",
    },

SQMP
BlockdevAmendOptionsLUKS
------------------------

The changes x-blockdev-amend can make to a LUKS image: the key slot
changes of the base, QCryptoBlockAmendOptionsLUKS (add or erase a
passphrase); there are no others.

Since: 5.1

EQMP

    {
        .struct             = "BlockdevAmendOptionsQcow2",
        .members            = "encrypt:QCryptoBlockAmendOptions?",
    },

SQMP
BlockdevAmendOptionsQcow2
-------------------------

The changes x-blockdev-amend can make to a qcow2 image; for now only its
encryption settings can be changed.

Members:

- "encrypt": the changes to the image's encryption (its LUKS key slots).
  Absent: nothing is changed.

Since: 5.1

EQMP

    {
        .union              = "BlockdevAmendOptions",
        .members            = "driver:BlockdevDriver",
        .discriminator      = "driver",
        .variants           = "luks:BlockdevAmendOptionsLUKS,"
                              "qcow2:BlockdevAmendOptionsQcow2",
    },

SQMP
BlockdevAmendOptions
--------------------

The changes x-blockdev-amend makes to an image: "driver" names the image
format and selects the further members.

Members:

- "driver": the format driver of the node to amend; it must be the
  driver the node already uses. Only luks and qcow2 support amending.

Since: 5.1

EQMP

    {
        .name               = "x-blockdev-amend",
        .args_type          = "job-id:str,"
                              "node-name:str,"
                              "options:BlockdevAmendOptions,"
                              "force:bool?",
        .allow_preconfig    = true,
        .features           = "unstable",
    },

SQMP
x-blockdev-amend
----------------

Start a job that changes format-specific settings of an open block node,
for now the key slots of a LUKS or LUKS-encrypted qcow2 image. The job
finalizes itself, but stays in the "concluded" state until job-dismiss
removes it.

Arguments:

- "job-id": the ID of the new job.
- "node-name": the node whose image is amended.
- "options": the changes to make, for the node's format driver.
- "force": true to allow operations that can lose data. For LUKS these are
  erasing the last active key slot (the data is lost for good) and
  overwriting an active key slot (data can be lost if an I/O error
  happens meanwhile). Absent: false.

Features:

- "unstable": this command is experimental and may change or go away.

Returns: an empty object once the job has started.

Errors:

- GenericError when the node is not found, when "driver" differs from the
  node's driver, or when a job with the same ID exists.

Example:

Add a second passphrase (the secret "sec1") to a LUKS-encrypted qcow2
image:

-> { "execute": "x-blockdev-amend",
     "arguments": { "job-id": "amend0", "node-name": "enc0",
                    "options": { "driver": "qcow2",
                                 "encrypt": { "format": "luks",
                                              "state": "active",
                                              "new-secret": "sec1",
                                              "iter-time": 10 } } } }
<- { "return": {} }

Since: 5.1

EQMP

    {
        .enum               = "BlockErrorAction",
        .values             = "ignore,report,stop",
    },

SQMP
BlockErrorAction
----------------

What QEMU did about an I/O error of a guest device or a block job, as
reported by BLOCK_IO_ERROR and BLOCK_JOB_ERROR. Which action is taken
follows the error policy (rerror/werror of the device, on-source-error and
on-target-error of the job).

Values:

- "ignore": the error was ignored; the request continues as if it had
  worked.
- "report": the error was passed on to the guest device (or ended the
  job).
- "stop": the VM (or the job) was paused; it can be resumed with cont
  (block-job-resume) once the cause is fixed, which retries the request.

Since: 2.1

EQMP

    {
        .event              = "BLOCK_IMAGE_CORRUPTED",
        .data               = "device:str,"
                              "node-name:str?,"
                              "msg:str,"
                              "offset:int?,"
                              "size:int?,"
                              "fatal:bool",
    },

SQMP
BLOCK_IMAGE_CORRUPTED
---------------------

An image format driver (qcow2, for instance) found its image's metadata
corrupt. If "fatal" is true the image is marked corrupt: the node cannot be
used any more and the image needs a repair (qemu-img check -r) before it
can be opened read-write again. The image is named by its device name, its
node name, or both.

Data:

- "device": the name of the block device backend the image belongs to.
  Always present for compatibility, but the empty string when the image has
  no device name.
- "node-name": the node name of the image's node. (Since 2.4)
- "msg": a description of the corruption, for humans; its wording is not
  stable and must not be parsed.
- "offset": present when an access to the image revealed the corruption:
  the offset of that access in the image file (host side), in bytes.
- "size": present when an access to the image revealed the corruption: the
  size of that access, in bytes.
- "fatal": true when the image has been marked corrupt and is unusable
  until repaired; false when QEMU could carry on. (Since 2.2; before, the
  event always meant a fatal corruption.)

Example:

A read from a qcow2 image whose L1 table points to an unaligned L2 table:

<- { "event": "BLOCK_IMAGE_CORRUPTED",
     "data": { "device": "", "node-name": "corrupt0", "fatal": true,
               "msg": "L2 table offset 0x2a2a2a00 unaligned (L1 index: 0)" },
     "timestamp": { "seconds": 1796444561, "microseconds": 19203 } }

Since: 1.7

EQMP

    {
        .event              = "BLOCK_IO_ERROR",
        .data               = "qom-path:str,"
                              "device:str,"
                              "node-name:str?,"
                              "operation:IoOperationType,"
                              "action:BlockErrorAction,"
                              "nospace:bool?,"
                              "reason:str",
    },

SQMP
BLOCK_IO_ERROR
--------------

A request of a guest device to its block backend failed. What happened
next depends on the device's error policy (rerror/werror); with the
action "stop" the VM is paused and a STOP event follows. The event is
rate-limited: a burst of errors does not produce one event each.

Data:

- "qom-path": the QOM path of the guest device. (Since 9.2)
- "device": the name of the block device backend. Always present for
  compatibility, but the empty string when the backend has no name (a
  device attached to a node from blockdev-add).
- "node-name": the node name of the node the error is reported for; this
  can be the root node attached to the device rather than the node where
  the error happened. Absent when the drive is empty. (Since 2.8)
- "operation": whether a read or a write failed.
- "action": what QEMU did about the error.
- "nospace": true when the error was caused by a lack of space (ENOSPC),
  which freeing or adding space can cure. Only present when the device
  reports an I/O status (the "io-status" of query-block). (Since 2.2)
- "reason": a description of the error cause for humans, as a debugging
  aid; applications must not parse it. (Since 2.2)

Example:

An IDE disk with rerror=stop whose node fails reads (blkdebug), while
the firmware reads the boot sector:

<- { "event": "BLOCK_IO_ERROR",
     "data": { "device": "", "nospace": false, "node-name": "drive0",
               "qom-path": "/machine/peripheral/disk1",
               "reason": "Input/output error", "operation": "read",
               "action": "stop" },
     "timestamp": { "seconds": 1796444570, "microseconds": 295256 } }

Since: 0.13

EQMP

    {
        .event              = "BLOCK_JOB_COMPLETED",
        .data               = "type:JobType,"
                              "device:str,"
                              "len:int,"
                              "offset:int,"
                              "speed:int,"
                              "error:str?",
    },

SQMP
BLOCK_JOB_COMPLETED
-------------------

A block job has ended, successfully or not (see "error"). A job that was
cancelled sends BLOCK_JOB_CANCELLED instead, except a mirror job cancelled
after it was ready, which completes this way.

Data:

- "type": the kind of job.
- "device": the job ID. It used to be the name of the job's device, and
  is still that name for a job started without a job ID; other values are
  possible since QEMU 2.7.
- "len": the final end value of the job's progress (no fixed unit; for
  most jobs the number of bytes to process).
- "offset": the progress reached: equal to "len" on success, less than
  "len" on failure.
- "speed": the job's rate limit, in bytes per second; 0 means unlimited.
- "error": present only when the job failed: a message for humans. It
  only says that the job failed; applications must not try to interpret
  the text.

Example:

A mirror job that block-job-complete ended:

<- { "event": "BLOCK_JOB_COMPLETED",
     "data": { "device": "mirror0", "len": 67108864, "offset": 67108864,
               "speed": 0, "type": "mirror" },
     "timestamp": { "seconds": 1796444533, "microseconds": 830848 } }

Since: 1.1

EQMP

    {
        .event              = "BLOCK_JOB_CANCELLED",
        .data               = "type:JobType,"
                              "device:str,"
                              "len:int,"
                              "offset:int,"
                              "speed:int",
    },

SQMP
BLOCK_JOB_CANCELLED
-------------------

A block job has ended because it was cancelled (block-job-cancel,
job-cancel) before it had finished its work.

Data:

- "type": the kind of job.
- "device": the job ID. It used to be the name of the job's device; other
  values are possible since QEMU 2.7.
- "len": the end value of the job's progress (no fixed unit; for most jobs
  the number of bytes to process).
- "offset": the progress reached when the job stopped, less than "len".
- "speed": the job's rate limit, in bytes per second; 0 means unlimited.

Example:

A backup job limited to 64 KiB/s, cancelled early:

<- { "event": "BLOCK_JOB_CANCELLED",
     "data": { "device": "backup0", "len": 67108864, "offset": 1048576,
               "speed": 65536, "type": "backup" },
     "timestamp": { "seconds": 1796444539, "microseconds": 223463 } }

Since: 1.1

EQMP

    {
        .event              = "BLOCK_JOB_ERROR",
        .data               = "device:str,"
                              "operation:IoOperationType,"
                              "action:BlockErrorAction",
    },

SQMP
BLOCK_JOB_ERROR
---------------

A block job hit an I/O error. What happens next follows the job's error
policy (on-source-error, on-target-error); with the action "stop" the job
is paused until block-job-resume.

Data:

- "device": the job ID. It used to be the name of the job's device; other
  values are possible since QEMU 2.7.
- "operation": whether a read or a write failed.
- "action": what the job did about the error.

Example:

A mirror job with on-target-error "stop" whose target fails writes:

<- { "event": "BLOCK_JOB_ERROR",
     "data": { "device": "mirror1", "operation": "write", "action": "stop" },
     "timestamp": { "seconds": 1796444548, "microseconds": 746258 } }

Since: 1.3

EQMP

    {
        .event              = "BLOCK_JOB_READY",
        .data               = "type:JobType,"
                              "device:str,"
                              "len:int,"
                              "offset:int,"
                              "speed:int",
    },

SQMP
BLOCK_JOB_READY
---------------

A block job (mirror, or a commit of the active layer) has copied all the
data and keeps source and target in sync; it can now be ended with
block-job-complete (switch to the target) or block-job-cancel. A
BLOCK_JOB_ERROR always takes the job out of this ready state again.

Data:

- "type": the kind of job.
- "device": the job ID. It used to be the name of the job's device; other
  values are possible since QEMU 2.7.
- "len": the current end value of the job's progress (no fixed unit; for
  most jobs the number of bytes to process).
- "offset": the progress reached, equal to "len" at this point.
- "speed": the job's rate limit, in bytes per second; 0 means unlimited.

Example:

<- { "event": "BLOCK_JOB_READY",
     "data": { "device": "mirror0", "len": 67108864, "offset": 67108864,
               "speed": 0, "type": "mirror" },
     "timestamp": { "seconds": 1796444531, "microseconds": 632433 } }

Since: 1.3

EQMP

    {
        .event              = "BLOCK_JOB_PENDING",
        .data               = "type:JobType,"
                              "id:str",
    },

SQMP
BLOCK_JOB_PENDING
-----------------

A block job started with "auto-finalize": false has done its work and now
waits for block-job-finalize (or job-finalize) to apply its changes to the
block graph. A job that is part of a transaction sends it only once every
job of the transaction has got this far.

Data:

- "type": the kind of job.
- "id": the job ID.

Example:

<- { "event": "BLOCK_JOB_PENDING",
     "data": { "type": "backup", "id": "backup1" },
     "timestamp": { "seconds": 1796444541, "microseconds": 570424 } }

Since: 2.12

EQMP

    {
        .enum               = "PreallocMode",
        .values             = "off,metadata,falloc,full",
    },

SQMP
PreallocMode
------------

How much of a new or grown image is allocated at once, so that later
writes do not fail for lack of space (and do not need to allocate).

Values:

- "off": no preallocation: space is allocated as data is written.
- "metadata": allocate the image format's metadata only (e.g. qcow2 L2
  tables and refcounts for the whole disk), not the data.
- "falloc": like "full", but the space for the data is reserved with
  posix_fallocate() instead of by writing it, which is much quicker.
- "full": reserve the space by writing the data, so that it is really
  allocated on the storage; what is written may or may not read back as
  zeroes, depending on the format and the storage. Like "falloc", it also
  sets up the metadata.

Since: 2.2

EQMP

    {
        .event              = "BLOCK_WRITE_THRESHOLD",
        .data               = "node-name:str,"
                              "amount-exceeded:uint64,"
                              "write-threshold:uint64",
    },

SQMP
BLOCK_WRITE_THRESHOLD
---------------------

A write on a node reached or went past the write threshold set with
block-set-write-threshold. The threshold fires once: after the event it is
disabled until block-set-write-threshold sets it again. On a thin
provisioned volume this is the signal to grow it before the guest runs out
of space and has to be paused.

Data:

- "node-name": the node on which the threshold was crossed.
- "amount-exceeded": how far the write went past the threshold, in bytes
  (the end of the write minus the threshold).
- "write-threshold": the threshold that was crossed, in bytes.

Example:

A 64 KiB write at offset 1 MiB with the threshold at 1 MiB:

<- { "event": "BLOCK_WRITE_THRESHOLD",
     "data": { "node-name": "disk0", "write-threshold": 1048576,
               "amount-exceeded": 65536 },
     "timestamp": { "seconds": 1796444494, "microseconds": 468118 } }

Since: 2.3

EQMP

    {
        .name               = "block-set-write-threshold",
        .args_type          = "node-name:str,"
                              "write-threshold:uint64",
        .allow_preconfig    = true,
    },

SQMP
block-set-write-threshold
-------------------------

Set the write threshold of a node: the first write that reaches past this
offset sends BLOCK_WRITE_THRESHOLD, after which the threshold is disabled.
A management layer uses it to grow thin provisioned storage before the
guest notices it is full. A node has no threshold until one is set.

Arguments:

- "node-name": the node to watch.
- "write-threshold": the threshold, as an offset in bytes into the node; 0
  disables the threshold.

Returns: an empty object once the threshold is set.

Errors:

- GenericError when no node has that name.

Example:

-> { "execute": "block-set-write-threshold",
     "arguments": { "node-name": "disk0", "write-threshold": 1048576 } }
<- { "return": {} }

Since: 2.3

EQMP

    {
        .name               = "x-blockdev-change",
        .args_type          = "parent:str,"
                              "child:str?,"
                              "node:str?",
        .allow_preconfig    = true,
        .features           = "unstable",
    },

SQMP
x-blockdev-change
-----------------

Change the children of a node in a running block graph. For now it only
adds a child to a quorum node or removes one from it. A new child goes at
the end of the list of children, and its content must already match that
of the other children. Removing a child other than the last one is
troublesome: the children after it are numbered anew. The gaps this leaves
in the child indices cannot be expressed in the "children" list of the
quorum node's options, as shown by its reconstructed options (the
filename in query-named-block-nodes).

Arguments:

- "parent": the node name (or device name) of the parent node.
- "child": the name of the child to remove, such as "children.1". Excludes
  "node".
- "node": the node name of an existing node to add as a new child.
  Excludes "child".

Features:

- "unstable": this command is experimental and may change or go away.

Returns: an empty object once the child is added or removed.

Errors:

- GenericError when "child" and "node" are both given or both absent,
  when a node or child is not found, or when the parent's driver cannot
  add or remove children.

Example:

Add the existing node "child3" to the quorum node "quorum0", then remove a
child:

-> { "execute": "x-blockdev-change",
     "arguments": { "parent": "quorum0", "node": "child3" } }
<- { "return": {} }

-> { "execute": "x-blockdev-change",
     "arguments": { "parent": "quorum0", "child": "children.3" } }
<- { "return": {} }

-> { "execute": "x-blockdev-change",
     "arguments": { "parent": "quorum0", "child": "children.1",
                    "node": "child3" } }
<- { "error": { "class": "GenericError",
                "desc": "The parameters child and node are in conflict" } }

Since: 2.7

EQMP

    {
        .name               = "x-blockdev-set-iothread",
        .args_type          = "node-name:str,"
                              "iothread:StrOrNull,"
                              "force:bool?",
        .allow_preconfig    = true,
        .features           = "unstable",
    },

SQMP
x-blockdev-set-iothread
-----------------------

Move a node and its children to another AioContext: into an IOThread, or
back into the main loop. Meant for tests that need control over IOThreads.
The node must not be attached to a block backend (a device, an export)
unless "force" is true.

Arguments:

- "node-name": the node name of the node to move.
- "iothread": the ID of the IOThread object to move it into, or null for
  the main loop.
- "force": true to move the node even though a block backend is attached
  to it. Absent: false.

Features:

- "unstable": this command is experimental and may change or go away; it
  exists for test cases that need control over IOThreads.

Returns: an empty object once the nodes have moved.

Errors:

- GenericError when the node or the IOThread is not found, or when a block
  backend is attached and "force" is not true.

Example:

With an IOThread created by object-add (qom-type "iothread", id
"iothread0"):

-> { "execute": "x-blockdev-set-iothread",
     "arguments": { "node-name": "null1", "iothread": "iothread0" } }
<- { "return": {} }

-> { "execute": "x-blockdev-set-iothread",
     "arguments": { "node-name": "null1", "iothread": null } }
<- { "return": {} }

A node attached to a device:

-> { "execute": "x-blockdev-set-iothread",
     "arguments": { "node-name": "null1", "iothread": "iothread0" } }
<- { "error": { "class": "GenericError",
                "desc": "Node null1 is associated with a BlockBackend and could be in use (use force=true to override this check)" } }

Since: 2.12

EQMP

    {
        .enum               = "QuorumOpType",
        .values             = "read,write,flush",
    },

SQMP
QuorumOpType
------------

The kind of request a quorum event is about.

Values:

- "read": a read request.
- "write": a write request.
- "flush": a flush request.

Since: 2.6

EQMP

    {
        .event              = "QUORUM_FAILURE",
        .data               = "reference:str,"
                              "sector-num:int,"
                              "sectors-count:int",
    },

SQMP
QUORUM_FAILURE
--------------

A quorum node could not serve a read: fewer children than "vote-threshold"
agreed on the data (or too many failed), so the read fails. The event is
rate-limited.

Data:

- "reference": the block device name of the quorum node, or its node name
  when it has no device name.
- "sector-num": the first sector of the failed read, in 512-byte units.
- "sectors-count": the length of the failed read, in 512-byte sectors.

Example:

A 4 KiB read at offset 0 from a quorum of two children (vote-threshold 2)
that hold different data:

<- { "event": "QUORUM_FAILURE",
     "data": { "reference": "quorum0", "sectors-count": 8,
               "sector-num": 0 },
     "timestamp": { "seconds": 1796444524, "microseconds": 651460 } }

Since: 2.0

EQMP

    {
        .event              = "QUORUM_REPORT_BAD",
        .data               = "type:QuorumOpType,"
                              "error:str?,"
                              "node-name:str,"
                              "sector-num:int,"
                              "sectors-count:int",
    },

SQMP
QUORUM_REPORT_BAD
-----------------

One child of a quorum node failed a request, or returned data that differs
from what the quorum agreed on. The quorum may still have succeeded; the
event points at the child that needs attention. It is rate-limited.

Data:

- "type": the kind of request concerned. (Since 2.6)
- "error": present only when the child failed the request: a message for
  humans. It only says that the block layer reported an error;
  applications must not try to interpret the text.
- "node-name": the node name of the child.
- "sector-num": the first sector of the request, in 512-byte units.
- "sectors-count": the length of the request, in 512-byte sectors.

Example:

A 4 KiB read at offset 0 where the child "child2" disagrees with the two
others:

<- { "event": "QUORUM_REPORT_BAD",
     "data": { "node-name": "child2", "sectors-count": 8, "sector-num": 0,
               "type": "read" },
     "timestamp": { "seconds": 1796444515, "microseconds": 201905 } }

Since: 2.0

EQMP

    {
        .struct             = "BlockdevSnapshotInternal",
        .members            = "device:str,"
                              "name:str",
    },

SQMP
BlockdevSnapshotInternal
------------------------

An internal snapshot to take: one stored inside the image itself, for
formats that support it (qcow2, rbd). Also the data of the
blockdev-snapshot-internal-sync action of "transaction".

Members:

- "device": the block device name, or the node name of a root node (one
  with no parent node), whose image gets the snapshot.
- "name": the name of the new snapshot; it must not be empty nor used by
  another snapshot of the image.

Since: 1.7

EQMP

    {
        .name               = "blockdev-snapshot-internal-sync",
        .args               = "BlockdevSnapshotInternal",
        .allow_preconfig    = true,
    },

SQMP
blockdev-snapshot-internal-sync
-------------------------------

Take an internal snapshot of a block device, stored in its image, and
return once it is taken. Only formats with internal snapshots can do it,
such as qcow2 and rbd. Only the disk is saved, not the VM state (see
snapshot-save for that).

Arguments:

- "device": the block device name, or the node name of a root node, whose
  image gets the snapshot.
- "name": the name of the new snapshot.

Returns: an empty object once the snapshot exists.

Errors:

- GenericError when "device" is neither a block device nor a node.
- GenericError when "name" is empty or a snapshot of that name exists.
- GenericError when the image's format has no internal snapshots.

Example:

-> { "execute": "blockdev-snapshot-internal-sync",
     "arguments": { "device": "disk0", "name": "snap0" } }
<- { "return": {} }

-> { "execute": "blockdev-snapshot-internal-sync",
     "arguments": { "device": "disk0", "name": "snap0" } }
<- { "error": { "class": "GenericError",
                "desc": "Snapshot with name 'snap0' already exists on device 'disk0'" } }

Since: 1.7

EQMP

    {
        .name               = "blockdev-snapshot-delete-internal-sync",
        .args_type          = "device:str,"
                              "id:str?,"
                              "name:str?",
        .returns            = "SnapshotInfo",
        .allow_preconfig    = true,
    },

SQMP
blockdev-snapshot-delete-internal-sync
--------------------------------------

Delete an internal snapshot from the image of a block device, and return
once it is gone. The snapshot is found by its ID, its name, or both (then
both must match); at least one of them is required. Only formats with
internal snapshots can do it, such as qcow2 and rbd.

Arguments:

- "device": the block device name, or the node name of a root node, whose
  image holds the snapshot.
- "id": the ID of the snapshot to delete. Absent: the snapshot is found by
  "name" alone.
- "name": the name of the snapshot to delete. Absent: the snapshot is
  found by "id" alone.

Returns: the SnapshotInfo of the deleted snapshot (its ID, name, size of
saved VM state, creation date and guest clock).

Errors:

- GenericError when "device" is neither a block device nor a node.
- GenericError when no snapshot matches.
- GenericError when the image's format has no internal snapshots.
- GenericError when neither "id" nor "name" is given.

Example:

-> { "execute": "blockdev-snapshot-delete-internal-sync",
     "arguments": { "device": "disk0", "name": "snap0" } }
<- { "return": { "vm-clock-nsec": 0, "name": "snap0",
                 "date-sec": 1796444499, "date-nsec": 911234000,
                 "vm-clock-sec": 0, "id": "1", "vm-state-size": 0 } }

-> { "execute": "blockdev-snapshot-delete-internal-sync",
     "arguments": { "device": "disk0" } }
<- { "error": { "class": "GenericError",
                "desc": "Name or id must be provided" } }

Since: 1.7

EQMP

    {
        .struct             = "DummyBlockCoreForceArrays",
        .members            = "unused-block-graph-info:[BlockGraphInfo]",
    },

SQMP
DummyBlockCoreForceArrays
-------------------------

Not part of the protocol: no command or event uses this type. QEMU
declares it only so that its code generator emits the list type of
BlockGraphInfo, which QEMU uses internally.

Members:

- "unused-block-graph-info": never sent nor received; it only makes the
  list of BlockGraphInfo exist in the generated code.

Since: 8.0

EQMP

