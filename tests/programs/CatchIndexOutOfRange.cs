// Checks IndexOutOfRangeException from loads/stores on int[], long[], byte[], object[], struct[] arrays, negative and too-large indices, and ldelema (ref); expects 30 caught -> code 130+partial sums.
using System;
struct V { public int A; public long B; }
class P {
    static int[] ia = new int[4]; static long[] la = new long[3]; static byte[] ba = new byte[5];
    static object[] oa = new object[2]; static V[] va = new V[2]; static int[] empty = new int[0];
    static int Try(int kind, int idx) {
        try {
            switch (kind) {
                case 0: return ia[idx];
                case 1: la[idx] = 5; return 1;
                case 2: return ba[idx] + 1;
                case 3: oa[idx] = "x"; return 2;
                case 4: return va[idx].A;
                case 5: { ref V r = ref va[idx]; r.B = 3; return 3; }
                case 6: return empty[idx];
                case 7: ia[idx]++; return 4;
            }
            return 9;
        }
        catch (IndexOutOfRangeException) { return -1; }
    }
    static int Main() {
        int[] idxs = { -1, 0, 2, 3, 4, 5, int.MinValue, int.MaxValue };
        int caught = 0, sum = 0;
        for (int k = 0; k < 8; k++)
            for (int i = 0; i < idxs.Length; i++) {
                int r = Try(k, idxs[i]);
                if (r < 0) caught++; else sum = sum * 3 + r;
            }
        return caught + (int)((uint)sum % 100) + ia[3] + (int)la[2] + (int)va[1].B;
    }
}
