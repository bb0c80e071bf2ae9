//! The attribute flags of TypeDef, MethodDef and Field rows (II.23.1), typed so that code asks
//! `flags.is_virtual()` instead of masking numbers.

/// `TypeAttributes` (II.23.1.15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct TypeAttributes(pub u32);

/// How the fields of a type are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LayoutKind {
    Auto,
    Sequential,
    Explicit,
}

impl TypeAttributes {
    const VISIBILITY_MASK: u32 = 0x07;
    const LAYOUT_MASK: u32 = 0x18;
    const SEQUENTIAL: u32 = 0x08;
    const EXPLICIT: u32 = 0x10;
    const INTERFACE: u32 = 0x20;
    const ABSTRACT: u32 = 0x80;
    const SEALED: u32 = 0x100;
    const BEFORE_FIELD_INIT: u32 = 0x0010_0000;

    pub fn layout(self) -> LayoutKind {
        match self.0 & Self::LAYOUT_MASK {
            Self::SEQUENTIAL => LayoutKind::Sequential,
            Self::EXPLICIT => LayoutKind::Explicit,
            _ => LayoutKind::Auto,
        }
    }
    pub fn is_interface(self) -> bool {
        self.0 & Self::INTERFACE != 0
    }
    pub fn is_abstract(self) -> bool {
        self.0 & Self::ABSTRACT != 0
    }
    pub fn is_sealed(self) -> bool {
        self.0 & Self::SEALED != 0
    }
    /// The class constructor may run at any time before the first static field access (not at the first call).
    pub fn is_before_field_init(self) -> bool {
        self.0 & Self::BEFORE_FIELD_INIT != 0
    }
    /// Nested visibility values are 2..=7; 0 and 1 are top-level.
    pub fn is_nested(self) -> bool {
        self.0 & Self::VISIBILITY_MASK >= 2
    }
}

/// `MethodAttributes` (II.23.1.10).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct MethodAttributes(pub u16);

impl MethodAttributes {
    const ACCESS_MASK: u16 = 0x07;
    const PUBLIC: u16 = 0x06;
    const STATIC: u16 = 0x10;
    const FINAL: u16 = 0x20;
    const VIRTUAL: u16 = 0x40;
    const NEW_SLOT: u16 = 0x100;
    const ABSTRACT: u16 = 0x400;
    const SPECIAL_NAME: u16 = 0x800;
    const PINVOKE_IMPL: u16 = 0x2000;
    const RT_SPECIAL_NAME: u16 = 0x1000;

    pub fn is_static(self) -> bool {
        self.0 & Self::STATIC != 0
    }
    pub fn is_virtual(self) -> bool {
        self.0 & Self::VIRTUAL != 0
    }
    /// Sealed: no derived type may override it.
    pub fn is_final(self) -> bool {
        self.0 & Self::FINAL != 0
    }
    /// Takes a new vtable slot instead of overriding one of the parent's.
    pub fn is_new_slot(self) -> bool {
        self.0 & Self::NEW_SLOT != 0
    }
    pub fn is_abstract(self) -> bool {
        self.0 & Self::ABSTRACT != 0
    }
    pub fn is_public(self) -> bool {
        self.0 & Self::ACCESS_MASK == Self::PUBLIC
    }
    pub fn is_special_name(self) -> bool {
        self.0 & Self::SPECIAL_NAME != 0
    }
    pub fn is_rt_special_name(self) -> bool {
        self.0 & Self::RT_SPECIAL_NAME != 0
    }
    pub fn is_pinvoke(self) -> bool {
        self.0 & Self::PINVOKE_IMPL != 0
    }
}

/// `MethodImplAttributes` (II.23.1.11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct MethodImplAttributes(pub u16);

impl MethodImplAttributes {
    const CODE_TYPE_MASK: u16 = 0x03;
    const RUNTIME: u16 = 0x03;
    const INTERNAL_CALL: u16 = 0x1000;
    const SYNCHRONIZED: u16 = 0x20;
    const NO_INLINING: u16 = 0x08;
    const AGGRESSIVE_INLINING: u16 = 0x100;

    /// The runtime provides the body (delegate constructors and `Invoke`).
    pub fn is_runtime(self) -> bool {
        self.0 & Self::CODE_TYPE_MASK == Self::RUNTIME
    }
    /// The body is inside the runtime (an icall).
    pub fn is_internal_call(self) -> bool {
        self.0 & Self::INTERNAL_CALL != 0
    }
    pub fn is_synchronized(self) -> bool {
        self.0 & Self::SYNCHRONIZED != 0
    }
    pub fn is_no_inlining(self) -> bool {
        self.0 & Self::NO_INLINING != 0
    }
    pub fn is_aggressive_inlining(self) -> bool {
        self.0 & Self::AGGRESSIVE_INLINING != 0
    }
}

/// `FieldAttributes` (II.23.1.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct FieldAttributes(pub u16);

impl FieldAttributes {
    const STATIC: u16 = 0x10;
    const INIT_ONLY: u16 = 0x20;
    const LITERAL: u16 = 0x40;
    const HAS_FIELD_RVA: u16 = 0x100;

    pub fn is_static(self) -> bool {
        self.0 & Self::STATIC != 0
    }
    pub fn is_init_only(self) -> bool {
        self.0 & Self::INIT_ONLY != 0
    }
    /// A constant: no storage at all.
    pub fn is_literal(self) -> bool {
        self.0 & Self::LITERAL != 0
    }
    /// A static whose initial bytes are in the image (FieldRVA).
    pub fn has_rva(self) -> bool {
        self.0 & Self::HAS_FIELD_RVA != 0
    }
}

/// `GenericParamAttributes` (II.23.1.7): variance and special constraints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct GenericParamAttributes(pub u16);

/// The variance of a generic interface or delegate parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variance {
    None,
    Covariant,
    Contravariant,
}

impl GenericParamAttributes {
    pub fn variance(self) -> Variance {
        match self.0 & 0x03 {
            1 => Variance::Covariant,
            2 => Variance::Contravariant,
            _ => Variance::None,
        }
    }
}
