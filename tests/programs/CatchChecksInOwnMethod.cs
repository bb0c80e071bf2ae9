// Checks bounds and null checks whose own method catches them (taken without a throw when the catch is known to match): catch order, finally before catch, loops, filters, handlers that read the exception, and exceptions of other kinds passing through to the caller; expects 100.
using System;
class Holder { public int F; }
class P {
    static int[] s_data = { 10, 20, 30 };
    static int[] s_indices = { 7, 1 };
    static Holder s_holder = new Holder { F = 5 };
    static bool s_yes = true;

    static int Guarded(int[] data, int i) {
        try { return data[i] * 3 + 1; }
        catch (IndexOutOfRangeException) { return -1; }
    }

    // The finally runs before the catch's handler; the code says in which order.
    static int FinallyThenCatch(int[] data, int i) {
        int order = 0;
        try {
            try { order = data[i]; }
            finally { order = order * 10 + 1; }
        }
        catch (IndexOutOfRangeException) { order = order * 10 + 2; }
        return order;
    }

    // A caught bounds check on the first round, then a null check the method does not catch: it runs the finally
    // and leaves, and the catch of the first round must not take it.
    static int CaughtThenPassing(int[] data, int[] indices, Holder holder, ref int finallies) {
        int r = 0;
        for (int k = 0; k < 2; k++) {
            try {
                try {
                    r += data[indices[k]];
                    r += holder.F;
                }
                finally { finallies++; }
            }
            catch (IndexOutOfRangeException) { r += 1000; }
            holder = null;
        }
        return r;
    }

    static int SumPastTheEnd(int[] data) {
        int sum = 0, misses = 0;
        for (int i = -2; i < data.Length + 3; i++) {
            try { sum += data[i]; }
            catch (Exception) { misses++; }
        }
        return sum * 100 + misses;
    }

    static int FieldOrDefault(Holder h) {
        try { return h.F; }
        catch (NullReferenceException) { return -7; }
    }

    static int ClauseOrder(int[] data, int i) {
        try { return data[i]; }
        catch (ArgumentException) { return -1; }
        catch (InvalidCastException) { return -2; }
        catch (SystemException) { return -3; }
    }

    static int MessageLength(int[] data, int i) {
        try { return data[i]; }
        catch (IndexOutOfRangeException e) { return e.Message.Length; }
    }

    static int Filtered(int[] data, int i, bool take) {
        try { return data[i]; }
        catch (IndexOutOfRangeException) when (take) { return -1; }
        catch (Exception) { return -2; }
    }

    static int Main() {
        int[] data = s_data;
        if (Guarded(data, 2) != 91) return 1;
        if (Guarded(data, 3) != -1) return 2;
        if (Guarded(data, -1) != -1) return 3;
        try { Guarded(null, 0); return 4; }
        catch (NullReferenceException) { }
        if (FinallyThenCatch(data, 0) != 101) return 5;
        if (FinallyThenCatch(data, 5) != 12) return 6;
        int finallies = 0;
        try { CaughtThenPassing(data, s_indices, s_holder, ref finallies); return 7; }
        catch (NullReferenceException) { }
        if (finallies != 2) return 8;
        if (SumPastTheEnd(data) != 6005) return 9;
        if (FieldOrDefault(s_holder) != 5) return 10;
        if (FieldOrDefault(null) != -7) return 11;
        if (ClauseOrder(data, 1) != 20) return 12;
        if (ClauseOrder(data, 9) != -3) return 13;
        if (MessageLength(data, 9) != "Index was outside the bounds of the array.".Length) return 14;
        if (Filtered(data, 9, s_yes) != -1) return 15;
        if (Filtered(data, 9, !s_yes) != -2) return 16;
        return 100;
    }
}
