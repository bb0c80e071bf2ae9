// Checks heterogeneous object arrays of boxed values: a type switch that sums numbers of different boxed types, counting by exact type, replacing elements, and unboxing each to its own type.
enum Unit { Kg = 1000 }
struct Weight { public int Grams; }

static class Program
{
    static int s_n = 7;

    static long Grams(object o)
    {
        switch (o)
        {
            case int i: return i;
            case long l: return l;
            case short s: return s;
            case byte b: return b;
            case Unit u: return (int)u;
            case Weight w: return w.Grams;
            case string str: return str.Length;
            case null: return -1;
            default: return 0;
        }
    }

    static int Main()
    {
        object[] items = new object[10];
        items[0] = s_n;
        items[1] = (long)s_n * 1000000000L;
        items[2] = (short)-s_n;
        items[3] = (byte)200;
        items[4] = Unit.Kg;
        items[5] = new Weight { Grams = 250 };
        items[6] = "seven";
        items[7] = null;
        items[8] = 1.5;
        items[9] = new object();
        long total = 0;
        foreach (object o in items) total += Grams(o);
        if (total != 7 + 7000000000L - 7 + 200 + 1000 + 250 + 5 - 1) return 1;
        int ints = 0;
        for (int i = 0; i < items.Length; i++) if (items[i] != null && items[i].GetType() == typeof(int)) ints++;
        if (ints != 1) return 2;
        items[0] = (int)items[0] + 1;
        items[3] = (byte)((byte)items[3] + 100);
        if ((int)items[0] != 8 || (byte)items[3] != 44) return 3;
        Weight w = (Weight)items[5];
        w.Grams++;
        if (((Weight)items[5]).Grams != 250) return 4;
        if ((Unit)items[4] != Unit.Kg || (double)items[8] != 1.5) return 5;
        return 100;
    }
}
