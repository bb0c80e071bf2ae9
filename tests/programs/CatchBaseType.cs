// Checks catch by base type: custom hierarchy and framework ArithmeticException/ArgumentException bases; expects bitmask base 64 with no failed bits = 64.
using System;
class BaseEx : Exception { public int Tag; public BaseEx(int t) : base() { Tag = t; } }
class MidEx : BaseEx { public MidEx(int t) : base(t) { } }
class LeafEx : MidEx { public LeafEx(int t) : base(t) { } }
class P {
    static int zero = 0;
    static int big = int.MaxValue;
    static int Main() {
        int fail = 0;
        try { throw new LeafEx(3); } catch (BaseEx e) { if (e.Tag != 3 || !(e is LeafEx)) fail |= 1; }
        try { throw new MidEx(4); } catch (LeafEx) { fail |= 2; } catch (MidEx e) { if (e.Tag != 4) fail |= 2; }
        int r = 0;
        try { r = 10 / zero; fail |= 4; } catch (ArithmeticException e) { if (!(e is DivideByZeroException)) fail |= 4; }
        try { r = checked(big + 1); fail |= 8; } catch (ArithmeticException e) { if (!(e is OverflowException)) fail |= 8; }
        try { throw new ArgumentNullException(); } catch (ArgumentException e) { if (!(e is ArgumentNullException)) fail |= 16; }
        try { throw new ArgumentOutOfRangeException(); } catch (SystemException e) { if (!(e is ArgumentOutOfRangeException)) fail |= 32; }
        return 64 + fail + r;
    }
}
