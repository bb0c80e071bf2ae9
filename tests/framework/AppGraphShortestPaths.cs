// Graph algorithms on a small road network: adjacency lists in a generic Graph<T> class, BFS hop counts, Dijkstra with PriorityQueue and path reconstruction, Kahn topological sort with cycle detection, and connected components via union-find.
using System;
using System.Collections.Generic;
using System.Linq;

sealed class Graph<T> where T : notnull
{
    private readonly Dictionary<T, List<(T To, int Weight)>> adj = new();
    public bool Directed { get; }
    public Graph(bool directed) => Directed = directed;
    public IEnumerable<T> Nodes => adj.Keys;
    public void AddNode(T n) { if (!adj.ContainsKey(n)) adj[n] = new(); }
    public void AddEdge(T a, T b, int w = 1)
    {
        AddNode(a); AddNode(b);
        adj[a].Add((b, w));
        if (!Directed) adj[b].Add((a, w));
    }
    public IReadOnlyList<(T To, int Weight)> Edges(T n) => adj[n];
    public Dictionary<T, int> Bfs(T start)
    {
        var dist = new Dictionary<T, int> { [start] = 0 };
        var q = new Queue<T>();
        q.Enqueue(start);
        while (q.TryDequeue(out var n))
            foreach (var (to, _) in adj[n])
                if (dist.TryAdd(to, dist[n] + 1)) q.Enqueue(to);
        return dist;
    }
    public (int Distance, List<T> Path) Dijkstra(T from, T to)
    {
        var dist = new Dictionary<T, int> { [from] = 0 };
        var prev = new Dictionary<T, T>();
        var pq = new PriorityQueue<T, int>();
        pq.Enqueue(from, 0);
        var done = new HashSet<T>();
        while (pq.TryDequeue(out var n, out int d))
        {
            if (!done.Add(n)) continue;
            if (EqualityComparer<T>.Default.Equals(n, to)) break;
            foreach (var (next, w) in adj[n])
            {
                int nd = d + w;
                if (!dist.TryGetValue(next, out int old) || nd < old)
                {
                    dist[next] = nd;
                    prev[next] = n;
                    pq.Enqueue(next, nd);
                }
            }
        }
        if (!dist.ContainsKey(to)) return (-1, new List<T>());
        var path = new List<T> { to };
        for (var cur = to; prev.TryGetValue(cur, out var p); cur = p) path.Add(p);
        path.Reverse();
        return (dist[to], path);
    }
    public List<T> TopologicalSort(IComparer<T> tieBreak)
    {
        var indeg = adj.Keys.ToDictionary(k => k, _ => 0);
        foreach (var edges in adj.Values) foreach (var (to, _) in edges) indeg[to]++;
        var ready = new SortedSet<T>(indeg.Where(kv => kv.Value == 0).Select(kv => kv.Key), tieBreak);
        var order = new List<T>();
        while (ready.Count > 0)
        {
            var n = ready.Min;
            ready.Remove(n);
            order.Add(n);
            foreach (var (to, _) in adj[n]) if (--indeg[to] == 0) ready.Add(to);
        }
        if (order.Count != adj.Count) throw new InvalidOperationException($"cycle among {string.Join(",", indeg.Where(kv => kv.Value > 0).Select(kv => kv.Key))}");
        return order;
    }
}

class AppGraphShortestPaths
{
    static int Find(int[] parent, int x) => parent[x] == x ? x : parent[x] = Find(parent, parent[x]);
    static int Main()
    {
        var roads = new Graph<string>(directed: false);
        foreach (var (a, b, w) in new[] { ("Aston", "Brook", 7), ("Aston", "Carlow", 9), ("Aston", "Fenwick", 14), ("Brook", "Carlow", 10),
                                          ("Brook", "Dunmore", 15), ("Carlow", "Dunmore", 11), ("Carlow", "Fenwick", 2), ("Dunmore", "Elton", 6),
                                          ("Elton", "Fenwick", 9), ("Glen", "Holt", 3) })
            roads.AddEdge(a, b, w);
        var hops = roads.Bfs("Aston");
        Console.WriteLine("hops " + string.Join(" ", hops.Select(kv => $"{kv.Key}={kv.Value}")));
        foreach (var (from, to) in new[] { ("Aston", "Elton"), ("Elton", "Brook"), ("Fenwick", "Fenwick"), ("Aston", "Holt"), ("Holt", "Glen") })
        {
            var (d, path) = roads.Dijkstra(from, to);
            Console.WriteLine(d < 0 ? $"{from}->{to}: unreachable" : $"{from}->{to}: {d} via {string.Join(" > ", path)}");
        }
        Console.WriteLine("degrees " + string.Join(" ", roads.Nodes.OrderByDescending(n => roads.Edges(n).Count).ThenBy(n => n, StringComparer.Ordinal).Select(n => n[0] + ":" + roads.Edges(n).Count)));
        var tasks = new Graph<string>(directed: true);
        foreach (var (a, b) in new[] { ("fetch", "compile"), ("configure", "compile"), ("compile", "link"), ("compile", "test"), ("link", "package"), ("test", "package"), ("docs", "package") })
            tasks.AddEdge(a, b);
        Console.WriteLine("build order " + string.Join(" ", tasks.TopologicalSort(StringComparer.Ordinal)));
        tasks.AddEdge("package", "configure");
        try { tasks.TopologicalSort(StringComparer.Ordinal); }
        catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        var grid = new Graph<(int R, int C)>(directed: false);
        string[] maze = { "S.#.....", ".##.###.", "....#...", "#.#...#E" };
        for (int r = 0; r < maze.Length; r++)
            for (int c = 0; c < maze[r].Length; c++)
            {
                if (maze[r][c] == '#') continue;
                grid.AddNode((r, c));
                if (c > 0 && maze[r][c - 1] != '#') grid.AddEdge((r, c - 1), (r, c));
                if (r > 0 && maze[r - 1][c] != '#') grid.AddEdge((r - 1, c), (r, c));
            }
        var (steps, route) = grid.Dijkstra((0, 0), (3, 7));
        Console.WriteLine($"maze steps {steps} bfs {grid.Bfs((0, 0))[(3, 7)]} route {string.Join("", route.Zip(route.Skip(1), (a, b) => (b.R - a.R, b.C - a.C) switch { (0, 1) => 'R', (0, -1) => 'L', (1, 0) => 'D', _ => 'U' }))}");
        int[] parent = Enumerable.Range(0, 10).ToArray();
        foreach (var (a, b) in new[] { (0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5) })
            parent[Find(parent, a)] = Find(parent, b);
        var comps = Enumerable.Range(0, 10).GroupBy(i => Find(parent, i)).Select(g => "{" + string.Join(",", g) + "}");
        Console.WriteLine("components " + string.Join(" ", comps));
        return 0;
    }
}
