// Checks NullReferenceException from null field load/store, instance/virtual/interface call, array length/element, unboxing null, and throw null; expects bitmask 128+missed bits -> 128.
using System;
interface I { int M(); }
class C : I { public int F; public int M() { return F; } public virtual int V() { return F + 1; } public int NonVirt() { return F; } }
class P {
    static C nc = null; static I ni = null; static int[] na = null; static object no = null; static Exception ne = null;
    static int Main() {
        int missed = 0, t = 0;
        try { t += nc.F; missed |= 1; } catch (NullReferenceException) { }
        try { nc.F = 3; missed |= 2; } catch (NullReferenceException) { }
        try { t += nc.V(); missed |= 4; } catch (NullReferenceException) { }
        try { t += ni.M(); missed |= 8; } catch (NullReferenceException) { }
        try { t += na.Length; missed |= 16; } catch (NullReferenceException) { }
        try { t += na[0]; missed |= 32; } catch (NullReferenceException) { }
        try { t += (int)no; missed |= 64; } catch (NullReferenceException) { }
        try { throw ne; } catch (NullReferenceException) { t += 0; } catch (Exception) { missed |= 64; }
        try { t += nc.NonVirt(); missed |= 1; } catch (NullReferenceException) { }
        return 128 + missed + t;
    }
}
