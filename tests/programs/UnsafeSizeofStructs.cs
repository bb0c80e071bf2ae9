// Checks sizeof on structs made of bytes, shorts and ints (padding between fields and at the end), on a struct with a fixed-size buffer, and on nested structs, and writes through a fixed-size buffer. Needs -unsafe.
struct B3 { public byte A, B, C; }
struct BI { public byte A; public int B; }
struct SB { public short A; public byte B; }
struct Nested { public BI Inner; public byte Tail; }
unsafe struct Buffer16 { public fixed int Data[4]; public byte Tag; }

static unsafe class Program
{
    static int s_k = 3;

    static int Main()
    {
        if (sizeof(B3) != 3) return 1;
        if (sizeof(BI) != 8) return 2;
        if (sizeof(SB) != 4) return 3;
        if (sizeof(Nested) != 12) return 4;
        if (sizeof(Buffer16) != 20) return 5;
        BI bi = new BI { A = 1, B = 2 };
        byte* basePtr = (byte*)&bi;
        if (*(int*)(basePtr + 4) != 2 || *basePtr != 1) return 6;
        Buffer16 buf = new Buffer16();
        for (int i = 0; i < 4; i++) buf.Data[i] = (i + 1) * s_k;
        buf.Tag = 7;
        int sum = 0;
        for (int i = 0; i < 4; i++) sum += buf.Data[i];
        if (sum != 30 || buf.Tag != 7) return 7;
        int* d = buf.Data;
        d[2] = -1;
        if (buf.Data[2] != -1) return 8;
        Nested n = new Nested { Inner = new BI { A = 5, B = s_k }, Tail = 9 };
        SB sb = new SB { A = -2, B = 3 };
        byte* nb = (byte*)&n;
        if (*(int*)(nb + 4) != 3 || nb[8] != 9 || *(short*)&sb != -2 || ((byte*)&sb)[2] != 3) return 10;
        B3[] arr = new B3[4];
        fixed (B3* p = arr)
        {
            byte* raw = (byte*)p;
            for (int i = 0; i < 12; i++) raw[i] = (byte)i;
        }
        if (arr[1].A != 3 || arr[3].C != 11) return 9;
        return 100;
    }
}
