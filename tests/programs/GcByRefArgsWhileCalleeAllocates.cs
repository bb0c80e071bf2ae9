// ref, in and out arguments pointing into heap objects (an object's field, an array element, a field of a struct
// in an array, a struct inside a class) whose objects have no other root while the callee allocates heavily;
// the callee's reads and writes through them must reach the caller's objects, and nested calls passing the same
// ref along must too.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Account
    {
        public int Id;
        public long Balance;
        public string Owner;
        public int[] History;
    }

    struct Entry
    {
        public int Key;
        public Account Account;
        public string Note;
    }

    sealed class Ledger
    {
        public int Pad;
        public Entry Main;
        public Entry[] Entries;
    }

    static int s_churn = 60;
    static int s_loops = 250;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Account g = new Account { Id = i, History = new int[2] };
            s += g.History.Length;
        }
        long[] big = new long[12_000];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Deposit(ref long balance, long amount)
    {
        Churn(s_churn);
        balance += amount;
        Churn(s_churn);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Nested(ref long balance, int depth)
    {
        if (depth == 0)
        {
            Deposit(ref balance, 1);
            return;
        }
        Churn(s_churn / 4);
        Nested(ref balance, depth - 1);
        balance *= 2;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Read(in Entry e)
    {
        Churn(s_churn);
        return e.Key + e.Account.Id + e.Note.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeOwner(out string owner, out Account account, int i)
    {
        Churn(s_churn);
        owner = string.Concat("owner", (i % 2 == 0) ? "E" : "O");
        Churn(s_churn);
        account = new Account { Id = i, Owner = owner, History = new int[] { i } };
        Churn(s_churn);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void SwapAccounts(ref Account a, ref Account b)
    {
        Churn(s_churn);
        Account t = a;
        a = b;
        Churn(s_churn);
        b = t;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Account NewAccount(int i) => new Account { Id = i, Balance = 0, Owner = "new", History = new int[] { i, -i } };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Ledger NewLedger(int i)
    {
        Ledger l = new Ledger { Pad = i, Entries = new Entry[8] };
        l.Main = new Entry { Key = i, Account = NewAccount(i), Note = "main" };
        for (int k = 0; k < l.Entries.Length; k++)
            l.Entries[k] = new Entry { Key = k, Account = NewAccount(i * 10 + k), Note = "entry" };
        return l;
    }

    static int Main()
    {
        long total = 0;
        for (int i = 0; i < s_loops; i++)
        {
            // A field of an object nothing else holds.
            Account a = NewAccount(i);
            ref long balance = ref a.Balance;
            a = null;
            Deposit(ref balance, 10 + i);
            if (balance != 10 + i)
                return 1;
            Nested(ref balance, 3);
            if (balance != (10 + i + 1) * 8)
                return 2;
            // An element of an array of a struct inside a ledger nothing else holds.
            Ledger l = NewLedger(i);
            ref Entry entry = ref l.Entries[5];
            ref Entry main = ref l.Main;
            l = null;
            if (Read(in entry) != 5 + i * 10 + 5 + 5)
                return 3;
            if (Read(in main) != i + i + 4)
                return 4;
            Deposit(ref entry.Account.Balance, 3);
            if (entry.Account.Balance != 3 || entry.Account.History[1] != -(i * 10 + 5))
                return 5;
            // out arguments into heap locations.
            Entry[] fresh = new Entry[3];
            ref Entry target = ref fresh[1];
            fresh = null;
            MakeOwner(out target.Note, out target.Account, i);
            if (target.Note != ((i % 2 == 0) ? "ownerE" : "ownerO") || target.Account.Owner != target.Note || target.Account.History[0] != i)
                return 6;
            // Two refs into one struct swapped by a callee that allocates.
            SwapAccounts(ref main.Account, ref entry.Account);
            if (main.Account.Id != i * 10 + 5 || entry.Account.Id != i || main.Account.Balance != 3)
                return 7;
            if (Unsafe.Add(ref entry, -5).Account.Id != i * 10 || Unsafe.Add(ref entry, 2).Note != "entry")
                return 8;
            total += Churn(10);
        }
        return total > 0 ? 100 : 9;
    }
}
