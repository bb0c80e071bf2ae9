// Checks pattern-based 'using' on a ref struct with a Dispose() method (no interface), including exit by exception and return; expects 149
class P {
  public static long trace;
  ref struct Guard {
    int id;
    public Guard(int i) { id = i; trace = trace * 10 + i; }
    public void Dispose() { trace = trace * 10 + id + 4; }
  }
  static int F(int k) {
    using var g = new Guard(1);
    using (var h = new Guard(2)) {
      if (k == 0) return 10;
      if (k == 1) throw new System.ArgumentException();
    }
    return 20;
  }
  static int Main() {
    int r = F(0);                  // 1 2 6 5
    try { F(1); } catch (System.ArgumentException) { r += 1; }  // 1 2 6 5
    r += F(2);                     // 1 2 6 5 -> 20
    if (trace != 126512651265L) return 1;
    return 118 + r; // 31 + 118 = 149
  }
}
