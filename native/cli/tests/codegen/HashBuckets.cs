// `(uint)hash % buckets.Length`, as CoreLib's hash collections pick a bucket on 32-bit targets: C# computes it in
// 64 bits (`conv.u8; conv.i8; rem; conv.ovf.i`); here it is one `i32.rem_u` by the length's absolute value (no
// 64-bit division, no overflow checks), and the element's bounds check is gone: a remainder by the array's own
// length is below it.
static class Program
{
    static int Bucket(int[] buckets, int hash) => buckets[(uint)hash % buckets.Length];

    static int Main()
    {
        var buckets = new int[7];
        for (int i = 0; i < buckets.Length; i++)
            buckets[i] = 3 * i;
        return Bucket(buckets, -5) + Bucket(buckets, 12);
    }
}
