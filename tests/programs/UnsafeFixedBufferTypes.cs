// Checks fixed-size buffers of several element types (byte, char, long, double) in structs: reads and writes through the buffer, a struct copy copying the buffer, a buffer in a class instance accessed through a fixed statement, a pointer to the buffer passed to a helper, and the buffer's bytes next to the struct's other fields. Needs -unsafe.
unsafe struct Packet
{
    public int Id;
    public fixed byte Data[6];
    public fixed char Name[4];
    public fixed long Stamps[2];
    public fixed double Weights[3];
}

sealed unsafe class Holder
{
    public Packet P;
}

static unsafe class Program
{
    static int s_k = 3;

    static int SumBytes(byte* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }
    static void Fill(long* p, long v) { p[0] = v; p[1] = -v; }

    static int Main()
    {
        int k = s_k;
        Packet a = new Packet { Id = 7 };
        for (int i = 0; i < 6; i++) a.Data[i] = (byte)(i * k + 250);
        if (a.Data[0] != 250 || a.Data[2] != 0 || a.Data[5] != 9) return 1;
        a.Name[0] = 'a'; a.Name[1] = 'b'; a.Name[3] = 'd';
        if (a.Name[1] != 'b' || a.Name[2] != '\0') return 2;
        Fill(a.Stamps, 1L << 40);
        if (a.Stamps[0] != 1L << 40 || a.Stamps[1] != -(1L << 40)) return 3;
        for (int i = 0; i < 3; i++) a.Weights[i] = 0.5 * (i + k);
        if (a.Weights[0] + a.Weights[2] != 4.0) return 4;
        if (SumBytes(a.Data, 6) != 250 + 253 + 0 + 3 + 6 + 9) return 5;

        Packet b = a;
        b.Data[0] = 1;
        b.Stamps[1] = 5;
        if (a.Data[0] != 250 || a.Stamps[1] != -(1L << 40) || b.Name[3] != 'd' || b.Weights[1] != 2.0) return 6;

        var h = new Holder();
        h.P.Id = k;
        fixed (byte* d = h.P.Data)
        {
            for (int i = 0; i < 6; i++) d[i] = (byte)(i + 1);
        }
        fixed (char* n = h.P.Name) { n[0] = 'z'; }
        if (h.P.Data[5] != 6 || h.P.Name[0] != 'z' || h.P.Id != 3) return 7;

        // The buffer lies right after Id in memory: Data starts at offset 4.
        byte* raw = (byte*)&a;
        if (raw[4] != 250 || raw[9] != 9 || *(int*)raw != 7) return 8;
        if (sizeof(Packet) != 64) return 9;
        return 100;
    }
}
