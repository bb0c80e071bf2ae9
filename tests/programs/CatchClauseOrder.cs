// Checks that the first matching catch clause wins (derived listed before base), for several thrown types; expects trace checksum.
using System;
class A : Exception { public A() : base() { } }
class B : A { public B() : base() { } }
class C : B { public C() : base() { } }
class P {
    static long trace;
    static void Throw(int k) {
        switch (k) {
            case 0: throw new C();
            case 1: throw new B();
            case 2: throw new A();
            case 3: throw new ArgumentNullException();
            case 4: throw new ArgumentException();
            default: throw new NotSupportedException();
        }
    }
    static int Main() {
        for (int k = 0; k < 6; k++) {
            int hit;
            try { Throw(k); hit = 0; }
            catch (C) { hit = 1; }
            catch (B) { hit = 2; }
            catch (A) { hit = 3; }
            catch (ArgumentNullException) { hit = 4; }
            catch (ArgumentException) { hit = 5; }
            catch (Exception) { hit = 6; }
            trace = trace * 7 + hit;
        }
        return (int)(trace % 241) + 3;
    }
}
