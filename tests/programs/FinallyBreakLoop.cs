// Checks break out of try inside loop runs finally exactly once per iteration and stops the loop; expects trace-based code
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static int Main() {
    int i;
    for (i = 0; i < 10; i++) {
      try {
        T(1);
        if (i == 3) break;
        T(2);
      } finally { T(3); }
      T(4);
    }
    T(5);
    // nested loops: break from inner try only leaves inner loop
    int count = 0;
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 4; b++) {
        try { if (b == a) break; count++; }
        finally { count += 100; }
      }
    }
    return (int)((trace + i * 7 + count) % 251);
  }
}
