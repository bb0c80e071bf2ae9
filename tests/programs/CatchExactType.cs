// Checks catch by exact type for custom and framework exceptions, with state in the exception; expects a trace checksum (CoreCLR value).
using System;
class MyEx : Exception { public int Code; public MyEx(int c) : base() { Code = c; } }
class OtherEx : Exception { public int V; public OtherEx(int v) : base() { V = v; } }
class P {
    static long trace;
    static void T(int s) { trace = trace * 31 + s; }
    static void Thrower(int k) {
        T(1);
        if (k == 0) throw new MyEx(7);
        if (k == 1) throw new OtherEx(9);
        if (k == 2) throw new InvalidOperationException();
        if (k == 3) throw new FormatException();
        T(2);
    }
    static int Run(int k) {
        try { Thrower(k); T(3); return 100; }
        catch (MyEx e) { T(4); return e.Code; }
        catch (OtherEx e) { T(5); return e.V * 2; }
        catch (InvalidOperationException) { T(6); return 50; }
        catch (FormatException) { T(7); return 60; }
    }
    static int Main() {
        int sum = 0;
        for (int k = 0; k < 5; k++) { sum = sum * 7 + Run(k); T(8); }
        return (int)(((ulong)(trace ^ sum)) % 251) + 1;
    }
}
