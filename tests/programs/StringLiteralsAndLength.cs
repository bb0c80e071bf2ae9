// Checks string literals and Length: empty, ASCII, escapes (\n, \t, \\, \", \0, \u), verbatim and raw literals, non-ASCII BMP characters and surrogate pairs (two chars), compared char by char.
static class Program
{
    static int s_zero = 0;

    static int Main()
    {
        string empty = "";
        string ascii = "hello";
        string escapes = "a\nb\tc\\d\"e\0f";
        string unicode = "\u00e9t\u00e9";
        string verbatim = @"c:\dir\file ""quoted""";
        string raw = """
            two
            lines
            """;
        string astral = "\U0001F600";
        string cjk = "\u4E2D\u6587";
        if (empty.Length != 0 || ascii.Length != 5) return 1;
        if (escapes.Length != 11 || escapes[1] != '\n' || escapes[3] != '\t' || escapes[5] != '\\' || escapes[7] != '"' || escapes[9] != '\0') return 2;
        if (unicode.Length != 3 || unicode[0] != '\u00e9' || unicode[1] != 't') return 3;
        if (verbatim.Length != 20 || verbatim[2] != '\\' || verbatim[11] != ' ' || verbatim[12] != '"') return 4;
        if (raw.Length != 9 || raw[3] != '\n' || raw[4] != 'l') return 5;
        if (astral.Length != 2 || astral[0] != '\uD83D' || astral[1] != '\uDE00') return 6;
        if (cjk.Length != 2 || cjk[1] != '\u6587') return 7;
        int sum = 0;
        for (int i = s_zero; i < ascii.Length; i++) sum += ascii[i];
        if (sum != 532) return 8;
        if (ascii[ascii.Length - 1] != 'o') return 9;
        return 100;
    }
}
