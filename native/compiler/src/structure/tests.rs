//! Hand-written CFGs, exhaustive small CFGs, error handling, and checks that the verifier catches broken
//! structures. Random CFGs are in `tests/structure_proptest.rs`, textual snapshots in `tests/structure/`.

use super::verify::VerifyError;
use super::*;

fn cfg(text: &str) -> Cfg {
    parse_cfg(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// Structures and verifies; panics with both forms printed on failure.
fn check(text: &str) -> (Cfg, Structured) {
    let cfg = cfg(text);
    let s = structure(&cfg).unwrap_or_else(|e| panic!("{e}\n{cfg}"));
    if let Err(e) = verify(&cfg, &s) {
        panic!("verify failed: {e}\n{cfg}\n{s}");
    }
    (cfg, s)
}

#[derive(Default, Debug)]
struct Counts {
    blocks: usize,
    loops: usize,
    code: usize,
    set_labels: usize,
    dispatches: usize,
    brs: usize,
}

fn counts(s: &Structured) -> Counts {
    fn walk(nodes: &[Node], c: &mut Counts) {
        for node in nodes {
            match node {
                Node::Block(items) => {
                    c.blocks += 1;
                    walk(items, c);
                }
                Node::Loop(items) => {
                    c.loops += 1;
                    walk(items, c);
                }
                Node::Code { exits, .. } => {
                    c.code += 1;
                    c.brs += match exits {
                        Exits::Return | Exits::Goto(Jump::Fallthrough) => 0,
                        Exits::Goto(Jump::Br(_)) => 1,
                        Exits::Branch { then, otherwise } => {
                            usize::from(matches!(then, Jump::Br(_))) + usize::from(matches!(otherwise, Jump::Br(_)))
                        }
                        Exits::Switch { targets, .. } => targets.len() + 1,
                    };
                }
                Node::SetLabel { .. } => c.set_labels += 1,
                Node::Dispatch { .. } => c.dispatches += 1,
            }
        }
    }
    let mut c = Counts::default();
    walk(&s.body, &mut c);
    c
}

fn code(block: u32, exits: Exits) -> Node {
    Node::Code { block: BlockId(block), exits }
}

#[test]
fn straight_line_has_no_scopes() {
    let (_, s) = check("b0: goto b1\nb1: goto b2\nb2: ret");
    let fall = Exits::Goto(Jump::Fallthrough);
    assert_eq!(s.body, vec![code(0, fall.clone()), code(1, fall), code(2, Exits::Return)]);
    assert_eq!(s.dispatchers, 0);
}

#[test]
fn single_block() {
    let (_, s) = check("b0: ret");
    assert_eq!(s.body, vec![code(0, Exits::Return)]);
}

#[test]
fn diamond_uses_br_if_and_one_join_block() {
    let (_, s) = check("b0: br b1 b2\nb1: goto b3\nb2: goto b3\nb3: ret");
    let expected = vec![
        Node::Block(vec![
            Node::Block(vec![
                code(0, Exits::Branch { then: Jump::Br(0), otherwise: Jump::Fallthrough }),
                code(2, Exits::Goto(Jump::Br(1))),
            ]),
            code(1, Exits::Goto(Jump::Fallthrough)),
        ]),
        code(3, Exits::Return),
    ];
    assert_eq!(s.body, expected, "\n{s}");
}

#[test]
fn if_without_else() {
    let (_, s) = check("b0: br b1 b2\nb1: goto b2\nb2: ret");
    let c = counts(&s);
    assert_eq!((c.blocks, c.loops, c.code), (1, 0, 3), "\n{s}");
}

#[test]
fn branch_with_identical_arms() {
    let (_, s) = check("b0: br b1 b1\nb1: ret");
    assert_eq!(s.body[0], code(0, Exits::Branch { then: Jump::Fallthrough, otherwise: Jump::Fallthrough }));
}

#[test]
fn nested_loops() {
    let (_, s) = check(
        "b0: goto b1
         b1: br b2 b5
         b2: goto b3
         b3: br b4 b6
         b4: goto b3
         b6: goto b1
         b5: ret",
    );
    let c = counts(&s);
    assert_eq!((c.loops, c.dispatches), (2, 0), "\n{s}");
}

#[test]
fn triple_nested_loops_with_shared_latch_and_exit() {
    let (_, s) = check(
        "b0: goto b1
         b1: br b2 b9
         b2: br b3 b8
         b3: br b4 b7
         b4: br b3 b5
         b5: br b2 b6
         b6: br b1 b9
         b7: goto b2
         b8: goto b1
         b9: ret",
    );
    assert_eq!((counts(&s).loops, s.dispatchers), (3, 0), "\n{s}");
}

#[test]
fn loop_with_break_and_continue() {
    let (_, s) = check(
        "b0: goto b1
         b1: br b2 b6
         b2: br b1 b3
         b3: br b6 b4
         b4: goto b5
         b5: goto b1
         b6: ret",
    );
    let c = counts(&s);
    assert_eq!((c.loops, c.blocks, c.dispatches), (1, 1, 0), "\n{s}");
}

#[test]
fn while_loop_with_early_return() {
    let (_, s) = check(
        "b0: goto b1
         b1: br b2 b4
         b2: br b3 b5
         b3: ret
         b5: goto b1
         b4: ret",
    );
    assert_eq!((counts(&s).loops, s.dispatchers), (1, 0), "\n{s}");
    // The early return is placed after the loop, not inside it.
    assert_eq!(s.body.last(), Some(&code(3, Exits::Return)), "\n{s}");
}

#[test]
fn switch_with_shared_targets() {
    let (_, s) = check(
        "b0: switch b1 b2 b2 b3 b1 default b4
         b1: goto b2
         b2: goto b5
         b3: goto b5
         b4: ret
         b5: ret",
    );
    assert_eq!(s.dispatchers, 0);
    let Some(Node::Code { exits: Exits::Switch { targets, default }, .. }) = find_code(&s.body, 0) else {
        panic!("no switch\n{s}");
    };
    // Equal CFG targets get equal depths (all at the same program point).
    assert_eq!(targets[1], targets[2]);
    assert_eq!(targets[0], targets[4]);
    assert_ne!(targets[0], *default);
}

#[test]
fn switch_with_only_default_and_duplicate_of_default() {
    check("b0: switch default b1\nb1: ret");
    check("b0: switch b1 b1 default b1\nb1: ret");
    check("b0: switch b0 default b1\nb1: ret");
}

fn find_code(nodes: &[Node], block: u32) -> Option<&Node> {
    nodes.iter().find_map(|node| match node {
        Node::Block(items) | Node::Loop(items) => find_code(items, block),
        Node::Code { block: b, .. } if b.0 == block => Some(node),
        _ => None,
    })
}

#[test]
fn two_entry_irreducible_loop_uses_one_dispatcher() {
    let (_, s) = check("b0: br b1 b2\nb1: br b2 b3\nb2: goto b1\nb3: ret");
    let c = counts(&s);
    assert_eq!((s.dispatchers, c.dispatches, c.loops), (1, 1, 1), "\n{s}");
    assert!(s.needs_label_local());
    // One label store per entering edge kind: outside entries to b1 and b2, inside edges b1->b2 and b2->b1.
    assert_eq!(c.set_labels, 4, "\n{s}");
}

#[test]
fn irreducible_loop_nested_in_reducible_loop() {
    let (_, s) = check(
        "b0: goto b1
         b1: br b2 b7
         b2: br b3 b4
         b3: br b4 b5
         b4: br b3 b5
         b5: br b6 b1
         b6: ret
         b7: ret",
    );
    assert_eq!((s.dispatchers, counts(&s).loops), (1, 2), "\n{s}");
}

#[test]
fn reducible_loop_nested_in_irreducible_loop() {
    // b1/b2 are a two-entry cycle; inside b2 there is a proper loop b3 <-> b4.
    let (_, s) = check(
        "b0: br b1 b2
         b1: br b2 b5
         b2: goto b3
         b3: br b4 b1
         b4: goto b3
         b5: ret",
    );
    assert_eq!(s.dispatchers, 1, "\n{s}");
    assert_eq!(counts(&s).loops, 2, "\n{s}");
}

#[test]
fn irreducible_loop_with_three_entries_and_nested_irreducibility() {
    let (_, s) = check(
        "b0: switch b1 b2 b3 default b6
         b1: br b2 b6
         b2: br b3 b4
         b3: br b1 b5
         b4: br b5 b2
         b5: br b4 b3
         b6: ret",
    );
    assert!(s.dispatchers >= 2, "\n{s}");
}

#[test]
fn complete_graph_every_block_jumps_to_every_other() {
    for n in 2..=6u32 {
        let mut text = String::new();
        for i in 0..n {
            let others: Vec<String> = (0..n).filter(|&j| j != i).map(|j| format!("b{j}")).collect();
            text += &format!("b{i}: switch {} default b{n}\n", others.join(" "));
        }
        text += &format!("b{n}: ret\n");
        let (_, s) = check(&text);
        // The entry heads the outer loop; the other n-1 blocks form one component entered everywhere.
        assert_eq!(s.dispatchers, u32::from(n > 2), "n = {n}\n{s}");
        // Each component entry gets at most one outside and one inside label store.
        assert!(counts(&s).set_labels <= 2 * (n as usize - 1), "n = {n}\n{s}");
    }
}

#[test]
fn self_loops() {
    let (_, s) = check("b0: goto b0");
    assert_eq!(s.body, vec![Node::Loop(vec![code(0, Exits::Goto(Jump::Br(0)))])]);
    let (_, s) = check("b0: br b0 b1\nb1: br b1 b2\nb2: switch b2 b2 default b3\nb3: ret");
    assert_eq!((counts(&s).loops, s.dispatchers), (3, 0), "\n{s}");
}

#[test]
fn infinite_loop_without_exit() {
    let (_, s) = check("b0: goto b1\nb1: br b2 b3\nb2: goto b1\nb3: goto b1");
    assert_eq!((counts(&s).loops, s.dispatchers), (1, 0), "\n{s}");
}

#[test]
fn unreachable_blocks_are_dropped() {
    let (_, s) = check("b0: goto b1\nb1: br b3 b1\nb2: goto b3\nb3: ret\nb4: br b1 b2");
    assert_eq!(counts(&s).code, 3, "\n{s}");
    assert!(find_code(&s.body, 2).is_none() && find_code(&s.body, 4).is_none());
}

#[test]
fn unreachable_irreducible_part_adds_no_dispatcher() {
    let (_, s) = check("b0: ret\nb1: br b2 b3\nb2: goto b3\nb3: goto b2");
    assert_eq!(s.dispatchers, 0);
    assert_eq!(s.body, vec![code(0, Exits::Return)]);
}

#[test]
fn entry_is_a_loop_header_and_not_block_zero() {
    let (_, s) = check("entry b2\nb0: ret\nb1: goto b2\nb2: switch b2 b1 b1 default b0");
    assert!(matches!(s.body[0], Node::Block(_)), "\n{s}");
    assert_eq!(s.dispatchers, 0);
}

#[test]
fn critical_edges() {
    // b0 -> b2 is critical (b0 has two successors, b2 two predecessors).
    check("b0: br b1 b2\nb1: br b2 b3\nb2: goto b3\nb3: ret");
}

#[test]
fn every_cfg_with_up_to_three_blocks() {
    // Each block: return, goto any, or branch to any pair; every entry. 3 blocks: 13^3 graphs x 3 entries.
    for n in 1..=3u32 {
        let mut options = vec![Terminator::Return];
        for a in 0..n {
            options.push(Terminator::Goto(BlockId(a)));
            for b in 0..n {
                options.push(Terminator::Branch { then: BlockId(a), otherwise: BlockId(b) });
            }
        }
        let total = options.len().pow(n);
        for mut code in 0..total {
            let mut blocks = Vec::new();
            for _ in 0..n {
                blocks.push(options[code % options.len()].clone());
                code /= options.len();
            }
            for entry in 0..n {
                let cfg = Cfg { entry: BlockId(entry), blocks: blocks.clone() };
                let s = structure(&cfg).unwrap_or_else(|e| panic!("{e}\n{cfg}"));
                verify(&cfg, &s).unwrap_or_else(|e| panic!("{e}\n{cfg}\n{s}"));
                assert_eq!(s.dispatchers == 0, is_reducible(&cfg).expect("valid"), "\n{cfg}\n{s}");
            }
        }
    }
}

#[test]
fn malformed_cfgs_are_errors() {
    let empty = Cfg { entry: BlockId(0), blocks: vec![] };
    assert_eq!(structure(&empty), Err(StructureError::Empty));
    let bad_entry = Cfg { entry: BlockId(3), blocks: vec![Terminator::Return] };
    assert!(matches!(structure(&bad_entry), Err(StructureError::EntryOutOfRange { .. })));
    let bad_target = Cfg { entry: BlockId(0), blocks: vec![Terminator::Goto(BlockId(1))] };
    assert!(matches!(structure(&bad_target), Err(StructureError::TargetOutOfRange { .. })));
    // Out-of-range targets are errors even in unreachable blocks and in switch defaults.
    let unreachable_bad = Cfg {
        entry: BlockId(0),
        blocks: vec![Terminator::Return, Terminator::Switch { targets: vec![BlockId(0)], default: BlockId(9) }],
    };
    let err = structure(&unreachable_bad).expect_err("bad default");
    assert_eq!(err, StructureError::TargetOutOfRange { block: BlockId(1), target: BlockId(9), blocks: 2 });
    assert!(err.to_string().contains("b9"));
    assert!(matches!(
        verify(&bad_target, &Structured { body: vec![], dispatchers: 0 }),
        Err(VerifyError::InvalidCfg(_))
    ));
}

#[test]
fn parse_errors() {
    for bad in ["b0 goto b1", "b0: goto", "b0: br b1", "b0: jump b1", "b1: ret", "b0: ret\nb0: ret", "x0: ret", "entry"]
    {
        assert!(parse_cfg(bad).is_err(), "{bad:?} should not parse");
    }
}

// --- The verifier must reject broken structures. ---

fn diamond() -> (Cfg, Structured) {
    check("b0: br b1 b2\nb1: goto b3\nb2: goto b3\nb3: ret")
}

#[test]
fn verifier_rejects_swapped_branch_arms() {
    let (cfg, mut s) = diamond();
    let Node::Block(outer) = &mut s.body[0] else { panic!() };
    let Node::Block(inner) = &mut outer[0] else { panic!() };
    inner[0] = code(0, Exits::Branch { then: Jump::Fallthrough, otherwise: Jump::Br(0) });
    assert!(matches!(verify(&cfg, &s), Err(VerifyError::EdgeMismatch { arm: 0, .. })));
}

#[test]
fn verifier_rejects_out_of_scope_depth() {
    let (cfg, mut s) = diamond();
    let Node::Block(outer) = &mut s.body[0] else { panic!() };
    let Node::Block(inner) = &mut outer[0] else { panic!() };
    inner[1] = code(2, Exits::Goto(Jump::Br(2)));
    assert!(matches!(verify(&cfg, &s), Err(VerifyError::BadDepth { depth: 2, available: 2 })));
}

#[test]
fn verifier_rejects_missing_duplicate_and_unexpected_blocks() {
    let (cfg, s) = diamond();
    let mut missing = s.clone();
    missing.body.pop();
    assert_eq!(verify(&cfg, &missing), Err(VerifyError::MissingBlock(BlockId(3))));
    let mut duplicate = s.clone();
    duplicate.body.push(code(3, Exits::Return));
    assert_eq!(verify(&cfg, &duplicate), Err(VerifyError::DuplicateBlock(BlockId(3))));
    let mut unknown = s.clone();
    unknown.body.push(code(7, Exits::Return));
    assert_eq!(verify(&cfg, &unknown), Err(VerifyError::UnexpectedBlock(BlockId(7))));
    let mut shape = s;
    shape.body[1] = code(3, Exits::Goto(Jump::Fallthrough));
    assert_eq!(verify(&cfg, &shape), Err(VerifyError::ShapeMismatch { block: BlockId(3) }));
}

#[test]
fn verifier_rejects_wrong_dispatch_labels_and_counts() {
    let (cfg, s) = check("b0: br b1 b2\nb1: br b2 b3\nb2: goto b1\nb3: ret");
    let mut wrong_count = s.clone();
    wrong_count.dispatchers = 0;
    assert!(matches!(verify(&cfg, &wrong_count), Err(VerifyError::DispatcherCount { .. })));
    // Flip every label value: entries get swapped.
    fn flip(nodes: &mut [Node]) {
        for node in nodes {
            match node {
                Node::Block(items) | Node::Loop(items) => flip(items),
                Node::SetLabel { value, .. } => *value ^= 1,
                _ => {}
            }
        }
    }
    let mut flipped = s;
    flip(&mut flipped.body);
    assert!(matches!(verify(&cfg, &flipped), Err(VerifyError::EdgeMismatch { .. })));
}

/// Swapping two arms of a branch or switch whose CFG targets differ must always be caught.
#[test]
fn verifier_catches_every_arm_swap() {
    let texts = [
        "b0: br b1 b2\nb1: goto b3\nb2: goto b3\nb3: ret",
        "b0: goto b1\nb1: br b2 b6\nb2: br b1 b3\nb3: br b6 b4\nb4: goto b5\nb5: goto b1\nb6: ret",
        "b0: switch b1 b2 b2 b3 b1 default b4\nb1: goto b2\nb2: goto b5\nb3: goto b5\nb4: ret\nb5: ret",
        "b0: br b1 b2\nb1: br b2 b3\nb2: goto b1\nb3: ret",
        "b0: goto b1\nb1: br b2 b7\nb2: br b3 b4\nb3: br b4 b5\nb4: br b3 b5\nb5: br b6 b1\nb6: ret\nb7: ret",
    ];
    fn for_each_code(nodes: &mut [Node], f: &mut dyn FnMut(&mut Node)) {
        for node in nodes {
            match node {
                Node::Block(items) | Node::Loop(items) => for_each_code(items, f),
                Node::Code { .. } => f(node),
                _ => {}
            }
        }
    }
    let mut caught = 0;
    for text in texts {
        let (cfg, s) = check(text);
        for block in 0..cfg.blocks.len() {
            let Some(terminator) = cfg.terminator(BlockId(block as u32)) else { continue };
            for (a, b) in [(0usize, 1usize), (0, 3), (1, 3), (2, 5)] {
                let (Some(ta), Some(tb)) = (terminator.successor(a), terminator.successor(b)) else { continue };
                if ta == tb {
                    continue;
                }
                let mut mutated = s.clone();
                for_each_code(&mut mutated.body, &mut |node| {
                    let Node::Code { block: id, exits } = node else { return };
                    if id.index() != block {
                        return;
                    }
                    match exits {
                        Exits::Branch { then, otherwise } => std::mem::swap(then, otherwise),
                        Exits::Switch { targets, default } => {
                            let (x, y) = (a.min(targets.len()), b.min(targets.len()));
                            let mut all: Vec<u32> = targets.iter().copied().chain([*default]).collect();
                            all.swap(x, y);
                            *default = all.pop().unwrap_or(*default);
                            *targets = all;
                        }
                        _ => {}
                    }
                });
                assert!(verify(&cfg, &mutated).is_err(), "swap {a}/{b} of b{block} not caught\n{cfg}\n{mutated}");
                caught += 1;
            }
        }
    }
    assert!(caught >= 15, "only {caught} mutations exercised");
}

#[test]
fn interpreter_matches_walk_on_long_traces() {
    let (cfg, s) = check(
        "b0: switch b1 b3 b5 default b7
         b1: goto b2
         b2: br b3 b8
         b3: br b4 b2
         b4: goto b5
         b5: br b6 b3
         b6: goto b2
         b7: ret
         b8: br b1 b7",
    );
    for seed in 0..50 {
        let expected = walk_cfg(&cfg, &mut SeededOracle::new(seed), 5_000).expect("valid");
        let found = interpret(&s, &mut SeededOracle::new(seed), 5_000).expect("runs");
        assert_eq!(expected, found);
    }
}
