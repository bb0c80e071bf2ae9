// Bank account simulation: an abstract account class with savings/checking subclasses, a custom exception type, an audit interface, decimal interest with banker's and away-from-zero rounding, and a ledger printed per account.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

class InsufficientFundsException : Exception
{
    public decimal Shortfall { get; }
    public InsufficientFundsException(string account, decimal shortfall)
        : base($"Account {account} is short by {shortfall.ToString("F2", CultureInfo.InvariantCulture)}") => Shortfall = shortfall;
}

interface IAuditable
{
    IReadOnlyList<string> Ledger { get; }
}

abstract class Account : IAuditable
{
    private readonly List<string> ledger = new();
    public string Id { get; }
    public string Owner { get; }
    public decimal Balance { get; protected set; }
    public IReadOnlyList<string> Ledger => ledger;
    protected Account(string id, string owner) { Id = id; Owner = owner; }
    protected void Log(string what, decimal amount) =>
        ledger.Add(string.Create(CultureInfo.InvariantCulture, $"{what,-9}{amount,10:F2} = {Balance,10:F2}"));
    public void Deposit(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        Balance += amount;
        Log("deposit", amount);
    }
    protected virtual decimal Available => Balance;
    public void Withdraw(decimal amount)
    {
        if (amount > Available)
            throw new InsufficientFundsException(Id, amount - Available);
        Balance -= amount;
        Log("withdraw", amount);
    }
    public abstract void MonthEnd();
    public override string ToString() => $"{GetType().Name}[{Id}, {Owner}, {Balance.ToString("C", CultureInfo.InvariantCulture)}]";
}

class Savings : Account
{
    public decimal AnnualRate { get; init; }
    public Savings(string id, string owner) : base(id, owner) { }
    public override void MonthEnd()
    {
        decimal interest = Math.Round(Balance * AnnualRate / 12m, 2, MidpointRounding.ToEven);
        Balance += interest;
        Log("interest", interest);
    }
}

class Checking : Account
{
    public decimal Overdraft { get; init; }
    public decimal Fee { get; init; }
    public Checking(string id, string owner) : base(id, owner) { }
    protected override decimal Available => Balance + Overdraft;
    public override void MonthEnd()
    {
        if (Balance < 0)
        {
            decimal fee = Math.Round(-Balance * 0.015m, 2, MidpointRounding.AwayFromZero) + Fee;
            Balance -= fee;
            Log("fee", fee);
        }
    }
}

class AppBankAccountSim
{
    static void Transfer(Account from, Account to, decimal amount)
    {
        try
        {
            from.Withdraw(amount);
            to.Deposit(amount);
            Console.WriteLine($"transfer {amount} {from.Id}->{to.Id} ok");
        }
        catch (InsufficientFundsException e)
        {
            Console.WriteLine($"transfer {amount} {from.Id}->{to.Id} refused: {e.Message} (shortfall {e.Shortfall})");
        }
    }
    static int Main()
    {
        var alice = new Savings("S-1", "Alice") { AnnualRate = 0.035m };
        var bob = new Checking("C-7", "Bob") { Overdraft = 200m, Fee = 5m };
        var accounts = new List<Account> { alice, bob };
        alice.Deposit(1000m);
        bob.Deposit(150.50m);
        Transfer(alice, bob, 250m);
        Transfer(bob, alice, 500m);
        Transfer(bob, alice, 700m);
        bob.Withdraw(60.25m);
        try { alice.Deposit(-5m); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        for (int month = 1; month <= 3; month++)
        {
            foreach (var a in accounts)
                a.MonthEnd();
            Console.WriteLine($"month {month}: " + string.Join(" ", accounts.Select(a => a.Balance.ToString(CultureInfo.InvariantCulture))));
        }
        foreach (IAuditable a in accounts)
        {
            Console.WriteLine(a);
            foreach (var line in a.Ledger)
                Console.WriteLine("  " + line);
        }
        Console.WriteLine("total " + accounts.Sum(a => a.Balance) + " negative " + string.Join(",", accounts.Where(a => a.Balance < 0).Select(a => a.Owner)));
        Console.WriteLine(Math.Round(2.345m, 2) + " " + Math.Round(2.345m, 2, MidpointRounding.AwayFromZero) + " " + decimal.Round(-0.125m, 2, MidpointRounding.ToZero));
        return 0;
    }
}
