// Checks try/finally inside lambdas and closures; exceptions through delegate invocation; captured variables mutated in finally; expects 67
using System;
class E : Exception { public E() : base() { } }
class P {
  static int Main() {
    long trace = 0;
    Action<int> t = s => trace = trace * 10 + s;
    int captured = 0;
    Func<int, int> f = x => { try { t(1); if (x == 0) throw new E(); return x * 2; } finally { t(2); captured += 5; } };
    Func<Func<int, int>, int, int> apply = (g, v) => { try { return g(v) + 1; } finally { t(3); } };
    int r = apply(f, 4);                  // 1 2 3 -> 9
    try { apply(f, 0); } catch (E) { t(4); } // 1 2 3 4
    Action[] chain = new Action[3];
    for (int i = 5; i <= 7; i++) { int k = i; chain[i - 5] = () => { try { if (k == 6) return; t(k); } finally { captured++; } }; }
    for (int j = 0; j < 3; j++) chain[j]();                               // 5 7
    if (trace != 123123457) return 1;
    return r + captured + 45; // 9 + 13 + 45 = 67
  }
}
