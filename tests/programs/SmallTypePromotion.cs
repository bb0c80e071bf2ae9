// Checks byte/sbyte/short/ushort promote to int in arithmetic and are truncated/sign-extended correctly when stored back.
static class Program
{
    static byte s_b = 200;
    static sbyte s_sb = -100;
    static short s_s = 30000;
    static ushort s_us = 60000;

    static int Main()
    {
        byte b = s_b;
        sbyte sb = s_sb;
        short s = s_s;
        ushort us = s_us;
        if (b + b != 400) return 1;
        if ((byte)(b + b) != 144) return 2;
        if (sb + sb != -200) return 3;
        if ((sbyte)(sb + sb) != 56) return 4;
        if (s * s != 900000000) return 5;
        if ((short)(s + s) != -5536) return 6;
        if (us + us != 120000) return 7;
        if ((ushort)(us + us) != 54464) return 8;
        if (b * sb != -20000) return 9;
        if (us - b != 59800) return 10;
        if ((ushort)-us != 5536) return 11;
        if (-sb != 100) return 12;
        b += 100;
        if (b != 44) return 13;
        sb -= 100;
        if (sb != 56) return 14;
        s *= 2;
        if (s != -5536) return 15;
        us <<= 1;
        if (us != 54464) return 16;
        byte z = 0;
        z--;
        if (z != 255) return 17;
        sbyte m = -128;
        m--;
        if (m != 127) return 18;
        short ss = (short)(us);
        if (ss != -11072) return 19;
        if ((sbyte)b != 44 || (sbyte)s_b != -56) return 20;
        if ((byte)sb != 56 || (byte)s_sb != 156) return 21;
        if (~b != -45) return 22;
        return 100;
    }
}
