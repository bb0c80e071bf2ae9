// Checks a runtime IndexOutOfRangeException escapes through catch(ArgumentException)/catch(ArithmeticException) handlers and a finally in 3 frames; expects unhandled IndexOutOfRangeException.
using System;
class P {
    static int[] arr = new int[3]; static int fin;
    static int Read(int i) { try { return arr[i]; } catch (ArgumentException) { return -1; } finally { fin++; } }
    static int Mid(int i) { try { return Read(i) + 1; } catch (ArithmeticException) { return -2; } }
    static int Main() {
        int ok = Mid(2) + Mid(0);
        if (ok != 2 || fin != 2) return 1;
        try { Mid(3); } catch (IndexOutOfRangeException) { if (fin != 3) return 5; }
        return Mid(7) + 50;
    }
}
