HXCOMM Area 'block-core'.

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

A structure used by BlockNodeInfo.

Members:

- "id": TODO
- "name": TODO
- "vm-state-size": TODO
- "date-sec": TODO
- "date-nsec": TODO
- "vm-clock-sec": TODO
- "vm-clock-nsec": TODO
- "icount": TODO

Since: 1.3

EQMP

    {
        .struct             = "ImageInfoSpecificQCow2EncryptionBase",
        .members            = "format:BlockdevQcow2EncryptionFormat",
    },

SQMP
ImageInfoSpecificQCow2EncryptionBase
------------------------------------

A structure used by ImageInfoSpecificQCow2Encryption.

Members:

- "format": TODO

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

An union used by ImageInfoSpecificQCow2.

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

A structure used by ImageInfoSpecificQCow2Wrapper.

Members:

- "compat": TODO
- "data-file": TODO
- "data-file-raw": TODO
- "extended-l2": TODO
- "lazy-refcounts": TODO
- "corrupt": TODO
- "refcount-bits": TODO
- "encrypt": TODO
- "bitmaps": TODO
- "compression-type": TODO

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

A structure used by ImageInfoSpecificVmdkWrapper.

Members:

- "create-type": TODO
- "cid": TODO
- "parent-cid": TODO
- "extents": TODO

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

A structure used by ImageInfoSpecificVmdk.

Members:

- "filename": TODO
- "format": TODO
- "virtual-size": TODO
- "cluster-size": TODO
- "compressed": TODO

Since: 8.0

EQMP

    {
        .struct             = "ImageInfoSpecificRbd",
        .members            = "encryption-format:RbdImageEncryptionFormat?",
    },

SQMP
ImageInfoSpecificRbd
--------------------

A structure used by ImageInfoSpecificRbdWrapper.

Members:

- "encryption-format": TODO

Since: 6.1

EQMP

    {
        .struct             = "ImageInfoSpecificFile",
        .members            = "extent-size-hint:size?",
    },

SQMP
ImageInfoSpecificFile
---------------------

A structure used by ImageInfoSpecificFileWrapper.

Members:

- "extent-size-hint": TODO

Since: 8.0

EQMP

    {
        .enum               = "ImageInfoSpecificKind",
        .values             = "qcow2,vmdk,luks,rbd,file",
    },

SQMP
ImageInfoSpecificKind
---------------------

An enumeration used by ImageInfoSpecific.

Values:

- "qcow2": TODO
- "vmdk": TODO
- "luks": TODO
- "rbd": TODO
- "file": TODO

Since: 1.7

EQMP

    {
        .struct             = "ImageInfoSpecificQCow2Wrapper",
        .members            = "data:ImageInfoSpecificQCow2",
    },

SQMP
ImageInfoSpecificQCow2Wrapper
-----------------------------

A structure used by ImageInfoSpecific.

Members:

- "data": TODO

Since: 1.7

EQMP

    {
        .struct             = "ImageInfoSpecificVmdkWrapper",
        .members            = "data:ImageInfoSpecificVmdk",
    },

SQMP
ImageInfoSpecificVmdkWrapper
----------------------------

A structure used by ImageInfoSpecific.

Members:

- "data": TODO

Since: 6.1

EQMP

    {
        .struct             = "ImageInfoSpecificLUKSWrapper",
        .members            = "data:QCryptoBlockInfoLUKS",
    },

SQMP
ImageInfoSpecificLUKSWrapper
----------------------------

A structure used by ImageInfoSpecific.

Members:

- "data": TODO

Since: 2.7

EQMP

    {
        .struct             = "ImageInfoSpecificRbdWrapper",
        .members            = "data:ImageInfoSpecificRbd",
    },

SQMP
ImageInfoSpecificRbdWrapper
---------------------------

A structure used by ImageInfoSpecific.

Members:

- "data": TODO

Since: 6.1

EQMP

    {
        .struct             = "ImageInfoSpecificFileWrapper",
        .members            = "data:ImageInfoSpecificFile",
    },

SQMP
ImageInfoSpecificFileWrapper
----------------------------

A structure used by ImageInfoSpecific.

Members:

- "data": TODO

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

An union used by BlockNodeInfo.

Members:

- "type": TODO

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

What a single block node's image looks like, without its backing chain.

Members:

- "filename": TODO
- "format": TODO
- "dirty-flag": TODO
- "actual-size": TODO
- "virtual-size": TODO
- "cluster-size": TODO
- "encrypted": TODO
- "compressed": TODO
- "backing-filename": TODO
- "full-backing-filename": TODO
- "backing-filename-format": TODO
- "snapshots": TODO
- "format-specific": TODO

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

What an image file looks like: format, sizes, snapshots and backing file;
for a backing chain, nested through "backing-image".

Members:

- "backing-image": TODO

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

TODO

Members:

