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

Options of the null-co and null-aio drivers, test nodes that read zeroes
and discard writes.

Members:

- "size": TODO
- "latency-ns": TODO
- "read-zeroes": TODO

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

TODO

Members:

- "device": TODO
- "namespace": TODO

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

TODO

Members:

- "dir": TODO
- "fat-type": TODO
- "floppy": TODO
- "label": TODO
- "rw": TODO

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsGenericFormat",
        .members            = "file:BlockdevRef",
    },

SQMP
BlockdevOptionsGenericFormat
----------------------------

A structure used by BlockdevOptionsRaw.

Members:

- "file": TODO

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

TODO

Members:

- "key-secret": TODO
- "header": TODO

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

A structure used by BlockdevOptionsQcow2.

Members:

- "backing": TODO

Since: 2.9

EQMP

    {
        .enum               = "Qcow2OverlapCheckMode",
        .values             = "none,constant,cached,all",
    },

SQMP
Qcow2OverlapCheckMode
---------------------

An enumeration used by Qcow2OverlapChecks.

Values:

- "none": TODO
- "constant": TODO
- "cached": TODO
- "all": TODO

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

A structure used by Qcow2OverlapChecks.

Members:

- "template": TODO
- "main-header": TODO
- "active-l1": TODO
- "active-l2": TODO
- "refcount-table": TODO
- "refcount-block": TODO
- "snapshot-table": TODO
- "inactive-l1": TODO
- "inactive-l2": TODO
- "bitmap-directory": TODO

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

An alternate used by BlockdevOptionsQcow2.

Members:

- "flags": TODO
- "mode": TODO

Since: 2.9

EQMP

    {
        .enum               = "BlockdevQcowEncryptionFormat",
        .values             = "aes",
    },

SQMP
BlockdevQcowEncryptionFormat
----------------------------

TODO

Values:

- "aes": TODO

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

TODO

Members:

- "format": TODO

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

TODO

Members:

- "encrypt": TODO

Since: 2.10

EQMP

    {
        .enum               = "BlockdevQcow2EncryptionFormat",
        .values             = "aes,luks",
    },

SQMP
BlockdevQcow2EncryptionFormat
-----------------------------

An enumeration used by BlockdevQcow2Encryption.

Values:

- "aes": TODO
- "luks": TODO

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

An union used by BlockdevOptionsQcow2.

Members:

- "format": TODO

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

TODO

Members:

- "prealloc-align": TODO
- "prealloc-size": TODO

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

Options of the qcow2 format driver.

Members:

- "lazy-refcounts": TODO
- "pass-discard-request": TODO
- "pass-discard-snapshot": TODO
- "pass-discard-other": TODO
- "discard-no-unref": TODO
- "overlap-check": TODO
- "cache-size": TODO
- "l2-cache-size": TODO
- "l2-cache-entry-size": TODO
- "refcount-cache-size": TODO
- "cache-clean-interval": TODO
- "encrypt": TODO
- "data-file": TODO

Since: 2.9

EQMP

    {
        .enum               = "SshHostKeyCheckMode",
        .values             = "none,hash,known_hosts",
    },

SQMP
SshHostKeyCheckMode
-------------------

TODO

Values:

- "none": TODO
- "hash": TODO
- "known_hosts": TODO

Since: 2.12

EQMP

    {
        .enum               = "SshHostKeyCheckHashType",
        .values             = "md5,sha1,sha256",
    },

SQMP
SshHostKeyCheckHashType
-----------------------

TODO

Values:

- "md5": TODO
- "sha1": TODO
- "sha256": TODO

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

TODO

Members:

- "type": TODO
- "hash": TODO

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

TODO

Members:

- "mode": TODO

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

TODO

Members:

- "server": TODO
- "path": TODO
- "user": TODO
- "host-key-check": TODO

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

TODO

Values:

