// Checks 100000 throw/catch cycles from 3 frames deep with large struct locals and stackalloc keep state consistent (no stack leak); expects checksum of results.
using System;
struct Blob { public long A, B, C, D, E, F, G, H; }
class P {
    static unsafe int Leaf(int i) {
        int* buf = stackalloc int[64];
        for (int k = 0; k < 64; k++) buf[k] = i + k;
        Blob b = new Blob { A = i, H = buf[63] };
        if ((i & 3) != 0) throw new InvalidOperationException();
        return (int)(b.A + b.H);
    }
    static int Mid(int i) { Blob m = new Blob { B = i }; return Leaf(i) + (int)m.B; }
    static int Main() {
        long acc = 0; int caught = 0;
        for (int i = 0; i < 100000; i++) {
            Blob outer = new Blob { C = i };
            try { acc += Mid(i); }
            catch (InvalidOperationException) { caught++; acc ^= outer.C; }
        }
        return (int)((ulong)(acc + caught) % 239) + 13;
    }
}
