//! The generated text, formatted one item group at a time.
//!
//! Each group of items (a type and its impls, a command, ...) is parsed and
//! printed by prettyplease on its own and its syntax tree dropped at once,
//! so memory holds the model, the text so far and one group, never a tree
//! of the whole file. Items inside an area module are printed inside a
//! stand-in module and the stand-in's first and last lines dropped, so they
//! come out exactly as prettyplease prints them in their module (same
//! indentation and line widths): the text equals what formatting the whole
//! file at once would give.

use proc_macro2::TokenStream;
use quote::quote;

/// The generated text so far.
pub(crate) struct Output {
    text: String,
    in_module: bool,
}

impl Output {
    /// Starts the text with `header` (the `// @generated` line).
    pub(crate) fn new(header: String) -> Self {
        Output {
            text: header,
            in_module: false,
        }
    }

    /// Formats the items in `tokens` and appends them (inside the open
    /// module, if any).
    pub(crate) fn items(&mut self, tokens: TokenStream) -> Result<(), syn::Error> {
        if tokens.is_empty() {
            return Ok(());
        }
        if !self.in_module {
            let file: syn::File = syn::parse2(tokens)?;
            self.text.push_str(&prettyplease::unparse(&file));
            return Ok(());
        }
        let file: syn::File = syn::parse2(quote! { mod m { #tokens } })?;
        let printed = prettyplease::unparse(&file);
        drop(file);
        // `mod m {` ... `}`: keep what is between.
        let inner = printed
            .split_once('\n')
            .and_then(|(_, rest)| rest.strip_suffix("}\n"))
            .unwrap_or_default();
        self.text.push_str(inner);
        Ok(())
    }

    /// Opens a module: `tokens` is the module with its attributes and its
    /// first items; later items go inside it until [`Output::close_module`].
    pub(crate) fn open_module(&mut self, tokens: TokenStream) -> Result<(), syn::Error> {
        let file: syn::File = syn::parse2(tokens)?;
        let printed = prettyplease::unparse(&file);
        self.text
            .push_str(printed.strip_suffix("}\n").unwrap_or(&printed));
        self.in_module = true;
        Ok(())
    }

    /// Closes the open module.
    pub(crate) fn close_module(&mut self) {
        self.text.push_str("}\n");
        self.in_module = false;
    }

    /// The whole text.
    pub(crate) fn finish(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items formatted one by one, inside and outside a module, read
    /// exactly as the whole file formatted at once.
    #[test]
    fn item_by_item_equals_whole_file() {
        let a = quote! {
            /// A struct with a long line that prettyplease has to break somewhere sensible.
            pub struct A { pub field_with_a_long_name: ::std::option::Option<::std::vec::Vec<::std::string::String>>, pub b: i64 }
            impl A { pub fn f(&self) -> i64 { match self.b { 0 => 1, 1 => 2, _ => self.b * 2 + 1 } } }
        };
        let b = quote! { pub enum B { X, Y(::std::string::String) } };
        let whole: syn::File = syn::parse2(quote! {
            use x::y;
            /// Doc.
            pub mod m {
                use super::*;
                #a
                #b
            }
            #b
        })
        .unwrap();
        let whole = prettyplease::unparse(&whole);

        let mut out = Output::new(String::new());
        out.items(quote! { use x::y; }).unwrap();
        out.open_module(quote! {
            /// Doc.
            pub mod m { use super::*; }
        })
        .unwrap();
        out.items(a).unwrap();
        out.items(b.clone()).unwrap();
        out.close_module();
        out.items(b).unwrap();
        assert_eq!(out.finish(), whole);
    }
}
