// A random directed graph of nodes with edge arrays (self loops, back edges, cycles everywhere) is rewired for a
// long time while garbage subgraphs that point into it are made and dropped; the object graph must always match a
// parallel table of node ids, and a breadth-first search over either must reach the same nodes.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Vertex
    {
        public int Id;
        public Vertex[] Edges;
        public string Name;
    }

    static int s_vertices = 1200;
    static int s_rewires = 12_000;
    static uint s_seed = 2463534242;
    static string[] s_names = { "v", "w", "x", "yz" };

    static uint Rand()
    {
        s_seed ^= s_seed << 13;
        s_seed ^= s_seed >> 17;
        s_seed ^= s_seed << 5;
        return s_seed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long GarbageSubgraph(Vertex[] live, int size)
    {
        Vertex[] g = new Vertex[size];
        for (int i = 0; i < size; i++)
            g[i] = new Vertex { Id = -1 - i, Edges = new Vertex[3] };
        for (int i = 0; i < size; i++)
        {
            g[i].Edges[0] = g[(i + 1) % size];
            g[i].Edges[1] = live[(int)(Rand() % (uint)live.Length)];
            g[i].Edges[2] = g[i];
        }
        byte[] ballast = new byte[192 * 1024];
        ballast[size] = 1;
        return g[size - 1].Edges[0].Id + ballast.Length;
    }

    static int Reach(Vertex[] vs, int[][] adj, int[] stamp, int mark, Vertex[] queue, int[] iqueue, out int viaIds)
    {
        // Over the objects.
        int head = 0, tail = 0;
        queue[tail++] = vs[0];
        stamp[0] = mark;
        while (head < tail)
        {
            Vertex v = queue[head++];
            for (int k = 0; k < v.Edges.Length; k++)
            {
                Vertex w = v.Edges[k];
                if (stamp[w.Id] != mark)
                {
                    stamp[w.Id] = mark;
                    queue[tail++] = w;
                }
            }
        }
        int objects = tail;
        // Over the ids.
        head = 0;
        tail = 0;
        iqueue[tail++] = 0;
        stamp[0] = mark + 1;
        while (head < tail)
        {
            int v = iqueue[head++];
            for (int k = 0; k < adj[v].Length; k++)
            {
                int w = adj[v][k];
                if (stamp[w] != mark + 1)
                {
                    stamp[w] = mark + 1;
                    iqueue[tail++] = w;
                }
            }
        }
        viaIds = tail;
        for (int i = 0; i < queue.Length; i++)
            queue[i] = null;
        return objects;
    }

    static int Compare(Vertex[] vs, int[][] adj)
    {
        for (int i = 0; i < vs.Length; i++)
        {
            Vertex v = vs[i];
            if (v.Id != i)
                return 2;
            if (v.Name != s_names[i % 4])
                return 3;
            if (v.Edges.Length != adj[i].Length)
                return 4;
            for (int k = 0; k < adj[i].Length; k++)
            {
                if (v.Edges[k] != vs[adj[i][k]] || v.Edges[k].Id != adj[i][k])
                    return 5;
            }
        }
        return 0;
    }

    static void Wire(Vertex[] vs, int[][] adj, int i)
    {
        int degree = 1 + (int)(Rand() % 5);
        Vertex[] edges = new Vertex[degree];
        int[] ids = new int[degree];
        for (int k = 0; k < degree; k++)
        {
            uint r = Rand() % 10;
            int target = r == 0 ? i : r < 4 ? (i + 1) % vs.Length : r < 6 ? (i == 0 ? 0 : (int)(Rand() % (uint)i)) : (int)(Rand() % (uint)vs.Length);
            ids[k] = target;
            edges[k] = vs[target];
        }
        vs[i].Edges = edges;
        adj[i] = ids;
    }

    static int Main()
    {
        int n = s_vertices;
        Vertex[] vs = new Vertex[n];
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++)
            vs[i] = new Vertex { Id = i, Name = s_names[i % 4] };
        for (int i = 0; i < n; i++)
            Wire(vs, adj, i);
        int[] stamp = new int[n];
        Vertex[] queue = new Vertex[n];
        int[] iqueue = new int[n];
        int mark = 2;
        int r0 = Compare(vs, adj);
        if (r0 != 0)
            return r0;
        long garbage = 0;
        for (int step = 0; step < s_rewires; step++)
        {
            Wire(vs, adj, (int)(Rand() % (uint)n));
            if (step % 16 == 0)
                garbage += GarbageSubgraph(vs, 8 + step % 50);
            if (step % 1000 == 999)
            {
                int r = Compare(vs, adj);
                if (r != 0)
                    return 10 + r;
                int objects = Reach(vs, adj, stamp, mark, queue, iqueue, out int ids);
                mark += 2;
                if (objects != ids || objects < 1)
                    return 6;
            }
        }
        // Forget the table's copy of the objects: keep only vertex 0 and what it reaches.
        Vertex root = vs[0];
        int reached = Reach(vs, adj, stamp, mark, queue, iqueue, out int reachedIds);
        mark += 2;
        if (reached != reachedIds)
            return 7;
        vs = null;
        for (int i = 0; i < 200; i++)
            garbage += GarbageSubgraph(new[] { root }, 20);
        // Walk from the root again using only the objects.
        Vertex[] seen = new Vertex[n];
        int head = 0, tail = 0;
        seen[tail++] = root;
        stamp[0] = mark;
        while (head < tail)
        {
            Vertex v = seen[head++];
            if (v.Edges.Length != adj[v.Id].Length)
                return 8;
            for (int k = 0; k < v.Edges.Length; k++)
            {
                Vertex w = v.Edges[k];
                if (w.Id != adj[v.Id][k])
                    return 9;
                if (stamp[w.Id] != mark)
                {
                    stamp[w.Id] = mark;
                    seen[tail++] = w;
                }
            }
        }
        if (tail != reached)
            return 20;
        return garbage != 0 ? 100 : 21;
    }
}
