// Checks switch inside try with return/break/continue/goto case/throw from several cases; finally runs exactly once per entry; expects code 220+
class P {
  static long trace; static int fins;
  static void T(int s) { trace = (trace * 7 + s) % 1000000007; }
  static int F(int k) {
    for (int it = 0; it < 3; it++) {
      try {
        switch (k) {
          case 0: return 100;
          case 1: T(1); break;
          case 2: T(2); goto case 1;
          case 3: k = 0; continue;
          case 4: throw new System.ArgumentException();
          default: T(9); goto case 0;
        }
        T(5); return k * 10;
      } finally { fins++; T(6); }
    }
    return -1;
  }
  static int Main() {
    long s = 0;
    for (int k = 0; k < 6; k++) {
      try { s = s * 3 + F(k); } catch (System.ArgumentException) { s = s * 3 + 7; T(8); }
    }
    // fins: k0:1 k1:1 k2:1 k3:2 k4:1 k5:1 = 7
    if (fins != 7) return 1;
    return (int)((s + trace) % 200) + 20;
  }
}
