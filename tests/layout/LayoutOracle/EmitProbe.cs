using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace LayoutOracle
{
    /// Technique C, for class instance sizes: define at run time (System.Reflection.Emit) a class deriving
    /// from the measured class with one byte field, and measure that field's offset with LiveProbe. A byte
    /// needs no alignment, so it lands exactly at the parent's instance size, provided the runtime never
    /// reuses a parent's tail padding (which TailBase/TailDerived and IntByteBase/IntByteDerived in the list
    /// check: there the byte would move if it did).
    ///
    /// Only possible for public, non-sealed, non-abstract classes (a dynamic assembly cannot derive from
    /// CoreLib's internal classes); TryMeasure returns null otherwise.
    internal static class EmitProbe
    {
        private static readonly ModuleBuilder Module = AssemblyBuilder
            .DefineDynamicAssembly(new AssemblyName("LayoutOracle.Probes"), AssemblyBuilderAccess.Run)
            .DefineDynamicModule("LayoutOracle.Probes");

        private static int _count;

        public static int? TryMeasure(Type parent)
        {
            if (!parent.IsClass || parent.IsSealed || parent.IsAbstract || !parent.IsVisible) return null;
            if (parent.IsSubclassOf(typeof(Delegate))) return null;

            TypeBuilder builder = Module.DefineType($"Probe{_count++}", TypeAttributes.Public | TypeAttributes.Sealed, parent);
            builder.DefineField("probe", typeof(byte), FieldAttributes.Public);
            // An explicit constructor, so that TypeBuilder does not look for an accessible base constructor.
            // It is never called (instances come from GetUninitializedObject).
            builder.DefineConstructor(MethodAttributes.Private, CallingConventions.Standard, Type.EmptyTypes)
                .GetILGenerator().Emit(OpCodes.Ret);
            Type probeType = builder.CreateType();

            object instance = RuntimeHelpers.GetUninitializedObject(probeType);
            FieldInfo probe = probeType.GetField("probe")!;
            return LiveProbe.ClassFieldOffsets(instance, new[] { probe })[0];
        }
    }
}
