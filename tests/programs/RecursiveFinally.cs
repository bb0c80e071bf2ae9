// Checks finally in a recursive method at depth 300 runs in reverse depth order on normal return; expects checksum code
class P {
  static long h; static int depthSeen;
  static int Rec(int d) {
    try {
      if (d == 0) return 1;
      return Rec(d - 1) + 1;
    } finally {
      h = (h * 31 + d) % 1000000007;
      if (d > depthSeen) depthSeen = d;
    }
  }
  static int Main() {
    int r = Rec(300);
    long exp = 0; for (int d = 0; d <= 300; d++) exp = (exp * 31 + d) % 1000000007;
    if (h != exp) return 1;
    if (r != 301 || depthSeen != 300) return 2;
    return 150;
  }
}
