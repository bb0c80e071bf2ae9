// Checks a bitwise (table-free) CRC-32 of the bytes "123456789" generated in a loop equals the standard check value 0xCBF43926.
static class Program
{
    static byte s_first = (byte)'1';
    static uint s_poly = 0xEDB88320u;

    static uint Update(uint crc, byte b)
    {
        crc ^= b;
        for (int k = 0; k < 8; k++)
        {
            if ((crc & 1) != 0)
                crc = (crc >> 1) ^ s_poly;
            else
                crc >>= 1;
        }
        return crc;
    }

    static int Main()
    {
        uint crc = 0xFFFFFFFFu;
        for (int i = 0; i < 9; i++)
            crc = Update(crc, (byte)(s_first + i));
        crc = ~crc;
        if (crc != 0xCBF43926u) return 1;
        uint empty = ~0xFFFFFFFFu;
        if (empty != 0u) return 2;
        uint crcA = ~Update(0xFFFFFFFFu, (byte)(s_first + 16));
        if (crcA != 0xD3D99E8Bu) return 3;
        return 100;
    }
}
