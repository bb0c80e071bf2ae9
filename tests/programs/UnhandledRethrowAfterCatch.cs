// Checks a caught-and-rethrown ('throw;') exception escapes unhandled with its original type through finally blocks; expects Unhandled exception. System.InvalidCastException
class P {
  static int n;
  static object o = new P();
  static int Cast() { try { return ((System.Exception)o).HResult; } finally { n++; } }
  static int Main() {
    try {
      try { n = Cast(); }
      catch (System.InvalidCastException) { n += 10; throw; }
      finally { n += 100; }
    } catch (System.NullReferenceException) { n = 5; }
    return n;
  }
}
