// Checks ArrayTypeMismatchException on covariant array stores (string[] as object[], Derived[] as Base[]), with null and compatible stores succeeding; expects 60 + bits.
using System;
class Base { } class Derived : Base { } class Other : Base { }
class P {
    static object[] MakeStrings() { return new string[3]; }
    static Base[] MakeDerived() { return new Derived[2]; }
    static void Store(object[] a, int i, object v) { a[i] = v; }
    static int Main() {
        int r = 0;
        object[] s = MakeStrings();
        try { s[0] = new object(); r |= 1; } catch (ArrayTypeMismatchException) { r |= 2; }
        try { s[1] = "ok"; s[2] = null; r |= 4; } catch (ArrayTypeMismatchException) { r |= 8; }
        Base[] d = MakeDerived();
        try { d[0] = new Other(); r |= 16; } catch (ArrayTypeMismatchException) { r |= 32; }
        try { Store(d, 1, new Derived()); r |= 64; } catch (ArrayTypeMismatchException) { r |= 128; }
        try { Store(s, 0, new Derived()); r |= 1; } catch (ArrayTypeMismatchException e) { if (e != null) r += 0; }
        return r + (d[1] is Derived ? 0 : 100) - 60;
    }
}
