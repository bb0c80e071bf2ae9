// Checks fixed on strings: reading characters through char*, the terminating '\0' after the last character, counting and summing characters through the pointer, comparing two strings by pointer walk, and a substring's own buffer. Needs -unsafe.
static unsafe class Program
{
    static string s_text = "pointer walk";

    static int Count(char* p, char c) { int n = 0; for (; *p != '\0'; p++) if (*p == c) n++; return n; }

    static bool Same(string a, string b)
    {
        if (a.Length != b.Length) return false;
        fixed (char* pa = a, pb = b)
        {
            for (int i = 0; i < a.Length; i++) if (pa[i] != pb[i]) return false;
        }
        return true;
    }

    static int Main()
    {
        fixed (char* p = s_text)
        {
            if (p[0] != 'p' || p[7] != ' ' || p[11] != 'k') return 1;
            if (p[s_text.Length] != '\0') return 2;
            if (Count(p, 'o') != 1 || Count(p, 'p') != 1 || Count(p + 1, 'p') != 0) return 3;
            int sum = 0;
            for (char* q = p; *q != '\0'; q++) sum += *q - 'a' >= 0 ? 1 : 0;
            if (sum != 11) return 4;
        }
        string sub = s_text.Substring(8);
        fixed (char* p = sub)
        {
            if (p[0] != 'w' || p[4] != '\0' || Count(p, 'a') != 1) return 5;
        }
        if (!Same(s_text, "pointer " + "walk") || Same(s_text, "pointer wall")) return 6;
        fixed (char* e = "")
        {
            if (*e != '\0') return 7;
        }
        return 100;
    }
}
