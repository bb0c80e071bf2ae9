// Checks untyped `catch { }` (catch object) catches custom and runtime exceptions, nested with typed clauses; expects trace checksum.
using System;
class MyEx : Exception { public MyEx() : base() { } }
class P {
    static long trace; static int[] arr = new int[2]; static string s = null;
    static void T(int x) { trace = trace * 10 + x; }
    static void F(int k) {
        if (k == 1) throw new MyEx();
        if (k == 2) arr[k] = 1;
        if (k == 3) { int n = s.Length; T(n); }
        T(5);
    }
    static int Main() {
        for (int k = 0; k < 4; k++) {
            try {
                try { F(k); T(1); }
                catch (FormatException) { T(9); }
                T(2);
            }
            catch { T(3); }
            T(4);
        }
        return (int)(trace % 239) + 7;
    }
}
