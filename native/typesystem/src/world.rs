//! The set of assemblies of one compilation, by name, with the indexes built on first use.

use std::collections::HashMap;
use std::sync::OnceLock;
use wasmr2r_metadata::{Assembly, ExportedTypeRow, TableId, Token};

/// Every assembly of a compilation; assembly `0` is the entry assembly.
pub struct World {
    pub assemblies: Vec<Assembly>,
    by_name: HashMap<String, u32>,
    /// Per assembly, built on first use: the owning TypeDef RID of every MethodDef and Field (index RID - 1).
    owners: Vec<OnceLock<Owners>>,
    /// Per assembly, built on first use: ExportedType RIDs by full name.
    exported: Vec<OnceLock<HashMap<String, u32>>>,
}

/// Which TypeDef owns each method and field.
pub(crate) struct Owners {
    pub methods: Vec<u32>,
    pub fields: Vec<u32>,
}

impl World {
    /// `assemblies` in a fixed order (the entry assembly first); a name seen twice keeps its first assembly.
    pub fn new(assemblies: Vec<Assembly>) -> World {
        let mut by_name = HashMap::new();
        for (i, a) in assemblies.iter().enumerate() {
            if let Ok(Some(identity)) = a.identity() {
                by_name.entry(identity.name.to_ascii_lowercase()).or_insert(i as u32);
            }
        }
        let owners = assemblies.iter().map(|_| OnceLock::new()).collect();
        let exported = assemblies.iter().map(|_| OnceLock::new()).collect();
        World { assemblies, by_name, owners, exported }
    }

    pub(crate) fn owners(&self, index: u32) -> &Owners {
        self.owners[index as usize].get_or_init(|| {
            let a = &self.assemblies[index as usize];
            let mut owners = Owners {
                methods: vec![0; a.row_count(TableId::MethodDef) as usize],
                fields: vec![0; a.row_count(TableId::Field) as usize],
            };
            for type_rid in 1..=a.row_count(TableId::TypeDef) {
                for (list, slots) in
                    [(a.type_methods(type_rid), &mut owners.methods), (a.type_fields(type_rid), &mut owners.fields)]
                {
                    for member in list.iter().flat_map(|l| l.rids(a)).flatten() {
                        if let Some(slot) = slots.get_mut((member as usize).wrapping_sub(1)) {
                            *slot = type_rid;
                        }
                    }
                }
            }
            owners
        })
    }

    pub(crate) fn exported_types(&self, index: u32) -> &HashMap<String, u32> {
        self.exported[index as usize].get_or_init(|| {
            let a = &self.assemblies[index as usize];
            let mut map = HashMap::new();
            for (rid, row) in a.rows::<ExportedTypeRow>() {
                if row.is_ok()
                    && let Ok(name) = a.type_full_name(Token::new(TableId::ExportedType, rid))
                {
                    map.entry(name).or_insert(rid);
                }
            }
            map
        })
    }

    /// The assembly with the simple name `name` (case-insensitive, as the loader binds names).
    pub fn find(&self, name: &str) -> Option<u32> {
        self.by_name.get(&name.to_ascii_lowercase()).copied()
    }

    pub fn assembly(&self, index: u32) -> &Assembly {
        &self.assemblies[index as usize]
    }

    /// The simple name of assembly `index` (empty if it has none).
    pub fn assembly_name(&self, index: u32) -> String {
        self.assembly(index).identity().ok().flatten().map(|i| i.name).unwrap_or_default()
    }

    pub fn len(&self) -> u32 {
        self.assemblies.len() as u32
    }

    pub fn is_empty(&self) -> bool {
        self.assemblies.is_empty()
    }
}
