// Checks a null pointer dereference in unsafe code raises NullReferenceException (CoreCLR turns the fault into NRE), read and write; expects 60 + 3.
using System;
unsafe class P {
    static int* np = null;
    static int Read() { return *np; }
    static void Write(int v) { *np = v; }
    static int Main() {
        int r = 0;
        try { r += Read() == 0 ? 10 : 20; } catch (NullReferenceException) { r |= 1; }
        try { Write(5); r += 40; } catch (NullReferenceException) { r |= 2; }
        return 60 + r;
    }
}
