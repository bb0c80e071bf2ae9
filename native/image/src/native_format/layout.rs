//! The layout engine behind the table builders: a faithful model of how crossgen2's `NativeWriter` turns a
//! graph of "vertices" into bytes.
//!
//! Why iterate at all: the tables point forward with self-relative offsets encoded as variable-length integers,
//! so the size of a pointer depends on the distance it spans, which depends on the sizes of the pointers in
//! between. crossgen2 resolves this by saving every vertex repeatedly:
//!
//! 1. an *initial* pass, where unknown targets are assumed to be as far as possible (the 5-byte form);
//! 2. *shrinking* passes, where each vertex may only move towards the start; a vertex that grew anyway makes
//!    the next one overwrite its tail (the growth disappears on the following pass); at most ~10 of them;
//! 3. *growing* passes, where each vertex may only move towards the end, padding with zeros where a vertex
//!    became smaller than the room it was given, until nothing moves. This phase always converges.
//!
//! The tables additionally pick the width of their offset cells (1, 2 or 4 bytes) during these passes and
//! force another pass when the width changes.
//!
//! Computing the smallest consistent layout directly would be simpler, but it can differ from crossgen2's in
//! the corner cases where the phases matter (a cell width that stays wider, zero padding left by the growing
//! phase). To give byte-identical sections this module replays the same passes, in the same order, with the
//! same 32-bit wrapping arithmetic, over the same vertex kinds.

/// Index of a vertex in a [`Graph`].
pub(super) type VertexId = usize;

/// One entry of a hashtable vertex.
#[derive(Debug, Clone)]
pub(super) struct HashEntry {
    pub hash: u32,
    pub value: VertexId,
    /// Where the entry was written in the previous pass (crossgen2 feeds the movement into the adjustment).
    pub last_offset: i32,
}

/// The kinds of vertex the R2R tables need.
#[derive(Debug, Clone)]
pub(super) enum Vertex {
    /// Raw bytes.
    Blob(Vec<u8>),
    /// A method entry: an optional signature blob, then the `id` integer and, unless an earlier entry in save
    /// order already wrote the same fixup list, the list itself (see `entry_point`).
    EntryPoint { signature: Vec<u8>, runtime_function_index: u32, fixups: Option<VertexId> },
    /// A `NativeArray` shortcut node: "the only element below here has index `leaf_index` (within its block)",
    /// followed by that element. `leaf_index == 16` with no element marks an empty block.
    ArrayLeaf { leaf_index: u32, element: Option<VertexId> },
    /// A `NativeArray` tree node: the lower child follows inline, the higher one is reached by a forward offset.
    ArrayTree { first: Option<VertexId>, second: Option<VertexId> },
    /// A `NativeArray` header and block index.
    Array { count: u32, blocks: Vec<VertexId>, entry_index_size: u32 },
    /// A `NativeHashtable` (entries already sorted, bucket count already chosen).
    Hashtable { entries: Vec<HashEntry>, bucket_count: u32, entry_index_size: u32 },
}

/// A section: vertices plus the order in which they are placed.
#[derive(Debug, Default)]
pub(super) struct Graph {
    vertices: Vec<Vertex>,
    placed: Vec<VertexId>,
}

impl Graph {
    pub fn add(&mut self, vertex: Vertex) -> VertexId {
        self.vertices.push(vertex);
        self.vertices.len() - 1
    }

    /// Appends a vertex to the section's save order.
    pub fn place(&mut self, id: VertexId) {
        self.placed.push(id);
    }

    /// Takes back the most recently placed vertex.
    pub fn pop(&mut self) -> Option<VertexId> {
        self.placed.pop()
    }

    pub fn vertex_mut(&mut self, id: VertexId) -> Option<&mut Vertex> {
        self.vertices.get_mut(id)
    }

