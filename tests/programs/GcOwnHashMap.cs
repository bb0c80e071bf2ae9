// A hand-written hash map (MyMap<TKey, TValue>, separate chaining with entry objects, string keys hashed by their
// characters, rehashing into a bigger bucket array as it grows) stores and removes thousands of entries while
// garbage is made; every lookup must find what a parallel array says is there, and nothing removed; a map keyed
// by object identity (the runtime's identity hash) must still find every key after collections.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    interface IHasher<T>
    {
        int Hash(T key);
        bool Same(T a, T b);
    }

    struct StringHasher : IHasher<string>
    {
        public int Hash(string key)
        {
            int h = 17;
            for (int i = 0; i < key.Length; i++)
                h = h * 31 + key[i];
            return h & 0x7FFFFFFF;
        }
        public bool Same(string a, string b) => a == b;
    }

    struct IntHasher : IHasher<int>
    {
        public int Hash(int key) => (key * -1640531527) & 0x7FFFFFFF;
        public bool Same(int a, int b) => a == b;
    }

    // Identity keys: the runtime's identity hash (kept in the object's header) must not change across collections.
    struct IdentityHasher : IHasher<object>
    {
        public int Hash(object key) => RuntimeHelpers.GetHashCode(key) & 0x7FFFFFFF;
        public bool Same(object a, object b) => ReferenceEquals(a, b);
    }

    sealed class MyMap<TKey, TValue, THasher> where THasher : struct, IHasher<TKey>
    {
        sealed class Entry
        {
            public TKey Key;
            public TValue Value;
            public Entry Next;
        }

        private Entry[] _buckets = new Entry[8];
        private int _count;
        private THasher _hasher = default;

        public int Count => _count;

        public void Set(TKey key, TValue value)
        {
            int b = _hasher.Hash(key) % _buckets.Length;
            for (Entry e = _buckets[b]; e != null; e = e.Next)
            {
                if (_hasher.Same(e.Key, key))
                {
                    e.Value = value;
                    return;
                }
            }
            _buckets[b] = new Entry { Key = key, Value = value, Next = _buckets[b] };
            if (++_count > _buckets.Length * 2)
                Grow();
        }

        public bool TryGet(TKey key, out TValue value)
        {
            for (Entry e = _buckets[_hasher.Hash(key) % _buckets.Length]; e != null; e = e.Next)
            {
                if (_hasher.Same(e.Key, key))
                {
                    value = e.Value;
                    return true;
                }
            }
            value = default;
            return false;
        }

        public bool Remove(TKey key)
        {
            int b = _hasher.Hash(key) % _buckets.Length;
            Entry prev = null;
            for (Entry e = _buckets[b]; e != null; prev = e, e = e.Next)
            {
                if (_hasher.Same(e.Key, key))
                {
                    if (prev == null)
                        _buckets[b] = e.Next;
                    else
                        prev.Next = e.Next;
                    _count--;
                    return true;
                }
            }
            return false;
        }

        private void Grow()
        {
            Entry[] old = _buckets;
            _buckets = new Entry[old.Length * 2 + 1];
            for (int i = 0; i < old.Length; i++)
            {
                Entry e = old[i];
                while (e != null)
                {
                    Entry next = e.Next;
                    int b = _hasher.Hash(e.Key) % _buckets.Length;
                    e.Next = _buckets[b];
                    _buckets[b] = e;
                    e = next;
                }
            }
        }
    }

    sealed class Value
    {
        public int Id;
        public int[] Data;
    }

    static int s_keys = 1500;
    static int s_ops = 12_000;
    static string[] s_parts = { "ka", "lo", "mi", "ne", "su", "to" };

    static string KeyOf(int i)
    {
        string s = s_parts[i % 6];
        int rest = i / 6;
        while (rest > 0)
        {
            s = string.Concat(s, s_parts[rest % 6]);
            rest /= 6;
        }
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Value g = new Value { Id = i, Data = new int[2] };
            s += g.Data.Length;
        }
        int[] big = new int[64_000];
        return s + big.Length;
    }

    static int Main()
    {
        int n = s_keys;
        var byName = new MyMap<string, Value, StringHasher>();
        var byId = new MyMap<int, string, IntHasher>();
        int[] version = new int[n];
        string[] keys = new string[n];
        for (int i = 0; i < n; i++)
            keys[i] = KeyOf(i);
        long total = 0;
        uint state = 17;
        int present = 0;
        for (int op = 0; op < s_ops; op++)
        {
            state = state * 1103515245 + 12345;
            int k = (int)((state >> 8) % (uint)n);
            if ((state >> 28) % 4 != 0)
            {
                if (version[k] <= 0)
                    present++;
                version[k] = (version[k] <= 0 ? -version[k] : version[k]) + 1;
                // A fresh key string, equal to but not the same object as keys[k].
                string fresh = string.Concat(KeyOf(k), "");
                byName.Set(fresh, new Value { Id = k, Data = new int[] { version[k] } });
                byId.Set(k, fresh);
            }
            else if (version[k] > 0)
            {
                if (!byName.Remove(keys[k]) || !byId.Remove(k))
                    return 1;
                version[k] = -version[k];
                present--;
            }
            if (op % 16 == 0)
                total += Churn(10);
        }
        if (byName.Count != present || byId.Count != present)
            return 2;
        for (int k = 0; k < n; k++)
        {
            bool found = byName.TryGet(keys[k], out Value v);
            bool foundName = byId.TryGet(k, out string name);
            if (version[k] > 0)
            {
                if (!found || !foundName)
                    return 3;
                if (v.Id != k || v.Data.Length != 1 || v.Data[0] != version[k])
                    return 4;
                if (name != keys[k] || name.Length != keys[k].Length)
                    return 5;
            }
            else if (found || foundName)
            {
                return 6;
            }
        }
        if (byName.TryGet("absent-key", out _) || byId.TryGet(-1, out _))
            return 7;
        // Objects as keys, found again by identity after collections.
        var byObject = new MyMap<object, int, IdentityHasher>();
        object[] keyObjects = new object[500];
        int[] hashes = new int[keyObjects.Length];
        for (int i = 0; i < keyObjects.Length; i++)
        {
            keyObjects[i] = (i % 2 == 0) ? new Value { Id = i } : (object)new int[i % 7];
            hashes[i] = RuntimeHelpers.GetHashCode(keyObjects[i]);
            byObject.Set(keyObjects[i], i);
        }
        for (int i = 0; i < 300; i++)
            total += Churn(5);
        for (int i = 0; i < keyObjects.Length; i++)
        {
            if (RuntimeHelpers.GetHashCode(keyObjects[i]) != hashes[i] || keyObjects[i].GetHashCode() != hashes[i] && i % 2 == 1)
                return 9;
            if (!byObject.TryGet(keyObjects[i], out int found) || found != i)
                return 10;
        }
        if (byObject.TryGet(new Value { Id = 0 }, out _) || byObject.Count != keyObjects.Length)
            return 11;
        return total > 0 ? 100 : 8;
    }
}
