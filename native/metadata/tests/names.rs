//! Names and identities on real assemblies of the browser-wasm runtime pack: public key tokens .NET
//! publishes, display names, and type forwarders followed through nested exported types.

use wasmr2r_metadata::*;
use wasmr2r_test_support as inputs;

fn pack(name: &str) -> Assembly {
    let dir = inputs::runtime_pack_dir();
    let path = if name == "System.Private.CoreLib" {
        dir.join("native/System.Private.CoreLib.dll")
    } else {
        dir.join(format!("lib/net10.0/{name}.dll"))
    };
    Assembly::open(path).expect("runtime pack assembly")
}

#[test]
fn public_key_tokens_are_the_ones_dotnet_publishes() {
    // The framework's two signing keys: b03f5f7f11d50a3a (System.Runtime & co) and 7cec85d7bea7798e
    // (System.Private.CoreLib).
    for (name, token) in [("System.Runtime", "b03f5f7f11d50a3a"), ("System.Private.CoreLib", "7cec85d7bea7798e")] {
        let assembly = pack(name);
        let identity = assembly.identity().expect("identity").expect("an assembly manifest");
        assert_eq!(names::hex(&identity.public_key_token(true)), token, "{name}");
        assert_eq!(
            identity.display_name(true),
            format!("{name}, Version={}, Culture=neutral, PublicKeyToken={token}", identity.version_string())
        );
    }
}

#[test]
fn every_type_system_runtime_exports_is_forwarded_nested_ones_with_their_enclosing_type() {
    let runtime = pack("System.Runtime");
    let target = |rid| runtime.forwarded_to(rid).expect("forwarder").expect("every exported type is forwarded");
    let ref_name = |rid| runtime.assembly_ref(rid).expect("assembly ref").name;
    let mut nested = 0;
    for (rid, row) in runtime.rows::<ExportedTypeRow>() {
        let row = row.expect("row");
        if row.implementation.table() == Some(TableId::ExportedType) {
            nested += 1;
            assert_eq!(target(rid), target(row.implementation.rid()));
        }
    }
    assert!(nested > 0, "System.Runtime forwards nested types too");
    let to_corelib = (1..=runtime.row_count(TableId::ExportedType))
        .filter(|&rid| ref_name(target(rid)) == "System.Private.CoreLib")
        .count();
    assert!(to_corelib > runtime.row_count(TableId::ExportedType) as usize / 2, "most go to CoreLib");
}

#[test]
fn nested_and_generic_type_names() {
    let corelib = pack("System.Private.CoreLib");
    let list = corelib.find_type("System.Collections.Generic.List`1").expect("List`1");
    let enumerator = corelib.find_type("System.Collections.Generic.List`1+Enumerator").expect("nested type");
    assert_eq!(corelib.enclosing_type(enumerator).expect("nested class"), Some(list));
    assert_eq!(corelib.generic_params_of(Token::new(TableId::TypeDef, list)).expect("generic params").len(), 1);
}
