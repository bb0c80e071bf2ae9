// Checks a hand-written generic hash map with separate chaining: an IHasher<K> strategy for int and string keys, insert/update/lookup/remove, growth by rehashing, and values of struct and class types.
interface IHasher<K>
{
    int Hash(K key);
    bool Eq(K a, K b);
}

class IntHasher : IHasher<int>
{
    public int Hash(int k) { return (int)((uint)k * 2654435761u >> 8); }
    public bool Eq(int a, int b) { return a == b; }
}

class StringHasher : IHasher<string>
{
    public int Hash(string s)
    {
        int h = 17;
        for (int i = 0; i < s.Length; i++) h = h * 31 + s[i];
        return h & 0x7FFFFFFF;
    }
    public bool Eq(string a, string b) { return a == b; }
}

class HashMap<K, V>
{
    class Entry { public K Key; public V Value; public Entry Next; }

    Entry[] _buckets = new Entry[4];
    IHasher<K> _h;
    public int Count;
    public int Resizes;

    public HashMap(IHasher<K> h) { _h = h; }

    int Index(K key, int n) { return (_h.Hash(key) & 0x7FFFFFFF) % n; }

    public void Put(K key, V value)
    {
        for (Entry e = _buckets[Index(key, _buckets.Length)]; e != null; e = e.Next)
            if (_h.Eq(e.Key, key)) { e.Value = value; return; }
        if (Count >= _buckets.Length * 2) Grow();
        int i = Index(key, _buckets.Length);
        _buckets[i] = new Entry { Key = key, Value = value, Next = _buckets[i] };
        Count++;
    }

    public bool TryGet(K key, out V value)
    {
        for (Entry e = _buckets[Index(key, _buckets.Length)]; e != null; e = e.Next)
            if (_h.Eq(e.Key, key)) { value = e.Value; return true; }
        value = default(V);
        return false;
    }

    public bool Remove(K key)
    {
        int i = Index(key, _buckets.Length);
        Entry prev = null;
        for (Entry e = _buckets[i]; e != null; prev = e, e = e.Next)
            if (_h.Eq(e.Key, key))
            {
                if (prev == null) _buckets[i] = e.Next; else prev.Next = e.Next;
                Count--;
                return true;
            }
        return false;
    }

    void Grow()
    {
        Entry[] old = _buckets;
        _buckets = new Entry[old.Length * 2];
        Resizes++;
        foreach (Entry head in old)
            for (Entry e = head; e != null;)
            {
                Entry next = e.Next;
                int i = Index(e.Key, _buckets.Length);
                e.Next = _buckets[i];
                _buckets[i] = e;
                e = next;
            }
    }
}

struct Point { public int X, Y; }

static class Program
{
    static int s_n = 200;

    static int Main()
    {
        HashMap<int, Point> pts = new HashMap<int, Point>(new IntHasher());
        for (int i = 0; i < s_n; i++) pts.Put(i * 7, new Point { X = i, Y = -i });
        if (pts.Count != 200 || pts.Resizes != 5) return 1;
        Point p;
        if (!pts.TryGet(7 * 150, out p) || p.X != 150 || p.Y != -150) return 2;
        if (pts.TryGet(3, out p) || p.X != 0) return 3;
        for (int i = 0; i < s_n; i += 2) if (!pts.Remove(i * 7)) return 4;
        if (pts.Count != 100 || pts.Remove(0) || pts.TryGet(14, out p) || !pts.TryGet(21, out p)) return 5;
        pts.Put(21, new Point { X = 1000 });
        if (!pts.TryGet(21, out p) || p.X != 1000 || pts.Count != 100) return 6;
        HashMap<string, string> words = new HashMap<string, string>(new StringHasher());
        string[] keys = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa" };
        for (int i = 0; i < keys.Length; i++) words.Put(keys[i], keys[(i + 1) % keys.Length]);
        string v;
        if (!words.TryGet("kappa", out v) || v != "alpha") return 7;
        if (words.TryGet("omega", out v) || v != null || words.Count != 10) return 8;
        int chain = 0;
        string k = "alpha";
        while (words.TryGet(k, out v) && chain < 100) { k = v; chain++; if (k == "alpha") break; }
        if (chain != 10) return 9;
        return 100;
    }
}
