// Checks default interface methods in a diamond: two interfaces override a base interface's default method, a class resolves the conflict by implementing it, a more specific interface's override wins, and base interface defaults stay reachable elsewhere.
interface IBase
{
    int Tag() { return 1; }
    int Other() { return 10; }
}

interface ILeft : IBase
{
    int IBase.Tag() { return 2; }
}

interface IRight : IBase
{
    int IBase.Tag() { return 3; }
}

interface IBottom : ILeft, IRight
{
    int IBase.Tag() { return 4; }
}

class OnlyLeft : ILeft { }
class OnlyBase : IBase { }
class Both : ILeft, IRight
{
    public int Tag() { return 5; }
}
class ViaBottom : IBottom { }
class OverridesOther : IRight
{
    public int Other() { return 20; }
}

static class Program
{
    static int s_zero = 0;

    static int Main()
    {
        IBase[] items = { new OnlyBase(), new OnlyLeft(), new Both(), new ViaBottom(), new OverridesOther() };
        int[] tags = { 1, 2, 5, 4, 3 };
        int[] others = { 10, 10, 10, 10, 20 };
        for (int i = s_zero; i < items.Length; i++)
        {
            if (items[i].Tag() != tags[i]) return 1 + i;
            if (items[i].Other() != others[i]) return 10 + i;
        }
        ILeft l = new Both();
        IRight r = (IRight)l;
        if (l.Tag() != 5 || r.Tag() != 5) return 20;
        IBottom bottom = new ViaBottom();
        if (((ILeft)bottom).Tag() != 4 || ((IRight)bottom).Tag() != 4) return 21;
        return 100;
    }
}
