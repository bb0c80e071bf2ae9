// Checks an exception raised by a finally during a normal 'return' leave (nothing in flight) escapes unhandled with that type; expects Unhandled exception. System.OverflowException
class P {
  static int big = int.MaxValue;
  static int F() {
    try { try { return 1; } finally { int x = checked(big + 1); big = x; } }
    finally { big--; }
  }
  static int Main() { int r = F(); return r + 40; }
}
