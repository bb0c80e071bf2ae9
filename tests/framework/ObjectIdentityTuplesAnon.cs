// Object identity and equality: object.ReferenceEquals on strings (literals, concatenations, string.Intern/IsInterned), boxing identity and Equals of boxed values, == on object vs value, Tuple vs ValueTuple Equals/ToString/CompareTo (including nested and 8+ elements), anonymous type ToString/Equals, and Equals/== on arrays and delegates.
using System;
using System.Collections;
using System.Collections.Generic;

class ObjectIdentityTuplesAnon
{
    static string Twice(string s) => s + s;

    static int Main()
    {
        string lit1 = "hello";
        string lit2 = "hel" + "lo";
        string built = new string("hello".ToCharArray());
        string concat = Twice("ab");
        Console.WriteLine("literals same " + ReferenceEquals(lit1, lit2) + " built same " + ReferenceEquals(lit1, built) + " equals " + lit1.Equals(built) + " == " + (lit1 == built) + " object == " + ((object)lit1 == (object)built));
        Console.WriteLine("isinterned literal " + ReferenceEquals(string.IsInterned(built), lit1) + " intern " + ReferenceEquals(string.Intern(built), lit1) + " concat interned before " + (string.IsInterned(concat) != null) + " after intern " + ReferenceEquals(string.Intern(concat), string.IsInterned(Twice("ab"))));
        Console.WriteLine("empty " + ReferenceEquals(string.Empty, "") + " " + ReferenceEquals(new string(' ', 0), string.Empty) + " " + ReferenceEquals("x".Substring(0, 0), ""));

        int n = 42;
        object box1 = n;
        object box2 = n;
        Console.WriteLine("boxes same " + ReferenceEquals(box1, box2) + " equals " + box1.Equals(box2) + " == " + (box1 == box2) + " same box " + ReferenceEquals(box1, box1) + " long vs int " + box1.Equals(42L) + " " + ((object)42L).Equals(42L));
        object b1 = true, b2 = true;
        Console.WriteLine("bool boxes " + b1.Equals(b2) + " " + ReferenceEquals(b1, b2) + " nullable box null " + ((object)(int?)null == null) + " nullable box type " + ((object)(int?)7).GetType().Name);
        object o = new object();
        Console.WriteLine("object " + o.Equals(o) + " " + o.Equals(new object()) + " " + Equals(null, null) + " " + Equals(o, null) + " " + o.GetType().Name + " tostring " + o);

        var t1 = Tuple.Create(1, "a", 2.5);
        var t2 = new Tuple<int, string, double>(1, "a", 2.5);
        Console.WriteLine("tuple " + t1 + " equals " + t1.Equals(t2) + " == " + (t1 == t2) + " item2 " + t1.Item2 + " compare " + ((IComparable)t1).CompareTo(Tuple.Create(1, "b", 0.0)));
        var v1 = (1, "a", 2.5);
        var v2 = (Num: 1, Str: "a", Dbl: 2.5);
        Console.WriteLine("valuetuple " + v1 + " equals " + v1.Equals(v2) + " == " + (v1 == v2) + " named " + v2.Str + " compare " + v1.CompareTo((1, "a", 3.0)) + " boxed equals " + ((object)v1).Equals(v2));
        Console.WriteLine("tuple vs valuetuple " + t1.Equals(v1) + " " + v1.Equals(t1) + " totuple " + v1.ToTuple().Equals(t1) + " tovaluetuple " + t1.ToValueTuple().Equals(v1));
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        var bigTuple = Tuple.Create(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8));
        Console.WriteLine("big " + big + " rest " + big.Rest + " item10 " + big.Item10 + " | " + bigTuple + " rest " + bigTuple.Rest);
        var nested = ((1, 2), (3, (4, "x")));
        Console.WriteLine("nested " + nested + " " + nested.Item2.Item2.Item2 + " equals " + nested.Equals(((1, 2), (3, (4, "x")))));
        Console.WriteLine("nulls " + (1, (string)null) + " " + Tuple.Create<string, object>(null, null) + " equal " + ((1, (string)null) == (1, null)) + " single " + ValueTuple.Create(5) + " empty " + new ValueTuple());
        IStructuralEquatable se = (1, 2);
        Console.WriteLine("structural " + se.Equals((1, 2), EqualityComparer<object>.Default) + " compare " + ((IStructuralComparable)Tuple.Create(3, 1)).CompareTo(Tuple.Create(3, 2), Comparer<object>.Default));

        var anon1 = new { Name = "Ann", Age = 30 };
        var anon2 = new { Name = "Ann", Age = 30 };
        var anon3 = new { Age = 30, Name = "Ann" };
        Console.WriteLine("anon " + anon1 + " equals " + anon1.Equals(anon2) + " == " + (anon1 == anon2) + " other order equals " + anon1.Equals(anon3) + " same type " + (anon1.GetType() == anon2.GetType()));
        var anonNested = new { Id = 1, Inner = new { X = 1.5, Tags = (string)null }, List = new[] { 1, 2 }.Length };
        Console.WriteLine("anon nested " + anonNested + " empty " + new { });
        int[] arr1 = { 1, 2 }, arr2 = { 1, 2 };
        Console.WriteLine("arrays " + arr1.Equals(arr2) + " " + (arr1 == arr2) + " structural " + ((IStructuralEquatable)arr1).Equals(arr2, EqualityComparer<int>.Default) + " tostring " + arr1);
        Func<int, int> f1 = Twice2, f2 = Twice2;
        Func<int, int> lam = x => x * 2;
        Console.WriteLine("delegates " + f1.Equals(f2) + " " + (f1 == f2) + " " + f1.Equals(lam) + " combined " + (f1 + f2).Equals(f1 + f2) + " invoke " + (f1 + f2)(5));
        return 0;
    }

    static int Twice2(int x) => x * 2;
}
