using System;
using System.Text;

namespace LayoutOracle
{
    /// Canonical, assembly-independent type names (see README.md, "Type names").
    ///
    ///   Namespace.Name                       non-generic, top level
    ///   Namespace.Outer+Inner                 nested types joined with '+'
    ///   Namespace.Name`2[Arg1,Arg2]           a generic instantiation: the definition's metadata name (with
    ///                                         its `arity) followed by every type argument, bracketed, ',' and
    ///                                         no spaces; arguments are canonical names themselves
    ///   Namespace.Outer`1+Inner[Arg]          a type nested in a generic type carries the outer type's
    ///                                         arguments (metadata gives the nested type all of them)
    ///   Elem[] / Elem[,] / Elem* / Elem&      arrays, pointers, byrefs (only as type arguments here)
    internal static class TypeNames
    {
        public static string Canonical(Type type)
        {
            var sb = new StringBuilder();
            Append(sb, type);
            return sb.ToString();
        }

        private static void Append(StringBuilder sb, Type type)
        {
            if (type.IsArray)
            {
                Append(sb, type.GetElementType()!);
                sb.Append(type.IsSZArray ? "[]" : "[" + new string(',', type.GetArrayRank() - 1) + "]");
                return;
            }
            if (type.IsPointer || type.IsByRef)
            {
                Append(sb, type.GetElementType()!);
                sb.Append(type.IsPointer ? '*' : '&');
                return;
            }
            if (type.IsGenericParameter)
            {
                sb.Append(type.Name);
                return;
            }

            AppendDefinition(sb, type.IsGenericType ? type.GetGenericTypeDefinition() : type);
            if (type.IsConstructedGenericType)
            {
                sb.Append('[');
                Type[] arguments = type.GetGenericArguments();
                for (int i = 0; i < arguments.Length; i++)
                {
                    if (i > 0) sb.Append(',');
                    Append(sb, arguments[i]);
                }
                sb.Append(']');
            }
        }

        /// The name of a type definition: namespace, then the chain of enclosing types joined with '+'.
        private static void AppendDefinition(StringBuilder sb, Type definition)
        {
            if (definition.IsNested)
            {
                AppendDefinition(sb, definition.DeclaringType!);
                sb.Append('+');
            }
            else if (!string.IsNullOrEmpty(definition.Namespace))
            {
                sb.Append(definition.Namespace).Append('.');
            }
            sb.Append(definition.Name);
        }
    }
}
