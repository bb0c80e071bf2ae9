// Checks a single break leaving 4 nested try/finally levels at once runs all 4 finallys innermost-first, then loop resumes correctly
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static int Main() {
    int iter = 0;
    for (int k = 0; k < 3; k++) {
      iter++;
      try { try { try { try {
        T(1);
        if (k == 1) break;
        T(2);
      } finally { T(3); } } finally { T(4); } } finally { T(5); } } finally { T(6); }
    }
    // k==0: 1 2 3 4 5 6 ; k==1: 1 3 4 5 6
    long expect = 12345613456L % 1000000007;
    int bad = 0;
    if (trace != expect) bad |= 1;
    if (iter != 2) bad |= 2;
    return 60 + bad;
  }
}
