// Checks finally runs on normal exit of try in order; expects trace 1234 -> exit 1234%251=230
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static int Main() {
    try { T(1); T(2); } finally { T(3); }
    T(4);
    return (int)(trace % 251);
  }
}
