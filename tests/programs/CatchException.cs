// Checks catch(Exception) catches every kind of runtime-raised exception; expects the sum of per-kind codes (CoreCLR value).
using System;
class B { public int F; }
class D : B { public int G; }
class P {
    static int zero = 0; static B nul = null; static object boxed = 5;
    static int Kind(Exception e) {
        if (e is DivideByZeroException) return 1;
        if (e is OverflowException) return 2;
        if (e is IndexOutOfRangeException) return 3;
        if (e is NullReferenceException) return 4;
        if (e is InvalidCastException) return 5;
        if (e is ArrayTypeMismatchException) return 6;
        return 9;
    }
    static int Do(int k) {
        int[] a = new int[3]; object[] arr = new string[2];
        switch (k) {
            case 0: return 1 / zero;
            case 1: return checked(int.MaxValue * (zero + 2));
            case 2: return a[zero + 3];
            case 3: return nul.F;
            case 4: return ((D)new B()).G;
            case 5: arr[0] = new object(); return 0;
            case 6: return (int)(long)boxed;
        }
        return 77;
    }
    static int Main() {
        int acc = 0;
        for (int k = 0; k < 8; k++) {
            try { acc = acc * 3 + Do(k); }
            catch (Exception e) { acc = acc * 11 + Kind(e) + k; }
        }
        return (int)((uint)acc % 250) + 1;
    }
}
