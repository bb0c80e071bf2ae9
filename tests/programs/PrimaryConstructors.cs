// Checks C# 12 primary constructors on classes and structs: parameters captured into hidden fields, used by methods and mutated, passed to a base primary constructor, and used in field initializers.
class Account(string owner, int balance)
{
    public string Owner = owner;
    public int Deposit(int amount) { balance += amount; return balance; }
    public int Balance { get { return balance; } }
}

class Savings(string owner, int balance, int ratePercent) : Account(owner, balance)
{
    public int Rate = ratePercent;
    public int AddInterest() { return Deposit(Balance * Rate / 100); }
}

struct Range(int lo, int hi)
{
    public int Lo = lo;
    public int Hi = hi;
    public int Length { get { return Hi - Lo; } }
    public bool Contains(int x) { return x >= Lo && x < Hi; }
}

static class Program
{
    static int s_amount = 1000;

    static int Main()
    {
        Account a = new Account("ann", s_amount);
        if (a.Owner != "ann" || a.Balance != 1000) return 1;
        if (a.Deposit(250) != 1250 || a.Balance != 1250) return 2;
        Savings s = new Savings("bob", s_amount, 10);
        if (s.AddInterest() != 1100 || s.AddInterest() != 1210) return 3;
        if (s.Rate != 10 || s.Owner != "bob") return 4;
        Account asBase = s;
        if (asBase.Balance != 1210) return 5;
        Range r = new Range(s_amount / 100, 20);
        if (r.Length != 10 || !r.Contains(10) || r.Contains(20)) return 6;
        Range copy = r;
        copy.Lo = 0;
        if (r.Lo != 10 || copy.Length != 20) return 7;
        return 100;
    }
}
