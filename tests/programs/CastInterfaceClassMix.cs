// Checks casts between interfaces and classes in every direction, including to interfaces a class gains only in a subclass, sealed classes that cannot gain interfaces, generic interface instantiations, and casts of arrays of interfaces.
interface IA { int A(); }
interface IB { int B(); }
interface IG<T> { T Get(); }

class OnlyA : IA { public int A() { return 1; } }
class AB : OnlyA, IB { public int B() { return 2; } }
sealed class Sealed : IA { public int A() { return 3; } }
class GInt : IG<int>, IG<string> { public int Get() { return 4; } string IG<string>.Get() { return "four"; } }

static class Program
{
    static int s_pick = 1;

    static int Main()
    {
        IA a = s_pick == 1 ? new AB() : new OnlyA();
        if (!(a is IB)) return 1;
        IB b = (IB)a;
        if (b.B() + a.A() != 3) return 2;
        OnlyA oa = (OnlyA)b;
        if (oa.A() != 1 || !(oa is AB)) return 3;
        IA plain = new OnlyA();
        if (plain is IB || plain as IB != null || plain is AB) return 4;
        IA s = new Sealed();
        if (s is OnlyA || !(s is Sealed) || ((Sealed)s).A() != 3) return 5;
        object g = new GInt();
        if (!(g is IG<int>) || !(g is IG<string>) || g is IG<long>) return 6;
        if (((IG<int>)g).Get() != 4 || ((IG<string>)g).Get() != "four") return 7;
        IA[] arr = { new AB(), new Sealed() };
        object arrObj = arr;
        if (!(arrObj is IA[]) || arrObj is IB[] || arrObj is AB[]) return 8;
        IA[] abs = new AB[2];
        if (!(abs is IB[]) || !(abs is OnlyA[])) return 9;
        return 100;
    }
}