- "l1_update": TODO
- "l1_grow_alloc_table": TODO
- "l1_grow_write_table": TODO
- "l1_grow_activate_table": TODO
- "l2_load": TODO
- "l2_update": TODO
- "l2_update_compressed": TODO
- "l2_alloc_cow_read": TODO
- "l2_alloc_write": TODO
- "read_aio": TODO
- "read_backing_aio": TODO
- "read_compressed": TODO
- "write_aio": TODO
- "write_compressed": TODO
- "vmstate_load": TODO
- "vmstate_save": TODO
- "cow_read": TODO
- "cow_write": TODO
- "reftable_load": TODO
- "reftable_grow": TODO
- "reftable_update": TODO
- "refblock_load": TODO
- "refblock_update": TODO
- "refblock_update_part": TODO
- "refblock_alloc": TODO
- "refblock_alloc_hookup": TODO
- "refblock_alloc_write": TODO
- "refblock_alloc_write_blocks": TODO
- "refblock_alloc_write_table": TODO
- "refblock_alloc_switch_table": TODO
- "cluster_alloc": TODO
- "cluster_alloc_bytes": TODO
- "cluster_free": TODO
- "flush_to_os": TODO
- "flush_to_disk": TODO
- "pwritev_rmw_head": TODO
- "pwritev_rmw_after_head": TODO
- "pwritev_rmw_tail": TODO
- "pwritev_rmw_after_tail": TODO
- "pwritev": TODO
- "pwritev_zero": TODO
- "pwritev_done": TODO
- "empty_image_prepare": TODO
- "l1_shrink_write_table": TODO
- "l1_shrink_free_l2_clusters": TODO
- "cor_write": TODO
- "cluster_alloc_space": TODO
- "none": TODO

Since: 2.9

EQMP

    {
        .enum               = "BlkdebugIOType",
        .values             = "read,write,write-zeroes,discard,flush,block-status",
    },

SQMP
BlkdebugIOType
--------------

TODO

Values:

- "read": TODO
- "write": TODO
- "write-zeroes": TODO
- "discard": TODO
- "flush": TODO
- "block-status": TODO

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

TODO

Members:

- "event": TODO
- "state": TODO
- "iotype": TODO
- "errno": TODO
- "sector": TODO
- "once": TODO
- "immediately": TODO

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

TODO

Members:

- "event": TODO
- "state": TODO
- "new_state": TODO

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

TODO

Members:

- "image": TODO
- "config": TODO
- "align": TODO
- "max-transfer": TODO
- "opt-write-zero": TODO
- "max-write-zero": TODO
- "opt-discard": TODO
- "max-discard": TODO
- "inject-error": TODO
- "set-state": TODO
- "take-child-perms": TODO
- "unshare-child-perms": TODO

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

TODO

Members:

- "file": TODO
- "log": TODO
- "log-sector-size": TODO
- "log-append": TODO
- "log-super-update-interval": TODO

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

TODO

Members:

- "test": TODO
- "raw": TODO

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsBlkreplay",
        .members            = "image:BlockdevRef",
    },

SQMP
BlockdevOptionsBlkreplay
------------------------

TODO

Members:

- "image": TODO

Since: 4.2

EQMP

    {
        .enum               = "QuorumReadPattern",
        .values             = "quorum,fifo",
    },

SQMP
QuorumReadPattern
-----------------

TODO

Values:

- "quorum": TODO
- "fifo": TODO

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

TODO

Members:

- "blkverify": TODO
- "children": TODO
- "vote-threshold": TODO
- "rewrite-corrupted": TODO
- "read-pattern": TODO

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

TODO

Members:

- "volume": TODO
- "path": TODO
- "server": TODO
- "debug": TODO
- "logfile": TODO

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

TODO

Members:

- "filename": TODO

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

TODO

Members:

- "path": TODO

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

TODO

Members:

- "path": TODO

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

TODO

Members:

- "path": TODO

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

TODO

Members:

- "path": TODO

Features:

- "fdset": TODO

Since: 7.2

EQMP

    {
        .enum               = "IscsiTransport",
        .values             = "tcp,iser",
    },

SQMP
IscsiTransport
--------------

TODO

Values:

- "tcp": TODO
- "iser": TODO

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

TODO

Values:

- "crc32c": TODO
- "none": TODO
- "crc32c-none": TODO
- "none-crc32c": TODO

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

TODO

Members:

