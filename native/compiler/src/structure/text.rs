//! Text forms, used by the filetests and for debugging.
//!
//! **CFG syntax** ([`parse_cfg`], and `Display` for [`Cfg`]): one block per line, blocks `b0 .. b<n-1>` each
//! defined exactly once, in any order. `;` starts a comment. An optional `entry bN` line picks the entry block
//! (default `b0`).
//!
//! ```text
//! entry b0
//! b0: br b1 b2                 ; Branch { then: b1, otherwise: b2 }
//! b1: goto b3
//! b2: switch b0 b3 default b1  ; Switch { targets: [b0, b3], default: b1 }
//! b3: ret                      ; Return
//! ```
//!
//! **Structured syntax** (`Display` for [`Structured`]): WAT-like, two spaces of indentation per scope.
//!
//! ```text
//! block                        ; Node::Block
//!   loop                       ; Node::Loop
//!     b1 if fall else br 1     ; Exits::Branch { then: Fallthrough, otherwise: Br(1) }
//!     b2 br 0                  ; Exits::Goto(Br(0))
//!   end
//! end
//! b3 return                    ; Exits::Return
//! b4 br_table [0 1] default 2  ; Exits::Switch
//! set_label 1, br 0            ; Node::SetLabel
//! dispatch br_table [0 1] default 1
//! ```

use std::error::Error;
use std::fmt;

use super::cfg::{BlockId, Cfg, Terminator};
use super::node::{Exits, Jump, Node, Structured};

/// A syntax error in CFG text, with its 1-based line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Error for ParseError {}

/// Parses the CFG syntax described in the module docs.
pub fn parse_cfg(text: &str) -> Result<Cfg, ParseError> {
    let mut entry = None;
    let mut defined: Vec<Option<Terminator>> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let err = |message: String| ParseError { line, message };
        let content = raw.split(';').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        let mut words = content.split_whitespace();
        let first = words.next().unwrap_or("");
        if first == "entry" || first == "entry:" {
            let block = parse_block(words.next().unwrap_or(""), line)?;
            if words.next().is_some() || entry.replace(block).is_some() {
                return Err(err("malformed or repeated `entry` line".into()));
            }
            continue;
        }
        let Some(name) = first.strip_suffix(':') else {
            return Err(err(format!("expected `bN:` or `entry bN`, found `{first}`")));
        };
        let block = parse_block(name, line)?;
        let op = words.next().ok_or_else(|| err("missing terminator".into()))?;
        let args: Vec<&str> = words.collect();
        let targets = |list: &[&str]| list.iter().map(|w| parse_block(w, line)).collect::<Result<Vec<_>, _>>();
        let terminator = match (op, args.as_slice()) {
            ("goto", [target]) => Terminator::Goto(parse_block(target, line)?),
            ("br", [then, otherwise]) => {
                Terminator::Branch { then: parse_block(then, line)?, otherwise: parse_block(otherwise, line)? }
            }
            ("switch", [table @ .., "default", default]) => {
                Terminator::Switch { targets: targets(table)?, default: parse_block(default, line)? }
            }
            ("ret", []) => Terminator::Return,
            _ => return Err(err(format!("malformed terminator `{}`", content))),
        };
        if defined.len() <= block.index() {
            defined.resize(block.index() + 1, None);
        }
        if defined[block.index()].replace(terminator).is_some() {
            return Err(err(format!("block {block} defined twice")));
        }
    }
    let mut blocks = Vec::with_capacity(defined.len());
    for (index, terminator) in defined.into_iter().enumerate() {
        match terminator {
            Some(t) => blocks.push(t),
            None => return Err(ParseError { line: 0, message: format!("block b{index} is not defined") }),
        }
    }
    Ok(Cfg { entry: entry.unwrap_or(BlockId(0)), blocks })
}

fn parse_block(word: &str, line: usize) -> Result<BlockId, ParseError> {
    word.strip_prefix('b')
        .and_then(|digits| digits.parse::<u32>().ok())
        // Keep the dense block vector of a typo like `b4000000000` from exhausting memory.
        .filter(|&n| n < 1 << 20)
        .map(BlockId)
        .ok_or_else(|| ParseError { line, message: format!("expected a block name `bN`, found `{word}`") })
}

impl fmt::Display for Cfg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry != BlockId(0) {
            writeln!(f, "entry {}", self.entry)?;
        }
        for (index, terminator) in self.blocks.iter().enumerate() {
            write!(f, "b{index}: ")?;
            match terminator {
                Terminator::Goto(target) => writeln!(f, "goto {target}")?,
                Terminator::Branch { then, otherwise } => writeln!(f, "br {then} {otherwise}")?,
                Terminator::Switch { targets, default } => {
                    write!(f, "switch")?;
                    for target in targets {
                        write!(f, " {target}")?;
                    }
                    writeln!(f, " default {default}")?;
                }
                Terminator::Return => writeln!(f, "ret")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Jump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Jump::Fallthrough => write!(f, "fall"),
            Jump::Br(depth) => write!(f, "br {depth}"),
        }
    }
}

fn write_table(f: &mut fmt::Formatter<'_>, targets: &[u32], default: u32) -> fmt::Result {
    write!(f, "br_table [")?;
    for (i, depth) in targets.iter().enumerate() {
        write!(f, "{}{depth}", if i == 0 { "" } else { " " })?;
    }
    write!(f, "] default {default}")
}

impl fmt::Display for Exits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exits::Return => write!(f, "return"),
            Exits::Goto(jump) => write!(f, "{jump}"),
            Exits::Branch { then, otherwise } => write!(f, "if {then} else {otherwise}"),
            Exits::Switch { targets, default } => write_table(f, targets, *default),
        }
    }
}

impl fmt::Display for Structured {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Explicit stack: nesting can be as deep as a method's largest switch.
        let mut stack: Vec<std::slice::Iter<'_, Node>> = vec![self.body.iter()];
        loop {
            let indent = stack.len().saturating_sub(1) * 2;
            let Some(top) = stack.last_mut() else { break };
            let Some(node) = top.next() else {
                stack.pop();
                if !stack.is_empty() {
                    writeln!(f, "{:indent$}end", "", indent = indent - 2)?;
                }
                continue;
            };
            match node {
                Node::Block(items) | Node::Loop(items) => {
                    let keyword = if matches!(node, Node::Loop(_)) { "loop" } else { "block" };
                    writeln!(f, "{:indent$}{keyword}", "")?;
                    stack.push(items.iter());
                }
                Node::Code { block, exits } => writeln!(f, "{:indent$}{block} {exits}", "")?,
                Node::SetLabel { value, then } => writeln!(f, "{:indent$}set_label {value}, {then}", "")?,
                Node::Dispatch { targets, default } => {
                    write!(f, "{:indent$}dispatch ", "")?;
                    write_table(f, targets, *default)?;
                    writeln!(f)?;
                }
            }
        }
        Ok(())
    }
}
