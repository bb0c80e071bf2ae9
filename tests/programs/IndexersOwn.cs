// Checks user-defined indexers: an int-indexed bit set, a two-dimensional indexer over a flat array, a string-keyed table with linear search, and a get-only indexer on a struct.
class BitSet
{
    uint[] _words;

    public BitSet(int bits) { _words = new uint[(bits + 31) / 32]; }

    public bool this[int i]
    {
        get { return (_words[i >> 5] & (1u << (i & 31))) != 0; }
        set
        {
            if (value) _words[i >> 5] |= 1u << (i & 31);
            else _words[i >> 5] &= ~(1u << (i & 31));
        }
    }

    public int Count()
    {
        int n = 0;
        for (int w = 0; w < _words.Length; w++)
            for (uint x = _words[w]; x != 0; x &= x - 1) n++;
        return n;
    }
}

class Grid
{
    readonly int _cols;
    readonly long[] _cells;

    public Grid(int rows, int cols)
    {
        _cols = cols;
        _cells = new long[rows * cols];
    }

    public long this[int r, int c]
    {
        get { return _cells[r * _cols + c]; }
        set { _cells[r * _cols + c] = value; }
    }
}

class Table
{
    string[] _keys = new string[8];
    int[] _values = new int[8];
    int _n;

    public int this[string key]
    {
        get
        {
            for (int i = 0; i < _n; i++) if (_keys[i] == key) return _values[i];
            return -1;
        }
        set
        {
            for (int i = 0; i < _n; i++) if (_keys[i] == key) { _values[i] = value; return; }
            _keys[_n] = key;
            _values[_n++] = value;
        }
    }

    public int Count { get { return _n; } }
}

struct Digits
{
    public long Number;
    public int this[int position]
    {
        get
        {
            long n = Number;
            for (int i = 0; i < position; i++) n /= 10;
            return (int)(n % 10);
        }
    }
}

static class Program
{
    static int s_n = 100;

    static int Main()
    {
        BitSet primes = new BitSet(s_n);
        for (int i = 2; i < s_n; i++) primes[i] = true;
        for (int i = 2; i * i < s_n; i++)
            if (primes[i])
                for (int j = i * i; j < s_n; j += i) primes[j] = false;
        if (primes.Count() != 25) return 1;
        if (!primes[97] || primes[91] || !primes[2] || primes[1]) return 2;

        Grid g = new Grid(5, 7);
        for (int r = 0; r < 5; r++)
            for (int c = 0; c < 7; c++)
                g[r, c] = r * 100 + c;
        if (g[3, 6] != 306 || g[4, 0] != 400) return 3;
        g[2, 2] += 1000;
        if (g[2, 2] != 1202 || g[2, 3] != 203) return 4;

        Table t = new Table();
        t["one"] = 1;
        t["two"] = 2;
        t["three"] = 3;
        t["two"] = 22;
        if (t.Count != 3) return 5;
        if (t["two"] != 22 || t["three"] != 3 || t["four"] != -1) return 6;
        t["one"] += 10;
        if (t["one"] != 11) return 7;

        Digits d = new Digits();
        d.Number = 9876543210L + s_n;
        if (d[0] != 0 || d[2] != 3 || d[9] != 9 || d[10] != 0) return 8;
        return 100;
    }
}
