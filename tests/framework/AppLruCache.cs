// LRU cache built from LinkedList<T> and Dictionary<TKey, LinkedListNode<T>>: generic class with capacity, eviction event, hit/miss statistics, GetOrAdd with a factory, TryRemove, enumeration in recency order, and a memoized recursive function using the cache.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

interface ICache<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
{
    bool TryGet(TKey key, out TValue value);
    void Put(TKey key, TValue value);
    int Count { get; }
}

sealed class LruCache<TKey, TValue> : ICache<TKey, TValue> where TKey : notnull
{
    private readonly int capacity;
    private readonly LinkedList<(TKey Key, TValue Value)> order = new();
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> map;
    public event Action<TKey, TValue> Evicted;
    public int Hits { get; private set; }
    public int Misses { get; private set; }
    public int Count => map.Count;
    public LruCache(int capacity, IEqualityComparer<TKey> comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
        map = new Dictionary<TKey, LinkedListNode<(TKey, TValue)>>(comparer);
    }
    public bool TryGet(TKey key, out TValue value)
    {
        if (map.TryGetValue(key, out var node))
        {
            order.Remove(node);
            order.AddFirst(node);
            Hits++;
            value = node.Value.Value;
            return true;
        }
        Misses++;
        value = default;
        return false;
    }
    public void Put(TKey key, TValue value)
    {
        if (map.TryGetValue(key, out var existing))
        {
            existing.Value = (key, value);
            order.Remove(existing);
            order.AddFirst(existing);
            return;
        }
        if (map.Count == capacity)
        {
            var last = order.Last;
            order.RemoveLast();
            map.Remove(last.Value.Key);
            Evicted?.Invoke(last.Value.Key, last.Value.Value);
        }
        map[key] = order.AddFirst((key, value));
    }
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (TryGet(key, out var v)) return v;
        v = factory(key);
        Put(key, v);
        return v;
    }
    public bool TryRemove(TKey key)
    {
        if (!map.Remove(key, out var node)) return false;
        order.Remove(node);
        return true;
    }
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        foreach (var (k, v) in order) yield return KeyValuePair.Create(k, v);
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public override string ToString() => "[" + string.Join(" ", this.Select(kv => $"{kv.Key}:{kv.Value}")) + "]";
}

class AppLruCache
{
    static int Main()
    {
        var cache = new LruCache<string, int>(3, StringComparer.OrdinalIgnoreCase);
        var evictions = new List<string>();
        cache.Evicted += (k, v) => evictions.Add($"{k}={v}");
        cache.Put("a", 1); cache.Put("b", 2); cache.Put("c", 3);
        Console.WriteLine("after puts " + cache);
        Console.WriteLine("get A " + cache.TryGet("A", out int va) + " " + va + " -> " + cache);
        cache.Put("d", 4); cache.Put("B", 20);
        Console.WriteLine("after d, B " + cache + " evicted " + string.Join(",", evictions));
        cache.Put("d", 40);
        Console.WriteLine("update d " + cache + " get zz " + cache.TryGet("zz", out int vz) + " " + vz);
        Console.WriteLine("remove a " + cache.TryRemove("a") + " again " + cache.TryRemove("a") + " count " + cache.Count + " " + cache);
        Console.WriteLine($"hits {cache.Hits} misses {cache.Misses}");
        var memo = new LruCache<int, long>(8);
        int calls = 0;
        long Fib(int n) => n < 2 ? n : memo.GetOrAdd(n, k => { calls++; return Fib(k - 1) + Fib(k - 2); });
        Console.WriteLine("fib(60) " + Fib(60) + " calls " + calls + " hits " + memo.Hits + " misses " + memo.Misses + " cached " + string.Join(",", memo.Select(kv => kv.Key)));
        ICache<(int, int), string> grid = new LruCache<(int, int), string>(4);
        var pattern = new[] { (0, 0), (0, 1), (0, 0), (1, 1), (2, 2), (0, 1), (3, 3), (0, 0), (1, 1) };
        var trace = new List<char>();
        foreach (var key in pattern)
        {
            if (grid.TryGet(key, out _)) trace.Add('H');
            else { trace.Add('M'); grid.Put(key, $"cell{key.Item1}{key.Item2}"); }
        }
        Console.WriteLine("trace " + new string(trace.ToArray()) + " contents " + string.Join(" ", grid.Select(kv => kv.Value)));
        var stats = (LruCache<(int, int), string>)grid;
        Console.WriteLine($"ratio {stats.Hits}/{stats.Hits + stats.Misses} = {(double)stats.Hits / (stats.Hits + stats.Misses):0.###}");
        try { _ = new LruCache<int, int>(0); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace('\n', ' ')); }
        var list = new LinkedList<int>(new[] { 1, 2, 3 });
        try { list.Remove(new LinkedListNode<int>(9)); }
        catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        return 0;
    }
}
