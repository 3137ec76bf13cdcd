HXCOMM Area 'vfio'.

SQMP
VFIO devices
============

Host devices passed through to the guest with VFIO (vfio-pci and
similar): the migration state changes QEMU reports for them while a
VM with such a device is migrated.

EQMP

    {
        .enum               = "QapiVfioMigrationState",
        .values             = "stop,running,stop-copy,resuming,running-p2p,pre-copy,pre-copy-p2p",
    },

SQMP
QapiVfioMigrationState
----------------------

The migration state of a VFIO device, as the host's VFIO driver runs
it through a migration. Saving moves a device from "running" over
"pre-copy" (when the driver supports it) to "stop-copy" and "stop";
loading runs it through "resuming" on the destination. The "-p2p"
states are used when several devices must stop talking to each other
before they are stopped.

Values:

- "stop": the device does not run, and its internal state can be
  neither read nor written.
- "running": the device runs normally.
- "stop-copy": the device does not run, and QEMU reads its internal
  state out to send it to the destination.
- "resuming": the device does not run, and QEMU writes the internal
  state received from the source into it.
- "running-p2p": the device runs, but is quiesced for peer-to-peer
  traffic (P2P quiescent state): it starts no new transfers to other
  devices.
- "pre-copy": the device runs and tracks changes of its internal state,
  and QEMU can already read that state while the guest keeps running.
- "pre-copy-p2p": like "pre-copy", but in the P2P quiescent state: the
  device runs, tracks its internal state and lets QEMU read it, while
  it starts no peer-to-peer transfers.

Since: 9.1

EQMP

    {
        .event              = "VFIO_MIGRATION",
        .data               = "device-id:str,"
                              "qom-path:str,"
                              "device-state:QapiVfioMigrationState",
    },

SQMP
VFIO_MIGRATION
--------------

Sent each time a VFIO device enters another migration state, so that a
management application can follow the device through a migration.
QEMU sends it only for devices created with the property
"migration-events=on" (off by default).

Data:

- "device-id": the device's ID as given with -device/device_add "id",
  if it has one.
- "qom-path": the device's canonical path in the QOM tree.
- "device-state": the migration state the device has just entered.

Since: 9.1

Example:

(Written from the schema, not captured from a server.)

<- { "event": "VFIO_MIGRATION",
     "data": { "device-id": "hostdev0",
               "qom-path": "/machine/peripheral/hostdev0",
               "device-state": "stop-copy" },
     "timestamp": { "seconds": 1700000000, "microseconds": 212268 } }

EQMP