- "name": TODO
- "info": TODO

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

TODO

Members:

- "children": TODO

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

TODO

Members:

- "filename": TODO
- "format": TODO
- "check-errors": TODO
- "image-end-offset": TODO
- "corruptions": TODO
- "leaks": TODO
- "corruptions-fixed": TODO
- "leaks-fixed": TODO
- "total-clusters": TODO
- "allocated-clusters": TODO
- "fragmented-clusters": TODO
- "compressed-clusters": TODO

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

TODO

Members:

- "start": TODO
- "length": TODO
- "data": TODO
- "zero": TODO
- "compressed": TODO
- "depth": TODO
- "present": TODO
- "offset": TODO
- "filename": TODO

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

A structure used by BlockDeviceInfo.

Members:

- "writeback": TODO
- "direct": TODO
- "no-flush": TODO

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

A block node with its driver, image, cache mode and I/O limits.

Members:

- "file": TODO
- "node-name": TODO
- "ro": TODO
- "drv": TODO
- "backing_file": TODO
- "backing_file_depth": TODO
- "active": TODO
- "encrypted": TODO
- "detect_zeroes": TODO
- "bps": TODO
- "bps_rd": TODO
- "bps_wr": TODO
- "iops": TODO
- "iops_rd": TODO
- "iops_wr": TODO
- "image": TODO
- "bps_max": TODO
- "bps_rd_max": TODO
- "bps_wr_max": TODO
- "iops_max": TODO
- "iops_rd_max": TODO
- "iops_wr_max": TODO
- "bps_max_length": TODO
- "bps_rd_max_length": TODO
- "bps_wr_max_length": TODO
- "iops_max_length": TODO
- "iops_rd_max_length": TODO
- "iops_wr_max_length": TODO
- "iops_size": TODO
- "group": TODO
- "cache": TODO
- "write_threshold": TODO
- "dirty-bitmaps": TODO

Since: 0.14

EQMP

    {
        .enum               = "BlockDeviceIoStatus",
        .values             = "ok,failed,nospace",
    },

SQMP
BlockDeviceIoStatus
-------------------

An enumeration used by BlockInfo.

Values:

- "ok": TODO
- "failed": TODO
- "nospace": TODO

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

A structure used by BlockDeviceInfo.

Members:

- "name": TODO
- "count": TODO
- "granularity": TODO
- "recording": TODO
- "busy": TODO
- "persistent": TODO
- "inconsistent": TODO

Since: 1.3

EQMP

    {
        .enum               = "Qcow2BitmapInfoFlags",
        .values             = "in-use,auto",
    },

SQMP
Qcow2BitmapInfoFlags
--------------------

An enumeration used by Qcow2BitmapInfo.

Values:

- "in-use": TODO
- "auto": TODO

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

A structure used by ImageInfoSpecificQCow2.

Members:

- "name": TODO
- "granularity": TODO
- "flags": TODO

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

A structure used by BlockDeviceStats.

Members:

- "boundaries": TODO
- "bins": TODO

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

A block device the guest sees, with the medium it holds (when any).

Members:

- "device": TODO
- "qdev": TODO
- "type": TODO
- "removable": TODO
- "locked": TODO
- "inserted": TODO
- "tray_open": TODO
- "io-status": TODO

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

TODO

Members:

- "required": TODO
- "fully-allocated": TODO
- "bitmaps": TODO

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

List the block devices the guest sees (BlockBackends), with the medium
inserted in each and its node graph. Devices added with -drive or with
device_add on top of a node appear here; nodes not attached to a device are
listed by "query-named-block-nodes" instead.

Arguments: None.

Returns: [BlockInfo]

Example: -> { "execute": "query-block" }
<- { "return": [ { "device": "", "qdev": "/machine/peripheral/vd0/virtio-backend", "locked": false, "removable": false, "io-status": "ok", "type": "unknown",
                   "inserted": { "node-name": "disk0", "file": "/tmp/top.qcow2", "ro": false, "drv": "qcow2", "backing_file": "/tmp/base.qcow2", "backing_file_depth": 1, "encrypted": false, "detect_zeroes": "off", "active": true,
                                 "bps": 0, "bps_rd": 0, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0, "write_threshold": 0,
                                 "cache": { "writeback": true, "direct": false, "no-flush": false },
                                 "image": { "filename": "/tmp/top.qcow2", "format": "qcow2", "virtual-size": 67108864, "actual-size": 200704, "cluster-size": 65536, "dirty-flag": false,
                                            "backing-filename": "/tmp/base.qcow2", "full-backing-filename": "/tmp/base.qcow2", "backing-filename-format": "qcow2",
                                            "format-specific": { "type": "qcow2", "data": { "compat": "1.1", "compression-type": "zlib", "lazy-refcounts": false, "refcount-bits": 16, "corrupt": false, "extended-l2": false } } } } } ] }

