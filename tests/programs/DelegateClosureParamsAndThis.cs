// Checks lambdas capturing method parameters and this: a closure over a parameter that the method changes afterwards, a closure that writes an instance field through this, closures over this and a local together, and capturing a ref-type and a struct parameter.
struct Pair { public int A, B; }

class Account
{
    public int Balance;
    int _fee;
    public Account(int fee) { _fee = fee; }

    public System.Action<int> Depositor() { return amount => Balance += amount - _fee; }

    public System.Func<int> Projection(int months)
    {
        int rate = 2;
        System.Func<int> f = () => Balance + months * rate * _fee;
        months++;
        return f;
    }

    public System.Func<int, int> Chain(int offset)
    {
        return x => OffsetBy(x, offset);
    }

    int OffsetBy(int x, int offset) { return x + offset + Balance; }
}

static class Program
{
    static int s_fee = 1;

    static System.Func<int> CaptureParam(int p)
    {
        System.Func<int> f = () => p * 10;
        p = p + 1;
        return f;
    }

    static System.Func<int> CaptureStruct(Pair pair)
    {
        System.Func<int> f = () => pair.A - pair.B;
        pair.A = 0;
        return f;
    }

    static System.Func<int> CaptureString(string s, int times)
    {
        return () => s.Length * times;
    }

    static int Main()
    {
        Account acc = new Account(s_fee);
        System.Action<int> dep = acc.Depositor();
        dep(10); dep(20);
        if (acc.Balance != 28) return 1;
        System.Func<int> proj = acc.Projection(3);
        if (proj() != 28 + 8) return 2;
        acc.Balance = 0;
        if (proj() != 8) return 3;
        System.Func<int, int> chain = acc.Chain(5);
        acc.Balance = 1000;
        if (chain(1) != 1006) return 4;
        if (CaptureParam(s_fee + 1)() != 30) return 5;
        if (CaptureStruct(new Pair { A = 9, B = s_fee })() != -1) return 6;
        if (CaptureString("hello", s_fee + 2)() != 15) return 7;
        Account other = new Account(0);
        System.Action<int> dep2 = other.Depositor();
        dep2(5);
        if (other.Balance != 5 || acc.Balance != 1000) return 8;
        return 100;
    }
}
