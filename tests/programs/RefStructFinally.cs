// Checks finally blocks modifying struct fields through ref parameters and array elements, across exception and return; expects 211
struct Acc { public int A; public long B; }
class P {
  static int zero;
  static int Upd(ref Acc acc, int v) {
    try { acc.A += v; if (v == 3) return acc.A / zero; return acc.A; }
    finally { acc.B = acc.B * 10 + v; acc.A *= 2; }
  }
  static int Main() {
    Acc x = new Acc();
    int r1 = Upd(ref x, 1);   // A=1 ret 1, A=2, B=1
    int r2 = Upd(ref x, 2);   // A=4 ret 4, A=8, B=12
    int c = 0;
    try { Upd(ref x, 3); } catch (System.DivideByZeroException) { c = 1; } // A=11 -> 22, B=123
    Acc[] arr = new Acc[2];
    Upd(ref arr[1], 5);       // arr[1]: A=10 B=5
    if (x.A != 22 || x.B != 123) return 1;
    if (arr[1].A != 10 || arr[1].B != 5 || arr[0].A != 0) return 2;
    return 200 + r1 + r2 + c * 6; // 211
  }
}
