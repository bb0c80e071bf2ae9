//! `NativeArray`: a sparse array of variable-size elements, addressed by a dense index (for
//! `MethodDefEntryPoints`, the method's RID - 1).
//!
//! # Layout
//!
//! ```text
//! header      unsigned  (count << 2) | cell_width     cell_width 0/1/2 = 1/2/4-byte cells
//! block index cell[count.div_ceil(16)]                 offset of each block's root, from the end of the header
//! blocks      ...                                      one binary tree of depth 4 per 16 indices
//! ```
//!
//! A tree node is an unsigned integer: bit 0 = "the lower half is present", bit 1 = "the higher half is
//! present", bits 2.. = the forward distance from the node to the higher half. The lower half follows the node
//! immediately, so the common path of a lookup is a straight read. Lookup tests index bits 8, 4, 2 and 1 in
//! turn; after four steps the cursor is at the element itself.
//!
//! A node whose low two bits are both clear is a *leaf shortcut*: bits 2.. hold the only index (within the
//! block) present under that node, and the element follows it. crossgen2 uses one whenever a subtree holds a
//! single element, which saves the nodes of the levels below. A block without elements points at one shared
//! leaf with index 16, which never matches.
//!
//! Why this shape: an element costs one tree node per level at worst (usually less, thanks to the shortcut and
//! the implicit lower child), absent ranges cost nothing below the level where they become empty, and the
//! block index bounds a lookup to one cell read plus four integer reads.
//!
//! # Placement
//!
//! The builder mirrors crossgen2's `VertexArray.ExpandLayout`: each block is expanded recursively; the lower
//! half of every node is saved inline after it, while the higher half is *placed* as a separate vertex of the
//! section, after everything the lower half placed. Subtrees holding one element collapse into a leaf shortcut.
//! The final bytes come from the same iterate-until-stable passes as crossgen2 (see `layout`).

use std::collections::{BTreeMap, HashMap};

use super::layout::{Graph, Vertex, VertexId};
use super::{NativeFormatError, NativeReader, NfResult};

const BLOCK_SIZE: u32 = 16;

/// The value stored for one index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Element {
    Bytes(Vec<u8>),
    MethodEntry { signature: Vec<u8>, runtime_function_index: u32, fixups: Option<Vec<u8>> },
}

impl Element {
    /// Adds the element's vertex, sharing fixup lists by content as crossgen2 does.
    pub(super) fn add_to(&self, graph: &mut Graph, fixup_lists: &mut HashMap<Vec<u8>, VertexId>) -> VertexId {
        match self {
            Element::Bytes(bytes) => graph.add(Vertex::Blob(bytes.clone())),
            Element::MethodEntry { signature, runtime_function_index, fixups } => {
                let fixups = fixups.as_ref().map(|list| {
                    *fixup_lists.entry(list.clone()).or_insert_with(|| graph.add(Vertex::Blob(list.clone())))
                });
                graph.add(Vertex::EntryPoint {
                    signature: signature.clone(),
                    runtime_function_index: *runtime_function_index,
                    fixups,
                })
            }
        }
    }
}

fn check_index(index: u32) -> NfResult<()> {
    if index >= NativeArrayBuilder::MAX_LEN {
        return Err(NativeFormatError::Unencodable { what: "NativeArray index", value: u64::from(index) });
    }
    Ok(())
}

/// Checks that a method entry's runtime-function index survives the `id` encoding (`index << 2`).
pub(super) fn check_runtime_function_index(index: u32) -> NfResult<()> {
    if index >= 1 << 30 {
        return Err(NativeFormatError::Unencodable { what: "runtime function index", value: u64::from(index) });
    }
    Ok(())
}

/// Builds a `NativeArray` section.
///
/// Each element is written inside the array's trees; [`NativeArrayReader::get`] returns the offset where its
/// bytes start.
#[derive(Debug, Clone, Default)]
pub struct NativeArrayBuilder {
    elements: BTreeMap<u32, Element>,
}

impl NativeArrayBuilder {
    /// The largest element count the header can hold.
    pub const MAX_LEN: u32 = (1 << 30) - 1;

    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the element at `index` to the given bytes (replacing any earlier element there). The header stores
    /// the count in 30 bits, so `index` must be below [`MAX_LEN`](Self::MAX_LEN).
    pub fn set(&mut self, index: u32, value: impl Into<Vec<u8>>) -> Result<(), NativeFormatError> {
        check_index(index)?;
        self.elements.insert(index, Element::Bytes(value.into()));
        Ok(())
    }