    /// Runs crossgen2's save passes and returns the final bytes.
    pub fn save(mut self) -> Vec<u8> {
        let order = std::mem::take(&mut self.placed);
        let mut w = Engine::new(self.vertices.len());

        w.phase = Phase::Initial;
        for &v in &order {
            w.offset[v] = w.current();
            w.seen[v] = w.iteration;
            self.save_vertex(&mut w, v);
        }

        w.phase = Phase::Shrinking;
        loop {
            w.iteration += 1;
            w.out.clear();
            w.adjustment = 0;
            for &v in &order {
                let current = w.current();
                w.adjustment = w.adjustment.min(current.wrapping_sub(w.offset[v]));
                w.offset[v] = w.offset[v].wrapping_add(w.adjustment);
                if w.offset[v] < current {
                    // The previous vertex came out longer than last time; let this one overwrite the excess.
                    w.rollback(w.offset[v]);
                }
                w.seen[v] = w.iteration;
                self.save_vertex(&mut w, v);
            }
            if w.adjustment == 0 || w.iteration > 10 {
                break;
            }
        }

        w.phase = Phase::Growing;
        // Each growing pass only moves vertices towards the end and the sizes involved are bounded, so this ends;
        // the cap only guards against a modelling bug turning into a hang.
        for _ in 0..10_000 {
            w.iteration += 1;
            w.out.clear();
            w.adjustment = 0;
            for &v in &order {
                let current = w.current();
                w.adjustment = w.adjustment.max(current.wrapping_sub(w.offset[v]));
                w.offset[v] = w.offset[v].wrapping_add(w.adjustment);
                if w.offset[v] > current {
                    w.pad(w.offset[v].wrapping_sub(current));
                }
                w.seen[v] = w.iteration;
                self.save_vertex(&mut w, v);
            }
            if w.adjustment == 0 {
                break;
            }
        }
        w.out
    }

