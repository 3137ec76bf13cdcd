//! 10,000 sequential `query-version` round trips over a Unix socket to a real
//! qemu-system-x86_64: with the blocking client, the tokio client, and a bare
//! serde_json + UnixStream loop; prints the times and the ratios.
//!
//! `cargo bench -p qmp-client --bench roundtrip` (set `QMP_BENCH_N` to
//! change the count).

#[path = "../tests/common/mod.rs"]
mod common;

use qmp_bindings::api::QueryVersion;
use qmp_client::{AsyncClient, Client};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

fn bare(socket: &Path, n: u64) -> Duration {
    let stream = UnixStream::connect(socket).expect("connect");
    let mut writer = stream.try_clone().expect("clone");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).expect("greeting");
    writer
        .write_all(b"{\"execute\":\"qmp_capabilities\"}\n")
        .expect("send");
    line.clear();
    reader.read_line(&mut line).expect("capabilities reply");
    let start = Instant::now();
    for id in 0..n {
        let req = serde_json::json!({"execute": "query-version", "id": id});
        let mut bytes = serde_json::to_vec(&req).expect("encode");
        bytes.push(b'\n');
        writer.write_all(&bytes).expect("send");
        loop {
            line.clear();
            reader.read_line(&mut line).expect("reply");
            let reply: Value = serde_json::from_str(&line).expect("JSON");
            if reply["id"] == id {
                assert!(reply["return"]["qemu"]["major"].is_u64());
                break;
            }
        }
    }
    start.elapsed()
}

fn blocking(socket: &Path, n: u64) -> Duration {
    let mut qmp: Client = Client::connect(socket).expect("connect");
    let start = Instant::now();
    for _ in 0..n {
        qmp.execute(&QueryVersion).expect("query-version");
    }
    start.elapsed()
}

fn asynchronous(socket: &Path, n: u64) -> Duration {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let qmp: AsyncClient = AsyncClient::connect(socket).await.expect("connect");
        let start = Instant::now();
        for _ in 0..n {
            qmp.execute(&QueryVersion).await.expect("query-version");
        }
        start.elapsed()
    })
}

fn main() {
    let n: u64 = std::env::var("QMP_BENCH_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let Some(server) = common::Qemu::system(&[]) else {
        return;
    };
    // One connection at a time: QEMU serves one QMP client per socket. The
    // machine is shared, so the three loops are interleaved in rounds to
    // expose them to the same load.
    let _warm = blocking(server.socket(), 200);
    let rounds = 5;
    let per_round = (n / rounds).max(1);
    let (mut t_bare, mut t_sync, mut t_async) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for _ in 0..rounds {
        t_bare += bare(server.socket(), per_round);
        t_sync += blocking(server.socket(), per_round);
        t_async += asynchronous(server.socket(), per_round);
    }
    let n = per_round * rounds;
    let per = |t: Duration| t.as_secs_f64() * 1e6 / n as f64;
    println!("{n} sequential query-version round trips over a Unix socket ({rounds} interleaved rounds):");
    let show = |what: &str, t: Duration| {
        println!(
            "  {what:<30} {:>8.3} s  {:>7.1} us/call",
            t.as_secs_f64(),
            per(t)
        )
    };
    show("bare serde_json + UnixStream:", t_bare);
    show("qmp_client::Client:", t_sync);
    show("qmp_client::AsyncClient:", t_async);
    println!(
        "  ratio Client / bare:      {:.3}",
        t_sync.as_secs_f64() / t_bare.as_secs_f64()
    );
    println!(
        "  ratio AsyncClient / bare: {:.3}",
        t_async.as_secs_f64() / t_bare.as_secs_f64()
    );
}
