//! Display names of types and methods, for diagnostics, the map and the layout oracle. Type names are
//! assembly-independent: ``System.Collections.Generic.Dictionary`2[System.String,System.Int32]``,
//! `Outer+Inner`, `System.Int32[]`, `System.Int32[,]`, `System.Byte*`, `System.Int32&`.

use crate::types::{Kind, MethodId, TypeId, TypeKey, TypeSystem};
use std::fmt::Write;

impl TypeSystem<'_> {
    /// The canonical name of a type.
    pub fn type_name(&self, ty: TypeId) -> String {
        let mut out = String::new();
        self.write_type_name(ty, &mut out);
        out
    }

    fn write_type_name(&self, ty: TypeId, out: &mut String) {
        let data = self.ty(ty);
        match &data.key {
            TypeKey::Def(def) => out.push_str(&self.world.type_def_name(*def)),
            TypeKey::Inst(def, args) => {
                out.push_str(&self.world.type_def_name(*def));
                out.push('[');
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.write_type_name(*a, out);
                }
                out.push(']');
            }
            TypeKey::SzArray(e) => {
                self.write_type_name(*e, out);
                out.push_str("[]");
            }
            TypeKey::Array(e, rank) => {
                self.write_type_name(*e, out);
                if *rank == 1 {
                    out.push_str("[*]");
                } else {
                    out.push('[');
                    out.extend(std::iter::repeat_n(',', *rank as usize - 1));
                    out.push(']');
                }
            }
            TypeKey::Pointer(e) => {
                self.write_type_name(*e, out);
                out.push('*');
            }
            TypeKey::ByRef(e) => {
                self.write_type_name(*e, out);
                out.push('&');
            }
            TypeKey::FnPtr(sig) => {
                out.push_str("method ");
                self.write_type_name(sig.ret, out);
                out.push('(');
                for (i, p) in sig.params.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.write_type_name(*p, out);
                }
                out.push(')');
            }
            TypeKey::Var(n) => {
                let _ = write!(out, "!{n}");
            }
            TypeKey::MVar(n) => {
                let _ = write!(out, "!!{n}");
            }
        }
    }

    /// `Owner::Name` or `Owner::Name<Args>` for a generic method instantiation.
    pub fn method_name(&self, method: MethodId) -> String {
        let m = self.method(method);
        let mut out = self.type_name(m.owner);
        out.push_str("::");
        out.push_str(&m.name);
        if !m.inst.is_empty() {
            out.push('<');
            for (i, a) in m.inst.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                self.write_type_name(*a, &mut out);
            }
            out.push('>');
        }
        out
    }

    /// A short description of the kind, for messages ("class", "struct", "interface"...).
    pub fn kind_name(&self, ty: TypeId) -> &'static str {
        match self.ty(ty).kind {
            Kind::Void => "void",
            Kind::Primitive(_) => "primitive",
            Kind::Class => "class",
            Kind::ValueType => "struct",
            Kind::Enum(_) => "enum",
            Kind::Interface => "interface",
            Kind::SzArray(_) | Kind::Array(..) => "array",
            Kind::Pointer(_) => "pointer",
            Kind::ByRef(_) => "byref",
            Kind::FnPtr => "function pointer",
            Kind::GenericParam => "generic parameter",
        }
    }
}
