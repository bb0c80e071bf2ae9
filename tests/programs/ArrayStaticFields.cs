// Checks arrays held in static and readonly fields: a static readonly lookup table filled by a static constructor, elements of a readonly array still writable, a static jagged table, and arrays shared between classes.
static class Tables
{
    public static readonly int[] Squares;
    public static readonly string[] Names = { "zero", "one", "two" };
    public static int[][] Triangle;
    public static readonly ushort[] Crc;

    static Tables()
    {
        Squares = new int[16];
        for (int i = 0; i < Squares.Length; i++) Squares[i] = i * i;
        Triangle = new int[4][];
        for (int i = 0; i < 4; i++) Triangle[i] = new int[i + 1];
        Crc = new ushort[256];
        for (int i = 0; i < 256; i++)
        {
            int c = i << 8;
            for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            Crc[i] = (ushort)c;
        }
    }
}

class User
{
    public int[] Data = Tables.Squares;
}

static class Program
{
    static byte[] s_message = { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };

    static int Main()
    {
        if (Tables.Squares[15] != 225 || Tables.Names[2] != "two") return 1;
        Tables.Squares[0] = -1;
        if (new User().Data[0] != -1) return 2;
        Tables.Names[1] = "uno";
        if (Tables.Names[1] != "uno") return 3;
        Tables.Triangle[3][3] = 9;
        int cells = 0;
        foreach (int[] row in Tables.Triangle) cells += row.Length;
        if (cells != 10 || Tables.Triangle[3][3] != 9) return 4;
        ushort crc = 0xFFFF;
        foreach (byte b in s_message) crc = (ushort)((crc << 8) ^ Tables.Crc[((crc >> 8) ^ b) & 0xFF]);
        // CRC-16/CCITT-FALSE of "123456789"
        if (crc != 0x29B1) return 5;
        Tables.Triangle = new int[1][];
        if (Tables.Triangle.Length != 1) return 6;
        return 100;
    }
}
