// Table-driven CRC-32 (IEEE) over 4 MiB of pseudo-random bytes, 8 times: array loads, shifts and xors.
namespace Kernels;

public static class Crc32
{
    static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }

    static uint Update(uint[] table, byte[] data, uint crc)
    {
        crc = ~crc;
        for (int i = 0; i < data.Length; i++)
            crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    public static int Main()
    {
        var data = new byte[4 << 20];
        uint state = 12345;
        for (int i = 0; i < data.Length; i++)
        {
            state = state * 1103515245 + 12345;
            data[i] = (byte)(state >> 16);
        }
        uint[] table = BuildTable();
        uint crc = 0;
        for (int round = 0; round < 8; round++)
            crc = Update(table, data, crc);
        return (int)(crc & 0xFF);
    }
}
