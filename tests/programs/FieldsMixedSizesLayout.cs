// Checks that a class and a struct with interleaved fields of different sizes (byte, long, bool, double, short, char, reference, float) keep every field independent, including through a derived class adding more fields.
class Mixed
{
    public byte A;
    public long B;
    public bool C;
    public double D;
    public short E;
    public object F;
    public char G;
    public float H;
    public byte I;
}

class MoreMixed : Mixed
{
    public byte J;
    public long K;
    public sbyte L;
}

struct MixedStruct
{
    public bool P;
    public long Q;
    public byte R;
    public int S;
    public char T;
    public double U;
    public byte V;
}

static class Program
{
    static int s_seed = 7;

    static int Main()
    {
        MoreMixed m = new MoreMixed();
        m.A = (byte)(s_seed * 37);
        m.B = -1L;
        m.C = true;
        m.D = -0.5 * s_seed;
        m.E = (short)(-s_seed);
        m.F = m;
        m.G = (char)(0xFFFF - s_seed);
        m.H = 1.5f * s_seed;
        m.I = 0xFF;
        m.J = 0x80;
        m.K = long.MinValue + s_seed;
        m.L = (sbyte)-s_seed;
        if (m.A != 3 || m.B != -1 || !m.C || m.D != -3.5) return 1;
        if (m.E != -7 || m.F != m || m.G != '\uFFF8' || m.H != 10.5f) return 2;
        if (m.I != 255 || m.J != 128 || m.K != long.MinValue + 7 || m.L != -7) return 3;
        m.B = 0;
        m.K = 0;
        if (m.A != 3 || !m.C || m.J != 128 || m.L != -7) return 4;
        m.C = false;
        m.A = 0;
        m.I = 0;
        m.J = 0;
        if (m.B != 0 || m.D != -3.5 || m.E != -7 || m.H != 10.5f) return 5;

        MixedStruct s = new MixedStruct();
        s.P = true;
        s.Q = 0x0102030405060708L * s_seed;
        s.R = 0xAB;
        s.S = int.MinValue;
        s.T = 'z';
        s.U = 1e300;
        s.V = 0xCD;
        MixedStruct c = s;
        s.Q = 0;
        s.R = 0;
        if (!c.P || c.Q != 0x0102030405060708L * 7 || c.R != 0xAB || c.S != int.MinValue) return 6;
        if (c.T != 'z' || c.U != 1e300 || c.V != 0xCD) return 7;
        if (!s.P || s.S != int.MinValue || s.V != 0xCD) return 8;
        return 100;
    }
}
