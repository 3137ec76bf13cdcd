HXCOMM Area 'migration'.

SQMP
Migration
=========

Moving a running VM's state (RAM, device state, optionally dirty
bitmaps) to another QEMU or to a file or command: starting and
following a migration, its capabilities and tuning parameters,
postcopy and its recovery, COLO fault tolerance and the Xen helpers,
measuring and limiting how fast the guest dirties memory, and VM
snapshots saved into block devices.

EQMP

    {
        .struct             = "MigrationStats",
        .members            = "transferred:int,"
                              "remaining:int,"
                              "total:int,"
                              "duplicate:int,"
                              "normal:int,"
                              "normal-bytes:int,"
                              "dirty-pages-rate:int,"
                              "mbps:number,"
                              "dirty-sync-count:int,"
                              "postcopy-requests:int,"
                              "page-size:int,"
                              "multifd-bytes:uint64,"
                              "pages-per-second:uint64,"
                              "precopy-bytes:uint64,"
                              "downtime-bytes:uint64,"
                              "postcopy-bytes:uint64,"
                              "dirty-sync-missed-zero-copy:uint64",
    },

SQMP
MigrationStats
--------------

Statistics of the RAM transfer of a migration, as query-migrate reports
them in "ram".

Members:

- "transferred": the bytes sent to the destination so far.
- "remaining": the bytes of RAM still to be sent.
- "total": the size in bytes of all the RAM the migration has to send.
- "duplicate": how many pages were found to be zero pages (since 1.2).
- "normal": how many non-zero pages were sent in full (since 1.2).
- "normal-bytes": the bytes sent for those full pages (since 1.2).
- "dirty-pages-rate": how many pages the guest dirties per second
  (since 1.3).
- "mbps": the transfer speed in megabits per second (since 1.6).
- "dirty-sync-count": how many times the dirty page bitmap has been
  synchronized, that is how many passes over RAM have started
  (since 2.1).
- "postcopy-requests": how many page requests came from the
  destination during postcopy (since 2.7).
- "page-size": the size in bytes of the pages the page counts refer to
  (since 2.10).
- "multifd-bytes": the bytes sent over multifd channels (since 3.0).
- "pages-per-second": how many pages are transferred per second
  (since 4.0).
- "precopy-bytes": the bytes sent in the precopy phase (since 7.0).
- "downtime-bytes": the bytes sent while the guest was stopped
  (since 7.0).
- "postcopy-bytes": the bytes sent in the postcopy phase (since 7.0).
- "dirty-sync-missed-zero-copy": how many dirty-RAM synchronizations
  had to copy dirty pages because zero-copy sending could not avoid it;
  between 0 and "dirty-sync-count" times "multifd-channels" (since
  7.1).

Since: 0.14

EQMP

    {
        .struct             = "XBZRLECacheStats",
        .members            = "cache-size:size,"
                              "bytes:int,"
                              "pages:int,"
                              "cache-miss:int,"
                              "cache-miss-rate:number,"
                              "encoding-rate:number,"
                              "overflow:int",
    },

SQMP
XBZRLECacheStats
----------------

Statistics of the XBZRLE cache, which lets a migration send only the
changed bytes of pages it has sent before (the "xbzrle" capability).

Members:

- "cache-size": the size of the cache in bytes.
- "bytes": the bytes sent in XBZRLE-encoded form.
- "pages": how many pages were sent XBZRLE-encoded.
- "cache-miss": how many times a page was not in the cache.
- "cache-miss-rate": the share of lookups that missed the cache
  (since 2.1).
- "encoding-rate": the ratio of encoded bytes (since 5.1).
- "overflow": how many times the encoded form of a page would have been
  too big, so the page was sent in full.

Since: 1.2

EQMP

    {
        .struct             = "CompressionStats",
        .members            = "pages:int,"
                              "busy:int,"
                              "busy-rate:number,"
                              "compressed-size:int,"
                              "compression-rate:number",
    },

SQMP
CompressionStats
----------------

Statistics of the multi-threaded compression of migration data. QEMU
10.0 no longer reports it: no command returns this type.

Members:

- "pages": how many pages were compressed and sent.
- "busy": how many times no compression thread was free.
- "busy-rate": the share of attempts that found every thread busy.
- "compressed-size": the size in bytes of the compressed data.
- "compression-rate": the ratio of the compressed size to the original
  size.

Since: 3.1

EQMP

    {
        .enum               = "MigrationStatus",
        .values             = "none,setup,cancelling,cancelled,active,postcopy-active,"
                              "postcopy-paused,postcopy-recover-setup,postcopy-recover,"
                              "completed,failed,colo,pre-switchover,device,wait-unplug",
    },

SQMP
MigrationStatus
---------------

The state of a migration, as query-migrate and the MIGRATION event
report it. The source and the destination each have their own state.

Values:

- "none": no migration has been started.
- "setup": the migration has been started and is being set up.
- "cancelling": the migration is being cancelled.
- "cancelled": the migration has been cancelled.
- "active": RAM and device state are being transferred (precopy).
- "postcopy-active": like "active", but in postcopy: the guest already
  runs on the destination, which fetches the missing pages (since 2.5).
- "postcopy-paused": a postcopy migration is paused, because its
  connection broke or because of migrate-pause; it can be recovered
  (since 3.0).
- "postcopy-recover-setup": the recovery of a paused postcopy migration
  is being set up, before the recovery proper starts (since 9.1).
- "postcopy-recover": a paused postcopy migration is being recovered
  (since 3.0).
- "completed": the migration finished successfully.
- "failed": the migration failed; query-migrate's "error-desc" says
  why.
- "colo": the VMs are in COLO fault tolerance mode. Only reached when
  the "x-colo" capability is on (since 2.8).
- "pre-switchover": the source is paused before it serialises the
  device state, waiting for migrate-continue (the
  "pause-before-switchover" capability) (since 2.11).
- "device": the device state is being serialised: the switch-over
  phase. Before 9.2 this state was only used for precopy with the
  "pause-before-switchover" capability; QEMU 10.0 goes through it in
  every migration (since 2.11).
- "wait-unplug": the source waits for the guest to finish unplugging
  devices (the primary device of a failover pair) (since 4.2).

Since: 2.3

EQMP

    {
        .struct             = "VfioStats",
        .members            = "transferred:int",
    },

SQMP
VfioStats
---------

Statistics of the state transfer of VFIO devices (assigned host
devices) in a migration.

Members:

- "transferred": the bytes that VFIO devices sent to the destination.

Since: 5.2

EQMP

    {
        .struct             = "MigrationInfo",
        .members            = "status:MigrationStatus?,"
                              "ram:MigrationStats?,"
                              "vfio:VfioStats?,"
                              "xbzrle-cache:XBZRLECacheStats?,"
                              "total-time:int?,"
                              "expected-downtime:int?,"
                              "downtime:int?,"
                              "setup-time:int?,"
                              "cpu-throttle-percentage:int?,"
                              "error-desc:str?,"
                              "blocked-reasons:[str]?,"
                              "postcopy-blocktime:uint32?,"
                              "postcopy-vcpu-blocktime:[uint32]?,"
                              "socket-address:[SocketAddress]?,"
                              "dirty-limit-throttle-time-per-round:uint64?,"
                              "dirty-limit-ring-full-time:uint64?",
    },

SQMP
MigrationInfo
-------------

The state and statistics of the current or last migration, as
query-migrate reports them. Which members are present depends on the
state and on the side (source or destination).

Members:

- "status": the state of the migration. Absent when no migration has
  been started.
- "ram": statistics of the RAM transfer, on the source while the
  migration is active and after it completed (QEMU 10.0 also reports
  them in the states in between, such as pre-switchover, postcopy or
  cancelling) (since 1.2).
- "vfio": statistics of the VFIO device state transfer; only when
  there are VFIO devices, all of them support migration, and the
  migration is active or completed (since 5.2).
- "xbzrle-cache": statistics of the XBZRLE cache; only when the
  "xbzrle" capability is on and the migration is active or completed
  (since 1.2).
- "total-time": the milliseconds since the migration started, or once
  it has ended, how long it took (since 1.2).
- "expected-downtime": only while the migration is active: the downtime
  in milliseconds that the guest is expected to have, estimated from
  the last pass over the dirty page bitmap (since 1.3).
- "downtime": the milliseconds the guest was stopped in total; present
  when the migration completed successfully (and during postcopy, once
  the switch-over is done) (since 1.3).
- "setup-time": the milliseconds between the migrate command and the
  start of the transfer rounds, that is the cost of the preparation
  (such as pinning memory for RDMA) which is not part of the rounds
  themselves (since 1.6).
- "cpu-throttle-percentage": the percentage of time the guest CPUs are
  held back by auto-converge; only once auto-converge has started
  throttling (since 2.7).
- "error-desc": why the migration failed or paused, for humans; do not
  parse it (since 2.7).
- "blocked-reasons": why an outgoing migration is not possible now;
  present, and not empty, only when it is blocked (since 6.0).
- "postcopy-blocktime": on the destination, the milliseconds during
  which all vCPUs were blocked waiting for pages in postcopy; only with
  the "postcopy-blocktime" capability (since 3.0).
- "postcopy-vcpu-blocktime": on the destination, the same blocked time
  per vCPU, in vCPU order; only with the "postcopy-blocktime"
  capability (since 3.0).
- "socket-address": on the destination, the addresses it listens on.
  Useful with TCP to learn the real port when port 0 was asked for
  (since 4.0).
- "dirty-limit-throttle-time-per-round": the longest time in
  microseconds that vCPUs were throttled in one dirty ring full round,
  which shows how much the "dirty-limit" capability affects the guest
  during live migration (since 8.1).
- "dirty-limit-ring-full-time": the estimated average time in
  microseconds that a vCPU takes to fill its dirty ring (the size of
  the dirty ring's memory divided by the vCPU's average dirty page
  rate), a hint at the vCPUs' memory load; 0 means the guest does not
  dirty memory (since 8.1).

Since: 0.14

EQMP

    {
        .name               = "query-migrate",
        .args_type          = "",
        .returns            = "MigrationInfo",
    },

SQMP
query-migrate
-------------

Report the state of the current or last migration, with transfer
statistics while it runs and after it ended. It is how a client
follows a migration started with migrate or migrate-incoming. Members
are present only when they make sense for the state and the side: a
QEMU that never migrated replies with an empty object.

Arguments: None.

Returns: a MigrationInfo with the state and statistics.

Since: 0.14

Example:

(Captured on the source and destination QEMU of migrations over Unix
sockets, the source with 128 MiB of guest RAM filled with random data
and "max-bandwidth" lowered.)

Before any migration:

-> {"execute": "query-migrate"}
<- {"return": {}}

On the source, while RAM is being sent:

-> {"execute": "query-migrate"}
<- {"return": {"expected-downtime": 300, "status": "active", "setup-time": 2,
     "total-time": 3271, "ram": {"total": 134750208, "postcopy-requests": 0,
     "dirty-sync-count": 1, "multifd-bytes": 0, "pages-per-second": 2240,
     "downtime-bytes": 0, "page-size": 4096, "remaining": 103751680,
     "postcopy-bytes": 0, "mbps": 73.54512, "transferred": 30343285,
     "dirty-sync-missed-zero-copy": 0, "precopy-bytes": 30342722,
     "duplicate": 175, "dirty-pages-rate": 0, "normal-bytes": 30281728,
     "normal": 7393}}}

On the source, with the "xbzrle" capability on:

-> {"execute": "query-migrate"}
<- {"return": {"expected-downtime": 300, "xbzrle-cache": {"encoding-rate": 0,
     "bytes": 0, "cache-size": 33554432, "cache-miss-rate": 0, "pages": 0,
     "overflow": 0, "cache-miss": 0}, "status": "active", "setup-time": 2,
     "total-time": 2075, "ram": {"total": 134750208, "postcopy-requests": 0,
     "dirty-sync-count": 1, "multifd-bytes": 0, "pages-per-second": 4160,
     "downtime-bytes": 0, "page-size": 4096, "remaining": 98250752,
     "postcopy-bytes": 0, "mbps": 136.58256, "transferred": 35854723,
     "dirty-sync-missed-zero-copy": 0, "precopy-bytes": 35854290,
     "duplicate": 175, "dirty-pages-rate": 0, "normal-bytes": 35782656,
     "normal": 8736}}}

