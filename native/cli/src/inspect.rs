//! `wasmr2r inspect`: reads every assembly given (or the SDK's shared framework), checks that everything in
//! it reads, and prints what it holds — as text, as JSON, or as the oracle's facts.

use crate::facts;
use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde_json::{Value, json};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use wasmr2r_metadata::check::CheckReport;
use wasmr2r_metadata::custom_attribute::AcrossAssemblies;
use wasmr2r_metadata::*;

/// How much to print per assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Level {
    /// Identity and table row counts.
    Assembly,
    /// Also every type.
    Types,
    /// Also every method with its IL size and EH clause count.
    Methods,
}

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text(Level),
    Json(Level),
    /// JSON Lines as `tests/oracle/FACTS.md` specifies.
    Facts,
}

/// One input's outcome.
struct Outcome {
    rendered: Rendered,
    report: Option<CheckReport>,
}

enum Rendered {
    Text(String),
    Json(Value),
}

/// Runs the command; returns the process exit code (1 when anything failed to read).
pub fn run(files: Vec<PathBuf>, format: Format) -> Result<i32> {
    let progress = progress_bar(files.len() as u64);
    let opened: Vec<Result<Assembly, LoadError>> = files
        .par_iter()
        .map(|path| {
            let result = Assembly::open(path);
            progress.inc(1);
            result
        })
        .collect();
    let assemblies: Vec<&Assembly> = opened.iter().filter_map(|a| a.as_ref().ok()).collect();
    let resolver = AcrossAssemblies { others: &assemblies };
    let (json, level) = match format {
        Format::Facts => {
            progress.finish_and_clear();
            return facts_lines(&files, &opened, &resolver);
        }
        Format::Text(level) => (false, level),
        Format::Json(level) => (true, level),
    };

    progress.set_position(0);
    progress.set_message("checking");
    let outcomes: Vec<Outcome> = files
        .par_iter()
        .zip(&opened)
        .map(|(path, assembly)| {
            let outcome = match assembly {
                Err(e) => Outcome { rendered: load_error(json, e), report: None },
                Ok(a) => {
                    let report = a.check(&resolver);
                    let rendered = if json {
                        Rendered::Json(json_view(path, a, &report, level))
                    } else {
                        Rendered::Text(text_view(path, a, &report, level))
                    };
                    Outcome { rendered, report: Some(report) }
                }
            };
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();

    let summary = Summary::of(&outcomes);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        let items: Vec<&Value> = outcomes
            .iter()
            .filter_map(|o| match &o.rendered {
                Rendered::Json(v) => Some(v),
                Rendered::Text(_) => None,
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &json!({"assemblies": items, "summary": summary.json()}))?;
        writeln!(out)?;
    } else {
        for outcome in &outcomes {
            if let Rendered::Text(text) = &outcome.rendered {
                out.write_all(text.as_bytes())?;
            }
        }
        writeln!(out, "{}", summary.line())?;
    }
    out.flush()?;
    Ok(if summary.failed_files > 0 { 1 } else { 0 })
}

fn progress_bar(len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if std::io::stdout().is_terminal() && std::io::stderr().is_terminal() {
        if let Ok(style) = ProgressStyle::with_template("{msg:>9} [{bar:30}] {pos}/{len}") {
            bar.set_style(style);
        }
        bar.set_message("opening");
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar
}

fn facts_lines(files: &[PathBuf], opened: &[Result<Assembly, LoadError>], resolver: &AcrossAssemblies) -> Result<i32> {
    let lines: Vec<(String, Option<String>)> = files
        .par_iter()
        .zip(opened)
        .map(|(path, assembly)| {
            let file = path.display().to_string();
            let facts = assembly
                .as_ref()
                .map_err(|e| e.to_string())
                .and_then(|a| facts::assembly_facts(&file, a, resolver).map_err(|e| format!("{file}: {e}")));
            match facts {
                Ok(value) => (value.to_string(), None),
                Err(reason) => (json!({"file": file, "error": true}).to_string(), Some(reason)),
            }
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    for (line, error) in lines {
        writeln!(out, "{line}")?;
        if let Some(reason) = error {
            eprintln!("error: {reason}");
            failed += 1;
        }
    }
    out.flush()?;
    Ok(if failed > 0 { 1 } else { 0 })
}

fn load_error(json: bool, error: &LoadError) -> Rendered {
    let (path, reason) = match error {
        LoadError::Io { path, source } => (path, source.to_string()),
        LoadError::Format { path, source } => (path, source.to_string()),
    };
    if json {
        Rendered::Json(json!({"file": path.display().to_string(), "error": reason}))
    } else {
        Rendered::Text(format!("{}: error: {reason}\n", path.display()))
    }
}

fn identity_text(a: &Assembly) -> String {
    match a.identity() {
        Ok(Some(id)) => id.display_name(true),
        Ok(None) => "(module without an assembly manifest)".to_owned(),
        Err(e) => format!("(unreadable: {e})"),
    }
}

fn container_text(a: &Assembly) -> String {
    use wasmr2r_metadata::container::ContainerKind::*;
    let kind = match a.container().kind {
        Pe32 => "PE32".to_owned(),
        Pe64 => "PE32+".to_owned(),
        Webcil { version } => format!("WebCIL v{version}"),
        WasmWrappedWebcil { version } => format!("WebCIL v{version} in Wasm"),
        InMemory => "in memory".to_owned(),
    };
    format!("{kind}, metadata {}", a.metadata_version())
}

fn table_rows(a: &Assembly) -> Vec<(TableId, u32)> {
    TableId::ALL.iter().map(|&t| (t, a.row_count(t))).filter(|(_, n)| *n > 0).collect()
}

/// (name, IL size, EH clause count) of MethodDef `rid`; size and count are None without a body.
fn method_line(a: &Assembly, rid: u32) -> (String, Option<(usize, usize)>) {
    let Ok(row) = a.row::<MethodDefRow>(rid) else {
        return ("?".to_owned(), None);
    };
    let name = a.string(row.name).map(|n| n.into_owned()).unwrap_or_else(|_| "?".to_owned());
    let body = (row.rva != 0).then(|| a.method_body(row.rva).ok()).flatten();
    (name, body.map(|b| (b.code.len(), b.exception_clauses.len())))
}

fn text_view(path: &std::path::Path, a: &Assembly, report: &CheckReport, level: Level) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "{}", path.display());
    let _ = writeln!(s, "  assembly   {}", identity_text(a));
    let _ = writeln!(s, "  container  {}", container_text(a));
    let _ = writeln!(
        s,
        "  read       {} methods ({} bodies, {} IL bytes, {} instructions, {} EH clauses), {} signatures, {} custom attributes",
        report.methods,
        report.method_bodies,
        report.il_bytes,
        report.instructions,
        report.exception_clauses,
        report.signatures,
        report.custom_attributes
    );
    let rows: Vec<String> = table_rows(a).iter().map(|(t, n)| format!("{} {n}", t.name())).collect();
    let _ = writeln!(s, "  tables     {}", rows.join(", "));
    if level >= Level::Types {
        for rid in 1..=a.row_count(TableId::TypeDef) {
            let token = Token::new(TableId::TypeDef, rid);
            let name = a.type_full_name(token).unwrap_or_else(|e| format!("? ({e})"));
            let fields = a.type_fields(rid).map_or(0, |l| l.len());
            let methods = a.type_methods(rid).ok();
            let _ = writeln!(
                s,
                "  type {name} ({token}), {fields} fields, {} methods",
                methods.as_ref().map_or(0, |l| l.len())
            );
            if level < Level::Methods {
                continue;
            }
            for method in methods.iter().flat_map(|l| l.rids(a)).flatten() {
                let (name, body) = method_line(a, method);
                let token = Token::new(TableId::MethodDef, method);
                let _ = match body {
                    Some((il, eh)) => writeln!(s, "    method {name} ({token}), IL {il} bytes, {eh} EH clauses"),
                    None => writeln!(s, "    method {name} ({token}), no body"),
                };
            }
        }
    }
    if level >= Level::Types {
        for rid in 1..=a.row_count(TableId::ExportedType) {
            let name = a.type_full_name(Token::new(TableId::ExportedType, rid)).unwrap_or_else(|e| format!("? ({e})"));
            let _ = match a.forwarded_to(rid) {
                Ok(Some(target)) => {
                    let target = a.assembly_ref(target).map(|r| r.name).unwrap_or_else(|e| format!("? ({e})"));
                    writeln!(s, "  forwarder {name} -> {target}")
                }
                _ => writeln!(s, "  exported {name}"),
            };
        }
    }
    for error in &report.errors {
        let _ = writeln!(s, "  error: {error}");
    }
    s
}

fn json_view(path: &std::path::Path, a: &Assembly, report: &CheckReport, level: Level) -> Value {
    let rows: serde_json::Map<String, Value> =
        table_rows(a).iter().map(|(t, n)| (t.name().to_owned(), json!(n))).collect();
    let mut view = json!({
        "file": path.display().to_string(),
        "assembly": identity_text(a),
        "container": container_text(a),
        "tableRows": rows,
        "read": {
            "methods": report.methods, "methodBodies": report.method_bodies, "ilBytes": report.il_bytes,
            "instructions": report.instructions, "exceptionClauses": report.exception_clauses, "signatures": report.signatures,
            "customAttributes": report.custom_attributes,
            "unresolvedCustomAttributes": report.unresolved_custom_attributes,
        },
        "errors": report.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
    });
    if level >= Level::Types {
        let types: Vec<Value> = (1..=a.row_count(TableId::TypeDef))
            .map(|rid| {
                let token = Token::new(TableId::TypeDef, rid);
                let mut t = json!({
                    "token": token.to_string(),
                    "name": a.type_full_name(token).ok(),
                    "fields": a.type_fields(rid).map_or(0, |l| l.len()),
                });
                if level >= Level::Methods {
                    let methods: Vec<Value> = a
                        .type_methods(rid)
                        .iter()
                        .flat_map(|l| l.rids(a))
                        .flatten()
                        .map(|m| {
                            let (name, body) = method_line(a, m);
                            json!({
                                "token": Token::new(TableId::MethodDef, m).to_string(),
                                "name": name,
                                "ilSize": body.map(|b| b.0),
                                "ehClauses": body.map(|b| b.1),
                            })
                        })
                        .collect();
                    t["methods"] = Value::Array(methods);
                }
                t
            })
            .collect();
        view["types"] = Value::Array(types);
    }
    view
}

/// The closing line: how much was read and how much failed.
struct Summary {
    assemblies: u64,
    failed_files: u64,
    methods: u64,
    il_bytes: u64,
    errors: u64,
}

impl Summary {
    fn of(outcomes: &[Outcome]) -> Self {
        let mut s = Summary { assemblies: 0, failed_files: 0, methods: 0, il_bytes: 0, errors: 0 };
        for outcome in outcomes {
            match &outcome.report {
                None => s.failed_files += 1,
                Some(r) => {
                    s.assemblies += 1;
                    s.methods += r.methods;
                    s.il_bytes += r.il_bytes;
                    s.errors += r.errors.len() as u64;
                    if !r.errors.is_empty() {
                        s.failed_files += 1;
                    }
                }
            }
        }
        s
    }

    fn line(&self) -> String {
        format!(
            "{} assemblies, {} methods, {} IL bytes, {} errors ({} files failed)",
            self.assemblies, self.methods, self.il_bytes, self.errors, self.failed_files
        )
    }

    fn json(&self) -> Value {
        json!({
            "assemblies": self.assemblies, "methods": self.methods, "ilBytes": self.il_bytes,
            "errors": self.errors, "failedFiles": self.failed_files,
        })
    }
}
