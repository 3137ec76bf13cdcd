//! A historic hx file that is not valid UTF-8 (a Latin-1 byte in a doc
//! block, as files from before QEMU's move to UTF-8 could have) still gets
//! byte-identical docs: every byte is read as one Latin-1 character and
//! written back as that byte.

use std::process::Command;

#[test]
fn latin1_bytes_are_written_back_unchanged() {
    let Some(corpus) =
        qmp_test_support::corpus_part("latin1_bytes_are_written_back_unchanged", "hx")
    else {
        return;
    };
    let dir = corpus.join("hx/qemu-1.0");
    let hx = std::fs::read(dir.join("qmp-commands.hx")).unwrap();
    let txt = std::fs::read(dir.join("qmp-commands.txt")).unwrap();
    // Put the Latin-1 byte 0xE9 into the first doc line shared by both files.
    let marker: &[u8] = b"Quit the emulator.";
    let with_byte = |data: &[u8]| -> Vec<u8> {
        let at = data
            .windows(marker.len())
            .position(|w| w == marker)
            .expect("marker line in the corpus file");
        let mut out = data[..at].to_vec();
        out.extend_from_slice(b"Caf\xe9: ");
        out.extend_from_slice(&data[at..]);
        out
    };
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("qmp-commands.hx");
    std::fs::write(&input, with_byte(&hx)).unwrap();
    assert!(std::str::from_utf8(&std::fs::read(&input).unwrap()).is_err());

    let out = Command::new(env!("CARGO_BIN_EXE_qmp-codegen"))
        .arg("docs")
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout == with_byte(&txt),
        "docs differ from the expected bytes"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: not valid UTF-8"), "{stderr}");
}
