// An argument of the wrong type does not compile.
fn main() {
    let _cmd = qmp_bindings::api::DeviceDel { id: 5 };
}
