// Start-up, before any class constructor and Main.

namespace WasmR2R.Runtime
{
    internal static class Startup
    {
        public static void Initialize()
        {
            Allocator.Initialize();
        }

        /// <summary>Main's `string[] args`: the arguments the host started the program with.</summary>
        public static unsafe string[] MainArguments()
        {
            int count = Host.ArgumentCount();
            string[] arguments = new string[count];
            for (int i = 0; i < count; i++)
            {
                string argument = new string('\0', Host.ArgumentLength(i));
                fixed (char* chars = argument)
                    Host.ArgumentCopy(i, chars);
                arguments[i] = argument;
            }
            return arguments;
        }
    }
}
