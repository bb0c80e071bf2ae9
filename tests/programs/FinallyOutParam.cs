// Checks a finally assigning out/ref params and struct return values: caller sees finally's writes to out params but the try's return value; expects 181
struct Big { public long A, B, C, D; }
class P {
  static Big Make(int k, out int status, ref long acc) {
    status = -1;
    Big b = new Big();
    try {
      b.A = k; b.B = k * 2; b.C = k * 3; b.D = k * 4;
      if (k == 0) throw new System.ArgumentException();
      return b;
    } finally {
      status = k + 100;
      acc = acc * 10 + k;
      b.A = 999;
    }
  }
  static int Main() {
    long acc = 0; int st;
    Big x = Make(2, out st, ref acc);
    int st0 = 0;
    try { Make(0, out st0, ref acc); } catch (System.ArgumentException) { }
    Big y = Make(3, out int st3, ref acc);
    if (x.A != 2 || x.D != 8 || y.C != 9) return 1;
    if (st != 102 || st3 != 103 || acc != 203) return 2;
    // st0: CLR passes the address, finally wrote 100
    return 81 + (st0 == 100 ? 100 : 50); // 181
  }
}
