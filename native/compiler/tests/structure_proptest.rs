//! Random CFGs — every terminator kind, reducible and irreducible — must structure into programs that `verify`
//! accepts (coverage, depths, every edge, and interpreter traces against CFG walks for several decision
//! sequences), with dispatch machinery exactly when the CFG is irreducible by an independent test.

use std::collections::BTreeSet;

use proptest::collection::vec;
use proptest::prelude::*;
use wasmr2r_compiler::structure::verify::verify_with;
use wasmr2r_compiler::structure::{self, BlockId, Cfg, Node, Structured, Terminator, parse_cfg, verify};

/// Hecht & Ullman's T1/T2 collapsing (remove self-loops; merge a node into its unique predecessor): the graph is
/// reducible iff it collapses to a single node. Independent of the dominator-based test in the structurer.
fn reducible_by_collapsing(cfg: &Cfg) -> bool {
    let alive0 = cfg.reachable().expect("valid CFG");
    let n = cfg.blocks.len();
    let mut alive = alive0.clone();
    let mut succs: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut preds: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for v in (0..n).filter(|&v| alive[v]) {
        for s in cfg.blocks[v].successors() {
            succs[v].insert(s.index());
            preds[s.index()].insert(v);
        }
    }
    loop {
        let mut changed = false;
        for v in 0..n {
            if alive[v] && succs[v].remove(&v) {
                preds[v].remove(&v);
                changed = true;
            }
        }
        for v in 0..n {
            if !alive[v] || v == cfg.entry.index() || preds[v].len() != 1 {
                continue;
            }
            let u = *preds[v].iter().next().expect("one predecessor");
            alive[v] = false;
            succs[u].remove(&v);
            preds[v].clear();
            for s in std::mem::take(&mut succs[v]) {
                let s = if s == v { u } else { s };
                preds[s].remove(&v);
                preds[s].insert(u);
                succs[u].insert(s);
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
    alive.iter().filter(|&&a| a).count() == 1
}

fn count_nodes(nodes: &[Node], f: &mut impl FnMut(&Node)) {
    for node in nodes {
        f(node);
        if let Node::Block(items) | Node::Loop(items) = node {
            count_nodes(items, f);
        }
    }
}

/// Builds a CFG from raw random numbers. `local` makes targets fall near the source (more loops, diamonds and
/// nesting, like real code); otherwise targets are uniform (dense, mostly irreducible graphs).
fn build(n: usize, local: bool, raw: &[(u8, Vec<u32>, u32)], entry: usize) -> Cfg {
    let target = |i: usize, r: u32| -> BlockId {
        let t = if local { (i as i64 + (r % 9) as i64 - 3).rem_euclid(n as i64) as usize } else { r as usize % n };
        BlockId(t as u32)
    };
    let blocks = raw
        .iter()
        .enumerate()
        .map(|(i, (kind, targets, default))| match kind {
            0..=5 => Terminator::Goto(target(i, *default)),
            6..=12 => Terminator::Branch {
                then: target(i, *default),
                otherwise: target(i, targets.first().copied().unwrap_or(default.rotate_left(7))),
            },
            13..=17 => Terminator::Switch {
                targets: targets.iter().map(|&r| target(i, r)).collect(),
                default: target(i, *default),
            },
            _ => Terminator::Return,
        })
        .collect();
    Cfg { entry: BlockId(entry as u32), blocks }
}

fn arb_cfg(max_blocks: usize) -> impl Strategy<Value = Cfg> {
    (1usize..=max_blocks).prop_flat_map(|n| {
        (any::<bool>(), vec((0u8..20, vec(any::<u32>(), 0..6), any::<u32>()), n), 0..n)
            .prop_map(move |(local, raw, entry)| build(n, local, &raw, entry))
    })
}

fn check(cfg: &Cfg, extra_seed: u64) -> Result<Structured, TestCaseError> {
    let s = structure::structure(cfg).map_err(|e| TestCaseError::fail(format!("{e}\n{cfg}")))?;
    verify(cfg, &s).map_err(|e| TestCaseError::fail(format!("{e}\n{cfg}\n{s}")))?;
    verify_with(cfg, &s, [extra_seed, extra_seed ^ 0x5555], 200)
        .map_err(|e| TestCaseError::fail(format!("{e}\n{cfg}\n{s}")))?;
    Ok(s)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn random_cfgs_structure_and_verify(cfg in arb_cfg(40), seed in any::<u64>()) {
        let s = check(&cfg, seed)?;
        let reducible = reducible_by_collapsing(&cfg);
        prop_assert_eq!(structure::is_reducible(&cfg).expect("valid"), reducible, "{}", cfg);
        prop_assert_eq!(s.dispatchers == 0, reducible, "{}\n{}", cfg, s);
        // Dispatch machinery stays small: at most two label stores (one for edges from outside the component,
        // one for edges from inside) per dispatcher entry; at most one `block` and one `loop` per emitted node.
        let (mut set_labels, mut entries, mut blocks, mut loops, mut nodes) = (0, 0, 0, 0, 0);
        count_nodes(&s.body, &mut |node| match node {
            Node::SetLabel { .. } => { set_labels += 1; nodes += 1 }
            Node::Dispatch { targets, .. } => { entries += targets.len(); nodes += 1 }
            Node::Code { .. } => nodes += 1,
            Node::Block(_) => blocks += 1,
            Node::Loop(_) => loops += 1,
        });
        prop_assert!(set_labels <= 2 * entries, "{} set_labels for {} entries\n{}\n{}", set_labels, entries, cfg, s);
        prop_assert!(blocks <= nodes && loops <= nodes, "{}\n{}", cfg, s);
    }

    #[test]
    fn cfg_text_round_trips(cfg in arb_cfg(40)) {
        let text = cfg.to_string();
        prop_assert_eq!(parse_cfg(&text).map_err(|e| TestCaseError::fail(e.to_string()))?, cfg);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Fewer, bigger graphs: deeper loop nests and more nested irreducible components.
    #[test]
    fn bigger_random_cfgs_structure_and_verify(cfg in arb_cfg(160), seed in any::<u64>()) {
        let s = check(&cfg, seed)?;
        prop_assert_eq!(s.dispatchers == 0, reducible_by_collapsing(&cfg), "{}\n{}", cfg, s);
    }
}