- "transport": TODO
- "portal": TODO
- "target": TODO
- "lun": TODO
- "user": TODO
- "password-secret": TODO
- "initiator-name": TODO
- "header-digest": TODO
- "timeout": TODO

Since: 2.9

EQMP

    {
        .enum               = "RbdAuthMode",
        .values             = "cephx,none",
    },

SQMP
RbdAuthMode
-----------

TODO

Values:

- "cephx": TODO
- "none": TODO

Since: 3.0

EQMP

    {
        .enum               = "RbdImageEncryptionFormat",
        .values             = "luks,luks2,luks-any",
    },

SQMP
RbdImageEncryptionFormat
------------------------

An enumeration used by ImageInfoSpecificRbd.

Values:

- "luks": TODO
- "luks2": TODO
- "luks-any": TODO

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKSBase",
        .members            = "key-secret:str",
    },

SQMP
RbdEncryptionOptionsLUKSBase
----------------------------

TODO

Members:

- "key-secret": TODO

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

TODO

Members:

- "cipher-alg": TODO

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKS",
        .base               = "RbdEncryptionOptionsLUKSBase",
    },

SQMP
RbdEncryptionOptionsLUKS
------------------------

TODO

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKS2",
        .base               = "RbdEncryptionOptionsLUKSBase",
    },

SQMP
RbdEncryptionOptionsLUKS2
-------------------------

TODO

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionOptionsLUKSAny",
        .base               = "RbdEncryptionOptionsLUKSBase",
    },

SQMP
RbdEncryptionOptionsLUKSAny
---------------------------

TODO

Since: 8.0

EQMP

    {
        .struct             = "RbdEncryptionCreateOptionsLUKS",
        .base               = "RbdEncryptionCreateOptionsLUKSBase",
    },

SQMP
RbdEncryptionCreateOptionsLUKS
------------------------------

TODO

Since: 6.1

EQMP

    {
        .struct             = "RbdEncryptionCreateOptionsLUKS2",
        .base               = "RbdEncryptionCreateOptionsLUKSBase",
    },

SQMP
RbdEncryptionCreateOptionsLUKS2
-------------------------------

TODO

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

TODO

Members:

- "format": TODO
- "parent": TODO

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

TODO

Members:

- "format": TODO

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

TODO

Members:

- "pool": TODO
- "namespace": TODO
- "image": TODO
- "conf": TODO
- "snapshot": TODO
- "encrypt": TODO
- "user": TODO
- "auth-client-required": TODO
- "key-secret": TODO
- "server": TODO

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

TODO

Values:

- "primary": TODO
- "secondary": TODO

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

TODO

Members:

- "mode": TODO
- "top-id": TODO

Since: 2.9

EQMP

    {
        .enum               = "NFSTransport",
        .values             = "inet",
    },

SQMP
NFSTransport
------------

TODO

Values:

- "inet": TODO

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

TODO

Members:

- "type": TODO
- "host": TODO

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

TODO

Members:

- "server": TODO
- "path": TODO
- "user": TODO
- "group": TODO
- "tcp-syn-count": TODO
- "readahead-size": TODO
- "page-cache-size": TODO
- "debug": TODO

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

TODO

Members:

- "url": TODO
- "readahead": TODO
- "timeout": TODO
- "username": TODO
- "password-secret": TODO
- "proxy-username": TODO
- "proxy-password-secret": TODO

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

TODO

Members:

- "cookie": TODO
- "cookie-secret": TODO

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

TODO

Members:

- "cookie": TODO
- "sslverify": TODO
- "cookie-secret": TODO

Since: 2.9

EQMP

    {
        .struct             = "BlockdevOptionsCurlFtp",
        .base               = "BlockdevOptionsCurlBase",
    },

SQMP
BlockdevOptionsCurlFtp
----------------------

TODO

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

TODO

Members:

- "sslverify": TODO

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

TODO

Members:

- "server": TODO
- "export": TODO
- "tls-creds": TODO
- "tls-hostname": TODO
- "x-dirty-bitmap": TODO
- "reconnect-delay": TODO
- "open-timeout": TODO

Features:

- "unstable": TODO

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

