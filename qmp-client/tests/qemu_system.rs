//! Both clients against a real `qemu-system-x86_64 -M none`: status, stop and
//! cont with their events, HMP, concurrent calls, fd passing (getfd, add-fd),
//! the bindings check, TCP, quit followed by SHUTDOWN and a clean end of
//! stream, and `device_add` with device properties on a PC machine.

mod common;

use common::{qemu_system_tcp, Qemu};
use qmp_bindings::api::{
    AddFd, Closefd, Cont, DeviceAdd, Event, Getfd, QomGet, QueryFdsets, QueryStatus, QueryVersion,
    QueryYank, Quit, RemoveFd, RunState, ShutdownCause, Stop,
};
use qmp_client::{AsyncClient, Client, Error, EventMessage};
use qmp_types::Capability;
use serde_json::json;
use std::os::fd::AsFd;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);

/// The next event named `name`, skipping others.
fn wait_for(qmp: &mut Client, name: &str) -> EventMessage<Event> {
    loop {
        let ev = qmp.next_event(Some(WAIT)).expect("an event");
        if ev.name == name {
            return ev;
        }
    }
}

#[test]
fn blocking_client_drives_qemu_system() {
    let Some(mut server) = Qemu::system(&[]) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    let offered = qmp.greeting().qmp.capabilities.contains(&Capability::Oob);
    assert_eq!(qmp.oob_enabled(), offered);

    let version = qmp.execute(&QueryVersion).expect("query-version");
    assert_eq!(version.qemu.major, qmp.greeting().qmp.version.qemu.major);

    let status = qmp.execute(&QueryStatus).expect("query-status");
    assert!(status.running);
    assert_eq!(status.status, RunState::Running);

    qmp.execute(&Stop).expect("stop");
    let ev = wait_for(&mut qmp, "STOP");
    assert!(matches!(ev.decoded, Ok(Event::Stop)), "{ev:?}");
    assert!(ev.timestamp.seconds > 0);
    let status = qmp.execute(&QueryStatus).expect("query-status");
    assert!(!status.running);
    assert_eq!(status.status, RunState::Paused);
    assert!(qmp.hmp("info status").expect("hmp").contains("paused"));

    qmp.execute(&Cont).expect("cont");
    let ev = wait_for(&mut qmp, "RESUME");
    assert!(matches!(ev.decoded, Ok(Event::Resume)), "{ev:?}");
    assert!(qmp.hmp("info status").expect("hmp").contains("running"));

    // query-yank is one of the commands the schema allows out of band.
    assert!(qmp.oob_enabled());
    let instances = qmp.execute_oob(&QueryYank).expect("query-yank out of band");
    // The monitor's own chardev is the one yank instance of this QEMU.
    assert!(
        format!("{instances:?}").contains("Chardev"),
        "{instances:?}"
    );

    match qmp.hmp("no-such-hmp-command") {
        Ok(text) => assert!(text.contains("unknown command"), "{text}"),
        Err(e) => panic!("{e}"),
    }
    match qmp.execute_raw("no-such-command", None) {
        Err(Error::Server { command, class, .. }) => {
            assert_eq!(command, "no-such-command");
            assert_eq!(class, qmp_types::ErrorClass::CommandNotFound);
        }
        other => panic!("{other:?}"),
    }

    qmp.execute(&Quit).expect("quit");
    let ev = wait_for(&mut qmp, "SHUTDOWN");
    match ev.decoded {
        Ok(Event::Shutdown(s)) => {
            assert!(!s.guest);
            assert_eq!(s.reason, ShutdownCause::HostQmpQuit);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        qmp.next_event(Some(WAIT)),
        Err(Error::Disconnected)
    ));
    assert!(matches!(
        qmp.execute(&QueryStatus),
        Err(Error::Disconnected)
    ));
    assert!(server.wait_exit(), "qemu exited with an error");
}

#[tokio::test]
async fn async_client_drives_qemu_system() {
    let Some(mut server) = Qemu::system(&[]) else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect(server.socket())
        .await
        .expect("connect");
    let mut events = qmp.subscribe();
    let mut other = qmp.subscribe();

    let (status, version, hmp, yank) = tokio::join!(
        qmp.execute(&QueryStatus),
        qmp.execute(&QueryVersion),
        qmp.hmp("info status"),
        qmp.execute_oob(&QueryYank),
    );
    assert_eq!(yank.expect("query-yank out of band").len(), 1);
    assert_eq!(status.expect("query-status").status, RunState::Running);
    assert!(version.expect("query-version").qemu.major >= 2);
    assert!(hmp.expect("hmp").contains("running"));

    qmp.execute(&Stop).await.expect("stop");
    let ev = events.next_event(WAIT).await.expect("STOP");
    assert!(matches!(ev.decoded, Ok(Event::Stop)), "{ev:?}");
    assert_eq!(other.next_event(WAIT).await.expect("STOP").name, "STOP");
    assert!(qmp
        .hmp("info status")
        .await
        .expect("hmp")
        .contains("paused"));

    qmp.execute(&Cont).await.expect("cont");
    let ev = events.next_event(WAIT).await.expect("RESUME");
    assert!(matches!(ev.decoded, Ok(Event::Resume)), "{ev:?}");
    assert_eq!(
        qmp.execute(&QueryStatus).await.expect("status").status,
        RunState::Running
    );

    qmp.execute(&Quit).await.expect("quit");
    let ev = events.next_event(WAIT).await.expect("SHUTDOWN");
    assert!(matches!(ev.decoded, Ok(Event::Shutdown(_))), "{ev:?}");
    assert!(
        events.recv().await.is_none(),
        "the stream ends with the connection"
    );
    assert!(matches!(
        qmp.execute(&QueryStatus).await,
        Err(Error::Disconnected)
    ));
    assert_eq!(events.missed(), 0);
    drop(qmp);
    assert!(server.wait_exit(), "qemu exited with an error");
}

