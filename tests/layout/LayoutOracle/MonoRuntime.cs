using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayoutOracle
{
    /// Technique A: read what Mono itself computed, from its own data structures in wasm linear memory.
    ///
    /// - `FieldInfo.FieldHandle.Value` is Mono's `MonoClassField*` (class-internals.h):
    ///       struct _MonoClassField { MonoType *type; const char *name; uintptr_t parent_and_flags; int offset; }
    ///   so on wasm32 the name is at +4, the declaring MonoClass (low two bits are flags) at +8 and the
    ///   offset at +12. The offset of an instance field counts from the start of the object, header included,
    ///   for value types too (a value type is laid out as if boxed).
    /// - An object's first word is its `MonoVTable*`, whose first word is the `MonoClass*`.
    /// - `struct _MonoClass` (class-private-definition.h) begins { element_class, cast_class, supertypes,
    ///   guint16 idepth, guint8 rank, guint8 class_kind, int instance_size, <bit fields>, guint8 min_align, ...
    ///   parent, nested_in, image, name, name_space, type_token, ... } giving, on wasm32, instance_size at +16,
    ///   min_align at +22, parent at +28, name at +40, name_space at +44.
    ///
    /// None of this is trusted blindly: Validate() checks the layout assumptions (names read through the
    /// pointers must match reflection), and Program compares every number read here with the other techniques.
    internal static unsafe class MonoRuntime
    {
        private const int FieldName = 4, FieldParent = 8, FieldOffsetAt = 12;
        private const int ClassIdepth = 12, ClassRank = 14, ClassInstanceSize = 16, ClassMinAlign = 22;
        private const int ClassParent = 28, ClassName = 40, ClassNamespace = 44;

        public static void Validate()
        {
            Require(IntPtr.Size == 4, $"expected a 32-bit target, IntPtr.Size is {IntPtr.Size}");

            // MonoClass: names, parent chain, depth and rank of a few well-known classes.
            nint objectClass = ClassOf(new object());
            RequireName(objectClass, "System", "Object");
            Require(Parent(objectClass) == 0, "System.Object's MonoClass has a parent");
            nint stringClass = ClassOf("x");
            RequireName(stringClass, "System", "String");
            Require(Parent(stringClass) == objectClass, "String's parent is not Object");
            Require(*(ushort*)(stringClass + ClassIdepth) == 2, "String's idepth is not 2");
            nint intArrayClass = ClassOf(new int[1]);
            Require(*(byte*)(intArrayClass + ClassRank) == 1, "int[]'s rank is not 1");
            Require(*(byte*)(stringClass + ClassRank) == 0, "String's rank is not 0");
            nint exceptionClass = ClassOf(new ArgumentNullException());
            RequireName(exceptionClass, "System", "ArgumentNullException");
            RequireName(Parent(exceptionClass), "System", "ArgumentException");

            // MonoClassField: the name read through the pointer is the reflected name; the parent is the class.
            FieldInfo length = typeof(string).GetField("_stringLength", BindingFlags.Instance | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException("String has no _stringLength field");
            FieldOffset(length); // checks the name
            Require(FieldParentClass(length) == stringClass, "the MonoClassField of String._stringLength has another parent");
        }

        /// The offset Mono stored in the field's MonoClassField (object coordinates: header included).
        public static int FieldOffset(FieldInfo field)
        {
            nint p = field.FieldHandle.Value;
            string? name = Marshal.PtrToStringUTF8(*(nint*)(p + FieldName));
            Require(name == field.Name, $"MonoClassField at 0x{p:x} is named '{name}', reflection says '{field.Name}'");
            return *(int*)(p + FieldOffsetAt);
        }

        /// The MonoClass* that declares the field (the instantiated class for fields of generic instantiations).
        public static nint FieldParentClass(FieldInfo field) => *(nint*)(field.FieldHandle.Value + FieldParent) & ~(nint)3;

        /// The MonoClass* of an object, through its vtable.
        public static nint ClassOf(object obj) => *(nint*)*(nint*)LiveProbe.AddressOf(obj);

        public static int InstanceSize(nint klass) => *(int*)(klass + ClassInstanceSize);

        public static int MinAlign(nint klass) => *(byte*)(klass + ClassMinAlign);

        public static nint Parent(nint klass) => *(nint*)(klass + ClassParent);

        public static string Name(nint klass)
        {
            string? ns = Marshal.PtrToStringUTF8(*(nint*)(klass + ClassNamespace));
            string? name = Marshal.PtrToStringUTF8(*(nint*)(klass + ClassName));
            return string.IsNullOrEmpty(ns) ? name ?? "" : ns + "." + name;
        }

        private static void RequireName(nint klass, string ns, string name) =>
            Require(Name(klass) == ns + "." + name, $"MonoClass at 0x{klass:x} reads as '{Name(klass)}', expected {ns}.{name}");

        private static void Require(bool condition, string message)
        {
            if (!condition) throw new InvalidOperationException("MonoRuntime: " + message);
        }
    }
}
