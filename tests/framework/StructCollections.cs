// Generic collections of user structs: List<struct> sorted by IComparable and by a comparer, Dictionary with struct keys implementing IEquatable, HashSet of structs, arrays of structs through Array.Sort and LINQ, and copy semantics of elements.
using System;
using System.Collections.Generic;
using System.Linq;

struct Vec : IEquatable<Vec>, IComparable<Vec>
{
    public int X, Y;

    public Vec(int x, int y)
    {
        X = x;
        Y = y;
    }

    public int LengthSquared => X * X + Y * Y;

    public bool Equals(Vec other) => X == other.X && Y == other.Y;

    public override bool Equals(object obj) => obj is Vec v && Equals(v);

    public override int GetHashCode() => X * 31 + Y;

    public int CompareTo(Vec other) => LengthSquared != other.LengthSquared ? LengthSquared.CompareTo(other.LengthSquared) : X.CompareTo(other.X);

    public override string ToString() => "(" + X + "," + Y + ")";
}

struct Item
{
    public string Name;
    public decimal Price;
    public int Qty;
}

class StructCollections
{
    static int Main()
    {
        var vecs = new List<Vec> { new(3, 4), new(1, 1), new(-2, 0), new(0, 5), new(1, -1), new(4, 3) };
        vecs.Sort();
        Console.WriteLine(string.Join(" ", vecs));
        vecs.Sort((a, b) => b.Y.CompareTo(a.Y));
        Console.WriteLine(string.Join(" ", vecs));
        Console.WriteLine(vecs.Contains(new Vec(4, 3)) + " " + vecs.IndexOf(new Vec(1, 1)) + " " + vecs.Max() + " " + vecs.Min());
        var copy = vecs[0];
        copy.X = 100;
        Console.WriteLine(vecs[0] + " " + copy);
        var arr = vecs.ToArray();
        arr[0].X = 50;
        Console.WriteLine(arr[0] + " " + vecs[0]);
        Array.Sort(arr);
        Console.WriteLine(string.Join(" ", arr));
        var grid = new Dictionary<Vec, string>();
        for (int x = 0; x < 3; x++)
            for (int y = 0; y < 2; y++)
                grid[new Vec(x, y)] = ((char)('a' + x * 2 + y)).ToString();
        Console.WriteLine(grid.Count + " " + grid[new Vec(2, 1)] + " " + grid.ContainsKey(new Vec(3, 0)) + " " + string.Join("", grid.Values));
        var set = new HashSet<Vec>(vecs) { new(3, 4), new(9, 9) };
        Console.WriteLine(set.Count + " " + string.Join(" ", set.OrderBy(v => v)));
        var items = new List<Item>
        {
            new() { Name = "pen", Price = 1.25m, Qty = 10 },
            new() { Name = "book", Price = 12.5m, Qty = 2 },
            new() { Name = "bag", Price = 30m, Qty = 1 },
            new() { Name = "cap", Price = 8.75m, Qty = 4 },
        };
        Console.WriteLine(items.Sum(i => i.Price * i.Qty) + " " + string.Join(",", items.OrderByDescending(i => i.Price * i.Qty).Select(i => i.Name)));
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items);
        span[0].Qty = 99;
        Console.WriteLine(items[0].Qty);
        var byName = items.ToDictionary(i => i.Name);
        var book = byName["book"];
        book.Qty = 0;
        Console.WriteLine(byName["book"].Qty + " " + book.Qty);
        var queue = new Queue<Vec>(vecs.Take(3));
        var stack = new Stack<Vec>(queue);
        Console.WriteLine(queue.Peek() + " " + stack.Peek());
        var sorted = new SortedSet<Vec>(vecs);
        Console.WriteLine(sorted.Min + " " + sorted.Max + " " + sorted.Count);
        var pairs = new List<KeyValuePair<Vec, int>> { new(new Vec(1, 2), 3) };
        Console.WriteLine(pairs[0].Key + "=" + pairs[0].Value);
        Vec? maybe = null;
        Console.WriteLine(maybe.HasValue + " " + (maybe ?? new Vec(7, 7)) + " " + maybe.GetValueOrDefault());
        var nullables = new List<Vec?> { new Vec(1, 0), null, new Vec(0, 2) };
        Console.WriteLine(nullables.Count(v => v.HasValue) + " " + string.Join("|", nullables));
        return 0;
    }
}
