// The internal calls of Mono's RuntimeTypeHandle and RuntimeType that a type's MethodTable answers: its element
// type code, element type, parent, rank, attributes, generic arguments and parameter positions, declaring types,
// interfaces, and the assignability and subclass tests behind Type.IsAssignableFrom, IsSubclassOf and
// IsInstanceOfType. Each receives a QCallTypeHandle {address of the RuntimeType reference, type handle} by address;
// the type handle is our MethodTable. What needs more of the metadata (members, generic parameters' owners and
// constraints, modules) is not here.

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class TypeQueries
    {
        private static MethodTable* Of(void** type) => (MethodTable*)type[1];

        // CorElementType (ECMA-335 II.23.1.16) of what is not a primitive.
        private const int ElementTypeVoid = 0x01, ElementTypeString = 0x0E, ElementTypePointer = 0x0F,
            ElementTypeByRef = 0x10, ElementTypeValueType = 0x11, ElementTypeClass = 0x12, ElementTypeVar = 0x13,
            ElementTypeArray = 0x14, ElementTypeFnPointer = 0x1B, ElementTypeObject = 0x1C, ElementTypeSzArray = 0x1D;

        /// <summary>RuntimeTypeHandle.IsByRefLike(QCallTypeHandle): a ref struct (Span&lt;T&gt;, ...).</summary>
        [Implements("System.RuntimeTypeHandle", "IsByRefLike")]
        public static bool IsByRefLike(void** type) => (Of(type)->Flags & MethodTable.ByRefLike) != 0;

        /// <summary>RuntimeTypeHandle.GetAttributes(QCallTypeHandle): the TypeAttributes the compiler wrote into the
        /// MethodTable (IsEnum, IsInterface, IsSealed, IsPublic and the rest ask through this).</summary>
        [Implements("System.RuntimeTypeHandle", "GetAttributes")]
        public static int GetAttributes(void** type) => (int)(Of(type)->TypeAttributes & MethodTable.TypeAttributesMask);

        /// <summary>RuntimeTypeHandle.GetGenericTypeDefinition_impl(QCallTypeHandle, ObjectHandleOnStack): a generic
        /// instantiation's open definition (``List`1`` for `List&lt;int&gt;`); null otherwise, which CoreLib answers
        /// with the type itself.</summary>
        [Implements("System.RuntimeTypeHandle", "GetGenericTypeDefinition_impl")]
        public static void GetGenericTypeDefinition(void** type, void*** result)
        {
            MethodTable* mt = Of(type);
            MethodTable* definition = mt->Reflection == null ? null : mt->Reflection->GenericTypeDefinition;
            **result = definition == null ? null : Wasm.AddressOf(TypeHandles.GetRuntimeType(definition));
        }

        /// <summary>RuntimeTypeHandle.GetCorElementType(QCallTypeHandle): an enum is a value type here (its
        /// underlying type is Enum's business), a primitive its own code.</summary>
        [Implements("System.RuntimeTypeHandle", "GetCorElementType")]
        public static int GetCorElementType(void** type) => CorElementType(Of(type));

        public static int CorElementType(MethodTable* mt)
        {
            switch (MethodTable.Kind(mt))
            {
                case MethodTable.KindPrimitive: return (int)MethodTable.PrimitiveCode(mt);
                case MethodTable.KindValueType:
                case MethodTable.KindNullable:
                case MethodTable.KindEnum: return ElementTypeValueType;
                case MethodTable.KindString: return ElementTypeString;
                case MethodTable.KindSzArray: return ElementTypeSzArray;
                case MethodTable.KindArray: return ElementTypeArray;
                case MethodTable.KindPointer: return ElementTypePointer;
                case MethodTable.KindByRef: return ElementTypeByRef;
                case MethodTable.KindFnPointer: return ElementTypeFnPointer;
                case MethodTable.KindVoid: return ElementTypeVoid;
                case MethodTable.KindGenericParameter: return ElementTypeVar;
                case MethodTable.KindClass: return mt->Parent == null ? ElementTypeObject : ElementTypeClass;
                default: return ElementTypeClass;
            }
        }

        /// <summary>RuntimeTypeHandle.GetElementType(QCallTypeHandle, ObjectHandleOnStack): the element type of an
        /// array, pointer or byref; null for anything else.</summary>
        [Implements("System.RuntimeTypeHandle", "GetElementType")]
        public static void GetElementType(void** type, void*** result)
        {
            MethodTable* mt = Of(type);
            uint kind = MethodTable.Kind(mt);
            bool hasElement = kind == MethodTable.KindSzArray || kind == MethodTable.KindArray
                || kind == MethodTable.KindPointer || kind == MethodTable.KindByRef;
            **result = hasElement ? Wasm.AddressOf(TypeHandles.GetRuntimeType(mt->ElementType)) : null;
        }

        /// <summary>RuntimeType.GetParentType(QCallTypeHandle, ObjectHandleOnStack): the base type, null for
        /// Object, interfaces, pointers, byrefs and generic parameters.</summary>
        [Implements("System.RuntimeType", "GetParentType")]
        public static void GetParentType(void** type, void*** result) =>
            **result = Wasm.AddressOf(TypeHandles.GetRuntimeType(Of(type)->Parent));

        /// <summary>RuntimeTypeHandle.GetArrayRank(QCallTypeHandle) (asked of arrays only).</summary>
        [Implements("System.RuntimeTypeHandle", "GetArrayRank")]
        public static int GetArrayRank(void** type) => (int)Of(type)->Rank;

        /// <summary>RuntimeTypeHandle.HasInstantiation(QCallTypeHandle): a generic instantiation or definition.</summary>
        [Implements("System.RuntimeTypeHandle", "HasInstantiation")]
        public static bool HasInstantiation(void** type)
        {
            MethodTable* mt = Of(type);
            return mt->GenericDefinition != 0 || (mt->Flags & MethodTable.OpenGenericDefinition) != 0;
        }

        /// <summary>RuntimeTypeHandle.IsGenericTypeDefinition(QCallTypeHandle): `typeof(List&lt;&gt;)`.</summary>
        [Implements("System.RuntimeTypeHandle", "IsGenericTypeDefinition")]
        public static bool IsGenericTypeDefinition(void** type) => (Of(type)->Flags & MethodTable.OpenGenericDefinition) != 0;

        /// <summary>RuntimeTypeHandle.IsInstanceOfType(QCallTypeHandle, object): Type.IsInstanceOfType.</summary>
        [Implements("System.RuntimeTypeHandle", "IsInstanceOfType")]
        public static bool IsInstanceOfType(void** type, object o) =>
            o != null && Casting.IsAssignable(*(MethodTable**)Wasm.AddressOf(o), Of(type));

        /// <summary>RuntimeTypeHandle.type_is_assignable_from(QCallTypeHandle a, QCallTypeHandle b): whether a
        /// value of type b may be stored as an a (Type.IsAssignableFrom; `int?` accepts `int`).</summary>
        [Implements("System.RuntimeTypeHandle", "type_is_assignable_from")]
        public static bool TypeIsAssignableFrom(void** a, void** b) => Casting.IsAssignable(Of(b), Of(a));

        /// <summary>RuntimeTypeHandle.is_subclass_of(QCallTypeHandle child, QCallTypeHandle base): `base` is a
        /// proper ancestor of `child` in the class hierarchy (interfaces do not count).</summary>
        [Implements("System.RuntimeTypeHandle", "is_subclass_of")]
        public static bool IsSubclassOf(void** child, void** ancestor)
        {
            MethodTable* target = Of(ancestor);
            for (MethodTable* p = Of(child)->Parent; p != null; p = p->Parent)
                if (p == target)
                    return true;
            return false;
        }

        /// <summary>Enum.InternalGetCorElementType(QCallTypeHandle): the code of an enum's underlying type.</summary>
        [Implements("System.Enum", "InternalGetCorElementType")]
        public static int EnumElementType(void** type) => (int)MethodTable.PrimitiveCode(Of(type));

        /// <summary>Enum.InternalGetUnderlyingType(QCallTypeHandle, ObjectHandleOnStack): an enum's underlying type,
        /// which the compiler puts in the enum's element type field.</summary>
        [Implements("System.Enum", "InternalGetUnderlyingType")]
        public static void EnumUnderlyingType(void** type, void*** result) =>
            **result = Wasm.AddressOf(TypeHandles.GetRuntimeType(Of(type)->ElementType));

        /// <summary>RuntimeType.GetInterfaces(QCallTypeHandle, ObjectHandleOnStack): every interface the type
        /// implements, inherited ones included.</summary>
        [Implements("System.RuntimeType", "GetInterfaces")]
        public static void GetInterfaces(void** type, void*** result)
        {
            MethodTable* mt = Of(type);
            Type[] interfaces = new Type[mt->InterfaceCount];
            for (int i = 0; i < interfaces.Length; i++)
                interfaces[i] = (Type)TypeHandles.GetRuntimeType(mt->Interfaces[i].Interface);
            **result = Wasm.AddressOf(interfaces);
        }
    
        /// <summary>RuntimeType.GetDeclaringType(QCallTypeHandle, ObjectHandleOnStack): the type a nested type is
        /// declared in (a generic one open), null for a type that is not nested.</summary>
        [Implements("System.RuntimeType", "GetDeclaringType")]
        public static void GetDeclaringType(void** type, void*** result)
        {
            MethodTable* mt = Of(type);
            if (MethodTable.Kind(mt) == MethodTable.KindGenericParameter)
                ExceptionDispatch.Raise(new NotSupportedException(
                    "The type or method that declares a generic parameter is not recorded in a WasmR2R image."));
            MethodTable* declaring = mt->Reflection == null ? null : mt->Reflection->DeclaringType;
            **result = declaring == null ? null : Wasm.AddressOf(TypeHandles.GetRuntimeType(declaring));
        }

        /// <summary>RuntimeType.GetDeclaringMethod(QCallTypeHandle, ObjectHandleOnStack): the generic method that
        /// declares a method's generic parameter; null for any other type.</summary>
        [Implements("System.RuntimeType", "GetDeclaringMethod")]
        public static void GetDeclaringMethod(void** type, void*** result)
        {
            MethodTable* mt = Of(type);
            if (MethodTable.Kind(mt) == MethodTable.KindGenericParameter && (mt->Flags & MethodTable.MethodGenericParameter) != 0)
                ExceptionDispatch.Raise(new NotSupportedException(
                    "The method that declares a generic parameter is not recorded in a WasmR2R image."));
            **result = null;
        }

        /// <summary>RuntimeType.GetGenericParameterPosition(QCallTypeHandle): a generic parameter's position, which
        /// the compiler writes in the rank field.</summary>
        [Implements("System.RuntimeType", "GetGenericParameterPosition")]
        public static int GetGenericParameterPosition(void** type) => (int)Of(type)->Rank;

        /// <summary>RuntimeType.GetGenericArgumentsInternal(QCallTypeHandle, ObjectHandleOnStack, bool runtimeArray):
        /// a generic instantiation's type arguments (a RuntimeType[] when asked, else a Type[]); none for a type that
        /// is not generic.</summary>
        [Implements("System.RuntimeType", "GetGenericArgumentsInternal")]
        public static void GetGenericArgumentsInternal(void** type, void*** result, bool runtimeArray)
        {
            MethodTable* mt = Of(type);
            if ((mt->Flags & MethodTable.OpenGenericDefinition) != 0)
                ExceptionDispatch.Raise(new NotSupportedException(
                    "The generic parameters of a generic type definition are not recorded in a WasmR2R image."));
            // A function pointer's list is its signature, not generic arguments.
            uint* arguments = mt->GenericDefinition == 0 ? null : mt->GenericArguments;
            int count = arguments == null ? 0 : (int)arguments[0];
            object array = runtimeArray
                ? Allocator.AllocArray(Wasm.RuntimeTypeArrayMethodTable(), count)
                : new Type[count];
            object[] elements = Unsafe.As<object[]>(array);
            for (int i = 0; i < count; i++)
                elements[i] = TypeHandles.GetRuntimeType((MethodTable*)arguments[1 + 2 * i]);
            **result = Wasm.AddressOf(array);
        }
    
        /// <summary>RuntimeType.FunctionPointerReturnAndParameterTypes(QCallTypeHandle): a GPtrArray of type handles,
        /// the function pointer's return type and then its parameters', which the compiler lists where a generic
        /// instantiation lists its arguments.</summary>
        [Implements("System.RuntimeType", "FunctionPointerReturnAndParameterTypes")]
        public static void* FunctionPointerReturnAndParameterTypes(void** type)
        {
            uint* signature = Of(type)->GenericArguments;
            int count = signature == null ? 0 : (int)signature[0];
            void* array = GLib.NewPtrArray(count, out void** handles);
            for (int i = 0; i < count; i++)
                handles[i] = (void*)signature[1 + 2 * i];
            return array;
        }
    
        /// <summary>
        /// RuntimeTypeHandle.GetGenericParameterInfo(QCallTypeHandle): Mono's record of a generic parameter (its
        /// owner, name, attributes and constraints), which Type.BaseType, GenericParameterAttributes and
        /// GetGenericParameterConstraints read. An image records a generic parameter's position only: the type
        /// objects a program can reach are never generic parameters (an open definition's arguments are not
        /// exposed), so asking is reported; for any other type Mono answers null.
        /// </summary>
        [Implements("System.RuntimeTypeHandle", "GetGenericParameterInfo")]
        public static void* GetGenericParameterInfo(void** type)
        {
            if (MethodTable.Kind(Of(type)) == MethodTable.KindGenericParameter)
                ExceptionDispatch.Raise(new NotSupportedException(
                    "The attributes and constraints of a generic parameter are not recorded in a WasmR2R image."));
            return null;
        }

        /// <summary>Mono.RuntimeClassHandle.GetTypeFromClass(MonoClass*): a class's type handle. This runtime's
        /// classes and type handles are both MethodTables.</summary>
        [Implements("Mono.RuntimeClassHandle", "GetTypeFromClass")]
        public static void* GetTypeFromClass(void* klass) => klass;
    }
}