#[tokio::test]
async fn both_clients_over_tcp() {
    let Some((_server, addr)) = qemu_system_tcp() else {
        return;
    };
    {
        let mut qmp: Client = Client::connect_tcp(&addr).expect("connect");
        assert!(qmp.execute(&QueryStatus).expect("status").running);
        let file = tempfile::tempfile().expect("temp file");
        use std::os::fd::AsFd;
        let getfd = qmp_bindings::api::Getfd { fdname: "x".into() };
        let r = qmp.execute_with_fds(&getfd, &[file.as_fd()]);
        assert!(
            matches!(r, Err(Error::FdPassingUnsupported { .. })),
            "{r:?}"
        );
    }
    let qmp: AsyncClient = AsyncClient::connect(addr.as_str()).await.expect("connect");
    assert!(qmp.execute(&QueryStatus).await.expect("status").running);
}

fn getfd() -> Getfd {
    Getfd {
        fdname: "spare".into(),
    }
}

fn closefd() -> Closefd {
    Closefd {
        fdname: "spare".into(),
    }
}

fn add_fd() -> AddFd {
    serde_json::from_value(json!({"opaque": "scratch"})).expect("add-fd arguments")
}

#[test]
fn blocking_client_passes_file_descriptors() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    // Without a descriptor the server refuses getfd.
    assert!(matches!(qmp.execute(&getfd()), Err(Error::Server { .. })));
    let file = tempfile::tempfile().expect("temp file");
    qmp.execute_with_fds(&getfd(), &[file.as_fd()])
        .expect("getfd");
    qmp.execute(&closefd()).expect("closefd");
    assert!(matches!(qmp.execute(&closefd()), Err(Error::Server { .. })));

    let info = qmp
        .execute_with_fds(&add_fd(), &[file.as_fd()])
        .expect("add-fd");
    let sets = qmp.execute(&QueryFdsets).expect("query-fdsets");
    let set = sets
        .iter()
        .find(|s| s.fdset_id == info.fdset_id)
        .expect("the fd set");
    let fd = set.fds.iter().find(|f| f.fd == info.fd).expect("the fd");
    assert_eq!(fd.opaque.as_deref(), Some("scratch"));
    let remove: RemoveFd =
        serde_json::from_value(json!({"fdset-id": info.fdset_id})).expect("remove-fd arguments");
    qmp.execute(&remove).expect("remove-fd");
}

#[tokio::test]
async fn async_client_passes_file_descriptors() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let qmp: AsyncClient = AsyncClient::connect(server.socket())
        .await
        .expect("connect");
    let file = tempfile::tempfile().expect("temp file");
    let (cmd, fds) = (getfd(), [file.as_fd()]);
    let (with_fd, without) = tokio::join!(qmp.execute_with_fds(&cmd, &fds), qmp.execute(&cmd));
    with_fd.expect("getfd with a descriptor");
    assert!(matches!(without, Err(Error::Server { .. })), "{without:?}");
    qmp.execute(&closefd()).await.expect("closefd");
    let info = qmp
        .execute_with_fds(&add_fd(), &[file.as_fd()])
        .await
        .expect("add-fd");
    let sets = qmp.execute(&QueryFdsets).await.expect("query-fdsets");
    assert!(sets.iter().any(|s| s.fdset_id == info.fdset_id));
}

#[test]
fn the_bindings_match_qemu_system() {
    let Some(server) = Qemu::system(&[]) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    let report = qmp.check_bindings().expect("check");
    eprintln!("{report}");
    assert_eq!(report.checked, qmp_bindings::api::COMMANDS.len());
    assert!(report.server_commands > 100, "{report}");
    for name in [
        "query-status",
        "stop",
        "cont",
        "getfd",
        "human-monitor-command",
    ] {
        assert!(
            !report.missing_commands.iter().any(|c| c == name),
            "{report}"
        );
    }
}

/// `device_add` sends the device model's properties from its `extra` map;
/// QEMU applies them (read back through QOM) and refuses one the model
/// does not have.
#[test]
fn device_add_passes_device_properties() {
    // A PC machine, paused before its firmware runs: it has a PCI bus.
    let Some(server) = Qemu::system(&["-M", "pc", "-S"]) else {
        return;
    };
    let mut qmp: Client = Client::connect(server.socket()).expect("connect");
    let rng = |id: &str, prop: &str, value: serde_json::Value| DeviceAdd {
        driver: "virtio-rng-pci".into(),
        bus: None,
        id: Some(id.into()),
        extra: [(prop.to_owned(), value)].into_iter().collect(),
    };
    qmp.execute(&rng("rng0", "max-bytes", json!(4096)))
        .expect("device_add with a property");
    let got = qmp
        .execute(&QomGet {
            path: "/machine/peripheral/rng0".into(),
            property: "max-bytes".into(),
        })
        .expect("qom-get");
    assert_eq!(got, json!(4096));

    match qmp.execute(&rng("rng1", "no-such-property", json!(1))) {
        Err(Error::Server { command, desc, .. }) => {
            assert_eq!(command, "device_add");
            assert!(desc.contains("no-such-property"), "{desc}");
        }
        other => panic!("an unknown property was accepted: {other:?}"),
    }
}
