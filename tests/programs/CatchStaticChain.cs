// Checks exceptions through chains of static and instance methods with non-matching handlers, value returned by the matching frame feeds back up; expects checksum.
using System;
class E1 : Exception { public int V; public E1(int v) : base() { V = v; } }
class E2 : Exception { public E2() : base() { } }
class Worker {
    int id; public Worker(int i) { id = i; }
    public int Run(int k) { try { return Step(k) + id; } catch (E2) { return -id; } }
    int Step(int k) { try { return P.Leaf(k) * 2; } catch (ArgumentException) { return 1000; } }
}
class P {
    public static int Leaf(int k) {
        if (k % 3 == 0) throw new E1(k);
        if (k % 3 == 1) throw new E2();
        return k;
    }
    static int Mid(Worker w, int k) { try { return w.Run(k); } catch (E1 e) when (e.V > 3) { return e.V * 10; } }
    static int Main() {
        long acc = 0;
        for (int k = 0; k < 9; k++) {
            try { acc = acc * 5 + Mid(new Worker(k + 1), k); }
            catch (E1 e) { acc = acc * 7 + e.V + 50; }
        }
        return (int)((ulong)acc % 239) + 10;
    }
}