Options of the raw format driver, which passes data through unchanged
(optionally a window of the child).

Members:

- "offset": TODO
- "size": TODO

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

TODO

Members:

- "throttle-group": TODO
- "file": TODO

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

TODO

Members:

- "bottom": TODO

Since: 6.0

EQMP

    {
        .enum               = "OnCbwError",
        .values             = "break-guest-write,break-snapshot",
    },

SQMP
OnCbwError
----------

TODO

Values:

- "break-guest-write": TODO
- "break-snapshot": TODO

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

TODO

Members:

- "target": TODO
- "bitmap": TODO
- "on-cbw-error": TODO
- "cbw-timeout": TODO
- "min-cluster-size": TODO

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

The options of a block node, selected by "driver". This file models five
drivers (file, null-aio, null-co, qcow2, raw); the options of other drivers
are not described.

Members:

- "driver": TODO
- "node-name": TODO
- "discard": TODO
- "cache": TODO
- "active": TODO
- "read-only": TODO
- "auto-read-only": TODO
- "force-share": TODO
- "detect-zeroes": TODO

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

A child node: either the options of a new node, or the name of an existing
one.

Members:

- "definition": TODO
- "reference": TODO

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

A child node, or null for no child (such as no backing file).

Members:

- "definition": TODO
- "reference": TODO
- "null": TODO

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

Create a block node and add it to the graph. The arguments are one
BlockdevOptions object (boxed): "driver" selects the kind of node and which
further members are valid. This file describes the members of the file,
null-co, null-aio, qcow2 and raw drivers; QEMU knows many more drivers, whose
nodes a typed request cannot build (send them as raw JSON). A child node
("file" of a format driver) is either the name of an existing node or a
nested BlockdevOptions object.

Arguments (the members every driver shares; see BlockdevOptions for the
others):

- "driver": the block driver of the new node (json-string, BlockdevDriver)
- "node-name": the name of the node; QEMU generates one when it is absent
  (json-string, optional)
- "discard": whether guest discard requests are passed down (ignore or
  unmap) (json-string, BlockdevDiscardOptions, optional)
- "cache": cache mode settings of the node (json-object,
  BlockdevCacheOptions, optional)
- "active": whether the node starts active (false for an inactive node
  during migration) (json-bool, optional)
- "read-only": open the node read-only (default false) (json-bool, optional)
- "auto-read-only": open read-only when read-write is not possible, and
  switch on demand (json-bool, optional)
- "force-share": allow other processes to write to the image at the same
  time (needs read-only) (json-bool, optional)
- "detect-zeroes": whether writes of zeroes are detected and turned into
  zero writes or discards (json-string, BlockdevDetectZeroesOptions,
  optional)

Returns: an empty object

Example: -> { "execute": "blockdev-add", "arguments": { "driver": "null-co", "node-name": "null0", "read-only": false, "detect-zeroes": "off" } }
<- { "return": {} }

A qcow2 image over a host file, in one request:

-> { "execute": "blockdev-add", "arguments": { "driver": "qcow2", "node-name": "disk0", "file": { "driver": "file", "filename": "/tmp/disk.qcow2" } } }
<- { "return": {} }

A raw window of an existing node:

-> { "execute": "blockdev-add", "arguments": { "driver": "raw", "node-name": "raw0", "file": "disk0", "offset": 4096 } }
<- { "return": {} }

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

Change the options of existing block nodes in one atomic step: each entry
gives the complete new option set of one node, and every node is reopened
or none is.

Arguments:

- "options": the new options of each node, named by "node-name" (json-array,
  array of BlockdevOptions)

Returns: an empty object

Example: -> { "execute": "blockdev-reopen", "arguments": { "options": [ { "driver": "null-co", "node-name": "null0", "read-only": true } ] } }
<- { "return": {} }

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

Remove a block node created with "blockdev-add". It must not be in use by a
device, a job or another node.

Arguments:

- "node-name": the node to remove (json-string)

Returns: an empty object

Example: -> { "execute": "blockdev-del", "arguments": { "node-name": "null0" } }
<- { "return": {} }

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

TODO

Arguments:

- "node-name": TODO
- "active": TODO

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