Since: 0.14

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

A structure used by BlockDeviceStats.

Members:

- "interval_length": TODO
- "min_rd_latency_ns": TODO
- "max_rd_latency_ns": TODO
- "avg_rd_latency_ns": TODO
- "min_wr_latency_ns": TODO
- "max_wr_latency_ns": TODO
- "avg_wr_latency_ns": TODO
- "min_zone_append_latency_ns": TODO
- "max_zone_append_latency_ns": TODO
- "avg_zone_append_latency_ns": TODO
- "min_flush_latency_ns": TODO
- "max_flush_latency_ns": TODO
- "avg_flush_latency_ns": TODO
- "avg_rd_queue_depth": TODO
- "avg_wr_queue_depth": TODO
- "avg_zone_append_queue_depth": TODO

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

Counters of operations, bytes, latencies and errors of one device or node.

Members:

- "rd_bytes": TODO
- "wr_bytes": TODO
- "zone_append_bytes": TODO
- "unmap_bytes": TODO
- "rd_operations": TODO
- "wr_operations": TODO
- "zone_append_operations": TODO
- "flush_operations": TODO
- "unmap_operations": TODO
- "rd_total_time_ns": TODO
- "wr_total_time_ns": TODO
- "zone_append_total_time_ns": TODO
- "flush_total_time_ns": TODO
- "unmap_total_time_ns": TODO
- "wr_highest_offset": TODO
- "rd_merged": TODO
- "wr_merged": TODO
- "zone_append_merged": TODO
- "unmap_merged": TODO
- "idle_time_ns": TODO
- "failed_rd_operations": TODO
- "failed_wr_operations": TODO
- "failed_zone_append_operations": TODO
- "failed_flush_operations": TODO
- "failed_unmap_operations": TODO
- "invalid_rd_operations": TODO
- "invalid_wr_operations": TODO
- "invalid_zone_append_operations": TODO
- "invalid_flush_operations": TODO
- "invalid_unmap_operations": TODO
- "account_invalid": TODO
- "account_failed": TODO
- "timed_stats": TODO
- "rd_latency_histogram": TODO
- "wr_latency_histogram": TODO
- "zone_append_latency_histogram": TODO
- "flush_latency_histogram": TODO

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

A structure used by BlockStatsSpecific.

Members:

- "discard-nb-ok": TODO
- "discard-nb-failed": TODO
- "discard-bytes-ok": TODO

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

A structure used by BlockStatsSpecific.

Members:

- "completion-errors": TODO
- "aligned-accesses": TODO
- "unaligned-accesses": TODO

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

An union used by BlockStats.

Members:

- "driver": TODO

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

I/O statistics of a device or node, with those of the nodes below it.

Members:

- "device": TODO
- "qdev": TODO
- "node-name": TODO
- "stats": TODO
- "driver-specific": TODO
- "parent": TODO
- "backing": TODO

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

Report I/O statistics (operation and byte counts, latencies, error counts)
for each block device, or for each named node.

Arguments:

- "query-nodes": report every named node instead of every device (default
  false) (json-bool, optional)

Returns: [BlockStats]

Example: -> { "execute": "query-blockstats", "arguments": { "query-nodes": true } }
<- { "return": [ { "node-name": "null0", "stats": { "rd_bytes": 0, "wr_bytes": 0, "unmap_bytes": 0, "zone_append_bytes": 0, "rd_operations": 0, "wr_operations": 0, "flush_operations": 0, "unmap_operations": 0, "zone_append_operations": 0,
                   "rd_total_time_ns": 0, "wr_total_time_ns": 0, "flush_total_time_ns": 0, "unmap_total_time_ns": 0, "zone_append_total_time_ns": 0, "wr_highest_offset": 0, "rd_merged": 0, "wr_merged": 0, "unmap_merged": 0, "zone_append_merged": 0,
                   "failed_rd_operations": 0, "failed_wr_operations": 0, "failed_flush_operations": 0, "failed_unmap_operations": 0, "failed_zone_append_operations": 0,
                   "invalid_rd_operations": 0, "invalid_wr_operations": 0, "invalid_flush_operations": 0, "invalid_unmap_operations": 0, "invalid_zone_append_operations": 0,
                   "account_invalid": false, "account_failed": false, "timed_stats": [] } } ] }

Since: 0.14

EQMP

    {
        .enum               = "BlockdevOnError",
        .values             = "report,ignore,enospc,stop,auto",
    },

SQMP
BlockdevOnError
---------------

What a job or device does when an I/O error happens.

Values:

- "report": TODO
- "ignore": TODO
- "enospc": TODO
- "stop": TODO
- "auto": TODO

Since: 1.3

EQMP

    {
        .enum               = "MirrorSyncMode",
        .values             = "top,full,none,incremental,bitmap",
    },

SQMP
MirrorSyncMode
--------------

