// Checks arithmetic and comparison operators on enums: enum + int, enum - enum (giving the underlying type), ++/-- and compound assignment, ~ on flag values, ordering comparisons, and iteration over an enum range in a loop.
enum Month : sbyte { Jan = 1, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec }
enum Mask : uint { None = 0, Low = 0x0000FFFF, High = 0xFFFF0000 }

static class Program
{
    static int s_add = 14;
    static int[] s_days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    static Month AddMonths(Month m, int k) { return (Month)(((int)m - 1 + k) % 12 + 1); }

    static int Main()
    {
        Month m = Month.Nov;
        Month later = AddMonths(m, s_add);
        if (later != Month.Jan) return 1;
        Month dec = (Month)(s_add - 2);
        if (dec - Month.Mar != 9 || dec != Month.Dec) return 2;
        Month x = Month.Mar + 2;
        if (x != Month.May || x - 2 != Month.Mar) return 3;
        x++;
        x += 3;
        x--;
        if (x != Month.Aug) return 4;
        int total = 0;
        for (Month i = Month.Jan; i <= Month.Dec; i++) total += s_days[(int)i - 1];
        if (total != 365) return 5;
        int summer = 0;
        for (Month i = Month.Jan; i <= Month.Dec; i++) if (i >= Month.Jun && i < Month.Sep) summer += s_days[i - Month.Jan];
        if (summer != 92) return 6;
        Mask inverted = ~Mask.Low;
        if (inverted != Mask.High || (inverted & Mask.Low) != Mask.None) return 7;
        Mask shifted = (Mask)((uint)Mask.Low << s_add + 2);
        if (shifted != Mask.High) return 8;
        Month feb = AddMonths(dec, 2);
        if (!(feb < Month.Mar) || feb <= Month.Jan || dec <= Month.Nov || (sbyte)dec != 12 || feb - dec != -10) return 9;
        return 100;
    }
}
