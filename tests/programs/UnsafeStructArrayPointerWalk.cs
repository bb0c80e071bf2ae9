// Checks pointer arithmetic over a fixed array of structs: p->Field and (p + i)->Field, pointers to fields of elements, stepping a struct pointer and a byte pointer (distance in bytes is the struct size), pointer comparison as a loop bound, and swapping elements through pointers. Needs -unsafe.
struct Particle { public int X; public short Y; public long Mass; }

static unsafe class Program
{
    static int s_n = 5;

    static void Swap(Particle* a, Particle* b) { Particle t = *a; *a = *b; *b = t; }

    static int Main()
    {
        int n = s_n;
        Particle[] arr = new Particle[n];
        for (int i = 0; i < n; i++) { arr[i].X = i; arr[i].Y = (short)(-i); arr[i].Mass = (long)i << 33; }
        fixed (Particle* p0 = arr)
        {
            if ((p0 + 2)->X != 2 || p0[3].Y != -3 || (*(p0 + 4)).Mass != 4L << 33) return 1;
            long total = 0;
            for (Particle* p = p0, end = p0 + n; p < end; p++) total += p->Mass + p->X;
            if (total != (10L << 33) + 10) return 2;

            byte* b0 = (byte*)p0;
            byte* b3 = (byte*)(p0 + 3);
            if (b3 - b0 != 3 * sizeof(Particle) || sizeof(Particle) != 16) return 3;
            if (((Particle*)(b0 + 2 * sizeof(Particle)))->X != 2) return 4;

            long* m = &p0[1].Mass;
            *m = -1;
            short* y = &(p0 + 2)->Y;
            *y = 1000;
            if (arr[1].Mass != -1 || arr[2].Y != 1000) return 5;
            // The field pointer's offset inside the element.
            if ((byte*)m - (byte*)(p0 + 1) != 8 || (byte*)y - (byte*)(p0 + 2) != 4) return 6;

            Swap(p0, p0 + n - 1);
            if (arr[0].X != 4 || arr[4].X != 0 || arr[4].Mass != 0) return 7;

            // Walk backwards with --.
            Particle* q = p0 + n;
            int order = 0;
            while (q > p0) { q--; order = order * 10 + q->X; }
            if (order != 3214) return 8;
        }
        return 100;
    }
}