    /// Sets the element at `index` to a method entry (the `MethodDefEntryPoints` value, see
    /// [`entry_point`](super::entry_point)). Entries with byte-identical fixup lists share one copy: the first
    /// entry in section order carries it, the others point back at it.
    pub fn set_method_entry(
        &mut self,
        index: u32,
        runtime_function_index: u32,
        fixups: Option<&[u8]>,
    ) -> Result<(), NativeFormatError> {
        check_index(index)?;
        check_runtime_function_index(runtime_function_index)?;
        let element =
            Element::MethodEntry { signature: Vec::new(), runtime_function_index, fixups: fixups.map(<[u8]>::to_vec) };
        self.elements.insert(index, element);
        Ok(())
    }

    /// The array's element count as stored in the header: the highest index set, plus one.
    pub fn len(&self) -> u32 {
        self.elements.last_key_value().map_or(0, |(&i, _)| i + 1)
    }

    pub fn is_empty(&self) -> bool {
        self.elements.is_empty()
    }

    /// Lays the array out exactly as crossgen2 would and returns the section bytes.
    pub fn build(&self) -> Vec<u8> {
        let mut graph = Graph::default();
        let mut fixup_lists = HashMap::new();
        let count = self.len();

        // The header vertex comes first; its block list is filled in once the blocks are expanded.
        let header = graph.add(Vertex::Array { count, blocks: Vec::new(), entry_index_size: 0 });
        graph.place(header);

        // Element vertices are created in index order so that vertex ids are deterministic.
        let elements: BTreeMap<u32, VertexId> =
            self.elements.iter().map(|(&i, e)| (i, e.add_to(&mut graph, &mut fixup_lists))).collect();

        let mut expander = Expander { graph: &mut graph, elements: &elements, count };
        let mut blocks = Vec::new();
        let mut empty_block = None;
        for start in (0..count).step_by(BLOCK_SIZE as usize) {
            let root = match expander.expand(start, 4, true).node {
                Some(root) => root,
                None => *empty_block.get_or_insert_with(|| {
                    let leaf = expander.graph.add(Vertex::ArrayLeaf { leaf_index: BLOCK_SIZE, element: None });
                    expander.graph.place(leaf);
                    leaf
                }),
            };
            blocks.push(root);
        }
        if let Some(Vertex::Array { blocks: slot, entry_index_size, .. }) = graph.vertex_mut(header) {
            *slot = blocks;
            // crossgen2 starts from 4-byte cells and lets the passes shrink them.
            *entry_index_size = 2;
        }
        graph.save()
    }
}

/// The result of expanding a subtree.
struct Expanded {
    node: Option<VertexId>,
    /// The node is absent or a leaf shortcut, so the parent may collapse into it.
    is_leaf: bool,
}

struct Expander<'g> {
    graph: &'g mut Graph,
    elements: &'g BTreeMap<u32, VertexId>,
    count: u32,
}

impl Expander<'_> {
    fn element(&self, index: u32) -> Option<VertexId> {
        if index < self.count { self.elements.get(&index).copied() } else { None }
    }

    /// A leaf shortcut for the single element `element` at `index`.
    fn leaf(&mut self, element: VertexId, index: u32, place: bool) -> Expanded {
        let leaf = self.graph.add(Vertex::ArrayLeaf { leaf_index: index & (BLOCK_SIZE - 1), element: Some(element) });
        if place {
            self.graph.place(leaf);
        }
        Expanded { node: Some(leaf), is_leaf: true }
    }

    /// Expands the subtree covering `2^depth` indices from `index`. `place` says whether the subtree's root is
    /// placed as its own vertex (a higher half) or saved inline by its parent (a lower half).
    fn expand(&mut self, index: u32, depth: u32, place: bool) -> Expanded {
        if depth == 1 {
            let (first, second) = (self.element(index), self.element(index + 1));
            return match (first, second) {
                (None, None) => Expanded { node: None, is_leaf: true },
                (Some(f), Some(s)) => {
                    let tree = self.graph.add(Vertex::ArrayTree { first: Some(f), second: Some(s) });
                    if place {
                        self.graph.place(tree);
                    }
                    // The higher element is reached by offset, so it is a vertex of its own.
                    self.graph.place(s);
                    Expanded { node: Some(tree), is_leaf: false }
                }
                (Some(f), None) => self.leaf(f, index, place),
                (None, Some(s)) => self.leaf(s, index + 1, place),
            };
        }

        let tree = self.graph.add(Vertex::ArrayTree { first: None, second: None });
        if place {
            self.graph.place(tree);
        }
        let lower = self.expand(index, depth - 1, false);
        let higher = self.expand(index + (1 << (depth - 1)), depth - 1, true);

        match (lower.node, higher.node) {
            (None, None) => {
                if place {
                    self.graph.pop();
                }
                Expanded { node: None, is_leaf: true }
            }
            (None, Some(h)) if higher.is_leaf => {
                // Collapse into the higher leaf: it was placed on its own; move it where the node would be
                // (or hand it to the parent to save inline).
                self.graph.pop();
                if place {
                    self.graph.pop();
                    self.graph.place(h);
                }
                Expanded { node: Some(h), is_leaf: true }
            }
            (Some(l), None) if lower.is_leaf => {
                if place {
                    self.graph.pop();
                    self.graph.place(l);
                }
                Expanded { node: Some(l), is_leaf: true }
            }
            (first, second) => {
                if let Some(Vertex::ArrayTree { first: f, second: s }) = self.graph.vertex_mut(tree) {
                    *f = first;
                    *s = second;
                }
                Expanded { node: Some(tree), is_leaf: false }
            }
        }
    }
}

