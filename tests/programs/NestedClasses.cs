// Checks nested types: a nested class reading the outer class's private statics and private instance fields through a reference, nested classes of the same name in different outers, and a nested struct.
class Account
{
    static int s_rate = 3;
    int _balance;

    public Account(int balance) { _balance = balance; }

    public class Auditor
    {
        public int Audits;
        public int Check(Account a)
        {
            Audits++;
            return a._balance * s_rate;
        }
        public void Fix(Account a, int value) { a._balance = value; }
    }

    public struct Entry
    {
        public int Amount;
        public int Apply(Account a) { a._balance += Amount; return a._balance; }
    }

    public class Log
    {
        public int Kind = 1;
    }
}

class Bank
{
    public class Log
    {
        public int Kind = 2;
    }

    public class Branch
    {
        public class Desk
        {
            public int Number;
            public Desk(int n) { Number = n * 3; }
        }
    }
}

static class Program
{
    static int s_start = 50;

    static int Main()
    {
        Account acc = new Account(s_start);
        Account.Auditor auditor = new Account.Auditor();
        if (auditor.Check(acc) != 150) return 1;
        auditor.Fix(acc, 7);
        if (auditor.Check(acc) != 21 || auditor.Audits != 2) return 2;
        Account.Entry e = new Account.Entry();
        e.Amount = 13;
        if (e.Apply(acc) != 20 || e.Apply(acc) != 33) return 3;
        if (new Account.Log().Kind != 1 || new Bank.Log().Kind != 2) return 4;
        Bank.Branch.Desk d = new Bank.Branch.Desk(s_start);
        if (d.Number != 150) return 5;
        object o = new Bank.Log();
        if (o is Account.Log) return 6;
        if (!(o is Bank.Log)) return 7;
        return 100;
    }
}
