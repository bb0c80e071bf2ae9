// Checks filters that read locals modified in the try block before the throw, and parameters; the catch sees the same values; expects checksum.
using System;
class P {
    static int[] arr = new int[4];
    static int Run(int p) {
        int progress = 0; long weight = 1;
        try {
            for (int i = 0; i <= p + 4; i++) { progress = i; weight *= 3; arr[i] += p; }
            return -1;
        }
        catch (IndexOutOfRangeException) when (progress == 4 && p == 0) { return (int)weight; }
        catch (IndexOutOfRangeException) when (progress > 3 && weight > 200) { return progress * 1000 + (int)(weight % 1000); }
        catch (Exception) { return 5; }
    }
    static int Main() {
        long acc = 0;
        for (int p = 0; p < 3; p++) acc = acc * 10007 + Run(p);
        acc += arr[0] + arr[3] * 3;
        return (int)((ulong)acc % 239) + 12;
    }
}
