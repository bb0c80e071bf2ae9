// Checks goto/return leaving 2 and 3 of 5 nested finally levels run exactly those finallys; expects 77 if all right
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static int F(int m) {
    try {                       // L1
      try {                     // L2
        try {                   // L3
          try {                 // L4
            try {               // L5
              if (m == 0) goto two;
              if (m == 1) goto three;
              if (m == 2) return 9;
            } finally { T(5); }
          } finally { T(4); }
          three: T(7);
        } finally { T(3); }
        two: T(8);
      } finally { T(2); }
    } finally { T(1); }
    return m;
  }
  static int Main() {
    int bad = 0;
    trace = 0; int r0 = F(0); if (trace != 54382_1 || r0 != 0) bad |= 1;  // 5,4,3,8,2,1
    trace = 0; int r1 = F(1); if (trace != 547382_1 || r1 != 1) bad |= 2; // 5,4,7,3,8,2,1
    trace = 0; int r2 = F(2); if (trace != 54321 || r2 != 9) bad |= 4;
    trace = 0; int r3 = F(3); if (trace != 5473821 || r3 != 3) bad |= 8;
    return 77 + bad;
  }
}
