// Checks goto backwards out of a try/finally (loop built from goto) and forward goto out of nested finally-protected region inside a while loop; expects 251 % 256 -> 251
class P {
  static long trace; static int fins;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static int Main() {
    int i = 0;
    top:
    try {
      i++;
      T(1);
      if (i < 4) goto top;
      T(2);
    } finally { fins++; }
    int j = 0;
    while (true) {
      try {
        try { j++; if (j == 3) goto done; T(3); }
        finally { fins += 10; }
      } finally { fins += 100; }
    }
    done:
    // i: 1 1 1 1 2, j: 3 3
    if (trace != 1111233) return 1;
    if (fins != 4 + 330) return 2;
    return 251;
  }
}
