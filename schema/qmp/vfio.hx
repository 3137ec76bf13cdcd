HXCOMM Area 'vfio'.

    {
        .enum               = "QapiVfioMigrationState",
        .values             = "stop,running,stop-copy,resuming,running-p2p,pre-copy,pre-copy-p2p",
    },

SQMP
QapiVfioMigrationState
----------------------

TODO

Values:

- "stop": TODO
- "running": TODO
- "stop-copy": TODO
- "resuming": TODO
- "running-p2p": TODO
- "pre-copy": TODO
- "pre-copy-p2p": TODO

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

TODO

Data:

- "device-id": TODO
- "qom-path": TODO
- "device-state": TODO

Since: 9.1

EQMP