TODO

Members:

- "filename": TODO
- "size": TODO
- "preallocation": TODO
- "nocow": TODO
- "extent-size-hint": TODO

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

TODO

Members:

- "location": TODO
- "size": TODO
- "preallocation": TODO

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

TODO

Members:

- "file": TODO
- "header": TODO
- "size": TODO
- "preallocation": TODO

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

TODO

Members:

- "location": TODO
- "size": TODO

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

TODO

Members:

- "file": TODO
- "size": TODO
- "cluster-size": TODO

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

TODO

Members:

- "file": TODO
- "size": TODO
- "backing-file": TODO
- "encrypt": TODO

Since: 2.12

EQMP

    {
        .enum               = "BlockdevQcow2Version",
        .values             = "v2,v3",
    },

SQMP
BlockdevQcow2Version
--------------------

TODO

Values:

- "v2": TODO
- "v3": TODO

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

An enumeration used by ImageInfoSpecificQCow2.

Values:

- "zlib": TODO
- "zstd": TODO

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

TODO

Members:

- "file": TODO
- "data-file": TODO
- "data-file-raw": TODO
- "extended-l2": TODO
- "size": TODO
- "version": TODO
- "backing-file": TODO
- "backing-fmt": TODO
- "encrypt": TODO
- "cluster-size": TODO
- "preallocation": TODO
- "lazy-refcounts": TODO
- "refcount-bits": TODO
- "compression-type": TODO

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

TODO

Members:

- "file": TODO
- "size": TODO
- "backing-file": TODO
- "backing-fmt": TODO
- "cluster-size": TODO
- "table-size": TODO

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

TODO

Members:

- "location": TODO
- "size": TODO
- "cluster-size": TODO
- "encrypt": TODO

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

TODO

Values:

- "monolithicSparse": TODO
- "monolithicFlat": TODO
- "twoGbMaxExtentSparse": TODO
- "twoGbMaxExtentFlat": TODO
- "streamOptimized": TODO

Since: 4.0

EQMP

    {
        .enum               = "BlockdevVmdkAdapterType",
        .values             = "ide,buslogic,lsilogic,legacyESX",
    },

SQMP
BlockdevVmdkAdapterType
-----------------------

TODO

Values:

- "ide": TODO
- "buslogic": TODO
- "lsilogic": TODO
- "legacyESX": TODO

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

TODO

Members:

- "file": TODO
- "size": TODO
- "extents": TODO
- "subformat": TODO
- "backing-file": TODO
- "adapter-type": TODO
- "hwversion": TODO
- "toolsversion": TODO
- "zeroed-grain": TODO

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

TODO

Members:

- "location": TODO
- "size": TODO

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

TODO

Members:

- "file": TODO
- "size": TODO
- "preallocation": TODO

Since: 2.12

EQMP

    {
        .enum               = "BlockdevVhdxSubformat",
        .values             = "dynamic,fixed",
    },

SQMP
BlockdevVhdxSubformat
---------------------

TODO

Values:

- "dynamic": TODO
- "fixed": TODO

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

TODO

Members:

- "file": TODO
- "size": TODO
- "log-size": TODO
- "block-size": TODO
- "subformat": TODO
- "block-state-zero": TODO

Since: 2.12

EQMP

    {
        .enum               = "BlockdevVpcSubformat",
        .values             = "dynamic,fixed",
    },

SQMP
BlockdevVpcSubformat
--------------------

TODO

Values:

- "dynamic": TODO
- "fixed": TODO

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

TODO

Members:

- "file": TODO
- "size": TODO
- "subformat": TODO
- "force-size": TODO

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

TODO

Members:

- "driver": TODO

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

TODO

Arguments:

- "job-id": TODO
- "options": TODO

Since: 3.0

EQMP

    {
        .struct             = "BlockdevAmendOptionsLUKS",
        .base               = "QCryptoBlockAmendOptionsLUKS",
    },

SQMP
BlockdevAmendOptionsLUKS
------------------------

TODO

Since: 5.1

EQMP

    {
        .struct             = "BlockdevAmendOptionsQcow2",
        .members            = "encrypt:QCryptoBlockAmendOptions?",
    },

