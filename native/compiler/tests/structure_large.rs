//! Big CFGs: CoreLib has methods with thousands of blocks, so structuring must stay near-linear and must not
//! recurse per block or nest scopes per block. These tests print their timings (`--nocapture`) but assert none.

use std::time::Instant;

use wasmr2r_compiler::structure::verify::verify_with;
use wasmr2r_compiler::structure::{BlockId, Cfg, Node, Structured, Terminator, is_reducible, structure, verify};

#[derive(Default)]
struct Builder {
    blocks: Vec<Terminator>,
}

impl Builder {
    fn block(&mut self) -> BlockId {
        self.blocks.push(Terminator::Return);
        BlockId(self.blocks.len() as u32 - 1)
    }
    fn set(&mut self, block: BlockId, terminator: Terminator) {
        self.blocks[block.index()] = terminator;
    }
    fn goto(&mut self, from: BlockId, to: BlockId) {
        self.set(from, Terminator::Goto(to));
    }
    fn br(&mut self, from: BlockId, then: BlockId, otherwise: BlockId) {
        self.set(from, Terminator::Branch { then, otherwise });
    }
}

/// A long method: a chain of diamonds, while loops, nested loops with breaks out of both, switches and loops
/// exited from the middle of their body, every 12 segments wrapped in an outer loop.
fn reducible_method(target_blocks: usize) -> Cfg {
    let mut b = Builder::default();
    let entry = b.block();
    let mut cur = entry;
    let mut segment = 0;
    let mut outer: Option<BlockId> = None;
    while b.blocks.len() < target_blocks {
        if segment % 12 == 0 {
            let header = b.block();
            b.goto(cur, header);
            cur = header;
            outer = Some(header);
        }
        match segment % 5 {
            0 => {
                let (t, e, j) = (b.block(), b.block(), b.block());
                b.br(cur, t, e);
                b.goto(t, j);
                b.goto(e, j);
                cur = j;
            }
            1 => {
                let (h, body, exit) = (b.block(), b.block(), b.block());
                b.goto(cur, h);
                b.br(h, body, exit);
                b.goto(body, h);
                cur = exit;
            }
            2 => {
                let (h1, h2, m, latch, exit) = (b.block(), b.block(), b.block(), b.block(), b.block());
                b.goto(cur, h1);
                b.br(h1, h2, exit);
                b.br(h2, m, latch);
                b.br(m, exit, h2);
                b.goto(latch, h1);
                cur = exit;
            }
            3 => {
                let (c0, c1, c2, c3, join) = (b.block(), b.block(), b.block(), b.block(), b.block());
                b.set(cur, Terminator::Switch { targets: vec![c0, c1, c2, c1], default: c3 });
                b.goto(c0, c1);
                b.goto(c1, join);
                b.br(c2, join, c3);
                b.goto(c3, join);
                cur = join;
            }
            _ => {
                let (h, a, exit) = (b.block(), b.block(), b.block());
                b.goto(cur, h);
                b.goto(h, a);
                b.br(a, exit, h);
                cur = exit;
            }
        }
        segment += 1;
        if segment % 12 == 0
            && let Some(header) = outer.take()
        {
            let next = b.block();
            b.br(cur, header, next);
            cur = next;
        }
    }
    b.set(cur, Terminator::Return);
    Cfg { entry, blocks: b.blocks }
}

/// A chain of two-entry loops, every fourth one nested in a reducible loop.
fn irreducible_method(target_blocks: usize) -> Cfg {
    let mut b = Builder::default();
    let entry = b.block();
    let mut cur = entry;
    let mut i = 0;
    while b.blocks.len() < target_blocks {
        let outer = (i % 4 == 0).then(|| {
            let header = b.block();
            b.goto(cur, header);
            header
        });
        if let Some(header) = outer {
            cur = header;
        }
        let (x, y, exit) = (b.block(), b.block(), b.block());
        b.br(cur, x, y);
        b.br(x, y, exit);
        b.br(y, x, exit);
        cur = exit;
        if let Some(header) = outer {
            let next = b.block();
            b.br(cur, header, next);
            cur = next;
        }
        i += 1;
    }
    Cfg { entry, blocks: b.blocks }
}

/// `depth` loops nested in each other, each with a body block and an exit to the enclosing loop's latch.
fn deep_loop_nest(depth: usize) -> Cfg {
    let mut b = Builder::default();
    let entry = b.block();
    let mut headers = Vec::new();
    let mut cur = entry;
    for _ in 0..depth {
        let header = b.block();
        b.goto(cur, header);
        headers.push(header);
        cur = header;
    }
    // Innermost body, then unwind: each loop's latch decides to repeat or leave to the enclosing latch.
    for &header in headers.iter().rev() {
        let next = b.block();
        b.br(cur, header, next);
        cur = next;
    }
    Cfg { entry, blocks: b.blocks }
}

