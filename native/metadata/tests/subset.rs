//! The metadata subset writer (`subset`) on the browser-wasm runtime pack: keeping everything gives back every
//! row of every table with the same values (heap entries compared by content), and keeping what a few roots
//! reach gives metadata that reads completely, whose rows are the originals' (names, flags and signatures
//! read by name), with nothing left pointing outside it.

use std::collections::BTreeSet;
use wasmr2r_metadata::custom_attribute::SameAssembly;
use wasmr2r_metadata::subset::{self, Keep, Roots};
use wasmr2r_metadata::*;
use wasmr2r_test_support as inputs;

/// Every assembly of the runtime pack, CoreLib included.
fn pack() -> Vec<Assembly> {
    inputs::runtime_pack_assemblies()
        .into_iter()
        .map(|p| Assembly::open(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

fn name(a: &Assembly) -> String {
    a.identity().ok().flatten().map(|i| i.name).unwrap_or_default()
}

fn reread(a: &Assembly, subset: &subset::Subset) -> Assembly {
    let header =
        &a.data()[a.container().rva_to_offset(a.container().cli_header_rva, 72, "CLI header").unwrap()..][..72];
    Assembly::in_memory(header, &subset.metadata)
        .unwrap_or_else(|e| panic!("{}: the subset does not read: {e}", name(a)))
}

/// A column's value with heap indices resolved, so two files' rows compare by content.
fn resolved(a: &Assembly, table: TableId, rid: u32) -> Vec<Vec<u8>> {
    let row = a.tables().raw_row(a.data(), table, rid).unwrap();
    table
        .columns()
        .iter()
        .enumerate()
        .map(|(column, kind)| {
            let raw = row.get(column);
            match kind {
                Column::Str => a.strings().bytes(StringIndex(raw)).unwrap().to_vec(),
                Column::Blob => a.blobs().get(BlobIndex(raw)).unwrap().to_vec(),
                Column::U32 if column == 0 && matches!(table, TableId::MethodDef | TableId::FieldRva) => vec![],
                _ => raw.to_le_bytes().to_vec(),
            }
        })
        .collect()
}

#[test]
fn keeping_everything_gives_back_every_row() {
    for a in pack() {
        let subset = subset::write(&a, &Keep::Everything).unwrap_or_else(|e| panic!("{}: {e}", name(&a)));
        let b = reread(&a, &subset);
        for &table in TableId::ALL {
            assert_eq!(a.row_count(table), b.row_count(table), "{} {}", name(&a), table.name());
            for rid in 1..=a.row_count(table) {
                assert_eq!(
                    resolved(&a, table, rid),
                    resolved(&b, table, rid),
                    "{} {} row {rid}",
                    name(&a),
                    table.name()
                );
            }
        }
        let report = b.check(&SameAssembly);
        assert!(report.errors.is_empty(), "{}: {:?}", name(&a), report.errors.first());
        // The same rows take no more room than the compiler gave them.
        assert!(subset.metadata.len() <= a.cli_header().metadata.size as usize, "{} grew", name(&a));
    }
}

/// A field or method as (name, flags, signature by name).
type Member = (String, u16, Vec<u8>);

/// A TypeDef's full name, flags, and its fields and methods.
fn described(a: &Assembly, rid: u32) -> (String, u32, Vec<Member>) {
    let row: TypeDefRow = a.row(rid).unwrap();
    let mut members = Vec::new();
    for f in a.type_fields(rid).unwrap().range {
        let field: FieldRow = a.row(f).unwrap();
        members.push((
            a.string(field.name).unwrap().into_owned(),
            field.flags,
            signature_text(a, Token::new(TableId::Field, f)),
        ));
    }
    for m in a.type_methods(rid).unwrap().range {
        let method: MethodDefRow = a.row(m).unwrap();
        members.push((
            a.string(method.name).unwrap().into_owned(),
            method.flags,
            signature_text(a, Token::new(TableId::MethodDef, m)),
        ));
    }
    (type_name(a, rid), row.flags, members)
}

fn type_name(a: &Assembly, rid: u32) -> String {
    a.type_full_name(Token::new(TableId::TypeDef, rid)).unwrap()
}

/// A field's or method's signature with every type token replaced by the type's full name (FACTS.md's text), so
/// signatures of two files compare.
fn signature_text(a: &Assembly, member: Token) -> Vec<u8> {
    let mut names = TypeNameFormatter::new(a);
    let text = if member.table() == Some(TableId::Field) {
        let field: FieldRow = a.row(member.rid()).unwrap();
        let mut r = a.blob(field.signature, "field signature").unwrap();
        SignatureDecoder::new(&mut names).decode_field(&mut r).unwrap()
    } else {
        let (mut r, _) = a.method_signature_and_parent(member).unwrap();
        let signature = SignatureDecoder::new(&mut names).decode_method(&mut r).unwrap();
        wasmr2r_metadata::names::format_method_signature(&signature)
    };
    text.into_bytes()
}

#[test]
fn a_subset_keeps_what_its_roots_reach_and_reads_completely() {
    for a in pack().iter().filter(|a| a.row_count(TableId::TypeDef) > 20) {
        // Every seventh type with all its members, and every eleventh method of the rest.
        let mut roots = Roots::default();
        for rid in (2..=a.row_count(TableId::TypeDef)).step_by(7) {
            roots.types.insert(rid);
            roots.methods.extend(a.type_methods(rid).unwrap().range);
        }
        roots.methods.extend((1..=a.row_count(TableId::MethodDef)).step_by(11));
        let subset = subset::write(a, &Keep::Reached(roots.clone())).unwrap_or_else(|e| panic!("{}: {e}", name(a)));
        let b = reread(a, &subset);
        let report = b.check(&SameAssembly);
        assert!(report.errors.is_empty(), "{}: {:?}", name(a), report.errors.first());
        assert!(
            subset.metadata.len() < a.cli_header().metadata.size as usize,
            "{}: the subset is not smaller",
            name(a)
        );

        // Each root type is there with all its fields, each root method with its name and signature, and
        // the types they name keep their names.
        for &rid in &roots.types {
            let new = subset.map(Token::new(TableId::TypeDef, rid)).expect("a root type is kept").rid();
            let (old_name, old_flags, old_members) = described(a, rid);
            let (new_name, new_flags, new_members) = described(&b, new);
            assert_eq!((&old_name, old_flags), (&new_name, new_flags), "{}", name(a));
            let old_set: BTreeSet<_> = old_members.into_iter().collect();
            let new_set: BTreeSet<_> = new_members.into_iter().collect();
            assert_eq!(old_set, new_set, "{}: {old_name} lost or changed members", name(a));
        }
        for &rid in &roots.methods {
            let old = Token::new(TableId::MethodDef, rid);
            let new = subset.map(old).expect("a root method is kept");
            assert_eq!(signature_text(a, old), signature_text(&b, new), "{} method {rid}", name(a));
        }
        // What was not reached is gone: no type the roots do not name or refer to.
        assert!(b.row_count(TableId::MethodDef) < a.row_count(TableId::MethodDef), "{}", name(a));
        assert_eq!(b.row_count(TableId::StandAloneSig) + b.row_count(TableId::MethodSpec), 0);
    }
}
