// Checks InvalidCastException from bad downcast, bad interface cast, unboxing to wrong type, and cast of array type; `as` must not throw; expects 100 + count(7).
using System;
interface IFoo { }
class Animal { } class Dog : Animal { } class Cat : Animal, IFoo { }
class P {
    static object[] objs = { new Cat(), 5, 5L, new Dog(), new string[1], "s" };
    static int Main() {
        int caught = 0, ok = 0;
        try { Dog d = (Dog)objs[0]; ok++; } catch (InvalidCastException) { caught++; }
        try { IFoo f = (IFoo)objs[3]; ok++; } catch (InvalidCastException) { caught++; }
        try { IFoo f = (IFoo)objs[0]; ok += 10; } catch (InvalidCastException) { caught += 100; }
        try { long l = (long)objs[1]; ok++; } catch (InvalidCastException) { caught++; }
        try { int i = (int)objs[2]; ok++; } catch (InvalidCastException) { caught++; }
        try { int[] ia = (int[])objs[4]; ok++; } catch (InvalidCastException) { caught++; }
        try { object[] oa = (object[])objs[4]; ok += 10; } catch (InvalidCastException) { caught += 100; }
        try { Animal a = (Animal)objs[5]; ok++; } catch (InvalidCastException) { caught++; }
        try { Dog d2 = objs[0] as Dog; if (d2 == null) ok += 20; } catch (InvalidCastException) { caught += 100; }
        try { Animal a2 = (Animal)objs[3]; ok += 30; } catch (InvalidCastException) { caught += 100; }
        return 100 + caught + ok;
    }
}
