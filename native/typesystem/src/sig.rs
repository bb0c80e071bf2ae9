//! Signatures → interned types, through the reader's `SignatureProvider`, in a generic context: inside `List<int>`
//! the signature's `!0` is `int`; in an open context (matching a member reference against its definition) it
//! stays `!0`.

use crate::error::TypeError;
use crate::types::{FnSig, MethodSig, TypeId, TypeKey, TypeSystem};
use wasmr2r_metadata::bytes::ByteReader;
use wasmr2r_metadata::signature::{ArrayShape, MethodSignature, PrimitiveType, SignatureProvider, TypeKind};
use wasmr2r_metadata::{SignatureDecoder, TableId, Token};

/// What the generic parameters of a signature stand for.
#[derive(Clone, Debug)]
pub enum GenericContext<'a> {
    /// Concrete arguments for the type's (`!n`) and the method's (`!!n`) parameters.
    Inst { type_args: &'a [TypeId], method_args: &'a [TypeId] },
    /// Parameters stay parameters (`Var(n)`, `MVar(n)`).
    Open,
}

impl<'a> GenericContext<'a> {
    pub fn new(type_args: &'a [TypeId], method_args: &'a [TypeId]) -> Self {
        GenericContext::Inst { type_args, method_args }
    }

    /// A context with no generic arguments at all.
    pub fn empty() -> GenericContext<'static> {
        GenericContext::Inst { type_args: &[], method_args: &[] }
    }
}

/// TypeSpecs may name TypeSpecs; a chain longer than this is a cycle.
const MAX_TYPESPEC_NESTING: u32 = 64;

struct Builder<'t, 'w, 'c> {
    ts: &'t mut TypeSystem<'w>,
    assembly: u32,
    ctx: &'c GenericContext<'c>,
    nesting: u32,
}

type Built = Result<TypeId, TypeError>;

impl SignatureProvider for Builder<'_, '_, '_> {
    type Type = Built;

    fn primitive(&mut self, p: PrimitiveType) -> Built {
        Ok(self.ts.primitive(p))
    }

    fn type_handle(&mut self, token: Token, kind: TypeKind) -> wasmr2r_metadata::Result<Built> {
        if kind == TypeKind::Unknown {
            // Only custom modifiers come here, and modifiers are not part of a type's identity for us.
            return Ok(Ok(self.ts.well_known.void));
        }
        Ok(self.ts.resolve_type_token_nested(self.assembly, token, self.ctx, self.nesting + 1))
    }

    fn sz_array(&mut self, element: Built) -> Built {
        self.ts.sz_array(element?)
    }

    fn array(&mut self, element: Built, shape: ArrayShape) -> Built {
        self.ts.md_array(element?, shape.rank)
    }

    fn pointer(&mut self, element: Built) -> Built {
        self.ts.pointer(element?)
    }

    fn by_ref(&mut self, element: Built) -> Built {
        self.ts.by_ref(element?)
    }

    fn pinned(&mut self, element: Built) -> Built {
        element
    }

    fn generic_instance(&mut self, generic: Built, args: Vec<Built>) -> Built {
        let generic = generic?;
        let args = args.into_iter().collect::<Result<Vec<_>, _>>()?;
        let def =
            self.ts.ty(generic).def.ok_or_else(|| {
                TypeError::Invalid("a generic instantiation of something that is not a TypeDef".into())
            })?;
        self.ts.inst_type(def, &args)
    }

    fn generic_type_param(&mut self, index: u32) -> Built {
        match self.ctx {
            GenericContext::Open => self.ts.intern(TypeKey::Var(index)),
            GenericContext::Inst { type_args, .. } => type_args.get(index as usize).copied().ok_or_else(|| {
                TypeError::Invalid(format!("type parameter !{index} outside a generic type with that many parameters"))
            }),
        }
    }

    fn generic_method_param(&mut self, index: u32) -> Built {
        match self.ctx {
            GenericContext::Open => self.ts.intern(TypeKey::MVar(index)),
            GenericContext::Inst { method_args, .. } => method_args.get(index as usize).copied().ok_or_else(|| {
                TypeError::Invalid(format!(
                    "method type parameter !!{index} outside a generic method with that many parameters"
                ))
            }),
        }
    }

    fn function_pointer(&mut self, signature: MethodSignature<Built>) -> Built {
        let ret = signature.return_type?;
        let params = signature.params.into_iter().collect::<Result<Vec<_>, _>>()?;
        self.ts.intern(TypeKey::FnPtr(Box::new(FnSig { header: signature.header.0, ret, params: params.into() })))
    }

    fn modified(&mut self, _modifier: Built, unmodified: Built, _required: bool) -> Built {
        unmodified
    }
}

