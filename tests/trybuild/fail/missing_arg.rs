// A required argument left out does not compile.
fn main() {
    let _cmd = qmp_bindings::api::DeviceDel {};
}
