//! The type system's field layout against Mono's own: `tests/layout/run-oracle.sh` runs a program on Mono's
//! browser-wasm runtime that prints the size and every instance field offset of 362 types (CoreLib's and its own);
//! our layout of each must be the same, field by field.

use std::collections::HashMap;
use std::path::PathBuf;
use wasmr2r_metadata::Assembly;
use wasmr2r_test_support as inputs;
use wasmr2r_typesystem::{Kind, TypeId, TypeSystem, World};

/// A value from `tests/layout/out/paths.env`.
fn oracle_path(key: &str) -> PathBuf {
    let file = inputs::repo_root().join("tests/layout/out/paths.env");
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e}; run tests/layout/run-oracle.sh first", file.display()));
    let value = text
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("{} has no {key}; rerun tests/layout/run-oracle.sh", file.display()));
    PathBuf::from(value)
}

/// One line of the oracle.
struct Expected {
    name: String,
    class: bool,
    size: u32,
    fields: Vec<(String, u32)>,
}

fn parse_line(line: &str) -> Expected {
    let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
    Expected {
        name: v["type"].as_str().expect("type").to_owned(),
        class: v["kind"] == "class",
        size: v["size"].as_u64().expect("size") as u32,
        fields: v["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .map(|f| (f["name"].as_str().expect("name").to_owned(), f["offset"].as_u64().expect("offset") as u32))
            .collect(),
    }
}

/// Resolves a canonical type name (``Ns.Outer`1+Inner[System.Int32]``) to a type.
fn resolve(ts: &mut TypeSystem, name: &str) -> Result<TypeId, String> {
    let (head, args) = match name.find('[') {
        Some(open) if name.ends_with(']') => (&name[..open], split_args(&name[open + 1..name.len() - 1])),
        _ => (name, Vec::new()),
    };
    let world = ts.world;
    let def = (0..world.len())
        .find_map(|a| world.assembly(a).find_type(head).map(|rid| wasmr2r_typesystem::TypeDefId { assembly: a, rid }))
        .ok_or_else(|| format!("no assembly defines {head}"))?;
    let args = args.iter().map(|a| resolve(ts, a)).collect::<Result<Vec<_>, _>>()?;
    ts.inst_type(def, &args).map_err(|e| e.to_string())
}

/// Splits `A,B[C,D],E` at the top-level commas.
fn split_args(text: &str) -> Vec<String> {
    let (mut depth, mut start, mut out) = (0, 0, Vec::new());
    for (i, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(text[start..i].to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(text[start..].to_owned());
    out
}

/// Our layout of `ty` in the oracle's terms: (size, fields named as the oracle names them, sorted like it).
fn ours(ts: &mut TypeSystem, ty: TypeId) -> Result<(u32, Vec<(String, u32)>), String> {
    let layout = ts.instance_layout(ty).map_err(|e| e.to_string())?;
    let size = layout.size;
    let mut names: Vec<(String, TypeId, u32)> =
        layout.fields.iter().map(|f| (ts.world.field_def_name(f.field.def), f.field.owner, f.offset)).collect();
    let mut count: HashMap<String, usize> = HashMap::new();
    for (n, _, _) in &names {
        *count.entry(n.clone()).or_default() += 1;
    }
    // Names that clash (private fields of the same name at several levels) are qualified with their declaring type.
    for (n, owner, _) in &mut names {
        if count[n.as_str()] > 1 {
            *n = format!("{}::{n}", ts.type_name(*owner));
        }
    }
    let mut fields: Vec<(String, u32)> = names.into_iter().map(|(n, _, o)| (n, o)).collect();
    fields.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    Ok((size, fields))
}

#[test]
fn layouts_agree_with_mono_on_every_listed_type() {
    let mut files = vec![oracle_path("ORACLE_ASSEMBLY"), oracle_path("ORACLE_CORELIB")];
    files.extend(inputs::files_with_extension(&oracle_path("ORACLE_FRAMEWORK_DIR"), "dll"));
    let world = World::new(files.iter().map(|f| Assembly::open(f).expect("an assembly")).collect());
    let mut ts = TypeSystem::new(&world).expect("a type system");
    let text = std::fs::read_to_string(oracle_path("ORACLE_JSONL")).expect("the oracle's output");
    let expected: Vec<Expected> = text.lines().filter(|l| !l.trim().is_empty()).map(parse_line).collect();
    assert!(expected.len() >= 200, "the oracle lists only {} types", expected.len());
    for required in ["System.String", "System.Exception", "System.Collections.Generic.List`1[System.Int32]"] {
        assert!(expected.iter().any(|e| e.name == required), "the oracle does not list {required}");
    }
    let mut differences = Vec::new();
    for e in &expected {
        let ty = match resolve(&mut ts, &e.name) {
            Ok(t) => t,
            Err(why) => {
                differences.push(format!("{}: {why}", e.name));
                continue;
            }
        };
        let is_class = !ts.ty(ty).is_value_type();
        if is_class != e.class {
            differences.push(format!(
                "{}: oracle says {}, we say otherwise",
                e.name,
                if e.class { "class" } else { "struct" }
            ));
            continue;
        }
        if matches!(ts.ty(ty).kind, Kind::Interface) {
            differences.push(format!("{}: an interface has no layout", e.name));
            continue;
        }
        match ours(&mut ts, ty) {
            Ok((size, fields)) => {
                if size != e.size {
                    differences.push(format!("{}: size {size}, Mono says {}", e.name, e.size));
                }
                if fields != e.fields {
                    differences.push(format!("{}: fields {fields:?}, Mono says {:?}", e.name, e.fields));
                }
            }
            Err(why) => differences.push(format!("{}: {why}", e.name)),
        }
    }
    eprintln!("{} of {} types lay out as Mono lays them out", expected.len() - differences.len(), expected.len());
    assert!(differences.is_empty(), "{} differences:\n{}", differences.len(), differences.join("\n"));
}
