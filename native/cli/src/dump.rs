//! `wasmr2r dump <image>`: everything an R2R-Wasm image holds, as text or JSON — header, sections, runtime
//! functions with their names, components with their entry points, relocations — read by
//! `wasmr2r_image::Image`, the same reader the writer's tests use.

use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::path::Path;
use wasmr2r_image::r2r::SectionType;
use wasmr2r_image::reloc::RelocKind;
use wasmr2r_image::{Image, Shape, tables};
use wasmr2r_metadata::{MethodDefRow, TableId, Token};

fn section_name(kind: SectionType) -> String {
    match kind {
        SectionType::Other(id) => format!("section {id}"),
        known => format!("{known:?}"),
    }
}

/// The image as one JSON value (the text form prints the same facts).
fn describe(image: &Image) -> Result<Value> {
    let sections: Vec<Value> = image
        .header
        .sections
        .iter()
        .map(|s| json!({"type": section_name(s.kind), "id": s.kind.id(), "rva": s.rva, "size": s.size}))
        .collect();
    let functions: Vec<Value> = image
        .runtime_functions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            json!({
                "index": i, "begin": f.begin, "unwindRva": f.unwind_rva,
                "name": image.function_names.get(i).cloned().unwrap_or_default(),
            })
        })
        .collect();
    let mut components = Vec::new();
    for (i, c) in image.components.iter().enumerate() {
        let a = &c.assembly;
        let identity = a.identity()?.map(|id| id.display_name(true)).unwrap_or_default();
        let mut entry_points = Vec::new();
        if let Some(s) = c.sections.iter().find(|s| s.kind == SectionType::MethodDefEntryPoints) {
            let offset = a.container().rva_to_offset(s.rva, s.size, "MethodDefEntryPoints")?;
            let bytes = &a.data()[offset..offset + s.size as usize];
            for (rid, function) in tables::read_method_entry_points(bytes, offset)? {
                let name = a.row::<MethodDefRow>(rid).and_then(|r| a.string(r.name).map(|n| n.into_owned()));
                entry_points.push(json!({
                    "token": tables::method_token(rid).to_string(),
                    "method": name.unwrap_or_else(|e| format!("? ({e})")),
                    "runtimeFunction": function,
                }));
            }
        }
        components.push(json!({
            "index": i,
            "assembly": identity,
            "mvid": c.mvid.map(|m| wasmr2r_metadata::heaps::format_guid(&m)),
            "cliHeaderRva": c.cli_header_rva,
            "flags": c.flags,
            "sections": c.sections.iter().map(|s| json!({"type": section_name(s.kind), "rva": s.rva, "size": s.size})).collect::<Vec<_>>(),
            "types": a.row_count(TableId::TypeDef),
            "metadata": metadata_sizes(a),
            "methodEntryPoints": entry_points,
        }));
    }
    let relocations: Vec<Value> = image
        .relocations
        .iter()
        .map(|r| json!({"rva": r.rva, "type": match r.kind { RelocKind::HighLow => "HIGHLOW", RelocKind::Wasm32Table => "WASM32_TABLE" }}))
        .collect();
    Ok(json!({
        "shape": match image.shape { Shape::Passive => "passive", Shape::SelfInstalling => "self-installing" },
        "payloadSize": image.payload_size,
        "codeSize": image.code_size,
        "tableSize": image.table_size,
        "header": {
            "rva": image.header_rva, "version": format!("{}.{}", image.header.major, image.header.minor),
            "flags": image.header.flags, "sections": sections,
        },
        "compilerIdentifier": image.compiler_identifier,
        "entryPointToken": Token(image.assembly.cli_header().entry_point_token).to_string(),
        "minFunctionTableIndex": image.min_function_table_index,
        "runtimeFunctions": functions,
        "components": components,
        "relocations": relocations,
        "stubReasons": image.stub_reasons.iter().map(|(f, m)| json!({"function": f, "reason": m})).collect::<Vec<_>>(),
    }))
}

