// Checks manual MoveNext/Dispose on iterator: Dispose before start runs no finally, Dispose mid-way runs finally once, second Dispose is no-op; expects 123
using System.Collections.Generic;
class P {
  static int fin1, fin2;
  static IEnumerable<int> Gen() {
    try {
      yield return 1;
      try { yield return 2; yield return 3; }
      finally { fin2++; }
    } finally { fin1++; }
  }
  static int Main() {
    int bad = 0;
    var e0 = Gen().GetEnumerator(); e0.Dispose();
    if (fin1 != 0 || fin2 != 0) bad |= 1;
    var e1 = Gen().GetEnumerator(); e1.MoveNext(); e1.Dispose(); e1.Dispose();
    if (fin1 != 1 || fin2 != 0) bad |= 2;
    var e2 = Gen().GetEnumerator(); e2.MoveNext(); e2.MoveNext();
    if (e2.Current != 2) bad |= 4;
    e2.Dispose();
    if (fin1 != 2 || fin2 != 1) bad |= 8;
    if (e2.MoveNext()) bad |= 16;
    var e3 = Gen().GetEnumerator(); int n = 0; while (e3.MoveNext()) n += e3.Current;
    if (n != 6 || fin1 != 3 || fin2 != 2) bad |= 32;
    e3.Dispose();
    if (fin1 != 3) bad |= 64;
    return 123 + bad;
  }
}