/// Reads a `NativeArray`.
#[derive(Debug, Clone, Copy)]
pub struct NativeArrayReader<'a> {
    data: &'a [u8],
    /// Offset of the block index (just after the header).
    base: usize,
    count: u32,
    cell_width: usize,
}

impl<'a> NativeArrayReader<'a> {
    /// Reads the header of the array that starts at `offset` of `data`.
    pub fn new(data: &'a [u8], offset: usize) -> NfResult<Self> {
        let mut reader = NativeReader::at(data, offset);
        let header = reader.read_unsigned()?;
        let cell_width = match header & 3 {
            0 => 1,
            1 => 2,
            2 => 4,
            _ => return Err(NativeFormatError::Reserved { what: "NativeArray cell width 3", offset }),
        };
        Ok(NativeArrayReader { data, base: reader.position(), count: header >> 2, cell_width })
    }

    /// The element count from the header (one more than the highest index that may be present).
    pub fn len(&self) -> u32 {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The offset where the element at `index` starts, or `None` if the array has no element there.
    pub fn get(&self, index: u32) -> NfResult<Option<usize>> {
        if index >= self.count {
            return Ok(None);
        }
        let cell_at = (index / BLOCK_SIZE) as usize * self.cell_width;
        let mut cells = NativeReader::at(self.data, self.base.saturating_add(cell_at));
        let cell_offset = cells.position();
        let block = match self.cell_width {
            1 => u32::from(cells.read_u8()?),
            2 => u32::from(cells.read_u16()?),
            _ => cells.read_u32()?,
        };
        let mut at = self
            .base
            .checked_add(block as usize)
            .ok_or(NativeFormatError::OutOfRange { what: "NativeArray block offset", offset: cell_offset })?;

        let mut bit = BLOCK_SIZE >> 1;
        while bit > 0 {
            let mut node = NativeReader::at(self.data, at);
            let value = node.read_unsigned()?;
            let after = node.position();
            if index & bit != 0 {
                if value & 2 != 0 {
                    at = at
                        .checked_add((value >> 2) as usize)
                        .ok_or(NativeFormatError::OutOfRange { what: "NativeArray node offset", offset: at })?;
                    bit >>= 1;
                    continue;
                }
            } else if value & 1 != 0 {
                at = after;
                bit >>= 1;
                continue;
            }
            // No child on the side we need: either a leaf shortcut for exactly this index, or nothing.
            if value & 3 == 0 && value >> 2 == index & (BLOCK_SIZE - 1) {
                return Ok(Some(after));
            }
            return Ok(None);
        }
        Ok(Some(at))
    }

    /// The present elements in index order, as `(index, offset)`. Visits every index below [`len`](Self::len);
    /// an `Err` item ends the iteration (so a bogus count on short data stops at the first unreadable block).
    pub fn iter(&self) -> impl Iterator<Item = NfResult<(u32, usize)>> + 'a {
        let this = *self;
        let mut failed = false;
        (0..this.count)
            .map_while(move |i| {
                if failed {
                    return None;
                }
                let found = this.get(i).map(|found| found.map(|offset| (i, offset)));
                failed = found.is_err();
                Some(found)
            })
            .filter_map(Result::transpose)
    }
}
