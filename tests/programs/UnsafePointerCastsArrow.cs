// Checks pointer casts and struct pointers: int* viewed as byte*, short* and uint* (little-endian), byte* reassembled into an int, a linked list of structs in a stackalloc'd pool walked with ->, and (*p).Field versus p->Field. Needs -unsafe.
struct Node { public int Value; public int Next; }
struct Header { public short Kind; public short Flags; public int Length; }

static unsafe class Program
{
    static int s_value = 0x0A0B0C0D;
    static int s_n = 6;

    static int Main()
    {
        int v = s_value;
        byte* b = (byte*)&v;
        if (b[0] != 0x0D || b[1] != 0x0C || b[2] != 0x0B || b[3] != 0x0A) return 1;
        short* s = (short*)&v;
        if (s[0] != 0x0C0D || s[1] != 0x0A0B) return 2;
        b[3] = 0xF0;
        uint* u = (uint*)&v;
        if (*u != 0xF00B0C0Du || v >= 0) return 3;
        byte* raw = stackalloc byte[8];
        for (int i = 0; i < 8; i++) raw[i] = (byte)(i + 1);
        int* words = (int*)raw;
        if (words[0] != 0x04030201 || words[1] != 0x08070605) return 4;
        long* whole = (long*)raw;
        if (*whole != 0x0807060504030201L) return 5;
        Node* pool = stackalloc Node[s_n];
        for (int i = 0; i < s_n; i++) { pool[i].Value = i * 10; pool[i].Next = (i + 2) % s_n; }
        int sum = 0, steps = 0;
        for (Node* p = pool; steps < 3; p = pool + p->Next, steps++) sum += p->Value;
        if (sum != 0 + 20 + 40) return 6;
        Node* last = pool + (s_n - 1);
        last->Value = -1;
        (*last).Next = 99;
        if (pool[5].Value != -1 || last->Next != 99) return 7;
        Header h = new Header { Kind = 3, Flags = 0x10, Length = 4096 };
        Header* hp = &h;
        int* hw = (int*)hp;
        if (hw[0] != (0x10 << 16 | 3) || hw[1] != 4096) return 8;
        hp->Flags |= 0x01;
        if (h.Flags != 0x11) return 9;
        byte* hb = (byte*)hp + 4;
        if (*(int*)hb != 4096) return 10;
        return 100;
    }
}
