// Allocation-heavy string work: concatenation, strings made from char buffers, and a rolling window of live strings
// that each round replaces, so that most strings die young while some survive several collections.
namespace Kernels;

public static class StringChurn
{
    static readonly string[] Words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" };

    public static int Main()
    {
        string[] window = new string[512];
        uint checksum = 0;
        for (int round = 0; round < 1_500_000; round++)
        {
            string a = Words[round & 7];
            string b = Words[(round >> 3) & 7];
            string joined = string.Concat(a, "-", b);
            char[] chars = new char[8 + (round & 31)];
            for (int i = 0; i < chars.Length; i++)
                chars[i] = (char)('a' + (round + i) % 26);
            string made = new string(chars);
            string both = string.Concat(joined, made);
            window[round & 511] = both;
            checksum = checksum * 31 + (uint)both.Length + both[both.Length / 2];
        }
        for (int i = 0; i < window.Length; i++)
            checksum = checksum * 31 + (uint)window[i].Length;
        return (int)(checksum & 0xFF);
    }
}
