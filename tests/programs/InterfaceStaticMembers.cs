// Checks non-abstract static members of interfaces: static fields, a static constructor, static methods and properties called through the interface name, and default instance methods using them.
interface IIdGenerator
{
    static int s_next;
    static int Issued { get; private set; }

    static IIdGenerator()
    {
        s_next = 1000;
    }

    static int Take()
    {
        Issued++;
        return s_next++;
    }

    int Prefix { get; }

    int NewId() { return Prefix * 10000 + Take(); }
}

class Orders : IIdGenerator { public int Prefix { get { return 1; } } }
class Invoices : IIdGenerator { public int Prefix { get { return 2; } } }

static class Program
{
    static int s_rounds = 3;

    static int Main()
    {
        IIdGenerator o = new Orders();
        IIdGenerator v = new Invoices();
        if (o.NewId() != 11000) return 1;
        if (v.NewId() != 21001) return 2;
        int sum = 0;
        for (int i = 0; i < s_rounds; i++) sum += o.NewId() - 10000;
        if (sum != 1002 + 1003 + 1004) return 3;
        if (IIdGenerator.Take() != 1005 || IIdGenerator.Issued != 6) return 4;
        IIdGenerator.s_next = 1;
        if (v.NewId() != 20001) return 5;
        return 100;
    }
}