SQMP
BlockdevAmendOptionsQcow2
-------------------------

TODO

Members:

- "encrypt": TODO

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

TODO

Members:

- "driver": TODO

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

TODO

Arguments:

- "job-id": TODO
- "node-name": TODO
- "options": TODO
- "force": TODO

Features:

- "unstable": TODO

Since: 5.1

EQMP

    {
        .enum               = "BlockErrorAction",
        .values             = "ignore,report,stop",
    },

SQMP
BlockErrorAction
----------------

What QEMU did after an I/O error: reported it to the guest, ignored it, or
stopped the guest.

Values:

- "ignore": TODO
- "report": TODO
- "stop": TODO

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

QEMU found metadata corruption in an image (qcow2 for instance). A fatal
one marks the image corrupt and stops further writes.

Data:

- "device": the block device name (empty when it has none) (json-string)
- "node-name": the node of the image (json-string, optional)
- "msg": what is wrong (json-string)
- "offset": where in the image, in bytes (json-int, optional)
- "size": how many bytes are affected (json-int, optional)
- "fatal": whether the image was marked corrupt (json-bool)

Example: <- { "event": "BLOCK_IMAGE_CORRUPTED", "data": { "device": "", "node-name": "disk0", "msg": "Preventing invalid write on metadata (overlaps with qcow2_header)", "offset": 0, "size": 512, "fatal": true }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

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

A guest I/O request on a block device failed. Depending on the error policy
the guest may be stopped until the problem is fixed.

Data:

- "qom-path": the QOM path of the device (json-string)
- "device": the block device name (empty when it has none) (json-string)
- "node-name": the node where the error happened (json-string, optional)
- "operation": whether reading or writing failed (json-string,
  IoOperationType)
- "action": what QEMU does about it (json-string, BlockErrorAction)
- "nospace": true when the host ran out of space, so freeing space may help
  (json-bool, optional)
- "reason": a readable description of the error (json-string)

Example: <- { "event": "BLOCK_IO_ERROR", "data": { "qom-path": "/machine/peripheral/vd0/virtio-backend", "device": "", "node-name": "disk0", "operation": "write", "action": "stop", "nospace": true, "reason": "No space left on device" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

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

A block job finished, successfully or with the error given.

Data:

- "type": the kind of job (json-string, JobType)
- "device": the job's identifier (json-string)
- "len": the final total amount of work (no unit) (json-int)
- "offset": the work done (equal to len on success) (json-int)
- "speed": the speed limit at the end, in bytes per second (json-int)
- "error": what went wrong; absent on success (json-string, optional)

Example: <- { "event": "BLOCK_JOB_COMPLETED", "data": { "type": "mirror", "device": "mirror0", "len": 1073741824, "offset": 1073741824, "speed": 0 }, "timestamp": { "seconds": 1795606316, "microseconds": 943105 } }

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

A block job was cancelled before it finished.

Data:

- "type": the kind of job (json-string, JobType)
- "device": the job's identifier (json-string)
- "len": the total amount of work (no unit) (json-int)
- "offset": the work done when it stopped (json-int)
- "speed": the speed limit, in bytes per second (json-int)

Example: <- { "event": "BLOCK_JOB_CANCELLED", "data": { "type": "backup", "device": "backup0", "len": 1073741824, "offset": 1048576, "speed": 1 }, "timestamp": { "seconds": 1795606317, "microseconds": 745858 } }

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

A block job hit an I/O error.

Data:

- "device": the job's identifier (json-string)
- "operation": whether reading or writing failed (json-string,
  IoOperationType)
- "action": what the job does about it (json-string, BlockErrorAction)

Example: <- { "event": "BLOCK_JOB_ERROR", "data": { "device": "stream0", "operation": "write", "action": "stop" }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

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

A block job (mirror, or commit of the active layer) finished its bulk work
and waits for "block-job-complete".

Data:

- "type": the kind of job (json-string, JobType)
- "device": the job's identifier (json-string)
- "len": the total amount of work (no unit) (json-int)
- "offset": the work done (json-int)
- "speed": the speed limit, in bytes per second (json-int)

Example: <- { "event": "BLOCK_JOB_READY", "data": { "type": "mirror", "device": "mirror0", "len": 1073741824, "offset": 1073741824, "speed": 0 }, "timestamp": { "seconds": 1795606315, "microseconds": 942112 } }

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

A block job started with auto-finalize false finished its work and waits
for "job-finalize".

Data:

- "type": the kind of job (json-string, JobType)
- "id": the job's identifier (json-string)

Example: <- { "event": "BLOCK_JOB_PENDING", "data": { "type": "backup", "id": "backup1" }, "timestamp": { "seconds": 1795606318, "microseconds": 248226 } }

Since: 2.12

EQMP

    {
        .enum               = "PreallocMode",
        .values             = "off,metadata,falloc,full",
    },

SQMP
PreallocMode
------------

TODO

Values:

- "off": TODO
- "metadata": TODO
- "falloc": TODO
- "full": TODO

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

A write went beyond the threshold armed with "block-set-write-threshold";
the threshold is now disarmed.

Data:

- "node-name": the node (json-string)
- "amount-exceeded": how many bytes the write went beyond the threshold
  (json-int, uint64)
- "write-threshold": the threshold that was passed, in bytes (json-int,
  uint64)

Example: <- { "event": "BLOCK_WRITE_THRESHOLD", "data": { "node-name": "disk0", "amount-exceeded": 65536, "write-threshold": 17179869184 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

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

Arm a one-shot alarm on a node: the first write beyond the given offset
sends BLOCK_WRITE_THRESHOLD. A management layer uses it to grow thin
provisioned storage in time. Zero disarms it.

Arguments:

- "node-name": the node to watch (json-string)
- "write-threshold": the offset in bytes that triggers the event (json-int,
  uint64)

Returns: an empty object

Example: -> { "execute": "block-set-write-threshold", "arguments": { "node-name": "disk0", "write-threshold": 17179869184 } }
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

TODO

Arguments:

- "parent": TODO
- "child": TODO
- "node": TODO

Features:

- "unstable": TODO

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

TODO

Arguments:

- "node-name": TODO
- "iothread": TODO
- "force": TODO

Features:

- "unstable": TODO

Since: 2.12

EQMP

    {
        .enum               = "QuorumOpType",
        .values             = "read,write,flush",
    },

SQMP
QuorumOpType
------------

The kinds of request a quorum child can fail.

Values:

- "read": TODO
- "write": TODO
- "flush": TODO

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

A quorum node could not reach agreement between its children for a
request.

Data:

- "reference": the node name of the quorum node (json-string)
- "sector-num": the first sector of the request (json-int)
- "sectors-count": the number of sectors (json-int)

Example: <- { "event": "QUORUM_FAILURE", "data": { "reference": "quorum0", "sector-num": 345435, "sectors-count": 5 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

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

One child of a quorum node failed a request or returned data that differs
from the others.

Data:

- "type": whether a read, write or flush failed (json-string, QuorumOpType)
- "error": the error message, when the child failed (json-string, optional)
- "node-name": the child node (json-string)
- "sector-num": the first sector of the request (json-int)
- "sectors-count": the number of sectors (json-int)

Example: <- { "event": "QUORUM_REPORT_BAD", "data": { "type": "read", "node-name": "child1", "sector-num": 345435, "sectors-count": 5 }, "timestamp": { "seconds": 1795606330, "microseconds": 84531 } }

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

The data of the blockdev-snapshot-internal-sync transaction action: an
internal snapshot, stored inside the image itself (qcow2).

Members:

- "device": the device or node to snapshot
- "name": the snapshot's name, new in the image

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

TODO

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

TODO

Arguments:

- "device": TODO
- "id": TODO
- "name": TODO

Returns: SnapshotInfo. TODO

Since: 1.7

EQMP

    {
        .struct             = "DummyBlockCoreForceArrays",
        .members            = "unused-block-graph-info:[BlockGraphInfo]",
    },

SQMP
DummyBlockCoreForceArrays
-------------------------

TODO

Members:

- "unused-block-graph-info": TODO

Since: 8.0

EQMP

