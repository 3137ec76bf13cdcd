//! Arrays of arrays without nested type syntax: [`Vec2<T>`] is
//! `Vec<Vec<T>>`, [`Vec3<T>`] is `Vec<Vec<Vec<T>>>`, and so on up to
//! [`MAX_DEPTH`] levels.
//!
//! Generated bindings spell an array of arrays with these aliases, so a
//! type nested as deep as a schema may nest it (64 levels) stays one flat
//! path: the generated source grows by a few bytes per level instead of one
//! more indented line, and neither the generator nor rustc recurses once per
//! level to read it.

/// The deepest nesting with an alias; the schema readers' nesting limit.
pub const MAX_DEPTH: usize = 64;

/// An array: `Vec<T>`, one level.
pub type Vec1<T> = ::std::vec::Vec<T>;

macro_rules! nested {
    ($($name:ident = $inner:ident, $levels:literal;)*) => {
        $(
            #[doc = concat!("An array nested ", $levels, " levels deep: `Vec<", stringify!($inner), "<T>>`.")]
            pub type $name<T> = ::std::vec::Vec<$inner<T>>;
        )*
    };
}

nested! {
    Vec2 = Vec1, 2;
    Vec3 = Vec2, 3;
    Vec4 = Vec3, 4;
    Vec5 = Vec4, 5;
    Vec6 = Vec5, 6;
    Vec7 = Vec6, 7;
    Vec8 = Vec7, 8;
    Vec9 = Vec8, 9;
    Vec10 = Vec9, 10;
    Vec11 = Vec10, 11;
    Vec12 = Vec11, 12;
    Vec13 = Vec12, 13;
    Vec14 = Vec13, 14;
    Vec15 = Vec14, 15;
    Vec16 = Vec15, 16;
    Vec17 = Vec16, 17;
    Vec18 = Vec17, 18;
    Vec19 = Vec18, 19;
    Vec20 = Vec19, 20;
    Vec21 = Vec20, 21;
    Vec22 = Vec21, 22;
    Vec23 = Vec22, 23;
    Vec24 = Vec23, 24;
    Vec25 = Vec24, 25;
    Vec26 = Vec25, 26;
    Vec27 = Vec26, 27;
    Vec28 = Vec27, 28;
    Vec29 = Vec28, 29;
    Vec30 = Vec29, 30;
    Vec31 = Vec30, 31;
    Vec32 = Vec31, 32;
    Vec33 = Vec32, 33;
    Vec34 = Vec33, 34;
    Vec35 = Vec34, 35;
    Vec36 = Vec35, 36;
    Vec37 = Vec36, 37;
    Vec38 = Vec37, 38;
    Vec39 = Vec38, 39;
    Vec40 = Vec39, 40;
    Vec41 = Vec40, 41;
    Vec42 = Vec41, 42;
    Vec43 = Vec42, 43;
    Vec44 = Vec43, 44;
    Vec45 = Vec44, 45;
    Vec46 = Vec45, 46;
    Vec47 = Vec46, 47;
    Vec48 = Vec47, 48;
    Vec49 = Vec48, 49;
    Vec50 = Vec49, 50;
    Vec51 = Vec50, 51;
    Vec52 = Vec51, 52;
    Vec53 = Vec52, 53;
    Vec54 = Vec53, 54;
    Vec55 = Vec54, 55;
    Vec56 = Vec55, 56;
    Vec57 = Vec56, 57;
    Vec58 = Vec57, 58;
    Vec59 = Vec58, 59;
    Vec60 = Vec59, 60;
    Vec61 = Vec60, 61;
    Vec62 = Vec61, 62;
    Vec63 = Vec62, 63;
    Vec64 = Vec63, 64;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_plain_nested_vectors() {
        let v: Vec3<u8> = vec![vec![vec![7]]];
        let plain: Vec<Vec<Vec<u8>>> = v.clone();
        assert_eq!(v, plain);
        let deepest: Vec64<u8> = Vec::new();
        assert!(deepest.is_empty());
    }
}