Which part of the source a mirror or backup job copies.

Values:

- "top": TODO
- "full": TODO
- "none": TODO
- "incremental": TODO
- "bitmap": TODO

Since: 1.3

EQMP

    {
        .enum               = "BitmapSyncMode",
        .values             = "on-success,never,always",
    },

SQMP
BitmapSyncMode
--------------

How a backup job updates its bitmap when it ends.

Values:

- "on-success": TODO
- "never": TODO
- "always": TODO

Since: 4.2

EQMP

    {
        .enum               = "MirrorCopyMode",
        .values             = "background,write-blocking",
    },

SQMP
MirrorCopyMode
--------------

Whether guest writes during a mirror are copied in the background or at once.

Values:

- "background": TODO
- "write-blocking": TODO

Since: 3.0

EQMP

    {
        .struct             = "BlockJobInfoMirror",
        .members            = "actively-synced:bool",
    },

SQMP
BlockJobInfoMirror
------------------

A structure used by BlockJobInfo.

Members:

- "actively-synced": TODO

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

A running block job with its progress and state.

Members:

- "type": TODO
- "device": TODO
- "len": TODO
- "offset": TODO
- "busy": TODO
- "paused": TODO
- "speed": TODO
- "io-status": TODO
- "ready": TODO
- "status": TODO
- "auto-finalize": TODO
- "auto-dismiss": TODO
- "error": TODO

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

List the running block jobs (stream, commit, mirror, backup...) with their
progress and state.

Arguments: None.

Returns: [BlockJobInfo]

Example: -> { "execute": "query-block-jobs" }
<- { "return": [ { "type": "mirror", "device": "mirror0", "len": 1073741824, "offset": 16777216, "busy": false, "paused": false, "speed": 65536, "io-status": "ok", "ready": false, "status": "running", "auto-finalize": true, "auto-dismiss": true, "actively-synced": false } ] }

Since: 1.1

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

Change the size of a block device or node; the guest sees the new size.
Growing is the usual case; shrinking loses data at the end.

Arguments:

- "device": the block device, for callers that still name devices
  (json-string, optional)
- "node-name": the node to resize (json-string, optional)
- "size": the new size in bytes (json-int)

Returns: an empty object

Example: -> { "execute": "block_resize", "arguments": { "node-name": "disk0", "size": 1073741824 } }
<- { "return": {} }

Since: 0.14

EQMP

    {
        .enum               = "NewImageMode",
        .values             = "existing,absolute-paths",
    },

SQMP
NewImageMode
------------

Whether an overlay image is created by QEMU or supplied by the caller.

Values:

- "existing": TODO
- "absolute-paths": TODO

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
action: an external snapshot whose overlay image QEMU opens (and by default
creates) itself.

Members:

- "device": the device to snapshot; give this or "node-name"
- "node-name": the node to snapshot
- "snapshot-file": the file name of the new overlay image
- "snapshot-node-name": the node name the overlay gets
- "format": the overlay's image format (default qcow2)
- "mode": whether QEMU creates the overlay file or it exists already
  (default absolute-paths)

EQMP

    {
        .struct             = "BlockdevSnapshot",
        .members            = "node:str,"
                              "overlay:str",
    },

SQMP
BlockdevSnapshot
----------------

The arguments of blockdev-snapshot and the data of its transaction action:
an external snapshot with an overlay node added beforehand.

Members:

- "node": the node that becomes the overlay's backing file
- "overlay": the node that takes its place in the graph

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

A structure used by the blockdev-backup command.

Members:

- "use-copy-range": TODO
- "max-workers": TODO
- "max-chunk": TODO
- "min-cluster-size": TODO

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

The settings every backup job shares.

Members:

- "job-id": the job's identifier (defaults to the device name)
- "device": the source device or node
- "sync": which part of the source is copied
- "speed": the maximum speed in bytes per second, 0 for unlimited
- "bitmap": the dirty bitmap that selects what is copied
- "bitmap-mode": how the bitmap is updated when the job ends
- "compress": write compressed data to the target
- "on-source-error": what to do on a read error (default report)
- "on-target-error": what to do on a write error (default report)
- "auto-finalize": finalize without waiting for job-finalize (default true)
- "auto-dismiss": dismiss the job once it concluded (default true)
- "filter-node-name": the node name of the job's filter node
- "discard-source": discard source blocks once they are copied
- "x-perf": tuning knobs for the copy (unstable)

Features:

- "unstable": TODO

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

The data of the deprecated drive-backup transaction action: a backup into
an image file that QEMU opens (and by default creates) itself. New code
adds the target with blockdev-add and uses blockdev-backup.

Members:

- "target": the file name of the target image
- "format": the target's image format (defaults to the source's)
- "mode": whether QEMU creates the target file or it exists already (default
  absolute-paths)

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

The arguments of blockdev-backup (boxed) and the data of its transaction
action: a backup into an existing node.

