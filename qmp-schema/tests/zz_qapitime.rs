#[test]
fn t() {
    let p = std::path::Path::new("/work/shared/corpus/qapi/qemu-10.0.2/qapi/qapi-schema.json");
    for _ in 0..30 { let _ = qmp_schema::qapi::parse_file(p).unwrap(); }
}