On the source, after success:

-> {"execute": "query-migrate"}
<- {"return": {"status": "completed", "setup-time": 1, "downtime": 432,
     "total-time": 4252, "ram": {"total": 134750208, "postcopy-requests": 0,
     "dirty-sync-count": 3, "multifd-bytes": 0, "pages-per-second": 8320,
     "downtime-bytes": 16634555, "page-size": 4096, "remaining": 0,
     "postcopy-bytes": 0, "mbps": 252.1460381086803, "transferred": 133984101,
     "dirty-sync-missed-zero-copy": 0, "precopy-bytes": 117236866,
     "duplicate": 282, "dirty-pages-rate": 0, "normal-bytes": 133607424,
     "normal": 32619}}}

On a destination started with -incoming defer, listening on a TCP port
that the system chose; then on destinations after a postcopy migration
with the "postcopy-blocktime" capability, and after a failed migration
(migrate-incoming with "exit-on-error": false):

-> {"execute": "query-migrate"}
<- {"return": {"status": "setup", "socket-address": [{"port": "43621", "ipv4": true, "host": "127.0.0.1", "type": "inet"}]}}
-> {"execute": "query-migrate"}
<- {"return": {"postcopy-blocktime": 0, "status": "completed", "postcopy-vcpu-blocktime": [0]}}
-> {"execute": "query-migrate"}
<- {"return": {"status": "failed", "error-desc": "load of migration failed: Invalid argument"}}

EQMP

    {
        .enum               = "MigrationCapability",
        .values             = "xbzrle,rdma-pin-all,auto-converge,"
                              "zero-blocks +deprecated,events,postcopy-ram,"
                              "x-colo +unstable,release-ram,return-path,pause-before-switchover,"
                              "multifd,dirty-bitmaps,postcopy-blocktime,late-block-activate,"
                              "x-ignore-shared +unstable,validate-uuid,background-snapshot,"
                              "zero-copy-send,postcopy-preempt,switchover-ack,dirty-limit,"
                              "mapped-ram",
    },

SQMP
MigrationCapability
-------------------

The migration features that can be switched on or off with
migrate-set-capabilities. All of them are off when QEMU starts.

Values:

- "xbzrle": send pages that were sent before as a compressed difference
  to their previous content (XOR Based Zero Run Length Encoding), which
  cuts the traffic for some workloads. Not compatible with "multifd".
- "rdma-pin-all": with RDMA migration, lock (mlock) all of the VM's
  memory at once at the start, instead of on demand as pages are sent
  (since 2.0).
- "auto-converge": throttle the guest CPUs when the RAM migration does
  not converge, so the guest dirties memory more slowly (see the
  cpu-throttle-* parameters) (since 1.6).
- "zero-blocks": encode blocks of zeroes efficiently in storage
  migration, saving about 1 MB of zeroes per block on the wire; turning
  it on in the source is enough, but both sides must support it.
  Storage (block) migration has been removed from QEMU, so it has no
  use any more. Deprecated (since 1.6).
- "events": send a MIGRATION event for every change of the migration
  state, and MIGRATION_PASS events on the source (since 2.4).
- "postcopy-ram": allow switching to postcopy (migrate-start-postcopy),
  in which the guest starts running on the destination before all of
  its RAM has arrived and the missing pages are fetched when needed.
  Source and destination must have the same setting or the migration
  does not start. If a postcopy migration fails, the VM is lost
  (since 2.6).
- "x-colo": keep migrating the state of the primary VM to the secondary
  VM continuously, without end: COLO (COarse-grained LOck-stepping)
  fault tolerance. Experimental (since 2.8).
- "release-ram": in postcopy, free the RAM pages on the source once
  they have been migrated (since 2.9).
- "return-path": use the return path from the destination also for
  precopy migrations (since 2.10).
- "pause-before-switchover": pause the outgoing migration before the
  device state is serialised and block I/O is disabled, in the state
  "pre-switchover", until migrate-continue (since 2.11).
- "multifd": send the data over several channels at once (see
  "multifd-channels") (since 4.0).
- "dirty-bitmaps": migrate the named dirty bitmaps of block nodes
  (since 2.12).
- "postcopy-blocktime": on the destination, measure how long vCPUs are
  blocked waiting for pages during postcopy (reported by query-migrate)
  (since 3.0).
- "late-block-activate": on the destination, do not activate block
  devices (and take their locks) right at the end of the migration
  (since 3.0).
- "x-ignore-shared": do not migrate shared memory that the destination
  can access itself. Experimental (since 4.0).
- "validate-uuid": send the source's UUID so that the destination can
  check that it is the same (since 4.2).
- "background-snapshot": make the migration stream a snapshot of the VM
  exactly as it was when the migration started, while the VM keeps
  running and its RAM is saved (since 6.0).
- "zero-copy-send": send memory pages without copying them first, when
  the host supports it. QEMU must be allowed to lock guest RAM pages in
  memory. In QEMU 10.0 it is only accepted for multifd migration
  without compression and without TLS (since 7.1).
- "postcopy-preempt": let page requests of postcopy overtake the
  precopy stream so they are served faster. It only improves speed and
  does not change the correctness of postcopy (since 7.1).
- "switchover-ack": do not stop the source VM and complete the
  migration until the destination says it is fine to. When it says so
  depends on the migrated devices that use this; a device can, for
  example, make sure some of its data has been sent and loaded on the
  destination first, which can reduce the downtime. Requires the
  "return-path" capability (since 8.1).
- "dirty-limit": during live migration, throttle vCPUs as needed to
  keep their dirty page rate within the "vcpu-dirty-limit" parameter.
  It can keep large guests more responsive and their read performance
  more stable. Requires KVM with the accelerator property
  "dirty-ring-size" set (since 8.1).
- "mapped-ram": write each RAM page at a fixed offset of the migration
  file. The migration URI must allow seeking, such as a file (since
  9.0).

Features:

- "unstable": the values "x-colo" and "x-ignore-shared" are
  experimental.
- "deprecated": the value "zero-blocks" is deprecated, because block
  migration, which it was part of, has been removed; there is no
  replacement.

Since: 1.2

EQMP

    {
        .struct             = "MigrationCapabilityStatus",
        .members            = "capability:MigrationCapability,"
                              "state:bool",
    },

SQMP
MigrationCapabilityStatus
-------------------------

A migration capability and whether it is on.

Members:

- "capability": the capability.
- "state": true when the capability is on, false when it is off.

Since: 1.2

EQMP

    {
        .name               = "migrate-set-capabilities",
        .args_type          = "capabilities:[MigrationCapabilityStatus]",
    },

SQMP
migrate-set-capabilities
------------------------

Switch migration capabilities on or off. It must be done before the
migration starts, and many capabilities (such as "postcopy-ram") need
the same setting on both the source and the destination. The
capabilities not listed keep their state.

Arguments:

- "capabilities": the capabilities to change, each with its new state.

Errors:

- GenericError when a migration is in progress ("There's a migration
  process in progress").
- GenericError when the resulting set of capabilities is not valid or
  not supported by this QEMU or host, for example "Multifd is not
  compatible with xbzrle", "Capability 'switchover-ack' requires
  capability 'return-path'", or "dirty-limit requires KVM with
  accelerator property 'dirty-ring-size' set". Nothing is changed then.

Since: 1.2

Example:

-> {"execute": "migrate-set-capabilities", "arguments": {"capabilities": [{"capability": "events", "state": true}, {"capability": "pause-before-switchover", "state": true}]}}
<- {"return": {}}
-> {"execute": "migrate-set-capabilities", "arguments": {"capabilities": [{"capability": "xbzrle", "state": true}, {"capability": "multifd", "state": true}]}}
<- {"error": {"class": "GenericError", "desc": "Multifd is not compatible with xbzrle"}}

EQMP

    {
        .name               = "query-migrate-capabilities",
        .args_type          = "",
        .returns            = "[MigrationCapabilityStatus]",
    },

SQMP
query-migrate-capabilities
--------------------------

List every migration capability with its current state.

Arguments: None.

Returns: a list of MigrationCapabilityStatus, one per capability.

Since: 1.2

Example:

A QEMU that has just started (every capability is off):

-> {"execute": "query-migrate-capabilities"}
<- {"return": [{"state": false, "capability": "xbzrle"}, {"state": false, "capability": "rdma-pin-all"}, {"state": false, "capability": "auto-converge"}, {"state": false, "capability": "zero-blocks"}, {"state": false, "capability": "events"}, {"state": false, "capability": "postcopy-ram"}, {"state": false, "capability": "x-colo"}, {"state": false, "capability": "release-ram"}, {"state": false, "capability": "return-path"}, {"state": false, "capability": "pause-before-switchover"}, {"state": false, "capability": "multifd"}, {"state": false, "capability": "dirty-bitmaps"}, {"state": false, "capability": "postcopy-blocktime"}, {"state": false, "capability": "late-block-activate"}, {"state": false, "capability": "x-ignore-shared"}, {"state": false, "capability": "validate-uuid"}, {"state": false, "capability": "background-snapshot"}, {"state": false, "capability": "zero-copy-send"}, {"state": false, "capability": "postcopy-preempt"}, {"state": false, "capability": "switchover-ack"}, {"state": false, "capability": "dirty-limit"}, {"state": false, "capability": "mapped-ram"}]}

EQMP

    {
        .enum               = "MultiFDCompression",
        .prefix             = "MULTIFD_COMPRESSION",
        .values             = "none,zlib,"
#if defined(CONFIG_ZSTD)
                              "zstd,"
#endif
#if defined(CONFIG_QATZIP)
                              "qatzip,"
#endif
#if defined(CONFIG_QPL)
                              "qpl,"
#endif
#if defined(CONFIG_UADK)
                              "uadk"
#endif
                              "",
    },

SQMP
MultiFDCompression
------------------

The compression methods of multifd migration (the
"multifd-compression" parameter). Which of them exist depends on the
libraries QEMU was built with.

Values:

- "none": no compression.
- "zlib": zlib compression.
- "zstd": zstd compression; only in QEMU built with zstd support
  (CONFIG_ZSTD).
- "qatzip": compression with the QATzip library (Intel QuickAssist);
  only in QEMU built with it (CONFIG_QATZIP) (since 9.2).
- "qpl": compression with the Query Processing Library (QPL), a deflate
  implementation that uses the Intel In-Memory Analytics Accelerator
  (IAA) for compression and decompression; only in QEMU built with it
  (CONFIG_QPL) (since 9.1).
- "uadk": compression with the UADK library; only in QEMU built with
  it (CONFIG_UADK) (since 9.1).

Since: 5.0

EQMP

    {
        .enum               = "MigMode",
        .values             = "normal,cpr-reboot,cpr-transfer",
    },

SQMP
MigMode
-------

How a migration is carried out (the "mode" parameter).

Values:

- "normal": the usual live migration to another QEMU (since 8.2).
- "cpr-reboot": checkpoint and restart across a restart of QEMU and,
  optionally, of the host. The migrate command stops the VM and saves
  its state to the URI; the user then quits QEMU, may update and reboot
  the host OS, and resumes the VM by starting QEMU with -incoming. When
  the host reboots, the saved state must survive it (a file, for
  example). Unlike normal mode, some local storage options do not block
  the migration, but the guest's block devices must not be modified
  between the quit and the restart. VFIO devices are supported if the
  guest has first been put in the suspended state (for example with
  the guest agent's guest-suspend-ram). It is fastest with shared
  memory backends and the "x-ignore-shared" capability, though neither
  is required; with them, a host reboot needs memory that survives it
  (such as a dax device). Cannot be combined with postcopy,
  "background-snapshot" or COLO (since 8.2).
- "cpr-transfer": hand the guest over to a new QEMU on the same host
  with a very short pause, leaving guest RAM where it is (devices and
  their pinned pages are to follow in a later QEMU). The new QEMU is
  started with the same machine options plus -incoming for the main
  migration channel, as for a live migration, and a second -incoming
  for a channel of type "cpr", which must be a Unix domain socket
  because file descriptors are passed over it (SCM_RIGHTS). The migrate
  command to the old QEMU then gets a second channel of type "cpr" in
  "channels"; the old QEMU stops the VM, saves its state to the
  channels and enters the postmigrate state, and the VM continues in
  the new QEMU. The new QEMU reads the cpr channel before it opens its
  monitors, so that channel can only be given on its command line, not
  to migrate-incoming. The main channel cannot be a file, and a TCP
  main channel cannot use port 0. Memory backends must have share=on
  (memory-backend-epc is not supported) and the machine must be started
  with -machine aux-ram-share=on. With -incoming defer, the migrate
  command must be sent to the old QEMU before any monitor command to
  the new one; the new QEMU only opens and reads the migration stream
  once it gets migrate-incoming (since 10.0).

Since: 8.2

EQMP

    {
        .enum               = "ZeroPageDetection",
        .values             = "none,legacy,multifd",
    },

SQMP
ZeroPageDetection
-----------------

Whether and where a migration looks for pages that are all zeroes, so
that it need not send their content (the "zero-page-detection"
parameter).

Values:

- "none": do not look for zero pages.
- "legacy": look for zero pages in the main migration thread.
- "multifd": look for zero pages in the multifd sender threads when the
  "multifd" capability is on; otherwise in the main migration thread,
  as with "legacy".

Since: 9.0

EQMP

    {
        .struct             = "BitmapMigrationBitmapAliasTransform",
        .members            = "persistent:bool?",
    },

SQMP
BitmapMigrationBitmapAliasTransform
-----------------------------------

A change applied to a dirty bitmap when it is migrated.

Members:

- "persistent": when present, the bitmap becomes persistent (true) or
  transient (false) on the destination. Absent: the bitmap keeps its
  persistence.

Since: 6.0

EQMP

    {
        .struct             = "BitmapMigrationBitmapAlias",
        .members            = "name:str,"
                              "alias:str,"
                              "transform:BitmapMigrationBitmapAliasTransform?",
    },

SQMP
BitmapMigrationBitmapAlias
--------------------------

The name under which a dirty bitmap travels in a dirty bitmap
migration (part of the "block-bitmap-mapping" parameter).

Members:

- "name": the name of the bitmap on this side.
- "alias": the name it has in the migration stream, for example the
  name of the bitmap on the other side.
- "transform": a change to apply to the bitmap when it is migrated.
  Absent: the bitmap is migrated as it is (since 6.0).

Since: 5.2

EQMP

    {
        .struct             = "BitmapMigrationNodeAlias",
        .members            = "node-name:str,"
                              "alias:str,"
                              "bitmaps:[BitmapMigrationBitmapAlias]",
    },

SQMP
BitmapMigrationNodeAlias
------------------------

The name under which a block node and its dirty bitmaps travel in a
dirty bitmap migration (one entry of the "block-bitmap-mapping"
parameter).

Members:

- "node-name": the node name of the block node on this side.
- "alias": the name the node has in the migration stream, for example
  its node name on the other side.
- "bitmaps": the names under which the node's bitmaps travel; bitmaps
  not listed are not migrated.

Since: 5.2

EQMP

    {
        .enum               = "MigrationParameter",
        .values             = "announce-initial,announce-max,announce-rounds,announce-step,"
                              "throttle-trigger-threshold,cpu-throttle-initial,"
                              "cpu-throttle-increment,cpu-throttle-tailslow,tls-creds,"
                              "tls-hostname,tls-authz,max-bandwidth,avail-switchover-bandwidth,"
                              "downtime-limit,"
                              "x-checkpoint-delay +unstable,multifd-channels,xbzrle-cache-size,"
                              "max-postcopy-bandwidth,max-cpu-throttle,multifd-compression,"
                              "multifd-zlib-level,multifd-zstd-level,multifd-qatzip-level,"
                              "block-bitmap-mapping,"
                              "x-vcpu-dirty-limit-period +unstable,vcpu-dirty-limit,mode,"
                              "zero-page-detection,direct-io",
    },

SQMP
MigrationParameter
------------------

The names of the migration parameters, one value per member of
MigrationParameters (used to name a single parameter, as the human
monitor does).

Values:

- "announce-initial": the delay in milliseconds after the migration
  before the first self-announcement packet (packets sent for the
  guest's network cards so that the network learns where they are now).
  Range 0 to 100000; QEMU starts with 50 (since 4.0).
- "announce-max": the longest delay in milliseconds between two
  self-announcement packets. Range 0 to 100000; QEMU starts with 550
  (since 4.0).
- "announce-rounds": how many self-announcement packets are sent after
  the migration. Range 0 to 1000; QEMU starts with 5 (since 4.0).
- "announce-step": how many milliseconds the delay between
  self-announcement packets grows from one packet to the next. Range 1
  to 10000; QEMU starts with 100 (since 4.0).
- "throttle-trigger-threshold": when auto-converge starts throttling:
  the percentage that the bytes the guest dirtied in a period may reach,
  relative to the bytes transferred in that period, before the guest
  CPUs get throttled. Range 1 to 100; default 50 (since 5.0).
- "cpu-throttle-initial": the percentage of time the guest CPUs are held
  back when auto-converge starts throttling them. Range 1 to 99; default
  20 (since 2.7).
- "cpu-throttle-increment": how many percentage points auto-converge
  adds to the throttling each time it sees that the migration is not
  making progress. Range 1 to 99; default 10 (since 2.7).
- "cpu-throttle-tailslow": whether auto-converge throttles more gently
  near the end. At that stage the guest reacts strongly to each step,
  and a full "cpu-throttle-increment" tends to be too much; when true,
  QEMU computes the throttle percentage that would bring the dirty rate
  just down to the threshold and uses the smaller of that step and
  "cpu-throttle-increment". The usual throttling is otherwise unchanged.
  Default false (since 5.1).
- "tls-creds": the ID of the tls-creds object (tls-creds-x509,
  tls-creds-psk, ...) that secures the migration data channel with TLS.
  The outgoing side needs credentials with endpoint "client", the
  incoming side with endpoint "server". A non-empty ID turns TLS on for
  every migration; the empty string means plain, unencrypted migration,
  which is the default (since 2.7).
- "tls-hostname": the host name expected in the x509 certificate of the
  migration target, to validate it. Empty (the default): the host name
  of the migration URI is used, if it has one. A non-empty value is
  needed with x509 credentials when the URI has no host name (fd: or
  exec: migration, for example); an empty value is accepted only since
  2.9 (since 2.7).
- "tls-authz": the ID of an authz object (authz-simple, authz-list, ...)
  that decides from the distinguished name of the client's x509
  certificate whether the incoming side accepts the connection. The
  object is only looked up when a connection comes in, so it can be
  deleted and created again while the migration listens. If the object
  is missing, access is denied (since 4.0).
- "max-bandwidth": the highest speed of the migration, in bytes per
  second. QEMU starts with 134217728 (128 MiB/s) (since 2.8).
- "avail-switchover-bandwidth": the bandwidth, in bytes per second, that
  the migration can count on during the switch-over phase. It does not
  limit anything: QEMU only uses it to decide when to switch over. 0
  (the default) makes QEMU estimate the bandwidth itself; set it when
  that estimate is off and the bandwidth is really available, so the
  decision is more accurate (since 8.2).
- "downtime-limit": the longest downtime in milliseconds that the guest
  may be stopped for at the end of the migration. Range 0 to 2000000;
  default 300 (since 2.8).
- "x-checkpoint-delay": the time in milliseconds between two COLO
  checkpoints in periodic mode. QEMU starts with 20000. Experimental
  (since 2.8).
- "multifd-channels": how many channels (sockets) a multifd migration
  uses to send data in parallel. Range 1 to 255; default 2 (since 4.0).
- "xbzrle-cache-size": the size in bytes of the XBZRLE cache. It must be
  a power of 2 and a multiple of the target page size (at least one
  page). QEMU starts with 67108864 (64 MiB) (since 2.11).
- "max-postcopy-bandwidth": the highest speed, in bytes per second, of
  the background transfer of pages during postcopy. 0 (the default)
  means no limit (since 3.0).
- "max-cpu-throttle": the highest percentage to which auto-converge may
  throttle the guest CPUs. Range "cpu-throttle-initial" to 99; default
  99 (since 3.1).
- "multifd-compression": the compression method of multifd migration.
  Default "none" (since 5.0).
- "multifd-zlib-level": the zlib compression level of multifd migration:
  0 (no compression) to 9 (smallest data, most CPU time); 1 is the
  fastest compression. Default 1 (since 5.0).
- "multifd-qatzip-level": the QATzip compression level of multifd
  migration: 1 (fastest) to 9 (smallest data, most CPU time). Default 1
  (since 9.2).
- "multifd-zstd-level": the zstd compression level of multifd migration:
  0 (no compression) to 20 (smallest data, most CPU time); 1 is the
  fastest compression. Default 1 (since 5.0).
- "block-bitmap-mapping": the names under which block nodes and their
  dirty bitmaps travel in a dirty bitmap migration, for example to match
  the names used on the other side. The mapping must be one-to-one but
  need not cover everything: on the source, bitmaps that are not mapped,
  and all bitmaps of nodes that are not mapped, are not migrated; on the
  destination, an alias that is not mapped is reported and all further
  bitmap data of the stream is dropped. The destination has no
  expectations about the bitmaps it receives: how many, their names and
  their nodes are free. As long as the parameter has never been set,
  bitmaps keep their names and a node is named after its block device if
  it has one, else after its node name (since 5.2).
- "x-vcpu-dirty-limit-period": the period in milliseconds of the dirty
  limit during live migration (see the "dirty-limit" capability). Range
  1 to 1000; default 1000. Experimental (since 8.1).
- "vcpu-dirty-limit": the dirty page rate, in MB/s, that the
  "dirty-limit" capability holds each vCPU to during live migration. At
  least 1; default 1 (since 8.1).
- "mode": the migration mode (see MigMode). Default "normal" (since
  8.2).
- "zero-page-detection": whether and where zero pages are detected (see
  ZeroPageDetection). Default "multifd" (since 9.0).
- "direct-io": whether migration files are opened with O_DIRECT when
  possible. It only has an effect when the "mapped-ram" capability is
  on. Default false (since 9.1).

Features:

- "unstable": the values "x-checkpoint-delay" and
  "x-vcpu-dirty-limit-period" are experimental.

Since: 2.4

EQMP

    {
        .struct             = "MigrateSetParameters",
        .members            = "announce-initial:size?,"
                              "announce-max:size?,"
                              "announce-rounds:size?,"
                              "announce-step:size?,"
                              "throttle-trigger-threshold:uint8?,"
                              "cpu-throttle-initial:uint8?,"
                              "cpu-throttle-increment:uint8?,"
                              "cpu-throttle-tailslow:bool?,"
                              "tls-creds:StrOrNull?,"
                              "tls-hostname:StrOrNull?,"
                              "tls-authz:StrOrNull?,"
                              "max-bandwidth:size?,"
                              "avail-switchover-bandwidth:size?,"
                              "downtime-limit:uint64?,"
                              "x-checkpoint-delay:uint32? +unstable,"
                              "multifd-channels:uint8?,"
                              "xbzrle-cache-size:size?,"
                              "max-postcopy-bandwidth:size?,"
                              "max-cpu-throttle:uint8?,"
                              "multifd-compression:MultiFDCompression?,"
                              "multifd-zlib-level:uint8?,"
                              "multifd-qatzip-level:uint8?,"
                              "multifd-zstd-level:uint8?,"
                              "block-bitmap-mapping:[BitmapMigrationNodeAlias]?,"
                              "x-vcpu-dirty-limit-period:uint64? +unstable,"
                              "vcpu-dirty-limit:uint64?,"
                              "mode:MigMode?,"
                              "zero-page-detection:ZeroPageDetection?,"
                              "direct-io:bool?",
    },

SQMP
MigrateSetParameters
--------------------

The migration parameters to change with migrate-set-parameters. Every
member is optional: a parameter that is absent keeps its current value.
The ranges given are the ones QEMU 10.0 checks.

Members:

- "announce-initial": the delay in milliseconds after the migration
  before the first self-announcement packet (packets sent for the
  guest's network cards so that the network learns where they are now).
  Range 0 to 100000; QEMU starts with 50 (since 4.0).
- "announce-max": the longest delay in milliseconds between two
  self-announcement packets. Range 0 to 100000; QEMU starts with 550
  (since 4.0).
- "announce-rounds": how many self-announcement packets are sent after
  the migration. Range 0 to 1000; QEMU starts with 5 (since 4.0).
- "announce-step": how many milliseconds the delay between
  self-announcement packets grows from one packet to the next. Range 1
  to 10000; QEMU starts with 100 (since 4.0).
- "throttle-trigger-threshold": when auto-converge starts throttling:
  the percentage that the bytes the guest dirtied in a period may reach,
  relative to the bytes transferred in that period, before the guest
  CPUs get throttled. Range 1 to 100; default 50 (since 5.0).
- "cpu-throttle-initial": the percentage of time the guest CPUs are held
  back when auto-converge starts throttling them. Range 1 to 99; default
  20 (since 2.7).
- "cpu-throttle-increment": how many percentage points auto-converge
  adds to the throttling each time it sees that the migration is not
  making progress. Range 1 to 99; default 10 (since 2.7).
- "cpu-throttle-tailslow": whether auto-converge throttles more gently
  near the end. At that stage the guest reacts strongly to each step,
  and a full "cpu-throttle-increment" tends to be too much; when true,
  QEMU computes the throttle percentage that would bring the dirty rate
  just down to the threshold and uses the smaller of that step and
  "cpu-throttle-increment". The usual throttling is otherwise unchanged.
  Default false (since 5.1).
- "tls-creds": the ID of the tls-creds object (tls-creds-x509,
  tls-creds-psk, ...) that secures the migration data channel with TLS.
  The outgoing side needs credentials with endpoint "client", the
  incoming side with endpoint "server". A non-empty ID turns TLS on for
  every migration; the empty string means plain, unencrypted migration,
  which is the default (since 2.7). A JSON null has the same effect as
  the empty string.
- "tls-hostname": the host name expected in the x509 certificate of the
  migration target, to validate it. Empty (the default): the host name
  of the migration URI is used, if it has one. A non-empty value is
  needed with x509 credentials when the URI has no host name (fd: or
  exec: migration, for example); an empty value is accepted only since
  2.9 (since 2.7). A JSON null has the same effect as the empty
  string.
- "tls-authz": the ID of an authz object (authz-simple, authz-list, ...)
  that decides from the distinguished name of the client's x509
  certificate whether the incoming side accepts the connection. The
  object is only looked up when a connection comes in, so it can be
  deleted and created again while the migration listens. If the object
  is missing, access is denied (since 4.0).
- "max-bandwidth": the highest speed of the migration, in bytes per
  second. QEMU starts with 134217728 (128 MiB/s) (since 2.8).
- "avail-switchover-bandwidth": the bandwidth, in bytes per second, that
  the migration can count on during the switch-over phase. It does not
  limit anything: QEMU only uses it to decide when to switch over. 0
  (the default) makes QEMU estimate the bandwidth itself; set it when
  that estimate is off and the bandwidth is really available, so the
  decision is more accurate (since 8.2).
- "downtime-limit": the longest downtime in milliseconds that the guest
  may be stopped for at the end of the migration. Range 0 to 2000000;
  default 300 (since 2.8).
- "x-checkpoint-delay": the time in milliseconds between two COLO
  checkpoints in periodic mode. QEMU starts with 20000. Experimental
  (since 2.8).
- "multifd-channels": how many channels (sockets) a multifd migration
  uses to send data in parallel. Range 1 to 255; default 2 (since 4.0).
- "xbzrle-cache-size": the size in bytes of the XBZRLE cache. It must be
  a power of 2 and a multiple of the target page size (at least one
  page). QEMU starts with 67108864 (64 MiB) (since 2.11).
- "max-postcopy-bandwidth": the highest speed, in bytes per second, of
  the background transfer of pages during postcopy. 0 (the default)
  means no limit (since 3.0).
- "max-cpu-throttle": the highest percentage to which auto-converge may
  throttle the guest CPUs. Range "cpu-throttle-initial" to 99; default
  99 (since 3.1).
- "multifd-compression": the compression method of multifd migration.
  Default "none" (since 5.0).
- "multifd-zlib-level": the zlib compression level of multifd migration:
  0 (no compression) to 9 (smallest data, most CPU time); 1 is the
  fastest compression. Default 1 (since 5.0).
- "multifd-qatzip-level": the QATzip compression level of multifd
  migration: 1 (fastest) to 9 (smallest data, most CPU time). Default 1
  (since 9.2).
- "multifd-zstd-level": the zstd compression level of multifd migration:
  0 (no compression) to 20 (smallest data, most CPU time); 1 is the
  fastest compression. Default 1 (since 5.0).
- "block-bitmap-mapping": the names under which block nodes and their
  dirty bitmaps travel in a dirty bitmap migration, for example to match
  the names used on the other side. The mapping must be one-to-one but
  need not cover everything: on the source, bitmaps that are not mapped,
  and all bitmaps of nodes that are not mapped, are not migrated; on the
  destination, an alias that is not mapped is reported and all further
  bitmap data of the stream is dropped. The destination has no
  expectations about the bitmaps it receives: how many, their names and
  their nodes are free. As long as the parameter has never been set,
  bitmaps keep their names and a node is named after its block device if
  it has one, else after its node name (since 5.2).
- "x-vcpu-dirty-limit-period": the period in milliseconds of the dirty
  limit during live migration (see the "dirty-limit" capability). Range
  1 to 1000; default 1000. Experimental (since 8.1).
- "vcpu-dirty-limit": the dirty page rate, in MB/s, that the
  "dirty-limit" capability holds each vCPU to during live migration. At
  least 1; default 1 (since 8.1).
- "mode": the migration mode (see MigMode). Default "normal" (since
  8.2).
- "zero-page-detection": whether and where zero pages are detected (see
  ZeroPageDetection). Default "multifd" (since 9.0).
- "direct-io": whether migration files are opened with O_DIRECT when
  possible. It only has an effect when the "mapped-ram" capability is
  on. Default false (since 9.1).

Features:

- "unstable": the members "x-checkpoint-delay" and
  "x-vcpu-dirty-limit-period" are experimental.

Since: 2.4

EQMP

    {
        .name               = "migrate-set-parameters",
        .args               = "MigrateSetParameters",
        .boxed              = true,
    },

SQMP
migrate-set-parameters
----------------------

Change migration tuning parameters: bandwidth and downtime limits, TLS,
multifd, compression, throttling, the migration mode and more. The
arguments are the members of MigrateSetParameters; only the parameters
given change, and they can be changed while a migration runs (some,
such as "max-bandwidth" and "max-postcopy-bandwidth", then take effect
at once). All values are checked first: when one is out of range,
nothing is changed.

Errors:

- GenericError when a value is out of its range or not valid, naming
  the parameter (for example "Parameter 'multifd_zlib_level' expects a
  value between 0 and 9"), or when the combination with the current
  capabilities is not supported (for example with "mapped-ram" on:
  "Mapped-ram only available for non-compressed non-TLS multifd
  migration").

Since: 2.4

Example:

-> {"execute": "migrate-set-parameters", "arguments": {"max-bandwidth": 33554432, "downtime-limit": 500}}
<- {"return": {}}
-> {"execute": "migrate-set-parameters", "arguments": {"tls-creds": "", "tls-hostname": "dst.example.org"}}
<- {"return": {}}
-> {"execute": "migrate-set-parameters", "arguments": {"multifd-zlib-level": 10}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'multifd_zlib_level' expects a value between 0 and 9"}}
-> {"execute": "migrate-set-parameters", "arguments": {"xbzrle-cache-size": 1000000}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'xbzrle_cache_size' expects a power of two no less than the target page size"}}

EQMP

    {
        .struct             = "MigrationParameters",
        .members            = "announce-initial:size?,"
                              "announce-max:size?,"
                              "announce-rounds:size?,"
                              "announce-step:size?,"
                              "throttle-trigger-threshold:uint8?,"
                              "cpu-throttle-initial:uint8?,"
                              "cpu-throttle-increment:uint8?,"
                              "cpu-throttle-tailslow:bool?,"
                              "tls-creds:str?,"
                              "tls-hostname:str?,"
                              "tls-authz:str?,"
                              "max-bandwidth:size?,"
                              "avail-switchover-bandwidth:size?,"
                              "downtime-limit:uint64?,"
                              "x-checkpoint-delay:uint32? +unstable,"
                              "multifd-channels:uint8?,"
                              "xbzrle-cache-size:size?,"
                              "max-postcopy-bandwidth:size?,"
                              "max-cpu-throttle:uint8?,"
                              "multifd-compression:MultiFDCompression?,"
                              "multifd-zlib-level:uint8?,"
                              "multifd-qatzip-level:uint8?,"
                              "multifd-zstd-level:uint8?,"
                              "block-bitmap-mapping:[BitmapMigrationNodeAlias]?,"
                              "x-vcpu-dirty-limit-period:uint64? +unstable,"
                              "vcpu-dirty-limit:uint64?,"
                              "mode:MigMode?,"
                              "zero-page-detection:ZeroPageDetection?,"
                              "direct-io:bool?",
    },

SQMP
MigrationParameters
-------------------

The current values of the migration parameters, as
query-migrate-parameters reports them. Although every member is
optional in the schema, QEMU reports all of them (except
"block-bitmap-mapping" while it has never been set).

Members:

- "announce-initial": the delay in milliseconds after the migration
  before the first self-announcement packet (packets sent for the
  guest's network cards so that the network learns where they are now).
  Range 0 to 100000; QEMU starts with 50 (since 4.0).
- "announce-max": the longest delay in milliseconds between two
  self-announcement packets. Range 0 to 100000; QEMU starts with 550
  (since 4.0).
- "announce-rounds": how many self-announcement packets are sent after
  the migration. Range 0 to 1000; QEMU starts with 5 (since 4.0).
- "announce-step": how many milliseconds the delay between
  self-announcement packets grows from one packet to the next. Range 1
  to 10000; QEMU starts with 100 (since 4.0).
- "throttle-trigger-threshold": when auto-converge starts throttling:
  the percentage that the bytes the guest dirtied in a period may reach,
  relative to the bytes transferred in that period, before the guest
  CPUs get throttled. Range 1 to 100; default 50 (since 5.0).
- "cpu-throttle-initial": the percentage of time the guest CPUs are held
  back when auto-converge starts throttling them. Range 1 to 99; default
  20 (since 2.7).
- "cpu-throttle-increment": how many percentage points auto-converge
  adds to the throttling each time it sees that the migration is not
  making progress. Range 1 to 99; default 10 (since 2.7).
- "cpu-throttle-tailslow": whether auto-converge throttles more gently
  near the end. At that stage the guest reacts strongly to each step,
  and a full "cpu-throttle-increment" tends to be too much; when true,
  QEMU computes the throttle percentage that would bring the dirty rate
  just down to the threshold and uses the smaller of that step and
  "cpu-throttle-increment". The usual throttling is otherwise unchanged.
  Default false (since 5.1).
- "tls-creds": the ID of the tls-creds object (tls-creds-x509,
  tls-creds-psk, ...) that secures the migration data channel with TLS.
  The outgoing side needs credentials with endpoint "client", the
  incoming side with endpoint "server". A non-empty ID turns TLS on for
  every migration; the empty string means plain, unencrypted migration,
  which is the default (since 2.7). QEMU 2.8 left the member out,
  instead of reporting an empty string, when TLS was off.
- "tls-hostname": the host name expected in the x509 certificate of the
  migration target, to validate it. Empty (the default): the host name
  of the migration URI is used, if it has one. A non-empty value is
  needed with x509 credentials when the URI has no host name (fd: or
  exec: migration, for example); an empty value is accepted only since
  2.9 (since 2.7). QEMU 2.8 left the member out when it was empty.
- "tls-authz": the ID of an authz object (authz-simple, authz-list, ...)
  that decides from the distinguished name of the client's x509
  certificate whether the incoming side accepts the connection. The
  object is only looked up when a connection comes in, so it can be
  deleted and created again while the migration listens. If the object
  is missing, access is denied (since 4.0).
- "max-bandwidth": the highest speed of the migration, in bytes per
  second. QEMU starts with 134217728 (128 MiB/s) (since 2.8).
- "avail-switchover-bandwidth": the bandwidth, in bytes per second, that
  the migration can count on during the switch-over phase. It does not
  limit anything: QEMU only uses it to decide when to switch over. 0
  (the default) makes QEMU estimate the bandwidth itself; set it when
  that estimate is off and the bandwidth is really available, so the
  decision is more accurate (since 8.2).
- "downtime-limit": the longest downtime in milliseconds that the guest
  may be stopped for at the end of the migration. Range 0 to 2000000;
  default 300 (since 2.8).
- "x-checkpoint-delay": the time in milliseconds between two COLO
  checkpoints in periodic mode. QEMU starts with 20000. Experimental
  (since 2.8).
- "multifd-channels": how many channels (sockets) a multifd migration
  uses to send data in parallel. Range 1 to 255; default 2 (since 4.0).
- "xbzrle-cache-size": the size in bytes of the XBZRLE cache. It must be
  a power of 2 and a multiple of the target page size (at least one
  page). QEMU starts with 67108864 (64 MiB) (since 2.11).
- "max-postcopy-bandwidth": the highest speed, in bytes per second, of
  the background transfer of pages during postcopy. 0 (the default)
  means no limit (since 3.0).
- "max-cpu-throttle": the highest percentage to which auto-converge may
  throttle the guest CPUs. Range "cpu-throttle-initial" to 99; default
  99 (since 3.1).
- "multifd-compression": the compression method of multifd migration.
  Default "none" (since 5.0).
- "multifd-zlib-level": the zlib compression level of multifd migration:
  0 (no compression) to 9 (smallest data, most CPU time); 1 is the
  fastest compression. Default 1 (since 5.0).
- "multifd-qatzip-level": the QATzip compression level of multifd
  migration: 1 (fastest) to 9 (smallest data, most CPU time). Default 1
  (since 9.2).
- "multifd-zstd-level": the zstd compression level of multifd migration:
  0 (no compression) to 20 (smallest data, most CPU time); 1 is the
  fastest compression. Default 1 (since 5.0).
- "block-bitmap-mapping": the names under which block nodes and their
  dirty bitmaps travel in a dirty bitmap migration, for example to match
  the names used on the other side. The mapping must be one-to-one but
  need not cover everything: on the source, bitmaps that are not mapped,
  and all bitmaps of nodes that are not mapped, are not migrated; on the
  destination, an alias that is not mapped is reported and all further
  bitmap data of the stream is dropped. The destination has no
  expectations about the bitmaps it receives: how many, their names and
  their nodes are free. As long as the parameter has never been set,
  bitmaps keep their names and a node is named after its block device if
  it has one, else after its node name (since 5.2). Only reported once
  it has been set.
- "x-vcpu-dirty-limit-period": the period in milliseconds of the dirty
  limit during live migration (see the "dirty-limit" capability). Range
  1 to 1000; default 1000. Experimental (since 8.1).
- "vcpu-dirty-limit": the dirty page rate, in MB/s, that the
  "dirty-limit" capability holds each vCPU to during live migration. At
  least 1; default 1 (since 8.1).
- "mode": the migration mode (see MigMode). Default "normal" (since
  8.2).
- "zero-page-detection": whether and where zero pages are detected (see
  ZeroPageDetection). Default "multifd" (since 9.0).
- "direct-io": whether migration files are opened with O_DIRECT when
  possible. It only has an effect when the "mapped-ram" capability is
  on. Default false (since 9.1).

Features:

- "unstable": the members "x-checkpoint-delay" and
  "x-vcpu-dirty-limit-period" are experimental.

Since: 2.4

EQMP

    {
        .name               = "query-migrate-parameters",
        .args_type          = "",
        .returns            = "MigrationParameters",
    },

SQMP
query-migrate-parameters
------------------------

Report the current values of the migration parameters (bandwidth and
downtime limits, TLS settings, multifd settings, ...).

Arguments: None.

Returns: a MigrationParameters with the value of every parameter.

Since: 2.4

Example:

A QEMU that has just started (the defaults):

-> {"execute": "query-migrate-parameters"}
<- {"return": {"cpu-throttle-tailslow": false, "xbzrle-cache-size": 67108864,
     "cpu-throttle-initial": 20, "announce-max": 550, "direct-io": false,
     "avail-switchover-bandwidth": 0, "zero-page-detection": "multifd",
     "multifd-qatzip-level": 1, "multifd-channels": 2, "mode": "normal",
     "multifd-zstd-level": 1, "announce-initial": 50, "downtime-limit": 300,
     "tls-authz": "", "vcpu-dirty-limit": 1, "multifd-compression": "none",
     "announce-rounds": 5, "announce-step": 100, "tls-creds": "",
     "x-vcpu-dirty-limit-period": 1000, "multifd-zlib-level": 1,
     "max-cpu-throttle": 99, "max-postcopy-bandwidth": 0, "tls-hostname": "",
     "throttle-trigger-threshold": 50, "max-bandwidth": 134217728,
     "x-checkpoint-delay": 20000, "cpu-throttle-increment": 10}}

EQMP

    {
        .name               = "migrate-start-postcopy",
        .args_type          = "",
    },

SQMP
migrate-start-postcopy
----------------------

Switch a running migration to postcopy: the guest is stopped on the
source, its device state moves to the destination, where it continues
to run, and the RAM pages not sent yet follow, the destination asking
for the ones it needs first. It bounds how long a migration that does
not converge takes; but if it fails from now on, the VM is lost. The
"postcopy-ram" capability must have been switched on, on both the
source and the destination, before the migration was started. The
command returns at once; query-migrate then shows "postcopy-active".

Arguments: None.

Errors:

- GenericError when "postcopy-ram" was not on when the migration
  started ("Enable postcopy with migrate_set_capability before the
  start of migration").

Since: 2.5

Example:

A migration started with "postcopy-ram" on both sides, then a QEMU
where it is off:

-> {"execute": "migrate-start-postcopy"}
<- {"return": {}}
-> {"execute": "migrate-start-postcopy"}
<- {"error": {"class": "GenericError", "desc": "Enable postcopy with migrate_set_capability before the start of migration"}}

EQMP

    {
        .event              = "MIGRATION",
        .data               = "status:MigrationStatus",
    },

SQMP
MIGRATION
---------

The state of a migration changed. Both the source and the destination
send it, for their own side, but only while the "events" capability is
on there.

Data:

- "status": the new state.

Since: 2.4

Example:

<- {"timestamp": {"seconds": 1796447341, "microseconds": 385815}, "event": "MIGRATION", "data": {"status": "completed"}}

EQMP

    {
        .event              = "MIGRATION_PASS",
        .data               = "pass:int",
    },

SQMP
MIGRATION_PASS
--------------

The source of a migration started a new pass over guest RAM (it
synchronized the dirty page bitmap). Only sent while the "events"
capability is on.

Data:

- "pass": the number of the pass; 1 for the first, then counting up.

Since: 2.6

Example:

<- {"timestamp": {"seconds": 1796447341, "microseconds": 352852}, "event": "MIGRATION_PASS", "data": {"pass": 2}}

EQMP

    {
        .enum               = "COLOMessage",
        .values             = "checkpoint-ready,checkpoint-request,checkpoint-reply,"
                              "vmstate-send,vmstate-size,vmstate-received,vmstate-loaded",
    },

SQMP
COLOMessage
-----------

The messages that the primary and the secondary side of COLO fault
tolerance exchange.

Values:

- "checkpoint-ready": the secondary VM (SVM) is ready for checkpoints.
- "checkpoint-request": the primary VM (PVM) asks the SVM to get ready
  for a checkpoint.
- "checkpoint-reply": the SVM has received the PVM's checkpoint
  request.
- "vmstate-send": the PVM is about to send the VM state.
- "vmstate-size": the total size of the VM state.
- "vmstate-received": the SVM has received the VM state.
- "vmstate-loaded": the SVM has loaded the VM state.

Since: 2.8

EQMP

    {
        .enum               = "COLOMode",
        .values             = "none,primary,secondary",
    },

SQMP
COLOMode
--------

The role of a QEMU in COLO fault tolerance.

Values:

- "none": COLO is not in use.
- "primary": this QEMU runs the primary VM.
- "secondary": this QEMU runs the secondary VM.

Since: 2.8

EQMP

    {
        .enum               = "FailoverStatus",
        .values             = "none,require,active,completed,relaunch",
    },

SQMP
FailoverStatus
--------------

The state of a COLO failover.

Values:

- "none": no failover has happened.
- "require": a failover has been asked for but not handled yet.
- "active": the failover is in progress.
- "completed": the failover has finished.
- "relaunch": the failover process is restarted, going from "none" to
  "completed" again (since 2.9).

Since: 2.8

EQMP

    {
        .event              = "COLO_EXIT",
        .data               = "mode:COLOMode,"
                              "reason:COLOExitReason",
    },

SQMP
COLO_EXIT
---------

The VM left COLO mode, because of an error or because the user asked
for it (x-colo-lost-heartbeat).

Data:

- "mode": the COLO role the VM had when it left COLO mode.
- "reason": why it left COLO mode.

Since: 3.1

Example:

(Written from the schema, not captured from a server.)

<- {"timestamp": {"seconds": 2032141960, "microseconds": 417172}, "event": "COLO_EXIT", "data": {"mode": "primary", "reason": "request"}}

EQMP

    {
        .enum               = "COLOExitReason",
        .values             = "none,request,error,processing",
    },

SQMP
COLOExitReason
--------------

Why a VM left COLO mode.

Values:

- "none": no failover has happened. It never appears in COLO_EXIT, only
  in query-colo-status.
- "request": an external request (x-colo-lost-heartbeat).
- "error": an internal error.
- "processing": COLO is handling a failover right now (since 4.0).

Since: 3.1

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "x-colo-lost-heartbeat",
        .args_type          = "",
        .features           = "unstable",
    },
#endif

SQMP
x-colo-lost-heartbeat
---------------------

Tell QEMU that the COLO heartbeat between the two sides is lost, so
that it takes over. Sent to the primary, it makes the primary leave
COLO mode; sent to the secondary, it makes the secondary fail over and
take over the service as the VM that runs it. Only in QEMU built with
replication support (CONFIG_REPLICATION).

Arguments: None.

Features:

- "unstable": the command is experimental: it may change or go away.

Errors:

- GenericError when the VM is not in COLO mode ("VM is not in COLO
  mode").

Since: 2.8

Example:

A QEMU that is not in COLO mode:

-> {"execute": "x-colo-lost-heartbeat"}
<- {"error": {"class": "GenericError", "desc": "VM is not in COLO mode"}}

Example:

(Written from the schema, not captured from a server.)

-> {"execute": "x-colo-lost-heartbeat"}
<- {"return": {}}

EQMP

    {
        .name               = "migrate_cancel",
        .args_type          = "",
    },

SQMP
migrate_cancel
--------------

Cancel the outgoing migration in progress; the guest keeps running on
the source, and a new migration can be started right away. The command
returns at once: the state goes to "cancelling", then "cancelled".
When no migration is running, it succeeds and does nothing. A migration
in postcopy cannot be cancelled any more, because the guest already
runs on the destination.

Arguments: None.

Errors:

- GenericError when the migration is in postcopy ("Postcopy migration
  in progress, cannot cancel.").

Since: 0.14

Example:

A migration in progress, then one in postcopy:

-> {"execute": "migrate_cancel"}
<- {"return": {}}
-> {"execute": "migrate_cancel"}
<- {"error": {"class": "GenericError", "desc": "Postcopy migration in progress, cannot cancel."}}

EQMP

    {
        .name               = "migrate-continue",
        .args_type          = "state:MigrationStatus",
    },

SQMP
migrate-continue
----------------

Let a migration that is paused continue, for example one paused in the
"pre-switchover" state by the "pause-before-switchover" capability,
after the client has done what it needed before the switch-over.

Arguments:

- "state": the state the client expects the migration to be paused in;
  the command fails if it is in another state.

Errors:

- GenericError when the migration is not in the given state
  ("Migration not in expected state: completed").

Since: 2.11

Example:

A migration paused before the switch-over, then one that has completed:

-> {"execute": "migrate-continue", "arguments": {"state": "pre-switchover"}}
<- {"return": {}}
-> {"execute": "migrate-continue", "arguments": {"state": "pre-switchover"}}
<- {"error": {"class": "GenericError", "desc": "Migration not in expected state: completed"}}

EQMP

    {
        .enum               = "MigrationAddressType",
        .values             = "socket,exec,rdma,file",
    },

SQMP
MigrationAddressType
--------------------

The kinds of transport a migration stream can use.

Values:

- "socket": a socket (TCP, Unix, vsock or a file descriptor).
- "exec": the standard input (outgoing) or output (incoming) of a
  command that QEMU starts.
- "rdma": an RDMA connection.
- "file": a file.

Since: 8.2

EQMP

    {
        .struct             = "FileMigrationArgs",
        .members            = "filename:str,"
                              "offset:uint64",
    },

SQMP
FileMigrationArgs
-----------------

A file as the target or source of a migration stream.

Members:

- "filename": the path of the file: the one that receives the stream
  on the source, or the one it is read from on the destination.
- "offset": the offset in bytes in the file at which the stream starts.

Since: 8.2

EQMP

    {
        .struct             = "MigrationExecCommand",
        .members            = "args:[str]",
    },

SQMP
MigrationExecCommand
--------------------

A command that a migration stream is piped to (or read from).

Members:

- "args": the program to run, then its arguments, as a list (no shell
  is involved unless the program is one).

Since: 8.2

EQMP

    {
        .union              = "MigrationAddress",
        .members            = "transport:MigrationAddressType",
        .discriminator      = "transport",
        .variants           = "socket:SocketAddress,"
                              "exec:MigrationExecCommand,"
                              "rdma:InetSocketAddress,"
                              "file:FileMigrationArgs",
    },

SQMP
MigrationAddress
----------------

Where a migration stream goes to or comes from.

Members:

- "transport": the kind of transport, which selects the further
  members: "socket" adds those of SocketAddress (a "type" of inet,
  unix, vsock or fd, and its address); "exec" those of
  MigrationExecCommand (the command's "args"); "rdma" those of
  InetSocketAddress (the host and port of the RDMA peer); "file" those
  of FileMigrationArgs (the "filename" and the "offset").

Since: 8.2

EQMP

    {
        .enum               = "MigrationChannelType",
        .values             = "main,cpr",
    },

SQMP
MigrationChannelType
--------------------

The role of a channel of a migration.

Values:

- "main": the main channel, which carries the migration stream.
- "cpr": the channel that carries the checkpoint-and-restart state of
  the "cpr-transfer" migration mode.

Since: 8.1

EQMP

    {
        .struct             = "MigrationChannel",
        .members            = "channel-type:MigrationChannelType,"
                              "addr:MigrationAddress",
    },

SQMP
MigrationChannel
----------------

One channel of a migration: its role and its address.

Members:

- "channel-type": the role of the channel.
- "addr": the address of the channel's far end (for migrate) or where
  to listen or read (for migrate-incoming).

Since: 8.1

EQMP

    {
        .name               = "migrate",
        .args_type          = "uri:str?,"
                              "channels:[MigrationChannel]?,"
                              "detach:bool?,"
                              "resume:bool?",
    },

SQMP
migrate
-------

Start migrating the VM to another QEMU, or to a file or command. The
command returns as soon as the migration has started; it runs in the
background, and its progress and result are read with query-migrate
(or followed with MIGRATION events). The destination is given either
as "uri" or as "channels", exactly one of them.

Arguments:

- "uri": the destination as a URI: "tcp:HOST:PORT", "unix:PATH",
  "exec:COMMAND", "file:PATH[,offset=OFFSET]", "fd:NAME" or
  "rdma:HOST:PORT". The connection uses the host's default network
  setup. Excludes "channels".
- "channels": the destination as a list of channels. There is only one
  channel, of type "main", except in the "cpr-transfer" mode, which
  adds a channel of type "cpr". Excludes "uri".
- "detach": ignored; it exists only for compatibility. The migration
  always runs in the background. Default false.
- "resume": true to resume a paused postcopy migration (after
  migrate-recover on the destination) instead of starting a new one.
  Default false (since 3.0).

Errors:

- GenericError when neither or both of "uri" and "channels" are given
  ("need either 'uri' or 'channels' argument").
- GenericError when a migration is already in progress ("There's a
  migration process in progress").
- GenericError when the VM cannot be migrated now, for example because
  a device or setting blocks it (see "blocked-reasons" of
  query-migrate) or because it was already migrated away ("Can't
  migrate the vm that was paused due to previous migration").
- GenericError when the destination cannot be reached or opened.

Since: 0.14

Example:

(Captured between QEMU processes on this host; the destinations were
started with -incoming defer and given migrate-incoming first.)

To a destination listening on a Unix socket, as a URI and as a
channel; then a second migration while one runs, and one without a
destination:

-> {"execute": "migrate", "arguments": {"uri": "unix:/tmp/mig.Fe8d/mig.sock"}}
<- {"return": {}}
-> {"execute": "migrate", "arguments": {"channels": [{"channel-type": "main", "addr": {"transport": "socket", "type": "unix", "path": "/tmp/mig.Fe8d/mig.sock"}}]}}
<- {"return": {}}
-> {"execute": "migrate", "arguments": {"uri": "unix:/tmp/mig.Fe8d/mig.sock"}}
<- {"error": {"class": "GenericError", "desc": "There's a migration process in progress"}}
-> {"execute": "migrate"}
<- {"error": {"class": "GenericError", "desc": "need either 'uri' or 'channels' argument"}}

To a file, 4096 bytes into it, and through gzip into a file:

-> {"execute": "migrate", "arguments": {"channels": [{"channel-type": "main", "addr": {"transport": "file", "filename": "/tmp/mig.Fe8d/vm.state", "offset": 4096}}]}}
<- {"return": {}}
-> {"execute": "migrate", "arguments": {"channels": [{"channel-type": "main", "addr": {"transport": "exec", "args": ["/bin/sh", "-c", "gzip -c > /tmp/mig.Fe8d/vm.state.gz"]}}]}}
<- {"return": {}}

Resuming a postcopy migration paused with migrate-pause, after
migrate-recover on the destination:

-> {"execute": "migrate", "arguments": {"uri": "unix:/tmp/mig.Fe8d/rec.sock", "resume": true}}
<- {"return": {}}

EQMP

    {
        .name               = "migrate-incoming",
        .args_type          = "uri:str?,"
                              "channels:[MigrationChannel]?,"
                              "exit-on-error:bool?",
    },

SQMP
migrate-incoming
----------------

Start receiving a migration, in a QEMU started with "-incoming defer"
(so that capabilities and parameters can be set first). The address is
given like that of migrate, either as "uri" or as "channels", exactly
one of them; the URI has the same form as the value of -incoming. The
command returns at once; the incoming migration is followed with
query-migrate and MIGRATION events.

Arguments:

- "uri": where to listen or what to read from, as a URI, in the same
  form as -incoming takes. Excludes "channels".
- "channels": the same as a list of channels; only one channel, of
  type "main". (The "cpr" channel of the "cpr-transfer" mode can only
  be given on the command line.) Excludes "uri".
- "exit-on-error": whether QEMU exits when the incoming migration
  fails. Default true. With false, QEMU stays, a failure is reported
  by a MIGRATION event, and query-migrate tells the error (since 9.1).

Errors:

- GenericError when QEMU was not started with -incoming ("'-incoming'
  was not specified on the command line").
- GenericError when an incoming migration has already been started
  ("The incoming migration has already been started").
- GenericError when neither or both of "uri" and "channels" are given
  ("need either 'uri' or 'channels' argument").

Since: 2.3

Example:

(Captured on QEMU processes started with -incoming defer.)

-> {"execute": "migrate-incoming", "arguments": {"uri": "unix:/tmp/mig.Fe8d/mig.sock", "exit-on-error": false}}
<- {"return": {}}
-> {"execute": "migrate-incoming", "arguments": {"channels": [{"channel-type": "main", "addr": {"transport": "socket", "type": "inet", "host": "127.0.0.1", "port": "0"}}]}}
<- {"return": {}}
-> {"execute": "migrate-incoming", "arguments": {"channels": [{"channel-type": "main", "addr": {"transport": "file", "filename": "/tmp/mig.Fe8d/vm.state", "offset": 4096}}]}}
<- {"return": {}}
-> {"execute": "migrate-incoming", "arguments": {"uri": "exec:gzip -dc /tmp/mig.Fe8d/vm.state.gz"}}
<- {"return": {}}
-> {"execute": "migrate-incoming", "arguments": {"uri": "unix:/tmp/mig.Fe8d/y.sock"}}
<- {"error": {"class": "GenericError", "desc": "The incoming migration has already been started"}}

On a QEMU started without -incoming:

-> {"execute": "migrate-incoming", "arguments": {"uri": "unix:/tmp/mig.Fe8d/y.sock"}}
<- {"error": {"class": "GenericError", "desc": "'-incoming' was not specified on the command line"}}

EQMP

    {
        .name               = "xen-save-devices-state",
        .args_type          = "filename:str,"
                              "live:bool?",
    },

SQMP
xen-save-devices-state
----------------------

Save the state of all devices to a file; guest RAM and block devices
are not saved. Meant for Xen, whose toolstack takes care of the RAM.
The file's binary format is described in QEMU's
xen-save-devices-state.txt. The VM is stopped while the state is written and runs again afterwards
(STOP and RESUME events).

Arguments:

- "filename": the path of the file to write the device state to.
- "live": whether QEMU treats the save as part of a live migration.
  Default true (since 2.11).

Since: 1.1

Example:

-> {"execute": "xen-save-devices-state", "arguments": {"filename": "/tmp/mig.Fe8d/devstate.bin"}}
<- {"return": {}}

EQMP

    {
        .name               = "xen-set-global-dirty-log",
        .args_type          = "enable:bool",
    },

SQMP
xen-set-global-dirty-log
------------------------

Switch the global dirty log mode (tracking of pages written by the
guest) on or off; used by Xen for its own migration.

Arguments:

- "enable": true to switch it on, false to switch it off.

Since: 1.3

Example:

-> {"execute": "xen-set-global-dirty-log", "arguments": {"enable": true}}
<- {"return": {}}

EQMP

    {
        .name               = "xen-load-devices-state",
        .args_type          = "filename:str",
    },

SQMP
xen-load-devices-state
----------------------

Load the state of all devices from a file written by
xen-save-devices-state; guest RAM and block devices are not loaded
(under Xen, the toolstack has already loaded the RAM). The VM must be
stopped. Meant for Xen only: on a non-Xen machine (-M pc) QEMU 10.0.2
aborts on this command.

Arguments:

- "filename": the path of the file to read the device state from, in
  the binary format of xen-save-devices-state.

Errors:

- GenericError when the VM is running ("Cannot update device state
  while vm is running"), or when the file cannot be read or loaded.

Since: 2.7

Example:

-> {"execute": "xen-load-devices-state", "arguments": {"filename": "/tmp/mig.Fe8d/devstate.bin"}}
<- {"error": {"class": "GenericError", "desc": "Cannot update device state while vm is running"}}

Example:

(Written from the schema, not captured from a server.)

-> {"execute": "xen-load-devices-state", "arguments": {"filename": "/tmp/resume"}}
<- {"return": {}}

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "xen-set-replication",
        .args_type          = "enable:bool,"
                              "primary:bool,"
                              "failover:bool?",
    },
#endif

SQMP
xen-set-replication
-------------------

Start or stop block replication for Xen COLO. Only in QEMU built with
replication support (CONFIG_REPLICATION).

Arguments:

- "enable": true to start replication, false to stop it.
- "primary": true on the primary side, false on the secondary side.
- "failover": when stopping (enable false): true to fail over, false
  to just stop. Not allowed when "enable" is true. Default false.

Errors:

- GenericError when "failover" is given with "enable" true
  ("Parameter 'failover' is only for stopping replication").

Since: 2.9

Example:

-> {"execute": "xen-set-replication", "arguments": {"enable": true, "primary": false}}
<- {"return": {}}
-> {"execute": "xen-set-replication", "arguments": {"enable": true, "primary": true, "failover": true}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'failover' is only for stopping replication"}}

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .struct             = "ReplicationStatus",
        .members            = "error:bool,"
                              "desc:str?",
    },
#endif

SQMP
ReplicationStatus
-----------------

The state of block replication, as query-xen-replication-status
reports it.

Members:

- "error": true when replication hit an error, false when it works.
- "desc": when "error" is true, the error for humans.

Since: 2.9

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "query-xen-replication-status",
        .args_type          = "",
        .returns            = "ReplicationStatus",
    },
#endif

SQMP
query-xen-replication-status
----------------------------

Report whether block replication works, while the VM runs. Only in
QEMU built with replication support (CONFIG_REPLICATION).

Arguments: None.

Returns: a ReplicationStatus saying whether an error happened.

Since: 2.9

Example:

-> {"execute": "query-xen-replication-status"}
<- {"return": {"error": false}}

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "xen-colo-do-checkpoint",
        .args_type          = "",
    },
#endif

SQMP
xen-colo-do-checkpoint
----------------------

Used by Xen to tell block replication to take a checkpoint. Only in
QEMU built with replication support (CONFIG_REPLICATION).

Arguments: None.

Since: 2.9

Example:

-> {"execute": "xen-colo-do-checkpoint"}
<- {"return": {}}

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .struct             = "COLOStatus",
        .members            = "mode:COLOMode,"
                              "last-mode:COLOMode,"
                              "reason:COLOExitReason",
    },
#endif

SQMP
COLOStatus
----------

The COLO state of this QEMU, as query-colo-status reports it.

Members:

- "mode": the current COLO role: "primary" or "secondary" while COLO
  runs, "none" otherwise.
- "last-mode": the COLO role QEMU had last: the same as "mode" while
  COLO runs, and after a failover the role it had before (since 4.0).
- "reason": why COLO was left (see COLO_EXIT), or "none".

Since: 3.1

EQMP

#if defined(CONFIG_REPLICATION)
    {
        .name               = "query-colo-status",
        .args_type          = "",
        .returns            = "COLOStatus",
    },
#endif

SQMP
query-colo-status
-----------------

Report the COLO role of this QEMU and, after a failover, its former
role and why COLO was left. Only in QEMU built with replication support
(CONFIG_REPLICATION).

Arguments: None.

Returns: a COLOStatus with the current and last COLO role and the
reason.

Since: 3.1

Example:

A QEMU that never used COLO:

-> {"execute": "query-colo-status"}
<- {"return": {"last-mode": "none", "mode": "none", "reason": "none"}}

EQMP

    {
        .name               = "migrate-recover",
        .args_type          = "uri:str",
        .allow_oob          = true,
    },

SQMP
migrate-recover
---------------

On the destination of a postcopy migration that is paused
("postcopy-paused"), listen on a new address for the source to
reconnect to; the source then resumes with migrate and "resume": true.
It may be executed out-of-band.

Arguments:

- "uri": the address to listen on, as a URI in the form of
  migrate-incoming.

Errors:

- GenericError when no postcopy migration is paused ("Migrate recover
  can only be run when postcopy is paused.").

Since: 3.0

Example:

On a destination whose postcopy migration was paused, then on a QEMU
without one:

-> {"execute": "migrate-recover", "arguments": {"uri": "unix:/tmp/mig.Fe8d/rec.sock"}}
<- {"return": {}}
-> {"execute": "migrate-recover", "arguments": {"uri": "unix:/tmp/mig.Fe8d/rec.sock"}}
<- {"error": {"class": "GenericError", "desc": "Migrate recover can only be run when postcopy is paused."}}

EQMP

    {
        .name               = "migrate-pause",
        .args_type          = "",
        .allow_oob          = true,
    },

SQMP
migrate-pause
-------------

Pause a postcopy migration: its connection is closed and both sides go
to "postcopy-paused", from where it can be recovered over a new
connection (migrate-recover on the destination, then migrate with
"resume" on the source). Only postcopy migrations can be paused. It
may be executed out-of-band.

Arguments: None.

Errors:

- GenericError when the migration is not in the "postcopy-active" or
  "postcopy-recover" state.

Since: 3.0

Example:

A migration in postcopy, then a QEMU without one:

-> {"execute": "migrate-pause"}
<- {"return": {}}
-> {"execute": "migrate-pause"}
<- {"error": {"class": "GenericError", "desc": "migrate-pause is currently only supported during postcopy-active or postcopy-recover state"}}

EQMP

    {
        .event              = "UNPLUG_PRIMARY",
        .data               = "device-id:str",
    },

SQMP
UNPLUG_PRIMARY
--------------

The guest OS has unplugged the primary device of a failover pair, so
the migration can go on. Sent on the source of a migration while it is
in the "wait-unplug" state. QEMU keeps the device's resources on
standby so that the device can be plugged back if the migration
fails.

Data:

- "device-id": the ID of the unplugged device.

Since: 4.2

Example:

(Written from the schema, not captured from a server.)

<- {"timestamp": {"seconds": 1265044230, "microseconds": 450486}, "event": "UNPLUG_PRIMARY", "data": {"device-id": "hostdev0"}}

EQMP

    {
        .struct             = "DirtyRateVcpu",
        .members            = "id:int,"
                              "dirty-rate:int64",
    },

SQMP
DirtyRateVcpu
-------------

The dirty page rate of one vCPU, as measured in the dirty-ring mode of
calc-dirty-rate.

Members:

- "id": the index of the vCPU.
- "dirty-rate": the rate at which the vCPU dirtied memory, in MiB/s.

Since: 6.2

EQMP

    {
        .enum               = "DirtyRateStatus",
        .values             = "unstarted,measuring,measured",
    },

SQMP
DirtyRateStatus
---------------

The state of a dirty page rate measurement (calc-dirty-rate).

Values:

- "unstarted": no measurement has been started.
- "measuring": the measurement is running.
- "measured": the measurement is done and its result can be read with
  query-dirty-rate.

Since: 5.2

EQMP

    {
        .enum               = "DirtyRateMeasureMode",
        .values             = "page-sampling,dirty-ring,dirty-bitmap",
    },

SQMP
DirtyRateMeasureMode
--------------------

How calc-dirty-rate measures the dirty page rate (its description
explains the methods).

Values:

- "page-sampling": hash a sample of pages at the start and at the end
  and count those that changed.
- "dirty-ring": collect dirtied pages per vCPU in the KVM dirty rings.
- "dirty-bitmap": collect dirtied pages in a dirty bitmap.

Since: 6.2

EQMP

    {
        .enum               = "TimeUnit",
        .values             = "second,millisecond",
    },

SQMP
TimeUnit
--------

The unit of a time value.

Values:

- "second": seconds.
- "millisecond": milliseconds.

Since: 8.2

EQMP

    {
        .struct             = "DirtyRateInfo",
        .members            = "dirty-rate:int64?,"
                              "status:DirtyRateStatus,"
                              "start-time:int64,"
                              "calc-time:int64,"
                              "calc-time-unit:TimeUnit,"
                              "sample-pages:uint64,"
                              "mode:DirtyRateMeasureMode,"
                              "vcpu-dirty-rate:[DirtyRateVcpu]?",
    },

SQMP
DirtyRateInfo
-------------

The state and result of the last dirty page rate measurement, as
query-dirty-rate reports it.

Members:

- "dirty-rate": the estimated rate at which the VM dirties its memory,
  in MiB/s. Only present when "status" is "measured".
- "status": the state of the measurement.
- "start-time": when the measurement started, in seconds (of the host
  clock, since the Unix epoch).
- "calc-time": how long the measurement lasted, in "calc-time-unit",
  rounded down.
- "calc-time-unit": the unit of "calc-time" (since 8.2).
- "sample-pages": how many pages per GiB of guest memory were sampled;
  only meaningful in page-sampling mode (0 otherwise) (since 6.1).
- "mode": how the rate was measured (since 6.2).
- "vcpu-dirty-rate": the rate of each vCPU; only in dirty-ring mode
  (since 6.2).

Since: 5.2

EQMP

    {
        .name               = "calc-dirty-rate",
        .args_type          = "calc-time:int64,"
                              "calc-time-unit:TimeUnit?,"
                              "sample-pages:int?,"
                              "mode:DirtyRateMeasureMode?",
    },

SQMP
calc-dirty-rate
---------------

Start measuring how fast the VM dirties its memory, for example to
estimate whether a live migration will converge. The command returns
at once; the result is read with query-dirty-rate once the measurement
is done. The dirty page rate is the amount of memory changed per unit
of time, in MiB/s. There are three methods ("mode"):

- page-sampling (the default): a random sample of pages is hashed at
  the start and again at the end; a page whose hash changed counts as
  dirtied. The result is an estimate, which a bigger "sample-pages"
  makes better at the cost of more CPU time.
- dirty-bitmap: writes to guest memory are caught (for example by
  write-protecting all pages and counting the faults) and recorded in
  a bitmap with one bit per guest page. It needs the KVM accelerator
  property "dirty-ring-size" NOT to be set.
- dirty-ring: like dirty-bitmap, but the dirtied pages are collected in
  ring buffers, one per vCPU, which also gives a rate per vCPU. It needs
  KVM with the accelerator property "dirty-ring-size" set.

A page written several times during the measurement counts once, so a
longer measurement tends to give a lower rate.

Arguments:

- "calc-time": how long to measure, in "calc-time-unit". QEMU 10.0
  accepts 50 ms to 60000 ms.
- "calc-time-unit": the unit of "calc-time". Default seconds
  (since 8.2).
- "sample-pages": how many pages to sample per GiB of guest memory, in
  page-sampling mode only. QEMU 10.0 accepts 128 to 16384. Default 512,
  which is a sampling ratio of 0.2% with 4 KiB pages (since 6.1).
- "mode": the method. Default "page-sampling" (since 6.1).

Errors:

- GenericError when a measurement is already running ("the dirty rate
  is already being measured."), when "calc-time" or "sample-pages" is
  out of range, or when the method is not available with the current
  accelerator ("mode dirty-ring is not enabled, use other method
  instead.").

Since: 5.2

Example:

(Captured with TCG, and with KVM and "dirty-ring-size" set.)

-> {"execute": "calc-dirty-rate", "arguments": {"calc-time": 1, "sample-pages": 512}}
<- {"return": {}}
-> {"execute": "calc-dirty-rate", "arguments": {"calc-time": 500, "calc-time-unit": "millisecond", "mode": "dirty-bitmap"}}
<- {"return": {}}
-> {"execute": "calc-dirty-rate", "arguments": {"calc-time": 1, "mode": "dirty-ring"}}
<- {"return": {}}
-> {"execute": "calc-dirty-rate", "arguments": {"calc-time": 0}}
<- {"error": {"class": "GenericError", "desc": "Calculation time is out of range [50ms, 60000ms]."}}
-> {"execute": "calc-dirty-rate", "arguments": {"calc-time": 1, "mode": "dirty-bitmap"}}
<- {"error": {"class": "GenericError", "desc": "mode dirty-bitmap is not enabled, use other method instead."}}

EQMP

    {
        .name               = "query-dirty-rate",
        .args_type          = "calc-time-unit:TimeUnit?",
        .returns            = "DirtyRateInfo",
    },

SQMP
query-dirty-rate
----------------

Report the state and the result of the last measurement started with
calc-dirty-rate.

Arguments:

- "calc-time-unit": the unit in which to report "calc-time". Default
  seconds (since 8.2).

Returns: a DirtyRateInfo with the state of the measurement and, once
it is done, the dirty page rate.

Since: 5.2

Example:

(Captured with TCG, and with KVM and "dirty-ring-size" set for the
last one.)

-> {"execute": "query-dirty-rate"}
<- {"return": {"status": "unstarted", "sample-pages": 0, "mode": "page-sampling", "calc-time-unit": "second", "start-time": 0, "calc-time": 0}}
-> {"execute": "query-dirty-rate"}
<- {"return": {"status": "measuring", "sample-pages": 512, "mode": "page-sampling", "calc-time-unit": "second", "start-time": 1796447300, "calc-time": 1}}
-> {"execute": "query-dirty-rate", "arguments": {"calc-time-unit": "millisecond"}}
<- {"return": {"status": "measured", "sample-pages": 0, "dirty-rate": 0, "mode": "dirty-bitmap", "calc-time-unit": "millisecond", "start-time": 1796447303, "calc-time": 501}}
-> {"execute": "query-dirty-rate"}
<- {"return": {"vcpu-dirty-rate": [{"dirty-rate": 0, "id": 0}, {"dirty-rate": 0, "id": 1}], "status": "measured", "sample-pages": 0, "dirty-rate": 0, "mode": "dirty-ring", "calc-time-unit": "second", "start-time": 1796447721, "calc-time": 1}}

EQMP

    {
        .struct             = "DirtyLimitInfo",
        .members            = "cpu-index:int,"
                              "limit-rate:uint64,"
                              "current-rate:uint64",
    },

SQMP
DirtyLimitInfo
--------------

The dirty page rate limit of one vCPU, as query-vcpu-dirty-limit
reports it.

Members:

- "cpu-index": the index of the vCPU.
- "limit-rate": the highest dirty page rate allowed to the vCPU, in
  MB/s; 0 means no limit.
- "current-rate": the vCPU's dirty page rate now, in MB/s.

Since: 7.1

EQMP

    {
        .name               = "set-vcpu-dirty-limit",
        .args_type          = "cpu-index:int?,"
                              "dirty-rate:uint64",
    },

SQMP
set-vcpu-dirty-limit
--------------------

Limit how fast vCPUs may dirty memory; a vCPU that writes faster is
slowed down. A vCPU's dirty page rate is a measure of its memory load
(calc-dirty-rate measures it). It needs KVM with the accelerator
property "dirty-ring-size" set. The limit stays until
cancel-vcpu-dirty-limit.

Arguments:

- "cpu-index": the index of the vCPU to limit. Absent: all vCPUs.
- "dirty-rate": the highest dirty page rate allowed, in MB/s.

Errors:

- GenericError when KVM with "dirty-ring-size" is not in use ("dirty
  page limit feature requires KVM with accelerator property
  'dirty-ring-size' set'"), or when "cpu-index" names no vCPU
  ("incorrect cpu index specified").

Since: 7.1

Example:

(Captured with -accel kvm,dirty-ring-size=4096 -smp 2, then with TCG.)

-> {"execute": "set-vcpu-dirty-limit", "arguments": {"dirty-rate": 200, "cpu-index": 1}}
<- {"return": {}}
-> {"execute": "set-vcpu-dirty-limit", "arguments": {"dirty-rate": 60}}
<- {"return": {}}
-> {"execute": "set-vcpu-dirty-limit", "arguments": {"dirty-rate": 60, "cpu-index": 5}}
<- {"error": {"class": "GenericError", "desc": "incorrect cpu index specified"}}
-> {"execute": "set-vcpu-dirty-limit", "arguments": {"dirty-rate": 200, "cpu-index": 0}}
<- {"error": {"class": "GenericError", "desc": "dirty page limit feature requires KVM with accelerator property 'dirty-ring-size' set'"}}

EQMP

    {
        .name               = "cancel-vcpu-dirty-limit",
        .args_type          = "cpu-index:int?",
    },

SQMP
cancel-vcpu-dirty-limit
-----------------------

Remove the dirty page rate limit set with set-vcpu-dirty-limit. Like
that command, it works with KVM and "dirty-ring-size" set; without
them, QEMU 10.0.2 replies with success and does nothing.

Arguments:

- "cpu-index": the index of the vCPU whose limit to remove. Absent:
  the limits of all vCPUs.

Since: 7.1

Example:

(Captured with -accel kvm,dirty-ring-size=4096 -smp 2.)

-> {"execute": "cancel-vcpu-dirty-limit", "arguments": {"cpu-index": 1}}
<- {"return": {}}
-> {"execute": "cancel-vcpu-dirty-limit"}
<- {"return": {}}

EQMP

    {
        .name               = "query-vcpu-dirty-limit",
        .args_type          = "",
        .returns            = "[DirtyLimitInfo]",
    },

SQMP
query-vcpu-dirty-limit
----------------------

List the vCPUs that have a dirty page rate limit, with their limit and
their current dirty page rate.

Arguments: None.

Returns: a list of DirtyLimitInfo, one per vCPU with a limit; an empty
list when there is none.

Since: 7.1

Example:

(Captured with -accel kvm,dirty-ring-size=4096 -smp 2, after
set-vcpu-dirty-limit with "dirty-rate": 60.)

-> {"execute": "query-vcpu-dirty-limit"}
<- {"return": [{"limit-rate": 60, "current-rate": 0, "cpu-index": 0}, {"limit-rate": 60, "current-rate": 0, "cpu-index": 1}]}

EQMP

    {
        .struct             = "MigrationThreadInfo",
        .members            = "name:str,"
                              "thread-id:int",
    },

SQMP
MigrationThreadInfo
-------------------

A host thread that works for the outgoing migration.

Members:

- "name": the name of the thread, such as "mig/src/main" or
  "mig/src/send_0" (a multifd sender).
- "thread-id": the ID of the host thread.

Since: 7.2

EQMP

    {
        .name               = "query-migrationthreads",
        .args_type          = "",
        .returns            = "[MigrationThreadInfo]",
        .features           = "deprecated",
    },

SQMP
query-migrationthreads
----------------------

List the host threads of the outgoing migration in progress.
Deprecated.

Arguments: None.

Features:

- "deprecated": the command is deprecated; QEMU names no replacement
  yet.

Returns: a list of MigrationThreadInfo, one per thread; an empty list
when no migration runs.

Since: 7.2

Example:

During a multifd migration with two channels:

-> {"execute": "query-migrationthreads"}
<- {"return": [{"name": "mig/src/send_1", "thread-id": 31871}, {"name": "mig/src/send_0", "thread-id": 31870}, {"name": "mig/src/main", "thread-id": 31867}]}

EQMP

    {
        .name               = "snapshot-save",
        .args_type          = "job-id:str,"
                              "tag:str,"
                              "vmstate:str,"
                              "devices:[str]",
    },

SQMP
snapshot-save
-------------

Save a snapshot of the whole VM: its RAM and device state (the
vmstate) into one block node, and an internal snapshot of each listed
block node, all under one name. It runs as a background job of type
"snapshot-save": the command returns when the job has been created,
not when the snapshot is done, and completion and errors are read with
query-jobs and JOB_STATUS_CHANGE events. The job is not dismissed
automatically (job-dismiss). The guest CPUs may be stopped while the
snapshot is saved (a later QEMU may keep them running).

Arguments:

- "job-id": the ID to give the new job.
- "tag": the name of the snapshot to create. If a snapshot of that name
  already exists, the job fails.
- "vmstate": the node name of the block node to save the VM state to.
- "devices": the node names of the block nodes to snapshot. List every
  writable node if the snapshot is to be consistent.

Errors:

- GenericError when the job cannot be created (for example "Job ID
  'snapsave0' already in use"). Errors of the snapshot itself are
  reported by the job ("error" of query-jobs).

Since: 6.0

Example:

(Captured with qcow2 nodes disk0 and disk1 added with -blockdev.)

-> {"execute": "snapshot-save", "arguments": {"job-id": "snapsave0", "tag": "my-snap", "vmstate": "disk0", "devices": ["disk0", "disk1"]}}
<- {"return": {}}
-> {"execute": "snapshot-save", "arguments": {"job-id": "snapsave0", "tag": "my-snap", "vmstate": "disk0", "devices": ["disk0", "disk1"]}}
<- {"error": {"class": "GenericError", "desc": "Job ID 'snapsave0' already in use"}}

EQMP

    {
        .name               = "snapshot-load",
        .args_type          = "job-id:str,"
                              "tag:str,"
                              "vmstate:str,"
                              "devices:[str]",
    },

SQMP
snapshot-load
-------------

Load a VM snapshot saved by snapshot-save: the RAM and device state
from one block node and the internal snapshot of each listed block
node. It runs as a background job of type "snapshot-load": the command
returns when the job has been created, and completion and errors are
read with query-jobs and JOB_STATUS_CHANGE events. The job is not
dismissed automatically (job-dismiss). The guest CPUs are stopped while
the snapshot is loaded; when loading fails, QEMU 10.0.2 leaves the VM
stopped (in the "restore-vm" state).

Arguments:

- "job-id": the ID to give the new job.
- "tag": the name of the snapshot to load.
- "vmstate": the node name of the block node that holds the VM state.
- "devices": the node names of the block nodes to revert to the
  snapshot. List every writable node that may have changed since the
  snapshot was saved.

Errors:

- GenericError when the job cannot be created. Errors of the load
  itself (such as a snapshot missing from a node) are reported by the
  job ("error" of query-jobs).

Since: 6.0

Example:

(Captured with qcow2 nodes disk0 and disk1 added with -blockdev.)

-> {"execute": "snapshot-load", "arguments": {"job-id": "snapload0", "tag": "my-snap", "vmstate": "disk0", "devices": ["disk0", "disk1"]}}
<- {"return": {}}

EQMP

    {
        .name               = "snapshot-delete",
        .args_type          = "job-id:str,"
                              "tag:str,"
                              "devices:[str]",
    },

SQMP
snapshot-delete
---------------

Delete a VM snapshot from the listed block nodes. It runs as a
background job of type "snapshot-delete": the command returns when the
job has been created, and completion and errors are read with
query-jobs and JOB_STATUS_CHANGE events. The job is not dismissed
automatically (job-dismiss).

Arguments:

- "job-id": the ID to give the new job.
- "tag": the name of the snapshot to delete.
- "devices": the node names of the block nodes to delete the snapshot
  from.

Errors:

- GenericError when the job cannot be created. Errors of the deletion
  itself are reported by the job ("error" of query-jobs).

Since: 6.0

Example:

(Captured with qcow2 nodes disk0 and disk1 added with -blockdev.)

-> {"execute": "snapshot-delete", "arguments": {"job-id": "snapdelete0", "tag": "my-snap", "devices": ["disk0", "disk1"]}}
<- {"return": {}}

EQMP