/// A random graph with a fall-through spine (so most blocks are reachable) and random extra edges: near the
/// source (`local`, many small loops and irreducible knots) or anywhere (one huge irreducible component).
fn random_method(blocks: usize, local: bool, mut seed: u64) -> Cfg {
    let mut next_random = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let mut target = |i: usize| {
        let r = next_random();
        let t = if local { (i + blocks + r % 9 - 3) % blocks } else { r % blocks };
        BlockId(t as u32)
    };
    let terminators = (0..blocks)
        .map(|i| {
            let next = BlockId(i as u32 + 1);
            if i + 1 == blocks {
                return Terminator::Return;
            }
            match target(i).0 % 3 {
                0 => Terminator::Goto(next),
                1 => Terminator::Branch { then: target(i), otherwise: next },
                _ => Terminator::Switch { targets: vec![target(i), target(i), target(i)], default: next },
            }
        })
        .collect();
    Cfg { entry: BlockId(0), blocks: terminators }
}

fn max_nesting(nodes: &[Node]) -> usize {
    let mut max = 0;
    let mut stack: Vec<(std::slice::Iter<'_, Node>, usize)> = vec![(nodes.iter(), 0)];
    while let Some((iter, depth)) = stack.last_mut() {
        let depth = *depth;
        match iter.next() {
            Some(Node::Block(items) | Node::Loop(items)) => {
                max = max.max(depth + 1);
                stack.push((items.iter(), depth + 1));
            }
            Some(_) => {}
            None => {
                stack.pop();
            }
        }
    }
    max
}

fn run(name: &str, cfg: &Cfg) -> Structured {
    let start = Instant::now();
    let structured = structure(cfg).expect("structure");
    let structuring = start.elapsed();
    let start = Instant::now();
    if let Err(e) = verify(cfg, &structured) {
        panic!("{name}: {e}");
    }
    verify_with(cfg, &structured, [1234, 99], 20_000).unwrap_or_else(|e| panic!("{name}: {e}"));
    println!(
        "{name}: {} blocks structured in {:?} (verify {:?}), nesting {}, {} dispatchers",
        cfg.blocks.len(),
        structuring,
        start.elapsed(),
        max_nesting(&structured.body),
        structured.dispatchers
    );
    structured
}

#[test]
fn five_thousand_block_reducible_method() {
    let cfg = reducible_method(5000);
    assert!(cfg.blocks.len() >= 5000);
    assert!(is_reducible(&cfg).expect("valid"));
    let structured = run("reducible", &cfg);
    assert_eq!(structured.dispatchers, 0);
    // Sequences of loops and diamonds must not nest deeper and deeper.
    assert!(max_nesting(&structured.body) <= 12, "nesting {}", max_nesting(&structured.body));
}

#[test]
fn five_thousand_block_irreducible_method() {
    let cfg = irreducible_method(5000);
    assert!(!is_reducible(&cfg).expect("valid"));
    let structured = run("irreducible", &cfg);
    assert!(structured.dispatchers as usize >= cfg.blocks.len() / 6);
    assert!(max_nesting(&structured.body) <= 12, "nesting {}", max_nesting(&structured.body));
}

#[test]
fn two_thousand_nested_loops() {
    let cfg = deep_loop_nest(2000);
    let structured = run("deep loop nest", &cfg);
    assert_eq!(structured.dispatchers, 0);
    // One `loop` per loop: every loop exit falls through its `end`, so no `block`s are needed.
    assert_eq!(max_nesting(&structured.body), 2000);
}

#[test]
fn switch_with_three_thousand_cases() {
    let mut b = Builder::default();
    let entry = b.block();
    let join = b.block();
    let cases: Vec<BlockId> = (0..3000).map(|_| b.block()).collect();
    for &case in &cases {
        b.goto(case, join);
    }
    b.set(entry, Terminator::Switch { targets: cases.clone(), default: join });
    let cfg = Cfg { entry, blocks: b.blocks };
    let structured = run("big switch", &cfg);
    assert_eq!(structured.dispatchers, 0);
}

#[test]
fn five_thousand_block_random_graphs() {
    for local in [true, false] {
        let cfg = random_method(5000, local, 42);
        let structured = run(if local { "random local" } else { "random uniform" }, &cfg);
        assert!(structured.dispatchers > 0);
    }
}