Members:

- "target": the node written to

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

Create an external snapshot: a new image file whose backing file is the
current image, and make it the active layer of the device or node.

Returns: an empty object

Example: -> { "execute": "blockdev-snapshot-sync", "arguments": { "node-name": "disk0", "snapshot-file": "/tmp/snap.qcow2", "snapshot-node-name": "snap0", "format": "qcow2" } }
<- { "return": {} }

Since: 0.14

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

Make an existing node the overlay of another: "overlay" gets "node" as its
backing file and takes its place in the graph. The overlay must have been
added with "blockdev-add" and have no backing file yet.

Features:

- "allow-write-only-overlay": TODO

Returns: an empty object

Example: -> { "execute": "blockdev-snapshot", "arguments": { "node": "disk0", "overlay": "snap1" } }
<- { "return": {} }

Since: 2.5

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

TODO

Arguments:

- "device": TODO
- "image-node-name": TODO
- "backing-file": TODO

Since: 2.1

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

Start a job that writes the data of a part of a backing chain down into a
lower image. When the top is the active layer the job becomes ready and
waits for "block-job-complete" to switch the device over.

Arguments:

- "job-id": the job's identifier; defaults to the device name (json-string,
  optional)
- "device": the device or node at the top of the chain (json-string)
- "base-node": the node the data is committed into (json-string, optional)
- "base": the file name of that image (prefer "base-node") (json-string,
  optional)
- "top-node": the highest node whose data is committed (json-string,
  optional)
- "top": the file name of that image (prefer "top-node") (json-string,
  optional)
- "backing-file": the backing file name written into the overlay of "top"
  (json-string, optional)
- "backing-mask-protocol": leave protocol nodes out of the backing file name
  QEMU writes (json-bool, optional)
- "speed": the maximum speed in bytes per second, 0 for unlimited (json-int,
  optional)
- "on-error": what to do on an I/O error (json-string, BlockdevOnError,
  optional)
- "filter-node-name": the node name of the job's filter node (json-string,
  optional)
- "auto-finalize": finalize the job without waiting for job-finalize
  (default true) (json-bool, optional)
- "auto-dismiss": dismiss the job once it concluded (default true)
  (json-bool, optional)

Features:

- "deprecated": TODO

Returns: an empty object

Example: -> { "execute": "block-commit", "arguments": { "job-id": "commit0", "device": "disk0", "top-node": "snap0", "base-node": "base0" } }
<- { "return": {} }

Since: 1.3

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

TODO

Features:

- "deprecated": TODO

Since: 1.6

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

Start a job that copies the contents of a node, as they were when the job
started, to another existing node. With a bitmap it copies only what
changed (incremental backup).

Returns: an empty object

Example: -> { "execute": "blockdev-backup", "arguments": { "job-id": "backup0", "device": "src", "target": "dst2", "sync": "full", "auto-finalize": false, "auto-dismiss": false } }
<- { "return": {} }

Since: 2.3

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

List the block nodes of the graph, each with the same details that
"query-block" gives for an inserted medium.

Arguments:

- "flat": when true, do not nest the backing chain inside each node's image
  description (json-bool, optional)

Returns: [BlockDeviceInfo]

Example: -> { "execute": "query-named-block-nodes", "arguments": { "flat": true } }
<- { "return": [ { "node-name": "null0", "file": "json:{\"driver\": \"null-co\", \"size\": 1048576}", "ro": false, "drv": "null-co", "backing_file_depth": 0, "encrypted": false, "detect_zeroes": "off", "active": true,
                   "bps": 0, "bps_rd": 0, "bps_wr": 0, "iops": 0, "iops_rd": 0, "iops_wr": 0, "write_threshold": 0,
                   "cache": { "writeback": true, "direct": false, "no-flush": false },
                   "image": { "filename": "json:{\"driver\": \"null-co\", \"size\": 1048576}", "format": "null-co", "virtual-size": 1048576, "actual-size": 0 } } ] }

Since: 2.0

EQMP

    {
        .enum               = "XDbgBlockGraphNodeType",
        .values             = "block-backend,block-job,block-driver",
    },

SQMP
XDbgBlockGraphNodeType
----------------------

TODO

Values:

- "block-backend": TODO
- "block-job": TODO
- "block-driver": TODO

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

TODO

Members:

- "id": TODO
- "type": TODO
- "name": TODO

Since: 4.0

EQMP

    {
        .enum               = "BlockPermission",
        .values             = "consistent-read,write,write-unchanged,resize",
    },

SQMP
BlockPermission
---------------

TODO

Values:

- "consistent-read": TODO
- "write": TODO
- "write-unchanged": TODO
- "resize": TODO

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

TODO

Members:

- "parent": TODO
- "child": TODO
- "name": TODO
- "perm": TODO
- "shared-perm": TODO

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

TODO

Members:

- "nodes": TODO
- "edges": TODO

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

TODO

Features:

- "unstable": TODO

Returns: XDbgBlockGraph. TODO

Since: 4.0

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

TODO

Since: 1.3

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

TODO

Members:

- "job-id": TODO
- "device": TODO
- "target": TODO
- "format": TODO
- "node-name": TODO
- "replaces": TODO
- "sync": TODO
- "mode": TODO
- "speed": TODO
- "granularity": TODO
- "buf-size": TODO
- "on-source-error": TODO
- "on-target-error": TODO
- "unmap": TODO
- "copy-mode": TODO
- "auto-finalize": TODO
- "auto-dismiss": TODO

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

Names one dirty bitmap: the arguments of block-dirty-bitmap-remove, -clear,
-enable and -disable, and the data of the transaction actions of the same
names.

Members:

- "node": the node (or device) that has the bitmap
- "name": the bitmap's name on that node

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
action.

Members:

- "node": the node (or device) that gets the bitmap
- "name": the new bitmap's name, unique on the node
- "granularity": the bytes one bit of the bitmap stands for, a power of two
  (QEMU picks one from the image's cluster size when absent)
- "persistent": keep the bitmap in the image file (qcow2) across restarts
  (default false)
- "disabled": create the bitmap without recording writes (default false)

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

A bitmap given either by its name alone (a string: a bitmap of the target
node) or by node and name (an object: a bitmap of any node).

Members:

- "local": TODO
- "external": TODO

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

The data of the block-dirty-bitmap-merge transaction action: the bits set
in any of "bitmaps" are set in the target bitmap too.

Members:

- "node": the node of the target bitmap
- "target": the bitmap that receives the bits
- "bitmaps": the bitmaps whose bits are added to the target

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

Create a dirty bitmap on a node: from then on it records which areas the
guest writes. Incremental backups read it.

Returns: an empty object

Example: -> { "execute": "block-dirty-bitmap-add", "arguments": { "node": "disk0", "name": "bitmap0", "granularity": 65536 } }
<- { "return": {} }

Since: 2.4

EQMP

    {
        .name               = "block-dirty-bitmap-remove",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-remove
-------------------------

Delete a dirty bitmap from a node (and from its image if it was persistent).

Returns: an empty object

Example: -> { "execute": "block-dirty-bitmap-remove", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

Since: 2.4

EQMP

    {
        .name               = "block-dirty-bitmap-clear",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-clear
------------------------

Reset every bit of a dirty bitmap, as if nothing had been written since.

Returns: an empty object

Example: -> { "execute": "block-dirty-bitmap-clear", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

Since: 2.4

EQMP

    {
        .name               = "block-dirty-bitmap-enable",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-enable
-------------------------

Start recording writes in a disabled dirty bitmap.

Returns: an empty object

Example: -> { "execute": "block-dirty-bitmap-enable", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

Since: 4.0

EQMP

    {
        .name               = "block-dirty-bitmap-disable",
        .args               = "BlockDirtyBitmap",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-disable
--------------------------

Stop recording writes in a dirty bitmap; its contents stay as they are.

Returns: an empty object

Example: -> { "execute": "block-dirty-bitmap-disable", "arguments": { "node": "disk0", "name": "bitmap0" } }
<- { "return": {} }

Since: 4.0

EQMP

    {
        .name               = "block-dirty-bitmap-merge",
        .args               = "BlockDirtyBitmapMerge",
        .allow_preconfig    = true,
    },

SQMP
block-dirty-bitmap-merge
------------------------

TODO

Since: 4.0

EQMP

    {
        .struct             = "BlockDirtyBitmapSha256",
        .members            = "sha256:str",
    },

SQMP
BlockDirtyBitmapSha256
----------------------

TODO

Members:

- "sha256": TODO

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

TODO

Features:

- "unstable": TODO

Returns: BlockDirtyBitmapSha256. TODO

Since: 2.10

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

Start a job that copies a node to another existing node and then keeps both
in sync. Once the copy is done the job is ready; "block-job-complete"
switches the device to the target, "block-job-cancel" leaves it on the
source.

Arguments:

- "job-id": the job's identifier; defaults to the device name (json-string,
  optional)
- "device": the source device or node (json-string)
- "target": the node written to (json-string)
- "replaces": the node that the target replaces in the graph on completion
  (json-string, optional)
- "sync": which part of the source is copied (json-string, MirrorSyncMode)
- "speed": the maximum speed in bytes per second, 0 for unlimited (json-int,
  optional)
- "granularity": the size in bytes of the chunks tracked for dirtiness
  (json-int, uint32, optional)
- "buf-size": the maximum amount of data in flight, in bytes (json-int,
  optional)
- "on-source-error": what to do on a read error (json-string,
  BlockdevOnError, optional)
- "on-target-error": what to do on a write error (json-string,
  BlockdevOnError, optional)
- "filter-node-name": the node name of the job's filter node (json-string,
  optional)
- "copy-mode": whether guest writes are copied in the background or at once
  (json-string, MirrorCopyMode, optional)
- "auto-finalize": finalize the job without waiting for job-finalize
  (default true) (json-bool, optional)
- "auto-dismiss": dismiss the job once it concluded (default true)
  (json-bool, optional)

Returns: an empty object

Example: -> { "execute": "blockdev-mirror", "arguments": { "job-id": "mirror0", "device": "src", "target": "dst", "sync": "full", "speed": 65536 } }
<- { "return": {} }

Since: 2.6

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

TODO

Members:

- "device": TODO
- "id": TODO
- "bps": TODO
- "bps_rd": TODO
- "bps_wr": TODO
- "iops": TODO
- "iops_rd": TODO
- "iops_wr": TODO
- "bps_max": TODO
- "bps_rd_max": TODO
- "bps_wr_max": TODO
- "iops_max": TODO
- "iops_rd_max": TODO
- "iops_wr_max": TODO
- "bps_max_length": TODO
- "bps_rd_max_length": TODO
- "bps_wr_max_length": TODO
- "iops_max_length": TODO
- "iops_rd_max_length": TODO
- "iops_wr_max_length": TODO
- "iops_size": TODO
- "group": TODO

Features:

- "deprecated": TODO

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

A structure used by ThrottleGroupProperties.

Members:

- "iops-total": TODO
- "iops-total-max": TODO
- "iops-total-max-length": TODO
- "iops-read": TODO
- "iops-read-max": TODO
- "iops-read-max-length": TODO
- "iops-write": TODO
- "iops-write-max": TODO
- "iops-write-max-length": TODO
- "bps-total": TODO
- "bps-total-max": TODO
- "bps-total-max-length": TODO
- "bps-read": TODO
- "bps-read-max": TODO
- "bps-read-max-length": TODO
- "bps-write": TODO
- "bps-write-max": TODO
- "bps-write-max-length": TODO
- "iops-size": TODO

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

A structure used by ObjectOptions.

Members:

- "limits": TODO
- "x-iops-total": TODO
- "x-iops-total-max": TODO
- "x-iops-total-max-length": TODO
- "x-iops-read": TODO
- "x-iops-read-max": TODO
- "x-iops-read-max-length": TODO
- "x-iops-write": TODO
- "x-iops-write-max": TODO
- "x-iops-write-max-length": TODO
- "x-bps-total": TODO
- "x-bps-total-max": TODO
- "x-bps-total-max-length": TODO
- "x-bps-read": TODO
- "x-bps-read-max": TODO
- "x-bps-read-max-length": TODO
- "x-bps-write": TODO
- "x-bps-write-max": TODO
- "x-bps-write-max-length": TODO
- "x-iops-size": TODO

Features:

- "unstable": TODO

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

Start a job that copies data from the backing chain into a node, so that
the node no longer needs the images below it (or below "base-node"). When
the job completes the copied layers are dropped from the chain.

Arguments:

- "job-id": the job's identifier; defaults to the device name (json-string,
  optional)
- "device": the device or node whose backing data is copied in (json-string)
- "base": the file name of the image to stop at (prefer "base-node")
  (json-string, optional)
- "base-node": the node to stop at; it and what lies below stay in the chain
  (json-string, optional)
- "backing-file": the backing file name written into the image after the job
  (json-string, optional)
- "backing-mask-protocol": leave protocol nodes out of the backing file name
  QEMU writes (json-bool, optional)
- "bottom": the lowest node whose data is copied (exclusive with base
  options) (json-string, optional)
- "speed": the maximum speed in bytes per second, 0 for unlimited (json-int,
  optional)
- "on-error": what to do on an I/O error (json-string, BlockdevOnError,
  optional)
- "filter-node-name": the node name of the job's filter node (json-string,
  optional)
- "auto-finalize": finalize the job without waiting for job-finalize
  (default true) (json-bool, optional)
- "auto-dismiss": dismiss the job once it concluded (default true)
  (json-bool, optional)

Returns: an empty object

Example: -> { "execute": "block-stream", "arguments": { "job-id": "stream0", "device": "snap0" } }
<- { "return": {} }

Since: 1.1

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

Change the speed limit of a running block job.

Arguments:

- "device": the job's identifier (json-string)
- "speed": the new limit in bytes per second, 0 for unlimited (json-int)

Returns: an empty object

Example: -> { "execute": "block-job-set-speed", "arguments": { "device": "mirror0", "speed": 0 } }
<- { "return": {} }

Since: 1.1

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

Stop a block job. A mirror job that is ready finishes cleanly instead and
leaves the device on its source; "force" stops it even then.

Arguments:

- "device": the job's identifier (json-string)
- "force": cancel even a ready mirror job at once (default false)
  (json-bool, optional)

Returns: an empty object

Example: -> { "execute": "block-job-cancel", "arguments": { "device": "backup0" } }
<- { "return": {} }

Since: 1.1

EQMP

    {
        .name               = "block-job-pause",
        .args_type          = "device:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-pause
---------------

Pause a block job until "block-job-resume". Pauses nest.

Arguments:

- "device": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "block-job-pause", "arguments": { "device": "mirror0" } }
<- { "return": {} }

Since: 1.3

EQMP

    {
        .name               = "block-job-resume",
        .args_type          = "device:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-resume
----------------

Undo one "block-job-pause" of a block job.

Arguments:

- "device": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "block-job-resume", "arguments": { "device": "mirror0" } }
<- { "return": {} }

Since: 1.3

EQMP

    {
        .name               = "block-job-complete",
        .args_type          = "device:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-complete
------------------

Tell a job that is ready (a mirror, or a commit of the active layer) to
switch the device over and finish.

Arguments:

- "device": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "block-job-complete", "arguments": { "device": "mirror0" } }
<- { "return": {} }

Since: 1.3

EQMP

    {
        .name               = "block-job-dismiss",
        .args_type          = "id:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-dismiss
-----------------

Remove a concluded block job that was started with auto-dismiss false.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "block-job-dismiss", "arguments": { "id": "backup0" } }
<- { "return": {} }

Since: 2.12

EQMP

    {
        .name               = "block-job-finalize",
        .args_type          = "id:str",
        .allow_preconfig    = true,
    },

SQMP
block-job-finalize
------------------

Let a pending block job started with auto-finalize false make its changes
to the graph and conclude.

Arguments:

- "id": the job's identifier (json-string)

Returns: an empty object

Example: -> { "execute": "block-job-finalize", "arguments": { "id": "backup1" } }
<- { "return": {} }

Since: 2.12

EQMP

    {
        .struct             = "BlockJobChangeOptionsMirror",
        .members            = "copy-mode:MirrorCopyMode",
    },

SQMP
BlockJobChangeOptionsMirror
---------------------------

TODO

Members:

- "copy-mode": TODO

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

TODO

Members:

- "id": TODO
- "type": TODO

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

TODO

Since: 8.2

EQMP

    {
        .enum               = "BlockdevDiscardOptions",
        .values             = "ignore,unmap",
    },

SQMP
BlockdevDiscardOptions
----------------------

Whether guest discard requests reach the image.

Values:

- "ignore": TODO
- "unmap": TODO

Since: 2.9

EQMP

    {
        .enum               = "BlockdevDetectZeroesOptions",
        .values             = "off,on,unmap",
    },

SQMP
BlockdevDetectZeroesOptions
---------------------------

Whether writes of zeroes are detected, and what they become.

Values:

- "off": TODO
- "on": TODO
- "unmap": TODO

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

An enumeration used by BlockdevOptionsFile.

Values:

- "threads": TODO
- "native": TODO
- "io_uring": TODO

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

The cache modes of a node.

Members:

- "direct": TODO
- "no-flush": TODO

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

The block drivers QEMU knows. Not every driver is built into every binary.

Values:

- "blkdebug": TODO
- "blklogwrites": TODO
- "blkreplay": TODO
- "blkverify": TODO
- "bochs": TODO
- "cloop": TODO
- "compress": TODO
- "copy-before-write": TODO
- "copy-on-read": TODO
- "dmg": TODO
- "file": TODO
- "snapshot-access": TODO
- "ftp": TODO
- "ftps": TODO
- "gluster": TODO
- "host_cdrom": TODO
- "host_device": TODO
- "http": TODO
- "https": TODO
- "io_uring": TODO
- "iscsi": TODO
- "luks": TODO
- "nbd": TODO
- "nfs": TODO
- "null-aio": TODO
- "null-co": TODO
- "nvme": TODO
- "nvme-io_uring": TODO
- "parallels": TODO
- "preallocate": TODO
- "qcow": TODO
- "qcow2": TODO
- "qed": TODO
- "quorum": TODO
- "raw": TODO
- "rbd": TODO
- "replication": TODO
- "ssh": TODO
- "throttle": TODO
- "vdi": TODO
- "vhdx": TODO
- "virtio-blk-vfio-pci": TODO
- "virtio-blk-vhost-user": TODO
- "virtio-blk-vhost-vdpa": TODO
- "vmdk": TODO
- "vpc": TODO
- "vvfat": TODO

Features:

- "deprecated": TODO

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

Options of the file driver, which opens a host file.

Members:

- "filename": TODO
- "pr-manager": TODO
- "locking": TODO
- "aio": TODO
- "aio-max-batch": TODO
- "drop-cache": TODO
- "x-check-cache-dropped": TODO

Features:

- "dynamic-auto-read-only": TODO
- "unstable": TODO

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

