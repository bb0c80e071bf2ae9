use wasmr2r_metadata::Assembly;
use wasmr2r_typesystem::*;

fn world() -> World {
    let files = wasmr2r_test_support::runtime_pack_assemblies();
    World::new(files.iter().map(|f| Assembly::open(f).unwrap()).collect())
}

#[test]
fn explore() {
    let w = world();
    let mut ts = TypeSystem::new(&w).unwrap();
    let corelib = ts.well_known.corelib;
    for name in ["System.String", "System.Exception", "System.Array+RawData", "System.Object", "System.RuntimeType", "System.Collections.Generic.List`1", "System.Nullable`1", "System.RuntimeTypeHandle", "System.Delegate", "System.MulticastDelegate", "System.Threading.Thread"] {
        let def = w.find_type_def(corelib, name, 0).unwrap();
        let n = ts.generic_param_count(def).unwrap();
        let args: Vec<TypeId> = (0..n).map(|_| ts.primitive(wasmr2r_metadata::PrimitiveType::Int32)).collect();
        let ty = ts.inst_type(def, &args).unwrap();
        let l = ts.instance_layout(ty).unwrap();
        println!("{} size {} align {}", ts.type_name(ty), l.size, l.align);
        for f in &l.fields { println!("   {} {} : {}", f.offset, w.field_def_name(f.field.def), ts.type_name(f.ty)); }
        println!("   refs {:?}", l.gc_refs);
        let v = ts.vtable(ty).unwrap();
        for s in &v.slots { println!("   slot {} -> {}", ts.method_name(s.decl), ts.method_name(s.imp)); }
        let ifs = ts.interfaces(ty).unwrap();
        for i in ifs.iter() { println!("   iface {}", ts.type_name(*i)); }
    }
}