pub fn run(path: &Path, as_json: bool) -> Result<i32> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let image = Image::read(bytes).with_context(|| format!("{} is not a readable R2R-Wasm image", path.display()))?;
    let d = describe(&image)?;
    if as_json {
        println!("{}", serde_json::to_string_pretty(&d)?);
        return Ok(0);
    }
    let text = |v: &Value| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string());
    println!("{}", path.display());
    println!(
        "  {} image, payload {} bytes, code {} bytes, {} table slots, compiled by {}",
        text(&d["shape"]),
        d["payloadSize"],
        d["codeSize"],
        d["tableSize"],
        text(&d["compilerIdentifier"])
    );
    println!(
        "  ReadyToRun header at {:#x}: version {}, flags {:#x}, entry point {}",
        d["header"]["rva"].as_u64().unwrap_or(0),
        text(&d["header"]["version"]),
        d["header"]["flags"].as_u64().unwrap_or(0),
        text(&d["entryPointToken"])
    );
    for s in d["header"]["sections"].as_array().into_iter().flatten() {
        println!("    {:<24} rva {:#08x} size {}", text(&s["type"]), s["rva"].as_u64().unwrap_or(0), s["size"]);
    }
    println!("  runtime functions (table slot = minFunctionTableIndex {} + index):", d["minFunctionTableIndex"]);
    for f in d["runtimeFunctions"].as_array().into_iter().flatten() {
        println!("    [{}] {}", f["index"], text(&f["name"]));
    }
    for c in d["components"].as_array().into_iter().flatten() {
        println!("  component {}: {} (mvid {})", c["index"], text(&c["assembly"]), text(&c["mvid"]));
        let m = &c["metadata"];
        let rows: Vec<String> =
            m["rows"].as_object().into_iter().flatten().map(|(table, n)| format!("{table} {n}")).collect();
        println!(
            "    metadata {} bytes: tables {}, #Strings {}, #Blob {}, #GUID {}, #US {}; rows: {}",
            m["size"],
            m["tables"],
            m["strings"],
            m["blob"],
            m["guid"],
            m["userStrings"],
            rows.join(", ")
        );
        for s in c["sections"].as_array().into_iter().flatten() {
            println!("    {:<24} rva {:#08x} size {}", text(&s["type"]), s["rva"].as_u64().unwrap_or(0), s["size"]);
        }
        for e in c["methodEntryPoints"].as_array().into_iter().flatten() {
            println!("    {} {} -> runtime function {}", text(&e["token"]), text(&e["method"]), e["runtimeFunction"]);
        }
    }
    for s in d["stubReasons"].as_array().into_iter().flatten() {
        println!("  stub [{}]: {}", s["function"], text(&s["reason"]));
    }
    for r in d["relocations"].as_array().into_iter().flatten() {
        println!("  relocation {} at {:#x}", text(&r["type"]), r["rva"].as_u64().unwrap_or(0));
    }
    Ok(0)
}

/// What a component's metadata costs: its size, each stream's, and the rows of each table it has.
fn metadata_sizes(a: &wasmr2r_metadata::Assembly) -> Value {
    let (strings, blob, guid, user_strings) =
        (a.strings().len(), a.blobs().len(), a.guids().len(), a.user_strings().len());
    let size = a.cli_header().metadata.size as usize;
    let rows: serde_json::Map<String, Value> = TableId::ALL
        .iter()
        .filter(|&&t| a.row_count(t) > 0)
        .map(|&t| (t.name().to_owned(), json!(a.row_count(t))))
        .collect();
    json!({
        "size": size,
        // The rest: the table stream and the root's headers.
        "tables": size.saturating_sub(strings + blob + guid + user_strings),
        "strings": strings,
        "blob": blob,
        "guid": guid,
        "userStrings": user_strings,
        "rows": rows,
    })
}
