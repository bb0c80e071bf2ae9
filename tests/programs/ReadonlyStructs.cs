// Checks readonly structs: methods returning modified copies (with-style), in parameters, readonly fields of readonly struct type, and readonly members on a mutable struct that cannot change it.
readonly struct Money
{
    public readonly long Cents;
    public readonly string Currency;
    public Money(long cents, string currency) { Cents = cents; Currency = currency; }
    public Money Add(in Money other) { return new Money(Cents + other.Cents, Currency); }
    public Money Times(int k) { return new Money(Cents * k, Currency); }
    public bool Same(in Money other) { return Cents == other.Cents && Currency == other.Currency; }
}

struct Wallet
{
    public Money Cash;
    public int Ops;
    public readonly long Doubled() { return Cash.Cents * 2; }
    public void Spend(long c) { Cash = new Money(Cash.Cents - c, Cash.Currency); Ops++; }
}

class Bank
{
    public readonly Money Reserve = new Money(1000000, "EUR");
}

static class Program
{
    static int s_c = 250;

    static Money Sum(Money[] ms)
    {
        Money acc = new Money(0, "EUR");
        for (int i = 0; i < ms.Length; i++) acc = acc.Add(in ms[i]);
        return acc;
    }

    static int Main()
    {
        Money a = new Money(s_c, "EUR");
        Money b = a.Times(4);
        if (a.Cents != 250 || b.Cents != 1000 || b.Currency != "EUR") return 1;
        if (!a.Add(a).Add(a).Add(a).Same(b)) return 2;
        Money[] ms = new Money[5];
        for (int i = 0; i < ms.Length; i++) ms[i] = new Money(i * s_c, "EUR");
        if (Sum(ms).Cents != 2500) return 3;
        Wallet w = new Wallet();
        w.Cash = b;
        w.Spend(100);
        w.Spend(s_c);
        if (w.Cash.Cents != 650 || w.Ops != 2 || w.Doubled() != 1300) return 4;
        Bank bank = new Bank();
        if (bank.Reserve.Times(2).Cents != 2000000 || bank.Reserve.Cents != 1000000) return 5;
        Money c = new Money(s_c, "USD");
        if (c.Same(a)) return 6;
        return 100;
    }
}
