//! The `args_type` member-list grammar: every monitor type letter, flags,
//! formats, optional forms, typed expressions and the syntax errors.

use qmp_schema::hx::args_type::{
    parse_members, parse_names, parse_type, parse_variants, MemberSpec,
};
use qmp_schema::{Builtin, TypeRef};

fn b(x: Builtin) -> TypeRef {
    TypeRef::Builtin(x)
}

fn members(s: &str) -> Vec<MemberSpec> {
    let (ms, errs) = parse_members(s);
    assert!(errs.is_empty(), "{s}: {errs:?}");
    ms
}

fn error(s: &str) -> (usize, String) {
    let (_, errs) = parse_members(s);
    assert_eq!(errs.len(), 1, "{s}: {errs:?}");
    (errs[0].at, errs[0].message.clone())
}

#[test]
fn empty_list() {
    assert!(members("").is_empty());
    assert!(members("  ").is_empty());
}

#[test]
fn every_letter() {
    let cases = [
        ("F", Builtin::Str),
        ("B", Builtin::Str),
        ("s", Builtin::Str),
        ("S", Builtin::Str),
        ("O", Builtin::Any),
        ("i", Builtin::Int32),
        ("l", Builtin::Int64),
        ("M", Builtin::Int64),
        ("o", Builtin::Size),
        ("T", Builtin::Number),
        ("f", Builtin::Number),
        ("b", Builtin::Bool),
        ("q", Builtin::Any),
    ];
    for (letter, ty) in cases {
        let m = &members(&format!("x:{letter}"))[0];
        assert_eq!((m.ty.clone(), m.optional), (b(ty), false), "{letter}");
        assert_eq!(m.hx_kind.as_deref(), Some(letter));
        let m = &members(&format!("x:{letter}?"))[0];
        assert_eq!((m.ty.clone(), m.optional), (b(ty), true), "{letter}?");
        assert_eq!(m.hx_kind.as_deref(), Some(letter));
    }
}

#[test]
fn historic_lists() {
    let ms = members("force:-f,device:B,target:F,arg:s?");
    let names: Vec<&str> = ms.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["force", "device", "target", "arg"]);
    assert_eq!(ms[0].ty, b(Builtin::Bool));
    assert!(ms[0].optional);
    assert_eq!(ms[0].hx_kind.as_deref(), Some("-f"));
    assert_eq!(ms[3].at, 27);
    let ms = members("filename:F,format:-fs,device:s?,head:i?");
    assert_eq!((ms[1].ty.clone(), ms[1].optional), (b(Builtin::Str), true));
    assert_eq!(ms[1].hx_kind.as_deref(), Some("-fs"));
    let ms = members("fmt:/,addr:i,index:i.");
    assert_eq!((ms[0].ty.clone(), ms[0].optional), (b(Builtin::Str), true));
    assert_eq!(ms[0].hx_kind.as_deref(), Some("/"));
    assert!(ms[2].optional);
    assert_eq!(ms[2].hx_kind.as_deref(), Some("i."));
    let ms = members("hold-time:i?,dispatch_tree:-d,value:M");
    assert_eq!(ms[0].name, "hold-time");
    assert_eq!(ms[2].ty, b(Builtin::Int64));
}

#[test]
fn typed_members() {
    let ms = members("a:str, b:int64?,c:[StatusInfo],d:[[uint8]]?,e:RunState,f:any,g:null,h:size");
    assert_eq!(ms[0].ty, b(Builtin::Str));
    assert_eq!(ms[0].hx_kind, None);
    assert_eq!(
        (ms[1].ty.clone(), ms[1].optional),
        (b(Builtin::Int64), true)
    );
    assert_eq!(ms[1].at, 7);
    assert_eq!(
        ms[2].ty,
        TypeRef::Array(Box::new(TypeRef::Named("StatusInfo".into())))
    );
    let inner = TypeRef::Array(Box::new(b(Builtin::Uint8)));
    assert_eq!(
        (ms[3].ty.clone(), ms[3].optional),
        (TypeRef::Array(Box::new(inner)), true)
    );
    assert_eq!(ms[4].ty, TypeRef::Named("RunState".into()));
    assert_eq!(ms[5].ty, b(Builtin::Any));
    assert_eq!(ms[6].ty, b(Builtin::Null));
    assert_eq!(ms[7].ty, b(Builtin::Size));
    // A two-letter name is a type name, not a letter.
    assert_eq!(members("x:Bs")[0].ty, TypeRef::Named("Bs".into()));
}

#[test]
fn syntax_errors_with_offsets() {
    assert_eq!(
        error("a:s,,b:s"),
        (4, "empty member in list (stray ',')".into())
    );
    assert_eq!(
        error("a:s,"),
        (4, "empty member in list (stray ',')".into())
    );
    assert_eq!(
        error("dev"),
        (
            3,
            "expected ':' after member name 'dev', found end of member".into()
        )
    );
    assert_eq!(
        error("a b:s"),
        (2, "expected ':' after member name 'a', found 'b'".into())
    );
    assert_eq!(error(":s"), (0, "expected a member name, found ':'".into()));
    assert_eq!(error("a:"), (2, "missing type after 'a:'".into()));
    assert_eq!(
        error("x:s,f:-"),
        (7, "a flag type '-' needs a flag letter (as in '-f')".into())
    );
    assert_eq!(
        error("f:-fx"),
        (
            4,
            "bad flag type '-fx': expected '-' and one letter, then an optional 's'".into()
        )
    );
    assert_eq!(
        error("f:/x"),
        (
            3,
            "the format type '/' takes nothing after it, found 'x'".into()
        )
    );
    assert_eq!(
        error("f:/?"),
        (
            3,
            "the format type '/' takes nothing after it, found '?'".into()
        )
    );
    assert_eq!(
        error("f:s."),
        (
            3,
            "the optional form '.' applies only to i, l and M, not 's'".into()
        )
    );
    assert_eq!(
        error("a:[int"),
        (6, "expected ']' to close the array type".into())
    );
    assert_eq!(error("a:int??"), (5, "unexpected '?' after type".into()));
    assert_eq!(error("a:9"), (2, "expected a type, found '9'".into()));
    // Errors in several members are all reported.
    let (ms, errs) = parse_members("a:s,b,c:i,d:");
    assert_eq!(ms.len(), 2);
    assert_eq!(errs.iter().map(|e| e.at).collect::<Vec<_>>(), [5, 12]);
}

#[test]
fn other_lists() {
    assert_eq!(
        parse_type("[int]"),
        Ok(TypeRef::Array(Box::new(b(Builtin::Int))))
    );
    assert_eq!(parse_type(" Foo "), Ok(TypeRef::Named("Foo".into())));
    assert_eq!(parse_type("Foo?").map_err(|e| e.at), Err(3));
    let (names, errs) = parse_names("debug,inmigrate, paused", "enum value");
    assert!(errs.is_empty());
    assert_eq!(
        names,
        [
            ("debug".into(), 0),
            ("inmigrate".into(), 6),
            ("paused".into(), 17)
        ]
    );
    let (_, errs) = parse_names("a,b c", "feature");
    assert_eq!(
        (errs[0].at, errs[0].message.as_str()),
        (3, "unexpected ' ' in feature name")
    );
    let (vs, errs) = parse_variants("inet:InetSocketAddress,unix:[str]");
    assert!(errs.is_empty());
    assert_eq!(vs[1].name, "unix");
    assert_eq!((vs[1].at, vs[1].end), (23, 33));
    let (_, errs) = parse_variants("inet:Inet?");
    assert_eq!(errs[0].at, 9);
}
