// Checks exceptions from generic virtual methods (overridden, called through base) and generic interface methods with catch(T) where T comes from the class; expects checksum.
using System;
class TagEx : Exception { public int T; public TagEx(int t) : base() { T = t; } }
abstract class Proc { public abstract int Run<X>(X x, int k); }
class P1 : Proc { public override int Run<X>(X x, int k) { if (k == 1) throw new TagEx(typeof(X) == typeof(int) ? 10 : 20); return k; } }
class P2 : P1 { public override int Run<X>(X x, int k) { try { return base.Run(x, k) * 3; } catch (TagEx e) when (e.T == 20) { return -5; } } }
interface IHandler<E> where E : Exception { int Handle(Func<int> f); }
class H<E> : IHandler<E> where E : Exception { public int Handle(Func<int> f) { try { return f(); } catch (E) { return 77; } } }
class P {
    static int Main() {
        Proc p = new P2();
        long acc = 0;
        for (int k = 0; k < 3; k++) {
            try { acc = acc * 11 + p.Run(1, k); } catch (TagEx e) { acc = acc * 11 + e.T; }
            try { acc = acc * 11 + p.Run("s", k); } catch (TagEx e) { acc = acc * 13 + e.T; }
        }
        IHandler<TagEx> h = new H<TagEx>();
        acc += h.Handle(() => p.Run(2, 1)) + h.Handle(() => 3);
        IHandler<ArgumentException> ha = new H<ArgumentException>();
        try { acc += ha.Handle(() => p.Run(2, 1)); } catch (TagEx) { acc += 1000; }
        return (int)((ulong)acc % 241) + 7;
    }
}
