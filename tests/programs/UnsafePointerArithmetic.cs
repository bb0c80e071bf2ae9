// Checks pointer arithmetic and comparisons on a stackalloc'd int buffer: p + n, p - n, p++ and p--, indexing p[i], pointer differences in elements, <, <=, == and != between pointers, and walking two pointers towards each other. Needs -unsafe.
static unsafe class Program
{
    static int s_n = 10;

    static int Main()
    {
        int* buf = stackalloc int[s_n];
        for (int i = 0; i < s_n; i++) buf[i] = i * i;
        int* end = buf + s_n;
        if (*(buf + 3) != 9 || *(end - 1) != 81) return 1;
        if (end - buf != 10) return 2;
        int* p = buf;
        int sum = 0;
        while (p < end) sum += *p++;
        if (sum != 285 || p != end) return 3;
        p--;
        if (*p != 81) return 4;
        int* lo = buf, hi = end - 1;
        while (lo < hi) { int t = *lo; *lo = *hi; *hi = t; lo++; hi--; }
        if (buf[0] != 81 || buf[9] != 0 || buf[4] != 25) return 5;
        if (!(lo >= hi) || lo == hi) return 6;
        int* mid = buf + s_n / 2;
        if (mid - buf != 5 || buf - mid != -5) return 7;
        if (!(buf <= mid) || mid <= buf || mid == buf) return 8;
        long* lbuf = stackalloc long[4];
        long* lp = lbuf + 3;
        *lp = 1L << 50;
        if (lp - lbuf != 3 || lbuf[3] != 1L << 50) return 9;
        byte* bytes = (byte*)buf;
        if ((int*)(bytes + 8) != buf + 2) return 10;
        int count = 0;
        for (int* q = buf; q < end; q += 3) count++;
        if (count != 4) return 11;
        return 100;
    }
}
