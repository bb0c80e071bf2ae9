// What devirtualization pins (native/compiler/src/devirtualize.rs): a virtual call one constructed class answers
// is a direct call, here inlined (`Sides`); a call two small overrides answer is a chain that compares the table
// index with each one's and runs its inlined body, the `call_indirect` last (`Legs`); an interface call five
// classes answer stays a dispatch through the interface table (`Code`).
abstract class Shape { public abstract int Sides(); }
sealed class Triangle : Shape { public override int Sides() => 3; }

abstract class Animal { public abstract int Legs(); }
sealed class Bird : Animal { public override int Legs() => 2; }
sealed class Dog : Animal { public override int Legs() => 4; }

interface ICode { int Code(); }
class C1 : ICode { public int Code() => 1; }
class C2 : ICode { public int Code() => 2; }
class C3 : ICode { public int Code() => 3; }
class C4 : ICode { public int Code() => 4; }
class C5 : ICode { public int Code() => 5; }

class Program
{
    static int Sides(Shape s) => s.Sides();

    static int Legs(Animal a) => a.Legs();

    static int Code(ICode c) => c.Code();

    static int Main()
    {
        int legs = Legs(new Bird()) + Legs(new Dog());
        int codes = Code(new C1()) + Code(new C2()) + Code(new C3()) + Code(new C4()) + Code(new C5());
        return Sides(new Triangle()) + legs + codes == 24 ? 100 : 1;
    }
}
