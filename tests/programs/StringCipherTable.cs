// Checks building strings character by character through a table of one-character strings: a Caesar cipher and its inverse, a ROT13 round trip, and an upper-casing pass, compared with literals.
static class Program
{
    static string[] s_lower, s_upper;
    static int s_shift = 3;

    static void Init()
    {
        string low = "abcdefghijklmnopqrstuvwxyz";
        string up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        s_lower = new string[26];
        s_upper = new string[26];
        for (int i = 0; i < 26; i++)
        {
            s_lower[i] = low[i] == 'a' ? "a" : Pick(low, i);
            s_upper[i] = Pick(up, i);
        }
    }

    // One-character string of s[i], found by searching a literal table (no char-to-string conversion).
    static string Pick(string s, int i)
    {
        string[] all = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
                         "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z" };
        for (int k = 0; k < all.Length; k++) if (all[k][0] == s[i]) return all[k];
        return "?";
    }

    static string Shift(string text, int by, bool upper)
    {
        string r = "";
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 'a' && c <= 'z')
            {
                int k = ((c - 'a' + by) % 26 + 26) % 26;
                r = r + (upper ? s_upper[k] : s_lower[k]);
            }
            else if (c == ' ') r = r + " ";
            else r = r + "?";
        }
        return r;
    }

    static int Main()
    {
        Init();
        string plain = "attack at dawn";
        string secret = Shift(plain, s_shift, false);
        if (secret != "dwwdfn dw gdzq") return 1;
        if (Shift(secret, -s_shift, false) != plain) return 2;
        string rot = Shift(plain, 13, false);
        if (rot != "nggnpx ng qnja" || Shift(rot, 13, false) != plain) return 3;
        if (Shift(plain, 0, true) != "ATTACK AT DAWN") return 4;
        if (Shift("a-b", 1, false) != "b?c") return 5;
        if (secret.Length != plain.Length) return 6;
        return 100;
    }
}