    fn save_vertex(&mut self, w: &mut Engine, id: VertexId) {
        let Some(vertex) = self.vertices.get_mut(id) else { return };
        match vertex {
            Vertex::Blob(bytes) => w.out.extend_from_slice(bytes),
            Vertex::EntryPoint { signature, runtime_function_index, fixups } => {
                w.out.extend_from_slice(signature);
                let index = *runtime_function_index;
                match *fixups {
                    Some(f) => {
                        let existing = w.offset_in_this_pass(f);
                        if existing != -1 {
                            // Shared list: bit 1 set, then the distance back from the end of `id` to the list.
                            w.write_unsigned((index << 2) | 3);
                            let distance = w.current().wrapping_sub(existing);
                            w.write_unsigned(distance as u32);
                        } else {
                            w.write_unsigned((index << 2) | 1);
                            w.mark_here(f);
                            self.save_vertex(w, f);
                        }
                    }
                    None => w.write_unsigned(index << 1),
                }
            }
            Vertex::ArrayLeaf { leaf_index, element } => {
                w.write_unsigned(*leaf_index << 2);
                if let Some(e) = *element {
                    self.save_vertex(w, e);
                }
            }
            Vertex::ArrayTree { first, second } => {
                let (first, second) = (*first, *second);
                let mut node = u32::from(first.is_some());
                if let Some(s) = second {
                    let delta = w.expected_offset(s).wrapping_sub(w.current());
                    node |= 2 | ((delta as u32) << 2);
                }
                w.write_unsigned(node);
                if let Some(f) = first {
                    self.save_vertex(w, f);
                }
            }
            Vertex::Array { count, blocks, entry_index_size } => {
                w.write_unsigned((*count << 2) | *entry_index_size);
                let blocks_start = w.current();
                let mut max_offset = 0i32;
                for &block in blocks.iter() {
                    let offset = w.expected_offset(block).wrapping_sub(blocks_start);
                    max_offset = max_offset.max(offset);
                    match *entry_index_size {
                        0 => w.out.push(offset as u8),
                        1 => w.out.extend_from_slice(&(offset as u16).to_le_bytes()),
                        _ => w.out.extend_from_slice(&(offset as u32).to_le_bytes()),
                    }
                }
                w.settle_cell_width(entry_index_size, max_offset);
            }
            Vertex::Hashtable { entries, bucket_count, entry_index_size } => {
                let buckets = *bucket_count;
                let size = *entry_index_size;
                let mask = buckets.wrapping_sub(1);
                let shift = (32 - buckets.leading_zeros()).wrapping_sub(1);
                w.out.push(((shift << 2) | size) as u8);
                let cells_start = w.current();
                w.pad(((buckets.wrapping_add(1)) << size) as i32);
                // The first cell is redundant (it follows from the bucket count) but is stored for the reader.
                let first_entry = w.current().wrapping_sub(cells_start);
                w.patch_cell(cells_start, size, first_entry);
                let mut next = 0usize;
                for bucket in 0..buckets {
                    while let Some(entry) = entries.get_mut(next) {
                        if (entry.hash >> 8) & mask != bucket {
                            break;
                        }
                        let here = w.current();
                        w.update_adjustment(here.wrapping_sub(entry.last_offset));
                        entry.last_offset = here;
                        w.out.push(entry.hash as u8);
                        w.write_relative_offset(entry.value);
                        next += 1;
                    }
                    let cell = cells_start.wrapping_add(((bucket.wrapping_add(1)) << size) as i32);
                    let end = w.current().wrapping_sub(cells_start);
                    w.patch_cell(cell, size, end);
                }
                let max_cell = w.current().wrapping_sub(cells_start);
                w.settle_cell_width(entry_index_size, max_cell);
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Initial,
    Shrinking,
    Growing,
}

/// The writer state crossgen2 keeps across passes. Offsets are `i32` with wrapping arithmetic, like the C#.
struct Engine {
    out: Vec<u8>,
    phase: Phase,
    iteration: i32,
    /// Cumulative movement of vertices in the current pass compared to the previous one.
    adjustment: i32,
    /// Per vertex: where it was last saved, and in which pass (-1: never).
    offset: Vec<i32>,
    seen: Vec<i32>,
}

impl Engine {
    fn new(vertices: usize) -> Self {
        Engine {
            out: Vec::new(),
            phase: Phase::Initial,
            iteration: 0,
            adjustment: 0,
            offset: vec![0; vertices],
            seen: vec![-1; vertices],
        }
    }

    fn current(&self) -> i32 {
        self.out.len() as i32
    }

    fn rollback(&mut self, offset: i32) {
        self.out.truncate(offset.max(0) as usize);
    }

    fn pad(&mut self, n: i32) {
        self.out.resize(self.out.len() + n.max(0) as usize, 0);
    }

    fn write_unsigned(&mut self, value: u32) {
        super::varint::write_unsigned(&mut self.out, value);
    }

    fn update_adjustment(&mut self, delta: i32) {
        match self.phase {
            Phase::Shrinking => self.adjustment = self.adjustment.min(delta),
            Phase::Growing => self.adjustment = self.adjustment.max(delta),
            Phase::Initial => {}
        }
    }

    /// Where `v` will be in this pass: its offset if already saved in this pass, otherwise its previous offset
    /// moved by the adjustment accumulated so far; the farthest possible offset if it was never saved.
    fn expected_offset(&self, v: VertexId) -> i32 {
        match self.seen[v] {
            -1 => i32::MAX,
            pass if pass < self.iteration => self.offset[v].wrapping_add(self.adjustment),
            _ => self.offset[v],
        }
    }

    fn write_relative_offset(&mut self, v: VertexId) {
        let delta = if self.seen[v] == -1 { i32::MAX } else { self.expected_offset(v).wrapping_sub(self.current()) };
        super::varint::write_signed(&mut self.out, delta);
    }

    /// The offset at which `v` was written in the current pass, or -1.
    fn offset_in_this_pass(&self, v: VertexId) -> i32 {
        if self.seen[v] == self.iteration { self.offset[v] } else { -1 }
    }

    fn mark_here(&mut self, v: VertexId) {
        self.seen[v] = self.iteration;
        self.offset[v] = self.current();
    }

    fn patch_cell(&mut self, at: i32, size: u32, value: i32) {
        let bytes = (value as u32).to_le_bytes();
        let width = 1usize << size.min(2);
        for (i, b) in bytes.iter().take(width).enumerate() {
            if let Some(slot) = usize::try_from(at).ok().and_then(|at| self.out.get_mut(at + i)) {
                *slot = *b;
            }
        }
    }

    /// After a table wrote its cells with width `*size`, picks the width its largest offset needs. The width may
    /// only shrink while shrinking and only grow while growing; a change forces another pass.
    fn settle_cell_width(&mut self, size: &mut u32, max_offset: i32) {
        let needed = if max_offset > 0xFFFF {
            2
        } else if max_offset > 0xFF {
            1
        } else {
            0
        };
        if self.phase == Phase::Growing {
            if needed > *size {
                self.update_adjustment(1);
                *size = needed;
            }
        } else if needed < *size {
            self.update_adjustment(-1);
            *size = needed;
        }
    }
}
