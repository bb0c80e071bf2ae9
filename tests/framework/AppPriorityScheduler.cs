// Priority scheduler simulation: processes with arrival times, priorities and bursts run on a PriorityQueue with (priority, arrival, id) tuple priorities, time-slice preemption, aging, a Gantt-style timeline and per-process statistics.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Process
{
    public int Id { get; init; }
    public string Name { get; init; }
    public int Arrival { get; init; }
    public int Burst { get; init; }
    public int BasePriority { get; init; }
    public int Remaining { get; set; }
    public int Priority { get; set; }
    public int? Start { get; set; }
    public int Finish { get; set; }
    public int Waited { get; set; }
    public int Turnaround => Finish - Arrival;
}

interface IScheduler
{
    string Name { get; }
    (List<Process> Done, string Timeline) Run(IReadOnlyList<Process> jobs);
}

sealed class PriorityRoundRobin(int quantum, int agingEvery) : IScheduler
{
    public string Name => $"priority-rr(q={quantum}, aging={agingEvery})";

    public (List<Process> Done, string Timeline) Run(IReadOnlyList<Process> jobs)
    {
        var pending = new Queue<Process>(jobs.OrderBy(j => j.Arrival).ThenBy(j => j.Id));
        var ready = new PriorityQueue<Process, (int Priority, int Arrival, int Id)>();
        var done = new List<Process>();
        var timeline = new StringBuilder();
        int time = 0;
        void Admit()
        {
            while (pending.TryPeek(out var p) && p.Arrival <= time)
            {
                pending.Dequeue();
                p.Remaining = p.Burst; p.Priority = p.BasePriority;
                ready.Enqueue(p, (p.Priority, p.Arrival, p.Id));
            }
        }
        while (pending.Count > 0 || ready.Count > 0)
        {
            Admit();
            if (!ready.TryDequeue(out var cur, out _))
            {
                timeline.Append('.');
                time++;
                continue;
            }
            cur.Start ??= time;
            int slice = Math.Min(quantum, cur.Remaining);
            for (int t = 0; t < slice; t++)
            {
                timeline.Append(cur.Name[0]);
                time++;
                Admit();
            }
            cur.Remaining -= slice;
            var waiting = ready.UnorderedItems.Select(x => x.Element).ToList();
            ready.Clear();
            foreach (var w in waiting)
            {
                w.Waited += slice;
                if (w.Waited % agingEvery < slice && w.Priority > 0) w.Priority--;
                ready.Enqueue(w, (w.Priority, w.Arrival, w.Id));
            }
            if (cur.Remaining > 0)
                ready.Enqueue(cur, (cur.Priority, time, cur.Id));
            else
            {
                cur.Finish = time;
                done.Add(cur);
            }
        }
        return (done, timeline.ToString());
    }
}

class AppPriorityScheduler
{
    static List<Process> Jobs() => new()
    {
        new() { Id = 1, Name = "Alpha", Arrival = 0, Burst = 7, BasePriority = 3 },
        new() { Id = 2, Name = "Beta", Arrival = 1, Burst = 3, BasePriority = 1 },
        new() { Id = 3, Name = "Gamma", Arrival = 2, Burst = 5, BasePriority = 4 },
        new() { Id = 4, Name = "Delta", Arrival = 3, Burst = 2, BasePriority = 1 },
        new() { Id = 5, Name = "Omega", Arrival = 20, Burst = 4, BasePriority = 0 },
        new() { Id = 6, Name = "Kappa", Arrival = 4, Burst = 6, BasePriority = 5 },
    };

    static int Main()
    {
        IScheduler[] schedulers = { new PriorityRoundRobin(2, 4), new PriorityRoundRobin(4, 100), new PriorityRoundRobin(1, 3) };
        foreach (var s in schedulers)
        {
            var (done, timeline) = s.Run(Jobs());
            Console.WriteLine(s.Name);
            Console.WriteLine("  timeline " + timeline + " (" + timeline.Length + " ticks)");
            Console.WriteLine("  order " + string.Join(" ", done.Select(p => p.Name)));
            foreach (var p in done.OrderBy(p => p.Id))
                Console.WriteLine($"  {p.Id} {p.Name,-6} start {p.Start,3} finish {p.Finish,3} turnaround {p.Turnaround,3} response {p.Start - p.Arrival,3} prio {p.BasePriority}->{p.Priority}");
            double avgTurn = done.Average(p => p.Turnaround);
            var longest = done.MaxBy(p => p.Turnaround - p.Burst);
            Console.WriteLine($"  avg turnaround {avgTurn:F3} longest wait {longest.Name} ({longest.Turnaround - longest.Burst})");
        }
        var pq = new PriorityQueue<string, (int, string)>(Comparer<(int, string)>.Create((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(b.Item2, a.Item2)));
        foreach (var (n, p) in new[] { ("x", 2), ("y", 1), ("z", 2), ("w", 1) }) pq.Enqueue(n, (p, n));
        var drained = new List<string>();
        while (pq.Count > 0) drained.Add(pq.Dequeue());
        Console.WriteLine("tuple comparer order " + string.Join("", drained));
        return 0;
    }
}
