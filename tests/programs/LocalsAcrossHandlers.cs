// Checks locals of several types (int,long,double,object,struct) modified in try are seen correctly in finally, catch and after; expects 113
struct V { public int a; public long b; }
class E : System.Exception { public E() : base() { } }
class P {
  static double dsum; static int zero;
  static long F(int n) {
    int i = 1; long l = 2; double d = 0.5; object o = null; V v = new V();
    try {
      for (int k = 0; k < n; k++) { i += k; l *= 3; d *= 2; v.a++; v.b += l; o = v; }
      if (n > 3) i = i / zero;
      i += 1000;
    } catch (System.DivideByZeroException) {
      l += 7; v.a += 100;
    } finally {
      dsum += d + i;
      if (o != null) v.b += ((V)o).a;
    }
    return i + l + v.a + v.b + (long)d;
  }
  static int Main() {
    long a = F(2);   // i=1+0+1=2 ->1002, l=18, d=2, v.a=2, v.b=6+18=24 +2 => 26
    long b = F(5);   // i=11, l=486+7, d=16, v.a=105, v.b=726+5
    if (a != 1002 + 18 + 2 + 26 + 2) return 1;
    if (b != 11 + 493 + 105 + 731 + 16) return 2;
    if (dsum != 2 + 1002 + 16 + 11) return 3;
    return 113;
  }
}
