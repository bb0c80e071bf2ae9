// Checks which exception type escapes unhandled through 3 frames with (silent) finally blocks and a non-matching catch; expects Unhandled exception. BadStateException
class BadStateException : System.Exception { public BadStateException() : base() { } }
class P {
  static int n;
  static void C() { try { n++; throw new BadStateException(); } finally { n += 2; } }
  static void B() { try { C(); } catch (System.ArgumentException) { n = 99; } finally { n += 3; } }
  static void A() { try { try { B(); } finally { n += 4; } } catch (System.InvalidOperationException) { n = 98; } }
  static int Main() { A(); return n; }
}
