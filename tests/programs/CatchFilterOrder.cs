// Checks the order filters run in: clauses of one try in order, inner try before outer, callee frames before caller; only the first true filter's handler runs; expects checksum.
using System;
class FEx : Exception { public int Code; public FEx(int c) : base() { Code = c; } }
class P {
    static long trace;
    static bool F(int id, bool result) { trace = trace * 10 + id; return result; }
    static void Callee(int code) {
        try { throw new FEx(code); }
        catch (FEx e) when (F(1, e.Code == 1)) { trace = trace * 10 + 9; }
        catch (FEx e) when (F(2, e.Code == 2)) { trace = trace * 10 + 8; }
    }
    static void Middle(int code) {
        try {
            try { Callee(code); }
            catch (FEx e) when (F(3, e.Code == 3)) { trace = trace * 10 + 7; }
        }
        catch (FEx e) when (F(4, e.Code == 4)) { trace = trace * 10 + 6; }
    }
    static int Main() {
        long sum = 0;
        for (int code = 1; code <= 5; code++) {
            trace = 0;
            try { Middle(code); }
            catch (FEx e) when (F(5, e.Code == 5)) { trace = trace * 10 + 5; }
            sum = sum * 3 + trace; // 19, 128, 12337, 123446, 1234555
        }
        return (int)((ulong)sum % 250) + 1;
    }
}