impl<'w> TypeSystem<'w> {
    /// The type a TypeDef, TypeRef or TypeSpec token of `assembly` names, in `ctx`.
    pub fn resolve_type_token(&mut self, assembly: u32, token: Token, ctx: &GenericContext) -> Built {
        self.resolve_type_token_nested(assembly, token, ctx, 0)
    }

    fn resolve_type_token_nested(&mut self, assembly: u32, token: Token, ctx: &GenericContext, nesting: u32) -> Built {
        match token.table() {
            Some(TableId::TypeSpec) => {
                if nesting > MAX_TYPESPEC_NESTING {
                    return Err(TypeError::Invalid("TypeSpecs that refer to each other in a cycle".into()));
                }
                let mut blob = self.world.assembly(assembly).type_spec_blob(token)?;
                let mut builder = Builder { ts: self, assembly, ctx, nesting };
                SignatureDecoder::new(&mut builder).decode_type(&mut blob)?
            }
            _ => {
                let def = self.world.resolve_type_def(assembly, token)?;
                self.def_type(def)
            }
        }
    }

    /// Decodes one type from a signature blob.
    pub fn decode_type(&mut self, assembly: u32, blob: &mut ByteReader, ctx: &GenericContext) -> Built {
        let mut builder = Builder { ts: self, assembly, ctx, nesting: 0 };
        SignatureDecoder::new(&mut builder).decode_type(blob)?
    }

    /// Decodes a method signature (MethodDefSig, MethodRefSig or StandAloneMethodSig).
    pub fn decode_method_sig(
        &mut self,
        assembly: u32,
        blob: &mut ByteReader,
        ctx: &GenericContext,
    ) -> Result<MethodSig, TypeError> {
        let mut builder = Builder { ts: self, assembly, ctx, nesting: 0 };
        let sig = SignatureDecoder::new(&mut builder).decode_method(blob)?;
        if sig.required_param_count != sig.params.len() {
            return Err(TypeError::Unsupported("vararg call sites".into()));
        }
        Ok(MethodSig {
            header: sig.header,
            generic_count: sig.generic_param_count,
            ret: sig.return_type?,
            params: sig.params.into_iter().collect::<Result<_, _>>()?,
        })
    }

    /// Decodes a FieldSig.
    pub fn decode_field_sig(&mut self, assembly: u32, blob: &mut ByteReader, ctx: &GenericContext) -> Built {
        let mut builder = Builder { ts: self, assembly, ctx, nesting: 0 };
        SignatureDecoder::new(&mut builder).decode_field(blob)?
    }

    /// Decodes a LocalVarSig: the locals' types and which of them are pinned (pinned only matters to a moving GC).
    pub fn decode_locals(
        &mut self,
        assembly: u32,
        blob: &mut ByteReader,
        ctx: &GenericContext,
    ) -> Result<Vec<TypeId>, TypeError> {
        let mut builder = Builder { ts: self, assembly, ctx, nesting: 0 };
        let locals = SignatureDecoder::new(&mut builder).decode_locals(blob)?;
        locals.into_iter().collect()
    }

    /// Decodes a MethodSpec instantiation.
    pub fn decode_method_spec(
        &mut self,
        assembly: u32,
        blob: &mut ByteReader,
        ctx: &GenericContext,
    ) -> Result<Vec<TypeId>, TypeError> {
        let mut builder = Builder { ts: self, assembly, ctx, nesting: 0 };
        let args = SignatureDecoder::new(&mut builder).decode_method_spec(blob)?;
        args.into_iter().collect()
    }
}
