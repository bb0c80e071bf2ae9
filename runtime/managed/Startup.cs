// Start-up, before any class constructor and Main.

namespace WasmR2R.Runtime
{
    internal static class Startup
    {
        public static void Initialize()
        {
            Allocator.Initialize();
        }
    }
}
