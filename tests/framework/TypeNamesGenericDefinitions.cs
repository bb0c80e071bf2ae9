// Checks type names that involve generic definitions and assemblies: ToString and FullName of open definitions
// (List`1[T]), GetGenericTypeDefinition and DeclaringType identity with typeof(List<>), FullName of arrays of
// instantiations, AssemblyQualifiedName of CoreLib's and the program's types.
using System;
using System.Collections.Generic;

class Program
{
    static int Main()
    {
        Console.WriteLine(typeof(List<>));
        Console.WriteLine(typeof(List<>).FullName);
        Console.WriteLine(typeof(List<>).IsGenericType + " " + typeof(List<>).IsGenericTypeDefinition);
        Console.WriteLine(typeof(List<int>.Enumerator).DeclaringType);
        Console.WriteLine(typeof(List<int>.Enumerator).DeclaringType == typeof(List<>));
        Console.WriteLine(typeof(List<int>).GetGenericTypeDefinition() == typeof(List<>));
        Console.WriteLine(typeof(Dictionary<string, int>).GetGenericTypeDefinition());
        Console.WriteLine(typeof(int[]).FullName + " | " + typeof(int[]).AssemblyQualifiedName);
        Console.WriteLine(typeof(List<int>[]).FullName);
        Console.WriteLine(typeof(Nullable<>).FullName + " " + typeof(int?).GetGenericTypeDefinition().Name);
        Console.WriteLine(typeof(Program).AssemblyQualifiedName);
        Console.WriteLine(typeof(KeyValuePair<Program, string>).FullName);
        try
        {
            Console.WriteLine(typeof(string).GetGenericTypeDefinition().Name);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
