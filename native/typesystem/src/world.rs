//! The set of assemblies, by name.

use std::collections::HashMap;
use std::sync::OnceLock;
use wasmr2r_metadata::{Assembly, TableId};

/// Every assembly of a compilation; assembly `0` is the entry assembly.
pub struct World {
    pub assemblies: Vec<Assembly>,
    by_name: HashMap<String, usize>,
    /// Per assembly, built on first use: the owning TypeDef RID of every MethodDef and Field (index RID - 1).
    owners: Vec<OnceLock<Owners>>,
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
                by_name.entry(identity.name.to_ascii_lowercase()).or_insert(i);
            }
        }
        let owners = assemblies.iter().map(|_| OnceLock::new()).collect();
        World { assemblies, by_name, owners }
    }

    pub(crate) fn owners(&self, index: usize) -> &Owners {
        self.owners[index].get_or_init(|| {
            let a = &self.assemblies[index];
            let mut owners = Owners {
                methods: vec![0; a.row_count(TableId::MethodDef) as usize],
                fields: vec![0; a.row_count(TableId::Field) as usize],
            };
            for type_rid in 1..=a.row_count(TableId::TypeDef) {
                for (list, slots) in
                    [(a.type_methods(type_rid), &mut owners.methods), (a.type_fields(type_rid), &mut owners.fields)]
                {
                    for member in list.iter().flat_map(|l| l.rids(a)).flatten() {
                        if let Some(slot) = slots.get_mut(member as usize - 1) {
                            *slot = type_rid;
                        }
                    }
                }
            }
            owners
        })
    }

    /// The assembly with the simple name `name` (case-insensitive, as the loader binds names).
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(&name.to_ascii_lowercase()).copied()
    }

    pub fn assembly(&self, index: usize) -> &Assembly {
        &self.assemblies[index]
    }
}
