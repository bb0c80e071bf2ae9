// Library resource strings. The compiler folds SR.GetResourceString("Key") — every SR.Xxx property — into the
// message itself, read from the assembly's string resources at compile time (import/intrinsics.rs, ResourceString),
// so an image needs no ResourceManager. Only a key computed at run time reaches SR.InternalGetResourceString; it
// finds no message here and stands for itself, as every key does in an app trimmed with UseSystemResourceKeys.

namespace WasmR2R.Runtime
{
    internal static class Resources
    {
        [Replaces("System.SR", "InternalGetResourceString")]
        public static string InternalGetResourceString(string key) => key;
    }
}
