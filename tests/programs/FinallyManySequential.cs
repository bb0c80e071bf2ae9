// Checks a method with 24 sequential try/finally blocks (some exited by exception caught inline, some by goto) runs each finally once in order; expects 241
class P {
  static long h; static int k;
  static void T(int s) { h = (h * 37 + s) % 1000000007; }
  static int Main() {
    int z = 0;
    try { T(1); } finally { T(101); }
    try { T(2); } finally { T(102); }
    try { T(3); goto l3; } finally { T(103); }
    l3:
    try { T(4); } finally { T(104); }
    try { try { T(5); throw new System.Exception(); } finally { T(105); } } catch { T(205); }
    try { T(6); } finally { T(106); }
    try { T(7); } finally { T(107); }
    try { T(8); if (h > 0) goto l8; T(999); } finally { T(108); }
    l8:
    try { T(9); } finally { T(109); }
    try { T(10); } finally { T(110); }
    try { try { T(11); k = 1 / z; } finally { T(111); } } catch (System.DivideByZeroException) { T(211); }
    try { T(12); } finally { T(112); }
    try { T(13); } finally { T(113); }
    try { T(14); } finally { T(114); }
    try { T(15); } finally { T(115); }
    try { T(16); } finally { T(116); }
    try { T(17); } finally { T(117); }
    try { T(18); } finally { T(118); }
    try { T(19); } finally { T(119); }
    try { T(20); } finally { T(120); }
    try { T(21); } finally { T(121); }
    try { T(22); } finally { T(122); }
    try { T(23); } finally { T(123); }
    try { T(24); } finally { T(124); }
    long e = 0;
    for (int i = 1; i <= 24; i++) { e = (e * 37 + i) % 1000000007; e = (e * 37 + 100 + i) % 1000000007; if (i == 5 || i == 11) e = (e * 37 + 200 + i) % 1000000007; }
    if (h != e) return 1;
    return 241;
  }
}
