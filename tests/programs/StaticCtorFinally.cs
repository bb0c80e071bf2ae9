// Checks try/finally and try/catch inside a static constructor (triggered lazily) run once and their effects are visible; expects 89
class Cfg {
  public static int A; public static long Trace;
  static Cfg() {
    try { Trace = 1; try { A = Thrower(); } finally { Trace = Trace * 10 + 2; } }
    catch (System.FormatException) { Trace = Trace * 10 + 9; }
    catch (System.ArgumentException) { Trace = Trace * 10 + 3; A = 40; }
    finally { Trace = Trace * 10 + 4; }
  }
  static int Thrower() { throw new System.ArgumentException(); }
  public static int Get() { return A + 1; }
}
static class IntExt { }
class P {
  static int Main() {
    int x = Cfg.Get() + Cfg.Get();   // 41 + 41
    if (Cfg.Trace != 1234) return 1;
    return x + 7; // 89
  }
}
