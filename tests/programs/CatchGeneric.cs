// Checks exceptions thrown inside generic classes/methods instantiated over ref and value types propagate and are caught; expects checksum.
using System;
class GenEx<T> : Exception { public T Val; public GenEx(T v) : base() { Val = v; } }
class Box<T> {
    T[] items = new T[3]; int n;
    public void Add(T x) { if (n == 3) throw new GenEx<T>(x); items[n++] = x; }
    public T Get(int i) { return items[i]; }
}
class P {
    static int Fill<T>(Box<T> b, T a, T c) {
        int k = 0;
        try { for (;;) { b.Add(k % 2 == 0 ? a : c); k++; } }
        catch (GenEx<T>) { return k; }
    }
    static int Main() {
        var bi = new Box<int>(); var bs = new Box<string>(); var bl = new Box<long>();
        int r = Fill(bi, 4, 5) * 100 + Fill(bs, "a", "b") * 10 + Fill(bl, 1L, 2L);
        try { bl.Add(99L); } catch (GenEx<long> e) { r += (int)e.Val; }
        try { bs.Add("x"); } catch (GenEx<int>) { r += 1000; } catch (GenEx<string> e) { r += e.Val.Length * 7; }
        try { bi.Get(5); } catch (IndexOutOfRangeException) { r += 3; }
        return r % 256; // 333 + 99 + 7 + 3 = 442 -> 186
    }
}
