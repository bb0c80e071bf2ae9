// Checks [Flags] enums with bit operations: combining with |, testing with &, removing with & ~, toggling with ^, counting set flags, and a permission check over a table of users.
[System.Flags]
enum Perm : ushort
{
    None = 0,
    Read = 1,
    Write = 2,
    Exec = 4,
    Delete = 8,
    Share = 16,
    ReadWrite = Read | Write,
    All = Read | Write | Exec | Delete | Share,
}

static class Program
{
    static int s_bits = 5;

    static bool Has(Perm p, Perm f) { return (p & f) == f; }

    static int Count(Perm p)
    {
        int n = 0;
        for (ushort v = (ushort)p; v != 0; v &= (ushort)(v - 1)) n++;
        return n;
    }

    static int Main()
    {
        Perm p = (Perm)s_bits;
        if (p != (Perm.Read | Perm.Exec)) return 1;
        if (!Has(p, Perm.Read) || Has(p, Perm.Write) || Has(p, Perm.ReadWrite)) return 2;
        p |= Perm.Write;
        if (!Has(p, Perm.ReadWrite) || Count(p) != 3) return 3;
        p &= ~Perm.Exec;
        if (p != Perm.ReadWrite) return 4;
        p ^= Perm.All;
        if (p != (Perm.Exec | Perm.Delete | Perm.Share) || Count(p) != 3) return 5;
        if ((p & Perm.Read) != Perm.None) return 6;
        Perm[] users = { Perm.Read, Perm.ReadWrite | Perm.Share, Perm.All, Perm.None, Perm.Exec | Perm.Read };
        int canWrite = 0, bits = 0;
        foreach (Perm u in users)
        {
            if ((u & Perm.Write) != 0) canWrite++;
            bits += Count(u);
        }
        if (canWrite != 2 || bits != 1 + 3 + 5 + 0 + 2) return 7;
        Perm shifted = (Perm)((int)Perm.Read << s_bits);
        if ((int)shifted != 32 || Has(Perm.All, shifted)) return 8;
        return 100;
    }
}
