// A hand-written growable list (MyList<T>, doubling its array and copying element by element) stores class
// instances, strings, structs holding references and nested lists; while items are added, removed from the middle
// and overwritten, old backing arrays become garbage and collections run, and every list must hold exactly its items.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class MyList<T>
    {
        private T[] _items = new T[2];
        private int _count;

        public int Count => _count;

        public void Add(T item)
        {
            if (_count == _items.Length)
            {
                T[] bigger = new T[_items.Length * 2];
                for (int i = 0; i < _count; i++)
                    bigger[i] = _items[i];
                _items = bigger;
            }
            _items[_count++] = item;
        }

        public T this[int i]
        {
            get
            {
                if ((uint)i >= (uint)_count)
                    throw new IndexOutOfRangeException();
                return _items[i];
            }
            set
            {
                if ((uint)i >= (uint)_count)
                    throw new IndexOutOfRangeException();
                _items[i] = value;
            }
        }

        public void RemoveAt(int index)
        {
            for (int i = index; i < _count - 1; i++)
                _items[i] = _items[i + 1];
            _items[--_count] = default;
        }

        public void Shrink()
        {
            T[] exact = new T[_count == 0 ? 1 : _count];
            for (int i = 0; i < _count; i++)
                exact[i] = _items[i];
            _items = exact;
        }
    }

    sealed class Item
    {
        public int Id;
        public string Name;
    }

    struct Record
    {
        public int Key;
        public Item Item;
        public string Tag;
    }

    static int s_adds = 6000;
    static string[] s_names = { "x", "yy", "zzz" };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            MyList<int> g = new MyList<int>();
            g.Add(i);
            s += g[0];
        }
        byte[] big = new byte[250_000];
        return s + big.Length;
    }

    static int Main()
    {
        int n = s_adds;
        MyList<Item> items = new MyList<Item>();
        MyList<string> strings = new MyList<string>();
        MyList<Record> records = new MyList<Record>();
        MyList<MyList<int>> nested = new MyList<MyList<int>>();
        MyList<int> ids = new MyList<int>();
        long total = 0;
        for (int i = 0; i < n; i++)
        {
            items.Add(new Item { Id = i, Name = s_names[i % 3] });
            ids.Add(i);
            strings.Add(string.Concat(s_names[i % 3], s_names[(i + 1) % 3]));
            records.Add(new Record { Key = i, Item = new Item { Id = -i }, Tag = s_names[(i + 2) % 3] });
            if (i % 20 == 0)
            {
                MyList<int> inner = new MyList<int>();
                for (int k = 0; k < i % 50; k++)
                    inner.Add(k * i);
                nested.Add(inner);
            }
            if (i % 7 == 6)
            {
                // Remove from the middle.
                int at = (i * 31) % items.Count;
                items.RemoveAt(at);
                ids.RemoveAt(at);
            }
            if (i % 11 == 0)
                records[i / 2] = new Record { Key = i / 2, Item = new Item { Id = -(i / 2) }, Tag = s_names[(i / 2 + 2) % 3] };
            if (i % 8 == 0)
                total += Churn(8);
        }
        if (items.Count != ids.Count || items.Count != n - n / 7)
            return 1;
        for (int i = 0; i < items.Count; i++)
        {
            Item it = items[i];
            if (it.Id != ids[i] || it.Name != s_names[it.Id % 3])
                return 2;
        }
        for (int i = 1; i < ids.Count; i++)
        {
            if (ids[i] <= ids[i - 1])
                return 3;
        }
        for (int i = 0; i < n; i++)
        {
            if (strings[i] != string.Concat(s_names[i % 3], s_names[(i + 1) % 3]))
                return 4;
            Record r = records[i];
            if (r.Key != i || r.Item.Id != -i || r.Tag != s_names[(i + 2) % 3])
                return 5;
        }
        for (int j = 0; j < nested.Count; j++)
        {
            int i = j * 20;
            MyList<int> inner = nested[j];
            if (inner.Count != i % 50)
                return 6;
            for (int k = 0; k < inner.Count; k++)
            {
                if (inner[k] != k * i)
                    return 7;
            }
        }
        items.Shrink();
        strings.Shrink();
        records.Shrink();
        total += Churn(3000);
        if (items[items.Count - 1].Id != ids[ids.Count - 1] || strings[n - 1].Length < 2 || records[n - 1].Item.Id != -(n - 1))
            return 8;
        try
        {
            Item missing = items[items.Count];
            return 9;
        }
        catch (IndexOutOfRangeException)
        {
        }
        return total > 0 ? 100 : 10;
    }
}
