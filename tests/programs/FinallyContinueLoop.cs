// Checks continue out of try/finally in loops (for and while) runs finally each time; expects code from counts
class P {
  static int fin, body, after;
  static int Main() {
    for (int i = 0; i < 20; i++) {
      try {
        body++;
        if (i % 3 == 0) continue;
        after += i;
      } finally { fin++; }
      after += 1000;
    }
    int j = 0; int w = 0;
    while (j < 15) {
      j++;
      try {
        try { if ((j & 1) == 1) continue; w += j; }
        finally { w += 100; }
      } finally { w += 10000; }
      w -= 1;
    }
    long chk = fin * 31L + body * 7 + after + w;
    return (int)(chk % 239) + 11;
  }
}
